/* fdio.c: whole-buffer reads and writes on descriptors. See fdio.h. */
#define _GNU_SOURCE   /* sync_file_range */
#include "fdio.h"

#include "../core/foi.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

static int put_all(int fd, const void *p, size_t n, int sock)
{
    const char *c = p;
    while (n) {
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

int foi_write_all(int fd, const void *p, size_t n)
{
    return put_all(fd, p, n, 0);
}

int foi_send_all(int fd, const void *p, size_t n)
{
    return put_all(fd, p, n, 1);
}

int foi_read_fd(int fd, void *p, size_t n)
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

int foi_pread_all(int fd, void *p, size_t n, uint64_t off)
{
    char *c = p;
    while (n) {
        ssize_t r = pread(fd, c, n, (off_t)off);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        c += r;
        n -= (size_t)r;
        off += (uint64_t)r;
    }
    return 0;
}

int foi_pwrite_all(int fd, const void *p, size_t n, uint64_t off)
{
    const char *c = p;
    while (n) {
        ssize_t r = pwrite(fd, c, n, (off_t)off);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        c += r;
        n -= (size_t)r;
        off += (uint64_t)r;
    }
    return 0;
}

int foi_rbuf_room(char **buf, size_t *alloc, size_t *pos, size_t *len, size_t want)
{
    size_t keep = *len - *pos;
    if (want + 1 > *alloc) {
        char *p = foi_malloc(want + 1);
        if (!p)
            return -1;
        if (keep)
            memcpy(p, *buf + *pos, keep);
        foi_free(*buf);
        *buf = p;
        *alloc = want + 1;
    } else if (keep) {
        memmove(*buf, *buf + *pos, keep);
    }
    *pos = 0;
    *len = keep;
    return 0;
}

void foi_fd_writeback(int fd)
{
#ifdef SYNC_FILE_RANGE_WRITE
    (void)sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#else
    (void)fd;
#endif
}

int foi_fsync_path(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    int e = errno;
    close(fd);
    errno = e;
    return rc;
}
