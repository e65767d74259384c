/* workforce.h: police officer headcounts by force and date (the Home Office's
 * police workforce tables), the denominators of rates per 1,000 officers. */
#ifndef FOI_WORKFORCE_H
#define FOI_WORKFORCE_H

#include "normalize.h"

struct foi_workforce;

/* Read a workforce CSV: a force/region column and one column per date
 * ("March 2019", "31 March 2019", "2019-03-31", ...) of officer headcounts.
 * Region rows are skipped; names map through the forces taxonomy. */
int foi_workforce_load(struct foi_workforce **out, const char *path,
                       const struct foi_taxonomy *tax, struct foi_err *err);
void foi_workforce_free(struct foi_workforce *w);
/* Default file shipped with the project (data/police-officer-headcount-2019.csv). */
const char *foi_workforce_default_path(void);
/* Headcount of force_id dated closest to `end`, at most 12 months away.
 * 1 found (count, date filled), 0 none. */
int foi_workforce_lookup(const struct foi_workforce *w, const char *force_id,
                         const struct foi_date *end, int64_t *count, struct foi_date *date);
/* Digest of the file contents, for the rebuild cache. */
const char *foi_workforce_digest(const struct foi_workforce *w);

#endif
