/* issort.h: issues in SPEC order without holding them all: added in any
 * order into a buffer of bounded size, sorted runs spilled to temporary
 * files when it fills, merged when read back. Also the format of a file of
 * issues (the sort's runs, and what the build hands the SQLite writer). */
#ifndef FOI_ISSORT_H
#define FOI_ISSORT_H

#include "../core/record.h"

struct foi_issort;

/* budget: bytes held before a run is spilled (0: 16 MiB); tmp_dir: where
 * runs go (NULL: $TMPDIR or /tmp). */
int foi_issort_new(struct foi_issort **out, size_t budget, const char *tmp_dir);
int foi_issort_add(struct foi_issort *s, const struct foi_issue *is);
/* With a tag of 16 bytes that travels with the issue (what figure it is
 * about); foi_issort_add gives zeros. */
int foi_issort_add_tag(struct foi_issort *s, const struct foi_issue *is, const unsigned char tag[16]);
/* Done adding: the issues come back in SPEC order from next (1 with *is
 * set, valid until the next call; 0 at the end; -code on error). */
int foi_issort_finish(struct foi_issort *s);
int foi_issort_next(struct foi_issort *s, struct foi_issue *is);
/* The tag of the issue next handed out last. */
const unsigned char *foi_issort_tag(const struct foi_issort *s);
size_t foi_issort_count(const struct foi_issort *s);
size_t foi_issort_runs(const struct foi_issort *s);
void foi_issort_free(struct foi_issort *s);
/* As a sink. */
struct foi_issue_sink foi_issort_sink(struct foi_issort *s);

/* A file of issues: one after the other (tag: 16 bytes, or NULL for zeros). */
int foi_issue_write(struct foi_buf *b, const struct foi_issue *is);
int foi_issue_write_tag(struct foi_buf *b, const struct foi_issue *is, const unsigned char *tag);
struct foi_issue_file;
int foi_issue_file_open(struct foi_issue_file **out, int fd, size_t bufsz);
int foi_issue_file_next(struct foi_issue_file *f, struct foi_issue *is);   /* as foi_issort_next */
const unsigned char *foi_issue_file_tag(const struct foi_issue_file *f);
void foi_issue_file_close(struct foi_issue_file *f);   /* closes fd */

#endif
