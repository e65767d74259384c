/* out_csv.c: records.csv, sources.csv and issues.csv: RFC 4180 with LF line
 * endings, a header row, formula-looking text neutralised for spreadsheets. */
#include "export.h"

#include <inttypes.h>
#include <stdio.h>

static int open_or_fail(const char *path, struct foi_wfile **f, struct foi_err *err)
{
    *f = foi_wfile_open(path, err);
    if (*f)
        return 0;
    return err && err->code ? err->code : FOI_EIO;
}

/* Write one row of n fields and the LF; stop at the first error. */
static int row(struct foi_wfile *f, const char *const *fields, int n)
{
    int rc = 0;
    for (int i = 0; i < n && !rc; i++) {
        if (i)
            rc = foi_wfile_write(f, ",", 1);
        if (!rc)
            rc = foi_csv_field(f, fields[i], 1);
    }
    if (!rc)
        rc = foi_wfile_write(f, "\n", 1);
    return rc;
}

int foi_out_records_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    struct foi_wfile *f;
    int rc = open_or_fail(path, &f, err);
    if (rc)
        return rc;
    rc = row(f, foi_record_columns, FOI_RECORD_NCOLS);
    const struct foi_dataset *ds = x->ds;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (size_t i = 0; !rc && i < ds->nrecords; i++) {
        rc = foi_csv_record(&b, &ds->records[i]);
        if (!rc && (b.len >= 65536 || i + 1 == ds->nrecords)) {
            rc = foi_wfile_write(f, b.data, b.len);
            foi_buf_reset(&b);
        }
    }
    foi_buf_release(&b);
    return foi_wfile_finish(f, rc, path, err);
}

static const char *const source_columns[] = {
    "source_file", "source_sha256", "bytes", "format", "parser", "force_id", "status", "records",
    "attached_to",
};
enum { NSOURCE_COLS = 9 };

static const char *nz(const char *s) { return s ? s : ""; }

int foi_out_sources_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    struct foi_wfile *f;
    int rc = open_or_fail(path, &f, err);
    if (rc)
        return rc;
    rc = row(f, source_columns, NSOURCE_COLS);
    const struct foi_dataset *ds = x->ds;
    for (size_t i = 0; !rc && i < ds->nsources; i++) {
        const struct foi_source *s = &ds->sources[i];
        char bytes[32], records[32];
        snprintf(bytes, sizeof bytes, "%" PRIu64, s->bytes);
        snprintf(records, sizeof records, "%ld", s->records);
        const char *fields[NSOURCE_COLS] = {
            nz(s->source_file), nz(s->source_sha256), bytes, nz(s->format),
            nz(s->parser), nz(s->force_id), nz(s->status), records, nz(s->attached_to),
        };
        rc = row(f, fields, NSOURCE_COLS);
    }
    return foi_wfile_finish(f, rc, path, err);
}

static const char *const issue_columns[] = { "severity", "code", "source_file", "locator", "message" };
enum { NISSUE_COLS = 5 };

int foi_csv_issue_header(struct foi_buf *b)
{
    int rc = 0;
    for (int i = 0; i < NISSUE_COLS && !rc; i++) {
        if (i)
            rc = foi_buf_addc(b, ',');
        if (!rc)
            rc = foi_csv_put(b, issue_columns[i], 1);
    }
    return rc ? rc : foi_buf_addc(b, '\n');
}

int foi_csv_issue(struct foi_buf *b, const struct foi_issue *is)
{
    const char *fields[NISSUE_COLS] = {
        foi_severity_name(is->severity), nz(is->code), nz(is->source_file), nz(is->locator), nz(is->message),
    };
    int rc = 0;
    for (int i = 0; i < NISSUE_COLS && !rc; i++) {
        if (i)
            rc = foi_buf_addc(b, ',');
        if (!rc)
            rc = foi_csv_put(b, fields[i], 1);
    }
    return rc ? rc : foi_buf_addc(b, '\n');
}

int foi_out_issues_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    struct foi_wfile *f;
    int rc = open_or_fail(path, &f, err);
    if (rc)
        return rc;
    rc = row(f, issue_columns, NISSUE_COLS);
    const struct foi_dataset *ds = x->ds;
    for (size_t i = 0; !rc && i < ds->nissues; i++) {
        const struct foi_issue *is = &ds->issues[i];
        const char *fields[NISSUE_COLS] = {
            foi_severity_name(is->severity), nz(is->code), nz(is->source_file),
            nz(is->locator), nz(is->message),
        };
        rc = row(f, fields, NISSUE_COLS);
    }
    return foi_wfile_finish(f, rc, path, err);
}
