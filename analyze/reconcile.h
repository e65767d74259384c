/* reconcile.h: checks across the records of a built dataset: outcomes or
 * periods that do not add up to their stated total (sum_mismatch), and the same
 * figure given by two sources (duplicate, conflict). They add issues through
 * foi_dataset_add_issue and never modify, add or drop records. */
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
int foi_check_sums(struct foi_dataset *ds);
int foi_check_sums_ex(struct foi_dataset *ds, foi_overlap_fn overlap, void *ctx);

/* For records of different source files with the same force, period (both
 * dates set), category, measure, subject and outcome: duplicate (info) when
 * they agree, conflict (warning) when they differ. Each other source is
 * compared once with the first source of the group. 0, or FOI_ENOMEM. */
int foi_check_duplicates(struct foi_dataset *ds);

#endif
