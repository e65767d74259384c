/* workforce.c: reads police officer headcounts by force and date (the Home
 * Office workforce tables in wide or long layout), drops region and total
 * rows, and finds the headcount closest to a period's end. Rules: docs/rates.md. */
#include "workforce.h"

#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#define MAX_FILE (64u << 20)    /* bytes */
#define MAX_ROWS 200000
#define MAX_COLS 512
#define HEADER_SCAN 30          /* rows searched for the header */
#define RUN_MAX 200             /* longest run of rows a region/total may sum */

struct wf_entry {
    const char *force_id;
    struct foi_date date;
    int64_t count;
    int aggregate;   /* the row also equals the sum of neighbouring rows */
    long csvrow;
};

struct foi_workforce {
    struct foi_arena arena;
    struct wf_entry *e;
    size_t n, alloc;
    const char **warn;
    size_t nwarn, awarn;
    char digest[65];
};

/* ------------------------------------------------------------ small dates */
static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int mdays(int y, int m)
{
    static const int d[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

/* days since 1970-01-01 (proleptic Gregorian) */
static long day_number(const struct foi_date *d)
{
    long y = d->y - (d->m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d->m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d->d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int date_cmp(const struct foi_date *a, const struct foi_date *b)
{
    if (a->y != b->y) return a->y < b->y ? -1 : 1;
    if (a->m != b->m) return a->m < b->m ? -1 : 1;
    if (a->d != b->d) return a->d < b->d ? -1 : 1;
    return 0;
}

static int date_valid(const struct foi_date *d)
{
    return d->y >= 1900 && d->y <= 2999 && d->m >= 1 && d->m <= 12 &&
           d->d >= 1 && d->d <= mdays(d->y, d->m);
}

/* the same day `years` years away, 29 February clamped to the 28th */
static struct foi_date shift_years(const struct foi_date *d, int years)
{
    struct foi_date r = { d->y + years, d->m, d->d };
    int md = mdays(r.y, r.m);
    if (r.d > md)
        r.d = md;
    return r;
}

static void iso_date(const struct foi_date *d, char *buf)
{
    snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)d->y % 10000u, (unsigned)d->m % 100u,
             (unsigned)d->d % 100u);
}

/* ------------------------------------------------- header and cell parsing */
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Does s contain word w as a whole word (ASCII, case-insensitive)? */
static int has_word(const char *s, const char *w)
{
    size_t wl = strlen(w);
    for (const char *p = s; *p; p++) {
        if (p != s && is_alpha((unsigned char)p[-1]))
            continue;
        size_t i = 0;
        while (i < wl && p[i] && lower((unsigned char)p[i]) == w[i])
            i++;
        if (i == wl && !is_alpha((unsigned char)p[wl]))
            return 1;
    }
    return 0;
}

/* Month names are calendar words, not vocabulary of the dataset. */
static int month_of(const char *w, size_t n)
{
    static const char *const names[12] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"
    };
    char buf[16];
    if (n < 3 || n >= sizeof buf)
        return 0;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)lower((unsigned char)w[i]);
    buf[n] = 0;
    for (int m = 0; m < 12; m++) {
        if (!strcmp(buf, names[m]) || (n == 3 && !strncmp(buf, names[m], 3)))
            return m + 1;
    }
    if (!strcmp(buf, "sept"))
        return 9;
    return 0;
}

/* a short run of digits (at most 4, checked by the caller) */
static int atoi_n(const char *p, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n && i < 9; i++)
        v = v * 10 + (p[i] - '0');
    return v;
}

struct tok { const char *p; size_t n; int kind; /* 'a' letters, '9' digits */ char sep; };

/* Read a date out of a header or cell: "March 2019" (the month's last day),
 * "31 March 2020", "As at 31 March 2021 (headcount)", "2020-03-31",
 * "31/03/2020", "Mar-20". Exactly one date must be present. 1 found. */
static int parse_date(const char *s, struct foi_date *out)
{
    struct tok t[48];
    int nt = 0, found = 0;
    struct foi_date d = { 0, 0, 0 };
    const char *p = s;
    while (*p && nt < 48) {
        if (is_alpha((unsigned char)*p) || is_digit((unsigned char)*p)) {
            const char *q = p;
            int digit = is_digit((unsigned char)*p);
            while (*q && (digit ? is_digit((unsigned char)*q) : is_alpha((unsigned char)*q)))
                q++;
            t[nt].p = p;
            t[nt].n = (size_t)(q - p);
            t[nt].kind = digit ? '9' : 'a';
            t[nt].sep = *q;   /* the character right after the token */
            nt++;
            p = q;
        } else {
            p++;
        }
    }
    if (*p)
        return 0;   /* too long to be a header date */
    for (int i = 0; i < nt; i++) {
        struct foi_date c = { 0, 0, 0 };
        int used = 0;
        if (t[i].kind == '9' && t[i].n == 4 && i + 2 < nt && t[i].sep == '-' &&
            t[i + 1].kind == '9' && t[i + 1].n <= 2 && t[i + 1].sep == '-' &&
            t[i + 2].kind == '9' && t[i + 2].n <= 2) {
            c.y = atoi_n(t[i].p, t[i].n);
            c.m = atoi_n(t[i + 1].p, t[i + 1].n);
            c.d = atoi_n(t[i + 2].p, t[i + 2].n);
            used = 3;
        } else if (t[i].kind == '9' && t[i].n <= 2 && i + 2 < nt &&
                   (t[i].sep == '/' || t[i].sep == '.') && t[i + 1].kind == '9' &&
                   t[i + 1].n <= 2 && t[i + 1].sep == t[i].sep && t[i + 2].kind == '9' &&
                   t[i + 2].n == 4) {
            c.d = atoi_n(t[i].p, t[i].n);
            c.m = atoi_n(t[i + 1].p, t[i + 1].n);
            c.y = atoi_n(t[i + 2].p, t[i + 2].n);
            used = 3;
        } else if (t[i].kind == 'a' && month_of(t[i].p, t[i].n)) {
            int m = month_of(t[i].p, t[i].n);
            int day = 0;
            if (i > 0 && t[i - 1].kind == '9' && t[i - 1].n <= 2)
                day = atoi_n(t[i - 1].p, t[i - 1].n);
            if (i + 1 < nt && t[i + 1].kind == '9' && t[i + 1].n == 4) {
                c.y = atoi_n(t[i + 1].p, t[i + 1].n);
            } else if (i + 1 < nt && t[i + 1].kind == '9' && t[i + 1].n == 2 &&
                       (t[i].sep == '-' || t[i].sep == ' ' || t[i].sep == '\'') && !day) {
                c.y = 2000 + atoi_n(t[i + 1].p, t[i + 1].n);
            } else {
                continue;
            }
            c.m = m;
            c.d = day ? day : mdays(c.y, m);
            used = 2;
        }
        if (!used)
            continue;
        if (!date_valid(&c))
            return 0;
        if (found && date_cmp(&c, &d) != 0)
            return 0;   /* two different dates: a change column, not a date */
        d = c;
        found = 1;
        i += used - 1;
    }
    if (!found)
        return 0;
    *out = d;
    return 1;
}

/* Lowercase copy test for a phrase anywhere in s (ASCII). */
static int has_phrase(const char *s, const char *ph)
{
    size_t n = strlen(ph);
    for (const char *p = s; *p; p++) {
        size_t i = 0;
        while (i < n && p[i] && lower((unsigned char)p[i]) == ph[i])
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}

/* Column roles come from the layout's own header words, listed here once
 * and documented in docs/rates.md (they describe the file format, not the
 * dataset's vocabulary). */
static int is_name_header(const char *h)
{
    return has_word(h, "force") || has_word(h, "forces") || has_word(h, "region");
}

static int is_fte_header(const char *h)
{
    return has_word(h, "fte") || has_phrase(h, "full-time equivalent") ||
           has_phrase(h, "full time equivalent");
}

static int is_long_date_header(const char *h)
{
    return has_word(h, "date") || has_phrase(h, "as at");
}

static int is_value_header(const char *h)
{
    return has_word(h, "headcount") || has_word(h, "officers") || has_word(h, "officer") ||
           has_word(h, "strength") || has_word(h, "number") || has_word(h, "count") ||
           has_word(h, "total") || is_fte_header(h);
}

/* 2 headcount, 1 unqualified, 0 full-time equivalent */
static int header_pref(const char *h)
{
    if (has_word(h, "headcount"))
        return 2;
    return is_fte_header(h) ? 0 : 1;
}

/* "1,234", "5484.0", "311.2075", "2 881": 1 with the value (and the count
 * rounded half up), 0 when the cell is not a non-negative number. */
static int parse_count(const char *s, double *x, int64_t *count)
{
    char ip[32];
    size_t ni = 0, nf = 0;
    double frac = 0.0, scale = 0.1;
    const char *p = s;
    while (*p == ' ')
        p++;
    if (!is_digit((unsigned char)*p))
        return 0;
    for (; *p; p++) {
        if (is_digit((unsigned char)*p)) {
            if (ni >= sizeof ip - 1)
                return 0;
            ip[ni++] = *p;
        } else if ((*p == ',' || *p == ' ') && is_digit((unsigned char)p[1]) &&
                   is_digit((unsigned char)p[-1])) {
            continue;   /* thousands separator */
        } else {
            break;
        }
    }
    if (*p == '.') {
        for (p++; is_digit((unsigned char)*p); p++, nf++) {
            if (nf < 12) {
                frac += (*p - '0') * scale;
                scale /= 10.0;
            }
        }
    }
    while (*p == ' ')
        p++;
    if (*p)
        return 0;
    uint64_t v;
    if (foi_parse_u64(ip, ni, &v) || v > (uint64_t)INT64_MAX - 1 || v > (1ull << 52))
        return 0;
    *x = (double)v + frac;
    *count = (int64_t)v + (frac >= 0.5);
    return 1;
}

/* ------------------------------------------------------------- CSV rows */
struct crow {
    const char **cell;
    int n;
    long csvrow;
};

struct reader {
    struct foi_arena *a;
    struct crow *rows;
    size_t n, alloc;
    const char **cur;
    int ncur, acur;
    long nrec;
    int oom, limit;
};

static void on_field(void *s, size_t len, void *data)
{
    struct reader *r = data;
    if (r->oom || r->limit)
        return;
    if (r->ncur >= MAX_COLS) {
        r->limit = 1;
        return;
    }
    if (r->ncur == r->acur) {
        int na = r->acur ? r->acur * 2 : 16;
        const char **p = foi_realloc(r->cur, (size_t)na * sizeof *p);
        if (!p) {
            r->oom = 1;
            return;
        }
        r->cur = p;
        r->acur = na;
    }
    const char *t = foi_collapse_ws(r->a, s ? (const char *)s : "", s ? len : 0);
    if (!t) {
        r->oom = 1;
        return;
    }
    r->cur[r->ncur++] = t;
}

static void on_record(int c, void *data)
{
    struct reader *r = data;
    (void)c;
    r->nrec++;
    if (r->oom || r->limit)
        return;
    if (r->n >= MAX_ROWS) {
        r->limit = 1;
        return;
    }
    if (r->n == r->alloc) {
        size_t na = r->alloc ? r->alloc * 2 : 64;
        struct crow *p = foi_realloc(r->rows, na * sizeof *p);
        if (!p) {
            r->oom = 1;
            return;
        }
        r->rows = p;
        r->alloc = na;
    }
    struct crow *row = &r->rows[r->n];
    row->n = r->ncur;
    row->csvrow = r->nrec;
    row->cell = foi_arena_alloc(r->a, (size_t)(r->ncur ? r->ncur : 1) * sizeof *row->cell);
    if (!row->cell) {
        r->oom = 1;
        return;
    }
    for (int i = 0; i < r->ncur; i++)
        row->cell[i] = r->cur[i];
    r->n++;
    r->ncur = 0;
}

static const char *cell_at(const struct crow *row, int i)
{
    return i >= 0 && i < row->n ? row->cell[i] : "";
}

/* ------------------------------------------------------------ the loader */
struct drow {
    const char *name;
    long csvrow;
    double *x;
    unsigned char *has;
    struct foi_date ldate;   /* long layout: the row's date */
    int agg;
};

struct layout {
    int wide;                 /* 1 wide, 0 long */
    int name_col;
    /* wide: chosen column per distinct date */
    int ndates;
    int *date_col;
    struct foi_date *dates;
    int *date_pref;
    /* long */
    int date_col_l, value_col, value_pref;
};

static int add_warning(struct foi_workforce *w, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int add_warning(struct foi_workforce *w, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (w->nwarn == w->awarn) {
        size_t na = w->awarn ? w->awarn * 2 : 8;
        const char **p = foi_realloc(w->warn, na * sizeof *p);
        if (!p)
            return FOI_ENOMEM;
        w->warn = p;
        w->awarn = na;
    }
    const char *s = foi_arena_strdup(&w->arena, msg);
    if (!s)
        return FOI_ENOMEM;
    w->warn[w->nwarn++] = s;
    return 0;
}

/* Find the header row and the role of its columns. 1 found. */
static int find_layout(struct foi_arena *a, const struct crow *rows, size_t nrows,
                       size_t *hdr, struct layout *L)
{
    for (size_t r = 0; r < nrows && r < HEADER_SCAN; r++) {
        const struct crow *row = &rows[r];
        int ndate = 0, name_col = -1, ldate = -1, vcol = -1, vpref = -1;
        for (int c = 0; c < row->n; c++) {
            struct foi_date d;
            const char *h = row->cell[c];
            if (parse_date(h, &d)) {
                ndate++;
                continue;
            }
            if (name_col < 0 && is_name_header(h))
                name_col = c;
            else if (ldate < 0 && is_long_date_header(h))
                ldate = c;
            else if (is_value_header(h) && header_pref(h) > vpref) {
                vcol = c;
                vpref = header_pref(h);
            }
        }
        if (ndate > 0) {
            if (name_col < 0) {
                for (int c = 0; c < row->n && name_col < 0; c++) {
                    struct foi_date d;
                    if (*row->cell[c] && !parse_date(row->cell[c], &d))
                        name_col = c;
                }
            }
            if (name_col < 0)
                continue;
            memset(L, 0, sizeof *L);
            L->wide = 1;
            L->name_col = name_col;
            L->date_col = foi_arena_alloc(a, (size_t)ndate * sizeof *L->date_col);
            L->dates = foi_arena_alloc(a, (size_t)ndate * sizeof *L->dates);
            L->date_pref = foi_arena_alloc(a, (size_t)ndate * sizeof *L->date_pref);
            if (!L->date_col || !L->dates || !L->date_pref)
                return -1;
            for (int c = 0; c < row->n; c++) {
                struct foi_date d;
                if (c == name_col || !parse_date(row->cell[c], &d))
                    continue;
                int pref = header_pref(row->cell[c]), k;
                for (k = 0; k < L->ndates; k++)
                    if (!date_cmp(&L->dates[k], &d))
                        break;
                if (k == L->ndates) {
                    L->dates[k] = d;
                    L->date_col[k] = c;
                    L->date_pref[k] = pref;
                    L->ndates++;
                } else if (pref > L->date_pref[k]) {
                    L->date_col[k] = c;   /* headcount wins over FTE */
                    L->date_pref[k] = pref;
                }
            }
            *hdr = r;
            return 1;
        }
        if (name_col >= 0 && ldate >= 0 && vcol >= 0) {
            memset(L, 0, sizeof *L);
            L->wide = 0;
            L->name_col = name_col;
            L->date_col_l = ldate;
            L->value_col = vcol;
            L->value_pref = vpref;
            *hdr = r;
            return 1;
        }
    }
    return 0;
}

static int compatible(const struct drow *a, const struct drow *b, int wide)
{
    return wide || !date_cmp(&a->ldate, &b->ldate);
}

/* Is row i the sum of a run of >= 2 neighbouring rows (direction dir),
 * in every column where it has a figure? skip: rows flagged in skip[] are
 * stepped over (a total of forces with region rows between them). */
static int sums_run(const struct drow *r, size_t n, size_t i, int dir, int ncols, int wide,
                    const unsigned char *skip)
{
    double s[MAX_COLS];
    int any = 0;
    for (int c = 0; c < ncols; c++) {
        s[c] = 0.0;
        if (r[i].has[c] && r[i].x[c] > 0.0)
            any = 1;
    }
    if (!any)
        return 0;
    int cnt = 0;
    long j = (long)i + dir;
    for (int steps = 0; j >= 0 && j < (long)n && steps < RUN_MAX; j += dir, steps++) {
        if (skip && skip[j])
            continue;
        if (!compatible(&r[i], &r[j], wide))
            return 0;
        int eq = 1, over = 0;
        for (int c = 0; c < ncols; c++) {
            if (!r[i].has[c])
                continue;
            if (!r[j].has[c])
                return 0;
            s[c] += r[j].x[c];
            double tol = 0.5 + 1e-9 * r[i].x[c];
            if (s[c] - r[i].x[c] > tol || r[i].x[c] - s[c] > tol)
                eq = 0;
            if (s[c] > r[i].x[c] + tol)
                over = 1;
        }
        cnt++;
        if (eq && cnt >= 2)
            return 1;
        if (over)
            return 0;
    }
    return 0;
}

static int entry_cmp(const void *pa, const void *pb)
{
    const struct wf_entry *a = pa, *b = pb;
    int c = strcmp(a->force_id, b->force_id);
    if (c)
        return c;
    if ((c = date_cmp(&a->date, &b->date)))
        return c;
    if (a->aggregate != b->aggregate)
        return a->aggregate - b->aggregate;
    return a->csvrow < b->csvrow ? -1 : a->csvrow > b->csvrow;
}

static int add_entry(struct foi_workforce *w, const char *id, const struct foi_date *d,
                     int64_t count, int agg, long csvrow)
{
    if (w->n == w->alloc) {
        size_t na = w->alloc ? w->alloc * 2 : 64;
        struct wf_entry *p = foi_realloc(w->e, na * sizeof *p);
        if (!p)
            return FOI_ENOMEM;
        w->e = p;
        w->alloc = na;
    }
    struct wf_entry *e = &w->e[w->n++];
    e->force_id = id;
    e->date = *d;
    e->count = count;
    e->aggregate = agg;
    e->csvrow = csvrow;
    return 0;
}

static int read_file(const char *path, char **data, size_t *len, struct foi_err *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return foi_errf(err, FOI_EIO, "", "cannot open workforce file '%s': %s", path, strerror(errno));
    struct foi_buf b;
    foi_buf_init(&b, MAX_FILE);
    char chunk[65536];
    size_t got;
    int rc = 0;
    while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if ((rc = foi_buf_add(&b, chunk, got)))
            break;
    }
    if (!rc && ferror(fp))
        rc = FOI_EIO;
    fclose(fp);
    if (rc) {
        foi_buf_release(&b);
        if (rc == FOI_ELIMIT)
            return foi_errf(err, rc, "", "workforce file '%s' is larger than %u bytes", path, MAX_FILE);
        if (rc == FOI_EIO)
            return foi_errf(err, rc, "", "cannot read workforce file '%s'", path);
        return foi_errf(err, rc, "", "out of memory reading workforce file '%s'", path);
    }
    if (!b.data && foi_buf_add(&b, "", 0)) {
        foi_buf_release(&b);
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    }
    *len = b.len;
    *data = foi_buf_detach(&b);
    return *data ? 0 : foi_errf(err, FOI_ENOMEM, "", "out of memory");
}

static void hex_sha256(const char *data, size_t len, char out[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    out[0] = 0;
    if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL))
        return;
    for (unsigned int i = 0; i < mdlen && i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* Turn the CSV rows into entries. */
static int build(struct foi_workforce *w, const struct crow *rows, size_t nrows,
                 const struct foi_taxonomy *tax, const char *path, struct foi_err *err)
{
    struct layout L;
    size_t hdr = 0;
    int f = find_layout(&w->arena, rows, nrows, &hdr, &L);
    if (f < 0)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    if (!f)
        return foi_errf(err, FOI_EPARSE, "", "workforce file '%s': no header row naming a force "
                        "column and dated headcount columns (or Force, Date and Headcount columns)", path);
    int ncols = L.wide ? L.ndates : 1;
    if (L.wide) {
        for (int k = 0; k < L.ndates; k++) {
            if (L.date_pref[k] == 0) {
                char iso[11];
                iso_date(&L.dates[k], iso);
                if (add_warning(w, "csv row %ld: full-time equivalent used for %s (no headcount column)",
                                rows[hdr].csvrow, iso))
                    return foi_errf(err, FOI_ENOMEM, "", "out of memory");
            }
        }
    } else if (L.value_pref == 0) {
        if (add_warning(w, "csv row %ld: full-time equivalent used (no headcount column)", rows[hdr].csvrow))
            return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    }

    struct drow *d = foi_calloc(nrows ? nrows : 1, sizeof *d);
    if (!d)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    unsigned char *agg1 = foi_calloc(nrows ? nrows : 1, 1);
    if (!agg1) {
        foi_free(d);
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    }
    size_t nd = 0;
    int rc = 0;
    for (size_t r = hdr + 1; r < nrows && !rc; r++) {
        const struct crow *row = &rows[r];
        const char *name = cell_at(row, L.name_col);
        if (!*name)
            continue;
        struct drow *dr = &d[nd];
        dr->name = name;
        dr->csvrow = row->csvrow;
        dr->x = foi_arena_alloc(&w->arena, (size_t)ncols * sizeof *dr->x);
        dr->has = foi_arena_alloc(&w->arena, (size_t)ncols);
        if (!dr->x || !dr->has) {
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
            break;
        }
        int any = 0;
        if (L.wide) {
            for (int k = 0; k < L.ndates; k++) {
                int64_t cnt;
                if (parse_count(cell_at(row, L.date_col[k]), &dr->x[k], &cnt)) {
                    dr->has[k] = 1;
                    any = 1;
                }
            }
        } else {
            int64_t cnt;
            if (parse_count(cell_at(row, L.value_col), &dr->x[0], &cnt)) {
                if (!parse_date(cell_at(row, L.date_col_l), &dr->ldate)) {
                    rc = add_warning(w, "csv row %ld: cannot read the date '%.60s'; row ignored",
                                     row->csvrow, cell_at(row, L.date_col_l));
                    if (rc)
                        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
                    continue;
                }
                dr->has[0] = 1;
                any = 1;
            }
        }
        if (any)
            nd++;   /* rows without a figure (notes, headings) are not data */
    }
    /* region and total rows: pass 1 plain runs, pass 2 stepping over pass-1 aggregates */
    for (size_t i = 0; i < nd && !rc; i++)
        agg1[i] = sums_run(d, nd, i, 1, ncols, L.wide, NULL) || sums_run(d, nd, i, -1, ncols, L.wide, NULL);
    for (size_t i = 0; i < nd && !rc; i++)
        d[i].agg = agg1[i] || sums_run(d, nd, i, 1, ncols, L.wide, agg1) ||
                   sums_run(d, nd, i, -1, ncols, L.wide, agg1);
    for (size_t i = 0; i < nd && !rc; i++) {
        struct foi_match m;
        int mr = foi_taxonomy_match(tax, FOI_VOCAB_FORCE, d[i].name, &m);
        if (mr < 0) {
            rc = mr == -FOI_ENOMEM ? foi_errf(err, FOI_ENOMEM, "", "out of memory")
                 : foi_errf(err, -mr, "", "matching force name '%.60s' failed", d[i].name);
            break;
        }
        if (mr == 0 || !m.id) {
            if (!d[i].agg && add_warning(w, "csv row %ld: '%.80s' is not a force in the taxonomy; row ignored",
                                         d[i].csvrow, d[i].name))
                rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
            continue;
        }
        const char *id = foi_arena_strdup(&w->arena, m.id);
        if (!id) {
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
            break;
        }
        for (int k = 0; k < ncols && !rc; k++) {
            if (!d[i].has[k])
                continue;
            const struct foi_date *dt = L.wide ? &L.dates[k] : &d[i].ldate;
            int64_t cnt = (int64_t)(d[i].x[k] + 0.5);
            if (add_entry(w, id, dt, cnt, d[i].agg, d[i].csvrow))
                rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        }
    }
    foi_free(agg1);
    foi_free(d);
    if (rc)
        return rc;
    if (w->n)
        qsort(w->e, w->n, sizeof *w->e, entry_cmp);
    /* one figure per force and date: a region row sharing a force's name
     * gives way to the force's own row; two different force rows: the first */
    size_t out = 0;
    for (size_t i = 0; i < w->n; i++) {
        if (out > 0 && !strcmp(w->e[out - 1].force_id, w->e[i].force_id) &&
            !date_cmp(&w->e[out - 1].date, &w->e[i].date)) {
            const struct wf_entry *k = &w->e[out - 1], *x = &w->e[i];
            if (k->aggregate == x->aggregate && k->count != x->count) {
                char iso[11];
                iso_date(&x->date, iso);
                if (add_warning(w, "csv row %ld: a second headcount for %s at %s (%lld); "
                                "kept csv row %ld (%lld)", x->csvrow, x->force_id, iso,
                                (long long)x->count, k->csvrow, (long long)k->count))
                    return foi_errf(err, FOI_ENOMEM, "", "out of memory");
            }
            continue;
        }
        w->e[out++] = w->e[i];
    }
    w->n = out;
    if (!w->n)
        return foi_errf(err, FOI_ENOTFOUND, "", "workforce file '%s': no force headcounts found", path);
    return 0;
}

int foi_workforce_load(struct foi_workforce **out, const char *path,
                       const struct foi_taxonomy *tax, struct foi_err *err)
{
    *out = NULL;
    if (!path || !tax)
        return foi_errf(err, FOI_EUSAGE, "", "workforce: no file or no taxonomy given");
    char *data = NULL;
    size_t len = 0;
    int rc = read_file(path, &data, &len, err);
    if (rc)
        return rc;
    struct foi_workforce *w = foi_calloc(1, sizeof *w);
    if (!w) {
        foi_free(data);
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    }
    foi_arena_init(&w->arena, 0);
    hex_sha256(data, len, w->digest);

    const char *p = data;
    size_t n = len;
    if (n >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF) {
        p += 3;   /* UTF-8 byte order mark */
        n -= 3;
    }
    struct csv_parser cp;
    struct reader rd;
    memset(&rd, 0, sizeof rd);
    rd.a = &w->arena;
    if (csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        goto done;
    }
    csv_set_realloc_func(&cp, foi_realloc);
    csv_set_free_func(&cp, foi_free);
    if (csv_parse(&cp, p, n, on_field, on_record, &rd) != n ||
        csv_fini(&cp, on_field, on_record, &rd) != 0) {
        int ce = csv_error(&cp);
        rc = ce == CSV_ENOMEM || rd.oom ? foi_errf(err, FOI_ENOMEM, "", "out of memory")
             : foi_errf(err, FOI_EPARSE, "", "workforce file '%s': malformed CSV after record %ld: %s",
                        path, rd.nrec, csv_strerror(ce));
        csv_free(&cp);
        goto done;
    }
    csv_free(&cp);
    if (rd.oom) {
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        goto done;
    }
    if (rd.limit) {
        rc = foi_errf(err, FOI_ELIMIT, "", "workforce file '%s': more than %d rows or %d columns",
                      path, MAX_ROWS, MAX_COLS);
        goto done;
    }
    rc = build(w, rd.rows, rd.n, tax, path, err);
done:
    foi_free(rd.rows);
    foi_free(rd.cur);
    foi_free(data);
    if (rc) {
        foi_workforce_free(w);
        return rc;
    }
    *out = w;
    return 0;
}

void foi_workforce_free(struct foi_workforce *w)
{
    if (!w)
        return;
    foi_free(w->e);
    foi_free(w->warn);
    foi_arena_release(&w->arena);
    foi_free(w);
}

struct foi_workforce *foi_workforce_new(void)
{
    struct foi_workforce *w = foi_calloc(1, sizeof *w);
    if (w)
        foi_arena_init(&w->arena, 0);
    return w;
}

int foi_workforce_add(struct foi_workforce *w, const char *force_id,
                      const struct foi_date *date, int64_t count)
{
    if (!w || !force_id || !*force_id || !date || !date_valid(date) || count < 0)
        return FOI_EUSAGE;
    struct wf_entry key = { force_id, *date, count, 0, 0 };
    size_t at = 0;
    while (at < w->n && entry_cmp(&w->e[at], &key) < 0)
        at++;
    if (at < w->n && !strcmp(w->e[at].force_id, force_id) && !date_cmp(&w->e[at].date, date)) {
        w->e[at].count = count;
        return 0;
    }
    const char *id = foi_arena_strdup(&w->arena, force_id);
    if (!id || add_entry(w, id, date, count, 0, 0))
        return FOI_ENOMEM;
    struct wf_entry e = w->e[w->n - 1];
    memmove(&w->e[at + 1], &w->e[at], (w->n - 1 - at) * sizeof *w->e);
    w->e[at] = e;
    return 0;
}

const char *foi_workforce_default_path(void)
{
    const char *env = getenv("FOI_WORKFORCE");
    if (env && *env)
        return env;
    return FOI_SRCDIR "/data/police-officer-headcount-2019.csv";
}

int foi_workforce_lookup(const struct foi_workforce *w, const char *force_id,
                         const struct foi_date *end, int64_t *count, struct foi_date *date)
{
    if (!w || !force_id || !end || !date_valid(end))
        return 0;
    struct foi_date lo = shift_years(end, -1), hi = shift_years(end, 1);
    long e = day_number(end);
    long best_dist = -1;
    const struct wf_entry *best = NULL;
    /* entries are sorted by force then date: the first of equal distances is the earlier */
    size_t a = 0, b = w->n;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (strcmp(w->e[mid].force_id, force_id) < 0)
            a = mid + 1;
        else
            b = mid;
    }
    for (size_t i = a; i < w->n && !strcmp(w->e[i].force_id, force_id); i++) {
        const struct wf_entry *x = &w->e[i];
        if (date_cmp(&x->date, &lo) < 0 || date_cmp(&x->date, &hi) > 0)
            continue;
        long dist = day_number(&x->date) - e;
        if (dist < 0)
            dist = -dist;
        if (best_dist < 0 || dist < best_dist) {
            best_dist = dist;
            best = x;
        }
    }
    if (!best)
        return 0;
    if (count)
        *count = best->count;
    if (date)
        *date = best->date;
    return 1;
}

const char *foi_workforce_digest(const struct foi_workforce *w)
{
    return w ? w->digest : "";
}

int foi_workforce_warnings(const struct foi_workforce *w, const char ***out)
{
    if (!w) {
        if (out)
            *out = NULL;
        return 0;
    }
    if (out)
        *out = w->warn;
    return (int)w->nwarn;
}

size_t foi_workforce_count(const struct foi_workforce *w)
{
    return w ? w->n : 0;
}

int foi_workforce_entry(const struct foi_workforce *w, size_t i, const char **force_id,
                        struct foi_date *date, int64_t *count)
{
    if (!w || i >= w->n)
        return 0;
    if (force_id)
        *force_id = w->e[i].force_id;
    if (date)
        *date = w->e[i].date;
    if (count)
        *count = w->e[i].count;
    return 1;
}
