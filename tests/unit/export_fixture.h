/* export_fixture.h: the small hand-built dataset and temporary-folder helpers
 * shared by the exporter and validate tests. Define FOI_TEST_NAME (the
 * temporary folder's tag) before including it. */
#ifndef FOI_TEST_EXPORT_FIXTURE_H
#define FOI_TEST_EXPORT_FIXTURE_H

#ifndef FOI_TEST_NAME
#error "define FOI_TEST_NAME before including export_fixture.h"
#endif

/* ------------------------------------------------------------ dataset */
struct spec {
    const char *force_id, *force_name, *ps, *pe, *label, *cat, *cat_raw, *measure, *subject,
        *outcome, *outcome_raw;
    enum foi_vstatus st;
    int hv; int64_t v; int hmin; int64_t min; int hmax; int64_t max;
    const char *exemption, *source, *sha, *locator, *raw, *parser;
    double conf;
    const char *ref, *basis;
};

#define SHA_A "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define SHA_B "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
#define SHA_C "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"

/* Deliberately out of SPEC order: the test sorts, as the build does. */
static const struct spec specs[] = {
    { "kent", "Kent Police", "2021-04-01", "2022-03-31", "2021/22", "sexual_assault", "Sexual assault",
      "allegations", "officers", "total", "Total", FOI_VS_REPORTED, 1, 10, 1, 10, 1, 10, "",
      "kent/a.csv", SHA_A, "csv row 6 col 2", "10", "force_kent", 0.9, "FOI 123/21", "received" },
    { "kent", "Kent Police", "2021-04-01", "2022-03-31", "2021/22", "sexual_assault", "Sexual assault",
      "allegations", "officers", "dismissed", "Dismissed", FOI_VS_REPORTED, 1, 3, 1, 3, 1, 3, "",
      "kent/a.csv", SHA_A, "csv row 2 col 2", "=HYPERLINK(\"http://x\")", "force_kent", 0.9,
      "FOI 123/21", "received" },
    { "kent", "Kent Police", "2021-04-01", "2022-03-31", "2021/22", "sexual_assault", "Sexual assault",
      "allegations", "officers", "final_written_warning", "Final written warning", FOI_VS_REPORTED,
      1, 4, 1, 4, 1, 4, "", "kent/a.csv", SHA_A, "csv row 3 col 2", "-4 (see note)", "force_kent",
      0.9, "FOI 123/21", "received" },
    { "kent", "Kent Police", "2021-04-01", "2022-03-31", "2021/22", "sexual_assault", "Sexual assault",
      "allegations", "officers", "no_case_to_answer", "No case to answer", FOI_VS_REPORTED,
      1, 3, 1, 3, 1, 3, "", "kent/a.csv", SHA_A, "csv row 4 col 2", "three, as \"NCTA\"\nnext line",
      "force_kent", 0.9, "FOI 123/21", "received" },
    { "kent", "Kent Police", "2021-04-01", "2022-03-31", "2021/22", "sexual_assault", "Sexual assault",
      "allegations", "officers", "ongoing", "Ongoing", FOI_VS_SUPPRESSED, 0, 0, 1, 0, 1, 4, "s40(2)",
      "kent/a.csv", SHA_A, "csv row 5 col 2", "*", "force_kent", 0.9, "FOI 123/21", "received" },
    { "merseyside", "Merseyside Police", "2022-01-01", "2022-12-31", "2022", "sexual_misconduct",
      "Sexual misconduct", "cases", "officers_and_staff", "total", "", FOI_VS_REFUSED, 0, 0, 0, 0, 0, 0,
      "s12", "merseyside/b.html", SHA_B, "paragraph 3", "exceed the cost limit (section 12)",
      "force_merseyside", 0.85, "", "unknown" },
    { "staffordshire", "Staffordshire Police", "", "", "last year", "other", "Sexual \xff misconduct",
      "allegations", "unknown", "other", " upheld ", FOI_VS_REPORTED, 1, 0, 1, 0, 1, 0, "",
      "staffordshire/c.txt", SHA_C, "line 12", "none were upheld", "generic_letter", 1.0, "", "" },
};

__attribute__((unused)) static void build(struct foi_dataset *ds)
{
    foi_dataset_init(ds);
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) {
        const struct spec *s = &specs[i];
        struct foi_record r;
        memset(&r, 0, sizeof r);
        r.force_id = s->force_id;
        r.force_name = s->force_name;
        snprintf(r.period_start, sizeof r.period_start, "%s", s->ps);
        snprintf(r.period_end, sizeof r.period_end, "%s", s->pe);
        r.period_label = s->label;
        r.category = s->cat;
        r.category_raw = s->cat_raw;
        r.measure = s->measure;
        r.subject = s->subject;
        r.outcome = s->outcome;
        r.outcome_raw = s->outcome_raw;
        r.v.status = s->st;
        r.v.has_value = s->hv, r.v.value = s->v;
        r.v.has_min = s->hmin, r.v.min = s->min;
        r.v.has_max = s->hmax, r.v.max = s->max;
        snprintf(r.v.exemption, sizeof r.v.exemption, "%s", s->exemption);
        r.source_file = s->source;
        r.source_sha256 = s->sha;
        r.locator = s->locator;
        r.raw_text = s->raw;
        r.parser = s->parser;
        r.confidence = s->conf;
        r.request_ref = s->ref;
        r.date_basis = s->basis;
        assert_int_equal(foi_dataset_add_record(ds, &r), 0);
    }
    const struct foi_source src[] = {
        { "staffordshire/c.txt", SHA_C, 812, "text", "generic_letter", "staffordshire", "partial", 1, "" },
        { "kent/a.csv", SHA_A, 1234, "csv", "force_kent", "kent", "parsed", 5, "" },
        { "merseyside/b.html", SHA_B, 20480, "html", "force_merseyside", "merseyside", "refused", 1, "" },
        { "bad/x.pdf", "", 99, "unknown", "", "", "failed", 0, "" },
    };
    for (size_t i = 0; i < sizeof src / sizeof src[0]; i++)
        assert_int_equal(foi_dataset_add_source(ds, &src[i]), 0);
    assert_int_equal(foi_dataset_add_issue(ds, FOI_SEV_WARNING, "unknown_category", "staffordshire/c.txt",
                                           "line 12", "no category matches '%s'", "Sexual misconduct?"), 0);
    assert_int_equal(foi_dataset_add_issue(ds, FOI_SEV_INFO, "refused", "merseyside/b.html", "paragraph 3",
                                           "request refused under section 12"), 0);
    assert_int_equal(foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", "bad/x.pdf", "",
                                           "-not a format foi reads, \"pdf\""), 0);
    foi_dataset_sort(ds);
}

/* ------------------------------------------------------------ helpers */
static char tmpdir[256];

__attribute__((unused)) static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/foi-test-" FOI_TEST_NAME "-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

__attribute__((unused)) static int teardown(void **state)
{
    (void)state;
    foi_wfile_fail_after(0);
    foi_alloc_fail_after(0);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

__attribute__((unused)) static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 1 << 16, n = 0, k;
    char *buf = malloc(cap);
    while ((k = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += k;
        if (cap - n - 1 == 0)
            buf = realloc(buf, cap *= 2);
    }
    fclose(fp);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

typedef int (*exporter_fn)(const struct foi_export_ctx *, const char *, struct foi_err *);

/* Run an exporter into tmpdir/name; returns the bytes (caller frees). */
__attribute__((unused)) static char *run(exporter_fn fn, const char *name, size_t *len)
{
    struct foi_dataset ds;
    build(&ds);
    struct foi_export_ctx x = { &ds, NULL, 1, NULL };
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    unlink(path);
    struct foi_err err = { 0 };
    int rc = fn(&x, path, &err);
    if (rc)
        fail_msg("%s: %s: %s", name, err.locator, err.message);
    foi_dataset_release(&ds);
    return slurp(path, len);
}

#endif
