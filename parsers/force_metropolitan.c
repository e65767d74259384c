/* force_metropolitan.c: Met disclosure pages: categories x outcomes with an empty corner cell, bold Total column, asterisk for fewer than five (s40(2)) */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (foi_style_header_has(doc, "no case") ? 15 : 0) + (foi_style_text_has(doc, "fewer than five") ? 20 : 0);
}

FOI_FORCE_PLUGIN(force_metropolitan, "metropolitan", "Met disclosure pages: categories x outcomes with an empty corner cell, bold Total column, asterisk for fewer than five (s40(2))", FOI_FMT_HTML, style, NULL, NULL)
