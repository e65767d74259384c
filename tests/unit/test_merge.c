/* test_merge.c: the streaming pieces of a build (app/merge.c, app/issort.c):
 * many sources' results merged in SPEC order equal one dataset sorted, in
 * one pass or in several under a tiny budget; a damaged block is found and
 * named; the result reader gives a result's records and issues back; issues
 * sorted through spilled runs come back in SPEC order. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../app/issort.h"
#include "../../app/merge.h"
#include "../../app/outputs.h"
#include "../../app/serial.h"

static const char *const forces[] = { "kent", "avon-and-somerset", "dorset", "", "merseyside" };
static const char *const cats[] = { "sexual_assault", "vawg", "other" };
static const char *const outs[] = { "total", "dismissed", "no_case_to_answer" };

/* Source s (of n): a file of records in pseudo-random order, then sorted
 * as a worker would; its result bytes in *blob. */
static void make_source(int s, unsigned seed, int nrec, struct foi_dataset *all, struct foi_buf *blob)
{
    struct foi_dataset one;
    foi_dataset_init(&one);
    char file[32], sha[65];
    snprintf(file, sizeof file, "f/%03d.csv", s);
    memset(sha, 'a' + s % 6, 64);
    sha[64] = 0;
    struct foi_source src;
    memset(&src, 0, sizeof src);
    src.source_file = file;
    src.source_sha256 = sha;
    src.format = "csv";
    src.parser = "generic_table";
    src.force_id = "multiple";
    src.status = "parsed";
    src.records = nrec;
    src.attached_to = "";
    assert_int_equal(foi_dataset_add_source(&one, &src), 0);
    for (int i = 0; i < nrec; i++) {
        seed = seed * 1103515245u + 12345u;
        struct foi_record r;
        memset(&r, 0, sizeof r);
        r.force_id = forces[seed % 5];
        r.force_name = r.force_id;
        int y = 2015 + (int)(seed >> 8) % 6;
        snprintf(r.period_start, sizeof r.period_start, "%d-04-01", y);
        snprintf(r.period_end, sizeof r.period_end, "%d-03-31", y + 1);
        r.period_label = "FY";
        r.category = cats[(seed >> 12) % 3];
        r.category_raw = r.category;
        r.measure = "allegations";
        r.subject = "officers";
        r.outcome = outs[(seed >> 14) % 3];
        r.outcome_raw = r.outcome;
        r.source_file = file;
        r.source_sha256 = sha;
        r.parser = "generic_table";
        char loc[32], raw[16];
        snprintf(loc, sizeof loc, "csv row %d col %u", i + 2, (seed >> 20) % 7);
        snprintf(raw, sizeof raw, "%u", (seed >> 3) % 50);
        r.locator = loc;
        r.raw_text = raw;
        r.request_ref = "";
        r.date_basis = "received";
        r.note = "";
        r.confidence = 0.75;
        r.v.status = FOI_VS_REPORTED;
        r.v.value = r.v.min = r.v.max = (seed >> 3) % 50;
        r.v.has_value = r.v.has_min = r.v.has_max = 1;
        assert_int_equal(foi_dataset_add_record(&one, &r), 0);
        assert_int_equal(foi_dataset_add_record(all, &r), 0);
    }
    assert_int_equal(foi_dataset_add_issue(&one, FOI_SEV_WARNING, "unknown_category", file, "csv row 2",
                                           "category '%d' is not known", s), 0);
    foi_dataset_sort(&one);
    assert_int_equal(foi_serial_write(&one, blob), 0);
    foi_dataset_release(&one);
}

struct collect {
    struct foi_dataset got;
    uint32_t last_rank[64];
};

static int collect(void *ctx, const struct foi_record *r, const struct foi_merge_pos *pos)
{
    struct collect *c = ctx;
    /* a source's records come in the order of its result */
    assert_true(pos->source < 64);
    assert_int_equal(pos->rank, c->last_rank[pos->source]);
    c->last_rank[pos->source]++;
    return foi_dataset_add_record(&c->got, r);
}

/* n sources of about m records, written one after another into a file;
 * merged with budget (0: the default) must equal all of them sorted. */
static void merge_case(int n, int m, size_t budget, size_t want_passes)
{
    struct foi_dataset all;
    foi_dataset_init(&all);
    char path[] = "/tmp/foi-test-merge-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    unlink(path);
    struct foi_merge_input *in = calloc((size_t)n, sizeof *in);
    assert_non_null(in);
    uint64_t off = 0;
    for (int s = 0; s < n; s++) {
        struct foi_buf b;
        foi_buf_init(&b, 0);
        make_source(s, 7u * (unsigned)s + 1u, m + s % 5, &all, &b);
        assert_int_equal(pwrite(fd, b.data, b.len, (off_t)off), (ssize_t)b.len);
        in[s].fd = fd;
        in[s].off = off;
        in[s].len = b.len;
        in[s].source = (uint32_t)s;
        off += b.len;
        foi_buf_release(&b);
    }
    foi_dataset_sort(&all);
    struct collect c;
    memset(&c, 0, sizeof c);
    foi_dataset_init(&c.got);
    struct foi_merge_opts mo;
    memset(&mo, 0, sizeof mo);
    mo.budget = budget;
    mo.verify = 1;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_merge(in, (size_t)n, &mo, collect, &c, &err), 0);
    if (want_passes == 1)
        assert_int_equal(mo.passes, 1);
    else
        assert_true(mo.passes >= want_passes);
    assert_int_equal(c.got.nrecords, all.nrecords);
    for (size_t i = 0; i < all.nrecords; i++)
        if (foi_record_cmp(&c.got.records[i], &all.records[i]) ||
            strcmp(c.got.records[i].raw_text, all.records[i].raw_text))
            fail_msg("record %zu differs from the sorted dataset", i);
    foi_dataset_release(&c.got);
    foi_dataset_release(&all);
    free(in);
    close(fd);
}

static void test_one_pass(void **state)
{
    (void)state;
    merge_case(20, 300, 0, 1);
}

static void test_several_passes(void **state)
{
    (void)state;
    merge_case(40, 200, 64 << 10, 2);
}

static void test_damaged_block(void **state)
{
    (void)state;
    struct foi_dataset all;
    foi_dataset_init(&all);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    make_source(3, 11, 500, &all, &b);
    /* a byte in the middle of the records */
    struct foi_result r;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_result_header(&r, b.data, b.len, &err), 0);
    size_t at = (size_t)foi_result_rec_off(&r) + (size_t)r.rec_len / 2;
    b.data[at] ^= 0x5a;
    struct foi_merge_input in = { -1, 0, b.len, NULL, b.data, 3 };
    struct collect c;
    memset(&c, 0, sizeof c);
    foi_dataset_init(&c.got);
    struct foi_merge_opts mo;
    memset(&mo, 0, sizeof mo);
    mo.verify = 1;
    int rc = foi_merge(&in, 1, &mo, collect, &c, &err);
    assert_int_equal(rc, FOI_ECORRUPT);
    assert_int_equal(mo.bad_input, 3);
    foi_dataset_release(&c.got);
    foi_dataset_release(&all);
    foi_buf_release(&b);
}

static int count_issue(void *ctx, const struct foi_issue *is)
{
    assert_string_equal(is->code, "unknown_category");
    (*(int *)ctx)++;
    return 0;
}

static void test_reader(void **state)
{
    (void)state;
    struct foi_dataset all;
    foi_dataset_init(&all);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    make_source(1, 5, 1000, &all, &b);
    foi_dataset_sort(&all);
    struct foi_merge_input in = { -1, 0, b.len, NULL, b.data, 0 };
    struct foi_result_reader *rd;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_result_reader_open(&rd, &in, 4096, 1, &err), 0);
    struct foi_record rec;
    size_t k = 0;
    int r;
    while ((r = foi_result_reader_next(rd, &rec)) > 0) {
        assert_int_equal(foi_record_cmp(&rec, &all.records[k]), 0);
        k++;
    }
    assert_int_equal(r, 0);
    assert_int_equal(k, all.nrecords);
    int ni = 0;
    assert_int_equal(foi_result_reader_issues(rd, count_issue, &ni), 0);
    assert_int_equal(ni, 1);
    foi_result_reader_close(rd);
    foi_dataset_release(&all);
    foi_buf_release(&b);
}

/* ------------------------------------------------------------ issues */
static void test_issort(void **state)
{
    (void)state;
    for (int spill = 0; spill < 2; spill++) {
        struct foi_issort *s;
        assert_int_equal(foi_issort_new(&s, spill ? 2048 : 0, NULL), 0);
        struct foi_dataset ref;
        foi_dataset_init(&ref);
        unsigned seed = 3;
        for (int i = 0; i < 3000; i++) {
            seed = seed * 1103515245u + 12345u;
            char file[32], loc[32], msg[64];
            snprintf(file, sizeof file, "f/%u.csv", (seed >> 8) % 40);
            snprintf(loc, sizeof loc, "row %u", (seed >> 4) % 100);
            snprintf(msg, sizeof msg, "message %u", seed % 1000);
            const char *code = (seed >> 16) & 1 ? "conflict" : "duplicate";
            enum foi_severity sev = (seed >> 17) & 1 ? FOI_SEV_WARNING : FOI_SEV_INFO;
            struct foi_issue is = { sev, code, file, loc, msg };
            assert_int_equal(foi_issort_add(s, &is), 0);
            assert_int_equal(foi_dataset_add_issue(&ref, sev, code, file, loc, "%s", msg), 0);
        }
        foi_dataset_sort(&ref);
        assert_int_equal(foi_issort_finish(s), 0);
        if (spill)
            assert_true(foi_issort_runs(s) > 10);
        else
            assert_int_equal(foi_issort_runs(s), 0);
        struct foi_issue is;
        size_t k = 0;
        int r;
        while ((r = foi_issort_next(s, &is)) > 0) {
            assert_true(k < ref.nissues);
            assert_int_equal(foi_issue_cmp(&is, &ref.issues[k]), 0);
            k++;
        }
        assert_int_equal(r, 0);
        assert_int_equal(k, ref.nissues);
        foi_issort_free(s);
        foi_dataset_release(&ref);
    }
}

/* A comparable row as app/outputs.c lays it out (the reference the writer
 * must match byte for byte): its length, nine strings (length, bytes, NUL),
 * summed and has_rate, officers and the rate, then per cell seven flag
 * bytes and, when present, value, min, max and its text. */
static void ref_s(struct foi_buf *b, const char *s)
{
    unsigned char t[4];
    s = s ? s : "";
    foi_put_le32(t, (uint32_t)strlen(s));
    assert_int_equal(foi_buf_add(b, t, 4), 0);
    assert_int_equal(foi_buf_add(b, s, strlen(s) + 1), 0);
}

static void ref_row(struct foi_buf *b, int ncells, const struct foi_cmp_row *r)
{
    size_t at = b->len;
    assert_int_equal(foi_buf_add(b, "\0\0\0\0", 4), 0);
    const char *str[9] = { r->force_id, r->force_name, r->period_start, r->period_end, r->category,
                           r->measure, r->subject, r->officers_date, r->funnel };
    for (int k = 0; k < 9; k++)
        ref_s(b, str[k]);
    unsigned char f[2] = { (unsigned char)r->summed, (unsigned char)r->has_rate };
    assert_int_equal(foi_buf_add(b, f, 2), 0);
    assert_int_equal(foi_buf_add(b, &r->officers, 8), 0);
    assert_int_equal(foi_buf_add(b, &r->rate_per_1000, 8), 0);
    for (int c = 0; c < ncells; c++) {
        const struct foi_cmp_cell *x = &r->cells[c];
        unsigned char g[7] = { x->present, x->conflict, (unsigned char)x->status, x->has_value, x->has_min,
                               x->has_max, 0 };
        assert_int_equal(foi_buf_add(b, g, 7), 0);
        if (x->present) {
            assert_int_equal(foi_buf_add(b, &x->value, 8), 0);
            assert_int_equal(foi_buf_add(b, &x->min, 8), 0);
            assert_int_equal(foi_buf_add(b, &x->max, 8), 0);
            ref_s(b, x->text);
        }
    }
    foi_put_le32((unsigned char *)b->data + at, (uint32_t)(b->len - at - 4));
}

/* foi_cmp_row_write lays rows out as the reference does, after whatever
 * the buffer holds; foi_cmp_row_parse gives them back. */
static void test_cmp_rows(void **state)
{
    (void)state;
    struct foi_cmp_cell cells[3] = {
        { 12, 0, 0, "12", FOI_VS_REPORTED, 1, 0, 1, 0, 0 },
        { 0, 0, 0, NULL, FOI_VS_NONE, 0, 0, 0, 0, 0 },
        { 0, 1, 4, "1-4", FOI_VS_SUPPRESSED, 1, 1, 0, 1, 1 },
    };
    struct foi_cmp_row rows[2];
    memset(rows, 0, sizeof rows);
    rows[0] = (struct foi_cmp_row){ "kent", "Kent Police", "2021-04-01", "2022-03-31", "sexual_assault",
                                    "allegations", "officers", cells, 1, 3512, "2022-03-31", 3.42, 1, "within" };
    rows[1].cells = cells + 1;   /* every string missing, two cells */
    rows[1].officers = -1;
    struct foi_buf got, want;
    foi_buf_init(&got, 0);
    foi_buf_init(&want, 0);
    assert_int_equal(foi_buf_add(&got, "D", 1), 0);
    assert_int_equal(foi_buf_add(&want, "D", 1), 0);
    assert_int_equal(foi_cmp_row_write(&got, 3, &rows[0]), 0);
    assert_int_equal(foi_cmp_row_write(&got, 2, &rows[1]), 0);
    ref_row(&want, 3, &rows[0]);
    ref_row(&want, 2, &rows[1]);
    assert_int_equal(got.len, want.len);
    assert_memory_equal(got.data, want.data, want.len);
    assert_int_equal(got.data[got.len], 0);
    struct foi_cmp_cell back[3];
    struct foi_cmp_row r;
    size_t l0 = foi_le32((const unsigned char *)got.data + 1);
    assert_int_equal(foi_cmp_row_parse(got.data + 5, l0, back, 3, &r), 0);
    assert_string_equal(r.force_name, "Kent Police");
    assert_string_equal(r.period_end, "2022-03-31");
    assert_string_equal(r.funnel, "within");
    assert_int_equal(r.officers, 3512);
    assert_int_equal(back[0].value, 12);
    assert_string_equal(back[2].text, "1-4");
    assert_int_equal(back[2].max, 4);
    size_t l1 = foi_le32((const unsigned char *)got.data + 5 + l0);
    assert_int_equal(foi_cmp_row_parse(got.data + 9 + l0, l1, back, 2, &r), 0);
    assert_string_equal(r.force_id, "");
    assert_int_equal(r.officers, -1);
    assert_int_equal(back[0].present, 0);
    assert_string_equal(back[1].text, "1-4");
    foi_buf_release(&got);
    foi_buf_release(&want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_pass),
        cmocka_unit_test(test_several_passes),
        cmocka_unit_test(test_damaged_block),
        cmocka_unit_test(test_reader),
        cmocka_unit_test(test_issort),
        cmocka_unit_test(test_cmp_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
