/* comparable.h: the wide comparable table (one row per force x period x
 * category x measure x subject, one column per outcome), with officer
 * headcounts, rates per 1,000 officers and funnel-plot positions.
 * comparable.csv, foi.sqlite and report.html read it. Rules (cells,
 * conflicts, summing months, rates, funnel): docs/rates.md.
 *
 * Two ways to build it: from records streamed in SPEC order (the build:
 * one force's rows at a time in memory, handed out as they are done, and
 * the funnel groups' sums; a second pass places each row in its funnel), or
 * all at once from a dataset (foi_comparable_build, on top of the first).
 *
 * Ownership: everything in a foi_comparable belongs to it (its arena and the
 * rows array); foi_comparable_release frees it. The dataset is not
 * referenced afterwards. */
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
    size_t nrows, rows_alloc;
    size_t table_rows;            /* rows[0..table_rows) are the start of the table; the
                                     rest are there for the groups' plots only */
    size_t total_rows;            /* rows in the whole table (comparable.csv) */
    size_t total_groups;          /* groups in the whole table */
    size_t total_plots;           /* of which shared by enough forces for a plot (0: count groups) */
    const char **columns;         /* comparable.csv header */
    int ncolumns;
    struct foi_cmp_group *groups; /* sorted by period, category, measure, subject */
    size_t ngroups;
};

/* Build from the dataset (records in any order); the issues found
 * (no_denominator) go to issues. Needs ds->tax for the outcome columns
 * (without it: the outcomes seen, "total" first); ds->workforce may be NULL
 * (no rates). On failure cmp is left empty. */
int foi_comparable_build(const struct foi_dataset *ds, struct foi_comparable *cmp,
                         const struct foi_issue_sink *issues, struct foi_err *err);
void foi_comparable_release(struct foi_comparable *cmp);

/* ------------------------------------------------------------ streaming */
struct foi_workforce;
struct foi_taxonomy;
struct foi_cmp_builder;

/* Called with each finished row, in table order, without its funnel
 * (that needs every force: foi_cmp_builder_funnel, after finish). The row
 * and its strings are valid until the call returns. */
typedef int (*foi_cmp_row_fn)(void *ctx, const struct foi_cmp_row *row);

/* outcomes: the outcome columns ("total" first; foi_comparable_outcomes
 * gives the taxonomy's); workforce may be NULL; issues gets no_denominator. */
int foi_cmp_builder_new(struct foi_cmp_builder **out, const char *const *outcomes, int noutcomes,
                        const struct foi_workforce *workforce, const struct foi_issue_sink *issues,
                        foi_cmp_row_fn row, void *ctx);
/* Records in SPEC order (those that cannot be compared are skipped). 0,
 * FOI_ENOMEM, FOI_ERANGE (a sum too large) or the row function's code. */
int foi_cmp_builder_add(struct foi_cmp_builder *b, const struct foi_record *r);
/* The last force's rows. */
int foi_cmp_builder_finish(struct foi_cmp_builder *b);

/* What the table is made from, before sums of months, rates and texts:
 * the direct rows (the records of one force, period, category, measure and
 * subject merged into their cells) and the months each file lists for a
 * force. keep: called with them as each force is done (an incremental
 * build starts again from them). add_direct / add_month: feed them instead
 * of records, a force at a time (its months and rows, rows in key order). */
typedef int (*foi_cmp_direct_fn)(void *ctx, const struct foi_cmp_row *row);
typedef int (*foi_cmp_month_fn)(void *ctx, const char *force_id, const char *source_file, long ym);
void foi_cmp_builder_keep(struct foi_cmp_builder *b, foi_cmp_direct_fn direct, foi_cmp_month_fn month, void *ctx);
int foi_cmp_builder_add_direct(struct foi_cmp_builder *b, const struct foi_cmp_row *row);
/* The force being fed is done: its rows handed out now (0 or a code). */
int foi_cmp_builder_flush(struct foi_cmp_builder *b);
/* A row as the builder handed it out before (an update: a force nothing
 * changed in, its rows taken from the previous build in table order): what
 * the builder does with its own finished rows (the no_denominator issue,
 * once per force x period; its funnel group; the row function), without
 * summing or keeping anything. The force being fed is flushed first. */
int foi_cmp_builder_add_finished(struct foi_cmp_builder *b, const struct foi_cmp_row *row);
int foi_cmp_builder_add_month(struct foi_cmp_builder *b, const char *force_id, const char *source_file, long ym);
/* The row before sums and rates that records r[0..n) make (all of one
 * force, period, category, measure and subject; those the table does not
 * count are skipped): 1 with *out (strings in a), 0 when none counts, or
 * FOI_ENOMEM (negative: -FOI_ENOMEM). */
int foi_cmp_direct(const char *const *outcomes, int noutcomes, const struct foi_record *const *r, size_t n,
                   struct foi_arena *a, struct foi_cmp_row *out);
/* Is r a record the table counts? 1 or 0. */
int foi_cmp_eligible(const struct foi_record *r);
/* The month index (y * 12 + m - 1) of a period that is exactly one
 * calendar month, else -1. */
long foi_cmp_month(const char *period_start, const char *period_end);
/* The table's row order: force, period start and end, category, measure,
 * subject (NULL strings as ""). */
int foi_cmp_row_key_cmp(const struct foi_cmp_row *a, const struct foi_cmp_row *b);
/* After finish: the row's funnel position ("" when none) and, for the
 * report, its group (NULL when it has none). */
const char *foi_cmp_builder_funnel(const struct foi_cmp_builder *b, const struct foi_cmp_row *row,
                                   const struct foi_cmp_group **group);
/* After finish: the funnel groups (rows == NULL, nrows the count), sorted
 * by period, category, measure and subject; and the rows handed out. */
const struct foi_cmp_group *foi_cmp_builder_groups(const struct foi_cmp_builder *b, size_t *n);
size_t foi_cmp_builder_rows(const struct foi_cmp_builder *b);
void foi_cmp_builder_free(struct foi_cmp_builder *b);

/* The outcome columns of the taxonomy: "total", then outcomes.tsv's ids in
 * order. *out is allocated (free with foi_free); the strings are the
 * taxonomy's. */
int foi_comparable_outcomes(const struct foi_taxonomy *tax, const char ***out, int *n);

/* A comparable table to fill row by row (the build's excerpt for the
 * report): outcome columns copied, rows appended with their strings. */
int foi_comparable_init(struct foi_comparable *cmp, const char *const *outcomes, int noutcomes);
int foi_comparable_add_row(struct foi_comparable *cmp, const struct foi_cmp_row *row, size_t *index);

/* Column names of comparable.csv, in order; count in *n. Static/arena strings. */
const char *const *foi_comparable_columns(const struct foi_comparable *cmp, int *n);

#endif
