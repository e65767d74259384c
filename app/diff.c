/* diff.c: `foi diff` and the build's "since the previous build" paragraph
 * (see diff.h): both builds' records.csv / sources.csv read with libcsv in
 * strict mode, figures matched by identity without their source file. */
#include "diff.h"
#include "../export/export.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ model */
enum { F_FORCE, F_PS, F_PE, F_CAT, F_MEAS, F_SUBJ, F_OUTC, F_VAL, F_STATUS, F_VMIN, F_VMAX,
       F_EXEMPT, F_SRC, NF };
enum { NID = 7 };   /* identity: F_FORCE .. F_OUTC */
static const char *const rec_cols[NF] = {
    "force_id", "period_start", "period_end", "category", "measure", "subject", "outcome",
    "value", "value_status", "value_min", "value_max", "exemption", "source_file",
};
/* their positions in foi_record_columns (record.h) */
static const int rec_colno[NF] = { 0, 2, 3, 5, 7, 8, 9, 11, 12, 13, 14, 15, 16 };

enum { S_FILE, S_SHA, S_FORCE, S_STATUS, S_RECORDS, NS };
static const char *const src_cols[NS] = { "source_file", "source_sha256", "force_id", "status",
                                          "records" };

/* Every string is interned once in a pool shared by both builds, and rows
 * hold 32-bit ids: a 350,000-figure build costs about 20 MB a side. Once
 * both sides are read, ids are renumbered in string order (rank), so rows
 * compare as integers. */
struct row { uint32_t f[NF]; };
struct src { uint32_t f[NS]; };

struct pool {
    struct foi_arena a;
    const char **str; size_t n, alloc;   /* id -> string */
    uint32_t *slot; size_t nslot;        /* hash: id + 1, 0 = empty */
};

struct side {
    struct row *rows; size_t nrows, arows;
    struct src *srcs; size_t nsrcs, asrcs;
    int have_sources;
};

static void pool_init(struct pool *p)
{
    memset(p, 0, sizeof *p);
    foi_arena_init(&p->a, 0);
}

static void pool_release(struct pool *p)
{
    foi_free(p->str);
    foi_free(p->slot);
    foi_arena_release(&p->a);
}

static int pool_rehash(struct pool *p)
{
    size_t ns = p->nslot ? p->nslot * 2 : 1024;
    uint32_t *slot = foi_calloc(ns, sizeof *slot);
    if (!slot)
        return FOI_ENOMEM;
    for (size_t i = 0; i < p->n; i++) {
        size_t h = (size_t)foi_hash(p->str[i], strlen(p->str[i])) & (ns - 1);
        while (slot[h])
            h = (h + 1) & (ns - 1);
        slot[h] = (uint32_t)i + 1;
    }
    foi_free(p->slot);
    p->slot = slot;
    p->nslot = ns;
    return 0;
}

/* The id of s[0..n) (no NUL inside); 0 ok, FOI_ENOMEM. */
static int intern(struct pool *p, const char *s, size_t n, uint32_t *id)
{
    if ((p->n + 1) * 2 > p->nslot && pool_rehash(p))
        return FOI_ENOMEM;
    size_t h = (size_t)foi_hash(s, n) & (p->nslot - 1);
    while (p->slot[h]) {
        const char *t = p->str[p->slot[h] - 1];
        if (!strncmp(t, s, n) && t[n] == '\0') {
            *id = p->slot[h] - 1;
            return 0;
        }
        h = (h + 1) & (p->nslot - 1);
    }
    if (p->n >= 0xFFFFFFF0u || foi_grow((void **)&p->str, &p->alloc, p->n, sizeof *p->str))
        return FOI_ENOMEM;
    const char *copy = foi_arena_strndup(&p->a, s, n);
    if (!copy)
        return FOI_ENOMEM;
    p->str[p->n] = copy;
    p->slot[h] = (uint32_t)p->n + 1;
    *id = (uint32_t)p->n++;
    return 0;
}

static const char *S(const struct pool *p, uint32_t id) { return p->str[id]; }

/* The id of a string known to be in the pool. */
static uint32_t lookup(const struct pool *p, const char *s)
{
    size_t h = (size_t)foi_hash(s, strlen(s)) & (p->nslot - 1);
    while (p->slot[h] && strcmp(p->str[p->slot[h] - 1], s))
        h = (h + 1) & (p->nslot - 1);
    return p->slot[h] ? p->slot[h] - 1 : 0;
}

static int str_order(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Renumber ids in string order and rewrite the rows of both sides. */
static int pool_rank(struct pool *p, struct side *a, struct side *b)
{
    const char **sorted = foi_malloc((p->n + 1) * sizeof *sorted);
    uint32_t *rank = foi_malloc((p->n + 1) * sizeof *rank);
    if (!sorted || !rank) {
        foi_free(sorted);
        foi_free(rank);
        return FOI_ENOMEM;
    }
    memcpy(sorted, p->str, p->n * sizeof *sorted);
    qsort(sorted, p->n, sizeof *sorted, str_order);
    /* the rank of each old id: find it through the hash (strings are unique) */
    for (size_t r = 0; r < p->n; r++)
        rank[lookup(p, sorted[r])] = (uint32_t)r;
    struct side *sides[2] = { a, b };
    for (int k = 0; k < 2; k++) {
        if (!sides[k])
            continue;
        for (size_t i = 0; i < sides[k]->nrows; i++)
            for (int f = 0; f < NF; f++)
                sides[k]->rows[i].f[f] = rank[sides[k]->rows[i].f[f]];
        for (size_t i = 0; i < sides[k]->nsrcs; i++)
            for (int f = 0; f < NS; f++)
                sides[k]->srcs[i].f[f] = rank[sides[k]->srcs[i].f[f]];
    }
    memcpy(p->str, sorted, p->n * sizeof *sorted);
    foi_free(p->slot);   /* the hash no longer matches the ids */
    p->slot = NULL;
    p->nslot = 0;
    foi_free(sorted);
    foi_free(rank);
    return 0;
}

static void side_init(struct side *s) { memset(s, 0, sizeof *s); }

static void side_release(struct side *s)
{
    foi_free(s->rows);
    foi_free(s->srcs);
}

static int add_row(struct side *s, const uint32_t *f)
{
    if (foi_grow((void **)&s->rows, &s->arows, s->nrows, sizeof *s->rows))
        return FOI_ENOMEM;
    memcpy(s->rows[s->nrows++].f, f, sizeof(uint32_t) * NF);
    return 0;
}

static int add_src(struct side *s, const uint32_t *f)
{
    if (foi_grow((void **)&s->srcs, &s->asrcs, s->nsrcs, sizeof *s->srcs))
        return FOI_ENOMEM;
    memcpy(s->srcs[s->nsrcs++].f, f, sizeof(uint32_t) * NS);
    return 0;
}

/* ------------------------------------------------------------ reading */
struct pctx {
    struct pool *pool;
    struct side *sd;
    const char *const *want;
    int nwant, is_src;
    int *map;                 /* csv column -> wanted index, or -1 */
    int nmap, amap;
    int header_done, col;
    long row;                 /* 1 = the header */
    uint32_t cur[NF], empty;
    int rc;
    const char *path;
    struct foi_err *err;
    /* records of some sources only, and at most max_rows of them */
    int (*keep)(void *ctx, const char *source_file);
    void *keep_ctx;
    size_t max_rows;
    int over;
};

static void on_field(void *s, size_t len, void *data)
{
    struct pctx *c = data;
    const char *p = s ? s : "";
    if (c->rc)
        return;
    if (!c->header_done) {
        if (c->col == 0 && len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
            p += 3;
            len -= 3;
        }
        if (c->nmap == c->amap) {
            int na = c->amap ? c->amap * 2 : 32;
            int *m = foi_realloc(c->map, (size_t)na * sizeof *m);
            if (!m) {
                c->rc = foi_errf(c->err, FOI_ENOMEM, c->path, "out of memory");
                return;
            }
            c->map = m;
            c->amap = na;
        }
        int idx = -1;
        for (int i = 0; i < c->nwant && idx < 0; i++)
            if (strlen(c->want[i]) == len && !memcmp(c->want[i], p, len))
                idx = i;
        for (int k = 0; k < c->nmap && idx >= 0; k++)
            if (c->map[k] == idx)
                idx = -1;   /* a repeated name: the first one counts */
        c->map[c->nmap++] = idx;
        c->col++;
        return;
    }
    if (c->col < c->nmap && c->map[c->col] >= 0) {
        /* undo the writer's spreadsheet safety: '=... was =... */
        if (len >= 2 && p[0] == '\'' && p[1] && strchr("=+-@\t\r", p[1])) {
            p++;
            len--;
        }
        const char *nul = memchr(p, '\0', len);
        if (nul)
            len = (size_t)(nul - p);
        if (intern(c->pool, p, len, &c->cur[c->map[c->col]])) {
            c->rc = foi_errf(c->err, FOI_ENOMEM, c->path, "out of memory");
            return;
        }
    }
    c->col++;
}

static void on_row(int term, void *data)
{
    struct pctx *c = data;
    (void)term;
    if (c->rc)
        return;
    if (!c->header_done) {
        for (int i = 0; i < c->nwant; i++) {
            int found = 0;
            for (int k = 0; k < c->nmap; k++)
                found |= c->map[k] == i;
            if (!found) {
                c->rc = foi_errf(c->err, FOI_ECORRUPT, c->path, "no column '%s' in the header row",
                                 c->want[i]);
                return;
            }
        }
        c->header_done = 1;
    } else {
        if (c->col != c->nmap) {
            c->rc = foi_errf(c->err, FOI_ECORRUPT, c->path, "row %ld has %d fields; the header has %d",
                             c->row, c->col, c->nmap);
            return;
        }
        int rc = 0;
        if (c->is_src)
            rc = add_src(c->sd, c->cur);
        else if (!c->keep || c->keep(c->keep_ctx, S(c->pool, c->cur[F_SRC]))) {
            if (c->max_rows && c->sd->nrows >= c->max_rows) {
                c->over = 1;
                c->rc = FOI_ERANGE;
                return;
            }
            rc = add_row(c->sd, c->cur);
        }
        if (rc) {
            c->rc = foi_errf(c->err, FOI_ENOMEM, c->path, "out of memory");
            return;
        }
    }
    for (int i = 0; i < NF; i++)
        c->cur[i] = c->empty;
    c->col = 0;
    c->row++;
}

/* Read dir/name into sd. FOI_ENOTFOUND (err untouched) when the file does
 * not exist and optional. */
struct rec_filter {
    int (*keep)(void *ctx, const char *source_file);
    void *ctx;
    size_t max_rows;
};

static int load_csv_f(struct pool *pool, struct side *sd, const char *dir, const char *name, int is_src,
                      int optional, const struct rec_filter *flt, struct foi_err *err)
{
    struct pctx c;
    memset(&c, 0, sizeof c);
    if (flt) {
        c.keep = flt->keep;
        c.keep_ctx = flt->ctx;
        c.max_rows = flt->max_rows;
    }
    char *path = foi_arena_printf(&pool->a, "%s/%s", dir, name);
    if (!path || intern(pool, "", 0, &c.empty))
        return foi_errf(err, FOI_ENOMEM, name, "out of memory");
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        if (optional && errno == ENOENT)
            return FOI_ENOTFOUND;
        return foi_errf(err, FOI_EIO, path, "cannot open: %s", strerror(errno));
    }
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        fclose(fp);
        return foi_errf(err, FOI_ENOMEM, path, "out of memory");
    }
    csv_set_realloc_func(&p, foi_realloc);
    csv_set_free_func(&p, foi_free);
    c.pool = pool;
    c.sd = sd;
    c.is_src = is_src;
    c.want = is_src ? src_cols : rec_cols;
    c.nwant = is_src ? NS : NF;
    c.row = 1;
    c.path = path;
    c.err = err;
    for (int i = 0; i < NF; i++)
        c.cur[i] = c.empty;
    char chunk[65536];
    size_t n;
    int rc = 0;
    while (!c.rc && !rc && (n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (csv_parse(&p, chunk, n, on_field, on_row, &c) != n) {
            int e = csv_error(&p);
            rc = foi_errf(err, e == CSV_ENOMEM ? FOI_ENOMEM : FOI_ECORRUPT, path,
                          "row %ld: %s", c.row, csv_strerror(e));
        }
    }
    if (!rc && !c.rc && ferror(fp))
        rc = foi_errf(err, FOI_EIO, path, "read error");
    if (!rc && !c.rc && csv_fini(&p, on_field, on_row, &c) != 0)
        rc = foi_errf(err, FOI_ECORRUPT, path, "row %ld: %s", c.row, csv_strerror(csv_error(&p)));
    if (!rc && !c.rc && !c.header_done)
        rc = foi_errf(err, FOI_ECORRUPT, path, "no header row");
    csv_free(&p);
    fclose(fp);
    foi_free(c.map);
    return rc ? rc : c.rc;
}

static int load_csv(struct pool *pool, struct side *sd, const char *dir, const char *name, int is_src,
                    int optional, struct foi_err *err)
{
    return load_csv_f(pool, sd, dir, name, is_src, optional, NULL, err);
}

static int load_dir(struct pool *pool, struct side *sd, const char *dir, struct foi_err *err)
{
    int rc = load_csv(pool, sd, dir, "records.csv", 0, 0, err);
    if (rc)
        return rc;
    rc = load_csv(pool, sd, dir, "sources.csv", 1, 1, err);
    if (rc == FOI_ENOTFOUND)
        return 0;
    sd->have_sources = !rc;
    return rc;
}

static int intern_clean(struct pool *pool, const char *s, struct foi_buf *scratch, uint32_t *id)
{
    const char *v = foi_utf8_clean(s ? s : "", scratch);   /* as the CSV writer does */
    return v ? intern(pool, v, strlen(v), id) : FOI_ENOMEM;
}

/* A record or source as the CSV writers would write it, as a row. */
static int ds_record(struct pool *pool, struct side *sd, const struct foi_record *r, struct foi_buf *scratch)
{
    uint32_t f[NF];
    int rc = 0;
    for (int k = 0; k < NF && !rc; k++) {
        char num[32];
        rc = intern_clean(pool, foi_record_field(r, rec_colno[k], num, sizeof num), scratch, &f[k]);
    }
    return rc ? rc : add_row(sd, f);
}

static int ds_source(struct pool *pool, struct side *sd, const struct foi_source *s, struct foi_buf *scratch)
{
    char recs[32];
    snprintf(recs, sizeof recs, "%ld", s->records);
    const char *in[NS] = { s->source_file, s->source_sha256, s->force_id, s->status, recs };
    uint32_t f[NS];
    int rc = 0;
    for (int k = 0; k < NS && !rc; k++)
        rc = intern_clean(pool, in[k], scratch, &f[k]);
    sd->have_sources = 1;
    return rc ? rc : add_src(sd, f);
}

/* The dataset about to be written, as the same rows. */
static int load_ds(struct pool *pool, struct side *sd, const struct foi_dataset *ds)
{
    struct foi_buf scratch;
    foi_buf_init(&scratch, 0);
    int rc = 0;
    for (size_t i = 0; i < ds->nrecords && !rc; i++)
        rc = ds_record(pool, sd, &ds->records[i], &scratch);
    for (size_t i = 0; i < ds->nsources && !rc; i++)
        rc = ds_source(pool, sd, &ds->sources[i], &scratch);
    sd->have_sources = 1;
    foi_buf_release(&scratch);
    return rc;
}

/* ------------------------------------------------------------ comparing */
enum kind { K_SRC_ADD, K_SRC_DEL, K_SRC_CHG, K_FORCE, K_ADD, K_DEL, K_CHG, K_REFUSAL, NKIND };
static const char *const kind_csv[NKIND] = {
    "source_added", "source_removed", "source_changed", "force_answered",
    "added", "removed", "changed", "new_refusal",
};
static const char *const kind_head[NKIND] = {
    "Sources added", "Sources removed", "Sources changed", "Forces newly answered",
    "Figures added", "Figures removed", "Figures changed", "New refusals",
};

struct item {
    const struct row *o, *n;
    const struct src *so, *sn;
    const char *force;
};

struct list { struct item *v; size_t n, a; };

struct diff {
    const struct pool *p;
    struct list k[NKIND];
    int rc;
    int no_figures;            /* sources compared only (the summary says so) */
};

static void push(struct diff *d, int kind, const struct row *o, const struct row *n,
                 const struct src *so, const struct src *sn, const char *force)
{
    struct list *l = &d->k[kind];
    if (d->rc)
        return;
    if (foi_grow((void **)&l->v, &l->a, l->n, sizeof *l->v)) {
        d->rc = FOI_ENOMEM;
        return;
    }
    struct item it = { o, n, so, sn, force };
    l->v[l->n++] = it;
}

static void diff_release(struct diff *d)
{
    for (int i = 0; i < NKIND; i++)
        foi_free(d->k[i].v);
}

static int cmp_u32(uint32_t a, uint32_t b) { return (a > b) - (a < b); }

/* ids are ranks, so these orders are the strings' orders */
static int cmp_fields(const struct row *a, const struct row *b, int from, int to)
{
    for (int i = from; i < to; i++)
        if (a->f[i] != b->f[i])
            return cmp_u32(a->f[i], b->f[i]);
    return 0;
}

static int cmp_id(const struct row *a, const struct row *b) { return cmp_fields(a, b, 0, NID); }

/* value signature: value, status, bounds, exemption */
static int cmp_sig(const struct row *a, const struct row *b) { return cmp_fields(a, b, F_VAL, F_EXEMPT + 1); }

static int cmp_src_sig(const struct row *a, const struct row *b)
{
    int c = cmp_u32(a->f[F_SRC], b->f[F_SRC]);
    return c ? c : cmp_sig(a, b);
}

static int row_order(const void *x, const void *y)
{
    const struct row *a = *(const struct row *const *)x, *b = *(const struct row *const *)y;
    int c = cmp_id(a, b);
    return c ? c : cmp_src_sig(a, b);
}

static int src_order(const void *x, const void *y)
{
    const struct src *a = *(const struct src *const *)x, *b = *(const struct src *const *)y;
    return cmp_u32(a->f[S_FILE], b->f[S_FILE]);
}

static int u32_order(const void *x, const void *y)
{
    return cmp_u32(*(const uint32_t *)x, *(const uint32_t *)y);
}

static int is_refusal(const struct pool *p, const struct row *r)
{
    const char *st = S(p, r->f[F_STATUS]);
    return !strcmp(st, "refused") || !strcmp(st, "not_held") || !strcmp(st, "ncnd");
}

/* Pair unmatched rows: pass 2 only those from the same source, pass 4 any,
 * in order. A pair is a new refusal, a change, or (same value) nothing. */
static void pair_up(struct diff *d, const struct row **o, size_t no, const struct row **n,
                    size_t nn, unsigned char *uo, unsigned char *un, int pass)
{
    for (size_t i = 0, j = 0; i < no && j < nn;) {
        if (uo[i]) { i++; continue; }
        if (un[j]) { j++; continue; }
        int c = pass == 2 ? cmp_u32(o[i]->f[F_SRC], n[j]->f[F_SRC]) : 0;
        if (c < 0) { i++; continue; }
        if (c > 0) { j++; continue; }
        uo[i] = un[j] = 1;
        if (is_refusal(d->p, n[j]) && !is_refusal(d->p, o[i]))
            push(d, K_REFUSAL, o[i], n[j], NULL, NULL, NULL);
        else if (cmp_sig(o[i], n[j]))
            push(d, K_CHG, o[i], n[j], NULL, NULL, NULL);
        i++;
        j++;
    }
}

struct ix { const struct row *r; size_t i; };

static int ix_sig_order(const void *x, const void *y)
{
    const struct ix *a = x, *b = y;
    int c = cmp_sig(a->r, b->r);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* Unmatched old and new rows with equal values, whatever their sources,
 * are the same figure restated elsewhere: marked matched, no item. */
static int same_value_elsewhere(struct diff *d, const struct row **o, size_t no,
                                const struct row **n, size_t nn, unsigned char *uo,
                                unsigned char *un)
{
    size_t ko = 0, kn = 0;
    for (size_t i = 0; i < no; i++)
        ko += !uo[i];
    for (size_t j = 0; j < nn; j++)
        kn += !un[j];
    if (!ko || !kn)
        return 0;
    struct ix *a = foi_malloc(ko * sizeof *a), *b = foi_malloc(kn * sizeof *b);
    if (!a || !b) {
        foi_free(a);
        foi_free(b);
        d->rc = FOI_ENOMEM;
        return d->rc;
    }
    ko = kn = 0;
    for (size_t i = 0; i < no; i++) {
        if (!uo[i]) {
            a[ko].r = o[i];
            a[ko++].i = i;
        }
    }
    for (size_t j = 0; j < nn; j++) {
        if (!un[j]) {
            b[kn].r = n[j];
            b[kn++].i = j;
        }
    }
    qsort(a, ko, sizeof *a, ix_sig_order);
    qsort(b, kn, sizeof *b, ix_sig_order);
    for (size_t i = 0, j = 0; i < ko && j < kn;) {
        int c = cmp_sig(a[i].r, b[j].r);
        if (!c) {
            uo[a[i++].i] = 1;
            un[b[j++].i] = 1;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
    }
    foi_free(a);
    foi_free(b);
    return 0;
}

/* One identity: old rows o[0..no), new rows n[0..nn), both sorted by source
 * and value; uo/un are scratch flags of the same lengths. Pairing: 1 same
 * source and value (unchanged), 2 same source (changed), 3 same value from
 * another source (moved, unchanged), 4 the rest in order (changed); what is
 * left is removed or added. */
static void match_group(struct diff *d, const struct row **o, size_t no, const struct row **n,
                        size_t nn, unsigned char *uo, unsigned char *un)
{
    memset(uo, 0, no);
    memset(un, 0, nn);
    int old_refused = 0;
    for (size_t i = 0; i < no; i++)
        old_refused |= is_refusal(d->p, o[i]);
    /* 1: same source and value: unchanged */
    for (size_t i = 0, j = 0; i < no && j < nn;) {
        int c = cmp_src_sig(o[i], n[j]);
        if (!c) {
            uo[i++] = 1;
            un[j++] = 1;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
    }
    /* 2: same source, another value */
    pair_up(d, o, no, n, nn, uo, un, 2);
    /* 3: same value from another source (the figure moved): no change */
    if (d->rc || same_value_elsewhere(d, o, no, n, nn, uo, un))
        return;
    /* 4: the rest in order */
    pair_up(d, o, no, n, nn, uo, un, 4);
    for (size_t i = 0; i < no; i++)
        if (!uo[i])
            push(d, K_DEL, o[i], NULL, NULL, NULL, NULL);
    for (size_t j = 0; j < nn; j++)
        if (!un[j])
            push(d, is_refusal(d->p, n[j]) && !old_refused ? K_REFUSAL : K_ADD, NULL, n[j], NULL, NULL,
                 NULL);
}

static int diff_figures(struct diff *d, const struct side *a, const struct side *b)
{
    const struct row **o = foi_malloc((a->nrows + 1) * sizeof *o);
    const struct row **n = foi_malloc((b->nrows + 1) * sizeof *n);
    unsigned char *uo = foi_malloc(a->nrows + 1), *un = foi_malloc(b->nrows + 1);
    if (!o || !n || !uo || !un) {
        foi_free(o); foi_free(n); foi_free(uo); foi_free(un);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; i < a->nrows; i++)
        o[i] = &a->rows[i];
    for (size_t i = 0; i < b->nrows; i++)
        n[i] = &b->rows[i];
    qsort(o, a->nrows, sizeof *o, row_order);
    qsort(n, b->nrows, sizeof *n, row_order);
    size_t i = 0, j = 0;
    while ((i < a->nrows || j < b->nrows) && !d->rc) {
        int c = i >= a->nrows ? 1 : j >= b->nrows ? -1 : cmp_id(o[i], n[j]);
        size_t i1 = i, j1 = j;
        if (c <= 0)
            while (i1 < a->nrows && !cmp_id(o[i1], o[i]))
                i1++;
        if (c >= 0)
            while (j1 < b->nrows && !cmp_id(n[j1], n[j]))
                j1++;
        match_group(d, o + i, i1 - i, n + j, j1 - j, uo, un);
        i = i1;
        j = j1;
    }
    foi_free(o); foi_free(n); foi_free(uo); foi_free(un);
    return d->rc;
}

static int good_status(const struct pool *p, const struct src *s)
{
    const char *st = S(p, s->f[S_STATUS]);
    return !strcmp(st, "parsed") || !strcmp(st, "partial") || !strcmp(st, "refused");
}

static int real_force(const struct pool *p, const struct src *s)
{
    const char *f = S(p, s->f[S_FORCE]);
    return f[0] && strcmp(f, "multiple");
}

/* Sorted unique forces (ids) of the sources in good status. */
static uint32_t *answered(const struct pool *p, const struct side *s, size_t *n)
{
    uint32_t *v = foi_malloc((s->nsrcs + 1) * sizeof *v);
    size_t k = 0;
    if (!v)
        return NULL;
    for (size_t i = 0; i < s->nsrcs; i++)
        if (good_status(p, &s->srcs[i]) && real_force(p, &s->srcs[i]))
            v[k++] = s->srcs[i].f[S_FORCE];
    qsort(v, k, sizeof *v, u32_order);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (!u || v[u - 1] != v[i])
            v[u++] = v[i];
    *n = u;
    return v;
}

static int diff_sources(struct diff *d, const struct side *a, const struct side *b)
{
    if (!a->have_sources || !b->have_sources)
        return 0;
    const struct src **o = foi_malloc((a->nsrcs + 1) * sizeof *o);
    const struct src **n = foi_malloc((b->nsrcs + 1) * sizeof *n);
    size_t nfo = 0, nfn = 0;
    uint32_t *fo = answered(d->p, a, &nfo), *fn = answered(d->p, b, &nfn);
    if (!o || !n || !fo || !fn) {
        foi_free(o); foi_free(n); foi_free(fo); foi_free(fn);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; i < a->nsrcs; i++)
        o[i] = &a->srcs[i];
    for (size_t i = 0; i < b->nsrcs; i++)
        n[i] = &b->srcs[i];
    qsort(o, a->nsrcs, sizeof *o, src_order);
    qsort(n, b->nsrcs, sizeof *n, src_order);
    for (size_t i = 0, j = 0; i < a->nsrcs || j < b->nsrcs;) {
        int c = i >= a->nsrcs ? 1 : j >= b->nsrcs ? -1 : src_order(&o[i], &n[j]);
        if (c < 0) {
            push(d, K_SRC_DEL, NULL, NULL, o[i++], NULL, NULL);
        } else if (c > 0) {
            push(d, K_SRC_ADD, NULL, NULL, NULL, n[j++], NULL);
        } else {
            if (o[i]->f[S_SHA] != n[j]->f[S_SHA] || o[i]->f[S_STATUS] != n[j]->f[S_STATUS])
                push(d, K_SRC_CHG, NULL, NULL, o[i], n[j], NULL);
            i++;
            j++;
        }
    }
    for (size_t i = 0, j = 0; j < nfn;) {
        int c = i >= nfo ? 1 : cmp_u32(fo[i], fn[j]);
        if (c < 0) {
            i++;
        } else if (c == 0) {
            i++;
            j++;
        } else {
            /* the first (by path) source that answers for the force */
            const struct src *first = NULL;
            for (size_t k = 0; k < b->nsrcs && !first; k++)
                if (good_status(d->p, n[k]) && n[k]->f[S_FORCE] == fn[j])
                    first = n[k];
            push(d, K_FORCE, NULL, NULL, NULL, first, S(d->p, fn[j]));
            j++;
        }
    }
    foi_free(o); foi_free(n); foi_free(fo); foi_free(fn);
    return d->rc;
}

static int run_diff(struct diff *d, const struct pool *p, const struct side *a, const struct side *b)
{
    int nofig = d->no_figures;
    memset(d, 0, sizeof *d);
    d->p = p;
    d->no_figures = nofig;
    int rc = diff_sources(d, a, b);
    if (!rc && !nofig)
        rc = diff_figures(d, a, b);
    return rc ? rc : d->rc;
}

/* ------------------------------------------------------------ printing */
#define RF(r, k) S(p, (r)->f[k])

static int put_period(struct foi_buf *b, const struct pool *p, const struct row *r)
{
    if (!RF(r, F_PS)[0] && !RF(r, F_PE)[0])
        return foi_buf_adds(b, "(no period)");
    return foi_buf_printf(b, "%s..%s", RF(r, F_PS), RF(r, F_PE));
}

static const char *or_q(const char *s) { return s[0] ? s : "?"; }

/* "kent 2021-04-01..2022-03-31 sexual_assault allegations officers dismissed";
 * short leaves out measure and subject. */
static int put_figure(struct foi_buf *b, const struct pool *p, const struct row *r, int shrt)
{
    int rc = foi_buf_printf(b, "%s ", or_q(RF(r, F_FORCE)));
    if (!rc) rc = put_period(b, p, r);
    if (!rc) rc = foi_buf_printf(b, " %s", or_q(RF(r, F_CAT)));
    if (!rc && !shrt) rc = foi_buf_printf(b, " %s %s", or_q(RF(r, F_MEAS)), or_q(RF(r, F_SUBJ)));
    if (!rc) rc = foi_buf_printf(b, " %s", or_q(RF(r, F_OUTC)));
    return rc;
}

/* "3"; "suppressed (0-4, s40(2))"; "refused (s12)"; "not held"; "approximate (700, 700-)" */
static int put_value(struct foi_buf *b, const struct pool *p, const struct row *r)
{
    const char *st = RF(r, F_STATUS), *v = RF(r, F_VAL), *lo = RF(r, F_VMIN), *hi = RF(r, F_VMAX),
               *ex = RF(r, F_EXEMPT);
    if ((!strcmp(st, "reported") || !st[0]) && v[0] && !ex[0] &&
        (!lo[0] || !strcmp(lo, v)) && (!hi[0] || !strcmp(hi, v)))
        return foi_buf_adds(b, v);
    int rc = 0;
    if (!st[0]) {
        rc = foi_buf_adds(b, "(no status)");
    } else {
        for (const char *q = st; *q && !rc; q++)
            rc = foi_buf_addc(b, *q == '_' ? ' ' : *q);
    }
    int first = 1;
    const char *parts[3];
    char bounds[160] = "";
    int np = 0;
    if (v[0])
        parts[np++] = v;
    if ((lo[0] || hi[0]) && !(!strcmp(lo, v) && !strcmp(hi, v))) {
        snprintf(bounds, sizeof bounds, "%.70s-%.70s", lo, hi);
        parts[np++] = bounds;
    }
    if (ex[0])
        parts[np++] = ex;
    for (int i = 0; i < np && !rc; i++) {
        rc = foi_buf_adds(b, first ? " (" : ", ");
        if (!rc)
            rc = foi_buf_adds(b, parts[i]);
        first = 0;
    }
    if (!rc && !first)
        rc = foi_buf_addc(b, ')');
    return rc;
}

static int text_item(struct foi_buf *b, const struct pool *p, int kind, const struct item *it)
{
    int rc = 0;
    const struct src *so = it->so, *sn = it->sn;
    switch (kind) {
    case K_SRC_ADD:
        return foi_buf_printf(b, "  + %s  (%s, %s, %s records)\n", RF(sn, S_FILE), or_q(RF(sn, S_FORCE)),
                              RF(sn, S_STATUS), RF(sn, S_RECORDS));
    case K_SRC_DEL:
        return foi_buf_printf(b, "  - %s  (%s, %s)\n", RF(so, S_FILE), or_q(RF(so, S_FORCE)),
                              RF(so, S_STATUS));
    case K_SRC_CHG:
        if (so->f[S_SHA] == sn->f[S_SHA])
            return foi_buf_printf(b, "  ~ %s  (%s -> %s)\n", RF(sn, S_FILE), RF(so, S_STATUS),
                                  RF(sn, S_STATUS));
        if (so->f[S_STATUS] != sn->f[S_STATUS])
            return foi_buf_printf(b, "  ~ %s  (content changed; %s -> %s)\n", RF(sn, S_FILE),
                                  RF(so, S_STATUS), RF(sn, S_STATUS));
        return foi_buf_printf(b, "  ~ %s  (content changed)\n", RF(sn, S_FILE));
    case K_FORCE:
        return foi_buf_printf(b, "  + %s  (%s)\n", it->force, sn ? RF(sn, S_FILE) : "");
    default:
        break;
    }
    const struct row *show = it->n ? it->n : it->o;
    rc = foi_buf_adds(b, kind == K_ADD ? "  + " : kind == K_DEL ? "  - " : kind == K_CHG ? "  ~ " : "  ! ");
    if (!rc) rc = put_figure(b, p, show, 0);
    if (!rc) rc = foi_buf_adds(b, ": ");
    if (!rc && it->o && it->n) {
        rc = put_value(b, p, it->o);
        if (!rc) rc = foi_buf_adds(b, " -> ");
    }
    if (!rc) rc = put_value(b, p, show);
    if (!rc && it->o && it->n && it->o->f[F_SRC] != it->n->f[F_SRC])
        rc = foi_buf_printf(b, "  [%s -> %s]\n", RF(it->o, F_SRC), RF(it->n, F_SRC));
    else if (!rc)
        rc = foi_buf_printf(b, "  [%s]\n", RF(show, F_SRC));
    return rc;
}

static size_t total(const struct diff *d)
{
    size_t t = 0;
    for (int k = 0; k < NKIND; k++)
        t += d->k[k].n;
    return t;
}

static const char *plural(size_t n, const char *one, const char *many) { return n == 1 ? one : many; }

/* "2 files added, 1 removed" over kinds [k0, k0+nk) with verbs; nothing when all 0 */
static int counts(struct foi_buf *b, const struct diff *d, int k0, int nk, const char *one,
                  const char *many, const char *const *verbs, int *any)
{
    int rc = 0, first = 1;
    for (int k = 0; k < nk && !rc; k++) {
        size_t n = d->k[k0 + k].n;
        if (!n)
            continue;
        if (first)
            rc = foi_buf_printf(b, "%s%zu %s %s", *any ? "; " : "", n, plural(n, one, many), verbs[k]);
        else
            rc = foi_buf_printf(b, ", %zu %s", n, verbs[k]);
        first = 0;
        *any = 1;
    }
    return rc;
}

static int write_text(struct foi_buf *b, const struct diff *d)
{
    int rc = 0;
    for (int k = 0; k < NKIND && !rc; k++) {
        if (!d->k[k].n)
            continue;
        rc = foi_buf_printf(b, "%s (%zu):\n", kind_head[k], d->k[k].n);
        for (size_t i = 0; i < d->k[k].n && !rc; i++)
            rc = text_item(b, d->p, k, &d->k[k].v[i]);
        if (!rc)
            rc = foi_buf_addc(b, '\n');
    }
    if (rc)
        return rc;
    size_t t = total(d);
    if (!t)
        return foi_buf_adds(b, "no changes\n");
    static const char *const verbs[] = { "added", "removed", "changed" };
    int any = 0;
    rc = foi_buf_printf(b, "%zu %s: ", t, plural(t, "change", "changes"));
    if (!rc) rc = counts(b, d, K_SRC_ADD, 3, "source", "sources", verbs, &any);
    if (!rc && d->k[K_FORCE].n) {
        rc = foi_buf_printf(b, "%s%zu %s newly answered", any ? "; " : "", d->k[K_FORCE].n,
                            plural(d->k[K_FORCE].n, "force", "forces"));
        any = 1;
    }
    if (!rc) rc = counts(b, d, K_ADD, 3, "figure", "figures", verbs, &any);
    if (!rc && d->k[K_REFUSAL].n)
        rc = foi_buf_printf(b, "%s%zu new %s", any ? "; " : "", d->k[K_REFUSAL].n,
                            plural(d->k[K_REFUSAL].n, "refusal", "refusals"));
    if (!rc)
        rc = foi_buf_addc(b, '\n');
    return rc;
}

/* A CSV field as the CSV writers do it: spreadsheet-safe prefix, quoting. */
static int csv_put(struct foi_buf *b, const char *s, int last)
{
    size_t n = strlen(s);
    const char *q = s;
    int plain = 0;
    if (n && strchr("=+-@\t\r", s[0])) {
        q = s + (*s == '+' || *s == '-');
        plain = *q >= '0' && *q <= '9';
        while (*q >= '0' && *q <= '9')
            q++;
        plain = plain && !*q;
    }
    int prefix = n && strchr("=+-@\t\r", s[0]) && !plain;
    int quote = n && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t' ||
                      strpbrk(s, ",\"\r\n"));
    int rc = quote ? foi_buf_addc(b, '"') : 0;
    if (!rc && prefix)
        rc = foi_buf_addc(b, '\'');
    for (const char *p = s; *p && !rc; p++)
        rc = *p == '"' ? foi_buf_add(b, "\"\"", 2) : foi_buf_addc(b, *p);
    if (!rc && quote)
        rc = foi_buf_addc(b, '"');
    if (!rc)
        rc = foi_buf_addc(b, last ? '\n' : ',');
    return rc;
}

static int write_csv(struct foi_buf *b, const struct diff *d)
{
    const struct pool *p = d->p;
    int rc = foi_buf_adds(b, "change,force_id,period_start,period_end,category,measure,subject,outcome,"
                             "old_value,old_status,new_value,new_status,old_source,new_source\n");
    for (int k = 0; k < NKIND && !rc; k++) {
        for (size_t i = 0; i < d->k[k].n && !rc; i++) {
            const struct item *it = &d->k[k].v[i];
            const char *f[14];
            for (int x = 0; x < 14; x++)
                f[x] = "";
            f[0] = kind_csv[k];
            if (k <= K_FORCE) {
                const struct src *s = it->sn ? it->sn : it->so;
                f[1] = it->force ? it->force : s ? RF(s, S_FORCE) : "";
                if (it->so) {
                    f[9] = RF(it->so, S_STATUS);
                    f[12] = RF(it->so, S_FILE);
                }
                if (it->sn) {
                    f[11] = RF(it->sn, S_STATUS);
                    f[13] = RF(it->sn, S_FILE);
                }
            } else {
                const struct row *id = it->n ? it->n : it->o;
                for (int x = 0; x < NID; x++)
                    f[1 + x] = RF(id, x);
                if (it->o) {
                    f[8] = RF(it->o, F_VAL);
                    f[9] = RF(it->o, F_STATUS);
                    f[12] = RF(it->o, F_SRC);
                }
                if (it->n) {
                    f[10] = RF(it->n, F_VAL);
                    f[11] = RF(it->n, F_STATUS);
                    f[13] = RF(it->n, F_SRC);
                }
            }
            for (int x = 0; x < 14 && !rc; x++)
                rc = csv_put(b, f[x], x == 13);
        }
    }
    return rc;
}

int foi_diff_dirs(const char *old_dir, const char *new_dir, int as_csv,
                  struct foi_buf *out, int *nchanges, struct foi_err *err)
{
    struct pool pool;
    pool_init(&pool);
    struct side a, b;
    side_init(&a);
    side_init(&b);
    struct diff d;
    memset(&d, 0, sizeof d);
    if (nchanges)
        *nchanges = 0;
    int rc = load_dir(&pool, &a, old_dir, err);
    if (!rc)
        rc = load_dir(&pool, &b, new_dir, err);
    if (!rc) {
        rc = pool_rank(&pool, &a, &b);
        if (!rc)
            rc = run_diff(&d, &pool, &a, &b);
        if (rc)
            foi_errf(err, rc, "", "out of memory comparing the builds");
    }
    if (!rc) {
        rc = as_csv ? write_csv(out, &d) : write_text(out, &d);
        if (rc)
            foi_errf(err, rc, "", "%s", foi_strerror(rc));
    }
    if (!rc && nchanges)
        *nchanges = total(&d) > (size_t)0x7fffffff ? 0x7fffffff : (int)total(&d);
    diff_release(&d);
    side_release(&a);
    side_release(&b);
    pool_release(&pool);
    return rc;
}

/* ------------------------------------------------------------ summary */
static int summary_text(struct foi_buf *b, const struct diff *d)
{
    static const char *const verbs[] = { "added", "removed", "changed" };
    const struct pool *p = d->p;
    int any = 0;
    int rc = foi_buf_adds(b, "Since the previous build: ");
    if (!rc) rc = counts(b, d, K_SRC_ADD, 3, "file", "files", verbs, &any);
    if (!rc) rc = counts(b, d, K_ADD, 3, "figure", "figures", verbs, &any);
    if (!rc && d->k[K_CHG].n) {
        const struct list *l = &d->k[K_CHG];
        rc = foi_buf_adds(b, " (");
        for (size_t i = 0; i < l->n && i < 3 && !rc; i++) {
            if (i) rc = foi_buf_adds(b, ", ");
            if (!rc) rc = put_figure(b, p, l->v[i].n, 1);
            if (!rc) rc = foi_buf_addc(b, ' ');
            if (!rc) rc = put_value(b, p, l->v[i].o);
            if (!rc) rc = foi_buf_adds(b, " -> ");
            if (!rc) rc = put_value(b, p, l->v[i].n);
        }
        if (!rc && l->n > 3)
            rc = foi_buf_printf(b, " and %zu more", l->n - 3);
        if (!rc)
            rc = foi_buf_addc(b, ')');
    }
    if (!rc && d->k[K_REFUSAL].n) {
        rc = foi_buf_printf(b, "%s%zu new %s", any ? "; " : "", d->k[K_REFUSAL].n,
                            plural(d->k[K_REFUSAL].n, "refusal", "refusals"));
        any = 1;
    }
    if (!rc && d->k[K_FORCE].n) {
        const struct list *l = &d->k[K_FORCE];
        rc = foi_buf_printf(b, "%sforces newly answered: ", any ? "; " : "");
        for (size_t i = 0; i < l->n && i < 10 && !rc; i++)
            rc = foi_buf_printf(b, "%s%s", i ? ", " : "", l->v[i].force);
        if (!rc && l->n > 10)
            rc = foi_buf_printf(b, " and %zu more", l->n - 10);
        any = 1;
    }
    if (!rc && d->no_figures) {
        rc = foi_buf_printf(b, "%sfigures not compared (more than --mem-budget allows)", any ? "; " : "");
        any = 1;
    }
    if (!rc && !any)
        rc = foi_buf_adds(b, "nothing changed");
    if (!rc)
        rc = foi_buf_addc(b, '.');
    return rc;
}

/* Copy text into buf[n], cut at a UTF-8 boundary with "..." when too long. */
static void copy_out(char *buf, size_t n, const char *text, size_t len)
{
    if (!n)
        return;
    if (len < n) {
        memcpy(buf, text, len + 1);
        return;
    }
    if (n < 4) {
        buf[0] = '\0';
        return;
    }
    size_t k = n - 4;
    while (k && ((unsigned char)text[k] & 0xC0) == 0x80)
        k--;
    memcpy(buf, text, k);
    memcpy(buf + k, "...", 4);
}

struct foi_diff_sum {
    struct pool pool;
    struct side a, b;
    struct foi_buf scratch;
    size_t max_rows;
    int over;                  /* too many rows: sources only */
    int none;                  /* no previous build */
    char note[600];            /* the previous build could not be read: why */
};

int foi_diff_sum_new(struct foi_diff_sum **out, size_t max_rows)
{
    struct foi_diff_sum *d = foi_calloc(1, sizeof *d);
    *out = d;
    if (!d)
        return FOI_ENOMEM;
    pool_init(&d->pool);
    side_init(&d->a);
    side_init(&d->b);
    foi_buf_init(&d->scratch, 0);
    d->max_rows = max_rows;
    return 0;
}

void foi_diff_sum_free(struct foi_diff_sum *d)
{
    if (!d)
        return;
    side_release(&d->a);
    side_release(&d->b);
    pool_release(&d->pool);
    foi_buf_release(&d->scratch);
    foi_free(d);
}

int foi_diff_sum_load(struct foi_diff_sum *d, const char *old_dir, int (*keep)(void *ctx, const char *source_file),
                      void *ctx)
{
    struct foi_err err;
    foi_err_clear(&err);
    struct rec_filter f = { keep, ctx, d->max_rows };
    int rc = load_csv_f(&d->pool, &d->a, old_dir, "records.csv", 0, 1, &f, &err);
    if (rc == FOI_ENOTFOUND) {
        d->none = 1;
        return 0;
    }
    if (rc == FOI_ERANGE) {
        /* too many to hold: the sources only */
        d->over = 1;
        foi_free(d->a.rows);
        d->a.rows = NULL;
        d->a.nrows = d->a.arows = 0;
        rc = 0;
    }
    if (!rc) {
        rc = load_csv(&d->pool, &d->a, old_dir, "sources.csv", 1, 1, &err);
        d->a.have_sources = !rc;
        if (rc == FOI_ENOTFOUND)
            rc = 0;
    }
    if (rc && rc != FOI_ENOMEM) {
        snprintf(d->note, sizeof d->note, "The previous build could not be compared: %s: %s.", err.locator,
                 err.message);
        rc = 0;
    }
    return rc;
}

int foi_diff_sum_record(struct foi_diff_sum *d, int old, const struct foi_record *r)
{
    struct side *sd = old ? &d->a : &d->b;
    if (d->over || d->none)
        return 0;   /* not compared, or nothing to compare with */
    if (d->max_rows && sd->nrows >= d->max_rows) {
        /* the figures are not compared: their rows go, the sources stay */
        d->over = 1;
        foi_free(d->a.rows);
        foi_free(d->b.rows);
        d->a.rows = d->b.rows = NULL;
        d->a.nrows = d->b.nrows = d->a.arows = d->b.arows = 0;
        return 0;
    }
    return ds_record(&d->pool, sd, r, &d->scratch);
}

int foi_diff_sum_source(struct foi_diff_sum *d, int old, const struct foi_source *s)
{
    return ds_source(&d->pool, old ? &d->a : &d->b, s, &d->scratch);
}

int foi_diff_sum_text(struct foi_diff_sum *d, char *buf, size_t n)
{
    if (n)
        buf[0] = '\0';
    if (d->none)
        return 0;
    if (d->note[0]) {
        copy_out(buf, n, d->note, strlen(d->note));
        return 0;
    }
    struct diff df;
    memset(&df, 0, sizeof df);
    df.no_figures = d->over;
    struct foi_buf t;
    foi_buf_init(&t, 0);
    int rc = pool_rank(&d->pool, &d->a, &d->b);
    if (!rc)
        rc = run_diff(&df, &d->pool, &d->a, &d->b);
    if (!rc)
        rc = summary_text(&t, &df);
    if (!rc)
        copy_out(buf, n, t.data, t.len);
    foi_buf_release(&t);
    diff_release(&df);
    return rc;
}

int foi_diff_summary(const char *old_dir, const struct foi_dataset *ds, char *buf, size_t n)
{
    if (n)
        buf[0] = '\0';
    if (!old_dir || !ds)
        return 0;
    struct pool pool;
    pool_init(&pool);
    struct side a, b;
    side_init(&a);
    side_init(&b);
    struct diff d;
    memset(&d, 0, sizeof d);
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_buf t;
    foi_buf_init(&t, 0);
    int rc = load_csv(&pool, &a, old_dir, "records.csv", 0, 1, &err);
    if (rc == FOI_ENOTFOUND) {
        rc = 0;
        goto out;   /* no previous build */
    }
    if (!rc) {
        rc = load_csv(&pool, &a, old_dir, "sources.csv", 1, 1, &err);
        a.have_sources = !rc;
        if (rc == FOI_ENOTFOUND)
            rc = 0;
    }
    if (rc == FOI_ENOMEM)
        goto out;
    if (rc) {
        char msg[600];
        snprintf(msg, sizeof msg, "The previous build could not be compared: %s: %s.", err.locator,
                 err.message);
        copy_out(buf, n, msg, strlen(msg));
        goto out;
    }
    rc = load_ds(&pool, &b, ds);
    if (!rc)
        rc = pool_rank(&pool, &a, &b);
    if (!rc)
        rc = run_diff(&d, &pool, &a, &b);
    if (!rc)
        rc = summary_text(&t, &d);
    if (!rc)
        copy_out(buf, n, t.data, t.len);
out:
    foi_buf_release(&t);
    diff_release(&d);
    side_release(&a);
    side_release(&b);
    pool_release(&pool);
    return rc;
}
