/* engine_table.c: figures from tables. Each column is either a value column
 * (counts) or a dimension column (labels); header rows, row labels, group rows,
 * the caption, the heading and the lines leading into the table give every
 * count its category, outcome, period, subject and measure. "Total" means what
 * its siblings say: a span of periods, officers and staff together, or the
 * outcome total. */
#include "engine_ctx.h"

#include <ctype.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#define MAXC 512   /* columns the engine interprets; wider tables are cut with an issue */

static const char *cell_text(const struct foi_table *t, int r, int col)
{
    return foi_table_cell(t, r, col)->text;
}

static int is_value_text(struct ectx *c, const char *s)
{
    struct foi_value v;
    if (!*s)
        return 0;
    return foi_value_parse(s, &v) == 0 && v.status != FOI_VS_NONE;
}

/* The label of cell (r, col), classified once per table (c->lab). */
static void cell_label(struct ectx *c, const struct foi_table *t, int r, int col, struct label *L)
{
    const char *text = cell_text(t, r, col);
    if (c->lab_table != t || !c->lab || !*text) {
        eng_classify(c, text, L);
        return;
    }
    struct label **slot = &c->lab[(size_t)r * (size_t)t->ncols + (size_t)col];
    if (*slot) {
        *L = **slot;
        L->text = text;
        return;
    }
    eng_classify(c, text, L);
    struct label *k = foi_arena_alloc(&c->arena, sizeof *k);
    if (k) {
        *k = *L;
        *slot = k;
    }
}

/* The same for cell (r, col), remembered in isv (one byte a cell: 0 not yet
 * known, 1 no, 2 yes): each cell is read once however often it is asked. */
/* is_value_text remembered by text for the whole document: a table repeats
 * its labels in every row. */
static int value_text_memo(struct ectx *c, const char *s)
{
    /* a plain count: no need to remember */
    if (s[0] >= '1' && s[0] <= '9') {
        size_t i = 1;
        while (i < 9 && s[i] >= '0' && s[i] <= '9')
            i++;
        if (!s[i])
            return 1;
    }
    if ((c->vm_n + 1) * 2 > c->vm_mask + 1) {
        size_t ns = c->vm_mask ? (c->vm_mask + 1) * 2 : 256;
        const char **k = foi_arena_alloc(&c->arena, ns * sizeof *k);
        uint32_t *h = foi_arena_alloc(&c->arena, ns * sizeof *h);
        unsigned char *v = foi_arena_alloc(&c->arena, ns);
        if (!k || !h || !v)
            return is_value_text(c, s);
        for (size_t i = 0; c->vm_mask && i <= c->vm_mask; i++) {
            if (!c->vm_key[i])
                continue;
            size_t j = c->vm_hash[i] & (ns - 1);
            while (k[j])
                j = (j + 1) & (ns - 1);
            k[j] = c->vm_key[i];
            h[j] = c->vm_hash[i];
            v[j] = c->vm_val[i];
        }
        c->vm_key = k;
        c->vm_hash = h;
        c->vm_val = v;
        c->vm_mask = ns - 1;
    }
    size_t n = strlen(s);
    uint32_t hv = (uint32_t)foi_hash(s, n);
    size_t j = hv & c->vm_mask;
    for (; c->vm_key[j]; j = (j + 1) & c->vm_mask)
        if (c->vm_hash[j] == hv && !strcmp(c->vm_key[j], s))
            return c->vm_val[j];
    int r = is_value_text(c, s);
    c->vm_key[j] = s;   /* the document's own text: it outlives the memo */
    c->vm_hash[j] = hv;
    c->vm_val[j] = (unsigned char)r;
    c->vm_n++;
    return r;
}

static int cell_is_value(struct ectx *c, const struct foi_table *t, unsigned char *isv, int r, int col)
{
    unsigned char *m = &isv[(size_t)r * (size_t)t->ncols + (size_t)col];
    if (!*m)
        *m = value_text_memo(c, cell_text(t, r, col)) ? 2 : 1;
    return *m == 2;
}

/* Role words in a dimension column's header (structure, not vocabulary). */
static int header_role(const char *h)
{
    if (!h || !*h)
        return -1;
    if (foi_strcasestr(h, "period") || foi_strcasestr(h, "month") || foi_strcasestr(h, "year") ||
        foi_strcasestr(h, "quarter") || foi_strcasestr(h, "date"))
        return PRIMARY_PERIOD;
    if (foi_strcasestr(h, "outcome") || foi_strcasestr(h, "result") || foi_strcasestr(h, "finding") ||
        foi_strcasestr(h, "disposal"))
        return FOI_VOCAB_OUTCOME;
    if (foi_strcasestr(h, "subject") || foi_strcasestr(h, "employee") || foi_strcasestr(h, "role") ||
        foi_strcasestr(h, "rank") || foi_strcasestr(h, "staff type") || foi_strcasestr(h, "officer/staff"))
        return FOI_VOCAB_SUBJECT;
    if (foi_strcasestr(h, "force") || foi_strcasestr(h, "constabulary"))
        return FOI_VOCAB_FORCE;
    if (foi_strcasestr(h, "type") || foi_strcasestr(h, "categor") || foi_strcasestr(h, "allegation") ||
        foi_strcasestr(h, "nature") || foi_strcasestr(h, "complaint"))
        return FOI_VOCAB_CATEGORY;
    return -1;
}

/* A value column whose header says it is a denominator or a rate, not a count. */
static int denominator_header(const char *h)
{
    return foi_strcasestr(h, "headcount") || foi_strcasestr(h, "strength") ||
           foi_strcasestr(h, "fte") || foi_strcasestr(h, "workforce") ||
           foi_strcasestr(h, "rate") || foi_strcasestr(h, "per 1,000") ||
           foi_strcasestr(h, "per 1000") || foi_strcasestr(h, "per cent") ||
           foi_strcasestr(h, "percentage") || strchr(h, '%') ||
           foi_strcasestr(h, "sample size") || foi_strcasestr(h, "establishment");
}

static void set_dim(struct ectx *c, struct dims *d, int vocab, const struct label *L)
{
    switch (vocab) {
    case PRIMARY_PERIOD:
        if (!d->has_period) {
            d->period = L->period;
            d->has_period = 1;
            d->period_label = L->text;
        }
        break;
    case FOI_VOCAB_CATEGORY: if (!d->category) d->category = L->text; break;
    case FOI_VOCAB_OUTCOME:  if (!d->outcome) d->outcome = L->text; break;
    case FOI_VOCAB_SUBJECT:  if (!d->subject) d->subject = L->text; break;
    case FOI_VOCAB_MEASURE:  if (!d->measure) d->measure = L->text; break;
    case FOI_VOCAB_FORCE:    if (!d->force) d->force = L->id[FOI_VOCAB_FORCE]; break;
    default: break;
    }
    (void)c;
}

/* What a "Total" stands for, given the vocabulary its siblings share. */
static void set_total(struct ectx *c, struct dims *d, int sibling_vocab, const struct label *L,
                      const struct foi_period *span, const char *span_label)
{
    switch (sibling_vocab) {
    case PRIMARY_PERIOD:
        if (!d->has_period && span) {
            d->period = *span;
            d->has_period = 1;
            d->period_label = span_label;
        }
        break;
    case FOI_VOCAB_SUBJECT:
        if (!d->subject) d->subject = "officers_and_staff";
        break;
    case FOI_VOCAB_CATEGORY:
    case FOI_VOCAB_FORCE:
        d->skip = 1;   /* a total across categories or forces is no keyable figure */
        break;
    case FOI_VOCAB_MEASURE:
        break;
    default:
        if (!d->outcome) d->outcome = L->text;
        break;
    }
    /* "Total allegations": a measure rides along */
    if (L->id[FOI_VOCAB_MEASURE] && !d->measure)
        d->measure = L->id[FOI_VOCAB_MEASURE];
    (void)c;
}

struct colinfo {
    int is_value, is_dim, role;
    int dup;              /* same heading as another value column: ambiguous, left out */
    int from_span;        /* a Total whose period is the span of its sibling columns */
    struct dims dims;     /* from the header stack (value columns) */
};

static void lead_in(struct ectx *c, const struct foi_table *t, int prev_anchor, struct textdims *out, int *n, int max)
{
    const struct foi_doc *doc = c->doc;
    *n = 0;
    int start = t->anchor_line - 1;   /* 0-based index of the line just above */
    if (doc->format == FOI_FMT_TEXT && t->first_line > 0) {
        /* text tables: doc lines are file lines; first_line is 1-based */
        start = t->first_line - 2;
    }
    if (start >= doc->nlines)
        start = doc->nlines - 1;
    for (int i = start; i >= 0 && i >= prev_anchor && *n < max; i--) {
        const struct foi_line *l = &doc->lines[i];
        if (!l->text[0])
            continue;
        if (i >= c->req_first && i <= c->req_last && c->req_first >= 0)
            break;
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
        }
        eng_textdims(c, text, &out[*n]);
        (*n)++;
        if (l->flags & FOI_LINE_HEADING)
            break;
    }
}

/* In a force column, a name that appears twice ("West Midlands" the region
 * and "West Midlands" the force) is the region where its value is the sum of
 * the force rows that follow it, up to the next row that is no force. */
struct fid { const char *id; int row; };

static int fid_cmp(const void *pa, const void *pb)
{
    const struct fid *a = pa, *b = pb;
    int c = strcmp(a->id, b->id);
    return c ? c : (a->row > b->row) - (a->row < b->row);
}

/* Rows h.. of force column col whose force another row also names: twice[r]
 * set (once per column, instead of every row looking at every other). */
static unsigned char *force_twice(struct ectx *c, const struct foi_table *t, int h, int col)
{
    int nr = t->nrows;
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
        cell_label(c, t, o, col, &M);
        if (M.id[FOI_VOCAB_FORCE])
            v[n++] = (struct fid){ M.id[FOI_VOCAB_FORCE], o };
    }
    qsort(v, (size_t)n, sizeof *v, fid_cmp);
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && !strcmp(v[j].id, v[i].id))
            j++;
        if (j - i >= 2)
            for (int k = i; k < j; k++)
                twice[v[k].row] = 1;
        i = j;
    }
    foi_free(v);
    return twice;
}

static int region_row(struct ectx *c, const struct foi_table *t, int h, int col, int r,
                      const struct colinfo *ci, int nc, unsigned char **twice_of)
{
    struct label L;
    cell_label(c, t, r, col, &L);
    const char *id = L.id[FOI_VOCAB_FORCE];
    if (!id || t->nrows > 2000)   /* national tables have dozens of rows, not thousands */
        return 0;
    if (!twice_of[col] && !(twice_of[col] = force_twice(c, t, h, col))) {
        c->rc = FOI_ENOMEM;
        return 0;
    }
    if (!twice_of[col][r])
        return 0;
    int vc = -1;
    for (int k = 0; k < nc && vc < 0; k++)
        if (ci[k].is_value)
            vc = k;
    if (vc < 0)
        return 0;
    struct foi_value v;
    if (foi_value_parse(cell_text(t, r, vc), &v) || v.status != FOI_VS_REPORTED)
        return 0;
    int64_t sum = 0;
    int n = 0;
    for (int o = r + 1; o < t->nrows; o++) {
        struct label M;
        cell_label(c, t, o, col, &M);
        if (!M.id[FOI_VOCAB_FORCE])
            break;
        struct foi_value w;
        if (foi_value_parse(cell_text(t, o, vc), &w) || w.status != FOI_VS_REPORTED)
            return 0;
        sum += w.value;
        n++;
        if (sum > v.value)
            return 0;   /* counts never take away: it cannot come back to the region's */
    }
    return n >= 2 && sum == v.value;
}

static int table_extract(struct ectx *c, const struct foi_table *t, int prev_anchor)
{
    int nr = t->nrows, nc = t->ncols;
    if (nr < 1 || nc < 1)
        return 0;
    if (nc > MAXC) {
        if (c->out->issue)
            c->out->issue(c->out, FOI_SEV_WARNING, "parse_error", "",
                          "table has more columns than the engine reads; extra columns ignored");
        nc = MAXC;
    }
    int h = t->header_rows;
    unsigned char *isv = foi_arena_alloc(&c->arena, (size_t)nr * (size_t)t->ncols + 1);
    if (!isv)
        return c->rc = FOI_ENOMEM;
    /* each cell's label, classified once (NULL: not yet) */
    c->lab = foi_arena_alloc(&c->arena, sizeof *c->lab * ((size_t)nr * (size_t)t->ncols + 1));
    c->lab_table = c->lab ? t : NULL;
    if (h == 0 && nr > 1) {
        int vals = 0;
        for (int col = 0; col < nc; col++)
            vals += cell_is_value(c, t, isv, 0, col);
        if (!vals)
            h = 1;
    }
    if (h >= nr)
        return 0;

    struct colinfo *ci = foi_arena_alloc(&c->arena, sizeof *ci * (size_t)nc);
    struct label *hl = foi_arena_alloc(&c->arena, sizeof *hl * (size_t)nc * (size_t)(h ? h : 1));
    if (!ci || !hl)
        return c->rc = FOI_ENOMEM;

    /* 1. value columns and dimension columns */
    for (int col = 0; col < nc; col++) {
        int nv = 0, nl = 0;
        for (int r = h; r < nr; r++) {
            const char *s = cell_text(t, r, col);
            if (!*s)
                continue;
            if (cell_is_value(c, t, isv, r, col))
                nv++;
            else
                nl++;
        }
        const char *top = h ? cell_text(t, h - 1, col) : "";
        int hrole = header_role(top);
        if (nv > 0 && nv >= nl && hrole != PRIMARY_PERIOD && !(h && denominator_header(top)))
            ci[col].is_value = 1;
        else if (nl > 0 || (nv > 0 && hrole == PRIMARY_PERIOD))
            ci[col].is_dim = 1;
        ci[col].role = -1;
    }

    /* 2. roles of dimension columns: the vocabulary most of their labels share */
    for (int col = 0; col < nc; col++) {
        if (!ci[col].is_dim)
            continue;
        int votes[FOI_VOCAB_COUNT + 1] = {0};
        for (int r = h; r < nr; r++) {
            const struct foi_cell *cell = foi_table_cell(t, r, col);
            if (!*cell->text || (cell->flags & FOI_CELL_SPANNED))
                continue;
            struct label L;
            cell_label(c, t, r, col, &L);
            if (L.total || L.primary < 0)
                continue;
            votes[L.primary]++;
        }
        int best = -1, bv = 0;
        for (int v = 0; v <= FOI_VOCAB_COUNT; v++)
            if (votes[v] > bv) {
                bv = votes[v];
                best = v;
            }
        int hrole = h ? header_role(cell_text(t, h - 1, col)) : -1;
        if (best < 0 || (hrole >= 0 && votes[hrole] == bv))
            best = hrole;
        ci[col].role = best;
    }

    /* 3. header stacks of value columns, lowest level first */
    for (int lvl = 0; lvl < h; lvl++)
        for (int col = 0; col < nc; col++)
            if (ci[col].is_value)
                cell_label(c, t, lvl, col, &hl[(size_t)lvl * nc + col]);
    for (int col = 0; col < nc; col++) {
        if (!ci[col].is_value)
            continue;
        struct dims *d = &ci[col].dims;
        for (int lvl = h - 1; lvl >= 0; lvl--) {
            const struct label *L = &hl[(size_t)lvl * nc + col];
            if (!L->text || !*L->text)
                continue;
            if (!L->total) {
                /* a header describes its column: every vocabulary it names
                 * ("Allegations resulting in dismissal": measure and outcome) */
                if (L->primary >= 0)
                    set_dim(c, d, L->primary, L);
                for (int v = 0; v < FOI_VOCAB_COUNT; v++) {
                    if (v == L->primary || !L->id[v] || v == FOI_VOCAB_FORCE)
                        continue;
                    if (!strcmp(L->id[v], "other") && !L->exact[v])
                        continue;
                    if (v == FOI_VOCAB_MEASURE) {
                        if (!d->measure) d->measure = L->id[v];
                    } else if (v == FOI_VOCAB_SUBJECT) {
                        if (!d->subject) d->subject = L->id[v];
                    } else {
                        set_dim(c, d, v, L);
                    }
                }
                continue;
            }
            /* siblings: value columns at this level under the same parents */
            int votes[FOI_VOCAB_COUNT + 1] = {0}, any = 0;
            struct foi_period span;
            int have_span = 0;
            const char *first_lab = NULL, *last_lab = NULL;
            for (int pass = 0; pass < 2 && !any; pass++) {
                for (int o = 0; o < nc; o++) {
                    if (o == col || !ci[o].is_value)
                        continue;
                    const struct label *S = &hl[(size_t)lvl * nc + o];
                    if (S->total || S->primary < 0)
                        continue;
                    if (pass == 0) {
                        int same = 1;
                        for (int up = 0; up < lvl; up++)
                            if (strcmp(cell_text(t, up, o), cell_text(t, up, col)))
                                same = 0;
                        if (!same)
                            continue;
                    }
                    votes[S->primary]++;
                    any = 1;
                    if (S->primary == PRIMARY_PERIOD) {
                        if (!have_span) {
                            span = S->period;
                            have_span = 1;
                            first_lab = S->text;
                        } else {
                            foi_period_span(&span, &S->period, &span);
                        }
                        last_lab = S->text;
                    }
                }
            }
            int sv = -1, bv = 0;
            for (int v = 0; v <= FOI_VOCAB_COUNT; v++)
                if (votes[v] > bv) {
                    bv = votes[v];
                    sv = v;
                }
            const char *span_label = NULL;
            if (have_span)
                span_label = (first_lab == last_lab) ? first_lab
                    : foi_arena_printf(&c->arena, "%s to %s", first_lab, last_lab);
            set_total(c, d, sv, L, have_span ? &span : NULL, span_label);
            if (sv == PRIMARY_PERIOD)
                ci[col].from_span = 1;
        }
    }

    /* two value columns with the same heading ("2019/20" twice): which is
     * which cannot be told, so neither is read, nor a Total spanning them */
    int any_dup = 0;
    for (int a = 0; a < nc && h > 0; a++) {
        if (!ci[a].is_value)
            continue;
        for (int b = a + 1; b < nc; b++) {
            if (!ci[b].is_value)
                continue;
            int same = 1, blank = 1;
            for (int lvl = 0; lvl < h && same; lvl++) {
                const char *x = cell_text(t, lvl, a), *y = cell_text(t, lvl, b);
                same = !strcmp(x, y);
                if (*x)
                    blank = 0;
            }
            if (same && !blank) {
                if (!ci[a].dup && c->out->issue) {
                    char msg[200], loc[64];
                    snprintf(msg, sizeof msg, "columns %d and %d have the same heading '%.60s'; their figures are left out",
                             a + 1, b + 1, cell_text(t, h - 1, a));
                    snprintf(loc, sizeof loc, "table %d", t->index);
                    c->out->issue(c->out, FOI_SEV_WARNING, "parse_error", loc, msg);
                }
                ci[a].dup = ci[b].dup = 1;
                any_dup = 1;
            }
        }
    }

    /* 4. what the caption, heading and lead-in say */
    struct textdims cap, head, lead[4];
    int nlead = 0;
    eng_textdims(c, t->caption, &cap);
    eng_textdims(c, t->heading, &head);
    lead_in(c, t, prev_anchor, lead, &nlead, 4);

    /* spans of each period dimension column, for a "Total" row in it */
    /* 5. rows */
    struct dims group;
    memset(&group, 0, sizeof group);
    const char **filled = foi_arena_alloc(&c->arena, sizeof *filled * (size_t)nc);
    int *filled_row = foi_arena_alloc(&c->arena, sizeof *filled_row * (size_t)nc);
    unsigned char **twice_of = foi_arena_alloc(&c->arena, sizeof *twice_of * (size_t)nc);
    if (!filled || !filled_row || !twice_of)
        return c->rc = FOI_ENOMEM;
    memset(twice_of, 0, sizeof *twice_of * (size_t)nc);
    for (int r = h; r < nr && !c->rc; r++) {
        int nvals = 0, nlabels = 0, lastlab = -1;
        for (int col = 0; col < nc; col++) {
            const char *s = cell_text(t, r, col);
            if (!*s) continue;
            if (ci[col].is_value && cell_is_value(c, t, isv, r, col)) nvals++;
            else { nlabels++; lastlab = col; }
        }
        if (!nvals) {
            /* a group row ("Police staff", "Sexual assault") labels the rows below */
            if (nlabels >= 1) {
                struct label L;
                cell_label(c, t, r, lastlab, &L);
                int all_same = 1;
                for (int col = 0; col < nc; col++)
                    if (*cell_text(t, r, col) && strcmp(cell_text(t, r, col), cell_text(t, r, lastlab)))
                        all_same = 0;
                if (all_same && L.primary >= 0 && !L.total) {
                    memset(&group, 0, sizeof group);
                    set_dim(c, &group, L.primary, &L);
                }
            }
            continue;
        }
        struct dims rd;
        memset(&rd, 0, sizeof rd);
        for (int col = 0; col < nc; col++) {
            if (!ci[col].is_dim || ci[col].role < 0)
                continue;
            const char *s = cell_text(t, r, col);
            int from = r;
            if (!*s) {
                s = filled[col];          /* fill down an empty label */
                from = filled_row[col];
            } else {
                filled[col] = s;
                filled_row[col] = r;
            }
            if (!s || !*s)
                continue;
            struct label L;
            cell_label(c, t, from, col, &L);
            if (L.total) {
                struct foi_period span;
                int have = 0;
                const char *fl = NULL, *ll = NULL;
                if (ci[col].role == PRIMARY_PERIOD) {
                    for (int o = h; o < nr; o++) {
                        struct label P;
                        cell_label(c, t, o, col, &P);
                        if (!P.period_ok) continue;
                        if (!have) { span = P.period; have = 1; fl = P.text; }
                        else foi_period_span(&span, &P.period, &span);
                        ll = P.text;
                    }
                }
                const char *sl = have ? foi_arena_printf(&c->arena, "%s to %s", fl, ll) : NULL;
                set_total(c, &rd, ci[col].role, &L, have ? &span : NULL, sl);
                continue;
            }
            int role = ci[col].role;
            if (role == PRIMARY_PERIOD && !L.period_ok) {
                if (!rd.period_label)
                    rd.period_label = s;   /* kept as written; unresolved */
                continue;
            }
            if (role == FOI_VOCAB_SUBJECT && L.id[FOI_VOCAB_SUBJECT] == NULL && L.primary >= 0 &&
                L.primary != FOI_VOCAB_SUBJECT) {
                set_dim(c, &rd, L.primary, &L);
                continue;
            }
            if (role == FOI_VOCAB_FORCE &&
                (!L.id[FOI_VOCAB_FORCE] || region_row(c, t, h, col, r, ci, nc, twice_of))) {
                rd.skip = 1;   /* a region or total row in a force column */
                continue;
            }
            set_dim(c, &rd, role, &L);
        }
        if (rd.skip)
            continue;
        for (int col = 0; col < nc && !c->rc; col++) {
            if (!ci[col].is_value)
                continue;
            const struct foi_cell *cell = foi_table_cell(t, r, col);
            if (!*cell->text)
                continue;
            struct foi_value v;
            int vr = eng_value(c, cell->text, &v);
            const char *loc = foi_cell_locator_in(&c->arena, c->doc, t, r, col);
            if (vr != 0 || v.status == FOI_VS_NONE) {
                if (c->out->issue) {
                    char msg[200];
                    snprintf(msg, sizeof msg, "cannot read '%.40s' as a count%s", cell->text,
                             vr == FOI_ERANGE ? " (negative, fractional or too large)" : "");
                    c->out->issue(c->out, FOI_SEV_WARNING, "parse_error", loc, msg);
                }
                continue;
            }
            struct dims d = ci[col].dims;
            if (d.skip || ci[col].dup || (any_dup && ci[col].from_span))
                continue;
            /* row labels fill what the column did not say */
            if (!d.category) d.category = rd.category;
            if (!d.outcome) d.outcome = rd.outcome;
            if (!d.subject) d.subject = rd.subject;
            if (!d.measure) d.measure = rd.measure;
            if (!d.force) d.force = rd.force;
            if (!d.has_period && rd.has_period) {
                d.period = rd.period;
                d.has_period = 1;
                d.period_label = rd.period_label;
            } else if (!d.has_period && !d.period_label) {
                d.period_label = rd.period_label;
            }
            /* group rows */
            if (!d.category) d.category = group.category;
            if (!d.subject) d.subject = group.subject;
            if (!d.measure) d.measure = group.measure;
            if (!d.has_period && group.has_period) {
                d.period = group.period; d.has_period = 1; d.period_label = group.period_label;
            }
            /* statement of what is counted */
            if (c->statement_measure) {
                int measures = 0;
                for (int o = 0; o < nc; o++)
                    if (ci[o].is_value && ci[o].dims.measure && d.measure && strcmp(ci[o].dims.measure, d.measure))
                        measures = 1;
                if (!measures)
                    d.measure = c->statement_measure;
            }
            /* then the table's own words, then the request */
            int had_label = d.period_label != NULL && !d.has_period;
            dims_fill_text(&d, &cap);
            dims_fill_text(&d, &head);
            for (int k = 0; k < nlead; k++)
                dims_fill_text(&d, &lead[k]);
            dims_fill_text(&d, &c->req);
            if (had_label && d.has_period) {
                /* a row period we could not read: do not replace it by context */
                d.has_period = 0;
            }
            if (!d.measure) d.measure = c->o->default_measure;
            if (!d.subject) d.subject = c->o->default_subject;
            double conf = c->o->confidence;
            if (!d.category || !d.has_period)
                conf -= 0.2;
            eng_emit(c, &d, cell->text, &v, loc, cell->text, conf < 0.05 ? 0.05 : conf);
        }
    }
    return c->rc;
}

int eng_tables(struct ectx *c)
{
    int prev_anchor = 0;
    for (int i = 0; i < c->doc->ntables && !c->rc; i++) {
        const struct foi_table *t = &c->doc->tables[i];
        table_extract(c, t, prev_anchor);
        prev_anchor = (c->doc->format == FOI_FMT_TEXT && t->last_line > 0) ? t->last_line : t->anchor_line;
    }
    return c->rc;
}

/* ------------------------------------------------------------ probe */
int foi_engine_probe_tables(const struct foi_doc *doc)
{
    long vals = 0, cells = 0;
    for (int i = 0; i < doc->ntables; i++) {
        const struct foi_table *t = &doc->tables[i];
        for (int r = t->header_rows; r < t->nrows; r++)
            for (int col = 0; col < t->ncols; col++) {
                const char *s = foi_table_cell(t, r, col)->text;
                if (!*s)
                    continue;
                cells++;
                struct foi_value v;
                if (foi_value_parse(s, &v) == 0 && v.status != FOI_VS_NONE)
                    vals++;
            }
    }
    if (!vals)
        return 0;
    int share = (int)(vals * 100 / (cells ? cells : 1));
    int score = 30 + share / 2;
    return score > 80 ? 80 : score;
}
