/* read_ods.c: OpenDocument files -> document. ODS: every visible sheet, each
 * cell as shown (its text:p), spans as merged areas, repeated rows and columns
 * expanded only when they hold something (a million empty repeated rows cost
 * nothing), hidden tables, rows and columns named and not read. ODT: headings,
 * paragraphs, list items and tables (nested ones too), notes as footnotes. */
#include "office.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ostyle {
    char name[64];
    int hidden;       /* a table style with table:display="false" */
    int bold;         /* fo:font-weight="bold" */
    int list_number;  /* a list style whose first level numbers (1) or bullets (0) */
    char suffix[8];
};

struct ocell {
    long col, crep, cs, rs;
    char *text;       /* in the sheet's scratch arena */
    int kind, bold;
};

struct octx {
    struct foi_doc *doc;
    struct foi_zip *z;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_obuild ob;
    struct foi_arena tmp;
    struct ostyle *styles;
    size_t nstyles, astyles;
    struct foi_buf buf;
    /* ODT */
    int para_no;
    int last_anchor;
    struct foi_buf notes;     /* deferred footnote lines: "loc\x1ftext\x1e" */
};

static int nomem(struct octx *c)
{
    return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading %s", foi_format_name(c->doc->format));
}

static long long_attr(struct foi_xml *x, const char *name, long dflt)
{
    char v[32];
    if (!foi_xml_attr(x, name, v, sizeof v))
        return dflt;
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (end == v || errno || n < 0)
        return dflt;
    /* repeats and spans past any sheet's edge mean the same as the edge: sums
     * of them stay far from overflowing */
    return n > ((long)1 << 40) ? ((long)1 << 40) : n;
}

static const struct ostyle *style_of(const struct octx *c, const char *name)
{
    if (!name || !*name)
        return NULL;
    for (size_t i = 0; i < c->nstyles; i++)
        if (!strcmp(c->styles[i].name, name))
            return &c->styles[i];
    return NULL;
}

/* Automatic and common styles: hidden tables, bold cells, list kinds. */
static int read_styles(struct octx *c, struct foi_xml *x)
{
    struct ostyle *cur = NULL;
    int d = foi_xml_depth(x), k;
    if (foi_xml_empty(x))
        return 0;
    char v[64];
    while ((k = foi_xml_next(x)) == 1) {
        int t = foi_xml_type(x);
        if (t == FOI_XML_END && foi_xml_depth(x) == d)
            return 0;
        if (t != FOI_XML_START)
            continue;
        const char *nm = foi_xml_name(x);
        if (!strcmp(nm, "style") || !strcmp(nm, "list-style")) {
            if (c->nstyles >= 10000) {
                cur = NULL;
                continue;
            }
            if (c->nstyles == c->astyles) {
                void *p = c->styles;
                if (foi_grow(&p, &c->astyles, c->nstyles, sizeof *c->styles))
                    return nomem(c);
                c->styles = p;
            }
            cur = &c->styles[c->nstyles++];
            memset(cur, 0, sizeof *cur);
            cur->list_number = -1;
            foi_xml_attr(x, "name", cur->name, sizeof cur->name);
        } else if (cur && !strcmp(nm, "table-properties")) {
            if (foi_xml_attr(x, "display", v, sizeof v) && !strcmp(v, "false"))
                cur->hidden = 1;
        } else if (cur && !strcmp(nm, "text-properties")) {
            if (foi_xml_attr(x, "font-weight", v, sizeof v) && (!strcmp(v, "bold") || atoi(v) >= 600))
                cur->bold = 1;
        } else if (cur && cur->list_number < 0 &&
                   (!strcmp(nm, "list-level-style-number") || !strcmp(nm, "list-level-style-bullet"))) {
            cur->list_number = nm[17] == 'n';
            if (!foi_xml_attr(x, "num-suffix", cur->suffix, sizeof cur->suffix))
                cur->suffix[0] = '\0';
        }
    }
    return k < 0 ? x->rc : 0;
}

/* ------------------------------------------------------------ text */

/* The text of a cell or paragraph: text:p and text:h joined by spaces,
 * text:s and tabs as spaces, notes and comments left out. Appended to b; the
 * reader ends on the element's end node. */
static int element_text(struct octx *c, struct foi_xml *x, struct foi_buf *b, int *bold_out)
{
    (void)bold_out;
    if (foi_xml_empty(x))
        return 0;
    int d = foi_xml_depth(x), k, rc = 0;
    while ((k = foi_xml_next(x)) == 1) {
        int t = foi_xml_type(x);
        if (t == FOI_XML_END) {
            if (foi_xml_depth(x) == d)
                return 0;
            const char *nm = foi_xml_name(x);
            if ((!strcmp(nm, "p") || !strcmp(nm, "h")) && b->len && foi_buf_addc(b, ' '))
                return nomem(c);
            continue;
        }
        if (t == FOI_XML_TEXT || t == FOI_XML_CDATA || t == FOI_XML_WS) {
            const char *v = foi_xml_value(x);
            rc = foi_buf_add(b, v, strlen(v));
        } else if (t == FOI_XML_START) {
            const char *nm = foi_xml_name(x);
            if (!strcmp(nm, "s")) {
                long n = long_attr(x, "c", 1);
                for (long i = 0; i < n && i < 1000 && !rc; i++)
                    rc = foi_buf_addc(b, ' ');
            } else if (!strcmp(nm, "tab") || !strcmp(nm, "line-break")) {
                rc = foi_buf_addc(b, ' ');
            } else if (!strcmp(nm, "annotation") || !strcmp(nm, "note") || !strcmp(nm, "tracked-changes") ||
                       !strcmp(nm, "frame") || !strcmp(nm, "custom-shape")) {
                rc = foi_xml_skip(x);
                if (rc)
                    return rc;
            }
        }
        if (rc == FOI_ELIMIT)
            return foi_errf(c->err, FOI_ELIMIT, NULL, "a cell or paragraph is longer than the line-length limit");
        if (rc)
            return nomem(c);
    }
    return k < 0 ? x->rc : foi_errf(c->err, FOI_EPARSE, NULL, "'content.xml' ends inside an element");
}

/* ------------------------------------------------------------ ODS */

struct orow {
    struct ocell *v;
    size_t n, a;
};

static int flush_row(struct octx *c, struct foi_sheet *s, struct orow *r, long row, long rep)
{
    long cells = 0;
    for (size_t i = 0; i < r->n; i++)
        cells += r->v[i].crep;
    if (cells && rep > 1 && (rep > c->lim->max_cells || cells * rep > c->lim->max_cells))
        return foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "sheet \"%s\"", s->name),
                        "a row repeated %ld times holds %ld cells each, over the cell limit", rep, cells);
    int rc = 0;
    for (long i = 0; i < rep && r->n && !rc; i++)
        for (size_t k = 0; k < r->n && !rc; k++) {
            const struct ocell *o = &r->v[k];
            for (long j = 0; j < o->crep && !rc; j++) {
                rc = foi_sheet_cell(s, row + i, o->col + j, o->text, strlen(o->text), o->kind, o->bold);
                if (!rc && (o->cs > 1 || o->rs > 1))
                    rc = foi_sheet_merge(s, row + i, o->col + j, row + i + o->rs - 1, o->col + j + o->cs - 1);
            }
        }
    r->n = 0;
    return rc;
}

static int read_cell(struct octx *c, struct foi_xml *x, struct foi_sheet *s, struct orow *r, long row,
                     long *col, int covered)
{
    long crep = long_attr(x, "number-columns-repeated", 1);
    if (crep < 1)
        crep = 1;
    long at = *col;
    *col += crep;
    if (*col > FOI_SHEET_MAX_COL + 1)
        *col = FOI_SHEET_MAX_COL + 1;   /* nothing past the edge can be a cell */
    if (covered)
        return foi_xml_skip(x);   /* what a merged area covers is not shown */
    char vt[32] = "", style[64] = "", f[8], val[64] = "", dval[40] = "", bval[8] = "";
    foi_xml_attr(x, "value-type", vt, sizeof vt);
    foi_xml_attr(x, "value", val, sizeof val);
    foi_xml_attr(x, "date-value", dval, sizeof dval);
    foi_xml_attr(x, "boolean-value", bval, sizeof bval);
    foi_xml_attr(x, "style-name", style, sizeof style);
    int has_formula = foi_xml_attr(x, "formula", f, sizeof f);
    long cs = long_attr(x, "number-columns-spanned", 1), rs = long_attr(x, "number-rows-spanned", 1);
    if (foi_xml_empty(x) && !vt[0] && !has_formula)
        return 0;   /* the empty cells LibreOffice repeats to the sheet's edge */
    foi_buf_reset(&c->buf);
    int rc = element_text(c, x, &c->buf, NULL);
    if (rc)
        return rc;
    size_t n = c->buf.len;
    const char *t = c->buf.data ? c->buf.data : "";
    size_t k = 0;
    while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n'))
        k++;
    if (k == n && vt[0]) {
        /* a writer that stores the value without its displayed text: the value
         * as General shows it */
        foi_buf_reset(&c->buf);
        char *end = NULL;
        double num = val[0] ? strtod(val, &end) : 0;
        int rc2 = 0;
        if ((!strcmp(vt, "float") || !strcmp(vt, "currency")) && end && !*end)
            rc2 = foi_numfmt_render(&c->buf, num, NULL, 0);
        else if (!strcmp(vt, "percentage") && end && !*end)
            rc2 = foi_numfmt_render(&c->buf, num * 100, NULL, 0) || foi_buf_addc(&c->buf, '%');
        else if (!strcmp(vt, "date") && dval[0])
            rc2 = foi_buf_add(&c->buf, dval, strcspn(dval, "T"));
        else if (!strcmp(vt, "boolean") && bval[0])
            rc2 = foi_buf_adds(&c->buf, !strcmp(bval, "true") ? "TRUE" : "FALSE");
        if (rc2)
            return nomem(c);
        n = c->buf.len;
        t = c->buf.data ? c->buf.data : "";
        k = 0;
    }
    if (k == n) {
        if (has_formula)
            foi_sheet_formula_without_value(s, row, at);
        return 0;
    }
    int kind = FOI_SC_TEXT;
    if (!strcmp(vt, "float") || !strcmp(vt, "percentage") || !strcmp(vt, "currency"))
        kind = FOI_SC_NUMBER;
    else if (!strcmp(vt, "date") || !strcmp(vt, "time"))
        kind = FOI_SC_DATE;
    else if (!strcmp(vt, "boolean"))
        kind = FOI_SC_BOOL;
    else if (has_formula && t[k] == '#')
        kind = FOI_SC_ERROR;
    if (r->n == r->a) {
        void *p = r->v;
        if (foi_grow(&p, &r->a, r->n, sizeof *r->v))
            return nomem(c);
        r->v = p;
    }
    char *copy = foi_arena_strndup(&s->tmp, t, n);
    if (!copy)
        return nomem(c);
    const struct ostyle *st = style_of(c, style);
    r->v[r->n++] = (struct ocell){ at, crep, cs < 1 ? 1 : cs, rs < 1 ? 1 : rs, copy, kind, st && st->bold };
    return 0;
}

static int read_sheet(struct octx *c, struct foi_xml *x)
{
    char name[256] = "", style[64] = "";
    foi_xml_attr(x, "name", name, sizeof name);
    foi_xml_attr(x, "style-name", style, sizeof style);
    const struct ostyle *st = style_of(c, style);
    if (st && st->hidden) {
        if (foi_doc_note(c->doc, FOI_NOTE_WARNING, "hidden_content",
                         foi_arena_printf(&c->doc->arena, "sheet \"%s\"", name),
                         "sheet \"%s\" is hidden; it was not read, and nothing on it is in the figures", name))
            return nomem(c);
        return foi_xml_skip(x);
    }
    if (foi_xml_empty(x))
        return 0;
    struct foi_sheet s;
    int rc = foi_sheet_begin(&s, &c->ob, name);
    if (rc)
        return rc;
    struct orow r = { NULL, 0, 0 };
    long row = 1, col = 1, colno = 1, rrep = 1;
    int in_row = 0, k;
    int d = foi_xml_depth(x);
    char v[32];
    while (!rc && (k = foi_xml_next(x)) == 1) {
        int t = foi_xml_type(x);
        const char *nm = foi_xml_name(x);
        if (t == FOI_XML_END) {
            if (foi_xml_depth(x) == d)
                break;
            if (in_row && !strcmp(nm, "table-row")) {
                rc = flush_row(c, &s, &r, row, rrep);
                row += rrep;
                in_row = 0;
            }
            continue;
        }
        if (t != FOI_XML_START)
            continue;
        if (!strcmp(nm, "table-column")) {
            long rep = long_attr(x, "number-columns-repeated", 1);
            if (rep < 1)
                rep = 1;
            if (foi_xml_attr(x, "visibility", v, sizeof v) && strcmp(v, "visible") && colno <= FOI_SHEET_MAX_COL)
                rc = foi_sheet_hide_cols(&s, colno, colno + rep - 1 < FOI_SHEET_MAX_COL ? colno + rep - 1
                                                                                           : FOI_SHEET_MAX_COL);
            colno += rep;
            if (colno > FOI_SHEET_MAX_COL + 1)
                colno = FOI_SHEET_MAX_COL + 1;
            if (!rc && !foi_xml_empty(x))
                rc = foi_xml_skip(x);
        } else if (!strcmp(nm, "table-row")) {
            rrep = long_attr(x, "number-rows-repeated", 1);
            if (rrep < 1)
                rrep = 1;
            if (foi_xml_attr(x, "visibility", v, sizeof v) && strcmp(v, "visible") && row <= FOI_SHEET_MAX_ROW)
                rc = foi_sheet_hide_rows(&s, row, row + rrep - 1 < FOI_SHEET_MAX_ROW ? row + rrep - 1
                                                                                      : FOI_SHEET_MAX_ROW);
            col = 1;
            if (foi_xml_empty(x))
                row += rrep;
            else
                in_row = 1;
        } else if (in_row && (!strcmp(nm, "table-cell") || !strcmp(nm, "covered-table-cell"))) {
            rc = read_cell(c, x, &s, &r, row, &col, nm[0] == 'c');
        } else if (!strcmp(nm, "shapes") || !strcmp(nm, "forms") || !strcmp(nm, "named-expressions") ||
                   !strcmp(nm, "table-source") || !strcmp(nm, "scenario") || !strcmp(nm, "annotation")) {
            rc = foi_xml_skip(x);
        }
        if (row > FOI_SHEET_MAX_ROW + 1)
            row = FOI_SHEET_MAX_ROW + 1;   /* nothing past the end can be a cell */
    }
    if (!rc && k < 0)
        rc = x->rc;
    if (!rc)
        rc = foi_sheet_end(&s);
    foi_free(r.v);
    foi_sheet_release(&s);
    return rc;
}

/* ------------------------------------------------------------ ODT */

struct otable {
    int index;
    struct foi_grid g;
    int row, col;
    int owed;           /* covered cells the last cell's span has taken the places of */
    int in_header;
};

/* A Writer table: rows of cells, spans filled, header rows counted; nested
 * tables become tables of their own. */
static int odt_table(struct octx *c, struct foi_xml *x)
{
    if (foi_xml_empty(x))
        return 0;
    struct otable t;
    memset(&t, 0, sizeof t);
    t.row = -1;
    int rc = foi_ob_table_open(&c->ob, &t.index);
    if (rc)
        return rc;
    const char *heading = foi_ob_heading_since(&c->ob, &c->last_anchor);
    int d = foi_xml_depth(x), k;
    int header_depth = -1, header_run = 1;
    struct foi_buf cell;
    foi_buf_init(&cell, c->lim->max_line_bytes + 1);
    while (!rc && (k = foi_xml_next(x)) == 1) {
        int ty = foi_xml_type(x);
        const char *nm = foi_xml_name(x);
        if (ty == FOI_XML_END) {
            if (foi_xml_depth(x) == d)
                break;
            if (!strcmp(nm, "table-header-rows") && foi_xml_depth(x) == header_depth)
                header_depth = -1;
            continue;
        }
        if (ty != FOI_XML_START)
            continue;
        if (!strcmp(nm, "table-header-rows")) {
            if (!foi_xml_empty(x))
                header_depth = foi_xml_depth(x);
        } else if (!strcmp(nm, "table-row")) {
            t.row++;
            t.col = 0;
            t.owed = 0;
            if (header_depth >= 0 && header_run)
                t.g.header_rows = t.row + 1;
            else
                header_run = 0;
            if (t.row + 1 > t.g.nrows)
                t.g.nrows = t.row + 1;
        } else if (!strcmp(nm, "covered-table-cell")) {
            /* the places a cell spanned across: the span already took them
             * (a writer may leave them out; LibreOffice writes one each); a
             * place covered from a row above is a column of its own */
            long rep = long_attr(x, "number-columns-repeated", 1);
            rep = rep < 1 ? 1 : rep > c->lim->max_cols ? c->lim->max_cols : rep;
            long owed = rep < t.owed ? rep : t.owed;
            t.owed -= (int)owed;
            t.col += (int)(rep - owed);
            if (!foi_xml_empty(x))
                rc = foi_xml_skip(x);
        } else if (!strcmp(nm, "table-cell") && t.row >= 0) {
            long rep = long_attr(x, "number-columns-repeated", 1);
            long cs = long_attr(x, "number-columns-spanned", 1), rs = long_attr(x, "number-rows-spanned", 1);
            if (rep < 1) rep = 1;
            if (cs < 1) cs = 1;
            if (rs < 1) rs = 1;
            if (rep > c->lim->max_cols || cs > c->lim->max_cols || t.col + rep * cs > c->lim->max_cols) {
                rc = foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "table %d", t.index),
                              "table has more than %d columns, over the column limit", c->lim->max_cols);
                break;
            }
            if (rs > 10000)
                rs = 10000;
            /* the cell's text; a table inside it is a table of its own */
            foi_buf_reset(&cell);
            if (!foi_xml_empty(x)) {
                int cd = foi_xml_depth(x);
                while (!rc && (k = foi_xml_next(x)) == 1) {
                    int ct = foi_xml_type(x);
                    if (ct == FOI_XML_END && foi_xml_depth(x) == cd)
                        break;
                    if (ct != FOI_XML_START)
                        continue;
                    if (foi_xml_is(x, "table")) {
                        rc = odt_table(c, x);
                    } else if (foi_xml_is(x, "p") || foi_xml_is(x, "h")) {
                        if (cell.len && foi_buf_addc(&cell, ' '))
                            rc = nomem(c);
                        if (!rc)
                            rc = element_text(c, x, &cell, NULL);
                    }
                }
                if (!rc && k < 0)
                    rc = x->rc;
            }
            for (long j = 0; j < rep && !rc; j++) {
                int c0 = t.col;
                rc = foi_grid_put(&c->ob, &t.g, t.row, c0, cell.data ? cell.data : "", 0, t.row, c0);
                const char *stored = rc ? "" : t.g.v[t.g.n - 1].text;
                for (long rr = 0; rr < rs && !rc; rr++)
                    for (long cc = 0; cc < cs && !rc; cc++)
                        if (rr || cc)
                            rc = foi_grid_put(&c->ob, &t.g, t.row + (int)rr, c0 + (int)cc, stored, FOI_CELL_SPANNED,
                                              t.row, c0);
                t.col += (int)cs;
            }
            t.owed = (int)(rep * (cs - 1));
        }
    }
    if (!rc && k < 0)
        rc = x->rc;
    foi_buf_release(&cell);
    if (rc) {
        foi_grid_release(&t.g);
        return rc;
    }
    /* rows spanned past the last row do not add rows */
    size_t o = 0;
    for (size_t i = 0; i < t.g.n; i++)
        if (t.g.v[i].row <= t.row)
            t.g.v[o++] = t.g.v[i];
    t.g.n = o;
    t.g.nrows = t.row + 1;
    return foi_grid_table(&c->ob, &t.g, t.index, NULL, heading);
}

/* A paragraph or heading outside tables: one line; its notes deferred. */
static int odt_para(struct octx *c, struct foi_xml *x, unsigned flags, const char *marker)
{
    c->para_no++;
    char loc[32];
    snprintf(loc, sizeof loc, "paragraph %d", c->para_no);
    if (foi_xml_empty(x))
        return 0;
    struct foi_buf b;
    foi_buf_init(&b, c->lim->max_line_bytes + 80);
    int rc = 0;
    if (marker && *marker && foi_buf_printf(&b, "%s ", marker))
        rc = nomem(c);
    int d = foi_xml_depth(x), k;
    while (!rc && (k = foi_xml_next(x)) == 1) {
        int t = foi_xml_type(x);
        if (t == FOI_XML_END && foi_xml_depth(x) == d)
            break;
        if (t == FOI_XML_TEXT || t == FOI_XML_CDATA || t == FOI_XML_WS) {
            const char *v = foi_xml_value(x);
            rc = foi_buf_add(&b, v, strlen(v));
        } else if (t == FOI_XML_START) {
            const char *nm = foi_xml_name(x);
            if (!strcmp(nm, "s")) {
                long n = long_attr(x, "c", 1);
                for (long i = 0; i < n && i < 1000 && !rc; i++)
                    rc = foi_buf_addc(&b, ' ');
            } else if (!strcmp(nm, "tab") || !strcmp(nm, "line-break")) {
                rc = foi_buf_addc(&b, ' ');
            } else if (!strcmp(nm, "note")) {
                /* the note's body: a footnote line, after the text */
                char cite[32] = "";
                struct foi_buf nb;
                foi_buf_init(&nb, c->lim->max_line_bytes + 1);
                int nd = foi_xml_depth(x);
                while (!rc && (k = foi_xml_next(x)) == 1) {
                    if (foi_xml_type(x) == FOI_XML_END && foi_xml_depth(x) == nd)
                        break;
                    if (foi_xml_is(x, "note-citation")) {
                        struct foi_buf cb;
                        foi_buf_init(&cb, 31);
                        rc = foi_xml_text(x, &cb);
                        if (cb.data)
                            snprintf(cite, sizeof cite, "%s", cb.data);
                        foi_buf_release(&cb);
                    } else if (foi_xml_is(x, "p") || foi_xml_is(x, "h")) {
                        if (nb.len && foi_buf_addc(&nb, ' '))
                            rc = nomem(c);
                        if (!rc)
                            rc = element_text(c, x, &nb, NULL);
                    }
                }
                if (!rc && k < 0)
                    rc = x->rc;
                if (!rc && nb.len &&
                    (foi_buf_printf(&c->notes, "footnote %s\x1f", cite) || foi_buf_add(&c->notes, nb.data, nb.len) ||
                     foi_buf_addc(&c->notes, '\x1e')))
                    rc = nomem(c);
                foi_buf_release(&nb);
            } else if (!strcmp(nm, "annotation") || !strcmp(nm, "tracked-changes") || !strcmp(nm, "frame")) {
                rc = foi_xml_skip(x);
            }
        }
        if (rc == FOI_ELIMIT)
            rc = foi_errf(c->err, FOI_ELIMIT, loc, "paragraph is longer than the line-length limit");
        else if (rc && !c->err->code)
            rc = nomem(c);
    }
    if (!rc && k < 0)
        rc = x->rc;
    if (!rc)
        rc = foi_ob_line(&c->ob, b.data ? b.data : "", b.len, flags, loc);
    foi_buf_release(&b);
    return rc;
}

/* The body of a text document, lists tracked for their markers. */
static int odt_body(struct octx *c, struct foi_xml *x)
{
    int d = foi_xml_depth(x), k, rc = 0;
    enum { MAXL = 32 };
    int list_depth[MAXL], list_number[MAXL], list_count[MAXL];
    char list_suffix[MAXL][8];
    int nl = 0;
    while (!rc && (k = foi_xml_next(x)) == 1) {
        int t = foi_xml_type(x);
        const char *nm = foi_xml_name(x);
        if (t == FOI_XML_END) {
            if (foi_xml_depth(x) == d)
                break;
            if (!strcmp(nm, "list") && nl > 0 && list_depth[nl - 1] == foi_xml_depth(x))
                nl--;
            continue;
        }
        if (t != FOI_XML_START)
            continue;
        if (!strcmp(nm, "list")) {
            if (foi_xml_empty(x))
                continue;
            char style[64] = "";
            foi_xml_attr(x, "style-name", style, sizeof style);
            const struct ostyle *st = style_of(c, style);
            if (nl < MAXL) {
                list_depth[nl] = foi_xml_depth(x);
                /* a nested list without a style takes its parent's kind */
                list_number[nl] = st && st->list_number >= 0 ? st->list_number : nl ? list_number[nl - 1] : 0;
                snprintf(list_suffix[nl], sizeof list_suffix[nl], "%s",
                         st && st->list_number > 0 ? st->suffix : nl ? list_suffix[nl - 1] : ".");
                list_count[nl] = 0;
                nl++;
            }
        } else if (!strcmp(nm, "list-item") && nl > 0) {
            list_count[nl - 1]++;
        } else if (!strcmp(nm, "h") || !strcmp(nm, "p")) {
            unsigned flags = FOI_LINE_PARA_START;
            char marker[32] = "";
            if (nm[0] == 'h')
                flags |= FOI_LINE_HEADING;
            if (nl > 0) {
                flags |= FOI_LINE_BULLET;
                if (list_number[nl - 1] > 0)
                    snprintf(marker, sizeof marker, "%d%s", list_count[nl - 1], list_suffix[nl - 1]);
                else
                    snprintf(marker, sizeof marker, "\xE2\x80\xA2");
            }
            rc = odt_para(c, x, flags, marker);
        } else if (!strcmp(nm, "table")) {
            rc = odt_table(c, x);
        } else if (!strcmp(nm, "tracked-changes") || !strcmp(nm, "annotation") || !strcmp(nm, "frame") ||
                   !strcmp(nm, "sequence-decls") || !strcmp(nm, "variable-decls") ||
                   !strcmp(nm, "user-field-decls") || !strcmp(nm, "forms")) {
            rc = foi_xml_skip(x);
        }
    }
    if (!rc && k < 0)
        rc = x->rc;
    /* the notes, after the text */
    const char *p = c->notes.data;
    const char *end = p ? p + c->notes.len : NULL;
    while (!rc && p && p < end) {
        const char *us = memchr(p, '\x1f', (size_t)(end - p));
        const char *rs = us ? memchr(us, '\x1e', (size_t)(end - us)) : NULL;
        if (!us || !rs)
            break;
        char loc[48];
        snprintf(loc, sizeof loc, "%.*s", (int)(us - p), p);
        rc = foi_ob_line(&c->ob, us + 1, (size_t)(rs - us - 1), FOI_LINE_PARA_START | FOI_LINE_FOOTNOTE, loc);
        p = rs + 1;
    }
    return rc;
}

/* ------------------------------------------------------------ entry */

int foi_read_odf_zip(struct foi_doc *doc, struct foi_zip *z, unsigned format,
                     const struct foi_limits *lim, struct foi_err *err)
{
    struct octx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.z = z;
    c.lim = lim;
    c.err = err;
    doc->format = format;
    foi_arena_init(&c.tmp, 0);
    foi_ob_init(&c.ob, doc, lim, err);
    foi_buf_init(&c.buf, lim->max_line_bytes + 1);
    foi_buf_init(&c.notes, 0);
    struct foi_xml x;
    int rc = foi_xml_open(&x, z, "styles.xml", err);
    if (rc == FOI_ENOTFOUND) {
        rc = 0;
    } else if (!rc) {
        int k;
        while (!rc && (k = foi_xml_next(&x)) == 1)
            if (foi_xml_is(&x, "styles") || foi_xml_is(&x, "automatic-styles"))
                rc = read_styles(&c, &x);
        if (!rc && k < 0)
            rc = x.rc;
        foi_xml_close(&x);
    }
    int sheets = 0, body = 0;
    if (!rc) {
        rc = foi_xml_open(&x, z, "content.xml", err);
        if (rc == FOI_ENOTFOUND)
            rc = foi_errf(err, FOI_EPARSE, NULL, "OpenDocument file without content.xml");
    }
    if (!rc) {
        int k;
        while (!rc && (k = foi_xml_next(&x)) == 1) {
            if (foi_xml_type(&x) != FOI_XML_START)
                continue;
            const char *nm = foi_xml_name(&x);
            if (!strcmp(nm, "automatic-styles") || !strcmp(nm, "styles")) {
                rc = read_styles(&c, &x);
            } else if (format == FOI_FMT_ODS && !strcmp(nm, "table")) {
                sheets++;
                rc = read_sheet(&c, &x);
            } else if (format == FOI_FMT_ODT && !strcmp(nm, "text") && !body) {
                body = 1;
                rc = odt_body(&c, &x);
            } else if (!strcmp(nm, "scripts") || !strcmp(nm, "font-face-decls") || !strcmp(nm, "forms")) {
                rc = foi_xml_skip(&x);
            }
        }
        if (!rc && k < 0)
            rc = x.rc;
        foi_xml_close(&x);
    }
    if (!rc && format == FOI_FMT_ODS && !sheets)
        rc = foi_errf(err, FOI_EPARSE, NULL, "spreadsheet has no sheets");
    if (!rc)
        rc = foi_ob_finish(&c.ob);
    foi_ob_release(&c.ob);
    foi_buf_release(&c.buf);
    foi_buf_release(&c.notes);
    foi_free(c.styles);
    foi_arena_release(&c.tmp);
    return rc;
}
