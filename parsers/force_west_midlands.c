/* force_west_midlands.c: West Midlands Police letters: REQUEST/RESPONSE headings, fixed-width tables under dashed rules, section 12 refusals */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (foi_style_text_has(doc, "REQUEST") ? 15 : 0) + (doc->ntables > 0 || foi_style_text_has(doc, "Section 12") ? 20 : 0);
}

FOI_FORCE_PLUGIN(force_west_midlands, "west-midlands", "West Midlands Police letters: REQUEST/RESPONSE headings, fixed-width tables under dashed rules, section 12 refusals", FOI_FMT_TEXT, style, NULL, NULL)
