/* peak.c: run a command and report its wall and CPU time, exit status and
 * peak memory:
 *   self_kb  the command's own high-water mark (VmHWM);
 *   max_kb   the largest of it and every process it waited for (wait4's
 *            ru_maxrss: the largest worker);
 *   sum_kb   the most the whole process tree held at once: every 10 ms the
 *            proportional set size (Pss, shared pages split between the
 *            processes sharing them) of the command and all its descendants
 *            is added up, and the largest sum kept;
 *   procs    the most processes of the tree alive at once.
 * CPU times are the command's and its waited-for descendants'. */

/* usage: peak CMD [ARGS...]   (prints one line on stderr: "peak: wall=...") */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A "Name:  123 kB" line of a /proc file, or -1. */
static long proc_kb(pid_t pid, const char *file, const char *name)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%ld/%s", (long)pid, file);
    FILE *fp = fopen(path, "r");
    long kb = -1;
    size_t n = strlen(name);
    if (!fp)
        return -1;
    while (fgets(line, sizeof line, fp))
        if (!strncmp(line, name, n)) {
            kb = strtol(line + n, NULL, 10);
            break;
        }
    fclose(fp);
    return kb;
}

static pid_t parent_of(pid_t pid)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    fclose(fp);
    buf[n] = 0;
    /* pid (comm) state ppid ...: comm may hold spaces and parentheses */
    char *p = strrchr(buf, ')');
    long ppid = -1;
    if (!p || sscanf(p + 1, " %*c %ld", &ppid) != 1)
        return -1;
    return (pid_t)ppid;
}

/* The Pss of root and its descendants added up; *nproc their number. */
static long tree_pss(pid_t root, int *nproc)
{
    pid_t pids[4096], ppids[4096];
    int n = 0;
    DIR *d = opendir("/proc");
    if (!d)
        return -1;
    struct dirent *e;
    while ((e = readdir(d)) && n < 4096) {
        char *end;
        long v = strtol(e->d_name, &end, 10);
        if (*end || v <= 0)
            continue;
        pids[n] = (pid_t)v;
        ppids[n] = parent_of((pid_t)v);
        n++;
    }
    closedir(d);
    /* in the tree: root, or a process whose parent is (repeat until stable) */
    char in[4096];
    memset(in, 0, sizeof in);
    int changed = 1;
    while (changed) {
        changed = 0;
        for (int i = 0; i < n; i++) {
            if (in[i])
                continue;
            int yes = pids[i] == root;
            for (int k = 0; k < n && !yes; k++)
                yes = in[k] && pids[k] == ppids[i];
            if (yes) {
                in[i] = 1;
                changed = 1;
            }
        }
    }
    long sum = 0;
    *nproc = 0;
    for (int i = 0; i < n; i++) {
        if (!in[i])
            continue;
        long kb = proc_kb(pids[i], "smaps_rollup", "Pss:");
        if (kb > 0) {
            sum += kb;
            (*nproc)++;
        }
    }
    return sum;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: peak CMD [ARGS...]\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        fprintf(stderr, "peak: %s: %s\n", argv[1], strerror(errno));
        _exit(127);
    }
    long self_kb = 0, sum_kb = 0;
    int procs = 0;
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    for (;;) {
        pid_t r = wait4(pid, &status, WNOHANG, &ru);
        if (r == pid)
            break;
        if (r < 0 && errno != EINTR)
            return 1;
        long kb = proc_kb(pid, "status", "VmHWM:");
        if (kb > self_kb)
            self_kb = kb;
        int np = 0;
        long s = tree_pss(pid, &np);
        if (s > sum_kb)
            sum_kb = s;
        if (np > procs)
            procs = np;
        struct timespec ts = { 0, 10 * 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    int rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fprintf(stderr, "peak: wall=%.3f rc=%d self_kb=%ld max_kb=%ld sum_kb=%ld procs=%d user=%.3f sys=%.3f\n", wall,
            rc, self_kb, ru.ru_maxrss, sum_kb, procs, (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
            (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
    return rc;
}
