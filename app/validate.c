/* validate.c: `foi validate OUT_DIR`: re-reads datapackage.json and every CSV
 * it lists, checks each value against the Table Schema and the dataset's own
 * rules, and the row counts of records.ndjson and foi.sqlite. */
#include "validate.h"
#include "../analyze/reconcile.h"

#include <csv.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#define MAX_FIELDS 4096              /* per CSV row */
#define MAX_FILE ((size_t)1 << 31)   /* bytes read per file */
#define MAX_ENUM_SHOWN 8             /* enum values listed in a message */

/* ----------------------------------------------------------- string map */
/* Open addressing, keys copied into the arena; values are longs. */
struct smap {
    char **keys;
    size_t *lens;
    long *vals;
    size_t cap, n;
};

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void smap_release(struct smap *m)
{
    foi_free(m->keys);
    foi_free(m->lens);
    foi_free(m->vals);
    memset(m, 0, sizeof *m);
}

static long *smap_find(const struct smap *m, const char *k, size_t n)
{
    if (!m->cap)
        return NULL;
    for (size_t i = hash(k, n) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i])
            return NULL;
        if (m->lens[i] == n && !memcmp(m->keys[i], k, n))
            return &m->vals[i];
    }
}

static int smap_grow(struct smap *m)
{
    size_t nc = m->cap ? m->cap * 2 : 64;
    if (nc > SIZE_MAX / sizeof(char *))
        return FOI_ENOMEM;
    char **keys = foi_calloc(nc, sizeof *keys);
    size_t *lens = foi_calloc(nc, sizeof *lens);
    long *vals = foi_calloc(nc, sizeof *vals);
    if (!keys || !lens || !vals) {
        foi_free(keys);
        foi_free(lens);
        foi_free(vals);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = hash(m->keys[i], m->lens[i]) & (nc - 1);
        while (keys[j])
            j = (j + 1) & (nc - 1);
        keys[j] = m->keys[i];
        lens[j] = m->lens[i];
        vals[j] = m->vals[i];
    }
    foi_free(m->keys);
    foi_free(m->lens);
    foi_free(m->vals);
    m->keys = keys;
    m->lens = lens;
    m->vals = vals;
    m->cap = nc;
    return 0;
}

/* Insert k -> val unless present. 1 when it was already there (*old gets its
 * value), 0 inserted, -code on failure. */
static int smap_put(struct smap *m, struct foi_arena *a, const char *k, size_t n, long val, long *old)
{
    long *found = smap_find(m, k, n);
    if (found) {
        if (old)
            *old = *found;
        return 1;
    }
    if ((m->n + 1) * 2 > m->cap && smap_grow(m))
        return -FOI_ENOMEM;
    char *copy = foi_arena_strndup(a, k, n);
    if (!copy)
        return -FOI_ENOMEM;
    size_t i = hash(k, n) & (m->cap - 1);
    while (m->keys[i])
        i = (i + 1) & (m->cap - 1);
    m->keys[i] = copy;
    m->lens[i] = n;
    m->vals[i] = val;
    m->n++;
    return 0;
}

/* ----------------------------------------------------------- the schema */
enum ftype { T_STRING, T_INTEGER, T_NUMBER, T_DATE, T_OTHER };

struct fspec {
    const char *name;     /* borrowed from the parsed datapackage.json */
    enum ftype type;
    const char *type_name;
    int required;
    json_t *enumv;        /* borrowed array of strings, or NULL */
    pcre2_code *re;
    const char *pattern;
    int has_min, has_max;
    double min, max;
    int vocab;            /* foi_vocab + 1 when checked against the taxonomy */
    int collect;          /* referenced by a foreign key: gather its values */
    struct smap values;
};

struct fkey {
    int field;
    int ref_res, ref_field;   /* -1 when the reference does not resolve */
};

/* Columns the dataset rules look at, found by name. */
enum {
    K_FORCE_ID, K_PERIOD_START, K_PERIOD_END, K_CATEGORY, K_MEASURE, K_SUBJECT, K_OUTCOME,
    K_VALUE, K_VALUE_STATUS, K_VALUE_MIN, K_VALUE_MAX, K_SOURCE_FILE, K_LOCATOR, K_CODE,
    K_OUTCOME_RAW, NKEYS
};
static const char *const key_names[NKEYS] = {
    "force_id", "period_start", "period_end", "category", "measure", "subject", "outcome",
    "value", "value_status", "value_min", "value_max", "source_file", "locator", "code",
    "outcome_raw",
};

enum role { R_OTHER, R_RECORDS, R_COMPARABLE, R_SOURCES, R_ISSUES };

struct res {
    const char *name, *path;
    enum role role;
    struct fspec *f;
    int nf;
    int *pk, npk;
    struct fkey *fk;
    int nfk;
    json_t *missing;      /* missingValues (borrowed), NULL = [""] */
    int col[NKEYS];       /* field index or -1 */
    int referenced, read_ok;
    struct smap pkeys;
};

/* One group of the sum rule: source x force x period x category x measure x subject. */
struct agg {
    int64_t lo, hi;       /* sums of the outcomes' bounds */
    int bounded;          /* every outcome had both bounds, no overflow */
    long noutcomes;
};

struct total {
    size_t group;
    int64_t value;
    long row, line;
    char *sumkey;         /* source_file \x1f locator, in the arena */
};

struct vctx {
    const char *dir;
    const struct foi_taxonomy *tax;
    struct foi_buf *report;
    long nproblems, nlines;
    int fatal;
    struct foi_err *err;
    struct foi_arena arena;
    pcre2_general_context *gctx;
    pcre2_match_context *mctx;
    pcre2_match_data *md;
    struct smap sum_ok;        /* sum_mismatch issues: source_file \x1f locator */
    struct smap rowmap;        /* records.csv rows: source_file \x1f locator -> row */
    struct smap linemap;       /* ... -> the row's first line */
    struct foi_dataset sumds;  /* records.csv as records, for the sum rule */
    int sumds_ready;
    struct smap groups;        /* group key -> index in aggs */
    struct agg *aggs;
    size_t naggs, aaggs;
    struct total *totals;
    size_t ntotals, atotals;
    long records_rows;
    int have_records;
    struct foi_buf key;        /* scratch for composite keys */
};

static void set_fatal(struct vctx *v, int code)
{
    if (!v->fatal)
        v->fatal = code;
}

/* ------------------------------------------------------------ reporting */
/* 'text' quoted for a message: control characters escaped, at most ~40 bytes
 * (cut on a character boundary). */
static const char *quoted(char *buf, size_t bufsz, const char *s)
{
    size_t j = 0, max = bufsz > 48 ? 40 : bufsz - 8;
    buf[j++] = '\'';
    size_t i = 0;
    for (; s[i] && j < max; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            buf[j++] = '\\';
            buf[j++] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
        } else if (c < 0x20 || c == 0x7f) {
            buf[j++] = '?';
        } else {
            buf[j++] = (char)c;
        }
    }
    if (s[i]) {
        while (j > 1 && ((unsigned char)buf[j - 1] & 0xC0) == 0x80)
            j--;
        if (j > 1 && (unsigned char)buf[j - 1] >= 0xC0)
            j--;
        memcpy(buf + j, "...", 3);
        j += 3;
    }
    buf[j++] = '\'';
    buf[j] = '\0';
    return buf;
}

static void problem(struct vctx *v, const char *file, long row, long line, const char *col,
                    const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void problem(struct vctx *v, const char *file, long row, long line, const char *col,
                    const char *fmt, ...)
{
    v->nproblems++;
    if (v->nlines >= FOI_VALIDATE_MAX_LINES)
        return;
    v->nlines++;
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int rc = foi_buf_printf(v->report, "%s: ", file);
    if (!rc && row > 0)
        rc = foi_buf_printf(v->report, "row %ld (line %ld): ", row, line);
    else if (!rc && line > 0)
        rc = foi_buf_printf(v->report, "line %ld: ", line);
    if (!rc && col)
        rc = foi_buf_printf(v->report, "%s: ", col);
    if (!rc)
        rc = foi_buf_printf(v->report, "%s\n", msg);
    if (rc)
        set_fatal(v, rc);
}

/* ------------------------------------------------------------ value types */
static int all_digits(const char *s, size_t n)
{
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* Table Schema integer: optional '-', digits, within int64. */
static int parse_int(const char *s, int64_t *out)
{
    int neg = *s == '-';
    const char *d = s + neg;
    uint64_t u;
    if (foi_parse_u64(d, strlen(d), &u))
        return 0;
    if (neg) {
        if (u > (uint64_t)INT64_MAX + 1)
            return 0;
        *out = u == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)u;
    } else {
        if (u > (uint64_t)INT64_MAX)
            return 0;
        *out = (int64_t)u;
    }
    return 1;
}

/* Decimal number: -?digits(.digits)?([eE][+-]?digits)? and finite. */
static int parse_number(const char *s, double *out)
{
    const char *p = s;
    if (*p == '-')
        p++;
    size_t n = strspn(p, "0123456789");
    if (!n)
        return 0;
    p += n;
    if (*p == '.') {
        p++;
        n = strspn(p, "0123456789");
        if (!n)
            return 0;
        p += n;
    }
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        n = strspn(p, "0123456789");
        if (!n)
            return 0;
        p += n;
    }
    if (*p)
        return 0;
    errno = 0;
    double d = strtod(s, NULL);
    if (errno == ERANGE || !isfinite(d))
        return 0;
    *out = d;
    return 1;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* YYYY-MM-DD, a real calendar date. */
static int valid_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || !all_digits(s, 4) ||
        !all_digits(s + 5, 2) || !all_digits(s + 8, 2))
        return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return 0;
    return d <= dim[m - 1] + (m == 2 && leap(y));
}

static int in_enum(const json_t *e, const char *s)
{
    size_t i;
    json_t *x;
    json_array_foreach(e, i, x) {
        const char *t = json_string_value(x);
        if (t && !strcmp(t, s))
            return 1;
    }
    return 0;
}

/* "a, b, c, ..." for a message. */
static void enum_list(const json_t *e, char *buf, size_t bufsz)
{
    size_t j = 0, i;
    json_t *x;
    buf[0] = '\0';
    json_array_foreach(e, i, x) {
        const char *t = json_string_value(x);
        int n;
        if (i == MAX_ENUM_SHOWN) {
            snprintf(buf + j, bufsz - j, ", ...");
            return;
        }
        n = snprintf(buf + j, bufsz - j, "%s%s", i ? ", " : "", t ? t : "?");
        if (n < 0 || (size_t)n >= bufsz - j)
            return;
        j += (size_t)n;
    }
}

static int is_missing(const struct res *r, const char *s)
{
    if (!r->missing)
        return *s == '\0';
    return in_enum(r->missing, s);
}

/* ------------------------------------------------------ reading the schema */
static enum ftype ftype_of(const char *t)
{
    if (!strcmp(t, "string")) return T_STRING;
    if (!strcmp(t, "integer")) return T_INTEGER;
    if (!strcmp(t, "number")) return T_NUMBER;
    if (!strcmp(t, "date")) return T_DATE;
    return T_OTHER;
}

static enum role role_of(const char *name)
{
    if (!strcmp(name, "records")) return R_RECORDS;
    if (!strcmp(name, "comparable")) return R_COMPARABLE;
    if (!strcmp(name, "sources")) return R_SOURCES;
    if (!strcmp(name, "issues")) return R_ISSUES;
    return R_OTHER;
}

static int field_index(const struct res *r, const char *name)
{
    for (int i = 0; i < r->nf; i++)
        if (!strcmp(r->f[i].name, name))
            return i;
    return -1;
}

/* A resource path must name a plain file inside OUT_DIR. */
static int safe_path(const char *p)
{
    return *p && *p != '.' && !strchr(p, '/') && !strchr(p, '\\');
}

static const char DP[] = "datapackage.json";

/* Field names from a key spec: a string or an array of strings. */
static int key_fields(struct vctx *v, struct res *r, json_t *spec, int **out, int *n, const char *what)
{
    *out = NULL;
    *n = 0;
    size_t cnt = json_is_string(spec) ? 1 : json_is_array(spec) ? json_array_size(spec) : 0;
    if (!cnt) {
        problem(v, DP, 0, 0, NULL, "resource %s: %s is neither a field name nor a list", r->name, what);
        return 0;
    }
    int *idx = foi_arena_alloc(&v->arena, cnt * sizeof *idx);
    if (!idx)
        return -FOI_ENOMEM;
    for (size_t i = 0; i < cnt; i++) {
        json_t *s = json_is_string(spec) ? spec : json_array_get(spec, i);
        const char *name = json_string_value(s);
        idx[i] = name ? field_index(r, name) : -1;
        if (idx[i] < 0) {
            problem(v, DP, 0, 0, NULL, "resource %s: %s names unknown field '%s'", r->name, what,
                    name ? name : "?");
            return 0;
        }
    }
    *out = idx;
    *n = (int)cnt;
    return 0;
}

static int load_field(struct vctx *v, struct res *r, json_t *jf, struct fspec *f)
{
    memset(f, 0, sizeof *f);
    f->name = json_string_value(json_object_get(jf, "name"));
    if (!f->name) {
        problem(v, DP, 0, 0, NULL, "resource %s: a field has no name", r->name);
        f->name = "";
    }
    f->type_name = json_string_value(json_object_get(jf, "type"));
    if (!f->type_name)
        f->type_name = "string";
    f->type = ftype_of(f->type_name);
    if (f->type == T_OTHER)
        problem(v, DP, 0, 0, NULL, "resource %s: field %s: type '%s' is not checked", r->name,
                f->name, f->type_name);
    json_t *c = json_object_get(jf, "constraints");
    if (!json_is_object(c))
        return 0;
    f->required = json_is_true(json_object_get(c, "required"));
    json_t *e = json_object_get(c, "enum");
    if (json_is_array(e))
        f->enumv = e;
    json_t *mn = json_object_get(c, "minimum"), *mx = json_object_get(c, "maximum");
    if (json_is_number(mn))
        f->has_min = 1, f->min = json_number_value(mn);
    if (json_is_number(mx))
        f->has_max = 1, f->max = json_number_value(mx);
    f->pattern = json_string_value(json_object_get(c, "pattern"));
    if (f->pattern) {
        int ec;
        PCRE2_SIZE off;
        pcre2_compile_context *cc = pcre2_compile_context_create(v->gctx);
        if (!cc)
            return -FOI_ENOMEM;
        /* Table Schema patterns are implicitly anchored at both ends. */
        f->re = pcre2_compile((PCRE2_SPTR)f->pattern, PCRE2_ZERO_TERMINATED,
                              PCRE2_UTF | PCRE2_ANCHORED | PCRE2_ENDANCHORED, &ec, &off, cc);
        pcre2_compile_context_free(cc);
        if (!f->re) {
            if (ec == PCRE2_ERROR_NOMEMORY)
                return -FOI_ENOMEM;
            PCRE2_UCHAR msg[160];
            pcre2_get_error_message(ec, msg, sizeof msg);
            problem(v, DP, 0, 0, NULL, "resource %s: field %s: bad pattern at %zu: %s", r->name,
                    f->name, (size_t)off, (const char *)msg);
        }
    }
    return 0;
}

/* The taxonomy vocabulary a column of this resource is checked against. */
static int vocab_of(enum role role, const char *name)
{
    if (role != R_RECORDS && role != R_COMPARABLE && role != R_SOURCES)
        return 0;
    if (!strcmp(name, "force_id")) return FOI_VOCAB_FORCE + 1;
    if (role == R_SOURCES) return 0;
    if (!strcmp(name, "category")) return FOI_VOCAB_CATEGORY + 1;
    if (!strcmp(name, "measure")) return FOI_VOCAB_MEASURE + 1;
    if (!strcmp(name, "subject")) return FOI_VOCAB_SUBJECT + 1;
    if (!strcmp(name, "outcome") && role == R_RECORDS) return FOI_VOCAB_OUTCOME + 1;
    return 0;
}

static int load_resource(struct vctx *v, json_t *jr, struct res *r)
{
    memset(r, 0, sizeof *r);
    for (int k = 0; k < NKEYS; k++)
        r->col[k] = -1;
    r->name = json_string_value(json_object_get(jr, "name"));
    r->path = json_string_value(json_object_get(jr, "path"));
    if (!r->name)
        r->name = r->path ? r->path : "?";
    if (!r->path || !safe_path(r->path)) {
        problem(v, DP, 0, 0, NULL, "resource %s: path %s is not a file name in the output folder",
                r->name, r->path ? r->path : "(none)");
        r->path = NULL;
        return 0;
    }
    r->role = role_of(r->name);
    json_t *schema = json_object_get(jr, "schema");
    json_t *fields = json_object_get(schema, "fields");
    if (!json_is_array(fields) || !json_array_size(fields)) {
        problem(v, DP, 0, 0, NULL, "resource %s: no schema fields", r->name);
        r->path = NULL;
        return 0;
    }
    json_t *mv = json_object_get(schema, "missingValues");
    r->missing = json_is_array(mv) ? mv : NULL;
    r->nf = (int)json_array_size(fields);
    r->f = foi_arena_alloc(&v->arena, (size_t)r->nf * sizeof *r->f);
    if (!r->f)
        return -FOI_ENOMEM;
    for (int i = 0; i < r->nf; i++) {
        int rc = load_field(v, r, json_array_get(fields, (size_t)i), &r->f[i]);
        if (rc)
            return rc;
        r->f[i].vocab = vocab_of(r->role, r->f[i].name);
    }
    for (int k = 0; k < NKEYS; k++)
        r->col[k] = field_index(r, key_names[k]);
    json_t *pk = json_object_get(schema, "primaryKey");
    if (pk) {
        int rc = key_fields(v, r, pk, &r->pk, &r->npk, "primaryKey");
        if (rc)
            return rc;
    }
    return 0;
}

/* Foreign keys, once every resource is known. */
static int load_fkeys(struct vctx *v, json_t *jr, struct res *r, struct res *all, int nres)
{
    json_t *fks = json_object_get(json_object_get(jr, "schema"), "foreignKeys");
    if (!json_is_array(fks) || !r->path)
        return 0;
    size_t n = json_array_size(fks);
    r->fk = foi_arena_alloc(&v->arena, (n ? n : 1) * sizeof *r->fk);
    if (!r->fk)
        return -FOI_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        json_t *fk = json_array_get(fks, i), *ref = json_object_get(fk, "reference");
        int *from, nfrom, rc;
        if ((rc = key_fields(v, r, json_object_get(fk, "fields"), &from, &nfrom, "foreignKeys")))
            return rc;
        if (!from)
            continue;
        const char *rname = json_string_value(json_object_get(ref, "resource"));
        json_t *rfields = json_object_get(ref, "fields");
        const char *rfield = json_is_string(rfields) ? json_string_value(rfields)
                           : json_string_value(json_array_get(rfields, 0));
        if (nfrom != 1 || (json_is_array(rfields) && json_array_size(rfields) != 1)) {
            problem(v, DP, 0, 0, NULL, "resource %s: composite foreign keys are not checked", r->name);
            continue;
        }
        struct fkey *k = &r->fk[r->nfk];
        k->field = from[0];
        k->ref_res = k->ref_field = -1;
        for (int j = 0; rname && j < nres; j++)
            if (all[j].path && !strcmp(all[j].name, rname))
                k->ref_res = j;
        if (k->ref_res >= 0 && rfield)
            k->ref_field = field_index(&all[k->ref_res], rfield);
        if (k->ref_res < 0 || k->ref_field < 0) {
            problem(v, DP, 0, 0, NULL, "resource %s: foreign key %s refers to unknown %s.%s",
                    r->name, r->f[k->field].name, rname ? rname : "?", rfield ? rfield : "?");
            continue;
        }
        all[k->ref_res].referenced = 1;
        all[k->ref_res].f[k->ref_field].collect = 1;
        r->nfk++;
    }
    return 0;
}

/* --------------------------------------------------------- reading files */
/* Whole file into b; 0, or an errno (problem reported by the caller). */
static int read_file(const char *path, struct foi_buf *b, int *fatal)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return errno ? errno : EIO;
    char chunk[65536];
    size_t n;
    int e = 0;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        int rc = foi_buf_add(b, chunk, n);
        if (rc) {
            if (rc == FOI_ENOMEM)
                *fatal = rc;
            e = EFBIG;
            break;
        }
    }
    if (!e && ferror(fp))
        e = errno ? errno : EIO;
    fclose(fp);
    return e;
}

static int join_path(struct vctx *v, const char *name, struct foi_buf *out)
{
    foi_buf_reset(out);
    int rc = foi_buf_printf(out, "%s/%s", v->dir, name);
    if (rc)
        set_fatal(v, rc);
    return rc;
}

/* ---------------------------------------------------------- CSV checking */
struct reader {
    struct vctx *v;
    struct res *r, *all;
    struct foi_buf data;      /* this row's fields, each NUL-terminated */
    size_t *off;
    int nf, af;
    long row;                 /* data rows seen (0 while the header is read) */
    long line, start_line;    /* line being fed; line the current row began on */
    int open;                 /* a row has begun and not ended */
    int header_seen, header_ok;
    int too_wide;
    int complete;             /* the whole file was parsed */
    const char *vals[MAX_FIELDS];
};

static void on_field(void *s, size_t len, void *data)
{
    struct reader *rd = data;
    if (rd->v->fatal)
        return;
    if (rd->nf >= MAX_FIELDS) {
        rd->too_wide = 1;
        return;
    }
    if (rd->nf == rd->af) {
        int na = rd->af ? rd->af * 2 : 32;
        size_t *o = foi_realloc(rd->off, (size_t)na * sizeof *o);
        if (!o) {
            set_fatal(rd->v, FOI_ENOMEM);
            return;
        }
        rd->off = o;
        rd->af = na;
    }
    rd->off[rd->nf++] = rd->data.len;
    int rc = foi_buf_add(&rd->data, s ? s : "", s ? len : 0);
    if (!rc)
        rc = foi_buf_addc(&rd->data, '\0');
    if (rc)
        set_fatal(rd->v, rc);
    if (s && memchr(s, '\0', len))
        problem(rd->v, rd->r->path, rd->row + 1, rd->start_line, NULL, "field %d holds a NUL byte",
                rd->nf);
}

static void check_header(struct reader *rd)
{
    struct vctx *v = rd->v;
    struct res *r = rd->r;
    int ok = rd->nf == r->nf;
    for (int i = 0; ok && i < r->nf; i++)
        ok = !strcmp(rd->vals[i], r->f[i].name);
    rd->header_ok = ok;
    if (ok)
        return;
    int reported = 0;
    for (int i = 0; i < r->nf; i++) {
        int found = 0;
        for (int j = 0; j < rd->nf && !found; j++)
            found = !strcmp(rd->vals[j], r->f[i].name);
        if (!found) {
            problem(v, r->path, 0, rd->start_line, "header", "column '%s' is missing", r->f[i].name);
            reported = 1;
        }
    }
    char q[64];
    for (int j = 0; j < rd->nf; j++)
        if (field_index(r, rd->vals[j]) < 0) {
            problem(v, r->path, 0, rd->start_line, "header", "unexpected column %s",
                    quoted(q, sizeof q, rd->vals[j]));
            reported = 1;
        }
    for (int i = 0; !reported && i < r->nf && i < rd->nf; i++)
        if (strcmp(rd->vals[i], r->f[i].name)) {
            problem(v, r->path, 0, rd->start_line, "header",
                    "columns are out of order: expected '%s' as column %d, found %s",
                    r->f[i].name, i + 1, quoted(q, sizeof q, rd->vals[i]));
            reported = 1;
        }
    if (!reported)
        problem(v, r->path, 0, rd->start_line, "header", "does not match the schema");
    problem(v, r->path, 0, 0, NULL, "rows not checked: the header does not match datapackage.json");
}

/* Type and constraints of one value; 1 when it is valid. */
static int check_value(struct reader *rd, const struct fspec *f, const char *s)
{
    struct vctx *v = rd->v;
    const char *file = rd->r->path;
    long row = rd->row, line = rd->start_line;
    char q[64], list[256];
    if (!foi_utf8_valid(s, strlen(s))) {
        problem(v, file, row, line, f->name, "not valid UTF-8");
        return 0;
    }
    if (is_missing(rd->r, s)) {
        if (f->required) {
            problem(v, file, row, line, f->name, "is required but empty");
            return 0;
        }
        return 1;
    }
    double num = 0;
    int64_t iv;
    switch (f->type) {
    case T_INTEGER:
        if (!parse_int(s, &iv)) {
            problem(v, file, row, line, f->name, "%s is not an integer", quoted(q, sizeof q, s));
            return 0;
        }
        num = (double)iv;
        break;
    case T_NUMBER:
        if (!parse_number(s, &num)) {
            problem(v, file, row, line, f->name, "%s is not a number", quoted(q, sizeof q, s));
            return 0;
        }
        break;
    case T_DATE:
        if (!valid_date(s)) {
            problem(v, file, row, line, f->name, "%s is not a date (YYYY-MM-DD)",
                    quoted(q, sizeof q, s));
            return 0;
        }
        break;
    default:
        break;
    }
    if ((f->type == T_INTEGER || f->type == T_NUMBER) &&
        ((f->has_min && num < f->min) || (f->has_max && num > f->max))) {
        problem(v, file, row, line, f->name, "%s is outside %g..%g", quoted(q, sizeof q, s),
                f->has_min ? f->min : -INFINITY, f->has_max ? f->max : INFINITY);
        return 0;
    }
    if (f->enumv && !in_enum(f->enumv, s)) {
        enum_list(f->enumv, list, sizeof list);
        problem(v, file, row, line, f->name, "%s is not one of %s", quoted(q, sizeof q, s), list);
        return 0;
    }
    if (f->re) {
        int m = pcre2_match(f->re, (PCRE2_SPTR)s, strlen(s), 0, 0, v->md, v->mctx);
        if (m == PCRE2_ERROR_NOMATCH) {
            problem(v, file, row, line, f->name, "%s does not match %s", quoted(q, sizeof q, s),
                    f->pattern);
            return 0;
        }
        if (m < 0) {
            PCRE2_UCHAR msg[160];
            pcre2_get_error_message(m, msg, sizeof msg);
            problem(v, file, row, line, f->name, "cannot match %s: %s", quoted(q, sizeof q, s),
                    (const char *)msg);
            return 0;
        }
    }
    if (f->vocab && v->tax) {
        enum foi_vocab voc = (enum foi_vocab)(f->vocab - 1);
        int ok = foi_taxonomy_has(v->tax, voc, s);
        /* a source whose figures belong to several forces (SPEC) */
        if (!ok && voc == FOI_VOCAB_FORCE && rd->r->role == R_SOURCES)
            ok = !strcmp(s, "multiple");
        if (!ok) {
            problem(v, file, row, line, f->name, "%s is not a canonical %s id", quoted(q, sizeof q, s),
                    foi_vocab_name(voc));
            return 0;
        }
    }
    return 1;
}

/* Composite key of the given fields into v->key (joined with \x1f). */
static int make_key(struct reader *rd, const int *idx, int n)
{
    foi_buf_reset(&rd->v->key);
    int rc = 0;
    for (int i = 0; !rc && i < n; i++) {
        if (i)
            rc = foi_buf_addc(&rd->v->key, '\x1f');
        if (!rc)
            rc = foi_buf_adds(&rd->v->key, rd->vals[idx[i]]);
    }
    if (rc)
        set_fatal(rd->v, rc);
    return rc;
}

static const char *col(struct reader *rd, int k)
{
    int i = rd->r->col[k];
    return i >= 0 ? rd->vals[i] : NULL;
}

static void period_rule(struct reader *rd)
{
    const char *a = col(rd, K_PERIOD_START), *b = col(rd, K_PERIOD_END);
    if (!a || !b)
        return;
    if (!*a != !*b)
        problem(rd->v, rd->r->path, rd->row, rd->start_line, *a ? "period_end" : "period_start",
                "is empty but %s is not", *a ? "period_start" : "period_end");
    else if (*a && valid_date(a) && valid_date(b) && strcmp(a, b) > 0)
        problem(rd->v, rd->r->path, rd->row, rd->start_line, "period_end",
                "'%s' is before period_start '%s'", b, a);
}

/* value_status consistency of a records.csv row, then its part in the sum rule. */
static void record_rules(struct reader *rd)
{
    struct vctx *v = rd->v;
    const char *file = rd->r->path;
    long row = rd->row, line = rd->start_line;
    const char *st = col(rd, K_VALUE_STATUS), *vs = col(rd, K_VALUE), *mins = col(rd, K_VALUE_MIN),
               *maxs = col(rd, K_VALUE_MAX);
    period_rule(rd);
    if (!st || !vs || !mins || !maxs)
        return;
    int64_t val = 0, lo = 0, hi = 0;
    int hv = *vs != 0, hl = *mins != 0, hh = *maxs != 0;
    if ((hv && !parse_int(vs, &val)) || (hl && !parse_int(mins, &lo)) || (hh && !parse_int(maxs, &hi)))
        return;   /* already reported as a type problem */
    if (!strcmp(st, "reported")) {
        if (!hv)
            problem(v, file, row, line, "value", "is empty but value_status is reported");
        else if (!hl || lo != val)
            problem(v, file, row, line, "value_min", "'%s' should equal value '%s' when reported",
                    mins, vs);
        else if (!hh || hi != val)
            problem(v, file, row, line, "value_max", "'%s' should equal value '%s' when reported",
                    maxs, vs);
    } else if (!strcmp(st, "suppressed")) {
        if (hv)
            problem(v, file, row, line, "value", "'%s' should be empty when suppressed", vs);
    } else if (!strcmp(st, "refused") || !strcmp(st, "not_held") || !strcmp(st, "ncnd")) {
        if (hv || hl || hh)
            problem(v, file, row, line, hv ? "value" : hl ? "value_min" : "value_max",
                    "should be empty when value_status is %s", st);
    } else if (!strcmp(st, "approximate")) {
        if (!hv && !hl && !hh)
            problem(v, file, row, line, "value", "an approximate figure needs a value or a bound");
    }
    if (hl && hh && lo > hi)
        problem(v, file, row, line, "value_max", "'%s' is below value_min '%s'", maxs, mins);
    else if (hv && ((hl && val < lo) || (hh && val > hi)))
        problem(v, file, row, line, "value", "'%s' is outside its bounds %s..%s", vs, mins, maxs);

    /* the sum rule: the row joins a dataset that foi_check_sums (the very
     * check the build runs) examines once every row is read */
    if (!v->sumds_ready) {
        foi_dataset_init(&v->sumds);
        v->sumds_ready = 1;
    }
    struct foi_record r;
    memset(&r, 0, sizeof r);
    const char *ps = col(rd, K_PERIOD_START), *pe = col(rd, K_PERIOD_END);
    if (!ps || !pe || strlen(ps) > 10 || strlen(pe) > 10)
        return;
    memcpy(r.period_start, ps, strlen(ps) + 1);
    memcpy(r.period_end, pe, strlen(pe) + 1);
    r.source_file = col(rd, K_SOURCE_FILE);
    r.force_id = col(rd, K_FORCE_ID);
    r.category = col(rd, K_CATEGORY);
    r.measure = col(rd, K_MEASURE);
    r.subject = col(rd, K_SUBJECT);
    r.outcome = col(rd, K_OUTCOME);
    r.outcome_raw = col(rd, K_OUTCOME_RAW);
    r.locator = col(rd, K_LOCATOR);
    if (!r.source_file || !r.outcome || !r.locator)
        return;
    r.v.status = !strcmp(st, "reported") ? FOI_VS_REPORTED : !strcmp(st, "suppressed") ? FOI_VS_SUPPRESSED
               : !strcmp(st, "refused") ? FOI_VS_REFUSED : !strcmp(st, "not_held") ? FOI_VS_NOT_HELD
               : !strcmp(st, "approximate") ? FOI_VS_APPROXIMATE : !strcmp(st, "ncnd") ? FOI_VS_NCND
               : FOI_VS_NONE;
    r.v.value = val; r.v.has_value = hv;
    r.v.min = lo; r.v.has_min = hl;
    r.v.max = hi; r.v.has_max = hh;
    if (foi_dataset_add_record(&v->sumds, &r)) {
        set_fatal(v, FOI_ENOMEM);
        return;
    }
    char *key = foi_arena_printf(&v->arena, "%s\x1f%s", r.source_file, r.locator);
    if (!key || smap_put(&v->rowmap, &v->arena, key, strlen(key), row, NULL) < 0 ||
        smap_put(&v->linemap, &v->arena, key, strlen(key), line, NULL) < 0)
        set_fatal(v, FOI_ENOMEM);
}

static void issue_rules(struct reader *rd)
{
    const char *code = col(rd, K_CODE), *src = col(rd, K_SOURCE_FILE), *loc = col(rd, K_LOCATOR);
    if (!code || !src || !loc || strcmp(code, "sum_mismatch"))
        return;
    struct vctx *v = rd->v;
    foi_buf_reset(&v->key);
    if (foi_buf_printf(&v->key, "%s\x1f%s", src, loc)) {
        set_fatal(v, FOI_ENOMEM);
        return;
    }
    int put = smap_put(&v->sum_ok, &v->arena, v->key.data, v->key.len, 0, NULL);
    if (put < 0)
        set_fatal(v, -put);
}

static void check_fkeys(struct reader *rd)
{
    struct res *r = rd->r;
    for (int i = 0; i < r->nfk; i++) {
        const struct fkey *k = &r->fk[i];
        const char *s = rd->vals[k->field];
        const struct res *t = &rd->all[k->ref_res];
        if (is_missing(r, s) || !t->read_ok)
            continue;
        if (!smap_find(&t->f[k->ref_field].values, s, strlen(s))) {
            char q[64];
            problem(rd->v, r->path, rd->row, rd->start_line, r->f[k->field].name,
                    "%s is not in %s (%s)", quoted(q, sizeof q, s), t->path, t->f[k->ref_field].name);
        }
    }
}

static void check_pkey(struct reader *rd)
{
    struct vctx *v = rd->v;
    struct res *r = rd->r;
    if (!r->npk || make_key(rd, r->pk, r->npk))
        return;
    long first = 0;
    int put = smap_put(&r->pkeys, &v->arena, v->key.data, v->key.len, rd->row, &first);
    if (put < 0) {
        set_fatal(v, -put);
    } else if (put == 1) {
        char q[64];
        problem(v, r->path, rd->row, rd->start_line, r->f[r->pk[0]].name,
                "primary key %s repeats row %ld", quoted(q, sizeof q, v->key.data), first);
    }
}

static void data_row(struct reader *rd)
{
    struct vctx *v = rd->v;
    struct res *r = rd->r;
    if (rd->too_wide || rd->nf != r->nf) {
        problem(v, r->path, rd->row, rd->start_line, NULL, "%s%d fields, expected %d",
                rd->too_wide ? "more than " : "", rd->nf, r->nf);
        return;
    }
    for (int i = 0; i < r->nf; i++)
        check_value(rd, &r->f[i], rd->vals[i]);
    check_pkey(rd);
    for (int i = 0; i < r->nf; i++) {
        if (!r->f[i].collect || is_missing(r, rd->vals[i]))
            continue;
        int put = smap_put(&r->f[i].values, &v->arena, rd->vals[i], strlen(rd->vals[i]), 0, NULL);
        if (put < 0)
            set_fatal(v, -put);
    }
    check_fkeys(rd);
    if (r->role == R_RECORDS)
        record_rules(rd);
    else if (r->role == R_COMPARABLE)
        period_rule(rd);
    else if (r->role == R_ISSUES)
        issue_rules(rd);
}

static void on_row(struct reader *rd)
{
    rd->open = 0;
    if (!rd->v->fatal) {
        for (int i = 0; i < rd->nf; i++)
            rd->vals[i] = rd->data.data + rd->off[i];
        if (!rd->header_seen) {
            rd->header_seen = 1;
            if (rd->too_wide)
                problem(rd->v, rd->r->path, 0, rd->start_line, "header", "more than %d columns",
                        MAX_FIELDS);
            else
                check_header(rd);
        } else {
            rd->row++;
            if (rd->header_ok)
                data_row(rd);
        }
    }
    rd->nf = 0;
    rd->too_wide = 0;
    foi_buf_reset(&rd->data);
}

static void on_end(int c, void *data)
{
    (void)c;
    on_row(data);
}

static int no_space(unsigned char c)
{
    (void)c;
    return 0;   /* keep every byte: our files never pad fields */
}

/* Feed the file to libcsv a line at a time, so that rows know their line. */
static void parse_csv(struct reader *rd, const char *p, size_t n)
{
    struct vctx *v = rd->v;
    struct csv_parser cp;
    if (csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        set_fatal(v, FOI_ENOMEM);
        return;
    }
    csv_set_space_func(&cp, no_space);
    csv_set_realloc_func(&cp, foi_realloc);
    csv_set_free_func(&cp, foi_free);
    size_t i = 0;
    rd->line = 1;
    int bad = 0;
    while (i < n && !v->fatal) {
        const char *nl = memchr(p + i, '\n', n - i);
        size_t len = nl ? (size_t)(nl - (p + i)) + 1 : n - i;
        int blank = (len == 1 && p[i] == '\n') || (len == 2 && p[i] == '\r' && p[i + 1] == '\n');
        if (!rd->open && blank) {
            problem(v, rd->r->path, 0, rd->line, NULL, "empty line");
        } else {
            if (!rd->open) {
                rd->open = 1;
                rd->start_line = rd->line;
            }
            if (csv_parse(&cp, p + i, len, on_field, on_end, rd) != len) {
                int e = csv_error(&cp);
                if (e == CSV_ENOMEM || e == CSV_ETOOBIG)
                    set_fatal(v, FOI_ENOMEM);
                else
                    problem(v, rd->r->path, 0, rd->line, NULL,
                            "malformed CSV: %s (rows after it not checked)",
                            e == CSV_EPARSE ? "a quote out of place" : csv_strerror(e));
                bad = 1;
                break;
            }
        }
        i += len;
        if (nl)
            rd->line++;
    }
    if (!bad && !v->fatal && csv_fini(&cp, on_field, on_end, rd) != 0)
        problem(v, rd->r->path, 0, rd->start_line, NULL, "malformed CSV: %s",
                csv_error(&cp) == CSV_EPARSE ? "a quoted field is not closed" :
                csv_strerror(csv_error(&cp)));
    else if (!bad && !v->fatal)
        rd->complete = 1;
    csv_free(&cp);
    if (!bad && !v->fatal && !rd->header_seen)
        problem(v, rd->r->path, 0, 0, NULL, "empty file: no header");
}

static void check_resource(struct vctx *v, struct res *r, struct res *all)
{
    struct foi_buf path, content;
    foi_buf_init(&path, 0);
    foi_buf_init(&content, MAX_FILE);
    if (join_path(v, r->path, &path))
        return;
    int fatal = 0;
    int e = read_file(path.data, &content, &fatal);
    foi_buf_release(&path);
    if (fatal)
        set_fatal(v, fatal);
    if (e) {
        problem(v, r->path, 0, 0, NULL, "cannot read: %s", e == EFBIG ? "too large to check" : strerror(e));
        foi_buf_release(&content);
        return;
    }
    struct reader *rd = foi_calloc(1, sizeof *rd);
    if (!rd) {
        set_fatal(v, FOI_ENOMEM);
        foi_buf_release(&content);
        return;
    }
    rd->v = v;
    rd->r = r;
    rd->all = all;
    foi_buf_init(&rd->data, 0);
    parse_csv(rd, content.data ? content.data : "", content.len);
    r->read_ok = rd->header_ok;
    if (r->role == R_RECORDS && rd->complete) {   /* a row count to compare with */
        v->have_records = 1;
        v->records_rows = rd->row;
    }
    foi_buf_release(&rd->data);
    foi_free(rd->off);
    foi_free(rd);
    foi_buf_release(&content);
}

/* The sum rule, exactly as the build checks it (foi_check_sums): every
 * sum_mismatch it finds must be listed in issues.csv for that total's
 * source_file and locator. */
static void check_sums(struct vctx *v, const char *file)
{
    if (!v->sumds_ready)
        return;
    size_t before = v->sumds.nissues;
    foi_dataset_sort(&v->sumds);
    struct foi_issue_sink sink = foi_dataset_issue_sink(&v->sumds);
    if (foi_check_sums(&v->sumds, &sink)) {
        set_fatal(v, FOI_ENOMEM);
        return;
    }
    for (size_t i = before; i < v->sumds.nissues; i++) {
        const struct foi_issue *is = &v->sumds.issues[i];
        if (strcmp(is->code, "sum_mismatch"))
            continue;
        char *key = foi_arena_printf(&v->arena, "%s\x1f%s", is->source_file, is->locator);
        if (!key) {
            set_fatal(v, FOI_ENOMEM);
            return;
        }
        if (smap_find(&v->sum_ok, key, strlen(key)))
            continue;
        long *row = smap_find(&v->rowmap, key, strlen(key));
        long *line = smap_find(&v->linemap, key, strlen(key));
        problem(v, file, row ? *row : 0, line ? *line : 0, "value",
                "%s (%s) and issues.csv has no sum_mismatch for it", is->message, is->locator);
    }
}

/* --------------------------------------------------- ndjson and sqlite */
static void check_ndjson(struct vctx *v, const struct res *records)
{
    static const char name[] = "records.ndjson";
    struct foi_buf path, content;
    foi_buf_init(&path, 0);
    foi_buf_init(&content, MAX_FILE);
    if (join_path(v, name, &path))
        return;
    int fatal = 0;
    int e = read_file(path.data, &content, &fatal);
    foi_buf_release(&path);
    if (fatal)
        set_fatal(v, fatal);
    if (e) {
        problem(v, name, 0, 0, NULL, "cannot read: %s", e == EFBIG ? "too large to check" : strerror(e));
        foi_buf_release(&content);
        return;
    }
    long lines = 0;
    size_t i = 0;
    const char *p = content.data ? content.data : "";
    while (i < content.len && !v->fatal) {
        const char *nl = memchr(p + i, '\n', content.len - i);
        size_t len = nl ? (size_t)(nl - (p + i)) : content.len - i;
        lines++;
        json_error_t je;
        json_t *o = json_loadb(p + i, len, JSON_REJECT_DUPLICATES, &je);
        if (!o)
            problem(v, name, 0, lines, NULL, "not JSON: %s", je.text);
        else if (!json_is_object(o))
            problem(v, name, 0, lines, NULL, "not a JSON object");
        else if (records && json_object_size(o) != (size_t)records->nf)
            problem(v, name, 0, lines, NULL, "%zu keys, records.csv has %d columns",
                    json_object_size(o), records->nf);
        json_decref(o);
        i += len + (nl ? 1 : 0);
    }
    if (content.len && p[content.len - 1] != '\n')
        problem(v, name, 0, lines, NULL, "the last line has no newline");
    if (v->have_records && lines != v->records_rows)
        problem(v, name, 0, 0, NULL, "%ld rows, records.csv has %ld", lines, v->records_rows);
    foi_buf_release(&content);
}

static void check_sqlite(struct vctx *v)
{
    static const char name[] = "foi.sqlite";
    struct foi_buf path;
    foi_buf_init(&path, 0);
    if (join_path(v, name, &path))
        return;
    struct stat st;
    if (stat(path.data, &st) != 0) {
        problem(v, name, 0, 0, NULL, "cannot read: %s", strerror(errno));
        foi_buf_release(&path);
        return;
    }
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    if (sqlite3_open_v2(path.data, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        problem(v, name, 0, 0, NULL, "cannot open: %s", db ? sqlite3_errmsg(db) : "out of memory");
    } else if (sqlite3_prepare_v2(db, "SELECT count(*) FROM records", -1, &q, NULL) != SQLITE_OK ||
               sqlite3_step(q) != SQLITE_ROW) {
        problem(v, name, 0, 0, NULL, "cannot count records: %s", sqlite3_errmsg(db));
    } else {
        long n = (long)sqlite3_column_int64(q, 0);
        if (v->have_records && n != v->records_rows)
            problem(v, name, 0, 0, NULL, "table records has %ld rows, records.csv has %ld", n,
                    v->records_rows);
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    foi_buf_release(&path);
}

/* ------------------------------------------------------------------ main */
static void *pmalloc(PCRE2_SIZE n, void *u)
{
    (void)u;
    return foi_malloc(n);
}

static void pfree(void *p, void *u)
{
    (void)u;
    foi_free(p);
}

static void release_resources(struct res *all, int n)
{
    for (int i = 0; all && i < n; i++) {
        for (int j = 0; all[i].f && j < all[i].nf; j++) {
            pcre2_code_free(all[i].f[j].re);
            smap_release(&all[i].f[j].values);
        }
        smap_release(&all[i].pkeys);
    }
}

static void check_package(struct vctx *v, json_t *pkg)
{
    json_t *jres = json_object_get(pkg, "resources");
    if (!json_is_array(jres) || !json_array_size(jres)) {
        problem(v, DP, 0, 0, NULL, "no resources");
        return;
    }
    const char *profile = json_string_value(json_object_get(pkg, "profile"));
    if (!profile || strcmp(profile, "tabular-data-package"))
        problem(v, DP, 0, 0, "profile", "expected 'tabular-data-package'");
    int n = (int)json_array_size(jres);
    struct res *all = foi_arena_alloc(&v->arena, (size_t)n * sizeof *all);
    if (!all) {
        set_fatal(v, FOI_ENOMEM);
        return;
    }
    int loaded = 0, rc = 0;
    for (int i = 0; i < n && !rc; i++, loaded++)
        rc = load_resource(v, json_array_get(jres, (size_t)i), &all[i]);
    for (int i = 0; i < n && !rc; i++)
        rc = load_fkeys(v, json_array_get(jres, (size_t)i), &all[i], all, n);
    if (rc) {
        set_fatal(v, -rc);
        release_resources(all, loaded);
        return;
    }
    const struct res *records = NULL;
    /* resources others refer to first, so their key values are known */
    for (int pass = 0; pass < 2 && !v->fatal; pass++)
        for (int i = 0; i < n && !v->fatal; i++)
            if (all[i].path && all[i].referenced == !pass)
                check_resource(v, &all[i], all);
    for (int i = 0; i < n; i++)
        if (all[i].path && all[i].role == R_RECORDS)
            records = &all[i];
    if (!records)
        problem(v, DP, 0, 0, NULL, "no records resource");
    else if (!v->fatal)
        check_sums(v, records->path);
    if (!v->fatal)
        check_ndjson(v, records);
    if (!v->fatal)
        check_sqlite(v);
    release_resources(all, n);
}

int foi_validate_dir(const char *out_dir, const struct foi_taxonomy *tax,
                     struct foi_buf *report, int *nproblems, struct foi_err *err)
{
    if (nproblems)
        *nproblems = 0;
    if (!out_dir || !report)
        return foi_errf(err, FOI_EUSAGE, "", "validate: no folder or report");
    struct stat st;
    if (stat(out_dir, &st) != 0)
        return foi_errf(err, FOI_EIO, out_dir, "cannot read: %s", strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return foi_errf(err, FOI_EIO, out_dir, "not a directory");
    json_set_alloc_funcs(foi_malloc, foi_free);

    struct vctx v;
    memset(&v, 0, sizeof v);
    v.dir = out_dir;
    v.tax = tax;
    v.report = report;
    v.err = err;
    foi_arena_init(&v.arena, 0);
    foi_buf_init(&v.key, 0);
    v.gctx = pcre2_general_context_create(pmalloc, pfree, NULL);
    v.mctx = v.gctx ? pcre2_match_context_create(v.gctx) : NULL;
    v.md = v.gctx ? pcre2_match_data_create(4, v.gctx) : NULL;
    if (!v.gctx || !v.mctx || !v.md) {
        set_fatal(&v, FOI_ENOMEM);
    } else {
        pcre2_set_match_limit(v.mctx, 100000);
        pcre2_set_depth_limit(v.mctx, 1000);
        struct foi_buf path;
        foi_buf_init(&path, 0);
        if (!join_path(&v, DP, &path)) {
            json_error_t je;
            json_t *pkg = json_load_file(path.data, JSON_REJECT_DUPLICATES, &je);
            if (!pkg) {
                if (je.line > 0)
                    problem(&v, DP, 0, je.line, NULL, "not valid JSON: %s", je.text);
                else
                    problem(&v, DP, 0, 0, NULL, "cannot read: %s", je.text);
            } else if (!json_is_object(pkg)) {
                problem(&v, DP, 0, 0, NULL, "not a JSON object");
            } else {
                check_package(&v, pkg);
            }
            json_decref(pkg);
        }
        foi_buf_release(&path);
    }
    if (!v.fatal && v.nproblems > v.nlines &&
        foi_buf_printf(report, "... and %ld more problems\n", v.nproblems - v.nlines))
        set_fatal(&v, FOI_ENOMEM);
    pcre2_match_data_free(v.md);
    pcre2_match_context_free(v.mctx);
    pcre2_general_context_free(v.gctx);
    smap_release(&v.sum_ok);
    smap_release(&v.rowmap);
    smap_release(&v.linemap);
    if (v.sumds_ready)
        foi_dataset_release(&v.sumds);
    smap_release(&v.groups);
    foi_free(v.aggs);
    foi_free(v.totals);
    foi_buf_release(&v.key);
    foi_arena_release(&v.arena);
    if (nproblems)
        *nproblems = v.nproblems > INT32_MAX ? INT32_MAX : (int)v.nproblems;
    if (v.fatal)
        return foi_errf(err, v.fatal, out_dir, "%s", foi_strerror(v.fatal));
    return 0;
}
