/* test_fdio.c: whole-buffer writes and reads on descriptors (app/fdio.c):
 * a transfer larger than a pipe holds, end of file before any byte and part
 * way, a socket whose peer has gone (no SIGPIPE), a bad descriptor. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_large_through_pipe),
        cmocka_unit_test(test_short_read),
        cmocka_unit_test(test_peer_gone_and_bad_fd),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
