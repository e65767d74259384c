/* state.h: what the outputs in OUT_DIR were made of, kept next to them so
 * that the next build can update them instead of writing them again
 * (splice.c): every source's row, which result it came from (the
 * checksum of its result's header) and where its rows went in foi.sqlite;
 * for every row of records.csv, its source, its place among that source's
 * records and its length in records.csv and records.ndjson; the issues of
 * no or several sources with the figure they are about; the comparable
 * table's rows before sums and rates, and the months each source lists.
 *
 *   OUT_DIR/.foi-state   the sources and counts (checksummed)
 *   OUT_DIR/.foi-rows    16 bytes a record: source, rank, csv and ndjson length
 *   OUT_DIR/.foi-xiss    the issues of no or several sources (checksummed)
 *   OUT_DIR/.foi-cmp     comparable rows before sums, then months (checksummed)
 *   OUT_DIR/.foi-cmpout  comparable rows as written (the rows foi.sqlite's
 *                        comparable table holds, in comparable.csv's order)
 *   OUT_DIR/.foi-cmpids  their checksum, then each row's rowid in foi.sqlite
 *                        (checksummed)
 *
 * Written with the outputs (temporaries renamed with them); trusted only
 * when the stamp says the outputs are the ones written with it. */
#ifndef FOI_STATE_H
#define FOI_STATE_H

#include "../core/record.h"

#define FOI_STATE_FILES ".foi-state", ".foi-rows", ".foi-xiss", ".foi-cmp", ".foi-cmpout", ".foi-cmpids"
enum { FOI_NSTATE = 6 };
extern const char *const foi_state_files[FOI_NSTATE];

struct foi_state_src {
    struct foi_source row;
    const char *key;               /* its name in the rebuild cache */
    unsigned char hsha[32];        /* its result's header checksum */
    uint32_t nrec, niss;
    int64_t rec_first, rec_count;  /* its records' rowids in foi.sqlite */
    int64_t iss_first, iss_count;  /* its own issues' rowids */
};

struct foi_state {
    struct foi_arena a;
    char key[2048];                /* the options the outputs were made under (foi_stamp_options) */
    char fingerprint[65];          /* the stamp's */
    uint64_t nrows, csv_bytes, nd_bytes;
    struct foi_state_src *src;     /* sorted by source_file */
    size_t nsrc, asrc;
    uint64_t nextra;               /* issues in .foi-xiss */
    uint64_t ncmp;                 /* comparable rows (sorted by key) in foi.sqlite: rowids 1.. or recorded */
    unsigned char rows_sha[32];    /* SHA-256 of .foi-rows after its header */
};

void foi_state_init(struct foi_state *s);
void foi_state_release(struct foi_state *s);
int foi_state_add_src(struct foi_state *s, const struct foi_state_src *src);
/* Write the state to path (a temporary; the caller renames it). */
int foi_state_write(const struct foi_state *s, const char *path, struct foi_err *err);
/* Read out_dir/.foi-state. 0, FOI_ENOTFOUND, FOI_ECORRUPT or FOI_ENOMEM. */
int foi_state_read(struct foi_state *s, const char *out_dir, struct foi_err *err);

/* A row of .foi-rows. */
struct foi_state_row {
    uint32_t source, rank, csv_len, nd_len;
};
enum { FOI_STATE_ROWS_HDR = 16 };

/* A checksummed file written in one go: foi_sumfile_* append bytes and keep
 * the SHA-256 of what was written; close adds it at the end. */
struct foi_sumfile;
int foi_sumfile_open(struct foi_sumfile **out, const char *path, const char *magic, struct foi_err *err);
int foi_sumfile_write(struct foi_sumfile *f, const void *p, size_t n);
int foi_sumfile_close(struct foi_sumfile *f, int ok, struct foi_err *err);   /* frees f; removes the file unless ok */

/* And read back in order, checking the sum at the end (read_end). */
struct foi_sumread;
int foi_sumread_open(struct foi_sumread **out, const char *path, const char *magic);
/* n bytes into p: 0, or -1 at a short read. */
int foi_sumread_get(struct foi_sumread *r, void *p, size_t n);
/* Everything read, and the sum matches: 1; else 0. */
int foi_sumread_end(struct foi_sumread *r);
int foi_sumread_at_end(struct foi_sumread *r);
void foi_sumread_close(struct foi_sumread *r);

#endif
