/* pipeline.c: the batch run (see pipeline.h): discovery, forked parse workers
 * under resource limits and a timeout, merging, checks, export. */
#define _GNU_SOURCE 1   /* dl_iterate_phdr */
#include "build.h"
#include "serial.h"
#include "../normalize/context.h"
#include "cache.h"
#include "diff.h"
#include "../parsers/parser.h"
#include "../parsers/read.h"
#include "../normalize/normalize.h"
#include "../normalize/figure.h"
#include "../analyze/reconcile.h"
#include "../analyze/workforce.h"
#include "../export/export.h"
#include "../analyze/comparable.h"
#include "../export/out_report.h"
#include "stamp.h"
#include <limits.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <link.h>
#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif
#include <jansson.h>
#include <libxml/globals.h>
#include <pcre2.h>
#include <sqlite3.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

volatile sig_atomic_t foi_interrupt;

void foi_build_opts_init(struct foi_build_opts *o)
{
    memset(o, 0, sizeof *o);
    o->jobs = 1;
    foi_limits_default(&o->limits);
}

/* The shared objects this process has loaded, as files: SHA-256 over each
 * one's path, device, inode, size and mtime, in path order. An upgraded
 * package replaces its files, so this moves with it. */
struct libs {
    char *path[128];
    int n;
};

static int collect_lib(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    struct libs *l = data;
    /* modules loaded on demand later (iconv's gconv modules, libgcc_s) would
     * make the key depend on what ran before it was computed */
    if (info->dlpi_name && info->dlpi_name[0] && l->n < 128 && !strstr(info->dlpi_name, "/gconv/") &&
        !strstr(info->dlpi_name, "libgcc_s")) {
        char *p = foi_malloc(strlen(info->dlpi_name) + 1);
        if (p) {
            strcpy(p, info->dlpi_name);
            l->path[l->n++] = p;
        }
    }
    return 0;
}

static int path_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void loaded_libs_digest(char out[65])
{
    struct libs l;
    l.n = 0;
    dl_iterate_phdr(collect_lib, &l);
    qsort(l.path, (size_t)l.n, sizeof *l.path, path_cmp);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int i = 0; i < l.n; i++) {
        struct stat st;
        if (stat(l.path[i], &st) == 0)
            foi_buf_printf(&b, "%s %llu %llu %lld %lld.%09ld\n", l.path[i], (unsigned long long)st.st_dev,
                           (unsigned long long)st.st_ino, (long long)st.st_size,
                           (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
        else
            foi_buf_printf(&b, "%s -\n", l.path[i]);
        foi_free(l.path[i]);
    }
    foi_sha256_hex(b.data ? b.data : "", b.len, out);
    foi_buf_release(&b);
}

const char *foi_parsers_fingerprint(void)
{
    static char fp[2048];
    if (!fp[0]) {
        size_t off = (size_t)snprintf(fp, sizeof fp, "foi %s;", FOI_VERSION);
        for (int i = 0; i < foi_nparsers && off < sizeof fp; i++)
            off += (size_t)snprintf(fp + off, sizeof fp - off, "%s:%d;", foi_parsers[i]->name,
                                    foi_parsers[i]->version);
        /* the libraries that read the files and write the outputs, as loaded:
         * an upgraded libxml2 or SQLite under the same foi is other code */
        char pcre[64] = "?";
        if (pcre2_config(PCRE2_CONFIG_VERSION, pcre) < 0)
            snprintf(pcre, sizeof pcre, "?");
        if (off < sizeof fp)
            off += (size_t)snprintf(fp + off, sizeof fp - off, "libxml2 %s;pcre2 %s;sqlite %s;jansson %s;glibc %s;",
                     xmlParserVersion ? xmlParserVersion : "?", pcre, sqlite3_libversion(),
                     jansson_version_str(),
#ifdef __GLIBC__
                     gnu_get_libc_version()
#else
                     "?"
#endif
            );
        /* a distribution's patch release keeps the version string: the
         * shared objects' files themselves (libcsv has no version at all) */
        char libs[65];
        loaded_libs_digest(libs);
        if (off < sizeof fp)
            snprintf(fp + off, sizeof fp - off, "libs %s;", libs);
    }
    return fp;
}

/* ------------------------------------------------------ one file */
struct sinkctx {
    struct foi_norm_ctx *nc;
    struct foi_dataset *ds;
    const char *rel;
    int rc;
    long parse_errors;
};

static int sink_emit(struct foi_sink *s, const struct foi_figure *f)
{
    struct sinkctx *c = s->ctx;
    int rc = foi_normalize_figure(c->nc, f);
    if (rc && !c->rc)
        c->rc = rc;
    return rc;
}

static void sink_issue(struct foi_sink *s, enum foi_severity sev, const char *code,
                       const char *locator, const char *message)
{
    struct sinkctx *c = s->ctx;
    if (!strcmp(code, "parse_error"))
        c->parse_errors++;
    if (foi_dataset_add_issue(c->ds, sev, code, c->rel, locator, "%s", message) && !c->rc)
        c->rc = FOI_ENOMEM;
}

static void sink_meta(struct foi_sink *s, const char *key, const char *value)
{
    struct sinkctx *c = s->ctx;
    if (foi_dataset_add_meta(c->ds, c->rel, key, value) && !c->rc)
        c->rc = FOI_ENOMEM;
}

static int read_all(const char *path, const struct foi_limits *lim, char **data, size_t *n,
                    struct foi_err *err)
{
    *data = NULL;
    *n = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return foi_errf(err, FOI_EIO, "", "cannot open: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0) {
        close(fd);
        return foi_errf(err, FOI_EIO, "", "cannot stat: %s", strerror(errno));
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return foi_errf(err, FOI_EIO, "", "not a regular file");
    }
    if ((uint64_t)st.st_size > (uint64_t)lim->max_file_bytes) {
        close(fd);
        return foi_errf(err, FOI_ELIMIT, "", "file is %lld bytes, over the %zu-byte file-size limit (--max-file-size)",
                        (long long)st.st_size, lim->max_file_bytes);
    }
    size_t cap = (size_t)st.st_size + 1;
    char *buf = foi_malloc(cap);
    if (!buf) {
        close(fd);
        return foi_errf(err, FOI_ENOMEM, "", "out of memory reading the file");
    }
    size_t got = 0;
    for (;;) {
        if (got == cap) {
            /* the file grew while we read it: stop at the limit */
            if (cap > lim->max_file_bytes) {
                foi_free(buf);
                close(fd);
                return foi_errf(err, FOI_ELIMIT, "", "file grew over the file-size limit while being read");
            }
            char *nb = foi_realloc(buf, cap * 2);
            if (!nb) {
                foi_free(buf);
                close(fd);
                return foi_errf(err, FOI_ENOMEM, "", "out of memory reading the file");
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + got, cap - got);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            foi_free(buf);
            close(fd);
            return foi_errf(err, FOI_EIO, "", "read error: %s", strerror(e));
        }
        if (r == 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    if (got == cap) {
        char *nb = foi_realloc(buf, cap + 1);
        if (!nb) {
            foi_free(buf);
            return foi_errf(err, FOI_ENOMEM, "", "out of memory reading the file");
        }
        buf = nb;
    }
    buf[got] = '\0';   /* callers may treat the bytes as a string */
    *data = buf;
    *n = got;
    return 0;
}

static const char *folder_of(struct foi_arena *a, const char *rel)
{
    const char *slash = strchr(rel, '/');
    return slash ? foi_arena_strndup(a, rel, (size_t)(slash - rel)) : NULL;
}

int foi_process_file(const struct foi_taxonomy *tax, const struct foi_limits *lim,
                     const char *fs_path, const char *rel, const char *context,
                     struct foi_dataset *ds)
{
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_source src;
    memset(&src, 0, sizeof src);
    src.source_file = rel;
    src.format = "unknown";
    src.parser = "";
    src.force_id = "";
    src.status = "failed";
    char sha[65] = "";
    char *bytes = NULL;
    size_t n = 0;
    int rc = read_all(fs_path, lim, &bytes, &n, &err);
    if (rc) {
        src.source_sha256 = "";
        foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "%s", err.message);
        return foi_dataset_add_source(ds, &src);
    }
    foi_sha256_hex(bytes, n, sha);
    src.source_sha256 = sha;
    src.bytes = n;

    struct foi_doc doc;
    foi_doc_init(&doc, rel);
    doc.tax = tax;
    doc.folder_hint = folder_of(&doc.arena, rel);
    struct foi_doc_context dctx;
    if (context && *context) {
        rc = foi_context_parse(&doc.arena, context, strlen(context), NULL, &dctx, &err);
        if (rc) {
            foi_free(bytes);
            foi_doc_release(&doc);
            if (rc == FOI_ENOMEM)
                return rc;
            foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "context: %s",
                                  err.message);
            return foi_dataset_add_source(ds, &src);
        }
        doc.context = &dctx;
    }
    rc = foi_read_bytes(&doc, bytes, n, lim, &err);
    foi_free(bytes);
    src.format = foi_format_name(doc.format);
    /* what the reader saw that the journalist must be told: hidden sheets,
     * formulas without a value, pages without text */
    for (int i = 0; i < doc.nnotes; i++)
        if (foi_dataset_add_issue(ds, (enum foi_severity)doc.notes[i].severity, doc.notes[i].code, rel,
                                  doc.notes[i].locator, "%s", doc.notes[i].message)) {
            foi_doc_release(&doc);
            return FOI_ENOMEM;
        }
    if (!rc && foi_doc_fatal_note(&doc)) {
        /* nothing to parse (a scan without a text layer): failed, no figures */
        rc = foi_dataset_add_source(ds, &src);
        foi_doc_release(&doc);
        return rc;
    }
    if (rc) {
        foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "%s",
                              err.message[0] ? err.message : foi_strerror(rc));
        rc = foi_dataset_add_source(ds, &src);
        foi_doc_release(&doc);
        return rc;
    }
    int score = 0;
    const struct foi_parser *p = foi_parser_pick(&doc, &score);
    if (!p) {
        foi_dataset_add_issue(ds, FOI_SEV_WARNING, "no_figures", rel, "",
                              "no parser recognised anything in this %s file", src.format);
        rc = foi_dataset_add_source(ds, &src);
        foi_doc_release(&doc);
        return rc;
    }
    src.parser = p->name;
    struct foi_norm_ctx nc;
    foi_norm_init(&nc, tax, ds, rel, sha, p->name);
    struct sinkctx sc = { &nc, ds, rel, 0, 0 };
    struct foi_sink sink = { sink_emit, sink_issue, &sc, sink_meta };
    size_t first_rec = ds->nrecords;
    rc = p->parse(&doc, &sink, &err);
    if (rc && rc != FOI_ENOMEM)
        foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "%s",
                              err.message[0] ? err.message : foi_strerror(rc));
    if (sc.rc == FOI_ENOMEM || rc == FOI_ENOMEM) {
        foi_norm_release(&nc);
        foi_doc_release(&doc);
        return FOI_ENOMEM;
    }
    /* the source's force: one, several (a national table), or the document's */
    const char *force = NULL;
    int multiple = 0;
    for (size_t i = first_rec; i < ds->nrecords; i++) {
        const char *f = ds->records[i].force_id;
        if (!f || !*f)
            continue;
        if (!force)
            force = f;
        else if (strcmp(force, f))
            multiple = 1;
    }
    src.force_id = multiple ? "multiple" : force ? force : "";
    src.records = nc.records;
    if (nc.records == 0) {
        foi_dataset_add_issue(ds, FOI_SEV_WARNING, "no_figures", rel, "",
                              "%s found no figures in this %s file", p->name, src.format);
        src.status = "failed";
    } else if (nc.refused == nc.records) {
        src.status = "refused";
    } else if (rc || sc.parse_errors) {
        src.status = "partial";
    } else {
        src.status = "parsed";
    }
    rc = foi_dataset_add_source(ds, &src);
    foi_norm_release(&nc);
    foi_doc_release(&doc);
    return rc;
}

/* A file's result as the build keeps it: its checks that need no other
 * file (sums within the source), everything in SPEC order, as bytes. */
static int file_result(struct foi_dataset *one, struct foi_buf *out)
{
    foi_dataset_sort(one);
    struct foi_issue_sink sink = foi_dataset_issue_sink(one);
    int rc = foi_check_sums(one, &sink);
    if (!rc) {
        foi_dataset_sort(one);
        rc = foi_serial_write(one, out);
    }
    return rc;
}

/* ------------------------------------------------------ discovery */
struct job {
    char *fs, *rel;
    char *context;      /* the text of the file's external context (normalize/context.h), or NULL */
    char *key;          /* its name in the rebuild cache: rel, or rel and a digest of the context */
};

/* Give job j the context text (NULL for none); its cache key follows. 0 or FOI_ENOMEM. */
static __attribute__((unused)) int job_set_context(struct job *j, const char *text)
{
    if (j->key != j->rel)
        foi_free(j->key);
    foi_free(j->context);
    j->context = NULL;
    j->key = j->rel;
    if (!text || !*text)
        return 0;
    char sha[65];
    foi_sha256_hex(text, strlen(text), sha);
    j->context = foi_strdup(text);
    size_t n = strlen(j->rel) + 32;
    j->key = foi_malloc(n);
    if (!j->context || !j->key) {
        foi_free(j->context);
        foi_free(j->key);
        j->context = NULL;
        j->key = j->rel;
        return FOI_ENOMEM;
    }
    snprintf(j->key, n, "%s [context %.16s]", j->rel, sha);
    return 0;
}

static void job_release(struct job *j)
{
    if (j->key != j->rel)
        foi_free(j->key);
    foi_free(j->context);
    foi_free(j->fs);
    foi_free(j->rel);
}

struct walk {
    struct job *jobs;
    size_t n, alloc;
    dev_t vdev[256];
    ino_t vino[256];
    int nvisited;
    dev_t out_dev;
    ino_t out_ino;
    int have_out;
    struct foi_dataset *ds;
    int rc;
};

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_skip(struct walk *w, const char *rel, const char *status, const char *msg)
{
    struct foi_source s;
    memset(&s, 0, sizeof s);
    s.source_file = rel;
    s.source_sha256 = "";
    s.format = "unknown";
    s.parser = "";
    s.force_id = "";
    s.status = status;
    if (foi_dataset_add_issue(w->ds, !strcmp(status, "failed") ? FOI_SEV_ERROR : FOI_SEV_WARNING,
                              "parse_error", rel, "", "%s", msg) ||
        foi_dataset_add_source(w->ds, &s))
        w->rc = FOI_ENOMEM;
}

static void walk_dir(struct walk *w, const char *fs, const char *rel, int depth)
{
    if (w->rc)
        return;
    if (depth > 64) {
        add_skip(w, rel, "skipped", "folder nesting deeper than 64 levels; not read");
        return;
    }
    DIR *d = opendir(fs);
    if (!d) {
        add_skip(w, rel[0] ? rel : ".", "failed", "cannot open folder");
        return;
    }
    char **names = NULL;
    size_t nn = 0, an = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;   /* hidden files, . and .. */
        if (nn == an) {
            an = an ? an * 2 : 32;
            char **p = foi_realloc(names, an * sizeof *p);
            if (!p) { w->rc = FOI_ENOMEM; break; }
            names = p;
        }
        if (!(names[nn] = foi_strdup(e->d_name))) { w->rc = FOI_ENOMEM; break; }
        nn++;
    }
    closedir(d);
    if (nn)
        qsort(names, nn, sizeof *names, name_cmp);
    for (size_t i = 0; i < nn && !w->rc; i++) {
        size_t lf = strlen(fs) + strlen(names[i]) + 2, lr = strlen(rel) + strlen(names[i]) + 2;
        char *cfs = foi_malloc(lf), *crel = foi_malloc(lr);
        if (!cfs || !crel) {
            foi_free(cfs); foi_free(crel);
            w->rc = FOI_ENOMEM;
            break;
        }
        snprintf(cfs, lf, "%s/%s", fs, names[i]);
        snprintf(crel, lr, "%s%s%s", rel, rel[0] ? "/" : "", names[i]);
        struct stat st;
        int keep = 0;
        if (stat(cfs, &st) < 0) {
            add_skip(w, crel, "failed", errno == ELOOP ? "symbolic link loop; not read"
                                                       : "broken symbolic link or unreadable entry; not read");
        } else if (S_ISDIR(st.st_mode)) {
            int seen = w->have_out && st.st_dev == w->out_dev && st.st_ino == w->out_ino;
            for (int k = 0; k < w->nvisited && !seen; k++)
                if (w->vdev[k] == st.st_dev && w->vino[k] == st.st_ino) {
                    add_skip(w, crel, "skipped", "folder reached again through a symbolic link (loop); not read twice");
                    seen = 1;
                }
            if (!seen && w->nvisited < 256) {
                w->vdev[w->nvisited] = st.st_dev;
                w->vino[w->nvisited] = st.st_ino;
                w->nvisited++;
                walk_dir(w, cfs, crel, depth + 1);
                w->nvisited--;
            }
        } else if (S_ISREG(st.st_mode)) {
            if (w->n == w->alloc) {
                size_t na = w->alloc ? w->alloc * 2 : 64;
                struct job *p = foi_realloc(w->jobs, na * sizeof *p);
                if (!p) { w->rc = FOI_ENOMEM; foi_free(cfs); foi_free(crel); break; }
                w->jobs = p;
                w->alloc = na;
            }
            w->jobs[w->n].fs = cfs;
            w->jobs[w->n].rel = crel;
            w->jobs[w->n].context = NULL;
            w->jobs[w->n].key = crel;
            w->n++;
            keep = 1;
        } else {
            add_skip(w, crel, "skipped", "not a regular file (FIFO, device or socket); not read");
        }
        if (!keep) {
            foi_free(cfs);
            foi_free(crel);
        }
    }
    for (size_t i = 0; i < nn; i++)
        foi_free(names[i]);
    foi_free(names);
}

/* ------------------------------------------------------ workers */
/* ------------------------------------------------------ workers
 *
 * A pool of long-lived parse workers, forked before the parent holds any
 * figures (so a fork is cheap) and fed one file at a time over a pipe:
 *
 *   parent -> worker: u32 len(fs), u32 len(rel), fs bytes, rel bytes
 *   worker -> parent: u32 FRAME_MAGIC, i32 rc, u64 len, then len bytes of
 *                     foi_serial_write output (the file's dataset)
 *
 * A worker holds one file at a time, so a crash, a timeout or runaway output
 * costs exactly that file: the parent records why, and a new worker takes
 * the dead one's place. Each file gets its own CPU allowance (RLIMIT_CPU is
 * raised to the worker's CPU time so far + --timeout + 1 s before it starts);
 * the wall-clock --timeout is the parent's. */
enum { FRAME_MAGIC = 0x46524d31u, FRAME_HDR = 16, MAX_WORKERS = 64 };

struct worker {
    pid_t pid;          /* 0: no process */
    int to, from;       /* request pipe (write end), result pipe (read end) */
    long job;           /* -1: idle */
    struct foi_buf buf;
    struct timespec start;
    int killed;         /* 1 timeout, 2 output too large */
    struct stat st;     /* the file as it was when its parse started (for the cache) */
    int have_st;
};

struct pool {
    struct worker w[MAX_WORKERS];
    int n;
    const struct foi_build_opts *o;
    const struct foi_taxonomy *tax;
};

static double elapsed(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

#if defined(__SANITIZE_ADDRESS__)
#define FOI_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FOI_UNDER_ASAN 1
#endif
#endif

static int write_full(int fd, const void *p, size_t n, int sock)
{
    const char *c = p;
    while (n > 0) {
        ssize_t w = sock ? send(fd, c, n, MSG_NOSIGNAL) : write(fd, c, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

/* 1 read all n bytes, 0 end of file before any byte, -1 error or short */
static int read_full(int fd, void *p, size_t n)
{
    char *c = p;
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, c + got, n - got);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (r == 0)
            return got ? -1 : 0;
        got += (size_t)r;
    }
    return 1;
}

/* Give the next file its own CPU allowance: what this process used so far
 * plus the per-file budget. */
static void cpu_allowance(int t)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return;
    rlim_t used = (rlim_t)ru.ru_utime.tv_sec + (rlim_t)ru.ru_stime.tv_sec + 1;
    struct rlimit cur;
    if (getrlimit(RLIMIT_CPU, &cur) != 0)
        return;
    struct rlimit rl = { used + (rlim_t)t + 1, cur.rlim_max };
    if (cur.rlim_max != RLIM_INFINITY && rl.rlim_cur > cur.rlim_max)
        rl.rlim_cur = cur.rlim_max;
    setrlimit(RLIMIT_CPU, &rl);
}

/* Test hook (FOI_TEST_WORKER_FAULTS=1; tests/e2e/workers.sh): a file whose
 * path contains "foi-fault-crash" crashes its worker, "foi-fault-hang" hangs
 * it, "foi-fault-alloc" asks for twice --mem-limit. Never set in use. */
static int test_fault(const char *rel, long mem_mb)
{
    if (strstr(rel, "foi-fault-crash"))
        abort();    /* SIGABRT: a sanitizer would turn SIGSEGV into an exit status */
    if (strstr(rel, "foi-fault-hang"))
        for (;;)
            pause();
    if (strstr(rel, "foi-fault-alloc")) {
        void *p = malloc((size_t)mem_mb << 21);
        if (!p)
            return FOI_ENOMEM;
        free(p);    /* no limit here (a sanitizer build): parse as usual */
    }
    return 0;
}

static _Noreturn void worker_main(const struct foi_build_opts *o, const struct foi_taxonomy *tax,
                                  int rfd, int wfd)
{
#ifndef FOI_UNDER_ASAN
    long mb = o->mem_limit_mb > 0 ? o->mem_limit_mb : 2048;
    struct rlimit rl = { (rlim_t)mb << 20, (rlim_t)mb << 20 };
    setrlimit(RLIMIT_AS, &rl);
#endif
    int t = o->timeout_s > 0 ? o->timeout_s : 60;
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    const char *tf = getenv("FOI_TEST_WORKER_FAULTS");
    int faults = tf && !strcmp(tf, "1");
    for (;;) {
        unsigned char h[12];
        int r = read_full(rfd, h, sizeof h);
        if (r == 0)
            _exit(0);       /* the parent closed the pipe: no more files */
        if (r < 0)
            _exit(1);
        uint32_t nf = foi_le32(h), nr = foi_le32(h + 4), nc = foi_le32(h + 8);
        if (nf > PATH_MAX * 4u || nr > PATH_MAX * 4u || nc > (1u << 20))
            _exit(1);
        char *fs = foi_malloc((size_t)nf + 1), *rel = foi_malloc((size_t)nr + 1);
        char *ctx = foi_malloc((size_t)nc + 1);
        if (!fs || !rel || !ctx || read_full(rfd, fs, nf) != 1 || read_full(rfd, rel, nr) != 1 ||
            (nc && read_full(rfd, ctx, nc) != 1))
            _exit(1);
        fs[nf] = rel[nr] = ctx[nc] = 0;
        cpu_allowance(t);
        struct foi_dataset ds;
        foi_dataset_init(&ds);
        int rc = faults ? test_fault(rel, o->mem_limit_mb > 0 ? o->mem_limit_mb : 2048) : 0;
        if (!rc)
            rc = foi_process_file(tax, &o->limits, fs, rel, nc ? ctx : NULL, &ds);
        struct foi_buf b;
        foi_buf_init(&b, 0);
        if (!rc)
            rc = file_result(&ds, &b);
        foi_dataset_release(&ds);
        foi_free(fs);
        foi_free(rel);
        foi_free(ctx);
        unsigned char fh[FRAME_HDR];
        foi_put_le32(fh, FRAME_MAGIC);
        foi_put_le32(fh + 4, (uint32_t)rc);
        uint64_t len = rc ? 0 : (uint64_t)b.len;
        foi_put_le32(fh + 8, (uint32_t)len);
        foi_put_le32(fh + 12, (uint32_t)(len >> 32));
        if (write_full(wfd, fh, sizeof fh, 0) || (len && write_full(wfd, b.data, b.len, 0)))
            _exit(1);
        foi_buf_release(&b);
        if (rc == FOI_ENOMEM)
            _exit(12);      /* start afresh: a new worker takes the next file */
    }
}

static void worker_close(struct worker *w)
{
    if (w->to >= 0)
        close(w->to);
    if (w->from >= 0)
        close(w->from);
    w->to = w->from = -1;
    foi_buf_release(&w->buf);
}

/* Start worker k. 0 or FOI_EIO. */
static int worker_spawn(struct pool *pl, int k)
{
    /* requests travel over a socket so that writing to a worker that died
     * is an error (MSG_NOSIGNAL), not a SIGPIPE for the parent */
    int req[2], res[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, req) < 0)
        return FOI_EIO;
    if (pipe(res) < 0) {
        close(req[0]);
        close(req[1]);
        return FOI_EIO;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(req[0]); close(req[1]); close(res[0]); close(res[1]);
        return FOI_EIO;
    }
    if (pid == 0) {
        for (int i = 0; i < pl->n; i++)
            if (i != k && pl->w[i].pid) {
                close(pl->w[i].to);
                close(pl->w[i].from);
            }
        close(req[1]);
        close(res[0]);
        worker_main(pl->o, pl->tax, req[0], res[1]);
    }
    close(req[0]);
    close(res[1]);
    fcntl(req[1], F_SETFD, FD_CLOEXEC);
    fcntl(res[0], F_SETFD, FD_CLOEXEC);
    struct worker *w = &pl->w[k];
    memset(w, 0, sizeof *w);
    w->pid = pid;
    w->to = req[1];
    w->from = res[0];
    w->job = -1;
    foi_buf_init(&w->buf, ((size_t)1 << 30) + FRAME_HDR);
    return 0;
}

/* Fork the workers: before the parent reads its cache or any result. */
static int pool_start(struct pool *pl, const struct foi_build_opts *o, const struct foi_taxonomy *tax,
                      size_t njobs)
{
    memset(pl, 0, sizeof *pl);
    pl->o = o;
    pl->tax = tax;
    int nw = o->jobs > 0 ? o->jobs : 1;
    if (nw > MAX_WORKERS)
        nw = MAX_WORKERS;
    if ((size_t)nw > njobs)
        nw = (int)njobs;
    for (int k = 0; k < nw; k++) {
        pl->w[k].to = pl->w[k].from = -1;
        int rc = worker_spawn(pl, k);
        pl->n = k + (rc == 0);
        if (rc)
            return rc;
    }
    pl->n = nw;
    return 0;
}

/* End worker k: kill it when asked (or when it holds a file), reap it. The
 * wait status, or 0 when there was no process. */
static int worker_end(struct worker *w, int kill_it)
{
    int status = 0;
    if (!w->pid)
        return 0;
    if (kill_it)
        kill(w->pid, SIGKILL);
    if (w->to >= 0) {
        close(w->to);   /* an idle worker leaves on end of file */
        w->to = -1;
    }
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
        ;
    w->pid = 0;
    worker_close(w);
    return status;
}

static void pool_stop(struct pool *pl, int kill_all)
{
    for (int k = 0; k < pl->n; k++)
        worker_end(&pl->w[k], kill_all || pl->w[k].job >= 0);
    pl->n = 0;
}

static void worker_failed(struct foi_dataset *ds, const struct job *j, const char *why,
                          const struct foi_limits *lim)
{
    struct foi_source s;
    memset(&s, 0, sizeof s);
    char sha[65] = "";
    char *bytes = NULL;
    size_t n = 0;
    struct foi_err err;
    foi_err_clear(&err);
    if (read_all(j->fs, lim, &bytes, &n, &err) == 0) {
        foi_sha256_hex(bytes, n, sha);
        s.bytes = n;
        foi_free(bytes);
    }
    s.source_file = j->rel;
    s.source_sha256 = sha;
    s.format = "unknown";
    s.parser = "";
    s.force_id = "";
    s.status = "failed";
    foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", j->rel, "", "%s", why);
    foi_dataset_add_source(ds, &s);
}

/* Worker k's file came to a bad end (why from its wait status or the
 * parent's verdict): record it, and put a new worker in its place. */
static int worker_lost(struct pool *pl, int k, const struct job *jobs, struct foi_dataset *ds,
                       int more)
{
    struct worker *w = &pl->w[k];
    const struct job *j = &jobs[w->job];
    int killed = w->killed;
    int status = worker_end(w, 1);
    const struct foi_build_opts *o = pl->o;
    char why[256];
    if (killed == 1) {
        snprintf(why, sizeof why, "parsing took longer than %d s and was stopped (--timeout)",
                 o->timeout_s > 0 ? o->timeout_s : 60);
    } else if (killed == 2) {
        snprintf(why, sizeof why, "the parser produced more output than the limit allows; stopped");
    } else if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        snprintf(why, sizeof why, sig == SIGXCPU ? "parsing used more CPU time than allowed; stopped"
                                                 : "the parser crashed (signal %d); the file was skipped", sig);
    } else if (WIFEXITED(status) && WEXITSTATUS(status) == 12) {
        snprintf(why, sizeof why, "parsing ran out of memory (--mem-limit); the file was skipped");
    } else {
        snprintf(why, sizeof why, "the parse worker failed");
    }
    worker_failed(ds, j, why, &o->limits);
    w->job = -1;
    return more ? worker_spawn(pl, k) : 0;
}

/* Worker k sent a whole frame: take the file's result. */
static int worker_done(struct pool *pl, int k, const struct job *jobs, struct foi_dataset *ds,
                       struct foi_cache *cache, int more)
{
    struct worker *w = &pl->w[k];
    const struct job *j = &jobs[w->job];
    const unsigned char *h = (const unsigned char *)w->buf.data;
    int frc = (int)foi_le32(h + 4);
    const char *blob = w->buf.data + FRAME_HDR;
    size_t len = w->buf.len - FRAME_HDR;
    int rc = 0;
    if (frc == FOI_ENOMEM) {
        worker_failed(ds, j, "parsing ran out of memory (--mem-limit); the file was skipped", &pl->o->limits);
        /* that worker is on its way out: a fresh one takes its place */
        w->job = -1;
        worker_end(w, 0);
        return more ? worker_spawn(pl, k) : 0;
    } else if (frc) {
        worker_failed(ds, j, "the parse worker failed", &pl->o->limits);
    } else {
        struct foi_err err;
        foi_err_clear(&err);
        rc = foi_serial_read(ds, blob, len, &err);    /* damaged: nothing appended */
        if (rc == FOI_ECORRUPT) {
            worker_failed(ds, j, "the parse worker's result was damaged", &pl->o->limits);
            rc = 0;
        } else if (!rc && cache && w->have_st) {
            /* a cache that cannot take the result only costs a reparse next time */
            if (foi_cache_put(cache, j->key, &w->st, NULL, blob, len) == FOI_ENOMEM)
                rc = FOI_ENOMEM;
        }
    }
    w->job = -1;
    w->buf.len = 0;
    return rc;
}

/* Hand job i to idle worker k. 0, or FOI_EIO when the worker cannot take it. */
static int worker_give(struct worker *w, const struct job *jobs, size_t i, const struct stat *st,
                       int have_st)
{
    size_t nf = strlen(jobs[i].fs), nr = strlen(jobs[i].rel);
    size_t nc = jobs[i].context ? strlen(jobs[i].context) : 0;
    unsigned char h[12];
    foi_put_le32(h, (uint32_t)nf);
    foi_put_le32(h + 4, (uint32_t)nr);
    foi_put_le32(h + 8, (uint32_t)nc);
    w->job = (long)i;
    w->killed = 0;
    w->st = *st;
    w->have_st = have_st;
    w->buf.len = 0;
    clock_gettime(CLOCK_MONOTONIC, &w->start);
    /* a worker that died while idle shows up as a failed write: the caller
     * treats it like a crash of this file */
    if (write_full(w->to, h, sizeof h, 1) || write_full(w->to, jobs[i].fs, nf, 1) ||
        write_full(w->to, jobs[i].rel, nr, 1) || (nc && write_full(w->to, jobs[i].context, nc, 1)))
        return FOI_EIO;
    return 0;
}

/* A file's result from the rebuild cache: by stat alone, or (when the file
 * was touched) by its content hash. 1 reused, 0 not, or an error code < 0. */
static int from_cache(struct foi_cache *cache, const struct job *j, const struct stat *st,
                      const struct foi_limits *lim, struct foi_dataset *ds)
{
    if (!cache)
        return 0;
    size_t len = 0;
    const char *blob = foi_cache_get_stat(cache, j->key, st, &len);
    if (!blob && foi_cache_has(cache, j->key)) {
        char *bytes = NULL;
        size_t n = 0;
        struct foi_err e;
        foi_err_clear(&e);
        if (read_all(j->fs, lim, &bytes, &n, &e) == 0) {
            char sha[65];
            foi_sha256_hex(bytes, n, sha);
            foi_free(bytes);
            blob = foi_cache_get_sha(cache, j->key, sha, &len);
            if (blob)
                foi_cache_refresh(cache, j->key, st);
        }
    }
    if (!blob)
        return 0;
    /* a damaged blob (nothing of it appended) means parsing the file again */
    struct foi_err e;
    foi_err_clear(&e);
    int rc = foi_serial_read(ds, blob, len, &e);
    if (rc == FOI_ECORRUPT) {
        foi_cache_drop(cache, j->key);
        return 0;
    }
    return rc ? -rc : 1;
}

static int run_jobs(struct pool *pl, const struct job *jobs, size_t njobs, struct foi_dataset *ds,
                    struct foi_cache *cache, size_t *reused)
{
    const struct foi_build_opts *o = pl->o;
    size_t next = 0, done = 0;
    int rc = 0;
    double timeout = o->timeout_s > 0 ? o->timeout_s : 60;
    for (;;) {
        /* cache hits cost no worker; the rest go to idle workers */
        int busy = 0;
        for (int k = 0; k < pl->n && !rc; k++) {
            struct worker *w = &pl->w[k];
            while (w->job < 0 && w->pid && next < njobs && !foi_interrupt && !rc) {
                if (o->progress)
                    o->progress(o->cb_ctx, done, njobs, jobs[next].rel);
                struct stat st;
                memset(&st, 0, sizeof st);
                int have_st = stat(jobs[next].fs, &st) == 0;
                if (have_st) {
                    int hit = from_cache(cache, &jobs[next], &st, &o->limits, ds);
                    if (hit < 0) {
                        rc = -hit;
                        break;
                    }
                    if (hit) {
                        (*reused)++;
                        next++;
                        done++;
                        continue;
                    }
                }
                if (worker_give(w, jobs, next, &st, have_st)) {
                    /* the worker was gone before it took the file: the
                     * file is not to blame; a new worker gets it */
                    w->job = -1;
                    worker_end(w, 1);
                    if ((rc = worker_spawn(pl, k)) || (rc = worker_give(w, jobs, next, &st, have_st)))
                        break;
                }
                next++;
            }
            busy += w->job >= 0;
        }
        if (rc || foi_interrupt)
            break;
        if (!busy) {
            if (next >= njobs)
                break;
            int alive = 0;
            for (int k = 0; k < pl->n; k++)
                alive += pl->w[k].pid != 0;
            if (!alive)
                return FOI_EIO;
            continue;
        }
        struct pollfd pf[MAX_WORKERS];
        int idx[MAX_WORKERS], np = 0;
        for (int k = 0; k < pl->n; k++) {
            if (pl->w[k].job < 0)
                continue;
            pf[np].fd = pl->w[k].from;
            pf[np].events = POLLIN;
            pf[np].revents = 0;
            idx[np++] = k;
        }
        int pr = poll(pf, (nfds_t)np, 200);
        if (pr < 0 && errno != EINTR)
            return FOI_EIO;
        for (int q = 0; q < np && !rc; q++) {
            int k = idx[q];
            struct worker *w = &pl->w[k];
            int lost = 0;
            if (pf[q].revents & (POLLIN | POLLHUP | POLLERR)) {
                char chunk[65536];
                ssize_t r = read(w->from, chunk, sizeof chunk);
                if (r > 0) {
                    if (foi_buf_add(&w->buf, chunk, (size_t)r)) {
                        w->killed = 2;
                        lost = 1;
                    }
                } else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
                    lost = 1;   /* gone in the middle of a file */
                }
            }
            if (!lost && w->buf.len >= FRAME_HDR) {
                const unsigned char *h = (const unsigned char *)w->buf.data;
                uint64_t len = (uint64_t)foi_le32(h + 8) | (uint64_t)foi_le32(h + 12) << 32;
                if (foi_le32(h) != FRAME_MAGIC || len > (uint64_t)1 << 30) {
                    lost = 1;
                } else if (w->buf.len >= FRAME_HDR + len) {
                    if (w->buf.len > FRAME_HDR + len) {
                        lost = 1;
                    } else {
                        rc = worker_done(pl, k, jobs, ds, cache, next < njobs);
                        done++;
                        continue;
                    }
                }
            }
            if (!lost && elapsed(&w->start) > timeout) {
                w->killed = 1;
                lost = 1;
            }
            if (lost) {
                rc = worker_lost(pl, k, jobs, ds, next < njobs);
                done++;
            }
        }
    }
    if (foi_interrupt)
        return FOI_EIO;
    if (o->progress && !rc)
        o->progress(o->cb_ctx, done, njobs, NULL);
    return rc;
}

/* FOI_TIMINGS=1: each phase's wall time on stderr (for the benchmark and
 * for profiling; never part of the outputs). */
static void phase(const char *name)
{
    static int on = -1;
    static struct timespec t0;
    if (on < 0) {
        const char *e = getenv("FOI_TIMINGS");
        on = e && !strcmp(e, "1");
        clock_gettime(CLOCK_MONOTONIC, &t0);
    }
    if (!on)
        return;
    /* and the memory high-water mark so far (Linux; nothing elsewhere) */
    long hwm = -1;
    FILE *fp = fopen("/proc/self/status", "r");
    if (fp) {
        char line[256];
        while (fgets(line, sizeof line, fp))
            if (!strncmp(line, "VmHWM:", 6))
                hwm = strtol(line + 6, NULL, 10);
        fclose(fp);
    }
    if (hwm >= 0)
        fprintf(stderr, "foi: timing: %-28s %8.3f s  (peak %ld MB)\n", name, elapsed(&t0), hwm / 1024);
    else
        fprintf(stderr, "foi: timing: %-28s %8.3f s\n", name, elapsed(&t0));
    clock_gettime(CLOCK_MONOTONIC, &t0);
}

/* ------------------------------------------------------ expect */
int foi_load_expect(struct foi_dataset *ds, const char *expect, struct foi_err *err)
{
    if (!expect || !*expect)
        return 0;
    char *text = NULL;
    struct stat st;
    if (stat(expect, &st) == 0 && S_ISREG(st.st_mode)) {
        size_t n;
        struct foi_limits lim;
        foi_limits_default(&lim);
        int rc = read_all(expect, &lim, &text, &n, err);
        if (rc)
            return rc;
    } else {
        text = foi_strdup(expect);
        if (!text)
            return FOI_ENOMEM;
        for (char *p = text; *p; p++)
            if (*p == ',')
                *p = '\n';
    }
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        while (*line == ' ' || *line == '\t')
            line++;
        size_t l = strlen(line);
        while (l && (line[l - 1] == ' ' || line[l - 1] == '\r' || line[l - 1] == '\t'))
            line[--l] = '\0';
        if (!l)
            continue;
        const char *id = foi_norm_label(ds->tax, FOI_VOCAB_FORCE, line);
        if (!id) {
            foi_dataset_add_issue(ds, FOI_SEV_WARNING, "unknown_force", "", "--expect",
                                  "'%s' in --expect is not a known force", line);
            continue;
        }
        int dup = 0;
        for (size_t i = 0; i < ds->nexpect; i++)
            if (!strcmp(ds->expect[i], id))
                dup = 1;
        if (dup)
            continue;
        const char **p = foi_realloc(ds->expect, (ds->nexpect + 1) * sizeof *p);
        if (!p) {
            foi_free(text);
            return FOI_ENOMEM;
        }
        ds->expect = p;
        ds->expect[ds->nexpect++] = id;
    }
    foi_free(text);
    return 0;
}

static int check_missing(struct foi_dataset *ds)
{
    for (size_t i = 0; i < ds->nexpect; i++) {
        int found = 0;
        for (size_t k = 0; k < ds->nsources && !found; k++)
            if (ds->sources[k].force_id && !strcmp(ds->sources[k].force_id, ds->expect[i]))
                found = 1;
        for (size_t k = 0; k < ds->nrecords && !found; k++)
            if (!strcmp(ds->records[k].force_id, ds->expect[i]))
                found = 1;
        if (!found &&
            foi_dataset_add_issue(ds, FOI_SEV_WARNING, "missing_force", "", ds->expect[i],
                                  "no response from %s yet",
                                  foi_taxonomy_name(ds->tax, FOI_VOCAB_FORCE, ds->expect[i])))
            return FOI_ENOMEM;
    }
    return 0;
}

/* ------------------------------------------------------ build */
int foi_build_run(const struct foi_build_opts *o, struct foi_build_summary *sum, struct foi_err *err)
{
    memset(sum, 0, sizeof *sum);
    struct stat st;
    if (stat(o->in_dir, &st) < 0 || !S_ISDIR(st.st_mode))
        return foi_errf(err, FOI_EUSAGE, "", "'%s' is not a folder", o->in_dir);
    struct foi_taxonomy *tax = NULL;
    int rc = foi_taxonomy_load(&tax, foi_taxonomy_default_dir(), o->taxonomy_dir, err);
    if (rc)
        return rc == FOI_ENOMEM ? rc : foi_errf(err, FOI_EUSAGE, "", "taxonomy: %s", err->message);

    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = tax;
    struct foi_workforce *wf = NULL;
    struct foi_comparable cmp;
    memset(&cmp, 0, sizeof cmp);
    int cmp_built = 0;
    struct walk w;
    memset(&w, 0, sizeof w);
    w.ds = &ds;
    struct foi_cache *cache = NULL;
    struct pool pool;
    memset(&pool, 0, sizeof pool);
    char *ckey = NULL;          /* the cache key, kept for the output stamp */
    char fp[65] = "";
    int up_to_date = 0;

    rc = foi_load_expect(&ds, o->expect, err);
    if (rc)
        goto out;
    struct stat ost;
    if (stat(o->out_dir, &ost) == 0) {
        w.have_out = 1;
        w.out_dev = ost.st_dev;
        w.out_ino = ost.st_ino;
    }
    w.vdev[0] = st.st_dev;
    w.vino[0] = st.st_ino;
    w.nvisited = 1;
    phase("start");
    walk_dir(&w, o->in_dir, "", 0);
    if ((rc = w.rc))
        goto out;

    /* the workers start now, while this process is small */
    if (!o->no_fork && w.n > 0) {
        if ((rc = pool_start(&pool, o, tax, w.n))) {
            rc = foi_errf(err, rc, "", "cannot start the parse workers: %s", strerror(errno));
            goto out;
        }
    }

    phase("discovery, workers started");
    struct foi_buf key;
    foi_buf_init(&key, 0);
    if ((rc = foi_cache_key(&key, foi_parsers_fingerprint(), foi_taxonomy_digest(tax), &o->limits)))
        goto out;
    const char *note = NULL;
    rc = o->clean ? foi_cache_new(&cache, o->out_dir, key.data, err)
                  : foi_cache_open(&cache, o->out_dir, key.data, &note, err);
    ckey = foi_buf_detach(&key);
    if (!rc && !ckey)
        rc = FOI_ENOMEM;
    if (rc)
        goto out;

    phase("cache opened");
    if (o->no_fork) {
        for (size_t i = 0; i < w.n && !rc && !foi_interrupt; i++) {
            if (o->progress)
                o->progress(o->cb_ctx, i, w.n, w.jobs[i].rel);
            struct stat st;
            int have_st = stat(w.jobs[i].fs, &st) == 0;
            int hit = have_st ? from_cache(cache, &w.jobs[i], &st, &o->limits, &ds) : 0;
            if (hit < 0) {
                rc = -hit;
                break;
            }
            if (hit) {
                sum->reused++;
                continue;
            }
            /* the same path as a worker's result, so the cache holds the same bytes */
            struct foi_dataset one;
            foi_dataset_init(&one);
            struct foi_buf blob;
            foi_buf_init(&blob, 0);
            rc = foi_process_file(tax, &o->limits, w.jobs[i].fs, w.jobs[i].rel, w.jobs[i].context, &one);
            if (!rc)
                rc = file_result(&one, &blob);
            if (!rc)
                rc = foi_serial_read(&ds, blob.data, blob.len, err);
            if (!rc && have_st && foi_cache_put(cache, w.jobs[i].key, &st, NULL, blob.data, blob.len) == FOI_ENOMEM)
                rc = FOI_ENOMEM;
            foi_buf_release(&blob);
            foi_dataset_release(&one);
        }
        if (o->progress && !rc)
            o->progress(o->cb_ctx, w.n, w.n, NULL);
    } else {
        rc = run_jobs(&pool, w.jobs, w.n, &ds, cache, &sum->reused);
        pool_stop(&pool, rc || foi_interrupt);
    }
    if (foi_interrupt) {
        rc = foi_errf(err, FOI_EIO, "", "interrupted; the previous outputs were left as they were");
        goto out;
    }
    if (rc) {
        foi_errf(err, rc, "", "%s", foi_strerror(rc));
        goto out;
    }

    phase("files read or reused");
    foi_dataset_sort(&ds);
    /* the outputs already in OUT_DIR may be exactly what this build would
     * write (same inputs, code, taxonomy, limits and options; outputs not
     * touched since): then they are left as they are (export/stamp.h) */
    const char *wpath = o->workforce ? o->workforce : foi_workforce_default_path();
    struct foi_stamp_in sin = { ckey, o->link_prefix, wpath };
    if ((rc = foi_stamp_fingerprint(&ds, &sin, fp)))
        goto out;
    up_to_date = !o->clean && foi_stamp_current(o->out_dir, fp);
    struct foi_issue_sink dsink = foi_dataset_issue_sink(&ds);
    if ((rc = foi_check_duplicates(&ds, &dsink)) || (rc = check_missing(&ds)))
        goto out;

    struct foi_err werr;
    foi_err_clear(&werr);
    if (foi_workforce_load(&wf, wpath, tax, &werr)) {
        if (o->workforce) {
            rc = foi_errf(err, FOI_EUSAGE, "", "--workforce %s: %s", wpath, werr.message);
            goto out;
        }
        foi_dataset_add_issue(&ds, FOI_SEV_WARNING, "no_denominator", "", "",
                              "the shipped workforce file could not be read: %s", werr.message);
        wf = NULL;
    }
    ds.workforce = wf;
    phase("sorted and checked");
    /* one paragraph on what changed since the previous build in OUT_DIR:
     * before the comparable table, so the previous build's records and the
     * table are never in memory at once (the summary reads records and
     * sources only; the table adds issues, not figures) */
    if (up_to_date)
        snprintf(sum->changes, sizeof sum->changes, "Since the previous build: nothing changed; "
                 "the outputs were already up to date and were left as they are.");
    else
        foi_diff_summary(o->out_dir, &ds, sum->changes, sizeof sum->changes);
    phase("change summary");
    if ((rc = foi_comparable_build(&ds, &cmp, &dsink, err)))
        goto out;
    cmp_built = 1;
    foi_dataset_sort(&ds);

    for (size_t i = 0; i < ds.nsources; i++) {
        const char *s = ds.sources[i].status;
        if (!strcmp(s, "parsed")) sum->parsed++;
        else if (!strcmp(s, "partial")) sum->partial++;
        else if (!strcmp(s, "refused")) sum->refused++;
        else if (!strcmp(s, "skipped")) sum->skipped++;
        else sum->failed++;
    }
    sum->files = ds.nsources;
    sum->records = ds.nrecords;
    sum->issues = ds.nissues;
    for (size_t i = 0; i < ds.nissues; i++) {
        if (ds.issues[i].severity == FOI_SEV_ERROR) sum->errors++;
        else if (ds.issues[i].severity == FOI_SEV_WARNING) sum->warnings++;
        if (o->message && (ds.issues[i].severity == FOI_SEV_ERROR ||
                           !strcmp(ds.issues[i].code, "no_figures")))
            o->message(o->cb_ctx, ds.issues[i].source_file, ds.issues[i].locator, ds.issues[i].message);
    }

    phase("comparable table");
    /* exporters write side by side too (not under --no-fork: one process) */
    /* report.html links to each response as prefix + source_file; the
     * default (none) keeps the page the same wherever the folders sit */
    struct foi_export_ctx x = { &ds, &cmp, o->no_fork ? 1 : o->jobs, o->link_prefix ? o->link_prefix : "" };
    rc = up_to_date ? foi_export_remove_stale(o->out_dir, err) : foi_export_all(&x, o->out_dir, err);
    phase(up_to_date ? "outputs up to date, kept" : "outputs written");
    if (rc) {
        rc = FOI_EIO;
        goto out;
    }
    /* the cache follows the outputs it describes; failing to save it only
     * makes the next build slower */
    struct foi_err cerr;
    foi_err_clear(&cerr);
    if (foi_cache_save(cache, o->out_dir, &cerr) && o->message)
        o->message(o->cb_ctx, "", ".foi-cache", cerr.message[0] ? cerr.message : "cannot save the rebuild cache");
    /* the stamp follows the outputs; without it the next build only exports again */
    foi_err_clear(&cerr);
    if (!up_to_date && foi_stamp_save(o->out_dir, fp, &cerr) && o->message)
        o->message(o->cb_ctx, "", ".foi-stamp", cerr.message);
    phase("cache saved");
    rc = (sum->failed > 0) ? FOI_EPARSE : 0;
out:
    pool_stop(&pool, 1);
    foi_free(ckey);
    for (size_t i = 0; i < w.n; i++)
        job_release(&w.jobs[i]);
    foi_free(w.jobs);
    if (cmp_built)
        foi_comparable_release(&cmp);
    foi_cache_free(cache);
    foi_workforce_free(wf);
    foi_free(ds.expect);
    foi_dataset_release(&ds);
    foi_taxonomy_free(tax);
    return rc;
}
