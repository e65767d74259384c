/* test_read_html.c: the HTML reader: spans (rowspan/colspan, clamps, groups,
 * a rowspan crossing a total row), header rows, cell text (br, entities, nbsp,
 * nested markup), nested tables, skipped content, lines and their flags,
 * headings and anchors, limits and allocation failures. */
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

static int read_html(struct foi_doc *doc, const char *html, const struct foi_limits *lim, struct foi_err *err)
{
    foi_err_clear(err);
    foi_doc_init(doc, "t.html");
    return foi_read_html(doc, html, strlen(html), lim, err);
}

/* A table as "a|b^|c\nd|e|f": cells by '|', rows by newline, '^' after a
 * spanned copy. Caller frees. */
static char *grid(const struct foi_table *t)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int r = 0; r < t->nrows; r++) {
        for (int c = 0; c < t->ncols; c++) {
            const struct foi_cell *cell = foi_table_cell(t, r, c);
            foi_buf_printf(&b, "%s%s%s", c ? "|" : "", cell->text,
                           (cell->flags & FOI_CELL_SPANNED) ? "^" : "");
        }
        if (r + 1 < t->nrows)
            foi_buf_addc(&b, '\n');
    }
    return foi_buf_detach(&b);
}

/* ------------------------------------------------------------ spans */

struct span_case {
    const char *name;
    const char *html;
    int header_rows;
    const char *grid;
};

static const struct span_case span_cases[] = {
    {"colspan", "<table><tr><td colspan=2>a</td><td>b</td></tr><tr><td>c</td><td>d</td><td>e</td></tr></table>",
     0, "a|a^|b\nc|d|e"},
    {"rowspan", "<table><tr><td rowspan=2>a</td><td>b</td></tr><tr><td>c</td></tr></table>", 0, "a|b\na^|c"},
    {"rowspan and colspan",
     "<table><tr><td rowspan=2 colspan=2>a</td><td>b</td></tr><tr><td>c</td></tr>"
     "<tr><td>d</td><td>e</td><td>f</td></tr></table>",
     0, "a|a^|b\na^|a^|c\nd|e|f"},
    {"rowspan=0 runs to the end of its group",
     "<table><tbody><tr><td rowspan=0>a</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>"
     "<tbody><tr><td>x</td><td>y</td></tr></tbody></table>",
     0, "a|1\na^|2\na^|3\nx|y"},
    {"rowspan clamped to its group",
     "<table><tbody><tr><td rowspan=5>a</td><td>1</td></tr><tr><td>2</td></tr></tbody>"
     "<tbody><tr><td>x</td><td>y</td></tr></tbody></table>",
     0, "a|1\na^|2\nx|y"},
    {"huge rowspan", "<table><tr><td rowspan=99999999999999>a</td><td>1</td></tr><tr><td>2</td></tr></table>", 0,
     "a|1\na^|2"},
    {"colspan=0 is 1", "<table><tr><td colspan=0>a</td><td>b</td></tr></table>", 0, "a|b"},
    {"junk spans are 1", "<table><tr><td colspan=x rowspan=-2>a</td><td>b</td></tr><tr><td>c</td></tr></table>", 0,
     "a|b\nc|"},
    {"ragged rows padded", "<table><tr><td>a</td></tr><tr><td>b</td><td>c</td><td>d</td></tr></table>", 0,
     "a||\nb|c|d"},
    {"thead first, tfoot last",
     "<table><tfoot><tr><td>T</td></tr></tfoot><tbody><tr><td>b</td></tr></tbody>"
     "<thead><tr><th>H</th></tr></thead></table>",
     1, "H\nb\nT"},
    {"overlapping spans: the first wins",
     "<table><tr><td>a</td><td rowspan=2>b</td></tr><tr><td colspan=2>c</td><td>d</td></tr></table>", 0,
     "a|b|\nc|b^|d"},
    {"rowspan crossing a total row",
     "<table><tbody><tr><th rowspan=3>Cat</th><td>Dismissed</td><td>1</td></tr>"
     "<tr><td>Ongoing</td><td>2</td></tr>"
     "<tr class=\"total-row\"><td><strong>Total</strong></td><td><strong>3</strong></td></tr></tbody></table>",
     0, "Cat|Dismissed|1\nCat^|Ongoing|2\nCat^|Total|3"},
    {"two header rows of th, no thead",
     "<table><tr><th rowspan=2>Type</th><th colspan=2>Officers</th></tr><tr><th>Cases</th><th>Allegations</th></tr>"
     "<tr><th>SA</th><td>1</td><td>2</td></tr></table>",
     2, "Type|Officers|Officers^\nType^|Cases|Allegations\nSA|1|2"},
    {"td in thead is a header", "<table><thead><tr><td>x</td><td>y</td></tr></thead><tr><td>1</td><td>2</td></tr></table>",
     1, "x|y\n1|2"},
    {"rows without tr groups and cells without tr",
     "<table><td>a</td><td>b</td></table>", 0, "a|b"},
    {"empty table", "<table></table>", 0, ""},
};

static void test_spans(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof span_cases / sizeof span_cases[0]; i++) {
        const struct span_case *c = &span_cases[i];
        struct foi_doc doc;
        struct foi_err err;
        int rc = read_html(&doc, c->html, NULL, &err);
        if (rc)
            fail_msg("%s: rc %d %s", c->name, rc, err.message);
        if (doc.ntables != 1)
            fail_msg("%s: %d tables", c->name, doc.ntables);
        char *g = grid(&doc.tables[0]);
        if (strcmp(g, c->grid) != 0 || doc.tables[0].header_rows != c->header_rows)
            fail_msg("%s: got (%d header rows)\n%s\nexpected (%d)\n%s", c->name, doc.tables[0].header_rows, g,
                     c->header_rows, c->grid);
        foi_free(g);
        foi_doc_release(&doc);
    }
}

/* Struck-through text (<del>, <s>, <strike>) is withdrawn: a superseded
 * column of a revised response reads empty beside the revised one, and a
 * note says how many such elements held figures (round 42b, blind42 Dorset). */
static void test_struck_cells(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><p>Revised response. Earlier figures are <s>shown struck</s> through.</p>"
        "<table><tr><th>Type</th><th>Old</th><th>New</th></tr>"
        "<tr><td>Sexual assault</td><td><del>16</del></td><td><b>14</b></td></tr>"
        "<tr><td>Sexual harassment</td><td><strike>9</strike></td><td>10</td></tr></table></body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    const struct foi_table *t = &doc.tables[0];
    assert_string_equal(foi_table_cell(t, 1, 1)->text, "");
    assert_string_equal(foi_table_cell(t, 1, 2)->text, "14");
    assert_string_equal(foi_table_cell(t, 2, 1)->text, "");
    int found = 0;
    for (int i = 0; i < doc.nnotes; i++)
        if (!strcmp(doc.notes[i].code, "struck_content")) {
            found = 1;
            assert_non_null(strstr(doc.notes[i].message, "2 struck-through elements"));
        }
    assert_true(found);
    foi_doc_release(&doc);
}

static void test_span_flags(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, span_cases[11].html, NULL, &err), 0);
    const struct foi_table *t = &doc.tables[0];
    /* the category copy in the total row: spanned, a row header, in a marked row */
    assert_int_equal(foi_table_cell(t, 2, 0)->flags, FOI_CELL_SPANNED | FOI_CELL_ROWHEAD | FOI_CELL_MARKED);
    assert_int_equal(foi_table_cell(t, 0, 0)->flags, FOI_CELL_ROWHEAD);
    assert_int_equal(foi_table_cell(t, 2, 1)->flags, FOI_CELL_BOLD | FOI_CELL_MARKED);
    assert_int_equal(foi_table_cell(t, 1, 2)->flags, 0);
    /* a copy points back at its origin */
    assert_int_equal(foi_table_cell(t, 2, 0)->src_row, 1);
    assert_int_equal(foi_table_cell(t, 2, 0)->src_col, 1);
    assert_string_equal(foi_cell_locator(&doc, t, 2, 2), "table 1 row 3 col 3");
    foi_doc_release(&doc);

    assert_int_equal(read_html(&doc, span_cases[12].html, NULL, &err), 0);
    t = &doc.tables[0];
    assert_int_equal(foi_table_cell(t, 0, 2)->flags, FOI_CELL_HEADER | FOI_CELL_SPANNED);
    assert_int_equal(foi_table_cell(t, 1, 0)->flags, FOI_CELL_HEADER | FOI_CELL_SPANNED);
    assert_int_equal(foi_table_cell(t, 2, 0)->flags, FOI_CELL_ROWHEAD);
    assert_int_equal(foi_table_cell(t, 2, 1)->flags, 0);
    foi_doc_release(&doc);
}

/* Rowspans reaching far to the right, over several rows. */
static void test_many_rowspans(void **state)
{
    (void)state;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    foi_buf_adds(&b, "<table><tr>");
    for (int i = 0; i < 40; i++)
        foi_buf_printf(&b, "<td rowspan=3>%d</td>", i);
    foi_buf_adds(&b, "</tr><tr><td>x</td></tr><tr><td rowspan=2>y</td><td>z</td></tr><tr><td>w</td></tr></table>");
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, b.data, NULL, &err), 0);
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->nrows, 4);
    assert_int_equal(t->ncols, 42);
    assert_string_equal(foi_table_cell(t, 1, 39)->text, "39");
    assert_int_equal(foi_table_cell(t, 1, 39)->flags, FOI_CELL_SPANNED);
    assert_string_equal(foi_table_cell(t, 1, 40)->text, "x");
    assert_string_equal(foi_table_cell(t, 2, 40)->text, "y");
    assert_string_equal(foi_table_cell(t, 2, 41)->text, "z");
    assert_string_equal(foi_table_cell(t, 3, 0)->text, "w");   /* the first rowspans have ended */
    assert_string_equal(foi_table_cell(t, 3, 40)->text, "y");
    assert_int_equal(foi_table_cell(t, 3, 40)->flags, FOI_CELL_SPANNED);
    foi_doc_release(&doc);
    foi_buf_release(&b);
}

/* ------------------------------------------------------------ cell text */

struct text_case {
    const char *name;
    const char *cell;     /* inside <td>...</td> */
    const char *text;
    int bold;
};

static const struct text_case text_cases[] = {
    {"br is a space", "Final<br>written<br/>warning", "Final written warning", 0},
    {"nbsp alone is empty", "&nbsp;", "", 0},
    {"entities", "A &amp; B &ndash; &lsquo;x&rsquo; &#8364;5 &pound;2", "A & B \xE2\x80\x93 \xE2\x80\x98x\xE2\x80\x99 \xE2\x82\xAC" "5 \xC2\xA3" "2", 0},
    {"numeric references to 128..159 are Windows-1252", "a &#150; b &#147;c&#148; &#129;",
     "a \xE2\x80\x93 b \xE2\x80\x9C" "c\xE2\x80\x9D \xEF\xBF\xBD", 0},
    {"whitespace collapsed", "\n  Sexual \t  assault \n", "Sexual assault", 0},
    {"nbsp collapsed", "SK9&nbsp;&nbsp;5AF", "SK9 5AF", 0},
    {"blocks in a cell", "<p>a</p><p>b</p>", "a b", 0},
    {"inline elements join", "<span>x</span><b>y</b>", "xy", 0},
    {"script, style, hidden skipped",
     "<script>bad()</script><style>.x{}</style>ok<span hidden>no</span><span style=\"display: none\">no</span>", "ok", 0},
    {"strong is bold", "<strong>5</strong>", "5", 1},
    {"b with spaces around is bold", " <b>5</b> ", "5", 1},
    {"part bold is not bold", "<b>5</b> cases", "5 cases", 0},
    {"nested bold", "<strong><span>12</span></strong>", "12", 1},
    {"comment ignored", "a<!-- b -->c", "ac", 0},
};

static void test_cell_text(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof text_cases / sizeof text_cases[0]; i++) {
        const struct text_case *c = &text_cases[i];
        char html[1024];
        snprintf(html, sizeof html, "<table><tr><td>%s</td><td>z</td></tr></table>", c->cell);
        struct foi_doc doc;
        struct foi_err err;
        assert_int_equal(read_html(&doc, html, NULL, &err), 0);
        assert_int_equal(doc.ntables, 1);
        const struct foi_cell *cell = foi_table_cell(&doc.tables[0], 0, 0);
        if (strcmp(cell->text, c->text) != 0 || !!(cell->flags & FOI_CELL_BOLD) != c->bold)
            fail_msg("%s: '%s' bold=%d, expected '%s' bold=%d", c->name, cell->text,
                     !!(cell->flags & FOI_CELL_BOLD), c->text, c->bold);
        assert_true(foi_utf8_valid(cell->text, strlen(cell->text)));
        foi_doc_release(&doc);
    }
}

static void test_nested_tables(void **state)
{
    (void)state;
    static const char html[] =
        "<p>before</p><table><tr><td>outer <table><caption>In</caption><tr><td>inner</td><td>2</td></tr></table>"
        " after</td><td>z</td></tr><tr><td>last</td></tr></table><p>end</p>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    assert_int_equal(doc.tables[0].index, 1);
    assert_int_equal(doc.tables[1].index, 2);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "outer after|z\nlast|");
    foi_free(g);
    g = grid(&doc.tables[1]);
    assert_string_equal(g, "inner|2");
    foi_free(g);
    assert_string_equal(doc.tables[1].caption, "In");
    assert_int_equal(doc.tables[0].anchor_line, 1);
    assert_int_equal(doc.tables[1].anchor_line, 1);
    assert_null(doc.tables[1].heading);
    assert_int_equal(doc.nlines, 2);
    assert_string_equal(doc.lines[1].text, "end");
    foi_doc_release(&doc);
}

/* Round 38a: a <figure>'s <figcaption> is the caption of the table in it,
 * after the table or before it, for a <table>, a role table and a <pre>
 * table alike; after a table's own <caption>; the figcaption is no line of
 * the page; a figure with no table (an image) keeps its caption as a line. */
static void test_figure_caption(void **state)
{
    (void)state;
    static const char html[] =
        "<h3>Outcomes</h3>"
        "<figure><table><tr><th>Outcome</th><th>Sexual assault</th></tr><tr><td>Dismissed</td><td>1</td></tr>"
        "</table><figcaption>Figure 1: allegations, 24/25</figcaption></figure>"
        "<figure><figcaption>Figure 2: <b>allegations</b>, 25/26</figcaption>"
        "<div role=\"table\"><div role=\"row\"><span role=\"columnheader\">Outcome</span>"
        "<span role=\"columnheader\">Sexual assault</span></div><div role=\"row\"><span role=\"cell\">"
        "Dismissed</span><span role=\"cell\">3</span></div></div></figure>"
        "<figure><table><caption>Own caption</caption><tr><td>a</td><td>2</td></tr></table>"
        "<figcaption>Figure 3</figcaption></figure>"
        "<figure><img src=\"x.png\"><figcaption>Chart of 2025</figcaption></figure>"
        "<figure><pre>Outcome              2024/25   2025/26\n"
        "-------------------- --------- ---------\n"
        "Dismissed                    4         5\n"
        "Written warning              2         6\n</pre><figcaption>Figure 5: staff</figcaption></figure>"
        "<p>end</p>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 4);
    assert_string_equal(doc.tables[0].caption, "Figure 1: allegations, 24/25");
    assert_string_equal(doc.tables[0].heading, "Outcomes");
    assert_string_equal(doc.tables[1].caption, "Figure 2: allegations , 25/26");
    assert_string_equal(doc.tables[2].caption, "Own caption; Figure 3");
    assert_string_equal(doc.tables[3].caption, "Figure 5: staff");
    int chart = 0;
    for (int i = 0; i < doc.nlines; i++) {
        assert_null(strstr(doc.lines[i].text, "Figure 1"));
        assert_null(strstr(doc.lines[i].text, "Figure 2"));
        assert_null(strstr(doc.lines[i].text, "Figure 3"));
        chart += !strcmp(doc.lines[i].text, "Chart of 2025");
    }
    assert_int_equal(chart, 1);
    foi_doc_release(&doc);
}

/* A table in a cell of another takes the outer row's label as its caption
 * (its own caption wins) and the outer table's heading. */
static void test_nested_table_context(void **state)
{
    (void)state;
    static const char html[] =
        "<h3>2023/24</h3><table><thead><tr><th>Type</th><th>Allegations</th><th>Outcomes</th></tr></thead>"
        "<tr><th scope=\"row\">Sexual assault</th><td>3</td><td><table><tr><td>Dismissed</td><td>2</td></tr>"
        "<tr><td>Withdrawn</td><td>1</td></tr></table></td></tr>"
        "<tr><td>Sexual harassment</td><td>1</td><td><table><caption>Own</caption><tr><td>Dismissed</td>"
        "<td>1</td></tr></table></td></tr>"
        "<tr><td>4</td><td><table><tr><td>x</td><td>4</td></tr></table></td></tr></table>"
        "<table><tr><td>This page sets out the figures we hold on allegations of sexual assault made against our "
        "officers, as the table beside it shows.</td><td><table><tr><td>x</td><td>5</td></tr></table></td></tr></table>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 6);
    assert_string_equal(doc.tables[1].caption, "Sexual assault");
    assert_string_equal(doc.tables[1].heading, "2023/24");
    assert_string_equal(doc.tables[2].caption, "Own");
    assert_null(doc.tables[3].caption);   /* a number is no row label */
    assert_null(doc.tables[5].caption);   /* nor a paragraph of a layout table */
    char *g = grid(&doc.tables[1]);
    assert_string_equal(g, "Dismissed|2\nWithdrawn|1");
    foi_free(g);
    foi_doc_release(&doc);
}

/* A definition list whose descriptions are each a count and the same noun
 * ("4 allegations", "1 allegation") is a table: the noun heads the count
 * column, the cells keep the counts. Nouns that differ leave it text. */
static void test_figure_list_nouns(void **state)
{
    (void)state;
    static const char html[] =
        "<h3>2024</h3><dl><dt>Sexual assault</dt><dd>4 allegations</dd><dt>Sexual harassment</dt>"
        "<dd>1 allegation</dd><dt>VAWG</dt><dd>0 allegations</dd></dl>"
        "<dl><dt>Sexual assault</dt><dd>4 allegations</dd><dt>Suspended</dt><dd>2 officers</dd></dl>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "|allegations\nSexual assault|4\nSexual harassment|1\nVAWG|0");
    foi_free(g);
    assert_string_equal(doc.tables[0].heading, "2024");
    int texts = 0;
    for (int i = 0; i < doc.nlines; i++)
        texts += !strcmp(doc.lines[i].text, "2 officers");
    assert_int_equal(texts, 1);
    foi_doc_release(&doc);
}

/* A definition list whose descriptions each give a count and, in brackets,
 * that count split into parts labelled alike ("12 (officers 10, staff 2)",
 * "Nil (officers nil, staff nil)") is a table: the term, the total, a column
 * per part under a header row ("", "Total", the labels). Parts that do not
 * add up to the count, labels that differ from one description to the next,
 * or a description that is no split leave the list text. Headings keep
 * their rank (<h3>: 3; <summary>: none). */
static void test_split_list(void **state)
{
    (void)state;
    static const char html[] =
        "<h3>Year ending March 2024</h3><dl><dt>Sexual assault</dt><dd>12 (officers 10, staff 2)</dd>"
        "<dt>Sexual harassment</dt><dd>Nil (officers nil, staff nil)</dd>"
        "<dt>VAWG</dt><dd>1,204 (officers 1,200; staff 4)</dd></dl>"
        "<h4>Sums wrong</h4><dl><dt>Sexual assault</dt><dd>12 (officers 10, staff 3)</dd>"
        "<dt>VAWG</dt><dd>4 (officers 4, staff 0)</dd></dl>"
        "<h5>Labels differ</h5><dl><dt>Sexual assault</dt><dd>12 (officers 10, staff 2)</dd>"
        "<dt>VAWG</dt><dd>4 (men 4, women 0)</dd></dl>"
        "<h6>Not a split</h6><dl><dt>Sexual assault</dt><dd>12 (officers 10, staff 2)</dd>"
        "<dt>VAWG</dt><dd>4 (see note)</dd></dl>"
        "<details><summary>More</summary><p>x</p></details>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].header_rows, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "|Total|officers|staff\nSexual assault|12|10|2\nSexual harassment|Nil|nil|nil\n"
                           "VAWG|1,204|1,200|4");
    foi_free(g);
    assert_string_equal(doc.tables[0].heading, "Year ending March 2024");
    int seen = 0;
    for (int i = 0; i < doc.nlines; i++) {
        const struct foi_line *l = &doc.lines[i];
        if (!strcmp(l->text, "Year ending March 2024"))
            seen++, assert_int_equal(FOI_LINE_LEVEL(l->flags), 3);
        if (!strcmp(l->text, "Sums wrong"))
            seen++, assert_int_equal(FOI_LINE_LEVEL(l->flags), 4);
        if (!strcmp(l->text, "Not a split"))
            seen++, assert_int_equal(FOI_LINE_LEVEL(l->flags), 6);
        if (!strcmp(l->text, "More"))
            seen++, assert_true((l->flags & FOI_LINE_HEADING) && !FOI_LINE_LEVEL(l->flags));
        if (!strcmp(l->text, "12 (officers 10, staff 3)") || !strcmp(l->text, "4 (men 4, women 0)") ||
            !strcmp(l->text, "4 (see note)"))
            seen++;   /* the lists that are no split stay text */
    }
    assert_int_equal(seen, 7);
    foi_doc_release(&doc);
}

/* A table whose cells each pack a count and a list of what it breaks into
 * ("<b>7</b> allegations" over "<li>Dismissed: 2</li>") is read as the long
 * table it stands for: a Total row and a row per listed label, a new column
 * for those labels; a label a cell does not list stays empty there (never
 * 0); a count with no list keeps its count. A list of other things, or one
 * cell alone, stays as it was. */
static void test_packed_cells(void **state)
{
    (void)state;
    static const char html[] =
        "<table><thead><tr><th>Type</th><th>2022</th><th>2023</th></tr></thead><tbody>"
        "<tr><th scope=\"row\">Assault</th><td><span><strong>5</strong> cases</span>"
        "<ul><li>Dismissed: 2</li><li>Written warning: 3</li></ul></td>"
        "<td><p>4 cases</p><ol><li>Written warning: 1</li><li>No case to answer: 3</li></ol></td></tr>"
        "<tr><th scope=\"row\">Harassment</th><td>0 cases</td>"
        "<td>2 cases<ul><li>Dismissed: 2</li></ul></td></tr></tbody></table>"
        "<table><tr><th>Type</th><th>2022</th></tr>"
        "<tr><td>Assault</td><td>5 cases<ul><li>Dismissed: 2</li></ul></td></tr></table>"
        "<table><tr><th>Type</th><th>2022</th><th>2023</th></tr>"
        "<tr><td>Assault</td><td>5 cases<ul><li>see note</li></ul></td><td>4 cases<ul><li>Dismissed</li></ul></td></tr></table>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 3);
    assert_int_equal(doc.tables[0].header_rows, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type||2022|2023\n"
                           "Assault|Total|5|4\n"
                           "Assault|Dismissed|2|\n"
                           "Assault|Written warning|3|1\n"
                           "Assault|No case to answer||3\n"
                           "Harassment|Total|0|2\n"
                           "Harassment|Dismissed||2");
    foi_free(g);
    g = grid(&doc.tables[1]);   /* one packed cell: left as it is */
    assert_string_equal(g, "Type|2022\nAssault|5");
    foi_free(g);
    g = grid(&doc.tables[2]);   /* lists that are no labelled counts: the cells' text */
    assert_string_equal(g, "Type|2022|2023\nAssault|5 cases see note|4 cases Dismissed");
    foi_free(g);
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ lines */

static void test_lines(void **state)
{
    (void)state;
    static const char html[] =
        "<!DOCTYPE html><html><head><title>Page &amp; title</title><style>p{}</style>"
        "<script>var x;</script></head><body>\n"
        "<script>var y;</script><noscript>enable js</noscript><template><p>tpl</p></template>\n"
        "<div hidden><p>cookie banner</p></div><div style=\"color: red; DISPLAY : NONE\">gone</div>\n"
        "<h1>Heading one</h1>\n"
        "<p>First<br>second line</p>\n"
        "<ul><li>Item <b>one</b></li><li>Item two</li></ul>\n"
        "<p class=\"footnote\">Note text</p>\n"
        "<p><small>small print</small></p>\n"
        "<p>* starred</p>\n"
        "<p>text <small>partly small</small></p>\n"
        "<p class=\"small text-muted\">muted</p>\n"
        "<dl><dt>Ref</dt><dd>123</dd></dl>\n"
        "<blockquote><p>Quoted</p></blockquote>\n"
        "<div>loose div text<p>inner p</p>tail</div>\n"
        "<pre>a  b\nc</pre>\n"
        "<p>   </p><p>&dagger; dagger</p>"
        "</body></html>";
    static const struct {
        const char *text;
        unsigned flags;
    } want[] = {
        {"Heading one", FOI_LINE_HEADING | (1u << FOI_LINE_LEVEL_SHIFT) | FOI_LINE_PARA_START},
        {"First", FOI_LINE_PARA_START},
        {"second line", 0},
        {"Item one", FOI_LINE_BULLET | FOI_LINE_PARA_START},
        {"Item two", FOI_LINE_BULLET | FOI_LINE_PARA_START},
        {"Note text", FOI_LINE_FOOTNOTE | FOI_LINE_PARA_START},
        {"small print", FOI_LINE_FOOTNOTE | FOI_LINE_PARA_START},
        {"* starred", FOI_LINE_FOOTNOTE | FOI_LINE_PARA_START},
        {"text partly small", FOI_LINE_PARA_START},
        {"muted", FOI_LINE_FOOTNOTE | FOI_LINE_PARA_START},
        {"Ref", FOI_LINE_PARA_START},
        {"123", FOI_LINE_PARA_START},
        {"Quoted", FOI_LINE_PARA_START},
        {"loose div text", FOI_LINE_PARA_START},
        {"inner p", FOI_LINE_PARA_START},
        {"tail", FOI_LINE_PARA_START},
        {"a b", FOI_LINE_PARA_START},
        {"c", 0},
        {"\xE2\x80\xA0 dagger", FOI_LINE_FOOTNOTE | FOI_LINE_PARA_START},
    };
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_string_equal(doc.title, "Page & title");
    assert_int_equal(doc.format, FOI_FMT_HTML);
    if (doc.nlines != (int)(sizeof want / sizeof want[0])) {
        for (int i = 0; i < doc.nlines; i++)
            print_error("%d: %s\n", i + 1, doc.lines[i].text);
        fail_msg("%d lines", doc.nlines);
    }
    struct foi_buf joined;
    foi_buf_init(&joined, 0);
    for (int i = 0; i < doc.nlines; i++) {
        if (strcmp(doc.lines[i].text, want[i].text) != 0 || doc.lines[i].flags != want[i].flags)
            fail_msg("line %d: '%s' flags %u, expected '%s' %u", i + 1, doc.lines[i].text, doc.lines[i].flags,
                     want[i].text, want[i].flags);
        assert_int_equal(doc.lines[i].no, i + 1);
        foi_buf_printf(&joined, "%s%s", i ? "\n" : "", doc.lines[i].text);
    }
    assert_string_equal(doc.text, joined.data);
    assert_int_equal(doc.text_len, joined.len);
    foi_buf_release(&joined);
    foi_doc_release(&doc);
}

static void test_headings_and_anchors(void **state)
{
    (void)state;
    static const char html[] =
        "<h2>Request</h2><p>x</p><table><tr><td>1</td></tr></table>"
        "<p>between</p><table><tr><td>2</td></tr></table>"
        "<h3>Second heading</h3><table><caption>Cap <b>3</b></caption><tr><td>3</td></tr></table>"
        "<table hidden><tr><td>hidden table</td></tr></table>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 3);
    assert_int_equal(doc.nlines, 4);   /* the caption is not a line */
    assert_int_equal(doc.tables[0].anchor_line, 2);
    assert_string_equal(doc.tables[0].heading, "Request");
    assert_null(doc.tables[0].caption);
    assert_int_equal(doc.tables[1].anchor_line, 3);
    assert_null(doc.tables[1].heading);   /* "Request" is before the previous table */
    assert_int_equal(doc.tables[2].anchor_line, 4);
    assert_string_equal(doc.tables[2].heading, "Second heading");
    assert_string_equal(doc.tables[2].caption, "Cap 3");
    assert_int_equal(doc.tables[2].first_line, 0);
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ the fixtures */

static void test_fixture_merseyside(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(&doc, "merseyside/FOI-2023-0412.html");
    assert_int_equal(foi_read_file(&doc, RESPONSES "/merseyside/FOI-2023-0412.html", NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->nrows, 17);
    assert_int_equal(t->ncols, 6);
    assert_int_equal(t->header_rows, 2);
    assert_int_equal(t->anchor_line, 12);
    assert_string_equal(t->heading, "Cases and allegations recorded 1 September 2022 to 28 February 2023");
    assert_string_equal(foi_table_cell(t, 0, 3)->text, "Police officers");
    assert_int_equal(foi_table_cell(t, 0, 3)->flags, FOI_CELL_HEADER | FOI_CELL_SPANNED);
    assert_string_equal(foi_table_cell(t, 1, 3)->text, "Allegations");
    /* the rowspan covers the Total row */
    assert_string_equal(foi_table_cell(t, 4, 0)->text, "Sexual assault");
    assert_int_equal(foi_table_cell(t, 4, 0)->flags, FOI_CELL_SPANNED | FOI_CELL_ROWHEAD | FOI_CELL_MARKED);
    assert_string_equal(foi_table_cell(t, 4, 1)->text, "Total");
    assert_int_equal(foi_table_cell(t, 4, 1)->flags, FOI_CELL_BOLD | FOI_CELL_MARKED);
    assert_string_equal(foi_table_cell(t, 4, 3)->text, "6");
    assert_string_equal(foi_cell_locator(&doc, t, 4, 3), "table 1 row 5 col 4");
    assert_string_equal(foi_table_cell(t, 16, 0)->text, "Other sexual misconduct");
    assert_string_equal(doc.title,
                        "FOI 2023-0412 \xE2\x80\x93 Sexual misconduct cases and allegations against officers and staff"
                        " | Merseyside Police");
    /* the hidden cookie banner is not text */
    assert_null(strstr(doc.text, "cookies"));
    foi_doc_release(&doc);
}

/* Round 26: an accordion's or a tab's panel carries "hidden" until its
 * button is pressed ("<button aria-controls=\"acc-1 acc-2\">" over "<div
 * id=\"acc-1\" hidden>"): page content a reader opens, read; a hidden
 * element no control opens stays unread. */
static void test_panels_opened_by_controls(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><h2>Outcomes</h2>"
        "<h3><button aria-expanded=\"false\" aria-controls=\"acc-1\">Sexual assault</button></h3>"
        "<div class=\"panel\" id=\"acc-1\" hidden><ul><li>Dismissed: <strong>2</strong></li></ul></div>"
        "<div role=\"tablist\"><button role=\"tab\" aria-controls=\"tab-a\ttab-b\">2024</button></div>"
        "<div id=\"tab-b\" style=\"display:none\"><p>Written warning: 4</p></div>"
        "<div id=\"acc-10\" hidden><p>not opened: 9</p></div>"
        "<div hidden><p>cookie banner</p></div>"
        "</body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_non_null(strstr(doc.text, "Dismissed: 2"));
    assert_non_null(strstr(doc.text, "Written warning: 4"));
    assert_null(strstr(doc.text, "not opened"));
    assert_null(strstr(doc.text, "cookie"));
    foi_doc_release(&doc);
}

/* Round 36b: a tab widget ("<button role=\"tab\" aria-controls=\"p2\">
 * 2025/26</button>" over "<div role=\"tabpanel\" id=\"p2\" hidden>"): each
 * tab's label heads its panel (the period its table shows), the panel named
 * by the tab's aria-controls or naming the tab by its aria-labelledby, its
 * "hidden" only until the tab is clicked; the tab labels do not run together
 * in the tab list. A hidden tabpanel no tab shows, and any other hidden
 * element, stays unread. */
static void test_tab_labels_head_panels(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><h3>Answer</h3>"
        "<div role=\"tablist\"><button role=\"tab\" id=\"t1\" aria-controls=\"p1\">2023/24</button>"
        "<button role=\"tab\" id=\"t2\" aria-controls=\"p2\">2024/25</button>"
        "<a role=\"tab\" id=\"t3\" href=\"#p3\"><span>April to</span> <span>October 2025</span></a>"
        "<button role=\"tab\" id=\"t4\" aria-controls=\"p4\" aria-label=\"Calendar year 2022\"></button></div>"
        "<div role=\"tabpanel\" id=\"p1\" aria-labelledby=\"t1\"><table><tr><th>Type</th><th>Total</th></tr>"
        "<tr><td>Sexual assault</td><td>3</td></tr></table></div>"
        "<div role=\"tabpanel\" id=\"p2\" hidden><table><tr><th>Type</th><th>Total</th></tr>"
        "<tr><td>Sexual assault</td><td>5</td></tr></table></div>"
        "<section role=\"tabpanel\" id=\"p3\" aria-labelledby=\"t3\" hidden><p>Sexual assault: 7</p></section>"
        "<div role=\"tabpanel\" id=\"p4\" hidden><p>Sexual assault: 1</p></div>"
        "<div role=\"tabpanel\" id=\"p9\" aria-labelledby=\"t9\" hidden><p>stale panel 8</p></div>"
        "<div hidden><p>draft figure 6</p></div>"
        "</body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    assert_string_equal(doc.tables[0].heading, "2023/24");
    assert_string_equal(doc.tables[1].heading, "2024/25");
    assert_string_equal(foi_table_cell(&doc.tables[1], 1, 1)->text, "5");
    int heads = 0;
    for (int i = 0; i < doc.nlines; i++) {
        const struct foi_line *l = &doc.lines[i];
        if (!strcmp(l->text, "April to October 2025") || !strcmp(l->text, "Calendar year 2022")) {
            heads++;
            assert_true(l->flags & FOI_LINE_HEADING);
            assert_int_equal(FOI_LINE_LEVEL(l->flags), 0);
            assert_true(i + 1 < doc.nlines && !strcmp(doc.lines[i + 1].text, "Sexual assault: 7") == (heads == 1));
        }
    }
    assert_int_equal(heads, 2);
    assert_non_null(strstr(doc.text, "Sexual assault: 1"));
    assert_null(strstr(doc.text, "2023/242024/25"));
    assert_null(strstr(doc.text, "stale panel"));
    assert_null(strstr(doc.text, "draft figure"));
    foi_doc_release(&doc);
}

/* What the page's own <style> never shows ("tr.row--draft { display:
 * none }", ".print-only{visibility:hidden}") is not read, and the document
 * says so once; rules inside @media, descendant or pseudo-class selectors,
 * and a rule hiding the whole page until a script shows it are not
 * followed; a panel a button opens is read whatever hides it. */
static void test_stylesheet_hidden(void **state)
{
    (void)state;
    static const char html[] =
        "<html><head><style>/* site */ body{display:none} .foi td.num{text-align:right}\n"
        "tr.row--draft { DISPLAY : none !important }\n.print-only,#old{visibility:hidden}\n"
        "@media print { .screen-only { display:none } }\n.nav a:hover{display:none}\n"
        ".panel{display:none}</style></head><body>"
        "<table class=\"foi\"><tr><th>Type</th><th>2024/25</th></tr>"
        "<tr><td>Sexual assault</td><td class=\"num\">9</td></tr>"
        "<tr class=\"x row--draft\"><td>Draft row</td><td>40</td></tr>"
        "<tr class=\"row--draftish\"><td>Kept row</td><td>5</td></tr></table>"
        "<p class=\"print-only\">Printed total 44</p><p id=\"old\">Old figure 3</p>"
        "<p class=\"screen-only\">Screen note 6</p>"
        "<button aria-controls=\"p1\">Outcomes</button><div class=\"panel\" id=\"p1\">Dismissed: 2</div>"
        "<div class=\"panel\">Unopened 8</div>"
        "</body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].nrows, 3);
    assert_string_equal(foi_table_cell(&doc.tables[0], 2, 0)->text, "Kept row");
    assert_null(strstr(doc.text, "Printed total"));
    assert_null(strstr(doc.text, "Old figure"));
    assert_null(strstr(doc.text, "Unopened"));
    assert_non_null(strstr(doc.text, "Screen note 6"));
    assert_non_null(strstr(doc.text, "Dismissed: 2"));
    int notes = 0;
    for (int i = 0; i < doc.nnotes; i++)
        if (!strcmp(doc.notes[i].code, "hidden_content")) {
            notes++;
            assert_non_null(strstr(doc.notes[i].message, "4 elements holding figures"));
            assert_non_null(strstr(doc.notes[i].message, "'tr.row--draft'"));
        }
    assert_int_equal(notes, 1);
    foi_doc_release(&doc);
}

static void test_fixture_met(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(&doc, "metropolitan/01.FOI.22.024648-response.html");
    assert_int_equal(foi_read_file(&doc, RESPONSES "/metropolitan/01.FOI.22.024648-response.html", NULL, &err), 0);
    const struct foi_table *t = &doc.tables[0];
    assert_string_equal(foi_table_cell(t, 0, 0)->text, "");   /* the &nbsp; corner */
    assert_string_equal(foi_table_cell(t, 0, 2)->text, "Final written warning");
    assert_string_equal(foi_table_cell(t, 3, 0)->text, "Abuse of position for a sexual purpose");
    assert_int_equal(foi_table_cell(t, 3, 0)->flags, FOI_CELL_ROWHEAD);
    assert_string_equal(foi_table_cell(t, 4, 8)->text, "1,107");
    assert_int_equal(foi_table_cell(t, 4, 8)->flags, FOI_CELL_BOLD);
    assert_string_equal(t->caption, "Allegations against MPS officers and staff recorded 01/04/2019 \xE2\x80\x93 31/03/2022");
    int footnotes = 0;
    for (int i = 0; i < doc.nlines; i++)
        if (doc.lines[i].flags & FOI_LINE_FOOTNOTE)
            footnotes++;
    assert_int_equal(footnotes, 2);
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ errors and limits */

/* A <pre> block holding a fixed-width table is read as the text reader
 * reads one: a table at that place in the page, under the page's heading,
 * and its other lines as lines; a <pre> without a table stays lines. */
static void test_pre_table(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><h2>Our response</h2><p>The figures are below.</p><pre>"
        "Allegation type                2023/24   2024/25\n"
        "================================================\n"
        "Sexual harassment                    4         7\n"
        "Sexual assault                       2         &lt;5\n"
        "\n"
        "Source: PSD case system</pre><p>Calendar years are not held.</p>"
        "<pre>Ref   2024/0001\nKind regards</pre></body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Allegation type|2023/24|2024/25\nSexual harassment|4|7\nSexual assault|2|<5");
    free(g);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_string_equal(doc.tables[0].heading, "Our response");
    assert_int_equal(doc.tables[0].anchor_line, 2);
    int src = 0, ref = 0, fig = 0;
    for (int i = 0; i < doc.nlines; i++) {
        src += !strcmp(doc.lines[i].text, "Source: PSD case system");
        ref += !strcmp(doc.lines[i].text, "Ref 2024/0001");
        fig += strstr(doc.lines[i].text, "Sexual") != NULL;
    }
    assert_int_equal(src, 1);
    assert_int_equal(ref, 1);
    assert_int_equal(fig, 0);
    foi_doc_release(&doc);
}

/* Two tables one straight after the other, each with its caption and no
 * line between them: the second is under the first's heading too. */
static void test_tables_share_heading(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><h2>FOI 0647/26: Misconduct allegations</h2><p>The tables give the figures.</p>"
        "<table><caption>2023</caption><tr><th>Type</th><th>Number</th></tr><tr><td>Sexual harassment</td><td>4</td></tr></table>"
        "<table><caption>2024</caption><tr><th>Type</th><th>Number</th></tr><tr><td>Sexual harassment</td><td>6</td></tr></table>"
        "<p>Notes.</p><table><caption>2025</caption><tr><th>Type</th><th>Number</th></tr><tr><td>A</td><td>1</td></tr></table>"
        "</body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 3);
    assert_string_equal(doc.tables[0].heading, "FOI 0647/26: Misconduct allegations");
    assert_string_equal(doc.tables[1].heading, "FOI 0647/26: Misconduct allegations");
    assert_null(doc.tables[2].heading);   /* a line between: its own place */
    foi_doc_release(&doc);
}

/* A <sup> after a count is a footnote marker: its digits are written as
 * superscript digits (as the PDF and DOCX readers write them), in a cell, a
 * caption and a line, so "2<sup>2</sup>" is never read as 22; its letters
 * stay letters ("1<sup>st</sup>"). */
static void test_sup_markers(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><p>In 2024 there were 3<sup>1</sup> allegations, the 1<sup>st</sup> in May.</p>"
        "<table><caption>Year 2025<sup>2</sup></caption><tr><th>Type</th><th>Officers</th></tr>"
        "<tr><td>Sexual assault</td><td>2<sup>2</sup></td></tr>"
        "<tr><td>Sexual harassment</td><td>12<sup><a href=\"#n1\">10</a></sup></td></tr></table>"
        "</body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type|Officers\nSexual assault|2\xc2\xb2\nSexual harassment|12\xc2\xb9\xe2\x81\xb0");
    free(g);
    assert_string_equal(doc.tables[0].caption, "Year 2025\xc2\xb2");
    assert_string_equal(doc.lines[0].text, "In 2024 there were 3\xc2\xb9 allegations, the 1st in May.");
    foi_doc_release(&doc);
}

/* Tables built from blocks with no table element and no ARIA roles, found by
 * their structure: a grid with counted column tracks (a stylesheet rule's
 * "repeat(2, 1fr)" or an inline style) whose children are the cells, or
 * sibling blocks laid out as flex rows with the same number of cells each.
 * The first row names the columns (its cells are header cells), every other
 * row starts with a label. Not tables: a page header's flex box (one row), a
 * card grid (blocks inside its cells), a grid whose track count depends on
 * the width (auto-fill), a grid whose first row holds counts, a grid with a
 * hidden cell, a grid of words. */
static void test_css_grid_tables(void **state)
{
    (void)state;
    static const char html[] =
        "<html><head><style>"
        ".x-a{display:grid;grid-template-columns:[lab] 12rem repeat(2, minmax(4rem,1fr))}"
        ".x-a .c{padding:2px} .cards{display:grid;grid-template-columns:1fr 1fr}"
        ".auto{display:grid;grid-template-columns:repeat(auto-fill,8rem)}"
        ".gone{display:none} .row{display:flex}"
        "</style></head><body>"
        "<div class=\"row\"><div>Logo</div><div>Search</div></div>"
        "<h3>Officers, 2023/24</h3>"
        "<div class=\"x-a\"><div class=\"c\">Type</div><div class=\"c\">2023</div><div class=\"c\">Total</div>"
        "<div class=\"c\">Assault</div><div class=\"c\"><b>3</b></div><div class=\"c\">4</div>"
        "<div class=\"c\">Harassment</div><div class=\"c\">-</div><div class=\"c\">12</div></div>"
        "<section><div class=\"row\"><span>Outcome</span><span>Staff</span></div>"
        "<div class=\"row\"><span>Dismissed</span><span>2</span></div>"
        "<div class=\"row\"><span>Withdrawn</span><span>&lt;5</span></div></section>"
        "<div style=\"display: inline-grid; grid-template-columns: 1fr 1fr\"><span>Cases</span><span>Total</span>"
        "<span>Open</span><span>5</span></div>"
        "<div class=\"cards\"><div><h4>News</h4></div><div><p>Item 1</p></div><div>Alpha</div><div>7</div></div>"
        "<div class=\"auto\"><div>Type</div><div>N</div><div>Assault</div><div>8</div></div>"
        "<div class=\"cards\"><div>Period</div><div>9</div><div>Assault</div><div>6</div></div>"
        "<div class=\"cards\"><div>Type</div><div>N</div><div class=\"gone\">Assault</div><div>1</div></div>"
        "<div class=\"cards\"><div>Name</div><div>Role</div><div>Jo</div><div>Clerk</div></div>"
        "</body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 3);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type|2023|Total\nAssault|3|4\nHarassment|-|12");
    free(g);
    assert_int_equal(doc.tables[0].header_rows, 1);
    assert_string_equal(doc.tables[0].heading, "Officers, 2023/24");
    assert_true(foi_table_cell(&doc.tables[0], 1, 1)->flags & FOI_CELL_BOLD);
    g = grid(&doc.tables[1]);
    assert_string_equal(g, "Outcome|Staff\nDismissed|2\nWithdrawn|<5");
    free(g);
    assert_int_equal(doc.tables[1].header_rows, 1);
    g = grid(&doc.tables[2]);
    assert_string_equal(g, "Cases|Total\nOpen|5");
    free(g);
    /* what is not a table stays text */
    int logo = 0, item = 0, jo = 0;
    for (int i = 0; i < doc.nlines; i++) {
        logo |= !!strstr(doc.lines[i].text, "Logo");
        item |= !!strstr(doc.lines[i].text, "Item 1");
        jo |= !!strstr(doc.lines[i].text, "Clerk");
    }
    assert_true(logo && item && jo);
    foi_doc_release(&doc);
}

/* A page whose script fills what its HTML leaves empty (a <table> with no
 * cell, an empty element a script names by its id) shows readers without
 * scripts its <noscript> fallback: that is read in its place, and an info
 * note says so. Where nothing is left empty (the table already in the HTML,
 * a <noscript> only asking for JavaScript), <noscript> stays unread. */
static int noscript_notes(const struct foi_doc *doc)
{
    int k = 0;
    for (int i = 0; i < doc->nnotes; i++)
        if (!strcmp(doc->notes[i].code, "hidden_content") && doc->notes[i].severity == FOI_NOTE_INFO &&
            strstr(doc->notes[i].message, "<noscript>"))
            k++;
    return k;
}

static void test_noscript_fallback(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    static const char empty_table[] =
        "<html><body><h2>Figures</h2><table id=\"t\"></table>"
        "<noscript><p>Scripts are off.</p><table><tr><th>Type</th><th>2024</th></tr>"
        "<tr><td>Assault</td><td>4</td></tr></table></noscript>"
        "<script>document.getElementById('t').innerHTML = rows;</script></body></html>";
    assert_int_equal(read_html(&doc, empty_table, NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    char *g = grid(&doc.tables[1]);
    assert_string_equal(g, "Type|2024\nAssault|4");
    free(g);
    assert_non_null(strstr(doc.text, "Scripts are off."));
    assert_int_equal(noscript_notes(&doc), 1);
    foi_doc_release(&doc);

    /* the script's table with its head row only (every cell a <td>) */
    static const char head_only[] =
        "<html><body><table><tr><td>Type</td><td>Total</td></tr></table>"
        "<noscript><table><tr><td>Type</td><td>Total</td></tr><tr><td>Assault</td><td>4</td></tr></table></noscript>"
        "<script>fill();</script></body></html>";
    assert_int_equal(read_html(&doc, head_only, NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    assert_int_equal(noscript_notes(&doc), 1);
    foi_doc_release(&doc);

    static const char empty_div[] =
        "<html><body><div id=\"res\" class=\"x\"> </div>"
        "<noscript><ul><li>Dismissed: 3</li></ul></noscript>"
        "<script>$(\"#res\").load(url);</script></body></html>";
    assert_int_equal(read_html(&doc, empty_div, NULL, &err), 0);
    assert_non_null(strstr(doc.text, "Dismissed: 3"));
    assert_int_equal(noscript_notes(&doc), 1);
    foi_doc_release(&doc);

    static const char filled[] =
        "<html><body><table id=\"t\"><tr><th>Type</th><th>2024</th></tr><tr><td>Assault</td><td>4</td></tr></table>"
        "<noscript><table><tr><th>Type</th><th>2024</th></tr><tr><td>Assault</td><td>4</td></tr></table></noscript>"
        "<div id=\"other\">Text 5</div>"
        "<script>document.getElementById('t').className = 'js'; go('#other');</script></body></html>";
    assert_int_equal(read_html(&doc, filled, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(noscript_notes(&doc), 0);
    foi_doc_release(&doc);

    static const char nudge[] =
        "<html><body><p>Assault: 4</p><div id=\"menu\"></div><noscript>Please turn on JavaScript 2 see the menu"
        "</noscript><script>build('menu-items');</script></body></html>";
    assert_int_equal(read_html(&doc, nudge, NULL, &err), 0);
    assert_null(strstr(doc.text, "JavaScript"));
    assert_int_equal(noscript_notes(&doc), 0);
    foi_doc_release(&doc);
}

/* Tables marked with ARIA roles and no table element (CSS grids of <div>s,
 * "display:contents" rows): role table / grid / treegrid, rowgroup, row,
 * columnheader and rowheader (header cells), cell and gridcell; aria-colspan
 * spans; aria-label is the caption. Role tokens after an unknown one count,
 * case aside; a role="cell" outside any role table is text; a real table's
 * elements keep their own meaning whatever their role says. */
static void test_aria_tables(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><h3>Allegations by year</h3>"
        "<div role=\"grid\" aria-label=\"  Allegations  by year \">"
        "<div role=\"row\"><div role=\"columnheader\"></div><div role=\"columnheader\" aria-colspan=\"2\">Officers</div></div>"
        "<div role=\"row\"><div role=\"columnheader\">Type</div><div role=\"columnheader\">2024</div>"
        "<div role=\"columnheader\">2025</div></div>"
        "<div role=\"row\"><div role=\"rowheader\">Sexual assault</div><div role=\"gridcell\">3</div>"
        "<div role=\"gridcell\"><b>4</b></div></div></div>"
        "<p role=\"cell\">Not a table: 7</p>"
        "<div role=\"presentation Table\"><div role=\"rowgroup\"><div role=\"row\">"
        "<span role=\"columnheader\">Outcome</span><span role=\"columnheader\">Number</span></div></div>"
        "<div role=\"rowgroup\"><div role=\"row\"><span role=\"rowheader\">Dismissed</span>"
        "<span role=\"cell\">&lt;5</span></div></div></div>"
        "<table role=\"grid\"><tr role=\"presentation\"><td role=\"columnheader\">a</td><td>1</td></tr></table>"
        "</body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 3);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "|Officers|Officers^\nType|2024|2025\nSexual assault|3|4");
    free(g);
    assert_int_equal(doc.tables[0].header_rows, 2);
    assert_string_equal(doc.tables[0].caption, "Allegations by year");
    assert_string_equal(doc.tables[0].heading, "Allegations by year");
    assert_true(foi_table_cell(&doc.tables[0], 2, 0)->flags & FOI_CELL_ROWHEAD);
    assert_false(foi_table_cell(&doc.tables[0], 2, 1)->flags & FOI_CELL_ROWHEAD);
    assert_true(foi_table_cell(&doc.tables[0], 2, 2)->flags & FOI_CELL_BOLD);
    g = grid(&doc.tables[1]);
    assert_string_equal(g, "Outcome|Number\nDismissed|<5");
    free(g);
    assert_int_equal(doc.tables[1].header_rows, 1);
    assert_null(doc.tables[1].caption);
    /* a <td role="columnheader"> is a td: no header row */
    g = grid(&doc.tables[2]);
    assert_string_equal(g, "a|1");
    free(g);
    assert_int_equal(doc.tables[2].header_rows, 0);
    int seen = 0;
    for (int i = 0; i < doc.nlines; i++)
        seen |= !strcmp(doc.lines[i].text, "Not a table: 7");
    assert_true(seen);
    foi_doc_release(&doc);
}

/* What a reader sees of a table: a data cell's screen-reader label (the
 * "visually hidden" classes, any position in the class list) restates its
 * row and column and is no part of the cell; a data-value attribute is never
 * the cell's text (a "*" cell stays "*"); an <abbr> in a label cell (a
 * header cell, <thead>, the first row, the first cell of a row) reads as its
 * letters with its title, in a data cell as its letters; a header cell's
 * hidden words stay header words; a hidden span outside tables is left as it
 * is. */
static void test_hidden_labels_and_abbr(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><p>Counts<span class=\"sr-only\"> of allegations</span> below.</p>"
        "<table><thead><tr><th>Type</th><th><abbr title=\"Final written warning\">FWW</abbr></th>"
        "<td><abbr title=\"No case to answer\">NCTA</abbr></td>"
        "<th>Total<span class=\"visually-hidden\"> allegations</span></th></tr></thead><tbody>"
        "<tr><th scope=\"row\"><abbr title=\"Abuse of position for a sexual purpose\">APSP</abbr></th>"
        "<td data-value=\"3\"><span class=\"cell-label visually-hidden\">2024, APSP, FWW: </span>*</td>"
        "<td data-value=\"12\"><span class=\"govuk-visually-hidden\">2024, APSP, NCTA: </span>12</td>"
        "<td data-value=\"17\"><abbr title=\"approximately\">c.</abbr> 17</td></tr>"
        "<tr><th>Sexual assault</th><td data-value=\"2\">*<span class=\"x-sr-only\">4</span></td>"
        "<td>5</td><td>9</td></tr></tbody></table>"
        /* the same written with <td> only: the labels are still the first
         * row and the first cell of each row */
        "<table><tr><td>Type</td><td><abbr title=\"Final written warning\">FWW</abbr></td></tr>"
        "<tr><td><abbr title=\"Abuse of position for a sexual purpose\">APSP</abbr></td>"
        "<td data-value=\"3\"><span class=\"sr-only\">2024, APSP, FWW: </span>*</td></tr></table>"
        "</body></html>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type|FWW (Final written warning)|NCTA (No case to answer)|Total allegations\n"
                           "APSP (Abuse of position for a sexual purpose)|*|12|c. 17\n"
                           "Sexual assault|*4|5|9");
    free(g);
    g = grid(&doc.tables[1]);
    assert_string_equal(g, "Type|FWW (Final written warning)\nAPSP (Abuse of position for a sexual purpose)|*");
    free(g);
    assert_string_equal(doc.lines[0].text, "Counts of allegations below.");
    foi_doc_release(&doc);
}

static void test_errors(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    struct foi_limits lim;

    assert_int_equal(read_html(&doc, "  \n ", NULL, &err), FOI_EPARSE);
    assert_string_equal(err.message, "not an HTML document");
    foi_doc_release(&doc);

    foi_limits_default(&lim);
    lim.max_depth = 50;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int i = 0; i < 200; i++)
        foi_buf_adds(&b, "<div>");
    foi_buf_adds(&b, "deep");
    assert_int_equal(read_html(&doc, b.data, &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "elements nested more than 50 deep, over the depth limit");
    assert_string_equal(err.locator, "line 1");
    foi_doc_release(&doc);
    foi_buf_release(&b);

    foi_limits_default(&lim);
    lim.max_cells = 3;
    assert_int_equal(read_html(&doc, "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>", &lim,
                               &err),
                     FOI_ELIMIT);
    assert_string_equal(err.message, "table has more than 3 cells, over the cell limit");
    assert_string_equal(err.locator, "table 1");
    foi_doc_release(&doc);

    foi_limits_default(&lim);
    lim.max_cells = 10;   /* few source cells, but spans fill many slots */
    assert_int_equal(read_html(&doc, "<table><tr><td colspan=6>1</td></tr><tr><td colspan=6>2</td></tr></table>", &lim,
                               &err),
                     FOI_ELIMIT);
    assert_string_equal(err.message, "table has more than 10 cells, over the cell limit");
    foi_doc_release(&doc);

    foi_limits_default(&lim);
    lim.max_cols = 4;
    assert_int_equal(read_html(&doc, "<table><tr><td colspan=10>wide</td></tr></table>", &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "table has more than 4 columns, over the column limit");
    assert_string_equal(err.locator, "table 1 row 1");
    foi_doc_release(&doc);

    foi_limits_default(&lim);
    lim.max_line_bytes = 10;
    assert_int_equal(read_html(&doc, "<p>short</p><p>a paragraph longer than ten bytes</p>", &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.locator, "line 2");
    assert_string_equal(err.message, "line is longer than the 10 bytes line-length limit");
    foi_doc_release(&doc);
}

static void test_oom(void **state)
{
    (void)state;
    static const char html[] =
        "<html><head><title>T</title></head><body><h2>H</h2><p>a<br>b</p>"
        "<table><caption>c</caption><thead><tr><th rowspan=2>x</th><th colspan=2>y</th></tr>"
        "<tr><th>1</th><th>2</th></tr></thead><tr class=total><td><b>t</b></td><td>3</td><td>4</td></tr></table>"
        "<table><tr><td><table><tr><td>n</td></tr></table></td></tr></table></body></html>";
    int ok = 0;
    for (long n = 1; n < 100000 && !ok; n++) {
        struct foi_doc doc;
        struct foi_err err;
        foi_err_clear(&err);
        foi_doc_init(&doc, "t.html");
        foi_alloc_fail_after(n);
        int rc = foi_read_html(&doc, html, sizeof html - 1, NULL, &err);
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

/* Round 40a: a legacy page's layout table (a banner row, a row of the
 * letter's heading and prose, a row whose cells each hold a data table, a
 * rights row) is no table: its cells' text is the page's lines, in order,
 * and the tables in it the page's own, each with its caption, after the
 * prose that says what they count (blind40 West Midlands). A table whose
 * cell holds a table but no heading or prose stays a table. */
static void test_layout_table(void **state)
{
    (void)state;
    static const char html[] =
        "<table class=\"layout\"><tr><td colspan=\"2\"><b>Freedom of Information</b></td></tr>"
        "<tr><td colspan=\"2\"><h1>FOI 77/26</h1><p>The figures below count allegations against police officers "
        "and police staff together.</p></td></tr>"
        "<tr><td><table><caption>2024</caption><tr><th>Outcome</th><th>Number</th></tr>"
        "<tr><td>Dismissed</td><td>2</td></tr></table></td>"
        "<td><table><caption>2025</caption><tr><th>Outcome</th><th>Number</th></tr>"
        "<tr><td>Dismissed</td><td>3</td></tr></table></td></tr>"
        "<tr><td colspan=\"2\"><p>You may ask for an internal review.</p></td></tr></table>";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_html(&doc, html, NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    assert_string_equal(doc.tables[0].caption, "2024");
    assert_string_equal(doc.tables[1].caption, "2025");
    char *g = grid(&doc.tables[1]);
    assert_string_equal(g, "Outcome|Number\nDismissed|3");
    foi_free(g);
    int prose = 0, review = 0;
    for (int i = 0; i < doc.nlines; i++) {
        if (strstr(doc.lines[i].text, "police officers and police staff together")) {
            prose = i + 1;
            assert_true(doc.tables[0].anchor_line >= prose);
        }
        if (strstr(doc.lines[i].text, "internal review"))
            review = i + 1;
    }
    assert_true(prose > 0);
    assert_true(review > prose);
    foi_doc_release(&doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_span_flags),
        cmocka_unit_test(test_many_rowspans),
        cmocka_unit_test(test_cell_text),
        cmocka_unit_test(test_struck_cells),
        cmocka_unit_test(test_nested_tables),
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_headings_and_anchors),
        cmocka_unit_test(test_fixture_merseyside),
        cmocka_unit_test(test_panels_opened_by_controls),
        cmocka_unit_test(test_tab_labels_head_panels),
        cmocka_unit_test(test_stylesheet_hidden),
        cmocka_unit_test(test_fixture_met),
        cmocka_unit_test(test_nested_table_context),
        cmocka_unit_test(test_layout_table),
        cmocka_unit_test(test_figure_list_nouns),
        cmocka_unit_test(test_split_list),
        cmocka_unit_test(test_packed_cells),
        cmocka_unit_test(test_pre_table),
        cmocka_unit_test(test_tables_share_heading),
        cmocka_unit_test(test_sup_markers),
        cmocka_unit_test(test_aria_tables),
        cmocka_unit_test(test_css_grid_tables),
        cmocka_unit_test(test_noscript_fallback),
        cmocka_unit_test(test_hidden_labels_and_abbr),
        cmocka_unit_test(test_figure_caption),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
