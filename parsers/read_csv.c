/* read_csv.c: CSV exports -> document, with libcsv in strict mode: records
 * numbered (blank ones too), physical lines counted for error messages, the
 * delimiter sniffed, and the records split into preamble/notes lines and tables. */
#include "read.h"

#include <csv.h>
#include <string.h>

/* How records become tables (documented in docs/document-model.md):
 *  - a table's header is the first record with >= 2 non-empty fields after
 *    the preamble (records before it with one non-empty field are lines; so
 *    is a record of two fields, the first non-empty, followed by one of four
 *    or more: a title with an unquoted comma);
 *  - records of a name and a value ("Year,2022/23", "Employee Group,(All)")
 *    ended by a blank record, a wider table after it, are lines "Year:
 *    2022/23" (a report's parameters, a pivot's filters);
 *  - records of a name and a value from after the last table to the end of
 *    the file, at least three, at most a third of the values counts (a
 *    report's information block: "Run date,02/12/2026", "Calendar year
 *    2025,Not held - ...") are lines "Run date: 02/12/2026" too;
 *  - blank records (no non-empty field, e.g. ",,,,") are skipped, never rows;
 *  - a record with one non-empty field is a row of the table (a group label)
 *    when the next multi-field record is a data row; when that record looks
 *    like a header (no numeric cell) or there is none, the table ends before
 *    it: the one-field records are notes/preamble lines and the header starts
 *    the next table;
 *  - header_rows is 2 when the record after the header has >= 2 non-empty
 *    fields and no numeric cell, one of the two header records has an empty
 *    cell (a group header over sub-columns), and a later row has a number;
 *    otherwise 1; the group header's text, written in the first of its
 *    columns only, spans the empty cells to its right over sub-columns;
 *  - columns that are empty in every row of the table are dropped (src_col
 *    keeps the field number in the file);
 *  - "the first field" above is the first after the leading fields that are
 *    empty in every record of the file (an export that starts at B3). */

#define DEFAULT_CHUNK 65536

static size_t chunk_size;   /* test hook: 0 = DEFAULT_CHUNK */

void foi_csv_set_chunk_size(size_t n) { chunk_size = n; }

struct rec {
    int no;              /* record number, 1-based */
    int line;            /* physical line where it starts */
    int nf;              /* fields stored (trailing empty fields trimmed) */
    int ne;              /* non-empty fields */
    const char **f;
};

struct cctx {
    struct foi_doc *doc;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_arena tmp;
    int rc;
    /* the record being read */
    const char **cur;
    int ncur, acur;
    size_t embedded_nl;
    int last_cr;         /* the last record ended at a CR (its LF may follow) */
    int line;            /* physical line where the current record starts */
    long stored;         /* fields stored so far */
    /* all records */
    struct rec *recs;
    int nrec, arec;
    char delim;
};

static void on_field(void *s, size_t len, void *data)
{
    struct cctx *c = data;
    if (c->rc)
        return;
    const char *p = s;
    for (size_t i = 0; i < len; i++)
        if (p[i] == '\n' || (p[i] == '\r' && (i + 1 >= len || p[i + 1] != '\n')))
            c->embedded_nl++;
    if (c->ncur >= c->lim->max_cols) {
        c->rc = foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "line %d", c->line),
                         "record has more than %d fields, over the column limit", c->lim->max_cols);
        return;
    }
    if (len > c->lim->max_line_bytes) {
        char a[32];
        foi_size_text(a, sizeof a, c->lim->max_line_bytes);
        c->rc = foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "line %d", c->line),
                         "field is longer than the %s line-length limit", a);
        return;
    }
    const char *text = "";
    if (len) {
        char *t = foi_collapse_ws(&c->doc->arena, p, len);
        if (!t) {
            c->rc = foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
            return;
        }
        if (*t)
            text = t;
    }
    if (c->ncur == c->acur) {
        int na = c->acur ? c->acur * 2 : 16;
        const char **n = foi_realloc(c->cur, (size_t)na * sizeof *n);
        if (!n) {
            c->rc = foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
            return;
        }
        c->cur = n;
        c->acur = na;
    }
    c->cur[c->ncur++] = text;
}

static void on_record(int ch, void *data)
{
    struct cctx *c = data;
    if (c->rc)
        return;
    if (ch == '\n' && c->ncur == 0 && c->last_cr) {   /* the LF of a CRLF */
        c->last_cr = 0;
        return;
    }
    if (c->nrec == c->arec) {
        int na = c->arec ? c->arec * 2 : 64;
        struct rec *n = foi_realloc(c->recs, (size_t)na * sizeof *n);
        if (!n) {
            c->rc = foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
            return;
        }
        c->recs = n;
        c->arec = na;
    }
    struct rec *r = &c->recs[c->nrec];
    memset(r, 0, sizeof *r);
    r->no = c->nrec + 1;
    r->line = c->line;
    int nf = c->ncur;
    while (nf > 0 && !*c->cur[nf - 1])
        nf--;
    for (int i = 0; i < nf; i++)
        r->ne += *c->cur[i] != '\0';
    if (nf) {
        if (c->stored + nf > c->lim->max_cells) {
            c->rc = foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "line %d", c->line),
                             "more than %ld cells, over the cell limit", c->lim->max_cells);
            return;
        }
        r->f = foi_arena_alloc(&c->tmp, (size_t)nf * sizeof *r->f);
        if (!r->f) {
            c->rc = foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
            return;
        }
        memcpy(r->f, c->cur, (size_t)nf * sizeof *r->f);
        c->stored += nf;
    }
    r->nf = nf;
    c->nrec++;
    c->line += (int)c->embedded_nl + (ch == -1 ? 0 : 1);
    c->embedded_nl = 0;
    c->ncur = 0;
    c->last_cr = ch == '\r';
}

/* ------------------------------------------------------------ error positions */

static int line_at(const char *s, size_t pos)
{
    int line = 1;
    for (size_t i = 0; i < pos; i++) {
        if (s[i] == '\n' || (s[i] == '\r' && s[i + 1] != '\n'))
            line++;
    }
    return line;
}

/* Where the quoted field that never closed opens (libcsv's strict rules), or n. */
static size_t open_quote_at(const char *s, size_t n, char delim)
{
    int st = 0;   /* 0 field start, 1 unquoted, 2 quoted, 3 quote seen inside quotes */
    size_t q = n;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        int end = ch == delim || ch == '\r' || ch == '\n';
        switch (st) {
        case 0:
            if (ch == '"')
                st = 2, q = i;
            else if (!end && ch != ' ' && ch != '\t')
                st = 1;
            break;
        case 1:
            if (end)
                st = 0;
            break;
        case 2:
            if (ch == '"')
                st = 3;
            break;
        default:
            if (ch == '"')
                st = 2;
            else if (end)
                st = 0;
            else if (ch != ' ' && ch != '\t')
                st = 1;
            break;
        }
    }
    return st == 2 ? q : n;
}

/* The text from pos to the end of its line, truncated to ~40 bytes. */
static const char *snippet(struct foi_arena *a, const char *s, size_t n, size_t pos)
{
    size_t e = pos;
    while (e < n && s[e] != '\n' && s[e] != '\r' && e - pos < 40)
        e++;
    while (e > pos && e < n && ((unsigned char)s[e] & 0xC0) == 0x80)
        e--;   /* do not cut a UTF-8 sequence */
    int more = e < n && s[e] != '\n' && s[e] != '\r';
    return foi_arena_printf(a, "%.*s%s", (int)(e - pos), s + pos, more ? "..." : "");
}

/* ------------------------------------------------------------ tables */

static int rec_numeric(const struct rec *r)
{
    for (int i = 0; i < r->nf; i++)
        if (foi_count_cell(r->f[i]))
            return 1;
    return 0;
}

static int header_like(const struct rec *r) { return r->ne >= 2 && !rec_numeric(r); }

static const char *field(const struct rec *r, int k) { return k < r->nf ? r->f[k] : ""; }

struct lines {
    struct foi_line *v;
    int n, a;
};

static int add_line(struct cctx *c, struct lines *L, const struct rec *r, unsigned flags, int pair)
{
    if (L->n == L->a) {
        int na = L->a ? L->a * 2 : 16;
        struct foi_line *v = foi_realloc(L->v, (size_t)na * sizeof *v);
        if (!v)
            return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
        L->v = v;
        L->a = na;
    }
    size_t len = 0;
    for (int i = 0; i < r->nf; i++)
        if (*r->f[i])
            len += strlen(r->f[i]) + 2;
    char *t = foi_arena_alloc(&c->doc->arena, len + 1);
    if (!t)
        return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
    size_t off = 0;
    for (int i = 0; i < r->nf; i++) {
        if (!*r->f[i])
            continue;
        /* a parameter's name and value: "Year: 2022/23" */
        if (off && pair && t[off - 1] != ':')
            t[off++] = ':';
        if (off)
            t[off++] = ' ';
        size_t l = strlen(r->f[i]);
        memcpy(t + off, r->f[i], l);
        off += l;
    }
    t[off] = '\0';
    if (t[0] == '*' || !strncmp(t, "\xE2\x80\xA0", 3))
        flags |= FOI_LINE_FOOTNOTE;
    memset(&L->v[L->n], 0, sizeof L->v[L->n]);
    L->v[L->n].text = t;
    L->v[L->n].no = r->no;
    L->v[L->n].flags = flags;
    L->n++;
    return 0;
}

static int build_table(struct cctx *c, struct foi_table *t, int h, int end, int anchor)
{
    const struct rec *R = c->recs;
    int nrows = 0, width = 0;
    for (int k = h; k <= end; k++) {
        if (!R[k].ne)
            continue;
        nrows++;
        if (R[k].nf > width)
            width = R[k].nf;
    }
    int *keep = foi_arena_alloc(&c->tmp, (size_t)width * sizeof *keep);
    int *rows = foi_arena_alloc(&c->tmp, (size_t)nrows * sizeof *rows);
    if (!keep || !rows)
        return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
    int ncols = 0, r = 0;
    for (int k = h; k <= end; k++)
        if (R[k].ne)
            rows[r++] = k;
    for (int f = 0; f < width; f++) {
        int any = 0;
        for (r = 0; r < nrows && !any; r++)
            any = *field(&R[rows[r]], f) != '\0';
        if (any)
            keep[ncols++] = f;
    }
    if (ncols > c->lim->max_cols)
        return foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "csv row %d", R[h].no),
                        "table has %d columns, over the %d-column limit", ncols, c->lim->max_cols);
    if ((long)nrows * ncols > c->lim->max_cells)
        return foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "csv row %d", R[h].no),
                        "table has %ld cells, over the %ld-cell limit", (long)nrows * ncols,
                        c->lim->max_cells);
    struct foi_cell *cells = foi_arena_alloc(&c->doc->arena, (size_t)nrows * (size_t)ncols * sizeof *cells);
    if (!cells)
        return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
    /* a second header row: a group header over sub-columns */
    int header_rows = 1;
    if (nrows >= 3) {
        const struct rec *a = &R[rows[0]], *b = &R[rows[1]];
        int empty = 0;
        for (int k = 0; k < ncols; k++)
            empty |= !*field(a, keep[k]) || !*field(b, keep[k]);
        int later_num = 0;
        for (r = 2; r < nrows && !later_num; r++)
            later_num = rec_numeric(&R[rows[r]]);
        if (b->ne >= 2 && !rec_numeric(b) && empty && later_num)
            header_rows = 2;
    }
    for (r = 0; r < nrows; r++) {
        const struct rec *rec = &R[rows[r]];
        for (int k = 0; k < ncols; k++) {
            struct foi_cell *cell = &cells[(size_t)r * (size_t)ncols + (size_t)k];
            cell->text = field(rec, keep[k]);
            cell->src_row = rec->no;
            cell->src_col = keep[k] + 1;
            cell->flags = r < header_rows ? FOI_CELL_HEADER : 0;
        }
    }
    /* the group header over sub-columns, as a spreadsheet's merged cell is
     * exported: its text in the first column only (",,2023/24,,2024/25,"
     * over "Police officers,Police staff,..."): it spans the empty cells to
     * its right that have a sub-column below, as a merged cell would */
    int groups = header_rows == 2 && ncols >= 3;
    for (int k = 0; k < ncols && groups; k++)
        groups = strlen(cells[k].text) <= 40;   /* short labels, not a title split at its commas */
    for (int k = 1; k < ncols && groups; k++) {
        struct foi_cell *up = &cells[k], *left = &cells[k - 1], *below = &cells[(size_t)ncols + (size_t)k];
        if (!*up->text && *left->text && *below->text) {
            up->text = left->text;
            up->flags |= FOI_CELL_SPANNED;
        }
    }
    memset(t, 0, sizeof *t);
    t->nrows = nrows;
    t->ncols = ncols;
    t->cells = cells;
    t->header_rows = header_rows;
    t->first_line = R[h].no;
    t->last_line = R[end].no;
    t->anchor_line = anchor;
    return 0;
}

/* "Notes: figures for 2023/24 ... (section 12, cost 450 at 18 hours);
 * 2026/27 to date is not yet available.;;;;;" as the file's last record: a
 * note whose own text held the delimiter (unquoted), split over fields. The
 * last non-empty record, opening with "Note:", "Notes:", "NB:" or "N.B.:",
 * of two to four non-empty fields, none of them a count, is one field again
 * (its fields joined by the delimiter and a space), so it reads as the
 * notes line it is, not a row of the table. */
static void rejoin_note(struct cctx *c)
{
    int k = c->nrec - 1;
    while (k >= 0 && !c->recs[k].ne)
        k--;
    if (k < 1)
        return;
    struct rec *r = &c->recs[k];
    if (r->ne < 2 || r->ne > 4)
        return;
    int f0 = 0;
    while (f0 < r->nf && !*r->f[f0])
        f0++;
    if (f0 >= r->nf)
        return;
    const char *t = r->f[f0];
    static const char *const lead[] = { "note:", "notes:", "nb:", "n.b.:", NULL };
    int led = 0;
    for (int i = 0; lead[i] && !led; i++)
        led = !strncasecmp(t, lead[i], strlen(lead[i]));
    if (!led)
        return;
    size_t len = 0;
    for (int i = f0; i < r->nf; i++) {
        if (*r->f[i] && foi_count_cell(r->f[i]))
            return;
        len += strlen(r->f[i]) + 2;
    }
    char *j = foi_arena_alloc(&c->doc->arena, len + 1);
    if (!j)
        return;
    size_t off = 0;
    for (int i = f0; i < r->nf; i++) {
        if (!*r->f[i])
            continue;
        if (off) {
            j[off++] = c->delim ? c->delim : ',';
            j[off++] = ' ';
        }
        size_t n = strlen(r->f[i]);
        memcpy(j + off, r->f[i], n);
        off += n;
    }
    j[off] = '\0';
    r->f[f0] = j;
    r->nf = f0 + 1;
    r->ne = 1;
}

static int segment(struct cctx *c)
{
    struct foi_doc *doc = c->doc;
    const struct rec *R = c->recs;
    struct lines L = {0};
    struct foi_table *tables = NULL;
    int ntables = 0, atables = 0, rc = 0;
    int i = 0, prev_kind = 0;   /* 0 start/blank/table, 1 line */
    int table_end_line = 0;     /* doc lines when the last table ended */
    /* next_multi[k]: the first record at or after k with >= 2 non-empty fields */
    int *next_multi = foi_arena_alloc(&c->tmp, (size_t)(c->nrec + 1) * sizeof *next_multi);
    if (!next_multi)
        return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
    next_multi[c->nrec] = c->nrec;
    for (int k = c->nrec - 1; k >= 0; k--)
        next_multi[k] = R[k].ne >= 2 ? k : next_multi[k + 1];
    /* leading fields empty in every record (an export that starts at B3):
     * "the first field" below is the first after them */
    int lead = -1;
    for (int k = 0; k < c->nrec; k++) {
        if (!R[k].ne)
            continue;
        int f = 0;
        while (f < R[k].nf && !*R[k].f[f])
            f++;
        if (lead < 0 || f < lead)
            lead = f;
    }
    if (lead < 0)
        lead = 0;
    /* a report's information block after its data ("Run date,02/12/2026",
     * "Calendar year 2025,Not held - ..."): the records from a blank or
     * one-field record to the end of the file, at least three, each a name
     * and a value, at most a third of the values counts (a two-column table
     * of counts stays a table), after a wider table: lines "Name: value" */
    int info_from = c->nrec;
    {
        int k = c->nrec, n = 0, counts = 0, wider = 0;
        while (k > 0 && (!R[k - 1].ne || (R[k - 1].ne == 2 && *field(&R[k - 1], lead)))) {
            k--;
            if (!R[k].ne)
                continue;
            n++;
            for (int f = lead + 1; f < R[k].nf; f++)
                if (*R[k].f[f]) {
                    counts += foi_count_cell(R[k].f[f]);
                    break;
                }
        }
        while (k < c->nrec && !R[k].ne)
            k++;
        for (int q = 0; q < k && !wider; q++)
            wider = R[q].ne >= 3;
        int parted = k > 0 && R[k - 1].ne <= 1;
        if (n >= 3 && counts * 3 <= n && wider && parted)
            info_from = k;
    }
    while (i < c->nrec && !rc) {
        int h = next_multi[i];
        /* a title with an unquoted comma ("Kent Police, FOI 21/0456") is not
         * a header when a record with two or more extra fields follows */
        while (h < c->nrec && R[h].ne == 2 && *field(&R[h], lead) && next_multi[h + 1] < c->nrec &&
               R[next_multi[h + 1]].ne >= 4)
            h = next_multi[h + 1];
        /* a report's parameters or a pivot's filters: records of a name and a
         * value ("Year,2022/23", "Employee Group,(All)") ended by a blank
         * record, a wider table after it: lines "Year: 2022/23" */
        int pairs0 = -1, pairs1 = -1;
        for (;;) {
            int k = h;
            while (k < c->nrec && R[k].ne == 2 && *field(&R[k], lead))
                k++;
            if (k == h || k >= c->nrec || R[k].ne != 0)
                break;
            int m = next_multi[k], wide = 0;
            for (int q = m, n = 0; q < c->nrec && n < 3 && !wide; q = next_multi[q + 1], n++)
                wide = R[q].ne >= 3;
            if (m >= c->nrec || !wide)
                break;
            if (pairs0 < 0)
                pairs0 = h;
            pairs1 = k;
            h = m;
        }
        /* a report's information block after its data: lines (below) */
        if (h >= info_from && h < c->nrec && pairs0 < 0) {
            pairs0 = h;
            pairs1 = h = c->nrec;
        }
        for (int k = i; k < h && !rc; k++) {
            if (!R[k].ne) {
                prev_kind = 0;
                continue;
            }
            rc = add_line(c, &L, &R[k], prev_kind ? 0 : FOI_LINE_PARA_START, k >= pairs0 && k < pairs1);
            prev_kind = 1;
        }
        if (rc || h >= c->nrec)
            break;
        int last = h;
        for (int k = h + 1; k < info_from; k++) {
            if (!R[k].ne)
                continue;
            if (R[k].ne >= 2) {
                last = k;
                continue;
            }
            int m = next_multi[k + 1];
            if (m >= c->nrec || header_like(&R[m]))
                break;
            last = k;
        }
        if (ntables == atables) {
            int na = atables ? atables * 2 : 4;
            struct foi_table *n = foi_realloc(tables, (size_t)na * sizeof *n);
            if (!n) {
                rc = foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
                break;
            }
            tables = n;
            atables = na;
        }
        struct foi_table *t = &tables[ntables];
        if ((rc = build_table(c, t, h, last, L.n)) != 0)
            break;
        t->index = ++ntables;
        /* heading: the preamble line right above, when it follows the previous table */
        if (L.n > table_end_line && L.n > 0)
            t->heading = L.v[L.n - 1].text;
        table_end_line = L.n;
        prev_kind = 0;
        i = last + 1;
    }
    if (!rc) {
        doc->lines = foi_arena_alloc(&doc->arena, (size_t)(L.n ? L.n : 1) * sizeof *doc->lines);
        doc->tables = foi_arena_alloc(&doc->arena, (size_t)(ntables ? ntables : 1) * sizeof *doc->tables);
        if (!doc->lines || !doc->tables) {
            rc = foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading CSV");
        } else {
            if (L.n)
                memcpy(doc->lines, L.v, (size_t)L.n * sizeof *L.v);
            if (ntables)
                memcpy(doc->tables, tables, (size_t)ntables * sizeof *tables);
            doc->nlines = L.n;
            doc->ntables = ntables;
        }
    }
    foi_free(L.v);
    foi_free(tables);
    return rc;
}

/* ------------------------------------------------------------ the reader */

int foi_read_csv(struct foi_doc *doc, const char *bytes, size_t n,
                 const struct foi_limits *lim, struct foi_err *err)
{
    const char *text;
    size_t len;
    int rc = foi_read_start(doc, FOI_FMT_CSV, bytes, n, &lim, &text, &len, err);
    if (rc)
        return rc;
    char *copy = foi_arena_strndup(&doc->arena, text, len);
    if (!copy)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading CSV");
    doc->text = copy;
    doc->text_len = len;
    text = copy;

    /* physical line lengths first: error messages name the line */
    size_t start = 0;
    int line = 1;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n' && text[i] != '\r')
            continue;
        if (i - start > lim->max_line_bytes) {
            char a[32];
            foi_size_text(a, sizeof a, lim->max_line_bytes);
            return foi_errf(err, FOI_ELIMIT, foi_arena_printf(&doc->arena, "line %d", line),
                            "line is longer than the %s line-length limit", a);
        }
        if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
            i++;
        start = i + 1;
        line++;
    }

    char delim = (char)foi_csv_sniff_delim(text, len, NULL);
    /* Excel's "sep=;" hint is not content: record 1 stays numbered but is skipped */
    int sep_hint = len >= 5 && !strncmp(text, "sep=", 4) && text[4] == delim &&
                   (len == 5 || text[5] == '\r' || text[5] == '\n');
    struct cctx c = {.doc = doc, .lim = lim, .err = err, .line = 1, .delim = delim};
    foi_arena_init(&c.tmp, 0);
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
        foi_arena_release(&c.tmp);
        return foi_errf(err, FOI_ENOMEM, NULL, "cannot initialise the CSV parser");
    }
    csv_set_realloc_func(&p, foi_realloc);
    csv_set_free_func(&p, foi_free);
    csv_set_blk_size(&p, 4096);
    csv_set_delim(&p, (unsigned char)delim);
    size_t chunk = chunk_size ? chunk_size : DEFAULT_CHUNK;
    for (size_t off = 0; off < len && !c.rc;) {
        size_t want = len - off < chunk ? len - off : chunk;
        size_t got = csv_parse(&p, text + off, want, on_field, on_record, &c);
        if (c.rc)
            break;
        if (got != want) {
            int e = csv_error(&p);
            size_t pos = off + got;
            const char *loc = foi_arena_printf(&doc->arena, "line %d", line_at(text, pos));
            if (e == CSV_EPARSE) {
                size_t fs = pos;
                while (fs > 0 && text[fs - 1] != delim && text[fs - 1] != '\n' && text[fs - 1] != '\r')
                    fs--;
                const char *what = text[pos] == '"' ? "stray quote in a field" : "text after a closing quote";
                c.rc = foi_errf(err, FOI_EPARSE, loc, "%s '%s'", what, snippet(&doc->arena, text, len, fs));
            } else if (e == CSV_ENOMEM) {
                c.rc = foi_errf(err, FOI_ENOMEM, loc, "out of memory reading CSV");
            } else {
                c.rc = foi_errf(err, FOI_ELIMIT, loc, "field too large");
            }
            break;
        }
        off += got;
        if (csv_get_buffer_size(&p) > lim->max_line_bytes + 8192) {
            char a[32];
            foi_size_text(a, sizeof a, lim->max_line_bytes);
            c.rc = foi_errf(err, FOI_ELIMIT, foi_arena_printf(&doc->arena, "line %d", c.line),
                            "field is longer than the %s line-length limit", a);
        }
    }
    if (!c.rc && csv_fini(&p, on_field, on_record, &c) != 0 && !c.rc) {
        size_t q = open_quote_at(text, len, delim);
        if (q < len)
            c.rc = foi_errf(err, FOI_EPARSE, foi_arena_printf(&doc->arena, "line %d", line_at(text, q)),
                            "unterminated quoted field '%s'", snippet(&doc->arena, text, len, q));
        else
            c.rc = foi_errf(err, FOI_EPARSE, NULL, "unterminated quoted field");
    }
    csv_free(&p);
    foi_free(c.cur);
    rc = c.rc;
    if (!rc && sep_hint && c.nrec > 0) {
        c.recs[0].ne = 0;
        c.recs[0].nf = 0;
    }
    if (!rc) {
        rejoin_note(&c);
        rc = segment(&c);
    }
    foi_free(c.recs);
    foi_arena_release(&c.tmp);
    return rc;
}
