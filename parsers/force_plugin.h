/* force_plugin.h: what a per-force plugin file is made of. A force plugin
 * knows its force's house style: `style` scores (0..35) how much a document
 * looks like that force's responses. When the document (letterhead,
 * signature, email domain, reference) or the folder it was filed in names the
 * force, the probe scales the style onto 81..100, above every generic parser
 * (at most 80), so a known force's response comes through its own plugin
 * whatever its format (a force's next response may be a PDF or a workbook);
 * FORMATS names the formats its house style was seen in, which adds a little.
 * Parsing runs the shared engine with the force fixed and a higher confidence. */
#ifndef FOI_FORCE_PLUGIN_H
#define FOI_FORCE_PLUGIN_H

#include "engine.h"

#define FOI_FORCE_PLUGIN(NAME, FORCE_ID, SUMMARY, FORMATS, STYLE, MEASURE, SUBJECT)      \
    static int probe_##NAME(const struct foi_doc *doc)                                   \
    {                                                                                    \
        if (!foi_doc_is_force(doc, FORCE_ID))  /* any format: a force's new format */     \
            return 0;                                                                    \
        int s = STYLE(doc) + (doc->format & (FORMATS) ? 3 : 0);                          \
        return 81 + (s < 0 ? 0 : s > 35 ? 19 : s * 19 / 35);                             \
    }                                                                                    \
    static int parse_##NAME(const struct foi_doc *doc, struct foi_sink *out,             \
                            struct foi_err *err)                                         \
    {                                                                                    \
        const struct foi_engine_opts o = { #NAME, FORCE_ID, 0.95, FOI_ENG_ALL,           \
                                           MEASURE, SUBJECT };                           \
        return foi_engine_run(doc, &o, out, err);                                        \
    }                                                                                    \
    const struct foi_parser foi_parser_##NAME = { #NAME, FORCE_ID, SUMMARY, FOI_FMT_ALL, 1,\
                                                  probe_##NAME, parse_##NAME };

/* Small style signals shared by the force files (style.c). */
int foi_style_header_has(const struct foi_doc *doc, const char *word);   /* any header cell */
int foi_style_multirow_header(const struct foi_doc *doc);                /* a table with >= 2 header rows */
int foi_style_text_has(const struct foi_doc *doc, const char *phrase);   /* any line */
int foi_style_bullets(const struct foi_doc *doc);                        /* count of bullet lines */

#endif
