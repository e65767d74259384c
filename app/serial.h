/* serial.h: one file's result (its source row, records, issues and metas) as
 * bytes and back, exactly: the parse workers send results to the parent this
 * way, the rebuild cache stores them this way, and the build streams records
 * out of them without loading a whole result. Binary, little-endian; layout
 * in docs/rebuilds.md ("Result format").
 *
 *   header   magic, counts, section lengths, SHA-256 of the head and of the issues
 *   head     string table (every repeated string once), sources, metas, what
 *            the records say per force (coverage), record blocks (first
 *            record, offset, truncated SHA-256 of the block)
 *   records  in the order written (the build writes them in SPEC order), each a
 *            fixed part (string references, value, confidence) and its locator
 *            and raw text inline; grouped in blocks of about 4 KB
 *   issues   severity, references, message inline
 *
 * A record's source_file, source_sha256 and parser are its source's: they are
 * stored once, in the source row. */
#ifndef FOI_SERIAL_H
#define FOI_SERIAL_H

#include "../core/record.h"

enum { FOI_RESULT_HEADER = 120 };   /* bytes before the head */

/* Write ds (records, issues and metas in the order given: call
 * foi_dataset_sort first for a result the merge can use). FOI_EUSAGE when a
 * record's source_file is not one of ds's sources, or its sha or parser
 * differs from its source's; FOI_ENOMEM. */
int foi_serial_write(const struct foi_dataset *ds, struct foi_buf *out);
/* Append what data holds to ds. FOI_ECORRUPT on any malformed byte or a
 * checksum that does not match; on any error nothing of data is left in ds
 * (its counts are as they were). */
int foi_serial_read(struct foi_dataset *ds, const char *data, size_t n, struct foi_err *err);

/* Check a whole result in memory as foi_serial_read would (checksums, every
 * record and issue readable) without copying it anywhere. 0 or FOI_ECORRUPT
 * (FOI_ENOMEM). */
int foi_result_check(const char *data, size_t n, struct foi_err *err);

/* SHA-256 of bytes as 64 hex digits + NUL, or as 32 bytes. */
void foi_sha256_hex(const void *data, size_t n, char out[65]);
void foi_sha256(const void *data, size_t n, unsigned char out[32]);
/* The same a piece at a time: begin (NULL: no memory), add, end (frees h;
 * 0, or -1 with out zeroed when anything failed, h NULL included). */
struct foi_sha;
struct foi_sha *foi_sha_begin(void);
void foi_sha_add(struct foi_sha *h, const void *p, size_t n);
int foi_sha_end(struct foi_sha *h, unsigned char out[32]);

/* ------------------------------------------------ reading without copying */
struct foi_result_block {
    uint32_t first;          /* index of its first record */
    uint32_t off;            /* byte offset in the records section */
    unsigned char sha[16];   /* first 16 bytes of the SHA-256 of its bytes */
};

/* The header and head of a result: everything but the records and issues. */
struct foi_result {
    uint32_t nstr, nsrc, nrec, niss, nmeta, nblk, ncov;
    uint32_t head_len;       /* bytes of the head, after the header */
    uint64_t rec_len, iss_len;
    unsigned char iss_sha[32];
    int wide;                /* string references are 4 bytes (else 2) */
    const char *head;        /* head_len bytes (borrowed) */
    const char **str;        /* nstr strings, pointing into head (owned) */
    const unsigned char *src, *meta, *cov;   /* their tables in head */
    struct foi_result_block *blk;      /* nblk (owned) */
    unsigned char *src_owned;          /* the source table once the head is let go */
};

/* Parse and check a result's header (FOI_RESULT_HEADER bytes): counts and
 * lengths in range; the head itself is checked by foi_result_open. The total
 * length of the blob is FOI_RESULT_HEADER + head_len + rec_len + iss_len. */
int foi_result_header(struct foi_result *r, const char *hdr, size_t total, struct foi_err *err);
/* Check head (r->head_len bytes that follow the header hdr) against the
 * header's SHA-256 and its structure, and index it. head must stay valid
 * while r is used. 0, FOI_ECORRUPT or FOI_ENOMEM. */
int foi_result_open(struct foi_result *r, const char *hdr, const char *head, struct foi_err *err);
void foi_result_close(struct foi_result *r);
/* Let go of the head (the caller then frees it): its strings are replaced by
 * strs[0..nstr) (equal texts that outlive r), the source table is copied;
 * metas, coverage and the head itself are no longer there. Records still
 * decode. 0 or FOI_ENOMEM. */
int foi_result_detach_head(struct foi_result *r, const char *const *strs);
uint64_t foi_result_size(const struct foi_result *r);   /* header + head + records + issues */
uint64_t foi_result_rec_off(const struct foi_result *r); /* where the records section starts */

void foi_result_source(const struct foi_result *r, uint32_t i, struct foi_source *out);
void foi_result_meta(const struct foi_result *r, uint32_t i, struct foi_meta *out);
/* What the file's records say per force (analyze/coverage.h), worked out
 * when the result was written: entry i of ncov (id and name point into the
 * head). */
struct foi_force_cov;
void foi_result_coverage(const struct foi_result *r, uint32_t i, struct foi_force_cov *out);
/* Bytes of block b in the records section: [off, end). */
void foi_result_block_span(const struct foi_result *r, uint32_t b, uint64_t *off, uint64_t *end);
/* Does p[0..n) match block b's checksum? */
int foi_result_block_ok(const struct foi_result *r, uint32_t b, const char *p, size_t n);
/* Decode the record at p (at most n bytes): out's strings point into p and
 * into r's head. *used gets its length; refs (may be NULL) the indexes in
 * the string table of its FOI_RESULT_NREFS referenced fields, in the order
 * below. 0, or FOI_ECORRUPT. */
enum { FOI_REF_FORCE, FOI_REF_FORCE_NAME, FOI_REF_PERIOD_LABEL, FOI_REF_CATEGORY, FOI_REF_CATEGORY_RAW,
       FOI_REF_MEASURE, FOI_REF_SUBJECT, FOI_REF_OUTCOME, FOI_REF_OUTCOME_RAW, FOI_REF_REQUEST_REF,
       FOI_REF_DATE_BASIS, FOI_REF_NOTE, FOI_REF_PERIOD_START, FOI_REF_PERIOD_END, FOI_REF_EXEMPTION,
       FOI_RESULT_NREFS };
int foi_result_record(const struct foi_result *r, const char *p, size_t n, struct foi_record *out,
                      size_t *used, uint32_t *refs);
/* Decode the issue at p likewise (the message inline in p). */
int foi_result_issue(const struct foi_result *r, const char *p, size_t n, struct foi_issue *out,
                     size_t *used);
/* Does the issues section iss[0..iss_len) match its checksum? */
int foi_result_issues_ok(const struct foi_result *r, const char *iss);

#endif
