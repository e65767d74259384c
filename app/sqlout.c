/* sqlout.c: foi.sqlite written by a child process (see sqlout.h).
 *
 * Parent and child talk over a socket pair; each message is one type byte,
 * a 4-byte length and the payload:
 *   R  seq, then 0 + fd, offset, length, header checksum (a result in the
 *      rebuild cache, read through the descriptor the child inherited) or
 *      1 + the result's bytes
 *   X  seq: that result's rows out again
 *   E  no more results (the records table's indexes can be made)
 *   G  the first rowid of the issues of no or several sources and the
 *      sources; the issue file and the comparable rows ride along as
 *      descriptors (SCM_RIGHTS); the child commits and answers
 *   A  drop it all
 * The answer: the code, the message, and for every seq the first rowid of
 * its records and of its issues. The parent queues what it sends and writes
 * it as the child reads, so a slow child never holds up the parse. */
#define _GNU_SOURCE 1   /* MSG_NOSIGNAL, SCM_RIGHTS */
#include "fdio.h"
#include "sqlout.h"
#include "issort.h"
#include "outputs.h"
#include "../analyze/comparable.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

struct foi_sqlout {
    pid_t pid;
    int sock;
    struct foi_buf q;       /* queued, not yet sent */
    size_t qpos;
    int dead;               /* the child stopped reading */
    int cmp_sent;           /* the comparable rows went ahead of the rest */
    char *path;
};

/* ------------------------------------------------------------ in one process */
struct iss_first {
    struct foi_sqlite *q;
    int64_t first, count;
};

static int insert_issue(void *ctx, const struct foi_issue *is)
{
    struct iss_first *ii = ctx;
    int64_t id;
    int rc = foi_sqlite_issue(ii->q, is, &id);
    if (!rc && !ii->first)
        ii->first = id;
    ii->count++;
    return rc;
}

int foi_sqlout_insert(struct foi_sqlite *q, const struct foi_merge_input *in, const char *name,
                      struct foi_sql_rows *rows, struct foi_err *err)
{
    struct foi_result_reader *rd;
    memset(rows, 0, sizeof *rows);
    int rc = foi_result_reader_open(&rd, in, 65536, 0, err);
    if (rc)
        return rc;
    struct foi_record rec;
    int r;
    int64_t id = 0;
    while ((r = foi_result_reader_next(rd, &rec)) > 0 && !rc) {
        rc = foi_sqlite_record(q, &rec, &id);
        if (!rows->rec_first)
            rows->rec_first = id;
        rows->rec_count++;
    }
    if (r < 0 && !rc)
        rc = foi_errf(err, -r, name ? name : "", "cannot read its result back");
    struct iss_first ii = { q, 0, 0 };
    if (!rc)
        rc = foi_result_reader_issues(rd, insert_issue, &ii);
    foi_result_reader_close(rd);
    rows->iss_first = ii.first;
    rows->iss_count = ii.count;
    return rc;
}

int foi_sqlout_comparable(struct foi_sqlite *q, const char *const *outcomes, int noutcomes, int rows_fd,
                          struct foi_err *err)
{
    /* the columns from the outcomes (a child forked before the table was
     * built knows those, not the table) */
    struct foi_comparable cols;
    int rc = foi_comparable_init(&cols, outcomes, noutcomes);
    if (!rc)
        rc = foi_sqlite_comparable_table(q, &cols);
    foi_comparable_release(&cols);
    struct foi_cmp_row_reader *rr = NULL;
    if (!rc)
        rc = foi_cmp_row_reader_new(&rr, rows_fd, noutcomes);
    struct foi_cmp_row row;
    int r = 0;
    while (!rc && (r = foi_cmp_row_next(rr, &row)) > 0)
        rc = foi_sqlite_comparable_row(q, &row, NULL);
    if (!rc && r < 0)
        rc = foi_errf(err, FOI_EIO, "foi.sqlite", "cannot read the comparable rows back");
    foi_cmp_row_reader_free(rr);
    return rc;
}

int foi_sqlout_extra(struct foi_sqlite *q, int extra_fd, int64_t extra_first, struct foi_err *err)
{
    struct foi_issue_file *f = NULL;
    int fd = dup(extra_fd);
    if (fd < 0)
        return foi_errf(err, FOI_EIO, "foi.sqlite", "cannot read the issues back");
    int rc = foi_issue_file_open(&f, fd, 65536);
    if (rc) {
        close(fd);
        return foi_errf(err, rc, "foi.sqlite", "cannot read the issues back");
    }
    struct foi_issue is;
    int r = 0;
    int64_t id = extra_first;
    while (!rc && (r = foi_issue_file_next(f, &is)) > 0)
        rc = foi_sqlite_issue_at(q, &is, id++);
    if (!rc && r < 0)
        rc = foi_errf(err, FOI_EIO, "foi.sqlite", "cannot read the issues back");
    foi_issue_file_close(f);
    return rc;
}

/* ------------------------------------------------------------ bytes */
static int put_u32(struct foi_buf *b, uint32_t v)
{
    unsigned char t[4];
    foi_put_le32(t, v);
    return foi_buf_add(b, t, 4);
}

static int put_u64(struct foi_buf *b, uint64_t v)
{
    unsigned char t[8];
    for (int i = 0; i < 8; i++)
        t[i] = (unsigned char)(v >> (8 * i));
    return foi_buf_add(b, t, 8);
}

static int put_str(struct foi_buf *b, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    int rc = put_u32(b, (uint32_t)n);
    return rc ? rc : foi_buf_add(b, s ? s : "", n);
}

static uint64_t get_u64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

/* A string of a payload into a (NUL added): NULL when it runs past end. */
static const char *get_str(const unsigned char **p, const unsigned char *end, struct foi_arena *a)
{
    if (end - *p < 4)
        return NULL;
    uint32_t n = foi_le32(*p);
    if ((size_t)(end - *p - 4) < n)
        return NULL;
    char *s = foi_arena_strndup(a, (const char *)*p + 4, n);
    *p += 4 + n;
    return s;
}

/* ------------------------------------------------------------ the child */
struct inbox {
    int sock;
    char *buf;
    size_t alloc, pos, len;
    int fds[4];
    int nfds;
};

/* n more bytes in the buffer (read with recvmsg, so that descriptors sent
 * along are kept). 0, or -1 at the end or an error. */
static int in_need(struct inbox *b, size_t n)
{
    while (b->len - b->pos < n) {
        if (b->pos) {
            memmove(b->buf, b->buf + b->pos, b->len - b->pos);
            b->len -= b->pos;
            b->pos = 0;
        }
        if (b->alloc - b->len < 65536 || b->alloc < n) {
            size_t na = (b->alloc ? b->alloc * 2 : 1 << 17);
            while (na < n + 65536)
                na *= 2;
            char *p = foi_realloc(b->buf, na);
            if (!p)
                return -1;
            b->buf = p;
            b->alloc = na;
        }
        struct iovec iov = { b->buf + b->len, b->alloc - b->len };
        union {
            char c[CMSG_SPACE(4 * sizeof(int))];
            struct cmsghdr h;
        } ctl;
        struct msghdr m;
        memset(&m, 0, sizeof m);
        m.msg_iov = &iov;
        m.msg_iovlen = 1;
        m.msg_control = ctl.c;
        m.msg_controllen = sizeof ctl.c;
        ssize_t r = recvmsg(b->sock, &m, MSG_CMSG_CLOEXEC);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        for (struct cmsghdr *h = CMSG_FIRSTHDR(&m); h; h = CMSG_NXTHDR(&m, h))
            if (h->cmsg_level == SOL_SOCKET && h->cmsg_type == SCM_RIGHTS) {
                size_t k = (h->cmsg_len - CMSG_LEN(0)) / sizeof(int);
                for (size_t i = 0; i < k; i++) {
                    int fd;
                    memcpy(&fd, CMSG_DATA(h) + i * sizeof(int), sizeof fd);
                    if (b->nfds < 4)
                        b->fds[b->nfds++] = fd;
                    else
                        close(fd);
                }
            }
        b->len += (size_t)r;
    }
    return 0;
}

struct ranges {
    struct foi_sql_rows *v;
    size_t n, alloc;
};

static int ranges_set(struct ranges *g, uint32_t seq, const struct foi_sql_rows *r)
{
    if (seq >= g->alloc) {
        size_t na = g->alloc ? g->alloc : 1024;
        while (na <= seq)
            na *= 2;
        struct foi_sql_rows *a = foi_realloc(g->v, na * sizeof *a);
        if (!a)
            return FOI_ENOMEM;
        memset(a + g->alloc, 0, (na - g->alloc) * sizeof *a);
        g->v = a;
        g->alloc = na;
    }
    g->v[seq] = *r;
    if (seq + 1 > g->n)
        g->n = seq + 1;
    return 0;
}

/* The last part, once G came: sources, the others' issues, forces, the
 * comparable table. */
/* The comparable table from the rows of fd (closed here). */
static int child_comparable(struct foi_sqlite *q, int fd, const struct foi_taxonomy *tax, struct foi_err *err)
{
    const char **outcomes = NULL;
    int noutcomes = 0;
    int rc = foi_comparable_outcomes(tax, &outcomes, &noutcomes);
    if (rc)
        rc = foi_errf(err, rc, "foi.sqlite", "out of memory");
    else
        rc = foi_sqlout_comparable(q, outcomes, noutcomes, fd, err);
    foi_free(outcomes);
    close(fd);
    return rc;
}

static int child_rest(struct foi_sqlite *q, const unsigned char *p, const unsigned char *end, struct inbox *in,
                      int cmp_done, const struct foi_taxonomy *tax, struct foi_err *err)
{
    if (end - p < 12 || in->nfds != (cmp_done ? 1 : 2))
        return foi_errf(err, FOI_EIO, "foi.sqlite", "the SQLite writer got a damaged message");
    int64_t extra_first = (int64_t)get_u64(p);
    uint32_t nsrc = foi_le32(p + 8);
    p += 12;
    int rc = 0;
    struct foi_arena a;
    foi_arena_init(&a, 0);
    for (uint32_t i = 0; i < nsrc && !rc; i++) {
        struct foi_source s;
        memset(&s, 0, sizeof s);
        const char *f[7];
        for (int k = 0; k < 7 && !rc; k++)
            if (!(f[k] = get_str(&p, end, &a)))
                rc = FOI_EIO;
        if (!rc && end - p < 16)
            rc = FOI_EIO;
        if (rc) {
            rc = foi_errf(err, FOI_EIO, "foi.sqlite", "the SQLite writer got a damaged message");
            break;
        }
        s.source_file = f[0];
        s.source_sha256 = f[1];
        s.format = f[2];
        s.parser = f[3];
        s.force_id = f[4];
        s.status = f[5];
        s.attached_to = f[6];
        s.bytes = get_u64(p);
        s.records = (long)(int64_t)get_u64(p + 8);
        p += 16;
        rc = foi_sqlite_source(q, &s);
        foi_arena_release(&a);
        foi_arena_init(&a, 0);
    }
    foi_arena_release(&a);
    if (!rc)
        rc = foi_sqlout_extra(q, in->fds[0], extra_first, err);
    if (!rc)
        rc = foi_sqlite_forces(q, tax);
    if (!rc && !cmp_done) {
        rc = child_comparable(q, in->fds[1], tax, err);
        in->nfds = 1;
    }
    return rc;
}

static _Noreturn void child(int sock, const char *path, const struct foi_taxonomy *tax)
{
    signal(SIGINT, SIG_IGN);    /* the parent decides: it says drop it, or goes away */
    signal(SIGTERM, SIG_DFL);
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_sqlite *q = NULL;
    unlink(path);   /* a leftover of a build that had this process number */
    int rc = foi_sqlite_create(&q, path, 32768, &err);
    struct inbox in;
    memset(&in, 0, sizeof in);
    in.sock = sock;
    struct ranges g;
    memset(&g, 0, sizeof g);
    int go = 0, cmp_done = 0;
    for (;;) {
        if (in_need(&in, 5))
            break;   /* the parent went away: drop it */
        char type = in.buf[in.pos];
        uint32_t len = foi_le32((const unsigned char *)in.buf + in.pos + 1);
        if (in_need(&in, 5 + (size_t)len))
            break;
        const unsigned char *p = (const unsigned char *)in.buf + in.pos + 5, *end = p + len;
        in.pos += 5 + (size_t)len;
        if (type == 'A')
            break;
        if (type == 'C') {
            /* the comparable rows, while the parent writes the issues */
            if (in.nfds != 1) {
                if (!rc)
                    rc = foi_errf(&err, FOI_EIO, "foi.sqlite", "the SQLite writer got a damaged message");
                continue;
            }
            int fd = in.fds[0];
            in.nfds = 0;
            if (rc)
                close(fd);
            else
                rc = child_comparable(q, fd, tax, &err);
            cmp_done = 1;
            continue;
        }
        if (type == 'G') {
            if (!rc)
                rc = child_rest(q, p, end, &in, cmp_done, tax, &err);
            go = 1;
            break;
        }
        if (rc)
            continue;   /* a failure already: only the end matters now */
        if (type == 'E') {
            /* no more records: their indexes now, while the parent merges */
            rc = foi_sqlite_index_records(q);
            continue;
        }
        if (type == 'X' && len == 4) {
            uint32_t seq = foi_le32(p);
            if (seq < g.n) {
                struct foi_sql_rows *r = &g.v[seq];
                if (!(rc = foi_sqlite_delete_range(q, "records", r->rec_first, r->rec_count)))
                    rc = foi_sqlite_delete_range(q, "issues", r->iss_first, r->iss_count);
                memset(r, 0, sizeof *r);
            }
            continue;
        }
        if (type != 'R' || len < 5) {
            rc = foi_errf(&err, FOI_EIO, "foi.sqlite", "the SQLite writer got a damaged message");
            continue;
        }
        uint32_t seq = foi_le32(p);
        struct foi_merge_input mi;
        memset(&mi, 0, sizeof mi);
        mi.source = seq;
        if (p[4] == 0 && len == 5 + 4 + 8 + 8 + 32) {
            mi.fd = (int)foi_le32(p + 5);
            mi.off = get_u64(p + 9);
            mi.len = get_u64(p + 17);
            mi.hsha = p + 25;
        } else if (p[4] == 1) {
            mi.fd = -1;
            mi.mem = (const char *)p + 5;
            mi.len = len - 5;
        } else {
            rc = foi_errf(&err, FOI_EIO, "foi.sqlite", "the SQLite writer got a damaged message");
            continue;
        }
        struct foi_sql_rows rows;
        rc = foi_sqlout_insert(q, &mi, NULL, &rows, &err);
        if (!rc && ranges_set(&g, seq, &rows))
            rc = foi_errf(&err, FOI_ENOMEM, "foi.sqlite", "out of memory");
    }
    if (q) {
        int frc = foi_sqlite_finish(q, !rc && go);
        if (!rc)
            rc = frc;
    }
    if (!go) {
        for (int i = 0; i < in.nfds; i++)
            close(in.fds[i]);
        _exit(1);
    }
    struct foi_buf out;
    foi_buf_init(&out, 0);
    const char *msg = err.message[0] ? err.message : foi_strerror(rc);
    int wrc = put_u32(&out, (uint32_t)rc) || put_str(&out, msg) || put_u32(&out, (uint32_t)g.n);
    for (size_t i = 0; i < g.n && !wrc; i++)
        wrc = put_u64(&out, (uint64_t)g.v[i].rec_first) || put_u64(&out, (uint64_t)g.v[i].rec_count) ||
              put_u64(&out, (uint64_t)g.v[i].iss_first) || put_u64(&out, (uint64_t)g.v[i].iss_count);
    if (wrc || foi_send_all(sock, out.data, out.len))
        _exit(1);
    _exit(rc ? 2 : 0);
}

/* ------------------------------------------------------------ the parent */
int foi_sqlout_start(struct foi_sqlout **out, const char *path, const struct foi_taxonomy *tax, struct foi_err *err)
{
    *out = NULL;
    struct foi_sqlout *w = foi_calloc(1, sizeof *w);
    if (!w || !(w->path = foi_strdup(path))) {
        foi_free(w);
        return foi_errf(err, FOI_ENOMEM, "foi.sqlite", "out of memory");
    }
    foi_buf_init(&w->q, 0);
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) {
        foi_free(w->path);
        foi_free(w);
        return foi_errf(err, FOI_EIO, "foi.sqlite", "cannot start the SQLite writer: %s", strerror(errno));
    }
    /* room for many small messages: the parent never waits on the child */
    int big = 1 << 20;
    setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
    setsockopt(sv[1], SOL_SOCKET, SO_RCVBUF, &big, sizeof big);
    if (foi_wfile_threads()) {
        /* a bug of the caller's: the child could inherit a lock held by
         * the writer thread and hang; say so instead */
        close(sv[0]);
        close(sv[1]);
        foi_free(w->path);
        foi_free(w);
        return foi_errf(err, FOI_EIO, "foi.sqlite", "cannot start the SQLite writer while outputs are being written");
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(sv[0]);
        close(sv[1]);
        foi_free(w->path);
        foi_free(w);
        return foi_errf(err, FOI_EIO, "foi.sqlite", "cannot start the SQLite writer: %s", strerror(errno));
    }
    if (pid == 0) {
        close(sv[0]);
        child(sv[1], path, tax);
    }
    close(sv[1]);
    fcntl(sv[0], F_SETFD, FD_CLOEXEC);
    fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
    w->pid = pid;
    w->sock = sv[0];
    *out = w;
    return 0;
}

void foi_sqlout_pump(struct foi_sqlout *w)
{
    while (w && !w->dead && w->qpos < w->q.len) {
        ssize_t n = send(w->sock, w->q.data + w->qpos, w->q.len - w->qpos, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                w->dead = 1;
            break;
        }
        w->qpos += (size_t)n;
    }
    if (w && w->qpos == w->q.len) {
        foi_buf_reset(&w->q);
        w->qpos = 0;
    } else if (w && w->qpos > (1u << 20)) {
        memmove(w->q.data, w->q.data + w->qpos, w->q.len - w->qpos);
        w->q.len -= w->qpos;
        w->qpos = 0;
    }
}

int foi_sqlout_waiting(const struct foi_sqlout *w)
{
    return w && !w->dead && w->qpos < w->q.len ? w->sock : -1;
}

/* Everything queued out, waiting as long as it takes. 0 or -1. */
static int drain(struct foi_sqlout *w)
{
    while (!w->dead && w->qpos < w->q.len) {
        foi_sqlout_pump(w);
        if (w->qpos < w->q.len && !w->dead) {
            struct pollfd pf = { w->sock, POLLOUT, 0 };
            if (poll(&pf, 1, -1) < 0 && errno != EINTR)
                w->dead = 1;
        }
    }
    return w->dead ? -1 : 0;
}

static int queue_head(struct foi_sqlout *w, char type, size_t len)
{
    int rc = foi_buf_addc(&w->q, type);
    return rc ? rc : put_u32(&w->q, (uint32_t)len);
}

int foi_sqlout_result(struct foi_sqlout *w, uint32_t seq, const struct foi_merge_input *in)
{
    int rc;
    if (in->mem) {
        rc = queue_head(w, 'R', 5 + (size_t)in->len);
        if (!rc) rc = put_u32(&w->q, seq);
        if (!rc) rc = foi_buf_addc(&w->q, 1);
        if (!rc) rc = foi_buf_add(&w->q, in->mem, (size_t)in->len);
    } else {
        rc = queue_head(w, 'R', 5 + 4 + 8 + 8 + 32);
        if (!rc) rc = put_u32(&w->q, seq);
        if (!rc) rc = foi_buf_addc(&w->q, 0);
        if (!rc) rc = put_u32(&w->q, (uint32_t)in->fd);
        if (!rc) rc = put_u64(&w->q, in->off);
        if (!rc) rc = put_u64(&w->q, in->len);
        if (!rc) rc = foi_buf_add(&w->q, in->hsha, 32);
    }
    if (rc)
        return FOI_ENOMEM;
    foi_sqlout_pump(w);
    return 0;
}

int foi_sqlout_end_results(struct foi_sqlout *w)
{
    if (queue_head(w, 'E', 0))
        return FOI_ENOMEM;
    foi_sqlout_pump(w);
    return 0;
}

int foi_sqlout_drop(struct foi_sqlout *w, uint32_t seq)
{
    if (queue_head(w, 'X', 4) || put_u32(&w->q, seq))
        return FOI_ENOMEM;
    foi_sqlout_pump(w);
    return 0;
}

static int wait_child(struct foi_sqlout *w)
{
    int status = 0;
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
        ;
    return status;
}

static void release(struct foi_sqlout *w)
{
    if (w->sock >= 0)
        close(w->sock);
    foi_buf_release(&w->q);
    foi_free(w->path);
    foi_free(w);
}

void foi_sqlout_abort(struct foi_sqlout *w)
{
    if (!w)
        return;
    /* the child drops it all when its socket ends */
    close(w->sock);
    w->sock = -1;
    wait_child(w);
    unlink(w->path);
    release(w);
}

/* A message whose type byte carries descriptors, after everything queued;
 * the socket is blocking from here on. 0 or -1. */
static int send_fds(struct foi_sqlout *w, char type, const int *fds, int nfds, const void *body, size_t len)
{
    if (drain(w))
        return -1;
    fcntl(w->sock, F_SETFL, fcntl(w->sock, F_GETFL) & ~O_NONBLOCK);
    unsigned char head[5];
    head[0] = (unsigned char)type;
    foi_put_le32(head + 1, (uint32_t)len);
    union {
        char c[CMSG_SPACE(2 * sizeof(int))];
        struct cmsghdr h;
    } ctl;
    memset(&ctl, 0, sizeof ctl);
    struct iovec iov = { head, sizeof head };
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = ctl.c;
    m.msg_controllen = CMSG_SPACE((size_t)nfds * sizeof(int));
    struct cmsghdr *h = CMSG_FIRSTHDR(&m);
    h->cmsg_level = SOL_SOCKET;
    h->cmsg_type = SCM_RIGHTS;
    h->cmsg_len = CMSG_LEN((size_t)nfds * sizeof(int));
    memcpy(CMSG_DATA(h), fds, (size_t)nfds * sizeof(int));
    ssize_t n;
    do
        n = sendmsg(w->sock, &m, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    if (n != (ssize_t)sizeof head || (len && foi_send_all(w->sock, body, len))) {
        w->dead = 1;
        return -1;
    }
    return 0;
}

int foi_sqlout_comparable_rows(struct foi_sqlout *w, const char *path, struct foi_err *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return foi_errf(err, FOI_EIO, path, "cannot read back: %s", strerror(errno));
    int bad = send_fds(w, 'C', &fd, 1, NULL, 0);
    close(fd);
    if (bad)
        return foi_errf(err, FOI_EIO, "foi.sqlite", "the SQLite writer stopped");
    w->cmp_sent = 1;
    return 0;
}

int foi_sqlout_finish(struct foi_sqlout *w, const struct foi_source *src, size_t nsrc, int64_t extra_first,
                      int extra_fd, int rows_fd, struct foi_sql_rows *rows, size_t nseq, struct foi_err *err)
{
    /* G: the sources after the first rowid of the others' issues */
    struct foi_buf g;
    foi_buf_init(&g, 0);
    int rc = put_u64(&g, (uint64_t)extra_first) || put_u32(&g, (uint32_t)nsrc);
    for (size_t i = 0; i < nsrc && !rc; i++) {
        const struct foi_source *s = &src[i];
        rc = put_str(&g, s->source_file) || put_str(&g, s->source_sha256) || put_str(&g, s->format) ||
             put_str(&g, s->parser) || put_str(&g, s->force_id) || put_str(&g, s->status) ||
             put_str(&g, s->attached_to) || put_u64(&g, s->bytes) || put_u64(&g, (uint64_t)(int64_t)s->records);
    }
    if (rc) {
        foi_buf_release(&g);
        foi_sqlout_abort(w);
        return foi_errf(err, FOI_ENOMEM, "foi.sqlite", "out of memory");
    }
    /* the type byte carries the descriptors (the comparable rows' unless
     * sent already); then the rest, waiting */
    int fds[2] = { extra_fd, rows_fd };
    int bad = send_fds(w, 'G', fds, w->cmp_sent ? 1 : 2, g.data, g.len);
    foi_buf_release(&g);
    /* the answer */
    unsigned char t[4];
    uint32_t code = 0;
    if (!bad && foi_read_fd(w->sock, t, 4) == 1) {
        code = foi_le32(t);
        char msg[sizeof err->message];
        uint32_t ml = 0, n = 0;
        bad = (foi_read_fd(w->sock, t, 4) != 1);
        if (!bad) {
            ml = foi_le32(t);
            bad = ml >= sizeof msg || (foi_read_fd(w->sock, msg, ml) != 1);
            if (!bad)
                msg[ml] = 0;
        }
        if (!bad)
            bad = (foi_read_fd(w->sock, t, 4) != 1);
        if (!bad)
            n = foi_le32(t);
        for (uint32_t i = 0; i < n && !bad; i++) {
            unsigned char r[32];
            bad = (foi_read_fd(w->sock, r, 32) != 1);
            if (!bad && i < nseq) {
                rows[i].rec_first = (int64_t)get_u64(r);
                rows[i].rec_count = (int64_t)get_u64(r + 8);
                rows[i].iss_first = (int64_t)get_u64(r + 16);
                rows[i].iss_count = (int64_t)get_u64(r + 24);
            }
        }
        for (size_t i = n; i < nseq && !bad; i++)
            memset(&rows[i], 0, sizeof rows[i]);
        if (!bad && code)
            foi_errf(err, (int)code, "foi.sqlite", "%s", msg);
    } else {
        bad = 1;
    }
    wait_child(w);
    if (bad && !code) {
        unlink(w->path);
        release(w);
        return foi_errf(err, FOI_EIO, "foi.sqlite", "the SQLite writer stopped");
    }
    release(w);
    return (int)code;
}
