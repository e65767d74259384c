/* diff.h: figures added, removed and changed between two built folders, and
 * the one-paragraph "since the previous build" summary of `foi build`. */
#ifndef FOI_DIFF_H
#define FOI_DIFF_H

#include "../core/foi.h"
#include "../core/record.h"

/* Compare OLD_OUT/records.csv with NEW_OUT/records.csv (and sources.csv):
 * human-readable text, or CSV when as_csv. *nchanges gets the count.
 *
 * A figure is identified by (force_id, period_start, period_end, category,
 * measure, subject, outcome), without its source file, so a figure that moved
 * to a new file with a new value is "changed". Within one identity, rows are
 * paired first by equal source and value, then by equal source, then in
 * order; the rest are added or removed. A figure whose new status is refused
 * or not_held where the old one was not (or there was none) is a new refusal
 * (and is not also listed as added or changed). Sources are compared by path
 * (added, removed, content changed); a force is newly answered when a source
 * with status parsed, partial or refused names it in NEW and none did in OLD.
 *
 * Text: one heading per non-empty section ("Figures changed (1):"), one line
 * per item in sorted order, and a last line counting everything ("no changes"
 * when nothing differs). CSV (header row, LF):
 * change,force_id,period_start,period_end,category,measure,subject,outcome,
 * old_value,old_status,new_value,new_status,old_source,new_source
 * with change one of source_added, source_removed, source_changed,
 * force_answered, added, removed, changed, new_refusal.
 * sources.csv is optional in either folder (no source sections without it);
 * a missing records.csv is FOI_EIO, a malformed one FOI_ECORRUPT naming the
 * file and row. */
int foi_diff_dirs(const char *old_dir, const char *new_dir, int as_csv,
                  struct foi_buf *out, int *nchanges, struct foi_err *err);

/* Compare the previous build's records.csv and sources.csv in old_dir (if
 * any) with the dataset about to be written, and write ONE paragraph into buf
 * (always NUL-terminated, cut with "..." to fit n), e.g. "Since the previous
 * build: 2 files added, 1 removed; 48 figures added, 3 removed, 1 changed
 * (kent 2021-04-01..2022-03-31 sexual_assault dismissed 3 -> 4); 1 new
 * refusal; forces newly answered: kent." Empty when there was no previous
 * build (no old_dir/records.csv). Returns 0; FOI_ENOMEM; or FOI_EIO /
 * FOI_ECORRUPT when the previous build could not be read (buf then says so). */
int foi_diff_summary(const char *old_dir, const struct foi_dataset *ds, char *buf, size_t n);
/* The same paragraph made in pieces, for builds that never hold every
 * figure. Figures of a source that did not change pair with themselves, so
 * the records of the sources that changed (either side) are enough. Old
 * side: foi_diff_sum_load (the previous build in old_dir: the records of
 * the sources keep says yes to, NULL for all; every source) or
 * foi_diff_sum_record/source with old set; new side: the same with old 0.
 * Past max_rows records a side (0: no limit) the figures are not compared
 * and the paragraph says so. Each returns 0 or FOI_ENOMEM; a previous build
 * that cannot be read is not an error (the paragraph says so). */
struct foi_diff_sum;
int foi_diff_sum_new(struct foi_diff_sum **d, size_t max_rows);
int foi_diff_sum_load(struct foi_diff_sum *d, const char *old_dir, int (*keep)(void *ctx, const char *source_file),
                      void *ctx);
int foi_diff_sum_record(struct foi_diff_sum *d, int old, const struct foi_record *r);
int foi_diff_sum_source(struct foi_diff_sum *d, int old, const struct foi_source *s);
int foi_diff_sum_text(struct foi_diff_sum *d, char *buf, size_t n);
void foi_diff_sum_free(struct foi_diff_sum *d);

#endif
