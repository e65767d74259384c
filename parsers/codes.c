/* codes.c: a data dictionary and the file whose codes it defines. A
 * response sent as a table of codes ("CY2024, SA, PO, DIS, 3") and a second
 * file that says what each code means (FIELD, CODE, DESCRIPTION rows) answer
 * together: the dictionary is the data file's key, as a covering letter's
 * notes are its attachment's context (app/attach.c, docs/letters.md).
 * foi_doc_code_dictionary finds the dictionary's table and writes its codes
 * in the context form; foi_doc_apply_codes puts each code's meaning in the
 * cells of the data file that hold it. */
#include "read.h"
#include "../normalize/normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define CODE_MAX 40
#define CODES_MAX 2000

static int head_is(const char *text, const char *const *names)
{
    char f[64];
    size_t n = foi_fold(text, f, sizeof f);
    if (!n || n >= sizeof f)
        return 0;
    for (int i = 0; names[i]; i++)
        if (!strcmp(f, names[i]))
            return 1;
    return 0;
}

/* A code as a data file writes one: short, no spaces, a letter in it
 * ("SA", "FY2025-26", "TOT"); a bare number is no code (it would be a
 * count's look-alike). */
static int code_like(const char *s)
{
    size_t n = strlen(s);
    if (!n || n > CODE_MAX)
        return 0;
    int alpha = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (isspace(ch) || ch == '=' || ch == ':')
            return 0;
        alpha |= isalpha(ch) != 0;
    }
    return alpha;
}

int foi_doc_code_dictionary(const struct foi_doc *doc, struct foi_buf *out)
{
    static const char *const code_heads[] = { "code", "codes", "value", "code value", NULL };
    static const char *const desc_heads[] = { "description", "meaning", "definition", "label", "value label",
                                              "decode", "code description", NULL };
    static const char *const field_heads[] = { "field", "field name", "variable", "column", "column name",
                                               NULL };
    for (int ti = 0; ti < doc->ntables; ti++) {
        const struct foi_table *t = &doc->tables[ti];
        if (t->nrows < 4 || t->ncols < 2 || t->ncols > 6)
            continue;
        int cc = -1, dc = -1, fc = -1;
        for (int k = 0; k < t->ncols; k++) {
            const char *h = foi_table_cell(t, 0, k)->text;
            if (cc < 0 && head_is(h, code_heads))
                cc = k;
            else if (dc < 0 && head_is(h, desc_heads))
                dc = k;
            else if (fc < 0 && head_is(h, field_heads))
                fc = k;
        }
        if (cc < 0 || dc < 0)
            continue;
        size_t start = out->len;
        int n = 0;
        /* the table, and the tables after it of as many columns that a note
         * row between cut from it (their first row is no head of theirs) */
        for (int tj = ti; tj < doc->ntables && n < CODES_MAX; tj++) {
            const struct foi_table *u = &doc->tables[tj];
            if (tj > ti && (u->ncols != t->ncols || head_is(foi_table_cell(u, 0, cc)->text, code_heads)))
                break;
            for (int r = tj == ti ? 1 : 0; r < u->nrows && n < CODES_MAX; r++) {
                const char *code = foi_table_cell(u, r, cc)->text;
                const char *desc = foi_table_cell(u, r, dc)->text;
                const char *field = fc >= 0 ? foi_table_cell(u, r, fc)->text : "";
                if (!code_like(code) || !*desc || strchr(desc, '\n') || strchr(field, '\n') ||
                    (*field && !code_like(field)))
                    continue;
                if (foi_buf_printf(out, "codes: %s%s%s = %s\n", field, *field ? ": " : "", code, desc))
                    return FOI_ENOMEM;
                n++;
            }
        }
        if (n >= 3)
            return 0;
        out->len = start;   /* a table of two codes is no dictionary */
        if (out->data)
            out->data[start] = 0;
    }
    return 0;
}

struct code {
    const char *field, *code, *desc;
};

/* The context's codes, one "FIELD: CODE = DESCRIPTION" (or "CODE =
 * DESCRIPTION") a line. */
static int parse_codes(struct foi_doc *doc, const char *text, struct code **out, int *n)
{
    int cap = 0;
    for (const char *p = text; *p; p++)
        cap += *p == '\n';
    cap++;
    if (cap > CODES_MAX)
        cap = CODES_MAX;
    struct code *v = foi_arena_alloc(&doc->arena, (size_t)cap * sizeof *v);
    if (!v)
        return FOI_ENOMEM;
    int k = 0;
    for (const char *p = text; *p && k < cap;) {
        size_t len = strcspn(p, "\n");
        const char *eq = NULL;
        for (size_t i = 0; i + 3 <= len; i++)
            if (!strncmp(p + i, " = ", 3)) {
                eq = p + i;
                break;
            }
        if (eq) {
            const char *lhs = p;
            size_t ll = (size_t)(eq - p);
            const char *col = memchr(lhs, ':', ll);
            const char *field = "";
            if (col && col + 1 < eq && col[1] == ' ') {
                field = foi_arena_strndup(&doc->arena, lhs, (size_t)(col - lhs));
                lhs = col + 2;
                ll = (size_t)(eq - lhs);
            }
            const char *code = foi_arena_strndup(&doc->arena, lhs, ll);
            const char *desc = foi_arena_strndup(&doc->arena, eq + 3, len - ll - (size_t)(lhs - p) - 3);
            if (!field || !code || !desc)
                return FOI_ENOMEM;
            if (code_like(code) && *desc)
                v[k++] = (struct code){ field, code, desc };
        }
        p += len;
        p += *p == '\n';
    }
    *out = v;
    *n = k;
    return 0;
}

/* The meaning of code in a column headed head: a code the dictionary gives
 * for that field (or for no field; any field when head is NULL), one
 * meaning only; NULL otherwise. */
static const char *meaning(const struct code *v, int n, const char *head, const char *text)
{
    const char *found = NULL;
    for (int i = 0; i < n; i++) {
        if (strcmp(v[i].code, text) || (head && *v[i].field && foi_strcasecmp(v[i].field, head)))
            continue;
        if (found && strcmp(found, v[i].desc))
            return NULL;
        found = v[i].desc;
    }
    return found;
}

int foi_doc_apply_codes(struct foi_doc *doc)
{
    if (!doc->context || !doc->context->codes || !*doc->context->codes)
        return 0;
    struct code *v;
    int n;
    if (parse_codes(doc, doc->context->codes, &v, &n))
        return FOI_ENOMEM;
    if (!n)
        return 0;
    long cells = 0;
    int cols = 0;
    for (int ti = 0; ti < doc->ntables; ti++) {
        struct foi_table *t = &doc->tables[ti];
        int hr = t->header_rows > 0 ? t->header_rows : 0;
        const int hrow = hr > 0 ? hr - 1 : -1;
        for (int k = 0; k < t->ncols; k++) {
            const char *head = hrow >= 0 ? foi_table_cell(t, hrow, k)->text : "";
            /* a column whose every value is a code of the dictionary */
            int coded = 0, other = 0;
            for (int r = hr; r < t->nrows && !other; r++) {
                const char *s = foi_table_cell(t, r, k)->text;
                if (!*s)
                    continue;
                if (meaning(v, n, head, s))
                    coded++;
                else
                    other++;
            }
            if (coded && !other) {
                cols++;
                for (int r = hr; r < t->nrows; r++) {
                    struct foi_cell *cl = &t->cells[(size_t)r * (size_t)t->ncols + (size_t)k];
                    const char *m = *cl->text ? meaning(v, n, head, cl->text) : NULL;
                    if (m) {
                        cl->text = m;
                        cells++;
                    }
                }
            }
            /* a head that is a code ("CY2024" over a column of counts) */
            for (int r = 0; r < hr; r++) {
                struct foi_cell *cl = &t->cells[(size_t)r * (size_t)t->ncols + (size_t)k];
                const char *m = code_like(cl->text) ? meaning(v, n, NULL, cl->text) : NULL;
                if (m && !(cl->flags & FOI_CELL_SPANNED)) {
                    cl->text = m;
                    cells++;
                }
            }
        }
    }
    (void)cols;
    return 0;
}
