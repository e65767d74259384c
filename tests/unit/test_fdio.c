/* test_fdio.c: whole-buffer writes and reads on descriptors (app/fdio.c):
 * a transfer larger than a pipe holds, end of file before any byte and part
 * way, a socket whose peer has gone (no SIGPIPE), a bad descriptor;
 * positioned reads and writes; making room in a read buffer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../app/fdio.h"
#include "../../core/foi.h"

/* 1 MB through a pipe (many times its buffer): a child writes, we read. */
static void test_large_through_pipe(void **state)
{
    (void)state;
    enum { N = 1 << 20 };
    unsigned char *out = malloc(N), *in = malloc(N);
    assert_non_null(out);
    assert_non_null(in);
    for (size_t i = 0; i < N; i++)
        out[i] = (unsigned char)(i * 131 + (i >> 9));
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fd[0]);
        int rc = foi_write_all(fd[1], out, N) == 0 ? 0 : 1;
        free(out);
        free(in);
        _exit(rc);
    }
    close(fd[1]);
    assert_int_equal(foi_read_fd(fd[0], in, N), 1);
    assert_memory_equal(in, out, N);
    /* the writer closed: end of file before any byte */
    char c;
    assert_int_equal(foi_read_fd(fd[0], &c, 1), 0);
    close(fd[0]);
    int st = 0;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    free(out);
    free(in);
}

/* End of file part way through is an error, not a short success. */
static void test_short_read(void **state)
{
    (void)state;
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    assert_int_equal(foi_write_all(fd[1], "abc", 3), 0);
    close(fd[1]);
    char buf[8];
    assert_int_equal(foi_read_fd(fd[0], buf, sizeof buf), -1);
    close(fd[0]);
}

/* Sending to a socket whose peer is gone fails with EPIPE and does not kill
 * the process; reading and writing a closed descriptor fail. */
static void test_peer_gone_and_bad_fd(void **state)
{
    (void)state;
    int sv[2];
    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    close(sv[1]);
    errno = 0;
    assert_int_equal(foi_send_all(sv[0], "x", 1), -1);
    assert_int_equal(errno, EPIPE);
    close(sv[0]);
    char c;
    assert_int_equal(foi_write_all(sv[0], "x", 1), -1);
    assert_int_equal(foi_read_fd(sv[0], &c, 1), -1);
}

/* Nothing to move is success. */
static void test_empty(void **state)
{
    (void)state;
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    assert_int_equal(foi_write_all(fd[1], "", 0), 0);
    assert_int_equal(foi_read_fd(fd[0], NULL, 0), 1);
    close(fd[0]);
    close(fd[1]);
}

/* Positioned whole reads and writes: at an offset, across the end of the
 * file (an error, not a short success). */
static void test_positioned(void **state)
{
    (void)state;
    char path[] = "/tmp/foi-test-fdio-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    unlink(path);
    assert_int_equal(foi_pwrite_all(fd, "0123456789", 10, 0), 0);
    assert_int_equal(foi_pwrite_all(fd, "ab", 2, 4), 0);
    char b[8] = { 0 };
    assert_int_equal(foi_pread_all(fd, b, 6, 2), 0);
    assert_memory_equal(b, "23ab67", 6);
    assert_int_equal(foi_pread_all(fd, b, 4, 8), -1);   /* two bytes left */
    assert_int_equal(foi_pread_all(fd, b, 0, 100), 0);
    close(fd);
    assert_int_equal(foi_pread_all(fd, b, 1, 0), -1);
    assert_int_equal(foi_pwrite_all(fd, "x", 1, 0), -1);
}

/* Making room in a read buffer keeps the unread bytes, first; a failed
 * allocation leaves the buffer as it was. */
static void test_rbuf_room(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t alloc = 0, pos = 0, len = 0;
    assert_int_equal(foi_rbuf_room(&buf, &alloc, &pos, &len, 8), 0);
    assert_true(alloc >= 9);
    memcpy(buf, "abcdefgh", 8);
    len = 8;
    pos = 5;   /* "fgh" unread */
    assert_int_equal(foi_rbuf_room(&buf, &alloc, &pos, &len, 8), 0);   /* fits: moved down */
    assert_int_equal(pos, 0);
    assert_int_equal(len, 3);
    assert_memory_equal(buf, "fgh", 3);
    size_t a0 = alloc;
    assert_int_equal(foi_rbuf_room(&buf, &alloc, &pos, &len, 100), 0);   /* grows */
    assert_true(alloc >= 101 && alloc > a0);
    assert_memory_equal(buf, "fgh", 3);
    pos = 1;
    char *before = buf;
    foi_alloc_fail_after(1);
    assert_int_equal(foi_rbuf_room(&buf, &alloc, &pos, &len, 1000), -1);
    foi_alloc_fail_after(0);
    assert_ptr_equal(buf, before);
    assert_int_equal(pos, 1);
    assert_int_equal(len, 3);
    foi_free(buf);
}

/* A file written, its writeback started, then synced by name: the bytes
 * are all there; a path that is not there is an error, not a crash. */
static void test_writeback_and_sync(void **state)
{
    (void)state;
    char path[] = "/tmp/foi-fdio-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    static char block[1 << 16];
    for (size_t i = 0; i < sizeof block; i++)
        block[i] = (char)('a' + i % 26);
    for (int k = 0; k < 8; k++) {
        assert_int_equal(foi_write_all(fd, block, sizeof block), 0);
        foi_fd_writeback(fd);
    }
    assert_int_equal(foi_fsync_path(path), 0);
    char back[1 << 16];
    assert_int_equal(foi_pread_all(fd, back, sizeof back, 7 * sizeof block), 0);
    assert_memory_equal(back, block, sizeof back);
    close(fd);
    unlink(path);
    errno = 0;
    assert_int_equal(foi_fsync_path(path), -1);
    assert_int_equal(errno, ENOENT);
    foi_fd_writeback(-1);   /* a bad descriptor: nothing happens */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_large_through_pipe),
        cmocka_unit_test(test_short_read),
        cmocka_unit_test(test_peer_gone_and_bad_fd),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_positioned),
        cmocka_unit_test(test_rbuf_room),
        cmocka_unit_test(test_writeback_and_sync),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
