/* test_review.c: the figures to review (analyze/review.c) against a sort of
 * the whole list: the least sure FOI_REVIEW_ROWS of those below the
 * threshold, less sure first then SPEC order, whatever order they come in;
 * copies that outlive the records; every allocation failing in turn. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../analyze/review.h"

enum { N = 2000 };

static char names[N][3][32];

static void make(struct foi_record *r, int i, unsigned seed)
{
    memset(r, 0, sizeof *r);
    unsigned h = (unsigned)i * 2654435761u ^ seed;
    snprintf(names[i][0], sizeof names[i][0], "force%u", h % 7);
    snprintf(names[i][1], sizeof names[i][1], "file%d.csv", i % 13);
    snprintf(names[i][2], sizeof names[i][2], "csv row %d col 3", i);
    r->force_id = names[i][0];
    r->force_name = r->period_label = r->category_raw = r->outcome_raw = r->source_sha256 = "";
    r->category = (h >> 3) % 2 ? "sexual_assault" : "other";
    r->measure = "allegations";
    r->subject = "officers";
    r->outcome = "total";
    r->source_file = names[i][1];
    r->locator = names[i][2];
    r->raw_text = "12";
    r->parser = "generic_table";
    r->request_ref = r->date_basis = r->note = "";
    /* confidences in steps, many equal: ties are ordered by SPEC order */
    r->confidence = (double)((h >> 5) % 20) / 20.0;
    r->v.status = FOI_VS_REPORTED;
    r->v.value = i;
    r->v.has_value = 1;
    snprintf(r->period_start, sizeof r->period_start, "202%u-01-01", (h >> 9) % 4);
    snprintf(r->period_end, sizeof r->period_end, "202%u-12-31", (h >> 9) % 4);
}

static int listed(const void *a, const void *b)
{
    const struct foi_record *x = a, *y = b;
    if (x->confidence != y->confidence)
        return x->confidence < y->confidence ? -1 : 1;
    return foi_record_cmp(x, y);
}

static void check_against_sort(unsigned seed, int n)
{
    struct foi_record *all = calloc((size_t)n, sizeof *all), *low = calloc((size_t)n, sizeof *low);
    assert_non_null(all);
    assert_non_null(low);
    size_t nlow = 0;
    for (int i = 0; i < n; i++) {
        make(&all[i], i, seed);
        if (all[i].confidence < FOI_CONF_REVIEW)
            low[nlow++] = all[i];
    }
    qsort(low, nlow, sizeof *low, listed);
    struct foi_review rv;
    foi_review_init(&rv);
    for (int i = 0; i < n; i++)
        assert_int_equal(foi_review_add(&rv, &all[i]), 0);
    foi_review_done(&rv);
    /* the copies do not point into the records */
    memset(names, 0, sizeof names);
    assert_int_equal(rv.total, nlow);
    size_t want = nlow < FOI_REVIEW_ROWS ? nlow : FOI_REVIEW_ROWS;
    assert_int_equal(rv.n, want);
    for (size_t k = 0; k < want; k++) {
        const struct foi_record *g = rv.h[k], *w = &low[k];
        if (g->confidence != w->confidence || g->v.value != w->v.value)
            fail_msg("entry %zu: got value %lld (%.2f), want %lld (%.2f)", k, (long long)g->v.value,
                     g->confidence, (long long)w->v.value, w->confidence);
        assert_true(g->locator[0] == 'c');   /* its own copy of "csv row ..." */
    }
    foi_review_release(&rv);
    free(all);
    free(low);
}

static void test_matches_a_sort(void **state)
{
    (void)state;
    check_against_sort(1, N);        /* more below the threshold than are kept */
    check_against_sort(77, 200);     /* fewer: every one kept */
    check_against_sort(5, 0);
}

static void test_none_below(void **state)
{
    (void)state;
    struct foi_record r;
    make(&r, 0, 3);
    r.confidence = FOI_CONF_REVIEW;   /* at the threshold: not listed */
    struct foi_review rv;
    foi_review_init(&rv);
    assert_int_equal(foi_review_add(&rv, &r), 0);
    foi_review_done(&rv);
    assert_int_equal(rv.total, 0);
    assert_int_equal(rv.n, 0);
    foi_review_release(&rv);
}

static void test_alloc_failures(void **state)
{
    (void)state;
    for (long k = 1; k < 50; k++) {
        struct foi_review rv;
        foi_review_init(&rv);
        foi_alloc_fail_after(k);
        int rc = 0;
        for (int i = 0; i < 400 && !rc; i++) {
            struct foi_record r;
            make(&r, i, 9);
            r.confidence = 0.1;
            rc = foi_review_add(&rv, &r);
        }
        foi_alloc_fail_after(0);
        assert_true(rc == 0 || rc == FOI_ENOMEM);
        foi_review_done(&rv);
        assert_true(rv.n <= FOI_REVIEW_ROWS);
        foi_review_release(&rv);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_matches_a_sort),
        cmocka_unit_test(test_none_below),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
