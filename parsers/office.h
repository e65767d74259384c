/* office.h: what the office readers share (read_zip.c, read_oxml.c, read_sheet.c,
 * read_numfmt.c, read_xlsx.c, read_ods.c, read_docx.c, read_xls.c): the hardened
 * zip layer, a streaming XML reader over zip entries, the document builder, the
 * sheet-to-document layout and spreadsheet number formats. Internal to parsers/.
 *
 * Ownership as in doc.h: text put into a document lives in its arena; functions
 * borrow their arguments; *_free / *_release free what the object holds. */
#ifndef FOI_OFFICE_H
#define FOI_OFFICE_H

#include "read.h"

/* ------------------------------------------------------------------ zip */
/* A zip archive read from memory (the caller keeps the bytes alive). Every
 * entry read is capped while it inflates: lim->max_entry_bytes per entry,
 * lim->max_inflated_bytes for all entries read, lim->max_zip_ratio (inflated /
 * compressed bytes, once an entry passes 1 MiB), and never more than the size
 * its header declares; lim->max_zip_entries entries in all. Errors name the
 * entry. */
struct foi_zip;
struct foi_zip_stream;

int foi_zip_open(struct foi_zip **out, const char *bytes, size_t n, const struct foi_limits *lim,
                 struct foi_err *err);
void foi_zip_free(struct foi_zip *z);
/* The entry named name (case-insensitive, as OPC part names are), or -1. */
long foi_zip_find(struct foi_zip *z, const char *name);
/* A whole entry into a NUL-terminated buffer the caller frees with foi_free;
 * at most max bytes (0: the entry cap). FOI_ENOTFOUND (err untouched) when
 * there is no such entry. */
int foi_zip_read(struct foi_zip *z, const char *name, size_t max, char **out, size_t *len,
                 struct foi_err *err);
int foi_zip_stream_open(struct foi_zip *z, long idx, struct foi_zip_stream **out, struct foi_err *err);
/* Up to n bytes: the count, 0 at the end, -1 on an error (in the zip's err). */
long foi_zip_stream_read(struct foi_zip_stream *s, char *buf, size_t n);
void foi_zip_stream_close(struct foi_zip_stream *s);
/* A relationship target resolved against the part that names it:
 * ("xl/workbook.xml", "worksheets/sheet1.xml") -> "xl/worksheets/sheet1.xml";
 * "/xl/x.xml" -> "xl/x.xml"; "../" climbs. 0, or FOI_ELIMIT when buf is short. */
int foi_zip_resolve(const char *base, const char *target, char *buf, size_t bufsz);
/* The relationships part of a part: "word/document.xml" ->
 * "word/_rels/document.xml.rels" (cut to bufsz - 1 bytes). */
void foi_zip_rels_part(const char *part, char *buf, size_t bufsz);

/* The readers behind foi_read_zip, given the archive and its main part. */
int foi_read_xlsx_zip(struct foi_doc *doc, struct foi_zip *z, const char *main_part,
                      const struct foi_limits *lim, struct foi_err *err);
int foi_read_docx_zip(struct foi_doc *doc, struct foi_zip *z, const char *main_part,
                      const struct foi_limits *lim, struct foi_err *err);
/* A Word table cut by a page break into two (the second repeating the
 * first's column heads, no text between): one table. Run by the docx reader
 * after it finishes; 0 or FOI_ENOMEM. */
int foi_docx_join_continued(struct foi_doc *doc);
/* ODS and ODT (format says which): content.xml and styles.xml */
int foi_read_odf_zip(struct foi_doc *doc, struct foi_zip *z, unsigned format,
                     const struct foi_limits *lim, struct foi_err *err);

/* ------------------------------------------------------------------ XML */
/* A streaming reader (libxml2's xmlTextReader) over one zip entry: no
 * network, no DTD loading, no entity expansion; a document with a DOCTYPE is
 * refused outright (office formats never have one), nesting is libxml2's 256
 * levels. Names are local names (the namespace prefix dropped). */
struct foi_xml {
    void *reader;                 /* xmlTextReaderPtr */
    struct foi_zip_stream *zs;
    const char *part;
    struct foi_err *err;
    int rc;
    int eline;                    /* the first XML error: its line and message */
    char emsg[160];
    int prolog;                   /* no element seen yet: a DOCTYPE is refused before libxml2 sees it */
    char tail[16];                /* the prolog's last bytes, for a DOCTYPE split across reads */
    size_t ntail;
};
enum { FOI_XML_START = 1, FOI_XML_TEXT = 3, FOI_XML_CDATA = 4, FOI_XML_WS = 14, FOI_XML_END = 15 };

/* FOI_ENOTFOUND (err untouched) when the part is absent. */
int foi_xml_open(struct foi_xml *x, struct foi_zip *z, const char *part, struct foi_err *err);
/* Next node: 1, 0 at the end of the document, -1 on an error (its code in
 * x->rc, the details in err). */
int foi_xml_next(struct foi_xml *x);
int foi_xml_type(const struct foi_xml *x);      /* FOI_XML_* (libxml2's reader types) */
int foi_xml_depth(const struct foi_xml *x);
int foi_xml_empty(const struct foi_xml *x);     /* an element written <x/> (no end node follows) */
/* Is the current node the start (or end) of element local? */
int foi_xml_is(const struct foi_xml *x, const char *local);
int foi_xml_is_end(const struct foi_xml *x, const char *local);
const char *foi_xml_name(const struct foi_xml *x);
const char *foi_xml_value(const struct foi_xml *x);   /* a text node's text */
/* Attribute by local name into buf (cut to bufsz-1 bytes): 1 found, 0 absent. */
int foi_xml_attr(const struct foi_xml *x, const char *local, char *buf, size_t bufsz);
/* The whole text of the current element (text and CDATA below it) appended to
 * b; the reader ends on its end node. 0 or the error code. */
int foi_xml_text(struct foi_xml *x, struct foi_buf *b);
/* Skip the current element's subtree. 0 or the error code. */
int foi_xml_skip(struct foi_xml *x);
void foi_xml_close(struct foi_xml *x);

/* ------------------------------------------------------- document builder */
/* Lines and tables in document order, moved into the document at the end. */
struct foi_obuild {
    struct foi_doc *doc;
    const struct foi_limits *lim;
    struct foi_err *err;
    struct foi_line *lines;
    int nlines, alines;
    struct foi_table *tables;     /* by index - 1 */
    int ntables, atables;
};
void foi_ob_init(struct foi_obuild *b, struct foi_doc *doc, const struct foi_limits *lim,
                 struct foi_err *err);
void foi_ob_release(struct foi_obuild *b);
/* A line (whitespace collapsed; nothing added when it is empty); loc is copied
 * (NULL: "line N"). 0 or the error code (err filled). */
int foi_ob_line(struct foi_obuild *b, const char *text, size_t n, unsigned flags, const char *loc);
/* Reserve the next table index (tables are numbered in the order they open);
 * its anchor is the number of lines so far. */
int foi_ob_table_open(struct foi_obuild *b, int *index);
/* The last heading line since line *since (the previous table's anchor), or
 * NULL; *since becomes the current line count (the next table's "since"). */
const char *foi_ob_heading_since(const struct foi_obuild *b, int *since);
/* Fill the table reserved as index (t->index and t->anchor_line are set here). */
void foi_ob_table_set(struct foi_obuild *b, int index, const struct foi_table *t);
/* Move lines and tables into the document, doc->text = the lines joined. */
int foi_ob_finish(struct foi_obuild *b);
/* "out of memory reading <what>" into err. */
int foi_ob_nomem(struct foi_obuild *b);

/* ------------------------------------------------------------ word tables */
/* A table of a word-processing document (DOCX, ODT) as it is read: cells put
 * at grid positions (0-based), copies of merged cells flagged spanned and
 * pointing at their origin; empty slots filled at the end. */
struct foi_gcell {
    int row, col;
    int orow, ocol;       /* the origin: the cell itself, or the merged cell it copies */
    const char *text;     /* in the doc arena */
    unsigned flags;
};
struct foi_grid {
    struct foi_gcell *v;
    size_t n, a;
    int nrows, ncols;
    int header_rows;
};
/* Put a cell (text copied into the doc arena); a slot already taken keeps its
 * first cell. 0 or the error code (the cell and column limits). */
int foi_grid_put(struct foi_obuild *b, struct foi_grid *g, int row, int col, const char *text,
                 unsigned flags, int orow, int ocol);
/* Make the table reserved as index from the grid (and free the grid). */
int foi_grid_table(struct foi_obuild *b, struct foi_grid *g, int index, const char *caption,
                   const char *heading);
void foi_grid_release(struct foi_grid *g);

/* ------------------------------------------------------------------ sheets */
enum { FOI_SC_TEXT, FOI_SC_NUMBER, FOI_SC_DATE, FOI_SC_BOOL, FOI_SC_ERROR };
#define FOI_SHEET_MAX_ROW 16777216L
#define FOI_SHEET_MAX_COL 1048576L

struct foi_scell;
struct foi_srange { long a, b; };
struct foi_smerge { long r1, c1, r2, c2; };

/* One sheet being read: its cells as the sheet shows them, merged areas,
 * hidden rows and columns. foi_sheet_end lays it out into the builder: blocks
 * of rows separated by blank rows; in each block the rows of one cell above
 * and below the grid are title and note lines, the rest one table; hidden
 * rows and columns are dropped and named in a hidden_content note. */
struct foi_sheet {
    struct foi_obuild *b;
    const char *name;             /* in the doc arena */
    struct foi_arena tmp;         /* cell texts until layout */
    struct foi_scell *cells;
    size_t ncells, acells;
    struct foi_smerge *merges;
    size_t nmerges, amerges;
    struct foi_srange *hrows, *hcols;
    size_t nhrows, ahrows, nhcols, ahcols;
    struct foi_scell *hcells;     /* the cells of hidden columns (not of hidden rows), kept aside */
    size_t nhcells;
    long notes_formula;           /* formulas without a cached value seen */
    char first_formula[24];
};
int foi_sheet_begin(struct foi_sheet *s, struct foi_obuild *b, const char *name);
/* A cell (1-based row and column); empty text adds nothing. */
int foi_sheet_cell(struct foi_sheet *s, long row, long col, const char *text, size_t n, int kind,
                   int bold);
int foi_sheet_merge(struct foi_sheet *s, long r1, long c1, long r2, long c2);
int foi_sheet_hide_rows(struct foi_sheet *s, long r1, long r2);
int foi_sheet_hide_cols(struct foi_sheet *s, long c1, long c2);
/* A formula cell with no cached value at row, col (read as empty). */
void foi_sheet_formula_without_value(struct foi_sheet *s, long row, long col);
int foi_sheet_end(struct foi_sheet *s);
void foi_sheet_release(struct foi_sheet *s);
/* "C7" from row 7, col 3 (buf >= 24 bytes). */
void foi_sheet_ref(long row, long col, char *buf);
/* "C7" -> row 7, col 3; 0, or FOI_EPARSE. */
int foi_sheet_parse_ref(const char *ref, long *row, long *col);

/* ---------------------------------------------------------- number formats */
/* The format code of a built-in number format id, or NULL (General or unknown).
 * Date ids render day first (UK): 14 is dd/mm/yyyy. */
const char *foi_numfmt_builtin(int id);
/* Does the code format a date or time (d, m, y, h, s outside quotes)? */
int foi_numfmt_is_date(const char *code);
/* A number as a cell with this format code shows it (NULL or "General": as
 * Excel's General format, no float noise, integers without ".0"), appended to
 * out; dates from the 1900 (with its leap-year bug) or 1904 system. 0 or
 * FOI_ENOMEM. */
int foi_numfmt_render(struct foi_buf *out, double v, const char *code, int date1904);

#endif
