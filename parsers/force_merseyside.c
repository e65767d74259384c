/* force_merseyside.c: Merseyside Police pages: two header rows (years or officers/staff over measures), rowspan allegation types, Total rows */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (foi_style_multirow_header(doc) ? 25 : 0) + (foi_style_text_has(doc, "Notes:") ? 10 : 0);
}

FOI_FORCE_PLUGIN(force_merseyside, "merseyside", "Merseyside Police pages: two header rows (years or officers/staff over measures), rowspan allegation types, Total rows", FOI_FMT_HTML, style, NULL, NULL)
