/* test_core.c: the bottom of the library (core/foi.c): errors (the first
 * wins, long messages cut), buffers (growth, the size cap, overflow, NUL
 * termination, reserve, detach), the arena (alignment, zeroing, its cap,
 * large blocks), allocation failures, grow, strings (whitespace, case, UTF-8,
 * integers), the sort that keeps a sorted array as it is. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "../../core/foi.h"
#include "../../core/record.h"

static void test_errors(void **state)
{
    (void)state;
    struct foi_err e;
    foi_err_clear(&e);
    assert_int_equal(e.code, 0);
    assert_int_equal(foi_errf(&e, FOI_EPARSE, "row 3", "bad value '%s'", "x7"), FOI_EPARSE);
    assert_string_equal(e.locator, "row 3");
    assert_string_equal(e.message, "bad value 'x7'");
    /* the first error wins, but the code is still returned */
    assert_int_equal(foi_errf(&e, FOI_EIO, "row 9", "later"), FOI_EIO);
    assert_int_equal(e.code, FOI_EPARSE);
    assert_string_equal(e.message, "bad value 'x7'");
    /* a message longer than the field is cut, still terminated */
    char big[1000];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    foi_err_clear(&e);
    foi_errf(&e, FOI_EIO, NULL, "%s", big);
    assert_int_equal(strlen(e.message), sizeof e.message - 1);
    assert_int_equal(foi_errf(NULL, FOI_ENOMEM, NULL, "no err"), FOI_ENOMEM);
    for (int c = 0; c < FOI_ECODE_COUNT; c++)
        assert_non_null(foi_strerror(c));
}

static void test_buf_growth_and_cap(void **state)
{
    (void)state;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(foi_buf_printf(&b, "%03d,", i), 0);
    assert_int_equal(b.len, 4000);
    assert_int_equal(strlen(b.data), 4000);
    assert_memory_equal(b.data + 3996, "999,", 4);
    assert_true(b.alloc > b.len);
    assert_int_equal(foi_buf_add(&b, "", 0), 0);
    assert_int_equal(b.len, 4000);
    foi_buf_reset(&b);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.data, "");
    foi_buf_release(&b);

    /* the cap: up to it, not a byte more, and the buffer unchanged */
    foi_buf_init(&b, 8);
    assert_int_equal(foi_buf_adds(&b, "12345678"), 0);
    assert_int_equal(foi_buf_addc(&b, '9'), FOI_ELIMIT);
    assert_string_equal(b.data, "12345678");
    assert_int_equal(foi_buf_reserve(&b, 1), FOI_ELIMIT);
    foi_buf_release(&b);

    /* a length that would wrap around is refused, never copied */
    foi_buf_init(&b, 0);
    assert_int_equal(foi_buf_adds(&b, "ab"), 0);
    assert_int_equal(foi_buf_add(&b, "x", SIZE_MAX - 1), FOI_ELIMIT);
    assert_int_equal(foi_buf_add(&b, "x", SIZE_MAX), FOI_ELIMIT);
    assert_int_equal(foi_buf_reserve(&b, SIZE_MAX - 2), FOI_ELIMIT);
    assert_string_equal(b.data, "ab");

    /* reserve, fill in place, detach */
    assert_int_equal(foi_buf_reserve(&b, 300), 0);
    assert_true(b.alloc >= b.len + 301);
    memset(b.data + b.len, 'z', 300);
    b.len += 300;
    b.data[b.len] = '\0';
    char *d = foi_buf_detach(&b);
    assert_non_null(d);
    assert_int_equal(strlen(d), 302);
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    foi_free(d);
}

static void test_buf_alloc_failure(void **state)
{
    (void)state;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_buf_adds(&b, "keep"), 0);
    foi_alloc_fail_after(1);
    char big[200];
    memset(big, 'q', sizeof big);
    assert_int_equal(foi_buf_add(&b, big, sizeof big), FOI_ENOMEM);
    foi_alloc_fail_after(0);
    assert_string_equal(b.data, "keep");
    assert_int_equal(b.len, 4);
    foi_buf_release(&b);
}

static void test_arena(void **state)
{
    (void)state;
    struct foi_arena a;
    foi_arena_init(&a, 0);
    for (int i = 1; i < 200; i++) {
        unsigned char *p = foi_arena_alloc(&a, (size_t)i);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % sizeof(void *), 0);
        for (int k = 0; k < i; k++)
            assert_int_equal(p[k], 0);
        memset(p, 0xAB, (size_t)i);
    }
    /* a block larger than any block size */
    char *large = foi_arena_alloc(&a, 1 << 20);
    assert_non_null(large);
    assert_int_equal(large[(1 << 20) - 1], 0);
    assert_string_equal(foi_arena_strdup(&a, "sexual assault"), "sexual assault");
    assert_string_equal(foi_arena_strndup(&a, "dismissed, 4", 9), "dismissed");
    assert_string_equal(foi_arena_printf(&a, "%s %d", "row", 12), "row 12");
    foi_arena_release(&a);

    foi_arena_init(&a, 64);
    assert_non_null(foi_arena_alloc(&a, 40));
    assert_null(foi_arena_alloc(&a, 40));
    foi_arena_release(&a);
}

static void test_grow(void **state)
{
    (void)state;
    int *arr = NULL;
    size_t alloc = 0;
    for (size_t n = 0; n < 1000; n++) {
        assert_int_equal(foi_grow((void **)&arr, &alloc, n, sizeof *arr), 0);
        assert_true(alloc > n);
        arr[n] = (int)n;
    }
    assert_int_equal(arr[999], 999);
    foi_alloc_fail_after(1);
    int *before = arr;
    size_t a0 = alloc;
    assert_int_equal(foi_grow((void **)&arr, &alloc, alloc, sizeof *arr), FOI_ENOMEM);
    foi_alloc_fail_after(0);
    assert_ptr_equal(arr, before);
    assert_int_equal(alloc, a0);
    foi_free(arr);
}

static void test_strings(void **state)
{
    (void)state;
    struct foi_arena a;
    foi_arena_init(&a, 0);
    const char *s = "  Sexual\t\n assault\xC2\xA0 (officers)  ";
    assert_string_equal(foi_collapse_ws(&a, s, strlen(s)), "Sexual assault (officers)");
    assert_string_equal(foi_collapse_ws(&a, "   ", 3), "");
    foi_arena_release(&a);

    assert_int_equal(foi_strcasecmp("Dismissed", "dISMISSED"), 0);
    assert_true(foi_strcasecmp("a", "b") < 0);
    const char *hay = "Neither Confirm Nor Deny";
    assert_ptr_equal(foi_strcasestr(hay, "confirm nor"), hay + 8);
    assert_null(foi_strcasestr(hay, "withheld"));
    /* dot leaders: four dots or more, a single space at most between them */
    const char *lead = "Dismissed ....... 4";
    assert_ptr_equal(foi_dot_leader_end(lead + 10), lead + 17);
    const char *spaced = "Withdrawn . . . . 2";
    assert_ptr_equal(foi_dot_leader_end(spaced + 10), spaced + 17);
    assert_null(foi_dot_leader_end("... 3"));
    assert_null(foi_dot_leader_end(".  .  .  . 3"));
    assert_null(foi_dot_leader_end("no dots"));
    /* UTF-8 of a code point; Windows-1252's high bytes */
    char u[4];
    assert_int_equal(foi_utf8_put(u, 'A'), 1);
    assert_int_equal(foi_utf8_put(u, 0xE9), 2);
    assert_memory_equal(u, "\xc3\xa9", 2);
    assert_int_equal(foi_utf8_put(u, 0x2013), 3);
    assert_memory_equal(u, "\xe2\x80\x93", 3);
    assert_int_equal(foi_utf8_put(u, 0x1F600), 4);
    assert_memory_equal(u, "\xf0\x9f\x98\x80", 4);
    assert_int_equal(foi_cp1252(0x96), 0x2013);
    assert_int_equal(foi_cp1252(0x92), 0x2019);
    assert_int_equal(foi_cp1252(0x81), 0);
    assert_int_equal(foi_cp1252(0xE9), 0xE9);

    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_string_equal(foi_ascii_lower(&b, "FY 2022/23 \xC3\x89T\xC3\x89"), "fy 2022/23 \xC3\x89t\xC3\x89");
    /* every byte value, in every position of the eight-byte steps and the
     * tail: only 'A'..'Z' change ('@', '[', 0xC1..0xDA stay) */
    char in[40], want[40];
    for (int c = 1; c < 256; c++)
        for (int len = 1; len < 20; len++)
            for (int at = 0; at < len; at++) {
                for (int k = 0; k < len; k++) {
                    in[k] = k == at ? (char)c : (char)('A' + (k * 7 + c) % 40);   /* 'A'..'h' around it */
                    unsigned char x = (unsigned char)in[k];
                    want[k] = (char)(x >= 'A' && x <= 'Z' ? x + 32 : x);
                }
                in[len] = want[len] = '\0';
                const char *got = foi_ascii_lower(&b, in);
                assert_non_null(got);
                assert_memory_equal(got, want, (size_t)len + 1);
            }
    foi_buf_release(&b);

    assert_true(foi_utf8_valid("caf\xC3\xA9", 5));
    assert_false(foi_utf8_valid("caf\xC3", 4));
    assert_false(foi_utf8_valid("\xED\xA0\x80", 3));   /* a surrogate */
    assert_false(foi_utf8_valid("\xC0\xAF", 2));       /* overlong */
    assert_int_equal(foi_utf8_seq((const unsigned char *)"\xE2\x80\x93x", 4), 3);
    assert_int_equal(foi_utf8_seq((const unsigned char *)"\xE2\x80", 2), 0);

    uint64_t v = 0;
    assert_int_equal(foi_parse_u64("18446744073709551615", 20, &v), 0);
    assert_true(v == UINT64_MAX);
    assert_int_equal(foi_parse_u64("18446744073709551616", 20, &v), FOI_ERANGE);
    assert_int_equal(foi_parse_u64("12a", 3, &v), FOI_EPARSE);
    assert_int_equal(foi_parse_u64("", 0, &v), FOI_EPARSE);
    assert_int_equal(foi_parse_u64("-1", 2, &v), FOI_EPARSE);
    assert_true(foi_hash("abc", 3) != foi_hash("abd", 3));
    unsigned char le[4];
    foi_put_le32(le, 0x01020304u);
    assert_int_equal(le[0], 4);
    assert_int_equal(foi_le32(le), 0x01020304u);
}

static int cmp_int(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

struct pair { int key, tag; };
static int cmp_key(const void *x, const void *y)
{
    return cmp_int(&((const struct pair *)x)->key, &((const struct pair *)y)->key);
}

/* foi_strlcpy writes what snprintf(dst, size, "%s", s) writes. */
static void test_strlcpy(void **state)
{
    (void)state;
    static const char *const in[] = { "", "a", "2021-04-01", "2021-04-01x", "longer than the field" };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
        for (size_t size = 0; size <= 12; size++) {
            char a[16], b[16];
            memset(a, 'z', sizeof a);
            memset(b, 'z', sizeof b);
            size_t n = foi_strlcpy(a, size, in[i]);
            int m = snprintf(b, size, "%s", in[i]);
            assert_int_equal(n, (size_t)m);
            assert_memory_equal(a, b, sizeof a);
        }
}

/* foi_pairs: never says no to a needle strstr finds; says no to needles
 * with a pair the text lacks. */
static void test_pairs(void **state)
{
    (void)state;
    static const char *const texts[] = { "", "a", "if you have any queries please contact",
                                         "section 40(2) personal data \xc2\xa3 48,000" };
    static const char *const needles[] = { "", "a", "if you", "queries", "contact", "section 40(2)",
                                           "personal data", "48,000", "\xc2\xa3", "zq", "data protection",
                                           "thank you for your request", "s" };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        struct foi_pairs ps;
        foi_pairs_of(&ps, texts[i]);
        for (size_t k = 0; k < sizeof needles / sizeof needles[0]; k++)
            if (strstr(texts[i], needles[k]))
                assert_int_equal(foi_pairs_may_hold(&ps, needles[k]), 1);
    }
    struct foi_pairs ps;
    foi_pairs_of(&ps, "if you have any queries please contact");
    assert_int_equal(foi_pairs_may_hold(&ps, "zq"), 0);
    assert_int_equal(foi_pairs_may_hold(&ps, "thank you for your request"), 0);
    assert_int_equal(foi_pairs_may_hold(&ps, "x"), 1);   /* no pair: strstr decides */
}

/* A record's strings are interned: the same text is one copy whether it
 * repeats the previous record's field (record.c's recent_str) or not, and
 * a changed field is the new text. */
static void test_dataset_strings(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    char a[16] = "kent", b[16] = "kent", cat[16] = "vawg";
    struct foi_record r;
    memset(&r, 0, sizeof r);
    r.force_id = a;
    r.category = cat;
    assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    r.force_id = b;   /* the same text elsewhere */
    assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    strcpy(cat, "other");   /* the same buffer, another text */
    assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    r.category = "vawg";
    assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    assert_ptr_equal(ds.records[0].force_id, ds.records[1].force_id);
    assert_ptr_equal(ds.records[1].force_id, foi_dataset_str(&ds, "kent"));
    assert_string_equal(ds.records[2].category, "other");
    assert_ptr_equal(ds.records[3].category, ds.records[0].category);
    assert_ptr_equal(ds.records[2].category, foi_dataset_str(&ds, "other"));
    foi_dataset_release(&ds);
}

static void test_qsort(void **state)
{
    (void)state;
    int v[] = { 5, 3, 9, 1, 3, 0 };
    foi_qsort(v, 6, sizeof *v, cmp_int);
    int want[] = { 0, 1, 3, 3, 5, 9 };
    assert_memory_equal(v, want, sizeof want);
    /* already in order: equal keys keep their places */
    struct pair p[] = { { 1, 0 }, { 2, 1 }, { 2, 2 }, { 3, 3 } };
    foi_qsort(p, 4, sizeof *p, cmp_key);
    for (int i = 0; i < 4; i++)
        assert_int_equal(p[i].tag, i);
    foi_qsort(NULL, 0, sizeof(int), cmp_int);
}

/* Varints: every length from 1 to 10 bytes and back; zigzag keeps small
 * magnitudes short and round-trips the extremes; a cut or overlong one is
 * refused and the position is left where it was. */
static void test_varint(void **state)
{
    (void)state;
    const uint64_t u[] = { 0, 1, 127, 128, 16383, 16384, ((uint64_t)1 << 35) - 1, (uint64_t)1 << 35,
                           ((uint64_t)1 << 63) - 1, UINT64_MAX };
    const size_t len[] = { 1, 1, 1, 2, 2, 3, 5, 6, 9, 10 };
    for (size_t i = 0; i < sizeof u / sizeof u[0]; i++) {
        struct foi_buf b;
        foi_buf_init(&b, 0);
        assert_int_equal(foi_buf_add_varint(&b, u[i]), 0);
        assert_int_equal(b.len, len[i]);
        const unsigned char *p = (const unsigned char *)b.data, *end = p + b.len;
        uint64_t v = 12345;
        assert_int_equal(foi_get_varint(&p, end, &v), 0);
        assert_true(v == u[i]);
        assert_ptr_equal(p, end);
        /* cut short: refused, p unmoved */
        p = (const unsigned char *)b.data;
        if (b.len > 1) {
            assert_int_equal(foi_get_varint(&p, end - 1, &v), -1);
            assert_ptr_equal(p, (const unsigned char *)b.data);
        }
        foi_buf_release(&b);
    }
    const unsigned char over[11] = { 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 };
    const unsigned char *p = over;
    uint64_t v;
    assert_int_equal(foi_get_varint(&p, over + sizeof over, &v), -1);
    const int64_t s[] = { 0, -1, 1, -64, 63, INT64_MIN, INT64_MAX };
    const uint64_t z[] = { 0, 1, 2, 127, 126, UINT64_MAX, UINT64_MAX - 1 };
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
        assert_true(foi_zigzag(s[i]) == z[i]);
        assert_true(foi_unzigzag(z[i]) == s[i]);
    }
}

/* The string memo: a value per key, zeroed when added, keys copied (the
 * caller's buffer may change), growing past its first size, nothing new past
 * max, and a failed allocation leaves it working without the new entry. */
static void test_smemo(void **state)
{
    (void)state;
    struct foi_smemo m;
    struct foi_arena a;
    foi_arena_init(&a, 0);
    foi_smemo_init(&m, sizeof(long), 4, 100);
    char key[32];
    for (long i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "label %ld", i);
        uint32_t h = foi_memo_hash(key, strlen(key));
        assert_null(foi_smemo_get(&m, key, h));
        long *v = foi_smemo_put(&m, &a, key, h);
        assert_non_null(v);
        assert_int_equal(*v, 0);
        *v = i * 7;
    }
    snprintf(key, sizeof key, "one more");
    assert_null(foi_smemo_put(&m, &a, key, foi_memo_hash(key, strlen(key))));   /* full */
    for (long i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "label %ld", i);
        const long *v = foi_smemo_get(&m, key, foi_memo_hash(key, strlen(key)));
        assert_non_null(v);
        assert_int_equal(*v, i * 7);
    }
    /* adding a key that is there gives its value back */
    snprintf(key, sizeof key, "label 3");
    long *v = foi_smemo_put(&m, &a, key, foi_memo_hash(key, strlen(key)));
    assert_non_null(v);
    assert_int_equal(*v, 21);
    foi_smemo_release(&m);
    assert_null(foi_smemo_get(&m, key, foi_memo_hash(key, strlen(key))));

    /* no memory for the slots: no entry, and no harm */
    foi_smemo_init(&m, sizeof(long), 4, 100);
    foi_alloc_fail_after(1);
    assert_null(foi_smemo_put(&m, &a, key, foi_memo_hash(key, strlen(key))));
    foi_alloc_fail_after(0);
    assert_null(foi_smemo_get(&m, key, foi_memo_hash(key, strlen(key))));
    assert_non_null(foi_smemo_put(&m, &a, key, foi_memo_hash(key, strlen(key))));
    foi_smemo_release(&m);
    foi_arena_release(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_buf_growth_and_cap),
        cmocka_unit_test(test_buf_alloc_failure),
        cmocka_unit_test(test_arena),
        cmocka_unit_test(test_grow),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_qsort),
        cmocka_unit_test(test_varint),
        cmocka_unit_test(test_strlcpy),
        cmocka_unit_test(test_pairs),
        cmocka_unit_test(test_dataset_strings),
        cmocka_unit_test(test_smemo),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
