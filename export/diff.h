/* diff.h: figures added, removed and changed between two built folders. */
#ifndef FOI_DIFF_H
#define FOI_DIFF_H

#include "../core/foi.h"

/* Compare OLD_OUT/records.csv with NEW_OUT/records.csv (and sources.csv):
 * human-readable text, or CSV when as_csv. *nchanges gets the count. */
int foi_diff_dirs(const char *old_dir, const char *new_dir, int as_csv,
                  struct foi_buf *out, int *nchanges, struct foi_err *err);

#endif
