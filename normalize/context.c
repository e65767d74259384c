/* context.c: the text form of a document's external context (what a context
 * file or a covering letter says that the document itself leaves unsaid):
 * "key: value" lines, read into a foi_doc_context and written back, so the
 * build can hand a context to a parse worker and key the rebuild cache on it. */
#include "context.h"
#include "normalize.h"

#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

static const char *const keys[] = {
    "force", "period", "category", "measure", "subject", "date_basis", "request_ref",
    "read_prose", "origin", "marks", "defines", "codes", NULL
};

static const char **slot(struct foi_doc_context *c, int k)
{
    switch (k) {
    case 0: return &c->force;
    case 1: return &c->period;
    case 2: return &c->category;
    case 3: return &c->measure;
    case 4: return &c->subject;
    case 5: return &c->date_basis;
    case 6: return &c->request_ref;
    case 8: return &c->origin;
    case 9: return &c->marks;
    case 10: return &c->defines;
    case 11: return &c->codes;
    default: return NULL;
    }
}

static int is_sp(char c) { return c == ' ' || c == '\t' || c == '\r'; }

int foi_context_parse(struct foi_arena *a, const char *text, size_t n, const char *origin,
                      struct foi_doc_context *out, struct foi_err *err)
{
    memset(out, 0, sizeof *out);
    const char *p = text, *end = text + n;
    int lineno = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        lineno++;
        const char *s = p, *e = le;
        p = nl ? nl + 1 : end;
        while (s < e && is_sp(*s))
            s++;
        while (e > s && is_sp(e[-1]))
            e--;
        if (s == e || *s == '#')
            continue;
        const char *colon = memchr(s, ':', (size_t)(e - s));
        char loc[32];
        snprintf(loc, sizeof loc, "line %d", lineno);
        if (!colon)
            return foi_errf(err, FOI_EPARSE, loc, "expected 'key: value', got '%.*s'",
                            (int)(e - s > 60 ? 60 : e - s), s);
        const char *ke = colon;
        while (ke > s && is_sp(ke[-1]))
            ke--;
        const char *v = colon + 1;
        while (v < e && is_sp(*v))
            v++;
        int k = -1;
        for (int i = 0; keys[i]; i++)
            if ((size_t)(ke - s) == strlen(keys[i]) && !strncmp(s, keys[i], (size_t)(ke - s)))
                k = i;
        if (k < 0)
            return foi_errf(err, FOI_EPARSE, loc, "unknown key '%.*s' (keys: force, period, category, "
                            "measure, subject, date_basis, request_ref, read_prose, marks, defines, codes)", (int)(ke - s), s);
        if (k == 7) {
            out->read_prose = (e - v == 3 && !strncmp(v, "yes", 3)) || (e - v == 4 && !strncmp(v, "true", 4)) ||
                              (e - v == 1 && *v == '1');
            continue;
        }
        const char *val = foi_arena_strndup(a, v, (size_t)(e - v));
        if (!val)
            return foi_errf(err, FOI_ENOMEM, loc, "out of memory");
        /* marks, defines, codes: one paragraph (code) a line */
        if ((k == 9 || k == 10 || k == 11) && *slot(out, k) && !(val = foi_arena_printf(a, "%s\n%s", *slot(out, k), val)))
            return foi_errf(err, FOI_ENOMEM, loc, "out of memory");
        *slot(out, k) = val;
    }
    if (origin && !out->origin && !(out->origin = foi_arena_strdup(a, origin)))
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    return 0;
}

int foi_context_format(const struct foi_doc_context *c, struct foi_buf *out)
{
    int rc = 0;
    struct foi_doc_context tmp = *c;
    for (int k = 0; keys[k] && !rc; k++) {
        if (k == 7) {
            if (c->read_prose)
                rc = foi_buf_adds(out, "read_prose: yes\n");
            continue;
        }
        const char *v = *slot(&tmp, k);
        if (!v || !*v)
            continue;
        /* one line per key: a value never carries a newline (marks: a line each) */
        for (;;) {
            size_t len = strcspn(v, "\r\n");
            if (len)
                rc = foi_buf_printf(out, "%s: %.*s\n", keys[k], (int)len, v);
            v += len;
            if (rc || (k != 9 && k != 10 && k != 11) || !*v)
                break;
            v += strspn(v, "\r\n");
        }
    }
    return rc;
}

int foi_context_empty(const struct foi_doc_context *c)
{
    struct foi_doc_context tmp = *c;
    for (int k = 0; keys[k]; k++) {
        if (k == 8)
            continue;
        const char **v = slot(&tmp, k);
        if (v && *v && **v)
            return 0;
    }
    return !c->read_prose;
}

/* ------------------------------------------------------- context files */
#define CTX_FILE_NAME "foi-context.txt"
#define CTX_SUFFIX ".context.txt"
enum { NKEYS = 8 };   /* force .. read_prose, the keys a file may set */

struct ctxsection {
    char *pattern;              /* NULL: every response under the folder */
    char *val[NKEYS];           /* NULL: not set */
};

struct ctxfile {
    char *path, *name;
    char *dir;                  /* the folder it sits in ("" for the top) */
    char *target;               /* NAME.context.txt: the response NAME, else NULL */
    struct ctxsection *sec;
    size_t nsec;
};

struct foi_ctxset {
    struct ctxfile *f;
    size_t n, alloc;
};

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int foi_context_is_file(const char *path)
{
    const char *b = base_name(path);
    size_t n = strlen(b), k = strlen(CTX_SUFFIX);
    return !strcmp(b, CTX_FILE_NAME) || (n > k && !strcmp(b + n - k, CTX_SUFFIX));
}

int foi_ctxset_new(struct foi_ctxset **out)
{
    *out = foi_calloc(1, sizeof **out);
    return *out ? 0 : FOI_ENOMEM;
}

static void file_release(struct ctxfile *f)
{
    for (size_t i = 0; i < f->nsec; i++) {
        foi_free(f->sec[i].pattern);
        for (int k = 0; k < NKEYS; k++)
            foi_free(f->sec[i].val[k]);
    }
    foi_free(f->sec);
    foi_free(f->path);
    foi_free(f->name);
    foi_free(f->dir);
    foi_free(f->target);
}

void foi_ctxset_free(struct foi_ctxset *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        file_release(&set->f[i]);
    foi_free(set->f);
    foi_free(set);
}

static char *dupn(const char *s, size_t n)
{
    char *d = foi_malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* A value checked against what foi knows. 0, or FOI_EPARSE with err set. */
static int check_value(const struct foi_taxonomy *tax, int k, const char *v, const char *loc,
                       struct foi_err *err)
{
    static const enum foi_vocab vocab[] = {
        FOI_VOCAB_FORCE, 0, FOI_VOCAB_CATEGORY, FOI_VOCAB_MEASURE, FOI_VOCAB_SUBJECT
    };
    static const char *const files[] = { "forces.tsv", "", "categories.tsv", "measures.tsv", "subjects.tsv" };
    if (k == 1) {
        struct foi_period_ctx pc = {0};
        struct foi_period p;
        if (foi_period_parse(v, &pc, &p) != 1 || !p.resolved)
            return foi_errf(err, FOI_EPARSE, loc, "cannot read the period '%.60s' (write it as 2022/23, "
                            "calendar year 2022 or 1 April 2022 to 31 March 2023)", v);
        return 0;
    }
    if (k == 5) {
        if (strcmp(v, "received") && strcmp(v, "finalised"))
            return foi_errf(err, FOI_EPARSE, loc, "date_basis is received or finalised, not '%.40s'", v);
        return 0;
    }
    if (k > 4 || !tax)
        return 0;
    struct foi_match m;
    int r = foi_taxonomy_has(tax, vocab[k], v) ? 1 : foi_taxonomy_match(tax, vocab[k], v, &m);
    if (r < 0)
        return foi_errf(err, FOI_EPARSE, loc, "cannot match '%.60s' (taxonomy pattern error)", v);
    if (r == 0)
        return foi_errf(err, FOI_EPARSE, loc, "%s '%.60s' is not in %s", keys[k], v, files[k]);
    return 0;
}

int foi_ctxset_add(struct foi_ctxset *set, const struct foi_taxonomy *tax, const char *path,
                   const char *name, const char *text, size_t n, struct foi_err *err)
{
    struct ctxfile f;
    memset(&f, 0, sizeof f);
    const char *b = base_name(path);
    f.path = foi_strdup(path);
    f.name = foi_strdup(name ? name : path);
    f.dir = dupn(path, b > path ? (size_t)(b - path - 1) : 0);
    if (strcmp(b, CTX_FILE_NAME))
        f.target = dupn(path, strlen(path) - strlen(CTX_SUFFIX));
    f.sec = foi_calloc(1, sizeof *f.sec);
    f.nsec = f.sec ? 1 : 0;
    int rc = 0;
    if (!f.path || !f.name || !f.dir || (strcmp(b, CTX_FILE_NAME) && !f.target) || !f.sec)
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
    const char *p = text, *end = text + n;
    int lineno = 0;
    while (!rc && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        lineno++;
        const char *s = p, *e = le;
        p = nl ? nl + 1 : end;
        if (lineno == 1 && e - s >= 3 && !memcmp(s, "\xef\xbb\xbf", 3))
            s += 3;   /* a byte-order mark from a Windows editor */
        while (s < e && is_sp(*s))
            s++;
        while (e > s && is_sp(e[-1]))
            e--;
        if (s == e || *s == '#')
            continue;
        char loc[32];
        snprintf(loc, sizeof loc, "line %d", lineno);
        const char *colon = memchr(s, ':', (size_t)(e - s));
        if (!colon) {
            rc = foi_errf(err, FOI_EPARSE, loc, "expected 'key: value', got '%.*s'",
                          (int)(e - s > 60 ? 60 : e - s), s);
            break;
        }
        const char *ke = colon;
        while (ke > s && is_sp(ke[-1]))
            ke--;
        const char *v = colon + 1;
        while (v < e && is_sp(*v))
            v++;
        size_t kn = (size_t)(ke - s), vn = (size_t)(e - v);
        if (kn == 4 && !strncmp(s, "file", 4)) {
            if (f.target) {
                rc = foi_errf(err, FOI_EPARSE, loc, "'file:' sections belong in %s, not in a file's own "
                              "context file", CTX_FILE_NAME);
                break;
            }
            if (!vn) {
                rc = foi_errf(err, FOI_EPARSE, loc, "'file:' names no file");
                break;
            }
            struct ctxsection *ns = foi_realloc(f.sec, (f.nsec + 1) * sizeof *ns);
            if (!ns) {
                rc = foi_errf(err, FOI_ENOMEM, loc, "out of memory");
                break;
            }
            f.sec = ns;
            memset(&f.sec[f.nsec], 0, sizeof *f.sec);
            if (!(f.sec[f.nsec].pattern = dupn(v, vn))) {
                rc = foi_errf(err, FOI_ENOMEM, loc, "out of memory");
                break;
            }
            f.nsec++;
            continue;
        }
        int k = -1;
        for (int i = 0; i < NKEYS; i++)
            if (kn == strlen(keys[i]) && !strncmp(s, keys[i], kn))
                k = i;
        if (k < 0) {
            rc = foi_errf(err, FOI_EPARSE, loc, "unknown key '%.*s' (keys: file, force, period, category, "
                          "measure, subject, date_basis, request_ref, read_prose)", (int)(kn > 40 ? 40 : kn), s);
            break;
        }
        if (!vn) {
            rc = foi_errf(err, FOI_EPARSE, loc, "'%s:' has no value", keys[k]);
            break;
        }
        char *val = dupn(v, vn);
        if (!val) {
            rc = foi_errf(err, FOI_ENOMEM, loc, "out of memory");
            break;
        }
        if ((rc = check_value(tax, k, val, loc, err))) {
            foi_free(val);
            break;
        }
        struct ctxsection *sec = &f.sec[f.nsec - 1];
        if (sec->val[k]) {
            rc = foi_errf(err, FOI_EPARSE, loc, "'%s' is given twice", keys[k]);
            foi_free(val);
            break;
        }
        sec->val[k] = val;
    }
    if (!rc && set->n == set->alloc) {
        size_t na = set->alloc ? set->alloc * 2 : 8;
        struct ctxfile *nf = foi_realloc(set->f, na * sizeof *nf);
        if (!nf)
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        else {
            set->f = nf;
            set->alloc = na;
        }
    }
    if (rc) {
        file_release(&f);
        return rc;
    }
    set->f[set->n++] = f;
    return 0;
}

/* How many folders below dir the response at path sits (0: in it), or -1
 * when it is not under dir. */
static int depth_below(const char *dir, const char *path)
{
    size_t n = strlen(dir);
    if (n && (strncmp(path, dir, n) || path[n] != '/'))
        return -1;
    int d = 0;
    for (const char *s = path + (n ? n + 1 : 0); *s; s++)
        d += *s == '/';
    return d;
}

static int section_matches(const struct ctxfile *f, const struct ctxsection *sec, const char *path)
{
    size_t n = strlen(f->dir);
    const char *rel = path + (n ? n + 1 : 0);
    if (!fnmatch(sec->pattern, rel, FNM_PATHNAME))
        return 1;
    return !strchr(sec->pattern, '/') && !fnmatch(sec->pattern, base_name(path), 0);
}

int foi_ctxset_for(const struct foi_ctxset *set, const char *path, struct foi_buf *out)
{
    if (!set || !set->n)
        return 0;
    /* every section that applies, ranked: a file's own context file, then a
     * file: section naming it, then folder-wide keys, nearest folder first */
    const char *val[NKEYS] = {0};
    long rank[NKEYS];
    const struct ctxfile *from[NKEYS] = {0};
    for (int k = 0; k < NKEYS; k++)
        rank[k] = -1;
    for (size_t i = 0; i < set->n; i++) {
        const struct ctxfile *f = &set->f[i];
        int d = depth_below(f->dir, path);
        if (d < 0)
            continue;
        for (size_t j = 0; j < f->nsec; j++) {
            const struct ctxsection *sec = &f->sec[j];
            long r;
            if (f->target) {
                if (strcmp(f->target, path))
                    break;
                r = 0;
            } else if (sec->pattern) {
                if (!section_matches(f, sec, path))
                    continue;
                r = 1000 + d;
            } else {
                r = 2000 + d;
            }
            for (int k = 0; k < NKEYS; k++)
                if (sec->val[k] && (rank[k] < 0 || r < rank[k])) {
                    rank[k] = r;
                    val[k] = sec->val[k];
                    from[k] = f;
                }
        }
    }
    int rc = 0, any = 0;
    for (int k = 0; k < NKEYS && !rc; k++) {
        if (!val[k])
            continue;
        any = 1;
        rc = foi_buf_printf(out, "%s: %s\n", keys[k], val[k]);
    }
    if (!any || rc)
        return rc;
    /* origin: the files used, most specific first */
    const struct ctxfile *used[NKEYS];
    long best[NKEYS];
    int nused = 0;
    for (int k = 0; k < NKEYS; k++) {
        if (!from[k])
            continue;
        int u = 0;
        while (u < nused && used[u] != from[k])
            u++;
        if (u == nused) {
            used[nused] = from[k];
            best[nused++] = rank[k];
        } else if (rank[k] < best[u]) {
            best[u] = rank[k];
        }
    }
    for (int i = 1; i < nused; i++)   /* a handful: insertion sort by rank */
        for (int j = i; j > 0 && best[j] < best[j - 1]; j--) {
            const struct ctxfile *t = used[j];
            used[j] = used[j - 1];
            used[j - 1] = t;
            long x = best[j];
            best[j] = best[j - 1];
            best[j - 1] = x;
        }
    rc = foi_buf_adds(out, nused > 1 ? "origin: context files " : "origin: context file ");
    for (int u = 0; u < nused && !rc; u++)
        rc = foi_buf_printf(out, "%s%s", u == 0 ? "" : u == nused - 1 ? " and " : ", ", used[u]->name);
    if (!rc)
        rc = foi_buf_adds(out, "\n");
    return rc;
}
