/* force_greater_manchester.c: GMP disclosure pages: periods as columns, outcomes as row headers, Total row and Total column, one table per subject */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (foi_style_header_has(doc, "outcome") ? 15 : 0) + (foi_style_header_has(doc, "total") ? 20 : 0);
}

FOI_FORCE_PLUGIN(force_greater_manchester, "greater-manchester", "GMP disclosure pages: periods as columns, outcomes as row headers, Total row and Total column, one table per subject", FOI_FMT_HTML, style, NULL, NULL)
