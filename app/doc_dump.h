/* doc_dump.h: a document as text for `foi inspect` (format, encoding, tables
 * as aligned grids with header rows marked, numbered text lines). */
#ifndef FOI_DOC_DUMP_H
#define FOI_DOC_DUMP_H

#include "../core/doc.h"

/* Append the dump of doc to out: "format:"/"encoding:"/"title:" lines, then
 * each table (index, size, header rows, anchor line, caption, heading) as a
 * grid whose columns are sized by display width (cells cut at 40 columns with
 * "…" and listed in full below the grid), rows labelled H (header) or their
 * 1-based row number (T marks a total row; CSV and text tables add the record
 * or line), spanned copies marked ^ and bold cells !, then every line with its
 * number and flags [h b p f]. Deterministic; no trailing spaces. Returns 0 or
 * the buffer's FOI_ENOMEM / FOI_ELIMIT. */
int foi_doc_dump(const struct foi_doc *doc, struct foi_buf *out);

#endif
