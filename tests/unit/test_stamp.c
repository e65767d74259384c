/* test_stamp.c: OUT_DIR/.foi-stamp (app/stamp.c): the fingerprint moves
 * with every input that can change an output byte and only with those; a
 * stamp is current only while every output keeps the stat it was saved with;
 * a missing, foreign or damaged stamp is never current. */
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

#include "../../core/record.h"
#include "../../export/export.h"
#include "../../app/stamp.h"

static char dir[64];
static char wf[128];

static void spit(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    assert_int_equal(fclose(fp), 0);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/foi-test-stamp-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(wf, sizeof wf, "%s/workforce.csv", dir);
    spit(wf, "force,date,officers\nkent,2019-03-31,3500\n");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void add_src(struct foi_dataset *ds, const char *file, const char *sha, const char *status)
{
    struct foi_source s;
    memset(&s, 0, sizeof s);
    s.source_file = file;
    s.source_sha256 = sha;
    s.bytes = 10;
    s.format = "csv";
    s.parser = "force_kent";
    s.force_id = "kent";
    s.status = status;
    s.records = 3;
    assert_int_equal(foi_dataset_add_source(ds, &s), 0);
}

static void fingerprint(struct foi_dataset *ds, const char *key, const char *prefix, char out[65])
{
    struct foi_stamp_in in = { key, prefix, wf };
    assert_int_equal(foi_stamp_fingerprint(ds, &in, out), 0);
    assert_int_equal(strlen(out), 64);
}

static void test_fingerprint(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    add_src(&ds, "kent/a.csv", "aa", "parsed");
    add_src(&ds, "kent/b.csv", "bb", "parsed");
    char base[65], again[65], other[65];
    fingerprint(&ds, "key1", NULL, base);
    fingerprint(&ds, "key1", NULL, again);
    assert_string_equal(base, again);
    /* each input that can change an output moves it */
    fingerprint(&ds, "key2", NULL, other);
    assert_string_not_equal(base, other);
    fingerprint(&ds, "key1", "../responses/", other);
    assert_string_not_equal(base, other);
    spit(wf, "force,date,officers\nkent,2019-03-31,3501\n");
    fingerprint(&ds, "key1", NULL, other);
    assert_string_not_equal(base, other);
    spit(wf, "force,date,officers\nkent,2019-03-31,3500\n");
    fingerprint(&ds, "key1", NULL, again);
    assert_string_equal(base, again);
    ds.sources[1].source_sha256 = "bc";           /* one file's bytes */
    fingerprint(&ds, "key1", NULL, other);
    assert_string_not_equal(base, other);
    ds.sources[1].source_sha256 = "bb";
    ds.sources[1].status = "failed";               /* a parse that timed out */
    fingerprint(&ds, "key1", NULL, other);
    assert_string_not_equal(base, other);
    ds.sources[1].status = "parsed";
    const char *expect[] = { "kent" };
    ds.expect = expect;
    ds.nexpect = 1;
    fingerprint(&ds, "key1", NULL, other);
    assert_string_not_equal(base, other);
    ds.expect = NULL;
    ds.nexpect = 0;
    /* field boundaries count: "ab"+"c" is not "a"+"bc" */
    ds.sources[0].source_sha256 = "aab";
    ds.sources[1].source_sha256 = "b";
    fingerprint(&ds, "key1", NULL, other);
    assert_string_not_equal(base, other);
    foi_dataset_release(&ds);
}

static void write_outputs(const char *text)
{
    for (int i = 0; i < foi_nexporters; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dir, foi_exporters[i].file);
        spit(path, text);
    }
}

static void test_current(void **state)
{
    (void)state;
    const char *fp = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    char path[256];
    snprintf(path, sizeof path, "%s/.foi-stamp", dir);
    assert_false(foi_stamp_current(dir, fp, NULL));     /* no stamp yet */
    write_outputs("v1\n");
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_stamp_save(dir, fp, NULL, &err), 0);
    assert_true(foi_stamp_current(dir, fp, NULL));
    assert_false(foi_stamp_current(dir, "ffff", NULL));  /* another build's inputs */
    /* an output rewritten (new inode, times) is no longer the stamped one */
    char out[256];
    snprintf(out, sizeof out, "%s/%s", dir, foi_exporters[0].file);
    char tmp[300];
    snprintf(tmp, sizeof tmp, "%s.new", out);
    spit(tmp, "v1\n");
    assert_int_equal(rename(tmp, out), 0);
    assert_false(foi_stamp_current(dir, fp, NULL));
    assert_int_equal(foi_stamp_save(dir, fp, NULL, &err), 0);
    assert_true(foi_stamp_current(dir, fp, NULL));
    /* removed */
    snprintf(out, sizeof out, "%s/%s", dir, foi_exporters[foi_nexporters - 1].file);
    assert_int_equal(unlink(out), 0);
    assert_false(foi_stamp_current(dir, fp, NULL));
    /* and a stamp cannot be saved for outputs that are not there */
    assert_int_not_equal(foi_stamp_save(dir, fp, NULL, &err), 0);
    assert_false(foi_stamp_current(dir, fp, NULL));
    spit(out, "v1\n");
    assert_int_equal(foi_stamp_save(dir, fp, NULL, &err), 0);
    assert_true(foi_stamp_current(dir, fp, NULL));
    /* damaged stamps: truncated, an extra line, garbage, empty */
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char whole[8192];
    size_t n = fread(whole, 1, sizeof whole - 1, f);
    fclose(f);
    whole[n] = 0;
    char bad[8300];
    snprintf(bad, sizeof bad, "%.*s", (int)(n / 2), whole);
    spit(path, bad);
    assert_false(foi_stamp_current(dir, fp, NULL));
    snprintf(bad, sizeof bad, "%sextra 1 2 3 4 5 6\n", whole);
    spit(path, bad);
    assert_false(foi_stamp_current(dir, fp, NULL));
    spit(path, "\x7f" "ELF garbage\n");
    assert_false(foi_stamp_current(dir, fp, NULL));
    spit(path, "");
    assert_false(foi_stamp_current(dir, fp, NULL));
    spit(path, whole);
    assert_true(foi_stamp_current(dir, fp, NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_fingerprint, setup, teardown),
        cmocka_unit_test_setup_teardown(test_current, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
