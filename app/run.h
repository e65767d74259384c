/* run.h: what one build holds between its steps (app/ only): the files to
 * read (jobs), and for every source its row and where its result is (the
 * rebuild cache, or memory for what no worker made), with the metas of
 * every source; never the figures themselves. build.c runs the steps,
 * pool.c fills it from the cache and the parse workers, outputs.c writes
 * the outputs from it. */
#ifndef FOI_RUN_H
#define FOI_RUN_H

#include <signal.h>

#include "build.h"
#include "cache.h"
#include "merge.h"
#include "../analyze/coverage.h"

/* One file to read: where it is, its name in the outputs, what its context
 * file or covering letter says about it, its name in the rebuild cache. */
struct foi_job {
    char *fs, *rel;
    char *context;      /* the text of the file's external context (normalize/context.h), or NULL */
    char *key;          /* its name in the rebuild cache: rel, or rel and a digest of the context */
};
/* Give job j the context text (NULL for none); its cache key follows. 0 or FOI_ENOMEM. */
int foi_job_set_context(struct foi_job *j, const char *text);
void foi_job_release(struct foi_job *j);

enum { FOI_SRC_CACHE, FOI_SRC_MEM };

struct foi_src {
    struct foi_source row;      /* strings in the run's arena */
    int where;                  /* FOI_SRC_CACHE or FOI_SRC_MEM */
    struct foi_cache_ref ref;   /* FOI_SRC_CACHE: its result in the cache */
    char *mem;                  /* FOI_SRC_MEM: its whole result (owned) */
    size_t memlen;
    uint32_t nrec, niss;
    struct foi_force_cov *cov;  /* what its records say per force (in the run's arena) */
    uint32_t ncov;
    long job;                   /* its job, or -1 (found unreadable by the walk) */
    uint32_t sqlseq;            /* its number with foi.sqlite's writer */
    unsigned fresh : 1;         /* parsed in this build */
    unsigned replaced : 1;      /* a later result took its place (attachments) */
};

struct foi_run {
    const struct foi_build_opts *o;
    const struct foi_taxonomy *tax;
    struct foi_cache *cache;
    struct foi_arena a;
    struct foi_job *jobs;
    size_t njobs, ajobs;
    struct foi_src *src;        /* in the order they came; sorted by source_file for the outputs */
    size_t nsrc, asrc;
    struct foi_meta *metas;     /* every source's (strings in a) */
    size_t nmetas, ametas;
    struct foi_dataset wide;    /* issues of no source (--expect, missing forces): its issues only */
    size_t reused;              /* results taken from the rebuild cache */
    const char *cache_key;      /* what results were made under */
    char options[65];           /* the digest of the options the outputs depend on (the state records it) */
    /* results replaced in the cache during this build (a changed file):
     * where the previous one is, for an incremental build to read it */
    struct foi_replaced { const char *key; struct foi_cache_ref ref; } *replaced;
    size_t nreplaced, areplaced;
    /* foi.sqlite's writer (sqlout.h) when it runs beside the parse: every
     * result goes to it as it comes (numbered in order) */
    struct foi_sqlout *sql;
    uint32_t nsql;
    uint64_t sql_niss;          /* issues of the results sent (the others' rowids come after) */
};

/* Add a source: its result (len bytes) in memory (copied; fresh or not) or in
 * the cache (blob NULL, ref set), read for its row, counts and metas. 0,
 * FOI_ECORRUPT (not a usable result) or FOI_ENOMEM. */
int foi_run_add(struct foi_run *r, long job, const char *blob, size_t len, const struct foi_cache_ref *ref,
                int fresh);
/* Add a source that has no result of its own: its row and one issue (the
 * walk's skipped entries, files whose worker failed). 0 or FOI_ENOMEM. */
int foi_run_add_failed(struct foi_run *r, long job, const struct foi_source *row, enum foi_severity sev,
                       const char *why);
/* Read every job (cache or workers). 0 or an error code. */
int foi_run_jobs(struct foi_run *r, const size_t *which, size_t n, struct foi_err *err);
/* A source's result as a merge input. */
void foi_run_input(const struct foi_run *r, size_t i, struct foi_merge_input *in);
/* Write the outputs (a clean or full build), and the state next to them
 * (state.h); old: the state of the outputs there, when they are an
 * earlier build's under the same options (the change summary then reads
 * only the changed files' records), or NULL. */
struct foi_state;
int foi_run_outputs(struct foi_run *r, const struct foi_state *old, struct foi_build_summary *sum,
                    const char *fingerprint, struct foi_err *err);
/* foi.sqlite's writer: started (at the temporary the outputs use), and
 * source i's result sent to it. 0 or an error code. */
int foi_run_sql_start(struct foi_run *r, struct foi_err *err);
int foi_run_sql_send(struct foi_run *r, size_t i);
/* The checksum of source i's result's header (what the state records). */
void foi_run_hsha(const struct foi_run *r, size_t i, unsigned char h[32]);
/* The index of source_file in r->src (sorted), or -1. */
long foi_run_find(const struct foi_run *r, const char *source_file);
/* A figure's tag: 16 bytes of hash of force, period, category, measure,
 * subject and outcome (what the duplicate check groups by). */
void foi_figure_tag(const struct foi_record *r, unsigned char tag[16]);

/* FOI_TIMINGS=1: each phase's wall time and memory high-water mark on stderr. */
void foi_run_phase(const char *name);
extern volatile sig_atomic_t foi_interrupt;

#endif
