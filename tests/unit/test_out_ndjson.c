/* test_out_ndjson.c: records.ndjson on a small hand-built dataset: exact
 * lines, keys in column order, integers or null, confidence digits, exact text
 * (no spreadsheet prefix), UTF-8 repair, determinism, failures (export/out_ndjson.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../export/export.h"

#define FOI_TEST_NAME "out-ndjson"
#include "export_fixture.h"

/* ------------------------------------------------------------ expected */
#define KENT_HEAD "{\"force_id\":\"kent\",\"force_name\":\"Kent Police\",\"period_start\":\"2021-04-01\"," \
    "\"period_end\":\"2022-03-31\",\"period_label\":\"2021/22\",\"category\":\"sexual_assault\"," \
    "\"category_raw\":\"Sexual assault\",\"measure\":\"allegations\",\"subject\":\"officers\","

static const char *const lines_want[] = {
    KENT_HEAD "\"outcome\":\"dismissed\",\"outcome_raw\":\"Dismissed\",\"value\":3,"
    "\"value_status\":\"reported\",\"value_min\":3,\"value_max\":3,\"exemption\":\"\","
    "\"source_file\":\"kent/a.csv\",\"source_sha256\":\"" SHA_A "\",\"locator\":\"csv row 2 col 2\","
    "\"raw_text\":\"=HYPERLINK(\\\"http://x\\\")\",\"parser\":\"force_kent\",\"confidence\":0.9,"
    "\"request_ref\":\"FOI 123/21\",\"date_basis\":\"received\",\"note\":\"\"}",
    NULL,   /* final_written_warning: checked by the generic checks */
    KENT_HEAD "\"outcome\":\"no_case_to_answer\",\"outcome_raw\":\"No case to answer\",\"value\":3,"
    "\"value_status\":\"reported\",\"value_min\":3,\"value_max\":3,\"exemption\":\"\","
    "\"source_file\":\"kent/a.csv\",\"source_sha256\":\"" SHA_A "\",\"locator\":\"csv row 4 col 2\","
    "\"raw_text\":\"three, as \\\"NCTA\\\"\\nnext line\",\"parser\":\"force_kent\",\"confidence\":0.9,"
    "\"request_ref\":\"FOI 123/21\",\"date_basis\":\"received\",\"note\":\"\"}",
    KENT_HEAD "\"outcome\":\"ongoing\",\"outcome_raw\":\"Ongoing\",\"value\":null,"
    "\"value_status\":\"suppressed\",\"value_min\":0,\"value_max\":4,\"exemption\":\"s40(2)\","
    "\"source_file\":\"kent/a.csv\",\"source_sha256\":\"" SHA_A "\",\"locator\":\"csv row 5 col 2\","
    "\"raw_text\":\"*\",\"parser\":\"force_kent\",\"confidence\":0.9,"
    "\"request_ref\":\"FOI 123/21\",\"date_basis\":\"received\",\"note\":\"\"}",
    NULL,   /* kent total */
    "{\"force_id\":\"merseyside\",\"force_name\":\"Merseyside Police\",\"period_start\":\"2022-01-01\","
    "\"period_end\":\"2022-12-31\",\"period_label\":\"2022\",\"category\":\"sexual_misconduct\","
    "\"category_raw\":\"Sexual misconduct\",\"measure\":\"cases\",\"subject\":\"officers_and_staff\","
    "\"outcome\":\"total\",\"outcome_raw\":\"\",\"value\":null,\"value_status\":\"refused\","
    "\"value_min\":null,\"value_max\":null,\"exemption\":\"s12\",\"source_file\":\"merseyside/b.html\","
    "\"source_sha256\":\"" SHA_B "\",\"locator\":\"paragraph 3\","
    "\"raw_text\":\"exceed the cost limit (section 12)\",\"parser\":\"force_merseyside\","
    "\"confidence\":0.85,\"request_ref\":\"\",\"date_basis\":\"unknown\",\"note\":\"\"}",
    "{\"force_id\":\"staffordshire\",\"force_name\":\"Staffordshire Police\",\"period_start\":\"\","
    "\"period_end\":\"\",\"period_label\":\"last year\",\"category\":\"other\","
    "\"category_raw\":\"Sexual \xef\xbf\xbd misconduct\",\"measure\":\"allegations\",\"subject\":\"unknown\","
    "\"outcome\":\"other\",\"outcome_raw\":\" upheld \",\"value\":0,\"value_status\":\"reported\","
    "\"value_min\":0,\"value_max\":0,\"exemption\":\"\",\"source_file\":\"staffordshire/c.txt\","
    "\"source_sha256\":\"" SHA_C "\",\"locator\":\"line 12\",\"raw_text\":\"none were upheld\","
    "\"parser\":\"generic_letter\",\"confidence\":1.0,\"request_ref\":\"\",\"date_basis\":\"\",\"note\":\"\"}",
};

/* ------------------------------------------------------------ tests */
static void test_lines(void **state)
{
    (void)state;
    size_t n;
    char *got = run(foi_out_records_ndjson, "records.ndjson", &n);
    assert_non_null(got);
    assert_true(foi_utf8_valid(got, n));
    assert_int_equal(got[n - 1], '\n');
    int line = 0;
    char *save = NULL;
    for (char *l = strtok_r(got, "\n", &save); l; l = strtok_r(NULL, "\n", &save), line++) {
        assert_true(line < 7);
        if (lines_want[line] && strcmp(l, lines_want[line]))
            fail_msg("line %d:\n got  %s\n want %s", line + 1, l, lines_want[line]);
        /* every line: an object whose keys are the records.csv columns, in order */
        json_error_t je;
        json_t *o = json_loads(l, 0, &je);
        assert_non_null(o);
        assert_true(json_is_object(o));
        assert_int_equal(json_object_size(o), FOI_RECORD_NCOLS);
        int c = 0;
        const char *key;
        json_t *v;
        json_object_foreach(o, key, v) {
            assert_string_equal(key, foi_record_columns[c]);
            enum foi_coltype t = foi_export_coltype(c);
            if (t == FOI_COL_INTEGER)
                assert_true(json_is_integer(v) || json_is_null(v));
            else if (t == FOI_COL_NUMBER)
                assert_true(json_is_real(v));
            else
                assert_true(json_is_string(v));
            c++;
        }
        json_decref(o);
    }
    assert_int_equal(line, 7);
    free(got);
}

static void test_deterministic(void **state)
{
    (void)state;
    size_t n1, n2;
    char *a = run(foi_out_records_ndjson, "det1.ndjson", &n1);
    char *b = run(foi_out_records_ndjson, "det2.ndjson", &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    free(a);
    free(b);
}

/* Confidence prints as its two decimals, whatever the double holds. */
static void test_confidence(void **state)
{
    (void)state;
    static const struct { double in; const char *want; } t[] = {
        { 0.9, "\"confidence\":0.9," }, { 0.85, "\"confidence\":0.85," },
        { 1.0, "\"confidence\":1.0," }, { 0.0, "\"confidence\":0.0," },
        { 0.123456, "\"confidence\":0.12," }, { 0.999, "\"confidence\":1.0," },
        { 0.05, "\"confidence\":0.05," }, { 0.1 + 0.2, "\"confidence\":0.3," },
    };
    char path[512];
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        struct foi_dataset ds;
        foi_dataset_init(&ds);
        struct foi_record r;
        memset(&r, 0, sizeof r);
        r.confidence = t[i].in;
        assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
        struct foi_export_ctx x = { &ds, NULL, 1, NULL };
        snprintf(path, sizeof path, "%s/conf-%zu.ndjson", tmpdir, i);
        struct foi_err err = { 0 };
        assert_int_equal(foi_out_records_ndjson(&x, path, &err), 0);
        char *got = slurp(path, NULL);
        if (!strstr(got, t[i].want))
            fail_msg("confidence %g: %s", t[i].in, got);
        free(got);
        foi_dataset_release(&ds);
    }
}

static void test_failures(void **state)
{
    (void)state;
    struct foi_dataset ds;
    build(&ds);
    struct foi_export_ctx x = { &ds, NULL, 1, NULL };
    char path[512];
    snprintf(path, sizeof path, "%s/fail.ndjson", tmpdir);
    int wfails = 0, afails = 0;
    for (long k = 1; k < 100000; k++) {
        struct foi_err err = { 0 };
        unlink(path);
        foi_wfile_fail_after(k);
        int rc = foi_out_records_ndjson(&x, path, &err);
        foi_wfile_fail_after(0);
        if (rc == 0)
            break;
        wfails++;
        assert_int_equal(rc, FOI_EIO);
        assert_string_equal(err.locator, path);
        assert_int_equal(access(path, F_OK), -1);
    }
    for (long k = 1; k < 100000; k += k < 200 ? 1 : 11) {   /* every early call, then a sample */
        struct foi_err err = { 0 };
        unlink(path);
        foi_alloc_fail_after(k);
        int rc = foi_out_records_ndjson(&x, path, &err);
        foi_alloc_fail_after(0);
        if (rc == 0)
            break;
        afails++;
        assert_int_equal(rc, FOI_ENOMEM);
        assert_int_equal(err.code, FOI_ENOMEM);
        assert_int_equal(access(path, F_OK), -1);
    }
    assert_int_equal(wfails, 1);   /* lines go out in 64 KB pieces: one write here */
    assert_true(afails > 20);   /* jansson allocates through foi_malloc too */
    foi_dataset_release(&ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_confidence),
        cmocka_unit_test(test_failures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
