/* period.c: period expressions as UK FOI responses write them (financial
 * years, calendar years, quarters, months, day-first dates, ranges, "the last
 * three years to ...") to inclusive ISO spans; never a guess. */
#include "normalize.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ dates */

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int foi_days_in_month(int y, int m)
{
    static const int dm[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

int foi_date_valid(const struct foi_date *d)
{
    return d->y >= 1900 && d->y <= 2199 && d->m >= 1 && d->m <= 12 && d->d >= 1 &&
           d->d <= foi_days_in_month(d->y, d->m);
}

int foi_date_cmp(const struct foi_date *a, const struct foi_date *b)
{
    if (a->y != b->y)
        return a->y < b->y ? -1 : 1;
    if (a->m != b->m)
        return a->m < b->m ? -1 : 1;
    if (a->d != b->d)
        return a->d < b->d ? -1 : 1;
    return 0;
}

void foi_date_iso(const struct foi_date *d, char *buf)
{
    if (!d || d->y < 1 || d->y > 9999 || d->m < 1 || d->m > 12 || d->d < 1 || d->d > 31) {
        buf[0] = 0;
        return;
    }
    /* "%04u-%02u-%02u" by hand: this runs for every figure */
    unsigned y = (unsigned)d->y % 10000u, m = (unsigned)d->m % 100u, dd = (unsigned)d->d % 100u;
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + dd / 10);
    buf[9] = (char)('0' + dd % 10);
    buf[10] = 0;
}

int foi_date_parse_iso(const char *s, struct foi_date *out)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return FOI_EPARSE;
    int v[3] = { 0, 0, 0 };
    const int pos[3] = { 0, 5, 8 }, len[3] = { 4, 2, 2 };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < len[k]; i++) {
            char c = s[pos[k] + i];
            if (c < '0' || c > '9')
                return FOI_EPARSE;
            v[k] = v[k] * 10 + (c - '0');
        }
    struct foi_date d = { v[0], v[1], v[2] };
    if (!foi_date_valid(&d))
        return FOI_EPARSE;
    *out = d;
    return 0;
}

/* Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, struct foi_date *out)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    out->y = (int)(y + (m <= 2));
    out->m = (int)m;
    out->d = (int)d;
}

void foi_date_add_days(struct foi_date *d, long n)
{
    civil_from_days(days_from_civil(d->y, d->m, d->d) + n, d);
}

int foi_date_from_excel(long serial, struct foi_date *out)
{
    /* 1900 date system: serial 1 is 1900-01-01 and Excel counts a 29 February
     * 1900 that never was (serial 60); 2958465 is 9999-12-31. */
    if (serial < 1 || serial > 2958465 || serial == 60)
        return FOI_ERANGE;
    struct foi_date d = { 1899, 12, serial < 60 ? 31 : 30 };
    foi_date_add_days(&d, serial);
    *out = d;
    return 0;
}

void foi_period_span(const struct foi_period *a, const struct foi_period *b, struct foi_period *out)
{
    if (!a->resolved) {
        *out = *b;
        return;
    }
    if (!b->resolved) {
        *out = *a;
        return;
    }
    struct foi_period r = *a;
    if (foi_date_cmp(&b->start, &r.start) < 0)
        r.start = b->start;
    if (foi_date_cmp(&b->end, &r.end) > 0)
        r.end = b->end;
    if (foi_date_cmp(&r.start, &a->start) != 0 || foi_date_cmp(&r.end, &a->end) != 0)
        r.kind = FOI_PER_RANGE;
    r.resolved = 1;
    *out = r;
}

/* ------------------------------------------------------------ tokens */

enum { T_NUM = 1, T_WORD, T_ORD, T_MIXED, T_P };
enum { WINDOW = 64 };

struct tok {
    int type;
    size_t at, len;    /* bytes in the text */
    long num;          /* T_NUM, T_ORD (-1 when too long) */
    int ndig;
    char w[16];        /* T_WORD, lower case ("" when longer than 15) */
    char p;            /* T_P: '/', '-', '.', ',', '(', ')', '\'', '*', 'L' (pound), ... */
    int sp;            /* whitespace before the token */
};

/* Width of a whitespace character at s, 0 when none. */
static size_t space_at(const unsigned char *s, size_t n)
{
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n' || s[0] == '\v' || s[0] == '\f')
        return 1;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xAF))
        return 3;
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3;
    return 0;
}

/* Punctuation at s: its width and class character, 0 when none. */
static size_t punct_at(const unsigned char *s, size_t n, char *cls)
{
    if (s[0] < 0x80) {
        if ((s[0] >= '0' && s[0] <= '9') || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))
            return 0;
        *cls = (char)s[0];
        return 1;
    }
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA3) { *cls = 'L'; return 2; }           /* £ */
    if (n >= 2 && s[0] == 0xC2 && s[1] >= 0xA1 && s[1] <= 0xBF) { *cls = '?'; return 2; }
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80) {
        if (s[2] >= 0x90 && s[2] <= 0x95) { *cls = '-'; return 3; }                  /* dashes */
        if (s[2] == 0x98 || s[2] == 0x99) { *cls = '\''; return 3; }
        if (s[2] == 0x9C || s[2] == 0x9D) { *cls = '"'; return 3; }
        if (s[2] == 0xA0 || s[2] == 0xA1) { *cls = '*'; return 3; }                  /* † ‡ */
        *cls = '?';
        return 3;
    }
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x88 && s[2] == 0x92) { *cls = '-'; return 3; } /* minus */
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x82 && s[2] == 0xAC) { *cls = 'L'; return 3; } /* € */
    return 0;
}

static int lower_ascii(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static void set_word(struct tok *t, const char *s, size_t n)
{
    t->type = T_WORD;
    if (n >= sizeof t->w) {
        t->w[0] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++)
        t->w[i] = (char)lower_ascii((unsigned char)s[i]);
    t->w[n] = 0;
}

static void set_num(struct tok *t, const char *s, size_t n)
{
    t->type = T_NUM;
    t->ndig = (int)n;
    t->num = 0;
    if (n > 9) {
        t->num = -1;
        return;
    }
    for (size_t i = 0; i < n; i++)
        t->num = t->num * 10 + (s[i] - '0');
}

/* Tokenize s[from..n) into at most max tokens. */
/* The unit glued after a count in "12m", "12mths", "3yrs" (lower or upper
 * case): a month or year word of its own. */
static int unit_suffix(const unsigned char *u, size_t n)
{
    static const char *const units[] = { "m", "mth", "mths", "month", "months", "yr", "yrs", NULL };
    for (int k = 0; units[k]; k++) {
        size_t L = strlen(units[k]);
        if (L != n)
            continue;
        size_t j = 0;
        while (j < n && (char)lower_ascii(u[j]) == units[k][j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

static int tokenize(const char *s, size_t n, size_t from, struct tok *out, int max)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = from;
    int nt = 0, sp = from == 0;
    while (i < n && nt < max) {
        if (!u[i])
            break;
        size_t w = space_at(u + i, n - i);
        if (w) {
            sp = 1;
            i += w;
            continue;
        }
        struct tok *t = &out[nt];
        memset(t, 0, sizeof *t);
        t->sp = sp;
        sp = 0;
        char cls;
        size_t pw = punct_at(u + i, n - i, &cls);
        if (pw) {
            t->type = T_P;
            t->p = cls;
            t->at = i;
            t->len = pw;
            i += pw;
            nt++;
            continue;
        }
        /* a run of letters, digits and other non-ASCII letters */
        size_t st = i;
        int nonascii = 0;
        while (i < n && u[i]) {
            if (u[i] < 0x80) {
                if (!is_digit(u[i]) && !is_alpha(u[i]))
                    break;
                i++;
            } else {
                char c2;
                if (space_at(u + i, n - i) || punct_at(u + i, n - i, &c2))
                    break;
                nonascii = 1;
                i++;
            }
        }
        size_t len = i - st;
        t->at = st;
        t->len = len;
        size_t nd = 0;
        while (nd < len && is_digit(u[st + nd]))
            nd++;
        size_t na = 0;
        while (na < len && is_alpha(u[st + na]))
            na++;
        if (nonascii) {
            t->type = T_MIXED;
        } else if (nd == len) {
            set_num(t, s + st, len);
        } else if (na == len) {
            set_word(t, s + st, len);
        } else if (nd > 0 && nd <= 2 && unit_suffix(u + st + nd, len - nd) && nt + 1 < max) {
            /* "12m", "12mths", "3yrs": a count glued to its unit, split into
             * the number and the word (the word glued to it) */
            t->len = nd;
            set_num(t, s + st, nd);
            struct tok *t2 = &out[++nt];
            memset(t2, 0, sizeof *t2);
            t2->at = st + nd;
            t2->len = len - nd;
            set_word(t2, s + st + nd, len - nd);
        } else if (nd > 0 && nd <= 2 && len - nd == 2) {
            /* 1st 2nd 3rd 4th */
            char a = (char)lower_ascii(u[st + nd]), b = (char)lower_ascii(u[st + nd + 1]);
            if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                (a == 't' && b == 'h')) {
                set_num(t, s + st, nd);
                t->type = T_ORD;
            } else {
                t->type = T_MIXED;
            }
        } else if (na > 0 && na <= 2) {
            /* FY19 CY2021 Q1: split into a word and a number */
            size_t rest = len - na, k = 0;
            while (k < rest && is_digit(u[st + na + k]))
                k++;
            char pre[3] = { (char)lower_ascii(u[st]), na == 2 ? (char)lower_ascii(u[st + 1]) : 0, 0 };
            int known = strcmp(pre, "fy") == 0 || strcmp(pre, "cy") == 0 || strcmp(pre, "q") == 0 ||
                        strcmp(pre, "h") == 0;
            if (k == rest && known && nt + 1 < max) {
                t->len = na;
                set_word(t, s + st, na);
                struct tok *t2 = &out[++nt];
                memset(t2, 0, sizeof *t2);
                t2->at = st + na;
                t2->len = rest;
                set_num(t2, s + st + na, rest);
            } else {
                t->type = T_MIXED;
            }
        } else {
            t->type = T_MIXED;
        }
        nt++;
    }
    return nt;
}

/* ------------------------------------------------------------ grammar */

struct P {
    const struct tok *t;
    int n;
    const struct foi_period_ctx *ctx;
};

/* A parsed expression. partial: 1 day and month without a year, 2 month
 * without a year (only the start of a range may be partial), 3 a quarter
 * without a year ("Q1": pm is the quarter), 4 a range of months without a
 * year ("Apr-Jun": pm to pm2). 2, 3 and 4 resolve only as a whole label
 * inside a context period (foi_period_parse's ctx->request). */
struct pe {
    struct foi_date s, e;
    int kind;
    int partial, pm, pd, pm2;
    int bare_year;     /* a lone four-digit year */
    int short_fy;      /* "24/25" with no prefix (short_fy_alone) */
    int ambiguous;     /* looks like a period but cannot be resolved */
};

static int W(const struct P *p, int i, const char *w)
{
    /* the first letter before the whole word: this runs on every token */
    return i < p->n && p->t[i].type == T_WORD && p->t[i].w[0] == w[0] && strcmp(p->t[i].w, w) == 0;
}

static int PC(const struct P *p, int i, char c)
{
    return i < p->n && p->t[i].type == T_P && p->t[i].p == c;
}

static int NUM(const struct P *p, int i, int ndig_min, int ndig_max)
{
    return i < p->n && p->t[i].type == T_NUM && p->t[i].ndig >= ndig_min && p->t[i].ndig <= ndig_max;
}

static int glued(const struct P *p, int i)
{
    return i < p->n && !p->t[i].sp;
}

static int month_of(const struct P *p, int i)
{
    static const char *const full[12] = { "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december" };
    static const char *const abbr[12] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "oct", "nov", "dec" };
    if (i >= p->n || p->t[i].type != T_WORD)
        return 0;
    const char *w = p->t[i].w;
    /* the first three letters pick the month (this runs on every word) */
    if (!w[0] || !w[1] || !w[2])
        return 0;
    for (int m = 0; m < 12; m++)
        if (w[0] == abbr[m][0] && w[1] == abbr[m][1] && w[2] == abbr[m][2])
            return (!w[3] || strcmp(w, full[m]) == 0 || (m == 8 && strcmp(w, "sept") == 0)) ? m + 1 : 0;
    /* the Welsh names, whole (bilingual responses of the Welsh forces write
     * "1 Ebrill 2022 i 31 Hydref 2025 / 1 April 2022 to 31 October 2025") */
    static const char *const cy[12] = { "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin",
        "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr" };
    for (int m = 0; m < 12; m++)
        if (w[0] == cy[m][0] && strcmp(w, cy[m]) == 0)
            return m + 1;
    return 0;
}

/* "31/10": a day and a month without the year (day first), 1..31 and 1..12,
 * not part of a longer date. Its tokens (3), else 0. */
static int day_month_num(const struct P *p, int i, int *d, int *m)
{
    if (!NUM(p, i, 1, 2) || !PC(p, i + 1, '/') || !glued(p, i + 1) || !glued(p, i + 2) || !NUM(p, i + 2, 1, 2))
        return 0;
    if (i + 3 < p->n && glued(p, i + 3) && (p->t[i + 3].type == T_NUM || PC(p, i + 3, '/')))
        return 0;
    long dd = p->t[i].num, mm = p->t[i + 2].num;
    if (mm < 1 || mm > 12 || dd < 1 || dd > foi_days_in_month(2000, (int)mm))
        return 0;
    *d = (int)dd;
    *m = (int)mm;
    return 3;
}

/* The one day d/m (m alone, its last day, when d is 0) that falls inside
 * [s, e]: 1 with *out, else 0. */
static int day_inside(const struct foi_date *s, const struct foi_date *e, int d, int m, struct foi_date *out)
{
    int hits = 0;
    for (int y = s->y; y <= e->y && y - s->y < 200; y++) {
        struct foi_date x = { y, m, d ? d : foi_days_in_month(y, m) };
        if (foi_date_valid(&x) && foi_date_cmp(&x, s) >= 0 && foi_date_cmp(&x, e) <= 0)
            hits++, *out = x;
    }
    return hits == 1;
}

/* Year written with four digits (1900..2199), else 0. */
static int year4(const struct P *p, int i)
{
    if (!NUM(p, i, 4, 4))
        return 0;
    long y = p->t[i].num;
    return y >= 1900 && y <= 2199 ? (int)y : 0;
}

static int year2to4(long yy)
{
    return (int)(yy < 70 ? 2000 + yy : 1900 + yy);
}

static void set_day(struct foi_date *d, int y, int m, int dd) { d->y = y; d->m = m; d->d = dd; }

static void set_months(struct pe *r, int y1, int m1, int y2, int m2, int kind)
{
    set_day(&r->s, y1, m1, 1);
    set_day(&r->e, y2, m2, foi_days_in_month(y2, m2));
    r->kind = kind;
}

static void set_fy(struct pe *r, int y)
{
    set_day(&r->s, y, 4, 1);
    set_day(&r->e, y + 1, 3, 31);
    r->kind = FOI_PER_FY;
}

/* Small counts written as words ("the last three years"). */
static int count_word(const struct P *p, int i)
{
    static const char *const w[] = { "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve" };
    if (NUM(p, i, 1, 2) && p->t[i].num >= 1)
        return (int)p->t[i].num;
    for (int k = 0; k < 12; k++)
        if (W(p, i, w[k]))
            return k + 1;
    return 0;
}

/* "24/25" with no prefix: two two-digit years a slash joins, the second the
 * year after the first, is a financial year when it can be nothing else: the
 * second is no month (not 1 to 12, so never a day and month: "11/12" stays
 * unread), nothing is glued on after it ("24/25/1", "24/25-003": a
 * reference), and no month follows ("24/25 December": two days). A hyphen
 * ("24-25") is a range of numbers as often, so only the slash is read. */
static int short_fy_alone(const struct P *p, int i)
{
    if (!NUM(p, i, 2, 2) || !PC(p, i + 1, '/') || !glued(p, i + 1) || !glued(p, i + 2) || !NUM(p, i + 2, 2, 2))
        return 0;
    if ((p->t[i + 2].num >= 1 && p->t[i + 2].num <= 12) || p->t[i + 2].num != (p->t[i].num + 1) % 100)
        return 0;
    if (i + 3 < p->n && glued(p, i + 3) && (p->t[i + 3].type == T_NUM || PC(p, i + 3, '/') || PC(p, i + 3, '-')))
        return 0;
    return !month_of(p, i + 3);
}

/* "2019/20", "2019-20", "2019/2020" (and "19/20" after an FY prefix): the
 * first year, or 0; *amb set for "2019-2020" (a financial year or two
 * calendar years?). Returns tokens used. */
static int fy_core(const struct P *p, int i, int prefixed, int *year, int *amb)
{
    *amb = 0;
    if (i + 2 >= p->n)
        return 0;
    if (!PC(p, i + 1, '/') && !PC(p, i + 1, '-'))
        return 0;
    char sep = p->t[i + 1].p;
    if (sep == '-' && (!glued(p, i + 1) || !glued(p, i + 2)))
        return 0;
    int y = year4(p, i);
    if (!y && NUM(p, i, 2, 2) && (prefixed || short_fy_alone(p, i)))
        y = year2to4(p->t[i].num);
    if (!y)
        return 0;
    if (NUM(p, i + 2, 2, 2) && p->t[i].ndig == 4 && p->t[i + 2].num == (y + 1) % 100) {
        *year = y;
        return 3;
    }
    if (NUM(p, i + 2, 2, 2) && p->t[i].ndig == 2 && p->t[i + 2].num == (p->t[i].num + 1) % 100) {
        *year = y;
        return 3;
    }
    if (NUM(p, i + 2, 4, 4) && p->t[i].ndig == 4 && p->t[i + 2].num == y + 1) {
        if (sep == '-' && !prefixed)
            *amb = 1;
        *year = y;
        return 3;
    }
    return 0;
}

/* "financial year", "financial years", "fiscal year", "FY": tokens used, 0 if none. */
static int fy_prefix(const struct P *p, int i)
{
    if ((W(p, i, "financial") || W(p, i, "fiscal")) && (W(p, i + 1, "year") || W(p, i + 1, "years")))
        return 2 + PC(p, i + 2, ':');
    if (W(p, i, "fy"))
        return 1 + PC(p, i + 1, ':');
    /* "YTD 26-27", "FYTD 26/27": the financial year (a label that says
     * only so far; how far is the reader's to find, engine_pdef.c) */
    if (W(p, i, "ytd") || W(p, i, "fytd"))
        return 1 + PC(p, i + 1, ':');
    return 0;
}

/* "FYE 2025", "FYE25", "FYE: 2025" (financial year ending): the financial
 * year that ends in March of that year, 2024-04-01..2025-03-31; "FYE
 * 2024/25" is that financial year too. Tokens used, 0 if none. */
static int atom_fye(const struct P *p, int i, struct pe *r)
{
    if (!W(p, i, "fye"))
        return 0;
    int k = 1 + PC(p, i + 1, ':'), y, amb;
    int c = fy_core(p, i + k, 1, &y, &amb);
    if (c) {
        memset(r, 0, sizeof *r);
        set_fy(r, y);
        return k + c;
    }
    y = year4(p, i + k);
    if (!y && NUM(p, i + k, 2, 2))
        y = year2to4(p->t[i + k].num);
    if (!y || y < 1971 || y > 2100)
        return 0;
    memset(r, 0, sizeof *r);
    set_fy(r, y - 1);
    return k + 1;
}

/* "financial year 2024 to 2025" (GOV.UK's style): after a financial-year
 * prefix, a year "to" the next is that one financial year, never two
 * calendar years. Tokens used (3), else 0. */
static int fy_to_core(const struct P *p, int i, int *year)
{
    int y = year4(p, i);
    if (!y || !W(p, i + 1, "to") || !NUM(p, i + 2, 4, 4) || p->t[i + 2].num != y + 1)
        return 0;
    if (i + 3 < p->n && glued(p, i + 3) && (p->t[i + 3].type == T_NUM || PC(p, i + 3, '/') || PC(p, i + 3, '-')))
        return 0;
    *year = y;
    return 3;
}

/* After "financial years" (plural) "2023 to 2024" is one financial year
 * only in a list of such pairs ("financial years 2023 to 2024 and 2024 to
 * 2025"); alone it may be the years from 2023/24 to 2024/25. Is a pair
 * joined on at i (", 2024 to 2025", "and 2024 to 2025")? */
static int fy_to_listed(const struct P *p, int i)
{
    int k = i, y;
    if (PC(p, k, ','))
        k++;
    if (W(p, k, "and") || W(p, k, "or") || PC(p, k, '&'))
        k++;
    return k > i && fy_to_core(p, k, &y);
}

static int atom_fy(const struct P *p, int i, struct pe *r)
{
    int k = fy_prefix(p, i), y, amb;
    int c = fy_core(p, i + k, k > 0, &y, &amb);
    if (!c && k && !W(p, i, "ytd") && !W(p, i, "fytd") && (c = fy_to_core(p, i + k, &y))) {
        memset(r, 0, sizeof *r);
        set_fy(r, y);
        /* "financial years 2024 to 2025" alone: one year or two? */
        r->ambiguous = W(p, i + 1, "years") && !fy_to_listed(p, i + k + c);
        return k + c;
    }
    if (!c && k && !W(p, i, "ytd") && !W(p, i, "fytd") && year4(p, i + k) &&
        !(i + k + 1 < p->n && glued(p, i + k + 1) && (PC(p, i + k + 1, '/') || PC(p, i + k + 1, '-')))) {
        /* "FY 2025", "financial year 2025": the year that ends in 2025 or the
         * one that starts in it? Looks like a period, is none (never the
         * calendar year 2025) */
        memset(r, 0, sizeof *r);
        set_fy(r, year4(p, i + k));
        r->ambiguous = !(p->ctx && p->ctx->bare_year_is_fy);   /* unless the document says which */
        return k + 1;
    }
    if (!c)
        return 0;
    memset(r, 0, sizeof *r);
    set_fy(r, y);
    r->ambiguous = amb;
    r->short_fy = !k && p->t[i].ndig == 2;
    return k + c;
}

static int atom_year(const struct P *p, int i, struct pe *r)
{
    int k = 0, explicit_cal = 0;
    if (W(p, i, "calendar") && (W(p, i + 1, "year") || W(p, i + 1, "years")))
        k = 2 + PC(p, i + 2, ':'), explicit_cal = 1;
    else if (W(p, i, "cy"))
        k = 1, explicit_cal = 1;
    int y = year4(p, i + k);
    if (!y || (!explicit_cal && (y < 1970 || y > 2099)))
        return 0;
    memset(r, 0, sizeof *r);
    if (!explicit_cal && p->ctx && p->ctx->bare_year_is_fy) {
        set_fy(r, y);
    } else {
        set_months(r, y, 1, y, 12, FOI_PER_CALENDAR_YEAR);
    }
    r->bare_year = !explicit_cal;
    return k + 1;
}

static int quarter_no(const struct P *p, int i, int *q)
{
    if ((W(p, i, "q") || W(p, i, "quarter")) && NUM(p, i + 1, 1, 1) && p->t[i + 1].num >= 1 &&
        p->t[i + 1].num <= 4) {
        *q = (int)p->t[i + 1].num;
        return 2;
    }
    return 0;
}

static void set_quarter(struct pe *r, int q, int y, int fy)
{
    memset(r, 0, sizeof *r);
    if (fy) {
        int m = 4 + 3 * (q - 1), yy = y;
        if (m > 12) {
            m -= 12;
            yy++;
        }
        set_months(r, yy, m, yy, m + 2, FOI_PER_QUARTER);
    } else {
        set_months(r, y, 3 * (q - 1) + 1, y, 3 * (q - 1) + 3, FOI_PER_QUARTER);
    }
}

/* "Q1-Q2", "Q1 to Q3": a run of quarters of one year, from quarter q at i
 * (k its tokens) to a later one; its tokens (0 none) and *q2 the last. */
static int quarter_run(const struct P *p, int i, int k, int q, int *q2)
{
    int j = i + k;
    int sep = PC(p, j, '-') ? 1 : W(p, j, "to") ? 1 : 0;
    if (!sep)
        return 0;
    int k2 = quarter_no(p, j + sep, q2);
    if (!k2 || *q2 <= q)
        return 0;
    return k + sep + k2;
}

/* Quarters q..q2 of year y (financial when fy): a run of months. */
static void set_quarters(struct pe *r, int q, int q2, int y, int fy)
{
    struct pe a, b;
    set_quarter(&a, q, y, fy);
    set_quarter(&b, q2, y, fy);
    memset(r, 0, sizeof *r);
    r->s = a.s;
    r->e = b.e;
    r->kind = FOI_PER_RANGE;
}

static int atom_quarter(const struct P *p, int i, struct pe *r)
{
    int q, q2 = 0, y, amb;
    int k = quarter_no(p, i, &q);
    if (k) {
        /* "Q1-Q2 2026/27" (round 32 part A) */
        int kr = quarter_run(p, i, k, q, &q2);
        int j = i + (kr ? kr : k);
        if (PC(p, j, '-') || PC(p, j, '/') || PC(p, j, ','))
            j++;
        /* the quarter names the year's kind: "Q1 24/25" is the first
         * quarter of 2024/25, as "FY 24/25" would be */
        int pre = fy_prefix(p, j);
        int c = fy_core(p, j + pre, pre > 0 || NUM(p, j, 2, 2), &y, &amb);
        if (c && !amb) {
            if (kr)
                set_quarters(r, q, q2, y, 1);
            else
                set_quarter(r, q, y, 1);
            return j + pre + c - i;
        }
        if ((y = year4(p, j))) {
            if (kr)
                set_quarters(r, q, q2, y, 0);
            else
                set_quarter(r, q, y, 0);
            return j + 1 - i;
        }
        /* "Q1" alone: a quarter of a year the label does not give */
        memset(r, 0, sizeof *r);
        r->partial = 3;
        r->pm = q;
        return k;
    }
    int pre = fy_prefix(p, i);
    int c = fy_core(p, i + pre, pre > 0, &y, &amb);
    if (!c && !pre && NUM(p, i, 2, 2)) {
        /* "24/25 Q1": two-digit years a quarter follows */
        int c2 = fy_core(p, i, 1, &y, &amb), j2 = i + c2;
        if (c2 && (PC(p, j2, '-') || PC(p, j2, '/')))
            j2++;
        if (c2 && quarter_no(p, j2, &q))
            c = c2;
    }
    int fy = 1;
    if (!c || amb) {
        pre = 0;
        fy = 0;
        if (!(y = year4(p, i)))
            return 0;
        c = 1;
    }
    int j = i + pre + c;
    if (PC(p, j, '-') || PC(p, j, '/'))
        j++;
    k = quarter_no(p, j, &q);
    if (!k)
        return 0;
    /* "2026-27 Q1-Q2": the first two quarters of 2026/27 (round 32 part A) */
    int kr = quarter_run(p, j, k, q, &q2);
    if (kr) {
        set_quarters(r, q, q2, y, fy);
        return j + kr - i;
    }
    set_quarter(r, q, y, fy);
    return j + k - i;
}

static int atom_month(const struct P *p, int i, struct pe *r)
{
    int m = month_of(p, i);
    memset(r, 0, sizeof *r);
    if (m) {
        int j = i + 1;
        if (PC(p, j, '.') && glued(p, j))
            j++;
        if (PC(p, j, ','))
            j++;
        int y = year4(p, j);
        if (!y && PC(p, j, '-') && glued(p, j) && glued(p, j + 1) && NUM(p, j + 1, 2, 2))
            y = year2to4(p->t[j + 1].num), j++;
        else if (!y && PC(p, j, '-') && NUM(p, j + 1, 4, 4) && glued(p, j) && glued(p, j + 1))
            y = year4(p, j + 1), j++;
        else if (!y && PC(p, j, '\'') && glued(p, j + 1) && NUM(p, j + 1, 2, 2))
            y = year2to4(p->t[j + 1].num), j++;
        if (y) {
            set_months(r, y, m, y, m, FOI_PER_MONTH);
            return j + 1 - i;
        }
        r->partial = 2;
        r->pm = m;
        return 1 + (PC(p, i + 1, '.') && glued(p, i + 1));
    }
    /* 2022-09 */
    int y = year4(p, i);
    if (y && PC(p, i + 1, '-') && glued(p, i + 1) && glued(p, i + 2) && NUM(p, i + 2, 2, 2) &&
        p->t[i + 2].num >= 1 && p->t[i + 2].num <= 12) {
        set_months(r, y, (int)p->t[i + 2].num, y, (int)p->t[i + 2].num, FOI_PER_MONTH);
        return 3;
    }
    /* 09/2022 */
    if (NUM(p, i, 1, 2) && PC(p, i + 1, '/') && glued(p, i + 1) && glued(p, i + 2) &&
        (y = year4(p, i + 2)) && p->t[i].num >= 1 && p->t[i].num <= 12) {
        set_months(r, y, (int)p->t[i].num, y, (int)p->t[i].num, FOI_PER_MONTH);
        return 3;
    }
    return 0;
}

static int atom_day(const struct P *p, int i, struct pe *r)
{
    memset(r, 0, sizeof *r);
    /* 01/04/2019, 1/4/19, 01.04.2019, 01-04-2019 (day first) */
    if (NUM(p, i, 1, 2) && i + 4 < p->n && p->t[i + 1].type == T_P &&
        (p->t[i + 1].p == '/' || p->t[i + 1].p == '.' || p->t[i + 1].p == '-') &&
        PC(p, i + 3, p->t[i + 1].p) && NUM(p, i + 2, 1, 2) &&
        (NUM(p, i + 4, 2, 2) || NUM(p, i + 4, 4, 4)) &&
        glued(p, i + 1) && glued(p, i + 2) && glued(p, i + 3) && glued(p, i + 4)) {
        int y = p->t[i + 4].ndig == 2 ? year2to4(p->t[i + 4].num) : (int)p->t[i + 4].num;
        struct foi_date d = { y, (int)p->t[i + 2].num, (int)p->t[i].num };
        if (!foi_date_valid(&d))
            return 0;
        r->s = r->e = d;
        r->kind = FOI_PER_DAY;
        return 5;
    }
    /* 2019-04-01, 2019/04/01 */
    int y = year4(p, i);
    if (y && i + 4 < p->n && (PC(p, i + 1, '-') || PC(p, i + 1, '/')) && PC(p, i + 3, p->t[i + 1].p) &&
        NUM(p, i + 2, 1, 2) && NUM(p, i + 4, 1, 2) &&
        glued(p, i + 1) && glued(p, i + 2) && glued(p, i + 3) && glued(p, i + 4)) {
        struct foi_date d = { y, (int)p->t[i + 2].num, (int)p->t[i + 4].num };
        if (!foi_date_valid(&d))
            return 0;
        r->s = r->e = d;
        r->kind = FOI_PER_DAY;
        return 5;
    }
    /* 1 April 2019, 1st April 2019, 1st of April, 2019 */
    if ((NUM(p, i, 1, 2) || (i < p->n && p->t[i].type == T_ORD)) && p->t[i].num >= 1 && p->t[i].num <= 31) {
        int j = i + 1;
        if (W(p, j, "of"))
            j++;
        int m = month_of(p, j);
        if (!m)
            return 0;
        j++;
        if (PC(p, j, '.') && glued(p, j))
            j++;
        int k = j;
        if (PC(p, k, ','))
            k++;
        int yy = year4(p, k);
        if (yy) {
            struct foi_date d = { yy, m, (int)p->t[i].num };
            if (!foi_date_valid(&d))
                return 0;
            r->s = r->e = d;
            r->kind = FOI_PER_DAY;
            return k + 1 - i;
        }
        if ((int)p->t[i].num > foi_days_in_month(2000, m))
            return 0;
        r->partial = 1;
        r->pm = m;
        r->pd = (int)p->t[i].num;
        return j - i;
    }
    return 0;
}

/* "the first half of 2025", "second half of 2024/25", "the third quarter
 * of 2023": six or three months of the calendar or financial year (not the
 * whole year its number names). */
static int atom_half(const struct P *p, int i, struct pe *r)
{
    int j = i, h;
    /* "H1 2025", "H2 2025/26": a half of the calendar or financial year */
    if (W(p, j, "h") && NUM(p, j + 1, 1, 1) && glued(p, j + 1) && (p->t[j + 1].num == 1 || p->t[j + 1].num == 2)) {
        h = (int)p->t[j + 1].num;
        j += 2;
        if (PC(p, j, '-') || PC(p, j, ','))
            j++;
        int y, amb, pre = fy_prefix(p, j);
        int c = fy_core(p, j + pre, pre > 0, &y, &amb);
        memset(r, 0, sizeof *r);
        if (c && !amb) {
            if (h == 1)
                set_months(r, y, 4, y, 9, FOI_PER_RANGE);
            else
                set_months(r, y, 10, y + 1, 3, FOI_PER_RANGE);
            return j + pre + c - i;
        }
        if (!(y = year4(p, j)))
            return 0;
        set_months(r, y, h == 1 ? 1 : 7, y, h == 1 ? 6 : 12, FOI_PER_RANGE);
        return j + 1 - i;
    }
    if (W(p, j, "first"))
        h = 1;
    else if (W(p, j, "second"))
        h = 2;
    else if (W(p, j, "third"))
        h = 3;
    else if (W(p, j, "fourth"))
        h = 4;
    else
        return 0;
    j++;
    int quarter = W(p, j, "quarter");
    if (!quarter && (h > 2 || !W(p, j, "half")))
        return 0;
    j++;
    if (W(p, j, "of"))
        j++;
    if (W(p, j, "the"))
        j++;
    int y, amb, pre = fy_prefix(p, j);
    int c = fy_core(p, j + pre, pre > 0, &y, &amb);
    memset(r, 0, sizeof *r);
    if (c && !amb && quarter) {
        set_quarter(r, h, y, 1);
        return j + pre + c - i;
    }
    if (c && !amb) {
        if (h == 1)
            set_months(r, y, 4, y, 9, FOI_PER_RANGE);
        else
            set_months(r, y, 10, y + 1, 3, FOI_PER_RANGE);
        return j + pre + c - i;
    }
    if (W(p, j, "calendar"))
        j++;
    if (W(p, j, "year"))
        j++;
    if (!(y = year4(p, j)))
        return 0;
    if (quarter)
        set_quarter(r, h, y, 0);
    else
        set_months(r, y, h == 1 ? 1 : 7, y, h == 1 ? 6 : 12, FOI_PER_RANGE);
    return j + 1 - i;
}

/* The longest single period at i. */
static int atom(const struct P *p, int i, struct pe *r)
{
    int (*const fns[])(const struct P *, int, struct pe *) = {
        atom_fy, atom_fye, atom_quarter, atom_month, atom_day, atom_year, atom_half
    };
    int best = 0;
    for (size_t k = 0; k < sizeof fns / sizeof fns[0]; k++) {
        struct pe x;
        int c = fns[k](p, i, &x);
        if (c > best) {
            best = c;
            *r = x;
        }
    }
    return best;
}

static int joiner(const struct P *p, int i, int between)
{
    if (W(p, i, "to") || W(p, i, "until") || W(p, i, "till") || W(p, i, "through") || W(p, i, "thru"))
        return 1;
    if (W(p, i, "up") && W(p, i + 1, "to"))
        return 2;
    if (PC(p, i, '-'))
        return 1;
    if (W(p, i, "and"))
        return between ? 1 : -1;   /* -1: "and" joins only when both ends are days */
    if (W(p, i, "i"))
        return -2;   /* Welsh "to" ("1 Ebrill i 31 Hydref 2025"): only between days */
    return 0;
}

static int range(const struct P *p, int i, struct pe *r)
{
    int k = i, between = 0, since = 0;
    if (W(p, k, "between"))
        between = 1, k++;
    else if (W(p, k, "from"))
        k++;
    else if (W(p, k, "since"))
        since = 1, k++;
    /* "Apr 23 - Mar 24", "Jan 25 - Dec 25": a spreadsheet's short month
     * format (mmm yy) at each end: months of two-digit years, not days of no
     * year ("23 April to 24 March"); read so only as whole quarters or years
     * (a multiple of three months, two years at most) running forward, and
     * never with a year or more digits after it ("Mar 24/25") */
    int m1 = month_of(p, k), jm = 0;
    if (m1 && NUM(p, k + 1, 2, 2) && !glued(p, k + 1) && (jm = joiner(p, k + 2, between)) > 0) {
        int e0 = k + 2 + jm, m2 = month_of(p, e0);
        int tail = e0 + 2 < p->n && glued(p, e0 + 2) &&
                   (p->t[e0 + 2].type == T_NUM || PC(p, e0 + 2, '/') || PC(p, e0 + 2, '-'));
        if (m2 && NUM(p, e0 + 1, 2, 2) && !glued(p, e0 + 1) && !tail && !year4(p, e0 + 2)) {
            int y1 = year2to4(p->t[k + 1].num), y2 = year2to4(p->t[e0 + 1].num);
            int span = (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
            if (span >= 3 && span <= 24 && span % 3 == 0) {
                memset(r, 0, sizeof *r);
                set_months(r, y1, m1, y2, m2, FOI_PER_RANGE);
                return e0 + 2 - i;
            }
        }
    }
    /* "Apr-Jun 25", "Oct-Dec 25", "Jan-Mar 26": a quarter's months and the
     * two-digit year the last of them falls in (a report's quarter
     * heading); read so only for whole quarters up to a year running
     * forward, the first month in the year before where the months wrap
     * ("Nov-Jan 26"), and never with more digits after it */
    if (m1 && !NUM(p, k + 1, 1, 4) && (jm = joiner(p, k + 1, between)) > 0) {
        int e0 = k + 1 + jm, m2 = month_of(p, e0);
        int tail = e0 + 2 < p->n && glued(p, e0 + 2) &&
                   (p->t[e0 + 2].type == T_NUM || PC(p, e0 + 2, '/') || PC(p, e0 + 2, '-'));
        if (m2 && NUM(p, e0 + 1, 2, 2) && !glued(p, e0 + 1) && !tail && !year4(p, e0 + 2)) {
            int y2 = year2to4(p->t[e0 + 1].num), y1 = m1 <= m2 ? y2 : y2 - 1;
            int span = (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
            if (span >= 3 && span <= 12 && span % 3 == 0) {
                memset(r, 0, sizeof *r);
                set_months(r, y1, m1, y2, m2, FOI_PER_RANGE);
                return e0 + 2 - i;
            }
        }
    }
    struct pe a, b;
    int ca = atom(p, k, &a);
    if (!ca || a.ambiguous || a.partial == 3)
        return 0;
    int j = k + ca;
    if (since && !a.partial && a.kind == FOI_PER_DAY && PC(p, j, '(') &&
        (W(p, j + 1, "to") || W(p, j + 1, "until"))) {
        /* "since 1 April 2020 (to 31 Oct 2026)": from that day to the one
         * the parenthesis names (a running total as stated) */
        int cb = atom(p, j + 2, &b);
        if (cb && !b.partial && !b.ambiguous && (b.kind == FOI_PER_DAY || b.kind == FOI_PER_MONTH) &&
            PC(p, j + 2 + cb, ')') && foi_date_cmp(&a.s, &b.e) < 0) {
            memset(r, 0, sizeof *r);
            r->s = a.s;
            r->e = b.e;
            r->kind = FOI_PER_RANGE;
            return j + 2 + cb + 1 - i;
        }
    }
    int jl = joiner(p, j, between);
    if (!jl)
        return 0;
    int and_days_only = jl == -1, welsh_to = jl == -2;
    if (jl < 0)
        jl = 1;
    int cb = atom(p, j + jl, &b);
    if (welsh_to && (!cb || b.kind != FOI_PER_DAY || b.partial || b.ambiguous ||
                     !(a.partial == 1 || (!a.partial && a.kind == FOI_PER_DAY))))
        return 0;
    if (!and_days_only && !welsh_to && !between && !a.partial && (a.kind == FOI_PER_FY || a.kind == FOI_PER_CALENDAR_YEAR)) {
        /* "2025 to 31 Oct", "2024/25 up to 31/12": a year so far, to a day
         * (or the end of a month) without its year, the one place that day
         * falls inside the year; never a dash ("2025-31" is no such thing) */
        int dd = 0, mm = 0, cd = 0;
        if (!PC(p, j, '-')) {
            if (cb && !b.ambiguous && b.partial == 1)
                dd = b.pd, mm = b.pm, cd = cb;
            else if (cb && !b.ambiguous && b.partial == 2)
                mm = b.pm, cd = cb;
            else
                cd = day_month_num(p, j + jl, &dd, &mm);
        }
        struct foi_date end;
        if (cd && day_inside(&a.s, &a.e, dd, mm, &end)) {
            int whole = !foi_date_cmp(&end, &a.e);   /* "2025 to 31 December": all of it */
            memset(r, 0, sizeof *r);
            r->s = a.s;
            r->e = end;
            r->kind = whole ? a.kind : FOI_PER_RANGE;
            return j + jl + cd - i;
        }
    }
    if (cb && !and_days_only && a.partial == 2 && b.partial == 2 && !b.ambiguous) {
        /* "Apr-Jun", "April to June": months of a year the label does not give */
        memset(r, 0, sizeof *r);
        r->partial = 4;
        r->pm = a.pm;
        r->pm2 = b.pm;
        return j + jl + cb - i;
    }
    if (cb && and_days_only && a.partial == 2 && !b.partial && !b.ambiguous && b.kind == FOI_PER_MONTH &&
        b.s.m == a.pm + 1) {
        /* "January and February 2024": two months running on, one span */
        memset(r, 0, sizeof *r);
        set_day(&r->s, b.s.y, a.pm, 1);
        r->e = b.e;
        r->kind = FOI_PER_RANGE;
        return j + jl + cb - i;
    }
    if (!cb || b.partial || b.ambiguous)
        return 0;
    if (and_days_only && (a.kind != FOI_PER_DAY || a.partial || b.kind != FOI_PER_DAY))
        return 0;
    memset(r, 0, sizeof *r);
    if (a.partial) {
        /* "1 January to 31 December 2022", "January to March 2021": borrow the year */
        if (b.kind != FOI_PER_DAY && b.kind != FOI_PER_MONTH)
            return 0;
        int y = b.s.y;
        if (a.partial == 1)
            set_day(&a.s, y, a.pm, a.pd);
        else
            set_day(&a.s, y, a.pm, 1);
        if (!foi_date_valid(&a.s))
            return 0;
    }
    /* "2019-2020" or "2019 - 2020": a financial year or two calendar years? */
    if (a.bare_year && b.bare_year && PC(p, j, '-') && b.s.y == a.s.y + 1) {
        r->ambiguous = 1;
        r->s = a.s;   /* the years, for a parenthesis that settles it (paren_year_kind) */
        r->e = b.e;
        return j + jl + cb - i;
    }
    if (foi_date_cmp(&a.s, &b.e) > 0 || foi_date_cmp(&a.s, &b.s) > 0)
        return 0;
    /* "2025/26 to 31 May 2025", "2024 to 30 June 2024": a year so far, from
     * its start to a day inside it (the year to date); any other range ending
     * before its first end is no range */
    int so_far = !a.partial && !between && (a.kind == FOI_PER_FY || a.kind == FOI_PER_CALENDAR_YEAR) &&
                 b.kind == FOI_PER_DAY && foi_date_cmp(&b.e, &a.e) < 0;
    if (!a.partial && foi_date_cmp(&a.e, &b.e) > 0 && !so_far)
        return 0;
    r->s = a.s;
    r->e = b.e;
    r->kind = FOI_PER_RANGE;
    return j + jl + cb - i;
}

/* End of a whole month/year span minus n months, the day after: start of "the last N ...". */
static void months_back(const struct foi_date *end, int months, struct foi_date *start)
{
    struct foi_date d = *end;
    foi_date_add_days(&d, 1);
    int total = d.y * 12 + (d.m - 1) - months;
    int y = total / 12, m = total % 12 + 1;
    int dd = d.d;
    if (dd > foi_days_in_month(y, m)) {
        /* no such day: start on the first of the next month */
        dd = 1;
        if (++m > 12)
            m = 1, y++;
    }
    set_day(start, y, m, dd);
}

/* "the last three years to the end of March 2019", "12 months ending 30 September 2022",
 * "the year ending 31 March 2020". */
static int relative(const struct P *p, int i, struct pe *r)
{
    int k = i;
    if (W(p, k, "the"))
        k++;
    if (W(p, k, "last") || W(p, k, "past") || W(p, k, "previous"))
        k++;
    int n = count_word(p, k);
    if (n)
        k++;
    else if (W(p, k, "financial") && W(p, k + 1, "year"))
        n = 1, k++;
    else if (W(p, k, "year") || W(p, k, "month"))
        n = 1;
    else
        return 0;
    if (W(p, k, "full") || W(p, k, "whole") || W(p, k, "complete") || W(p, k, "financial") ||
        W(p, k, "calendar"))
        k++;
    int months;
    if (W(p, k, "years") || W(p, k, "year") || W(p, k, "yrs") || W(p, k, "yr"))
        months = 12 * n;
    else if (W(p, k, "months") || W(p, k, "month") || W(p, k, "mths") || W(p, k, "mth") ||
             (W(p, k, "m") && glued(p, k)))
        months = n;
    else
        return 0;
    k++;
    if (W(p, k, "to") || W(p, k, "until") || W(p, k, "ending") || W(p, k, "ended"))
        k++;
    else if (W(p, k, "up") && W(p, k + 1, "to"))
        k += 2;
    else
        return 0;
    if (W(p, k, "on"))
        k++;
    if (W(p, k, "the") && W(p, k + 1, "end") && W(p, k + 2, "of"))
        k += 3;
    struct pe a;
    int c = atom(p, k, &a);
    if (!c || a.partial || a.ambiguous || (a.kind != FOI_PER_DAY && a.kind != FOI_PER_MONTH))
        return 0;
    memset(r, 0, sizeof *r);
    r->e = a.e;
    months_back(&a.e, months, &r->s);
    r->kind = months == 12 && a.e.m == 3 && a.e.d == 31 ? FOI_PER_FY : FOI_PER_RANGE;
    return k + c - i;
}

/* "YE Mar 2025", "Y/E March 2025", "YE 31/03/2025", "Year end Dec 2024": a
 * year ending with that month (or day): the twelve months to its end. "YE
 * 2025" says no month: looks like a period, is none (ambiguous). */
static int year_end(const struct P *p, int i, struct pe *r)
{
    int k = i, fy = 0;
    if (W(p, k, "ye"))
        k++;
    else if (W(p, k, "y") && PC(p, k + 1, '/') && glued(p, k + 1) && glued(p, k + 2) && W(p, k + 2, "e"))
        k += 3;
    else if (W(p, k, "year") && (W(p, k + 1, "end") || W(p, k + 1, "ending") || W(p, k + 1, "ended")))
        k += 2;
    /* "FYE Mar 2025", "FY ending March 2025", "financial year ending 2025":
     * a financial year's end: a bare year is its March */
    else if (W(p, k, "fye"))
        k++, fy = 1;
    else if (W(p, k, "fy") && (W(p, k + 1, "end") || W(p, k + 1, "ending") || W(p, k + 1, "ended")))
        k += 2, fy = 1;
    else if ((W(p, k, "financial") || W(p, k, "fiscal")) && W(p, k + 1, "year") &&
             (W(p, k + 2, "end") || W(p, k + 2, "ending") || W(p, k + 2, "ended")))
        k += 3, fy = 1;
    else
        return 0;
    if (PC(p, k, ':'))
        k++;
    struct pe a;
    int c = atom(p, k, &a);
    if (!c || a.partial || a.ambiguous)
        return 0;
    memset(r, 0, sizeof *r);
    if (a.kind != FOI_PER_DAY && a.kind != FOI_PER_MONTH) {
        if (!a.bare_year)
            return 0;
        if (fy && a.s.y >= 1971) {   /* "financial year ending 2025": to 31 March 2025 */
            set_fy(r, a.s.y - 1);
            return k + c - i;
        }
        r->ambiguous = 1;   /* "YE 2025": ending in which month? */
        return k + c - i;
    }
    r->e = a.e;
    months_back(&a.e, 12, &r->s);
    r->kind = a.e.m == 3 && a.e.d == 31 ? FOI_PER_FY : a.e.m == 12 && a.e.d == 31 ? FOI_PER_CALENDAR_YEAR : FOI_PER_RANGE;
    return k + c - i;
}

/* The longest expression at i: relative, range or single. */
static int expr(const struct P *p, int i, struct pe *r)
{
    struct pe x;
    int best = 0, c;
    if ((c = relative(p, i, &x)) > best)
        best = c, *r = x;
    if ((c = year_end(p, i, &x)) > best)
        best = c, *r = x;
    if ((c = range(p, i, &x)) > best)
        best = c, *r = x;
    if ((c = atom(p, i, &x)) > best)
        best = c, *r = x;
    return best;
}

static int resolve_partial(const struct foi_period_ctx *ctx, struct pe *r);

/* "2021/22 (1 April 2021 to 31 March 2022)": extend over the parenthesis;
 * the explicit period wins when the two disagree. Returns tokens added. */
/* "2022/23 (to 31 December)", "2023 (up to the end of September)": the
 * part of the period up to a day (or the end of a month) the parenthesis
 * names inside it; the day's year is the one place it falls in the period.
 * Returns the tokens of the parenthesis, 0 when it is no such part. */
static int paren_part(const struct P *p, int j, struct pe *r)
{
    int k = j + 1;
    struct pe m;
    int cm = range(p, k, &m);
    if (cm && m.partial == 4 && PC(p, k + cm, ')')) {
        /* "2022/23 (April to December)": those months, where they fall in it */
        int hits = 0;
        struct foi_date a = { 0, 0, 0 }, b = { 0, 0, 0 };
        for (int y = r->s.y - 1; y <= r->e.y && y - r->s.y < 200; y++) {
            int y2 = m.pm2 >= m.pm ? y : y + 1;
            struct foi_date s1 = { y, m.pm, 1 }, e1 = { y2, m.pm2, foi_days_in_month(y2, m.pm2) };
            if (foi_date_cmp(&s1, &r->s) >= 0 && foi_date_cmp(&e1, &r->e) <= 0)
                hits++, a = s1, b = e1;
        }
        if (hits != 1)
            return 0;
        if (foi_date_cmp(&a, &r->s) || foi_date_cmp(&b, &r->e)) {
            r->s = a;
            r->e = b;
            r->kind = FOI_PER_RANGE;
        }
        return cm + 2;
    }
    {
        /* "2025 (1 Jan - 31 Oct)", "2025 (1 January to 31 October)": days
         * without the year, from the period's first day to one inside it */
        struct pe a = { 0 }, b = { 0 };
        int ca = atom(p, k, &a), jl = ca ? joiner(p, k + ca, 0) : 0;
        int cb = jl > 0 ? atom(p, k + ca + jl, &b) : 0;
        struct foi_date s1, e1;
        if (ca && cb && a.partial == 1 && b.partial == 1 && PC(p, k + ca + jl + cb, ')') &&
            day_inside(&r->s, &r->e, a.pd, a.pm, &s1) && day_inside(&r->s, &r->e, b.pd, b.pm, &e1) &&
            !foi_date_cmp(&s1, &r->s) && foi_date_cmp(&e1, &s1) >= 0) {
            if (foi_date_cmp(&e1, &r->e) < 0) {
                r->e = e1;
                r->kind = FOI_PER_RANGE;
            }
            return ca + jl + cb + 2;
        }
    }
    if (W(p, k, "up") && W(p, k + 1, "to"))
        k += 2;
    else if (W(p, k, "to") || W(p, k, "until") || W(p, k, "till"))
        k++;
    else
        return 0;
    if (W(p, k, "the") && W(p, k + 1, "end") && W(p, k + 2, "of"))
        k += 3;
    else if (W(p, k, "end") && W(p, k + 1, "of"))
        k += 2;
    struct pe x;
    int c = atom(p, k, &x);
    int nd, nm, cn = day_month_num(p, k, &nd, &nm);
    if (cn && cn >= c) {
        /* "2025 (to 31/10)": a day and month in figures */
        memset(&x, 0, sizeof x);
        x.partial = 1;
        x.pd = nd;
        x.pm = nm;
        c = cn;
    }
    if (!c || x.ambiguous || !PC(p, k + c, ')'))
        return 0;
    struct foi_date end;
    if (x.partial == 1 || x.partial == 2) {
        int hits = 0;
        for (int y = r->s.y; y <= r->e.y && y - r->s.y < 200; y++) {
            struct foi_date d = { y, x.pm, x.partial == 1 ? x.pd : foi_days_in_month(y, x.pm) };
            if (foi_date_valid(&d) && foi_date_cmp(&d, &r->s) >= 0 && foi_date_cmp(&d, &r->e) <= 0)
                hits++, end = d;
        }
        if (hits != 1)
            return 0;
    } else if (!x.partial && (x.kind == FOI_PER_DAY || x.kind == FOI_PER_MONTH)) {
        end = x.e;
    } else {
        return 0;
    }
    /* a part of the period, ending inside it */
    if (foi_date_cmp(&end, &r->s) < 0 || foi_date_cmp(&end, &r->e) > 0)
        return 0;
    if (foi_date_cmp(&end, &r->e) < 0) {
        r->e = end;
        r->kind = FOI_PER_RANGE;
    }
    return k + c + 1 - j;
}

/* "2023-2024 (Apr-Mar)": a year-dash-year that may be a financial year or two
 * calendar years, followed by the months April to March in brackets, is the
 * financial year (an ambiguous reading made sure); 1 when so. */
static int fy_months_paren(const struct P *p, int j, struct pe *r)
{
    if (!r->ambiguous || r->kind != FOI_PER_FY || !PC(p, j, '('))
        return 0;
    struct pe m;
    int cm = range(p, j + 1, &m);
    if (!cm || m.partial != 4 || m.pm != 4 || m.pm2 != 3 || !PC(p, j + 1 + cm, ')'))
        return 0;
    r->ambiguous = 0;
    return 1;
}

/* "2024-25 FY", "2026-27 FY (to 30 Nov)": a financial year with "FY" after
 * it, the word saying what the years are (round 42b, blind42 Northumbria);
 * "2024-2025 FY" is so the financial year, not two calendar years. Tokens
 * taken (the word), 0 none. */
static int fy_word_after(const struct P *p, int j, struct pe *r)
{
    if (r->kind != FOI_PER_FY || r->partial || !W(p, j, "fy"))
        return 0;
    r->ambiguous = 0;
    return 1;
}

static int paren_extend(const struct P *p, int j, struct pe *r)
{
    if (!PC(p, j, '('))
        return 0;
    if (!r->partial && !r->ambiguous) {
        int part = paren_part(p, j, r);
        if (part)
            return part;
    }
    struct pe x;
    int c = expr(p, j + 1, &x);
    if (!c || x.ambiguous || !PC(p, j + 1 + c, ')') || !resolve_partial(p->ctx, &x))
        return 0;
    if (foi_date_cmp(&x.s, &r->s) != 0 || foi_date_cmp(&x.e, &r->e) != 0) {
        int kind = r->kind;
        *r = x;
        if (kind == x.kind)
            r->kind = kind;
    }
    return c + 2;
}

/* "2024-2025 (Apr-Mar)", "2023-2024 (April to March)": two years joined by
 * a dash (a financial year or two calendar years) settled by the months the
 * parenthesis names, a year of twelve months from April of the first to
 * March of the second: the financial year. Any other months leave it
 * unresolved. Tokens taken, 0 none. */
static int paren_year_kind(const struct P *p, int j, struct pe *r)
{
    if (!r->ambiguous || !r->s.y || r->e.y != r->s.y + 1 || !PC(p, j, '('))
        return 0;
    struct pe m;
    int cm = range(p, j + 1, &m);
    if (!cm || m.partial != 4 || m.pm != 4 || m.pm2 != 3 || !PC(p, j + 1 + cm, ')'))
        return 0;
    int y = r->s.y;
    memset(r, 0, sizeof *r);
    set_fy(r, y);
    return cm + 2;
}

/* A label that is a year so far, "2026/27 to date (1 Apr – 31 Oct 2026)"
 * (a column heading, parsed whole): the part of the year the parenthesis
 * gives inside it. Running text ("2024 and 2025 to date (...)") is left to
 * the reader that ties the stretch to the year (engine: eng_period_defined).
 * Returns the tokens taken, 0 none. */
static int to_date_extend(const struct P *p, int j, struct pe *r)
{
    /* "to date (...)", "YTD (...)", "year to date (...)", "so far (...)",
     * "reporting year to date (...)" */
    int pre = W(p, j, "reporting") || W(p, j, "financial") || W(p, j, "performance") || W(p, j, "recording");
    int w = W(p, j, "to") && W(p, j + 1, "date") ? 2 : W(p, j, "ytd") ? 1
          : W(p, j + pre, "year") && W(p, j + pre + 1, "to") && W(p, j + pre + 2, "date") ? 3 + pre
          : W(p, j, "so") && W(p, j + 1, "far") ? 2 : 0;
    if (!w || !PC(p, j + w, '(') || r->partial || r->ambiguous ||
        (r->kind != FOI_PER_FY && r->kind != FOI_PER_CALENDAR_YEAR))
        return 0;
    struct pe y = *r;
    int e = paren_extend(p, j + w, r);
    if (e && foi_date_cmp(&r->s, &y.s) >= 0 && foi_date_cmp(&r->e, &y.e) <= 0)
        return e + w;
    *r = y;
    return 0;
}

/* "FYTD 26/27 (to 31 Oct)", "YTD 2026 (to 30 September)", "Year to date
 * 2025/26 (1 April to 31 October 2025)": a mark of the year to date before a
 * year whose own parenthesis says where its part ends: that year from its
 * first day to the day given. Without the parenthesis nothing is read here
 * ("FYTD 26/27" is the year to date the document defines: engine_pdef).
 * Returns the tokens taken, 0 none. */
static int ytd_year(const struct P *p, int i, struct pe *r)
{
    int k, fy = 0;
    if (W(p, i, "fytd"))
        k = 1, fy = 1;
    else if (W(p, i, "ytd"))
        k = 1;
    else if (W(p, i, "financial") && W(p, i + 1, "year") && W(p, i + 2, "to") && W(p, i + 3, "date"))
        k = 4, fy = 1;
    else if (W(p, i, "year") && W(p, i + 1, "to") && W(p, i + 2, "date"))
        k = 3;
    else
        return 0;
    k += PC(p, i + k, ':');
    struct pe x;
    int c;
    if (fy) {
        int y, amb;
        c = fy_core(p, i + k, 1, &y, &amb);
        if (!c || amb)
            return 0;
        memset(&x, 0, sizeof x);
        set_fy(&x, y);
    } else {
        c = atom(p, i + k, &x);
        if (!c || x.ambiguous || x.partial || (x.kind != FOI_PER_FY && x.kind != FOI_PER_CALENDAR_YEAR))
            return 0;
    }
    struct pe whole = x;
    int e = paren_extend(p, i + k + c, &x);
    if (!e || x.partial || foi_date_cmp(&x.s, &whole.s) != 0 || foi_date_cmp(&x.e, &whole.e) > 0)
        return 0;
    *r = x;
    return k + c + e;
}

static void to_period(const struct pe *r, struct foi_period *out)
{
    memset(out, 0, sizeof *out);
    out->start = r->s;
    out->end = r->e;
    out->kind = r->kind;
    out->resolved = 1;
}

/* ------------------------------------------------------------ entry points */

static int filler(const struct P *p, int i)
{
    static const char *const f[] = { "in", "during", "for", "the", "period", "over", "of", "covering",
        "year", "years" };
    for (size_t k = 0; k < sizeof f / sizeof f[0]; k++)
        if (W(p, i, f[k]))
            return 1;
    return PC(p, i, ':') || PC(p, i, '(') || PC(p, i, '"') || PC(p, i, '\'');
}

/* A lone month name: resolvable only inside a request period that holds it once. */
static int month_in_request(const struct foi_period_ctx *ctx, int m, struct pe *r)
{
    if (!ctx || !ctx->request || !ctx->request->resolved)
        return 0;
    const struct foi_period *q = ctx->request;
    int hits = 0, hy = 0;
    for (int y = q->start.y; y <= q->end.y && y - q->start.y < 200; y++) {
        struct foi_date a = { y, m, 1 }, b = { y, m, foi_days_in_month(y, m) };
        if (foi_date_cmp(&a, &q->start) >= 0 && foi_date_cmp(&b, &q->end) <= 0)
            hits++, hy = y;
    }
    if (hits != 1)
        return 0;
    set_months(r, hy, m, hy, m, FOI_PER_MONTH);
    return 1;
}

/* A quarter or a run of months without its year ("Q1", "Apr-Jun") inside
 * the context period: the one place it falls wholly inside it. A quarter
 * counts from April in a financial year, from January in a calendar year,
 * and is read only inside one of those. */
static int span_in_request(const struct foi_period_ctx *ctx, struct pe *r)
{
    if (!ctx || !ctx->request || !ctx->request->resolved)
        return 0;
    const struct foi_period *q = ctx->request;
    if (r->partial == 3) {
        int fy = q->kind == FOI_PER_FY, cy = q->kind == FOI_PER_CALENDAR_YEAR;
        if (!fy && !cy)
            return 0;
        set_quarter(r, r->pm, q->start.y, fy);
        r->partial = 0;
        return 1;
    }
    int m1 = r->pm, m2 = r->pm2, hits = 0, hy = 0;
    for (int y = q->start.y - 1; y <= q->end.y && y - q->start.y < 200; y++) {
        int y2 = m2 >= m1 ? y : y + 1;
        struct foi_date a = { y, m1, 1 }, b = { y2, m2, foi_days_in_month(y2, m2) };
        if (foi_date_cmp(&a, &q->start) >= 0 && foi_date_cmp(&b, &q->end) <= 0)
            hits++, hy = y;
    }
    if (hits != 1)
        return 0;
    set_months(r, hy, m1, m2 >= m1 ? hy : hy + 1, m2, m1 == m2 ? FOI_PER_MONTH : FOI_PER_RANGE);
    r->partial = 0;
    return 1;
}

/* 1 when r is a whole period, resolving a partial one inside ctx's. */
static int resolve_partial(const struct foi_period_ctx *ctx, struct pe *r)
{
    switch (r->partial) {
    case 0: return 1;
    case 2: return month_in_request(ctx, r->pm, r) ? (r->partial = 0, 1) : 0;
    case 3:
    case 4: return span_in_request(ctx, r);
    default: return 0;
    }
}

static int parse_one(const char *text, const struct foi_period_ctx *ctx, struct foi_period *out)
{
    memset(out, 0, sizeof *out);
    if (!text)
        return 0;
    size_t n = strlen(text);
    struct tok t[WINDOW + 1];
    int nt = tokenize(text, n, 0, t, WINDOW + 1);
    if (nt == 0 || nt > WINDOW)
        return 0;
    /* Excel serial day number in a CSV date cell */
    if (ctx && ctx->allow_excel_serial && nt == 1 && t[0].type == T_NUM && t[0].num >= 20000 &&
        t[0].num <= 80000) {
        struct foi_date d;
        if (foi_date_from_excel(t[0].num, &d))
            return 0;
        out->start = out->end = d;
        out->kind = FOI_PER_DAY;
        out->resolved = 1;
        return 1;
    }
    /* trailing punctuation and footnote markers */
    while (nt > 0 && t[nt - 1].type == T_P && strchr(".,:;*\"'", t[nt - 1].p))
        nt--;
    struct P p = { t, nt, ctx };
    int i = 0;
    while (i < nt) {
        struct pe r;
        int yc = ytd_year(&p, i, &r);
        if (yc) {
            int j = i + yc;
            if (j == nt || (j + 1 == nt && PC(&p, j, ')'))) {
                to_period(&r, out);
                return 1;
            }
            return 0;
        }
        /* "FYTD 26/27" alone: the year to date the document defines
         * (engine_pdef), no period here; found in running text it is the
         * year its label qualifies (foi_period_find_all) */
        if (W(&p, i, "ytd") || W(&p, i, "fytd"))
            return 0;
        int c = expr(&p, i, &r);
        if (c)
            c += fy_word_after(&p, i + c, &r);
        if (c)
            fy_months_paren(&p, i + c, &r);
        if (c && !r.ambiguous) {
            int j = i + c;
            int whole = resolve_partial(ctx, &r);
            /* "Q1 (Apr-Jun 2022)": the parenthesis completes a label without its year */
            int ext = paren_extend(&p, j, &r);
            if (!ext)
                ext = to_date_extend(&p, j, &r);
            j += ext;
            if (!whole && ext && !r.partial)
                whole = 1;
            if (j == nt || (j + 1 == nt && PC(&p, j, ')'))) {
                if (!whole)
                    return 0;
                to_period(&r, out);
                return 1;
            }
        }
        if (c && r.ambiguous) {
            int ext = paren_year_kind(&p, i + c, &r), j = i + c + ext;
            if (ext && (j == nt || (j + 1 == nt && PC(&p, j, ')')))) {
                to_period(&r, out);
                return 1;
            }
            return 0;
        }
        if (!filler(&p, i))
            return 0;
        i++;
    }
    return 0;
}

/* Is text[a, b) only what may stand between a period and its restatement:
 * spaces, brackets, dashes, colons, commas, slashes, a middle dot, and the
 * words "to date", "so far", "ytd", "year to date"? */
static int restate_gap(const char *text, size_t a, size_t b)
{
    static const char *const words[] = { "year to date", "to date", "so far", "ytd", NULL };
    size_t i = a;
    while (i < b) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == ' ' || ch == '(' || ch == ')' || ch == '-' || ch == ':' || ch == ',' || ch == '/' || ch == '|' ||
            ch == '\t') {
            i++;
            continue;
        }
        if (ch == 0xE2 && i + 3 <= b && (unsigned char)text[i + 1] == 0x80 &&
            ((unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94)) {
            i += 3;   /* en or em dash */
            continue;
        }
        if (ch == 0xC2 && i + 1 < b && (unsigned char)text[i + 1] == 0xB7) {
            i += 2;   /* middle dot */
            continue;
        }
        int w = 0;
        for (int k = 0; words[k] && !w; k++) {
            size_t n = strlen(words[k]);
            if (i + n <= b && !strncasecmp(text + i, words[k], n) && (i + n == b || !is_alpha((unsigned char)text[i + n])))
                w = (int)n;
        }
        if (!w)
            return 0;
        i += (size_t)w;
    }
    return 1;
}

/* "Q1 2026/27 April to June 2026", "Q3 2026/27 to date 1 October to 30
 * November 2026": a period label and, beside it, the days it covers (a
 * table's two-line period cell): the narrower of the two, where one lies
 * inside the other and nothing else is said. 1 found, else 0. */
static int restated(const char *text, const struct foi_period_ctx *ctx, struct foi_period *out)
{
    size_t n = strlen(text), digits = 0;
    if (n > 160)
        return 0;
    for (size_t i = 0; i < n; i++)
        digits += is_digit((unsigned char)text[i]);
    if (digits < 6)
        return 0;   /* two periods need more figures than one */
    struct foi_period ps[3];
    size_t at[3], len[3];
    if (foi_period_find_all(text, ctx, ps, at, len, 3) != 2 || !ps[0].resolved || !ps[1].resolved)
        return 0;
    if (!restate_gap(text, 0, at[0]) || !restate_gap(text, at[0] + len[0], at[1]) ||
        !restate_gap(text, at[1] + len[1], n))
        return 0;
    int b_in_a = foi_date_cmp(&ps[1].start, &ps[0].start) >= 0 && foi_date_cmp(&ps[1].end, &ps[0].end) <= 0;
    int a_in_b = foi_date_cmp(&ps[0].start, &ps[1].start) >= 0 && foi_date_cmp(&ps[0].end, &ps[1].end) <= 0;
    if (b_in_a)
        *out = ps[1];
    else if (a_in_b)
        *out = ps[0];
    else
        return 0;
    return 1;
}

static int period_parse(const char *text, const struct foi_period_ctx *ctx, struct foi_period *out)
{
    int r = parse_one(text, ctx, out);
    if (r || !text)
        return r;
    if (restated(text, ctx, out))
        return 1;
    memset(out, 0, sizeof *out);
    return 0;
}

/* The answers for short texts read without context: a document's readers ask
 * about the same header and row cells again and again (a table's shape, its
 * labels, each cell's kind), and the answer depends on the text alone.
 * Direct-mapped by a hash of the text, per thread. */
#define PMEMO_SLOTS 2048
#define PMEMO_TEXT 56
struct pmemo {
    unsigned char len;              /* 0: empty slot */
    char text[PMEMO_TEXT];
    int r;
    struct foi_period out;
};
static _Thread_local struct pmemo pmemo[PMEMO_SLOTS];

/* Every field of the context is checked here: a field added to it must be
 * added here too, or its answers would be served from the memo. */
_Static_assert(sizeof(struct foi_period_ctx) == sizeof(void *) + 2 * sizeof(int) + sizeof(struct foi_date) +
                   (sizeof(void *) == 8 ? 4 : 0),
               "foi_period_ctx changed: update plain_ctx");
static int plain_ctx(const struct foi_period_ctx *c)
{
    return !c || (!c->request && !c->bare_year_is_fy && !c->letter_date.y && !c->allow_excel_serial);
}

int foi_period_parse(const char *text, const struct foi_period_ctx *ctx, struct foi_period *out)
{
    size_t n;
    if (!text || !plain_ctx(ctx) || !(n = strlen(text)) || n >= PMEMO_TEXT)
        return period_parse(text, ctx, out);
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)text[i]) * 16777619u;
    struct pmemo *m = &pmemo[(h ^ h >> 16) & (PMEMO_SLOTS - 1)];
    if (m->len == n && !memcmp(m->text, text, n)) {
        *out = m->out;
        return m->r;
    }
    int r = period_parse(text, ctx, out);
    m->len = (unsigned char)n;
    memcpy(m->text, text, n);
    m->r = r;
    m->out = *out;
    return r;
}

/* Is the match [a, b) of the text free of glue to a reference, a phone number,
 * an amount or an Act's year? */
/* Does the text after a period say it runs on with no end ("April 2026
 * onwards", "2025 and later", "1 April 2024 and after")? */
static int open_after(const char *s, size_t n, size_t b)
{
    static const char *const w[] = { "onwards", "onward", "and later", "or later", "and after", "and beyond", NULL };
    while (b < n && (s[b] == ' ' || s[b] == '\t'))
        b++;
    for (int k = 0; w[k]; k++) {
        size_t l = strlen(w[k]);
        if (b + l <= n && !strncasecmp(s + b, w[k], l) && (b + l == n || !is_alpha((unsigned char)s[b + l])))
            return 1;
    }
    return 0;
}

static int bounded(const char *s, size_t n, size_t a, size_t b, const struct pe *r)
{
    const unsigned char *u = (const unsigned char *)s;
    if (a > 0) {
        unsigned char c = u[a - 1];
        if (c < 0x80) {
            if (is_digit(c) || is_alpha(c) || strchr("/._-$#", c))
                return 0;
        } else {
            /* the UTF-8 character before: £ € and glued dashes are glue, letters too */
            size_t k = a - 1;
            while (k > 0 && (u[k] & 0xC0) == 0x80 && a - 1 - k < 3)
                k--;
            char cls;
            size_t pw = punct_at(u + k, a - k, &cls);
            if (pw == a - k) {
                if (cls == 'L' || cls == '-')
                    return 0;
            } else if (!space_at(u + k, a - k)) {
                return 0;
            }
        }
    }
    if (b < n) {
        unsigned char c = u[b];
        if (is_digit(c) || is_alpha(c) || c == '_' || c == '%')
            return 0;
        char cls = 0;
        size_t pw = c >= 0x80 ? punct_at(u + b, n - b, &cls) : 0;
        if (c >= 0x80 && !pw && !space_at(u + b, n - b))
            return 0;                       /* glued to a letter */
        size_t nx = b + (pw ? pw : 1);
        if ((strchr("/.-", c) || cls == '-') && nx < n && (is_digit(u[nx]) || is_alpha(u[nx])))
            return 0;                       /* 2022/00789, 2023-0412, 2019.xls */
        if ((c == ',' || c == ':') && nx < n && is_digit(u[nx]))
            return 0;                       /* 2,019 12:30 */
    }
    if (r->bare_year || r->short_fy) {
        /* "Freedom of Information Act 2000", "Regulations 2012", "ref 2021";
         * "FOI 24/25", "sections 30/31" */
        size_t k = a;
        while (k > 0 && (u[k - 1] == ' ' || u[k - 1] == '\t' || u[k - 1] == '\n' || u[k - 1] == '\r'))
            k--;
        size_t we = k;
        while (k > 0 && is_alpha(u[k - 1]))
            k--;
        char w[16];
        size_t wl = we - k;
        if (wl > 0 && wl < sizeof w) {
            for (size_t i = 0; i < wl; i++)
                w[i] = (char)lower_ascii(u[k + i]);
            w[wl] = 0;
            static const char *const legal[] = { "act", "acts", "regulations", "regulation", "order",
                "rules", "bill", "code", "directive", "no", "number", "ref", "reference", "tel" };
            for (size_t i = 0; i < sizeof legal / sizeof legal[0]; i++)
                if (strcmp(w, legal[i]) == 0)
                    return 0;
            static const char *const refs[] = { "foi", "request", "case", "section", "sections", "s",
                "page", "pages", "paragraph", "para", "item", "question" };
            for (size_t i = 0; r->short_fy && i < sizeof refs / sizeof refs[0]; i++)
                if (strcmp(w, refs[i]) == 0)
                    return 0;
        }
    }
    return 1;
}

/* Find the first period at or after byte `from`. */
/* The text's tokens, all of them (a window of WINDOW tokens is parsed from
 * each start in turn): on the stack for short texts. */
struct toks {
    struct tok *t;
    int n;
    struct tok small[256];
    int heap;
};

/* Tokenize the whole of text[0..n). 0, or -1 when out of memory. */
static int all_tokens(const char *text, size_t n, struct toks *tk)
{
    tk->t = tk->small;
    tk->n = 0;
    tk->heap = 0;
    int cap = (int)(sizeof tk->small / sizeof tk->small[0]);
    size_t pos = 0;
    for (;;) {
        int room = cap - tk->n;
        int got = tokenize(text, n, pos, tk->t + tk->n, room);
        /* tokenize marks a first token after pos 0 by the space before it,
         * as it is in the whole text: the pieces join up exactly */
        tk->n += got;
        if (got < room)
            return 0;
        const struct tok *last = &tk->t[tk->n - 1];
        pos = last->at + last->len;
        if (pos >= n)
            return 0;
        int ncap = cap * 2;
        struct tok *bigger = foi_malloc((size_t)ncap * sizeof *bigger);
        if (!bigger)
            return -1;
        memcpy(bigger, tk->t, (size_t)tk->n * sizeof *bigger);
        if (tk->heap)
            foi_free(tk->t);
        tk->t = bigger;
        tk->heap = 1;
        cap = ncap;
    }
}

static void free_tokens(struct toks *tk)
{
    if (tk->heap)
        foi_free(tk->t);
}

/* Can an expression (expr: relative, range or atom) start at token t? 0
 * only when none can: every rule above opens with a number of 1, 2 or 4
 * digits, an ordinal, a month's name or one of the words below (relative:
 * "the", "last", "past", "previous", a count word, "financial", "year",
 * "month"; range: "between", "from", "since"; atom_fy and atom_quarter: "financial",
 * "fiscal", "fy", "ytd", "fytd", "q", "quarter"; atom_year: "calendar", "cy"; atom_half:
 * "first", "second", "third", "fourth"). A filter
 * only: match_here at such a token finds nothing and moves one token on,
 * which is what the callers do without asking it. Keep it in step with
 * those rules (test_period.c tries a phrase opening with each word). */
static int may_open(const struct tok *t)
{
    if (t->type == T_NUM)
        return t->ndig == 1 || t->ndig == 2 || t->ndig == 4;
    if (t->type == T_ORD)
        return 1;
    if (t->type != T_WORD || t->w[0] < 'a' || t->w[0] > 'z')
        return 0;
    /* by first letter: the words, and (3) the first three letters of a
     * month's name, any word so opening being one month_of may take */
    static const char *const opens[26][12] = {
        ['a' - 'a'] = { "3apr", "3aug", "awst" },
        ['b' - 'a'] = { "between" },
        ['c' - 'a'] = { "calendar", "cy", "chwefror" },
        ['d' - 'a'] = { "3dec" },
        ['e' - 'a'] = { "eight", "eleven", "ebrill" },
        ['f' - 'a'] = { "3feb", "financial", "fiscal", "five", "four", "from", "fy", "fye", "first", "fourth", "fytd" },
        ['g' - 'a'] = { "gorffennaf" },
        ['h' - 'a'] = { "hydref", "h" },
        ['i' - 'a'] = { "ionawr" },
        ['j' - 'a'] = { "3jan", "3jun", "3jul" },
        ['l' - 'a'] = { "last" },
        ['m' - 'a'] = { "3mar", "3may", "month", "mawrth", "mai", "mehefin", "medi" },
        ['n' - 'a'] = { "3nov", "nine" },
        ['o' - 'a'] = { "3oct", "one" },
        ['p' - 'a'] = { "past", "previous" },
        ['q' - 'a'] = { "q", "quarter" },
        ['r' - 'a'] = { "rhagfyr" },
        ['s' - 'a'] = { "3sep", "seven", "six", "second", "since" },
        ['t' - 'a'] = { "the", "ten", "three", "twelve", "two", "third", "tachwedd" },
        ['y' - 'a'] = { "year", "ytd", "ye", "y" },
    };
    const char *w = t->w;
    for (const char *const *o = opens[w[0] - 'a']; o < opens[w[0] - 'a'] + 12 && *o; o++) {
        if ((*o)[0] == '3') {
            if (w[1] == (*o)[2] && w[1] && w[2] == (*o)[3])
                return 1;
        } else if (!strcmp(w, *o)) {
            return 1;
        }
    }
    return 0;
}

/* The first period expression at or after token *idx: 1 (out, at, len set,
 * *idx past it) or 0. */
/* Is there a period starting at token t[0] (nt tokens from there)? 1 with
 * *out, its place and *used (the tokens it takes); 0, *used the tokens to
 * skip (an ambiguous expression whole, else 1). */
static int tok_word(const struct tok *t, const char *w)
{
    return t->type == T_WORD && strcmp(t->w, w) == 0;
}

/* Do the tokens before t[i] list financial years in GOV.UK's style,
 * "financial years 2023 to 2024 and", "financial year: 2022 to 2023, 2023
 * to 2024,": then a year "to" the next at t[i] is one more of them. */
static int fy_list_before(const struct tok *t, int i)
{
    int j = i - 1, pairs = 0, joins = 0;
    while (j >= 0) {
        if (tok_word(&t[j], "and") || tok_word(&t[j], "or") || (t[j].type == T_P && (t[j].p == ',' || t[j].p == '&'))) {
            if (pairs == 0 && joins > 0 && t[j].type != T_P)
                return 0;
            joins++, j--;
        } else if (j >= 2 && t[j].type == T_NUM && t[j].ndig == 4 && tok_word(&t[j - 1], "to") &&
                   t[j - 2].type == T_NUM && t[j - 2].ndig == 4 && t[j].num == t[j - 2].num + 1) {
            if (!joins)
                return 0;   /* two pairs with nothing between */
            pairs++, j -= 3, joins = 0;
        } else {
            break;
        }
    }
    if (!pairs || joins || j < 1)
        return 0;
    if (t[j].type == T_P && t[j].p == ':')
        j--;
    return j >= 1 && (tok_word(&t[j], "year") || tok_word(&t[j], "years")) &&
           (tok_word(&t[j - 1], "financial") || tok_word(&t[j - 1], "fiscal"));
}

static int match_here(const char *text, size_t n, const struct tok *t, int nt, const struct foi_period_ctx *ctx,
                      struct foi_period *out, size_t *at, size_t *len, int *used, int fy_list)
{
    struct P p = { t, nt, ctx };
    struct pe r;
    int y, c;
    if (fy_list && (c = fy_to_core(&p, 0, &y))) {
        /* "... financial years 2023 to 2024 and 2024 to 2025": the second pair */
        memset(&r, 0, sizeof r);
        set_fy(&r, y);
        size_t a = t[0].at, b = t[c - 1].at + t[c - 1].len;
        to_period(&r, out);
        if (at)
            *at = a;
        if (len)
            *len = b - a;
        *used = c;
        return 1;
    }
    c = expr(&p, 0, &r);
    if (c)
        c += fy_word_after(&p, c, &r);
    if (c)
        fy_months_paren(&p, c, &r);
    if (c && !r.partial && !r.ambiguous) {
        int j = c + paren_extend(&p, c, &r);
        size_t a = t[0].at, b = t[j - 1].at + t[j - 1].len;
        /* "April 2026 onwards": open-ended, no period (and none of its parts) */
        if (open_after(text, n, b)) {
            *used = j;
            return 0;
        }
        /* a leading "between"/"from"/"the" belongs to the match */
        if (bounded(text, n, a, b, &r)) {
            to_period(&r, out);
            if (at)
                *at = a;
            if (len)
                *len = b - a;
            *used = j;
            return 1;
        }
    }
    *used = (c && r.ambiguous) ? c : 1;
    return 0;
}

static int find_at(const char *text, size_t n, const struct toks *tk, int *idx, const struct foi_period_ctx *ctx,
                   struct foi_period *out, size_t *at, size_t *len)
{
    int i = *idx;
    while (i < tk->n) {
        if (!may_open(&tk->t[i])) {
            i++;
            continue;
        }
        int nt = tk->n - i < WINDOW ? tk->n - i : WINDOW, used;
        int hit = match_here(text, n, tk->t + i, nt, ctx, out, at, len, &used, fy_list_before(tk->t, i));
        i += used;
        if (hit) {
            *idx = i;
            return 1;
        }
    }
    *idx = tk->n;
    return 0;
}

/* Without the token list (out of memory): a window tokenized at each start. */
static int find_from(const char *text, size_t n, size_t from, const struct foi_period_ctx *ctx,
                     struct foi_period *out, size_t *at, size_t *len)
{
    size_t pos = from;
    struct tok t[WINDOW];
    while (pos < n) {
        int nt = tokenize(text, n, pos, t, WINDOW), used;
        if (nt == 0)
            return 0;
        if (!may_open(&t[0]))
            used = 1;
        else if (match_here(text, n, t, nt, ctx, out, at, len, &used, 0))
            return 1;
        pos = t[used - 1].at + t[used - 1].len;
    }
    return 0;
}

int foi_period_find(const char *text, const struct foi_period_ctx *ctx,
                    struct foi_period *out, size_t *at, size_t *len)
{
    memset(out, 0, sizeof *out);
    if (!text)
        return 0;
    size_t n = strlen(text);
    struct toks tk;
    if (all_tokens(text, n, &tk))
        return find_from(text, n, 0, ctx, out, at, len);
    int idx = 0;
    int rc = find_at(text, n, &tk, &idx, ctx, out, at, len);
    free_tokens(&tk);
    return rc;
}

int foi_period_find_all(const char *text, const struct foi_period_ctx *ctx,
                        struct foi_period *out, size_t *at, size_t *len, int max)
{
    if (!text || max <= 0)
        return 0;
    size_t n = strlen(text), pos = 0;
    int k = 0;
    struct toks tk;
    if (all_tokens(text, n, &tk)) {
        while (k < max && pos < n) {
            size_t a, l;
            if (!find_from(text, n, pos, ctx, &out[k], &a, &l))
                break;
            if (at)
                at[k] = a;
            if (len)
                len[k] = l;
            k++;
            pos = a + (l ? l : 1);
        }
        return k;
    }
    int idx = 0;
    while (k < max && idx < tk.n) {
        size_t a, l;
        if (!find_at(text, n, &tk, &idx, ctx, &out[k], &a, &l))
            break;
        if (at)
            at[k] = a;
        if (len)
            len[k] = l;
        k++;
    }
    free_tokens(&tk);
    return k;
}

int foi_period_is(const char *text)
{
    struct foi_period p;
    return foi_period_find(text, NULL, &p, NULL, NULL);
}
