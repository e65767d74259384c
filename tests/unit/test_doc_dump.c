/* test_doc_dump.c: the document dump: its layout on small documents, and every
 * file under fixtures/responses/ against tests/golden/doc/<force>__<file>.txt
 * (FOI_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../parsers/read.h"
#include "../../app/doc_dump.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define RESPONSES FOI_SRCDIR "/fixtures/responses"
#define GOLDEN FOI_SRCDIR "/tests/golden/doc"

static char *dump_of(const struct foi_doc *doc)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_doc_dump(doc, &b), 0);
    return foi_buf_detach(&b);
}

/* ------------------------------------------------------------ layout */

static void test_layout_html(void **state)
{
    (void)state;
    static const char html[] =
        "<html><head><title>T</title></head><body><h2>Figures</h2>"
        "<table><caption>Cap</caption>"
        "<thead><tr><th rowspan=2>Type</th><th colspan=2>Police officers</th></tr>"
        "<tr><th>2021</th><th>2022</th></tr></thead>"
        "<tbody><tr><td>Caf\xC3\xA9 \xE6\xBC\xA2</td><td>1</td><td>2</td></tr>"
        "<tr class=total><td><b>Total</b></td><td><b>1</b></td><td>2</td></tr></tbody></table>"
        "<p>After</p></body></html>";
    struct foi_doc doc;
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(&doc, "x.html");
    assert_int_equal(foi_read_html(&doc, html, sizeof html - 1, NULL, &err), 0);
    char *d = dump_of(&doc);
    static const char want[] =
        "format: html\n"
        "encoding: utf-8\n"
        "title: T\n"
        "lines: 2\n"
        "tables: 1\n"
        "(cells: ^ spanned copy, ! bold; rows: H header, T total row)\n"
        "\n"
        "table 1: 4 rows x 3 cols, 2 header rows, after line 1\n"
        "  caption: Cap\n"
        "  heading: Figures\n"
        "  row | 1       | 2               | 3\n"
        "    H | Type    | Police officers | Police officers^\n"
        "    H | Type^   | 2021            | 2022\n"
        "    3 | Caf\xC3\xA9 \xE6\xBC\xA2 | 1               | 2\n"   /* 漢 is two columns wide */
        "   4T | Total!  | 1!              | 2\n"
        "\n"
        "lines: (flags: h heading, b bullet, p paragraph start, f footnote, t title)\n"
        "    1 [hp]   Figures\n"
        "    2 [p]    After\n";
    assert_string_equal(d, want);
    foi_free(d);
    foi_doc_release(&doc);
}

static void test_layout_text_and_truncation(void **state)
{
    (void)state;
    static const char text[] =
        "Title\n"
        "\n"
        "| Outcome | Count |\n"
        "|---------|-------|\n"
        "| Dismissed | 2 |\n"
        "| A label much longer than forty display columns in all | 7 |\n"
        "\n"
        "* note\n";
    struct foi_doc doc;
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(&doc, "x.txt");
    assert_int_equal(foi_read_text(&doc, text, sizeof text - 1, NULL, &err), 0);
    char *d = dump_of(&doc);
    /* the long cell is cut to 40 columns with an ellipsis; no trailing spaces */
    assert_non_null(strstr(d, "    3   6 | A label much longer than forty display\xE2\x80\xA6 | 7\n"));
    assert_non_null(strstr(d, "  row 3 col 1: A label much longer than forty display columns in all\n"));
    assert_non_null(strstr(d, "table 1: 3 rows x 2 cols, 1 header row, after line 2, lines 3-6\n"));
    assert_non_null(strstr(d, "  heading: Title\n"));
    assert_non_null(strstr(d, "    2\n"));            /* a blank line keeps its number */
    assert_non_null(strstr(d, "    8 [pf]   * note\n"));
    assert_null(strstr(d, " \n"));
    foi_free(d);
    foi_doc_release(&doc);
}

static void test_deterministic(void **state)
{
    (void)state;
    static const char csv[] = "Title,,\nA,B,C\nx,1,2\n";
    char *a = NULL;
    for (int i = 0; i < 2; i++) {
        struct foi_doc doc;
        struct foi_err err;
        foi_err_clear(&err);
        foi_doc_init(&doc, "x.csv");
        assert_int_equal(foi_read_csv(&doc, csv, sizeof csv - 1, NULL, &err), 0);
        char *d = dump_of(&doc);
        if (!a) {
            a = d;
        } else {
            assert_string_equal(a, d);
            foi_free(d);
        }
        foi_doc_release(&doc);
    }
    foi_free(a);
}

static void test_dump_buffer_cap(void **state)
{
    (void)state;
    static const char csv[] = "Title,,\nA,B,C\nx,1,2\n";
    struct foi_doc doc;
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(&doc, "x.csv");
    assert_int_equal(foi_read_csv(&doc, csv, sizeof csv - 1, NULL, &err), 0);
    struct foi_buf b;
    foi_buf_init(&b, 40);   /* too small: the dump reports the limit */
    assert_int_equal(foi_doc_dump(&doc, &b), FOI_ELIMIT);
    foi_buf_release(&b);
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ golden files */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the entries in dir (no dot files); caller frees. */
static char **list_dir(const char *dir, int *n)
{
    DIR *d = opendir(dir);
    *n = 0;
    if (!d)
        return NULL;
    char **v = NULL;
    int a = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (*n == a) {
            a = a ? a * 2 : 16;
            v = realloc(v, (size_t)a * sizeof *v);
            assert_non_null(v);
        }
        v[(*n)++] = strdup(e->d_name);
    }
    closedir(d);
    if (*n)
        qsort(v, (size_t)*n, sizeof *v, cmp_str);
    return v;
}

static void free_list(char **v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    char tmp[4096];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        assert_int_equal(foi_buf_add(&b, tmp, k), 0);
    fclose(f);
    *len = b.len;
    return foi_buf_detach(&b);
}

static void report_diff(const char *name, const char *want, const char *got)
{
    int line = 1;
    const char *w = want, *g = got;
    while (*w && *g && *w == *g) {
        if (*w == '\n')
            line++;
        w++, g++;
    }
    const char *we = strchr(w, '\n'), *ge = strchr(g, '\n');
    print_error("%s: differs at line %d\n  golden: %.*s\n  now:    %.*s\n"
                "  (FOI_UPDATE_GOLDEN=1 make build/tests/test_doc_dump && ./build/tests/test_doc_dump"
                " rewrites; then review git diff)\n",
                name, line, we ? (int)(we - w) : (int)strlen(w), w, ge ? (int)(ge - g) : (int)strlen(g), g);
}

static void test_golden(void **state)
{
    (void)state;
    const char *upd = getenv("FOI_UPDATE_GOLDEN");
    int update = upd && !strcmp(upd, "1");
    int nforce = 0, checked = 0, failed = 0;
    char **forces = list_dir(RESPONSES, &nforce);
    assert_true(nforce > 0);
    if (update)
        mkdir(GOLDEN, 0755);
    for (int i = 0; i < nforce; i++) {
        char dir[1024];
        snprintf(dir, sizeof dir, "%s/%s", RESPONSES, forces[i]);
        int nfile = 0;
        char **files = list_dir(dir, &nfile);
        for (int j = 0; j < nfile; j++) {
            char path[2048], rel[1024], golden[2048];
            snprintf(path, sizeof path, "%s/%s", dir, files[j]);
            snprintf(rel, sizeof rel, "%s/%s", forces[i], files[j]);
            snprintf(golden, sizeof golden, "%s/%s__%s.txt", GOLDEN, forces[i], files[j]);
            struct foi_doc doc;
            struct foi_err err;
            struct foi_limits lim;
            foi_err_clear(&err);
            foi_limits_default(&lim);
            foi_doc_init(&doc, rel);
            int rc = foi_read_file(&doc, path, &lim, &err);
            if (rc) {
                print_error("%s: %s: %s\n", rel, err.locator, err.message);
                failed++;
                foi_doc_release(&doc);
                continue;
            }
            char *d = dump_of(&doc);
            foi_doc_release(&doc);
            checked++;
            if (update) {
                FILE *f = fopen(golden, "wb");
                assert_non_null(f);
                assert_int_equal(fputs(d, f) >= 0, 1);
                assert_int_equal(fclose(f), 0);
            } else {
                size_t len;
                char *want = slurp(golden, &len);
                if (!want) {
                    print_error("%s: no golden file %s\n", rel, golden);
                    failed++;
                } else if (strcmp(want, d) != 0) {
                    report_diff(rel, want, d);
                    failed++;
                }
                foi_free(want);
            }
            foi_free(d);
        }
        free_list(files, nfile);
    }
    /* every golden file belongs to a fixture */
    int ngold = 0;
    char **gold = list_dir(GOLDEN, &ngold);
    for (int k = 0; k < ngold; k++) {
        char *sep = strstr(gold[k], "__");
        size_t l = strlen(gold[k]);
        if (!sep || l < 4 || strcmp(gold[k] + l - 4, ".txt") != 0) {
            print_error("stray file in tests/golden/doc: %s\n", gold[k]);
            failed++;
            continue;
        }
        char path[2048];
        snprintf(path, sizeof path, "%s/%.*s/%.*s", RESPONSES, (int)(sep - gold[k]), gold[k],
                 (int)(l - 4 - (size_t)(sep + 2 - gold[k])), sep + 2);
        struct stat st;
        if (stat(path, &st) != 0) {
            print_error("golden file without a fixture: %s\n", gold[k]);
            failed++;
        }
    }
    free_list(gold, ngold);
    free_list(forces, nforce);
    assert_true(checked > 0);
    assert_int_equal(failed, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout_html),
        cmocka_unit_test(test_layout_text_and_truncation),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_dump_buffer_cap),
        cmocka_unit_test(test_golden),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
