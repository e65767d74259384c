/* read_zip.c: zip archives (XLSX, DOCX, ODS): not read yet (issue 15). */
#include "read.h"

int foi_read_zip(struct foi_doc *doc, const char *bytes, size_t n,
                 const struct foi_limits *lim, struct foi_err *err)
{
    (void)bytes; (void)n; (void)lim;
    doc->format = FOI_FMT_XLSX;
    return foi_errf(err, FOI_EPARSE, NULL, "office documents (zip) are not read yet");
}
