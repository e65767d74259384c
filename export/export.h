/* export.h: one signature for every exporter over one read-only dataset, and
 * the atomic-write discipline (temporary file in OUT_DIR, fsync, rename). */
#ifndef FOI_EXPORT_H
#define FOI_EXPORT_H

#include "../core/record.h"
#include "../normalize/normalize.h"

struct foi_comparable;   /* comparable.h */

/* What every exporter gets. */
struct foi_export_ctx {
    const struct foi_dataset *ds;
    const struct foi_comparable *cmp;  /* the wide table (rates, funnel), built once */
    int jobs;   /* > 1: up to this many exporters write at once, each in a
                   forked child (the dataset is read-only); else one by one */
    const char *link_prefix;           /* report.html links (out_report.h); NULL none */
};

/* An exporter writes one file at tmp_path (which it creates); the build renames
 * it to its final name only when every exporter succeeded. */
struct foi_exporter {
    const char *file;   /* final name in OUT_DIR: "records.csv" */
    int (*write)(const struct foi_export_ctx *x, const char *tmp_path, struct foi_err *err);
    int cost;           /* relative work per record; the dearest start first when
                           exporters run side by side (0 for the cheap ones) */
};
extern const struct foi_exporter foi_exporters[];
extern const int foi_nexporters;

int foi_out_records_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err);
int foi_out_records_ndjson(const struct foi_export_ctx *x, const char *path, struct foi_err *err);
int foi_out_sqlite(const struct foi_export_ctx *x, const char *path, struct foi_err *err);
int foi_out_comparable_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err);
int foi_out_sources_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err);
int foi_out_issues_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err);
int foi_out_datapackage(const struct foi_export_ctx *x, const char *path, struct foi_err *err);
int foi_out_report_html(const struct foi_export_ctx *x, const char *path, struct foi_err *err);

/* Write every exporter's file into out_dir atomically: all temporaries first,
 * then renames. On failure no final file is touched and temporaries are removed.
 * With x->jobs > 1 the temporaries are written by forked children, up to
 * x->jobs at once; a child's error (or crash) comes back as the build's error. */
int foi_export_all(const struct foi_export_ctx *x, const char *out_dir, struct foi_err *err);

/* Remove the ".NAME.tmp-PID" temporaries a killed build left in out_dir
 * (foi_export_all does it first; a build that keeps its outputs calls it). */
int foi_export_remove_stale(const char *out_dir, struct foi_err *err);
/* The same, leaving the temporaries of process pid (this one's) alone. */
int foi_export_remove_stale_but(const char *out_dir, long pid, struct foi_err *err);

/* --- helpers shared by the CSV writers ----------------------------------- */
/* A checked FILE wrapper: every write error is remembered; close reports it
 * after fflush + fsync + fclose. */
struct foi_wfile;
struct foi_wfile *foi_wfile_open(const char *path, struct foi_err *err);
int foi_wfile_write(struct foi_wfile *f, const void *p, size_t n);
int foi_wfile_puts(struct foi_wfile *f, const char *s);
int foi_wfile_printf(struct foi_wfile *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int foi_wfile_close(struct foi_wfile *f, struct foi_err *err);  /* frees f */
void foi_wfile_abort(struct foi_wfile *f);                       /* closes, unlinks, frees */
/* An exporter's last step: close f (reporting any remembered write error with
 * its errno), name rc's error when the close went well, and remove the
 * partial file on any failure. Returns the first error code. */
int foi_wfile_finish(struct foi_wfile *f, int rc, const char *path, struct foi_err *err);

/* RFC 4180 field: quoted when it holds , " CR or LF or starts or ends with a
 * space or TAB, quotes doubled, invalid UTF-8 replaced by U+FFFD; when
 * spreadsheet_safe, a field starting with = + - @ TAB or CR (and not a plain
 * number such as -1 or +2.5) is prefixed with a single quote. */
int foi_csv_field(struct foi_wfile *f, const char *s, int spreadsheet_safe);

/* 1 while the writer thread runs (some file is open): a process that forks
 * then gives its child a copy of locks another thread may hold. */
int foi_wfile_threads(void);

/* Writes past the page cache (O_DIRECT; wfile.c says why). foi_put_direct
 * writes p[0..n) at fd's offset: whole FOI_DIRECT_ALIGN blocks of an
 * aligned buffer go direct, the rest through the cache. *direct is the
 * file's state: 0 for a file not written yet (direct writes start with the
 * first write of at least `from` bytes at a block boundary), 1 on, -1 off
 * (for good: refused by the file system, off the boundary, or turned off
 * with FOI_NO_DIRECT=1). 0 or an errno. */
#define FOI_DIRECT_ALIGN ((size_t)4096)
int foi_direct_allowed(void);
int foi_fd_direct(int fd, int on);   /* O_DIRECT on or off for fd: 0 or -1 */
int foi_put_direct(int fd, int *direct, const char *p, size_t n, size_t from);

/* Test hook: make the Nth write through foi_wfile fail (0 = never); that
 * write and every later one fail with ENOSPC, as on a full disk. */
void foi_wfile_fail_after(long n);
/* For writers that cannot go through foi_wfile (SQLite writes its own file):
 * count one write against the same hook; 1 when this write must fail. */
int foi_wfile_fault_point(void);

/* foi_export_all over any exporter table (foi_export_all passes foi_exporters;
 * tests pass a fake table). File names must be plain names (no '/'). */
int foi_export_all_with(const struct foi_exporter *tab, int n, const struct foi_export_ctx *x,
                        const char *out_dir, struct foi_err *err);

/* --- foi.sqlite row by row (out_sqlite.c) ---------------------------------
 * create: a new file at path (which must not exist), its tables made, one
 * transaction open (no journal: the file is a temporary until renamed);
 * update: an existing foi.sqlite, one transaction with a rollback journal
 * (a build that stops before finish leaves it as it was). finish(commit):
 * indexes and views (new files), COMMIT or ROLLBACK, close, fsync, free; a
 * new file is removed when not committed. cache_kb: SQLite's page cache
 * (0: 16 MB). Rows go in any order: foi.sqlite is identical in content,
 * not in bytes. The records table leaves out force_name, source_sha256 and
 * parser (carried once by forces and sources; records_full has them). */
struct foi_sqlite;
struct foi_cmp_row;
int foi_sqlite_create(struct foi_sqlite **out, const char *path, size_t cache_kb, struct foi_err *err);
int foi_sqlite_update(struct foi_sqlite **out, const char *path, size_t cache_kb, struct foi_err *err);
int foi_sqlite_record(struct foi_sqlite *q, const struct foi_record *r, int64_t *rowid);
int foi_sqlite_source(struct foi_sqlite *q, const struct foi_source *s);
int foi_sqlite_issue(struct foi_sqlite *q, const struct foi_issue *is, int64_t *rowid);
/* The same with its rowid given (the build numbers the issues of no or
 * several sources itself). */
int foi_sqlite_issue_at(struct foi_sqlite *q, const struct foi_issue *is, int64_t rowid);
int foi_sqlite_forces(struct foi_sqlite *q, const struct foi_taxonomy *tax);
int foi_sqlite_comparable_table(struct foi_sqlite *q, const struct foi_comparable *cmp);
/* The comparable table already there (an update): its insert made ready. */
int foi_sqlite_comparable_prepare(struct foi_sqlite *q, const struct foi_comparable *cmp);
/* A comparable row in; its rowid into *rowid when rowid is not NULL. */
int foi_sqlite_comparable_row(struct foi_sqlite *q, const struct foi_cmp_row *row, int64_t *rowid);
int foi_sqlite_delete_range(struct foi_sqlite *q, const char *table, int64_t first, int64_t count);
int foi_sqlite_delete_source(struct foi_sqlite *q, const char *source_file);
int foi_sqlite_exec(struct foi_sqlite *q, const char *sql);
/* A new file: the records table's indexes now, when no more records come
 * (finish makes them otherwise). */
int foi_sqlite_index_records(struct foi_sqlite *q);
int foi_sqlite_finish(struct foi_sqlite *q, int commit);

/* --- rows (rows.c): the bytes of one record, appended to a buffer ------- */
/* A records.csv row (with its LF). */
int foi_csv_record(struct foi_buf *b, const struct foi_record *r);
/* An issues.csv row, and its header row. */
int foi_csv_issue(struct foi_buf *b, const struct foi_issue *is);
int foi_csv_issue_header(struct foi_buf *b);
/* A comparable.csv row, and its header row (cmp gives the columns). */
struct foi_cmp_row;
int foi_comparable_csv_row(struct foi_buf *b, const struct foi_comparable *cmp, const struct foi_cmp_row *r);
int foi_comparable_csv_header(struct foi_buf *b, const struct foi_comparable *cmp);
/* One CSV field, as foi_csv_field writes it. */
int foi_csv_put(struct foi_buf *b, const char *s, int spreadsheet_safe);
/* A records.ndjson line (with its LF), through an encoder made once. */
struct foi_ndjson;
int foi_ndjson_new(struct foi_ndjson **out);
int foi_ndjson_record(struct foi_ndjson *e, struct foi_buf *b, const struct foi_record *r);
/* Both at once (the same bytes, each field looked at once): the row onto
 * csv and the line onto nd; *csv_len, *nd_len (may be NULL) what each got. */
int foi_rows_record(struct foi_ndjson *e, struct foi_buf *csv, struct foi_buf *nd, const struct foi_record *r,
                    size_t *csv_len, size_t *nd_len);
void foi_ndjson_free(struct foi_ndjson *e);

/* Valid UTF-8 for s (NULL reads as ""): s itself when already valid, else a
 * copy in scratch with every invalid sequence replaced by U+FFFD; NULL only
 * when out of memory. */
const char *foi_utf8_clean(const char *s, struct foi_buf *scratch);
/* The same, with its length in *len. */
const char *foi_utf8_clean_n(const char *s, struct foi_buf *scratch, size_t *len);

/* Table Schema type of each records.csv column (foi_record_columns order):
 * value, value_min, value_max are integers, confidence a number, the period
 * dates dates, everything else a string. */
enum foi_coltype { FOI_COL_STRING, FOI_COL_INTEGER, FOI_COL_NUMBER, FOI_COL_DATE };
enum foi_coltype foi_export_coltype(int col);

#endif
