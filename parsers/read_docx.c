/* read_docx.c: Word documents (DOCX) -> document: paragraphs as lines (list
 * items keep their bullet or number, headings from the style or outline
 * level), every table (nested ones too) with gridSpan and vMerge filled like
 * spans, content controls read, tracked deletions not, footnotes and endnotes
 * as footnote lines; page headers and footers are not content. */
#include "office.h"
#include "../normalize/normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#define MAX_LEVELS 9
#define MAX_NEST 64        /* tables inside tables, paragraphs inside text boxes */

/* ------------------------------------------------------------ styles */

struct dstyle {
    char id[64];
    char based[64];
    int heading;          /* -1 unknown, 0 no, 1 yes (own name or outline level) */
    int outline;          /* w:outlineLvl, -1 none */
    int num_id, ilvl;     /* its w:numPr, -1 none */
    int bold;             /* -1 unknown */
};

struct dlevel {
    int start;
    char fmt[24];         /* decimal, bullet, lowerLetter, ... */
    char text[48];        /* w:lvlText: "%1." */
};

struct dabstract {
    int id;
    struct dlevel lvl[MAX_LEVELS];
};

struct dnum {
    int id, abstract;
    int start_override[MAX_LEVELS];   /* -1 none */
    int count[MAX_LEVELS];
    int used[MAX_LEVELS];
};

/* ------------------------------------------------------------ walk state */

enum fkind { F_P, F_R, F_PPR, F_RPR, F_NUMPR, F_TBL, F_TR, F_TC, F_TCPR, F_TRPR, F_TBLPR, F_SDT };

struct frame {
    enum fkind kind;
    int depth;
    int flag;             /* F_R: hidden run; F_SDT: placeholder shown */
    int bold;             /* F_R: -1 unset, 0, 1 */
    int super;            /* F_R: a superscript run (a footnote marker typed as "1") */
};

struct para {
    struct foi_buf text;
    char style[64];
    int num_id, ilvl;     /* -1 none */
    int outline;
    int chars, bold_chars;
    int in_cell;          /* text goes to the cell, not a line */
    int para_no;          /* "paragraph N" (0 inside tables) */
};

struct vorigin {
    int row, col, active;
    const char *text;
};

struct dtable {
    int index;
    struct foi_grid g;
    int row, col;
    int row_header, header_run;   /* this row repeats as a header; all rows so far did */
    int span, vmerge;             /* the open cell: gridSpan, vMerge (0 none, 1 restart, 2 continue) */
    struct foi_buf cell;
    struct vorigin *vcol;
    size_t nv;
    const char *caption, *heading;
    const char *outer_label;      /* a table in a cell: the outer row's label (its caption unless it has one) */
    int grid_before;
};

struct dctx {
    struct foi_doc *doc;
    struct foi_zip *z;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_obuild ob;
    struct foi_arena tmp;
    struct dstyle *styles;
    size_t nstyles, astyles;
    struct dabstract *abs;
    size_t nabs, aabs;
    struct dnum *nums;
    size_t nnums, anums;
    struct frame st[MAX_NEST * 6];
    int sp;
    struct para *paras[MAX_NEST];
    int np;
    struct dtable *tables[MAX_NEST];
    int nt;
    int para_no;
    int last_anchor;              /* lines before the previous table */
    long hidden_runs;
    int first_hidden_para;
    /* paragraphs set out with tab stops, waiting to be seen as a table
     * (flush_tab_rows) or as lines */
    struct tabrow {
        const char *text;   /* the paragraph, tabs kept (c->tmp) */
        unsigned flags;
        int para_no;
    } *tabrows;
    size_t ntab, atab;
    int notes;                    /* reading footnotes or endnotes: no tab tables */
    const char *main;             /* the document part (its relationships name embedded objects) */
    /* Excel worksheets embedded in the paragraph being read (o:OLEObject),
     * read when it closes: its relationship ids */
    char embeds[4][64];
    int nembeds;
};

static int nomem(struct dctx *c)
{
    return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading docx");
}

static int truthy_attr(struct foi_xml *x, const char *name, int dflt)
{
    char v[16];
    if (!foi_xml_attr(x, name, v, sizeof v))
        return dflt;
    return !(!strcmp(v, "0") || !foi_strcasecmp(v, "false") || !foi_strcasecmp(v, "off") ||
             !foi_strcasecmp(v, "none"));
}

static int int_attr(struct foi_xml *x, const char *name, int dflt)
{
    char v[32];
    if (!foi_xml_attr(x, name, v, sizeof v))
        return dflt;
    char *end;
    long n = strtol(v, &end, 10);
    if (end == v || n < -1000000 || n > 1000000)
        return dflt;
    return (int)n;
}

/* ------------------------------------------------------------ styles.xml */

static struct dstyle *style_by_id(struct dctx *c, const char *id)
{
    for (size_t i = 0; i < c->nstyles; i++)
        if (!strcmp(c->styles[i].id, id))
            return &c->styles[i];
    return NULL;
}

static int read_styles(struct dctx *c, const char *part)
{
    struct foi_xml x;
    int rc = foi_xml_open(&x, c->z, part, c->err);
    if (rc == FOI_ENOTFOUND)
        return 0;
    if (rc)
        return rc;
    struct dstyle *cur = NULL;
    int in_rpr = 0, k;
    char v[64];
    while ((k = foi_xml_next(&x)) == 1) {
        int t = foi_xml_type(&x);
        if (t == FOI_XML_END) {
            if (foi_xml_is_end(&x, "style"))
                cur = NULL;
            else if (foi_xml_is_end(&x, "rPr"))
                in_rpr = 0;
            continue;
        }
        if (t != FOI_XML_START)
            continue;
        const char *nm = foi_xml_name(&x);
        if (!strcmp(nm, "style")) {
            cur = NULL;
            if (!foi_xml_attr(&x, "type", v, sizeof v) || strcmp(v, "paragraph") || foi_xml_empty(&x))
                continue;
            if (c->nstyles >= 20000)
                continue;
            if (c->nstyles == c->astyles) {
                void *p = c->styles;
                if (foi_grow(&p, &c->astyles, c->nstyles, sizeof *c->styles)) {
                    rc = nomem(c);
                    break;
                }
                c->styles = p;
            }
            cur = &c->styles[c->nstyles++];
            memset(cur, 0, sizeof *cur);
            cur->heading = -1;
            cur->outline = -1;
            cur->num_id = cur->ilvl = -1;
            cur->bold = -1;
            foi_xml_attr(&x, "styleId", cur->id, sizeof cur->id);
        } else if (!cur) {
            continue;
        } else if (!strcmp(nm, "name")) {
            if (foi_xml_attr(&x, "val", v, sizeof v)) {
                int h = (!foi_strcasecmp(v, "title")) ||
                        (!strncmp(v, "heading ", 8) && v[8] >= '1' && v[8] <= '9') ||
                        (!strncmp(v, "Heading ", 8) && v[8] >= '1' && v[8] <= '9');
                if (h)
                    cur->heading = 1;
            }
        } else if (!strcmp(nm, "basedOn")) {
            foi_xml_attr(&x, "val", cur->based, sizeof cur->based);
        } else if (!strcmp(nm, "outlineLvl")) {
            cur->outline = int_attr(&x, "val", -1);
        } else if (!strcmp(nm, "numId")) {
            cur->num_id = int_attr(&x, "val", -1);
        } else if (!strcmp(nm, "ilvl")) {
            cur->ilvl = int_attr(&x, "val", 0);
        } else if (!strcmp(nm, "rPr")) {
            in_rpr = !foi_xml_empty(&x);
        } else if (in_rpr && !strcmp(nm, "b")) {
            cur->bold = truthy_attr(&x, "val", 1);
        }
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    return rc;
}

/* What a paragraph style says, its basedOn chain followed (at most 16 deep). */
static void style_resolve(struct dctx *c, const char *id, int *heading, int *num_id, int *ilvl, int *bold)
{
    *heading = 0;
    *num_id = *ilvl = -1;
    *bold = -1;
    int hset = 0;
    struct dstyle *s = id && *id ? style_by_id(c, id) : NULL;
    for (int d = 0; s && d < 16; d++) {
        if (!hset && s->heading == 1)
            *heading = 1, hset = 1;
        if (!hset && s->outline >= 0)
            *heading = s->outline < 9, hset = 1;
        if (*num_id < 0 && s->num_id >= 0) {
            *num_id = s->num_id;
            if (*ilvl < 0)
                *ilvl = s->ilvl;
        }
        if (*bold < 0)
            *bold = s->bold;
        s = s->based[0] ? style_by_id(c, s->based) : NULL;
    }
}

/* ------------------------------------------------------------ numbering.xml */

static int read_numbering(struct dctx *c, const char *part)
{
    struct foi_xml x;
    int rc = foi_xml_open(&x, c->z, part, c->err);
    if (rc == FOI_ENOTFOUND)
        return 0;
    if (rc)
        return rc;
    struct dabstract *ab = NULL;
    struct dnum *num = NULL;
    int lvl = -1, ovl = -1, k;
    char v[64];
    while ((k = foi_xml_next(&x)) == 1) {
        if (foi_xml_type(&x) == FOI_XML_END) {
            if (foi_xml_is_end(&x, "abstractNum"))
                ab = NULL;
            else if (foi_xml_is_end(&x, "num"))
                num = NULL;
            else if (foi_xml_is_end(&x, "lvl"))
                lvl = -1;
            else if (foi_xml_is_end(&x, "lvlOverride"))
                ovl = -1;
            continue;
        }
        if (foi_xml_type(&x) != FOI_XML_START)
            continue;
        const char *nm = foi_xml_name(&x);
        if (!strcmp(nm, "abstractNum")) {
            if (c->nabs >= 10000 || foi_xml_empty(&x))
                continue;
            if (c->nabs == c->aabs) {
                void *p = c->abs;
                if (foi_grow(&p, &c->aabs, c->nabs, sizeof *c->abs)) {
                    rc = nomem(c);
                    break;
                }
                c->abs = p;
            }
            ab = &c->abs[c->nabs++];
            memset(ab, 0, sizeof *ab);
            ab->id = int_attr(&x, "abstractNumId", -1);
            for (int i = 0; i < MAX_LEVELS; i++) {
                ab->lvl[i].start = 1;
                snprintf(ab->lvl[i].fmt, sizeof ab->lvl[i].fmt, "decimal");
            }
        } else if (ab && !strcmp(nm, "lvl")) {
            lvl = int_attr(&x, "ilvl", -1);
            if (lvl >= MAX_LEVELS)
                lvl = -1;
        } else if (ab && lvl >= 0 && !strcmp(nm, "start")) {
            ab->lvl[lvl].start = int_attr(&x, "val", 1);
        } else if (ab && lvl >= 0 && !strcmp(nm, "numFmt")) {
            foi_xml_attr(&x, "val", ab->lvl[lvl].fmt, sizeof ab->lvl[lvl].fmt);
        } else if (ab && lvl >= 0 && !strcmp(nm, "lvlText")) {
            foi_xml_attr(&x, "val", ab->lvl[lvl].text, sizeof ab->lvl[lvl].text);
        } else if (!strcmp(nm, "num")) {
            if (c->nnums >= 10000 || foi_xml_empty(&x))
                continue;
            if (c->nnums == c->anums) {
                void *p = c->nums;
                if (foi_grow(&p, &c->anums, c->nnums, sizeof *c->nums)) {
                    rc = nomem(c);
                    break;
                }
                c->nums = p;
            }
            num = &c->nums[c->nnums++];
            memset(num, 0, sizeof *num);
            num->id = int_attr(&x, "numId", -1);
            num->abstract = -1;
            for (int i = 0; i < MAX_LEVELS; i++)
                num->start_override[i] = -1;
        } else if (num && !strcmp(nm, "abstractNumId")) {
            num->abstract = int_attr(&x, "val", -1);
        } else if (num && !strcmp(nm, "lvlOverride")) {
            ovl = int_attr(&x, "ilvl", -1);
            if (ovl >= MAX_LEVELS)
                ovl = -1;
        } else if (num && ovl >= 0 && !strcmp(nm, "startOverride")) {
            num->start_override[ovl] = int_attr(&x, "val", 1);
        }
        (void)v;
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    return rc;
}

static const struct dabstract *abstract_of(const struct dctx *c, const struct dnum *n)
{
    for (size_t i = 0; i < c->nabs; i++)
        if (c->abs[i].id == n->abstract)
            return &c->abs[i];
    return NULL;
}

static void roman(int n, int upper, char *buf, size_t bufsz)
{
    static const int val[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
    static const char *const sym[] = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };
    size_t o = 0;
    buf[0] = '\0';
    if (n <= 0 || n > 3999) {
        snprintf(buf, bufsz, "%d", n);
        return;
    }
    for (int i = 0; i < 13; i++)
        while (n >= val[i] && o + 3 < bufsz) {
            for (const char *s = sym[i]; *s; s++)
                buf[o++] = upper ? (char)(*s - 32) : *s;
            n -= val[i];
        }
    buf[o] = '\0';
}

static void level_number(const char *fmt, int n, char *buf, size_t bufsz)
{
    if (!strcmp(fmt, "lowerLetter") || !strcmp(fmt, "upperLetter")) {
        int k = n < 1 ? 1 : n;
        char ch = (char)((fmt[0] == 'l' ? 'a' : 'A') + (k - 1) % 26);
        int rep = (k - 1) / 26 + 1;
        size_t o = 0;
        for (int i = 0; i < rep && o + 1 < bufsz; i++)
            buf[o++] = ch;
        buf[o] = '\0';
    } else if (!strcmp(fmt, "lowerRoman") || !strcmp(fmt, "upperRoman")) {
        roman(n, fmt[0] == 'u', buf, bufsz);
    } else if (!strcmp(fmt, "decimalZero")) {
        snprintf(buf, bufsz, "%02d", n);
    } else if (!strcmp(fmt, "none")) {
        buf[0] = '\0';
    } else {
        snprintf(buf, bufsz, "%d", n);
    }
}

/* The list marker of a numbered paragraph ("•", "1.", "a)"), advancing the
 * list's counters; "" when it has none. */
static void list_marker(struct dctx *c, int num_id, int ilvl, char *buf, size_t bufsz)
{
    buf[0] = '\0';
    if (num_id <= 0)
        return;
    if (ilvl < 0 || ilvl >= MAX_LEVELS)
        ilvl = 0;
    struct dnum *n = NULL;
    for (size_t i = 0; i < c->nnums; i++)
        if (c->nums[i].id == num_id)
            n = &c->nums[i];
    if (!n) {
        snprintf(buf, bufsz, "\xE2\x80\xA2");   /* a list we cannot resolve: a bullet */
        return;
    }
    const struct dabstract *ab = abstract_of(c, n);
    const struct dlevel *L = ab ? &ab->lvl[ilvl] : NULL;
    int start = n->start_override[ilvl] >= 0 ? n->start_override[ilvl] : L ? L->start : 1;
    if (!n->used[ilvl]) {
        n->used[ilvl] = 1;
        n->count[ilvl] = start;
    } else {
        n->count[ilvl]++;
    }
    for (int d = ilvl + 1; d < MAX_LEVELS; d++)
        n->used[d] = 0;
    if (!L || !strcmp(L->fmt, "bullet")) {
        snprintf(buf, bufsz, "\xE2\x80\xA2");
        return;
    }
    if (!strcmp(L->fmt, "none") && !strchr(L->text, '%')) {
        snprintf(buf, bufsz, "%s", L->text);
        return;
    }
    size_t o = 0;
    for (const char *p = L->text; *p && o + 1 < bufsz; p++) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            int lv = p[1] - '1';
            char num[24];
            const char *fmt = ab ? ab->lvl[lv].fmt : "decimal";
            int val = n->used[lv] ? n->count[lv] : (ab ? ab->lvl[lv].start : 1);
            level_number(fmt, val, num, sizeof num);
            for (const char *q = num; *q && o + 1 < bufsz; q++)
                buf[o++] = *q;
            p++;
            continue;
        }
        buf[o++] = *p;
    }
    buf[o] = '\0';
}

/* ------------------------------------------------------------ the walk */

static struct frame *top(struct dctx *c) { return c->sp ? &c->st[c->sp - 1] : NULL; }

static int push(struct dctx *c, enum fkind k, int depth)
{
    if (c->sp >= (int)(sizeof c->st / sizeof c->st[0]))
        return foi_errf(c->err, FOI_ELIMIT, NULL, "document nests tables or text boxes too deeply");
    struct frame *f = &c->st[c->sp++];
    memset(f, 0, sizeof *f);
    f->kind = k;
    f->depth = depth;
    f->bold = -1;
    return 0;
}

static struct frame *find(struct dctx *c, enum fkind k)
{
    for (int i = c->sp - 1; i >= 0; i--)
        if (c->st[i].kind == k)
            return &c->st[i];
    return NULL;
}

static struct para *cur_para(struct dctx *c) { return c->np ? c->paras[c->np - 1] : NULL; }
static struct dtable *cur_table(struct dctx *c) { return c->nt ? c->tables[c->nt - 1] : NULL; }

/* Is the open cell of the innermost table holding the current paragraph? */
static int in_cell(struct dctx *c)
{
    for (int i = c->sp - 1; i >= 0; i--) {
        if (c->st[i].kind == F_TC)
            return 1;
        if (c->st[i].kind == F_P && i < c->sp - 1)
            return 0;   /* a text box inside a paragraph outside tables */
    }
    return 0;
}

static int para_open(struct dctx *c, int depth)
{
    if (c->np >= MAX_NEST)
        return foi_errf(c->err, FOI_ELIMIT, NULL, "document nests text boxes too deeply");
    struct para *p = foi_calloc(1, sizeof *p);
    if (!p)
        return nomem(c);
    foi_buf_init(&p->text, c->lim->max_line_bytes + 1);
    p->num_id = p->ilvl = -1;
    p->outline = -1;
    p->in_cell = in_cell(c);
    if (!p->in_cell)
        p->para_no = ++c->para_no;
    c->paras[c->np++] = p;
    return push(c, F_P, depth);
}

/* Digits of a superscript run as Unicode superscripts ("advice" + "1" is
 * "advice¹"), as the PDF reader writes them: a footnote marker is then
 * neither a count nor part of the label's letters. */
static int superscript_digits(struct foi_buf *b)
{
    static const char *const sup[10] = { "\xe2\x81\xb0", "\xc2\xb9", "\xc2\xb2", "\xc2\xb3",
                                         "\xe2\x81\xb4", "\xe2\x81\xb5", "\xe2\x81\xb6",
                                         "\xe2\x81\xb7", "\xe2\x81\xb8", "\xe2\x81\xb9" };
    int digits = 0;
    for (size_t i = 0; i < b->len; i++)
        digits += b->data[i] >= '0' && b->data[i] <= '9';
    if (!digits)
        return 0;
    struct foi_buf o;
    foi_buf_init(&o, b->cap ? b->cap + 3 * (size_t)digits : 0);
    int rc = 0;
    for (size_t i = 0; i < b->len && !rc; i++)
        rc = b->data[i] >= '0' && b->data[i] <= '9' ? foi_buf_adds(&o, sup[b->data[i] - '0'])
                                                     : foi_buf_addc(&o, b->data[i]);
    if (!rc) {
        struct foi_buf t = *b;
        *b = o;
        o = t;
    }
    foi_buf_release(&o);
    return rc;
}

static int add_text(struct dctx *c, const char *s, size_t n, int bold)
{
    struct para *p = cur_para(c);
    if (!p)
        return 0;
    int r = foi_buf_add(&p->text, s, n);
    if (r == FOI_ELIMIT)
        return foi_errf(c->err, FOI_ELIMIT, NULL, "paragraph is longer than the line-length limit");
    if (r)
        return nomem(c);
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t') {
            p->chars++;
            if (bold)
                p->bold_chars++;
        }
    return 0;
}

static int heading_like(const struct para *p, const char *text)
{
    size_t n = strlen(text);
    return p->chars > 0 && p->bold_chars == p->chars && n <= 100 && text[n - 1] != '.' &&
           text[n - 1] != ',' && text[n - 1] != ';';
}

/* The fields of a paragraph set out with tab stops: leading tabs and
 * spaces dropped, a run of tabs one column break; into f (n at most max),
 * each trimmed. The number of fields. */
static int tab_fields(struct foi_arena *a, const char *t, const char **f, int max)
{
    while (*t == '\t' || *t == ' ')
        t++;
    int n = 0;
    while (*t && n < max) {
        const char *e = strchr(t, '\t');
        size_t len = e ? (size_t)(e - t) : strlen(t);
        while (len && t[len - 1] == ' ')
            len--;
        f[n] = foi_arena_strndup(a, t, len);
        if (!f[n])
            return -1;
        n++;
        if (!e)
            break;
        t = e;
        while (*t == '\t' || *t == ' ')
            t++;
    }
    return n;
}

#define TAB_MAX_COLS 64

/* Paragraphs in a row set out in columns with tab stops ("Sexual
 * assault<TAB>6<TAB>19"): a table when there are two or more, each with
 * the same number of columns (two or more), and counts in most rows after
 * the first (three rows at least when there are only two columns, so that
 * "Our ref:<TAB>1904/26" and "Date:<TAB>..." stay lines); its cells are
 * located by paragraph ("paragraph 8 col 2"). Otherwise the paragraphs are
 * lines, as any other. */
static int flush_tab_rows(struct dctx *c)
{
    size_t n = c->ntab;
    if (!n)
        return 0;
    c->ntab = 0;
    const char **cells = foi_arena_alloc(&c->tmp, n * TAB_MAX_COLS * sizeof *cells);
    int *nf = foi_arena_alloc(&c->tmp, n * sizeof *nf);
    if (!cells || !nf)
        return nomem(c);
    int same = 1, counted = 0;
    for (size_t i = 0; i < n; i++) {
        nf[i] = tab_fields(&c->tmp, c->tabrows[i].text, cells + i * TAB_MAX_COLS, TAB_MAX_COLS);
        if (nf[i] < 0)
            return nomem(c);
        same &= nf[i] == nf[0];
        if (i > 0)
            for (int k = 1; k < nf[i]; k++)
                if (foi_count_cell(cells[i * TAB_MAX_COLS + (size_t)k])) {
                    counted++;
                    break;
                }
    }
    int table = n >= 2 && same && nf[0] >= 2 && nf[0] < TAB_MAX_COLS && counted * 2 >= (int)(n - 1) &&
                counted > 0 && (nf[0] > 2 || n >= 3);
    if (!table) {
        for (size_t i = 0; i < n; i++) {
            char loc[32];
            snprintf(loc, sizeof loc, "paragraph %d", c->tabrows[i].para_no);
            int rc = foi_ob_line(&c->ob, c->tabrows[i].text, strlen(c->tabrows[i].text), c->tabrows[i].flags, loc);
            if (rc)
                return rc;
        }
        return 0;
    }
    int index;
    int rc = foi_ob_table_open(&c->ob, &index);
    if (rc)
        return rc;
    const char *heading = foi_ob_heading_since(&c->ob, &c->last_anchor);
    struct foi_grid g;
    memset(&g, 0, sizeof g);
    for (size_t i = 0; i < n && !rc; i++)
        for (int k = 0; k < nf[i] && !rc; k++)
            rc = foi_grid_put(&c->ob, &g, (int)i, k, cells[i * TAB_MAX_COLS + (size_t)k], 0, (int)i, k);
    if (rc) {
        foi_grid_release(&g);
        return rc;
    }
    rc = foi_grid_table(&c->ob, &g, index, NULL, heading);
    if (rc)
        return rc;
    struct foi_table *t = &c->ob.tables[index - 1];
    t->para_rows = 1;
    for (int r = 0; r < t->nrows; r++)
        for (int k = 0; k < t->ncols; k++)
            t->cells[(size_t)r * (size_t)t->ncols + (size_t)k].src_row = c->tabrows[r].para_no;
    return 0;
}

/* A paragraph of the body with a tab after some text: held back for
 * flush_tab_rows. */
static int hold_tab_row(struct dctx *c, const char *text, size_t len, unsigned flags, int para_no)
{
    if (c->ntab == c->atab) {
        void *v = c->tabrows;
        if (foi_grow(&v, &c->atab, c->ntab, sizeof *c->tabrows))
            return nomem(c);
        c->tabrows = v;
    }
    const char *t = foi_arena_strndup(&c->tmp, text, len);
    if (!t)
        return nomem(c);
    c->tabrows[c->ntab++] = (struct tabrow){ t, flags, para_no };
    return 0;
}

/* ------------------------------------------------------------ embedded workbooks */

/* The target part of relationship id of the document part, resolved
 * ("word/embeddings/Microsoft_Excel_Worksheet.xlsx"); 0 when found. */
static int rel_target(struct dctx *c, const char *id, char *buf, size_t sz)
{
    char rp[600];
    const char *main = c->main;
    foi_zip_rels_part(main, rp, sizeof rp);
    struct foi_xml x;
    struct foi_err e;
    foi_err_clear(&e);
    if (foi_xml_open(&x, c->z, rp, &e))
        return -1;
    int k, found = -1;
    char rid[64], target[512], mode[32];
    while (found && (k = foi_xml_next(&x)) == 1) {
        if (!foi_xml_is(&x, "Relationship") || !foi_xml_attr(&x, "Id", rid, sizeof rid) || strcmp(rid, id) ||
            !foi_xml_attr(&x, "Target", target, sizeof target))
            continue;
        if (foi_xml_attr(&x, "TargetMode", mode, sizeof mode) && !foi_strcasecmp(mode, "External"))
            break;   /* a linked file outside the document: nothing to read */
        found = foi_zip_resolve(main, target, buf, sz) ? -1 : 0;
    }
    foi_xml_close(&x);
    return found;
}

/* The name of the sheet a workbook opens on (the workbook view's activeTab,
 * counting every sheet, hidden ones too; the first when none is named) into
 * buf; 0 when read. An embedded worksheet shows that sheet on the page. */
static int active_sheet(const char *bytes, size_t n, const struct foi_limits *lim, char *buf, size_t sz)
{
    struct foi_zip *z;
    struct foi_err e;
    foi_err_clear(&e);
    if (foi_zip_open(&z, bytes, n, lim, &e))
        return -1;
    struct foi_xml x;
    int rc = foi_xml_open(&x, z, "xl/workbook.xml", &e);
    if (rc) {
        foi_zip_free(z);
        return -1;
    }
    int k, active = 0, i = 0, found = -1;
    char v[64], name[256];
    while ((k = foi_xml_next(&x)) == 1) {
        if (foi_xml_type(&x) != FOI_XML_START)
            continue;
        if (foi_xml_is(&x, "workbookView") && foi_xml_attr(&x, "activeTab", v, sizeof v))
            active = atoi(v);
        else if (foi_xml_is(&x, "sheet") && foi_xml_attr(&x, "name", name, sizeof name)) {
            if (i++ == active) {
                snprintf(buf, sz, "%s", name);
                found = 0;
                break;
            }
        }
    }
    foi_xml_close(&x);
    foi_zip_free(z);
    return found;
}

/* A table of the embedded workbook's document copied into ours, its texts
 * into our arena. */
static int copy_table(struct dctx *c, const struct foi_table *src, const char *object, const char *caption)
{
    struct foi_arena *a = &c->doc->arena;
    struct foi_table t = *src;
    size_t nc = (size_t)src->nrows * (size_t)src->ncols;
    t.cells = foi_arena_alloc(a, (nc ? nc : 1) * sizeof *t.cells);
    if (!t.cells)
        return nomem(c);
    for (size_t i = 0; i < nc; i++) {
        t.cells[i] = src->cells[i];
        t.cells[i].text = foi_arena_strdup(a, src->cells[i].text ? src->cells[i].text : "");
        if (!t.cells[i].text)
            return nomem(c);
    }
    t.sheet = NULL;   /* located through the object, read as a table of the letter */
    t.object = object;
    t.caption = caption;
    t.heading = NULL;
    t.row_page = NULL;
    t.first_line = t.last_line = 0;
    int index;
    int rc = foi_ob_table_open(&c->ob, &index);
    if (rc)
        return rc;
    t.heading = foi_ob_heading_since(&c->ob, &c->last_anchor);
    foi_ob_table_set(&c->ob, index, &t);
    return 0;
}

/* An Excel worksheet embedded in the page (o:OLEObject ProgID
 * "Excel.Sheet.12", its workbook a part of the document): the page shows a
 * picture of it, the figures are the workbook's. Read as the page shows it:
 * the sheet the workbook opens on, its title rows as the table's caption,
 * its tables where the object stands, each figure located in the object
 * ('embedded object "NAME" sheet "S" B4'). The workbook's other sheets are
 * not on the page: not read, said in a note. Anything unreadable is a note,
 * never a failure of the letter. */
static int embedded_workbook(struct dctx *c, const char *rid)
{
    char part[512];
    struct foi_doc *doc = c->doc;
    if (rel_target(c, rid, part, sizeof part)) {
        return foi_doc_note(doc, FOI_NOTE_INFO, "parse_error", "", "an embedded Excel worksheet (%s) names no part "
                            "of the document; not read", rid) ? nomem(c) : 0;
    }
    const char *base = strrchr(part, '/');
    base = base ? base + 1 : part;
    const char *oloc = foi_arena_printf(&doc->arena, "embedded object \"%s\"", base);
    if (!oloc)
        return nomem(c);
    char *bytes = NULL;
    size_t n = 0;
    struct foi_err e;
    foi_err_clear(&e);
    int rc = foi_zip_read(c->z, part, c->lim->max_file_bytes, &bytes, &n, &e);
    if (rc || n < 4 || memcmp(bytes, "PK\x03\x04", 4)) {
        foi_free(bytes);
        /* an older workbook (Excel.Sheet.8, a compound file) or a damaged one */
        return foi_doc_note(doc, FOI_NOTE_WARNING, "parse_error", oloc, "an embedded worksheet the page shows as "
                            "a picture could not be read (%s); its figures are not in the data",
                            rc ? "its part is missing" : "not an Excel 2007+ workbook") ? nomem(c) : 0;
    }
    char sheet[256] = "";
    int have_sheet = !active_sheet(bytes, n, c->lim, sheet, sizeof sheet);
    struct foi_doc w;
    foi_doc_init(&w, base);
    rc = foi_read_zip(&w, bytes, n, c->lim, &e);
    foi_free(bytes);
    if (rc || w.format != FOI_FMT_XLSX) {
        foi_doc_release(&w);
        return foi_doc_note(doc, FOI_NOTE_WARNING, "parse_error", oloc, "an embedded worksheet the page shows as "
                            "a picture could not be read (%s); its figures are not in the data",
                            rc ? e.message : "not a workbook") ? nomem(c) : 0;
    }
    if (!have_sheet) {
        for (int i = 0; i < w.ntables && !sheet[0]; i++)
            if (w.tables[i].sheet)
                snprintf(sheet, sizeof sheet, "%s", w.tables[i].sheet);
    }
    const char *object = foi_arena_printf(&doc->arena, "%s sheet \"%s\"", oloc, sheet);
    if (!object) {
        foi_doc_release(&w);
        return nomem(c);
    }
    /* the sheet's title rows (lines on it before its first table): the caption */
    struct foi_buf cap;
    foi_buf_init(&cap, c->lim->max_line_bytes + 1);
    char pre[300];
    snprintf(pre, sizeof pre, "sheet \"%s\" ", sheet);
    int first = -1;
    for (int i = 0; i < w.ntables && first < 0; i++)
        if (w.tables[i].sheet && !strcmp(w.tables[i].sheet, sheet))
            first = i;
    for (int i = 0; first >= 0 && i < w.nlines && i < w.tables[first].anchor_line; i++) {
        const struct foi_line *l = &w.lines[i];
        if (!l->loc || strncmp(l->loc, pre, strlen(pre)) || !(l->flags & FOI_LINE_TITLE))
            continue;
        if ((cap.len && foi_buf_adds(&cap, "; ")) || foi_buf_adds(&cap, l->text)) {
            rc = nomem(c);
            break;
        }
    }
    const char *caption = !rc && cap.len ? foi_arena_strndup(&doc->arena, cap.data, cap.len) : NULL;
    foi_buf_release(&cap);
    int copied = 0, others = 0;
    for (int i = 0; i < w.ntables && !rc; i++) {
        const struct foi_table *t = &w.tables[i];
        if (!t->sheet || strcmp(t->sheet, sheet)) {
            others++;
            continue;
        }
        rc = copy_table(c, t, object, copied ? NULL : caption);
        copied++;
    }
    if (!rc && others &&
        foi_doc_note(doc, FOI_NOTE_INFO, "hidden_content", oloc, "the embedded workbook %s has other sheets than "
                     "\"%s\", the one the page shows; they were not read", base, sheet))
        rc = nomem(c);
    if (!rc && !copied &&
        foi_doc_note(doc, FOI_NOTE_INFO, "parse_error", oloc, "the embedded worksheet \"%s\" holds no table", sheet))
        rc = nomem(c);
    foi_doc_release(&w);
    return rc;
}

static int para_close(struct dctx *c)
{
    struct para *p = cur_para(c);
    c->np--;
    int rc = 0;
    int heading, snum, silvl, sbold;
    style_resolve(c, p->style, &heading, &snum, &silvl, &sbold);
    int num_id = p->num_id >= 0 ? p->num_id : snum;
    int ilvl = p->ilvl >= 0 ? p->ilvl : silvl >= 0 ? silvl : 0;
    if (p->outline >= 0)
        heading = p->outline < 9;
    char marker[64];
    list_marker(c, num_id, ilvl, marker, sizeof marker);
    struct foi_buf line;
    foi_buf_init(&line, c->lim->max_line_bytes + 80);
    if (marker[0] && foi_buf_printf(&line, "%s ", marker))
        rc = nomem(c);
    if (!rc && p->text.len && foi_buf_add(&line, p->text.data, p->text.len))
        rc = nomem(c);
    const char *text = line.data ? line.data : "";
    if (!rc && p->in_cell) {
        struct dtable *t = cur_table(c);
        if (t && line.len) {
            if (t->cell.len && foi_buf_addc(&t->cell, ' '))
                rc = nomem(c);
            if (!rc && foi_buf_add(&t->cell, text, line.len))
                rc = foi_errf(c->err, FOI_ELIMIT, NULL, "table cell is longer than the line-length limit");
        }
    } else if (!rc && line.len) {
        /* a paragraph inside a text box of a paragraph: its own line */
        unsigned flags = FOI_LINE_PARA_START;
        if (marker[0])
            flags |= FOI_LINE_BULLET;
        else if (heading || heading_like(p, text))
            flags |= FOI_LINE_HEADING;
        /* text, then a tab: perhaps a row of a table set with tab stops */
        const char *tab = memchr(text, '\t', line.len);
        int lead = 1;
        for (const char *q = text; tab && q < tab; q++)
            lead &= *q == ' ' || *q == '\t';
        if (tab && !lead && !marker[0] && !c->notes) {
            rc = hold_tab_row(c, text, line.len, flags, p->para_no);
        } else {
            rc = flush_tab_rows(c);
            char loc[32];
            snprintf(loc, sizeof loc, "paragraph %d", p->para_no);
            if (!rc)
                rc = foi_ob_line(&c->ob, text, line.len, flags, loc);
        }
    } else if (!rc && !p->in_cell) {
        rc = flush_tab_rows(c);   /* an empty paragraph ends a table set with tabs */
    }
    foi_buf_release(&line);
    foi_buf_release(&p->text);
    /* an embedded worksheet in the paragraph: its table after the paragraph
     * (in a table's cell: not read, said) */
    for (int i = 0; i < c->nembeds && !rc && !p->in_cell && !c->np; i++)
        rc = embedded_workbook(c, c->embeds[i]);
    if (!rc && c->nembeds && (p->in_cell || c->np) &&
        foi_doc_note(c->doc, FOI_NOTE_INFO, "parse_error", "", "an Excel worksheet embedded in a table cell or "
                     "text box was not read"))
        rc = nomem(c);
    if (!c->np || !p->in_cell)
        c->nembeds = 0;
    foi_free(p);
    return rc;
}

static int table_open(struct dctx *c, int depth)
{
    if (!c->nt) {
        int rc = flush_tab_rows(c);
        if (rc)
            return rc;
    }
    if (c->nt >= MAX_NEST)
        return foi_errf(c->err, FOI_ELIMIT, NULL, "tables nested more than %d deep", MAX_NEST);
    struct dtable *t = foi_calloc(1, sizeof *t);
    if (!t)
        return nomem(c);
    c->tables[c->nt++] = t;
    foi_buf_init(&t->cell, c->lim->max_line_bytes + 1);
    t->row = -1;
    t->header_run = 1;
    int rc = foi_ob_table_open(&c->ob, &t->index);
    if (rc)
        return rc;
    if (c->nt >= 2) {
        /* a table inside a cell ("Sexual assault | <a table of outcomes by
         * year>"): what the outer row is about is its caption (the row's
         * first cell before this one, when that is a short text, not a
         * number), and the outer table's heading its heading */
        const struct dtable *o = c->tables[c->nt - 2];
        const char *lab = NULL;
        /* a layout table, one cell a period ("Financial year 2024/25" over
         * its own table): the text the cell holds before this table is its
         * title, before any other cell of the row */
        if (o->cell.len && o->cell.data) {
            const char *title = foi_collapse_ws(&c->doc->arena, o->cell.data, o->cell.len);
            if (!title)
                return nomem(c);
            if (*title)
                lab = title;
        }
        int best = INT_MAX, titled = lab != NULL;
        for (size_t i = 0; i < o->g.n && !titled; i++) {
            /* else the row's leftmost cell with text, left of this one */
            const struct foi_gcell *gc = &o->g.v[i];
            if (gc->row == o->row && gc->col < o->col && gc->col < best && gc->text && *gc->text)
                lab = gc->text, best = gc->col;
        }
        struct foi_value v;
        if (lab && strlen(lab) <= 100 && !(foi_value_parse(lab, &v) == 0 && v.status != FOI_VS_NONE))
            t->outer_label = lab;
    }
    /* heading: the last heading line since the previous table (a table in a
     * cell with none: the outer table's) */
    t->heading = foi_ob_heading_since(&c->ob, &c->last_anchor);
    if (!t->heading && c->nt >= 2)
        t->heading = c->tables[c->nt - 2]->heading;
    return push(c, F_TBL, depth);
}

static void table_free(struct dtable *t)
{
    foi_grid_release(&t->g);
    foi_buf_release(&t->cell);
    foi_free(t->vcol);
    foi_free(t);
}

static int table_close(struct dctx *c)
{
    struct dtable *t = cur_table(c);
    c->nt--;
    int rc = foi_grid_table(&c->ob, &t->g, t->index, t->caption ? t->caption : t->outer_label, t->heading);
    table_free(t);
    return rc;
}

static int vcol_at(struct dctx *c, struct dtable *t, int col)
{
    if ((size_t)col < t->nv)
        return 0;
    size_t na = t->nv ? t->nv : 8;
    while (na <= (size_t)col)
        na *= 2;
    struct vorigin *v = foi_realloc(t->vcol, na * sizeof *v);
    if (!v)
        return nomem(c);
    memset(v + t->nv, 0, (na - t->nv) * sizeof *v);
    t->vcol = v;
    t->nv = na;
    return 0;
}

static int cell_close(struct dctx *c)
{
    struct dtable *t = cur_table(c);
    int rc = 0;
    int span = t->span < 1 ? 1 : t->span;
    if ((long)t->col + span > c->lim->max_cols)
        return foi_errf(c->err, FOI_ELIMIT, foi_arena_printf(&c->doc->arena, "table %d", t->index),
                        "table has more than %d columns, over the column limit", c->lim->max_cols);
    if ((rc = vcol_at(c, t, t->col + span)) != 0)
        return rc;
    if (t->vmerge == 2) {
        /* a continuation: the cell above shows through */
        for (int k = 0; k < span && !rc; k++) {
            struct vorigin *o = &t->vcol[t->col + k];
            if (o->active)
                rc = foi_grid_put(&c->ob, &t->g, t->row, t->col + k, o->text, FOI_CELL_SPANNED, o->row, o->col);
            else
                rc = foi_grid_put(&c->ob, &t->g, t->row, t->col + k, "", 0, t->row, t->col + k);
        }
    } else {
        const char *text = t->cell.data ? t->cell.data : "";
        rc = foi_grid_put(&c->ob, &t->g, t->row, t->col, text, 0, t->row, t->col);
        const char *stored = rc ? "" : t->g.v[t->g.n - 1].text;
        for (int k = 1; k < span && !rc; k++)
            rc = foi_grid_put(&c->ob, &t->g, t->row, t->col + k, stored, FOI_CELL_SPANNED, t->row, t->col);
        for (int k = 0; k < span; k++) {
            struct vorigin *o = &t->vcol[t->col + k];
            o->active = t->vmerge == 1;
            o->row = t->row;
            o->col = t->col;
            o->text = stored;
        }
    }
    t->col += span;
    foi_buf_reset(&t->cell);
    return rc;
}

/* The w:sdtPr of a content control: is it showing placeholder text? */
static int sdt_placeholder(struct foi_xml *x, int *placeholder)
{
    *placeholder = 0;
    if (foi_xml_empty(x))
        return 0;
    int d = foi_xml_depth(x), k;
    while ((k = foi_xml_next(x)) == 1) {
        if (foi_xml_type(x) == FOI_XML_END && foi_xml_depth(x) == d)
            return 0;
        if (foi_xml_is(x, "showingPlcHdr") && truthy_attr(x, "val", 1))
            *placeholder = 1;
    }
    return k < 0 ? x->rc : foi_errf(x->err, FOI_EPARSE, NULL, "'%.80s' ends inside a content control", x->part);
}

static int run_bold(struct dctx *c)
{
    struct frame *r = find(c, F_R);
    if (r && r->bold >= 0)
        return r->bold;
    struct para *p = cur_para(c);
    if (!p)
        return 0;
    int h, n, l, b;
    style_resolve(c, p->style, &h, &n, &l, &b);
    return b > 0;
}

static int start_element(struct dctx *c, struct foi_xml *x)
{
    const char *nm = foi_xml_name(x);
    int empty = foi_xml_empty(x), depth = foi_xml_depth(x);
    struct frame *f = top(c);
    enum fkind in = f ? f->kind : F_P;
    int rc = 0;
    /* what is not content */
    if (!strcmp(nm, "del") || !strcmp(nm, "moveFrom") || !strcmp(nm, "delText") || !strcmp(nm, "instrText") ||
        !strcmp(nm, "delInstrText") || !strcmp(nm, "Fallback") || !strcmp(nm, "sectPr") ||
        !strcmp(nm, "footnotePr") || !strcmp(nm, "endnotePr") || !strcmp(nm, "commentReference") ||
        !strcmp(nm, "headerReference") || !strcmp(nm, "footerReference"))
        return foi_xml_skip(x);
    if (!strcmp(nm, "p")) {
        if (empty) {
            if (!in_cell(c)) {
                c->para_no++;
                if (!c->np && (rc = flush_tab_rows(c)) != 0)
                    return rc;
            }
            return 0;
        }
        return para_open(c, depth);
    }
    if (!strcmp(nm, "tbl")) {
        if (empty)
            return 0;
        return table_open(c, depth);
    }
    struct para *p = cur_para(c);
    struct dtable *t = cur_table(c);
    if (!strcmp(nm, "pPr") && in == F_P) {
        return empty ? 0 : push(c, F_PPR, depth);
    }
    if (in == F_PPR && p) {
        if (!strcmp(nm, "pStyle"))
            foi_xml_attr(x, "val", p->style, sizeof p->style);
        else if (!strcmp(nm, "outlineLvl"))
            p->outline = int_attr(x, "val", -1);
        else if (!strcmp(nm, "numPr"))
            return empty ? 0 : push(c, F_NUMPR, depth);
        else if (!empty)
            return foi_xml_skip(x);   /* rPr of the paragraph mark, tabs, borders */
        return 0;
    }
    if (in == F_NUMPR && p) {
        if (!strcmp(nm, "numId"))
            p->num_id = int_attr(x, "val", -1);
        else if (!strcmp(nm, "ilvl"))
            p->ilvl = int_attr(x, "val", 0);
        return 0;
    }
    if (!strcmp(nm, "OLEObject") && p && !c->notes) {
        /* o:OLEObject ProgID="Excel.Sheet.12" r:id="rId9": a worksheet
         * shown in the page (read when its paragraph closes) */
        char prog[64], rid[64];
        if (foi_xml_attr(x, "ProgID", prog, sizeof prog) && !strncmp(prog, "Excel.Sheet", 11) &&
            foi_xml_attr(x, "id", rid, sizeof rid) && c->nembeds < 4)
            snprintf(c->embeds[c->nembeds++], sizeof c->embeds[0], "%s", rid);
        return empty ? 0 : foi_xml_skip(x);
    }
    if (!strcmp(nm, "r"))
        return empty ? 0 : push(c, F_R, depth);
    if (!strcmp(nm, "rPr") && in == F_R)
        return empty ? 0 : push(c, F_RPR, depth);
    if (in == F_RPR) {
        struct frame *r = find(c, F_R);
        if (!strcmp(nm, "b") && r)
            r->bold = truthy_attr(x, "val", 1);
        else if ((!strcmp(nm, "vanish") || !strcmp(nm, "specVanish")) && r && truthy_attr(x, "val", 1))
            r->flag = 1;
        else if (!strcmp(nm, "vertAlign") && r) {
            char v[32];
            r->super = foi_xml_attr(x, "val", v, sizeof v) && !strcmp(v, "superscript");
        }
        if (!empty)
            return foi_xml_skip(x);
        return 0;
    }
    if (!strcmp(nm, "t")) {
        struct frame *r = find(c, F_R);
        if (r && r->flag) {   /* hidden text */
            if (!c->hidden_runs++)
                c->first_hidden_para = p ? (p->para_no ? p->para_no : -1) : 0;
            return foi_xml_skip(x);
        }
        struct foi_buf b;
        foi_buf_init(&b, c->lim->max_line_bytes + 1);
        rc = foi_xml_text(x, &b);
        if (!rc && b.len && r && r->super)
            rc = superscript_digits(&b);
        if (!rc && b.len)
            rc = add_text(c, b.data, b.len, run_bold(c));
        foi_buf_release(&b);
        return rc;
    }
    if (!strcmp(nm, "tab") || !strcmp(nm, "br") || !strcmp(nm, "cr") || !strcmp(nm, "ptab")) {
        /* a tab in a paragraph of the body is kept: paragraphs set out in
         * columns with tab stops may be a table (flush_tab_rows) */
        struct para *tp = cur_para(c);
        int keep_tab = nm[0] != 'b' && nm[0] != 'c' && tp && !tp->in_cell && !c->notes;
        if (in == F_R || find(c, F_R))
            rc = add_text(c, keep_tab ? "\t" : " ", 1, 0);
        return rc ? rc : (empty ? 0 : foi_xml_skip(x));
    }
    if (!strcmp(nm, "noBreakHyphen"))
        return add_text(c, "-", 1, run_bold(c));
    /* tables */
    if (t && !strcmp(nm, "tblPr") && in == F_TBL)
        return empty ? 0 : push(c, F_TBLPR, depth);
    if (in == F_TBLPR && t) {
        if (!strcmp(nm, "tblCaption")) {
            char v[512];
            if (foi_xml_attr(x, "val", v, sizeof v) && v[0]) {
                t->caption = foi_collapse_ws(&c->doc->arena, v, strlen(v));
                if (!t->caption)
                    return nomem(c);
            }
        }
        return empty ? 0 : foi_xml_skip(x);
    }
    if (t && !strcmp(nm, "tr") && in == F_TBL) {
        if (empty)
            return 0;
        t->row++;
        t->col = 0;
        t->row_header = 0;
        t->grid_before = 0;
        return push(c, F_TR, depth);
    }
    if (t && !strcmp(nm, "trPr") && in == F_TR)
        return empty ? 0 : push(c, F_TRPR, depth);
    if (in == F_TRPR && t) {
        if (!strcmp(nm, "tblHeader") && truthy_attr(x, "val", 1))
            t->row_header = 1;
        else if (!strcmp(nm, "gridBefore"))
            t->grid_before = int_attr(x, "val", 0);
        return empty ? 0 : foi_xml_skip(x);
    }
    if (t && !strcmp(nm, "tc") && in == F_TR) {
        if (t->col == 0 && t->grid_before > 0 && t->grid_before < c->lim->max_cols)
            t->col = t->grid_before;
        t->span = 1;
        t->vmerge = 0;
        foi_buf_reset(&t->cell);
        if (empty)
            return cell_close(c);
        return push(c, F_TC, depth);
    }
    if (t && !strcmp(nm, "tcPr") && in == F_TC)
        return empty ? 0 : push(c, F_TCPR, depth);
    if (in == F_TCPR && t) {
        if (!strcmp(nm, "gridSpan")) {
            t->span = int_attr(x, "val", 1);
        } else if (!strcmp(nm, "vMerge")) {
            char v[32];
            t->vmerge = foi_xml_attr(x, "val", v, sizeof v) && !strcmp(v, "restart") ? 1 : 2;
        }
        return empty ? 0 : foi_xml_skip(x);
    }
    /* content controls */
    if (!strcmp(nm, "sdt"))
        return empty ? 0 : push(c, F_SDT, depth);
    if (!strcmp(nm, "sdtPr") || !strcmp(nm, "sdtEndPr")) {
        int ph = 0;
        rc = !strcmp(nm, "sdtPr") ? sdt_placeholder(x, &ph) : foi_xml_skip(x);
        struct frame *s = find(c, F_SDT);
        if (s && ph)
            s->flag = 1;
        return rc;
    }
    if (!strcmp(nm, "sdtContent")) {
        struct frame *s = find(c, F_SDT);
        if (s && s->flag)
            return foi_xml_skip(x);   /* "Click here to enter text" */
        return 0;
    }
    return 0;
}

static int end_element(struct dctx *c, struct foi_xml *x)
{
    struct frame *f = top(c);
    if (!f || f->depth != foi_xml_depth(x))
        return 0;
    int rc = 0;
    switch (f->kind) {
    case F_P:
        c->sp--;
        return para_close(c);
    case F_TBL:
        c->sp--;
        return table_close(c);
    case F_TR: {
        struct dtable *t = cur_table(c);
        if (t && t->row_header && t->header_run)
            t->g.header_rows = t->row + 1;
        else if (t)
            t->header_run = 0;
        if (t && t->row + 1 > t->g.nrows)
            t->g.nrows = t->row + 1;   /* an empty row still counts */
        break;
    }
    case F_TC:
        c->sp--;
        return cell_close(c);
    default:
        break;
    }
    c->sp--;
    return rc;
}

static int walk(struct dctx *c, struct foi_xml *x)
{
    int k = 0, rc = 0;
    while (!rc && (k = foi_xml_next(x)) == 1) {
        int t = foi_xml_type(x);
        if (t == FOI_XML_START)
            rc = start_element(c, x);
        else if (t == FOI_XML_END)
            rc = end_element(c, x);
    }
    if (!rc && k < 0)
        rc = x->rc;
    return rc;
}

/* Footnotes or endnotes: each note's paragraphs as footnote lines. */
static int read_notes(struct dctx *c, const char *part, const char *what)
{
    struct foi_xml x;
    int rc = foi_xml_open(&x, c->z, part, c->err);
    if (rc == FOI_ENOTFOUND)
        return 0;
    if (rc)
        return rc;
    int k;
    char type[32], id[32];
    while ((k = foi_xml_next(&x)) == 1 && !rc) {
        if (!foi_xml_is(&x, "footnote") && !foi_xml_is(&x, "endnote"))
            continue;
        if ((foi_xml_attr(&x, "type", type, sizeof type) && strcmp(type, "normal")) || foi_xml_empty(&x)) {
            rc = foi_xml_skip(&x);
            continue;
        }
        if (!foi_xml_attr(&x, "id", id, sizeof id))
            id[0] = '\0';
        /* the note's paragraphs, through the same walk as the body */
        int d = foi_xml_depth(&x);
        int first = c->ob.nlines;
        while (!rc && (k = foi_xml_next(&x)) == 1) {
            int t = foi_xml_type(&x);
            if (t == FOI_XML_END && foi_xml_depth(&x) == d)
                break;
            if (t == FOI_XML_START)
                rc = start_element(c, &x);
            else if (t == FOI_XML_END)
                rc = end_element(c, &x);
        }
        if (!rc && k < 0)
            rc = x.rc;
        for (int i = first; i < c->ob.nlines && !rc; i++) {
            struct foi_line *l = &c->ob.lines[i];
            l->flags = (l->flags & ~(unsigned)FOI_LINE_HEADING) | FOI_LINE_FOOTNOTE;
            l->loc = foi_arena_printf(&c->doc->arena, "%s %s", what, id);
            if (!l->loc)
                rc = nomem(c);
        }
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    return rc;
}

/* The targets of the main part's relationships we read. */
static int rels_of(struct dctx *c, const char *main, char *styles, char *numbering, char *footnotes,
                   char *endnotes, size_t sz)
{
    char rp[600];
    foi_zip_rels_part(main, rp, sizeof rp);
    struct foi_xml x;
    int rc = foi_xml_open(&x, c->z, rp, c->err);
    if (rc == FOI_ENOTFOUND)
        return 0;
    if (rc)
        return rc;
    int k;
    char type[512], target[512], mode[32];
    while ((k = foi_xml_next(&x)) == 1) {
        if (!foi_xml_is(&x, "Relationship") || !foi_xml_attr(&x, "Type", type, sizeof type) ||
            !foi_xml_attr(&x, "Target", target, sizeof target))
            continue;
        if (foi_xml_attr(&x, "TargetMode", mode, sizeof mode) && !foi_strcasecmp(mode, "External"))
            continue;
        const char *seg = strrchr(type, '/');
        seg = seg ? seg + 1 : type;
        char *dst = !strcmp(seg, "styles") ? styles : !strcmp(seg, "numbering") ? numbering
                  : !strcmp(seg, "footnotes") ? footnotes : !strcmp(seg, "endnotes") ? endnotes : NULL;
        if (dst && foi_zip_resolve(main, target, dst, sz))
            dst[0] = '\0';
    }
    if (k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    return rc;
}

/* A Word table that runs over a page break is often cut into two tables,
 * the second repeating the first's column heads ("Outcome | Sexual assault |
 * ...") and nothing else of its top rows (a period row over the first is not
 * repeated). Read apart, the second has no period. It is one table when the
 * second follows the first with no text between, has as many columns, no
 * heading or caption of its own, its first row is a header row of the
 * first's (text, no figure, within its first three rows) and the first does
 * not end on its total: its rows after the repeated head are the first's
 * rows that follow. The joined rows keep the first table's number, counted
 * on (row 7 is the continuation's first row after the head); later tables
 * keep theirs. */
static int header_text_row(const struct foi_table *t, int r)
{
    int text = 0;
    for (int j = 0; j < t->ncols; j++) {
        const char *x = t->cells[r * t->ncols + j].text;
        struct foi_value v;
        if (!*x)
            continue;
        if (foi_value_parse(x, &v) == 0 && v.status != FOI_VS_NONE)
            return 0;
        text = 1;
    }
    return text;
}

static int same_row(const struct foi_table *a, int ra, const struct foi_table *b, int rb)
{
    for (int j = 0; j < a->ncols; j++)
        if (strcmp(a->cells[ra * a->ncols + j].text, b->cells[rb * b->ncols + j].text))
            return 0;
    return 1;
}

static int ends_on_total(const struct foi_table *t)
{
    for (int j = 0; j < t->ncols; j++) {
        const char *x = t->cells[(t->nrows - 1) * t->ncols + j].text;
        if (*x)
            return !strncasecmp(x, "total", 5) || !strncasecmp(x, "grand total", 11);
    }
    return 0;
}

int foi_docx_join_continued(struct foi_doc *doc)
{
    for (int i = 0; i + 1 < doc->ntables; i++) {
        struct foi_table *a = &doc->tables[i], *b = &doc->tables[i + 1];
        if (a->ncols != b->ncols || a->anchor_line != b->anchor_line || b->nrows < 2 || a->nrows < 2 ||
            a->para_rows || b->para_rows || a->object || b->object || b->heading || b->caption || ends_on_total(a) ||
            !header_text_row(b, 0))
            continue;
        int head = -1;
        for (int r = 0; r < a->nrows - 1 && r < 3 && head < 0; r++)
            if (same_row(a, r, b, 0))
                head = r;
        if (head < 0)
            continue;
        int nrows = a->nrows + b->nrows - 1;
        struct foi_cell *cells = foi_arena_alloc(&doc->arena, (size_t)nrows * (size_t)a->ncols * sizeof *cells);
        if (!cells)
            return FOI_ENOMEM;
        memcpy(cells, a->cells, (size_t)a->nrows * (size_t)a->ncols * sizeof *cells);
        for (int r = 1; r < b->nrows; r++)
            for (int j = 0; j < a->ncols; j++) {
                struct foi_cell *d = &cells[(a->nrows + r - 1) * a->ncols + j];
                *d = b->cells[r * b->ncols + j];
                d->src_row = a->nrows + r;
            }
        a->cells = cells;
        a->nrows = nrows;
        memmove(b, b + 1, (size_t)(doc->ntables - i - 2) * sizeof *b);
        doc->ntables--;
        i--;   /* the joined table may run on again */
    }
    return 0;
}

int foi_read_docx_zip(struct foi_doc *doc, struct foi_zip *z, const char *main_part,
                      const struct foi_limits *lim, struct foi_err *err)
{
    struct dctx *c = foi_calloc(1, sizeof *c);
    if (!c)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading docx");
    c->doc = doc;
    c->z = z;
    c->lim = lim;
    c->err = err;
    c->main = main_part;
    doc->format = FOI_FMT_DOCX;
    foi_arena_init(&c->tmp, 0);
    foi_ob_init(&c->ob, doc, lim, err);
    char styles[512] = "word/styles.xml", numbering[512] = "word/numbering.xml";
    char footnotes[512] = "", endnotes[512] = "";
    int rc = rels_of(c, main_part, styles, numbering, footnotes, endnotes, sizeof styles);
    if (!rc)
        rc = read_styles(c, styles);
    if (!rc)
        rc = read_numbering(c, numbering);
    if (!rc) {
        struct foi_xml x;
        rc = foi_xml_open(&x, z, main_part, err);
        if (rc == FOI_ENOTFOUND)
            rc = foi_errf(err, FOI_EPARSE, NULL, "document part '%s' is missing from the archive", main_part);
        else if (!rc) {
            rc = walk(c, &x);
            foi_xml_close(&x);
        }
    }
    /* anything left open by a truncated document */
    while (!rc && c->sp > 0) {
        struct frame *f = top(c);
        c->sp--;
        if (f->kind == F_P)
            rc = para_close(c);
        else if (f->kind == F_TC)
            rc = cell_close(c);
        else if (f->kind == F_TBL)
            rc = table_close(c);
    }
    if (!rc)
        rc = flush_tab_rows(c);
    c->notes = 1;
    if (!rc && footnotes[0])
        rc = read_notes(c, footnotes, "footnote");
    if (!rc && endnotes[0])
        rc = read_notes(c, endnotes, "endnote");
    if (!rc && c->hidden_runs &&
        foi_doc_note(doc, FOI_NOTE_WARNING, "hidden_content",
                     c->first_hidden_para > 0 ? foi_arena_printf(&doc->arena, "paragraph %d", c->first_hidden_para)
                                              : "",
                     "the document has hidden text (%ld run%s formatted as hidden); it was not read",
                     c->hidden_runs, c->hidden_runs == 1 ? "" : "s"))
        rc = nomem(c);
    if (!rc)
        rc = foi_ob_finish(&c->ob);
    if (!rc)
        rc = foi_docx_join_continued(doc);
    while (c->np) {
        struct para *p = c->paras[--c->np];
        foi_buf_release(&p->text);
        foi_free(p);
    }
    while (c->nt)
        table_free(c->tables[--c->nt]);
    foi_ob_release(&c->ob);
    foi_free(c->tabrows);
    foi_free(c->styles);
    foi_free(c->abs);
    foi_free(c->nums);
    foi_arena_release(&c->tmp);
    foi_free(c);
    return rc;
}
