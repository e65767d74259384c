/* parser.h: the one header a parser plugin includes. A plugin is a const
 * descriptor with a pure probe (0..100: how well it understands the document)
 * and a parse that emits raw figures through a sink. Strings in a figure are
 * borrowed until emit() returns. */
#ifndef FOI_PARSER_H
#define FOI_PARSER_H

#include "../core/doc.h"
#include "../core/record.h"
#include "../normalize/normalize.h"

struct foi_sink {
    /* Called for every figure; returns 0 or an error code that stops parse. */
    int (*emit)(struct foi_sink *sink, const struct foi_figure *fig);
    /* Report a problem found while parsing (warnings: odd cells, ambiguous periods). */
    void (*issue)(struct foi_sink *sink, enum foi_severity sev, const char *code,
                  const char *locator, const char *message);
    void *ctx;
    /* A fact about the document that is not a figure (record.h, foi_meta):
     * an attachment it names, what it says an attachment counts. May be NULL. */
    void (*meta)(struct foi_sink *sink, const char *key, const char *value);
    /* What the engine decided and why, for `foi inspect`: where the request
     * and the answer are, and each candidate number taken or left out, with
     * the reason (docs/letters.md). May be NULL (a build leaves it NULL and
     * the engine then spends nothing on it). */
    void (*trace)(struct foi_sink *sink, const char *locator, const char *message);
};

struct foi_parser {
    const char *name;      /* equals the file's basename: "force_merseyside", "generic_table" */
    const char *force_id;  /* NULL for a generic parser */
    const char *summary;   /* one line for `foi parsers` */
    unsigned formats;      /* FOI_FMT_HTML | FOI_FMT_CSV | FOI_FMT_TEXT */
    int version;           /* bump when output changes: invalidates the rebuild cache */
    int (*probe)(const struct foi_doc *doc);
    int (*parse)(const struct foi_doc *doc, struct foi_sink *out, struct foi_err *err);
};

/* registry.c: the table from parsers.def, in tie-breaking order. */
extern const struct foi_parser *const foi_parsers[];
extern const int foi_nparsers;
const struct foi_parser *foi_parser_find(const char *name);
/* The best-scoring parser for a doc (ties: table order); NULL if all score 0.
 * With FOI_NO_FORCE_PLUGINS set (and not "0"), force plugins are left out. */
const struct foi_parser *foi_parser_pick(const struct foi_doc *doc, int *score);
/* The same for a document and the files it carries (an e-mail's
 * attachments): the parser whose scores over all of them add up to most,
 * among those that read every file's format, so that one plugin reads them
 * all; with no files, foi_parser_pick. */
const struct foi_parser *foi_parser_pick_files(const struct foi_doc *doc, const struct foi_doc *const *files,
                                               int nfiles, int *score);
/* 1 when FOI_NO_FORCE_PLUGINS asks for the generic parsers only. */
int foi_force_plugins_off(void);

#define FOI_PARSER(name) extern const struct foi_parser foi_parser_##name;
#include "parsers.def"
#undef FOI_PARSER

#endif
