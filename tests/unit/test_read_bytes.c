/* test_read_bytes.c: decoding to UTF-8 (BOMs, UTF-16, Windows-1252, binary),
 * format sniffing (content beats extension), foi_read_file's checks, and every
 * hostile input in fixtures/bad/ with its expected result. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../parsers/read.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BAD FOI_SRCDIR "/fixtures/bad"
#define RESPONSES FOI_SRCDIR "/fixtures/responses"

/* ------------------------------------------------------------ decoding */

struct dec_case {
    const char *name;
    const char *in;
    size_t n;
    int rc;
    const char *enc;     /* expected encoding on success */
    const char *out;     /* expected text on success, or a message fragment on error */
};

#define S(lit) lit, sizeof lit - 1

static const struct dec_case dec_cases[] = {
    {"ascii", S("a,b\r\n"), 0, "utf-8", "a,b\r\n"},
    {"utf-8", S("caf\xC3\xA9 \xE2\x80\x93 \xC2\xA3" "5"), 0, "utf-8", "caf\xC3\xA9 \xE2\x80\x93 \xC2\xA3" "5"},
    {"utf-8 bom", S("\xEF\xBB\xBFKent,Police"), 0, "utf-8-bom", "Kent,Police"},
    {"utf-16le bom", S("\xFF\xFEh\0i\0\xA3\0"), 0, "utf-16le", "hi\xC2\xA3"},
    {"utf-16be bom", S("\xFE\xFF\0h\0i\x20\x13"), 0, "utf-16be", "hi\xE2\x80\x93"},
    {"utf-16le no bom", S("a\0,\0b\0\r\0\n\0"), 0, "utf-16le", "a,b\r\n"},
    {"utf-16be no bom", S("\0a\0,\0b\0\n"), 0, "utf-16be", "a,b\n"},
    {"windows-1252", S("\x93Ongoing\x94 \x96 \xA3" "450"), 0, "windows-1252",
     "\xE2\x80\x9COngoing\xE2\x80\x9D \xE2\x80\x93 \xC2\xA3" "450"},
    {"windows-1252 undefined byte", S("a\x81z\x9D"), 0, "windows-1252", "a\xEF\xBF\xBDz\xEF\xBF\xBD"},
    {"latin-1 e-acute", S("caf\xE9"), 0, "windows-1252", "caf\xC3\xA9"},
    {"truncated utf-8 is 1252", S("ab\xE2\x80"), 0, "windows-1252", "ab\xC3\xA2\xE2\x82\xAC"},
    {"nul byte", S("Dear Sir\0\0\0 x"), FOI_EENCODING, NULL, "binary content (NUL byte at offset 8)"},
    {"control bytes", S("a\x01\x02\x03\x04\x05 b"), FOI_EENCODING, NULL, "binary content (control byte 0x01 at offset 1)"},
    {"a few stray controls are kept", S("Dear Sir,\x0c this is a long enough letter to keep a stray \x1a byte"), 0, "utf-8",
     "Dear Sir,\x0c this is a long enough letter to keep a stray \x1a byte"},
    {"odd utf-16", S("\xFF\xFE" "a\0b"), FOI_EENCODING, NULL, "odd number of bytes"},
    {"lone surrogate", S("\xFF\xFE" "a\0\x00\xD8" "b\0"), FOI_EENCODING, NULL, "invalid UTF-16LE text at offset 4"},
    {"utf-16 nul char", S("\xFF\xFE" "a\0\0\0"), FOI_EENCODING, NULL, "binary content (NUL character"},
    {"bom then invalid", S("\xEF\xBB\xBF" "ab\xFF"), FOI_EENCODING, NULL, "invalid UTF-8 at offset 5 after a UTF-8 byte-order mark"},
    {"empty", S(""), 0, "utf-8", ""},
};

static void test_decode(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof dec_cases / sizeof dec_cases[0]; i++) {
        const struct dec_case *c = &dec_cases[i];
        struct foi_arena a;
        struct foi_err err;
        foi_arena_init(&a, 0);
        foi_err_clear(&err);
        const char *out = NULL, *enc = NULL;
        size_t len = 0;
        int rc = foi_decode_utf8(&a, c->in, c->n, &out, &len, &enc, &err);
        if (rc != c->rc)
            fail_msg("%s: rc %d, expected %d (%s)", c->name, rc, c->rc, err.message);
        if (!rc) {
            if (strcmp(enc, c->enc) != 0 || len != strlen(c->out) || memcmp(out, c->out, len) != 0)
                fail_msg("%s: got %s '%.*s'", c->name, enc, (int)len, out);
            assert_int_equal(out[len], '\0');
            assert_true(foi_utf8_valid(out, len));
            assert_true(out < c->in || out > c->in + c->n);   /* a copy, in the arena */
        } else if (!strstr(err.message, c->out)) {
            fail_msg("%s: message '%s', expected '%s'", c->name, err.message, c->out);
        }
        foi_arena_release(&a);
    }
}

static void test_decode_view(void **state)
{
    (void)state;
    struct foi_arena a;
    struct foi_err err;
    foi_arena_init(&a, 0);
    foi_err_clear(&err);
    static const char plain[] = "plain text";
    const char *out, *enc;
    size_t len;
    assert_int_equal(foi_decode_utf8_view(&a, plain, sizeof plain - 1, &out, &len, &enc, &err), 0);
    assert_ptr_equal(out, plain);   /* no copy */
    assert_int_equal(len, sizeof plain - 1);
    static const char bom[] = "\xEF\xBB\xBFx";
    assert_int_equal(foi_decode_utf8_view(&a, bom, sizeof bom - 1, &out, &len, &enc, &err), 0);
    assert_ptr_equal(out, bom + 3);
    assert_string_equal(enc, "utf-8-bom");
    static const char cp[] = "\x96";
    assert_int_equal(foi_decode_utf8_view(&a, cp, 1, &out, &len, &enc, &err), 0);
    assert_true(out != cp);
    assert_memory_equal(out, "\xE2\x80\x93", 3);
    foi_arena_release(&a);
}

/* ------------------------------------------------------------ sniffing */

struct sniff_case {
    const char *name;
    const char *in;
    size_t n;
    const char *path;
    unsigned fmt;
};

static const char letter[] =
    "Dear Sir/Madam,\n\nThank you for your request, which was received on 1 May.\n"
    "I can confirm that the information is held, and it is given below.\n"
    "Yours sincerely,\n";

/* a letter with a table pasted from a spreadsheet: more tabbed rows than
 * prose lines, but eight or more lines of prose */
#define PROSE "This line of the letter is running prose, wrapped at the margin.\n"
#define TABROW "Sexual harassment\tDismissed\t2\t3\n"
static const char pasted[] = "Dear Requester,\n" PROSE PROSE PROSE PROSE PROSE PROSE PROSE PROSE
    "Type\tOutcome\t2024\t2025\n" TABROW TABROW TABROW TABROW TABROW TABROW TABROW TABROW TABROW TABROW
    "Yours sincerely,\n";
static const char pasted_few[] = "Dear Requester,\n" PROSE PROSE
    "Type\tOutcome\t2024\t2025\n" TABROW TABROW TABROW TABROW TABROW;

static const struct sniff_case sniff_cases[] = {
    {"letter with a pasted tab table (.txt)", S(pasted), "a.txt", FOI_FMT_TEXT},
    {"the same named .tsv", S(pasted), "a.tsv", FOI_FMT_CSV},
    {"tab export with two lines of prose (.txt)", S(pasted_few), "a.txt", FOI_FMT_CSV},
    {"doctype named .csv", S("<!DOCTYPE html>\n<html><body><p>x</p></body></html>"), "a.csv", FOI_FMT_HTML},
    {"html after whitespace", S("  \r\n\t<html lang=en>"), "a.txt", FOI_FMT_HTML},
    {"bare table", S("<table><tr><td>1</td></tr></table>"), "a.txt", FOI_FMT_HTML},
    {"paragraph", S("<p>Hello</p>"), "a", FOI_FMT_HTML},
    {"bom then doctype", S("\xEF\xBB\xBF<!doctype html><title>x</title>"), "a.csv", FOI_FMT_HTML},
    {"comment then html", S("<!-- saved from url -->\n<html><body></body></html>"), "a.txt", FOI_FMT_HTML},
    {"html on a later line", S("Saved page\n<html>\n<body>x</body></html>"), "a.txt", FOI_FMT_HTML},
    {"utf-16 html", S("\xFF\xFE<\0h\0t\0m\0l\0>\0"), "a.csv", FOI_FMT_HTML},
    {"comma csv named .txt", S("Type,Outcome,Total\nSexual assault,Dismissed,2\nSexual assault,Ongoing,3\n"),
     "a.txt", FOI_FMT_CSV},
    {"semicolon csv", S("Type;Outcome;Total\nA;B;1\nA;C;2\n"), "a.txt", FOI_FMT_CSV},
    {"tab csv", S("Type\tOutcome\tTotal\nA\tB\t1\nA\tC\t2\n"), "a", FOI_FMT_CSV},
    {"csv with preamble", S("Title line\nSecond line\nType,Outcome,Total\nA,B,1\nA,C,2\nA,D,3\n"), "a", FOI_FMT_CSV},
    {"quoted commas", S("\"a, b\",c\n\"d, e\",f\n"), "a", FOI_FMT_CSV},
    {"less-than cells are not markup", S("<5,3\n<5,4\n"), "a.csv", FOI_FMT_CSV},
    {"utf-16 csv", S("\xFF\xFE" "a\0,\0b\0\n\0" "1\0,\0" "2\0\n\0"), "a.txt", FOI_FMT_CSV},
    {"letter", S(letter), "a.txt", FOI_FMT_TEXT},
    {"letter named .csv: extension breaks the tie", S("Just one line of prose"), "a.csv", FOI_FMT_CSV},
    {"prose named .html without markup", S("Just prose"), "a.html", FOI_FMT_TEXT},
    {"one csv line named .txt", S("a,b,c\n"), "a.txt", FOI_FMT_TEXT},
    {"fixed-width table", S("  Outcome      Total\n  -------      -----\n  Dismissed        2\n"), "a.txt",
     FOI_FMT_TEXT},
    {"no path", S("plain"), NULL, FOI_FMT_TEXT},
};

static void test_sniff(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof sniff_cases / sizeof sniff_cases[0]; i++) {
        const struct sniff_case *c = &sniff_cases[i];
        unsigned f = foi_sniff_format(c->in, c->n, c->path);
        if (f != c->fmt)
            fail_msg("%s: sniffed %s, expected %s", c->name, foi_format_name(f), foi_format_name(c->fmt));
    }
}

static void test_sniff_delim(void **state)
{
    (void)state;
    int agree = -1;
    assert_int_equal(foi_csv_sniff_delim(S("a;b;c\n1;2;3\n4;5;6\n"), &agree), ';');
    assert_int_equal(agree, 3);
    assert_int_equal(foi_csv_sniff_delim(S("a\tb\n1\t2\n"), &agree), '\t');
    assert_int_equal(agree, 2);
    /* commas inside quotes do not count; the semicolons do */
    assert_int_equal(foi_csv_sniff_delim(S("\"1,5\";x\n\"2,5\";y\n"), &agree), ';');
    /* every field quoted, decimal commas inside some: a comma never follows
     * a closing quote, so the file is not comma-separated (the two used to
     * tie, one record each, and the comma won) */
    assert_int_equal(foi_csv_sniff_delim(S("\"Bedfordshire Police\";\"FOI 2026-03391\";\"\";\"\";\"\"\n"
                                           "\"By quarter\";\"\";\"\";\"\";\"\"\n"
                                           "\"\";\"\";\"\";\"\";\"\"\n"
                                           "\"Type\";\"Q1\";\"Q2\";\"% change\"\n"
                                           "\"Sexual assault\";\"4\";\"2\";\"10,0\"\n"
                                           "\"Sexual harassment\";\"6\";\"1\";\"66,7\"\n"
                                           "\"VAWG\";\"3\";\"0\";\"-5,2\"\n"
                                           "\"Average days\";\"52,4\";\"\";\"\";\"\"\n"), &agree), ';');
    assert_int_equal(agree, 4);
    assert_int_equal(foi_csv_sniff_delim(S(letter), &agree), ',');
    assert_int_equal(agree, 0);
}

/* ------------------------------------------------------------ foi_read_file */

static int read_path(const char *path, const struct foi_limits *lim, struct foi_err *err, struct foi_doc *doc)
{
    foi_err_clear(err);
    foi_doc_init(doc, path);
    return foi_read_file(doc, path, lim, err);
}

static void test_read_file_not_regular(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_path(BAD, NULL, &err, &doc), FOI_EIO);
    assert_string_equal(err.message, "not a regular file (a directory)");
    foi_doc_release(&doc);

    assert_int_equal(read_path("/dev/null", NULL, &err, &doc), FOI_EIO);
    assert_string_equal(err.message, "not a regular file (a device)");
    foi_doc_release(&doc);

    char fifo[64];
    snprintf(fifo, sizeof fifo, "/tmp/foi-test-fifo-%ld", (long)getpid());
    unlink(fifo);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    /* must not block waiting for a writer */
    assert_int_equal(read_path(fifo, NULL, &err, &doc), FOI_EIO);
    assert_string_equal(err.message, "not a regular file (a FIFO)");
    foi_doc_release(&doc);
    unlink(fifo);

    assert_int_equal(read_path(BAD "/no-such-file.csv", NULL, &err, &doc), FOI_EIO);
    assert_string_equal(err.message, "cannot open file: no such file or directory");
    foi_doc_release(&doc);
}

static void test_read_file_size_limit(void **state)
{
    (void)state;
    char path[64];
    snprintf(path, sizeof path, "/tmp/foi-test-big-%ld.csv", (long)getpid());
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, (off_t)70 << 20), 0);   /* sparse: nothing is written */
    close(fd);
    struct foi_limits lim;
    foi_limits_default(&lim);
    struct foi_doc doc;
    struct foi_err err;
    long before = foi_alloc_count();
    foi_alloc_fail_after(0);
    assert_int_equal(read_path(path, &lim, &err, &doc), FOI_ELIMIT);
    assert_string_equal(err.message, "file is 70 MB, over the 64 MB file-size limit (--max-file-size)");
    (void)before;
    foi_doc_release(&doc);

    /* small limits print smaller units, and never the same number twice */
    lim.max_file_bytes = 100;
    assert_int_equal(read_path(RESPONSES "/kent/disclosure_2021_0456.csv", &lim, &err, &doc), FOI_ELIMIT);
    assert_string_equal(err.message, "file is 1.1 KB, over the 100 bytes file-size limit (--max-file-size)");
    foi_doc_release(&doc);
    lim.max_file_bytes = 1045;
    assert_int_equal(read_path(RESPONSES "/kent/disclosure_2021_0456.csv", &lim, &err, &doc), FOI_ELIMIT);
    assert_string_equal(err.message, "file is 1046 bytes, over the 1045 bytes file-size limit (--max-file-size)");
    foi_doc_release(&doc);
    unlink(path);
}

static void test_size_text(void **state)
{
    (void)state;
    static const struct {
        unsigned long long v;
        const char *s;
    } t[] = {
        {0, "0 bytes"}, {1023, "1023 bytes"}, {1024, "1 KB"}, {1536, "1.5 KB"}, {1025, "1.1 KB"},
        {(unsigned long long)64 << 20, "64 MB"}, {((unsigned long long)70 << 20) + 1, "71 MB"},
        {(unsigned long long)3 << 19, "1.5 MB"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char b[32];
        foi_size_text(b, sizeof b, t[i].v);
        assert_string_equal(b, t[i].s);
    }
}

/* ------------------------------------------------------------ fixtures/bad */

struct bad_case {
    const char *file;
    int rc;
    const char *locator;   /* expected locator ("" for none) */
    const char *message;   /* expected message (success: NULL) */
    unsigned fmt;          /* expected format on success */
    const char *enc;       /* expected encoding on success */
};

static const struct bad_case bad_cases[] = {
    {"binary.html", FOI_EENCODING, "", "binary content (NUL byte at offset 8)", 0, NULL},
    {"bom-then-invalid-utf8.txt", FOI_EENCODING, "", "invalid UTF-8 at offset 12 after a UTF-8 byte-order mark", 0, NULL},
    {"control-bytes.txt", FOI_EENCODING, "", "binary content (control byte 0x01 at offset 8)", 0, NULL},
    {"csv-that-is-really.txt", 0, NULL, NULL, FOI_FMT_CSV, "utf-8"},
    {"deep-nesting.html", FOI_ELIMIT, "line 1", "elements nested more than 10000 deep, over the depth limit", 0, NULL},
    {"empty.csv", FOI_EPARSE, "", "empty file", 0, NULL},
    {"html-that-is-really.csv", 0, NULL, NULL, FOI_FMT_HTML, "utf-8"},
    {"invalid-utf8.csv", 0, NULL, NULL, FOI_FMT_CSV, "windows-1252"},
    {"nul-bytes.txt", FOI_EENCODING, "", "binary content (NUL byte at offset 17)", 0, NULL},
    {"stray-quote.csv", FOI_EPARSE, "line 2", "stray quote in a field 'Note: \"Ongoing\" means not finalised'", 0, NULL},
    {"text-after-quote.csv", FOI_EPARSE, "line 2", "text after a closing quote '\"Sexual assault\" x,Dismissed,2'", 0, NULL},
    {"unterminated-quote.csv", FOI_EPARSE, "line 3", "unterminated quoted field '\"Sexual harassment,Ongoing,3'", 0, NULL},
    {"utf16-bom.csv", 0, NULL, NULL, FOI_FMT_CSV, "utf-16le"},
    {"utf16-nobom.csv", 0, NULL, NULL, FOI_FMT_CSV, "utf-16le"},
    {"utf16-odd-length.txt", FOI_EENCODING, "", "truncated UTF-16LE text (odd number of bytes)", 0, NULL},
    {"whitespace-only.html", FOI_EPARSE, "", "empty file (only whitespace)", 0, NULL},
    {"wide-colspan.html", 0, NULL, NULL, FOI_FMT_HTML, "utf-8"},
    /* office files (scripts/make_office_fixtures.py) */
    {"office-corrupt-entry.xlsx", FOI_EPARSE, "",
     "corrupt zip archive: entry 'xl/worksheets/sheet1.xml': the compressed data is damaged", 0, NULL},
    {"office-declared-small.xlsx", FOI_EPARSE, "",
     "corrupt zip archive: entry '[Content_Types].xml' inflates past the 2000 bytes its header declares", 0, NULL},
    {"office-encrypted.xlsx", FOI_EPARSE, "",
     "the file is an Office document encrypted with a password; save it without a password", 0, NULL},
    {"office-entity-bomb.xlsx", FOI_EPARSE, "",
     "'xl/sharedStrings.xml' has a document type declaration (DTD); office files have none, and its entities are "
     "not expanded: not read", 0, NULL},
    {"office-nested-tables.docx", FOI_ELIMIT, "", "tables nested more than 64 deep", 0, NULL},
    {"office-outlook.msg", FOI_EPARSE, "",
     "an Outlook message with no plain-text or HTML body (only rich text?); save it as .eml", 0, NULL},
    /* a zip of files is an archive (its files read by app/fileproc.c); this
     * one holds none, which fileproc says */
    {"office-plain.zip", 0, NULL, NULL, FOI_FMT_ZIP, "zip"},
    /* a pack whose second file is a zip bomb: an archive here; fileproc
     * loses that file and reads the other (tests/e2e/hostile.sh) */
    {"pack-bomb-member.zip", 0, NULL, NULL, FOI_FMT_ZIP, "zip"},
    {"office-truncated.xlsx", FOI_EPARSE, "",
     "corrupt zip archive: no central directory (the file is cut short or damaged)", 0, NULL},
    {"office-word97.doc", FOI_EPARSE, "", "Word 97 .doc is not read, save it as .docx", 0, NULL},
    {"office-xls-password.xls", FOI_EPARSE, "",
     "the workbook is protected with a password (encrypted); save it without a password", 0, NULL},
    {"office-zip-bomb.xlsx", FOI_ELIMIT, "",
     "zip entry 'xl/worksheets/sheet1.xml' inflates more than 1000 times its compressed size (61 MB from 60 KB): a "
     "zip bomb?", 0, NULL},
    /* PDFs (scripts/make_pdf_fixtures.py); read ones may carry notes
     * (damaged, no text layer): test_read_pdf.c looks at those */
    {"damaged-xref.pdf", 0, NULL, NULL, FOI_FMT_PDF, "pdf"},
    {"deep-forms.pdf", FOI_EPARSE, "page 1", "page 1 could not be read (exception stack overflow!); its text is missing",
     0, NULL},
    {"deep-nesting.pdf", 0, NULL, NULL, FOI_FMT_PDF, "pdf"},
    {"encrypted-owner-only.pdf", 0, NULL, NULL, FOI_FMT_PDF, "pdf"},
    {"encrypted.pdf", FOI_EPARSE, "", "encrypted PDF: it needs a password to open; not read", 0, NULL},
    {"giant-image.pdf", 0, NULL, NULL, FOI_FMT_PDF, "pdf"},
    {"many-lines.pdf", 0, NULL, NULL, FOI_FMT_PDF, "pdf"},
    {"page-bomb.pdf", FOI_ELIMIT, "", "the PDF has 100000 pages, over the 2000-page limit", 0, NULL},
    {"truncated.pdf", 0, NULL, NULL, FOI_FMT_PDF, "pdf"},
};

static const struct bad_case *bad_case_for(const char *file)
{
    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++)
        if (!strcmp(bad_cases[i].file, file))
            return &bad_cases[i];
    return NULL;
}

static void test_bad_fixtures(void **state)
{
    (void)state;
    /* every file in fixtures/bad/ has an entry, and every entry a file */
    DIR *d = opendir(BAD);
    assert_non_null(d);
    struct dirent *e;
    int files = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        files++;
        const struct bad_case *c = bad_case_for(e->d_name);
        if (!c)
            fail_msg("fixtures/bad/%s has no expected result in test_read_bytes.c", e->d_name);
    }
    closedir(d);
    assert_int_equal(files, (int)(sizeof bad_cases / sizeof bad_cases[0]));

    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
        const struct bad_case *c = &bad_cases[i];
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", BAD, c->file);
        struct foi_doc doc;
        struct foi_err err;
        int rc = read_path(path, NULL, &err, &doc);
        if (rc != c->rc)
            fail_msg("%s: rc %d (%s: %s), expected %d", c->file, rc, err.locator, err.message, c->rc);
        if (rc) {
            if (strcmp(err.message, c->message) != 0 || strcmp(err.locator, c->locator) != 0)
                fail_msg("%s: '%s: %s', expected '%s: %s'", c->file, err.locator, err.message, c->locator,
                         c->message);
        } else {
            if (doc.format != c->fmt || strcmp(doc.encoding, c->enc) != 0)
                fail_msg("%s: %s %s, expected %s %s", c->file, foi_format_name(doc.format), doc.encoding,
                         foi_format_name(c->fmt), c->enc);
            for (int l = 0; l < doc.nlines; l++)
                assert_true(foi_utf8_valid(doc.lines[l].text, strlen(doc.lines[l].text)));
            for (int t = 0; t < doc.ntables; t++)
                for (int k = 0; k < doc.tables[t].nrows * doc.tables[t].ncols; k++)
                    assert_true(foi_utf8_valid(doc.tables[t].cells[k].text, strlen(doc.tables[t].cells[k].text)));
        }
        foi_doc_release(&doc);
    }
}

static void test_bad_details(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    /* Windows-1252: curly quotes, en dash, pound, the undefined 0x81 as U+FFFD */
    assert_int_equal(read_path(BAD "/invalid-utf8.csv", NULL, &err, &doc), 0);
    assert_int_equal(doc.nlines, 2);
    assert_string_equal(doc.lines[0].text, "Allegations \xE2\x80\x93 calendar year 2021");
    assert_string_equal(doc.lines[1].text,
                        "Note: \xE2\x80\x9COngoing\xE2\x80\x9D means not finalised; limit \xC2\xA3" "450 \xEF\xBF\xBD");
    assert_int_equal(doc.ntables, 1);
    foi_doc_release(&doc);
    /* the lying extension: HTML content wins over .csv */
    assert_int_equal(read_path(BAD "/html-that-is-really.csv", NULL, &err, &doc), 0);
    assert_string_equal(doc.title, "Disclosure");
    assert_int_equal(doc.ntables, 1);
    assert_string_equal(foi_table_cell(&doc.tables[0], 1, 0)->text, "Dismissed");
    foi_doc_release(&doc);
    /* the colspan is clamped to 1000 */
    assert_int_equal(read_path(BAD "/wide-colspan.html", NULL, &err, &doc), 0);
    assert_int_equal(doc.tables[0].ncols, 1001);
    assert_string_equal(foi_table_cell(&doc.tables[0], 0, 1000)->text, "x");
    assert_int_equal(foi_table_cell(&doc.tables[0], 0, 999)->flags & FOI_CELL_SPANNED, FOI_CELL_SPANNED);
    foi_doc_release(&doc);
    /* a lower depth limit still names the line */
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_depth = 100;
    assert_int_equal(read_path(BAD "/deep-nesting.html", &lim, &err, &doc), FOI_ELIMIT);
    assert_string_equal(err.message, "elements nested more than 100 deep, over the depth limit");
    foi_doc_release(&doc);
}

/* foi_read_bytes sniffs after decoding, and keeps the original encoding. */
static void test_read_bytes_dispatch(void **state)
{
    (void)state;
    static const char u16[] = "\xFF\xFE<\0p\0>\0H\0i\0<\0/\0p\0>\0";
    struct foi_doc doc;
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(&doc, "x.csv");
    assert_int_equal(foi_read_bytes(&doc, u16, sizeof u16 - 1, NULL, &err), 0);
    assert_int_equal(doc.format, FOI_FMT_HTML);
    assert_string_equal(doc.encoding, "utf-16le");
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Hi");
    foi_doc_release(&doc);
    foi_doc_init(&doc, "x.txt");
    assert_int_equal(foi_read_bytes(&doc, "", 0, NULL, &err), FOI_EPARSE);
    assert_string_equal(err.message, "empty file");
    foi_doc_release(&doc);
}

/* A MIME e-mail (read_mime.c): the transfer encodings; a multipart/alternative
 * read once, from its text/plain part under the message's headers; an HTML
 * part alone read as HTML; an attachment never the body; a plain message or
 * headers without a MIME body left as they are. */
static void test_mime(void **state)
{
    (void)state;
    char out[64];
    size_t n = foi_mime_qp_decode("caf=C3=A9 =3D 5 soft=\r\nbreak=\nx =zz", 35, out);
    assert_int_equal(n, strlen("caf\xC3\xA9 = 5 softbreakx =zz"));
    assert_memory_equal(out, "caf\xC3\xA9 = 5 softbreakx =zz", n);
    n = foi_mime_b64_decode("SGVs\r\nbG8=", 10, out);
    assert_int_equal(n, 5);
    assert_memory_equal(out, "Hello", 5);

    static const char alt[] =
        "From: Force FOI <foi@example.police.uk>\r\n"
        "To: requester@example.org\r\n"
        "Subject: RE: FOI 1234\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed;\r\n boundary=\"mix\"\r\n"
        "\r\n"
        "--mix\r\n"
        "Content-Type: multipart/alternative; boundary=alt\r\n"
        "\r\n"
        "--alt\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        "Sexual assault   1=\r\n"
        "2\r\n"
        "--alt\r\n"
        "Content-Type: text/html; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        "PHA+MTI8L3A+\r\n"
        "--alt--\r\n"
        "--mix\r\n"
        "Content-Type: text/plain; name=\"notes.txt\"\r\n"
        "Content-Disposition: attachment; filename=\"notes.txt\"\r\n"
        "\r\n"
        "99\r\n"
        "--mix--\r\n";
    struct foi_arena a;
    foi_arena_init(&a, 0);
    const char *t;
    size_t len;
    int html = -1;
    assert_int_equal(foi_mime_text(&a, alt, sizeof alt - 1, &t, &len, &html), 1);
    assert_int_equal(html, 0);
    assert_string_equal(t, "From: Force FOI <foi@example.police.uk>\nTo: requester@example.org\n"
                           "Subject: RE: FOI 1234\n\nSexual assault   12");
    assert_int_equal(len, strlen(t));

    static const char only_html[] =
        "From: a@b.c\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\nPHA+MTI8L3A+\n";
    assert_int_equal(foi_mime_text(&a, only_html, sizeof only_html - 1, &t, &len, &html), 1);
    assert_int_equal(html, 1);
    assert_string_equal(t, "<p>12</p>");

    static const char plain[] =
        "From: a@b.c\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nDear Sir, 12 = twelve\n";
    assert_int_equal(foi_mime_text(&a, plain, sizeof plain - 1, &t, &len, &html), 0);
    static const char notmail[] = "Allegation type: 12\nOutcome 3\n\nDear Sir\n";
    assert_int_equal(foi_mime_text(&a, notmail, sizeof notmail - 1, &t, &len, &html), 0);
    static const char nobody[] = "From: a@b.c\nContent-Type: multipart/mixed; boundary=x\n\n--x\n"
                                 "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\nAAAA\n--x--\n";
    assert_int_equal(foi_mime_text(&a, nobody, sizeof nobody - 1, &t, &len, &html), 0);
    foi_arena_release(&a);

    /* through the dispatcher: the plain part read as text, the figure once */
    struct foi_doc doc;
    struct foi_err err;
    foi_err_clear(&err);
    foi_doc_init(&doc, "RE FOI 1234.eml");
    assert_int_equal(foi_read_bytes(&doc, alt, sizeof alt - 1, NULL, &err), 0);
    assert_int_equal(doc.format, FOI_FMT_TEXT);
    int twelve = 0;
    for (int i = 0; i < doc.nlines; i++)
        twelve += strstr(doc.lines[i].text, "12") != NULL && !strstr(doc.lines[i].text, "1234");
    assert_int_equal(twelve, 1);
    foi_doc_release(&doc);
}

/* The files a MIME e-mail carries (foi_mime_attachments): parts marked as
 * attachments and named non-text parts, in message order, decoded; names in
 * the plain, RFC 2231 and RFC 2047 forms, the last path component only;
 * inline images listed unmarked; a message attached whole listed (type
 * message/rfc822, never opened); a message cut short keeps its last part; a
 * message without parts carries none. */
static void test_mime_attachments(void **state)
{
    (void)state;
    static const char msg[] =
        "From: Force FOI <foi@example.police.uk>\r\n"
        "Subject: =?utf-8?B?UkU6IEZPSSAxMjM0IOKAkyBhbGxlZ2F0aW9ucw==?=\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"mix\"\r\n"
        "\r\n"
        "--mix\r\n"
        "Content-Type: multipart/related; boundary=rel\r\n"
        "\r\n"
        "--rel\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Please find our response attached.\r\n"
        "--rel\r\n"
        "Content-Type: image/png; name=\"logo.png\"\r\n"
        "Content-ID: <logo@force>\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        "iVBORw0K\r\n"
        "--rel--\r\n"
        "--mix\r\n"
        "Content-Type: text/csv\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment;\r\n"
        " filename*=utf-8''Annex%20B%20%E2%80%93%20outcomes.csv\r\n"
        "\r\n"
        "WWVhcixEaXNtaXNzZWQKMjAyNCwz\r\n"
        "--mix\r\n"
        "Content-Type: application/pdf; name=\"C:\\\\Users\\\\foi\\\\=?utf-8?Q?Letter_=E2=80=93_final.pdf?=\"\r\n"
        "\r\n"
        "%PDF-1.4 x\r\n"
        "--mix\r\n"
        "Content-Type: message/rfc822\r\n"
        "Content-Disposition: attachment; filename=\"earlier.eml\"\r\n"
        "\r\n"
        "From: a@b.c\r\n\r\nold\r\n"
        "--mix--\r\n";
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_mime_part p[8];
    int n = foi_mime_attachments(&a, msg, sizeof msg - 1, p, 8);
    assert_int_equal(n, 4);
    assert_string_equal(p[0].name, "logo.png");
    assert_string_equal(p[0].type, "image/png");
    assert_int_equal(p[0].marked, 0);
    assert_string_equal(p[1].name, "Annex B \xE2\x80\x93 outcomes.csv");
    assert_string_equal(p[1].type, "text/csv");
    assert_int_equal(p[1].marked, 1);
    assert_int_equal(p[1].n, strlen("Year,Dismissed\n2024,3"));
    assert_memory_equal(p[1].bytes, "Year,Dismissed\n2024,3", p[1].n);
    assert_string_equal(p[2].name, "Letter \xE2\x80\x93 final.pdf");
    assert_string_equal(p[2].type, "application/pdf");
    assert_int_equal(p[2].marked, 0);
    assert_true(!strncmp(p[2].bytes, "%PDF-", 5));
    assert_string_equal(p[3].name, "earlier.eml");   /* listed, never opened */
    assert_string_equal(p[3].type, "message/rfc822");
    /* a message cut short: its last part runs to the end */
    static const char cut[] = "From: a@b.c\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"
                              "--B\nContent-Type: text/plain\n\nSee attached.\n--B\nContent-Type: text/csv\n"
                              "Content-Disposition: attachment; filename=\"a.csv\"\n\nType,2024\nSA,4\n";
    assert_int_equal(foi_mime_attachments(&a, cut, sizeof cut - 1, p, 8), 1);
    assert_string_equal(p[0].name, "a.csv");
    assert_memory_equal(p[0].bytes, "Type,2024\nSA,4\n", p[0].n);
    /* at most max */
    assert_int_equal(foi_mime_attachments(&a, msg, sizeof msg - 1, p, 1), 1);
    /* the body's Subject as the reader sees it */
    const char *t;
    size_t len;
    int html;
    assert_int_equal(foi_mime_text(&a, msg, sizeof msg - 1, &t, &len, &html), 1);
    assert_non_null(strstr(t, "Subject: RE: FOI 1234 \xE2\x80\x93 allegations\n"));
    /* no parts: nothing carried */
    static const char one[] = "From: a@b.c\nMIME-Version: 1.0\nContent-Type: text/plain\n"
                              "Content-Transfer-Encoding: base64\n\nMTI=\n";
    assert_int_equal(foi_mime_attachments(&a, one, sizeof one - 1, p, 8), 0);
    static const char notmail[] = "Allegation type: 12\n";
    assert_int_equal(foi_mime_attachments(&a, notmail, sizeof notmail - 1, p, 8), 0);
    foi_arena_release(&a);
}

/* Every reader path fails cleanly when any allocation fails. */
static void test_oom(void **state)
{
    (void)state;
    static const char *const files[] = {
        RESPONSES "/merseyside/FOI-2023-0412.html",
        RESPONSES "/hampshire/HC-FOI-2022-00789.csv",
        RESPONSES "/west-midlands/2512_22_response.txt",
        BAD "/utf16-bom.csv",
    };
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        int ok = 0;
        for (long n = 1; n < 100000 && !ok; n += n < 200 ? 1 : 11) {
            struct foi_doc doc;
            struct foi_err err;
            foi_err_clear(&err);
            foi_doc_init(&doc, files[f]);
            foi_alloc_fail_after(n);
            int rc = foi_read_file(&doc, files[f], NULL, &err);
            foi_alloc_fail_after(0);
            if (rc == 0)
                ok = 1;
            else if (rc != FOI_ENOMEM)
                fail_msg("%s: allocation %ld failing gave %d (%s)", files[f], n, rc, err.message);
            foi_doc_release(&doc);
        }
        assert_true(ok);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode),
        cmocka_unit_test(test_decode_view),
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_sniff_delim),
        cmocka_unit_test(test_read_file_not_regular),
        cmocka_unit_test(test_read_file_size_limit),
        cmocka_unit_test(test_size_text),
        cmocka_unit_test(test_bad_fixtures),
        cmocka_unit_test(test_bad_details),
        cmocka_unit_test(test_read_bytes_dispatch),
        cmocka_unit_test(test_mime),
        cmocka_unit_test(test_mime_attachments),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
