/* engine_ctx.h: the engine's working state, shared by engine.c (context and
 * labels), engine_table.c, engine_letter.c. Internal to parsers/. */
#ifndef FOI_ENGINE_CTX_H
#define FOI_ENGINE_CTX_H

#include "engine.h"

#define ENG_MAX_PERIODS 8
#define ENG_MAX_CATS 8

/* The dimensions of a figure, filled level by level (first writer wins). */
struct dims {
    const char *category, *outcome, *subject, *measure, *force;
    const char *period_label;
    struct foi_period period;
    int has_period;
    int skip;          /* a grand total across categories/forces: not a keyable figure */
};

/* What a label (header, row label, bullet label) says. */
struct label {
    const char *text;
    int total;                        /* an outcome-total word ("Total", "Grand total") */
    const char *id[FOI_VOCAB_COUNT];  /* canonical ids matched, per vocabulary */
    int exact[FOI_VOCAB_COUNT];
    int len[FOI_VOCAB_COUNT];
    int period_ok;
    struct foi_period period;
    int primary;                      /* vocabulary of the strongest match, -1 none, FOI_VOCAB_COUNT = period */
};
#define PRIMARY_PERIOD FOI_VOCAB_COUNT

/* Dimensions read from a piece of free text (caption, heading, request). */
struct textdims {
    const char *category;             /* raw matched text when exactly one category */
    int ncats;
    const char *cats[ENG_MAX_CATS];   /* every distinct category mentioned (raw text) */
    const char *subject, *measure;
    struct foi_period periods[ENG_MAX_PERIODS];
    const char *period_texts[ENG_MAX_PERIODS];   /* as written */
    int nperiods;
};

struct ectx {
    const struct foi_doc *doc;
    const struct foi_taxonomy *tax;
    const struct foi_engine_opts *o;
    struct foi_sink *out;
    struct foi_err *err;
    struct foi_arena arena;
    const char *force;          /* id or raw */
    const char *request_ref;
    const char *date_basis;
    int req_first, req_last;    /* line indexes (0-based) of the request, -1 if none */
    struct textdims req;
    const char *statement_measure;
    int supp_has;               /* the document defines suppressed cells */
    int64_t supp_min, supp_max;
    char supp_exemption[16];
    char doc_exemption[16];     /* an exemption the letter cites (s40(2)) */
    long emitted;
    int rc;
    /* eng_classify's answers by label text: a table asks about the same
     * header and row labels many times (engine.c) */
    struct lmemo *memo;
    size_t memo_mask, memo_n;
    /* is a text a count? remembered by text for the document (engine_table.c) */
    const char **vm_key;
    uint32_t *vm_hash;
    unsigned char *vm_val;
    size_t vm_mask, vm_n;
    /* the table being read: each cell's label once classified (engine_table.c) */
    const struct foi_table *lab_table;
    struct label **lab;
};

/* engine.c */
void eng_classify(struct ectx *c, const char *text, struct label *L);
void eng_textdims(struct ectx *c, const char *text, struct textdims *td);
void dims_fill_text(struct dims *d, const struct textdims *td);
int eng_emit(struct ectx *c, const struct dims *d, const char *value_text,
             const struct foi_value *v, const char *locator, const char *raw_text, double conf);
int eng_value(struct ectx *c, const char *text, struct foi_value *v);
const char *eng_strdup(struct ectx *c, const char *s);
int eng_is_stop_heading(const char *text);

/* engine_table.c */
int eng_tables(struct ectx *c);
/* engine_letter.c */
int eng_bullets(struct ectx *c);
int eng_prose(struct ectx *c);
int eng_refusal(struct ectx *c);

#endif
