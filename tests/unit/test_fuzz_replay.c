/* test_fuzz_replay.c: replays every seed and regression input under
 * tests/fuzz/{seeds,regressions}/<target>/ through the fuzz harness bodies
 * (tests/fuzz/harness.c), so `make check` catches a fixed crash coming back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../fuzz/harness.c"

#include <dirent.h>
#include <sys/stat.h>

static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t cap = 4096, len = 0, r;
    unsigned char *buf = malloc(cap);
    assert_non_null(buf);
    while ((r = fread(buf + len, 1, cap - len, f)) > 0) {
        len += r;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
    }
    assert_int_equal(ferror(f), 0);
    fclose(f);
    *n = len;
    return buf;
}

/* Run every regular file of dir through the target; returns how many. */
static int replay_dir(const struct foi_fuzz_target *t, const char *kind)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/fuzz/%s/%s", FOI_SRCDIR, kind, t->name);
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        size_t n;
        unsigned char *buf = slurp(path, &n);
        assert_int_equal(t->run(buf, n), 0);
        free(buf);
        count++;
    }
    closedir(d);
    return count;
}

static void test_target(void **state)
{
    const struct foi_fuzz_target *t = *state;
    if (!strcmp(t->name, "process"))
        assert_int_equal(foi_fuzz_init(), 0);   /* the shipped taxonomy loads */
    int seeds = replay_dir(t, "seeds");
    int regs = replay_dir(t, "regressions");
    print_message("fuzz_%s: %d seeds, %d regressions replayed\n", t->name, seeds, regs);
    assert_true(seeds >= 3);   /* each target ships a seed corpus */
}

static int setup(void **state)
{
    (void)state;
    (void)foi_fuzz_init();   /* only the process target needs it; it checks */
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    foi_fuzz_fini();
    return 0;
}

int main(void)
{
    enum { MAX = 16 };
    struct CMUnitTest tests[MAX];
    int n = 0;
    for (const struct foi_fuzz_target *t = foi_fuzz_targets; t->name && n < MAX; t++)
        tests[n++] = (struct CMUnitTest){ t->name, test_target, NULL, NULL, (void *)t };
    if (n < 8)
        return 1;   /* every target is replayed */
    return _cmocka_run_group_tests("fuzz_replay", tests, (size_t)n, setup, teardown);
}
