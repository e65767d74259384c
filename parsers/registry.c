/* registry.c: the table of parser plugins (X-macro over parsers.def) and the
 * choice of the best-scoring plugin for a document. FOI_NO_FORCE_PLUGINS=1 in
 * the environment leaves the force plugins out of the choice, so tests can
 * show what the generic parsers alone make of a force's responses. */
#include "parser.h"

#include <stdlib.h>
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

int foi_force_plugins_off(void)
{
    const char *e = getenv("FOI_NO_FORCE_PLUGINS");
    return e && *e && strcmp(e, "0");
}

static int clamp_score(int s)
{
    return s < 0 ? 0 : s > 100 ? 100 : s;
}

const struct foi_parser *foi_parser_pick_files(const struct foi_doc *doc, const struct foi_doc *const *files,
                                               int nfiles, int *score)
{
    const struct foi_parser *best = NULL;
    int best_score = 0;
    int generic_only = foi_force_plugins_off();
    for (int i = 0; i < foi_nparsers; i++) {
        const struct foi_parser *p = foi_parsers[i];
        if ((!nfiles && !(p->formats & doc->format)) || (generic_only && p->force_id))
            continue;
        int all = 1;
        for (int k = 0; k < nfiles && all; k++)
            all = (p->formats & files[k]->format) != 0;
        if (!all)
            continue;
        int s = (p->formats & doc->format) ? clamp_score(p->probe(doc)) : 0;
        for (int k = 0; k < nfiles; k++)
            s += clamp_score(p->probe(files[k]));
        if (s > best_score) {
            best = p;
            best_score = s;
        }
    }
    if (score)
        *score = best_score;
    return best;
}

const struct foi_parser *foi_parser_pick(const struct foi_doc *doc, int *score)
{
    return foi_parser_pick_files(doc, NULL, 0, score);
}
