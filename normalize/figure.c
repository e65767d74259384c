/* figure.c: raw figure -> record. See figure.h. */
#include "figure.h"

#include <stdio.h>
#include <string.h>

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

void foi_norm_release(struct foi_norm_ctx *nc)
{
    for (size_t i = 0; i < nc->nseen; i++)
        foi_free(nc->seen[i]);
    foi_free(nc->seen);
    nc->seen = NULL;
    nc->nseen = nc->aseen = 0;
}

/* 1 the first time key is seen for this source, 0 after (or on ENOMEM). */
static int first_time(struct foi_norm_ctx *nc, const char *key)
{
    for (size_t i = 0; i < nc->nseen; i++)
        if (!strcmp(nc->seen[i], key))
            return 0;
    if (nc->nseen == nc->aseen) {
        size_t na = nc->aseen ? nc->aseen * 2 : 16;
        char **p = foi_realloc(nc->seen, na * sizeof *p);
        if (!p)
            return 0;
        nc->seen = p;
        nc->aseen = na;
    }
    char *d = foi_strdup(key);
    if (!d)
        return 0;
    nc->seen[nc->nseen++] = d;
    return 1;
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
    struct foi_match m;
    if (foi_taxonomy_match(tax, v, label, &m) > 0)
        return m.id;
    return NULL;
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
        snprintf(v.exemption, sizeof v.exemption, "%s", f->exemption);
    r.v = v;

    /* force */
    const char *force = foi_norm_label(nc->tax, FOI_VOCAB_FORCE, f->force);
    if (!force && f->force && !strcmp(f->force, "england-and-wales"))
        force = "england-and-wales";
    if (force) {
        r.force_id = force;
        r.force_name = foi_taxonomy_name(nc->tax, FOI_VOCAB_FORCE, force);
    } else {
        r.force_id = "";
        r.force_name = "";
        if ((rc = issue(nc, FOI_SEV_WARNING, "unknown_force", loc, f->force ? f->force : "-",
                        f->force ? "force '%s' is not in forces.tsv%s" :
                                   "no force named in the document or its folder%s%s",
                        f->force ? f->force : "", "")))
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
        if ((rc = issue(nc, FOI_SEV_WARNING, "period_unresolved", loc, NULL,
                        f->period_label ? "cannot resolve the period '%s'; kept with empty dates%s"
                                        : "no period stated for this figure%s%s",
                        f->period_label ? f->period_label : "", "")))
            return rc;
    }
    r.period_label = f->period_label ? f->period_label : "";

    /* category */
    r.category_raw = f->category ? f->category : "";
    r.category = foi_norm_label(nc->tax, FOI_VOCAB_CATEGORY, f->category);
    if (!r.category) {
        r.category = "other";
        if ((rc = issue(nc, FOI_SEV_WARNING, "unknown_category", loc, r.category_raw,
                        f->category ? "category '%s' is not in categories.tsv; mapped to other%s"
                                    : "no category stated%s%s; mapped to other",
                        r.category_raw, "")))
            return rc;
    }

    /* outcome */
    r.outcome_raw = f->outcome ? f->outcome : "";
    r.outcome = f->outcome ? foi_norm_label(nc->tax, FOI_VOCAB_OUTCOME, f->outcome) : "total";
    if (!r.outcome) {
        r.outcome = "other";
        if ((rc = issue(nc, FOI_SEV_WARNING, "unknown_outcome", loc, r.outcome_raw,
                        "outcome '%s' is not in outcomes.tsv; mapped to other%s", r.outcome_raw, "")))
            return rc;
    }

    /* measure and subject */
    r.measure = foi_norm_label(nc->tax, FOI_VOCAB_MEASURE, f->measure);
    if (!r.measure) {
        r.measure = "";
        if ((rc = issue(nc, FOI_SEV_WARNING, "unknown_measure", loc, f->measure ? f->measure : "-",
                        f->measure ? "measure '%s' is not in measures.tsv%s"
                                   : "the document does not say what is counted%s%s",
                        f->measure ? f->measure : "", "")))
            return rc;
    }
    r.subject = foi_norm_label(nc->tax, FOI_VOCAB_SUBJECT, f->subject);
    if (!r.subject)
        r.subject = "unknown";

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
