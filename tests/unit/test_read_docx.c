/* test_read_docx.c: Word documents: paragraphs and their locators, headings
 * from styles and outline levels, list items with their bullet or number,
 * tables with gridSpan and vMerge filled and header rows counted, a table in
 * a table, content controls (placeholders left out), tracked deletions, hidden
 * text, footnotes, page headers (not content), and limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "office_fixture.h"

#define W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define CT "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override " \
    "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument." \
    "wordprocessingml.document.main+xml\"/></Types>"
#define BODY(x) "<w:document xmlns:w=\"" W "\"><w:body>" x "</w:body></w:document>"

static int read_body(struct foi_doc *d, const char *document, const struct foi_limits *lim, struct foi_err *err)
{
    static const char *const names[] = { "[Content_Types].xml", "word/document.xml" };
    const char *bodies[] = { CT, document };
    return read_parts(d, names, bodies, 2, lim, err);
}

static void test_dorset(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/dorset/FOI-2023-0456 response.docx", NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_DOCX);
    /* the layout table first (it opens first), keeping its own text; the data table inside it */
    assert_int_equal(d.ntables, 2);
    assert_grid(&d.tables[0], "Table 1: allegations recorded in 2022");
    const struct foi_table *t = &d.tables[1];
    assert_int_equal(t->header_rows, 2);
    assert_grid(t, "Allegation type|Police officers|Police officers^|Police officers^|Police staff|Police staff^|Police staff^\n"
                   "Allegation type^|Dismissed|No case to answer|Total|Dismissed|No case to answer|Total\n"
                   "Sexual assault|2|5|7|*|3|5\n"
                   "Sexual harassment|1|8|9|0|2|2");
    assert_string_equal(foi_cell_locator(&d, t, 3, 1), "table 2 row 4 col 2");
    assert_int_equal(foi_table_cell(t, 1, 0)->src_row, 1);   /* the copy points at its origin */
    /* the request in a content control is read; a placeholder is not */
    assert_non_null(line_of(&d, "\xE2\x80\x9CHow many allegations of sexual assault and sexual harassment were "
                                "recorded against police officers and police staff in the calendar year 2022, and "
                                "what were their outcomes?\xE2\x80\x9D"));
    assert_false(doc_has(&d, "Click here"));
    /* numbered list items keep their numbers */
    const struct foi_line *l = line_of(&d, "2. the complaints case system");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_BULLET);
    /* headings from the style, and from bold-only short paragraphs */
    assert_true(line_of(&d, "Dorset Police")->flags & FOI_LINE_HEADING);
    assert_true(line_of(&d, "Your rights")->flags & FOI_LINE_HEADING);
    assert_false(line_of(&d, "You asked:")->flags & FOI_LINE_HEADING);
    assert_string_equal(line_of(&d, "Dorset Police")->loc, "paragraph 1");
    /* the footnote, after the text, defines the asterisk */
    l = line_of(&d, "* Figures of fewer than five are withheld under section 40(2) of the Freedom of Information Act.");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_FOOTNOTE);
    assert_string_equal(l->loc, "footnote 1");
    assert_int_equal(l->no, d.nlines);
    /* the page header is not content */
    assert_false(doc_has(&d, "OFFICIAL"));
    assert_false(doc_has(&d, "99"));
    foi_doc_release(&d);
}

static void test_corpus_letters(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/responses/lancashire/FOI-2024-00318-response.docx", NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    const struct foi_table *t = &d.tables[1];
    assert_int_equal(t->nrows, 11);
    assert_int_equal(t->ncols, 12);
    assert_int_equal(t->header_rows, 2);
    assert_string_equal(foi_table_cell(t, 0, 6)->text, "Police officers");
    assert_true(foi_table_cell(t, 0, 6)->flags & FOI_CELL_SPANNED);
    assert_string_equal(foi_table_cell(t, 4, 0)->text, "Sexual assault");
    assert_true(foi_table_cell(t, 4, 0)->flags & FOI_CELL_SPANNED);
    assert_string_equal(foi_table_cell(t, 7, 6)->text, "16");
    assert_false(doc_has(&d, "Saunders Lane"));   /* the page footer */
    foi_doc_release(&d);

    assert_int_equal(read_src(&d, "fixtures/responses/wiltshire/FOI 2023-01482 response.docx", NULL, &err), 0);
    assert_int_equal(d.ntables, 0);
    const struct foi_line *l = line_of(&d, "\xE2\x80\xA2 Dismissed: 1");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_BULLET);
    assert_string_equal(l->loc, "paragraph 16");
    assert_true(line_of(&d, "Question 2 \xE2\x80\x93 abuse of position for a sexual purpose")->flags & FOI_LINE_HEADING);
    assert_false(doc_has(&d, "OFFICIAL"));
    foi_doc_release(&d);
}

static void test_synthetic(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    /* hidden text, tracked moves and field codes are not text; a break is a space;
     * an outline level makes a heading */
    static const char doc[] = BODY(
        "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>Figures</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">Seen </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"
        "<w:moveFrom w:id=\"1\"><w:r><w:t>moved away</w:t></w:r></w:moveFrom><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:t>text</w:t><w:br/><w:t>on</w:t><w:tab/><w:t>one line</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>a2</w:t></w:r></w:p></w:tc><w:tc/></w:tr></w:tbl>");
    assert_int_equal(read_body(&d, doc, NULL, &err), 0);
    assert_int_equal(d.nlines, 2);
    assert_true(d.lines[0].flags & FOI_LINE_HEADING);
    assert_string_equal(d.lines[1].text, "Seen text on one line");
    assert_string_equal(note_of(&d, "hidden_content")->message,
                        "the document has hidden text (1 run formatted as hidden); it was not read");
    assert_string_equal(note_of(&d, "hidden_content")->locator, "paragraph 2");
    assert_int_equal(d.ntables, 1);
    assert_grid(&d.tables[0], "|b\na a2|");
    assert_int_equal(d.tables[0].anchor_line, 2);
    foi_doc_release(&d);

    /* a superscript run's digits are superscript characters: a footnote
     * marker typed as "1" is not glued to the label as a digit */
    assert_int_equal(read_body(&d, BODY("<w:p><w:r><w:t>Management advice</w:t></w:r><w:r><w:rPr>"
                                        "<w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>12</w:t></w:r>"
                                        "<w:r><w:rPr><w:vertAlign w:val=\"baseline\"/></w:rPr><w:t> 3</w:t></w:r></w:p>"),
                               NULL, &err), 0);
    assert_string_equal(d.lines[0].text, "Management advice\xc2\xb9\xc2\xb2 3");
    foi_doc_release(&d);

    /* a DTD in the document part */
    assert_int_equal(read_body(&d, "<!DOCTYPE w [<!ENTITY x \"y\">]>" BODY("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"),
                               NULL, &err), FOI_EPARSE);
    assert_string_equal(err.message, "'word/document.xml' has a document type declaration (DTD); office files have "
                                     "none, and its entities are not expanded: not read");
    foi_doc_release(&d);

    /* tables nested beyond the limit, and the column limit */
    assert_int_equal(read_src(&d, "fixtures/bad/office-nested-tables.docx", NULL, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "tables nested more than 64 deep");
    foi_doc_release(&d);
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_cols = 10;
    assert_int_equal(read_body(&d, BODY("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"50\"/></w:tcPr><w:p/></w:tc>"
                                        "</w:tr></w:tbl>"), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "table has more than 10 columns, over the column limit");
    foi_doc_release(&d);
}

/* Round 30 (part A): an Excel worksheet embedded in the page (o:OLEObject
 * ProgID "Excel.Sheet.12", shown as a picture): read as the page shows it,
 * the sheet the workbook opens on (its second here, activeTab 1), as a table
 * where the object stands, under the letter's heading, its title row the
 * caption, each cell located in the object; the workbook's other sheet is
 * not read (a note says so). An object whose part is missing is a note,
 * and the letter is read. */
#define OLE(id) "<w:p><w:r><w:object xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"" \
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><o:OLEObject Type=\"Embed\" " \
    "ProgID=\"Excel.Sheet.12\" r:id=\"" id "\"/></w:object></w:r></w:p>"
static void test_embedded_worksheet(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/south-wales/SWP FOI 2026-3071 response.docx", NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    const struct foi_table *t = &d.tables[1];
    assert_non_null(t->object);
    assert_string_equal(t->object, "embedded object \"Microsoft_Excel_Worksheet.xlsx\" sheet \"Outcomes 2025-26\"");
    assert_null(t->sheet);
    assert_string_equal(t->caption, "Outcomes of allegations recorded 2025/26");
    assert_string_equal(t->heading, "Table 2: Outcomes of the allegations recorded in 2025/26");
    assert_int_equal(t->header_rows, 1);
    assert_string_equal(foi_table_cell(t, 1, 0)->text, "Dismissed");
    assert_string_equal(foi_table_cell(t, 1, 1)->text, "2");
    assert_string_equal(foi_cell_locator_in(&d.arena, &d, t, 1, 1),
                        "embedded object \"Microsoft_Excel_Worksheet.xlsx\" sheet \"Outcomes 2025-26\" B4");
    assert_int_equal(t->anchor_line, line_of(&d, "Table 2: Outcomes of the allegations recorded in 2025/26") - d.lines + 1);
    assert_false(doc_has(&d, "318"));
    assert_false(doc_has(&d, "Draft total"));
    assert_non_null(note_of(&d, "hidden_content"));
    assert_string_equal(note_of(&d, "hidden_content")->locator, "embedded object \"Microsoft_Excel_Worksheet.xlsx\"");
    foi_doc_release(&d);

    /* the relationship names no part: a note, the letter read */
    assert_int_equal(read_body(&d, BODY("<w:p><w:r><w:t>Table 2</w:t></w:r></w:p>" OLE("rId9")
                                        "<w:p><w:r><w:t>After</w:t></w:r></w:p>"), NULL, &err), 0);
    assert_int_equal(d.ntables, 0);
    assert_int_equal(d.nlines, 2);
    assert_non_null(note_of(&d, "parse_error"));
    foi_doc_release(&d);
}

/* A table cut by a page break into two Word tables, the second repeating
 * the first's column heads (not its period row): one table, its rows after
 * the repeated heads following on; not when the first ends on its total or
 * text stands between them. */
#define TROW3(a, b, c) "<w:tr><w:tc><w:p><w:r><w:t>" a "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" b \
    "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" c "</w:t></w:r></w:p></w:tc></w:tr>"
#define PAGEBREAK "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
static void test_table_continued_after_page_break(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_body(&d, BODY("<w:tbl>" TROW3("Calendar year 2024", "", "") TROW3("Outcome", "Officers", "Staff")
                                        TROW3("Dismissed", "2", "1") "</w:tbl>" PAGEBREAK
                                        "<w:tbl>" TROW3("Outcome", "Officers", "Staff") TROW3("Written warning", "3", "0")
                                        TROW3("Total", "5", "1") "</w:tbl>"), NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    assert_int_equal(d.tables[0].nrows, 5);
    assert_string_equal(d.tables[0].cells[3 * 3].text, "Written warning");
    assert_string_equal(d.tables[0].cells[4 * 3 + 1].text, "5");
    assert_int_equal(d.tables[0].cells[4 * 3 + 1].src_row, 5);
    foi_doc_release(&d);

    /* the first ends on its total: two tables */
    assert_int_equal(read_body(&d, BODY("<w:tbl>" TROW3("Outcome", "Officers", "Staff") TROW3("Total", "2", "1")
                                        "</w:tbl>" PAGEBREAK
                                        "<w:tbl>" TROW3("Outcome", "Officers", "Staff") TROW3("Total", "3", "0")
                                        "</w:tbl>"), NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    foi_doc_release(&d);

    /* a paragraph between them: two tables */
    assert_int_equal(read_body(&d, BODY("<w:tbl>" TROW3("Outcome", "Officers", "Staff") TROW3("Dismissed", "2", "1")
                                        "</w:tbl><w:p><w:r><w:t>Calendar year 2025</w:t></w:r></w:p>"
                                        "<w:tbl>" TROW3("Outcome", "Officers", "Staff") TROW3("Dismissed", "3", "0")
                                        "</w:tbl>"), NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    foi_doc_release(&d);
}

/* A table in a cell of another ("Sexual harassment | <a table of outcomes
 * by year>"): its caption is the outer row's label (the first cell before
 * it, when that is short text and not a number), its heading the heading
 * line above the outer table; a table with a caption of its own keeps it,
 * and a layout table's data table (nothing before it in its row) keeps the
 * heading written inside the cell (Dorset, above). */
static void test_nested_table_context(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/humberside/FOI 26-1187 response.docx", NULL, &err), 0);
    assert_int_equal(d.ntables, 3);
    assert_null(d.tables[0].caption);
    assert_string_equal(d.tables[0].heading, "Outcomes of allegations by type");
    assert_string_equal(d.tables[1].caption, "Sexual harassment");
    assert_string_equal(d.tables[1].heading, "Outcomes of allegations by type");
    assert_string_equal(d.tables[2].caption, "Abuse of position for a sexual purpose");
    assert_grid(&d.tables[2], "Outcome|2024/25|2025/26\nDismissed|4|2\nFinal written warning|0|1\n"
                              "No case to answer|1|0\nUnder investigation|0|3\nTotal|5|6");
    foi_doc_release(&d);

    /* a number before the inner table is no label; a caption of its own wins */
    static const char doc[] = BODY(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc><w:tc>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>Sexual assault</w:t></w:r></w:p></w:tc><w:tc>"
        "<w:tbl><w:tblPr><w:tblCaption w:val=\"Own caption\"/></w:tblPr>"
        "<w:tr><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>");
    assert_int_equal(read_body(&d, doc, NULL, &err), 0);
    assert_int_equal(d.ntables, 3);
    assert_null(d.tables[1].caption);
    assert_string_equal(d.tables[2].caption, "Own caption");
    foi_doc_release(&d);

    /* a layout table, a cell a period: the title the cell holds above its
     * table is that table's, not the cell to its left's */
    static const char layout[] = BODY(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Financial year 2023/24</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>"
        "<w:tc><w:p><w:r><w:t>Financial year 2024/25</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>");
    assert_int_equal(read_body(&d, layout, NULL, &err), 0);
    assert_int_equal(d.ntables, 3);
    assert_non_null(d.tables[1].caption);
    assert_non_null(d.tables[2].caption);
    assert_string_equal(d.tables[1].caption, "Financial year 2023/24");
    assert_string_equal(d.tables[2].caption, "Financial year 2024/25");
    foi_doc_release(&d);
}

/* Paragraphs set out in columns with tab stops are a table when they line
 * up (the same number of columns, counts in the rows after the first),
 * each cell located by its paragraph; "Our ref:<TAB>..." lines and a pair
 * of two-column lines stay lines; a tab in a Word table's cell is a space. */
static void test_tab_stop_tables(void **state)
{
    (void)state;
#define TP3(a, b, c) "<w:p><w:r><w:t>" a "</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>" b "</w:t></w:r>" \
    "<w:r><w:tab/><w:tab/></w:r><w:r><w:t>" c "</w:t></w:r></w:p>"
#define TP2(a, b) "<w:p><w:r><w:t>" a "</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>" b "</w:t></w:r></w:p>"
    static const char doc[] = BODY(
        TP2("Our ref:", "FOI 26/0702") TP2("Date:", "3 March 2026")
        "<w:p><w:r><w:t>Allegations recorded</w:t></w:r></w:p>"
        TP3("Allegation type", "2024", "2025") TP3("Sexual assault", "7", "4") TP3("Sexual harassment", "12", "15")
        "<w:p/>"
        TP2("Dismissed", "3") TP2("Withdrawn", "1")
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>"
        "</w:tbl>");
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_body(&d, doc, NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    const struct foi_table *t = &d.tables[0];
    assert_int_equal(t->para_rows, 1);
    assert_grid(t, "Allegation type|2024|2025\nSexual assault|7|4\nSexual harassment|12|15");
    assert_string_equal(foi_cell_locator(&d, t, 1, 2), "paragraph 5 col 3");
    assert_int_equal(t->anchor_line, 3);
    assert_string_equal(d.tables[0].heading ? d.tables[0].heading : "", "");
    assert_non_null(line_of(&d, "Our ref: FOI 26/0702"));
    assert_non_null(line_of(&d, "Date: 3 March 2026"));
    assert_non_null(line_of(&d, "Dismissed 3"));
    assert_non_null(line_of(&d, "Withdrawn 1"));
    assert_grid(&d.tables[1], "a b");
    foi_doc_release(&d);
#undef TP3
#undef TP2
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dorset),
        cmocka_unit_test(test_corpus_letters),
        cmocka_unit_test(test_synthetic),
        cmocka_unit_test(test_nested_table_context),
        cmocka_unit_test(test_tab_stop_tables),
        cmocka_unit_test(test_table_continued_after_page_break),
        cmocka_unit_test(test_embedded_worksheet),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
