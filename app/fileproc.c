/* fileproc.c: the one path of one file, from its bytes to its result:
 * read, pick the parser, parse, normalize (foi_process_file), then the checks
 * that need no other file and the result's bytes (foi_file_result). The
 * build's workers and `foi inspect` both go this way. */
#include "fileproc.h"
#include "serial.h"
#include "../normalize/context.h"
#include "../parsers/parser.h"
#include "../parsers/read.h"
#include "../normalize/figure.h"
#include "../analyze/reconcile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct sinkctx {
    struct foi_norm_ctx *nc;
    struct foi_dataset *ds;
    const char *rel;
    int rc;
    long parse_errors;
    const struct foi_process_hooks *hooks;
};

static void sink_trace(struct foi_sink *s, const char *locator, const char *message)
{
    struct sinkctx *c = s->ctx;
    c->hooks->trace(c->hooks->ctx, locator, message);
}

static int sink_emit(struct foi_sink *s, const struct foi_figure *f)
{
    struct sinkctx *c = s->ctx;
    int rc = foi_normalize_figure(c->nc, f);
    if (rc && !c->rc)
        c->rc = rc;
    return rc;
}

static void sink_issue(struct foi_sink *s, enum foi_severity sev, const char *code,
                       const char *locator, const char *message)
{
    struct sinkctx *c = s->ctx;
    if (!strcmp(code, "parse_error"))
        c->parse_errors++;
    if (foi_dataset_add_issue(c->ds, sev, code, c->rel, locator, "%s", message) && !c->rc)
        c->rc = FOI_ENOMEM;
}

static void sink_meta(struct foi_sink *s, const char *key, const char *value)
{
    struct sinkctx *c = s->ctx;
    if (foi_dataset_add_meta(c->ds, c->rel, key, value) && !c->rc)
        c->rc = FOI_ENOMEM;
}

int foi_read_all(const char *path, const struct foi_limits *lim, char **data, size_t *n,
                 struct foi_err *err)
{
    *data = NULL;
    *n = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return foi_errf(err, FOI_EIO, "", "cannot open: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0) {
        close(fd);
        return foi_errf(err, FOI_EIO, "", "cannot stat: %s", strerror(errno));
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return foi_errf(err, FOI_EIO, "", "not a regular file");
    }
    if ((uint64_t)st.st_size > (uint64_t)lim->max_file_bytes) {
        close(fd);
        return foi_errf(err, FOI_ELIMIT, "", "file is %lld bytes, over the %zu-byte file-size limit (--max-file-size)",
                        (long long)st.st_size, lim->max_file_bytes);
    }
    size_t cap = (size_t)st.st_size + 1;
    char *buf = foi_malloc(cap);
    if (!buf) {
        close(fd);
        return foi_errf(err, FOI_ENOMEM, "", "out of memory reading the file");
    }
    size_t got = 0;
    for (;;) {
        if (got == cap) {
            /* the file grew while we read it: stop at the limit */
            if (cap > lim->max_file_bytes) {
                foi_free(buf);
                close(fd);
                return foi_errf(err, FOI_ELIMIT, "", "file grew over the file-size limit while being read");
            }
            char *nb = foi_realloc(buf, cap * 2);
            if (!nb) {
                foi_free(buf);
                close(fd);
                return foi_errf(err, FOI_ENOMEM, "", "out of memory reading the file");
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + got, cap - got);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            foi_free(buf);
            close(fd);
            return foi_errf(err, FOI_EIO, "", "read error: %s", strerror(e));
        }
        if (r == 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    if (got == cap) {
        char *nb = foi_realloc(buf, cap + 1);
        if (!nb) {
            foi_free(buf);
            return foi_errf(err, FOI_ENOMEM, "", "out of memory reading the file");
        }
        buf = nb;
    }
    buf[got] = '\0';   /* callers may treat the bytes as a string */
    *data = buf;
    *n = got;
    return 0;
}

static const char *folder_of(struct foi_arena *a, const char *rel)
{
    const char *slash = strchr(rel, '/');
    return slash ? foi_arena_strndup(a, rel, (size_t)(slash - rel)) : NULL;
}

int foi_process_file(const struct foi_taxonomy *tax, const struct foi_limits *lim,
                     const char *fs_path, const char *rel, const char *context,
                     struct foi_dataset *ds)
{
    return foi_process_file_ex(tax, lim, fs_path, rel, context, ds, NULL);
}

int foi_process_file_ex(const struct foi_taxonomy *tax, const struct foi_limits *lim,
                        const char *fs_path, const char *rel, const char *context,
                        struct foi_dataset *ds, const struct foi_process_hooks *hooks)
{
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_source src;
    memset(&src, 0, sizeof src);
    src.source_file = rel;
    src.format = "unknown";
    src.parser = "";
    src.force_id = "";
    src.status = "failed";
    char sha[65] = "";
    char *bytes = NULL;
    size_t n = 0;
    int rc = foi_read_all(fs_path, lim, &bytes, &n, &err);
    if (rc) {
        src.source_sha256 = "";
        foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "%s", err.message);
        return foi_dataset_add_source(ds, &src);
    }
    foi_sha256_hex(bytes, n, sha);
    src.source_sha256 = sha;
    src.bytes = n;

    struct foi_doc doc;
    foi_doc_init(&doc, rel);
    doc.tax = tax;
    doc.folder_hint = folder_of(&doc.arena, rel);
    struct foi_doc_context dctx;
    if (context && *context) {
        rc = foi_context_parse(&doc.arena, context, strlen(context), NULL, &dctx, &err);
        if (rc) {
            foi_free(bytes);
            foi_doc_release(&doc);
            if (rc == FOI_ENOMEM)
                return rc;
            foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "context: %s",
                                  err.message);
            return foi_dataset_add_source(ds, &src);
        }
        doc.context = &dctx;
    }
    rc = foi_read_bytes(&doc, bytes, n, lim, &err);
    foi_free(bytes);
    src.format = foi_format_name(doc.format);
    if (!rc && hooks && hooks->read)
        hooks->read(hooks->ctx, &doc);
    /* what the reader saw that the journalist must be told: hidden sheets,
     * formulas without a value, pages without text */
    for (int i = 0; i < doc.nnotes; i++)
        if (foi_dataset_add_issue(ds, (enum foi_severity)doc.notes[i].severity, doc.notes[i].code, rel,
                                  doc.notes[i].locator, "%s", doc.notes[i].message)) {
            foi_doc_release(&doc);
            return FOI_ENOMEM;
        }
    if (!rc && foi_doc_fatal_note(&doc)) {
        /* nothing to parse (a scan without a text layer): failed, no figures;
         * no parser is picked */
        if (hooks && hooks->picked)
            hooks->picked(hooks->ctx, &doc, NULL, 0);
        rc = foi_dataset_add_source(ds, &src);
        foi_doc_release(&doc);
        return rc;
    }
    if (rc) {
        foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "%s",
                              err.message[0] ? err.message : foi_strerror(rc));
        rc = foi_dataset_add_source(ds, &src);
        foi_doc_release(&doc);
        return rc;
    }
    int score = 0;
    const struct foi_parser *p = foi_parser_pick(&doc, &score);
    if (hooks && hooks->picked)
        hooks->picked(hooks->ctx, &doc, p, score);
    if (!p) {
        foi_dataset_add_issue(ds, FOI_SEV_WARNING, "no_figures", rel, "",
                              "no parser recognised anything in this %s file", src.format);
        rc = foi_dataset_add_source(ds, &src);
        foi_doc_release(&doc);
        return rc;
    }
    src.parser = p->name;
    struct foi_norm_ctx nc;
    foi_norm_init(&nc, tax, ds, rel, sha, p->name);
    struct sinkctx sc = { &nc, ds, rel, 0, 0, hooks };
    struct foi_sink sink = { .emit = sink_emit, .issue = sink_issue, .ctx = &sc, .meta = sink_meta,
                             .trace = hooks && hooks->trace ? sink_trace : NULL };
    size_t first_rec = ds->nrecords;
    rc = p->parse(&doc, &sink, &err);
    if (rc != FOI_ENOMEM && foi_norm_finish(&nc))
        rc = FOI_ENOMEM;
    if (rc && rc != FOI_ENOMEM)
        foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "%s",
                              err.message[0] ? err.message : foi_strerror(rc));
    if (sc.rc == FOI_ENOMEM || rc == FOI_ENOMEM) {
        foi_norm_release(&nc);
        foi_doc_release(&doc);
        return FOI_ENOMEM;
    }
    /* the source's force: one, several (a national table), or the document's */
    const char *force = NULL;
    int multiple = 0;
    for (size_t i = first_rec; i < ds->nrecords; i++) {
        const char *f = ds->records[i].force_id;
        if (!f || !*f)
            continue;
        if (!force)
            force = f;
        else if (strcmp(force, f))
            multiple = 1;
    }
    src.force_id = multiple ? "multiple" : force ? force : "";
    src.records = nc.records;
    if (nc.records == 0) {
        foi_dataset_add_issue(ds, FOI_SEV_WARNING, "no_figures", rel, "",
                              "%s found no figures in this %s file", p->name, src.format);
        src.status = "failed";
    } else if (nc.refused == nc.records) {
        src.status = "refused";
    } else if (rc || sc.parse_errors) {
        src.status = "partial";
    } else {
        src.status = "parsed";
    }
    rc = foi_dataset_add_source(ds, &src);
    foi_norm_release(&nc);
    foi_doc_release(&doc);
    return rc;
}

int foi_file_result(struct foi_dataset *one, struct foi_buf *out)
{
    foi_dataset_sort(one);
    struct foi_issue_sink sink = foi_dataset_issue_sink(one);
    int rc = foi_check_sums(one, &sink);
    if (!rc) {
        foi_dataset_sort(one);
        rc = foi_serial_write(one, out);
    }
    return rc;
}

