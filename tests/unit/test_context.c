/* test_context.c: the text form of a document's external context
 * (normalize/context.c): parsing, errors naming the line, round trip. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "../../normalize/context.h"

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
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
