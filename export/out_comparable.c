/* out_comparable.c: comparable.csv, the wide table journalists publish (one
 * row per force x period x category x measure x subject, one column per
 * outcome, then officers, officers_date, rate_per_1000, funnel). LF endings. */
#include "export.h"
#include "../analyze/comparable.h"

#include <inttypes.h>
#include <stdio.h>

int foi_comparable_csv_header(struct foi_buf *b, const struct foi_comparable *cmp)
{
    int rc = 0;
    for (int i = 0; i < cmp->ncolumns && !rc; i++) {
        if (i)
            rc = foi_buf_addc(b, ',');
        if (!rc)
            rc = foi_csv_put(b, cmp->columns[i], 1);
    }
    return rc ? rc : foi_buf_addc(b, '\n');
}

int foi_comparable_csv_row(struct foi_buf *b, const struct foi_comparable *cmp, const struct foi_cmp_row *r)
{
    char officers[32] = "", rate[64] = "";
    if (r->has_rate) {
        snprintf(officers, sizeof officers, "%" PRId64, r->officers);
        snprintf(rate, sizeof rate, "%.2f", r->rate_per_1000);
    }
    const char *head[7] = { r->force_id, r->force_name, r->period_start, r->period_end, r->category,
                            r->measure, r->subject };
    const char *tail[4] = { officers, r->has_rate ? r->officers_date : "", rate, r->funnel ? r->funnel : "" };
    int rc = 0;
    for (int i = 0; i < 7 && !rc; i++) {
        if (i)
            rc = foi_buf_addc(b, ',');
        if (!rc)
            rc = foi_csv_put(b, head[i], 1);
    }
    for (int c = 0; c < cmp->noutcomes && !rc; c++) {
        rc = foi_buf_addc(b, ',');
        if (!rc)
            rc = foi_csv_put(b, r->cells[c].text ? r->cells[c].text : "", 1);
    }
    for (int i = 0; i < 4 && !rc; i++) {
        rc = foi_buf_addc(b, ',');
        if (!rc)
            rc = foi_csv_put(b, tail[i], 1);
    }
    return rc ? rc : foi_buf_addc(b, '\n');
}

int foi_out_comparable_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    const struct foi_comparable *cmp = x->cmp;
    if (!cmp || !cmp->columns)
        return foi_errf(err, FOI_EUSAGE, path, "the comparable table was not built");
    struct foi_wfile *f = foi_wfile_open(path, err);
    if (!f)
        return err && err->code ? err->code : FOI_EIO;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int rc = foi_comparable_csv_header(&b, cmp);
    for (size_t i = 0; !rc && i < cmp->nrows; i++)
        rc = foi_comparable_csv_row(&b, cmp, &cmp->rows[i]);
    if (!rc)
        rc = foi_wfile_write(f, b.data ? b.data : "", b.len);
    foi_buf_release(&b);
    return foi_wfile_finish(f, rc, path, err);
}
