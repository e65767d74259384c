/* comparable.c: builds the wide comparable table from the records: one row per
 * force x period x category x measure x subject, months summed into complete
 * years, rates per 1,000 officers and funnel positions. Rules: docs/rates.md. */
#include "comparable.h"
#include "funnel.h"
#include "workforce.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NATIONAL_ID "england-and-wales"   /* SPEC: national figures, not a force */
#define MULTIPLE_ID "multiple"            /* SPEC: a file of several forces */

static int s_cmp(const char *a, const char *b) { return a == b ? 0 : strcmp(a ? a : "", b ? b : ""); }

/* ------------------------------------------------------------ dates */
static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int mdays(int y, int m)
{
    static const int d[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && leap(y) ? 29 : d[(m - 1) % 12];
}

/* "YYYY-MM-DD" -> date; 1 ok */
static int iso_parse(const char *s, struct foi_date *d)
{
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return 0;
        } else if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    if (s[10])
        return 0;
    d->y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    d->m = (s[5] - '0') * 10 + (s[6] - '0');
    d->d = (s[8] - '0') * 10 + (s[9] - '0');
    return d->m >= 1 && d->m <= 12 && d->d >= 1 && d->d <= mdays(d->y, d->m);
}

static void iso_write(char *buf, const struct foi_date *d)
{
    snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)d->y % 10000u, (unsigned)d->m % 100u,
             (unsigned)d->d % 100u);
}

/* A period that is exactly one calendar month: its month index y*12+m-1, else -1. */
static long month_index(const char *ps, const char *pe)
{
    struct foi_date a, b;
    if (!iso_parse(ps, &a) || !iso_parse(pe, &b))
        return -1;
    if (a.d != 1 || a.y != b.y || a.m != b.m || b.d != mdays(b.y, b.m))
        return -1;
    return (long)a.y * 12 + a.m - 1;
}

static void month_span(long start, char *ps, char *pe)
{
    struct foi_date a = { (int)(start / 12), (int)(start % 12) + 1, 1 };
    long last = start + 11;
    struct foi_date b = { (int)(last / 12), (int)(last % 12) + 1, 0 };
    b.d = mdays(b.y, b.m);
    iso_write(ps, &a);
    iso_write(pe, &b);
}

/* ------------------------------------------------------------ outcomes */
static int add_outcome(struct foi_comparable *cmp, size_t *alloc, const char *id)
{
    for (int i = 0; i < cmp->noutcomes; i++)
        if (!strcmp(cmp->outcomes[i], id))
            return 0;
    if (foi_grow((void **)&cmp->outcomes, alloc, (size_t)cmp->noutcomes, sizeof *cmp->outcomes))
        return FOI_ENOMEM;
    const char *s = foi_arena_strdup(&cmp->arena, id);
    if (!s)
        return FOI_ENOMEM;
    cmp->outcomes[cmp->noutcomes++] = s;
    return 0;
}

static int rec_ptr_cmp(const void *a, const void *b)
{
    return foi_record_cmp(*(const struct foi_record *const *)a, *(const struct foi_record *const *)b);
}

static int long_cmp(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static int str_ptr_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int foi_comparable_outcomes(const struct foi_taxonomy *tax, const char ***out, int *n)
{
    *out = NULL;
    *n = 0;
    int cap = 1 + (tax ? foi_taxonomy_count(tax, FOI_VOCAB_OUTCOME) : 0);
    const char **v = foi_malloc((size_t)(cap + 1) * sizeof *v);
    if (!v)
        return FOI_ENOMEM;
    int k = 0;
    v[k++] = "total";
    const char *id;
    for (int i = 0; tax && (id = foi_taxonomy_id_at(tax, FOI_VOCAB_OUTCOME, i)) && k < cap; i++) {
        int dup = 0;
        for (int j = 0; j < k && !dup; j++)
            dup = !strcmp(v[j], id);
        if (!dup)
            v[k++] = id;
    }
    *out = v;
    *n = k;
    return 0;
}

/* Without a taxonomy: "total", then the outcomes seen in the records in
 * alphabetical order. */
static int outcomes_seen(const struct foi_dataset *ds, const char ***out, int *nout)
{
    const char **seen = foi_malloc((ds->nrecords + 2) * sizeof *seen);
    if (!seen)
        return FOI_ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < ds->nrecords; i++)
        if (ds->records[i].outcome && *ds->records[i].outcome && strcmp(ds->records[i].outcome, "total"))
            seen[n++] = ds->records[i].outcome;
    if (n)
        qsort(seen, n, sizeof *seen, str_ptr_cmp);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || strcmp(seen[i], seen[u - 1]))
            seen[u++] = seen[i];
    memmove(seen + 1, seen, u * sizeof *seen);
    seen[0] = "total";
    *out = seen;
    *nout = (int)u + 1;
    return 0;
}

static int outcome_col(const struct foi_comparable *cmp, const char *id)
{
    if (!id)
        return -1;
    for (int i = 0; i < cmp->noutcomes; i++)
        if (!strcmp(cmp->outcomes[i], id))
            return i;
    return -1;
}

static int make_columns(struct foi_comparable *cmp)
{
    static const char *const head[] = { "force_id", "force_name", "period_start", "period_end",
                                        "category", "measure", "subject" };
    static const char *const tail[] = { "officers", "officers_date", "rate_per_1000", "funnel" };
    int n = 7 + cmp->noutcomes + 4;
    cmp->columns = foi_arena_alloc(&cmp->arena, (size_t)(n + 1) * sizeof *cmp->columns);
    if (!cmp->columns)
        return FOI_ENOMEM;
    int k = 0;
    for (int i = 0; i < 7; i++)
        cmp->columns[k++] = head[i];
    for (int i = 0; i < cmp->noutcomes; i++)
        cmp->columns[k++] = cmp->outcomes[i];
    for (int i = 0; i < 4; i++)
        cmp->columns[k++] = tail[i];
    cmp->columns[k] = NULL;
    cmp->ncolumns = n;
    return 0;
}

/* ------------------------------------------------------------ cells */
static int same_value(const struct foi_cmp_cell *c, const struct foi_value *v)
{
    if (c->status != v->status)
        return 0;
    switch (v->status) {
    case FOI_VS_REPORTED:
        return c->value == v->value;
    case FOI_VS_APPROXIMATE:
        return c->has_value == v->has_value && (!v->has_value || c->value == v->value) &&
               c->has_min == v->has_min && (!v->has_min || c->min == v->min) &&
               c->has_max == v->has_max && (!v->has_max || c->max == v->max);
    default:
        return 1;   /* suppressed, refused, not held: the same statement */
    }
}

static void cell_merge(struct foi_cmp_cell *c, const struct foi_value *v)
{
    if (!c->present) {
        c->present = 1;
        c->status = v->status;
        c->value = v->value;
        c->has_value = v->status == FOI_VS_REPORTED ? 1 : v->has_value;
        c->has_min = v->has_min;
        c->has_max = v->has_max;
        c->min = v->min;
        c->max = v->max;
        return;
    }
    if (!c->conflict && !same_value(c, v)) {
        c->conflict = 1;
        c->status = FOI_VS_NONE;
    }
}

static int cell_text(struct foi_arena *a, struct foi_cmp_cell *c)
{
    if (!c->present) {
        c->text = "";
        return 0;
    }
    if (c->conflict) {
        c->text = "conflict";
        return 0;
    }
    switch (c->status) {
    case FOI_VS_REPORTED:
        c->text = foi_arena_printf(a, "%" PRId64, c->value);
        break;
    case FOI_VS_APPROXIMATE:
        if (c->has_value)
            c->text = foi_arena_printf(a, "~%" PRId64, c->value);
        else if (c->has_min && c->has_max)
            c->text = foi_arena_printf(a, "%" PRId64 "-%" PRId64, c->min, c->max);
        else if (c->has_min)
            c->text = foi_arena_printf(a, ">=%" PRId64, c->min);
        else if (c->has_max)
            c->text = foi_arena_printf(a, "<=%" PRId64, c->max);
        else
            c->text = "approximate";
        break;
    case FOI_VS_SUPPRESSED: c->text = "suppressed"; break;
    case FOI_VS_REFUSED: c->text = "refused"; break;
    case FOI_VS_NOT_HELD: c->text = "not_held"; break;
    case FOI_VS_NCND: c->text = "ncnd"; break;
    default: c->text = ""; break;
    }
    return c->text ? 0 : FOI_ENOMEM;
}

/* ------------------------------------------------------------ rows */
/* A table under construction: the rows in a growing array, their strings
 * in arena a (the builder's is per force; a foi_comparable's for good). */
static int new_row_in(struct foi_cmp_row **rows, size_t *nrows, size_t *arows, struct foi_arena *a, int ncells,
                      const char *force_id, const char *force_name, const char *ps, const char *pe,
                      const char *cat, const char *meas, const char *subj, size_t *index)
{
    if (foi_grow((void **)rows, arows, *nrows, sizeof **rows))
        return FOI_ENOMEM;
    struct foi_cmp_row *r = &(*rows)[*nrows];
    memset(r, 0, sizeof *r);
    r->force_id = foi_arena_strdup(a, force_id ? force_id : "");
    r->force_name = foi_arena_strdup(a, force_name ? force_name : (force_id ? force_id : ""));
    r->category = foi_arena_strdup(a, cat ? cat : "");
    r->measure = foi_arena_strdup(a, meas ? meas : "");
    r->subject = foi_arena_strdup(a, subj ? subj : "");
    r->cells = foi_arena_alloc(a, (size_t)(ncells ? ncells : 1) * sizeof *r->cells);
    if (!r->force_id || !r->force_name || !r->category || !r->measure || !r->subject || !r->cells)
        return FOI_ENOMEM;
    foi_strlcpy(r->period_start, sizeof r->period_start, ps);
    foi_strlcpy(r->period_end, sizeof r->period_end, pe);
    r->officers = -1;
    r->funnel = "";
    *index = (*nrows)++;
    return 0;
}

int foi_cmp_row_key_cmp(const struct foi_cmp_row *a, const struct foi_cmp_row *b)
{
    int c;
    if ((c = s_cmp(a->force_id, b->force_id))) return c;
    if ((c = strcmp(a->period_start, b->period_start))) return c;
    if ((c = strcmp(a->period_end, b->period_end))) return c;
    if ((c = s_cmp(a->category, b->category))) return c;
    if ((c = s_cmp(a->measure, b->measure))) return c;
    return s_cmp(a->subject, b->subject);
}

static int row_qcmp(const void *a, const void *b) { return foi_cmp_row_key_cmp(a, b); }

/* Does record r belong in row w (same force, period, category, measure, subject)? */
static int in_row(const struct foi_cmp_row *w, const struct foi_record *r)
{
    return !s_cmp(w->force_id, r->force_id) && !strcmp(w->period_start, r->period_start) &&
           !strcmp(w->period_end, r->period_end) && !s_cmp(w->category, r->category) &&
           !s_cmp(w->measure, r->measure) && !s_cmp(w->subject, r->subject);
}

static int eligible(const struct foi_record *r)
{
    return r->force_id && *r->force_id && strcmp(r->force_id, MULTIPLE_ID) != 0 &&
           r->period_start[0] && r->period_end[0] && r->v.status != FOI_VS_NONE;
}

/* ------------------------------------------------------------ the builder */
struct mon {
    const char *source_file;   /* in the force's arena, one copy per file */
    long ym;
};

static int mon_cmp(const void *pa, const void *pb)
{
    const struct mon *a = pa, *b = pb;
    int c = s_cmp(a->source_file, b->source_file);
    if (c)
        return c;
    return a->ym < b->ym ? -1 : a->ym > b->ym;
}

struct foi_cmp_builder {
    struct foi_comparable t;     /* outcomes and columns; rows: the current force's */
    size_t arows;
    struct foi_arena fa;          /* the current force's strings */
    const struct foi_workforce *wf;
    const struct foi_issue_sink *issues;
    foi_cmp_row_fn rowfn;
    void *ctx;
    int active;                   /* a force is open */
    struct mon *mons;             /* its listed months */
    size_t nmon, amon;
    const char *last_src;         /* the last monthly record's file (its copy) */
    size_t nout;                  /* rows handed out */
    foi_cmp_direct_fn keep_direct;
    foi_cmp_month_fn keep_month;
    void *keep_ctx;
    char *force;                  /* the force being fed (add_direct, add_month) */
    /* funnel groups: period, category, measure, subject */
    struct foi_arena ga;
    struct foi_cmp_group *groups;
    size_t ngroups, agroups;
    uint32_t *gslot;              /* index + 1 */
    size_t gmask;
    int finished;
    /* rows handed in finished (add_finished): their force and the period
     * of its last no_denominator issue */
    char *fin_force;
    char fin_ps[11], fin_pe[11];
    int fin_have;
};

static struct foi_cmp_row *rows_of(struct foi_cmp_builder *b) { return b->t.rows; }

static int b_new_row(struct foi_cmp_builder *b, const char *force_id, const char *force_name, const char *ps,
                     const char *pe, const char *cat, const char *meas, const char *subj, size_t *index)
{
    return new_row_in(&b->t.rows, &b->t.nrows, &b->arows, &b->fa, b->t.noutcomes, force_id, force_name, ps, pe,
                      cat, meas, subj, index);
}

/* Sum the cells of the monthly rows mrows[] into row r. */
static int sum_cells(struct foi_comparable *cmp, struct foi_cmp_row *r, const size_t *mrows, size_t nm)
{
    for (int c = 0; c < cmp->noutcomes; c++) {
        struct foi_cmp_cell *out = &r->cells[c];
        int conflict = 0, refused = 0, ncnd = 0, nh = 0, supp = 0, approx = 0, approx_noval = 0;
        int64_t sum = 0;
        for (size_t k = 0; k < nm; k++) {
            const struct foi_cmp_cell *x = &cmp->rows[mrows[k]].cells[c];
            if (!x->present)
                continue;   /* a listed month without this figure: none in it */
            out->present = 1;
            if (x->conflict) {
                conflict = 1;
                continue;
            }
            switch (x->status) {
            case FOI_VS_REFUSED: refused = 1; continue;
            case FOI_VS_NOT_HELD: nh = 1; continue;
            case FOI_VS_NCND: ncnd = 1; continue;
            case FOI_VS_SUPPRESSED: supp = 1; continue;
            case FOI_VS_APPROXIMATE:
                approx = 1;
                if (!x->has_value) {
                    approx_noval = 1;
                    continue;
                }
                break;
            default:
                break;
            }
            if (__builtin_add_overflow(sum, x->value, &sum))
                return FOI_ERANGE;
        }
        if (!out->present)
            continue;
        if (conflict) {
            out->conflict = 1;
            out->status = FOI_VS_NONE;
        } else if (refused) {
            out->status = FOI_VS_REFUSED;
        } else if (ncnd) {
            out->status = FOI_VS_NCND;
        } else if (nh) {
            out->status = FOI_VS_NOT_HELD;
        } else if (supp) {
            out->status = FOI_VS_SUPPRESSED;   /* a sum with a suppressed part is not a number */
        } else if (approx) {
            out->status = FOI_VS_APPROXIMATE;
            out->has_value = !approx_noval;
            out->value = sum;
        } else {
            out->status = FOI_VS_REPORTED;
            out->has_value = 1;
            out->value = sum;
        }
    }
    return 0;
}

/* Months listed by a source for the force: every complete financial year
 * (April..March) and calendar year (January..December) becomes a summed row
 * per category x measure x subject, unless a source gave that row itself.
 * The force's rows from sources are b->t.rows[0..nrows), in key order. */
static int sum_months(struct foi_cmp_builder *b)
{
    struct foi_comparable *cmp = &b->t;
    struct mon *mons = b->mons;
    size_t nmon = b->nmon;
    long *spans = NULL;
    size_t nspan = 0, aspan = 0;
    size_t *mrows = NULL;
    int rc = 0;
    if (!nmon)
        return 0;
    /* sorted and unique (flush_force) */
    /* a year is complete for a source when its twelve months are all listed;
     * in a sorted unique list that is: twelve entries on, the month is start + 11 */
    for (size_t i = 0; i < nmon; i++) {
        long ym = mons[i].ym;
        int m = (int)(ym % 12) + 1;
        if (m != 1 && m != 4)
            continue;
        if (i + 11 >= nmon || s_cmp(mons[i + 11].source_file, mons[i].source_file) || mons[i + 11].ym != ym + 11)
            continue;
        if ((rc = foi_grow((void **)&spans, &aspan, nspan, sizeof *spans)))
            goto out;
        spans[nspan++] = ym;
    }
    if (!nspan)
        goto out;
    qsort(spans, nspan, sizeof *spans, long_cmp);
    size_t ndirect = cmp->nrows;   /* rows from sources, sorted by key */
    mrows = foi_malloc((ndirect ? ndirect : 1) * sizeof *mrows);
    if (!mrows) {
        rc = FOI_ENOMEM;
        goto out;
    }
    for (size_t s = 0; s < nspan; s++) {
        if (s > 0 && spans[s - 1] == spans[s])
            continue;
        long start = spans[s];
        char ps[11], pe[11];
        month_span(start, ps, pe);
        for (size_t i = 0; i < ndirect; i++) {
            long ym = month_index(cmp->rows[i].period_start, cmp->rows[i].period_end);
            if (ym < start || ym > start + 11)
                continue;
            /* first in-span month row of its category x measure x subject? */
            const struct foi_cmp_row *ri = &cmp->rows[i];
            int seen = 0, exists = 0;
            for (size_t j = 0; j < i && !seen; j++) {
                long yj = month_index(cmp->rows[j].period_start, cmp->rows[j].period_end);
                seen = yj >= start && yj <= start + 11 && !s_cmp(cmp->rows[j].category, ri->category) &&
                       !s_cmp(cmp->rows[j].measure, ri->measure) && !s_cmp(cmp->rows[j].subject, ri->subject);
            }
            if (seen)
                continue;
            for (size_t j = 0; j < ndirect && !exists; j++)
                exists = !strcmp(cmp->rows[j].period_start, ps) && !strcmp(cmp->rows[j].period_end, pe) &&
                         !s_cmp(cmp->rows[j].category, ri->category) &&
                         !s_cmp(cmp->rows[j].measure, ri->measure) &&
                         !s_cmp(cmp->rows[j].subject, ri->subject);
            if (exists)
                continue;   /* a source gave the year itself: never replaced by a sum */
            size_t nm = 0;
            for (size_t j = i; j < ndirect; j++) {
                long yj = month_index(cmp->rows[j].period_start, cmp->rows[j].period_end);
                if (yj >= start && yj <= start + 11 && !s_cmp(cmp->rows[j].category, ri->category) &&
                    !s_cmp(cmp->rows[j].measure, ri->measure) && !s_cmp(cmp->rows[j].subject, ri->subject))
                    mrows[nm++] = j;
            }
            size_t idx;
            if ((rc = b_new_row(b, ri->force_id, ri->force_name, ps, pe, ri->category, ri->measure, ri->subject,
                                &idx)))
                goto out;
            /* cmp->rows may have moved: address rows by index only */
            cmp->rows[idx].summed = 1;
            if ((rc = sum_cells(cmp, &cmp->rows[idx], mrows, nm)))
                goto out;
        }
    }
out:
    foi_free(spans);
    foi_free(mrows);
    return rc;
}

/* Is row r one a rate is worked out for: its total a reported count, its
 * subject not staff? */
static int rate_wanted(const struct foi_cmp_row *r)
{
    const struct foi_cmp_cell *t = &r->cells[0];   /* "total" is column 0 */
    if (!t->present || t->conflict || t->status != FOI_VS_REPORTED)
        return 0;
    return strcmp(r->subject, "staff") != 0;   /* officer denominators say nothing about staff */
}

/* Row r wants a rate and has no headcount: its no_denominator issue, once
 * per force x period (prev_ps/prev_pe: the period of the force's last one,
 * NULL when none). 1 when this row is now the last one, 0 when the period
 * had it already, or -code. */
static int no_denominator(struct foi_cmp_builder *b, const struct foi_cmp_row *r, const char *prev_ps,
                          const char *prev_pe)
{
    if (prev_ps && !strcmp(prev_ps, r->period_start) && !strcmp(prev_pe, r->period_end))
        return 0;   /* once per force x period */
    if (!b->issues)
        return 1;
    char loc[160];
    snprintf(loc, sizeof loc, "force %s period %s..%s", r->force_id, r->period_start, r->period_end);
    int rc = foi_issue_emit(b->issues, FOI_SEV_WARNING, "no_denominator", "", loc,
                            "no officer headcount for %s within 12 months of %s; "
                            "rate per 1,000 officers left empty", r->force_id, r->period_end);
    return rc ? -rc : 1;
}

/* The rate of one row (rows in key order; once per force x period, a
 * no_denominator issue when there is no headcount). */
static int row_rate(struct foi_cmp_builder *b, struct foi_cmp_row *r, const struct foi_cmp_row *prev_nodenom)
{
    if (!rate_wanted(r))
        return 0;
    const struct foi_cmp_cell *t = &r->cells[0];
    struct foi_date end, when;
    int64_t officers = 0;
    if (iso_parse(r->period_end, &end) && b->wf &&
        foi_workforce_lookup(b->wf, r->force_id, &end, &officers, &when) && officers > 0) {
        r->officers = officers;
        iso_write(r->officers_date, &when);
        r->rate_per_1000 = (double)t->value * 1000.0 / (double)officers;
        r->has_rate = 1;
        return 0;
    }
    return no_denominator(b, r, prev_nodenom ? prev_nodenom->period_start : NULL,
                          prev_nodenom ? prev_nodenom->period_end : NULL);
}

static size_t group_hash(const char *ps, const char *pe, const char *cat, const char *meas, const char *subj)
{
    uint64_t h = foi_hash(ps, strlen(ps));
    h = h * 31 + foi_hash(pe, strlen(pe));
    h = h * 31 + foi_hash(cat, strlen(cat));
    h = h * 31 + foi_hash(meas, strlen(meas));
    h = h * 31 + foi_hash(subj, strlen(subj));
    return (size_t)h;
}

static int group_is(const struct foi_cmp_group *g, const struct foi_cmp_row *r)
{
    return !strcmp(g->period_start, r->period_start) && !strcmp(g->period_end, r->period_end) &&
           !strcmp(g->category, r->category) && !strcmp(g->measure, r->measure) && !strcmp(g->subject, r->subject);
}

static int group_rehash(struct foi_cmp_builder *b)
{
    size_t ns = b->gmask ? (b->gmask + 1) * 2 : 256;
    while (ns < b->ngroups * 2 + 2)
        ns *= 2;
    uint32_t *s = foi_calloc(ns, sizeof *s);
    if (!s)
        return FOI_ENOMEM;
    for (size_t i = 0; i < b->ngroups; i++) {
        const struct foi_cmp_group *g = &b->groups[i];
        size_t h = group_hash(g->period_start, g->period_end, g->category, g->measure, g->subject) & (ns - 1);
        while (s[h])
            h = (h + 1) & (ns - 1);
        s[h] = (uint32_t)i + 1;
    }
    foi_free(b->gslot);
    b->gslot = s;
    b->gmask = ns - 1;
    return 0;
}

static struct foi_cmp_group *group_find(const struct foi_cmp_builder *b, const struct foi_cmp_row *r, size_t *slot)
{
    if (!b->gmask)
        return NULL;
    size_t h = group_hash(r->period_start, r->period_end, r->category, r->measure, r->subject) & b->gmask;
    while (b->gslot[h]) {
        struct foi_cmp_group *g = &b->groups[b->gslot[h] - 1];
        if (group_is(g, r))
            return g;
        h = (h + 1) & b->gmask;
    }
    if (slot)
        *slot = h;
    return NULL;
}

/* Count row r (it has a rate) into its funnel group. */
static int group_add(struct foi_cmp_builder *b, const struct foi_cmp_row *r)
{
    if ((b->ngroups + 1) * 2 > b->gmask && group_rehash(b))
        return FOI_ENOMEM;
    size_t slot = 0;
    struct foi_cmp_group *g = group_find(b, r, &slot);
    if (!g) {
        if (foi_grow((void **)&b->groups, &b->agroups, b->ngroups, sizeof *b->groups))
            return FOI_ENOMEM;
        g = &b->groups[b->ngroups];
        memset(g, 0, sizeof *g);
        memcpy(g->period_start, r->period_start, sizeof g->period_start);
        memcpy(g->period_end, r->period_end, sizeof g->period_end);
        g->category = foi_arena_strdup(&b->ga, r->category);
        g->measure = foi_arena_strdup(&b->ga, r->measure);
        g->subject = foi_arena_strdup(&b->ga, r->subject);
        if (!g->category || !g->measure || !g->subject)
            return FOI_ENOMEM;
        b->gslot[slot] = (uint32_t)b->ngroups + 1;
        b->ngroups++;
    }
    g->nrows++;
    if (__builtin_add_overflow(g->sum_total, r->cells[0].value, &g->sum_total) ||
        __builtin_add_overflow(g->sum_officers, r->officers, &g->sum_officers))
        return FOI_ERANGE;
    return 0;
}

/* The force's rows are all in: sums of months, key order, cell texts,
 * rates; counted into their groups and handed out. */
static int flush_force(struct foi_cmp_builder *b)
{
    if (!b->active)
        return 0;
    struct foi_comparable *cmp = &b->t;
    int rc = 0;
    /* the months listed: sorted by file, once each */
    if (b->nmon) {
        qsort(b->mons, b->nmon, sizeof *b->mons, mon_cmp);
        size_t u = 0;
        for (size_t i = 0; i < b->nmon; i++)
            if (u == 0 || mon_cmp(&b->mons[u - 1], &b->mons[i]))
                b->mons[u++] = b->mons[i];
        b->nmon = u;
    }
    if (b->keep_direct)
        for (size_t i = 0; i < cmp->nrows && !rc; i++)
            rc = b->keep_direct(b->keep_ctx, &cmp->rows[i]);
    if (b->keep_month)
        for (size_t i = 0; i < b->nmon && !rc; i++)
            rc = b->keep_month(b->keep_ctx, b->force ? b->force : cmp->rows[0].force_id, b->mons[i].source_file,
                               b->mons[i].ym);
    if (!rc)
        rc = sum_months(b);
    if (!rc && cmp->nrows)
        qsort(cmp->rows, cmp->nrows, sizeof *cmp->rows, row_qcmp);
    for (size_t i = 0; i < cmp->nrows && !rc; i++)
        for (int c = 0; c < cmp->noutcomes && !rc; c++)
            rc = cell_text(&b->fa, &cmp->rows[i].cells[c]);
    const struct foi_cmp_row *nodenom = NULL;
    for (size_t i = 0; i < cmp->nrows && !rc; i++) {
        int r = row_rate(b, &cmp->rows[i], nodenom);
        if (r < 0)
            rc = -r;
        else if (r > 0)
            nodenom = &cmp->rows[i];
    }
    for (size_t i = 0; i < cmp->nrows && !rc; i++) {
        const struct foi_cmp_row *r = &cmp->rows[i];
        if (r->has_rate && strcmp(r->force_id, NATIONAL_ID) != 0)
            rc = group_add(b, r);
    }
    for (size_t i = 0; i < cmp->nrows && !rc; i++) {
        rc = b->rowfn ? b->rowfn(b->ctx, &cmp->rows[i]) : 0;
        b->nout++;
    }
    cmp->nrows = 0;
    b->nmon = 0;
    b->last_src = NULL;
    b->active = 0;
    foi_free(b->force);
    b->force = NULL;
    foi_arena_release(&b->fa);
    foi_arena_init(&b->fa, 0);
    return rc;
}

int foi_cmp_builder_flush(struct foi_cmp_builder *b)
{
    return flush_force(b);
}

int foi_cmp_builder_add_finished(struct foi_cmp_builder *b, const struct foi_cmp_row *row)
{
    int rc = flush_force(b);
    if (rc)
        return rc;
    if (!b->fin_force || strcmp(b->fin_force, row->force_id)) {
        foi_free(b->fin_force);
        if (!(b->fin_force = foi_strdup(row->force_id)))
            return FOI_ENOMEM;
        b->fin_have = 0;
    }
    /* what flush_force did for it: its no_denominator issue, its group */
    if (!row->has_rate && rate_wanted(row)) {
        int r = no_denominator(b, row, b->fin_have ? b->fin_ps : NULL, b->fin_have ? b->fin_pe : NULL);
        if (r < 0)
            return -r;
        if (r > 0) {
            memcpy(b->fin_ps, row->period_start, sizeof b->fin_ps);
            memcpy(b->fin_pe, row->period_end, sizeof b->fin_pe);
            b->fin_have = 1;
        }
    }
    if (row->has_rate && strcmp(row->force_id, NATIONAL_ID) != 0 && (rc = group_add(b, row)))
        return rc;
    struct foi_cmp_row out = *row;
    out.funnel = NULL;   /* the second pass places it */
    rc = b->rowfn ? b->rowfn(b->ctx, &out) : 0;
    b->nout++;
    return rc;
}

void foi_cmp_builder_keep(struct foi_cmp_builder *b, foi_cmp_direct_fn direct, foi_cmp_month_fn month, void *ctx)
{
    b->keep_direct = direct;
    b->keep_month = month;
    b->keep_ctx = ctx;
}

int foi_cmp_eligible(const struct foi_record *r)
{
    return eligible(r);
}

long foi_cmp_month(const char *period_start, const char *period_end)
{
    return month_index(period_start, period_end);
}

/* The force being fed is force_id: the previous one is done. */
static int feed_force(struct foi_cmp_builder *b, const char *force_id)
{
    if (b->active && b->force && !strcmp(b->force, force_id))
        return 0;
    int rc = flush_force(b);
    if (rc)
        return rc;
    if (!(b->force = foi_strdup(force_id)))
        return FOI_ENOMEM;
    b->active = 1;
    return 0;
}

int foi_cmp_builder_add_month(struct foi_cmp_builder *b, const char *force_id, const char *source_file, long ym)
{
    int rc = feed_force(b, force_id);
    if (rc)
        return rc;
    if (foi_grow((void **)&b->mons, &b->amon, b->nmon, sizeof *b->mons))
        return FOI_ENOMEM;
    const char *src = NULL;
    for (size_t i = b->nmon; i-- > 0 && !src;)
        if (!strcmp(b->mons[i].source_file, source_file))
            src = b->mons[i].source_file;
    if (!src && !(src = foi_arena_strdup(&b->fa, source_file)))
        return FOI_ENOMEM;
    b->mons[b->nmon].source_file = src;
    b->mons[b->nmon].ym = ym;
    b->nmon++;
    return 0;
}

int foi_cmp_builder_add_direct(struct foi_cmp_builder *b, const struct foi_cmp_row *row)
{
    int rc = feed_force(b, row->force_id);
    if (rc)
        return rc;
    size_t idx;
    if (b_new_row(b, row->force_id, row->force_name, row->period_start, row->period_end, row->category,
                  row->measure, row->subject, &idx))
        return FOI_ENOMEM;
    struct foi_cmp_row *r = &b->t.rows[idx];
    for (int c = 0; c < b->t.noutcomes; c++) {
        r->cells[c] = row->cells[c];
        r->cells[c].text = NULL;
    }
    return 0;
}

int foi_cmp_builder_new(struct foi_cmp_builder **out, const char *const *outcomes, int noutcomes,
                        const struct foi_workforce *workforce, const struct foi_issue_sink *issues,
                        foi_cmp_row_fn row, void *ctx)
{
    *out = NULL;
    struct foi_cmp_builder *b = foi_calloc(1, sizeof *b);
    if (!b)
        return FOI_ENOMEM;
    foi_arena_init(&b->fa, 0);
    foi_arena_init(&b->ga, 0);
    int rc = foi_comparable_init(&b->t, outcomes, noutcomes);
    if (rc) {
        foi_cmp_builder_free(b);
        return rc;
    }
    b->wf = workforce;
    b->issues = issues;
    b->rowfn = row;
    b->ctx = ctx;
    *out = b;
    return 0;
}

void foi_cmp_builder_free(struct foi_cmp_builder *b)
{
    if (!b)
        return;
    foi_comparable_release(&b->t);
    foi_arena_release(&b->fa);
    foi_arena_release(&b->ga);
    foi_free(b->mons);
    foi_free(b->force);
    foi_free(b->groups);
    foi_free(b->gslot);
    foi_free(b->fin_force);
    foi_free(b);
}

int foi_cmp_builder_add(struct foi_cmp_builder *b, const struct foi_record *r)
{
    if (!eligible(r))
        return 0;
    struct foi_comparable *cmp = &b->t;
    struct foi_cmp_row *last = cmp->nrows ? &rows_of(b)[cmp->nrows - 1] : NULL;
    if (b->active && last && s_cmp(last->force_id, r->force_id)) {
        int rc = flush_force(b);
        if (rc)
            return rc;
        last = NULL;
    }
    b->active = 1;
    if (!last || !in_row(last, r)) {
        size_t idx;
        if (b_new_row(b, r->force_id, r->force_name, r->period_start, r->period_end, r->category, r->measure,
                      r->subject, &idx))
            return FOI_ENOMEM;
        last = &rows_of(b)[idx];
    }
    int c = outcome_col(cmp, r->outcome);
    if (c >= 0)
        cell_merge(&last->cells[c], &r->v);
    long ym = month_index(r->period_start, r->period_end);
    if (ym >= 0) {
        if (foi_grow((void **)&b->mons, &b->amon, b->nmon, sizeof *b->mons))
            return FOI_ENOMEM;
        /* one copy of each file name per force (records of a file come in runs) */
        const char *src = b->last_src && !strcmp(b->last_src, r->source_file ? r->source_file : "") ? b->last_src : NULL;
        if (!src) {
            for (size_t i = b->nmon; i-- > 0 && !src;)
                if (!strcmp(b->mons[i].source_file, r->source_file ? r->source_file : ""))
                    src = b->mons[i].source_file;
            if (!src && !(src = foi_arena_strdup(&b->fa, r->source_file ? r->source_file : "")))
                return FOI_ENOMEM;
        }
        b->last_src = src;
        b->mons[b->nmon].source_file = src;
        b->mons[b->nmon].ym = ym;
        b->nmon++;
    }
    return 0;
}

static int gcmp(const void *pa, const void *pb)
{
    const struct foi_cmp_group *a = pa, *b = pb;
    int c;
    if ((c = strcmp(a->period_start, b->period_start))) return c;
    if ((c = strcmp(a->period_end, b->period_end))) return c;
    if ((c = strcmp(a->category, b->category))) return c;
    if ((c = strcmp(a->measure, b->measure))) return c;
    return strcmp(a->subject, b->subject);
}

int foi_cmp_builder_finish(struct foi_cmp_builder *b)
{
    int rc = flush_force(b);
    if (rc)
        return rc;
    if (b->ngroups)
        qsort(b->groups, b->ngroups, sizeof *b->groups, gcmp);
    for (size_t i = 0; i < b->ngroups; i++) {
        struct foi_cmp_group *g = &b->groups[i];
        double theta = (double)g->sum_total / (double)g->sum_officers;   /* per officer */
        g->target_per_1000 = theta * 1000.0;
        g->has_limits = g->nrows >= FOI_FUNNEL_MIN_FORCES;
    }
    if (b->ngroups && group_rehash(b))
        return FOI_ENOMEM;
    b->finished = 1;
    return 0;
}

const char *foi_cmp_builder_funnel(const struct foi_cmp_builder *b, const struct foi_cmp_row *r,
                                   const struct foi_cmp_group **group)
{
    if (group)
        *group = NULL;
    if (!b->finished || !r->has_rate || !strcmp(r->force_id, NATIONAL_ID))
        return "";
    const struct foi_cmp_group *g = group_find(b, r, NULL);
    if (!g)
        return "";
    if (group)
        *group = g;
    if (!g->has_limits)
        return "";
    double theta = (double)g->sum_total / (double)g->sum_officers;
    return foi_funnel_classify(r->cells[0].value, theta * (double)r->officers);
}

const struct foi_cmp_group *foi_cmp_builder_groups(const struct foi_cmp_builder *b, size_t *n)
{
    *n = b->ngroups;
    return b->groups;
}

size_t foi_cmp_builder_rows(const struct foi_cmp_builder *b)
{
    return b->nout;
}

int foi_cmp_direct(const char *const *outcomes, int noutcomes, const struct foi_record *const *recs, size_t n,
                   struct foi_arena *a, struct foi_cmp_row *out)
{
    memset(out, 0, sizeof *out);
    const struct foi_record *first = NULL;
    for (size_t i = 0; i < n; i++) {
        const struct foi_record *r = recs[i];
        if (!eligible(r))
            continue;
        if (!first) {
            first = r;
            out->force_id = foi_arena_strdup(a, r->force_id ? r->force_id : "");
            out->force_name = foi_arena_strdup(a, r->force_name ? r->force_name : (r->force_id ? r->force_id : ""));
            out->category = foi_arena_strdup(a, r->category ? r->category : "");
            out->measure = foi_arena_strdup(a, r->measure ? r->measure : "");
            out->subject = foi_arena_strdup(a, r->subject ? r->subject : "");
            out->cells = foi_arena_alloc(a, (size_t)(noutcomes ? noutcomes : 1) * sizeof *out->cells);
            if (!out->force_id || !out->force_name || !out->category || !out->measure || !out->subject ||
                !out->cells)
                return FOI_ENOMEM;
            foi_strlcpy(out->period_start, sizeof out->period_start, r->period_start);
            foi_strlcpy(out->period_end, sizeof out->period_end, r->period_end);
            out->officers = -1;
            out->funnel = "";
        }
        for (int c = 0; c < noutcomes; c++)
            if (r->outcome && !strcmp(outcomes[c], r->outcome)) {
                cell_merge(&out->cells[c], &r->v);
                break;
            }
    }
    return first ? 1 : 0;
}

/* ------------------------------------------------------------ a whole table */
int foi_comparable_init(struct foi_comparable *cmp, const char *const *outcomes, int noutcomes)
{
    memset(cmp, 0, sizeof *cmp);
    foi_arena_init(&cmp->arena, 0);
    size_t alloc = 0;
    int rc = 0;
    for (int i = 0; i < noutcomes && !rc; i++)
        rc = add_outcome(cmp, &alloc, outcomes[i]);
    if (!rc)
        rc = make_columns(cmp);
    return rc;
}

int foi_comparable_add_row(struct foi_comparable *cmp, const struct foi_cmp_row *row, size_t *index)
{
    size_t idx;
    int rc = new_row_in(&cmp->rows, &cmp->nrows, &cmp->rows_alloc, &cmp->arena, cmp->noutcomes, row->force_id,
                        row->force_name, row->period_start, row->period_end, row->category, row->measure,
                        row->subject, &idx);
    if (rc)
        return rc;
    struct foi_cmp_row *r = &cmp->rows[idx];
    struct foi_cmp_cell *cells = r->cells;
    memcpy(cells, row->cells, (size_t)cmp->noutcomes * sizeof *cells);
    for (int c = 0; c < cmp->noutcomes; c++) {
        if (!row->cells[c].text)
            continue;
        if (!(cells[c].text = foi_arena_strdup(&cmp->arena, row->cells[c].text)))
            return FOI_ENOMEM;
    }
    r->summed = row->summed;
    r->officers = row->officers;
    memcpy(r->officers_date, row->officers_date, sizeof r->officers_date);
    r->rate_per_1000 = row->rate_per_1000;
    r->has_rate = row->has_rate;
    r->funnel = row->funnel ? row->funnel : "";   /* static strings */
    if (index)
        *index = idx;
    return 0;
}

static int collect_row(void *ctx, const struct foi_cmp_row *row)
{
    return foi_comparable_add_row(ctx, row, NULL);
}

int foi_comparable_build(const struct foi_dataset *ds, struct foi_comparable *cmp,
                         const struct foi_issue_sink *issues, struct foi_err *err)
{
    const char **outs = NULL;
    int nout = 0;
    const struct foi_record **recs = NULL;
    struct foi_cmp_builder *b = NULL;
    memset(cmp, 0, sizeof *cmp);
    foi_arena_init(&cmp->arena, 0);
    int rc = ds->tax ? foi_comparable_outcomes(ds->tax, &outs, &nout) : outcomes_seen(ds, &outs, &nout);
    if (!rc)
        rc = foi_comparable_init(cmp, outs, nout);
    if (!rc)
        rc = foi_cmp_builder_new(&b, outs, nout, ds->workforce, issues, collect_row, cmp);
    if (rc)
        goto fail;
    recs = foi_malloc((ds->nrecords ? ds->nrecords : 1) * sizeof *recs);
    if (!recs) {
        rc = FOI_ENOMEM;
        goto fail;
    }
    size_t n = 0;
    for (size_t i = 0; i < ds->nrecords; i++)
        if (eligible(&ds->records[i]))
            recs[n++] = &ds->records[i];
    if (n)
        foi_qsort(recs, n, sizeof *recs, rec_ptr_cmp);
    for (size_t i = 0; i < n && !rc; i++)
        rc = foi_cmp_builder_add(b, recs[i]);
    if (!rc)
        rc = foi_cmp_builder_finish(b);
    if (rc)
        goto fail;
    /* each row's funnel, and the groups with their rows (in row order) */
    size_t ng;
    const struct foi_cmp_group *g = foi_cmp_builder_groups(b, &ng);
    cmp->groups = ng ? foi_arena_alloc(&cmp->arena, ng * sizeof *cmp->groups) : NULL;
    if (ng && !cmp->groups) {
        rc = FOI_ENOMEM;
        goto fail;
    }
    cmp->ngroups = ng;
    for (size_t i = 0; i < ng; i++) {
        struct foi_cmp_group *G = &cmp->groups[i];
        *G = g[i];   /* its strings are the builder's: copied */
        G->category = foi_arena_strdup(&cmp->arena, g[i].category);
        G->measure = foi_arena_strdup(&cmp->arena, g[i].measure);
        G->subject = foi_arena_strdup(&cmp->arena, g[i].subject);
        G->rows = foi_arena_alloc(&cmp->arena, (g[i].nrows ? g[i].nrows : 1) * sizeof(size_t));
        G->nrows = 0;
        if (!G->rows || !G->category || !G->measure || !G->subject) {
            rc = FOI_ENOMEM;
            goto fail;
        }
    }
    for (size_t i = 0; i < cmp->nrows; i++) {
        const struct foi_cmp_group *rg;
        cmp->rows[i].funnel = foi_cmp_builder_funnel(b, &cmp->rows[i], &rg);
        if (rg) {
            struct foi_cmp_group *G = &cmp->groups[rg - g];
            G->rows[G->nrows++] = i;
        }
    }
    cmp->table_rows = cmp->total_rows = cmp->nrows;
    cmp->total_groups = cmp->ngroups;
    foi_free(recs);
    foi_free(outs);
    foi_cmp_builder_free(b);
    return 0;
fail:
    foi_free(recs);
    foi_free(outs);
    foi_cmp_builder_free(b);
    foi_comparable_release(cmp);
    if (rc == FOI_ERANGE)
        return foi_errf(err, rc, "comparable.csv", "a summed figure is too large");
    return foi_errf(err, rc, "comparable.csv", "out of memory building the comparable table");
}

void foi_comparable_release(struct foi_comparable *cmp)
{
    if (!cmp)
        return;
    foi_free(cmp->rows);
    foi_free(cmp->outcomes);
    foi_arena_release(&cmp->arena);
    memset(cmp, 0, sizeof *cmp);
    foi_arena_init(&cmp->arena, 0);
}

const char *const *foi_comparable_columns(const struct foi_comparable *cmp, int *n)
{
    if (n)
        *n = cmp->ncolumns;
    return cmp->columns;
}
