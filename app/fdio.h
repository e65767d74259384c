/* fdio.h: whole-buffer reads and writes on descriptors (pipes, sockets,
 * files), retried across EINTR and short transfers. */
#ifndef FOI_FDIO_H
#define FOI_FDIO_H

#include <stddef.h>

/* Write all n bytes of p. 0, or -1 (errno set). */
int foi_write_all(int fd, const void *p, size_t n);

/* The same on a socket, without SIGPIPE when the peer has gone. */
int foi_send_all(int fd, const void *p, size_t n);

/* Read exactly n bytes into p: 1 read all, 0 end of file before any byte,
 * -1 an error or end of file part way. */
int foi_read_fd(int fd, void *p, size_t n);

#endif
