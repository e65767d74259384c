/* engine_letter.h: the letter side of the engine. engine_request.c finds
 * where the request, the answer and the boilerplate are (blocks of lines in
 * zones, the numbered questions); engine_prose.c decides which numbers in a
 * sentence are figures; engine_letter.c reads the answer (lists, answers by
 * question, prose, refusals, NCND, attachments). Rules: docs/letters.md.
 * Internal to parsers/; everything lives in the engine's arena. */
#ifndef FOI_ENGINE_LETTER_H
#define FOI_ENGINE_LETTER_H

#include "engine_ctx.h"

enum eng_zone {
    ZN_HEAD = 0,     /* letterhead, address, reference, salutation */
    ZN_REQUEST,      /* the request: quoted, restated, numbered questions */
    ZN_RESPONSE,     /* the force's answer */
    ZN_BOILER,       /* rights, the ICO, caveats, exemption reasoning, signature */
    ZN_TABLE,        /* lines of a text table */
};

/* A block: a paragraph, a list item, a heading (one line in HTML and Word
 * documents; wrapped lines joined in text and PDF files). */
/* The zone's reason for the sender's earlier answer quoted below a reply
 * that sets it apart (for context only, or superseded by the figures
 * above): its tables give no figures either (engine_table.c). */
extern const char eng_why_quote_apart[];

struct eng_block {
    int first, last;        /* line indexes, inclusive */
    const char *text;       /* the lines joined, whitespace collapsed */
    unsigned flags;         /* the first line's FOI_LINE_* flags */
    int indent;             /* leading spaces of the first line (text files) */
    unsigned char zone;
    const char *why;        /* why this zone (for foi inspect) */
    int q;                  /* question asked (ZN_REQUEST) or answered (ZN_RESPONSE), -1 none */
    int marked;             /* the block opens with a question or answer marker */
    const char *body;       /* the text after the marker ("20" of "Q3 - 20") */
    const char *told;       /* an answer's opening thanks for the request ("Thank you for your request
                               for the number of ..."): the request in the letter's words */
};

/* A question of the request: what it asks to be counted. */
struct eng_question {
    char id[8];             /* "1", "2", "a", "1a" */
    int block;
    const char *text;
    struct textdims td;     /* category, subject, measure, periods it names */
    const char *outcome;    /* the outcome it asks about (raw), NULL: the total, "?": several */
    const char *outcomes[ENG_MAX_CATS];   /* every outcome it names */
    int noutcomes;
    const char *point;      /* it asks about a moment ("currently", "as at"), not a period */
    int cats_back;          /* its categories are the question's before it ("the officers concerned") */
};

/* The running context of the answer: what a heading, a question or an
 * earlier figure sentence said the figures that follow are about. */
struct lrun {
    const char *category, *subject, *measure;
    const char *said_as;      /* the sentence as the document writes it, where a rewriting of it
                                 is read ("respectively"): the figures' raw text, with a note */
    const char *subject_cat;  /* the category the subject was said of ("Sexual assault: eleven
                                 allegations, all of them against police officers"), NULL: said
                                 of the section (a heading, a question) */
    const char *section_subject;  /* a heading that is a subject of its own ("Police officers"): it
                                     covers what is under it until another such heading, whatever
                                     period or category a line under it opens; a subject said
                                     under it ends back at it */
    const char *period_label;
    struct foi_period period;
    int has_period;
    int period_unknown;     /* a count clashed with one taken for the period carried on: what follows
                               takes no period from before, until a heading or sentence gives one */
    int q;                  /* the question being answered, -1 none */
    int goodwill;           /* figures given beyond the cost limit */
    int qhead;              /* 1 + the block of the heading that named the question, 0 none */
    int qtitled;            /* a heading of the answer named the question ("Answer to question 2"):
                               numbered items under it are items of that answer */
    struct {                /* counts taken so far, so "Of the 31, ..." finds the 31 it restates */
        int64_t v;
        const char *category, *subject;
    } seen[8];
    int nseen;
    const char *from;       /* where the category came from (trace) */
    struct foi_period scope;  /* the period a sentence says the answer covers ("the figures below
                                 are for 1 January to 31 December 2023") */
    const char *scope_label;
    int has_scope;
    struct foi_period lead[ENG_MAX_PERIODS];   /* the periods a heading or lead-in named when it named
                                                  several ("For 2021/22 and 2022/23 we can give only
                                                  estimates:"), for "in each of those years" */
    const char *lead_label[ENG_MAX_PERIODS];
    int nlead;
};

/* A figure found in a letter, before it is emitted. */
struct lfig {
    struct dims d;
    const char *value_text;
    struct foi_value v;
    const char *locator, *raw;
    const char *note;
    double conf;
    int corrects;           /* its sentence corrects an earlier figure ("the correct figure is 19") */
    long long corrects_from; /* the value it names as replaced ("the figure of 7 ... should read 8"), + 1; 0 none */
};

struct emitted;
struct pending;

struct eng_letter {
    struct foi_sink sink;          /* the engine's sink: records what is emitted */
    struct foi_sink *real;         /* the caller's */
    struct eng_block *b;
    int nb;
    struct eng_question *q;
    int nq;
    unsigned char *other_req;      /* per block: an answer to an earlier request that names no
                                      category, in a letter answering a later one that does (arena) */
    int cur_block;                 /* the block being read, -1 none */
    int implicit;                  /* the questions are unnumbered list items, numbered by order */
    int is_response;
    const char *response_why;      /* why it is (not) read as a response */
    int has_prose;                 /* running text outside tables */
    struct emitted *em;            /* figures emitted so far (malloc'd) */
    size_t nem, aem;
    size_t em_live, em_apart;      /* of them, those not replaced by a correction, and of those
                                      the ones not counting officers and staff together */
    long *em_bucket;               /* their identities hashed (engine_letter.c's already()): the
                                      last entry of each chain, -1 none; malloc'd, NULL without */
    size_t em_nbucket;
    struct pending *pend;          /* the letter's own figures, sent at the end of the reading so a
                                      correction later in the letter can replace one (malloc'd) */
    size_t npend, apend;
    long figures;                  /* figures the letter side emitted */
    int stmt_consumed;             /* the last block whose refusal was read with the one before it */
    int emit_clash;                /* a figure was not taken: one for the same thing, another value, was */
    int rel_years;                 /* the request asks about "the last N (financial) years": N, else 0 */
    int rel_kind;                  /* FOI_PER_FY, FOI_PER_CALENDAR_YEAR, or 0 when it does not say */
    const char *rel_text;          /* the phrase as written */
    int rel_to_date;               /* ... and asks for the current year to date besides them */
    const char *att_text;          /* the paragraph saying the answer is attached, when it names
                                      two or more periods ("for the calendar years 2024 and 2025
                                      and for 2026 up to 30 November") */
    int rel_from_att;              /* the request's last N years (and year to date) are the
                                      periods that paragraph names (attachment_request_periods) */
    const char *rs_raw;            /* the last sentence whose total restates a table's figure
                                      (engine_letter.c, restated_subject()) */
    const char *rs_cat, *rs_subj;  /* its category, and the people that figure counts */
    struct foi_buf low;            /* a text lowered (engine_letter.c, low()) */
    const char *low_src;
};

/* engine_request.c */
int eng_split(struct ectx *c);                 /* blocks, zones, questions, the request */
void eng_find_ref(struct ectx *c);
void eng_find_notes(struct ectx *c);
/* A question or answer marker at the start of s: "Q3", "Question 3",
 * "A3", "Answer 3", "3.", "3)", "(3)", "(c)", "c)". Returns 0 none, 'q' a
 * question marker, 'a' an answer marker, 'n' a bare number or letter; id
 * gets "3" or "c"; *rest the text after the marker and its separator. */
int eng_qmark(const char *s, char id[8], const char **rest);
/* Is this the text of a question (a copied question, not an answer)? */
int eng_is_question(const char *text);
/* A sentence that restates the request or quotes the requester. */
int eng_restates_request(const char *sentence);
int eng_is_boiler_text(const char *text, const char **why);

/* engine_prose.c */
/* The figures of one sentence of the answer; block is the sentence's
 * block, run the context. Each candidate number is taken or left out with
 * a reason (trace). */
void eng_prose_sentence(struct ectx *c, const char *s, int block, struct lrun *run);
/* Does the text count recorded crime ("offences recorded", "crimes
 * reported", "all suspects") and speak of no allegation, misconduct or
 * complaint? */
int eng_recorded_crime(const char *text);
/* The one period a heading or lead-in names (not a law's year, a single
 * day or a point in time); 0 when none or several. */
int eng_text_period(struct ectx *c, const char *text, struct foi_period *p, const char **label);
/* What a question counts: the noun after "how many (of the)" or "the
 * number of": a measure id ("allegations"; "individuals" for people, with
 * *subject the people named), or NULL. */
const char *eng_counted_noun(struct ectx *c, const char *text, const char **subject);
/* A sentence (of the request) that states another body's figure ("the
 * Guardian reported that the Met received 1,071 allegations in 2021",
 * "Hampshire told me it had 73"): the reason, else NULL. Its periods and
 * categories are not what the request asks about. */
const char *eng_quoted_figure(struct ectx *c, const char *s);
/* "across the three years", "over the same period", "in those years": a
 * phrase that means the whole of the periods in context; *count the number
 * of years it names (0 none). */
int eng_span_phrase(const char *text, int *count);
/* The periods of td (single days left out) as one span, when there are two
 * or more (want of them, if want > 0) and each starts the day after the one
 * before ends; label "2021/22 to 2023/24". */
int eng_span_of(struct ectx *c, const struct textdims *td, int want, struct foi_period *out, const char **label);
/* The year schemes of the figures the answer has given so far (1 financial
 * years, 2 calendar years, 3 both, 0 none), and of one period. */
int eng_answer_schemes(struct ectx *c);
int eng_period_scheme(const struct foi_period *p);
/* The subsections excluding the duty to confirm or deny ("s40(5B)",
 * "s31(3)") among a ';'-list of exemptions, appended to ex (size bytes) as
 * a ';'-list; one that does not fit whole ends it. */
void eng_ncnd_sections(const char *all, char *ex, size_t size);
/* Is the block one of the document's own footnotes or endnotes (a Word
 * document's, located "footnote 3", "endnote 1"), not a line a page merely
 * prints small? (engine_request.c) */
int eng_document_note(const struct ectx *c, const struct eng_block *b);
/* Does the text hold a digit? */
int eng_has_count_word(const char *s);

/* engine_letter.c */
int eng_letter_prepare(struct ectx *c);        /* before tables: the split, the sink wrapper */
int eng_letter_read(struct ectx *c);           /* after tables: the answer */
void eng_letter_release(struct ectx *c);
/* Emit a letter figure: the running context, the question, the request and
 * the document's external context fill what it does not say; a figure
 * that restates one already emitted is left out. Returns 1 taken, 2 the
 * same figure was taken before (its sentence still gives figures), 0 left
 * out, -1 an error. */
int eng_letter_emit(struct ectx *c, struct lfig *f, const struct lrun *run, const char *what);
/* The force the block being read speaks for: another force's answer passed
 * on below the reply (c->fwd_force) is that force's, else the document's. */
const char *eng_block_force(const struct ectx *c);
/* A table of the document gives the count v as period p's total under a
 * category other than cat, and never under cat (engine_letter.c). */
int eng_letter_table_gives_other(struct ectx *c, const char *cat, const struct foi_period *p, long long v);
void eng_trace(struct ectx *c, const char *loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
const char *eng_block_loc(struct ectx *c, int block);

#endif
