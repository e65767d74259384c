/* figure.c: raw figure -> record. See figure.h. */
#include "figure.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* A small hash table of strings, each with a value (a label's id). */
struct foi_norm_memo {
    struct foi_arena a;
    char **key;
    const char **val;
    uint32_t *hash;
    size_t mask, n;
};

static struct foi_norm_memo *memo_new(void)
{
    struct foi_norm_memo *m = foi_calloc(1, sizeof *m);
    if (m)
        foi_arena_init(&m->a, 0);
    return m;
}

static void memo_free(struct foi_norm_memo *m)
{
    if (!m)
        return;
    foi_arena_release(&m->a);
    foi_free(m->key);
    foi_free(m->val);
    foi_free(m->hash);
    foi_free(m);
}

/* The slot of key (hash h): where it is, or the empty one it would go in. */
static size_t memo_slot(const struct foi_norm_memo *m, const char *key, size_t len, uint32_t h)
{
    size_t k = h & m->mask;
    while (m->key[k] && (m->hash[k] != h || strncmp(m->key[k], key, len) || m->key[k][len]))
        k = (k + 1) & m->mask;
    return k;
}

/* Look key[0..len) up: 1 with *val, or 0. */
static int memo_get(const struct foi_norm_memo *m, const char *key, size_t len, uint32_t h, const char **val)
{
    if (!m || !m->mask)
        return 0;
    size_t k = memo_slot(m, key, len, h);
    if (!m->key[k])
        return 0;
    *val = m->val[k];
    return 1;
}

/* Add key[0..len) (not there yet). 0, or FOI_ENOMEM. */
static int memo_put(struct foi_norm_memo *m, const char *key, size_t len, uint32_t h, const char *val)
{
    if ((m->n + 1) * 2 > m->mask) {
        size_t ns = m->mask ? (m->mask + 1) * 2 : 64;
        char **nk = foi_calloc(ns, sizeof *nk);
        const char **nv = foi_calloc(ns, sizeof *nv);
        uint32_t *nh = foi_calloc(ns, sizeof *nh);
        if (!nk || !nv || !nh) {
            foi_free(nk);
            foi_free((void *)nv);
            foi_free(nh);
            return FOI_ENOMEM;
        }
        for (size_t i = 0; m->mask && i <= m->mask; i++) {
            if (!m->key[i])
                continue;
            size_t k = m->hash[i] & (ns - 1);
            while (nk[k])
                k = (k + 1) & (ns - 1);
            nk[k] = m->key[i];
            nv[k] = m->val[i];
            nh[k] = m->hash[i];
        }
        foi_free(m->key);
        foi_free((void *)m->val);
        foi_free(m->hash);
        m->key = nk;
        m->val = nv;
        m->hash = nh;
        m->mask = ns - 1;
    }
    size_t k = memo_slot(m, key, len, h);
    char *c = foi_arena_strndup(&m->a, key, len);
    if (!c)
        return FOI_ENOMEM;
    m->key[k] = c;
    m->val[k] = val;
    m->hash[k] = h;
    m->n++;
    return 0;
}

void foi_norm_init(struct foi_norm_ctx *nc, const struct foi_taxonomy *tax, struct foi_dataset *ds,
                   const char *source_file, const char *sha256, const char *parser)
{
    memset(nc, 0, sizeof *nc);
    nc->tax = tax;
    nc->ds = ds;
    nc->source_file = source_file;
    nc->source_sha256 = sha256;
    nc->parser = parser;
}

/* One label of one issue code: how many figures had it, and where the first was. */
struct foi_norm_unknown {
    int code;            /* index into unk_codes */
    char *label;         /* NULL: the document says nothing */
    char *locator;       /* of the first figure */
    long count;
    size_t order;        /* first seen */
};

/* The codes gathered, in the order their issues are written, and how each
 * is worded: one label, several labels, no label. */
static const struct {
    const char *code, *one, *many, *none;
} unk_codes[] = {
    { "unknown_force", "force '%s' is not in forces.tsv", "forces not in forces.tsv",
      "no force named in the document or its folder" },
    { "period_unresolved", "cannot resolve the period '%s'; kept with empty dates",
      "periods foi cannot resolve, kept with empty dates", "no period stated" },
    { "unknown_category", "category '%s' is not in categories.tsv; mapped to other",
      "categories not in categories.tsv, mapped to other", "no category stated; mapped to other" },
    { "unknown_outcome", "outcome '%s' is not in outcomes.tsv; mapped to other",
      "outcomes not in outcomes.tsv, mapped to other", "no outcome stated; mapped to other" },
    { "unknown_measure", "measure '%s' is not in measures.tsv", "measures not in measures.tsv",
      "the document does not say what is counted" },
    { "unknown_subject", "subject '%s' is not in subjects.tsv; kept as unknown",
      "subjects not in subjects.tsv, kept as unknown",
      "the document does not say whether the figures are about officers, staff or both; subject unknown" },
};
enum { UNK_FORCE, UNK_PERIOD, UNK_CATEGORY, UNK_OUTCOME, UNK_MEASURE, UNK_SUBJECT, UNK_NCODES };
enum { UNK_MAX_LABELS = 1000 };   /* distinct labels kept per file; more are counted */

void foi_norm_release(struct foi_norm_ctx *nc)
{
    memo_free(nc->seen);
    memo_free(nc->labels);
    nc->seen = nc->labels = NULL;
    for (size_t i = 0; i < nc->nunk; i++) {
        foi_free(nc->unk[i].label);
        foi_free(nc->unk[i].locator);
    }
    foi_free(nc->unk);
    foi_free(nc->unk_slot);
    nc->unk = NULL;
    nc->unk_slot = NULL;
    nc->nunk = nc->aunk = nc->unk_mask = 0;
}

static uint64_t unk_hash(int code, const char *label)
{
    uint64_t h = foi_hash(label ? label : "", label ? strlen(label) : 0);
    return h * 31 + (uint64_t)code * 2654435761u + (label ? 1 : 0);
}

static int unk_same(const struct foi_norm_unknown *u, int code, const char *label)
{
    if (u->code != code)
        return 0;
    if (!u->label || !label)
        return !u->label && !label;
    return !strcmp(u->label, label);
}

static int unk_rehash(struct foi_norm_ctx *nc, size_t ncap)
{
    size_t *slot = foi_malloc(ncap * sizeof *slot);
    if (!slot)
        return FOI_ENOMEM;
    for (size_t i = 0; i < ncap; i++)
        slot[i] = (size_t)-1;
    for (size_t i = 0; i < nc->nunk; i++) {
        size_t k = (size_t)unk_hash(nc->unk[i].code, nc->unk[i].label) & (ncap - 1);
        while (slot[k] != (size_t)-1)
            k = (k + 1) & (ncap - 1);
        slot[k] = i;
    }
    foi_free(nc->unk_slot);
    nc->unk_slot = slot;
    nc->unk_mask = ncap - 1;
    return 0;
}

/* Count one figure under code and label (NULL: nothing stated). */
static int unknown(struct foi_norm_ctx *nc, int code, const char *label, const char *loc)
{
    if (!nc->unk_slot || (nc->nunk + 1) * 2 > nc->unk_mask + 1) {
        if (unk_rehash(nc, nc->unk_slot ? (nc->unk_mask + 1) * 2 : 64))
            return FOI_ENOMEM;
    }
    size_t k = (size_t)unk_hash(code, label) & nc->unk_mask;
    for (; nc->unk_slot[k] != (size_t)-1; k = (k + 1) & nc->unk_mask) {
        struct foi_norm_unknown *u = &nc->unk[nc->unk_slot[k]];
        if (unk_same(u, code, label)) {
            u->count++;
            return 0;
        }
    }
    /* past the cap, further labels of a code share one anonymous entry */
    size_t per = 0;
    for (size_t i = 0; i < nc->nunk && label; i++)
        per += nc->unk[i].code == code;
    if (label && per >= UNK_MAX_LABELS)
        return unknown(nc, code, "\x01", loc);
    if (nc->nunk == nc->aunk) {
        size_t na = nc->aunk ? nc->aunk * 2 : 16;
        struct foi_norm_unknown *p = foi_realloc(nc->unk, na * sizeof *p);
        if (!p)
            return FOI_ENOMEM;
        nc->unk = p;
        nc->aunk = na;
    }
    struct foi_norm_unknown *u = &nc->unk[nc->nunk];
    memset(u, 0, sizeof *u);
    u->code = code;
    u->label = label ? foi_strdup(label) : NULL;
    u->locator = foi_strdup(loc ? loc : "");
    if ((label && !u->label) || !u->locator) {
        foi_free(u->label);
        foi_free(u->locator);
        return FOI_ENOMEM;
    }
    u->count = 1;
    u->order = nc->nunk;
    nc->unk_slot[k] = nc->nunk++;
    return 0;
}

static void add_count(struct foi_buf *b, long n)
{
    foi_buf_printf(b, " (%ld figure%s)", n, n == 1 ? "" : "s");
}

int foi_norm_finish(struct foi_norm_ctx *nc)
{
    for (int code = 0; code < UNK_NCODES; code++) {
        const struct foi_norm_unknown *none = NULL, *first = NULL, *ex[5];
        long figures = 0, nlabels = 0, nex = 0, more = 0;
        for (size_t i = 0; i < nc->nunk; i++) {
            const struct foi_norm_unknown *u = &nc->unk[i];
            if (u->code != code)
                continue;
            figures += u->count;
            if (!first)
                first = u;
            if (!u->label) {
                none = u;
                continue;
            }
            if (!strcmp(u->label, "\x01")) {
                more += u->count;
                continue;
            }
            nlabels++;
            if (nex < 5)
                ex[nex++] = u;
        }
        if (!first)
            continue;
        struct foi_buf b;
        foi_buf_init(&b, 0);
        if (none) {
            foi_buf_adds(&b, unk_codes[code].none);
            add_count(&b, none->count);
            if (nlabels)
                foi_buf_adds(&b, "; also ");
        }
        if (nlabels == 1 && !more) {
            foi_buf_printf(&b, unk_codes[code].one, ex[0]->label);
            if (ex[0]->count > 1 || none)
                add_count(&b, ex[0]->count);
        } else if (nlabels) {
            long n = figures - (none ? none->count : 0);
            foi_buf_printf(&b, "%ld %s", nlabels, unk_codes[code].many);
            add_count(&b, n);
            foi_buf_adds(&b, ":");
            for (long i = 0; i < nex; i++)
                foi_buf_printf(&b, "%s '%.60s' (%ld, first at %s)", i ? "," : "", ex[i]->label, ex[i]->count,
                               ex[i]->locator);
            if (nlabels > nex || more)
                foi_buf_printf(&b, " and %ld more label%s", nlabels - nex + (more ? 1 : 0),
                               nlabels - nex + (more ? 1 : 0) == 1 ? "" : "s");
        }
        int rc = b.data ? foi_dataset_add_issue(nc->ds, FOI_SEV_WARNING, unk_codes[code].code, nc->source_file,
                                                first->locator, "%s", b.data)
                        : FOI_ENOMEM;
        foi_buf_release(&b);
        if (rc)
            return rc;
    }
    return 0;
}

/* 1 the first time key is seen for this source, 0 after (or on ENOMEM). */
static int first_time(struct foi_norm_ctx *nc, const char *key)
{
    if (!nc->seen && !(nc->seen = memo_new()))
        return 0;
    size_t len = strlen(key);
    uint32_t h = foi_memo_hash(key, len);
    const char *v;
    if (memo_get(nc->seen, key, len, h, &v))
        return 0;
    return memo_put(nc->seen, key, len, h, "") == 0;
}

const char *foi_norm_label(const struct foi_taxonomy *tax, enum foi_vocab v, const char *label)
{
    if (!label || !*label || !tax)
        return NULL;
    if (foi_taxonomy_has(tax, v, label)) {
        /* return the taxonomy's own copy */
        for (int i = 0;; i++) {
            const char *id = foi_taxonomy_id_at(tax, v, i);
            if (!id)
                break;
            if (!strcmp(id, label))
                return id;
        }
    }
    /* "Sexual offences (sexual assault and sexual harassment)": one figure
     * for several categories together is no one of them (SPEC: a label that
     * maps to no single category is other) */
    if (v == FOI_VOCAB_CATEGORY) {
        const char *ids[8];
        if (foi_taxonomy_joined(tax, v, label, ids, 8) >= 2)
            for (int i = 0;; i++) {
                const char *id = foi_taxonomy_id_at(tax, v, i);
                if (!id)
                    break;
                if (!strcmp(id, "other"))
                    return id;
            }
    }
    struct foi_match m;
    if (foi_taxonomy_match(tax, v, label, &m) > 0)
        return m.id;
    return NULL;
}

/* The same, remembered in *memo (made on first use; foi_norm_memo_free): a
 * file repeats its labels. */
const char *foi_norm_label_in(struct foi_norm_memo **memo, const struct foi_taxonomy *tax, enum foi_vocab v,
                              const char *label)
{
    if (!label || !*label || !tax)
        return NULL;
    char kb[512];
    size_t n = strlen(label);
    if (n + 2 > sizeof kb || (!*memo && !(*memo = memo_new())))
        return foi_norm_label(tax, v, label);
    kb[0] = (char)('A' + (int)v);
    memcpy(kb + 1, label, n + 1);
    uint32_t h = foi_memo_hash(kb, n + 1);
    const char *id;
    if (memo_get(*memo, kb, n + 1, h, &id))
        return id;
    id = foi_norm_label(tax, v, label);
    memo_put(*memo, kb, n + 1, h, id);   /* no room: only slower next time */
    return id;
}

void foi_norm_memo_free(struct foi_norm_memo *m)
{
    memo_free(m);
}

static const char *norm_label(struct foi_norm_ctx *nc, enum foi_vocab v, const char *label)
{
    return foi_norm_label_in(&nc->labels, nc->tax, v, label);
}

static int issue(struct foi_norm_ctx *nc, enum foi_severity sev, const char *code, const char *loc,
                 const char *once_key, const char *fmt, const char *a, const char *b)
{
    if (once_key) {
        char key[512];
        snprintf(key, sizeof key, "%s|%s", code, once_key);
        if (!first_time(nc, key))
            return 0;
    }
    char msg[768];
    snprintf(msg, sizeof msg, fmt, a ? a : "", b ? b : "");
    return foi_dataset_add_issue(nc->ds, sev, code, nc->source_file, loc, "%s", msg);
}

int foi_normalize_figure(struct foi_norm_ctx *nc, const struct foi_figure *f)
{
    struct foi_record r;
    memset(&r, 0, sizeof r);
    const char *loc = f->locator ? f->locator : "";
    int rc;

    /* value first: a figure that is no value is no record */
    struct foi_value v;
    if (f->parsed) {
        v = *f->parsed;
    } else {
        int vr = foi_value_parse(f->value ? f->value : "", &v);
        if (vr || v.status == FOI_VS_NONE)
            return issue(nc, FOI_SEV_WARNING, "parse_error", loc, NULL,
                         "cannot read '%.60s' as a count%s", f->value ? f->value : "",
                         vr == FOI_ERANGE ? " (negative, fractional or too large)" : "");
    }
    if (v.status == FOI_VS_REPORTED) {
        v.min = v.max = v.value;
        v.has_min = v.has_max = v.has_value = 1;
    }
    if (f->exemption && *f->exemption && !v.exemption[0] &&
        (v.status == FOI_VS_SUPPRESSED || v.status == FOI_VS_REFUSED))
        foi_strlcpy(v.exemption, sizeof v.exemption, f->exemption);
    foi_exemptions_canon(v.exemption);
    r.v = v;

    /* force */
    const char *force = norm_label(nc, FOI_VOCAB_FORCE, f->force);
    if (!force && f->force && !strcmp(f->force, "england-and-wales"))
        force = "england-and-wales";
    if (force) {
        r.force_id = force;
        r.force_name = foi_taxonomy_name(nc->tax, FOI_VOCAB_FORCE, force);
    } else {
        r.force_id = "";
        r.force_name = "";
        if ((rc = unknown(nc, UNK_FORCE, f->force, loc)))
            return rc;
    }

    /* period */
    struct foi_period p = f->period;
    if (!p.resolved && f->period_label && *f->period_label) {
        struct foi_period_ctx pc = {0};
        if (foi_period_parse(f->period_label, &pc, &p) != 1)
            p.resolved = 0;
    }
    if (p.resolved) {
        foi_date_iso(&p.start, r.period_start);
        foi_date_iso(&p.end, r.period_end);
        struct foi_date regime = { 2020, 2, 1 };
        if (foi_date_cmp(&p.start, &regime) < 0 && foi_date_cmp(&p.end, &regime) >= 0) {
            char key[64];
            snprintf(key, sizeof key, "%s..%s", r.period_start, r.period_end);
            if ((rc = issue(nc, FOI_SEV_WARNING, "regime_change", loc, key,
                            "period %s crosses 1 February 2020 (Police (Conduct) Regulations 2020): "
                            "outcomes either side are not like for like%s", key, "")))
                return rc;
        }
    } else {
        if ((rc = unknown(nc, UNK_PERIOD, f->period_label && *f->period_label ? f->period_label : NULL, loc)))
            return rc;
    }
    r.period_label = f->period_label ? f->period_label : "";

    /* category */
    r.category_raw = f->category ? f->category : "";
    /* an id the parser read through the document's own words (its key)
     * stands before the taxonomy's reading of the label */
    r.category = f->category_id ? foi_norm_label(nc->tax, FOI_VOCAB_CATEGORY, f->category_id) : NULL;
    if (!r.category)
        r.category = norm_label(nc, FOI_VOCAB_CATEGORY, f->category);
    if (!r.category) {
        r.category = "other";
        if ((rc = unknown(nc, UNK_CATEGORY, f->category, loc)))
            return rc;
    }

    /* outcome */
    r.outcome_raw = f->outcome ? f->outcome : "";
    r.outcome = f->outcome && f->outcome_id ? foi_norm_label(nc->tax, FOI_VOCAB_OUTCOME, f->outcome_id) : NULL;
    if (!r.outcome)
        r.outcome = f->outcome ? norm_label(nc, FOI_VOCAB_OUTCOME, f->outcome) : "total";
    if (!r.outcome) {
        r.outcome = "other";
        if ((rc = unknown(nc, UNK_OUTCOME, r.outcome_raw, loc)))
            return rc;
    }

    /* measure and subject */
    r.measure = norm_label(nc, FOI_VOCAB_MEASURE, f->measure);
    if (!r.measure) {
        r.measure = "";
        if ((rc = unknown(nc, UNK_MEASURE, f->measure, loc)))
            return rc;
    }
    r.subject = norm_label(nc, FOI_VOCAB_SUBJECT, f->subject);
    if (!r.subject) {
        r.subject = "unknown";
        if ((rc = unknown(nc, UNK_SUBJECT, f->subject, loc)))
            return rc;
    }

    if (v.status == FOI_VS_REFUSED || v.status == FOI_VS_NOT_HELD || v.status == FOI_VS_NCND) {
        nc->refused++;
        if ((rc = issue(nc, FOI_SEV_INFO, "refused", loc, "refused",
                        v.status == FOI_VS_REFUSED ? "request refused%s%s"
                        : v.status == FOI_VS_NCND ? "neither confirmed nor denied%s%s"
                                                  : "information not held%s%s",
                        v.exemption[0] ? " under " : "", v.exemption)))
            return rc;
    }

    r.source_file = nc->source_file;
    r.source_sha256 = nc->source_sha256;
    r.locator = loc;
    r.raw_text = f->raw_text ? f->raw_text : (f->value ? f->value : "");
    r.parser = nc->parser;
    r.confidence = f->confidence < 0 ? 0 : f->confidence > 1 ? 1 : f->confidence;
    r.request_ref = f->request_ref ? f->request_ref : "";
    r.date_basis = f->date_basis ? f->date_basis : "unknown";
    r.note = f->note ? f->note : "";
    if ((rc = foi_dataset_add_record(nc->ds, &r)))
        return rc;
    nc->records++;
    return 0;
}
