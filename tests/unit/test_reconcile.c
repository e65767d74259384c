/* test_reconcile.c: sum_mismatch (outcomes against their total, periods against
 * a Total column), duplicate and conflict across sources, and that the checks
 * leave every record as it was. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../../analyze/reconcile.h"

#define U -1

struct r {
    const char *src, *ps, *pe, *cat, *measure, *subject, *outcome, *outcome_raw;
    enum foi_vstatus st;
    int64_t value, min, max;   /* U: unset */
    const char *loc;
};

static void add(struct foi_dataset *ds, const struct r *x)
{
    struct foi_record rec;
    memset(&rec, 0, sizeof rec);
    rec.force_id = "kent";
    rec.force_name = "Kent Police";
    snprintf(rec.period_start, sizeof rec.period_start, "%s", x->ps ? x->ps : "");
    snprintf(rec.period_end, sizeof rec.period_end, "%s", x->pe ? x->pe : "");
    rec.period_label = x->ps ? x->ps : "Period unknown";
    rec.category = x->cat;
    rec.category_raw = x->cat;
    rec.measure = x->measure ? x->measure : "allegations";
    rec.subject = x->subject ? x->subject : "officers_and_staff";
    rec.outcome = x->outcome;
    rec.outcome_raw = x->outcome_raw ? x->outcome_raw : x->outcome;
    rec.v.status = x->st;
    if (x->value != U) {
        rec.v.value = x->value;
        rec.v.has_value = 1;
    }
    if (x->min != U) {
        rec.v.min = x->min;
        rec.v.has_min = 1;
    }
    if (x->max != U) {
        rec.v.max = x->max;
        rec.v.has_max = 1;
    }
    rec.source_file = x->src;
    rec.locator = x->loc;
    assert_int_equal(foi_dataset_add_record(ds, &rec), 0);
}

#define REP(v) FOI_VS_REPORTED, (v), (v), (v)
#define STAR FOI_VS_SUPPRESSED, U, 0, 4
#define STAR_NOBOUNDS FOI_VS_SUPPRESSED, U, U, U

/* The checks hand their issues to a sink; these tests collect them in the
 * dataset's own issues, where the assertions look. */
static int sums(struct foi_dataset *ds)
{
    struct foi_issue_sink out = foi_dataset_issue_sink(ds);
    return foi_check_sums(ds, &out);
}

static int sums_ex(struct foi_dataset *ds, foi_overlap_fn fn, void *ctx)
{
    struct foi_issue_sink out = foi_dataset_issue_sink(ds);
    return foi_check_sums_ex(ds, fn, ctx, &out);
}

static int duplicates(struct foi_dataset *ds)
{
    struct foi_issue_sink out = foi_dataset_issue_sink(ds);
    return foi_check_duplicates(ds, &out);
}

static void load(struct foi_dataset *ds, const struct r *rs, size_t n)
{
    foi_dataset_init(ds);
    for (size_t i = 0; i < n; i++)
        add(ds, &rs[i]);
}

static size_t count_issues(const struct foi_dataset *ds, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < ds->nissues; i++)
        n += strcmp(ds->issues[i].code, code) == 0;
    return n;
}

static const struct foi_issue *find_issue(const struct foi_dataset *ds, const char *code, const char *loc)
{
    for (size_t i = 0; i < ds->nissues; i++)
        if (strcmp(ds->issues[i].code, code) == 0 && strcmp(ds->issues[i].locator, loc) == 0)
            return &ds->issues[i];
    return NULL;
}

/* kent/disclosure_2023_0772.csv: the 2022/23 total and the grand total are off by one. */
#define K "kent/disclosure_2023_0772.csv"
#define FY1 "2021-04-01", "2022-03-31"
#define FY2 "2022-04-01", "2023-03-31"
#define ALL "2021-04-01", "2023-03-31"
static const struct r kent[] = {
    { K, FY1, "vawg", 0, 0, "dismissed", "Dismissed", REP(6), "csv row 4 col 3" },
    { K, FY2, "vawg", 0, 0, "dismissed", "Dismissed", REP(9), "csv row 4 col 4" },
    { K, ALL, "vawg", 0, 0, "dismissed", "Dismissed", REP(15), "csv row 4 col 5" },
    { K, FY1, "vawg", 0, 0, "would_have_been_dismissed", "Would have been dismissed", REP(2), "csv row 5 col 3" },
    { K, FY2, "vawg", 0, 0, "would_have_been_dismissed", "Would have been dismissed", REP(3), "csv row 5 col 4" },
    { K, ALL, "vawg", 0, 0, "would_have_been_dismissed", "Would have been dismissed", REP(5), "csv row 5 col 5" },
    { K, FY1, "vawg", 0, 0, "final_written_warning", "Final written warning", REP(4), "csv row 6 col 3" },
    { K, FY2, "vawg", 0, 0, "final_written_warning", "Final written warning", REP(3), "csv row 6 col 4" },
    { K, ALL, "vawg", 0, 0, "final_written_warning", "Final written warning", REP(7), "csv row 6 col 5" },
    { K, FY1, "vawg", 0, 0, "written_warning", "Written warning", REP(3), "csv row 7 col 3" },
    { K, FY2, "vawg", 0, 0, "written_warning", "Written warning", REP(5), "csv row 7 col 4" },
    { K, ALL, "vawg", 0, 0, "written_warning", "Written warning", REP(8), "csv row 7 col 5" },
    { K, FY1, "vawg", 0, 0, "management_action", "Management action", REP(7), "csv row 8 col 3" },
    { K, FY2, "vawg", 0, 0, "management_action", "Management action", REP(11), "csv row 8 col 4" },
    { K, ALL, "vawg", 0, 0, "management_action", "Management action", REP(18), "csv row 8 col 5" },
    { K, FY1, "vawg", 0, 0, "no_case_to_answer", "No case to answer", REP(14), "csv row 9 col 3" },
    { K, FY2, "vawg", 0, 0, "no_case_to_answer", "No case to answer", REP(17), "csv row 9 col 4" },
    { K, ALL, "vawg", 0, 0, "no_case_to_answer", "No case to answer", REP(31), "csv row 9 col 5" },
    { K, FY1, "vawg", 0, 0, "ongoing", "Ongoing", REP(1), "csv row 10 col 3" },
    { K, FY2, "vawg", 0, 0, "ongoing", "Ongoing", REP(12), "csv row 10 col 4" },
    { K, ALL, "vawg", 0, 0, "ongoing", "Ongoing", REP(13), "csv row 10 col 5" },
    { K, FY1, "vawg", 0, 0, "total", "Total", REP(37), "csv row 11 col 3" },
    { K, FY2, "vawg", 0, 0, "total", "Total", REP(61), "csv row 11 col 4" },
    { K, ALL, "vawg", 0, 0, "total", "Total", REP(98), "csv row 11 col 5" },
};

static void test_kent_mismatch(void **state)
{
    (void)state;
    struct foi_dataset ds;
    load(&ds, kent, sizeof kent / sizeof kent[0]);
    struct foi_record *copy = test_malloc(ds.nrecords * sizeof *copy);
    memcpy(copy, ds.records, ds.nrecords * sizeof *copy);
    assert_int_equal(sums(&ds), 0);
    assert_int_equal(ds.nissues, 2);
    const struct foi_issue *a = find_issue(&ds, "sum_mismatch", "csv row 11 col 4");
    const struct foi_issue *b = find_issue(&ds, "sum_mismatch", "csv row 11 col 5");
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a->message, "total 61 but outcomes sum to 60");
    assert_string_equal(b->message, "total 98 but outcomes sum to 97");
    assert_int_equal(a->severity, FOI_SEV_WARNING);
    assert_string_equal(a->source_file, K);
    /* never modified, added or dropped */
    assert_int_equal(ds.nrecords, sizeof kent / sizeof kent[0]);
    assert_memory_equal(copy, ds.records, ds.nrecords * sizeof *copy);
    test_free(copy);
    /* the corrected file is clean */
    foi_dataset_release(&ds);
    struct r fixed[sizeof kent / sizeof kent[0]];
    memcpy(fixed, kent, sizeof kent);
    fixed[22].value = fixed[22].min = fixed[22].max = 60;
    fixed[23].value = fixed[23].min = fixed[23].max = 97;
    load(&ds, fixed, sizeof fixed / sizeof fixed[0]);
    assert_int_equal(sums(&ds), 0);
    assert_int_equal(ds.nissues, 0);
    foi_dataset_release(&ds);
}

/* A Total column across years that disagrees with its years, the outcome sums being fine. */
static void test_period_total(void **state)
{
    (void)state;
    struct foi_dataset ds;
    struct r rs[sizeof kent / sizeof kent[0]];
    memcpy(rs, kent, sizeof kent);
    rs[22].value = rs[22].min = rs[22].max = 60;   /* 2022/23 total now right */
    rs[2].value = rs[2].min = rs[2].max = 16;       /* dismissed Total column: 6 + 9 != 16 */
    rs[23].value = rs[23].min = rs[23].max = 98;    /* grand total agrees with its outcomes (98) */
    load(&ds, rs, sizeof rs / sizeof rs[0]);
    assert_int_equal(sums(&ds), 0);
    /* 16 vs 6 + 9; and the grand total 98 vs 37 + 60 */
    assert_int_equal(count_issues(&ds, "sum_mismatch"), 2);
    const struct foi_issue *a = find_issue(&ds, "sum_mismatch", "csv row 4 col 5");
    assert_non_null(a);
    assert_string_equal(a->message, "total 16 for 2021-04-01 to 2023-03-31 but the 2 periods within it sum to 15");
    assert_non_null(find_issue(&ds, "sum_mismatch", "csv row 11 col 5"));
    foi_dataset_release(&ds);
}

struct group_case {
    const char *name;
    struct r rs[6];
    size_t nissues;
    const char *message;   /* of the first issue, when one */
};

#define S "f.csv"
#define P "2022-01-01", "2022-12-31"
static const struct group_case groups[] = {
    { "all reported and right",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(5), "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(2), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, REP(3), "b" } }, 0, NULL },
    { "all reported and wrong",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(6), "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(2), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, REP(3), "b" } }, 1, "total 6 but outcomes sum to 5" },
    { "suppressed cell: total within the bounds",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(8), "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, STAR, "b" },
        { S, P, "sexual_assault", 0, 0, "withdrawn", 0, REP(2), "c" } }, 0, NULL },
    { "suppressed cell: total outside the bounds",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, STAR, "b" },
        { S, P, "sexual_assault", 0, 0, "withdrawn", 0, REP(2), "c" } }, 1,
      "total 10 but outcomes sum to between 5 and 9" },
    { "suppressed without bounds: only a lower bound",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(2), "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, STAR_NOBOUNDS, "b" } }, 1,
      "total 2 but outcomes sum to at least 3" },
    { "suppressed without bounds: anything above is possible",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(100), "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, STAR_NOBOUNDS, "b" } }, 0, NULL },
    { "suppressed total against reported outcomes",
      { { S, P, "sexual_assault", 0, 0, "total", 0, STAR, "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, REP(3), "b" } }, 1,
      "total between 0 and 4 but outcomes sum to 6" },
    { "approximate total",
      { { S, P, "sexual_assault", 0, 0, "total", 0, FOI_VS_APPROXIMATE, 700, 701, U, "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(300), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, REP(200), "b" } }, 1,
      "total at least 701 but outcomes sum to 500" },
    { "a refused outcome: not checked",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, FOI_VS_REFUSED, U, U, U, "b" } }, 0, NULL },
    { "a total only",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" } }, 0, NULL },
    { "outcomes without a total",
      { { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "ongoing", 0, REP(3), "b" } }, 0, NULL },
    { "two totals (two tables): not checked",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "total", 0, REP(11), "t2" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" } }, 0, NULL },
    { "the same outcome label twice: not checked",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "dismissed", "Dismissed", REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "dismissed", "Dismissed", REP(3), "a2" } }, 0, NULL },
    { "two labels of one outcome are summed",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(9), "t" },
        { S, P, "sexual_assault", 0, 0, "management_action", "Management advice", REP(3), "a" },
        { S, P, "sexual_assault", 0, 0, "management_action", "Words of advice", REP(3), "b" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "c" } }, 0, NULL },
    { "upheld with its sanctions can overlap: not checked",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "upheld", 0, REP(4), "a" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(4), "b" },
        { S, P, "sexual_assault", 0, 0, "not_upheld", 0, REP(6), "c" } }, 0, NULL },
    { "complaint outcomes do not overlap",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "upheld", 0, REP(4), "a" },
        { S, P, "sexual_assault", 0, 0, "not_upheld", 0, REP(5), "c" } }, 1, "total 10 but outcomes sum to 9" },
    { "one outcome below its total: a part, not a breakdown",
      { { S, P, "sexual_misconduct", 0, 0, "total", 0, REP(55), "t" },
        { S, P, "sexual_misconduct", 0, 0, "dismissed", "Allegations resulting in dismissal", REP(5), "a" } },
      0, NULL },
    { "one outcome above its total",
      { { S, P, "sexual_misconduct", 0, 0, "total", 0, REP(5), "t" },
        { S, P, "sexual_misconduct", 0, 0, "dismissed", 0, REP(6), "a" } }, 1, "total 5 but outcomes sum to 6" },
    { "one outcome under two labels is still one outcome",
      { { S, P, "sexual_misconduct", 0, 0, "total", 0, REP(9), "t" },
        { S, P, "sexual_misconduct", 0, 0, "management_action", "Management advice", REP(2), "a" },
        { S, P, "sexual_misconduct", 0, 0, "management_action", "Words of advice", REP(3), "b" } }, 0, NULL },
    { "groups split by subject",
      { { S, P, "sexual_assault", 0, "officers", "total", 0, REP(5), "t" },
        { S, P, "sexual_assault", 0, "officers", "dismissed", 0, REP(5), "a" },
        { S, P, "sexual_assault", 0, "staff", "total", 0, REP(1), "t2" },
        { S, P, "sexual_assault", 0, "staff", "dismissed", 0, REP(1), "b" } }, 0, NULL },
    { "groups split by measure",
      { { S, P, "sexual_assault", "cases", 0, "total", 0, REP(4), "t" },
        { S, P, "sexual_assault", "cases", 0, "dismissed", 0, REP(4), "a" },
        { S, P, "sexual_assault", "allegations", 0, "total", 0, REP(7), "t2" },
        { S, P, "sexual_assault", "allegations", 0, "dismissed", 0, REP(5), "b" },
        { S, P, "sexual_assault", "allegations", 0, "ongoing", 0, REP(1), "c" } }, 1,
      "total 7 but outcomes sum to 6" },
    { "groups split by source file",
      { { S, P, "sexual_assault", 0, 0, "total", 0, REP(5), "t" },
        { "g.csv", P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "a" } }, 0, NULL },
    { "unresolved periods are told apart by their labels",
      { { S, NULL, NULL, "sexual_assault", 0, 0, "total", 0, REP(5), "t" },
        { S, NULL, NULL, "sexual_assault", 0, 0, "dismissed", 0, REP(5), "a" } }, 0, NULL },
};

static void test_groups(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
        const struct group_case *g = &groups[i];
        size_t n = 0;
        while (n < 6 && g->rs[n].src)
            n++;
        struct foi_dataset ds;
        load(&ds, g->rs, n);
        assert_int_equal(sums(&ds), 0);
        if (ds.nissues != g->nissues)
            fail_msg("'%s': %zu issues, want %zu%s%s", g->name, ds.nissues, g->nissues,
                     ds.nissues ? ": " : "", ds.nissues ? ds.issues[0].message : "");
        if (g->message) {
            assert_string_equal(ds.issues[0].code, "sum_mismatch");
            if (strcmp(ds.issues[0].message, g->message) != 0)
                fail_msg("'%s': message '%s', want '%s'", g->name, ds.issues[0].message, g->message);
            /* the issue points at the stated total */
            int at_total = 0;
            for (size_t k = 0; k < n; k++)
                at_total |= strcmp(g->rs[k].outcome, "total") == 0 &&
                            strcmp(g->rs[k].loc, ds.issues[0].locator) == 0;
            if (!at_total)
                fail_msg("'%s': issue at '%s', not at a total", g->name, ds.issues[0].locator);
        }
        foi_dataset_release(&ds);
    }
}

static int never_overlap(const char *const *outcomes, size_t n, void *ctx)
{
    (void)outcomes;
    (void)n;
    (*(int *)ctx)++;
    return 0;
}

static void test_overlap_hook(void **state)
{
    (void)state;
    static const struct r rs[] = {
        { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "upheld", 0, REP(4), "a" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(4), "b" },
        { S, P, "sexual_assault", 0, 0, "not_upheld", 0, REP(6), "c" },
    };
    struct foi_dataset ds;
    load(&ds, rs, 4);
    int calls = 0;
    assert_int_equal(sums_ex(&ds, never_overlap, &calls), 0);
    assert_int_equal(calls, 1);
    assert_int_equal(count_issues(&ds, "sum_mismatch"), 1);
    assert_string_equal(ds.issues[0].message, "total 10 but outcomes sum to 14");
    foi_dataset_release(&ds);

    static const struct { const char *ids[4]; int want; } o[] = {
        { { "dismissed", "ongoing" }, 0 },
        { { "upheld", "not_upheld", "withdrawn", "local_resolution" }, 0 },
        { { "upheld", "final_written_warning" }, 1 },
        { { "criminal_conviction", "dismissed" }, 1 },
        { { "criminal_conviction" }, 0 },
    };
    for (size_t i = 0; i < sizeof o / sizeof o[0]; i++) {
        size_t n = 0;
        while (n < 4 && o[i].ids[n])
            n++;
        assert_int_equal(foi_outcomes_can_overlap(o[i].ids, n, NULL), o[i].want);
    }
}

/* "Of which: criminal investigation" beside the outcomes is a part of the
 * total, not an outcome of it: the outcomes are checked without it; an
 * `other` outcome with a label of its own is still counted in. */
static void test_part_of_total(void **state)
{
    (void)state;
    static const struct r rs[] = {
        { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "other", "Of which: criminal investigation", REP(2), "a" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(4), "b" },
        { S, P, "sexual_assault", 0, 0, "no_case_to_answer", 0, REP(6), "c" },
    };
    struct foi_dataset ds;
    load(&ds, rs, 4);
    assert_int_equal(sums_ex(&ds, foi_outcomes_can_overlap, NULL), 0);
    assert_int_equal(count_issues(&ds, "sum_mismatch"), 0);
    foi_dataset_release(&ds);
    static const struct r rs2[] = {
        { S, P, "sexual_assault", 0, 0, "total", 0, REP(10), "t" },
        { S, P, "sexual_assault", 0, 0, "other", "Criminal investigation", REP(2), "a" },
        { S, P, "sexual_assault", 0, 0, "dismissed", 0, REP(4), "b" },
        { S, P, "sexual_assault", 0, 0, "no_case_to_answer", 0, REP(6), "c" },
    };
    load(&ds, rs2, 4);
    assert_int_equal(sums_ex(&ds, foi_outcomes_can_overlap, NULL), 0);
    assert_int_equal(count_issues(&ds, "sum_mismatch"), 1);
    foi_dataset_release(&ds);
}

static void test_tiling(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        struct r rs[5];
        size_t nissues;
    } t[] = {
        { "three months tile a quarter",
          { { S, "2022-04-01", "2022-04-30", "vawg", 0, 0, "dismissed", 0, REP(1), "m1" },
            { S, "2022-05-01", "2022-05-31", "vawg", 0, 0, "dismissed", 0, REP(2), "m2" },
            { S, "2022-06-01", "2022-06-30", "vawg", 0, 0, "dismissed", 0, REP(3), "m3" },
            { S, "2022-04-01", "2022-06-30", "vawg", 0, 0, "dismissed", 0, REP(7), "q" } }, 1 },
        { "a missing month: no tiling, no check",
          { { S, "2022-04-01", "2022-04-30", "vawg", 0, 0, "dismissed", 0, REP(1), "m1" },
            { S, "2022-06-01", "2022-06-30", "vawg", 0, 0, "dismissed", 0, REP(3), "m3" },
            { S, "2022-04-01", "2022-06-30", "vawg", 0, 0, "dismissed", 0, REP(7), "q" } }, 0 },
        { "the same month twice: ambiguous, no check",
          { { S, "2022-04-01", "2022-04-30", "vawg", 0, 0, "dismissed", 0, REP(1), "m1" },
            { S, "2022-04-01", "2022-04-30", "vawg", 0, 0, "dismissed", 0, REP(1), "m1b" },
            { S, "2022-05-01", "2022-05-31", "vawg", 0, 0, "dismissed", 0, REP(2), "m2" },
            { S, "2022-04-01", "2022-05-31", "vawg", 0, 0, "dismissed", 0, REP(9), "q" } }, 0 },
        { "a suppressed month within bounds",
          { { S, "2022-04-01", "2022-04-30", "vawg", 0, 0, "dismissed", 0, STAR, "m1" },
            { S, "2022-05-01", "2022-05-31", "vawg", 0, 0, "dismissed", 0, REP(2), "m2" },
            { S, "2022-04-01", "2022-05-31", "vawg", 0, 0, "dismissed", 0, REP(5), "q" } }, 0 },
        { "different outcomes never tile each other",
          { { S, "2022-04-01", "2022-04-30", "vawg", 0, 0, "dismissed", 0, REP(1), "m1" },
            { S, "2022-05-01", "2022-05-31", "vawg", 0, 0, "ongoing", 0, REP(2), "m2" },
            { S, "2022-04-01", "2022-05-31", "vawg", 0, 0, "withdrawn", 0, REP(9), "q" } }, 0 },
        { "other sources never tile",
          { { S, "2022-04-01", "2022-04-30", "vawg", 0, 0, "dismissed", 0, REP(1), "m1" },
            { "g.csv", "2022-05-01", "2022-05-31", "vawg", 0, 0, "dismissed", 0, REP(2), "m2" },
            { S, "2022-04-01", "2022-05-31", "vawg", 0, 0, "dismissed", 0, REP(9), "q" } }, 0 },
        { "a leap-year February in the chain",
          { { S, "2024-01-01", "2024-01-31", "vawg", 0, 0, "dismissed", 0, REP(1), "m1" },
            { S, "2024-02-01", "2024-02-29", "vawg", 0, 0, "dismissed", 0, REP(1), "m2" },
            { S, "2024-03-01", "2024-03-31", "vawg", 0, 0, "dismissed", 0, REP(1), "m3" },
            { S, "2024-01-01", "2024-03-31", "vawg", 0, 0, "dismissed", 0, REP(4), "q" } }, 1 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t n = 0;
        while (n < 5 && t[i].rs[n].src)
            n++;
        struct foi_dataset ds;
        load(&ds, t[i].rs, n);
        assert_int_equal(sums(&ds), 0);
        if (ds.nissues != t[i].nissues)
            fail_msg("'%s': %zu issues, want %zu%s%s", t[i].name, ds.nissues, t[i].nissues,
                     ds.nissues ? ": " : "", ds.nissues ? ds.issues[0].message : "");
        if (ds.nissues)
            assert_string_equal(ds.issues[0].locator, "q");
        foi_dataset_release(&ds);
    }
}

static void test_duplicates(void **state)
{
    (void)state;
    static const struct r rs[] = {
        /* the same figure in two responses */
        { "a.csv", P, "sexual_assault", 0, 0, "total", 0, REP(12), "row 1" },
        { "b.csv", P, "sexual_assault", 0, 0, "total", 0, REP(12), "row 9" },
        /* different values for the same figure */
        { "a.csv", P, "sexual_assault", 0, 0, "dismissed", 0, REP(3), "row 2" },
        { "b.csv", P, "sexual_assault", 0, 0, "dismissed", 0, REP(4), "row 8" },
        /* suppressed in one, a number in the other: a conflict */
        { "a.csv", P, "sexual_harassment", 0, 0, "dismissed", 0, STAR, "row 3" },
        { "c.csv", P, "sexual_harassment", 0, 0, "dismissed", 0, REP(2), "row 1" },
        /* twice in one source: not this check's business */
        { "a.csv", P, "vawg", 0, 0, "total", 0, REP(5), "row 4" },
        { "a.csv", P, "vawg", 0, 0, "total", 0, REP(6), "row 5" },
        /* unresolved periods are never compared */
        { "a.csv", NULL, NULL, "domestic_abuse", 0, 0, "total", 0, REP(5), "row 6" },
        { "b.csv", NULL, NULL, "domestic_abuse", 0, 0, "total", 0, REP(6), "row 6" },
        /* different periods are different figures */
        { "a.csv", "2021-01-01", "2021-12-31", "other", 0, 0, "total", 0, REP(5), "row 7" },
        { "b.csv", "2021-04-01", "2022-03-31", "other", 0, 0, "total", 0, REP(6), "row 7" },
        /* three sources */
        { "a.csv", P, "sexual_misconduct", 0, 0, "total", 0, REP(7), "r1" },
        { "b.csv", P, "sexual_misconduct", 0, 0, "total", 0, REP(7), "r2" },
        { "c.csv", P, "sexual_misconduct", 0, 0, "total", 0, REP(8), "r3" },
    };
    struct foi_dataset ds;
    load(&ds, rs, sizeof rs / sizeof rs[0]);
    struct foi_record *copy = test_malloc(ds.nrecords * sizeof *copy);
    memcpy(copy, ds.records, ds.nrecords * sizeof *copy);
    assert_int_equal(duplicates(&ds), 0);
    assert_int_equal(count_issues(&ds, "duplicate"), 2);
    assert_int_equal(count_issues(&ds, "conflict"), 3);
    assert_int_equal(ds.nissues, 5);
    const struct foi_issue *d = find_issue(&ds, "duplicate", "row 9");
    assert_non_null(d);
    assert_int_equal(d->severity, FOI_SEV_INFO);
    assert_string_equal(d->source_file, "b.csv");
    assert_string_equal(d->message, "same figure as a.csv (row 1): 12");
    const struct foi_issue *c = find_issue(&ds, "conflict", "row 8");
    assert_non_null(c);
    assert_int_equal(c->severity, FOI_SEV_WARNING);
    assert_string_equal(c->message, "b.csv (row 8) gives 4 but a.csv (row 2) gives 3");
    c = find_issue(&ds, "conflict", "row 1");
    assert_non_null(c);
    assert_string_equal(c->message, "c.csv (row 1) gives 2 but a.csv (row 3) gives suppressed (0-4)");
    assert_non_null(find_issue(&ds, "duplicate", "r2"));
    assert_non_null(find_issue(&ds, "conflict", "r3"));
    assert_memory_equal(copy, ds.records, ds.nrecords * sizeof *copy);
    test_free(copy);
    foi_dataset_release(&ds);

    /* an empty dataset */
    foi_dataset_init(&ds);
    assert_int_equal(duplicates(&ds), 0);
    assert_int_equal(sums(&ds), 0);
    assert_int_equal(ds.nissues, 0);
    foi_dataset_release(&ds);
}

static void test_alloc_failure(void **state)
{
    (void)state;
    struct foi_dataset ds;
    load(&ds, kent, sizeof kent / sizeof kent[0]);
    foi_alloc_fail_after(1);
    int a = sums(&ds), b = duplicates(&ds);
    foi_alloc_fail_after(0);
    assert_int_equal(a, FOI_ENOMEM);
    assert_int_equal(b, FOI_ENOMEM);
    assert_int_equal(ds.nrecords, sizeof kent / sizeof kent[0]);
    /* failing while adding the issue */
    for (long n = 2; n < 8; n++) {
        foi_alloc_fail_after(n);
        int rc = sums(&ds);
        foi_alloc_fail_after(0);
        assert_true(rc == 0 || rc == FOI_ENOMEM);
    }
    foi_dataset_release(&ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kent_mismatch),
        cmocka_unit_test(test_period_total),
        cmocka_unit_test(test_groups),
        cmocka_unit_test(test_overlap_hook),
        cmocka_unit_test(test_part_of_total),
        cmocka_unit_test(test_tiling),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_alloc_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
