/* outputs.h: the steps that write a build's outputs, shared by a full
 * build (outputs.c: every record merged again) and an incremental one
 * (splice.c: the previous outputs updated). Internal to app/. */
#ifndef FOI_OUTPUTS_H
#define FOI_OUTPUTS_H

#include "fdio.h"
#include "run.h"
#include "issort.h"
#include "state.h"
#include "../analyze/comparable.h"
#include "../analyze/coverage.h"
#include "../analyze/review.h"
#include "../export/export.h"

enum { O_RECORDS, O_NDJSON, O_SQLITE, O_COMPARABLE, O_SOURCES, O_ISSUES, O_DATAPACKAGE, O_REPORT,
       O_STATE, O_ROWS, O_XISS, O_CMPSTATE, O_CMPOUT, O_CMPIDS, NOUT };
extern const char *const foi_out_names[NOUT];

struct foi_outs {
    struct foi_run *run;
    const struct foi_build_opts *o;
    struct foi_err *err;
    struct foi_build_summary *sum;
    const char *dir;
    char *tmp[NOUT], *fin[NOUT];
    int written[NOUT];           /* a temporary to rename into place */
    size_t budget;
    const char **outcomes;
    int noutcomes;
    struct foi_coverage cov;
    struct foi_workforce *wf;
    struct foi_issue_sink wide_sink;
    /* the comparable table */
    struct foi_cmp_builder *cb;
    int cmp_fd;                  /* its rows as they come, for the second pass */
    struct foi_buf rowbuf;
    struct foi_sumfile *cmpstate;   /* the new .foi-cmp */
    struct foi_buf keepbuf;         /* what goes to it next */
    int rows_out_fd;             /* its rows with their funnel, for foi.sqlite (.foi-cmpout) */
    struct foi_sha *rows_out_sha;
    struct foi_sqlite *cmp_db;   /* an update: the previous rows' rowids kept, the changed ones replaced here */
    struct foi_comparable rep;   /* its start and the plotted groups' rows, for the report */
    size_t *pick, *gsel;
    /* issues */
    struct foi_issue_summary isum;
    int extra_fd;                /* the issues of no or several sources, for foi.sqlite */
    unsigned char *missing_att;  /* per source: a letter whose attachment is missing (report) */
    /* the figures to review (report.html): fed by the merge's records in a
     * full build, by foi_outs_review_all in an incremental one */
    struct foi_review review;
};

/* Where the issues of no or several sources come from, in SPEC order:
 * 1 with *is (valid until the next call), its tag and its rowid in the
 * previous foi.sqlite (0: a new one); 0 at the end; or -code. */
typedef int (*foi_extra_fn)(void *ctx, struct foi_issue *is, const unsigned char **tag, int64_t *rowid);

/* Set up: the output folder, temporaries' names, counts for the summary,
 * coverage added up, the workforce and the comparable table's builder. */
int foi_outs_begin(struct foi_outs *x, struct foi_run *run, struct foi_build_summary *sum, struct foi_err *err);
/* The comparable table's second pass (funnels): comparable.csv, the rows
 * for foi.sqlite (.foi-cmpout, and their rowids in .foi-cmpids), the
 * report's part. With cmp_db set (an update), the rows are compared with
 * the previous .foi-cmpout as they come: a row that is the same keeps its
 * rowid, the others are deleted from or inserted into cmp_db's comparable
 * table (FOI_ECORRUPT when the previous files do not check out). */
int foi_outs_comparable(struct foi_outs *x);
/* Forces asked for and not heard from (into run->wide). */
int foi_outs_missing(struct foi_outs *x);
/* issues.csv (each source's own issues merged with the others from next),
 * .foi-xiss, and the issue file foi.sqlite reads (extra_fd). When db is
 * given (an update), a new issue of no or several sources is inserted
 * there and extra_fd is not written; else rowids are numbered from *next_rowid. The tags and rowids
 * the dropped old ones had are not this function's business. */
int foi_outs_issues(struct foi_outs *x, foi_extra_fn next, void *ctx, struct foi_sqlite *db, int64_t *next_rowid);
/* The figures to review from every source's records (an incremental
 * build, which merges no records): 0 or an error code. */
int foi_outs_review_all(struct foi_outs *x);
/* sources.csv, datapackage.json, report.html. */
int foi_outs_small(struct foi_outs *x);
/* .foi-state. */
int foi_outs_state(struct foi_outs *x, const char *fingerprint, const struct foi_state *st);
/* Every written temporary on disk (fsync): 0 or FOI_EIO. */
int foi_outs_sync(struct foi_outs *x);
/* Every written temporary on disk, then into place, the folder synced. */
int foi_outs_rename(struct foi_outs *x);
void foi_outs_end(struct foi_outs *x, int failed);

/* Comparable rows as the passes write and read them. */
int foi_cmp_row_write(struct foi_buf *b, int ncells, const struct foi_cmp_row *r);
struct foi_cmp_row_reader;
int foi_cmp_row_reader_new(struct foi_cmp_row_reader **out, int fd, int ncells);
/* 1 a row (valid until the next call), 0 at the end, -1 on error. */
int foi_cmp_row_next(struct foi_cmp_row_reader *rr, struct foi_cmp_row *r);
void foi_cmp_row_reader_free(struct foi_cmp_row_reader *rr);
/* One row's bytes (after its length) into *r, its cells in cells[ncells];
 * strings point into p. 0, or -1 when they do not read as a row. */
int foi_cmp_row_parse(const char *p, size_t len, struct foi_cmp_cell *cells, int ncells, struct foi_cmp_row *r);
/* The same bytes' force id alone (pointing into p), or NULL. */
const char *foi_cmp_row_force(const char *p, size_t len);
/* .foi-rows' header: its magic and n rows. 0 or FOI_EIO. */
int foi_rows_header(int fd, uint64_t n);
/* Incremental build: update the outputs in OUT_DIR from old (their state)
 * when few files changed. *fallback set (and nothing touched) when it
 * cannot: the caller writes everything instead. */
int foi_run_splice(struct foi_run *run, const struct foi_state *old, struct foi_build_summary *sum,
                   const char *fingerprint, int *fallback, struct foi_err *err);

/* The result previous source os came from: still in the cache, or
 * replaced during this build (kept until the cache is saved). 0 with *in,
 * or 1 when it is gone (or not the one the state names). */
int foi_run_old_result(const struct foi_run *run, const struct foi_state_src *os, struct foi_merge_input *in);

/* .foi-cmp as it is written: an entry of a type ('D' a row before sums, its
 * bytes as written; 'M' a month) copied from the previous one, and a month
 * (force, a source of this build, y * 12 + m - 1). 0 or a code. */
int foi_outs_keep_raw(struct foi_outs *x, char type, const void *p, size_t n);
int foi_outs_keep_month(void *x, const char *force_id, const char *source_file, long ym);

/* The temporary an output is written to before it is renamed into place
 * (the name has the process number in it). Allocated, or NULL. */
char *foi_out_tmp_path(const char *dir, int which);

/* mkdir -p: 0, FOI_EIO (errno set) or FOI_ENOMEM. */
int foi_mkdir_p(const char *dir);
int foi_flush_fd(int fd, struct foi_buf *b);
int foi_tmp_fd(const char *dir);
/* Source i's row of the state: its row, cache key, result digest and counts
 * (the caller adds where its rows went). */
void foi_state_src_of(const struct foi_run *run, size_t i, struct foi_state_src *ss);

#endif
