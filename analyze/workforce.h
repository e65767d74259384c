/* workforce.h: police officer headcounts by force and date (the Home Office's
 * police workforce tables), the denominators of rates per 1,000 officers. */
#ifndef FOI_WORKFORCE_H
#define FOI_WORKFORCE_H

#include "../normalize/normalize.h"

struct foi_workforce;

/* Read a workforce CSV: a force/region column and one column per date
 * ("March 2019", "31 March 2019", "2019-03-31", ...) of officer headcounts
 * (wide), or Force, Date and Headcount columns (long). Region and total rows
 * (rows equal to the sum of a run of neighbouring rows) give way to force
 * rows; names map through the forces taxonomy; headcount is preferred to FTE.
 * Rules in docs/rates.md. *out is freed with foi_workforce_free. */
int foi_workforce_load(struct foi_workforce **out, const char *path,
                       const struct foi_taxonomy *tax, struct foi_err *err);
void foi_workforce_free(struct foi_workforce *w);
/* An empty set to fill by hand (tests, other sources): NULL on failure.
 * _add keeps one figure per force and date (a second one replaces it). */
struct foi_workforce *foi_workforce_new(void);
int foi_workforce_add(struct foi_workforce *w, const char *force_id,
                      const struct foi_date *date, int64_t count);
/* Default file shipped with the project (data/police-officer-headcount-2019.csv). */
const char *foi_workforce_default_path(void);
/* Headcount of force_id dated closest to `end`, at most 12 months away:
 * dates from the same day a year before `end` to the same day a year after,
 * both inclusive (29 February steps to 28 February). Ties go to the earlier
 * date. 1 found (count, date filled), 0 none. */
int foi_workforce_lookup(const struct foi_workforce *w, const char *force_id,
                         const struct foi_date *end, int64_t *count, struct foi_date *date);
/* Digest of the file contents, for the rebuild cache. */
const char *foi_workforce_digest(const struct foi_workforce *w);
/* What the loader skipped or chose ("csv row 55: 'Central Service
 * Secondments' is not a force in the taxonomy; row ignored"): the count, and
 * the messages in *out (owned by w). Region and total rows are not warned. */
int foi_workforce_warnings(const struct foi_workforce *w, const char ***out);
/* The headcounts kept, sorted by force id then date: count, and the i-th
 * (1 ok, 0 past the end). */
size_t foi_workforce_count(const struct foi_workforce *w);
int foi_workforce_entry(const struct foi_workforce *w, size_t i, const char **force_id,
                        struct foi_date *date, int64_t *count);

#endif
