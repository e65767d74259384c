/* merge.h: every file's records in SPEC order, without holding them: a k-way
 * merge of the files' results (each already in SPEC order, serial.h), read
 * through small buffers. Records of two files compare on (force, period,
 * category, measure, subject, outcome) and then the file (SPEC's order
 * never needs more between two files); the strings' ranks are worked out
 * once, so a comparison is eight integers. When the results do not fit in
 * the memory budget together, groups of them are first merged into
 * temporary runs (external merge sort), as many passes as it takes. */
#ifndef FOI_MERGE_H
#define FOI_MERGE_H

#include "../core/record.h"

/* Where one file's result is: in a file (fd, offset, length; hsha the
 * checksum of its header, NULL when not checked) or in memory. */
struct foi_merge_input {
    int fd;
    uint64_t off, len;
    const unsigned char *hsha;
    const char *mem;            /* when not NULL: the whole result, len bytes */
    uint32_t source;            /* the source's index in the build's sorted source list */
};

/* What the merge hands out with each record: which input (source) it came
 * from and its position among that source's records. */
struct foi_merge_pos {
    uint32_t source;
    uint32_t rank;
};

/* Called for every record in SPEC order. r and its strings are valid until
 * it returns. A non-zero return stops the merge with that code. */
typedef int (*foi_merge_fn)(void *ctx, const struct foi_record *r, const struct foi_merge_pos *pos);

struct foi_merge_opts {
    size_t budget;              /* bytes the merge may hold; 0 = 64 MiB */
    const char *tmp_dir;        /* where temporary runs go (NULL: $TMPDIR or /tmp) */
    int verify;                 /* check every record block against its checksum */
    size_t passes;              /* out: merge passes made (1 when everything fit) */
    size_t need;                /* out: what holding every input open took, read buffers aside */
    uint32_t bad_input;         /* out: on FOI_ECORRUPT, the input (source) that failed */
};

/* Merge inputs[0..n) (each source once; sources are numbered by the
 * caller in source_file order) and call fn for each record. 0, fn's code,
 * FOI_ECORRUPT (a result that does not read: opts->bad_input says which),
 * FOI_EIO or FOI_ENOMEM, with err set. */
int foi_merge(const struct foi_merge_input *inputs, size_t n, struct foi_merge_opts *opts,
              foi_merge_fn fn, void *ctx, struct foi_err *err);

/* Reading one result's records in order, in pieces (also used to read a
 * few records of a result). */
struct foi_result_reader;
int foi_result_reader_open(struct foi_result_reader **out, const struct foi_merge_input *in, size_t bufsz,
                           int verify, struct foi_err *err);
/* The next record: 1 with *r set (valid until the next call), 0 at the end,
 * or -FOI_ECORRUPT / -FOI_EIO / -FOI_ENOMEM. */
int foi_result_reader_next(struct foi_result_reader *rd, struct foi_record *r);
/* Record k of the result (random access: its block read and checked, then
 * the records before it in the block): 1 with *r set (valid until the next
 * seek), or -code. Not to be mixed with next on the same reader. */
int foi_result_reader_seek(struct foi_result_reader *rd, uint32_t k, struct foi_record *r);
/* Let go of the result's head: strs[i] stands for string i of its table
 * (texts that outlive the reader). Records still read; the head's other
 * parts (metas, coverage) and the issues no longer. 0 or FOI_ENOMEM. */
int foi_result_reader_shed(struct foi_result_reader *rd, const char *const *strs);
/* The result's source row and issues (the issues section read whole). */
const struct foi_result *foi_result_reader_head(const struct foi_result_reader *rd);
int foi_result_reader_issues(struct foi_result_reader *rd, int (*fn)(void *ctx, const struct foi_issue *is),
                             void *ctx);
void foi_result_reader_close(struct foi_result_reader *rd);

#endif
