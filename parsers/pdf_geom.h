/* pdf_geom.h: the layout analysis's working state, shared by pdf_layout.c
 * (words, lines, furniture, reading order, paragraphs, output) and
 * pdf_table.c (ruled and unruled tables, tables across pages). All of it
 * lives in one scratch arena released when the document is built.
 * Internal to parsers/. */
#ifndef FOI_PDF_GEOM_H
#define FOI_PDF_GEOM_H

#include "pdf_layout.h"

/* word flags */
enum {
    PW_BOLD  = 1u << 0,   /* every character bold */
    PW_NUM   = 1u << 1,   /* a count-like value: 12, 1,204, *, <5, -, nil marks */
    PW_SUPER = 1u << 2,   /* only superscript characters */
    PW_LEADSUP = 1u << 3, /* starts with a superscript marker (a footnote's number) */
};

struct pw {               /* a word: characters with no gap wider than a space */
    float x0, y0, x1, y1, base, size;
    unsigned fl;
    const char *text;     /* UTF-8, superscript digits as ¹ ² ³ */
    int c0, nc;           /* its characters in the page's sorted array */
    int line;             /* the line it belongs to (page-local index) */
    int used;             /* taken into a table */
};

/* line flags */
enum {
    PL_BOLD = 1u << 0,    /* every word bold */
};

struct pl {               /* a line: words on one baseline, left to right */
    float x0, y0, x1, y1, base, size;
    int w0, nw;           /* words w0 .. w0+nw-1 of the page */
    unsigned fl;
    int furn;             /* page furniture: 1 header, 2 footer */
    int own_title;        /* in a running header's place, but each page's own (its dates differ) */
    int gone;             /* every word taken into a table (or moved to a split line) */
    int side;             /* two-column region: 0 none, 1 left, 2 right */
    int region;           /* two-column region id + 1, or 0 */
    int no;               /* physical line number on its page (content only) */
    int cap;              /* a caption right over a table part (pdf_layout.c caption_over):
                             its table * 64 + part + 1, read just before it; or 0 */
};

struct ppage {
    const struct foi_pdf_page *src;
    float width, height;
    struct foi_pdf_char *ch;  /* characters sorted into lines, left to right */
    int nch;
    struct pw *w;
    int nw, aw;
    struct pl *l;
    int nl, al;
    int text_chars;       /* visible characters */
    unsigned char *rot_used;  /* per src character: turned text read into a table cell (scratch) */
    /* two-column regions (pdf_layout.c): lines with region r + 1 lie in reg[r] */
    struct pregion { float y0, y1, g; } reg[4];
    int nreg;
};

struct pcell {
    const char *text;
    unsigned flags;       /* FOI_CELL_* */
};

struct ptab {
    int page, last_page;
    float x0, y0, x1, y1;        /* region on its first page */
    float last_y1;               /* bottom on its last page */
    int nrows, ncols;
    struct pcell *cells;         /* nrows * ncols */
    int *row_page;
    float *colx;                 /* ncols + 1 column boundaries (first page) */
    int header_rows;
    int ruled;
    int joined;                  /* merged into an earlier table: not output */
    int card;                    /* one of a grid of cards (pdf_table.c card_tables): whole, never joined */
    /* the parts on each page, for reading order and line numbering */
    int nparts;
    struct tpart { int page; float y0, y1, x0, x1; int nlines; int no0; } parts[64];
    int index;                   /* 1-based in document order, once placed */
    /* a spreadsheet printed with its row and column headings
     * (pdf_print_headings): the title rows above its grid and the note rows
     * below it, as lines, and the printed row number of its first row */
    const char *pre[8], *post[8];
    int pre_row[8], post_row[8];
    int npre, npost;
};

struct lay {
    struct foi_doc *doc;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_arena a;          /* scratch */
    struct ppage *pg;
    int npages;
    struct ptab *tab;
    int ntab, atab;
    float body;                  /* the body text's font size */
    int rc;
};

/* pdf_layout.c helpers the table code uses */
int pdf_nomem(struct lay *L);
/* What a character is written as (superscript digits as ¹ ² ³, symbol-font
 * bullets as •); UTF-8 into o (4 bytes), returns its length. */
int pdf_shown_utf8(const struct foi_pdf_char *c, char *o);
/* A count-like word: digits (thousands commas), a suppression mark (*, <5),
 * a dash or nil sign; a year (1900..2099) is not one. */
int pdf_is_num(const char *s);
/* Append a word to b: a space first unless b is empty, or the word starts a
 * new line and the text so far ends in a hyphen joined to a letter (a word
 * broken across lines is left as written, hyphen kept). 0 or FOI_ENOMEM. */
int pdf_text_word(struct foi_buf *b, const char *word, int new_line);
/* b's text with whitespace collapsed, in the scratch arena (NULL and L->rc
 * set when out of memory). */
const char *pdf_arena_text(struct lay *L, struct foi_buf *b);

/* Two-column regions of page p (lines get side and region, a line with words
 * on both sides is split at the gutter). With prose set, both columns must
 * hold running text (three lines of four words or more and no count each),
 * so a table of labels and figures, not yet found, is never taken for two
 * columns; without it, the tables found keep lines from crossing. */
int pdf_columns(struct lay *L, int p, int prose);

/* pdf_table.c */
int pdf_ruled_tables(struct lay *L, int page);
int pdf_unruled_tables(struct lay *L, int page);
/* Rows of big-number tiles with their labels under them (an infographic),
 * each a table of one row; before the columns of text are found. */
int pdf_tile_tables(struct lay *L, int page);
int pdf_join_tables(struct lay *L);
/* a table printed without the column heads of the alike table before it takes them */
int pdf_borrow_headers(struct lay *L);
/* Spreadsheets printed with Excel's row numbers and column letters: the
 * headings dropped, title rows above the grid and notes below it taken out
 * as lines (struct ptab pre/post), as the spreadsheet readers lay a sheet
 * out. */
int pdf_print_headings(struct lay *L);
/* A new table (zeroed) appended to L->tab; NULL when out of memory. */
struct ptab *pdf_new_table(struct lay *L);

#endif
