/* test_read_ods.c: OpenDocument: ODS sheets (spans and covered cells, repeated
 * rows and columns, a million repeated empty rows at no cost, repeated cells
 * that hold something, hidden rows, columns and tables) and ODT text
 * (headings, lists, Writer tables with header rows and spans, nested tables,
 * notes as footnotes). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "office_fixture.h"

#define NS "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
#define DOC(body) "<office:document-content " NS "><office:body>" body "</office:body></office:document-content>"

static int read_odf(struct foi_doc *d, const char *mimetype, const char *content, const struct foi_limits *lim,
                    struct foi_err *err)
{
    static const char *const names[] = { "mimetype", "content.xml" };
    const char *bodies[] = { mimetype, content };
    return read_parts(d, names, bodies, 2, lim, err);
}
#define ODS "application/vnd.oasis.opendocument.spreadsheet"
#define ODT "application/vnd.oasis.opendocument.text"

static void test_gwent(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/gwent/FOI 23-0812 spreadsheet.ods", NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_ODS);
    assert_int_equal(d.ntables, 1);
    const struct foi_table *t = &d.tables[0];
    /* spans filled, the covered cell's own text not shown, the repeated 0 expanded,
     * the hidden row and the million empty rows absent */
    assert_int_equal(t->header_rows, 2);
    assert_grid(t, "Calendar year|Outcome|Outcome^|Outcome^|Outcome^|Total\n"
                   "Calendar year^|Dismissed|Written warning|Management advice|No case to answer|Total^\n"
                   "2021|1|0|0|3|4\n2022|2|1|3|4|10\n2023|0|0|0|2|2");
    assert_false(doc_has(&d, "stale text"));
    assert_false(doc_has(&d, "provisional"));
    assert_false(doc_has(&d, "personal data"));
    assert_string_equal(foi_cell_locator(&d, t, 4, 3), "sheet \"Allegations\" D7");
    int rows = 0, sheet = 0;
    for (int i = 0; i < d.nnotes; i++) {
        if (!strcmp(d.notes[i].message, "sheet \"Allegations\" has hidden row 8 holding 5 non-empty cells; they were "
                                        "not read"))
            rows = 1;
        if (!strcmp(d.notes[i].locator, "sheet \"Names\""))
            sheet = 1;
    }
    assert_true(rows && sheet);
    foi_doc_release(&d);
}

static void test_north_wales(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/responses/north-wales/FOI-2023-0987.ods", NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    const struct foi_table *t = &d.tables[0];
    assert_int_equal(t->nrows, 6);
    assert_int_equal(t->ncols, 8);
    assert_int_equal(t->header_rows, 2);
    assert_string_equal(foi_table_cell(t, 1, 0)->text, "Categori / Category");
    assert_true(foi_table_cell(t, 1, 0)->flags & FOI_CELL_SPANNED);
    assert_string_equal(foi_table_cell(t, 4, 3)->text, "0");   /* one of three repeated zeros */
    assert_string_equal(foi_cell_locator(&d, t, 4, 3), "sheet \"FOI 2023-0987\" D9");
    assert_int_equal(d.nlines, 5);
    assert_true(d.lines[2].flags & FOI_LINE_TITLE);
    foi_doc_release(&d);
}

static void test_repeats(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    /* empty rows repeated past a million, then a cell: it sits where it is */
    static const char far[] = DOC("<office:spreadsheet><table:table table:name=\"S\">"
        "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16384\"/>"
        "</table:table-row><table:table-row><table:table-cell table:number-columns-repeated=\"2\"/>"
        "<table:table-cell office:value-type=\"string\"><text:p>here</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet>");
    assert_int_equal(read_odf(&d, ODS, far, NULL, &err), 0);
    assert_int_equal(d.nlines, 1);
    assert_string_equal(d.lines[0].loc, "sheet \"S\" C1048001");
    foi_doc_release(&d);
    /* a row that holds something, repeated: every copy counts (and the limit holds) */
    static const char rep[] = DOC("<office:spreadsheet><table:table table:name=\"S\">"
        "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell office:value-type=\"string\"><text:p>a"
        "</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" "
        "office:value=\"1\"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>");
    assert_int_equal(read_odf(&d, ODS, rep, NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    assert_grid(&d.tables[0], "a|1|1\na|1|1\na|1|1");
    foi_doc_release(&d);
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_cells = 8;
    assert_int_equal(read_odf(&d, ODS, rep, &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "a row repeated 3 times holds 3 cells each, over the cell limit");
    foi_doc_release(&d);
    /* text:s, tabs and line breaks are spaces; comments are no text */
    static const char txt[] = DOC("<office:spreadsheet><table:table table:name=\"S\"><table:table-row>"
        "<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d"
        "<office:annotation><text:p>a comment</text:p></office:annotation></text:p><text:p>e</text:p></table:table-cell>"
        "</table:table-row></table:table></office:spreadsheet>");
    assert_int_equal(read_odf(&d, ODS, txt, NULL, &err), 0);
    assert_string_equal(d.lines[0].text, "a b c d e");
    foi_doc_release(&d);
    /* values stored without their displayed text: shown as General would */
    static const char bare[] = DOC("<office:spreadsheet><table:table table:name=\"S\"><table:table-row>"
        "<table:table-cell office:value-type=\"float\" office:value=\"12\"/><table:table-cell "
        "office:value-type=\"percentage\" office:value=\"0.125\"/><table:table-cell office:value-type=\"date\" "
        "office:date-value=\"2022-10-01T00:00:00\"/></table:table-row></table:table></office:spreadsheet>");
    assert_int_equal(read_odf(&d, ODS, bare, NULL, &err), 0);
    assert_grid(&d.tables[0], "12|12.5%|2022-10-01");
    foi_doc_release(&d);
    /* a formula whose value is missing */
    static const char f[] = DOC("<office:spreadsheet><table:table table:name=\"S\"><table:table-row>"
        "<table:table-cell table:formula=\"of:=1+1\"/></table:table-row></table:table></office:spreadsheet>");
    assert_int_equal(read_odf(&d, ODS, f, NULL, &err), 0);
    assert_string_equal(note_of(&d, "parse_error")->locator, "sheet \"S\" A1");
    foi_doc_release(&d);
}

static void test_odt(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/derbyshire/FOI 004519 reply.odt", NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_ODT);
    const struct foi_line *l = line_of(&d, "Derbyshire Constabulary");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_HEADING);
    assert_string_equal(l->loc, "paragraph 1");
    l = line_of(&d, "\xE2\x80\xA2 We searched the conduct database.");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_BULLET);
    l = line_of(&d, "Outcomes of allegations still under investigation are not shown.");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_FOOTNOTE);
    assert_string_equal(l->loc, "footnote 1");
    assert_int_equal(d.ntables, 1);
    const struct foi_table *t = &d.tables[0];
    assert_int_equal(t->header_rows, 2);
    assert_string_equal(t->heading, "Financial year 2023/24");
    assert_true(foi_table_cell(t, 0, 2)->flags & FOI_CELL_SPANNED);
    assert_string_equal(foi_table_cell(t, 2, 4)->text, "9");
    assert_string_equal(foi_cell_locator(&d, t, 2, 4), "table 1 row 3 col 5");
    foi_doc_release(&d);
    /* a table inside a cell: two tables, the outer cell keeps its own text */
    static const char nested[] = DOC("<office:text><table:table><table:table-row><table:table-cell><text:p>outer"
        "</text:p><table:table><table:table-row><table:table-cell><text:p>inner</text:p></table:table-cell>"
        "<table:table-cell table:number-rows-spanned=\"5\"><text:p>x</text:p></table:table-cell></table:table-row>"
        "</table:table></table:table-cell></table:table-row></table:table><text:list><text:list-item><text:p>one"
        "</text:p></text:list-item></text:list></office:text>");
    assert_int_equal(read_odf(&d, ODT, nested, NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    assert_grid(&d.tables[0], "outer");
    assert_grid(&d.tables[1], "inner|x");   /* a row span past the last row adds no rows */
    assert_string_equal(d.lines[0].text, "\xE2\x80\xA2 one");
    foi_doc_release(&d);
}

/* A Writer table's merged header as LibreOffice writes it: a cell spanning
 * two columns is followed by a covered cell for the place it spans, and a
 * cell spanning two rows leaves a covered cell at the start of the row
 * below. The span took the covered place already: "2025" starts right after
 * "2024"'s two columns, with no empty column between. A writer that leaves
 * the covered cells out reads the same. */
static void test_odt_covered_cells(void **state)
{
    (void)state;
#define C(t) "<table:table-cell><text:p>" t "</text:p></table:table-cell>"
#define SPAN2(t) "<table:table-cell table:number-columns-spanned=\"2\"><text:p>" t "</text:p></table:table-cell>"
#define DOWN2(t) "<table:table-cell table:number-rows-spanned=\"2\"><text:p>" t "</text:p></table:table-cell>"
#define COV "<table:covered-table-cell/>"
    static const char lo[] = DOC("<office:text><table:table><table:table-header-rows><table:table-row>"
        DOWN2("Type") SPAN2("2024") COV SPAN2("2025") COV "</table:table-row><table:table-row>" COV
        C("Officers") C("Staff") C("Officers") C("Staff") "</table:table-row></table:table-header-rows>"
        "<table:table-row>" C("Sexual assault") C("6") C("0") C("1") C("7") "</table:table-row>"
        "</table:table></office:text>");
    static const char bare[] = DOC("<office:text><table:table><table:table-header-rows><table:table-row>"
        DOWN2("Type") SPAN2("2024") SPAN2("2025") "</table:table-row><table:table-row>" COV
        C("Officers") C("Staff") C("Officers") C("Staff") "</table:table-row></table:table-header-rows>"
        "<table:table-row>" C("Sexual assault") C("6") C("0") C("1") C("7") "</table:table-row>"
        "</table:table></office:text>");
#undef C
#undef SPAN2
#undef DOWN2
#undef COV
    const char *docs[] = { lo, bare };
    for (int i = 0; i < 2; i++) {
        struct foi_doc d;
        struct foi_err err;
        assert_int_equal(read_odf(&d, ODT, docs[i], NULL, &err), 0);
        assert_int_equal(d.ntables, 1);
        assert_int_equal(d.tables[0].header_rows, 2);
        assert_grid(&d.tables[0], "Type|2024|2024^|2025|2025^\nType^|Officers|Staff|Officers|Staff\n"
                                  "Sexual assault|6|0|1|7");
        foi_doc_release(&d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gwent),
        cmocka_unit_test(test_north_wales),
        cmocka_unit_test(test_repeats),
        cmocka_unit_test(test_odt),
        cmocka_unit_test(test_odt_covered_cells),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
