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

/* ------------------------------------------------ a question and its answer on one line */

/* After a marker's number: its stop (".", ":", ")", " -", " \u2013"); what
 * follows it, else NULL. */
static const char *marker_stop(const char *p)
{
    if (*p == '.' || *p == ':' || *p == ')')
        return p + 1;
    if (*p == ' ' && (p[1] == '-' || !strncmp(p + 1, "\xe2\x80\x93", 3)))
        return p + (p[1] == '-' ? 2 : 4);
    return NULL;
}

/* The id of a question marker at the start of s ("Q1.", "Q 2:", "Q3a)",
 * "Question 4:", "Question 4 -") into id (digits and a letter); the length of
 * the marker with the space after it, else 0. */
static size_t question_marker(const char *s, char *id, size_t idn)
{
    const char *p = s;
    if (!strncasecmp(p, "question", 8))
        p += 8;
    else if (*p == 'Q' || *p == 'q')
        p++;
    else
        return 0;
    if (*p == '.' || *p == ' ')
        p++;
    if (!isdigit((unsigned char)*p))
        return 0;
    size_t k = 0;
    while (isdigit((unsigned char)p[k]) && k < 3)
        k++;
    if (isdigit((unsigned char)p[k]))
        return 0;
    if (isalpha((unsigned char)p[k]) && !isalpha((unsigned char)p[k + 1]))
        k++;
    if (k + 1 > idn)
        return 0;
    memcpy(id, p, k);
    id[k] = 0;
    p += k;
    p = marker_stop(p);
    if (!p)
        return 0;
    if (*p != ' ')
        return 0;
    while (*p == ' ')
        p++;
    return (size_t)(p - s);
}

/* An answer marker at s answering question id: "A1." / "A1:" (its number the
 * question's), "A." / "A:", "Answer:" / "Answer 1:" / "Response:" /
 * "Reply -" (a number, if any, the question's). 1 when it is one. */
static int answer_marker(const char *s, const char *id)
{
    static const char *const words[] = { "answer", "response", "reply", NULL };
    const char *p = s;
    int word = 0;
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (!strncasecmp(p, words[i], n) && !isalpha((unsigned char)p[n])) {
            p += n;
            word = 1;
            break;
        }
    }
    if (!word) {
        if (*p != 'A')
            return 0;
        p++;
    }
    if (word && *p == ' ' && isdigit((unsigned char)p[1]))
        p++;
    if (isdigit((unsigned char)*p)) {
        size_t k = strlen(id);
        if (strncmp(p, id, k) || isalnum((unsigned char)p[k]))
            return 0;   /* another question's number: not this one's answer */
        p += k;
    } else if (!word && *p != '.' && *p != ':') {
        return 0;       /* "A new ..." */
    }
    p = marker_stop(p);
    if (!p)
        return 0;
    return *p == ' ' || !*p;   /* "...2025/26? A1." at a line's end, the answer on the next */
}

/* Where on line s the next part starts: an answer to question id after the
 * end of a sentence ("...in 2024/25? A1. 14 allegations ..."), or, in an
 * answer (id NULL), the next question's marker ("... dismissal. Q2. How
 * many ..."); its offset, else 0. The marker's id into next. */
static size_t next_part(const char *s, const char *id, char *next, size_t nextn)
{
    if (!*s)
        return 0;   /* an empty line: nothing after its end is the line's */
    for (const char *p = s + 1; *p; p++) {
        if (p[-1] != ' ' || *p == ' ')
            continue;   /* a word's start: each run of spaces walked back once */
        const char *e = p - 1;
        while (e > s && *e == ' ')
            e--;
        if (!(*e == '?' || *e == '.' || *e == '!' || *e == ')'))
            continue;
        if (id ? answer_marker(p, id) : question_marker(p, next, nextn) > 0)
            return (size_t)(p - s);
    }
    return 0;
}

/* Where a paragraph opened by a question stands, line by line: the
 * question's id, and whether its answer has begun. */
struct qa_state {
    int in_q, in_answer;
    char id[8];
};

/* Does line s end a sentence ("...in 2025/26?", "... dismissal.")? */
static int ends_sentence(const char *s)
{
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    return n && (s[n - 1] == '?' || s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == ')');
}

/* The parts line s (after line prev, NULL at a paragraph's start) splits
 * into (1: not split), their offsets in cut; st carries the paragraph's
 * question over its lines (a question and its answer wrapped over several,
 * "...financial year" / "2025/26? A1. Nine allegations ..."). *opens: the
 * line itself starts an answer or the next question (a line break before
 * the marker). */
static int line_parts(const char *s, const char *prev, struct qa_state *st, size_t *cut, int maxcut, int *opens)
{
    *opens = 0;
    if (!prev) {
        st->in_q = question_marker(s, st->id, sizeof st->id) > 0;
        st->in_answer = 0;
        if (!st->in_q)
            return 1;
    } else if (!st->in_q) {
        return 1;
    } else if (ends_sentence(prev)) {
        char next[8];
        if (!st->in_answer && answer_marker(s, st->id)) {
            st->in_answer = 1;
            *opens = 1;
        } else if (st->in_answer && question_marker(s, next, sizeof next)) {
            memcpy(st->id, next, sizeof st->id);
            st->in_answer = 0;
            *opens = 1;
        }
    }
    int n = 0;
    size_t off = 0;
    while (n < maxcut) {
        char next[8];
        size_t k = next_part(s + off, st->in_answer ? NULL : st->id, next, sizeof next);
        if (!k)
            break;
        off += k;
        cut[n++] = off;
        if (st->in_answer)
            memcpy(st->id, next, sizeof st->id);
        st->in_answer = !st->in_answer;
    }
    return n + 1;
}

/* A paragraph starts at line i: its flag, a blank line before it, or the
 * first line. */
static const char *prev_in_para(const struct foi_doc *doc, int i)
{
    if (i == 0 || (doc->lines[i].flags & FOI_LINE_PARA_START) || !doc->lines[i - 1].text[0])
        return NULL;
    return doc->lines[i - 1].text;
}

int foi_doc_split_inline_answers(struct foi_doc *doc)
{
    /* a text table's lines are counted by the file's line numbers
     * (first_line, last_line): a document with one is left as it is */
    for (int t = 0; t < doc->ntables; t++)
        if (doc->tables[t].first_line > 0)
            return 0;
    enum { MAXCUT = 15 };
    size_t cut[MAXCUT];
    int add = 0, opens = 0, any = 0;
    struct qa_state st = { 0, 0, "" };
    for (int i = 0; i < doc->nlines; i++) {
        add += line_parts(doc->lines[i].text, prev_in_para(doc, i), &st, cut, MAXCUT, &opens) - 1;
        any |= opens;
    }
    if (!add && !any)
        return 0;
    struct foi_line *nl = foi_arena_alloc(&doc->arena, sizeof *nl * (size_t)(doc->nlines + add + 1));
    if (!nl)
        return FOI_ENOMEM;
    /* where each line goes: a table anchored in front of line i stays in
     * front of it */
    int *at = foi_arena_alloc(&doc->arena, sizeof *at * (size_t)(doc->nlines + 1));
    if (!at)
        return FOI_ENOMEM;
    int n = 0;
    memset(&st, 0, sizeof st);
    for (int i = 0; i < doc->nlines; i++) {
        at[i] = n;
        const struct foi_line *l = &doc->lines[i];
        int np = line_parts(l->text, prev_in_para(doc, i), &st, cut, MAXCUT, &opens);
        if (np == 1) {
            nl[n] = *l;
            if (opens)
                nl[n].flags |= FOI_LINE_PARA_START;   /* the answer (or next question) opens here */
            n++;
            continue;
        }
        size_t from = 0;
        for (int k = 0; k < np; k++) {
            size_t to = k + 1 < np ? cut[k] : strlen(l->text);
            size_t end = to;
            while (end > from && l->text[end - 1] == ' ')
                end--;
            nl[n] = *l;
            /* the parts keep the line's number and locator: a figure's cell
             * is the line it stands on */
            nl[n].text = foi_arena_strndup(&doc->arena, l->text + from, end - from);
            if (!nl[n].text)
                return FOI_ENOMEM;
            if (k)
                nl[n].flags = FOI_LINE_PARA_START;
            else if (opens)
                nl[n].flags |= FOI_LINE_PARA_START;
            n++;
            from = to;
        }
    }
    at[doc->nlines] = n;
    for (int t = 0; t < doc->ntables; t++) {
        int a = doc->tables[t].anchor_line;
        if (a >= 0)
            doc->tables[t].anchor_line = at[a > doc->nlines ? doc->nlines : a];
    }
    doc->lines = nl;
    doc->nlines = n;
    return 0;
}
