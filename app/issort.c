/* issort.c: external sort of issues (see issort.h): a buffer sorted and
 * spilled as a run when full, the runs merged through small buffers. */
#include "fdio.h"
#include "issort.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------------ the file format */
/* u8 severity, 16 bytes of tag, then code, source_file, locator, message:
 * u32 length + bytes + NUL */
static int add_str(struct foi_buf *b, const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    unsigned char t[4];
    foi_put_le32(t, (uint32_t)n);
    int rc = foi_buf_add(b, t, 4);
    return rc ? rc : foi_buf_add(b, s, n + 1);
}

int foi_issue_write_tag(struct foi_buf *b, const struct foi_issue *is, const unsigned char *tag)
{
    static const unsigned char zero[16];
    unsigned char sev = (unsigned char)is->severity;
    int rc = foi_buf_add(b, &sev, 1);
    if (!rc) rc = foi_buf_add(b, tag ? tag : zero, 16);
    if (!rc) rc = add_str(b, is->code);
    if (!rc) rc = add_str(b, is->source_file);
    if (!rc) rc = add_str(b, is->locator);
    if (!rc) rc = add_str(b, is->message);
    return rc;
}

int foi_issue_write(struct foi_buf *b, const struct foi_issue *is)
{
    return foi_issue_write_tag(b, is, NULL);
}

struct foi_issue_file {
    int fd;
    unsigned char tag[16];
    char *buf;
    size_t bufsz, alloc, pos, len;
    int eof;
};

int foi_issue_file_open(struct foi_issue_file **out, int fd, size_t bufsz)
{
    *out = NULL;
    struct foi_issue_file *f = foi_calloc(1, sizeof *f);
    if (!f)
        return FOI_ENOMEM;
    f->fd = fd;
    f->bufsz = bufsz < 4096 ? 4096 : bufsz;
    if (lseek(fd, 0, SEEK_SET) < 0) {
        foi_free(f);
        return FOI_EIO;
    }
    *out = f;
    return 0;
}

const unsigned char *foi_issue_file_tag(const struct foi_issue_file *f)
{
    return f->tag;
}

void foi_issue_file_close(struct foi_issue_file *f)
{
    if (!f)
        return;
    if (f->fd >= 0)
        close(f->fd);
    foi_free(f->buf);
    foi_free(f);
}

/* n bytes at pos in the buffer. 0, 1 at a clean end, -1 error. */
static int need(struct foi_issue_file *f, size_t n)
{
    while (f->len - f->pos < n) {
        if (f->eof)
            return f->len == f->pos ? 1 : -1;
        size_t want = f->len - f->pos + f->bufsz;
        if (want < n)
            want = n + f->bufsz;
        if (foi_rbuf_room(&f->buf, &f->alloc, &f->pos, &f->len, want))
            return -1;
        ssize_t r;
        do
            r = read(f->fd, f->buf + f->len, f->alloc - 1 - f->len);
        while (r < 0 && errno == EINTR);
        if (r < 0)
            return -1;
        if (r == 0)
            f->eof = 1;
        f->len += (size_t)r;
    }
    return 0;
}

int foi_issue_file_next(struct foi_issue_file *f, struct foi_issue *is)
{
    /* the whole issue in the buffer first, then the pointers */
    int rc = need(f, 1);
    if (rc)
        return rc > 0 ? 0 : -FOI_EIO;
    size_t len = 17;
    for (int k = 0; k < 4; k++) {
        if (need(f, len + 4))
            return -FOI_EIO;
        size_t n = foi_le32((const unsigned char *)f->buf + f->pos + len);
        len += 4 + n + 1;
    }
    if (need(f, len))
        return -FOI_EIO;
    const unsigned char *p = (const unsigned char *)f->buf + f->pos;
    if (*p > FOI_SEV_INFO)
        return -FOI_EIO;
    is->severity = (enum foi_severity)*p;
    memcpy(f->tag, p + 1, 16);
    const char *s[4];
    p += 17;
    for (int k = 0; k < 4; k++) {
        size_t n = foi_le32(p);
        s[k] = (const char *)p + 4;
        p += 4 + n + 1;
    }
    is->code = s[0];
    is->source_file = s[1];
    is->locator = s[2];
    is->message = s[3];
    f->pos += len;
    return 1;
}

/* ------------------------------------------------------------ the sort */
struct tagged {
    struct foi_issue is;
    unsigned char tag[16];
};
struct foi_issort {
    size_t budget;
    char *tmp_dir;
    struct foi_arena a;
    struct tagged *v;
    size_t n, alloc;
    size_t count;
    int *runs;
    size_t nruns, aruns;
    /* reading back */
    int finished;
    size_t next;                   /* in memory: the next of v */
    const unsigned char *last_tag; /* of the issue handed out last */
    struct foi_issue_file **rf;    /* spilled: the runs */
    struct foi_issue *cur;         /* their current issues */
    size_t *heap;                  /* runs with an issue left, least first */
    size_t nheap;
    int pending;                   /* the top run moves on at the next call */
};

int foi_issort_new(struct foi_issort **out, size_t budget, const char *tmp_dir)
{
    *out = NULL;
    struct foi_issort *s = foi_calloc(1, sizeof *s);
    if (!s)
        return FOI_ENOMEM;
    s->budget = budget ? budget : (size_t)16 << 20;
    if (tmp_dir && !(s->tmp_dir = foi_strdup(tmp_dir))) {
        foi_free(s);
        return FOI_ENOMEM;
    }
    foi_arena_init(&s->a, 0);
    *out = s;
    return 0;
}

void foi_issort_free(struct foi_issort *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nruns; i++) {
        if (s->rf && s->rf[i])
            foi_issue_file_close(s->rf[i]);
        else if (s->runs[i] >= 0)
            close(s->runs[i]);
    }
    foi_free(s->rf);
    foi_free(s->cur);
    foi_free(s->heap);
    foi_free(s->runs);
    foi_free(s->v);
    foi_free(s->tmp_dir);
    foi_arena_release(&s->a);
    foi_free(s);
}

static int qcmp(const void *a, const void *b)
{
    return foi_issue_cmp(&((const struct tagged *)a)->is, &((const struct tagged *)b)->is);
}

static int tmp_file(const char *dir)
{
    const char *tmpdir = getenv("TMPDIR");
    const char *dirs[3] = { dir, tmpdir && *tmpdir ? tmpdir : NULL, "/tmp" };
    for (int i = 0; i < 3; i++) {
        if (!dirs[i])
            continue;
        char path[4200];
        snprintf(path, sizeof path, "%s/.foi-issues-XXXXXX", dirs[i]);
        int fd = mkstemp(path);
        if (fd >= 0) {
            unlink(path);
            fcntl(fd, F_SETFD, FD_CLOEXEC);
            return fd;
        }
    }
    return -1;
}

/* The buffer, sorted, into a new run. */
static int spill(struct foi_issort *s)
{
    if (!s->n)
        return 0;
    qsort(s->v, s->n, sizeof *s->v, qcmp);
    int fd = tmp_file(s->tmp_dir);
    if (fd < 0)
        return FOI_EIO;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int rc = 0;
    for (size_t i = 0; i < s->n && !rc; i++) {
        rc = foi_issue_write_tag(&b, &s->v[i].is, s->v[i].tag);
        if (!rc && (b.len >= 65536 || i + 1 == s->n)) {
            if (foi_write_all(fd, b.data, b.len))
                rc = FOI_EIO;
            foi_buf_reset(&b);
        }
    }
    foi_buf_release(&b);
    if (!rc && foi_grow((void **)&s->runs, &s->aruns, s->nruns, sizeof *s->runs))
        rc = FOI_ENOMEM;
    if (rc) {
        close(fd);
        return rc;
    }
    s->runs[s->nruns++] = fd;
    s->n = 0;
    foi_arena_release(&s->a);
    foi_arena_init(&s->a, 0);
    return 0;
}

int foi_issort_add(struct foi_issort *s, const struct foi_issue *is)
{
    static const unsigned char zero[16];
    return foi_issort_add_tag(s, is, zero);
}

int foi_issort_add_tag(struct foi_issort *s, const struct foi_issue *is, const unsigned char tag[16])
{
    if (s->a.used_total + s->n * sizeof *s->v > s->budget) {
        int rc = spill(s);
        if (rc)
            return rc;
    }
    if (foi_grow((void **)&s->v, &s->alloc, s->n, sizeof *s->v))
        return FOI_ENOMEM;
    memcpy(s->v[s->n].tag, tag, 16);
    struct foi_issue *d = &s->v[s->n].is;
    d->severity = is->severity;
    d->code = foi_arena_strdup(&s->a, is->code ? is->code : "");
    d->source_file = foi_arena_strdup(&s->a, is->source_file ? is->source_file : "");
    d->locator = foi_arena_strdup(&s->a, is->locator ? is->locator : "");
    d->message = foi_arena_strdup(&s->a, is->message ? is->message : "");
    if (!d->code || !d->source_file || !d->locator || !d->message)
        return FOI_ENOMEM;
    s->n++;
    s->count++;
    return 0;
}

static int sink_add(void *ctx, const struct foi_issue *is)
{
    return foi_issort_add(ctx, is);
}

struct foi_issue_sink foi_issort_sink(struct foi_issort *s)
{
    struct foi_issue_sink k = { sink_add, s };
    return k;
}

size_t foi_issort_count(const struct foi_issort *s) { return s->count; }
size_t foi_issort_runs(const struct foi_issort *s) { return s->nruns; }

static void sift(struct foi_issort *s, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < s->nheap && foi_issue_cmp(&s->cur[s->heap[l]], &s->cur[s->heap[m]]) < 0)
            m = l;
        if (l + 1 < s->nheap && foi_issue_cmp(&s->cur[s->heap[l + 1]], &s->cur[s->heap[m]]) < 0)
            m = l + 1;
        if (m == i)
            return;
        size_t t = s->heap[i];
        s->heap[i] = s->heap[m];
        s->heap[m] = t;
        i = m;
    }
}

int foi_issort_finish(struct foi_issort *s)
{
    s->finished = 1;
    if (!s->nruns) {
        if (s->n)
            qsort(s->v, s->n, sizeof *s->v, qcmp);
        return 0;
    }
    int rc = spill(s);
    if (rc)
        return rc;
    s->rf = foi_calloc(s->nruns, sizeof *s->rf);
    s->cur = foi_calloc(s->nruns, sizeof *s->cur);
    s->heap = foi_calloc(s->nruns, sizeof *s->heap);
    if (!s->rf || !s->cur || !s->heap)
        return FOI_ENOMEM;
    size_t per = s->budget / (s->nruns + 1);
    for (size_t i = 0; i < s->nruns; i++) {
        if ((rc = foi_issue_file_open(&s->rf[i], s->runs[i], per)))
            return rc;
        s->runs[i] = -1;   /* the reader closes it */
        int r = foi_issue_file_next(s->rf[i], &s->cur[i]);
        if (r < 0)
            return -r;
        if (r)
            s->heap[s->nheap++] = i;
    }
    for (size_t i = s->nheap; i-- > 0;)
        sift(s, i);
    return 0;
}

int foi_issort_next(struct foi_issort *s, struct foi_issue *is)
{
    if (!s->nruns) {
        if (s->next >= s->n)
            return 0;
        s->last_tag = s->v[s->next].tag;
        *is = s->v[s->next++].is;
        return 1;
    }
    /* the issue handed out last stays valid until now: its run moves on */
    if (s->pending && s->nheap) {
        size_t top = s->heap[0];
        int r = foi_issue_file_next(s->rf[top], &s->cur[top]);
        if (r < 0)
            return r;
        if (!r)
            s->heap[0] = s->heap[--s->nheap];
        sift(s, 0);
    }
    s->pending = 0;
    if (!s->nheap)
        return 0;
    *is = s->cur[s->heap[0]];
    s->last_tag = foi_issue_file_tag(s->rf[s->heap[0]]);
    s->pending = 1;
    return 1;
}

const unsigned char *foi_issort_tag(const struct foi_issort *s)
{
    return s->last_tag;
}
