/* read_xlsx.c: Excel workbooks (XLSX, XLSM) -> document: every visible sheet
 * in workbook order, each cell as the sheet shows it (shared and inline
 * strings, cached formula results, booleans, errors, numbers and dates through
 * their number format); hidden sheets are never opened, only named. */
#include "office.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REL_OFFICE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

struct rel {
    char id[64];
    char type[64];       /* the last segment of the relationship type: worksheet, styles, ... */
    char target[512];    /* resolved part name */
};

struct xf {
    int numfmt;
    int bold;
};

struct numfmt {
    int id;
    const char *code;
};

struct xbook {
    struct foi_doc *doc;
    struct foi_zip *z;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_obuild ob;
    struct foi_arena tmp;         /* strings of the workbook until the document is built */
    const char *main;
    struct rel *rels;
    size_t nrels, arels;
    int date1904;
    struct xf *xfs;
    size_t nxfs, axfs;
    struct numfmt *fmts;
    size_t nfmts, afmts;
    unsigned char *font_bold;
    size_t nfonts, afonts;
    const char **sst;
    size_t nsst, asst;
    struct foi_buf val, txt;      /* scratch */
};

static int nomem(struct xbook *w)
{
    return foi_errf(w->err, FOI_ENOMEM, NULL, "out of memory reading xlsx");
}

static int truthy(const char *v)
{
    return !strcmp(v, "1") || !foi_strcasecmp(v, "true") || !foi_strcasecmp(v, "on");
}

static long parse_long(const char *s, long dflt)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || errno)
        return dflt;
    return v;
}

/* ------------------------------------------------------------ relationships */

static int read_rels(struct xbook *w, const char *part)
{
    char rp[600];
    foi_zip_rels_part(part, rp, sizeof rp);
    struct foi_xml x;
    int rc = foi_xml_open(&x, w->z, rp, w->err);
    if (rc == FOI_ENOTFOUND)
        return 0;
    if (rc)
        return rc;
    char type[512], target[512], mode[32];
    int k;
    rc = 0;
    while ((k = foi_xml_next(&x)) == 1) {
        if (!foi_xml_is(&x, "Relationship"))
            continue;
        if (foi_xml_attr(&x, "TargetMode", mode, sizeof mode) && !foi_strcasecmp(mode, "External"))
            continue;
        if (w->nrels >= 100000) {
            rc = foi_errf(w->err, FOI_ELIMIT, NULL, "'%s' has too many relationships", rp);
            break;
        }
        if (w->nrels == w->arels) {
            void *v = w->rels;
            if (foi_grow(&v, &w->arels, w->nrels, sizeof *w->rels)) {
                rc = nomem(w);
                break;
            }
            w->rels = v;
        }
        struct rel *r = &w->rels[w->nrels];
        memset(r, 0, sizeof *r);
        if (!foi_xml_attr(&x, "Id", r->id, sizeof r->id) || !foi_xml_attr(&x, "Type", type, sizeof type) ||
            !foi_xml_attr(&x, "Target", target, sizeof target))
            continue;
        const char *seg = strrchr(type, '/');
        snprintf(r->type, sizeof r->type, "%.63s", seg ? seg + 1 : type);
        if (foi_zip_resolve(part, target, r->target, sizeof r->target))
            continue;
        w->nrels++;
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    return rc;
}

static const struct rel *rel_by_id(const struct xbook *w, const char *id)
{
    for (size_t i = 0; i < w->nrels; i++)
        if (!strcmp(w->rels[i].id, id))
            return &w->rels[i];
    return NULL;
}

static const struct rel *rel_by_type(const struct xbook *w, const char *type)
{
    for (size_t i = 0; i < w->nrels; i++)
        if (!strcmp(w->rels[i].type, type))
            return &w->rels[i];
    return NULL;
}

/* ------------------------------------------------------------ styles */

static int read_styles(struct xbook *w, const char *part)
{
    struct foi_xml x;
    int rc = foi_xml_open(&x, w->z, part, w->err);
    if (rc == FOI_ENOTFOUND)
        return 0;
    if (rc)
        return rc;
    int in_xfs = 0, in_fonts = 0, in_font = 0;
    char a[64], code[512];
    int k;
    rc = 0;
    while ((k = foi_xml_next(&x)) == 1) {
        int t = foi_xml_type(&x);
        const char *name = foi_xml_name(&x);
        if (t == FOI_XML_END) {
            if (!strcmp(name, "cellXfs"))
                in_xfs = 0;
            else if (!strcmp(name, "fonts"))
                in_fonts = 0;
            else if (!strcmp(name, "font"))
                in_font = 0;
            continue;
        }
        if (t != FOI_XML_START)
            continue;
        if (!strcmp(name, "cellXfs")) {
            in_xfs = !foi_xml_empty(&x);
        } else if (!strcmp(name, "fonts")) {
            in_fonts = !foi_xml_empty(&x);
        } else if (in_fonts && !strcmp(name, "font")) {
            if (w->nfonts >= 1000000)
                continue;
            if (w->nfonts == w->afonts) {
                void *v = w->font_bold;
                if (foi_grow(&v, &w->afonts, w->nfonts, 1)) {
                    rc = nomem(w);
                    break;
                }
                w->font_bold = v;
            }
            w->font_bold[w->nfonts++] = 0;
            in_font = !foi_xml_empty(&x);
        } else if (in_font && !strcmp(name, "b")) {
            w->font_bold[w->nfonts - 1] = !foi_xml_attr(&x, "val", a, sizeof a) || truthy(a);
        } else if (in_xfs && !strcmp(name, "xf")) {
            if (w->nxfs >= 1000000)
                continue;
            if (w->nxfs == w->axfs) {
                void *v = w->xfs;
                if (foi_grow(&v, &w->axfs, w->nxfs, sizeof *w->xfs)) {
                    rc = nomem(w);
                    break;
                }
                w->xfs = v;
            }
            struct xf *f = &w->xfs[w->nxfs++];
            f->numfmt = foi_xml_attr(&x, "numFmtId", a, sizeof a) ? (int)parse_long(a, 0) : 0;
            long font = foi_xml_attr(&x, "fontId", a, sizeof a) ? parse_long(a, 0) : 0;
            f->bold = font >= 0 && (size_t)font < w->nfonts && w->font_bold[font];
        } else if (!strcmp(name, "numFmt")) {
            if (!foi_xml_attr(&x, "numFmtId", a, sizeof a) || !foi_xml_attr(&x, "formatCode", code, sizeof code))
                continue;
            if (w->nfmts >= 100000)
                continue;
            if (w->nfmts == w->afmts) {
                void *v = w->fmts;
                if (foi_grow(&v, &w->afmts, w->nfmts, sizeof *w->fmts)) {
                    rc = nomem(w);
                    break;
                }
                w->fmts = v;
            }
            const char *c = foi_arena_strdup(&w->tmp, code);
            if (!c) {
                rc = nomem(w);
                break;
            }
            w->fmts[w->nfmts].id = (int)parse_long(a, -1);
            w->fmts[w->nfmts].code = c;
            w->nfmts++;
        }
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    return rc;
}

/* The format code of a cell style, or NULL for General. */
static const char *style_format(const struct xbook *w, long s, int *bold)
{
    *bold = 0;
    if (s < 0 || (size_t)s >= w->nxfs)
        return NULL;
    const struct xf *f = &w->xfs[s];
    *bold = f->bold;
    for (size_t i = 0; i < w->nfmts; i++)
        if (w->fmts[i].id == f->numfmt)
            return w->fmts[i].code;
    return foi_numfmt_builtin(f->numfmt);
}

/* ------------------------------------------------------------ shared strings */

/* The text of a string item (<si>, <is>): <t> elements, rich-text runs joined,
 * phonetic runs (<rPh>) left out. Ends on the item's end node. */
static int string_item(struct xbook *w, struct foi_xml *x, struct foi_buf *b)
{
    foi_buf_reset(b);
    if (foi_xml_empty(x))
        return 0;
    int d = foi_xml_depth(x);
    int rc;
    int k;
    rc = 0;
    while ((k = foi_xml_next(x)) == 1) {
        int t = foi_xml_type(x);
        if (t == FOI_XML_END && foi_xml_depth(x) == d)
            return 0;
        if (t != FOI_XML_START)
            continue;
        if (foi_xml_is(x, "rPh")) {
            if ((rc = foi_xml_skip(x)) != 0)
                return rc;
        } else if (foi_xml_is(x, "t")) {
            if ((rc = foi_xml_text(x, b)) != 0)
                return rc;
        }
    }
    if (!rc && k < 0)
        rc = x->rc;
    (void)w;
    return rc ? rc : foi_errf(x->err, FOI_EPARSE, NULL, "'%.80s' ends inside a string", x->part);
}

static int read_sst(struct xbook *w, const char *part)
{
    struct foi_xml x;
    int rc = foi_xml_open(&x, w->z, part, w->err);
    if (rc == FOI_ENOTFOUND)
        return 0;
    if (rc)
        return rc;
    int k;
    rc = 0;
    while ((k = foi_xml_next(&x)) == 1) {
        if (!foi_xml_is(&x, "si"))
            continue;
        if ((rc = string_item(w, &x, &w->txt)) != 0)
            break;
        if ((long)w->nsst >= w->lim->max_cells * 4) {
            rc = foi_errf(w->err, FOI_ELIMIT, NULL, "'%s' has more than %ld strings", part, w->lim->max_cells * 4);
            break;
        }
        if (w->nsst == w->asst) {
            void *v = w->sst;
            if (foi_grow(&v, &w->asst, w->nsst, sizeof *w->sst)) {
                rc = nomem(w);
                break;
            }
            w->sst = v;
        }
        const char *s = foi_arena_strndup(&w->tmp, w->txt.data ? w->txt.data : "", w->txt.len);
        if (!s) {
            rc = nomem(w);
            break;
        }
        w->sst[w->nsst++] = s;
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    return rc;
}

/* ------------------------------------------------------------ a worksheet */

static int parse_range(const char *ref, long *r1, long *c1, long *r2, long *c2)
{
    char a[40];
    const char *colon = strchr(ref, ':');
    if (!colon)
        return FOI_EPARSE;
    size_t n = (size_t)(colon - ref);
    if (n >= sizeof a)
        return FOI_EPARSE;
    memcpy(a, ref, n);
    a[n] = '\0';
    if (foi_sheet_parse_ref(a, r1, c1) || foi_sheet_parse_ref(colon + 1, r2, c2))
        return FOI_EPARSE;
    return 0;
}

/* One <c> element: its value as the sheet shows it, into the sheet. */
static int read_cell(struct xbook *w, struct foi_xml *x, struct foi_sheet *s, long row, long *col)
{
    char a[64], type[16] = "n";
    long c = *col + 1, r = row;
    if (foi_xml_attr(x, "r", a, sizeof a)) {
        long rr, cc;
        if (foi_sheet_parse_ref(a, &rr, &cc))
            return foi_errf(w->err, FOI_EPARSE, foi_arena_printf(&w->doc->arena, "sheet \"%s\"", s->name),
                            "bad cell reference '%.20s'", a);
        r = rr;
        c = cc;
    }
    *col = c;
    long style = foi_xml_attr(x, "s", a, sizeof a) ? parse_long(a, 0) : 0;
    foi_xml_attr(x, "t", type, sizeof type);
    int has_f = 0, has_v = 0, rc = 0;
    foi_buf_reset(&w->val);
    if (!foi_xml_empty(x)) {
        int d = foi_xml_depth(x);
        int k;
        rc = 0;
        while ((k = foi_xml_next(x)) == 1) {
            int t = foi_xml_type(x);
            if (t == FOI_XML_END && foi_xml_depth(x) == d)
                break;
            if (t != FOI_XML_START)
                continue;
            if (foi_xml_is(x, "v")) {
                has_v = 1;
                if ((rc = foi_xml_text(x, &w->val)) != 0)
                    return rc;
            } else if (foi_xml_is(x, "is")) {
                has_v = 1;
                if ((rc = string_item(w, x, &w->val)) != 0)
                    return rc;
            } else if (foi_xml_is(x, "f")) {
                has_f = 1;
                if ((rc = foi_xml_skip(x)) != 0)
                    return rc;
            } else if ((rc = foi_xml_skip(x)) != 0) {
                return rc;
            }
        }
        if (k < 0)
            return x->rc;
        if (k == 0)
            return foi_errf(w->err, FOI_EPARSE, NULL, "'%.80s' ends inside a cell", x->part);
    }
    const char *v = w->val.data ? w->val.data : "";
    size_t vl = w->val.len;
    while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\n' || v[vl - 1] == '\r' || v[vl - 1] == '\t'))
        vl--;
    int bold = 0;
    const char *code = style_format(w, style, &bold);
    if (!has_v || (!vl && strcmp(type, "s") && strcmp(type, "inlineStr") && strcmp(type, "str"))) {
        if (has_f)
            foi_sheet_formula_without_value(s, r, c);
        return 0;
    }
    if (!strcmp(type, "s")) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%.*s", (int)(vl < 31 ? vl : 31), v);
        long i = parse_long(tmp, -1);
        if (i < 0 || (size_t)i >= w->nsst) {
            char ref[24];
            foi_sheet_ref(r, c, ref);
            return foi_errf(w->err, FOI_EPARSE, foi_arena_printf(&w->doc->arena, "sheet \"%s\" %s", s->name, ref),
                            "shared string %ld does not exist (the workbook has %zu)", i, w->nsst);
        }
        return foi_sheet_cell(s, r, c, w->sst[i], strlen(w->sst[i]), FOI_SC_TEXT, bold);
    }
    if (!strcmp(type, "inlineStr") || !strcmp(type, "str"))
        return foi_sheet_cell(s, r, c, v, vl, FOI_SC_TEXT, bold);
    if (!strcmp(type, "b")) {
        const char *b = (vl == 1 && v[0] == '1') || (vl == 4 && !foi_strcasecmp(v, "true")) ? "TRUE" : "FALSE";
        return foi_sheet_cell(s, r, c, b, strlen(b), FOI_SC_BOOL, bold);
    }
    if (!strcmp(type, "e"))
        return foi_sheet_cell(s, r, c, v, vl, FOI_SC_ERROR, bold);
    if (!strcmp(type, "d"))   /* an ISO 8601 date written as text */
        return foi_sheet_cell(s, r, c, v, vl, FOI_SC_DATE, bold);
    /* a number */
    char num[64];
    size_t k = 0;
    while (k < vl && (v[k] == ' ' || v[k] == '\t'))
        k++;
    if (vl - k >= sizeof num)
        return foi_sheet_cell(s, r, c, v, vl, FOI_SC_TEXT, bold);
    memcpy(num, v + k, vl - k);
    num[vl - k] = '\0';
    char *end;
    errno = 0;
    double d = strtod(num, &end);
    if (end == num || *end) {
        /* not a number after all: what is written */
        return foi_sheet_cell(s, r, c, v, vl, FOI_SC_TEXT, bold);
    }
    foi_buf_reset(&w->txt);
    if (foi_numfmt_render(&w->txt, d, code, w->date1904))
        return nomem(w);
    int kind = foi_numfmt_is_date(code) ? FOI_SC_DATE : FOI_SC_NUMBER;
    return foi_sheet_cell(s, r, c, w->txt.data ? w->txt.data : "", w->txt.len, kind, bold);
}

static int read_worksheet(struct xbook *w, const char *part, const char *name)
{
    struct foi_sheet s;
    int rc = foi_sheet_begin(&s, &w->ob, name);
    if (rc)
        return rc;
    struct foi_xml x;
    rc = foi_xml_open(&x, w->z, part, w->err);
    if (rc == FOI_ENOTFOUND) {
        rc = foi_errf(w->err, FOI_EPARSE, NULL, "sheet \"%s\": its part '%s' is missing from the archive", name,
                      part);
        foi_sheet_release(&s);
        return rc;
    }
    if (rc) {
        foi_sheet_release(&s);
        return rc;
    }
    char a[64];
    long row = 0, col = 0;
    int in_data = 0;
    int k;
    rc = 0;
    while ((k = foi_xml_next(&x)) == 1) {
        int t = foi_xml_type(&x);
        if (t == FOI_XML_END) {
            if (foi_xml_is_end(&x, "sheetData"))
                in_data = 0;
            continue;
        }
        if (t != FOI_XML_START)
            continue;
        const char *nm = foi_xml_name(&x);
        if (in_data && !strcmp(nm, "row")) {
            row = foi_xml_attr(&x, "r", a, sizeof a) ? parse_long(a, row + 1) : row + 1;
            if (row < 1 || row > FOI_SHEET_MAX_ROW) {
                rc = foi_errf(w->err, FOI_EPARSE, foi_arena_printf(&w->doc->arena, "sheet \"%s\"", name),
                              "row number %ld is outside any sheet", row);
                break;
            }
            col = 0;
            if (foi_xml_attr(&x, "hidden", a, sizeof a) && truthy(a) && (rc = foi_sheet_hide_rows(&s, row, row)))
                break;
        } else if (in_data && !strcmp(nm, "c")) {
            if (row < 1)
                row = 1;
            if ((rc = read_cell(w, &x, &s, row, &col)) != 0)
                break;
        } else if (!strcmp(nm, "sheetData")) {
            in_data = !foi_xml_empty(&x);
        } else if (!strcmp(nm, "col")) {
            long lo = foi_xml_attr(&x, "min", a, sizeof a) ? parse_long(a, 0) : 0;
            long hi = foi_xml_attr(&x, "max", a, sizeof a) ? parse_long(a, lo) : lo;
            if (foi_xml_attr(&x, "hidden", a, sizeof a) && truthy(a) && lo >= 1 && hi >= lo &&
                hi <= FOI_SHEET_MAX_COL && (rc = foi_sheet_hide_cols(&s, lo, hi)))
                break;
        } else if (!strcmp(nm, "mergeCell")) {
            long r1, c1, r2, c2;
            if (foi_xml_attr(&x, "ref", a, sizeof a) && !parse_range(a, &r1, &c1, &r2, &c2) &&
                (rc = foi_sheet_merge(&s, r1, c1, r2, c2)))
                break;
        } else if (!in_data && (!strcmp(nm, "f") || !strcmp(nm, "extLst") || !strcmp(nm, "drawing"))) {
            if ((rc = foi_xml_skip(&x)) != 0)
                break;
        }
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    if (!rc)
        rc = foi_sheet_end(&s);
    foi_sheet_release(&s);
    return rc;
}

/* ------------------------------------------------------------ the workbook */

struct xsheet {
    char name[128];
    char state[24];
    char rid[64];
};

static int read_workbook(struct xbook *w, struct xsheet **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    struct foi_xml x;
    int rc = foi_xml_open(&x, w->z, w->main, w->err);
    if (rc == FOI_ENOTFOUND)
        return foi_errf(w->err, FOI_EPARSE, NULL, "workbook part '%s' is missing from the archive", w->main);
    if (rc)
        return rc;
    struct xsheet *v = NULL;
    size_t n = 0, a = 0;
    char buf[64];
    int k;
    rc = 0;
    while ((k = foi_xml_next(&x)) == 1) {
        if (foi_xml_is(&x, "workbookPr")) {
            if (foi_xml_attr(&x, "date1904", buf, sizeof buf))
                w->date1904 = truthy(buf);
        } else if (foi_xml_is(&x, "sheet")) {
            if (n >= 10000) {
                rc = foi_errf(w->err, FOI_ELIMIT, NULL, "workbook has more than 10000 sheets");
                break;
            }
            if (n == a) {
                void *p = v;
                if (foi_grow(&p, &a, n, sizeof *v)) {
                    rc = nomem(w);
                    break;
                }
                v = p;
            }
            struct xsheet *sh = &v[n];
            memset(sh, 0, sizeof *sh);
            if (!foi_xml_attr(&x, "name", sh->name, sizeof sh->name))
                snprintf(sh->name, sizeof sh->name, "Sheet%zu", n + 1);
            if (!foi_xml_attr(&x, "state", sh->state, sizeof sh->state))
                snprintf(sh->state, sizeof sh->state, "visible");
            foi_xml_attr(&x, "id", sh->rid, sizeof sh->rid);
            n++;
        }
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    if (rc) {
        foi_free(v);
        return rc;
    }
    *out = v;
    *nout = n;
    return 0;
}

int foi_read_xlsx_zip(struct foi_doc *doc, struct foi_zip *z, const char *main_part,
                      const struct foi_limits *lim, struct foi_err *err)
{
    struct xbook w;
    memset(&w, 0, sizeof w);
    w.doc = doc;
    w.z = z;
    w.lim = lim;
    w.err = err;
    w.main = main_part;
    doc->format = FOI_FMT_XLSX;
    foi_arena_init(&w.tmp, 0);
    foi_ob_init(&w.ob, doc, lim, err);
    foi_buf_init(&w.val, lim->max_line_bytes + 1);
    foi_buf_init(&w.txt, lim->max_line_bytes + 1);
    struct xsheet *sheets = NULL;
    size_t nsheets = 0;
    int rc = read_rels(&w, main_part);
    if (!rc)
        rc = read_workbook(&w, &sheets, &nsheets);
    const struct rel *r;
    if (!rc) {
        r = rel_by_type(&w, "styles");
        rc = read_styles(&w, r ? r->target : "xl/styles.xml");
    }
    if (!rc) {
        r = rel_by_type(&w, "sharedStrings");
        rc = read_sst(&w, r ? r->target : "xl/sharedStrings.xml");
    }
    int read = 0;
    for (size_t i = 0; i < nsheets && !rc; i++) {
        struct xsheet *sh = &sheets[i];
        const char *loc = foi_arena_printf(&doc->arena, "sheet \"%s\"", sh->name);
        if (!loc) {
            rc = nomem(&w);
            break;
        }
        if (foi_strcasecmp(sh->state, "visible")) {
            int very = !foi_strcasecmp(sh->state, "veryHidden");
            if (foi_doc_note(doc, FOI_NOTE_WARNING, "hidden_content", loc,
                             "sheet \"%s\" is %s (state=\"%s\"); it was not read, and nothing on it is in "
                             "the figures", sh->name, very ? "very hidden" : "hidden", sh->state))
                rc = nomem(&w);
            continue;
        }
        r = rel_by_id(&w, sh->rid);
        if (!r) {
            rc = foi_errf(err, FOI_EPARSE, loc, "sheet \"%s\" points to no part of the archive", sh->name);
            break;
        }
        if (!strcmp(r->type, "chartsheet") || !strcmp(r->type, "dialogsheet") ||
            !strcmp(r->type, "macrosheet") || !strcmp(r->type, "xlMacrosheet")) {
            if (foi_doc_note(doc, FOI_NOTE_INFO, "parse_error", loc, "sheet \"%s\" is a %s, not a sheet of cells; "
                             "skipped", sh->name, !strcmp(r->type, "chartsheet") ? "chart" : r->type))
                rc = nomem(&w);
            continue;
        }
        rc = read_worksheet(&w, r->target, sh->name);
        read++;
    }
    if (!rc && !nsheets)
        rc = foi_errf(err, FOI_EPARSE, NULL, "workbook has no sheets");
    if (!rc)
        rc = foi_ob_finish(&w.ob);
    (void)read;
    foi_free(sheets);
    foi_free(w.rels);
    foi_free(w.xfs);
    foi_free(w.fmts);
    foi_free(w.font_bold);
    foi_free(w.sst);
    foi_buf_release(&w.val);
    foi_buf_release(&w.txt);
    foi_arena_release(&w.tmp);
    foi_ob_release(&w.ob);
    return rc;
}
