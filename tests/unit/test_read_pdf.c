/* test_read_pdf.c: the PDF reader on small PDFs that scripts/make_pdf_fixtures.py
 * writes (fixtures/pdf/): words and lines, superscripts, paragraphs, page
 * furniture, ruled and unruled tables, tables across pages, two columns,
 * rotated pages, scans, hostile files, allocation failures; and the layout
 * analysis alone on characters placed by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../parsers/pdf_layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PDFS FOI_SRCDIR "/fixtures/pdf"

static int read_pdf_file(struct foi_doc *doc, const char *path, const struct foi_limits *lim, struct foi_err *err)
{
    foi_err_clear(err);
    foi_doc_init(doc, path);
    return foi_read_file(doc, path, lim, err);
}

static void read_ok(struct foi_doc *doc, const char *name)
{
    char path[1024];
    struct foi_err err;
    snprintf(path, sizeof path, "%s/%s", PDFS, name);
    int rc = read_pdf_file(doc, path, NULL, &err);
    if (rc)
        fail_msg("%s: %s", name, err.message);
    assert_int_equal(doc->format, FOI_FMT_PDF);
}

/* The table as "a|b|c" rows joined by newlines, spanned copies marked ^. */
static char *grid(const struct foi_table *t)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int r = 0; r < t->nrows; r++) {
        for (int c = 0; c < t->ncols; c++) {
            const struct foi_cell *cell = foi_table_cell(t, r, c);
            foi_buf_printf(&b, "%s%s%s", c ? "|" : "", cell->text, (cell->flags & FOI_CELL_SPANNED) ? "^" : "");
        }
        if (r + 1 < t->nrows)
            foi_buf_addc(&b, '\n');
    }
    return foi_buf_detach(&b);
}

static void assert_grid(const struct foi_table *t, const char *want)
{
    char *g = grid(t);
    assert_string_equal(g, want);
    foi_free(g);
}

static int find_line(const struct foi_doc *doc, const char *text)
{
    for (int i = 0; i < doc->nlines; i++)
        if (!strcmp(doc->lines[i].text, text))
            return i;
    return -1;
}

/* ------------------------------------------------------------ words and lines */

static void test_words_and_lines(void **state)
{
    (void)state;
    struct foi_doc doc;
    read_ok(&doc, "words.pdf");
    assert_int_equal(doc.npages, 1);
    static const char *const want[] = {
        "Words and lines",
        "Our reference: 123/24",         /* a short line ends its paragraph */
        "Date: 1 May 2024",
        "Dismissed Final warning",       /* a 1 pt gap joins, 6 pt splits, a 0.4 pt baseline shift is one line */
        "Management action\xC2\xB9",     /* the raised small 1 is a superscript, not a count */
        "Total",                         /* a glyph drawn twice on itself, once */
        "The professional standards department completed the investi-gation of every allegation recorded "
        "in the year and the outcomes are given below for police officers and police staff together.",
        "\xE2\x80\xA2 Dismissed \xE2\x80\x93 3",
        "\xE2\x80\xA2 Written warning \xE2\x80\x93 2",
        "\xC2\xB9 Management action includes management advice.",
    };
    assert_int_equal(doc.nlines, (int)(sizeof want / sizeof *want));
    for (int i = 0; i < doc.nlines; i++) {
        assert_string_equal(doc.lines[i].text, want[i]);
        assert_int_equal(doc.lines[i].no, i + 1);
        assert_int_equal(doc.lines[i].page, 1);
    }
    assert_true(doc.lines[0].flags & FOI_LINE_HEADING);
    assert_false(doc.lines[1].flags & FOI_LINE_HEADING);
    assert_true(doc.lines[7].flags & FOI_LINE_BULLET);
    assert_true(doc.lines[8].flags & FOI_LINE_BULLET);
    assert_true(doc.lines[9].flags & FOI_LINE_FOOTNOTE);
    /* a paragraph's locator is the page and physical line it starts on */
    struct foi_arena a;
    foi_arena_init(&a, 0);
    assert_string_equal(foi_line_locator_in(&a, &doc, 6), "page 1 line 7");
    assert_string_equal(foi_line_locator_in(&a, &doc, 7), "page 1 line 10");
    foi_arena_release(&a);
    assert_int_equal(doc.ntables, 0);
    assert_int_equal(doc.nnotes, 0);
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ tables */

static void test_ruled_tables(void **state)
{
    (void)state;
    struct foi_doc doc;
    read_ok(&doc, "ruled.pdf");
    assert_int_equal(doc.ntables, 3);
    const struct foi_table *t = &doc.tables[0];
    /* merged cells from missing inner rules, filled like HTML spans */
    assert_grid(t, "Outcome|2022/23|2022/23^|2023/24|2023/24^|Total\n"
                   "Outcome^|Officers|Staff|Officers|Staff|Total^\n"
                   "Dismissed|1|2|3|4|10\n"
                   "Written warning|0|1|0|2|3\n"
                   "Total|1|3|3|6|13");
    assert_int_equal(t->header_rows, 2);   /* shaded and bold */
    assert_true(foi_table_cell(t, 0, 0)->flags & FOI_CELL_HEADER);
    assert_true(foi_table_cell(t, 4, 5)->flags & FOI_CELL_BOLD);
    assert_false(foi_table_cell(t, 2, 1)->flags & FOI_CELL_BOLD);
    assert_string_equal(t->caption, "Table 1: Allegations of sexual assault");
    assert_string_equal(t->heading, "Table 1: Allegations of sexual assault");
    assert_int_equal(t->page, 1);
    assert_int_equal(t->anchor_line, 1);
    assert_string_equal(foi_cell_locator(&doc, t, 2, 5), "page 1 table 1 row 3 col 6");
    /* a box round a note is no table; its text stays a line */
    assert_true(find_line(&doc, "This box is a note, not a table.") >= 0);
    /* rules drawn as thin filled rectangles */
    assert_grid(&doc.tables[1], "Outcome|Number\nDismissed|4\nTotal|4");
    assert_int_equal(doc.tables[1].header_rows, 1);
    /* a plain grid: its header rows are the leading rows over the figures
     * that hold no count (the years are no counts) */
    assert_grid(&doc.tables[2], "Category|Officers|Officers^|Staff|Staff^\n"
                                "Category^|2021/22|2022/23|2021/22|2022/23\n"
                                "Sexual assault|1|2|3|4\n"
                                "Sexual harassment|5|6|7|8");
    assert_int_equal(doc.tables[2].header_rows, 2);
    foi_doc_release(&doc);
}

static void test_unruled_tables(void **state)
{
    (void)state;
    struct foi_doc doc;
    read_ok(&doc, "unruled.pdf");
    assert_int_equal(doc.ntables, 2);
    /* a header over two lines joined; a label wrapped onto a second line joined
     * to its row (the figures are on its first line) */
    assert_grid(&doc.tables[0], "Allegation type|Dismissed|Final written warning|Total\n"
                                "Sexual assault|1|0|1\n"
                                "Abuse of position for a sexual purpose|3|1|4\n"
                                "Domestic abuse|2|2|4");
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_string_equal(doc.tables[0].heading, "Police officers");
    /* a year centred over two columns spans them: its own header row */
    assert_grid(&doc.tables[1], "|2022/23|2022/23^|2023/24|2023/24^\n"
                                "Outcome|Officers|Staff|Officers|Staff\n"
                                "Dismissed|2|1|3|0\n"
                                "No case to answer|4|2|5|1");
    assert_int_equal(doc.tables[1].header_rows, 2);
    /* telephone numbers in an address are not a table */
    assert_true(find_line(&doc, "Telephone 0303 123 1113") >= 0);
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ pages */

static void test_tables_across_pages(void **state)
{
    (void)state;
    struct foi_doc doc;
    read_ok(&doc, "pages.pdf");
    assert_int_equal(doc.npages, 4);
    assert_int_equal(doc.ntables, 2);
    /* a ruled table over pages 1 and 2, its header repeated on page 2: one
     * table, the repeat dropped, each row on its own page */
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->nrows, 32);
    assert_int_equal(t->header_rows, 1);
    assert_string_equal(foi_table_cell(t, 28, 0)->text, "Row 28");
    assert_int_equal(t->row_page[28], 1);
    assert_string_equal(foi_table_cell(t, 29, 0)->text, "Row 29");
    assert_int_equal(t->row_page[29], 2);
    assert_string_equal(foi_table_cell(t, 31, 1)->text, "465");
    assert_string_equal(foi_cell_locator(&doc, t, 31, 1), "page 2 table 1 row 32 col 2");
    for (int r = 1; r < t->nrows; r++)
        assert_string_not_equal(foi_table_cell(t, r, 0)->text, "Outcome");
    /* an unruled table over pages 3 and 4, header repeated */
    t = &doc.tables[1];
    assert_int_equal(t->page, 3);
    assert_grid(t, "Outcome|Officers|Staff\nDismissed|1|0\nWritten warning|2|1\nNo case to answer|3|2\n"
                   "Reflective practice|4|3\nOngoing|5|4\nWithdrawn|6|5\nTotal|21|15");
    assert_int_equal(t->row_page[6], 4);
    /* a paragraph running over the page break is one line, from page 2 */
    int i = find_line(&doc, "A paragraph that runs on to the next page begins here near the foot of the page. "
                            "Its lines fill the width of the text block, so a reader can tell that the sentence "
                            "at the foot of the page carries on over the page break and ends at the top of the "
                            "next page.");
    assert_true(i >= 0);
    assert_int_equal(doc.lines[i].page, 2);
    foi_doc_release(&doc);
}

static void test_furniture(void **state)
{
    (void)state;
    struct foi_doc doc;
    read_ok(&doc, "pages.pdf");
    /* the running header and footer, page numbers and markings are set apart */
    assert_int_equal(doc.nfurniture, 16);
    assert_string_equal(doc.furniture[0].loc, "page 1 header");
    assert_string_equal(doc.furniture[0].text, "OFFICIAL");
    assert_string_equal(doc.furniture[2].loc, "page 1 footer");
    assert_string_equal(doc.furniture[2].text, "Page 1 of 4");
    for (int i = 0; i < doc.nlines; i++) {
        assert_null(strstr(doc.lines[i].text, "OFFICIAL"));
        assert_null(strstr(doc.lines[i].text, "Page "));
        assert_null(strstr(doc.lines[i].text, "Example Constabulary"));
    }
    foi_doc_release(&doc);

    /* a browser's print header (date and title) and footer (address, 1/2),
     * and a lone number at the foot of the page */
    read_ok(&doc, "browser.pdf");
    assert_int_equal(doc.nlines, 3);
    assert_string_equal(doc.lines[0].text, "Disclosure 0042/24");
    assert_string_equal(doc.lines[2].text, "The answer ends on the second page.");
    assert_int_equal(doc.nfurniture, 6);
    assert_string_equal(doc.furniture[0].text, "12/3/26, 3:53 PM Disclosure 0042/24 | Example Constabulary");
    assert_string_equal(doc.furniture[1].text, "7");
    assert_string_equal(doc.furniture[2].text, "https://www.example.police.uk/foi/disclosure-log/0042-24 1/2");
    foi_doc_release(&doc);
}

static void test_reading_order(void **state)
{
    (void)state;
    struct foi_doc doc;
    read_ok(&doc, "columns.pdf");
    /* the left column, then the right one, then what runs across below */
    assert_int_equal(doc.nlines, 4);
    assert_string_equal(doc.lines[0].text, "Two columns");
    assert_non_null(strstr(doc.lines[1].text, "The left column opens the letter."));
    assert_non_null(strstr(doc.lines[1].text, "right column of the page."));
    assert_non_null(strstr(doc.lines[2].text, "The right column comes second."));
    assert_non_null(strstr(doc.lines[2].text, "read nonsense."));
    assert_string_equal(doc.lines[3].text, "A closing line across the whole page, below both columns, comes last.");
    foi_doc_release(&doc);

    /* a landscape page and a portrait page turned with /Rotate */
    read_ok(&doc, "rotated.pdf");
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Outcome|2019/20|2020/21|2021/22|2022/23|2023/24|Total\nDismissed|1|2|3|4|5|15");
    assert_int_equal(doc.nlines, 3);
    assert_string_equal(doc.lines[1].text, "Rotated page");
    assert_int_equal(doc.lines[1].page, 2);
    assert_string_equal(doc.lines[2].text, "This line reads across the turned page.");
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ scans and bad files */

static void test_scans(void **state)
{
    (void)state;
    struct foi_doc doc;
    read_ok(&doc, "scan.pdf");
    assert_int_equal(doc.nlines, 0);
    assert_int_equal(doc.ntables, 0);
    const struct foi_doc_note *n = foi_doc_fatal_note(&doc);
    assert_non_null(n);
    assert_string_equal(n->code, "no_text_layer");
    assert_non_null(strstr(n->message, "page 1 is only an image (a scan)"));
    foi_doc_release(&doc);

    /* a typed letter with a scanned second page: read, the page named */
    read_ok(&doc, "mixed.pdf");
    assert_null(foi_doc_fatal_note(&doc));
    assert_int_equal(doc.nnotes, 1);
    assert_string_equal(doc.notes[0].code, "no_text_layer");
    assert_int_equal(doc.notes[0].severity, FOI_NOTE_WARNING);
    assert_non_null(strstr(doc.notes[0].message, "page 2 is only an image"));
    assert_int_equal(doc.nlines, 1);
    foi_doc_release(&doc);
}

static void test_bad_files(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_pdf_file(&doc, FOI_SRCDIR "/fixtures/bad/encrypted.pdf", NULL, &err), FOI_EPARSE);
    assert_string_equal(err.message, "encrypted PDF: it needs a password to open; not read");
    foi_doc_release(&doc);
    assert_int_equal(read_pdf_file(&doc, FOI_SRCDIR "/fixtures/bad/encrypted-owner-only.pdf", NULL, &err), 0);
    assert_int_equal(doc.nlines, 1);
    foi_doc_release(&doc);
    assert_int_equal(read_pdf_file(&doc, FOI_SRCDIR "/fixtures/bad/page-bomb.pdf", NULL, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "the PDF has 100000 pages, over the 2000-page limit");
    foi_doc_release(&doc);
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_pages = 3;
    assert_int_equal(read_pdf_file(&doc, PDFS "/pages.pdf", &lim, &err), FOI_ELIMIT);
    foi_doc_release(&doc);
    assert_int_equal(read_pdf_file(&doc, FOI_SRCDIR "/fixtures/bad/damaged-xref.pdf", NULL, &err), 0);
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Allegations of sexual assault: 3");
    assert_int_equal(doc.nnotes, 1);
    assert_non_null(strstr(doc.notes[0].message, "cross-reference table was rebuilt"));
    foi_doc_release(&doc);
    assert_int_equal(read_pdf_file(&doc, FOI_SRCDIR "/fixtures/bad/giant-image.pdf", NULL, &err), 0);
    assert_int_equal(doc.nlines, 1);
    foi_doc_release(&doc);
    assert_int_equal(read_pdf_file(&doc, FOI_SRCDIR "/fixtures/bad/deep-forms.pdf", NULL, &err), FOI_EPARSE);
    assert_non_null(strstr(err.message, "page 1 could not be read"));
    foi_doc_release(&doc);
    /* bytes that start like a PDF and are not one */
    static const char junk[] = "%PDF-1.4\nnothing here\n";
    foi_err_clear(&err);
    foi_doc_init(&doc, "junk.pdf");
    int rc = foi_read_bytes(&doc, junk, sizeof junk - 1, NULL, &err);
    assert_true(rc == FOI_EPARSE || (rc == 0 && foi_doc_fatal_note(&doc)));
    foi_doc_release(&doc);
}

/* Every Nth allocation failing (dense, then sampled): a clean FOI_ENOMEM or
 * the same document, never a crash or a leak. */
static void test_alloc_faults(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    read_ok(&doc, "unruled.pdf");
    int want_lines = doc.nlines, want_tables = doc.ntables;
    char *want_grid = grid(&doc.tables[1]);
    foi_doc_release(&doc);
    int done = 0;
    for (long n = 1; !done; n = n < 200 ? n + 1 : n + n / 25) {
        assert_true(n < 10000000);
        foi_alloc_fail_after(n);
        int rc = read_pdf_file(&doc, PDFS "/unruled.pdf", NULL, &err);
        int injected = foi_alloc_count() >= n;
        foi_alloc_fail_after(0);
        if (rc) {
            if (rc != FOI_ENOMEM)
                fail_msg("allocation %ld failing gave %d (%s)", n, rc, err.message);
            assert_true(injected);
        } else {
            assert_int_equal(doc.nlines, want_lines);
            assert_int_equal(doc.ntables, want_tables);
            char *g = grid(&doc.tables[1]);
            assert_string_equal(g, want_grid);
            foi_free(g);
            done = !injected;
        }
        foi_doc_release(&doc);
    }
    foi_free(want_grid);
}

/* ------------------------------------------------------------ the layout alone */


/* Characters of s, 5 points wide each at size 10, from x on baseline y. */
static float put(struct foi_pdf_page *p, const char *s, float x, float y, float size, unsigned flags)
{
    float w = size * 0.5f;
    for (; *s; s++) {
        struct foi_pdf_char c = { (uint32_t)(unsigned char)*s, x, y - size * 0.7f, x + w, y + size * 0.2f, y,
                                  size, flags | (*s == ' ' ? PDF_CH_SPACE : 0), p->nch };
        assert_int_equal(foi_pdf_add_char(p, &c), 0);
        x += w;
    }
    return x;
}

static void layout(struct foi_doc *doc, struct foi_pdf_page *pages, int n)
{
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(doc, "synthetic.pdf");
    doc->format = FOI_FMT_PDF;
    struct foi_limits lim;
    foi_limits_default(&lim);
    assert_int_equal(foi_pdf_layout(doc, pages, n, "", &lim, &err), 0);
}

/* A bold line that is a period alone ("2022/23") heads the prose under it;
 * a bold number that is no period is no heading. */
static void test_layout_period_heading(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "2022/23", 60, 100, 10, PDF_CH_BOLD);
    put(&pg, "Two allegations were recorded.", 60, 125, 10, 0);
    put(&pg, "1482", 60, 150, 10, PDF_CH_BOLD);
    put(&pg, "More text follows here.", 60, 175, 10, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.nlines, 4);
    assert_string_equal(doc.lines[0].text, "2022/23");
    assert_true(doc.lines[0].flags & FOI_LINE_HEADING);
    assert_false(doc.lines[1].flags & FOI_LINE_HEADING);
    assert_string_equal(doc.lines[2].text, "1482");
    assert_false(doc.lines[2].flags & FOI_LINE_HEADING);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* An unruled table whose last row's label wraps with its figures on the
 * label's second line ("Abuse of position for a sexual" / "purpose 6 1"),
 * rows padded apart: the row is the whole label and its figures. */
static void test_layout_label_over_figures(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "Allegation type", 60, 100, 9, PDF_CH_BOLD);
    put(&pg, "Dismissed", 250, 100, 9, PDF_CH_BOLD);
    put(&pg, "Ongoing", 330, 100, 9, PDF_CH_BOLD);
    put(&pg, "Sexual assault", 60, 116.8f, 9, 0);
    put(&pg, "5", 270, 116.8f, 9, 0);
    put(&pg, "3", 345, 116.8f, 9, 0);
    put(&pg, "Sexual harassment", 60, 133.6f, 9, 0);
    put(&pg, "2", 270, 133.6f, 9, 0);
    put(&pg, "8", 345, 133.6f, 9, 0);
    put(&pg, "Abuse of position for a sexual", 60, 150.4f, 9, 0);
    put(&pg, "purpose", 60, 161.2f, 9, 0);
    put(&pg, "6", 270, 161.2f, 9, 0);
    put(&pg, "1", 345, 161.2f, 9, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Allegation type|Dismissed|Ongoing\nSexual assault|5|3\nSexual harassment|2|8\n"
                                "Abuse of position for a sexual purpose|6|1");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
    /* the same, set close: the line above "purpose" is still its label's */
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "Allegation type", 60, 100, 9, PDF_CH_BOLD);
    put(&pg, "Dismissed", 250, 100, 9, PDF_CH_BOLD);
    put(&pg, "Ongoing", 330, 100, 9, PDF_CH_BOLD);
    put(&pg, "Sexual assault", 60, 111, 9, 0);
    put(&pg, "5", 270, 111, 9, 0);
    put(&pg, "3", 345, 111, 9, 0);
    put(&pg, "Sexual harassment", 60, 122, 9, 0);
    put(&pg, "2", 270, 122, 9, 0);
    put(&pg, "8", 345, 122, 9, 0);
    put(&pg, "Abuse of position for a sexual", 60, 133, 9, 0);
    put(&pg, "purpose", 60, 144, 9, 0);
    put(&pg, "6", 270, 144, 9, 0);
    put(&pg, "1", 345, 144, 9, 0);
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Allegation type|Dismissed|Ongoing\nSexual assault|5|3\nSexual harassment|2|8\n"
                                "Abuse of position for a sexual purpose|6|1");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* s centred on x (put's 0.5 em characters). */
static void put_centre(struct foi_pdf_page *p, const char *s, float x, float y, float size, unsigned flags)
{
    put(p, s, x - size * 0.25f * (float)strlen(s), y, size, flags);
}

/* A header band of heads centred on different numbers of lines (a Word
 * table's header row, each cell's text centred up and down): "Outcome" and
 * "VAWG" on one line, "Sexual" / "assault" on two set between, and "Abuse
 * of" / "position for" / "a sexual" / "purpose" on four, its first line a
 * whole leading above the band's other lines. The head's first line is
 * the table's, not a heading above it (round 31). */
static void test_layout_band_with_tall_head(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float cx[] = { 0, 230, 300, 370 };
    static const char *const heads[4][4] = {
        { "Outcome", NULL }, { "Sexual", "assault", NULL },
        { "Abuse of", "position for", "a sexual", "purpose" }, { "VAWG", NULL } };
    put(&pg, "Table 2: allegations recorded 2024-25", 60, 80, 9, PDF_CH_BOLD);
    for (int c = 0; c < 4; c++) {
        int n = 0;
        while (n < 4 && heads[c][n])
            n++;
        for (int k = 0; k < n; k++) {
            float y = 125 - 5.0f * (float)(n - 1) + 10.0f * (float)k;
            if (c == 0)
                put(&pg, heads[c][k], 60, y, 8, PDF_CH_BOLD);
            else
                put_centre(&pg, heads[c][k], cx[c], y, 8, PDF_CH_BOLD);
        }
    }
    static const char *const labels[] = { "Dismissed", "Written warning", "No case to answer", "Total" };
    static const char *const vals[4][3] = { { "2", "0", "1" }, { "3", "1", "0" }, { "5", "2", "4" },
                                            { "10", "3", "5" } };
    for (int r = 0; r < 4; r++) {
        put(&pg, labels[r], 60, 158 + 16.0f * (float)r, 8, 0);
        for (int c = 1; c < 4; c++)
            put_centre(&pg, vals[r][c - 1], cx[c], 158 + 16.0f * (float)r, 8, 0);
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Outcome|Sexual assault|Abuse of position for a sexual purpose|VAWG\n"
                                "Dismissed|2|0|1\nWritten warning|3|1|0\nNo case to answer|5|2|4\nTotal|10|3|5");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* s right-aligned to end at x (put's 0.5 em characters). */
static void put_right(struct foi_pdf_page *p, const char *s, float x, float y, float size, unsigned flags)
{
    put(p, s, x - size * 0.5f * (float)strlen(s), y, size, flags);
}

/* Column heads wrapped onto three to six lines at one leading, set flush
 * right over counts set right, the rows under them unruled: one table whose
 * heads are each column's lines read top-down (the header lines, four words
 * a side, are no two columns of running text, and a head's fourth to sixth
 * lines are the table's, not lines above it). A two-line header where one
 * head has one line ("Police staff" beside "Police / officers") gives that
 * head its own column. */
static void test_layout_wrapped_heads(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 842, pg.h = 595;
    static const float right[] = { 250, 320, 390, 460, 530, 600 };
    static const char *const heads[6][6] = {
        { "Sexual", "assault", "(police", "officers)", NULL },
        { "Sexual", "assault", "(police staff)", NULL },
        { "Abuse of", "position for a", "sexual", "purpose", "(police", "officers)" },
        { "Abuse of", "position for a", "sexual", "purpose", "(police staff)", NULL },
        { "Violence", "against women", "(police", "officers)", NULL },
        { "Violence", "against women", "(police staff)", NULL },
    };
    put(&pg, "Table 1: outcomes of allegations recorded in 2023/24", 60, 80, 10, PDF_CH_BOLD);
    put(&pg, "Outcome", 60, 100, 8, PDF_CH_BOLD);
    for (int c = 0; c < 6; c++)
        for (int k = 0; k < 6 && heads[c][k]; k++)
            put_right(&pg, heads[c][k], right[c], 100 + 10.0f * (float)k, 8, PDF_CH_BOLD);
    static const char *const labels[] = { "Dismissed", "Written warning", "No case to answer", "Total" };
    static const char *const vals[4][6] = { { "1", "0", "2", "0", "3", "1" }, { "4", "2", "0", "1", "0", "2" },
                                            { "0", "3", "1", "1", "2", "0" }, { "5", "5", "3", "2", "5", "3" } };
    for (int r = 0; r < 4; r++) {
        put(&pg, labels[r], 60, 170 + 12.0f * (float)r, 8, 0);
        for (int c = 0; c < 6; c++)
            put_right(&pg, vals[r][c], right[c], 170 + 12.0f * (float)r, 8, 0);
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0],
                "Outcome|Sexual assault (police officers)|Sexual assault (police staff)|"
                "Abuse of position for a sexual purpose (police officers)|"
                "Abuse of position for a sexual purpose (police staff)|"
                "Violence against women (police officers)|Violence against women (police staff)\n"
                "Dismissed|1|0|2|0|3|1\nWritten warning|4|2|0|1|0|2\nNo case to answer|0|3|1|1|2|0\n"
                "Total|5|5|3|2|5|3");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);

    memset(&pg, 0, sizeof pg);
    pg.w = 842, pg.h = 595;
    put(&pg, "Allegation type", 60, 100, 8, PDF_CH_BOLD);
    put_right(&pg, "Police", 330, 100, 8, PDF_CH_BOLD);
    put_right(&pg, "officers", 330, 109, 8, PDF_CH_BOLD);
    put_right(&pg, "Police staff", 390, 100, 8, PDF_CH_BOLD);
    put_right(&pg, "Officers and", 450, 100, 8, PDF_CH_BOLD);
    put_right(&pg, "staff", 450, 109, 8, PDF_CH_BOLD);
    static const char *const rows2[3][4] = { { "Sexual assault", "6", "2", "8" }, { "Sexual harassment", "4", "3", "7" },
                                             { "Sexual misconduct", "1", "5", "6" } };
    static const float r2[] = { 0, 330, 390, 450 };
    for (int r = 0; r < 3; r++) {
        put(&pg, rows2[r][0], 60, 124 + 12.0f * (float)r, 8, 0);
        for (int c = 1; c < 4; c++)
            put_right(&pg, rows2[r][c], r2[c], 124 + 12.0f * (float)r, 8, 0);
    }
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Allegation type|Police officers|Police staff|Officers and staff\n"
                                "Sexual assault|6|2|8\nSexual harassment|4|3|7\nSexual misconduct|1|5|6");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);

    /* a year over two columns above heads wrapped onto four lines: no
     * column's head alone (the three lines nearest the figures are read,
     * as before wrapped heads were) */
    memset(&pg, 0, sizeof pg);
    pg.w = 842, pg.h = 595;
    static const float r3[] = { 0, 300, 370, 440, 510 };
    put(&pg, "Type", 60, 100, 8, PDF_CH_BOLD);
    put(&pg, "2023/24", 299, 100, 8, PDF_CH_BOLD);
    put(&pg, "2024/25", 439, 100, 8, PDF_CH_BOLD);
    static const char *const h3[2][4] = { { "Allegations", "against", "police", "officers" },
                                          { "Allegations", "against", "police", "staff" } };
    for (int c = 1; c < 5; c++)
        for (int k = 0; k < 4; k++)
            put_right(&pg, h3[(c - 1) % 2][k], r3[c], 110 + 10.0f * (float)k, 8, PDF_CH_BOLD);
    static const char *const rows3[2][5] = { { "Sexual assault", "3", "1", "4", "2" },
                                             { "Sexual harassment", "5", "0", "6", "1" } };
    for (int r = 0; r < 2; r++) {
        put(&pg, rows3[r][0], 60, 160 + 12.0f * (float)r, 8, 0);
        for (int c = 1; c < 5; c++)
            put_right(&pg, rows3[r][c], r3[c], 160 + 12.0f * (float)r, 8, 0);
    }
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    char *gr = grid(&doc.tables[0]);
    assert_null(strstr(gr, "2023/24"));
    assert_null(strstr(gr, "2024/25"));
    foi_free(gr);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A label running on under the next cell's text (drawn first, then
 * "Dismissed" drawn over its tail): each text keeps its own words, in the
 * order drawn, and the label no longer closes the gap between the label and
 * outcome columns; without that the two columns were one and the row read
 * "... sexual purposDeismissed". */
static void test_layout_overdrawn_label(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "Type", 60, 100, 9, PDF_CH_BOLD);
    put(&pg, "Outcome", 225, 100, 9, PDF_CH_BOLD);
    put(&pg, "Officers", 320, 100, 9, PDF_CH_BOLD);
    put(&pg, "Staff", 390, 100, 9, PDF_CH_BOLD);
    put(&pg, "Sexual assault", 60, 114, 9, 0);
    put(&pg, "Dismissed", 225, 114, 9, 0);
    put(&pg, "3", 330, 114, 9, 0);
    put(&pg, "1", 400, 114, 9, 0);
    put(&pg, "Written warning", 225, 128, 9, 0);
    put(&pg, "2", 330, 128, 9, 0);
    put(&pg, "0", 400, 128, 9, 0);
    put(&pg, "Abuse of position for a sexual purpose", 60, 142, 9, 0);   /* ends at 231 */
    put(&pg, "Dismissed", 225, 142, 9, 0);
    put(&pg, "4", 330, 142, 9, 0);
    put(&pg, "1", 400, 142, 9, 0);
    put(&pg, "Written warning", 225, 156, 9, 0);
    put(&pg, "1", 330, 156, 9, 0);
    put(&pg, "0", 400, 156, 9, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Type|Outcome|Officers|Staff\nSexual assault|Dismissed|3|1\n|Written warning|2|0\n"
                                "Abuse of position for a sexual purpose|Dismissed|4|1\n|Written warning|1|0");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
    /* text set tight but drawn left to right (kerning) is one word */
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    float x = put(&pg, "Wa", 100, 200, 10, 0);
    put(&pg, "ter", x - 1.0f, 200, 10, 0);
    layout(&doc, &pg, 1);
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Water");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

static void test_layout_words(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    /* gaps: 1.5 pt (0.15 em) joins, 2.5 pt (0.25 em) splits */
    float x = put(&pg, "ab", 100, 200, 10, 0);
    x = put(&pg, "cd", x + 1.5f, 200, 10, 0);
    put(&pg, "ef", x + 2.5f, 200, 10, 0);
    /* baselines 1.5 pt apart (0.15 em) are one line, drawn out of order */
    put(&pg, "right", 300, 251.5f, 10, 0);
    put(&pg, "left", 100, 250, 10, 0);
    /* a raised small 2 after a word: a superscript of that line */
    x = put(&pg, "label", 100, 300, 10, 0);
    put(&pg, "2", x + 0.5f, 296.5f, 6, 0);
    /* a ligature's letters at one place come out in the order drawn */
    struct foi_pdf_char f1 = { 'f', 100, 343, 106, 352, 350, 10, 0, pg.nch };
    assert_int_equal(foi_pdf_add_char(&pg, &f1), 0);
    struct foi_pdf_char f2 = { 'i', 106, 343, 106, 352, 350, 10, 0, pg.nch };
    assert_int_equal(foi_pdf_add_char(&pg, &f2), 0);
    struct foi_pdf_char f3 = { 'x', 105.99f, 343, 111, 352, 350, 10, 0, pg.nch };   /* a hair left of the i */
    assert_int_equal(foi_pdf_add_char(&pg, &f3), 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.nlines, 4);
    assert_string_equal(doc.lines[0].text, "abcd ef");
    assert_string_equal(doc.lines[1].text, "left right");
    assert_string_equal(doc.lines[2].text, "label\xC2\xB2");
    assert_string_equal(doc.lines[3].text, "fix");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

static void test_layout_justified_prose(void **state)
{
    (void)state;
    /* two justified lines whose wide, even gaps put a number under a number:
     * prose, not a table; the same numbers after a label in a table row are */
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const char *const l1[] = { "there", "were", "12", "cases", "in", "all" };
    static const char *const l2[] = { "while", "some", "14", "other", "ones", "too" };
    float x = 60;
    for (int i = 0; i < 6; i++)
        x = put(&pg, l1[i], x, 100, 10, 0) + 12;
    x = 60;
    for (int i = 0; i < 6; i++)
        x = put(&pg, l2[i], x, 113, 10, 0) + 12;
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 0);
    assert_int_equal(doc.nlines, 1);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);

    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "Written warning", 60, 100, 10, 0);
    put(&pg, "12", 200, 100, 10, 0);
    put(&pg, "3", 260, 100, 10, 0);
    put(&pg, "No case to answer", 60, 113, 10, 0);
    put(&pg, "14", 200, 113, 10, 0);
    put(&pg, "5", 260, 113, 10, 0);
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Written warning|12|3\nNo case to answer|14|5");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A paragraph that runs on from the foot of page 1 over two lines at the
 * top of page 2 is one paragraph: after its first line on page 2 joins it,
 * the next line is read against that line, on that page (before, the page
 * of the paragraph's first line was taken, and the second line on page 2
 * started a paragraph of its own: "warning; two were ..."). A gap after it
 * still ends it (round 45b, blind45 Staffordshire). */
static void test_layout_paragraph_over_a_page_break(void **state)
{
    (void)state;
    static const char *const p1[] = { "The force recorded nine allegations of sexual harassment in 2025 and",
                                      "of these two resulted in dismissal and three resulted in a written" };
    static const char *const p2[] = { "warning after a misconduct meeting while two were still ongoing and",
                                      "the remaining two were found to have no case to answer in the end." };
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 810, 10, 0);
    }
    put(&pg[0], "Dear Requester,", 60, 700, 10, 0);
    for (int i = 0; i < 2; i++)
        put(&pg[0], p1[i], 60, 740 + 13 * (float)i, 10, 0);
    for (int i = 0; i < 2; i++)
        put(&pg[1], p2[i], 60, 60 + 13 * (float)i, 10, 0);
    put(&pg[1], "Yours sincerely,", 60, 120, 10, 0);
    struct foi_doc doc;
    layout(&doc, pg, 2);
    char want[512];
    snprintf(want, sizeof want, "%s %s %s %s", p1[0], p1[1], p2[0], p2[1]);
    int k = find_line(&doc, want);
    if (k < 0) {
        for (int i = 0; i < doc.nlines; i++)
            fprintf(stderr, "line %d: %s\n", i, doc.lines[i].text);
        fail_msg("the paragraph over the page break is not one line");
    }
    assert_string_equal(doc.lines[k].loc, "page 1 line 2");
    assert_true(find_line(&doc, "Yours sincerely,") > k);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

static void test_layout_furniture_and_join(void **state)
{
    (void)state;
    /* two pages: a footer "Page n of 2" and a marking; a table of figures
     * aligned in columns at the foot of page 1 runs on at the top of page 2 */
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], "OFFICIAL", 270, 30, 10, PDF_CH_BOLD);
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 810, 10, 0);
    }
    put(&pg[0], "Outcome", 100, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "Number", 300, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "Dismissed", 100, 720, 10, 0);
    put(&pg[0], "3", 300, 720, 10, 0);
    put(&pg[0], "Withdrawn", 100, 740, 10, 0);
    put(&pg[0], "1", 300, 740, 10, 0);
    put(&pg[1], "Ongoing", 100, 80, 10, 0);
    put(&pg[1], "2", 300, 80, 10, 0);
    put(&pg[1], "Total", 100, 100, 10, 0);
    put(&pg[1], "6", 300, 100, 10, 0);
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.nlines, 0);
    assert_int_equal(doc.nfurniture, 4);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Outcome|Number\nDismissed|3\nWithdrawn|1\nOngoing|2\nTotal|6");
    assert_int_equal(doc.tables[0].row_page[3], 2);
    assert_string_equal(foi_cell_locator(&doc, &doc.tables[0], 4, 1), "page 2 table 1 row 5 col 2");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* A table carried on to the next page under a caption saying so ("Table 3
 * (continued)"), a note under the first part saying so too ("(continued
 * overleaf)"), its header not repeated: one table; a caption that does not
 * say so ("Table 4: Hearings") keeps the second table apart. */
static void test_layout_continued_caption(void **state)
{
    (void)state;
    for (int cont = 0; cont < 2; cont++) {
        struct foi_pdf_page pg[2];
        memset(pg, 0, sizeof pg);
        for (int p = 0; p < 2; p++) {
            pg[p].w = 595, pg[p].h = 842;
            put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 810, 10, 0);
        }
        put(&pg[0], "Year", 100, 680, 10, PDF_CH_BOLD);
        put(&pg[0], "Outcome", 180, 680, 10, PDF_CH_BOLD);
        put(&pg[0], "Officers", 330, 680, 10, PDF_CH_BOLD);
        put(&pg[0], "Staff", 410, 680, 10, PDF_CH_BOLD);
        put(&pg[0], "2023", 100, 700, 10, 0);
        put(&pg[0], "Dismissed", 180, 700, 10, 0);
        put(&pg[0], "3", 345, 700, 10, 0);
        put(&pg[0], "1", 420, 700, 10, 0);
        put(&pg[0], "2023", 100, 720, 10, 0);
        put(&pg[0], "Withdrawn", 180, 720, 10, 0);
        put(&pg[0], "2", 345, 720, 10, 0);
        put(&pg[0], "0", 420, 720, 10, 0);
        if (cont)
            put(&pg[0], "(continued overleaf)", 100, 745, 9, 0);
        put(&pg[1], cont ? "Table 3 (continued)" : "Table 4: Hearings", 100, 60, 10, PDF_CH_BOLD);
        put(&pg[1], "2024", 100, 80, 10, 0);
        put(&pg[1], "Dismissed", 180, 80, 10, 0);
        put(&pg[1], "4", 345, 80, 10, 0);
        put(&pg[1], "2", 420, 80, 10, 0);
        put(&pg[1], "2024", 100, 100, 10, 0);
        put(&pg[1], "Withdrawn", 180, 100, 10, 0);
        put(&pg[1], "1", 345, 100, 10, 0);
        put(&pg[1], "5", 420, 100, 10, 0);
        struct foi_doc doc;
        layout(&doc, pg, 2);
        assert_int_equal(doc.ntables, cont ? 1 : 2);
        if (cont) {
            assert_grid(&doc.tables[0], "Year|Outcome|Officers|Staff\n2023|Dismissed|3|1\n2023|Withdrawn|2|0\n"
                                        "2024|Dismissed|4|2\n2024|Withdrawn|1|5");
            assert_string_equal(foi_cell_locator(&doc, &doc.tables[0], 3, 2), "page 2 table 1 row 4 col 3");
        }
        foi_doc_release(&doc);
        foi_pdf_page_release(&pg[0]);
        foi_pdf_page_release(&pg[1]);
    }
}

/* Round 35b: two ruled tables set out alike, the first under "Police
 * officers" with its column heads, the second on the next page under
 * "Police staff" printed without them (the same rules at the same x): the
 * second takes the first's header row and keeps its own heading. Rules set
 * 12 points further right (columns not lining up exactly) borrow nothing. */
static void test_layout_headerless_table_borrows_header(void **state)
{
    (void)state;
    for (int shift = 0; shift < 2; shift++) {
        struct foi_pdf_page pg[2];
        memset(pg, 0, sizeof pg);
        for (int p = 0; p < 2; p++) {
            pg[p].w = 595, pg[p].h = 842;
            put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 810, 10, 0);
        }
        static const char *const heads[] = { "Year", "Assault", "Harassment", "Total" };
        static const char *const years[] = { "2023", "2024", "2025" };
        static const float xs[] = { 90, 200, 300, 400, 480 };
        put(&pg[0], "Police officers", 90, 100, 12, PDF_CH_BOLD);
        for (int i = 0; i < 5; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[0], xs[i], 120, xs[i], 200), 0);
        for (int i = 0; i < 5; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[0], xs[0], 120 + 20 * (float)i, xs[4], 120 + 20 * (float)i), 0);
        for (int c = 0; c < 4; c++)
            put(&pg[0], heads[c], xs[c] + 5, 135, 10, PDF_CH_BOLD);
        for (int r = 0; r < 3; r++) {
            char v[8];
            put(&pg[0], years[r], xs[0] + 5, 155 + 20 * (float)r, 10, 0);
            for (int c = 1; c < 4; c++) {
                snprintf(v, sizeof v, "%d", r + c * 2);
                put(&pg[0], v, xs[c] + 5, 155 + 20 * (float)r, 10, 0);
            }
        }
        put(&pg[0], "The figures for police staff are on the next page.", 90, 240, 10, 0);
        put(&pg[1], "Police staff", 90, 100, 12, PDF_CH_BOLD);
        float dx = shift ? 12 : 0;
        for (int i = 0; i < 5; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[1], xs[i] + dx, 120, xs[i] + dx, 180), 0);
        for (int i = 0; i < 4; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[1], xs[0] + dx, 120 + 20 * (float)i, xs[4] + dx,
                                              120 + 20 * (float)i), 0);
        for (int r = 0; r < 3; r++) {
            char v[8];
            put(&pg[1], years[r], xs[0] + dx + 5, 135 + 20 * (float)r, 10, 0);
            for (int c = 1; c < 4; c++) {
                snprintf(v, sizeof v, "%d", 10 + r + c);
                put(&pg[1], v, xs[c] + dx + 5, 135 + 20 * (float)r, 10, 0);
            }
        }
        struct foi_doc doc;
        layout(&doc, pg, 2);
        assert_int_equal(doc.ntables, 2);
        assert_string_equal(doc.tables[1].heading, "Police staff");
        if (!shift) {
            assert_grid(&doc.tables[1], "Year|Assault|Harassment|Total\n2023|11|12|13\n2024|12|13|14\n"
                                        "2025|13|14|15");
            assert_int_equal(doc.tables[1].header_rows, 1);
        } else {
            assert_grid(&doc.tables[1], "2023|11|12|13\n2024|12|13|14\n2025|13|14|15");
            assert_int_equal(doc.tables[1].header_rows, 0);
        }
        foi_doc_release(&doc);
        foi_pdf_page_release(&pg[0]);
        foi_pdf_page_release(&pg[1]);
    }
}

/* A table row near the foot of the page that starts with a financial year
 * ("2024/25  Dismissed  2  0") is a row, not a page number "2024/25" (page n
 * of m never has n past m); "2/3" alone there still is one. */
static void test_layout_year_is_no_page_number(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "Year", 100, 730, 10, PDF_CH_BOLD);
    put(&pg, "Outcome", 180, 730, 10, PDF_CH_BOLD);
    put(&pg, "Officers", 330, 730, 10, PDF_CH_BOLD);
    put(&pg, "Staff", 410, 730, 10, PDF_CH_BOLD);
    put(&pg, "2024/25", 100, 752, 10, 0);
    put(&pg, "Withdrawn", 180, 752, 10, 0);
    put(&pg, "1", 345, 752, 10, 0);
    put(&pg, "5", 420, 752, 10, 0);
    put(&pg, "2024/25", 100, 774, 10, 0);
    put(&pg, "Dismissed", 180, 774, 10, 0);
    put(&pg, "2", 345, 774, 10, 0);
    put(&pg, "0", 420, 774, 10, 0);
    put(&pg, "2/3", 290, 815, 10, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Year|Outcome|Officers|Staff\n2024/25|Withdrawn|1|5\n2024/25|Dismissed|2|0");
    assert_int_equal(doc.nfurniture, 1);
    assert_string_equal(doc.furniture[0].text, "2/3");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A category line of an unruled table that starts the next page, its rows
 * under it and no header repeated: a section row of the table it carries on
 * (joined to it), not a heading over a table of its own with no header. */
static void test_layout_section_starts_page(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 810, 8, 0);
    }
    put(&pg[0], "Type / outcome", 60, 700, 9, 0);
    put(&pg[0], "2023/24", 300, 700, 9, 0);
    put(&pg[0], "2024/25", 370, 700, 9, 0);
    put(&pg[0], "Sexual assault", 60, 714, 9, PDF_CH_BOLD);
    put(&pg[0], "Dismissed", 72, 728, 9, 0);
    put(&pg[0], "2", 310, 728, 9, 0);
    put(&pg[0], "3", 380, 728, 9, 0);
    put(&pg[0], "Total", 72, 742, 9, PDF_CH_BOLD);
    put(&pg[0], "4", 310, 742, 9, PDF_CH_BOLD);
    put(&pg[0], "5", 380, 742, 9, PDF_CH_BOLD);
    put(&pg[1], "Sexual harassment", 60, 80, 9, PDF_CH_BOLD);
    put(&pg[1], "Dismissed", 72, 94, 9, 0);
    put(&pg[1], "1", 310, 94, 9, 0);
    put(&pg[1], "0", 380, 94, 9, 0);
    put(&pg[1], "Total", 72, 108, 9, PDF_CH_BOLD);
    put(&pg[1], "6", 310, 108, 9, PDF_CH_BOLD);
    put(&pg[1], "7", 380, 108, 9, PDF_CH_BOLD);
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Type / outcome|2023/24|2024/25\nSexual assault||\nDismissed|2|3\nTotal|4|5\n"
                                "Sexual harassment||\nDismissed|1|0\nTotal|6|7");
    assert_int_equal(doc.tables[0].header_rows, 1);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* One row of a table carried alone to the top of the next page ("Total 4 6
 * 10" under three figure columns, no header repeated): a row of the table,
 * on page 2; a line of prose there is not. */
static void test_layout_orphan_row(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 810, 10, 0);
    }
    put(&pg[0], "Outcome", 100, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "2022", 300, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "2023", 380, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "Total", 460, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "Dismissed", 100, 720, 10, 0);
    put(&pg[0], "1", 300, 720, 10, 0);
    put(&pg[0], "2", 380, 720, 10, 0);
    put(&pg[0], "3", 460, 720, 10, 0);
    put(&pg[0], "Ongoing", 100, 740, 10, 0);
    put(&pg[0], "3", 300, 740, 10, 0);
    put(&pg[0], "4", 380, 740, 10, 0);
    put(&pg[0], "7", 460, 740, 10, 0);
    put(&pg[1], "Total", 100, 80, 10, 0);
    put(&pg[1], "4", 300, 80, 10, 0);
    put(&pg[1], "6", 380, 80, 10, 0);
    put(&pg[1], "10", 460, 80, 10, 0);
    put(&pg[1], "Figures are provisional.", 100, 120, 10, 0);
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Outcome|2022|2023|Total\nDismissed|1|2|3\nOngoing|3|4|7\nTotal|4|6|10");
    assert_string_equal(foi_cell_locator(&doc, &doc.tables[0], 3, 3), "page 2 table 1 row 4 col 4");
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Figures are provisional.");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* The last row of a table carried alone to the top of the next page with
 * its label wrapped over two lines and its figures set level with the
 * label's middle ("Violence against" / "5 2 7" / "women and girls"): one
 * row of the table, its label whole; a line of prose after it is not. */
static void test_layout_orphan_row_wrapped_label(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 810, 10, 0);
    }
    put(&pg[0], "Type", 100, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "Officers", 300, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "Staff", 380, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "Total", 460, 700, 10, PDF_CH_BOLD);
    put(&pg[0], "Sexual assault", 100, 720, 10, 0);
    put(&pg[0], "1", 300, 720, 10, 0);
    put(&pg[0], "2", 380, 720, 10, 0);
    put(&pg[0], "3", 460, 720, 10, 0);
    put(&pg[0], "Sexual harassment", 100, 740, 10, 0);
    put(&pg[0], "3", 300, 740, 10, 0);
    put(&pg[0], "4", 380, 740, 10, 0);
    put(&pg[0], "7", 460, 740, 10, 0);
    put(&pg[1], "Violence against", 100, 80, 10, 0);
    put(&pg[1], "5", 300, 86, 10, 0);
    put(&pg[1], "2", 380, 86, 10, 0);
    put(&pg[1], "7", 460, 86, 10, 0);
    put(&pg[1], "women and girls", 100, 92, 10, 0);
    put(&pg[1], "Figures are provisional.", 100, 130, 10, 0);
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Type|Officers|Staff|Total\nSexual assault|1|2|3\nSexual harassment|3|4|7\n"
                                "Violence against women and girls|5|2|7");
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Figures are provisional.");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* A header wrapped over two lines whose top line ends a phrase with a number
 * ("Rate per 1,000" over "officers"): a header line, not prose or a row. */
static void test_layout_header_with_number(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "Officer", 200, 100, 10, 0);
    put(&pg, "Sexual", 300, 100, 10, 0);
    put(&pg, "Rate per 1,000", 400, 100, 10, 0);
    put(&pg, "Force", 60, 112, 10, 0);
    put(&pg, "headcount", 200, 112, 10, 0);
    put(&pg, "assault", 300, 112, 10, 0);
    put(&pg, "officers", 400, 112, 10, 0);
    static const char *const rows[][4] = { { "Kent", "4,103", "15", "12.9" }, { "Essex", "3,755", "14", "13.8" },
                                           { "Dorset", "1,398", "5", "12.2" } };
    for (int r = 0; r < 3; r++) {
        put(&pg, rows[r][0], 60, 130 + 13 * r, 10, 0);
        put(&pg, rows[r][1], 200, 130 + 13 * r, 10, 0);
        put(&pg, rows[r][2], 300, 130 + 13 * r, 10, 0);
        put(&pg, rows[r][3], 400, 130 + 13 * r, 10, 0);
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_grid(&doc.tables[0], "Force|Officer headcount|Sexual assault|Rate per 1,000 officers\n"
                                "Kent|4,103|15|12.9\nEssex|3,755|14|13.8\nDorset|1,398|5|12.2");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* An unruled table whose categories are lines of their own above their
 * outcome rows: set out to the left of the indented rows (and bold), or in
 * bold over plain rows at the same left edge (under a plain or a bold Total
 * row). Each is a row of its own (a
 * label and no figures), not a wrapped piece of the Total row above it; the
 * header line above the first category is the table's header. A label
 * wrapped at or right of its row's left edge still joins its row. */
static void test_layout_section_rows(void **state)
{
    (void)state;
    /* 0: bold categories at the rows' edge; 1: set out left of the rows,
     * bold Total rows; 2: at the rows' edge under bold Total rows ("Total"
     * followed by "Sexual" would have fitted in the label column: no wrap) */
    for (int mode = 0; mode < 3; mode++) {
        struct foi_pdf_page pg;
        memset(&pg, 0, sizeof pg);
        pg.w = 595, pg.h = 842;
        int outdent = mode == 1;
        float x = outdent ? 72 : 60, y = 100;
        put(&pg, "Type / outcome", 60, y, 9, 0);
        put(&pg, "2023/24", 300, y, 9, 0);
        put(&pg, "2024/25", 370, y, 9, 0);
        put(&pg, "Total", 440, y, 9, 0);
        static const char *const cats[] = { "Sexual assault", "Sexual harassment" };
        for (int k = 0; k < 2; k++) {
            y += 11;
            put(&pg, cats[k], 60, y, 9, PDF_CH_BOLD);
            static const char *const outs[] = { "Dismissed", "Written warning", "Total" };
            for (int o = 0; o < 3; o++) {
                y += 11;
                unsigned fl = o == 2 && mode ? PDF_CH_BOLD : 0;
                put(&pg, outs[o], x, y, 9, fl);
                put(&pg, o == 2 ? "5" : "2", 310, y, 9, fl);
                put(&pg, o == 2 ? "6" : "3", 380, y, 9, fl);
                put(&pg, o == 2 ? "11" : "5", 450, y, 9, fl);
                if (o == 1 && k == 1) {
                    y += 11;
                    put(&pg, "(Final)", x + 6, y, 9, 0);   /* wrapped, set in: its row's */
                }
            }
        }
        struct foi_doc doc;
        layout(&doc, &pg, 1);
        assert_int_equal(doc.ntables, 1);
        assert_int_equal(doc.tables[0].header_rows, 1);
        assert_grid(&doc.tables[0], "Type / outcome|2023/24|2024/25|Total\n"
                                    "Sexual assault|||\nDismissed|2|3|5\nWritten warning|2|3|5\nTotal|5|6|11\n"
                                    "Sexual harassment|||\nDismissed|2|3|5\nWritten warning (Final)|2|3|5\n"
                                    "Total|5|6|11");
        foi_doc_release(&doc);
        foi_pdf_page_release(&pg);
    }
}

/* Round 36b: a reporting tool's grouped report, rows padded 16 points
 * apart in 8.5-point type: the column heads once at the top, then per group
 * a bold heading row set out left of its indented outcome rows ("Allegation
 * Type: Sexual assault"), a "Sub-total" row and a blank row. The first group
 * is the header's table, its heading row a section row (a row's pitch above
 * the first row); each later group, found as a table of its own, takes the
 * same header (its columns are the first table's, only its heading line
 * between). A line with a figure between two groups (a note, prose) stops
 * the header carrying down. */
static void test_layout_grouped_report_headers(void **state)
{
    (void)state;
    for (int mode = 0; mode < 2; mode++) {
        struct foi_pdf_page pg;
        memset(&pg, 0, sizeof pg);
        pg.w = 595, pg.h = 842;
        static const float right[] = { 330, 400, 460 };
        static const char *const heads[] = { "FY 2023/24", "FY 2024/25", "Total" };
        float y = 100;
        put(&pg, "Type / Outcome", 60, y, 8.5f, PDF_CH_BOLD);
        for (int j = 0; j < 3; j++)
            put_right(&pg, heads[j], right[j], y, 8.5f, PDF_CH_BOLD);
        static const char *const cats[] = { "Group: Sexual assault", "Group: Sexual harassment" };
        static const char *const outs[] = { "Dismissed", "Written warning", "No case to answer" };
        static const char *const vals[3][3] = { { "2", "3", "5" }, { "1", "0", "1" }, { "4", "2", "6" } };
        for (int k = 0; k < 2; k++) {
            y += 16;
            if (k == 1 && mode == 1) {
                put(&pg, "Note: 3 cases were transferred.", 60, y, 8.5f, 0);
                y += 16;
            }
            put(&pg, cats[k], 60, y, 8.5f, PDF_CH_BOLD);
            for (int o = 0; o < 3; o++) {
                y += 16;
                put(&pg, outs[o], 75, y, 8.5f, 0);
                for (int j = 0; j < 3; j++)
                    put_right(&pg, vals[o][j], right[j], y, 8.5f, 0);
            }
            y += 16;
            put(&pg, k ? "Sub-total: Sexual harassment" : "Sub-total: Sexual assault", 60, y, 8.5f, 0);
            put_right(&pg, "7", right[0], y, 8.5f, 0);
            put_right(&pg, "5", right[1], y, 8.5f, 0);
            put_right(&pg, "12", right[2], y, 8.5f, 0);
            y += 16;   /* a blank row */
        }
        struct foi_doc doc;
        layout(&doc, &pg, 1);
        assert_int_equal(doc.ntables, 2);
        assert_int_equal(doc.tables[0].header_rows, 1);
        assert_grid(&doc.tables[0], "Type / Outcome|FY 2023/24|FY 2024/25|Total\nGroup: Sexual assault|||\n"
                                    "Dismissed|2|3|5\nWritten warning|1|0|1\nNo case to answer|4|2|6\n"
                                    "Sub-total: Sexual assault|7|5|12");
        assert_string_equal(doc.tables[1].heading, "Group: Sexual harassment");
        if (mode == 0) {
            assert_int_equal(doc.tables[1].header_rows, 1);
            assert_grid(&doc.tables[1], "Type / Outcome|FY 2023/24|FY 2024/25|Total\n"
                                        "Dismissed|2|3|5\nWritten warning|1|0|1\nNo case to answer|4|2|6\n"
                                        "Sub-total: Sexual harassment|7|5|12");
        } else {
            assert_int_equal(doc.tables[1].header_rows, 0);
        }
        foi_doc_release(&doc);
        foi_pdf_page_release(&pg);
    }
}

/* Round 30 (part A): an unruled table whose bold category rows stand a few
 * points further below the bold Total above them than the rows are apart
 * (15.5 points under rows 12.5 apart, more than 1.7 ems of 9-point type),
 * figures set flush right under a two-line header (periods centred on the
 * first line, "allegations" flush right on the second): one table, each
 * category a section row; a bold heading two rows' height below the last
 * Total (a new section of the letter) is no row of it. */
static void test_layout_section_rows_spaced(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float right[] = { 330, 390, 450 };
    static const char *const heads[] = { "2023/24", "2024/25", "2025/26*" };
    float y = 100;
    put(&pg, "Type /", 60, y, 9, PDF_CH_BOLD);
    for (int j = 0; j < 3; j++)
        put(&pg, heads[j], right[j] - 30, y, 9, PDF_CH_BOLD);
    y += 11;
    put(&pg, "outcome", 60, y, 9, PDF_CH_BOLD);
    for (int j = 0; j < 3; j++)
        put_right(&pg, "allegations", right[j], y, 8, 0);
    y += 16;
    static const char *const cats[] = { "Sexual assault", "Sexual harassment", "Abuse of position" };
    static const char *const outs[] = { "Dismissed", "No case to answer", "Total" };
    static const char *const vals[3][3] = { { "2", "3", "5" }, { "1", "0", "4" }, { "3", "3", "9" } };
    for (int k = 0; k < 3; k++) {
        y += 3;
        put(&pg, cats[k], 60, y, 9, PDF_CH_BOLD);
        y += 12.5f;
        for (int o = 0; o < 3; o++) {
            unsigned fl = o == 2 ? PDF_CH_BOLD : 0;
            put(&pg, outs[o], 71, y, 9, fl);
            for (int j = 0; j < 3; j++)
                put_right(&pg, vals[o][j], right[j], y, 9, fl);
            y += 12.5f;
        }
    }
    y += 14;
    put(&pg, "Reviews and complaints", 60, y, 10, PDF_CH_BOLD);
    y += 14;
    put(&pg, "You may ask for an internal review within 40 working days.", 60, y, 9, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_grid(&doc.tables[0], "Type / outcome|2023/24 allegations|2024/25 allegations|2025/26* allegations\n"
                                "Sexual assault|||\nDismissed|2|3|5\nNo case to answer|1|0|4\nTotal|3|3|9\n"
                                "Sexual harassment|||\nDismissed|2|3|5\nNo case to answer|1|0|4\nTotal|3|3|9\n"
                                "Abuse of position|||\nDismissed|2|3|5\nNo case to answer|1|0|4\nTotal|3|3|9");
    int heading = 0;
    for (int i = 0; i < doc.nlines; i++)
        heading |= !strcmp(doc.lines[i].text, "Reviews and complaints");
    assert_true(heading);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* Round 30 (part A): year heads each centred over its column of figures set
 * flush right, a shorter word ("cases") flush right under each on a second
 * header line, so a head is about an em left of the word under it and
 * lines up with nothing: each head is its own column's, never a group
 * head spanning the label column or its neighbours' columns (cells of one
 * header line do not overlap). A head over two columns ("2024/25" over
 * "Officers  Staff") still spans them. */
static void test_layout_heads_off_the_word_below(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float right[] = { 317, 380, 443, 506 };
    static const char *const heads[] = { "2022/23", "2023/24", "2024/25", "2025/26" };
    float y = 100;
    put(&pg, "Type of allegation", 70, y, 9, PDF_CH_BOLD);
    for (int j = 0; j < 4; j++)
        put(&pg, heads[j], right[j] - 22.7f - 15.75f, y, 9, PDF_CH_BOLD);   /* centred 22.7 left of the edge */
    y += 11;
    for (int j = 0; j < 4; j++)
        put_right(&pg, "cases", right[j], y, 8, 0);
    y += 16;
    static const char *const rows[][5] = { { "Sexual assault", "7", "4", "9", "5" },
                                           { "Sexual harassment", "12", "15", "8", "11" },
                                           { "Total", "19", "19", "17", "16" } };
    for (int r = 0; r < 3; r++) {
        put(&pg, rows[r][0], 70, y, 9, 0);
        for (int j = 0; j < 4; j++)
            put_right(&pg, rows[r][j + 1], right[j], y, 9, 0);
        y += 13;
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Type of allegation|2022/23 cases|2023/24 cases|2024/25 cases|2025/26 cases\n"
                                "Sexual assault|7|4|9|5\nSexual harassment|12|15|8|11\nTotal|19|19|17|16");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);

    /* a group head centred over its two columns beside another */
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    y = 100;
    put(&pg, "2024/25", 300, y, 9, PDF_CH_BOLD);
    put(&pg, "2025/26", 420, y, 9, PDF_CH_BOLD);
    y += 11;
    put(&pg, "Type", 70, y, 9, PDF_CH_BOLD);
    static const float x2[] = { 285, 335, 405, 455 };
    static const char *const sub[] = { "Officers", "Staff", "Officers", "Staff" };
    for (int j = 0; j < 4; j++)
        put(&pg, sub[j], x2[j], y, 9, PDF_CH_BOLD);
    y += 13;
    for (int r = 0; r < 2; r++) {
        put(&pg, r ? "Sexual harassment" : "Sexual assault", 70, y, 9, 0);
        for (int j = 0; j < 4; j++)
            put(&pg, r ? "3" : "6", x2[j] + 8, y, 9, 0);
        y += 13;
    }
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "|2024/25|2024/25^|2025/26|2025/26^\nType|Officers|Staff|Officers|Staff\n"
                                "Sexual assault|6|6|6|6\nSexual harassment|3|3|3|3");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* Header cells centred on different numbers of lines (a one-line "Sexual
 * assault" set between the two lines of "Sexual / harassment") are one
 * header row; a row label wrapped over two lines with its figures between
 * them, in rows padded further apart than a line of text, is one row. */
static void test_layout_centred_cells(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "Sexual", 290, 100, 8, 0);
    put(&pg, "Domestic", 380, 100, 8, 0);
    put(&pg, "Outcome", 60, 105, 8, 0);
    put(&pg, "Sexual assault", 200, 105, 8, 0);
    put(&pg, "harassment", 290, 110, 8, 0);
    put(&pg, "abuse", 380, 110, 8, 0);
    /* rows 17 pt apart (over two lines of 8 pt text) */
    static const char *const figs[][3] = { { "3", "5", "1" }, { "0", "2", "4" }, { "7", "9", "6" } };
    float y[3] = { 127, 149, 171 };
    put(&pg, "Dismissed", 60, y[0], 8, 0);
    put(&pg, "Gross misconduct - would", 60, y[1] - 5, 8, 0);
    put(&pg, "have been dismissed", 60, y[1] + 5, 8, 0);
    put(&pg, "No case to answer", 60, y[2], 8, 0);
    for (int r = 0; r < 3; r++) {
        put(&pg, figs[r][0], 225, y[r], 8, 0);
        put(&pg, figs[r][1], 310, y[r], 8, 0);
        put(&pg, figs[r][2], 395, y[r], 8, 0);
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_grid(&doc.tables[0], "Outcome|Sexual assault|Sexual harassment|Domestic abuse\n"
                                "Dismissed|3|5|1\nGross misconduct - would have been dismissed|0|2|4\n"
                                "No case to answer|7|9|6");
    assert_int_equal(doc.nlines, 0);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A quoted request set in from the body, its first line ending mid-sentence
 * ("... 2022/23 and") and the next starting with a number ("2023/24: (a) the
 * number ..."): one paragraph; after a full stop the number starts another. */
static void test_layout_quote_runs_on_with_number(void **state)
{
    (void)state;
    for (int stop = 0; stop < 2; stop++) {
        struct foi_pdf_page pg;
        memset(&pg, 0, sizeof pg);
        pg.w = 595, pg.h = 842;
        put(&pg, "We received your request on 2 May and have dealt with it under the Act as set out", 60, 100, 10, 0);
        put(&pg, "in the paragraphs of this letter, which follow the order of your own questions, and", 60, 113, 10, 0);
        put(&pg, "we quote the request below so that you can see exactly what we have answered here:", 60, 126, 10, 0);
        put(&pg, stop ? "Tell me how many there were for the years 2020/21, 2021/22 and 2022/23."
                      : "Tell me for each of the years 2020/21, 2021/22, 2022/23 and the year",
            90, 145, 10, 0);
        put(&pg, "2023/24: (a) how many complaints of sexual misconduct were made", 90, 158, 10, 0);
        put(&pg, "against your officers; (b) what became of them.", 90, 171, 10, 0);
        put(&pg, "Our answer is set out in the table which is attached to this letter as an annex.", 60, 195, 10, 0);
        struct foi_doc doc;
        layout(&doc, &pg, 1);
        int quote = -1;
        for (int i = 0; i < doc.nlines; i++)
            if (!strncmp(doc.lines[i].text, "Tell me", 7))
                quote = i;
        assert_true(quote >= 0);
        if (stop) {
            assert_true(quote + 1 < doc.nlines);
            assert_true(!strncmp(doc.lines[quote + 1].text, "2023/24:", 8));
        } else {
            assert_non_null(strstr(doc.lines[quote].text, "the year 2023/24: (a) how many"));
            assert_non_null(strstr(doc.lines[quote].text, "what became of them."));
        }
        foi_doc_release(&doc);
        foi_pdf_page_release(&pg);
    }
}

/* A scanned page with the sender's OCR text invisible on top is read from
 * that text, the page marked as OCR with a warning naming it; invisible text
 * on a page that shows text of its own is hidden content, never read. */
static void test_ocr_layer_and_hidden_text(void **state)
{
    (void)state;
    struct foi_doc doc;
    read_ok(&doc, "ocr.pdf");
    assert_null(foi_doc_fatal_note(&doc));
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Allegations of sexual assault: 3");
    assert_non_null(doc.ocr_pages);
    assert_int_equal(doc.ocr_pages[0], 1);
    assert_int_equal(doc.nnotes, 1);
    assert_string_equal(doc.notes[0].code, "no_text_layer");
    assert_int_equal(doc.notes[0].severity, FOI_NOTE_WARNING);
    assert_non_null(strstr(doc.notes[0].message, "page 1 is a scanned image"));
    assert_non_null(strstr(doc.notes[0].message, "OCR layer"));
    foi_doc_release(&doc);

    read_ok(&doc, "hidden.pdf");
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Allegations of sexual assault: 3");
    assert_null(doc.ocr_pages);
    assert_int_equal(doc.nnotes, 1);
    assert_string_equal(doc.notes[0].code, "hidden_content");
    assert_non_null(strstr(doc.notes[0].message, "page 1"));
    foi_doc_release(&doc);

    /* a picture of a table pasted into a page of text, its OCR text
     * invisible over it and clear of the text shown: read with the page's
     * text, the page marked as OCR, the note saying a picture */
    read_ok(&doc, "ocr-picture.pdf");
    assert_int_equal(doc.nlines, 2);
    assert_string_equal(doc.lines[0].text, "Table 1 gives the allegations recorded.");
    assert_string_equal(doc.lines[1].text, "Sexual assault 4");
    assert_non_null(doc.ocr_pages);
    assert_int_equal(doc.ocr_pages[0], 1);
    assert_int_equal(doc.nnotes, 1);
    assert_string_equal(doc.notes[0].code, "no_text_layer");
    assert_non_null(strstr(doc.notes[0].message, "page 1 shows a picture whose text is the sender's OCR layer"));
    foi_doc_release(&doc);

    /* the same invisible text lying on the text shown: hidden, not read */
    read_ok(&doc, "ocr-overlay.pdf");
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Table 1 gives the allegations recorded.");
    assert_null(doc.ocr_pages);
    assert_int_equal(doc.nnotes, 1);
    assert_string_equal(doc.notes[0].code, "hidden_content");
    foi_doc_release(&doc);
}

/* Two columns of prose whose left column ends in the middle of a sentence
 * that runs on at the top of the right one, the second year's bold heading
 * in the middle of the right column (fixtures/pdf-layouts/kent, lead, 5
 * December; blind34 West Yorkshire): the left column is read whole, its
 * sentence joined with the right column's first line, then the right
 * column; the heading beside the other column's text is a heading. The
 * right column's first lines were read after everything (a figure went to
 * the wrong category), the heading was taken for body text (the next
 * year's figures went to the year before). */
static void test_two_columns_running_on(void **state)
{
    (void)state;
    struct foi_doc doc;
    char path[1024];
    struct foi_err err;
    snprintf(path, sizeof path, "%s/fixtures/pdf-layouts/kent/Kent Police FOI 26-14410 reply.pdf", FOI_SRCDIR);
    assert_int_equal(read_pdf_file(&doc, path, NULL, &err), 0);
    int sh = -1, year2 = -1, ap = -1;
    for (int i = 0; i < doc.nlines; i++) {
        const char *t = doc.lines[i].text;
        if (!strncmp(t, "Sexual harassment: 12 allegations.", 34) && sh < 0)
            sh = i;
        if (!strcmp(t, "2024/25"))
            year2 = i;
        if (!strncmp(t, "Abuse of position for a sexual purpose: 7 allegations. Of these, 3 dismissed", 76))
            ap = i;
    }
    assert_true(sh >= 0 && year2 > sh && ap > sh && ap < year2);
    assert_non_null(strstr(doc.lines[sh].text, "4 found to have no case to answer; 3 still under investigation."));
    assert_true(doc.lines[year2].flags & FOI_LINE_HEADING);
    foi_doc_release(&doc);
}

/* A hurried redaction (scripts/make_redaction_fixtures.py): a black box
 * drawn over a figure after it, a figure written black on a black cell,
 * a working note white on the white page. A reader sees three black boxes
 * and no note; the figures the file keeps beneath are never read. The
 * header white on dark blue and the Total row on a grey band read as
 * usual. */
static void test_redaction_boxes(void **state)
{
    (void)state;
    struct foi_doc doc;
    char path[1024];
    struct foi_err err;
    snprintf(path, sizeof path, "%s/fixtures/pdf-layouts/merseyside/MP FOI 2026-5518 response (redacted).pdf",
             FOI_SRCDIR);
    assert_int_equal(read_pdf_file(&doc, path, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0],
                "Allegation type|2024/25|2025/26|2026/27 to date\n"
                "Sexual assault|12|9|\xE2\x96\x88\n"
                "Sexual harassment|15|11|\xE2\x96\x88\n"
                "Abuse of position for a sexual purpose|7|\xE2\x96\x88|5\n"
                "Violence against women and girls|21|18|8\n"
                "Total|55|40|20");
    assert_null(strstr(doc.text, "draft"));
    int blacked = 0, invisible = 0;
    for (int i = 0; i < doc.nnotes; i++) {
        if (strcmp(doc.notes[i].code, "hidden_content"))
            continue;
        blacked += strstr(doc.notes[i].message, "blacked out") && strstr(doc.notes[i].message, "3 characters");
        invisible += strstr(doc.notes[i].message, "invisible text on page 1") != NULL;
    }
    assert_int_equal(blacked, 1);
    assert_int_equal(invisible, 1);
    foi_doc_release(&doc);
}

/* A fixed-width table typed with its rules ("-----" under the header and
 * over the Total row): the header above the rule is the table's header, the
 * Total row below the closing rule is its last row; the one space inside
 * labels that share their first word ("Sexual assault", "Sexual
 * harassment") parts no columns. */
static void test_layout_typed_rules(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const char *const lines[] = {
        "Allegation type              2023    2024   Total",
        "-------------------------------------------------",
        "Sexual assault                  6       3       9",
        "Sexual harassment               8       1       9",
        "-------------------------------------------------",
        "Total                          14       4      18",
    };
    /* Courier: every character 0.6 em wide, a space as wide as a letter */
    for (int i = 0; i < 6; i++) {
        float x = 60;
        for (const char *ch = lines[i]; *ch; ch++, x += 6) {
            struct foi_pdf_char c = { (uint32_t)(unsigned char)*ch, x, 100 + 12 * i - 7, x + 6, 100 + 12 * i + 2,
                                      100 + 12 * i, 10, *ch == ' ' ? PDF_CH_SPACE : 0, pg.nch };
            assert_int_equal(foi_pdf_add_char(&pg, &c), 0);
        }
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_grid(&doc.tables[0], "Allegation type|2023|2024|Total\nSexual assault|6|3|9\n"
                                "Sexual harassment|8|1|9\nTotal|14|4|18");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* Characters of s turned a quarter, read upwards from (x, y): a vertical
 * column header as a spreadsheet prints it. */
static void put_up(struct foi_pdf_page *p, const char *s, float x, float y, float size, unsigned flags)
{
    float w = size * 0.5f;
    for (; *s; s++) {
        struct foi_pdf_char c = { (uint32_t)(unsigned char)*s, x, y - w, x + size * 0.9f, y, x + size * 0.7f,
                                  size, flags | PDF_CH_ROT | PDF_CH_UP | (*s == ' ' ? PDF_CH_SPACE : 0), p->nch };
        assert_int_equal(foi_pdf_add_char(p, &c), 0);
        y -= w;
    }
}

/* A ruled grid whose outcome headers are set upwards in narrow columns, one
 * of them over two turned lines ("Final written" / "warning"): the header
 * cells read them, left line first; turned text outside any table (a
 * diagonal stamp) stays furniture. */
static void test_layout_turned_headers(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float xs[] = { 60, 200, 240, 280, 320 }, ys[] = { 200, 300, 320, 340 };
    for (int i = 0; i < 5; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[i], ys[0], xs[i], ys[3]), 0);
    for (int i = 0; i < 4; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[i], xs[4], ys[i]), 0);
    put(&pg, "Allegation type", 65, 295, 10, PDF_CH_BOLD);
    put_up(&pg, "Dismissed", 215, 295, 10, PDF_CH_BOLD);
    put_up(&pg, "Final written", 250, 295, 10, PDF_CH_BOLD);
    put_up(&pg, "warning", 261, 295, 10, PDF_CH_BOLD);
    put_up(&pg, "Total", 295, 295, 10, PDF_CH_BOLD);
    put(&pg, "Sexual assault", 65, 315, 10, 0);
    put(&pg, "4", 215, 315, 10, 0);
    put(&pg, "2", 255, 315, 10, 0);
    put(&pg, "6", 295, 315, 10, 0);
    put(&pg, "Sexual harassment", 65, 335, 10, 0);
    put(&pg, "1", 215, 335, 10, 0);
    put(&pg, "0", 255, 335, 10, 0);
    put(&pg, "1", 295, 335, 10, 0);
    put_up(&pg, "DRAFT", 500, 600, 20, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Allegation type|Dismissed|Final written warning|Total\n"
                                "Sexual assault|4|2|6\nSexual harassment|1|0|1");
    assert_int_equal(doc.nfurniture, 1);
    assert_string_equal(doc.furniture[0].text, "DRAFT");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* Unruled tables (no rules at all) whose outcome headings are turned a
 * quarter over their columns of figures, the label column's heading level
 * beside them: the turned runs between the caption and the first row are
 * the header row, each over the column whose figures lie under it. Tables
 * starting at the top of pages 2 and 3 repeat "Allegation type" in a running
 * header's place: the heading of a column of labels over a row of figures,
 * not furniture (else the caption above it went too, and each page's table
 * ran on from the one before it, under the first table's period). */
static void test_layout_unruled_turned_headers(void **state)
{
    (void)state;
    struct foi_pdf_page pg[3];
    memset(pg, 0, sizeof pg);
    static const char *const cap[] = { "Table 1: allegations in 2023/24", "Table 2: allegations in 2024/25",
                                       "Table 3: allegations in 2025/26" };
    for (int p = 0; p < 3; p++) {
        pg[p].w = 595, pg[p].h = 842;
        float y = p ? 60 : 160;
        if (!p)
            put(&pg[p], "The tables below give the allegations recorded in each year.", 60, 100, 10, 0);
        put(&pg[p], cap[p], 60, y, 10, PDF_CH_BOLD);
        float hb = y + 100;
        put_up(&pg[p], "Dismissed", 212, hb, 9, PDF_CH_BOLD);
        put_up(&pg[p], "Written warning", 252, hb, 9, PDF_CH_BOLD);
        put_up(&pg[p], "Total", 292, hb, 9, PDF_CH_BOLD);
        put(&pg[p], "Allegation type", 60, hb, 9, PDF_CH_BOLD);
        put(&pg[p], "Sexual assault", 60, hb + 18, 9, 0);
        put(&pg[p], p == 1 ? "3" : "4", 215, hb + 18, 9, 0);
        put(&pg[p], "2", 255, hb + 18, 9, 0);
        put(&pg[p], p == 1 ? "5" : "6", 295, hb + 18, 9, 0);
        put(&pg[p], "Sexual harassment", 60, hb + 32, 9, 0);
        put(&pg[p], p == 2 ? "2" : "1", 215, hb + 32, 9, 0);
        put(&pg[p], "0", 255, hb + 32, 9, 0);
        put(&pg[p], p == 2 ? "2" : "1", 295, hb + 32, 9, 0);
        char foot[32];
        snprintf(foot, sizeof foot, "Page %d of 3", p + 1);
        put(&pg[p], foot, 270, 820, 8, 0);
    }
    struct foi_doc doc;
    layout(&doc, pg, 3);
    assert_int_equal(doc.ntables, 3);
    for (int t = 0; t < 3; t++) {
        assert_int_equal(doc.tables[t].header_rows, 1);
        assert_string_equal(doc.tables[t].caption, cap[t]);
    }
    assert_grid(&doc.tables[0], "|Dismissed|Written warning|Total\nSexual assault|4|2|6\nSexual harassment|1|0|1");
    assert_grid(&doc.tables[1], "|Dismissed|Written warning|Total\nSexual assault|3|2|5\nSexual harassment|1|0|1");
    for (int i = 0; i < doc.nfurniture; i++)
        assert_null(strstr(doc.furniture[i].text, "Allegation"));
    foi_doc_release(&doc);
    for (int p = 0; p < 3; p++)
        foi_pdf_page_release(&pg[p]);
}

/* A table drawn as filled cells and no lines (a print driver's table: a
 * dark header, grey and white rows in turn, text right-aligned in its cell,
 * headings of two lines whose second line reaches under the next column's
 * first): the rectangles that tile the region are its cells, so each word
 * is in the cell it is drawn in. White cells count too. */
static void test_layout_filled_cells(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float xs[] = { 60, 150, 190, 230, 270 }, ys[] = { 200, 224, 238, 252, 266 };
    static const float gray[] = { 0.25f, 0.93f, 1.0f, 0.93f };
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++)
            assert_int_equal(foi_pdf_add_fill(&pg, xs[c], ys[r], xs[c + 1], ys[r + 1], gray[r]), 0);
    put(&pg, "Allegation type", 63, 210, 10, PDF_CH_BOLD);
    /* right-aligned at the cell's right edge less 3: line 2 wider than line 1 */
    put(&pg, "Dis-", 187 - 20, 210, 10, PDF_CH_BOLD);
    put(&pg, "missed", 187 - 30, 221, 10, PDF_CH_BOLD);
    put(&pg, "Would", 227 - 25, 210, 10, PDF_CH_BOLD);
    put(&pg, "have been", 227 - 45, 221, 10, PDF_CH_BOLD);
    put(&pg, "Total", 267 - 25, 210, 10, PDF_CH_BOLD);
    const char *lab[] = { "Sexual assault", "Sexual harassment", "VAWG" };
    const char *val[3][3] = { { "4", "1", "5" }, { "0", "2", "2" }, { "3", "0", "3" } };
    for (int r = 0; r < 3; r++) {
        put(&pg, lab[r], 63, ys[r + 1] + 10, 10, 0);
        for (int c = 0; c < 3; c++)
            put(&pg, val[r][c], xs[c + 2] - 8, ys[r + 1] + 10, 10, 0);
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Allegation type|Dis-missed|Would have been|Total\n"
                                "Sexual assault|4|1|5\nSexual harassment|0|2|2\nVAWG|3|0|3");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A title line in a running header's place whose dates change from page to
 * page (a workbook's sheets printed one a page) is each page's own title and
 * heads its table; the line above it repeated word for word, and the page
 * number, stay furniture. */
static void test_layout_own_title(void **state)
{
    (void)state;
    static const char *const title[] = { "Complaints logged 1 April 2022 to 31 March 2023",
                                         "Complaints logged 1 April 2023 to 31 March 2024" };
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], "Northshire Constabulary", 60, 50, 10, 0);
        put(&pg[p], title[p], 60, 65, 10, 0);
        put(&pg[p], p ? "Page 2" : "Page 1", 60, 820, 10, 0);
        put(&pg[p], "Outcome", 60, 300, 10, PDF_CH_BOLD);
        put(&pg[p], "Number", 300, 300, 10, PDF_CH_BOLD);
        put(&pg[p], "Dismissed", 60, 320, 10, 0);
        put(&pg[p], p ? "5" : "3", 300, 320, 10, 0);
        put(&pg[p], "Withdrawn", 60, 340, 10, 0);
        put(&pg[p], p ? "2" : "1", 300, 340, 10, 0);
        put(&pg[p], "Total", 60, 360, 10, 0);
        put(&pg[p], p ? "7" : "4", 300, 360, 10, 0);
    }
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.nfurniture, 4);
    assert_string_equal(doc.furniture[0].text, "Northshire Constabulary");
    assert_true(find_line(&doc, title[0]) >= 0);
    assert_true(find_line(&doc, title[1]) >= 0);
    assert_int_equal(doc.ntables, 2);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* A spreadsheet printed with its gridlines: a title merged over every column
 * inside the grid is a title line above the table, not a header row; the
 * last header cell wraps bottom-aligned in a row too short for it, its first
 * line ("Total 2022 to") standing in the blank row above (page 1) or above
 * the grid (page 2, the header row repeated): it is that cell's. A section
 * row's label over a row of figures stays its own row. */
static void test_layout_printed_sheet_grid(void **state)
{
    (void)state;
    for (int above = 0; above < 2; above++) {
        struct foi_pdf_page pg;
        memset(&pg, 0, sizeof pg);
        pg.w = 595, pg.h = 842;
        static const float xs[] = { 60, 200, 260, 320, 380 };
        float ys[8];
        int ny = 0;
        float y0 = above ? 300 : 272;
        for (float y = y0; y <= 370.5f; y += 14)
            ys[ny++] = y;
        for (int i = 0; i < ny; i++)
            assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[i], xs[4], ys[i]), 0);
        for (int i = 0; i < 5; i++) {
            /* the title row (page 1 only) is merged: no inner rules */
            float top = (!above && i > 0 && i < 4) ? ys[1] : ys[0];
            assert_int_equal(foi_pdf_add_rule(&pg, xs[i], top, xs[i], ys[ny - 1]), 0);
        }
        if (!above)
            put(&pg, "Northshire Police complaints", 63, 282, 8, PDF_CH_BOLD);
        put(&pg, "Outcome", 63, 310, 8, PDF_CH_BOLD);
        put(&pg, "2022", 222, 310, 8, PDF_CH_BOLD);
        put(&pg, "2023", 282, 310, 8, PDF_CH_BOLD);
        put(&pg, "2023", 342, 310, 8, PDF_CH_BOLD);
        put(&pg, "Total 2022 to", 324, 300.5f, 8, PDF_CH_BOLD);
        put(&pg, "Sexual assault", 63, 324, 8, 0);
        put(&pg, "Dismissed", 63, 338, 8, 0);
        put(&pg, "3", 250, 338, 8, 0);
        put(&pg, "1", 310, 338, 8, 0);
        put(&pg, "4", 370, 338, 8, 0);
        put(&pg, "Withdrawn", 63, 352, 8, 0);
        put(&pg, "2", 250, 352, 8, 0);
        put(&pg, "2", 310, 352, 8, 0);
        put(&pg, "4", 370, 352, 8, 0);
        put(&pg, "Total", 63, 366, 8, 0);
        put(&pg, "5", 250, 366, 8, 0);
        put(&pg, "3", 310, 366, 8, 0);
        put(&pg, "8", 370, 366, 8, 0);
        struct foi_doc doc;
        layout(&doc, &pg, 1);
        assert_int_equal(doc.ntables, 1);
        assert_grid(&doc.tables[0], "Outcome|2022|2023|Total 2022 to 2023\nSexual assault|||\n"
                                    "Dismissed|3|1|4\nWithdrawn|2|2|4\nTotal|5|3|8");
        assert_int_equal(find_line(&doc, "Total 2022 to"), -1);
        if (!above)
            assert_true(find_line(&doc, "Northshire Police complaints") >= 0);
        foi_doc_release(&doc);
        foi_pdf_page_release(&pg);
    }
}

/* A spreadsheet printed with gridlines in every cell, its row numbers and
 * column letters outside the grid: the title spilling from the first cell
 * over empty ones (cut at the rules) and a note row under the figures are
 * lines, the first full row under the title the header. A grid whose first
 * row is a label over empty cells but no full row under it stays as it is. */
static void test_layout_spilled_sheet_title(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float xs[] = { 60, 200, 260, 320, 380 };
    float ys[7];
    for (int i = 0; i < 7; i++)
        ys[i] = 300 + 14 * (float)i;
    for (int i = 0; i < 7; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[i], xs[4], ys[i]), 0);
    for (int i = 0; i < 5; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[i], ys[0], xs[i], ys[6]), 0);
    put(&pg, "Northshire Police complaints by outcome", 63, 310, 8, PDF_CH_BOLD);
    put(&pg, "Outcome", 63, 338, 8, PDF_CH_BOLD);
    put(&pg, "2022", 222, 338, 8, PDF_CH_BOLD);
    put(&pg, "2023", 282, 338, 8, PDF_CH_BOLD);
    put(&pg, "Total", 342, 338, 8, PDF_CH_BOLD);
    put(&pg, "Dismissed", 63, 352, 8, 0);
    put(&pg, "3", 250, 352, 8, 0);
    put(&pg, "1", 310, 352, 8, 0);
    put(&pg, "4", 370, 352, 8, 0);
    put(&pg, "Withdrawn", 63, 366, 8, 0);
    put(&pg, "2", 250, 366, 8, 0);
    put(&pg, "2", 310, 366, 8, 0);
    put(&pg, "4", 370, 366, 8, 0);
    put(&pg, "Figures as at 31 March 2024 from the case system", 63, 380, 8, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_grid(&doc.tables[0], "Outcome|2022|2023|Total\nDismissed|3|1|4\nWithdrawn|2|2|4");
    assert_true(find_line(&doc, "Northshire Police complaints by outcome") >= 0);
    assert_true(find_line(&doc, "Figures as at 31 March 2024 from the case system") >= 0);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* Round 43b: a sheet printed with gridlines whose print area takes in the
 * empty column a note overflows into (the sheet leaves out the rule the note
 * runs over) and whose title rows are merged over every column but that one:
 * a figure set against its cell's right rule and the note set from that rule,
 * one word on the page ("2Referred"), part at the rule; the empty last
 * column is no column, and the title rows are lines above the table. */
static void test_layout_printed_sheet_notes_column(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 842, pg.h = 595;
    static const float xs[] = { 60, 200, 260, 320, 440, 480 };
    float ys[7];
    for (int i = 0; i < 7; i++)
        ys[i] = 300 + 14 * (float)i;
    for (int i = 0; i < 7; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[i], xs[5], ys[i]), 0);
    assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[0], xs[0], ys[6]), 0);
    assert_int_equal(foi_pdf_add_rule(&pg, xs[5], ys[0], xs[5], ys[6]), 0);
    for (int i = 1; i < 4; i++)   /* the title row merged over the first four */
        assert_int_equal(foi_pdf_add_rule(&pg, xs[i], ys[1], xs[i], ys[6]), 0);
    /* the last rule left out where the note in row 5 runs over it */
    assert_int_equal(foi_pdf_add_rule(&pg, xs[4], ys[0], xs[4], ys[4]), 0);
    assert_int_equal(foi_pdf_add_rule(&pg, xs[4], ys[5], xs[4], ys[6]), 0);
    put(&pg, "Northshire Police conduct allegations", 63, 310, 8, PDF_CH_BOLD);
    put(&pg, "Outcome", 63, 324, 8, PDF_CH_BOLD);
    put(&pg, "2024", 240, 324, 8, PDF_CH_BOLD);
    put(&pg, "2025", 300, 324, 8, PDF_CH_BOLD);
    put(&pg, "Notes", 322, 324, 8, PDF_CH_BOLD);
    put(&pg, "Dismissed", 63, 338, 8, 0);
    put(&pg, "3", 255, 338, 8, 0);
    put(&pg, "1", 315, 338, 8, 0);
    put(&pg, "Under investigation", 63, 352, 8, 0);
    put(&pg, "1", 255, 352, 8, 0);
    /* "2" ends at 319, a point short of the rule; the note starts past it */
    float x = put(&pg, "2", 315, 352, 8, 0);
    assert_true(x < xs[3]);
    put(&pg, "Referred to the IOPC", 322, 352, 8, 0);
    put(&pg, "Total", 63, 366, 8, 0);
    put(&pg, "4", 255, 366, 8, 0);
    put(&pg, "3", 315, 366, 8, 0);
    put(&pg, "Both years provisional until reviewed", 322, 366, 8, 0);
    put(&pg, "Withdrawn", 63, 380, 8, 0);
    put(&pg, "0", 255, 380, 8, 0);
    put(&pg, "0", 315, 380, 8, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_grid(&doc.tables[0], "Outcome|2024|2025|Notes\nDismissed|3|1|\nUnder investigation|1|2|Referred to the IOPC\n"
                                "Total|4|3|Both years provisional until reviewed\nWithdrawn|0|0|");
    assert_true(find_line(&doc, "Northshire Police conduct allegations") >= 0);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* Round 43b: a report writer's pages, unruled: the report's title and run
 * line printed at the top of each page are its running header; the column
 * header line under them, also on each page, with a group heading in
 * capitals ("SEXUAL MISCONDUCT") between it and the first row of figures,
 * heads the columns of the block under it and stays the table's header. */
static void test_layout_report_header_over_group(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    static const char *const groups[2] = { "SEXUAL MISCONDUCT", "SEXUAL HARASSMENT" };
    static const int figs[2][3][2] = { { { 9, 7 }, { 2, 1 }, { 7, 6 } }, { { 5, 8 }, { 1, 3 }, { 4, 5 } } };
    static const char *const outs[3] = { "All results", "Dismissed", "No case to answer" };
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], "Report R88 Conduct allegations by result", 40, 40, 8, 0);
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 480, 40, 8, 0);
        put(&pg[p], "Run: 02/12/2026 09:14 User: PSD", 40, 52, 8, 0);
        put(&pg[p], "Type / Result", 40, 90, 8, 0);
        put_right(&pg[p], "2023", 300, 90, 8, 0);
        put_right(&pg[p], "2024", 360, 90, 8, 0);
        put(&pg[p], groups[p], 40, 114, 8, 0);
        for (int i = 0; i < 3; i++) {
            char a[8], b[8];
            snprintf(a, sizeof a, "%d", figs[p][i][0]);
            snprintf(b, sizeof b, "%d", figs[p][i][1]);
            put(&pg[p], outs[i], 48, 126 + 12 * (float)i, 8, 0);
            put_right(&pg[p], a, 300, 126 + 12 * (float)i, 8, 0);
            put_right(&pg[p], b, 360, 126 + 12 * (float)i, 8, 0);
        }
    }
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_true(doc.ntables >= 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_string_equal(doc.tables[0].cells[0].text, "Type / Result");
    assert_string_equal(doc.tables[0].cells[1].text, "2023");
    assert_string_equal(doc.tables[0].cells[2].text, "2024");
    int title = 0;
    for (int i = 0; i < doc.nfurniture; i++) {
        assert_null(strstr(doc.furniture[i].text, "Type / Result"));
        title += strstr(doc.furniture[i].text, "Report R88") != NULL;
    }
    assert_int_equal(title, 2);
    foi_doc_release(&doc);
    for (int p = 0; p < 2; p++)
        foi_pdf_page_release(&pg[p]);
}

/* Round 38a: a spreadsheet printed with its headings inside the ruled grid
 * (column letters A-E across the top, row numbers down the left) and two
 * blocks on it: the title running on over the next cells (cut at the rules)
 * and the note under the grid are lines, never a header row; the second
 * block under a blank row, its own title ("Outcomes recorded in 2023/24") and
 * header row, is a table of its own, its title a line between the two. */
static void test_layout_printed_sheet_two_blocks(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 842, pg.h = 595;
    static const float xs[] = { 40, 60, 240, 330, 420, 510 };
    static const char *const rows[][5] = {
        { "", "A", "B", "C", "D" },
        { "1", "Northshire Police - FOI 1188 - conduct allegations against police officers and staff by year", "", "", "" },
        { "2", "", "", "", "" },
        { "3", "Allegation type", "2022/23", "2023/24", "" },
        { "4", "Sexual harassment", "4", "7", "" },
        { "5", "Sexual misconduct", "2", "3", "" },
        { "6", "", "", "", "" },
        { "7", "Outcomes recorded in 2023/24", "", "", "" },
        { "8", "Outcome", "Sexual harassment", "Sexual misconduct", "Total" },
        { "9", "Dismissed", "1", "2", "3" },
        { "10", "No case to answer", "6", "1", "7" },
        { "11", "Figures are for police officers and police staff together, as recorded.", "", "", "" },
    };
    int nr = (int)(sizeof rows / sizeof rows[0]);
    for (int i = 0; i <= nr; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[0], 100 + 14 * (float)i, xs[5], 100 + 14 * (float)i), 0);
    for (int i = 0; i < 6; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[i], 100, xs[i], 100 + 14 * (float)nr), 0);
    for (int r = 0; r < nr; r++)
        for (int c = 0; c < 5; c++)
            if (*rows[r][c])
                put(&pg, rows[r][c], xs[c] + 3, 100 + 14 * (float)r + 10, 8, r == 3 || r == 8 ? PDF_CH_BOLD : 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 2);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_grid(&doc.tables[0], "Allegation type|2022/23|2023/24|\nSexual harassment|4|7|\nSexual misconduct|2|3|");
    assert_int_equal(doc.tables[1].header_rows, 1);
    assert_grid(&doc.tables[1], "Outcome|Sexual harassment|Sexual misconduct|Total\nDismissed|1|2|3\n"
                                "No case to answer|6|1|7");
    int title = find_line(&doc, "Northshire Police - FOI 1188 - conduct allegations against police officers and staff by year");
    int second = find_line(&doc, "Outcomes recorded in 2023/24");
    int note = find_line(&doc, "Figures are for police officers and police staff together, as recorded.");
    assert_true(title >= 0 && second > title && note > second);
    /* each table after its own title, the note after both */
    assert_true(doc.tables[0].anchor_line == title + 1);
    assert_true(doc.tables[1].anchor_line == second + 1);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A ruled table over a page break, its header repeated, whose row the break
 * split ("Withdrawn /" at the foot of page 1, "discontinued" alone under the
 * repeated header on page 2): one table, the row whole. */
static void test_layout_row_split_by_page(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    static const float xs[] = { 60, 160, 320, 400 };
    static const char *const rows1[][3] = { { "Year", "Outcome", "Officers" }, { "2023/24", "Dismissed", "3" },
                                            { "2023/24", "Withdrawn /", "2" } };
    static const char *const rows2[][3] = { { "Year", "Outcome", "Officers" }, { "", "discontinued", "" },
                                            { "2023/24", "Total", "5" } };
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        float y0 = p ? 80 : 700;
        for (int i = 0; i <= 3; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[p], xs[0], y0 + 16 * i, xs[3], y0 + 16 * i), 0);
        for (int i = 0; i < 4; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[p], xs[i], y0, xs[i], y0 + 48), 0);
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++) {
                const char *x = p ? rows2[r][c] : rows1[r][c];
                if (*x)
                    put(&pg[p], x, xs[c] + 4, y0 + 16 * r + 11, 9, r ? 0 : PDF_CH_BOLD);
            }
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 815, 9, 0);
    }
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Year|Outcome|Officers\n2023/24|Dismissed|3\n2023/24|Withdrawn / discontinued|2\n"
                                "2023/24|Total|5");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* A ruled table whose header ends in a band row (one bold text across the
 * table, "Financial year 2025/26", the first year's rows under it) runs on
 * to page 2, where only its column heads are repeated, not the band: one
 * table, the repeat dropped, the carried rows after the last (round 47b,
 * blind47 Avon & Somerset's staff table). */
static void test_layout_join_under_band_header(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    static const float xs[] = { 60, 220, 300, 380, 460 };
    static const char *const heads[4] = { "Allegation type", "Dismissed", "Written warning", "Total" };
    static const char *const body1[][4] = { { "Sexual assault", "1", "2", "3" }, { "Sexual harassment", "0", "4", "4" } };
    static const char *const body2[][4] = { { "Sexual misconduct", "2", "1", "3" } };
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        float y0 = p ? 80 : 680;
        int nr = p ? 2 : 4;   /* rows: heads, (band), body */
        for (int i = 0; i <= nr; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[p], xs[0], y0 + 16 * i, xs[4], y0 + 16 * i), 0);
        assert_int_equal(foi_pdf_add_rule(&pg[p], xs[0], y0, xs[0], y0 + 16 * nr), 0);
        assert_int_equal(foi_pdf_add_rule(&pg[p], xs[4], y0, xs[4], y0 + 16 * nr), 0);
        for (int i = 1; i < 4; i++) {
            /* no inner rule through the band row */
            assert_int_equal(foi_pdf_add_rule(&pg[p], xs[i], y0, xs[i], y0 + 16), 0);
            assert_int_equal(foi_pdf_add_rule(&pg[p], xs[i], y0 + (p ? 16 : 32), xs[i], y0 + 16 * nr), 0);
        }
        for (int c = 0; c < 4; c++)
            put(&pg[p], heads[c], xs[c] + 4, y0 + 11, 8, PDF_CH_BOLD);
        if (!p)
            put(&pg[p], "Financial year 2025/26", xs[0] + 4, y0 + 16 + 11, 8, PDF_CH_BOLD);
        int nb = p ? 1 : 2;
        for (int r = 0; r < nb; r++)
            for (int c = 0; c < 4; c++)
                put(&pg[p], p ? body2[r][c] : body1[r][c], xs[c] + 4, y0 + 16 * (r + (p ? 1 : 2)) + 11, 8, 0);
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 815, 9, 0);
    }
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.ntables, 1);
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->nrows, 5);
    assert_string_equal(foi_table_cell(t, 4, 0)->text, "Sexual misconduct");
    assert_string_equal(foi_table_cell(t, 4, 3)->text, "3");
    assert_string_equal(foi_table_cell(t, 1, 0)->text, "Financial year 2025/26");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* Two landscape pages, each with two ruled tables side by side and a line
 * over them naming the people each counts ("Police officers" over the left
 * one, "Police staff" over the right), at the same place on both pages, the
 * title of the page above it and a running header "Eastshire Police FOI"
 * at the top: the running header is furniture; the caption line is not (it
 * sits right over the tables), and each part of it heads the table under
 * it. A header cell's second line overflows its column's rule into the next
 * cell's second line, drawn after that cell's first line ("Sexual" /
 * "misconduct" running into "harassment"): the two stay apart. */
/* Two columns whose lines share baselines: a line of the right column in
 * small type beside body text in the left is split from it at the gutter,
 * and keeps its own words' size, so the small line under it ("misconduct.")
 * continues its paragraph (the key "SA sexual assault; ... SM sexual" /
 * "misconduct." is one line of the document). */
static void test_layout_split_line_keeps_its_size(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const char *const left[] = { "The force records every allegation by the",
                                        "calendar year in which it was made and its",
                                        "figures cover police officers and police",
                                        "staff together, as the request asked for",
                                        "them, with the outcome of each one of them",
                                        "as it stood on the day this reply was sent" };
    for (int i = 0; i < 6; i++)
        put(&pg, left[i], 50, 100 + 14 * (float)i, 10, 0);
    static const char *const right[] = { "Outcomes are shown by type for the allegations recorded in",
                                         "that year, whatever the year in which each one was decided,",
                                         "and an allegation still open is shown under investigation." };
    for (int i = 0; i < 3; i++)
        put(&pg, right[i], 320, 100 + 14 * (float)i, 8, 0);
    put(&pg, "Key: SA sexual assault; SH sexual harassment; SM sexual", 320, 142, 8, 0);
    put(&pg, "misconduct.", 320, 152.4f, 8, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    if (find_line(&doc, "Key: SA sexual assault; SH sexual harassment; SM sexual misconduct.") < 0)
        for (int i = 0; i < doc.nlines; i++)
            fprintf(stderr, "  %s\n", doc.lines[i].text);
    assert_true(find_line(&doc, "Key: SA sexual assault; SH sexual harassment; SM sexual misconduct.") >= 0);
    assert_true(find_line(&doc, "staff together, as the request asked for") < 0);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A ruled table whose header cells are set left and wrapped at their first
 * space ("Would" / "have been dismissed"), one of them too wide for its
 * column: its second line runs over the rule and under the next cell's
 * second line ("written warning"), drawn after it. The layout ends the
 * overdrawn text where the next text begins, and the word over the rule
 * ("dismissed", whose letters reach well into the next column) goes by
 * that clipped extent into its own cell, not the next one. */
static void test_layout_header_runs_under_next_cell(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float xs[] = { 60, 160, 210, 260, 310 };
    static const float ys[] = { 100, 126, 142, 158 };
    for (int i = 0; i < 4; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[i], xs[4], ys[i]), 0);
    for (int i = 0; i < 5; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[i], ys[0], xs[i], ys[3]), 0);
    put(&pg, "Category", xs[0] + 3, 116, 8, PDF_CH_BOLD);
    put(&pg, "Would", xs[1] + 3, 111, 8, PDF_CH_BOLD);
    put(&pg, "Final", xs[2] + 2, 111, 8, PDF_CH_BOLD);
    put(&pg, "Withdrawn", xs[3] + 3, 116, 8, PDF_CH_BOLD);
    /* 19 letters of 4 points from 163 to 239: "dismissed" from 203 */
    put(&pg, "have been dismissed", xs[1] + 3, 121, 8, PDF_CH_BOLD);
    put(&pg, "written warning", xs[2] + 2, 121, 8, PDF_CH_BOLD);
    static const char *const body[2][4] = { { "Sexual assault", "3", "1", "2" }, { "Sexual harassment", "5", "0", "4" } };
    for (int r = 0; r < 2; r++)
        for (int c = 0; c < 4; c++)
            put(&pg, body[r][c], xs[c] + 3, ys[r + 1] + 11, 8, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Category|Would have been dismissed|Final written warning|Withdrawn\n"
                                "Sexual assault|3|1|2\nSexual harassment|5|0|4");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A ruled table whose header cells are each one text wider than its
 * column, set from the cell's left edge and drawn one after the other: each
 * runs over the rule and under the next cell's text ("Financial year
 * 2023/24", its year past the rule and cut short where "Financial year
 * 2024/25" begins), and the last runs past the grid's right rule. Each text
 * is its cell's whole: the word over the rule goes with the words it
 * continues, not into the next column, and the words past the right rule
 * are not left outside the table as a line of their own. */
static void test_layout_header_overruns_rule(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float xs[] = { 60, 160, 223, 286, 349 };
    static const float ys[] = { 100, 116, 132, 148 };
    for (int i = 0; i < 4; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[i], xs[4], ys[i]), 0);
    for (int i = 0; i < 5; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[i], ys[0], xs[i], ys[3]), 0);
    static const char *const head[4] = { "Category", "Financial year 2023/24", "Financial year 2024/25",
                                         "Financial year 2025/26" };
    for (int c = 0; c < 4; c++)   /* 4 points a letter: "2023/24" starts 3 points past the rule */
        put(&pg, head[c], xs[c] + 6, 111, 8, PDF_CH_BOLD);
    static const char *const body[2][4] = { { "Sexual assault", "3", "12", "2" },
                                            { "Sexual harassment", "5", "0", "14" } };
    for (int r = 0; r < 2; r++)
        for (int c = 0; c < 4; c++)
            put(&pg, body[r][c], c ? (xs[c] + xs[c + 1]) / 2 - 2 : xs[c] + 6, ys[r + 1] + 11, 8, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Category|Financial year 2023/24|Financial year 2024/25|Financial year 2025/26\n"
                                "Sexual assault|3|12|2\nSexual harassment|5|0|14");
    assert_int_equal(doc.nlines, 0);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A ruled table whose first column's text is set on one line wider than the
 * column ("2025/26 (to 31/08/2025)", its date running on over the rule) and
 * set in the middle of its row: in a row made two lines high by the next
 * cell's wrapped "Abuse of position for a / sexual purpose", that line lies
 * between the next cell's two lines, shares a baseline with neither, and
 * its date is printed over their words. The date is the first cell's, not
 * the next one's, as it is in a row of one line, where the next cell's text
 * drawn over the date cuts it short. */
static void test_layout_cell_runs_over_wrapped_neighbour(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    static const float xs[] = { 60, 130, 230, 290 };
    static const float ys[] = { 100, 116, 132, 156 };
    for (int i = 0; i < 4; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[i], xs[3], ys[i]), 0);
    for (int i = 0; i < 4; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[i], ys[0], xs[i], ys[3]), 0);
    put(&pg, "Period", xs[0] + 3, 111, 8, PDF_CH_BOLD);
    put(&pg, "Allegation type", xs[1] + 3, 111, 8, PDF_CH_BOLD);
    put(&pg, "Number", xs[2] + 3, 111, 8, PDF_CH_BOLD);
    /* 23 letters of 4 points from 63 to 155: "31/08/2025)" from 111 */
    put(&pg, "2025/26 (to 31/08/2025)", xs[0] + 3, 127, 8, 0);
    put(&pg, "Sexual assault", xs[1] + 6, 127.2f, 8, 0);
    put(&pg, "7", xs[2] + 20, 127, 8, 0);
    put(&pg, "Abuse of position for a", xs[1] + 3, 140, 8, 0);
    put(&pg, "2025/26 (to 31/08/2025)", xs[0] + 3, 145, 8, 0);
    put(&pg, "4", xs[2] + 20, 145, 8, 0);
    put(&pg, "sexual purpose", xs[1] + 3, 150, 8, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Period|Allegation type|Number\n"
                                "2025/26 (to 31/08/2025)|Sexual assault|7\n"
                                "2025/26 (to 31/08/2025)|Abuse of position for a sexual purpose|4");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* A spreadsheet printed with its gridlines: the title in the grid's first
 * row spills from column A over the empty cells beside it, and the rules
 * between those cells are not drawn (the program leaves them out where text
 * runs over), so they are one merged cell. The title goes out once as a
 * line above the table, not once per cell of the merge. */
static void test_layout_spilled_title_merged(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 842, pg.h = 595;
    static const float xs[] = { 40, 160, 240, 320, 400, 480, 560 };
    static const float ys[] = { 60, 76, 92, 108, 124 };
    for (int i = 0; i < 5; i++)
        assert_int_equal(foi_pdf_add_rule(&pg, xs[0], ys[i], xs[6], ys[i]), 0);
    for (int i = 0; i < 7; i++) {
        /* the title row: rules only at its ends and right of the spill */
        if (i == 0 || i >= 3)
            assert_int_equal(foi_pdf_add_rule(&pg, xs[i], ys[0], xs[i], ys[1]), 0);
        assert_int_equal(foi_pdf_add_rule(&pg, xs[i], ys[1], xs[i], ys[4]), 0);
    }
    put(&pg, "Allegations recorded by type and year", xs[0] + 3, 71, 8, PDF_CH_BOLD);
    static const char *const rows[3][6] = {
        { "Type", "Outcome", "Jan 24 - Dec 24", "Jan 25 - Dec 25", "Total", "Share" },
        { "Sexual assault", "Dismissed", "4", "2", "6", "40.0%" },
        { "Sexual harassment", "Dismissed", "5", "4", "9", "60.0%" } };
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 6; c++)
            put(&pg, rows[r][c], xs[c] + 3, ys[r + 1] + 11, 8, r ? 0 : PDF_CH_BOLD);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "Type|Outcome|Jan 24 - Dec 24|Jan 25 - Dec 25|Total|Share\n"
                                "Sexual assault|Dismissed|4|2|6|40.0%\nSexual harassment|Dismissed|5|4|9|60.0%");
    assert_true(find_line(&doc, "Allegations recorded by type and year") >= 0);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* An infographic's big-number tiles: a line of figures alone in large
 * type, far apart, each over its label in small type ("14" over
 * "allegations of" / "sexual harassment"): a table of one row, each tile a
 * column headed by its label, under the heading above it. A line of big
 * figures whose labels do not all sit under them is no table. */
static void test_layout_big_number_tiles(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 842, pg.h = 595;
    put(&pg, "Summary of allegations recorded against officers and staff in the year, by type of allegation.", 40,
        60, 9, 0);
    put(&pg, "Year ending 31 December 2024", 40, 90, 12, PDF_CH_BOLD);
    static const char *const num[] = { "14", "6", "21" };
    static const char *const l1[] = { "allegations of", "allegations of", "allegations of" };
    static const char *const l2[] = { "sexual harassment", "sexual assault", "sexual misconduct" };
    for (int i = 0; i < 3; i++) {
        float cx = 120 + 220 * (float)i;
        put(&pg, num[i], cx - 14 * (float)strlen(num[i]) / 2, 150, 28, PDF_CH_BOLD);
        put(&pg, l1[i], cx - 4 * (float)strlen(l1[i]) / 2, 172, 8, 0);
        put(&pg, l2[i], cx - 4 * (float)strlen(l2[i]) / 2, 183, 8, 0);
    }
    put(&pg, "The figures count each allegation once, in the year it was recorded, whatever its outcome.", 40, 240,
        9, 0);
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "allegations of sexual harassment|allegations of sexual assault|"
                                "allegations of sexual misconduct\n14|6|21");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
    /* the same figures with one label far from its figure: no table of tiles */
    memset(&pg, 0, sizeof pg);
    pg.w = 842, pg.h = 595;
    put(&pg, "Year ending 31 December 2024", 40, 90, 12, PDF_CH_BOLD);
    for (int i = 0; i < 3; i++) {
        float cx = 120 + 220 * (float)i;
        put(&pg, num[i], cx - 14 * (float)strlen(num[i]) / 2, 150, 28, PDF_CH_BOLD);
        if (i < 2)
            put(&pg, l2[i], cx - 4 * (float)strlen(l2[i]) / 2, 172, 8, 0);
    }
    layout(&doc, &pg, 1);
    for (int i = 0; i < doc.ntables; i++)
        assert_true(doc.tables[i].nrows != 2 || doc.tables[i].ncols != 3);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

static void test_layout_captions_side_by_side(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    static const float xs[] = { 60, 150, 185, 265, 300 };
    static const char *const body[2][2][3] = { { { "Dismissed", "3", "1" }, { "Withdrawn", "2", "0" } },
                                               { { "Dismissed", "*", "4" }, { "Withdrawn", "0", "*" } } };
    for (int p = 0; p < 2; p++) {
        pg[p].w = 842, pg[p].h = 595;
        put(&pg[p], "Eastshire Police FOI", 60, 30, 10, 0);
        put(&pg[p], p ? "Annex B - outcomes in 2024" : "Annex A - outcomes in 2023", 60, 80, 12, PDF_CH_BOLD);
        put(&pg[p], "Police officers", 60, 110, 10, PDF_CH_BOLD);
        put(&pg[p], "Police staff", 420, 110, 10, PDF_CH_BOLD);
        for (int side = 0; side < 2; side++) {
            float dx = side ? 360 : 0, y0 = 118;
            for (int i = 0; i < 4; i++)
                assert_int_equal(foi_pdf_add_rule(&pg[p], xs[0] + dx, y0 + (i ? 12 + 16 * i : 0), xs[4] + dx,
                                                  y0 + (i ? 12 + 16 * i : 0)), 0);
            for (int i = 0; i < 5; i++)
                assert_int_equal(foi_pdf_add_rule(&pg[p], xs[i] + dx, y0, xs[i] + dx, y0 + 60), 0);
            put(&pg[p], "Outcome", xs[0] + dx + 3, y0 + 16, 8, PDF_CH_BOLD);
            /* "misconduct" (8 pt, 40 points wide) runs over its column's
             * rule, to half a point short of "harassment" */
            put(&pg[p], "Sexual", xs[1] + dx + 3, y0 + 10, 8, PDF_CH_BOLD);
            put(&pg[p], "misconduct", xs[1] + dx + 3, y0 + 20, 8, PDF_CH_BOLD);
            put(&pg[p], "Sexual", xs[1] + dx + 3 + 40.5f, y0 + 10, 8, PDF_CH_BOLD);
            put(&pg[p], "harassment", xs[1] + dx + 3 + 40.5f, y0 + 20, 8, PDF_CH_BOLD);
            put(&pg[p], "APSP", xs[3] + dx + 3, y0 + 16, 8, PDF_CH_BOLD);
            for (int r = 0; r < 2; r++) {
                float y = y0 + 28 + 16 * r + 11;
                put(&pg[p], body[side][r][0], xs[0] + dx + 3, y, 8, 0);
                put(&pg[p], body[side][r][1], xs[1] + dx + 20, y, 8, 0);
                put(&pg[p], body[side][r][2], xs[2] + dx + 30, y, 8, 0);
            }
        }
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 400, 570, 10, 0);
    }
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.nfurniture, 4);
    assert_int_equal(doc.ntables, 4);
    static const char *const head[4] = { "Police officers", "Police staff", "Police officers", "Police staff" };
    for (int t = 0; t < 4; t++) {
        assert_non_null(doc.tables[t].heading);
        assert_string_equal(doc.tables[t].heading, head[t]);
        assert_string_equal(foi_table_cell(&doc.tables[t], 0, 1)->text, "Sexual misconduct");
        assert_string_equal(foi_table_cell(&doc.tables[t], 0, 2)->text, "Sexual harassment");
    }
    assert_grid(&doc.tables[1], "Outcome|Sexual misconduct|Sexual harassment|APSP\nDismissed|*|4|\nWithdrawn|0|*|");
    assert_true(find_line(&doc, "Annex B - outcomes in 2024") >= 0);
    assert_int_equal(find_line(&doc, "Police officers Police staff"), -1);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* Boxes two abreast, each a card (a heading over lines of "label ..... n"):
 * the rules frame the cards and make no table of whole cards; each card is
 * a table of its own, label and value, its heading the card's title (a
 * title wrapped over two lines is one), read row by row, left to right, and
 * never joined to the card under it. */
static void test_layout_boxed_cards(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    static const char *const head[2][2] = { { "Stalking - 2024/25", "Voyeurism - 2024/25" },
                                            { "Stalking - 2025/26", "Voyeurism - 2025/26" } };
    static const char *const title[2][2] = { { "Stalking - 2024/25", "Voyeurism - 2024/25" },
                                             { "Stalking - 2025/26", "Voyeurism - 2025/26 (all ranks)" } };
    static const char *const lab[3] = { "Allegations recorded", "Dismissed", "No case to answer" };
    static const char *const val[2][2][3] = { { { "11", "4", "2" }, { "7", "1", "3" } },
                                              { { "9", "0", "5" }, { "6", "2", "1" } } };
    /* page 1: the letter and two rows of cards; page 2: a third row, the
     * same grid (a table running on would join it) */
    float xs[3] = { 50, 300, 550 }, ys[3] = { 100, 180, 260 };
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], "Northshire Police - response to FOI 1234/26", 60, 40, 10, 0);
        int rows = p ? 1 : 2;
        for (int i = 0; i <= rows; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[p], xs[0], ys[i], xs[2], ys[i]), 0);
        for (int i = 0; i < 3; i++)
            assert_int_equal(foi_pdf_add_rule(&pg[p], xs[i], ys[0], xs[i], ys[rows]), 0);
        for (int rr = 0; rr < rows; rr++)
            for (int c = 0; c < 2; c++) {
                int r = p ? 1 : rr;   /* page 2 repeats row 2's cards: another year */
                float x = xs[c] + 6, y = ys[rr] + 16;
                put(&pg[p], head[r][c], x, y, 9, PDF_CH_BOLD);
                if (r == 1 && c == 1) {   /* the title wrapped over two lines */
                    put(&pg[p], "(all ranks)", x, y + 11, 9, PDF_CH_BOLD);
                    y += 11;
                }
                for (int k = 0; k < 3; k++) {
                    char line[96];
                    snprintf(line, sizeof line, "%s ........ %s", lab[k], val[r][c][k]);
                    put(&pg[p], line, x, y + 14 * (k + 1), 8, 0);
                }
            }
    }
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_int_equal(doc.ntables, 6);
    for (int t = 0; t < 6; t++) {
        int r = t < 4 ? t / 2 : 1, c = t % 2;
        const struct foi_table *tb = &doc.tables[t];
        assert_non_null(tb->heading);
        assert_string_equal(tb->heading, title[r][c]);
        char want[160];
        snprintf(want, sizeof want, "%s|%s\n%s|%s\n%s|%s", lab[0], val[r][c][0], lab[1], val[r][c][1], lab[2],
                 val[r][c][2]);
        assert_grid(tb, want);
    }
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

/* ------------------------------------------------------------ embedded files */

/* A PDF written here, objects numbered from 1 in order, with its xref. */
static char *make_pdf(const char *const *objs, int n, size_t *len)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    long off[32];
    foi_buf_printf(&b, "%%PDF-1.7\n");
    for (int i = 0; i < n; i++) {
        off[i] = (long)b.len;
        foi_buf_printf(&b, "%d 0 obj\n%s\nendobj\n", i + 1, objs[i]);
    }
    long x = (long)b.len;
    foi_buf_printf(&b, "xref\n0 %d\n0000000000 65535 f \n", n + 1);
    for (int i = 0; i < n; i++)
        foi_buf_printf(&b, "%010ld 00000 n \n", off[i]);
    foi_buf_printf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%ld\n%%%%EOF\n", n + 1, x);
    *len = b.len;
    return foi_buf_detach(&b);
}

/* A PDF's embedded files: the EmbeddedFiles name tree's, then a page's
 * file attachment annotation's, each once (the annotation pointing at a
 * file the tree lists gives nothing more); a picture and an e-mail named,
 * not read; a file over the size limit named with its problem; a PDF with
 * none, and bytes that are no PDF, give none. */
static void test_embedded_files(void **state)
{
    (void)state;
    static const char *const objs[] = {
        /* 1 */ "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names "
                "[(a) 4 0 R (b) 6 0 R (c) 7 0 R (d) 11 0 R] >> >> >>",
        /* 2 */ "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        /* 3 */ "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [9 0 R 12 0 R] >>",
        /* 4 */ "<< /Type /Filespec /F (old\\\\Annex B.csv) /UF (C:/tmp/Annex B.csv) /EF << /F 5 0 R >> >>",
        /* 5 */ "<< /Type /EmbeddedFile /Length 19 >>\nstream\nYear,Count\n2024,17\n\nendstream",
        /* 6 */ "<< /Type /Filespec /F (logo.png) /EF << /F 5 0 R >> >>",
        /* 7 */ "<< /Type /Filespec /F (big.csv) /EF << /F 8 0 R >> >>",
        /* 8 */ "<< /Type /EmbeddedFile /Length 40 >>\nstream\n0123456789012345678901234567890123456789\nendstream",
        /* 9 */ "<< /Type /Annot /Subtype /FileAttachment /Rect [10 10 20 20] /FS 10 0 R >>",
        /* 10 */ "<< /Type /Filespec /F (notes.txt) /EF << /F 13 0 R >> >>",
        /* 11 */ "<< /Type /Filespec /F (reply.eml) /EF << /F 5 0 R >> >>",
        /* 12 */ "<< /Type /Annot /Subtype /FileAttachment /Rect [30 10 40 20] /FS 4 0 R >>",
        /* 13 */ "<< /Type /EmbeddedFile /Length 5 >>\nstream\nnine\n\nendstream",
    };
    size_t n;
    char *pdf = make_pdf(objs, 13, &n);
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_entry_bytes = 30;
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_mime_part mp[8];
    int np = foi_pdf_attachments(&a, pdf, n, &lim, mp, 8);
    assert_int_equal(np, 5);
    assert_string_equal(mp[0].name, "Annex B.csv");
    assert_string_equal(mp[0].type, "application/octet-stream");
    assert_int_equal(mp[0].n, 19);
    assert_memory_equal(mp[0].bytes, "Year,Count\n2024,17\n", 19);
    assert_null(mp[0].problem);
    assert_string_equal(mp[1].name, "logo.png");
    assert_string_equal(mp[1].type, "image/png");
    assert_null(mp[1].bytes);
    assert_string_equal(mp[2].name, "big.csv");
    assert_null(mp[2].bytes);
    assert_non_null(mp[2].problem);
    assert_string_equal(mp[3].name, "reply.eml");
    assert_string_equal(mp[3].type, "message/rfc822");
    assert_string_equal(mp[4].name, "notes.txt");
    assert_int_equal(mp[4].n, 5);
    /* at most max */
    assert_int_equal(foi_pdf_attachments(&a, pdf, n, &lim, mp, 2), 2);
    /* the whole-set cap: the second readable file is over it */
    lim.max_inflated_bytes = 22;
    np = foi_pdf_attachments(&a, pdf, n, &lim, mp, 8);
    assert_int_equal(np, 5);
    assert_non_null(mp[0].bytes);
    assert_null(mp[4].bytes);
    assert_non_null(mp[4].problem);
    foi_free(pdf);
    /* none */
    static const char *const plain[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    };
    pdf = make_pdf(plain, 3, &n);
    assert_int_equal(foi_pdf_attachments(&a, pdf, n, NULL, mp, 8), 0);
    foi_free(pdf);
    assert_int_equal(foi_pdf_attachments(&a, "hello, world", 12, NULL, mp, 8), 0);
    foi_arena_release(&a);
}

/* A form's filled-in fields read as the page shows them: a text field's
 * appearance (its value, "42") is text at the widget's place, on the line
 * of the label beside it; a hidden field ("99") and an empty one are not;
 * with the fields' boxes drawn no rule. */
static void test_form_fields(void **state)
{
    (void)state;
    static const char *const objs[] = {
        /* 1 */ "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R 7 0 R 9 0 R] >> >>",
        /* 2 */ "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        /* 3 */ "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
                "/Resources << /Font << /F1 10 0 R >> >> /Annots [5 0 R 7 0 R 9 0 R] >>",
        /* 4 */ "<< /Length 46 >>\nstream\nBT /F1 10 Tf 20 150 Td (Written warning) Tj ET\nendstream",
        /* 5 */ "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f1) /V (42) /Ff 1 /Rect [150 145 190 160] "
                "/AP << /N 6 0 R >> >>",
        /* 6 */ "<< /Type /XObject /Subtype /Form /BBox [0 0 40 15] /Resources << /Font << /F1 10 0 R >> >> "
                "/Length 89 >>\nstream\n0.8 0.8 1 rg 0 0 40 15 re f 0 g 0 0 40 15 re S /Tx BMC BT /F1 10 Tf 2 4 Td "
                "(42) Tj ET EMC\nendstream",
        /* 7 */ "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f2) /V (99) /F 2 /Rect [200 145 240 160] "
                "/AP << /N 8 0 R >> >>",
        /* 8 */ "<< /Type /XObject /Subtype /Form /BBox [0 0 40 15] /Resources << /Font << /F1 10 0 R >> >> "
                "/Length 42 >>\nstream\n/Tx BMC BT /F1 10 Tf 2 4 Td (99) Tj ET EMC\nendstream",
        /* 9 */ "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f3) /Rect [150 100 190 115] /AP << /N 8 0 R >> >>",
        /* 10 */ "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    size_t n;
    char *pdf = make_pdf(objs, 10, &n);
    struct foi_doc doc;
    foi_doc_init(&doc, "form.pdf");
    struct foi_err err;
    foi_err_clear(&err);
    int rc = foi_read_pdf(&doc, pdf, n, NULL, &err);
    if (rc)
        fail_msg("%s", err.message);
    int found = 0;
    for (int i = 0; i < doc.nlines; i++) {
        if (strstr(doc.lines[i].text, "Written warning") && strstr(doc.lines[i].text, "42"))
            found = 1;
        assert_null(strstr(doc.lines[i].text, "99"));
    }
    for (int t = 0; t < doc.ntables; t++)
        for (int r = 0; r < doc.tables[t].nrows; r++)
            for (int c = 0; c < doc.tables[t].ncols; c++) {
                const char *x = foi_table_cell(&doc.tables[t], r, c)->text;
                found |= !strcmp(x, "42");
                assert_null(strstr(x, "99"));
            }
    assert_true(found);
    foi_doc_release(&doc);
    foi_free(pdf);
}

/* Heads set flush left over the figures of their columns (a form's fields):
 * a group head over two columns starting where the first does ("Calendar
 * year 2024" over "Officers  Staff") spans them; heads of several capitals
 * set so close they run together ("A1 Sex. assault A2 Sex. misconduct")
 * each go whole to the column they start over. */
static void test_layout_flush_left_heads(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "Calendar year 2024", 175, 100, 8, PDF_CH_BOLD);
    put(&pg, "Calendar year 2025", 270, 100, 8, PDF_CH_BOLD);
    put(&pg, "Officers", 175, 110, 8, PDF_CH_BOLD);
    put(&pg, "Staff", 217, 110, 8, PDF_CH_BOLD);
    put(&pg, "Officers", 270, 110, 8, PDF_CH_BOLD);
    put(&pg, "Staff", 312, 110, 8, PDF_CH_BOLD);
    static const char *const lab[] = { "Sexual assault", "Sexual misconduct", "Sexual harassment" };
    static const char *const val[3][4] = { { "18", "5", "3", "8" }, { "4", "7", "12", "2" }, { "9", "6", "18", "11" } };
    static const float xs[] = { 177, 219, 272, 314 };
    for (int r = 0; r < 3; r++) {
        put(&pg, lab[r], 60, 130 + 20 * r, 8, 0);
        for (int c = 0; c < 4; c++)
            put(&pg, val[r][c], xs[c], 130 + 20 * r, 8, 0);
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "|Calendar year 2024|Calendar year 2024^|Calendar year 2025|Calendar year 2025^\n"
                                "|Officers|Staff|Officers|Staff\n"
                                "Sexual assault|18|5|3|8\nSexual misconduct|4|7|12|2\nSexual harassment|9|6|18|11");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put(&pg, "A1 Sex. assault", 190, 100, 7, PDF_CH_BOLD);
    put(&pg, "A2 Sex. misconduct", 240, 100, 7, PDF_CH_BOLD);
    put(&pg, "A3 Sex. harassment", 290, 100, 7, PDF_CH_BOLD);
    static const char *const out[] = { "B1 Dismissed", "B2 Written warning", "B3 Total (B1 to B2)" };
    static const char *const v2[3][3] = { { "0", "2", "1" }, { "4", "0", "3" }, { "4", "2", "4" } };
    for (int r = 0; r < 3; r++) {
        put(&pg, out[r], 60, 120 + 20 * r, 8, 0);
        for (int c = 0; c < 3; c++)
            put(&pg, v2[r][c], 192 + 50 * c, 120 + 20 * r, 8, 0);
    }
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "|A1 Sex. assault|A2 Sex. misconduct|A3 Sex. harassment\n"
                                "B1 Dismissed|0|2|1\nB2 Written warning|4|0|3\nB3 Total (B1 to B2)|4|2|4");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* Round 41a: a group head set flush right with the last of the heads below
 * it and wider than they are ("Year to 30 September 2024" over "Officers
 * Staff", every head and figure set right) spans them whole; it is not cut
 * at the column edge into "Year to 30" and "September 2024 Staff" (a month
 * read as the period). */
static void test_layout_flush_right_group_heads(void **state)
{
    (void)state;
    struct foi_pdf_page pg;
    memset(&pg, 0, sizeof pg);
    pg.w = 595, pg.h = 842;
    put_right(&pg, "Year to 30 September 2024", 330, 100, 8, 0);
    put_right(&pg, "Year to 30 September 2025", 450, 100, 8, 0);
    static const float right[] = { 270, 330, 390, 450 };
    static const char *const head[] = { "Officers", "Staff", "Officers", "Staff" };
    for (int c = 0; c < 4; c++)
        put_right(&pg, head[c], right[c], 112, 8, PDF_CH_BOLD);
    static const char *const lab[] = { "Dismissed", "Final written warning", "Total" };
    static const char *const val[3][4] = { { "2", "0", "4", "1" }, { "3", "1", "0", "2" }, { "5", "1", "4", "3" } };
    for (int r = 0; r < 3; r++) {
        put(&pg, lab[r], 60, 132 + 13 * r, 8, 0);
        for (int c = 0; c < 4; c++)
            put_right(&pg, val[r][c], right[c], 132 + 13 * r, 8, 0);
    }
    struct foi_doc doc;
    layout(&doc, &pg, 1);
    assert_int_equal(doc.ntables, 1);
    assert_grid(&doc.tables[0], "|Year to 30 September 2024|Year to 30 September 2024^|Year to 30 September 2025|"
                                "Year to 30 September 2025^\n"
                                "|Officers|Staff|Officers|Staff\n"
                                "Dismissed|2|0|4|1\nFinal written warning|3|1|0|2\nTotal|5|1|4|3");
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg);
}

/* Round 41a: an unruled table of groups whose header is printed once, on
 * page 1; page 2 starts with a group that joins the table over the page
 * break, then, after a blank line, a second group found as a table of its
 * own with no header. It carries the header of the table it is right under
 * once that table has been joined onto its page (as a group under a header
 * on one page does). */
static void test_layout_group_after_carried_over_group(void **state)
{
    (void)state;
    struct foi_pdf_page pg[2];
    memset(pg, 0, sizeof pg);
    for (int p = 0; p < 2; p++) {
        pg[p].w = 595, pg[p].h = 842;
        put(&pg[p], p ? "Page 2 of 2" : "Page 1 of 2", 260, 810, 8, 0);
    }
    put(&pg[0], "Type / outcome", 60, 700, 9, 0);
    put(&pg[0], "2023/24", 300, 700, 9, 0);
    put(&pg[0], "2024/25", 370, 700, 9, 0);
    put(&pg[0], "Sexual assault", 60, 714, 9, PDF_CH_BOLD);
    put(&pg[0], "Dismissed", 72, 728, 9, 0);
    put(&pg[0], "2", 310, 728, 9, 0);
    put(&pg[0], "3", 380, 728, 9, 0);
    put(&pg[0], "Total", 72, 742, 9, 0);
    put(&pg[0], "4", 310, 742, 9, 0);
    put(&pg[0], "5", 380, 742, 9, 0);
    put(&pg[1], "Sexual harassment", 60, 80, 9, PDF_CH_BOLD);
    put(&pg[1], "Dismissed", 72, 94, 9, 0);
    put(&pg[1], "1", 310, 94, 9, 0);
    put(&pg[1], "0", 380, 94, 9, 0);
    put(&pg[1], "Total", 72, 108, 9, 0);
    put(&pg[1], "6", 310, 108, 9, 0);
    put(&pg[1], "7", 380, 108, 9, 0);
    put(&pg[1], "Abuse of position", 60, 134, 9, PDF_CH_BOLD);
    put(&pg[1], "Dismissed", 72, 148, 9, 0);
    put(&pg[1], "8", 310, 148, 9, 0);
    put(&pg[1], "2", 380, 148, 9, 0);
    put(&pg[1], "Total", 72, 162, 9, 0);
    put(&pg[1], "9", 310, 162, 9, 0);
    put(&pg[1], "3", 380, 162, 9, 0);
    struct foi_doc doc;
    layout(&doc, pg, 2);
    assert_true(doc.ntables >= 1);
    int found = 0;
    for (int t = 0; t < doc.ntables; t++) {
        const struct foi_table *T = &doc.tables[t];
        for (int r = 0; r < T->nrows; r++) {
            const char *x = T->cells[(size_t)r * T->ncols].text;
            if (x && !strcmp(x, "Abuse of position")) {
                found = 1;
                assert_true(T->header_rows >= 1);
                assert_string_equal(T->cells[1].text, "2023/24");
                assert_string_equal(T->cells[2].text, "2024/25");
            }
        }
    }
    assert_true(found);
    foi_doc_release(&doc);
    foi_pdf_page_release(&pg[0]);
    foi_pdf_page_release(&pg[1]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ocr_layer_and_hidden_text),
        cmocka_unit_test(test_embedded_files),
        cmocka_unit_test(test_form_fields),
        cmocka_unit_test(test_layout_flush_left_heads),
        cmocka_unit_test(test_layout_flush_right_group_heads),
        cmocka_unit_test(test_redaction_boxes),
        cmocka_unit_test(test_layout_typed_rules),
        cmocka_unit_test(test_layout_turned_headers),
        cmocka_unit_test(test_layout_unruled_turned_headers),
        cmocka_unit_test(test_layout_filled_cells),
        cmocka_unit_test(test_layout_own_title),
        cmocka_unit_test(test_layout_printed_sheet_grid),
        cmocka_unit_test(test_layout_spilled_sheet_title),
        cmocka_unit_test(test_layout_printed_sheet_notes_column),
        cmocka_unit_test(test_layout_report_header_over_group),
        cmocka_unit_test(test_layout_printed_sheet_two_blocks),
        cmocka_unit_test(test_layout_row_split_by_page),
        cmocka_unit_test(test_layout_join_under_band_header),
        cmocka_unit_test(test_layout_captions_side_by_side),
        cmocka_unit_test(test_layout_big_number_tiles),
        cmocka_unit_test(test_layout_header_runs_under_next_cell),
        cmocka_unit_test(test_layout_wrapped_heads),
        cmocka_unit_test(test_layout_band_with_tall_head),
        cmocka_unit_test(test_layout_boxed_cards),
        cmocka_unit_test(test_layout_split_line_keeps_its_size),
        cmocka_unit_test(test_words_and_lines),
        cmocka_unit_test(test_ruled_tables),
        cmocka_unit_test(test_unruled_tables),
        cmocka_unit_test(test_tables_across_pages),
        cmocka_unit_test(test_furniture),
        cmocka_unit_test(test_reading_order),
        cmocka_unit_test(test_scans),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_alloc_faults),
        cmocka_unit_test(test_layout_words),
        cmocka_unit_test(test_layout_overdrawn_label),
        cmocka_unit_test(test_layout_header_overruns_rule),
        cmocka_unit_test(test_layout_cell_runs_over_wrapped_neighbour),
        cmocka_unit_test(test_layout_spilled_title_merged),
        cmocka_unit_test(test_layout_period_heading),
        cmocka_unit_test(test_layout_label_over_figures),
        cmocka_unit_test(test_layout_section_rows),
        cmocka_unit_test(test_layout_section_rows_spaced),
        cmocka_unit_test(test_layout_grouped_report_headers),
        cmocka_unit_test(test_layout_heads_off_the_word_below),
        cmocka_unit_test(test_layout_justified_prose),
        cmocka_unit_test(test_layout_header_with_number),
        cmocka_unit_test(test_layout_centred_cells),
        cmocka_unit_test(test_layout_furniture_and_join),
        cmocka_unit_test(test_layout_paragraph_over_a_page_break),
        cmocka_unit_test(test_layout_headerless_table_borrows_header),
        cmocka_unit_test(test_layout_continued_caption),
        cmocka_unit_test(test_layout_section_starts_page),
        cmocka_unit_test(test_layout_group_after_carried_over_group),
        cmocka_unit_test(test_layout_year_is_no_page_number),
        cmocka_unit_test(test_layout_orphan_row),
        cmocka_unit_test(test_layout_orphan_row_wrapped_label),
        cmocka_unit_test(test_layout_quote_runs_on_with_number),
        cmocka_unit_test(test_two_columns_running_on),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
