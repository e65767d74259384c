/* test_comparable.c: the comparable table from hand-made datasets: cells,
 * duplicates and conflicts, months summed into complete years only, rates,
 * no_denominator, funnel classes, and comparable.csv (analyze/comparable.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../analyze/comparable.h"
#include "../../export/export.h"
#include "../../analyze/funnel.h"
#include "../../analyze/workforce.h"

/* one figure: force, period, category, measure, subject, outcome, value, source */
struct fig {
    const char *force, *ps, *pe, *cat, *meas, *subj, *outcome;
    const char *value;   /* "12", "*" suppressed, "s12" refused, "nh" not held, "~700" approximate */
    const char *source;
};

static void add(struct foi_dataset *ds, const struct fig *f)
{
    struct foi_record r;
    memset(&r, 0, sizeof r);
    r.force_id = f->force;
    r.force_name = f->force;
    snprintf(r.period_start, sizeof r.period_start, "%s", f->ps);
    snprintf(r.period_end, sizeof r.period_end, "%s", f->pe);
    r.category = f->cat;
    r.measure = f->meas ? f->meas : "allegations";
    r.subject = f->subj ? f->subj : "officers";
    r.outcome = f->outcome;
    r.source_file = f->source ? f->source : "a.csv";
    r.locator = "x";
    const char *v = f->value;
    if (!strcmp(v, "*")) {
        r.v.status = FOI_VS_SUPPRESSED;
        r.v.has_min = r.v.has_max = 1;
        r.v.max = 4;
    } else if (!strcmp(v, "s12")) {
        r.v.status = FOI_VS_REFUSED;
        strcpy(r.v.exemption, "s12");
    } else if (!strcmp(v, "nh")) {
        r.v.status = FOI_VS_NOT_HELD;
    } else if (v[0] == '~') {
        r.v.status = FOI_VS_APPROXIMATE;
        r.v.value = strtoll(v + 1, NULL, 10);
        r.v.has_value = 1;
    } else {
        r.v.status = FOI_VS_REPORTED;
        r.v.value = r.v.min = r.v.max = strtoll(v, NULL, 10);
        r.v.has_value = r.v.has_min = r.v.has_max = 1;
    }
    assert_int_equal(foi_dataset_add_record(ds, &r), 0);
}

static int col(const struct foi_comparable *c, const char *outcome)
{
    for (int i = 0; i < c->noutcomes; i++)
        if (!strcmp(c->outcomes[i], outcome))
            return i;
    fail_msg("no outcome column %s", outcome);
    return -1;
}

static const struct foi_cmp_row *find_row(const struct foi_comparable *c, const char *force,
                                          const char *ps, const char *pe, const char *cat,
                                          const char *subj)
{
    for (size_t i = 0; i < c->nrows; i++) {
        const struct foi_cmp_row *r = &c->rows[i];
        if (!strcmp(r->force_id, force) && !strcmp(r->period_start, ps) && !strcmp(r->period_end, pe) &&
            !strcmp(r->category, cat) && (!subj || !strcmp(r->subject, subj)))
            return r;
    }
    return NULL;
}

static const char *cell(const struct foi_comparable *c, const struct foi_cmp_row *r, const char *outcome)
{
    assert_non_null(r);
    return r->cells[col(c, outcome)].text;
}

static size_t count_issues(const struct foi_dataset *ds, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < ds->nissues; i++)
        n += !strcmp(ds->issues[i].code, code);
    return n;
}

#define FY22 "2022-04-01", "2023-03-31"

/* Cells: each status has its text; two sources agreeing give the value once,
 * disagreeing give "conflict" (never a sum); unusable records make no row. */
static void test_cells(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    static const struct fig figs[] = {
        { "kent", FY22, "sexual_assault", 0, 0, "total", "12", "a.csv" },
        { "kent", FY22, "sexual_assault", 0, 0, "total", "12", "b.csv" },      /* duplicate */
        { "kent", FY22, "sexual_assault", 0, 0, "dismissed", "3", "a.csv" },
        { "kent", FY22, "sexual_assault", 0, 0, "dismissed", "4", "b.csv" },   /* conflict */
        { "kent", FY22, "sexual_assault", 0, 0, "written_warning", "*", "a.csv" },
        { "kent", FY22, "sexual_assault", 0, 0, "ongoing", "~700", "a.csv" },
        { "kent", FY22, "sexual_assault", 0, 0, "upheld", "0", "a.csv" },
        { "kent", FY22, "sexual_assault", 0, 0, "withdrawn", "*", "a.csv" },
        { "kent", FY22, "sexual_assault", 0, 0, "withdrawn", "2", "b.csv" },   /* suppressed vs number */
        { "kent", FY22, "vawg", 0, 0, "total", "s12", "c.txt" },
        { "kent", FY22, "other", 0, 0, "total", "nh", "c.txt" },
        { "multiple", FY22, "vawg", 0, 0, "total", "5", "n.csv" },             /* not a force */
        { "", FY22, "vawg", 0, 0, "total", "5", "n.csv" },
        { "kent", "", "", "vawg", 0, 0, "total", "5", "d.csv" },               /* unresolved period */
    };
    for (size_t i = 0; i < sizeof figs / sizeof figs[0]; i++)
        add(&ds, &figs[i]);
    foi_dataset_sort(&ds);
    struct foi_comparable c;
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
    assert_int_equal(foi_comparable_build(&ds, &c, &cmp_sink, &err), 0);
    assert_int_equal(c.nrows, 3);
    /* without a taxonomy: total first, then the outcomes seen, alphabetically */
    assert_string_equal(c.outcomes[0], "total");
    assert_string_equal(c.outcomes[1], "dismissed");
    int n;
    const char *const *cols = foi_comparable_columns(&c, &n);
    assert_int_equal(n, 7 + c.noutcomes + 4);
    assert_string_equal(cols[0], "force_id");
    assert_string_equal(cols[7], "total");
    assert_string_equal(cols[n - 1], "funnel");
    assert_string_equal(cols[n - 2], "rate_per_1000");
    assert_string_equal(cols[n - 4], "officers");

    const struct foi_cmp_row *r = find_row(&c, "kent", FY22, "sexual_assault", NULL);
    assert_string_equal(cell(&c, r, "total"), "12");
    assert_string_equal(cell(&c, r, "dismissed"), "conflict");
    assert_int_equal(r->cells[col(&c, "dismissed")].conflict, 1);
    assert_string_equal(cell(&c, r, "written_warning"), "suppressed");
    assert_string_equal(cell(&c, r, "ongoing"), "~700");
    assert_string_equal(cell(&c, r, "upheld"), "0");
    assert_string_equal(cell(&c, r, "withdrawn"), "conflict");
    assert_int_equal(r->summed, 0);
    assert_string_equal(cell(&c, find_row(&c, "kent", FY22, "vawg", NULL), "total"), "refused");
    assert_string_equal(cell(&c, find_row(&c, "kent", FY22, "vawg", NULL), "dismissed"), "");
    assert_string_equal(cell(&c, find_row(&c, "kent", FY22, "other", NULL), "total"), "not_held");
    /* no workforce: the reported total has no rate and one no_denominator
     * for the force x period, not one per row */
    assert_int_equal(r->has_rate, 0);
    assert_int_equal(r->officers, -1);
    assert_int_equal(count_issues(&ds, "no_denominator"), 1);
    foi_comparable_release(&c);
    foi_dataset_release(&ds);
}

static const char *const months22[12][2] = {
    { "2022-04-01", "2022-04-30" }, { "2022-05-01", "2022-05-31" }, { "2022-06-01", "2022-06-30" },
    { "2022-07-01", "2022-07-31" }, { "2022-08-01", "2022-08-31" }, { "2022-09-01", "2022-09-30" },
    { "2022-10-01", "2022-10-31" }, { "2022-11-01", "2022-11-30" }, { "2022-12-01", "2022-12-31" },
    { "2023-01-01", "2023-01-31" }, { "2023-02-01", "2023-02-28" }, { "2023-03-01", "2023-03-31" },
};

static void add_month(struct foi_dataset *ds, const char *force, int m, const char *cat,
                      const char *subj, const char *outcome, const char *value, const char *src)
{
    struct fig f = { force, months22[m][0], months22[m][1], cat, 0, subj, outcome, value, src };
    add(ds, &f);
}

/* Months become a financial year only when one source lists all twelve. */
static void test_sum_months(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    /* thames-valley: all twelve months in one source (any category) */
    for (int m = 0; m < 12; m++)
        add_month(&ds, "thames-valley", m, "sexual_harassment", "officers", "dismissed", "1", "tvp.csv");
    add_month(&ds, "thames-valley", 0, "sexual_misconduct", "officers", "dismissed", "2", "tvp.csv");
    add_month(&ds, "thames-valley", 5, "sexual_misconduct", "officers", "dismissed", "3", "tvp.csv");
    add_month(&ds, "thames-valley", 5, "sexual_misconduct", "officers", "not_upheld", "4", "tvp.csv");
    add_month(&ds, "thames-valley", 7, "sexual_misconduct", "staff", "total", "5", "tvp.csv");
    add_month(&ds, "thames-valley", 8, "sexual_misconduct", "staff", "total", "*", "tvp.csv");
    /* kent: eleven months only (no March) */
    for (int m = 0; m < 11; m++)
        add_month(&ds, "kent", m, "sexual_assault", "officers", "total", "1", "k.csv");
    /* hampshire: twelve months but from two sources (six each) */
    for (int m = 0; m < 12; m++)
        add_month(&ds, "hampshire", m, "sexual_assault", "officers", "total", "1", m < 6 ? "h1.csv" : "h2.csv");
    /* lancashire: twelve months, and the source also gave the year itself */
    for (int m = 0; m < 12; m++)
        add_month(&ds, "lancashire", m, "vawg", "officers", "total", "2", "l.html");
    struct fig year = { "lancashire", FY22, "vawg", 0, "officers", "total", "30", "l2.html" };
    add(&ds, &year);
    foi_dataset_sort(&ds);

    struct foi_comparable c;
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
    assert_int_equal(foi_comparable_build(&ds, &c, &cmp_sink, &err), 0);

    const struct foi_cmp_row *r = find_row(&c, "thames-valley", FY22, "sexual_harassment", "officers");
    assert_non_null(r);
    assert_int_equal(r->summed, 1);
    assert_string_equal(cell(&c, r, "dismissed"), "12");
    assert_string_equal(cell(&c, r, "total"), "");        /* no total stated, none derived */
    r = find_row(&c, "thames-valley", FY22, "sexual_misconduct", "officers");
    assert_non_null(r);
    assert_string_equal(cell(&c, r, "dismissed"), "5");   /* months without a row count as none */
    assert_string_equal(cell(&c, r, "not_upheld"), "4");
    r = find_row(&c, "thames-valley", FY22, "sexual_misconduct", "staff");
    assert_non_null(r);
    assert_string_equal(cell(&c, r, "total"), "suppressed");  /* 5 + suppressed is not a number */
    /* the calendar year 2022 lacks January to March: no row */
    assert_null(find_row(&c, "thames-valley", "2022-01-01", "2022-12-31", "sexual_harassment", NULL));
    /* the monthly rows stay */
    r = find_row(&c, "thames-valley", "2022-04-01", "2022-04-30", "sexual_misconduct", "officers");
    assert_non_null(r);
    assert_int_equal(r->summed, 0);
    assert_string_equal(cell(&c, r, "dismissed"), "2");

    assert_null(find_row(&c, "kent", FY22, "sexual_assault", NULL));        /* eleven months */
    assert_null(find_row(&c, "hampshire", FY22, "sexual_assault", NULL));   /* two sources */
    r = find_row(&c, "lancashire", FY22, "vawg", NULL);
    assert_non_null(r);
    assert_int_equal(r->summed, 0);                 /* the source's own year, not 12 x 2 */
    assert_string_equal(cell(&c, r, "total"), "30");

    /* rows are sorted by force, period, category, measure, subject */
    for (size_t i = 1; i < c.nrows; i++) {
        const struct foi_cmp_row *a = &c.rows[i - 1], *b = &c.rows[i];
        int k = strcmp(a->force_id, b->force_id);
        if (!k) k = strcmp(a->period_start, b->period_start);
        if (!k) k = strcmp(a->period_end, b->period_end);
        if (!k) k = strcmp(a->category, b->category);
        if (!k) k = strcmp(a->measure, b->measure);
        if (!k) k = strcmp(a->subject, b->subject);
        assert_true(k < 0);
    }
    foi_comparable_release(&c);
    foi_dataset_release(&ds);
}

/* A calendar year of months: January to December in one source. */
static void test_sum_calendar_year(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    static const char *const ends[12] = { "31", "28", "31", "30", "31", "30", "31", "31", "30", "31", "30", "31" };
    for (int m = 1; m <= 12; m++) {
        char ps[11], pe[11];
        snprintf(ps, sizeof ps, "2021-%02d-01", m);
        snprintf(pe, sizeof pe, "2021-%02d-%s", m, ends[m - 1]);
        struct fig f = { "kent", ps, pe, "sexual_assault", 0, 0, "total", m == 3 ? "10" : "1", "k.csv" };
        add(&ds, &f);
    }
    struct foi_comparable c;
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
    assert_int_equal(foi_comparable_build(&ds, &c, &cmp_sink, &err), 0);
    const struct foi_cmp_row *r = find_row(&c, "kent", "2021-01-01", "2021-12-31", "sexual_assault", NULL);
    assert_non_null(r);
    assert_int_equal(r->summed, 1);
    assert_string_equal(cell(&c, r, "total"), "21");
    /* April 2021 to March 2022 is not complete */
    assert_null(find_row(&c, "kent", "2021-04-01", "2022-03-31", "sexual_assault", NULL));
    foi_comparable_release(&c);
    foi_dataset_release(&ds);
}

static const char *const twelve[] = {
    "avon-and-somerset", "bedfordshire", "cambridgeshire", "cheshire", "cumbria", "derbyshire",
    "dorset", "durham", "essex", "kent", "lancashire", "merseyside",
};

static struct foi_workforce *workforce_for(size_t n, int64_t officers)
{
    struct foi_workforce *w = foi_workforce_new();
    assert_non_null(w);
    struct foi_date d = { 2023, 3, 31 };
    for (size_t i = 0; i < n; i++)
        assert_int_equal(foi_workforce_add(w, twelve[i], &d, officers), 0);
    return w;
}

/*
 * Rates and funnel classes, worked by hand. Ten forces of 1,000 officers:
 * nine report 5 allegations, one reports 20. Target theta = (9 x 5 + 20) /
 * 10,000 = 0.0065 per officer (6.50 per 1,000); each force expects E = 6.5.
 * Poisson(6.5): F(14) = 0.99704, F(15) = 0.99884, F(16) = 0.99957
 * upper 99.8%: r = 16 (F(15) < 0.999 <= F(16)), alpha = (0.99957 - 0.999) /
 * (0.99957 - 0.99884) = 0.78, limit 15.22: 20 is high_99.8, 5 is not high. Lower 95%: F(1) = 0.01127, F(2) = 0.04304: r = 2,
 * alpha = (0.04304 - 0.025) / (0.04304 - 0.01127) = 0.5678, limit 1.43: 5 is within.
 */
static int collect_again(void *ctx, const struct foi_cmp_row *row)
{
    return foi_comparable_add_row(ctx, row, NULL);
}

static void test_rates_and_funnel(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    for (size_t i = 0; i < 10; i++) {
        struct fig f = { twelve[i], FY22, "sexual_assault", 0, "officers", "total", i == 3 ? "20" : "5", "x.csv" };
        add(&ds, &f);
        /* the same forces in a group of nine: no funnel */
        if (i < 9) {
            struct fig g = { twelve[i], FY22, "vawg", 0, "officers", "total", "3", "x.csv" };
            add(&ds, &g);
        }
        /* staff: no rate and no issue */
        struct fig s = { twelve[i], FY22, "sexual_assault", 0, "staff", "total", "2", "x.csv" };
        add(&ds, &s);
    }
    /* a force without a headcount (two rows, one period: one issue), and one
     * whose period ends more than a year after the headcount (30 April 2024 is
     * a year and a month after 31 March 2023; 31 March 2024 would still match) */
    struct fig nd1 = { "lancashire", FY22, "sexual_assault", 0, "officers", "total", "4", "y.csv" };
    struct fig nd2 = { "lancashire", FY22, "vawg", 0, "officers", "total", "1", "y.csv" };
    struct fig nd3 = { "kent", "2024-04-01", "2024-04-30", "vawg", 0, "officers", "total", "1", "y.csv" };
    add(&ds, &nd1);
    add(&ds, &nd2);
    add(&ds, &nd3);
    /* national figures have a rate but are not a force of the funnel */
    struct fig ew = { "england-and-wales", FY22, "sexual_assault", 0, "officers", "total", "900", "n.csv" };
    add(&ds, &ew);
    struct foi_workforce *w = workforce_for(10, 1000);
    struct foi_date d = { 2023, 3, 31 };
    assert_int_equal(foi_workforce_add(w, "england-and-wales", &d, 140000), 0);
    ds.workforce = w;

    struct foi_comparable c;
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
    assert_int_equal(foi_comparable_build(&ds, &c, &cmp_sink, &err), 0);

    const struct foi_cmp_row *r = find_row(&c, "cambridgeshire", FY22, "sexual_assault", "officers");
    assert_non_null(r);
    assert_int_equal(r->has_rate, 1);
    assert_int_equal(r->officers, 1000);
    assert_string_equal(r->officers_date, "2023-03-31");
    assert_true(r->rate_per_1000 > 4.999 && r->rate_per_1000 < 5.001);
    assert_string_equal(r->funnel, "within");
    r = find_row(&c, "cheshire", FY22, "sexual_assault", "officers");   /* the 20 */
    assert_true(r->rate_per_1000 > 19.999 && r->rate_per_1000 < 20.001);
    assert_string_equal(r->funnel, "high_99.8");
    assert_string_equal(r->funnel, foi_funnel_classify(20, 6.5));
    r = find_row(&c, "england-and-wales", FY22, "sexual_assault", "officers");
    assert_int_equal(r->has_rate, 1);
    assert_true(r->rate_per_1000 > 6.428 && r->rate_per_1000 < 6.429);   /* 900 / 140,000 */
    assert_string_equal(r->funnel, "");
    r = find_row(&c, "avon-and-somerset", FY22, "vawg", "officers");    /* group of nine */
    assert_int_equal(r->has_rate, 1);
    assert_string_equal(r->funnel, "");
    r = find_row(&c, "avon-and-somerset", FY22, "sexual_assault", "staff");
    assert_int_equal(r->has_rate, 0);
    assert_string_equal(r->officers_date, "");
    r = find_row(&c, "lancashire", FY22, "sexual_assault", "officers");
    assert_int_equal(r->has_rate, 0);
    assert_int_equal(r->officers, -1);
    assert_int_equal(count_issues(&ds, "no_denominator"), 2);   /* lancashire FY22, kent April 2024 */
    int found = 0;
    for (size_t i = 0; i < ds.nissues; i++) {
        if (strcmp(ds.issues[i].code, "no_denominator"))
            continue;
        assert_int_equal(ds.issues[i].severity, FOI_SEV_WARNING);
        assert_string_equal(ds.issues[i].source_file, "");
        found += strstr(ds.issues[i].locator, "lancashire") && strstr(ds.issues[i].locator, "2023-03-31");
    }
    assert_int_equal(found, 1);

    /* the groups behind the funnel plots */
    const struct foi_cmp_group *g = NULL;
    for (size_t i = 0; i < c.ngroups; i++)
        if (!strcmp(c.groups[i].category, "sexual_assault") && !strcmp(c.groups[i].subject, "officers"))
            g = &c.groups[i];
    assert_non_null(g);
    assert_int_equal(g->nrows, 10);
    assert_int_equal(g->sum_total, 65);
    assert_int_equal(g->sum_officers, 10000);
    assert_int_equal(g->has_limits, 1);
    assert_true(g->target_per_1000 > 6.4999 && g->target_per_1000 < 6.5001);

    /* comparable.csv */
    char dir[] = "/tmp/foi-cmp-XXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/comparable.csv", dir);
    struct foi_export_ctx x = { &ds, &c, 1, NULL };
    assert_int_equal(foi_out_comparable_csv(&x, path, &err), 0);
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    char line[4096];
    assert_non_null(fgets(line, sizeof line, fp));
    assert_true(!strncmp(line, "force_id,force_name,period_start,period_end,category,measure,subject,total,", 74));
    assert_non_null(strstr(line, ",officers,officers_date,rate_per_1000,funnel\n"));
    int seen = 0;
    while (fgets(line, sizeof line, fp)) {
        if (!strncmp(line, "cheshire,cheshire,2022-04-01,2023-03-31,sexual_assault,allegations,officers,20,", 79)) {
            assert_non_null(strstr(line, ",1000,2023-03-31,20.00,high_99.8\n"));
            seen++;
        }
        if (!strncmp(line, "lancashire,lancashire,2022-04-01,2023-03-31,sexual_assault,allegations,officers,4,", 82)) {
            assert_non_null(strstr(line, ",,,,\n"));
            seen++;
        }
    }
    fclose(fp);
    unlink(path);
    rmdir(dir);
    assert_int_equal(seen, 2);

    /* the finished rows handed to a new builder (an update's forces where
     * nothing changed): the same rows, no_denominator issues and groups,
     * hence the same funnels */
    struct foi_comparable again;
    assert_int_equal(foi_comparable_init(&again, (const char *const *)c.outcomes, c.noutcomes), 0);
    struct foi_dataset iss;
    foi_dataset_init(&iss);
    struct foi_issue_sink isink = foi_dataset_issue_sink(&iss);
    struct foi_cmp_builder *b = NULL;
    assert_int_equal(foi_cmp_builder_new(&b, (const char *const *)c.outcomes, c.noutcomes, w, &isink,
                                         collect_again, &again), 0);
    for (size_t i = 0; i < c.nrows; i++)
        assert_int_equal(foi_cmp_builder_add_finished(b, &c.rows[i]), 0);
    assert_int_equal(foi_cmp_builder_finish(b), 0);
    assert_int_equal(again.nrows, c.nrows);
    for (size_t i = 0; i < c.nrows; i++) {
        const struct foi_cmp_row *x = &c.rows[i], *y = &again.rows[i];
        assert_int_equal(foi_cmp_row_key_cmp(x, y), 0);
        assert_string_equal(y->funnel, "");
        assert_true(x->officers == y->officers && x->has_rate == y->has_rate);
        assert_string_equal(x->funnel, foi_cmp_builder_funnel(b, y, NULL));
    }
    assert_int_equal(count_issues(&iss, "no_denominator"), 2);
    for (size_t i = 0, k = 0; i < ds.nissues; i++)
        if (!strcmp(ds.issues[i].code, "no_denominator")) {
            assert_true(k < iss.nissues);
            assert_string_equal(iss.issues[k].locator, ds.issues[i].locator);
            assert_string_equal(iss.issues[k].message, ds.issues[i].message);
            k++;
        }
    size_t ng = 0;
    const struct foi_cmp_group *gs = foi_cmp_builder_groups(b, &ng);
    assert_int_equal(ng, c.ngroups);
    for (size_t i = 0; i < ng; i++) {
        assert_int_equal(gs[i].nrows, c.groups[i].nrows);
        assert_true(gs[i].sum_total == c.groups[i].sum_total && gs[i].sum_officers == c.groups[i].sum_officers);
        assert_int_equal(gs[i].has_limits, c.groups[i].has_limits);
    }
    foi_cmp_builder_free(b);
    foi_dataset_release(&iss);
    foi_comparable_release(&again);

    foi_comparable_release(&c);
    foi_workforce_free((struct foi_workforce *)ds.workforce);
    foi_dataset_release(&ds);
}

/* The outcome columns follow outcomes.tsv with total first. */
static void test_taxonomy_columns(void **state)
{
    (void)state;
    struct foi_taxonomy *tax = NULL;
    struct foi_err err;
    foi_err_clear(&err);
    int rc = foi_taxonomy_load(&tax, FOI_SRCDIR "/normalize/taxonomy", NULL, &err);
    if (rc)
        fail_msg("taxonomy: %s: %s", err.locator, err.message);
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = tax;
    struct fig f = { "kent", FY22, "sexual_assault", 0, 0, "dismissed", "1", "a.csv" };
    add(&ds, &f);
    struct foi_comparable c;
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
    assert_int_equal(foi_comparable_build(&ds, &c, &cmp_sink, &err), 0);
    assert_string_equal(c.outcomes[0], "total");
    int k = 1;
    const char *id;
    for (int i = 0; (id = foi_taxonomy_id_at(tax, FOI_VOCAB_OUTCOME, i)); i++) {
        if (!strcmp(id, "total"))
            continue;
        assert_true(k < c.noutcomes);
        assert_string_equal(c.outcomes[k], id);
        k++;
    }
    assert_int_equal(k, c.noutcomes);
    assert_true(c.noutcomes >= 17);   /* the SPEC's outcome vocabulary */
    foi_comparable_release(&c);
    foi_dataset_release(&ds);
    foi_taxonomy_free(tax);
}

/* Out of memory at every allocation: a clean error, nothing leaked. */
static void test_alloc_failures(void **state)
{
    (void)state;
    int failed = 0;
    for (long n = 1; n < 400; n++) {
        struct foi_dataset ds;
        foi_dataset_init(&ds);
        for (int m = 0; m < 12; m++)
            add_month(&ds, "kent", m, "sexual_assault", "officers", "total", "1", "k.csv");
        struct fig f = { "kent", FY22, "vawg", 0, 0, "total", "3", "a.csv" };
        add(&ds, &f);
        struct foi_comparable c;
        struct foi_err err;
        foi_err_clear(&err);
        foi_alloc_fail_after(n);
        struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
        int rc = foi_comparable_build(&ds, &c, &cmp_sink, &err);
        foi_alloc_fail_after(0);
        if (rc) {
            assert_int_equal(rc, FOI_ENOMEM);
            assert_int_equal(c.nrows, 0);
            assert_int_equal(err.code, FOI_ENOMEM);
            failed++;
        }
        foi_comparable_release(&c);
        foi_dataset_release(&ds);
        if (!rc)
            break;
    }
    assert_true(failed > 5);
}

/* The table's row order: the key fields in turn; funnel, headcount and
 * cells are not part of it; a missing string sorts as "". */
static void test_row_key_order(void **state)
{
    (void)state;
    struct foi_cmp_row a, b;
    memset(&a, 0, sizeof a);
    a.force_id = "kent";
    snprintf(a.period_start, sizeof a.period_start, "2022-04-01");
    snprintf(a.period_end, sizeof a.period_end, "2023-03-31");
    a.category = "sexual_assault";
    a.measure = "allegations";
    a.subject = "officers";
    b = a;
    assert_int_equal(foi_cmp_row_key_cmp(&a, &b), 0);
    b.funnel = "high_95";
    b.officers = 7;
    assert_int_equal(foi_cmp_row_key_cmp(&a, &b), 0);
    b.subject = "staff";
    assert_true(foi_cmp_row_key_cmp(&a, &b) < 0);
    assert_true(foi_cmp_row_key_cmp(&b, &a) > 0);
    b = a;
    snprintf(b.period_end, sizeof b.period_end, "2022-12-31");
    assert_true(foi_cmp_row_key_cmp(&a, &b) > 0);
    b = a;
    b.force_id = "avon-and-somerset";
    b.category = "vawg";   /* the force decides first */
    assert_true(foi_cmp_row_key_cmp(&a, &b) > 0);
    b = a;
    b.measure = NULL;
    assert_true(foi_cmp_row_key_cmp(&a, &b) > 0);
    assert_true(foi_cmp_row_key_cmp(&b, &a) < 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cells),
        cmocka_unit_test(test_sum_months),
        cmocka_unit_test(test_sum_calendar_year),
        cmocka_unit_test(test_rates_and_funnel),
        cmocka_unit_test(test_taxonomy_columns),
        cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_row_key_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
