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
    FOI_FMT_XLSX = 1u << 3,   /* Office Open XML workbook (.xlsx, .xlsm) */
    FOI_FMT_XLS  = 1u << 4,   /* Excel 97-2003 BIFF8 in an OLE2 compound file */
    FOI_FMT_ODS  = 1u << 5,   /* OpenDocument spreadsheet */
    FOI_FMT_DOCX = 1u << 6,   /* Office Open XML word-processing document */
    FOI_FMT_ODT  = 1u << 7,   /* OpenDocument text */
    FOI_FMT_PDF  = 1u << 8,
    FOI_FMT_RTF  = 1u << 9,   /* Rich Text Format (.rtf) */
    FOI_FMT_ZIP  = 1u << 10,  /* a plain zip archive of files: no parser reads it (app/fileproc.c) */
    FOI_FMT_SHEETS = FOI_FMT_XLSX | FOI_FMT_XLS | FOI_FMT_ODS,
    FOI_FMT_ALL  = 0x3FF,
};
/* "html", "csv", "text", "xlsx", "xls", "ods", "docx", "odt", "pdf", "unknown" */
const char *foi_format_name(unsigned fmt);

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
    const char *sheet;  /* spreadsheets: the sheet's name (context like a heading: a period in
                           it is the table's period); cells' src_row/src_col are then the
                           sheet's own 1-based row and column, and the locator is
                           `sheet "NAME" C7`. NULL for other formats */
    int page;           /* PDF: the page the table starts on (1-based); 0 otherwise */
    int *row_page;      /* PDF: the page each row is printed on (nrows entries; a table that
                           runs on to the next page is one table), in the arena; NULL otherwise */
    int para_rows;      /* DOCX: a table set out with tab stops, each row a paragraph: a cell's
                           src_row is its paragraph's number, its locator `paragraph 8 col 2` */
    const char *object; /* DOCX: a table read from an object embedded in the page (an Excel
                           worksheet shown as a picture): `embedded object "NAME" sheet "S"`;
                           cells' src_row/src_col are the sheet's own, the locator
                           `embedded object "NAME" sheet "S" B4`. NULL otherwise */
    /* spreadsheets: what hidden columns inside the table's columns hold on its rows (a
       pivot's collapsed years), never cells of the table; in the arena, NULL when none */
    const struct foi_hidden_cell *hidden;
    int nhidden;
};
/* A cell of a hidden column, on table row `row` (0-based), between the table's
 * columns `col` - 1 and `col` (0-based: `col` visible columns lie left of it). */
struct foi_hidden_cell {
    int row, col;
    const char *text;
    int src_row, src_col;   /* the sheet's own */
};

struct foi_line {
    const char *text;   /* the line as UTF-8, trailing whitespace trimmed (not collapsed) */
    int no;             /* 1-based, in document order */
    unsigned flags;     /* FOI_LINE_HEADING etc. */
    int page;           /* PDF: the page (1-based); 0 for formats without pages */
    const char *loc;    /* the line's locator where it is not "line N": "page 3 line 14",
                           "paragraph 12", `sheet "Cover" A5`; NULL: "line <no>" */
};
enum {
    FOI_LINE_HEADING = 1u << 0,   /* <h1>..<h6>, or an all-caps / short title line */
    FOI_LINE_BULLET  = 1u << 1,   /* <li> or a bullet character */
    FOI_LINE_PARA_START = 1u << 2,/* first line of a paragraph (a blank line or block before it) */
    FOI_LINE_FOOTNOTE = 1u << 3,  /* <small>, class="footnote|note|text-muted", or starts with * / † */
    FOI_LINE_TITLE   = 1u << 4,   /* a spreadsheet's title or note row, a document's title */
};
/* A heading's rank where the document marks it (HTML <h1> 1 .. <h6> 6), in
 * bits 8-10 of its flags; 0 where it is not known. A heading of a lower rank
 * number heads every heading of a higher one below it (the outline). */
#define FOI_LINE_LEVEL_SHIFT 8
#define FOI_LINE_LEVEL_MASK (7u << FOI_LINE_LEVEL_SHIFT)
#define FOI_LINE_LEVEL(flags) (((flags) & FOI_LINE_LEVEL_MASK) >> FOI_LINE_LEVEL_SHIFT)

/* Something a reader saw that the journalist must be told (a hidden sheet, a
 * formula without a cached value, a scanned page). The pipeline turns each
 * into an issue; an FOI_NOTE_ERROR note makes the file `failed` and no
 * parser runs on it (a PDF with no text layer). */
enum { FOI_NOTE_ERROR = 0, FOI_NOTE_WARNING = 1, FOI_NOTE_INFO = 2 };   /* as foi_severity */
struct foi_doc_note {
    int severity;
    const char *code;      /* an issues.csv code: hidden_content, no_text_layer, parse_error, ... */
    const char *locator;
    const char *message;
};

/* What the document leaves unsaid, supplied from outside it: a context file
 * the journalist wrote beside the responses, or the covering letter this file
 * is the attachment of. Lowest precedence: it fills only what the document
 * does not state; a figure that used it says so in its note. Every field may
 * be NULL. */
struct foi_doc_context {
    const char *origin;        /* for notes: "context file responses/foi-context.txt",
                                  "covering letter kent/letter.pdf" */
    const char *force;         /* canonical id or a name */
    const char *period;        /* as written ("2022/23", "1 April 2022 to 31 March 2023") */
    const char *category, *measure, *subject;   /* labels or canonical ids */
    const char *date_basis;    /* received, finalised */
    const char *request_ref;
    int read_prose;            /* read the prose even of a document that is not a response */
    const char *marks;         /* a covering letter's paragraphs that explain the marks its attachment
                                  shows ("'<5' means a number between 1 and 4 ... section 40(2)"),
                                  one per line; the attachment's own explanations come first */
    const char *defines;       /* a covering letter's paragraphs that say which days a period of its
                                  attachment covers ("The year to date runs from 1 April 2026 to 30
                                  September 2026"), one per line; read where the attachment defines none */
    const char *codes;         /* a data dictionary's codes for the file beside it that uses them
                                  ("ALLEG_CODE: SA = Sexual assault"), one per line (parsers/codes.c) */
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
    const struct foi_doc_context *context;  /* set by the pipeline before parsers run, or NULL */
    struct foi_doc_note *notes;  /* in the arena, nnotes of them */
    int nnotes, anotes;
    int npages;             /* PDF: pages in the file; 0 otherwise */
    /* PDF: npages flags, 1 where the page's text is the sender's OCR layer
     * over a scanned image (figures read from it may be misread); NULL when
     * no page is */
    const unsigned char *ocr_pages;
    /* PDF: page furniture set apart from the content (running headers and
     * footers, page numbers, protective markings, a browser's print header
     * and footer, rotated text such as a watermark), shown by `foi inspect`
     * and never read for figures; loc is "page 2 header", "page 2 footer" */
    struct foi_line *furniture;
    int nfurniture;
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
    /* archives (XLSX, DOCX, ODS): checked while inflating, never trusted from headers */
    long   max_zip_entries;    /* default 10,000 */
    size_t max_entry_bytes;    /* one entry inflated, default 256 MiB */
    size_t max_inflated_bytes; /* all entries read, default 512 MiB */
    int    max_zip_ratio;      /* inflated / compressed bytes of an entry, default 1,000 */
    int    max_pages;          /* PDF pages read, default 2,000 */
};
void foi_limits_default(struct foi_limits *l);

void foi_doc_init(struct foi_doc *doc, const char *path);
void foi_doc_release(struct foi_doc *doc);

/* Add a note (message formatted into the arena). 0 or FOI_ENOMEM. */
int foi_doc_note(struct foi_doc *doc, int severity, const char *code, const char *locator,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* An FOI_NOTE_ERROR note of this code, or NULL. */
const struct foi_doc_note *foi_doc_fatal_note(const struct foi_doc *doc);

/* A spreadsheet column number (1-based) as letters: 1 -> "A", 28 -> "AB".
 * buf >= 8 bytes. */
void foi_col_letters(int col, char *buf);

/* Locator of line index i (0-based): its loc, or "line <no>". */
const char *foi_line_locator_in(struct foi_arena *a, const struct foi_doc *doc, int i);

/* Locator text for a cell, e.g. "table 2 row 4 col 3", "csv row 7 col 3",
 * "line 14 col 2", `sheet "2021-22" C7`, "page 2 table 1 row 4 col 3".
 * Written into the doc's arena. */
const char *foi_cell_locator(struct foi_doc *doc, const struct foi_table *t, int r, int c);
/* The same, written into another arena (parsers hold a const document). */
const char *foi_cell_locator_in(struct foi_arena *a, const struct foi_doc *doc,
                                const struct foi_table *t, int r, int c);

#endif
