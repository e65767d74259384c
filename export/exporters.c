/* exporters.c: the table of output files `foi build` writes, in order, and
 * foi_export_all over it. (Kept apart from wfile.c so that linking the writer
 * alone does not pull in every exporter.) */
#include "export.h"

const struct foi_exporter foi_exporters[] = {
    { "records.csv",      foi_out_records_csv,    1 },
    { "records.ndjson",   foi_out_records_ndjson, 3 },
    { "foi.sqlite",       foi_out_sqlite,         4 },
    { "comparable.csv",   foi_out_comparable_csv, 0 },
    { "sources.csv",      foi_out_sources_csv,    0 },
    { "issues.csv",       foi_out_issues_csv,     0 },
    { "datapackage.json", foi_out_datapackage,    0 },
    { "report.html",      foi_out_report_html,    0 },
};
const int foi_nexporters = (int)(sizeof foi_exporters / sizeof foi_exporters[0]);

int foi_export_all(const struct foi_export_ctx *x, const char *out_dir, struct foi_err *err)
{
    return foi_export_all_with(foi_exporters, foi_nexporters, x, out_dir, err);
}
