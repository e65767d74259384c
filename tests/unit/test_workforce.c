/* test_workforce.c: reading officer headcounts (the shipped Home Office file
 * and the layouts in fixtures/workforce/) and the closest-date lookup with its
 * twelve-month boundary (analyze/workforce.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../analyze/workforce.h"

#define SHIPPED FOI_SRCDIR "/data/police-officer-headcount-2019.csv"
#define FIX FOI_SRCDIR "/fixtures/workforce/"

static struct foi_taxonomy *tax;

static int setup(void **state)
{
    (void)state;
    struct foi_err err;
    foi_err_clear(&err);
    if (foi_taxonomy_load(&tax, FOI_SRCDIR "/normalize/taxonomy", NULL, &err)) {
        fprintf(stderr, "taxonomy: %s: %s\n", err.locator, err.message);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    foi_taxonomy_free(tax);
    return 0;
}

static struct foi_workforce *load(const char *path)
{
    struct foi_workforce *w = NULL;
    struct foi_err err;
    foi_err_clear(&err);
    int rc = foi_workforce_load(&w, path, tax, &err);
    if (rc)
        fail_msg("%s: %s (%s)", path, err.message, foi_strerror(rc));
    return w;
}

struct lookup_case {
    const char *force;
    struct foi_date end;
    int found;
    int64_t count;
    struct foi_date date;
};

static void check_lookups(const struct foi_workforce *w, const struct lookup_case *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int64_t count = -1;
        struct foi_date d = { 0, 0, 0 };
        int got = foi_workforce_lookup(w, t[i].force, &t[i].end, &count, &d);
        if (got != t[i].found)
            fail_msg("case %zu: %s at %04d-%02d-%02d: found %d, want %d", i, t[i].force, t[i].end.y,
                     t[i].end.m, t[i].end.d, got, t[i].found);
        if (!got)
            continue;
        if (count != t[i].count || d.y != t[i].date.y || d.m != t[i].date.m || d.d != t[i].date.d)
            fail_msg("case %zu: %s: got %lld at %04d-%02d-%02d, want %lld at %04d-%02d-%02d", i, t[i].force,
                     (long long)count, d.y, d.m, d.d, (long long)t[i].count, t[i].date.y, t[i].date.m,
                     t[i].date.d);
    }
}

#define MAR19 { 2019, 3, 31 }
#define SEP19 { 2019, 9, 30 }

/* The shipped Home Office file: forces kept, regions dropped, the West
 * Midlands force told apart from the West Midlands region. */
static void test_shipped(void **state)
{
    (void)state;
    struct foi_workforce *w = load(SHIPPED);
    static const struct lookup_case t[] = {
        { "merseyside", MAR19, 1, 3432, MAR19 },
        { "merseyside", SEP19, 1, 3640, SEP19 },
        { "merseyside", { 2019, 12, 31 }, 1, 3640, SEP19 },    /* 92 days vs 275 */
        { "merseyside", { 2019, 6, 30 }, 1, 3432, MAR19 },     /* 91 days vs 92 */
        { "west-midlands", MAR19, 1, 6641, MAR19 },            /* the force, not the region's 11069 */
        { "west-midlands", SEP19, 1, 6546, SEP19 },
        { "metropolitan", MAR19, 1, 31063, MAR19 },            /* not London's 31811 */
        { "city-of-london", MAR19, 1, 748, MAR19 },
        { "avon-and-somerset", MAR19, 1, 2765, MAR19 },
        { "devon-and-cornwall", SEP19, 1, 3077, SEP19 },
        { "dyfed-powys", MAR19, 1, 1163, MAR19 },
        { "british-transport", SEP19, 1, 3022, SEP19 },
        /* the twelve-month window, both ends inclusive */
        { "merseyside", { 2020, 9, 30 }, 1, 3640, SEP19 },     /* exactly 12 months after */
        { "merseyside", { 2020, 10, 1 }, 0, 0, { 0, 0, 0 } },  /* 12 months and a day */
        { "merseyside", { 2018, 3, 31 }, 1, 3432, MAR19 },     /* exactly 12 months before */
        { "merseyside", { 2018, 3, 30 }, 0, 0, { 0, 0, 0 } },
        { "merseyside", { 2023, 3, 31 }, 0, 0, { 0, 0, 0 } },
        { "no-such-force", MAR19, 0, 0, { 0, 0, 0 } },
    };
    check_lookups(w, t, sizeof t / sizeof t[0]);

    /* 43 territorial forces and British Transport Police, two dates each;
     * no region row survives */
    assert_int_equal(foi_workforce_count(w), 44 * 2);
    for (size_t i = 0; i < foi_workforce_count(w); i++) {
        const char *id;
        struct foi_date d;
        int64_t c;
        assert_int_equal(foi_workforce_entry(w, i, &id, &d, &c), 1);
        assert_true(c != 11069 && c != 11254 && c != 31811 && c != 5484);   /* region sums */
    }
    /* only Central Service Secondments is warned: regions are silent */
    const char **warn;
    int nw = foi_workforce_warnings(w, &warn);
    assert_int_equal(nw, 1);
    assert_non_null(strstr(warn[0], "Central Service Secondments"));
    assert_non_null(strstr(warn[0], "csv row 55"));
    const char *dg = foi_workforce_digest(w);
    assert_int_equal(strlen(dg), 64);
    assert_int_equal(strspn(dg, "0123456789abcdef"), 64);
    foi_workforce_free(w);
}

/* Long layout, BOM, CRLF, title rows, FTE and headcount, date spellings. */
static void test_long_layout(void **state)
{
    (void)state;
    struct foi_workforce *w = load(FIX "long-bom-crlf.csv");
    static const struct lookup_case t[] = {
        { "merseyside", { 2021, 3, 31 }, 1, 3410, { 2021, 3, 31 } },   /* headcount, not FTE */
        { "merseyside", { 2020, 3, 31 }, 1, 3521, { 2020, 3, 31 } },   /* 31/03/2020 */
        { "merseyside", { 2020, 9, 30 }, 1, 3410, { 2021, 3, 31 } },   /* 182 days after vs 183 before */
        { "kent", { 2021, 3, 31 }, 1, 3822, { 2021, 3, 31 } },         /* "31 March 2021" */
        { "kent", { 2020, 3, 31 }, 1, 3750, { 2020, 3, 31 } },         /* "Mar-20" */
        { "cheshire", { 2021, 3, 31 }, 1, 2110, { 2021, 3, 31 } },
    };
    check_lookups(w, t, sizeof t / sizeof t[0]);
    assert_int_equal(foi_workforce_count(w), 5);   /* North West is a region */
    const char **warn;
    int nw = foi_workforce_warnings(w, &warn);
    assert_int_equal(nw, 2);
    int unknown = 0, date = 0;
    for (int i = 0; i < nw; i++) {
        unknown += strstr(warn[i], "Ruritania Constabulary") != NULL;
        date += strstr(warn[i], "'sometime'") != NULL;
    }
    assert_int_equal(unknown, 1);
    assert_int_equal(date, 1);
    foi_workforce_free(w);
}

/* Wide layout with FTE and headcount per date; the region row after its forces. */
static void test_wide_fte_region_after(void **state)
{
    (void)state;
    struct foi_workforce *w = load(FIX "wide-fte-region-after.csv");
    static const struct lookup_case t[] = {
        { "west-midlands", { 2021, 3, 31 }, 1, 7020, { 2021, 3, 31 } },
        { "west-midlands", { 2021, 9, 30 }, 1, 7120, { 2021, 9, 30 } },
        { "staffordshire", { 2021, 3, 31 }, 1, 1712, { 2021, 3, 31 } },
        { "west-mercia", { 2022, 3, 31 }, 1, 2260, { 2021, 9, 30 } },
    };
    check_lookups(w, t, sizeof t / sizeof t[0]);
    assert_int_equal(foi_workforce_count(w), 8);
    const char **warn;
    assert_int_equal(foi_workforce_warnings(w, &warn), 0);
    foi_workforce_free(w);

    w = load(FIX "fte-only.csv");
    static const struct lookup_case f[] = {
        { "durham", { 2022, 3, 31 }, 1, 1181, { 2022, 3, 31 } },      /* 1180.6 rounded */
        { "cleveland", { 2022, 3, 31 }, 1, 1300, { 2022, 3, 31 } },
    };
    check_lookups(w, f, sizeof f / sizeof f[0]);
    assert_int_equal(foi_workforce_warnings(w, &warn), 1);
    assert_non_null(strstr(warn[0], "full-time equivalent"));
    foi_workforce_free(w);
}

static void test_errors(void **state)
{
    (void)state;
    static const struct { const char *path; int rc; } t[] = {
        { FIX "bad-quote.csv", FOI_EPARSE },
        { FIX "no-such-file.csv", FOI_EIO },
        { FIX "no-date.csv", FOI_EPARSE },  /* no date: no usable header */
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        struct foi_workforce *w = (struct foi_workforce *)1;
        struct foi_err err;
        foi_err_clear(&err);
        int rc = foi_workforce_load(&w, t[i].path, tax, &err);
        if (rc != t[i].rc)
            fail_msg("%s: rc %d (%s), want %d", t[i].path, rc, err.message, t[i].rc);
        assert_null(w);
        assert_int_equal(err.code, t[i].rc);
        assert_true(err.message[0] != 0);
    }
}

/* Ties go to the earlier date; 29 February steps to 28 February. */
static void test_lookup_rules(void **state)
{
    (void)state;
    struct foi_workforce *w = foi_workforce_new();
    assert_non_null(w);
    static const struct { const char *force; struct foi_date d; int64_t n; } add[] = {
        { "kent", { 2020, 3, 5 }, 105 },
        { "kent", { 2020, 3, 1 }, 101 },
        { "kent", { 2020, 2, 29 }, 229 },
        { "essex", { 2019, 2, 28 }, 228 },
        { "essex", { 2019, 2, 27 }, 227 },
    };
    for (size_t i = 0; i < sizeof add / sizeof add[0]; i++)
        assert_int_equal(foi_workforce_add(w, add[i].force, &add[i].d, add[i].n), 0);
    struct foi_date bad = { 2019, 2, 29 };
    assert_int_equal(foi_workforce_add(w, "kent", &bad, 1), FOI_EUSAGE);
    static const struct lookup_case t[] = {
        { "kent", { 2020, 3, 3 }, 1, 101, { 2020, 3, 1 } },     /* 2 days either side: the earlier */
        { "kent", { 2020, 3, 4 }, 1, 105, { 2020, 3, 5 } },
        { "kent", { 2021, 2, 28 }, 1, 105, { 2020, 3, 5 } },    /* closest of three in the window */
        { "kent", { 2021, 3, 5 }, 1, 105, { 2020, 3, 5 } },     /* exactly a year */
        { "kent", { 2021, 3, 6 }, 0, 0, { 0, 0, 0 } },
        { "essex", { 2020, 2, 29 }, 1, 228, { 2019, 2, 28 } },  /* a year before 29 Feb is 28 Feb */
        { "essex", { 2020, 2, 28 }, 1, 228, { 2019, 2, 28 } },
        { "essex", { 2020, 3, 1 }, 0, 0, { 0, 0, 0 } },
    };
    check_lookups(w, t, sizeof t / sizeof t[0]);
    /* a second figure for the same force and date replaces the first */
    struct foi_date d = { 2020, 3, 1 };
    assert_int_equal(foi_workforce_add(w, "kent", &d, 99), 0);
    int64_t c;
    struct foi_date got;
    assert_int_equal(foi_workforce_lookup(w, "kent", &d, &c, &got), 1);
    assert_int_equal(c, 99);
    assert_int_equal(foi_workforce_lookup(NULL, "kent", &d, &c, &got), 0);
    foi_workforce_free(w);
}

static void test_default_path(void **state)
{
    (void)state;
    unsetenv("FOI_WORKFORCE");
    assert_string_equal(foi_workforce_default_path(), SHIPPED);
    setenv("FOI_WORKFORCE", "/elsewhere/w.csv", 1);
    assert_string_equal(foi_workforce_default_path(), "/elsewhere/w.csv");
    unsetenv("FOI_WORKFORCE");
}

/* Out of memory at each allocation: a clean FOI_ENOMEM, nothing leaked. */
static void test_alloc_failures(void **state)
{
    (void)state;
    int failed = 0;
    for (long n = 1; n < 2000; n++) {
        struct foi_workforce *w = NULL;
        struct foi_err err;
        foi_err_clear(&err);
        foi_alloc_fail_after(n);
        int rc = foi_workforce_load(&w, FIX "long-bom-crlf.csv", tax, &err);
        foi_alloc_fail_after(0);
        if (!rc) {
            foi_workforce_free(w);
            break;
        }
        assert_int_equal(rc, FOI_ENOMEM);
        assert_null(w);
        failed++;
    }
    assert_true(failed > 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped),
        cmocka_unit_test(test_long_layout),
        cmocka_unit_test(test_wide_fte_region_after),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_lookup_rules),
        cmocka_unit_test(test_default_path),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
