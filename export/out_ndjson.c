/* out_ndjson.c: records.ndjson, one compact JSON object per record and line,
 * keys in records.csv column order, exact text (no spreadsheet prefix). */
#include "export.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int dump_cb(const char *buffer, size_t size, void *data)
{
    return foi_buf_add(data, buffer, size) ? -1 : 0;
}

/* Confidence as it reads in records.csv ("%.2f"), back as a double. */
static double confidence2(double c)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.2f", c);
    return strtod(buf, NULL);
}

/* The JSON value of column c of r; NULL when out of memory. */
static json_t *field_json(const struct foi_record *r, int c, struct foi_buf *scratch)
{
    char num[32];
    switch (foi_export_coltype(c)) {
    case FOI_COL_INTEGER: {
        const char *name = foi_record_columns[c];
        if (!strcmp(name, "value_min"))
            return r->v.has_min ? json_integer((json_int_t)r->v.min) : json_null();
        if (!strcmp(name, "value_max"))
            return r->v.has_max ? json_integer((json_int_t)r->v.max) : json_null();
        return r->v.has_value ? json_integer((json_int_t)r->v.value) : json_null();
    }
    case FOI_COL_NUMBER:
        if (!isfinite(r->confidence))
            return json_null();
        return json_real(confidence2(r->confidence));
    default: {
        const char *s = foi_utf8_clean(foi_record_field(r, c, num, sizeof num), scratch);
        return s ? json_string(s) : NULL;
    }
    }
}

/* Flags: compact, keys in insertion order, UTF-8 kept as is, and reals with 3
 * significant digits so that a 2-decimal confidence prints as 0.85, 0.9, 1.0. */
#define NDJSON_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(3))

int foi_out_records_ndjson(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    json_set_alloc_funcs(foi_malloc, foi_free);
    struct foi_wfile *f = foi_wfile_open(path, err);
    if (!f)
        return err && err->code ? err->code : FOI_EIO;
    const struct foi_dataset *ds = x->ds;
    struct foi_buf scratch, line;
    foi_buf_init(&scratch, 0);
    foi_buf_init(&line, 0);
    int rc = 0;
    for (size_t i = 0; !rc && i < ds->nrecords; i++) {
        json_t *o = json_object();
        if (!o) {
            rc = FOI_ENOMEM;
            break;
        }
        for (int c = 0; !rc && c < FOI_RECORD_NCOLS; c++) {
            json_t *v = field_json(&ds->records[i], c, &scratch);
            if (!v || json_object_set_new(o, foi_record_columns[c], v))
                rc = FOI_ENOMEM;
        }
        foi_buf_reset(&line);   /* one line, then one write */
        if (!rc && (json_dump_callback(o, dump_cb, &line, NDJSON_FLAGS) || foi_buf_addc(&line, '\n')))
            rc = FOI_ENOMEM;
        json_decref(o);
        if (!rc)
            rc = foi_wfile_write(f, line.data, line.len);
    }
    foi_buf_release(&scratch);
    foi_buf_release(&line);
    int crc = foi_wfile_close(f, err);
    if (rc && !crc)
        foi_errf(err, rc, path, "cannot write: %s", foi_strerror(rc));
    if (rc || crc)
        unlink(path);
    return rc ? rc : crc;
}
