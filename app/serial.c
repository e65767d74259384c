/* serial.c: exact serialization of a dataset (see serial.h) and SHA-256. */
#include "serial.h"

#include <openssl/evp.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC "FOIS2\n"

void foi_sha256_hex(const void *data, size_t n, char out[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    static const char hex[] = "0123456789abcdef";
    if (!EVP_Digest(data, n, md, &len, EVP_sha256(), NULL) || len != 32) {
        memset(out, '0', 64);
        out[64] = '\0';
        return;
    }
    for (unsigned i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = '\0';
}

static int put(struct foi_buf *b, const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    int rc = foi_buf_printf(b, "%zu:", n);
    return rc ? rc : foi_buf_add(b, s, n);
}

static int puti(struct foi_buf *b, int64_t v)
{
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%" PRId64, v);
    return put(b, tmp);
}

int foi_serial_write(const struct foi_dataset *ds, struct foi_buf *b)
{
    int rc = foi_buf_adds(b, MAGIC);
    for (size_t i = 0; i < ds->nsources && !rc; i++) {
        const struct foi_source *s = &ds->sources[i];
        rc = foi_buf_addc(b, 'S');
        if (!rc) rc = put(b, s->source_file);
        if (!rc) rc = put(b, s->source_sha256);
        if (!rc) rc = puti(b, (int64_t)s->bytes);
        if (!rc) rc = put(b, s->format);
        if (!rc) rc = put(b, s->parser);
        if (!rc) rc = put(b, s->force_id);
        if (!rc) rc = put(b, s->status);
        if (!rc) rc = puti(b, s->records);
        if (!rc) rc = put(b, s->attached_to ? s->attached_to : "");
    }
    for (size_t i = 0; i < ds->nrecords && !rc; i++) {
        const struct foi_record *r = &ds->records[i];
        char conf[64];
        snprintf(conf, sizeof conf, "%a", r->confidence);
        rc = foi_buf_addc(b, 'R');
        const char *strs[] = { r->force_id, r->force_name, r->period_start, r->period_end,
                               r->period_label, r->category, r->category_raw, r->measure,
                               r->subject, r->outcome, r->outcome_raw, r->v.exemption,
                               r->source_file, r->source_sha256, r->locator, r->raw_text,
                               r->parser, conf, r->request_ref, r->date_basis, r->note };
        for (size_t k = 0; k < sizeof strs / sizeof *strs && !rc; k++)
            rc = put(b, strs[k]);
        int64_t ints[] = { r->v.status, r->v.value, r->v.min, r->v.max, r->v.has_value,
                           r->v.has_min, r->v.has_max, r->v.marker };
        for (size_t k = 0; k < sizeof ints / sizeof *ints && !rc; k++)
            rc = puti(b, ints[k]);
    }
    for (size_t i = 0; i < ds->nissues && !rc; i++) {
        const struct foi_issue *is = &ds->issues[i];
        rc = foi_buf_addc(b, 'I');
        if (!rc) rc = puti(b, is->severity);
        if (!rc) rc = put(b, is->code);
        if (!rc) rc = put(b, is->source_file);
        if (!rc) rc = put(b, is->locator);
        if (!rc) rc = put(b, is->message);
    }
    for (size_t i = 0; i < ds->nmetas && !rc; i++) {
        const struct foi_meta *m = &ds->metas[i];
        rc = foi_buf_addc(b, 'M');
        if (!rc) rc = put(b, m->source_file);
        if (!rc) rc = put(b, m->key);
        if (!rc) rc = put(b, m->value);
    }
    if (!rc)
        rc = foi_buf_addc(b, 'E');
    return rc;
}

struct rd {
    const char *p, *end;
    struct foi_arena *a;
    int bad;
};

static const char *get(struct rd *r)
{
    if (r->bad)
        return "";
    size_t n = 0;
    const char *p = r->p;
    while (p < r->end && *p >= '0' && *p <= '9' && n < ((size_t)1 << 40))
        n = n * 10 + (size_t)(*p++ - '0');
    if (p >= r->end || *p != ':' || p == r->p || (size_t)(r->end - p - 1) < n) {
        r->bad = 1;
        return "";
    }
    p++;
    const char *s = foi_arena_strndup(r->a, p, n);
    if (!s) {
        r->bad = 2;
        return "";
    }
    r->p = p + n;
    return s;
}

static int64_t geti(struct rd *r)
{
    const char *s = get(r);
    if (r->bad)
        return 0;
    char *e;
    errno = 0;
    long long v = strtoll(s, &e, 10);
    if (errno || *e || !*s)
        r->bad = 1;
    return v;
}

int foi_serial_read(struct foi_dataset *ds, const char *data, size_t n, struct foi_err *err)
{
    struct foi_arena tmp;
    foi_arena_init(&tmp, 0);
    struct rd r = { data, data + n, &tmp, 0 };
    int rc = 0;
    size_t nr0 = ds->nrecords, ns0 = ds->nsources, ni0 = ds->nissues, nm0 = ds->nmetas;
    if (n < strlen(MAGIC) || memcmp(data, MAGIC, strlen(MAGIC))) {
        foi_arena_release(&tmp);
        return foi_errf(err, FOI_ECORRUPT, "", "not a foi result stream");
    }
    r.p += strlen(MAGIC);
    int ended = 0;
    while (!rc && !r.bad && r.p < r.end && !ended) {
        char tag = *r.p++;
        if (tag == 'E') {
            ended = 1;
        } else if (tag == 'S') {
            struct foi_source s;
            memset(&s, 0, sizeof s);
            s.source_file = get(&r); s.source_sha256 = get(&r);
            s.bytes = (uint64_t)geti(&r); s.format = get(&r); s.parser = get(&r);
            s.force_id = get(&r); s.status = get(&r); s.records = (long)geti(&r);
            s.attached_to = get(&r);
            if (!r.bad)
                rc = foi_dataset_add_source(ds, &s);
        } else if (tag == 'R') {
            struct foi_record x;
            memset(&x, 0, sizeof x);
            const char *ps, *pe, *ex, *conf;
            x.force_id = get(&r); x.force_name = get(&r); ps = get(&r); pe = get(&r);
            x.period_label = get(&r); x.category = get(&r); x.category_raw = get(&r);
            x.measure = get(&r); x.subject = get(&r); x.outcome = get(&r); x.outcome_raw = get(&r);
            ex = get(&r); x.source_file = get(&r); x.source_sha256 = get(&r); x.locator = get(&r);
            x.raw_text = get(&r); x.parser = get(&r); conf = get(&r); x.request_ref = get(&r);
            x.date_basis = get(&r); x.note = get(&r);
            x.v.status = (enum foi_vstatus)geti(&r); x.v.value = geti(&r); x.v.min = geti(&r);
            x.v.max = geti(&r); x.v.has_value = (int)geti(&r); x.v.has_min = (int)geti(&r);
            x.v.has_max = (int)geti(&r); x.v.marker = (int)geti(&r);
            if (r.bad)
                break;
            if (strlen(ps) > 10 || strlen(pe) > 10 || strlen(ex) >= sizeof x.v.exemption) {
                r.bad = 1;
                break;
            }
            memcpy(x.period_start, ps, strlen(ps) + 1);
            memcpy(x.period_end, pe, strlen(pe) + 1);
            memcpy(x.v.exemption, ex, strlen(ex) + 1);
            char *e;
            x.confidence = strtod(conf, &e);
            if (*e || !*conf) {
                r.bad = 1;
                break;
            }
            rc = foi_dataset_add_record(ds, &x);
        } else if (tag == 'I') {
            int sev = (int)geti(&r);
            const char *code = get(&r), *sf = get(&r), *loc = get(&r), *msg = get(&r);
            if (!r.bad)
                rc = foi_dataset_add_issue(ds, (enum foi_severity)sev, code, sf, loc, "%s", msg);
        } else if (tag == 'M') {
            const char *sf = get(&r), *key = get(&r), *val = get(&r);
            if (!r.bad)
                rc = foi_dataset_add_meta(ds, sf, key, val);
        } else {
            r.bad = 1;
        }
    }
    foi_arena_release(&tmp);
    if (rc || r.bad || !ended) {
        /* a damaged stream takes back whatever it appended */
        ds->nrecords = nr0;
        ds->nsources = ns0;
        ds->nissues = ni0;
        ds->nmetas = nm0;
    }
    if (rc)
        return foi_errf(err, rc, "", "%s", foi_strerror(rc));
    if (r.bad == 2)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory reading a result stream");
    if (r.bad || !ended)
        return foi_errf(err, FOI_ECORRUPT, "", "truncated or malformed result stream");
    return 0;
}
