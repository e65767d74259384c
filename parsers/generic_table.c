/* generic_table.c: any force's tables (HTML, CSV, fixed-width text) read by
 * their structure: value columns, label columns, header stacks, Total rows and
 * columns, with context from caption, heading and request. */
#include "engine.h"

static int probe(const struct foi_doc *doc)
{
    return foi_engine_probe_tables(doc);
}

static int parse(const struct foi_doc *doc, struct foi_sink *out, struct foi_err *err)
{
    const struct foi_engine_opts o = { "generic_table", NULL, 0.75, FOI_ENG_ALL, NULL, NULL };
    return foi_engine_run(doc, &o, out, err);
}

const struct foi_parser foi_parser_generic_table = {
    "generic_table", NULL,
    "tables of any force: categories/outcomes/periods/subjects as rows or columns, long or wide",
    FOI_FMT_ALL, 1, probe, parse
};
