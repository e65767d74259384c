/* force_hampshire.c: Hampshire and Isle of Wight Constabulary exports (Windows-1252): preamble with the period in words, Police officers,Police staff,Total columns */
#include "force_plugin.h"

static int style(const struct foi_doc *doc)
{
    return (foi_style_header_has(doc, "police officers") ? 20 : 0) + (foi_style_header_has(doc, "police staff") ? 15 : 0);
}

FOI_FORCE_PLUGIN(force_hampshire, "hampshire", "Hampshire and Isle of Wight Constabulary exports (Windows-1252): preamble with the period in words, Police officers,Police staff,Total columns", FOI_FMT_CSV, style, NULL, NULL)
