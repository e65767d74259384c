/* floor.c: the benchmark's bare-library floor: every file of a corpus read,
 * HTML parsed by libxml2's htmlReadMemory, CSV by libcsv, one PCRE2 pass over
 * each file; no extraction. What foi cannot beat. */

/* usage: floor DIR   (prints: files=N bytes=B seconds=S tokens=T ...) */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <libxml/HTMLparser.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static pcre2_code *re;
static pcre2_match_data *md;
static unsigned long long nfiles, nbytes, ntokens, nfields, nnodes, nerrors;

static void on_field(void *s, size_t n, void *data) { (void)s; (void)n; (void)data; nfields++; }
static void on_row(int c, void *data) { (void)c; (void)data; }

static int ends(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !strcmp(s + a - b, suffix);
}

static int one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)ftw;
    if (type != FTW_F || !S_ISREG(st->st_mode) || strstr(path, "/."))
        return 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        nerrors++;
        return 0;
    }
    size_t n = (size_t)st->st_size, got = 0;
    char *buf = malloc(n + 1);
    if (!buf) {
        close(fd);
        return 1;
    }
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    buf[got] = '\0';
    nfiles++;
    nbytes += got;
    if (ends(path, ".html") || ends(path, ".htm")) {
        htmlDocPtr doc = htmlReadMemory(buf, (int)got, NULL, NULL,
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_NONET | HTML_PARSE_COMPACT);
        if (doc) {
            nnodes += xmlDocGetRootElement(doc) != NULL;
            xmlFreeDoc(doc);
        } else {
            nerrors++;
        }
    } else if (ends(path, ".csv")) {
        struct csv_parser p;
        csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
        if (csv_parse(&p, buf, got, on_field, on_row, NULL) != got || csv_fini(&p, on_field, on_row, NULL))
            nerrors++;
        csv_free(&p);
    }
    /* one regex pass over every file: count the numbers in it */
    PCRE2_SIZE off = 0;
    while (off <= got) {
        int rc = pcre2_match(re, (PCRE2_SPTR)buf, got, off, 0, md, NULL);
        if (rc < 0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        ntokens++;
        off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: floor DIR\n");
        return 2;
    }
    int ec;
    PCRE2_SIZE eo;
    re = pcre2_compile((PCRE2_SPTR) "\\d+(?:,\\d{3})*", PCRE2_ZERO_TERMINATED, 0, &ec, &eo, NULL);
    if (!re)
        return 1;
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);   /* as fast as PCRE2 goes; no-op without JIT */
    md = pcre2_match_data_create_from_pattern(re, NULL);
    xmlInitParser();
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (nftw(argv[1], one, 16, FTW_PHYS) != 0) {
        fprintf(stderr, "floor: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("files=%llu bytes=%llu seconds=%.3f tokens=%llu csv_fields=%llu html_docs=%llu errors=%llu\n",
           nfiles, nbytes, s, ntokens, nfields, nnodes, nerrors);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    xmlCleanupParser();
    return 0;
}
