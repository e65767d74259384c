/* read_xls.c: OLE2 compound files (XLS): not read yet (issue 15). */
#include "read.h"

int foi_read_ole2(struct foi_doc *doc, const char *bytes, size_t n,
                  const struct foi_limits *lim, struct foi_err *err)
{
    (void)bytes; (void)n; (void)lim;
    doc->format = FOI_FMT_XLS;
    return foi_errf(err, FOI_EPARSE, NULL, "Excel 97-2003 workbooks are not read yet");
}
