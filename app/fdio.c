/* fdio.c: whole-buffer reads and writes on descriptors. See fdio.h. */
#include "fdio.h"

#include <errno.h>
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
