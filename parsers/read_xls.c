/* read_xls.c: OLE2 compound files. An Excel 97-2003 workbook (BIFF8) is read
 * with libfreexl for its cells and strings, plus a record scan of our own for
 * what freexl does not give: hidden sheets, rows and columns, merged areas,
 * cell number formats (dates as shown), cached formula results, booleans and
 * errors. A Word 97 .doc or an encrypted Office file is a clear error. */
#define _GNU_SOURCE   /* memfd_create */
#include "office.h"
#include "cfb.h"

#include <errno.h>
#include <freexl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static uint16_t le16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }

/* ------------------------------------------------------------ compound file */

/* freexl reads the entries named exactly "Root Entry", "Workbook" and "Book"
 * (any of them, wherever they are in the directory) and leaks memory on some
 * of its error paths: every such chain must read whole here first. */
static int cfb_check_for_freexl(struct cfb *f)
{
    for (size_t off = 0; off + 128 <= f->ndir; off += 128) {
        const unsigned char *e = f->dir + off;
        /* freexl converts the name by the length the entry claims (its buffer
         * is 64 bytes): a longer claim is a damaged directory */
        if (le16(e + 64) > 64 || (le16(e + 64) & 1))
            return cfb_bad(f, "a directory entry whose name is longer than its 64 bytes");
        char nm[40];
        cfb_entry_name(e, nm, sizeof nm);
        int root = !strcmp(nm, "Root Entry");
        if (!root && strcmp(nm, "Workbook") && strcmp(nm, "Book"))
            continue;
        size_t size = foi_le32(e + 120);
        uint32_t start = foi_le32(e + 116);
        if (size > f->n)
            return cfb_bad(f, "a stream larger than the file");
        if (!size)
            continue;
        unsigned char *buf;
        size_t len;
        int rc = cfb_read_chain(f, start, !root && size < f->cutoff, size, 1, &buf, &len);
        if (rc)
            return rc;
        foi_free(buf);
    }
    return 0;
}

/* ------------------------------------------------------------ BIFF scan */

enum { V_NONE, V_NUM, V_BOOL, V_ERR, V_STR, V_FORMULA_NOVALUE };

struct xcell {
    uint16_t row, col, xf;
    unsigned char vk;        /* V_*: a value of our own (formula results, BOOLERR, numbers) */
    double num;
    const char *str;         /* formula string results, error texts (static or in tmp) */
};

struct xsheet {
    char name[128];
    int state;               /* 0 visible, 1 hidden, 2 very hidden */
    int type;                /* 0 worksheet, 2 chart, ... */
    uint32_t pos;
    struct xcell *cells;
    size_t ncells, acells;
    struct foi_smerge *merges;
    size_t nmerges, amerges;
    struct foi_srange *hrows, *hcols;
    size_t nhrows, ahrows, nhcols, ahcols;
};

struct xbook {
    struct foi_doc *doc;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_arena tmp;
    int biff8, date1904, encrypted;
    uint16_t *xf_fmt;
    unsigned char *xf_bold;
    size_t nxf, axf;
    unsigned char *font_bold;
    size_t nfont, afont;
    struct numfmt { uint16_t id; const char *code; } *fmts;
    size_t nfmts, afmts;
    struct xsheet *sheets;
    size_t nsheets, asheets;
};

static int xnomem(struct xbook *b)
{
    return foi_errf(b->err, FOI_ENOMEM, NULL, "out of memory reading xls");
}

static double rk_value(uint32_t rk)
{
    double v;
    if (rk & 2) {
        int32_t i = (int32_t)rk >> 2;
        v = (double)i;
    } else {
        uint64_t bits = (uint64_t)(rk & 0xFFFFFFFCu) << 32;
        memcpy(&v, &bits, sizeof v);
    }
    return (rk & 1) ? v / 100.0 : v;
}

static double le_double(const unsigned char *p)
{
    uint64_t bits = 0;
    for (int i = 7; i >= 0; i--)
        bits = bits << 8 | p[i];
    double v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

static const char *error_text(unsigned code)
{
    switch (code) {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0F: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1D: return "#NAME?";
    case 0x24: return "#NUM!";
    case 0x2A: return "#N/A";
    default: return "#ERROR!";
    }
}

/* An XLUnicodeString (BIFF8; cch of 8 or 16 bits) as UTF-8 into the arena. */
static const char *biff_string(struct xbook *b, const unsigned char *p, size_t n, int wide_len)
{
    size_t hdr = wide_len ? 3 : 2;
    if (n < hdr)
        return NULL;
    size_t cch = wide_len ? le16(p) : p[0];
    unsigned flags = p[hdr - 1];
    if (!b->biff8) {   /* BIFF5: 8-bit characters, no flags byte */
        hdr--;
        flags = 0;
    }
    const unsigned char *s = p + hdr;
    size_t avail = n - hdr;
    int high = flags & 1;
    if (flags & 8)   /* rich text: run count follows */
        s += 2, avail = avail >= 2 ? avail - 2 : 0;
    if (flags & 4)   /* extended: size follows */
        s += 4, avail = avail >= 4 ? avail - 4 : 0;
    size_t need = cch * (high ? 2 : 1);
    if (need > avail)
        cch = avail / (high ? 2 : 1);
    char *out = foi_arena_alloc(&b->tmp, cch * 3 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < cch; i++) {
        unsigned c = high ? le16(s + 2 * i) : s[i];
        if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        if (c < 0x80) {
            out[o++] = (char)(c ? c : ' ');
        } else if (c < 0x800) {
            out[o++] = (char)(0xC0 | c >> 6);
            out[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[o++] = (char)(0xE0 | c >> 12);
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[o] = '\0';
    return out;
}

static int add_cell(struct xbook *b, struct xsheet *sh, uint16_t row, uint16_t col, uint16_t xf, int vk, double num,
                    const char *str)
{
    if ((long)sh->ncells >= b->lim->max_cells)
        return foi_errf(b->err, FOI_ELIMIT, foi_arena_printf(&b->doc->arena, "sheet \"%s\"", sh->name),
                        "sheet has more than %ld cells, over the cell limit", b->lim->max_cells);
    if (sh->ncells == sh->acells) {
        void *v = sh->cells;
        if (foi_grow(&v, &sh->acells, sh->ncells, sizeof *sh->cells))
            return xnomem(b);
        sh->cells = v;
    }
    sh->cells[sh->ncells++] = (struct xcell){ row, col, xf, (unsigned char)vk, num, str };
    return 0;
}

static int add_range(struct xbook *b, struct foi_srange **v, size_t *n, size_t *a, long x1, long x2)
{
    if (*n >= 100000)
        return 0;
    if (*n == *a) {
        void *p = *v;
        if (foi_grow(&p, a, *n, sizeof **v))
            return xnomem(b);
        *v = p;
    }
    (*v)[(*n)++] = (struct foi_srange){ x1, x2 };
    return 0;
}

/* The records of one sheet's substream, from its BOF to its EOF. */
static int scan_sheet(struct xbook *b, struct xsheet *sh, const unsigned char *d, size_t n, int cells)
{
    size_t pos = sh->pos;
    if (pos + 4 > n || le16(d + pos) != 0x0809)
        return 0;   /* no substream where the sheet says: freexl decides */
    int depth = 0, rc = 0;
    struct xcell *pending = NULL;   /* a FORMULA whose string result follows */
    size_t pending_i = 0;
    while (pos + 4 <= n && !rc) {
        uint16_t type = le16(d + pos), size = le16(d + pos + 2);
        const unsigned char *p = d + pos + 4;
        if (pos + 4 + size > n)
            break;
        pos += 4 + (size_t)size;
        if (type == 0x0809) {
            depth++;
            continue;
        }
        if (type == 0x000A) {
            if (--depth <= 0)
                break;
            continue;
        }
        if (depth != 1)
            continue;   /* an embedded chart's records */
        if (type == 0x0200 && size >= 8) {
            /* DIMENSIONS: freexl allocates rows x columns cells for it */
            double declared = b->biff8 && size >= 12 ? (double)foi_le32(p + 4) * (double)le16(p + 10)
                                                     : (double)le16(p + 2) * (double)le16(p + 6);
            if (declared > (double)b->lim->max_cells)
                return foi_errf(b->err, FOI_ELIMIT, foi_arena_printf(&b->doc->arena, "sheet \"%s\"", sh->name),
                                "sheet declares a range of %.0f cells, over the %ld-cell limit", declared,
                                b->lim->max_cells);
            continue;
        }
        if (!cells)
            continue;
        if (pending && type != 0x0207 && type != 0x003C) {
            /* FORMULA said "string result follows" and none did */
            sh->cells[pending_i].vk = V_FORMULA_NOVALUE;
            pending = NULL;
        }
        switch (type) {
        case 0x0208:   /* ROW */
            if (size >= 14 && (le16(p + 12) & 0x20))
                rc = add_range(b, &sh->hrows, &sh->nhrows, &sh->ahrows, (long)le16(p) + 1, (long)le16(p) + 1);
            break;
        case 0x007D:   /* COLINFO */
            if (size >= 10 && (le16(p + 8) & 1))
                rc = add_range(b, &sh->hcols, &sh->nhcols, &sh->ahcols, (long)le16(p) + 1, (long)le16(p + 2) + 1);
            break;
        case 0x00E5: { /* MERGECELLS */
            if (size < 2)
                break;
            size_t cnt = le16(p);
            for (size_t i = 0; i < cnt && 2 + 8 * i + 8 <= size && !rc; i++) {
                const unsigned char *q = p + 2 + 8 * i;
                if (sh->nmerges >= 100000)
                    break;
                if (sh->nmerges == sh->amerges) {
                    void *v = sh->merges;
                    if (foi_grow(&v, &sh->amerges, sh->nmerges, sizeof *sh->merges)) {
                        rc = xnomem(b);
                        break;
                    }
                    sh->merges = v;
                }
                sh->merges[sh->nmerges++] = (struct foi_smerge){ (long)le16(q) + 1, (long)le16(q + 4) + 1,
                                                                 (long)le16(q + 2) + 1, (long)le16(q + 6) + 1 };
            }
            break;
        }
        case 0x0203:   /* NUMBER */
            if (size >= 14)
                rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_NUM, le_double(p + 6), NULL);
            break;
        case 0x027E:   /* RK */
            if (size >= 10)
                rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_NUM, rk_value(foi_le32(p + 6)), NULL);
            break;
        case 0x00BD: { /* MULRK */
            if (size < 6)
                break;
            uint16_t row = le16(p), c0 = le16(p + 2);
            size_t k = (size - 6) / 6;
            for (size_t i = 0; i < k && !rc; i++)
                rc = add_cell(b, sh, row, (uint16_t)(c0 + i), le16(p + 4 + 6 * i), V_NUM,
                              rk_value(foi_le32(p + 6 + 6 * i)), NULL);
            break;
        }
        case 0x00FD:   /* LABELSST */
        case 0x0204:   /* LABEL */
        case 0x0201:   /* BLANK */
            if (size >= 6)
                rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_NONE, 0, NULL);
            break;
        case 0x0205:   /* BOOLERR */
            if (size >= 8) {
                if (p[7])
                    rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_ERR, 0, error_text(p[6]));
                else
                    rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_BOOL, p[6] ? 1 : 0, NULL);
            }
            break;
        case 0x0006:   /* FORMULA: the cached result */
            if (size >= 14) {
                const unsigned char *r = p + 6;
                if (le16(r + 6) == 0xFFFF) {
                    switch (r[0]) {
                    case 0:   /* a string, in the STRING record that follows */
                        rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_FORMULA_NOVALUE, 0, NULL);
                        if (!rc) {
                            pending = &sh->cells[sh->ncells - 1];
                            pending_i = sh->ncells - 1;
                        }
                        break;
                    case 1:
                        rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_BOOL, r[2] ? 1 : 0, NULL);
                        break;
                    case 2:
                        rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_ERR, 0, error_text(r[2]));
                        break;
                    default:   /* an empty string: what writers that do not calculate leave */
                        rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_FORMULA_NOVALUE, 0, NULL);
                        break;
                    }
                } else {
                    rc = add_cell(b, sh, le16(p), le16(p + 2), le16(p + 4), V_NUM, le_double(r), NULL);
                }
            }
            break;
        case 0x0207:   /* STRING: a formula's string result */
            if (pending) {
                const char *s = biff_string(b, p, size, 1);
                if (!s)
                    return xnomem(b);
                sh->cells[pending_i].vk = V_STR;
                sh->cells[pending_i].str = s;
                pending = NULL;
            }
            break;
        default:
            break;
        }
    }
    if (pending)
        sh->cells[pending_i].vk = V_FORMULA_NOVALUE;
    return rc;
}

/* The shared string table (SST and its CONTINUE records, from pos) walked
 * for consistency: every string the table declares is there, whole, within
 * the records. freexl parses the same table and is not safe on a damaged one
 * (it leaks, found by fuzz_xls), so a damaged table is refused first. */
struct sstwalk {
    const unsigned char *d;
    size_t n;
    size_t pos, end;        /* the current record's data [pos, end) */
};

static int sst_next_record(struct sstwalk *w)
{
    size_t r = w->end;
    if (r + 4 > w->n || le16(w->d + r) != 0x003C)
        return -1;
    size_t size = le16(w->d + r + 2);
    if (r + 4 + size > w->n)
        return -1;
    w->pos = r + 4;
    w->end = r + 4 + size;
    return 0;
}

/* Skip k bytes that may run across CONTINUE records. */
static int sst_skip(struct sstwalk *w, size_t k)
{
    while (k) {
        if (w->pos == w->end && sst_next_record(w))
            return -1;
        size_t take = w->end - w->pos < k ? w->end - w->pos : k;
        w->pos += take;
        k -= take;
    }
    return 0;
}

static int check_sst(const unsigned char *d, size_t n, size_t rec)
{
    size_t size = le16(d + rec + 2);
    if (size < 8)
        return -1;
    struct sstwalk w = { d, n, rec + 12, rec + 4 + size };
    uint32_t unique = foi_le32(d + rec + 8);
    if (unique > 16777216)
        return -1;
    for (uint32_t i = 0; i < unique; i++) {
        if (w.pos == w.end && sst_next_record(&w))
            return -1;
        if (w.end - w.pos < 3)
            return -1;   /* a string header is never split */
        size_t cch = le16(d + w.pos);
        unsigned flags = d[w.pos + 2];
        w.pos += 3;
        size_t runs = 0, ext = 0;
        if (flags & 8) {
            if (w.end - w.pos < 2)
                return -1;
            runs = le16(d + w.pos);
            w.pos += 2;
        }
        if (flags & 4) {
            if (w.end - w.pos < 4)
                return -1;
            ext = foi_le32(d + w.pos);
            w.pos += 4;
        }
        int high = flags & 1;
        while (cch) {   /* characters: a CONTINUE restarts them with a flags byte */
            if (w.pos == w.end) {
                if (sst_next_record(&w) || w.pos == w.end)
                    return -1;
                high = d[w.pos++] & 1;
            }
            size_t fit = (w.end - w.pos) / (high ? 2 : 1);
            size_t take = fit < cch ? fit : cch;
            if (!take)
                return -1;
            w.pos += take * (high ? 2 : 1);
            cch -= take;
        }
        if (sst_skip(&w, runs * 4) || (ext > n || sst_skip(&w, ext)))
            return -1;
    }
    return 0;
}

static int scan_book(struct xbook *b, const unsigned char *d, size_t n)
{
    size_t pos = 0;
    if (n < 8 || le16(d) != 0x0809)
        return foi_errf(b->err, FOI_EPARSE, NULL, "the workbook stream does not start with a BIFF record");
    uint16_t vers = le16(d + 4);
    b->biff8 = vers == 0x0600;
    int rc = 0;
    while (pos + 4 <= n && !rc) {
        uint16_t type = le16(d + pos), size = le16(d + pos + 2);
        const unsigned char *p = d + pos + 4;
        if (pos + 4 + size > n)
            return foi_errf(b->err, FOI_EPARSE, NULL, "the workbook stream is cut short");
        pos += 4 + (size_t)size;
        if (type == 0x000A)
            break;   /* the end of the workbook globals */
        switch (type) {
        case 0x002F:   /* FILEPASS */
            b->encrypted = 1;
            return 0;
        case 0x0022:   /* DATEMODE */
            if (size >= 2)
                b->date1904 = le16(p) == 1;
            break;
        case 0x0031:   /* FONT */
            if (b->nfont < 65536) {
                if (b->nfont == b->afont) {
                    void *v = b->font_bold;
                    if (foi_grow(&v, &b->afont, b->nfont, 1))
                        return xnomem(b);
                    b->font_bold = v;
                }
                b->font_bold[b->nfont++] = size >= 8 && le16(p + 6) >= 700;
            }
            break;
        case 0x00E0:   /* XF */
            if (size >= 4 && b->nxf < 65536) {
                if (b->nxf == b->axf) {
                    size_t a = b->axf;
                    void *v = b->xf_fmt;
                    if (foi_grow(&v, &a, b->nxf, sizeof *b->xf_fmt))
                        return xnomem(b);
                    b->xf_fmt = v;
                    a = b->axf;
                    v = b->xf_bold;
                    if (foi_grow(&v, &a, b->nxf, 1))
                        return xnomem(b);
                    b->xf_bold = v;
                    b->axf = a;
                }
                uint16_t ifnt = le16(p);
                size_t fi = ifnt >= 4 ? (size_t)ifnt - 1 : ifnt;   /* font 4 does not exist */
                b->xf_fmt[b->nxf] = le16(p + 2);
                b->xf_bold[b->nxf] = fi < b->nfont && b->font_bold[fi];
                b->nxf++;
            }
            break;
        case 0x041E:   /* FORMAT */
            if (size >= 3 && b->nfmts < 65536) {
                if (b->nfmts == b->afmts) {
                    void *v = b->fmts;
                    if (foi_grow(&v, &b->afmts, b->nfmts, sizeof *b->fmts))
                        return xnomem(b);
                    b->fmts = v;
                }
                const char *code = biff_string(b, p + 2, size - 2, 1);
                if (!code)
                    return xnomem(b);
                b->fmts[b->nfmts].id = le16(p);
                b->fmts[b->nfmts].code = code;
                b->nfmts++;
            }
            break;
        case 0x00FC:   /* SST */
            if (b->biff8 && check_sst(d, n, pos - 4 - (size_t)size))
                return foi_errf(b->err, FOI_EPARSE, NULL,
                                "corrupt Excel 97-2003 workbook (its shared string table is damaged)");
            break;
        case 0x0085:   /* BOUNDSHEET */
            if (size >= 7 && b->nsheets < 10000) {
                if (b->nsheets == b->asheets) {
                    void *v = b->sheets;
                    if (foi_grow(&v, &b->asheets, b->nsheets, sizeof *b->sheets))
                        return xnomem(b);
                    b->sheets = v;
                }
                struct xsheet *sh = &b->sheets[b->nsheets++];
                memset(sh, 0, sizeof *sh);
                sh->pos = foi_le32(p);
                sh->state = p[4] & 3;
                sh->type = p[5];
                const char *nm = biff_string(b, p + 6, size - 6, 0);
                if (!nm)
                    return xnomem(b);
                snprintf(sh->name, sizeof sh->name, "%s", nm);
            }
            break;
        default:
            break;
        }
    }
    for (size_t i = 0; i < b->nsheets && !rc; i++)
        rc = scan_sheet(b, &b->sheets[i], d, n, b->sheets[i].type == 0 && b->sheets[i].state == 0);
    return rc;
}

static const char *xf_format(const struct xbook *b, uint16_t xf, int *bold)
{
    *bold = 0;
    if (xf >= b->nxf)
        return NULL;
    *bold = b->xf_bold[xf];
    uint16_t id = b->xf_fmt[xf];
    for (size_t i = 0; i < b->nfmts; i++)
        if (b->fmts[i].id == id)
            return b->fmts[i].code;
    return foi_numfmt_builtin(id);
}

static const struct xcell *cell_at(const struct xsheet *sh, unsigned row, unsigned col)
{
    size_t lo = 0, hi = sh->ncells;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct xcell *c = &sh->cells[mid];
        if (c->row < row || (c->row == row && c->col < col))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sh->ncells && sh->cells[lo].row == row && sh->cells[lo].col == col ? &sh->cells[lo] : NULL;
}

static int xcell_cmp(const void *a, const void *b)
{
    const struct xcell *x = a, *y = b;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    return x->col < y->col ? -1 : x->col > y->col;
}

/* ------------------------------------------------------------ freexl */

/* freexl opens files by name: the bytes go into an anonymous memory file
 * (or, without memfd, an unlinked temporary file). */
static int open_freexl(const char *bytes, size_t n, const void **h, struct foi_err *err)
{
    int fd = -1;
#ifdef MFD_CLOEXEC
    fd = memfd_create("foi-xls", MFD_CLOEXEC);
#endif
    char path[64];
    char tmpl[] = "/tmp/foi-xls-XXXXXX";
    int tmpfile = 0;
    if (fd < 0) {
        fd = mkstemp(tmpl);
        tmpfile = 1;
    }
    if (fd < 0)
        return foi_errf(err, FOI_EIO, NULL, "cannot make a temporary file for the xls reader: %s", strerror(errno));
    size_t off = 0;
    while (off < n) {
        ssize_t w = write(fd, bytes + off, n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            int e = errno;
            close(fd);
            if (tmpfile)
                unlink(tmpl);
            return foi_errf(err, FOI_EIO, NULL, "cannot write a temporary file for the xls reader: %s",
                            strerror(e));
        }
        off += (size_t)w;
    }
    if (tmpfile)
        snprintf(path, sizeof path, "%s", tmpl);
    else
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    int r = freexl_open(path, h);
    if (tmpfile)
        unlink(tmpl);
    close(fd);
    if (r != FREEXL_OK) {
        if (*h)
            freexl_close(*h);
        *h = NULL;
        if (r == FREEXL_INSUFFICIENT_MEMORY)
            return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading xls");
        if (r == FREEXL_FILE_NOT_FOUND)
            return foi_errf(err, FOI_EIO, NULL, "the xls reader could not open its copy of the file");
        return foi_errf(err, FOI_EPARSE, NULL, "corrupt Excel 97-2003 workbook (freexl error %d)", r);
    }
    return 0;
}

/* Serial days of a freexl date text "YYYY-MM-DD[ HH:MM:SS]" or "HH:MM:SS". */
static int date_serial(const char *s, int date1904, double *out)
{
    int y = 0, m = 0, d = 0, hh = 0, mi = 0, ss = 0;
    double days = 0;
    if (sscanf(s, "%d-%d-%d %d:%d:%d", &y, &m, &d, &hh, &mi, &ss) >= 3) {
        /* days from 1970-01-01 (Howard Hinnant) */
        int yy = y - (m <= 2);
        int era = (yy >= 0 ? yy : yy - 399) / 400;
        int yoe = yy - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        long z = (long)era * 146097 + doe - 719468;
        days = date1904 ? (double)(z + 24107) : (double)(z + 25569);
        if (!date1904 && days <= 60)
            days -= 1;   /* before the fictitious 1900-02-29 */
    } else if (sscanf(s, "%d:%d:%d", &hh, &mi, &ss) == 3) {
        days = 0;
    } else {
        return -1;
    }
    *out = days + (hh * 3600 + mi * 60 + ss) / 86400.0;
    return 0;
}

static int read_sheet_cells(struct xbook *b, const void *h, unsigned index, struct xsheet *sh,
                            struct foi_obuild *ob)
{
    if (freexl_select_active_worksheet(h, (unsigned short)index) != FREEXL_OK)
        return foi_errf(b->err, FOI_EPARSE, NULL, "sheet \"%s\" cannot be read", sh->name);
    unsigned rows = 0;
    unsigned short cols = 0;
    if (freexl_worksheet_dimensions(h, &rows, &cols) != FREEXL_OK)
        return foi_errf(b->err, FOI_EPARSE, NULL, "sheet \"%s\" cannot be read", sh->name);
    if ((double)rows * cols > (double)b->lim->max_cells)
        return foi_errf(b->err, FOI_ELIMIT, foi_arena_printf(&b->doc->arena, "sheet \"%s\"", sh->name),
                        "sheet spans %u rows x %u columns, over the cell limit", rows, (unsigned)cols);
    if (sh->ncells)
        qsort(sh->cells, sh->ncells, sizeof *sh->cells, xcell_cmp);
    struct foi_sheet s;
    int rc = foi_sheet_begin(&s, ob, sh->name);
    if (rc)
        return rc;
    for (size_t i = 0; i < sh->nmerges && !rc; i++)
        rc = foi_sheet_merge(&s, sh->merges[i].r1, sh->merges[i].c1, sh->merges[i].r2, sh->merges[i].c2);
    for (size_t i = 0; i < sh->nhrows && !rc; i++)
        rc = foi_sheet_hide_rows(&s, sh->hrows[i].a, sh->hrows[i].b);
    for (size_t i = 0; i < sh->nhcols && !rc; i++)
        rc = foi_sheet_hide_cols(&s, sh->hcols[i].a, sh->hcols[i].b);
    struct foi_buf out;
    foi_buf_init(&out, 0);
    /* freexl's cells: where the record scan found cells (BIFF8), else the whole range */
    int scanned = b->biff8 && sh->pos;
    size_t total = scanned ? sh->ncells : (size_t)rows * cols;
    for (size_t i = 0; i < total && !rc; i++) {
        unsigned r = scanned ? sh->cells[i].row : (unsigned)(i / cols);
        unsigned c = scanned ? sh->cells[i].col : (unsigned)(i % cols);
        if (scanned && i > 0 && sh->cells[i - 1].row == r && sh->cells[i - 1].col == c)
            continue;
        FreeXL_CellValue v;
        if (r >= rows || c >= cols || freexl_get_cell_value(h, r, (unsigned short)c, &v) != FREEXL_OK ||
            v.type == FREEXL_CELL_NULL)
            continue;
        const struct xcell *x = cell_at(sh, r, c);
        int bold = 0;
        const char *code = x ? xf_format(b, x->xf, &bold) : NULL;
        foi_buf_reset(&out);
        int kind = FOI_SC_NUMBER;
        double num = 0;
        switch (v.type) {
        case FREEXL_CELL_INT:
            num = v.value.int_value;
            break;
        case FREEXL_CELL_DOUBLE:
            num = v.value.double_value;
            break;
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME:
            kind = FOI_SC_DATE;
            if (x && x->vk == V_NUM)
                num = x->num;
            else if (date_serial(v.value.text_value ? v.value.text_value : "", b->date1904, &num))
                kind = FOI_SC_TEXT;
            break;
        default:
            kind = FOI_SC_TEXT;
            break;
        }
        if (kind == FOI_SC_TEXT) {
            const char *t = v.value.text_value ? v.value.text_value : "";
            rc = foi_sheet_cell(&s, (long)r + 1, (long)c + 1, t, strlen(t), FOI_SC_TEXT, bold);
            continue;
        }
        if (kind == FOI_SC_NUMBER && foi_numfmt_is_date(code))
            kind = FOI_SC_DATE;
        if (foi_numfmt_render(&out, num, code, b->date1904)) {
            rc = xnomem(b);
            break;
        }
        rc = foi_sheet_cell(&s, (long)r + 1, (long)c + 1, out.data ? out.data : "", out.len, kind, bold);
    }
    /* what freexl leaves out: formula results, booleans, errors */
    for (size_t i = 0; i < sh->ncells && !rc; i++) {
        const struct xcell *x = &sh->cells[i];
        if (i + 1 < sh->ncells && sh->cells[i + 1].row == x->row && sh->cells[i + 1].col == x->col)
            continue;   /* the last record for a cell wins */
        if (x->row < rows && x->col < cols) {
            FreeXL_CellValue v;
            if (freexl_get_cell_value(h, x->row, x->col, &v) == FREEXL_OK && v.type != FREEXL_CELL_NULL)
                continue;
        }
        int bold = 0;
        const char *code = xf_format(b, x->xf, &bold);
        long r = (long)x->row + 1, c = (long)x->col + 1;
        switch (x->vk) {
        case V_NUM:
            foi_buf_reset(&out);
            if (foi_numfmt_render(&out, x->num, code, b->date1904)) {
                rc = xnomem(b);
                break;
            }
            rc = foi_sheet_cell(&s, r, c, out.data ? out.data : "", out.len,
                                foi_numfmt_is_date(code) ? FOI_SC_DATE : FOI_SC_NUMBER, bold);
            break;
        case V_BOOL:
            rc = foi_sheet_cell(&s, r, c, x->num ? "TRUE" : "FALSE", x->num ? 4 : 5, FOI_SC_BOOL, bold);
            break;
        case V_ERR:
            rc = foi_sheet_cell(&s, r, c, x->str, strlen(x->str), FOI_SC_ERROR, bold);
            break;
        case V_STR:
            rc = foi_sheet_cell(&s, r, c, x->str, strlen(x->str), FOI_SC_TEXT, bold);
            break;
        case V_FORMULA_NOVALUE:
            foi_sheet_formula_without_value(&s, r, c);
            break;
        default:
            break;
        }
    }
    foi_buf_release(&out);
    if (!rc)
        rc = foi_sheet_end(&s);
    foi_sheet_release(&s);
    return rc;
}

static void book_release(struct xbook *b)
{
    for (size_t i = 0; i < b->nsheets; i++) {
        foi_free(b->sheets[i].cells);
        foi_free(b->sheets[i].merges);
        foi_free(b->sheets[i].hrows);
        foi_free(b->sheets[i].hcols);
    }
    foi_free(b->sheets);
    foi_free(b->xf_fmt);
    foi_free(b->xf_bold);
    foi_free(b->font_bold);
    foi_free(b->fmts);
    foi_arena_release(&b->tmp);
}

int foi_read_ole2(struct foi_doc *doc, const char *bytes, size_t n,
                  const struct foi_limits *lim, struct foi_err *err)
{
    struct foi_limits def;
    if (!lim) {
        foi_limits_default(&def);
        lim = &def;
    }
    doc->format = FOI_FMT_XLS;
    doc->encoding = "biff";
    struct cfb f;
    int rc = cfb_open(&f, bytes, n, err);
    if (rc) {
        cfb_release(&f);
        return rc;
    }
    if (cfb_has(&f, "EncryptedPackage") || cfb_has(&f, "EncryptionInfo")) {
        cfb_release(&f);
        return foi_errf(err, FOI_EPARSE, NULL,
                        "the file is an Office document encrypted with a password; save it without a password");
    }
    unsigned char *wb = NULL;
    size_t wbn = 0;
    rc = cfb_stream(&f, "Workbook", &wb, &wbn);
    if (rc == FOI_ENOTFOUND)
        rc = cfb_stream(&f, "Book", &wb, &wbn);
    if (rc == FOI_ENOTFOUND) {
        if (cfb_has(&f, "WordDocument"))
            rc = foi_errf(err, FOI_EPARSE, NULL, "Word 97 .doc is not read, save it as .docx");
        else if (cfb_has(&f, "__properties_version1.0") || cfb_has(&f, "__nameid_version1.0"))
            rc = foi_errf(err, FOI_EPARSE, NULL, "an Outlook .msg message, not an Excel workbook");
        else if (cfb_has(&f, "PowerPoint Document"))
            rc = foi_errf(err, FOI_EPARSE, NULL, "PowerPoint 97 presentations are not read; save it as PDF");
        else
            rc = foi_errf(err, FOI_EPARSE, NULL, "OLE2 compound file with no Excel workbook in it");
    }
    if (!rc)
        rc = cfb_check_for_freexl(&f);
    cfb_release(&f);
    if (rc) {
        foi_free(wb);
        return rc;
    }
    struct xbook b;
    memset(&b, 0, sizeof b);
    b.doc = doc;
    b.lim = lim;
    b.err = err;
    foi_arena_init(&b.tmp, 0);
    rc = scan_book(&b, wb, wbn);
    foi_free(wb);
    if (!rc && b.encrypted)
        rc = foi_errf(err, FOI_EPARSE, NULL,
                      "the workbook is protected with a password (encrypted); save it without a password");
    const void *h = NULL;
    if (!rc)
        rc = open_freexl(bytes, n, &h, err);
    struct foi_obuild ob;
    foi_ob_init(&ob, doc, lim, err);
    unsigned nsheets = 0;
    if (!rc && freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &nsheets) != FREEXL_OK)
        rc = foi_errf(err, FOI_EPARSE, NULL, "corrupt Excel 97-2003 workbook (no sheets)");
    for (unsigned i = 0; i < nsheets && !rc; i++) {
        const char *name = NULL;
        if (freexl_get_worksheet_name(h, (unsigned short)i, &name) != FREEXL_OK || !name)
            continue;
        struct xsheet *sh = NULL;
        for (size_t k = 0; k < b.nsheets && !sh; k++)
            if (!strcmp(b.sheets[k].name, name))
                sh = &b.sheets[k];
        const char *loc = foi_arena_printf(&doc->arena, "sheet \"%s\"", name);
        if (!loc) {
            rc = xnomem(&b);
            break;
        }
        if (sh && sh->state) {
            if (foi_doc_note(doc, FOI_NOTE_WARNING, "hidden_content", loc,
                             "sheet \"%s\" is %s; it was not read, and nothing on it is in the figures", name,
                             sh->state == 2 ? "very hidden" : "hidden"))
                rc = xnomem(&b);
            continue;
        }
        if (sh && sh->type != 0) {
            if (foi_doc_note(doc, FOI_NOTE_INFO, "parse_error", loc, "sheet \"%s\" is a %s, not a sheet of cells; "
                             "skipped", name, sh->type == 2 ? "chart" : "macro or module sheet"))
                rc = xnomem(&b);
            continue;
        }
        struct xsheet empty;
        if (!sh) {   /* freexl knows a sheet the scan did not find: its cells alone */
            memset(&empty, 0, sizeof empty);
            snprintf(empty.name, sizeof empty.name, "%s", name);
            sh = &empty;
        }
        rc = read_sheet_cells(&b, h, i, sh, &ob);
    }
    if (!rc)
        rc = foi_ob_finish(&ob);
    foi_ob_release(&ob);
    if (h)
        freexl_close(h);
    book_release(&b);
    return rc;
}
