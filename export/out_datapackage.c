/* out_datapackage.c: datapackage.json, a Frictionless Tabular Data Package
 * describing records.csv, comparable.csv, sources.csv and issues.csv (Table
 * Schema types, enums from the taxonomy, keys, licence and sources). */
#include "export.h"
#include "../analyze/comparable.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Where a field's enum comes from. */
enum vocab {
    V_NONE = 0, V_FORCE, V_CATEGORY, V_OUTCOME, V_MEASURE, V_SUBJECT,
    V_VSTATUS, V_SEVERITY, V_SRC_STATUS, V_ISSUE_CODE, V_DATE_BASIS, V_FUNNEL,
};

struct field {
    const char *name, *type, *description;
    enum vocab vocab;
    const char *pattern;
    int required;
    int min0;       /* constraints.minimum 0 */
    int max1;       /* constraints.maximum 1 */
};

#define SHA256_PATTERN "^[0-9a-f]{64}$"

/* Descriptions of records.csv columns (SPEC); columns are taken from
 * foi_record_columns, so a column missing here still gets its type. */
static const struct field record_fields[] = {
    { "force_id", "string", "Canonical force slug (see the forces table of foi.sqlite); empty when the force is unknown.", V_FORCE, NULL, 0, 0, 0 },
    { "force_name", "string", "Canonical force name.", V_NONE, NULL, 0, 0, 0 },
    { "period_start", "date", "First day of the period (ISO date, inclusive); empty when unresolved.", V_NONE, NULL, 0, 0, 0 },
    { "period_end", "date", "Last day of the period (ISO date, inclusive); empty when unresolved.", V_NONE, NULL, 0, 0, 0 },
    { "period_label", "string", "The period as the source wrote it.", V_NONE, NULL, 0, 0, 0 },
    { "category", "string", "Canonical allegation category.", V_CATEGORY, NULL, 1, 0, 0 },
    { "category_raw", "string", "The category label as the source wrote it.", V_NONE, NULL, 0, 0, 0 },
    { "measure", "string", "What is counted; empty when the document does not say.", V_MEASURE, NULL, 0, 0, 0 },
    { "subject", "string", "Who is counted.", V_SUBJECT, NULL, 1, 0, 0 },
    { "outcome", "string", "Canonical outcome; total for the overall count.", V_OUTCOME, NULL, 1, 0, 0 },
    { "outcome_raw", "string", "The outcome label as the source wrote it.", V_NONE, NULL, 0, 0, 0 },
    { "value", "integer", "The count; empty when the figure is not a plain number.", V_NONE, NULL, 0, 1, 0 },
    { "value_status", "string", "How the figure was given.", V_VSTATUS, NULL, 1, 0, 0 },
    { "value_min", "integer", "Lower bound (equal to value when reported; 0 for <5); empty when unknown.", V_NONE, NULL, 0, 1, 0 },
    { "value_max", "integer", "Upper bound (equal to value when reported; 4 for <5); empty when unknown.", V_NONE, NULL, 0, 1, 0 },
    { "exemption", "string", "FOI Act section for refusals and suppressions, e.g. s12, s40(2).", V_NONE, NULL, 0, 0, 0 },
    { "source_file", "string", "Path of the response relative to the input folder, /-separated.", V_NONE, NULL, 1, 0, 0 },
    { "source_sha256", "string", "Hex SHA-256 of the response file.", V_NONE, SHA256_PATTERN, 0, 0, 0 },
    { "locator", "string", "Where the figure is in the response (table, row, column, or line).", V_NONE, NULL, 0, 0, 0 },
    { "raw_text", "string", "The cell or sentence the figure came from, whitespace collapsed.", V_NONE, NULL, 0, 0, 0 },
    { "parser", "string", "The parser plugin that extracted the figure.", V_NONE, NULL, 0, 0, 0 },
    { "confidence", "number", "0.00 to 1.00; lower for generic parsers on unfamiliar layouts.", V_NONE, NULL, 1, 1, 1 },
    { "request_ref", "string", "The force's own reference for the request.", V_NONE, NULL, 0, 0, 0 },
    { "date_basis", "string", "What the period counts by.", V_DATE_BASIS, NULL, 0, 0, 0 },
    { "note", "string", "What a reader should know about the figure: where context came from (a context file, a covering letter), OCR, a figure given as a gesture of goodwill; empty when none.", V_NONE, NULL, 0, 0, 0 },
};

static const struct field source_fields[] = {
    { "source_file", "string", "Path of the input file relative to the input folder, /-separated.", V_NONE, NULL, 1, 0, 0 },
    { "source_sha256", "string", "Hex SHA-256 of the file.", V_NONE, SHA256_PATTERN, 0, 0, 0 },
    { "bytes", "integer", "Size of the file in bytes.", V_NONE, NULL, 1, 1, 0 },
    { "format", "string", "Detected format (html, csv, text, ...).", V_NONE, NULL, 0, 0, 0 },
    { "parser", "string", "The parser plugin used; empty when none.", V_NONE, NULL, 0, 0, 0 },
    { "force_id", "string", "The force the file is from; multiple when its figures belong to several.", V_NONE, NULL, 0, 0, 0 },
    { "status", "string", "What became of the file.", V_SRC_STATUS, NULL, 1, 0, 0 },
    { "records", "integer", "Number of records taken from the file.", V_NONE, NULL, 1, 1, 0 },
    { "attached_to", "string", "The covering letter or page this file is the attachment of; empty when none.", V_NONE, NULL, 0, 0, 0 },
};

static const struct field issue_fields[] = {
    { "severity", "string", "error, warning or info.", V_SEVERITY, NULL, 1, 0, 0 },
    { "code", "string", "The kind of problem.", V_ISSUE_CODE, NULL, 1, 0, 0 },
    { "source_file", "string", "The input file; empty for build-wide issues.", V_NONE, NULL, 0, 0, 0 },
    { "locator", "string", "Where in the file.", V_NONE, NULL, 0, 0, 0 },
    { "message", "string", "What is wrong.", V_NONE, NULL, 1, 0, 0 },
};

/* The build's own vocabularies (not labels of the responses, which live in
 * the taxonomy files): SPEC values of sources.status, issues.code,
 * records.date_basis and comparable.funnel. */
static const char *const src_statuses[] = { "parsed", "partial", "failed", "refused", "skipped", NULL };
static const char *const issue_codes[] = {
    "parse_error", "no_figures", "unknown_force", "unknown_category", "unknown_outcome",
    "period_unresolved", "sum_mismatch", "conflict", "duplicate", "refused", "regime_change",
    "missing_force", "no_denominator", "hidden_content", "no_text_layer", "table_not_understood",
    "attachment_missing", "not_a_response", "force_mismatch", "unknown_measure", "unknown_subject",
    "context_conflict", NULL,
};
static const char *const date_bases[] = { "received", "finalised", "unknown", NULL };
static const char *const funnels[] = { "high_99.8", "high_95", "within", "low_95", "low_99.8", NULL };

/* comparable.csv outcome cells (comparable.h): a count, an approximate figure
 * (~700, 701-800, >=701, <=4, approximate), a status, conflict, or empty. */
#define CELL_PATTERN "^([0-9]+|~[0-9]+|[0-9]+-[0-9]+|>=[0-9]+|<=[0-9]+|approximate|suppressed|refused|not_held|ncnd|conflict)?$"

struct dp {
    const struct foi_export_ctx *x;
    int oom;
};

static json_t *jstr(struct dp *d, const char *s)
{
    json_t *v = json_string(s ? s : "");
    if (!v)
        d->oom = 1;
    return v;
}

static void set(struct dp *d, json_t *o, const char *key, json_t *v)
{
    if (!v || json_object_set_new(o, key, v))
        d->oom = 1;
}

static void push(struct dp *d, json_t *a, json_t *v)
{
    if (!v || json_array_append_new(a, v))
        d->oom = 1;
}

static json_t *obj(struct dp *d)
{
    json_t *o = json_object();
    if (!o)
        d->oom = 1;
    return o;
}

static json_t *arr(struct dp *d)
{
    json_t *a = json_array();
    if (!a)
        d->oom = 1;
    return a;
}

static int in_array(const json_t *a, const char *s)
{
    size_t i;
    json_t *v;
    json_array_foreach(a, i, v)
        if (!strcmp(json_string_value(v), s))
            return 1;
    return 0;
}

static void push_unique(struct dp *d, json_t *a, const char *s)
{
    if (a && !in_array(a, s))
        push(d, a, jstr(d, s));
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Issue codes: the SPEC list, then any other code the build used (sorted). */
static json_t *issue_code_enum(struct dp *d)
{
    json_t *a = arr(d);
    if (!a)
        return NULL;
    for (int i = 0; issue_codes[i]; i++)
        push(d, a, jstr(d, issue_codes[i]));
    const struct foi_dataset *ds = d->x->ds;
    const char **extra = ds->nissues ? foi_calloc(ds->nissues, sizeof *extra) : NULL;
    if (ds->nissues && !extra) {
        d->oom = 1;
        return a;
    }
    size_t n = 0;
    for (size_t i = 0; i < ds->nissues; i++)
        if (ds->issues[i].code && *ds->issues[i].code && !in_array(a, ds->issues[i].code))
            extra[n++] = ds->issues[i].code;
    if (n)
        qsort(extra, n, sizeof *extra, cmp_str);
    for (size_t i = 0; i < n; i++)
        push_unique(d, a, extra[i]);
    foi_free(extra);
    return a;
}

static json_t *list_enum(struct dp *d, const char *const *list)
{
    json_t *a = arr(d);
    for (int i = 0; a && list[i]; i++)
        push(d, a, jstr(d, list[i]));
    return a;
}

/* The enum for a vocabulary, or NULL when there is none (no taxonomy). */
static json_t *vocab_enum(struct dp *d, enum vocab v)
{
    const struct foi_taxonomy *tax = d->x->ds->tax;
    enum foi_vocab tv;
    switch (v) {
    case V_FORCE: tv = FOI_VOCAB_FORCE; break;
    case V_CATEGORY: tv = FOI_VOCAB_CATEGORY; break;
    case V_OUTCOME: tv = FOI_VOCAB_OUTCOME; break;
    case V_MEASURE: tv = FOI_VOCAB_MEASURE; break;
    case V_SUBJECT: tv = FOI_VOCAB_SUBJECT; break;
    case V_VSTATUS: {
        json_t *a = arr(d);
        for (int s = FOI_VS_REPORTED; a && s <= FOI_VS_NCND; s++)
            push(d, a, jstr(d, foi_vstatus_name((enum foi_vstatus)s)));
        return a;
    }
    case V_SEVERITY: {
        json_t *a = arr(d);
        const enum foi_severity sev[] = { FOI_SEV_ERROR, FOI_SEV_WARNING, FOI_SEV_INFO };
        for (size_t i = 0; a && i < sizeof sev / sizeof sev[0]; i++)
            push(d, a, jstr(d, foi_severity_name(sev[i])));
        return a;
    }
    case V_SRC_STATUS: return list_enum(d, src_statuses);
    case V_ISSUE_CODE: return issue_code_enum(d);
    case V_DATE_BASIS: return list_enum(d, date_bases);
    case V_FUNNEL: return list_enum(d, funnels);
    default: return NULL;
    }
    if (!tax)
        return NULL;
    json_t *a = arr(d);
    const char *id;
    for (int i = 0; a && (id = foi_taxonomy_id_at(tax, tv, i)) != NULL; i++)
        push_unique(d, a, id);
    return a;
}

static json_t *field_json(struct dp *d, const struct field *f)
{
    json_t *o = obj(d);
    if (!o)
        return NULL;
    set(d, o, "name", jstr(d, f->name));
    set(d, o, "type", jstr(d, f->type));
    set(d, o, "format", jstr(d, "default"));
    if (f->description)
        set(d, o, "description", jstr(d, f->description));
    json_t *c = obj(d);
    if (!c) {
        json_decref(o);
        return NULL;
    }
    if (f->required)
        set(d, c, "required", json_true());
    if (f->min0)
        set(d, c, "minimum", json_integer(0));
    if (f->max1)
        set(d, c, "maximum", json_integer(1));
    if (f->pattern)
        set(d, c, "pattern", jstr(d, f->pattern));
    if (f->vocab) {
        json_t *e = vocab_enum(d, f->vocab);
        if (e)
            set(d, c, "enum", e);
    }
    if (json_object_size(c))
        set(d, o, "constraints", c);
    else
        json_decref(c);
    return o;
}

static json_t *key_list(struct dp *d, const char *const *names)
{
    json_t *a = arr(d);
    for (int i = 0; a && names[i]; i++)
        push(d, a, jstr(d, names[i]));
    return a;
}

static json_t *resource(struct dp *d, const char *name, const char *title, const char *desc,
                        json_t *fields, json_t *pkey, json_t *fkeys)
{
    json_t *r = obj(d);
    if (!r) {
        json_decref(fields);
        json_decref(pkey);
        json_decref(fkeys);
        return NULL;
    }
    char path[64];
    snprintf(path, sizeof path, "%s.csv", name);
    set(d, r, "name", jstr(d, name));
    set(d, r, "path", jstr(d, path));
    set(d, r, "profile", jstr(d, "tabular-data-resource"));
    set(d, r, "title", jstr(d, title));
    set(d, r, "description", jstr(d, desc));
    set(d, r, "format", jstr(d, "csv"));
    set(d, r, "mediatype", jstr(d, "text/csv"));
    set(d, r, "encoding", jstr(d, "utf-8"));
    json_t *dialect = obj(d);
    if (dialect) {
        set(d, dialect, "delimiter", jstr(d, ","));
        set(d, dialect, "lineTerminator", jstr(d, "\n"));
        set(d, dialect, "quoteChar", jstr(d, "\""));
        set(d, dialect, "doubleQuote", json_true());
        set(d, dialect, "header", json_true());
        set(d, r, "dialect", dialect);
    }
    json_t *schema = obj(d);
    if (!schema) {
        json_decref(fields);
        json_decref(pkey);
        json_decref(fkeys);
        json_decref(r);
        return NULL;
    }
    set(d, schema, "fields", fields);
    json_t *mv = arr(d);
    if (mv)
        push(d, mv, jstr(d, ""));
    set(d, schema, "missingValues", mv);
    if (pkey)
        set(d, schema, "primaryKey", pkey);
    if (fkeys)
        set(d, schema, "foreignKeys", fkeys);
    set(d, r, "schema", schema);
    return r;
}

static json_t *records_resource(struct dp *d)
{
    json_t *fields = arr(d);
    for (int c = 0; fields && c < FOI_RECORD_NCOLS; c++) {
        const char *name = foi_record_columns[c];
        const struct field *spec = NULL;
        for (size_t i = 0; i < sizeof record_fields / sizeof record_fields[0]; i++)
            if (!strcmp(record_fields[i].name, name))
                spec = &record_fields[i];
        struct field f = { name, "string", NULL, V_NONE, NULL, 0, 0, 0 };
        if (spec)
            f = *spec;
        static const char *const types[] = { "string", "integer", "number", "date" };
        f.type = types[foi_export_coltype(c)];
        push(d, fields, field_json(d, &f));
    }
    /* records.source_file -> sources.source_file */
    json_t *fkeys = arr(d), *fk = obj(d), *ref = obj(d);
    if (fkeys && fk && ref) {
        set(d, fk, "fields", jstr(d, "source_file"));
        set(d, ref, "resource", jstr(d, "sources"));
        set(d, ref, "fields", jstr(d, "source_file"));
        set(d, fk, "reference", ref);
        push(d, fkeys, fk);
    } else {
        json_decref(fk);
        json_decref(ref);
    }
    return resource(d, "records", "Records",
                    "The unified dataset, long format: one figure a row, each with the "
                    "trail back to the file and cell or sentence it came from. No primary "
                    "key: a figure is identified by source_file and locator together with "
                    "its period, category, measure, subject and outcome.",
                    fields, NULL, fkeys);
}

static json_t *fixed_resource(struct dp *d, const char *name, const char *title, const char *desc,
                              const struct field *spec, size_t n, const char *const *pkey)
{
    json_t *fields = arr(d);
    for (size_t i = 0; fields && i < n; i++)
        push(d, fields, field_json(d, &spec[i]));
    return resource(d, name, title, desc, fields, pkey ? key_list(d, pkey) : NULL, NULL);
}

static json_t *comparable_resource(struct dp *d)
{
    const struct foi_comparable *cmp = d->x->cmp;
    int n = 0;
    const char *const *cols = foi_comparable_columns(cmp, &n);
    json_t *fields = arr(d);
    for (int c = 0; fields && cols && c < n; c++) {
        const char *name = cols[c];
        struct field f = { name, "string", NULL, V_NONE, NULL, 0, 0, 0 };
        int outcome = 0;
        for (int i = 0; i < cmp->noutcomes; i++)
            if (!strcmp(cmp->outcomes[i], name))
                outcome = 1;
        if (outcome) {
            f.pattern = CELL_PATTERN;
            f.description = "The figure for this outcome: a count; ~700, 701-800, >=701, <=4 "
                            "or approximate for an approximate figure; suppressed, refused, "
                            "not_held, ncnd; conflict when sources disagree; empty when not given.";
        } else if (!strcmp(name, "force_id")) {
            f.vocab = V_FORCE, f.description = "Canonical force slug.";
        } else if (!strcmp(name, "force_name")) {
            f.description = "Canonical force name.";
        } else if (!strcmp(name, "period_start") || !strcmp(name, "period_end")) {
            f.type = "date", f.description = "Period bound (ISO date, inclusive).";
        } else if (!strcmp(name, "category")) {
            f.vocab = V_CATEGORY, f.required = 1, f.description = "Canonical allegation category.";
        } else if (!strcmp(name, "measure")) {
            f.vocab = V_MEASURE, f.description = "What is counted.";
        } else if (!strcmp(name, "subject")) {
            f.vocab = V_SUBJECT, f.required = 1, f.description = "Who is counted.";
        } else if (!strcmp(name, "officers")) {
            f.type = "integer", f.min0 = 1,
            f.description = "Police officer headcount of the force used as the denominator.";
        } else if (!strcmp(name, "officers_date")) {
            f.type = "date", f.description = "Date of that headcount.";
        } else if (!strcmp(name, "rate_per_1000")) {
            f.type = "number", f.min0 = 1,
            f.description = "The total per 1,000 officers, two decimals.";
        } else if (!strcmp(name, "funnel")) {
            f.vocab = V_FUNNEL,
            f.description = "Position against funnel-plot control limits around the rate of all "
                            "forces with the same period, category, measure and subject; empty "
                            "when fewer than ten forces share it.";
        }
        push(d, fields, field_json(d, &f));
    }
    return resource(d, "comparable", "Comparable table",
                    "The wide table: one row per force, period, category, measure and "
                    "subject, one column per outcome; refusals and suppressions are marked, "
                    "never zero.",
                    fields, NULL, NULL);
}

static json_t *licenses(struct dp *d)
{
    json_t *a = arr(d), *l = obj(d);
    if (!a || !l) {
        json_decref(l);
        return a;
    }
    set(d, l, "name", jstr(d, "OGL-UK-3.0"));
    set(d, l, "path", jstr(d, "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"));
    set(d, l, "title", jstr(d, "Open Government Licence v3.0"));
    push(d, a, l);
    return a;
}

static json_t *source_entry(struct dp *d, const char *title, const char *path)
{
    json_t *s = obj(d);
    if (!s)
        return NULL;
    set(d, s, "title", jstr(d, title));
    if (path)
        set(d, s, "path", jstr(d, path));
    return s;
}

static json_t *sources(struct dp *d)
{
    json_t *a = arr(d);
    if (!a)
        return NULL;
    push(d, a, source_entry(d, "Freedom of Information responses from UK police forces (the input folder; "
                               "see sources.csv for every file and its SHA-256)", NULL));
    push(d, a, source_entry(d, "Home Office, Police workforce, England and Wales: police officer "
                               "headcount by force (Open Government Licence v3.0), the denominators "
                               "of rate_per_1000",
                            "https://www.gov.uk/government/collections/police-workforce-england-and-wales"));
    push(d, a, source_entry(d, "Resistance Lab, cleaned police officer headcount tables "
                               "(cleaned_data/police-population/officer-headcount), from the Home "
                               "Office statistics above", NULL));
    return a;
}

static const char *const source_pkey[] = { "source_file", NULL };

static json_t *package(struct dp *d)
{
    json_t *p = obj(d);
    if (!p)
        return NULL;
    set(d, p, "profile", jstr(d, "tabular-data-package"));
    set(d, p, "name", jstr(d, "foi-police-sexual-misconduct"));
    set(d, p, "title", jstr(d, "Sexual misconduct allegations against police officers and staff: "
                               "Freedom of Information responses, unified"));
    set(d, p, "description", jstr(d,
        "Answers of UK police forces to the same Freedom of Information request (allegations "
        "of sexual assault, sexual misconduct and abuse of position for a sexual purpose made "
        "against officers and staff, and their outcomes), turned into one dataset by foi. "
        "Every figure keeps its source file, a locator for the cell or sentence it came from "
        "and the text itself. Refused, not held and suppressed figures are marked, never "
        "zero. Rates per 1,000 officers use Home Office workforce statistics."));
    set(d, p, "licenses", licenses(d));
    set(d, p, "sources", sources(d));
    json_t *res = arr(d);
    if (res) {
        push(d, res, records_resource(d));
        if (d->x->cmp)
            push(d, res, comparable_resource(d));
        push(d, res, fixed_resource(d, "sources", "Sources",
                                    "One row per input file: its digest, format, parser, force "
                                    "and what became of it.",
                                    source_fields, sizeof source_fields / sizeof source_fields[0],
                                    source_pkey));
        push(d, res, fixed_resource(d, "issues", "Issues",
                                    "One row per problem found while building.",
                                    issue_fields, sizeof issue_fields / sizeof issue_fields[0],
                                    NULL));
    }
    set(d, p, "resources", res);
    return p;
}

static int dump_cb(const char *buffer, size_t size, void *data)
{
    return foi_buf_add(data, buffer, size) ? -1 : 0;
}

int foi_out_datapackage(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    json_set_alloc_funcs(foi_malloc, foi_free);
    struct dp d = { x, 0 };
    json_t *p = package(&d);
    if (!p || d.oom) {
        json_decref(p);
        return foi_errf(err, FOI_ENOMEM, path, "out of memory");
    }
    struct foi_wfile *f = foi_wfile_open(path, err);
    if (!f) {
        json_decref(p);
        return err && err->code ? err->code : FOI_EIO;
    }
    /* the whole text first (about 30 KB), then one write */
    struct foi_buf text;
    foi_buf_init(&text, 0);
    int rc = 0;
    if (json_dump_callback(p, dump_cb, &text, JSON_INDENT(2) | JSON_PRESERVE_ORDER) ||
        foi_buf_addc(&text, '\n'))
        rc = FOI_ENOMEM;
    json_decref(p);
    if (!rc)
        rc = foi_wfile_write(f, text.data, text.len);
    foi_buf_release(&text);
    return foi_wfile_finish(f, rc, path, err);
}
