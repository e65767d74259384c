/* build.h: the batch run: discover responses, read and parse each in a
 * forked worker (a crash, runaway or memory blow-up costs only that file),
 * normalize, check, and write the outputs atomically, with memory that does
 * not grow with the number of figures. The library prints nothing:
 * progress and messages go through callbacks the command line supplies. */
#ifndef FOI_BUILD_H
#define FOI_BUILD_H

#include "../core/doc.h"
#include "../core/record.h"
#include "fileproc.h"

#define FOI_DEFAULT_MEM_BUDGET ((size_t)160 << 20)

struct foi_build_opts {
    const char *in_dir, *out_dir;
    int jobs;                     /* parallel workers (>= 1) */
    const char *expect;           /* file of force names/ids, or a comma list; NULL */
    const char *taxonomy_dir;     /* the user's extra taxonomy files; NULL */
    const char *workforce;        /* workforce CSV; NULL = the shipped default */
    struct foi_limits limits;
    int timeout_s;                /* per file; 0 = default 60 */
    long mem_limit_mb;            /* per worker address space; 0 = default 2048 */
    int clean;                    /* ignore the rebuild cache */
    int no_fork;                  /* parse in-process (debugging) */
    int no_splice;                /* write every output again even when few files changed (tests) */
    const char *link_prefix;      /* report.html links: prefix + source_file (relative); NULL none */
    size_t mem_budget;            /* bytes the build's own process may hold for merging and
                                     sorting (--mem-budget); 0 = FOI_DEFAULT_MEM_BUDGET */
    /* callbacks (may be NULL) */
    void (*progress)(void *ctx, size_t done, size_t total, const char *file);
    void (*message)(void *ctx, const char *file, const char *locator, const char *msg);
    void *cb_ctx;
};

struct foi_build_summary {
    size_t files, parsed, partial, failed, refused, skipped;
    size_t records, issues, errors, warnings;
    size_t reused;                /* files taken from the rebuild cache */
    int spliced;                  /* the previous outputs were updated in place (splice.c) */
    char changes[1024];           /* one paragraph: what changed since the previous build */
};

void foi_build_opts_init(struct foi_build_opts *o);
/* Returns 0 (all inputs parsed), FOI_EPARSE when some inputs failed (exit 2),
 * FOI_EIO when outputs could not be written (exit 3), FOI_EUSAGE for bad
 * options (exit 1). err says why. */
int foi_build_run(const struct foi_build_opts *o, struct foi_build_summary *sum, struct foi_err *err);

/* Version string of everything that shapes a file's records and the outputs
 * (foi, its parsers and their versions, the libraries as loaded at run time);
 * the rebuild cache keys on it together with the taxonomy digest. */
const char *foi_parsers_fingerprint(void);

/* Load --expect (file or comma list) into ds->expect as force ids; unknown
 * names become unknown_force issues. */
int foi_load_expect(struct foi_dataset *ds, const char *expect, struct foi_err *err);

#endif
