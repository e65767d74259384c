/* test_cache.c: the rebuild cache (app/cache.c): round trip, key mismatch,
 * corruption and truncation of the index and of the results, dropping deleted
 * entries, stat vs sha hits, the racy-mtime rule, appending in place and
 * compacting, and out-of-memory at every allocation. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../app/cache.h"
#include "../../app/serial.h"

struct fx {
    char dir[64];      /* the out folder */
    char cpath[96];    /* its .foi-cache (the results) */
    char ipath[112];   /* its .foi-cache.idx (the index) */
};

static int setup(void **state)
{
    struct fx *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/foi-test-cache-XXXXXX");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->cpath, sizeof f->cpath, "%s/.foi-cache", f->dir);
    snprintf(f->ipath, sizeof f->ipath, "%s/.foi-cache.idx", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fx *f = *state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", f->dir);
    free(f);
    return 0;
}

/* A real serial.h blob for one source file with one record. */
static char *make_blob(const char *rel, const char *content, char sha[65], size_t *len)
{
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    foi_sha256_hex(content, strlen(content), sha);
    struct foi_source s;
    memset(&s, 0, sizeof s);
    s.source_file = rel;
    s.source_sha256 = sha;
    s.bytes = strlen(content);
    s.format = "csv";
    s.parser = "generic_table";
    s.force_id = "kent";
    s.status = "parsed";
    s.records = 1;
    assert_int_equal(foi_dataset_add_source(&ds, &s), 0);
    struct foi_record r;
    memset(&r, 0, sizeof r);
    r.force_id = "kent";
    strcpy(r.period_start, "2021-04-01");
    strcpy(r.period_end, "2022-03-31");
    r.category = "sexual_assault";
    r.outcome = "total";
    r.source_file = rel;
    r.source_sha256 = sha;
    r.parser = "generic_table";   /* a record's file, sha and parser are its source's */
    r.raw_text = content;
    r.v.status = FOI_VS_REPORTED;
    r.v.value = (int64_t)strlen(content);
    r.v.has_value = 1;
    assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_serial_write(&ds, &b), 0);
    foi_dataset_release(&ds);
    *len = b.len;
    return foi_buf_detach(&b);
}

static struct stat fake_stat(long size, long mtime, long nsec, long ino)
{
    struct stat st;
    memset(&st, 0, sizeof st);
    st.st_size = size;
    st.st_mtim.tv_sec = mtime;
    st.st_mtim.tv_nsec = nsec;
    st.st_ino = (ino_t)ino;
    return st;
}

/* Put n entries "f<i>.csv" (content "content <i>") with old mtimes and save. */
static void save_entries(const char *dir, const char *key, int n)
{
    struct foi_cache *c = NULL;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_cache_new(&c, dir, key, &err), 0);
    for (int i = 0; i < n; i++) {
        char rel[32], content[64], sha[65];
        snprintf(rel, sizeof rel, "f%d.csv", i);
        snprintf(content, sizeof content, "content %d", i);
        size_t len;
        char *blob = make_blob(rel, content, sha, &len);
        struct stat st = fake_stat((long)strlen(content), 1000000 + i, i, 100 + i);
        /* every other one passes the sha, the rest let put read it from the blob */
        assert_int_equal(foi_cache_put(c, rel, &st, i % 2 ? sha : NULL, blob, len), 0);
        foi_free(blob);
    }
    assert_int_equal(foi_cache_count(c), (size_t)n);
    assert_int_equal(foi_cache_save(c, dir, &err), 0);
    foi_cache_free(c);
}

static struct foi_cache *open_ok(const char *dir, const char *key, const char **note)
{
    struct foi_cache *c = NULL;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_cache_open(&c, dir, key, note, &err), 0);
    assert_non_null(c);
    return c;
}

static void test_round_trip(void **state)
{
    struct fx *f = *state;
    const char *note = NULL;
    struct foi_cache *c = open_ok(f->dir, "k1", &note);
    assert_int_equal(foi_cache_count(c), 0);
    assert_string_equal(note, "no rebuild cache yet; every file is parsed");
    foi_cache_free(c);

    save_entries(f->dir, "k1", 3);
    c = open_ok(f->dir, "k1", &note);
    assert_string_equal(note, "");
    assert_int_equal(foi_cache_count(c), 3);
    for (int i = 0; i < 3; i++) {
        char rel[32], content[64], sha[65];
        snprintf(rel, sizeof rel, "f%d.csv", i);
        snprintf(content, sizeof content, "content %d", i);
        size_t want_len, len = 0;
        char *want = make_blob(rel, content, sha, &want_len);
        assert_true(foi_cache_has(c, rel));
        const char *got = foi_cache_get_sha(c, rel, sha, &len);
        assert_non_null(got);
        assert_int_equal(len, want_len);
        assert_memory_equal(got, want, len);
        /* and the blob reads back into the same dataset */
        struct foi_dataset ds;
        foi_dataset_init(&ds);
        struct foi_err err;
        foi_err_clear(&err);
        assert_int_equal(foi_serial_read(&ds, got, len, &err), 0);
        assert_int_equal(ds.nsources, 1);
        assert_string_equal(ds.sources[0].source_file, rel);
        assert_string_equal(ds.sources[0].source_sha256, sha);
        assert_int_equal(ds.nrecords, 1);
        foi_dataset_release(&ds);
        foi_free(want);
    }
    assert_false(foi_cache_has(c, "f3.csv"));
    assert_null(foi_cache_get_sha(c, "f3.csv", "00", NULL));
    foi_cache_free(c);
}

static void test_key_mismatch(void **state)
{
    struct fx *f = *state;
    save_entries(f->dir, "parsers=a;taxonomy=1", 2);
    static const char *const other[] = { "parsers=a;taxonomy=2", "parsers=a;taxonomy=", "",
                                         "parsers=a;taxonomy=1 " };
    for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
        const char *note = NULL;
        struct foi_cache *c = open_ok(f->dir, other[i], &note);
        assert_int_equal(foi_cache_count(c), 0);
        assert_non_null(strstr(note, "another foi version"));
        foi_cache_free(c);
    }
    struct foi_cache *c = open_ok(f->dir, "parsers=a;taxonomy=1", NULL);
    assert_int_equal(foi_cache_count(c), 2);
    foi_cache_free(c);
}

static char *read_file(const char *path, size_t *n)
{
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    fseek(fp, 0, SEEK_END);
    long sz = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = malloc((size_t)sz + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)sz, fp), (size_t)sz);
    fclose(fp);
    *n = (size_t)sz;
    return buf;
}

static void write_file(const char *path, const char *data, size_t n)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, n, fp), n);
    assert_int_equal(fclose(fp), 0);
}

static void expect_empty(const char *dir, const char *why)
{
    const char *note = NULL;
    struct foi_cache *c = open_ok(dir, "k", &note);
    assert_int_equal(foi_cache_count(c), 0);
    assert_false(foi_cache_has(c, "f0.csv"));
    assert_non_null(note);
    /* why: one or more '|'-separated phrases, any of which will do */
    char alts[128];
    snprintf(alts, sizeof alts, "%s", why);
    int found = 0;
    for (char *save = NULL, *w = strtok_r(alts, "|", &save); w && !found; w = strtok_r(NULL, "|", &save))
        found = strstr(note, w) != NULL;
    if (!found)
        fail_msg("note '%s' does not say '%s'", note, why);
    foi_cache_free(c);
}

/* Recompute the index's trailing checksum, as a forger would. */
static void reseal(char *data, size_t n)
{
    char hexd[65];
    foi_sha256_hex(data, n - 32, hexd);
    for (int i = 0; i < 32; i++) {
        unsigned v;
        sscanf(hexd + 2 * i, "%2x", &v);
        data[n - 32 + i] = (char)v;
    }
}

static void test_corruption(void **state)
{
    struct fx *f = *state;
    save_entries(f->dir, "k", 4);
    size_t n, dn;
    char *good = read_file(f->ipath, &n);
    char *data = read_file(f->cpath, &dn);
    /* the index truncated at every length, including 0 and all but the last byte */
    for (size_t cut = 0; cut < n; cut += (cut < 80 || cut > n - 80) ? 1 : 17) {
        write_file(f->ipath, good, cut);
        expect_empty(f->dir, cut < 8 ? "not a foi cache" : "ignored");
    }
    /* one flipped bit anywhere in it: magic, version, key, entries, checksum */
    for (size_t at = 0; at < n; at += (at < 80 || at > n - 80) ? 1 : 13) {
        char *bad = malloc(n);
        assert_non_null(bad);
        memcpy(bad, good, n);
        bad[at] ^= 0x10;
        write_file(f->ipath, bad, n);
        expect_empty(f->dir, at < 8 ? "not a foi cache" : at < 12 ? "format version" : "checksum");
        free(bad);
    }
    /* garbage, a trailing extra byte, and a folder where the index should be */
    write_file(f->ipath, "this is not a cache at all, just some text\n", 43);
    expect_empty(f->dir, "not a foi cache");
    char *longer = malloc(n + 1);
    assert_non_null(longer);
    memcpy(longer, good, n);
    longer[n] = 'x';
    write_file(f->ipath, longer, n + 1);
    expect_empty(f->dir, "ignored");
    free(longer);
    unlink(f->ipath);
    assert_int_equal(mkdir(f->ipath, 0755), 0);
    expect_empty(f->dir, "not a regular file");
    rmdir(f->ipath);
    write_file(f->ipath, good, n);
    /* the results file: shorter than the index says (and a new inode,
     * unless the system hands the old number out again), or missing */
    write_file(f->cpath, data, dn - 1);
    expect_empty(f->dir, "missing or was replaced");
    unlink(f->cpath);
    expect_empty(f->dir, "missing or was replaced");
    /* the file damaged in place (the same inode, so it is read and its
     * checksums fail): its header, then one result. (A damaged copy
     * written as a new file is "replaced" or "damaged" depending on
     * whether its inode number is reused: not tested, it is both.) */
    save_entries(f->dir, "k", 4);
    free(data);
    free(good);
    data = read_file(f->cpath, &dn);
    int fd = open(f->cpath, O_WRONLY);
    assert_true(fd >= 0);
    char x = (char)(data[9] ^ 1);
    assert_int_equal(pwrite(fd, &x, 1, 9), 1);
    expect_empty(f->dir, "damaged");
    assert_int_equal(pwrite(fd, data + 9, 1, 9), 1);
    char *at = NULL;
    for (size_t i = 0; i + 9 <= dn && !at; i++)
        if (!memcmp(data + i, "content 2", 9))
            at = data + i;
    assert_non_null(at);
    x = '7';
    assert_int_equal(pwrite(fd, &x, 1, (off_t)(at - data) + 8), 1);
    close(fd);
    struct foi_cache *c = open_ok(f->dir, "k", NULL);
    assert_int_equal(foi_cache_count(c), 4);
    char sha[65];
    size_t len;
    char *blob = make_blob("f2.csv", "content 2", sha, &len);
    assert_null(foi_cache_get_sha(c, "f2.csv", sha, NULL));   /* its block checksum refuses it */
    assert_false(foi_cache_has(c, "f2.csv"));
    foi_free(blob);
    blob = make_blob("f1.csv", "content 1", sha, &len);
    size_t got;
    const char *b1 = foi_cache_get_sha(c, "f1.csv", sha, &got);
    assert_non_null(b1);
    assert_int_equal(got, len);
    assert_memory_equal(b1, blob, len);
    foi_free(blob);
    foi_cache_free(c);
    /* a forged index (an entry's offset moved, checksum recomputed): the
     * results' own header checksum still refuses what it points at */
    save_entries(f->dir, "k", 4);
    good = read_file(f->ipath, &n);
    char *forged = malloc(n);
    assert_non_null(forged);
    memcpy(forged, good, n);
    char *e0 = NULL;
    for (size_t i = 0; i + 7 <= n && !e0; i++)
        if (!memcmp(forged + i, "f0.csv", 7))
            e0 = forged + i + 7;
    assert_non_null(e0);
    e0[40 + 65] += 1;   /* the low byte of its offset */
    reseal(forged, n);
    write_file(f->ipath, forged, n);
    c = open_ok(f->dir, "k", NULL);
    blob = make_blob("f0.csv", "content 0", sha, &len);
    assert_null(foi_cache_get_sha(c, "f0.csv", sha, NULL));
    foi_free(blob);
    foi_cache_free(c);
    free(forged);
    free(good);
    free(data);
}

/* A build that appended results and died before saving: its bytes past the
 * index's end are dropped, and the next save appends after the live ones. */
static void test_killed_build(void **state)
{
    struct fx *f = *state;
    save_entries(f->dir, "k", 3);
    struct stat before, after;
    assert_int_equal(stat(f->cpath, &before), 0);
    struct foi_cache *c = open_ok(f->dir, "k", NULL);
    char sha[65];
    size_t len;
    char *blob = make_blob("dead.csv", "never saved", sha, &len);
    struct stat st = fake_stat(11, 1000, 0, 7);
    assert_int_equal(foi_cache_put(c, "dead.csv", &st, sha, blob, len), 0);
    foi_free(blob);
    foi_cache_free(c);   /* no save */
    assert_int_equal(stat(f->cpath, &after), 0);
    assert_true(after.st_size > before.st_size);
    c = open_ok(f->dir, "k", NULL);
    assert_int_equal(foi_cache_count(c), 3);
    assert_false(foi_cache_has(c, "dead.csv"));
    foi_cache_free(c);
    assert_int_equal(stat(f->cpath, &after), 0);
    assert_int_equal(after.st_size, before.st_size);
    assert_int_equal(after.st_ino, before.st_ino);
}

/* Results are appended in place; dead ones are copied away only when they
 * make up the given share of the file; every result reads back after both. */
static void test_append_and_compact(void **state)
{
    struct fx *f = *state;
    save_entries(f->dir, "k", 4);
    struct stat s0, s1, s2;
    assert_int_equal(stat(f->cpath, &s0), 0);
    char sha[65];
    size_t len;
    for (int round = 0; round < 2; round++) {
        struct foi_cache *c = open_ok(f->dir, "k", NULL);
        if (round == 1)
            foi_cache_set_compact_at(c, 0);
        for (int i = 0; i < 4; i++) {
            char rel[32];
            snprintf(rel, sizeof rel, "f%d.csv", i);
            foi_cache_keep(c, rel);
        }
        char *blob = make_blob("f1.csv", round ? "third" : "second", sha, &len);
        struct stat st = fake_stat(6, 2000 + round, 0, 101);
        assert_int_equal(foi_cache_put(c, "f1.csv", &st, sha, blob, len), 0);
        foi_free(blob);
        struct foi_cache_ref ref;
        assert_int_equal(foi_cache_find(c, "f1.csv", &ref), 1);
        assert_int_equal(ref.len, len);
        char hdr[FOI_RESULT_HEADER];
        assert_int_equal(pread(ref.fd, hdr, sizeof hdr, (off_t)ref.off), (ssize_t)sizeof hdr);
        assert_true(foi_cache_header_ok(&ref, hdr));
        hdr[20] ^= 1;
        assert_false(foi_cache_header_ok(&ref, hdr));
        struct foi_err err;
        foi_err_clear(&err);
        assert_int_equal(foi_cache_save(c, f->dir, &err), 0);
        foi_cache_free(c);
        assert_int_equal(stat(f->cpath, round ? &s2 : &s1), 0);
    }
    assert_int_equal(s1.st_ino, s0.st_ino);        /* appended to */
    assert_true(s1.st_size > s0.st_size);
    assert_int_not_equal(s2.st_ino, s1.st_ino);    /* compacted: the dead results gone */
    assert_true(s2.st_size < s1.st_size);
    struct foi_cache *c = open_ok(f->dir, "k", NULL);
    assert_int_equal(foi_cache_count(c), 4);
    for (int i = 0; i < 4; i++) {
        char rel[32], content[64];
        snprintf(rel, sizeof rel, "f%d.csv", i);
        snprintf(content, sizeof content, "content %d", i);
        char *want = make_blob(rel, i == 1 ? "third" : content, sha, &len);
        size_t gl;
        const char *got = foi_cache_get_sha(c, rel, sha, &gl);
        assert_non_null(got);
        assert_int_equal(gl, len);
        assert_memory_equal(got, want, len);
        foi_free(want);
    }
    foi_cache_free(c);
}

static void test_deleted_dropped(void **state)
{
    struct fx *f = *state;
    save_entries(f->dir, "k", 4);
    struct foi_cache *c = open_ok(f->dir, "k", NULL);
    /* this run: f0 is a stat hit, f1 kept explicitly, f2 replaced, f3 deleted,
     * f9 new; f1 is then dropped as unusable */
    struct stat st0 = fake_stat(9, 1000000, 0, 100);
    assert_non_null(foi_cache_get_stat(c, "f0.csv", &st0, NULL));
    foi_cache_keep(c, "f1.csv");
    foi_cache_keep(c, "nonexistent.csv");
    char sha[65];
    size_t len;
    char *blob = make_blob("f2.csv", "new content", sha, &len);
    struct stat st2 = fake_stat(11, 2000000, 5, 102);
    assert_int_equal(foi_cache_put(c, "f2.csv", &st2, NULL, blob, len), 0);
    foi_free(blob);
    blob = make_blob("f9.csv", "nine", sha, &len);
    assert_int_equal(foi_cache_put(c, "f9.csv", &st2, sha, blob, len), 0);
    foi_free(blob);
    foi_cache_drop(c, "f1.csv");
    assert_false(foi_cache_has(c, "f1.csv"));
    assert_int_equal(foi_cache_count(c), 4);   /* f0 f2 f3 f9 */
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_cache_save(c, f->dir, &err), 0);
    foi_cache_free(c);

    c = open_ok(f->dir, "k", NULL);
    assert_int_equal(foi_cache_count(c), 3);
    assert_true(foi_cache_has(c, "f0.csv"));
    assert_false(foi_cache_has(c, "f1.csv"));
    assert_true(foi_cache_has(c, "f2.csv"));
    assert_false(foi_cache_has(c, "f3.csv"));
    assert_true(foi_cache_has(c, "f9.csv"));
    /* f2 holds the new result */
    char sha2[65];
    blob = make_blob("f2.csv", "new content", sha2, &len);
    size_t got_len;
    const char *got = foi_cache_get_sha(c, "f2.csv", sha2, &got_len);
    assert_non_null(got);
    assert_int_equal(got_len, len);
    assert_memory_equal(got, blob, len);
    foi_free(blob);
    foi_cache_free(c);
}

/* A real file with its mtime set ago seconds back. */
static void make_input(const char *path, const char *content, long ago, struct stat *st)
{
    write_file(path, content, strlen(content));
    struct timespec ts[2];
    clock_gettime(CLOCK_REALTIME, &ts[0]);
    ts[0].tv_sec -= ago;
    ts[1] = ts[0];
    assert_int_equal(utimensat(AT_FDCWD, path, ts, 0), 0);
    assert_int_equal(stat(path, st), 0);
}

/* A rebuild that reused every entry as it was does not rewrite the index;
 * one refreshed entry, one deleted file or one new result does. */
static void test_unchanged_not_rewritten(void **state)
{
    struct fx *f = *state;
    save_entries(f->dir, "k", 3);       /* mtimes in 1970: never racy */
    struct stat before, after;
    assert_int_equal(stat(f->ipath, &before), 0);
    struct foi_err err;
    foi_err_clear(&err);
    for (int round = 0; round < 4; round++) {
        struct foi_cache *c = open_ok(f->dir, "k", NULL);
        for (int i = 0; i < 3; i++) {
            char rel[32];
            snprintf(rel, sizeof rel, "f%d.csv", i);
            struct stat st = fake_stat((long)strlen("content 0"), 1000000 + i, i, 100 + i);
            if (round >= 2 && i == 2)
                st.st_ino = 999;                        /* as refreshed in round 1 */
            if (round >= 2 && i == 1)
                continue;                               /* f1 was deleted */
            assert_non_null(foi_cache_get_stat(c, rel, &st, NULL));
            if (round == 1 && i == 2) {
                st.st_ino = 999;                       /* copied back: same bytes */
                foi_cache_refresh(c, rel, &st);
            }
        }
        if (round == 3) {
            char sha[65];
            size_t len;
            char *blob = make_blob("new.csv", "new", sha, &len);
            struct stat st = fake_stat(3, 1000100, 0, 500);
            assert_int_equal(foi_cache_put(c, "new.csv", &st, sha, blob, len), 0);
            foi_free(blob);
        }
        assert_int_equal(foi_cache_save(c, f->dir, &err), 0);
        foi_cache_free(c);
        assert_int_equal(stat(f->ipath, &after), 0);
        if (round == 0) {
            assert_int_equal(after.st_ino, before.st_ino);     /* left as it was */
            assert_int_equal(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
            assert_int_equal(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
        } else {
            assert_int_not_equal(after.st_ino, before.st_ino); /* written anew */
        }
        before = after;
    }
    /* what the rewrites kept: f0, f2 (refreshed), new.csv; f1 dropped */
    struct foi_cache *c = open_ok(f->dir, "k", NULL);
    assert_int_equal(foi_cache_count(c), 3);
    assert_false(foi_cache_has(c, "f1.csv"));
    assert_true(foi_cache_has(c, "new.csv"));
    foi_cache_free(c);
}

static void test_stat_vs_sha(void **state)
{
    struct fx *f = *state;
    char in[128];
    snprintf(in, sizeof in, "%s/in.csv", f->dir);
    struct stat st;
    make_input(in, "a,b\n1,2\n", 3600, &st);
    char sha[65];
    size_t len;
    char *blob = make_blob("in.csv", "a,b\n1,2\n", sha, &len);

    struct foi_cache *c = NULL;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_cache_new(&c, NULL, "k", &err), 0);
    assert_int_equal(foi_cache_put(c, "in.csv", &st, sha, blob, len), 0);
    /* a cache that was never saved has no file time: nothing is a stat hit */
    assert_null(foi_cache_get_stat(c, "in.csv", &st, NULL));
    assert_int_equal(foi_cache_save(c, f->dir, &err), 0);
    foi_cache_free(c);

    /* unchanged: a stat hit */
    c = open_ok(f->dir, "k", NULL);
    size_t got_len = 0;
    const char *got = foi_cache_get_stat(c, "in.csv", &st, &got_len);
    assert_non_null(got);
    assert_int_equal(got_len, len);
    assert_memory_equal(got, blob, len);
    /* each stat field that differs is a miss */
    struct stat alt[6] = { st, st, st, st, st, st };
    alt[0].st_size++;
    alt[1].st_mtim.tv_sec++;
    alt[2].st_mtim.tv_nsec = (alt[2].st_mtim.tv_nsec + 1) % 1000000000;
    alt[3].st_ino++;
    alt[4].st_ctim.tv_sec++;       /* written to, with size and mtime put back */
    alt[5].st_ctim.tv_nsec = (alt[5].st_ctim.tv_nsec + 1) % 1000000000;
    for (int i = 0; i < 6; i++)
        assert_null(foi_cache_get_stat(c, "in.csv", &alt[i], NULL));
    assert_null(foi_cache_get_stat(c, "other.csv", &st, NULL));
    foi_cache_free(c);

    /* touched (new mtime, same bytes): stat misses, sha hits; refresh makes
     * the next run a stat hit */
    struct stat st2;
    make_input(in, "a,b\n1,2\n", 1800, &st2);
    c = open_ok(f->dir, "k", NULL);
    assert_null(foi_cache_get_stat(c, "in.csv", &st2, NULL));
    char wrong[65];
    foi_sha256_hex("a,b\n1,3\n", 8, wrong);
    assert_null(foi_cache_get_sha(c, "in.csv", wrong, NULL));
    assert_non_null(foi_cache_get_sha(c, "in.csv", sha, NULL));
    foi_cache_refresh(c, "in.csv", &st2);
    assert_int_equal(foi_cache_save(c, f->dir, &err), 0);
    foi_cache_free(c);
    c = open_ok(f->dir, "k", NULL);
    assert_non_null(foi_cache_get_stat(c, "in.csv", &st2, NULL));
    assert_null(foi_cache_get_stat(c, "in.csv", &st, NULL));
    foi_cache_free(c);

    /* racy: modified just now, as the cache was written: stat is not
     * trusted even though it matches, sha still is */
    struct stat st3;
    make_input(in, "a,b\n1,2\n", 0, &st3);
    c = open_ok(f->dir, "k", NULL);
    foi_cache_refresh(c, "in.csv", &st3);
    assert_int_equal(foi_cache_save(c, f->dir, &err), 0);
    foi_cache_free(c);
    c = open_ok(f->dir, "k", NULL);
    assert_null(foi_cache_get_stat(c, "in.csv", &st3, NULL));
    assert_non_null(foi_cache_get_sha(c, "in.csv", sha, NULL));
    /* a wide racy window distrusts the hour-old stat as well; 0 trusts it */
    foi_cache_free(c);
    c = open_ok(f->dir, "k", NULL);
    foi_cache_refresh(c, "in.csv", &st2);
    assert_int_equal(foi_cache_save(c, f->dir, &err), 0);
    foi_cache_free(c);
    c = open_ok(f->dir, "k", NULL);
    foi_cache_set_racy_window(c, 7200);
    assert_null(foi_cache_get_stat(c, "in.csv", &st2, NULL));
    foi_cache_set_racy_window(c, 0);
    assert_non_null(foi_cache_get_stat(c, "in.csv", &st2, NULL));
    foi_cache_free(c);
    foi_free(blob);
}

static void test_put_checks(void **state)
{
    (void)state;
    struct foi_cache *c = NULL;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_cache_new(&c, NULL, "k", &err), 0);
    struct stat st = fake_stat(1, 1, 1, 1);
    char sha[65];
    size_t len;
    char *blob = make_blob("x.csv", "x", sha, &len);
    static const struct { const char *rel, *sha, *blob; int want; } t[] = {
        { "", NULL, NULL, FOI_EUSAGE },                 /* no path */
        { "x.csv", "abc", NULL, FOI_EUSAGE },           /* short sha */
        { "x.csv", NULL, "FOIR3\n", FOI_EUSAGE },       /* shorter than a result's header */
        { "x.csv", NULL, "garbage", FOI_EUSAGE },
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        const char *b = t[i].blob ? t[i].blob : blob;
        size_t bl = t[i].blob ? strlen(t[i].blob) : len;
        assert_int_equal(foi_cache_put(c, t[i].rel, &st, t[i].sha, b, bl), t[i].want);
    }
    /* a result with no source row to read the sha from */
    struct foi_dataset empty;
    foi_dataset_init(&empty);
    struct foi_buf eb;
    foi_buf_init(&eb, 0);
    assert_int_equal(foi_serial_write(&empty, &eb), 0);
    assert_int_equal(foi_cache_put(c, "x.csv", &st, NULL, eb.data, eb.len), FOI_EUSAGE);
    foi_buf_release(&eb);
    foi_dataset_release(&empty);
    assert_int_equal(foi_cache_count(c), 0);
    /* putting a blob that lives inside the cache itself (refresh by put) */
    assert_int_equal(foi_cache_put(c, "x.csv", &st, NULL, blob, len), 0);
    size_t gl;
    const char *own = foi_cache_get_sha(c, "x.csv", sha, &gl);
    assert_non_null(own);
    assert_int_equal(foi_cache_put(c, "x.csv", &st, sha, own, gl), 0);
    own = foi_cache_get_sha(c, "x.csv", sha, &gl);
    assert_non_null(own);
    assert_memory_equal(own, blob, len);
    assert_int_equal(foi_cache_count(c), 1);
    foi_cache_free(c);
    foi_free(blob);
}

/* 10,000 entries: every one found after a reload. */
static void test_many(void **state)
{
    struct fx *f = *state;
    save_entries(f->dir, "k", 10000);
    struct foi_cache *c = open_ok(f->dir, "k", NULL);
    assert_int_equal(foi_cache_count(c), 10000);
    for (int i = 0; i < 10000; i++) {
        char rel[32];
        snprintf(rel, sizeof rel, "f%d.csv", i);
        struct stat st = fake_stat((long)strlen("content ") + (i < 10 ? 1 : i < 100 ? 2 : i < 1000 ? 3 : 4),
                                   1000000 + i, i, 100 + i);
        if (!foi_cache_get_stat(c, rel, &st, NULL))
            fail_msg("no stat hit for %s", rel);
    }
    foi_cache_free(c);
}

/* Fail every allocation in turn: open, put and save end in FOI_ENOMEM (or
 * succeed), never crash or leak (ASan checks the leaks). */
static void test_out_of_memory(void **state)
{
    struct fx *f = *state;
    save_entries(f->dir, "k", 5);
    char sha[65];
    size_t len;
    char *blob = make_blob("new.csv", "new", sha, &len);
    struct stat st = fake_stat(3, 5, 5, 5);
    int done = 0;
    for (long nth = 1; nth < 200 && !done; nth++) {
        struct foi_cache *c = NULL;
        struct foi_err err;
        foi_err_clear(&err);
        foi_alloc_fail_after(nth);
        int rc = foi_cache_open(&c, f->dir, "k", NULL, &err);
        if (!rc)
            rc = foi_cache_put(c, "new.csv", &st, NULL, blob, len);
        if (!rc) {
            foi_cache_keep(c, "f1.csv");
            rc = foi_cache_save(c, f->dir, &err);
        }
        foi_alloc_fail_after(0);
        if (rc)
            assert_int_equal(rc, FOI_ENOMEM);
        else
            done = 1;
        foi_cache_free(c);
        /* whatever happened, the file on disk is a whole cache */
        const char *why = NULL;
        struct foi_cache *chk = open_ok(f->dir, "k", &why);
        if (foi_cache_count(chk) != 5 && foi_cache_count(chk) != 2)
            fail_msg("after failing allocation %ld: %zu entries (%s)", nth, foi_cache_count(chk), why);
        foi_cache_free(chk);
    }
    assert_true(done);
    foi_free(blob);
}

static void test_key(void **state)
{
    (void)state;
    struct foi_limits lim;
    foi_limits_default(&lim);
    struct foi_buf a, b, c;
    foi_buf_init(&a, 0);
    foi_buf_init(&b, 0);
    foi_buf_init(&c, 0);
    assert_int_equal(foi_cache_key(&a, "p:1;", "d1", &lim), 0);
    assert_int_equal(foi_cache_key(&b, "p:1;", "d2", &lim), 0);
    lim.max_cells++;
    assert_int_equal(foi_cache_key(&c, "p:1;", "d1", &lim), 0);
    assert_string_not_equal(a.data, b.data);
    assert_string_not_equal(a.data, c.data);
    assert_non_null(strstr(a.data, "parsers=p:1;\n"));
    /* the program's identity is part of it: the linker's build ID (this
     * test's own, read from its program headers), else the file's hash */
    const char *exe = strstr(a.data, "exe=");
    assert_non_null(exe);
    if (!strncmp(exe, "exe=gnu:", 8))
        assert_true(strlen(exe) >= 8 + 16 + 1 && strlen(exe) <= 8 + 60 + 1);
    else
        assert_int_equal(strlen(exe), 4 + 64 + 1);
    assert_string_equal(exe + strlen(exe) - 1, "\n");
    foi_buf_release(&a);
    foi_buf_release(&b);
    foi_buf_release(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_key_mismatch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corruption, setup, teardown),
        cmocka_unit_test_setup_teardown(test_killed_build, setup, teardown),
        cmocka_unit_test_setup_teardown(test_append_and_compact, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deleted_dropped, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stat_vs_sha, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unchanged_not_rewritten, setup, teardown),
        cmocka_unit_test_setup_teardown(test_put_checks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many, setup, teardown),
        cmocka_unit_test_setup_teardown(test_out_of_memory, setup, teardown),
        cmocka_unit_test(test_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
