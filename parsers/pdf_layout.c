/* pdf_layout.c: a PDF's characters to a document: words (gaps against the
 * font size), lines (baseline clusters, superscripts kept apart), page
 * furniture set aside, tables (pdf_table.c), reading order with two-column
 * regions, paragraphs, and the foi_doc lines and tables with their locators. */
#include "pdf_geom.h"
#include "../normalize/normalize.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Geometry, as fractions of the font size (em) unless named in points. */
#define BASE_TOL     0.20f  /* characters whose baselines differ by less share a line */
#define WORD_GAP     0.20f  /* a wider gap between characters ends a word */
#define SUP_SIZE     0.85f  /* a superscript is at most this size of its line ... */
#define SUP_RAISE    0.12f  /* ... raised at least this much ... */
#define SUP_REACH    0.75f  /* ... and at most this much */
#define PARA_PITCH   1.60f  /* lines further apart start a new paragraph */
#define HEAD_BAND    0.25f  /* running headers: the top quarter of the page */
#define FOOT_BAND    0.20f  /* running footers: the bottom fifth */
#define MARK_BAND    0.12f  /* page numbers and markings alone: this close to an edge */
#define POS_TOL      4.0f   /* points: a running header or footer's place on each page */
#define GUTTER       1.5f   /* the narrowest gap between two columns of text */
#define OVERLAP      0.30f  /* a character starting this far inside the one before is drawn over it */
#define OVER_GAP     0.7f   /* text drawn under the start of other text ends this far before it */

int pdf_nomem(struct lay *L)
{
    if (!L->rc)
        L->rc = foi_errf(L->err, FOI_ENOMEM, NULL, "out of memory reading the PDF");
    return L->rc;
}

/* ------------------------------------------------------------ text helpers */

/* What a character is written as: superscript digits as ¹ ² ³ (so a
 * footnote marker never reads as a count), private-use bullets as •. */
static uint32_t shown(const struct foi_pdf_char *c)
{
    uint32_t cp = c->cp;
    if (c->flags & PDF_CH_SUPER) {
        static const uint32_t sup[10] = { 0x2070, 0xB9, 0xB2, 0xB3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079 };
        if (cp >= '0' && cp <= '9')
            return sup[cp - '0'];
    }
    if (cp == 0xF0B7 || cp == 0xF0A7 || cp == 0xF076 || cp == 0xF0D8 || cp == 0xF0FC || cp == 0xF0A8)
        return 0x2022;
    if (cp == 0xAD)
        return '-';
    if (cp >= 0xE000 && cp <= 0xF8FF)
        return 0xFFFD;   /* a symbol font's private glyph: no text */
    return cp;
}

int pdf_shown_utf8(const struct foi_pdf_char *c, char *o)
{
    return foi_utf8_put(o, shown(c));
}

static int starts_ci(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (!*s || ((*s | 0x20) != (*p | 0x20)))
            return 0;
    return 1;
}

int pdf_is_num(const char *s)
{
    if (!s || !*s)
        return 0;
    /* marks of suppressed or nil cells */
    if (!strcmp(s, "*") || !strcmp(s, "-") || !strcmp(s, "\xE2\x80\x93") || !strcmp(s, "\xE2\x80\x94") ||
        !strcmp(s, "**") || !strcmp(s, "~") || !strcmp(s, ".."))
        return 1;
    /* blacked out: full blocks (read_pdf.c draws a covered character as
     * one, and redaction tools write them) */
    if (!strncmp(s, "\xE2\x96\x88", 3)) {
        const char *q = s;
        while (!strncmp(q, "\xE2\x96\x88", 3))
            q += 3;
        if (!*q)
            return 1;
    }
    /* statistical marks in brackets: "[x]", "[c]", "[z]", "[low]" */
    size_t n = strlen(s);
    if (n >= 3 && n <= 5 && s[0] == '[' && s[n - 1] == ']') {
        for (size_t i = 1; i + 1 < n; i++)
            if (!(s[i] >= 'a' && s[i] <= 'z'))
                return 0;
        return 1;
    }
    const char *p = s;
    if (*p == '<' || *p == '>')
        p++;
    int digits = 0, ndig = 0;
    const char *d0 = p;
    while ((*p >= '0' && *p <= '9') || (*p == ',' && digits)) {
        if (*p != ',')
            digits++;
        p++;
    }
    ndig = digits;
    if (!digits)
        return 0;
    if (*p == '.' && p[1] >= '0' && p[1] <= '9') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    if (*p == '%' || *p == '*')
        p++;
    if (*p)
        return 0;
    if (ndig == 4 && p - d0 == 4 && (d0[0] == '1' || d0[0] == '2') && (d0[1] == '9' || d0[1] == '0'))
        return 0;   /* a year */
    return 1;
}

int pdf_text_word(struct foi_buf *b, const char *word, int new_line)
{
    if (b->len) {
        char last = b->data[b->len - 1];
        char before = b->len >= 2 ? b->data[b->len - 2] : ' ';
        int letter_before = (before | 0x20) >= 'a' && (before | 0x20) <= 'z';
        /* a word broken with a hyphen at a line end: joined, hyphen kept */
        if (!(new_line && last == '-' && letter_before && word[0] && word[0] != ' '))
            if (foi_buf_addc(b, ' '))
                return FOI_ENOMEM;
    }
    return foi_buf_adds(b, word) ? FOI_ENOMEM : 0;
}

const char *pdf_arena_text(struct lay *L, struct foi_buf *b)
{
    const char *t = foi_collapse_ws(&L->a, b->data ? b->data : "", b->len);
    if (!t)
        pdf_nomem(L);
    return t;
}

/* ------------------------------------------------------------ characters to lines */

struct kch {
    struct foi_pdf_char c;
    int cl;          /* baseline cluster */
    float sx;        /* where it sorts: its left edge, or for a character of
                        no width (the second letter MuPDF makes of a
                        ligature) that of the character drawn before it */
};

static int cmp_kch_base(const void *a, const void *b)
{
    const struct kch *x = a, *y = b;
    if (x->c.base != y->c.base)
        return x->c.base < y->c.base ? -1 : 1;
    if (x->sx != y->sx)
        return x->sx < y->sx ? -1 : 1;
    return x->c.seq < y->c.seq ? -1 : x->c.seq > y->c.seq;
}

static int cmp_kch_seq(const void *a, const void *b)
{
    const struct kch *x = a, *y = b;
    return x->c.seq < y->c.seq ? -1 : x->c.seq > y->c.seq;
}

static int cmp_pw_x(const void *a, const void *b)
{
    const struct pw *x = a, *y = b;
    return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

/* Text drawn over other text on one line (a table cell's label running on
 * under the next cell's text: "...sexual purpose" under "Dismissed"): a
 * character starting well inside the one left of it. Sorted by place, the two texts
 * would interleave letter by letter ("purposDeismissed"). Set text never
 * overlaps that much (kerning takes a tenth of an em at most; the doubled
 * glyphs of fake bold are the same letter). */
static int overdrawn(const struct kch *k, int i, int j)
{
    int prev = -1;
    for (int t = i; t < j; t++) {
        const struct foi_pdf_char *c = &k[t].c;
        if (c->flags & PDF_CH_SPACE || c->x1 - c->x0 < 0.01f * c->size)
            continue;
        if (prev >= 0) {
            const struct foi_pdf_char *p = &k[prev].c;
            if (c->x0 < p->x1 - OVERLAP * fmaxf(c->size, p->size) && c->cp != p->cp)
                return 1;
        }
        prev = t;
    }
    return 0;
}

static int cmp_kch_line(const void *a, const void *b)
{
    const struct kch *x = a, *y = b;
    if (x->cl != y->cl)
        return x->cl < y->cl ? -1 : 1;
    /* left to right; characters at one place (a ligature's letters) in the
     * order the page draws them */
    if (x->sx != y->sx)
        return x->sx < y->sx ? -1 : 1;
    return x->c.seq < y->c.seq ? -1 : x->c.seq > y->c.seq;
}

struct clus {
    int i0, i1;      /* chars [i0, i1) in base order */
    float base, size, x0, x1, top;
    int into;        /* merged into this cluster (superscripts), or itself */
};

/* A cluster of small characters just above a line, each next to one of
 * its characters, is that line's superscript (a footnote marker). */
static int superscript_of(const struct kch *k, const struct clus *s, const struct clus *m)
{
    if (s->size > SUP_SIZE * m->size)
        return 0;
    float raise = m->base - s->base;
    if (raise < SUP_RAISE * m->size || raise > SUP_REACH * m->size)
        return 0;
    if (s->x1 < m->x0 - m->size || s->x0 > m->x1 + m->size)
        return 0;
    if (s->i1 - s->i0 > 8 || m->i1 - m->i0 > 4000)
        return 0;
    for (int i = s->i0; i < s->i1; i++) {
        int near = 0;
        for (int j = m->i0; j < m->i1 && !near; j++) {
            float gap = fmaxf(k[i].c.x0 - k[j].c.x1, k[j].c.x0 - k[i].c.x1);
            near = gap <= 0.6f * m->size;
        }
        if (!near)
            return 0;
    }
    return 1;
}

static int add_word(struct lay *L, struct ppage *P, const struct kch *k, int i0, int i1, int line,
                    struct foi_buf *b)
{
    if (P->nw == P->aw) {
        size_t a = (size_t)P->aw;
        if (foi_grow((void **)&P->w, &a, (size_t)P->nw, sizeof *P->w))
            return pdf_nomem(L);
        P->aw = (int)a;
    }
    struct pw *w = &P->w[P->nw];
    memset(w, 0, sizeof *w);
    foi_buf_reset(b);
    int bold = 1, super = 1;
    w->x0 = k[i0].c.x0, w->x1 = k[i0].c.x1;
    w->y0 = 1e30f, w->y1 = -1e30f;
    float sz = 0, supsz = 0;
    for (int i = i0; i < i1; i++) {
        const struct foi_pdf_char *c = &k[i].c;
        if (c->flags & PDF_CH_DUP)
            continue;
        char u[4];
        if (foi_buf_add(b, u, (size_t)foi_utf8_put(u, shown(c))))
            return pdf_nomem(L);
        w->x0 = fminf(w->x0, c->x0);
        w->x1 = fmaxf(w->x1, c->x1);
        bold &= (c->flags & PDF_CH_BOLD) != 0;
        if (!(c->flags & PDF_CH_SUPER)) {
            super = 0;
            w->y0 = fminf(w->y0, c->y0);
            w->y1 = fmaxf(w->y1, c->y1);
            sz = fmaxf(sz, c->size);
        } else {
            supsz = fmaxf(supsz, c->size);
        }
    }
    if (super) {
        for (int i = i0; i < i1; i++) {
            w->y0 = fminf(w->y0, k[i].c.y0);
            w->y1 = fmaxf(w->y1, k[i].c.y1);
        }
        sz = supsz;
    }
    w->size = sz;
    w->fl = (bold ? PW_BOLD : 0) | (super ? PW_SUPER : 0) |
            ((k[i0].c.flags & PDF_CH_SUPER) ? PW_LEADSUP : 0);
    w->text = foi_arena_strndup(&L->a, b->data ? b->data : "", b->len);
    if (!w->text)
        return pdf_nomem(L);
    if (!super && !(w->fl & PW_LEADSUP)) {
        int anysup = 0;
        for (int i = i0; i < i1; i++)
            anysup |= (k[i].c.flags & PDF_CH_SUPER) != 0;
        if (!anysup && pdf_is_num(w->text))
            w->fl |= PW_NUM;
    }
    w->c0 = i0;
    w->nc = i1 - i0;
    w->line = line;
    P->nw++;
    return 0;
}

/* Characters of one page into words and lines. */
static int build_page(struct lay *L, int pi)
{
    struct ppage *P = &L->pg[pi];
    const struct foi_pdf_page *src = P->src;
    P->w = NULL;
    int n = 0;
    for (int i = 0; i < src->nch; i++)
        if (!(src->ch[i].flags & PDF_CH_ROT))
            n++;
    if (!n)
        return 0;
    struct kch *k = foi_malloc(sizeof *k * (size_t)n);
    struct clus *cl = foi_malloc(sizeof *cl * (size_t)n);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    if (!k || !cl) {
        foi_free(k);
        foi_free(cl);
        return pdf_nomem(L);
    }
    n = 0;
    for (int i = 0; i < src->nch; i++) {
        if (src->ch[i].flags & PDF_CH_ROT)
            continue;
        k[n].c = src->ch[i];
        k[n].sx = k[n].c.x0;
        if (n > 0 && k[n].c.x1 - k[n].c.x0 < 0.01f * k[n].c.size &&
            fabsf(k[n - 1].c.base - k[n].c.base) < 0.1f * k[n].c.size)
            k[n].sx = k[n - 1].sx;
        n++;
    }
    qsort(k, (size_t)n, sizeof *k, cmp_kch_base);
    /* baseline clusters */
    int nc = 0;
    for (int i = 0; i < n;) {
        struct clus *c = &cl[nc];
        c->i0 = i;
        float b0 = k[i].c.base, tol = fmaxf(0.5f, BASE_TOL * k[i].c.size);
        c->x0 = k[i].c.x0, c->x1 = k[i].c.x1, c->size = 0, c->top = k[i].c.y0;
        int j = i;
        while (j < n && k[j].c.base - b0 <= tol) {
            k[j].cl = nc;
            c->x0 = fminf(c->x0, k[j].c.x0);
            c->x1 = fmaxf(c->x1, k[j].c.x1);
            c->top = fminf(c->top, k[j].c.y0);
            if (!(k[j].c.flags & PDF_CH_SPACE))
                c->size = fmaxf(c->size, k[j].c.size);
            j++;
        }
        c->i1 = j;
        c->base = b0;
        if (c->size == 0)
            c->size = k[i].c.size;
        c->into = nc;
        nc++;
        i = j;
    }
    /* superscripts join the line they belong to */
    for (int s = 0; s < nc; s++) {
        for (int m = s + 1; m < nc && m <= s + 4; m++) {
            if (cl[m].base - cl[s].base > SUP_REACH * cl[m].size + 1)
                break;
            if (cl[m].into != m || !superscript_of(k, &cl[s], &cl[m]))
                continue;
            cl[s].into = m;
            for (int i = cl[s].i0; i < cl[s].i1; i++) {
                k[i].cl = m;
                if (!(k[i].c.flags & PDF_CH_SPACE))
                    k[i].c.flags |= PDF_CH_SUPER;
            }
            break;
        }
    }
    qsort(k, (size_t)n, sizeof *k, cmp_kch_line);
    /* the page's characters in line order (the table code reads them) */
    P->ch = foi_arena_alloc(&L->a, sizeof *P->ch * (size_t)n);
    if (!P->ch) {
        foi_free(k);
        foi_free(cl);
        return pdf_nomem(L);
    }
    int rc = 0;
    for (int i = 0; i < n && !rc;) {
        int c = k[i].cl, j = i;
        while (j < n && k[j].cl == c)
            j++;
        /* one line: drop doubled glyphs (fake bold), then words; text drawn
         * over other text is read in the order it is drawn, each text its
         * own words */
        int line = P->nl, first_word = P->nw;
        int w0 = -1;
        int prev = -1;
        int over = overdrawn(k, i, j);
        if (over)
            qsort(k + i, (size_t)(j - i), sizeof *k, cmp_kch_seq);
        for (int t = i; t < j && !rc; t++) {
            const struct foi_pdf_char *ch = &k[t].c;
            if (prev >= 0 && ch->cp == k[prev].c.cp && !(ch->flags & PDF_CH_SPACE) &&
                fabsf(ch->x0 - k[prev].c.x0) < 0.1f * ch->size && fabsf(ch->base - k[prev].c.base) < 0.1f * ch->size) {
                k[t].c.flags |= PDF_CH_DUP;
                continue;
            }
            if (ch->flags & PDF_CH_SPACE) {
                if (w0 >= 0)
                    rc = add_word(L, P, k, w0, t, line, &b);
                w0 = -1;
                continue;
            }
            if (w0 >= 0) {
                const struct foi_pdf_char *pc = &k[prev].c;
                float gap = ch->x0 - pc->x1;
                int lead_sup_ends = (pc->flags & PDF_CH_SUPER) && !(ch->flags & PDF_CH_SUPER) &&
                                    (k[w0].c.flags & PDF_CH_SUPER);
                if (gap > WORD_GAP * fmaxf(ch->size, pc->size) || lead_sup_ends ||
                    (over && ch->x0 < pc->x1 - OVERLAP * fmaxf(ch->size, pc->size))) {
                    rc = add_word(L, P, k, w0, t, line, &b);
                    w0 = -1;
                }
            }
            if (w0 < 0)
                w0 = t;
            prev = t;
        }
        if (!rc && w0 >= 0)
            rc = add_word(L, P, k, w0, j, line, &b);
        if (!rc && over && P->nw > first_word) {
            /* left to right again; a text running on under the next one
             * ends where that one begins (as a spreadsheet clips a cell
             * at the next one's text), so no column gap is closed by it */
            qsort(P->w + first_word, (size_t)(P->nw - first_word), sizeof *P->w, cmp_pw_x);
            for (int w = first_word; w + 1 < P->nw; w++) {
                struct pw *a = &P->w[w];
                const struct pw *nx = &P->w[w + 1];
                float sz = fmaxf(a->size, nx->size);
                if (a->x1 > nx->x0 + 0.1f * sz)
                    a->x1 = fmaxf(a->x0 + 0.1f * sz, nx->x0 - OVER_GAP * sz);
            }
        }
        if (!rc && P->nw > first_word) {
            if (P->nl == P->al) {
                size_t a = (size_t)P->al;
                if (foi_grow((void **)&P->l, &a, (size_t)P->nl, sizeof *P->l)) {
                    rc = pdf_nomem(L);
                    break;
                }
                P->al = (int)a;
            }
            struct pl *l = &P->l[P->nl++];
            memset(l, 0, sizeof *l);
            l->w0 = first_word;
            l->nw = P->nw - first_word;
            l->base = cl[c].base;
            l->size = cl[c].size;
            l->x0 = P->w[first_word].x0;
            l->x1 = P->w[P->nw - 1].x1;
            l->y0 = 1e30f, l->y1 = -1e30f;
            int bold = 1;
            for (int w = first_word; w < P->nw; w++) {
                l->y0 = fminf(l->y0, P->w[w].y0);
                l->y1 = fmaxf(l->y1, P->w[w].y1);
                if (!(P->w[w].fl & PW_SUPER))
                    bold &= (P->w[w].fl & PW_BOLD) != 0;
            }
            l->fl = bold ? PL_BOLD : 0;
        }
        i = j;
    }
    for (int i = 0; i < n; i++) {
        P->ch[i] = k[i].c;
        if (!(k[i].c.flags & (PDF_CH_SPACE | PDF_CH_DUP)))
            P->text_chars++;
    }
    P->nch = n;
    foi_free(k);
    foi_free(cl);
    foi_buf_release(&b);
    return rc ? rc : L->rc;
}

/* ------------------------------------------------------------ line text */

/* A line's words that no table took, as text, one space between words
 * (a wide gap too: text is matched by phrases, and a justified line's gaps
 * are no columns). */
static const char *line_text(struct lay *L, const struct ppage *P, const struct pl *l, struct foi_buf *b)
{
    foi_buf_reset(b);
    const struct pw *prev = NULL;
    for (int i = l->w0; i < l->w0 + l->nw; i++) {
        const struct pw *w = &P->w[i];
        if (w->used)
            continue;
        if (prev && foi_buf_addc(b, ' ')) {
            pdf_nomem(L);
            return NULL;
        }
        if (foi_buf_adds(b, w->text)) {
            pdf_nomem(L);
            return NULL;
        }
        prev = w;
    }
    const char *t = foi_arena_strndup(&L->a, b->data ? b->data : "", b->len);
    if (!t)
        pdf_nomem(L);
    return t;
}

/* Recompute a line's box from the words no table took; 0 when none is left. */
static int refit_line(struct ppage *P, struct pl *l)
{
    int any = 0;
    for (int i = l->w0; i < l->w0 + l->nw; i++) {
        const struct pw *w = &P->w[i];
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
    return any;
}

/* ------------------------------------------------------------ page furniture */

/* "Page 2 of 3", "Page 2", "2 of 3", "2/3", "- 2 -", "2": a page number. */
static int page_number(const char *s, int alone)
{
    const char *p = s;
    int page_word = 0;
    if (starts_ci(p, "page ")) {
        p += 5;
        page_word = 1;
    }
    if (*p == '-' && p[1] == ' ')
        p += 2;
    int d = 0;
    long n = 0, m = 0;
    while (*p >= '0' && *p <= '9')
        n = n * 10 + (*p++ - '0'), d++;
    if (!d || d > 5)
        return 0;
    if (!*p)
        return page_word || alone;
    if (!strcmp(p, " -"))
        return 1;
    if (starts_ci(p, " of "))
        p += 4;
    else if (*p == '/')
        p += 1;
    else
        return 0;
    d = 0;
    while (*p >= '0' && *p <= '9')
        m = m * 10 + (*p++ - '0'), d++;
    /* page n of m: never past the last ("2024/25" is a year, not page 2024 of 25) */
    return d > 0 && d <= 5 && !*p && n >= 1 && n <= m;
}

/* A protective marking (Government Security Classifications, and the older
 * markings), in capitals, alone in its place. */
static int marking(const char *s)
{
    static const char *const marks[] = {
        "OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "OFFICIAL \xE2\x80\x93 SENSITIVE", "OFFICIAL - SENSITIVE",
        "OFFICIAL", "NOT PROTECTIVELY MARKED", "UNCLASSIFIED", "PROTECT", "RESTRICTED", "CONFIDENTIAL",
        "SECRET", "TOP SECRET", NULL
    };
    for (int i = 0; marks[i]; i++) {
        size_t n = strlen(marks[i]);
        if (!strncmp(s, marks[i], n)) {
            const char *r = s + n;
            /* "OFFICIAL - PERSONAL", "OFFICIAL (FOI)": a descriptor in capitals */
            for (; *r; r++)
                if (*r >= 'a' && *r <= 'z')
                    return 0;
            return 1;
        }
    }
    return 0;
}

/* A browser's print header (date and time) or footer (an address). */
static int browser_stamp(const char *s)
{
    if (starts_ci(s, "http://") || starts_ci(s, "https://") || starts_ci(s, "file://"))
        return 1;
    /* 12/3/26, 3:53 PM ; 03/12/2026 15:53 */
    const char *p = s;
    int parts = 0;
    while (parts < 3) {
        int d = 0;
        while (*p >= '0' && *p <= '9')
            p++, d++;
        if (!d || d > 4)
            return 0;
        parts++;
        if (parts < 3) {
            if (*p != '/' && *p != '.')
                return 0;
            p++;
        }
    }
    if (*p == ',')
        p++;
    if (*p != ' ')
        return 0;
    p++;
    int d = 0;
    while (*p >= '0' && *p <= '9')
        p++, d++;
    return d >= 1 && d <= 2 && *p == ':';
}

/* Text of a segment of a line (words between gaps wider than 1.5 em). */
struct seg {
    int w0, w1;
    float x0, x1;
};

static int segments(const struct ppage *P, const struct pl *l, struct seg *s, int max, float gap_em)
{
    int n = 0;
    const struct pw *prev = NULL;
    for (int i = l->w0; i < l->w0 + l->nw; i++) {
        const struct pw *w = &P->w[i];
        if (w->used)
            continue;
        if (!prev || w->x0 - prev->x1 > gap_em * fmaxf(w->size, prev->size)) {
            if (n == max)
                return n;
            s[n].w0 = i;
            s[n].x0 = w->x0;
            n++;
        }
        s[n - 1].w1 = i + 1;
        s[n - 1].x1 = w->x1;
        prev = w;
    }
    return n;
}

static const char *seg_text(struct lay *L, const struct ppage *P, const struct seg *s, struct foi_buf *b)
{
    foi_buf_reset(b);
    for (int i = s->w0; i < s->w1; i++) {
        if (P->w[i].used)
            continue;
        if ((b->len && foi_buf_addc(b, ' ')) || foi_buf_adds(b, P->w[i].text)) {
            pdf_nomem(L);
            return "";
        }
    }
    return b->data ? b->data : "";
}

/* Digits to '#', letters lowered, spaces collapsed: "Page 2 of 4" and
 * "Page 3 of 4" are the same running footer. */
static char *furn_key(struct lay *L, const char *t, int digits)
{
    size_t n = strlen(t);
    char *k = foi_arena_alloc(&L->a, n + 1);
    if (!k) {
        pdf_nomem(L);
        return NULL;
    }
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (c == ' ' && (o == 0 || k[o - 1] == ' '))
            continue;
        if (digits && c >= '0' && c <= '9')
            c = '#';
        else if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        k[o++] = c;
    }
    while (o && k[o - 1] == ' ')
        o--;
    k[o] = '\0';
    return k;
}

struct fcand {
    const char *key;
    const char *raw;   /* the line as written, digits kept */
    int page, line;
    float pos;       /* headers: baseline from the top; footers: from the bottom */
    int foot;
};

static int cmp_fcand(const void *a, const void *b)
{
    const struct fcand *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    if (x->foot != y->foot)
        return x->foot - y->foot;
    if (x->page != y->page)
        return x->page - y->page;
    return x->line - y->line;
}

/* A year (1900..2099) standing as a number of its own in the text. */
static int names_year(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (p > s && p[-1] >= '0' && p[-1] <= '9')
            continue;
        if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0'))
            if (p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9'))
                return 1;
    }
    return 0;
}

/* A repeated top line that heads columns of figures just below it is a
 * table's repeated header row, not a running header. A report writer's
 * group heading between them (a type in capitals over its block of
 * results: one run of text, no figure, at most two such lines) is passed
 * over: the header heads the columns of the block under it. */
static int heads_columns(struct lay *L, const struct ppage *P, int li)
{
    const struct pl *l = &P->l[li];
    struct seg a[16], b[16];
    int na = segments(P, l, a, 16, 0.9f);
    if (na < 1)
        return 0;
    float above = l->base;
    int passed = 0;
    for (int j = li + 1; j < P->nl; j++) {
        const struct pl *m = &P->l[j];
        if (m->gone || m->furn || m->base <= l->base)
            continue;
        if (m->base - above > 3.0f * l->size)
            return 0;
        int nb = segments(P, m, b, 16, 0.9f), num = 0, aligned = 0;
        for (int i = 0; i < nb; i++)
            for (int w = b[i].w0; w < b[i].w1; w++)
                num |= (P->w[w].fl & PW_NUM) != 0;
        if (na >= 2 && nb == 1 && !num && passed < 2 && b[0].x0 < a[1].x0) {
            passed++;
            above = m->base;
            continue;
        }
        if (na == 1) {
            /* "Type of allegation" alone over a row of figures (the other
             * columns' headings turned, or none): the heading of the label
             * column, starting where the row's label starts and ending
             * before its first figure, naming no number */
            int nums = 0, first = -1;
            for (int i = 0; i < nb; i++)
                for (int w = b[i].w0; w < b[i].w1; w++)
                    if (P->w[w].fl & PW_NUM) {
                        nums++;
                        if (first < 0)
                            first = i;
                        break;
                    }
            int digit = 0;
            for (int w = a[0].w0; w < a[0].w1 && !digit; w++)
                for (const char *q = P->w[w].text; *q && !digit; q++)
                    digit = *q >= '0' && *q <= '9';
            return nums >= 2 && first > 0 && !digit && fabsf(a[0].x0 - b[0].x0) <= 0.5f * l->size &&
                   a[0].x1 < b[first].x0;
        }
        for (int i = 0; i < na; i++)
            for (int t = 0; t < nb; t++)
                if (a[i].x0 < b[t].x1 && b[t].x0 < a[i].x1) {
                    aligned++;
                    break;
                }
        (void)L;
        return num && aligned >= 2;
    }
    return 0;
}

/* A line right over tables of its page (their top edges within an em under
 * its foot) each part of which (words between gaps of 1.5 em) starts over a
 * table of its own and ends within it: a caption ("Police officers" over a
 * table, or "Police officers" and "Police staff" over two tables side by
 * side), however often it repeats. The table parts, as table * 64 + part,
 * left to right into tab (at most max); their number, or 0. */
static int caption_over(const struct lay *L, const struct ppage *P, int p, const struct pl *l, int *tab, int max)
{
    struct seg s[8];
    int ns = segments(P, l, s, 8, 1.5f);
    if (ns < 1 || ns > max || ns == 8)
        return 0;
    int n = 0;
    for (int k = 0; k < ns; k++) {
        int hit = -1;
        for (int t = 0; t < L->ntab && hit < 0; t++)
            for (int q = 0; q < L->tab[t].nparts && q < 64 && hit < 0; q++) {
                const struct tpart *tp = &L->tab[t].parts[q];
                float gap = tp->y0 - l->y1, em = l->size;
                if (tp->page != p || gap < -0.2f * em || gap > 1.2f * em)
                    continue;
                if (s[k].x0 >= tp->x0 - 0.5f * em && s[k].x0 < tp->x1 && s[k].x1 <= tp->x1 + 0.5f * em)
                    hit = t * 64 + q;
            }
        if (hit < 0)
            return 0;
        for (int i = 0; i < n; i++)
            if (tab[i] == hit)
                return 0;
        tab[n++] = hit;
    }
    return n;
}

static int furniture(struct lay *L)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int nc = 0, ac = 0;
    struct fcand *fc = NULL;
    int rc = 0;
    for (int p = 0; p < L->npages && !rc; p++) {
        struct ppage *P = &L->pg[p];
        for (int i = 0; i < P->nl && !rc; i++) {
            struct pl *l = &P->l[i];
            if (l->gone)
                continue;
            int head = l->y1 <= HEAD_BAND * P->height, foot = l->y0 >= (1 - FOOT_BAND) * P->height;
            if (!head && !foot)
                continue;
            /* alone near an edge: a page number, a marking, a browser stamp */
            if (l->y1 <= MARK_BAND * P->height || l->y0 >= (1 - MARK_BAND) * P->height) {
                struct seg s[16];
                int ns = segments(P, l, s, 16, 1.2f);
                for (int k = 0; k < ns && !l->furn; k++) {
                    const char *t = seg_text(L, P, &s[k], &b);
                    if ((ns == 1 && page_number(t, 1)) ||
                        ((k == 0 || k == ns - 1) && page_number(t, 0) && (strchr(t, ' ') || strchr(t, '/'))) ||
                        marking(t) || ((k == 0 || k == ns - 1) && browser_stamp(t)))
                        l->furn = foot ? 2 : 1;
                }
            }
            const char *t = line_text(L, P, l, &b);
            if (!t)
                return L->rc;
            /* a line of figures keeps its digits (two tables' rows are not a footer) */
            struct seg s[16];
            int ns = segments(P, l, s, 16, 0.9f), numseg = 0;
            for (int k = 0; k < ns; k++)
                for (int w = s[k].w0; w < s[k].w1; w++)
                    if (P->w[w].fl & PW_NUM) {
                        numseg++;
                        break;
                    }
            const char *key = furn_key(L, t, numseg < 2);
            if (!key)
                return L->rc;
            if (nc == ac) {
                size_t a = (size_t)ac;
                if (foi_grow((void **)&fc, &a, (size_t)nc, sizeof *fc)) {
                    rc = pdf_nomem(L);
                    break;
                }
                ac = (int)a;
            }
            const char *raw = foi_arena_strdup(&L->a, t);
            if (!raw)
                return pdf_nomem(L);
            fc[nc++] = (struct fcand){ key, raw, p, i, foot ? P->height - l->base : l->base, foot };
        }
    }
    if (!rc && nc) {
        qsort(fc, (size_t)nc, sizeof *fc, cmp_fcand);
        int need = L->npages >= 2 ? (L->npages + 1) / 2 : 2;
        if (need < 2)
            need = 2;
        for (int i = 0; i < nc;) {
            int j = i;
            while (j < nc && !strcmp(fc[j].key, fc[i].key) && fc[j].foot == fc[i].foot)
                j++;
            /* a title line in a running header's place whose dates differ
             * from page to page ("Allegations recorded 1 April 2023 to 31
             * March 2024" over each sheet of a workbook printed to PDF) is
             * each page's own title, content; a page number never is one */
            int own = j - i >= 2 && !fc[i].foot;
            if (own) {
                int differ = 0;
                for (int x = i + 1; x < j; x++)
                    differ |= fc[x].page != fc[i].page && strcmp(fc[x].raw, fc[i].raw) != 0;
                own = differ && names_year(fc[i].raw) && !strstr(fc[i].key, "page");
            }
            if (own)
                for (int x = i; x < j; x++) {
                    struct pl *l = &L->pg[fc[x].page].l[fc[x].line];
                    if (!l->furn)
                        l->own_title = 1;
                }
            if (j - i >= 2 && !own) {
                for (int x = i; x < j; x++) {
                    int pages = 1, lastp = fc[x].page;
                    for (int y = i; y < j; y++)
                        if (fc[y].page != fc[x].page && fc[y].page != lastp &&
                            fabsf(fc[y].pos - fc[x].pos) <= POS_TOL) {
                            pages++;
                            lastp = fc[y].page;
                        }
                    if (pages >= need) {
                        struct ppage *P = &L->pg[fc[x].page];
                        int capt[8];
                        if (!fc[x].foot && (heads_columns(L, P, fc[x].line) ||
                                            caption_over(L, P, fc[x].page, &P->l[fc[x].line], capt, 8)))
                            continue;
                        P->l[fc[x].line].furn = fc[x].foot ? 2 : 1;
                    }
                }
            }
            i = j;
        }
    }
    foi_free(fc);
    /* nothing above a running header or below a running footer is content */
    for (int p = 0; p < L->npages && !rc; p++) {
        struct ppage *P = &L->pg[p];
        float top = -1, bottom = 1e30f;
        float first_own = 1e30f;
        for (int i = 0; i < P->nl; i++)
            if (P->l[i].own_title && !P->l[i].gone)
                first_own = fminf(first_own, P->l[i].base);
        for (int i = 0; i < P->nl; i++) {
            const struct pl *l = &P->l[i];
            if (l->furn == 1 && l->base < first_own)
                top = fmaxf(top, l->base);
            else if (l->furn == 2)
                bottom = fminf(bottom, l->base);
        }
        for (int i = 0; i < P->nl; i++) {
            struct pl *l = &P->l[i];
            if (l->gone || l->furn)
                continue;
            if (l->base < top && l->y1 <= HEAD_BAND * P->height)
                l->furn = 1;
            else if (l->base > bottom && l->y0 >= (1 - FOOT_BAND) * P->height)
                l->furn = 2;
        }
    }
    foi_buf_release(&b);
    return rc ? rc : L->rc;
}

/* ------------------------------------------------------------ reading order */

/* A two-column region: lines that, over a run of at least three lines on
 * each side, never cross one vertical gutter, both columns wide. Lines
 * with words on both sides are split in two at the gutter. */
static int split_line(struct lay *L, struct ppage *P, int li, float g)
{
    struct pl *l = &P->l[li];
    int cut = -1;
    for (int i = l->w0; i < l->w0 + l->nw; i++)
        if (!P->w[i].used && P->w[i].x0 > g) {
            cut = i;
            break;
        }
    if (cut < 0 || cut == l->w0)
        return li;
    if (P->nl == P->al) {
        size_t a = (size_t)P->al;
        if (foi_grow((void **)&P->l, &a, (size_t)P->nl, sizeof *P->l))
        {
            pdf_nomem(L);
            return -1;
        }
        P->al = (int)a;
        l = &P->l[li];
    }
    struct pl *r = &P->l[P->nl];
    *r = *l;
    r->w0 = cut;
    r->nw = l->w0 + l->nw - cut;
    l->nw = cut - l->w0;
    for (int i = r->w0; i < r->w0 + r->nw; i++)
        P->w[i].line = P->nl;
    P->nl++;
    refit_line(P, l);
    refit_line(P, r);
    /* each half keeps the size of its own words (a small key line beside
     * body text is small) */
    for (int h = 0; h < 2; h++) {
        struct pl *x = h ? r : l;
        float sz = 0;
        int bold = 1;
        for (int i = x->w0; i < x->w0 + x->nw; i++)
            if (!P->w[i].used) {
                sz = fmaxf(sz, P->w[i].size);
                if (!(P->w[i].fl & PW_SUPER))
                    bold &= (P->w[i].fl & PW_BOLD) != 0;
            }
        if (sz > 0)
            x->size = sz;
        /* and whether it is bold: a bold heading of one column beside the
         * other column's body text is a heading */
        x->fl = (x->fl & ~(unsigned)PL_BOLD) | (bold ? PL_BOLD : 0);
    }
    return P->nl - 1;
}

/* Captions over tables side by side (caption_over): a line whose parts
 * each head a table of their own is split into those parts, and each part
 * is read just before its table ("Police officers" heads the left table,
 * "Police staff" the right one, not both of them the whole line). */
static int caption_parts(struct lay *L, int p)
{
    struct ppage *P = &L->pg[p];
    int nl = P->nl;
    for (int li = 0; li < nl && !L->rc; li++) {
        if (P->l[li].gone || P->l[li].furn)
            continue;
        int tab[8];
        struct seg s[8];
        int n = caption_over(L, P, p, &P->l[li], tab, 8);
        if (n < 2 || segments(P, &P->l[li], s, 8, 1.5f) != n)
            continue;
        int at = li;
        P->l[at].cap = tab[0] + 1;
        for (int k = 1; k < n; k++) {
            at = split_line(L, P, at, P->w[s[k].w0].x0 - 0.01f);
            if (at < 0)
                return L->rc;
            P->l[at].cap = tab[k] + 1;
        }
    }
    return L->rc;
}

struct order_item {
    int kind;        /* 0 line, 1 table part */
    int idx, part;
    float key1;      /* block top */
    int key2;        /* side */
    float key3;      /* own top or baseline */
    float x;
};

static int cmp_item(const void *a, const void *b)
{
    const struct order_item *x = a, *y = b;
    if (x->key1 != y->key1)
        return x->key1 < y->key1 ? -1 : 1;
    if (x->key2 != y->key2)
        return x->key2 - y->key2;
    if (x->key3 != y->key3)
        return x->key3 < y->key3 ? -1 : 1;
    if (x->x != y->x)
        return x->x < y->x ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind - y->kind;
    return x->idx - y->idx;
}

/* A line's words on one side of g (side 1 left, 2 right) read as running
 * text: four words or more, no count among them, and no gap between two of
 * them as wide as a gutter (a table's wrapped column heads, "Sexual
 * Sexual Sexual" over three columns, are words apart in columns, not a
 * column of text). */
static int prose_side(const struct ppage *P, const struct pl *l, float g, int side)
{
    int words = 0;
    const struct pw *prev = NULL;
    for (int w = l->w0; w < l->w0 + l->nw; w++) {
        const struct pw *x = &P->w[w];
        if (x->used || (side == 1) != (x->x1 <= g))
            continue;
        if (x->fl & PW_NUM)
            return 0;
        if (prev && x->x0 - prev->x1 >= GUTTER * fmaxf(x->size, prev->size))
            return 0;
        prev = x;
        words++;
    }
    return words >= 4;
}

/* A two-column region's sides over its lines first..last: each side's
 * top and bottom baselines, its topmost line, and its pitch (the least
 * step between two of its lines). Sides 1 (left) and 2 (right). */
struct side_edges {
    float top[3], bottom[3], pitch[3];
    int topline[3];
};

static void column_edges(const struct ppage *P, const int *ord, const unsigned char *has, int first, int last,
                         struct side_edges *e)
{
    for (int side = 0; side < 3; side++) {
        e->top[side] = e->bottom[side] = -1;
        e->pitch[side] = 0;
        e->topline[side] = -1;
    }
    for (int i = first; i <= last; i++)
        for (int side = 1; side <= 2; side++)
            if (has[i] & side) {
                float y = P->l[ord[i]].base, step = y - e->bottom[side];
                if (e->bottom[side] >= 0 && step > 0 && (e->pitch[side] == 0 || step < e->pitch[side]))
                    e->pitch[side] = step;
                if (e->topline[side] < 0) {
                    e->top[side] = y;
                    e->topline[side] = ord[i];
                }
                e->bottom[side] = y;
            }
}

/* Where a two-column region found over lines first..last (of the run up to
 * b2 that never crosses its gutter) ends: a column that goes on below the
 * other, line after line at its own pitch (a paragraph's space between
 * them at most), goes with it ("... 4 found to have no case to" at the foot
 * of the left column, its sentence running on at the top of the right one);
 * a line set apart by a gap ("Your right to complain" under both columns,
 * more than two and a half lines down) is not the column's. The index after
 * the region's last line. */
static int column_tails(const struct ppage *P, const int *ord, const unsigned char *has, int first, int last, int b2,
                        int n)
{
    struct side_edges e;
    column_edges(P, ord, has, first, last, &e);
    int end = last + 1;
    while (end < b2) {
        int side = has[end];
        if (side != 1 && side != 2)
            break;   /* words on both sides below the region: a region of its own */
        const struct pl *l = &P->l[ord[end]];
        if (e.bottom[side] < 0 || e.pitch[side] <= 0 || l->base - e.bottom[side] > 2.5f * e.pitch[side])
            break;
        e.bottom[side] = l->base;
        end++;
    }
    /* the run stopped at a line across the gutter that reads on from the
     * tail at its pitch (a paragraph wider below a sidebar, "... in the
     * financial years" / "2021/22 and 2022/23, with the outcome ..."): the
     * text under the columns is one column's, not the end of it; no tail */
    if (end == b2 && b2 < n && end > last + 1) {
        const struct pl *x = &P->l[ord[b2]];
        int side = has[end - 1] & 1 ? 1 : 2;
        if (e.bottom[side] >= 0 && x->base - e.bottom[side] <= 2.5f * e.pitch[side])
            return last + 1;
    }
    return end;
}

/* The same above the region: a column's lines that start higher than the
 * other's, at its own pitch and size, go with it. The index of the region's
 * first line (a: where the run starts). */
static int column_heads(const struct ppage *P, const int *ord, const unsigned char *has, int first, int last, int a)
{
    struct side_edges e;
    column_edges(P, ord, has, first, last, &e);
    int start = first;
    while (start > a) {
        int side = has[start - 1];
        if (side != 1 && side != 2)
            break;
        const struct pl *l = &P->l[ord[start - 1]];
        if (e.top[side] < 0 || e.pitch[side] <= 0 || e.top[side] - l->base > 2.5f * e.pitch[side])
            break;
        /* a title above the columns, larger than their text, is no line of one */
        const struct pl *below = &P->l[e.topline[side]];
        if (fabsf(l->size - below->size) > 0.15f * below->size)
            break;
        e.top[side] = l->base;
        e.topline[side] = ord[start - 1];
        start--;
    }
    return start;
}

int pdf_columns(struct lay *L, int p, int prose)
{
    struct ppage *P = &L->pg[p];
    const int maxreg = 4;
    struct pregion *reg = P->reg;
    int *nreg = &P->nreg;
    /* the content lines in baseline order */
    int n = 0;
    for (int i = 0; i < P->nl; i++)
        if (!P->l[i].gone && !P->l[i].furn)
            n++;
    if (n < 6 || n > 3000)
        return 0;
    int *ord = foi_malloc(sizeof *ord * (size_t)n);
    if (!ord)
        return pdf_nomem(L);
    n = 0;
    for (int i = 0; i < P->nl; i++)
        if (!P->l[i].gone && !P->l[i].furn)
            ord[n++] = i;
    for (int i = 1; i < n; i++) {       /* insertion sort by baseline: lines come nearly sorted */
        int v = ord[i], j = i;
        while (j > 0 && P->l[ord[j - 1]].base > P->l[v].base)
            ord[j] = ord[j - 1], j--;
        ord[j] = v;
    }
    float cx0 = 1e30f, cx1 = -1e30f;
    for (int i = 0; i < n; i++) {
        cx0 = fminf(cx0, P->l[ord[i]].x0);
        cx1 = fmaxf(cx1, P->l[ord[i]].x1);
    }
    for (int t = 0; t < L->ntab; t++)
        for (int q = 0; q < L->tab[t].nparts; q++)
            if (L->tab[t].parts[q].page == p) {
                cx0 = fminf(cx0, L->tab[t].parts[q].x0);
                cx1 = fmaxf(cx1, L->tab[t].parts[q].x1);
            }
    float W = cx1 - cx0;
    unsigned char *has = foi_malloc((size_t)n + 1);
    if (!has) {
        foi_free(ord);
        return pdf_nomem(L);
    }
    while (*nreg < maxreg) {
        float best_g = 0;
        int best_score = 0, best_a = 0, best_b = 0;
        /* candidate gutters every 2 pt, at most 300 of them (a huge page) */
        float step = fmaxf(2.0f, 0.6f * W / 300);
        for (float g = cx0 + 0.2f * W; g <= cx1 - 0.2f * W; g += step) {
            int a = 0;
            while (a < n) {
                /* a run of lines not crossing g, not already in a region */
                int b2 = a, left = 0, right = 0;
                float lx0 = 1e30f, lx1 = -1e30f, rx0 = 1e30f, rx1 = -1e30f;
                while (b2 < n) {
                    const struct pl *l = &P->l[ord[b2]];
                    if (l->region)
                        break;
                    int cross = 0, hasl = 0, hasr = 0;
                    const struct pw *pw_prev = NULL;
                    for (int w = l->w0; w < l->w0 + l->nw; w++) {
                        const struct pw *x = &P->w[w];
                        if (x->used)
                            continue;
                        /* a word over the gutter, or words either side of it
                         * closer than a gutter is wide */
                        if ((x->x0 - 3 < g && x->x1 + 3 > g) ||
                            (pw_prev && pw_prev->x1 <= g && x->x0 >= g && x->x0 - pw_prev->x1 < GUTTER * x->size))
                            cross = 1;
                        pw_prev = x;
                        if (cross)
                            break;
                        if (x->x1 <= g) {
                            hasl = 1;
                            lx0 = fminf(lx0, x->x0), lx1 = fmaxf(lx1, x->x1);
                        } else {
                            hasr = 1;
                            rx0 = fminf(rx0, x->x0), rx1 = fmaxf(rx1, x->x1);
                        }
                    }
                    /* a table crossing the gutter at this height ends the run */
                    for (int t = 0; t < L->ntab && !cross; t++)
                        for (int q = 0; q < L->tab[t].nparts && !cross; q++) {
                            const struct tpart *tp = &L->tab[t].parts[q];
                            if (tp->page == p && tp->x0 < g && tp->x1 > g && tp->y0 <= l->base &&
                                (b2 == a || tp->y0 >= P->l[ord[b2 - 1]].base))
                                cross = 1;
                        }
                    if (cross)
                        break;
                    has[b2] = (unsigned char)(hasl | hasr << 1);
                    left += hasl;
                    right += hasr;
                    b2++;
                }
                float lw = lx1 - lx0, rw = rx1 - rx0;
                if (left >= 3 && right >= 3 && lw >= 0.2f * W && rw >= 0.2f * W && lw + rw >= 0.6f * W) {
                    /* both columns side by side: at least three lines of each
                     * where the two overlap down the page */
                    float ly0 = 1e30f, ly1 = -1e30f, ry0 = 1e30f, ry1 = -1e30f;
                    for (int i = a; i < b2; i++) {
                        float y = P->l[ord[i]].base;
                        if (has[i] & 1)
                            ly0 = fminf(ly0, y), ly1 = fmaxf(ly1, y);
                        if (has[i] & 2)
                            ry0 = fminf(ry0, y), ry1 = fmaxf(ry1, y);
                    }
                    float o0 = fmaxf(ly0, ry0), o1 = fminf(ly1, ry1);
                    int nl2 = 0, nr2 = 0, first = -1, last = -1, pl2 = 0, pr2 = 0;
                    for (int i = a; i < b2; i++) {
                        float y = P->l[ord[i]].base;
                        if (y < o0 - 1 || y > o1 + 1)
                            continue;
                        nl2 += has[i] & 1;
                        nr2 += (has[i] >> 1) & 1;
                        if (prose) {
                            pl2 += (has[i] & 1) && prose_side(P, &P->l[ord[i]], g, 1);
                            pr2 += (has[i] & 2) && prose_side(P, &P->l[ord[i]], g, 2);
                        }
                        if (first < 0)
                            first = i;
                        last = i;
                    }
                    if (nl2 >= 3 && nr2 >= 3 && (!prose || (pl2 >= 3 && pr2 >= 3)) && nl2 + nr2 > best_score) {
                        best_score = nl2 + nr2;
                        best_g = g;
                        best_a = column_heads(P, ord, has, first, last, a);
                        best_b = column_tails(P, ord, has, first, last, b2, n);
                    }
                }
                a = b2 > a ? b2 : a + 1;
            }
        }
        if (!best_score)
            break;
        struct pregion *R = &reg[*nreg];
        R->g = best_g;
        R->y0 = 1e30f;
        R->y1 = -1e30f;
        int id = ++*nreg;
        for (int i = best_a; i < best_b; i++) {
            int li = ord[i];
            int r = split_line(L, P, li, best_g);
            if (r < 0 || L->rc)
                break;
            struct pl *l = &P->l[li];
            if (!l->gone) {
                l->region = id;
                l->side = l->x1 <= best_g ? 1 : 2;
                R->y0 = fminf(R->y0, l->y0);
                R->y1 = fmaxf(R->y1, l->y1);
            }
            if (r != li) {
                struct pl *m = &P->l[r];
                m->region = id;
                m->side = 2;
                R->y0 = fminf(R->y0, m->y0);
                R->y1 = fmaxf(R->y1, m->y1);
            }
        }
        /* the order array no longer matches after splits: rebuild */
        foi_free(ord);
        n = 0;
        for (int i = 0; i < P->nl; i++)
            if (!P->l[i].gone && !P->l[i].furn)
                n++;
        ord = foi_malloc(sizeof *ord * (size_t)(n ? n : 1));
        foi_free(has);
        has = foi_malloc((size_t)n + 1);
        if (!ord || !has) {
            foi_free(ord);
            foi_free(has);
            return pdf_nomem(L);
        }
        n = 0;
        for (int i = 0; i < P->nl; i++)
            if (!P->l[i].gone && !P->l[i].furn)
                ord[n++] = i;
        for (int i = 1; i < n; i++) {
            int v = ord[i], j = i;
            while (j > 0 && P->l[ord[j - 1]].base > P->l[v].base)
                ord[j] = ord[j - 1], j--;
            ord[j] = v;
        }
        if (L->rc)
            break;
    }
    foi_free(ord);
    foi_free(has);
    return L->rc;
}

/* ------------------------------------------------------------ paragraphs and output */

struct para {
    int page, first_no;
    unsigned flags;
    struct foi_buf text;
    /* the last line, for joining the next */
    const struct pl *last;
    const struct ppage *lastp;
    int lastpage;        /* the page of its last line (0-based): a paragraph run on from the page before
                            goes on down this one */
    float right;         /* right edge of the block */
    int small;           /* a block of a few lines: joins need a lower-case start */
    float x0;            /* left edge of its continuation lines */
    int nlines;
    int bold, allbold;
    float size;
};

static int bullet_start(const char *s)
{
    static const char *const marks[] = { "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\xA3",
                                         "\xE2\x81\x83", "\xE2\x97\x8F", "\xE2\x96\xA0", "-", "\xE2\x80\x93", "*",
                                         "o", NULL };
    for (int i = 0; marks[i]; i++) {
        size_t n = strlen(marks[i]);
        if (!strncmp(s, marks[i], n) && (s[n] == ' ' || s[n] == '\0'))
            return i < 8 ? 2 : 1;
    }
    /* (a) (iv) (1) 1. 12) a) */
    const char *p = s;
    if (*p == '(') {
        int k = 1;
        while (k <= 4 && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= '0' && p[k] <= '9')))
            k++;
        return k > 1 && p[k] == ')' && p[k + 1] == ' ' ? 3 : 0;
    }
    int k = 0;
    while (k < 3 && p[k] >= '0' && p[k] <= '9')
        k++;
    if (k > 0)
        return (p[k] == '.' || p[k] == ')') && p[k + 1] == ' ' ? 3 : 0;
    return (p[0] >= 'a' && p[0] <= 'z') && p[1] == ')' && p[2] == ' ' ? 3 : 0;
}

struct out {
    struct lay *L;
    struct foi_line *lines;
    int nlines, alines;
    struct foi_buf all;          /* doc->text */
    struct para cur;
    int open;
    struct foi_buf tmp;
};

static int caps_heading(const char *s)
{
    int word = 0, capword = 0;
    for (size_t i = 0;; i++) {
        char ch = s[i];
        if (ch >= 'a' && ch <= 'z')
            return 0;
        if (ch >= 'A' && ch <= 'Z') {
            if (word >= 0)
                word++;
        } else if (ch == ' ' || ch == '\0') {
            if (word >= 3)
                capword = 1;
            word = 0;
        } else {
            word = -1;
        }
        if (!ch)
            break;
    }
    return capword;
}

/* A new line of the document: text t (collapsed, not empty) printed on page
 * (0-based) as its line no; the line, or NULL (out of memory, said in L). */
static struct foi_line *new_line(struct out *o, const char *t, int page, int no)
{
    struct lay *L = o->L;
    if (o->nlines == o->alines) {
        size_t a = (size_t)o->alines;
        if (foi_grow((void **)&o->lines, &a, (size_t)o->nlines, sizeof *o->lines)) {
            pdf_nomem(L);
            return NULL;
        }
        o->alines = (int)a;
    }
    struct foi_line *l = &o->lines[o->nlines];
    memset(l, 0, sizeof *l);
    l->text = t;
    l->no = o->nlines + 1;
    l->page = page + 1;
    l->loc = foi_arena_printf(&L->doc->arena, "page %d line %d", page + 1, no);
    if (!l->loc) {
        pdf_nomem(L);
        return NULL;
    }
    return l;
}

/* Line l joins the document: counted, and its text added to the whole. */
static int keep_line(struct out *o, struct foi_line *l, unsigned flags)
{
    l->flags = flags;
    o->nlines++;
    if ((o->all.len && foi_buf_addc(&o->all, '\n')) || foi_buf_adds(&o->all, l->text))
        return pdf_nomem(o->L);
    return 0;
}

static int flush_para(struct out *o)
{
    struct lay *L = o->L;
    if (!o->open)
        return 0;
    o->open = 0;
    struct para *p = &o->cur;
    const char *t = foi_collapse_ws(&L->doc->arena, p->text.data ? p->text.data : "", p->text.len);
    if (!t)
        return pdf_nomem(L);
    if (!*t)
        return 0;
    struct foi_line *l = new_line(o, t, p->page, p->first_no);
    if (!l)
        return L->rc;
    unsigned f = FOI_LINE_PARA_START | p->flags;
    size_t len = strlen(t);
    char last = t[len - 1];
    int letter = 0;
    for (const char *s = t; *s; s++)
        letter |= ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z');
    /* a bold or larger line that is a period alone ("2021/22") heads what follows */
    struct foi_period per;
    if (!letter && len <= 24 && (p->allbold || p->size >= 1.15f * L->body) && foi_period_parse(t, NULL, &per) == 1 &&
        per.resolved)
        letter = 1;
    if (p->nlines == 1 && len <= 80 && letter && last != '.' && last != ',' && last != ';' &&
        !(f & (FOI_LINE_BULLET | FOI_LINE_FOOTNOTE)) &&
        (p->allbold || p->size >= 1.15f * L->body || caps_heading(t)))
        f |= FOI_LINE_HEADING;
    return keep_line(o, l, f);
}

/* A line of a printed spreadsheet's title or notes (pdf_print_headings),
 * located at its printed line. */
static int sheet_line(struct out *o, const char *text, int page, int no, unsigned flags)
{
    struct lay *L = o->L;
    const char *t = foi_collapse_ws(&L->doc->arena, text, strlen(text));
    if (!t)
        return pdf_nomem(L);
    if (!*t)
        return 0;
    struct foi_line *l = new_line(o, t, page, no);
    if (!l)
        return L->rc;
    return keep_line(o, l, FOI_LINE_PARA_START | flags);
}

/* Left margins of the document's text outside two-column regions: for each
 * left edge (to the point) and size (to the half point), the widest line
 * and how many lines start there. */
struct marg {
    int x, sz;
    float x1;
    int n;
};

static int cmp_marg(const void *a, const void *b)
{
    const struct marg *x = a, *y = b;
    if (x->x != y->x)
        return x->x - y->x;
    return x->sz - y->sz;
}

static int build_margins(struct lay *L, struct marg **out, int *nout)
{
    int n = 0;
    for (int p = 0; p < L->npages; p++)
        for (int i = 0; i < L->pg[p].nl; i++)
            n++;
    struct marg *m = foi_malloc(sizeof *m * (size_t)(n ? n : 1));
    if (!m)
        return pdf_nomem(L);
    n = 0;
    for (int p = 0; p < L->npages; p++)
        for (int i = 0; i < L->pg[p].nl; i++) {
            const struct pl *l = &L->pg[p].l[i];
            if (l->gone || l->furn || l->region)
                continue;
            m[n++] = (struct marg){ (int)lroundf(l->x0), (int)lroundf(l->size * 2), l->x1, 1 };
        }
    qsort(m, (size_t)n, sizeof *m, cmp_marg);
    int o = 0;
    for (int i = 0; i < n; i++) {
        if (o && m[o - 1].x == m[i].x && m[o - 1].sz == m[i].sz) {
            m[o - 1].x1 = fmaxf(m[o - 1].x1, m[i].x1);
            m[o - 1].n++;
            continue;
        }
        m[o++] = m[i];
    }
    *out = m;
    *nout = o;
    return 0;
}

/* The widest line starting within 0.6 em of x0 at about this size, and how
 * many lines start there. */
static float margin_right(const struct marg *m, int n, float x0, float size, int *count)
{
    int lo = (int)floorf(x0 - 0.6f * size), hi = (int)ceilf(x0 + 0.6f * size);
    int s0 = (int)floorf(size * 2 * 0.85f), s1 = (int)ceilf(size * 2 * 1.15f);
    int a = 0, b = n;
    while (a < b) {
        int mid = (a + b) / 2;
        if (m[mid].x < lo)
            a = mid + 1;
        else
            b = mid;
    }
    float r = -1e30f;
    int c = 0;
    for (int i = a; i < n && m[i].x <= hi; i++)
        if (m[i].sz >= s0 && m[i].sz <= s1) {
            r = fmaxf(r, m[i].x1);
            c += m[i].n;
        }
    if (count)
        *count = c;
    return r;
}

/* The right margin of the block line l sits in: the widest line with the
 * same left edge (in the document; in a two-column region, on its side). */
static float block_right(const struct ppage *P, const struct pl *l, const struct marg *m, int nm, int *small)
{
    float r = l->x1;
    int count = 0;
    if (!l->region) {
        r = fmaxf(r, margin_right(m, nm, l->x0, l->size, &count));
    }
    for (int i = 0; i < P->nl; i++) {
        const struct pl *o = &P->l[i];
        if (o->gone || o->furn || o->side != l->side || o->region != l->region)
            continue;
        if (l->region && fabsf(o->x0 - l->x0) <= 0.6f * l->size && fabsf(o->size - l->size) <= 0.15f * l->size) {
            r = fmaxf(r, o->x1);
            count++;
        }
    }
    /* a few lines starting at one place (a quote, an address, a list of
     * facts): their widest line is full by definition, so the next line
     * must also read on (in lower case) to join */
    *small = count <= 4;
    return r;
}

/* Would line b continue the paragraph that line a ends? */
static int continues(const struct para *p, const struct ppage *Pb, const struct pl *b, const char *btext,
                     int same_page, const struct marg *m, int nm)
{
    const struct pl *a = p->last;
    float size = fmaxf(a->size, b->size);
    if (same_page && a->region && a->region == b->region && a->side == 1 && b->side == 2) {
        /* the left column's last line and the right column's first: the
         * paragraph runs on at the top of the next column when it stops in
         * the middle of a sentence and the next line reads on in lower
         * case ("... 4 found to have no case to" / "answer; 3 still ...") */
        if (fabsf(a->size - b->size) > 0.15f * size || (a->fl & PL_BOLD) != (b->fl & PL_BOLD) || bullet_start(btext))
            return 0;
        const char *pt = p->text.data;
        size_t pn = pt ? p->text.len : 0;
        while (pn && pt[pn - 1] == ' ')
            pn--;
        unsigned char e = pn ? (unsigned char)pt[pn - 1] : '.';
        unsigned char c = (unsigned char)btext[0];
        return !(e == '.' || e == '!' || e == '?' || e == ':') && c >= 'a' && c <= 'z';
    }
    if (same_page) {
        float pitch = b->base - a->base;
        if (pitch <= 0 || pitch > PARA_PITCH * size)
            return 0;
    }
    if (fabsf(a->size - b->size) > 0.15f * size)
        return 0;
    if (bullet_start(btext))
        return 0;
    if ((a->fl & PL_BOLD) != (b->fl & PL_BOLD))
        return 0;
    /* left edges: the same, or the first line indented */
    float left = p->nlines == 1 ? b->x0 : p->x0;
    if (p->nlines == 1) {
        int margin = 0;
        if (!b->region)
            margin_right(m, nm, b->x0, b->size, &margin);
        else
            margin = 3;
        if (!(fabsf(a->x0 - b->x0) <= 0.6f * size ||
              (a->x0 > b->x0 && a->x0 - b->x0 <= 4 * size && margin >= 3) ||
              ((p->flags & FOI_LINE_BULLET) && b->x0 > a->x0 && b->x0 - a->x0 <= 4 * size)))
            return 0;
    } else if (fabsf(b->x0 - left) > 0.6f * size) {
        return 0;
    }
    /* the line before was full: the next line's first word would not have fit */
    const struct pw *fw = NULL;
    for (int i = b->w0; i < b->w0 + b->nw; i++)
        if (!Pb->w[i].used) {
            fw = &Pb->w[i];
            break;
        }
    if (!fw)
        return 0;
    float right = fmaxf(p->right, b->x1);
    if (a->x1 + (fw->x1 - fw->x0) + 0.3f * size < right - 0.5f * size)
        return 0;
    if (p->small) {
        unsigned char c = (unsigned char)fw->text[0];
        /* "... 2022/23 and" / "2023/24: (a) the number of ...": a number
         * reads on when the line before stops mid-sentence (a lower-case
         * word or a comma) */
        const char *pt = p->text.data;
        size_t pn = pt ? p->text.len : 0;
        while (pn && pt[pn - 1] == ' ')
            pn--;
        unsigned char e = pn ? (unsigned char)pt[pn - 1] : '.';
        int runs_on = c >= '0' && c <= '9' && ((e >= 'a' && e <= 'z') || e == ',');
        if (!((c >= 'a' && c <= 'z') || c == '(' || runs_on))
            return 0;
    }
    return 1;
}

static int start_para(struct out *o, int page, const struct ppage *P, const struct pl *l, const char *t, float right,
                      int small)
{
    struct para *p = &o->cur;
    foi_buf_reset(&p->text);
    p->page = page;
    p->first_no = l->no;
    p->flags = 0;
    int b = bullet_start(t);
    if (b == 2 || b == 3 || (b == 1 && t[0] != '*'))
        p->flags |= FOI_LINE_BULLET;
    const struct pw *fw = NULL;
    for (int i = l->w0; i < l->w0 + l->nw; i++)
        if (!P->w[i].used) {
            fw = &P->w[i];
            break;
        }
    if ((fw && (fw->fl & (PW_SUPER | PW_LEADSUP))) || t[0] == '*' || !strncmp(t, "\xE2\x80\xA0", 3) ||
        !strncmp(t, "\xE2\x80\xA1", 3))
        p->flags = (p->flags & ~(unsigned)FOI_LINE_BULLET) | FOI_LINE_FOOTNOTE;
    p->last = l;
    p->lastp = P;
    p->lastpage = page;
    p->right = right;
    p->small = small;
    p->x0 = l->x0;
    p->nlines = 1;
    p->allbold = (l->fl & PL_BOLD) != 0;
    p->size = l->size;
    o->open = 1;
    if (foi_buf_adds(&p->text, t))
        return pdf_nomem(o->L);
    return 0;
}

static int add_to_para(struct out *o, const struct ppage *P, const struct pl *l, const char *t)
{
    struct para *p = &o->cur;
    if (p->nlines == 1)
        p->x0 = l->x0;
    p->nlines++;
    p->allbold &= (l->fl & PL_BOLD) != 0;
    p->right = fmaxf(p->right, l->x1);
    p->last = l;
    p->lastp = P;
    p->lastpage = (int)(P - o->L->pg);
    if (pdf_text_word(&p->text, t, 1))
        return pdf_nomem(o->L);
    return 0;
}

static int is_caption(const char *t)
{
    if (!starts_ci(t, "table ") && !starts_ci(t, "figure "))
        return 0;
    const char *p = t + (starts_ci(t, "table ") ? 6 : 7);
    return *p >= '0' && *p <= '9';
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

/* The body text size: the size most characters have. */
static void body_size(struct lay *L)
{
    int n = 0;
    for (int p = 0; p < L->npages; p++)
        n += L->pg[p].nch;
    L->body = 10;
    if (!n)
        return;
    float *s = foi_malloc(sizeof *s * (size_t)n);
    if (!s)
        return;
    n = 0;
    for (int p = 0; p < L->npages; p++)
        for (int i = 0; i < L->pg[p].nch; i++)
            if (!(L->pg[p].ch[i].flags & (PDF_CH_SPACE | PDF_CH_SUPER)))
                s[n++] = roundf(L->pg[p].ch[i].size * 2) / 2;
    qsort(s, (size_t)n, sizeof *s, cmp_float);
    int best = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && s[j] == s[i])
            j++;
        if (j - i > best) {
            best = j - i;
            L->body = s[i];
        }
        i = j;
    }
    foi_free(s);
}

static int emit_furniture(struct lay *L)
{
    struct foi_doc *doc = L->doc;
    int n = 0;
    for (int p = 0; p < L->npages; p++)
        for (int i = 0; i < L->pg[p].nl; i++)
            n += L->pg[p].l[i].furn && !L->pg[p].l[i].gone;
    for (int p = 0; p < L->npages; p++)
        n += L->pg[p].src->nch > 0;   /* room for rotated text */
    if (!n)
        return 0;
    doc->furniture = foi_arena_alloc(&doc->arena, sizeof *doc->furniture * (size_t)n);
    if (!doc->furniture)
        return pdf_nomem(L);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int p = 0; p < L->npages && !L->rc; p++) {
        struct ppage *P = &L->pg[p];
        /* in baseline order */
        for (int pass = 1; pass <= 2; pass++)
            for (int i = 0; i < P->nl && !L->rc; i++) {
                struct pl *l = &P->l[i];
                if (l->furn != pass || l->gone)
                    continue;
                const char *t = line_text(L, P, l, &b);
                if (!t)
                    break;
                struct foi_line *f = &doc->furniture[doc->nfurniture++];
                f->text = foi_collapse_ws(&doc->arena, t, strlen(t));
                f->no = doc->nfurniture;
                f->page = p + 1;
                f->loc = foi_arena_printf(&doc->arena, "page %d %s", p + 1, pass == 1 ? "header" : "footer");
                if (!f->text || !f->loc)
                    pdf_nomem(L);
            }
        /* text that is not on a horizontal line (a watermark, a rotated label) */
        foi_buf_reset(&b);
        const struct foi_pdf_page *src = P->src;
        int any = 0;
        for (int i = 0; i < src->nch && !L->rc; i++) {
            if (!(src->ch[i].flags & PDF_CH_ROT) || (P->rot_used && P->rot_used[i]))
                continue;   /* turned text read into a table's cell is no furniture */
            char u[4];
            if (foi_buf_add(&b, u, (size_t)foi_utf8_put(u, shown(&src->ch[i]))))
                pdf_nomem(L);
            any |= !(src->ch[i].flags & PDF_CH_SPACE);
        }
        if (any && !L->rc) {
            struct foi_line *f = &doc->furniture[doc->nfurniture++];
            f->text = foi_collapse_ws(&doc->arena, b.data, b.len);
            f->no = doc->nfurniture;
            f->page = p + 1;
            f->loc = foi_arena_printf(&doc->arena, "page %d rotated", p + 1);
            if (!f->text || !f->loc)
                pdf_nomem(L);
        }
    }
    foi_buf_release(&b);
    return L->rc;
}

/* Order each page's lines and table parts, number them, group lines into
 * paragraphs and emit the document's lines and tables. */
static int emit(struct lay *L)
{
    struct foi_doc *doc = L->doc;
    struct out o;
    memset(&o, 0, sizeof o);
    o.L = L;
    foi_buf_init(&o.all, 0);
    foi_buf_init(&o.tmp, 0);
    foi_buf_init(&o.cur.text, 0);
    int ntables_out = 0, last_anchor = 0;
    struct foi_table *tables = NULL;
    int nt = 0;
    for (int t = 0; t < L->ntab; t++)
        nt += !L->tab[t].joined;
    if (nt) {
        tables = foi_arena_alloc(&doc->arena, sizeof *tables * (size_t)nt);
        if (!tables)
            return pdf_nomem(L);
    }
    struct marg *marg = NULL;
    int nmarg = 0;
    for (int p = 0; p < L->npages && !L->rc; p++)
        pdf_columns(L, p, 0);
    if (!L->rc)
        build_margins(L, &marg, &nmarg);
    for (int p = 0; p < L->npages && !L->rc; p++) {
        struct ppage *P = &L->pg[p];
        struct pregion *reg = P->reg;
        int nreg = P->nreg;
        int n = 0;
        for (int i = 0; i < P->nl; i++)
            n += !P->l[i].gone && !P->l[i].furn;
        for (int t = 0; t < L->ntab; t++)
            for (int q = 0; q < L->tab[t].nparts; q++)
                n += L->tab[t].parts[q].page == p;
        if (!n)
            continue;
        struct order_item *it = foi_malloc(sizeof *it * (size_t)n);
        if (!it)
            return pdf_nomem(L);
        n = 0;
        for (int i = 0; i < P->nl; i++) {
            const struct pl *l = &P->l[i];
            if (l->gone || l->furn)
                continue;
            struct order_item *x = &it[n++];
            x->kind = 0, x->idx = i, x->part = 0;
            x->key1 = l->region ? reg[l->region - 1].y0 : l->base;
            x->key2 = l->side;
            x->key3 = l->base;
            x->x = l->x0;
        }
        for (int t = 0; t < L->ntab; t++)
            for (int q = 0; q < L->tab[t].nparts; q++) {
                const struct tpart *tp = &L->tab[t].parts[q];
                if (tp->page != p)
                    continue;
                struct order_item *x = &it[n++];
                x->kind = 1, x->idx = t, x->part = q;
                x->key1 = tp->y0;
                x->key2 = 0;
                x->key3 = tp->y0;
                x->x = tp->x0;
                for (int r = 0; r < nreg; r++)
                    if (tp->y0 >= reg[r].y0 && tp->y1 <= reg[r].y1 + 1 && (tp->x1 <= reg[r].g || tp->x0 >= reg[r].g)) {
                        x->key1 = reg[r].y0;
                        x->key2 = tp->x1 <= reg[r].g ? 1 : 2;
                    }
            }
        /* a caption over one of tables side by side is read just before it */
        for (int i = 0; i < n; i++) {
            int cap = it[i].kind == 0 ? P->l[it[i].idx].cap : 0;
            for (int j = 0; cap && j < n; j++)
                if (it[j].kind == 1 && it[j].idx * 64 + it[j].part == cap - 1) {
                    it[i].key1 = it[j].key1, it[i].key2 = it[j].key2, it[i].key3 = it[j].key3;
                    it[i].x = it[j].x - 0.01f;
                    break;
                }
        }
        qsort(it, (size_t)n, sizeof *it, cmp_item);
        /* physical line numbers */
        int no = 0;
        for (int i = 0; i < n; i++) {
            if (it[i].kind == 0) {
                P->l[it[i].idx].no = ++no;
            } else {
                L->tab[it[i].idx].parts[it[i].part].no0 = no + 1;
                no += L->tab[it[i].idx].parts[it[i].part].nlines;
            }
        }
        /* paragraphs and tables */
        for (int i = 0; i < n && !L->rc; i++) {
            if (it[i].kind == 1) {
                flush_para(&o);
                struct ptab *T = &L->tab[it[i].idx];
                if (it[i].part != 0 || T->joined)
                    continue;
                /* a printed sheet's title rows: lines above its table */
                for (int k = 0; k < T->npre && !L->rc; k++)
                    sheet_line(&o, T->pre[k], p, T->parts[0].no0 + T->pre_row[k], FOI_LINE_TITLE);
                if (L->rc)
                    break;
                struct foi_table *ft = &tables[ntables_out];
                T->index = ++ntables_out;
                ft->index = T->index;
                ft->nrows = T->nrows;
                ft->ncols = T->ncols;
                ft->header_rows = T->header_rows;
                ft->anchor_line = o.nlines;
                ft->page = T->page + 1;
                ft->cells = foi_arena_alloc(&doc->arena, sizeof *ft->cells * (size_t)T->nrows * (size_t)T->ncols);
                ft->row_page = foi_arena_alloc(&doc->arena, sizeof *ft->row_page * (size_t)T->nrows);
                if (!ft->cells || !ft->row_page) {
                    pdf_nomem(L);
                    break;
                }
                for (int r = 0; r < T->nrows; r++) {
                    ft->row_page[r] = T->row_page[r] + 1;
                    for (int c = 0; c < T->ncols; c++) {
                        const struct pcell *pc = &T->cells[(size_t)r * T->ncols + c];
                        struct foi_cell *fc = &ft->cells[(size_t)r * T->ncols + c];
                        fc->text = foi_arena_strdup(&doc->arena, pc->text ? pc->text : "");
                        if (!fc->text) {
                            pdf_nomem(L);
                            break;
                        }
                        fc->flags = pc->flags | (r < T->header_rows ? FOI_CELL_HEADER : 0);
                        fc->src_row = r + 1;
                        fc->src_col = c + 1;
                    }
                }
                if (o.nlines > 0) {
                    const char *h = o.lines[o.nlines - 1].text;
                    ft->heading = h;
                    if (is_caption(h))
                        ft->caption = h;
                    /* a caption set above a paragraph or two of notes
                     * ("Table 2: Outcome of cases recorded between 2021 and
                     * 2023" / "The outcomes below are ..."), since the last
                     * table: a heading line reading "Table N ..." */
                    for (int k = o.nlines - 2; !ft->caption && k >= 0 && k >= o.nlines - 4 && k >= last_anchor; k--)
                        if ((o.lines[k].flags & FOI_LINE_HEADING) && is_caption(o.lines[k].text))
                            ft->caption = o.lines[k].text;
                }
                last_anchor = o.nlines;
                for (int k = 0; k < T->npost && !L->rc; k++)
                    sheet_line(&o, T->post[k], p, T->parts[0].no0 + T->post_row[k], 0);
                continue;
            }
            const struct pl *l = &P->l[it[i].idx];
            const char *t = line_text(L, P, l, &o.tmp);
            if (!t)
                break;
            if (!*t)
                continue;
            /* the page of the paragraph's last line, not its first: a
             * paragraph run on from the page before reads on down this one
             * ("... two resulted in a written" / "have been dismissed ...
             * written" / "warning; two were ...") */
            int same_page = o.open && o.cur.lastpage == p;
            int after_table = (i > 0 && it[i - 1].kind == 1) || l->cap;
            int joins = 0;
            if (o.open && !after_table) {
                if (same_page && o.cur.last->region == l->region &&
                    (o.cur.last->side == l->side || (l->region && o.cur.last->side == 1 && l->side == 2)))
                    joins = continues(&o.cur, P, l, t, 1, marg, nmarg);   /* the same column, or the next */
                else if (!same_page && o.cur.lastpage == p - 1 && i == 0) {
                    /* a paragraph running on from the previous page */
                    const char *pt = o.cur.text.data;
                    char e = pt && o.cur.text.len ? pt[o.cur.text.len - 1] : '.';
                    joins = e != '.' && e != ':' && e != '?' && e != '!' && continues(&o.cur, P, l, t, 0, marg, nmarg);
                }
            }
            if (joins) {
                if (add_to_para(&o, P, l, t))
                    break;
            } else {
                if (flush_para(&o))
                    break;
                int small = 0;
                float right = block_right(P, l, marg, nmarg, &small);
                if (start_para(&o, p, P, l, t, right, small))
                    break;
            }
        }
        foi_free(it);
        /* a paragraph may run on to the next page only from the page's last item */
        if (n && !L->rc && o.open) {
            /* keep it open: the next page's first line decides */
        }
    }
    if (!L->rc)
        flush_para(&o);
    if (!L->rc) {
        doc->lines = o.nlines ? foi_arena_alloc(&doc->arena, sizeof *doc->lines * (size_t)o.nlines) : NULL;
        if (o.nlines && !doc->lines)
            pdf_nomem(L);
        else if (o.nlines)
            memcpy(doc->lines, o.lines, sizeof *doc->lines * (size_t)o.nlines);
        doc->nlines = o.nlines;
        doc->tables = tables;
        doc->ntables = ntables_out;
        const char *all = foi_arena_strndup(&doc->arena, o.all.data ? o.all.data : "", o.all.len);
        if (!all)
            pdf_nomem(L);
        else {
            doc->text = all;
            doc->text_len = o.all.len;
        }
    }
    foi_free(marg);
    foi_free(o.lines);
    foi_buf_release(&o.all);
    foi_buf_release(&o.tmp);
    foi_buf_release(&o.cur.text);
    return L->rc;
}

/* ------------------------------------------------------------ scans */

static int text_layer(struct lay *L, const char *complaint)
{
    int with = 0, scanned = 0;
    for (int p = 0; p < L->npages; p++) {
        if (L->pg[p].text_chars)
            with++;
        else if (L->pg[p].src->nimages)
            scanned++;
    }
    if (with && !scanned)
        return 0;
    /* the pages that are images without text, as "1, 3-5" */
    struct foi_buf b;
    foi_buf_init(&b, 4096);
    int listed = 0;
    for (int p = 0; p < L->npages; p++) {
        if (L->pg[p].text_chars || (with && !L->pg[p].src->nimages))
            continue;
        int q = p;
        while (q + 1 < L->npages && !L->pg[q + 1].text_chars && (!with || L->pg[q + 1].src->nimages))
            q++;
        if (listed++ < 20)
            foi_buf_printf(&b, "%s%d", b.len ? ", " : "", p + 1);
        if (q > p && listed <= 20)
            foi_buf_printf(&b, "-%d", q + 1);
        p = q;
    }
    if (listed > 20)
        foi_buf_adds(&b, ", ...");
    int rc;
    const char *pages = b.data ? b.data : "";
    if (!with) {
        int imgs = 0;
        for (int p = 0; p < L->npages; p++)
            imgs += L->pg[p].src->nimages > 0;
        if (imgs)
            rc = foi_doc_note(L->doc, FOI_NOTE_ERROR, "no_text_layer", "",
                              "no text layer: %s %s %s only an image (a scan); OCR is not enabled, so no "
                              "figures are read from it", L->npages == 1 ? "page" : "pages", pages,
                              L->npages == 1 ? "is" : "are");
        else
            rc = foi_doc_note(L->doc, FOI_NOTE_ERROR, "no_text_layer", "",
                              "no text layer: %s %s %s no text to read%s%.120s%s",
                              L->npages == 1 ? "page" : "pages", pages, L->npages == 1 ? "has" : "have",
                              *complaint ? " (the file may be damaged: '" : "", complaint,
                              *complaint ? "')" : "");
    } else {
        rc = foi_doc_note(L->doc, FOI_NOTE_WARNING, "no_text_layer", "",
                          "%s %s %s only an image (a scanned page) with no text layer; not read",
                          scanned == 1 ? "page" : "pages", pages, scanned == 1 ? "is" : "are");
    }
    foi_buf_release(&b);
    if (rc)
        return pdf_nomem(L);
    return with ? 0 : 1;
}

/* Pages read from the sender's OCR layer, and pages whose invisible text was
 * left out: one warning each, naming the pages ("1, 3-5"). */
/* what: 0 pages with invisible text, 1 OCR pages, 2 pages with covered text */
static int page_is(const struct lay *L, int p, int what)
{
    const struct foi_pdf_page *s = L->pg[p].src;
    return what == 1 ? s->ocr != 0 : what == 2 ? s->covered_chars > 0 : s->hidden_chars > 0;
}

static void page_list(struct lay *L, struct foi_buf *b, int what)
{
    int listed = 0;
    for (int p = 0; p < L->npages; p++) {
        if (!page_is(L, p, what))
            continue;
        int q = p;
        while (q + 1 < L->npages && page_is(L, q + 1, what))
            q++;
        if (listed++ < 20)
            foi_buf_printf(b, "%s%d", b->len ? ", " : "", p + 1);
        if (q > p && listed <= 20)
            foi_buf_printf(b, "-%d", q + 1);
        p = q;
    }
    if (listed > 20)
        foi_buf_adds(b, ", ...");
}

static void ocr_and_hidden(struct lay *L)
{
    int nocr = 0, nhid = 0;
    for (int p = 0; p < L->npages; p++) {
        nocr += L->pg[p].src->ocr != 0;
        nhid += L->pg[p].src->hidden_chars > 0;
    }
    if (nocr) {
        unsigned char *o = foi_arena_alloc(&L->doc->arena, (size_t)L->npages);
        if (!o) {
            pdf_nomem(L);
            return;
        }
        for (int p = 0; p < L->npages; p++)
            o[p] = L->pg[p].src->ocr != 0;
        L->doc->ocr_pages = o;
        struct foi_buf b;
        foi_buf_init(&b, 4096);
        page_list(L, &b, 1);
        int pictures = 0;
        for (int p = 0; p < L->npages; p++)
            pictures += L->pg[p].src->ocr == 2;
        if (pictures == nocr
                ? foi_doc_note(L->doc, FOI_NOTE_WARNING, "no_text_layer", "",
                               "%s %s %s a picture whose text is the sender's OCR layer, which can misread digits: "
                               "check the figures read from %s against the picture",
                               nocr == 1 ? "page" : "pages", b.data ? b.data : "", nocr == 1 ? "shows" : "show",
                               nocr == 1 ? "it" : "them")
                : foi_doc_note(L->doc, FOI_NOTE_WARNING, "no_text_layer", "",
                               "%s %s %s a scanned image; %s text is the sender's OCR layer, which can misread "
                               "digits: check the figures read from %s against the image",
                               nocr == 1 ? "page" : "pages", b.data ? b.data : "", nocr == 1 ? "is" : "are",
                               nocr == 1 ? "its" : "their", nocr == 1 ? "it" : "them"))
            pdf_nomem(L);
        foi_buf_release(&b);
    }
    int ncov = 0, covered = 0;
    for (int p = 0; p < L->npages; p++) {
        ncov += L->pg[p].src->covered_chars > 0;
        covered += L->pg[p].src->covered_chars;
    }
    if (ncov && !L->rc) {
        struct foi_buf b;
        foi_buf_init(&b, 4096);
        page_list(L, &b, 2);
        if (foi_doc_note(L->doc, FOI_NOTE_WARNING, "hidden_content", "",
                         "text blacked out by filled boxes (redactions) on %s %s: read as the boxes a reader "
                         "sees (\xE2\x96\x88), never as the %d character%s the file keeps beneath them",
                         ncov == 1 ? "page" : "pages", b.data ? b.data : "", covered, covered == 1 ? "" : "s"))
            pdf_nomem(L);
        foi_buf_release(&b);
    }
    if (nhid && !L->rc) {
        struct foi_buf b;
        foi_buf_init(&b, 4096);
        page_list(L, &b, 0);
        if (foi_doc_note(L->doc, FOI_NOTE_WARNING, "hidden_content", "",
                         "invisible text on %s %s, which %s text of %s own: not read",
                         nhid == 1 ? "page" : "pages", b.data ? b.data : "", nhid == 1 ? "shows" : "show",
                         nhid == 1 ? "its" : "their"))
            pdf_nomem(L);
        foi_buf_release(&b);
    }
}

/* ------------------------------------------------------------ entry */

int foi_pdf_layout(struct foi_doc *doc, const struct foi_pdf_page *pages, int npages,
                   const char *complaint, const struct foi_limits *lim, struct foi_err *err)
{
    struct lay L;
    memset(&L, 0, sizeof L);
    L.doc = doc;
    L.lim = lim;
    L.err = err;
    L.npages = npages;
    foi_arena_init(&L.a, 0);
    L.pg = foi_arena_alloc(&L.a, sizeof *L.pg * (size_t)(npages ? npages : 1));
    if (!L.pg) {
        foi_arena_release(&L.a);
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading the PDF");
    }
    for (int p = 0; p < npages && !L.rc; p++) {
        L.pg[p].src = &pages[p];
        L.pg[p].width = pages[p].w;
        L.pg[p].height = pages[p].h;
        build_page(&L, p);
    }
    int scan = 0;
    if (!L.rc)
        scan = text_layer(&L, complaint ? complaint : "");
    if (!L.rc && !scan) {
        body_size(&L);
        for (int p = 0; p < npages && !L.rc; p++)
            pdf_ruled_tables(&L, p);
        if (!L.rc)
            furniture(&L);
        /* columns of running text first, so an aligned table in one column
         * is read in it and never takes lines of the other */
        for (int p = 0; p < npages && !L.rc; p++)
            pdf_tile_tables(&L, p);
        for (int p = 0; p < npages && !L.rc; p++)
            pdf_columns(&L, p, 1);
        for (int p = 0; p < npages && !L.rc; p++)
            pdf_unruled_tables(&L, p);
        if (!L.rc)
            pdf_join_tables(&L);
        if (!L.rc)
            pdf_borrow_headers(&L);
        for (int p = 0; p < npages && !L.rc; p++)
            caption_parts(&L, p);
        if (!L.rc)
            pdf_print_headings(&L);
        if (!L.rc)
            emit_furniture(&L);
        if (!L.rc)
            emit(&L);
        if (!L.rc)
            ocr_and_hidden(&L);
    }
    int rc = L.rc;
    for (int p = 0; p < npages; p++) {
        foi_free(L.pg[p].w);
        foi_free(L.pg[p].l);
    }
    for (int t = 0; t < L.ntab; t++) {
        foi_free(L.tab[t].cells);
        foi_free(L.tab[t].row_page);
        foi_free(L.tab[t].colx);
    }
    foi_free(L.tab);
    foi_arena_release(&L.a);
    return rc;
}
