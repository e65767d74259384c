/* style.c: small, pure signals of a house style, used by force plugins'
 * probes (see force_plugin.h). */
#include "force_plugin.h"

int foi_style_header_has(const struct foi_doc *doc, const char *word)
{
    for (int i = 0; i < doc->ntables; i++) {
        const struct foi_table *t = &doc->tables[i];
        int h = t->header_rows ? t->header_rows : 1;
        for (int r = 0; r < h && r < t->nrows; r++)
            for (int c = 0; c < t->ncols; c++)
                if (foi_strcasestr(foi_table_cell(t, r, c)->text, word))
                    return 1;
    }
    return 0;
}

int foi_style_multirow_header(const struct foi_doc *doc)
{
    for (int i = 0; i < doc->ntables; i++)
        if (doc->tables[i].header_rows >= 2)
            return 1;
    return 0;
}

int foi_style_text_has(const struct foi_doc *doc, const char *phrase)
{
    for (int i = 0; i < doc->nlines; i++)
        if (foi_strcasestr(doc->lines[i].text, phrase))
            return 1;
    return 0;
}

int foi_style_bullets(const struct foi_doc *doc)
{
    int n = 0;
    for (int i = 0; i < doc->nlines; i++)
        if (doc->lines[i].flags & FOI_LINE_BULLET)
            n++;
    return n;
}
