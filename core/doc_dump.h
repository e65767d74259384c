/* doc_dump.h: a document as text for `foi inspect` (format, encoding, tables
 * as aligned grids with header rows marked, numbered text lines). */
#ifndef FOI_DOC_DUMP_H
#define FOI_DOC_DUMP_H

#include "doc.h"

int foi_doc_dump(const struct foi_doc *doc, struct foi_buf *out);

#endif
