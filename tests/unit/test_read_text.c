/* test_read_text.c: the plain-text reader: physical lines and their flags,
 * the West Midlands fixed-width tables (letterhead not a table), tables under
 * a dashed rule or aligned without one, pipe and +---+ grid tables, prose and
 * address blocks that are not tables, tab-separated tables, limits and
 * allocation failures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../parsers/read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RESPONSES FOI_SRCDIR "/fixtures/responses"

#define S(lit) lit, sizeof lit - 1

static int read_text(struct foi_doc *doc, const char *text, size_t n, const struct foi_limits *lim,
                     struct foi_err *err)
{
    foi_err_clear(err);
    foi_doc_init(doc, "t.txt");
    return foi_read_text(doc, text, n, lim, err);
}

static int read_fixture(struct foi_doc *doc, const char *rel, struct foi_err *err)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", RESPONSES, rel);
    foi_err_clear(err);
    foi_doc_init(doc, rel);
    return foi_read_file(doc, path, NULL, err);
}

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

/* ------------------------------------------------------------ lines */

static void test_physical_lines(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S("a\r\nb\rc\n\n  d  \t\ne\xC2\xA0"), NULL, &err), 0);
    static const char *const want[] = {"a", "b", "c", "", "  d", "e"};
    assert_int_equal(doc.nlines, 6);
    for (int i = 0; i < 6; i++) {
        assert_string_equal(doc.lines[i].text, want[i]);
        assert_int_equal(doc.lines[i].no, i + 1);
    }
    assert_string_equal(doc.text, "a\nb\nc\n\n  d\ne");
    assert_int_equal(doc.text_len, strlen(doc.text));
    assert_int_equal(doc.format, FOI_FMT_TEXT);
    assert_string_equal(doc.encoding, "utf-8");
    foi_doc_release(&doc);
    /* a final newline does not make an extra line */
    assert_int_equal(read_text(&doc, S("x\r\n"), NULL, &err), 0);
    assert_int_equal(doc.nlines, 1);
    foi_doc_release(&doc);
}

struct flag_case {
    const char *name;
    const char *text;
    int line;          /* 1-based */
    unsigned flags;
};

#define H FOI_LINE_HEADING
#define B FOI_LINE_BULLET
#define P FOI_LINE_PARA_START
#define F FOI_LINE_FOOTNOTE

static const struct flag_case flag_cases[] = {
    {"paragraph start", "one\ntwo\n\nthree\n", 1, P},
    {"paragraph continues", "one\ntwo\n\nthree\n", 2, 0},
    {"after a blank line", "one\ntwo\n\nthree four.\nfive\n", 4, P},
    {"all caps heading", "Dear Sir,\n\nCOMPLAINT RIGHTS\nIf you are unhappy\n", 3, H | P},
    {"caps with digits", "FREEDOM OF INFORMATION ACT 2000 \xE2\x80\x93 REQUEST FOI 0121/21\ntext\n", 1, H | P},
    {"a postcode is not a heading", "Stafford\nST18 0YY\n", 2, 0},
    {"isolated short line", "text.\n\nSexual harassment\n\nDuring the year\n", 3, H | P},
    {"isolated line ending with a comma", "x\n\nDear Requester,\n\nI write\n", 3, P},
    {"isolated e-mail address", "x\n\nEmail: foi@example.police.uk\n\ny\n", 3, P},
    {"long isolated line", "x\n\nThis line is far too long to be a heading: it runs on past eighty bytes of text ok\n\ny\n",
     3, P},
    {"bullet character", "Figures:\n\xE2\x80\xA2 Dismissed \xE2\x80\x93 2\n", 2, B},
    {"middle dot bullet", "\n  \xC2\xB7 item\n", 2, B | P},
    {"dash bullet after a colon", "Outcomes:\n- Dismissed 2\n- Ongoing 1\n", 2, B},
    {"dash bullet after a bullet", "Outcomes:\n- Dismissed 2\n- Ongoing 1\n", 3, B},
    {"enumerator after a blank line", "x\n\n(a) Domestic abuse\n\nIn 2022\n", 3, H | B | P},
    {"numbered item", "Items:\n1. First\n2. Second\n", 3, B},
    {"wrapped prose starting with (a)", "how many allegations of\n(a) sexual assault, (b) sexual harassment\n", 2, 0},
    {"wrapped prose starting with a dash", "the figures for the year\n- which were late - are\n", 2, 0},
    {"dash item indented under a line", "Complaints of harassment: 4\n   - Upheld: 1\n   - Not upheld: 3\n", 2, B},
    {"dash item indented under a line, next", "Complaints of harassment: 4\n   - Upheld: 1\n   - Not upheld: 3\n", 3, B},
    {"a run of dash items under a line", "Sexual assault\n- Total allegations \xE2\x80\x93 18\n- Dismissed \xE2\x80\x93 2\n",
     2, B},
    {"a run of dash items under a line, next", "Sexual assault\n- Total allegations \xE2\x80\x93 18\n- Dismissed \xE2\x80\x93 2\n",
     3, B},
    {"one dash line wrapped under prose", "the figures for the year\n- which were late - are\nshown below.\n", 2, 0},
    {"a number after a colon goes on", "Staff, sexual assault: 2022: nil; 2024:\n2. Staff, sexual harassment: 6\n", 2, 0},
    {"a list after a colon starts at 1", "The outcomes were:\n1. Dismissed\n2. Ongoing\n", 2, B},
    {"asterisk footnote", "\xE2\x80\xA2 A \xE2\x80\x93 fewer than five*\n\n* Figures of fewer than five are withheld\n", 3,
     F | P},
    {"asterisk list", "Outcomes:\n* Dismissed\n* Ongoing\n", 2, B},
    {"dagger footnote", "text\n\xE2\x80\xA0 Provisional figures\n", 2, F},
    {"a period alone over its paragraph", "text.\n\n2021/22\n2 allegations were recorded.\n", 3, H | P},
    {"a named period alone", "text.\n\nFinancial year 2022/23\nNone were recorded.\n", 3, H | P},
    {"a request's period line", "You asked:\n\nFor the financial year 2023/24:\n(a) how many\n", 3, P},
    {"a year alone over its paragraph", "text.\n\n2021\nallegations.\n", 3, H | P},
    {"a number is no period", "text.\n\n14\nallegations were recorded.\n", 3, P},
    /* round 44a (blind44 Staffordshire): a title underlined by a rule of one
     * run heads what follows; the line under the rule starts a paragraph */
    {"an underlined title", "text.\n\nPolice staff\n------------\nKey: SA sexual assault.\n", 3, H | P},
    {"under an underlined title", "text.\n\nPolice staff\n------------\nKey: SA sexual assault.\n", 5, P},
    {"a sentence over a rule is no title", "text.\n\nThe figures were as follows.\n------------\nx\n", 3, P},
};

static void test_line_flags(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof flag_cases / sizeof flag_cases[0]; i++) {
        const struct flag_case *c = &flag_cases[i];
        struct foi_doc doc;
        struct foi_err err;
        assert_int_equal(read_text(&doc, c->text, strlen(c->text), NULL, &err), 0);
        assert_true(c->line <= doc.nlines);
        unsigned got = doc.lines[c->line - 1].flags;
        if (got != c->flags)
            fail_msg("%s: line %d '%s' flags %u, expected %u", c->name, c->line, doc.lines[c->line - 1].text, got,
                     c->flags);
        foi_doc_release(&doc);
    }
}

/* ------------------------------------------------------------ West Midlands */

static void test_west_midlands_0388(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_fixture(&doc, "west-midlands/0388_23_response.txt", &err), 0);
    assert_int_equal(doc.ntables, 1);
    const struct foi_table *t = &doc.tables[0];
    char *g = grid(t);
    assert_string_equal(g, "Outcome|Officers|Staff|Total\n"
                           "Dismissed|2|0|2\n"
                           "Final written warning|3|1|4\n"
                           "Written warning|2|2|4\n"
                           "Management action|6|3|9\n"
                           "No case to answer|8|4|12\n"
                           "Not upheld|5|1|6\n"
                           "Ongoing|4|2|6\n"
                           "Total|30|13|43");
    foi_free(g);
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(foi_table_cell(t, 0, 2)->flags, FOI_CELL_HEADER);
    assert_int_equal(foi_table_cell(t, 1, 2)->flags, 0);
    assert_int_equal(t->first_line, 34);
    assert_int_equal(t->last_line, 43);
    assert_int_equal(t->anchor_line, 33);
    /* the line above ends a wrapped paragraph ("... the\n information is
     * provided in the table below."): no heading; the engine reads the
     * paragraph whole */
    assert_null(t->heading);
    assert_int_equal(foi_table_cell(t, 1, 3)->src_row, 36);
    assert_int_equal(foi_table_cell(t, 1, 3)->src_col, 4);
    assert_string_equal(foi_cell_locator(&doc, t, 1, 3), "line 36 col 4");
    /* the table's lines stay lines; the letterhead is not a table */
    assert_string_equal(doc.lines[42].text, "    Total                                30       13       43");
    assert_int_equal(doc.lines[20].flags, FOI_LINE_HEADING | FOI_LINE_PARA_START);   /* REQUEST */
    foi_doc_release(&doc);
}

static void test_west_midlands_2512(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_fixture(&doc, "west-midlands/2512_22_response.txt", &err), 0);
    assert_int_equal(doc.ntables, 1);
    const struct foi_table *t = &doc.tables[0];
    char *g = grid(t);
    assert_string_equal(g, "Outcome|2020/21|2021/22\n"
                           "Dismissed|4|6\n"
                           "Would have been dismissed|2|1\n"
                           "Final written warning|1|2\n"
                           "Written warning|0|1\n"
                           "No case to answer|5|3\n"
                           "Ongoing|0|4\n"
                           "Total|12|17");
    foi_free(g);
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(t->first_line, 33);
    assert_int_equal(t->last_line, 42);
    assert_int_equal(foi_table_cell(t, 7, 0)->src_row, 42);   /* the Total row, under the second rule */
    foi_doc_release(&doc);
}

static void test_letters_without_tables(void **state)
{
    (void)state;
    static const char *const files[] = {
        "west-midlands/1947_21_response.txt",
        "staffordshire/FOI 0121-21 response.txt",
        "staffordshire/FOI 0344-23 response.txt",
        "staffordshire/FOI 6120-22 response.txt",
        "devon-and-cornwall/2022-001456 response letter.txt",
        "devon-and-cornwall/2023-000789 response letter.txt",
        "devon-and-cornwall/2023-001902 response letter.txt",
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        struct foi_doc doc;
        struct foi_err err;
        assert_int_equal(read_fixture(&doc, files[i], &err), 0);
        if (doc.ntables != 0)
            fail_msg("%s: %d tables", files[i], doc.ntables);
        assert_true(doc.nlines > 40);
        foi_doc_release(&doc);
    }
}

/* ------------------------------------------------------------ table shapes */

struct table_case {
    const char *name;
    const char *text;
    int ntables;
    int header_rows;
    const char *grid;      /* of the first table */
    int first_line, last_line;
    const char *heading;
};

static const struct table_case table_cases[] = {
    {"pipe table", "Figures:\n| Force | Count |\n|-------|------:|\n| Kent  | 5     |\n| Met \\| MPS | 12 |\n", 1, 1,
     "Force|Count\nKent|5\nMet | MPS|12", 2, 5, "Figures:"},
    {"markdown without outer pipes", "Force | Count\n--- | ---\nKent | 5\n", 1, 1, "Force|Count\nKent|5", 1, 3, NULL},
    {"grid table",
     "+-----------+-------+\n| Outcome   | Count |\n+===========+=======+\n| Dismissed | 2     |\n"
     "| Ongoing   | 1     |\n+-----------+-------+\n",
     1, 1, "Outcome|Count\nDismissed|2\nOngoing|1", 1, 6, NULL},
    {"aligned without a rule",
     "The figures are:\n\nOutcome              Officers    Staff\nDismissed                   2        0\n"
     "No case to answer          10        4\n",
     1, 1, "Outcome|Officers|Staff\nDismissed|2|0\nNo case to answer|10|4", 3, 5, "The figures are:"},
    {"aligned, first row numeric", "Kent        5      6\nEssex       7      8\n", 1, 0, "Kent|5|6\nEssex|7|8", 1, 2, NULL},
    {"group header over two columns",
     "                 Police officers\nOutcome          2021      2022\n-------          ----      ----\n"
     "Dismissed           1         2\nOngoing             0         3\n",
     1, 2, "|Police officers|Police officers^\nOutcome|2021|2022\nDismissed|1|2\nOngoing|0|3", 1, 5, NULL},
    {"rule above and below the header",
     "-------   -----\nOutcome   Count\n-------   -----\nDismissed     2\n-------   -----\n", 1, 1,
     "Outcome|Count\nDismissed|2", 1, 5, NULL},
    {"a note under the table is not a row",
     "Outcome     Count\n-------     -----\nDismissed       2\nOngoing         1\n* fewer than five\n", 1, 1,
     "Outcome|Count\nDismissed|2\nOngoing|1", 1, 4, NULL},
    {"a blank line inside the table",
     "Outcome     Count\n-------     -----\nDismissed       2\n\nTotal           2\n\nAfterwards a sentence.\n", 1, 1,
     "Outcome|Count\nDismissed|2\nTotal|2", 1, 5, NULL},
    {"groups over pairs of columns, one unbroken rule",
     "                     Jan-Jun 2024     Jul-Dec 2024\n"
     "Type               Officers  Staff  Officers  Staff\n"
     "---------------------------------------------------\n"
     "Sexual assault            4      1         2      0\n"
     "---------------------------------------------------\n"
     "Total                     4      1         2      0\n",
     1, 2, "|Jan-Jun 2024|Jan-Jun 2024^|Jul-Dec 2024|Jul-Dec 2024^\nType|Officers|Staff|Officers|Staff\n"
     "Sexual assault|4|1|2|0\nTotal|4|1|2|0", 1, 6, NULL},
    {"group labels each inside one column of its pair",
     "                       2023            2024\n"
     "Type               Officers  Staff  Officers  Staff\n"
     "---------------------------------------------------\n"
     "Sexual assault            4      1         2      0\n",
     1, 2, "|2023|2023^|2024|2024^\nType|Officers|Staff|Officers|Staff\nSexual assault|4|1|2|0", 1, 4, NULL},
    {"prose with two spaces between sentences",
     "The figures were extracted from the system.  They reflect the position at\n"
     "the time of extraction and may change.  Please note that the data is held\n"
     "on a live system.  Totals may differ from those published in 2021.\n",
     0, 0, NULL, 0, 0, NULL},
    {"right-aligned address block",
     "                                        West Midlands Police\n"
     "                                        Lloyd House\n"
     "                                        Birmingham\n"
     "                                        B4 6NQ\n",
     0, 0, NULL, 0, 0, NULL},
    {"one column under a rule", "Outcome\n-------\nDismissed\nOngoing\n", 0, 0, NULL, 0, 0, NULL},
    {"key and value without numbers", "Name:      A. Person\nRole:      Officer\n", 0, 0, NULL, 0, 0, NULL},
    {"a single pipe in prose", "Use the form | or write to us\n", 0, 0, NULL, 0, 0, NULL},
};

static void test_tables(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof table_cases / sizeof table_cases[0]; i++) {
        const struct table_case *c = &table_cases[i];
        struct foi_doc doc;
        struct foi_err err;
        assert_int_equal(read_text(&doc, c->text, strlen(c->text), NULL, &err), 0);
        if (doc.ntables != c->ntables)
            fail_msg("%s: %d tables, expected %d", c->name, doc.ntables, c->ntables);
        if (c->ntables) {
            const struct foi_table *t = &doc.tables[0];
            char *g = grid(t);
            if (strcmp(g, c->grid) != 0 || t->header_rows != c->header_rows)
                fail_msg("%s: got (%d header rows)\n%s\nexpected (%d)\n%s", c->name, t->header_rows, g,
                         c->header_rows, c->grid);
            foi_free(g);
            if (t->first_line != c->first_line || t->last_line != c->last_line)
                fail_msg("%s: lines %d-%d, expected %d-%d", c->name, t->first_line, t->last_line, c->first_line,
                         c->last_line);
            assert_int_equal(t->anchor_line, c->first_line - 1);
            if (c->heading)
                assert_string_equal(t->heading, c->heading);
            else
                assert_null(t->heading);
            for (int r = 0; r < t->nrows; r++)
                for (int k = 0; k < t->ncols; k++)
                    if (r < t->header_rows)
                        assert_true(foi_table_cell(t, r, k)->flags & FOI_CELL_HEADER);
        }
        foi_doc_release(&doc);
    }
}

/* Tables pasted with single spaces: a line of periods over rows of a label
 * and as many counts, group lines between them; a block whose counts do not
 * line up is no table. */
static void test_spaced_tables(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    static const char text[] =
        "Cleveland Police holds this information.\n"
        "\n"
        "Sexual misconduct - police officers\n"
        "Outcome 2020 2021 2022\n"
        "Public complaints\n"
        "Total 4 7 2\n"
        "Dismissed 1 0 1\n"
        "Conduct matters\n"
        "Total 3 5 6\n"
        "Final written warning 1 * <5\n"
        "\n"
        "Outcomes not listed above 2020 2021 2022\n"
        "Withdrawn 1 2\n"
        "\n"
        "In 2019 2020 and 2021 we recorded 4 7 and 2 allegations.\n"
        "\n"
        "2019/20 2020/21 Total\n"
        "Dismissed 3 4 7\n";
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(t->first_line, 4);
    assert_int_equal(t->last_line, 10);
    assert_string_equal(t->heading, "Sexual misconduct - police officers");
    char *g = grid(t);
    assert_string_equal(g, "Outcome|2020|2021|2022\n"
                           "Public complaints|||\n"
                           "Total|4|7|2\n"
                           "Dismissed|1|0|1\n"
                           "Conduct matters|||\n"
                           "Total|3|5|6\n"
                           "Final written warning|1|*|<5");
    foi_free(g);
    /* locators: the line and the column */
    assert_int_equal(foi_table_cell(t, 2, 3)->src_row, 6);
    assert_int_equal(foi_table_cell(t, 2, 3)->src_col, 4);
    /* a Total column after the periods; no label before them */
    g = grid(&doc.tables[1]);
    assert_string_equal(g, "|2019/20|2020/21|Total\nDismissed|3|4|7");
    foi_free(g);
    foi_doc_release(&doc);
}

/* A table pasted from a spreadsheet: a tab between fields, whatever the
 * tab stops do to the alignment; a leading tab is an empty first cell; the
 * rows above the first count are the header. */
static void test_tab_tables(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    static const char text[] =
        "Table 2 - Outcomes\n"
        "\n"
        "Outcome\tAllegations\n"
        "Dismissed\t3\n"
        "Would have been dismissed\t1\n"
        "Final written warning\t4\n"
        "\n"
        "\tDomestic\tSexual\n"
        "Outcome\tabuse\tharassment\n"
        "Dismissed\t4\t2\n"
        "Ongoing\t\t3\n"
        "\n"
        "\tIndented\t2021\n"
        "\tDismissed\t5\n"
        "\n"
        "Thank you\tfor your request.\n"
        "We hold\tno such data.\n";
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 3);
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(t->first_line, 3);
    assert_int_equal(t->last_line, 6);
    char *g = grid(t);
    assert_string_equal(g, "Outcome|Allegations\nDismissed|3\nWould have been dismissed|1\nFinal written warning|4");
    foi_free(g);
    assert_int_equal(foi_table_cell(t, 2, 1)->src_row, 5);
    assert_int_equal(foi_table_cell(t, 2, 1)->src_col, 2);
    t = &doc.tables[1];
    assert_int_equal(t->header_rows, 2);
    g = grid(t);
    assert_string_equal(g, "|Domestic|Sexual\nOutcome|abuse|harassment\nDismissed|4|2\nOngoing||3");
    foi_free(g);
    g = grid(&doc.tables[2]);
    assert_string_equal(g, "Indented|2021\nDismissed|5");
    foi_free(g);
    assert_int_equal(doc.tables[2].header_rows, 1);
    foi_doc_release(&doc);
}

/* Tab-drawn rows whose long labels wrap onto a second line, the counts on
 * the second ("Abuse of position for a sexual" over "purpose<TAB>6<TAB>1"):
 * one row, the label whole (round 31). A line that opens in capitals under
 * it is no part of the label, and the table ends before it. */
static void test_tab_tables_wrapped_labels(void **state)
{
    (void)state;
    static const char text[] =
        "Table 2 - cases in 2025\n"
        "Category\tPolice officers\tPolice staff\n"
        "Sexual harassment\t4\t2\n"
        "Abuse of position for a sexual\n"
        "purpose\t6\t1\n"
        "Violence against women and\n"
        "girls\t11\t1\n"
        "Misogyny\t3\t0\n"
        "\n"
        "The Total line repeats Table 1.\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Category|Police officers|Police staff\n"
                           "Sexual harassment|4|2\n"
                           "Abuse of position for a sexual purpose|6|1\n"
                           "Violence against women and girls|11|1\n"
                           "Misogyny|3|0");
    free(g);
    assert_int_equal(doc.tables[0].cells[2 * 3 + 1].src_row, 5);   /* the line of its counts */
    foi_doc_release(&doc);
}

/* A pasted table whose blocks a blank line sets apart, each block's type on
 * its first row, the later blocks with no header of their own: one table
 * (blind39's Nottinghamshire letter once re-wrapped), one blank line or two
 * between them. A block after a blank
 * line with a header row of its own, or of another width, is a table of its
 * own. */
static void test_tab_table_blocks(void **state)
{
    (void)state;
    static const char text[] =
        "The table below gives calendar years 2024 and 2025.\n"
        "\n"
        "Type\tOutcome\t2024\t2025\n"
        "Sexual assault\tDismissed\t1\t2\n"
        "\tTotal\t3\t4\n"
        "\n"
        "\n"
        "Sexual harassment\tDismissed\t5\t6\n"
        "\tTotal\t7\t8\n"
        "\n"
        "Type\tOfficers\tStaff\n"
        "Misogyny\t3\t0\n"
        "Stalking\t1\t1\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type|Outcome|2024|2025\n"
                           "Sexual assault|Dismissed|1|2\n"
                           "|Total|3|4\n"
                           "Sexual harassment|Dismissed|5|6\n"
                           "|Total|7|8");
    free(g);
    assert_int_equal(doc.tables[0].cells[3 * 4 + 2].src_row, 8);   /* its own line */
    g = grid(&doc.tables[1]);
    assert_string_equal(g, "Type|Officers|Staff\nMisogyny|3|0\nStalking|1|1");
    free(g);
    foi_doc_release(&doc);
}

/* Report output and exports in a text file: lines with the same number of
 * '|' fields (no leading bar, no rule) or of ';' fields (three or more), a
 * count after the first field on every line but the header; a quoted field
 * keeps its delimiter; two ';' clauses of prose, a pipe line alone, and pipe
 * lines without counts are no table; a banner rule and trailer lines are not
 * rows. */
static void test_delimited_tables(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    static const char text[] =
        "=====================================\n"
        "REPORT: PSD_ALLEGATIONS    RUN: 01/12/2026\n"
        "PARAMETERS: FROM 01/01/2024; TO 31/12/2025; BY YEAR\n"
        "=====================================\n"
        "YEAR|TYPE|EMP|OUTCOME|COUNT\n"
        "2024|SEXUAL ASSAULT|POLICE OFFICER|DISMISSED|2\n"
        "2025| SEXUAL ASSAULT |POLICE STAFF|WITHDRAWN|11\n"
        "=====================================\n"
        "ROWS RETURNED: 2\n"
        "\n"
        "Year;Type;Finding;Number\n"
        "2024;Sexual harassment;\"Management action; reflective practice\";5\n"
        "2025;Sexual harassment;Dismissed;1\n"
        "\n"
        "We hold the figures; they are below.\n"
        "Some are small; none are withheld.\n"
        "\n"
        "Option A | Option B\n"
        "\n"
        "Name|Role|Team\n"
        "Smith|Analyst|PSD\n";
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(t->first_line, 5);
    assert_int_equal(t->last_line, 7);
    char *g = grid(t);
    assert_string_equal(g, "YEAR|TYPE|EMP|OUTCOME|COUNT\n2024|SEXUAL ASSAULT|POLICE OFFICER|DISMISSED|2\n"
                           "2025|SEXUAL ASSAULT|POLICE STAFF|WITHDRAWN|11");
    foi_free(g);
    assert_int_equal(foi_table_cell(t, 2, 4)->src_row, 7);
    assert_true(foi_table_cell(t, 0, 0)->flags & FOI_CELL_HEADER);
    t = &doc.tables[1];
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(t->ncols, 4);
    assert_string_equal(foi_table_cell(t, 1, 2)->text, "Management action; reflective practice");
    assert_string_equal(foi_table_cell(t, 2, 3)->text, "1");
    foi_doc_release(&doc);
}

/* A header line over a rule of one run it spans ("Type / Outcome  2022  2023
 * Total" over "======"): the header's segments are the columns; group lines
 * ("OFFICERS") and the blank lines before them, and a dashed rule over a
 * Total line, stay inside the table. */
static void test_header_rule_groups(void **state)
{
    (void)state;
    static const char text[] =
        "Type / Outcome                 2022     2023    Total\n"
        "=====================================================\n"
        "OFFICERS\n"
        "  Dismissed                       3        1        4\n"
        "  Written warning                 0        2        2\n"
        "                             ------------------------\n"
        "  Total                           3        3        6\n"
        "\n"
        "STAFF\n"
        "  Dismissed                       1        0        1\n"
        "  Total                           1        0        1\n"
        "\n"
        "Figures are provisional.\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type / Outcome|2022|2023|Total\n"
                           "OFFICERS|||\n"
                           "Dismissed|3|1|4\n"
                           "Written warning|0|2|2\n"
                           "Total|3|3|6\n"
                           "STAFF|||\n"
                           "Dismissed|1|0|1\n"
                           "Total|1|0|1");
    free(g);
    assert_int_equal(doc.tables[0].header_rows, 1);
    foi_doc_release(&doc);
    /* a one-run rule under a line of two segments is no header rule */
    static const char two[] = "Our ref     2024/0001\n====================\nDismissed 3\n";
    assert_int_equal(read_text(&doc, S(two), NULL, &err), 0);
    assert_int_equal(doc.ntables, 0);
    foi_doc_release(&doc);
    /* a header with a blank corner over the row labels names the count
     * columns only: the label column stays the first, every year over its
     * own counts; and the last row over the closing rule is no header of a
     * second table (the record-heavy letters: both misread once) */
    static const char corner[] =
        "Table: Finalised allegations\n"
        "                       2017/18   2018/19   2019/20\n"
        "----------------------------------------------------\n"
        "Reflective practice          8        28         *\n"
        "Withdrawn                    9         -         9\n"
        "Ongoing                     21        36         -\n"
        "----------------------------------------------------\n"
        "Total                       38        64         9\n";
    assert_int_equal(read_text(&doc, S(corner), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    g = grid(&doc.tables[0]);
    assert_string_equal(g, "|2017/18|2018/19|2019/20\n"
                           "Reflective practice|8|28|*\n"
                           "Withdrawn|9|-|9\n"
                           "Ongoing|21|36|-\n"
                           "Total|38|64|9");
    free(g);
    foi_doc_release(&doc);
}

/* A header over a rule cut a few columns short of its last heading
 * ("Total" past the dashes) is still the header the rule marks; two words
 * of one heading parted by a single space ("NCTA Ongoing"), each over a
 * column of values of its own that no row's text crosses, are two columns;
 * a heading of words over one column ("No case to answer") stays one; and a
 * key written straight under the closing rule starts a paragraph of its own. */
static void test_header_rule_split_heads(void **state)
{
    (void)state;
    static const char text[] =
        "Part B - outcomes\n"
        "-----------------------------------------------------------------\n"
        "Category            Dismissed   No case to answer   WW Live   Total\n"
        "-----------------------------------------------------------------\n"
        "Sexual assault              2                   4    1    3      10\n"
        "Sexual harassment           1                   0    2    0       3\n"
        "-----------------------------------------------------------------\n"
        "WW written warning; Live still under investigation.\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Category|Dismissed|No case to answer|WW|Live|Total\n"
                           "Sexual assault|2|4|1|3|10\n"
                           "Sexual harassment|1|0|2|0|3");
    free(g);
    int key = -1;
    for (int i = 0; i < doc.nlines; i++)
        if (!strncmp(doc.lines[i].text, "WW written", 10))
            key = i;
    assert_true(key >= 0);
    assert_true(doc.lines[key].flags & FOI_LINE_PARA_START);
    foi_doc_release(&doc);
}

/* A header over a rule of several runs ("------ ----- -----"), its heads set
 * flush right over their runs with one space between two of them ("OFFR
 * STAFF   ALL"): each word that sits inside a run of its own is that
 * column's head, not one label over both (round 31); a label over a run
 * and its neighbour's gap stays one. */
static void test_rule_runs_part_heads(void **state)
{
    (void)state;
    static const char text[] =
        "CONDUCT CASES BY TYPE                    RUN 02/11/2026\n"
        "\n"
        "TYPE / OUTCOME                 PC PCSO   ALL\n"
        "---------------------------- ---- ----- -----\n"
        "SEXUAL HARASSMENT\n"
        "  NO CASE TO ANSWER             2     1     3\n"
        "  WRITTEN WARNING               4     0     4\n"
        "  ** TOTAL                      6     1     7\n"
        "---------------------------- ---- ----- -----\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "TYPE / OUTCOME|PC|PCSO|ALL\n"
                           "SEXUAL HARASSMENT|||\n"
                           "NO CASE TO ANSWER|2|1|3\n"
                           "WRITTEN WARNING|4|0|4\n"
                           "** TOTAL|6|1|7");
    free(g);
    foi_doc_release(&doc);
}

/* A heading wrapped onto a second line above a one-run rule ("Rate per
 * 1,000 officers" over "(2025)"): the header line is the one above it and
 * both are header rows. */
static void test_header_rule_wrapped_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Category             Person     2023    2024    Per 100 staff\n"
        "                                                  (2024)\n"
        "----------------------------------------------------------------\n"
        "Sexual assault       Officers      4       6             1.20\n"
        "                     Staff         2       1              n/a\n"
        "\n"
        "Rates use our headcount.\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 2);
    assert_int_equal(doc.tables[0].first_line, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Category|Person|2023|2024|Per 100 staff\n"
                           "||||(2024)\n"
                           "Sexual assault|Officers|4|6|1.20\n"
                           "|Staff|2|1|n/a");
    free(g);
    foi_doc_release(&doc);
}

/* An aligned table with no rule whose last heading wraps onto the line
 * under the header ("Per 1,000" over "(FY 24/25)"): both lines are header
 * rows, the wrapped one no row of its own; a first body line under a
 * header is never taken for wrapped headings when it holds a count. */
static void test_aligned_wrapped_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Category               FY 23/24   FY 24/25   Per 1,000\n"
        "                                             (FY 24/25)\n"
        "Sexual harassment            12          9         4.1\n"
        "Domestic abuse                7          3         1.4\n"
        "\n"
        "Category               2023       2024       Per 100\n"
        "                                             6\n"
        "Sexual harassment            12          9         4.1\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_true(doc.ntables >= 1);
    assert_int_equal(doc.tables[0].header_rows, 2);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Category|FY 23/24|FY 24/25|Per 1,000\n"
                           "|||(FY 24/25)\n"
                           "Sexual harassment|12|9|4.1\n"
                           "Domestic abuse|7|3|1.4");
    free(g);
    for (int i = 1; i < doc.ntables; i++)
        assert_true(doc.tables[i].header_rows < 2);
    foi_doc_release(&doc);
}

/* A space-aligned table with no rule whose header line is a blank corner over
 * the year columns, and whose blocks of rows sit under group lines ("Police
 * officers", "Police staff": one segment, no digit, no further in than the
 * labels under them): one table, the group lines rows of their own with only
 * a label, the header over them all. A one-segment line with a digit under it
 * (a footnote) ends the table; a one-segment line over a line that is no row
 * of the table is no group line. */
static void test_aligned_group_lines(void **state)
{
    (void)state;
    static const char text[] =
        "Part 1\n"
        "\n"
        "                               2023/24   2024/25  2025/26+\n"
        "Officers\n"
        "  Sexual misconduct                 11         7         5\n"
        "  Sexual harassment                  4         9         2\n"
        "Staff\n"
        "  Sexual misconduct                  2         3         1\n"
        "  Sexual harassment                  6         1         0\n"
        "+ 1 April 2025 to 31 October 2025\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "|2023/24|2024/25|2025/26+\n"
                           "Officers|||\n"
                           "Sexual misconduct|11|7|5\n"
                           "Sexual harassment|4|9|2\n"
                           "Staff|||\n"
                           "Sexual misconduct|2|3|1\n"
                           "Sexual harassment|6|1|0");
    free(g);
    foi_doc_release(&doc);
    /* a one-segment line indented further than the row under it is no group line */
    static const char text2[] =
        "                               2023/24   2024/25\n"
        "Sexual misconduct                   11         7\n"
        "        Figures are provisional\n"
        "Sexual harassment                    4         9\n";
    assert_int_equal(read_text(&doc, S(text2), NULL, &err), 0);
    for (int i = 0; i < doc.ntables; i++)
        for (int r = 0; r < doc.tables[i].nrows; r++)
            assert_null(strstr(foi_table_cell(&doc.tables[i], r, 0)->text, "provisional"));
    foi_doc_release(&doc);
}

/* A message quoted line by line below an e-mail reply ("> " on every line,
 * a bare ">" for its blank lines): its tab-separated tables are found
 * without the marks (cells "Dismissed", not "> Dismissed"), a bare ">"
 * parts two tables, and the document's lines keep their marks. Two lines
 * opening with '>' and no bare one are no quote ("> 5 years" rows). */
static void test_quoted_tables(void **state)
{
    (void)state;
    static const char text[] =
        "Dear Requester,\n"
        "\n"
        "> Table 1\n"
        "> Type\t2022/23\t2023/24\n"
        "> Sexual assault\t4\t7\n"
        ">\n"
        "> Outcome\tSexual assault\n"
        "> Dismissed\t2\n"
        "> Total\t4\n"
        "\n"
        "Length\tCases\n"
        "> 5 years\t3\n"
        "> 10 years\t1\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 3);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type|2022/23|2023/24\nSexual assault|4|7");
    free(g);
    assert_int_equal(doc.tables[0].first_line, 4);
    g = grid(&doc.tables[1]);
    assert_string_equal(g, "Outcome|Sexual assault\nDismissed|2\nTotal|4");
    free(g);
    g = grid(&doc.tables[2]);
    assert_string_equal(g, "Length|Cases\n> 5 years|3\n> 10 years|1");
    free(g);
    assert_string_equal(doc.lines[4].text, "> Sexual assault\t4\t7");
    foi_doc_release(&doc);
}

/* A block after a blank line carries on a fixed-width table only when its
 * first row lines up with the table's columns, each segment in a column of
 * its own; a block laid out with other gaps (a report that sizes each group
 * to fit) is a table of its own, not squeezed into the first one's columns
 * ("POLICE STAFF" and "WITHDRAWN" both nearest PERSON TYPE). */
static void test_blank_block_realigned(void **state)
{
    (void)state;
    static const char text[] =
        "YEAR    CATEGORY             PERSON TYPE         RESULT                 NO.\n"
        "----------------------------------------------------------------------------\n"
        "2024    SEXUAL HARASSMENT    POLICE OFFICER      DISMISSED                2\n"
        "2024    SEXUAL HARASSMENT    POLICE OFFICER      NO CASE TO ANSWER        5\n"
        "\n"
        "2024    SEXUAL HARASSMENT    POLICE OFFICER      WITHDRAWN                1\n"
        "\n"
        "2024  SEXUAL HARASSMENT  POLICE STAFF    WITHDRAWN  4\n"
        "2024  SEXUAL HARASSMENT  POLICE STAFF    DISMISSED  3\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_true(doc.ntables >= 1);
    char *g = grid(&doc.tables[0]);
    /* the aligned block after the first blank carries on the table */
    assert_string_equal(g, "YEAR|CATEGORY|PERSON TYPE|RESULT|NO.\n"
                           "2024|SEXUAL HARASSMENT|POLICE OFFICER|DISMISSED|2\n"
                           "2024|SEXUAL HARASSMENT|POLICE OFFICER|NO CASE TO ANSWER|5\n"
                           "2024|SEXUAL HARASSMENT|POLICE OFFICER|WITHDRAWN|1");
    free(g);
    /* the re-spaced block is read on its own, each word in its own cell */
    int found = 0;
    for (int i = 1; i < doc.ntables; i++) {
        g = grid(&doc.tables[i]);
        found |= strstr(g, "POLICE STAFF|WITHDRAWN|4") != NULL;
        free(g);
    }
    assert_true(found);
    foi_doc_release(&doc);
}

/* Round 32 (part A): a report printed page by page into text, form feeds
 * between its pages, each page opening with the same running header (alike
 * but for its digits) over the table's column heads and rule: the running
 * header is furniture (its lines left blank, their numbers kept), the column
 * heads and rule stay and head each page's table; a group line too long for
 * the label column, after a blank line, goes on with the table. Text with no
 * form feed, or whose pages open differently, has no furniture. */
static void test_paged_export_furniture(void **state)
{
    (void)state;
    static const char text[] =
        "CLEVELAND POLICE - CONDUCT UNIT                  Sheet 1 of 2\r\n"
        "Run: 02/12/2026 09:15\r\n"
        "Outcome                          Officers   Staff\r\n"
        "==================================================\r\n"
        "PERIOD: 2025-26\r\n"
        "\r\n"
        "Type: Sexual harassment\r\n"
        "  Dismissed                             2       1\r\n"
        "  Sub-total                             2       1\r\n"
        "\r\n"
        "Type: Abuse of position for a sexual purpose (all ranks)\r\n"
        "  Dismissed                             3       0\r\n"
        "  Sub-total                             3       0\r\n"
        "\fCLEVELAND POLICE - CONDUCT UNIT                  Sheet 2 of 2\r\n"
        "Run: 02/12/2026 09:15\r\n"
        "Outcome                          Officers   Staff\r\n"
        "==================================================\r\n"
        "PERIOD: 2026-27 Q1-Q2\r\n"
        "\r\n"
        "Type: Sexual harassment\r\n"
        "  Dismissed                             4       0\r\n"
        "  Sub-total                             4       0\r\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.npages, 2);
    assert_int_equal(doc.nfurniture, 4);
    assert_string_equal(doc.furniture[0].text, "CLEVELAND POLICE - CONDUCT UNIT                  Sheet 1 of 2");
    assert_string_equal(doc.furniture[0].loc, "page 1 header");
    assert_int_equal(doc.furniture[2].page, 2);
    assert_string_equal(doc.furniture[3].text, "Run: 02/12/2026 09:15");
    assert_int_equal(doc.nlines, 22);
    assert_string_equal(doc.lines[0].text, "");
    assert_string_equal(doc.lines[13].text, "");   /* the form feed's line, its header gone */
    assert_string_equal(doc.lines[15].text, "Outcome                          Officers   Staff");
    assert_int_equal(doc.ntables, 2);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Outcome|Officers|Staff\n"
                           "PERIOD: 2025-26||\n"
                           "Type: Sexual harassment||\n"
                           "Dismissed|2|1\n"
                           "Sub-total|2|1\n"
                           "Type: Abuse of position for a sexual purpose (all ranks)||\n"
                           "Dismissed|3|0\n"
                           "Sub-total|3|0");
    free(g);
    g = grid(&doc.tables[1]);
    assert_non_null(strstr(g, "Outcome|Officers|Staff\nPERIOD: 2026-27 Q1-Q2||\n"));
    free(g);
    foi_doc_release(&doc);
    /* the blank lines between the blocks doubled: the same tables */
    char twice[2048];
    size_t o = 0;
    for (size_t i = 0; text[i] && o + 4 < sizeof twice; i++) {
        twice[o++] = text[i];
        if (!strncmp(text + i, "\r\n\r\n", 4) && i > 0)
            twice[o++] = '\r', twice[o++] = '\n';
    }
    twice[o] = '\0';
    assert_int_equal(read_text(&doc, twice, o, NULL, &err), 0);
    assert_int_equal(doc.nfurniture, 4);
    assert_int_equal(doc.ntables, 2);
    g = grid(&doc.tables[0]);
    assert_non_null(strstr(g, "Type: Abuse of position for a sexual purpose (all ranks)||\nDismissed|3|0\nSub-total|3|0"));
    free(g);
    foi_doc_release(&doc);
    /* pages that open with a row of the table going on (its counts change
     * from page to page): no running header */
    static const char rows[] =
        "Dismissed               1       0\nWritten warning         2       1\n"
        "\fDismissed               3       2\nWritten warning         4       1\n";
    assert_int_equal(read_text(&doc, S(rows), NULL, &err), 0);
    assert_int_equal(doc.nfurniture, 0);
    assert_string_equal(doc.lines[2].text, "Dismissed               3       2");
    foi_doc_release(&doc);
    /* pages that open differently: no running header */
    static const char other[] =
        "Dear Sir\n\nThe figures are below.\n\fAnnex A\n\nOutcome     Count\n-------     -----\nDismissed       2\n";
    assert_int_equal(read_text(&doc, S(other), NULL, &err), 0);
    assert_int_equal(doc.nfurniture, 0);
    assert_string_equal(doc.lines[3].text, "Annex A");
    foi_doc_release(&doc);
}

/* Round 32 (part A): a space-aligned table with no rule whose header lines
 * leave the row labels' corner blank ("2024  2025" over "Officers  Staff
 * Officers  Staff", one space only between the middle two heads): the columns
 * come from the body rows alone, and each head word goes to the column under
 * it; the year over its pair is spread over both. */
static void test_blank_corner_heads(void **state)
{
    (void)state;
    static const char text[] =
        "The numbers of allegations recorded are:\n"
        "\n"
        "                                        2023            2024\n"
        "                                 Officers  Staff Officers  Staff\n"
        "Sexual harassment                       6      2        9      *\n"
        "Sexual misconduct                       4      *        3      1\n"
        "\n"
        "* = between 1 and 4.\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "|2023|2023^|2024|2024^\n"
                           "|Officers|Staff|Officers|Staff\n"
                           "Sexual harassment|6|2|9|*\n"
                           "Sexual misconduct|4|*|3|1");
    free(g);
    foi_doc_release(&doc);
    /* a body row not flush with the others' labels: no such table */
    static const char ragged[] =
        "                                        2023            2024\n"
        "                                 Officers  Staff Officers  Staff\n"
        "Sexual harassment                       6      2        9      *\n"
        "   Sexual misconduct                    4      *        3      1\n";
    assert_int_equal(read_text(&doc, S(ragged), NULL, &err), 0);
    for (int i = 0; i < doc.ntables; i++) {
        g = grid(&doc.tables[i]);
        assert_null(strstr(g, "|Officers|Staff|Officers|Staff"));
        free(g);
    }
    foi_doc_release(&doc);
}

/* Round 44b: a corner label on the first header line ("Category  2023
 * 2024", right-aligned over the count of each pair) over a blank-corner
 * line of units repeated per group ("No.  Pct  No.  Pct"): both are header
 * lines, the columns come from the body, and each group label covers its
 * own block of columns (not the nearer column of the next block). */
static void test_corner_label_unit_pairs(void **state)
{
    (void)state;
    static const char text[] =
        "Category                   2023               2024\n"
        "                            No.     Pct        No.     Pct\n"
        "Gross misconduct              4    40.0          2    25.0\n"
        "Misconduct                    6    60.0          6    75.0\n"
        "All                          10   100.0          8   100.0\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_text(&doc, S(text), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Category|2023|2023^|2024|2024^\n"
                           "|No.|Pct|No.|Pct\n"
                           "Gross misconduct|4|40.0|2|25.0\n"
                           "Misconduct|6|60.0|6|75.0\n"
                           "All|10|100.0|8|100.0");
    free(g);
    foi_doc_release(&doc);
    /* a first line with a count after its label is a body row, no header */
    static const char body[] =
        "Dismissed                   12\n"
        "                            No.     Pct        No.     Pct\n"
        "Gross misconduct              4    40.0          2    25.0\n";
    assert_int_equal(read_text(&doc, S(body), NULL, &err), 0);
    for (int i = 0; i < doc.ntables; i++) {
        g = grid(&doc.tables[i]);
        assert_null(strstr(g, "Dismissed|12^"));
        free(g);
    }
    foi_doc_release(&doc);
}

static void test_errors(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_line_bytes = 10;
    assert_int_equal(read_text(&doc, S("short\nthis line is too long\n"), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.locator, "line 2");
    assert_string_equal(err.message, "line is longer than the 10 bytes line-length limit");
    foi_doc_release(&doc);

    foi_limits_default(&lim);
    lim.max_cols = 3;
    assert_int_equal(read_text(&doc, S("| a | b | c | d |\n| 1 | 2 | 3 | 4 |\n"), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "table has 4 columns, over the 3-column limit");
    assert_string_equal(err.locator, "line 1");
    foi_doc_release(&doc);

    foi_limits_default(&lim);
    lim.max_cells = 5;
    assert_int_equal(read_text(&doc, S("| a | b |\n| 1 | 2 |\n| 3 | 4 |\n"), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "table has 6 cells, over the 5-cell limit");
    foi_doc_release(&doc);

    assert_int_equal(read_text(&doc, S("bin\0ary"), NULL, &err), FOI_EENCODING);
    foi_doc_release(&doc);
}

static void test_oom(void **state)
{
    (void)state;
    static const char text[] =
        "HEADING\n\nOutcome     Count\n-------     -----\nDismissed       2\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "Kent      5     6\nEssex     7     8\n";
    int ok = 0;
    for (long n = 1; n < 100000 && !ok; n++) {
        struct foi_doc doc;
        struct foi_err err;
        foi_err_clear(&err);
        foi_doc_init(&doc, "t.txt");
        foi_alloc_fail_after(n);
        int rc = foi_read_text(&doc, text, sizeof text - 1, NULL, &err);
        foi_alloc_fail_after(0);
        if (!rc) {
            ok = 1;
            assert_int_equal(doc.ntables, 3);
        } else if (rc != FOI_ENOMEM) {
            fail_msg("allocation %ld failing gave %d (%s)", n, rc, err.message);
        }
        foi_doc_release(&doc);
    }
    assert_true(ok);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_physical_lines),
        cmocka_unit_test(test_paged_export_furniture),
        cmocka_unit_test(test_blank_corner_heads),
        cmocka_unit_test(test_corner_label_unit_pairs),
        cmocka_unit_test(test_line_flags),
        cmocka_unit_test(test_west_midlands_0388),
        cmocka_unit_test(test_west_midlands_2512),
        cmocka_unit_test(test_letters_without_tables),
        cmocka_unit_test(test_tables),
        cmocka_unit_test(test_spaced_tables),
        cmocka_unit_test(test_tab_tables),
        cmocka_unit_test(test_tab_tables_wrapped_labels),
        cmocka_unit_test(test_tab_table_blocks),
        cmocka_unit_test(test_delimited_tables),
        cmocka_unit_test(test_header_rule_groups),
        cmocka_unit_test(test_header_rule_split_heads),
        cmocka_unit_test(test_rule_runs_part_heads),
        cmocka_unit_test(test_blank_block_realigned),
        cmocka_unit_test(test_header_rule_wrapped_heading),
        cmocka_unit_test(test_quoted_tables),
        cmocka_unit_test(test_aligned_wrapped_heading),
        cmocka_unit_test(test_aligned_group_lines),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
