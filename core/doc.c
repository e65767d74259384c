/* doc.c: life cycle of a document, limits and cell locators. The readers that
 * fill documents live in parsers/read_*.c. */
#include "doc.h"

#include <string.h>

const char *foi_format_name(unsigned fmt)
{
    switch (fmt) {
    case FOI_FMT_HTML: return "html";
    case FOI_FMT_CSV: return "csv";
    case FOI_FMT_TEXT: return "text";
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

const char *foi_cell_locator_in(struct foi_arena *a, const struct foi_doc *doc,
                                const struct foi_table *t, int r, int c)
{
    const struct foi_cell *cell = foi_table_cell(t, r, c);
    switch (doc->format) {
    case FOI_FMT_CSV:
        return foi_arena_printf(a, "csv row %d col %d", cell->src_row, cell->src_col);
    case FOI_FMT_TEXT:
        return foi_arena_printf(a, "line %d col %d", cell->src_row, cell->src_col);
    default:
        return foi_arena_printf(a, "table %d row %d col %d", t->index, r + 1, c + 1);
    }
}

const char *foi_cell_locator(struct foi_doc *doc, const struct foi_table *t, int r, int c)
{
    return foi_cell_locator_in(&doc->arena, doc, t, r, c);
}
