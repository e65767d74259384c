/* cli.c: argument parsing and every message foi prints (stderr for problems
 * and progress, stdout for requested output). Subcommands: build, inspect,
 * parsers, forces, diff, validate. */
#include "cli.h"
#include "../core/foi.h"
#include "../core/doc.h"
#include "doc_dump.h"
#include "build.h"
#include "../parsers/parser.h"
#include "../parsers/read.h"
#include "../parsers/engine.h"
#include "../normalize/normalize.h"
#include "../normalize/figure.h"
#include "../normalize/context.h"
#include "validate.h"
#include "diff.h"
#include "../export/export.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern volatile sig_atomic_t foi_interrupt;

static int msg_count;

/* Control characters (a newline in a file name) are shown escaped, so one
 * message stays one line. */
static void put_escaped(const char *s)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '\n') fputs("\\n", stderr);
        else if (ch == '\t') fputs("\\t", stderr);
        else if (ch < 0x20 || ch == 0x7f) fprintf(stderr, "\\x%02x", ch);
        else fputc(ch, stderr);
    }
}

/* foi: FILE: LOCATOR: message — capped per run, the rest is in issues.csv */
static void print_msg(void *ctx, const char *file, const char *locator, const char *msg)
{
    (void)ctx;
    if (++msg_count > 50) {
        if (msg_count == 51)
            fprintf(stderr, "foi: more problems not shown; see issues.csv\n");
        return;
    }
    fputs("foi: ", stderr);
    if (file && *file) {
        put_escaped(file);
        fputs(": ", stderr);
    }
    if (locator && *locator) {
        put_escaped(locator);
        fputs(": ", stderr);
    }
    put_escaped(msg);
    fputc('\n', stderr);
}

static int progress_on;

static void print_progress(void *ctx, size_t done, size_t total, const char *file)
{
    (void)ctx;
    if (!progress_on || !total)
        return;
    int width = 30, filled = (int)(done * (size_t)width / total);
    fprintf(stderr, "\r\033[K[");
    for (int i = 0; i < width; i++)
        fputc(i < filled ? '#' : '.', stderr);
    fprintf(stderr, "] %zu/%zu %.40s", done, total, file ? file : "");
    if (!file)
        fputc('\n', stderr);
    fflush(stderr);
}

static void on_signal(int sig)
{
    (void)sig;
    foi_interrupt = 1;
}

static int parse_long(const char *s, long lo, long hi, long *out)
{
    char *e;
    errno = 0;
    long v = strtol(s, &e, 10);
    if (errno || *e || e == s || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

/* ---------------------------------------------------------------- build */
static void build_usage(FILE *fp)
{
    fputs("usage: foi build IN_DIR -o OUT_DIR [options]\n"
          "\n"
          "  -o, --out DIR          where to write the dataset (created if missing)\n"
          "  -j, --jobs N           files parsed at once (default: the number of cores)\n"
          "      --expect FORCES    forces that were asked: a file (one per line) or a comma list\n"
          "      --taxonomy DIR     your own taxonomy files, adding to the shipped ones\n"
          "      --workforce FILE   officer headcounts by force (default: the shipped Home Office file)\n"
          "      --clean            ignore the rebuild cache and parse everything again\n"
          "      --timeout SECONDS  per-file parse time limit (default 60)\n"
          "      --mem-limit MB     per-file parse memory limit (default 2048)\n"
          "      --mem-budget SIZE  memory the build holds to merge and sort figures, whatever\n"
          "                         their number (MB, or with a K, M or G suffix; default 160M)\n"
          "      --max-file-size MB largest input read (default 64)\n"
          "      --max-cells N      largest table read (default 2000000 cells)\n"
          "      --max-depth N      deepest HTML nesting read (default 10000)\n"
          "      --max-line-size KB longest line, CSV record or cell read (default 1024)\n"
          "      --max-cols N       widest table read (default 5000 columns)\n"
          "      --no-fork          parse in this process (debugging; no isolation)\n"
          "      --link-prefix P    report.html links to P + each source's path (e.g. ../responses/)\n"
          "  -q, --quiet            no progress bar and no summary\n"
          "  -h, --help\n"
          "\n"
          "exit status: 0 every input parsed; 2 some inputs failed (see issues.csv);\n"
          "1 usage error; 3 outputs could not be written (the previous build is untouched)\n", fp);
}

static int cmd_build(int argc, char **argv)
{
    struct foi_build_opts o;
    foi_build_opts_init(&o);
    long nproc = sysconf(_SC_NPROCESSORS_ONLN);
    o.jobs = nproc > 0 ? (int)nproc : 1;
    int quiet = 0;
    static const struct option lo[] = {
        {"out", required_argument, 0, 'o'}, {"jobs", required_argument, 0, 'j'},
        {"expect", required_argument, 0, 'E'}, {"taxonomy", required_argument, 0, 'T'},
        {"workforce", required_argument, 0, 'W'}, {"clean", no_argument, 0, 'C'},
        {"timeout", required_argument, 0, 't'}, {"mem-limit", required_argument, 0, 'M'},
        {"max-file-size", required_argument, 0, 'F'}, {"max-cells", required_argument, 0, 'X'},
        {"max-depth", required_argument, 0, 'D'}, {"no-fork", no_argument, 0, 'N'},
        {"link-prefix", required_argument, 0, 'L'},
        {"max-line-size", required_argument, 0, 'B'}, {"max-cols", required_argument, 0, 'K'},
        {"mem-budget", required_argument, 0, 'G'},
        {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}
    };
    int ch;
    long v;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "o:j:qh", lo, NULL)) != -1) {
        switch (ch) {
        case 'o': o.out_dir = optarg; break;
        case 'j':
            if (parse_long(optarg, 1, 64, &v)) {
                fprintf(stderr, "foi build: -j takes a number from 1 to 64, not '%s'\n", optarg);
                return FOI_EXIT_USAGE;
            }
            o.jobs = (int)v;
            break;
        case 'E': o.expect = optarg; break;
        case 'T': o.taxonomy_dir = optarg; break;
        case 'W': o.workforce = optarg; break;
        case 'C': o.clean = 1; break;
        case 't':
            if (parse_long(optarg, 1, 86400, &v)) goto bad;
            o.timeout_s = (int)v;
            break;
        case 'M':
            if (parse_long(optarg, 64, 1 << 20, &v)) goto bad;
            o.mem_limit_mb = v;
            break;
        case 'F':
            if (parse_long(optarg, 1, 1 << 20, &v)) goto bad;
            o.limits.max_file_bytes = (size_t)v << 20;
            break;
        case 'X':
            if (parse_long(optarg, 1, 1L << 40, &v)) goto bad;
            o.limits.max_cells = v;
            break;
        case 'D':
            if (parse_long(optarg, 1, 1 << 24, &v)) goto bad;
            o.limits.max_depth = (int)v;
            break;
        case 'B':
            if (parse_long(optarg, 1, 1L << 30, &v)) goto bad;
            o.limits.max_line_bytes = (size_t)v << 10;
            break;
        case 'K':
            if (parse_long(optarg, 1, 1 << 20, &v)) goto bad;
            o.limits.max_cols = (int)v;
            break;
        case 'N': o.no_fork = 1; break;
        case 'G': {
            /* a number of MB, or with a K, M or G suffix */
            size_t n = strlen(optarg), shift = 20;
            char num[32];
            if (n && n < sizeof num && strchr("kKmMgG", optarg[n - 1])) {
                char u = (char)(optarg[n - 1] | 0x20);
                shift = u == 'k' ? 10 : u == 'm' ? 20 : 30;
                n--;
            }
            if (!n || n >= sizeof num)
                goto bad;
            memcpy(num, optarg, n);
            num[n] = 0;
            if (parse_long(num, 1, 1L << 40, &v) || ((size_t)v << shift) < ((size_t)64 << 10) ||
                (shift == 30 && v > 1024))
                goto bad;
            o.mem_budget = (size_t)v << shift;
            break;
        }
        case 'L': o.link_prefix = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': build_usage(stdout); return FOI_EXIT_OK;
        default: build_usage(stderr); return FOI_EXIT_USAGE;
        }
    }
    if (optind != argc - 1 || !o.out_dir) {
        fprintf(stderr, "foi build: %s\n", optind >= argc ? "missing IN_DIR" : !o.out_dir ? "missing -o OUT_DIR" : "too many arguments");
        build_usage(stderr);
        return FOI_EXIT_USAGE;
    }
    o.in_dir = argv[optind];
    const char *ci = getenv("CI");
    progress_on = !quiet && isatty(2) && !(ci && *ci);
    o.progress = print_progress;
    o.message = print_msg;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    /* test hook (tests/e2e/cli.sh): the Nth output write fails, as on a full disk */
    const char *fw = getenv("FOI_TEST_FAIL_WRITE_AFTER");
    if (fw && parse_long(fw, 1, 1L << 30, &v) == 0)
        foi_wfile_fail_after(v);
    /* test hook (tests/e2e/rebuild.sh): write every output again instead of updating them */
    if (getenv("FOI_TEST_NO_SPLICE"))
        o.no_splice = 1;

    struct foi_build_summary sum;
    struct foi_err err;
    foi_err_clear(&err);
    int rc = foi_build_run(&o, &sum, &err);
    if (rc == FOI_EUSAGE) {
        fprintf(stderr, "foi build: %s\n", err.message);
        return FOI_EXIT_USAGE;
    }
    if (rc && rc != FOI_EPARSE) {
        fprintf(stderr, "foi build: cannot write %s: %s%s\n", o.out_dir,
                err.locator[0] ? err.locator : "", err.message[0] ? err.message : foi_strerror(rc));
        return FOI_EXIT_WRITE;
    }
    if (!quiet) {
        fprintf(stderr, "foi: %zu files (%zu reused from the previous build%s): %zu parsed, %zu partial, "
                "%zu failed, %zu refused, %zu skipped; %zu records; %zu issues (%zu errors, %zu warnings)%s%s\n",
                sum.files, sum.reused, sum.spliced ? "; outputs updated in place" : "", sum.parsed, sum.partial, sum.failed, sum.refused, sum.skipped,
                sum.records, sum.issues, sum.errors, sum.warnings,
                sum.changes[0] ? "\n" : "", sum.changes);
    }
    return rc == FOI_EPARSE ? FOI_EXIT_PARTIAL : FOI_EXIT_OK;
bad:
    fprintf(stderr, "foi build: invalid value '%s'\n", optarg);
    return FOI_EXIT_USAGE;
}

/* -------------------------------------------------------------- inspect */
/* `foi inspect` goes the build's own way through one file (fileproc.h) and
 * prints what it sees at each step: the document as read, every parser's
 * score, the parser picked, then the figures, what the engine decided while
 * reading (trace) and the issues it gave. */
struct inspect {
    struct foi_buf *out;
    const struct foi_dataset *ds;
    size_t notes;               /* issues before the parser ran: what reading the file found */
    struct foi_buf trace;       /* "reading:" lines: the engine's decisions and why */
};

static void on_trace(void *ctx, const char *locator, const char *message)
{
    struct inspect *in = ctx;
    if (locator && *locator)
        foi_buf_printf(&in->trace, "  %s: %s\n", locator, message);
    else
        foi_buf_printf(&in->trace, "  %s\n", message);
}

static void on_read(void *ctx, const struct foi_doc *doc)
{
    struct inspect *in = ctx;
    foi_doc_dump(doc, in->out);
    foi_buf_printf(in->out, "\nforce named by the document: %s\n", foi_doc_force(doc) ? foi_doc_force(doc) : "(none)");
    foi_buf_printf(in->out, "\nparsers:\n");
    for (int i = 0; i < foi_nparsers; i++) {
        const struct foi_parser *p = foi_parsers[i];
        int s = (p->formats & doc->format) ? p->probe(doc) : 0;
        foi_buf_printf(in->out, "  %3d  %s\n", s, p->name);
    }
}

static void on_part(void *ctx, const char *name, const char *type)
{
    struct inspect *in = ctx;
    foi_buf_printf(in->out, "\n=== attachment \"%s\" (%s), read as a part of this e-mail ===\n", name, type);
}

static void on_picked(void *ctx, const struct foi_doc *doc, const struct foi_parser *p, int score)
{
    (void)doc;
    struct inspect *in = ctx;
    in->notes = in->ds->nissues;
    if (!p)
        foi_buf_printf(in->out, "\nno parser recognised this file\n");
    else
        foi_buf_printf(in->out, "\nfigures from %s (score %d):\n", p->name, score);
}

/* A context file's text (they are a few lines; 1 MB is plenty). 0, or -1
 * with errno set. */
static int read_small(const char *path, char **text, size_t *n)
{
    *text = NULL;
    *n = 0;
    struct stat st;
    if (stat(path, &st) < 0)
        return -1;
    if (!S_ISREG(st.st_mode) || st.st_size > (1 << 20)) {
        errno = EFBIG;
        return -1;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    char *buf = foi_malloc((size_t)st.st_size + 1);
    size_t got = buf ? fread(buf, 1, (size_t)st.st_size, fp) : 0;
    fclose(fp);
    if (!buf) {
        errno = ENOMEM;
        return -1;
    }
    buf[got] = '\0';
    *text = buf;
    *n = got;
    return 0;
}

/* The context that applies to the inspected file, as `foi build` would give
 * it: FILE.context.txt and foi-context.txt in its folder and the folders above
 * (as far as the path given goes), or only the file --context names (applied
 * as a folder-wide context of the file's folder). Problems go to stderr; a
 * bad context file is not used. Returns the merged text in out. */
static int inspect_context(const struct foi_taxonomy *tax, const char *path, const char *given,
                           struct foi_buf *out)
{
    struct foi_ctxset *set = NULL;
    if (foi_ctxset_new(&set))
        return FOI_ENOMEM;
    /* candidates: (the path foi matches it at, the file to read) */
    const char *slash = strrchr(path, '/');
    size_t d = slash ? (size_t)(slash - path) : 0;
    int rc = 0, first = 1, last = 0;
    while (!rc && !last) {
        char *match = NULL, *real = NULL;
        size_t n = strlen(path) + 24;
        if ((match = foi_malloc(n)) == NULL) {
            rc = FOI_ENOMEM;
            break;
        }
        if (given) {
            snprintf(match, n, "%.*s%sfoi-context.txt", (int)d, path, d ? "/" : "");
            real = foi_strdup(given);
            last = 1;
        } else if (first) {
            snprintf(match, n, "%s.context.txt", path);
            real = foi_strdup(match);
            first = 0;
        } else {
            /* the folder d bytes long, then its parents, up to the path's top */
            int root = d == 0 && path[0] == '/';
            snprintf(match, n, "%s%.*s%sfoi-context.txt", root ? "/" : "", (int)d, path, d ? "/" : "");
            real = foi_strdup(match);
            if (d == 0)
                last = 1;
            else {
                while (d > 0 && path[d - 1] != '/')
                    d--;
                if (d > 0)
                    d--;
                if (d == 0 && path[0] != '/' && !strchr(path, '/'))
                    last = 1;
            }
        }
        if (!real) {
            foi_free(match);
            rc = FOI_ENOMEM;
            break;
        }
        char *text = NULL;
        size_t len = 0;
        if (read_small(real, &text, &len) == 0) {
            struct foi_err err;
            foi_err_clear(&err);
            int r = foi_ctxset_add(set, tax, match, real, text, len, &err);
            if (r == FOI_ENOMEM)
                rc = r;
            else if (r)
                fprintf(stderr, "foi: %s: %s: context file not used: %s\n", real, err.locator, err.message);
        } else if (given) {
            fprintf(stderr, "foi: %s: cannot read the context file: %s\n", real, strerror(errno));
        }
        foi_free(text);
        foi_free(match);
        foi_free(real);
    }
    if (!rc)
        rc = foi_ctxset_for(set, path, out);
    foi_ctxset_free(set);
    return rc;
}

static int cmd_inspect(int argc, char **argv)
{
    const char *taxdir = NULL, *ctxfile = NULL;
    int no_context = 0;
    static const struct option lo[] = {
        {"taxonomy", required_argument, 0, 'T'}, {"context", required_argument, 0, 'C'},
        {"no-context", no_argument, 0, 'N'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}
    };
    static const char usage[] = "usage: foi inspect [--taxonomy DIR] [--context FILE | --no-context] FILE\n";
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        if (ch == 'T') taxdir = optarg;
        else if (ch == 'C') ctxfile = optarg;
        else if (ch == 'N') no_context = 1;
        else if (ch == 'h') {
            printf("%s\n"
                   "Shows what foi makes of one file: its format and encoding, the context that\n"
                   "applies to it (FILE.context.txt and foi-context.txt beside it and in the\n"
                   "folders above, or only the file --context names), every table as a grid\n"
                   "(header rows marked H), the text lines with their numbers, each parser's\n"
                   "score, and the figures the best parser extracts with their locators.\n", usage);
            return FOI_EXIT_OK;
        } else {
            fputs(usage, stderr);
            return FOI_EXIT_USAGE;
        }
    }
    if (optind != argc - 1 || (ctxfile && no_context)) {
        fputs(usage, stderr);
        return FOI_EXIT_USAGE;
    }
    const char *path = argv[optind];
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_taxonomy *tax = NULL;
    if (foi_taxonomy_load(&tax, foi_taxonomy_default_dir(), taxdir, &err)) {
        fprintf(stderr, "foi inspect: taxonomy: %s\n", err.message);
        return FOI_EXIT_USAGE;
    }
    struct foi_limits lim;
    foi_limits_default(&lim);
    /* the name the build would give it: the folder it sits in (the force
     * folder a build would see) and its own name */
    const char *slash = strrchr(path, '/');
    const char *rel = path;
    if (slash && slash > path) {
        const char *start = slash - 1;
        while (start > path && start[-1] != '/')
            start--;
        rel = start;
    } else if (slash) {
        rel = slash + 1;
    }
    /* the context a build would give it (a bad one is said and not used) */
    struct foi_buf cb;
    foi_buf_init(&cb, 0);
    const char *context = NULL;
    if (!no_context && inspect_context(tax, path, ctxfile, &cb) == 0 && cb.len) {
        struct foi_arena a;
        foi_arena_init(&a, 0);
        struct foi_doc_context dctx;
        if (foi_context_parse(&a, cb.data, cb.len, NULL, &dctx, &err) == 0)
            context = cb.data;
        foi_arena_release(&a);
        foi_err_clear(&err);
    }
    struct foi_buf out;
    foi_buf_init(&out, 0);
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = tax;
    struct inspect in = { &out, &ds, 0, { 0 } };
    foi_buf_init(&in.trace, 1 << 24);
    struct foi_process_hooks hooks = { .read = on_read, .picked = on_picked, .part = on_part, .ctx = &in,
                                       .trace = on_trace };
    int rc = foi_process_file_ex(tax, &lim, path, rel, context, &ds, &hooks);
    int code = FOI_EXIT_OK;
    if (rc) {
        fprintf(stderr, "foi inspect: %s: %s\n", path, foi_strerror(rc));
        code = FOI_EXIT_WRITE;
    } else if (!out.len) {
        /* not even read: say why, as the build's issue does */
        const char *why = ds.nissues ? ds.issues[0].message : "cannot read the file";
        const char *loc = ds.nissues ? ds.issues[0].locator : "";
        fprintf(stderr, "foi: %s: %s%s%s\n", path, loc, loc[0] ? ": " : "", why);
        code = FOI_EXIT_PARTIAL;
    } else if (ds.nsources && ds.sources[0].parser && ds.sources[0].parser[0]) {
        for (size_t i = 0; i < ds.nrecords; i++) {
            const struct foi_record *r = &ds.records[i];
            char v[32] = "";
            char b1[32];
            const char *val = foi_record_field(r, 11, b1, sizeof b1);
            snprintf(v, sizeof v, "%s", *val ? val : "-");
            foi_buf_printf(&out, "  %-22s %-14s %s..%s %-24s %-12s %-18s %-24s %5s %-10s %s %.2f  \"%s\"\n",
                           r->locator, r->force_id[0] ? r->force_id : "?", r->period_start[0] ? r->period_start : "?",
                           r->period_end[0] ? r->period_end : "?", r->category, r->measure[0] ? r->measure : "?",
                           r->subject, r->outcome, v, foi_vstatus_name(r->v.status), r->v.exemption,
                           r->confidence, r->raw_text);
            if (r->note && *r->note)
                foi_buf_printf(&out, "  %-22s note: %s\n", "", r->note);
        }
        if (in.trace.len)
            foi_buf_printf(&out, "\nreading (request and answer, numbers taken or left out):\n%s", in.trace.data);
        /* what the parser and normalization said (not what reading the
         * file found, shown with the document, nor the build's no_figures) */
        size_t shown = 0;
        for (size_t i = in.notes; i < ds.nissues; i++) {
            const struct foi_issue *is = &ds.issues[i];
            if (!strcmp(is->code, "no_figures"))
                continue;
            if (!shown++)
                foi_buf_printf(&out, "\nissues:\n");
            foi_buf_printf(&out, "  %s %s %s: %s\n", foi_severity_name(is->severity), is->code, is->locator,
                           is->message);
        }
    }
    fwrite(out.data ? out.data : "", 1, out.len, stdout);
    foi_buf_release(&out);
    foi_buf_release(&in.trace);
    foi_buf_release(&cb);
    foi_dataset_release(&ds);
    foi_taxonomy_free(tax);
    if (code != FOI_EXIT_OK)
        return code;
    return fflush(stdout) ? FOI_EXIT_WRITE : FOI_EXIT_OK;
}

/* ------------------------------------------------------ parsers, forces */
static int cmd_parsers(int argc, char **argv)
{
    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        puts("usage: foi parsers\n\nLists the parser plugins: name, the force each serves (- for generic), formats, summary.");
        return FOI_EXIT_OK;
    }
    for (int i = 0; i < foi_nparsers; i++) {
        const struct foi_parser *p = foi_parsers[i];
        char fm[80] = "";
        if ((p->formats & FOI_FMT_ALL) == FOI_FMT_ALL) {
            strcpy(fm, "all");
        } else {
            for (unsigned b = 1; b <= FOI_FMT_RTF; b <<= 1)
                if (p->formats & b) {
                    strcat(fm, foi_format_name(b));
                    strcat(fm, ",");
                }
            if (*fm) fm[strlen(fm) - 1] = '\0';
        }
        printf("%-26s %-20s %-14s %s\n", p->name, p->force_id ? p->force_id : "-", fm, p->summary);
    }
    return FOI_EXIT_OK;
}

static int cmd_forces(int argc, char **argv)
{
    const char *taxdir = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            puts("usage: foi forces [--taxonomy DIR]\n\nLists the canonical forces: id, name, aliases.");
            return FOI_EXIT_OK;
        } else if (!strcmp(argv[i], "--taxonomy") && i + 1 < argc) {
            taxdir = argv[++i];
        } else {
            fputs("usage: foi forces [--taxonomy DIR]\n", stderr);
            return FOI_EXIT_USAGE;
        }
    }
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_taxonomy *tax = NULL;
    if (foi_taxonomy_load(&tax, foi_taxonomy_default_dir(), taxdir, &err)) {
        fprintf(stderr, "foi forces: taxonomy: %s\n", err.message);
        return FOI_EXIT_USAGE;
    }
    for (int i = 0;; i++) {
        const char *id = foi_taxonomy_id_at(tax, FOI_VOCAB_FORCE, i);
        if (!id)
            break;
        printf("%-22s %-44s", id, foi_taxonomy_name(tax, FOI_VOCAB_FORCE, id));
        for (int k = 0;; k++) {
            const char *a = foi_taxonomy_alias_at(tax, FOI_VOCAB_FORCE, id, k);
            if (!a)
                break;
            printf("%s%s", k ? "; " : " ", a);
        }
        putchar('\n');
    }
    foi_taxonomy_free(tax);
    return FOI_EXIT_OK;
}

/* ------------------------------------------------------ validate, diff */
static int cmd_validate(int argc, char **argv)
{
    if (argc != 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        FILE *fp = argc == 2 ? stdout : stderr;
        fputs("usage: foi validate OUT_DIR\n\nRe-checks a built dataset against its datapackage.json "
              "(types, enums, keys), the vocabularies and the sum rules.\nExit 0 when it holds, 2 when "
              "it does not (each problem named with file, row and column).\n", fp);
        return argc == 2 ? FOI_EXIT_OK : FOI_EXIT_USAGE;
    }
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_taxonomy *tax = NULL;
    if (foi_taxonomy_load(&tax, foi_taxonomy_default_dir(), NULL, &err)) {
        fprintf(stderr, "foi validate: taxonomy: %s\n", err.message);
        return FOI_EXIT_USAGE;
    }
    struct foi_buf rep;
    foi_buf_init(&rep, 0);
    int nprob = 0;
    int rc = foi_validate_dir(argv[1], tax, &rep, &nprob, &err);
    foi_taxonomy_free(tax);
    if (rep.len)
        fwrite(rep.data, 1, rep.len, stderr);
    foi_buf_release(&rep);
    if (rc) {
        fprintf(stderr, "foi validate: %s: %s\n", argv[1], err.message[0] ? err.message : foi_strerror(rc));
        return FOI_EXIT_PARTIAL;
    }
    if (nprob) {
        fprintf(stderr, "foi validate: %s: %d problem%s\n", argv[1], nprob, nprob == 1 ? "" : "s");
        return FOI_EXIT_PARTIAL;
    }
    printf("foi validate: %s: ok\n", argv[1]);
    return FOI_EXIT_OK;
}

static int cmd_diff(int argc, char **argv)
{
    int csv = 0;
    const char *a = NULL, *b = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            puts("usage: foi diff [--csv] OLD_OUT NEW_OUT\n\nFigures added, removed and changed between two "
                 "builds (old and new value, both sources), new refusals, forces newly answered.");
            return FOI_EXIT_OK;
        } else if (!strcmp(argv[i], "--csv")) {
            csv = 1;
        } else if (!a) {
            a = argv[i];
        } else if (!b) {
            b = argv[i];
        } else {
            a = NULL;
            break;
        }
    }
    if (!a || !b) {
        fputs("usage: foi diff [--csv] OLD_OUT NEW_OUT\n", stderr);
        return FOI_EXIT_USAGE;
    }
    struct foi_buf out;
    foi_buf_init(&out, 0);
    struct foi_err err;
    foi_err_clear(&err);
    int changes = 0;
    int rc = foi_diff_dirs(a, b, csv, &out, &changes, &err);
    if (rc) {
        fprintf(stderr, "foi diff: %s\n", err.message[0] ? err.message : foi_strerror(rc));
        foi_buf_release(&out);
        return FOI_EXIT_PARTIAL;
    }
    fwrite(out.data ? out.data : "", 1, out.len, stdout);
    foi_buf_release(&out);
    return FOI_EXIT_OK;
}

/* ---------------------------------------------------------------- main */
static void usage(FILE *fp)
{
    fputs("usage: foi <command> [options]\n"
          "\n"
          "Turns a folder of police FOI responses into one comparable dataset.\n"
          "\n"
          "commands:\n"
          "  build IN_DIR -o OUT_DIR   parse every response under IN_DIR into a dataset\n"
          "  inspect FILE              show what the readers and parsers make of one file\n"
          "  parsers                   list the parser plugins\n"
          "  forces                    list the canonical forces\n"
          "  diff OLD_OUT NEW_OUT      figures added, removed and changed between builds\n"
          "  validate OUT_DIR          re-check a built dataset\n"
          "\n"
          "options: --help, --version; `foi COMMAND --help` for a command's options\n", fp);
}

int foi_cli_main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return FOI_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
        printf("foi %s\n", FOI_VERSION);
        return FOI_EXIT_OK;
    }
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return FOI_EXIT_OK;
    }
    if (!strcmp(cmd, "build")) return cmd_build(argc - 1, argv + 1);
    if (!strcmp(cmd, "inspect")) return cmd_inspect(argc - 1, argv + 1);
    if (!strcmp(cmd, "parsers")) return cmd_parsers(argc - 1, argv + 1);
    if (!strcmp(cmd, "forces")) return cmd_forces(argc - 1, argv + 1);
    if (!strcmp(cmd, "validate")) return cmd_validate(argc - 1, argv + 1);
    if (!strcmp(cmd, "diff")) return cmd_diff(argc - 1, argv + 1);
    fprintf(stderr, "foi: unknown command '%s'\n", cmd);
    usage(stderr);
    return FOI_EXIT_USAGE;
}
