/* force_devon_and_cornwall.c: Devon & Cornwall Police letters: bulleted lists (Label – n) under a heading per category, period and subject */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return foi_style_bullets(doc) > 0 ? 35 : 10;
}

FOI_FORCE_PLUGIN(force_devon_and_cornwall, "devon-and-cornwall", "Devon & Cornwall Police letters: bulleted lists (Label – n) under a heading per category, period and subject", FOI_FMT_TEXT, style, NULL, NULL)
