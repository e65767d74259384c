/* test_out_sqlite.c: foi.sqlite on a small hand-built dataset: typed
 * columns, exact text, the views answering their questions, the forces and
 * comparable tables, byte-identical rebuilds, write failures (export/out_sqlite.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../analyze/comparable.h"
#include "../../export/export.h"

#define FOI_TEST_NAME "out-sqlite"
#include "export_fixture.h"

/* ------------------------------------------------------------ helpers */
static struct foi_taxonomy *load_tax(void)
{
    struct foi_taxonomy *t = NULL;
    struct foi_err err = { 0 };
    if (foi_taxonomy_load(&t, FOI_SRCDIR "/normalize/taxonomy", NULL, &err))
        fail_msg("taxonomy: %s: %s", err.locator, err.message);
    return t;
}

static sqlite3 *open_db(const char *path)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    return db;
}

/* First column of the first row of sql, as text ("" for NULL). */
static void q1(sqlite3 *db, const char *sql, char *out, size_t outsz)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        fail_msg("%s: %s", sql, sqlite3_errmsg(db));
    out[0] = '\0';
    if (sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(st, 0);
        snprintf(out, outsz, "%s", t ? (const char *)t : "");
    } else {
        snprintf(out, outsz, "(no row)");
    }
    sqlite3_finalize(st);
}

static void expect(sqlite3 *db, const char *sql, const char *want)
{
    char got[512];
    q1(db, sql, got, sizeof got);
    if (strcmp(got, want))
        fail_msg("%s\n got '%s', want '%s'", sql, got, want);
}

static void write_db(struct foi_dataset *ds, const struct foi_comparable *cmp, const char *path)
{
    struct foi_export_ctx x = { ds, cmp, 1, NULL };
    struct foi_err err = { 0 };
    unlink(path);
    if (foi_out_sqlite(&x, path, &err))
        fail_msg("%s: %s", err.locator, err.message);
}

/* ------------------------------------------------------------ tests */
static void test_tables(void **state)
{
    (void)state;
    struct foi_dataset ds;
    build(&ds);
    char path[512];
    snprintf(path, sizeof path, "%s/foi.sqlite", tmpdir);
    write_db(&ds, NULL, path);
    sqlite3 *db = open_db(path);
    static const struct { const char *sql, *want; } t[] = {
        { "SELECT count(*) FROM records", "7" },
        { "SELECT count(*) FROM sources", "4" },
        { "SELECT count(*) FROM issues", "3" },
        { "SELECT count(*) FROM forces", "0" },                 /* no taxonomy given */
        { "SELECT group_concat(outcome, ' ') FROM (SELECT outcome FROM records ORDER BY rowid)",
          "dismissed final_written_warning no_case_to_answer ongoing total total other" },
        /* typed columns */
        { "SELECT typeof(value) || typeof(value_min) || typeof(value_max) || typeof(confidence)"
          " FROM records WHERE rowid = 1", "integerintegerintegerreal" },
        { "SELECT typeof(value) || typeof(value_min) || typeof(value_max) FROM records"
          " WHERE value_status = 'suppressed' OR outcome = 'ongoing'", "nullintegerinteger" },
        { "SELECT typeof(value) || typeof(value_min) || typeof(value_max) FROM records"
          " WHERE force_id = 'merseyside'", "nullnullnull" },
        { "SELECT confidence = 0.85 FROM records WHERE force_id = 'merseyside'", "1" },
        { "SELECT confidence = 0.9 FROM records WHERE rowid = 1", "1" },
        { "SELECT typeof(period_start) || ':' || period_start FROM records WHERE force_id = 'staffordshire'", "text:" },
        /* exact text: no spreadsheet prefix, UTF-8 repaired */
        { "SELECT raw_text FROM records WHERE rowid = 1", "=HYPERLINK(\"http://x\")" },
        { "SELECT raw_text FROM records WHERE rowid = 2", "-4 (see note)" },
        { "SELECT category_raw FROM records WHERE force_id = 'staffordshire'", "Sexual \xef\xbf\xbd misconduct" },
        { "SELECT typeof(bytes) || bytes || typeof(records) FROM sources WHERE source_file = 'kent/a.csv'", "integer1234integer" },
        { "SELECT severity || ' ' || code FROM issues ORDER BY rowid LIMIT 1", "error parse_error" },
        /* the views */
        { "SELECT count(*) FROM refusals", "1" },
        { "SELECT exemption FROM refusals", "s12" },
        { "SELECT count(*) FROM suppressed", "1" },
        { "SELECT group_concat(force_id, ' ') FROM totals", "kent merseyside" },
        { "SELECT total FROM outcomes_by_force WHERE force_id = 'kent' AND outcome = 'total'", "10" },
        { "SELECT count(*) FROM outcomes_by_force WHERE force_id = 'kent'", "4" },   /* ongoing is suppressed */
        /* indexes */
        { "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index'"
          " AND name LIKE 'records_%' ORDER BY name)", "records_category records_force records_period" },
        { "PRAGMA journal_mode", "delete" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        expect(db, t[i].sql, t[i].want);
    sqlite3_close(db);
    foi_dataset_release(&ds);
}

/* outcomes_by_force: finest periods only, a figure repeated by two sources once. */
static void test_outcomes_view(void **state)
{
    (void)state;
    static const struct { const char *ps, *pe, *src; int64_t v; } figs[] = {
        { "2021-04-01", "2021-09-30", "a.csv", 2 },
        { "2021-10-01", "2022-03-31", "a.csv", 1 },
        { "2021-04-01", "2022-03-31", "a.csv", 3 },   /* the Total column across both halves */
        { "2021-04-01", "2021-09-30", "b.csv", 2 },   /* the same figure from another request */
        { "2022-04-01", "2023-03-31", "c.csv", 5 },   /* the next year */
    };
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    for (size_t i = 0; i < sizeof figs / sizeof figs[0]; i++) {
        struct foi_record r;
        memset(&r, 0, sizeof r);
        r.force_id = "kent";
        r.force_name = "Kent Police";
        snprintf(r.period_start, sizeof r.period_start, "%s", figs[i].ps);
        snprintf(r.period_end, sizeof r.period_end, "%s", figs[i].pe);
        r.category = "vawg";
        r.measure = "allegations";
        r.subject = "officers";
        r.outcome = "dismissed";
        r.source_file = figs[i].src;
        r.v.status = FOI_VS_REPORTED;
        r.v.has_value = r.v.has_min = r.v.has_max = 1;
        r.v.value = r.v.min = r.v.max = figs[i].v;
        assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    }
    foi_dataset_sort(&ds);
    char path[512];
    snprintf(path, sizeof path, "%s/view.sqlite", tmpdir);
    write_db(&ds, NULL, path);
    sqlite3 *db = open_db(path);
    expect(db, "SELECT total || ' ' || periods || ' ' || first_period_start || ' ' || last_period_end"
               " FROM outcomes_by_force", "8 3 2021-04-01 2023-03-31");
    expect(db, "SELECT count(*) FROM outcomes_by_force", "1");
    sqlite3_close(db);
    foi_dataset_release(&ds);
}

static void test_forces_and_comparable(void **state)
{
    (void)state;
    struct foi_taxonomy *tax = load_tax();
    struct foi_dataset ds;
    build(&ds);
    ds.tax = tax;
    struct foi_comparable cmp;
    memset(&cmp, 0, sizeof cmp);
    foi_arena_init(&cmp.arena, 0);
    struct foi_err err = { 0 };
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
    if (foi_comparable_build(&ds, &cmp, &cmp_sink, &err))
        fail_msg("comparable: %s", err.message);
    char path[512], want[512];
    snprintf(path, sizeof path, "%s/full.sqlite", tmpdir);
    write_db(&ds, &cmp, path);
    sqlite3 *db = open_db(path);

    snprintf(want, sizeof want, "%d", foi_taxonomy_count(tax, FOI_VOCAB_FORCE));
    expect(db, "SELECT count(*) FROM forces", want);
    expect(db, "SELECT name FROM forces WHERE id = 'kent'", foi_taxonomy_name(tax, FOI_VOCAB_FORCE, "kent"));
    const char *alias = foi_taxonomy_alias_at(tax, FOI_VOCAB_FORCE, "kent", 0);
    assert_non_null(alias);
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT instr(aliases, '%s') > 0 FROM forces WHERE id = 'kent'", alias);
    expect(db, sql, "1");
    expect(db, "SELECT id FROM forces LIMIT 1", foi_taxonomy_id_at(tax, FOI_VOCAB_FORCE, 0));

    /* records leaves out what sources and forces carry once; records_full
     * has the records.csv columns, in order, with them joined back */
    sqlite3_stmt *rf;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT * FROM records_full", -1, &rf, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_column_count(rf), FOI_RECORD_NCOLS);
    for (int c = 0; c < FOI_RECORD_NCOLS; c++)
        assert_string_equal(sqlite3_column_name(rf, c), foi_record_columns[c]);
    sqlite3_finalize(rf);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT * FROM records", -1, &rf, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_column_count(rf), FOI_RECORD_NCOLS - 3);
    sqlite3_finalize(rf);
    expect(db, "SELECT force_name || '|' || parser || '|' || source_sha256 FROM records_full"
               " WHERE force_id = 'kent' LIMIT 1",
           "Kent Police|force_kent|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

    /* comparable: the columns of comparable.csv, one row per cmp row */
    int n = 0;
    const char *const *cols = foi_comparable_columns(&cmp, &n);
    assert_true(n > 11);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT * FROM comparable", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_column_count(st), n);
    for (int c = 0; c < n; c++)
        assert_string_equal(sqlite3_column_name(st, c), cols[c]);
    sqlite3_finalize(st);
    snprintf(want, sizeof want, "%zu", cmp.nrows);
    expect(db, "SELECT count(*) FROM comparable", want);
    expect(db, "SELECT \"total\" || '|' || \"dismissed\" || '|' || \"ongoing\" FROM comparable"
               " WHERE force_id = 'kent'", "10|3|suppressed");
    expect(db, "SELECT \"total\" FROM comparable WHERE force_id = 'merseyside'", "refused");
    expect(db, "SELECT typeof(officers) || typeof(rate_per_1000) FROM comparable WHERE force_id = 'kent'",
           "nullnull");   /* no workforce file given */
    sqlite3_close(db);
    foi_comparable_release(&cmp);
    foi_dataset_release(&ds);
    foi_taxonomy_free(tax);
}

static int same_file(const char *a, const char *b)
{
    size_t na = 0, nb = 0;
    char *x = slurp(a, &na), *y = slurp(b, &nb);
    int same = x && y && na == nb && !memcmp(x, y, na);
    free(x);
    free(y);
    return same;
}

static void test_deterministic(void **state)
{
    (void)state;
    struct foi_dataset ds;
    build(&ds);
    char a[512], b[512];
    snprintf(a, sizeof a, "%s/det1.sqlite", tmpdir);
    snprintf(b, sizeof b, "%s/det2.sqlite", tmpdir);
    write_db(&ds, NULL, a);
    write_db(&ds, NULL, b);
    assert_true(same_file(a, b));
    /* and a different dataset gives a different file (the check can fail) */
    ds.records[0].v.value = 99;
    write_db(&ds, NULL, b);
    assert_false(same_file(a, b));
    foi_dataset_release(&ds);
}

static void test_failures(void **state)
{
    (void)state;
    struct foi_dataset ds;
    build(&ds);
    struct foi_export_ctx x = { &ds, NULL, 1, NULL };
    char path[512];
    snprintf(path, sizeof path, "%s/fail.sqlite", tmpdir);
    int fails = 0;
    for (long k = 1; k < 10000; k++) {
        struct foi_err err = { 0 };
        unlink(path);
        foi_wfile_fail_after(k);
        int rc = foi_out_sqlite(&x, path, &err);
        foi_wfile_fail_after(0);
        if (rc == 0)
            break;
        fails++;
        assert_int_equal(rc, FOI_EIO);
        assert_string_equal(err.locator, path);
        assert_int_equal(access(path, F_OK), -1);
    }
    assert_true(fails >= 14);   /* one per row inserted, and the commit */
    /* the path must not exist: a stale file is never reused */
    struct foi_err err = { 0 };
    FILE *fp = fopen(path, "w");
    fclose(fp);
    assert_int_equal(foi_out_sqlite(&x, path, &err), FOI_EIO);
    assert_non_null(strstr(err.message, "exists"));
    foi_dataset_release(&ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables),
        cmocka_unit_test(test_outcomes_view),
        cmocka_unit_test(test_forces_and_comparable),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_failures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
