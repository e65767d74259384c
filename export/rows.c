/* rows.c: one record as a records.csv row and as a records.ndjson line,
 * appended to a buffer: the bytes every writer of records uses (the dataset
 * exporters, the streaming build, the incremental splice). Fast paths for
 * the common case (plain ASCII, nothing to quote or escape). */
#include "export.h"

#include <inttypes.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD";   /* U+FFFD */

/* byte classes: 1 needs quoting (, " CR LF), 2 not ASCII */
static unsigned char csv_class[256];
static void csv_classes(void)
{
    if (csv_class[','])
        return;
    for (int c = 0x80; c < 256; c++)
        csv_class[c] = 2;
    csv_class[','] = csv_class['"'] = csv_class['\r'] = csv_class['\n'] = 1;
}

static int plain_number(const char *s)
{
    if (*s == '+' || *s == '-')
        s++;
    if (*s < '0' || *s > '9')
        return 0;
    while (*s >= '0' && *s <= '9')
        s++;
    if (*s == '.') {
        s++;
        if (*s < '0' || *s > '9')
            return 0;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

static int is_blank(char c) { return c == ' ' || c == '\t'; }

/* Write field s at d (room for 3 * strlen + 3 bytes); the bytes written. */
static size_t csv_at(char *d, const char *s, int safe)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    unsigned cls = 0;
    for (; p[n]; n++)
        cls |= csv_class[p[n]];
    if (!n)
        return 0;
    int prefix = safe && strchr("=+-@\t\r", s[0]) && !plain_number(s);
    int quote = (cls & 1) || is_blank(s[0]) || is_blank(s[n - 1]);
    char *o = d;
    if (quote)
        *o++ = '"';
    if (prefix)
        *o++ = '\'';
    if (!cls) {
        memcpy(o, s, n);
        o += n;
    } else {
        for (size_t i = 0; i < n;) {
            size_t k = p[i] < 0x80 ? 1 : foi_utf8_seq(p + i, n - i);
            if (!k) {
                memcpy(o, REPLACEMENT, 3);
                o += 3;
                i++;
            } else if (p[i] == '"') {
                *o++ = '"';
                *o++ = '"';
                i++;
            } else {
                memcpy(o, p + i, k);
                o += k;
                i += k;
            }
        }
    }
    if (quote)
        *o++ = '"';
    return (size_t)(o - d);
}

int foi_csv_put(struct foi_buf *b, const char *s, int spreadsheet_safe)
{
    csv_classes();
    if (!s)
        s = "";
    size_t n = strlen(s);
    int rc = foi_buf_reserve(b, 3 * n + 3);
    if (rc)
        return rc;
    b->len += csv_at(b->data + b->len, s, spreadsheet_safe);
    b->data[b->len] = '\0';
    return 0;
}

/* Decimal digits of v at d; the count. */
static size_t put_i64(char *d, int64_t v)
{
    char t[24];
    size_t n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        t[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    size_t k = 0;
    if (v < 0)
        d[k++] = '-';
    while (n)
        d[k++] = t[--n];
    return k;
}

/* A confidence as "%.2f" (the few distinct values are remembered). */
static const char *conf2(double c, char *buf)
{
    static __thread double last[4];
    static __thread int valid[4];
    static __thread char text[4][32];
    static __thread int next;
    for (int i = 0; i < 4; i++)
        if (valid[i] && last[i] == c)
            return text[i];
    snprintf(buf, 32, "%.2f", c);
    int k = next++ & 3;
    last[k] = c;
    valid[k] = 1;
    memcpy(text[k], buf, 32);
    return buf;
}

int foi_csv_record(struct foi_buf *b, const struct foi_record *r)
{
    csv_classes();
    const char *f[FOI_RECORD_NCOLS];
    size_t need = FOI_RECORD_NCOLS + 1 + 3 * 24;
    char cbuf[32];
    for (int c = 0; c < FOI_RECORD_NCOLS; c++) {
        switch (c) {
        case 11: case 13: case 14: f[c] = NULL; continue;   /* numbers, below */
        case 21: f[c] = conf2(r->confidence, cbuf); break;
        default: f[c] = foi_record_field(r, c, NULL, 0); break;
        }
        need += 3 * strlen(f[c]) + 3;
    }
    int rc = foi_buf_reserve(b, need);
    if (rc)
        return rc;
    char *o = b->data + b->len;
    for (int c = 0; c < FOI_RECORD_NCOLS; c++) {
        if (c)
            *o++ = ',';
        int64_t v;
        if (!f[c]) {
            if (foi_record_int(r, c, &v))
                o += put_i64(o, v);
            continue;
        }
        o += csv_at(o, f[c], 1);
    }
    *o++ = '\n';
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
    return 0;
}

/* ------------------------------------------------------------ NDJSON */
/* Flags: keys in records.csv order, UTF-8 kept as is, and reals with 3
 * significant digits so that a 2-decimal confidence prints as 0.85, 0.9, 1.0. */
#define NDJSON_FLAGS (JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(3))

struct foi_ndjson {
    json_t *str, *real, *null;
    struct foi_buf scratch;
    char *key[FOI_RECORD_NCOLS];   /* "{\"key\":" for the first, ",\"key\":" after */
    size_t keylen[FOI_RECORD_NCOLS];
    double last_conf[4];
    int conf_valid[4];
    char conf_text[4][32];
    int conf_next;
};

/* Append jansson's encoding of v to b. */
static int dump_into(struct foi_buf *b, const json_t *v)
{
    char tmp[256];
    size_t n = json_dumpb(v, tmp, sizeof tmp, NDJSON_FLAGS);
    if (n == 0)
        return FOI_ENOMEM;
    if (n <= sizeof tmp)
        return foi_buf_add(b, tmp, n);
    char *big = foi_malloc(n);
    if (!big)
        return FOI_ENOMEM;
    size_t m = json_dumpb(v, big, n, NDJSON_FLAGS);
    int rc = m == n ? foi_buf_add(b, big, n) : FOI_ENOMEM;
    foi_free(big);
    return rc;
}

void foi_ndjson_free(struct foi_ndjson *e)
{
    if (!e)
        return;
    json_decref(e->str);
    json_decref(e->real);
    json_decref(e->null);
    foi_buf_release(&e->scratch);
    for (int c = 0; c < FOI_RECORD_NCOLS; c++)
        foi_free(e->key[c]);
    foi_free(e);
}

int foi_ndjson_new(struct foi_ndjson **out)
{
    json_set_alloc_funcs(foi_malloc, foi_free);
    *out = NULL;
    struct foi_ndjson *e = foi_calloc(1, sizeof *e);
    if (!e)
        return FOI_ENOMEM;
    foi_buf_init(&e->scratch, 0);
    e->str = json_string("");
    e->real = json_real(0);
    e->null = json_null();
    int rc = (e->str && e->real && e->null) ? 0 : FOI_ENOMEM;
    for (int c = 0; c < FOI_RECORD_NCOLS && !rc; c++) {
        struct foi_buf k;
        foi_buf_init(&k, 0);
        json_t *s = json_string(foi_record_columns[c]);
        if (!s || foi_buf_addc(&k, c ? ',' : '{') || dump_into(&k, s) || foi_buf_addc(&k, ':'))
            rc = FOI_ENOMEM;
        json_decref(s);
        e->keylen[c] = k.len;
        e->key[c] = foi_buf_detach(&k);
        if (!rc && !e->key[c])
            rc = FOI_ENOMEM;
    }
    if (rc) {
        foi_ndjson_free(e);
        return rc;
    }
    *out = e;
    return 0;
}

/* Confidence as it reads in records.csv ("%.2f"), back as a double, then as
 * jansson writes a real (remembered: a build has a few distinct values). */
static int put_conf(struct foi_ndjson *e, struct foi_buf *b, double c)
{
    if (!isfinite(c))
        return dump_into(b, e->null);
    for (int i = 0; i < 4; i++)
        if (e->conf_valid[i] && e->last_conf[i] == c)
            return foi_buf_adds(b, e->conf_text[i]);
    char buf[64];
    snprintf(buf, sizeof buf, "%.2f", c);
    json_real_set(e->real, strtod(buf, NULL));
    struct foi_buf t;
    foi_buf_init(&t, 0);
    int rc = dump_into(&t, e->real);
    if (!rc && t.len < sizeof e->conf_text[0]) {
        int k = e->conf_next++ & 3;
        e->last_conf[k] = c;
        e->conf_valid[k] = 1;
        memcpy(e->conf_text[k], t.data, t.len + 1);
    }
    if (!rc)
        rc = foi_buf_add(b, t.data, t.len);
    foi_buf_release(&t);
    return rc;
}

/* A JSON string: as jansson writes it (text with nothing to escape is
 * copied between quotes; the rest goes through jansson). */
static int put_jstr(struct foi_ndjson *e, struct foi_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    int plain = 1;
    for (; p[n]; n++)
        if (p[n] < 0x20 || p[n] == '"' || p[n] == '\\' || p[n] >= 0x80)
            plain = 0;
    if (!plain) {
        const char *c = foi_utf8_clean(s, &e->scratch);
        if (!c)
            return FOI_ENOMEM;
        n = 0;
        while (c[n] && c[n] != '"' && c[n] != '\\' && (unsigned char)c[n] >= 0x20)
            n++;
        if (c[n]) {
            if (json_string_setn_nocheck(e->str, c, strlen(c)))
                return FOI_ENOMEM;
            return dump_into(b, e->str);
        }
        s = c;
    }
    int rc = foi_buf_reserve(b, n + 2);
    if (rc)
        return rc;
    char *o = b->data + b->len;
    *o++ = '"';
    memcpy(o, s, n);
    o += n;
    *o++ = '"';
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
    return 0;
}

int foi_ndjson_record(struct foi_ndjson *e, struct foi_buf *b, const struct foi_record *r)
{
    int rc = 0;
    for (int c = 0; c < FOI_RECORD_NCOLS && !rc; c++) {
        rc = foi_buf_add(b, e->key[c], e->keylen[c]);
        if (rc)
            break;
        switch (foi_export_coltype(c)) {
        case FOI_COL_INTEGER: {
            int64_t v;
            if (!foi_record_int(r, c, &v)) {
                rc = foi_buf_add(b, "null", 4);
            } else if (!(rc = foi_buf_reserve(b, 24))) {
                b->len += put_i64(b->data + b->len, v);
                b->data[b->len] = '\0';
            }
            break;
        }
        case FOI_COL_NUMBER:
            rc = put_conf(e, b, r->confidence);
            break;
        default:
            rc = put_jstr(e, b, foi_record_field(r, c, NULL, 0));
            break;
        }
    }
    if (!rc)
        rc = foi_buf_add(b, "}\n", 2);
    return rc;
}

/* ------------------------------------------------------------ both at once */
/* Byte classes for one scan serving both: 1 CSV must quote (, " CR LF),
 * 2 not ASCII, 4 JSON must escape (controls, " and backslash). */
static unsigned char both_class[256];
static void both_classes(void)
{
    if (both_class['"'])
        return;
    for (int c = 0; c < 0x20; c++)
        both_class[c] = 4;
    for (int c = 0x80; c < 256; c++)
        both_class[c] = 2;
    both_class[','] = 1;
    both_class['\r'] = 1 | 4;
    both_class['\n'] = 1 | 4;
    both_class['"'] = 1 | 4;
    both_class['\\'] = 4;
}

/* What each records.csv column is, for both writers: a string, an integer
 * column or the confidence (worked out once). */
static const unsigned char *col_kinds(void)
{
    static unsigned char kind[FOI_RECORD_NCOLS];
    static int ready;
    if (!ready) {
        for (int c = 0; c < FOI_RECORD_NCOLS; c++)
            kind[c] = foi_export_coltype(c) == FOI_COL_INTEGER ? 1 : foi_export_coltype(c) == FOI_COL_NUMBER ? 2 : 0;
        ready = 1;
    }
    return kind;
}

int foi_rows_record(struct foi_ndjson *e, struct foi_buf *csv, struct foi_buf *nd, const struct foi_record *r,
                    size_t *csv_len, size_t *nd_len)
{
    both_classes();
    csv_classes();
    const unsigned char *kind = col_kinds();
    const char *f[FOI_RECORD_NCOLS];
    size_t len[FOI_RECORD_NCOLS];
    unsigned cls[FOI_RECORD_NCOLS];
    size_t cneed = FOI_RECORD_NCOLS + 1 + 3 * 24, nneed = 2 + 3 * 24;
    int slow_json = 0;
    char cbuf[32];
    for (int c = 0; c < FOI_RECORD_NCOLS; c++) {
        nneed += e->keylen[c];
        if (kind[c] == 1) {
            f[c] = NULL;
            continue;
        }
        f[c] = kind[c] == 2 ? conf2(r->confidence, cbuf) : foi_record_field(r, c, NULL, 0);
        const unsigned char *p = (const unsigned char *)f[c];
        size_t n = 0;
        unsigned k = 0;
        for (; p[n]; n++)
            k |= both_class[p[n]];
        len[c] = n;
        cls[c] = k;
        cneed += 3 * n + 3;
        nneed += n + 2;
        if (kind[c] == 0 && (k & 6))
            slow_json = 1;
    }
    /* records.csv: as foi_csv_record */
    int rc = foi_buf_reserve(csv, cneed);
    if (rc)
        return rc;
    size_t c0 = csv->len;
    char *o = csv->data + csv->len;
    for (int c = 0; c < FOI_RECORD_NCOLS; c++) {
        if (c)
            *o++ = ',';
        int64_t v;
        if (!f[c]) {
            if (foi_record_int(r, c, &v))
                o += put_i64(o, v);
            continue;
        }
        size_t n = len[c];
        if (!n)
            continue;
        const char *s = f[c];
        unsigned char f0 = (unsigned char)s[0];
        if ((cls[c] & 3) || is_blank(s[0]) || is_blank(s[n - 1]) || f0 == '=' || f0 == '+' || f0 == '-' ||
            f0 == '@' || f0 == '\t' || f0 == '\r') {
            o += csv_at(o, s, 1);   /* quoting, prefix or UTF-8 to check: the full way */
            continue;
        }
        memcpy(o, s, n);
        o += n;
    }
    *o++ = '\n';
    csv->len = (size_t)(o - csv->data);
    csv->data[csv->len] = '\0';
    if (csv_len)
        *csv_len = csv->len - c0;
    /* records.ndjson: as foi_ndjson_record */
    size_t n0 = nd->len;
    if (slow_json) {
        rc = foi_ndjson_record(e, nd, r);
    } else if (!(rc = foi_buf_reserve(nd, nneed))) {
        o = nd->data + nd->len;
        for (int c = 0; c < FOI_RECORD_NCOLS; c++) {
            memcpy(o, e->key[c], e->keylen[c]);
            o += e->keylen[c];
            if (kind[c] == 1) {
                int64_t v;
                if (foi_record_int(r, c, &v)) {
                    o += put_i64(o, v);
                } else {
                    memcpy(o, "null", 4);
                    o += 4;
                }
            } else if (kind[c] == 2) {
                /* the confidence as jansson writes it: put_conf's text */
                nd->len = (size_t)(o - nd->data);
                if ((rc = put_conf(e, nd, r->confidence)) || (rc = foi_buf_reserve(nd, nneed)))
                    return rc;
                o = nd->data + nd->len;
            } else {
                *o++ = '"';
                memcpy(o, f[c], len[c]);
                o += len[c];
                *o++ = '"';
            }
        }
        *o++ = '}';
        *o++ = '\n';
        nd->len = (size_t)(o - nd->data);
        nd->data[nd->len] = '\0';
    }
    if (nd_len)
        *nd_len = nd->len - n0;
    return rc;
}
