/* coverage.c: per-force coverage and the issue summary the report shows,
 * gathered from streams of records and issues (see coverage.h). */
#include "coverage.h"

#include <stdio.h>
#include <string.h>

void foi_coverage_init(struct foi_coverage *c)
{
    memset(c, 0, sizeof *c);
    foi_arena_init(&c->a, 0);
}

void foi_coverage_release(struct foi_coverage *c)
{
    foi_free(c->f);
    foi_free(c->slot);
    foi_arena_release(&c->a);
    memset(c, 0, sizeof *c);
}

static int real_force(const char *id)
{
    return id && *id && strcmp(id, "multiple") != 0;
}

static int rehash(struct foi_coverage *c)
{
    size_t ns = c->mask ? (c->mask + 1) * 2 : 64;
    uint32_t *s = foi_calloc(ns, sizeof *s);
    if (!s)
        return FOI_ENOMEM;
    for (size_t i = 0; i < c->n; i++) {
        size_t h = (size_t)foi_hash(c->f[i].id, strlen(c->f[i].id)) & (ns - 1);
        while (s[h])
            h = (h + 1) & (ns - 1);
        s[h] = (uint32_t)i + 1;
    }
    foi_free(c->slot);
    c->slot = s;
    c->mask = ns - 1;
    return 0;
}

const struct foi_force_cov *foi_coverage_find(const struct foi_coverage *c, const char *id)
{
    if (!c->mask || !id)
        return NULL;
    size_t h = (size_t)foi_hash(id, strlen(id)) & c->mask;
    while (c->slot[h]) {
        const struct foi_force_cov *f = &c->f[c->slot[h] - 1];
        if (!strcmp(f->id, id))
            return f;
        h = (h + 1) & c->mask;
    }
    return NULL;
}

/* The exemptions cited: a comma-separated list, each once, sorted (so that
 * it does not depend on the order records are counted in); what does not
 * fit is left out. */
static void add_exemption(struct foi_force_cov *f, const char *ex)
{
    if (!ex || !*ex || strlen(ex) > 31)
        return;
    char item[16][32];
    int n = 0;
    for (const char *p = f->exemptions; *p && n < 16;) {
        const char *e = strstr(p, ", ");
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k < sizeof item[0]) {
            memcpy(item[n], p, k);
            item[n][k] = 0;
            if (!strcmp(item[n], ex))
                return;   /* already there */
            n++;
        }
        p += k;
        if (*p)
            p += 2;
    }
    if (n == 16)
        return;
    /* insert in order */
    int at = 0;
    while (at < n && strcmp(item[at], ex) < 0)
        at++;
    for (int i = n; i > at; i--)
        memcpy(item[i], item[i - 1], sizeof item[0]);
    snprintf(item[at], sizeof item[0], "%s", ex);
    n++;
    char out[sizeof f->exemptions];
    size_t o = 0;
    for (int i = 0; i < n; i++) {
        size_t k = strlen(item[i]) + (i ? 2 : 0);
        if (o + k >= sizeof out)
            break;
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", i ? ", " : "", item[i]);
    }
    memcpy(f->exemptions, out, o + 1);
}

static struct foi_force_cov *force_entry(struct foi_coverage *c, const char *id)
{
    struct foi_force_cov *f = (struct foi_force_cov *)foi_coverage_find(c, id);
    if (f)
        return f;
    if ((c->n + 1) * 2 > c->mask && rehash(c))
        return NULL;
    if (foi_grow((void **)&c->f, &c->alloc, c->n, sizeof *c->f))
        return NULL;
    f = &c->f[c->n];
    memset(f, 0, sizeof *f);
    if (!(f->id = foi_arena_strdup(&c->a, id)))
        return NULL;
    size_t h = (size_t)foi_hash(f->id, strlen(f->id)) & c->mask;
    while (c->slot[h])
        h = (h + 1) & c->mask;
    c->slot[h] = (uint32_t)c->n + 1;
    c->n++;
    return f;
}

int foi_coverage_merge(struct foi_coverage *c, const struct foi_force_cov *part)
{
    if (!real_force(part->id))
        return 0;
    struct foi_force_cov *f = force_entry(c, part->id);
    if (!f)
        return FOI_ENOMEM;
    f->nrecords += part->nrecords;
    f->nfig += part->nfig;
    f->nref += part->nref;
    f->nnh += part->nnh;
    if (!f->name && part->name && *part->name && !(f->name = foi_arena_strdup(&c->a, part->name)))
        return FOI_ENOMEM;
    if (part->first[0] && (!f->first[0] || strcmp(part->first, f->first) < 0))
        memcpy(f->first, part->first, 11);
    if (part->last[0] && strcmp(part->last, f->last) > 0)
        memcpy(f->last, part->last, 11);
    /* each exemption of the part's list */
    const char *p = part->exemptions;
    while (*p) {
        const char *e = strstr(p, ", ");
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char one[32];
        if (n < sizeof one) {
            memcpy(one, p, n);
            one[n] = 0;
            add_exemption(f, one);
        }
        p += n;
        if (*p)
            p += 2;
    }
    return 0;
}

int foi_coverage_add(struct foi_coverage *c, const struct foi_record *r)
{
    c->nrecords++;
    if (!real_force(r->force_id))
        return 0;
    struct foi_force_cov *f = force_entry(c, r->force_id);
    if (!f)
        return FOI_ENOMEM;
    f->nrecords++;
    if (!f->name && r->force_name && *r->force_name && !(f->name = foi_arena_strdup(&c->a, r->force_name)))
        return FOI_ENOMEM;
    switch (r->v.status) {
    case FOI_VS_REFUSED: f->nref++; add_exemption(f, r->v.exemption); break;
    case FOI_VS_NOT_HELD: f->nnh++; break;
    case FOI_VS_NCND: f->nref++; add_exemption(f, r->v.exemption); break;
    case FOI_VS_NONE: break;
    default: f->nfig++; break;
    }
    if (r->period_start[0] && (!f->first[0] || strcmp(r->period_start, f->first) < 0))
        memcpy(f->first, r->period_start, 11);
    if (r->period_end[0] && strcmp(r->period_end, f->last) > 0)
        memcpy(f->last, r->period_end, 11);
    return 0;
}

/* ------------------------------------------------------------ issues */
void foi_issue_summary_init(struct foi_issue_summary *s, size_t per_code, size_t max_codes)
{
    memset(s, 0, sizeof *s);
    foi_arena_init(&s->a, 0);
    s->per_code = per_code;
    s->max_codes = max_codes;
}

void foi_issue_summary_release(struct foi_issue_summary *s)
{
    foi_free(s->codes);
    foi_free(s->shown);
    foi_arena_release(&s->a);
    memset(s, 0, sizeof *s);
}

int foi_issue_summary_add(struct foi_issue_summary *s, const struct foi_issue *is)
{
    s->total++;
    if ((unsigned)is->severity < 3)
        s->sev[is->severity]++;
    const char *code = is->code ? is->code : "";
    size_t k = 0;
    while (k < s->ncodes && strcmp(s->codes[k].code, code))
        k++;
    if (k == s->ncodes) {
        if (foi_grow((void **)&s->codes, &s->acodes, s->ncodes, sizeof *s->codes))
            return FOI_ENOMEM;
        struct foi_issue_code *c = &s->codes[s->ncodes];
        memset(c, 0, sizeof *c);
        if (!(c->code = foi_arena_strdup(&s->a, code)))
            return FOI_ENOMEM;
        s->ncodes++;
    }
    struct foi_issue_code *c = &s->codes[k];
    c->count++;
    if (k >= s->max_codes) {       /* more distinct codes than the page lists */
        s->other_left++;
        return 0;
    }
    if (c->shown >= s->per_code) {
        c->left++;
        return 0;
    }
    c->shown++;
    if (foi_grow((void **)&s->shown, &s->ashown, s->nshown, sizeof *s->shown))
        return FOI_ENOMEM;
    struct foi_issue *d = &s->shown[s->nshown];
    d->severity = is->severity;
    d->code = c->code;
    d->source_file = foi_arena_strdup(&s->a, is->source_file ? is->source_file : "");
    d->locator = foi_arena_strdup(&s->a, is->locator ? is->locator : "");
    d->message = foi_arena_strdup(&s->a, is->message ? is->message : "");
    if (!d->source_file || !d->locator || !d->message)
        return FOI_ENOMEM;
    s->nshown++;
    return 0;
}

static int sink_add(void *ctx, const struct foi_issue *is)
{
    return foi_issue_summary_add(ctx, is);
}

struct foi_issue_sink foi_issue_summary_sink(struct foi_issue_summary *s)
{
    struct foi_issue_sink k = { sink_add, s };
    return k;
}
