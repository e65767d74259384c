/* figure.h: a raw figure (what a parser saw) becomes a record (what the
 * dataset holds): force, category, outcome, measure and subject mapped through
 * the taxonomies, the period resolved, the value checked. Unmapped labels are
 * kept in *_raw, mapped to `other`, and reported; nothing is guessed. */
#ifndef FOI_FIGURE_H
#define FOI_FIGURE_H

#include "../core/record.h"
#include "normalize.h"

struct foi_norm_ctx {
    const struct foi_taxonomy *tax;
    struct foi_dataset *ds;        /* records and issues are appended here */
    const char *source_file, *source_sha256, *parser;
    const char *doc_force;         /* the force the document or its folder names (id), or NULL */
    /* once-per-source issue keys already reported, and labels already
     * mapped (vocabulary and text -> id): hash tables (figure.c) */
    struct foi_norm_memo *seen, *labels;
    /* labels foi does not know, per issue code, told once per file with a
     * count and the first examples by foi_norm_finish (figure.c) */
    struct foi_norm_unknown *unk; size_t nunk, aunk;
    size_t *unk_slot; size_t unk_mask;
    long records;                  /* records added */
    long refused;                  /* of which refused / not held */
};

void foi_norm_init(struct foi_norm_ctx *nc, const struct foi_taxonomy *tax, struct foi_dataset *ds,
                   const char *source_file, const char *sha256, const char *parser);
void foi_norm_release(struct foi_norm_ctx *nc);
/* Add the issues gathered while normalizing (unknown labels, unresolved
 * periods, unsaid measures): one per code for the file, with the number of
 * figures and the first labels and locators. Call once, after the last
 * figure. 0 or FOI_ENOMEM. */
int foi_norm_finish(struct foi_norm_ctx *nc);
/* Normalize one figure and append its record (and any issues). 0 or FOI_ENOMEM. */
int foi_normalize_figure(struct foi_norm_ctx *nc, const struct foi_figure *f);
/* Map a label of a vocabulary to its canonical id; a canonical id maps to
 * itself. NULL when unmapped. */
const char *foi_norm_label(const struct foi_taxonomy *tax, enum foi_vocab v, const char *label);
/* foi_norm_label remembered in *memo (NULL at first; freed with
 * foi_norm_memo_free): for callers that ask about a file's labels again and
 * again. */
const char *foi_norm_label_in(struct foi_norm_memo **memo, const struct foi_taxonomy *tax, enum foi_vocab v,
                              const char *label);
void foi_norm_memo_free(struct foi_norm_memo *m);

#endif
