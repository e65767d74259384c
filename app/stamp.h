/* stamp.h: OUT_DIR/.foi-stamp, what the outputs in OUT_DIR were built from.
 *
 * A build's outputs are a function of its inputs' bytes, their paths, the
 * code, the taxonomy, the limits and a few options. The stamp records a
 * SHA-256 of all of that (the fingerprint) and, for every output file, the
 * stat it had when it was written (size, mtime, ctime, inode). A rebuild
 * whose fingerprint is the same, into an OUT_DIR whose outputs all still
 * have those stats, would write the same bytes again: it leaves them as they
 * are. Anything else (a missing, damaged or foreign stamp, an output that
 * was touched, replaced or removed, --clean) means a full export.
 * Format and rules: docs/rebuilds.md. */
#ifndef FOI_STAMP_H
#define FOI_STAMP_H

#include "../core/record.h"

struct foi_stamp_in {
    const char *cache_key;        /* foi_cache_key(): code, parsers, taxonomy, limits */
    const char *link_prefix;      /* --link-prefix, or NULL */
    const char *workforce_path;   /* the workforce file read (its bytes are hashed) */
};

/* The fingerprint of a build's sources (sorted by source_file) and counts
 * (records, and issues before the cross-file checks) under in, as 64 hex
 * digits; and the same of a dataset (sorted). 0 or FOI_ENOMEM. */
int foi_stamp_fingerprint_of(const struct foi_source *src, size_t nsrc, size_t nrecords, size_t nissues,
                             const char *const *expect, size_t nexpect, const struct foi_stamp_in *in,
                             char out[65]);
int foi_stamp_fingerprint(const struct foi_dataset *ds, const struct foi_stamp_in *in, char out[65]);
/* The digest of what the outputs depend on besides the sources: in and
 * the forces expected (an incremental build needs them unchanged). */
int foi_stamp_options(const char *const *expect, size_t nexpect, const struct foi_stamp_in *in, char out[65]);

/* What the build said about its outputs (its summary line), kept so that a
 * build that leaves them as they are can say it again. */
struct foi_stamp_counts {
    size_t issues, errors, warnings;
};

/* 1 when OUT_DIR's stamp has this fingerprint and every output still has the
 * stat recorded in it (counts, may be NULL, then filled); 0 otherwise (never
 * an error: the build then exports). */
int foi_stamp_current(const char *out_dir, const char *fingerprint, struct foi_stamp_counts *counts);

/* 1 when OUT_DIR's stamp reads and every output still has the stat
 * recorded in it (whatever its fingerprint, which fingerprint gets): the
 * outputs are the ones the build that wrote the stamp wrote. */
int foi_stamp_intact(const char *out_dir, char fingerprint[65]);

/* Record fingerprint, counts (may be NULL) and the outputs' stats (after
 * they were written); atomic (temporary + rename). A failure leaves the old
 * stamp, whose stats no longer match the new outputs, so the next build
 * exports. 0 or an error code. */
int foi_stamp_save(const char *out_dir, const char *fingerprint, const struct foi_stamp_counts *counts,
                   struct foi_err *err);

#endif
