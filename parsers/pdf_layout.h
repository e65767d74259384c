/* pdf_layout.h: what the PDF reader (read_pdf.c, the only file that sees
 * MuPDF) hands to the layout analysis (pdf_layout.c, pdf_table.c): per page,
 * the characters with their boxes, the drawn rules and filled rectangles.
 * Coordinates are PDF points, y growing down the page. Internal to parsers/. */
#ifndef FOI_PDF_LAYOUT_H
#define FOI_PDF_LAYOUT_H

#include "read.h"

#include <stdint.h>

enum {
    PDF_CH_BOLD   = 1u << 0,
    PDF_CH_ITALIC = 1u << 1,
    PDF_CH_SPACE  = 1u << 2,   /* a space the PDF itself draws (a word break) */
    PDF_CH_SUPER  = 1u << 3,   /* raised and smaller than its line: a footnote marker */
    PDF_CH_ROT    = 1u << 4,   /* not on a horizontal baseline (rotated, diagonal) */
    PDF_CH_DUP    = 1u << 5,   /* the same glyph drawn again on itself (fake bold): skipped */
    PDF_CH_UP     = 1u << 6,   /* with PDF_CH_ROT: turned 90 degrees, read bottom to top */
    PDF_CH_DOWN   = 1u << 7,   /* with PDF_CH_ROT: turned 90 degrees, read top to bottom */
    PDF_CH_COVER  = 1u << 8,   /* under a filled box drawn after it (a redaction): not shown */
};

struct foi_pdf_char {
    uint32_t cp;               /* Unicode code point */
    float x0, y0, x1, y1;      /* glyph box */
    float base;                /* baseline y */
    float size;                /* font size in points */
    unsigned flags;            /* PDF_CH_* */
    int seq;                   /* order in the page's content stream */
};

/* A horizontal (y0 == y1) or vertical (x0 == x1) rule: a stroked line, a
 * rectangle's edge or a thin filled rectangle, reduced to its centre line. */
struct foi_pdf_rule {
    float x0, y0, x1, y1;
};

/* A filled rectangle too wide to be a rule (cell shading, a banner). */
struct foi_pdf_fill {
    float x0, y0, x1, y1;
    float gray;                /* luminance 0 (black) .. 1 (white) */
};

/* A box in page space; ops: how many text-showing operations the page had
 * drawn before it; gray: its colour's luminance (a text operation's, a
 * fill's). */
struct foi_pdf_box {
    float x0, y0, x1, y1;
    int ops;
    float gray;
};

struct foi_pdf_page {
    float w, h;                /* page size after /Rotate */
    struct foi_pdf_char *ch;
    int nch, ach;
    struct foi_pdf_rule *rule;
    int nrule, arule;
    struct foi_pdf_fill *fill;
    int nfill, afill;
    int nimages;               /* images the page draws (never decoded) */
    int rules_dropped;         /* rules past the per-page cap, not used */
    int ocr;                   /* its text is the sender's OCR layer (invisible text over an image):
                                  1 all of it (a scan), 2 a picture's on a page of text */
    int hidden_chars;          /* invisible text on a page that shows text: never read */
    /* what the page draws over or under its own text: each text-showing
     * operation's box and colour in order, and the opaque boxes it fills.
     * A character under a box filled after it, or drawn in the colour of
     * the dark box beneath it (black on a black box), is covered
     * (PDF_CH_COVER): a redaction, whatever the file keeps there; one drawn
     * white on white is invisible and dropped (counted in hidden_chars) */
    struct foi_pdf_box *op;
    int nop, aop, op_capped;
    struct foi_pdf_box *cover;
    int ncover, acover;
    int covered_chars;         /* characters covered */
};

/* Caps on what one page may hold (a hostile file is bounded, never slow). */
#define PDF_MAX_CHARS_PAGE 200000
#define PDF_MAX_RULES_PAGE 20000
#define PDF_MAX_FILLS_PAGE 20000
#define PDF_MAX_OPS_PAGE 50000
#define PDF_MAX_COVERS_PAGE 2000

/* Append to a page (foi_malloc'd arrays; the caller frees with
 * foi_pdf_page_release). 0, FOI_ENOMEM or FOI_ELIMIT. */
int foi_pdf_add_char(struct foi_pdf_page *p, const struct foi_pdf_char *c);
int foi_pdf_add_rule(struct foi_pdf_page *p, float x0, float y0, float x1, float y1);
int foi_pdf_add_fill(struct foi_pdf_page *p, float x0, float y0, float x1, float y1, float gray);
void foi_pdf_page_release(struct foi_pdf_page *p);

/* The layout analysis: characters to words, lines and paragraphs in reading
 * order, page furniture set apart, ruled and unruled tables (joined across
 * pages) into doc. pages[] are read-only; complaint is what the PDF library
 * last warned of while reading (a damaged file), or "", for the message when
 * no page has text. 0 or a FOI_E* code with err set. */
int foi_pdf_layout(struct foi_doc *doc, const struct foi_pdf_page *pages, int npages,
                   const char *complaint, const struct foi_limits *lim, struct foi_err *err);

#endif
