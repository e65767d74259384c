/* engine_table.h: a table's structure as the engine reads it. engine_tshape.c
 * works out the role of every column, header level and row from labels and
 * values; engine_table.c extracts figures from those roles. Internal to
 * parsers/. */
#ifndef FOI_ENGINE_TABLE_H
#define FOI_ENGINE_TABLE_H

#include <stdint.h>
#include "engine_ctx.h"

/* What one cell holds. */
enum { CK_EMPTY, CK_COUNT, CK_NUMBER, CK_PERIOD, CK_DATE, CK_TEXT };

/* What a column is. */
enum {
    COL_EMPTY,      /* nothing in the body */
    COL_COUNT,      /* counts: each cell a figure */
    COL_DENOM,      /* numbers that are no counts: headcounts, rates, percentages */
    COL_LABEL,      /* labels that say what the counts of the row are */
    COL_NOTE,       /* free text beside the figures (notes, comments) */
};

/* Roles of label columns and header levels: a vocabulary (FOI_VOCAB_*),
 * PRIMARY_PERIOD, the two halves of a period given as two columns, or none. */
#define ROLE_NONE (-1)
#define ROLE_FROM (PRIMARY_PERIOD + 1)
#define ROLE_TO   (PRIMARY_PERIOD + 2)
#define NROLES    (PRIMARY_PERIOD + 3)

struct tcol {
    int kind;              /* COL_* */
    int role;              /* label columns: ROLE_* */
    int varies;            /* label column: its labels differ between rows */
    int within;            /* period label column read inside another period column of its row
                              ("Q1" beside "2023/24"): that column's index + 1, or 0 */
    int outcome_group;     /* outcome column whose rows a coarser column groups ("Finding" over
                              "Outcome"): that column + 1, 0 none (engine_tshape.c outcome_groups) */
    const uint64_t *group_clash; /* its labels that read as the same outcome as another of its
                              labels ("No action", "No further action"), hashed: read with their group */
    int ngroup_clash;
    int dependent;         /* label column foi does not know, but fixed by the columns it does
                              know (a region beside its forces, a code beside its category) */
    int nlabels, nknown;   /* label cells sampled, of which recognised */
    const char *head;      /* the column's own header (lowest non-empty level), or "" */
    /* count columns */
    struct dims dims;      /* what the header stack says */
    int understood;        /* the header stack tells this column from the others */
    int in_row;            /* headed by a period without its year ("Jan", "Q1") beside a column of
                              periods each holds ("2024"): read inside the row's period; that
                              label column's index + 1, or 0 */
    int head_outcome;      /* a header level of this column is an outcome level */
    int dup, from_span;    /* same heading as another count column; a Total spanning periods */
    int defined;           /* a line of the document defines the header ("x = ...") */
    int subject_part;      /* its subject comes from a "part" label ("Special constables") */
    int part_beside;       /* ... beside a column naming that subject itself: no figure */
    int forces_together;   /* its head counts several forces together ("2024 (both forces)"): no
                              figure of any one force */
    int measure_part;      /* one of several columns naming the same measure beside their Total */
    int superseded;        /* "As published" beside "Revised" under one heading: corrected since */
    int month_grain;       /* a column of days headed as months ("Recorded Month" over
                              01/06/2022): each day stands for its month */
    int cumulative;        /* a running total ("Cumulative total", "Year to date"): each cell
                              runs from the start of the table's periods to its row's end */
    /* period label columns: the span of their periods, for a Total row */
    struct foi_period span;
    int has_span;
    const char *span_label;
    int fy_col;            /* a period column of financial years: its header says so
                              ("Financial Year"), or every period it holds is one */
};

struct tshape {
    struct ectx *c;        /* the document it is read in (its marks, engine_lex.c) */
    int h;                 /* header rows */
    int htop;              /* of which leading title rows (a sentence split into cells) */
    const char *title;     /* their text, read like a caption */
    int nr, nc;
    const struct foi_table *t;   /* the table it was read from */
    signed char *ck;       /* cell kinds by (row, col), 0: not asked yet (engine_tshape.c) */
    struct tcol *col;
    int ncount;            /* count columns */
    int any_dup;           /* two count columns share a heading */
    int has_outcome_col;   /* a label column of outcomes */
    int force_col;         /* a label column of forces, or -1 */
    const char *whole_subj[4]; /* subject ids the subject label column names as such, not
                                  through a "part" label ("Police staff" beside "PCSOs") */
    int nwhole;
    int cat_col;           /* a label column of categories, or -1 */
    int from_col, to_col;  /* a period given as two columns, or -1 */
    int nlabels, nknown;   /* labels sampled in the whole table, of which recognised */
    const char *unknown_ex[3];   /* the first unknown labels, for the issue */
    int nunknown_ex;
    const char *tmeasure;  /* a measure a Total label names: the whole table's */
    const char *lmeasure;  /* a measure the category column's header names ("Allegation type"):
                              read after the table's own words, before the request */
    const char *hmeasure;  /* the unit the first label column's header gives every count
                              ("Number of cases"): the table's, ahead of a Total label's */
    const char *tsubject;
    /* the period the table sits in (its caption, sheet, heading, the lines
     * above it, the request): "Q1" or "April" alone are read inside it */
    struct foi_period tperiod;
    int has_tperiod;
    int nil;               /* NIL_* marks the document defines as nil */
};

/* engine_table.c: marks the document defines as nil ("A dash (-) indicates
 * nil", "Blank cells indicate nil"), NIL_* bits, read once per document */
enum { NIL_DASH = 1, NIL_BLANK = 2 };
int eng_nil_marks(struct ectx *c);
/* A cell that holds only a dash ("-", an en or em dash). */
int eng_dash_cell(const char *s);

/* A cell of several figures in the notation the table being read is
 * defined to use (c->tparts: "24 (23 / 1)"): its values into v (up to 4);
 * their number, or 0 when the table has no such notation or the cell is not
 * in it. */
int eng_cell_parts(struct ectx *c, const char *text, struct foi_value *v);

/* engine_tshape.c */
int eng_cell_kind(const char *s, int *year);
/* eng_cell_kind, a dash counted as a count where the document defines it as nil */
int eng_tcell_kind(const struct tshape *s, const char *text, int *year);
/* the same for the shape's table's cell (r, col), kept per cell */
int eng_tcell_kind_at(const struct tshape *s, const struct foi_table *t, int r, int col, int *year);
/* A count cell on a page read from the sender's OCR layer that holds digits
 * but for letters OCR takes for them ("ll" 11, "O" 0, "S" 5, "b" 6, "B" 8;
 * at most four characters): the digits in buf (8 bytes), 1; else 0. */
int eng_ocr_letter_digits(const struct foi_doc *doc, const struct foi_table *t, int r, const char *s, char *buf);
/* Work out the structure of t (arrays in c's arena); tperiod (may be NULL) is
 * the period the table sits in. 0, or FOI_ENOMEM. */
/* The document's memo of cell kinds made ready (foi_engine_run). */
void eng_kmemo_init(struct ectx *c);
int eng_tshape(struct ectx *c, const struct foi_table *t, const struct foi_period *tperiod,
               struct tshape *s);
/* eng_classify, and a period label without its year ("Q1", "April") read
 * inside the table's period. */
void eng_tclassify(struct ectx *c, const struct tshape *s, const char *text, struct label *L);
/* The same inside the period in (a group header's) instead of the table's. */
void eng_tclassify_in(struct ectx *c, const struct tshape *s, const char *text, const struct foi_period *in,
                      struct label *L);
/* Structure words of a label column's or header's text (not vocabulary). */
int eng_header_role(const char *h);
/* A header or label saying its numbers are a denominator, a rate, a share,
 * an average or a length of time: no counts ("Rate per 1,000", "% of type",
 * "Average days to finalise (2025/26)"). */
int eng_denominator_words(const char *h);
/* A header that names a count without saying of what: "Number", "Count". */
int eng_generic_count(const char *h);
/* A label that reads as a total though no taxonomy alias says so: "All
 * categories", "Overall", "Sub total". */
int eng_totalish(const char *text);
/* A row label that picks a part of the row above ("of which: involving a
 * colleague", "Of these, ..."): the words after the lead-in, else NULL. */
const char *eng_subset_label(const char *text);
/* The one outcome a label of another vocabulary names ("Sexual assault -
 * dismissed"), as its words, else NULL: none, several, "other", negated
 * ("not dismissed"), or only what the label takes in or leaves out
 * ("including those who resigned", "excluding withdrawn allegations"). */
const char *eng_label_outcome(struct ectx *c, const char *text);
/* The label opens with the people its outcome o befell ("Officers dismissed
 * ...", "Number of police staff dismissed ..."): it counts people. */
int eng_people_before(struct ectx *c, const char *text, const char *o);
/* "Regular officers", "Female police staff": the subject's name ending the
 * label after one or two words that pick some of those people (not "All",
 * "Total", "Number of"): a part of them, as a "part" alias is. */
int eng_subject_qualified(struct ectx *c, const char *text);

/* The measure a header of kinds names ("Allegation type": allegations), or NULL. */
const char *eng_role_measure(struct ectx *c, const char *head);

#endif
