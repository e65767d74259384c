/* out_ndjson.c: records.ndjson, one compact JSON object per record and line,
 * keys in records.csv column order, exact text (no spreadsheet prefix). */
#include "export.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Confidence as it reads in records.csv ("%.2f"), back as a double. */
static double confidence2(double c)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.2f", c);
    return strtod(buf, NULL);
}

/* Flags: keys in records.csv order, UTF-8 kept as is, and reals with 3
 * significant digits so that a 2-decimal confidence prints as 0.85, 0.9, 1.0. */
#define NDJSON_FLAGS (JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(3))

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

/* One reusable jansson value of each kind: every value is still encoded by
 * jansson, without building an object per record. */
struct enc {
    json_t *str, *real, *integer, *null;
    struct foi_buf scratch;
};

/* Append the JSON value of column c of r. */
static int field_json(struct enc *e, struct foi_buf *b, const struct foi_record *r, int c)
{
    char num[32];
    switch (foi_export_coltype(c)) {
    case FOI_COL_INTEGER: {
        int64_t v;
        if (!foi_record_int(r, c, &v))
            return dump_into(b, e->null);
        json_integer_set(e->integer, (json_int_t)v);
        return dump_into(b, e->integer);
    }
    case FOI_COL_NUMBER:
        if (!isfinite(r->confidence))
            return dump_into(b, e->null);
        json_real_set(e->real, confidence2(r->confidence));
        return dump_into(b, e->real);
    default: {
        const char *s = foi_utf8_clean(foi_record_field(r, c, num, sizeof num), &e->scratch);
        if (!s)
            return FOI_ENOMEM;
        /* text with nothing to escape is written as jansson would write it,
         * between quotes, without the round trip; the rest goes through it */
        size_t n = 0;
        while (s[n] && s[n] != '"' && s[n] != '\\' && (unsigned char)s[n] >= 0x20)
            n++;
        if (!s[n]) {
            int rc = foi_buf_addc(b, '"');
            if (!rc)
                rc = foi_buf_add(b, s, n);
            return rc ? rc : foi_buf_addc(b, '"');
        }
        if (json_string_setn_nocheck(e->str, s, strlen(s)))
            return FOI_ENOMEM;
        return dump_into(b, e->str);
    }
    }
}

int foi_out_records_ndjson(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    json_set_alloc_funcs(foi_malloc, foi_free);
    struct foi_wfile *f = foi_wfile_open(path, err);
    if (!f)
        return err && err->code ? err->code : FOI_EIO;
    const struct foi_dataset *ds = x->ds;
    struct enc e = { json_string(""), json_real(0), json_integer(0), json_null(), { 0 } };
    foi_buf_init(&e.scratch, 0);
    struct foi_buf keys[FOI_RECORD_NCOLS], line;
    foi_buf_init(&line, 0);
    int rc = (e.str && e.real && e.integer && e.null) ? 0 : FOI_ENOMEM;
    /* each key once: "{\"key\":" for the first, ",\"key\":" after */
    for (int c = 0; c < FOI_RECORD_NCOLS; c++) {
        foi_buf_init(&keys[c], 0);
        json_t *k = rc ? NULL : json_string(foi_record_columns[c]);
        if (!k || foi_buf_addc(&keys[c], c ? ',' : '{') || dump_into(&keys[c], k) ||
            foi_buf_addc(&keys[c], ':'))
            rc = FOI_ENOMEM;
        json_decref(k);
    }
    for (size_t i = 0; !rc && i < ds->nrecords; i++) {
        foi_buf_reset(&line);   /* one line, then one write */
        for (int c = 0; !rc && c < FOI_RECORD_NCOLS; c++)
            if ((rc = foi_buf_add(&line, keys[c].data, keys[c].len)) == 0)
                rc = field_json(&e, &line, &ds->records[i], c);
        if (!rc)
            rc = foi_buf_add(&line, "}\n", 2);
        if (!rc)
            rc = foi_wfile_write(f, line.data, line.len);
    }
    for (int c = 0; c < FOI_RECORD_NCOLS; c++)
        foi_buf_release(&keys[c]);
    json_decref(e.str);
    json_decref(e.real);
    json_decref(e.integer);
    json_decref(e.null);
    foi_buf_release(&e.scratch);
    foi_buf_release(&line);
    return foi_wfile_finish(f, rc, path, err);
}
