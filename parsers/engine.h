/* engine.h: the shared extraction engine behind every parser plugin. It reads
 * a document's context (force, reference, the request quoted in the letter,
 * footnotes, statements of what is counted) and extracts figures from tables,
 * bulleted lists, prose and refusals. Force plugins call it with their house
 * style's options; generic plugins call it with none. Internal to parsers/. */
#ifndef FOI_ENGINE_H
#define FOI_ENGINE_H

#include "parser.h"

enum {
    FOI_ENG_TABLES  = 1u << 0,
    FOI_ENG_BULLETS = 1u << 1,
    FOI_ENG_PROSE   = 1u << 2,
    FOI_ENG_REFUSAL = 1u << 3,
    FOI_ENG_ALL     = 0xF,
};

struct foi_engine_opts {
    const char *parser;        /* plugin name, for issues */
    const char *force_id;      /* force plugins: their force; NULL: identify from the document */
    double confidence;         /* base confidence of the figures */
    unsigned what;             /* FOI_ENG_* parts to run */
    const char *default_measure; /* house style: what the force counts when the document is silent */
    const char *default_subject;
};

int foi_engine_run(const struct foi_doc *doc, const struct foi_engine_opts *o,
                   struct foi_sink *out, struct foi_err *err);

/* --- probes (pure, no allocation) ---------------------------------------- */
/* 0..100: how much of the document's tables look like labelled counts. */
int foi_engine_probe_tables(const struct foi_doc *doc);
/* 0..100: bullets "Label – n", prose with number words and outcomes, refusals. */
int foi_engine_probe_letter(const struct foi_doc *doc);
/* The force the document names (letterhead, signature, email domain, title);
 * NULL when none. The folder hint is NOT consulted here. */
const char *foi_doc_force(const struct foi_doc *doc);
/* 1 when the document names force_id (or its folder hint does). */
int foi_doc_is_force(const struct foi_doc *doc, const char *force_id);

#endif
