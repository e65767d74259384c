/* out_report.h: report.html, the one self-contained page of a build (no
 * script, nothing fetched): coverage of forces, the comparable table with
 * rates, a funnel plot per figure group, the issues. */
#ifndef FOI_OUT_REPORT_H
#define FOI_OUT_REPORT_H

#include "export.h"

/* Links to source files are prefix + source_file (percent-encoded). The CLI
 * passes the relative path from OUT_DIR to IN_DIR (e.g. "../responses/");
 * NULL or "" links the source path as given (relative to IN_DIR). An
 * absolute prefix ("/...", "C:\...", "scheme://...") is refused and no link
 * is written, since outputs hold no absolute paths. The string is copied. */
void foi_report_set_source_prefix(const char *prefix);

/* Render the page into out (appended). The exporter foi_out_report_html
 * writes exactly these bytes. */
int foi_report_render(const struct foi_export_ctx *x, struct foi_buf *out, struct foi_err *err);

#endif
