/* engine_table.c: figures from tables, from the structure engine_tshape.c
 * works out. A count becomes a figure only when the table's structure ties
 * it to a recognised outcome or total: a label foi does not know never
 * becomes a total, a table whose labels are mostly unknown gives no figures
 * and one table_not_understood issue, and two cells that would be the same
 * figure with different values are both left out. What the table leaves
 * unsaid comes from its caption, sheet name, heading, the lines above it and
 * the request (then, in eng_emit, a context file). */
#include "engine_table.h"
#include "engine_letter.h"
#include "../normalize/figure.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *cell_text(const struct foi_table *t, int r, int col)
{
    return foi_table_cell(t, r, col)->text;
}

/* One figure's identity, to find two cells that claim the same figure. */
struct fkey {
    uint64_t hash;
    int64_t value;
    int status;
    long seq;          /* order found (row by row) */
};

/* A figure of pass 0 as the withheld total beside it sees it. */
struct fpart {
    uint64_t group;    /* figure_hash of its dims with no outcome */
    const char *outcome;   /* canonical; "" none */
    struct foi_value v;
};

/* One table being read. */
/* canon's last answer for one vocabulary (canon_in): the label's text
 * when short enough, and the id, or NULL when the answer was the label */
struct canon_memo {
    char key[48];
    const char *id;
    int valid;
};

struct tread {
    struct ectx *c;
    const struct foi_table *t;
    signed char crime_col[32];  /* label column holds recorded-crime rows: 0 not asked, 1 yes, -1 no */
    struct tshape s;
    struct textdims cap, title, sheet, head, lead[4], top[4];
    int nlead, ntop;
    int has_lperiod;            /* a label column's own header names one period: lperiod */
    struct foi_period lperiod;
    const char *lperiod_label;
    const struct textdims *question;   /* the question of the request the table answers, or NULL */
    const char *section_subject;       /* the subject a section heading above names ("Police staff"), or NULL */
    const char *ahead_subject;         /* whom a sentence above the section's sub-headings says the tables
                                          below count ("The outcomes below are for officers and staff"), or NULL */
    struct textdims pointer;           /* a sentence's clause saying what the table (by number) holds */
    int has_pointer;
    int has_nperiod;                   /* a data file's one period, named by the note under its table */
    struct foi_period nperiod;
    const char *nperiod_label;
    const char *note_subject;          /* the subject a note right under the table names ("Note: the figures
                                          in Table 2 are for police staff"), or NULL */
    const char *cap_force;      /* the one force the table's caption or heading names ("Table 2: Suffolk
                                   Constabulary" in a joint response), or NULL */
    int multi_measure;          /* count columns name different measures */
    int tperiod_context;        /* the period the table sits in is the context file's */
    const char *state;          /* the state its headline counts people in ("officers suspended"), or NULL */
    /* state down the rows */
    struct dims group;
    int group_unknown;          /* under a group heading foi does not know */
    int group_closing;          /* this row's Total in the category column ends its group */
    int group_from_pivot;       /* the group is a pivot's category row (it carried its total) */
    /* group rows of two kinds nested ("REPORTING PERIOD: 2025-26" over
     * "Allegation type: Sexual assault" blocks): the kind of the last group
     * row (-1 none or unknown) and the outer group the inner rows keep
     * (round 32 part A) */
    int gkind, has_outer, outer_kind;
    struct dims outer;
    /* a category's group heading of the form "Allegation type: Sexual
     * assault": the measure its role label names, and that label */
    const char *glmeasure, *glhead;
    const char *pivot_field;    /* a pivot table's summed field ("Sum of Count": "Count"), or NULL */
    const char *pivot_measure;  /* what that field's column counted in the data table, or NULL */
    const char **filled;        /* each label column's last label (fill down) */
    const char **nest_cat;      /* per row: the category a subject row nested under it belongs to, or NULL
                                   (nested_subjects); NULL when the table has none */
    int nest_col;               /* the label column holding both */
    /* figures left out, for the issue */
    long left_out;
    const char *left_why;
    int left_row, left_col;
    long collided;
    long first_collided;        /* seq of the first cell left out as ambiguous, -1 none */
    int collide_r, collide_col; /* where it is (found in pass 1) */
    /* the two passes: 0 finds identities, 1 emits */
    int pass;
    struct fkey *keys;
    size_t nkeys, akeys;
    unsigned char *drop;        /* by seq: 1 left out (ambiguous), 2 a restatement */
    long seq;
    long cfig;                  /* cells read as figures so far (a cell of several figures is one) */
    int corr_fits[4];           /* per correction of the document (c->corr): the cells of this table it
                                   fits, counted in pass 0 */
    /* per force column, once asked (region_row): which rows name a force
     * another row of the body also names; NULL entries not worked out yet */
    unsigned char **twice;
    /* ... and for each such row the run of force rows just below and just
     * above it (runs[2o], runs[2o + 1]); per count column, its reported
     * values summed down the rows (struct colsum); NULL entries not worked
     * out yet */
    int **runs;
    struct colsum *csum;
    struct canon_memo canon_last[FOI_VOCAB_COUNT];   /* canon_in */
    /* what pass 0 worked out, for pass 1 (the same rows in the same state):
     * each row's labels and whether it closed its group, each cell's
     * cell_figure answer (0 not asked, 1 a figure, 2 none) and the figures'
     * dims by seq; NULL when there was no room (pass 1 works them out) */
    struct rowdims *rows;
    unsigned char *row_closing;
    signed char *cellres;
    struct dims *dseq;
    size_t ndseq, adseq;
    /* pass 0's figures by the identity they share with their outcome's
     * siblings (figure_hash without the outcome), for a withheld total's
     * bounds (total_bounds) */
    struct fpart *parts;
    size_t nparts, aparts;
    long unread_cells;          /* count cells pass 0 could not read (a withheld total's parts may be among them) */
};

static void pass_cache_drop(struct tread *tr)
{
    foi_free(tr->rows);
    foi_free(tr->row_closing);
    foi_free(tr->cellres);
    foi_free(tr->dseq);
    tr->rows = NULL;
    tr->row_closing = NULL;
    tr->cellres = NULL;
    tr->dseq = NULL;
    tr->ndseq = tr->adseq = 0;
}

static void left_out(struct tread *tr, int r, int col, const char *why)
{
    if (tr->pass)
        return;
    if (!tr->left_out++) {
        tr->left_why = why;
        tr->left_row = r;
        tr->left_col = col;
    }
}

/* The letter side's block holding line i or, where a table's lines hold
 * none, the last block before it; NULL when none. */
static const struct eng_block *block_before(const struct ectx *c, int i)
{
    if (!c->lt)
        return NULL;
    const struct eng_block *b = NULL;
    for (int k = 0; k < c->lt->nb && c->lt->b[k].first <= i; k++)
        b = &c->lt->b[k];
    return b;
}

/* ------------------------------------------------------------ lead-in */
/* The letter side's block holding line i, or NULL. */
static const struct eng_block *block_of(const struct ectx *c, int i)
{
    if (!c->lt)
        return NULL;
    /* blocks are in line order and do not overlap: the last starting at or
     * before line i */
    int lo = 0, hi = c->lt->nb;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (c->lt->b[mid].first <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && c->lt->b[lo - 1].first <= i && i <= c->lt->b[lo - 1].last)
        return &c->lt->b[lo - 1];
    return NULL;
}

/* "Blwyddyn / Year: 2026/27 (1 Ebrill \xe2\x80\x93 30 Tachwedd 2026 / 1 April \xe2\x80\x93 30
 * November 2026)": a year and, in brackets right after it, the stretch of it
 * the text covers said twice, in two languages split by " / " (the same
 * days both times), a stretch from the year's first day to a day inside it:
 * the label's period is that stretch, as "2026/27 (1 April \xe2\x80\x93 30 November
 * 2026)" reads, not three periods. 1 read into *out and *label. */
static int bilingual_part(struct ectx *c, const char *text, struct foi_period *out, const char **label)
{
    struct foi_period_ctx pc = {0};
    struct foi_period q[ENG_MAX_PERIODS];
    size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
    if (foi_period_find_all(text, &pc, q, at, len, ENG_MAX_PERIODS) != 3)
        return 0;
    for (int i = 0; i < 3; i++)
        if (!q[i].resolved)
            return 0;
    if (q[0].kind != FOI_PER_FY && q[0].kind != FOI_PER_CALENDAR_YEAR)
        return 0;
    if (foi_date_cmp(&q[1].start, &q[2].start) || foi_date_cmp(&q[1].end, &q[2].end) ||
        foi_date_cmp(&q[1].start, &q[0].start) || foi_date_cmp(&q[1].end, &q[0].end) >= 0 ||
        foi_date_cmp(&q[1].end, &q[1].start) < 0)
        return 0;
    /* only "(" between the year and the first, " / " between the two, ")"
     * after the second */
    const char *p = text + at[0] + len[0], *e = text + at[1];
    while (p < e && *p == ' ')
        p++;
    if (p >= e || *p != '(')
        return 0;
    for (p++; p < e; p++)
        if (*p != ' ')
            return 0;
    int slash = 0;
    for (p = text + at[1] + len[1], e = text + at[2]; p < e; p++) {
        if (*p == '/' && !slash)
            slash = 1;
        else if (*p != ' ')
            return 0;
    }
    if (!slash)
        return 0;
    p = text + at[2] + len[2];
    while (*p == ' ')
        p++;
    if (*p != ')')
        return 0;
    *out = q[1];
    *label = foi_arena_strndup(&c->arena, text + at[0], (size_t)(p + 1 - (text + at[0])));
    return *label != NULL;
}

/* A line above a table that names several periods ("shown for 2022/23 and
 * 2023/24", "2021/22 to 2023/24") or speaks of them together ("for all three
 * years together", "over those years") says the period of the table: the
 * span they cover (first start to last end; the request's or question's
 * periods for a phrase), never its last period. td is left with that one
 * period, or with none when the periods do not run on from each other. The
 * lines farther up (a list of yearly answers, a request) then give no period.
 * Returns 1 when the line settles the period, else 0. */
static int lead_periods(struct ectx *c, const char *text, struct textdims *td, int question)
{
    int n = 0;
    for (int i = 0; i < td->nperiods; i++)
        if (foi_date_cmp(&td->periods[i].start, &td->periods[i].end))
            n++;
    int want = 0, phrase = eng_span_phrase(text, &want);
    if (n < 2 && !phrase)
        return 0;
    struct foi_period sp;
    const char *label = NULL;
    int ok = 0;
    if (phrase) {
        const struct textdims *pt = &c->req;
        if (question >= 0 && c->lt && question < c->lt->nq && c->lt->q[question].td.nperiods)
            pt = &c->lt->q[question].td;
        ok = eng_span_of(c, pt, want, &sp, &label);
        if (!ok && n < 2)
            return 0;
    }
    if (!ok) {
        /* the periods as one list ("2022/23 and 2023/24"), not "2023
         * compared with 2022" */
        struct foi_period_ctx pc = {0};
        struct foi_period ps[ENG_MAX_PERIODS];
        size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
        int np = foi_period_find_all(text, &pc, ps, at, len, ENG_MAX_PERIODS), k = 0;
        for (int i = 0; i < np; i++)   /* the ranges only, as td keeps them */
            if (ps[i].resolved && foi_date_cmp(&ps[i].start, &ps[i].end)) {
                at[k] = at[i];
                len[k] = len[i];
                k++;
            }
        if (eng_periods_joined(text, at, len, k))
            ok = eng_span_of(c, td, 0, &sp, &label);
        if (!ok && k == 3 && np == 3 && bilingual_part(c, text, &sp, &label))
            ok = 1;
        if (!ok && k == 2 && n == 2) {
            /* "Table 4: allegations recorded 2026-27 to date (1 Apr - 31
             * Oct 2026)": one period, the year so far */
            struct foi_period two[2];
            int m = 0;
            for (int i = 0; i < np && m < 2; i++)
                if (ps[i].resolved && foi_date_cmp(&ps[i].start, &ps[i].end))
                    two[m++] = ps[i];
            if (m == 2 && eng_year_so_far(text, at, len, two)) {
                size_t end = at[1] + len[1];
                end += text[end] == ')';
                sp = two[1];
                label = foi_arena_strndup(&c->arena, text + at[0], end - at[0]);
                ok = label != NULL;
            }
        }
    }
    if (ok) {
        td->periods[0] = sp;
        td->period_texts[0] = label;
        td->nperiods = 1;
    }
    return 1;
}

/* The 0-based index of the line just above table t (text tables: the
 * document's lines are the file's, and first_line is 1-based). */
static int line_above(const struct foi_doc *doc, const struct foi_table *t)
{
    int start = t->anchor_line - 1;
    if (doc->format == FOI_FMT_TEXT && t->first_line > 0)
        start = t->first_line - 2;
    return start >= doc->nlines ? doc->nlines - 1 : start;
}

/* Line l is on table t's sheet (its locator starts `sheet "NAME" `), or t
 * is on no sheet. */
static int on_sheet(const struct foi_table *t, const struct foi_line *l)
{
    if (!t->sheet)
        return 1;
    size_t n = strlen(t->sheet);
    return l->loc && !strncmp(l->loc, "sheet \"", 7) && !strncmp(l->loc + 7, t->sheet, n) &&
           !strncmp(l->loc + 7 + n, "\" ", 2);
}

/* The lines just above the table, nearest first, up to a heading, the
 * previous table or the request. In a letter of numbered questions and
 * answers, the question the table answers (the answer above it names it,
 * or the question stands right above it) is *question, else -1. */
/* A sub-heading whose rank the document marks (an HTML <h4> "Sexual
 * assault" over its table) sits in the section of the nearest heading above
 * it of a lower rank number (the <h3> "Outcomes: allegations recorded in
 * 2025/26"), whatever lies between: its sibling sub-headings and their
 * tables, the section's own paragraphs. The first such ancestor that names a
 * period gives the table that period (as lead_in's walk over headings alone
 * would), when it names no category and no people the sub-heading's words
 * contradict; an ancestor naming none passes the walk on to its own. Up to
 * the request. 1 when an ancestor naming a period decided, else 0 (no rank
 * marked, or no such ancestor): the walk over headings alone. */
static int outline_section(struct ectx *c, const struct foi_table *t, int stop_heading, struct textdims *out, int *n,
                           int question)
{
    const struct foi_doc *doc = c->doc;
    unsigned rank = FOI_LINE_LEVEL(doc->lines[stop_heading].flags);
    if (!rank)
        return 0;
    for (int i = stop_heading - 1; i >= 0; i--) {
        const struct foi_line *l = &doc->lines[i];
        if ((c->req_first >= 0 && i >= c->req_first && i <= c->req_last) || (l->loc && !on_sheet(t, l)))
            return 0;
        unsigned r = FOI_LINE_LEVEL(l->flags);
        if (!(l->flags & FOI_LINE_HEADING) || !l->text[0] || !r || r >= rank)
            continue;   /* a paragraph, a sibling or a deeper sub-heading: inside the section */
        rank = r;
        struct textdims td;
        eng_textdims(c, l->text, &td);
        if (!td.nperiods)
            continue;   /* "Answer": its own section may be in one that names a period */
        if (!td.ncats && (!td.subject || !out[*n - 1].subject)) {
            out[*n] = td;
            out[*n].measure = NULL;
            lead_periods(c, l->text, &out[*n], question);
            (*n)++;
        }
        return 1;
    }
    return 0;
}

/* A line with no letter or digit: blank, or a rule ("=====", "-----"). */
static int rule_line(const char *s)
{
    for (; *s; s++)
        if (isalnum((unsigned char)*s))
            return 0;
    return 1;
}

/* In a plain-text letter, a group of lines under a label line ("Sexual
 * misconduct" over its "Dismissed ...... 4" lines) whose lead-in reaches the
 * group before it with no period said: with only such groups, their label
 * lines (naming no period), blank lines and rules between it and a heading
 * ("1 APRIL 2024 TO 31 MARCH 2025" over the first group), the group is in
 * that heading's section and takes its period, as the first group does.
 * Anything else on the way (a paragraph, the request) ends the walk with
 * nothing. from: the 0-based line where the walk over the lead-in stopped.
 * 1 when the heading gave the section's period. */
static int sibling_section(struct ectx *c, const struct foi_table *t, int from, struct textdims *out, int *n,
                           int question)
{
    const struct foi_doc *doc = c->doc;
    for (int i = from < doc->nlines ? from : doc->nlines - 1; i >= 0; i--) {
        const struct foi_line *l = &doc->lines[i];
        if (c->req_first >= 0 && i >= c->req_first && i <= c->req_last)
            return 0;
        if (rule_line(l->text))
            continue;
        int in_table = 0, label = 0;
        for (int k = 0; k < doc->ntables && !in_table; k++) {
            const struct foi_table *o = &doc->tables[k];
            if (o->anchor_line >= t->anchor_line)
                continue;
            in_table = o->first_line > 0 && i + 1 >= o->first_line && i + 1 <= o->last_line;
            label |= o->anchor_line == i + 1;
        }
        if (in_table)
            continue;
        struct textdims td;
        eng_textdims(c, l->text, &td);
        if (l->flags & FOI_LINE_HEADING) {
            if (!td.nperiods || td.ncats || (*n > 0 && td.subject && out[*n - 1].subject))
                return 0;
            out[*n] = td;
            out[*n].measure = NULL;
            lead_periods(c, l->text, &out[*n], question);
            (*n)++;
            return 1;
        }
        if (!label || td.nperiods)
            return 0;
    }
    return 0;
}

/* A list item: a line the reader marks as one, or one opening with a
 * bullet character ("\xe2\x80\xa2 Sexual assault: nine allegations"). */
static int list_item_line(const struct foi_line *l)
{
    if (l->flags & FOI_LINE_BULLET)
        return 1;
    const char *s = l->text;
    while (*s == ' ' || *s == '\t')
        s++;
    static const char *const marks[] = { "\xe2\x80\xa2", "\xc2\xb7", "\xe2\x96\xaa", "\xe2\x97\x8f",
                                         "\xe2\x97\xa6", NULL };
    for (int i = 0; marks[i]; i++) {
        size_t n = strlen(marks[i]);
        if (!strncmp(s, marks[i], n) && (s[n] == ' ' || s[n] == '\t'))
            return 1;
    }
    return 0;
}

/* A run of two or more list items naming no period, its last item at line
 * i, none of them a heading or in the request: the 0-based line of its
 * first item, else -1. */
static int period_free_list(struct ectx *c, int i, int floor)
{
    const struct foi_doc *doc = c->doc;
    int top = -1, items = 0;
    for (int k = i; k >= 0 && k >= floor; k--) {
        const struct foi_line *l = &doc->lines[k];
        if (!l->text[0])
            continue;
        if (!list_item_line(l) || (l->flags & FOI_LINE_HEADING) ||
            (c->req_first >= 0 && k >= c->req_first && k <= c->req_last))
            break;
        struct textdims td;
        eng_textdims(c, l->text, &td);
        if (td.nperiods)
            return -1;
        top = k;
        items++;
    }
    return items >= 2 ? top : -1;
}

static void lead_in(struct ectx *c, const struct foi_table *t, int prev_anchor, struct textdims *out, int *n, int max,
                    int *question)
{
    const struct foi_doc *doc = c->doc;
    *n = 0;
    *question = -1;
    int settled = 0, stop_heading = -1, stopped = 0;
    int start = line_above(doc, t);
    /* on a spreadsheet the lead-in is the table's own sheet: the notes of
     * the sheet before ("Suspensions: 7 officers suspended" under a summary)
     * say nothing of the next sheet's table */
    for (int i = start; i >= 0 && i >= prev_anchor && *n < max; i--) {
        const struct foi_line *l = &doc->lines[i];
        if (l->loc && !on_sheet(t, l)) {
            stopped = 1;
            break;
        }
        if (!l->text[0])
            continue;
        if (i >= c->req_first && i <= c->req_last && c->req_first >= 0) {
            /* between the questions of a request, the answers are read */
            const struct eng_block *b = block_of(c, i);
            if (b && b->zone == ZN_RESPONSE && c->lt->nq > 1) {
                if (*question < 0 && b->q >= 0 && b->q < c->lt->nq)
                    *question = b->q;
            } else {
                if (b && b->zone == ZN_REQUEST && *question < 0 && b->q >= 0 && b->q < c->lt->nq &&
                    c->lt->nq > 1)
                    *question = b->q;
                stopped = 1;
                break;
            }
        }
        /* "Totals for 2025/26:" / a list of its figures ("\xe2\x80\xa2 Sexual
         * assault: nine allegations" ...) / "Outcomes of those allegations:"
         * over the table: the list items are figures of their own, no
         * lead-in of the table; the walk passes over them to the line that
         * leads into them, whose period is theirs and the table's */
        if (*n > 0 && !settled) {
            int top = period_free_list(c, i, prev_anchor);
            if (top >= 0) {
                i = top;
                continue;
            }
        }
        const char *text = l->text;
        if (doc->format == FOI_FMT_TEXT) {
            /* a wrapped paragraph is read whole: "(1 January to" / "31 December 2022)" */
            int top = i;
            while (top > prev_anchor && top > 0 && doc->lines[top - 1].text[0] &&
                   !(doc->lines[top].flags & FOI_LINE_HEADING) &&
                   !(c->req_first >= 0 && top - 1 <= c->req_last && top - 1 >= c->req_first))
                top--;
            if (top < i) {
                struct foi_buf b;
                foi_buf_init(&b, 1 << 20);
                for (int k = top; k <= i; k++) {
                    const char *s = doc->lines[k].text;
                    while (*s == ' ')
                        s++;
                    if (b.len)
                        foi_buf_addc(&b, ' ');
                    foi_buf_adds(&b, s);
                }
                if (b.data)
                    text = foi_arena_strdup(&c->arena, b.data);
                foi_buf_release(&b);
                if (!text)
                    return;
            }
            i = top;
            l = &doc->lines[top];
        } else {
            /* a paragraph a <br> breaks into lines is read whole: "the
             * number of individuals (police officers" / "and police staff)" */
            const struct eng_block *b = block_of(c, i);
            if (b && b->first < i && b->last == i && b->first >= prev_anchor && b->text) {
                text = b->text;
                i = b->first;
                l = &doc->lines[i];
            }
        }
        if (eng_refusal_paragraph(c, text))
            continue;   /* it speaks of a part the table does not hold */
        eng_textdims(c, text, &out[*n]);
        if (settled)
            out[*n].nperiods = 0;   /* a nearer line said the table's period */
        else
            settled = lead_periods(c, text, &out[*n], *question);
        (*n)++;
        if (l->flags & FOI_LINE_HEADING) {
            stop_heading = i;
            break;
        }
    }
    /* a sub-heading that names no period ("Sexual assault") under a
     * heading that does ("Outcomes of allegations recorded in 2025"), with
     * only headings and the tables under them between: the table is in
     * that heading's section and takes its period (a second sub-heading's
     * table too) */
    if (stop_heading < 0 && !stopped && !settled && *n < max && prev_anchor > 0 && doc->format == FOI_FMT_TEXT) {
        int named = 0;
        for (int k = 0; k < *n; k++)
            named |= out[k].nperiods > 0;
        if (!named)
            sibling_section(c, t, prev_anchor, out, n, *question);
        return;
    }
    if (stop_heading < 0 || settled || *n >= max || out[*n - 1].nperiods)
        return;
    if (outline_section(c, t, stop_heading, out, n, *question))
        return;
    int cat_heads = 1;   /* every heading passed names one category, no period */
    for (int i = stop_heading - 1; i >= 0; i--) {
        const struct foi_line *l = &doc->lines[i];
        if (!l->text[0])
            continue;
        if ((c->req_first >= 0 && i >= c->req_first && i <= c->req_last) || (l->loc && !on_sheet(t, l)))
            return;
        if (!(l->flags & FOI_LINE_HEADING)) {
            /* "The information below relates to police officers only, for
             * the financial year 2025/26": the paragraph over a run of
             * headings that name no period ("Sexual assault" over its
             * table, "Sexual misconduct" over its own ...) leads into each
             * of their tables: its period and people are theirs, when it
             * names no category (a section of its own would) */
            const struct eng_block *b = block_of(c, i);
            if (doc->format != FOI_FMT_TEXT && b && b->zone == ZN_RESPONSE && cat_heads &&
                out[*n - 1].ncats == 1 && !eng_refusal_paragraph(c, l->text)) {
                struct textdims td;
                eng_textdims(c, l->text, &td);
                if (td.nperiods && !td.ncats && !out[*n - 1].subject) {
                    out[*n] = td;
                    out[*n].measure = NULL;
                    lead_periods(c, l->text, &out[*n], *question);
                    (*n)++;
                }
            }
            return;
        }
        struct textdims td;
        eng_textdims(c, l->text, &td);
        if (td.ncats != 1 || td.nperiods)
            cat_heads = 0;
        if (!td.nperiods)
            continue;
        /* a heading with a table of its own right under it is a section
         * beside this one ("2022/23" over its table, then "Sexual
         * harassment" over another), not over it */
        int own_table = 0;
        for (int k = 0; k < doc->ntables && !own_table; k++)
            own_table = doc->tables[k].anchor_line == i + 1;
        /* a heading naming the people too ("Outcomes of allegations
         * recorded in 2025/26 (officers and staff)") heads the section as
         * well, over a sub-heading that names none */
        if (!td.ncats && (!td.subject || !out[*n - 1].subject) && !own_table) {
            out[*n] = td;
            out[*n].measure = NULL;
            lead_periods(c, l->text, &out[*n], *question);
            (*n)++;
        }
        return;
    }
}

/* A sheet named after a year ("2025 outcomes") whose title gives a stretch
 * of that year ("Outcomes of allegations recorded 1 January to 31 October
 * 2025"): the title is the more exact of the two, and the table's period. */
static void narrow_to_heading(struct dims *d, const struct textdims *head)
{
    int pick = -1, n = 0;
    for (int i = 0; i < head->nperiods; i++)
        if (foi_date_cmp(&head->periods[i].start, &head->periods[i].end)) {
            pick = i;
            n++;
        }
    if (n != 1 || !head->periods[pick].resolved)
        return;
    const struct foi_period *h = &head->periods[pick];
    if (foi_date_cmp(&h->start, &d->period.start) < 0 || foi_date_cmp(&h->end, &d->period.end) > 0 ||
        (!foi_date_cmp(&h->start, &d->period.start) && !foi_date_cmp(&h->end, &d->period.end)))
        return;
    d->period = *h;
    d->period_label = head->period_texts[pick];
}

/* A title naming its table: "Table 2: ...", "Table 1 - ...". */
static int names_table(const char *s)
{
    while (*s == ' ' || *s == '>')   /* "> Table 2": a line of a quoted e-mail */
        s++;
    if (strncasecmp(s, "table", 5))
        return 0;
    s += 5;
    while (*s == ' ')
        s++;
    return isdigit((unsigned char)*s) || (isupper((unsigned char)*s) && !isalpha((unsigned char)s[1]));
}

/* "TABLE A - POLICE OFFICERS" then "Financial year 2024/25" over a table,
 * "Financial year 2025/26" over the next: a heading naming a table whose
 * next line of text is a sub-heading of its own (no table's first line, no
 * paragraph, no other table's title) titles the group of tables under it,
 * a section heading (round 47a, blind47 City of London). */
static int titles_group(const struct foi_doc *doc, int i)
{
    for (int j = i + 1; j < doc->nlines; j++) {
        const struct foi_line *n = &doc->lines[j];
        if (!n->text[0])
            continue;
        for (int k = 0; k < doc->ntables; k++)
            if (doc->tables[k].anchor_line > i && doc->tables[k].anchor_line <= j)
                return 0;   /* its own table comes first: a caption */
        return (n->flags & FOI_LINE_HEADING) && !names_table(n->text) && strlen(n->text) <= 80;
    }
    return 0;
}

/* The section a table sits in: the nearest heading above it, however far
 * (across page breaks and other tables), that names who is counted and
 * nothing else of the table's ("Police officers", "Police staff"), up to
 * the request. It governs every table under it until the next such heading;
 * a table's own caption ("Table 3: 2025/26") or another table's is no
 * section heading. On a spreadsheet only the table's own sheet is read. */
static const char *section_subject(struct ectx *c, const struct foi_table *t)
{
    const struct foi_doc *doc = c->doc;
    int start = line_above(doc, t);
    for (int i = start; i >= 0; i--) {
        const struct foi_line *l = &doc->lines[i];
        if (l->loc && !on_sheet(t, l))
            break;
        if (c->req_first >= 0 && i <= c->req_last)
            break;   /* the request and what comes before it head no section */
        if (!(l->flags & FOI_LINE_HEADING) || !l->text[0] || strlen(l->text) > 80 ||
            (names_table(l->text) && !titles_group(doc, i)))
            continue;
        int caption = 0;
        for (int k = 0; k < doc->ntables && !caption; k++)
            caption = (doc->tables[k].caption && !strcmp(doc->tables[k].caption, l->text)) ||
                      (doc->tables[k].heading && !strcmp(doc->tables[k].heading, l->text) &&
                       doc->tables[k].anchor_line == i + 1);
        if (caption)
            continue;   /* another table's own title */
        struct textdims td;
        eng_textdims(c, l->text, &td);
        if (!td.subject || td.ncats || td.nperiods)
            continue;   /* not a heading of who is counted alone */
        return td.subject;
    }
    return NULL;
}

/* "2. What was the outcome of each allegation?" / "The outcomes below are
 * for police officers and police staff together." / "Outcomes - 2024"
 * (table) / "Outcomes - 2025" (table) ...: a sentence under a question's
 * heading saying whom the figures below count governs every table after it
 * in that section, each under a sub-heading of its own that names no one.
 * Walking up from the table: blank lines and headings naming no subject,
 * category or question (the tables' own sub-headings, "Outcomes - 2024")
 * are passed over; the first paragraph must hold a sentence pointing
 * forward ("below", "following", "that follow") that names a subject, and
 * that subject is the table's. A heading naming a subject or a category, a
 * question ("...?"), the request, another sheet, or any other paragraph
 * ends the walk with nothing; a sentence of one table ("the table below")
 * governs the first table after it only. NULL when none. */
static const char *ahead_subject(struct ectx *c, const struct foi_table *t)
{
    const struct foi_doc *doc = c->doc;
    int start = line_above(doc, t), passed = 0;
    for (int i = start; i >= 0; i--) {
        const struct foi_line *l = &doc->lines[i];
        if ((l->loc && !on_sheet(t, l)) || (c->req_first >= 0 && i <= c->req_last))
            return NULL;
        if (!l->text[0])
            continue;
        struct textdims td;
        if (l->flags & FOI_LINE_HEADING) {
            size_t n = strlen(l->text);
            if (n > 80 || strchr(l->text, '?'))
                return NULL;
            eng_textdims(c, l->text, &td);
            if (td.subject || td.ncats)
                return NULL;
            passed++;
            continue;
        }
        if (!passed)
            return NULL;   /* right above the table: its lead-in, read as such */
        /* a paragraph broken into lines is read from its first line */
        const char *text = l->text;
        const struct eng_block *b = block_of(c, i);
        if (b && b->text && b->first <= i && b->last >= i)
            text = b->text;
        int tables = 0;   /* tables between the paragraph and this one */
        for (int k = 0; k < doc->ntables; k++)
            tables += doc->tables[k].anchor_line > i && doc->tables[k].anchor_line < t->anchor_line;
        struct foi_buf lb;
        foi_buf_init(&lb, 0);
        const char *lo = foi_ascii_lower(&lb, text);
        const char *found = NULL;
        for (const char *sb = lo; lo && sb && *sb && !found;) {
            const char *se = sb;
            while (*se && !(*se == '.' && (se[1] == ' ' || !se[1])))
                se++;
            const char *sent = foi_arena_strndup(&c->arena, text + (sb - lo), (size_t)(se - sb));
            const char *ls = foi_arena_strndup(&c->arena, sb, (size_t)(se - sb));
            if (!sent || !ls)
                break;
            int ahead = strstr(ls, " below") || strstr(ls, " following") || strstr(ls, " that follow");
            int one = strstr(ls, "table below") || strstr(ls, "following table") || strstr(ls, "table that follows");
            if (ahead && !(one && tables)) {
                eng_textdims(c, sent, &td);
                if (td.subject && !td.ncats)
                    found = td.subject;
            }
            sb = *se ? se + 1 : se;
            while (*sb == ' ')
                sb++;
        }
        foi_buf_release(&lb);
        return found;
    }
    return NULL;
}

/* The number at s ("2", "B1": a section's letter and a number, as a letter
 * answering two requests numbers its tables A1, A2, B1), coded as letter *
 * 10000 + number; *end after it. -1 when s holds no such number. */
static int table_id_at(const char *s, const char **end)
{
    int letter = 0;
    if (isupper((unsigned char)*s) && isdigit((unsigned char)s[1]))
        letter = *s++ - 'A' + 1;
    if (!isdigit((unsigned char)*s))
        return -1;
    int n = 0;
    while (isdigit((unsigned char)*s) && n < 1000)
        n = n * 10 + (*s++ - '0');
    while (isdigit((unsigned char)*s))
        s++;
    if (end)
        *end = s;
    return letter * 10000 + n;
}

/* The number a title gives its table ("Table 2: ..." -> 2, "Table B1" ->
 * B1's code), else -1. */
static int table_number(const char *s)
{
    if (!s || !names_table(s))
        return -1;
    while (*s == ' ' || *s == '>')
        s++;
    s += 5;
    while (*s == ' ')
        s++;
    return table_id_at(s, NULL);
}

/* A note right under a table that says whom its figures are for ("Note:
 * the figures in Table 1 are for police officers, including special
 * constables"): the first line after the table, when it is a note ("Note",
 * "NB", or "The/These figures ...") naming a subject and, if it names a
 * table, this table's number. Only the subject is taken: the period and
 * the rest come from above. NULL when there is no such note. */
/* The line right under a table (no blank line, no other table between, on
 * the same sheet), or NULL. */
static const struct foi_line *line_under(struct ectx *c, const struct foi_table *t)
{
    const struct foi_doc *doc = c->doc;
    int below = doc->format == FOI_FMT_TEXT && t->last_line > 0 ? t->last_line : t->anchor_line;
    if (below < 0 || below >= doc->nlines)
        return NULL;
    /* another table right after this one: the line is under that table */
    for (int k = 0; k < doc->ntables; k++)
        if (doc->tables[k].index > t->index && doc->tables[k].anchor_line == t->anchor_line &&
            doc->format != FOI_FMT_TEXT)
            return NULL;
    if (doc->format == FOI_FMT_TEXT && below < doc->nlines && !doc->lines[below].text[0])
        return NULL;   /* a blank line between: a paragraph of its own */
    const struct foi_line *l = &doc->lines[below];
    if (l->loc && !on_sheet(t, l))
        return NULL;
    return l;
}

/* The period a note right under a table names, for a data file that names
 * it nowhere else ("APSP = ...; police officers and police staff together,
 * 2025/26." under an export's only table): the note's one period (a range,
 * not a day) when the document is a CSV or a workbook whose lines name no
 * other period and it has one table. 1 and *p, *label set, else 0. */
static int under_period(struct ectx *c, const struct foi_table *t, struct foi_period *p, const char **label)
{
    const struct foi_doc *doc = c->doc;
    if (!(doc->format & (FOI_FMT_CSV | FOI_FMT_SHEETS)) || doc->ntables != 1)
        return 0;
    const struct foi_line *l = line_under(c, t);
    if (!l)
        return 0;
    int n = 0;
    for (int i = 0; i < doc->nlines && n < 2; i++) {
        struct textdims td;
        eng_textdims(c, doc->lines[i].text, &td);
        for (int k = 0; k < td.nperiods && n < 2; k++) {
            if (!foi_date_cmp(&td.periods[k].start, &td.periods[k].end))
                continue;   /* a day: when it was extracted or published */
            if (n && !foi_date_cmp(&td.periods[k].start, &p->start) && !foi_date_cmp(&td.periods[k].end, &p->end))
                continue;
            if (&doc->lines[i] != l)
                return 0;   /* a period said elsewhere: not the note's alone */
            *p = td.periods[k];
            *label = td.period_texts[k];
            n++;
        }
    }
    return n == 1;
}

static const char *note_subject(struct ectx *c, const struct foi_table *t)
{
    const struct foi_line *l = line_under(c, t);
    if (!l)
        return NULL;
    const char *s = l->text;
    while (*s == ' ' || *s == '*')
        s++;
    int note = 0;
    if (!strncasecmp(s, "note", 4) && (s[4] == ':' || s[4] == ' ' || s[4] == '-' ||
                                       (s[4] == 's' && (s[5] == ':' || s[5] == ' '))))
        note = 1;
    else if (!strncasecmp(s, "nb", 2) && (s[2] == ':' || s[2] == ' ' || s[2] == '.'))
        note = 1;
    else if (!strncasecmp(s, "the figures ", 12) || !strncasecmp(s, "these figures ", 14) ||
             !strncasecmp(s, "figures in ", 11) || !strncasecmp(s, "all figures ", 12))
        note = 1;
    if (!note)
        return NULL;
    /* "the figures in Table 2": this table's number, or no note of this table */
    const char *tab = NULL;
    for (const char *p = s; *p && !tab; p++)
        if ((p == s || !isalpha((unsigned char)p[-1])) && names_table(p))
            tab = p;
    if (tab) {
        int own = table_number(t->caption);
        if (own < 0)
            own = table_number(t->heading);
        if (own < 0 || table_number(tab) != own)
            return NULL;
    }
    /* the note's whole paragraph: a note a <br> (or a narrow page) breaks
     * into lines ("... counted as police officers. Police" / "community
     * support officers are police staff.") is read whole */
    const char *whole = l->text;
    int li = (int)(l - c->doc->lines);
    const struct eng_block *blk = block_of(c, li);
    if (blk && blk->first == li && blk->last > li && blk->text && c->doc->format != FOI_FMT_TEXT)
        whole = blk->text;
    /* "police staff, including PCSOs and detention officers": what the
     * subject includes is no second subject; read up to "includ..." (a
     * note defining an outcome, "'Reflective practice' includes advice
     * given to police staff", says nothing of whom the figures are for) */
    size_t n = strlen(whole);
    for (const char *p = whole; *p; p++)
        if (!strncasecmp(p, "includ", 6) && (p == whole || !isalpha((unsigned char)p[-1]))) {
            n = (size_t)(p - whole);
            break;
        }
    const char *text = foi_arena_strndup(&c->arena, whole, n);
    if (!text)
        return NULL;
    /* it speaks of the figures: "the figures / numbers / data in Table 2
     * are for ..." */
    int of_figures = 0;
    static const char *const words[] = { "figure", "number", "data", "table", "count", NULL };
    for (int w = 0; words[w] && !of_figures; w++)
        for (const char *p = text; *p && !of_figures; p++)
            of_figures = !strncasecmp(p, words[w], strlen(words[w])) && (p == text || !isalpha((unsigned char)p[-1]));
    if (!of_figures)
        return NULL;
    struct textdims td;
    eng_textdims(c, text, &td);
    return td.subject;
}

/* What a sentence of the answer says a numbered table holds: "the outcomes
 * of the allegations made in 2025-2026 are in Table 2 (officers and staff
 * together)". The clause naming this table's number (from the sentence's
 * start or its last ", and" / ";" to the next) is read for what the figures
 * count and whom they are about; 1 and *td when there is one such clause,
 * outside the request and the tables. Only its measure and subject are
 * used, after everything nearer the figure. */
/* A document line without its e-mail quote marks ("> ", ">> ") and indentation. */
static const char *unmarked(const char *s)
{
    while (*s == ' ' || *s == '>' || *s == '\t')
        s++;
    return s;
}

/* Line i (0-based) lies in a text table. */
static int in_text_table(const struct foi_doc *doc, int i)
{
    for (int k = 0; k < doc->ntables && doc->format == FOI_FMT_TEXT; k++)
        if (doc->tables[k].first_line <= i + 1 && i + 1 <= doc->tables[k].last_line)
            return 1;
    return 0;
}

static int pointer_dims(struct ectx *c, const struct foi_table *t, struct textdims *td)
{
    int own = table_number(t->caption);
    if (own < 0)
        own = table_number(t->heading);
    if (own < 0)
        return 0;
    const struct foi_doc *doc = c->doc;
    int found = 0;
    struct foi_buf pb;
    foi_buf_init(&pb, 0);
    for (int i = 0; i < doc->nlines && found < 2 && !c->rc;) {
        /* the paragraph from line i: its lines without quote marks, to a
         * blank (or bare '>') line, a new paragraph or a table */
        int j = i;
        foi_buf_reset(&pb);
        while (j < doc->nlines && *unmarked(doc->lines[j].text) && !in_text_table(doc, j) &&
               !(j > i && ((doc->lines[j].flags & (FOI_LINE_PARA_START | FOI_LINE_HEADING)) ||
                           (doc->lines[j - 1].flags & FOI_LINE_HEADING) || names_table(doc->lines[j].text)))) {
            if (c->req_first >= 0 && j >= c->req_first && j <= c->req_last)
                break;
            if (pb.len)
                foi_buf_addc(&pb, ' ');
            foi_buf_adds(&pb, unmarked(doc->lines[j].text));
            j++;
        }
        i = j > i ? j : i + 1;
        if (!pb.data || !pb.len)
            continue;
        const char *s = pb.data;
        for (const char *p = s; *p; p++) {
            if (strncasecmp(p, "table ", 6) || (p > s && isalpha((unsigned char)p[-1])))
                continue;
            const char *n = p + 6;
            if (table_id_at(n, &n) != own)
                continue;
            if (isalpha((unsigned char)*n) || (*n == '.' && isdigit((unsigned char)n[1])))
                continue;
            /* the table's own title ("Table B1: officers dismissed"), not a
             * sentence about it; a sentence may open with the table's name
             * ("Table B1 shows numbers of individual officers ...") */
            const char *vb = n;
            while (*vb == ' ')
                vb++;
            if (p == s && !(vb > n && islower((unsigned char)*vb)))
                continue;
            /* the clause: back to the sentence's start or a ", and" / ";" */
            const char *a = p;
            while (a > s && !(a[-1] == ';' || (a[-1] == ' ' && a - s >= 2 && a[-2] == '.') ||
                              (a - s >= 5 && !strncmp(a - 5, ", and", 5))))
                a--;
            const char *e = n;
            while (*e && !(*e == ';' || (*e == '.' && (e[1] == ' ' || !e[1])) || !strncmp(e, ", and ", 6)))
                e++;
            if (e - a < 12 || e - a > 400)
                continue;
            const char *clause = foi_arena_strndup(&c->arena, a, (size_t)(e - a));
            if (!clause) {
                c->rc = FOI_ENOMEM;
                break;
            }
            struct textdims x;
            eng_textdims(c, clause, &x);
            /* "The figures in Table B1 are numbers of police officers":
             * people counted, as "how many officers" asks; the noun after
             * "numbers of" is what the table counts, before other words of
             * the clause ("... however many allegations were proven") */
            const char *nm = foi_strcasestr(clause, "numbers of ");
            size_t nl = 11;
            if (!nm) {
                nm = foi_strcasestr(clause, "number of ");
                nl = 10;
            }
            const char *q = nm ? foi_arena_printf(&c->arena, "how many %s", nm + nl) : NULL;
            const char *subj;
            const char *m = q ? eng_counted_noun(c, q, &subj) : NULL;
            if (m)
                x.measure = m;
            if (!x.measure && !x.subject)
                continue;
            *td = x;
            found++;
            break;
        }
    }
    foi_buf_release(&pb);
    return found == 1;
}

/* The title rows at the top of a sheet ("Financial year 2023/24", "Figures
 * are numbers of individuals") head every table on it, not only the first:
 * for a later table they are read after its own lead-in, nearest first. */
static void sheet_top(struct ectx *c, const struct foi_table *t, struct textdims *out, int *n, int max)
{
    const struct foi_doc *doc = c->doc;
    *n = 0;
    if (!t->sheet)
        return;
    /* a sheet's tables come one after another: its first is remembered */
    int self = (int)(t - doc->tables);
    if (self < 0 || self >= doc->ntables)
        return;
    if (c->sheet_first < 0 || c->sheet_first > self || !doc->tables[c->sheet_first].sheet ||
        strcmp(doc->tables[c->sheet_first].sheet, t->sheet))
        c->sheet_first = self;
    const struct foi_table *first = &doc->tables[c->sheet_first];
    if (first == t)
        return;   /* the first table's lead-in already reads them */
    for (int i = first->anchor_line - 1, seen = 0; i >= 0 && *n < max && seen < 64; i--, seen++) {
        const struct foi_line *l = &doc->lines[i];
        if (!on_sheet(t, l))
            break;   /* the sheet's lines end (a previous sheet's notes) */
        if (!(l->flags & FOI_LINE_TITLE) || !l->text[0])
            continue;
        /* the first table's own title ("Table 1: ...") is not the sheet's,
         * unless it is the sheet's first line and names no table: then it
         * titles the sheet ("Gwent Police - allegations against officers
         * and staff, 2021/22 to 2023/24" in A1) */
        int top = i == 0 || !on_sheet(t, &doc->lines[i - 1]);
        if (((first->heading && !strcmp(l->text, first->heading)) ||
             (first->caption && !strcmp(l->text, first->caption))) &&
            (!top || names_table(l->text)))
            continue;
        eng_textdims(c, l->text, &out[(*n)++]);
    }
}

/* ---------------------------------------------------------- statement */
/* "... on 1 October 2022, and can only answer from then until 31 March
 * 2024": a range whose start is a word pointing back ("then", "that date")
 * to the last date before it in the same sentence. t is a line, l the same
 * lowered. 1 and td holds that one period, else 0. */
static int anaphoric_range(struct ectx *c, const char *t, const char *l, struct textdims *td)
{
    static const char *const backs[] = { "from then ", "since then ", "from that date ", "since that date ",
                                         "from that point ", "from that time ", NULL };
    static const char *const tos[] = { "until ", "till ", "to ", "up to ", "through ", NULL };
    for (int k = 0; backs[k]; k++) {
        const char *a = strstr(l, backs[k]);
        if (!a || (a > l && isalpha((unsigned char)a[-1])))
            continue;
        const char *after = a + strlen(backs[k]);
        int to = 0;
        for (int j = 0; tos[j] && !to; j++)
            to = !strncmp(after, tos[j], strlen(tos[j]));
        if (!to)
            continue;
        /* the sentence around it */
        size_t from = 0;
        for (const char *p = l; p < a; p++)
            if (p[0] == '.' && p[1] == ' ')
                from = (size_t)(p - l) + 2;
        size_t stop = strcspn(after, ".;");
        if (after[stop] == '.' && isdigit((unsigned char)after[stop + 1]))
            stop += strcspn(after + stop + 1, ".;") + 1;   /* "31.03.2024" */
        size_t off = (size_t)(a - l);
        const char *before = foi_arena_strndup(&c->arena, t + from, off - from);
        const char *rest = foi_arena_strndup(&c->arena, t + (after - l), stop);
        if (!before || !rest) {
            c->rc = FOI_ENOMEM;
            return 0;
        }
        struct foi_period_ctx pc = {0};
        struct foi_period ps[ENG_MAX_PERIODS], pe[ENG_MAX_PERIODS];
        size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS], at2[ENG_MAX_PERIODS], len2[ENG_MAX_PERIODS];
        int nb = foi_period_find_all(before, &pc, ps, at, len, ENG_MAX_PERIODS);
        int na = foi_period_find_all(rest, &pc, pe, at2, len2, ENG_MAX_PERIODS);
        if (nb < 1 || na < 1 || !ps[nb - 1].resolved || !pe[0].resolved)
            return 0;
        if (foi_date_cmp(&ps[nb - 1].start, &pe[0].end) >= 0)
            return 0;
        memset(td, 0, sizeof *td);
        td->periods[0].start = ps[nb - 1].start;
        td->periods[0].end = pe[0].end;
        td->periods[0].resolved = 1;
        td->periods[0].kind = FOI_PER_RANGE;
        td->period_texts[0] = foi_arena_printf(&c->arena, "%.*s to %.*s", (int)len[nb - 1], before + at[nb - 1],
                                               (int)len2[0], rest + at2[0]);
        td->nperiods = 1;
        return 1;
    }
    return 0;
}

/* A sentence anywhere in the document that says what the figures are ("The
 * figures are numbers of allegations against police officers and police
 * staff", "The table covers 2022/23"): after the table's own words and
 * before the request. Read once per document. */
static const struct textdims *statement(struct ectx *c)
{
    if (c->tstmt_done)
        return c->tstmt;
    c->tstmt_done = 1;
    static const char *const cues[] = {
        "figures are", "figures show", "figures relate", "figures cover", "figures include",
        "figures given", "table shows", "table covers", "tables show", "tables cover",
        /* a word between: "the table below shows", "the tables above cover" */
        "table below shows", "table above shows", "tables below show", "tables above show",
        "table below covers", "tables below cover", "table below sets out", "tables below set out",
        "table below gives", "tables below give", "table below provides", "tables below provide",
        "figures below are", "figures above are", "figures below show", "figures in the table",
        /* "The figures below count allegations against ... together" */
        "figures count", "figures below count", "figures above count", "table counts", "table below counts",
        "tables below count", NULL
    };
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    int bk = 0;   /* the letter's block at or after line i (blocks are in line order) */
    for (int i = 0; i < c->doc->nlines && !c->tstmt; i++) {
        const char *t = c->doc->lines[i].text;
        /* a statement is read in its paragraph: "The tables show allegations
         * recorded against police officers" / "and police staff together" */
        while (c->lt && bk < c->lt->nb && c->lt->b[bk].last < i)
            bk++;
        if (c->lt && bk < c->lt->nb && c->lt->b[bk].first <= i && c->lt->b[bk].last > c->lt->b[bk].first &&
            c->lt->b[bk].text) {
            if (c->lt->b[bk].first < i)
                continue;   /* read with its paragraph's first line */
            t = c->lt->b[bk].text;
        }
        const char *l = foi_ascii_lower(&lb, t);
        if (!l)
            break;
        if (c->req_first >= 0 && i >= c->req_first && i <= c->req_last)
            continue;   /* the request asks; it does not say what the figures are */
        struct textdims back;
        if (anaphoric_range(c, t, l, &back)) {
            struct textdims *td = foi_arena_alloc(&c->arena, sizeof *td);
            if (!td) {
                c->rc = FOI_ENOMEM;
                break;
            }
            *td = back;
            c->tstmt = td;
            break;
        }
        if (!strstr(l, "figure") && !strstr(l, "table"))
            continue;   /* every cue names the figures or a table */
        for (int k = 0; cues[k]; k++) {
            const char *at = strstr(l, cues[k]);
            if (!at)
                continue;
            /* "such figures are withheld under section 38 ... the people
             * involved": what is done to some figures, not what they count */
            static const char *const handled[] = { "withheld", "replaced", "suppressed", "redacted", "exempt",
                                                   "rounded", "not ", NULL };
            const char *after = at + strlen(cues[k]);
            while (*after == ' ')
                after++;
            int done_to = 0;
            for (int h = 0; handled[h] && !done_to; h++)
                done_to = !strncmp(after, handled[h], strlen(handled[h]));
            if (done_to)
                continue;
            struct textdims *td = foi_arena_alloc(&c->arena, sizeof *td);
            if (!td) {
                c->rc = FOI_ENOMEM;
                break;
            }
            const char *from = t + (at - l);
            if (t != c->doc->lines[i].text) {
                /* a paragraph: the statement's own sentence */
                const char *e = from;
                while (*e && !((*e == '.' || *e == ';') && e[1] == ' ' &&
                               !(e > from && isdigit((unsigned char)e[-1]) && isdigit((unsigned char)e[1]))))
                    e++;
                from = foi_arena_strndup(&c->arena, from, (size_t)(e - from));
                if (!from) {
                    c->rc = FOI_ENOMEM;
                    break;
                }
                eng_textdims(c, from, td);
            } else {
                /* the statement's clause to its end: a wrapped line ("The
                 * figures below count allegations against police officers and" /
                 * "police staff together.") says only half of it; the lines after
                 * a clause ends (", as disclosure could identify the people
                 * involved") are not what the figures count */
                const char *st = t + (at - l);
                struct foi_buf pb;
                foi_buf_init(&pb, 1 << 12);
                foi_buf_adds(&pb, st);
                int open = strcspn(st, ",;:.") == strlen(st);
                for (int j = i + 1; open && j < c->doc->nlines && pb.len < 600 && c->doc->lines[j].text[0] &&
                                    !(c->doc->lines[j].flags & FOI_LINE_PARA_START); j++) {
                    const char *nx = c->doc->lines[j].text;
                    size_t cut = strcspn(nx, ",;:.");
                    foi_buf_addc(&pb, ' ');
                    foi_buf_add(&pb, nx, cut);
                    open = !nx[cut];
                }
                const char *whole = pb.data ? foi_arena_strdup(&c->arena, pb.data) : NULL;
                foi_buf_release(&pb);
                eng_textdims(c, whole ? whole : st, td);
            }
            c->tstmt = td;
            break;
        }
    }
    foi_buf_release(&lb);
    return c->tstmt;
}

/* Line l is on a sheet of the workbook that holds no table (its locator
 * `sheet "NAME" ...`, no table on sheet NAME). */
static int notes_sheet_line(const struct foi_doc *doc, const struct foi_line *l)
{
    if (!l->loc || strncmp(l->loc, "sheet \"", 7))
        return 0;
    const char *name = l->loc + 7, *q = strstr(name, "\" ");
    if (!q)
        return 0;
    for (int t = 0; t < doc->ntables; t++)
        if (doc->tables[t].sheet && strlen(doc->tables[t].sheet) == (size_t)(q - name) &&
            !strncmp(doc->tables[t].sheet, name, (size_t)(q - name)))
            return 0;
    return 1;
}

/* The opening lines of a document that has no request (an annex, an
 * export): up to the first table (or a workbook's sheets of notes when its
 * tables come first), what they say its figures count. Read
 * once per document; only its measure and subject are used, after
 * everything nearer the figure. */
static const struct textdims *intro(struct ectx *c)
{
    if (c->intro_done)
        return c->intro;
    c->intro_done = 1;
    if (c->req_first >= 0 || !c->doc->ntables)
        return NULL;
    int end = c->doc->tables[0].anchor_line;
    if (end > c->doc->nlines)
        end = c->doc->nlines;
    if (end > 12)
        return NULL;   /* a long text before the tables: not a description of them */
    /* a workbook whose tables come first: its notes are the lines of the
     * sheets that hold no table (a "Read me" after the data), as short */
    int notes = 0;
    if (!end) {
        for (int i = 0; i < c->doc->nlines; i++)
            if (notes_sheet_line(c->doc, &c->doc->lines[i]) && ++notes > 12)
                return NULL;
        end = notes ? c->doc->nlines : 0;
    }
    struct foi_buf b;
    foi_buf_init(&b, 1 << 16);
    for (int i = 0; i < end; i++) {
        if (!c->doc->lines[i].text[0] || (notes && !notes_sheet_line(c->doc, &c->doc->lines[i])))
            continue;
        if (b.len)
            foi_buf_adds(&b, ". ");
        foi_buf_adds(&b, c->doc->lines[i].text);
    }
    if (b.data && b.len) {
        struct textdims *td = foi_arena_alloc(&c->arena, sizeof *td);
        const char *t = foi_arena_strdup(&c->arena, b.data);
        if (!td || !t)
            c->rc = FOI_ENOMEM;
        else {
            eng_textdims(c, t, td);
            c->intro = td;
        }
    }
    foi_buf_release(&b);
    return c->intro;
}

/* ---------------------------------------------------------- nil marks */
/* At p (lower-cased text, start s): a dash mark, the word "dash" or
 * "hyphen", or a dash character standing alone ("(–)", "'-'", "– ="). */
static size_t dash_mark(const char *s, const char *p)
{
    if (!strncmp(p, "dash", 4) || !strncmp(p, "hyphen", 6))
        return (p == s || !isalpha((unsigned char)p[-1])) ? (size_t)(p[0] == 'd' ? 4 : 6) : 0;
    size_t n = 0;
    if (*p == '-')
        n = 1;
    else if (!strncmp(p, "\xe2\x80\x93", 3) || !strncmp(p, "\xe2\x80\x94", 3))
        n = 3;
    if (!n)
        return 0;
    /* standing alone: nothing alphanumeric glued on either side */
    if (p > s && isalnum((unsigned char)p[-1]))
        return 0;
    if (isalnum((unsigned char)p[n]) || p[n] == '-')
        return 0;
    return n;
}

static size_t blank_mark(const char *s, const char *p)
{
    if (p > s && isalpha((unsigned char)p[-1]))
        return 0;
    if (!strncmp(p, "blank", 5))
        return 5;
    if (!strncmp(p, "empty cell", 10))
        return 5;
    return 0;
}

/* The words after a mark define it as nil: a defining verb, then a nil
 * word, within a short clause and with no word saying "no data". */
static int defines_nil(const char *p)
{
    static const char *const verbs[] = { "indicate", "mean", "denote", "represent", "show", "signif",
                                         "=", " is ", " are ", " was ", " were ", "stand", "used for", "used to",
                                         NULL };
    static const char *const nils[] = { "nil", "zero", "none", "no allegation", "no case", "no complaint",
                                        "no officer", "no individual", "no record", NULL };
    static const char *const nots[] = { "not available", "not applicable", "no data", "not known",
                                        "unknown", "not recorded", "n/a", "not held", "suppress", "withheld",
                                        "fewer than", "less than", "between", "not provided", "redact", NULL };
    char span[72];
    /* "–: Nil (no allegations)": a key of symbols, the mark then a colon;
     * "Symbols:  -   nil (no allegations)": a key laid out in columns, the
     * mark, two spaces or more (or a tab), then its meaning */
    const char *q = p;
    while (*q == ' ' || *q == '\t')
        q++;
    int keyed = *q == ':';
    int spaced = (q - p >= 2 || (q > p && *p == '\t')) && *q;
    size_t n = strcspn(p, ".;");
    if (n > sizeof span - 1)
        n = sizeof span - 1;
    memcpy(span, p, n);
    span[n] = '\0';
    const char *nil = NULL;
    for (int i = 0; nils[i]; i++) {
        const char *q = strstr(span, nils[i]);
        if (q && (q == span || !isalpha((unsigned char)q[-1])) && (!nil || q < nil))
            nil = q;
    }
    if (!nil)
        return 0;
    for (int i = 0; nots[i]; i++)
        if (strstr(span, nots[i]))
            return 0;
    const char *neg = strstr(span, " not ");
    if (!neg)
        neg = strstr(span, "n't ");
    if (neg && neg < nil)
        return 0;   /* "a dash does not mean zero" */
    if (keyed)
        return 1;
    if (spaced && nil == span + (q - p))
        return 1;   /* the meaning opens with the nil word ("-   nil") */
    for (int i = 0; verbs[i]; i++) {
        const char *v = strstr(span, verbs[i]);
        if (v && v < nil)
            return 1;
    }
    return 0;
}

/* "- = nil (no allegations with this outcome)": the nil a note defines
 * names what the cells count. t is the note after its mark; the clause up
 * to a stop is read for one measure. */
static void nil_note_measure(struct ectx *c, const char *t)
{
    size_t n = strcspn(t, ".;");
    if (n > 120)
        n = 120;
    const char *span = foi_arena_strndup(&c->arena, t, n);
    if (!span) {
        c->rc = FOI_ENOMEM;
        return;
    }
    struct textdims td;
    eng_textdims(c, span, &td);
    if (td.measure)
        c->nil_measure = td.measure;
}

int eng_dash_cell(const char *s)
{
    return !strcmp(s, "-") || !strcmp(s, "\xe2\x80\x93") || !strcmp(s, "\xe2\x80\x94") || !strcmp(s, "--");
}

/* A line defining a mark as nil ("A dash (–) in the tables above indicates
 * nil", "– = nil return", "Blank cells indicate nil"): the document's own
 * convention, so its dashes or blank cells are reported zeros (corpus
 * README: a dash or blank is a nil only where the document defines it so).
 * Read once per document. */
int eng_nil_marks(struct ectx *c)
{
    if (c->nil_done)
        return c->nil_marks;
    c->nil_done = 1;
    struct foi_buf lb, jb, jlb;
    foi_buf_init(&lb, 0);
    foi_buf_init(&jb, 0);
    foi_buf_init(&jlb, 0);
    const struct foi_doc *doc = c->doc;
    for (int i = 0; i < doc->nlines && !c->rc; i++) {
        const char *t = doc->lines[i].text;
        size_t tn = strlen(t);
        if (tn > 600)
            continue;   /* a paragraph of prose, not a note on the tables */
        const char *l = foi_ascii_lower(&lb, t);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        /* a definition may run on into the next line of its paragraph
         * ("Blank entries in the table" / "show that no allegations were
         * recorded."): where a mark's clause runs to the end of the line and
         * says no nil there, the line with the next one after it (jt, jl) */
        const char *jt = NULL, *jl = NULL;
        int joinable = tn && i + 1 < doc->nlines && doc->lines[i + 1].text[0] &&
                       !(doc->lines[i + 1].flags & FOI_LINE_PARA_START) && strlen(doc->lines[i + 1].text) <= 600;
        for (const char *p = l; *p && !c->rc; p++) {
            size_t n;
            /* only these bytes start a dash ("dash", "hyphen", '-', an
             * en or em dash) or a blank ("blank", "empty cell") */
            unsigned char ch = (unsigned char)*p;
            if (ch != 'd' && ch != 'h' && ch != '-' && ch != 0xe2 && ch != 'b' && ch != 'e')
                continue;
            int kind = 0;
            if ((n = dash_mark(l, p)))
                kind = NIL_DASH;
            else if ((n = blank_mark(l, p)))
                kind = NIL_BLANK;
            if (!kind)
                continue;
            const char *at = NULL;   /* the original text after the mark, when it defines nil */
            if (defines_nil(p + n)) {
                at = t + (p + n - l);
            } else if (joinable && !p[n + strcspn(p + n, ".;")]) {
                if (!jl) {
                    foi_buf_reset(&jb);
                    if (foi_buf_adds(&jb, t) || foi_buf_addc(&jb, ' ') ||
                        foi_buf_adds(&jb, doc->lines[i + 1].text) || !(jl = foi_ascii_lower(&jlb, jb.data))) {
                        c->rc = FOI_ENOMEM;
                        break;
                    }
                    jt = jb.data;
                }
                if (defines_nil(jl + (p + n - l)))
                    at = jt + (p + n - l);
            }
            if (!at)
                continue;
            c->nil_marks |= kind;
            if (!c->nil_measure)
                nil_note_measure(c, at);
        }
    }
    foi_buf_release(&lb);
    foi_buf_release(&jb);
    foi_buf_release(&jlb);
    return c->nil_marks;
}

/* --------------------------------------------------------- force rows */
/* In a force column, a name that appears twice ("West Midlands" the region
 * and "West Midlands" the force) is the region where its value is the sum of
 * the force rows that follow it, up to the next row that is no force. */
/* Rows s->h.. of force column col: which name a force (TW_FORCE), and whose
 * force another of those rows also names (TW_TWICE): worked out once per
 * column (sorted by force) instead of each row asking every other, the same
 * answer (region_row). NULL when there is no room: the caller asks row by
 * row. */
enum { TW_FORCE = 1, TW_TWICE = 2 };
struct fid {
    const char *id;
    int row;
};

static int fid_cmp(const void *pa, const void *pb)
{
    const struct fid *a = pa, *b = pb;
    int c = strcmp(a->id, b->id);
    return c ? c : (a->row > b->row) - (a->row < b->row);
}

static const unsigned char *force_twice(struct ectx *c, const struct tread *tr, int col)
{
    const struct foi_table *t = tr->t;
    if (!tr->twice || col < 0 || col >= t->ncols)
        return NULL;
    if (tr->twice[col])
        return tr->twice[col];
    int nr = t->nrows, h = tr->s.h;
    unsigned char *twice = foi_arena_alloc(&c->arena, (size_t)nr + 1);
    struct fid *v = foi_malloc(sizeof *v * ((size_t)nr + 1));
    if (!twice || !v) {
        foi_free(v);
        return NULL;
    }
    memset(twice, 0, (size_t)nr + 1);
    int n = 0;
    for (int o = h; o < nr; o++) {
        struct label M;
        eng_classify(c, cell_text(t, o, col), &M);
        if (M.id[FOI_VOCAB_FORCE]) {
            v[n++] = (struct fid){ M.id[FOI_VOCAB_FORCE], o };
            twice[o] = TW_FORCE;
        }
    }
    qsort(v, (size_t)n, sizeof *v, fid_cmp);
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && !strcmp(v[j].id, v[i].id))
            j++;
        if (j - i >= 2)
            for (int k = i; k < j; k++)
                twice[v[k].row] |= TW_TWICE;
        i = j;
    }
    foi_free(v);
    tr->twice[col] = twice;
    return twice;
}

/* Runs of force rows around each row of force column col, from force_twice's
 * marks: runs[2o] the rows right below o that name a force, runs[2o + 1]
 * those right above it (rows s->h.. only: no row above the body is
 * marked). NULL when there is no room. */
static const int *force_runs(struct ectx *c, const struct tread *tr, int col, const unsigned char *tw)
{
    if (!tr->runs || col < 0 || col >= tr->t->ncols)
        return NULL;
    if (tr->runs[col])
        return tr->runs[col];
    int nr = tr->t->nrows;
    int *runs = foi_arena_alloc(&c->arena, sizeof *runs * 2 * ((size_t)nr + 1));
    if (!runs)
        return NULL;
    for (int o = nr - 1; o >= 0; o--)
        runs[2 * o] = o + 1 < nr && (tw[o + 1] & TW_FORCE) ? runs[2 * (o + 1)] + 1 : 0;
    for (int o = 0; o < nr; o++)
        runs[2 * o + 1] = o > 0 && (tw[o - 1] & TW_FORCE) ? runs[2 * (o - 1) + 1] + 1 : 0;
    tr->runs[col] = runs;
    return runs;
}

/* Count column k's values down the rows, for sums over runs of rows:
 * sum[o] the reported values of rows 0..o-1 added up, bad[o] how many of
 * those rows hold no reported value (foi_value_parse of each cell, once).
 * 0, or -1 when there is no room or a value lies outside what a count can
 * be (the caller adds cell by cell). */
struct colsum {
    int64_t *sum;
    int *bad;
};

static int column_sums(struct ectx *c, const struct tread *tr, int k, const struct colsum **out)
{
    *out = NULL;
    if (!tr->csum || k < 0 || k >= tr->t->ncols)
        return -1;
    struct colsum *cs = &tr->csum[k];
    if (!cs->sum) {
        const struct foi_table *t = tr->t;
        int nr = t->nrows;
        int64_t *sum = foi_arena_alloc(&c->arena, sizeof *sum * ((size_t)nr + 1));
        int *bad = foi_arena_alloc(&c->arena, sizeof *bad * ((size_t)nr + 1));
        if (!sum || !bad)
            return -1;
        sum[0] = 0;
        bad[0] = 0;
        for (int o = 0; o < nr; o++) {
            struct foi_value v;
            int ok = !foi_value_parse(cell_text(t, o, k), &v) && v.status == FOI_VS_REPORTED;
            /* at most 2,000 rows (region_row) of counts up to 10^12: no overflow */
            if (ok && (v.value < 0 || v.value > INT64_C(1000000000000)))
                return -1;
            sum[o + 1] = sum[o] + (ok ? v.value : 0);
            bad[o + 1] = bad[o] + !ok;
        }
        cs->sum = sum;
        cs->bad = bad;
    }
    *out = cs;
    return 0;
}

/* Do two of the n rows from row a name the same force in column col? A
 * region's rows are its forces, each once (the region may share a name with
 * one of them: West Midlands); a long-format table's rows repeat one force
 * (a row per month and outcome), and a row of it that happens to equal the
 * sum of the rows next to it is a figure of its own. */
#define RUN_FORCES_MAX 64   /* more rows than forces: one is named twice */
static int run_repeats(struct ectx *c, const struct foi_table *t, int col, int a, int n)
{
    if (n > RUN_FORCES_MAX)
        return 1;
    const char *ids[RUN_FORCES_MAX];
    int k = 0;
    for (int o = a; o < a + n; o++) {
        if (o < 0 || o >= t->nrows)
            continue;
        struct label M;
        eng_classify(c, cell_text(t, o, col), &M);
        const char *id = M.id[FOI_VOCAB_FORCE];
        if (!id)
            continue;
        for (int j = 0; j < k; j++)
            if (!strcmp(ids[j], id))
                return 1;
        ids[k++] = id;
    }
    return 0;
}

/* A column beside the force names that says what each row is ("Geography
 * type": "Region" / "Police force area"; a few words, each kind's rows naming
 * a force once): of two rows naming force id, the one whose word there the
 * fewer rows share is the region. 1 row r is that region, 0 it is the force,
 * -1 no such column tells them apart. */
static int typed_region(struct ectx *c, const struct tread *tr, int col, int r, const char *id)
{
    const struct foi_table *t = tr->t;
    const struct tshape *s = &tr->s;
    for (int g = 0; g < s->nc; g++) {
        if (g == col || s->col[g].kind != COL_LABEL || s->col[g].role != ROLE_NONE)
            continue;
        const char *mine = cell_text(t, r, g), *other = NULL;
        if (!*mine)
            continue;
        for (int o = s->h; o < t->nrows && !other; o++) {
            const char *x = cell_text(t, o, g);
            if (o == r || !*x || !strcmp(x, mine))
                continue;
            struct label M;
            eng_classify(c, cell_text(t, o, col), &M);
            if (M.id[FOI_VOCAB_FORCE] && !strcmp(M.id[FOI_VOCAB_FORCE], id))
                other = x;
        }
        if (!other)
            continue;
        /* a type column: a few words, each kind's rows naming each force
         * once (a long-format table of one force repeats it on every row) */
        int nm = 0, no = 0, kinds = 0, repeats = 0;
        const char *seen[4];
        const char *ids[RUN_FORCES_MAX];
        int nid = 0;
        for (int o = s->h; o < t->nrows && kinds <= 4 && !repeats; o++) {
            const char *x = cell_text(t, o, g);
            int known = 0;
            for (int j = 0; j < kinds && j < 4 && !known; j++)
                known = !strcmp(seen[j], x);
            if (!known) {
                if (kinds < 4)
                    seen[kinds] = x;
                kinds++;
            }
            int m = !strcmp(x, mine), n = !strcmp(x, other);
            nm += m;
            no += n;
            if (!m && !n)
                continue;
            struct label M;
            eng_classify(c, cell_text(t, o, col), &M);
            const char *fid = M.id[FOI_VOCAB_FORCE];
            if (!fid)
                continue;
            /* the same force twice under one kind: no type column */
            for (int j = 0; j < nid && !repeats; j++)
                repeats = !strcmp(ids[j] + 1, fid) && ids[j][0] == (m ? 'm' : 'o');
            if (nid < RUN_FORCES_MAX) {
                char *tag = foi_arena_printf(&c->arena, "%c%s", m ? 'm' : 'o', fid);
                if (!tag) {
                    c->rc = FOI_ENOMEM;
                    return -1;
                }
                ids[nid++] = tag;
            } else {
                repeats = 1;
            }
        }
        if (kinds > 4 || repeats)
            continue;
        if (nm * 2 <= no)
            return 1;
        if (no * 2 <= nm)
            return 0;
    }
    return -1;
}

static int region_row(struct ectx *c, const struct tread *tr, int col, int r)
{
    const struct foi_table *t = tr->t;
    const struct tshape *s = &tr->s;
    struct label L;
    eng_classify(c, cell_text(t, r, col), &L);
    const char *id = L.id[FOI_VOCAB_FORCE];
    if (!id || t->nrows > 2000)   /* national tables have dozens of rows, not thousands */
        return 0;
    int twice = 0;
    const unsigned char *tw = r >= s->h ? force_twice(c, tr, col) : NULL;
    if (tw) {
        twice = (tw[r] & TW_TWICE) != 0;
    } else {
        for (int o = s->h; o < t->nrows && !twice; o++) {
            if (o == r)
                continue;
            struct label M;
            eng_classify(c, cell_text(t, o, col), &M);
            twice = M.id[FOI_VOCAB_FORCE] && !strcmp(M.id[FOI_VOCAB_FORCE], id);
        }
    }
    if (!twice)
        return 0;
    int typed = t->nrows <= 500 ? typed_region(c, tr, col, r, id) : -1;
    if (typed >= 0)
        return typed;
    /* the run of force rows below it (a region heading its forces) or above
     * it (a region row closing them) adds up to it in every count column */
    const int *runs = tw ? force_runs(c, tr, col, tw) : NULL;
    for (int dir = 1; dir >= -1; dir -= 2) {
        int n = 0;
        if (runs) {
            n = runs[2 * r + (dir < 0)];
            if (n < 2)
                continue;
            if (run_repeats(c, t, col, dir > 0 ? r + 1 : r - n, n))
                continue;
            /* the sums of the rows, from the columns' running totals */
            int agree = 0, differ = 0, fallback = 0;
            for (int k = 0; k < s->nc && !differ && !fallback; k++) {
                if (s->col[k].kind != COL_COUNT)
                    continue;
                const struct colsum *cs;
                if (column_sums(c, tr, k, &cs)) {
                    fallback = 1;
                    break;
                }
                if (cs->bad[r + 1] - cs->bad[r])
                    continue;
                int a = dir > 0 ? r + 1 : r - n, b = dir > 0 ? r + 1 + n : r;   /* rows a..b-1 */
                if (cs->bad[b] - cs->bad[a])
                    continue;
                if (cs->sum[b] - cs->sum[a] == cs->sum[r + 1] - cs->sum[r])
                    agree++;
                else
                    differ = 1;
            }
            if (!fallback) {
                if (agree && !differ)
                    return 1;
                continue;
            }
        }
        /* no room for the running totals: walk the run and add cell by cell */
        n = 0;
        for (int o = r + dir; o >= s->h && o < t->nrows; o += dir, n++) {
            if (tw) {
                if (!(tw[o] & TW_FORCE))
                    break;
                continue;
            }
            struct label M;
            eng_classify(c, cell_text(t, o, col), &M);
            if (!M.id[FOI_VOCAB_FORCE])
                break;
        }
        if (n < 2 || run_repeats(c, t, col, dir > 0 ? r + 1 : r - n, n))
            continue;
        int agree = 0, differ = 0;
        for (int k = 0; k < s->nc && !differ; k++) {
            if (s->col[k].kind != COL_COUNT)
                continue;
            struct foi_value v;
            if (foi_value_parse(cell_text(t, r, k), &v) || v.status != FOI_VS_REPORTED)
                continue;
            int64_t sum = 0;
            int whole = 1;
            for (int i = 1; i <= n && whole; i++) {
                struct foi_value w;
                if (foi_value_parse(cell_text(t, r + dir * i, k), &w) || w.status != FOI_VS_REPORTED)
                    whole = 0;
                else
                    sum += w.value;
            }
            if (!whole)
                continue;
            if (sum == v.value)
                agree++;
            else
                differ = 1;
        }
        if (agree && !differ)
            return 1;
    }
    return 0;
}

/* -------------------------------------------------------------- rows */
/* What a row's labels say. */
struct rowdims {
    struct dims d;
    int cat_total;        /* a Total in the category column */
    int outcome_blank;    /* the row has an outcome column and leaves it empty */
    int own_category;     /* the category label is in this row, not filled down */
    const char *opens_group;   /* a pivot's category row: the rows below are its outcomes */
    int unknown;          /* it depends on a label foi does not know */
    int unknown_col;
    const char *why;
};

static int count_cells(const struct tread *tr, int r)
{
    int n = 0;
    for (int col = 0; col < tr->s.nc; col++) {
        if (tr->s.col[col].kind != COL_COUNT)
            continue;
        int y;
        int k = eng_tcell_kind_at(&tr->s, tr->t, r, col, &y);
        n += k == CK_COUNT || k == CK_NUMBER;
    }
    return n;
}

/* "Allegation type: Sexual assault" as a category's group heading: the
 * label before the colon names what the rows' counts are (as a category
 * column's header "Allegation type" does: label_measure); read after the
 * table's own words, inferred (round 32 part A). */
static void group_role_measure(struct tread *tr, const char *text)
{
    const char *colon = strchr(text, ':');
    tr->glmeasure = tr->glhead = NULL;
    if (!colon || colon == text || colon - text > 40)
        return;
    const char *head = foi_arena_strndup(&tr->c->arena, text, (size_t)(colon - text));
    if (!head) {
        tr->c->rc = FOI_ENOMEM;
        return;
    }
    tr->glmeasure = eng_role_measure(tr->c, head);
    if (tr->glmeasure)
        tr->glhead = head;
}

/* Group rows of two kinds, one nested in the other: a period's group row
 * over blocks each under a category's ("REPORTING PERIOD: 2025-26", then
 * "Allegation type: Sexual assault" and its outcome rows, "Allegation type:
 * Sexual misconduct" ...), or the other way round. A group row of another
 * kind than the one before it opens an inner level: the group before it
 * stays as the outer one, whose dims the inner groups keep until a group row
 * of the outer kind comes again (which starts afresh). A group row of the
 * same kind as the one before replaces it, as before. An unknown group row
 * ends the nesting (round 32 part A). */
static void group_nest(struct tread *tr, struct dims prev, int prev_kind, int kind)
{
    if (kind < 0 || (tr->has_outer && tr->outer_kind == kind))
        tr->has_outer = 0;
    else if (!tr->has_outer && prev_kind >= 0 && prev_kind != kind) {
        tr->outer = prev;
        tr->outer_kind = prev_kind;
        tr->has_outer = 1;
    }
    tr->gkind = kind;
    if (!tr->has_outer)
        return;
    struct dims *g = &tr->group;
    const struct dims *o = &tr->outer;
    if (!g->category) g->category = o->category;
    if (!g->subject) g->subject = o->subject;
    if (!g->measure) g->measure = o->measure;
    if (!g->force) g->force = o->force;
    if (!g->outcome) g->outcome = o->outcome;
    if (!g->has_period && o->has_period) {
        g->period = o->period;
        g->has_period = 1;
        g->period_label = o->period_label;
    }
}

/* A row with no counts: a group heading (one label across the row, a notes
 * column's remark beside it) sets the group for the rows below it; a
 * repeated header or a note is passed over. */
static void group_row(struct tread *tr, int r)
{
    struct ectx *c = tr->c;
    const struct foi_table *t = tr->t;
    const char *text = NULL;
    int tcol = -1;
    for (int col = 0; col < tr->s.nc; col++) {
        const char *x = cell_text(t, r, col);
        if (!*x)
            continue;
        /* a notes column's remark beside the heading ("Police officers" |
         * "Checked") is no second label */
        if (tr->s.col[col].kind == COL_NOTE && text)
            continue;
        if (!text) {
            text = x;
            tcol = col;
        }
        else if (strcmp(text, x))
            return;   /* several labels: a repeated header, or a row of labels with no figures */
    }
    if (!text)
        return;
    size_t n = strlen(text);
    if (n > 100 || (n > 40 && strchr(text, '.') && text[n - 1] == '.'))
        return;   /* a note under or inside the table */
    struct label L;
    eng_tclassify(c, &tr->s, text, &L);
    if (L.total)
        return;
    if (L.primary == FOI_VOCAB_CATEGORY && L.id[FOI_VOCAB_CATEGORY] && !strcmp(L.id[FOI_VOCAB_CATEGORY], "other") &&
        tcol >= 0 && tr->s.col[tcol].kind == COL_LABEL && tr->s.col[tcol].role == FOI_VOCAB_OUTCOME) {
        /* "Other" as a heading among the outcomes of an outcome column
         * ("Misconduct proven", "Not proven", "Other" over indented
         * results): the group of the outcomes below it, not the catch-all
         * category (round 46a, blind46 West Mercia) */
        L.primary = FOI_VOCAB_OUTCOME;
        L.id[FOI_VOCAB_CATEGORY] = NULL;
    }
    struct dims prev = tr->group;
    int prev_kind = tr->group_unknown || tr->group_from_pivot ? -1 : tr->gkind;
    memset(&tr->group, 0, sizeof tr->group);
    tr->group_unknown = 0;
    tr->group_from_pivot = 0;
    for (int col = 0; col < tr->s.nc; col++)
        tr->filled[col] = NULL;   /* a new group: labels do not carry over it */
    if (L.primary == PRIMARY_PERIOD || L.period_in) {
        tr->group.period = L.period_ok ? L.period : L.inner;
        tr->group.has_period = 1;
        tr->group.period_label = text;
    } else if (L.primary == FOI_VOCAB_CATEGORY) {
        tr->group.category = text;
        group_role_measure(tr, text);
    } else if (L.primary == FOI_VOCAB_SUBJECT) {
        tr->group.subject = L.id[FOI_VOCAB_SUBJECT];
    } else if (L.primary == FOI_VOCAB_MEASURE) {
        tr->group.measure = L.id[FOI_VOCAB_MEASURE];
    } else if (L.primary == FOI_VOCAB_OUTCOME) {
        tr->group.outcome = text;
    } else if (L.primary == FOI_VOCAB_FORCE) {
        tr->group.force = L.id[FOI_VOCAB_FORCE];
    } else {
        tr->group_unknown = 1;
    }
    /* "Sexual assault – officers": a second vocabulary rides along */
    if (L.id[FOI_VOCAB_SUBJECT] && !tr->group.subject && L.primary != FOI_VOCAB_SUBJECT)
        tr->group.subject = L.id[FOI_VOCAB_SUBJECT];
    if (L.id[FOI_VOCAB_MEASURE] && !tr->group.measure)
        tr->group.measure = L.id[FOI_VOCAB_MEASURE];
    if (L.period_in && L.primary != PRIMARY_PERIOD && !tr->group.has_period) {
        tr->group.period = L.inner;
        tr->group.has_period = 1;
        tr->group.period_label = text;
    }
    group_nest(tr, prev, prev_kind, tr->group_unknown ? -1 : L.primary == PRIMARY_PERIOD || L.period_in ?
                                                         PRIMARY_PERIOD : (int)L.primary);
}

/* An outcome among the categories of a category column (a pivot's nested
 * rows): it belongs to the category above it, and is never filled down. */
static int pivot_outcome(struct ectx *c, const struct tshape *s, const struct tcol *k, const char *x)
{
    if (k->role != FOI_VOCAB_CATEGORY)
        return 0;
    struct label L;
    eng_tclassify(c, s, x, &L);
    return L.primary == FOI_VOCAB_OUTCOME && !L.total && !L.id[FOI_VOCAB_CATEGORY];
}

/* A Total label is never filled down into the rows below it. */
static int is_total_label(struct ectx *c, const char *x)
{
    struct label L;
    eng_classify(c, x, &L);
    return L.total || (L.primary < 0 && !L.period_in && !L.period_ok && eng_totalish(x));
}

/* "2021-2022", "2021 - 2022": two years in a row, which on its own may be a
 * financial year or two calendar years; read as the financial year (the
 * caller knows the column holds financial years). 1 and *p set, else 0. */
static int fy_pair(const char *x, struct foi_period *p)
{
    char buf[64];
    if (strlen(x) > 40)
        return 0;
    snprintf(buf, sizeof buf, "financial year %s", x);
    struct foi_period_ctx pc = {0};
    return foi_period_parse(buf, &pc, p) == 1 && p->resolved && p->kind == FOI_PER_FY;
}

/* A label of officers or staff alone ("Police officers"), not both, not a
 * Total, naming no category. */
static int subject_only(struct ectx *c, const struct tshape *s, const char *x)
{
    struct label L;
    eng_tclassify(c, s, x, &L);
    return L.primary == FOI_VOCAB_SUBJECT && L.id[FOI_VOCAB_SUBJECT] && !L.total && !L.id[FOI_VOCAB_CATEGORY] &&
           !L.id[FOI_VOCAB_OUTCOME] && strcmp(L.id[FOI_VOCAB_SUBJECT], "officers_and_staff");
}

/* Subject rows nested under category rows in the category column: "Sexual
 * assault" 6 over "Police officers" 5 and "Police staff" 1 (the category's
 * row their sum, an outline group in a workbook). Each subject row belongs to
 * the category row right above its run, and is not filled down. Read so only
 * when the pattern repeats (two categories or more with subject rows under
 * them, none before the first category) and no column says otherwise (where
 * a category's cell and its subject rows' cells all hold counts, they add
 * up): subject rows after a Total or a blank, or a breakdown of all the
 * categories under the last one alone, are left as they were. */
static int nested_subjects(struct tread *tr)
{
    struct ectx *c = tr->c;
    const struct foi_table *t = tr->t;
    const struct tshape *s = &tr->s;
    tr->nest_cat = NULL;
    /* the category column, or a column of people ("Allegation type /
     * employee") holding the categories too */
    int nc = nc;
    for (int col = 0; col < s->nc && nc < 0; col++)
        if (s->col[col].kind == COL_LABEL && s->col[col].role == FOI_VOCAB_SUBJECT)
            nc = col;
    if (nc < 0)
        return 0;
    const char **cat = foi_arena_alloc(&c->arena, sizeof *cat * (size_t)s->nr);
    if (!cat)
        return c->rc = FOI_ENOMEM;
    memset(cat, 0, sizeof *cat * (size_t)s->nr);
    int cur_r = -1, blocks = 0;
    for (int r = s->h; r < s->nr; r++) {
        const char *x = cell_text(t, r, nc);
        if (subject_only(c, s, x)) {
            if (cur_r < 0)
                return 0;
            if (!cat[r - 1])
                blocks++;
            cat[r] = cell_text(t, cur_r, nc);
            if (r + 1 < s->nr && subject_only(c, s, cell_text(t, r + 1, nc)))
                continue;
            /* the run ends: it adds up to its category's row where all are counts */
            for (int col = 0; col < s->nc; col++) {
                if (s->col[col].kind != COL_COUNT)
                    continue;
                int64_t sum = 0, total = 0;
                int all = 1;
                for (int q = cur_r; q <= r && all; q++) {
                    struct foi_value v;
                    all = !foi_value_parse(cell_text(t, q, col), &v) && v.status == FOI_VS_REPORTED && v.has_value;
                    if (all && q == cur_r)
                        total = v.value;
                    else if (all)
                        sum += v.value;
                }
                if (all && sum != total)
                    return 0;
            }
            continue;
        }
        struct label L;
        eng_tclassify(c, s, x, &L);
        cur_r = *x && L.primary == FOI_VOCAB_CATEGORY && L.id[FOI_VOCAB_CATEGORY] && !L.total &&
                        !L.id[FOI_VOCAB_SUBJECT] ? r : -1;
    }
    if (blocks >= 2) {
        tr->nest_cat = cat;
        tr->nest_col = nc;
    }
    return 0;
}

/* An outline of outcomes: an outer outcome column ("Outcome group": "Proven
 * - gross misconduct", "Not proven") printed on the first of its rows only
 * (blank, or a merged cell's copy, on the rows below) over an inner one of
 * sub-outcomes ("Dismissed without notice", "Barred list only"). Where the
 * inner column has a label on row r, the outer label is the group the row
 * sits in, not the row's outcome (round 46a). */
static int outcome_group_cell(struct tread *tr, int r, int col)
{
    const struct tshape *s = &tr->s;
    const struct foi_table *t = tr->t;
    int inner = -1;
    for (int j = col + 1; j < s->nc && inner < 0; j++)
        if (s->col[j].kind == COL_LABEL && s->col[j].role == FOI_VOCAB_OUTCOME && !s->col[j].within)
            inner = j;
    if (inner < 0)
        return 0;
    const char *y = cell_text(t, r, inner);
    if (!*y || eng_dash_cell(y) || is_total_label(tr->c, y))
        return 0;
    for (int i = s->h; i < s->nr; i++) {
        const struct foi_cell *o = foi_table_cell(t, i, col);
        if ((!*o->text || (o->flags & FOI_CELL_SPANNED)) && *cell_text(t, i, inner))
            return 1;
    }
    return 0;
}

/* "Police officers only: MDP staff figures not held": a remark in a notes
 * column opening with whom its row counts and "only" (up to its first ':',
 * ';', ',', '.', '(' or a spaced dash); that subject's id, else NULL. */
static const char *note_only_subject(struct ectx *c, const char *x)
{
    size_t n = strcspn(x, ":;,.(");
    const char *dash = strstr(x, " - "), *en = strstr(x, " \xe2\x80\x93 ");
    if (dash && (size_t)(dash - x) < n)
        n = (size_t)(dash - x);
    if (en && (size_t)(en - x) < n)
        n = (size_t)(en - x);
    while (n && x[n - 1] == ' ')
        n--;
    if (n < 6 || n > 40 || strncasecmp(x + n - 5, " only", 5))
        return NULL;
    const char *who = foi_arena_strndup(&c->arena, x, n - 5);
    struct foi_match m;
    if (!who || foi_taxonomy_match(c->tax, FOI_VOCAB_SUBJECT, who, &m) != 1 || !m.exact || m.part)
        return NULL;
    return m.id;
}

/* Does label column col hold rows of recorded crime ("Recorded crime
 * (suspect employee)") beside its other rows? Asked once a column. */
static int crime_kinds_beside(struct tread *tr, int col)
{
    if (col < 0 || col >= (int)sizeof tr->crime_col)
        return 0;
    if (!tr->crime_col[col]) {
        tr->crime_col[col] = -1;
        for (int r = tr->t->header_rows; r < tr->t->nrows && r < 100000; r++)
            if (eng_recorded_crime(cell_text(tr->t, r, col))) {
                tr->crime_col[col] = 1;
                break;
            }
    }
    return tr->crime_col[col] > 0;
}

static void row_labels(struct tread *tr, int r, struct rowdims *rd)
{
    struct ectx *c = tr->c;
    const struct foi_table *t = tr->t;
    const struct tshape *s = &tr->s;
    memset(rd, 0, sizeof *rd);
    struct dims *d = &rd->d;
    struct foi_period from, to;
    int has_from = 0, has_to = 0;
    const char *from_text = NULL, *to_text = NULL;
    const char *finer = NULL;   /* "Q1" read inside the row's period (tcol.within) */
    struct foi_period cat_per;  /* a period inside a category label ("Sexual assault 2024/25") */
    int has_cat_per = 0;
    const char *cat_per_text = NULL;
    /* "Total | (blank) | (blank)" under rows of year | type | employee: the
     * total across what the columns right of it say, so nothing fills down
     * into them ("(blank) | Total" under a block is the block's total: the
     * column left of it fills down as ever); the first label column with a
     * total label */
    int total_at = s->nc;
    for (int col = 0; col < s->nc; col++) {
        const struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL)
            continue;
        const char *x = cell_text(t, r, col);
        if (k->within) {
            if (*x)
                finer = x;
            continue;
        }
        int own = *x != '\0';
        int total = own && is_total_label(c, x);
        if (total && total_at == s->nc)
            total_at = col;
        if (own && eng_denominator_words(x)) {
            /* "Average days to outcome (2024/25)" as a row (a transposed
             * table): its numbers are no counts */
            d->skip = 1;
            continue;
        }
        const char *part = own && k->role == FOI_VOCAB_CATEGORY ? eng_subset_label(x) : NULL;
        if (part) {
            /* "of which: involving a colleague": a part of the category above
             * that is no category of its own gives no figure; "of which:
             * abuse of position ..." names one and is read as it */
            struct label P;
            eng_tclassify(c, s, part, &P);
            int cat = P.id[FOI_VOCAB_CATEGORY] &&
                      (strcmp(P.id[FOI_VOCAB_CATEGORY], "other") || P.exact[FOI_VOCAB_CATEGORY]);
            /* "of which: dismissed" is the outcome of the category above,
             * read as such below */
            if (!cat && P.primary != FOI_VOCAB_OUTCOME) {
                d->skip = 1;
                continue;
            }
        }
        int nested = tr->nest_cat && tr->nest_cat[r] && col == tr->nest_col;
        if (own && !part && !total && !pivot_outcome(c, &tr->s, k, x) && !nested)
            tr->filled[col] = x;
        if (nested && !d->category) {
            /* "Police officers" under "Sexual assault" (nested_subjects) */
            d->category = tr->nest_cat[r];
            rd->own_category = 0;
        }
        else if (!own && k->role != FOI_VOCAB_OUTCOME && col < total_at)
            x = tr->filled[col];         /* fill down an empty label */
        if (!x || !*x) {
            if (k->role == FOI_VOCAB_OUTCOME)
                rd->outcome_blank = 1;
            continue;
        }
        if (k->role == ROLE_NONE && eng_recorded_crime(x)) {
            /* "Recorded crime (suspect employee)" in a column of record
             * types: a crime record, no allegation (round 48a) */
            d->skip = 1;
            continue;
        }
        if (k->role == ROLE_NONE && k->varies && !k->dependent) {
            /* "Conduct allegation" in the same column: what the row counts,
             * the rows of the other kinds left out as above */
            struct label M;
            eng_tclassify(c, s, x, &M);
            int alleg = (M.primary == FOI_VOCAB_MEASURE && M.id[FOI_VOCAB_MEASURE] &&
                         !strcmp(M.id[FOI_VOCAB_MEASURE], "allegations")) ||
                        (M.primary < 0 && foi_strcasestr(x, "allegation") && strlen(x) < 40);
            if (alleg && crime_kinds_beside(tr, col)) {
                if (!d->measure)
                    d->measure = "allegations";
                continue;
            }
        }
        if (k->role == ROLE_NONE) {
            /* a label foi does not know tells this row from the others: the
             * row is not understood, unless forces already tell the rows
             * apart (a region column beside the forces) */
            if (k->varies && !k->dependent && !rd->unknown) {
                rd->unknown = 1;
                rd->unknown_col = col;
                rd->why = "a column of labels foi does not recognise";
            }
            continue;
        }
        struct label L;
        eng_tclassify(c, s, x, &L);
        if (L.primary < 0 && !L.period_in && !L.period_ok && eng_totalish(x))
            L.total = 1;
        switch (k->role) {
        case ROLE_FROM:
        case ROLE_TO: {
            struct foi_period_ctx pc = {0};
            struct foi_period p;
            if (foi_period_parse(x, &pc, &p) == 1 && p.resolved) {
                if (k->role == ROLE_FROM) { from = p; has_from = 1; from_text = x; }
                else { to = p; has_to = 1; to_text = x; }
            } else if (L.total) {
                rd->d.skip = 1;   /* a Total row across the periods: no period of its own */
            }
            break;
        }
        case PRIMARY_PERIOD:
            if (L.total && (L.period_ok || L.period_in) && !d->has_period) {
                /* "2023/24 total" under the quarters of 2023/24: that year's
                 * total, not the total across the column's periods */
                d->period = L.period_ok ? L.period : L.inner;
                d->has_period = 1;
                d->period_label = x;
            } else if (L.total) {
                if (k->has_span && !d->has_period) {
                    d->period = k->span;
                    d->has_period = 1;
                    d->period_label = k->span_label;
                }
            } else if (L.period_ok || L.period_in) {
                if (!d->has_period) {
                    d->period = L.period_ok ? L.period : L.inner;
                    d->has_period = 1;
                    d->period_label = x;
                    if (k->month_grain && !foi_date_cmp(&d->period.start, &d->period.end)) {
                        /* a day under a "Month" heading stands for its month */
                        d->period.start.d = 1;
                        d->period.end.d = foi_days_in_month(d->period.end.y, d->period.end.m);
                        d->period.kind = FOI_PER_MONTH;
                    }
                }
            } else if (!d->period_label && !d->has_period && k->fy_col && fy_pair(x, &d->period)) {
                /* "2021-2022" in a column of financial years: one of them,
                 * not two calendar years */
                d->has_period = 1;
                d->period_label = x;
                d->note = "a pair of years in a column of financial years: read as one";
            } else if (!d->period_label && !d->has_period) {
                d->period_label = x;   /* kept as written; unresolved */
            }
            break;
        case FOI_VOCAB_OUTCOME:
            if (L.primary == FOI_VOCAB_CATEGORY && !L.id[FOI_VOCAB_OUTCOME] && !d->category) {
                /* a pivot: a category among the outcomes carries its total,
                 * and the outcomes below it are its own */
                d->category = x;
                if (!d->outcome) d->outcome = "total";
                rd->opens_group = x;
                break;
            }
            if (L.total && tr->group_from_pivot) {
                d->skip = 1;   /* after the pivot's categories: their grand total */
                break;
            }
            if (L.total || (L.primary == FOI_VOCAB_MEASURE && L.exact[FOI_VOCAB_MEASURE] &&
                            !L.id[FOI_VOCAB_OUTCOME])) {
                /* "Total", "Officers investigated": the row's total (kept as
                 * written where the taxonomy reads it as one) */
                if (!d->outcome)
                    d->outcome = L.id[FOI_VOCAB_OUTCOME] && !strcmp(L.id[FOI_VOCAB_OUTCOME], "total") ? x : "total";
                /* "All allegations" under a corner "Number of cases": the
                 * total of the table's counts, in the table's unit */
                if (L.id[FOI_VOCAB_MEASURE] && !d->measure && !(L.total && s->hmeasure))
                    d->measure = L.id[FOI_VOCAB_MEASURE];
                if (L.id[FOI_VOCAB_SUBJECT] && !d->subject) d->subject = L.id[FOI_VOCAB_SUBJECT];
            } else if (!d->outcome && !outcome_group_cell(tr, r, col)) {
                d->outcome = x;   /* an outcome foi does not know is reported, `other` */
                const char *g = k->outcome_group ? cell_text(t, r, k->outcome_group - 1) : "";
                int clash = 0;
                if (*g && k->ngroup_clash) {
                    uint64_t h = foi_hash(x, strlen(x));
                    for (int i = 0; i < k->ngroup_clash && !clash; i++)
                        clash = k->group_clash[i] == h;
                }
                if (clash && !is_total_label(c, g)) {
                    /* "No case to answer" over "No action", beside "Case to
                     * answer" over "No further action": a label that alone
                     * reads as another label's outcome is read with its
                     * group before it, the most specific words of the two
                     * deciding (engine_tshape.c outcome_groups) */
                    const char *both = foi_arena_printf(&c->arena, "%s - %s", g, x);
                    if (both)
                        d->outcome = both;
                }
            }
            break;
        case FOI_VOCAB_CATEGORY:
            if (own && pivot_outcome(c, s, k, x)) {
                /* "Dismissed" under "Sexual assault" in one column */
                if (!d->outcome) d->outcome = x;
                if (!d->category && tr->filled[col]) {
                    d->category = tr->filled[col];
                    rd->own_category = 0;
                }
                break;
            }
            if (L.total || (L.primary == FOI_VOCAB_MEASURE && !L.id[FOI_VOCAB_CATEGORY])) {
                /* "Total", "All complaints" under the categories: their sum */
                rd->cat_total = 1;
                if (L.id[FOI_VOCAB_MEASURE] && !d->measure) d->measure = L.id[FOI_VOCAB_MEASURE];
            } else if (!L.id[FOI_VOCAB_CATEGORY] && L.primary == FOI_VOCAB_FORCE && c->force &&
                       strcmp(L.id[FOI_VOCAB_FORCE], c->force)) {
                /* "England and Wales (all forces, all types)", "For comparison
                 * only: England and Wales, all forces": a row of another force
                 * or of the country under this force's categories, shown for
                 * comparison: none of its figures is this force's */
                d->skip = 1;
            } else if (!L.id[FOI_VOCAB_CATEGORY] && L.primary >= 0 && L.primary != FOI_VOCAB_OUTCOME) {
                /* "All employees" under the categories: another vocabulary */
                if (L.primary == FOI_VOCAB_SUBJECT && !d->subject) d->subject = L.id[FOI_VOCAB_SUBJECT];
                else if (L.primary == FOI_VOCAB_MEASURE && !d->measure) d->measure = L.id[FOI_VOCAB_MEASURE];
                else if (L.primary == PRIMARY_PERIOD && !d->has_period) {
                    d->period = L.period;
                    d->has_period = 1;
                    d->period_label = x;
                }
            } else {
                if (!d->category) d->category = x;
                rd->own_category = own;
                /* "Sexual assault\ncalendar year\n2025" (a table turned
                 * round: a category and a period in one row label): the
                 * period rides along, where no period column gives one */
                if (L.period_in && !has_cat_per) {
                    cat_per = L.inner;
                    has_cat_per = 1;
                    cat_per_text = x;
                }
                /* "Sexual assault - police officers": a subject rides along */
                if (L.id[FOI_VOCAB_SUBJECT] && !L.part[FOI_VOCAB_SUBJECT] && !d->subject)
                    d->subject = L.id[FOI_VOCAB_SUBJECT];
                /* "Sexual assault total": the category's total */
                if (L.id[FOI_VOCAB_OUTCOME] && !strcmp(L.id[FOI_VOCAB_OUTCOME], "total") && !d->outcome)
                    d->outcome = "total";
                /* "Sexual assault - dismissed", "Officers dismissed after an
                 * allegation of sexual assault": the one outcome it names
                 * rides along (read without it, the row would be the
                 * category's total) */
                else if (L.id[FOI_VOCAB_OUTCOME] && !d->outcome && (d->outcome = eng_label_outcome(c, x)) &&
                         !d->measure && eng_people_before(c, x, d->outcome))
                    d->measure = "individuals";   /* "Officers dismissed ...": people counted */
            }
            break;
        case FOI_VOCAB_SUBJECT:
            if (L.id[FOI_VOCAB_SUBJECT] && (L.part[FOI_VOCAB_SUBJECT] || eng_subject_qualified(c, x)) &&
                !rd->unknown) {
                int beside = 0;
                for (int i = 0; i < s->nwhole; i++)
                    beside |= !strcmp(s->whole_subj[i], L.id[FOI_VOCAB_SUBJECT]);
                if (beside) {
                    /* "PCSOs" in a row beside "Police staff": a part of them */
                    rd->unknown = 1;
                    rd->unknown_col = col;
                    rd->why = "a part of the officers or staff (special constables, PCSOs) shown beside them, "
                              "which the dataset has no subject for";
                    break;
                }
            }
            if (L.total) {
                if (!d->subject) d->subject = "officers_and_staff";
            } else if (L.id[FOI_VOCAB_SUBJECT]) {
                if (!d->subject) d->subject = L.id[FOI_VOCAB_SUBJECT];
            } else if (L.primary >= 0 && L.primary != PRIMARY_PERIOD) {
                if (L.primary == FOI_VOCAB_CATEGORY && !d->category) d->category = x;
                else if (L.primary == FOI_VOCAB_OUTCOME && !d->outcome) d->outcome = x;
                else if (L.primary == FOI_VOCAB_MEASURE && !d->measure) d->measure = L.id[FOI_VOCAB_MEASURE];
            } else if (!d->subject) {
                d->subject = x;
            }
            break;
        case FOI_VOCAB_MEASURE:
            if (!d->measure) d->measure = L.id[FOI_VOCAB_MEASURE] ? L.id[FOI_VOCAB_MEASURE] : x;
            break;
        case FOI_VOCAB_FORCE:
            /* a region, a total or a blank in a force column is no force */
            if (!L.id[FOI_VOCAB_FORCE] || L.total || region_row(c, tr, col, r))
                d->skip = 1;
            else if (!d->force)
                d->force = L.id[FOI_VOCAB_FORCE];
            break;
        default:
            break;
        }
    }
    if (has_cat_per && !d->has_period && !d->period_label) {
        d->period = cat_per;
        d->has_period = 1;
        d->period_label = cat_per_text;
    }
    if (finer) {
        /* "Q1" in the row's "2023/24": its quarter; without the year, as written */
        struct label F;
        if (d->has_period) {
            eng_tclassify_in(c, s, finer, &d->period, &F);
            if (F.period_ok && foi_date_cmp(&F.period.start, &d->period.start) >= 0 &&
                foi_date_cmp(&F.period.end, &d->period.end) <= 0) {
                d->period = F.period;
                d->period_label = foi_arena_printf(&c->arena, "%s %s", finer, d->period_label ? d->period_label : "");
            } else {
                d->has_period = 0;
                d->period_label = finer;   /* outside the year it sits in: unresolved */
                if (F.period_ok) {
                    /* "Mar 2025" on a row of 2025/26: the row's two period
                     * columns disagree; neither is sure (round 45a) */
                    d->doubted = 1;
                    d->note = "the row's period lies outside the period of its coarser column";
                }
            }
        } else if (!d->period_label) {
            d->period_label = finer;
        }
    }
    if (has_from && has_to && !d->has_period && foi_date_cmp(&from.start, &to.end) <= 0) {
        d->period.start = from.start;
        d->period.end = to.end;
        d->period.resolved = 1;
        d->period.kind = FOI_PER_RANGE;
        d->has_period = 1;
        d->period_label = foi_arena_printf(&c->arena, "%s to %s", from_text, to_text);
    } else if ((has_from || has_to) && !d->has_period && !d->period_label) {
        d->period_label = has_from ? from_text : to_text;   /* half a period: unresolved */
    }
    /* the row's own remark on whom it counts ("Police officers only") governs
     * the row, over a title's "officers and staff together" (round 47a,
     * blind47's newsroom tracker) */
    for (int col = 0; col < s->nc && !d->subject; col++)
        if (s->col[col].kind == COL_NOTE && *cell_text(t, r, col))
            d->subject = note_only_subject(c, cell_text(t, r, col));
}

/* -------------------------------------------------------- identities */
static uint64_t fnv(uint64_t h, const char *s)
{
    if (!s)
        s = "";
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
    return h;
}

static const char *canon(struct ectx *c, enum foi_vocab v, const char *label)
{
    if (!label)
        return "";
    if (foi_taxonomy_has(c->tax, v, label))
        return label;
    struct label L;
    eng_classify(c, label, &L);
    return L.id[v] ? L.id[v] : label;
}

/* canon for a table's cells, whose labels repeat down the rows: the same
 * text as the last label of its vocabulary has the same answer (canon
 * reads the text only), the label itself or the id found for it. */
static const char *canon_in(struct tread *tr, enum foi_vocab v, const char *label)
{
    if (!label)
        return "";
    if ((int)v < 0 || v >= FOI_VOCAB_COUNT)
        return canon(tr->c, v, label);
    struct canon_memo *m = &tr->canon_last[v];
    if (m->valid && m->key[0] == label[0] && !strcmp(m->key, label))
        return m->id ? m->id : label;
    const char *r = canon(tr->c, v, label);
    size_t n = strlen(label);
    m->valid = n < sizeof m->key;
    if (m->valid) {
        memcpy(m->key, label, n + 1);
        m->id = r == label ? NULL : r;
    }
    return r;
}

static uint64_t figure_hash(struct tread *tr, const struct dims *d)
{
    struct ectx *c = tr->c;
    uint64_t h = 1469598103934665603ull;
    char a[11] = "", b[11] = "";
    if (d->has_period) {
        foi_date_iso(&d->period.start, a);
        foi_date_iso(&d->period.end, b);
        h = fnv(fnv(h, a), b);
    } else {
        h = fnv(h, d->period_label);
    }
    h = fnv(h, d->force ? d->force : "");
    h = fnv(h, canon_in(tr, FOI_VOCAB_CATEGORY, d->category));
    h = fnv(h, canon_in(tr, FOI_VOCAB_MEASURE, d->measure));
    /* a subject foi does not know is `unknown` in the dataset: one identity */
    const char *subj = canon_in(tr, FOI_VOCAB_SUBJECT, d->subject);
    h = fnv(h, d->subject && subj == d->subject && !foi_taxonomy_has(c->tax, FOI_VOCAB_SUBJECT, subj) ? "unknown" : subj);
    h = fnv(h, canon_in(tr, FOI_VOCAB_OUTCOME, d->outcome));
    return h;
}

static int key_cmp(const void *a, const void *b)
{
    const struct fkey *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* ------------------------------------------------------------ figures */
/* The figure of count cell (r, col), dims filled level by level; 0 when the
 * cell is no figure of ours (a grand total, a region), -1 when the table's
 * structure does not say what it is. */
/* What the figures under a count column heading counted, for a pivot table
 * that sums the column later (struct colmeasure). */
static void remember_colmeasure(struct ectx *c, const char *head, const char *measure)
{
    for (int i = 0; i < c->ncolm; i++)
        if (!strcasecmp(c->colm[i].head, head)) {
            if (c->colm[i].measure && strcmp(c->colm[i].measure, measure))
                c->colm[i].measure = NULL;   /* two measures: neither */
            return;
        }
    if (c->ncolm < (int)(sizeof c->colm / sizeof c->colm[0]))
        c->colm[c->ncolm++] = (struct colmeasure){ head, measure };
}

/* An Excel pivot table's corner cell, "Sum of Count": the field it sums
 * ("Count"), and what the figures under that heading counted earlier in the
 * document (tr->pivot_field, tr->pivot_measure). */
static void pivot_sums(struct ectx *c, struct tread *tr)
{
    const struct foi_table *t = tr->t;
    if (!t->nrows || !t->ncols || !t->cells[0].text)
        return;
    const char *s = t->cells[0].text;
    while (*s == ' ')
        s++;
    if (strncasecmp(s, "sum of ", 7))
        return;
    s += 7;
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    if (!n)
        return;
    for (int i = 0; i < c->ncolm; i++)
        if (strlen(c->colm[i].head) == n && !strncasecmp(c->colm[i].head, s, n)) {
            tr->pivot_field = c->colm[i].head;
            tr->pivot_measure = c->colm[i].measure;
            return;
        }
}

/* A number at p (digits only); its end in *end. -1 when none. */
static long corr_number(const char *p, const char **end)
{
    if (!isdigit((unsigned char)*p))
        return -1;
    long v = 0;
    int n = 0;
    while (isdigit((unsigned char)*p) && n < 9) {
        v = v * 10 + (*p++ - '0');
        n++;
    }
    if (isdigit((unsigned char)*p) || *p == '/' || (*p == '.' && isdigit((unsigned char)p[1])))
        return -1;
    *end = p;
    return v;
}

/* "Please note: the Total for sexual harassment in Table 2 should read 16,
 * not 17.": the document corrects a cell of one of its tables. Each such
 * sentence that names the table and the cell's category or its total
 * (read once per document). */
static void read_corrections(struct ectx *c)
{
    c->corr_read = 1;
    static const char *const verbs[] = { "should read ", "should be ", "should have read ", NULL };
    static const char *const nots[] = { "not ", "rather than ", "instead of ", NULL };
    /* the letter's paragraphs (a sentence may be wrapped over lines), else
     * the document's lines */
    int nb = c->lt && c->lt->b ? c->lt->nb : c->doc->nlines;
    for (int i = 0; i < nb && c->ncorr < (int)(sizeof c->corr / sizeof c->corr[0]); i++) {
        const char *t = c->lt && c->lt->b ? c->lt->b[i].text : c->doc->lines[i].text;
        if (!t)
            continue;
        for (int k = 0; verbs[k]; k++) {
            const char *vb = foi_strcasestr(t, verbs[k]);
            if (!vb)
                continue;
            const char *p = vb + strlen(verbs[k]), *e;
            long to = corr_number(p, &e);
            if (to < 0)
                break;
            p = e;
            while (*p == ',' || *p == ' ')
                p++;
            long from = -1;
            for (int n = 0; nots[n] && from < 0; n++)
                if (!strncasecmp(p, nots[n], strlen(nots[n])))
                    from = corr_number(p + strlen(nots[n]), &e);
            /* the sentence before the verb: what is corrected */
            const char *st = t, *pe = vb;
            for (const char *q = t; q < vb; q++)
                if ((*q == '.' || *q == ':' || *q == ';') && q[1] == ' ')
                    st = q + 2;
            /* "In Table 1 the figure for sexual harassment resulting in a
             * written warning is shown as 3; it should read 4": the printed
             * value said before the verb, in the same sentence, the clause
             * between them only pointing back ("; it", ", but it", "and") */
            if (from < 0) {
                static const char *const shown[] = { "shown as ", "given as ", "printed as ", "stated as ",
                                                     "published as ", "appears as ", "reported as ", NULL };
                const char *s0 = t;
                for (const char *q = t; q < vb; q++)
                    if (*q == '.' && q[1] == ' ' && !isdigit((unsigned char)q[2]))
                        s0 = q + 2;
                const char *cue = NULL, *ce = NULL;
                for (int n = 0; shown[n]; n++)
                    for (const char *q = foi_strcasestr(s0, shown[n]); q && q < vb;
                         q = foi_strcasestr(q + 1, shown[n]))
                        if (!cue || q > cue) {
                            cue = q;
                            ce = q + strlen(shown[n]);
                        }
                long f2 = cue ? corr_number(ce, &e) : -1;
                if (f2 >= 0) {
                    int ok = e <= vb && vb - e <= 24;
                    for (const char *q = e; ok && q < vb; q++)
                        ok = !isdigit((unsigned char)*q);
                    if (ok) {
                        from = f2;
                        st = s0;
                        pe = cue;
                    }
                }
            }
            if (from < 0 || from == to)
                break;
            const char *phrase = foi_arena_strndup(&c->arena, st, (size_t)(pe - st));
            const char *tb = phrase ? foi_strcasestr(phrase, "table ") : NULL;
            if (!tb)
                break;
            tb += 6;
            size_t tl = strspn(tb, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
            if (!tl || tl > 4 || !strpbrk(foi_arena_strndup(&c->arena, tb, tl), "0123456789"))
                break;
            struct textdims td;
            eng_textdims(c, phrase, &td);
            const char *cat = td.ncats == 1 ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, td.cats[0])
                                            : NULL;
            const char *tot = foi_strcasestr(phrase, "total");
            int total = tot && (tot == phrase || !isalpha((unsigned char)tot[-1])) && !isalpha((unsigned char)tot[5]);
            /* "resulting in a written warning": the one outcome it names
             * (two named: which cell is not said, nothing is corrected) */
            const char *outc = NULL;
            int nout = 0;
            struct foi_match om[8];
            int no = foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, phrase, om, 8);
            for (int m = 0; m < no; m++) {
                if (!strcmp(om[m].id, "total") || (outc && !strcmp(outc, om[m].id)))
                    continue;
                outc = om[m].id;
                nout++;
            }
            if (nout > 1 || (nout == 1 && total)) {
                eng_trace(c, "", "a correction names %s: which cell it corrects is not said, nothing is corrected",
                          nout > 1 ? "two outcomes" : "an outcome and a total");
                break;
            }
            if (!cat && !total && !outc)
                break;
            struct eng_corr *k2 = &c->corr[c->ncorr++];
            k2->table = foi_arena_strndup(&c->arena, tb, tl);
            k2->category = cat;
            k2->total = total;
            k2->outcome = outc;
            /* "the figure for sexual harassment, police staff, year to 31
             * March 2025 in Table 1": the people and the one period it names
             * (another cell of the same value is not the one corrected) */
            k2->subject = td.subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, td.subject) : NULL;
            k2->has_period = 0;
            int spans = 0;
            for (int q = 0; q < td.nperiods; q++)
                if (foi_date_cmp(&td.periods[q].start, &td.periods[q].end)) {
                    spans++;
                    k2->period = td.periods[q];
                }
            k2->has_period = spans == 1;
            k2->from = from;
            k2->to = to;
            k2->line = c->lt && c->lt->b ? eng_block_loc(c, i)
                                         : c->doc->lines[i].loc ? c->doc->lines[i].loc : "";
            if (!k2->line)
                k2->line = "";
            break;
        }
    }
}

int eng_table_named(const struct foi_doc *doc, const struct foi_table *t, const char *id)
{
    /* its caption, its heading, or the line right above it ("Table 3: ..."
     * as a paragraph of its own) */
    const char *above = t->anchor_line >= 1 && t->anchor_line <= doc->nlines ? doc->lines[t->anchor_line - 1].text
                                                                             : NULL;
    const char *txt[3] = { t->caption, t->heading, above };
    for (int k = 0; k < 3; k++)
        for (const char *p = txt[k] ? foi_strcasestr(txt[k], "table ") : NULL; p; p = foi_strcasestr(p + 1, "table ")) {
            if (p != txt[k] && isalpha((unsigned char)p[-1]))
                continue;
            /* the line above names the table only as its title, at its start
             * ("See Table 3 below" is about another) */
            const char *st = txt[k];
            while (k == 2 && (*st == ' ' || *st == '*'))
                st++;
            if (k == 2 && p != st)
                break;
            size_t n = strlen(id);
            if (!strncasecmp(p + 6, id, n) && !isalnum((unsigned char)p[6 + n]))
                return 1;
        }
    return 0;
}

/* A cell the document's own correction replaces: its value is the right
 * one, located at the correction, the printed cell in the note. Pass 0
 * counts the cells each correction fits (tr->corr_fits); pass 1 replaces
 * only a correction's one cell: a correction that fits two cells of the
 * table (or none) says not which it means, and nothing is replaced. 1 when
 * corrected; *loc is then the correction's place. */
static int corrected_cell(struct tread *tr, struct dims *d, struct foi_value *v, const char **loc)
{
    struct ectx *c = tr->c;
    const struct foi_table *t = tr->t;
    if (!c->corr_read)
        read_corrections(c);
    if (v->status != FOI_VS_REPORTED || !v->has_value)
        return 0;
    for (int i = 0; i < c->ncorr; i++) {
        const struct eng_corr *k = &c->corr[i];
        if (v->value != k->from || !eng_table_named(c->doc, t, k->table))
            continue;
        const char *cat = d->category ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, d->category) : NULL;
        const char *out = d->outcome ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_OUTCOME, d->outcome) : "total";
        if ((k->category && !(cat && !strcmp(cat, k->category))) || (k->total && !(out && !strcmp(out, "total"))))
            continue;
        if (k->outcome && !(out && !strcmp(out, k->outcome)))
            continue;
        if (k->subject) {
            const char *sub = d->subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, d->subject) : NULL;
            if (sub && strcmp(sub, k->subject))
                continue;
        }
        if (k->has_period && d->has_period &&
            (foi_date_cmp(&d->period.start, &k->period.start) || foi_date_cmp(&d->period.end, &k->period.end)))
            continue;
        if (tr->pass == 0) {
            tr->corr_fits[i]++;
            continue;
        }
        if (tr->corr_fits[i] != 1)
            continue;
        v->value = v->min = v->max = k->to;
        const char *n = foi_arena_printf(&c->arena, "printed %ld at %s; the document corrects it to %ld", k->from,
                                         *loc ? *loc : "?", k->to);
        d->note = d->note && n ? foi_arena_printf(&c->arena, "%s; %s", d->note, n) : n ? n : d->note;
        if (*k->line)
            *loc = k->line;
        return 1;
    }
    return 0;
}

static void table_issue(struct tread *tr, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* After pass 0: a correction naming this table that fits no cell, or more
 * than one, replaces nothing; say so. */
static void corrections_unfitted(struct tread *tr)
{
    struct ectx *c = tr->c;
    for (int i = 0; i < c->ncorr; i++) {
        const struct eng_corr *k = &c->corr[i];
        if (tr->corr_fits[i] == 1 || !eng_table_named(c->doc, tr->t, k->table))
            continue;
        table_issue(tr, "a correction (%s) of table %d's %ld to %ld fits %d of its cells: %s", *k->line ? k->line : "?",
                    tr->t->index, k->from, k->to, tr->corr_fits[i],
                    tr->corr_fits[i] ? "which it means is not said, nothing is replaced"
                                     : "no cell of that value has the labels it names, nothing is replaced");
    }
}

/* Two running header lines the same but for their digits ("Page 1 of 2",
 * "Page 2 of 2"). */
static int same_but_digits(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        int da = *a >= '0' && *a <= '9', db = *b >= '0' && *b <= '9';
        if (da != db || (!da && *a != *b))
            return 0;
    }
    return !*a && !*b;
}

/* What a PDF's running header counts and of whom: a header line printed the
 * same on every page (but for a page number) (a sheet printed to PDF carries
 * its title there, "FOI 26-2291 - allegations against police officers and
 * police staff by type and outcome"; a report writer its title and its
 * parameters, "Employee group: All (police officers and police staff)"),
 * every such line that names a measure naming the same one, and every one
 * that names a subject the same one. Each NULL when none does, when two
 * disagree, or the document is no PDF. */
static const char *running_header_measure(struct ectx *c)
{
    if (c->rhead_done)
        return c->rhead_measure;
    c->rhead_done = 1;
    const struct foi_doc *doc = c->doc;
    if (!c->tax || doc->npages < 1 || doc->nfurniture < 1)
        return NULL;
    const char *m = NULL, *sub = NULL;
    int m_bad = 0, sub_bad = 0;
    for (int i = 0; i < doc->nfurniture; i++) {
        const struct foi_line *f = &doc->furniture[i];
        if (f->page != 1 || !f->loc || !strstr(f->loc, " header") || !f->text || !*f->text)
            continue;
        /* on every page, the same words */
        int pages = 0;
        for (int j = 0; j < doc->nfurniture; j++) {
            const struct foi_line *g = &doc->furniture[j];
            if (g->loc && strstr(g->loc, " header") && g->text && same_but_digits(g->text, f->text))
                pages++;
        }
        if (pages != doc->npages)
            continue;
        struct textdims td;
        eng_textdims(c, f->text, &td);
        if (td.measure) {
            m_bad |= m && strcmp(m, td.measure);
            m = td.measure;
        }
        /* a parameter line ("Staff type: Police officers only") names
         * its people after the colon, never in the field's name */
        const char *colon = strchr(f->text, ':');
        if (colon)
            eng_textdims(c, colon + 1, &td);
        if (td.subject && !td.subject_left_out) {
            const char *cs = canon(c, FOI_VOCAB_SUBJECT, td.subject);
            sub_bad |= sub && strcmp(canon(c, FOI_VOCAB_SUBJECT, sub), cs);
            sub = td.subject;
        }
    }
    c->rhead_measure = m_bad ? NULL : m;
    c->rhead_subject = sub_bad ? NULL : sub;
    return c->rhead_measure;
}

static const char *running_header_subject(struct ectx *c)
{
    running_header_measure(c);
    return c->rhead_subject;
}


/* A running-total column ("Cumulative since 1 April 2024") beside count
 * columns of periods for the same people and outcome: its period is their
 * whole span (corpus README: a Total column across period columns is the
 * whole span), where they follow one another with no gap or overlap and a
 * day the head states is the span's first. 1 with *out. */
static int running_across(struct tread *tr, int col, struct foi_period *out)
{
    const struct tshape *s = &tr->s;
    const struct tcol *k = &s->col[col];
    struct foi_period ps[ENG_MAX_PERIODS];
    int n = 0;
    for (int o = 0; o < s->nc; o++) {
        const struct tcol *q = &s->col[o];
        if (o == col || q->kind != COL_COUNT || q->cumulative || !q->dims.has_period || !q->dims.period.resolved)
            continue;
        if ((q->dims.subject == NULL) != (k->dims.subject == NULL) ||
            (q->dims.subject && strcmp(q->dims.subject, k->dims.subject)) ||
            (q->dims.outcome == NULL) != (k->dims.outcome == NULL) ||
            (q->dims.outcome && strcmp(q->dims.outcome, k->dims.outcome)))
            continue;
        if (n == ENG_MAX_PERIODS)
            return 0;
        /* in order of start */
        int at = n++;
        while (at > 0 && foi_date_cmp(&ps[at - 1].start, &q->dims.period.start) > 0) {
            ps[at] = ps[at - 1];
            at--;
        }
        ps[at] = q->dims.period;
    }
    if (n < 2)
        return 0;
    for (int i = 1; i < n; i++) {
        struct foi_date next = ps[i - 1].end;
        foi_date_add_days(&next, 1);
        if (foi_date_cmp(&next, &ps[i].start))
            return 0;   /* a gap or an overlap: no one span */
    }
    /* the head's own first day ("since 1 April 2024"), where it states one */
    struct foi_period h;
    size_t ha, hl;
    if (k->head && foi_period_find(k->head, NULL, &h, &ha, &hl) == 1 && h.resolved &&
        (foi_date_cmp(&h.start, &ps[0].start) || (foi_date_cmp(&h.start, &h.end) && foi_date_cmp(&h.end, &ps[n - 1].end))))
        return 0;
    memset(out, 0, sizeof *out);
    out->resolved = 1;
    out->kind = FOI_PER_RANGE;
    out->start = ps[0].start;
    out->end = ps[n - 1].end;
    return 1;
}

/* A heading that is a title ("Referrals to the IOPC"), not a sentence of
 * the letter taken as one ("The force recorded 1,150 conduct matters ...
 * The outcomes below are ..."): no full stop inside or at its end. */
static int titled(const char *h)
{
    if (!h || !*h)
        return 0;
    size_t n = strlen(h);
    while (n && isspace((unsigned char)h[n - 1]))
        n--;
    if (n && h[n - 1] == '.')
        return 0;
    for (const char *p = h; (p = strchr(p, '.')) != NULL && (size_t)(p - h) < n; p++)
        if (p[1] == ' ')
            return 0;
    return 1;
}

static int cell_figure(struct tread *tr, int r, int col, const struct rowdims *rd, struct dims *out)
{
    struct ectx *c = tr->c;
    const struct tshape *s = &tr->s;
    const struct tcol *k = &s->col[col];
    struct dims d = k->dims;
    if (d.skip || rd->d.skip)
        return 0;
    if (k->dup || (k->from_span && s->any_dup))
        return 0;
    if (!k->understood) {
        left_out(tr, r, col, "its column's heading does not say what it counts");
        return -1;
    }
    if (k->forces_together) {
        left_out(tr, r, col, "its column counts several forces together, no figure of one force");
        return -1;
    }
    if (k->part_beside) {
        left_out(tr, r, col, "a part of the officers or staff (special constables, PCSOs) shown beside them, "
                             "which the dataset has no subject for");
        return -1;
    }
    if (k->superseded) {
        left_out(tr, r, col, "a figure as first published, beside the revised figure that replaces it");
        return -1;
    }
    if (k->measure_part) {
        left_out(tr, r, col, "one of several columns counting the same thing beside their Total "
                             "(hearings and meetings), which the dataset has no dimension to tell apart");
        return -1;
    }
    if (rd->unknown) {
        left_out(tr, r, rd->unknown_col, rd->why);
        return -1;
    }
    if (tr->group_unknown && !rd->d.force) {
        left_out(tr, r, col, "it sits under a heading foi does not recognise");
        return -1;
    }
    /* row labels fill what the column did not say */
    if (!d.category) d.category = rd->d.category;
    if (!d.outcome) d.outcome = rd->d.outcome;
    /* "Number of officers and staff accused" over rows of officers and of
     * staff: the row says which of them */
    if (!d.subject || (rd->d.subject && !strcmp(canon(c, FOI_VOCAB_SUBJECT, d.subject), "officers_and_staff") &&
                       (!strcmp(canon(c, FOI_VOCAB_SUBJECT, rd->d.subject), "officers") ||
                        !strcmp(canon(c, FOI_VOCAB_SUBJECT, rd->d.subject), "staff"))))
        d.subject = rd->d.subject;
    if (!d.measure) d.measure = rd->d.measure;
    if (!d.force) d.force = rd->d.force;
    if (k->in_row) {
        /* "Jan" over the counts, "2024" in the row: January 2024 */
        struct label X;
        if (rd->d.has_period)
            eng_tclassify_in(c, s, k->head, &rd->d.period, &X);
        if (!rd->d.has_period || !X.period_ok || foi_date_cmp(&X.period.start, &rd->d.period.start) < 0 ||
            foi_date_cmp(&X.period.end, &rd->d.period.end) > 0) {
            left_out(tr, r, col, "its column's period has no year, and its row's period does not hold it");
            return -1;
        }
        d.period = X.period;
        d.has_period = 1;
        d.period_label = foi_arena_printf(&c->arena, "%s %s", k->head, rd->d.period_label ? rd->d.period_label : "");
    }
    if (!d.has_period && rd->d.has_period) {
        d.period = rd->d.period;
        d.has_period = 1;
        d.period_label = rd->d.period_label;
    } else if (!d.has_period && !d.period_label) {
        d.period_label = rd->d.period_label;
        if (rd->d.doubted) {
            /* the row's period columns disagree (row_labels) */
            d.doubted = 1;
            if (!d.note) d.note = rd->d.note;
        }
    }
    /* a running total: from the start of the table's periods to the end of
     * its row's (corpus README: a figure as stated, over what it covers);
     * a year's own "2024/25 YTD" column beside rows with no period of their
     * own runs to the end the document gives that year (eng_period_defined) */
    if (k->cumulative && !(k->dims.has_period && !rd->d.has_period)) {
        const struct tcol *pc = NULL;
        for (int o = 0; o < s->nc && !pc; o++)
            if (s->col[o].kind == COL_LABEL && s->col[o].role == PRIMARY_PERIOD && s->col[o].has_span)
                pc = &s->col[o];
        struct foi_period across;
        if (!pc && !rd->d.has_period && !k->dims.has_period && running_across(tr, col, &across)) {
            /* "2024-25 FY | 2025-26 FY | 2026-27 FY (to 30 Nov) | Cumulative
             * since 1 April 2024": the span of the period columns beside it */
            d.period = across;
            d.has_period = 1;
            char a[11], b[11];
            foi_date_iso(&across.start, a);
            foi_date_iso(&across.end, b);
            d.period_label = foi_arena_printf(&c->arena, "%s (%s to %s)", k->head, a, b);
            if (!d.outcome)
                d.outcome = "total";
            goto cumulative_done;
        }
        if (!pc || !rd->d.has_period || k->dims.has_period ||
            foi_date_cmp(&pc->span.start, &rd->d.period.end) > 0) {
            left_out(tr, r, col, "a running total whose start the table does not give");
            return -1;
        }
        d.period.start = pc->span.start;
        d.period.end = rd->d.period.end;
        d.period.resolved = 1;
        d.period.kind = FOI_PER_RANGE;
        d.has_period = 1;
        char a[11];
        foi_date_iso(&pc->span.start, a);
        d.period_label = foi_arena_printf(&c->arena, "%s (from %s)", rd->d.period_label ? rd->d.period_label : "", a);
        if (!d.outcome)
            d.outcome = "total";
    }
cumulative_done:
    /* group rows */
    if (!d.category) d.category = tr->group.category;
    if (!d.subject) d.subject = tr->group.subject;
    if (!d.measure) d.measure = tr->group.measure;
    if (!d.force) d.force = tr->group.force;
    if (!d.force) d.force = tr->cap_force;
    if (!d.outcome && tr->group.outcome) d.outcome = tr->group.outcome;
    if (!d.has_period && tr->group.has_period && !d.period_label) {
        d.period = tr->group.period;
        d.has_period = 1;
        d.period_label = tr->group.period_label;
    }
    /* "Total" in the category column: the category's total when a group or
     * a column names the category, else a total across categories */
    if (rd->cat_total) {
        if (!d.category)
            return 0;
        if (!d.outcome)
            d.outcome = "total";
        if (!rd->d.category && !k->dims.category && d.category == tr->group.category)
            tr->group_closing = 1;   /* a block's Total ends the block */
    }
    /* a table with a column of categories says each row's category: a row
     * without one is no figure of a category */
    if (s->cat_col >= 0 && !d.category) {
        left_out(tr, r, s->cat_col, "its row gives no category");
        return -1;
    }
    /* the outcome: a header, a row label, a Total, or the table's one count */
    if (!d.outcome) {
        if (!s->has_outcome_col && !k->head_outcome)
            d.outcome = tr->state ? tr->state : "total";
        else if (rd->outcome_blank && rd->own_category)
            d.outcome = "total";   /* a category's row carrying its total above its outcomes */
        else {
            left_out(tr, r, col, "no outcome is given for it");
            return -1;
        }
    }
    /* the unit the table's corner gives its counts, else a measure or
     * subject a Total label names */
    if (!d.measure) d.measure = s->hmeasure ? s->hmeasure : s->tmeasure;
    if (!d.subject) d.subject = s->tsubject;
    /* a statement of what is counted ("Figures are numbers of complaints"),
     * unless the table's own heading or caption names another measure
     * ("Referrals to the IOPC" under a letter of complaints): what one table
     * says of itself is nearer its counts than what the letter says of all */
    if (c->statement_measure && !tr->multi_measure) {
        const char *own = tr->cap.measure ? tr->cap.measure : titled(tr->t->heading) ? tr->head.measure : NULL;
        d.measure = own ? own : c->statement_measure;
    }
    /* then the table's own words, then the request */
    int had_label = d.period_label != NULL && !d.has_period;
    if (!d.has_period && !had_label && tr->has_lperiod) {
        d.period = tr->lperiod;
        d.has_period = 1;
        d.period_label = tr->lperiod_label;
    }
    dims_fill_text(&d, &tr->cap);
    dims_fill_text(&d, &tr->title);
    int before_sheet = d.has_period;
    dims_fill_text(&d, &tr->sheet);
    if (!before_sheet && d.has_period)
        narrow_to_heading(&d, &tr->head);
    dims_fill_text(&d, &tr->head);
    if (!d.subject)
        d.subject = tr->note_subject;   /* the note right under the table */
    for (int i = 0; i < tr->nlead; i++)
        dims_fill_text(&d, &tr->lead[i]);
    for (int i = 0; i < tr->ntop; i++)
        dims_fill_text(&d, &tr->top[i]);
    if (!d.subject)
        d.subject = tr->section_subject;   /* the section heading above the table */
    if (!d.subject)
        d.subject = tr->ahead_subject;   /* "The outcomes below are for ..." above its sub-headings */
    if (tr->has_pointer) {
        /* "the outcomes of the allegations ... are in Table 2 (officers and
         * staff together)" */
        if (!d.subject && tr->pointer.subject && !tr->pointer.subject_left_out)
            d.subject = tr->pointer.subject;
        if (!d.measure && tr->pointer.measure)
            d.measure = tr->pointer.measure;
    }
    if (statement(c))
        dims_fill_text(&d, c->tstmt);
    if (!d.has_period && !had_label && tr->has_nperiod) {
        d.period = tr->nperiod;
        d.period_label = tr->nperiod_label;
        d.has_period = 1;
        d.note = d.note ? foi_arena_printf(&c->arena, "%s; %s", d.note, "period from the note under the table")
                        : "period from the note under the table";
    }
    if (intro(c)) {
        if (!d.measure)
            d.measure = c->intro->measure;
        if (!d.subject)
            d.subject = c->intro->subject;
    }
    if (!d.measure && (eng_nil_marks(c), c->nil_measure)) {
        /* the note defining nil says what is absent: what the cells count */
        const char *why = "measure read from the note that defines nil";
        d.measure = c->nil_measure;
        d.note = d.note ? foi_arena_printf(&c->arena, "%s; %s", d.note, why) : why;
    }
    if (!d.measure && s->lmeasure && !(c->doc->context && c->doc->context->measure && *c->doc->context->measure)) {
        /* "Allegation type": the rows are kinds of allegation, so the
         * counts are allegations; inferred, and a context file that says
         * otherwise is believed */
        const char *why = foi_arena_printf(&c->arena, "measure read from the column heading '%.60s'",
                                           s->col[s->cat_col].head);
        d.measure = s->lmeasure;
        d.inferred = 1;
        d.note = d.note ? foi_arena_printf(&c->arena, "%s; %s", d.note, why) : why;
    }
    if (!d.measure && tr->glmeasure && !(c->doc->context && c->doc->context->measure && *c->doc->context->measure)) {
        /* "Allegation type: Sexual assault" over the rows (round 32 part A) */
        const char *why = foi_arena_printf(&c->arena, "measure read from the group heading's '%.60s'", tr->glhead);
        d.measure = tr->glmeasure;
        d.inferred = 1;
        d.note = d.note ? foi_arena_printf(&c->arena, "%s; %s", d.note, why) : why;
    }
    if (!d.measure && tr->pivot_measure) {
        /* a pivot table ("Sum of Count") counts what the column it sums
         * counted in the workbook's data table */
        const char *why = foi_arena_printf(&c->arena, "measure of the column '%.40s' the pivot table sums",
                                           tr->pivot_field);
        d.measure = tr->pivot_measure;
        d.inferred = 1;
        d.note = d.note ? foi_arena_printf(&c->arena, "%s; %s", d.note, why) : why;
    }
    if (tr->question) {
        /* the question the table answers, before the whole request (one
         * question may count allegations, another referrals) */
        int had_period = d.has_period;
        dims_fill_text(&d, tr->question);
        if (!had_period && d.has_period) {
            d.inferred = 1;   /* the period asked for, as from the request */
            d.note = "period from the request";
        }
    }
    dims_fill_text(&d, &c->req);
    if (!d.measure && running_header_measure(c)) {
        /* a sheet printed to PDF with no words of its own but the title in
         * its page header */
        const char *why = "measure read from the header printed on every page";
        d.measure = c->rhead_measure;
        d.note = d.note ? foi_arena_printf(&c->arena, "%s; %s", d.note, why) : why;
    }
    if (!d.subject && running_header_subject(c)) {
        /* a report writer's "Employee group: All (police officers and
         * police staff)" in the header printed on every page */
        const char *why = "subject read from the header printed on every page";
        d.subject = c->rhead_subject;
        d.note = d.note ? foi_arena_printf(&c->arena, "%s; %s", d.note, why) : why;
    }
    if (!d.has_period && !had_label && eng_span_of(c, &c->req, 0, &d.period, &d.period_label)) {
        /* a table not divided by period, answering a request for several
         * periods one after another ("each of the financial years 2021/22,
         * 2022/23 and 2023/24"): their whole span */
        d.has_period = 1;
        d.inferred = 1;
        d.span_guess = 1;
        d.note = "period from the request: the whole span of the periods it asks for";
    }
    if (had_label && d.has_period)
        d.has_period = 0;   /* a period the table writes but foi cannot read: not replaced */
    /* a figure of no category would be `other`, a category it is not: left
     * out (as the letter side leaves out a count nothing ties to a
     * category), unless a context file or covering letter names one */
    if (!d.category && !(c->doc->context && c->doc->context->category && *c->doc->context->category)) {
        left_out(tr, r, col, "nothing says which category it counts (not the table, its caption, heading or "
                             "the lines above it, nor the request)");
        return -1;
    }
    if (tr->tperiod_context && d.has_period && d.period_label) {
        /* "Jan–Mar" read inside the period a context file or covering letter
         * gives: the year is the context's */
        struct foi_period_ctx pc = {0};
        struct foi_period p;
        if (!(foi_period_parse(d.period_label, &pc, &p) == 1 && p.resolved)) {
            d.inferred = 1;
            const char *o = c->doc->context->origin && *c->doc->context->origin ? c->doc->context->origin : "the context";
            d.note = foi_arena_printf(&c->arena, "'%s' read inside the period from %s", d.period_label, o);
        }
    }
    d.structured = 1;
    if (d.measure && k->head && *k->head)
        remember_colmeasure(c, k->head, d.measure);
    *out = d;
    return 1;
}

/* A period the current table's figures have, once (for the table after it
 * that points back at "all three years combined"). */
static void note_period(struct ectx *c, const struct dims *d)
{
    struct textdims *tp = &c->cur_tperiods;
    for (int i = 0; i < tp->nperiods; i++)
        if (!foi_date_cmp(&tp->periods[i].start, &d->period.start) &&
            !foi_date_cmp(&tp->periods[i].end, &d->period.end))
            return;
    if (tp->nperiods >= ENG_MAX_PERIODS)
        return;
    tp->periods[tp->nperiods] = d->period;
    tp->period_texts[tp->nperiods++] = d->period_label ? d->period_label : "";
}

static void unreadable(struct tread *tr, const char *loc, const char *text)
{
    struct ectx *c = tr->c;
    if (!c->unreadable_cells++) {
        c->unreadable_first = loc;
        c->unreadable_text = text;
    }
}

static int push_key(struct tread *tr, long seq, const struct dims *d, const struct foi_value *v)
{
    if (tr->nkeys == tr->akeys) {
        size_t na = tr->akeys ? tr->akeys * 2 : 256;
        struct fkey *p = foi_realloc(tr->keys, na * sizeof *p);
        if (!p)
            return tr->c->rc = FOI_ENOMEM;
        tr->keys = p;
        tr->akeys = na;
    }
    struct fkey *k = &tr->keys[tr->nkeys++];
    k->hash = figure_hash(tr, d);
    k->value = v->has_value ? v->value : (int64_t)v->min * 1000003 + v->max;
    k->status = (int)v->status;
    k->seq = seq;
    return 0;
}

static uint64_t group_hash(struct tread *tr, const struct dims *d)
{
    struct dims g = *d;
    g.outcome = NULL;
    return figure_hash(tr, &g);
}

/* pass 0: the figure d, v kept for total_bounds */
static void push_part(struct tread *tr, const struct dims *d, const struct foi_value *v)
{
    if (foi_grow((void **)&tr->parts, &tr->aparts, tr->nparts, sizeof *tr->parts))
        return;   /* no room: a withheld total keeps what the legend says */
    struct fpart *p = &tr->parts[tr->nparts++];
    p->group = group_hash(tr, d);
    p->outcome = canon_in(tr, FOI_VOCAB_OUTCOME, d->outcome);
    p->v = *v;
}

/* A total withheld with the cell that would give it away ("* Fewer than
 * three ... The staff total is withheld with it"): its bounds are its
 * printed outcomes' sum plus each withheld outcome's bounds, not the
 * legend's, where the legend's cannot hold it (the printed outcomes alone
 * come to more than the legend's upper bound). Where an outcome has no
 * bounds (refused, withheld with none) the total has none either, and so
 * where a count cell of the table could not be read (it may be one of
 * them). Where
 * the legend's bounds can hold the total they stand (the corpus keys "*"
 * totals 0..4 with no narrowing: nothing derived). 1 when v was changed,
 * with *why the note. (Round 43a.) */
static int total_bounds(struct tread *tr, const struct dims *d, struct foi_value *v, const char **why)
{
    if (v->status != FOI_VS_SUPPRESSED || v->has_value || !v->has_max || !tr->nparts)
        return 0;
    const char *oc = canon_in(tr, FOI_VOCAB_OUTCOME, d->outcome);
    if (*oc && strcmp(oc, "total"))
        return 0;
    uint64_t g = group_hash(tr, d);
    int64_t lo = 0, hi = 0;
    int n = 0, open = 0;
    for (size_t i = 0; i < tr->nparts; i++) {
        const struct fpart *p = &tr->parts[i];
        if (p->group != g || !*p->outcome || !strcmp(p->outcome, "total"))
            continue;
        for (size_t j = 0; j < i; j++)
            if (tr->parts[j].group == g && !strcmp(tr->parts[j].outcome, p->outcome))
                return 0;   /* an outcome twice: which one the total holds is not known */
        n++;
        if (p->v.status == FOI_VS_REPORTED && p->v.has_value) {
            lo += p->v.value;
            hi += p->v.value;
        } else if (p->v.status == FOI_VS_SUPPRESSED && !p->v.has_value && p->v.has_min && p->v.has_max) {
            lo += p->v.min;
            hi += p->v.max;
        } else if (p->v.status == FOI_VS_SUPPRESSED || p->v.status == FOI_VS_REFUSED) {
            open = 1;
        } else {
            return 0;   /* not held, NCND: no part of a count */
        }
    }
    if (n < 2 || lo <= v->max)
        return 0;   /* the legend's bounds can hold it */
    if (open || tr->unread_cells) {
        v->has_min = v->has_max = 0;
        v->min = v->max = 0;
        *why = "a total withheld with a withheld outcome: its printed outcomes alone exceed the legend's bounds, "
               "and one outcome has none: no bounds";
        return 1;
    }
    v->has_min = v->has_max = 1;
    v->min = lo;
    v->max = hi;
    *why = "a total withheld with a withheld outcome: its bounds are its printed outcomes plus the withheld "
           "outcome's bounds";
    return 1;
}

/* A cell's value read (eng_value's answer vr, v) with the mark the document
 * explains standing in it (mark, or NULL): its bounds where the cell's own
 * notation gives none ("c", "[x]") and its exemption; "not held" and
 * refused marks; the note explaining NCND's exemption. vr as it now is. */
static int marked_value(struct ectx *c, const struct eng_mark *mark, const char *raw, struct foi_value *v, int vr)
{
    if (mark && mark->kind == ENG_MARK_SUPPRESSED && mark->no_range && vr == 0 && v->status == FOI_VS_SUPPRESSED) {
        /* only the notation's own range ("<5"), none from another's note */
        struct foi_value own;
        if (foi_value_parse(raw, &own) == 0 && own.status == FOI_VS_SUPPRESSED && !own.has_min && !own.has_max) {
            v->has_min = v->has_max = 0;
            v->min = v->max = 0;
        }
    }
    if (mark && mark->kind == ENG_MARK_SUPPRESSED) {
        if (vr != 0 || v->status == FOI_VS_NONE) {
            memset(v, 0, sizeof *v);
            v->status = FOI_VS_SUPPRESSED;
            vr = 0;
        }
        if (v->status == FOI_VS_SUPPRESSED) {
            /* the document's own definition of this very notation ("'fewer
             * than 5' means between 1 and 4", "'**' means a count of 5 or
             * more") beats the notation's plain reading (0..4) */
            if (mark->has_bounds || (!v->has_min && !v->has_max && c->supp_has && !mark->no_range)) {
                v->min = mark->has_bounds ? mark->min : c->supp_min;
                /* the mark's definition wrapped over lines ("~: fewer than
                 * four, not given under section 40(2)" / "as it could
                 * identify the officer concerned"): its paragraph's range,
                 * read whole, narrows the line's (round 43a) */
                if (mark->has_bounds && !mark->open_max && c->supp_has && c->supp_max == mark->max &&
                    c->supp_min > mark->min)
                    v->min = c->supp_min;
                v->max = mark->has_bounds ? (mark->open_max ? 0 : mark->max) : c->supp_max;
                v->has_min = 1;
                v->has_max = !(mark->has_bounds && mark->open_max);
            }
            const char *ex = mark->exemption[0] ? mark->exemption
                             : c->supp_exemption[0] ? c->supp_exemption : c->doc_exemption;
            if (mark->exemption[0] || !v->exemption[0])
                foi_strlcpy(v->exemption, sizeof v->exemption, ex);
        }
    }
    if (vr == 0 && v->status == FOI_VS_NCND && !v->exemption[0] && c->ncnd_exemption[0])
        foi_strlcpy(v->exemption, sizeof v->exemption, c->ncnd_exemption);   /* the note explaining NCND */
    if (mark && mark->kind == ENG_MARK_NOT_HELD && (vr != 0 || v->status == FOI_VS_NONE)) {
        memset(v, 0, sizeof *v);   /* a mark the document defines as "not held" */
        v->status = FOI_VS_NOT_HELD;
        vr = 0;
    }
    if (mark && mark->kind == ENG_MARK_REFUSED &&
        (vr != 0 || v->status == FOI_VS_NONE || (v->status == FOI_VS_SUPPRESSED && !v->has_value))) {
        memset(v, 0, sizeof *v);   /* "See note": the note refuses that part */
        v->status = FOI_VS_REFUSED;
        foi_strlcpy(v->exemption, sizeof v->exemption, mark->exemption);
        vr = 0;
    }
    return vr;
}

/* ------------------------------------------------------------ cells of several figures */

#define MAX_PARTS 4

/* s[0..n) trimmed read as one figure (a count, a suppression mark, nil). */
static int part_value(struct ectx *c, const char *s, size_t n, struct foi_value *v)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    char buf[32];
    if (!n || n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    struct foi_value tmp;
    if (!v)
        v = &tmp;
    int vr = marked_value(c, eng_lex_mark(c, buf), buf, v, eng_value(c, buf, v));
    return vr == 0 && v->status != FOI_VS_NONE && !v->marker;
}

/* "24 (23 / 1)", "5 (3/2)" in s[0..n): a figure, then in brackets figures
 * parted by "/", and nothing after them: the figures into v (may be NULL);
 * their number (3 to MAX_PARTS), else 0. A share ("5 (28%)") or a footnote
 * ("12 (1)") holds one thing in its brackets: no parts. */
static int parts_of(struct ectx *c, const char *s, size_t n, struct foi_value *v)
{
    const char *open = memchr(s, '(', n);
    if (!open || memchr(s, '/', (size_t)(open - s)) || memchr(s, ')', (size_t)(open - s)))
        return 0;
    int np = 0;
    if (!part_value(c, s, (size_t)(open - s), v ? &v[np] : NULL))
        return 0;
    np++;
    const char *p = open + 1, *end = s + n;
    for (;;) {
        const char *q = p;
        while (q < end && *q != '/' && *q != ')' && *q != '(')
            q++;
        if (q == end || *q == '(' || np == MAX_PARTS || !part_value(c, p, (size_t)(q - p), v ? &v[np] : NULL))
            return 0;
        np++;
        p = q + 1;
        if (*q == ')')
            break;
    }
    while (p < end && isspace((unsigned char)*p))
        p++;
    return p == end && np >= 3 ? np : 0;
}

/* "3 (1)", "3\n(1)" in s[0..n): a figure, then one figure in brackets and
 * nothing after; no more in brackets than before them (the brackets count
 * some of the first figure). The figures into v (may be NULL); 2, else 0. */
static int bracket_pair(struct ectx *c, const char *s, size_t n, struct foi_value *v)
{
    const char *open = memchr(s, '(', n);
    const char *end = s + n;
    if (!open || memchr(s, ')', (size_t)(open - s)) || memchr(s, '/', (size_t)(open - s)))
        return 0;
    const char *close = memchr(open, ')', (size_t)(end - open));
    if (!close || memchr(open + 1, '(', (size_t)(close - open - 1)))
        return 0;
    for (const char *p = close + 1; p < end; p++)
        if (!isspace((unsigned char)*p))
            return 0;
    struct foi_value tmp[2];
    if (!v)
        v = tmp;
    if (!part_value(c, s, (size_t)(open - s), &v[0]) || !part_value(c, open + 1, (size_t)(close - open - 1), &v[1]))
        return 0;
    if (v[0].status == FOI_VS_REPORTED && v[1].status == FOI_VS_REPORTED && v[0].has_value && v[1].has_value &&
        v[1].value > v[0].value)
        return 0;
    return 2;
}

static const char *whole_subject(struct ectx *c, const char *s, size_t n);

/* A cell naming each figure's people beside it, "Officers: 15 Staff: 0"
 * (a line break between the parts) or "4 officers 2 staff": the label
 * before every figure or after every figure, each label all of it a
 * subject (a colon, dash or comma around it aside), all different. The
 * subjects into subj and the figures into v (either may be NULL); their
 * number (2 to MAX_PARTS), else 0. */
static int labelled_parts(struct ectx *c, const char *text, const char **subj, struct foi_value *v)
{
    const char *lab[MAX_PARTS + 1];
    size_t labn[MAX_PARTS + 1];
    const char *num[MAX_PARTS + 1];
    size_t numn[MAX_PARTS + 1];
    int nl = 0, nn = 0, num_first = -1;
    const char *p = text;
    while (*p) {
        while (*p && (isspace((unsigned char)*p) || *p == ':' || *p == ',' || *p == ';' || *p == '-' ||
                      *p == '/' || *p == '|'))
            p++;
        if (!*p)
            break;
        const char *q = p;
        if (isdigit((unsigned char)*p)) {
            while (isdigit((unsigned char)*q))
                q++;
            if (*q && !isspace((unsigned char)*q) && *q != ',' && *q != ';' && *q != ':')
                return 0;   /* "2nd", "15%", "15/16": no bare figure */
            if (nn == MAX_PARTS)
                return 0;
            if (num_first < 0)
                num_first = 1;
            num[nn] = p;
            numn[nn++] = (size_t)(q - p);
        } else {
            while (*q && !isdigit((unsigned char)*q) && *q != ':' && *q != ',' && *q != ';' && *q != '/' &&
                   *q != '|')
                q++;
            if (nl == MAX_PARTS)
                return 0;
            if (num_first < 0)
                num_first = 0;
            lab[nl] = p;
            labn[nl++] = (size_t)(q - p);
        }
        p = q;
    }
    if (nl < 2 || nl != nn)
        return 0;
    const char *ids[MAX_PARTS];
    for (int k = 0; k < nl; k++) {
        /* the tokens alternate: label, figure, label ... (or figure first) */
        if (num_first ? !(num[k] < lab[k] && (k + 1 == nn || lab[k] < num[k + 1]))
                      : !(lab[k] < num[k] && (k + 1 == nl || num[k] < lab[k + 1])))
            return 0;
        ids[k] = whole_subject(c, lab[k], labn[k]);
        if (!ids[k])
            return 0;
        for (int j = 0; j < k; j++)
            if (!strcmp(ids[j], ids[k]))
                return 0;
        if (v && !part_value(c, num[k], numn[k], &v[k]))
            return 0;
    }
    for (int k = 0; subj && k < nl; k++)
        subj[k] = ids[k];
    return nl;
}

int eng_cell_parts(struct ectx *c, const char *text, struct foi_value *v)
{
    if (c->ntparts && c->tparts_labelled && text) {
        const char *subj[MAX_PARTS];
        int np = labelled_parts(c, text, subj, v);
        if (np != c->ntparts)
            return 0;
        for (int k = 0; k < np; k++)
            if (strcmp(subj[k], c->tparts[k]))
                return 0;
        return np;
    }
    if (!c->ntparts || !text || !strchr(text, '('))
        return 0;
    if (c->tparts_outcome)
        return bracket_pair(c, text, strlen(text), v) == c->ntparts ? c->ntparts : 0;
    int np = parts_of(c, text, strlen(text), v);
    return np == c->ntparts ? np : 0;
}

/* The subject a piece of text names, all of it ("officers", "Police staff"),
 * or NULL. */
static const char *whole_subject(struct ectx *c, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    char buf[64];
    if (!n || n >= sizeof buf || !c->tax)
        return NULL;
    memcpy(buf, s, n);
    buf[n] = '\0';
    struct foi_match m;
    if (foi_taxonomy_match(c->tax, FOI_VOCAB_SUBJECT, buf, &m) <= 0 || !m.exact || m.part)
        return NULL;
    return m.id;
}

/* Subjects in a notation of the cells' parts, "all employees (officers /
 * staff)" in a table's title: the people named right before the brackets,
 * then each named alone between the slashes. Their ids into subj; their
 * number (3 or more, all different), else 0. */
static int parts_notation(struct ectx *c, const char *text, const char **subj)
{
    if (!text || !c->tax)
        return 0;
    for (const char *open = strchr(text, '('); open; open = strchr(open + 1, '(')) {
        const char *close = strchr(open, ')');
        if (!close || !memchr(open, '/', (size_t)(close - open)))
            continue;
        /* the people named right before the bracket */
        size_t pre = (size_t)(open - text);
        while (pre && isspace((unsigned char)text[pre - 1]))
            pre--;
        char *head = foi_arena_strndup(&c->arena, text, pre);
        if (!head) {
            c->rc = FOI_ENOMEM;
            return 0;
        }
        struct foi_match ms[16];
        int nm = foi_taxonomy_scan(c->tax, FOI_VOCAB_SUBJECT, head, ms, 16);
        if (nm <= 0 || ms[nm - 1].at + ms[nm - 1].len != pre || ms[nm - 1].part)
            continue;
        int n = 0;
        subj[n++] = ms[nm - 1].id;
        const char *p = open + 1;
        int ok = 1;
        while (ok && p <= close) {
            const char *q = p;
            while (q < close && *q != '/')
                q++;
            const char *id = n < MAX_PARTS ? whole_subject(c, p, (size_t)(q - p)) : NULL;
            for (int k = 0; id && k < n; k++)
                if (!strcmp(subj[k], id))
                    id = NULL;
            if (!id)
                ok = 0;
            else
                subj[n++] = id;
            p = q + 1;
        }
        if (ok && n >= 3)
            return n;
    }
    return 0;
}

/* A sentence defining the cells' parts by a worked example: "each cell
 * gives the number against all employees first, then in brackets the number
 * against police officers and the number against police staff, in that
 * order: for example 12 (9 / 3)". The sentence up to the example names as
 * many people, all different, as the example has parts: they are the parts'
 * subjects in that order. Read once per document into c->dparts. */
static void parts_sentence(struct ectx *c)
{
    if (c->dparts_done)
        return;
    c->dparts_done = 1;
    const struct foi_doc *doc = c->doc;
    for (int i = 0; i < doc->nlines && !c->rc; i++) {
        if (c->req_first >= 0 && i >= c->req_first && i <= c->req_last)
            continue;   /* the requester's words define nothing of the answer */
        const char *t = doc->lines[i].text;
        for (const char *open = strchr(t, '('); open; open = strchr(open + 1, '(')) {
            const char *a = open;
            while (a > t && a[-1] == ' ')
                a--;
            const char *num = a;
            while (num > t && isdigit((unsigned char)num[-1]))
                num--;
            const char *close = strchr(open, ')');
            if (num == a || (num > t && !isspace((unsigned char)num[-1])) || !close)
                continue;
            int np = parts_of(c, num, (size_t)(close + 1 - num), NULL);
            if (!np)
                continue;
            /* the sentence up to the example */
            const char *st = num;
            while (st > t && !((st[-1] == ' ' && st - 1 > t && (st[-2] == '.' || st[-2] == '!' || st[-2] == '?'))))
                st--;
            char *sent = foi_arena_strndup(&c->arena, st, (size_t)(num - st));
            if (!sent) {
                c->rc = FOI_ENOMEM;
                return;
            }
            struct foi_match ms[16];
            int nm = foi_taxonomy_scan(c->tax, FOI_VOCAB_SUBJECT, sent, ms, 16);
            if (nm != np)
                continue;
            int ok = 1;
            for (int k = 0; k < nm && ok; k++) {
                ok = !ms[k].part;
                for (int j = 0; j < k && ok; j++)
                    ok = strcmp(ms[j].id, ms[k].id) != 0;
            }
            if (!ok)
                continue;
            for (int k = 0; k < nm; k++)
                c->dparts[k] = ms[k].id;
            c->ndparts = nm;
            return;
        }
    }
}

/* A sentence defining cells of a figure and, in brackets, how many of
 * them had one outcome, by a worked example: "each cell shows the number
 * of allegations and, in brackets, the number of those where the officer
 * was dismissed. For example "3 (1)" means three allegations, one of which
 * led to dismissal." The paragraph speaks of brackets before its example
 * (a figure, then one figure no larger in brackets), and between the two
 * names one outcome, not a total: the bracketed figures are that outcome's.
 * Read once per document into c->doutcome. */
static void outcome_sentence(struct ectx *c)
{
    if (c->doutcome_done)
        return;
    c->doutcome_done = 1;
    const struct foi_doc *doc = c->doc;
    for (int i = 0; i < doc->nlines && !c->rc; i++) {
        if (c->req_first >= 0 && i >= c->req_first && i <= c->req_last)
            continue;   /* the requester's words define nothing of the answer */
        const char *t = doc->lines[i].text;
        const char *br = foi_strcasestr(t, "bracket");
        if (!br)
            continue;
        for (const char *open = strchr(br, '('); open; open = strchr(open + 1, '(')) {
            const char *a = open;
            while (a > br && a[-1] == ' ')
                a--;
            const char *num = a;
            while (num > br && isdigit((unsigned char)num[-1]))
                num--;
            const char *close = strchr(open, ')');
            /* the example stands alone: a space, a quotation mark or the
             * start before it, no figure or letter right after it */
            if (num == a || !close || (num > t && isalnum((unsigned char)num[-1])) ||
                isalnum((unsigned char)close[1]))
                continue;
            struct foi_value ex[2];
            if (bracket_pair(c, num, (size_t)(close + 1 - num), ex) != 2 || ex[0].status != FOI_VS_REPORTED ||
                ex[1].status != FOI_VS_REPORTED)
                continue;
            char *between = foi_arena_strndup(&c->arena, br, (size_t)(num - br));
            if (!between) {
                c->rc = FOI_ENOMEM;
                return;
            }
            struct foi_match ms[16];
            int nm = foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, between, ms, 16);
            const char *id = NULL;
            int ok = nm > 0;
            for (int k = 0; k < nm && ok; k++) {
                if (!strcmp(ms[k].id, "total"))
                    continue;
                if (ms[k].part || (id && strcmp(id, ms[k].id)))
                    ok = 0;
                id = ms[k].id;
            }
            if (ok && id) {
                c->doutcome = id;
                return;
            }
            break;   /* this paragraph's example is not of one outcome */
        }
    }
}

/* The parts' subjects where the table's cells name them ("Officers: 15
 * Staff: 0"): every such cell naming the same people in the same order, at
 * least two such cells; 1 and c->tparts set, else 0. */
static int table_labelled_parts(struct ectx *c, const struct foi_table *t)
{
    const char *first[MAX_PARTS], *subj[MAX_PARTS];
    int n = 0, cells = 0;
    for (int r = 0; r < t->nrows; r++)
        for (int col = 0; col < t->ncols; col++) {
            const struct foi_cell *cell = foi_table_cell(t, r, col);
            if ((cell->flags & FOI_CELL_SPANNED) || !*cell->text)
                continue;
            int k = labelled_parts(c, cell->text, subj, NULL);
            if (!k)
                continue;
            if (!n) {
                n = k;
                memcpy(first, subj, sizeof subj);
            } else if (k != n) {
                return 0;
            }
            for (int j = 0; j < k; j++)
                if (strcmp(first[j], subj[j]))
                    return 0;
            cells++;
        }
    if (cells < 2)
        return 0;
    for (int k = 0; k < n; k++)
        c->tparts[k] = first[k];
    c->ntparts = n;
    c->tparts_labelled = 1;
    return 1;
}

/* Whether a cell of table t is in the notation c->tparts defines. */
static int table_has_parts(struct ectx *c, const struct foi_table *t)
{
    for (int r = 0; r < t->nrows; r++)
        for (int col = 0; col < t->ncols; col++)
            if (eng_cell_parts(c, foi_table_cell(t, r, col)->text, NULL) > 0)
                return 1;
    return 0;
}

/* The parts' subjects for table t, when its cells hold several figures
 * the document defines: the notation in its caption or heading, else the
 * document's sentence; set only if a cell of the table is in it
 * (c->tparts, c->ntparts); first, the people the cells name beside
 * their figures; last, a figure and in brackets how many of it had the
 * outcome a sentence of the document defines (c->tparts_outcome). */
static void table_parts(struct ectx *c, const struct foi_table *t, const char *heading)
{
    c->ntparts = 0;
    c->tparts_labelled = 0;
    c->tparts_outcome = 0;
    if (c->tax && table_labelled_parts(c, t))
        return;
    int any = 0, pairs = 0;
    for (size_t i = 0; i < (size_t)t->nrows * (size_t)t->ncols; i++) {
        const char *x = t->cells[i].text;
        any |= strchr(x, '(') && strchr(x, '/');
        pairs |= strchr(x, '(') && !strchr(x, '/');
    }
    if (!c->tax)
        return;
    if (any) {
        const char *subj[MAX_PARTS];
        int n = parts_notation(c, t->caption, subj);
        if (!n)
            n = parts_notation(c, heading, subj);
        if (!n) {
            parts_sentence(c);
            n = c->ndparts;
            for (int k = 0; k < n; k++)
                subj[k] = c->dparts[k];
        }
        for (int k = 0; k < n; k++)
            c->tparts[k] = subj[k];
        c->ntparts = n;
        if (n && table_has_parts(c, t))
            return;
        c->ntparts = 0;
    }
    if (!pairs)
        return;
    /* "3 (1)": a figure and how many of it had the outcome the document's
     * sentence names */
    outcome_sentence(c);
    if (!c->doutcome)
        return;
    c->tparts[0] = NULL;
    c->tparts[1] = c->doutcome;
    c->ntparts = 2;
    c->tparts_outcome = 1;
    if (!table_has_parts(c, t))
        c->ntparts = c->tparts_outcome = 0;
}

/* "Abuse of position for a sexual purpose | Withheld – section 40(2)" in one
 * cell merged across every outcome column and the Total: the row's count
 * withheld as one, not each outcome apart. The count column kept (the one
 * headed Total, else the first, then read as the row's total into
 * *as_total), or -1 when row r is no such row: its first count cell holds a
 * withheld or refused value naming no number and no bounds, every other
 * count cell is a copy of it filled in by the merge, and there are two or
 * more. */
static int withheld_row(struct tread *tr, int r, int *as_total)
{
    struct ectx *c = tr->c;
    const struct foi_table *t = tr->t;
    const struct tshape *s = &tr->s;
    int first = -1, n = 0, total = -1, outcomes = 1;
    const char *text = NULL;
    *as_total = 0;
    for (int col = 0; col < s->nc; col++) {
        if (s->col[col].kind != COL_COUNT)
            continue;
        const struct foi_cell *cell = foi_table_cell(t, r, col);
        if (first < 0) {
            if ((cell->flags & FOI_CELL_SPANNED) || !*cell->text)
                return -1;
            first = col;
            text = cell->text;
        } else if (!(cell->flags & FOI_CELL_SPANNED) || strcmp(cell->text, text)) {
            return -1;
        }
        n++;
        const char *o = s->col[col].dims.outcome;
        const char *oid = o && c->tax ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_OUTCOME, o) : NULL;
        if (oid && !strcmp(oid, "total"))
            total = col;
        else if (!o)
            outcomes = 0;
    }
    if (n < 2)
        return -1;
    struct foi_value v;
    memset(&v, 0, sizeof v);
    const struct eng_mark *mark = eng_lex_mark(c, text);
    int vr = marked_value(c, mark, text, &v, eng_value(c, text, &v));
    if (vr != 0 || (v.status != FOI_VS_SUPPRESSED && v.status != FOI_VS_REFUSED) || v.has_value || v.has_min ||
        v.has_max)
        return -1;
    if (total >= 0)
        return total;
    if (!outcomes)
        return -1;   /* across periods or people: not one count's parts */
    *as_total = 1;
    return first;
}

/* "Violence against women and girls | n/h | n/h | ... | n/h" where "n/h"
 * is defined as not held: the force holds none of that row's count, which
 * is one not_held row (corpus README: outcome total), not one per outcome.
 * The Total column kept, or -1 when row r is no such row: two or more count
 * cells, all the same text read as not held, every count column an outcome
 * (not periods or people) and one of them the Total. */
static int not_held_row(struct tread *tr, int r)
{
    struct ectx *c = tr->c;
    const struct foi_table *t = tr->t;
    const struct tshape *s = &tr->s;
    int n = 0, total = -1;
    const char *text = NULL;
    for (int col = 0; col < s->nc; col++) {
        if (s->col[col].kind != COL_COUNT)
            continue;
        const struct foi_cell *cell = foi_table_cell(t, r, col);
        if (!text) {
            if (!*cell->text)
                return -1;
            text = cell->text;
        } else if (strcmp(cell->text, text)) {
            return -1;
        }
        n++;
        const char *o = s->col[col].dims.outcome;
        const char *oid = o && c->tax ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_OUTCOME, o) : NULL;
        if (!o)
            return -1;   /* across periods or people: not one count's parts */
        if (oid && !strcmp(oid, "total"))
            total = col;
    }
    if (n < 2 || total < 0)
        return -1;
    struct foi_value v;
    memset(&v, 0, sizeof v);
    const struct eng_mark *mark = eng_lex_mark(c, text);
    int vr = marked_value(c, mark, text, &v, eng_value(c, text, &v));
    if (vr != 0 || v.status != FOI_VS_NOT_HELD)
        return -1;
    return total;
}

/* A row of blanks the document defines as nil ("A blank cell means nil"):
 * every count cell empty, and a label in a label column after the first
 * ("Sexual misconduct | No case to answer |  |  |", or "  | No case to
 * answer |  |" under a type named on its block's first row): a row of
 * zeros, not a group heading (a heading names its group in the first label
 * column alone). Without such a definition, or with one label column, the
 * row stays what it was. */
static int nil_row(const struct tread *tr, int r)
{
    if (!(tr->s.nil & NIL_BLANK))
        return 0;
    int first = -1, inner = 0, counts = 0;
    for (int col = 0; col < tr->s.nc; col++) {
        const struct foi_cell *cell = foi_table_cell(tr->t, r, col);
        if (tr->s.col[col].kind == COL_COUNT) {
            if (*cell->text || (cell->flags & FOI_CELL_SPANNED))
                return 0;
            counts++;
            continue;
        }
        if (tr->s.col[col].kind != COL_LABEL)
            continue;
        if (first < 0) {
            first = col;
            continue;
        }
        inner |= *cell->text && !(cell->flags & FOI_CELL_SPANNED);
    }
    return counts > 0 && inner;
}

/* One pass over the body: pass 0 finds every figure's identity, pass 1
 * emits the figures that are not ambiguous. */
static int table_pass(struct tread *tr)
{
    struct ectx *c = tr->c;
    const struct foi_table *t = tr->t;
    const struct tshape *s = &tr->s;
    memset(&tr->group, 0, sizeof tr->group);
    tr->group_unknown = 0;
    tr->group_from_pivot = 0;
    tr->gkind = -1;
    tr->has_outer = 0;
    tr->glmeasure = tr->glhead = NULL;
    tr->seq = 0;
    tr->cfig = 0;
    for (int col = 0; col < s->nc; col++)
        tr->filled[col] = NULL;
    for (int r = s->h; r < s->nr && !c->rc; r++) {
        if (!count_cells(tr, r) && !nil_row(tr, r)) {
            group_row(tr, r);
            continue;
        }
        struct rowdims rd;
        int cached = tr->pass == 1 && tr->rows != NULL;
        if (cached)
            rd = tr->rows[r];
        else
            row_labels(tr, r, &rd);
        if (tr->pass == 0 && tr->rows)
            tr->rows[r] = rd;
        tr->group_closing = 0;
        int row_total = 0, row_keep = withheld_row(tr, r, &row_total);
        int nh_keep = row_keep < 0 ? not_held_row(tr, r) : -1;
        for (int col = 0; col < s->nc && !c->rc; col++) {
            if (s->col[col].kind != COL_COUNT || (row_keep >= 0 && col != row_keep) ||
                (nh_keep >= 0 && col != nh_keep))
                continue;
            const struct foi_cell *cell = foi_table_cell(t, r, col);
            int y;
            int kind = eng_tcell_kind_at(s, t, r, col, &y);
            /* a dash or blank cell the document defines as nil */
            const char *nil_note = NULL;
            if ((kind == CK_COUNT && eng_dash_cell(cell->text)) ||
                (kind == CK_EMPTY && !*cell->text && (s->nil & NIL_BLANK) && !(cell->flags & FOI_CELL_SPANNED)))
                nil_note = *cell->text ? "a dash, which the document defines as nil"
                                       : "a blank cell, which the document defines as nil";
            else if (kind == CK_EMPTY) {
                /* ".." where the document says ".. not available (the flag
                 * was introduced in April 2024)": a cell the force does not
                 * hold (a not_held row), not nothing */
                const struct eng_mark *mk = *cell->text ? eng_lex_mark(c, cell->text) : NULL;
                if (!mk || mk->kind != ENG_MARK_NOT_HELD)
                    continue;
            }
            struct foi_value v, pv[MAX_PARTS];
            /* a cell of several figures the document defines ("24 (23 / 1)") */
            int np = nil_note ? 0 : eng_cell_parts(c, cell->text, pv);
            /* where the cells name each figure's people, a cell of one
             * figure, a dash or a mark names no one: whose it is is not said */
            if (!np && c->tparts_labelled)
                continue;
            const struct eng_mark *mark = nil_note || np ? NULL : eng_lex_mark(c, cell->text);
            int vr = np ? 0 : eng_value(c, nil_note ? "0" : cell->text, &v);
            if (np)
                v = pv[0];
            vr = marked_value(c, mark, cell->text, &v, vr);
            /* "ll" in an OCR layer's count cell: 11, read below 0.5 */
            char ocr_buf[8];
            const char *ocr_note = NULL;
            if ((vr != 0 || v.status == FOI_VS_NONE) && !np && !mark &&
                eng_ocr_letter_digits(c->doc, t, r, cell->text, ocr_buf) && eng_value(c, ocr_buf, &v) == 0 &&
                v.status == FOI_VS_REPORTED) {
                vr = 0;
                ocr_note = foi_arena_printf(&c->arena, "the OCR layer's '%s' read as %s: check it against the image",
                                            cell->text, ocr_buf);
            }
            if (vr != 0 || v.status == FOI_VS_NONE) {
                if (tr->pass == 1)
                    unreadable(tr, foi_cell_locator_in(&c->arena, c->doc, t, r, col), cell->text);
                else
                    tr->unread_cells++;
                continue;
            }
            /* a number withheld whole with no bounds stated is refused
             * (a suppressed figure carries its bounds) */
            if (row_keep >= 0)
                v.status = FOI_VS_REFUSED;
            struct dims d;
            size_t ci = (size_t)r * (size_t)s->nc + (size_t)col;
            if (cached) {
                if (tr->cellres[ci] != 1)
                    continue;
                if ((size_t)tr->cfig >= tr->ndseq)
                    return c->rc = FOI_EUSAGE;   /* cannot be: pass 1 meets pass 0's figures */
                d = tr->dseq[tr->cfig];
            } else {
                int fr = cell_figure(tr, r, col, &rd, &d);
                if (tr->pass == 0 && tr->rows) {
                    tr->cellres[ci] = fr > 0 ? 1 : 2;
                    if (fr > 0 && !foi_grow((void **)&tr->dseq, &tr->adseq, tr->ndseq, sizeof *tr->dseq))
                        tr->dseq[tr->ndseq++] = d;
                    else if (fr > 0)
                        pass_cache_drop(tr);   /* no room: pass 1 works it all out again */
                }
                if (fr <= 0)
                    continue;
            }
            if (row_keep >= 0) {
                if (row_total)
                    d.outcome = "total";
                const char *wn = "one withheld cell across the row's counts: the row's total, refused (no bounds stated)";
                d.note = d.note ? foi_arena_printf(&c->arena, "%s; %s", d.note, wn) : wn;
            }
            tr->cfig++;
            const char *corr_loc = NULL;
            if (!np && tr->pass == 1)
                corr_loc = foi_cell_locator_in(&c->arena, c->doc, t, r, col);
            if (!np && corrected_cell(tr, &d, &v, &corr_loc) && nil_note)
                nil_note = NULL;
            /* each part of a cell of several figures is a figure of the
             * part's people; a cell of one figure in such a table is the
             * first part's (a "0" where there were none) */
            for (int p = 0; p < (np ? np : 1) && !c->rc; p++) {
                struct dims dp = d;
                if (c->ntparts && c->tparts_outcome) {
                    /* the bracketed figure counts some of the cell's
                     * total: of a figure of one outcome it says nothing */
                    if (p && !(d.outcome && !strcmp(d.outcome, "total")))
                        continue;
                    if (p)
                        dp.outcome = c->tparts[p];
                } else if (c->ntparts)
                    dp.subject = c->tparts[p];
                const struct foi_value *pvv = np ? &pv[p] : &v;
                long seq = tr->seq++;
                if (tr->pass == 0) {
                    if (push_key(tr, seq, &dp, pvv))
                        return c->rc;
                    push_part(tr, &dp, pvv);
                    continue;
                }
                if (tr->drop && tr->drop[seq]) {
                    if (seq == tr->first_collided) {
                        tr->collide_r = r;
                        tr->collide_col = col;
                    }
                    continue;
                }
                const char *loc = corr_loc && !np ? corr_loc : foi_cell_locator_in(&c->arena, c->doc, t, r, col);
                if (nil_note)
                    dp.note = dp.note ? foi_arena_printf(&c->arena, "%s; %s", dp.note, nil_note) : nil_note;
                if (ocr_note) {
                    dp.note = dp.note ? foi_arena_printf(&c->arena, "%s; %s", dp.note, ocr_note) : ocr_note;
                    dp.doubted = 1;
                    if (!c->ocr_letter_cells++) {
                        c->ocr_letter_first = loc;
                        c->ocr_letter_text = foi_arena_printf(&c->arena, "'%s' as %s", cell->text, ocr_buf);
                    }
                }
                struct foi_value tv;
                const char *tb_why = NULL;
                if (pvv->status == FOI_VS_SUPPRESSED && !pvv->has_value) {
                    tv = *pvv;
                    if (total_bounds(tr, &dp, &tv, &tb_why)) {
                        pvv = &tv;
                        dp.note = dp.note ? foi_arena_printf(&c->arena, "%s; %s", dp.note, tb_why) : tb_why;
                    }
                }
                eng_emit(c, &dp, cell->text, pvv, loc, cell->text, c->o->confidence);
                if (dp.has_period && foi_date_cmp(&dp.period.start, &dp.period.end))
                    note_period(c, &dp);
            }
        }
        if (cached)
            tr->group_closing = tr->row_closing[r];
        else if (tr->pass == 0 && tr->rows)
            tr->row_closing[r] = (unsigned char)tr->group_closing;
        if (tr->group_closing)
            tr->group.category = NULL;
        if (rd.opens_group) {
            memset(&tr->group, 0, sizeof tr->group);
            tr->group_unknown = 0;
            tr->group.category = rd.opens_group;
            tr->group_from_pivot = 1;
            tr->gkind = -1;
            tr->has_outer = 0;
        }
    }
    return c->rc;
}

/* keys in key_cmp's order. Keys come in seq order, so a stable radix sort
 * by hash (eight 8-bit digits) gives that order without a comparison
 * call per step; small or unordered sets, or no room, go through qsort. */
static void sort_keys(struct fkey *k, size_t n)
{
    int ordered = n >= 512;
    for (size_t i = 1; i < n && ordered; i++)
        ordered = k[i - 1].seq < k[i].seq;
    struct fkey *tmp = ordered ? foi_malloc(n * sizeof *tmp) : NULL;
    size_t cnt[256];
    if (!tmp) {
        qsort(k, n, sizeof *k, key_cmp);
        return;
    }
    struct fkey *from = k, *to = tmp;
    for (int shift = 0; shift < 64; shift += 8) {
        memset(cnt, 0, sizeof cnt);
        for (size_t i = 0; i < n; i++)
            cnt[(from[i].hash >> shift) & 0xff]++;
        size_t sum = 0;
        for (size_t b = 0; b < 256; b++) {
            size_t c = cnt[b];
            cnt[b] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++)
            to[cnt[(from[i].hash >> shift) & 0xff]++] = from[i];
        struct fkey *t = from;
        from = to;
        to = t;
    }
    /* an even number of passes: the sorted keys are back in k */
    foi_free(tmp);
}

/* Cells claiming the same figure: one restated value is one figure; two
 * different values leave both out. */
static int find_collisions(struct tread *tr)
{
    if (tr->nkeys < 2)
        return 0;
    tr->drop = foi_calloc(tr->nkeys, 1);
    if (!tr->drop)
        return tr->c->rc = FOI_ENOMEM;
    tr->first_collided = -1;
    sort_keys(tr->keys, tr->nkeys);
    for (size_t i = 0; i < tr->nkeys;) {
        size_t j = i + 1;
        int differ = 0;
        while (j < tr->nkeys && tr->keys[j].hash == tr->keys[i].hash) {
            if (tr->keys[j].value != tr->keys[i].value || tr->keys[j].status != tr->keys[i].status)
                differ = 1;
            j++;
        }
        for (size_t k = i; k < j; k++) {
            if (differ) {
                tr->drop[tr->keys[k].seq] = 1;
                tr->collided++;
                if (tr->first_collided < 0 || tr->keys[k].seq < tr->first_collided)
                    tr->first_collided = tr->keys[k].seq;
            } else if (k > i) {
                tr->drop[tr->keys[k].seq] = 2;
            }
        }
        i = j;
    }
    return 0;
}

/* One table_not_understood warning about table t (located at its first cell). */
static void table_issue(struct tread *tr, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void table_issue(struct tread *tr, const char *fmt, ...)
{
    struct ectx *c = tr->c;
    if (!c->out->issue)
        return;
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *loc = foi_cell_locator_in(&c->arena, c->doc, tr->t, 0, 0);
    c->out->issue(c->out, FOI_SEV_WARNING, "table_not_understood", loc, msg);
}

static void quote_examples(char *buf, size_t n, const struct tshape *s)
{
    size_t k = 0;
    buf[0] = '\0';
    for (int i = 0; i < s->nunknown_ex && k + 8 < n; i++) {
        int w = snprintf(buf + k, n - k, "%s'%.40s'", i ? ", " : "", s->unknown_ex[i]);
        if (w < 0)
            break;
        k += (size_t)w;
        if (k >= n)
            k = n - 1;
    }
}

/* ------------------------------------------------------------ topic */
/* Does text speak of what the dataset counts: a measure of misconduct
 * ("allegations", "complaints", "referrals", as the taxonomy reads them) or an
 * outcome of one ("dismissed", "no case to answer")? Categories alone do not:
 * "Domestic Abuse Matters training" is no allegation of domestic abuse. */
static int topic_text(struct ectx *c, const char *text)
{
    /* words of the dataset's subject itself (structure of the question,
     * not labels): misconduct proceedings and their investigation */
    static const char *const stems[] = { "misconduct", "conduct matter", "disciplin", "professional standards",
                                         "investigat", NULL };
    if (!text || !*text)
        return 0;
    for (int i = 0; stems[i]; i++)
        if (foi_strcasestr(text, stems[i]))
            return 1;
    struct foi_match ms[16];
    int n = foi_taxonomy_scan(c->tax, FOI_VOCAB_MEASURE, text, ms, 16);
    for (int i = 0; i < n; i++)
        if (!strcmp(ms[i].id, "allegations") || !strcmp(ms[i].id, "complaints") || !strcmp(ms[i].id, "referrals"))
            return 1;
    n = foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, text, ms, 16);
    for (int i = 0; i < n; i++)
        if (strcmp(ms[i].id, "total") && strcmp(ms[i].id, "other"))
            return 1;
    return 0;
}

/* A document whose text and tables never speak of misconduct (no measure of
 * it, no outcome; the letter's boilerplate not counted) is not about it: a
 * table of people trained on a "Domestic Abuse" course gives no figures. A
 * context file or covering letter saying what the figures are is enough. */
static int on_topic(struct ectx *c)
{
    const struct foi_doc_context *x = c->doc->context;
    if (x && ((x->measure && *x->measure) || (x->category && *x->category)))
        return 1;
    if (!c->tax || topic_text(c, c->doc->title))
        return 1;
    int prose = 0;
    for (int i = 0; i < c->doc->nlines; i++) {
        const struct eng_block *b = block_of(c, i);
        if (b && b->zone == ZN_BOILER)
            continue;
        const char *t = c->doc->lines[i].text;
        if (topic_text(c, t))
            return 1;
        int words = 1;
        for (const char *p = t; *p; p++)
            words += *p == ' ';
        prose |= words >= 6;
    }
    if (!prose)
        return 1;   /* a bare table: nothing to judge its subject by */
    long cells = 0;
    for (int t = 0; t < c->doc->ntables; t++) {
        const struct foi_table *tb = &c->doc->tables[t];
        if (topic_text(c, tb->caption) || topic_text(c, tb->heading) || topic_text(c, tb->sheet))
            return 1;
        for (int r = 0; r < tb->nrows && cells < 50000; r++)
            for (int k = 0; k < tb->ncols && cells < 50000; k++) {
                const struct foi_cell *cl = foi_table_cell(tb, r, k);
                if (!*cl->text || (cl->flags & FOI_CELL_SPANNED) || !isalpha((unsigned char)cl->text[0]))
                    continue;
                cells++;
                if (topic_text(c, cl->text))
                    return 1;
            }
        if (cells >= 50000)
            return 1;   /* a table that large is not read for its topic: as before */
    }
    return 0;
}

/* "Outcome (finalised 2024/25)": the header of a column of labels that
 * names one period says the period of the whole table's counts (below its
 * own header cells, the caption and the lines above); two label headers
 * naming different periods say nothing. */
static void label_head_period(struct ectx *c, struct tread *tr)
{
    const struct tshape *s = &tr->s;
    int n = 0;
    for (int col = 0; col < s->nc; col++) {
        const struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL || !k->head || !*k->head)
            continue;
        struct textdims td;
        eng_textdims(c, k->head, &td);
        struct dims d;
        memset(&d, 0, sizeof d);
        dims_fill_text(&d, &td);
        if (!d.has_period)
            continue;
        if (n && (foi_date_cmp(&d.period.start, &tr->lperiod.start) || foi_date_cmp(&d.period.end, &tr->lperiod.end))) {
            tr->has_lperiod = 0;
            return;
        }
        tr->lperiod = d.period;
        tr->lperiod_label = d.period_label;
        tr->has_lperiod = 1;
        n++;
    }
}

/* Words that point back at the figures of the table before ("Outcomes of
 * those allegations", "these cases", "the same allegations", "the
 * allegations above"): a demonstrative right before a counted noun, or the
 * noun right before "above". */
static int refers_back(struct ectx *c, const char *text)
{
    if (!text || !*text)
        return 0;
    static const char *const dets[] = { "those ", "these ", "the same ", "the above ", NULL };
    struct foi_match ms[16];
    int n = foi_taxonomy_scan(c->tax, FOI_VOCAB_MEASURE, text, ms, 16);
    for (int i = 0; i < n; i++) {
        size_t at = ms[i].at, end = at + ms[i].len;
        for (int k = 0; dets[k]; k++) {
            size_t dl = strlen(dets[k]);
            if (at >= dl && !strncasecmp(text + at - dl, dets[k], dl) &&
                (at == dl || !isalpha((unsigned char)text[at - dl - 1])))
                return 1;
        }
        if (!strncasecmp(text + end, " above", 6) && !isalpha((unsigned char)text[end + 6]))
            return 1;
    }
    return 0;
}

/* What a table's own words say it counts, for the table after it; and, for
 * a table whose words point back at the one before, what that one counts
 * where its own words are silent. */
static void carry_over(struct ectx *c, const struct foi_table *t, struct tread *tr)
{
    const struct textdims *own[3 + 4] = { &tr->cap, &tr->head, NULL };
    int no = 2;
    for (int i = 0; i < tr->nlead && no < 7; i++)
        own[no++] = &tr->lead[i];
    const char *subj = NULL, *meas = NULL, *cat = NULL;
    for (int i = 0; i < no; i++) {
        if (!subj) subj = own[i]->subject;
        if (!meas) meas = own[i]->measure;
        if (!cat && own[i]->ncats == 1) cat = own[i]->category;
    }
    int back = refers_back(c, t->caption) || refers_back(c, t->heading);
    if (back && !subj && !tr->head.subject && c->prev_tsubject)
        tr->head.subject = subj = c->prev_tsubject;
    if (back && !meas && !tr->head.measure && c->prev_tmeasure)
        tr->head.measure = meas = c->prev_tmeasure;
    if (back && !cat && tr->head.ncats == 0 && c->prev_tcategory) {
        tr->head.category = cat = c->prev_tcategory;
        tr->head.cats[0] = cat;
        tr->head.ncats = 1;
    }
    /* "Outcomes of those allegations, ..., all three years combined" under
     * a table by year: the span of that table's years, as the document
     * prints them (not the request's), when they are as many as it says */
    const char *said = refers_back(c, t->heading) ? t->heading : refers_back(c, t->caption) ? t->caption : NULL;
    int want = 0;
    if (said && c->prev_tperiods.nperiods > 1 && eng_span_phrase(said, &want)) {
        struct textdims own;
        eng_textdims(c, said, &own);
        struct foi_period sp;
        const char *label;
        struct textdims *to = said == t->heading ? &tr->head : &tr->cap;
        if (!own.nperiods && eng_span_of(c, &c->prev_tperiods, want, &sp, &label)) {
            to->periods[0] = sp;
            to->period_texts[0] = label;
            to->nperiods = 1;
        }
    }
    c->prev_tsubject = subj;
    c->prev_tmeasure = meas;
    c->prev_tcategory = cat;
}

/* A headline counting people in a state ("Police officers suspended or
 * placed on restricted duties, by type of allegation"): its counts are not
 * the people's total but that state, the one outcome it names (other than a
 * total); NULL when it counts no people or names no single outcome. */
static const char *people_state(struct ectx *c, const char *text)
{
    if (!text || !*text || !c->tax)
        return NULL;
    struct textdims td;
    eng_textdims(c, text, &td);
    if (!td.measure || strcmp(td.measure, "individuals"))
        return NULL;
    struct foi_match ms[16];
    int n = foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, text, ms, 16);
    const char *id = NULL;
    int at = -1;
    for (int i = 0; i < n; i++) {
        if (!strcmp(ms[i].id, "total"))
            continue;
        if (id && strcmp(id, ms[i].id))
            return NULL;
        if (!id) {
            id = ms[i].id;
            at = i;
        }
    }
    return at < 0 ? NULL : foi_arena_strndup(&c->arena, text + ms[at].at, ms[at].len);
}

static int table_extract_in(struct ectx *c, const struct foi_table *t, int prev_anchor, const char *heading);

/* A title saying its table is withdrawn: superseded, or not to be used
 * ("DRAFT v0.3 - SUPERSEDED by sheet 'Response' - do not use", "Appendix B
 * - as previously published (SUPERSEDED)", a sheet "Draft (superseded)").
 * Not when the same words say the table is the one that replaces ("Revised
 * figures: the earlier ones are superseded", "superseded by the table
 * below"). */
static int withdrawn_title(const char *s)
{
    if (!s)
        return 0;
    static const char *const use[] = { "superseded", "do not use", "not to be used", "should not be used",
                                       "must not be used", NULL };
    static const char *const keep[] = { "below", "following", "revised", "corrected", "amended", "updated",
                                        "restated", "supersedes", "replaces", "replacing", NULL };
    int hit = 0;
    for (int i = 0; use[i] && !hit; i++)
        hit = foi_strcasestr(s, use[i]) != NULL;
    for (int i = 0; keep[i] && hit; i++)
        if (foi_strcasestr(s, keep[i]))
            hit = 0;
    return hit;
}

/* The figures of table t: its cells' notation (table_parts) worked out
 * first, dropped after it. */
/* The line right above the table when it is the table's title set as a
 * paragraph ("Table 1: VAWG crime recorded in ...", a caption turned into
 * a line of text): short, one sentence, opening "Table" (or, with lead,
 * ending in a colon); else NULL. */
static const char *title_above(const struct ectx *c, const struct foi_table *t, int lead)
{
    const struct foi_doc *doc = c->doc;
    if (t->anchor_line <= 0 || t->anchor_line > doc->nlines)
        return NULL;
    const char *x = doc->lines[t->anchor_line - 1].text;
    while (x && *x == ' ')
        x++;
    if (!x || strlen(x) > 160 || strstr(x, ". "))
        return NULL;
    /* lead: also a sentence that introduces the table ("The crime
     * recording system also holds offences where ...:") */
    size_t n = strlen(x);
    while (n && x[n - 1] == ' ')
        n--;
    if (strncasecmp(x, "table ", 6) && !(lead && n && x[n - 1] == ':'))
        return NULL;
    return x;
}

/* A title saying its table is not the answer: other forces' people
 * ("Investigations carried out ... on behalf of other forces (their officers,
 * not ours)"), or context that counts no allegations ("Other information
 * (context only - not allegations against officers or staff)"). */
static int not_answer_title(const char *s)
{
    /* a title, not a paragraph above the table that may say so of some of
     * its columns ("The last two columns are for context only: ...") */
    if (!s || strlen(s) > 160 || strstr(s, ". "))
        return 0;
    static const char *const cue[] = { "on behalf of other forces", "for other forces", "other forces' officers",
                                       "other forces\xe2\x80\x99 officers", "not ours", "not our officers",
                                       "not our staff", "not our own officers", "context only",
                                       "not allegations against", "not part of the answer", "not part of our answer",
                                       NULL };
    for (int i = 0; cue[i]; i++)
        if (foi_strcasestr(s, cue[i]))
            return 1;
    return 0;
}

/* A sheet whose title rows above its table withdraw it ("SUPERSEDED - our
 * response to your request of last year, kept for reference only. Use the
 * sheet Current response."): the title lines of the table's own sheet, up to
 * the table, read as withdrawn_title reads a caption. Only on a sheet (a
 * letter's paragraphs above a table are not its title). */
static int sheet_title_withdrawn(const struct ectx *c, const struct foi_table *t)
{
    if (!t->sheet)
        return 0;
    const struct foi_doc *doc = c->doc;
    for (int i = t->anchor_line - 1, seen = 0; i >= 0 && i < doc->nlines && seen < 16; i--, seen++) {
        const struct foi_line *l = &doc->lines[i];
        if (!on_sheet(t, l))
            break;
        if ((l->flags & FOI_LINE_TITLE) && withdrawn_title(l->text))
            return 1;
    }
    return 0;
}

static int table_extract(struct ectx *c, const struct foi_table *t, int prev_anchor)
{
    const char *above = title_above(c, t, 0), *lead = title_above(c, t, 1);
    /* a table its title, heading or sheet name withdraws (a superseded
     * draft, a table as first published and since replaced) gives nothing */
    if (withdrawn_title(t->caption) || withdrawn_title(t->heading) || withdrawn_title(t->sheet) ||
        sheet_title_withdrawn(c, t)) {
        eng_trace(c, "", "table %d not read: its title says it is superseded or not to be used", t->index);
        return 0;
    }
    /* "Table A: VAWG crime reported in the City", a sheet "Recorded crime":
     * a table of recorded crime (offences reported by the public, whoever
     * the suspect) counts no allegations against officers or staff */
    int crime = eng_recorded_crime(t->caption ? t->caption : "") || eng_recorded_crime(t->heading ? t->heading : "") ||
                eng_recorded_crime(t->sheet ? t->sheet : "") || eng_recorded_crime(lead ? lead : "");
    /* ... or its corner, the head of the rows' labels ("Offence (crime
     * recording system)") */
    for (int r = 0; r < (t->header_rows ? t->header_rows : 1) && r < 3 && t->ncols > 1 && !crime; r++)
        crime = eng_recorded_crime(foi_table_cell(t, r, 0)->text);
    if (crime) {
        eng_trace(c, "", "table %d not read: its title or corner says it counts recorded crime, not allegations against "
                  "officers or staff", t->index);
        return 0;
    }
    /* "... on behalf of other forces (their officers, not ours)": another
     * force's people, whatever force its rows name; "(context only - not
     * allegations against officers or staff)" */
    if (not_answer_title(t->caption) || not_answer_title(t->heading) || not_answer_title(t->sheet) ||
        not_answer_title(above)) {
        eng_trace(c, "", "table %d not read: its title says it is not the answer (other forces' officers or "
                  "staff, or context that counts no allegations)", t->index);
        return 0;
    }
    /* the line above is a refusal of another part, not the table's heading */
    const char *heading = eng_refusal_paragraph(c, t->heading) ? NULL : t->heading;
    table_parts(c, t, heading);
    int rc = c->rc ? c->rc : table_extract_in(c, t, prev_anchor, heading);
    c->ntparts = 0;
    c->tparts_labelled = 0;
    c->tparts_outcome = 0;
    return rc;
}

/* A table of another force or of the country, which the words above it (since
 * the table before) or a sentence naming it ("Table 4") give as something to
 * compare with: "You may wish to compare our figures with the national data
 * ... (Table 4)", "for comparison", "These are other bodies' figures". */
static int compared_table(struct ectx *c, const struct foi_table *t, int prev_anchor, const char *heading)
{
    static const char *const cue[] = { "compare", "comparison", "for context", "other bodies",
                                       "not our figures", "not our own figures", NULL };
    char num[32] = "";
    const char *title = t->caption ? t->caption : heading;
    const char *tb = title ? foi_strcasestr(title, "table ") : NULL;
    if (tb) {
        size_t k = 6;
        while (tb[k] && (isalnum((unsigned char)tb[k]) || tb[k] == '.') && k < 16)
            k++;
        while (k > 6 && tb[k - 1] == '.')
            k--;
        if (k > 6 && isdigit((unsigned char)tb[k - 1]))
            snprintf(num, sizeof num, "%.*s", (int)k, tb);
    }
    const struct foi_doc *doc = c->doc;
    for (int i = 0; i < doc->nlines; i++) {
        const char *x = doc->lines[i].text;
        int near = i < t->anchor_line && i >= prev_anchor && i >= t->anchor_line - 4;
        int names = 0;
        if (num[0])
            for (const char *p = foi_strcasestr(x, num); p && !names; p = foi_strcasestr(p + 1, num))
                names = !isalnum((unsigned char)p[strlen(num)]) && (!heading || strcmp(x, heading));
        if (!near && !names)
            continue;
        for (int k = 0; cue[k]; k++)
            if (foi_strcasestr(x, cue[k]))
                return 1;
    }
    return 0;
}

static int table_extract_in(struct ectx *c, const struct foi_table *t, int prev_anchor, const char *heading)
{
    struct tread tr;
    memset(&tr, 0, sizeof tr);
    tr.c = c;
    tr.t = t;
    eng_textdims(c, t->caption, &tr.cap);
    eng_textdims(c, t->sheet, &tr.sheet);
    eng_textdims(c, heading, &tr.head);
    /* "Outcomes, 2022 and 2023 together": the span, never the last */
    if (t->caption)
        lead_periods(c, t->caption, &tr.cap, -1);
    if (heading)
        lead_periods(c, heading, &tr.head, -1);
    int q = -1;
    lead_in(c, t, prev_anchor, tr.lead, &tr.nlead, 4, &q);
    tr.question = q >= 0 ? &c->lt->q[q].td : NULL;
    sheet_top(c, t, tr.top, &tr.ntop, 4);
    /* the one force a table's title names ("Table 2: Suffolk Constabulary"): a
     * letter answering for two forces gives each its own table, and the table's
     * figures are that force's; none when it names several ("Norfolk and
     * Suffolk combined") */
    tr.cap_force = eng_one_force(c, t->caption);
    if (!tr.cap_force)
        tr.cap_force = eng_one_force(c, heading);
    if (!tr.cap_force && !t->caption)
        tr.cap_force = eng_one_force(c, title_above(c, t, 0));   /* a caption set as a line above */
    if (tr.cap_force && c->force && !strcmp(tr.cap_force, c->force))
        tr.cap_force = NULL;   /* the document's own: as any table of it */
    /* the country's or another force's table, given in this force's answer
     * to compare with: none of its figures is this force's, nor an answer */
    if (tr.cap_force && c->force && compared_table(c, t, prev_anchor, heading)) {
        eng_trace(c, "", "table %d not read: another force's or the national table, given for comparison",
                  t->index);
        return 0;
    }
    if (!tr.cap_force && c->fwd_force && t->anchor_line > c->fwd_first && t->anchor_line <= c->fwd_last + 1)
        tr.cap_force = c->fwd_force;   /* inside another force's answer passed on below the reply */
    tr.section_subject = section_subject(c, t);
    tr.ahead_subject = ahead_subject(c, t);
    tr.note_subject = note_subject(c, t);
    tr.has_pointer = pointer_dims(c, t, &tr.pointer);
    tr.has_nperiod = under_period(c, t, &tr.nperiod, &tr.nperiod_label);
    carry_over(c, t, &tr);
    pivot_sums(c, &tr);
    /* the period the table sits in, as its figures would take it */
    struct dims pd;
    memset(&pd, 0, sizeof pd);
    dims_fill_text(&pd, &tr.cap);
    dims_fill_text(&pd, &tr.sheet);
    dims_fill_text(&pd, &tr.head);
    for (int i = 0; i < tr.nlead; i++)
        dims_fill_text(&pd, &tr.lead[i]);
    for (int i = 0; i < tr.ntop; i++)
        dims_fill_text(&pd, &tr.top[i]);
    if (tr.question)
        dims_fill_text(&pd, tr.question);
    dims_fill_text(&pd, &c->req);
    if (!pd.has_period && c->doc->context && c->doc->context->period && *c->doc->context->period) {
        /* a context file or covering letter's period ("the figures are for
         * 2023"): "Jan–Mar" alone is read inside it */
        struct foi_period_ctx pc = {0};
        struct foi_period p;
        if (foi_period_parse(c->doc->context->period, &pc, &p) == 1 && p.resolved) {
            pd.period = p;
            pd.has_period = 1;
            tr.tperiod_context = 1;
        }
    }
    if (eng_tshape(c, t, pd.has_period ? &pd.period : NULL, &tr.s))
        return c->rc;
    /* no room for the force columns' memo: region_row asks row by row */
    if ((tr.twice = foi_arena_alloc(&c->arena, sizeof *tr.twice * ((size_t)t->ncols + 1))) != NULL)
        memset(tr.twice, 0, sizeof *tr.twice * ((size_t)t->ncols + 1));
    if ((tr.runs = foi_arena_alloc(&c->arena, sizeof *tr.runs * ((size_t)t->ncols + 1))) != NULL)
        memset(tr.runs, 0, sizeof *tr.runs * ((size_t)t->ncols + 1));
    if ((tr.csum = foi_arena_alloc(&c->arena, sizeof *tr.csum * ((size_t)t->ncols + 1))) != NULL)
        memset(tr.csum, 0, sizeof *tr.csum * ((size_t)t->ncols + 1));
    eng_textdims(c, tr.s.title, &tr.title);
    label_head_period(c, &tr);
    tr.state = people_state(c, t->caption);
    if (!tr.state)
        tr.state = people_state(c, heading);
    if (!tr.state)
        tr.state = people_state(c, tr.s.title);
    struct tshape *s = &tr.s;
    if (s->ncount == 0 || s->h >= s->nr)
        return 0;   /* no counts: a table of text (a reference block, a narrative) */
    /* a table whose labels foi mostly does not know is not understood: no
     * figure from it, one issue */
    if (s->nlabels > 0 && s->nknown * 2 < s->nlabels) {
        char ex[200];
        quote_examples(ex, sizeof ex, s);
        table_issue(&tr, "table %d is not understood: %d of %d labels recognised (%d%%), for example %s; "
                    "no figures taken from it", t->index, s->nknown, s->nlabels,
                    s->nknown * 100 / s->nlabels, ex);
        return 0;
    }
    if (!c->topic_done) {
        c->topic_done = 1;
        c->off_topic = !on_topic(c);
        if (c->off_topic && c->out->issue)
            c->out->issue(c->out, FOI_SEV_WARNING, "table_not_understood",
                          foi_cell_locator_in(&c->arena, c->doc, t, 0, 0),
                          "nothing in the document speaks of allegations, complaints or misconduct or of "
                          "their outcomes: its tables are not about them; no figures taken from them");
    }
    if (c->off_topic)
        return 0;
    tr.filled = foi_arena_alloc(&c->arena, sizeof *tr.filled * (size_t)s->nc);
    if (!tr.filled)
        return c->rc = FOI_ENOMEM;
    if (nested_subjects(&tr))
        return c->rc;
    /* count columns that name different measures keep their own */
    const char *m = NULL;
    for (int col = 0; col < s->nc; col++) {
        const struct tcol *k = &s->col[col];
        if (k->kind == COL_COUNT && k->dims.measure) {
            if (m && strcmp(canon(c, FOI_VOCAB_MEASURE, m), canon(c, FOI_VOCAB_MEASURE, k->dims.measure)))
                tr.multi_measure = 1;
            m = k->dims.measure;
        }
    }
    tr.pass = 0;
    size_t ncells = (size_t)s->nr * (size_t)s->nc;
    tr.rows = foi_calloc((size_t)s->nr, sizeof *tr.rows);
    tr.row_closing = foi_calloc((size_t)s->nr, 1);
    tr.cellres = foi_calloc(ncells ? ncells : 1, 1);
    if (!tr.rows || !tr.row_closing || !tr.cellres)
        pass_cache_drop(&tr);   /* no room: pass 1 works it all out again */
    int rc = table_pass(&tr);
    if (!rc)
        corrections_unfitted(&tr);
    if (!rc)
        rc = find_collisions(&tr);
    if (!rc) {
        tr.pass = 1;
        rc = table_pass(&tr);
    }
    if (!rc && tr.left_out) {
        const struct tcol *k = &s->col[tr.left_col];
        table_issue(&tr, "%ld figure%s of table %d left out: %s (first at %s%s%.60s%s)", tr.left_out,
                    tr.left_out == 1 ? "" : "s", t->index, tr.left_why,
                    foi_cell_locator_in(&c->arena, c->doc, t, tr.left_row, tr.left_col),
                    *k->head ? ", column '" : "", k->head, *k->head ? "'" : "");
    }
    if (!rc && tr.collided)
        table_issue(&tr, "%ld cells of table %d claim the same figure as another cell with a different value "
                    "(their labels do not tell them apart; the first at %s); all of them are left out",
                    tr.collided, t->index, foi_cell_locator_in(&c->arena, c->doc, t, tr.collide_r, tr.collide_col));
    foi_free(tr.keys);
    foi_free(tr.drop);
    foi_free(tr.parts);
    pass_cache_drop(&tr);
    return c->rc;
}

/* A table whose rows are named only by the questions the letter set out
 * above it ("Q1a How many allegations of sexual assault were made against
 * police officers?" ... rows "Q1a", "Q1b", ...): each such row counts what
 * its question asks. Its label is read as a label of the question's own
 * reading (eng_question: category, people, outcome, whether it counts
 * people), written the way such labels are written down a category column
 * ("Sexual assault - police officers", "Police officers dismissed following
 * an allegation of sexual assault"); a question naming no category that
 * points to another ("Of the allegations in Q3, how many ...") takes that
 * one's category and people. Every labelled body row must name a question
 * the document asks (a "Total" row aside), at least two, with a mark that
 * says it is a question ("Q1a", "Question 2": a bare "1" could be a row
 * number). The cells keep their places, so locators do not change. Returns
 * t, or a copy in the arena. */
static const struct eng_question *question_named(struct ectx *c, const char *s)
{
    char id[8];
    const char *rest = NULL;
    if (!c->lt || eng_qmark(s, id, &rest) != 'q' || !rest || *rest || !id[0])
        return NULL;
    for (int k = 0; k < c->lt->nq; k++)
        if (!strcmp(c->lt->q[k].id, id))
            return &c->lt->q[k];
    return NULL;
}

/* The question another one points to ("the allegations in Q3"), or NULL. */
static const struct eng_question *question_pointed(struct ectx *c, const struct eng_question *q)
{
    for (const char *p = q->text; p && *p; p++) {
        if ((*p != 'Q' && *p != 'q') || (p > q->text && isalnum((unsigned char)p[-1])) ||
            !isdigit((unsigned char)p[1]))
            continue;
        const char *e = p + 1;
        while (isdigit((unsigned char)*e))
            e++;
        if (isalpha((unsigned char)*e) && !isalpha((unsigned char)e[1]))
            e++;
        char mark[16];
        snprintf(mark, sizeof mark, "%.*s", (int)(e - p), p);
        const struct eng_question *o = question_named(c, mark);
        if (o && o != q)
            return o;
    }
    return NULL;
}

static const char *question_label(struct ectx *c, const struct eng_question *q)
{
    const char *cat = q->td.ncats == 1 ? q->td.category : NULL, *subj = q->td.subject;
    if (!cat) {
        const struct eng_question *o = question_pointed(c, q);
        if (o && o->td.ncats == 1) {
            cat = o->td.category;
            if (!subj)
                subj = o->td.subject;
        }
    }
    if (!cat)
        return NULL;
    const char *who = !subj ? NULL : !strcmp(subj, "officers") ? "police officers"
                    : !strcmp(subj, "staff") ? "police staff"
                    : !strcmp(subj, "officers_and_staff") ? "police officers and police staff" : NULL;
    const char *out = q->outcome && strcmp(q->outcome, "?") ? q->outcome : NULL;
    if (out && who && q->td.measure && !strcmp(q->td.measure, "individuals"))
        return foi_arena_printf(&c->arena, "%s %s following an allegation of %s", who, out, cat);
    return foi_arena_printf(&c->arena, "%s%s%s%s%s", cat, who ? " - " : "", who ? who : "", out ? " - " : "",
                            out ? out : "");
}

/* A label column headed "Question" ("Question no.", "Q", "Part"): its bare
 * numbers are question marks. */
static int question_column(const struct foi_table *t)
{
    if (t->header_rows < 1)
        return 0;
    char f[24];
    size_t n = 0;
    for (const char *p = foi_table_cell(t, t->header_rows - 1, 0)->text; *p && n + 1 < sizeof f; p++)
        if (isalpha((unsigned char)*p) || *p == ' ')
            f[n++] = (char)tolower((unsigned char)*p);
    while (n && f[n - 1] == ' ')
        n--;
    f[n] = 0;
    static const char *const heads[] = { "question", "questions", "question no", "question number", "q",
                                         "part", "request part", NULL };
    for (int i = 0; heads[i]; i++)
        if (!strcmp(f, heads[i]))
            return 1;
    return 0;
}

/* The question a row label names: "Q1a", "Question 2", or a bare "3" in a
 * column headed "Question". */
static const struct eng_question *question_of_row(struct ectx *c, const char *s, int qcol)
{
    const struct eng_question *q = question_named(c, s);
    if (!q && qcol && isdigit((unsigned char)*s) && strlen(s) < 6) {
        char mark[16];
        snprintf(mark, sizeof mark, "Q%s", s);
        q = question_named(c, mark);
    }
    return q;
}

/* A copy of table t in the arena whose cells a reading may rewrite (the
 * document's own table left as it is), or NULL when out of memory. */
static struct foi_table *table_copy(struct ectx *c, const struct foi_table *t)
{
    struct foi_table *n = foi_arena_alloc(&c->arena, sizeof *n);
    struct foi_cell *cells = foi_arena_alloc(&c->arena, sizeof *cells * (size_t)t->nrows * (size_t)t->ncols);
    if (!n || !cells)
        return NULL;
    *n = *t;
    memcpy(cells, t->cells, sizeof *cells * (size_t)t->nrows * (size_t)t->ncols);
    n->cells = cells;
    return n;
}

static const struct foi_table *question_rows(struct ectx *c, const struct foi_table *t)
{
    if (!c->lt || !c->lt->nq || t->ncols < 2 || t->nrows - t->header_rows < 2)
        return t;
    int named = 0, qcol = question_column(t);
    for (int r = t->header_rows; r < t->nrows; r++) {
        const char *s = foi_table_cell(t, r, 0)->text;
        if (!*s)
            continue;
        if (question_of_row(c, s, qcol))
            named++;
        else if (strncasecmp(s, "total", 5))
            return t;
    }
    if (named < 2)
        return t;
    struct foi_table *n = table_copy(c, t);
    if (!n)
        return t;
    struct foi_cell *cells = n->cells;
    for (int r = t->header_rows; r < t->nrows; r++) {
        struct foi_cell *cell = &cells[(size_t)r * (size_t)t->ncols];
        const struct eng_question *q = question_of_row(c, cell->text, qcol);
        const char *lab = q ? question_label(c, q) : NULL;
        if (lab)
            cell->text = lab;
    }
    return n;
}

/* A cell that is a count ("12", "0"; not a year). */
static int twin_number(const char *s)
{
    if (!*s)
        return 0;
    for (const char *p = s; *p; p++)
        if (!isdigit((unsigned char)*p))
            return 0;
    return strlen(s) < 4;
}

/* What a label cell names in vocabulary v: the taxonomy's id, or the id
 * of its words rejoined where a narrow cell broke them across lines
 * ("Dismiss ed"). NULL when it names nothing of v. */
static const char *twin_id(struct ectx *c, enum foi_vocab v, const char *text)
{
    const char *id = foi_norm_label_in(&c->nmemo, c->tax, v, text);
    if (id)
        return id;
    struct label L;
    eng_classify(c, text, &L);
    return L.rejoined && L.id[v] ? L.id[v] : NULL;
}

/* The label cells of t that foi reads as a category, an outcome, a subject
 * or a measure. */
static int twin_known(struct ectx *c, const struct foi_table *t)
{
    static const enum foi_vocab vs[] = { FOI_VOCAB_CATEGORY, FOI_VOCAB_OUTCOME, FOI_VOCAB_SUBJECT, FOI_VOCAB_MEASURE };
    int k = 0;
    for (int r = 0; r < t->nrows; r++)
        for (int col = 0; col < t->ncols; col++) {
            const struct foi_cell *cl = foi_table_cell(t, r, col);
            if (!*cl->text || twin_number(cl->text) || (cl->flags & FOI_CELL_SPANNED))
                continue;
            for (size_t v = 0; v < sizeof vs / sizeof vs[0]; v++)
                if (twin_id(c, vs[v], cl->text)) {
                    k++;
                    break;
                }
        }
    return k;
}

/* A table's counts as a signature that its layout does not change: each
 * row's counts in order of size, the rows in order ("0,2,4;1,3;..."); rows
 * and columns without counts add nothing. *nums counts the counts, *kinds
 * the different non-zero ones (up to 2). NULL when out of memory. */
static int twin_cmp_num(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static char *twin_signature(struct ectx *c, const struct foi_table *t, int *nums, int *kinds)
{
    *nums = *kinds = 0;
    const char *first = NULL;
    char **rows = foi_arena_alloc(&c->arena, sizeof *rows * (size_t)(t->nrows ? t->nrows : 1));
    const char **cells = foi_arena_alloc(&c->arena, sizeof *cells * (size_t)(t->ncols ? t->ncols : 1));
    if (!rows || !cells)
        return NULL;
    int nr = 0;
    for (int r = 0; r < t->nrows; r++) {
        int k = 0;
        for (int col = 0; col < t->ncols; col++) {
            const struct foi_cell *cl = foi_table_cell(t, r, col);
            if (!twin_number(cl->text) || (cl->flags & FOI_CELL_SPANNED))
                continue;
            /* padded: "007" sorts as 7 does among numbers of up to 3 digits */
            cells[k++] = foi_arena_printf(&c->arena, "%03d", atoi(cl->text));
            (*nums)++;
            if (strcmp(cl->text, "0") && (!first || (strcmp(first, cl->text) && *kinds < 2))) {
                if (!first)
                    first = cl->text, *kinds = 1;
                else
                    *kinds = 2;
            }
        }
        if (!k)
            continue;
        qsort(cells, (size_t)k, sizeof *cells, twin_cmp_num);
        struct foi_buf b;
        foi_buf_init(&b, 0);
        for (int i = 0; i < k; i++)
            foi_buf_printf(&b, "%s%s", i ? "," : "", cells[i] ? cells[i] : "");
        rows[nr++] = b.data ? foi_arena_strdup(&c->arena, b.data) : NULL;
        foi_buf_release(&b);
        if (!rows[nr - 1])
            return NULL;
    }
    qsort(rows, (size_t)nr, sizeof *rows, twin_cmp_num);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int i = 0; i < nr; i++)
        foi_buf_printf(&b, "%s;", rows[i]);
    char *sig = foi_arena_strdup(&c->arena, b.data ? b.data : "");
    foi_buf_release(&b);
    return sig;
}

/* The label cells of a (words: not counts, years or marks) that b does not
 * hold anywhere, and how many there are. */
static void twin_labels(const struct foi_table *a, const struct foi_table *b, int *labels, int *differ)
{
    *labels = *differ = 0;
    for (int r = 0; r < a->nrows; r++)
        for (int col = 0; col < a->ncols; col++) {
            const struct foi_cell *x = foi_table_cell(a, r, col);
            int word = 0;
            for (const char *p = x->text; *p && !word; p++)
                word = isalpha((unsigned char)*p) && isalpha((unsigned char)p[1]);
            if (!word || (x->flags & FOI_CELL_SPANNED))
                continue;   /* a year, a count, a mark: the same in any language */
            (*labels)++;
            int found = 0;
            for (int r2 = 0; r2 < b->nrows && !found; r2++)
                for (int c2 = 0; c2 < b->ncols && !found; c2++)
                    found = !strcmp(foi_table_cell(b, r2, c2)->text, x->text);
            *differ += !found;
        }
}

/* The categories, outcomes and people t's labels name, as "vocab:id"
 * words in one string (" category:sexual_assault outcome:total "). */
static char *twin_ids(struct ectx *c, const struct foi_table *t)
{
    static const enum foi_vocab vs[] = { FOI_VOCAB_CATEGORY, FOI_VOCAB_OUTCOME, FOI_VOCAB_SUBJECT };
    struct foi_buf b;
    foi_buf_init(&b, 0);
    foi_buf_addc(&b, ' ');
    for (int r = 0; r < t->nrows; r++)
        for (int col = 0; col < t->ncols; col++) {
            const struct foi_cell *cl = foi_table_cell(t, r, col);
            if (!*cl->text || twin_number(cl->text) || (cl->flags & FOI_CELL_SPANNED))
                continue;
            for (size_t v = 0; v < sizeof vs / sizeof vs[0]; v++) {
                const char *id = twin_id(c, vs[v], cl->text);
                if (!id)
                    continue;
                char w[96];
                snprintf(w, sizeof w, " %d:%s ", (int)v, id);
                if (!b.data || !strstr(b.data, w))
                    foi_buf_adds(&b, w + 1);
                break;
            }
        }
    char *out = foi_arena_strdup(&c->arena, b.data ? b.data : " ");
    foi_buf_release(&b);
    return out;
}

/* Every word of the id list a in b. */
static int twin_subset(const char *a, const char *b)
{
    for (const char *p = a; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (!n)
            break;
        char w[100];
        if (n + 3 > sizeof w)
            return 0;
        w[0] = ' ';
        memcpy(w + 1, p, n);
        w[n + 1] = ' ';
        w[n + 2] = 0;
        if (!strstr(b, w))
            return 0;
        p += n;
    }
    return 1;
}

/* Two tables that are one table in two languages (a bilingual response,
 * Welsh then English): the same counts row by row, whatever the order of
 * the rows and columns (eight or more counts, two different ones that are
 * not 0), half the words of each or more not in the other (a notes
 * column in one language beside both is the same), and what the
 * labels of one name (categories, outcomes, people) all named by the other's. */
/* A table's counts as twin_signature gives them, worked out once per table
 * (eng_tables compares every pair). */
struct twin_sig {
    char *sig;
    int nums, kinds, done;
};

static const struct twin_sig *twin_sig_of(struct ectx *c, struct twin_sig *cache, int i)
{
    struct twin_sig *ts = &cache[i];
    if (!ts->done) {
        ts->sig = twin_signature(c, &c->doc->tables[i], &ts->nums, &ts->kinds);
        ts->done = 1;
    }
    return ts;
}

static int twin_tables(struct ectx *c, struct twin_sig *cache, int ia_, int ib_)
{
    const struct foi_table *a = &c->doc->tables[ia_], *b = &c->doc->tables[ib_];
    const struct twin_sig *ta = twin_sig_of(c, cache, ia_);
    if (!ta->sig || ta->nums < 8 || ta->kinds < 2)
        return 0;
    const struct twin_sig *tb = twin_sig_of(c, cache, ib_);
    if (!tb->sig || ta->nums != tb->nums || strcmp(ta->sig, tb->sig))
        return 0;
    int labels, differ, labels2, differ2;
    twin_labels(a, b, &labels, &differ);
    twin_labels(b, a, &labels2, &differ2);
    if (labels < 2 || labels2 < 2 || differ * 2 < labels || differ2 * 2 < labels2)
        return 0;
    /* what the labels name agrees: the twin read less well names nothing
     * the other does not (two tables of other people or types with the
     * same small counts are no twins) */
    char *ia = twin_ids(c, a), *ib = twin_ids(c, b);
    return ia && ib && (twin_subset(ia, ib) || twin_subset(ib, ia));
}

/* A column that says the status of its row's count ("Status": "Suppressed",
 * "Not held", blank beside a "Count" column): a long table gives each figure
 * one row, its count in one column and, where the count is withheld or not
 * held, the word for that in another. The status is the row's figure, never
 * the count cell (empty, or a 0 the export wrote): a copy of t in the arena
 * whose count cells hold their row's status and whose status column is
 * empty, so the count column is the table's one count. Only where the column
 * is headed as such ("Status", "Flag", "Notes"), every cell of it is empty
 * or a status (a word foi reads as suppressed, not held, refused or neither
 * confirm nor deny, or a mark the document defines), one at least, and the
 * table has exactly one other column of counts (digits, a status, or empty;
 * not years). The cells keep their places, so locators do not change.
 * Returns t, or the copy. */
static int status_head(const char *h)
{
    static const char *const words[] = { "status", "flag", "flags", "marker", "suppression", "suppressed",
                                         "note", "notes", "comment", "comments", "remark", "remarks",
                                         "reason", NULL };
    for (int k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        for (const char *p = h; (p = foi_strcasestr(p, words[k])) != NULL; p++)
            if ((p == h || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[n]))
                return 1;
    }
    return 0;
}

static int status_cell(struct ectx *c, const char *s)
{
    struct foi_value v;
    if (foi_value_parse(s, &v) == 0 && !v.has_value &&
        (v.status == FOI_VS_SUPPRESSED || v.status == FOI_VS_NOT_HELD || v.status == FOI_VS_REFUSED ||
         v.status == FOI_VS_NCND))
        return 1;
    return eng_lex_mark(c, s) != NULL;
}

static int count_digits(const char *s)
{
    int any = 0;
    for (; *s; s++) {
        if (isdigit((unsigned char)*s))
            any = 1;
        else if (*s != ',')
            return 0;
    }
    return any;
}

static const struct foi_table *status_rows(struct ectx *c, const struct foi_table *t)
{
    int h = t->header_rows;
    if (h < 1 || t->ncols < 3 || t->nrows - h < 2)
        return t;
    int scol = -1, ccol = -1;
    for (int col = 0; col < t->ncols; col++) {
        const char *head = foi_table_cell(t, h - 1, col)->text;
        int statuses = 0, digits = 0, years = 0, other = 0;
        for (int r = h; r < t->nrows && !other; r++) {
            const struct foi_cell *cl = foi_table_cell(t, r, col);
            if (!*cl->text)
                continue;
            if (cl->flags & FOI_CELL_SPANNED)
                other = 1;
            else if (count_digits(cl->text)) {
                digits++;
                long y = strtol(cl->text, NULL, 10);
                years += strlen(cl->text) == 4 && y >= 1990 && y <= 2100;
            } else if (status_cell(c, cl->text))
                statuses++;
            else
                other = 1;
        }
        if (other)
            continue;
        if (!digits && statuses && status_head(head)) {
            if (scol >= 0)
                return t;   /* two status columns: which count is whose is not said */
            scol = col;
        } else if (digits && years < digits) {
            if (ccol >= 0)
                return t;   /* several counts: whose status the column gives is not said */
            ccol = col;
        }
    }
    if (scol < 0 || ccol < 0)
        return t;
    struct foi_table *n = table_copy(c, t);
    if (!n)
        return t;
    struct foi_cell *cells = n->cells;
    for (int r = h; r < t->nrows; r++) {
        struct foi_cell *st = &cells[(size_t)r * (size_t)t->ncols + (size_t)scol];
        if (!*st->text)
            continue;
        cells[(size_t)r * (size_t)t->ncols + (size_t)ccol].text = st->text;
        st->text = "";
    }
    return n;
}

int eng_tables(struct ectx *c)
{
    int prev_anchor = 0;
    /* a table given twice in two languages is read once: from the twin whose
     * labels foi reads more of; on a tie the later one (a bilingual Welsh
     * response puts the Welsh first) */
    char *skip = c->doc->ntables > 1 ? foi_arena_alloc(&c->arena, (size_t)c->doc->ntables) : NULL;
    int ntwin = c->doc->ntables < 64 ? c->doc->ntables : 64;
    struct twin_sig *sigs = skip ? foi_arena_alloc(&c->arena, sizeof *sigs * (size_t)ntwin) : NULL;
    if (skip)
        memset(skip, 0, (size_t)c->doc->ntables);
    if (skip && sigs) {
        memset(sigs, 0, sizeof *sigs * (size_t)ntwin);
        for (int i = 0; i < ntwin; i++)
            for (int j = i + 1; j < ntwin && !skip[i]; j++)
                if (!skip[j] && twin_tables(c, sigs, i, j)) {
                    if (twin_known(c, &c->doc->tables[i]) > twin_known(c, &c->doc->tables[j]))
                        skip[j] = 1;
                    else
                        skip[i] = 1;
                }
    }
    c->sheet_first = -1;
    c->unreadable_cells = 0;
    c->ocr_letter_cells = 0;
    if (c->doc->ntables > 0)
        c->tab_periods = foi_arena_alloc(&c->arena, sizeof *c->tab_periods * (size_t)c->doc->ntables);
    for (int i = 0; i < c->doc->ntables && !c->rc; i++) {
        if (skip && skip[i]) {
            const struct foi_table *t = &c->doc->tables[i];
            if (c->tab_periods)
                memset(&c->tab_periods[i], 0, sizeof c->tab_periods[i]);
            prev_anchor = (c->doc->format == FOI_FMT_TEXT && t->last_line > 0) ? t->last_line : t->anchor_line;
            continue;
        }
        {
            /* a table of the sender's earlier answer quoted below the reply
             * and set apart from it ("The figures above supersede those in
             * the earlier response (quoted below)"): no figures (round 44a,
             * blind44 Durham) */
            const struct foi_table *t0 = &c->doc->tables[i];
            const struct eng_block *qb = t0->first_line > 0 ? block_before(c, t0->first_line - 1) : NULL;
            if (qb && qb->zone == ZN_BOILER && qb->why == eng_why_quote_apart) {
                eng_trace(c, foi_arena_printf(&c->arena, "table %d", i + 1),
                          "not read: the sender's earlier answer, quoted below the reply and set apart from it");
                if (c->tab_periods)
                    memset(&c->tab_periods[i], 0, sizeof c->tab_periods[i]);
                prev_anchor = (c->doc->format == FOI_FMT_TEXT && t0->last_line > 0) ? t0->last_line : t0->anchor_line;
                continue;
            }
        }
        const struct foi_table *t = question_rows(c, &c->doc->tables[i]);
        t = status_rows(c, t);
        memset(&c->cur_tperiods, 0, sizeof c->cur_tperiods);
        table_extract(c, t, prev_anchor);
        c->prev_tperiods = c->cur_tperiods;
        if (c->tab_periods)
            c->tab_periods[i] = c->cur_tperiods;
        prev_anchor = (c->doc->format == FOI_FMT_TEXT && t->last_line > 0) ? t->last_line : t->anchor_line;
    }
    /* cells that should hold counts and do not: once per document */
    if (!c->rc && c->unreadable_cells && c->out->issue) {
        char msg[300];
        if (c->unreadable_cells == 1)
            snprintf(msg, sizeof msg, "cannot read '%.40s' as a count", c->unreadable_text);
        else
            snprintf(msg, sizeof msg, "%ld cells cannot be read as counts, the first '%.40s'", c->unreadable_cells,
                     c->unreadable_text);
        c->out->issue(c->out, FOI_SEV_WARNING, "parse_error", c->unreadable_first, msg);
    }
    if (!c->rc && c->ocr_letter_cells && c->out->issue) {
        char msg[300];
        snprintf(msg, sizeof msg,
                 "%ld count cell%s of the OCR layer hold letters OCR takes for digits, read as those digits below "
                 "confidence 0.5 (the first %.60s): check them against the image",
                 c->ocr_letter_cells, c->ocr_letter_cells == 1 ? "" : "s", c->ocr_letter_text);
        c->out->issue(c->out, FOI_SEV_WARNING, "parse_error", c->ocr_letter_first, msg);
    }
    return c->rc;
}

/* ------------------------------------------------------------ probe */
static int probe_value(const char *s)
{
    struct foi_value v;
    return foi_value_parse(s, &v) == 0 && v.status != FOI_VS_NONE;
}

/* probe_value remembered by text for cells that are not plainly digits (the
 * labels repeat down a long table) */
int foi_engine_probe_tables(const struct foi_doc *doc)
{
    long vals = 0, cells = 0;
    struct foi_smemo m;
    struct foi_arena a;
    foi_smemo_init(&m, sizeof(int), 1024, (size_t)1 << 20);
    foi_arena_init(&a, 0);
    for (int i = 0; i < doc->ntables; i++) {
        const struct foi_table *t = &doc->tables[i];
        for (int r = t->header_rows; r < t->nrows; r++)
            for (int col = 0; col < t->ncols; col++) {
                const char *s = foi_table_cell(t, r, col)->text;
                if (!*s)
                    continue;
                cells++;
                if (*s >= '0' && *s <= '9') {
                    vals += probe_value(s);
                    continue;
                }
                uint32_t h = foi_memo_hash(s, strlen(s));
                const int *got = foi_smemo_get(&m, s, h);
                if (got) {
                    vals += *got;
                    continue;
                }
                int isval = probe_value(s);
                vals += isval;
                int *keep = foi_smemo_put(&m, &a, s, h);   /* NULL: read afresh next time */
                if (keep)
                    *keep = isval;
            }
    }
    foi_smemo_release(&m);
    foi_arena_release(&a);
    if (!vals)
        return 0;
    int share = (int)(vals * 100 / (cells ? cells : 1));
    int score = 30 + share / 2;
    return score > 80 ? 80 : score;
}
