/* wfile.c: the checked output writer (every error remembered, fsync on close),
 * the CSV field writer with spreadsheet safety, UTF-8 cleaning, and the atomic
 * export over an exporter table (temporaries in OUT_DIR, then renames). */
#define _GNU_SOURCE   /* sync_file_range */
#include "export.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/types.h>
#include <unistd.h>

/* ---------------------------------------------------------- fault hook */
static long wfail_at;   /* fail when wcalls reaches this (0 = never) */
static long wcalls;

void foi_wfile_fail_after(long n)
{
    wcalls = 0;
    wfail_at = n;
}

int foi_wfile_fault_point(void)
{
    wcalls++;
    return wfail_at > 0 && wcalls >= wfail_at;
}

/* ------------------------------------------------------------- wfile */
/* The writes themselves go to a writer thread: the caller fills a buffer,
 * hands it over and goes on formatting the next rows while the kernel copies
 * the last ones into the page cache (on the record-heavy benchmark about half
 * of the merge's time was that copy). One thread serves every open file, in
 * the order the buffers were handed over; a file has at most WBUFS buffers, so
 * a caller faster than the disk waits for one to come back. The thread starts
 * with the first open file and is joined when the last one is closed; a
 * process forked while files were open starts afresh (the parent's files are
 * not the child's to touch). Errors are remembered per file and reported by
 * the next write and by the close, as before; when no thread can be started
 * the writes are made in the caller. */
#define WBUF ((size_t)1 << 20)
#define WBUFS 3

struct foi_wfile;

/* A buffer handed to the writer: each file has one record per buffer it may
 * have in flight (fewer in flight than it has buffers: one is the caller's). */
struct wjob {
    struct foi_wfile *f;
    char *buf;
    size_t len;
    int busy;                  /* queued or being written (under wmu) */
    struct wjob *next;
};

struct foi_wfile {
    int fd;
    int direct;                /* 0 not yet, 1 writing past the page cache, -1 never (the writer's) */
    char *path;
    char *cur;                 /* the buffer being filled (the caller's) */
    size_t len;
    char *spare[WBUFS];        /* buffers back from the writer (under wmu) */
    int nspare, nbufs;         /* nbufs: allocated, at most WBUFS */
    int inflight;              /* buffers handed over, not back (under wmu) */
    int err_no;                /* first errno seen (under wmu once a thread runs) */
    int failed;                /* a write has failed: every later one fails (the caller's) */
    size_t unsynced;           /* bytes written since writeback was started */
    struct wjob job[WBUFS];
};

static struct {
    pthread_mutex_t mu;
    pthread_cond_t work, back;   /* a job queued; a buffer back */
    struct wjob *head, *tail;
    int nopen, running, stop;
    pthread_t th;
    pid_t pid;                   /* the process this state belongs to */
} W = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER,
        NULL, NULL, 0, 0, 0, 0, 0 };

/* A long file's pages go to disk while it is written (sync_file_range
 * starts the writeback and does not wait), so that the fsync at close has
 * little left to wait for. */
#define WRITEBACK_EVERY ((size_t)32 << 20)

/* Direct writes. A long output (records.csv, records.ndjson, issues.csv)
 * is written past the page cache (O_DIRECT) once it is longer than one
 * buffer: filling fresh page-cache pages costs the kernel far more than the
 * disk write itself where memory freed a while ago has to be handed back by
 * the host (this VM: 190 MB written through the cache in 0.46-0.51 s plus
 * 0.08-0.11 s of fsync, direct in 0.08-0.09 s; docs/rebuilds.md). The
 * buffers are page-aligned and every buffer but the last is exactly WBUF,
 * so every direct write starts and ends on a block boundary; the last
 * buffer's aligned part goes direct and the rest through the cache, and
 * the fsync at close covers both. Where the file system refuses direct I/O
 * (tmpfs, some network mounts) or a direct write fails with EINVAL, the
 * file goes on through the cache. FOI_NO_DIRECT=1 turns it off. */
int foi_direct_allowed(void)
{
    static int allowed = -1;
    if (allowed < 0) {
        const char *e = getenv("FOI_NO_DIRECT");
        allowed = !(e && *e && strcmp(e, "0"));
    }
    return allowed;
}

int foi_fd_direct(int fd, int on)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return -1;
    fl = on ? (fl | O_DIRECT) : (fl & ~O_DIRECT);
    return fcntl(fd, F_SETFL, fl);
}

/* The writes from here on go through the page cache. */
static void leave_direct(int fd, int *direct)
{
    if (*direct == 1)
        (void)foi_fd_direct(fd, 0);
    *direct = -1;
}

int foi_put_direct(int fd, int *direct, const char *p, size_t n, size_t from)
{
    /* the first write of `from` bytes or more, at a block boundary, opens
     * the file's direct writes */
    if (*direct == 0 && n >= from && from >= FOI_DIRECT_ALIGN) {
        off_t at = lseek(fd, 0, SEEK_CUR);
        *direct = foi_direct_allowed() && at >= 0 && (uint64_t)at % FOI_DIRECT_ALIGN == 0 &&
                  (uintptr_t)p % FOI_DIRECT_ALIGN == 0 && foi_fd_direct(fd, 1) == 0 ? 1 : -1;
    }
    while (n && *direct == 1) {
        size_t k = n - n % FOI_DIRECT_ALIGN;
        if (!k || ((uintptr_t)p % FOI_DIRECT_ALIGN)) {
            leave_direct(fd, direct);   /* the last buffer's tail */
            break;
        }
        ssize_t w = write(fd, p, k);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0 && errno == EINVAL) {
            leave_direct(fd, direct);   /* refused here: through the cache from this byte */
            break;
        }
        if (w < 0)
            return errno ? errno : EIO;
        if (w == 0)
            return EIO;
        p += w;
        n -= (size_t)w;
        if ((size_t)w % FOI_DIRECT_ALIGN)
            leave_direct(fd, direct);   /* a short write off the block boundary */
    }
    while (n) {
        ssize_t k = write(fd, p, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return errno ? errno : EIO;
        }
        if (k == 0)
            return EIO;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

/* write(2) all of it; 0 or an errno. */
static int put_all(struct foi_wfile *f, const char *p, size_t n)
{
    int e = foi_put_direct(f->fd, &f->direct, p, n, WBUF);
    if (e)
        return e;
    f->unsynced += n;
    if (f->unsynced >= WRITEBACK_EVERY && f->direct != 1) {
#ifdef SYNC_FILE_RANGE_WRITE
        (void)sync_file_range(f->fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
        f->unsynced = 0;
    }
    return 0;
}

static void *writer_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&W.mu);
    for (;;) {
        while (!W.head && !W.stop)
            pthread_cond_wait(&W.work, &W.mu);
        if (!W.head)
            break;
        struct wjob *j = W.head;
        W.head = j->next;
        if (!W.head)
            W.tail = NULL;
        struct foi_wfile *f = j->f;
        int failed = f->err_no;
        pthread_mutex_unlock(&W.mu);
        int e = failed ? 0 : put_all(f, j->buf, j->len);
        pthread_mutex_lock(&W.mu);
        if (e && !f->err_no)
            f->err_no = e;
        f->spare[f->nspare++] = j->buf;
        f->inflight--;
        j->busy = 0;
        pthread_cond_broadcast(&W.back);
    }
    pthread_mutex_unlock(&W.mu);
    return NULL;
}

/* A child forked while the parent had files open: its copy of the state is
 * the parent's, thread and lock included; start afresh (it never touches the
 * parent's files). */
static void writer_own(void)
{
    pid_t me = getpid();
    if (W.pid == me)
        return;
    pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    W.mu = mu;
    W.work = c;
    W.back = c;
    W.head = W.tail = NULL;   /* the parent's */
    W.nopen = W.running = W.stop = 0;
    W.pid = me;
}

int foi_wfile_threads(void)
{
    writer_own();
    pthread_mutex_lock(&W.mu);
    int n = W.running;
    pthread_mutex_unlock(&W.mu);
    return n;
}

static void writer_attach(void)
{
    writer_own();
    pthread_mutex_lock(&W.mu);
    if (W.nopen++ == 0 && !W.running) {
        W.stop = 0;
        W.running = pthread_create(&W.th, NULL, writer_main, NULL) == 0;
    }
    pthread_mutex_unlock(&W.mu);
}

static void writer_detach(void)
{
    pthread_mutex_lock(&W.mu);
    int join = --W.nopen == 0 && W.running;
    if (join) {
        W.stop = 1;
        pthread_cond_broadcast(&W.work);
    }
    pthread_mutex_unlock(&W.mu);
    if (join) {
        pthread_join(W.th, NULL);
        pthread_mutex_lock(&W.mu);
        W.running = 0;
        W.stop = 0;
        pthread_mutex_unlock(&W.mu);
    }
}

/* Hand f's filled buffer over (or write it here without a thread), and
 * give f an empty one unless last. 0 or FOI_EIO / FOI_ENOMEM. */
static int hand_over(struct foi_wfile *f, int last)
{
    int rc = 0;
    pthread_mutex_lock(&W.mu);
    if (!W.running) {
        if (!f->err_no && f->len) {
            int e = put_all(f, f->cur, f->len);
            if (e)
                f->err_no = e;
        }
        f->len = 0;
        rc = f->err_no ? FOI_EIO : 0;
        pthread_mutex_unlock(&W.mu);
        return rc;
    }
    if (f->len) {
        struct wjob *j = f->job;
        while (j->busy)
            j++;   /* one is free: fewer buffers are in flight than f has */
        j->f = f;
        j->buf = f->cur;
        j->len = f->len;
        j->busy = 1;
        j->next = NULL;
        if (W.tail)
            W.tail->next = j;
        else
            W.head = j;
        W.tail = j;
        f->inflight++;
        f->cur = NULL;
        f->len = 0;
        pthread_cond_signal(&W.work);
    }
    if (!last && !f->cur) {
        if (!f->nspare && f->nbufs < WBUFS) {
            pthread_mutex_unlock(&W.mu);
            char *b = foi_malloc_aligned(FOI_DIRECT_ALIGN, WBUF);
            pthread_mutex_lock(&W.mu);
            if (b) {
                f->spare[f->nspare++] = b;
                f->nbufs++;
            }
        }
        while (!f->nspare && f->inflight)
            pthread_cond_wait(&W.back, &W.mu);
        if (f->nspare) {
            f->cur = f->spare[--f->nspare];
        } else {
            rc = FOI_ENOMEM;
            if (!f->err_no)
                f->err_no = ENOMEM;   /* the close says so too */
        }
    }
    if (last)
        while (f->inflight)
            pthread_cond_wait(&W.back, &W.mu);
    if (!rc && f->err_no)
        rc = FOI_EIO;
    pthread_mutex_unlock(&W.mu);
    return rc;
}

struct foi_wfile *foi_wfile_open(const char *path, struct foi_err *err)
{
    if (!path || !*path) {
        foi_errf(err, FOI_EUSAGE, "", "no output path");
        return NULL;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        foi_errf(err, FOI_EIO, path, "cannot create: %s", strerror(errno));
        return NULL;
    }
    struct foi_wfile *f = foi_calloc(1, sizeof *f);
    char *p = foi_strdup(path);
    char *b = (f && p) ? foi_malloc_aligned(FOI_DIRECT_ALIGN, WBUF) : NULL;
    if (!b) {
        close(fd);
        unlink(path);
        foi_free(f);
        foi_free(p);
        foi_errf(err, FOI_ENOMEM, path, "out of memory");
        return NULL;
    }
    f->fd = fd;
    f->path = p;
    f->cur = b;
    f->nbufs = 1;
    writer_attach();
    return f;
}

int foi_wfile_write(struct foi_wfile *f, const void *p, size_t n)
{
    if (!f)
        return FOI_EUSAGE;
    if (f->failed)
        return FOI_EIO;
    if (foi_wfile_fault_point()) {
        pthread_mutex_lock(&W.mu);
        if (!f->err_no)
            f->err_no = ENOSPC;
        pthread_mutex_unlock(&W.mu);
        f->failed = 1;
        return FOI_EIO;
    }
    const char *s = p;
    while (n) {
        if (!f->cur) {
            f->failed = 1;   /* an earlier hand-over found no buffer */
            return FOI_EIO;
        }
        size_t k = WBUF - f->len < n ? WBUF - f->len : n;
        memcpy(f->cur + f->len, s, k);
        f->len += k;
        s += k;
        n -= k;
        if (f->len == WBUF) {
            int rc = hand_over(f, 0);
            if (rc) {
                f->failed = 1;
                return rc;
            }
        }
    }
    return 0;
}

int foi_wfile_puts(struct foi_wfile *f, const char *s)
{
    return foi_wfile_write(f, s, strlen(s));
}

int foi_wfile_printf(struct foi_wfile *f, const char *fmt, ...)
{
    char small[512];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    int rc;
    if (n < 0) {
        rc = FOI_EUSAGE;
    } else if ((size_t)n < sizeof small) {
        rc = foi_wfile_write(f, small, (size_t)n);
    } else {
        char *big = foi_malloc((size_t)n + 1);
        if (!big) {
            rc = FOI_ENOMEM;
        } else {
            vsnprintf(big, (size_t)n + 1, fmt, ap2);
            rc = foi_wfile_write(f, big, (size_t)n);
            foi_free(big);
        }
    }
    va_end(ap2);
    return rc;
}

/* Every buffer written (or given up), the buffers freed, the thread let go;
 * the first errno seen. */
static int drain(struct foi_wfile *f)
{
    (void)hand_over(f, 1);
    pthread_mutex_lock(&W.mu);
    int e = f->err_no;
    pthread_mutex_unlock(&W.mu);
    foi_free(f->cur);
    for (int i = 0; i < f->nspare; i++)
        foi_free(f->spare[i]);
    writer_detach();
    return e;
}

int foi_wfile_close(struct foi_wfile *f, struct foi_err *err)
{
    if (!f)
        return foi_errf(err, FOI_EUSAGE, "", "no file to close");
    int e = drain(f);
    if (fsync(f->fd) != 0 && !e)
        e = errno ? errno : EIO;
    if (close(f->fd) != 0 && !e)
        e = errno ? errno : EIO;
    int rc = 0;
    if (e)
        rc = foi_errf(err, FOI_EIO, f->path, "cannot write: %s", strerror(e));
    foi_free(f->path);
    foi_free(f);
    return rc;
}

int foi_wfile_finish(struct foi_wfile *f, int rc, const char *path, struct foi_err *err)
{
    int crc = foi_wfile_close(f, err);
    if (rc && !crc)
        foi_errf(err, rc, path, "cannot write: %s", foi_strerror(rc));
    if (rc || crc)
        unlink(path);
    return rc ? rc : crc;
}

void foi_wfile_abort(struct foi_wfile *f)
{
    if (!f)
        return;
    pthread_mutex_lock(&W.mu);
    if (!f->err_no)
        f->err_no = ECANCELED;   /* what is still queued is not written */
    pthread_mutex_unlock(&W.mu);
    f->len = 0;
    (void)drain(f);
    close(f->fd);
    unlink(f->path);
    foi_free(f->path);
    foi_free(f);
}

/* -------------------------------------------------------------- UTF-8 */
#define utf8_seq foi_utf8_seq

static const char REPLACEMENT[] = "\xEF\xBF\xBD";   /* U+FFFD */

const char *foi_utf8_clean(const char *s, struct foi_buf *scratch)
{
    size_t n;
    return foi_utf8_clean_n(s, scratch, &n);
}

const char *foi_utf8_clean_n(const char *s, struct foi_buf *scratch, size_t *len)
{
    *len = 0;
    if (!s)
        return "";
    size_t n = strlen(s);
    *len = n;
    if (foi_utf8_valid(s, n))
        return s;
    foi_buf_reset(scratch);
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        size_t k = utf8_seq(p + i, n - i);
        int rc = k ? foi_buf_add(scratch, p + i, k) : foi_buf_adds(scratch, REPLACEMENT);
        if (rc)
            return NULL;
        i += k ? k : 1;
    }
    *len = scratch->len;
    return scratch->data ? scratch->data : "";
}

/* ---------------------------------------------------------- CSV field */
/* The bytes are export/rows.c's (foi_csv_put), the one CSV encoder. */
int foi_csv_field(struct foi_wfile *f, const char *s, int spreadsheet_safe)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int rc = foi_csv_put(&b, s, spreadsheet_safe);
    if (!rc && b.len)
        rc = foi_wfile_write(f, b.data, b.len);
    foi_buf_release(&b);
    return rc;
}

/* ------------------------------------------------------- column types */
static enum foi_coltype coltype_of(int col)
{
    const char *name = foi_record_columns[col];
    if (!strcmp(name, "value") || !strcmp(name, "value_min") || !strcmp(name, "value_max"))
        return FOI_COL_INTEGER;
    if (!strcmp(name, "confidence"))
        return FOI_COL_NUMBER;
    if (!strcmp(name, "period_start") || !strcmp(name, "period_end"))
        return FOI_COL_DATE;
    return FOI_COL_STRING;
}

/* Asked for every field of every record: worked out once per column. */
enum foi_coltype foi_export_coltype(int col)
{
    static enum foi_coltype types[FOI_RECORD_NCOLS];
    static int ready;
    if (col < 0 || col >= FOI_RECORD_NCOLS)
        return FOI_COL_STRING;
    if (!ready) {
        for (int c = 0; c < FOI_RECORD_NCOLS; c++)
            types[c] = coltype_of(c);
        ready = 1;
    }
    return types[col];
}

/* ------------------------------------------------------ atomic export */
/* mkdir -p, iteratively (no recursion on a path the user controls). */
static int make_dirs(const char *dir, struct foi_err *err)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return 0;
        return foi_errf(err, FOI_EIO, dir, "not a directory");
    }
    char *p = foi_strdup(dir);
    if (!p)
        return foi_errf(err, FOI_ENOMEM, dir, "out of memory");
    int rc = 0;
    size_t n = strlen(p);
    for (size_t i = 1; i <= n && !rc; i++) {
        if (p[i] != '/' && p[i] != '\0')
            continue;
        char saved = p[i];
        p[i] = '\0';
        if (mkdir(p, 0755) != 0 && errno != EEXIST)
            rc = foi_errf(err, FOI_EIO, p, "cannot create directory: %s", strerror(errno));
        else if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode))
            rc = foi_errf(err, FOI_EIO, p, "not a directory");
        p[i] = saved;
    }
    foi_free(p);
    return rc;
}

/* ".<name>.tmp-<digits>": a temporary of ours, from any run. */
static int is_stale_tmp(const char *name)
{
    if (name[0] != '.')
        return 0;
    const char *t = strstr(name + 1, ".tmp-");
    if (!t || t == name + 1)
        return 0;
    const char *d = t + 5;
    if (!*d)
        return 0;
    for (; *d; d++)
        if (*d < '0' || *d > '9')
            return 0;
    return 1;
}

static int remove_stale(const char *out_dir, long keep_pid, struct foi_err *err);

int foi_export_remove_stale(const char *out_dir, struct foi_err *err)
{
    return remove_stale(out_dir, -1, err);
}

int foi_export_remove_stale_but(const char *out_dir, long pid, struct foi_err *err)
{
    return remove_stale(out_dir, pid, err);
}

static int remove_stale(const char *out_dir, long keep_pid, struct foi_err *err)
{
    DIR *d = opendir(out_dir);
    if (!d)
        return foi_errf(err, FOI_EIO, out_dir, "cannot read directory: %s", strerror(errno));
    struct foi_buf path;
    foi_buf_init(&path, 0);
    int rc = 0;
    struct dirent *e;
    while (!rc && (e = readdir(d)) != NULL) {
        if (!is_stale_tmp(e->d_name))
            continue;
        if (keep_pid > 0 && strtol(strstr(e->d_name + 1, ".tmp-") + 5, NULL, 10) == keep_pid)
            continue;   /* this process's own */
        foi_buf_reset(&path);
        if (foi_buf_printf(&path, "%s/%s", out_dir, e->d_name)) {
            rc = foi_errf(err, FOI_ENOMEM, out_dir, "out of memory");
        } else if (unlink(path.data) != 0 && errno != ENOENT) {
            rc = foi_errf(err, FOI_EIO, path.data, "cannot remove stale temporary: %s",
                          strerror(errno));
        }
    }
    closedir(d);
    foi_buf_release(&path);
    return rc;
}

static int fsync_dir(const char *dir, struct foi_err *err)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return foi_errf(err, FOI_EIO, dir, "cannot open directory: %s", strerror(errno));
    int rc = 0;
    if (fsync(fd) != 0 && errno != EINVAL)   /* some file systems cannot sync directories */
        rc = foi_errf(err, FOI_EIO, dir, "cannot sync directory: %s", strerror(errno));
    close(fd);
    return rc;
}

static int valid_name(const char *name)
{
    return name && *name && !strchr(name, '/') && strcmp(name, ".") && strcmp(name, "..");
}

static void free_paths(char **p, int n)
{
    if (!p)
        return;
    for (int i = 0; i < n; i++)
        foi_free(p[i]);
    foi_free(p);
}

/* Exporter i in a forked child: its error travels back over a pipe as
 * code, locator and message, NUL-separated. */
struct child {
    pid_t pid;
    int fd, i;
};

static _Noreturn void child_write(const struct foi_exporter *e, const struct foi_export_ctx *x,
                                  const char *tmp, int fd)
{
    struct foi_err cerr;
    foi_err_clear(&cerr);
    int rc = e->write(x, tmp, &cerr);
    if (rc) {
        if (!cerr.code)
            foi_errf(&cerr, rc, e->file, "cannot write %s", e->file);
        char msg[sizeof cerr.locator + sizeof cerr.message + 32];
        int len = snprintf(msg, sizeof msg, "%d%c%s%c%s", cerr.code, 0, cerr.locator, 0, cerr.message);
        if (len > 0 && write(fd, msg, (size_t)len < sizeof msg ? (size_t)len : sizeof msg - 1) < 0)
            rc = FOI_EIO;
    }
    _exit(rc ? 1 : 0);
}

/* Reap child c: 0, or the error it reported (or its crash). */
static int child_end(struct child *c, const struct foi_exporter *tab, struct foi_err *err)
{
    char msg[2048];
    size_t got = 0;
    for (;;) {
        ssize_t r = read(c->fd, msg + got, sizeof msg - 1 - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
        if (got == sizeof msg - 1)
            break;
    }
    msg[got] = 0;
    close(c->fd);
    int status = 0;
    while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return 0;
    if (got) {
        int code = atoi(msg);
        const char *loc = msg + strlen(msg) + 1;
        const char *text = loc < msg + got ? loc + strlen(loc) + 1 : "";
        if (loc >= msg + got)
            loc = "";
        if (text >= msg + got)
            text = "";
        return foi_errf(err, code ? code : FOI_EIO, loc, "%s", *text ? text : "cannot write");
    }
    if (WIFSIGNALED(status))
        return foi_errf(err, FOI_EIO, tab[c->i].file, "writing %s crashed (signal %d)", tab[c->i].file,
                        WTERMSIG(status));
    return foi_errf(err, FOI_EIO, tab[c->i].file, "cannot write %s", tab[c->i].file);
}

/* Every exporter in a child of its own, up to x->jobs at once; the first
 * error wins, and the children still running finish (their temporaries are
 * removed by the caller). */
static int write_parallel(const struct foi_exporter *tab, int n, const struct foi_export_ctx *x,
                          char **tmp, struct foi_err *err)
{
    struct child run[64];
    int nrun = 0, next = 0, rc = 0;
    int most = x->jobs < 64 ? x->jobs : 64;
    /* the dearest first, so the longest one is not left to run alone at the end */
    int order[64];
    if (n > 64)
        return foi_errf(err, FOI_EUSAGE, "", "export: more than 64 outputs");
    for (int i = 0; i < n; i++) {
        int k = i;
        while (k > 0 && tab[order[k - 1]].cost < tab[i].cost) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = i;
    }
    while (next < n || nrun > 0) {
        while (!rc && nrun < most && next < n) {
            int p[2];
            if (pipe(p) < 0) {
                rc = foi_errf(err, FOI_EIO, "", "cannot start an exporter: %s", strerror(errno));
                break;
            }
            fflush(NULL);
            pid_t pid = fork();
            if (pid < 0) {
                close(p[0]);
                close(p[1]);
                rc = foi_errf(err, FOI_EIO, "", "cannot start an exporter: %s", strerror(errno));
                break;
            }
            if (pid == 0) {
                close(p[0]);
                for (int k = 0; k < nrun; k++)
                    close(run[k].fd);
                child_write(&tab[order[next]], x, tmp[order[next]], p[1]);
            }
            close(p[1]);
            run[nrun].pid = pid;
            run[nrun].fd = p[0];
            run[nrun].i = order[next++];
            nrun++;
        }
        if (rc && nrun == 0)
            break;
        if (rc)
            next = n;    /* start nothing more; let the running ones end */
        /* the first to finish (its pipe closes when it exits) */
        struct pollfd pf[64];
        for (int k = 0; k < nrun; k++) {
            pf[k].fd = run[k].fd;
            pf[k].events = POLLIN;
            pf[k].revents = 0;
        }
        int ready = 0;
        while (poll(pf, (nfds_t)nrun, -1) < 0 && errno == EINTR)
            ;
        for (int k = 0; k < nrun; k++)
            if (pf[k].revents) {
                ready = k;
                break;
            }
        struct child c = run[ready];
        run[ready] = run[--nrun];
        struct foi_err e2;
        foi_err_clear(&e2);
        int crc = child_end(&c, tab, rc ? &e2 : err);
        if (!rc)
            rc = crc;
    }
    return rc;
}

int foi_export_all_with(const struct foi_exporter *tab, int n, const struct foi_export_ctx *x,
                        const char *out_dir, struct foi_err *err)
{
    if (!tab || n < 0 || !x || !out_dir || !*out_dir)
        return foi_errf(err, FOI_EUSAGE, "", "export: no table, dataset or output folder");
    for (int i = 0; i < n; i++)
        if (!valid_name(tab[i].file) || !tab[i].write)
            return foi_errf(err, FOI_EUSAGE, "", "export: bad output name '%s'",
                            tab[i].file ? tab[i].file : "");
    int rc = make_dirs(out_dir, err);
    if (!rc)
        rc = foi_export_remove_stale(out_dir, err);
    if (rc)
        return rc;

    char **tmp = foi_calloc((size_t)n + 1, sizeof *tmp);
    char **fin = foi_calloc((size_t)n + 1, sizeof *fin);
    if (!tmp || !fin) {
        foi_free(tmp);
        foi_free(fin);
        return foi_errf(err, FOI_ENOMEM, out_dir, "out of memory");
    }
    long pid = (long)getpid();
    int made = 0;   /* temporaries [0, made) may exist */
    for (int i = 0; i < n && !rc; i++) {
        struct foi_buf b;
        foi_buf_init(&b, 0);
        if (foi_buf_printf(&b, "%s/.%s.tmp-%ld", out_dir, tab[i].file, pid)) {
            foi_buf_release(&b);
            rc = foi_errf(err, FOI_ENOMEM, out_dir, "out of memory");
            break;
        }
        tmp[i] = foi_buf_detach(&b);
        foi_buf_init(&b, 0);
        if (foi_buf_printf(&b, "%s/%s", out_dir, tab[i].file)) {
            foi_buf_release(&b);
            rc = foi_errf(err, FOI_ENOMEM, out_dir, "out of memory");
            made = i + 1;
            break;
        }
        fin[i] = foi_buf_detach(&b);
        made = i + 1;
        if (x->jobs > 1)
            continue;
        rc = tab[i].write(x, tmp[i], err);
        if (rc && err && !err->code)
            foi_errf(err, rc, tab[i].file, "cannot write %s", tab[i].file);
    }
    if (!rc && x->jobs > 1)
        rc = write_parallel(tab, n, x, tmp, err);
    if (rc) {
        for (int i = 0; i < made; i++)
            if (tmp[i])
                unlink(tmp[i]);
        free_paths(tmp, n);
        free_paths(fin, n);
        return rc;
    }
    int renamed = 0;
    for (int i = 0; i < n && !rc; i++) {
        if (rename(tmp[i], fin[i]) != 0)
            rc = foi_errf(err, FOI_EIO, fin[i], "cannot rename into place: %s", strerror(errno));
        else
            renamed = i + 1;
    }
    for (int i = renamed; i < n; i++)
        unlink(tmp[i]);
    int drc = fsync_dir(out_dir, err);
    if (!rc)
        rc = drc;
    free_paths(tmp, n);
    free_paths(fin, n);
    return rc;
}
