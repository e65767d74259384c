/* read_qa.c: a table that sets the request beside the answer ("Your request" |
 * "Our response", a row per part of the request, the answer in sentences) is
 * read as a reader reads it: each row's request, then its answer, as
 * paragraphs of the letter in the table's place. The table holds no grid of
 * figures; its answers are prose, and the letter side reads prose. */
#include "read.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* The cell text lowered into buf with its trailing colon, full stop and
 * spaces dropped. */
static void head_text(const char *t, char *buf, size_t n)
{
    size_t k = 0;
    while (*t == ' ')
        t++;
    for (; *t && k + 1 < n; t++)
        buf[k++] = (char)tolower((unsigned char)*t);
    while (k && (buf[k - 1] == ' ' || buf[k - 1] == ':' || buf[k - 1] == '.'))
        k--;
    buf[k] = 0;
}

static int in_list(const char *h, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(h, list[i]))
            return 1;
    return 0;
}

/* 'q' a header naming the request, 'a' one naming the answer, 0 neither. */
static int column_role(const char *cell)
{
    static const char *const req[] = { "request", "your request", "the request", "question", "questions",
        "your question", "your questions", "information requested", "information request",
        "what you asked", "what you asked for", "you asked", "request for information", "part of request",
        "part of your request", "your request for information", NULL };
    static const char *const resp[] = { "response", "our response", "the response", "answer", "our answer",
        "answers", "reply", "our reply", "force response", "response to your request", "information provided",
        "our response to your request", NULL };
    char h[64];
    head_text(cell, h, sizeof h);
    if (in_list(h, req))
        return 'q';
    if (in_list(h, resp))
        return 'a';
    return 0;
}

/* A cell of running text: at least five words and a letter-led word after a
 * full stop or the end ("Information held. In 2024/25 the Constabulary
 * recorded three allegations ..."), not a figure or a short label. */
static int prose_cell(const char *t)
{
    int words = 0, alpha = 0;
    for (const char *p = t; *p; p++)
        if (*p != ' ' && (p == t || p[-1] == ' ')) {
            words++;
            alpha += isalpha((unsigned char)*p) != 0;
        }
    return words >= 5 && alpha * 2 > words;
}

/* A column of the parts' numbers before the request ("No." | "Your
 * request" | "Our response" over "1", "2", "3(a)"): its head a word for a
 * number or nothing, its cells short marks with no space. */
static int marker_column(const struct foi_table *t)
{
    static const char *const heads[] = { "", "no", "number", "#", "q", "part", "item", "ref",
                                         "question number", "question no", "request number", "part of request",
                                         NULL };
    char h[64];
    head_text(foi_table_cell(t, 0, 0)->text, h, sizeof h);
    if (!in_list(h, heads))
        return 0;
    int marks = 0;
    for (int r = 1; r < t->nrows; r++) {
        const char *m = foi_table_cell(t, r, 0)->text;
        size_t n = strlen(m);
        if (!n)
            continue;
        if (n > 6 || strchr(m, ' ') || !isalnum((unsigned char)m[0]))
            return 0;
        marks++;
    }
    return marks > 0;
}

/* Is table t one to unroll: a first row naming the request then the
 * answer (after a column of the parts' numbers, maybe), every answer cell
 * given in sentences? The request's column, or -1. */
static int answer_table(const struct foi_doc *doc, const struct foi_table *t)
{
    /* the first row names the columns, whether or not the reader marked it
     * a header (a Word table without "repeat as header row") */
    if (t->ncols < 2 || t->ncols > 3 || t->nrows < 2 || t->header_rows > 1 || t->sheet || t->first_line > 0 ||
        doc->format == FOI_FMT_TEXT || doc->format == FOI_FMT_CSV || (doc->format & FOI_FMT_SHEETS))
        return -1;
    int q = t->ncols - 2;
    if (q && !marker_column(t))
        return -1;
    if (column_role(foi_table_cell(t, 0, q)->text) != 'q' || column_role(foi_table_cell(t, 0, q + 1)->text) != 'a')
        return -1;
    int answers = 0;
    for (int r = 1; r < t->nrows; r++) {
        const struct foi_cell *a = foi_table_cell(t, r, q + 1);
        if (!a->text[0] || (a->flags & FOI_CELL_SPANNED))
            continue;
        if (!prose_cell(a->text))
            return -1;
        answers++;
    }
    return answers > 0 ? q : -1;
}

static int cell_line(const struct foi_table *t, int r, int k)
{
    const struct foi_cell *cl = foi_table_cell(t, r, k);
    return cl->text[0] && !(cl->flags & FOI_CELL_SPANNED);
}

int foi_doc_unroll_answer_tables(struct foi_doc *doc)
{
    /* one pass over the lines, however many such tables: the tables are in
     * document order, so their anchors do not go down */
    int add = 0, nt = 0;
    for (int ti = 0; ti < doc->ntables; ti++) {
        const struct foi_table *t = &doc->tables[ti];
        int q = answer_table(doc, t);
        if (q < 0)
            continue;
        nt++;
        for (int r = 1; r < t->nrows; r++)
            add += cell_line(t, r, q) + cell_line(t, r, q + 1);
    }
    if (!nt)
        return 0;
    struct foi_line *nl = foi_arena_alloc(&doc->arena, sizeof *nl * (size_t)(doc->nlines + add + 1));
    if (!nl)
        return FOI_ENOMEM;
    int n = 0, li = 0, kept = 0, shift = 0, after = 0;
    for (int ti = 0; ti < doc->ntables; ti++) {
        struct foi_table *t = &doc->tables[ti];
        int at = t->anchor_line < 0 ? 0 : t->anchor_line > doc->nlines ? doc->nlines : t->anchor_line;
        if (at < li)
            at = li;
        for (; li < at; li++) {
            nl[n] = doc->lines[li];
            if (after)
                nl[n].flags |= FOI_LINE_PARA_START;   /* the line after such a table opens a paragraph */
            after = 0;
            n++;
        }
        int q = answer_table(doc, t);
        if (q < 0) {
            t->anchor_line += shift;
            doc->tables[kept++] = *t;
            continue;
        }
        int no = li ? doc->lines[li - 1].no : 0;
        for (int r = 1; r < t->nrows; r++)
            for (int k = q; k < q + 2; k++) {
                if (!cell_line(t, r, k))
                    continue;
                /* the column's role said as the letter side reads a label;
                 * the part's number before its request ("1. The number of
                 * ...") */
                const char *mark = q && k == q ? foi_table_cell(t, r, 0)->text : "";
                size_t ml = strlen(mark);
                if (ml && !strncmp(foi_table_cell(t, r, k)->text, mark, ml))
                    mark = "", ml = 0;   /* "1. The number of ..." says it already */
                const char *dot = ml && isalnum((unsigned char)mark[ml - 1]) ? "." : "";
                struct foi_line *l = &nl[n++];
                l->text = foi_arena_printf(&doc->arena, "%s: %s%s%s%s", k > q ? "Response" : "Request", mark, dot,
                                           ml ? " " : "", foi_table_cell(t, r, k)->text);
                l->no = no;
                l->flags = FOI_LINE_PARA_START;
                l->page = t->row_page ? t->row_page[r] : t->page;
                l->loc = foi_cell_locator(doc, t, r, k);
                if (!l->text || !l->loc)
                    return FOI_ENOMEM;
                shift++;
            }
        after = 1;
    }
    for (; li < doc->nlines; li++) {
        nl[n] = doc->lines[li];
        if (after)
            nl[n].flags |= FOI_LINE_PARA_START;
        after = 0;
        n++;
    }
    doc->lines = nl;
    doc->nlines = n;
    doc->ntables = kept;
    return 0;
}
