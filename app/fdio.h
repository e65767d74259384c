/* fdio.h: whole-buffer reads and writes on descriptors (pipes, sockets,
 * files), retried across EINTR and short transfers. */
#ifndef FOI_FDIO_H
#define FOI_FDIO_H

#include <stddef.h>
#include <stdint.h>

/* Write all n bytes of p. 0, or -1 (errno set). */
int foi_write_all(int fd, const void *p, size_t n);

/* The same on a socket, without SIGPIPE when the peer has gone. */
int foi_send_all(int fd, const void *p, size_t n);

/* Read exactly n bytes into p: 1 read all, 0 end of file before any byte,
 * -1 an error or end of file part way. */
int foi_read_fd(int fd, void *p, size_t n);

/* pread / pwrite of all n bytes at off: 0, or -1 (an error, or the end of
 * the file before n bytes). */
int foi_pread_all(int fd, void *p, size_t n, uint64_t off);
int foi_pwrite_all(int fd, const void *p, size_t n, uint64_t off);

/* A read buffer about to take more: room for want bytes (plus a NUL) with
 * the unread bytes [*pos, *len) moved to its start (*pos = 0). 0, or -1
 * out of memory (the buffer unchanged). */
int foi_rbuf_room(char **buf, size_t *alloc, size_t *pos, size_t *len, size_t want);

/* Start writing a file's dirty pages to disk without waiting (Linux's
 * sync_file_range), so that the fsync before it is renamed into place has
 * little left to wait for while the build works on. Errors show at fsync. */
void foi_fd_writeback(int fd);
#define FOI_WRITEBACK_EVERY ((size_t)32 << 20)   /* how often long writers start it */

/* fsync the file at path (opened for it): 0, or -1 (errno set). */
int foi_fsync_path(const char *path);

#endif
