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
    /* how sure the figure is (engine.c turns these into its confidence band) */
    int structured;    /* a cell of a table whose structure was understood: kept even where the
                          document never says its category, measure or period (they stay
                          unknown, reported once per file) */
    int inferred;      /* a dimension the document implies rather than states at the figure */
    int span_guess;    /* the period is the whole span of the request's periods, no period the
                          document gives the figure: never above ENG_CONF_SPAN_MAX */
    int doubted;       /* the document's own figures disagree with it (a count in brackets its
                          outcome items do not add up to): never above ENG_CONF_DOUBT_MAX */
    const char *note;  /* what a reader should know about the figure, or NULL */
};

/* What a label (header, row label, bullet label) says. */
struct label {
    const char *text;
    int total;                        /* an outcome-total word ("Total", "Grand total") */
    const char *id[FOI_VOCAB_COUNT];  /* canonical ids matched, per vocabulary */
    int exact[FOI_VOCAB_COUNT];
    int len[FOI_VOCAB_COUNT];
    int part[FOI_VOCAB_COUNT];        /* matched a "part" alias (special constables of officers) */
    int period_ok;
    struct foi_period period;
    int period_in;                    /* a period inside a longer label ("Allegations 2021/22") */
    struct foi_period inner;          /* that period */
    int primary;                      /* vocabulary of the strongest match, -1 none, FOI_VOCAB_COUNT = period */
    /* a label no taxonomy knows, read through the document's own words
     * (engine_lex.c): the definition it gives, or the full name it shortens */
    const char *defined;
    const char *short_of;
    /* "Dismiss ed", "Under in vestigati on": a head whose words a narrow
     * cell broke across lines, read as the label it makes joined */
    const char *rejoined;
};
#define PRIMARY_PERIOD FOI_VOCAB_COUNT

/* Dimensions read from a piece of free text (caption, heading, request). */
struct textdims {
    const char *category;             /* raw matched text when exactly one category */
    int ncats;
    const char *cats[ENG_MAX_CATS];   /* every distinct category mentioned (raw text) */
    const char *subject, *measure;
    int subject_left_out;             /* subject is only people said to be left out ("Police staff
                                         are not included") */
    struct foi_period periods[ENG_MAX_PERIODS];
    const char *period_texts[ENG_MAX_PERIODS];   /* as written */
    int nperiods;
};

struct eng_letter;   /* engine_letter.h */

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
    /* "for the financial years 2024/25 and 2025/26 (or for the calendar years
     * 2024 and 2025, if that is how you record the information)": the
     * request's periods named only as the conditional alternative, and its
     * year scheme (1 financial, 2 calendar; 0 none) */
    int req_alt_scheme;
    int nreq_alt;
    struct foi_period req_alt[ENG_MAX_PERIODS];
    const char *req_alt_text[ENG_MAX_PERIODS];
    const char *statement_measure;
    int supp_has;               /* the document defines suppressed cells */
    int64_t supp_min, supp_max;
    char supp_exemption[16];
    char doc_exemption[16];     /* an exemption the letter cites (s40(2)) */
    char ncnd_exemption[32];    /* the confirm-or-deny subsections a note explaining "NCND" cites
                                   ("section 40(5B) of the Act applies"), "" if none or several
                                   notes disagree */
    /* "the Total for sexual harassment in Table 2 should read 16, not 17":
     * the document's corrections of its own tables (engine_table.c) */
    int corr_read, ncorr;
    struct eng_corr {
        const char *table;      /* "2" of "Table 2" */
        const char *category;   /* canonical id, or NULL */
        int total;              /* the corrected figure is a total */
        const char *outcome;    /* canonical id of the one outcome it names ("resulting in a written
                                   warning"), or NULL */
        const char *subject;    /* canonical id of the people it names, or NULL */
        int has_period;         /* the one period it names ("year to 31 March 2025") */
        struct foi_period period;
        long from, to;          /* the printed value, the right one */
        const char *line;
    } corr[4];
    int ncnd_notes;             /* such notes seen */
    long emitted;
    int rc;
    struct eng_letter *lt;      /* the letter side: request, answer, boilerplate (engine_letter.h) */
    /* another force's answer forwarded below the reply ("---------- Forwarded
     * message ----------" / "From: Durham Constabulary ..."): its force and
     * its lines (0-based, first to last); NULL none (engine_request.c) */
    const char *fwd_force;
    int fwd_first, fwd_last;
    /* eng_classify's answers by label text: a table asks about the same
     * header and row labels many times (engine.c) */
    struct foi_smemo memo;
    /* eng_cell_kind's answers by cell text (engine_tshape.c) */
    struct foi_smemo kmemo;
    /* eng_textdims's answers by text: a letter reads the same heading,
     * caption or note for many of its sentences and tables (engine.c) */
    struct foi_smemo tdmemo;
    /* foi_norm_label's answers (said_hash, engine.c) */
    struct foi_norm_memo *nmemo;
    /* the context file's values (engine.c, eng_emit): read once, checked
     * against what the document states */
    struct ctxvals *cx;
    unsigned cx_conflicts;      /* keys already reported as context_conflict */
    /* table issues told once per document (engine_table.c) */
    long unreadable_cells;
    const char *unreadable_first, *unreadable_text;
    long ocr_letter_cells;      /* OCR cells read with letters taken for digits */
    const char *ocr_letter_first, *ocr_letter_text;
    struct textdims *tstmt;     /* what a statement about the figures says ("The figures are ...") */
    int tstmt_done;
    /* figures eng_emit has emitted (hashes of identity and value): a table
     * restating another table's figure adds nothing (engine.c) */
    uint64_t *said;
    size_t said_mask, said_n;
    /* marks the document defines as nil (engine_table.c, NIL_*) */
    int nil_marks, nil_done;
    const char *nil_measure;    /* what the nil note says is absent ("- = nil (no allegations ...)") */
    int sheet_first;            /* index of the first table on the current sheet (engine_table.c) */
    /* the document's own vocabulary (engine_lex.c), read once */
    struct doclex *lex;
    int lex_done;
    /* the document never speaks of misconduct (engine_table.c): its tables give nothing */
    int topic_done, off_topic;
    /* what the previous table's own words (caption, heading, lines above)
     * said it counts: a table titled "Outcomes of those allegations" counts
     * the same (engine_table.c) */
    const char *prev_tsubject, *prev_tmeasure, *prev_tcategory;
    /* the periods of the figures the previous table gave (and the current
     * one is giving): "Outcomes of those allegations, all three years
     * combined" is their span (engine_table.c) */
    struct textdims prev_tperiods, cur_tperiods;
    struct textdims *tab_periods;   /* the periods of each table's figures, by table (NULL: none read) */
    /* what the opening lines of a document with no request say its tables
     * count ("Allegations ... made against police officers and police
     * staff, by outcome": an annex, an export) (engine_table.c) */
    struct textdims *intro;
    int intro_done;
    /* the parts of a year the document defines away from their labels
     * (engine_pdef.c), read once */
    struct pdefs *pdef;
    int pdef_done, pdef_ready;
    /* what the figures under each count column heading counted ("Count":
     * allegations), for a pivot table summing that column ("Sum of Count")
     * later in the workbook (engine_table.c); measure NULL when two tables'
     * columns of that heading counted different things */
    struct colmeasure { const char *head, *measure; } colm[8];
    int ncolm;
    /* cells that hold several figures the document defines ("24 (23 / 1)":
     * all employees, then officers / staff in brackets): the subject of each
     * part for the table being read, ntparts 0 when its cells hold one
     * figure each; and the definition a sentence of the document gives with
     * a worked example, read once (engine_table.c) */
    const char *tparts[4];
    int ntparts;
    /* the table's cells name each part's people beside it ("Officers: 15
     * Staff: 0", "4 officers 2 staff"): tparts in the cells' order */
    int tparts_labelled;
    /* the cells hold a figure and, in brackets, how many of it had one
     * outcome ("3 (1)": three allegations, one dismissed), as a sentence of
     * the document defines with a worked example: ntparts 2, tparts[0] NULL
     * (the cell's own figure), tparts[1] that outcome's id */
    int tparts_outcome;
    const char *doutcome;
    int doutcome_done;
    const char *dparts[4];
    int ndparts, dparts_done;
    /* what the running header printed on every page of a PDF counts
     * ("FOI 26-2291 - allegations against police officers ..."), read once
     * (engine_table.c) */
    const char *rhead_measure, *rhead_subject;
    int rhead_done;
};

/* A mark a line of the document explains ("c = fewer than five", "[z] = not
 * applicable", "replaced with '<5' ... under section 38(1)(b)"). */
enum { ENG_MARK_SUPPRESSED = 1, ENG_MARK_NA = 2, ENG_MARK_NOT_HELD = 3,   /* NOT_HELD: "n/h: not held" */
       ENG_MARK_REFUSED = 4 };   /* "See note" pointing at a note that refuses that part (section 12) */
struct eng_mark {
    const char *text;           /* the mark as the cells show it */
    int kind;                   /* ENG_MARK_* */
    int has_bounds;
    int64_t min, max;           /* what the definition says it stands for */
    int open_max;               /* "a count of 5 or more": min only, no max */
    char exemption[32];         /* the exemption the definition's paragraph cites, or "" */
    int no_range;               /* withheld, and its definition gives no range and speaks of no small
                                   number: no other note's range is read into it */
    const char *para;           /* the document's paragraph that explains it, NULL for a covering
                                   letter's (doc->context->marks) or a note's */
};

/* engine_lex.c */
/* A label no taxonomy knows, read through the document's own words: a line
 * defining it ("WW = written warning"), or a category name it shortens; fills
 * L (id, primary, defined or short_of) and returns 1, else 0. */
int eng_lex_classify(struct ectx *c, const char *text, struct label *L);
/* A label a key table of the document defines ("Term | Meaning", a
 * "Glossary"), read by its definition before the taxonomy (engine_lex.c). */
int eng_lex_keyed(struct ectx *c, const char *text, struct label *L);
const char *eng_lex_short_in(struct ectx *c, const char *text);
const char *eng_lex_expand(struct ectx *c, const char *text);
/* "sexual offences" where a table of the document labels a row "Sexual
 * offences (sexual assault and sexual harassment)": that label, else NULL. */
const char *eng_lex_combined(struct ectx *c, const char *label);
/* The mark a count cell shows, as the document explains it, or NULL; a
 * cell "See note" / "See note 2" is what that note says of it (refused,
 * not held), or NULL. */
const struct eng_mark *eng_lex_mark(struct ectx *c, const char *cell);
/* The document's own paragraphs that explain its marks (suppressed, not
 * available, not held), each once, in the order the marks were defined: what
 * a covering letter tells its attachment (foi_doc_context.marks). The count. */
int eng_lex_mark_paras(struct ectx *c, const char **out, int max);

/* engine_pdef.c */
/* A year p that the label names and the document defines as only its first
 * part ("2024/25 YTD = 1 April 2024 to 30 September 2024", "* 2024/25
 * figures are for ...", "(2024/25 is part-year, April to September)"): p
 * becomes that part. With flag, a label saying "YTD" / "to date" that
 * nothing defines (or two things define differently) leaves p unresolved
 * (never the whole year). 1 when p changed (note says why), else 0. Reads
 * the document's definitions once, after the request is known
 * (c->pdef_ready). */
int eng_period_defined(struct ectx *c, const char *label, struct foi_period *p, const char **note, int flag);
/* A period not over on the day the response is dated ("2026/27" in a
 * letter of December 2026): 1 when p is a year the document's extraction
 * day ends (p changed), 2 when nothing says where its figures stop (p kept,
 * *note = eng_note_unfinished: a figure of it stays below 0.5,
 * ENG_CONF_DOUBT_MAX), else 0. */
int eng_period_unfinished(struct ectx *c, struct foi_period *p, const char **note);
extern const char eng_note_unfinished[];
/* Its notes for a year "to date" it ends on the day the data were extracted,
 * or on the date of the response: an end no words of the label or the
 * request give (eng_span_of spans no such year). */
extern const char eng_note_to_extracted[], eng_note_to_response[];
/* "1 April 2026 to date" (label: a day and the words "to date" / "so far"):
 * *p (that day) becomes the stretch from it to the day the data were
 * extracted, else to the response's own date, when that day is later. 1
 * when p changed. */
int eng_day_to_date(struct ectx *c, const char *label, struct foi_period *p);
/* The day the response itself is dated ("Date: 9 December 2026", "Dated
 * ...", a letterhead line ending in a day; engine_pdef.c): 1 with *out. */
int eng_response_day(struct ectx *c, struct foi_date *out);
/* A range of years the label names whose last year the document defines as
 * only its first part ("Total 2023/24 to 2026/27 YTD" where "2026/27 YTD =
 * 1 April 2026 to 31 October 2026"): p ends where that part ends. 1 when p
 * changed, else 0. */
int eng_range_end_defined(struct ectx *c, const char *label, struct foi_period *p);
/* A label no period parse reads that the document says is a stretch of days ("April
 * 2026 onwards = 01/04/2026 to 30/11/2026"): 1 and *p set. */
int eng_label_period(struct ectx *c, const char *label, struct foi_period *p);
/* "Last financial year", "This financial year to date\xc2\xb9", "Previous
 * calendar year": a head named from the letter's own date, dated where the
 * document gives that date (engine_relative.c). 1 when read. */
int eng_relative_head(struct ectx *c, const char *label, struct foi_period *p);
/* "1 January 2026 to the date of this response", "the current financial
 * year to date" in a statement: that stretch, ended by the letter's own
 * date (engine_relative.c). 1 when read. */
int eng_relative_span(struct ectx *c, const char *text, struct foi_period *p, const char **label);
/* The words after a year ending at text[end] that say it is only the year
 * to date (" to date", " YTD", " so far"): their length, else 0. */
size_t eng_period_ytd_len(const char *text, size_t end);
/* A phrase of the sentence naming a period by the letter's own time ("the
 * current year") that the document defines elsewhere ("the current year runs
 * from 1 April 2024 to 30 September 2024"): the phrase, *out its period;
 * NULL when none (or the document defines it twice, differently). */
const char *eng_period_relative(struct ectx *c, const char *sentence, struct foi_period *out);
/* Does the text say which days a period covers (a year to date, a part of
 * a year, the current year): a paragraph a covering letter hands on to its
 * attachment (foi_doc_context.defines). */
int eng_pdef_defines(struct ectx *c, const char *text);

/* engine.c */
void eng_classify(struct ectx *c, const char *text, struct label *L);
void eng_textdims(struct ectx *c, const char *text, struct textdims *td);
/* the one force text names; NULL when none or several */
const char *eng_one_force(struct ectx *c, const char *text);
/* Does the table's caption or heading name it "Table <id>"? (engine_table.c) */
int eng_table_named(const struct foi_doc *doc, const struct foi_table *t, const char *id);
/* the line after the paragraph starting at line i (wrapped lines run on to a blank line or a new paragraph) */
int eng_para_end(const struct foi_doc *doc, int i, int nl);
/* one of words ends just before text[at], past the characters of skip and one of dets */
int eng_words_before(const char *text, size_t at, const char *skip, const char *const *dets,
                     const char *const *words);
/* The span of n periods that follow one another without a gap (first start
 * to last end), in any order: 1, else 0 (fewer than two, a gap, an overlap). */
int eng_periods_span(const struct foi_period *ps, int n, struct foi_period *out);
/* Are the n periods found in text (at[i], len[i], in order) written as one
 * list or range, only commas, dashes and "and", "to", "through" between them
 * ("2022/23 and 2023/24", "2021, 2022 and 2023"), not "2023 compared with
 * 2022"? */
int eng_periods_joined(const char *text, const size_t *at, const size_t *len, int n);
/* "2026-27 to date (1 Apr - 31 Oct 2026)": the two periods found at at[],
 * len[] (ps[0] a year, ps[1] its first part in brackets after "to date",
 * "so far" or "YTD") are one, the part. */
int eng_year_so_far(const char *text, const size_t *at, const size_t *len, const struct foi_period *ps);
void dims_fill_text(struct dims *d, const struct textdims *td);
/* What eng_emit does to a figure it has built, for figures built elsewhere
 * (the letter side): the document's context fills what the figure leaves
 * unsaid (conflicts reported, each use noted), the house style's defaults,
 * the notes joined, and the confidence put in its band from conf. */
void eng_figure_finish(struct ectx *c, struct foi_figure *f, const struct dims *d, double conf,
                       const char *locator);
int eng_emit(struct ectx *c, const struct dims *d, const char *value_text,
             const struct foi_value *v, const char *locator, const char *raw_text, double conf);
int eng_value(struct ectx *c, const char *text, struct foi_value *v);
const char *eng_strdup(struct ectx *c, const char *s);
int eng_is_stop_heading(const char *text);   /* engine_request.c */
int eng_req_alternative(const struct ectx *c, const struct foi_period *p, const char *t);   /* engine_request.c */

/* engine_table.c */
int eng_tables(struct ectx *c);
/* The band a figure's confidence falls in (docs/confidence.md). */
#define ENG_CONF_PLUGIN_TOP   0.95   /* a force plugin, everything stated */
#define ENG_CONF_PLUGIN_LOW   0.85
#define ENG_CONF_GENERIC_TOP  0.80   /* a generic parser, everything stated */
#define ENG_CONF_GENERIC_LOW  0.65
#define ENG_CONF_INFERRED_TOP 0.55   /* a dimension from the request, a context file or a default */
#define ENG_CONF_INFERRED_LOW 0.40
#define ENG_CONF_UNKNOWN_TOP  0.30   /* a dimension the document never says: unknown */
#define ENG_CONF_UNKNOWN_LOW  0.10
#define ENG_CONF_SPAN_MAX     0.45   /* a period that is the span of the request's periods */
#define ENG_CONF_DOUBT_MAX    0.45   /* a figure the document's other figures disagree with */
/* engine_letter.c, engine_request.c, engine_prose.c: engine_letter.h */
int eng_letter_prepare(struct ectx *c);   /* before the tables: the request and the answer */
int eng_refusal_paragraph(struct ectx *c, const char *t);   /* a refusal, not a heading */
int eng_letter_read(struct ectx *c);      /* after the tables: lists, answers, prose, refusals */
void eng_letter_release(struct ectx *c);

#endif
