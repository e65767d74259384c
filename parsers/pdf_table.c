/* pdf_table.c: tables on PDF pages. Ruled tables from the drawn rules (snapped,
 * joined, intersected into a cell grid; merged cells where inner rules are
 * missing); unruled tables from alignment (figures in columns across
 * consecutive lines, wrapped labels and headers joined); a table that runs on
 * to the next page joined into one, its repeated header dropped. */
#include "pdf_geom.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SNAP   2.0f    /* points: rule coordinates this close are one */
#define JOIN   3.0f    /* points: collinear rule pieces this close are one rule */
#define CROSS  2.5f    /* points: a rule meets another this close to it */
#define MAX_INTERSECT 2000000L

struct ptab *pdf_new_table(struct lay *L)
{
    if (L->ntab == L->atab) {
        size_t a = (size_t)L->atab;
        if (foi_grow((void **)&L->tab, &a, (size_t)L->ntab, sizeof *L->tab)) {
            pdf_nomem(L);
            return NULL;
        }
        L->atab = (int)a;
    }
    struct ptab *t = &L->tab[L->ntab++];
    memset(t, 0, sizeof *t);
    return t;
}

/* Lines whose words a table took lose them; a line with none left is gone. */
static void refit_lines(struct ppage *P)
{
    for (int i = 0; i < P->nl; i++) {
        struct pl *l = &P->l[i];
        if (l->gone)
            continue;
        int any = 0;
        for (int k = l->w0; k < l->w0 + l->nw; k++) {
            const struct pw *w = &P->w[k];
            if (w->used)
                continue;
            if (!any) {
                l->x0 = w->x0, l->x1 = w->x1, l->y0 = w->y0, l->y1 = w->y1;
                any = 1;
            } else {
                l->x0 = fminf(l->x0, w->x0), l->x1 = fmaxf(l->x1, w->x1);
                l->y0 = fminf(l->y0, w->y0), l->y1 = fmaxf(l->y1, w->y1);
            }
        }
        if (!any)
            l->gone = 1;
    }
}

static int cell_is_num(const char *s)
{
    return pdf_is_num(s);
}

/* Header rows: leading rows styled as headers (bold or shaded) that hold no
 * figure; otherwise leading rows with text over the figure columns and no
 * figure (at most three, at least one body row left). */
static int guess_header(const struct ptab *t, const unsigned char *styled)
{
    int nr = t->nrows, nc = t->ncols, h = 0, styled_seen = 0;
    /* figure columns: most of their filled cells are figures */
    unsigned char *val = foi_calloc((size_t)nc, 1);
    if (!val)
        return 0;
    for (int c = 0; c < nc; c++) {
        int num = 0, filled = 0;
        for (int r = 0; r < nr; r++) {
            const char *s = t->cells[(size_t)r * nc + c].text;
            if (!s || !*s)
                continue;
            filled++;
            num += cell_is_num(s);
        }
        val[c] = num > 0 && num * 2 >= filled;
    }
    for (int r = 0; r < nr - 1 && r < 3; r++) {
        int num = 0, over = 0, any = 0;
        for (int c = 0; c < nc; c++) {
            const char *s = t->cells[(size_t)r * nc + c].text;
            if (!s || !*s)
                continue;
            any = 1;
            num |= cell_is_num(s);
            over |= val[c];
        }
        if (num || !any)
            break;
        if (styled && styled[r]) {
            h = r + 1;
            styled_seen = 1;
            continue;
        }
        if (styled_seen)
            break;      /* a styled header ends at the first plain row */
        if (!over)
            break;
        h = r + 1;
    }
    foi_free(val);
    return h;
}

/* ------------------------------------------------------------ ruled tables */

struct hs { float y, x0, x1; int comp; };
struct vs { float x, y0, y1; int comp; };

static int cmp_hs(const void *a, const void *b)
{
    const struct hs *x = a, *y = b;
    if (x->y != y->y) return x->y < y->y ? -1 : 1;
    if (x->x0 != y->x0) return x->x0 < y->x0 ? -1 : 1;
    return x->x1 < y->x1 ? -1 : x->x1 > y->x1;
}

static int cmp_vs(const void *a, const void *b)
{
    const struct vs *x = a, *y = b;
    if (x->x != y->x) return x->x < y->x ? -1 : 1;
    if (x->y0 != y->y0) return x->y0 < y->y0 ? -1 : 1;
    return x->y1 < y->y1 ? -1 : x->y1 > y->y1;
}

static int cmp_f(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

/* Snap coordinates (sorted) closer than SNAP to their cluster's mean; then
 * join collinear pieces. Returns the new count. */
static int snap_join_h(struct hs *h, int n)
{
    qsort(h, (size_t)n, sizeof *h, cmp_hs);
    for (int i = 0; i < n;) {
        int j = i;
        double sum = 0;
        while (j < n && h[j].y - h[i].y <= SNAP)
            sum += h[j++].y;
        float m = (float)(sum / (j - i));
        for (int k = i; k < j; k++)
            h[k].y = m;
        i = j;
    }
    qsort(h, (size_t)n, sizeof *h, cmp_hs);
    int o = 0;
    for (int i = 0; i < n; i++) {
        if (o && h[o - 1].y == h[i].y && h[i].x0 <= h[o - 1].x1 + JOIN) {
            h[o - 1].x1 = fmaxf(h[o - 1].x1, h[i].x1);
            continue;
        }
        h[o++] = h[i];
    }
    return o;
}

static int snap_join_v(struct vs *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_vs);
    for (int i = 0; i < n;) {
        int j = i;
        double sum = 0;
        while (j < n && v[j].x - v[i].x <= SNAP)
            sum += v[j++].x;
        float m = (float)(sum / (j - i));
        for (int k = i; k < j; k++)
            v[k].x = m;
        i = j;
    }
    qsort(v, (size_t)n, sizeof *v, cmp_vs);
    int o = 0;
    for (int i = 0; i < n; i++) {
        if (o && v[o - 1].x == v[i].x && v[i].y0 <= v[o - 1].y1 + JOIN) {
            v[o - 1].y1 = fmaxf(v[o - 1].y1, v[i].y1);
            continue;
        }
        v[o++] = v[i];
    }
    return o;
}

static int uf_find(int *p, int x)
{
    while (p[x] != x) {
        p[x] = p[p[x]];
        x = p[x];
    }
    return x;
}

static void uf_union(int *p, int a, int b)
{
    a = uf_find(p, a);
    b = uf_find(p, b);
    if (a != b) {
        if (a < b)
            p[b] = a;
        else
            p[a] = b;
    }
}

/* Distinct values of a sorted array, closer than SNAP merged. */
static int distinct(float *a, int n)
{
    qsort(a, (size_t)n, sizeof *a, cmp_f);
    int o = 0;
    for (int i = 0; i < n; i++)
        if (!o || a[i] - a[o - 1] > SNAP)
            a[o++] = a[i];
    return o;
}

/* How much of [a, b] the segments at one coordinate cover. */
static float cover_v(const struct vs *v, int nv, int comp, float x, float a, float b)
{
    float got = 0;
    for (int i = 0; i < nv; i++) {
        if (v[i].comp != comp || fabsf(v[i].x - x) > SNAP)
            continue;
        float lo = fmaxf(a, v[i].y0), hi = fminf(b, v[i].y1);
        if (hi > lo)
            got += hi - lo;
    }
    return got;
}

static float cover_h(const struct hs *h, int nh, int comp, float y, float a, float b)
{
    float got = 0;
    for (int i = 0; i < nh; i++) {
        if (h[i].comp != comp || fabsf(h[i].y - y) > SNAP)
            continue;
        float lo = fmaxf(a, h[i].x0), hi = fminf(b, h[i].x1);
        if (hi > lo)
            got += hi - lo;
    }
    return got;
}

static int find_slot(const float *b, int n, float x)
{
    /* the interval [b[i], b[i+1]) holding x, clamped to 0 .. n-2 */
    int lo = 0, hi = n - 2;
    if (x < b[0])
        return 0;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (b[mid] <= x)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* A word the layout clipped: text drawn over its end (the next cell's text
 * drawn over a cell's text running on past its column) ends it short of
 * its last letter. */
static int clipped_word(const struct ppage *P, const struct pw *w)
{
    int k = w->c0 + w->nc - 1;
    while (k > w->c0 && (P->ch[k].flags & (PDF_CH_SPACE | PDF_CH_DUP)))
        k--;
    return w->nc > 0 && P->ch[k].x1 > w->x1 + 0.1f * w->size;
}

/* Whether the part of a run of text past the rule after column c0 (from
 * that rule to x1) lies over the next cell's own text in the same grid row:
 * a word of another line, its centre in column c0 + 1 and in the row, that
 * it covers by a letter's width or more. Text printed over a cell's own
 * text is a neighbour's running on, never that cell's. */
static int over_next_text(const struct ppage *P, const struct pl *l, float x1, int c0, const float *xs,
                          const float *ys, int ny)
{
    int r = find_slot(ys, ny, (l->y0 + l->y1) / 2);
    float ry0 = ys[r], ry1 = ys[r + 1], a = xs[c0 + 1], b = xs[c0 + 2];
    for (int li = 0; li < P->nl; li++) {
        const struct pl *o = &P->l[li];
        if (o == l || o->gone || o->y1 < ry0 || o->y0 > ry1 || o->x1 < a || o->x0 > x1)
            continue;
        for (int k = o->w0; k < o->w0 + o->nw; k++) {
            const struct pw *w = &P->w[k];
            float cx = (w->x0 + w->x1) / 2, cy = (w->y0 + w->y1) / 2;
            if (w->used > 0 || cx < a || cx >= b || cy < ry0 || cy > ry1)
                continue;
            if (fminf(x1, w->x1) - fmaxf(a, w->x0) >= 0.4f * w->size)
                return 1;
        }
    }
    return 0;
}

/* A cell's text wider than its column, set from the cell's left edge and
 * running on over the rule (a header "Financial year 2023/24" in a column
 * as wide as "Financial year"): one run of text (no gap wider than a space)
 * that crosses a rule and either ends under the next cell's text drawn over
 * it (clipped_word), or runs past the grid's right rule, or has its centre
 * in the cell it starts in and its end printed over the next cell's own
 * text on other lines of the row (a period "2026/27 (to 30/09/2026)" set on
 * one line, in a row made two lines high by the next cell's wrapped
 * "Abuse of position for a sexual / purpose", between those two lines:
 * over_next_text) is one cell's text, the cell it starts in. Returns that
 * column for word wi of line l, or -1 (the word goes by its centre). */
static int overrun_col(const struct ppage *P, const struct pl *l, int wi, const float *xs, int nx,
                       const float *ys, int ny)
{
    int s = wi, e = wi;
    while (s > l->w0) {
        const struct pw *a = &P->w[s - 1], *b = &P->w[s];
        if (a->used > 0 || clipped_word(P, a) || b->x0 - a->x1 > 0.5f * fmaxf(a->size, b->size))
            break;
        s--;
    }
    while (e + 1 < l->w0 + l->nw) {
        const struct pw *a = &P->w[e], *b = &P->w[e + 1];
        if (b->used > 0 || clipped_word(P, a) || b->x0 - a->x1 > 0.5f * fmaxf(a->size, b->size))
            break;
        e++;
    }
    if (s == e)
        return -1;
    const struct pw *f = &P->w[s], *z = &P->w[e];
    float fc = (f->x0 + f->x1) / 2, zc = (z->x0 + z->x1) / 2;
    if (fc < xs[0] || fc > xs[nx - 1])
        return -1;
    int c0 = find_slot(xs, nx, fc);
    if (find_slot(xs, nx, zc) == c0 && zc <= xs[nx - 1])
        return -1;     /* within its cell */
    if (!clipped_word(P, z) && zc <= xs[nx - 1]) {
        /* a header centred over several columns, a caption: unless the
         * run lies mostly in its first cell and its end over the next
         * cell's own text */
        if (c0 + 2 >= nx || find_slot(xs, nx, (f->x0 + z->x1) / 2) != c0 ||
            !over_next_text(P, l, z->x1, c0, xs, ys, ny))
            return -1;
    }
    return c0;
}

/* One grid: the component's rules; fills the table or leaves the words
 * alone when the grid is not a table (a box, a single row or column). */
/* Where a cell's text lies: its first and last baselines, its extent, its
 * size, how many lines. */
struct cgeo {
    float fbase, lbase, x0, x1, size;
    int nlines, lastline;
};

static void geo_add(struct cgeo *g, const struct pl *l, int li, const struct foi_pdf_char *ch)
{
    g->fbase = fminf(g->fbase, l->base);
    g->lbase = fmaxf(g->lbase, l->base);
    g->x0 = fminf(g->x0, ch->x0);
    g->x1 = fmaxf(g->x1, ch->x1);
    g->size = fmaxf(g->size, ch->size);
    if (g->lastline != li) {
        g->nlines++;
        g->lastline = li;
    }
}

/* A header cell whose wrapped text runs up over its top rule (a spreadsheet
 * row too short for "Total 2022/23 to / 2025/26", set bottom-aligned): its
 * first line lands in the cell above, or above the grid when the row is the
 * grid's first (a header row repeated at the top of a page). That line is
 * the cell's: one line, alone in its row (or above the grid), within the
 * column, at the cell text's own line spacing, in its size and weight, lined
 * up with it (centred, or left-aligned past the first column), over a row
 * of two or more cells of text none of which is a count. */
static int row_alone(const int *grp, int ncol, const unsigned char *has, int r, int c)
{
    for (int k = 0; k < ncol; k++) {
        int g = uf_find((int *)grp, r * ncol + k);
        if (k != c && has[g] && g != uf_find((int *)grp, r * ncol + c))
            return 0;
    }
    return 1;
}

static int single_cell(const int *grp, int ncol, int nrow, int r, int c)
{
    int g = uf_find((int *)grp, r * ncol + c);
    return g == r * ncol + c && (c + 1 >= ncol || uf_find((int *)grp, r * ncol + c + 1) != g) &&
           (r + 1 >= nrow || uf_find((int *)grp, (r + 1) * ncol + c) != g);
}

static int lined_up_with(const struct cgeo *a, const struct cgeo *b, int c)
{
    float em = fmaxf(a->size, b->size);
    if (fabsf(a->size - b->size) > 0.5f)
        return 0;
    if (!(b->fbase - a->lbase > 0.5f * em && b->fbase - a->lbase <= 1.35f * em))
        return 0;
    return fabsf((a->x0 + a->x1) / 2 - (b->x0 + b->x1) / 2) <= 0.75f * em ||
           (c > 0 && fabsf(a->x0 - b->x0) <= 1.0f);
}

static int header_row_text(struct lay *L, int ncol, const int *grp, const unsigned char *has,
                           struct foi_buf *cb, int r)
{
    int cells = 0;
    for (int k = 0; k < ncol; k++) {
        int g = uf_find((int *)grp, r * ncol + k);
        if (g != r * ncol + k && g / ncol == r && k > 0 && uf_find((int *)grp, r * ncol + k - 1) == g)
            continue;
        if (!has[g])
            continue;
        const char *t = foi_collapse_ws(&L->a, cb[g].data ? cb[g].data : "", cb[g].len);
        if (!t)
            return pdf_nomem(L), 0;
        if (pdf_is_num(t))
            return 0;
        cells++;
    }
    return cells >= 2;
}

static int prepend_text(struct foi_buf *dst, const char *t, size_t n)
{
    struct foi_buf nb;
    foi_buf_init(&nb, 1 << 20);
    int bad = foi_buf_add(&nb, t, n) || foi_buf_addc(&nb, ' ') ||
              (dst->len && foi_buf_add(&nb, dst->data, dst->len));
    if (bad) {
        foi_buf_release(&nb);
        return 1;
    }
    foi_buf_release(dst);
    *dst = nb;
    return 0;
}

/* Does character k of a word (its characters from c0, in line order) start
 * a new piece of it: a capital after a small letter ("warningWritten"), or a
 * letter the page drew in another run of text than the one before it (its
 * content-stream order not the next; doubled glyphs of fake bold and spaces
 * are not counted)? Asked only of a word that crosses a column's rule. */
static int piece_break(const struct foi_pdf_char *ch, int c0, int k, const float *xs, int nx, const int *grp,
                       int ncol, const float *ys, int ny)
{
    int j = k - 1;
    while (j >= c0 && (ch[j].flags & (PDF_CH_SPACE | PDF_CH_DUP)))
        j--;
    if (j < c0 || (ch[k].flags & (PDF_CH_SPACE | PDF_CH_DUP)))
        return 0;
    if (ch[j].cp >= 'a' && ch[j].cp <= 'z' && ch[k].cp >= 'A' && ch[k].cp <= 'Z')
        return 1;
    if (ch[k].seq != ch[j].seq + 1)
        return 1;
    /* a column's rule drawn in the gap between the two letters, where the
     * row has that rule (the cells either side are not one merged cell): a
     * figure set against its cell's right rule and the next cell's note
     * set from that rule ("2" | "Includes two ...") read as one word */
    float g0 = ch[j].x1, g1 = ch[k].x0, sz = fmaxf(ch[j].size, ch[k].size);
    if (g1 - g0 < 0.12f * sz)
        return 0;
    int r = find_slot(ys, ny, (ch[k].y0 + ch[k].y1) / 2);
    for (int i = 1; i + 1 < nx; i++)
        if (xs[i] >= g0 - 0.5f && xs[i] <= g1 + 0.5f)
            return uf_find((int *)grp, r * ncol + i - 1) != uf_find((int *)grp, r * ncol + i);
    return 0;
}

static int overflowed_headers(struct lay *L, struct ppage *P, const float *xs, int nx, const float *ys, int ny,
                              const int *grp, int ncol, struct foi_buf *cb, unsigned char *bold,
                              unsigned char *has, struct cgeo *geo)
{
    int nrow = ny - 1;
    (void)nx;
    for (int r = 0; r < nrow; r++) {
        int header = -1;   /* row r read as a header row: not asked yet */
        for (int c = 0; c < ncol; c++) {
            int g = uf_find((int *)grp, r * ncol + c);
            if (!has[g] || !single_cell(grp, ncol, nrow, r, c))
                continue;
            if (r > 0) {
                int u = uf_find((int *)grp, (r - 1) * ncol + c);
                if (!has[u] || !single_cell(grp, ncol, nrow, r - 1, c) || geo[u].nlines != 1 ||
                    !row_alone(grp, ncol, has, r - 1, c) || bold[u] != bold[g] ||
                    !lined_up_with(&geo[u], &geo[g], c) || geo[u].x0 < xs[c] - 1 || geo[u].x1 > xs[c + 1] + 1)
                    continue;
                if (header < 0 && (header = header_row_text(L, ncol, grp, has, cb, r), L->rc))
                    return L->rc;
                if (!header)
                    continue;
                if (prepend_text(&cb[g], cb[u].data, cb[u].len))
                    return pdf_nomem(L);
                foi_buf_reset(&cb[u]);
                has[u] = 0;
                geo[g].fbase = geo[u].fbase;
                continue;
            }
            /* the grid's first row: a line just above the grid, alone */
            for (int li = 0; li < P->nl; li++) {
                struct pl *l = &P->l[li];
                if (l->gone || l->furn || (l->y0 + l->y1) / 2 >= ys[0] || l->base < ys[0] - 2.0f * l->size)
                    continue;
                if (l->x0 < xs[c] - 1 || l->x1 > xs[c + 1] + 1)
                    continue;
                int free_words = 1;
                for (int wi = l->w0; wi < l->w0 + l->nw; wi++)
                    free_words &= !P->w[wi].used;
                if (!free_words)
                    continue;
                struct cgeo a = { l->base, l->base, l->x0, l->x1, l->size, 1, li };
                int lbold = (l->fl & PL_BOLD) != 0;
                if (lbold != bold[g] || !lined_up_with(&a, &geo[g], c))
                    continue;
                if (header < 0 && (header = header_row_text(L, ncol, grp, has, cb, r), L->rc))
                    return L->rc;
                if (!header)
                    break;
                struct foi_buf t;
                foi_buf_init(&t, 1 << 20);
                int bad = 0;
                for (int wi = l->w0; wi < l->w0 + l->nw && !bad; wi++) {
                    bad = (t.len && foi_buf_addc(&t, ' ')) || foi_buf_adds(&t, P->w[wi].text);
                    P->w[wi].used = -1;   /* provisionally, as the grid's own words */
                }
                if (bad || prepend_text(&cb[g], t.data, t.len)) {
                    foi_buf_release(&t);
                    return pdf_nomem(L);
                }
                foi_buf_release(&t);
                geo[g].fbase = l->base;
                break;
            }
        }
    }
    return 0;
}

/* Text turned a quarter (a vertical column header, "Final written warning"
 * set upwards in a narrow column) into the ruled cells holding its centre
 * that have no level text of their own: each of MuPDF's turned lines is a run
 * of characters in drawing order, the runs of a cell are read in the order
 * their direction gives (upward: left to right; downward: right to left), a
 * space drawn or a gap wider than 0.2 em along the run ends a word. */
struct rotc { int g, i; };

static int cmp_rotc(const void *a, const void *b)
{
    const struct rotc *x = a, *y = b;
    if (x->g != y->g)
        return x->g < y->g ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

struct rrun { int i0, i1; float x; };

static int cmp_rrun(const void *a, const void *b)
{
    const struct rrun *x = a, *y = b;
    return (x->x > y->x) - (x->x < y->x);
}

static int turned_text(struct lay *L, struct ppage *P, const float *xs, int nx, const float *ys,
                       int ny, int *grp, int ncol, struct foi_buf *cb, unsigned char *bold, unsigned char *has)
{
    const struct foi_pdf_page *src = P->src;
    int n = 0;
    for (int i = 0; i < src->nch; i++)
        n += (src->ch[i].flags & (PDF_CH_UP | PDF_CH_DOWN)) != 0;
    if (!n)
        return 0;
    if (!P->rot_used && !(P->rot_used = foi_arena_alloc(&L->a, (size_t)src->nch)))
        return pdf_nomem(L);
    struct rotc *rc = foi_malloc(sizeof *rc * (size_t)n);
    struct rrun *run = foi_malloc(sizeof *run * (size_t)n);
    if (!rc || !run) {
        foi_free(rc);
        foi_free(run);
        return pdf_nomem(L);
    }
    int m = 0;
    for (int i = 0; i < src->nch; i++) {
        const struct foi_pdf_char *ch = &src->ch[i];
        if (!(ch->flags & (PDF_CH_UP | PDF_CH_DOWN)) || (ch->flags & PDF_CH_DUP) || P->rot_used[i] == 1)
            continue;   /* (read into another table already) */
        float cx = (ch->x0 + ch->x1) / 2, cy = (ch->y0 + ch->y1) / 2;
        if (cx < xs[0] || cx > xs[nx - 1] || cy < ys[0] || cy > ys[ny - 1])
            continue;
        int c = find_slot(xs, nx, cx), r = find_slot(ys, ny, cy);
        int g = uf_find(grp, r * ncol + c);
        if (has[g])
            continue;   /* a cell with level text keeps it alone */
        rc[m].g = g, rc[m].i = i, m++;
        P->rot_used[i] = 2;   /* provisionally: the grid may not be a table */
    }
    qsort(rc, (size_t)m, sizeof *rc, cmp_rotc);
    int err = 0;
    for (int a = 0; a < m && !err;) {
        int b = a;
        while (b < m && rc[b].g == rc[a].g)
            b++;
        int g = rc[a].g;
        /* runs: a character that does not go on from the one before it
         * (another direction, another column of text, back the other way)
         * starts a new one */
        int nr = 0;
        for (int k = a; k < b; k++) {
            const struct foi_pdf_char *ch = &src->ch[rc[k].i];
            int up = (ch->flags & PDF_CH_UP) != 0;
            float cx = (ch->x0 + ch->x1) / 2;
            int fresh = k == a;
            if (!fresh) {
                const struct foi_pdf_char *pv = &src->ch[rc[k - 1].i];
                float pcx = (pv->x0 + pv->x1) / 2, em = fmaxf(pv->size, ch->size);
                float step = up ? pv->y0 - ch->y1 : ch->y0 - pv->y1;
                fresh = ((pv->flags & PDF_CH_UP) != 0) != up || fabsf(cx - pcx) > 0.35f * em || step < -0.5f * em;
            }
            if (fresh) {
                run[nr].i0 = k;
                run[nr].x = up ? ch->x0 : -ch->x1;
                nr++;
            }
            run[nr - 1].i1 = k + 1;
        }
        qsort(run, (size_t)nr, sizeof *run, cmp_rrun);
        struct foi_buf *o = &cb[g];
        for (int q = 0; q < nr && !err; q++) {
            int space = o->len > 0;
            for (int k = run[q].i0; k < run[q].i1 && !err; k++) {
                const struct foi_pdf_char *ch = &src->ch[rc[k].i];
                if (ch->flags & PDF_CH_SPACE) {
                    space = o->len > 0;
                    continue;
                }
                if (k > run[q].i0) {
                    const struct foi_pdf_char *pv = &src->ch[rc[k - 1].i];
                    float step = (ch->flags & PDF_CH_UP) ? pv->y0 - ch->y1 : ch->y0 - pv->y1;
                    if (step > 0.2f * fmaxf(pv->size, ch->size))
                        space = 1;
                }
                if (space && foi_buf_addc(o, ' '))
                    err = 1;
                space = 0;
                char u[4];
                if (foi_buf_add(o, u, (size_t)pdf_shown_utf8(ch, u)))
                    err = 1;
                if (!(ch->flags & PDF_CH_BOLD))
                    bold[g] = 0;
                has[g] = 1;
            }
        }
        a = b;
    }
    foi_free(rc);
    foi_free(run);
    return err ? pdf_nomem(L) : 0;
}

/* A ruled grid's leading rows that are each one text merged over every
 * column (a spreadsheet's title block printed inside its gridlines: the
 * force, the reference, what the table shows) are title lines above the
 * table, as a printed sheet's title rows are, not header rows: the table
 * starts at its first row of cells. At least two rows must be left. */
static void title_block(struct ptab *t, unsigned char *styled)
{
    int nc = t->ncols, k = 0;
    if (nc < 2)
        return;
    while (k < t->nrows - 2 && k < 8) {
        const struct pcell *row = &t->cells[(size_t)k * nc];
        int title = row[0].text && *row[0].text && !(row[0].flags & FOI_CELL_SPANNED) && !cell_is_num(row[0].text);
        for (int c = 1; c < nc && title; c++)
            title = (row[c].flags & FOI_CELL_SPANNED) != 0;
        if (!title)
            break;
        k++;
    }
    if (!k)
        return;
    for (int i = 0; i < k; i++) {
        t->pre_row[t->npre] = i;
        t->pre[t->npre++] = t->cells[(size_t)i * nc].text;
    }
    memmove(t->cells, t->cells + (size_t)k * nc, sizeof *t->cells * (size_t)(t->nrows - k) * (size_t)nc);
    memmove(t->row_page, t->row_page + k, sizeof *t->row_page * (size_t)(t->nrows - k));
    memmove(styled, styled + k, (size_t)(t->nrows - k));
    t->nrows -= k;
}

/* The "label ..... value" lines in a cell's text: runs of four or more
 * dots (spaced or not) with a number after them. */
static int leader_values(const char *s)
{
    int n = 0;
    for (const char *p = s; *p;) {
        if (*p != '.') {
            p++;
            continue;
        }
        const char *e = foi_dot_leader_end(p), *q = p;
        while (*q == '.' || (*q == ' ' && q[1] == '.'))
            q++;
        while (*q == ' ')
            q++;
        if (e && *q >= '0' && *q <= '9')
            n++;
        p = q > p ? q : p + 1;
    }
    return n;
}

/* Boxes laid out in a grid, each a card of its own ("Sexual assault \xe2\x80\x93
 * 2024/25" over lines of "Dismissed ....... 4"): every cell with text
 * holds several lines, at least two of them a label, a dot leader and a
 * value. The rules frame the cards, they do not make a table of them: the
 * cards are read as the text they are (a heading over its lines). */
static int grid_of_cards(const int *grp, int ncol, const int *keep_r, int kr, const int *keep_c, int kc,
                         const struct foi_buf *cb, const unsigned char *has, const struct cgeo *geo)
{
    int cards = 0;
    for (int i = 0; i < kr; i++)
        for (int j = 0; j < kc; j++) {
            int g = uf_find((int *)grp, keep_r[i] * ncol + keep_c[j]);
            if (g != keep_r[i] * ncol + keep_c[j] || !has[g])
                continue;
            if (geo[g].nlines < 3 || !cb[g].data || leader_values(cb[g].data) < 2)
                return 0;
            cards++;
        }
    return cards >= 2;
}

/* The grid of cards as tables of their own, one a card in reading order
 * (row by row, left to right): its lines before the first "label .....
 * value" line are its title (read as lines just before it, its heading);
 * each leader line is a row of label and value; a line without a leader
 * after them is a row of its own (a label with no value). The words are
 * taken. */
static int card_tables(struct lay *L, int p, const float *xs, const float *ys, const int *grp, int ncol,
                       int nrow, const int *keep_r, int kr, const int *keep_c, int kc, const unsigned char *has)
{
    struct ppage *P = &L->pg[p];
    struct foi_buf lb;
    foi_buf_init(&lb, 1 << 16);
    enum { MAXL = 64 };
    for (int i = 0; i < kr && !L->rc; i++)
        for (int j = 0; j < kc && !L->rc; j++) {
            int r = keep_r[i], c = keep_c[j];
            int g = uf_find((int *)grp, r * ncol + c);
            if (g != r * ncol + c || !has[g])
                continue;
            /* the group's extent: its cells right and down */
            int c1 = c, r1 = r;
            while (c1 + 1 < ncol && uf_find((int *)grp, r * ncol + c1 + 1) == g)
                c1++;
            while (r1 + 1 < nrow && uf_find((int *)grp, (r1 + 1) * ncol + c) == g)
                r1++;
            float x0 = xs[c], x1 = xs[c1 + 1], y0 = ys[r], y1 = ys[r1 + 1];
            const char *text[MAXL];
            float tx0 = 1e30f, tx1 = -1e30f, ty0 = 1e30f, ty1 = -1e30f;
            int nt = 0;
            for (int li = 0; li < P->nl && nt < MAXL && !L->rc; li++) {
                const struct pl *l = &P->l[li];
                if (l->gone || l->base < y0 - 2 || l->y0 > y1 + 2)
                    continue;
                foi_buf_reset(&lb);
                int any = 0;
                for (int wi = l->w0; wi < l->w0 + l->nw; wi++) {
                    struct pw *w = &P->w[wi];
                    float cx = (w->x0 + w->x1) / 2, cy = (w->y0 + w->y1) / 2;
                    if (w->used != -1 || cx < x0 || cx > x1 || cy < y0 || cy > y1)
                        continue;
                    if (pdf_text_word(&lb, w->text, 0))
                        return pdf_nomem(L);
                    w->used = 1;
                    any = 1;
                    tx0 = fminf(tx0, w->x0), tx1 = fmaxf(tx1, w->x1);
                    ty0 = fminf(ty0, w->y0), ty1 = fmaxf(ty1, w->y1);
                }
                if (any && !(text[nt++] = pdf_arena_text(L, &lb)))
                    return pdf_nomem(L);
            }
            if (!nt)
                continue;
            int first = 0;
            while (first < nt && !leader_values(text[first]))
                first++;
            int nrows = nt - first;
            if (!nrows)
                continue;
            struct ptab *t = pdf_new_table(L);
            if (!t)
                return L->rc;
            t->page = t->last_page = p;
            t->ruled = 1;
            t->card = 1;
            t->x0 = x0, t->x1 = x1, t->y0 = y0, t->y1 = y1, t->last_y1 = y1;
            t->nrows = nrows;
            t->ncols = 2;
            t->cells = foi_calloc((size_t)nrows * 2, sizeof *t->cells);
            t->row_page = foi_calloc((size_t)nrows, sizeof *t->row_page);
            t->colx = foi_calloc(3, sizeof *t->colx);
            if (!t->cells || !t->row_page || !t->colx)
                return pdf_nomem(L);
            t->colx[0] = x0, t->colx[2] = x1;
            t->colx[1] = x1 - (x1 - x0) / 5;
            if (first) {   /* a title wrapped over lines is one line */
                foi_buf_reset(&lb);
                for (int k = 0; k < first; k++)
                    if (pdf_text_word(&lb, text[k], 1))
                        return pdf_nomem(L);
                t->pre_row[0] = 0;
                t->pre[t->npre++] = pdf_arena_text(L, &lb);
                if (!t->pre[0])
                    return pdf_nomem(L);
            }
            for (int k = 0; k < nrows; k++) {
                const char *s = text[first + k];
                t->row_page[k] = p;
                /* the label up to the leader, the value after it */
                const char *dot = NULL;
                for (const char *q = s; *q && !dot; q++)
                    if (*q == '.' && foi_dot_leader_end(q))
                        dot = q;
                if (!dot) {
                    t->cells[(size_t)k * 2].text = s;
                    t->cells[(size_t)k * 2 + 1].text = "";
                    continue;
                }
                const char *v = dot;
                while (*v == '.' || *v == ' ')
                    v++;
                size_t ln = (size_t)(dot - s);
                while (ln && s[ln - 1] == ' ')
                    ln--;
                const char *lab = foi_arena_strndup(&L->a, s, ln);
                const char *val = foi_arena_strdup(&L->a, v);
                if (!lab || !val)
                    return pdf_nomem(L);
                t->cells[(size_t)k * 2].text = lab;
                t->cells[(size_t)k * 2 + 1].text = val;
            }
            t->header_rows = 0;
            struct tpart *tp = &t->parts[t->nparts++];
            tp->page = p, tp->y0 = ty0, tp->y1 = ty1, tp->x0 = tx0, tp->x1 = tx1, tp->nlines = nt;
        }
    foi_buf_release(&lb);
    return L->rc;
}

static int grid_table(struct lay *L, int p, const struct hs *h, int nh, const struct vs *v, int nv, int comp)
{
    struct ppage *P = &L->pg[p];
    int rc = 0;
    int nx = 0, ny = 0;
    for (int i = 0; i < nh; i++)
        ny += h[i].comp == comp;
    for (int i = 0; i < nv; i++)
        nx += v[i].comp == comp;
    if (nx < 2 || ny < 2)
        return 0;
    float *xs = foi_malloc(sizeof *xs * (size_t)nx), *ys = foi_malloc(sizeof *ys * (size_t)ny);
    if (!xs || !ys) {
        foi_free(xs);
        foi_free(ys);
        return pdf_nomem(L);
    }
    nx = ny = 0;
    for (int i = 0; i < nh; i++)
        if (h[i].comp == comp)
            ys[ny++] = h[i].y;
    for (int i = 0; i < nv; i++)
        if (v[i].comp == comp)
            xs[nx++] = v[i].x;
    nx = distinct(xs, nx);
    ny = distinct(ys, ny);
    int ncol = nx - 1, nrow = ny - 1;
    if (ncol < 1 || nrow < 1 || (ncol < 2 && nrow < 2)) {
        foi_free(xs);
        foi_free(ys);
        return 0;
    }
    if (ncol > L->lim->max_cols || (long)ncol * nrow > L->lim->max_cells) {
        foi_free(xs);
        foi_free(ys);
        char loc[32];
        snprintf(loc, sizeof loc, "page %d", p + 1);
        L->rc = foi_errf(L->err, FOI_ELIMIT, loc, "a ruled grid of %d x %d cells, over the cell or column limit",
                         nrow, ncol);
        return L->rc;
    }
    size_t ncell = (size_t)nrow * (size_t)ncol;
    int *grp = foi_malloc(sizeof *grp * ncell);
    if (!grp) {
        foi_free(xs);
        foi_free(ys);
        return pdf_nomem(L);
    }
    for (size_t i = 0; i < ncell; i++)
        grp[i] = (int)i;
    /* merged cells: where the inner rule between two cells is missing */
    for (int r = 0; r < nrow; r++)
        for (int c = 0; c + 1 < ncol; c++) {
            float a = ys[r], b = ys[r + 1];
            if (cover_v(v, nv, comp, xs[c + 1], a, b) < 0.5f * (b - a))
                uf_union(grp, r * ncol + c, r * ncol + c + 1);
        }
    for (int r = 0; r + 1 < nrow; r++)
        for (int c = 0; c < ncol; c++) {
            float a = xs[c], b = xs[c + 1];
            if (cover_h(h, nh, comp, ys[r + 1], a, b) < 0.5f * (b - a))
                uf_union(grp, r * ncol + c, (r + 1) * ncol + c);
        }
    /* each character into the cell holding its centre */
    struct foi_buf *cb = foi_calloc(ncell, sizeof *cb);
    int *lastw = foi_malloc(sizeof *lastw * ncell), *lastl = foi_malloc(sizeof *lastl * ncell);
    unsigned char *bold = foi_malloc(ncell), *has = foi_calloc(ncell, 1);
    struct cgeo *geo = foi_malloc(sizeof *geo * ncell);
    if (!cb || !lastw || !lastl || !bold || !has || !geo) {
        rc = pdf_nomem(L);
        goto out;
    }
    for (size_t i = 0; i < ncell; i++)
        geo[i] = (struct cgeo){ 1e30f, -1e30f, 1e30f, -1e30f, 0, 0, -1 };
    for (size_t i = 0; i < ncell; i++) {
        foi_buf_init(&cb[i], 1 << 20);
        lastw[i] = lastl[i] = -1;
        bold[i] = 1;
    }
    float gx0 = xs[0], gx1 = xs[nx - 1], gy0 = ys[0], gy1 = ys[ny - 1];
    int nlines = 0, lastline = -1;
    for (int li = 0; li < P->nl && !rc; li++) {
        const struct pl *l = &P->l[li];
        if (l->gone || l->base < gy0 - 2 || l->y0 > gy1 + 2)
            continue;
        for (int wi = l->w0; wi < l->w0 + l->nw && !rc; wi++) {
            struct pw *w = &P->w[wi];
            if (w->used)
                continue;
            float cx = (w->x0 + w->x1) / 2, cy = (w->y0 + w->y1) / 2;
            int over_col = overrun_col(P, l, wi, xs, nx, ys, ny);
            if (over_col >= 0)
                cx = (xs[over_col] + xs[over_col + 1]) / 2;
            if (cx < gx0 || cx > gx1 || cy < gy0 || cy > gy1)
                continue;
            w->used = -1;   /* provisionally: the grid may not be a table */
            if (li != lastline) {
                nlines++;
                lastline = li;
            }
            /* a word goes whole into the cell holding its centre: header
             * text centred on its column may run over the rules either side
             * ("Final written warning" in a narrow column). Two cells' texts
             * run together with no gap ("warningWritten", "misconduct" run
             * on into "harassment") part across a column's rule where a
             * capital follows a small letter, or where the page drew the
             * next letter in another run of text (piece_break). */
            int crosses = find_slot(xs, nx, w->x0 + 0.5f) != find_slot(xs, nx, w->x1 - 0.5f);
            int piece_c0 = w->c0, piece = 0, piece_col = -1;
            for (int k = w->c0; k < w->c0 + w->nc && !rc; k++) {
                const struct foi_pdf_char *ch = &P->ch[k];
                if (ch->flags & (PDF_CH_SPACE | PDF_CH_DUP))
                    continue;
                if (piece_col < 0 || (crosses && piece_break(P->ch, w->c0, k, xs, nx, grp, ncol, ys, ny))) {
                    if (piece_col >= 0) {
                        piece++;
                        piece_c0 = k;
                    }
                    /* the piece: up to the next break */
                    int e = k + 1;
                    while (e < w->c0 + w->nc && !(crosses && piece_break(P->ch, w->c0, e, xs, nx, grp, ncol, ys, ny)))
                        e++;
                    /* within the word as the layout clipped it: a text
                     * running on under the next cell's ends where that
                     * one begins ("have been dismissed" under "written
                     * warning" stays in its own cell) */
                    float px0 = fmaxf(P->ch[piece_c0].x0, w->x0), px1 = fminf(P->ch[e - 1].x1, w->x1);
                    piece_col = over_col >= 0 ? over_col : find_slot(xs, nx, (px0 + fmaxf(px0, px1)) / 2);
                }
                float my = (ch->y0 + ch->y1) / 2;
                int c = piece_col, r = find_slot(ys, ny, my);
                int g = uf_find(grp, r * ncol + c);
                struct foi_buf *b = &cb[g];
                int wid = wi * 64 + (piece < 63 ? piece : 63);
                if (lastw[g] != wid) {
                    if (b->len) {
                        char e = b->data[b->len - 1], e2 = b->len > 1 ? b->data[b->len - 2] : ' ';
                        int hyph = lastl[g] != li && e == '-' && ((e2 | 0x20) >= 'a' && (e2 | 0x20) <= 'z');
                        if (!hyph && foi_buf_addc(b, ' '))
                            rc = pdf_nomem(L);
                    }
                    lastw[g] = wid;
                    lastl[g] = li;
                }
                char u[4];
                if (foi_buf_add(b, u, (size_t)pdf_shown_utf8(ch, u)))
                    rc = pdf_nomem(L);
                if (!(ch->flags & PDF_CH_BOLD) && !(ch->flags & PDF_CH_SUPER))
                    bold[g] = 0;
                has[g] = 1;
                geo_add(&geo[g], l, li, ch);
            }
        }
    }
    if (!rc)
        rc = overflowed_headers(L, P, xs, nx, ys, ny, grp, ncol, cb, bold, has, geo);
    if (!rc)
        rc = turned_text(L, P, xs, nx, ys, ny, grp, ncol, cb, bold, has);
    if (rc)
        goto out;
    /* rows and columns with no text at all are dropped */
    int *keep_r = foi_malloc(sizeof *keep_r * (size_t)nrow), *keep_c = foi_malloc(sizeof *keep_c * (size_t)ncol);
    if (!keep_r || !keep_c) {
        foi_free(keep_r);
        foi_free(keep_c);
        rc = pdf_nomem(L);
        goto out;
    }
    int kr = 0, kc = 0;
    for (int r = 0; r < nrow; r++) {
        int any = 0;
        for (int c = 0; c < ncol && !any; c++)
            any = has[uf_find(grp, r * ncol + c)];
        if (any)
            keep_r[kr++] = r;
    }
    for (int c = 0; c < ncol; c++) {
        int any = 0;
        for (int r = 0; r < nrow && !any; r++)
            any = has[uf_find(grp, r * ncol + c)];
        if (any)
            keep_c[kc++] = c;
    }
    /* a last column with no text of its own, only the run-on of cells to
     * its left (a printed sheet leaves out the rule a note overflows; the
     * print area takes in the column it overflows into) is no column */
    while (kc > 2) {
        int c = keep_c[kc - 1], own = 0;
        for (int r = 0; r < nrow && !own; r++) {
            int g = uf_find(grp, r * ncol + c);
            own = has[g] && g % ncol == c;
        }
        if (own)
            break;
        kc--;
    }
    /* a table: two rows and two columns of distinct cells with text */
    int row_ok = 0, col_ok = 0;
    for (int i = 0; i < kr && !row_ok; i++) {
        int distinct_cells = 0, prev = -1;
        for (int j = 0; j < kc; j++) {
            int g = uf_find(grp, keep_r[i] * ncol + keep_c[j]);
            if (has[g] && g != prev)
                distinct_cells++;
            prev = g;
        }
        row_ok = distinct_cells >= 2;
    }
    for (int j = 0; j < kc && !col_ok; j++) {
        int distinct_cells = 0, prev = -1;
        for (int i = 0; i < kr; i++) {
            int g = uf_find(grp, keep_r[i] * ncol + keep_c[j]);
            if (has[g] && g != prev)
                distinct_cells++;
            prev = g;
        }
        col_ok = distinct_cells >= 2;
    }
    if (grid_of_cards(grp, ncol, keep_r, kr, keep_c, kc, cb, has, geo)) {
        rc = card_tables(L, p, xs, ys, grp, ncol, nrow, keep_r, kr, keep_c, kc, has);
        for (int li = 0; li < P->nl; li++) {
            const struct pl *l = &P->l[li];
            for (int wi = l->w0; wi < l->w0 + l->nw; wi++)
                if (P->w[wi].used == -1)
                    P->w[wi].used = 0;
        }
        if (P->rot_used)
            for (int i = 0; i < P->src->nch; i++)
                if (P->rot_used[i] == 2)
                    P->rot_used[i] = 0;
        foi_free(keep_r);
        foi_free(keep_c);
        goto out;
    }
    int is_table = row_ok && col_ok && kr >= 2 && kc >= 2;
    for (int li = 0; li < P->nl; li++) {
        const struct pl *l = &P->l[li];
        for (int wi = l->w0; wi < l->w0 + l->nw; wi++)
            if (P->w[wi].used == -1)
                P->w[wi].used = is_table ? 1 : 0;
    }
    if (P->rot_used)
        for (int i = 0; i < P->src->nch; i++)
            if (P->rot_used[i] == 2)
                P->rot_used[i] = is_table ? 1 : 0;
    if (!is_table) {
        foi_free(keep_r);
        foi_free(keep_c);
        goto out;
    }
    struct ptab *t = pdf_new_table(L);
    if (!t) {
        foi_free(keep_r);
        foi_free(keep_c);
        rc = L->rc;
        goto out;
    }
    t->page = t->last_page = p;
    t->ruled = 1;
    t->x0 = gx0, t->x1 = gx1, t->y0 = gy0, t->y1 = gy1, t->last_y1 = gy1;
    t->nrows = kr;
    t->ncols = kc;
    t->cells = foi_calloc((size_t)kr * kc, sizeof *t->cells);
    t->row_page = foi_calloc((size_t)kr, sizeof *t->row_page);
    t->colx = foi_calloc((size_t)kc + 1, sizeof *t->colx);
    unsigned char *styled = foi_calloc((size_t)kr, 1);
    if (!t->cells || !t->row_page || !t->colx || !styled) {
        foi_free(styled);
        foi_free(keep_r);
        foi_free(keep_c);
        rc = pdf_nomem(L);
        goto out;
    }
    for (int j = 0; j < kc; j++)
        t->colx[j] = xs[keep_c[j]];
    t->colx[kc] = xs[keep_c[kc - 1] + 1];
    for (int i = 0; i < kr && !rc; i++) {
        int r = keep_r[i];
        t->row_page[i] = p;
        int cells = 0, boldc = 0, shaded = 0;
        for (int j = 0; j < kc && !rc; j++) {
            int c = keep_c[j];
            int g = uf_find(grp, r * ncol + c);
            int gr = g / ncol, gc = g % ncol;   /* the group's first cell is its origin */
            struct pcell *pc = &t->cells[(size_t)i * kc + j];
            const char *txt = foi_collapse_ws(&L->a, cb[g].data ? cb[g].data : "", cb[g].len);
            if (!txt) {
                rc = pdf_nomem(L);
                break;
            }
            pc->text = txt;
            if (gr != r || gc != c)
                pc->flags |= FOI_CELL_SPANNED;
            if (*txt && bold[g])
                pc->flags |= FOI_CELL_BOLD;
            if (*txt && !(pc->flags & FOI_CELL_SPANNED)) {
                cells++;
                boldc += bold[g];
            }
            /* shading behind the cell's centre */
            float mx = (xs[c] + xs[c + 1]) / 2, my = (ys[r] + ys[r + 1]) / 2;
            for (int f = 0; f < P->src->nfill; f++) {
                const struct foi_pdf_fill *fl = &P->src->fill[f];
                if (fl->gray < 0.92f && fl->x0 <= mx && mx <= fl->x1 && fl->y0 <= my && my <= fl->y1 &&
                    fl->x1 - fl->x0 < 1.5f * (gx1 - gx0) && fl->y1 - fl->y0 < 0.5f * (gy1 - gy0 + 1)) {
                    shaded++;
                    break;
                }
            }
        }
        styled[i] = (cells > 0 && boldc == cells) || shaded * 2 > kc;
    }
    if (!rc)
        title_block(t, styled);
    if (!rc) {
        t->header_rows = guess_header(t, styled);
        struct tpart *tp = &t->parts[t->nparts++];
        tp->page = p, tp->y0 = gy0, tp->y1 = gy1, tp->x0 = gx0, tp->x1 = gx1, tp->nlines = nlines;
    }
    foi_free(styled);
    foi_free(keep_r);
    foi_free(keep_c);
out:
    if (cb)
        for (size_t i = 0; i < ncell; i++)
            foi_buf_release(&cb[i]);
    foi_free(cb);
    foi_free(lastw);
    foi_free(lastl);
    foi_free(bold);
    foi_free(has);
    foi_free(geo);
    foi_free(grp);
    foi_free(xs);
    foi_free(ys);
    return rc ? rc : L->rc;
}

/* A table drawn as filled cell rectangles and no lines (a print driver's
 * table: a navy header, banded rows, white cells too): rectangles that tile
 * a region, each beside another of the same height and over or under
 * another of the same width, are its cells, and their edges its rules.
 * Rectangles in a block of at least two columns and three rows (one shaded
 * header cell, a row band across the page, a banner) give none. The edges
 * of the cell rectangles are appended to h and v (room for 2 per fill in
 * each); their count is returned through *nh / *nv. FOI_ENOMEM or 0. */
#define FILL_TOUCH 0.75f   /* points: two rectangles this close share an edge */
#define FILL_TILE_MAX 2000 /* pages with more rectangles are not searched */

static int fill_edges(const struct foi_pdf_page *src, struct hs *h, int *nh, struct vs *v, int *nv)
{
    int n = src->nfill;
    if (n < 6 || n > FILL_TILE_MAX)
        return 0;
    const struct foi_pdf_fill *f = src->fill;
    int *uf = foi_malloc(sizeof *uf * (size_t)n);
    unsigned char *side = foi_calloc((size_t)n, 1);   /* 1: a neighbour beside, 2: over or under */
    if (!uf || !side) {
        foi_free(uf);
        foi_free(side);
        return FOI_ENOMEM;
    }
    for (int i = 0; i < n; i++)
        uf[i] = i;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            const struct foi_pdf_fill *a = &f[i], *b = &f[j];
            int beside = fabsf(a->y0 - b->y0) <= FILL_TOUCH && fabsf(a->y1 - b->y1) <= FILL_TOUCH &&
                         (fabsf(a->x1 - b->x0) <= FILL_TOUCH || fabsf(b->x1 - a->x0) <= FILL_TOUCH);
            int stacked = fabsf(a->x0 - b->x0) <= FILL_TOUCH && fabsf(a->x1 - b->x1) <= FILL_TOUCH &&
                          (fabsf(a->y1 - b->y0) <= FILL_TOUCH || fabsf(b->y1 - a->y0) <= FILL_TOUCH);
            if (beside)
                side[i] |= 1, side[j] |= 1;
            if (stacked)
                side[i] |= 2, side[j] |= 2;
            if (beside || stacked)
                uf_union(uf, i, j);
        }
    /* a block's columns and rows: distinct left edges and bottom edges */
    for (int i = 0; i < n; i++) {
        if (uf_find(uf, i) != i)
            continue;
        int ncols = 0, nrows = 0, members = 0;
        float xs[64], ys[64];
        for (int j = 0; j < n; j++) {
            if (uf_find(uf, j) != i || side[j] != 3)
                continue;
            members++;
            int k;
            for (k = 0; k < ncols && fabsf(xs[k] - f[j].x0) > FILL_TOUCH; k++)
                ;
            if (k == ncols && ncols < 64)
                xs[ncols++] = f[j].x0;
            for (k = 0; k < nrows && fabsf(ys[k] - f[j].y0) > FILL_TOUCH; k++)
                ;
            if (k == nrows && nrows < 64)
                ys[nrows++] = f[j].y0;
        }
        if (ncols < 2 || nrows < 3 || members < 6)
            continue;
        for (int j = 0; j < n; j++) {
            if (uf_find(uf, j) != i || !side[j])
                continue;
            h[(*nh)++] = (struct hs){ f[j].y0, f[j].x0, f[j].x1, -1 };
            h[(*nh)++] = (struct hs){ f[j].y1, f[j].x0, f[j].x1, -1 };
            v[(*nv)++] = (struct vs){ f[j].x0, f[j].y0, f[j].y1, -1 };
            v[(*nv)++] = (struct vs){ f[j].x1, f[j].y0, f[j].y1, -1 };
        }
    }
    foi_free(uf);
    foi_free(side);
    return 0;
}

int pdf_ruled_tables(struct lay *L, int p)
{
    struct ppage *P = &L->pg[p];
    const struct foi_pdf_page *src = P->src;
    if (src->rules_dropped) {
        char loc[32];
        snprintf(loc, sizeof loc, "page %d", p + 1);
        if (foi_doc_note(L->doc, FOI_NOTE_WARNING, "parse_error", loc,
                         "page %d draws more than %d lines; ruled tables on it are not read", p + 1,
                         PDF_MAX_RULES_PAGE))
            return pdf_nomem(L);
        return 0;
    }
    int tiles = src->nfill >= 6 && src->nfill <= FILL_TILE_MAX;
    if ((src->nrule < 4 && !tiles) || !P->nw)
        return 0;
    size_t room = (size_t)src->nrule + (tiles ? 2 * (size_t)src->nfill : 0) + 1;
    struct hs *h = foi_malloc(sizeof *h * room);
    struct vs *v = foi_malloc(sizeof *v * room);
    if (!h || !v) {
        foi_free(h);
        foi_free(v);
        return pdf_nomem(L);
    }
    int nh = 0, nv = 0;
    if (tiles && fill_edges(src, h, &nh, v, &nv)) {
        foi_free(h);
        foi_free(v);
        return pdf_nomem(L);
    }
    for (int i = 0; i < src->nrule; i++) {
        const struct foi_pdf_rule *r = &src->rule[i];
        if (r->y0 == r->y1 && r->x1 - r->x0 >= 2)
            h[nh++] = (struct hs){ r->y0, r->x0, r->x1, -1 };
        else if (r->x0 == r->x1 && r->y1 - r->y0 >= 2)
            v[nv++] = (struct vs){ r->x0, r->y0, r->y1, -1 };
    }
    nh = nh ? snap_join_h(h, nh) : 0;
    nv = nv ? snap_join_v(v, nv) : 0;
    int rc = 0;
    if (nh >= 2 && nv >= 2) {
        if ((long)nh * nv > MAX_INTERSECT * 10) {
            char loc[32];
            snprintf(loc, sizeof loc, "page %d", p + 1);
            rc = foi_doc_note(L->doc, FOI_NOTE_WARNING, "parse_error", loc,
                              "page %d draws too many lines to look for ruled tables; not read", p + 1)
                     ? pdf_nomem(L) : 0;
            foi_free(h);
            foi_free(v);
            return rc;
        }
        int *uf = foi_malloc(sizeof *uf * (size_t)(nh + nv));
        if (!uf) {
            foi_free(h);
            foi_free(v);
            return pdf_nomem(L);
        }
        for (int i = 0; i < nh + nv; i++)
            uf[i] = i;
        /* v is sorted by x: the verticals within a horizontal's reach */
        for (int i = 0; i < nh; i++) {
            int lo = 0, hi = nv;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (v[mid].x < h[i].x0 - CROSS)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (int j = lo; j < nv && v[j].x <= h[i].x1 + CROSS; j++)
                if (h[i].y >= v[j].y0 - CROSS && h[i].y <= v[j].y1 + CROSS)
                    uf_union(uf, i, nh + j);
        }
        for (int i = 0; i < nh; i++)
            h[i].comp = uf_find(uf, i);
        for (int j = 0; j < nv; j++)
            v[j].comp = uf_find(uf, nh + j);
        /* each component once, in the order of its smallest member */
        for (int c = 0; c < nh + nv && !rc; c++)
            if (uf[c] == c)
                rc = grid_table(L, p, h, nh, v, nv, c);
        foi_free(uf);
    }
    foi_free(h);
    foi_free(v);
    refit_lines(P);
    return rc ? rc : L->rc;
}

/* ------------------------------------------------------------ unruled tables */

#define NUM_GAP  0.6f   /* em: a figure stands apart from its neighbours by this much */
#define COL_GAP  0.6f   /* em: an empty stretch this wide across every row separates columns */

/* A figure standing on its own: a count-like word with room on both sides. */
static int lone_num(const struct ppage *P, const struct pl *l, int wi)
{
    const struct pw *w = &P->w[wi];
    if (!(w->fl & PW_NUM) || w->used)
        return 0;
    const struct pw *prev = NULL, *next = NULL;
    for (int k = wi - 1; k >= l->w0; k--)
        if (!P->w[k].used) {
            prev = &P->w[k];
            break;
        }
    for (int k = wi + 1; k < l->w0 + l->nw; k++)
        if (!P->w[k].used) {
            next = &P->w[k];
            break;
        }
    if (!prev)
        return 0;   /* the first word is a label */
    float em = w->size;
    if (w->x0 - prev->x1 < NUM_GAP * em)
        return 0;
    if (next && next->x0 - w->x1 < NUM_GAP * em)
        return 0;
    return 1;
}

/* A rule typed with characters ("------", "======", "______"), as a
 * fixed-width table sets it under its header and over its Total row: a
 * line of one word of ten or more of the same rule character. It parts
 * no rows: the header above it and the rows below it are one table. */
static int typed_rule(const struct ppage *P, const struct pl *l)
{
    int n = 0;
    char ch = 0;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        const struct pw *w = &P->w[k];
        if (w->used)
            continue;
        for (const char *t = w->text; *t; t++) {
            if ((*t != '-' && *t != '=' && *t != '_') || (ch && *t != ch))
                return 0;
            ch = *t;
            n++;
        }
    }
    return n >= 10;
}

struct ucol { float x0, x1; };

/* A justified line of prose: five words or more, at most one of them a
 * count, every gap between them about as wide as the others (a table row has
 * narrow gaps inside its label and wide ones before its figures). Its wide
 * gaps are no columns. */
static int justified(const struct ppage *P, const struct pl *l)
{
    float lo = 1e30f, hi = -1e30f;
    int words = 0, nums = 0;
    const struct pw *prev = NULL;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        const struct pw *w = &P->w[k];
        if (w->used)
            continue;
        if (prev) {
            float g = w->x0 - prev->x1;
            lo = fminf(lo, g);
            hi = fmaxf(hi, g);
        }
        words++;
        nums += (w->fl & PW_NUM) != 0;
        prev = w;
    }
    return words >= 5 && nums <= 1 && hi - lo < 0.3f * l->size;
}

static int first_word(const struct ppage *P, const struct pl *l)
{
    for (int k = l->w0; k < l->w0 + l->nw; k++)
        if (!P->w[k].used)
            return k;
    return -1;
}

static int starts_lower(const struct ppage *P, const struct pl *l)
{
    int k = first_word(P, l);
    if (k < 0)
        return 0;
    unsigned char c = (unsigned char)P->w[k].text[0];
    return c >= 'a' && c <= 'z';
}

/* Where a line's text starts (its first word no table has taken). */
static float label_x0(const struct ppage *P, const struct pl *l)
{
    int k = first_word(P, l);
    return k < 0 ? l->x0 : P->w[k].x0;
}

/* Where a row's label ends: the right edge of its last word before its
 * first number (its start when it has no label). */
static float label_x1(const struct ppage *P, const struct pl *l)
{
    float x1 = label_x0(P, l);
    for (int w = l->w0; w < l->w0 + l->nw; w++) {
        if (P->w[w].used)
            continue;
        if (P->w[w].fl & PW_NUM)
            break;
        x1 = P->w[w].x1;
    }
    return x1;
}

/* A label alone on its line between the rows of an aligned table (or just
 * above its first row) that heads the rows below it rather than continuing
 * the label above: it holds no number, starts with a capital and stands out
 * from the rows' labels, set to the left of the label below (the rows under
 * it indented) and of the label above or in bold, or in bold over plain rows
 * ("Sexual harassment" over "  Dismissed  1  4 ..."), under a plain row or
 * under a bold one whose label its first word would have fitted after
 * within the label column (lab_r: the right edge of the widest label): a
 * label wraps because its column is full. A wrapped label goes on at its
 * row's left edge or indented, never to the left of it. above is NULL for
 * the line over the first row. */
static int section_line(const struct ppage *P, const struct pl *c, const struct pl *above,
                        const struct pl *below, float lab_r)
{
    int k = first_word(P, c);
    if (k < 0 || !(P->w[k].text[0] >= 'A' && P->w[k].text[0] <= 'Z'))
        return 0;
    for (int w = c->w0; w < c->w0 + c->nw; w++)
        if (!P->w[w].used && (P->w[w].fl & PW_NUM))
            return 0;
    float em = c->size, x = label_x0(P, c);
    int bold = (c->fl & PL_BOLD) != 0;
    int out_below = x < label_x0(P, below) - 0.5f * em;
    int out_above = above && x < label_x0(P, above) - 0.5f * em;
    if (!above)
        return out_below || (bold && !(below->fl & PL_BOLD));
    float fw = P->w[k].x1 - P->w[k].x0;
    int room_above = label_x1(P, above) + 0.3f * em + fw <= lab_r;
    return (out_below && (out_above || bold)) ||
           (bold && !(below->fl & PL_BOLD) && (!(above->fl & PL_BOLD) || room_above));
}

static int overlaps_any(float a, float b, const struct ucol *c, int n, float pad)
{
    for (int i = 0; i < n; i++)
        if (a < c[i].x1 + pad && c[i].x0 - pad < b)
            return 1;
    return 0;
}

struct urow {
    int line;             /* the row's figures line (a section row: its label line) */
    int extra[6];         /* wrapped label lines joined to it */
    int nextra;
    int section;          /* a label alone on its line heading the rows below */
};

static int cmp_ucol(const void *a, const void *b)
{
    const struct ucol *x = a, *y = b;
    return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

/* The columns of a block: stretches no word of any row covers, at least
 * COL_GAP wide, separate them. Returns the boundaries (ncols + 1). */
static int block_columns(const struct ppage *P, const int *lines, int n, const int *hl, int nh, float em,
                         float **bounds)
{
    int nw = 0;
    for (int i = 0; i < n; i++) {
        const struct pl *l = &P->l[lines[i]];
        for (int k = l->w0; k < l->w0 + l->nw; k++)
            nw += !P->w[k].used;
    }
    for (int i = 0; i < nh; i++)
        nw += P->l[hl[i]].nw;
    struct ucol *iv = foi_malloc(sizeof *iv * (size_t)(nw ? nw : 1));
    if (!iv)
        return -1;
    nw = 0;
    for (int i = 0; i < n; i++) {
        const struct pl *l = &P->l[lines[i]];
        for (int k = l->w0; k < l->w0 + l->nw; k++)
            if (!P->w[k].used)
                iv[nw++] = (struct ucol){ P->w[k].x0, P->w[k].x1 };
    }
    /* a header over a column the rows leave empty (a category printed only
     * on an earlier page) still makes that column: a header run that
     * touches no row's word is one more stretch of text. Not a header set
     * at the left of its column over figures set at the right ("2021" over
     * right-aligned counts): figures just right of it that no header run
     * touches are its column's. */
    int nrow = nw, nhs = 0, nhw = 0;
    for (int i = 0; i < nh; i++)
        nhw += P->l[hl[i]].nw;
    struct ucol *hs = foi_malloc(sizeof *hs * (size_t)(nhw + 1));
    if (!hs) {
        foi_free(iv);
        return -1;
    }
    for (int i = 0; i < nh; i++) {
        const struct pl *l = &P->l[hl[i]];
        const struct pw *prev = NULL;
        float s0 = 0, s1 = 0;
        for (int k = l->w0; k <= l->w0 + l->nw; k++) {
            const struct pw *w = k < l->w0 + l->nw ? &P->w[k] : NULL;
            if (w && w->used)
                continue;
            if (w && prev && w->x0 - prev->x1 <= 0.9f * w->size) {
                s1 = w->x1;
                prev = w;
                continue;
            }
            if (prev)
                hs[nhs++] = (struct ucol){ s0, s1 };
            if (w)
                s0 = w->x0, s1 = w->x1;
            prev = w;
        }
    }
    for (int i = 0; i < nhs; i++) {
        float s0 = hs[i].x0, s1 = hs[i].x1;
        int touches = 0;
        for (int q = 0; q < nrow && !touches; q++)
            touches = s0 < iv[q].x1 + 0.5f * em && iv[q].x0 - 0.5f * em < s1;
        if (touches)
            continue;
        int right = 0, claimed = 0;
        for (int q = 0; q < nrow; q++) {
            if (iv[q].x0 < s1 || iv[q].x0 - s1 > 3.0f * em)
                continue;
            right = 1;
            for (int j = 0; j < nhs && !claimed; j++)
                claimed = j != i && hs[j].x0 < iv[q].x1 + 0.5f * em && iv[q].x0 - 0.5f * em < hs[j].x1;
        }
        if (right && !claimed)
            continue;
        iv[nw++] = (struct ucol){ s0, s1 };
    }
    foi_free(hs);
    qsort(iv, (size_t)nw, sizeof *iv, cmp_ucol);
    float *b = foi_malloc(sizeof *b * (size_t)(nw + 2));
    if (!b) {
        foi_free(iv);
        return -1;
    }
    /* typewritten rows (every word of a fixed-width font, each character
     * as wide as the next): a gap of one space is the space between two
     * words of a label ("Sexual assault" over "Sexual harassment"), not
     * two columns */
    float pitch = 0;
    int mono = 1, nmono = 0;
    for (int i = 0; i < n && mono; i++) {
        const struct pl *l = &P->l[lines[i]];
        for (int k = l->w0; k < l->w0 + l->nw && mono; k++) {
            const struct pw *w = &P->w[k];
            if (w->used || w->nc < 1)
                continue;
            float adv = (w->x1 - w->x0) / (float)w->nc;
            if (!pitch)
                pitch = adv;
            mono = fabsf(adv - pitch) <= 0.04f * pitch;
            nmono += w->nc;
        }
    }
    mono = mono && nmono >= 40 && pitch > 0;
    int nb = 0;
    b[nb++] = iv[0].x0;
    float reach = iv[0].x1;
    for (int i = 1; i < nw; i++) {
        float gap = iv[i].x0 - reach;
        if (gap >= COL_GAP * em && !(mono && gap < 1.5f * pitch))
            b[nb++] = (reach + iv[i].x0) / 2;
        reach = fmaxf(reach, iv[i].x1);
    }
    b[nb++] = reach;
    foi_free(iv);
    *bounds = b;
    return nb;
}

static int col_of(const float *b, int nb, float x)
{
    for (int c = 0; c < nb - 2; c++)
        if (x < b[c + 1])
            return c;
    return nb - 2;
}

/* Append the unused words of line li falling in column c to buf. */
static int cell_words(struct lay *L, const struct ppage *P, int li, const float *b, int nb, int c,
                      struct foi_buf *buf, int *lines_in, int *allbold, int *any)
{
    const struct pl *l = &P->l[li];
    int first = 1;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        const struct pw *w = &P->w[k];
        if (w->used)
            continue;
        if (col_of(b, nb, (w->x0 + w->x1) / 2) != c)
            continue;
        if (pdf_text_word(buf, w->text, first && *lines_in > 0))
            return pdf_nomem(L);
        if (!(w->fl & PW_SUPER))
            *allbold &= (w->fl & PW_BOLD) != 0;
        *any = 1;
        first = 0;
    }
    if (!first)
        (*lines_in)++;
    return 0;
}

/* A header line: no figure, not prose (no run of six words or more), text
 * over the figure columns. */
static int header_line(const struct ppage *P, const struct pl *l, const struct ucol *num, int nnum, float width,
                       int band)
{
    float span0 = 1e30f, span1 = -1e30f;
    for (int i = 0; i < nnum; i++) {
        span0 = fminf(span0, num[i].x0);
        span1 = fmaxf(span1, num[i].x1);
    }
    int words = 0, over = 0;
    const struct pw *prev = NULL;
    float seg0 = 0;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        const struct pw *w = &P->w[k];
        if (w->used)
            continue;
        /* a number is a figure unless it ends a phrase ("Rate per 1,000") */
        if ((w->fl & PW_NUM) && (!prev || (prev->fl & PW_NUM) || w->x0 - prev->x1 > 0.9f * w->size))
            return 0;
        /* a gap of more than a few spaces parts two cells ("Sexual
         * harassment   for a sexual purpose": the second the last line of a
         * header wrapped over two) */
        if (!prev || w->x0 - prev->x1 > 0.6f * w->size) {
            words = 0;
            seg0 = w->x0;
        } else if (w->text[0] >= 'A' && w->text[0] <= 'Z') {
            /* header cells set close together ("Sexual assault Other sexual
             * misconduct Domestic abuse"): each starts with a capital; a
             * sentence runs on in lower case */
            words = 0;
            seg0 = w->x0;
        }
        if (++words >= 6 || w->x1 - seg0 > 0.6f * width)
            return 0;
        over |= w->x1 > span0 - w->size && w->x0 < span1 + w->size;
        prev = w;
    }
    /* in a band of header lines set closer than lines of text, a line
     * heading only the label columns ("Allegation type  Employee type" set
     * between the two lines of "Number of / allegations") */
    return over || (band && prev);
}

/* Header lines of an unruled table, top-down, into header rows. Each word
 * is placed bottom-up: in the column of the word below it that it lines up
 * with (left edges, right edges or centres), else in the column whose
 * figures it overlaps, else the nearest. A run of words that sits centred
 * over several columns without lining up with what is below spans them (a
 * group header such as a year over "Officers | Staff") and makes a header
 * row of its own; plain lines in a row are one header wrapped over lines. */
struct hword {
    int col, aligned;
    int seg_aligned;     /* some word of its run lines up with what is below */
};

static int lined_up(const struct pw *w, float x0, float x1, float em, float *dist)
{
    float d0 = fabsf(w->x0 - x0), d1 = fabsf(w->x1 - x1), dc = fabsf((w->x0 + w->x1) / 2 - (x0 + x1) / 2);
    float d = fminf(d0, fminf(d1, dc));
    *dist = d;
    return d <= 0.5f * em;
}

/* One header row built a word at a time (header_band, header_wrapped): each
 * column's words in reading order, the cell bold when every word is. */
struct hrow {
    int nc;
    struct pcell *row;
    struct foi_buf *acc;
    int *bold, *any;
};

static int hrow_open(struct lay *L, struct hrow *h, int nc)
{
    h->nc = nc;
    h->row = foi_calloc((size_t)nc, sizeof *h->row);
    h->acc = foi_calloc((size_t)nc, sizeof *h->acc);
    h->bold = foi_calloc((size_t)nc, sizeof *h->bold);
    h->any = foi_calloc((size_t)nc, sizeof *h->any);
    if (!h->row || !h->acc || !h->bold || !h->any) {
        foi_free(h->row);
        foi_free(h->acc);
        foi_free(h->bold);
        foi_free(h->any);
        return pdf_nomem(L);
    }
    for (int c = 0; c < nc; c++) {
        foi_buf_init(&h->acc[c], 1 << 16);
        h->bold[c] = 1;
    }
    return 0;
}

/* word w into column col's cell */
static int hrow_word(struct lay *L, struct hrow *h, int col, const struct pw *w)
{
    if (pdf_text_word(&h->acc[col], w->text, 0))
        return pdf_nomem(L);
    h->bold[col] &= (w->fl & PW_BOLD) != 0;
    h->any[col] = 1;
    return 0;
}

/* the row's cells (when rc is 0) into *rows_out, one row; everything else freed */
static int hrow_close(struct lay *L, struct hrow *h, int rc, struct pcell **rows_out, int *nrows_out)
{
    for (int c = 0; c < h->nc && !rc; c++) {
        h->row[c].text = pdf_arena_text(L, &h->acc[c]);
        h->row[c].flags = h->any[c] && h->bold[c] ? FOI_CELL_BOLD : 0;
    }
    for (int c = 0; c < h->nc; c++)
        foi_buf_release(&h->acc[c]);
    foi_free(h->acc);
    foi_free(h->bold);
    foi_free(h->any);
    if (rc || L->rc) {
        foi_free(h->row);
        return rc ? rc : L->rc;
    }
    *rows_out = h->row;
    *nrows_out = 1;
    return 0;
}

/* Header lines closer together than a line of text (under 0.9 em apart)
 * are one band of cells centred on different numbers of lines: "Sexual" /
 * "harassment" in two lines beside "Sexual assault" in one, set between
 * them. The band is one header row; each word goes in the column whose
 * figures it overlaps, else the column it stands in, and a column's words
 * read top-down. */
static int header_band(struct lay *L, const struct ppage *P, const int *hl, int nh, const float *b, int nb,
                       const struct ucol *ext, struct pcell **rows_out, int *nrows_out)
{
    int nc = nb - 1;
    struct hrow hr;
    int rc = hrow_open(L, &hr, nc);
    if (rc)
        return rc;
    for (int i = 0; i < nh && !rc; i++) {
        const struct pl *l = &P->l[hl[i]];
        for (int k = l->w0; k < l->w0 + l->nw && !rc; k++) {
            const struct pw *w = &P->w[k];
            if (w->used)
                continue;
            int col = -1;
            float most = 0;
            for (int c = 0; c < nc; c++) {
                float o = fminf(w->x1, ext[c].x1) - fmaxf(w->x0, ext[c].x0);
                if (ext[c].x1 > ext[c].x0 && o > most) {
                    most = o;
                    col = c;
                }
            }
            if (col < 0)
                col = col_of(b, nb, (w->x0 + w->x1) / 2);
            rc = hrow_word(L, &hr, col, w);
        }
    }
    return hrow_close(L, &hr, rc, rows_out, nrows_out);
}

/* Text from x0 to x1 centred over two cells or more of line u (cells part
 * at gaps wider than a space; those within three ems of it): a head over
 * several columns ("2023/24" over "Officers | Staff"). */
static int over_cells(const struct ppage *P, float x0, float x1, float em, const struct pl *u)
{
    float lo = 1e30f, hi = -1e30f;
    int cells = 0;
    float c0 = 0, c1 = 0;
    int open = 0;
    for (int t = u->w0; t <= u->w0 + u->nw; t++) {
        const struct pw *y = t < u->w0 + u->nw ? &P->w[t] : NULL;
        if (y && y->used)
            continue;
        if (y && open && y->x0 - c1 <= 0.9f * y->size) {
            c1 = y->x1;
            continue;
        }
        if (open) {
            /* a whole cell of the line under it: one it lines up with
             * (left or right edge) makes it that cell's head, no span */
            if (fabsf(c0 - x0) <= 0.5f * em || fabsf(c1 - x1) <= 0.5f * em)
                return 0;
            if (c1 >= x0 - 3.0f * em && c0 <= x1 + 3.0f * em) {
                cells++;
                lo = fminf(lo, c0);
                hi = fmaxf(hi, c1);
            }
        }
        if (y) {
            c0 = y->x0, c1 = y->x1;
            open = 1;
        }
    }
    return cells >= 2 && x0 > lo && x1 < hi && fabsf((x0 + x1) / 2 - (lo + hi) / 2) <= 1.0f * em;
}

/* Header lines hl[0..nh) (bottom-up) at one leading, and l above them at
 * that leading too with a word that lines up (left or right edge, centre)
 * with a word of the line under it: a header wrapped over more lines. */
static int wrapped_on(const struct ppage *P, const int *hl, int nh, const struct pl *l, float em)
{
    if (nh < 2)
        return 0;
    float pitch = P->l[hl[0]].base - P->l[hl[1]].base;
    if (pitch <= 0 || pitch > 1.7f * em)
        return 0;
    for (int i = 1; i + 1 < nh; i++)
        if (fabsf(P->l[hl[i]].base - P->l[hl[i + 1]].base - pitch) > 0.1f * em)
            return 0;
    const struct pl *u = &P->l[hl[nh - 1]];
    if (fabsf(u->base - l->base - pitch) > 0.1f * em)
        return 0;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        const struct pw *w = &P->w[k];
        if (w->used)
            continue;
        for (int t = u->w0; t < u->w0 + u->nw; t++) {
            const struct pw *y = &P->w[t];
            float d;
            if (!y->used && lined_up(w, y->x0, y->x1, 0.4f * em, &d))
                return 1;
        }
        /* or centred over two cells of the line under it or more (a year
         * over "Officers | Staff") */
        if (over_cells(P, w->x0, w->x1, em, u))
            return 1;
    }
    return 0;
}

/* The runs of line l's words (a gap wider than 0.9 of a word's size parts
 * them): their x extents into x0[], x1[] (at most max); how many. */
static int line_runs(const struct ppage *P, const struct pl *l, float *x0, float *x1, int max)
{
    int n = 0;
    const struct pw *prev = NULL;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        const struct pw *w = &P->w[k];
        if (w->used)
            continue;
        if (prev && n > 0 && w->x0 - prev->x1 <= 0.9f * w->size) {
            x1[n - 1] = w->x1;
        } else if (n < max) {
            x0[n] = w->x0;
            x1[n] = w->x1;
            n++;
        } else {
            break;
        }
        prev = w;
    }
    return n;
}

static int runs_lined_up(float a0, float a1, float b0, float b1, float em)
{
    return fabsf(a0 - b0) <= 0.5f * em || fabsf(a1 - b1) <= 0.5f * em ||
           fabsf((a0 + a1) / 2 - (b0 + b1) / 2) <= 0.5f * em;
}

/* A band of heads centred on different numbers of lines (its lines under
 * 0.9 em apart: "Sexual" / "assault" beside "Outcome" in one, set between
 * them), and l above it: the first line of the head wrapped onto the most
 * lines ("Abuse of" / "position for" / "a sexual" / "purpose" beside heads
 * of one and two), set at that head's own leading above the band's top
 * line. It lines up with a run of the top line u, and that run lines up
 * with a run of a band line one such leading below u (the same head going
 * on down at the same leading). */
static int band_wrapped_on(const struct ppage *P, const int *hl, int nh, const struct pl *l, float em)
{
    int band = 0;
    for (int i = 0; i + 1 < nh && !band; i++)
        band = P->l[hl[i]].base - P->l[hl[i + 1]].base < 0.9f * em;
    if (!band)
        return 0;
    const struct pl *u = &P->l[hl[nh - 1]];
    float lead = u->base - l->base;
    if (lead <= 0 || lead > 1.7f * em)
        return 0;
    float a0[16], a1[16], b0[16], b1[16], c0[16], c1[16];
    int na = line_runs(P, l, a0, a1, 16), nb = line_runs(P, u, b0, b1, 16);
    for (int j = 0; j + 1 < nh; j++) {
        const struct pl *d = &P->l[hl[j]];
        if (fabsf(d->base - u->base - lead) > 0.1f * em)
            continue;
        int nc = line_runs(P, d, c0, c1, 16);
        for (int x = 0; x < na; x++)
            for (int y = 0; y < nb; y++) {
                if (!runs_lined_up(a0[x], a1[x], b0[y], b1[y], em))
                    continue;
                for (int z = 0; z < nc; z++)
                    if (runs_lined_up(b0[y], b1[y], c0[z], c1[z], em))
                        return 1;
            }
    }
    return 0;
}

/* Does a cell of the header lines hl[0..nh) (bottom-up) reach over the
 * figures num[0..nnum) of two columns or more, or stand centred over two
 * cells of the line under it or more (a year over "Officers | Staff")? */
static int heads_span(const struct ppage *P, const int *hl, int nh, const struct ucol *num, int nnum)
{
    for (int i = 0; i < nh; i++) {
        const struct pl *l = &P->l[hl[i]];
        int s0 = -1;
        const struct pw *prev = NULL;
        for (int k = l->w0; k <= l->w0 + l->nw; k++) {
            const struct pw *w = k < l->w0 + l->nw ? &P->w[k] : NULL;
            if (w && w->used)
                continue;
            if (w && prev && w->x0 - prev->x1 <= 0.9f * w->size) {
                prev = w;
                continue;
            }
            if (s0 >= 0) {
                float x0 = P->w[s0].x0, x1 = prev->x1;
                int first = -1;
                for (int q = 0; q < nnum; q++) {
                    if (!(x0 < num[q].x1 && num[q].x0 < x1))
                        continue;
                    if (first < 0)
                        first = q;
                    else if (num[q].x1 < num[first].x0 || num[q].x0 > num[first].x1)
                        return 1;   /* over the figures of two columns */
                }
                if (i > 0 && over_cells(P, x0, x1, prev->size, &P->l[hl[i - 1]]))
                    return 1;
            }
            s0 = w ? k : -1;
            prev = w;
        }
    }
    return 0;
}

/* Column heads wrapped onto more than three lines at one leading (the
 * lines wrapped_on takes), top-down: each line parts into cells at gaps
 * wider than a space; a cell goes to the column its edge or centre lines up
 * with best (heads set right over figures set right, left over left,
 * centred over centred), and a column's cells read top-down, one header
 * row. */
static int header_wrapped(struct lay *L, const struct ppage *P, const int *hl, int nh, const float *b, int nb,
                          const struct ucol *ext, struct pcell **rows_out, int *nrows_out)
{
    int nc = nb - 1;
    struct hrow hr;
    int rc = hrow_open(L, &hr, nc);
    if (rc)
        return rc;
    for (int i = 0; i < nh && !rc; i++) {
        const struct pl *l = &P->l[hl[i]];
        int s0 = -1;
        const struct pw *prev = NULL;
        for (int k = l->w0; k <= l->w0 + l->nw && !rc; k++) {
            const struct pw *w = k < l->w0 + l->nw ? &P->w[k] : NULL;
            if (w && w->used)
                continue;
            if (w && prev && w->x0 - prev->x1 <= 0.9f * w->size) {
                prev = w;
                continue;
            }
            if (s0 >= 0) {
                float x0 = P->w[s0].x0, x1 = prev->x1, em = prev->size;
                int col = -1;
                float best = 1e30f;
                for (int c = 0; c < nc; c++) {
                    if (ext[c].x1 <= ext[c].x0)
                        continue;
                    float d = fminf(fabsf(x1 - ext[c].x1),
                                    fminf(fabsf(x0 - ext[c].x0), fabsf((x0 + x1) / 2 - (ext[c].x0 + ext[c].x1) / 2)));
                    if (d < best) {
                        best = d;
                        col = c;
                    }
                }
                if (col < 0 || best > 1.0f * em)
                    col = col_of(b, nb, (x0 + x1) / 2);
                for (int q = s0; q < k && !rc; q++) {
                    if (P->w[q].used)
                        continue;
                    rc = hrow_word(L, &hr, col, &P->w[q]);
                }
            }
            s0 = w ? k : -1;
            prev = w;
        }
    }
    return hrow_close(L, &hr, rc, rows_out, nrows_out);
}

/* Does a word of the run s0..last (words not yet used) start a head of the
 * columns c0..c1 below (within half an em of its left edge bx0[c]), a
 * capital after more than a word space: the run's cells set close together,
 * not one phrase? */
static int head_after_gap(const struct ppage *P, int s0, int last, const float *bx0, int c0, int c1, float em)
{
    const struct pw *py = NULL;
    for (int q = s0; q <= last; q++) {
        const struct pw *y = &P->w[q];
        if (y->used)
            continue;
        if (py && y->text[0] >= 'A' && y->text[0] <= 'Z' && y->x0 - py->x1 > 0.4f * em)
            for (int c = c0; c <= c1; c++)
                if (fabsf(y->x0 - bx0[c]) <= 0.5f * em)
                    return 1;
        py = y;
    }
    return 0;
}

static int header_rows_build(struct lay *L, const struct ppage *P, const int *hl, int nh, const float *b, int nb,
                             const struct ucol *ext, struct pcell **rows_out, int *nrows_out)
{
    for (int i = 0; i + 1 < nh; i++)
        if (P->l[hl[i + 1]].base - P->l[hl[i]].base < 0.9f * P->l[hl[i]].size)
            return header_band(L, P, hl, nh, b, nb, ext, rows_out, nrows_out);
    /* more than three lines (wrapped_on, and no head over several
     * columns): column heads wrapped at one leading, each column's words
     * read top-down */
    if (nh > 3)
        return header_wrapped(L, P, hl, nh, b, nb, ext, rows_out, nrows_out);
    int nc = nb - 1;
    struct pcell *rows = foi_calloc((size_t)(nh ? nh : 1) * (size_t)nc, sizeof *rows);
    struct foi_buf *acc = foi_calloc((size_t)nc, sizeof *acc);
    int *lines_in = foi_calloc((size_t)nc, sizeof *lines_in), *bold = foi_calloc((size_t)nc, sizeof *bold);
    int *anyw = foi_calloc((size_t)nc, sizeof *anyw);
    struct hword *hw = foi_calloc((size_t)P->nw + 1, sizeof *hw);
    int nrows = 0, rc = 0;
    if (!rows || !acc || !lines_in || !bold || !anyw || !hw) {
        rc = pdf_nomem(L);
        goto out;
    }
    for (int c = 0; c < nc; c++) {
        foi_buf_init(&acc[c], 1 << 16);
        bold[c] = 1;
    }
    /* columns of the words, bottom-up */
    for (int i = nh - 1; i >= 0; i--) {
        const struct pl *l = &P->l[hl[i]];
        const struct pl *below = i + 1 < nh ? &P->l[hl[i + 1]] : NULL;
        for (int k = l->w0; k < l->w0 + l->nw; k++) {
            const struct pw *w = &P->w[k];
            if (w->used)
                continue;
            float em = w->size, best = 1e30f, d;
            int col = -1;
            if (below) {
                for (int t = below->w0; t < below->w0 + below->nw; t++) {
                    const struct pw *y = &P->w[t];
                    if (!y->used && lined_up(w, y->x0, y->x1, em, &d) && d < best) {
                        best = d;
                        col = hw[t].col;
                    }
                }
            } else {
                for (int c = 0; c < nc; c++)
                    if (ext[c].x1 > ext[c].x0 && lined_up(w, ext[c].x0, ext[c].x1, em, &d) && d < best) {
                        best = d;
                        col = c;
                    }
            }
            hw[k].aligned = col >= 0;
            if (col < 0) {
                float most = 0;
                for (int c = 0; c < nc; c++) {
                    float o = fminf(w->x1, ext[c].x1) - fmaxf(w->x0, ext[c].x0);
                    if (o > most) {
                        most = o;
                        col = c;
                    }
                }
            }
            if (col < 0)
                col = -2;    /* decided with its neighbours below */
            hw[k].col = col;
        }
        /* on the line right over the figures, a word over no column with a
         * column of figures just right of it that no other word of the line
         * heads: a header set left over figures set right ("2021" at the
         * left of its cell, its counts at the right) */
        if (!below) {
            for (int k = l->w0; k < l->w0 + l->nw; k++) {
                const struct pw *w = &P->w[k];
                if (w->used || hw[k].col != -2)
                    continue;
                float em = w->size;
                int c = -1;
                for (int q = 0; q < nc; q++)
                    if (ext[q].x0 >= w->x1 - 0.5f * em && ext[q].x0 - w->x1 <= 3.0f * em) {
                        c = q;
                        break;
                    }
                int claimed = 0;
                for (int j = l->w0; j < l->w0 + l->nw && c >= 0 && !claimed; j++)
                    claimed = j != k && !P->w[j].used && hw[j].col == c;
                if (c >= 0 && !claimed) {
                    /* the run it starts goes with it */
                    hw[k].col = c;
                    hw[k].aligned = 1;
                }
            }
        }
        /* a cell of words none of which lines up with anything (a header
         * centred over figures set right: "Sexual harassment" over 11 / 38)
         * goes whole to the column whose figures it overlaps most; cells
         * part at a gap of more than a few spaces */
        if (!below) {
            int r0 = -1;
            for (int k = l->w0; k <= l->w0 + l->nw; k++) {
                const struct pw *w = k < l->w0 + l->nw ? &P->w[k] : NULL;
                if (w && w->used)
                    continue;
                if (w && r0 >= 0) {
                    const struct pw *pv = NULL;
                    for (int q = k - 1; q >= r0 && !pv; q--)
                        if (!P->w[q].used)
                            pv = &P->w[q];
                    if (pv && w->x0 - pv->x1 <= 0.6f * w->size)
                        continue;
                }
                int aligned = 0, c1 = -1, several = 0;
                for (int q = r0; r0 >= 0 && q < k; q++) {
                    if (P->w[q].used)
                        continue;
                    aligned |= hw[q].aligned;
                    if (hw[q].col >= 0) {
                        several |= c1 >= 0 && hw[q].col != c1;
                        c1 = hw[q].col;
                    }
                }
                /* words over the figures of different columns: several cells
                 * set close together, each starting with a capital */
                for (int p0 = r0; r0 >= 0 && !aligned && p0 < k;) {
                    int p1 = p0 + 1;
                    while (several && p1 < k && (P->w[p1].used || !(P->w[p1].text[0] >= 'A' && P->w[p1].text[0] <= 'Z')))
                        p1++;
                    if (!several)
                        p1 = k;
                    float x0 = 1e30f, x1 = -1e30f;
                    for (int q = p0; q < p1; q++)
                        if (!P->w[q].used) {
                            x0 = fminf(x0, P->w[q].x0);
                            x1 = fmaxf(x1, P->w[q].x1);
                        }
                    int col = -1;
                    float most = 0;
                    for (int c = 0; c < nc; c++) {
                        float o = fminf(x1, ext[c].x1) - fmaxf(x0, ext[c].x0);
                        if (ext[c].x1 > ext[c].x0 && o > most) {
                            most = o;
                            col = c;
                        }
                    }
                    for (int q = p0; q < p1 && col >= 0; q++)
                        if (!P->w[q].used)
                            hw[q].col = col;
                    p0 = p1;
                }
                r0 = w ? k : -1;
            }
        }
        /* a run of words none of which lines up with the line below, whose
         * right (or left) edge lines up with one column's figures and
         * which reaches over no other column's: that column's head, set
         * flush with its figures ("Police staff" over figures set right,
         * beside "Police / officers" wrapped over two lines) */
        {
            int r0 = -1;
            const struct pw *pv = NULL;
            for (int k = l->w0; k <= l->w0 + l->nw; k++) {
                const struct pw *w = k < l->w0 + l->nw ? &P->w[k] : NULL;
                if (w && w->used)
                    continue;
                if (w && pv && w->x0 - pv->x1 <= 0.9f * w->size) {
                    pv = w;
                    continue;
                }
                int aligned = 0;
                for (int q = r0; r0 >= 0 && q < k; q++)
                    aligned |= !P->w[q].used && hw[q].aligned;
                if (r0 >= 0 && !aligned) {
                    float x0 = P->w[r0].x0, x1 = pv->x1, em = pv->size;
                    int col = -1, other = 0;
                    for (int c = 0; c < nc; c++) {
                        if (ext[c].x1 <= ext[c].x0)
                            continue;
                        int flush = fabsf(x1 - ext[c].x1) <= 0.5f * em || fabsf(x0 - ext[c].x0) <= 0.5f * em;
                        int reach = x0 < ext[c].x1 && ext[c].x0 < x1;
                        if (flush && col < 0)
                            col = c;
                        else if (flush || reach)
                            other = 1;
                    }
                    for (int q = r0; col >= 0 && !other && q < k; q++)
                        if (!P->w[q].used) {
                            hw[q].col = col;
                            hw[q].aligned = 1;
                        }
                }
                r0 = w ? k : -1;
                pv = w;
            }
        }
        /* in a run of words some of which line up, the others go with the
         * nearest one that does ("Final written" over "warning") */
        int s0 = -1;
        const struct pw *prev = NULL;
        for (int k = l->w0; k <= l->w0 + l->nw; k++) {
            const struct pw *w = k < l->w0 + l->nw ? &P->w[k] : NULL;
            if (w && w->used)
                continue;
            if (w && prev && w->x0 - prev->x1 <= 0.9f * w->size) {
                prev = w;
                continue;
            }
            /* a run whose aligned words line up with different columns is
             * several cells set close together ("Sexual assault Other sexual
             * misconduct Domestic abuse"): each cell starts with a capital,
             * and a word goes with the aligned word of its own cell */
            int cols_seen = -1, several = 0;
            for (int r = s0; s0 >= 0 && r < k; r++)
                if (!P->w[r].used && hw[r].aligned) {
                    if (cols_seen >= 0 && hw[r].col != cols_seen)
                        several = 1;
                    cols_seen = hw[r].col;
                }
            for (int q = s0; s0 >= 0 && q < k; q++) {
                if (P->w[q].used || hw[q].aligned || hw[q].col >= 0)
                    continue;
                int lo = s0, hi = k;
                if (several) {
                    lo = q;
                    while (lo > s0 && !(P->w[lo].text[0] >= 'A' && P->w[lo].text[0] <= 'Z'))
                        lo--;
                    hi = q + 1;
                    while (hi < k && !(P->w[hi].text[0] >= 'A' && P->w[hi].text[0] <= 'Z'))
                        hi++;
                }
                int best = -1;
                for (int r = lo; r < hi; r++)
                    if (!P->w[r].used && hw[r].aligned && (best < 0 || abs(r - q) < abs(best - q)))
                        best = r;
                /* a cell of several capitals ("A1 Sex. assault") none of
                 * which lines up: the cell of the last word before it that
                 * does (heads set flush left, each over its column) */
                for (int r = q - 1; several && best < 0 && r >= s0; r--)
                    if (!P->w[r].used && hw[r].aligned)
                        best = r;
                if (best >= 0)
                    hw[q].col = hw[best].col;
            }
            for (int q = s0; s0 >= 0 && q < k; q++) {
                if (P->w[q].used)
                    continue;
                int any = 0;
                for (int r = s0; r < k; r++)
                    any |= !P->w[r].used && hw[r].aligned;
                hw[q].seg_aligned = any;
                if (hw[q].col < 0)
                    hw[q].col = col_of(b, nb, (P->w[q].x0 + P->w[q].x1) / 2);
            }
            s0 = w ? k : -1;
            prev = w;
        }
    }
    for (int i = 0; i < nh && !rc; i++) {
        const struct pl *l = &P->l[hl[i]];
        const struct pl *below = i + 1 < nh ? &P->l[hl[i + 1]] : NULL;
        /* the extent of what is below each column */
        float bx0[64], bx1[64];
        int ncap = nc < 64 ? nc : 64;
        for (int c = 0; c < ncap; c++) {
            bx0[c] = ext[c].x0, bx1[c] = ext[c].x1;
            if (below) {
                int any = 0;
                for (int t = below->w0; t < below->w0 + below->nw; t++) {
                    const struct pw *y = &P->w[t];
                    if (y->used || hw[t].col != c)
                        continue;
                    if (!any)
                        bx0[c] = y->x0, bx1[c] = y->x1, any = 1;
                    else
                        bx0[c] = fminf(bx0[c], y->x0), bx1[c] = fmaxf(bx1[c], y->x1);
                }
            }
        }
        /* segments and their spans */
        int span_from[32], span_to[32], span_w0[32], span_w1[32], nspan = 0;
        int s0 = -1;
        const struct pw *prev = NULL;
        for (int k = l->w0; k <= l->w0 + l->nw && nc <= 64; k++) {
            const struct pw *w = k < l->w0 + l->nw ? &P->w[k] : NULL;
            if (w && w->used)
                continue;
            if (w && prev && w->x0 - prev->x1 <= 0.9f * w->size) {
                prev = w;
                continue;
            }
            if (s0 >= 0 && nspan < 32) {
                int last = k - 1;
                while (last > s0 && P->w[last].used)
                    last--;
                float x0 = P->w[s0].x0, x1 = P->w[last].x1, em = P->w[s0].size;
                int c0 = hw[s0].col, c1 = c0;
                for (int q = s0; q <= last; q++) {
                    if (P->w[q].used)
                        continue;
                    c0 = hw[q].col < c0 ? hw[q].col : c0;
                    c1 = hw[q].col > c1 ? hw[q].col : c1;
                }
                int f = -1, t = -1;
                /* a group header spans the headers of the line below it; on
                 * the lowest line, right over the figures, a run between two
                 * columns of figures is its own column's (a header set left
                 * over figures set right) */
                if (!hw[s0].seg_aligned && below) {
                    float best = 1e30f;
                    for (int a0 = c0 - 2; a0 <= c0; a0++)
                        for (int a1 = c1; a1 <= c1 + 2; a1++) {
                            if (a0 < 0 || a1 >= ncap || a1 == a0)
                                continue;
                            float u0 = bx0[a0], u1 = bx1[a1];
                            if (u1 <= u0 || x0 < u0 - em || x1 > u1 + em)
                                continue;
                            float err = fabsf((x0 + x1) / 2 - (u0 + u1) / 2);
                            if (err <= fmaxf(0.15f * (u1 - u0), 0.5f * em) && err < best) {
                                best = err;
                                f = a0, t = a1;
                            }
                        }
                }
                /* a group header set flush left over the first of the
                 * heads below it and reaching over the next ("Calendar year
                 * 2024" over "Officers  Staff"): it spans them, when no
                 * other word of it starts a cell of its own (a capital at
                 * the left edge of another head below) and it ends within
                 * the last head it reaches */
                if (f < 0 && below && c1 > c0 && c0 >= 0 && c1 < ncap && bx1[c0] > bx0[c0] &&
                    bx1[c1] > bx0[c1] && fabsf(x0 - bx0[c0]) <= 0.5f * em && x1 >= bx0[c1] + 0.5f * em &&
                    (c1 + 1 >= ncap || bx1[c1 + 1] <= bx0[c1 + 1] || x1 < bx0[c1 + 1] - 0.5f * em)) {
                    /* more than a word space before it ("31 March" is one
                     * phrase that happens to line up) */
                    int own = head_after_gap(P, s0, last, bx0, c0 + 1, c1, em);
                    for (int c = c0; c <= c1 && !own; c++) {
                        int has = 0;
                        for (int q = below->w0; q < below->w0 + below->nw && !has; q++)
                            has = !P->w[q].used && hw[q].col == c;
                        own = !has;
                    }
                    if (!own)
                        f = c0, t = c1;
                }
                /* a group header set flush right with the last of the heads
                 * below it and reaching left over the first ("Year ending 31
                 * March 2025" over "Officers  Staff", wider than they are):
                 * it spans every head it lies over, when each of those
                 * columns has a head below, it stops short of the head
                 * before them and no other word of it starts a head */
                if (f < 0 && below) {
                    int r1 = -1, r0 = -1;
                    for (int c = 0; c < ncap; c++)
                        if (bx1[c] > bx0[c] && fabsf(x1 - bx1[c]) <= 0.5f * em)
                            r1 = c;
                    for (int c = r1 - 1; c >= 0 && r1 > 0; c--) {
                        int has = 0;
                        for (int q = below->w0; q < below->w0 + below->nw && !has; q++)
                            has = !P->w[q].used && hw[q].col == c;
                        if (!has || bx1[c] <= bx0[c] || bx1[c] <= x0 + 0.5f * em)
                            break;
                        r0 = c;
                    }
                    int own = r0 < 0 || x0 > bx0[r0] + 0.5f * em;
                    /* it stops short of the head before the first */
                    if (!own && r0 > 0 && bx1[r0 - 1] > bx0[r0 - 1] && x0 < bx1[r0 - 1] + 0.5f * em)
                        own = 1;
                    /* cells set close together */
                    if (!own)
                        own = head_after_gap(P, s0, last, bx0, r0 + 1, r1, em);
                    if (!own)
                        f = r0, t = r1;
                }
                /* cells of one header line do not overlap: a span reaching
                 * over the column of another cell of its line ("2024/25"
                 * centred a little left of its column, beside "2025/26"
                 * and "2026/27*" over theirs) is no group header */
                for (int q = l->w0; f >= 0 && q < l->w0 + l->nw; q++)
                    if (!P->w[q].used && (q < s0 || q > last) && hw[q].col >= f && hw[q].col <= t)
                        f = t = -1;
                if (f >= 0) {
                    span_from[nspan] = f, span_to[nspan] = t, span_w0[nspan] = s0, span_w1[nspan] = last;
                    nspan++;
                }
            }
            s0 = w ? k : -1;
            prev = w;
        }
        if (nspan) {
            /* a group header row of its own: first close what is open */
            int open = 0;
            for (int c = 0; c < nc; c++)
                open |= anyw[c];
            if (open) {
                for (int c = 0; c < nc; c++) {
                    struct pcell *pc = &rows[(size_t)nrows * nc + c];
                    pc->text = pdf_arena_text(L, &acc[c]);
                    pc->flags = anyw[c] && bold[c] ? FOI_CELL_BOLD : 0;
                    foi_buf_reset(&acc[c]);
                    lines_in[c] = 0, bold[c] = 1, anyw[c] = 0;
                }
                nrows++;
            }
            for (int c = 0; c < nc; c++)
                rows[(size_t)nrows * nc + c].text = "";
            unsigned char *done = foi_calloc((size_t)l->nw, 1);
            if (!done) {
                rc = pdf_nomem(L);
                break;
            }
            for (int sp = 0; sp < nspan && !rc; sp++) {
                struct foi_buf t;
                foi_buf_init(&t, 1 << 16);
                int allb = 1;
                for (int q = span_w0[sp]; q <= span_w1[sp]; q++) {
                    if (P->w[q].used)
                        continue;
                    if (pdf_text_word(&t, P->w[q].text, 0))
                        rc = pdf_nomem(L);
                    allb &= (P->w[q].fl & PW_BOLD) != 0;
                    done[q - l->w0] = 1;
                }
                const char *txt = pdf_arena_text(L, &t);
                foi_buf_release(&t);
                for (int c = span_from[sp]; c <= span_to[sp] && txt; c++) {
                    struct pcell *pc = &rows[(size_t)nrows * nc + c];
                    pc->text = txt;
                    pc->flags = (c > span_from[sp] ? FOI_CELL_SPANNED : 0) | (allb ? FOI_CELL_BOLD : 0);
                }
            }
            for (int c = 0; c < nc && !rc; c++) {
                struct foi_buf t;
                foi_buf_init(&t, 1 << 16);
                int allb = 1, any = 0;
                for (int q = l->w0; q < l->w0 + l->nw; q++) {
                    const struct pw *x = &P->w[q];
                    if (x->used || done[q - l->w0] || hw[q].col != c)
                        continue;
                    if (pdf_text_word(&t, x->text, 0))
                        rc = pdf_nomem(L);
                    allb &= (x->fl & PW_BOLD) != 0;
                    any = 1;
                }
                if (any) {
                    struct pcell *pc = &rows[(size_t)nrows * nc + c];
                    pc->text = pdf_arena_text(L, &t);
                    pc->flags = allb ? FOI_CELL_BOLD : 0;
                }
                foi_buf_release(&t);
            }
            foi_free(done);
            nrows++;
            continue;
        }
        /* a plain line: its words join the open header row, column by column */
        for (int c = 0; c < nc && !rc; c++) {
            int first = 1;
            for (int q = l->w0; q < l->w0 + l->nw; q++) {
                const struct pw *x = &P->w[q];
                if (x->used || hw[q].col != c)
                    continue;
                if (pdf_text_word(&acc[c], x->text, first && lines_in[c] > 0))
                    rc = pdf_nomem(L);
                bold[c] &= (x->fl & PW_BOLD) != 0;
                anyw[c] = 1;
                first = 0;
            }
            if (!first)
                lines_in[c]++;
        }
    }
    if (!rc) {
        int open = 0;
        for (int c = 0; c < nc; c++)
            open |= anyw[c];
        if (open) {
            for (int c = 0; c < nc; c++) {
                struct pcell *pc = &rows[(size_t)nrows * nc + c];
                pc->text = pdf_arena_text(L, &acc[c]);
                pc->flags = anyw[c] && bold[c] ? FOI_CELL_BOLD : 0;
            }
            nrows++;
        }
    }
out:
    if (acc)
        for (int c = 0; c < nc; c++)
            foi_buf_release(&acc[c]);
    foi_free(acc);
    foi_free(lines_in);
    foi_free(bold);
    foi_free(anyw);
    foi_free(hw);
    if (rc || L->rc) {
        foi_free(rows);
        return rc ? rc : L->rc;
    }
    *rows_out = rows;
    *nrows_out = nrows;
    return 0;
}

/* Turned text read provisionally into an unruled table's header
 * (rot_used 2): the table's (1) or free again (0). */
static void turned_settle(struct ppage *P, int taken)
{
    if (P->rot_used)
        for (int i = 0; i < P->src->nch; i++)
            if (P->rot_used[i] == 2)
                P->rot_used[i] = taken ? 1 : 0;
}

/* Column headings turned a quarter over an unruled table ("Final written
 * warning" set upwards over its column of figures, the table drawn with no
 * rules): the turned text between the lines above the table and its first
 * row, each run to the column whose figures lie under it (the columns split
 * halfway between their words), read as turned_text reads a ruled cell's;
 * into the last header row's empty cells, or a header row of their own.
 * Two columns or more must get text, else nothing is read. 0 or FOI_ENOMEM. */
static int turned_heads(struct lay *L, struct ppage *P, const struct urow *rows, int nr, const int *hl, int nh,
                        const float *b, int nb, const struct ucol *ext, int nc, struct pcell **hrows,
                        int *nhrows)
{
    const struct foi_pdf_page *src = P->src;
    int any = 0;
    for (int i = 0; i < src->nch && !any; i++)
        any = (src->ch[i].flags & (PDF_CH_UP | PDF_CH_DOWN)) && !(P->rot_used && P->rot_used[i]);
    if (!any || nr < 1 || nc < 2)
        return 0;
    /* the band: from the foot of the last level line above the table's
     * columns of figures (not one of its header lines, nor the heading of
     * its label column, which stand beside the turned text) to the top of
     * its first row */
    float ybot = P->l[rows[0].line].y0;
    for (int e = 0; e < rows[0].nextra; e++)
        ybot = fminf(ybot, P->l[rows[0].extra[e]].y0);
    float ytop = 0;
    for (int i = 0; i < P->nl; i++) {
        const struct pl *l = &P->l[i];
        int mine = 0;
        for (int k = 0; k < nh && !mine; k++)
            mine = hl[k] == i;
        if (mine || l->y1 > ybot + 0.01f || l->x1 < ext[1].x0 || l->x0 > b[nb - 1])
            continue;
        ytop = fmaxf(ytop, l->y1);
    }
    if (ybot - ytop < 1)
        return 0;
    float *xs = foi_malloc(sizeof *xs * (size_t)(nc + 1));
    int *grp = foi_malloc(sizeof *grp * (size_t)nc);
    struct foi_buf *cb = foi_calloc((size_t)nc, sizeof *cb);
    unsigned char *bold = foi_malloc((size_t)nc), *has = foi_calloc((size_t)nc, 1);
    if (!xs || !grp || !cb || !bold || !has) {
        foi_free(xs), foi_free(grp), foi_free(cb), foi_free(bold), foi_free(has);
        return pdf_nomem(L);
    }
    xs[0] = b[0];
    xs[nc] = b[nb - 1];
    for (int c = 1; c < nc; c++)
        xs[c] = (ext[c - 1].x1 + ext[c].x0) / 2;
    for (int c = 0; c < nc; c++) {
        grp[c] = c;
        bold[c] = 1;
        foi_buf_init(&cb[c], 0);
    }
    float ys[2] = { ytop, ybot };
    int rc = turned_text(L, P, xs, nc + 1, ys, 2, grp, nc, cb, bold, has);
    int got = 0;
    for (int c = 0; c < nc; c++)
        got += has[c] && cb[c].len;
    if (!rc && got >= 2) {
        struct pcell *row = NULL;
        if (*nhrows) {
            row = &(*hrows)[(size_t)(*nhrows - 1) * nc];
            for (int c = 0; c < nc && got; c++)
                if (has[c] && row[c].text && *row[c].text && !(row[c].flags & FOI_CELL_SPANNED))
                    got = 0;   /* level headings of its own: not mixed with turned ones */
        } else {
            row = foi_calloc((size_t)nc, sizeof *row);
            if (!row)
                rc = pdf_nomem(L);
            else {
                *hrows = row;
                *nhrows = 1;
            }
        }
        for (int c = 0; c < nc && row && got && !rc; c++) {
            if (!has[c] || !cb[c].len)
                continue;
            row[c].text = pdf_arena_text(L, &cb[c]);
            row[c].flags = bold[c] ? FOI_CELL_BOLD : 0;
        }
        if (!got)
            turned_settle(P, 0);
    } else {
        turned_settle(P, 0);
    }
    for (int c = 0; c < nc; c++)
        foi_buf_release(&cb[c]);
    foi_free(xs), foi_free(grp), foi_free(cb), foi_free(bold), foi_free(has);
    return rc ? rc : L->rc;
}

/* One unruled table: rows (each a figures line and its wrapped label
 * lines) and the header lines above them. */
static int build_unruled(struct lay *L, int p, const int *ord, int no, const struct urow *rows, int nr,
                         const int *hl, int nh, const struct ucol *num, int nnum)
{
    (void)ord, (void)no, (void)num, (void)nnum;
    struct ppage *P = &L->pg[p];
    int nlines = 0;
    for (int i = 0; i < nr; i++)
        nlines += 1 + rows[i].nextra;
    int *all = foi_malloc(sizeof *all * (size_t)nlines);
    if (!all)
        return pdf_nomem(L);
    int k = 0;
    float em = 0;
    for (int i = 0; i < nr; i++) {
        all[k++] = rows[i].line;
        em = fmaxf(em, P->l[rows[i].line].size);
        for (int e = 0; e < rows[i].nextra; e++)
            all[k++] = rows[i].extra[e];
    }
    float *b = NULL;
    int nb = block_columns(P, all, nlines, hl, nh, em, &b);
    foi_free(all);
    if (nb < 0)
        return pdf_nomem(L);
    int nc = nb - 1;
    if (nc < 2 || nc > L->lim->max_cols) {
        foi_free(b);
        return 0;
    }
    /* header lines may reach wider than the body */
    for (int i = 0; i < nh; i++) {
        const struct pl *l = &P->l[hl[i]];
        b[0] = fminf(b[0], l->x0);
        b[nb - 1] = fmaxf(b[nb - 1], l->x1);
    }
    /* what each column's rows hold, left to right */
    struct ucol *ext = foi_malloc(sizeof *ext * (size_t)nc);
    if (!ext) {
        foi_free(b);
        return pdf_nomem(L);
    }
    for (int c = 0; c < nc; c++)
        ext[c] = (struct ucol){ 1e30f, -1e30f };
    for (int i = 0; i < nr; i++)
        for (int e = -1; e < rows[i].nextra; e++) {
            const struct pl *l = &P->l[e < 0 ? rows[i].line : rows[i].extra[e]];
            for (int w = l->w0; w < l->w0 + l->nw; w++) {
                if (P->w[w].used)
                    continue;
                int c = col_of(b, nb, (P->w[w].x0 + P->w[w].x1) / 2);
                ext[c].x0 = fminf(ext[c].x0, P->w[w].x0);
                ext[c].x1 = fmaxf(ext[c].x1, P->w[w].x1);
            }
        }
    for (int c = 0; c < nc; c++)
        if (ext[c].x0 > ext[c].x1)
            ext[c] = (struct ucol){ b[c], b[c + 1] };
    struct pcell *hrows = NULL;
    int nhrows = 0;
    int hrc = nh ? header_rows_build(L, P, hl, nh, b, nb, ext, &hrows, &nhrows) : 0;
    if (!hrc)
        hrc = turned_heads(L, P, rows, nr, hl, nh, b, nb, ext, nc, &hrows, &nhrows);
    foi_free(ext);
    if (hrc) {
        foi_free(b);
        return L->rc;
    }
    int total = nhrows + nr;
    if ((long)total * nc > L->lim->max_cells) {
        foi_free(hrows);
        foi_free(b);
        turned_settle(P, 0);
        return 0;
    }
    struct ptab *t = pdf_new_table(L);
    if (!t) {
        foi_free(hrows);
        foi_free(b);
        return L->rc;
    }
    t->page = t->last_page = p;
    t->nrows = total;
    t->ncols = nc;
    t->cells = foi_calloc((size_t)total * nc, sizeof *t->cells);
    t->row_page = foi_calloc((size_t)total, sizeof *t->row_page);
    t->colx = b;
    if (!t->cells || !t->row_page) {
        foi_free(hrows);
        return pdf_nomem(L);
    }
    if (nhrows)
        memcpy(t->cells, hrows, sizeof *hrows * (size_t)nhrows * nc);
    foi_free(hrows);
    struct foi_buf buf;
    foi_buf_init(&buf, 1 << 20);
    for (int i = 0; i < nr && !L->rc; i++) {
        for (int c = 0; c < nc && !L->rc; c++) {
            foi_buf_reset(&buf);
            int lines_in = 0, allbold = 1, any = 0;
            /* wrapped lines above the figures line come first */
            int order[7], n = 0;
            for (int e = 0; e < rows[i].nextra; e++)
                if (P->l[rows[i].extra[e]].base < P->l[rows[i].line].base)
                    order[n++] = rows[i].extra[e];
            order[n++] = rows[i].line;
            for (int e = 0; e < rows[i].nextra; e++)
                if (P->l[rows[i].extra[e]].base > P->l[rows[i].line].base)
                    order[n++] = rows[i].extra[e];
            for (int q = 0; q < n && !L->rc; q++)
                cell_words(L, P, order[q], b, nb, c, &buf, &lines_in, &allbold, &any);
            struct pcell *pc = &t->cells[(size_t)(nhrows + i) * nc + c];
            pc->text = pdf_arena_text(L, &buf);
            pc->flags = any && allbold ? FOI_CELL_BOLD : 0;
        }
    }
    foi_buf_release(&buf);
    if (L->rc)
        return L->rc;
    /* region, words taken */
    float x0 = 1e30f, x1 = -1e30f, y0 = 1e30f, y1 = -1e30f;
    int used_lines = 0;
    for (int i = 0; i < nh + nr; i++) {
        int n = i < nh ? 1 : 1 + rows[i - nh].nextra;
        for (int e = 0; e < n; e++) {
            int li = i < nh ? hl[i] : (e == 0 ? rows[i - nh].line : rows[i - nh].extra[e - 1]);
            struct pl *l = &P->l[li];
            x0 = fminf(x0, l->x0), x1 = fmaxf(x1, l->x1);
            y0 = fminf(y0, l->y0), y1 = fmaxf(y1, l->y1);
            for (int w = l->w0; w < l->w0 + l->nw; w++)
                P->w[w].used = 1;
            l->gone = 1;
            used_lines++;
        }
    }
    for (int r = 0; r < total; r++)
        t->row_page[r] = p;
    t->x0 = x0, t->x1 = x1, t->y0 = y0, t->y1 = y1, t->last_y1 = y1;
    t->header_rows = nhrows || rows[0].section ? nhrows : guess_header(t, NULL);
    struct tpart *tp = &t->parts[t->nparts++];
    tp->page = p, tp->y0 = y0, tp->y1 = y1, tp->x0 = x0, tp->x1 = x1, tp->nlines = used_lines;
    turned_settle(P, 1);
    return 0;
}

/* Big-number tiles (an infographic): a line of two or more figures alone,
 * set far larger than the body text and far apart, each with its label in
 * small type on the lines right under it ("12" over "allegations of" /
 * "sexual misconduct"): a table of one row, each tile a column headed by its
 * label. A label word goes to the figure it stands under (by its centre); a
 * tile with no label, a word under no figure's column, or a figure among the
 * labels, and the line is no row of tiles. */
static int tile_row(struct lay *L, int p, int li)
{
    struct ppage *P = &L->pg[p];
    struct pl *l = &P->l[li];
    if (l->gone || l->furn || l->nw < 2 || l->nw > 12 || L->body <= 0 || l->size < 1.8f * L->body)
        return 0;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        const struct pw *w = &P->w[k];
        const char *x = w->text;
        if (w->used || !(w->fl & PW_NUM) || !(x[0] >= '0' && x[0] <= '9'))
            return 0;
        if (k > l->w0 && w->x0 - P->w[k - 1].x1 < 3.0f * l->size)
            return 0;
    }
    int n = l->nw;
    float b[13];
    b[0] = -1e30f, b[n] = 1e30f;
    for (int c = 1; c < n; c++)
        b[c] = (P->w[l->w0 + c - 1].x1 + P->w[l->w0 + c].x0) / 2;
    /* the label lines: small, close under the figures, each word under one */
    int lab[3], nlab = 0;
    float prev = l->base;
    for (int j = li + 1; j < P->nl && nlab < 3; j++) {
        const struct pl *m = &P->l[j];
        if (m->furn || m->gone || m->size > 0.6f * l->size || m->base - prev > (nlab ? 2.0f : 3.0f) * l->size)
            break;
        int ok = 1;
        for (int k = m->w0; k < m->w0 + m->nw && ok; k++)
            ok = !P->w[k].used && !(P->w[k].fl & PW_NUM);
        if (!ok)
            break;
        lab[nlab++] = j;
        prev = m->base;
    }
    if (!nlab)
        return 0;
    int has[12] = { 0 };
    for (int i = 0; i < nlab; i++) {
        const struct pl *m = &P->l[lab[i]];
        for (int k = m->w0; k < m->w0 + m->nw; k++) {
            const struct pw *w = &P->w[k];
            int c = col_of(b, n + 1, (w->x0 + w->x1) / 2);
            /* a word of a tile's label lies within reach of its figure */
            float fx = (P->w[l->w0 + c].x0 + P->w[l->w0 + c].x1) / 2;
            if (fabsf((w->x0 + w->x1) / 2 - fx) > 0.45f * (c + 1 < n ? b[c + 1] - fx : fx - b[c]) + 4.0f * m->size)
                return 0;
            has[c] = 1;
        }
    }
    for (int c = 0; c < n; c++)
        if (!has[c])
            return 0;
    struct ptab *t = pdf_new_table(L);
    if (!t)
        return L->rc;
    t->page = t->last_page = p;
    t->nrows = 2;
    t->ncols = n;
    t->cells = foi_calloc((size_t)2 * n, sizeof *t->cells);
    t->row_page = foi_calloc(2, sizeof *t->row_page);
    t->colx = foi_calloc((size_t)n + 1, sizeof *t->colx);
    if (!t->cells || !t->row_page || !t->colx)
        return pdf_nomem(L);
    struct foi_buf buf;
    foi_buf_init(&buf, 1 << 16);
    float x0 = l->x0, x1 = l->x1, y0 = l->y0, y1 = l->y1;
    for (int c = 0; c < n && !L->rc; c++) {
        foi_buf_reset(&buf);
        int lines_in = 0, allbold = 1, any = 0;
        for (int i = 0; i < nlab && !L->rc; i++)
            cell_words(L, P, lab[i], b, n + 1, c, &buf, &lines_in, &allbold, &any);
        t->cells[c].text = pdf_arena_text(L, &buf);
        t->cells[c].flags = any && allbold ? FOI_CELL_BOLD : 0;
        const struct pw *w = &P->w[l->w0 + c];
        t->cells[n + c].text = w->text;
        t->cells[n + c].flags = (w->fl & PW_BOLD) ? FOI_CELL_BOLD : 0;
    }
    foi_buf_release(&buf);
    if (L->rc)
        return L->rc;
    for (int c = 0; c <= n; c++)
        t->colx[c] = c == 0 ? l->x0 : c == n ? l->x1 : b[c];
    int lines[4] = { li, lab[0], nlab > 1 ? lab[1] : -1, nlab > 2 ? lab[2] : -1 };
    for (int i = 0; i < 1 + nlab; i++) {
        struct pl *m = &P->l[lines[i]];
        x0 = fminf(x0, m->x0), x1 = fmaxf(x1, m->x1), y0 = fminf(y0, m->y0), y1 = fmaxf(y1, m->y1);
        for (int k = m->w0; k < m->w0 + m->nw; k++)
            P->w[k].used = 1;
        m->gone = 1;
    }
    t->row_page[0] = t->row_page[1] = p;
    t->x0 = x0, t->x1 = x1, t->y0 = y0, t->y1 = y1, t->last_y1 = y1;
    t->header_rows = 1;
    t->card = 1;   /* whole: never joined to a table on another page */
    struct tpart *tp = &t->parts[t->nparts++];
    tp->page = p, tp->y0 = y0, tp->y1 = y1, tp->x0 = x0, tp->x1 = x1, tp->nlines = 1 + nlab;
    return 0;
}

int pdf_tile_tables(struct lay *L, int p)
{
    for (int li = 0; li < L->pg[p].nl && !L->rc; li++)
        tile_row(L, p, li);
    return L->rc;
}

static int unruled_side(struct lay *L, int p, int side);

/* Aligned tables on page p: in each column of a two-column region apart, and
 * in the rest of the page. */
int pdf_unruled_tables(struct lay *L, int p)
{
    int rc = 0;
    for (int side = 0; side <= 2 && !rc; side++)
        if (!side || L->pg[p].nreg)
            rc = unruled_side(L, p, side);
    return rc;
}

static int unruled_side(struct lay *L, int p, int side)
{
    struct ppage *P = &L->pg[p];
    int n = 0;
    for (int i = 0; i < P->nl; i++)
        n += !P->l[i].gone && !P->l[i].furn && P->l[i].side == side;
    if (n < 2)
        return 0;
    int *ord = foi_malloc(sizeof *ord * (size_t)n);
    unsigned char *cand = foi_calloc((size_t)n, 1);
    struct ucol *num = NULL;
    struct urow *rows = NULL;
    if (!ord || !cand) {
        foi_free(ord);
        foi_free(cand);
        return pdf_nomem(L);
    }
    n = 0;
    for (int i = 0; i < P->nl; i++)
        if (!P->l[i].gone && !P->l[i].furn && P->l[i].side == side)
            ord[n++] = i;
    for (int i = 1; i < n; i++) {
        int v = ord[i], j = i;
        while (j > 0 && P->l[ord[j - 1]].base > P->l[v].base)
            ord[j] = ord[j - 1], j--;
        ord[j] = v;
    }
    int nnum_max = 0;
    for (int i = 0; i < n; i++) {
        const struct pl *l = &P->l[ord[i]];
        int lone = 0;
        for (int k = l->w0; k < l->w0 + l->nw; k++)
            lone += lone_num(P, l, k);
        cand[i] = lone > 0 && !justified(P, l);
        nnum_max += lone;
    }
    num = foi_malloc(sizeof *num * (size_t)(nnum_max + 1));
    rows = foi_malloc(sizeof *rows * (size_t)n);
    if (!num || !rows) {
        foi_free(ord);
        foi_free(cand);
        foi_free(num);
        foi_free(rows);
        return pdf_nomem(L);
    }
    int rc = 0;
    for (int i = 0; i < n && !rc; i++) {
        if (!cand[i] || P->l[ord[i]].gone)
            continue;
        const struct pl *l0 = &P->l[ord[i]];
        float em = l0->size;
        int nnum = 0;
        for (int k = l0->w0; k < l0->w0 + l0->nw; k++)
            if (lone_num(P, l0, k))
                num[nnum++] = (struct ucol){ P->w[k].x0, P->w[k].x1 };
        float numx0 = num[0].x0;
        int nr = 0, pend[8], np = 0;
        rows[nr].line = ord[i];
        rows[nr].nextra = 0;
        rows[nr].section = 0;
        /* the first row's label wrapped round its figures: its first line
         * up to an em above them, left of them, and the row has no label of
         * its own ("Gross misconduct – dismissed" / 3 4 / "without notice") */
        if (i > 0) {
            const struct pl *u = &P->l[ord[i - 1]];
            int own = 0;
            float nx0 = l0->x1;
            for (int k = l0->w0; k < l0->w0 + l0->nw; k++) {
                if (P->w[k].used)
                    continue;
                if (P->w[k].fl & PW_NUM)
                    nx0 = fminf(nx0, P->w[k].x0);
                else
                    own = 1;
            }
            if (!own && !u->gone && l0->base - u->base <= 1.0f * em && u->x1 < nx0 - 0.5f * em &&
                !starts_lower(P, u) && !(u->fl & PL_BOLD && !(l0->fl & PL_BOLD)))
                rows[nr].extra[rows[nr].nextra++] = ord[i - 1];
        }
        nr++;
        float last_base = l0->base, pitch = 0;
        int j = i + 1, last_row = i, bold_pend = 0;
        while (j < n) {
            const struct pl *l = &P->l[ord[j]];
            float gap = l->base - last_base;
            if (!cand[j] && np == 0 && gap <= 1.7f * em && typed_rule(P, l)) {
                last_base = l->base;   /* a typed rule over the Total row */
                j++;
                continue;
            }
            if (cand[j]) {
                int aligned = 0;
                for (int k = l->w0; k < l->w0 + l->nw && !aligned; k++)
                    if (lone_num(P, l, k) && overlaps_any(P->w[k].x0, P->w[k].x1, num, nnum, 0.3f * em))
                        aligned = 1;
                float rgap = l->base - P->l[rows[nr - 1].line].base;
                if (!aligned || gap > 3.2f * em || (pitch > 0 && rgap > 2.6f * pitch && rgap > 3.2f * em))
                    break;
                /* the wrapped lines between the last row and this one: up to
                 * the row above unless a line sits nearer the row below, which
                 * has no label of its own there (a label centred on its
                 * figures); a line in lower case always continues upwards */
                const struct pl *A = &P->l[rows[nr - 1].line];
                /* a section line among them: the lines before it go on the
                 * row above, the lines after it on this one */
                float lab_r = label_x1(P, l);
                for (int r = 0; r < nr; r++)
                    lab_r = fmaxf(lab_r, label_x1(P, &P->l[rows[r].line]));
                int sec = -1;
                for (int q = 0; q < np && sec < 0; q++)
                    if (section_line(P, &P->l[pend[q]], A, l, lab_r))
                        sec = q;
                if (sec < 0 && bold_pend)
                    break;   /* a bold line under plain rows that heads nothing */
                if (sec >= 0) {
                    for (int q = 0; q < sec; q++)
                        if (rows[nr - 1].nextra < 6)
                            rows[nr - 1].extra[rows[nr - 1].nextra++] = pend[q];
                    rows[nr].line = pend[sec];
                    rows[nr].nextra = 0;
                    rows[nr].section = 1;
                    nr++;
                    memmove(pend, pend + sec + 1, sizeof *pend * (size_t)(np - sec - 1));
                    np -= sec + 1;
                }
                int split = np;
                for (int q = 0; q < np && split == np; q++) {
                    const struct pl *c = &P->l[pend[q]];
                    if (starts_lower(P, c))
                        continue;
                    float da = c->base - A->base, db = l->base - c->base;
                    int label_below = 0;
                    for (int k = l->w0; k < l->w0 + l->nw; k++)
                        if (!P->w[k].used && P->w[k].x0 < c->x1 && c->x0 < P->w[k].x1)
                            label_below = 1;
                    if (!label_below && db < da - 0.1f * em)
                        split = q;
                }
                /* this row's own label goes on in lower case ("purpose" with
                 * its figures under "Abuse of position for a sexual"): the
                 * label starts at the last pending line that does not */
                if (split == np && np > 0 && starts_lower(P, l) &&
                    !(P->w[first_word(P, l)].fl & PW_NUM)) {
                    for (int q = np - 1; q >= 0 && split == np; q--)
                        if (!starts_lower(P, &P->l[pend[q]]))
                            split = q;
                }
                for (int q = 0; q < split; q++)
                    if (rows[nr - 1].nextra < 6)
                        rows[nr - 1].extra[rows[nr - 1].nextra++] = pend[q];
                rows[nr].nextra = 0;
                rows[nr].section = 0;
                for (int q = split; q < np; q++)
                    rows[nr].extra[rows[nr].nextra++] = pend[q];
                rows[nr].line = ord[j];
                nr++;
                np = 0;
                bold_pend = 0;
                pitch = pitch > 0 ? fminf(pitch, rgap) : rgap;
                for (int k = l->w0; k < l->w0 + l->nw; k++)
                    if (lone_num(P, l, k) && nnum <= nnum_max)
                        num[nnum++] = (struct ucol){ P->w[k].x0, P->w[k].x1 };
                for (int k = 0; k < nnum; k++)
                    numx0 = fminf(numx0, num[k].x0);
                last_base = l->base;
                last_row = j;
                j++;
                continue;
            }
            /* a wrapped label line: left of the figures, close to the line
             * above, or the first line of a label centred on the figures of
             * the next row (the figures within an em below it: "Gross
             * misconduct - would have" / figures / "been dismissed" in a row
             * padded apart from the one above) */
            int centred = 0;
            if (np < 2 && gap > 1.7f * em && j + 1 < n && cand[j + 1]) {
                const struct pl *nx = &P->l[ord[j + 1]];
                float rgap = nx->base - P->l[rows[nr - 1].line].base;
                for (int k = nx->w0; k < nx->w0 + nx->nw && !centred; k++)
                    if (lone_num(P, nx, k) && overlaps_any(P->w[k].x0, P->w[k].x1, num, nnum, 0.3f * em))
                        centred = 1;
                /* or its first line, the figures on its last with the label
                 * going on in lower case ("Abuse of position for a sexual" /
                 * "purpose 6 * ...") */
                int fw = first_word(P, nx);
                int goes_on = fw >= 0 && starts_lower(P, nx) && !(P->w[fw].fl & PW_NUM) &&
                              nx->base - l->base <= 1.6f * em;
                centred = centred && ((nx->base - l->base <= 1.0f * em && rgap <= 3.2f * em) ||
                                      (goes_on && l->base - P->l[rows[nr - 1].line].base <= 3.2f * em));
            }
            /* a bold line under plain rows ends the table unless it heads
             * the rows below (a section line: known at the next row) */
            int bold_under = l->fl & PL_BOLD && !(P->l[rows[nr - 1].line].fl & PL_BOLD);
            /* a label line no farther below the row above than the rows
             * are apart (less a little): a category's label row set a few
             * points apart from the Total above it ("Sexual misconduct"
             * 15.5 points under its Total in rows 12.5 apart) */
            int near = gap <= 1.7f * em || (pitch > 0 && np == 0 && gap <= 1.3f * pitch && gap <= 2.2f * em);
            if (np < 2 && (near || centred) && l->x1 < numx0 - 0.5f * em &&
                (!bold_under || (!starts_lower(P, l) && !bold_pend))) {
                bold_pend |= bold_under;
                pend[np++] = ord[j];
                last_base = l->base;
                j++;
                continue;
            }
            break;
        }
        /* wrapped lines after the last row: only a continuation in lower case */
        for (int q = 0; q < np; q++) {
            const struct pl *c = &P->l[pend[q]];
            const struct pl *A = &P->l[rows[nr - 1].line];
            if (!starts_lower(P, c) || c->base - A->base > 1.7f * em * (q + 1))
                break;
            if (rows[nr - 1].nextra < 6)
                rows[nr - 1].extra[rows[nr - 1].nextra++] = pend[q];
        }
        int nsec = 0;
        for (int r = 0; r < nr; r++)
            nsec += rows[r].section;
        if (nr - nsec < 2)
            continue;
        /* a section line just above the first row heads it too; in bold
         * over plain rows only where header lines stand above it (else it
         * is the table's heading). Above it by a row's pitch in a table of
         * padded rows when set out left of them ("Allegation Type: Sexual
         * assault" 16 points over indented rows 16 points apart, in
         * 8.5-point type) */
        int top_sec = -1;
        if (i > 0 && !rows[0].nextra) {
            const struct pl *u = &P->l[ord[i - 1]];
            float ug = l0->base - u->base;
            int padded = pitch > 0 && ug <= 1.05f * pitch && ug <= 2.2f * em &&
                         label_x0(P, u) < label_x0(P, l0) - 0.5f * em;
            if (!u->gone && (ug <= 1.7f * em || padded) &&
                u->x1 < numx0 - 0.5f * em &&
                section_line(P, u, NULL, l0, 0)) {
                memmove(rows + 1, rows, sizeof *rows * (size_t)nr);
                rows[0] = (struct urow){ .line = ord[i - 1], .nextra = 0, .section = 1 };
                nr++;
                top_sec = i - 1;
            }
        }
        /* header lines above the first row */
        int hl[6], nh = 0;
        float width = 0, tx0 = 1e30f, tx1 = -1e30f;
        for (int r = 0; r < nr; r++) {
            tx0 = fminf(tx0, P->l[rows[r].line].x0);
            tx1 = fmaxf(tx1, P->l[rows[r].line].x1);
        }
        width = tx1 - tx0;
        float top = P->l[rows[0].line].base;
        for (int r = 0; r < rows[0].nextra; r++)
            top = fminf(top, P->l[rows[0].extra[r]].base);
        for (int q = (top_sec >= 0 ? top_sec : i) - 1; q >= 0 && nh < 6; q--) {
            const struct pl *l = &P->l[ord[q]];
            if (l->gone)
                continue;
            int skip = 0;
            for (int e = 0; e < rows[0].nextra; e++)
                skip |= rows[0].extra[e] == ord[q];
            if (skip)
                continue;
            float gap = top - l->base;
            if (nh == 0 && gap <= 1.7f * em && typed_rule(P, l)) {
                top = l->base;   /* a typed rule under the header */
                continue;
            }
            /* at most three header lines, or more in a band of cells
             * centred on different numbers of lines (under 0.9 em apart),
             * or more at the one leading of the lines below them where some
             * word lines up with a word of the line under it (column heads
             * wrapped onto four to six lines: "Abuse of / position for a /
             * sexual / purpose / (police / officers)") */
            if (gap > (nh ? 1.7f : 3.2f) * em ||
                (nh >= 3 && gap >= 0.9f * em && !wrapped_on(P, hl, nh, l, em) &&
                 !band_wrapped_on(P, hl, nh, l, em)) ||
                !header_line(P, l, num, nnum, width, nh > 0 && gap < 0.9f * em))
                break;
            hl[nh++] = ord[q];
            top = l->base;
        }
        /* a header of more than three lines with a head over several
         * columns (a year over "Officers | Staff"): its three lines nearest
         * the figures only, as before wrapped heads were read (the rows of
         * spans are built from the lines below them) */
        if (nh > 3 && heads_span(P, hl, nh, num, nnum))
            nh = 3;
        /* with no header above it, a line over the table is its heading,
         * unless it is one of several sections set out to the left, or the
         * first thing on its page (a category carried over to the next page
         * with the rest of the table, which joins the part before it) */
        if (top_sec >= 0 && !nh) {
            const struct pl *u = &P->l[rows[0].line];
            int first = 1;
            for (int q = 0; q < P->nl && first; q++)
                first = P->l[q].gone || P->l[q].furn || P->l[q].base >= u->base;
            if (!((nsec || (first && p > 0)) &&
                  (label_x0(P, u) < label_x0(P, &P->l[rows[1].line]) - 0.5f * em ||
                   (first && p > 0 && (u->fl & PL_BOLD) && !(P->l[rows[1].line].fl & PL_BOLD))))) {
                memmove(rows, rows + 1, sizeof *rows * (size_t)(nr - 1));
                nr--;
            }
        }
        for (int a = 0, z = nh - 1; a < z; a++, z--) {
            int t = hl[a];
            hl[a] = hl[z];
            hl[z] = t;
        }
        rc = build_unruled(L, p, ord, n, rows, nr, hl, nh, num, nnum);
        i = last_row;
    }
    foi_free(ord);
    foi_free(cand);
    foi_free(num);
    foi_free(rows);
    refit_lines(P);
    return rc ? rc : L->rc;
}

/* ------------------------------------------------------------ tables across pages */

/* Nothing but furniture between the table and the page's end (below) or
 * start (above)? */
static int continued_caption(const struct ppage *P, const struct pl *l);

static int alone_below(const struct lay *L, int p, float y, int self)
{
    const struct ppage *P = &L->pg[p];
    for (int i = 0; i < P->nl; i++) {
        const struct pl *l = &P->l[i];
        if (!l->gone && !l->furn && l->y0 > y - 1 && !continued_caption(P, l))
            return 0;
    }
    for (int t = 0; t < L->ntab; t++)
        if (t != self && !L->tab[t].joined)
            for (int q = 0; q < L->tab[t].nparts; q++)
                if (L->tab[t].parts[q].page == p && L->tab[t].parts[q].y0 > y - 1)
                    return 0;
    return 1;
}

/* A short line saying the table goes on from the page before ("Table 2
 * (continued)", "Table 2: Outcomes - continued", "Continued", "cont'd") or on
 * the next ("Continued overleaf", "(table continues)"): a caption that
 * leaves the table the first (or last) thing on its page. The word is the
 * line's first or last, or in brackets, never inside a sentence. */
static int continued_caption(const struct ppage *P, const struct pl *l)
{
    int words = 0, cont = 0, first = -1, last = -1;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        if (P->w[k].used)
            continue;
        if (first < 0)
            first = k;
        last = k;
        words++;
    }
    if (words == 0 || words > 10)
        return 0;
    for (int k = l->w0; k < l->w0 + l->nw; k++) {
        const char *t = P->w[k].text;
        if (P->w[k].used)
            continue;
        int br = 0;
        while (*t == '(' || *t == '[' || *t == '-')
            br |= *t++ != '-';
        char w[16];
        size_t n = 0;
        for (; *t && n + 1 < sizeof w; t++)
            if (*t != '.' && *t != ')' && *t != ']' && *t != '\'' && *t != ':')
                w[n++] = (char)(*t >= 'A' && *t <= 'Z' ? *t - 'A' + 'a' : *t);
        w[n] = 0;
        if ((br || k == first || k == last) &&
            (!strcmp(w, "continued") || !strcmp(w, "continues") || !strcmp(w, "cont") || !strcmp(w, "contd") ||
             !strcmp(w, "overleaf")))
            cont = 1;
    }
    return cont;
}

static int alone_above(const struct lay *L, int p, float y, int self)
{
    const struct ppage *P = &L->pg[p];
    for (int i = 0; i < P->nl; i++) {
        const struct pl *l = &P->l[i];
        if (!l->gone && !l->furn && l->y1 < y + 1 && !continued_caption(P, l))
            return 0;
    }
    for (int t = 0; t < L->ntab; t++)
        if (t != self && !L->tab[t].joined)
            for (int q = 0; q < L->tab[t].nparts; q++)
                if (L->tab[t].parts[q].page == p && L->tab[t].parts[q].y1 < y + 1)
                    return 0;
    return 1;
}

static int same_text(const char *a, const char *b)
{
    return !foi_strcasecmp(a ? a : "", b ? b : "");
}

/* Join B (the first thing on a page) to A (the last thing on the page
 * before) when B's columns fall into A's, dropping a repeated header. */
static int blank_cell(const char *s)
{
    return !s || !*s;
}

/* B's row r (after its repeated header) is the rest of A's last row, split
 * by the page break: no count in it, its text only in cells where A's last
 * row has text that is no count (label cells), some of those left empty,
 * and the first column empty unless the text reads on in lower case. A's
 * last row has a count (it is a row of figures, not a heading). */
static int split_row_rest(const struct ptab *A, const struct ptab *B, int r, const int *map)
{
    const struct pcell *q = &A->cells[(size_t)(A->nrows - 1) * A->ncols];
    const struct pcell *b = &B->cells[(size_t)r * B->ncols];
    int qnum = 0, any = 0, missing = 0;
    for (int c = 0; c < A->ncols; c++)
        qnum |= !blank_cell(q[c].text) && cell_is_num(q[c].text);
    if (!qnum)
        return 0;
    for (int c = 0; c < B->ncols; c++) {
        const char *x = b[c].text, *y = q[map[c]].text;
        if (blank_cell(x)) {
            missing |= !blank_cell(y);
            continue;
        }
        if (cell_is_num(x) || blank_cell(y) || cell_is_num(y) || (b[c].flags & FOI_CELL_SPANNED))
            return 0;
        if (map[c] == 0 && !(*x >= 'a' && *x <= 'z'))
            return 0;
        any = 1;
    }
    return any && missing;
}

static int try_join(struct lay *L, int ai, int bi)
{
    struct ptab *A = &L->tab[ai], *B = &L->tab[bi];
    if (A->nparts >= 64 || B->nparts != 1 || A->card || B->card)
        return 0;
    int *map = foi_malloc(sizeof *map * (size_t)B->ncols);
    if (!map)
        return pdf_nomem(L);
    float tol = 4;
    int prev = -1, ok = 1;
    for (int c = 0; c < B->ncols && ok; c++) {
        float mid = (B->colx[c] + B->colx[c + 1]) / 2;
        if (mid < A->colx[0] - tol || mid > A->colx[A->ncols] + tol) {
            ok = 0;
            break;
        }
        int j = 0;
        while (j < A->ncols - 1 && mid >= A->colx[j + 1])
            j++;
        if (j <= prev)
            ok = 0;
        map[c] = prev = j;
    }
    /* most of A's columns are there; a ruled grid lines up exactly */
    if (ok && B->ncols * 3 < A->ncols * 2)
        ok = 0;
    if (ok && A->ruled && B->ruled)
        for (int c = 0; c < B->ncols && ok; c++)
            if (B->ncols == A->ncols && (fabsf(B->colx[c] - A->colx[c]) > tol))
                ok = 0;
    if (!ok) {
        foi_free(map);
        return 0;
    }
    /* B's first rows repeat A's header rows: dropped */
    int drop = 0;
    if (A->header_rows > 0 && B->nrows > A->header_rows) {
        int same = 1;
        for (int r = 0; r < A->header_rows && same; r++)
            for (int c = 0; c < B->ncols && same; c++)
                same = same_text(B->cells[(size_t)r * B->ncols + c].text,
                                 A->cells[(size_t)r * A->ncols + map[c]].text);
        if (same)
            drop = A->header_rows;
    }
    /* A's header ends in band rows (one text across the row, "Financial
     * year 2024/25" over its first block) that B does not repeat: B repeats
     * the column heads above them */
    if (!drop && B->header_rows > 0 && B->header_rows < A->header_rows && B->nrows > B->header_rows) {
        int same = 1;
        for (int r = 0; r < B->header_rows && same; r++)
            for (int c = 0; c < B->ncols && same; c++)
                same = same_text(B->cells[(size_t)r * B->ncols + c].text,
                                 A->cells[(size_t)r * A->ncols + map[c]].text);
        for (int r = B->header_rows; r < A->header_rows && same; r++) {
            const struct pcell *row = &A->cells[(size_t)r * A->ncols];
            same = !blank_cell(row[0].text) && A->ncols > 1;
            for (int c = 1; c < A->ncols && same; c++)
                same = same_text(row[c].text, row[0].text);
        }
        if (same)
            drop = B->header_rows;
    }
    if (!drop && B->header_rows > 0) {
        foi_free(map);
        return 0;   /* a header of its own: another table */
    }
    /* a row the page break split (a Word table row allowed to break across
     * pages): its rest, first under the repeated header, is text in some of
     * the last row's label cells alone, no count, nothing in the first
     * column unless it reads on in lower case; it joins that row */
    if (drop < B->nrows && A->nrows > A->header_rows && split_row_rest(A, B, drop, map)) {
        struct pcell *q = &A->cells[(size_t)(A->nrows - 1) * A->ncols];
        for (int c = 0; c < B->ncols; c++) {
            const char *x = B->cells[(size_t)drop * B->ncols + c].text;
            if (!x || !*x)
                continue;
            const char *j = foi_arena_printf(&L->a, "%s %s", q[map[c]].text, x);
            if (!j) {
                foi_free(map);
                return pdf_nomem(L);
            }
            q[map[c]].text = j;
        }
        drop++;
    }
    int add = B->nrows - drop;
    int nr = A->nrows + add;
    if ((long)nr * A->ncols > L->lim->max_cells) {
        foi_free(map);
        return 0;
    }
    struct pcell *cells = foi_realloc(A->cells, sizeof *cells * (size_t)nr * (size_t)A->ncols);
    if (!cells) {
        foi_free(map);
        return pdf_nomem(L);
    }
    A->cells = cells;
    int *rp = foi_realloc(A->row_page, sizeof *rp * (size_t)nr);
    if (!rp) {
        foi_free(map);
        return pdf_nomem(L);
    }
    A->row_page = rp;
    for (int r = 0; r < add; r++) {
        struct pcell *dst = &A->cells[(size_t)(A->nrows + r) * A->ncols];
        for (int c = 0; c < A->ncols; c++)
            dst[c] = (struct pcell){ "", 0 };
        for (int c = 0; c < B->ncols; c++)
            dst[map[c]] = B->cells[(size_t)(drop + r) * B->ncols + c];
        A->row_page[A->nrows + r] = B->page;
    }
    A->nrows = nr;
    A->parts[A->nparts++] = B->parts[0];
    A->last_page = B->page;
    A->last_y1 = B->y1;
    B->joined = 1;
    B->nparts = 0;
    foi_free(map);
    return 1;
}

static int cmp_tab_order(const void *a, const void *b, const struct lay *L)
{
    const struct ptab *x = &L->tab[*(const int *)a], *y = &L->tab[*(const int *)b];
    if (x->page != y->page)
        return x->page - y->page;
    return x->y0 < y->y0 ? -1 : x->y0 > y->y0;
}

/* The first line of page q, when it is a row of A's: a label under A's
 * first column and one figure under each of the others ("Total 5 5 7 17"
 * carried over a page break, too short to be found as a table of its own).
 * The row may be the lines li[0..nli) together, one after another with no
 * gap, when one holds the figures and the others only words of the label
 * under A's first column: a label wrapped over two lines, the figures set
 * level with its middle ("Violence against women" / "20 0% 15% ..." / "and
 * girls"). Appended to A: 1; else 0. */
static int orphan_row(struct lay *L, int a, int q, const int *li, int nli)
{
    struct ptab *A = &L->tab[a];
    const struct ppage *P = &L->pg[q];
    if (A->card || A->ncols < 3 || A->nrows < 2 || A->ncols > 64 || nli < 1 || nli > 3)
        return 0;
    int nw = 0, figline = -1;
    float tol = 4;
    for (int m = 0; m < nli; m++) {
        const struct pl *l = &P->l[li[m]];
        nw += l->nw;
        if (l->x0 < A->colx[0] - tol || l->x1 > A->colx[A->ncols] + tol)
            return 0;
        if (m) {
            /* the next line right under (or overlapping) the one before */
            const struct pl *u = &P->l[li[m - 1]];
            float h = u->y1 - u->y0;
            if (l->y0 < u->y0 || l->y0 > u->y1 + h * 0.5f)
                return 0;
        }
    }
    if (nw < A->ncols || nw > 24)
        return 0;
    int col[24], n[64] = {0}, k = 0;
    for (int m = 0; m < nli; m++) {
        const struct pl *l = &P->l[li[m]];
        int figs = 0;
        for (int x = 0; x < l->nw; x++, k++) {
            const struct pw *w = &P->w[l->w0 + x];
            float mid = (w->x0 + w->x1) / 2;
            int j = 0;
            while (j < A->ncols - 1 && mid >= A->colx[j + 1])
                j++;
            col[k] = j;
            if (x && j < col[k - 1])
                return 0;
            if ((j == 0) == (cell_is_num(w->text) != 0) && !(j == 0 && k))
                return 0;   /* a label first, then figures only */
            if (j > 0 && (!cell_is_num(w->text) || n[j]))
                return 0;
            figs += j > 0;
            n[j]++;
        }
        if (figs) {
            if (figline >= 0)
                return 0;   /* the figures on one line */
            figline = m;
        }
    }
    if (nli > 1 && figline < 0)
        return 0;
    if (nli == 3) {
        /* the figures between the label's two lines, which are next to
         * each other (one cell wrapped), not two rows' labels */
        const struct pl *u = &P->l[li[0]], *f = &P->l[li[1]], *d = &P->l[li[2]];
        float h = u->y1 - u->y0;
        if (figline != 1 || d->y0 - u->y0 > h * 1.5f || f->y0 <= u->y0 || f->y1 >= d->y1)
            return 0;
    }
    for (int j = 0; j < A->ncols; j++)
        if (!n[j])
            return 0;
    struct pcell *cells = foi_realloc(A->cells, sizeof *cells * (size_t)(A->nrows + 1) * (size_t)A->ncols);
    if (!cells)
        return pdf_nomem(L), 0;
    A->cells = cells;
    int *rp = foi_realloc(A->row_page, sizeof *rp * (size_t)(A->nrows + 1));
    if (!rp)
        return pdf_nomem(L), 0;
    A->row_page = rp;
    struct pcell *dst = &A->cells[(size_t)A->nrows * A->ncols];
    struct foi_buf lab;
    foi_buf_init(&lab, 0);
    k = 0;
    for (int m = 0; m < nli; m++) {
        const struct pl *l = &P->l[li[m]];
        for (int x = 0; x < l->nw; x++, k++) {
            const struct pw *w = &P->w[l->w0 + x];
            if (col[k] == 0) {
                if (pdf_text_word(&lab, w->text, 0))
                    pdf_nomem(L);
            } else {
                dst[col[k]] = (struct pcell){ w->text, 0 };
            }
        }
    }
    dst[0] = (struct pcell){ pdf_arena_text(L, &lab), 0 };
    foi_buf_release(&lab);
    if (L->rc || !dst[0].text)
        return 0;
    A->row_page[A->nrows] = q;
    A->nrows++;
    float y0 = P->l[li[0]].y0, y1 = P->l[li[0]].y1, x0 = P->l[li[0]].x0, x1 = P->l[li[0]].x1;
    for (int m = 0; m < nli; m++) {
        const struct pl *l = &P->l[li[m]];
        for (int x = 0; x < l->nw; x++)
            L->pg[q].w[l->w0 + x].used = 1;
        L->pg[q].l[li[m]].gone = 1;
        if (l->y1 > y1) y1 = l->y1;
        if (l->x0 < x0) x0 = l->x0;
        if (l->x1 > x1) x1 = l->x1;
    }
    if (A->last_page != q && A->nparts < 64)
        A->parts[A->nparts++] = (struct tpart){ q, y0, y1, x0, x1, 0, 0 };
    struct tpart *tp = &A->parts[A->nparts - 1];
    if (tp->page == q) {
        tp->y1 = y1;
        tp->nlines += nli;
    }
    A->last_page = q;
    A->last_y1 = y1;
    return 1;
}

/* The line of page q nearest below line i (by its top), not taken and no
 * furniture: -1 none. */
static int line_below(const struct ppage *P, int i)
{
    int best = -1;
    for (int k = 0; k < P->nl; k++) {
        const struct pl *l = &P->l[k];
        if (k == i || l->gone || l->furn || l->y0 < P->l[i].y0 || (l->y0 == P->l[i].y0 && k < i))
            continue;
        if (best < 0 || l->y0 < P->l[best].y0)
            best = k;
    }
    return best;
}

/* Rows of a table carried over to the top of the next page alone (no
 * header repeated, too few to be a table of their own): joined to it. */
static void join_orphan_rows(struct lay *L)
{
    for (int a = 0; a < L->ntab && !L->rc; a++) {
        struct ptab *A = &L->tab[a];
        int q = A->last_page + 1;
        if (A->joined || q >= L->npages || A->nparts >= 64 || !alone_below(L, A->last_page, A->last_y1, a))
            continue;
        for (int rows = 0; rows < 8 && !L->rc; rows++) {
            const struct ppage *P = &L->pg[q];
            int first = -1;
            for (int i = 0; i < P->nl; i++)
                if (!P->l[i].gone && !P->l[i].furn && (first < 0 || P->l[i].y0 < P->l[first].y0))
                    first = i;
            if (first < 0 || !alone_above(L, q, P->l[first].y0, a))
                break;
            /* one line, else a label wrapped round its figures */
            int li[3] = { first, -1, -1 };
            int ok = orphan_row(L, a, q, li, 1);
            if (!ok && !L->rc && (li[1] = line_below(P, first)) >= 0) {
                if ((li[2] = line_below(P, li[1])) >= 0)
                    ok = orphan_row(L, a, q, li, 3);
                if (!ok && !L->rc)
                    ok = orphan_row(L, a, q, li, 2);
            }
            if (!ok)
                break;
        }
    }
}

/* The lines between the bottom of table A and the top of table B (B below
 * A on its page), furniture aside: how many, -1 when one of
 * them holds a figure or runs to more than twelve words (prose, a table of
 * other things). */
static int lines_between(const struct lay *L, const struct ptab *A, const struct ptab *B)
{
    int n = 0;
    const struct ppage *P = &L->pg[B->page];
    for (int i = 0; i < P->nl; i++) {
        const struct pl *l = &P->l[i];
        if (l->gone || l->furn || l->base <= A->last_y1 || l->base >= B->y0)
            continue;
        int words = 0;
        for (int k = l->w0; k < l->w0 + l->nw; k++) {
            if (P->w[k].used)
                continue;
            if ((P->w[k].fl & PW_NUM) || ++words > 12)
                return -1;
        }
        n += words > 0;
    }
    return n;
}

/* The tables' indexes in reading order into ord (those joined to another
 * left out when skip_joined): how many. */
static int tables_in_order(const struct lay *L, int *ord, int skip_joined)
{
    int n = 0;
    for (int i = 0; i < L->ntab; i++)
        if (!skip_joined || !L->tab[i].joined)
            ord[n++] = i;
    for (int i = 1; i < n; i++) {
        int v = ord[i], j = i;
        while (j > 0 && cmp_tab_order(&ord[j - 1], &v, L) > 0)
            ord[j] = ord[j - 1], j--;
        ord[j] = v;
    }
    return n;
}

/* B (as many columns as A, no header of its own) takes A's header rows
 * above its own, on B's first page: 1; 0 when the cells would pass the
 * limit; -1 out of memory (L->rc set). */
static int take_header(struct lay *L, const struct ptab *A, struct ptab *B)
{
    int h = A->header_rows, nr = B->nrows + h;
    if ((long)nr * B->ncols > L->lim->max_cells)
        return 0;
    struct pcell *cells = foi_malloc(sizeof *cells * (size_t)nr * (size_t)B->ncols);
    int *rp = foi_malloc(sizeof *rp * (size_t)nr);
    if (!cells || !rp) {
        foi_free(cells);
        foi_free(rp);
        pdf_nomem(L);
        return -1;
    }
    memcpy(cells, A->cells, sizeof *cells * (size_t)h * (size_t)B->ncols);
    memcpy(cells + (size_t)h * B->ncols, B->cells, sizeof *cells * (size_t)B->nrows * (size_t)B->ncols);
    for (int r = 0; r < nr; r++)
        rp[r] = r < h ? B->page : B->row_page[r - h];
    foi_free(B->cells);
    foi_free(B->row_page);
    B->cells = cells;
    B->row_page = rp;
    B->nrows = nr;
    B->header_rows = h;
    return 1;
}

/* A report grouped by a heading line over each group ("Allegation Type:
 * Sexual misconduct" over its outcome rows and "Sub-total") prints its
 * column heads once, over the first group (and again at the top of a
 * page): each later group is found as a table of its own with no header.
 * Such a table, right under a table with a header on the same page (at
 * most two short lines between, no figure in them: the group's heading and
 * a blank row's nothing), whose columns are that table's (as many, each
 * over the same place), takes that header as its own, as a header repeated
 * over it would be. Unruled tables only; a table with a header of its own
 * keeps it; a table at the top of the next page is pdf_join_tables's
 * (joined, or kept apart under a caption of its own). */
static int carry_headers(struct lay *L, const int *ord)
{
    int prev = -1;
    for (int i = 0; i < L->ntab && !L->rc; i++) {
        int b = ord[i];
        struct ptab *B = &L->tab[b];
        if (B->joined)
            continue;
        struct ptab *A = prev >= 0 ? &L->tab[prev] : NULL;
        prev = b;
        if (!A || B->header_rows || !A->header_rows || A->ruled || B->ruled || A->card || B->card ||
            A->ncols != B->ncols || B->ncols < 2 || A->nrows <= A->header_rows || B->nrows < 2 ||
            B->page != A->last_page)
            continue;
        float tol = 4;
        int ok = 1;
        for (int c = 0; c < B->ncols && ok; c++) {
            float mid = (B->colx[c] + B->colx[c + 1]) / 2;
            ok = mid >= A->colx[c] - tol && mid <= A->colx[c + 1] + tol;
        }
        int between = ok ? lines_between(L, A, B) : -1;
        if (between < 0 || between > 2)
            continue;
        if (take_header(L, A, B) < 0)
            return L->rc;
    }
    return L->rc;
}

int pdf_join_tables(struct lay *L)
{
    join_orphan_rows(L);
    if (L->rc || L->ntab < 2)
        return L->rc;
    int *ord = foi_malloc(sizeof *ord * (size_t)L->ntab);
    if (!ord)
        return pdf_nomem(L);
    tables_in_order(L, ord, 0);
    if (carry_headers(L, ord)) {
        foi_free(ord);
        return L->rc;
    }
    for (int i = 0; i < L->ntab && !L->rc; i++) {
        int a = ord[i];
        if (L->tab[a].joined)
            continue;
        for (int j = i + 1; j < L->ntab && !L->rc; j++) {
            int b = ord[j];
            struct ptab *A = &L->tab[a], *B = &L->tab[b];
            if (B->joined || B->page != A->last_page + 1)
                continue;
            if (B->page > A->last_page + 1)
                break;
            if (!alone_below(L, A->last_page, A->last_y1, a) || !alone_above(L, B->page, B->y0, b))
                continue;
            try_join(L, a, b);
        }
    }
    /* a group at the top of a page joined to the table before it (its
     * header over the page before): a group with no header right under
     * it on that page carries the header the joined table has now */
    if (!L->rc) {
        tables_in_order(L, ord, 0);
        carry_headers(L, ord);
    }
    foi_free(ord);
    return L->rc;
}

/* The second of two ruled tables set out alike, printed without the
 * column heads the first has ("Police officers" over a grid of years by
 * allegation type, then "Police staff" over the same grid with no header
 * row): as many columns, every rule where the first table's is (within 1.5
 * points), each column a column of figures where the first table's body
 * has figures there and of labels where it has labels, and no header of
 * its own. It takes the first table's header rows (its rows are numbered
 * under them, as a table joined over a page break numbers its rows on);
 * its own heading still says what it counts. Columns that do not line up
 * exactly borrow nothing, nor does an unruled table (its columns' edges are
 * guessed from the words in them, the heads' among them). */
static int figures_in_column(const struct ptab *T, int c, int from)
{
    for (int r = from; r < T->nrows; r++) {
        const char *x = T->cells[(size_t)r * T->ncols + c].text;
        if (!blank_cell(x) && cell_is_num(x))
            return 1;
    }
    return 0;
}

static int body_alike(const struct ptab *A, const struct ptab *B)
{
    for (int c = 0; c < A->ncols; c++)
        if (figures_in_column(A, c, A->header_rows) != figures_in_column(B, c, 0))
            return 0;
    return 1;
}

static int borrow_header(struct lay *L, struct ptab *A, struct ptab *B)
{
    const float tol = 1.5f;
    if (A->card || B->card || A->header_rows <= 0 || B->header_rows || A->ncols != B->ncols || A->ncols < 3 ||
        A->nrows <= A->header_rows || B->nrows < 2 || !A->ruled || !B->ruled)
        return 0;
    for (int c = 0; c <= A->ncols; c++)
        if (fabsf(A->colx[c] - B->colx[c]) > tol)
            return 0;
    if (!body_alike(A, B))
        return 0;
    return take_header(L, A, B) > 0;
}

/* Each table after another in reading order (its part on the page before
 * another table, or on a later page) borrows that one's header when they
 * are set out alike (borrow_header). */
int pdf_borrow_headers(struct lay *L)
{
    if (L->ntab < 2)
        return L->rc;
    int *ord = foi_malloc(sizeof *ord * (size_t)L->ntab);
    if (!ord)
        return pdf_nomem(L);
    int n = tables_in_order(L, ord, 1);
    for (int i = 1; i < n && !L->rc; i++)
        borrow_header(L, &L->tab[ord[i - 1]], &L->tab[ord[i]]);
    foi_free(ord);
    return L->rc;
}

/* ------------------------------------------------------------ printed spreadsheets */

/* Row 0 reads A, B, C, ... (one capital letter a cell, in order, from its
 * second cell) and column 0 reads 1, 2, 3, ... down the rows below it: the
 * row and column headings Excel prints beside a sheet. */
static int has_print_headings(const struct ptab *t)
{
    if (t->nrows < 4 || t->ncols < 3 || *(t->cells[0].text ? t->cells[0].text : ""))
        return 0;
    int letters = 0, want = -1;
    for (int c = 1; c < t->ncols; c++) {
        const char *x = t->cells[c].text ? t->cells[c].text : "";
        if (!*x)
            continue;
        if (!(x[0] >= 'A' && x[0] <= 'Z') || x[1] || (want >= 0 && x[0] != want))
            return 0;
        want = x[0] + 1;
        letters++;
    }
    int rows = 0;
    long next = -1;
    for (int r = 1; r < t->nrows; r++) {
        const char *x = t->cells[(size_t)r * t->ncols].text;
        char *end;
        if (!x || !*x)
            return 0;
        long v = strtol(x, &end, 10);
        if (*end || v < 1 || (next >= 0 && v != next))
            return 0;
        next = v + 1;
        rows++;
    }
    return letters >= 2 && rows >= 3;
}

/* The one text of row r (every filled cell the same: a title spilling over
 * empty cells), or NULL; *blank when the row is empty. */
static const char *row_text(const struct ptab *t, int r, int c0, int *blank)
{
    const char *one = NULL;
    *blank = 1;
    for (int c = c0; c < t->ncols; c++) {
        const char *x = t->cells[(size_t)r * t->ncols + c].text;
        if (!x || !*x)
            continue;
        *blank = 0;
        if (!one)
            one = x;
        else if (strcmp(one, x))
            return NULL;
    }
    return one;
}

/* A row of a ruled grid whose text spills from its first cell over the empty
 * ones beside it, cut at the rules ("Gloucestershire | Constabulary - FOI
 * ..."): its filled cells are the first ones, at most half the row, none a
 * count; a note under the grid (note) may spill further, short of the last
 * cell, when it runs to six words or more. Their texts joined, or NULL;
 * *blank when the row is empty. */
static const char *spill_text(struct lay *L, const struct ptab *t, int r, int c0, int note, int *blank)
{
    int last = c0 - 1, filled = 0, ncols = t->ncols - c0, cut = 1;
    *blank = 1;
    for (int c = c0; c < t->ncols; c++) {
        const char *x = t->cells[(size_t)r * t->ncols + c].text;
        if (!x || !*x)
            continue;
        if (cell_is_num(x) || c != last + 1)
            return *blank = 0, NULL;
        *blank = 0;
        last = c;
        filled++;
        if (c > c0 && !(x[0] >= 'a' && x[0] <= 'z'))
            cut = 0;
    }
    /* a printed sheet's (c0 1, its row numbers in column 0) title may run
     * on over more than half the row when every piece after the first goes
     * on in lower case ("... FOI 2026-0640 -" | "allegations against police"
     * | "officers"): one text cut at the columns, never a header's cells */
    if (!filled || (note ? filled >= ncols : filled * 2 > ncols && !(c0 && filled > 1 && cut)))
        return NULL;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int bad = 0;
    /* a merged cell's copies are its one text once (the rules a spilling
     * text crosses are not drawn: its cells are one) */
    for (int c = c0; c <= last; c++)
        if (c == c0 || !(t->cells[(size_t)r * t->ncols + c].flags & FOI_CELL_SPANNED))
            bad |= foi_buf_printf(&b, "%s%s", b.len ? " " : "", t->cells[(size_t)r * t->ncols + c].text) != 0;
    const char *out = !bad && b.data ? foi_arena_strdup(&L->doc->arena, b.data) : NULL;
    foi_buf_release(&b);
    if (!out) {
        pdf_nomem(L);
        return NULL;
    }
    int words = 0;
    for (const char *p = out; p && *p; p++)
        words += *p != ' ' && (p == out || p[-1] == ' ');
    return note && filled * 2 > ncols && words < 6 ? NULL : out;
}

/* A spreadsheet printed with gridlines but its row and column headings
 * outside the ruled grid (shaded bands, read as lines and furniture): the
 * grid's first rows are its title spilling over empty cells and its last
 * rows its notes, and the first full row under the titles, no count in it,
 * is the header. Titles and notes go out as lines (as pdf_print_headings
 * does); a grid not so is left alone. Returns 1 when trimmed. */
static int spill_titles(struct lay *L, struct ptab *t)
{
    if (!t->ruled || t->ncols < 4 || t->nrows < 4)
        return 0;
    int r0 = 0, r1 = t->nrows - 1, blank, titles = 0;
    const char *x;
    const char *pre[8], *post[8];
    int pre_row[8], post_row[8], npre = 0, npost = 0;
    while (r0 <= r1 && ((x = spill_text(L, t, r0, 0, 0, &blank)) || blank)) {
        if (x && npre < 8)
            pre_row[npre] = r0, pre[npre++] = x;
        titles += x != NULL;
        r0++;
    }
    if (L->rc || !titles || r0 > r1)
        return 0;
    for (int c = 0; c < t->ncols; c++) {
        const char *y = t->cells[(size_t)r0 * t->ncols + c].text;
        if (!y || !*y || cell_is_num(y))
            return 0;   /* no full header row under the titles */
    }
    while (r1 > r0 && ((x = spill_text(L, t, r1, 0, 1, &blank)) || blank)) {
        if (x && npost < 8) {
            memmove(post + 1, post, sizeof *post * (size_t)npost);
            memmove(post_row + 1, post_row, sizeof *post_row * (size_t)npost);
            post_row[0] = r1, post[0] = x, npost++;
        }
        r1--;
    }
    if (L->rc || r1 - r0 < 1)
        return 0;
    int nr = r1 - r0 + 1;
    memmove(t->cells, t->cells + (size_t)r0 * t->ncols, sizeof *t->cells * (size_t)nr * (size_t)t->ncols);
    memmove(t->row_page, t->row_page + r0, sizeof *t->row_page * (size_t)nr);
    for (int c = 0; c < t->ncols; c++)
        t->cells[c].flags &= ~(unsigned)FOI_CELL_SPANNED;
    t->nrows = nr;
    t->header_rows = 1;
    memcpy(t->pre, pre, sizeof pre);
    memcpy(t->pre_row, pre_row, sizeof pre_row);
    memcpy(t->post, post, sizeof post);
    memcpy(t->post_row, post_row, sizeof post_row);
    t->npre = npre;
    t->npost = npost;
    return 1;
}

/* A printed sheet's grid (pdf_print_headings, its headings gone) that holds
 * a second block under the first: a blank row, the block's title rows
 * ("Outcomes of allegations recorded in 2025/26": one text, over empty cells
 * or cut at the columns) and a header row of its own (two or more cells, no
 * count) over a row with a count. The block is a table of its own, after the
 * first, its titles lines above it and the grid's notes below it, as a
 * sheet's second table is (read_sheet.c). t0 is the printed row of the
 * table's first row. Returns the new table's index, or -1. */
static int print_block(struct lay *L, int i, int r0)
{
    struct ptab *t = &L->tab[i];
    if (t->nparts != 1 || t->page != t->last_page || t->nrows < 5)
        return -1;
    int nc = t->ncols;
    for (int s = 1; s + 2 < t->nrows; s++) {
        int blank;
        row_text(t, s, 0, &blank);
        if (!blank)
            continue;
        const char *tt[8], *x;
        int trow[8], ntt = 0, h = s + 1;
        while (h < t->nrows) {
            x = row_text(t, h, 0, &blank);
            if (!x && !blank)
                x = spill_text(L, t, h, 0, 0, &blank);
            if (L->rc)
                return -1;
            if (!x && !blank)
                break;
            if (x && ntt < 8)
                trow[ntt] = h, tt[ntt++] = x;
            h++;
        }
        if (!ntt || h + 1 >= t->nrows)
            continue;
        int filled = 0, num = 0, counts = 0;
        for (int c = 0; c < nc; c++) {
            const char *y = t->cells[(size_t)h * nc + c].text;
            filled += y && *y;
            num |= y && *y && cell_is_num(y);
            const char *z = t->cells[(size_t)(h + 1) * nc + c].text;
            counts |= z && *z && cell_is_num(z);
        }
        if (filled < 2 || num || !counts)
            continue;
        int nr = t->nrows - h;
        struct pcell *cells = foi_malloc(sizeof *cells * (size_t)nr * (size_t)nc);
        int *rp = foi_malloc(sizeof *rp * (size_t)nr);
        float *colx = foi_malloc(sizeof *colx * (size_t)(nc + 1));
        struct ptab *B = cells && rp && colx ? pdf_new_table(L) : NULL;
        if (!B) {
            foi_free(cells);
            foi_free(rp);
            foi_free(colx);
            return pdf_nomem(L), -1;
        }
        t = &L->tab[i];   /* the array may have moved */
        memcpy(cells, t->cells + (size_t)h * nc, sizeof *cells * (size_t)nr * (size_t)nc);
        memcpy(rp, t->row_page + h, sizeof *rp * (size_t)nr);
        memcpy(colx, t->colx, sizeof *colx * (size_t)(nc + 1));
        B->page = t->page;
        B->last_page = t->last_page;
        B->x0 = t->x0, B->y0 = t->y0, B->x1 = t->x1, B->y1 = t->y1, B->last_y1 = t->last_y1;
        B->nrows = nr;
        B->ncols = nc;
        B->cells = cells;
        B->row_page = rp;
        B->colx = colx;
        B->header_rows = 1;
        B->ruled = t->ruled;
        /* read right after the first block: its part where the grid is, no
         * lines of its own (its printed rows are the grid's) */
        B->nparts = 1;
        B->parts[0] = t->parts[0];
        B->parts[0].y0 += 0.001f;
        B->parts[0].nlines = 0;
        int shift = t->parts[0].nlines;
        for (int k = 0; k < ntt; k++) {
            B->pre[k] = tt[k];
            B->pre_row[k] = r0 + trow[k] - shift;
        }
        B->npre = ntt;
        for (int k = 0; k < t->npost; k++) {
            B->post[k] = t->post[k];
            B->post_row[k] = t->post_row[k] - shift;
        }
        B->npost = t->npost;
        t->npost = 0;
        t->nrows = s;
        return L->ntab - 1;
    }
    return -1;
}

int pdf_print_headings(struct lay *L)
{
    for (int i = 0; i < L->ntab; i++) {
        struct ptab *t = &L->tab[i];
        if (t->joined)
            continue;
        if (!has_print_headings(t)) {
            spill_titles(L, t);
            if (L->rc)
                return L->rc;
            continue;
        }
        /* the grid without its headings: title rows above, notes below */
        int r0 = 1, r1 = t->nrows - 1, blank;
        const char *x;
        /* a title or a note is one text over empty cells, or one long text
         * the grid cut at its columns ("City of London Police - FOI ... - a" |
         * "against officers" | "and staff": spill_text) */
        while (r0 <= r1 && ((x = row_text(t, r0, 1, &blank)) || blank || (x = spill_text(L, t, r0, 1, 0, &blank)))) {
            if (x && t->npre < 8) {
                t->pre_row[t->npre] = r0;
                t->pre[t->npre++] = x;
            }
            r0++;
        }
        while (r1 >= r0 && ((x = row_text(t, r1, 1, &blank)) || blank || (x = spill_text(L, t, r1, 1, 1, &blank)))) {
            if (x && t->npost < 8) {
                memmove(t->post + 1, t->post, sizeof *t->post * (size_t)t->npost);
                memmove(t->post_row + 1, t->post_row, sizeof *t->post_row * (size_t)t->npost);
                t->post_row[0] = r1;
                t->post[0] = x;
                t->npost++;
            }
            r1--;
        }
        if (r1 < r0) {
            t->npre = t->npost = 0;
            continue;   /* nothing but titles: left as it was */
        }
        /* columns with nothing in the grid go */
        int nc = 0;
        int *keep = foi_malloc(sizeof *keep * (size_t)t->ncols);
        if (!keep)
            return pdf_nomem(L);
        for (int c = 1; c < t->ncols; c++) {
            int any = 0;
            for (int r = r0; r <= r1 && !any; r++) {
                const char *y = t->cells[(size_t)r * t->ncols + c].text;
                any = y && *y;
            }
            if (any)
                keep[nc++] = c;
        }
        if (!nc) {
            foi_free(keep);
            t->npre = t->npost = 0;
            continue;
        }
        int nr = r1 - r0 + 1;
        struct pcell *cells = foi_malloc(sizeof *cells * (size_t)nr * (size_t)nc);
        int *rp = foi_malloc(sizeof *rp * (size_t)nr);
        if (!cells || !rp) {
            foi_free(keep);
            foi_free(cells);
            foi_free(rp);
            return pdf_nomem(L);
        }
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++)
                cells[(size_t)r * nc + c] = t->cells[(size_t)(r0 + r) * t->ncols + keep[c]];
            rp[r] = t->row_page[r0 + r];
        }
        /* the first row is the header when it holds no count */
        int hdr = 1;
        for (int c = 0; c < nc && hdr; c++)
            hdr = !cell_is_num(cells[c].text ? cells[c].text : "");
        for (int c = 0; c < nc; c++)
            cells[c].flags &= ~(unsigned)FOI_CELL_SPANNED;
        float *colx = foi_malloc(sizeof *colx * (size_t)(nc + 1));
        if (!colx) {
            foi_free(keep);
            foi_free(cells);
            foi_free(rp);
            return pdf_nomem(L);
        }
        for (int c = 0; c < nc; c++)
            colx[c] = t->colx[keep[c]];
        colx[nc] = t->colx[keep[nc - 1] + 1];
        foi_free(t->cells);
        foi_free(t->row_page);
        foi_free(t->colx);
        foi_free(keep);
        t->cells = cells;
        t->row_page = rp;
        t->colx = colx;
        t->nrows = nr;
        t->ncols = nc;
        t->header_rows = hdr && nr > 1 ? 1 : 0;
        /* blocks under the first, each a table of its own */
        for (int k = i, r = r0, b; t->header_rows && k >= 0 && !L->rc; k = b) {
            int before = L->tab[k].nrows;
            b = print_block(L, k, r);
            if (b >= 0)
                r += before - L->tab[b].nrows;
        }
    }
    return L->rc;
}
