/* review.c: the least sure figures of a stream of records, kept in a
 * bounded heap for report.html's "Figures to review" (see review.h). */
#include "review.h"

#include <stdlib.h>
#include <string.h>

void foi_review_init(struct foi_review *rv)
{
    memset(rv, 0, sizeof *rv);
}

void foi_review_release(struct foi_review *rv)
{
    for (size_t i = 0; i < rv->n; i++)
        foi_free(rv->h[i]);
    foi_free(rv->h);
    memset(rv, 0, sizeof *rv);
}

/* Is x listed before y: less sure first, then SPEC order. */
static int before(const struct foi_record *x, const struct foi_record *y)
{
    if (x->confidence != y->confidence)
        return x->confidence < y->confidence;
    return foi_record_cmp(x, y) < 0;
}

static int listed_cmp(const void *a, const void *b)
{
    const struct foi_record *x = *(struct foi_record *const *)a, *y = *(struct foi_record *const *)b;
    return before(x, y) ? -1 : before(y, x) ? 1 : 0;
}

/* One block: the record and every string it points to. */
static struct foi_record *copy_record(const struct foi_record *r)
{
    const char *const *f[] = { &r->force_id, &r->force_name, &r->period_label, &r->category, &r->category_raw,
                               &r->measure, &r->subject, &r->outcome, &r->outcome_raw, &r->source_file,
                               &r->source_sha256, &r->locator, &r->raw_text, &r->parser, &r->request_ref,
                               &r->date_basis, &r->note };
    enum { NF = sizeof f / sizeof f[0] };
    size_t len[NF], total = sizeof *r;
    for (size_t i = 0; i < NF; i++) {
        len[i] = *f[i] ? strlen(*f[i]) : 0;
        total += len[i] + 1;
    }
    struct foi_record *c = foi_malloc(total);
    if (!c)
        return NULL;
    *c = *r;
    char *p = (char *)(c + 1);
    const char **d[] = { &c->force_id, &c->force_name, &c->period_label, &c->category, &c->category_raw,
                         &c->measure, &c->subject, &c->outcome, &c->outcome_raw, &c->source_file,
                         &c->source_sha256, &c->locator, &c->raw_text, &c->parser, &c->request_ref,
                         &c->date_basis, &c->note };
    for (size_t i = 0; i < NF; i++) {
        if (len[i])
            memcpy(p, *f[i], len[i]);
        p[len[i]] = 0;
        *d[i] = p;
        p += len[i] + 1;
    }
    return c;
}

static void sift_down(struct foi_review *rv, size_t j)
{
    struct foi_record **h = rv->h;
    for (;;) {
        size_t l = 2 * j + 1, m = j;
        if (l < rv->n && before(h[m], h[l]))
            m = l;
        if (l + 1 < rv->n && before(h[m], h[l + 1]))
            m = l + 1;
        if (m == j)
            return;
        struct foi_record *t = h[j];
        h[j] = h[m];
        h[m] = t;
        j = m;
    }
}

int foi_review_add(struct foi_review *rv, const struct foi_record *r)
{
    if (!(r->confidence < FOI_CONF_REVIEW))
        return 0;
    rv->total++;
    if (!rv->h && !(rv->h = foi_malloc(FOI_REVIEW_ROWS * sizeof *rv->h)))
        return FOI_ENOMEM;
    if (rv->n < FOI_REVIEW_ROWS) {
        struct foi_record *c = copy_record(r);
        if (!c)
            return FOI_ENOMEM;
        /* sift up: the top is the surest of those kept */
        size_t j = rv->n++;
        rv->h[j] = c;
        while (j > 0 && before(rv->h[(j - 1) / 2], rv->h[j])) {
            struct foi_record *t = rv->h[j];
            rv->h[j] = rv->h[(j - 1) / 2];
            rv->h[(j - 1) / 2] = t;
            j = (j - 1) / 2;
        }
    } else if (before(r, rv->h[0])) {
        struct foi_record *c = copy_record(r);
        if (!c)
            return FOI_ENOMEM;
        foi_free(rv->h[0]);
        rv->h[0] = c;
        sift_down(rv, 0);
    }
    return 0;
}

void foi_review_done(struct foi_review *rv)
{
    if (rv->n)
        qsort(rv->h, rv->n, sizeof *rv->h, listed_cmp);
}
