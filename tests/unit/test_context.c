/* test_context.c: the text form of a document's external context
 * (normalize/context.c): parsing, errors naming the line, round trip. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "../../normalize/context.h"
#include "../../normalize/normalize.h"

static struct foi_taxonomy *tax;

static int setup(void **state)
{
    (void)state;
    struct foi_err err;
    foi_err_clear(&err);
    return foi_taxonomy_load(&tax, FOI_SRCDIR "/normalize/taxonomy", NULL, &err);
}

static int teardown(void **state)
{
    (void)state;
    foi_taxonomy_free(tax);
    return 0;
}

static void add(struct foi_ctxset *set, const char *path, const char *text)
{
    struct foi_err err;
    foi_err_clear(&err);
    int rc = foi_ctxset_add(set, tax, path, NULL, text, strlen(text), &err);
    if (rc)
        fail_msg("%s: %s: %s", path, err.locator, err.message);
}

/* The merged context text for path ("" when none applies). */
static char *context_for(const struct foi_ctxset *set, const char *path)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_ctxset_for(set, path, &b), 0);
    char *s = foi_strdup(b.data ? b.data : "");
    foi_buf_release(&b);
    return s;
}

static void expect_context(const struct foi_ctxset *set, const char *path, const char *want)
{
    char *got = context_for(set, path);
    if (strcmp(got, want))
        fail_msg("context for %s:\n%s\nwant:\n%s", path, got, want);
    foi_free(got);
}

static void test_is_file(void **state)
{
    (void)state;
    assert_int_equal(foi_context_is_file("foi-context.txt"), 1);
    assert_int_equal(foi_context_is_file("kent/foi-context.txt"), 1);
    assert_int_equal(foi_context_is_file("kent/data.xlsx.context.txt"), 1);
    assert_int_equal(foi_context_is_file("kent/context.txt"), 0);
    assert_int_equal(foi_context_is_file("kent/.context.txt"), 0);
    assert_int_equal(foi_context_is_file("kent/foi-context.txt.bak"), 0);
    assert_int_equal(foi_context_is_file("kent/my-foi-context.txt"), 0);
}

/* Folder-wide keys reach the folders below; a file: section beats them; a
 * file's own context file beats both; the nearest folder beats the farther. */
static void test_precedence(void **state)
{
    (void)state;
    struct foi_ctxset *set;
    assert_int_equal(foi_ctxset_new(&set), 0);
    add(set, "foi-context.txt", "measure: allegations\nsubject: officers and staff\n");
    add(set, "kent/foi-context.txt", "# Kent's FOI team\nforce: Kent Police\nperiod: 2022/23\n"
                                     "file: 2021/*.csv\nperiod: 2021/22\n"
                                     "file: *.xlsx\nmeasure: cases\n");
    add(set, "kent/2021/foi-context.txt", "subject: officers\n");
    add(set, "kent/2021/b.csv.context.txt", "period: calendar year 2021\n");
    expect_context(set, "essex/x.csv", "measure: allegations\nsubject: officers and staff\n"
                                       "origin: context file foi-context.txt\n");
    expect_context(set, "kent/x.csv", "force: Kent Police\nperiod: 2022/23\nmeasure: allegations\n"
                                      "subject: officers and staff\n"
                                      "origin: context files kent/foi-context.txt and foi-context.txt\n");
    expect_context(set, "kent/2021/a.csv", "force: Kent Police\nperiod: 2021/22\nmeasure: allegations\n"
                                           "subject: officers\norigin: context files kent/foi-context.txt, "
                                           "kent/2021/foi-context.txt and foi-context.txt\n");
    expect_context(set, "kent/2021/b.csv", "force: Kent Police\nperiod: calendar year 2021\n"
                                           "measure: allegations\nsubject: officers\n"
                                           "origin: context files kent/2021/b.csv.context.txt, "
                                           "kent/2021/foi-context.txt, kent/foi-context.txt and foi-context.txt\n");
    /* a pattern without a slash names files anywhere below */
    expect_context(set, "kent/2021/c.xlsx", "force: Kent Police\nperiod: 2022/23\nmeasure: cases\n"
                                            "subject: officers\norigin: context files kent/foi-context.txt and "
                                            "kent/2021/foi-context.txt\n");
    /* the merged text reads back */
    char *text = context_for(set, "kent/2021/b.csv");
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_doc_context c;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_context_parse(&a, text, strlen(text), NULL, &c, &err), 0);
    assert_string_equal(c.period, "calendar year 2021");
    assert_string_equal(c.force, "Kent Police");
    assert_non_null(strstr(c.origin, "kent/2021/b.csv.context.txt"));
    foi_arena_release(&a);
    foi_free(text);
    /* nothing applies: nothing */
    foi_ctxset_free(set);
    assert_int_equal(foi_ctxset_new(&set), 0);
    add(set, "kent/foi-context.txt", "force: Kent\n");
    expect_context(set, "essex/x.csv", "");
    expect_context(set, "kentish/x.csv", "");
    expect_context(set, "kent.csv", "");
    foi_ctxset_free(set);
}

static void test_file_errors(void **state)
{
    (void)state;
    static const struct { const char *path, *text, *loc, *msg; } t[] = {
        { "foi-context.txt", "force: Gotham City Police\n", "line 1", "is not in forces.tsv" },
        { "foi-context.txt", "\n# x\nperiod: sometime soon\n", "line 3", "cannot read the period" },
        { "foi-context.txt", "category: fraud\n", "line 1", "'fraud' is not in categories.tsv" },
        { "foi-context.txt", "measure: widgets\n", "line 1", "is not in measures.tsv" },
        { "foi-context.txt", "date_basis: whenever\n", "line 1", "received or finalised" },
        { "foi-context.txt", "colour: blue\n", "line 1", "unknown key 'colour'" },
        { "foi-context.txt", "period:\n", "line 1", "has no value" },
        { "foi-context.txt", "period: 2022/23\nperiod: 2021/22\n", "line 2", "given twice" },
        { "foi-context.txt", "file:\n", "line 1", "names no file" },
        { "a.csv.context.txt", "file: a.csv\n", "line 1", "'file:' sections belong in foi-context.txt" },
        { "foi-context.txt", "Kent Police\n", "line 1", "expected 'key: value'" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        struct foi_ctxset *set;
        assert_int_equal(foi_ctxset_new(&set), 0);
        struct foi_err err;
        foi_err_clear(&err);
        assert_int_equal(foi_ctxset_add(set, tax, t[i].path, NULL, t[i].text, strlen(t[i].text), &err), FOI_EPARSE);
        assert_string_equal(err.locator, t[i].loc);
        if (!strstr(err.message, t[i].msg))
            fail_msg("case %zu: '%s' lacks '%s'", i, err.message, t[i].msg);
        /* a bad file is not used */
        char *got = context_for(set, "x.csv");
        assert_string_equal(got, "");
        foi_free(got);
        foi_ctxset_free(set);
    }
    /* a byte-order mark and CRLF from a Windows editor are fine */
    struct foi_ctxset *set;
    assert_int_equal(foi_ctxset_new(&set), 0);
    add(set, "foi-context.txt", "\xef\xbb\xbf" "force: Kent Police\r\nperiod: 2022/23\r\n");
    expect_context(set, "a/b.csv", "force: Kent Police\nperiod: 2022/23\norigin: context file foi-context.txt\n");
    foi_ctxset_free(set);
}

static void test_alloc_failures(void **state)
{
    (void)state;
    int failed = 0;
    for (long n = 1; n < 200; n++) {
        struct foi_ctxset *set = NULL;
        foi_alloc_fail_after(n);
        int rc = foi_ctxset_new(&set);
        struct foi_err err;
        foi_err_clear(&err);
        static const char text[] = "force: Kent\nperiod: 2022/23\nfile: *.csv\nmeasure: cases\n";
        if (!rc)
            rc = foi_ctxset_add(set, tax, "kent/foi-context.txt", NULL, text, sizeof text - 1, &err);
        struct foi_buf b;
        foi_buf_init(&b, 0);
        if (!rc)
            rc = foi_ctxset_for(set, "kent/a.csv", &b);
        foi_alloc_fail_after(0);
        foi_buf_release(&b);
        foi_ctxset_free(set);
        if (!rc)
            break;
        assert_int_equal(rc, FOI_ENOMEM);
        failed++;
    }
    assert_true(failed > 3);
}

static void test_parse(void **state)
{
    (void)state;
    static const char text[] =
        "# what the covering email said\n"
        "force: Kent Police\r\n"
        "period:   2022/23  \n"
        "\n"
        "measure: allegations\n"
        "subject: officers and staff\n"
        "read_prose: yes\n";
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_doc_context c;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_context_parse(&a, text, sizeof text - 1, "context file x.txt", &c, &err), 0);
    assert_string_equal(c.force, "Kent Police");
    assert_string_equal(c.period, "2022/23");
    assert_string_equal(c.measure, "allegations");
    assert_string_equal(c.subject, "officers and staff");
    assert_null(c.category);
    assert_null(c.date_basis);
    assert_int_equal(c.read_prose, 1);
    assert_string_equal(c.origin, "context file x.txt");
    assert_int_equal(foi_context_empty(&c), 0);
    /* round trip */
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_context_format(&c, &b), 0);
    assert_string_equal(b.data, "force: Kent Police\nperiod: 2022/23\nmeasure: allegations\n"
                                "subject: officers and staff\nread_prose: yes\norigin: context file x.txt\n");
    struct foi_doc_context d;
    assert_int_equal(foi_context_parse(&a, b.data, b.len, NULL, &d, &err), 0);
    assert_string_equal(d.force, c.force);
    assert_string_equal(d.origin, c.origin);
    assert_int_equal(d.read_prose, 1);
    foi_buf_release(&b);
    foi_arena_release(&a);
}

/* A covering letter's paragraphs saying which days a period covers: one
 * `defines:` line each, like marks. */
static void test_defines(void **state)
{
    (void)state;
    static const char text[] = "force: cleveland\ndefines: The year to date runs from 1 April 2026 to 30 "
                               "September 2026.\ndefines: 2025/26* is 1 April to 30 June 2025.\n";
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_doc_context c;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_context_parse(&a, text, sizeof text - 1, NULL, &c, &err), 0);
    assert_string_equal(c.defines, "The year to date runs from 1 April 2026 to 30 September 2026.\n"
                                   "2025/26* is 1 April to 30 June 2025.");
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_context_format(&c, &b), 0);
    assert_string_equal(b.data, text);
    foi_buf_release(&b);
    foi_arena_release(&a);
}

/* A covering letter's paragraphs on marks: one `marks:` line each, read
 * back as lines of one value and written again a line each. */
static void test_marks(void **state)
{
    (void)state;
    static const char text[] = "force: kent\nmarks: '*' means a number from 1 to 2 (section 40(2)).\n"
                               "marks: A dash means nil.\n";
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_doc_context c;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_context_parse(&a, text, sizeof text - 1, NULL, &c, &err), 0);
    assert_string_equal(c.marks, "'*' means a number from 1 to 2 (section 40(2)).\nA dash means nil.");
    assert_int_equal(foi_context_empty(&c), 0);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_context_format(&c, &b), 0);
    assert_string_equal(b.data, text);
    foi_buf_release(&b);
    struct foi_doc_context only = { .marks = "x" };
    assert_int_equal(foi_context_empty(&only), 0);
    foi_arena_release(&a);
}

static void test_errors(void **state)
{
    (void)state;
    static const struct { const char *text, *loc, *msg; } t[] = {
        { "force: Kent\nperiode: 2022\n", "line 2", "unknown key 'periode'" },
        { "\n\nKent Police\n", "line 3", "expected 'key: value', got 'Kent Police'" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        struct foi_arena a;
        foi_arena_init(&a, 0);
        struct foi_doc_context c;
        struct foi_err err;
        foi_err_clear(&err);
        assert_int_equal(foi_context_parse(&a, t[i].text, strlen(t[i].text), NULL, &c, &err), FOI_EPARSE);
        assert_string_equal(err.locator, t[i].loc);
        assert_non_null(strstr(err.message, t[i].msg));
        foi_arena_release(&a);
    }
}

static void test_empty(void **state)
{
    (void)state;
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_doc_context c;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_context_parse(&a, "# nothing\n", 10, "o", &c, &err), 0);
    assert_int_equal(foi_context_empty(&c), 1);
    foi_arena_release(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_marks),
        cmocka_unit_test(test_defines),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_is_file),
        cmocka_unit_test(test_precedence),
        cmocka_unit_test(test_file_errors),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
