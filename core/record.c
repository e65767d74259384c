/* record.c: the dataset (records, sources, issues), its SPEC sort order and the
 * records.csv column view shared by every exporter. */
#include "record.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *foi_vstatus_name(enum foi_vstatus s)
{
    switch (s) {
    case FOI_VS_REPORTED: return "reported";
    case FOI_VS_SUPPRESSED: return "suppressed";
    case FOI_VS_REFUSED: return "refused";
    case FOI_VS_NOT_HELD: return "not_held";
    case FOI_VS_APPROXIMATE: return "approximate";
    case FOI_VS_NCND: return "ncnd";
    default: return "";
    }
}

const char *foi_severity_name(enum foi_severity s)
{
    switch (s) {
    case FOI_SEV_ERROR: return "error";
    case FOI_SEV_WARNING: return "warning";
    default: return "info";
    }
}

const char *const foi_record_columns[] = {
    "force_id", "force_name", "period_start", "period_end", "period_label",
    "category", "category_raw", "measure", "subject", "outcome", "outcome_raw",
    "value", "value_status", "value_min", "value_max", "exemption",
    "source_file", "source_sha256", "locator", "raw_text", "parser",
    "confidence", "request_ref", "date_basis", "note", NULL
};

static const char *nz(const char *s) { return s ? s : ""; }

const char *foi_record_field(const struct foi_record *r, int col, char *buf, size_t bufsz)
{
    switch (col) {
    case 0: return nz(r->force_id);
    case 1: return nz(r->force_name);
    case 2: return r->period_start;
    case 3: return r->period_end;
    case 4: return nz(r->period_label);
    case 5: return nz(r->category);
    case 6: return nz(r->category_raw);
    case 7: return nz(r->measure);
    case 8: return nz(r->subject);
    case 9: return nz(r->outcome);
    case 10: return nz(r->outcome_raw);
    case 11:
        if (!r->v.has_value) return "";
        snprintf(buf, bufsz, "%" PRId64, r->v.value);
        return buf;
    case 12: return foi_vstatus_name(r->v.status);
    case 13:
        if (!r->v.has_min) return "";
        snprintf(buf, bufsz, "%" PRId64, r->v.min);
        return buf;
    case 14:
        if (!r->v.has_max) return "";
        snprintf(buf, bufsz, "%" PRId64, r->v.max);
        return buf;
    case 15: return r->v.exemption;
    case 16: return nz(r->source_file);
    case 17: return nz(r->source_sha256);
    case 18: return nz(r->locator);
    case 19: return nz(r->raw_text);
    case 20: return nz(r->parser);
    case 21: snprintf(buf, bufsz, "%.2f", r->confidence); return buf;
    case 22: return nz(r->request_ref);
    case 23: return nz(r->date_basis);
    case 24: return nz(r->note);
    default: return "";
    }
}

int foi_record_int(const struct foi_record *r, int col, int64_t *v)
{
    switch (col) {
    case 11: *v = r->v.value; return r->v.has_value;
    case 13: *v = r->v.min; return r->v.has_min;
    case 14: *v = r->v.max; return r->v.has_max;
    default: return 0;
    }
}

void foi_dataset_init(struct foi_dataset *ds)
{
    memset(ds, 0, sizeof *ds);
    foi_arena_init(&ds->arena, 0);
}

void foi_dataset_release(struct foi_dataset *ds)
{
    foi_free(ds->strings.slot);
    foi_free(ds->strings.hash);
    foi_free(ds->records);
    foi_free(ds->sources);
    foi_free(ds->issues);
    foi_free(ds->metas);
    foi_arena_release(&ds->arena);
    memset(ds, 0, sizeof *ds);
}

static int strings_grow(struct foi_dataset *ds)
{
    size_t ncap = ds->strings.mask ? (ds->strings.mask + 1) * 2 : 1024;
    const char **slot = foi_calloc(ncap, sizeof *slot);
    uint32_t *hash = foi_calloc(ncap, sizeof *hash);
    if (!slot || !hash) {
        foi_free(slot);
        foi_free(hash);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; ds->strings.mask && i <= ds->strings.mask; i++) {
        if (!ds->strings.slot[i])
            continue;
        size_t k = ds->strings.hash[i] & (ncap - 1);
        while (slot[k])
            k = (k + 1) & (ncap - 1);
        slot[k] = ds->strings.slot[i];
        hash[k] = ds->strings.hash[i];
    }
    foi_free(ds->strings.slot);
    foi_free(ds->strings.hash);
    ds->strings.slot = slot;
    ds->strings.hash = hash;
    ds->strings.mask = ncap - 1;
    return 0;
}

const char *foi_dataset_str(struct foi_dataset *ds, const char *s)
{
    if ((ds->strings.n + 1) * 2 > ds->strings.mask + 1 && strings_grow(ds))
        return NULL;
    size_t len = strlen(s);
    uint32_t h = foi_memo_hash(s, len);
    size_t k = h & ds->strings.mask;
    for (; ds->strings.slot[k]; k = (k + 1) & ds->strings.mask)
        if (ds->strings.hash[k] == h && !strcmp(ds->strings.slot[k], s))
            return ds->strings.slot[k];
    char *c = foi_arena_strndup(&ds->arena, s, len);
    if (!c)
        return NULL;
    ds->strings.slot[k] = c;
    ds->strings.hash[k] = h;
    ds->strings.n++;
    return c;
}

/* A field interned: the same string as the field's last one is that one
 * (the table holds one copy of each text), else looked up. */
static const char *recent_str(struct foi_dataset *ds, int k, const char *s)
{
    const char *r = ds->recent[k];
    if (r && r[0] == s[0] && !strcmp(r, s))
        return r;
    r = foi_dataset_str(ds, s);
    if (r)
        ds->recent[k] = r;
    return r;
}

#define DUP(field) do { if (src->field) { dst->field = foi_dataset_str(ds, src->field); \
        if (!dst->field) return FOI_ENOMEM; } } while (0)
#define DUPR(field, k) do { if (src->field) { dst->field = recent_str(ds, k, src->field); \
        if (!dst->field) return FOI_ENOMEM; } } while (0)

int foi_dataset_add_record(struct foi_dataset *ds, const struct foi_record *src)
{
    if (foi_grow((void **)&ds->records, &ds->arecords, ds->nrecords, sizeof *ds->records))
        return FOI_ENOMEM;
    struct foi_record *dst = &ds->records[ds->nrecords];
    *dst = *src;
    DUPR(force_id, 0); DUPR(force_name, 1); DUPR(period_label, 2); DUPR(category, 3); DUPR(category_raw, 4);
    DUPR(measure, 5); DUPR(subject, 6); DUPR(outcome, 7); DUPR(outcome_raw, 8); DUPR(source_file, 9);
    DUPR(source_sha256, 10); DUPR(parser, 11); DUPR(request_ref, 12); DUPR(date_basis, 13); DUPR(note, 14);
    /* a locator is its record's own, and raw text mostly so: copied, not looked up */
    if (src->locator && !(dst->locator = foi_arena_strdup(&ds->arena, src->locator)))
        return FOI_ENOMEM;
    if (src->raw_text && !(dst->raw_text = foi_arena_strdup(&ds->arena, src->raw_text)))
        return FOI_ENOMEM;
    ds->nrecords++;
    return 0;
}

int foi_dataset_add_source(struct foi_dataset *ds, const struct foi_source *src)
{
    if (foi_grow((void **)&ds->sources, &ds->asources, ds->nsources, sizeof *ds->sources))
        return FOI_ENOMEM;
    struct foi_source *dst = &ds->sources[ds->nsources];
    *dst = *src;
    DUP(source_file); DUP(source_sha256); DUP(format); DUP(parser); DUP(force_id); DUP(status); DUP(attached_to);
    ds->nsources++;
    return 0;
}

int foi_dataset_add_meta(struct foi_dataset *ds, const char *source_file, const char *key,
                         const char *value)
{
    if (foi_grow((void **)&ds->metas, &ds->ametas, ds->nmetas, sizeof *ds->metas))
        return FOI_ENOMEM;
    struct foi_meta *m = &ds->metas[ds->nmetas];
    m->source_file = foi_dataset_str(ds, source_file ? source_file : "");
    m->key = foi_dataset_str(ds, key ? key : "");
    m->value = foi_dataset_str(ds, value ? value : "");
    if (!m->source_file || !m->key || !m->value)
        return FOI_ENOMEM;
    ds->nmetas++;
    return 0;
}

static int sink_to_dataset(void *ctx, const struct foi_issue *is)
{
    return foi_dataset_add_issue(ctx, is->severity, is->code, is->source_file, is->locator, "%s", is->message);
}

struct foi_issue_sink foi_dataset_issue_sink(struct foi_dataset *ds)
{
    struct foi_issue_sink s = { sink_to_dataset, ds };
    return s;
}

int foi_issue_emit(const struct foi_issue_sink *sink, enum foi_severity sev, const char *code,
                   const char *source_file, const char *locator, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    struct foi_issue is = { sev, code, source_file ? source_file : "", locator ? locator : "", msg };
    return sink->add(sink->ctx, &is);
}

int foi_dataset_add_issue(struct foi_dataset *ds, enum foi_severity sev, const char *code,
                          const char *source_file, const char *locator, const char *fmt, ...)
{
    if (foi_grow((void **)&ds->issues, &ds->aissues, ds->nissues, sizeof *ds->issues))
        return FOI_ENOMEM;
    struct foi_issue *is = &ds->issues[ds->nissues];
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    is->severity = sev;
    is->code = foi_dataset_str(ds, code);
    is->source_file = foi_dataset_str(ds, source_file ? source_file : "");
    is->locator = foi_dataset_str(ds, locator ? locator : "");
    is->message = foi_arena_strdup(&ds->arena, msg);     /* messages seldom repeat */
    if (!is->code || !is->source_file || !is->locator || !is->message)
        return FOI_ENOMEM;
    ds->nissues++;
    return 0;
}

/* the dataset holds each distinct string once (but locators and raw texts):
 * the same pointer is the same text; different pointers are compared */
static int scmp(const char *a, const char *b) { return a == b ? 0 : strcmp(a ? a : "", b ? b : ""); }

int foi_record_cmp(const struct foi_record *a, const struct foi_record *b)
{
    int c;
    if ((c = scmp(a->force_id, b->force_id))) return c;
    if ((c = strcmp(a->period_start, b->period_start))) return c;
    if ((c = strcmp(a->period_end, b->period_end))) return c;
    if ((c = scmp(a->category, b->category))) return c;
    if ((c = scmp(a->measure, b->measure))) return c;
    if ((c = scmp(a->subject, b->subject))) return c;
    if ((c = scmp(a->outcome, b->outcome))) return c;
    if ((c = scmp(a->source_file, b->source_file))) return c;
    if ((c = scmp(a->locator, b->locator))) return c;
    /* full tie-break so the order never depends on input order */
    if ((c = scmp(a->category_raw, b->category_raw))) return c;
    if ((c = scmp(a->outcome_raw, b->outcome_raw))) return c;
    if ((c = scmp(a->period_label, b->period_label))) return c;
    if ((c = scmp(a->raw_text, b->raw_text))) return c;
    if (a->v.value != b->v.value) return a->v.value < b->v.value ? -1 : 1;
    return (int)a->v.status - (int)b->v.status;
}

static int rec_qcmp(const void *a, const void *b) { return foi_record_cmp(a, b); }

static int src_qcmp(const void *a, const void *b)
{
    const struct foi_source *x = a, *y = b;
    return scmp(x->source_file, y->source_file);
}

static int iss_qcmp(const void *a, const void *b)
{
    return foi_issue_cmp(a, b);
}

int foi_issue_cmp(const struct foi_issue *x, const struct foi_issue *y)
{
    int c;
    if ((c = scmp(x->source_file, y->source_file))) return c;
    if ((c = (int)x->severity - (int)y->severity)) return c;
    if ((c = scmp(x->code, y->code))) return c;
    if ((c = scmp(x->locator, y->locator))) return c;
    return scmp(x->message, y->message);
}

static int meta_qcmp(const void *a, const void *b)
{
    const struct foi_meta *x = a, *y = b;
    int c = strcmp(x->source_file, y->source_file);
    if (!c)
        c = strcmp(x->key, y->key);
    return c ? c : strcmp(x->value, y->value);
}

void foi_dataset_sort(struct foi_dataset *ds)
{
    if (ds->nrecords)
        foi_qsort(ds->records, ds->nrecords, sizeof *ds->records, rec_qcmp);
    if (ds->nsources)
        foi_qsort(ds->sources, ds->nsources, sizeof *ds->sources, src_qcmp);
    if (ds->nissues)
        foi_qsort(ds->issues, ds->nissues, sizeof *ds->issues, iss_qcmp);
    if (ds->nmetas)
        foi_qsort(ds->metas, ds->nmetas, sizeof *ds->metas, meta_qcmp);
}
