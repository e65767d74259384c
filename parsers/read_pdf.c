/* read_pdf.c: PDF: not read yet (issue 16). */
#include "read.h"

int foi_read_pdf(struct foi_doc *doc, const char *bytes, size_t n,
                 const struct foi_limits *lim, struct foi_err *err)
{
    (void)bytes; (void)n; (void)lim;
    doc->format = FOI_FMT_PDF;
    return foi_errf(err, FOI_EPARSE, NULL, "PDF files are not read yet");
}
