/* fileproc.h: the one path of one file: its bytes read, a parser picked,
 * the figures parsed and normalized into one source row with its records,
 * issues and metas; then the checks that need no other file and the
 * result's bytes (serial.h). `foi build` runs it in its workers, `foi
 * inspect` in-process with hooks that watch each step. */
#ifndef FOI_FILEPROC_H
#define FOI_FILEPROC_H

#include "../core/doc.h"
#include "../core/record.h"

struct foi_taxonomy;
struct foi_parser;

/* What `foi inspect` watches (every hook may be NULL): the document once it
 * is read (before any parser runs), and the parser picked with its score. */
struct foi_process_hooks {
    void (*read)(void *ctx, const struct foi_doc *doc);
    void (*picked)(void *ctx, const struct foi_doc *doc, const struct foi_parser *p, int score);
    /* a file an e-mail carries, about to be shown (read) as a part of it */
    void (*part)(void *ctx, const char *name, const char *type);
    void *ctx;
    /* the engine's decisions and why, as it reads (foi_sink.trace) */
    void (*trace)(void *ctx, const char *locator, const char *message);
};

/* One file, in-process: read, pick the parser, parse, normalize; results are
 * appended to ds (one source row, its records and issues). rel is the path
 * relative to IN_DIR ('/'-separated); folder hint = its first component.
 * context (may be NULL) is the text form of what a context file or covering
 * letter says about the file (normalize/context.h); a context that cannot be
 * read is a parse_error of the file. 0, or FOI_ENOMEM (anything wrong with
 * the file itself is an issue and a failed source, not an error). */
int foi_process_file(const struct foi_taxonomy *tax, const struct foi_limits *lim,
                     const char *fs_path, const char *rel, const char *context,
                     struct foi_dataset *ds);
int foi_process_file_ex(const struct foi_taxonomy *tax, const struct foi_limits *lim,
                        const char *fs_path, const char *rel, const char *context,
                        struct foi_dataset *ds, const struct foi_process_hooks *hooks);

/* The result of one file as the build keeps it: the checks that need no
 * other file (sums within the source) added to its issues, everything in
 * SPEC order, as bytes (serial.h). 0 or FOI_ENOMEM. */
int foi_file_result(struct foi_dataset *one, struct foi_buf *out);

/* The whole file at path (at most lim->max_file_bytes) in *data (NUL
 * after the bytes; free with foi_free). 0, FOI_EIO, FOI_ELIMIT or FOI_ENOMEM,
 * with err's message saying why. */
int foi_read_all(const char *path, const struct foi_limits *lim, char **data, size_t *n,
                 struct foi_err *err);

#endif
