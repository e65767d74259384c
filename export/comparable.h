/* comparable.h: the wide comparable table (one row per force x period x
 * category x measure x subject, one column per outcome), with officer
 * headcounts, rates per 1,000 officers and funnel-plot positions. Built once
 * per build from the dataset; comparable.csv, foi.sqlite and report.html read it.
 *
 * Ownership: everything lives in cmp->arena; foi_comparable_release frees it. */
#ifndef FOI_COMPARABLE_H
#define FOI_COMPARABLE_H

#include "../core/record.h"

/* One outcome cell. text is what comparable.csv shows:
 *   reported      "12"
 *   approximate   "~700"
 *   suppressed    "suppressed"
 *   refused       "refused"
 *   not_held      "not_held"
 *   no figure     ""            */
struct foi_cmp_cell {
    int present;
    enum foi_vstatus status;
    int64_t value;          /* for reported/approximate */
    const char *text;
};

struct foi_cmp_row {
    const char *force_id, *force_name;
    char period_start[11], period_end[11];
    const char *category, *measure, *subject;
    struct foi_cmp_cell *cells;   /* one per outcome column, in foi_comparable.outcomes order */
    int summed;                   /* 1 when built by summing finer periods */
    /* rates */
    int64_t officers;             /* -1 when no denominator */
    char officers_date[11];
    double rate_per_1000;         /* valid when officers > 0 and the total is reported */
    int has_rate;
    const char *funnel;           /* "high_99.8", "high_95", "within", "low_95", "low_99.8" or "" */
};

struct foi_comparable {
    struct foi_arena arena;
    const char **outcomes;        /* outcome ids, in outcomes.tsv order, "total" first */
    int noutcomes;
    struct foi_cmp_row *rows;
    size_t nrows;
};

/* Build from a sorted dataset; issues found (no_denominator) are added to ds. */
int foi_comparable_build(struct foi_dataset *ds, struct foi_comparable *cmp, struct foi_err *err);
void foi_comparable_release(struct foi_comparable *cmp);

/* Column names of comparable.csv, in order; count in *n. Static/arena strings. */
const char *const *foi_comparable_columns(const struct foi_comparable *cmp, int *n);

#endif
