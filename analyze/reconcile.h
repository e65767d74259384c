/* reconcile.h: checks that compare records with each other: outcomes or
 * periods of one source that do not add up to their stated total
 * (sum_mismatch), and the same figure given by two sources (duplicate,
 * conflict). They read records, hand the issues they find to a sink, and
 * never change what they were given. */
#ifndef FOI_RECONCILE_H
#define FOI_RECONCILE_H

#include "../core/record.h"
#include "../normalize/normalize.h"

/* Can the outcomes of one group overlap (one allegation counted under two of
 * them), so that they need not add up to the total? outcomes: the distinct
 * canonical outcome ids of the group other than "total". Return 1 to skip the
 * group's sum check. */
typedef int (*foi_overlap_fn)(const char *const *outcomes, size_t n, void *ctx);

/* The default hook: a criminal conviction alongside misconduct outcomes, or
 * "upheld" alongside the sanctions that follow an upheld allegation. */
int foi_outcomes_can_overlap(const char *const *outcomes, size_t n, void *ctx);

/* sum_mismatch (warning) for
 *  - every group of records from one source with the same force, period,
 *    category, measure and subject that has an outcome=total record and at
 *    least one other outcome, when the stated total lies outside [sum of the
 *    outcomes' lower bounds, sum of their upper bounds] (reported values are
 *    their own bounds);
 *  - every record whose period is exactly tiled by two or more other records
 *    of the same source, force, category, measure, subject and outcome (a
 *    Total column across years), when it is outside the bounds of their sum.
 * Groups with a refused or not-held figure, or two figures for one outcome
 * label, are not checked. 0, or FOI_ENOMEM. */
int foi_check_sums(const struct foi_dataset *ds, const struct foi_issue_sink *out);
int foi_check_sums_ex(const struct foi_dataset *ds, foi_overlap_fn overlap, void *ctx,
                      const struct foi_issue_sink *out);

/* For records of different source files with the same force, period (both
 * dates set), category, measure, subject and outcome: duplicate (info) when
 * they agree, conflict (warning) when they differ. Each other source is
 * compared once with the first source of the group (its first record by
 * locator). 0, or the sink's error (FOI_ENOMEM). */
int foi_check_duplicates(const struct foi_dataset *ds, const struct foi_issue_sink *out);

/* The same check over a stream of records in SPEC order (a figure's records
 * are then together, by source and locator): feed every record to
 * foi_dupcheck_add. Memory: one group's first record. */
struct foi_dupcheck {
    const struct foi_issue_sink *out;
    struct foi_buf key;         /* the current group's figure, NUL-separated */
    struct foi_buf ref;         /* its first record: source file, locator */
    struct foi_value refv;
    struct foi_buf last;        /* the source last compared */
    int active, dated;
};
void foi_dupcheck_init(struct foi_dupcheck *d, const struct foi_issue_sink *out);
int foi_dupcheck_add(struct foi_dupcheck *d, const struct foi_record *r);
void foi_dupcheck_release(struct foi_dupcheck *d);

/* The issue a record x of another source gets against the group's first
 * record (duplicate or conflict), as foi_check_duplicates makes it. */
int foi_dupcheck_issue(const struct foi_issue_sink *out, const char *ref_file, const char *ref_loc,
                       const struct foi_value *refv, const char *x_file, const char *x_loc,
                       const struct foi_value *xv);

#endif
