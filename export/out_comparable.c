/* out_comparable.c: comparable.csv, the wide table journalists publish (one
 * row per force x period x category x measure x subject, one column per
 * outcome, then officers, officers_date, rate_per_1000, funnel). LF endings. */
#include "export.h"
#include "../analyze/comparable.h"

#include <inttypes.h>
#include <stdio.h>

static int put_row(struct foi_wfile *f, const char *const *fields, int n)
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

int foi_out_comparable_csv(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    const struct foi_comparable *cmp = x->cmp;
    if (!cmp || !cmp->columns)
        return foi_errf(err, FOI_EUSAGE, path, "the comparable table was not built");
    struct foi_wfile *f = foi_wfile_open(path, err);
    if (!f)
        return err && err->code ? err->code : FOI_EIO;
    int n = cmp->ncolumns;
    const char **fields = foi_malloc((size_t)n * sizeof *fields);
    int rc = fields ? put_row(f, cmp->columns, n) : FOI_ENOMEM;
    for (size_t i = 0; !rc && i < cmp->nrows; i++) {
        const struct foi_cmp_row *r = &cmp->rows[i];
        char officers[32] = "", rate[64] = "";
        int k = 0;
        fields[k++] = r->force_id;
        fields[k++] = r->force_name;
        fields[k++] = r->period_start;
        fields[k++] = r->period_end;
        fields[k++] = r->category;
        fields[k++] = r->measure;
        fields[k++] = r->subject;
        for (int c = 0; c < cmp->noutcomes; c++)
            fields[k++] = r->cells[c].text ? r->cells[c].text : "";
        if (r->has_rate) {
            snprintf(officers, sizeof officers, "%" PRId64, r->officers);
            snprintf(rate, sizeof rate, "%.2f", r->rate_per_1000);
        }
        fields[k++] = officers;
        fields[k++] = r->has_rate ? r->officers_date : "";
        fields[k++] = rate;
        fields[k++] = r->funnel ? r->funnel : "";
        rc = put_row(f, fields, k);
    }
    foi_free(fields);
    return foi_wfile_finish(f, rc, path, err);
}
