/* doc_dump.c: a document as plain text for `foi inspect` and the golden tests:
 * format and encoding, each table as an aligned grid (header rows marked H,
 * spanned copies marked ^; a sheet's table ruled with its own column letters
 * and row numbers, so each cell reads as its A1 reference), then every line
 * with its number, flags and locator. */
#include "doc_dump.h"

#include <stdio.h>
#include <string.h>

#define CELL_MAX 40   /* display columns shown of a cell before it is cut */

/* Decode one UTF-8 sequence (the input is valid UTF-8); returns its length. */
static size_t utf8_next(const unsigned char *s, unsigned *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *cp = ((unsigned)(s[0] & 0x0F) << 12) | ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
        *cp = ((unsigned)(s[0] & 0x07) << 18) | ((unsigned)(s[1] & 0x3F) << 12) |
              ((unsigned)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        return 4;
    }
    *cp = 0xFFFD;
    return 1;
}

/* Display width of a code point: combining marks and zero-width characters 0,
 * East Asian wide and fullwidth forms 2, everything else 1. */
static int cp_width(unsigned c)
{
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F) ||
        c == 0xFEFF || (c >= 0x20D0 && c <= 0x20FF))
        return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

/* How much of s is shown in max display columns (0 = all): the bytes kept,
 * their width, and whether an ellipsis follows (spaces before it dropped). */
static size_t fit(const char *s, int max, int *width, int *cut)
{
    const unsigned char *p = (const unsigned char *)s;
    int full = 0;
    for (const unsigned char *q = p; *q;) {
        unsigned cp;
        q += utf8_next(q, &cp);
        full += cp_width(cp);
    }
    *cut = max > 0 && full > max;
    if (!*cut) {
        *width = full;
        return strlen(s);
    }
    size_t keep = 0;
    int w = 0, wkeep = 0;
    while (p[keep]) {
        unsigned cp;
        size_t n = utf8_next(p + keep, &cp);
        int cw = cp_width(cp);
        if (w + cw > max - 1)
            break;
        w += cw;
        keep += n;
        wkeep = w;
    }
    while (keep > 0 && p[keep - 1] == ' ')
        keep--, wkeep--;
    *width = wkeep + 1;
    return keep;
}

/* Append s (cut to max display columns, with an ellipsis) and return its
 * width. Control characters are shown as '?'. */
static int put_text(struct foi_buf *out, const char *s, int max, int *rc)
{
    int width, cut;
    size_t keep = fit(s, max, &width, &cut);
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < keep && !*rc;) {
        unsigned cp;
        size_t n = utf8_next(p + i, &cp);
        if (cp < 0x20 || cp == 0x7F)
            *rc = foi_buf_addc(out, cp == '\t' ? ' ' : '?');
        else
            *rc = foi_buf_add(out, p + i, n);
        i += n;
    }
    if (cut && !*rc)
        *rc = foi_buf_adds(out, "\xE2\x80\xA6");
    return width;
}

static int text_width(const char *s, int max)
{
    int width, cut;
    fit(s, max, &width, &cut);
    return width;
}

static void pad(struct foi_buf *out, int n, int *rc)
{
    while (n-- > 0 && !*rc)
        *rc = foi_buf_addc(out, ' ');
}

/* Remove trailing spaces of the line just written (from line_start). */
static void end_line(struct foi_buf *out, size_t line_start, int *rc)
{
    while (out->len > line_start && out->data[out->len - 1] == ' ')
        out->len--;
    if (out->data)
        out->data[out->len] = '\0';
    if (!*rc)
        *rc = foi_buf_addc(out, '\n');
}

static const char *cell_mark(unsigned flags)
{
    if ((flags & FOI_CELL_SPANNED) && (flags & FOI_CELL_BOLD))
        return "^!";
    if (flags & FOI_CELL_SPANNED)
        return "^";
    if (flags & FOI_CELL_BOLD)
        return "!";
    return "";
}

static int cell_width(const struct foi_cell *c)
{
    return text_width(c->text, CELL_MAX) + (int)strlen(cell_mark(c->flags));
}

/* A sheet table's own sheet row of row r (from a cell that is not a copy). */
static int sheet_row(const struct foi_table *t, int r)
{
    for (int c = 0; c < t->ncols; c++) {
        const struct foi_cell *cell = foi_table_cell(t, r, c);
        if (!(cell->flags & FOI_CELL_SPANNED))
            return cell->src_row;
    }
    return r > 0 ? sheet_row(t, r - 1) + 1 : 1;
}

/* The sheet column letters of column c. */
static void sheet_col(const struct foi_table *t, int c, char *buf)
{
    for (int r = 0; r < t->nrows; r++) {
        const struct foi_cell *cell = foi_table_cell(t, r, c);
        if (!(cell->flags & FOI_CELL_SPANNED)) {
            foi_col_letters(cell->src_col, buf);
            return;
        }
    }
    foi_col_letters(c + 1, buf);
}

static void dump_table(const struct foi_doc *doc, const struct foi_table *t, struct foi_buf *out, int *rc)
{
    int src = doc->format == FOI_FMT_CSV || doc->format == FOI_FMT_TEXT || t->sheet;
    if (!*rc)
        *rc = foi_buf_printf(out, "\ntable %d: %d rows x %d cols, %d header row%s, after line %d", t->index,
                             t->nrows, t->ncols, t->header_rows, t->header_rows == 1 ? "" : "s",
                             t->anchor_line);
    if (!*rc && src && !t->sheet)
        *rc = foi_buf_printf(out, ", %s %d-%d", doc->format == FOI_FMT_CSV ? "csv rows" : "lines",
                             t->first_line, t->last_line);
    if (!*rc && t->sheet) {
        *rc = foi_buf_adds(out, ", sheet \"");
        put_text(out, t->sheet, 0, rc);
        if (!*rc)
            *rc = foi_buf_addc(out, '"');
    }
    if (!*rc && t->object) {
        *rc = foi_buf_adds(out, ", ");
        put_text(out, t->object, 0, rc);   /* embedded object "NAME" sheet "S" */
    }
    if (!*rc && t->row_page && t->nrows > 0) {
        int lo = t->row_page[0], hi = t->row_page[t->nrows - 1];
        *rc = lo == hi ? foi_buf_printf(out, ", page %d", lo) : foi_buf_printf(out, ", pages %d-%d", lo, hi);
    }
    if (!*rc)
        *rc = foi_buf_addc(out, '\n');
    if (t->caption) {
        size_t ls = out->len;
        if (!*rc)
            *rc = foi_buf_adds(out, "  caption: ");
        put_text(out, t->caption, 0, rc);
        end_line(out, ls, rc);
    }
    if (t->heading) {
        size_t ls = out->len;
        if (!*rc)
            *rc = foi_buf_adds(out, "  heading: ");
        put_text(out, t->heading, 0, rc);
        end_line(out, ls, rc);
    }
    if (t->nrows <= 0 || t->ncols <= 0)
        return;
    /* column widths */
    int *w = foi_calloc((size_t)t->ncols, sizeof *w);
    if (!w) {
        if (!*rc)
            *rc = FOI_ENOMEM;
        return;
    }
    for (int c = 0; c < t->ncols; c++) {
        char num[16];
        if (t->sheet)
            sheet_col(t, c, num);
        else
            snprintf(num, sizeof num, "%d", c + 1);
        w[c] = (int)strlen(num);
        for (int r = 0; r < t->nrows; r++) {
            int cw = cell_width(foi_table_cell(t, r, c));
            if (cw > w[c])
                w[c] = cw;
        }
    }
    char lab[32];
    int lw = 3, sw = 0;
    for (int r = 0; r < t->nrows; r++) {
        int n = snprintf(lab, sizeof lab, "%d", r + 1) + 1;
        if (n > lw)
            lw = n;
        if (src) {
            n = snprintf(lab, sizeof lab, "%d", t->sheet ? sheet_row(t, r) : foi_table_cell(t, r, 0)->src_row);
            if (n > sw)
                sw = n;
        }
    }
    if (src && sw < 3)
        sw = 3;
    /* ruler: column numbers */
    size_t ls = out->len;
    pad(out, 2, rc);
    if (!*rc)
        *rc = foi_buf_printf(out, "%*s", lw, "row");
    if (src && !*rc)
        *rc = foi_buf_printf(out, " %*s", sw, t->sheet ? "sh" : doc->format == FOI_FMT_CSV ? "rec" : "ln");
    for (int c = 0; c < t->ncols; c++) {
        char letters[8];
        if (t->sheet)
            sheet_col(t, c, letters);
        if (!*rc)
            *rc = t->sheet ? foi_buf_printf(out, " | %-*s", w[c], letters) : foi_buf_printf(out, " | %-*d", w[c], c + 1);
    }
    end_line(out, ls, rc);
    for (int r = 0; r < t->nrows; r++) {
        ls = out->len;
        int marked = 0;
        for (int c = 0; c < t->ncols; c++)
            marked |= (foi_table_cell(t, r, c)->flags & FOI_CELL_MARKED) != 0;
        if (r < t->header_rows)
            snprintf(lab, sizeof lab, "H%s", marked ? "T" : "");
        else
            snprintf(lab, sizeof lab, "%d%s", r + 1, marked ? "T" : "");
        pad(out, 2, rc);
        if (!*rc)
            *rc = foi_buf_printf(out, "%*s", lw, lab);
        if (src && !*rc)
            *rc = foi_buf_printf(out, " %*d", sw, t->sheet ? sheet_row(t, r) : foi_table_cell(t, r, 0)->src_row);
        for (int c = 0; c < t->ncols; c++) {
            const struct foi_cell *cell = foi_table_cell(t, r, c);
            if (!*rc)
                *rc = foi_buf_adds(out, " | ");
            int cw = put_text(out, cell->text, CELL_MAX, rc);
            const char *m = cell_mark(cell->flags);
            if (!*rc)
                *rc = foi_buf_adds(out, m);
            pad(out, w[c] - cw - (int)strlen(m), rc);
        }
        end_line(out, ls, rc);
    }
    /* the cells shown shortened, in full */
    for (int r = 0; r < t->nrows; r++) {
        for (int c = 0; c < t->ncols; c++) {
            const struct foi_cell *cell = foi_table_cell(t, r, c);
            int width, cut;
            fit(cell->text, CELL_MAX, &width, &cut);
            if (!cut || (cell->flags & FOI_CELL_SPANNED))
                continue;
            ls = out->len;
            if (!*rc && t->sheet) {
                char letters[8];
                foi_col_letters(cell->src_col, letters);
                *rc = foi_buf_printf(out, "  %s%d: ", letters, cell->src_row);
            } else if (!*rc) {
                *rc = foi_buf_printf(out, "  row %d col %d: ", r + 1, c + 1);
            }
            put_text(out, cell->text, 0, rc);
            end_line(out, ls, rc);
        }
    }
    foi_free(w);
}

int foi_doc_dump(const struct foi_doc *doc, struct foi_buf *out)
{
    int rc = 0;
    rc = foi_buf_printf(out, "format: %s\nencoding: %s\n", foi_format_name(doc->format),
                        doc->encoding && *doc->encoding ? doc->encoding : "unknown");
    if (doc->title && !rc) {
        size_t ls = out->len;
        rc = foi_buf_adds(out, "title: ");
        put_text(out, doc->title, 0, &rc);
        end_line(out, ls, &rc);
    }
    if (!rc && doc->npages)
        rc = foi_buf_printf(out, "pages: %d\n", doc->npages);
    if (!rc)
        rc = foi_buf_printf(out, "lines: %d\ntables: %d\n", doc->nlines, doc->ntables);
    const struct foi_doc_context *cx = doc->context;
    if (cx && !rc) {
        const char *k[] = { "force", "period", "category", "measure", "subject", "date_basis", "request_ref" };
        const char *v[] = { cx->force, cx->period, cx->category, cx->measure, cx->subject, cx->date_basis,
                            cx->request_ref };
        size_t ls = out->len;
        rc = foi_buf_adds(out, "context: from ");
        put_text(out, cx->origin ? cx->origin : "?", 0, &rc);
        end_line(out, ls, &rc);
        for (int i = 0; i < 7 && !rc; i++) {
            if (!v[i] || !*v[i])
                continue;
            ls = out->len;
            rc = foi_buf_printf(out, "  %s: ", k[i]);
            put_text(out, v[i], 0, &rc);
            end_line(out, ls, &rc);
        }
    }
    for (int i = 0; i < doc->nnotes && !rc; i++) {
        static const char *const sev[] = { "error", "warning", "info" };
        const struct foi_doc_note *n = &doc->notes[i];
        size_t ls = out->len;
        rc = foi_buf_printf(out, "note: %s %s %s: ", sev[n->severity >= 0 && n->severity <= 2 ? n->severity : 2],
                            n->code, n->locator && *n->locator ? n->locator : "-");
        put_text(out, n->message, 0, &rc);
        end_line(out, ls, &rc);
    }
    if (!rc && doc->nfurniture) {
        rc = foi_buf_printf(out, "furniture: %d (page headers and footers, not read)\n", doc->nfurniture);
        int fw = 0;
        for (int i = 0; i < doc->nfurniture; i++)
            if (doc->furniture[i].loc && (int)strlen(doc->furniture[i].loc) > fw)
                fw = (int)strlen(doc->furniture[i].loc);
        for (int i = 0; i < doc->nfurniture && !rc; i++) {
            const struct foi_line *f = &doc->furniture[i];
            size_t ls = out->len;
            rc = foi_buf_printf(out, "  %-*s  ", fw, f->loc ? f->loc : "");
            put_text(out, f->text ? f->text : "", 0, &rc);
            end_line(out, ls, &rc);
        }
    }
    if (doc->ntables && !rc)
        rc = foi_buf_adds(out, "(cells: ^ spanned copy, ! bold; rows: H header, T total row)\n");
    for (int i = 0; i < doc->ntables && !rc; i++)
        dump_table(doc, &doc->tables[i], out, &rc);
    if (!rc)
        rc = foi_buf_adds(out, "\nlines: (flags: h heading, b bullet, p paragraph start, f footnote, t title)\n");
    int locw = 0;
    for (int i = 0; i < doc->nlines; i++)
        if (doc->lines[i].loc && (int)strlen(doc->lines[i].loc) > locw)
            locw = (int)strlen(doc->lines[i].loc);
    for (int i = 0; i < doc->nlines && !rc; i++) {
        const struct foi_line *l = &doc->lines[i];
        char fl[8];
        int k = 0;
        if (l->flags & FOI_LINE_HEADING)
            fl[k++] = 'h';
        if (l->flags & FOI_LINE_BULLET)
            fl[k++] = 'b';
        if (l->flags & FOI_LINE_PARA_START)
            fl[k++] = 'p';
        if (l->flags & FOI_LINE_FOOTNOTE)
            fl[k++] = 'f';
        if (l->flags & FOI_LINE_TITLE)
            fl[k++] = 't';
        fl[k] = '\0';
        size_t ls = out->len;
        char flags[12];
        snprintf(flags, sizeof flags, k ? "[%s]" : "%s", fl);
        rc = foi_buf_printf(out, "%5d %-6s ", l->no, flags);
        if (locw && !rc)
            rc = foi_buf_printf(out, "%-*s ", locw, l->loc ? l->loc : "");
        put_text(out, l->text ? l->text : "", 0, &rc);
        end_line(out, ls, &rc);
    }
    return rc;
}
