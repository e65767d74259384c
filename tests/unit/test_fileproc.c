/* test_fileproc.c: the one path of one file (app/fileproc.c), for what it
 * does beyond the readers and the engine: an e-mail's attachments read as
 * documents of the message's source, located `attachment "NAME" ...`, the
 * message as their covering letter; a figure the message and its files both
 * give kept once, or not at all when they disagree; attachments that cannot
 * be read named in issues; two values for one figure in one document
 * left out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../app/fileproc.h"
#include "../../normalize/normalize.h"
#include "office_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct foi_taxonomy *tax;

static int setup(void **state)
{
    (void)state;
    struct foi_err err;
    foi_err_clear(&err);
    return foi_taxonomy_load(&tax, foi_taxonomy_default_dir(), NULL, &err) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    foi_taxonomy_free(tax);
    return 0;
}

static void process(const char *path, const char *rel, struct foi_dataset *ds)
{
    struct foi_limits lim;
    foi_limits_default(&lim);
    foi_dataset_init(ds);
    ds->tax = tax;
    assert_int_equal(foi_process_file(tax, &lim, path, rel, NULL, ds), 0);
    assert_int_equal(ds->nsources, 1);
}

static const struct foi_record *find(const struct foi_dataset *ds, const char *cat, const char *out,
                                     const char *start)
{
    for (size_t i = 0; i < ds->nrecords; i++) {
        const struct foi_record *r = &ds->records[i];
        if (!strcmp(r->category, cat) && !strcmp(r->outcome, out) && !strcmp(r->period_start, start))
            return r;
    }
    return NULL;
}

static size_t count_issues(const struct foi_dataset *ds, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < ds->nissues; i++)
        n += !strcmp(ds->issues[i].code, code);
    return n;
}

/* The unseen-letters e-mail: a workbook and a CSV attached, the message
 * saying whom they count. */
static void test_email_attachments(void **state)
{
    (void)state;
    static const char rel[] = "west-mercia/RE FOI 26-2290 misconduct allegations (final response).eml";
    struct foi_dataset ds;
    process(FOI_SRCDIR "/fixtures/unseen-letters/west-mercia/RE FOI 26-2290 misconduct allegations (final response).eml",
            rel, &ds);
    const struct foi_source *s = &ds.sources[0];
    assert_string_equal(s->status, "parsed");
    assert_string_equal(s->force_id, "west-mercia");
    assert_int_equal(s->records, 14);
    assert_int_equal(ds.nrecords, 14);
    const struct foi_record *r = find(&ds, "sexual_harassment", "total", "2024-04-01");
    assert_non_null(r);
    assert_int_equal(r->v.value, 12);
    assert_string_equal(r->subject, "officers_and_staff");
    assert_string_equal(r->source_file, rel);
    assert_string_equal(r->locator, "attachment \"FOI 26-2290 data.xlsx\" sheet \"Allegations\" B4");
    r = find(&ds, "sexual_assault", "no_case_to_answer", "2025-04-01");
    assert_non_null(r);
    assert_int_equal(r->v.value, 2);
    assert_string_equal(r->locator, "attachment \"Annex B \xE2\x80\x93 outcomes 2025-26.csv\" csv row 5 col 3");
    /* the CSV's Total row restates the workbook's 2025/26 cell: one figure */
    size_t totals = 0;
    for (size_t i = 0; i < ds.nrecords; i++)
        totals += !strcmp(ds.records[i].category, "sexual_harassment") && !strcmp(ds.records[i].outcome, "total") &&
                  !strcmp(ds.records[i].period_start, "2025-04-01");
    assert_int_equal(totals, 1);
    /* the files it names are inside it: nothing to pair or miss beside it */
    for (size_t i = 0; i < ds.nmetas; i++)
        assert_string_not_equal(ds.metas[i].key, "attachment");
    assert_int_equal(count_issues(&ds, "no_text_layer"), 0);   /* the inline logo is no attachment */
    foi_dataset_release(&ds);
}

/* A message written to a temporary file: a letter naming the attachments,
 * and the parts given. */
static char *write_message(const char *parts)
{
    static const char head[] =
        "From: Information Rights <foi@example.police.uk>\r\n"
        "Subject: RE: FOI 26-0042\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"mix\"\r\n"
        "\r\n"
        "--mix\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Dear Ms Smith,\r\n\r\n"
        "Freedom of Information request 26-0042\r\n\r\n"
        "Durham Constabulary holds this information. Please find attached the allegations against police "
        "officers in 2024/25.\r\n\r\nYours sincerely,\r\n\r\nInformation Rights\r\n";
    char *path = strdup("/tmp/foi-test-fileproc-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "wb");
    assert_non_null(fp);
    fputs(head, fp);
    fputs(parts, fp);
    fputs("--mix--\r\n", fp);
    assert_int_equal(fclose(fp), 0);
    return path;
}

#define CSV_PART(name, body) \
    "--mix\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=\"" name "\"\r\n\r\n" body "\r\n"

/* Two files giving the same figure: kept once when they agree; when they
 * disagree neither value is kept and a warning names both. */
static void test_parts_restate_or_conflict(void **state)
{
    (void)state;
    char *p = write_message(CSV_PART("a.csv", "Allegation type,2024/25\r\nSexual harassment,9\r\nSexual assault,4")
                                CSV_PART("b.csv", "Allegation type,2024/25\r\nSexual harassment,9\r\nSexual assault,5"));
    struct foi_dataset ds;
    process(p, "durham/RE FOI 26-0042.eml", &ds);
    size_t sh = 0;
    for (size_t i = 0; i < ds.nrecords; i++) {
        sh += !strcmp(ds.records[i].category, "sexual_harassment");
        assert_string_not_equal(ds.records[i].category, "sexual_assault");
    }
    assert_int_equal(sh, 1);
    const struct foi_record *r = find(&ds, "sexual_harassment", "total", "2024-04-01");
    assert_non_null(r);
    assert_int_equal(r->v.value, 9);
    assert_string_equal(r->subject, "officers");
    assert_string_equal(r->locator, "attachment \"a.csv\" csv row 2 col 2");
    assert_int_equal(ds.sources[0].records, 1);
    int warned = 0;
    for (size_t i = 0; i < ds.nissues; i++)
        warned |= !strcmp(ds.issues[i].code, "conflict") && strstr(ds.issues[i].message, "'4'") &&
                  strstr(ds.issues[i].message, "'5'") && strstr(ds.issues[i].message, "none is kept");
    assert_true(warned);
    foi_dataset_release(&ds);
    unlink(p);
    free(p);
}

/* An attached image is named (no text to read); an attachment that cannot be
 * read is a warning naming it, and the message is partial, the other file's
 * figures kept. */
static void test_parts_unreadable(void **state)
{
    (void)state;
    char *p = write_message(
        "--mix\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename=\"table.jpg\"\r\n\r\n/9j/4AAQ\r\n"
        "--mix\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"data.xlsx\"\r\n\r\n"
        "UEsDBAoAAAAAAA==\r\n"
        CSV_PART("annex.csv", "Allegation type,2024/25\r\nSexual harassment,9"));
    struct foi_dataset ds;
    process(p, "durham/RE FOI 26-0042.eml", &ds);
    assert_string_equal(ds.sources[0].status, "partial");
    assert_int_equal(ds.nrecords, 1);
    int image = 0, broken = 0;
    for (size_t i = 0; i < ds.nissues; i++) {
        const struct foi_issue *is = &ds.issues[i];
        image |= !strcmp(is->code, "no_text_layer") && !strcmp(is->locator, "attachment \"table.jpg\"");
        broken |= !strcmp(is->code, "parse_error") && is->severity == FOI_SEV_WARNING &&
                  !strncmp(is->locator, "attachment \"data.xlsx\"", 22);
    }
    assert_true(image);
    assert_true(broken);
    foi_dataset_release(&ds);
    unlink(p);
    free(p);

    /* only files foi cannot read, and a message attached whole: each named,
     * and the letter's "please find attached" is not a missing attachment */
    p = write_message(
        "--mix\r\nContent-Type: application/zip\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename=\"data.xlsx\"\r\n\r\nUEsDBAoAAAAAAA==\r\n"
        "--mix\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"fwd.eml\"\r\n\r\n"
        "From: a@b.c\r\n\r\nold\r\n");
    process(p, "durham/RE FOI 26-0042.eml", &ds);
    int fwd = 0;
    for (size_t i = 0; i < ds.nissues; i++)
        fwd |= !strcmp(ds.issues[i].locator, "attachment \"fwd.eml\"") && ds.issues[i].severity == FOI_SEV_INFO;
    assert_true(fwd);
    for (size_t i = 0; i < ds.nmetas; i++)
        assert_string_not_equal(ds.metas[i].key, "attachment");
    foi_dataset_release(&ds);
    unlink(p);
    free(p);

    /* more files than are read: a warning says so */
    char parts[4096] = "";
    for (int k = 0; k < 18; k++) {
        char one[200];
        snprintf(one, sizeof one, CSV_PART("f%02d.csv", "Allegation type,2024/25\r\nSexual harassment,%d"), k, k);
        strcat(parts, one);
    }
    p = write_message(parts);
    process(p, "durham/RE FOI 26-0042.eml", &ds);
    int more = 0;
    for (size_t i = 0; i < ds.nissues; i++)
        more |= !strcmp(ds.issues[i].code, "parse_error") && strstr(ds.issues[i].message, "more than 16 files");
    assert_true(more);
    foi_dataset_release(&ds);
    unlink(p);
    free(p);
}

static char *b64(const unsigned char *in, size_t n)
{
    static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char *out = malloc(n * 2 + 8), *o = out;
    assert_non_null(out);
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        *o++ = al[v >> 18 & 63];
        *o++ = al[v >> 12 & 63];
        *o++ = i + 1 < n ? al[v >> 6 & 63] : '=';
        *o++ = i + 2 < n ? al[v & 63] : '=';
    }
    *o = 0;
    return out;
}

/* A zip attached to an e-mail: its files read as a pack's, the message their
 * covering letter (whom and which year), located `attachment "NAME" file
 * "..."` in the message's row. */
static void test_email_zipped_attachment(void **state)
{
    (void)state;
    static const char *const names[] = { "tables/outcomes.csv", "logo.png" };
    static const char *const bodies[] = { "Allegation type,Dismissed,Total\r\nSexual harassment,2,9\r\n", "png" };
    size_t len;
    unsigned char *z = make_zip(names, bodies, 2, 0, &len);
    char *enc = b64(z, len);
    free(z);
    char parts[8192];
    snprintf(parts, sizeof parts,
             "--mix\r\nContent-Type: application/zip\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Disposition: attachment; filename=\"FOI 26-0042 tables.zip\"\r\n\r\n%s\r\n", enc);
    free(enc);
    char *p = write_message(parts);
    struct foi_dataset ds;
    process(p, "durham/RE FOI 26-0042.eml", &ds);
    assert_int_equal(ds.nrecords, 2);
    const struct foi_record *r = find(&ds, "sexual_harassment", "total", "2024-04-01");
    assert_non_null(r);
    assert_int_equal(r->v.value, 9);
    assert_string_equal(r->subject, "officers");
    assert_string_equal(r->source_file, "durham/RE FOI 26-0042.eml");
    assert_string_equal(r->locator, "attachment \"FOI 26-0042 tables.zip\" file \"tables/outcomes.csv\" csv row 2 col 3");
    assert_non_null(find(&ds, "sexual_harassment", "dismissed", "2024-04-01"));
    assert_int_equal(ds.sources[0].records, 2);
    assert_string_equal(ds.sources[0].status, "parsed");
    int pic = 0;
    for (size_t i = 0; i < ds.nissues; i++)
        pic |= !strcmp(ds.issues[i].code, "no_text_layer") &&
               !strcmp(ds.issues[i].locator, "attachment \"FOI 26-0042 tables.zip\" file \"logo.png\"");
    assert_true(pic);
    /* the row and its records name both parsers (a record's is its row's) */
    assert_string_equal(ds.sources[0].parser, "generic_letter+generic_table");
    assert_string_equal(r->parser, "generic_letter+generic_table");
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_file_result(&ds, &b), 0);   /* what a worker sends */
    foi_buf_release(&b);
    foi_dataset_release(&ds);
    unlink(p);
    free(p);
}

/* One document, two tables read alike (nothing tells them apart): a figure
 * both give with one value is one figure; one they give with two values is
 * neither, and one conflict warning counts them (round 21 part C: a
 * document never gives two values for one figure with confidence). */
static void test_document_two_values(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><p>Dear Mr Jones,</p><p>Freedom of Information request 26-0117</p>"
        "<p>Durham Constabulary holds this information. The tables below give the allegations against police "
        "officers recorded in 2024/25.</p>"
        "<h3>Table A: allegations recorded in 2024/25</h3><table><tr><th>Allegation type</th><th>Number</th></tr>"
        "<tr><td>Sexual harassment</td><td>7</td></tr><tr><td>Sexual assault</td><td>3</td></tr>"
        "<tr><td>Sexual misconduct</td><td>2</td></tr></table>"
        "<h3>Table B: allegations recorded in 2024/25</h3><table><tr><th>Allegation type</th><th>Number</th></tr>"
        "<tr><td>Sexual harassment</td><td>7</td></tr><tr><td>Sexual assault</td><td>6</td></tr>"
        "<tr><td>Sexual misconduct</td><td>1</td></tr></table>"
        "<p>Yours sincerely,</p><p>Information Rights</p></body></html>";
    char path[] = "/tmp/foi-test-fileproc-html-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, html, sizeof html - 1), (ssize_t)(sizeof html - 1));
    close(fd);
    struct foi_dataset ds;
    process(path, "durham/FOI 26-0117 response.html", &ds);
    assert_int_equal(ds.nrecords, 1);
    const struct foi_record *r = find(&ds, "sexual_harassment", "total", "2024-04-01");
    assert_non_null(r);
    assert_int_equal(r->v.value, 7);
    assert_null(find(&ds, "sexual_assault", "total", "2024-04-01"));
    assert_null(find(&ds, "sexual_misconduct", "total", "2024-04-01"));
    assert_int_equal(ds.sources[0].records, 1);
    assert_int_equal(count_issues(&ds, "conflict"), 1);
    int warned = 0;
    for (size_t i = 0; i < ds.nissues; i++)
        warned |= !strcmp(ds.issues[i].code, "conflict") && strstr(ds.issues[i].message, "2 figures") &&
                  strstr(ds.issues[i].message, "'3'") && strstr(ds.issues[i].message, "'6'");
    assert_true(warned);
    foi_dataset_release(&ds);
    unlink(path);
}

/* A disclosure pack (fixtures/office/west-mercia): each file read as a
 * document of its own, the pack's letter covering its workbook (period, and
 * the mark it explains: '*' is 1 to 2, withheld under s40(2)); the archive
 * one source, its figures located `file "NAME" ...`; a picture named, an
 * archive inside not opened (a warning: partial), a README no warning. */
static void test_archive_pack(void **state)
{
    (void)state;
    static const char rel[] = "west-mercia/WMP FOI 26-4127 disclosure pack.zip";
    struct foi_dataset ds;
    process(FOI_SRCDIR "/fixtures/office/west-mercia/WMP FOI 26-4127 disclosure pack.zip", rel, &ds);
    const struct foi_source *s = &ds.sources[0];
    assert_string_equal(s->format, "zip");
    assert_string_equal(s->status, "partial");
    assert_string_equal(s->force_id, "west-mercia");
    assert_string_equal(s->parser, "generic_table");
    assert_int_equal(s->records, 12);
    assert_int_equal(ds.nrecords, 12);
    int starred = 0;
    for (size_t i = 0; i < ds.nrecords; i++) {
        const struct foi_record *r = &ds.records[i];
        assert_string_equal(r->source_file, rel);
        assert_string_equal(r->source_sha256, s->source_sha256);
        assert_string_equal(r->period_start, "2024-04-01");
        assert_string_equal(r->period_end, "2025-03-31");
        assert_true(!strncmp(r->locator, "file \"FOI 26-4127/FOI 26-4127 data.xlsx\" sheet \"Outcomes\" ", 58));
        if (!strcmp(r->raw_text, "*")) {
            starred++;
            assert_int_equal(r->v.status, FOI_VS_SUPPRESSED);
            assert_int_equal(r->v.min, 1);
            assert_int_equal(r->v.max, 2);
            assert_string_equal(r->v.exemption, "s40(2)");
        }
    }
    assert_int_equal(starred, 3);
    assert_int_equal(count_issues(&ds, "no_text_layer"), 1);
    assert_int_equal(count_issues(&ds, "context_conflict"), 0);
    int nested = 0, readme = 0;
    for (size_t i = 0; i < ds.nissues; i++) {
        const struct foi_issue *is = &ds.issues[i];
        assert_string_equal(is->source_file, rel);
        nested |= is->severity == FOI_SEV_WARNING && !strcmp(is->code, "parse_error") &&
                  !strcmp(is->locator, "file \"FOI 26-4127/previous release FOI 25-1101.zip\"") &&
                  strstr(is->message, "not opened") != NULL;
        readme |= !strcmp(is->code, "no_figures") && is->severity == FOI_SEV_INFO &&
                  strstr(is->locator, "README.txt") != NULL;
        assert_false(!strcmp(is->code, "no_figures") && is->severity != FOI_SEV_INFO);
    }
    assert_true(nested);
    assert_true(readme);
    for (size_t i = 0; i < ds.nmetas; i++)
        assert_string_not_equal(ds.metas[i].key, "attachment");   /* the pairing is the pack's own */
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_file_result(&ds, &b), 0);   /* what a worker sends */
    foi_buf_release(&b);
    foi_dataset_release(&ds);
}

static char *write_zip_file(const char *const *names, const char *const *bodies, int n)
{
    size_t len;
    unsigned char *z = make_zip(names, bodies, n, 0, &len);
    char *path = strdup("/tmp/foi-test-fileproc-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, z, len), (ssize_t)len);
    close(fd);
    free(z);
    return path;
}

/* Two files of a pack that give one figure: the first keeps it when they
 * agree, neither when they differ (a conflict); a pack with no letter reads
 * each file on its own; a pack whose files give nothing is failed with one
 * no_figures warning. */
static void test_archive_restate_or_conflict(void **state)
{
    (void)state;
    static const char *const names[] = { "a.csv", "b.csv" };
    static const char *const bodies[] = {
        "Allegations against police officers,2024/25\r\nSexual harassment,9\r\nSexual assault,4\r\n",
        "Allegations against police officers,2024/25\r\nSexual harassment,9\r\nSexual assault,5\r\n" };
    char *p = write_zip_file(names, bodies, 2);
    struct foi_dataset ds;
    process(p, "durham/pack.zip", &ds);
    assert_int_equal(ds.nrecords, 1);
    const struct foi_record *r = find(&ds, "sexual_harassment", "total", "2024-04-01");
    assert_non_null(r);
    assert_int_equal(r->v.value, 9);
    assert_string_equal(r->locator, "file \"a.csv\" csv row 2 col 2");
    assert_int_equal(count_issues(&ds, "conflict"), 1);
    assert_string_equal(ds.sources[0].status, "parsed");
    foi_dataset_release(&ds);
    unlink(p);
    free(p);

    /* a letter with a figure of its own and a table: two parsers, one row */
    static const char *const n3[] = { "letter.txt", "table.csv" };
    static const char *const b3[] = {
        "Dear Ms Smith,\n\nFreedom of Information request 26-0042\n\nYou asked how many allegations of sexual "
        "harassment were made against police officers in 2024/25.\n\nIn 2024/25, 9 allegations of sexual "
        "harassment were made against police officers. The accompanying table gives them by outcome.\n\n"
        "Yours sincerely,\n\nInformation Rights\n",
        "Outcome,Sexual harassment\r\nDismissed,2\r\nNo case to answer,7\r\n" };
    p = write_zip_file(n3, b3, 2);
    process(p, "durham/pack.zip", &ds);
    assert_non_null(find(&ds, "sexual_harassment", "total", "2024-04-01"));
    assert_non_null(find(&ds, "sexual_harassment", "dismissed", "2024-04-01"));
    for (size_t i = 0; i < ds.nrecords; i++)
        assert_string_equal(ds.records[i].parser, ds.sources[0].parser);
    assert_non_null(strchr(ds.sources[0].parser, '+'));
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_file_result(&ds, &b), 0);
    foi_buf_release(&b);
    foi_dataset_release(&ds);
    unlink(p);
    free(p);

    static const char *const n2[] = { "notes.txt", "empty.csv" };
    static const char *const b2[] = { "Nothing here.\n", "" };
    p = write_zip_file(n2, b2, 2);
    process(p, "durham/pack.zip", &ds);
    assert_int_equal(ds.nrecords, 0);
    assert_string_equal(ds.sources[0].status, "failed");
    size_t warned = 0;
    for (size_t i = 0; i < ds.nissues; i++)
        warned += !strcmp(ds.issues[i].code, "no_figures") && ds.issues[i].severity == FOI_SEV_WARNING &&
                  !strcmp(ds.issues[i].locator, "");
    assert_int_equal(warned, 1);
    foi_dataset_release(&ds);
    unlink(p);
    free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_email_attachments),
        cmocka_unit_test(test_parts_restate_or_conflict),
        cmocka_unit_test(test_parts_unreadable),
        cmocka_unit_test(test_document_two_values),
        cmocka_unit_test(test_archive_pack),
        cmocka_unit_test(test_email_zipped_attachment),
        cmocka_unit_test(test_archive_restate_or_conflict),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
