/* pool.c: reading every file of a build: each result taken from the rebuild
 * cache when the file is unchanged, else made by a pool of long-lived parse
 * workers (forked processes under resource limits and a timeout), and put
 * in the cache, which the outputs then read it from (see run.h). */
#include "fdio.h"
#include "run.h"
#include "sqlout.h"
#include "fileproc.h"
#include "serial.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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
 * the wall-clock --timeout is the parent's. A worker whose result has come
 * in whole gets its next file before the parent files that result away
 * (checks it, appends it to the cache, queues it for foi.sqlite), so it does
 * not wait for that (about 0.1 ms a file, 2% of a -j1 build). */
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
    struct foi_buf spare;   /* a result being filed away while its worker parses the next file */
    int n;
    const struct foi_build_opts *o;
    const struct foi_taxonomy *tax;
    struct foi_run *run;
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
        int r = foi_read_fd(rfd, h, sizeof h);
        if (r == 0)
            _exit(0);       /* the parent closed the pipe: no more files */
        if (r < 0)
            _exit(1);
        uint32_t nf = foi_le32(h), nr = foi_le32(h + 4), nc = foi_le32(h + 8);
        if (nf > PATH_MAX * 4u || nr > PATH_MAX * 4u || nc > (1u << 20))
            _exit(1);
        char *fs = foi_malloc((size_t)nf + 1), *rel = foi_malloc((size_t)nr + 1);
        char *ctx = foi_malloc((size_t)nc + 1);
        if (!fs || !rel || !ctx || foi_read_fd(rfd, fs, nf) != 1 || foi_read_fd(rfd, rel, nr) != 1 ||
            (nc && foi_read_fd(rfd, ctx, nc) != 1))
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
            rc = foi_file_result(&ds, &b);
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
        if (foi_write_all(wfd, fh, sizeof fh) || (len && foi_write_all(wfd, b.data, b.len)))
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
    /* no worker is forked while an output is being written: the child
     * could inherit a lock the writer thread holds */
    if (foi_wfile_threads() || pipe(res) < 0) {
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
    foi_buf_init(&pl->spare, ((size_t)1 << 30) + FRAME_HDR);
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
    foi_buf_release(&pl->spare);
}

/* The source row of a file whose result is a failure: its bytes hashed
 * when it can still be read. */
static int worker_failed(struct foi_run *run, long job, const char *why)
{
    const struct foi_job *j = &run->jobs[job];
    struct foi_source s;
    memset(&s, 0, sizeof s);
    char sha[65] = "";
    char *bytes = NULL;
    size_t n = 0;
    struct foi_err err;
    foi_err_clear(&err);
    if (foi_read_all(j->fs, &run->o->limits, &bytes, &n, &err) == 0) {
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
    s.attached_to = "";
    return foi_run_add_failed(run, job, &s, FOI_SEV_ERROR, why);
}

/* Worker k's file came to a bad end (why from its wait status or the
 * parent's verdict): record it, and put a new worker in its place. */
static int worker_lost(struct pool *pl, int k, int more)
{
    struct worker *w = &pl->w[k];
    long job = w->job;
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
    int rc = worker_failed(pl->run, job, why);
    w->job = -1;
    if (!rc && more)
        rc = worker_spawn(pl, k);
    return rc;
}

/* A file's result made in this build (by a worker or in-process): checked,
 * put in the cache, added to the run. A damaged result is the file's
 * failure; a cache that cannot take it fails the build (the outputs read
 * results from it). */
static int take_result(struct foi_run *run, long job, const char *blob, size_t len, const struct stat *st,
                       int have_st, struct foi_err *err)
{
    const struct foi_job *j = &run->jobs[job];
    struct foi_err e;
    foi_err_clear(&e);
    int rc = foi_result_check(blob, len, &e);
    if (rc == FOI_ENOMEM)
        return foi_errf(err, rc, j->rel, "out of memory checking a result");
    if (rc)
        return worker_failed(run, job, "the parse worker's result was damaged");
    /* the result it replaces stays where it is until the cache is saved:
     * an incremental build reads its records to take them out */
    struct foi_cache_ref old;
    if (foi_cache_find(run->cache, j->key, &old)) {
        if (foi_grow((void **)&run->replaced, &run->areplaced, run->nreplaced, sizeof *run->replaced))
            return foi_errf(err, FOI_ENOMEM, j->rel, "out of memory");
        run->replaced[run->nreplaced].key = foi_arena_strdup(&run->a, j->key);
        run->replaced[run->nreplaced].ref = old;
        if (!run->replaced[run->nreplaced].key)
            return foi_errf(err, FOI_ENOMEM, j->rel, "out of memory");
        run->nreplaced++;
    }
    rc = foi_cache_put(run->cache, j->key, have_st ? st : NULL, NULL, blob, len);
    if (rc == FOI_EUSAGE) {
        /* no content hash to key it by (the file could not be read): not
         * cached, kept in memory for this build */
        rc = foi_run_add(run, job, blob, len, NULL, 1);
        return rc ? foi_errf(err, rc, j->rel, "%s", foi_strerror(rc)) : 0;
    }
    if (rc)
        return foi_errf(err, rc, ".foi-cache", "cannot keep the result of %s: %s", j->rel,
                        rc == FOI_EIO ? strerror(errno) : foi_strerror(rc));
    struct foi_cache_ref ref;
    if (!foi_cache_find(run->cache, j->key, &ref))
        return foi_errf(err, FOI_EIO, ".foi-cache", "the result of %s went missing", j->rel);
    rc = foi_run_add(run, job, blob, len, &ref, 1);
    if (rc == FOI_ECORRUPT)
        return worker_failed(run, job, "the parse worker's result was damaged");
    return rc ? foi_errf(err, rc, j->rel, "%s", foi_strerror(rc)) : 0;
}

/* A whole frame for job (frc: the worker's code, not FOI_ENOMEM): take the
 * file's result. */
static int frame_done(struct pool *pl, long job, int frc, const struct foi_buf *frame, const struct stat *st,
                      int have_st, struct foi_err *err)
{
    if (frc)
        return worker_failed(pl->run, job, "the parse worker failed");
    return take_result(pl->run, job, frame->data + FRAME_HDR, frame->len - FRAME_HDR, st, have_st, err);
}

/* Worker k sent a whole frame: take the file's result. */
static int worker_done(struct pool *pl, int k, int more, struct foi_err *err)
{
    struct worker *w = &pl->w[k];
    long job = w->job;
    const unsigned char *h = (const unsigned char *)w->buf.data;
    int frc = (int)foi_le32(h + 4);
    int rc = 0;
    if (frc == FOI_ENOMEM) {
        rc = worker_failed(pl->run, job, "parsing ran out of memory (--mem-limit); the file was skipped");
        /* that worker is on its way out: a fresh one takes its place */
        w->job = -1;
        worker_end(w, 0);
        return rc ? rc : more ? worker_spawn(pl, k) : 0;
    }
    rc = frame_done(pl, job, frc, &w->buf, &w->st, w->have_st, err);
    w->job = -1;
    w->buf.len = 0;
    return rc;
}

/* Hand job i to idle worker k. 0, or FOI_EIO when the worker cannot take it. */
static int worker_give(struct worker *w, const struct foi_job *jobs, size_t i, const struct stat *st,
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
    if (foi_send_all(w->to, h, sizeof h) || foi_send_all(w->to, jobs[i].fs, nf) ||
        foi_send_all(w->to, jobs[i].rel, nr) || (nc && foi_send_all(w->to, jobs[i].context, nc)))
        return FOI_EIO;
    return 0;
}

/* A file's result from the rebuild cache: by stat alone, or (when the file
 * was touched) by its content hash. 1 reused, 0 not, or an error code < 0. */
static int from_cache(struct foi_run *run, long job, const struct stat *st)
{
    const struct foi_job *j = &run->jobs[job];
    struct foi_cache *cache = run->cache;
    struct foi_cache_ref ref;
    int hit = foi_cache_find_stat(cache, j->key, st, &ref);
    if (!hit && foi_cache_has(cache, j->key)) {
        char *bytes = NULL;
        size_t n = 0;
        struct foi_err e;
        foi_err_clear(&e);
        if (foi_read_all(j->fs, &run->o->limits, &bytes, &n, &e) == 0) {
            char sha[65];
            foi_sha256_hex(bytes, n, sha);
            foi_free(bytes);
            hit = foi_cache_find_sha(cache, j->key, sha, &ref);
            if (hit)
                foi_cache_refresh(cache, j->key, st);
        }
    }
    if (!hit)
        return 0;
    /* a damaged result (nothing of it added) means parsing the file again */
    int rc = foi_run_add(run, job, NULL, 0, &ref, 0);
    if (rc == FOI_ECORRUPT) {
        foi_cache_drop(cache, j->key);
        return 0;
    }
    return rc ? -rc : 1;
}

/* Idle worker k gets the next file that is not a cache hit (the hits on the
 * way are taken, costing no worker). 0 or an error code. */
static int feed(struct pool *pl, int k, const size_t *which, size_t njobs, size_t *next, size_t *done,
                struct foi_err *err)
{
    const struct foi_build_opts *o = pl->o;
    struct foi_run *run = pl->run;
    struct worker *w = &pl->w[k];
    while (w->job < 0 && w->pid && *next < njobs && !foi_interrupt) {
        size_t ji = which[*next];
        if (o->progress)
            o->progress(o->cb_ctx, *done, njobs, run->jobs[ji].rel);
        struct stat st;
        memset(&st, 0, sizeof st);
        int have_st = stat(run->jobs[ji].fs, &st) == 0;
        if (have_st) {
            int hit = from_cache(run, (long)ji, &st);
            if (hit < 0)
                return foi_errf(err, -hit, "", "%s", foi_strerror(-hit));
            if (hit) {
                run->reused++;
                (*next)++;
                (*done)++;
                continue;
            }
        }
        if (worker_give(w, run->jobs, ji, &st, have_st)) {
            /* the worker was gone before it took the file: the
             * file is not to blame; a new worker gets it */
            w->job = -1;
            worker_end(w, 1);
            if (worker_spawn(pl, k) || worker_give(w, run->jobs, ji, &st, have_st))
                return foi_errf(err, FOI_EIO, "", "cannot start a parse worker: %s", strerror(errno));
        }
        (*next)++;
    }
    return 0;
}

static int run_pool(struct pool *pl, const size_t *which, size_t njobs, struct foi_err *err)
{
    const struct foi_build_opts *o = pl->o;
    struct foi_run *run = pl->run;
    size_t next = 0, done = 0;
    int rc = 0;
    double timeout = o->timeout_s > 0 ? o->timeout_s : 60;
    for (;;) {
        /* cache hits cost no worker; the rest go to idle workers */
        int busy = 0;
        for (int k = 0; k < pl->n && !rc; k++) {
            rc = feed(pl, k, which, njobs, &next, &done, err);
            busy += pl->w[k].job >= 0;
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
                return foi_errf(err, FOI_EIO, "", "no parse worker left");
            continue;
        }
        struct pollfd pf[MAX_WORKERS + 1];
        int idx[MAX_WORKERS], np = 0;
        for (int k = 0; k < pl->n; k++) {
            if (pl->w[k].job < 0)
                continue;
            pf[np].fd = pl->w[k].from;
            pf[np].events = POLLIN;
            pf[np].revents = 0;
            idx[np++] = k;
        }
        /* foi.sqlite's writer: what is queued for it goes as it reads */
        int sfd = foi_sqlout_waiting(run->sql);
        if (sfd >= 0) {
            pf[np].fd = sfd;
            pf[np].events = POLLOUT;
            pf[np].revents = 0;
        }
        int pr = poll(pf, (nfds_t)(np + (sfd >= 0)), 200);
        if (pr < 0 && errno != EINTR)
            return foi_errf(err, FOI_EIO, "", "poll: %s", strerror(errno));
        if (sfd >= 0 && (pf[np].revents & (POLLOUT | POLLERR | POLLHUP)))
            foi_sqlout_pump(run->sql);
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
                    } else if ((int)foi_le32(h + 4) != FOI_ENOMEM && next < njobs && !foi_interrupt) {
                        /* the worker's next file first, then this result
                         * filed away (cache, foi.sqlite) while it parses */
                        struct foi_buf frame = w->buf;
                        long job = w->job;
                        struct stat st = w->st;
                        int have_st = w->have_st;
                        w->buf = pl->spare;
                        w->buf.len = 0;
                        w->job = -1;
                        rc = feed(pl, k, which, njobs, &next, &done, err);
                        int frc = (int)foi_le32((const unsigned char *)frame.data + 4);
                        if (!rc)
                            rc = frame_done(pl, job, frc, &frame, &st, have_st, err);
                        pl->spare = frame;
                        pl->spare.len = 0;
                        done++;
                        continue;
                    } else {
                        rc = worker_done(pl, k, next < njobs, err);
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
                rc = worker_lost(pl, k, next < njobs);
                if (rc)
                    foi_errf(err, rc, "", "%s", foi_strerror(rc));
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

/* In-process (--no-fork): the same steps, one file after the other. */
static int run_here(struct foi_run *run, const size_t *which, size_t n, struct foi_err *err)
{
    const struct foi_build_opts *o = run->o;
    int rc = 0;
    for (size_t q = 0; q < n && !rc && !foi_interrupt; q++) {
        size_t i = which[q];
        const struct foi_job *j = &run->jobs[i];
        if (o->progress)
            o->progress(o->cb_ctx, q, n, j->rel);
        struct stat st;
        int have_st = stat(j->fs, &st) == 0;
        int hit = have_st ? from_cache(run, (long)i, &st) : 0;
        if (hit < 0)
            return foi_errf(err, -hit, "", "%s", foi_strerror(-hit));
        if (hit) {
            run->reused++;
            continue;
        }
        struct foi_dataset one;
        foi_dataset_init(&one);
        struct foi_buf blob;
        foi_buf_init(&blob, 0);
        rc = foi_process_file(run->tax, &o->limits, j->fs, j->rel, j->context, &one);
        if (!rc)
            rc = foi_file_result(&one, &blob);
        if (!rc)
            rc = take_result(run, (long)i, blob.data, blob.len, &st, have_st, err);
        else
            rc = foi_errf(err, rc, j->rel, "%s", foi_strerror(rc));
        foi_buf_release(&blob);
        foi_dataset_release(&one);
    }
    if (o->progress && !rc)
        o->progress(o->cb_ctx, n, n, NULL);
    return rc;
}

int foi_run_jobs(struct foi_run *run, const size_t *which, size_t n, struct foi_err *err)
{
    if (!n)
        return 0;
    if (run->o->no_fork)
        return run_here(run, which, n, err);
    struct pool pool;
    memset(&pool, 0, sizeof pool);
    int rc = pool_start(&pool, run->o, run->tax, n);
    if (rc) {
        pool_stop(&pool, 1);
        return foi_errf(err, rc, "", "cannot start the parse workers: %s", strerror(errno));
    }
    pool.run = run;
    rc = run_pool(&pool, which, n, err);
    pool_stop(&pool, rc || foi_interrupt);
    if (foi_interrupt)
        return foi_errf(err, FOI_EIO, "", "interrupted; the previous outputs were left as they were");
    return rc;
}
