/* test_attach.c: covering letters paired with their attachments: by name
 * (in the same folder first, a saved name holding the one given), by
 * reference number, as the only other file beside the letter; never a file
 * that answers another request nor one already claimed; what is named but
 * absent is an attachment_missing issue; attachments that leave things
 * unsaid are read again; a source's rows dropped; the plan recorded. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "../../app/attach.h"
#include "../../normalize/normalize.h"

static struct foi_taxonomy *tax;

static int setup(void **state)
{
    (void)state;
    struct foi_err err;
    foi_err_clear(&err);
    return foi_taxonomy_load(&tax, FOI_SRCDIR "/normalize/taxonomy", NULL, &err);
}

static int teardown(void **state)
{
    (void)state;
    foi_taxonomy_free(tax);
    return 0;
}

static void source(struct foi_dataset *ds, const char *file, const char *status, long records)
{
    struct foi_source s;
    memset(&s, 0, sizeof s);
    s.source_file = file;
    s.source_sha256 = "";
    s.format = "text";
    s.parser = "generic_letter";
    s.force_id = "";
    s.status = status;
    s.records = records;
    assert_int_equal(foi_dataset_add_source(ds, &s), 0);
}

static void record(struct foi_dataset *ds, const char *file, const char *ref, const char *period_start)
{
    struct foi_record r;
    memset(&r, 0, sizeof r);
    r.force_id = "dorset";
    r.force_name = "Dorset Police";
    r.category = r.category_raw = "sexual_assault";
    r.measure = "allegations";
    r.subject = "officers";
    r.outcome = r.outcome_raw = "total";
    r.source_file = file;
    r.source_sha256 = r.locator = r.raw_text = r.parser = r.period_label = r.note = "";
    r.request_ref = ref;
    r.date_basis = "unknown";
    snprintf(r.period_start, sizeof r.period_start, "%s", period_start);
    snprintf(r.period_end, sizeof r.period_end, "%s", period_start);
    r.v.status = FOI_VS_REPORTED;
    assert_int_equal(foi_dataset_add_record(ds, &r), 0);
}

static const char *ctx = "force: dorset\nperiod: 2022/23\nrequest_ref: FOI 2041A/23\n";

static const struct foi_attach_pair *pair_of(const struct foi_attach_plan *p, const char *letter, const char *named)
{
    for (size_t i = 0; i < p->n; i++)
        if (!strcmp(p->p[i].letter, letter) && !strcmp(p->p[i].named, named))
            return &p->p[i];
    fail_msg("no pair for %s / '%s'", letter, named);
    return NULL;
}

static void test_pairing(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = tax;
    /* by name, in the letter's folder before anywhere else */
    source(&ds, "dorset/FOI 2041A-23 response.txt", "failed", 0);
    source(&ds, "dorset/2041A_23_Attachment.CSV", "parsed", 1);
    source(&ds, "other/2041A_23_attachment.csv", "parsed", 1);
    record(&ds, "dorset/2041A_23_Attachment.CSV", "", "");
    foi_dataset_add_meta(&ds, "dorset/FOI 2041A-23 response.txt", "attachment", "2041A_23_attachment.csv");
    foi_dataset_add_meta(&ds, "dorset/FOI 2041A-23 response.txt", "attachment", "");
    foi_dataset_add_meta(&ds, "dorset/FOI 2041A-23 response.txt", "context", ctx);
    /* by reference: one file beside the letter holds it, another answers
     * another request, a third holds no reference */
    source(&ds, "cambs/FOI 0455-24 response.html", "parsed", 1);
    source(&ds, "cambs/FOI 0455-24 outcomes.csv", "parsed", 7);
    source(&ds, "cambs/FOI 0311-24 response.html", "parsed", 2);
    record(&ds, "cambs/FOI 0311-24 response.html", "0311/24", "2023-01-01");
    foi_dataset_add_meta(&ds, "cambs/FOI 0455-24 response.html", "attachment", "");
    foi_dataset_add_meta(&ds, "cambs/FOI 0455-24 response.html", "context", "request_ref: 0455/24\n");
    /* a reference whose year part the file name leaves out; a name in
     * brackets with no extension */
    source(&ds, "wm/1584a-23.txt", "failed", 0);
    source(&ds, "wm/1584A_Attachment.pdf", "parsed", 3);
    source(&ds, "wm/0012a-23.txt", "parsed", 3);
    foi_dataset_add_meta(&ds, "wm/1584a-23.txt", "attachment", "");
    foi_dataset_add_meta(&ds, "wm/1584a-23.txt", "context", "request_ref: 1584A/23\n");
    source(&ds, "wm2/619a-23.txt", "failed", 0);
    source(&ds, "wm2/619A_Attachment.xlsx", "parsed", 3);
    source(&ds, "wm2/other.csv", "parsed", 3);
    foi_dataset_add_meta(&ds, "wm2/619a-23.txt", "attachment", "619A_Attachment");
    /* the only other file beside it */
    source(&ds, "wales/letter.txt", "failed", 0);
    source(&ds, "wales/figures.csv", "parsed", 4);
    foi_dataset_add_meta(&ds, "wales/letter.txt", "attachment", "");
    /* named, absent */
    source(&ds, "glos/FOI-1290-23 response.txt", "failed", 0);
    foi_dataset_add_meta(&ds, "glos/FOI-1290-23 response.txt", "attachment", "FOI-1290-23 Appendix A.xlsx");
    foi_dataset_add_meta(&ds, "glos/FOI-1290-23 response.txt", "context", "force: Gloucestershire Constabulary\n");
    foi_dataset_add_issue(&ds, FOI_SEV_WARNING, "no_figures", "glos/FOI-1290-23 response.txt", "", "none");
    /* unnamed, and the only other file answers another request */
    source(&ds, "leics/FOI 002711-23 response.txt", "failed", 0);
    source(&ds, "leics/FOI 001802-23 response.txt", "parsed", 1);
    record(&ds, "leics/FOI 001802-23 response.txt", "001802/23", "2022-04-01");
    foi_dataset_add_meta(&ds, "leics/FOI 002711-23 response.txt", "attachment", "");
    foi_dataset_add_meta(&ds, "leics/FOI 002711-23 response.txt", "context", "request_ref: 002711/23\n");
    /* the attachment writes the page's reference with a word before it
     * ("FOI 7931/24" for "7931/24"): the same request */
    source(&ds, "essex/FOI-7931-24.html", "failed", 0);
    source(&ds, "essex/FOI-7931-24 Annex A.pdf", "parsed", 63);
    record(&ds, "essex/FOI-7931-24 Annex A.pdf", "FOI 7931/24", "2021-04-01");
    foi_dataset_add_meta(&ds, "essex/FOI-7931-24.html", "attachment", "");
    foi_dataset_add_meta(&ds, "essex/FOI-7931-24.html", "context", "request_ref: 7931/24\n");

    struct foi_attach_plan plan;
    const struct foi_attach_pair *p0;
    assert_int_equal(foi_attach_plan(&ds, &plan), 0);
    assert_int_equal(plan.n, 8);   /* the unnamed mention beside a named one adds nothing */
    p0 = pair_of(&plan, "essex/FOI-7931-24.html", "");
    assert_string_equal(p0->attachment, "essex/FOI-7931-24 Annex A.pdf");
    assert_string_equal(p0->how, "by reference");
    p0 = pair_of(&plan, "wm/1584a-23.txt", "");
    assert_string_equal(p0->attachment, "wm/1584A_Attachment.pdf");
    assert_string_equal(p0->how, "by reference");
    p0 = pair_of(&plan, "wm2/619a-23.txt", "619A_Attachment");
    assert_string_equal(p0->attachment, "wm2/619A_Attachment.xlsx");
    assert_string_equal(p0->how, "by name");
    const struct foi_attach_pair *p = pair_of(&plan, "dorset/FOI 2041A-23 response.txt", "2041A_23_attachment.csv");
    assert_string_equal(p->attachment, "dorset/2041A_23_Attachment.CSV");
    assert_string_equal(p->how, "by name");
    assert_non_null(strstr(p->context, "origin: covering letter dorset/FOI 2041A-23 response.txt\n"));
    p = pair_of(&plan, "cambs/FOI 0455-24 response.html", "");
    assert_string_equal(p->attachment, "cambs/FOI 0455-24 outcomes.csv");
    assert_string_equal(p->how, "by reference");
    p = pair_of(&plan, "wales/letter.txt", "");
    assert_string_equal(p->attachment, "wales/figures.csv");
    assert_string_equal(p->how, "the only other file beside it");
    p = pair_of(&plan, "glos/FOI-1290-23 response.txt", "FOI-1290-23 Appendix A.xlsx");
    assert_null(p->attachment);
    p = pair_of(&plan, "leics/FOI 002711-23 response.txt", "");
    assert_null(p->attachment);

    /* read again: no records, or records missing what the context says */
    assert_true(foi_attach_needs_context(&ds, "dorset/2041A_23_Attachment.CSV", ctx));
    assert_true(foi_attach_needs_context(&ds, "wales/figures.csv", ctx));
    assert_false(foi_attach_needs_context(&ds, "wales/figures.csv", NULL));

    assert_int_equal(foi_attach_apply(&ds, &plan), 0);
    int missing = 0, no_figures = 0;
    for (size_t i = 0; i < ds.nissues; i++) {
        missing += !strcmp(ds.issues[i].code, "attachment_missing");
        no_figures += !strcmp(ds.issues[i].code, "no_figures");
    }
    assert_int_equal(missing, 2);
    assert_int_equal(no_figures, 0);
    for (size_t i = 0; i < ds.nsources; i++) {
        const struct foi_source *s = &ds.sources[i];
        if (!strcmp(s->source_file, "dorset/2041A_23_Attachment.CSV"))
            assert_string_equal(s->attached_to, "dorset/FOI 2041A-23 response.txt");
        else if (!strcmp(s->source_file, "dorset/FOI 2041A-23 response.txt")) {
            assert_string_equal(s->status, "parsed");    /* its answer was found */
            assert_string_equal(s->force_id, "dorset");
        } else if (!strcmp(s->source_file, "glos/FOI-1290-23 response.txt")) {
            assert_string_equal(s->status, "failed");
            assert_string_equal(s->force_id, "gloucestershire");
        } else if (!strcmp(s->source_file, "leics/FOI 001802-23 response.txt")) {
            assert_null(s->attached_to);
        }
    }
    foi_attach_release(&plan);

    /* dropping a source's rows to read it again */
    size_t nsrc = ds.nsources, nrec = ds.nrecords;
    foi_attach_drop_source(&ds, "dorset/2041A_23_Attachment.CSV");
    assert_int_equal(ds.nsources, nsrc - 1);
    assert_int_equal(ds.nrecords, nrec - 1);
    foi_dataset_release(&ds);
}

static void test_claimed_once_and_order(void **state)
{
    (void)state;
    /* two letters naming the same file: the first (by name) has it; the
     * result does not depend on the order the sources arrived in */
    for (int order = 0; order < 2; order++) {
        struct foi_dataset ds;
        foi_dataset_init(&ds);
        ds.tax = tax;
        const char *files[] = { "f/a letter.txt", "f/b letter.txt", "f/data.csv" };
        for (int k = 0; k < 3; k++)
            source(&ds, files[order ? 2 - k : k], "parsed", 0);
        const char *letters[] = { "f/b letter.txt", "f/a letter.txt" };
        for (int k = 0; k < 2; k++)
            foi_dataset_add_meta(&ds, letters[order ? 1 - k : k], "attachment", "data.csv");
        struct foi_attach_plan plan;
        assert_int_equal(foi_attach_plan(&ds, &plan), 0);
        assert_int_equal(plan.n, 2);
        assert_string_equal(pair_of(&plan, "f/a letter.txt", "data.csv")->attachment, "f/data.csv");
        assert_null(pair_of(&plan, "f/b letter.txt", "data.csv")->attachment);
        foi_attach_release(&plan);
        foi_dataset_release(&ds);
    }
}

/* A pack's one letter covers the files its pairing left unclaimed ("the
 * files that accompany this letter"); its unnamed "attached" is answered, a
 * named file that is absent still is not; no letter with a context, or two
 * letters: nothing more is paired. */
static void test_pack(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = tax;
    const char *files[] = { "p.zip/letter.pdf", "p.zip/Table 1.csv", "p.zip/Table 2.csv", "p.zip/README.txt" };
    for (int k = 0; k < 4; k++)
        source(&ds, files[k], k ? "parsed" : "failed", 0);
    foi_dataset_add_meta(&ds, files[0], "attachment", "");
    foi_dataset_add_meta(&ds, files[0], "attachment", "Annex B.xlsx");
    foi_dataset_add_meta(&ds, files[0], "context", ctx);
    struct foi_attach_plan plan;
    assert_int_equal(foi_attach_plan(&ds, &plan), 0);
    assert_int_equal(foi_attach_pack(&ds, &plan), 0);
    assert_int_equal(plan.n, 4);   /* three files, and the absent Annex B */
    assert_null(pair_of(&plan, files[0], "Annex B.xlsx")->attachment);
    for (int k = 1; k < 4; k++) {
        int found = 0;
        for (size_t i = 0; i < plan.n; i++)
            if (plan.p[i].attachment && !strcmp(plan.p[i].attachment, files[k])) {
                found++;
                assert_string_equal(plan.p[i].how, "in the same archive");
                assert_non_null(strstr(plan.p[i].context, "origin: covering letter p.zip/letter.pdf\n"));
            }
        assert_int_equal(found, 1);
    }
    foi_attach_release(&plan);
    /* a second letter: only the pairing counts */
    foi_dataset_add_meta(&ds, files[3], "attachment", "");
    assert_int_equal(foi_attach_plan(&ds, &plan), 0);
    size_t n = plan.n;
    assert_int_equal(foi_attach_pack(&ds, &plan), 0);
    assert_int_equal(plan.n, n);
    foi_attach_release(&plan);
    foi_dataset_release(&ds);
    /* a letter that says nothing of what its files count */
    foi_dataset_init(&ds);
    ds.tax = tax;
    for (int k = 0; k < 3; k++)
        source(&ds, files[k], "parsed", 0);
    foi_dataset_add_meta(&ds, files[0], "attachment", "");
    assert_int_equal(foi_attach_plan(&ds, &plan), 0);
    n = plan.n;
    assert_int_equal(foi_attach_pack(&ds, &plan), 0);
    assert_int_equal(plan.n, n);
    foi_attach_release(&plan);
    foi_dataset_release(&ds);
}

/* A data dictionary (a "codes" meta) is the key of the files beside it that
 * read as nothing on their own: each is paired with it, its context the
 * codes with the dictionary as origin; a file with figures, one in another
 * folder, one already claimed by a letter, another dictionary are not. Such a
 * file is read again only when its first reading gave no figure. */
static void test_codes(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = tax;
    const char *codes = "codes: TYPE: HAR = Sexual harassment\ncodes: TYPE: ASL = Sexual assault\n";
    source(&ds, "fife/dictionary.csv", "failed", 0);
    source(&ds, "fife/data 1.csv", "failed", 0);
    source(&ds, "fife/data 2.csv", "failed", 0);
    source(&ds, "fife/letter.txt", "parsed", 3);
    source(&ds, "fife/other dictionary.csv", "failed", 0);
    source(&ds, "tayside/data.csv", "failed", 0);
    foi_dataset_add_meta(&ds, "fife/dictionary.csv", "codes", codes);
    foi_dataset_add_meta(&ds, "fife/other dictionary.csv", "codes", codes);
    struct foi_attach_plan plan;
    assert_int_equal(foi_attach_plan(&ds, &plan), 0);
    assert_int_equal(foi_attach_codes(&ds, &plan), 0);
    /* the first dictionary takes both data files; the second finds them claimed */
    assert_int_equal(plan.n, 2);
    for (size_t i = 0; i < plan.n; i++) {
        assert_string_equal(plan.p[i].letter, "fife/dictionary.csv");
        assert_non_null(strstr(plan.p[i].attachment, "fife/data "));
        assert_string_equal(plan.p[i].how, "the data dictionary beside it");
        assert_non_null(strstr(plan.p[i].context, "codes: TYPE: ASL = Sexual assault\n"));
        assert_non_null(strstr(plan.p[i].context, "origin: data dictionary fife/dictionary.csv\n"));
    }
    /* read again only without figures of its own */
    assert_true(foi_attach_needs_context(&ds, "fife/data 1.csv", plan.p[0].context));
    record(&ds, "fife/data 1.csv", "", "");
    assert_false(foi_attach_needs_context(&ds, "fife/data 1.csv", plan.p[0].context));
    assert_int_equal(foi_attach_apply(&ds, &plan), 0);
    foi_attach_release(&plan);
    foi_dataset_release(&ds);
}

/* Round 41b: a legend file beside a data file that read as figures whose
 * outcome labels are codes foi does not know ("D", "WHBD": other) is that
 * file's key when both names share a reference number (a year alone is
 * none): the data file is paired and read again; a file with figures
 * under another reference, or whose "other" labels are no codes of the
 * legend, is not. */
static void coded_record(struct foi_dataset *ds, const char *file, const char *outcome_raw)
{
    struct foi_record r;
    memset(&r, 0, sizeof r);
    r.force_id = "south-wales";
    r.force_name = "South Wales Police";
    r.category = r.category_raw = "sexual_assault";
    r.measure = "allegations";
    r.subject = "officers";
    r.outcome = "other";
    r.outcome_raw = outcome_raw;
    r.source_file = file;
    r.source_sha256 = r.locator = r.raw_text = r.parser = r.period_label = r.note = "";
    r.request_ref = "";
    r.date_basis = "unknown";
    snprintf(r.period_start, sizeof r.period_start, "2024-04-01");
    snprintf(r.period_end, sizeof r.period_end, "2025-03-31");
    r.v.status = FOI_VS_REPORTED;
    assert_int_equal(foi_dataset_add_record(ds, &r), 0);
}

static void test_legend_of_a_file_with_figures(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = tax;
    const char *codes = "codes: DIS = Dismissed\ncodes: FWW = Final written warning\ncodes: NFA = No further action\n";
    source(&ds, "nwp/NWP-FOI-2026-0915-outcome-key.csv", "parsed", 0);
    source(&ds, "nwp/NWP-FOI-2026-0915-figures.csv", "parsed", 3);
    source(&ds, "nwp/NWP-FOI-2026-0777-figures.csv", "parsed", 3);
    source(&ds, "nwp/NWP-FOI-2026-0916-other.csv", "parsed", 0);
    foi_dataset_add_meta(&ds, "nwp/NWP-FOI-2026-0915-outcome-key.csv", "codes", codes);
    coded_record(&ds, "nwp/NWP-FOI-2026-0915-figures.csv", "DIS");
    coded_record(&ds, "nwp/NWP-FOI-2026-0915-figures.csv", "FWW");
    coded_record(&ds, "nwp/NWP-FOI-2026-0915-figures.csv", "NFA");
    struct foi_attach_plan plan;
    assert_int_equal(foi_attach_plan(&ds, &plan), 0);
    assert_int_equal(foi_attach_codes(&ds, &plan), 0);
    int found = 0;
    for (size_t i = 0; i < plan.n; i++) {
        assert_string_not_equal(plan.p[i].attachment, "nwp/NWP-FOI-2026-0777-figures.csv");
        if (!strcmp(plan.p[i].attachment, "nwp/NWP-FOI-2026-0915-figures.csv")) {
            found = 1;
            assert_true(foi_attach_needs_context(&ds, plan.p[i].attachment, plan.p[i].context));
        }
    }
    assert_true(found);
    foi_attach_release(&plan);
    foi_dataset_release(&ds);

    /* its "other" labels are no codes of the legend: not read again */
    foi_dataset_init(&ds);
    ds.tax = tax;
    source(&ds, "nwp/NWP-FOI-2026-0915-outcome-key.csv", "parsed", 0);
    source(&ds, "nwp/NWP-FOI-2026-0915-figures.csv", "parsed", 2);
    foi_dataset_add_meta(&ds, "nwp/NWP-FOI-2026-0915-outcome-key.csv", "codes", codes);
    coded_record(&ds, "nwp/NWP-FOI-2026-0915-figures.csv", "Retired");
    coded_record(&ds, "nwp/NWP-FOI-2026-0915-figures.csv", "DI");
    assert_false(foi_attach_needs_context(&ds, "nwp/NWP-FOI-2026-0915-figures.csv",
                                          "codes: DIS = Dismissed\ncodes: FWW = Final written warning\n"));
    foi_dataset_release(&ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pairing),
        cmocka_unit_test(test_claimed_once_and_order),
        cmocka_unit_test(test_pack),
        cmocka_unit_test(test_codes),
        cmocka_unit_test(test_legend_of_a_file_with_figures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
