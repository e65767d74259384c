/* out_ndjson.c: records.ndjson, one compact JSON object per record and line,
 * keys in records.csv column order, exact text (no spreadsheet prefix). */
#include "export.h"

#include <stdio.h>

int foi_out_records_ndjson(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    struct foi_wfile *f = foi_wfile_open(path, err);
    if (!f)
        return err && err->code ? err->code : FOI_EIO;
    const struct foi_dataset *ds = x->ds;
    struct foi_ndjson *e = NULL;
    struct foi_buf line;
    foi_buf_init(&line, 0);
    int rc = foi_ndjson_new(&e);
    for (size_t i = 0; !rc && i < ds->nrecords; i++) {
        rc = foi_ndjson_record(e, &line, &ds->records[i]);
        if (!rc && (line.len >= 65536 || i + 1 == ds->nrecords)) {
            rc = foi_wfile_write(f, line.data, line.len);
            foi_buf_reset(&line);
        }
    }
    foi_ndjson_free(e);
    foi_buf_release(&line);
    return foi_wfile_finish(f, rc, path, err);
}
