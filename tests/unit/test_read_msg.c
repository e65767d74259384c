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

/* [MS-OXRTFCP]: the specification's two examples ("LZFu": literals and
 * references into the preloaded dictionary; a reference that runs over
 * what it writes, "WXYZ" repeated), a body stored as it is ("MELA"), and
 * what is refused: cut short, an unknown compression, no RTF, over the cap;
 * a stream cut mid-way gives what it held, never more. */
static void test_rtf_decompress(void **state)
{
    (void)state;
    static const unsigned char ex1[] = {
        0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xf1, 0xc5, 0xc7, 0xa7,
        0x03, 0x00, 0x0a, 0x00, 0x72, 0x63, 0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a, 0xf3, 0x20,
        0x68, 0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77, 0x05, 0xb0, 0x6c, 0x64, 0x7d, 0x0a, 0x80, 0x0f, 0xa0,
    };
    static const unsigned char ex2[] = {
        0x1a, 0x00, 0x00, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xe2, 0xd4, 0x4b, 0x51,
        0x41, 0x00, 0x04, 0x20, 0x57, 0x58, 0x59, 0x5a, 0x0d, 0x6e, 0x7d, 0x01, 0x0e, 0xb0,
    };
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_err err;
    const char *o;
    size_t on;
    foi_err_clear(&err);
    assert_int_equal(foi_rtf_decompress(&a, ex1, sizeof ex1, 1 << 20, &o, &on, &err), 0);
    assert_string_equal(o, "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n");
    assert_int_equal(on, 43);
    assert_int_equal(foi_rtf_decompress(&a, ex2, sizeof ex2, 1 << 20, &o, &on, &err), 0);
    assert_string_equal(o, "{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}");
    /* cut after the literals of the first control byte: what they held */
    assert_int_equal(foi_rtf_decompress(&a, ex1, 24, 1 << 20, &o, &on, &err), 0);
    assert_true(on < 43 && !strncmp(o, "{\\rtf1\\ansi\\ansicpg", on < 18 ? on : 18));
    /* stored */
    unsigned char mela[64];
    const char *body = "{\\rtf1 Sexual assault: 7\\par}";
    size_t bl = strlen(body);
    memset(mela, 0, sizeof mela);
    mela[0] = (unsigned char)(bl + 12), mela[4] = (unsigned char)bl;
    memcpy(mela + 8, "MELA", 4);
    memcpy(mela + 16, body, bl);
    assert_int_equal(foi_rtf_decompress(&a, mela, 16 + bl, 1 << 20, &o, &on, &err), 0);
    assert_string_equal(o, body);
    /* refused */
    foi_err_clear(&err);
    assert_int_equal(foi_rtf_decompress(&a, ex1, 10, 1 << 20, &o, &on, &err), FOI_EPARSE);
    unsigned char bad[sizeof ex1];
    memcpy(bad, ex1, sizeof ex1);
    memcpy(bad + 8, "ABCD", 4);
    foi_err_clear(&err);
    assert_int_equal(foi_rtf_decompress(&a, bad, sizeof bad, 1 << 20, &o, &on, &err), FOI_EPARSE);
    memcpy(mela + 16, "hello, world", 12);
    foi_err_clear(&err);
    assert_int_equal(foi_rtf_decompress(&a, mela, 16 + bl, 1 << 20, &o, &on, &err), FOI_EPARSE);
    foi_err_clear(&err);
    assert_int_equal(foi_rtf_decompress(&a, ex1, sizeof ex1, 40, &o, &on, &err), FOI_ELIMIT);
    /* every cut and every changed byte: no crash, never past the raw size */
    for (size_t cut = 0; cut <= sizeof ex1; cut++) {
        foi_err_clear(&err);
        int rc = foi_rtf_decompress(&a, ex1, cut, 1 << 20, &o, &on, &err);
        assert_true(rc == 0 || rc == FOI_EPARSE);
        if (!rc)
            assert_true(on <= 43);
    }
    for (size_t i = 0; i < sizeof ex1; i++) {
        memcpy(bad, ex1, sizeof ex1);
        bad[i] ^= 0xA5;
        foi_err_clear(&err);
        int rc = foi_rtf_decompress(&a, bad, sizeof bad, 1 << 20, &o, &on, &err);
        assert_true(rc == 0 || rc == FOI_EPARSE || rc == FOI_ELIMIT);
    }
    foi_arena_release(&a);
}

/* A message whose only body is its compressed rich text: the RTF, for the
 * RTF reader (a table in it read as a table), its attachment as ever. */
static void test_rich_text_body(void **state)
{
    (void)state;
    static const char *const RTF_MSG = "fixtures/office/avon-and-somerset/RE_ FOI 26-7781 allegations figures.msg";
    size_t n;
    char *b = load(RTF_MSG, &n);
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_err err;
    foi_err_clear(&err);
    const char *t;
    size_t tn;
    int html = -1;
    assert_int_equal(foi_msg_text(&a, b, n, &t, &tn, &html, &err), 0);
    assert_int_equal(html, 2);
    assert_int_equal(strlen(t), tn);
    assert_memory_equal(t, "{\\rtf1\\ansi", 10);
    assert_non_null(strstr(t, "Dear Mr Okafor,"));
    struct foi_mime_part p[4];
    assert_int_equal(foi_msg_attachments(&a, b, n, p, 4), 1);
    assert_string_equal(p[0].name, "FOI 26-7781 outcomes 2024-25.csv");
    foi_arena_release(&a);
    free(b);
    struct foi_doc d;
    assert_int_equal(read_src(&d, RTF_MSG, NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_RTF);
    assert_non_null(line_of(&d, "Dear Mr Okafor,"));
    assert_int_equal(d.ntables, 1);
    foi_doc_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_attachments),
        cmocka_unit_test(test_read_as_message),
        cmocka_unit_test(test_no_body),
        cmocka_unit_test(test_damaged),
        cmocka_unit_test(test_rtf_decompress),
        cmocka_unit_test(test_rich_text_body),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
