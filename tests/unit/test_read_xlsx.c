/* test_read_xlsx.c: Excel workbooks: number formats (built-in and custom, dates
 * in both systems, the 1900 leap-year bug, no float noise), cells as the sheet
 * shows them, merged areas, hidden sheets, rows and columns (named, never
 * read), title and note rows, several tables on a sheet, formulas with and
 * without cached values, chart and empty sheets, and the sheet layout. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "office_fixture.h"
#include "../../parsers/office.h"

/* ------------------------------------------------------------ number formats */

struct fmt_case {
    double v;
    const char *code;
    int date1904;
    const char *want;
};

static void test_number_formats(void **state)
{
    (void)state;
    static const struct fmt_case cases[] = {
        /* General: as shown, no float noise, integers without ".0" */
        { 3, NULL, 0, "3" }, { 3.0, "General", 0, "3" }, { 0.1 + 0.2, NULL, 0, "0.3" },
        { 1234567, NULL, 0, "1234567" }, { -2.5, NULL, 0, "-2.5" }, { 1e20, NULL, 0, "1E+20" },
        { 1.0 / 3, NULL, 0, "0.3333333333" }, { 0, NULL, 0, "0" },
        /* fixed decimals, rounded half away from zero as a spreadsheet shows them */
        { 2.5, "0", 0, "3" }, { 2.675, "0.00", 0, "2.68" }, { 1234567, "#,##0", 0, "1,234,567" },
        { 1234.5, "#,##0.00", 0, "1,234.50" }, { 0.125, "0%", 0, "13%" }, { 0.125, "0.0%", 0, "12.5%" },
        { 5, "0\" cases\"", 0, "5 cases" }, { -1234, "#,##0 ;(#,##0)", 0, "(1,234)" },
        { 0, "0;-0;\"\xE2\x80\x93\"", 0, "\xE2\x80\x93" }, { -3, "0;-0", 0, "-3" }, { -3, "0", 0, "-3" },
        { 1.5, "[Red]0.00", 0, "1.50" }, { 1234, "[$\xC2\xA3-809]#,##0", 0, "\xC2\xA3" "1,234" },
        { 0.5, "#.00", 0, ".50" }, { 7, "@", 0, "7" }, { 12345, "0.00E+00", 0, "1.23E+04" },
        { 3.1, "0.0#", 0, "3.1" }, { 3.456, "0.0#", 0, "3.46" },
        /* built-in dates and times, day first (UK) */
        { 44835, "dd/mm/yyyy", 0, "01/10/2022" }, { 44835, "d-mmm-yy", 0, "1-Oct-22" }, { 44835, "d-mmm", 0, "1-Oct" },
        { 44835, "mmm-yy", 0, "Oct-22" }, { 0.75, "h:mm AM/PM", 0, "6:00 PM" }, { 0.25, "h:mm:ss AM/PM", 0, "6:00:00 AM" },
        { 0.75, "h:mm", 0, "18:00" }, { 0.75, "h:mm:ss", 0, "18:00:00" }, { 44835.75, "dd/mm/yyyy hh:mm", 0, "01/10/2022 18:00" },
        { 0.5 / 1440, "mm:ss", 0, "00:30" }, { 1.5, "[h]:mm:ss", 0, "36:00:00" },
        /* custom date formats */
        { 44835, "mmmm yyyy", 0, "October 2022" }, { 44835, "dddd d mmmm yyyy", 0, "Saturday 1 October 2022" },
        { 44835.5, "yyyy-mm-dd hh:mm:ss", 0, "2022-10-01 12:00:00" }, { 44835, "mmmmm", 0, "O" },
        { 44835, "yy", 0, "22" }, { 44835, "[$-809]mmm\\-yy", 0, "Oct-22" },
        /* the 1900 system's fictitious 29 February 1900 */
        { 1, "dd/mm/yyyy", 0, "01/01/1900" }, { 59, "dd/mm/yyyy", 0, "28/02/1900" },
        { 60, "dd/mm/yyyy", 0, "29/02/1900" }, { 61, "dd/mm/yyyy", 0, "01/03/1900" },
        /* the 1904 system */
        { 0, "dd/mm/yyyy", 1, "01/01/1904" }, { 43373, "mmm-yy", 1, "Oct-22" }, { 43373, "dd/mm/yyyy", 1, "01/10/2022" },
        /* not a date: a negative or absurd serial is shown as a number */
        { -5, "dd/mm/yyyy", 0, "-5" },
        /* conditional sections: the first whose condition holds, else the first without one;
         * a cell holding 3 that shows "*" is a suppressed cell, not a 3 */
        { 0, "[=0]\"-\";[<5]\"*\";0", 0, "-" }, { 3, "[=0]\"-\";[<5]\"*\";0", 0, "*" },
        { 9, "[=0]\"-\";[<5]\"*\";0", 0, "9" }, { 4, "[Blue][<=4]\"fewer than 5\";#,##0", 0, "fewer than 5" },
        { 1234, "[Blue][<=4]\"fewer than 5\";#,##0", 0, "1,234" }, { -2, "[<0]\"neg\";0", 0, "neg" },
        { -7, "[>=10]0;0", 0, "-7" }, { 12, "[>=10]\"many\";[<>3]0", 0, "many" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct foi_buf b;
        foi_buf_init(&b, 0);
        assert_int_equal(foi_numfmt_render(&b, cases[i].v, cases[i].code, cases[i].date1904), 0);
        if (!b.data || strcmp(b.data, cases[i].want))
            fail_msg("%.17g with '%s' (%s): '%s', wanted '%s'", cases[i].v, cases[i].code ? cases[i].code : "NULL",
                     cases[i].date1904 ? "1904" : "1900", b.data ? b.data : "", cases[i].want);
        foi_buf_release(&b);
    }
    /* built-in ids */
    assert_string_equal(foi_numfmt_builtin(14), "dd/mm/yyyy");
    assert_string_equal(foi_numfmt_builtin(17), "mmm-yy");
    assert_null(foi_numfmt_builtin(0));
    assert_null(foi_numfmt_builtin(163));
    /* which codes are dates */
    assert_true(foi_numfmt_is_date("mmm-yy"));
    assert_true(foi_numfmt_is_date("[h]:mm"));
    assert_true(foi_numfmt_is_date(foi_numfmt_builtin(22)));
    assert_false(foi_numfmt_is_date("0.00E+00"));
    assert_false(foi_numfmt_is_date("#,##0\" days\""));
    assert_false(foi_numfmt_is_date("[Red]0"));
    assert_false(foi_numfmt_is_date("General"));
    assert_false(foi_numfmt_is_date(NULL));
}

/* ------------------------------------------------------------ the corpus workbooks */

static void test_metropolitan(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/responses/metropolitan/01.FOI.24.035517-disclosure.xlsx", NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_XLSX);
    /* the hidden working sheet: named in a note, nothing of it read */
    const struct foi_doc_note *n = note_of(&d, "hidden_content");
    assert_non_null(n);
    assert_int_equal(n->severity, FOI_NOTE_WARNING);
    assert_string_equal(n->locator, "sheet \"Working\"");
    assert_false(doc_has(&d, "NOT FOR PUBLICATION"));
    assert_false(doc_has(&d, "Suppression threshold"));
    assert_false(doc_has(&d, "Centurion extract"));
    /* one table per data sheet, in workbook order, below its title rows */
    assert_int_equal(d.ntables, 2);
    const struct foi_table *t = &d.tables[0];
    assert_string_equal(t->sheet, "2022-23");
    assert_string_equal(d.tables[1].sheet, "2023-24");
    assert_int_equal(t->nrows, 9);
    assert_int_equal(t->ncols, 5);
    assert_int_equal(t->header_rows, 1);
    assert_string_equal(t->heading, "FOI reference 01.FOI.24.035517 \xE2\x80\x93 see the Cover sheet for notes");
    assert_string_equal(foi_table_cell(t, 0, 1)->text, "Sexual assault");
    assert_string_equal(foi_table_cell(t, 8, 1)->text, "167");   /* a cached SUM */
    assert_string_equal(foi_table_cell(t, 2, 2)->text, "*");
    assert_string_equal(foi_cell_locator(&d, t, 1, 1), "sheet \"2022-23\" B5");
    assert_string_equal(foi_cell_locator(&d, t, 8, 4), "sheet \"2022-23\" E12");
    /* the title rows are lines before the table, the note row one after it */
    const struct foi_line *l = line_of(&d, "Allegations against police officers and police staff by type and outcome, "
                                           "financial year 2022-23 (1 April 2022 \xE2\x80\x93 31 March 2023)");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_TITLE);
    assert_string_equal(l->loc, "sheet \"2022-23\" A2");
    assert_true(l->no <= t->anchor_line);
    l = line_of(&d, "* fewer than five \xE2\x80\x93 see note on the Cover sheet");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_FOOTNOTE);
    assert_true(l->no > t->anchor_line);
    /* the cover sheet is text: headings and paragraphs */
    l = line_of(&d, "Request");
    assert_non_null(l);
    assert_true(l->flags & FOI_LINE_HEADING);
    assert_string_equal(l->loc, "sheet \"Cover\" A5");
    foi_doc_release(&d);
}

static void test_leicestershire(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/responses/leicestershire/FOI 001874-23 disclosure.xlsx", NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    const struct foi_table *t = &d.tables[0];
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(t->nrows, 25);
    /* date cells with built-in format 17 show as the months they are */
    assert_string_equal(foi_table_cell(t, 1, 0)->text, "Oct-22");
    assert_string_equal(foi_table_cell(t, 24, 0)->text, "Mar-23");
    assert_string_equal(foi_cell_locator(&d, t, 1, 4), "sheet \"FOI 001874-23\" E6");
    /* the preamble (after a blank row) is title lines; the notes after the data footnotes */
    assert_true(line_of(&d, "Leicestershire Police \xE2\x80\x93 Professional Standards Department")->flags & FOI_LINE_TITLE);
    assert_true(line_of(&d, "Notes:")->flags & FOI_LINE_FOOTNOTE);
    assert_null(d.notes);
    foi_doc_release(&d);
}

/* ------------------------------------------------------------ the office fixtures */

static void test_norfolk(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/norfolk/NOR-FOI-2023-0114 workbook.xlsx", NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    const struct foi_table *t = &d.tables[0];
    /* two header rows from merged areas, filled like spans; the hidden column G is gone */
    assert_int_equal(t->header_rows, 2);
    assert_grid(t, "Category|Outcome|Outcome^|Outcome^|Outcome^|Total|Share of all allegations (%)\n"
                   "Category^|Dismissed|Final written warning|Management action|No case to answer|Total^|"
                   "Share of all allegations (%)^\n"
                   "Sexual assault|3|1|6|12|22|35.5%\n"
                   "Sexual harassment|2|*|9|15|28|45.2%\n"
                   "Inappropriate relationship|1|0|4|7|12|19.4%");
    /* a copy points at its merged area's origin; the column after F is the sheet's H */
    assert_int_equal(foi_table_cell(t, 1, 0)->src_row, 3);
    assert_string_equal(foi_cell_locator(&d, t, 2, 6), "sheet \"2021-22\" H5");
    /* hidden row and column: named, never read */
    const struct foi_doc_note *n = note_of(&d, "hidden_content");
    assert_non_null(n);
    assert_string_equal(n->message, "sheet \"2021-22\" has hidden row 8 and hidden column G holding 9 non-empty "
                                    "cells; they were not read");
    assert_false(doc_has(&d, "Example"));
    assert_false(doc_has(&d, "Draft"));
    /* what the hidden column G held on the table's rows is kept aside (not
     * cells of the table): six columns left of it, the hidden row's not kept */
    assert_true(t->nhidden > 0);
    for (int i = 0; i < t->nhidden; i++) {
        assert_int_equal(t->hidden[i].src_col, 7);
        assert_int_equal(t->hidden[i].col, 6);
        assert_int_not_equal(t->hidden[i].src_row, 8);
        assert_int_equal(t->hidden[i].src_row, foi_table_cell(t, t->hidden[i].row, 0)->src_row);
    }
    /* the chart sheet is skipped with an info note; the empty sheet adds nothing */
    int chart = 0;
    for (int i = 0; i < d.nnotes; i++)
        if (!strcmp(d.notes[i].locator, "sheet \"Chart\"") && d.notes[i].severity == FOI_NOTE_INFO)
            chart = 1;
    assert_true(chart);
    for (int i = 0; i < d.nlines; i++)
        assert_null(strstr(d.lines[i].loc, "Sheet5"));
    foi_doc_release(&d);
}

static void test_suffolk(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/suffolk/SUF-2023-771 monthly.xlsx", NULL, &err), 0);
    /* two tables on one sheet, split by blank rows, each under its own title */
    assert_int_equal(d.ntables, 2);
    assert_string_equal(d.tables[0].heading, "Police officers \xE2\x80\x93 allegations of sexual harassment");
    assert_string_equal(d.tables[1].heading, "Police staff \xE2\x80\x93 allegations of sexual harassment");
    /* 1904 dates through a custom format */
    assert_string_equal(foi_table_cell(&d.tables[0], 1, 0)->text, "April 2023");
    assert_string_equal(foi_table_cell(&d.tables[0], 6, 0)->text, "September 2023");
    /* a cached total; a formula without a cached value is empty and reported
     * (its row is then a label alone under the grid: a note line) */
    assert_int_equal(d.tables[0].nrows, 8);
    assert_string_equal(foi_table_cell(&d.tables[0], 7, 1)->text, "15");
    assert_int_equal(d.tables[1].nrows, 7);
    assert_true(line_of(&d, "Total")->flags & FOI_LINE_FOOTNOTE);
    const struct foi_doc_note *n = note_of(&d, "parse_error");
    assert_non_null(n);
    assert_int_equal(n->severity, FOI_NOTE_WARNING);
    assert_string_equal(n->locator, "sheet \"Monthly\" B23");
    /* rich text runs joined, the phonetic run left out */
    assert_non_null(line_of(&d, "FOI 2023/771: allegations of sexual harassment recorded each month"));
    assert_false(doc_has(&d, "PHONETIC"));
    foi_doc_release(&d);
}

static void test_northumbria(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/northumbria/FOI 2024-0031 data.csv", NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_XLSX);
    assert_int_equal(d.ntables, 1);
    /* error cells and booleans as the sheet shows them, never numbers */
    assert_grid(&d.tables[0], "Subject|Referred to IOPC|Upheld|Not upheld|Under investigation|Total|Checked\n"
                              "Police officers|#N/A|2|5|1|8|TRUE\n"
                              "Police staff|#N/A|0|1|0|1|FALSE");
    foi_doc_release(&d);
}

/* ------------------------------------------------------------ synthetic workbooks */

#define MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
static const char *const names[] = { "[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                     "xl/worksheets/sheet1.xml" };
#define CT "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override " \
    "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml." \
    "sheet.main+xml\"/></Types>"
#define RELS "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship " \
    "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" " \
    "Target=\"/xl/worksheets/sheet1.xml\"/></Relationships>"
#define WB(state) "<workbook xmlns=\"" MAIN "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/" \
    "relationships\"><sheets><sheet name=\"Q&amp;A\" sheetId=\"1\" " state " r:id=\"rId1\"/></sheets></workbook>"

static int read_sheet(struct foi_doc *d, const char *sheet, const char *wb, const struct foi_limits *lim,
                      struct foi_err *err)
{
    const char *bodies[] = { CT, wb, RELS, sheet };
    return read_parts(d, names, bodies, 4, lim, err);
}

static void test_layout(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    /* a title over a grid; a lone labelled row after a blank row, with no figure, is a
     * form: a line "Label: value"; a merge reaching far past the content costs nothing */
    static const char sheet[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>  Title\n over two  lines </t></is></c></row>"
        "<row r=\"3\"><c r=\"B3\" t=\"str\"><f>\"Outcome\"</f><v>Outcome</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>2022</t></is></c>"
        "<c r=\"D3\" t=\"inlineStr\"><is><t>2023</t></is></c></row>"
        "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>Dismissed</t></is></c><c r=\"C4\"><v>4</v></c><c r=\"D4\"><v>1.5</v></c></row>"
        "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>Total</t></is></c><c r=\"C5\"><f>C4</f></c></row>"
        "<row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>Source</t></is></c><c r=\"C7\" t=\"inlineStr\"><is><t>PSD</t></is></c></row>"
        "</sheetData><mergeCells><mergeCell ref=\"B2:D2\"/><mergeCell ref=\"E10:XFD1048576\"/></mergeCells></worksheet>";
    assert_int_equal(read_sheet(&d, sheet, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    assert_string_equal(d.tables[0].sheet, "Q&A");
    assert_grid(&d.tables[0], "Outcome|2022|2023\nDismissed|4|1.5");
    assert_int_equal(d.tables[0].header_rows, 1);
    assert_int_equal(d.nlines, 3);
    assert_string_equal(d.lines[2].text, "Source: PSD");
    assert_string_equal(d.lines[2].loc, "sheet \"Q&A\" C7");
    assert_string_equal(d.lines[0].text, "Title over two lines");
    assert_string_equal(d.lines[0].loc, "sheet \"Q&A\" B2");
    assert_true(d.lines[0].flags & FOI_LINE_TITLE);
    assert_string_equal(foi_cell_locator(&d, &d.tables[0], 1, 2), "sheet \"Q&A\" D4");
    assert_string_equal(note_of(&d, "parse_error")->locator, "sheet \"Q&A\" C5");
    foi_doc_release(&d);

    /* label and value rows with no figure are lines; a row with a figure keeps the grid */
    static const char form[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Reference</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>FOI 12/24</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Notes:</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>* means fewer than five, withheld under section 40(2).</t></is></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Sexual assault</t></is></c><c r=\"B4\"><v>7</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Sexual harassment</t></is></c><c r=\"B5\" t=\"inlineStr\"><is><t>Not recorded</t></is></c></row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, form, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    assert_grid(&d.tables[0], "Sexual assault|7\nSexual harassment|Not recorded");
    assert_int_equal(d.nlines, 2);
    assert_string_equal(d.lines[0].text, "Reference: FOI 12/24");
    assert_string_equal(d.lines[1].text, "Notes: * means fewer than five, withheld under section 40(2).");
    assert_string_equal(d.lines[1].loc, "sheet \"Q&A\" B2");
    foi_doc_release(&d);

    /* a very hidden sheet is named and not opened (its part may be anything) */
    assert_int_equal(read_sheet(&d, "not even XML", WB("state=\"veryHidden\""), NULL, &err), 0);
    assert_int_equal(d.ntables, 0);
    assert_string_equal(note_of(&d, "hidden_content")->message,
                        "sheet \"Q&A\" is very hidden (state=\"veryHidden\"); it was not read, and nothing on it is "
                        "in the figures");
    foi_doc_release(&d);
}

#define IS(ref, text) "<c r=\"" ref "\" t=\"inlineStr\"><is><t>" text "</t></is></c>"
#define NUM(ref, v) "<c r=\"" ref "\"><v>" v "</v></c>"

/* The first data row's count a mark, not a figure: still the first data row,
 * not a second header row, when its labels recur in the body's columns or
 * it holds only marks the body uses too; a header row of units ("n", "%")
 * stays a header row. */
static void test_first_row_of_marks(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    static const char tidy[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Year") IS("B1", "Employee") IS("C1", "Outcome") IS("D1", "Count") "</row>"
        "<row r=\"2\">" IS("A2", "2021/22") IS("B2", "Police Officer") IS("C2", "Dismissed") IS("D2", "x") "</row>"
        "<row r=\"3\">" IS("A3", "2021/22") IS("B3", "Police Officer") IS("C3", "Ongoing") NUM("D3", "8") "</row>"
        "<row r=\"4\">" IS("A4", "2021/22") IS("B4", "Police Staff") IS("C4", "Dismissed") NUM("D4", "6") "</row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, tidy, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    assert_int_equal(d.tables[0].header_rows, 1);
    assert_int_equal(foi_table_cell(&d.tables[0], 1, 0)->flags & FOI_CELL_HEADER, 0);
    foi_doc_release(&d);

    static const char wide[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Outcome") IS("B1", "Sexual assault") IS("C1", "Sexual harassment") "</row>"
        "<row r=\"2\">" IS("A2", "Would have been dismissed") IS("B2", "[c]") IS("C2", "\xe2\x80\x93") "</row>"
        "<row r=\"3\">" IS("A3", "Ongoing") IS("B3", "\xe2\x80\x93") NUM("C3", "5") "</row>"
        "<row r=\"4\">" IS("A4", "Dismissed") NUM("B4", "7") IS("C4", "[c]") "</row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, wide, WB(""), NULL, &err), 0);
    assert_int_equal(d.tables[0].header_rows, 1);
    foi_doc_release(&d);

    static const char units[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Outcome") IS("B1", "2022/23") IS("C1", "2022/23") "</row>"
        "<row r=\"2\">" IS("A2", "") IS("B2", "n") IS("C2", "%") "</row>"
        "<row r=\"3\">" IS("A3", "Dismissed") NUM("B3", "4") NUM("C3", "20") "</row>"
        "<row r=\"4\">" IS("A4", "Ongoing") NUM("B4", "16") NUM("C4", "80") "</row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, units, WB(""), NULL, &err), 0);
    assert_int_equal(d.tables[0].header_rows, 2);
    foi_doc_release(&d);
}

/* A pivot table pasted as values with no blank row under its report
 * filter: the filter row ("Employee Type | (All)") is a line above the
 * table ("Employee Type: (All)"), the table opens at the pivot's caption
 * row ("Count of Allegation ID | Column Labels"). */
static void test_pivot_filter_row(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    static const char pivot[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Constabulary - FOI 1/25") "</row>"
        "<row r=\"3\">" IS("A3", "Employee Type") IS("B3", "(All)") "</row>"
        "<row r=\"4\">" IS("A4", "Count of Allegation ID") IS("B4", "Column Labels") "</row>"
        "<row r=\"5\">" IS("A5", "Row Labels") NUM("B5", "2022") NUM("C5", "2023") IS("D5", "Grand Total") "</row>"
        "<row r=\"6\">" IS("A6", "Sexual harassment") NUM("B6", "3") NUM("C6", "4") NUM("D6", "7") "</row>"
        "<row r=\"7\">" IS("A7", "Dismissed") NUM("B7", "3") NUM("D7", "3") "</row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, pivot, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    assert_string_equal(foi_table_cell(&d.tables[0], 0, 0)->text, "Count of Allegation ID");
    assert_int_equal(d.tables[0].header_rows, 2);
    assert_non_null(line_of(&d, "Employee Type: (All)"));
    foi_doc_release(&d);
}

static void test_errors(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    static const struct { const char *sheet; int code; const char *msg; } cases[] = {
        { "<worksheet xmlns=\"" MAIN "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>",
          FOI_EPARSE, "shared string 7 does not exist (the workbook has 0)" },
        { "<worksheet xmlns=\"" MAIN "\"><sheetData><row r=\"1\"><c r=\"1A\"><v>7</v></c></row></sheetData></worksheet>",
          FOI_EPARSE, "bad cell reference '1A'" },
        { "<worksheet xmlns=\"" MAIN "\"><sheetData><row r=\"99999999\"><c><v>7</v></c></row></sheetData></worksheet>",
          FOI_EPARSE, "row number 99999999 is outside any sheet" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int rc = read_sheet(&d, cases[i].sheet, WB(""), NULL, &err);
        if (rc != cases[i].code || strcmp(err.message, cases[i].msg))
            fail_msg("case %zu: %d '%s'", i, rc, err.message);
        foi_doc_release(&d);
    }
    /* the cell limit, counted as cells are read */
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_cells = 3;
    static const char four[] = "<worksheet xmlns=\"" MAIN "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                               "<c r=\"B1\"><v>2</v></c><c r=\"C1\"><v>3</v></c><c r=\"D1\"><v>4</v></c></row></sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, four, WB(""), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "sheet has more than 3 cells, over the cell limit");
    foi_doc_release(&d);
    /* merged areas are walked row by row: their rows are bounded like cells */
    lim.max_cells = 100;
    static const char merged[] = "<worksheet xmlns=\"" MAIN "\"><sheetData><row r=\"1000\"><c r=\"A1000\"><v>1</v></c>"
                                 "</row></sheetData><mergeCells><mergeCell ref=\"B1:C1048576\"/></mergeCells></worksheet>";
    assert_int_equal(read_sheet(&d, merged, WB(""), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "sheet's merged areas cover more than 400 rows, over the cell limit");
    foi_doc_release(&d);
    /* a workbook without sheets */
    assert_int_equal(read_sheet(&d, four, "<workbook xmlns=\"" MAIN "\"><sheets/></workbook>", NULL, &err), FOI_EPARSE);
    assert_string_equal(err.message, "workbook has no sheets");
    foi_doc_release(&d);
}

/* A long table set apart into blocks by year with a blank row between them,
 * each block after the first opening with a row of figures: one table under
 * the first block's header; a block that opens with its own header after
 * the blank row is a table of its own. */
static void test_blocks_across_blank_rows(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    static const char sheet[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Financial year") IS("B1", "Quarter") IS("C1", "Sexual assault") IS("D1", "Sexual harassment") "</row>"
        "<row r=\"2\">" IS("A2", "2023/24") IS("B2", "Q1") NUM("C2", "4") NUM("D2", "2") "</row>"
        "<row r=\"3\">" IS("A3", "2023/24 total") NUM("C3", "4") NUM("D3", "2") "</row>"
        "<row r=\"5\">" IS("A5", "2024/25") IS("B5", "Q1") NUM("C5", "3") NUM("D5", "6") "</row>"
        "<row r=\"6\">" IS("A6", "2024/25 total") NUM("C6", "3") NUM("D6", "6") "</row>"
        "<row r=\"8\">" IS("A8", "Outcome") IS("B8", "Officers") IS("C8", "Staff") IS("D8", "Total") "</row>"
        "<row r=\"9\">" IS("A9", "Dismissed") NUM("B9", "1") NUM("C9", "0") NUM("D9", "1") "</row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, sheet, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    assert_int_equal(d.tables[0].header_rows, 1);
    assert_int_equal(d.tables[0].nrows, 5);
    assert_string_equal(foi_cell_locator(&d, &d.tables[0], 3, 2), "sheet \"Q&A\" C5");
    assert_int_equal(d.tables[1].nrows, 2);
    foi_doc_release(&d);
}

/* Blocks by type: the type in column A on a block's first row only, its
 * outcomes in B, a Total row with A empty, a blank row, then the next type:
 * one table under the first block's header. A block whose first row starts
 * in another column after the blank row is a table of its own. */
static void test_type_blocks_across_blank_rows(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    static const char sheet[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Allegations against police staff") "</row>"
        "<row r=\"3\">" IS("A3", "Type") IS("B3", "Outcome") IS("C3", "2023") IS("D3", "2024") "</row>"
        "<row r=\"4\">" IS("A4", "Sexual assault") IS("B4", "Dismissed") NUM("C4", "1") NUM("D4", "2") "</row>"
        "<row r=\"5\">" IS("B5", "No case to answer") NUM("C5", "3") NUM("D5", "0") "</row>"
        "<row r=\"6\">" IS("B6", "Total") NUM("C6", "4") NUM("D6", "2") "</row>"
        "<row r=\"8\">" IS("A8", "Sexual harassment") IS("B8", "Dismissed") NUM("C8", "0") NUM("D8", "5") "</row>"
        "<row r=\"9\">" IS("B9", "Total") NUM("C9", "0") NUM("D9", "5") "</row>"
        "<row r=\"11\">" IS("B11", "Withdrawn") NUM("C11", "2") NUM("D11", "1") "</row>"
        "<row r=\"12\">" IS("B12", "Total") NUM("C12", "2") NUM("D12", "1") "</row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, sheet, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    assert_int_equal(d.tables[0].header_rows, 1);
    assert_int_equal(d.tables[0].nrows, 6);
    assert_string_equal(foi_table_cell(&d.tables[0], 4, 0)->text, "Sexual harassment");
    assert_string_equal(foi_cell_locator(&d, &d.tables[0], 4, 3), "sheet \"Q&A\" D8");
    assert_int_equal(d.tables[1].nrows, 2);
    foi_doc_release(&d);
}

/* Round 46a: blocks by type whose type and first outcome group stand on
 * rows of their own in column A ("Sexual harassment", "Misconduct
 * proven") before the block's figures, after a blank row: one table under
 * the first block's header (blind46 West Mercia: each later block was a
 * table with no header, its figures left out). A title over a table of its
 * own header after the blank row still starts a new table. */
static void test_heading_rows_blocks_across_blank_rows(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    static const char sheet[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Outcome") IS("B1", "Officers") IS("C1", "Staff") "</row>"
        "<row r=\"2\">" IS("A2", "Sexual assault") "</row>"
        "<row r=\"3\">" IS("A3", "Dismissed") NUM("B3", "1") NUM("C3", "0") "</row>"
        "<row r=\"4\">" IS("A4", "Total") NUM("B4", "1") NUM("C4", "0") "</row>"
        "<row r=\"6\">" IS("A6", "Sexual harassment") "</row>"
        "<row r=\"7\">" IS("A7", "Proven") "</row>"
        "<row r=\"8\">" IS("A8", "Dismissed") NUM("B8", "2") NUM("C8", "3") "</row>"
        "<row r=\"9\">" IS("A9", "Total") NUM("B9", "2") NUM("C9", "3") "</row>"
        "<row r=\"11\">" IS("A11", "Table 2: complaints") "</row>"
        "<row r=\"12\">" IS("A12", "Outcome") IS("B12", "2024") IS("C12", "2025") "</row>"
        "<row r=\"13\">" IS("A13", "Upheld") NUM("B13", "4") NUM("C13", "5") "</row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, sheet, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    assert_int_equal(d.tables[0].nrows, 8);
    assert_string_equal(foi_table_cell(&d.tables[0], 4, 0)->text, "Sexual harassment");
    assert_string_equal(foi_cell_locator(&d, &d.tables[0], 6, 2), "sheet \"Q&A\" C8");
    assert_int_equal(d.tables[1].nrows, 2);
    foi_doc_release(&d);
}

/* Two tables side by side on one sheet, split by an empty column, each
 * under its own title row: two tables, each with its title as heading and
 * its own columns; the sheet's title above both and its note below stay
 * lines. A spacer column between the labels and the figures, or between two
 * years' columns, sets no table apart: the part after it starts with a
 * figure, not a label. */
static void test_tables_side_by_side(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    static const char sheet[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Complaints recorded in 2024 and 2025") "</row>"
        "<row r=\"3\">" IS("A3", "Officers") IS("F3", "Staff") "</row>"
        "<row r=\"4\">" IS("A4", "Type") IS("B4", "Outcome") IS("C4", "2024") IS("D4", "2025")
        IS("F4", "Type") IS("G4", "Outcome") IS("H4", "2024") IS("I4", "2025") "</row>"
        "<row r=\"5\">" IS("A5", "Sexual assault") IS("B5", "Dismissed") NUM("C5", "2") NUM("D5", "1")
        IS("F5", "Sexual assault") IS("G5", "Dismissed") NUM("H5", "0") NUM("I5", "3") "</row>"
        "<row r=\"6\">" IS("B6", "Total") NUM("C6", "2") NUM("D6", "1")
        IS("G6", "Total") NUM("H6", "0") NUM("I6", "3") "</row>"
        "<row r=\"8\">" IS("A8", "Source: case system.") "</row>"
        "</sheetData><mergeCells><mergeCell ref=\"A3:D3\"/><mergeCell ref=\"F3:I3\"/></mergeCells></worksheet>";
    assert_int_equal(read_sheet(&d, sheet, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 2);
    assert_string_equal(d.tables[0].heading, "Officers");
    assert_string_equal(d.tables[1].heading, "Staff");
    assert_grid(&d.tables[0], "Type|Outcome|2024|2025\nSexual assault|Dismissed|2|1\n|Total|2|1");
    assert_grid(&d.tables[1], "Type|Outcome|2024|2025\nSexual assault|Dismissed|0|3\n|Total|0|3");
    assert_int_equal(d.tables[1].header_rows, 1);
    assert_string_equal(foi_cell_locator(&d, &d.tables[1], 1, 3), "sheet \"Q&A\" I5");
    assert_int_equal(d.nlines, 4);
    assert_string_equal(d.lines[0].text, "Complaints recorded in 2024 and 2025");
    assert_true(d.lines[1].flags & FOI_LINE_TITLE);
    assert_string_equal(d.lines[2].loc, "sheet \"Q&A\" F3");
    assert_true(d.lines[3].flags & FOI_LINE_FOOTNOTE);
    foi_doc_release(&d);

    /* a spacer column between the years: the part after it opens with figures, one table */
    static const char spacers[] =
        "<worksheet xmlns=\"" MAIN "\"><sheetData>"
        "<row r=\"1\">" IS("A1", "Outcome") IS("B1", "Officers 2024") IS("C1", "Staff 2024")
        IS("E1", "Officers 2025") IS("F1", "Staff 2025") "</row>"
        "<row r=\"2\">" IS("A2", "Dismissed") NUM("B2", "4") NUM("C2", "1") NUM("E2", "2") NUM("F2", "0") "</row>"
        "<row r=\"3\">" IS("A3", "Total") NUM("B3", "4") NUM("C3", "1") NUM("E3", "2") NUM("F3", "0") "</row>"
        "</sheetData></worksheet>";
    assert_int_equal(read_sheet(&d, spacers, WB(""), NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    assert_grid(&d.tables[0], "Outcome|Officers 2024|Staff 2024|Officers 2025|Staff 2025\nDismissed|4|1|2|0\n"
                              "Total|4|1|2|0");
    foi_doc_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blocks_across_blank_rows),
        cmocka_unit_test(test_type_blocks_across_blank_rows),
        cmocka_unit_test(test_heading_rows_blocks_across_blank_rows),
        cmocka_unit_test(test_tables_side_by_side),
        cmocka_unit_test(test_number_formats),
        cmocka_unit_test(test_metropolitan),
        cmocka_unit_test(test_leicestershire),
        cmocka_unit_test(test_norfolk),
        cmocka_unit_test(test_suffolk),
        cmocka_unit_test(test_northumbria),
        cmocka_unit_test(test_layout),
        cmocka_unit_test(test_first_row_of_marks),
        cmocka_unit_test(test_pivot_filter_row),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
