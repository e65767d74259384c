/* reconcile.c: the checks that compare records with each other: outcomes and
 * periods against their stated totals (sum_mismatch), and figures given by
 * more than one source (duplicate, conflict). Records are never changed. */
#include "reconcile.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define BIG (INT64_MAX / 4)              /* "no upper bound" and the saturation point */
enum { PERIOD_GROUP_MAX = 4096 };        /* larger groups are not searched for tilings */

typedef const struct foi_record *rec_t;

static const char *nz(const char *s) { return s ? s : ""; }
/* dataset strings are interned (foi_dataset_str): one pointer, one text */
static int scmp(const char *a, const char *b) { return a == b ? 0 : strcmp(nz(a), nz(b)); }
static int is_total(rec_t r) { return r->outcome && strcmp(r->outcome, "total") == 0; }

static int64_t sat_add(int64_t a, int64_t b)
{
    return a >= BIG - b ? BIG : a + b;
}

/* A figure's interval [lo, hi] (hi == BIG: unbounded). 0 when it cannot be used. */
static int bounds_of(const struct foi_value *v, int64_t *lo, int64_t *hi)
{
    switch (v->status) {
    case FOI_VS_REPORTED:
        if (!v->has_value)
            return 0;
        *lo = *hi = v->value;
        return 1;
    case FOI_VS_SUPPRESSED:
    case FOI_VS_APPROXIMATE:
        *lo = v->has_min ? v->min : 0;
        *hi = v->has_max ? v->max : BIG;
        if (*lo < 0)
            *lo = 0;
        return 1;
    default:
        return 0;
    }
}

static void fmt_interval(char *buf, size_t n, int64_t lo, int64_t hi)
{
    if (lo == hi)
        snprintf(buf, n, "%" PRId64, lo);
    else if (hi >= BIG)
        snprintf(buf, n, "at least %" PRId64, lo);
    else
        snprintf(buf, n, "between %" PRId64 " and %" PRId64, lo, hi);
}

static void fmt_value(char *buf, size_t n, const struct foi_value *v)
{
    switch (v->status) {
    case FOI_VS_REPORTED:
        snprintf(buf, n, "%" PRId64, v->value);
        break;
    case FOI_VS_APPROXIMATE:
        snprintf(buf, n, "~%" PRId64, v->value);
        break;
    case FOI_VS_SUPPRESSED:
        if (v->has_min && v->has_max)
            snprintf(buf, n, "suppressed (%" PRId64 "-%" PRId64 ")", v->min, v->max);
        else
            snprintf(buf, n, "suppressed");
        break;
    case FOI_VS_REFUSED:
        snprintf(buf, n, "refused%s%s%s", v->exemption[0] ? " (" : "", v->exemption,
                 v->exemption[0] ? ")" : "");
        break;
    case FOI_VS_NOT_HELD:
        snprintf(buf, n, "not held");
        break;
    case FOI_VS_NCND:
        snprintf(buf, n, "neither confirmed nor denied%s%s%s", v->exemption[0] ? " (" : "",
                 v->exemption, v->exemption[0] ? ")" : "");
        break;
    default:
        snprintf(buf, n, "no value");
        break;
    }
}

static int same_value(const struct foi_value *a, const struct foi_value *b)
{
    if (a->status != b->status || a->has_value != b->has_value || a->has_min != b->has_min ||
        a->has_max != b->has_max)
        return 0;
    if (a->has_value && a->value != b->value)
        return 0;
    if (a->has_min && a->min != b->min)
        return 0;
    if (a->has_max && a->max != b->max)
        return 0;
    return 1;
}

/* Unresolved periods are told apart by their label. */
static const char *period_key(rec_t r)
{
    return r->period_start[0] ? "" : nz(r->period_label);
}

static int cmp_group(rec_t a, rec_t b)
{
    int c;
    if ((c = scmp(a->source_file, b->source_file))) return c;
    if ((c = scmp(a->force_id, b->force_id))) return c;
    if ((c = strcmp(a->period_start, b->period_start))) return c;
    if ((c = strcmp(a->period_end, b->period_end))) return c;
    if ((c = strcmp(period_key(a), period_key(b)))) return c;
    if ((c = scmp(a->category, b->category))) return c;
    if ((c = scmp(a->measure, b->measure))) return c;
    return scmp(a->subject, b->subject);
}

static int by_group(const void *x, const void *y)
{
    rec_t a = *(const rec_t *)x, b = *(const rec_t *)y;
    int c = cmp_group(a, b);
    if (c) return c;
    if ((c = scmp(a->outcome, b->outcome))) return c;
    if ((c = scmp(a->outcome_raw, b->outcome_raw))) return c;
    return scmp(a->locator, b->locator);
}

static int cmp_series(rec_t a, rec_t b)
{
    int c;
    if ((c = scmp(a->source_file, b->source_file))) return c;
    if ((c = scmp(a->force_id, b->force_id))) return c;
    if ((c = scmp(a->category, b->category))) return c;
    if ((c = scmp(a->category_raw, b->category_raw))) return c;
    if ((c = scmp(a->measure, b->measure))) return c;
    if ((c = scmp(a->subject, b->subject))) return c;
    if ((c = scmp(a->outcome, b->outcome))) return c;
    return scmp(a->outcome_raw, b->outcome_raw);
}

static int by_series(const void *x, const void *y)
{
    rec_t a = *(const rec_t *)x, b = *(const rec_t *)y;
    int c = cmp_series(a, b);
    if (c) return c;
    if ((c = strcmp(a->period_start, b->period_start))) return c;
    if ((c = strcmp(a->period_end, b->period_end))) return c;
    return scmp(a->locator, b->locator);
}

static int cmp_figure(rec_t a, rec_t b)
{
    int c;
    if ((c = scmp(a->force_id, b->force_id))) return c;
    if ((c = strcmp(a->period_start, b->period_start))) return c;
    if ((c = strcmp(a->period_end, b->period_end))) return c;
    if ((c = scmp(a->category, b->category))) return c;
    if ((c = scmp(a->measure, b->measure))) return c;
    if ((c = scmp(a->subject, b->subject))) return c;
    return scmp(a->outcome, b->outcome);
}

static int by_figure(const void *x, const void *y)
{
    rec_t a = *(const rec_t *)x, b = *(const rec_t *)y;
    int c = cmp_figure(a, b);
    if (c) return c;
    if ((c = scmp(a->source_file, b->source_file))) return c;
    return scmp(a->locator, b->locator);
}

static int has_id(const char *const *ids, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ids[i], id) == 0)
            return 1;
    return 0;
}

int foi_outcomes_can_overlap(const char *const *outcomes, size_t n, void *ctx)
{
    (void)ctx;
    /* a conviction comes with (or without) a misconduct outcome */
    if (has_id(outcomes, n, "criminal_conviction") && n > 1)
        return 1;
    /* sanctions follow an upheld allegation: counted twice when listed with it */
    static const char *const sanctions[] = { "dismissed", "would_have_been_dismissed",
        "reduction_in_rank", "final_written_warning", "written_warning", "management_action" };
    if (has_id(outcomes, n, "upheld"))
        for (size_t i = 0; i < sizeof sanctions / sizeof sanctions[0]; i++)
            if (has_id(outcomes, n, sanctions[i]))
                return 1;
    return 0;
}

static rec_t *sorted_records(const struct foi_dataset *ds, int (*cmp)(const void *, const void *))
{
    rec_t *v = foi_malloc((ds->nrecords ? ds->nrecords : 1) * sizeof *v);
    if (!v)
        return NULL;
    for (size_t i = 0; i < ds->nrecords; i++)
        v[i] = &ds->records[i];
    foi_qsort(v, ds->nrecords, sizeof *v, cmp);
    return v;
}

/* A label that says its figure is a part of another ("Of which: referred to
 * the CPS", "Including ..."), not a share of a breakdown. */
static int part_of_total(const char *raw)
{
    if (!raw)
        return 0;
    while (*raw == ' ' || *raw == '-' || *raw == '(')
        raw++;
    static const char *const cues[] = { "of which", "of whom", "of these", "including ", NULL };
    for (int i = 0; cues[i]; i++)
        if (!strncasecmp(raw, cues[i], strlen(cues[i])))
            return 1;
    return 0;
}

/* The outcome check of one group v[a..b). */
static int check_group(const struct foi_issue_sink *out, rec_t *v, size_t a, size_t b,
                       foi_overlap_fn overlap, void *ctx)
{
    rec_t total = NULL;
    size_t ntot = 0, nother = 0;
    const char *ids[64];
    size_t nids = 0;
    int64_t lo = 0, hi = 0;
    for (size_t i = a; i < b; i++) {
        rec_t r = v[i];
        if (!r->outcome)
            return 0;
        if (is_total(r)) {
            total = r;
            ntot++;
            continue;
        }
        /* "Of which: criminal investigation": a part of the total told
         * beside the outcomes, not one of them */
        if (part_of_total(r->outcome_raw))
            continue;
        /* the same outcome label twice: two tables in one group, not a sum */
        if (i > a && !is_total(v[i - 1]) && scmp(v[i - 1]->outcome, r->outcome) == 0 &&
            scmp(v[i - 1]->outcome_raw, r->outcome_raw) == 0)
            return 0;
        int64_t l, h;
        if (!bounds_of(&r->v, &l, &h))
            return 0;
        lo = sat_add(lo, l);
        hi = sat_add(hi, h);
        nother++;
        if (!has_id(ids, nids, r->outcome)) {
            if (nids == sizeof ids / sizeof ids[0])
                return 0;
            ids[nids++] = r->outcome;
        }
    }
    if (ntot != 1 || nother == 0)
        return 0;
    if (overlap && overlap(ids, nids, ctx))
        return 0;
    int64_t tl, th;
    if (!bounds_of(&total->v, &tl, &th))
        return 0;
    if (th >= lo && tl <= hi)
        return 0;
    /* a lone outcome beside a total ("Allegations resulting in dismissal") is
     * a part of it, not a breakdown: wrong only when it exceeds the total */
    if (nids == 1 && lo <= th)
        return 0;
    char ts[64], ss[96];
    fmt_interval(ts, sizeof ts, tl, th);
    fmt_interval(ss, sizeof ss, lo, hi);
    return foi_issue_emit(out, FOI_SEV_WARNING, "sum_mismatch", total->source_file, total->locator,
                          "total %s but outcomes sum to %s", ts, ss);
}

/* Is record r of series v[a..b) exactly tiled by two or more others? */
static int check_tiling(const struct foi_issue_sink *out, rec_t *v, size_t a, size_t b, size_t ri)
{
    rec_t r = v[ri];
    struct foi_date rs, re, cur;
    if (foi_date_parse_iso(r->period_start, &rs) || foi_date_parse_iso(r->period_end, &re))
        return 0;
    int64_t rl, rh;
    if (!bounds_of(&r->v, &rl, &rh))
        return 0;
    cur = rs;
    int64_t lo = 0, hi = 0;
    int parts = 0;
    char cs[11];
    size_t from = a;
    for (;;) {
        foi_date_iso(&cur, cs);
        /* the finest record starting at cur inside r (records are sorted by start, end) */
        rec_t pick = NULL;
        /* the first at or after from starting at cs or later (sorted by start) */
        size_t i = from, hi_ = b;
        while (i < hi_) {
            size_t m = i + (hi_ - i) / 2;
            if (strcmp(v[m]->period_start, cs) < 0)
                i = m + 1;
            else
                hi_ = m;
        }
        for (; i < b && strcmp(v[i]->period_start, cs) == 0; i++) {
            rec_t x = v[i];
            if (i == ri || strcmp(x->period_end, r->period_end) > 0 ||
                (strcmp(x->period_start, r->period_start) == 0 && strcmp(x->period_end, r->period_end) == 0))
                continue;
            /* two records for the same span: ambiguous */
            if (i + 1 < b && i + 1 != ri && strcmp(v[i + 1]->period_start, x->period_start) == 0 &&
                strcmp(v[i + 1]->period_end, x->period_end) == 0)
                return 0;
            pick = x;
            from = i;
            break;
        }
        if (!pick)
            return 0;
        int64_t l, h;
        if (!bounds_of(&pick->v, &l, &h))
            return 0;
        lo = sat_add(lo, l);
        hi = sat_add(hi, h);
        parts++;
        struct foi_date pe;
        if (foi_date_parse_iso(pick->period_end, &pe))
            return 0;
        if (foi_date_cmp(&pe, &re) == 0)
            break;
        cur = pe;
        foi_date_add_days(&cur, 1);
    }
    if (parts < 2 || (rh >= lo && rl <= hi))
        return 0;
    char ts[64], ss[96];
    fmt_interval(ts, sizeof ts, rl, rh);
    fmt_interval(ss, sizeof ss, lo, hi);
    return foi_issue_emit(out, FOI_SEV_WARNING, "sum_mismatch", r->source_file, r->locator,
                          "total %s for %s to %s but the %d periods within it sum to %s",
                          ts, r->period_start, r->period_end, parts, ss);
}

int foi_check_sums_ex(const struct foi_dataset *ds, foi_overlap_fn overlap, void *ctx,
                      const struct foi_issue_sink *out)
{
    if (!ds || ds->nrecords == 0)
        return 0;
    rec_t *v = sorted_records(ds, by_group);
    if (!v)
        return FOI_ENOMEM;
    int rc = 0;
    for (size_t a = 0; a < ds->nrecords && !rc;) {
        size_t b = a + 1;
        while (b < ds->nrecords && cmp_group(v[a], v[b]) == 0)
            b++;
        rc = check_group(out, v, a, b, overlap, ctx);
        a = b;
    }
    /* totals across periods */
    foi_qsort(v, ds->nrecords, sizeof *v, by_series);
    for (size_t a = 0; a < ds->nrecords && !rc;) {
        size_t b = a + 1;
        while (b < ds->nrecords && cmp_series(v[a], v[b]) == 0)
            b++;
        if (b - a >= 3 && b - a <= PERIOD_GROUP_MAX) {
            for (size_t i = a; i < b && !rc; i++)
                if (v[i]->period_start[0] && v[i]->period_end[0])
                    rc = check_tiling(out, v, a, b, i);
        }
        a = b;
    }
    foi_free(v);
    return rc ? FOI_ENOMEM : 0;
}

int foi_check_sums(const struct foi_dataset *ds, const struct foi_issue_sink *out)
{
    return foi_check_sums_ex(ds, foi_outcomes_can_overlap, NULL, out);
}

int foi_dupcheck_issue(const struct foi_issue_sink *out, const char *ref_file, const char *ref_loc,
                       const struct foi_value *refv, const char *x_file, const char *x_loc,
                       const struct foi_value *xv)
{
    char va[80], vb[80];
    fmt_value(va, sizeof va, refv);
    fmt_value(vb, sizeof vb, xv);
    if (same_value(refv, xv))
        return foi_issue_emit(out, FOI_SEV_INFO, "duplicate", x_file, x_loc, "same figure as %s (%s): %s",
                              nz(ref_file), nz(ref_loc), vb);
    return foi_issue_emit(out, FOI_SEV_WARNING, "conflict", x_file, x_loc, "%s (%s) gives %s but %s (%s) gives %s",
                          nz(x_file), nz(x_loc), vb, nz(ref_file), nz(ref_loc), va);
}

int foi_check_duplicates(const struct foi_dataset *ds, const struct foi_issue_sink *out)
{
    if (!ds || ds->nrecords == 0)
        return 0;
    rec_t *v = sorted_records(ds, by_figure);
    if (!v)
        return FOI_ENOMEM;
    struct foi_dupcheck d;
    foi_dupcheck_init(&d, out);
    int rc = 0;
    for (size_t i = 0; i < ds->nrecords && !rc; i++)
        rc = foi_dupcheck_add(&d, v[i]);
    foi_dupcheck_release(&d);
    foi_free(v);
    return rc;
}

/* ------------------------------------------------------------ streaming */
void foi_dupcheck_init(struct foi_dupcheck *d, const struct foi_issue_sink *out)
{
    memset(d, 0, sizeof *d);
    d->out = out;
    foi_buf_init(&d->key, 0);
    foi_buf_init(&d->ref, 0);
    foi_buf_init(&d->last, 0);
}

void foi_dupcheck_release(struct foi_dupcheck *d)
{
    foi_buf_release(&d->key);
    foi_buf_release(&d->ref);
    foi_buf_release(&d->last);
}

/* Is r's figure the one in key (force, period, category, measure, subject,
 * outcome, each followed by a NUL)? */
static int same_figure(const struct foi_buf *key, rec_t r)
{
    const char *f[7] = { nz(r->force_id), r->period_start, r->period_end, nz(r->category), nz(r->measure),
                         nz(r->subject), nz(r->outcome) };
    const char *p = key->data, *end = key->data + key->len;
    for (int i = 0; i < 7; i++) {
        size_t n = strlen(f[i]);
        if ((size_t)(end - p) <= n || memcmp(p, f[i], n + 1))
            return 0;
        p += n + 1;
    }
    return 1;
}

static int set_figure(struct foi_buf *key, rec_t r)
{
    const char *f[7] = { nz(r->force_id), r->period_start, r->period_end, nz(r->category), nz(r->measure),
                         nz(r->subject), nz(r->outcome) };
    foi_buf_reset(key);
    int rc = 0;
    for (int i = 0; i < 7 && !rc; i++)
        rc = foi_buf_add(key, f[i], strlen(f[i]) + 1);
    return rc;
}

static int set_str(struct foi_buf *b, const char *s)
{
    foi_buf_reset(b);
    return foi_buf_adds(b, nz(s));
}

int foi_dupcheck_add(struct foi_dupcheck *d, const struct foi_record *r)
{
    if (!d->active || !same_figure(&d->key, r)) {
        /* a new figure: r is its first record */
        d->active = 1;
        d->dated = r->period_start[0] && r->period_end[0];
        if (set_figure(&d->key, r) || set_str(&d->last, r->source_file))
            return FOI_ENOMEM;
        foi_buf_reset(&d->ref);
        if (foi_buf_add(&d->ref, nz(r->source_file), strlen(nz(r->source_file)) + 1) ||
            foi_buf_add(&d->ref, nz(r->locator), strlen(nz(r->locator)) + 1))
            return FOI_ENOMEM;
        d->refv = r->v;
        return 0;
    }
    if (!d->dated || !strcmp(nz(r->source_file), d->last.data ? d->last.data : ""))
        return 0;     /* one comparison per other source: its first record */
    if (set_str(&d->last, r->source_file))
        return FOI_ENOMEM;
    const char *rf = d->ref.data, *rl = rf + strlen(rf) + 1;
    return foi_dupcheck_issue(d->out, rf, rl, &d->refv, r->source_file, r->locator, &r->v);
}
