/* test_read_rtf.c: Rich Text Format (read_rtf.c): what a reader sees as
 * paragraphs (code-page bytes, \u escapes and their fallbacks, hidden
 * destinations skipped, a field's result kept), tables with merged cells,
 * the dispatch by content, and damaged or hostile input refused cleanly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "office_fixture.h"

static int read_rtf(struct foi_doc *d, const char *text, const struct foi_limits *lim, struct foi_err *err)
{
    foi_err_clear(err);
    foi_doc_init(d, "t.rtf");
    return foi_read_bytes(d, text, strlen(text), lim, err);
}

static void test_paragraphs(void **state)
{
    (void)state;
    static const char doc[] =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}"
        "{\\stylesheet{\\s0 Normal;}}{\\info{\\title Secret title}{\\author Someone}}"
        "{\\header\\pard Running header\\par}{\\*\\generator Word;}{\\*\\unknowndest hidden words}\n"
        "\\pard\\plain Allegations \\'96 2024\\'9625\\par\n"
        "\\pard The force\\'92s figures\\u8217\\'92 are {\\b below}.\\par\n"
        "\\pard See {\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt the published data}}.\\par\n"
        "\\pard Caf\\u233?\\~and\\_more\\-text\\line next\\par}";
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_rtf(&d, doc, NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_RTF);
    assert_string_equal(foi_format_name(d.format), "rtf");
    assert_int_equal(d.nlines, 4);
    assert_string_equal(d.lines[0].text, "Allegations \xe2\x80\x93 2024\xe2\x80\x93" "25");
    assert_string_equal(d.lines[1].text, "The force\xe2\x80\x99s figures\xe2\x80\x99 are below.");
    assert_string_equal(d.lines[2].text, "See the published data.");
    assert_string_equal(d.lines[3].text, "Caf\xc3\xa9 and-moretext next");
    assert_string_equal(d.lines[3].loc, "paragraph 4");
    assert_false(doc_has(&d, "Secret"));
    assert_false(doc_has(&d, "Running header"));
    assert_false(doc_has(&d, "hidden words"));
    assert_false(doc_has(&d, "HYPERLINK"));
    assert_false(doc_has(&d, "Times"));
    foi_doc_release(&d);
}

/* rows of cells; a header merged across (\clmgf, \clmrg) and a label merged
 * down (\clvmgf, \clvmrg); a cell of two paragraphs; the paragraph after
 * the table ends it */
static void test_table(void **state)
{
    (void)state;
    static const char doc[] =
        "{\\rtf1\\ansi\n\\pard\\outlinelevel1 Table 1: outcomes in 2024/25\\par\n"
        "\\trowd\\cellx1000\\clmgf\\cellx2000\\clmrg\\cellx3000"
        "\\pard\\intbl Type\\cell\\pard\\intbl Outcome\\cell\\pard\\intbl\\cell\\row\n"
        "\\trowd\\clvmgf\\cellx1000\\cellx2000\\cellx3000"
        "\\pard\\intbl Sexual\\par assault\\cell\\pard\\intbl Dismissed\\cell\\pard\\intbl 3\\cell\\row\n"
        "\\trowd\\clvmrg\\cellx1000\\cellx2000\\cellx3000"
        "\\pard\\intbl\\cell\\pard\\intbl Withdrawn\\cell\\pard\\intbl 1\\cell\\row\n"
        "\\pard After the table.\\par}";
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_rtf(&d, doc, NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    assert_grid(&d.tables[0], "Type|Outcome|Outcome^\nSexual assault|Dismissed|3\nSexual assault^|Withdrawn|1");
    assert_non_null(d.tables[0].heading);
    assert_string_equal(d.tables[0].heading, "Table 1: outcomes in 2024/25");
    assert_int_equal(d.nlines, 2);
    assert_string_equal(d.lines[1].text, "After the table.");
    foi_doc_release(&d);
}

static void test_bad_input(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    /* no text at all */
    assert_int_equal(read_rtf(&d, "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}", NULL, &err), FOI_EPARSE);
    assert_string_equal(err.message, "a Rich Text Format file with no text");
    foi_doc_release(&d);
    /* cut short: what was read is kept */
    assert_int_equal(read_rtf(&d, "{\\rtf1\\ansi\\pard Three allegations\\par\\pard half a par", NULL, &err), 0);
    assert_int_equal(d.nlines, 2);
    assert_string_equal(d.lines[1].text, "half a par");
    foi_doc_release(&d);
    /* groups nested past the limit */
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_depth = 50;
    char deep[400];
    size_t k = 0;
    k += (size_t)snprintf(deep, sizeof deep, "{\\rtf1 ");
    for (int i = 0; i < 60; i++)
        deep[k++] = '{';
    deep[k++] = 'x';
    deep[k] = 0;
    assert_int_equal(read_rtf(&d, deep, &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "groups nested deeper than 50");
    foi_doc_release(&d);
    /* stray braces, a lone backslash at the end, \u with a negative value */
    assert_int_equal(read_rtf(&d, "{\\rtf1 }}}A\\u-10179?\\u-8743?B\\", NULL, &err), 0);
    assert_int_equal(d.nlines, 1);
    foi_doc_release(&d);
    /* every prefix of a document with a table reads or fails cleanly */
    static const char doc[] = "{\\rtf1\\ansi\\pard Intro\\par\\trowd\\clmgf\\cellx100\\clmrg\\cellx200"
                              "\\pard\\intbl a\\'e9\\cell\\pard\\intbl\\u233?\\cell\\row\\pard End\\par}";
    for (size_t n = 5; n <= strlen(doc); n++) {
        char buf[sizeof doc];
        memcpy(buf, doc, n);
        buf[n] = 0;
        int rc = read_rtf(&d, buf, NULL, &err);
        assert_true(rc == 0 || rc == FOI_EPARSE);
        foi_doc_release(&d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_bad_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
