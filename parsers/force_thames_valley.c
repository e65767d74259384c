/* force_thames_valley.c: Thames Valley Police monthly long exports: Month,Allegation Category,Subject Type,Outcome,Number of Allegations (non-zero rows only) */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (foi_style_header_has(doc, "month") ? 20 : 0) + (foi_style_header_has(doc, "number of") ? 15 : 0);
}

FOI_FORCE_PLUGIN(force_thames_valley, "thames-valley", "Thames Valley Police monthly long exports: Month,Allegation Category,Subject Type,Outcome,Number of Allegations (non-zero rows only)", FOI_FMT_CSV, style, NULL, NULL)
