/* sqlout.h: foi.sqlite written by a child process while the build goes on
 * (app/ only). A clean build starts it before the first file is parsed and
 * hands it each file's result as it comes (where it is in the rebuild cache,
 * or its bytes); the child inserts that file's records and issues at once,
 * on a core the parse workers leave idle or in between, so that little of
 * foi.sqlite is left to write when the other outputs are done. At the end
 * the parent gives it the rest (sources, the issues of no or several
 * sources, the comparable table) and it commits; or it is told to drop it
 * all. Rows may go in in any order: foi.sqlite is identical to a clean
 * build's in content, and the child says which rowids each file's rows got
 * (the state keeps them for an update in place). */
#ifndef FOI_SQLOUT_H
#define FOI_SQLOUT_H

#include "merge.h"
#include "../export/export.h"

struct foi_taxonomy;
struct foi_sqlout;

/* Where a result's rows went: the first rowid and count of its records and
 * of its issues (first 0: none). */
struct foi_sql_rows {
    int64_t rec_first, rec_count, iss_first, iss_count;
};

/* Start the writer: a child that creates path (a temporary, removed first
 * if there) with the tables, and waits for results. 0 or FOI_EIO. */
int foi_sqlout_start(struct foi_sqlout **w, const char *path, const struct foi_taxonomy *tax, struct foi_err *err);
/* A file's result (a merge input: in the cache or in memory), numbered seq
 * (0, 1, ...: what finish reports rowids by). Queued; sent as the child
 * reads, without waiting for it. 0 or FOI_ENOMEM / FOI_EIO. */
int foi_sqlout_result(struct foi_sqlout *w, uint32_t seq, const struct foi_merge_input *in);
/* Result seq's rows out again (a later result replaced it). */
int foi_sqlout_drop(struct foi_sqlout *w, uint32_t seq);
/* No more results (drops may still come): the child indexes the records. */
int foi_sqlout_end_results(struct foi_sqlout *w);
/* Send what is queued as far as the child takes it now (never waits). */
void foi_sqlout_pump(struct foi_sqlout *w);
/* The socket to wait on (POLLOUT) while something is queued, else -1. */
int foi_sqlout_waiting(const struct foi_sqlout *w);
/* The comparable rows (foi_cmp_row_write's format; the finished file at
 * path, opened here for the child) ahead of the rest: the child fills the
 * comparable table while the parent writes the issues. Optional; then
 * finish's rows_fd is not used. 0 or FOI_EIO. */
int foi_sqlout_comparable_rows(struct foi_sqlout *w, const char *path, struct foi_err *err);
/* The rest, then commit: the sources, the issues of no or several sources
 * (an issue file, foi_issue_file_open, read from its start; rowids
 * extra_first on), the forces, and the comparable rows (foi_cmp_row_write's
 * format) of rows_fd unless sent already. rows[seq] (nseq of them) gets where each result's rows
 * went. Waits for the child; w is gone after. 0 or an error code (err says
 * why). */
int foi_sqlout_finish(struct foi_sqlout *w, const struct foi_source *src, size_t nsrc, int64_t extra_first,
                      int extra_fd, int rows_fd, struct foi_sql_rows *rows, size_t nseq, struct foi_err *err);
/* Drop it all (the temporary removed) and wait for the child. NULL is fine. */
void foi_sqlout_abort(struct foi_sqlout *w);

/* In one process: a result's records and own issues into q, *rows where. */
int foi_sqlout_insert(struct foi_sqlite *q, const struct foi_merge_input *in, const char *name,
                      struct foi_sql_rows *rows, struct foi_err *err);
/* The comparable table made and filled from rows_fd (a new file; an
 * update replaces only the rows that changed: foi_outs_comparable). */
int foi_sqlout_comparable(struct foi_sqlite *q, const char *const *outcomes, int noutcomes, int rows_fd,
                          struct foi_err *err);
/* The issues of no or several sources from extra_fd, rowids extra_first on. */
int foi_sqlout_extra(struct foi_sqlite *q, int extra_fd, int64_t extra_first, struct foi_err *err);

#endif
