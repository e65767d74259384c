/* read_text.c: plain-text letters -> document: every physical line numbered and
 * flagged (paragraph start, bullet, heading, footnote), and the tables a letter
 * holds: fixed-width columns (under a dashed rule or not), pipe and grid tables. */
#include "read.h"
#include "../normalize/normalize.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Line flags (heuristics; every physical line keeps its number, blank ones too):
 *  - PARA_START: the first non-blank line of the file or after a blank line.
 *  - BULLET: "• ", "· ", "▪ " always; "- ", "– ", "* " and enumerators "(a) ",
 *    "(iv) ", "1. ", "2) ", "b) " only at a paragraph start, after another
 *    bullet, after a line ending in : ; . ? ! (a number after a colon only
 *    when it is 1: a list starts there), indented deeper than the line
 *    above, or (a dash) followed by a line with the same dash at the same
 *    indentation (else they are wrapped prose).
 *    A "* " line is a bullet when a neighbouring line is one too, else a footnote.
 *  - FOOTNOTE: a line starting with * (see above), † or ‡.
 *  - HEADING: a line of at most 80 bytes with no lower-case letter and a word
 *    of three or more capitals ("COMPLAINT RIGHTS"; not "ST18 0YY"), or a line
 *    of at most 80 bytes with a letter, between blank lines (or the file's
 *    ends), that does not end with '.', ',' or ';' and is not a footnote, a
 *    bulleted item (an enumerated one may be: "(a) Domestic abuse"), an e-mail
 *    address or a web address; or a line at a paragraph's start that is one
 *    period alone ("2021/22"), with or without a blank line under it. Lines
 *    inside a table are never headings.
 * Tables (rule lines are never rows):
 *  - pipe and grid tables: consecutive lines with '|' (and +---+ rules), all
 *    starting with '|' or with a |---| rule among them; rows above the first
 *    rule that has rows on both sides are header rows;
 *  - under a dashed rule with two or more runs ("-------   -----"): the runs
 *    give the columns; up to 3 lines above it that fit are header rows; rows
 *    continue below while their text stays inside the columns (one blank line
 *    is crossed when a two-column row follows); trailing one-cell lines are
 *    notes, not rows;
 *  - without a rule: two or more consecutive lines of two or more segments
 *    (split at runs of two spaces or a tab) that line up in the same columns
 *    with a digit outside the first column; the first row is the header when
 *    it holds no count. A single column, prose and address blocks are not tables;
 *  - delimited (report output, exports): two or more consecutive lines with
 *    the same number of '|' fields (no leading bar or rule needed) or of ';'
 *    fields (three or more), a count after the first field on every line
 *    but a header;
 *  - tab-separated (pasted from a spreadsheet): two or more consecutive lines
 *    with tabs and a digit after a tab; each tab is a column boundary;
 *  - pasted with single spaces: a line of two or more periods ("2019 2020
 *    2021", an optional short label before and "Total" after) over lines of a
 *    label and exactly as many counts ("Dismissed 1 0 1"), with group lines of
 *    a few words ("Conduct matters") between them; when a line's counts do not
 *    line up with the header's, the block is no table and stays text. */
#define HEADING_MAX 80
#define WIDE_LINE 4096   /* lines wider than this are never table rows */
#define MAX_HEADER_LINES 3

enum kind { K_BLANK, K_TEXT, K_DRULE, K_PRULE };

struct seg {
    int c0, c1;        /* display columns [c0, c1) */
    size_t b0, b1;     /* byte offsets in the line */
};

struct tline {
    const char *s;     /* trimmed text, NUL-terminated, in the doc arena */
    size_t len;
    enum kind kind;
    int wide;          /* too wide to be a fixed-width row */
    int nseg;
    struct seg *seg;   /* text split at runs of >= 2 spaces or a tab */
    int nrun;
    struct seg *run;   /* dash runs of a K_DRULE line */
    int has_pipe;      /* an unescaped '|' */
    int lead_pipe;     /* starts with '|' after indentation */
};

struct col {
    int c0, c1;
};

struct ctx {
    struct foi_doc *doc;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_arena tmp;      /* analysis scratch, released at the end */
    struct tline *tl;
    int n;
    unsigned char *used;       /* line already in a table */
    unsigned char *pbreak;     /* a form feed starts a new page at this line */
    struct foi_table *tables;
    int ntables, atables;
};

static int nomem(struct ctx *c)
{
    return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading text");
}

/* ------------------------------------------------------------ line analysis */

static int is_rule_char(const char *s, size_t len, size_t i, size_t *adv)
{
    unsigned char b = (unsigned char)s[i];
    if (b == '-' || b == '=' || b == '_') {
        *adv = 1;
        return 1;
    }
    /* U+2500 BOX DRAWINGS LIGHT HORIZONTAL, U+2501 HEAVY */
    if (b == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x94 &&
        ((unsigned char)s[i + 2] == 0x80 || (unsigned char)s[i + 2] == 0x81)) {
        *adv = 3;
        return 1;
    }
    return 0;
}

/* Walk a line in display columns: tabs to multiples of 8, UTF-8 sequences one
 * column each. Splits text into segments at runs of >= 2 spaces or a tab. */
static int analyse(struct ctx *c, struct tline *t)
{
    const char *s = t->s;
    size_t len = t->len;
    int nseg = 0, nrun = 0, col = 0, rule_ok = 1, rule_chars = 0;
    /* pass 1 counts, pass 2 fills */
    for (int pass = 0; pass < 2; pass++) {
        int in_seg = 0, ws = 0, ws_tab = 0, ws_c0 = 0, in_run = 0;
        size_t ws_b0 = 0;
        nseg = nrun = col = 0;
        rule_ok = 1, rule_chars = 0;
        for (size_t i = 0; i < len;) {
            unsigned char b = (unsigned char)s[i];
            if (b == ' ' || b == '\t') {
                if (!ws)
                    ws_c0 = col, ws_b0 = i, ws_tab = 0;
                ws++;
                if (b == '\t') {
                    ws_tab = 1;
                    col = (col / 8 + 1) * 8;
                } else {
                    col++;
                }
                if (in_run) {
                    if (pass && t->run)
                        t->run[nrun - 1].c1 = ws_c0, t->run[nrun - 1].b1 = i;
                    in_run = 0;
                }
                i++;
                continue;
            }
            if (in_seg && ws && (ws >= 2 || ws_tab)) {
                if (pass)
                    t->seg[nseg - 1].c1 = ws_c0, t->seg[nseg - 1].b1 = ws_b0;
                in_seg = 0;
            }
            if (!in_seg) {
                if (pass)
                    t->seg[nseg].c0 = col, t->seg[nseg].b0 = i;
                nseg++;
                in_seg = 1;
            }
            ws = 0;
            size_t adv = 1;
            if (is_rule_char(s, len, i, &adv)) {
                rule_chars++;
                if (!in_run) {
                    if (pass && t->run)
                        t->run[nrun].c0 = col, t->run[nrun].b0 = i;
                    nrun++;
                    in_run = 1;
                }
            } else {
                rule_ok = 0;
                in_run = 0;
                if ((b & 0xC0) == 0xC0) {
                    adv = 1;
                    while (i + adv < len && ((unsigned char)s[i + adv] & 0xC0) == 0x80)
                        adv++;
                }
            }
            if (b == '|' && (i == 0 || s[i - 1] != '\\'))
                t->has_pipe = 1;
            i += adv;
            col++;
        }
        if (pass) {
            if (in_seg)
                t->seg[nseg - 1].c1 = col, t->seg[nseg - 1].b1 = len;
            if (in_run && t->run)
                t->run[nrun - 1].c1 = col, t->run[nrun - 1].b1 = len;
            break;
        }
        if (nseg) {
            t->seg = foi_arena_alloc(&c->tmp, (size_t)nseg * sizeof *t->seg);
            if (!t->seg)
                return nomem(c);
        }
        if (rule_ok && nrun) {
            t->run = foi_arena_alloc(&c->tmp, (size_t)nrun * sizeof *t->run);
            if (!t->run)
                return nomem(c);
        }
        if (!(rule_ok && nrun))
            t->run = NULL;
    }
    t->nseg = nseg;
    t->wide = col > WIDE_LINE;
    if (!len) {
        t->kind = K_BLANK;
    } else if (rule_ok && rule_chars >= 3) {
        t->kind = K_DRULE;
        t->nrun = nrun;
    } else {
        t->kind = K_TEXT;
        t->run = NULL;
        t->nrun = 0;
        /* pipe/grid rule: only | + - = : and spaces, with a | or + and a - or = */
        int bar = 0, dash = 0, other = 0;
        for (size_t i = 0; i < len; i++) {
            char ch = s[i];
            if (ch == '|' || ch == '+')
                bar = 1;
            else if (ch == '-' || ch == '=')
                dash = 1;
            else if (ch != ':' && ch != ' ' && ch != '\t')
                other = 1;
        }
        if (bar && dash && !other)
            t->kind = K_PRULE;
        size_t k = 0;
        while (k < len && (s[k] == ' ' || s[k] == '\t'))
            k++;
        t->lead_pipe = k < len && s[k] == '|';
    }
    return 0;
}

/* Does a dash rule have at least two runs of two or more columns? */
static int multi_run(const struct tline *t)
{
    if (t->kind != K_DRULE || t->nrun < 2)
        return 0;
    for (int i = 0; i < t->nrun; i++)
        if (t->run[i].c1 - t->run[i].c0 < 2)
            return 0;
    return 1;
}

/* ------------------------------------------------------------ line flags */

static int starts_with(const char *s, const char *lit)
{
    return strncmp(s, lit, strlen(lit)) == 0;
}

static const char *skip_spaces(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* A bullet character followed by a space: 2 for the unambiguous ones (• · ▪),
 * 1 for "- ", "* ", "– ", 3 for enumerators "(a) ", "(iv) ", "(1) ", "1. ",
 * "12) ", "a) " (1 and 3 also start wrapped prose lines). */
static int bullet_marker(const char *s)
{
    static const char *const sure[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", NULL};
    static const char *const marks[] = {"-", "*", "\xE2\x80\x93", NULL};
    s = skip_spaces(s);
    for (int i = 0; sure[i]; i++)
        if (starts_with(s, sure[i]) && s[strlen(sure[i])] == ' ')
            return 2;
    for (int i = 0; marks[i]; i++)
        if (starts_with(s, marks[i]) && s[strlen(marks[i])] == ' ')
            return 1;
    if (s[0] == '(') {
        int k = 1;
        while (k <= 4 && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= '0' && s[k] <= '9')))
            k++;
        return k > 1 && s[k] == ')' && s[k + 1] == ' ' ? 3 : 0;
    }
    int k = 0;
    while (k < 3 && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k > 0)
        return (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ' ? 3 : 0;
    return ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')) && s[1] == ')' && s[2] == ' ' ? 3 : 0;
}

static int star_bullet(const char *s)
{
    s = skip_spaces(s);
    return s[0] == '*' && s[1] == ' ';
}

static int caps_heading(const char *s, size_t len)
{
    if (len > HEADING_MAX)
        return 0;
    int word = 0, capword = 0;
    for (size_t i = 0; i <= len; i++) {
        char ch = i < len ? s[i] : ' ';
        if (ch >= 'a' && ch <= 'z')
            return 0;
        if (ch >= 'A' && ch <= 'Z') {
            if (word >= 0)
                word++;
        } else if (ch == ' ' || ch == '\t') {
            if (word >= 3)
                capword = 1;
            word = 0;
        } else {
            word = -1;   /* a word with digits or punctuation inside */
        }
    }
    return capword;
}

static int has_letter(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || ((unsigned char)s[i] >= 0xC3 && (unsigned char)s[i] < 0xE0))
            return 1;
    return 0;
}

/* The whole line is one period ("2021/22", "Financial year 2022/23"). */
static int period_alone(const char *s, size_t len)
{
    char buf[48];
    if (len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = 0;
    while (len && buf[len - 1] == ' ')
        buf[--len] = 0;
    /* "For the financial year 2023/24:" opens a request or a sentence */
    static const char *const lead[] = { "for ", "in ", "during ", "between ", "from ", "since ", "over ", NULL };
    if (!len || !(isdigit((unsigned char)buf[0]) || isupper((unsigned char)buf[0])))
        return 0;
    for (int i = 0; lead[i]; i++)
        if (!strncasecmp(buf, lead[i], strlen(lead[i])))
            return 0;
    struct foi_period p;
    return len && foi_period_parse(buf, NULL, &p) == 1 && p.resolved && foi_date_cmp(&p.start, &p.end);
}

static void line_flags(struct ctx *c)
{
    struct foi_line *L = c->doc->lines;
    for (int i = 0; i < c->n; i++) {
        const struct tline *t = &c->tl[i];
        unsigned f = 0;
        if (t->kind == K_BLANK) {
            L[i].flags = 0;
            continue;
        }
        int prev_blank = i == 0 || c->tl[i - 1].kind == K_BLANK;
        int next_blank = i + 1 >= c->n || c->tl[i + 1].kind == K_BLANK;
        /* "Allegations against police officers" over "-------...": a
         * title underlined by a rule of one run (round 44a, blind44
         * Staffordshire); the line under the rule starts a paragraph */
        int underlined = !next_blank && c->tl[i + 1].kind == K_DRULE && c->tl[i + 1].nrun <= 1 &&
                         t->kind == K_TEXT && t->nseg <= 1;
        if (prev_blank || (i >= 2 && t->kind == K_TEXT && c->tl[i - 1].kind == K_DRULE &&
                           (L[i - 2].flags & FOI_LINE_HEADING) && c->tl[i - 1].nrun <= 1 &&
                           c->tl[i - 2].kind == K_TEXT && c->tl[i - 2].nseg <= 1))
            f |= FOI_LINE_PARA_START;
        int bullet_char = 0;   /* a list item (an enumerator may still be a heading) */
        const char *s = skip_spaces(t->s);
        if (star_bullet(t->s)) {
            /* "* x" is a list item when a neighbour is one too, else a footnote */
            int list = (!prev_blank && star_bullet(c->tl[i - 1].s)) ||
                       (!next_blank && star_bullet(c->tl[i + 1].s));
            f |= list ? FOI_LINE_BULLET : FOI_LINE_FOOTNOTE;
            bullet_char = list;
        } else {
            /* an ambiguous marker is a bullet at the start of a paragraph, after
             * another bullet or after a line ending a sentence or clause */
            int m = bullet_marker(t->s);
            char pl = prev_blank ? 0 : c->tl[i - 1].s[c->tl[i - 1].len - 1];
            /* indented deeper than the line above: a list under it, not prose
             * wrapped onto a line that happens to start with a dash */
            int deeper = !prev_blank &&
                         skip_spaces(t->s) - t->s > skip_spaces(c->tl[i - 1].s) - c->tl[i - 1].s;
            /* the first of a run of lines opening with the same dash at the
             * same indentation ("- Dismissed – 2" / "- Ongoing – 5" under
             * "Sexual assault"): a list, whatever the line above ends with
             * (prose wraps onto a dash line now and then, never line after
             * line) */
            int run = m == 1 && !next_blank && bullet_marker(c->tl[i + 1].s) == 1 &&
                      skip_spaces(c->tl[i + 1].s) - c->tl[i + 1].s == s - t->s &&
                      !strncmp(s, skip_spaces(c->tl[i + 1].s), 1);
            /* "... 2024:" / "2. Staff, ...": a list led in by a colon starts
             * at 1; a higher number right after it is the sentence going on */
            int late = m == 3 && pl == ':' && isdigit((unsigned char)*s) && atoi(s) > 1;
            if (m == 2 || (m && (prev_blank || deeper || run || (L[i - 1].flags & FOI_LINE_BULLET) ||
                                 (pl == ':' && !late) || pl == ';' || pl == '.' || pl == '?' || pl == '!')))
                f |= FOI_LINE_BULLET;
            bullet_char = (f & FOI_LINE_BULLET) && m != 3;
        }
        if (s[0] == '*' || starts_with(s, "\xE2\x80\xA0") || starts_with(s, "\xE2\x80\xA1"))
            if (!(f & FOI_LINE_BULLET))
                f |= FOI_LINE_FOOTNOTE;
        size_t len = t->len - (size_t)(s - t->s);
        char last = t->s[t->len - 1];
        if (caps_heading(s, len) ||
            (len <= HEADING_MAX && prev_blank && (next_blank || underlined) && has_letter(s, len) &&
             last != '.' && last != ',' && last != ';' && !(f & FOI_LINE_FOOTNOTE) && !bullet_char &&
             !memchr(s, '@', len) && !strstr(s, "://") && strncmp(s, "www.", 4) != 0))
            f |= FOI_LINE_HEADING;
        /* a period alone at a paragraph's start heads the lines under it
         * ("2021/22" over "2 allegations of ..."), blank line or not */
        if (prev_blank && !next_blank && len <= 40 && !(f & (FOI_LINE_BULLET | FOI_LINE_FOOTNOTE)) &&
            period_alone(s, len))
            f |= FOI_LINE_HEADING;
        L[i].flags = f;
    }
}

/* ------------------------------------------------------------ cell helpers */

struct tb {             /* a table being built */
    int nrows, ncols;
    int *line;          /* line index of each row */
    struct foi_cell *cells;
};

static int table_add(struct ctx *c, struct tb *b, int first, int last, int header_rows)
{
    struct foi_doc *doc = c->doc;
    if (b->ncols > c->lim->max_cols)
        return foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&doc->arena, "line %d", first + 1),
                        "table has %d columns, over the %d-column limit", b->ncols, c->lim->max_cols);
    if (c->ntables == c->atables) {
        int na = c->atables ? c->atables * 2 : 4;
        struct foi_table *t = foi_arena_alloc(&doc->arena, (size_t)na * sizeof *t);
        if (!t)
            return nomem(c);
        if (c->ntables)
            memcpy(t, c->tables, (size_t)c->ntables * sizeof *t);
        c->tables = t;
        c->atables = na;
    }
    struct foi_table *t = &c->tables[c->ntables++];
    memset(t, 0, sizeof *t);
    t->nrows = b->nrows;
    t->ncols = b->ncols;
    t->cells = b->cells;
    t->header_rows = header_rows;
    t->first_line = first + 1;
    t->last_line = last + 1;
    t->anchor_line = first;
    for (int r = 0; r < header_rows; r++)
        for (int k = 0; k < b->ncols; k++)
            b->cells[(size_t)r * (size_t)b->ncols + (size_t)k].flags |= FOI_CELL_HEADER;
    for (int d = 1; d <= 2 && first - d >= 0; d++) {
        int k = first - d;
        if (c->tl[k].kind != K_BLANK) {
            /* a line standing alone or marked as a heading; the last line of a
             * wrapped paragraph ("staff together.") is no heading (the engine
             * reads the paragraph whole) */
            if ((c->doc->lines[k].flags & FOI_LINE_HEADING) || k == 0 || c->tl[k - 1].kind == K_BLANK)
                t->heading = c->doc->lines[k].text;
            break;
        }
    }
    for (int i = first; i <= last; i++)
        c->used[i] = 1;
    return 0;
}

static int alloc_cells(struct ctx *c, struct tb *b, int first)
{
    if ((long)b->nrows * (long)b->ncols > c->lim->max_cells)
        return foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "line %d", first + 1),
                        "table has %ld cells, over the %ld-cell limit",
                        (long)b->nrows * (long)b->ncols, c->lim->max_cells);
    if (b->ncols > c->lim->max_cols)
        return foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "line %d", first + 1),
                        "table has %d columns, over the %d-column limit", b->ncols, c->lim->max_cols);
    b->cells = foi_arena_alloc(&c->doc->arena, (size_t)b->nrows * (size_t)b->ncols * sizeof *b->cells);
    if (!b->cells)
        return nomem(c);
    for (int r = 0; r < b->nrows; r++)
        for (int k = 0; k < b->ncols; k++) {
            struct foi_cell *cell = &b->cells[(size_t)r * (size_t)b->ncols + (size_t)k];
            cell->text = "";
            cell->src_row = b->line[r] + 1;
            cell->src_col = k + 1;
        }
    return 0;
}

/* A table of rows lines of the file from first on, one row each, ncols
 * columns: its line numbers and empty cells. */
static int line_run_table(struct ctx *c, struct tb *b, int first, int rows, int ncols)
{
    memset(b, 0, sizeof *b);
    b->nrows = rows;
    b->ncols = ncols;
    b->line = foi_arena_alloc(&c->tmp, (size_t)rows * sizeof *b->line);
    if (!b->line)
        return nomem(c);
    for (int r = 0; r < rows; r++)
        b->line[r] = first + r;
    return alloc_cells(c, b, first);
}

/* Append text (collapsed) to a cell, joining with a space. */
static int cell_append(struct ctx *c, struct foi_cell *cell, const char *s, size_t n)
{
    char *t = foi_collapse_ws(&c->doc->arena, s, n);
    if (!t)
        return nomem(c);
    if (!*t)
        return 0;
    if (!*cell->text) {
        cell->text = t;
        return 0;
    }
    char *j = foi_arena_printf(&c->doc->arena, "%s %s", cell->text, t);
    if (!j)
        return nomem(c);
    cell->text = j;
    return 0;
}

/* ------------------------------------------------------------ pipe and grid tables */

/* Split a pipe row into cells; returns the count, fills (b0,b1) pairs if out. */
static int pipe_cells(const struct tline *t, size_t *out)
{
    const char *s = t->s;
    size_t len = t->len, i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t end = len;
    if (i < len && s[i] == '|')
        i++;
    if (end > i && s[end - 1] == '|' && (end < 2 || s[end - 2] != '\\'))
        end--;
    int n = 0;
    size_t start = i;
    for (size_t k = i; k <= end; k++) {
        if (k == end || (s[k] == '|' && (k == 0 || s[k - 1] != '\\'))) {
            if (out)
                out[2 * n] = start, out[2 * n + 1] = k;
            n++;
            start = k + 1;
        }
    }
    return n;
}

static int pipe_tables(struct ctx *c)
{
    for (int i = 0; i < c->n;) {
        const struct tline *t = &c->tl[i];
        if (!(t->kind == K_PRULE || (t->kind == K_TEXT && t->has_pipe))) {
            i++;
            continue;
        }
        int j = i, rows = 0, all_lead = 1, has_rule = 0, maxc = 0;
        while (j < c->n && (c->tl[j].kind == K_PRULE || (c->tl[j].kind == K_TEXT && c->tl[j].has_pipe))) {
            if (c->tl[j].kind == K_PRULE) {
                has_rule |= memchr(c->tl[j].s, '|', c->tl[j].len) != NULL ||
                            memchr(c->tl[j].s, '+', c->tl[j].len) != NULL;
            } else {
                rows++;
                all_lead &= c->tl[j].lead_pipe;
                int k = pipe_cells(&c->tl[j], NULL);
                if (k > maxc)
                    maxc = k;
            }
            j++;
        }
        int first = i, last = j - 1;
        i = j;
        if (rows < 1 || last - first + 1 < 2 || maxc < 2 || !(all_lead || has_rule))
            continue;
        struct tb b = {.nrows = rows, .ncols = maxc};
        b.line = foi_arena_alloc(&c->tmp, (size_t)rows * sizeof *b.line);
        size_t *pos = foi_arena_alloc(&c->tmp, (size_t)maxc * 2 * sizeof *pos);
        if (!b.line || !pos)
            return nomem(c);
        int r = 0;
        for (int k = first; k <= last; k++)
            if (c->tl[k].kind != K_PRULE)
                b.line[r++] = k;
        int rc = alloc_cells(c, &b, first);
        if (rc)
            return rc;
        /* header rows: the rows before the first rule with rows on both sides */
        int header = -1, seen = 0;
        for (int k = first; k <= last && header < 0; k++) {
            if (c->tl[k].kind != K_PRULE)
                seen++;
            else if (seen > 0 && seen < rows)
                header = seen;
        }
        for (r = 0; r < rows; r++) {
            const struct tline *row = &c->tl[b.line[r]];
            int nc = pipe_cells(row, pos);
            for (int k = 0; k < nc; k++) {
                const char *p = row->s + pos[2 * k];
                size_t len = pos[2 * k + 1] - pos[2 * k];
                if (memchr(p, '\\', len)) {   /* "\|" is a literal bar */
                    char *u = foi_arena_alloc(&c->tmp, len + 1);
                    if (!u)
                        return nomem(c);
                    size_t m = 0;
                    for (size_t q = 0; q < len; q++)
                        if (!(p[q] == '\\' && q + 1 < len && p[q + 1] == '|'))
                            u[m++] = p[q];
                    p = u;
                    len = m;
                }
                rc = cell_append(c, &b.cells[(size_t)r * (size_t)maxc + (size_t)k], p, len);
                if (rc)
                    return rc;
            }
        }
        if (header < 0) {
            header = 0;
            if (rows >= 2) {
                int num = 0;
                for (int k = 0; k < maxc; k++)
                    num |= foi_count_cell(b.cells[k].text);
                header = !num;
            }
        }
        if ((rc = table_add(c, &b, first, last, header)) != 0)
            return rc;
    }
    return 0;
}

/* ------------------------------------------------------------ fixed-width tables */

/* Which column a segment falls in: its index, -1 - first when it overlaps
 * several (crossing), *last gets the last column it overlaps. */
static int seg_col(const struct seg *s, const struct col *cols, int ncols, int *last)
{
    /* columns are sorted and disjoint: binary search for the first column
     * ending after the segment starts */
    int lo = 0, hi = ncols;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (cols[mid].c1 <= s->c0)
            lo = mid + 1;
        else
            hi = mid;
    }
    int first = lo, end = lo;
    while (end < ncols && cols[end].c0 < s->c1)
        end++;
    if (end - first == 1) {
        *last = first;
        return first;
    }
    if (end - first > 1) {
        *last = end - 1;
        return -1 - first;
    }
    /* in a gap: the nearest column (the left one on a tie) */
    int best;
    if (first >= ncols)
        best = ncols - 1;
    else if (first == 0)
        best = 0;
    else
        best = s->c0 - cols[first - 1].c1 <= cols[first].c0 - s->c1 ? first - 1 : first;
    *last = best;
    return best;
}

/* A body row: no segment across two columns. *filled: columns with text. */
static int row_fits(const struct tline *t, const struct col *cols, int ncols, int *filled)
{
    if (t->kind != K_TEXT || t->wide || !t->nseg)
        return 0;
    int prev = -1, n = 0, last;
    for (int i = 0; i < t->nseg; i++) {
        int k = seg_col(&t->seg[i], cols, ncols, &last);
        if (k < 0)
            return 0;
        if (k != prev)
            n++;
        prev = k;
    }
    *filled = n;
    return 1;
}

/* A header line above the rule: two or more segments, or one that sits in a
 * column other than the first (a group label). */
static int header_fits(const struct tline *t, const struct col *cols, int ncols)
{
    if (t->kind != K_TEXT || t->wide || !t->nseg)
        return 0;
    if (t->nseg >= 2)
        return 1;
    int last, k = seg_col(&t->seg[0], cols, ncols, &last);
    if (k < 0)
        k = -1 - k;
    return k >= 1;
}


/* Header words split over columns: word q (t->s[w0[q], w1[q])) into column
 * ks[q] of row r. 1, or -1 out of memory. */
static int put_words(struct ctx *c, struct tb *b, int r, const struct tline *t, int nw, const int *ks,
                     const size_t *w0, const size_t *w1)
{
    for (int q = 0; q < nw; q++) {
        struct foi_cell *cell = &b->cells[(size_t)r * (size_t)b->ncols + (size_t)ks[q]];
        if (cell_append(c, cell, t->s + w0[q], w1[q] - w0[q]))
            return -1;
    }
    return 1;
}

/* The words of segment g of line t: their byte spans into w0/w1; their
 * number, or -1 when there are more than max. */
static int head_words(const struct tline *t, const struct seg *g, size_t *w0, size_t *w1, int max)
{
    int nw = 0;
    for (size_t i = g->b0; i < g->b1;) {
        while (i < g->b1 && t->s[i] == ' ')
            i++;
        size_t j = i;
        while (j < g->b1 && t->s[j] != ' ')
            j++;
        if (j > i) {
            if (nw == max)
                return -1;
            w0[nw] = i, w1[nw] = j;
            nw++;
        }
        i = j;
    }
    return nw;
}

/* A header segment across columns whose words each fall inside one column
 * of the rule ("OFFR STAFF" over "----- -----", one space between heads
 * set flush right over their runs): the words are the columns' own heads,
 * no group label. Appends each word to its column's cell of row r; 1 when
 * split, 0 when some word crosses a column or all sit in one (a label
 * over several columns, left to the caller); -1 out of memory. */
static int split_crossing_head(struct ctx *c, struct tb *b, int r, const struct tline *t, const struct seg *g,
                               const struct col *cols, int ncols)
{
    if (g->b1 - g->b0 != (size_t)(g->c1 - g->c0))
        return 0;   /* not one column a byte: no word's columns to tell */
    int ks[16];
    size_t w0[16], w1[16];
    int nw = head_words(t, g, w0, w1, 16);
    for (int q = 0; q < nw; q++) {
        struct seg w = { g->c0 + (int)(w0[q] - g->b0), g->c0 + (int)(w1[q] - g->b0), w0[q], w1[q] };
        int last, k = seg_col(&w, cols, ncols, &last);
        /* inside a run, not in a gap beside it */
        if (k < 0 || w.c0 < cols[k].c0 || w.c1 > cols[k].c1)
            return 0;
        ks[q] = k;
    }
    if (nw < 2 || ks[0] == ks[nw - 1])
        return 0;
    return put_words(c, b, r, t, nw, ks, w0, w1);
}

/* A header segment over a table with no rule whose columns come from its body
 * rows only ("Officers  Staff Officers  Staff" over right-aligned counts, one
 * space between two heads): each word goes to the column its span overlaps,
 * else the nearest; the words must fall in distinct columns, left to right.
 * 1 when split, 0 when not; -1 out of memory (round 32 part A). */
static int split_loose_head(struct ctx *c, struct tb *b, int r, const struct tline *t, const struct seg *g,
                            const struct col *cols, int ncols)
{
    if (g->b1 - g->b0 != (size_t)(g->c1 - g->c0))
        return 0;
    int ks[16];
    size_t w0[16], w1[16];
    int nw = head_words(t, g, w0, w1, 16);
    for (int q = 0; q < nw; q++) {
        int a = g->c0 + (int)(w0[q] - g->b0), z = g->c0 + (int)(w1[q] - g->b0), best = -1, bestd = 0;
        for (int k = 0; k < ncols; k++) {
            int d = cols[k].c1 <= a ? a - cols[k].c1 + 1 : cols[k].c0 >= z ? cols[k].c0 - z + 1 : 0;
            if (best < 0 || d < bestd)
                best = k, bestd = d;
        }
        if (best < 1 || (q && best <= ks[q - 1]))
            return 0;
        ks[q] = best;
    }
    if (nw < 2)
        return 0;
    return put_words(c, b, r, t, nw, ks, w0, w1);
}

/* Group labels over sub-headings that repeat block by block ("2024/25
 * 2025/26" over "n  %  n  %"): the columns after the first split into
 * blocks of the pattern's length, each group label sits over a column of
 * its own block at the same place in each block, and each block's columns
 * take their block's label (a label set flush over the block's first or
 * last column is no nearer the next block). 1 when filled so, else 0. */
static int repeated_groups(struct tb *b, int r, int sub, int ncols)
{
    int n = ncols - 1;
    for (int p = 2; p <= n / 2; p++) {
        if (n % p)
            continue;
        int same = 1;
        for (int k = 1; k + p < ncols && same; k++) {
            const char *x = b->cells[(size_t)sub * (size_t)ncols + (size_t)k].text;
            const char *y = b->cells[(size_t)sub * (size_t)ncols + (size_t)(k + p)].text;
            same = *x && strcmp(x, y) == 0;
        }
        for (int k = 1; k <= p && same; k++)
            same = *b->cells[(size_t)sub * (size_t)ncols + (size_t)k].text != '\0';
        if (!same)
            continue;
        /* one label in each block, at the same offset, nothing else */
        int off = -1, ok = 1;
        for (int blk = 0; blk < n / p && ok; blk++) {
            int found = -1;
            for (int q = 0; q < p; q++) {
                const struct foi_cell *cell = &b->cells[(size_t)r * (size_t)ncols + (size_t)(1 + blk * p + q)];
                if (*cell->text && !(cell->flags & FOI_CELL_SPANNED)) {
                    if (found >= 0)
                        ok = 0;
                    found = q;
                }
            }
            if (found < 0 || (off >= 0 && found != off))
                ok = 0;
            off = found;
        }
        if (!ok)
            return 0;
        for (int blk = 0; blk < n / p; blk++) {
            struct foi_cell *src = &b->cells[(size_t)r * (size_t)ncols + (size_t)(1 + blk * p + off)];
            for (int q = 0; q < p; q++) {
                struct foi_cell *cell = &b->cells[(size_t)r * (size_t)ncols + (size_t)(1 + blk * p + q)];
                if (q == off)
                    continue;
                cell->text = src->text;
                cell->flags |= FOI_CELL_SPANNED;
            }
        }
        return 1;
    }
    return 0;
}

/* Fill the cells of a fixed-width table whose lines are first..last. */
/* heads: header lines the caller knows of where no rule says (0 none) */
static int fixed_build(struct ctx *c, int first, int last, const struct col *cols, int ncols, int heads)
{
    int rows = 0;
    for (int i = first; i <= last; i++)
        rows += c->tl[i].kind == K_TEXT;
    struct tb b = {.nrows = rows, .ncols = ncols};
    b.line = foi_arena_alloc(&c->tmp, (size_t)(rows ? rows : 1) * sizeof *b.line);
    if (!b.line)
        return nomem(c);
    int r = 0, header = -1, seen = 0;
    /* heads < 0: that many header lines over columns taken from the body
     * rows alone, no rule (aligned_tables' blank-corner heads) */
    int loose = heads < 0 ? -heads : 0;
    if (loose)
        header = loose, heads = 0;
    for (int i = first; i <= last; i++) {
        if (c->tl[i].kind == K_TEXT)
            b.line[r++] = i, seen++;
        else if (c->tl[i].kind == K_DRULE && header < 0 && seen > 0 && seen < rows)
            header = seen;
    }
    int rc = alloc_cells(c, &b, first);
    if (rc)
        return rc;
    for (r = 0; r < rows; r++) {
        const struct tline *t = &c->tl[b.line[r]];
        int is_header = header > 0 ? r < header : 0;
        for (int s = 0; s < t->nseg; s++) {
            int last_k, k = seg_col(&t->seg[s], cols, ncols, &last_k);
            int span = 0;
            int sp = k < 0 && is_header ? split_crossing_head(c, &b, r, t, &t->seg[s], cols, ncols) : 0;
            if (!sp && k < 0 && is_header && loose)
                sp = split_loose_head(c, &b, r, t, &t->seg[s], cols, ncols);
            if (sp < 0)
                return FOI_ENOMEM;
            if (sp)
                continue;
            if (k < 0) {
                k = -1 - k;
                span = is_header;   /* a group label over several columns */
                if (!span)
                    last_k = k;
            } else {
                last_k = k;
            }
            struct foi_cell *cell = &b.cells[(size_t)r * (size_t)ncols + (size_t)k];
            rc = cell_append(c, cell, t->s + t->seg[s].b0, t->seg[s].b1 - t->seg[s].b0);
            if (rc)
                return rc;
            for (int m = k + 1; span && m <= last_k; m++) {
                struct foi_cell *copy = &b.cells[(size_t)r * (size_t)ncols + (size_t)m];
                if (!*copy->text) {
                    copy->text = cell->text;
                    copy->flags |= FOI_CELL_SPANNED;
                }
            }
        }
    }
    /* a group line over a line of sub-headings ("2023  2024  Jan-Jun 2025"
     * over "Officers  Staff  Officers  Staff ..."): each sub-heading column
     * (not the first, the row labels') takes the group label nearest its
     * middle, as a merged cell over the group would say */
    for (r = 0; header > 1 && r < header - 1; r++) {
        const struct tline *t = &c->tl[b.line[r]], *u = &c->tl[b.line[header - 1]];
        if (t->nseg >= u->nseg || t->nseg < 2)
            continue;
        if (repeated_groups(&b, r, header - 1, ncols))
            continue;
        for (int k = 1; k < ncols; k++) {
            struct foi_cell *cell = &b.cells[(size_t)r * (size_t)ncols + (size_t)k];
            if (*cell->text || !*b.cells[(size_t)(header - 1) * (size_t)ncols + (size_t)k].text)
                continue;
            int mid2 = cols[k].c0 + cols[k].c1, best = -1, bestd = 0;
            for (int g = 0; g < t->nseg; g++) {
                int d = t->seg[g].c0 + t->seg[g].c1 - mid2;
                if (d < 0)
                    d = -d;
                if (best < 0 || d < bestd)
                    best = g, bestd = d;
            }
            int lk, gk = seg_col(&t->seg[best], cols, ncols, &lk);
            if (gk < 0)
                gk = -1 - gk;
            if (gk < 1 || gk == k)
                continue;
            const struct foi_cell *src = &b.cells[(size_t)r * (size_t)ncols + (size_t)gk];
            if (*src->text) {
                cell->text = src->text;
                cell->flags |= FOI_CELL_SPANNED;
            }
        }
    }
    if (header < 0 && heads > 0 && heads < rows) {
        header = heads;   /* a header line and the line its headings wrap onto */
    } else if (header < 0) {
        header = 0;
        if (rows >= 2) {
            int num = 0;
            for (int k = 0; k < ncols; k++)
                num |= foi_count_cell(b.cells[k].text);
            header = !num;
        }
    }
    /* a table needs two columns with text */
    int nonempty = 0;
    for (int k = 0; k < ncols; k++) {
        int any = 0;
        for (r = 0; r < rows && !any; r++)
            any = *b.cells[(size_t)r * (size_t)ncols + (size_t)k].text != '\0';
        nonempty += any;
    }
    if (nonempty < 2 || rows < 2)
        return 0;
    return table_add(c, &b, first, last, header);
}

/* Tables under (or over) a dashed rule whose runs give the columns. */
/* A rule of one run under a header line of three or more segments that it
 * spans from its first column ("Type / Outcome    2023/24  2024/25  Total"
 * over "=========="): the header's segments are the columns. A header that
 * starts further in (a blank corner over the row labels: "      2017/18
 * 2018/19") names the count columns only; its table is read by the blank
 * columns of its rows, as before. */
static int period_word(const struct tline *t, size_t b0, size_t b1);

/* A header's segment after the first names a column: it holds a letter or
 * is a period ("2024", "2023/24"), never a count or a mark ("21", "-",
 * "*"): the last body row over a closing rule is no header. */
static int names_column(const struct tline *t, const struct seg *g)
{
    for (size_t i = g->b0; i < g->b1; i++)
        if (isalpha((unsigned char)t->s[i]))
            return 1;
    return period_word(t, g->b0, g->b1);
}

/* A line under a header line that only carries on some of its headings,
 * wrapped ("Rate per 1,000 officers" over "(2025)"): each of its segments
 * under a heading of H after the first. */
static int wrapped_heads(const struct tline *H, const struct tline *W)
{
    if (W->kind != K_TEXT || W->wide || !W->nseg || W->nseg >= H->nseg)
        return 0;
    for (int k = 0; k < W->nseg; k++) {
        int under = 0;
        for (int g = 1; g < H->nseg && !under; g++)
            under = W->seg[k].c0 < H->seg[g].c1 && W->seg[k].c1 > H->seg[g].c0;
        if (!under)
            return 0;
    }
    return 1;
}

/* A header line: three or more segments, each after the first naming a
 * column (words or a period, never a count). */
static int head_line(const struct tline *H)
{
    if (H->kind != K_TEXT || H->wide || H->nseg < 3)
        return 0;
    for (int k = 1; k < H->nseg; k++)
        if (!names_column(H, &H->seg[k]))
            return 0;
    return 1;
}

/* A segment of t is a count ("12", "1,465"). */
static int counts_in(const struct tline *t)
{
    char buf[64];
    for (int k = 0; k < t->nseg; k++) {
        size_t n = t->seg[k].b1 - t->seg[k].b0;
        if (n >= sizeof buf)
            continue;
        memcpy(buf, t->s + t->seg[k].b0, n);
        buf[n] = 0;
        if (foi_count_cell(buf))
            return 1;
    }
    return 0;
}

/* The header line over a one-run rule r, as its index + 1 (0 none): the line
 * right above it, or the one above a line of wrapped headings. */
static int header_rule(const struct ctx *c, int r)
{
    const struct tline *R = &c->tl[r];
    if (R->kind != K_DRULE || R->nrun != 1 || r == 0 || c->used[r - 1])
        return 0;
    int h = r - 1;
    if (h >= 1 && !c->used[h - 1] && c->tl[h - 1].kind == K_TEXT && c->tl[h - 1].nseg >= 3 &&
        !c->tl[h - 1].wide && wrapped_heads(&c->tl[h - 1], &c->tl[h]))
        h--;
    const struct tline *H = &c->tl[h];
    if (H->kind != K_TEXT || H->wide || H->nseg < 3)
        return 0;
    /* the rule reaches under the last heading (which may run a few columns
     * past it: "Total" over a rule cut short) */
    if (!(R->run[0].c0 <= H->seg[0].c0 && H->seg[0].c0 <= R->run[0].c0 + 1 &&
          R->run[0].c1 > H->seg[H->nseg - 1].c0))
        return 0;
    for (int k = 1; k < H->nseg; k++)
        if (!names_column(H, &H->seg[k]))
            return 0;
    return h + 1;
}

/* A group line between blocks of a fixed-width table: one segment in the
 * first column, no digit ("SEXUAL MISCONDUCT" over its outcome rows). */
static int group_line(const struct tline *t, const struct col *cols, int ncols)
{
    if (t->kind != K_TEXT || t->wide || t->nseg != 1)
        return 0;
    int last, k = seg_col(&t->seg[0], cols, ncols, &last);
    /* the label may run on over the count columns ("Allegation type: Abuse
     * of position for a sexual purpose"), from the labels' own column
     * (round 32 part A) */
    if (k != 0 && k != -1)
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->s[i] >= '0' && t->s[i] <= '9')
            return 0;
    return 1;
}

/* Does a segment of t lie in display columns [a, b)? 1 if one ends there,
 * 2 if one starts there, 3 both (a segment crossing into it counts as
 * neither). */
static int seg_in(const struct tline *t, int a, int b)
{
    int got = 0;
    for (int k = 0; k < t->nseg; k++) {
        if (t->seg[k].c0 >= a && t->seg[k].c1 <= b)
            got |= 3;
    }
    return got;
}

/* Is display column x inside a segment of t? */
static int seg_covers(const struct tline *t, int x)
{
    for (int k = 0; k < t->nseg; k++)
        if (t->seg[k].c0 <= x && x < t->seg[k].c1)
            return 1;
    return 0;
}

/* The columns a header over a rule names, each of its segments one, except
 * one whose words are parted by single spaces each over a column of values
 * of its own ("NCTA Ongoing" over "4       1"): at a space no row's text
 * crosses, with values on both sides of it in most rows, the segment is two
 * columns. cols (ncols of them) or a new array; NULL out of memory. */
static struct col *split_heads(struct ctx *c, int h, int r, struct col *cols, int *ncols)
{
    const struct tline *H = &c->tl[h];
    int rows[64], nr = 0;
    for (int i = r + 1; i < c->n && nr < 64; i++) {
        const struct tline *t = &c->tl[i];
        if (c->used[i] || t->kind == K_BLANK || t->kind == K_PRULE)
            break;
        if (t->kind == K_DRULE)
            continue;
        if (t->nseg < 2)
            break;   /* a note under the table (one run of words), no row */
        rows[nr++] = i;
    }
    if (nr < 2)
        return cols;
    int cut[64], ncut = 0;
    for (int k = 1; k < H->nseg && k < *ncols; k++) {
        const struct seg *g = &H->seg[k];
        if (g->b1 - g->b0 != (size_t)(g->c1 - g->c0))
            continue;   /* tabs or wide characters: columns and bytes differ */
        int from = g->c0;
        for (size_t b = g->b0; b < g->b1 && ncut < 64; b++) {
            if (H->s[b] != ' ')
                continue;
            int x = g->c0 + (int)(b - g->b0), crossed = 0, both = 0;
            int seg_end = g->c1;
            for (size_t e = b + 1; e < g->b1; e++)
                if (H->s[e] == ' ') {
                    seg_end = g->c0 + (int)(e - g->b0);
                    break;
                }
            for (int q = 0; q < nr && !crossed; q++) {
                const struct tline *t = &c->tl[rows[q]];
                crossed = seg_covers(t, x);
                both += seg_in(t, from, x) && seg_in(t, x + 1, seg_end + 1);
            }
            if (!crossed && both * 2 > nr) {
                cut[ncut++] = x;
                from = x + 1;
            }
        }
    }
    if (!ncut || *ncols != H->nseg)
        return cols;
    /* the header line's segments split there too, so its cells are the
     * columns' (ASCII segments only: columns and bytes go together) */
    struct col *nc = foi_arena_alloc(&c->tmp, (size_t)(*ncols + ncut) * sizeof *nc);
    struct seg *ns = foi_arena_alloc(&c->tmp, (size_t)(H->nseg + ncut) * sizeof *ns);
    if (!nc || !ns)
        return NULL;
    int n = 0;
    for (int k = 0; k < H->nseg; k++) {
        struct seg cur = H->seg[k];
        for (int q = 0; q < ncut; q++)
            if (cut[q] > cur.c0 && cut[q] < cur.c1) {
                ns[n] = cur;
                ns[n].c1 = cut[q];
                ns[n].b1 = cur.b0 + (size_t)(cut[q] - cur.c0);
                n++;
                cur.b0 += (size_t)(cut[q] + 1 - cur.c0);
                cur.c0 = cut[q] + 1;
            }
        ns[n++] = cur;
    }
    for (int k = 0; k < n; k++)
        nc[k].c0 = ns[k].c0, nc[k].c1 = ns[k].c1;
    struct tline *HW = &c->tl[h];
    HW->seg = ns;
    HW->nseg = n;
    *ncols = n;
    return nc;
}

static int ruled_tables(struct ctx *c)
{
    int *rows = NULL;   /* line indexes of the body rows */
    for (int r = 0; r < c->n; r++) {
        int hrule = 0;
        if (c->used[r] || !(multi_run(&c->tl[r]) || (hrule = header_rule(c, r))))
            continue;
        const struct tline *R = &c->tl[r];
        int h = hrule - 1;   /* the header line over a one-run rule */
        int ncols = hrule ? c->tl[h].nseg : R->nrun;
        struct col *cols = foi_arena_alloc(&c->tmp, (size_t)ncols * sizeof *cols);
        if (!cols)
            return nomem(c);
        for (int k = 0; k < ncols; k++) {
            const struct seg *g = hrule ? &c->tl[h].seg[k] : &R->run[k];
            cols[k].c0 = g->c0, cols[k].c1 = g->c1;
        }
        if (hrule && (cols = split_heads(c, h, r, cols, &ncols)) == NULL)
            return nomem(c);
        int first = r, hdr = 0;
        for (int i = r - 1; i >= 0 && hdr < MAX_HEADER_LINES; i--) {
            if (c->used[i] || !header_fits(&c->tl[i], cols, ncols))
                break;
            first = i;
            hdr++;
        }
        if (!rows && !(rows = foi_arena_alloc(&c->tmp, (size_t)c->n * sizeof *rows)))
            return nomem(c);
        int body = 0, i;
        for (i = r + 1; i < c->n; i++) {
            const struct tline *t = &c->tl[i];
            int filled = 0;
            if (c->used[i])
                break;
            if (t->kind == K_BLANK) {
                /* a block after a blank line carries on the table only when
                 * its first row lines up with the columns: each of its
                 * segments in a column of its own. Two in one column (the
                 * next block laid out with other gaps: "POLICE STAFF" and
                 * "NO CASE TO ANSWER" both nearest EMPLOYEE) is another
                 * table, read on its own, not squeezed into these columns */
                /* (a run of up to three blank lines is crossed as one:
                 * round 32 part A) */
                int nb = i;
                while (nb + 1 < c->n && nb + 1 - i < 3 && c->tl[nb + 1].kind == K_BLANK)
                    nb++;
                if (nb + 1 < c->n && !c->used[nb + 1] && row_fits(&c->tl[nb + 1], cols, ncols, &filled) &&
                    filled >= 2 && filled == c->tl[nb + 1].nseg) {
                    i = nb;
                    continue;
                }
                /* under a header rule, a group line and its rows after a blank */
                if (hrule && nb + 2 < c->n && !c->used[nb + 1] && !c->used[nb + 2] &&
                    group_line(&c->tl[nb + 1], cols, ncols) &&
                    row_fits(&c->tl[nb + 2], cols, ncols, &filled) && filled >= 2 &&
                    filled == c->tl[nb + 2].nseg) {
                    i = nb;
                    continue;
                }
                break;
            }
            if (t->kind == K_DRULE)
                continue;
            /* the header line again (a report's next page): the next table */
            if (hrule && t->len == c->tl[h].len && !memcmp(t->s, c->tl[h].s, t->len))
                break;
            /* a group line after a blank line under a header rule, whose
             * label runs on over the count columns (round 32 part A) */
            if (!row_fits(t, cols, ncols, &filled) &&
                !(hrule && c->tl[i - 1].kind == K_BLANK && group_line(t, cols, ncols)))
                break;
            rows[body++] = i;
        }
        /* trailing one-segment lines are notes, not rows */
        while (body > 0 && c->tl[rows[body - 1]].nseg < 2)
            body--;
        if (body < 1 || hdr + body < 2) {
            /* the lines scanned fit this rule's columns and made no table:
             * carry on after them (keeps the whole pass linear) */
            if (i - 1 > r)
                r = i - 1;
            continue;
        }
        int last_row = rows[body - 1];
        int last = last_row;
        while (last + 1 < c->n && c->tl[last + 1].kind == K_DRULE && !c->used[last + 1])
            last++;   /* a closing rule */
        int before = c->ntables;
        int rc = fixed_build(c, first, last, cols, ncols, 0);
        if (rc)
            return rc;
        r = c->ntables > before ? last : (i - 1 > r ? i - 1 : r);
    }
    return 0;
}

/* ------------------------------------------------------------ tab-separated tables */

/* The line's text after its indentation (spaces; a leading tab is an empty
 * first cell), when it holds a tab between two fields (a row pasted from a
 * spreadsheet), else NULL; *nf its fields. */
static const char *tab_row(const struct tline *t, int *nf)
{
    if (t->kind != K_TEXT || t->wide)
        return NULL;
    const char *s = t->s;
    while (*s == ' ')
        s++;
    if (!*s || !strchr(s, '\t'))
        return NULL;
    int n = 1;
    for (const char *p = s; *p; p++)
        n += *p == '\t';
    *nf = n;
    return s;
}

/* Line j inside a run of tab rows is the first line of the next row's
 * label, wrapped ("Abuse of position for a sexual" over "purpose<TAB>5
 * <TAB>3<TAB>8"): no tab, no digit, a tab row above it and below it, and
 * the row below opening in lower case (the label going on). */
static int tab_label_wrap(const struct ctx *c, int j)
{
    int nf;
    const struct tline *t = &c->tl[j];
    if (j < 1 || j + 1 >= c->n || t->kind != K_TEXT || t->wide || t->len > 60 || strchr(t->s, '\t') ||
        !tab_row(&c->tl[j - 1], &nf) || c->used[j + 1])
        return 0;
    for (size_t k = 0; k < t->len; k++)
        if (t->s[k] >= '0' && t->s[k] <= '9')
            return 0;
    const char *n = tab_row(&c->tl[j + 1], &nf);
    return n && *n >= 'a' && *n <= 'z';
}

/* Field k of tab row s (its start, its length in *n), NULL past the last. */
static const char *tab_field(const char *s, int k, size_t *n)
{
    for (; k > 0; k--) {
        s = strchr(s, '\t');
        if (!s)
            return NULL;
        s++;
    }
    *n = strcspn(s, "\t");
    return s;
}

/* A count, or what stands for one in a count's place: digits, "<5", "*",
 * "-", nothing. */
static int count_like(const char *s, size_t n)
{
    while (n && s[0] == ' ')
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n || (s[0] >= '0' && s[0] <= '9') || (n >= 2 && s[0] == '<' && s[1] >= '0' && s[1] <= '9'))
        return 1;
    return n == 1 && (s[0] == '*' || s[0] == '-');
}

/* Line j is a blank line between two blocks of one pasted table (one of
 * two blank lines): the run's tab rows from line i above it, and below it a
 * tab row of the run's width
 * (ncols fields) that reads as one of its rows: a count (digits) in a
 * column where the run has counts, and in every such column a count or
 * nothing ("Sexual misconduct<TAB>Dismissed<TAB>2..." after the sexual
 * assault block's Total, the blocks set apart by a blank line as a
 * spreadsheet's blank rows are). A row with words where the run has counts
 * (a header row of its own: "<TAB>Indented<TAB>2021") starts another
 * table. */
static int tab_gap(const struct ctx *c, int i, int j, int ncols)
{
    int nf;
    if (j < 1 || c->tl[j].kind != K_BLANK || c->used[j])
        return 0;
    /* one or two blank lines, a tab row each side */
    int a = j - 1, b = j + 1;
    if (a >= 0 && c->tl[a].kind == K_BLANK)
        a--;
    if (b < c->n && c->tl[b].kind == K_BLANK && a == j - 1)
        b++;
    if (a < i || b >= c->n || c->used[b] || !tab_row(&c->tl[a], &nf))
        return 0;
    const char *next = tab_row(&c->tl[b], &nf);
    if (!next || nf != ncols)
        return 0;
    int counts = 0;
    for (int k = 1; k < ncols; k++) {
        int col = 0;
        for (int r = i; r < j && !col; r++) {
            const char *s = tab_row(&c->tl[r], &nf);
            size_t n;
            const char *f = s ? tab_field(s, k, &n) : NULL;
            col = f && n && f[0] >= '0' && f[0] <= '9';
        }
        if (!col)
            continue;
        size_t n;
        const char *f = tab_field(next, k, &n);
        if (!f || !count_like(f, n))
            return 0;
        counts += n && f[0] >= '0' && f[0] <= '9';
    }
    return counts > 0;
}

/* Tables pasted from a spreadsheet: >= 2 consecutive lines with tabs between
 * their fields, a count in a field after the first. A tab is one column
 * boundary (an empty cell is two tabs), so the columns are the fields' places,
 * not where the tab stops fall: "Dismissed<TAB>3" and "Would have been
 * dismissed<TAB>1" are one column of labels and one of counts however long
 * the labels are. A row shorter than the others lost its empty trailing
 * cells. */
static int tab_tables(struct ctx *c)
{
    for (int i = 0; i < c->n;) {
        int nf, ncols = 0, j = i, wraps = 0;
        while (j < c->n && !c->used[j] &&
               (tab_row(&c->tl[j], &nf) || (j > i && (tab_label_wrap(c, j) || tab_gap(c, i, j, ncols))))) {
            if (!tab_row(&c->tl[j], &nf))
                wraps++;
            else if (nf > ncols)
                ncols = nf;
            j++;
        }
        int first = i, last = j - 1;
        i = j > i ? j : i + 1;
        if (last - first + 1 - wraps < 2 || ncols < 2)
            continue;
        int number = 0;
        for (int k = first; k <= last && !number; k++) {
            const char *s = tab_row(&c->tl[k], &nf), *tab = s ? strchr(s, '\t') : NULL;
            for (const char *p = tab; p && *p && !number; p++)
                number = *p >= '0' && *p <= '9';
        }
        if (!number)
            continue;
        /* a tab before every row is indentation, not an empty column */
        int indent = ncols;
        for (int k = first; k <= last; k++) {
            const char *s = tab_row(&c->tl[k], &nf);
            int m = 0;
            while (s && s[m] == '\t')
                m++;
            if (s && m < indent)
                indent = m;
        }
        ncols -= indent;
        if (ncols < 2)
            continue;
        int rows = last - first + 1 - wraps;
        struct tb b;
        int rc = line_run_table(c, &b, first, rows, ncols);
        if (rc)
            return rc;
        /* each row's line, and the line its label began on when wrapped */
        int *pre = foi_arena_alloc(&c->tmp, (size_t)rows * sizeof *pre);
        if (!pre)
            return nomem(c);
        for (int k = first, r = 0; k <= last; k++) {
            if (!tab_row(&c->tl[k], &nf))
                continue;
            pre[r] = k > first && c->tl[k - 1].kind != K_BLANK && !tab_row(&c->tl[k - 1], &nf) ? k - 1 : -1;
            b.line[r] = k;
            b.cells[(size_t)r * (size_t)ncols].src_row = k + 1;
            for (int q = 1; q < ncols; q++)
                b.cells[(size_t)r * (size_t)ncols + (size_t)q].src_row = k + 1;
            r++;
        }
        for (int r = 0; r < rows; r++) {
            const char *s = tab_row(&c->tl[b.line[r]], &nf) + indent;
            if (pre[r] >= 0) {
                rc = cell_append(c, &b.cells[(size_t)r * (size_t)ncols], c->tl[pre[r]].s, c->tl[pre[r]].len);
                if (rc)
                    return rc;
            }
            for (int k = 0; k < nf - indent; k++) {
                size_t n = strcspn(s, "\t");
                rc = cell_append(c, &b.cells[(size_t)r * (size_t)ncols + (size_t)k], s, n);
                if (rc)
                    return rc;
                s += n + (s[n] == '\t');
            }
        }
        /* the leading rows without a count are the header (a two-line
         * header: "<TAB>Domestic<TAB>Sexual" over "Outcome<TAB>abuse<TAB>harassment") */
        int header = 0;
        for (int r = 0; r < rows - 1 && header < MAX_HEADER_LINES; r++, header++) {
            int num = 0;
            for (int k = 0; k < ncols; k++)
                num |= foi_count_cell(b.cells[(size_t)r * (size_t)ncols + (size_t)k].text);
            if (num)
                break;
        }
        rc = table_add(c, &b, first, last, header);
        if (rc)
            return rc;
    }
    return 0;
}

/* The fields of a line split at delim (a field that opens with a double
 * quote runs to its closing quote, delimiters inside it kept); their count,
 * (b0,b1) pairs in out when given; -1 for a line that is no delimited row. */
static int delim_fields(const struct tline *t, char delim, size_t *out)
{
    if (t->kind != K_TEXT || t->wide)
        return -1;
    const char *s = t->s;
    size_t len = t->len, start = 0;
    int n = 0, quoted = 0;
    for (size_t k = 0; k <= len; k++) {
        if (k < len && s[k] == '"' && (k == start || quoted)) {
            quoted = !quoted;
            continue;
        }
        if (k < len && (quoted || s[k] != delim))
            continue;
        if (out)
            out[2 * n] = start, out[2 * n + 1] = k;
        n++;
        start = k + 1;
    }
    return n;
}

/* Report output and exports in a text file: >= 2 consecutive lines with the
 * same number of fields between one delimiter ('|' without a leading bar or a
 * rule, ';'), and a count in a field after the first on every line but a
 * header ("CAL_YEAR|ALLEG_TYPE|OUTCOME|ALLEGATIONS" over "2021|SEXUAL
 * ASSAULT|DISMISSED|2"). A ';' table needs three fields a line (prose joins
 * two clauses with one). The first line is the header when it holds no count;
 * quotes around a field are the export's, not the text's. */
static int delim_tables(struct ctx *c, char delim)
{
    int minf = delim == ';' ? 3 : 2;
    for (int i = 0; i < c->n;) {
        int nf = c->used[i] ? -1 : delim_fields(&c->tl[i], delim, NULL), j = i + 1;
        if (nf < minf) {
            i++;
            continue;
        }
        while (j < c->n && !c->used[j] && delim_fields(&c->tl[j], delim, NULL) == nf)
            j++;
        int first = i, last = j - 1, rows = j - i;
        i = j;
        if (rows < 2 || nf > c->lim->max_cols)
            continue;
        size_t *pos = foi_arena_alloc(&c->tmp, (size_t)nf * 2 * sizeof *pos);
        if (!pos)
            return nomem(c);
        struct tb b;
        int rc = line_run_table(c, &b, first, rows, nf);
        if (rc)
            return rc;
        for (int r = 0; r < rows; r++) {
            const struct tline *row = &c->tl[first + r];
            delim_fields(row, delim, pos);
            for (int k = 0; k < nf; k++) {
                size_t b0 = pos[2 * k], b1 = pos[2 * k + 1];
                while (b0 < b1 && (row->s[b0] == ' ' || row->s[b0] == '\t'))
                    b0++;
                while (b1 > b0 && (row->s[b1 - 1] == ' ' || row->s[b1 - 1] == '\t'))
                    b1--;
                if (b1 - b0 >= 2 && row->s[b0] == '"' && row->s[b1 - 1] == '"')
                    b0++, b1--;
                rc = cell_append(c, &b.cells[(size_t)r * (size_t)nf + (size_t)k], row->s + b0, b1 - b0);
                if (rc)
                    return rc;
            }
        }
        int header = 0, counted = 1;
        for (int r = 0; r < rows && counted; r++) {
            int num = 0;
            for (int k = 1; k < nf; k++)
                num |= foi_count_cell(b.cells[(size_t)r * (size_t)nf + (size_t)k].text);
            if (!num && r == 0)
                header = 1;
            else if (!num)
                counted = 0;
        }
        if (!counted || rows - header < 1)
            continue;
        if ((rc = table_add(c, &b, first, last, header)) != 0)
            return rc;
    }
    return 0;
}

/* A group line inside a table with no rule ("Police officers" between the
 * header line and its rows, "Police staff" before the next block): one
 * segment, no digit, starting no further in than the row label of the line
 * under it, which is a row of the table (two segments or more). */
static int aligned_group_line(const struct ctx *c, int j)
{
    const struct tline *t = &c->tl[j];
    if (t->kind != K_TEXT || t->wide || t->nseg != 1 || j + 1 >= c->n || c->used[j + 1])
        return 0;
    const struct tline *u = &c->tl[j + 1];
    if (u->kind != K_TEXT || u->wide || u->nseg < 2 || t->seg[0].c0 > u->seg[0].c0)
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->s[i] >= '0' && t->s[i] <= '9')
            return 0;
    return 1;
}

/* A first header line with its corner label ("Outcome  2024/25  2025/26")
 * over a blank-corner line of units with no digit ("n  %  n  %"): each
 * heading of the first after the corner names a column, and no line of the
 * two holds a count. Both are header lines over columns the body gives
 * (round 44b); 1 when so. */
static int corner_heads(const struct ctx *c, int first, int last)
{
    if (first + 2 > last)
        return 0;
    const struct tline *t = &c->tl[first], *u = &c->tl[first + 1];
    if (t->kind != K_TEXT || u->kind != K_TEXT || t->nseg < 2 || u->nseg < 2 || t->seg[0].c0 != 0 ||
        u->seg[0].c0 == 0 || counts_in(t))
        return 0;
    for (int g = 1; g < t->nseg; g++)
        if (!names_column(t, &t->seg[g]))
            return 0;
    for (size_t i = 0; i < u->len; i++)
        if (u->s[i] >= '0' && u->s[i] <= '9')
            return 0;
    return 1;
}

/* Tables without a column-giving rule: >= 2 consecutive lines of >= 2
 * segments whose segments line up in columns separated by >= 2 spaces in
 * every line, with a number somewhere outside the first column. */
static int aligned_tables(struct ctx *c)
{
    for (int i = 0; i < c->n;) {
        int j = i, rows = 0;
        /* a header line whose headings wrap onto the line under it
         * ("Per 1,000" over "(FY 25/26)"), no rule below: both are header
         * lines, the second no row of its own */
        int wrapped = i + 1 < c->n && !c->used[i] && !c->used[i + 1] && head_line(&c->tl[i]) &&
                      wrapped_heads(&c->tl[i], &c->tl[i + 1]) && !counts_in(&c->tl[i + 1]);
        while (j < c->n && !c->used[j] &&
               ((c->tl[j].kind == K_TEXT && c->tl[j].nseg >= 2 && !c->tl[j].wide) ||
                (c->tl[j].kind == K_DRULE && j > i) || (j == i + 1 && wrapped) ||
                (j > i && aligned_group_line(c, j)))) {
            rows += c->tl[j].kind == K_TEXT;
            j++;
        }
        int first = i, last = j - 1;
        while (last >= first && c->tl[last].kind != K_TEXT)
            last--;
        i = j > i ? j : i + 1;
        if (rows < 2)
            continue;
        /* group lines: leading header lines with fewer segments than the
         * line below them ("2023   2024   Jan-Jun 2025" over "Officers
         * Staff ..." above a rule), whose labels sit over several columns;
         * the columns come from the lines below them */
        int groups = 0, loose = 0;
        int corner = corner_heads(c, first, last);
        /* corner heads: the blank-corner reading first, then the others */
        for (int step = 0; step < 3; step++) {
        int pass = corner ? (step + 2) % 3 : step;
        if (pass == 0)
            groups = 0, loose = 0;
        int cfirst = first + groups;
        if (pass == 2) {
            /* no rule; leading header lines with a blank corner (their first
             * word further in than every row label below, "2024  2025" over
             * "Officers  Staff Officers  Staff" over "Sexual assault  8  7
             * 14  *"): the columns come from the body rows alone and the
             * heads are split over them (round 32 part A) */
            int rule = 0;
            for (int k = first; k <= last && !rule; k++)
                rule = c->tl[k].kind == K_DRULE;
            groups = !rule && corner;
            while (!rule && first + groups <= last && groups < MAX_HEADER_LINES - 1 &&
                   c->tl[first + groups].kind == K_TEXT && c->tl[first + groups].seg[0].c0 > 0)
                groups++;
            int body = 0, flush = 1;
            for (int k = first + groups; k <= last; k++)
                if (c->tl[k].kind == K_TEXT) {
                    body++;
                    flush &= c->tl[k].seg[0].c0 == 0;
                }
            if (rule || !groups || body < 2 || !flush) {
                if (corner && step == 0)
                    continue;
                break;
            }
            loose = groups;
            cfirst = first + groups;
        }
        if (pass == 1) {
            int rule = -1;
            for (int k = first; k <= last && rule < 0; k++)
                if (c->tl[k].kind == K_DRULE)
                    rule = k;
            groups = 0;
            while (rule > first + groups + 1 && groups < MAX_HEADER_LINES - 1 &&
                   c->tl[first + groups].nseg < c->tl[first + groups + 1].nseg)
                groups++;
            if (!groups)
                continue;
            cfirst = first + groups;
        }
        /* columns: covered intervals across all rows, gaps < 2 merged */
        int width = 0;
        for (int k = cfirst; k <= last; k++)
            if (c->tl[k].kind == K_TEXT && c->tl[k].seg[c->tl[k].nseg - 1].c1 > width)
                width = c->tl[k].seg[c->tl[k].nseg - 1].c1;
        unsigned char *cover = foi_arena_alloc(&c->tmp, (size_t)width + 1);
        if (!cover)
            return nomem(c);
        for (int k = cfirst; k <= last; k++)
            for (int s = 0; c->tl[k].kind == K_TEXT && s < c->tl[k].nseg; s++)
                memset(cover + c->tl[k].seg[s].c0, 1, (size_t)(c->tl[k].seg[s].c1 - c->tl[k].seg[s].c0));
        int ncols = 0;
        struct col *cols = foi_arena_alloc(&c->tmp, (size_t)(width / 2 + 2) * sizeof *cols);
        if (!cols)
            return nomem(c);
        for (int x = 0; x < width;) {
            if (!cover[x]) {
                x++;
                continue;
            }
            int x0 = x;
            for (;;) {
                while (x < width && cover[x])
                    x++;
                if (x + 1 < width && cover[x + 1])   /* a one-column gap joins */
                    x++;
                else
                    break;
            }
            cols[ncols].c0 = x0, cols[ncols].c1 = x;
            ncols++;
        }
        if (ncols < 2)
            continue;
        /* each row's segments in distinct columns; a number after column 1 */
        int ok = 1, number = 0;
        for (int k = cfirst; k <= last && ok; k++) {
            const struct tline *t = &c->tl[k];
            if (t->kind != K_TEXT)
                continue;
            int prev = -1;
            for (int s = 0; s < t->nseg && ok; s++) {
                int lk, col = seg_col(&t->seg[s], cols, ncols, &lk);
                if (col < 0 || col == prev) {
                    ok = 0;
                    break;
                }
                prev = col;
                if (col > 0) {
                    const char *p = t->s + t->seg[s].b0;
                    for (size_t q = 0; q < t->seg[s].b1 - t->seg[s].b0; q++)
                        number |= p[q] >= '0' && p[q] <= '9';
                }
            }
        }
        if (!ok || !number)
            continue;
        int rc = fixed_build(c, first, last, cols, ncols, loose ? -loose : wrapped && cfirst == first ? 2 : 0);
        if (rc)
            return rc;
        break;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ tables pasted with single spaces */

/* A line's words (runs of non-blank bytes), at most max. */
static int words_of(const struct tline *t, size_t *b0, size_t *b1, int max)
{
    int n = 0;
    size_t i = 0;
    while (i < t->len && n < max) {
        while (i < t->len && (t->s[i] == ' ' || t->s[i] == '\t'))
            i++;
        if (i >= t->len)
            break;
        b0[n] = i;
        while (i < t->len && t->s[i] != ' ' && t->s[i] != '\t')
            i++;
        b1[n++] = i;
    }
    return n;
}

static int word_is(const struct tline *t, size_t b0, size_t b1, const char *w)
{
    size_t n = strlen(w);
    if (b1 - b0 != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((t->s[b0 + i] | 0x20) != (w[i] | 0x20))
            return 0;
    return 1;
}

/* A period written as one word: "2019", "2019/20", "2019-20", "FY19/20", "Apr-22". */
static int period_word(const struct tline *t, size_t b0, size_t b1)
{
    char w[24];
    if (b1 - b0 >= sizeof w || b1 - b0 < 4)
        return 0;
    memcpy(w, t->s + b0, b1 - b0);
    w[b1 - b0] = 0;
    int digit = 0;
    for (char *p = w; *p; p++)
        digit |= *p >= '0' && *p <= '9';
    if (!digit)
        return 0;
    struct foi_period_ctx pc = {0};
    struct foi_period p;
    return foi_period_parse(w, &pc, &p) == 1 && p.resolved;
}

/* A count as a single word: "12", "1,234", "*", "<5", "-", "0". */
static int value_word(const struct tline *t, size_t b0, size_t b1)
{
    char w[24];
    if (b1 - b0 >= sizeof w)
        return 0;
    memcpy(w, t->s + b0, b1 - b0);
    w[b1 - b0] = 0;
    if (!strcmp(w, "*") || !strcmp(w, "-") || !strcmp(w, "**"))
        return 1;
    return foi_count_cell(w) && !strchr(w, '%') && !strchr(w, '.');
}

#define SP_MAXW 64

/* The header of a pasted table: an optional short label, then two or more
 * periods, and an optional "Total". *k gets the number of value columns,
 * *lab the number of label words. */
static int spaced_header(const struct tline *t, int *k, int *lab)
{
    size_t b0[SP_MAXW], b1[SP_MAXW];
    if (t->kind != K_TEXT || t->wide || t->has_pipe)
        return 0;
    int n = words_of(t, b0, b1, SP_MAXW);
    if (n < 2 || n >= SP_MAXW)
        return 0;
    int end = n;
    if (word_is(t, b0[n - 1], b1[n - 1], "total") || word_is(t, b0[n - 1], b1[n - 1], "totals"))
        end--;
    int p = end;
    while (p > 0 && period_word(t, b0[p - 1], b1[p - 1]))
        p--;
    if (end - p < 2 || p > 4)
        return 0;
    /* the label words hold no digit and end no sentence */
    for (int i = 0; i < p; i++)
        for (size_t q = b0[i]; q < b1[i]; q++)
            if ((t->s[q] >= '0' && t->s[q] <= '9') || t->s[q] == '.' || t->s[q] == ',')
                return 0;
    *k = n - p;
    *lab = p;
    return 1;
}

/* A data row: label words then exactly k values (1), a group line: a few
 * words and no value (2), anything else (0). *nv gets the trailing values. */
static int spaced_row(const struct tline *t, int k, int *label_words, int *nv)
{
    size_t b0[SP_MAXW], b1[SP_MAXW];
    *nv = 0;
    if (t->kind != K_TEXT || t->wide || t->has_pipe)
        return 0;
    int n = words_of(t, b0, b1, SP_MAXW);
    if (n == 0 || n >= SP_MAXW)
        return 0;
    int v = 0;
    while (v < n && value_word(t, b0[n - 1 - v], b1[n - 1 - v]))
        v++;
    *nv = v;
    *label_words = n - v;
    if (v == 0) {
        char last = t->s[t->len - 1];
        return n <= 6 && last != '.' && last != ',' && last != ';' && !period_word(t, b0[0], b1[0]) ? 2 : 0;
    }
    return v == k && n > v ? 1 : 0;
}

/* Tables pasted as text with single spaces between columns: a line of
 * periods ("2019 2020 2021") over lines of a label and as many counts
 * ("Allegations 4 7 2"), with group lines ("Conduct matters") between
 * them. Read only when every row's counts line up with the header's; a
 * block that does not line up is left as text (and gives no figures). */
static int spaced_tables(struct ctx *c)
{
    for (int h = 0; h < c->n; h++) {
        int k, lab;
        if (c->used[h] || !spaced_header(&c->tl[h], &k, &lab))
            continue;
        int last = h, rows = 0, bad = 0, i;
        for (i = h + 1; i < c->n && !c->used[i]; i++) {
            const struct tline *t = &c->tl[i];
            if (t->kind == K_BLANK) {
                /* one blank line is crossed when the table goes on */
                int lw, nv;
                if (i + 1 < c->n && !c->used[i + 1] && spaced_row(&c->tl[i + 1], k, &lw, &nv) == 1)
                    continue;
                break;
            }
            int hk, hl;
            if (spaced_header(t, &hk, &hl) && hk == k) {
                last = i;     /* the header repeated under a group */
                continue;
            }
            int lw, nv;
            int r = spaced_row(t, k, &lw, &nv);
            if (r == 1) {
                rows++;
                last = i;
            } else if (r == 2) {
                /* a group line counts only when rows follow it */
                int lw2, nv2;
                if (i + 1 < c->n && spaced_row(&c->tl[i + 1], k, &lw2, &nv2) == 1)
                    last = i;
                else
                    break;
            } else {
                if (nv > 0)
                    bad = 1;  /* counts that do not line up with the header */
                break;
            }
        }
        if (bad || rows < 1) {
            h = last;
            continue;
        }
        /* build: the header row, then the rows and group lines */
        int nrows = 0;
        for (int j = h; j <= last; j++)
            nrows += c->tl[j].kind == K_TEXT;
        struct tb b = {.nrows = nrows, .ncols = k + 1};
        b.line = foi_arena_alloc(&c->tmp, (size_t)nrows * sizeof *b.line);
        if (!b.line)
            return nomem(c);
        int r = 0;
        for (int j = h; j <= last; j++)
            if (c->tl[j].kind == K_TEXT)
                b.line[r++] = j;
        int rc = alloc_cells(c, &b, h);
        if (rc)
            return rc;
        for (r = 0; r < nrows; r++) {
            const struct tline *t = &c->tl[b.line[r]];
            size_t b0[SP_MAXW], b1[SP_MAXW];
            int n = words_of(t, b0, b1, SP_MAXW);
            int values = r == 0 ? k : 0;
            if (r > 0) {
                int hk, hl;
                if (spaced_header(t, &hk, &hl)) {
                    values = k;
                } else {
                    int lw, nv;
                    values = spaced_row(t, k, &lw, &nv) == 1 ? k : 0;
                }
            }
            int nl = n - values;
            struct foi_cell *row = &b.cells[(size_t)r * (size_t)(k + 1)];
            if (nl > 0 && (rc = cell_append(c, &row[0], t->s + b0[0], b1[nl - 1] - b0[0])) != 0)
                return rc;
            for (int v = 0; v < values; v++)
                if ((rc = cell_append(c, &row[1 + v], t->s + b0[nl + v], b1[nl + v] - b0[nl + v])) != 0)
                    return rc;
        }
        if ((rc = table_add(c, &b, h, last, 1)) != 0)
            return rc;
        h = last;
    }
    return 0;
}

static int cmp_table(const void *a, const void *b)
{
    const struct foi_table *x = a, *y = b;
    return (x->first_line > y->first_line) - (x->first_line < y->first_line);
}

/* ------------------------------------------------------------ the reader */

/* The bytes of a line's e-mail quote marks ("> ", ">> ", "> > "), 0 none. */
static size_t quote_marks(const char *s, size_t len)
{
    size_t k = 0, q = 0;
    while (k < len && s[k] == '>') {
        k++;
        if (k < len && s[k] == ' ')
            k++;
        q = k;
    }
    return q;
}

/* A message quoted line by line in an e-mail ("> Table 1", ">", "> Sexual
 * assault<TAB>10<TAB>22"): three or more lines in a row marked '>', one of
 * them a bare '>' (the quoted message's blank line). Its tables are the
 * quoted message's: the marks are taken off the lines the tables are found
 * in (the document's lines keep them), so a quoted table's cells read
 * "Dismissed", not "> Dismissed", and a bare '>' parts two tables as a blank
 * line does. A lone "> 5 years" row is no quote. */
static int unquote_blocks(struct ctx *c)
{
    for (int i = 0; i < c->n;) {
        int j = i, bare = 0;
        while (j < c->n && c->tl[j].len && c->tl[j].s[0] == '>') {
            size_t q = quote_marks(c->tl[j].s, c->tl[j].len);
            size_t k = q;
            while (k < c->tl[j].len && (c->tl[j].s[k] == ' ' || c->tl[j].s[k] == '\t'))
                k++;
            bare |= k == c->tl[j].len;
            j++;
        }
        if (j - i >= 3 && bare) {
            for (int k = i; k < j; k++) {
                struct tline *t = &c->tl[k];
                size_t q = quote_marks(t->s, t->len);
                struct tline u = {.s = t->s + q, .len = t->len - q};
                while (u.len && (u.s[u.len - 1] == ' ' || u.s[u.len - 1] == '\t'))
                    u.len--;
                /* the text NUL-terminated where it ends (trailing blanks of
                 * a bare '> ' are the line's last bytes) */
                char *own = foi_arena_strndup(&c->tmp, u.s, u.len);
                if (!own)
                    return nomem(c);
                u.s = own;
                *t = u;
                int rc = analyse(c, t);
                if (rc)
                    return rc;
            }
        }
        i = j > i ? j : i + 1;
    }
    return 0;
}

/* Two lines alike but for their digits ("Page 1 of 3" / "Page 2 of 3"). */
static int same_but_digits(const struct tline *a, const struct tline *b)
{
    size_t i = 0, j = 0;
    while (i < a->len && j < b->len) {
        int da = isdigit((unsigned char)a->s[i]), db = isdigit((unsigned char)b->s[j]);
        if (da && db) {
            while (i < a->len && isdigit((unsigned char)a->s[i]))
                i++;
            while (j < b->len && isdigit((unsigned char)b->s[j]))
                j++;
            continue;
        }
        if (a->s[i] != b->s[j])
            return 0;
        i++, j++;
    }
    return i == a->len && j == b->len;
}

/* A cell after the line's first that is a bare number ("12", "1,204"). */
static int bare_number_cell(const struct tline *t)
{
    for (int k = 1; k < t->nseg; k++) {
        int digit = 0, other = 0;
        for (size_t b = t->seg[k].b0; b < t->seg[k].b1; b++) {
            unsigned char ch = (unsigned char)t->s[b];
            if (isdigit(ch))
                digit = 1;
            else if (ch != ',')
                other = 1;
        }
        if (digit && !other)
            return 1;
    }
    return 0;
}

/* Page furniture of a paged export (round 32 part A): text parted into pages
 * by form feeds whose pages all open with the same lines (alike but for their
 * digits: "Page 2 of 3", a print time) is a report printed page by page; those
 * lines are its running header, set apart as furniture and never read. The
 * last of them, when it has two or more segments and is the same on every
 * page to the byte ("Category / Result   Officer   Staff"), with the rules
 * under it, heads the page's table and stays. Lines keep their numbers (a
 * furniture line is left blank). */
static int page_furniture(struct ctx *c)
{
    int np = 1;
    for (int i = 1; i < c->n; i++)
        np += c->pbreak[i] != 0;
    if (np < 2)
        return 0;
    int *ps = foi_arena_alloc(&c->tmp, (size_t)(np + 1) * sizeof *ps);
    if (!ps)
        return nomem(c);
    ps[0] = 0;
    for (int i = 1, k = 1; i < c->n; i++)
        if (c->pbreak[i])
            ps[k++] = i;
    ps[np] = c->n;
    /* the running header: lines at the same place on every page (a line
     * whose numbers change from page to page only if none of its cells
     * after the first is a bare number: "Dismissed  1  0" opening each page
     * is a table going on, "Page 2 of 3" is furniture) */
    int m = 0;
    for (;; m++) {
        int ok = 1, differ = 0;
        for (int p = 0; p < np && ok; p++) {
            int i = ps[p] + m;
            ok = i < ps[p + 1] && c->tl[i].kind != K_BLANK && same_but_digits(&c->tl[ps[0] + m], &c->tl[i]);
            differ |= ok && (c->tl[i].len != c->tl[ps[0] + m].len ||
                             memcmp(c->tl[i].s, c->tl[ps[0] + m].s, c->tl[i].len));
        }
        if (ok && differ && bare_number_cell(&c->tl[ps[0] + m]))
            ok = 0;
        if (!ok)
            break;
    }
    if (!m)
        return 0;
    /* the column heads it ends with: the last text line, its rules after it */
    int keep = m, h = m - 1;
    while (h >= 0 && (c->tl[ps[0] + h].kind == K_DRULE || c->tl[ps[0] + h].kind == K_PRULE))
        h--;
    if (h >= 0 && c->tl[ps[0] + h].nseg >= 2) {
        int same = 1;
        for (int p = 1; p < np && same; p++)
            same = c->tl[ps[p] + h].len == c->tl[ps[0] + h].len &&
                   !memcmp(c->tl[ps[p] + h].s, c->tl[ps[0] + h].s, c->tl[ps[0] + h].len);
        if (same)
            keep = h;
    }
    if (!keep)
        return 0;
    struct foi_doc *doc = c->doc;
    doc->furniture = foi_arena_alloc(&doc->arena, (size_t)np * (size_t)keep * sizeof *doc->furniture);
    if (!doc->furniture)
        return nomem(c);
    doc->nfurniture = 0;
    doc->npages = np;
    for (int p = 0; p < np; p++)
        for (int j = 0; j < keep; j++) {
            int i = ps[p] + j;
            struct foi_line *f = &doc->furniture[doc->nfurniture++];
            memset(f, 0, sizeof *f);
            f->text = doc->lines[i].text;
            f->no = doc->lines[i].no;
            f->page = p + 1;
            f->loc = foi_arena_printf(&doc->arena, "page %d header", p + 1);
            if (!f->loc)
                return nomem(c);
            doc->lines[i].text = "";
            c->tl[i].s = doc->lines[i].text;
            c->tl[i].len = 0;
            int rc = analyse(c, &c->tl[i]);
            if (rc)
                return rc;
        }
    return 0;
}

int foi_read_text(struct foi_doc *doc, const char *bytes, size_t n,
                  const struct foi_limits *lim, struct foi_err *err)
{
    const char *text;
    size_t len;
    int rc = foi_read_start(doc, FOI_FMT_TEXT, bytes, n, &lim, &text, &len, err);
    if (rc)
        return rc;

    struct ctx c = {.doc = doc, .lim = lim, .err = err};
    foi_arena_init(&c.tmp, 0);

    /* count physical lines: CRLF, LF and CR each end one */
    size_t nl = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n' || text[i] == '\r') {
            nl++;
            if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
                i++;
        }
    }
    if (len && text[len - 1] != '\n' && text[len - 1] != '\r')
        nl++;
    if (nl > (size_t)1 << 30) {
        foi_arena_release(&c.tmp);
        return foi_errf(err, FOI_ELIMIT, NULL, "too many lines (%zu)", nl);
    }
    c.n = (int)nl;
    doc->lines = foi_arena_alloc(&doc->arena, (nl ? nl : 1) * sizeof *doc->lines);
    c.tl = foi_arena_alloc(&c.tmp, (nl ? nl : 1) * sizeof *c.tl);
    c.used = foi_arena_alloc(&c.tmp, nl ? nl : 1);
    c.pbreak = foi_arena_alloc(&c.tmp, nl ? nl : 1);
    if (!doc->lines || !c.tl || !c.used || !c.pbreak) {
        rc = nomem(&c);
        goto out;
    }
    memset(c.pbreak, 0, nl ? nl : 1);
    size_t start = 0, total = 0;
    int ln = 0, ff_next = 0;
    for (size_t i = 0; i <= len && ln < c.n; i++) {
        if (i < len && text[i] != '\n' && text[i] != '\r')
            continue;
        size_t end = i;
        /* a form feed opens a page: leading, or ending the line before */
        c.pbreak[ln] = (unsigned char)ff_next;
        ff_next = 0;
        while (start < end && text[start] == '\f') {
            start++;
            c.pbreak[ln] = 1;
        }
        for (size_t q = end; q > start && (text[q - 1] == ' ' || text[q - 1] == '\t' || text[q - 1] == '\f'); q--)
            if (text[q - 1] == '\f')
                ff_next = 1;
        if (end - start > lim->max_line_bytes) {
            char a[32];
            foi_size_text(a, sizeof a, lim->max_line_bytes);
            rc = foi_errf(err, FOI_ELIMIT, foi_arena_printf(&doc->arena, "line %d", ln + 1),
                          "line is longer than the %s line-length limit", a);
            goto out;
        }
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\f' ||
                               text[end - 1] == '\v' ||
                               (end - start >= 2 && (unsigned char)text[end - 2] == 0xC2 &&
                                (unsigned char)text[end - 1] == 0xA0))) {
            end -= (unsigned char)text[end - 1] == 0xA0 ? 2 : 1;
        }
        char *s = foi_arena_strndup(&doc->arena, text + start, end - start);
        if (!s) {
            rc = nomem(&c);
            goto out;
        }
        doc->lines[ln].text = s;
        doc->lines[ln].no = ln + 1;
        c.tl[ln].s = s;
        c.tl[ln].len = end - start;
        total += end - start + 1;
        if ((rc = analyse(&c, &c.tl[ln])) != 0)
            goto out;
        ln++;
        if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
            i++;
        start = i + 1;
    }
    doc->nlines = c.n;
    if ((rc = page_furniture(&c)) != 0)
        goto out;
    line_flags(&c);

    /* doc->text: the lines joined by \n */
    char *joined = foi_arena_alloc(&doc->arena, total + 1);
    if (!joined) {
        rc = nomem(&c);
        goto out;
    }
    size_t off = 0;
    for (int i = 0; i < c.n; i++) {
        size_t l = c.tl[i].len;
        memcpy(joined + off, c.tl[i].s, l);
        off += l;
        if (i + 1 < c.n)
            joined[off++] = '\n';
    }
    joined[off] = '\0';
    doc->text = joined;
    doc->text_len = off;

    if ((rc = unquote_blocks(&c)) != 0)
        goto out;
    if ((rc = pipe_tables(&c)) != 0 || (rc = delim_tables(&c, '|')) != 0 || (rc = delim_tables(&c, ';')) != 0 ||
        (rc = ruled_tables(&c)) != 0 || (rc = tab_tables(&c)) != 0 ||
        (rc = aligned_tables(&c)) != 0 ||
        (rc = spaced_tables(&c)) != 0)
        goto out;
    if (c.ntables > 1)
        qsort(c.tables, (size_t)c.ntables, sizeof *c.tables, cmp_table);
    for (int i = 0; i < c.ntables; i++) {
        c.tables[i].index = i + 1;
        for (int l = c.tables[i].first_line; l <= c.tables[i].last_line; l++)
            doc->lines[l - 1].flags &= ~(unsigned)FOI_LINE_HEADING;
        /* the line right under a table (a key of its abbreviations written
         * straight under its closing rule) starts a paragraph of its own,
         * never the end of the one above the table */
        int after = c.tables[i].last_line;   /* 0-based index of the next line */
        if (after < c.n && c.tl[after].kind == K_TEXT && !c.used[after])
            doc->lines[after].flags |= FOI_LINE_PARA_START;
    }
    doc->tables = c.tables;
    doc->ntables = c.ntables;
out:
    foi_arena_release(&c.tmp);
    return rc;
}
