/* doc.h: the document model. Every input, whatever its format, becomes one
 * foi_doc: its text as UTF-8, its numbered lines, and its tables (grids of cells
 * with locators). Parsers see only this, never raw HTML or CSV.
 *
 * Ownership: everything reachable from a foi_doc lives in doc->arena and is
 * freed by foi_doc_release(). Plugins borrow; they never free. */
#ifndef FOI_DOC_H
#define FOI_DOC_H

#include "foi.h"

enum foi_format {
    FOI_FMT_UNKNOWN = 0,
    FOI_FMT_HTML = 1u << 0,
    FOI_FMT_CSV  = 1u << 1,
    FOI_FMT_TEXT = 1u << 2,
};
const char *foi_format_name(unsigned fmt);   /* "html", "csv", "text", "unknown" */

/* Cell flags */
enum {
    FOI_CELL_HEADER    = 1u << 0,  /* <th>, or in a header row */
    FOI_CELL_ROWHEAD   = 1u << 1,  /* <th scope="row"> or a <th> in the body */
    FOI_CELL_SPANNED   = 1u << 2,  /* a copy filled in by a rowspan/colspan, not the origin */
    FOI_CELL_BOLD      = 1u << 3,  /* the whole cell is <strong>/<b> */
    FOI_CELL_MARKED    = 1u << 4,  /* row carries a total/subtotal class (class="...total...") */
};

struct foi_cell {
    const char *text;   /* whitespace collapsed, never NULL ("" when empty) */
    unsigned flags;
    int src_row, src_col; /* 1-based position in the source, for the locator:
                             HTML: row/col in the table grid; CSV: record and field
                             number in the file; text: line number and column */
};

struct foi_table {
    int index;          /* 1-based, document order */
    int nrows, ncols;
    struct foi_cell *cells;   /* nrows * ncols, row-major; every slot filled */
    int header_rows;    /* leading rows that are headers (thead, all-th rows, CSV header) */
    const char *caption;      /* <caption>, or NULL */
    const char *heading;      /* nearest heading/line of text directly above, or NULL */
    int anchor_line;    /* number of doc lines that precede the table (its position in the text) */
    int first_line, last_line; /* text tables: the file lines it occupies (1-based); CSV: the
                                  records it spans (not indexes into lines); HTML: 0 */
};

struct foi_line {
    const char *text;   /* the line as UTF-8, trailing whitespace trimmed (not collapsed) */
    int no;             /* 1-based */
    unsigned flags;     /* FOI_LINE_HEADING etc. */
};
enum {
    FOI_LINE_HEADING = 1u << 0,   /* <h1>..<h6>, or an all-caps / short title line */
    FOI_LINE_BULLET  = 1u << 1,   /* <li> or a bullet character */
    FOI_LINE_PARA_START = 1u << 2,/* first line of a paragraph (a blank line or block before it) */
    FOI_LINE_FOOTNOTE = 1u << 3,  /* <small>, class="footnote|note|text-muted", or starts with * / † */
};

struct foi_doc {
    struct foi_arena arena;
    const char *path;       /* as given on the command line / relative to IN_DIR */
    unsigned format;        /* one FOI_FMT_* */
    const char *encoding;   /* what the bytes were decoded from: "utf-8", "utf-8-bom", "windows-1252", "utf-16le" ... */
    const char *text;       /* the decoded UTF-8 text (for HTML: the visible text, lines joined by \n) */
    size_t text_len;
    struct foi_line *lines;
    int nlines;
    struct foi_table *tables;
    int ntables;
    const char *title;      /* HTML <title>, or NULL */
    const struct foi_taxonomy *tax;  /* set by the pipeline before parsers run (may be NULL in tests) */
    const char *folder_hint; /* first path component under IN_DIR (per-force filing), or NULL */
    /* foi_doc_force's answer, worked out on first use: every plugin's probe
     * asks for it, and the document does not change once read */
    struct {
        int set;
        const struct foi_taxonomy *tax;
        int nlines;
        const char *force;
    } force_memo;
};

static inline const struct foi_cell *foi_table_cell(const struct foi_table *t, int r, int c)
{
    return &t->cells[(size_t)r * (size_t)t->ncols + (size_t)c];
}

/* Limits the readers enforce; defaults real responses never reach. */
struct foi_limits {
    size_t max_file_bytes;     /* default 64 MiB */
    size_t max_line_bytes;     /* default 1 MiB */
    long   max_cells;          /* per table, default 2,000,000 */
    int    max_depth;          /* HTML nesting, default 10,000 */
    int    max_cols;           /* per table, default 5,000 */
};
void foi_limits_default(struct foi_limits *l);

void foi_doc_init(struct foi_doc *doc, const char *path);
void foi_doc_release(struct foi_doc *doc);

/* Locator text for a cell, e.g. "table 2 row 4 col 3", "csv row 7 col 3",
 * "line 14 col 2". Written into the doc's arena. */
const char *foi_cell_locator(struct foi_doc *doc, const struct foi_table *t, int r, int c);
/* The same, written into another arena (parsers hold a const document). */
const char *foi_cell_locator_in(struct foi_arena *a, const struct foi_doc *doc,
                                const struct foi_table *t, int r, int c);

#endif
