/* replay.c: runs files or corpus folders through one fuzz target without clang
 * or libFuzzer (`replay TARGET PATH...`); built with cc against build/libfoi.a
 * by tests/fuzz/run.sh. A crash or a broken invariant aborts, naming the file. */
#include "harness.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int replay_file(const struct foi_fuzz_target *t, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "replay: cannot open %s\n", path);
        return 1;
    }
    size_t cap = 4096, n = 0;
    unsigned char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            unsigned char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int bad = ferror(f) || !buf;
    fclose(f);
    if (bad) {
        free(buf);
        fprintf(stderr, "replay: cannot read %s\n", path);
        return 1;
    }
    fprintf(stderr, "replay %s: %s (%zu bytes)\n", t->name, path, n);
    t->run(buf, n);
    free(buf);
    return 0;
}

static int replay_path(const struct foi_fuzz_target *t, const char *path, int *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay: no such file or folder: %s\n", path);
        return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
        (*count)++;
        return replay_file(t, path);
    }
    /* one level: corpus folders are flat */
    DIR *d = opendir(path);
    if (!d)
        return 1;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        char *p = malloc(len);
        if (!p) {
            rc = 1;
            break;
        }
        snprintf(p, len, "%s/%s", path, e->d_name);
        if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
            (*count)++;
            rc |= replay_file(t, p);
        }
        free(p);
    }
    closedir(d);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: replay TARGET FILE_OR_FOLDER...\ntargets:");
        for (const struct foi_fuzz_target *t = foi_fuzz_targets; t->name; t++)
            fprintf(stderr, " %s", t->name);
        fprintf(stderr, "\n");
        return 1;
    }
    const struct foi_fuzz_target *t = foi_fuzz_find(argv[1]);
    if (!t) {
        fprintf(stderr, "replay: unknown target '%s'\n", argv[1]);
        return 1;
    }
    if (foi_fuzz_init() && !strcmp(t->name, "process")) {
        fprintf(stderr, "replay: the shipped taxonomy does not load\n");
        return 1;
    }
    int rc = 0, count = 0;
    for (int i = 2; i < argc; i++)
        rc |= replay_path(t, argv[i], &count);
    foi_fuzz_fini();
    fprintf(stderr, "replay %s: %d inputs, %s\n", t->name, count, rc ? "errors" : "all ran");
    return rc;
}
