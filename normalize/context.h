/* context.h: a document's external context as text. A context is what a
 * context file or a covering letter says about a document that the document
 * itself does not state (core/doc.h, struct foi_doc_context). Its text form
 * is "key: value" lines (keys: force, period, category, measure, subject,
 * date_basis, request_ref, read_prose, origin; '#' starts a comment), the form
 * the build hands to a parse worker and keys the rebuild cache on.
 *
 * Ownership: parsed strings live in the caller's arena. */
#ifndef FOI_CONTEXT_H
#define FOI_CONTEXT_H

#include "../core/doc.h"

/* Parse text (n bytes) into *out; origin (may be NULL) is used when the text
 * names none. Unknown keys and lines without a colon are errors naming the
 * line. 0, FOI_EPARSE or FOI_ENOMEM. */
int foi_context_parse(struct foi_arena *a, const char *text, size_t n, const char *origin,
                      struct foi_doc_context *out, struct foi_err *err);
/* Append the text form of c to out (keys in a fixed order, empty values left
 * out): parse(format(c)) == c. 0 or the buffer's error. */
int foi_context_format(const struct foi_doc_context *c, struct foi_buf *out);
/* 1 when c says nothing (origin aside). */
int foi_context_empty(const struct foi_doc_context *c);

/* ------------------------------------------------------- context files
 * Files a journalist writes beside responses (docs/context-files.md):
 * `foi-context.txt` applies to every response in its folder and the folders
 * below it; `NAME.context.txt` applies to the response NAME beside it; in a
 * foi-context.txt, a line `file: PATTERN` starts a section whose keys apply
 * only to the responses PATTERN names (a path relative to the context file's
 * folder, or a file name; `*` and `?` wildcards). For each key the most
 * specific source wins: NAME.context.txt, then a `file:` section naming the
 * response (the nearest folder's first), then the folder-wide keys (the
 * nearest folder's first). Context files are not responses. */
struct foi_taxonomy;
struct foi_ctxset;

/* 1 when path's file name makes it a context file. */
int foi_context_is_file(const char *path);
/* An empty set. 0 or FOI_ENOMEM. */
int foi_ctxset_new(struct foi_ctxset **out);
void foi_ctxset_free(struct foi_ctxset *set);
/* Add the context file at path (text of n bytes), named `name` in notes
 * ("kent/foi-context.txt"; NULL: path). Its values are checked: a force,
 * category, measure and subject the taxonomy knows, a period foi can resolve,
 * date_basis received or finalised. A bad file is not added: FOI_EPARSE with
 * err->locator "line N" and the problem in err->message; FOI_ENOMEM. */
int foi_ctxset_add(struct foi_ctxset *set, const struct foi_taxonomy *tax, const char *path,
                   const char *name, const char *text, size_t n, struct foi_err *err);
/* Append to out the context text (foi_context_parse's form, with an origin
 * line naming the files used) for the response at path, in the same path
 * space as the files added; nothing when none applies. 0 or FOI_ENOMEM. */
int foi_ctxset_for(const struct foi_ctxset *set, const char *path, struct foi_buf *out);

#endif
