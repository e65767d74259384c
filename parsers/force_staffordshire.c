/* force_staffordshire.c: Staffordshire Police letters: figures in prose with number words, sections per allegation type */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (doc->ntables == 0 ? 20 : 0) + (foi_style_text_has(doc, "Section 1(1)(a)") ? 15 : 0);
}

FOI_FORCE_PLUGIN(force_staffordshire, "staffordshire", "Staffordshire Police letters: figures in prose with number words, sections per allegation type", FOI_FMT_TEXT, style, NULL, NULL)
