/* test_out_csv.c: records.csv, sources.csv and issues.csv on a small
 * hand-built dataset: exact bytes, quoting, formula neutralising, UTF-8
 * repair, libcsv round trip, determinism and write failures (export/out_csv.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../export/export.h"

#define FOI_TEST_NAME "out-csv"
#include "export_fixture.h"

/* ------------------------------------------------------------ expected */
static const char records_want[] =
    "force_id,force_name,period_start,period_end,period_label,category,category_raw,measure,"
    "subject,outcome,outcome_raw,value,value_status,value_min,value_max,exemption,source_file,"
    "source_sha256,locator,raw_text,parser,confidence,request_ref,date_basis,note\n"
    "kent,Kent Police,2021-04-01,2022-03-31,2021/22,sexual_assault,Sexual assault,allegations,"
    "officers,dismissed,Dismissed,3,reported,3,3,,kent/a.csv," SHA_A ",csv row 2 col 2,"
    "\"'=HYPERLINK(\"\"http://x\"\")\",force_kent,0.90,FOI 123/21,received,\n"
    "kent,Kent Police,2021-04-01,2022-03-31,2021/22,sexual_assault,Sexual assault,allegations,"
    "officers,final_written_warning,Final written warning,4,reported,4,4,,kent/a.csv," SHA_A
    ",csv row 3 col 2,'-4 (see note),force_kent,0.90,FOI 123/21,received,\n"
    "kent,Kent Police,2021-04-01,2022-03-31,2021/22,sexual_assault,Sexual assault,allegations,"
    "officers,no_case_to_answer,No case to answer,3,reported,3,3,,kent/a.csv," SHA_A
    ",csv row 4 col 2,\"three, as \"\"NCTA\"\"\nnext line\",force_kent,0.90,FOI 123/21,received,\n"
    "kent,Kent Police,2021-04-01,2022-03-31,2021/22,sexual_assault,Sexual assault,allegations,"
    "officers,ongoing,Ongoing,,suppressed,0,4,s40(2),kent/a.csv," SHA_A
    ",csv row 5 col 2,*,force_kent,0.90,FOI 123/21,received,\n"
    "kent,Kent Police,2021-04-01,2022-03-31,2021/22,sexual_assault,Sexual assault,allegations,"
    "officers,total,Total,10,reported,10,10,,kent/a.csv," SHA_A
    ",csv row 6 col 2,10,force_kent,0.90,FOI 123/21,received,\n"
    "merseyside,Merseyside Police,2022-01-01,2022-12-31,2022,sexual_misconduct,Sexual misconduct,"
    "cases,officers_and_staff,total,,,refused,,,s12,merseyside/b.html," SHA_B
    ",paragraph 3,exceed the cost limit (section 12),force_merseyside,0.85,,unknown,\n"
    "staffordshire,Staffordshire Police,,,last year,other,Sexual \xef\xbf\xbd misconduct,allegations,"
    "unknown,other,\" upheld \",0,reported,0,0,,staffordshire/c.txt," SHA_C
    ",line 12,none were upheld,generic_letter,1.00,,,\n";

static const char sources_want[] =
    "source_file,source_sha256,bytes,format,parser,force_id,status,records,attached_to\n"
    "bad/x.pdf,,99,unknown,,,failed,0,\n"
    "kent/a.csv," SHA_A ",1234,csv,force_kent,kent,parsed,5,\n"
    "merseyside/b.html," SHA_B ",20480,html,force_merseyside,merseyside,refused,1,\n"
    "staffordshire/c.txt," SHA_C ",812,text,generic_letter,staffordshire,partial,1,\n";

static const char issues_want[] =
    "severity,code,source_file,locator,message\n"
    "error,parse_error,bad/x.pdf,,\"'-not a format foi reads, \"\"pdf\"\"\"\n"
    "info,refused,merseyside/b.html,paragraph 3,request refused under section 12\n"
    "warning,unknown_category,staffordshire/c.txt,line 12,no category matches 'Sexual misconduct?'\n";

/* ------------------------------------------------------------ tests */
static void test_exact_bytes(void **state)
{
    (void)state;
    static const struct { exporter_fn fn; const char *name, *want; } t[] = {
        { foi_out_records_csv, "records.csv", records_want },
        { foi_out_sources_csv, "sources.csv", sources_want },
        { foi_out_issues_csv, "issues.csv", issues_want },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t n;
        char *got = run(t[i].fn, t[i].name, &n);
        assert_non_null(got);
        assert_string_equal(got, t[i].want);
        assert_null(strstr(got, "\r\n"));                         /* LF line endings */
        assert_true(foi_utf8_valid(got, n));
        free(got);
    }
}

/* libcsv (strict) reads records.csv back into the dataset's own strings. */
struct rt { int row, col; char fields[8][FOI_RECORD_NCOLS][128]; int nf[8]; };

static void rt_field(void *s, size_t len, void *data)
{
    struct rt *r = data;
    if (r->row < 8 && r->col < FOI_RECORD_NCOLS) {
        size_t n = len < 127 ? len : 127;
        memcpy(r->fields[r->row][r->col], s ? s : "", n);
        r->fields[r->row][r->col][n] = '\0';
    }
    r->col++;
}

static void rt_row(int c, void *data)
{
    (void)c;
    struct rt *r = data;
    if (r->row < 8)
        r->nf[r->row] = r->col;
    r->row++;
    r->col = 0;
}

static int keep_space(unsigned char c) { (void)c; return 0; }

static void test_roundtrip(void **state)
{
    (void)state;
    size_t n;
    char *got = run(foi_out_records_csv, "rt.csv", &n);
    struct rt *r = calloc(1, sizeof *r);
    struct csv_parser p;
    assert_int_equal(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI), 0);
    csv_set_space_func(&p, keep_space);
    assert_int_equal(csv_parse(&p, got, n, rt_field, rt_row, r), n);
    assert_int_equal(csv_fini(&p, rt_field, rt_row, r), 0);
    csv_free(&p);
    assert_int_equal(r->row, 8);
    for (int i = 0; i < 8; i++)
        assert_int_equal(r->nf[i], FOI_RECORD_NCOLS);
    for (int c = 0; c < FOI_RECORD_NCOLS; c++)
        assert_string_equal(r->fields[0][c], foi_record_columns[c]);
    /* raw_text (col 19): quotes and newline survive; the formula carries its ' */
    assert_string_equal(r->fields[1][19], "'=HYPERLINK(\"http://x\")");
    assert_string_equal(r->fields[3][19], "three, as \"NCTA\"\nnext line");
    assert_string_equal(r->fields[7][10], " upheld ");
    assert_string_equal(r->fields[7][2], "");
    free(r);
    free(got);
}

static void test_deterministic(void **state)
{
    (void)state;
    exporter_fn fns[] = { foi_out_records_csv, foi_out_sources_csv, foi_out_issues_csv };
    for (size_t i = 0; i < 3; i++) {
        size_t n1, n2;
        char *a = run(fns[i], "det1.csv", &n1);
        char *b = run(fns[i], "det2.csv", &n2);
        assert_int_equal(n1, n2);
        assert_memory_equal(a, b, n1);
        free(a);
        free(b);
    }
}

/* An empty dataset still gets its header. */
static void test_empty(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    struct foi_export_ctx x = { &ds, NULL, 1, NULL };
    char path[512];
    snprintf(path, sizeof path, "%s/empty.csv", tmpdir);
    struct foi_err err = { 0 };
    assert_int_equal(foi_out_sources_csv(&x, path, &err), 0);
    char *got = slurp(path, NULL);
    assert_string_equal(got, "source_file,source_sha256,bytes,format,parser,force_id,status,records,attached_to\n");
    free(got);
    foi_dataset_release(&ds);
}

/* The Nth write failing, for every N: FOI_EIO naming the file, and no file left. */
static void test_write_failures(void **state)
{
    (void)state;
    exporter_fn fns[] = { foi_out_records_csv, foi_out_sources_csv, foi_out_issues_csv };
    struct foi_dataset ds;
    build(&ds);
    struct foi_export_ctx x = { &ds, NULL, 1, NULL };
    char path[512];
    snprintf(path, sizeof path, "%s/fail.csv", tmpdir);
    for (size_t i = 0; i < 3; i++) {
        int failures = 0;
        for (long k = 1; k < 100000; k += k < 60 ? 1 : 7) {   /* every early write, then a sample */
            struct foi_err err = { 0 };
            unlink(path);
            foi_wfile_fail_after(k);
            int rc = fns[i](&x, path, &err);
            foi_wfile_fail_after(0);
            if (rc == 0)
                break;
            failures++;
            assert_int_equal(rc, FOI_EIO);
            assert_string_equal(err.locator, path);
            assert_non_null(strstr(err.message, "No space left"));
            assert_int_equal(access(path, F_OK), -1);
        }
        assert_true(failures > 10);
    }
    /* and every allocation failing in turn (UTF-8 repair, printf buffers) */
    for (long k = 1; k < 100000; k++) {
        struct foi_err err = { 0 };
        unlink(path);
        foi_alloc_fail_after(k);
        int rc = foi_out_records_csv(&x, path, &err);
        foi_alloc_fail_after(0);
        if (rc == 0)
            break;
        assert_int_equal(rc, FOI_ENOMEM);
        assert_int_equal(access(path, F_OK), -1);
    }
    foi_dataset_release(&ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_bytes),
        cmocka_unit_test(test_roundtrip),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_write_failures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
