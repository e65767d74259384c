/* test_outputs.c: the comparable row bytes of app/outputs.c (the second
 * pass, .foi-cmp and .foi-cmpout): a row written and parsed back is the
 * same row, whatever its cells hold (negative and large numbers, empty
 * cells, a conflict, a rate); damaged bytes are refused. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../app/outputs.h"

enum { NC = 11 };

static void fill(struct foi_cmp_row *r, struct foi_cmp_cell *c, unsigned seed)
{
    memset(r, 0, sizeof *r);
    memset(c, 0, NC * sizeof *c);
    r->force_id = seed % 3 ? "kent" : "avon-and-somerset";
    r->force_name = "Kent, \"the\" Police";
    snprintf(r->period_start, sizeof r->period_start, "20%02u-04-01", 10 + seed % 13);
    snprintf(r->period_end, sizeof r->period_end, "20%02u-03-31", 11 + seed % 13);
    r->category = "sexual_misconduct";
    r->measure = seed % 2 ? "allegations" : "officers";
    r->subject = "officers_and_staff";
    r->summed = (int)(seed % 2);
    r->officers = seed % 5 ? (int64_t)(seed * 977) : -1;
    if (seed % 4) {
        snprintf(r->officers_date, sizeof r->officers_date, "2024-03-31");
        r->has_rate = 1;
        r->rate_per_1000 = seed % 7 ? 1000.0 / (double)(seed + 3) : -0.0;
    }
    r->funnel = seed % 3 ? "within" : "";
    for (int k = 0; k < NC; k++) {
        if ((seed >> (k % 8)) & 1)
            continue;
        c[k].present = 1;
        c[k].status = (enum foi_vstatus)(k % 4);
        c[k].has_value = k % 3 != 0;
        c[k].value = k % 3 ? (int64_t)seed * (k % 2 ? 1 : -1) * ((int64_t)1 << (k * 5)) : 0;
        c[k].has_min = c[k].has_max = k == 5;
        c[k].min = k == 5 ? -3 : 0;
        c[k].max = k == 5 ? INT64_MAX : 0;
        c[k].text = k % 4 ? "12" : "";
    }
    if (seed % 6 == 1) {
        memset(&c[NC - 1], 0, sizeof c[NC - 1]);
        c[NC - 1].conflict = 1;   /* a conflict: no value, not present */
    }
    r->cells = c;
}

static void same_row(const struct foi_cmp_row *a, const struct foi_cmp_row *b)
{
    assert_string_equal(a->force_id, b->force_id);
    assert_string_equal(a->force_name, b->force_name);
    assert_string_equal(a->period_start, b->period_start);
    assert_string_equal(a->period_end, b->period_end);
    assert_string_equal(a->category, b->category);
    assert_string_equal(a->measure, b->measure);
    assert_string_equal(a->subject, b->subject);
    assert_string_equal(a->officers_date, b->officers_date);
    assert_string_equal(a->funnel ? a->funnel : "", b->funnel);
    assert_int_equal(a->summed, b->summed);
    assert_int_equal(a->has_rate, b->has_rate);
    assert_true(a->officers == b->officers);
    assert_memory_equal(&a->rate_per_1000, &b->rate_per_1000, sizeof a->rate_per_1000);
    for (int k = 0; k < NC; k++) {
        const struct foi_cmp_cell *x = &a->cells[k], *y = &b->cells[k];
        assert_int_equal(x->present, y->present);
        assert_int_equal(x->conflict, y->conflict);
        assert_int_equal(x->status, y->status);
        assert_int_equal(x->has_value, y->has_value);
        assert_int_equal(x->has_min, y->has_min);
        assert_int_equal(x->has_max, y->has_max);
        assert_true(x->value == y->value);
        assert_true(x->min == y->min);
        assert_true(x->max == y->max);
        assert_string_equal(x->present && x->text ? x->text : "", y->text);
    }
}

static void test_row_round_trip(void **state)
{
    (void)state;
    for (unsigned seed = 0; seed < 64; seed++) {
        struct foi_cmp_row r, back;
        struct foi_cmp_cell c[NC], cb[NC];
        fill(&r, c, seed);
        struct foi_buf b;
        foi_buf_init(&b, 0);
        assert_int_equal(foi_cmp_row_write(&b, NC, &r), 0);
        uint32_t len = foi_le32((const unsigned char *)b.data);
        assert_int_equal(len + 4, b.len);
        assert_int_equal(foi_cmp_row_parse(b.data + 4, len, cb, NC, &back), 0);
        same_row(&r, &back);
        /* written again from what was read: the same bytes */
        struct foi_buf b2;
        foi_buf_init(&b2, 0);
        assert_int_equal(foi_cmp_row_write(&b2, NC, &back), 0);
        assert_int_equal(b2.len, b.len);
        assert_memory_equal(b2.data, b.data, b.len);
        foi_buf_release(&b2);
        foi_buf_release(&b);
    }
}

/* Empty cells cost a bit each: a row of nothing is small. */
static void test_row_empty_cells_small(void **state)
{
    (void)state;
    struct foi_cmp_row r;
    struct foi_cmp_cell c[NC];
    fill(&r, c, 255);   /* every bit set: no cell present */
    for (int k = 0; k < NC; k++)
        memset(&c[k], 0, sizeof c[k]);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_cmp_row_write(&b, NC, &r), 0);
    size_t strings = 0;
    const char *s[] = { r.force_id, r.force_name, r.period_start, r.period_end, r.category,
                        r.measure, r.subject, r.officers_date, r.funnel };
    for (int k = 0; k < 9; k++)
        strings += strlen(s[k]) + 2;
    /* length, strings, flags, headcount (up to 3 bytes), rate, bitmap */
    assert_true(b.len <= 4 + strings + 1 + 3 + 8 + (NC + 7) / 8);
    foi_buf_release(&b);
}

static void test_row_damaged(void **state)
{
    (void)state;
    struct foi_cmp_row r, back;
    struct foi_cmp_cell c[NC], cb[NC];
    fill(&r, c, 6);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_cmp_row_write(&b, NC, &r), 0);
    uint32_t len = foi_le32((const unsigned char *)b.data);
    /* cut anywhere: refused */
    for (uint32_t k = 0; k < len; k++)
        assert_int_equal(foi_cmp_row_parse(b.data + 4, k, cb, NC, &back), -1);
    /* a byte too many: refused */
    assert_int_equal(foi_buf_addc(&b, 0), 0);
    assert_int_equal(foi_cmp_row_parse(b.data + 4, len + 1, cb, NC, &back), -1);
    /* a string's terminator gone: refused */
    b.data[4 + 1 + strlen(r.force_id)] = 'x';
    assert_int_equal(foi_cmp_row_parse(b.data + 4, len, cb, NC, &back), -1);
    foi_buf_release(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_row_round_trip),
        cmocka_unit_test(test_row_empty_cells_small),
        cmocka_unit_test(test_row_damaged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
