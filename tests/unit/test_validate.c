/* test_validate.c: `foi validate` on a folder written by the exporters (no
 * problems), then on corrupted copies, each problem named by file, row, line
 * and column (app/validate.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../analyze/comparable.h"
#include "../../export/export.h"
#include "../../app/validate.h"

#define FOI_TEST_NAME "validate"
#include "export_fixture.h"

/* ------------------------------------------------------------ the folder */
static const struct foi_exporter tab[] = {
    { "records.csv", foi_out_records_csv, 0 },
    { "records.ndjson", foi_out_records_ndjson, 0 },
    { "foi.sqlite", foi_out_sqlite, 0 },
    { "comparable.csv", foi_out_comparable_csv, 0 },
    { "sources.csv", foi_out_sources_csv, 0 },
    { "issues.csv", foi_out_issues_csv, 0 },
    { "datapackage.json", foi_out_datapackage, 0 },
};

static struct foi_taxonomy *tax;
static char good[512];

static void write_folder(struct foi_dataset *ds, const char *dir)
{
    struct foi_comparable cmp;
    memset(&cmp, 0, sizeof cmp);
    foi_arena_init(&cmp.arena, 0);
    struct foi_err err = { 0 };
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(ds);   /* no_denominator issues join the dataset */
    if (foi_comparable_build(ds, &cmp, &cmp_sink, &err))
        fail_msg("comparable: %s", err.message);
    struct foi_export_ctx x = { ds, &cmp, 1, NULL };
    if (foi_export_all_with(tab, (int)(sizeof tab / sizeof tab[0]), &x, dir, &err))
        fail_msg("export: %s: %s", err.locator, err.message);
    foi_comparable_release(&cmp);
}

static int setup_all(void **state)
{
    if (setup(state))
        return -1;
    struct foi_err err = { 0 };
    if (foi_taxonomy_load(&tax, FOI_SRCDIR "/normalize/taxonomy", NULL, &err)) {
        fprintf(stderr, "taxonomy: %s\n", err.message);
        return -1;
    }
    struct foi_dataset ds;
    build(&ds);
    ds.tax = tax;
    snprintf(good, sizeof good, "%s/good", tmpdir);
    write_folder(&ds, good);
    foi_dataset_release(&ds);
    return 0;
}

static int teardown_all(void **state)
{
    foi_taxonomy_free(tax);
    return teardown(state);
}

static int validate(const char *dir, const struct foi_taxonomy *t, char **report)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int n = -1;
    struct foi_err err = { 0 };
    int rc = foi_validate_dir(dir, t, &b, &n, &err);
    if (rc)
        fail_msg("validate %s: %s: %s", dir, err.locator, err.message);
    *report = foi_buf_detach(&b);
    return n;
}

/* ------------------------------------------------------------ edits */
/* Replace from by to (every occurrence when all); an empty from appends to;
 * a NULL to cuts the file where from begins. */
struct edit { const char *file, *from, *to; int all; };

static void apply(const char *dir, const struct edit *e)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, e->file);
    size_t n = 0;
    char *s = slurp(path, &n);
    assert_non_null(s);
    if (!e->to) {
        char *at = strstr(s, e->from);
        assert_non_null(at);
        n = (size_t)(at - s);
    }
    const char *to = e->to ? e->to : "";
    size_t cap = n * 2 + 4096, j = 0, i = 0, fl = e->to ? strlen(e->from) : 0, tl = strlen(to);
    char *out = malloc(cap);
    int hits = 0;
    while (i < n) {
        if ((e->all || !hits) && fl && !strncmp(s + i, e->from, fl)) {
            assert_true(j + tl < cap);
            memcpy(out + j, to, tl);
            j += tl;
            i += fl;
            hits++;
        } else {
            out[j++] = s[i++];
        }
    }
    if (!fl) {   /* empty "from": append (or only cut) */
        memcpy(out + j, to, tl);
        j += tl;
        hits = 1;
    }
    if (!hits)
        fail_msg("edit: '%s' not found in %s", e->from, e->file);
    FILE *fp = fopen(path, "wb");
    fwrite(out, 1, j, fp);
    fclose(fp);
    free(out);
    free(s);
}

static void copy_good(const char *dir)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && cp -r '%s' '%s'", dir, good, dir);
    assert_int_equal(system(cmd), 0);
}

/* ------------------------------------------------------------ tests */
static void test_good_folder(void **state)
{
    (void)state;
    char *report;
    int n = validate(good, tax, &report);
    if (n != 0)
        fail_msg("%d problems in a freshly written folder:\n%s", n, report);
    assert_string_equal(report, "");
    free(report);
    /* without a taxonomy too */
    n = validate(good, NULL, &report);
    assert_int_equal(n, 0);
    free(report);
}

#define KENT_ROW(outcome) outcome ","
#define MERSEY "merseyside/b.html"

static void test_corrupted(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        struct edit e[4];
        int nproblems;
        const char *want;
    } t[] = {
        { "bad enum", { { "records.csv", "Dismissed,3,reported,", "Dismissed,3,reportd,", 0 } }, 1,
          "records.csv: row 1 (line 2): value_status: 'reportd' is not one of reported, suppressed, "
          "refused, not_held, approximate, ncnd\n" },
        { "row after a two-line row", { { "records.csv", "Ongoing,,suppressed,", "Ongoing,,supressed,", 0 } }, 1,
          "records.csv: row 4 (line 6): value_status: 'supressed' is not one of" },
        { "bad date", { { "records.csv", "2022-01-01,2022-12-31,2022,sexual_misconduct",
                          "2022-02-30,2022-12-31,2022,sexual_misconduct", 0 } }, 1,
          "records.csv: row 6 (line 8): period_start: '2022-02-30' is not a date (YYYY-MM-DD)\n" },
        { "bad integer", { { "records.csv", "Total,10,reported,", "Total,1O,reported,", 0 } }, 1,
          "records.csv: row 5 (line 7): value: '1O' is not an integer\n" },
        { "broken sum", { { "records.csv", "Dismissed,3,reported,3,3,", "Dismissed,5,reported,5,5,", 0 } }, 1,
          "records.csv: row 5 (line 7): value: total 10 but outcomes sum to between 12 and 16 "
          "(csv row 6 col 2) and issues.csv has no sum_mismatch for it\n" },
        { "sum mismatch reported", { { "records.csv", "Dismissed,3,reported,3,3,", "Dismissed,5,reported,5,5,", 0 },
                                     { "issues.csv", "", "warning,sum_mismatch,kent/a.csv,csv row 6 col 2,outcomes add up to 12\n", 0 } },
          0, "" },
        { "missing column", { { "records.csv", ",date_basis,note\n", ",date_basis\n", 0 },
                              { "records.csv", ",received,\n", ",received\n", 1 },
                              { "records.csv", ",unknown,\n", ",unknown\n", 0 },
                              { "records.csv", ",1.00,,,\n", ",1.00,,\n", 0 } }, 2,
          "records.csv: line 1: header: column 'note' is missing\n"
          "records.csv: rows not checked: the header does not match datapackage.json\n" },
        { "ndjson rows", { { "records.ndjson", "{\"force_id\":\"staffordshire\"", NULL, 0 } }, 1,
          "records.ndjson: 6 rows, records.csv has 7\n" },
        { "ndjson garbage", { { "records.ndjson", "{\"force_id\":\"staffordshire\"", "", 0 } }, 1,
          "records.ndjson: line 7: not JSON: " },
        { "foreign key", { { "records.csv", MERSEY, "merseyside/z.html", 0 } }, 1,
          "records.csv: row 6 (line 8): source_file: 'merseyside/z.html' is not in sources.csv (source_file)\n" },
        { "primary key", { { "sources.csv", "", "kent/a.csv,,1,csv,,,parsed,0,\n", 0 } }, 1,
          "sources.csv: row 5 (line 6): source_file: primary key 'kent/a.csv' repeats row 2\n" },
        { "reported bounds", { { "records.csv", "Dismissed,3,reported,3,3,", "Dismissed,3,reported,2,3,", 0 } }, 1,
          "records.csv: row 1 (line 2): value_min: '2' should equal value '3' when reported\n" },
        { "refused with a value", { { "records.csv", ",,refused,,,s12,", ",5,refused,,,s12,", 0 } }, 1,
          "records.csv: row 6 (line 8): value: should be empty when value_status is refused\n" },
        { "period order", { { "records.csv", "2022-01-01,2022-12-31,2022,sexual_misconduct",
                              "2022-12-31,2022-01-01,2022,sexual_misconduct", 0 } }, 1,
          "records.csv: row 6 (line 8): period_end: '2022-01-01' is before period_start '2022-12-31'\n" },
        { "unknown category", { { "records.csv", "sexual_misconduct,Sexual", "sexual_miscondcut,Sexual", 0 } }, 1,
          "records.csv: row 6 (line 8): category: 'sexual_miscondcut' is not one of sexual_assault, " },
        { "comparable cell", { { "comparable.csv", ",suppressed,", ",supressed,", 0 } }, 1,
          "supressed' does not match ^(" },
        { "malformed csv", { { "records.csv", ",csv row 2 col 2,", ",csv row \"2 col 2,", 0 } }, 1,
          "records.csv: line 2: malformed CSV" },
        { "bad json", { { "datapackage.json", "\"resources\"", "resources", 0 } }, 1,
          "datapackage.json: line " },
        { "not a database", { { "foi.sqlite", "SQLite format 3", "SQLight format 3", 0 } }, 1,
          "foi.sqlite: cannot count records: file is not a database\n" },
        { "required", { { "sources.csv", "force_kent,kent,parsed,5", "force_kent,kent,,5", 0 } }, 1,
          "sources.csv: row 2 (line 3): status: is required but empty\n" },
        { "bad sha", { { "sources.csv", "kent/a.csv,aaaa", "kent/a.csv,Aaaa", 0 } }, 1,
          "sources.csv: row 2 (line 3): source_sha256: 'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' does not match" },
    };
    char dir[600];
    snprintf(dir, sizeof dir, "%s/bad", tmpdir);
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        copy_good(dir);
        for (int k = 0; k < 4 && t[i].e[k].file; k++)
            apply(dir, &t[i].e[k]);
        char *report;
        int n = validate(dir, tax, &report);
        if (n != t[i].nproblems || !strstr(report, t[i].want))
            fail_msg("%s: %d problems (want %d):\n%s\nwanted:\n%s", t[i].name, n, t[i].nproblems,
                     report, t[i].want);
        free(report);
    }
}

/* Hundreds of problems: the report stops at its cap and counts the rest. */
static void test_report_cap(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = tax;
    char loc[64];
    for (int i = 0; i < 300; i++) {
        struct foi_record r;
        memset(&r, 0, sizeof r);
        r.force_id = "kent";
        r.force_name = "Kent Police";
        r.category = "vawg";
        r.measure = "cases";
        r.subject = "officers";
        r.outcome = "dismissed";
        r.source_file = "kent/a.csv";
        snprintf(loc, sizeof loc, "csv row %d col 2", i + 2);
        r.locator = loc;
        r.v.status = FOI_VS_REPORTED;
        r.v.has_value = r.v.has_min = r.v.has_max = 1;
        r.v.value = r.v.min = r.v.max = i;
        assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    }
    struct foi_source s = { "kent/a.csv", SHA_A, 10, "csv", "force_kent", "kent", "parsed", 300, "" };
    assert_int_equal(foi_dataset_add_source(&ds, &s), 0);
    foi_dataset_sort(&ds);
    char dir[600];
    snprintf(dir, sizeof dir, "%s/many", tmpdir);
    write_folder(&ds, dir);
    char *report;
    assert_int_equal(validate(dir, tax, &report), 0);
    free(report);
    struct edit e = { "records.csv", ",reported,", ",fine,", 1 };
    apply(dir, &e);
    int n = validate(dir, tax, &report);
    assert_int_equal(n, 300);
    int lines = 0;
    for (const char *p = report; *p; p++)
        lines += *p == '\n';
    assert_int_equal(lines, FOI_VALIDATE_MAX_LINES + 1);
    assert_non_null(strstr(report, "records.csv: row 200 (line 201): value_status: 'fine' is not one of"));
    assert_null(strstr(report, "row 201 "));
    assert_non_null(strstr(report, "\n... and 100 more problems\n"));
    free(report);
    foi_dataset_release(&ds);
}

static void test_missing(void **state)
{
    (void)state;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int n = -1;
    struct foi_err err = { 0 };
    char dir[600];
    snprintf(dir, sizeof dir, "%s/nowhere", tmpdir);
    assert_int_equal(foi_validate_dir(dir, tax, &b, &n, &err), FOI_EIO);
    assert_string_equal(err.locator, dir);
    /* an empty folder: the package is missing, and so is everything else */
    mkdir(dir, 0755);
    assert_int_equal(foi_validate_dir(dir, tax, &b, &n, &err), 0);
    assert_int_equal(n, 1);
    assert_non_null(strstr(b.data, "datapackage.json: cannot read"));
    foi_buf_release(&b);
}

/* Every allocation failing in turn: a clean FOI_ENOMEM, nothing leaked. */
static void test_alloc_failures(void **state)
{
    (void)state;
    int fails = 0;
    for (long k = 1; k < 100000; k += k < 200 ? 1 : 23) {   /* every early call, then a sample */
        struct foi_buf b;
        foi_buf_init(&b, 0);
        int n;
        struct foi_err err = { 0 };
        foi_alloc_fail_after(k);
        int rc = foi_validate_dir(good, tax, &b, &n, &err);
        foi_alloc_fail_after(0);
        foi_buf_release(&b);
        if (rc == 0 && n == 0)
            break;
        fails++;
        assert_int_equal(rc, FOI_ENOMEM);
        assert_int_equal(err.code, FOI_ENOMEM);
    }
    assert_true(fails > 50);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_folder),
        cmocka_unit_test(test_corrupted),
        cmocka_unit_test(test_report_cap),
        cmocka_unit_test(test_missing),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, setup_all, teardown_all);
}
