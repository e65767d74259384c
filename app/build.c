/* build.c: the batch run (see build.h): the taxonomy and options, the walk
 * of IN_DIR, every file's result read from the rebuild cache or made by a
 * parse worker (pool.c), then the outputs written from those results
 * (outputs.c), left as they are when nothing changed (stamp.c). The run's
 * state between the steps is in run.h: sources and where their results
 * are, never the figures. */
#define _GNU_SOURCE 1   /* dl_iterate_phdr */
#include "run.h"
#include "serial.h"
#include "fileproc.h"
#include "stamp.h"
#include "sqlout.h"
#include "state.h"
#include "outputs.h"
#include "attach.h"
#include "../parsers/parser.h"
#include "../normalize/normalize.h"
#include "../normalize/figure.h"
#include "../normalize/context.h"
#include "../analyze/workforce.h"
#include "../export/export.h"
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
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
        size_t off = (size_t)snprintf(fp, sizeof fp, "foi %s;%s", FOI_VERSION,
                                      foi_force_plugins_off() ? "no force plugins;" : "");
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

/* ------------------------------------------------------ jobs and sources */
int foi_job_set_context(struct foi_job *j, const char *text)
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

void foi_job_release(struct foi_job *j)
{
    if (j->key != j->rel)
        foi_free(j->key);
    foi_free(j->context);
    foi_free(j->fs);
    foi_free(j->rel);
}

static const char *rstr(struct foi_run *r, const char *s)
{
    return foi_arena_strdup(&r->a, s ? s : "");
}

/* A result's single source row and its metas into the run. */
static int add_from(struct foi_run *r, long job, const struct foi_result *res, struct foi_src *s)
{
    if (res->nsrc != 1)
        return FOI_ECORRUPT;
    struct foi_source row;
    foi_result_source(res, 0, &row);
    s->row = row;
    if (!(s->row.source_file = rstr(r, row.source_file)) || !(s->row.source_sha256 = rstr(r, row.source_sha256)) ||
        !(s->row.format = rstr(r, row.format)) || !(s->row.parser = rstr(r, row.parser)) ||
        !(s->row.force_id = rstr(r, row.force_id)) || !(s->row.status = rstr(r, row.status)) ||
        !(s->row.attached_to = rstr(r, row.attached_to)))
        return FOI_ENOMEM;
    s->nrec = res->nrec;
    s->niss = res->niss;
    s->job = job;
    s->ncov = res->ncov;
    s->cov = res->ncov ? foi_arena_alloc(&r->a, res->ncov * sizeof *s->cov) : NULL;
    if (res->ncov && !s->cov)
        return FOI_ENOMEM;
    for (uint32_t i = 0; i < res->ncov; i++) {
        foi_result_coverage(res, i, &s->cov[i]);
        if (!(s->cov[i].id = rstr(r, s->cov[i].id)) || !(s->cov[i].name = rstr(r, s->cov[i].name)))
            return FOI_ENOMEM;
    }
    for (uint32_t i = 0; i < res->nmeta; i++) {
        struct foi_meta m;
        foi_result_meta(res, i, &m);
        if (foi_grow((void **)&r->metas, &r->ametas, r->nmetas, sizeof *r->metas))
            return FOI_ENOMEM;
        struct foi_meta *d = &r->metas[r->nmetas];
        if (!(d->source_file = rstr(r, m.source_file)) || !(d->key = rstr(r, m.key)) || !(d->value = rstr(r, m.value)))
            return FOI_ENOMEM;
        r->nmetas++;
    }
    return 0;
}

int foi_run_add(struct foi_run *r, long job, const char *blob, size_t len, const struct foi_cache_ref *ref,
                int fresh)
{
    if (foi_grow((void **)&r->src, &r->asrc, r->nsrc, sizeof *r->src))
        return FOI_ENOMEM;
    struct foi_src *s = &r->src[r->nsrc];
    memset(s, 0, sizeof *s);
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_result res;
    char *hh = NULL;
    int rc;
    if (blob) {
        rc = foi_result_header(&res, blob, len, &err);
        if (!rc)
            rc = foi_result_open(&res, blob, blob + FOI_RESULT_HEADER, &err);
    } else {
        /* from the cache: the header against the index's checksum, the head
         * against the header's */
        char hdr[FOI_RESULT_HEADER];
        rc = ref->len < FOI_RESULT_HEADER || pread(ref->fd, hdr, sizeof hdr, (off_t)ref->off) != (ssize_t)sizeof hdr ||
                     !foi_cache_header_ok(ref, hdr)
                 ? FOI_ECORRUPT
                 : foi_result_header(&res, hdr, (size_t)ref->len, &err);
        if (!rc) {
            hh = foi_malloc(FOI_RESULT_HEADER + (size_t)res.head_len + 1);
            if (!hh)
                return FOI_ENOMEM;
            memcpy(hh, hdr, sizeof hdr);
            if (pread(ref->fd, hh + FOI_RESULT_HEADER, res.head_len, (off_t)(ref->off + FOI_RESULT_HEADER)) !=
                (ssize_t)res.head_len)
                rc = FOI_ECORRUPT;
            else
                rc = foi_result_open(&res, hh, hh + FOI_RESULT_HEADER, &err);
        }
    }
    if (rc) {
        foi_free(hh);
        return rc == FOI_ENOMEM ? rc : FOI_ECORRUPT;
    }
    size_t nm0 = r->nmetas;
    rc = add_from(r, job, &res, s);
    foi_result_close(&res);
    foi_free(hh);
    if (!rc && ref) {
        s->where = FOI_SRC_CACHE;
        s->ref = *ref;
    } else if (!rc) {
        s->where = FOI_SRC_MEM;
        if (!(s->mem = foi_malloc(len ? len : 1)))
            rc = FOI_ENOMEM;
        else
            memcpy(s->mem, blob, len);
        s->memlen = len;
    }
    if (rc) {
        r->nmetas = nm0;
        return rc;
    }
    s->fresh = fresh != 0;
    r->nsrc++;
    /* foi.sqlite's writer takes it now when it runs beside the parse */
    if (r->sql && foi_run_sql_send(r, r->nsrc - 1))
        return FOI_ENOMEM;
    return 0;
}

int foi_run_add_failed(struct foi_run *r, long job, const struct foi_source *row, enum foi_severity sev,
                       const char *why)
{
    struct foi_dataset one;
    foi_dataset_init(&one);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int rc = foi_dataset_add_source(&one, row);
    if (!rc)
        rc = foi_dataset_add_issue(&one, sev, "parse_error", row->source_file, "", "%s", why);
    if (!rc)
        rc = foi_serial_write(&one, &b);
    if (!rc)
        rc = foi_run_add(r, job, b.data, b.len, NULL, 1);
    foi_buf_release(&b);
    foi_dataset_release(&one);
    return rc == FOI_ECORRUPT ? FOI_ENOMEM : rc;
}

void foi_run_input(const struct foi_run *r, size_t i, struct foi_merge_input *in)
{
    const struct foi_src *s = &r->src[i];
    memset(in, 0, sizeof *in);
    in->source = (uint32_t)i;
    if (s->where == FOI_SRC_MEM) {
        in->fd = -1;
        in->mem = s->mem;
        in->len = s->memlen;
    } else {
        in->fd = s->ref.fd;
        in->off = s->ref.off;
        in->len = s->ref.len;
        in->hsha = s->ref.hsha;
    }
}

static void run_release(struct foi_run *r)
{
    for (size_t i = 0; i < r->njobs; i++)
        foi_job_release(&r->jobs[i]);
    foi_free(r->jobs);
    for (size_t i = 0; i < r->nsrc; i++)
        foi_free(r->src[i].mem);
    foi_free(r->src);
    foi_free(r->metas);
    foi_free(r->replaced);
    foi_free(r->wide.expect);
    foi_dataset_release(&r->wide);
    foi_arena_release(&r->a);
}

/* ------------------------------------------------------ discovery */
struct walk {
    struct foi_run *run;
    dev_t vdev[256];
    ino_t vino[256];
    int nvisited;
    dev_t out_dev;
    ino_t out_ino;
    int have_out;
    int rc;
    struct ctxfound *ctx;   /* context files met on the way (not responses) */
    size_t nctx, actx;
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
    s.attached_to = "";
    if (foi_run_add_failed(w->run, -1, &s, !strcmp(status, "failed") ? FOI_SEV_ERROR : FOI_SEV_WARNING, msg))
        w->rc = FOI_ENOMEM;
}

/* ------------------------------------------------------ context files
 * foi-context.txt and NAME.context.txt (normalize/context.h) are no
 * responses: the walk keeps them aside, then each applies to the responses
 * it names. Each is a source of its own in sources.csv: `skipped` when it
 * was read, `failed` (with a parse_error naming the line) when it was not,
 * and then it applies to nothing. */
struct ctxfound {
    char *fs, *rel;
};

static int context_found(struct walk *w, char *fs, char *rel)
{
    if (foi_grow((void **)&w->ctx, &w->actx, w->nctx, sizeof *w->ctx)) {
        w->rc = FOI_ENOMEM;
        return 0;
    }
    w->ctx[w->nctx].fs = fs;
    w->ctx[w->nctx].rel = rel;
    w->nctx++;
    return 1;
}

/* A source with no figures of its own (a context file): its row, and an
 * issue when why is not NULL. 0 or FOI_ENOMEM. */
static int run_add_row(struct foi_run *r, const struct foi_source *row, const char *locator, const char *why)
{
    struct foi_dataset one;
    foi_dataset_init(&one);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int rc = foi_dataset_add_source(&one, row);
    if (!rc && why)
        rc = foi_dataset_add_issue(&one, FOI_SEV_ERROR, "parse_error", row->source_file, locator,
                                   "context file not used: %s", why);
    if (!rc)
        rc = foi_serial_write(&one, &b);
    if (!rc)
        rc = foi_run_add(r, -1, b.data, b.len, NULL, 1);
    foi_buf_release(&b);
    foi_dataset_release(&one);
    return rc == FOI_ECORRUPT ? FOI_ENOMEM : rc;
}

/* Read the context files found, add each as a source, then give each
 * response the context that applies to it (foi_job_set_context, which
 * makes its cache key). 0 or FOI_ENOMEM. */
static int contexts_apply(struct walk *w, const struct foi_taxonomy *tax, const struct foi_limits *lim)
{
    if (!w->nctx)
        return 0;
    struct foi_run *run = w->run;
    struct foi_ctxset *set = NULL;
    int rc = foi_ctxset_new(&set);
    for (size_t i = 0; i < w->nctx && !rc; i++) {
        struct foi_err err;
        foi_err_clear(&err);
        char *text = NULL, sha[65] = "";
        size_t n = 0;
        int r = foi_read_all(w->ctx[i].fs, lim, &text, &n, &err);
        if (!r) {
            foi_sha256_hex(text, n, sha);
            r = foi_ctxset_add(set, tax, w->ctx[i].rel, NULL, text, n, &err);
        }
        foi_free(text);
        if (r == FOI_ENOMEM) {
            rc = r;
            break;
        }
        struct foi_source s;
        memset(&s, 0, sizeof s);
        s.source_file = w->ctx[i].rel;
        s.source_sha256 = sha;
        s.bytes = n;
        s.format = "text";
        s.parser = "";
        s.force_id = "";
        s.status = r ? "failed" : "skipped";
        s.attached_to = "";
        rc = run_add_row(run, &s, err.locator, r ? err.message : NULL);
    }
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (size_t i = 0; i < run->njobs && !rc; i++) {
        b.len = 0;
        rc = foi_ctxset_for(set, run->jobs[i].rel, &b);
        if (!rc && b.len)
            rc = foi_job_set_context(&run->jobs[i], b.data);   /* the buffer keeps a NUL after its bytes */
    }
    foi_buf_release(&b);
    foi_ctxset_free(set);
    return rc;
}

static void contexts_release(struct walk *w)
{
    for (size_t i = 0; i < w->nctx; i++) {
        foi_free(w->ctx[i].fs);
        foi_free(w->ctx[i].rel);
    }
    foi_free(w->ctx);
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
        } else if (S_ISREG(st.st_mode) && foi_context_is_file(crel)) {
            keep = context_found(w, cfs, crel);
        } else if (S_ISREG(st.st_mode)) {
            struct foi_run *r = w->run;
            if (foi_grow((void **)&r->jobs, &r->ajobs, r->njobs, sizeof *r->jobs)) {
                w->rc = FOI_ENOMEM;
                foi_free(cfs);
                foi_free(crel);
                break;
            }
            r->jobs[r->njobs].fs = cfs;
            r->jobs[r->njobs].rel = crel;
            r->jobs[r->njobs].context = NULL;
            r->jobs[r->njobs].key = crel;
            r->njobs++;
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

/* FOI_TIMINGS=1: each phase's wall time on stderr (for the benchmark and
 * for profiling; never part of the outputs). */
static double since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

void foi_run_phase(const char *name)
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
        fprintf(stderr, "foi: timing: %-28s %8.3f s  (peak %ld MB)\n", name, since(&t0), hwm / 1024);
    else
        fprintf(stderr, "foi: timing: %-28s %8.3f s\n", name, since(&t0));
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
        int rc = foi_read_all(expect, &lim, &text, &n, err);
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

/* ------------------------------------------------------ attachments
 * Covering letters and their attachments (app/attach.c), once every file
 * has its first result: an attachment that leaves unsaid what its letter
 * says (force, period, measure, subject, reference) is read again with the
 * letter's context (its job's context, so its own cache key: a changed
 * letter means another context, another key, a new reading; never a stale
 * one); then the pairing is recorded in the results of the letters and
 * attachments it touches (attached_to, the letter's force and status,
 * attachment_missing issues). Those results are written again and kept in
 * the cache under their job's key and " [paired]", so that an unchanged
 * pair is an unchanged result for an incremental build. The run never
 * holds more figures than those of the files beside a letter. */

/* Source i's whole result, read into ds. 0, FOI_ECORRUPT or FOI_ENOMEM. */
static int load_result(const struct foi_run *run, size_t i, struct foi_dataset *ds, struct foi_err *err)
{
    const struct foi_src *s = &run->src[i];
    if (s->where == FOI_SRC_MEM)
        return foi_serial_read(ds, s->mem, s->memlen, err);
    if (s->ref.len > (uint64_t)SIZE_MAX - 1)
        return FOI_ECORRUPT;
    char *b = foi_malloc((size_t)s->ref.len + 1);
    if (!b)
        return FOI_ENOMEM;
    int rc = pread(s->ref.fd, b, (size_t)s->ref.len, (off_t)s->ref.off) == (ssize_t)s->ref.len
                 ? foi_serial_read(ds, b, (size_t)s->ref.len, err)
                 : FOI_ECORRUPT;
    foi_free(b);
    return rc;
}

/* The live source named file, or -1. */
static long live_src(const struct foi_run *run, const char *file)
{
    for (size_t i = run->nsrc; i-- > 0;)
        if (!run->src[i].replaced && !strcmp(run->src[i].row.source_file, file))
            return (long)i;
    return -1;
}

static size_t dir_len_of(const char *rel)
{
    const char *s = strrchr(rel, '/');
    return s ? (size_t)(s - rel) : 0;
}

/* A folder, as the first n bytes of a path. */
struct dirkey {
    const char *p;
    size_t n;
};

static int dirkey_cmp(const void *a, const void *b)
{
    const struct dirkey *x = a, *y = b;
    size_t n = x->n < y->n ? x->n : y->n;
    int c = memcmp(x->p, y->p, n);
    return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* The first record of source i that states a request reference (what the
 * pairing reads of a file beside a letter), added to v. 0 or an error. */
static int add_first_ref(const struct foi_run *run, size_t i, struct foi_dataset *v, struct foi_err *err)
{
    if (!run->src[i].nrec)
        return 0;
    struct foi_merge_input in;
    foi_run_input(run, i, &in);
    struct foi_result_reader *rd;
    int rc = foi_result_reader_open(&rd, &in, 16384, 1, err);
    if (rc)
        return rc;
    struct foi_record r;
    int got;
    while ((got = foi_result_reader_next(rd, &r)) > 0)
        if (r.request_ref && *r.request_ref) {
            r.source_file = run->src[i].row.source_file;
            rc = foi_dataset_add_record(v, &r);
            break;
        }
    foi_result_reader_close(rd);
    return rc ? rc : got < 0 ? -got : 0;
}

/* The planning view: every live source's row and metas, and of the files in
 * a letter's folder the one record the pairing reads (their reference). */
static int attach_view(const struct foi_run *run, struct foi_dataset *v, int *any, struct foi_err *err)
{
    size_t nd = 0, ncodes = 0;
    for (size_t m = 0; m < run->nmetas; m++) {
        nd += !strcmp(run->metas[m].key, "attachment");
        ncodes += !strcmp(run->metas[m].key, "codes");
    }
    *any = nd > 0 || ncodes > 0;
    if (!*any)
        return 0;
    struct dirkey *dirs = foi_malloc((nd ? nd : 1) * sizeof *dirs);
    if (!dirs)
        return FOI_ENOMEM;
    nd = 0;
    for (size_t m = 0; m < run->nmetas; m++)
        if (!strcmp(run->metas[m].key, "attachment"))
            dirs[nd++] = (struct dirkey){ run->metas[m].source_file, dir_len_of(run->metas[m].source_file) };
    qsort(dirs, nd, sizeof *dirs, dirkey_cmp);
    int rc = 0;
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        const struct foi_src *s = &run->src[i];
        if (s->replaced)
            continue;
        const char *f = s->row.source_file;
        rc = foi_dataset_add_source(v, &s->row);
        struct dirkey k = { f, dir_len_of(f) };
        if (!rc && bsearch(&k, dirs, nd, sizeof *dirs, dirkey_cmp))
            rc = add_first_ref(run, i, v, err);
    }
    /* the metas (this is the first pass: no result has been replaced yet) */
    for (size_t m = 0; m < run->nmetas && !rc; m++)
        rc = foi_dataset_add_meta(v, run->metas[m].source_file, run->metas[m].key, run->metas[m].value);
    foi_free(dirs);
    return rc;
}

/* Write source i's part of ds again as its result (when it differs), kept
 * in the cache under its job's key and " [paired]". */
static int attach_rewrite(struct foi_run *run, size_t i, const struct foi_dataset *ds, struct foi_err *err)
{
    struct foi_src *s = &run->src[i];
    const char *file = s->row.source_file;
    struct foi_dataset one;
    foi_dataset_init(&one);
    one.tax = ds->tax;
    int rc = 0;
    for (size_t k = 0; k < ds->nsources && !rc; k++)
        if (!strcmp(ds->sources[k].source_file, file))
            rc = foi_dataset_add_source(&one, &ds->sources[k]);
    for (size_t k = 0; k < ds->nrecords && !rc; k++)
        if (!strcmp(ds->records[k].source_file, file))
            rc = foi_dataset_add_record(&one, &ds->records[k]);
    for (size_t k = 0; k < ds->nissues && !rc; k++)
        if (!strcmp(ds->issues[k].source_file, file))
            rc = foi_dataset_add_issue(&one, ds->issues[k].severity, ds->issues[k].code, file,
                                       ds->issues[k].locator, "%s", ds->issues[k].message);
    for (size_t k = 0; k < ds->nmetas && !rc; k++)
        if (!strcmp(ds->metas[k].source_file, file))
            rc = foi_dataset_add_meta(&one, file, ds->metas[k].key, ds->metas[k].value);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    if (!rc) {
        foi_dataset_sort(&one);
        rc = foi_serial_write(&one, &b);
    }
    foi_dataset_release(&one);
    unsigned char h[32];
    if (!rc)
        foi_sha256(b.data, b.len < FOI_RESULT_HEADER ? b.len : FOI_RESULT_HEADER, h);
    unsigned char was[32];
    foi_run_hsha(run, i, was);
    if (rc || !memcmp(h, was, 32)) {   /* the same result: nothing to do */
        foi_buf_release(&b);
        return rc;
    }
    struct foi_job *j = s->job >= 0 ? &run->jobs[s->job] : NULL;
    char *pkey = NULL;
    if (j) {
        size_t n = strlen(j->key) + 16;
        if (!(pkey = foi_malloc(n))) {
            foi_buf_release(&b);
            return FOI_ENOMEM;
        }
        snprintf(pkey, n, "%s [paired]", j->key);
    }
    struct foi_cache_ref ref;
    int have = 0;
    if (pkey && foi_cache_find(run->cache, pkey, &ref)) {
        if (!memcmp(ref.hsha, h, 32)) {
            foi_cache_keep(run->cache, pkey);   /* made by an earlier build */
            have = 1;
        } else if (foi_grow((void **)&run->replaced, &run->areplaced, run->nreplaced, sizeof *run->replaced) ||
                   !(run->replaced[run->nreplaced].key = foi_arena_strdup(&run->a, pkey))) {
            rc = FOI_ENOMEM;
        } else {
            run->replaced[run->nreplaced++].ref = ref;   /* an incremental build reads its rows */
        }
    }
    if (!rc && pkey && !have) {
        int prc = foi_cache_put(run->cache, pkey, NULL, NULL, b.data, b.len);
        if (prc == FOI_ENOMEM || prc == FOI_EIO)
            rc = foi_errf(err, prc, ".foi-cache", "cannot keep the result of %s", file);
        else
            have = !prc && foi_cache_find(run->cache, pkey, &ref);
    }
    int fresh = s->fresh;
    long job = s->job;
    if (!rc) {
        s->replaced = 1;   /* s may move: run->src grows */
        rc = foi_run_add(run, job, b.data, b.len, have ? &ref : NULL, fresh);
        if (rc == FOI_ECORRUPT)
            rc = foi_errf(err, rc, file, "the paired result does not read back");
    }
    if (!rc && j) {
        /* the job's key is now the paired result's (the state records it) */
        if (j->key != j->rel)
            foi_free(j->key);
        j->key = pkey;
        pkey = NULL;
    }
    foi_free(pkey);
    foi_buf_release(&b);
    return rc;
}

static int attach_pass(struct foi_run *run, struct foi_err *err)
{
    struct foi_dataset v;
    foi_dataset_init(&v);
    v.tax = run->tax;
    int any = 0;
    int rc = attach_view(run, &v, &any, err);
    if (rc || !any) {
        foi_dataset_release(&v);
        return rc == FOI_ECORRUPT ? foi_errf(err, FOI_EIO, "", "a result in the rebuild cache is damaged; "
                                                              "build again with --clean") : rc;
    }
    struct foi_attach_plan plan;
    rc = foi_attach_plan(&v, &plan);
    if (!rc)
        rc = foi_attach_codes(&v, &plan);
    size_t *which = NULL, nwhich = 0;
    if (!rc && !(which = foi_malloc((plan.n + 1) * sizeof *which)))
        rc = FOI_ENOMEM;
    for (size_t i = 0; i < plan.n && !rc; i++) {
        const struct foi_attach_pair *p = &plan.p[i];
        if (!p->attachment || !p->context)
            continue;
        long si = live_src(run, p->attachment);
        if (si < 0 || run->src[si].job < 0)
            continue;
        /* its first reading, whole (one file at a time) */
        struct foi_dataset one;
        foi_dataset_init(&one);
        one.tax = run->tax;
        rc = load_result(run, (size_t)si, &one, err);
        int again = !rc && foi_attach_needs_context(&one, p->attachment, p->context);
        foi_dataset_release(&one);
        if (!again)
            continue;
        long job = run->src[si].job;
        if ((rc = foi_job_set_context(&run->jobs[job], p->context)))
            break;
        run->src[si].replaced = 1;   /* its first reading gives way */
        which[nwhich++] = (size_t)job;
    }
    /* the attachments read again with their letter's context */
    if (!rc && nwhich) {
        size_t r0 = run->reused;
        rc = foi_run_jobs(run, which, nwhich, err);
        run->reused = r0;   /* a second reading is not a file reused: the summary counts files */
    }
    /* The pairing recorded, a letter at a time (its pairs are consecutive in
     * the plan, and what foi_attach_apply does to a letter and its
     * attachments depends on them alone): the letter's whole result and its
     * attachments' rows in a view; then each touched result written again
     * (an attachment's: its whole result with the attached_to the view
     * gave it). */
    for (size_t i0 = 0; i0 < plan.n && !rc;) {
        size_t i1 = i0 + 1;
        while (i1 < plan.n && !strcmp(plan.p[i1].letter, plan.p[i0].letter))
            i1++;
        struct foi_dataset w;
        foi_dataset_init(&w);
        w.tax = run->tax;
        long li = live_src(run, plan.p[i0].letter);
        if (li >= 0)
            rc = load_result(run, (size_t)li, &w, err);
        for (size_t i = i0; i < i1 && !rc; i++) {
            long si = plan.p[i].attachment ? live_src(run, plan.p[i].attachment) : -1;
            if (si >= 0)
                rc = foi_dataset_add_source(&w, &run->src[si].row);
        }
        struct foi_attach_plan sub = plan;
        sub.p = plan.p + i0;
        sub.n = i1 - i0;
        if (!rc && li >= 0)
            rc = foi_attach_apply(&w, &sub);
        if (!rc && li >= 0)
            rc = attach_rewrite(run, (size_t)live_src(run, plan.p[i0].letter), &w, err);
        for (size_t i = i0; i < i1 && !rc && li >= 0; i++) {
            long si = plan.p[i].attachment ? live_src(run, plan.p[i].attachment) : -1;
            if (si < 0)
                continue;
            const char *to = NULL;
            for (size_t k = 0; k < w.nsources; k++)
                if (!strcmp(w.sources[k].source_file, plan.p[i].attachment))
                    to = w.sources[k].attached_to;
            struct foi_dataset one;
            foi_dataset_init(&one);
            one.tax = run->tax;
            rc = load_result(run, (size_t)si, &one, err);
            if (!rc && one.nsources == 1 && to && !(one.sources[0].attached_to = foi_dataset_str(&one, to)))
                rc = FOI_ENOMEM;
            if (!rc)
                rc = attach_rewrite(run, (size_t)si, &one, err);
            foi_dataset_release(&one);
        }
        foi_dataset_release(&w);
        i0 = i1;
    }
    foi_free(which);
    foi_attach_release(&plan);
    foi_dataset_release(&v);
    if (rc == FOI_ECORRUPT)
        rc = foi_errf(err, FOI_EIO, "", "a result in the rebuild cache is damaged; build again with --clean");
    return rc;
}

/* ------------------------------------------------------ build */
static int src_order(const void *a, const void *b)
{
    return strcmp(((const struct foi_src *)a)->row.source_file, ((const struct foi_src *)b)->row.source_file);
}

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

    struct foi_run run;
    memset(&run, 0, sizeof run);
    run.o = o;
    run.tax = tax;
    foi_arena_init(&run.a, 0);
    foi_dataset_init(&run.wide);
    run.wide.tax = tax;
    struct walk w;
    memset(&w, 0, sizeof w);
    w.run = &run;
    char *ckey = NULL;          /* the cache key, kept for the output stamp */
    char fp[65] = "";
    size_t *which = NULL;

    rc = foi_load_expect(&run.wide, o->expect, err);
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
    foi_run_phase("start");
    walk_dir(&w, o->in_dir, "", 0);
    if ((rc = w.rc) || (rc = contexts_apply(&w, tax, &o->limits)))
        goto out;
    foi_run_phase("discovery");

    struct foi_buf key;
    foi_buf_init(&key, 0);
    if ((rc = foi_cache_key(&key, foi_parsers_fingerprint(), foi_taxonomy_digest(tax), &o->limits)))
        goto out;
    const char *note = NULL;
    rc = o->clean ? foi_cache_new(&run.cache, o->out_dir, key.data, err)
                  : foi_cache_open(&run.cache, o->out_dir, key.data, &note, err);
    ckey = foi_buf_detach(&key);
    if (!rc && !ckey)
        rc = FOI_ENOMEM;
    if (rc)
        goto out;
    run.cache_key = ckey;
    foi_run_phase("cache opened");

    /* A build that certainly writes every output (--clean, no previous
     * result to reuse, or outputs not the ones a build left): foi.sqlite's
     * writer starts now and takes each file's result as it comes, beside
     * the parse. */
    char was[65];
    if (!o->no_fork && (o->clean || foi_cache_count(run.cache) == 0 || !foi_stamp_intact(o->out_dir, was))) {
        if (foi_mkdir_p(o->out_dir)) {
            rc = foi_errf(err, FOI_EIO, o->out_dir, "cannot create the output folder: %s", strerror(errno));
            goto out;
        }
        if ((rc = foi_cache_prepare(run.cache))) {
            rc = foi_errf(err, rc, o->out_dir, "cannot write the rebuild cache");
            goto out;
        }
        if ((rc = foi_export_remove_stale(o->out_dir, err)) || (rc = foi_run_sql_start(&run, err)))
            goto out;
        /* the sources the walk found already (skipped entries, context files) */
        for (size_t i = 0; i < run.nsrc; i++)
            if ((rc = foi_run_sql_send(&run, i)))
                goto out;
    }

    /* every file: its result from the cache, or from a parse worker */
    which = foi_malloc((run.njobs + 1) * sizeof *which);
    if (!which) {
        rc = FOI_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < run.njobs; i++)
        which[i] = i;
    if ((rc = foi_run_jobs(&run, which, run.njobs, err)))
        goto out;
    if (!foi_interrupt && (rc = attach_pass(&run, err)))
        goto out;
    /* Here every source's row and metas are known (run.src, run.metas): a
     * second pass may read some files again with a context (foi_job_set_context
     * on their jobs, foi_run_jobs on their indexes); their first results are
     * then marked replaced and left out of the outputs. */
    if (foi_interrupt) {
        rc = foi_errf(err, FOI_EIO, "", "interrupted; the previous outputs were left as they were");
        goto out;
    }
    size_t keep = 0;
    for (size_t i = 0; i < run.nsrc; i++) {
        if (run.src[i].replaced) {
            /* its rows out of foi.sqlite again, when they went in already */
            if (run.sql && (rc = foi_sqlout_drop(run.sql, run.src[i].sqlseq)))
                goto out;
            foi_free(run.src[i].mem);
            continue;
        }
        run.src[keep++] = run.src[i];
    }
    run.nsrc = keep;
    if (run.sql && (rc = foi_sqlout_end_results(run.sql)))
        goto out;
    qsort(run.src, run.nsrc, sizeof *run.src, src_order);
    sum->reused = run.reused;
    foi_run_phase("files read or reused");

    /* the outputs already in OUT_DIR may be exactly what this build would
     * write (same inputs, code, taxonomy, limits and options; outputs not
     * touched since): then they are left as they are (stamp.h) */
    const char *wpath = o->workforce ? o->workforce : foi_workforce_default_path();
    struct foi_stamp_in sin = { ckey, o->link_prefix, wpath };
    struct foi_source *rows = foi_malloc((run.nsrc + 1) * sizeof *rows);
    if (!rows) {
        rc = FOI_ENOMEM;
        goto out;
    }
    size_t nrec = 0, niss = 0;
    for (size_t i = 0; i < run.nsrc; i++) {
        rows[i] = run.src[i].row;
        nrec += run.src[i].nrec;
        niss += run.src[i].niss;
    }
    rc = foi_stamp_fingerprint_of(rows, run.nsrc, nrec, niss + run.wide.nissues, run.wide.expect,
                                  run.wide.nexpect, &sin, fp);
    foi_free(rows);
    if (rc)
        goto out;
    if ((rc = foi_stamp_options(run.wide.expect, run.wide.nexpect, &sin, run.options)))
        goto out;
    struct foi_stamp_counts counts;
    int up_to_date = !o->clean && foi_stamp_current(o->out_dir, fp, &counts);
    if (up_to_date) {
        for (size_t i = 0; i < run.nsrc; i++) {
            const char *s = run.src[i].row.status;
            if (!strcmp(s, "parsed")) sum->parsed++;
            else if (!strcmp(s, "partial")) sum->partial++;
            else if (!strcmp(s, "refused")) sum->refused++;
            else if (!strcmp(s, "skipped")) sum->skipped++;
            else sum->failed++;
        }
        sum->files = run.nsrc;
        sum->records = nrec;
        sum->issues = counts.issues;
        sum->errors = counts.errors;
        sum->warnings = counts.warnings;
        snprintf(sum->changes, sizeof sum->changes, "Since the previous build: nothing changed; "
                 "the outputs were already up to date and were left as they are.");
        rc = foi_export_remove_stale(o->out_dir, err);
        foi_run_phase("outputs up to date, kept");
    } else {
        /* the outputs there are those of an earlier build under the same
         * options, with their state: updated in place when few files
         * changed (splice.c), else written again */
        int fallback = 1;
        char was[65];
        struct foi_state old;
        foi_state_init(&old);
        struct foi_err serr;
        foi_err_clear(&serr);
        int have_old = foi_stamp_intact(o->out_dir, was) && !foi_state_read(&old, o->out_dir, &serr) &&
                       !strcmp(old.key, run.options) && !strcmp(old.fingerprint, was);
        if (have_old && !o->clean && !o->no_splice) {
            rc = foi_run_splice(&run, &old, sum, fp, &fallback, err);
            if (!rc || !fallback)
                sum->spliced = !rc;
        }
        if (fallback)
            rc = foi_run_outputs(&run, have_old ? &old : NULL, sum, fp, err);
        foi_state_release(&old);
    }
    if (rc) {
        if (rc != FOI_ENOMEM && rc != FOI_EUSAGE)
            rc = FOI_EIO;
        goto out;
    }
    /* the cache follows the outputs it describes; failing to save it only
     * makes the next build slower */
    struct foi_err cerr;
    foi_err_clear(&cerr);
    if (foi_cache_save(run.cache, o->out_dir, &cerr) && o->message)
        o->message(o->cb_ctx, "", ".foi-cache", cerr.message[0] ? cerr.message : "cannot save the rebuild cache");
    /* the stamp follows the outputs; without it the next build only exports again */
    foi_err_clear(&cerr);
    struct foi_stamp_counts now = { sum->issues, sum->errors, sum->warnings };
    if (!up_to_date && foi_stamp_save(o->out_dir, fp, &now, &cerr) && o->message)
        o->message(o->cb_ctx, "", ".foi-stamp", cerr.message);
    foi_run_phase("cache saved");
    rc = (sum->failed > 0) ? FOI_EPARSE : 0;
out:
    foi_sqlout_abort(run.sql);   /* not finished: dropped */
    foi_free(which);
    foi_free(ckey);
    foi_cache_free(run.cache);
    contexts_release(&w);
    run_release(&run);
    foi_taxonomy_free(tax);
    return rc;
}
