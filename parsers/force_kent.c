/* force_kent.c: Kent Police Excel exports: preamble, Allegation Type,Outcome,<financial years>,Total with a Total row per type */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (foi_style_header_has(doc, "allegation type") ? 20 : 0) + (foi_style_header_has(doc, "total") ? 15 : 0);
}

FOI_FORCE_PLUGIN(force_kent, "kent", "Kent Police Excel exports: preamble, Allegation Type,Outcome,<financial years>,Total with a Total row per type", FOI_FMT_CSV, style, NULL, NULL)
