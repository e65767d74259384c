/* test_read_xls.c: OLE2 compound files: Excel 97-2003 workbooks (cells through
 * freexl; hidden sheets and rows, merged areas, number formats and dates from
 * our own record scan), Word 97 and encrypted files refused by name, and
 * damaged compound files refused cleanly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "office_fixture.h"

static void test_cumbria(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/responses/cumbria/FOI 2023-0612.xls", NULL, &err), 0);
    assert_int_equal(d.format, FOI_FMT_XLS);
    assert_int_equal(d.ntables, 1);
    const struct foi_table *t = &d.tables[0];
    assert_string_equal(t->sheet, "FOI 2023-0612");
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(t->nrows, 5);
    assert_int_equal(t->ncols, 8);
    assert_string_equal(foi_table_cell(t, 2, 7)->text, "10");
    assert_string_equal(foi_cell_locator(&d, t, 2, 7), "sheet \"FOI 2023-0612\" H6");
    /* the merged title and the notes are lines */
    const struct foi_line *l = &d.lines[0];
    assert_true(l->flags & FOI_LINE_TITLE);
    assert_string_equal(l->loc, "sheet \"FOI 2023-0612\" A1");
    assert_non_null(strstr(l->text, "calendar year 2022"));
    assert_true(d.lines[d.nlines - 1].flags & FOI_LINE_FOOTNOTE);
    foi_doc_release(&d);
}

static void test_cleveland(void **state)
{
    (void)state;
    struct foi_doc d;
    struct foi_err err;
    assert_int_equal(read_src(&d, "fixtures/office/cleveland/CLE-FOI-1205-22.xls", NULL, &err), 0);
    assert_int_equal(d.ntables, 1);
    /* date cells shown through their format; the hidden row and sheet are not read */
    assert_grid(&d.tables[0], "Outcome|Apr-22|May-22|Jun-22|Total\n"
                              "Dismissed|0|1|0|1\nWritten warning|1|0|2|3\nNo case to answer|2|3|1|6\n"
                              "Under investigation|1|1|4|6");
    assert_true(foi_table_cell(&d.tables[0], 0, 1)->flags & FOI_CELL_BOLD);
    assert_false(doc_has(&d, "Test row"));
    assert_false(doc_has(&d, "personal data"));
    int row = 0, sheet = 0;
    for (int i = 0; i < d.nnotes; i++) {
        if (!strcmp(d.notes[i].message, "sheet \"Staff\" has hidden row 8 holding 4 non-empty cells; they were not read"))
            row = 1;
        if (!strcmp(d.notes[i].message, "sheet \"Names\" is hidden; it was not read, and nothing on it is in the figures"))
            sheet = 1;
    }
    assert_true(row && sheet);
    foi_doc_release(&d);
}

static void test_refused(void **state)
{
    (void)state;
    static const struct { const char *file, *msg; } cases[] = {
        { "fixtures/bad/office-word97.doc", "Word 97 .doc is not read, save it as .docx" },
        { "fixtures/bad/office-encrypted.xlsx",
          "the file is an Office document encrypted with a password; save it without a password" },
        { "fixtures/bad/office-xls-password.xls",
          "the workbook is protected with a password (encrypted); save it without a password" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct foi_doc d;
        struct foi_err err;
        assert_int_equal(read_src(&d, cases[i].file, NULL, &err), FOI_EPARSE);
        assert_string_equal(err.message, cases[i].msg);
        foi_doc_release(&d);
    }
}

static unsigned char *slurp(const char *rel, size_t *n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FOI_SRCDIR, rel);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    unsigned char *b = malloc(1 << 20);
    assert_non_null(b);
    *n = fread(b, 1, 1 << 20, f);
    fclose(f);
    return b;
}

/* Damaged compound files: each a clean error, never a crash. */
static void test_damaged(void **state)
{
    (void)state;
    size_t n;
    unsigned char *good = slurp("fixtures/office/cleveland/CLE-FOI-1205-22.xls", &n);
    unsigned char *b = malloc(n);
    assert_non_null(b);
    struct {
        const char *what;
        size_t len;
        size_t at;       /* byte to overwrite, or (size_t)-1 */
        unsigned char v[4];
        const char *msg;
    } cases[] = {
        { "a header only", 512, (size_t)-1, { 0 }, NULL },
        { "cut short", 600, (size_t)-1, { 0 }, NULL },
        { "bad sector size", 0, 0x1E, { 7, 0 }, "corrupt OLE2 compound file (bad header)" },
        { "FAT sectors past the end", 0, 0x2C, { 0xFF, 0xFF, 0, 0 }, "corrupt OLE2 compound file (more FAT sectors than the file holds)" },
        { "directory outside the file", 0, 0x30, { 0xF0, 0xFF, 0, 0 }, NULL },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t len = cases[i].len ? cases[i].len : n;
        memcpy(b, good, len);
        if (cases[i].at != (size_t)-1)
            memcpy(b + cases[i].at, cases[i].v, 4);
        struct foi_doc d;
        struct foi_err err;
        foi_err_clear(&err);
        foi_doc_init(&d, "t.xls");
        int rc = foi_read_bytes(&d, (const char *)b, len, NULL, &err);
        if (rc != FOI_EPARSE)
            fail_msg("%s: code %d '%s'", cases[i].what, rc, err.message);
        if (cases[i].msg)
            assert_string_equal(err.message, cases[i].msg);
        else
            assert_non_null(strstr(err.message, "corrupt"));
        foi_doc_release(&d);
    }
    /* a FAT whose chain loops: the directory chain is cut, not followed forever */
    memcpy(b, good, n);
    uint32_t fat0 = b[0x4C] | b[0x4D] << 8 | b[0x4E] << 16 | (uint32_t)b[0x4F] << 24;
    uint32_t dir = b[0x30] | b[0x31] << 8 | b[0x32] << 16 | (uint32_t)b[0x33] << 24;
    size_t entry = 512 + (size_t)fat0 * 512 + (size_t)dir * 4;
    if (entry + 4 <= n) {
        b[entry] = (unsigned char)dir;
        b[entry + 1] = (unsigned char)(dir >> 8);
        b[entry + 2] = b[entry + 3] = 0;
        struct foi_doc d;
        struct foi_err err;
        foi_err_clear(&err);
        foi_doc_init(&d, "t.xls");
        int rc = foi_read_bytes(&d, (const char *)b, n, NULL, &err);
        assert_true(rc == FOI_EPARSE || rc == 0);
        foi_doc_release(&d);
    }
    free(b);
    free(good);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cumbria),
        cmocka_unit_test(test_cleveland),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_damaged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
