/* validate.h: `foi validate OUT_DIR`: re-read a built dataset and check it
 * against its own datapackage.json (types, enums, patterns, keys) and the
 * dataset's rules (vocabularies, value_status, periods, sums, row counts). */
#ifndef FOI_VALIDATE_H
#define FOI_VALIDATE_H

#include "../core/foi.h"
#include "../normalize/normalize.h"

/* Check out_dir. Each problem found is one line appended to report:
 *   records.csv: row 12 (line 13): value_status: 'reportd' is not one of reported, ...
 * (at most FOI_VALIDATE_MAX_LINES lines, then "... and N more problems");
 * *nproblems gets the full count. tax (may be NULL) checks the vocabularies.
 * Returns 0 when the check ran (whatever it found), or FOI_EIO when out_dir
 * cannot be read, FOI_ENOMEM / FOI_ELIMIT, with err filled. */
enum { FOI_VALIDATE_MAX_LINES = 200 };
int foi_validate_dir(const char *out_dir, const struct foi_taxonomy *tax,
                     struct foi_buf *report, int *nproblems, struct foi_err *err);

#endif
