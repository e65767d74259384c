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

static int str_ptr_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* outcomes.tsv order with "total" first; without a taxonomy, the outcomes
 * seen in the records in alphabetical order. The list is copied into the
 * arena so cmp never points into the taxonomy or the dataset. */
static int make_outcomes(struct foi_comparable *cmp, const struct foi_dataset *ds)
{
    size_t alloc = 0;
    int rc = add_outcome(cmp, &alloc, "total");
    if (rc)
        return rc;
    if (ds->tax) {
        const char *id;
        for (int i = 0; !rc && (id = foi_taxonomy_id_at(ds->tax, FOI_VOCAB_OUTCOME, i)); i++)
            rc = add_outcome(cmp, &alloc, id);
        return rc;
    }
    const char **seen = foi_malloc((ds->nrecords ? ds->nrecords : 1) * sizeof *seen);
    if (!seen)
        return FOI_ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < ds->nrecords; i++)
        if (ds->records[i].outcome && *ds->records[i].outcome)
            seen[n++] = ds->records[i].outcome;
    if (n)
        qsort(seen, n, sizeof *seen, str_ptr_cmp);
    for (size_t i = 0; i < n && !rc; i++)
        if (i == 0 || strcmp(seen[i], seen[i - 1]))
            rc = add_outcome(cmp, &alloc, seen[i]);
    foi_free(seen);
    return rc;
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
struct builder {
    struct foi_comparable *cmp;
    size_t arows;
};

static int new_row(struct builder *b, const char *force_id, const char *force_name,
                   const char *ps, const char *pe, const char *cat, const char *meas,
                   const char *subj, size_t *index)
{
    struct foi_comparable *cmp = b->cmp;
    if (foi_grow((void **)&cmp->rows, &b->arows, cmp->nrows, sizeof *cmp->rows))
        return FOI_ENOMEM;
    struct foi_cmp_row *r = &cmp->rows[cmp->nrows];
    memset(r, 0, sizeof *r);
    struct foi_arena *a = &cmp->arena;
    r->force_id = foi_arena_strdup(a, force_id ? force_id : "");
    r->force_name = foi_arena_strdup(a, force_name ? force_name : (force_id ? force_id : ""));
    r->category = foi_arena_strdup(a, cat ? cat : "");
    r->measure = foi_arena_strdup(a, meas ? meas : "");
    r->subject = foi_arena_strdup(a, subj ? subj : "");
    r->cells = foi_arena_alloc(a, (size_t)cmp->noutcomes * sizeof *r->cells);
    if (!r->force_id || !r->force_name || !r->category || !r->measure || !r->subject || !r->cells)
        return FOI_ENOMEM;
    snprintf(r->period_start, sizeof r->period_start, "%s", ps);
    snprintf(r->period_end, sizeof r->period_end, "%s", pe);
    r->officers = -1;
    r->funnel = "";
    *index = cmp->nrows++;
    return 0;
}

static int row_key_cmp(const struct foi_cmp_row *a, const struct foi_cmp_row *b)
{
    int c;
    if ((c = s_cmp(a->force_id, b->force_id))) return c;
    if ((c = strcmp(a->period_start, b->period_start))) return c;
    if ((c = strcmp(a->period_end, b->period_end))) return c;
    if ((c = s_cmp(a->category, b->category))) return c;
    if ((c = s_cmp(a->measure, b->measure))) return c;
    return s_cmp(a->subject, b->subject);
}

static int row_qcmp(const void *a, const void *b) { return row_key_cmp(a, b); }

static int same_key(const struct foi_record *a, const struct foi_record *b)
{
    return !s_cmp(a->force_id, b->force_id) && !strcmp(a->period_start, b->period_start) &&
           !strcmp(a->period_end, b->period_end) && !s_cmp(a->category, b->category) &&
           !s_cmp(a->measure, b->measure) && !s_cmp(a->subject, b->subject);
}

static int eligible(const struct foi_record *r)
{
    return r->force_id && *r->force_id && strcmp(r->force_id, MULTIPLE_ID) != 0 &&
           r->period_start[0] && r->period_end[0] && r->v.status != FOI_VS_NONE;
}

/* ------------------------------------------------------------ summing months */
struct mon {
    const char *force_id, *source_file;
    long ym;
};

static int mon_cmp(const void *pa, const void *pb)
{
    const struct mon *a = pa, *b = pb;
    int c;
    if ((c = s_cmp(a->force_id, b->force_id))) return c;
    if ((c = s_cmp(a->source_file, b->source_file))) return c;
    return a->ym < b->ym ? -1 : a->ym > b->ym;
}

struct span {
    const char *force_id;
    long start;   /* month index of the first month */
};

static int span_cmp(const void *pa, const void *pb)
{
    const struct span *a = pa, *b = pb;
    int c = s_cmp(a->force_id, b->force_id);
    if (c)
        return c;
    return a->start < b->start ? -1 : a->start > b->start;
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

/* Months listed by a source for a force: every complete financial year
 * (April..March) and calendar year (January..December) becomes a summed row
 * per category x measure x subject, unless a source gave that row itself. */
static int sum_months(struct builder *b, const struct foi_record **recs, size_t nrecs)
{
    struct foi_comparable *cmp = b->cmp;
    struct mon *mons = NULL;
    size_t nmon = 0, amon = 0;
    struct span *spans = NULL;
    size_t nspan = 0, aspan = 0;
    size_t *mrows = NULL;
    int rc = 0;

    for (size_t i = 0; i < nrecs; i++) {
        long ym = month_index(recs[i]->period_start, recs[i]->period_end);
        if (ym < 0)
            continue;
        if ((rc = foi_grow((void **)&mons, &amon, nmon, sizeof *mons)))
            goto out;
        mons[nmon].force_id = recs[i]->force_id;
        mons[nmon].source_file = recs[i]->source_file;
        mons[nmon].ym = ym;
        nmon++;
    }
    if (!nmon)
        goto out;
    qsort(mons, nmon, sizeof *mons, mon_cmp);
    /* unique */
    size_t u = 0;
    for (size_t i = 0; i < nmon; i++)
        if (u == 0 || mon_cmp(&mons[u - 1], &mons[i]))
            mons[u++] = mons[i];
    nmon = u;
    /* a year is complete for a source when its twelve months are all listed;
     * in a sorted unique list that is: twelve entries on, the month is start + 11 */
    for (size_t i = 0; i < nmon; i++) {
        long ym = mons[i].ym;
        int m = (int)(ym % 12) + 1;
        if (m != 1 && m != 4)
            continue;
        if (i + 11 >= nmon || s_cmp(mons[i + 11].force_id, mons[i].force_id) ||
            s_cmp(mons[i + 11].source_file, mons[i].source_file) || mons[i + 11].ym != ym + 11)
            continue;
        if ((rc = foi_grow((void **)&spans, &aspan, nspan, sizeof *spans)))
            goto out;
        spans[nspan].force_id = mons[i].force_id;
        spans[nspan].start = ym;
        nspan++;
    }
    if (!nspan)
        goto out;
    qsort(spans, nspan, sizeof *spans, span_cmp);
    size_t ndirect = cmp->nrows;   /* rows from sources, sorted by key */
    mrows = foi_malloc((ndirect ? ndirect : 1) * sizeof *mrows);
    if (!mrows) {
        rc = FOI_ENOMEM;
        goto out;
    }
    for (size_t s = 0; s < nspan; s++) {
        if (s > 0 && !span_cmp(&spans[s - 1], &spans[s]))
            continue;
        char ps[11], pe[11];
        month_span(spans[s].start, ps, pe);
        /* the force's direct rows */
        size_t f0 = 0;
        while (f0 < ndirect && s_cmp(cmp->rows[f0].force_id, spans[s].force_id) < 0)
            f0++;
        size_t f1 = f0;
        while (f1 < ndirect && !s_cmp(cmp->rows[f1].force_id, spans[s].force_id))
            f1++;
        for (size_t i = f0; i < f1; i++) {
            long ym = month_index(cmp->rows[i].period_start, cmp->rows[i].period_end);
            if (ym < spans[s].start || ym > spans[s].start + 11)
                continue;
            /* first in-span month row of its category x measure x subject? */
            const struct foi_cmp_row *ri = &cmp->rows[i];
            int seen = 0, exists = 0;
            for (size_t j = f0; j < i && !seen; j++) {
                long yj = month_index(cmp->rows[j].period_start, cmp->rows[j].period_end);
                seen = yj >= spans[s].start && yj <= spans[s].start + 11 &&
                       !s_cmp(cmp->rows[j].category, ri->category) &&
                       !s_cmp(cmp->rows[j].measure, ri->measure) &&
                       !s_cmp(cmp->rows[j].subject, ri->subject);
            }
            if (seen)
                continue;
            for (size_t j = f0; j < f1 && !exists; j++)
                exists = !strcmp(cmp->rows[j].period_start, ps) && !strcmp(cmp->rows[j].period_end, pe) &&
                         !s_cmp(cmp->rows[j].category, ri->category) &&
                         !s_cmp(cmp->rows[j].measure, ri->measure) &&
                         !s_cmp(cmp->rows[j].subject, ri->subject);
            if (exists)
                continue;   /* a source gave the year itself: never replaced by a sum */
            size_t nm = 0;
            for (size_t j = i; j < f1; j++) {
                long yj = month_index(cmp->rows[j].period_start, cmp->rows[j].period_end);
                if (yj >= spans[s].start && yj <= spans[s].start + 11 &&
                    !s_cmp(cmp->rows[j].category, ri->category) &&
                    !s_cmp(cmp->rows[j].measure, ri->measure) &&
                    !s_cmp(cmp->rows[j].subject, ri->subject))
                    mrows[nm++] = j;
            }
            size_t idx;
            if ((rc = new_row(b, ri->force_id, ri->force_name, ps, pe, ri->category, ri->measure,
                              ri->subject, &idx)))
                goto out;
            /* cmp->rows may have moved: address rows by index only */
            cmp->rows[idx].summed = 1;
            if ((rc = sum_cells(cmp, &cmp->rows[idx], mrows, nm)))
                goto out;
        }
    }
out:
    foi_free(mons);
    foi_free(spans);
    foi_free(mrows);
    return rc;
}

/* ------------------------------------------------------------ rates */
static int rates(struct foi_dataset *ds, struct foi_comparable *cmp, int *added)
{
    const char *last_force = NULL, *last_ps = NULL, *last_pe = NULL;
    for (size_t i = 0; i < cmp->nrows; i++) {
        struct foi_cmp_row *r = &cmp->rows[i];
        const struct foi_cmp_cell *t = &r->cells[0];   /* "total" is column 0 */
        if (!t->present || t->conflict || t->status != FOI_VS_REPORTED)
            continue;
        if (!strcmp(r->subject, "staff"))
            continue;   /* officer denominators say nothing about staff */
        struct foi_date end, when;
        int64_t officers = 0;
        if (iso_parse(r->period_end, &end) && ds->workforce &&
            foi_workforce_lookup(ds->workforce, r->force_id, &end, &officers, &when) && officers > 0) {
            r->officers = officers;
            iso_write(r->officers_date, &when);
            r->rate_per_1000 = (double)t->value * 1000.0 / (double)officers;
            r->has_rate = 1;
            continue;
        }
        if (last_force && !strcmp(last_force, r->force_id) && !strcmp(last_ps, r->period_start) &&
            !strcmp(last_pe, r->period_end))
            continue;   /* once per force x period */
        last_force = r->force_id;
        last_ps = r->period_start;
        last_pe = r->period_end;
        if (foi_dataset_add_issue(ds, FOI_SEV_WARNING, "no_denominator", "",
                                  foi_arena_printf(&cmp->arena, "force %s period %s..%s", r->force_id,
                                                   r->period_start, r->period_end),
                                  "no officer headcount for %s within 12 months of %s; "
                                  "rate per 1,000 officers left empty", r->force_id, r->period_end))
            return FOI_ENOMEM;
        *added = 1;
    }
    return 0;
}

static int group_key_cmp(const struct foi_cmp_row *a, const struct foi_cmp_row *b)
{
    int c;
    if ((c = strcmp(a->period_start, b->period_start))) return c;
    if ((c = strcmp(a->period_end, b->period_end))) return c;
    if ((c = s_cmp(a->category, b->category))) return c;
    if ((c = s_cmp(a->measure, b->measure))) return c;
    return s_cmp(a->subject, b->subject);
}

struct gref {
    const struct foi_cmp_row *r;
    size_t i;
};

static int gref_cmp(const void *pa, const void *pb)
{
    const struct gref *a = pa, *b = pb;
    int c = group_key_cmp(a->r, b->r);
    if (c)
        return c;
    return a->i < b->i ? -1 : a->i > b->i;
}

static int funnel_groups(struct foi_comparable *cmp)
{
    size_t n = 0;
    struct gref *g_ = foi_malloc((cmp->nrows ? cmp->nrows : 1) * sizeof *g_);
    size_t *idx = foi_malloc((cmp->nrows ? cmp->nrows : 1) * sizeof *idx);
    if (!idx || !g_) {
        foi_free(idx);
        foi_free(g_);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; i < cmp->nrows; i++) {
        if (cmp->rows[i].has_rate && strcmp(cmp->rows[i].force_id, NATIONAL_ID) != 0) {
            g_[n].r = &cmp->rows[i];
            g_[n].i = i;
            n++;
        }
    }
    if (n)
        qsort(g_, n, sizeof *g_, gref_cmp);
    for (size_t i = 0; i < n; i++)
        idx[i] = g_[i].i;
    foi_free(g_);
    size_t ng = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || group_key_cmp(&cmp->rows[idx[i - 1]], &cmp->rows[idx[i]]))
            ng++;
    cmp->groups = ng ? foi_arena_alloc(&cmp->arena, ng * sizeof *cmp->groups) : NULL;
    if (ng && !cmp->groups) {
        foi_free(idx);
        return FOI_ENOMEM;
    }
    cmp->ngroups = ng;
    size_t g = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !group_key_cmp(&cmp->rows[idx[i]], &cmp->rows[idx[j]]))
            j++;
        struct foi_cmp_group *G = &cmp->groups[g++];
        const struct foi_cmp_row *r0 = &cmp->rows[idx[i]];
        memcpy(G->period_start, r0->period_start, sizeof G->period_start);
        memcpy(G->period_end, r0->period_end, sizeof G->period_end);
        G->category = r0->category;
        G->measure = r0->measure;
        G->subject = r0->subject;
        G->nrows = j - i;
        G->rows = foi_arena_alloc(&cmp->arena, G->nrows * sizeof *G->rows);
        if (!G->rows) {
            foi_free(idx);
            return FOI_ENOMEM;
        }
        for (size_t k = i; k < j; k++) {
            const struct foi_cmp_row *r = &cmp->rows[idx[k]];
            G->rows[k - i] = idx[k];
            if (__builtin_add_overflow(G->sum_total, r->cells[0].value, &G->sum_total) ||
                __builtin_add_overflow(G->sum_officers, r->officers, &G->sum_officers)) {
                foi_free(idx);
                return FOI_ERANGE;
            }
        }
        double theta = (double)G->sum_total / (double)G->sum_officers;   /* per officer */
        G->target_per_1000 = theta * 1000.0;
        G->has_limits = G->nrows >= FOI_FUNNEL_MIN_FORCES;
        if (G->has_limits) {
            for (size_t k = 0; k < G->nrows; k++) {
                struct foi_cmp_row *r = &cmp->rows[G->rows[k]];
                r->funnel = foi_funnel_classify(r->cells[0].value, theta * (double)r->officers);
            }
        }
        i = j;
    }
    foi_free(idx);
    return 0;
}

/* ------------------------------------------------------------ build */
int foi_comparable_build(struct foi_dataset *ds, struct foi_comparable *cmp, struct foi_err *err)
{
    memset(cmp, 0, sizeof *cmp);
    foi_arena_init(&cmp->arena, 0);
    struct builder b = { cmp, 0 };
    const struct foi_record **recs = NULL;
    int rc = make_outcomes(cmp, ds);
    if (!rc)
        rc = make_columns(cmp);
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

    for (size_t i = 0; i < n;) {
        size_t j = i, idx;
        while (j < n && same_key(recs[i], recs[j]))
            j++;
        const struct foi_record *r = recs[i];
        if ((rc = new_row(&b, r->force_id, r->force_name, r->period_start, r->period_end,
                          r->category, r->measure, r->subject, &idx)))
            goto fail;
        for (size_t k = i; k < j; k++) {
            int c = outcome_col(cmp, recs[k]->outcome);
            if (c >= 0)
                cell_merge(&cmp->rows[idx].cells[c], &recs[k]->v);
        }
        i = j;
    }
    if ((rc = sum_months(&b, recs, n)))
        goto fail;
    foi_free(recs);
    recs = NULL;
    if (cmp->nrows)
        foi_qsort(cmp->rows, cmp->nrows, sizeof *cmp->rows, row_qcmp);
    for (size_t i = 0; i < cmp->nrows && !rc; i++)
        for (int c = 0; c < cmp->noutcomes && !rc; c++)
            rc = cell_text(&cmp->arena, &cmp->rows[i].cells[c]);
    if (rc)
        goto fail;
    int added = 0;
    rc = rates(ds, cmp, &added);
    if (added)
        foi_dataset_sort(ds);
    if (rc || (rc = funnel_groups(cmp)))
        goto fail;
    return 0;
fail:
    foi_free(recs);
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
