/* read_rtf.c: Rich Text Format (.rtf), what Word and older case systems save
 * letters as. The text a reader sees becomes paragraphs (lines located
 * "paragraph N") and the tables their rows and cells (\trowd ... \cell ...
 * \row), merged cells (\clmgf/\clmrg across, \clvmgf/\clvmrg down) filled
 * like spans; a paragraph with an outline level (\outlinelevelN, as Word
 * writes a heading style's) is a heading. What is not shown is skipped: the font, colour and style
 * tables, document information, pictures and objects, page headers and
 * footers, field instructions (a field's result is kept) and every
 * destination marked \* that is not known. Characters: \'hh in the
 * document's code page (\ansicpg; Windows-1252 when it names none or one
 * foi does not map), \uN with its \ucN fallback skipped, \~ \_ \- and the
 * named dashes and quotes. Groups nest at most lim->max_depth deep. */
#include "office.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RTF_MAX_COLS 64

struct rstate {               /* what a group carries */
    int skip;                 /* inside a destination that is not shown */
    int uc;                   /* fallback characters after \uN */
    int intbl;                /* the paragraph is in a table */
    int heading;              /* \outlinelevel: a heading paragraph */
};

struct rcell {
    int mh, mv;               /* 1 first of a merge, 2 continued (across, down) */
};

struct rctx {
    struct foi_doc *doc;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_obuild ob;
    struct foi_buf para;      /* the paragraph or cell being read */
    int npara;                /* paragraphs read (locators) */
    /* the table being read */
    struct foi_grid g;
    int in_table, index, row, col;
    int ncell_def;
    struct rcell def[RTF_MAX_COLS];        /* this row's cells (\cellx) */
    struct rcell pending;                  /* merge flags before the next \cellx */
    int vorigin[RTF_MAX_COLS];             /* row of a column's vertical merge origin, or -1 */
    const char *vtext[RTF_MAX_COLS];
    int last_anchor;
    int skip_chars;           /* \uN fallback left to skip */
    int heading;              /* the paragraph being read is a heading */
};

static int nomem(struct rctx *c)
{
    return foi_errf(c->err, FOI_ENOMEM, NULL, "out of memory reading rtf");
}

static int put_cp(struct rctx *c, uint32_t cp)
{
    char u[4];
    int n = foi_utf8_put(u, cp);
    if (c->para.len + (size_t)n > c->lim->max_line_bytes)
        return foi_errf(c->err, FOI_ELIMIT, NULL, "a paragraph longer than the line limit");
    return foi_buf_add(&c->para, u, (size_t)n) ? nomem(c) : 0;
}

static int put_byte(struct rctx *c, unsigned char b)
{
    if (c->skip_chars > 0) {
        c->skip_chars--;
        return 0;
    }
    if (b < 0x80)
        return put_cp(c, b);
    uint32_t cp = foi_cp1252(b);
    return put_cp(c, cp ? cp : 0xFFFD);
}

/* The paragraph read so far as a line (outside a table). */
static int flush_para(struct rctx *c)
{
    int rc = 0;
    if (c->para.len) {
        c->npara++;
        char loc[32];
        snprintf(loc, sizeof loc, "paragraph %d", c->npara);
        rc = foi_ob_line(&c->ob, c->para.data, c->para.len,
                         FOI_LINE_PARA_START | (c->heading ? FOI_LINE_HEADING : 0), loc);
    }
    foi_buf_reset(&c->para);
    return rc;
}

static int table_close(struct rctx *c)
{
    if (!c->in_table)
        return 0;
    c->in_table = 0;
    const char *heading = foi_ob_heading_since(&c->ob, &c->last_anchor);
    return foi_grid_table(&c->ob, &c->g, c->index, NULL, heading);
}

static int table_open(struct rctx *c)
{
    if (c->in_table)
        return 0;
    int rc = foi_ob_table_open(&c->ob, &c->index);
    if (rc)
        return rc;
    memset(&c->g, 0, sizeof c->g);
    c->in_table = 1;
    c->row = 0;
    c->col = 0;
    for (int k = 0; k < RTF_MAX_COLS; k++)
        c->vorigin[k] = -1;
    return 0;
}

/* \cell: the cell read so far into the grid at (row, col), or the copy of
 * the cell it is merged with. */
static int end_cell(struct rctx *c)
{
    int rc = table_open(c);
    if (rc)
        return rc;
    if (c->col >= RTF_MAX_COLS || c->col >= c->lim->max_cols) {
        foi_buf_reset(&c->para);
        c->col++;
        return 0;
    }
    const struct rcell *d = c->col < c->ncell_def ? &c->def[c->col] : NULL;
    const char *text = c->para.data ? c->para.data : "";
    if (d && d->mh == 2 && c->col > 0) {
        /* continued across: the cell to its left (its origin) */
        const struct foi_gcell *o = NULL;
        for (size_t i = 0; i < c->g.n; i++)
            if (c->g.v[i].row == c->row && c->g.v[i].col == c->col - 1)
                o = &c->g.v[i];
        rc = o ? foi_grid_put(&c->ob, &c->g, c->row, c->col, o->text, FOI_CELL_SPANNED, o->orow, o->ocol)
               : foi_grid_put(&c->ob, &c->g, c->row, c->col, "", 0, c->row, c->col);
    } else if (d && d->mv == 2 && c->vorigin[c->col] >= 0) {
        rc = foi_grid_put(&c->ob, &c->g, c->row, c->col, c->vtext[c->col], FOI_CELL_SPANNED,
                          c->vorigin[c->col], c->col);
    } else {
        rc = foi_grid_put(&c->ob, &c->g, c->row, c->col, text, 0, c->row, c->col);
        if (!rc && d && d->mv == 1) {
            c->vorigin[c->col] = c->row;
            c->vtext[c->col] = c->g.v[c->g.n - 1].text;
        } else if (!rc) {
            c->vorigin[c->col] = -1;
        }
    }
    foi_buf_reset(&c->para);
    c->col++;
    return rc;
}

static int end_row(struct rctx *c)
{
    if (c->para.len) {
        int rc = end_cell(c);   /* text before \row with no \cell */
        if (rc)
            return rc;
    }
    if (c->in_table) {
        c->row++;
        if (c->row > c->lim->max_cells)
            return foi_errf(c->err, FOI_ELIMIT, NULL, "a table over the cell limit");
    }
    c->col = 0;
    return 0;
}

/* Destinations whose text is not shown. */
static int hidden_destination(const char *w)
{
    static const char *const d[] = { "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header",
                                     "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
                                     "fldinst", "listtable", "listoverridetable", "rsidtbl", "generator",
                                     "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles",
                                     "pgdsctbl", "filetbl", "revtbl", "bkmkstart", "bkmkend", "annotation",
                                     "atnid", "atnauthor", "xe", "tc", "nonshppict", "shppict", "sp", "template",
                                     "userprops", "docvar", "wgrffmtfilter", "mmathPr", "panose", "falt",
                                     "listtext", "pntext", "pntxtb", "pntxta", NULL };
    for (int i = 0; d[i]; i++)
        if (!strcmp(w, d[i]))
            return 1;
    return 0;
}

static int control_word(struct rctx *c, struct rstate *s, const char *w, int has_arg, long arg)
{
    if (hidden_destination(w)) {
        s->skip = 1;
        return 0;
    }
    if (s->skip)
        return 0;
    if (!strcmp(w, "par") || !strcmp(w, "sect") || !strcmp(w, "page")) {
        if (s->intbl) {
            /* a paragraph break inside a cell: the cell's lines run on */
            return c->para.len ? put_cp(c, ' ') : 0;
        }
        int rc = table_close(c);
        c->heading = s->heading;
        return rc ? rc : flush_para(c);
    }
    if (!strcmp(w, "line") || !strcmp(w, "tab"))
        return put_cp(c, ' ');
    if (!strcmp(w, "pard")) {
        s->intbl = 0;
        s->heading = 0;
        return 0;
    }
    if (!strcmp(w, "outlinelevel")) {
        s->heading = !has_arg || (arg >= 0 && arg < 9);
        return 0;
    }
    if (!strcmp(w, "intbl") || !strcmp(w, "itap")) {
        s->intbl = !has_arg || arg > 0;
        return 0;
    }
    if (!strcmp(w, "trowd")) {
        c->ncell_def = 0;
        memset(&c->pending, 0, sizeof c->pending);
        if (!c->in_table && c->para.len) {
            int rc = flush_para(c);
            if (rc)
                return rc;
        }
        return 0;
    }
    if (!strcmp(w, "clmgf") || !strcmp(w, "clmrg") || !strcmp(w, "clvmgf") || !strcmp(w, "clvmrg")) {
        if (w[2] == 'm')
            c->pending.mh = w[4] == 'f' ? 1 : 2;
        else
            c->pending.mv = w[5] == 'f' ? 1 : 2;
        return 0;
    }
    if (!strcmp(w, "cellx")) {
        if (c->ncell_def < RTF_MAX_COLS)
            c->def[c->ncell_def++] = c->pending;
        memset(&c->pending, 0, sizeof c->pending);
        return 0;
    }
    if (!strcmp(w, "cell") || !strcmp(w, "nestcell")) {
        s->intbl = 1;
        return end_cell(c);
    }
    if (!strcmp(w, "row") || !strcmp(w, "nestrow"))
        return end_row(c);
    if (!strcmp(w, "u") && has_arg) {
        long v = arg < 0 ? arg + 65536 : arg;
        int rc = put_cp(c, (uint32_t)v);
        c->skip_chars = s->uc;
        return rc;
    }
    if (!strcmp(w, "uc") && has_arg) {
        s->uc = arg < 0 ? 0 : (int)arg;
        return 0;
    }
    static const struct { const char *w; uint32_t cp; } named[] = {
        { "emdash", 0x2014 }, { "endash", 0x2013 }, { "lquote", 0x2018 }, { "rquote", 0x2019 },
        { "ldblquote", 0x201C }, { "rdblquote", 0x201D }, { "bullet", 0x2022 }, { "emspace", ' ' },
        { "enspace", ' ' }, { "qmspace", ' ' },
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (!strcmp(w, named[i].w))
            return put_cp(c, named[i].cp);
    return 0;
}

static int walk(struct rctx *c, const char *p, size_t n)
{
    struct rstate *st = foi_malloc(sizeof *st * (size_t)(c->lim->max_depth + 2));
    if (!st)
        return nomem(c);
    int depth = 0, rc = 0;
    st[0] = (struct rstate){ 0, 1, 0, 0 };
    size_t i = 0;
    while (i < n && !rc) {
        unsigned char ch = (unsigned char)p[i];
        struct rstate *s = &st[depth];
        if (ch == '{') {
            if (depth + 1 > c->lim->max_depth) {
                rc = foi_errf(c->err, FOI_ELIMIT, NULL, "groups nested deeper than %d", c->lim->max_depth);
                break;
            }
            st[depth + 1] = *s;
            depth++;
            i++;
            /* {\*\destination ...}: skipped unless known */
            if (i + 1 < n && p[i] == '\\' && p[i + 1] == '*') {
                size_t j = i + 2;
                while (j < n && (p[j] == ' ' || p[j] == '\r' || p[j] == '\n'))
                    j++;
                char w[32];
                size_t k = 0;
                if (j < n && p[j] == '\\')
                    for (j++; j < n && isalpha((unsigned char)p[j]) && k + 1 < sizeof w; j++)
                        w[k++] = p[j];
                w[k] = 0;
                if (strcmp(w, "fldrslt"))   /* the shown result of a field stays */
                    st[depth].skip = 1;
                i = j;
            }
            continue;
        }
        if (ch == '}') {
            if (depth > 0)
                depth--;
            i++;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            i++;
            continue;
        }
        if (ch != '\\') {
            if (!s->skip)
                rc = put_byte(c, ch);
            else if (c->skip_chars > 0)
                c->skip_chars--;
            i++;
            continue;
        }
        /* a control word or symbol */
        i++;
        if (i >= n)
            break;
        ch = (unsigned char)p[i];
        if (isalpha(ch)) {
            char w[32];
            size_t k = 0;
            while (i < n && isalpha((unsigned char)p[i])) {
                if (k + 1 < sizeof w)
                    w[k++] = p[i];
                i++;
            }
            w[k] = 0;
            int has_arg = 0;
            long arg = 0;
            if (i < n && (p[i] == '-' || isdigit((unsigned char)p[i]))) {
                int neg = p[i] == '-';
                if (neg)
                    i++;
                int digits = 0;
                while (i < n && isdigit((unsigned char)p[i])) {
                    if (digits < 9)
                        arg = arg * 10 + (p[i] - '0');
                    digits++;
                    i++;
                }
                if (neg)
                    arg = -arg;
                has_arg = 1;
            }
            if (i < n && p[i] == ' ')
                i++;   /* the delimiter */
            if (strcmp(w, "u"))
                c->skip_chars = 0;   /* a fallback is the characters right after \uN */
            rc = control_word(c, s, w, has_arg, arg);
            continue;
        }
        i++;
        if (s->skip) {
            if (ch == '\'' && i + 1 < n)
                i += 2;
            continue;
        }
        switch (ch) {
        case '\'': {
            if (i + 1 >= n)
                break;
            char hx[3] = { p[i], p[i + 1], 0 };
            char *e;
            long v = strtol(hx, &e, 16);
            if (*e == 0)
                rc = put_byte(c, (unsigned char)v);
            i += 2;
            break;
        }
        case '\\': case '{': case '}':
            rc = put_byte(c, ch);
            break;
        case '~':
            rc = put_cp(c, ' ');
            break;
        case '_':
            rc = put_cp(c, '-');
            break;
        case '-':   /* optional hyphen: not shown */
            break;
        case '\r': case '\n':   /* "\<newline>" is \par */
            rc = control_word(c, s, "par", 0, 0);
            break;
        case '|': case ':':
            break;
        default:
            break;
        }
    }
    foi_free(st);
    if (!rc && c->in_table && c->para.len)
        rc = end_cell(c);
    if (!rc)
        rc = table_close(c);
    if (!rc)
        rc = flush_para(c);
    return rc;
}

int foi_read_rtf(struct foi_doc *doc, const char *bytes, size_t n, const struct foi_limits *lim,
                 struct foi_err *err)
{
    struct foi_limits def;
    if (!lim) {
        foi_limits_default(&def);
        lim = &def;
    }
    if (n < 5 || strncmp(bytes, "{\\rtf", 5))
        return foi_errf(err, FOI_EPARSE, NULL, "not a Rich Text Format file");
    doc->format = FOI_FMT_RTF;
    doc->encoding = "rtf";
    struct rctx *c = foi_calloc(1, sizeof *c);
    if (!c)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading rtf");
    c->doc = doc;
    c->lim = lim;
    c->err = err;
    foi_ob_init(&c->ob, doc, lim, err);
    foi_buf_init(&c->para, lim->max_line_bytes + 4);
    int rc = walk(c, bytes, n);
    if (!rc)
        rc = foi_ob_finish(&c->ob);
    if (c->in_table)
        foi_grid_release(&c->g);
    foi_buf_release(&c->para);
    foi_ob_release(&c->ob);
    foi_free(c);
    if (!rc && !doc->nlines && !doc->ntables)
        return foi_errf(err, FOI_EPARSE, NULL, "a Rich Text Format file with no text");
    return rc;
}
