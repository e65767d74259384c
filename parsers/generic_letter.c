/* generic_letter.c: any force's letters: bulleted lists, figures in prose
 * (number words included), refusals and "information not held" answers. */
#include "engine.h"

static int probe(const struct foi_doc *doc)
{
    return foi_engine_probe_letter(doc);
}

static int parse(const struct foi_doc *doc, struct foi_sink *out, struct foi_err *err)
{
    const struct foi_engine_opts o = { "generic_letter", NULL, 0.7, FOI_ENG_ALL, NULL, NULL };
    return foi_engine_run(doc, &o, out, err);
}

const struct foi_parser foi_parser_generic_letter = {
    "generic_letter", NULL,
    "letters of any force: bullets (Label - n), prose with number words, s12/s14/s31 refusals, not held",
    FOI_FMT_ALL, 1, probe, parse
};
