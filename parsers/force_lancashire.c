/* force_lancashire.c: Lancashire Constabulary disclosure-log pages: one long table Period | Allegation type | Outcome | Number of cases, bold subtotal per type */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (foi_style_header_has(doc, "period") ? 15 : 0) + (foi_style_header_has(doc, "number of") ? 20 : 0);
}

FOI_FORCE_PLUGIN(force_lancashire, "lancashire", "Lancashire Constabulary disclosure-log pages: one long table Period | Allegation type | Outcome | Number of cases, bold subtotal per type", FOI_FMT_HTML, style, NULL, NULL)
