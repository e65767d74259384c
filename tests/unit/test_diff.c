/* test_diff.c: `foi diff` (app/diff.c) on small hand-written build folders:
 * added, removed, changed, moved, new refusals, newly answered forces, source
 * changes, CSV mode, malformed inputs, and the build's summary paragraph. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../app/diff.h"

/* A figure: force, period_start, period_end, category, measure, subject,
 * outcome, value, value_status, value_min, value_max, exemption, source_file. */
struct fig { const char *f[13]; };
/* A source: file, sha, force_id, status, records. */
struct srcrow { const char *file, *sha, *force, *status, *records; };

#define P21 "2021-04-01", "2022-03-31"
#define KSA(outcome) "kent", P21, "sexual_assault", "allegations", "officers", outcome
#define REP(v) v, "reported", v, v, ""

struct fx {
    char root[64], old_dir[96], new_dir[96];
};

static int setup(void **state)
{
    struct fx *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->root, sizeof f->root, "/tmp/foi-test-diff-XXXXXX");
    if (!mkdtemp(f->root)) {
        free(f);
        return -1;
    }
    snprintf(f->old_dir, sizeof f->old_dir, "%s/old", f->root);
    snprintf(f->new_dir, sizeof f->new_dir, "%s/new", f->root);
    if (mkdir(f->old_dir, 0755) || mkdir(f->new_dir, 0755))
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fx *f = *state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", f->root);
    free(f);
    return 0;
}

static void put_text(const char *dir, const char *name, const char *text)
{
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs(text, fp);
    assert_int_equal(fclose(fp), 0);
}

/* records.csv with all 24 columns, the others filled with text that needs
 * quoting, as the real writer produces. */
static void put_records(const char *dir, const struct fig *rows, size_t n)
{
    char path[160];
    snprintf(path, sizeof path, "%s/records.csv", dir);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs("force_id,force_name,period_start,period_end,period_label,category,category_raw,measure,"
          "subject,outcome,outcome_raw,value,value_status,value_min,value_max,exemption,source_file,"
          "source_sha256,locator,raw_text,parser,confidence,request_ref,date_basis\n", fp);
    for (size_t i = 0; i < n; i++) {
        const char *const *f = rows[i].f;
        fprintf(fp, "%s,\"Force, %s\",%s,%s,2021/22,%s,\"Sexual \"\"assault\"\"\",%s,%s,%s,"
                    "\"Outcome\nraw\",%s,%s,%s,%s,%s,%s,abc123,csv row %zu col 3,'-%s text,"
                    "generic_table,0.90,,unknown\n",
                f[0], f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12],
                i + 2, f[7]);
    }
    assert_int_equal(fclose(fp), 0);
}

static void put_sources(const char *dir, const struct srcrow *rows, size_t n)
{
    char path[160];
    snprintf(path, sizeof path, "%s/sources.csv", dir);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs("source_file,source_sha256,bytes,format,parser,force_id,status,records\n", fp);
    for (size_t i = 0; i < n; i++)
        fprintf(fp, "%s,%s,100,csv,generic_table,%s,%s,%s\n", rows[i].file, rows[i].sha, rows[i].force,
                rows[i].status, rows[i].records);
    assert_int_equal(fclose(fp), 0);
}

static void expect_diff(const struct fx *f, int as_csv, const char *want, int want_n)
{
    struct foi_buf out;
    foi_buf_init(&out, 0);
    struct foi_err err;
    foi_err_clear(&err);
    int n = -1;
    int rc = foi_diff_dirs(f->old_dir, f->new_dir, as_csv, &out, &n, &err);
    if (rc)
        fail_msg("foi_diff_dirs: %d %s: %s", rc, err.locator, err.message);
    if (strcmp(out.data ? out.data : "", want))
        fail_msg("got:\n%s\nwanted:\n%s", out.data ? out.data : "", want);
    assert_int_equal(n, want_n);
    foi_buf_release(&out);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct fig base[] = {
    { { KSA("dismissed"), REP("3"), "kent/a.csv" } },
    { { KSA("total"), REP("10"), "kent/a.csv" } },
    { { KSA("upheld"), REP("2"), "kent/a.csv" } },
};

static void test_identical(void **state)
{
    struct fx *f = *state;
    put_records(f->old_dir, base, N(base));
    put_records(f->new_dir, base, N(base));
    expect_diff(f, 0, "no changes\n", 0);
    expect_diff(f, 1, "change,force_id,period_start,period_end,category,measure,subject,outcome,"
                      "old_value,old_status,new_value,new_status,old_source,new_source\n", 0);
}

static void test_added_removed_changed(void **state)
{
    struct fx *f = *state;
    static const struct fig now[] = {
        { { KSA("written_warning"), REP("1"), "kent/a.csv" } },
        { { KSA("total"), REP("10"), "kent/a.csv" } },
        { { KSA("dismissed"), REP("4"), "kent/a.csv" } },
    };
    put_records(f->old_dir, base, N(base));
    put_records(f->new_dir, now, N(now));
    expect_diff(f, 0,
                "Figures added (1):\n"
                "  + kent 2021-04-01..2022-03-31 sexual_assault allegations officers written_warning: 1  [kent/a.csv]\n"
                "\n"
                "Figures removed (1):\n"
                "  - kent 2021-04-01..2022-03-31 sexual_assault allegations officers upheld: 2  [kent/a.csv]\n"
                "\n"
                "Figures changed (1):\n"
                "  ~ kent 2021-04-01..2022-03-31 sexual_assault allegations officers dismissed: 3 -> 4  [kent/a.csv]\n"
                "\n"
                "3 changes: 1 figure added, 1 removed, 1 changed\n", 3);
    expect_diff(f, 1,
                "change,force_id,period_start,period_end,category,measure,subject,outcome,"
                "old_value,old_status,new_value,new_status,old_source,new_source\n"
                "added,kent,2021-04-01,2022-03-31,sexual_assault,allegations,officers,written_warning,,,1,reported,,kent/a.csv\n"
                "removed,kent,2021-04-01,2022-03-31,sexual_assault,allegations,officers,upheld,2,reported,,,kent/a.csv,\n"
                "changed,kent,2021-04-01,2022-03-31,sexual_assault,allegations,officers,dismissed,3,reported,4,reported,kent/a.csv,kent/a.csv\n",
                3);
}

/* The identity leaves out the source: a figure restated by a new file with
 * a new value is changed, with both files; with the same value it is no
 * change; a second source for the same figure is an addition. Status,
 * bounds and exemption changes count as well. */
static void test_identity_and_sources(void **state)
{
    struct fx *f = *state;
    static const struct fig old[] = {
        { { KSA("dismissed"), REP("3"), "kent/a.csv" } },
        { { KSA("total"), REP("10"), "kent/a.csv" } },
        { { KSA("upheld"), "", "suppressed", "0", "4", "s40(2)", "kent/a.csv" } },
        { { KSA("withdrawn"), "", "suppressed", "0", "4", "s40(2)", "kent/a.csv" } },
    };
    static const struct fig now[] = {
        { { KSA("dismissed"), REP("4"), "kent/b.csv" } },                          /* moved, changed */
        { { KSA("total"), REP("10"), "kent/b.csv" } },                             /* moved, same */
        { { KSA("total"), REP("12"), "kent/c.csv" } },                             /* a second source */
        { { KSA("upheld"), "", "suppressed", "0", "4", "s40(2)", "kent/b.csv" } }, /* same */
        { { KSA("withdrawn"), "", "suppressed", "1", "4", "s40(2)", "kent/a.csv" } }, /* bounds */
    };
    put_records(f->old_dir, old, N(old));
    put_records(f->new_dir, now, N(now));
    expect_diff(f, 0,
                "Figures added (1):\n"
                "  + kent 2021-04-01..2022-03-31 sexual_assault allegations officers total: 12  [kent/c.csv]\n"
                "\n"
                "Figures changed (2):\n"
                "  ~ kent 2021-04-01..2022-03-31 sexual_assault allegations officers dismissed: 3 -> 4  [kent/a.csv -> kent/b.csv]\n"
                "  ~ kent 2021-04-01..2022-03-31 sexual_assault allegations officers withdrawn: suppressed (0-4, s40(2)) -> suppressed (1-4, s40(2))  [kent/a.csv]\n"
                "\n"
                "3 changes: 1 figure added, 2 changed\n", 3);
}

static void test_refusals(void **state)
{
    struct fx *f = *state;
    static const struct fig old[] = {
        { { KSA("total"), REP("5"), "kent/a.csv" } },
        { { "lancashire", P21, "vawg", "cases", "officers", "total", "", "refused", "", "", "s12", "lancashire/x.html" } },
    };
    static const struct fig now[] = {
        { { KSA("total"), "", "refused", "", "", "s12", "kent/b.csv" } },         /* was 5 */
        { { "kent", P21, "sexual_harassment", "allegations", "officers", "total", "", "not_held", "", "", "", "kent/b.csv" } },
        { { "lancashire", P21, "vawg", "cases", "officers", "total", "", "refused", "", "", "s12", "lancashire/x.html" } },
        { { "lancashire", P21, "vawg", "cases", "officers", "total", "", "refused", "", "", "s40(2)", "lancashire/y.html" } },
    };
    put_records(f->old_dir, old, N(old));
    put_records(f->new_dir, now, N(now));
    expect_diff(f, 0,
                "Figures added (1):\n"
                "  + lancashire 2021-04-01..2022-03-31 vawg cases officers total: refused (s40(2))  [lancashire/y.html]\n"
                "\n"
                "New refusals (2):\n"
                "  ! kent 2021-04-01..2022-03-31 sexual_assault allegations officers total: 5 -> refused (s12)  [kent/a.csv -> kent/b.csv]\n"
                "  ! kent 2021-04-01..2022-03-31 sexual_harassment allegations officers total: not held  [kent/b.csv]\n"
                "\n"
                "3 changes: 1 figure added; 2 new refusals\n", 3);
    expect_diff(f, 1,
                "change,force_id,period_start,period_end,category,measure,subject,outcome,"
                "old_value,old_status,new_value,new_status,old_source,new_source\n"
                "added,lancashire,2021-04-01,2022-03-31,vawg,cases,officers,total,,,,refused,,lancashire/y.html\n"
                "new_refusal,kent,2021-04-01,2022-03-31,sexual_assault,allegations,officers,total,5,reported,,refused,kent/a.csv,kent/b.csv\n"
                "new_refusal,kent,2021-04-01,2022-03-31,sexual_harassment,allegations,officers,total,,,,not_held,,kent/b.csv\n",
                3);
}

static void test_sources_and_forces(void **state)
{
    struct fx *f = *state;
    static const struct fig figs[] = { { { KSA("total"), REP("5"), "kent/a.csv" } } };
    static const struct srcrow old[] = {
        { "kent/a.csv", "aaa", "kent", "parsed", "1" },
        { "kent/gone.csv", "ggg", "kent", "parsed", "0" },
        { "merseyside/m.html", "mmm", "merseyside", "failed", "0" },
    };
    static const struct srcrow now[] = {
        { "kent/a.csv", "aaa2", "kent", "partial", "1" },              /* content and status */
        { "lancashire/l.html", "lll", "lancashire", "refused", "3" },  /* newly answered */
        { "merseyside/m.html", "mmm", "merseyside", "parsed", "4" },   /* answered now, same bytes */
        { "national/iopc.csv", "nnn", "multiple", "parsed", "40" },    /* not a force */
        { "west-midlands/w.txt", "www", "west-midlands", "failed", "0" }, /* not an answer */
        { "\"odd, name\".csv", "ooo", "", "skipped", "0" },
    };
    put_records(f->old_dir, figs, N(figs));
    put_records(f->new_dir, figs, N(figs));
    put_sources(f->old_dir, old, N(old));
    /* a file name that needs quoting */
    char path[160];
    snprintf(path, sizeof path, "%s/sources.csv", f->new_dir);
    put_sources(f->new_dir, now, N(now) - 1);
    FILE *fp = fopen(path, "ab");
    assert_non_null(fp);
    fputs("\"\"\"odd, name\"\".csv\",ooo,10,unknown,,,skipped,0\n", fp);
    assert_int_equal(fclose(fp), 0);
    expect_diff(f, 0,
                "Sources added (4):\n"
                "  + \"odd, name\".csv  (?, skipped, 0 records)\n"
                "  + lancashire/l.html  (lancashire, refused, 3 records)\n"
                "  + national/iopc.csv  (multiple, parsed, 40 records)\n"
                "  + west-midlands/w.txt  (west-midlands, failed, 0 records)\n"
                "\n"
                "Sources removed (1):\n"
                "  - kent/gone.csv  (kent, parsed)\n"
                "\n"
                "Sources changed (2):\n"
                "  ~ kent/a.csv  (content changed; parsed -> partial)\n"
                "  ~ merseyside/m.html  (failed -> parsed)\n"
                "\n"
                "Forces newly answered (2):\n"
                "  + lancashire  (lancashire/l.html)\n"
                "  + merseyside  (merseyside/m.html)\n"
                "\n"
                "9 changes: 4 sources added, 1 removed, 2 changed; 2 forces newly answered\n", 9);
    expect_diff(f, 1,
                "change,force_id,period_start,period_end,category,measure,subject,outcome,"
                "old_value,old_status,new_value,new_status,old_source,new_source\n"
                "source_added,,,,,,,,,,,skipped,,\"\"\"odd, name\"\".csv\"\n"
                "source_added,lancashire,,,,,,,,,,refused,,lancashire/l.html\n"
                "source_added,multiple,,,,,,,,,,parsed,,national/iopc.csv\n"
                "source_added,west-midlands,,,,,,,,,,failed,,west-midlands/w.txt\n"
                "source_removed,kent,,,,,,,,parsed,,,kent/gone.csv,\n"
                "source_changed,kent,,,,,,,,parsed,,partial,kent/a.csv,kent/a.csv\n"
                "source_changed,merseyside,,,,,,,,failed,,parsed,merseyside/m.html,merseyside/m.html\n"
                "force_answered,lancashire,,,,,,,,,,refused,,lancashire/l.html\n"
                "force_answered,merseyside,,,,,,,,,,parsed,,merseyside/m.html\n",
                9);
}

/* Reading: missing files, strict CSV errors, missing columns, ragged rows,
 * a BOM. */
static void test_bad_inputs(void **state)
{
    struct fx *f = *state;
    static const struct {
        const char *old_records;   /* NULL: no file */
        int want;
        const char *msg;
    } t[] = {
        { NULL, FOI_EIO, "cannot open" },
        { "force_id,period_start\nkent,2021-01-01\n", FOI_ECORRUPT, "no column 'period_end'" },
        { "", FOI_ECORRUPT, "no header row" },
        { "force_id,force_name,period_start,period_end,category,measure,subject,outcome,value,value_status,"
          "value_min,value_max,exemption,source_file\nkent,Kent,,,x,y,z,total,1,reported,1,1,,a.csv,extra\n",
          FOI_ECORRUPT, "row 2 has 15 fields; the header has 14" },
        { "force_id,force_name,period_start,period_end,category,measure,subject,outcome,value,value_status,"
          "value_min,value_max,exemption,source_file\nkent,\"Kent,,,x,y,z,total,1,reported,1,1,,a.csv\n",
          FOI_ECORRUPT, "row 2" },
        { "force_id,force_name,period_start,period_end,category,measure,subject,outcome,value,value_status,"
          "value_min,value_max,exemption,source_file\nkent,Ke\"nt,,,x,y,z,total,1,reported,1,1,,a.csv\n",
          FOI_ECORRUPT, "row 2" },
    };
    static const struct fig one[] = { { { KSA("total"), REP("5"), "kent/a.csv" } } };
    put_records(f->new_dir, one, N(one));
    for (size_t i = 0; i < N(t); i++) {
        char path[160];
        snprintf(path, sizeof path, "%s/records.csv", f->old_dir);
        unlink(path);
        if (t[i].old_records)
            put_text(f->old_dir, "records.csv", t[i].old_records);
        struct foi_buf out;
        foi_buf_init(&out, 0);
        struct foi_err err;
        foi_err_clear(&err);
        int n = 0;
        assert_int_equal(foi_diff_dirs(f->old_dir, f->new_dir, 0, &out, &n, &err), t[i].want);
        if (!strstr(err.message, t[i].msg))
            fail_msg("case %zu: message '%s' lacks '%s'", i, err.message, t[i].msg);
        assert_non_null(strstr(err.locator, "records.csv"));
        foi_buf_release(&out);
    }
    /* a BOM before the header and columns in another order still read */
    put_text(f->old_dir, "records.csv",
             "\xEF\xBB\xBFsource_file,value,force_id,period_start,period_end,category,measure,subject,outcome,"
             "value_status,value_min,value_max,exemption\r\n"
             "kent/a.csv,6,kent,2021-04-01,2022-03-31,sexual_assault,allegations,officers,total,reported,6,6,\r\n");
    expect_diff(f, 0,
                "Figures changed (1):\n"
                "  ~ kent 2021-04-01..2022-03-31 sexual_assault allegations officers total: 6 -> 5  [kent/a.csv]\n"
                "\n"
                "1 change: 1 figure changed\n", 1);
}

/* ---------------------------------------------------------------- summary */
static void add_rec(struct foi_dataset *ds, const struct fig *g)
{
    struct foi_record r;
    memset(&r, 0, sizeof r);
    const char *const *f = g->f;
    r.force_id = f[0];
    snprintf(r.period_start, sizeof r.period_start, "%s", f[1]);
    snprintf(r.period_end, sizeof r.period_end, "%s", f[2]);
    r.category = f[3];
    r.measure = f[4];
    r.subject = f[5];
    r.outcome = f[6];
    static const char *const st[] = { "", "reported", "suppressed", "refused", "not_held", "approximate" };
    for (int i = 1; i < 6; i++)
        if (!strcmp(f[8], st[i]))
            r.v.status = (enum foi_vstatus)i;
    if (f[7][0]) { r.v.has_value = 1; r.v.value = strtoll(f[7], NULL, 10); }
    if (f[9][0]) { r.v.has_min = 1; r.v.min = strtoll(f[9], NULL, 10); }
    if (f[10][0]) { r.v.has_max = 1; r.v.max = strtoll(f[10], NULL, 10); }
    snprintf(r.v.exemption, sizeof r.v.exemption, "%s", f[11]);
    r.source_file = f[12];
    assert_int_equal(foi_dataset_add_record(ds, &r), 0);
}

static void add_src(struct foi_dataset *ds, const struct srcrow *s)
{
    struct foi_source x;
    memset(&x, 0, sizeof x);
    x.source_file = s->file;
    x.source_sha256 = s->sha;
    x.force_id = s->force;
    x.status = s->status;
    x.records = strtol(s->records, NULL, 10);
    assert_int_equal(foi_dataset_add_source(ds, &x), 0);
}

static void test_summary(void **state)
{
    struct fx *f = *state;
    char buf[1024];
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    static const struct fig figs[] = {
        { { KSA("dismissed"), REP("4"), "kent/a.csv" } },
        { { KSA("total"), REP("10"), "kent/a.csv" } },
        { { KSA("upheld"), REP("1"), "kent/b.csv" } },
        { { KSA("withdrawn"), REP("0"), "kent/b.csv" } },
        { { "lancashire", P21, "vawg", "cases", "officers", "total", "", "refused", "", "", "s12", "lancashire/l.html" } },
        { { KSA("ongoing"), REP("2"), "-odd.csv" } },
    };
    static const struct srcrow srcs[] = {
        { "kent/a.csv", "a2", "kent", "parsed", "2" },
        { "kent/b.csv", "b1", "kent", "parsed", "2" },
        { "lancashire/l.html", "l1", "lancashire", "refused", "1" },
        { "-odd.csv", "o1", "kent", "parsed", "1" },
    };
    for (size_t i = 0; i < N(figs); i++)
        add_rec(&ds, &figs[i]);
    for (size_t i = 0; i < N(srcs); i++)
        add_src(&ds, &srcs[i]);

    /* no previous build: nothing to say */
    memset(buf, 'x', sizeof buf);
    assert_int_equal(foi_diff_summary(f->old_dir, &ds, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
    char missing[160];
    snprintf(missing, sizeof missing, "%s/nonexistent", f->root);
    assert_int_equal(foi_diff_summary(missing, &ds, buf, sizeof buf), 0);
    assert_string_equal(buf, "");

    /* the previous build as the CSV writer wrote it ("-odd.csv" neutralised) */
    static const struct fig old[] = {
        { { KSA("dismissed"), REP("3"), "kent/a.csv" } },
        { { KSA("total"), REP("10"), "kent/a.csv" } },
        { { KSA("criminal_conviction"), REP("1"), "kent/a.csv" } },
        { { KSA("ongoing"), REP("2"), "'-odd.csv" } },
    };
    static const struct srcrow old_srcs[] = {
        { "kent/a.csv", "a1", "kent", "parsed", "3" },
        { "'-odd.csv", "o1", "kent", "parsed", "1" },
        { "kent/z.csv", "z1", "kent", "parsed", "0" },
    };
    put_records(f->old_dir, old, N(old));
    put_sources(f->old_dir, old_srcs, N(old_srcs));
    assert_int_equal(foi_diff_summary(f->old_dir, &ds, buf, sizeof buf), 0);
    assert_string_equal(buf, "Since the previous build: 2 files added, 1 removed, 1 changed; "
                             "2 figures added, 1 removed, 1 changed "
                             "(kent 2021-04-01..2022-03-31 sexual_assault dismissed 3 -> 4); "
                             "1 new refusal; forces newly answered: lancashire.");
    /* cut to fit, never past the buffer */
    char small[40];
    memset(small, 'x', sizeof small);
    assert_int_equal(foi_diff_summary(f->old_dir, &ds, small, sizeof small), 0);
    assert_string_equal(small, "Since the previous build: 2 files ad...");

    /* the same data again: nothing changed */
    struct foi_dataset same;
    foi_dataset_init(&same);
    for (size_t i = 0; i < N(old); i++)
        add_rec(&same, &old[i]);
    static const struct srcrow same_srcs[] = {
        { "kent/a.csv", "a1", "kent", "parsed", "3" },
        { "-odd.csv", "o1", "kent", "parsed", "1" },
        { "kent/z.csv", "z1", "kent", "parsed", "0" },
    };
    for (size_t i = 0; i < N(same_srcs); i++)
        add_src(&same, &same_srcs[i]);
    /* the in-memory "'-odd.csv" of old[] is the literal text; use the real one */
    same.records[3].source_file = "-odd.csv";
    assert_int_equal(foi_diff_summary(f->old_dir, &same, buf, sizeof buf), 0);
    assert_string_equal(buf, "Since the previous build: nothing changed.");

    /* a damaged previous build is said, not hidden */
    put_text(f->old_dir, "records.csv", "force_id\n\"kent\n");
    assert_int_equal(foi_diff_summary(f->old_dir, &same, buf, sizeof buf), FOI_ECORRUPT);
    assert_non_null(strstr(buf, "The previous build could not be compared"));

    /* out of memory at every allocation: FOI_ENOMEM or done, never a crash */
    put_records(f->old_dir, old, N(old));
    int done = 0;
    for (long nth = 1; nth < 400 && !done; nth++) {
        foi_alloc_fail_after(nth);
        int rc = foi_diff_summary(f->old_dir, &ds, buf, sizeof buf);
        foi_alloc_fail_after(0);
        if (rc)
            assert_int_equal(rc, FOI_ENOMEM);
        else
            done = 1;
    }
    assert_true(done);
    foi_dataset_release(&same);
    foi_dataset_release(&ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_identical, setup, teardown),
        cmocka_unit_test_setup_teardown(test_added_removed_changed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_identity_and_sources, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sources_and_forces, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_inputs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_summary, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
