/* attach.h: covering letters and their attachments. A letter or page that
 * says the answer is attached reports it while being parsed (a foi_meta
 * "attachment" per file it names, "" when it names none, and "context":
 * what it says the attachment counts); after the first pass of a build this
 * module pairs each letter with its attachment in the folder (by name, by
 * reference number, or as the only other file beside it), says which
 * attachments must be parsed again with their letter's context, and records
 * the pairing: sources' attached_to, attachment_missing issues for what is
 * named but absent. Rules: docs/letters.md.
 *
 * Ownership: a plan's strings are in its own arena or borrowed from the
 * dataset it was made from (valid while that dataset lives). */
#ifndef FOI_ATTACH_H
#define FOI_ATTACH_H

#include "../core/record.h"

struct foi_attach_pair {
    const char *letter;       /* source_file of the covering letter */
    const char *attachment;   /* source_file of its attachment, NULL when none was found */
    const char *named;        /* the file name the letter gives, "" when it names none */
    const char *how;          /* "by name", "by reference", "the only other file beside it" */
    const char *context;      /* the context text the attachment gets (normalize/context.h), or NULL */
};

struct foi_attach_plan {
    struct foi_attach_pair *p;
    size_t n, a;
    struct foi_arena arena;
};

/* Pair every covering letter of ds with its attachments. Deterministic
 * whatever the order of ds's sources and metas. 0 or FOI_ENOMEM. */
int foi_attach_plan(const struct foi_dataset *ds, struct foi_attach_plan *plan);
/* In an archive (a disclosure portal's pack: a letter and the files it
 * answers with, app/fileproc.c), the one covering letter covers every file
 * of the pack the plan left unpaired ("the two CSV files that accompany this
 * letter"): each is paired with it, how = "in the same archive", and the
 * letter's unnamed "the answer is attached" no longer wants a file. Nothing
 * is paired when the pack holds no letter, two or more, or a letter that
 * says nothing of what its files count. 0 or FOI_ENOMEM. */
int foi_attach_pack(const struct foi_dataset *ds, struct foi_attach_plan *plan);
/* A data dictionary (a source with a "codes" meta: parsers/codes.c) is the
 * key of the files beside it that read as nothing on their own (no records,
 * not paired yet, no dictionary themselves): each is paired with it, how =
 * "the data dictionary beside it", its context the dictionary's codes; such a
 * file is read again only when its first reading gave no figure. 0 or
 * FOI_ENOMEM. */
int foi_attach_codes(const struct foi_dataset *ds, struct foi_attach_plan *plan);
void foi_attach_release(struct foi_attach_plan *plan);
/* Does the attachment's first reading leave unsaid what its letter's context
 * says (no figures, or figures without force, period, measure, subject or
 * reference)? Then it is parsed again with the context. */
int foi_attach_needs_context(const struct foi_dataset *ds, const char *source_file,
                             const char *context);
/* Remove everything ds holds from one source (records, issues, metas, the
 * source row), to parse it again. */
void foi_attach_drop_source(struct foi_dataset *ds, const char *source_file);
/* A file name folded for comparison: lower-case letters and digits, every
 * run of anything else one space ("FOI 2041A_23 attachment.PDF" -> "foi
 * 2041a 23 attachment pdf"). */
void foi_attach_fold_name(const char *s, char *out, size_t n);
/* Record the plan in ds: attached_to on each attachment's source, the
 * letter's force on a letter without figures, a letter whose answer was
 * found no longer "failed" for want of figures, and an attachment_missing
 * issue for each attachment named but absent. 0 or FOI_ENOMEM. */
int foi_attach_apply(struct foi_dataset *ds, const struct foi_attach_plan *plan);

#endif
