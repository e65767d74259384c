/* test_wfile.c: the checked writer (errors remembered, injected write
 * failures), CSV fields (quoting, formula neutralising, UTF-8 repair) and the
 * atomic export over a fake exporter table (export/wfile.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../export/export.h"

/* ------------------------------------------------------------ helpers */
static char tmpdir[256];

static int setup_dir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/foi-test-wfile-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

/* rm -r of a directory two levels deep at most (our own test folders). */
static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char p[1024];
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
            rm_tree(p);
        else
            unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

static int teardown_dir(void **state)
{
    (void)state;
    foi_wfile_fail_after(0);
    foi_alloc_fail_after(0);
    rm_tree(tmpdir);
    return 0;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    char *buf = malloc(1 << 16);
    size_t n = fread(buf, 1, (1 << 16) - 1, fp);
    fclose(fp);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

static void spit(const char *path, const char *s)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs(s, fp);
    fclose(fp);
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Names in dir starting with '.', other than . and .. */
static int hidden_files(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

/* ------------------------------------------------------- CSV fields */
static void test_csv_field(void **state)
{
    (void)state;
    static const struct { const char *in; int safe; const char *want; } t[] = {
        { "abc", 1, "abc" },
        { "", 1, "" },
        { "a,b", 1, "\"a,b\"" },
        { "say \"hi\"", 1, "\"say \"\"hi\"\"\"" },
        { "line\nbreak", 1, "\"line\nbreak\"" },
        { "cr\rhere", 0, "\"cr\rhere\"" },
        { " lead", 1, "\" lead\"" },
        { "trail ", 1, "\"trail \"" },
        { "in side", 1, "in side" },
        { "=SUM(A1:A9)", 1, "'=SUM(A1:A9)" },
        { "=SUM(A1:A9)", 0, "=SUM(A1:A9)" },
        { "+44 20 7946", 1, "'+44 20 7946" },
        { "@cmd", 1, "'@cmd" },
        { "-", 1, "'-" },
        { "-5 allegations", 1, "'-5 allegations" },
        { "\tx", 1, "\"'\tx\"" },
        { "\rx", 1, "\"'\rx\"" },
        { "=1,2", 1, "\"'=1,2\"" },
        { "-1", 1, "-1" },
        { "+2.5", 1, "+2.5" },
        { "-0.75", 1, "-0.75" },
        { "-1.", 1, "'-1." },
        { "2019-04-01", 1, "2019-04-01" },
        { "0.85", 1, "0.85" },
        { "caf\xc3\xa9", 1, "caf\xc3\xa9" },
        { "a\xff" "b", 1, "a\xef\xbf\xbd" "b" },
        { "\xe2\x82", 1, "\xef\xbf\xbd\xef\xbf\xbd" },
        { "\xed\xa0\x80", 1, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },  /* a surrogate */
        { "\xc0\xaf", 1, "\xef\xbf\xbd\xef\xbf\xbd" },                  /* overlong '/' */
        { "\"\xff\"", 1, "\"\"\"\xef\xbf\xbd\"\"\"" },
    };
    char path[512];
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        snprintf(path, sizeof path, "%s/field-%zu", tmpdir, i);
        struct foi_err err = { 0 };
        struct foi_wfile *f = foi_wfile_open(path, &err);
        assert_non_null(f);
        assert_int_equal(foi_csv_field(f, t[i].in, t[i].safe), 0);
        assert_int_equal(foi_wfile_close(f, &err), 0);
        char *got = slurp(path, NULL);
        assert_non_null(got);
        if (strcmp(got, t[i].want))
            fail_msg("case %zu: '%s' gave '%s', expected '%s'", i, t[i].in, got, t[i].want);
        free(got);
    }
}

static void test_utf8_clean(void **state)
{
    (void)state;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    const char *ok = "Avon & Somerset \xe2\x80\x93 caf\xc3\xa9";
    assert_ptr_equal(foi_utf8_clean(ok, &b), ok);
    assert_string_equal(foi_utf8_clean(NULL, &b), "");
    assert_string_equal(foi_utf8_clean("x\x80y\xf5z", &b), "x\xef\xbf\xbdy\xef\xbf\xbdz");
    assert_string_equal(foi_utf8_clean("\xf0\x9f\x98", &b), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
    foi_buf_release(&b);
}

/* ------------------------------------------------------------ wfile */
static void test_wfile_roundtrip(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/rt.txt", tmpdir);
    struct foi_err err = { 0 };
    struct foi_wfile *f = foi_wfile_open(path, &err);
    assert_non_null(f);
    assert_int_equal(foi_wfile_puts(f, "one,"), 0);
    assert_int_equal(foi_wfile_printf(f, "%d,%s", 2, "three"), 0);
    char big[2000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(foi_wfile_printf(f, "|%s|", big), 0);   /* longer than the stack buffer */
    assert_int_equal(foi_wfile_close(f, &err), 0);
    size_t n = 0;
    char *got = slurp(path, &n);
    assert_int_equal(n, 4 + 7 + 2 + sizeof big - 1);
    assert_memory_equal(got, "one,2,three|x", 13);
    assert_int_equal(got[n - 1], '|');
    free(got);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    mode_t mask = umask(0);
    umask(mask);
    assert_int_equal(st.st_mode & 0777, 0644 & ~mask);

    /* the file must not exist yet (O_EXCL): a second open fails with the path */
    struct foi_err err2 = { 0 };
    assert_null(foi_wfile_open(path, &err2));
    assert_int_equal(err2.code, FOI_EIO);
    assert_string_equal(err2.locator, path);
    assert_non_null(strstr(err2.message, "exists"));
}

static void test_wfile_fail_after(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/fail.txt", tmpdir);
    struct foi_err err = { 0 };
    struct foi_wfile *f = foi_wfile_open(path, &err);
    assert_non_null(f);
    foi_wfile_fail_after(3);
    assert_int_equal(foi_wfile_puts(f, "a"), 0);
    assert_int_equal(foi_wfile_puts(f, "b"), 0);
    assert_int_equal(foi_wfile_puts(f, "c"), FOI_EIO);
    foi_wfile_fail_after(0);
    assert_int_equal(foi_wfile_puts(f, "d"), FOI_EIO);   /* the error is remembered */
    assert_int_equal(foi_wfile_close(f, &err), FOI_EIO);
    assert_int_equal(err.code, FOI_EIO);
    assert_string_equal(err.locator, path);
    assert_non_null(strstr(err.message, strerror(ENOSPC)));

    /* abort removes the file */
    unlink(path);
    f = foi_wfile_open(path, &err);
    assert_non_null(f);
    assert_int_equal(foi_wfile_puts(f, "partial"), 0);
    foi_wfile_abort(f);
    assert_false(exists(path));
}

/* Writes past the page cache: whole blocks of an aligned buffer go direct
 * where the file system takes them, the rest (a tail off the block
 * boundary, an unaligned buffer) through the cache; a file system that
 * refuses direct I/O gets everything through the cache.
 * Whatever the path, the file holds exactly the bytes written. */
/* The whole file, however long (slurp keeps 64 KB). */
static char *slurp_all(const char *path, size_t *len)
{
    struct stat st;
    FILE *fp = fopen(path, "rb");
    if (!fp || fstat(fileno(fp), &st) != 0) {
        if (fp)
            fclose(fp);
        return NULL;
    }
    char *buf = malloc((size_t)st.st_size + 1);
    size_t n = buf ? fread(buf, 1, (size_t)st.st_size, fp) : 0;
    fclose(fp);
    *len = n;
    return buf;
}

static void put_direct_case(const char *dir, int expect_direct)
{
    char path[512];
    snprintf(path, sizeof path, "%s/foi-test-direct-%ld.bin", dir, (long)getpid());
    unlink(path);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) {
        assert_int_equal(expect_direct, -2);   /* no such folder: only where the caller allows it */
        return;
    }
    enum { BLK = 1 << 20, TAIL = 777 };
    char *buf = foi_malloc_aligned(FOI_DIRECT_ALIGN, 2 * BLK + TAIL + 1);
    assert_non_null(buf);
    for (size_t i = 0; i < 2 * BLK + TAIL + 1; i++)
        buf[i] = (char)('a' + i % 23);
    int direct = 0;
    /* a first write shorter than `from` opens nothing */
    assert_int_equal(foi_put_direct(fd, &direct, buf, BLK, 2 * BLK), 0);
    assert_int_equal(direct, 0);
    /* from an aligned buffer at an aligned offset: direct where allowed */
    assert_int_equal(foi_put_direct(fd, &direct, buf + BLK, BLK, BLK), 0);
    if (expect_direct == 1)
        assert_int_equal(direct, 1);
    else if (expect_direct == -1)
        assert_int_equal(direct, -1);
    /* the last piece: its aligned part direct, its tail through the cache */
    assert_int_equal(foi_put_direct(fd, &direct, buf + 2 * BLK, TAIL, BLK), 0);
    assert_true(direct == -1 || direct == 0);
    assert_int_equal(fsync(fd), 0);
    assert_int_equal(close(fd), 0);
    size_t n;
    char *got = slurp_all(path, &n);
    assert_int_equal(n, 2 * BLK + TAIL);
    assert_memory_equal(got, buf, n);
    free(got);
    /* an unaligned buffer is never written direct */
    unlink(path);
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    assert_true(fd >= 0);
    direct = 0;
    assert_int_equal(foi_put_direct(fd, &direct, buf + 1, BLK, BLK), 0);
    assert_int_equal(direct, -1);
    assert_int_equal(close(fd), 0);
    got = slurp_all(path, &n);
    assert_int_equal(n, BLK);
    assert_memory_equal(got, buf + 1, n);
    free(got);
    unlink(path);
    foi_free(buf);
}

static void test_put_direct(void **state)
{
    (void)state;
    int allowed = foi_direct_allowed();
    /* the test folder (a disk file system here: direct unless turned off;
     * elsewhere it may refuse, either is right) */
    put_direct_case(tmpdir, allowed ? 2 : -1);
    /* tmpfs (refusing O_DIRECT before Linux 6.6, taking it since) */
    struct stat st;
    if (stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode))
        put_direct_case("/dev/shm", 2);
}

/* A long file through foi_wfile whose end is off the block boundary, on
 * disk and on tmpfs: whole, in order. */
static void test_wfile_direct_tail(void **state)
{
    (void)state;
    const char *dirs[2] = { tmpdir, "/dev/shm" };
    for (int d = 0; d < 2; d++) {
        struct stat st;
        if (stat(dirs[d], &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/foi-test-wtail-%ld.bin", dirs[d], (long)getpid());
        unlink(path);
        struct foi_err err = { 0 };
        struct foi_wfile *f = foi_wfile_open(path, &err);
        assert_non_null(f);
        enum { TOTAL = (3 << 20) + 4095 };
        char *want = malloc(TOTAL);
        assert_non_null(want);
        for (size_t i = 0; i < TOTAL; i++)
            want[i] = (char)(i * 7 + i / 4096);
        size_t off = 0, step = 5;
        while (off < TOTAL) {
            size_t n = step < TOTAL - off ? step : TOTAL - off;
            assert_int_equal(foi_wfile_write(f, want + off, n), 0);
            off += n;
            step = step * 2 + 3;
        }
        assert_int_equal(foi_wfile_close(f, &err), 0);
        size_t n;
        char *got = slurp_all(path, &n);
        assert_int_equal(n, TOTAL);
        assert_memory_equal(got, want, TOTAL);
        free(got);
        free(want);
        unlink(path);
    }
}

/* Many megabytes in writes of every size: the bytes arrive whole and in
 * order through the writer thread's buffers (several in flight), also with
 * two files open at once, and when no further buffer can be allocated. */
static void test_wfile_large_in_order(void **state)
{
    (void)state;
    char pa[512], pb[512];
    snprintf(pa, sizeof pa, "%s/big-a.bin", tmpdir);
    snprintf(pb, sizeof pb, "%s/big-b.bin", tmpdir);
    struct foi_err err = { 0 };
    struct foi_wfile *a = foi_wfile_open(pa, &err), *b = foi_wfile_open(pb, &err);
    assert_non_null(a);
    assert_non_null(b);
    enum { TOTAL = 5 << 20 };
    unsigned char *want = malloc(TOTAL);
    assert_non_null(want);
    uint32_t x = 12345;
    for (size_t i = 0; i < TOTAL; i++) {
        x = x * 1103515245u + 12345u;
        want[i] = (unsigned char)(x >> 16);
    }
    size_t off = 0, step = 1;
    while (off < TOTAL) {
        size_t n = step < TOTAL - off ? step : TOTAL - off;
        assert_int_equal(foi_wfile_write(a, want + off, n), 0);
        assert_int_equal(foi_wfile_write(b, want + (TOTAL - off - n), n), 0);
        off += n;
        step = step * 3 + 1;
        if (step > (3u << 20))
            step = 7;
    }
    assert_int_equal(foi_wfile_close(a, &err), 0);
    assert_int_equal(foi_wfile_close(b, &err), 0);
    FILE *fa = fopen(pa, "rb"), *fb = fopen(pb, "rb");
    assert_non_null(fa);
    assert_non_null(fb);
    unsigned char *got = malloc(TOTAL + 1);
    assert_non_null(got);
    assert_int_equal(fread(got, 1, TOTAL + 1, fa), TOTAL);
    assert_memory_equal(got, want, TOTAL);
    /* b was written back to front in the same chunks */
    assert_int_equal(fread(got, 1, TOTAL + 1, fb), TOTAL);
    off = 0;
    step = 1;
    while (off < TOTAL) {
        size_t n = step < TOTAL - off ? step : TOTAL - off;
        assert_memory_equal(got + off, want + (TOTAL - off - n), n);
        off += n;
        step = step * 3 + 1;
        if (step > (3u << 20))
            step = 7;
    }
    fclose(fa);
    fclose(fb);

    /* no further buffer can be had: the writes wait for the one in flight
     * to come back instead, and every byte still arrives */
    unlink(pa);
    a = foi_wfile_open(pa, &err);
    assert_non_null(a);
    foi_alloc_fail_after(1);
    int rc = foi_wfile_write(a, want, 3u << 20);
    foi_alloc_fail_after(0);
    assert_int_equal(rc, 0);
    assert_int_equal(foi_wfile_close(a, &err), 0);
    fa = fopen(pa, "rb");
    assert_non_null(fa);
    assert_int_equal(fread(got, 1, TOTAL + 1, fa), 3u << 20);
    assert_memory_equal(got, want, 3u << 20);
    fclose(fa);
    free(want);
    free(got);
}

/* ---------------------------------------------------- atomic export */
static int fake_fail_at = -1;   /* index of the exporter that fails, -1 none */
static const char *fake_text = "v1";

static int fake_write(const struct foi_export_ctx *x, const char *path, struct foi_err *err, int me)
{
    (void)x;
    struct foi_wfile *f = foi_wfile_open(path, err);
    if (!f)
        return err->code;
    int rc = foi_wfile_printf(f, "%s file %d\n", fake_text, me);
    if (!rc && me == fake_fail_at) {
        foi_wfile_close(f, err);
        return foi_errf(err, FOI_EPARSE, "fake", "exporter %d failed", me);
    }
    int crc = foi_wfile_close(f, err);
    return rc ? rc : crc;
}
static int fake0(const struct foi_export_ctx *x, const char *p, struct foi_err *e) { return fake_write(x, p, e, 0); }
static int fake1(const struct foi_export_ctx *x, const char *p, struct foi_err *e) { return fake_write(x, p, e, 1); }
static int fake2(const struct foi_export_ctx *x, const char *p, struct foi_err *e) { return fake_write(x, p, e, 2); }

static const struct foi_exporter fake_tab[] = {
    { "a.csv", fake0, 0 }, { "b.json", fake1, 0 }, { "c.txt", fake2, 0 },
};

static void check_files(const char *dir, const char *text)
{
    static const char *const names[] = { "a.csv", "b.json", "c.txt" };
    for (int i = 0; i < 3; i++) {
        char path[512], want[64];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        snprintf(want, sizeof want, "%s file %d\n", text, i);
        char *got = slurp(path, NULL);
        assert_non_null(got);
        assert_string_equal(got, want);
        free(got);
    }
}

static void test_export_all(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    struct foi_export_ctx x = { &ds, NULL, 1, NULL };
    char out[512], stale[600], other[600];
    snprintf(out, sizeof out, "%s/deep/er/out", tmpdir);   /* created with its parents */

    struct foi_err err = { 0 };
    fake_fail_at = -1;
    fake_text = "v1";
    assert_int_equal(foi_export_all_with(fake_tab, 3, &x, out, &err), 0);
    check_files(out, "v1");
    assert_int_equal(hidden_files(out), 0);

    /* an interrupted earlier run left temporaries; a user's dot file stays */
    snprintf(stale, sizeof stale, "%s/.a.csv.tmp-99999", out);
    snprintf(other, sizeof other, "%s/.keep", out);
    spit(stale, "stale");
    spit(other, "mine");

    /* exporter 1 fails: every final file keeps its old bytes, no temporaries */
    fake_fail_at = 1;
    fake_text = "v2";
    foi_err_clear(&err);
    assert_int_equal(foi_export_all_with(fake_tab, 3, &x, out, &err), FOI_EPARSE);
    assert_string_equal(err.message, "exporter 1 failed");
    check_files(out, "v1");
    assert_false(exists(stale));
    assert_true(exists(other));
    assert_int_equal(hidden_files(out), 1);

    /* the last exporter's write fails on a "full disk" */
    fake_fail_at = -1;
    foi_wfile_fail_after(3);
    foi_err_clear(&err);
    assert_int_equal(foi_export_all_with(fake_tab, 3, &x, out, &err), FOI_EIO);
    foi_wfile_fail_after(0);
    assert_non_null(strstr(err.message, strerror(ENOSPC)));
    assert_non_null(strstr(err.locator, ".c.txt.tmp-"));
    check_files(out, "v1");
    assert_int_equal(hidden_files(out), 1);

    /* then all succeed: every file replaced */
    foi_err_clear(&err);
    assert_int_equal(foi_export_all_with(fake_tab, 3, &x, out, &err), 0);
    check_files(out, "v2");
    assert_int_equal(hidden_files(out), 1);

    /* names that would leave OUT_DIR are refused before anything is written */
    static const struct foi_exporter bad[] = { { "../escape.csv", fake0, 0 } };
    foi_err_clear(&err);
    assert_int_equal(foi_export_all_with(bad, 1, &x, out, &err), FOI_EUSAGE);
    char esc[600];
    snprintf(esc, sizeof esc, "%s/deep/er/escape.csv", tmpdir);
    assert_false(exists(esc));

    /* OUT_DIR that is a file */
    char file[600];
    snprintf(file, sizeof file, "%s/a.csv", out);
    foi_err_clear(&err);
    assert_int_equal(foi_export_all_with(fake_tab, 3, &x, file, &err), FOI_EIO);
    assert_non_null(strstr(err.message, "not a directory"));
    foi_dataset_release(&ds);
}

/* Side by side (x.jobs > 1, each exporter in a forked child): the same files;
 * a failing child's own error message comes back, every final file keeps
 * its old bytes and no temporary is left; a crashing child is named. */
static int fake_crash(const struct foi_export_ctx *x, const char *p, struct foi_err *e)
{
    (void)x; (void)p; (void)e;
    abort();
}

static void test_export_parallel(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    char out[512];
    snprintf(out, sizeof out, "%s/parallel", tmpdir);
    struct foi_err err = { 0 };
    for (int jobs = 2; jobs <= 4; jobs += 2) {
        struct foi_export_ctx x = { &ds, NULL, jobs, NULL };
        fake_fail_at = -1;
        fake_text = "v1";
        assert_int_equal(foi_export_all_with(fake_tab, 3, &x, out, &err), 0);
        check_files(out, "v1");
        assert_int_equal(hidden_files(out), 0);
        for (int bad = 0; bad < 3; bad++) {
            fake_fail_at = bad;
            fake_text = "v2";
            foi_err_clear(&err);
            assert_int_equal(foi_export_all_with(fake_tab, 3, &x, out, &err), FOI_EPARSE);
            char want[64];
            snprintf(want, sizeof want, "exporter %d failed", bad);
            assert_string_equal(err.message, want);
            assert_string_equal(err.locator, "fake");
            check_files(out, "v1");
            assert_int_equal(hidden_files(out), 0);
        }
        static const struct foi_exporter crash[] = {
            { "a.csv", fake0, 0 }, { "b.json", fake_crash, 5 }, { "c.txt", fake2, 0 },
        };
        fake_fail_at = -1;
        foi_err_clear(&err);
        assert_int_equal(foi_export_all_with(crash, 3, &x, out, &err), FOI_EIO);
        assert_non_null(strstr(err.message, "writing b.json crashed"));
        check_files(out, "v1");
        assert_int_equal(hidden_files(out), 0);
    }
    foi_dataset_release(&ds);
}

/* Every allocation failing in turn: a clean error, old files untouched. */
static void test_export_all_alloc_failures(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    struct foi_export_ctx x = { &ds, NULL, 1, NULL };
    char out[512];
    snprintf(out, sizeof out, "%s/alloc", tmpdir);
    struct foi_err err = { 0 };
    fake_fail_at = -1;
    fake_text = "v1";
    assert_int_equal(foi_export_all_with(fake_tab, 3, &x, out, &err), 0);
    fake_text = "v2";
    int failures = 0;
    for (long n = 1; n < 1000; n++) {
        foi_err_clear(&err);
        foi_alloc_fail_after(n);
        int rc = foi_export_all_with(fake_tab, 3, &x, out, &err);
        foi_alloc_fail_after(0);
        if (rc == 0)
            break;
        failures++;
        assert_true(rc == FOI_ENOMEM || rc == FOI_EIO);
        assert_int_not_equal(err.code, 0);
        check_files(out, "v1");
        assert_int_equal(hidden_files(out), 0);
    }
    assert_true(failures > 3);
    check_files(out, "v2");
    foi_dataset_release(&ds);
}

static void test_export_table(void **state)
{
    (void)state;
    static const char *const want[] = {
        "records.csv", "records.ndjson", "foi.sqlite", "comparable.csv", "sources.csv",
        "issues.csv", "datapackage.json", "report.html",
    };
    assert_int_equal(foi_nexporters, 8);
    for (int i = 0; i < foi_nexporters; i++) {
        assert_string_equal(foi_exporters[i].file, want[i]);
        assert_non_null(foi_exporters[i].write);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv_field),
        cmocka_unit_test(test_utf8_clean),
        cmocka_unit_test(test_wfile_roundtrip),
        cmocka_unit_test(test_wfile_fail_after),
        cmocka_unit_test(test_wfile_large_in_order),
        cmocka_unit_test(test_put_direct),
        cmocka_unit_test(test_wfile_direct_tail),
        cmocka_unit_test(test_export_all),
        cmocka_unit_test(test_export_parallel),
        cmocka_unit_test(test_export_all_alloc_failures),
        cmocka_unit_test(test_export_table),
    };
    return cmocka_run_group_tests(tests, setup_dir, teardown_dir);
}
