/* read_sheet.c: the office readers' document builder, and the layout of one
 * spreadsheet sheet into it: hidden rows and columns dropped (and named),
 * merged areas filled like spans, blocks of rows split by blank rows, title
 * rows above and note rows below a grid as lines, the grid as a table. */
#include "office.h"
#include "../normalize/normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ builder */

void foi_ob_init(struct foi_obuild *b, struct foi_doc *doc, const struct foi_limits *lim,
                 struct foi_err *err)
{
    memset(b, 0, sizeof *b);
    b->doc = doc;
    b->lim = lim;
    b->err = err;
}

void foi_ob_release(struct foi_obuild *b)
{
    foi_free(b->lines);
    foi_free(b->tables);
    b->lines = NULL;
    b->tables = NULL;
    b->nlines = b->alines = b->ntables = b->atables = 0;
}

int foi_ob_nomem(struct foi_obuild *b)
{
    return foi_errf(b->err, FOI_ENOMEM, NULL, "out of memory reading %s", foi_format_name(b->doc->format));
}

int foi_ob_line(struct foi_obuild *b, const char *text, size_t n, unsigned flags, const char *loc)
{
    char *t = foi_collapse_ws(&b->doc->arena, text, n);
    if (!t)
        return foi_ob_nomem(b);
    if (!*t)
        return 0;
    if (strlen(t) > b->lim->max_line_bytes) {
        char a[32];
        foi_size_text(a, sizeof a, b->lim->max_line_bytes);
        return foi_errf(b->err, FOI_ELIMIT, loc, "line is longer than the %s line-length limit", a);
    }
    if (b->nlines == INT32_MAX - 1)
        return foi_errf(b->err, FOI_ELIMIT, loc, "too many lines");
    if (b->nlines == b->alines) {
        size_t na = (size_t)b->alines;
        void *v = b->lines;
        if (foi_grow(&v, &na, (size_t)b->nlines, sizeof *b->lines))
            return foi_ob_nomem(b);
        b->lines = v;
        b->alines = (int)na;
    }
    struct foi_line *l = &b->lines[b->nlines];
    memset(l, 0, sizeof *l);
    l->text = t;
    l->no = b->nlines + 1;
    l->flags = flags;
    if (loc) {
        l->loc = foi_arena_strdup(&b->doc->arena, loc);
        if (!l->loc)
            return foi_ob_nomem(b);
    }
    b->nlines++;
    return 0;
}

int foi_ob_table_open(struct foi_obuild *b, int *index)
{
    if (b->ntables == b->atables) {
        size_t na = (size_t)b->atables;
        void *v = b->tables;
        if (foi_grow(&v, &na, (size_t)b->ntables, sizeof *b->tables))
            return foi_ob_nomem(b);
        b->tables = v;
        b->atables = (int)na;
    }
    struct foi_table *t = &b->tables[b->ntables];
    memset(t, 0, sizeof *t);
    t->index = ++b->ntables;
    t->anchor_line = b->nlines;
    *index = t->index;
    return 0;
}

const char *foi_ob_heading_since(const struct foi_obuild *b, int *since)
{
    const char *heading = NULL;
    for (int i = b->nlines - 1; i >= *since && i >= 0; i--)
        if (b->lines[i].flags & FOI_LINE_HEADING) {
            heading = b->lines[i].text;
            break;
        }
    *since = b->nlines;
    return heading;
}

void foi_ob_table_set(struct foi_obuild *b, int index, const struct foi_table *t)
{
    struct foi_table *d = &b->tables[index - 1];
    int anchor = d->anchor_line;
    *d = *t;
    d->index = index;
    d->anchor_line = anchor;
}

int foi_ob_finish(struct foi_obuild *b)
{
    struct foi_doc *doc = b->doc;
    size_t total = 0;
    for (int i = 0; i < b->nlines; i++)
        total += strlen(b->lines[i].text) + 1;
    doc->lines = foi_arena_alloc(&doc->arena, (size_t)(b->nlines ? b->nlines : 1) * sizeof *doc->lines);
    doc->tables = foi_arena_alloc(&doc->arena, (size_t)(b->ntables ? b->ntables : 1) * sizeof *doc->tables);
    char *joined = foi_arena_alloc(&doc->arena, total + 1);
    if (!doc->lines || !doc->tables || !joined)
        return foi_ob_nomem(b);
    if (b->nlines)
        memcpy(doc->lines, b->lines, (size_t)b->nlines * sizeof *b->lines);
    if (b->ntables)
        memcpy(doc->tables, b->tables, (size_t)b->ntables * sizeof *b->tables);
    doc->nlines = b->nlines;
    doc->ntables = b->ntables;
    size_t off = 0;
    for (int i = 0; i < b->nlines; i++) {
        size_t l = strlen(b->lines[i].text);
        memcpy(joined + off, b->lines[i].text, l);
        off += l;
        if (i + 1 < b->nlines)
            joined[off++] = '\n';
    }
    joined[off] = '\0';
    doc->text = joined;
    doc->text_len = off;
    return 0;
}

/* ------------------------------------------------------------ word tables */

int foi_grid_put(struct foi_obuild *b, struct foi_grid *g, int row, int col, const char *text,
                 unsigned flags, int orow, int ocol)
{
    if (col >= b->lim->max_cols)
        return foi_errf(b->err, FOI_ELIMIT, NULL, "table has more than %d columns, over the column limit",
                        b->lim->max_cols);
    if ((long)g->n >= b->lim->max_cells)
        return foi_errf(b->err, FOI_ELIMIT, NULL, "table has more than %ld cells, over the cell limit",
                        b->lim->max_cells);
    if (g->n == g->a) {
        void *v = g->v;
        if (foi_grow(&v, &g->a, g->n, sizeof *g->v))
            return foi_ob_nomem(b);
        g->v = v;
    }
    char *t = foi_collapse_ws(&b->doc->arena, text ? text : "", text ? strlen(text) : 0);
    if (!t)
        return foi_ob_nomem(b);
    g->v[g->n++] = (struct foi_gcell){ row, col, orow, ocol, t, flags };
    if (row + 1 > g->nrows)
        g->nrows = row + 1;
    if (col + 1 > g->ncols)
        g->ncols = col + 1;
    return 0;
}

void foi_grid_release(struct foi_grid *g)
{
    foi_free(g->v);
    memset(g, 0, sizeof *g);
}

int foi_grid_table(struct foi_obuild *b, struct foi_grid *g, int index, const char *caption,
                   const char *heading)
{
    struct foi_table t;
    memset(&t, 0, sizeof t);
    t.nrows = g->nrows;
    t.ncols = g->ncols;
    if ((long)t.nrows * t.ncols > b->lim->max_cells) {
        foi_grid_release(g);
        return foi_errf(b->err, FOI_ELIMIT, foi_arena_printf(&b->doc->arena, "table %d", index),
                        "table has %ld cells, over the %ld-cell limit", (long)t.nrows * t.ncols, b->lim->max_cells);
    }
    size_t nc = (size_t)t.nrows * (size_t)t.ncols;
    t.cells = foi_arena_alloc(&b->doc->arena, (nc ? nc : 1) * sizeof *t.cells);
    unsigned char *set = foi_calloc(nc ? nc : 1, 1);
    if (!t.cells || !set) {
        foi_free(set);
        foi_grid_release(g);
        return foi_ob_nomem(b);
    }
    for (int r = 0; r < t.nrows; r++)
        for (int c = 0; c < t.ncols; c++) {
            struct foi_cell *fc = &t.cells[(size_t)r * (size_t)t.ncols + (size_t)c];
            fc->text = "";
            fc->src_row = r + 1;
            fc->src_col = c + 1;
        }
    for (size_t i = 0; i < g->n; i++) {
        const struct foi_gcell *x = &g->v[i];
        size_t k = (size_t)x->row * (size_t)t.ncols + (size_t)x->col;
        if (set[k])
            continue;
        set[k] = 1;
        struct foi_cell *fc = &t.cells[k];
        fc->text = x->text;
        fc->flags = x->flags;
        fc->src_row = x->orow + 1;
        fc->src_col = x->ocol + 1;
    }
    foi_free(set);
    t.header_rows = g->header_rows < t.nrows ? g->header_rows : t.nrows;
    for (int r = 0; r < t.header_rows; r++)
        for (int c = 0; c < t.ncols; c++)
            t.cells[(size_t)r * (size_t)t.ncols + (size_t)c].flags |= FOI_CELL_HEADER;
    t.caption = caption;
    t.heading = heading;
    foi_ob_table_set(b, index, &t);
    foi_grid_release(g);
    return 0;
}

/* ------------------------------------------------------------ references */

void foi_sheet_ref(long row, long col, char *buf)
{
    char tmp[12];
    int n = 0;
    if (col < 1)
        col = 1;
    while (col > 0 && n < 11) {
        tmp[n++] = (char)('A' + (col - 1) % 26);
        col = (col - 1) / 26;
    }
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    snprintf(buf + n, 24 - (size_t)n, "%ld", row);
}

int foi_sheet_parse_ref(const char *ref, long *row, long *col)
{
    const char *p = ref;
    long c = 0, r = 0;
    if (*p == '$')
        p++;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
        c = c * 26 + ((*p | 32) - 'a' + 1);
        if (c > FOI_SHEET_MAX_COL)
            return FOI_EPARSE;
        p++;
    }
    if (*p == '$')
        p++;
    if (!c || *p < '0' || *p > '9')
        return FOI_EPARSE;
    while (*p >= '0' && *p <= '9') {
        r = r * 10 + (*p - '0');
        if (r > FOI_SHEET_MAX_ROW)
            return FOI_EPARSE;
        p++;
    }
    if (*p || r < 1)
        return FOI_EPARSE;
    *row = r;
    *col = c;
    return 0;
}

/* ------------------------------------------------------------ sheet */

struct foi_scell {
    long row, col;
    long orow, ocol;      /* where the text is written: itself, or a merged area's origin */
    const char *text;
    unsigned char kind, bold, spanned, dead;
};

static const char *sheet_loc(struct foi_sheet *s)
{
    return foi_arena_printf(&s->b->doc->arena, "sheet \"%s\"", s->name);
}

int foi_sheet_begin(struct foi_sheet *s, struct foi_obuild *b, const char *name)
{
    memset(s, 0, sizeof *s);
    s->b = b;
    foi_arena_init(&s->tmp, 0);
    s->name = foi_arena_strdup(&b->doc->arena, name ? name : "");
    if (!s->name)
        return foi_ob_nomem(b);
    return 0;
}

void foi_sheet_release(struct foi_sheet *s)
{
    foi_arena_release(&s->tmp);
    foi_free(s->cells);
    foi_free(s->merges);
    foi_free(s->hrows);
    foi_free(s->hcols);
    foi_free(s->hcells);
    s->hcells = NULL;
    s->nhcells = 0;
    s->cells = NULL;
    s->merges = NULL;
    s->hrows = s->hcols = NULL;
}

static int range_error(struct foi_sheet *s, long row, long col)
{
    return foi_errf(s->b->err, FOI_EPARSE, sheet_loc(s), "cell at row %ld, column %ld is outside any sheet",
                    row, col);
}

int foi_sheet_cell(struct foi_sheet *s, long row, long col, const char *text, size_t n, int kind, int bold)
{
    if (row < 1 || row > FOI_SHEET_MAX_ROW || col < 1 || col > FOI_SHEET_MAX_COL)
        return range_error(s, row, col);
    size_t k = 0;
    while (k < n && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r'))
        k++;
    if (k == n)
        return 0;
    const struct foi_limits *lim = s->b->lim;
    if (n > lim->max_line_bytes) {
        char a[32], ref[24];
        foi_size_text(a, sizeof a, lim->max_line_bytes);
        foi_sheet_ref(row, col, ref);
        return foi_errf(s->b->err, FOI_ELIMIT,
                        foi_arena_printf(&s->b->doc->arena, "sheet \"%s\" %s", s->name, ref),
                        "cell text is longer than the %s line-length limit", a);
    }
    if ((long)s->ncells >= lim->max_cells)
        return foi_errf(s->b->err, FOI_ELIMIT, sheet_loc(s), "sheet has more than %ld cells, over the cell limit",
                        lim->max_cells);
    char *t = foi_collapse_ws(&s->tmp, text, n);
    if (!t)
        return foi_ob_nomem(s->b);
    if (!*t)
        return 0;
    if (s->ncells == s->acells) {
        void *v = s->cells;
        if (foi_grow(&v, &s->acells, s->ncells, sizeof *s->cells))
            return foi_ob_nomem(s->b);
        s->cells = v;
    }
    struct foi_scell *c = &s->cells[s->ncells++];
    memset(c, 0, sizeof *c);
    c->row = c->orow = row;
    c->col = c->ocol = col;
    c->text = t;
    c->kind = (unsigned char)kind;
    c->bold = bold != 0;
    return 0;
}

int foi_sheet_merge(struct foi_sheet *s, long r1, long c1, long r2, long c2)
{
    if (r1 > r2) { long t = r1; r1 = r2; r2 = t; }
    if (c1 > c2) { long t = c1; c1 = c2; c2 = t; }
    if (r1 < 1 || c1 < 1 || r2 > FOI_SHEET_MAX_ROW || c2 > FOI_SHEET_MAX_COL)
        return range_error(s, r2, c2);
    if (r1 == r2 && c1 == c2)
        return 0;
    if ((long)s->nmerges >= s->b->lim->max_cells)
        return foi_errf(s->b->err, FOI_ELIMIT, sheet_loc(s), "sheet has more than %ld merged areas",
                        s->b->lim->max_cells);
    if (s->nmerges == s->amerges) {
        void *v = s->merges;
        if (foi_grow(&v, &s->amerges, s->nmerges, sizeof *s->merges))
            return foi_ob_nomem(s->b);
        s->merges = v;
    }
    s->merges[s->nmerges++] = (struct foi_smerge){ r1, c1, r2, c2 };
    return 0;
}

static int add_range(struct foi_sheet *s, struct foi_srange **v, size_t *n, size_t *a, long x1, long x2)
{
    if (x1 > x2) { long t = x1; x1 = x2; x2 = t; }
    if (x1 < 1)
        x1 = 1;
    /* consecutive calls (row after row) extend the last range */
    if (*n && (*v)[*n - 1].b + 1 >= x1 && (*v)[*n - 1].a <= x1) {
        if (x2 > (*v)[*n - 1].b)
            (*v)[*n - 1].b = x2;
        return 0;
    }
    if ((long)*n >= s->b->lim->max_cells)
        return foi_errf(s->b->err, FOI_ELIMIT, sheet_loc(s), "sheet has too many hidden rows or columns");
    if (*n == *a) {
        void *p = *v;
        if (foi_grow(&p, a, *n, sizeof **v))
            return foi_ob_nomem(s->b);
        *v = p;
    }
    (*v)[(*n)++] = (struct foi_srange){ x1, x2 };
    return 0;
}

int foi_sheet_hide_rows(struct foi_sheet *s, long r1, long r2)
{
    return add_range(s, &s->hrows, &s->nhrows, &s->ahrows, r1, r2);
}

int foi_sheet_hide_cols(struct foi_sheet *s, long c1, long c2)
{
    return add_range(s, &s->hcols, &s->nhcols, &s->ahcols, c1, c2);
}

void foi_sheet_formula_without_value(struct foi_sheet *s, long row, long col)
{
    if (!s->notes_formula++)
        foi_sheet_ref(row, col, s->first_formula);
}

static int range_cmp(const void *a, const void *b)
{
    const struct foi_srange *x = a, *y = b;
    return x->a < y->a ? -1 : x->a > y->a;
}

/* Sort and join overlapping ranges; returns the new count. */
static size_t normalise(struct foi_srange *v, size_t n)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, range_cmp);
    size_t o = 0;
    for (size_t i = 1; i < n; i++) {
        if (v[i].a <= v[o].b + 1) {
            if (v[i].b > v[o].b)
                v[o].b = v[i].b;
        } else {
            v[++o] = v[i];
        }
    }
    return o + 1;
}

static int hidden_in(const struct foi_srange *v, size_t n, long x)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v[mid].b < x)
            lo = mid + 1;
        else if (v[mid].a > x)
            hi = mid;
        else
            return 1;
    }
    return 0;
}

static int cell_cmp(const void *a, const void *b)
{
    const struct foi_scell *x = a, *y = b;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    /* the same slot twice: a real cell before a copy */
    return (int)x->spanned - (int)y->spanned;
}

/* First index of a cell at (row, col) or after it in the sorted cells. */
static size_t lower_bound(const struct foi_scell *c, size_t n, long row, long col)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c[mid].row < row || (c[mid].row == row && c[mid].col < col))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* "7-9, 12" (rows) or "D, F-G" (columns) from sorted unique numbers, at
 * most 12 ranges and then "and more". */
static void list_ranges(const long *v, size_t n, int letters, char *buf, size_t bufsz)
{
    size_t o = 0;
    int shown = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && v[j + 1] == v[j] + 1)
            j++;
        if (shown == 12) {
            snprintf(buf + o, bufsz - o, " and more");
            return;
        }
        char a[24], b[24];
        if (letters) {
            foi_sheet_ref(1, v[i], a);
            foi_sheet_ref(1, v[j], b);
            a[strcspn(a, "0123456789")] = '\0';
            b[strcspn(b, "0123456789")] = '\0';
        } else {
            snprintf(a, sizeof a, "%ld", v[i]);
            snprintf(b, sizeof b, "%ld", v[j]);
        }
        int w = i == j ? snprintf(buf + o, bufsz - o, "%s%s", shown ? ", " : "", a)
                       : snprintf(buf + o, bufsz - o, "%s%s-%s", shown ? ", " : "", a, b);
        if (w < 0 || (size_t)w >= bufsz - o)
            return;
        o += (size_t)w;
        shown++;
        i = j + 1;
    }
}

static int long_cmp(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return x < y ? -1 : x > y;
}

/* Drop the cells of hidden rows and columns; name them in a note. */
static int drop_hidden(struct foi_sheet *s)
{
    s->nhrows = normalise(s->hrows, s->nhrows);
    s->nhcols = normalise(s->hcols, s->nhcols);
    if (!s->nhrows && !s->nhcols)
        return 0;
    long *rows = foi_malloc((s->ncells ? s->ncells : 1) * sizeof *rows);
    long *cols = foi_malloc((s->ncells ? s->ncells : 1) * sizeof *cols);
    if (!rows || !cols) {
        foi_free(rows);
        foi_free(cols);
        return foi_ob_nomem(s->b);
    }
    size_t nr = 0, nc = 0, o = 0;
    long dropped = 0;
    foi_free(s->hcells);
    s->nhcells = 0;
    s->hcells = s->nhcols ? foi_malloc((s->ncells ? s->ncells : 1) * sizeof *s->hcells) : NULL;
    if (s->nhcols && !s->hcells) {
        foi_free(rows);
        foi_free(cols);
        return foi_ob_nomem(s->b);
    }
    for (size_t i = 0; i < s->ncells; i++) {
        struct foi_scell *c = &s->cells[i];
        int hr = hidden_in(s->hrows, s->nhrows, c->row);
        int hc = hidden_in(s->hcols, s->nhcols, c->col);
        if (hr)
            rows[nr++] = c->row;
        else if (hc)
            cols[nc++] = c->col, s->hcells[s->nhcells++] = *c;   /* kept aside: hidden_beside */
        if (hr || hc) {
            dropped++;
            continue;
        }
        s->cells[o++] = *c;
    }
    s->ncells = o;
    int rc = 0;
    if (dropped) {
        qsort(rows, nr, sizeof *rows, long_cmp);
        qsort(cols, nc, sizeof *cols, long_cmp);
        size_t ur = 0, uc = 0;
        for (size_t i = 0; i < nr; i++)
            if (!ur || rows[ur - 1] != rows[i])
                rows[ur++] = rows[i];
        for (size_t i = 0; i < nc; i++)
            if (!uc || cols[uc - 1] != cols[i])
                cols[uc++] = cols[i];
        char lr[200], lc[200];
        list_ranges(rows, ur, 0, lr, sizeof lr);
        list_ranges(cols, uc, 1, lc, sizeof lc);
        char what[440];
        if (ur && uc)
            snprintf(what, sizeof what, "hidden row%s %s and hidden column%s %s", ur > 1 ? "s" : "", lr,
                     uc > 1 ? "s" : "", lc);
        else if (ur)
            snprintf(what, sizeof what, "hidden row%s %s", ur > 1 ? "s" : "", lr);
        else
            snprintf(what, sizeof what, "hidden column%s %s", uc > 1 ? "s" : "", lc);
        if (foi_doc_note(s->b->doc, FOI_NOTE_WARNING, "hidden_content", sheet_loc(s),
                         "sheet \"%s\" has %s holding %ld non-empty cell%s; they were not read", s->name,
                         what, dropped, dropped == 1 ? "" : "s"))
            rc = foi_ob_nomem(s->b);
    }
    foi_free(rows);
    foi_free(cols);
    return rc;
}

/* Fill merged areas: the covered cells become copies of the origin (what
 * the sheet shows there); text of their own in covered cells is not shown,
 * so it goes. */
static int fill_merges(struct foi_sheet *s)
{
    if (!s->nmerges || !s->ncells)
        return 0;
    qsort(s->cells, s->ncells, sizeof *s->cells, cell_cmp);
    long maxr = 0, maxc = 0;
    for (size_t i = 0; i < s->ncells; i++) {
        if (s->cells[i].row > maxr)
            maxr = s->cells[i].row;
        if (s->cells[i].col > maxc)
            maxc = s->cells[i].col;
    }
    size_t base = s->ncells;
    long limit = s->b->lim->max_cells;
    double work = 0;   /* rows of merged areas walked: bounded like cells */
    for (size_t m = 0; m < s->nmerges; m++) {
        struct foi_smerge g = s->merges[m];
        long walked = (g.r2 < maxr ? g.r2 : maxr) - g.r1 + 1;
        if (walked > 0)
            work += (double)walked;
        if (work > 4.0 * (double)limit)
            return foi_errf(s->b->err, FOI_ELIMIT, sheet_loc(s),
                            "sheet's merged areas cover more than %.0f rows, over the cell limit", 4.0 * (double)limit);
        size_t oi = lower_bound(s->cells, base, g.r1, g.c1);
        const struct foi_scell *o = oi < base && s->cells[oi].row == g.r1 && s->cells[oi].col == g.c1 &&
                                    !s->cells[oi].dead ? &s->cells[oi] : NULL;
        long r2 = g.r2 < maxr ? g.r2 : maxr, c2 = g.c2 < maxc ? g.c2 : maxc;
        /* what the covered cells held is not shown */
        for (long r = g.r1; r <= r2; r++) {
            for (size_t k = lower_bound(s->cells, base, r, g.c1); k < base && s->cells[k].row == r &&
                                                                   s->cells[k].col <= c2; k++)
                if (!(r == g.r1 && s->cells[k].col == g.c1))
                    s->cells[k].dead = 1;
        }
        if (!o)
            continue;
        for (long r = g.r1; r <= r2; r++) {
            if (hidden_in(s->hrows, s->nhrows, r))
                continue;
            for (long c = g.c1; c <= c2; c++) {
                if ((r == g.r1 && c == g.c1) || hidden_in(s->hcols, s->nhcols, c))
                    continue;
                if ((long)s->ncells >= limit)
                    return foi_errf(s->b->err, FOI_ELIMIT, sheet_loc(s),
                                    "sheet has more than %ld cells with its merged areas filled, over the cell limit",
                                    limit);
                if (s->ncells == s->acells) {
                    void *v = s->cells;
                    if (foi_grow(&v, &s->acells, s->ncells, sizeof *s->cells))
                        return foi_ob_nomem(s->b);
                    s->cells = v;
                    o = &s->cells[oi];
                }
                struct foi_scell *cp = &s->cells[s->ncells++];
                *cp = *o;
                cp->row = r;
                cp->col = c;
                cp->spanned = 1;
            }
        }
    }
    return 0;
}

/* ------------------------------------------------------------ layout */

struct srow {
    size_t first, n;      /* cells[first .. first+n) */
    long row;
    int form;             /* a label and its value (form_rows) */
};

/* One logical cell in the row (a title, a note): its index, else -1. */
static long single_cell(const struct foi_scell *c, const struct srow *r)
{
    long found = -1;
    for (size_t i = r->first; i < r->first + r->n; i++) {
        const struct foi_scell *x = &c[i];
        if (!x->spanned) {
            if (found >= 0)
                return -1;
            found = (long)i;
        }
    }
    if (found < 0)
        return -1;
    /* copies only of itself (a title merged across) */
    for (size_t i = r->first; i < r->first + r->n; i++)
        if (c[i].spanned && (c[i].orow != c[found].row || c[i].ocol != c[found].col))
            return -1;
    return found;
}

static int year_like(const char *t)
{
    size_t n = strlen(t);
    if (n != 4)
        return 0;
    for (size_t i = 0; i < 4; i++)
        if (t[i] < '0' || t[i] > '9')
            return 0;
    long y = strtol(t, NULL, 10);
    return y >= 1990 && y <= 2100;
}

/* Does the row hold a figure (a number or a count-like text, not a year)? */
static int data_row(const struct foi_scell *c, const struct srow *r)
{
    for (size_t i = r->first; i < r->first + r->n; i++) {
        const struct foi_scell *x = &c[i];
        if (x->spanned)
            continue;
        if (x->kind == FOI_SC_NUMBER && !year_like(x->text))
            return 1;
        if (x->kind == FOI_SC_TEXT) {
            struct foi_value v;
            if (foi_value_parse(x->text, &v) == 0 && v.status != FOI_VS_NONE && !year_like(x->text))
                return 1;
        }
    }
    return 0;
}

static const char *cell_loc(struct foi_sheet *s, long row, long col, char *buf, size_t bufsz)
{
    char ref[24];
    foi_sheet_ref(row, col, ref);
    snprintf(buf, bufsz, "sheet \"%s\" %s", s->name, ref);
    return buf;
}

static int footnote_text(const char *t)
{
    return t[0] == '*' || !strncmp(t, "\xE2\x80\xA0", 3) || !strncmp(t, "\xE2\x80\xA1", 3);
}

static int text_line(struct foi_sheet *s, const struct foi_scell *x, unsigned flags)
{
    char loc[300];
    cell_loc(s, x->row, x->col, loc, sizeof loc);
    if (footnote_text(x->text))
        flags |= FOI_LINE_FOOTNOTE;
    return foi_ob_line(s->b, x->text, strlen(x->text), flags, loc);
}

/* A heading in a block of text rows: a short bold cell that ends no sentence. */
static int heading_like(const struct foi_scell *x)
{
    size_t n = strlen(x->text);
    return x->bold && n > 0 && n <= 80 && x->text[n - 1] != '.';
}


/* A cell that is a mark, not a word: "x", "*", "-", "\u2013", "[c]", "..": a few
 * bytes, no digit, at most one letter. */
static int mark_like(const char *t)
{
    size_t n = strlen(t);
    if (!n || n > 5)
        return 0;
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (isdigit((unsigned char)t[i]))
            return 0;
        letters += isalpha((unsigned char)t[i]) != 0;
    }
    return letters <= 1;
}

/* Does text t stand in some cell of rows from..nrows-1 (in column k, or in
 * any column when k < 0)? */
static int in_body(const struct foi_cell *cells, int nrows, int ncols, int from, int k, const char *t)
{
    for (int o = from; o < nrows; o++)
        for (int j = k < 0 ? 0 : k; j < (k < 0 ? ncols : k + 1); j++)
            if (!strcmp(cells[(size_t)o * (size_t)ncols + (size_t)j].text, t))
                return 1;
    return 0;
}

/* A row after the first header row that is the first data row, its counts
 * marks (x, *, -, [c]) rather than figures: its labels recur in the same
 * columns of the body ("2021/22 | Police Officer | Sexual assault | No case
 * to answer | x" over rows of the same years, people and categories), or
 * after its label it holds only marks the body uses too ("Would have been
 * dismissed | [c] | \u2013 | [c]"). A header row names its columns; it does not
 * repeat their values. The header ends before it; its cells lose the header
 * flag. */
static int header_repeats_body(struct foi_cell *cells, int nrows, int ncols, int header)
{
    for (int r = 1; r < header; r++) {
        int repeats = 0, filled = 0, marks = 0, words = 0, first = 1;
        for (int k = 0; k < ncols; k++) {
            const char *t = cells[(size_t)r * (size_t)ncols + (size_t)k].text;
            if (!*t)
                continue;
            filled++;
            repeats += in_body(cells, nrows, ncols, header, k, t);
            if (!first) {
                if (mark_like(t) && in_body(cells, nrows, ncols, header, -1, t))
                    marks++;
                else
                    words++;
            }
            first = 0;
        }
        if ((repeats >= 2 && repeats * 2 > filled) || (marks && !words)) {
            for (int o = r; o < header; o++)
                for (int k = 0; k < ncols; k++)
                    cells[(size_t)o * (size_t)ncols + (size_t)k].flags &= ~(unsigned)FOI_CELL_HEADER;
            return r;
        }
    }
    return header;
}

/* The cells of hidden columns inside a table's columns (cmin < col < cmax)
 * on its rows r0..r1, for the table to know what its shown columns leave
 * out (a Grand Total column that sums a pivot's collapsed years too): into
 * *out (the doc arena; NULL when none). 0, or -1 out of memory. */
static int hidden_beside(struct foi_sheet *s, const struct srow *rows, int r0, int r1, long cmin, long cmax,
                         const long *colmap, struct foi_hidden_cell **out, int *n)
{
    *out = NULL;
    *n = 0;
    int k = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < s->nhcells; i++) {
            const struct foi_scell *x = &s->hcells[i];
            if (x->col <= cmin || x->col >= cmax || !x->text || !*x->text)
                continue;
            int r = r0;
            while (r <= r1 && rows[r].row != x->row)
                r++;
            if (r > r1)
                continue;
            if (pass) {
                int left = 0;
                for (long j = 0; j < x->col - cmin; j++)
                    left += colmap[j] >= 0;
                struct foi_hidden_cell *h = &(*out)[k++];
                h->row = r - r0;
                h->col = left;
                h->text = foi_arena_strdup(&s->b->doc->arena, x->text);
                h->src_row = (int)x->row;
                h->src_col = (int)x->col;
                if (!h->text)
                    return -1;
            } else {
                k++;
            }
        }
        if (!pass) {
            if (!k)
                return 0;
            *out = foi_arena_alloc(&s->b->doc->arena, (size_t)k * sizeof **out);
            if (!*out)
                return -1;
            *n = k;
            k = 0;
        }
    }
    return 0;
}

static int emit_table(struct foi_sheet *s, const struct foi_scell *c, const struct srow *rows, int r0, int r1,
                      const char *heading)
{
    struct foi_obuild *b = s->b;
    /* the columns that hold anything */
    long cmin = FOI_SHEET_MAX_COL + 1, cmax = 0;
    for (int r = r0; r <= r1; r++)
        for (size_t i = rows[r].first; i < rows[r].first + rows[r].n; i++) {
            if (c[i].col < cmin)
                cmin = c[i].col;
            if (c[i].col > cmax)
                cmax = c[i].col;
        }
    long span = cmax - cmin + 1;
    unsigned char *used = foi_calloc((size_t)span, 1);
    if (!used)
        return foi_ob_nomem(b);
    for (int r = r0; r <= r1; r++)
        for (size_t i = rows[r].first; i < rows[r].first + rows[r].n; i++)
            used[c[i].col - cmin] = 1;
    long *colmap = foi_malloc((size_t)span * sizeof *colmap);
    if (!colmap) {
        foi_free(used);
        return foi_ob_nomem(b);
    }
    int ncols = 0;
    for (long k = 0; k < span; k++)
        colmap[k] = used[k] ? ncols++ : -1;
    foi_free(used);
    int nrows = r1 - r0 + 1;
    if (ncols > b->lim->max_cols) {
        foi_free(colmap);
        return foi_errf(b->err, FOI_ELIMIT, sheet_loc(s), "table has more than %d columns, over the column limit",
                        b->lim->max_cols);
    }
    if ((long)nrows * ncols > b->lim->max_cells) {
        foi_free(colmap);
        return foi_errf(b->err, FOI_ELIMIT, sheet_loc(s), "table has %ld cells, over the %ld-cell limit",
                        (long)nrows * ncols, b->lim->max_cells);
    }
    struct foi_cell *cells = foi_arena_alloc(&b->doc->arena, (size_t)nrows * (size_t)ncols * sizeof *cells);
    if (!cells) {
        foi_free(colmap);
        return foi_ob_nomem(b);
    }
    /* header rows: the leading rows before the first that holds a figure */
    int header = 0;
    while (header < nrows - 1 && !data_row(c, &rows[r0 + header]))
        header++;
    if (header == nrows - 1 && !data_row(c, &rows[r1]))
        header = 0;   /* no figures anywhere: no telling */
    for (int r = 0; r < nrows; r++) {
        const struct srow *sr = &rows[r0 + r];
        /* empty slots: their own sheet coordinates, found from the column map */
        for (long k = 0; k < span; k++) {
            if (colmap[k] < 0)
                continue;
            struct foi_cell *fc = &cells[(size_t)r * (size_t)ncols + (size_t)colmap[k]];
            fc->text = "";
            fc->src_row = (int)sr->row;
            fc->src_col = (int)(cmin + k);
            fc->flags = r < header ? FOI_CELL_HEADER : 0;
        }
        for (size_t i = sr->first; i < sr->first + sr->n; i++) {
            const struct foi_scell *x = &c[i];
            struct foi_cell *fc = &cells[(size_t)r * (size_t)ncols + (size_t)colmap[x->col - cmin]];
            char *t = foi_arena_strdup(&b->doc->arena, x->text);
            if (!t) {
                foi_free(colmap);
                return foi_ob_nomem(b);
            }
            fc->text = t;
            fc->src_row = (int)x->orow;
            fc->src_col = (int)x->ocol;
            if (x->spanned)
                fc->flags |= FOI_CELL_SPANNED;
            if (x->bold)
                fc->flags |= FOI_CELL_BOLD;
        }
    }
    struct foi_hidden_cell *hid = NULL;
    int nhid = 0;
    if (hidden_beside(s, rows, r0, r1, cmin, cmax, colmap, &hid, &nhid)) {
        foi_free(colmap);
        return foi_ob_nomem(b);
    }
    foi_free(colmap);
    header = header_repeats_body(cells, nrows, ncols, header);
    int index = 0;
    int rc = foi_ob_table_open(b, &index);
    if (rc)
        return rc;
    struct foi_table t;
    memset(&t, 0, sizeof t);
    t.nrows = nrows;
    t.ncols = ncols;
    t.cells = cells;
    t.header_rows = header;
    t.heading = heading;
    t.sheet = s->name;
    t.hidden = hid;
    t.nhidden = nhid;
    foi_ob_table_set(b, index, &t);
    return 0;
}

struct sblock {
    size_t r0, r1;        /* rows[r0 .. r1) */
    long g0, g1;          /* its grid rows (indexes into rows), -1 when none */
};

/* Rows [r0, r1) are a form: every row a label in one column and a value in
 * the next (or a label alone), the same two columns throughout, no figure
 * anywhere, the labels short. */
static int form_rows(const struct foi_scell *c, const struct srow *rows, size_t r0, size_t r1)
{
    long lc = -1, vc = -1;
    for (size_t r = r0; r < r1; r++) {
        const struct srow *sr = &rows[r];
        int k = 0;
        /* a figure: a number, or a short count-like text ("<5", "nil"; a
         * sentence defining "*" is no figure) */
        for (size_t i = sr->first; i < sr->first + sr->n; i++) {
            const struct foi_scell *x = &c[i];
            if (x->kind == FOI_SC_NUMBER && !year_like(x->text))
                return 0;
            struct foi_value v;
            if (x->kind == FOI_SC_TEXT && strlen(x->text) <= 24 && foi_value_parse(x->text, &v) == 0 &&
                v.status != FOI_VS_NONE)
                return 0;
        }
        for (size_t i = sr->first; i < sr->first + sr->n; i++) {
            if (c[i].spanned)
                continue;
            if (k == 0) {
                if (lc < 0)
                    lc = c[i].col;
                if (c[i].col != lc || strlen(c[i].text) > 40)
                    return 0;
            } else if (k == 1) {
                if (vc < 0)
                    vc = c[i].col;
                if (c[i].col != vc)
                    return 0;
            } else {
                return 0;
            }
            k++;
        }
    }
    return lc >= 0 && vc > lc;
}

/* A pivot table's caption row: a cell "Column Labels" or "Row Labels"
 * (Excel's own words over a pivot's fields). */
static int pivot_caption_row(const struct foi_scell *c, const struct srow *r)
{
    for (size_t i = r->first; i < r->first + r->n; i++)
        if (!strcasecmp(c[i].text, "Column Labels") || !strcasecmp(c[i].text, "Row Labels"))
            return 1;
    return 0;
}

/* A form's row as one line, "Label: value". */
static int form_line(struct foi_sheet *s, const struct foi_scell *c, const struct srow *sr, unsigned flags)
{
    const struct foi_scell *label = NULL, *value = NULL;
    for (size_t i = sr->first; i < sr->first + sr->n; i++) {
        if (c[i].spanned)
            continue;
        if (!label)
            label = &c[i];
        else
            value = &c[i];
    }
    if (!label)
        return 0;
    if (!value)
        return text_line(s, label, flags);
    struct foi_buf lb;
    foi_buf_init(&lb, s->b->lim->max_line_bytes + 1);
    size_t ln = strlen(label->text);
    int colon = ln && (label->text[ln - 1] == ':' || label->text[ln - 1] == '.');
    int rc = foi_buf_printf(&lb, "%s%s %s", label->text, colon ? "" : ":", value->text) ? foi_ob_nomem(s->b) : 0;
    char loc[300];
    cell_loc(s, sr->row, value->col, loc, sizeof loc);
    if (!rc)
        rc = foi_ob_line(s->b, lb.data ? lb.data : "", lb.len, flags, loc);
    foi_buf_release(&lb);
    return rc;
}

/* Several cells in a row outside a grid: one line of them. */
static int row_line(struct foi_sheet *s, const struct foi_scell *c, const struct srow *sr, unsigned flags)
{
    struct foi_buf lb;
    foi_buf_init(&lb, s->b->lim->max_line_bytes + 1);
    int rc = 0;
    for (size_t i = sr->first; i < sr->first + sr->n && !rc; i++)
        if (!c[i].spanned && foi_buf_printf(&lb, "%s%s", lb.len ? " " : "", c[i].text))
            rc = foi_ob_nomem(s->b);
    char loc[300];
    cell_loc(s, sr->row, c[sr->first].col, loc, sizeof loc);
    if (!rc)
        rc = foi_ob_line(s->b, lb.data ? lb.data : "", lb.len, flags, loc);
    foi_buf_release(&lb);
    return rc;
}

/* A grid broken by one blank row into blocks of the same columns, the next
 * block opening with a row of figures (no header of its own): the blocks of
 * a long table set apart by year ("2023/24 ... 2023/24 total", blank,
 * "2024/25 ...") or by type ("Sexual assault | Dismissed | 1 ...", its
 * outcomes, " | Total | 14 ...", blank, "Sexual misconduct | Dismissed |
 * 4 ..."), one table under the first block's header. */
static int continues_after_blank(const struct foi_scell *c, const struct srow *rows, size_t r0, size_t e, size_t nr)
{
    const struct srow *a = &rows[e - 1], *b = &rows[e];
    if (b->row - a->row != 2 || e - r0 < 2 || single_cell(c, a) >= 0 || single_cell(c, &rows[r0]) >= 0 || a->n < 3)
        return 0;
    /* "Sexual harassment", "Misconduct proven" on rows of their own in the
     * first column, then the figures: the next block's headings over its
     * rows (a category and its first outcome group, as the first block has
     * them under the header), not a table of its own (round 46a, blind46
     * West Mercia); at most three such rows, one under another */
    if (single_cell(c, b) >= 0) {
        long fc = c[rows[r0].first].col;
        size_t k = e;
        while (k < nr && k - e < 3 && single_cell(c, &rows[k]) >= 0) {
            const struct foi_scell *h = &c[single_cell(c, &rows[k])];
            if (h->kind != FOI_SC_TEXT || h->col != fc || (k > e && rows[k].row - rows[k - 1].row != 1))
                return 0;
            k++;
        }
        if (k >= nr || single_cell(c, &rows[k]) >= 0 || rows[k].row - rows[k - 1].row != 1)
            return 0;
        b = &rows[k];
    }
    if (b->n < 3)
        return 0;
    long a0 = c[a->first].col, a1 = c[a->first + a->n - 1].col;
    long b0 = c[b->first].col, b1 = c[b->first + b->n - 1].col;
    /* the block so far is a grid of the same columns from its first row; its
     * last row may leave its first columns empty (a Total row under a block
     * whose type sits on its first row only: " | Total | 14 | 16") */
    const struct srow *f = &rows[r0];
    long f0 = c[f->first].col, f1 = c[f->first + f->n - 1].col;
    if (b0 != f0 || b1 != f1 || a1 != f1 || a0 < f0)
        return 0;
    int nums = 0, texts = 0;
    for (size_t i = b->first; i < b->first + b->n; i++) {
        if (c[i].kind == FOI_SC_NUMBER && !year_like(c[i].text))
            nums++;
        else if (c[i].kind == FOI_SC_TEXT && c[i].text[0])
            texts++;
    }
    /* its first cell a label, figures after it */
    return nums >= 2 && c[b->first].kind == FOI_SC_TEXT && texts < (int)b->n;
}

/* Tables side by side: a sheet's grid split by empty columns into bands,
 * each a table of its own ("Table A: Police officers" over A-E, column F
 * empty, "Table B: Police staff" over G-K). */
#define MAX_BANDS 16

/* A cell that is a figure: a number or a count-like text, not a year. */
static int figure_cell(const struct foi_scell *x)
{
    if (x->kind == FOI_SC_NUMBER)
        return !year_like(x->text);
    struct foi_value v;
    return x->kind == FOI_SC_TEXT && foi_value_parse(x->text, &v) == 0 && v.status != FOI_VS_NONE &&
           !year_like(x->text);
}

/* Do the cells of rows [r0, r1) in columns lo..hi stand alone as a table:
 * two columns or more, two rows of figures or more, and on every row of
 * figures a label before the first figure (a spacer column between the
 * labels and the figures, or between two years' columns, leaves the part
 * after it starting with a figure: no table of its own)? */
static int band_alone(const struct foi_scell *c, const struct srow *rows, size_t r0, size_t r1, long lo, long hi)
{
    long c0 = -1, c1 = -1;
    int data = 0;
    for (size_t r = r0; r < r1; r++) {
        const struct srow *sr = &rows[r];
        int labelled = 0, figures = 0;
        for (size_t i = sr->first; i < sr->first + sr->n; i++) {
            const struct foi_scell *x = &c[i];
            if (x->col < lo || x->col > hi)
                continue;
            if (c0 < 0 || x->col < c0)
                c0 = x->col;
            if (x->col > c1)
                c1 = x->col;
            if (x->spanned || !x->text[0])
                continue;
            if (figure_cell(x)) {
                if (!labelled && !figures)
                    return 0;
                figures++;
            } else if (!figures) {
                labelled = 1;
            }
        }
        data += figures > 0;
    }
    return c1 > c0 && data >= 2;
}

/* The bands of the grid rows [r0, r1): *bands gets each band's first
 * column and, after the last, one past its last column; returns the number
 * of bands (1: no split; -1 out of memory). An empty column is a visible
 * column no cell of these rows reaches (a merged cell's copies reach it); a
 * part after an empty column that does not stand alone as a table stays
 * with the band before it. */
static int side_by_side(struct foi_sheet *s, const struct foi_scell *c, const struct srow *rows, size_t r0, size_t r1,
                        long *bands)
{
    long cmin = FOI_SHEET_MAX_COL + 1, cmax = 0;
    for (size_t r = r0; r < r1; r++)
        for (size_t i = rows[r].first; i < rows[r].first + rows[r].n; i++) {
            if (c[i].col < cmin)
                cmin = c[i].col;
            if (c[i].col > cmax)
                cmax = c[i].col;
        }
    if (cmax - cmin < 4)
        return 1;
    long span = cmax - cmin + 1;
    unsigned char *used = foi_calloc((size_t)span, 1);
    if (!used)
        return -1;
    for (size_t r = r0; r < r1; r++)
        for (size_t i = rows[r].first; i < rows[r].first + rows[r].n; i++)
            used[c[i].col - cmin] = 1;
    /* parts: runs of columns between empty visible columns */
    long parts[MAX_BANDS + 1];
    int np = 0;
    parts[np++] = cmin;
    for (long k = 1; k < span && np < MAX_BANDS; k++) {
        if (used[k] || !used[k - 1])
            continue;
        /* an empty run k..j-1 after a used column: a visible column in it
         * sets the next used column's part apart */
        long j = k;
        int visible = 0;
        for (; j < span && !used[j]; j++)
            visible |= !hidden_in(s->hcols, s->nhcols, cmin + j);
        if (j < span && visible)
            parts[np++] = cmin + j;
        k = j;
    }
    foi_free(used);
    parts[np] = cmax + 1;
    if (np < 2)
        return 1;
    /* join a part that does not stand alone to the band before it */
    int nb = 0;
    if (!band_alone(c, rows, r0, r1, parts[0], parts[1] - 1))
        return 1;
    bands[nb++] = parts[0];
    for (int p = 1; p < np; p++)
        if (band_alone(c, rows, r0, r1, parts[p], parts[p + 1] - 1))
            bands[nb++] = parts[p];
    bands[nb] = cmax + 1;
    return nb;
}

struct emit_state {
    const char *heading;  /* the last title line since the previous table */
    int seen_grid;
};

/* Rows [r0, r1) of a block, its grid g0..g1 (-1: none) one table, the rows
 * above it title lines, below it notes; a block of text before a grid
 * (grid_after) is title lines, after one notes. */
static int emit_rows(struct foi_sheet *s, const struct foi_scell *c, const struct srow *rows, size_t r0, size_t r1,
                     long g0, long g1, int grid_after, struct emit_state *es)
{
    int rc = 0, first = 1;
    for (size_t r = r0; r < r1 && !rc; r++) {
        if (g0 >= 0 && (long)r == g0) {
            rc = emit_table(s, c, rows, (int)g0, (int)g1, es->heading);
            es->heading = NULL;
            es->seen_grid = 1;
            r = (size_t)g1;
            first = 1;
            continue;
        }
        unsigned flags = first ? FOI_LINE_PARA_START : 0;
        first = 0;
        /* above a grid: a title; below one: a note; a sheet of text: plain */
        if (g0 >= 0)
            flags |= (long)r < g0 ? FOI_LINE_TITLE : FOI_LINE_FOOTNOTE;
        else if (grid_after)
            flags |= FOI_LINE_TITLE;
        else if (es->seen_grid)
            flags |= FOI_LINE_FOOTNOTE;
        long k = single_cell(c, &rows[r]);
        if (k < 0) {
            rc = rows[r].form ? form_line(s, c, &rows[r], flags) : row_line(s, c, &rows[r], flags);
            continue;
        }
        if (!(flags & (FOI_LINE_TITLE | FOI_LINE_FOOTNOTE)) && heading_like(&c[k]))
            flags |= FOI_LINE_HEADING;
        int before = s->b->nlines;
        rc = text_line(s, &c[k], flags);
        if (!rc && s->b->nlines > before && (flags & (FOI_LINE_TITLE | FOI_LINE_HEADING)))
            es->heading = s->b->lines[s->b->nlines - 1].text;
    }
    return rc;
}

/* One band (columns lo..hi) of the grid rows [r0, r1) as a block of its
 * own: its rows of one cell above its grid its titles ("Table B: Police
 * staff"), its grid a table. */
static int emit_band(struct foi_sheet *s, const struct foi_scell *c, const struct srow *rows, size_t r0, size_t r1,
                     long lo, long hi, struct emit_state *es)
{
    struct srow *br = foi_malloc((r1 - r0) * sizeof *br);
    if (!br)
        return foi_ob_nomem(s->b);
    size_t m = 0;
    for (size_t r = r0; r < r1; r++) {
        const struct srow *sr = &rows[r];
        size_t i = sr->first, e = sr->first + sr->n;
        while (i < e && c[i].col < lo)
            i++;
        size_t j = i;
        while (j < e && c[j].col <= hi)
            j++;
        if (j == i)
            continue;
        br[m].first = i;
        br[m].n = j - i;
        br[m].row = sr->row;
        br[m].form = 0;
        m++;
    }
    long g0 = -1, g1 = -1;
    for (size_t k = 0; k < m; k++)
        if (single_cell(c, &br[k]) < 0) {
            if (g0 < 0)
                g0 = (long)k;
            g1 = (long)k;
        }
    int rc = emit_rows(s, c, br, 0, m, g0, g1, 0, es);
    foi_free(br);
    return rc;
}

static int layout(struct foi_sheet *s)
{
    struct foi_scell *c = s->cells;
    size_t n = s->ncells;
    if (!n)
        return 0;
    /* compact: no dead cells, one cell per slot */
    qsort(c, n, sizeof *c, cell_cmp);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i].dead)
            continue;
        if (o && c[o - 1].row == c[i].row && c[o - 1].col == c[i].col)
            continue;
        c[o++] = c[i];
    }
    n = s->ncells = o;
    if (!n)
        return 0;
    size_t nr = 0;
    for (size_t i = 0; i < n; i++)
        if (!i || c[i].row != c[i - 1].row)
            nr++;
    struct srow *rows = foi_malloc(nr * sizeof *rows);
    struct sblock *blocks = foi_malloc(nr * sizeof *blocks);
    if (!rows || !blocks) {
        foi_free(rows);
        foi_free(blocks);
        return foi_ob_nomem(s->b);
    }
    nr = 0;
    for (size_t i = 0; i < n; i++) {
        if (!i || c[i].row != c[i - 1].row) {
            rows[nr].first = i;
            rows[nr].n = 0;
            rows[nr].row = c[i].row;
            nr++;
        }
        rows[nr - 1].n++;
    }
    /* blocks: rows with no visible blank row between them; in each, the grid
     * is from the first to the last row of more than one logical cell */
    size_t nb = 0;
    for (size_t r = 0; r < nr;) {
        size_t e = r + 1;
        while (e < nr) {
            int blank = 0;
            for (long x = rows[e - 1].row + 1; x < rows[e].row && !blank; x++)
                blank = !hidden_in(s->hrows, s->nhrows, x);
            if (blank && !continues_after_blank(c, rows, r, e, nr))
                break;
            e++;
        }
        struct sblock *bk = &blocks[nb++];
        bk->r0 = r;
        bk->r1 = e;
        bk->g0 = bk->g1 = -1;
        for (size_t k = r; k < e; k++)
            if (single_cell(c, &rows[k]) < 0) {
                if (bk->g0 < 0)
                    bk->g0 = (long)k;
                bk->g1 = (long)k;
            }
        r = e;
    }
    /* a grid of label and value rows with no figure in it ("Reference |
     * FOI 0061/24", "Notes | <5 means fewer than five ...") is a form, not a
     * table: its rows are lines ("Notes: <5 means ...") */
    for (size_t bi = 0; bi < nb; bi++) {
        struct sblock *bk = &blocks[bi];
        if (bk->g0 < 0 || !form_rows(c, rows, (size_t)bk->g0, (size_t)bk->g1 + 1))
            continue;
        for (size_t k = (size_t)bk->g0; k <= (size_t)bk->g1; k++)
            rows[k].form = 1;
        bk->g0 = bk->g1 = -1;
    }
    /* a pivot table pasted as values: its report filter rows ("Employee Type
     * | (All)") sit directly above the pivot's caption row ("Count of
     * Allegation ID | Column Labels", "Row Labels | 2022 | ..."); they are
     * the filter's settings, lines above the table, not rows of its header */
    for (size_t bi = 0; bi < nb; bi++) {
        struct sblock *bk = &blocks[bi];
        if (bk->g0 < 0)
            continue;
        long k = bk->g0;
        while (k < bk->g1 && !pivot_caption_row(c, &rows[k]))
            k++;
        if (k == bk->g0 || k >= bk->g1 || !pivot_caption_row(c, &rows[k]) ||
            !form_rows(c, rows, (size_t)bk->g0, (size_t)k))
            continue;
        for (long f = bk->g0; f < k; f++)
            rows[f].form = 1;
        bk->g0 = k;
    }
    int rc = 0;
    struct emit_state es = { NULL, 0 };
    for (size_t bi = 0; bi < nb && !rc; bi++) {
        const struct sblock *bk = &blocks[bi];
        int grid_after = 0;
        for (size_t k = bi + 1; k < nb && !grid_after; k++)
            grid_after = blocks[k].g0 >= 0;
        long bands[MAX_BANDS + 1];
        int nbands = bk->g0 >= 0 ? side_by_side(s, c, rows, (size_t)bk->g0, (size_t)bk->g1 + 1, bands) : 0;
        if (nbands < 0) {
            rc = foi_ob_nomem(s->b);
            break;
        }
        if (nbands < 2) {
            rc = emit_rows(s, c, rows, bk->r0, bk->r1, bk->g0, bk->g1, grid_after, &es);
            continue;
        }
        /* tables side by side: the block's rows above and below its grid are
         * its lines; each band of the grid's rows is a block of its own */
        rc = emit_rows(s, c, rows, bk->r0, (size_t)bk->g0, -1, -1, 1, &es);
        for (int k = 0; k < nbands && !rc; k++)
            rc = emit_band(s, c, rows, (size_t)bk->g0, (size_t)bk->g1 + 1, bands[k], bands[k + 1] - 1, &es);
        if (!rc && (size_t)bk->g1 + 1 < bk->r1)
            rc = emit_rows(s, c, rows, (size_t)bk->g1 + 1, bk->r1, -1, -1, 0, &es);
    }
    foi_free(rows);
    foi_free(blocks);
    return rc;
}

int foi_sheet_end(struct foi_sheet *s)
{
    int rc = drop_hidden(s);
    if (!rc)
        rc = fill_merges(s);
    if (!rc)
        rc = layout(s);
    if (!rc && s->notes_formula) {
        if (foi_doc_note(s->b->doc, FOI_NOTE_WARNING, "parse_error",
                         foi_arena_printf(&s->b->doc->arena, "sheet \"%s\" %s", s->name, s->first_formula),
                         "%ld formula%s on sheet \"%s\" %s no saved result (the workbook was saved without "
                         "calculating); read as empty, not as 0 (first: %s)",
                         s->notes_formula, s->notes_formula == 1 ? "" : "s", s->name,
                         s->notes_formula == 1 ? "has" : "have", s->first_formula))
            rc = foi_ob_nomem(s->b);
    }
    return rc;
}
