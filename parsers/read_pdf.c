/* read_pdf.c: PDF -> document through MuPDF (the only file that calls it):
 * each page's characters with their boxes and its drawn rules and filled
 * rectangles, handed to the layout analysis (pdf_layout.c, pdf_table.c). */
#include "pdf_layout.h"

#include <mupdf/fitz.h>
#include <mupdf/pdf.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* MuPDF allocates through foi_malloc, within this cap (a hostile file is a
 * clear limit error, never the worker's whole address space); its object
 * store (fonts, decoded streams kept for reuse) has a smaller one. */
#define PDF_MEM_CAP ((size_t)768 << 20)
#define PDF_STORE_CAP ((size_t)64 << 20)

/* ------------------------------------------------------------ allocator */

struct memctl {
    size_t used, cap;
    int capped;          /* an allocation was refused by the cap */
    int oom;             /* foi_malloc failed */
    int direct;          /* creating the context: plain malloc (see foi_read_pdf) */
    int in_ft;           /* inside FreeType (MuPDF holds FZ_LOCK_FREETYPE): plain malloc */
};

/* MuPDF's locks, used only to know when FreeType runs: FreeType's glyph
 * loaders do not survive every failed allocation (a Type 1 glyph loaded
 * after one crashed), so what it allocates bypasses the failure injection
 * of foi_malloc (in tests); it still counts against the cap. One thread. */
static void m_lock(void *user, int lock)
{
    if (lock == FZ_LOCK_FREETYPE)
        ((struct memctl *)user)->in_ft++;
}

static void m_unlock(void *user, int lock)
{
    if (lock == FZ_LOCK_FREETYPE)
        ((struct memctl *)user)->in_ft--;
}

/* Each block carries its size in front (16 bytes keep MuPDF's alignment). */
#define HDR 16

static void *m_malloc(void *user, size_t n)
{
    struct memctl *m = user;
    if (n > m->cap - m->used || n > SIZE_MAX - HDR) {
        m->capped = 1;
        return NULL;
    }
    unsigned char *p = m->direct || m->in_ft ? malloc(n + HDR) : foi_malloc(n + HDR);
    if (!p) {
        m->oom = 1;
        return NULL;
    }
    memcpy(p, &n, sizeof n);
    m->used += n;
    return p + HDR;
}

static void m_free(void *user, void *ptr)
{
    struct memctl *m = user;
    if (!ptr)
        return;
    unsigned char *p = (unsigned char *)ptr - HDR;
    size_t n;
    memcpy(&n, p, sizeof n);
    m->used -= n;
    foi_free(p);
}

static void *m_realloc(void *user, void *old, size_t n)
{
    struct memctl *m = user;
    if (!old)
        return m_malloc(user, n);
    if (n == 0) {
        m_free(user, old);
        return NULL;
    }
    unsigned char *p = (unsigned char *)old - HDR;
    size_t was;
    memcpy(&was, p, sizeof was);
    if (n > was && (n - was > m->cap - m->used || n > SIZE_MAX - HDR)) {
        m->capped = 1;
        return NULL;
    }
    unsigned char *q = m->in_ft ? realloc(p, n + HDR) : foi_realloc(p, n + HDR);
    if (!q) {
        m->oom = 1;
        return NULL;
    }
    memcpy(q, &n, sizeof n);
    m->used = m->used - was + n;
    return q + HDR;
}

/* ------------------------------------------------------------ page arrays */

int foi_pdf_add_char(struct foi_pdf_page *p, const struct foi_pdf_char *c)
{
    if (p->nch >= PDF_MAX_CHARS_PAGE)
        return FOI_ELIMIT;
    size_t a = (size_t)p->ach;
    if (foi_grow((void **)&p->ch, &a, (size_t)p->nch, sizeof *p->ch))
        return FOI_ENOMEM;
    p->ach = (int)a;
    p->ch[p->nch++] = *c;
    return 0;
}

int foi_pdf_add_rule(struct foi_pdf_page *p, float x0, float y0, float x1, float y1)
{
    if (p->nrule >= PDF_MAX_RULES_PAGE) {
        p->rules_dropped++;
        return 0;
    }
    size_t a = (size_t)p->arule;
    if (foi_grow((void **)&p->rule, &a, (size_t)p->nrule, sizeof *p->rule))
        return FOI_ENOMEM;
    p->arule = (int)a;
    p->rule[p->nrule++] = (struct foi_pdf_rule){ x0 < x1 ? x0 : x1, y0 < y1 ? y0 : y1,
                                             x0 < x1 ? x1 : x0, y0 < y1 ? y1 : y0 };
    return 0;
}

int foi_pdf_add_fill(struct foi_pdf_page *p, float x0, float y0, float x1, float y1, float gray)
{
    if (p->nfill >= PDF_MAX_FILLS_PAGE)
        return 0;
    size_t a = (size_t)p->afill;
    if (foi_grow((void **)&p->fill, &a, (size_t)p->nfill, sizeof *p->fill))
        return FOI_ENOMEM;
    p->afill = (int)a;
    p->fill[p->nfill++] = (struct foi_pdf_fill){ x0, y0, x1, y1, gray };
    return 0;
}

/* Append a box to a bounded array; 1 when the cap is reached. */
static int add_box(struct foi_pdf_box **a, int *n, int *cap, int max, float x0, float y0, float x1, float y1,
                   int ops, float gray)
{
    if (*n >= max)
        return 1;
    if (*n == *cap) {
        int nc = *cap ? *cap * 2 : 64;
        struct foi_pdf_box *g = foi_realloc(*a, sizeof **a * (size_t)nc);
        if (!g)
            return 1;
        *a = g;
        *cap = nc;
    }
    (*a)[(*n)++] = (struct foi_pdf_box){ x0, y0, x1, y1, ops, gray };
    return 0;
}

void foi_pdf_page_release(struct foi_pdf_page *p)
{
    foi_free(p->ch);
    foi_free(p->rule);
    foi_free(p->fill);
    foi_free(p->op);
    foi_free(p->cover);
    memset(p, 0, sizeof *p);
}

/* ------------------------------------------------------------ reader state */

/* Everything the fz_try blocks touch lives here, on the heap, so no local
 * variable changes between setjmp and longjmp. */
struct rd {
    struct memctl mem;
    fz_context *ctx;
    fz_stream *stm;
    pdf_document *pdoc;
    pdf_page *page;
    fz_stext_page *st;
    fz_device *stdev;
    fz_stext_page *hst;  /* invisible text (render mode 3): an OCR layer, or hidden */
    fz_device *hstdev;
    fz_device *dev;
    pdf_processor *proc;
    struct foi_pdf_page *pages;
    int npages;
    int cur;             /* page being read */
    int rc;              /* a FOI_E* code a device callback hit */
    int in_field;        /* running a form field's appearance: its box is no rule */
    char msg[256];       /* MuPDF's last error or warning */
};

static void quiet(void *user, const char *message)
{
    struct rd *r = user;
    snprintf(r->msg, sizeof r->msg, "%s", message);
}

/* MuPDF's message for an error, with memory failures told apart. */
static int fz_failed(struct rd *r, struct foi_err *err, const char *what)
{
    if (r->rc == FOI_ENOMEM || r->mem.oom)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading the PDF");
    if (r->mem.capped)
        return foi_errf(err, FOI_ELIMIT, NULL, "reading the PDF needs more than %zu MB of memory, over the limit",
                        PDF_MEM_CAP >> 20);
    if (r->rc)
        return foi_errf(err, r->rc, NULL, "%s: too much content", what);
    char m[200];
    snprintf(m, sizeof m, "%s", fz_caught_message(r->ctx));
    for (char *s = m; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7F)
            *s = '?';
    return foi_errf(err, FOI_EPARSE, NULL, "%s (%s)", what, m);
}

/* ------------------------------------------------------------ the device */

struct collector {
    fz_device super;
    struct rd *r;
    fz_device *text;             /* the structured-text device text goes on to */
    fz_device *hidden;           /* and invisible text (render mode 3) */
    struct foi_pdf_page *pg;
    /* path walking */
    fz_matrix m;
    fz_point start, cur, pts[6];
    int npts, curves, stroke;
    float gray, alpha;
};

/* A page array that could not grow stops the page: thrown as MuPDF's own
 * memory error, which its interpreter does not swallow as a syntax error. */
static void keep(struct collector *c, int rc)
{
    if (rc) {
        if (!c->r->rc)
            c->r->rc = rc;
        fz_throw(c->r->ctx, FZ_ERROR_MEMORY, "out of memory");
    }
}

/* A stroked segment that runs along an axis is a rule. */
static void seg(struct collector *c, fz_point a, fz_point b)
{
    float dx = b.x - a.x, dy = b.y - a.y;
    if (dx < 0) dx = -dx;
    if (dy < 0) dy = -dy;
    if (dx < 1 && dy < 1)
        return;
    if (dy <= 0.5f)
        keep(c, foi_pdf_add_rule(c->pg, a.x, (a.y + b.y) / 2, b.x, (a.y + b.y) / 2));
    else if (dx <= 0.5f)
        keep(c, foi_pdf_add_rule(c->pg, (a.x + b.x) / 2, a.y, (a.x + b.x) / 2, b.y));
}

/* A filled axis-aligned rectangle: thin ones are rules, others shading. */
static void rect(struct collector *c, float x0, float y0, float x1, float y1)
{
    if (x0 > x1) { float t = x0; x0 = x1; x1 = t; }
    if (y0 > y1) { float t = y0; y0 = y1; y1 = t; }
    float w = x1 - x0, h = y1 - y0;
    if (c->stroke) {
        fz_point p[4] = { {x0, y0}, {x1, y0}, {x1, y1}, {x0, y1} };
        for (int i = 0; i < 4; i++)
            seg(c, p[i], p[(i + 1) % 4]);
        return;
    }
    if (w < 1 && h < 1)
        return;                       /* a dot */
    /* an opaque box: what lies under the text drawn after it, and over the
     * text drawn before it (mark_covered) */
    if (c->alpha >= 0.9f && w >= 3 && h >= 3)
        (void)add_box(&c->pg->cover, &c->pg->ncover, &c->pg->acover, PDF_MAX_COVERS_PAGE, x0, y0, x1, y1,
                      c->pg->nop, c->gray);
    if (c->gray >= 0.97f) {
        /* white on white: no rule and no shading, but a white cell of a
         * table drawn as filled cells (between banded rows) is a cell */
        if (w > 2.5f && h > 2.5f)
            keep(c, foi_pdf_add_fill(c->pg, x0, y0, x1, y1, c->gray));
        return;
    }
    if (h <= 2.5f && w > h)
        keep(c, foi_pdf_add_rule(c->pg, x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
    else if (w <= 2.5f && h > w)
        keep(c, foi_pdf_add_rule(c->pg, (x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
    else
        keep(c, foi_pdf_add_fill(c->pg, x0, y0, x1, y1, c->gray));
}

/* End of a filled subpath: a rectangle when its points are four corners. */
static void flush_sub(struct collector *c)
{
    if (c->stroke || c->curves || c->npts < 4 || c->npts > 5) {
        c->npts = 0;
        c->curves = 0;
        return;
    }
    int n = c->npts;
    if (n == 5 && (fabsf(c->pts[4].x - c->pts[0].x) > 0.5f || fabsf(c->pts[4].y - c->pts[0].y) > 0.5f)) {
        c->npts = 0;
        return;
    }
    float x0 = c->pts[0].x, x1 = x0, y0 = c->pts[0].y, y1 = y0;
    for (int i = 1; i < 4; i++) {
        x0 = fminf(x0, c->pts[i].x), x1 = fmaxf(x1, c->pts[i].x);
        y0 = fminf(y0, c->pts[i].y), y1 = fmaxf(y1, c->pts[i].y);
    }
    /* every corner on the box */
    for (int i = 0; i < 4; i++) {
        int onx = fabsf(c->pts[i].x - x0) < 0.5f || fabsf(c->pts[i].x - x1) < 0.5f;
        int ony = fabsf(c->pts[i].y - y0) < 0.5f || fabsf(c->pts[i].y - y1) < 0.5f;
        if (!onx || !ony) {
            c->npts = 0;
            return;
        }
    }
    c->npts = 0;
    rect(c, x0, y0, x1, y1);
}

static void w_moveto(fz_context *ctx, void *arg, float x, float y)
{
    struct collector *c = arg;
    (void)ctx;
    flush_sub(c);
    c->cur = c->start = fz_transform_point_xy(x, y, c->m);
    c->pts[0] = c->cur;
    c->npts = 1;
}

static void w_lineto(fz_context *ctx, void *arg, float x, float y)
{
    struct collector *c = arg;
    (void)ctx;
    fz_point p = fz_transform_point_xy(x, y, c->m);
    if (c->stroke)
        seg(c, c->cur, p);
    else if (c->npts < 6)
        c->pts[c->npts++] = p;
    else
        c->curves = 1;                /* too many corners for a rectangle */
    c->cur = p;
}

static void w_curveto(fz_context *ctx, void *arg, float x1, float y1, float x2, float y2, float x3, float y3)
{
    struct collector *c = arg;
    (void)ctx, (void)x1, (void)y1, (void)x2, (void)y2;
    c->cur = fz_transform_point_xy(x3, y3, c->m);
    c->curves = 1;
}

static void w_closepath(fz_context *ctx, void *arg)
{
    struct collector *c = arg;
    (void)ctx;
    if (c->stroke)
        seg(c, c->cur, c->start);
    c->cur = c->start;
}

static void w_rectto(fz_context *ctx, void *arg, float x1, float y1, float x2, float y2)
{
    struct collector *c = arg;
    (void)ctx;
    flush_sub(c);
    fz_point a = fz_transform_point_xy(x1, y1, c->m), b = fz_transform_point_xy(x2, y1, c->m);
    fz_point d = fz_transform_point_xy(x2, y2, c->m), e = fz_transform_point_xy(x1, y2, c->m);
    if (c->stroke) {
        seg(c, a, b), seg(c, b, d), seg(c, d, e), seg(c, e, a);
    } else {
        c->pts[0] = a, c->pts[1] = b, c->pts[2] = d, c->pts[3] = e;
        c->npts = 4;
        c->curves = 0;
        flush_sub(c);
    }
    c->cur = c->start = a;
}

static const fz_path_walker walker = {
    w_moveto, w_lineto, w_curveto, w_closepath, NULL, NULL, NULL, w_rectto
};

static float gray_of(fz_context *ctx, fz_colorspace *cs, const float *color)
{
    if (!cs || !color)
        return 0.5f;
    float g = 0.5f;
    fz_try(ctx)
        fz_convert_color(ctx, cs, color, fz_device_gray(ctx), &g, NULL, fz_default_color_params);
    fz_catch(ctx)
        g = 0.5f;
    return g;
}

static void walk(fz_context *ctx, struct collector *c, const fz_path *path, fz_matrix ctm, int stroke, float gray)
{
    c->m = ctm;
    c->npts = 0;
    c->curves = 0;
    c->stroke = stroke;
    c->gray = gray;
    fz_walk_path(ctx, path, &walker, c);
    flush_sub(c);
}

static void d_fill_path(fz_context *ctx, fz_device *dev, const fz_path *path, int even_odd, fz_matrix ctm,
                        fz_colorspace *cs, const float *color, float alpha, fz_color_params cp)
{
    (void)even_odd, (void)cp;
    struct collector *c = (struct collector *)dev;
    if (alpha < 0.05f || c->r->in_field)
        return;
    c->alpha = alpha;
    walk(ctx, c, path, ctm, 0, gray_of(ctx, cs, color));
}

static void d_stroke_path(fz_context *ctx, fz_device *dev, const fz_path *path, const fz_stroke_state *st,
                          fz_matrix ctm, fz_colorspace *cs, const float *color, float alpha, fz_color_params cp)
{
    (void)st, (void)cp;
    struct collector *c = (struct collector *)dev;
    if (alpha < 0.05f || c->r->in_field)
        return;
    if (gray_of(ctx, cs, color) >= 0.97f)
        return;                       /* a white line: invisible on paper */
    walk(ctx, c, path, ctm, 1, 0);
}

/* A text colour's luminance without a colour conversion (which may
 * allocate inside the interpreter's text flush): grey, RGB and CMYK as
 * they are, anything else (ICC-based, indexed, separations) -1: not
 * compared. */
static float text_gray(fz_context *ctx, fz_colorspace *cs, const float *color)
{
    if (!cs || !color)
        return -1;
    switch (fz_colorspace_type(ctx, cs)) {
    case FZ_COLORSPACE_GRAY:
        return color[0];
    case FZ_COLORSPACE_RGB:
        return 0.30f * color[0] + 0.59f * color[1] + 0.11f * color[2];
    case FZ_COLORSPACE_BGR:
        return 0.30f * color[2] + 0.59f * color[1] + 0.11f * color[0];
    case FZ_COLORSPACE_CMYK: {
        float r = 1 - fminf(1, color[0] + color[3]), g = 1 - fminf(1, color[1] + color[3]),
              b = 1 - fminf(1, color[2] + color[3]);
        return 0.30f * r + 0.59f * g + 0.11f * b;
    }
    default:
        return -1;
    }
}

/* Where a text-showing operation draws, in order (what a box filled later
 * may cover). */
static void text_op(fz_context *ctx, struct collector *c, const fz_text *text, const fz_stroke_state *st,
                    fz_matrix ctm, float gray)
{
    struct foi_pdf_page *pg = c->pg;
    if (pg->op_capped)
        return;
    (void)st;
    /* where its glyphs lie, from their origins and the text matrix alone:
     * an em box each (0.6 wide, from 0.2 below the baseline to 0.75 above).
     * fz_bound_text would load every glyph's outline through FreeType, which
     * does not survive every failed allocation */
    fz_rect b = fz_empty_rect;
    for (const fz_text_span *sp = text->head; sp; sp = sp->next) {
        fz_matrix m = sp->trm;
        for (int i = 0; i < sp->len; i++) {
            static const float uv[4][2] = { { 0, -0.2f }, { 0.6f, -0.2f }, { 0, 0.75f }, { 0.6f, 0.75f } };
            for (int k = 0; k < 4; k++) {
                float px = sp->items[i].x + m.a * uv[k][0] + m.c * uv[k][1];
                float py = sp->items[i].y + m.b * uv[k][0] + m.d * uv[k][1];
                b = fz_include_point_in_rect(b, fz_transform_point_xy(px, py, ctm));
            }
        }
    }
    if (fz_is_empty_rect(b))
        return;
    (void)ctx;
    if (add_box(&pg->op, &pg->nop, &pg->aop, PDF_MAX_OPS_PAGE, b.x0, b.y0, b.x1, b.y1, pg->nop, gray))
        pg->op_capped = 1;   /* too many to tell what lies on what: nothing counted covered */
}

/* Text goes on to the structured-text device. */
static void d_fill_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix ctm, fz_colorspace *cs,
                        const float *color, float alpha, fz_color_params cp)
{
    text_op(ctx, (struct collector *)dev, text, NULL, ctm, alpha < 0.05f ? -1 : text_gray(ctx, cs, color));
    fz_fill_text(ctx, ((struct collector *)dev)->text, text, ctm, cs, color, alpha, cp);
}

static void d_stroke_text(fz_context *ctx, fz_device *dev, const fz_text *text, const fz_stroke_state *st,
                          fz_matrix ctm, fz_colorspace *cs, const float *color, float alpha, fz_color_params cp)
{
    text_op(ctx, (struct collector *)dev, text, st, ctm, alpha < 0.05f ? -1 : text_gray(ctx, cs, color));
    fz_stroke_text(ctx, ((struct collector *)dev)->text, text, st, ctm, cs, color, alpha, cp);
}

static void d_clip_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix ctm, fz_rect scissor)
{
    fz_clip_text(ctx, ((struct collector *)dev)->text, text, ctm, scissor);
}

static void d_clip_stroke_text(fz_context *ctx, fz_device *dev, const fz_text *text, const fz_stroke_state *st,
                               fz_matrix ctm, fz_rect scissor)
{
    fz_clip_stroke_text(ctx, ((struct collector *)dev)->text, text, st, ctm, scissor);
}

static void d_ignore_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix ctm)
{
    fz_ignore_text(ctx, ((struct collector *)dev)->hidden, text, ctm);
}

/* Inline images still reach the device; counted, never decoded. */
static void d_fill_image(fz_context *ctx, fz_device *dev, fz_image *img, fz_matrix ctm, float alpha,
                         fz_color_params cp)
{
    (void)ctx, (void)img, (void)ctm, (void)alpha, (void)cp;
    ((struct collector *)dev)->pg->nimages++;
}

static void d_fill_image_mask(fz_context *ctx, fz_device *dev, fz_image *img, fz_matrix ctm, fz_colorspace *cs,
                              const float *color, float alpha, fz_color_params cp)
{
    (void)ctx, (void)img, (void)ctm, (void)cs, (void)color, (void)alpha, (void)cp;
    ((struct collector *)dev)->pg->nimages++;
}

static fz_device *new_collector(fz_context *ctx, struct rd *r, fz_device *text, fz_device *hidden,
                                struct foi_pdf_page *pg)
{
    struct collector *c = fz_new_derived_device(ctx, struct collector);
    c->super.fill_path = d_fill_path;
    c->super.stroke_path = d_stroke_path;
    c->super.fill_text = d_fill_text;
    c->super.stroke_text = d_stroke_text;
    c->super.clip_text = d_clip_text;
    c->super.clip_stroke_text = d_clip_stroke_text;
    c->super.ignore_text = d_ignore_text;
    c->super.fill_image = d_fill_image;
    c->super.fill_image_mask = d_fill_image_mask;
    c->r = r;
    c->text = text;
    c->hidden = hidden;
    c->pg = pg;
    return &c->super;
}

/* ------------------------------------------------------------ pages */

/* Image XObjects a page's resources name (and those of the forms it uses,
 * one level down): counted from the dictionaries, never loaded. */
static int count_images(fz_context *ctx, pdf_obj *res, int depth)
{
    pdf_obj *xo = pdf_dict_get(ctx, res, PDF_NAME(XObject));
    int n = pdf_dict_len(ctx, xo), count = 0;
    for (int i = 0; i < n && i < 1000; i++) {
        pdf_obj *x = pdf_dict_get_val(ctx, xo, i);
        pdf_obj *sub = pdf_dict_get(ctx, x, PDF_NAME(Subtype));
        if (pdf_name_eq(ctx, sub, PDF_NAME(Image)))
            count++;
        else if (depth < 1 && pdf_name_eq(ctx, sub, PDF_NAME(Form)))
            count += count_images(ctx, pdf_dict_get(ctx, x, PDF_NAME(Resources)), depth + 1);
    }
    return count;
}

/* A form's filled-in fields (AcroForm text and choice widgets) as the page
 * shows them: each widget's appearance stream run through the collector
 * after the page's content, so that its value is text at its place (the
 * box the form draws it in) for the layout analysis like any other; a
 * field hidden, not to be viewed, or empty is not shown. A widget whose
 * appearance MuPDF cannot run is left out; the page still reads. */
static void run_fields(struct rd *r)
{
    fz_context *ctx = r->ctx;
    volatile int n = 0;
    for (pdf_annot *volatile w = pdf_first_widget(ctx, r->page); w && n < 5000; w = pdf_next_widget(ctx, w), n++) {
        fz_try(ctx) {
            enum pdf_widget_type t = pdf_widget_type(ctx, w);
            int fl = pdf_annot_flags(ctx, w);
            pdf_obj *o = pdf_annot_obj(ctx, w);
            const char *v = (t == PDF_WIDGET_TYPE_TEXT || t == PDF_WIDGET_TYPE_COMBOBOX ||
                             t == PDF_WIDGET_TYPE_LISTBOX) ? pdf_field_value(ctx, o) : NULL;
            if (v && *v && !(fl & (PDF_ANNOT_IS_HIDDEN | PDF_ANNOT_IS_NO_VIEW))) {
                r->in_field = 1;
                pdf_process_annot(ctx, r->proc, w, NULL);
            }
        }
        fz_always(ctx)
            r->in_field = 0;
        fz_catch(ctx) {
            if (r->rc || r->mem.oom || r->mem.capped)
                fz_rethrow(ctx);
        }
    }
}

/* Run page i's content stream through the collector; images are skipped
 * before they are loaded (the processor's image operator is unset). */
static int run_page(struct rd *r, int i, struct foi_err *err)
{
    fz_context *ctx = r->ctx;
    struct foi_pdf_page *pg = &r->pages[i];
    int failed = 0;
    fz_try(ctx) {
        fz_rect mediabox;
        fz_matrix ctm;
        r->page = pdf_load_page(ctx, r->pdoc, i);
        pdf_page_transform(ctx, r->page, &mediabox, &ctm);
        fz_rect box = fz_transform_rect(mediabox, ctm);
        pg->w = box.x1 - box.x0;
        pg->h = box.y1 - box.y0;
        r->st = fz_new_stext_page(ctx, box);
        fz_stext_options opts;
        memset(&opts, 0, sizeof opts);
        opts.flags = FZ_STEXT_INHIBIT_SPACES | FZ_STEXT_MEDIABOX_CLIP;
        r->stdev = fz_new_stext_device(ctx, r->st, &opts);
        r->hst = fz_new_stext_page(ctx, box);
        r->hstdev = fz_new_stext_device(ctx, r->hst, &opts);
        r->dev = new_collector(ctx, r, r->stdev, r->hstdev, pg);
        r->proc = pdf_new_run_processor(ctx, r->dev, ctm, "View", NULL, NULL, NULL);
        r->proc->op_Do_image = NULL;
        pdf_obj *res = pdf_page_resources(ctx, r->page);
        pdf_process_contents(ctx, r->proc, r->pdoc, res, pdf_page_contents(ctx, r->page), NULL);
        run_fields(r);
        pdf_close_processor(ctx, r->proc);
        fz_close_device(ctx, r->dev);
        fz_close_device(ctx, r->stdev);
        fz_close_device(ctx, r->hstdev);
        pg->nimages += count_images(ctx, res, 0);
    }
    fz_always(ctx) {
        pdf_drop_processor(ctx, r->proc);
        r->proc = NULL;
        fz_drop_device(ctx, r->dev);
        r->dev = NULL;
        fz_drop_device(ctx, r->stdev);
        r->stdev = NULL;
        fz_drop_device(ctx, r->hstdev);
        r->hstdev = NULL;
    }
    fz_catch(ctx) {
        failed = 1;
    }
    if (failed) {
        if (r->rc || r->mem.oom || r->mem.capped) {
            char what[64];
            snprintf(what, sizeof what, "reading page %d", i + 1);
            return fz_failed(r, err, what);
        }
        /* a page MuPDF cannot run: said, and the rest read */
        char m[160];
        snprintf(m, sizeof m, "%s", fz_caught_message(ctx));
        for (char *s = m; *s; s++)
            if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7F)
                *s = '?';
        char loc[32];
        snprintf(loc, sizeof loc, "page %d", i + 1);
        pg->nch = 0;
        foi_errf(err, FOI_EPARSE, loc, "page %d could not be read (%s); its text is missing", i + 1, m);
        return -1;
    }
    return 0;
}

static int is_bold_font(fz_context *ctx, fz_font *f)
{
    if (fz_font_is_bold(ctx, f))
        return 1;
    const char *n = fz_font_name(ctx, f);
    return n && (strstr(n, "Bold") || strstr(n, "bold") || strstr(n, "Black") || strstr(n, "Heavy") ||
                 strstr(n, "Semibold") || strstr(n, "SemiBold") || strstr(n, "Demi"));
}

static int is_italic_font(fz_context *ctx, fz_font *f)
{
    if (fz_font_is_italic(ctx, f))
        return 1;
    const char *n = fz_font_name(ctx, f);
    return n && (strstr(n, "Italic") || strstr(n, "Oblique"));
}

/* The structured text's characters, as pdf_char records. */
static int take_chars(struct rd *r, fz_stext_page *st, struct foi_pdf_page *pg)
{
    fz_context *ctx = r->ctx;
    fz_font *last = NULL;
    unsigned last_fl = 0;
    for (fz_stext_block *b = st->first_block; b; b = b->next) {
        if (b->type != FZ_STEXT_BLOCK_TEXT)
            continue;
        for (fz_stext_line *l = b->u.t.first_line; l; l = l->next) {
            unsigned rot = (l->wmode || l->dir.x < 0.98f || fabsf(l->dir.y) > 0.05f) ? PDF_CH_ROT : 0;
            /* a quarter turn (a vertical column header): which way it reads */
            if (rot && !l->wmode && fabsf(l->dir.x) < 0.02f)
                rot |= l->dir.y < -0.98f ? PDF_CH_UP : l->dir.y > 0.98f ? PDF_CH_DOWN : 0;
            for (fz_stext_char *ch = l->first_char; ch; ch = ch->next) {
                struct foi_pdf_char c;
                uint32_t cp = ch->c < 0 ? 0xFFFD : (uint32_t)ch->c;
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                    cp = 0xFFFD;
                unsigned fl = rot;
                switch (cp) {
                case 0x09: case 0x0A: case 0x0D: case 0x20: case 0xA0: case 0x1680:
                case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
                case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F:
                case 0x205F: case 0x3000:
                    cp = ' ';
                    fl |= PDF_CH_SPACE;
                    break;
                default:
                    break;
                }
                if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x200B || cp == 0xFEFF)
                    continue;         /* control and zero-width characters */
                if (!(ch->size > 0.5f) || ch->size > 2000)
                    continue;         /* invisible or absurd sizes */
                if (ch->font != last) {
                    last = ch->font;
                    last_fl = (is_bold_font(ctx, last) ? PDF_CH_BOLD : 0) |
                              (is_italic_font(ctx, last) ? PDF_CH_ITALIC : 0);
                }
                fl |= last_fl;
                fz_quad q = ch->quad;
                c.cp = cp;
                c.x0 = fminf(fminf(q.ul.x, q.ll.x), fminf(q.ur.x, q.lr.x));
                c.x1 = fmaxf(fmaxf(q.ul.x, q.ll.x), fmaxf(q.ur.x, q.lr.x));
                c.y0 = fminf(fminf(q.ul.y, q.ll.y), fminf(q.ur.y, q.lr.y));
                c.y1 = fmaxf(fmaxf(q.ul.y, q.ll.y), fmaxf(q.ur.y, q.lr.y));
                c.base = ch->origin.y;
                c.size = ch->size;
                c.flags = fl;
                c.seq = pg->nch;
                if (!(c.x0 == c.x0) || !(c.y0 == c.y0) || !(c.base == c.base))
                    continue;         /* NaN from a degenerate matrix */
                int rc = foi_pdf_add_char(pg, &c);
                if (rc)
                    return rc;
            }
        }
    }
    return 0;
}

/* Does no invisible character lie on a character the page shows? (Boxes
 * grown by a point; a page too full to compare says no.) */
static int clear_of_shown(const struct foi_pdf_page *pg, const struct foi_pdf_page *h)
{
    if ((double)pg->nch * (double)h->nch > 4e7)
        return 0;
    for (int i = 0; i < h->nch; i++) {
        const struct foi_pdf_char *a = &h->ch[i];
        if (a->flags & PDF_CH_SPACE)
            continue;
        for (int k = 0; k < pg->nch; k++) {
            const struct foi_pdf_char *b = &pg->ch[k];
            if (!(b->flags & PDF_CH_SPACE) && a->x0 < b->x1 + 1 && b->x0 < a->x1 + 1 && a->y0 < b->y1 + 1 &&
                b->y0 < a->y1 + 1)
                return 0;
        }
    }
    return 1;
}

/* What a reader sees of each character: one under an opaque box filled
 * after the text that drew it, or drawn in the colour of the dark box
 * beneath it (black text on a black box), is covered (a redaction whose
 * text the file kept); one drawn white on the white page or a white box is
 * invisible: dropped, and counted with the page's hidden text. A page with
 * too many characters and operations to compare marks nothing. */
static void mark_covered(struct foi_pdf_page *pg)
{
    if (pg->op_capped || !pg->nop)
        return;
    int white_text = 0;
    for (int j = 0; j < pg->nop && !white_text; j++)
        white_text = pg->op[j].gray >= 0.97f;
    if (!pg->ncover && !white_text)
        return;
    if ((double)pg->nch * (double)(pg->nop + pg->ncover) > 4e7)
        return;
    int kept = 0;
    for (int i = 0; i < pg->nch; i++) {
        struct foi_pdf_char *ch = &pg->ch[i];
        if (ch->flags & PDF_CH_SPACE) {
            pg->ch[kept++] = *ch;
            continue;
        }
        float cx = (ch->x0 + ch->x1) / 2, cy = (ch->y0 + ch->y1) / 2;
        /* the text operation that drew it: the latest whose box holds it */
        int j = pg->nop - 1;
        while (j >= 0 && !(cx >= pg->op[j].x0 && cx <= pg->op[j].x1 && cy >= pg->op[j].y0 && cy <= pg->op[j].y1))
            j--;
        if (j < 0 || pg->op[j].gray < 0) {
            pg->ch[kept++] = *ch;
            continue;
        }
        /* boxes over it (filled after its operation) and under it */
        int over = 0;
        float under = 1.0f;    /* the page */
        for (int k = 0; k < pg->ncover; k++) {
            const struct foi_pdf_box *v = &pg->cover[k];
            if (cx < v->x0 || cx > v->x1 || cy < v->y0 || cy > v->y1)
                continue;
            if (v->ops > j)
                over = 1;
            else
                under = v->gray;   /* the latest drawn before it */
        }
        float g = pg->op[j].gray, d = g > under ? g - under : under - g;
        if (over || (d < 0.1f && under < 0.5f)) {
            /* what a reader sees there: a black box */
            ch->flags |= PDF_CH_COVER;
            ch->cp = 0x2588;
            pg->covered_chars++;
        } else if (d < 0.03f && under >= 0.97f) {
            pg->hidden_chars++;
            continue;          /* white on white: not there for a reader */
        }
        pg->ch[kept++] = *ch;
    }
    pg->nch = kept;
}

/* The page's text: what it shows; or, on a page that shows no text but an
 * image, its invisible text (render mode 3): the sender's OCR layer over a
 * scan, read as the page's text and marked as OCR. On a page that shows
 * text and an image, invisible text clear of every character shown is the
 * OCR layer of a picture pasted into the page (a table as an image): read
 * with the page's text, the page marked as OCR (ocr = 2). Invisible text
 * anywhere else (on or over the text shown, or on a page with no image) is
 * hidden content: counted, never read. */
static int take_page_text(struct rd *r, struct foi_pdf_page *pg)
{
    int rc = take_chars(r, r->st, pg);
    if (rc || !r->hst)
        return rc;
    int shown = 0;
    for (int i = 0; i < pg->nch && !shown; i++)
        shown = !(pg->ch[i].flags & PDF_CH_SPACE);
    struct foi_pdf_page h;
    memset(&h, 0, sizeof h);
    rc = take_chars(r, r->hst, &h);
    int hidden = 0;
    for (int i = 0; i < h.nch; i++)
        hidden += !(h.ch[i].flags & PDF_CH_SPACE);
    if (!rc && hidden && !shown && pg->nimages) {
        /* the OCR layer is the page's text */
        foi_free(pg->ch);
        pg->ch = h.ch, pg->nch = h.nch, pg->ach = h.ach;
        h.ch = NULL, h.nch = h.ach = 0;
        pg->ocr = 1;
    } else if (!rc && hidden && pg->nimages && clear_of_shown(pg, &h)) {
        for (int i = 0; i < h.nch && !rc; i++) {
            struct foi_pdf_char c = h.ch[i];
            c.seq = pg->nch;
            rc = foi_pdf_add_char(pg, &c);
        }
        pg->ocr = 2;
    } else if (!rc) {
        pg->hidden_chars = hidden;
    }
    foi_pdf_page_release(&h);
    if (!rc && pg->ocr != 1)
        mark_covered(pg);
    return rc;
}

static void drop_page(struct rd *r)
{
    fz_drop_stext_page(r->ctx, r->st);
    r->st = NULL;
    fz_drop_stext_page(r->ctx, r->hst);
    r->hst = NULL;
    fz_drop_page(r->ctx, (fz_page *)r->page);
    r->page = NULL;
}

/* ------------------------------------------------------------ the reader */

static int open_pdf(struct rd *r, const char *bytes, size_t n, const struct foi_limits *lim, struct foi_err *err)
{
    fz_context *ctx = r->ctx;
    int failed = 0;
    fz_try(ctx) {
        r->stm = fz_open_memory(ctx, (const unsigned char *)bytes, n);
        r->pdoc = pdf_open_document_with_stream(ctx, r->stm);
    }
    fz_catch(ctx)
        failed = 1;
    if (failed)
        return fz_failed(r, err, "not a readable PDF");
    volatile int locked = 0;
    fz_try(ctx) {
        if (pdf_needs_password(ctx, r->pdoc) && !pdf_authenticate_password(ctx, r->pdoc, ""))
            locked = 1;
    }
    fz_catch(ctx)
        failed = 1;
    if (failed)
        return fz_failed(r, err, "cannot decrypt the PDF");
    if (locked)
        return foi_errf(err, FOI_EPARSE, NULL, "encrypted PDF: it needs a password to open; not read");
    fz_try(ctx)
        r->npages = pdf_count_pages(ctx, r->pdoc);
    fz_catch(ctx)
        failed = 1;
    if (failed)
        return fz_failed(r, err, "cannot read the PDF's page tree");
    if (r->npages <= 0)
        return foi_errf(err, FOI_EPARSE, NULL, "the PDF has no pages");
    if (r->npages > lim->max_pages)
        return foi_errf(err, FOI_ELIMIT, NULL, "the PDF has %d pages, over the %d-page limit", r->npages,
                        lim->max_pages);
    return 0;
}

/* The document's title from its information dictionary, when it is text. */
static void take_title(struct rd *r, struct foi_doc *doc)
{
    char buf[512];
    volatile int n = -1;
    fz_try(r->ctx)
        n = pdf_lookup_metadata(r->ctx, r->pdoc, FZ_META_INFO_TITLE, buf, (int)sizeof buf);
    fz_catch(r->ctx)
        n = -1;
    if (n <= 0)
        return;
    buf[sizeof buf - 1] = '\0';
    size_t len = strlen(buf);
    if (!foi_utf8_valid(buf, len))
        return;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)buf[i] < 0x20)
            buf[i] = ' ';
    const char *t = foi_collapse_ws(&doc->arena, buf, len);
    if (t && *t)
        doc->title = t;
}

static int read_all(struct rd *r, struct foi_doc *doc, const char *bytes, size_t n,
                    const struct foi_limits *lim, struct foi_err *err)
{
    int rc = open_pdf(r, bytes, n, lim, err);
    if (rc)
        return rc;
    take_title(r, doc);
    int repaired = 0;
    fz_try(r->ctx)
        repaired = pdf_was_repaired(r->ctx, r->pdoc);
    fz_catch(r->ctx)
        repaired = 0;
    if (repaired && foi_doc_note(doc, FOI_NOTE_WARNING, "parse_error", "",
                                 "the PDF is damaged (its cross-reference table was rebuilt); check the figures "
                                 "against the file"))
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading the PDF");
    r->pages = foi_calloc((size_t)r->npages, sizeof *r->pages);
    if (!r->pages)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading the PDF");
    int unreadable = 0;
    for (int i = 0; i < r->npages; i++) {
        r->cur = i;
        struct foi_err perr;
        foi_err_clear(&perr);
        rc = run_page(r, i, &perr);
        if (rc > 0) {
            drop_page(r);
            foi_errf(err, perr.code, perr.locator[0] ? perr.locator : NULL, "%s", perr.message);
            return rc;
        }
        if (rc < 0) {
            /* the page is unreadable: a warning, the other pages still read;
             * when no page can be read, that is the file's error */
            drop_page(r);
            if (++unreadable == r->npages)
                return foi_errf(err, FOI_EPARSE, perr.locator[0] ? perr.locator : NULL, "%s%s", perr.message,
                                r->npages > 1 ? ", and so is every other page" : "");
            if (foi_doc_note(doc, FOI_NOTE_WARNING, "parse_error", perr.locator, "%s", perr.message))
                return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading the PDF");
            rc = 0;
            continue;
        }
        if (r->rc) {
            /* a page array could not grow and MuPDF went on regardless */
            drop_page(r);
            return foi_errf(err, r->rc, NULL, "out of memory reading the PDF");
        }
        rc = take_page_text(r, &r->pages[i]);
        drop_page(r);
        if (rc == FOI_ELIMIT)
            return foi_errf(err, rc, NULL, "page %d has more than %d characters, over the limit", i + 1,
                            PDF_MAX_CHARS_PAGE);
        if (rc)
            return foi_errf(err, rc, NULL, "out of memory reading the PDF");
    }
    return 0;
}

int foi_read_pdf(struct foi_doc *doc, const char *bytes, size_t n,
                 const struct foi_limits *lim, struct foi_err *err)
{
    struct foi_limits dl;
    if (!lim) {
        foi_limits_default(&dl);
        lim = &dl;
    }
    doc->format = FOI_FMT_PDF;
    if (!doc->encoding || !*doc->encoding)
        doc->encoding = "pdf";
    struct rd *r = foi_calloc(1, sizeof *r);
    if (!r)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading the PDF");
    r->mem.cap = PDF_MEM_CAP;
    fz_alloc_context alloc = { &r->mem, m_malloc, m_realloc, m_free };
    /* MuPDF prints to stderr when its context cannot be made, before any
     * callback can be set: its few allocations there bypass the failure
     * injection of foi_malloc (they still count against the cap) */
    r->mem.direct = 1;
    fz_locks_context locks = { &r->mem, m_lock, m_unlock };
    r->ctx = fz_new_context(&alloc, &locks, PDF_STORE_CAP);
    r->mem.direct = 0;
    if (!r->ctx) {
        foi_free(r);
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory starting the PDF reader");
    }
    fz_set_error_callback(r->ctx, quiet, r);
    fz_set_warning_callback(r->ctx, quiet, r);
    int rc = read_all(r, doc, bytes, n, lim, err);
    pdf_drop_document(r->ctx, r->pdoc);
    fz_drop_stream(r->ctx, r->stm);
    fz_drop_context(r->ctx);
    /* MuPDF recovers from some failed allocations (a font it cannot load is
     * replaced, a broken object skipped, a page tree read as empty): what it
     * read then is not the file, whatever it went on to say */
    if (r->mem.oom && rc != FOI_ENOMEM) {
        foi_err_clear(err);
        rc = foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading the PDF");
    } else if (r->mem.capped && rc != FOI_ELIMIT && rc != FOI_ENOMEM) {
        foi_err_clear(err);
        rc = foi_errf(err, FOI_ELIMIT, NULL, "reading the PDF needs more than %zu MB of memory, over the limit",
                      PDF_MEM_CAP >> 20);
    }
    if (!rc) {
        doc->npages = r->npages;
        for (char *s = r->msg; *s; s++)
            if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7F)
                *s = '?';
        rc = foi_pdf_layout(doc, r->pages, r->npages, r->msg, lim, err);
    }
    for (int i = 0; r->pages && i < r->npages; i++)
        foi_pdf_page_release(&r->pages[i]);
    foi_free(r->pages);
    foi_free(r);
    return rc;
}

/* ------------------------------------------------------------ embedded files */

/* One embedded file (a file specification fs) into out: its name (the last
 * part of the path it was saved under), a picture's type by its name, its
 * bytes under the caps. 1 when listed, 0 when not (no file, a duplicate),
 * -1 out of memory. Called inside fz_try: MuPDF's errors throw. */
struct embedded {
    struct rd *r;
    struct foi_arena *a;
    const struct foi_limits *lim;
    struct foi_mime_part *out;
    int max, n;
    int seen[64];          /* object numbers of the file specifications listed */
    int nseen;
    size_t total;          /* bytes read, all files */
    fz_buffer *buf;
};

static const char *embedded_type(const char *name)
{
    static const char *const pics[][2] = {
        { ".png", "image/png" }, { ".jpg", "image/jpeg" }, { ".jpeg", "image/jpeg" }, { ".gif", "image/gif" },
        { ".bmp", "image/bmp" }, { ".tif", "image/tiff" }, { ".tiff", "image/tiff" }, { ".webp", "image/webp" },
        { ".eml", "message/rfc822" }, { ".msg", "message/rfc822" },
    };
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof pics / sizeof *pics; i++) {
        size_t k = strlen(pics[i][0]);
        if (n > k && !strcasecmp(name + n - k, pics[i][0]))
            return pics[i][1];
    }
    return "application/octet-stream";
}

static int take_embedded(struct embedded *e, pdf_obj *fs)
{
    fz_context *ctx = e->r->ctx;
    if (!pdf_is_embedded_file(ctx, fs))
        return 0;
    int num = pdf_to_num(ctx, fs);
    for (int i = 0; num > 0 && i < e->nseen; i++)
        if (e->seen[i] == num)
            return 0;
    if (e->n >= e->max)
        return 0;
    if (num > 0 && e->nseen < (int)(sizeof e->seen / sizeof *e->seen))
        e->seen[e->nseen++] = num;
    struct foi_mime_part *p = &e->out[e->n++];
    memset(p, 0, sizeof *p);
    pdf_embedded_file_params prm;
    pdf_get_embedded_file_params(ctx, fs, &prm);
    /* the name: its last path part, printable UTF-8 */
    const char *nm = prm.filename ? prm.filename : "";
    for (const char *s = nm; *s; s++)
        if (*s == '/' || *s == '\\' || *s == ':')
            nm = s + 1;
    size_t len = strlen(nm);
    if (len > 200)
        len = 200;
    char *name = foi_arena_alloc(e->a, len + 1);
    if (!name)
        return -1;
    memcpy(name, nm, len);
    name[len] = '\0';
    if (!foi_utf8_valid(name, len))
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)name[i] >= 0x80)
                name[i] = '?';
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)name[i] < 0x20)
            name[i] = ' ';
    p->name = name;
    p->type = embedded_type(name);
    p->marked = 1;
    if (!strncmp(p->type, "image/", 6) || !strcmp(p->type, "message/rfc822"))
        return 1;          /* named, not read */
    size_t cap = e->lim->max_entry_bytes < e->lim->max_file_bytes ? e->lim->max_entry_bytes : e->lim->max_file_bytes;
    if (prm.size > 0 && (size_t)prm.size > cap) {
        p->problem = "it is larger than the file size limit: not read";
        return 1;
    }
    e->buf = pdf_load_embedded_file_contents(ctx, fs);
    unsigned char *data = NULL;
    size_t n = e->buf ? fz_buffer_storage(ctx, e->buf, &data) : 0;
    if (n > cap || e->total + n > e->lim->max_inflated_bytes) {
        p->problem = n > cap ? "it is larger than the file size limit: not read"
                             : "the PDF's embedded files together are over the size limit: not read";
    } else {
        char *b = foi_arena_alloc(e->a, n + 1);
        if (!b)
            return -1;
        if (n)
            memcpy(b, data, n);
        p->bytes = b, p->n = n;
        e->total += n;
    }
    fz_drop_buffer(ctx, e->buf);
    e->buf = NULL;
    return 1;
}

/* The files of the document's EmbeddedFiles name tree, then those of its
 * pages' file attachment annotations (each once), inside fz_try. */
static void list_embedded(struct embedded *e)
{
    fz_context *ctx = e->r->ctx;
    pdf_document *doc = e->r->pdoc;
    pdf_obj *tree = pdf_load_name_tree(ctx, doc, PDF_NAME(EmbeddedFiles));
    fz_try(ctx) {
        int n = pdf_dict_len(ctx, tree);
        for (int i = 0; i < n && i < 1000 && e->n < e->max; i++)
            if (take_embedded(e, pdf_dict_get_val(ctx, tree, i)) < 0)
                fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
    }
    fz_always(ctx)
        pdf_drop_obj(ctx, tree);
    fz_catch(ctx)
        fz_rethrow(ctx);
    int np = pdf_count_pages(ctx, doc);
    for (int pg = 0; pg < np && pg < e->lim->max_pages && e->n < e->max; pg++) {
        pdf_obj *annots = pdf_dict_get(ctx, pdf_lookup_page_obj(ctx, doc, pg), PDF_NAME(Annots));
        int na = pdf_array_len(ctx, annots);
        for (int i = 0; i < na && i < 1000 && e->n < e->max; i++) {
            pdf_obj *an = pdf_array_get(ctx, annots, i);
            if (pdf_name_eq(ctx, pdf_dict_get(ctx, an, PDF_NAME(Subtype)), PDF_NAME(FileAttachment)) &&
                take_embedded(e, pdf_dict_get(ctx, an, PDF_NAME(FS))) < 0)
                fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
        }
    }
}

int foi_pdf_attachments(struct foi_arena *a, const char *bytes, size_t n, const struct foi_limits *lim,
                        struct foi_mime_part *out, int max)
{
    struct foi_limits dl;
    if (!lim) {
        foi_limits_default(&dl);
        lim = &dl;
    }
    if (max <= 0)
        return 0;
    struct rd *r = foi_calloc(1, sizeof *r);
    struct embedded *e = foi_calloc(1, sizeof *e);
    if (!r || !e) {
        foi_free(r);
        foi_free(e);
        return -1;
    }
    r->mem.cap = PDF_MEM_CAP;
    fz_alloc_context alloc = { &r->mem, m_malloc, m_realloc, m_free };
    r->mem.direct = 1;
    fz_locks_context locks = { &r->mem, m_lock, m_unlock };
    r->ctx = fz_new_context(&alloc, &locks, PDF_STORE_CAP);
    r->mem.direct = 0;
    if (!r->ctx) {
        foi_free(r);
        foi_free(e);
        return -1;
    }
    fz_set_error_callback(r->ctx, quiet, r);
    fz_set_warning_callback(r->ctx, quiet, r);
    e->r = r, e->a = a, e->lim = lim, e->out = out, e->max = max;
    int failed = 0;
    fz_try(r->ctx) {
        r->stm = fz_open_memory(r->ctx, (const unsigned char *)bytes, n);
        r->pdoc = pdf_open_document_with_stream(r->ctx, r->stm);
        if (!pdf_needs_password(r->ctx, r->pdoc) || pdf_authenticate_password(r->ctx, r->pdoc, ""))
            list_embedded(e);
    }
    fz_catch(r->ctx)
        failed = 1;
    fz_drop_buffer(r->ctx, e->buf);
    pdf_drop_document(r->ctx, r->pdoc);
    fz_drop_stream(r->ctx, r->stm);
    fz_drop_context(r->ctx);
    /* what was listed before MuPDF stopped stands (the pages said what
     * they could); memory is the caller's to report */
    int count = r->mem.oom ? -1 : e->n;
    (void)failed;
    /* a file whose bytes were not taken when MuPDF stopped: said */
    for (int i = 0; count > 0 && i < count; i++)
        if (!out[i].bytes && !out[i].problem && strncmp(out[i].type, "image/", 6) &&
            strcmp(out[i].type, "message/rfc822"))
            out[i].problem = "its contents could not be read from the PDF";
    foi_free(r);
    foi_free(e);
    return count;
}
