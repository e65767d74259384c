/* fileproc.c: the one path of one file, from its bytes to its result:
 * read, pick the parser, parse, normalize (foi_process_file), then the checks
 * that need no other file and the result's bytes (foi_file_result). The
 * build's workers and `foi inspect` both go this way. */
#include "fileproc.h"
#include "attach.h"
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
    const char *prefix;     /* locators of an e-mail's attachment: `attachment "NAME" `; else "" */
    int rc;
    long parse_errors;
    const struct foi_process_hooks *hooks;
};

/* The locator as the file's: an attachment's own prefixed with its name. */
/* A locator in an e-mail's file (prefix `attachment "NAME" `, or "" for the
 * file itself): the file's own after the prefix; the prefix alone, without
 * its space, where there is none. buf when one is made. */
static const char *prefixed_loc(const char *prefix, const char *loc, char *buf, size_t n)
{
    if (!*prefix)
        return loc;
    if (!loc || !*loc)
        snprintf(buf, n, "%.*s", (int)strlen(prefix) - 1, prefix);
    else
        snprintf(buf, n, "%s%s", prefix, loc);
    return buf;
}

static const char *part_loc(const struct sinkctx *c, const char *loc, char *buf, size_t n)
{
    return prefixed_loc(c->prefix, loc, buf, n);
}

static void sink_trace(struct foi_sink *s, const char *locator, const char *message)
{
    struct sinkctx *c = s->ctx;
    char buf[512];
    c->hooks->trace(c->hooks->ctx, part_loc(c, locator, buf, sizeof buf), message);
}

static int sink_emit(struct foi_sink *s, const struct foi_figure *f)
{
    struct sinkctx *c = s->ctx;
    int rc;
    if (*c->prefix) {
        char buf[512];
        struct foi_figure g = *f;
        g.locator = part_loc(c, f->locator, buf, sizeof buf);
        rc = foi_normalize_figure(c->nc, &g);
    } else {
        rc = foi_normalize_figure(c->nc, f);
    }
    if (rc && !c->rc)
        c->rc = rc;
    return rc;
}

static void sink_issue(struct foi_sink *s, enum foi_severity sev, const char *code,
                       const char *locator, const char *message)
{
    struct sinkctx *c = s->ctx;
    char buf[512];
    if (!strcmp(code, "parse_error"))
        c->parse_errors++;
    if (foi_dataset_add_issue(c->ds, sev, code, c->rel, part_loc(c, locator, buf, sizeof buf), "%s", message) &&
        !c->rc)
        c->rc = FOI_ENOMEM;
}

static void sink_meta(struct foi_sink *s, const char *key, const char *value)
{
    struct sinkctx *c = s->ctx;
    if (*c->prefix)
        return;   /* what an attachment says of itself is not the message's */
    if (foi_dataset_add_meta(c->ds, c->rel, key, value) && !c->rc)
        c->rc = FOI_ENOMEM;
}

/* After a reader: a table setting the request beside the answer becomes the
 * letter's lines in its place (parsers/read_qa.c), for every format. */
static int unroll_answer_tables(struct foi_doc *doc, struct foi_err *err)
{
    if (foi_doc_unroll_answer_tables(doc) || foi_doc_split_inline_answers(doc))
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a table of answers");
    return 0;
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

int foi_process_file(const struct foi_taxonomy *tax, const struct foi_limits *lim,
                     const char *fs_path, const char *rel, const char *context,
                     struct foi_dataset *ds)
{
    return foi_process_file_ex(tax, lim, fs_path, rel, context, ds, NULL);
}

/* An e-mail carries its response as attachments (a journalist saves the
 * reply from the mail program): each file in it is read as a document of
 * its own and parsed with the message's parser, its figures and issues
 * located `attachment "NAME" ...` in the e-mail's one source row; the
 * message's text is its covering letter (docs/letters.md). */
#define MAX_PARTS 16

struct part {
    struct foi_doc doc;
    const struct foi_mime_part *mp;
    char prefix[320];
    int ok;                 /* read, with something to parse */
};

/* The message's "attachment" metas that name a file it carries itself (or
 * name none, when it carries any: read, unreadable or a picture, each has
 * its own issue) are no files to look for beside it: dropped, so that the
 * build does not pair or miss them. */
static void drop_carried(struct foi_dataset *ds, const char *rel, const struct foi_mime_part *mp, int nmp)
{
    size_t k = 0;
    for (size_t i = 0; i < ds->nmetas; i++) {
        const struct foi_meta *m = &ds->metas[i];
        int drop = 0;
        if (!strcmp(m->source_file, rel) && !strcmp(m->key, "attachment")) {
            char want[256];
            foi_attach_fold_name(m->value, want, sizeof want);
            drop = !*want && nmp > 0;
            for (int p = 0; p < nmp && !drop && *want; p++) {
                char have[256];
                foi_attach_fold_name(mp[p].name, have, sizeof have);
                drop = *have && (!strcmp(have, want) || strstr(have, want) || strstr(want, have));
            }
        }
        if (!drop)
            ds->metas[k++] = *m;
    }
    ds->nmetas = k;
}

/* The records of one file, ordered by figure, then by where they came
 * from. */
static const struct foi_record *g_recs;

static int key_cmp(const struct foi_record *a, const struct foi_record *b)
{
    int d;
    if ((d = strcmp(a->force_id, b->force_id)) || (d = strcmp(a->period_start, b->period_start)) ||
        (d = strcmp(a->period_end, b->period_end)) || (d = strcmp(a->category, b->category)) ||
        (d = strcmp(a->measure, b->measure)) || (d = strcmp(a->subject, b->subject)) ||
        (d = strcmp(a->outcome, b->outcome)))
        return d;
    return 0;
}

static int same_val(const struct foi_value *a, const struct foi_value *b)
{
    return a->status == b->status && a->has_value == b->has_value && (!a->has_value || a->value == b->value) &&
           a->has_min == b->has_min && (!a->has_min || a->min == b->min) && a->has_max == b->has_max &&
           (!a->has_max || a->max == b->max) && !strcmp(a->exemption, b->exemption);
}

/* Two records of one document that claim the same figure: the key above,
 * and, where a dimension is foi's catch-all (an `other` category or
 * outcome, an unresolved period), the words the document used, the date
 * basis and the request they answer. */
static int fig_cmp(const struct foi_record *a, const struct foi_record *b)
{
    int d = key_cmp(a, b);
    if (d)
        return d;
    if (!*a->period_start && (d = strcmp(a->period_label ? a->period_label : "", b->period_label ? b->period_label : "")))
        return d;
    if (!strcmp(a->category, "other") &&
        (d = strcmp(a->category_raw ? a->category_raw : "", b->category_raw ? b->category_raw : "")))
        return d;
    if (!strcmp(a->outcome, "other") &&
        (d = strcmp(a->outcome_raw ? a->outcome_raw : "", b->outcome_raw ? b->outcome_raw : "")))
        return d;
    if ((d = strcmp(a->date_basis ? a->date_basis : "", b->date_basis ? b->date_basis : "")))
        return d;
    return strcmp(a->request_ref ? a->request_ref : "", b->request_ref ? b->request_ref : "");
}

static int fig_idx_cmp(const void *x, const void *y)
{
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    int d = fig_cmp(&g_recs[i], &g_recs[j]);
    return d ? d : (i > j) - (i < j);
}

/* One file never gives two values for one figure. Its records that claim
 * the same figure (fig_cmp) are
 *  - left out, all of them, with one conflict warning naming the first such
 *    pair, when two of them at 0.5 or more disagree (two tables read alike,
 *    "officers" and "staff" tables whose people foi could not tell apart),
 *    or when two parts of an e-mail (the message, its files) disagree: foi
 *    cannot tell which is meant;
 *  - kept once, from the first part, when parts of an e-mail agree (the
 *    message and an attached file restating it).
 * (Within a table the engine does this cell by cell; a figure restated with
 * the same value in one document is kept once by the engine.) start[k] is
 * where part k's records begin (k = 0 the file itself), start[nparts] the
 * end. *dropped gets the count left out. 0 or FOI_ENOMEM. */
static int one_figure_each(struct foi_dataset *ds, const size_t *start, int nparts, const char *rel,
                           long *dropped)
{
    size_t first = start[0], n = start[nparts] - first;
    *dropped = 0;
    if (n < 2)
        return 0;
    size_t *ix = foi_malloc(n * sizeof *ix);
    unsigned char *drop = foi_calloc(n, 1);
    if (!ix || !drop) {
        foi_free(ix);
        foi_free(drop);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        ix[i] = first + i;
    g_recs = ds->records;
    foi_qsort(ix, n, sizeof *ix, fig_idx_cmp);
    int rc = 0;
    long groups = 0;
    size_t fx = 0, fy = 0;   /* the first clash, in document order */
    for (size_t a = 0; a < n && !rc;) {
        size_t b = a + 1;
        while (b < n && !fig_cmp(&ds->records[ix[a]], &ds->records[ix[b]]))
            b++;
        /* the group's first part: records of later parts restate it */
        int p0 = 0;
        while (p0 + 1 < nparts && ix[a] >= start[p0 + 1])
            p0++;
        /* two records that disagree: both confident, or of two parts (a
         * later part that disagrees with the first at any confidence: foi
         * cannot tell which is meant) */
        size_t x = n, y = n;
        int later = 0;
        for (size_t k = a; k < b; k++)
            later |= ix[k] >= start[p0 + 1];
        for (size_t k = a; k < b && y == n; k++)
            for (size_t j = k + 1; j < b && y == n; j++) {
                int first_k = ix[k] < start[p0 + 1], first_j = ix[j] < start[p0 + 1];
                if (first_k && first_j &&
                    (ds->records[ix[k]].confidence < 0.5 || ds->records[ix[j]].confidence < 0.5))
                    continue;
                if (!same_val(&ds->records[ix[k]].v, &ds->records[ix[j]].v))
                    x = k, y = j;
            }
        if (y < n) {
            for (size_t k = a; k < b; k++)
                drop[ix[k] - first] = 1;
            if (!groups++ || ix[x] < fx)
                fx = ix[x], fy = ix[y];
        } else if (later) {
            for (size_t k = a; k < b; k++)
                if (ix[k] >= start[p0 + 1])
                    drop[ix[k] - first] = 1;
        }
        a = b;
    }
    if (groups) {
        const struct foi_record *r1 = &ds->records[fx], *r2 = &ds->records[fy];
        rc = foi_dataset_add_issue(ds, FOI_SEV_WARNING, "conflict", rel, r1->locator,
                                   "%ld figures are given twice by this document with different values, none "
                                   "is kept: foi cannot tell which is meant or what tells the two apart (the "
                                   "first: '%s' here and '%s' at %s, both %s %s %s %s..%s)",
                                   groups, r1->raw_text, r2->raw_text, r2->locator, r1->category, r1->subject,
                                   r1->outcome, r1->period_start, r1->period_end);
    }
    size_t k = first;
    for (size_t i = first; i < first + n; i++)
        if (!drop[i - first])
            ds->records[k++] = ds->records[i];
    *dropped = (long)(ds->nrecords - k);
    ds->nrecords = k;
    foi_free(ix);
    foi_free(drop);
    return rc;
}

/* The figures of one document by parser p, into nc (sc says where). */
static int parse_part(const struct foi_parser *p, const struct foi_doc *doc, struct sinkctx *sc,
                      const char *rel)
{
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_sink sink = { .emit = sink_emit, .issue = sink_issue, .ctx = sc, .meta = sink_meta,
                             .trace = sc->hooks && sc->hooks->trace ? sink_trace : NULL };
    int rc = p->parse(doc, &sink, &err);
    if (rc && rc != FOI_ENOMEM) {
        char buf[512];
        foi_dataset_add_issue(sc->ds, FOI_SEV_ERROR, "parse_error", rel, part_loc(sc, err.locator, buf, sizeof buf),
                              "%s", err.message[0] ? err.message : foi_strerror(rc));
    }
    if (sc->rc == FOI_ENOMEM || rc == FOI_ENOMEM)
        return FOI_ENOMEM;
    return rc ? 1 : 0;
}

/* The files an e-mail carries, read (parts[1..]); images are named, not
 * read. A PDF's embedded files (pdf set) likewise, an archive among them
 * not opened (no nesting). The count of parts read. */
static int read_parts(const struct foi_taxonomy *tax, const struct foi_limits *lim, const char *rel,
                      const struct foi_mime_part *mp, int nmp, struct part *parts, struct foi_dataset *ds,
                      long *failed, int pdf, const char *folder)
{
    const char *whose = pdf ? "the PDF's embedded file" : "the e-mail's attachment";
    int np = 0;
    for (int i = 0; i < nmp; i++) {
        const char *name = *mp[i].name ? mp[i].name : "(no name)";
        char loc[240];
        snprintf(loc, sizeof loc, "attachment \"%.200s\"", name);
        if (!strcmp(mp[i].type, "message/rfc822")) {
            /* an e-mail attached to the e-mail: its own files are a level down */
            if (foi_dataset_add_issue(ds, FOI_SEV_INFO, "parse_error", rel, loc,
                                      "%s is an e-mail itself: it is not opened; save it as a "
                                      "file of its own to read it", whose))
                return -1;
            continue;
        }
        if (!strncmp(mp[i].type, "image/", 6)) {
            /* a logo or a picture of a table: no text to read */
            if (mp[i].marked &&
                foi_dataset_add_issue(ds, FOI_SEV_INFO, "no_text_layer", rel, loc,
                                      "%s is an image (%s): any figures in it are not read", whose,
                                      mp[i].type))
                return -1;
            continue;
        }
        if (mp[i].problem) {
            (*failed)++;
            if (foi_dataset_add_issue(ds, FOI_SEV_WARNING, "parse_error", rel, loc, "%s: %s", whose,
                                      mp[i].problem))
                return -1;
            continue;
        }
        struct part *pt = &parts[np];
        foi_doc_init(&pt->doc, name);
        pt->doc.tax = tax;
        /* a PDF's embedded file is inside a file of the folder: the folder's */
        pt->doc.folder_hint = pdf ? folder : NULL;
        pt->mp = &mp[i];
        snprintf(pt->prefix, sizeof pt->prefix, "%s ", loc);
        pt->ok = 0;
        struct foi_err err;
        foi_err_clear(&err);
        int rc = mp[i].n ? foi_read_bytes(&pt->doc, mp[i].bytes, mp[i].n, lim, &err)
                         : foi_errf(&err, FOI_EPARSE, NULL, "empty file");
        if (!rc)
            rc = unroll_answer_tables(&pt->doc, &err);
        if (rc == FOI_ENOMEM) {
            foi_doc_release(&pt->doc);
            return -1;
        }
        if (!rc && pdf && pt->doc.format == FOI_FMT_ZIP)
            rc = foi_errf(&err, FOI_EPARSE, NULL, "it is an archive: an archive inside a PDF is not opened; save "
                          "it as a file of its own to read it");
        for (int k = 0; k < pt->doc.nnotes; k++) {
            char nl[512];
            if (foi_dataset_add_issue(ds, (enum foi_severity)pt->doc.notes[k].severity, pt->doc.notes[k].code, rel,
                                      prefixed_loc(pt->prefix, pt->doc.notes[k].locator, nl, sizeof nl), "%s",
                                      pt->doc.notes[k].message)) {
                foi_doc_release(&pt->doc);
                return -1;
            }
        }
        if (rc || foi_doc_fatal_note(&pt->doc)) {
            if (rc) {
                char el[512];
                if (foi_dataset_add_issue(ds, FOI_SEV_WARNING, "parse_error", rel,
                                          prefixed_loc(pt->prefix, err.locator, el, sizeof el),
                                          "%s: %s", whose,
                                          err.message[0] ? err.message : foi_strerror(rc))) {
                    foi_doc_release(&pt->doc);
                    return -1;
                }
            }
            (*failed)++;
            foi_doc_release(&pt->doc);
            continue;
        }
        pt->ok = 1;
        np++;
    }
    return np;
}

static int process_archive(const struct foi_taxonomy *tax, const struct foi_limits *lim, const char *bytes,
                           size_t n, const char *rel, const char *context, struct foi_dataset *ds,
                           const struct foi_process_hooks *hooks, struct foi_doc *doc, struct foi_source *src);

/* Append to list ("a+b", size n) the names in names ("c+a") it lacks. */
static void add_parsers(char *list, size_t n, const char *names)
{
    while (names && *names) {
        size_t k = strcspn(names, "+");
        char want[80], have[300];
        snprintf(want, sizeof want, "+%.*s+", (int)k, names);
        snprintf(have, sizeof have, "+%s+", list);
        if (k && k < 70 && !strstr(have, want) && strlen(list) + k + 2 < n) {
            if (*list)
                strcat(list, "+");
            strncat(list, names, k);
        }
        names += k + (names[k] == '+');
    }
}

/* The records of ds from first on are a file's whose parsers were several
 * (a pack's files, a zipped attachment's): each says all of them, as the
 * file's row does (a record's parser is its source's). 0 or FOI_ENOMEM. */
static int set_parser(struct foi_dataset *ds, size_t first, const char *parsers)
{
    const char *p = foi_dataset_str(ds, parsers);
    if (!p)
        return FOI_ENOMEM;
    for (size_t i = first; i < ds->nrecords; i++)
        ds->records[i].parser = p;
    return 0;
}

/* The records of ds from first on: their force (one id, "multiple" when
 * they name several, "" when none names one), and in *status_rows how many
 * are a status (refused, not held, NCND). */
static const char *records_force(const struct foi_dataset *ds, size_t first, long *status_rows)
{
    const char *force = NULL;
    int multiple = 0;
    *status_rows = 0;
    for (size_t i = first; i < ds->nrecords; i++) {
        const struct foi_record *r = &ds->records[i];
        *status_rows += r->v.status == FOI_VS_REFUSED || r->v.status == FOI_VS_NOT_HELD || r->v.status == FOI_VS_NCND;
        if (!r->force_id || !*r->force_id)
            continue;
        if (!force)
            force = r->force_id;
        else if (strcmp(force, r->force_id))
            multiple = 1;
    }
    return multiple ? "multiple" : force ? force : "";
}

/* The records of from (of source only, when not NULL) into ds as source
 * rel's (with checksum sha, when not NULL), located prefix + their own
 * locator. 0 or FOI_ENOMEM. */
static int add_records_at(struct foi_dataset *ds, const struct foi_dataset *from, const char *only,
                          const char *rel, const char *sha, const char *prefix)
{
    int rc = 0;
    for (size_t k = 0; k < from->nrecords && !rc; k++) {
        const struct foi_record *r = &from->records[k];
        if (only && strcmp(r->source_file, only))
            continue;
        char buf[512];
        struct foi_record c = *r;
        c.source_file = rel;
        if (sha)
            c.source_sha256 = sha;
        c.locator = prefixed_loc(prefix, r->locator, buf, sizeof buf);
        rc = foi_dataset_add_record(ds, &c);
    }
    return rc;
}

/* The issues of from (of source only, when not NULL) into ds as source
 * rel's, located prefix + their own locator: a file of a pack or a zipped
 * attachment without figures is no warning of its own (the row says
 * whether the whole gave none), and with demote an error is a warning (a
 * file lost, the message read). *lost (may be NULL) counts the parse
 * errors kept above info. 0 or FOI_ENOMEM. */
static int add_issues_at(struct foi_dataset *ds, const struct foi_dataset *from, const char *only,
                         const char *rel, const char *prefix, int demote, long *lost)
{
    int rc = 0;
    for (size_t k = 0; k < from->nissues && !rc; k++) {
        const struct foi_issue *is = &from->issues[k];
        if (only && strcmp(is->source_file, only))
            continue;
        char buf[512];
        enum foi_severity sev = is->severity;
        if (!strcmp(is->code, "no_figures"))
            sev = FOI_SEV_INFO;
        else if (demote && sev == FOI_SEV_ERROR)
            sev = FOI_SEV_WARNING;
        if (lost && !strcmp(is->code, "parse_error") && sev != FOI_SEV_INFO)
            (*lost)++;
        rc = foi_dataset_add_issue(ds, sev, is->code, rel, prefixed_loc(prefix, is->locator, buf, sizeof buf), "%s",
                                   is->message);
    }
    return rc;
}

struct part;
static int archive_part(const struct foi_taxonomy *tax, const struct foi_limits *lim, struct part *pt,
                        const char *rel, const char *sha, const char *folder, const char *context,
                        struct foi_dataset *ds, int *failed, char *parsers, size_t psize);

static void source_init(struct foi_source *src, const char *rel)
{
    memset(src, 0, sizeof *src);
    src->source_file = rel;
    src->format = "unknown";
    src->parser = "";
    src->force_id = "";
    src->status = "failed";
    src->source_sha256 = "";
}

/* One file's bytes (n, a NUL after them) as foi_process_file_ex reads them;
 * owned (bytes itself, or NULL when the caller keeps them) is freed as soon
 * as the document is read. folder: the force folder's name, or NULL. depth:
 * 0 for a file of the folder, 1 for a file in an archive. */
static int process_bytes(const struct foi_taxonomy *tax, const struct foi_limits *lim, const char *bytes,
                         size_t n, char *owned, const char *rel, const char *folder, const char *context,
                         struct foi_dataset *ds, const struct foi_process_hooks *hooks, int depth)
{
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_source src;
    source_init(&src, rel);
    char sha[65] = "";
    int rc;
    foi_sha256_hex(bytes, n, sha);
    src.source_sha256 = sha;
    src.bytes = n;

    struct foi_doc doc;
    foi_doc_init(&doc, rel);
    doc.tax = tax;
    doc.folder_hint = folder ? foi_arena_strdup(&doc.arena, folder) : NULL;
    if (folder && !doc.folder_hint) {
        foi_free(owned);
        foi_doc_release(&doc);
        return FOI_ENOMEM;
    }
    struct foi_doc_context dctx;
    if (context && *context) {
        rc = foi_context_parse(&doc.arena, context, strlen(context), NULL, &dctx, &err);
        if (rc) {
            foi_free(owned);
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
    if (!rc)
        rc = unroll_answer_tables(&doc, &err);
    if (!rc && foi_doc_apply_codes(&doc))
        rc = foi_errf(&err, FOI_ENOMEM, NULL, "out of memory reading a data dictionary's codes");
    if (!rc && !(doc.context && doc.context->codes)) {
        /* a data dictionary: its codes are the key of the files beside it
         * that use them (parsers/codes.c, foi_attach_codes), whatever
         * parser reads it */
        struct foi_buf cb;
        foi_buf_init(&cb, 0);
        if (foi_doc_code_dictionary(&doc, &cb) || (cb.len && foi_dataset_add_meta(ds, rel, "codes", cb.data)))
            rc = foi_errf(&err, FOI_ENOMEM, NULL, "out of memory reading a data dictionary");
        foi_buf_release(&cb);
    }
    if (!rc && doc.format == FOI_FMT_ZIP) {
        /* a disclosure pack: its files are read one by one (process_archive) */
        if (depth > 0) {
            src.format = "zip";
            rc = foi_dataset_add_issue(ds, FOI_SEV_WARNING, "parse_error", rel, "",
                                       "an archive inside an archive is not opened; unpack it into the "
                                       "folder to read its files");
            if (!rc)
                rc = foi_dataset_add_source(ds, &src);
        } else {
            rc = process_archive(tax, lim, bytes, n, rel, context, ds, hooks, &doc, &src);
        }
        foi_free(owned);
        foi_doc_release(&doc);
        return rc;
    }
    /* an e-mail's attachments, decoded into the message's arena */
    struct foi_mime_part mp[MAX_PARTS + 1];
    int nmp = 0;
    if (!rc && (doc.format == FOI_FMT_TEXT || doc.format == FOI_FMT_HTML ||
                (doc.format == FOI_FMT_RTF && foi_sniff_binary(bytes, n) == FOI_FMT_XLS))) {
        /* an OLE2 file read as text (or as its rich-text body) is an
         * Outlook message (foi_read_bytes) */
        if (foi_sniff_binary(bytes, n) == FOI_FMT_XLS)
            nmp = foi_msg_attachments(&doc.arena, bytes, n, mp, MAX_PARTS + 1);
        else
            nmp = foi_mime_attachments(&doc.arena, bytes, n, mp, MAX_PARTS + 1);
    } else if (!rc && doc.format == FOI_FMT_PDF && depth == 0) {
        /* a PDF's embedded files (its attachments panel), read as an
         * e-mail's attachments; a PDF inside an archive or attached to an
         * e-mail is a level down: its embedded files are not opened */
        nmp = foi_pdf_attachments(&doc.arena, bytes, n, lim, mp, MAX_PARTS + 1);
    }
    if (nmp) {
        if (nmp > MAX_PARTS) {
            nmp = MAX_PARTS;
            if (foi_dataset_add_issue(ds, FOI_SEV_WARNING, "parse_error", rel, "",
                                      "the %s carries more than %d files; only the first %d are read",
                                      doc.format == FOI_FMT_PDF ? "PDF" : "e-mail", MAX_PARTS, MAX_PARTS))
                nmp = -1;
        }
        if (nmp < 0) {
            foi_free(owned);
            foi_doc_release(&doc);
            return FOI_ENOMEM;
        }
    }
    foi_free(owned);
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
    struct part parts[MAX_PARTS];
    long parts_failed = 0;
    int np = nmp ? read_parts(tax, lim, rel, mp, nmp, parts, ds, &parts_failed,
                                     doc.format == FOI_FMT_PDF, doc.folder_hint) : 0;
    if (np < 0) {
        foi_doc_release(&doc);
        return FOI_ENOMEM;
    }
    for (int k = 0; k < np && hooks && hooks->read; k++) {
        if (hooks->part)
            hooks->part(hooks->ctx, parts[k].mp->name, parts[k].mp->type);
        hooks->read(hooks->ctx, &parts[k].doc);
    }
    /* the parser: one for the message and its files (foi_parser_pick_files) */
    const struct foi_doc *files[MAX_PARTS];
    int nfiles = 0;
    for (int k = 0; k < np; k++)
        if (parts[k].doc.format != FOI_FMT_ZIP)   /* a zipped attachment's files have parsers of their own */
            files[nfiles++] = &parts[k].doc;
    int score = 0;
    const struct foi_parser *p = foi_parser_pick_files(&doc, files, nfiles, &score);
    if (hooks && hooks->picked)
        hooks->picked(hooks->ctx, &doc, p, score);
    if (!p) {
        foi_dataset_add_issue(ds, FOI_SEV_WARNING, "no_figures", rel, "",
                              "no parser recognised anything in this %s file", src.format);
        rc = foi_dataset_add_source(ds, &src);
        for (int k = 0; k < np; k++)
            foi_doc_release(&parts[k].doc);
        foi_doc_release(&doc);
        return rc;
    }
    src.parser = p->name;
    struct foi_norm_ctx nc;
    foi_norm_init(&nc, tax, ds, rel, sha, p->name);
    struct sinkctx sc = { &nc, ds, rel, "", 0, 0, hooks };
    size_t first_rec = ds->nrecords;
    int failed = 0;
    rc = 0;
    if (p->formats & doc.format) {
        rc = parse_part(p, &doc, &sc, rel);
        failed |= rc > 0;
    }
    /* the files: each with the message as its covering letter (what it
     * leaves unsaid the message says, else the file's own context) */
    const char *letter = NULL;
    if (np && rc != FOI_ENOMEM)
        for (size_t i = 0; i < ds->nmetas && !letter; i++)
            if (!strcmp(ds->metas[i].source_file, rel) && !strcmp(ds->metas[i].key, "context"))
                letter = ds->metas[i].value;
    if (nmp && rc != FOI_ENOMEM)
        drop_carried(ds, rel, mp, nmp);
    size_t start[MAX_PARTS + 2];
    start[0] = first_rec;
    char zparsers[256] = "";        /* the parsers a zipped attachment's files used */
    /* the message as the covering letter of its files */
    const char *lctx = NULL;
    if (np && letter && *letter && !(lctx = foi_arena_printf(&doc.arena, "%sorigin: covering %s %s\n", letter,
                                                                doc.format == FOI_FMT_PDF ? "letter" : "e-mail", rel)))
        rc = FOI_ENOMEM;
    for (int k = 0; k < np && rc != FOI_ENOMEM; k++) {
        struct part *pt = &parts[k];
        start[k + 1] = ds->nrecords;
        if (pt->doc.format == FOI_FMT_ZIP) {
            /* a zipped attachment: its files read as a pack's */
            rc = archive_part(tax, lim, pt, rel, sha, doc.folder_hint, lctx ? lctx : context, ds, &failed,
                              zparsers, sizeof zparsers);
            continue;
        }
        struct foi_doc_context pctx;
        pt->doc.context = doc.context;
        struct foi_err cerr;
        foi_err_clear(&cerr);
        if (lctx && !foi_context_parse(&pt->doc.arena, lctx, strlen(lctx), NULL, &pctx, &cerr))
            pt->doc.context = &pctx;
        sc.prefix = pt->prefix;
        rc = parse_part(p, &pt->doc, &sc, rel);
        failed |= rc > 0;
        sc.prefix = "";
        pt->doc.context = NULL;
    }
    if (rc > 0)
        rc = 0;
    long dropped = 0;
    if (rc != FOI_ENOMEM && sc.rc != FOI_ENOMEM) {
        start[np + 1] = ds->nrecords;
        rc = one_figure_each(ds, start, np + 1, rel, &dropped);
    }
    if (rc != FOI_ENOMEM && foi_norm_finish(&nc))
        rc = FOI_ENOMEM;
    if (sc.rc == FOI_ENOMEM || rc == FOI_ENOMEM) {
        foi_norm_release(&nc);
        for (int k = 0; k < np; k++)
            foi_doc_release(&parts[k].doc);
        foi_doc_release(&doc);
        return FOI_ENOMEM;
    }
    /* the source's force: one, several (a national table), or the document's */
    long refused;
    src.force_id = records_force(ds, first_rec, &refused);
    src.records = (long)(ds->nrecords - first_rec);
    char allp[300];
    if (*zparsers) {
        /* a zipped attachment's files had parsers of their own: the row and
         * its records name every parser used */
        snprintf(allp, sizeof allp, "%s", src.parser);
        add_parsers(allp, sizeof allp, zparsers);
        src.parser = allp;
        if (set_parser(ds, first_rec, allp)) {
            foi_norm_release(&nc);
            for (int k = 0; k < np; k++)
                foi_doc_release(&parts[k].doc);
            foi_doc_release(&doc);
            return FOI_ENOMEM;
        }
    }
    if (src.records == 0) {
        foi_dataset_add_issue(ds, FOI_SEV_WARNING, "no_figures", rel, "",
                              "%s found no figures in this %s file", p->name, src.format);
        src.status = "failed";
    } else if (refused == src.records) {
        src.status = "refused";
    } else if (failed || sc.parse_errors || parts_failed) {
        src.status = "partial";
    } else {
        src.status = "parsed";
    }
    rc = foi_dataset_add_source(ds, &src);
    foi_norm_release(&nc);
    for (int k = 0; k < np; k++)
        foi_doc_release(&parts[k].doc);
    foi_doc_release(&doc);
    return rc;
}

/* A disclosure pack (a plain zip archive: a letter, its tables, a README)
 * is read as the folder it was made from: each file in it is a document of
 * its own with its own parser (unlike an e-mail's parts, which share the
 * message's), the pack's covering letter pairs with its files as letters do
 * in a folder (app/attach.h, foi_attach_pack), and the whole is one source:
 * the archive's row in sources.csv, its figures located `file "NAME" ...`
 * (docs/letters.md, "Archives"). */
#define MAX_FILES 64

struct member {
    const struct foi_mime_part *mp;
    const char *rel;        /* its source_file while it is read: "ARCHIVE/NAME" */
    char prefix[440];       /* `file "NAME" ` */
};

static const struct member *member_of(const struct member *m, int nm, const char *rel)
{
    for (int i = 0; i < nm; i++)
        if (m[i].rel && !strcmp(m[i].rel, rel))
            return &m[i];
    return NULL;
}

/* The pack's letter and its files: the files whose first reading leaves
 * unsaid what the letter says are read again with it. */
static int pair_in_archive(const struct foi_taxonomy *tax, const struct foi_limits *lim, struct foi_dataset *sub,
                           const struct member *m, int nm, const char *folder)
{
    struct foi_attach_plan plan;
    int rc = foi_attach_plan(sub, &plan);
    if (!rc)
        rc = foi_attach_pack(sub, &plan);
    for (size_t i = 0; i < plan.n && !rc; i++) {
        const struct foi_attach_pair *p = &plan.p[i];
        const struct member *f = p->attachment ? member_of(m, nm, p->attachment) : NULL;
        if (!f || !p->context || !foi_attach_needs_context(sub, p->attachment, p->context))
            continue;
        foi_attach_drop_source(sub, p->attachment);
        rc = process_bytes(tax, lim, f->mp->bytes, f->mp->n, NULL, f->rel, folder, p->context, sub, NULL, 1);
    }
    if (!rc)
        rc = foi_attach_apply(sub, &plan);
    foi_attach_release(&plan);
    return rc;
}

static int process_archive(const struct foi_taxonomy *tax, const struct foi_limits *lim, const char *bytes,
                           size_t n, const char *rel, const char *context, struct foi_dataset *ds,
                           const struct foi_process_hooks *hooks, struct foi_doc *doc, struct foi_source *src)
{
    src->format = foi_format_name(FOI_FMT_ZIP);
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_mime_part *mp = foi_arena_alloc(&doc->arena, (MAX_FILES + 1) * sizeof *mp);
    struct member *m = foi_arena_alloc(&doc->arena, MAX_FILES * sizeof *m);
    if (!mp || !m)
        return FOI_ENOMEM;
    int nm = foi_zip_files(&doc->arena, bytes, n, lim, mp, MAX_FILES + 1, &err);
    if (nm < 0) {
        if (err.code == FOI_ENOMEM)
            return FOI_ENOMEM;
        if (foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "%s", err.message))
            return FOI_ENOMEM;
        return foi_dataset_add_source(ds, src);
    }
    if (nm > MAX_FILES) {
        nm = MAX_FILES;
        if (foi_dataset_add_issue(ds, FOI_SEV_WARNING, "parse_error", rel, "",
                                  "the archive holds more than %d files; only the first %d are read", MAX_FILES,
                                  MAX_FILES))
            return FOI_ENOMEM;
    }
    if (hooks && hooks->read)
        hooks->read(hooks->ctx, doc);
    struct foi_dataset sub;
    foi_dataset_init(&sub);
    sub.tax = tax;
    int rc = 0;
    long lost = 0;   /* files that could not be read */
    for (int i = 0; i < nm && !rc; i++) {
        struct member *f = &m[i];
        f->mp = &mp[i];
        f->rel = NULL;
        snprintf(f->prefix, sizeof f->prefix, "file \"%.400s\" ", mp[i].name);
        char lb[440];
        const char *loc = prefixed_loc(f->prefix, NULL, lb, sizeof lb);   /* `file "NAME"` */
        if (!strncmp(mp[i].type, "image/", 6)) {
            rc = foi_dataset_add_issue(ds, FOI_SEV_INFO, "no_text_layer", rel, loc,
                                       "the archive's file is a picture (%s): any figures in it are not read",
                                       mp[i].type);
            continue;
        }
        if (mp[i].problem) {
            lost++;
            rc = foi_dataset_add_issue(ds, FOI_SEV_WARNING, "parse_error", rel, loc, "the archive's file: %s",
                                       mp[i].problem);
            continue;
        }
        if (!(f->rel = foi_arena_printf(&doc->arena, "%s/%s", rel, mp[i].name))) {
            rc = FOI_ENOMEM;
            break;
        }
        if (hooks && hooks->part)
            hooks->part(hooks->ctx, mp[i].name, "a file in the archive");
        rc = process_bytes(tax, lim, mp[i].bytes, mp[i].n, NULL, f->rel, doc->folder_hint, context, &sub, hooks, 1);
    }
    if (!rc)
        rc = pair_in_archive(tax, lim, &sub, m, nm, doc->folder_hint);
    /* the files' records into the archive's row, file by file (the first
     * file that gives a figure keeps it when another restates it) */
    size_t start[MAX_FILES + 1];
    int np = 0;
    size_t first = ds->nrecords;
    for (int i = 0; i < nm && !rc; i++) {
        if (!m[i].rel)
            continue;
        start[np++] = ds->nrecords;
        rc = add_records_at(ds, &sub, m[i].rel, rel, src->source_sha256, m[i].prefix);
    }
    start[np] = ds->nrecords;
    long dropped = 0;
    if (!rc && np)
        rc = one_figure_each(ds, start, np, rel, &dropped);
    /* the files' issues as the archive's; a file without figures (a README,
     * a letter whose tables are beside it) is no warning of its own */
    for (int i = 0; i < nm && !rc; i++)
        if (m[i].rel)
            rc = add_issues_at(ds, &sub, m[i].rel, rel, m[i].prefix, 0, &lost);
    /* the row: the parsers used, the force, the status */
    char parsers[256] = "";
    int partial = 0;
    for (int i = 0; i < nm && !rc; i++) {
        for (size_t k = 0; m[i].rel && k < sub.nsources; k++) {
            const struct foi_source *s = &sub.sources[k];
            if (strcmp(s->source_file, m[i].rel))
                continue;
            partial |= !strcmp(s->status, "partial");
            if (s->records > 0)
                add_parsers(parsers, sizeof parsers, s->parser);
        }
    }
    if (!rc)
        rc = set_parser(ds, first, parsers);
    long refused;
    const char *force = records_force(ds, first, &refused);
    if (!rc) {
        src->parser = parsers;
        src->force_id = force;
        src->records = (long)(ds->nrecords - first);
        if (src->records == 0) {
            src->status = "failed";
            rc = foi_dataset_add_issue(ds, FOI_SEV_WARNING, "no_figures", rel, "",
                                       "no figures in any of the archive's %d files", nm);
        } else if (refused == src->records) {
            src->status = "refused";
        } else if (partial || lost) {
            src->status = "partial";
        } else {
            src->status = "parsed";
        }
    }
    if (!rc)
        rc = foi_dataset_add_source(ds, src);
    foi_dataset_release(&sub);
    return rc;
}

/* A zip archive an e-mail carries (part pt of the message rel): read as a
 * pack (process_archive) into a dataset of its own, then its figures and
 * issues into ds as the message's, located `attachment "NAME" file "..."`. */
static int archive_part(const struct foi_taxonomy *tax, const struct foi_limits *lim, struct part *pt,
                        const char *rel, const char *sha, const char *folder, const char *context,
                        struct foi_dataset *ds, int *failed, char *parsers, size_t psize)
{
    const char *zrel = foi_arena_printf(&pt->doc.arena, "%s/%s", rel, pt->mp->name);
    if (!zrel)
        return FOI_ENOMEM;
    pt->doc.folder_hint = folder;
    struct foi_dataset tmp;
    foi_dataset_init(&tmp);
    tmp.tax = tax;
    struct foi_source zs;
    source_init(&zs, zrel);
    zs.source_sha256 = sha;
    int rc = process_archive(tax, lim, pt->mp->bytes, pt->mp->n, zrel, context, &tmp, NULL, &pt->doc, &zs);
    if (!rc)
        rc = add_records_at(ds, &tmp, NULL, rel, NULL, pt->prefix);
    if (!rc)
        rc = add_issues_at(ds, &tmp, NULL, rel, pt->prefix, 1, NULL);
    for (size_t i = 0; i < tmp.nsources && !rc; i++) {
        *failed |= strcmp(tmp.sources[i].status, "parsed") && strcmp(tmp.sources[i].status, "refused");
        if (tmp.sources[i].records > 0)
            add_parsers(parsers, psize, tmp.sources[i].parser);
    }
    foi_dataset_release(&tmp);
    return rc;
}

int foi_process_file_ex(const struct foi_taxonomy *tax, const struct foi_limits *lim,
                        const char *fs_path, const char *rel, const char *context,
                        struct foi_dataset *ds, const struct foi_process_hooks *hooks)
{
    struct foi_err err;
    foi_err_clear(&err);
    char *bytes = NULL;
    size_t n = 0;
    int rc = foi_read_all(fs_path, lim, &bytes, &n, &err);
    if (rc) {
        struct foi_source src;
        source_init(&src, rel);
        foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", rel, err.locator, "%s", err.message);
        return foi_dataset_add_source(ds, &src);
    }
    const char *slash = strchr(rel, '/');
    char folder[256];
    snprintf(folder, sizeof folder, "%.*s", slash ? (int)(slash - rel) : 0, rel);
    return process_bytes(tax, lim, bytes, n, bytes, rel, slash ? folder : NULL, context, ds, hooks, 0);
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

