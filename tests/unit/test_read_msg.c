/* test_read_msg.c: Outlook messages (.msg, read_msg.c over read_cfb.c): the
 * text a reader sees (From, To, Date, Subject over the body), the files the
 * message carries (a picture shown in the body not marked, a message
 * attached whole listed without bytes), a message with no body refused by
 * name, and damaged compound files refused cleanly, never read as text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "office_fixture.h"

static const char *const MSG = "fixtures/office/lincolnshire/RE FOI 001532-26 allegations against officers.msg";

static char *load(const char *rel, size_t *n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FOI_SRCDIR, rel);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)len + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    b[len] = 0;
    *n = (size_t)len;
    return b;
}

static void test_text(void **state)
{
    (void)state;
    size_t n;
    char *b = load(MSG, &n);
    assert_true(foi_msg_is(b, n));
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_err err;
    foi_err_clear(&err);
    const char *t;
    size_t tn;
    int html = -1;
    assert_int_equal(foi_msg_text(&a, b, n, &t, &tn, &html, &err), 0);
    assert_int_equal(html, 0);
    assert_int_equal(strlen(t), tn);
    const char *want = "From: Freedom of Information Team <foi@lincs.police.example>\n"
                       "To: Priya Patel\n"
                       "Date: Fri, 20 Nov 2026 14:05:00 +0000\n"
                       "Subject: RE: FOI 001532/26 - allegations against officers\n\n"
                       "Dear Ms Patel,\r\n";
    assert_memory_equal(t, want, strlen(want));
    assert_non_null(strstr(t, "including special constables, in the financial year 2024/25"));
    foi_arena_release(&a);
    free(b);
}

static void test_attachments(void **state)
{
    (void)state;
    size_t n;
    char *b = load(MSG, &n);
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_mime_part p[8];
    assert_int_equal(foi_msg_attachments(&a, b, n, p, 8), 3);
    /* in the order of their numbers: the CSV (its long name, not the 8.3 one) */
    assert_string_equal(p[0].name, "FOI 001532-26 outcomes 2024-25.csv");
    assert_string_equal(p[0].type, "text/csv");
    assert_true(p[0].marked);
    assert_int_equal(p[0].n, 171);
    assert_memory_equal(p[0].bytes, "Allegation type,Dismissed,", 26);
    assert_int_equal(p[0].bytes[p[0].n], 0);
    /* the logo shown in the body (a Content-ID, hidden): not a file it carries */
    assert_string_equal(p[1].name, "image001.png");
    assert_string_equal(p[1].type, "image/png");
    assert_false(p[1].marked);
    assert_memory_equal(p[1].bytes, "\x89PNG", 4);
    /* a message attached whole: listed by what Outlook shows, no bytes */
    assert_string_equal(p[2].name, "FOI 001532/26 acknowledgement");
    assert_string_equal(p[2].type, "message/rfc822");
    assert_int_equal(p[2].n, 0);
    /* room for fewer: the first ones */
    assert_int_equal(foi_msg_attachments(&a, b, n, p, 1), 1);
    assert_string_equal(p[0].name, "FOI 001532-26 outcomes 2024-25.csv");
    foi_arena_release(&a);
    free(b);
}

/* foi_read_bytes reads a .msg as the message's text, not as a workbook */
static void test_read_as_message(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, MSG, NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_TEXT);
    assert_non_null(line_of(&d, "Subject: RE: FOI 001532/26 - allegations against officers"));
    foi_doc_release(&d);
}

static void test_no_body(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/bad/office-outlook.msg", NULL, &err), FOI_EPARSE);
    assert_string_equal(err.message,
                        "an Outlook message with no plain-text or HTML body (only rich text?); save it as .eml");
    foi_doc_release(&d);
}

/* cut short, or a byte of its directory changed: never a message read as
 * text, never a crash */
static void test_damaged(void **state)
{
    (void)state;
    size_t n;
    char *b = load(MSG, &n);
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_err err;
    for (size_t cut = 0; cut < n; cut += 97) {
        foi_err_clear(&err);
        const char *t;
        size_t tn;
        int html;
        struct foi_mime_part p[8];
        if (foi_msg_is(b, cut)) {
            int rc = foi_msg_text(&a, b, cut, &t, &tn, &html, &err);
            assert_true(rc == 0 || rc == FOI_EPARSE);
            assert_true(foi_msg_attachments(&a, b, cut, p, 8) >= 0);
        }
    }
    for (size_t i = 512; i < n; i += 13) {
        char *c = malloc(n);
        assert_non_null(c);
        memcpy(c, b, n);
        c[i] ^= 0x5A;
        foi_err_clear(&err);
        const char *t;
        size_t tn;
        int html;
        struct foi_mime_part p[8];
        if (foi_msg_is(c, n)) {
            int rc = foi_msg_text(&a, c, n, &t, &tn, &html, &err);
            if (rc && rc != FOI_EPARSE)
                fprintf(stderr, "byte %zu: rc %d %s\n", i, rc, err.message);
            assert_true(rc == 0 || rc == FOI_EPARSE);
            assert_true(foi_msg_attachments(&a, c, n, p, 8) >= 0);
        }
        free(c);
    }
    foi_arena_release(&a);
    free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_attachments),
        cmocka_unit_test(test_read_as_message),
        cmocka_unit_test(test_no_body),
        cmocka_unit_test(test_damaged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
