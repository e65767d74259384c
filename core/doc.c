/* doc.c: life cycle of a document, limits and cell locators. The readers that
 * fill documents live in parsers/read_*.c. */
#include "doc.h"

#include <stdio.h>
#include <string.h>

const char *foi_format_name(unsigned fmt)
{
    switch (fmt) {
    case FOI_FMT_HTML: return "html";
    case FOI_FMT_CSV: return "csv";
    case FOI_FMT_TEXT: return "text";
    case FOI_FMT_XLSX: return "xlsx";
    case FOI_FMT_XLS: return "xls";
    case FOI_FMT_ODS: return "ods";
    case FOI_FMT_DOCX: return "docx";
    case FOI_FMT_ODT: return "odt";
    case FOI_FMT_PDF: return "pdf";
    case FOI_FMT_RTF: return "rtf";
    case FOI_FMT_ZIP: return "zip";
    default: return "unknown";
    }
}

void foi_limits_default(struct foi_limits *l)
{
    l->max_file_bytes = (size_t)64 << 20;
    l->max_line_bytes = (size_t)1 << 20;
    l->max_cells = 2000000;
    l->max_depth = 10000;
    l->max_cols = 5000;
    l->max_zip_entries = 10000;
    l->max_entry_bytes = (size_t)256 << 20;
    l->max_inflated_bytes = (size_t)512 << 20;
    l->max_zip_ratio = 1000;
    l->max_pages = 2000;
}

void foi_doc_init(struct foi_doc *doc, const char *path)
{
    memset(doc, 0, sizeof *doc);
    foi_arena_init(&doc->arena, 0);
    doc->path = path ? foi_arena_strdup(&doc->arena, path) : "";
    doc->text = "";
    doc->encoding = "";
}

void foi_doc_release(struct foi_doc *doc)
{
    foi_arena_release(&doc->arena);
    memset(doc, 0, sizeof *doc);
}

int foi_doc_note(struct foi_doc *doc, int severity, const char *code, const char *locator,
                 const char *fmt, ...)
{
    if (doc->nnotes == doc->anotes) {
        int na = doc->anotes ? doc->anotes * 2 : 8;
        struct foi_doc_note *n = foi_arena_alloc(&doc->arena, sizeof *n * (size_t)na);
        if (!n)
            return FOI_ENOMEM;
        if (doc->nnotes)
            memcpy(n, doc->notes, sizeof *n * (size_t)doc->nnotes);
        doc->notes = n;
        doc->anotes = na;
    }
    va_list ap;
    va_start(ap, fmt);
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    struct foi_doc_note *n = &doc->notes[doc->nnotes];
    n->severity = severity;
    n->code = foi_arena_strdup(&doc->arena, code);
    n->locator = foi_arena_strdup(&doc->arena, locator ? locator : "");
    n->message = foi_arena_strdup(&doc->arena, msg);
    if (!n->code || !n->locator || !n->message)
        return FOI_ENOMEM;
    doc->nnotes++;
    return 0;
}

const struct foi_doc_note *foi_doc_fatal_note(const struct foi_doc *doc)
{
    for (int i = 0; i < doc->nnotes; i++)
        if (doc->notes[i].severity == FOI_NOTE_ERROR)
            return &doc->notes[i];
    return NULL;
}

void foi_col_letters(int col, char *buf)
{
    char tmp[8];
    int n = 0;
    if (col < 1)
        col = 1;
    while (col > 0 && n < 7) {
        int r = (col - 1) % 26;
        tmp[n++] = (char)('A' + r);
        col = (col - 1) / 26;
    }
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = '\0';
}

const char *foi_line_locator_in(struct foi_arena *a, const struct foi_doc *doc, int i)
{
    if (i < 0 || i >= doc->nlines)
        return "";
    const struct foi_line *l = &doc->lines[i];
    if (l->loc)
        return l->loc;
    return foi_arena_printf(a, "line %d", l->no);
}

const char *foi_cell_locator_in(struct foi_arena *a, const struct foi_doc *doc,
                                const struct foi_table *t, int r, int c)
{
    const struct foi_cell *cell = foi_table_cell(t, r, c);
    if (t->object) {
        char col[8];
        foi_col_letters(cell->src_col, col);
        return foi_arena_printf(a, "%s %s%d", t->object, col, cell->src_row);
    }
    if (t->sheet) {
        char col[8];
        foi_col_letters(cell->src_col, col);
        /* a quote in a sheet name is doubled, as in a spreadsheet formula */
        char name[256];
        size_t k = 0;
        for (const char *s = t->sheet; *s && k + 2 < sizeof name; s++) {
            if (*s == '"')
                name[k++] = '"';
            name[k++] = *s;
        }
        name[k] = '\0';
        return foi_arena_printf(a, "sheet \"%s\" %s%d", name, col, cell->src_row);
    }
    if (t->row_page)
        return foi_arena_printf(a, "page %d table %d row %d col %d", t->row_page[r], t->index, r + 1, c + 1);
    if (t->para_rows)
        return foi_arena_printf(a, "paragraph %d col %d", cell->src_row, cell->src_col);
    /* the common ones by hand: one per figure */
    char buf[96];
    const char *words[3];
    int nums[3], n;
    switch (doc->format) {
    case FOI_FMT_CSV:
        words[0] = "csv row "; nums[0] = cell->src_row;
        words[1] = " col "; nums[1] = cell->src_col;
        n = 2;
        break;
    case FOI_FMT_TEXT:
        words[0] = "line "; nums[0] = cell->src_row;
        words[1] = " col "; nums[1] = cell->src_col;
        n = 2;
        break;
    default:
        words[0] = "table "; nums[0] = t->index;
        words[1] = " row "; nums[1] = r + 1;
        words[2] = " col "; nums[2] = c + 1;
        n = 3;
        break;
    }
    size_t k = 0;
    for (int i = 0; i < n; i++) {
        size_t wl = strlen(words[i]);
        memcpy(buf + k, words[i], wl);
        k += wl;
        int v = nums[i];
        char d[12];
        int nd = 0;
        unsigned u = v < 0 ? (unsigned)0 - (unsigned)v : (unsigned)v;
        do {
            d[nd++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            buf[k++] = '-';
        while (nd)
            buf[k++] = d[--nd];
    }
    return foi_arena_strndup(a, buf, k);
}

const char *foi_cell_locator(struct foi_doc *doc, const struct foi_table *t, int r, int c)
{
    return foi_cell_locator_in(&doc->arena, doc, t, r, c);
}
