/* test_faults.c: failure injection (curl's torture tests): the Nth allocation or
 * output write fails, N = 1, 2, ..., for the readers, foi_process_file, the
 * comparable table and the exporters; each run must end in a clean error. */

/* A failed run must never crash, leak (ASan and valgrind check), give a silently
 * different result, or touch the previous build's files. */
#define _GNU_SOURCE   /* dladdr */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../parsers/read.h"
#include "../../app/build.h"
#include "../../core/record.h"
#include "../../analyze/comparable.h"
#include "../../export/export.h"
#include "../../normalize/normalize.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <signal.h>
#include <sys/wait.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Every N up to DENSE, then every N/STEP-th: a few hundred runs per case even
 * when a path makes tens of thousands of allocations (valgrind stays fast). */
enum { DENSE = 300, STEP = 40, MAX_N = 5000000 };

static long next_n(long n)
{
    return n < DENSE ? n + 1 : n + n / STEP;
}

/* ------------------------------------------------------------- helpers */
static char *src_path(const char *rel)
{
    size_t len = strlen(FOI_SRCDIR) + strlen(rel) + 2;
    char *p = malloc(len);
    assert_non_null(p);
    snprintf(p, len, "%s/%s", FOI_SRCDIR, rel);
    return p;
}

static uint64_t fnv(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (h ^ 0xff) * 1099511628211ull;   /* field separator */
}

static uint64_t fnv_int(uint64_t h, long long v)
{
    char b[32];
    snprintf(b, sizeof b, "%lld", v);
    return fnv(h, b);
}

/* Everything a parser could see of a document. */
static uint64_t doc_sig(const struct foi_doc *d)
{
    uint64_t h = 1469598103934665603ull;
    h = fnv_int(h, d->format);
    h = fnv(h, d->encoding);
    h = fnv(h, d->title);
    h = fnv_int(h, d->nlines);
    for (int i = 0; i < d->nlines; i++) {
        h = fnv(h, d->lines[i].text);
        h = fnv_int(h, d->lines[i].no * 64 + (int)d->lines[i].flags);
    }
    h = fnv_int(h, d->ntables);
    for (int i = 0; i < d->ntables; i++) {
        const struct foi_table *t = &d->tables[i];
        h = fnv_int(h, (long long)t->nrows * 100000 + t->ncols);
        h = fnv_int(h, t->header_rows);
        h = fnv(h, t->caption);
        h = fnv(h, t->heading);
        for (int r = 0; r < t->nrows; r++)
            for (int c = 0; c < t->ncols; c++) {
                const struct foi_cell *cell = foi_table_cell(t, r, c);
                h = fnv(h, cell->text);
                h = fnv_int(h, ((long long)cell->src_row << 20) + cell->src_col * 64 + cell->flags);
            }
    }
    return h;
}

/* Records, sources and issues of a dataset, in order. */
static uint64_t ds_sig(const struct foi_dataset *ds)
{
    uint64_t h = 1469598103934665603ull;
    char buf[64];
    for (size_t i = 0; i < ds->nrecords; i++)
        for (int c = 0; c < FOI_RECORD_NCOLS; c++)
            h = fnv(h, foi_record_field(&ds->records[i], c, buf, sizeof buf));
    for (size_t i = 0; i < ds->nsources; i++) {
        const struct foi_source *s = &ds->sources[i];
        h = fnv(fnv(fnv(fnv(h, s->source_file), s->status), s->parser), s->force_id);
        h = fnv_int(h, s->records);
    }
    for (size_t i = 0; i < ds->nissues; i++) {
        const struct foi_issue *s = &ds->issues[i];
        h = fnv(fnv(fnv(fnv_int(h, s->severity), s->code), s->locator), s->message);
    }
    return h;
}

/* ------------------------------------------------------ one fault run */
/* One run with the Nth allocation failing: 0 the failure was handled (go on),
 * 1 no failure was injected (the loop is done), -1 wrong (msg says why). */
typedef int (*fault_run)(const void *arg, long n, char *msg, size_t msgsz);

static void on_alarm(int sig)
{
    (void)sig;
    /* a run that loops: inside libxml2 (a known limitation of libxml2 before
     * 2.12 under malloc failure) or in our code? */
    void *fr[64];
    int k = backtrace(fr, 64);
    for (int i = 0; i < k; i++) {
        Dl_info info;
        if (dladdr(fr[i], &info) && info.dli_fname && strstr(info.dli_fname, "libxml2"))
            _exit(77);
    }
    _exit(78);
}

struct tally {
    long runs, xml_hangs;
    long first_hang;
};

/* In-process: run N = 1, 2, ... until a run sees no failure. */
static void loop_here(fault_run fn, const void *arg, struct tally *t, const char *what)
{
    char msg[512];
    for (long n = 1;; n = next_n(n)) {
        assert_true(n < MAX_N);
        t->runs++;
        int r = fn(arg, n, msg, sizeof msg);
        if (r < 0)
            fail_msg("%s: allocation %ld failed: %s", what, n, msg);
        if (r == 1)
            return;
    }
}

/* libxml2 paths run in a child with an alarm on every run, so that a run that
 * loops fails or is counted instead of hanging the test. The child reports each
 * finished N through a pipe and exits 1 when done (exit, not _exit, so that
 * LeakSanitizer still checks it); after a libxml2 loop a new child goes on. */
static void loop_isolated(fault_run fn, const void *arg, struct tally *t, const char *what)
{
    long n = 1;
    for (;;) {
        int pfd[2];
        assert_int_equal(pipe(pfd), 0);
        fflush(NULL);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            close(pfd[0]);
            signal(SIGALRM, on_alarm);
            char msg[512];
            for (;; n = next_n(n)) {
                alarm(10);
                int r = fn(arg, n, msg, sizeof msg);
                alarm(0);
                if (r < 0) {
                    fprintf(stderr, "%s: allocation %ld failed: %s\n", what, n, msg);
                    exit(2);
                }
                if (write(pfd[1], &n, sizeof n) != (ssize_t)sizeof n)
                    exit(3);
                if (r == 1 || n >= MAX_N)
                    exit(1);
            }
        }
        close(pfd[1]);
        long got, last = 0;
        while (read(pfd[0], &got, sizeof got) == (ssize_t)sizeof got) {
            last = got;
            t->runs++;
        }
        close(pfd[0]);
        int status = 0;
        while (waitpid(pid, &status, 0) < 0)
            assert_true(errno == EINTR);
        long at = last ? next_n(last) : n;   /* the run that did not finish */
        if (WIFSIGNALED(status))
            fail_msg("%s: allocation %ld failed: crashed with signal %d", what, at, WTERMSIG(status));
        int code = WEXITSTATUS(status);
        if (code == 1)
            return;
        if (code == 77) {   /* libxml2 loops; in a build the worker's --timeout bounds it */
            if (!t->xml_hangs++)
                t->first_hang = at;
            t->runs++;
            n = next_n(at);
            assert_true(n < MAX_N);
            continue;
        }
        if (code == 78)
            fail_msg("%s: allocation %ld failed: the run loops (outside libxml2)", what, at);
        if (code == 2)
            fail_msg("%s: allocation %ld failed: wrong result (see stderr)", what, at);
        fail_msg("%s: fault child exited %d after allocation %ld (a leak report?)", what, code, last);
    }
}

static void fault_loop(fault_run fn, const void *arg, int isolate, const char *what)
{
    struct tally t = { 0, 0, 0 };
    if (isolate)
        loop_isolated(fn, arg, &t, what);
    else
        loop_here(fn, arg, &t, what);
    if (t.xml_hangs)
        print_message("%s: %ld fault runs; %ld looped inside libxml2 (first at allocation %ld)\n",
                      what, t.runs, t.xml_hangs, t.first_hang);
    else
        print_message("%s: %ld fault runs\n", what, t.runs);
}

/* ------------------------------------------------------------- readers */
struct read_case {
    const char *path;   /* file (relative to the source tree), or NULL for bytes */
    int (*read)(struct foi_doc *, const char *, size_t, const struct foi_limits *, struct foi_err *);
    const char *name, *bytes;
    uint64_t want;      /* the document without faults */
};

static int read_once(const struct read_case *c, struct foi_doc *doc, struct foi_err *err)
{
    struct foi_limits lim;
    foi_limits_default(&lim);
    foi_doc_init(doc, c->name);
    foi_err_clear(err);
    if (c->path) {
        char *p = src_path(c->path);
        int rc = foi_read_file(doc, p, &lim, err);
        free(p);
        return rc;
    }
    return c->read(doc, c->bytes, strlen(c->bytes), &lim, err);
}

static int read_run(const void *arg, long n, char *msg, size_t msgsz)
{
    const struct read_case *c = arg;
    struct foi_doc doc;
    struct foi_err err;
    foi_alloc_fail_after(n);
    int rc = read_once(c, &doc, &err);
    int injected = foi_alloc_count() >= n;
    foi_alloc_fail_after(0);
    int verdict = !rc && !injected;
    if (rc && !injected) {
        snprintf(msg, msgsz, "error %d without an injected failure", rc);
        verdict = -1;
    } else if (rc && rc != FOI_ENOMEM) {
        snprintf(msg, msgsz, "code %d (%s) instead of FOI_ENOMEM: %s%s%s", rc, foi_strerror(rc),
                 err.locator, err.locator[0] ? ": " : "", err.message);
        verdict = -1;
    } else if (rc && err.code != rc) {
        snprintf(msg, msgsz, "returned %d but err.code is %d", rc, err.code);
        verdict = -1;
    } else if (!rc && injected && doc_sig(&doc) != c->want) {
        snprintf(msg, msgsz, "the reader said success with a different document");
        verdict = -1;
    }
    foi_doc_release(&doc);
    return verdict;
}

static void check_reader(struct read_case *c)
{
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_once(c, &doc, &err), 0);
    c->want = doc_sig(&doc);
    /* the formats read with libxml2, which can loop when an allocation fails */
    int xml = (doc.format & (FOI_FMT_HTML | FOI_FMT_XLSX | FOI_FMT_DOCX | FOI_FMT_ODS | FOI_FMT_ODT)) != 0;
    foi_doc_release(&doc);
    fault_loop(read_run, c, xml, c->name);
}

static void test_reader_alloc_faults(void **state)
{
    (void)state;
    static const char *const files[] = {
        "fixtures/responses/merseyside/FOI-2022-1187.html",
        "fixtures/responses/greater-manchester/FOI_004512-23_disclosure.html",
        "fixtures/responses/kent/disclosure_2021_0456.csv",
        "fixtures/responses/thames-valley/FOI-TVP-2024-0102.csv",
        "fixtures/responses/west-midlands/2512_22_response.txt",
        "fixtures/responses/devon-and-cornwall/2022-001456 response letter.txt",
        "tests/fuzz/seeds/bytes/utf16le_bom.csv",
        "tests/fuzz/seeds/bytes/cp1252.txt",
        "fixtures/office/suffolk/SUF-2023-771 monthly.xlsx",
        "fixtures/office/dorset/FOI-2023-0456 response.docx",
        "fixtures/office/gwent/FOI 23-0812 spreadsheet.ods",
        "fixtures/office/derbyshire/FOI 004519 reply.odt",
        "fixtures/office/cleveland/CLE-FOI-1205-22.xls",
        "fixtures/pdf/ruled.pdf",
    };
    for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
        struct read_case c = { files[k], NULL, files[k], NULL, 0 };
        check_reader(&c);
    }
}

/* Direct reader calls (not through read_file): the in-memory entry points. */
static void test_reader_direct_alloc_faults(void **state)
{
    (void)state;
    static const char html[] =
        "<html><head><title>T</title></head><body><h2>Outcomes 2019/20</h2>"
        "<table><thead><tr><th rowspan=\"2\">Outcome</th><th colspan=\"2\">Year</th></tr>"
        "<tr><th>2019/20</th><th>2020/21</th></tr></thead>"
        "<tbody><tr><td>Dismissed</td><td>3</td><td>*</td></tr>"
        "<tr class=\"total\"><th scope=\"row\">Total</th><td><b>4</b></td><td>&lt;5</td></tr></tbody>"
        "</table><p>Note: * fewer than five</p></body></html>";
    static const char csv[] = "Title,,\n,,\nOutcome,2019/20,2020/21\nDismissed,3,\"1,204\"\nTotal,4,*\n";
    static const char text[] = "Dear requester\n\nOutcome        2019/20  2020/21\nDismissed            3        *\n"
                               "Total                4       <5\n\nEleven allegations were made.\n";
    struct read_case cases[] = {
        { NULL, foi_read_html, "t.html", html, 0 }, { NULL, foi_read_csv, "t.csv", csv, 0 },
        { NULL, foi_read_text, "t.txt", text, 0 },  { NULL, foi_read_bytes, "t.htm", html, 0 },
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        check_reader(&cases[k]);
}

/* ------------------------------------------------------- foi_process_file */
struct world {
    struct foi_taxonomy *tax;
};

static int setup_world(void **state)
{
    static struct world w;
    struct foi_err err;
    foi_err_clear(&err);
    if (foi_taxonomy_load(&w.tax, foi_taxonomy_default_dir(), NULL, &err))
        return -1;
    *state = &w;
    return 0;
}

static int teardown_world(void **state)
{
    struct world *w = *state;
    if (w)
        foi_taxonomy_free(w->tax);
    return 0;
}

/* Does ds say that this file could not be read in full (an error issue or a
 * status other than parsed)? */
static int ds_flags_failure(const struct foi_dataset *ds)
{
    for (size_t i = 0; i < ds->nissues; i++)
        if (ds->issues[i].severity == FOI_SEV_ERROR)
            return 1;
    for (size_t i = 0; i < ds->nsources; i++)
        if (strcmp(ds->sources[i].status, "parsed"))
            return 1;
    return 0;
}

struct proc_case {
    const struct world *w;
    const char *path, *rel;
    uint64_t want;
};

static int proc_run(const void *arg, long n, char *msg, size_t msgsz)
{
    const struct proc_case *c = arg;
    struct foi_limits lim;
    foi_limits_default(&lim);
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = c->w->tax;
    foi_alloc_fail_after(n);
    int rc = foi_process_file(c->w->tax, &lim, c->path, c->rel, NULL, &ds);
    int injected = foi_alloc_count() >= n;
    foi_alloc_fail_after(0);
    int verdict = !rc && !injected;
    if (rc && (!injected || rc != FOI_ENOMEM)) {
        snprintf(msg, msgsz, "foi_process_file returned %d (%s)", rc, foi_strerror(rc));
        verdict = -1;
    } else if (!rc && injected && ds_sig(&ds) != c->want && !ds_flags_failure(&ds)) {
        /* a failure may become an issue, but then the file must be flagged */
        snprintf(msg, msgsz, "foi_process_file returned 0 with different records and the "
                 "file still 'parsed' without an error issue");
        verdict = -1;
    }
    foi_dataset_release(&ds);
    return verdict;
}

static void test_process_alloc_faults(void **state)
{
    struct world *w = *state;
    static const char *const files[] = {
        "fixtures/responses/kent/disclosure_2021_0456.csv",
        "fixtures/responses/merseyside/FOI-2022-1187.html",
        "fixtures/responses/west-midlands/2512_22_response.txt",
        /* an e-mail carrying a workbook and a CSV: each part's failure */
        "fixtures/unseen-letters/west-mercia/RE FOI 26-2290 misconduct allegations (final response).eml",
    };
    struct foi_limits lim;
    foi_limits_default(&lim);
    for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
        /* relative to the fixture set's folder */
        struct proc_case c = { w, src_path(files[k]), strchr(strchr(files[k], '/') + 1, '/') + 1, 0 };
        struct foi_dataset ds;
        foi_dataset_init(&ds);
        ds.tax = w->tax;
        assert_int_equal(foi_process_file(w->tax, &lim, c.path, c.rel, NULL, &ds), 0);
        assert_true(ds.nrecords > 0);
        c.want = ds_sig(&ds);
        foi_dataset_release(&ds);
        fault_loop(proc_run, &c, strstr(c.rel, ".html") != NULL || strstr(c.rel, ".eml") != NULL, c.rel);
        free((char *)c.path);
    }
}

/* ------------------------------------------------------------ exporters */
static int make_dataset(struct world *w, struct foi_dataset *ds, struct foi_comparable *cmp,
                        const char *const *files, int nfiles)
{
    struct foi_limits lim;
    foi_limits_default(&lim);
    foi_dataset_init(ds);
    ds->tax = w->tax;
    for (int i = 0; i < nfiles; i++) {
        char *p = src_path(files[i]);
        int rc = foi_process_file(w->tax, &lim, p, files[i] + strlen("fixtures/responses/"), NULL, ds);
        free(p);
        if (rc)
            return rc;
    }
    foi_dataset_sort(ds);
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(ds);   /* no_denominator issues join the dataset */
    int rc = foi_comparable_build(ds, cmp, &cmp_sink, &err);
    foi_dataset_sort(ds);
    return rc;
}

/* A folder's regular files (hidden ones too), as "name\0" + content, sorted. */
struct snap {
    char **name;
    char **data;
    size_t *len;
    int n;
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void snap_take(struct snap *s, const char *dir)
{
    memset(s, 0, sizeof *s);
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    char *names[256];
    int n = 0;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        assert_true(n < 256);
        names[n] = strdup(e->d_name);
        assert_non_null(names[n]);
        n++;
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    s->n = n;
    s->name = calloc((size_t)n + 1, sizeof *s->name);
    s->data = calloc((size_t)n + 1, sizeof *s->data);
    s->len = calloc((size_t)n + 1, sizeof *s->len);
    assert_true(s->name && s->data && s->len);
    for (int i = 0; i < n; i++) {
        s->name[i] = names[i];
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        size_t cap = 65536, len = 0, r;
        char *buf = malloc(cap);
        assert_non_null(buf);
        while ((r = fread(buf + len, 1, cap - len, f)) > 0) {
            len += r;
            if (len == cap) {
                cap *= 2;
                buf = realloc(buf, cap);
                assert_non_null(buf);
            }
        }
        fclose(f);
        s->data[i] = buf;
        s->len[i] = len;
    }
}

static void snap_free(struct snap *s)
{
    for (int i = 0; i < s->n; i++) {
        free(s->name[i]);
        free(s->data[i]);
    }
    free(s->name);
    free(s->data);
    free(s->len);
    memset(s, 0, sizeof *s);
}

/* NULL when equal, else the name of the first file that differs. */
static const char *snap_diff(const struct snap *a, const struct snap *b)
{
    for (int i = 0; i < a->n || i < b->n; i++) {
        if (i >= a->n)
            return b->name[i];
        if (i >= b->n || strcmp(a->name[i], b->name[i]))
            return a->name[i];
        if (a->len[i] != b->len[i] || memcmp(a->data[i], b->data[i], a->len[i]))
            return a->name[i];
    }
    return NULL;
}

static const char *const old_build[] = { "fixtures/responses/kent/disclosure_2021_0456.csv" };
static const char *const new_build[] = {
    "fixtures/responses/kent/disclosure_2021_0456.csv",
    "fixtures/responses/kent/disclosure_2022_1187.csv",
    "fixtures/responses/merseyside/FOI-2022-1187.html",
    "fixtures/responses/west-midlands/2512_22_response.txt",
    "fixtures/responses/hampshire/HC-FOI-2023-02301.csv",
};

enum fault_kind { FAULT_WRITE, FAULT_ALLOC };

static void export_faults(struct world *w, enum fault_kind kind)
{
    struct foi_dataset dsa, dsb;
    struct foi_comparable ca, cb;
    memset(&ca, 0, sizeof ca);
    memset(&cb, 0, sizeof cb);
    assert_int_equal(make_dataset(w, &dsa, &ca, old_build, 1), 0);
    assert_int_equal(make_dataset(w, &dsb, &cb, new_build, 5), 0);
    struct foi_export_ctx xa = { &dsa, &ca, 1, NULL }, xb = { &dsb, &cb, 1, NULL };

    /* tmpfs when there is one: the exporters fsync every file, hundreds of times here */
    struct stat shm;
    char tmpl[64];
    snprintf(tmpl, sizeof tmpl, "%s/foi-faults-XXXXXX",
             stat("/dev/shm", &shm) == 0 && S_ISDIR(shm.st_mode) && access("/dev/shm", W_OK) == 0
                 ? "/dev/shm" : "/tmp");
    char *root = mkdtemp(tmpl);
    assert_non_null(root);
    char out[600], ref[600];
    snprintf(out, sizeof out, "%s/out", root);
    snprintf(ref, sizeof ref, "%s/ref", root);
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_export_all(&xb, ref, &err), 0);
    assert_int_equal(foi_export_all(&xa, out, &err), 0);
    struct snap sold, snew, now;
    snap_take(&sold, out);
    snap_take(&snew, ref);
    assert_true(sold.n >= 8);
    assert_non_null(snap_diff(&sold, &snew));   /* the two builds differ */

    long n = 1, runs = 0;
    for (;; n = next_n(n), runs++) {
        assert_true(n < MAX_N);
        foi_err_clear(&err);
        if (kind == FAULT_WRITE)
            foi_wfile_fail_after(n);
        else
            foi_alloc_fail_after(n);
        int rc = foi_export_all(&xb, out, &err);
        int injected = kind == FAULT_ALLOC ? foi_alloc_count() >= n : 0;
        foi_wfile_fail_after(0);
        foi_alloc_fail_after(0);
        snap_take(&now, out);
        if (rc) {
            if (kind == FAULT_ALLOC && rc != FOI_ENOMEM)
                fail_msg("allocation %ld failed during export: code %d instead of FOI_ENOMEM (%s: %s)",
                         n, rc, err.locator, err.message);
            if (kind == FAULT_WRITE && rc != FOI_EIO)
                fail_msg("write %ld failed during export: code %d instead of FOI_EIO (%s: %s)",
                         n, rc, err.locator, err.message);
            assert_int_equal(err.code, rc);
            const char *d = snap_diff(&sold, &now);
            if (d)
                fail_msg("%s %ld failed: the previous build's '%s' was touched or a temporary left",
                         kind == FAULT_WRITE ? "write" : "allocation", n, d);
            snap_free(&now);
            continue;
        }
        const char *d = snap_diff(&snew, &now);
        if (d)
            fail_msg("%s %ld failed, export said success but '%s' differs from a clean export",
                     kind == FAULT_WRITE ? "write" : "allocation", n, d);
        snap_free(&now);
        if (kind == FAULT_WRITE || !injected)
            break;
        /* an absorbed allocation failure with identical output: go on, from the old build */
        foi_err_clear(&err);
        assert_int_equal(foi_export_all(&xa, out, &err), 0);
    }
    print_message("export with %s faults: %ld runs\n", kind == FAULT_WRITE ? "write" : "allocation", runs);
    assert_true(runs > 8);   /* every exporter writes at least once */

    snap_free(&sold);
    snap_free(&snew);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    assert_int_equal(system(cmd), 0);
    foi_comparable_release(&ca);
    foi_comparable_release(&cb);
    foi_dataset_release(&dsa);
    foi_dataset_release(&dsb);
}

static void test_export_write_faults(void **state) { export_faults(*state, FAULT_WRITE); }
static void test_export_alloc_faults(void **state) { export_faults(*state, FAULT_ALLOC); }

static void test_comparable_alloc_faults(void **state)
{
    struct world *w = *state;
    struct foi_dataset ds;
    struct foi_comparable cmp;
    memset(&cmp, 0, sizeof cmp);
    assert_int_equal(make_dataset(w, &ds, &cmp, new_build, 5), 0);
    size_t want_rows = cmp.nrows;
    foi_comparable_release(&cmp);
    for (long n = 1;; n = next_n(n)) {
        assert_true(n < MAX_N);
        struct foi_err err;
        foi_err_clear(&err);
        memset(&cmp, 0, sizeof cmp);
        foi_alloc_fail_after(n);
        struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
        int rc = foi_comparable_build(&ds, &cmp, &cmp_sink, &err);
        int injected = foi_alloc_count() >= n;
        foi_alloc_fail_after(0);
        if (rc) {
            assert_true(injected);
            assert_int_equal(rc, FOI_ENOMEM);
            assert_int_equal(cmp.nrows, 0);   /* "on failure cmp is left empty" */
        } else {
            assert_int_equal(cmp.nrows, want_rows);
        }
        foi_comparable_release(&cmp);
        if (!rc && !injected)
            break;
    }
    foi_dataset_release(&ds);
}

int main(void)
{
    alarm(300);   /* a fault that makes the library loop must fail the test, not hang make */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reader_alloc_faults),
        cmocka_unit_test(test_reader_direct_alloc_faults),
        cmocka_unit_test(test_process_alloc_faults),
        cmocka_unit_test(test_comparable_alloc_faults),
        cmocka_unit_test(test_export_write_faults),
        cmocka_unit_test(test_export_alloc_faults),
    };
    return cmocka_run_group_tests(tests, setup_world, teardown_world);
}
