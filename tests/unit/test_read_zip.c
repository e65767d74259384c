/* test_read_zip.c: the zip layer under the office readers: part names resolved,
 * formats told apart by content (extensions lie), every cap (entries, bytes of
 * an entry and of all, ratio, declared size) checked while inflating, damaged
 * archives, and XML that carries a DTD or is malformed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "office_fixture.h"
#include "../../parsers/office.h"

#define MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define CT_XLSX "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override " \
    "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml." \
    "sheet.main+xml\"/></Types>"
#define WB "<workbook xmlns=\"" MAIN "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/" \
    "relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
#define RELS "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship " \
    "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" " \
    "Target=\"worksheets/sheet1.xml\"/></Relationships>"
#define SHEET "<worksheet xmlns=\"" MAIN "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Outcome</t>" \
    "</is></c><c r=\"B1\" t=\"inlineStr\"><is><t>2022</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>" \
    "<t>Dismissed</t></is></c><c r=\"B2\"><v>3</v></c></row></sheetData></worksheet>"

static const char *const xlsx_names[] = { "[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                          "xl/worksheets/sheet1.xml" };

static void test_resolve(void **state)
{
    (void)state;
    static const struct { const char *base, *target, *want; } cases[] = {
        { "xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml" },
        { "xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml" },
        { "xl/workbook.xml", "../docProps/app.xml", "docProps/app.xml" },
        { "xl/workbook.xml", "../../../../etc/passwd", "etc/passwd" },
        { "word/document.xml", "./styles.xml", "word/styles.xml" },
        { "", "/[Content_Types].xml", "[Content_Types].xml" },
        { "a/b/c.xml", "d//e.xml", "a/b/d/e.xml" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char buf[256];
        assert_int_equal(foi_zip_resolve(cases[i].base, cases[i].target, buf, sizeof buf), 0);
        assert_string_equal(buf, cases[i].want);
    }
    char small[8];
    assert_int_equal(foi_zip_resolve("xl/workbook.xml", "worksheets/sheet1.xml", small, sizeof small), FOI_ELIMIT);
}

/* ------------------------------------------------------------ formats */

static void test_formats_by_content(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    const char *bodies[] = { CT_XLSX, WB, RELS, SHEET };
    assert_int_equal(read_parts(&doc, xlsx_names, bodies, 4, NULL, &err), 0);
    assert_int_equal(doc.format, FOI_FMT_XLSX);
    assert_int_equal(doc.ntables, 1);
    assert_string_equal(doc.tables[0].sheet, "S");
    foi_doc_release(&doc);

    /* an OpenDocument mimetype, whatever the name */
    static const char *const odsn[] = { "mimetype", "content.xml" };
    const char *ods[] = { "application/vnd.oasis.opendocument.spreadsheet",
                          "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                          "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                          "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                          "<table:table table:name=\"T\"><table:table-row><table:table-cell><text:p>x</text:p>"
                          "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
                          "</office:document-content>" };
    assert_int_equal(read_parts(&doc, odsn, ods, 2, NULL, &err), 0);
    assert_int_equal(doc.format, FOI_FMT_ODS);
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].loc, "sheet \"T\" A1");
    foi_doc_release(&doc);

    /* what is not read says what it is */
    static const struct { const char *name, *body, *msg; } others[] = {
        { "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/ppt/"
          "presentation.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml."
          "presentation.main+xml\"/></Types>",
          "a PowerPoint presentation is not read; save it as XLSX, DOCX, ODS or PDF" },
        { "mimetype", "application/vnd.oasis.opendocument.presentation",
          "an OpenDocument file that is neither a spreadsheet nor a text is not read; save it as XLSX, DOCX, ODS or PDF" },
    };
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        const char *n1[] = { others[i].name }, *b1[] = { others[i].body };
        assert_int_equal(read_parts(&doc, n1, b1, 1, NULL, &err), FOI_EPARSE);
        assert_string_equal(err.message, others[i].msg);
        foi_doc_release(&doc);
    }

    /* a workbook named .csv is read by its content */
    assert_int_equal(read_src(&doc, "fixtures/office/northumbria/FOI 2024-0031 data.csv", NULL, &err), 0);
    assert_int_equal(doc.format, FOI_FMT_XLSX);
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ archives */

/* A zip of files (a disclosure pack) is no office document: read as an
 * archive with no text of its own, its files listed by foi_zip_files with
 * their bytes; folders and no one's files left out, pictures named only. */
static void test_archive_files(void **state)
{
    (void)state;
    static const char *const names[] = { "pack/", "pack/FOI 1 letter.txt", "__MACOSX/pack/._FOI 1 letter.txt",
                                         "pack/.DS_Store", "pack\\Table 1.csv", "./logo.PNG", "Thumbs.db",
                                         "empty.csv" };
    static const char *const bodies[] = { "", "Dear Sir", "junk", "junk", "Type,2024\nSexual assault,3\n", "png",
                                          "junk", "" };
    size_t len;
    unsigned char *z = make_zip(names, bodies, 8, 0, &len);
    struct foi_doc doc;
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(&doc, "pack.zip");
    assert_int_equal(foi_read_zip(&doc, (const char *)z, len, NULL, &err), 0);
    assert_int_equal(doc.format, FOI_FMT_ZIP);
    assert_int_equal(doc.nlines, 0);
    assert_int_equal(doc.ntables, 0);
    struct foi_mime_part mp[8];
    int n = foi_zip_files(&doc.arena, (const char *)z, len, NULL, mp, 8, &err);
    assert_int_equal(n, 4);
    assert_string_equal(mp[0].name, "pack/FOI 1 letter.txt");
    assert_int_equal(mp[0].n, 8);
    assert_memory_equal(mp[0].bytes, "Dear Sir", 9);   /* a NUL after the bytes */
    assert_string_equal(mp[1].name, "pack/Table 1.csv");
    assert_string_equal(mp[1].bytes, "Type,2024\nSexual assault,3\n");
    assert_string_equal(mp[2].name, "logo.PNG");
    assert_string_equal(mp[2].type, "image/png");
    assert_int_equal(mp[2].n, 0);
    assert_string_equal(mp[3].name, "empty.csv");
    assert_int_equal(mp[3].n, 0);
    assert_null(mp[3].problem);
    /* at most max */
    assert_int_equal(foi_zip_files(&doc.arena, (const char *)z, len, NULL, mp, 2, &err), 2);
    foi_doc_release(&doc);
    free(z);

    /* one file over the entry limit is lost with its reason; the rest are read */
    static const char *const n2[] = { "big.csv", "small.csv" };
    static const char *const b2[] = { "0123456789012345678901234567890123456789", "a,b\n" };
    z = make_zip(n2, b2, 2, 1, &len);
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_entry_bytes = 16;
    foi_doc_init(&doc, "pack.zip");
    n = foi_zip_files(&doc.arena, (const char *)z, len, &lim, mp, 8, &err);
    assert_int_equal(n, 2);
    assert_int_equal(mp[0].n, 0);
    assert_non_null(mp[0].problem);
    assert_non_null(strstr(mp[0].problem, "big.csv"));
    assert_null(mp[1].problem);
    assert_string_equal(mp[1].bytes, "a,b\n");
    /* a file in a pack is no larger than a file of the folder may be */
    foi_limits_default(&lim);
    lim.max_file_bytes = 16;
    n = foi_zip_files(&doc.arena, (const char *)z, len, &lim, mp, 8, &err);
    assert_int_equal(n, 2);
    assert_non_null(mp[0].problem);
    assert_null(mp[1].problem);
    foi_doc_release(&doc);
    free(z);

    /* nothing but folders and no one's files: an error saying so */
    assert_int_equal(read_src(&doc, "fixtures/bad/office-plain.zip", NULL, &err), 0);
    assert_int_equal(doc.format, FOI_FMT_ZIP);
    char path[1024];
    snprintf(path, sizeof path, "%s/fixtures/bad/office-plain.zip", FOI_SRCDIR);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *raw = malloc(1 << 16);
    assert_non_null(raw);
    size_t rn = fread(raw, 1, 1 << 16, f);
    fclose(f);
    assert_int_equal(foi_zip_files(&doc.arena, raw, rn, NULL, mp, 8, &err), -1);
    assert_int_equal(err.code, FOI_EPARSE);
    assert_string_equal(err.message, "the zip archive holds no files (only folders, or nothing)");
    free(raw);
    foi_doc_release(&doc);
}

/* ------------------------------------------------------------ caps */

static void expect(const char *const *names, const char *const *bodies, int n, const struct foi_limits *lim,
                   int code, const char *msg)
{
    struct foi_doc doc;
    struct foi_err err;
    int rc = read_parts(&doc, names, bodies, n, lim, &err);
    if (rc != code || strcmp(err.message, msg))
        fail_msg("got %d '%s', wanted %d '%s'", rc, err.message, code, msg);
    foi_doc_release(&doc);
}

static void test_caps(void **state)
{
    (void)state;
    struct foi_limits lim;
    const char *bodies[] = { CT_XLSX, WB, RELS, SHEET };

    foi_limits_default(&lim);
    lim.max_zip_entries = 3;
    expect(xlsx_names, bodies, 4, &lim, FOI_ELIMIT, "zip archive has 4 entries, over the 3-entry limit");

    foi_limits_default(&lim);
    lim.max_entry_bytes = 300;
    expect(xlsx_names, bodies, 4, &lim, FOI_ELIMIT,
           "zip entry 'xl/worksheets/sheet1.xml' inflates to more than 300 bytes, over the entry-size limit");

    foi_limits_default(&lim);
    lim.max_inflated_bytes = 900;
    expect(xlsx_names, bodies, 4, &lim, FOI_ELIMIT,
           "zip archive inflates to more than 900 bytes (at entry 'xl/worksheets/sheet1.xml'), over the "
           "inflated-size limit");

    /* 3 MiB of blanks: refused before inflating by the ratio its header declares */
    size_t big = (size_t)3 << 20;
    char *blank = malloc(big + 200);
    assert_non_null(blank);
    int k = snprintf(blank, 200, "<worksheet xmlns=\"%s\"><sheetData>", MAIN);
    memset(blank + k, ' ', big);
    strcpy(blank + k + big, "</sheetData></worksheet>");
    const char *bomb[] = { CT_XLSX, WB, RELS, blank };
    foi_limits_default(&lim);
    lim.max_zip_ratio = 50;
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_parts(&doc, xlsx_names, bomb, 4, &lim, &err), FOI_ELIMIT);
    assert_non_null(strstr(err.message, "inflates more than 50 times its compressed size"));
    assert_non_null(strstr(err.message, "a zip bomb?"));
    foi_doc_release(&doc);
    /* the default ratio lets it through: blanks are valid XML */
    assert_int_equal(read_parts(&doc, xlsx_names, bomb, 4, NULL, &err), 0);
    foi_doc_release(&doc);
    free(blank);
}

static void test_damaged_archives(void **state)
{
    (void)state;
    static const struct { const char *file; int code; const char *msg; } cases[] = {
        { "fixtures/bad/office-declared-small.xlsx", FOI_EPARSE,
          "corrupt zip archive: entry '[Content_Types].xml' inflates past the 2000 bytes its header declares" },
        { "fixtures/bad/office-corrupt-entry.xlsx", FOI_EPARSE,
          "corrupt zip archive: entry 'xl/worksheets/sheet1.xml': the compressed data is damaged" },
        { "fixtures/bad/office-truncated.xlsx", FOI_EPARSE,
          "corrupt zip archive: no central directory (the file is cut short or damaged)" },
        { "fixtures/bad/office-zip-bomb.xlsx", FOI_ELIMIT,
          "zip entry 'xl/worksheets/sheet1.xml' inflates more than 1000 times its compressed size (61 MB from "
          "60 KB): a zip bomb?" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct foi_doc doc;
        struct foi_err err;
        int rc = read_src(&doc, cases[i].file, NULL, &err);
        if (rc != cases[i].code || strcmp(err.message, cases[i].msg))
            fail_msg("%s: got %d '%s'", cases[i].file, rc, err.message);
        foi_doc_release(&doc);
    }
}

/* ------------------------------------------------------------ XML */

static void test_xml_refused(void **state)
{
    (void)state;
    /* a DOCTYPE anywhere in the prolog, even split across the parser's reads */
    struct foi_buf pad;
    foi_buf_init(&pad, 0);
    foi_buf_adds(&pad, "<?xml version=\"1.0\"?><!--");
    for (int i = 0; i < 4070; i++)
        foi_buf_addc(&pad, '-' + (i % 2) * ('x' - '-'));
    foi_buf_adds(&pad, "--><!DOCTYPE workbook [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><workbook xmlns=\""
                       MAIN "\">&b;</workbook>");
    const char *bodies[] = { CT_XLSX, pad.data, RELS, SHEET };
    expect(xlsx_names, bodies, 4, NULL, FOI_EPARSE,
           "'xl/workbook.xml' has a document type declaration (DTD); office files have none, and its entities are "
           "not expanded: not read");
    foi_buf_release(&pad);
    /* an external entity never loads */
    const char *ext[] = { CT_XLSX, "<!DOCTYPE w SYSTEM \"file:///etc/passwd\"><workbook/>", RELS, SHEET };
    expect(xlsx_names, ext, 4, NULL, FOI_EPARSE,
           "'xl/workbook.xml' has a document type declaration (DTD); office files have none, and its entities are "
           "not expanded: not read");
    /* malformed XML names the part and the line */
    const char *bad[] = { CT_XLSX, WB, RELS, "<worksheet>\n<sheetData>\n<row></sheetData></worksheet>" };
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_parts(&doc, xlsx_names, bad, 4, NULL, &err), FOI_EPARSE);
    assert_non_null(strstr(err.message, "malformed XML in 'xl/worksheets/sheet1.xml' (line 3: "));
    foi_doc_release(&doc);
    /* nesting deeper than libxml2's 256 levels */
    struct foi_buf deep;
    foi_buf_init(&deep, 0);
    foi_buf_adds(&deep, "<worksheet xmlns=\"" MAIN "\">");
    for (int i = 0; i < 300; i++)
        foi_buf_adds(&deep, "<x>");
    const char *dp[] = { CT_XLSX, WB, RELS, deep.data };
    assert_int_equal(read_parts(&doc, xlsx_names, dp, 4, NULL, &err), FOI_EPARSE);
    assert_non_null(strstr(err.message, "malformed XML in 'xl/worksheets/sheet1.xml'"));
    foi_doc_release(&doc);
    foi_buf_release(&deep);
    /* the entity bomb fixture */
    assert_int_equal(read_src(&doc, "fixtures/bad/office-entity-bomb.xlsx", NULL, &err), FOI_EPARSE);
    assert_non_null(strstr(err.message, "'xl/sharedStrings.xml' has a document type declaration (DTD)"));
    foi_doc_release(&doc);
}

/* Every allocation of an in-memory workbook read failing in turn: a clean
 * FOI_ENOMEM, the same document when none fails. */
static void test_alloc_failures(void **state)
{
    (void)state;
    const char *bodies[] = { CT_XLSX, WB, RELS, SHEET };
    size_t len;
    unsigned char *z = make_zip(xlsx_names, bodies, 4, 0, &len);
    int ok = 0;
    for (long n = 1; n < 20000 && !ok; n++) {
        struct foi_doc doc;
        struct foi_err err;
        foi_err_clear(&err);
        foi_doc_init(&doc, "t.xlsx");
        foi_alloc_fail_after(n);
        int rc = foi_read_zip(&doc, (const char *)z, len, NULL, &err);
        foi_alloc_fail_after(0);
        if (rc == 0) {
            ok = 1;
            assert_int_equal(doc.ntables, 1);
            assert_string_equal(foi_table_cell(&doc.tables[0], 1, 1)->text, "3");
        } else if (rc != FOI_ENOMEM) {
            fail_msg("allocation %ld failed: code %d '%s'", n, rc, err.message);
        }
        foi_doc_release(&doc);
    }
    assert_true(ok);
    free(z);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_formats_by_content),
        cmocka_unit_test(test_archive_files),
        cmocka_unit_test(test_caps),
        cmocka_unit_test(test_damaged_archives),
        cmocka_unit_test(test_xml_refused),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
