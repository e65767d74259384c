/* test_out_datapackage.c: datapackage.json: valid JSON with the structure
 * of a Frictionless tabular data package (resources, Table Schema types,
 * enums from the taxonomy, keys, licence, sources), deterministic (export/out_datapackage.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../analyze/comparable.h"
#include "../../export/export.h"

#define FOI_TEST_NAME "out-dp"
#include "export_fixture.h"

static struct foi_taxonomy *load_tax(void)
{
    struct foi_taxonomy *t = NULL;
    struct foi_err err = { 0 };
    if (foi_taxonomy_load(&t, FOI_SRCDIR "/normalize/taxonomy", NULL, &err))
        fail_msg("taxonomy: %s: %s", err.locator, err.message);
    return t;
}

/* Write datapackage.json for ds (and cmp) and parse it back. */
static json_t *package(struct foi_dataset *ds, const struct foi_comparable *cmp, char **text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/datapackage.json", tmpdir);
    unlink(path);
    struct foi_export_ctx x = { ds, cmp, 1, NULL };
    struct foi_err err = { 0 };
    if (foi_out_datapackage(&x, path, &err))
        fail_msg("%s: %s", err.locator, err.message);
    size_t n = 0;
    char *s = slurp(path, &n);
    assert_non_null(s);
    assert_true(n > 2);
    assert_int_equal(s[n - 1], '\n');
    assert_int_not_equal(s[n - 2], '\n');
    json_error_t je;
    json_t *p = json_loads(s, JSON_REJECT_DUPLICATES, &je);
    if (!p)
        fail_msg("not JSON: line %d: %s", je.line, je.text);
    if (text)
        *text = s;
    else
        free(s);
    return p;
}

static const char *str(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    if (!s)
        fail_msg("no string '%s'", key);
    return s;
}

static json_t *resource(json_t *pkg, const char *name)
{
    size_t i;
    json_t *r;
    json_array_foreach(json_object_get(pkg, "resources"), i, r)
        if (!strcmp(str(r, "name"), name))
            return r;
    fail_msg("no resource %s", name);
    return NULL;
}

static json_t *field(json_t *res, const char *name)
{
    size_t i;
    json_t *f;
    json_array_foreach(json_object_get(json_object_get(res, "schema"), "fields"), i, f)
        if (!strcmp(str(f, "name"), name))
            return f;
    fail_msg("no field %s", name);
    return NULL;
}

static json_t *constraint(json_t *f, const char *key)
{
    return json_object_get(json_object_get(f, "constraints"), key);
}

/* The enum of a field equals the taxonomy's ids, in file order. */
static void enum_is_vocab(json_t *f, const struct foi_taxonomy *tax, enum foi_vocab v)
{
    json_t *e = constraint(f, "enum");
    assert_true(json_is_array(e));
    int n = foi_taxonomy_count(tax, v);
    assert_true(n > 0);
    assert_int_equal(json_array_size(e), (size_t)n);
    for (int i = 0; i < n; i++)
        assert_string_equal(json_string_value(json_array_get(e, (size_t)i)), foi_taxonomy_id_at(tax, v, i));
}

static void test_structure(void **state)
{
    (void)state;
    struct foi_dataset ds;
    build(&ds);
    json_t *p = package(&ds, NULL, NULL);
    assert_string_equal(str(p, "profile"), "tabular-data-package");
    assert_string_equal(str(p, "name"), "foi-police-sexual-misconduct");
    assert_true(strlen(str(p, "title")) > 10);
    assert_true(strlen(str(p, "description")) > 10);
    /* the keys come in a fixed, readable order */
    const char *key;
    json_t *v;
    static const char *const order[] = { "profile", "name", "title", "description", "licenses", "sources", "resources" };
    int k = 0;
    json_object_foreach(p, key, v)
        assert_string_equal(key, order[k++]);
    json_t *lic = json_array_get(json_object_get(p, "licenses"), 0);
    assert_string_equal(str(lic, "name"), "OGL-UK-3.0");
    assert_non_null(strstr(str(lic, "path"), "open-government-licence"));
    /* the Home Office workforce statistics are credited, with their licence */
    int credited = 0;
    size_t i;
    json_array_foreach(json_object_get(p, "sources"), i, v)
        if (strstr(str(v, "title"), "Home Office") && strstr(str(v, "title"), "Open Government Licence"))
            credited = 1;
    assert_true(credited);

    /* without a comparable table: records, sources, issues */
    json_t *res = json_object_get(p, "resources");
    assert_int_equal(json_array_size(res), 3);
    static const char *const names[] = { "records", "sources", "issues" };
    json_array_foreach(res, i, v) {
        char path[64];
        snprintf(path, sizeof path, "%s.csv", names[i]);
        assert_string_equal(str(v, "name"), names[i]);
        assert_string_equal(str(v, "path"), path);
        assert_string_equal(str(v, "profile"), "tabular-data-resource");
        assert_string_equal(str(v, "format"), "csv");
        assert_string_equal(str(v, "mediatype"), "text/csv");
        assert_string_equal(str(v, "encoding"), "utf-8");
        assert_string_equal(str(json_object_get(v, "dialect"), "lineTerminator"), "\n");
        json_t *mv = json_object_get(json_object_get(v, "schema"), "missingValues");
        assert_int_equal(json_array_size(mv), 1);
        assert_string_equal(json_string_value(json_array_get(mv, 0)), "");
    }

    /* records: every column, in order, typed */
    json_t *rec = resource(p, "records");
    json_t *fields = json_object_get(json_object_get(rec, "schema"), "fields");
    assert_int_equal(json_array_size(fields), FOI_RECORD_NCOLS);
    static const char *const types[] = { "string", "integer", "number", "date" };
    json_array_foreach(fields, i, v) {
        assert_string_equal(str(v, "name"), foi_record_columns[i]);
        assert_string_equal(str(v, "type"), types[foi_export_coltype((int)i)]);
    }
    assert_string_equal(str(field(rec, "value"), "type"), "integer");
    assert_string_equal(str(field(rec, "period_end"), "type"), "date");
    assert_string_equal(str(field(rec, "confidence"), "type"), "number");
    assert_int_equal(json_integer_value(constraint(field(rec, "value_min"), "minimum")), 0);
    assert_true(json_is_true(constraint(field(rec, "value_status"), "required")));
    json_t *vs = constraint(field(rec, "value_status"), "enum");
    assert_int_equal(json_array_size(vs), 6);
    for (int s = FOI_VS_REPORTED; s <= FOI_VS_NCND; s++)
        assert_string_equal(json_string_value(json_array_get(vs, (size_t)(s - FOI_VS_REPORTED))),
                            foi_vstatus_name((enum foi_vstatus)s));
    assert_string_equal(str(json_object_get(field(rec, "source_sha256"), "constraints"), "pattern"),
                        "^[0-9a-f]{64}$");
    assert_null(constraint(field(rec, "category"), "enum"));   /* no taxonomy, no vocabulary enum */
    assert_null(json_object_get(json_object_get(rec, "schema"), "primaryKey"));
    json_t *fk = json_array_get(json_object_get(json_object_get(rec, "schema"), "foreignKeys"), 0);
    assert_string_equal(str(fk, "fields"), "source_file");
    assert_string_equal(str(json_object_get(fk, "reference"), "resource"), "sources");
    assert_string_equal(str(json_object_get(fk, "reference"), "fields"), "source_file");

    /* sources: primary key; issues: severity and code enums */
    json_t *src = resource(p, "sources");
    assert_string_equal(json_string_value(json_array_get(
        json_object_get(json_object_get(src, "schema"), "primaryKey"), 0)), "source_file");
    json_t *st = constraint(field(src, "status"), "enum");
    assert_int_equal(json_array_size(st), 5);
    json_t *iss = resource(p, "issues");
    json_t *sev = constraint(field(iss, "severity"), "enum");
    assert_string_equal(json_string_value(json_array_get(sev, 0)), foi_severity_name(FOI_SEV_ERROR));
    json_t *codes = constraint(field(iss, "code"), "enum");
    int has_sum = 0, has_refused = 0;
    json_array_foreach(codes, i, v) {
        has_sum |= !strcmp(json_string_value(v), "sum_mismatch");
        has_refused |= !strcmp(json_string_value(v), "refused");
    }
    assert_true(has_sum && has_refused);
    json_decref(p);
    foi_dataset_release(&ds);
}

/* A code the SPEC does not list, used by the build, joins the enum. */
static void test_extra_issue_code(void **state)
{
    (void)state;
    struct foi_dataset ds;
    build(&ds);
    assert_int_equal(foi_dataset_add_issue(&ds, FOI_SEV_WARNING, "zz_new_check", "", "", "x"), 0);
    assert_int_equal(foi_dataset_add_issue(&ds, FOI_SEV_WARNING, "aa_new_check", "", "", "y"), 0);
    json_t *p = package(&ds, NULL, NULL);
    json_t *codes = constraint(field(resource(p, "issues"), "code"), "enum");
    size_t n = json_array_size(codes);
    assert_string_equal(json_string_value(json_array_get(codes, n - 2)), "aa_new_check");
    assert_string_equal(json_string_value(json_array_get(codes, n - 1)), "zz_new_check");
    json_decref(p);
    foi_dataset_release(&ds);
}

static void test_taxonomy_and_comparable(void **state)
{
    (void)state;
    struct foi_taxonomy *tax = load_tax();
    struct foi_dataset ds;
    build(&ds);
    ds.tax = tax;
    struct foi_comparable cmp;
    memset(&cmp, 0, sizeof cmp);
    foi_arena_init(&cmp.arena, 0);
    struct foi_err err = { 0 };
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(&ds);   /* no_denominator issues join the dataset */
    if (foi_comparable_build(&ds, &cmp, &cmp_sink, &err))
        fail_msg("comparable: %s", err.message);
    char *text = NULL;
    json_t *p = package(&ds, &cmp, &text);
    json_t *res = json_object_get(p, "resources");
    assert_int_equal(json_array_size(res), 4);
    static const char *const names[] = { "records", "comparable", "sources", "issues" };
    for (size_t i = 0; i < 4; i++)
        assert_string_equal(str(json_array_get(res, i), "name"), names[i]);

    json_t *rec = resource(p, "records");
    enum_is_vocab(field(rec, "force_id"), tax, FOI_VOCAB_FORCE);
    enum_is_vocab(field(rec, "category"), tax, FOI_VOCAB_CATEGORY);
    enum_is_vocab(field(rec, "outcome"), tax, FOI_VOCAB_OUTCOME);
    enum_is_vocab(field(rec, "measure"), tax, FOI_VOCAB_MEASURE);
    enum_is_vocab(field(rec, "subject"), tax, FOI_VOCAB_SUBJECT);

    /* comparable: its columns, outcome cells as patterned strings */
    json_t *c = resource(p, "comparable");
    int n = 0;
    const char *const *cols = foi_comparable_columns(&cmp, &n);
    json_t *fields = json_object_get(json_object_get(c, "schema"), "fields");
    assert_int_equal(json_array_size(fields), (size_t)n);
    for (int i = 0; i < n; i++)
        assert_string_equal(str(json_array_get(fields, (size_t)i), "name"), cols[i]);
    json_t *total = field(c, "total");
    assert_string_equal(str(total, "type"), "string");
    assert_non_null(strstr(str(json_object_get(total, "constraints"), "pattern"), "suppressed|refused|not_held"));
    assert_string_equal(str(field(c, "officers"), "type"), "integer");
    assert_string_equal(str(field(c, "officers_date"), "type"), "date");
    assert_string_equal(str(field(c, "rate_per_1000"), "type"), "number");
    assert_int_equal(json_array_size(constraint(field(c, "funnel"), "enum")), 5);
    enum_is_vocab(field(c, "category"), tax, FOI_VOCAB_CATEGORY);

    /* deterministic: the same inputs, the same bytes */
    char *again = NULL;
    json_t *p2 = package(&ds, &cmp, &again);
    assert_string_equal(text, again);
    free(text);
    free(again);
    json_decref(p);
    json_decref(p2);
    foi_comparable_release(&cmp);
    foi_dataset_release(&ds);
    foi_taxonomy_free(tax);
}

static void test_failures(void **state)
{
    (void)state;
    struct foi_dataset ds;
    build(&ds);
    struct foi_export_ctx x = { &ds, NULL, 1, NULL };
    char path[512];
    snprintf(path, sizeof path, "%s/fail.json", tmpdir);
    int wfails = 0, afails = 0;
    for (long k = 1; k < 100000; k++) {
        struct foi_err err = { 0 };
        unlink(path);
        foi_wfile_fail_after(k);
        int rc = foi_out_datapackage(&x, path, &err);
        foi_wfile_fail_after(0);
        if (rc == 0)
            break;
        wfails++;
        assert_int_equal(rc, FOI_EIO);
        assert_int_equal(access(path, F_OK), -1);
    }
    for (long k = 1; k < 100000; k += k < 100 ? 1 : 17) {   /* every early call, then a sample */
        struct foi_err err = { 0 };
        unlink(path);
        foi_alloc_fail_after(k);
        int rc = foi_out_datapackage(&x, path, &err);
        foi_alloc_fail_after(0);
        if (rc == 0)
            break;
        afails++;
        assert_int_equal(rc, FOI_ENOMEM);
        assert_int_equal(access(path, F_OK), -1);
    }
    assert_int_equal(wfails, 1);   /* the text is written at once */
    assert_true(afails > 100);
    foi_dataset_release(&ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_structure),
        cmocka_unit_test(test_extra_issue_code),
        cmocka_unit_test(test_taxonomy_and_comparable),
        cmocka_unit_test(test_failures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
