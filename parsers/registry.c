/* registry.c: the table of parser plugins (X-macro over parsers.def) and the
 * choice of the best-scoring plugin for a document. */
#include "parser.h"

#include <string.h>

#define FOI_PARSER(name) &foi_parser_##name,
const struct foi_parser *const foi_parsers[] = {
#include "parsers.def"
    NULL
};
#undef FOI_PARSER

const int foi_nparsers = (int)(sizeof foi_parsers / sizeof foi_parsers[0]) - 1;

const struct foi_parser *foi_parser_find(const char *name)
{
    for (int i = 0; i < foi_nparsers; i++)
        if (strcmp(foi_parsers[i]->name, name) == 0)
            return foi_parsers[i];
    return NULL;
}

const struct foi_parser *foi_parser_pick(const struct foi_doc *doc, int *score)
{
    const struct foi_parser *best = NULL;
    int best_score = 0;
    for (int i = 0; i < foi_nparsers; i++) {
        const struct foi_parser *p = foi_parsers[i];
        if (!(p->formats & doc->format))
            continue;
        int s = p->probe(doc);
        if (s < 0) s = 0;
        if (s > 100) s = 100;
        if (s > best_score) {
            best = p;
            best_score = s;
        }
    }
    if (score)
        *score = best_score;
    return best;
}
