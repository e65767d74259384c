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

#endif
