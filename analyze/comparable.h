/* comparable.h: the wide comparable table (one row per force x period x
 * category x measure x subject, one column per outcome), with officer
 * headcounts, rates per 1,000 officers and funnel-plot positions. Built once
 * per build from the dataset; comparable.csv, foi.sqlite and report.html read it.
 * Rules (cells, conflicts, summing months, rates, funnel): docs/rates.md.
 *
 * Ownership: everything belongs to cmp (its arena and the rows array);
 * foi_comparable_release frees it. The dataset is not referenced afterwards. */
#ifndef FOI_COMPARABLE_H
#define FOI_COMPARABLE_H

#include "../core/record.h"

/* One outcome cell. text is what comparable.csv shows:
 *   reported      "12"
 *   approximate   "~700" (no central value: "701-800", ">=701", "<=4", "approximate")
 *   suppressed    "suppressed"
 *   refused       "refused"
 *   not_held      "not_held"
 *   ncnd          "ncnd"       (neither confirmed nor denied)
 *   conflict      "conflict"   (records for the cell disagree; status FOI_VS_NONE)
 *   no figure     ""            */
struct foi_cmp_cell {
    int64_t value;          /* for reported/approximate (when has_value) */
    int64_t min, max;       /* bounds of an approximate figure */
    const char *text;
    enum foi_vstatus status;
    unsigned char present;
    unsigned char conflict; /* 1: two records disagree; text "conflict" */
    unsigned char has_value, has_min, has_max;
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

/* Forces with a rate sharing period, category, measure and subject: the
 * population of one funnel plot. Not forces (england-and-wales) are left out. */
#define FOI_FUNNEL_MIN_FORCES 10
struct foi_cmp_group {
    char period_start[11], period_end[11];
    const char *category, *measure, *subject;
    size_t *rows;                 /* indexes into cmp->rows, in row (force) order */
    size_t nrows;
    int64_t sum_total, sum_officers;
    double target_per_1000;       /* sum_total * 1000 / sum_officers */
    int has_limits;               /* nrows >= FOI_FUNNEL_MIN_FORCES: funnel filled */
};

struct foi_comparable {
    struct foi_arena arena;
    const char **outcomes;        /* outcome ids, in outcomes.tsv order, "total" first */
    int noutcomes;
    struct foi_cmp_row *rows;     /* sorted by force_id, period_start, period_end,
                                     category, measure, subject */
    size_t nrows;
    const char **columns;         /* comparable.csv header */
    int ncolumns;
    struct foi_cmp_group *groups; /* sorted by period, category, measure, subject */
    size_t ngroups;
};

/* Build from the dataset (records in any order); issues found
 * (no_denominator) are added to ds, which is then re-sorted. Needs ds->tax
 * for the outcome columns (without it: the outcomes seen, "total" first);
 * ds->workforce may be NULL (no rates). On failure cmp is left empty. */
int foi_comparable_build(struct foi_dataset *ds, struct foi_comparable *cmp, struct foi_err *err);
void foi_comparable_release(struct foi_comparable *cmp);

/* Column names of comparable.csv, in order; count in *n. Static/arena strings. */
const char *const *foi_comparable_columns(const struct foi_comparable *cmp, int *n);

#endif
