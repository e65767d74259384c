/* test_read_csv.c: the CSV reader: BOM, UTF-16, Windows-1252, line endings,
 * preamble and notes, blank separator rows, trailing empty columns, quoted
 * commas and newlines, delimiters, several tables, header rows, chunk-size
 * independence, strict-mode errors with line numbers, limits, allocation failures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../parsers/read.h"
#include "../../app/doc_dump.h"

#include <stdio.h>
#include "../../normalize/context.h"
#include <stdlib.h>
#include <string.h>

#define RESPONSES FOI_SRCDIR "/fixtures/responses"

static int read_csv(struct foi_doc *doc, const char *csv, size_t n, const struct foi_limits *lim,
                    struct foi_err *err)
{
    foi_err_clear(err);
    foi_doc_init(doc, "t.csv");
    return foi_read_csv(doc, csv, n, lim, err);
}

static char *grid(const struct foi_table *t)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int r = 0; r < t->nrows; r++) {
        for (int c = 0; c < t->ncols; c++)
            foi_buf_printf(&b, "%s%s", c ? "|" : "", foi_table_cell(t, r, c)->text);
        if (r + 1 < t->nrows)
            foi_buf_addc(&b, '\n');
    }
    return foi_buf_detach(&b);
}

static char *dump(const struct foi_doc *doc)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_doc_dump(doc, &b), 0);
    return foi_buf_detach(&b);
}

#define S(lit) lit, sizeof lit - 1

/* Kent's shape: BOM, CRLF, a preamble with a quoted comma and a blank row,
 * two trailing empty columns on every line. */
static const char kent[] =
    "\xEF\xBB\xBFKent Police - FOI,,,,,\r\n"
    "Request reference: FOI 21/0456,,,,,\r\n"
    "\"Allegations, by financial year\",,,,,\r\n"
    ",,,,,\r\n"
    "Allegation Type,Outcome,2019/20,Total,,\r\n"
    "Sexual assault,Dismissed,1,1,,\r\n"
    "Sexual assault,Total,\"1,234\",1,,\r\n";

static void test_kent_shape(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, S(kent), NULL, &err), 0);
    assert_int_equal(doc.format, FOI_FMT_CSV);
    assert_string_equal(doc.encoding, "utf-8-bom");
    assert_int_equal(doc.nlines, 3);
    assert_string_equal(doc.lines[0].text, "Kent Police - FOI");
    assert_int_equal(doc.lines[0].no, 1);
    assert_int_equal(doc.lines[0].flags, FOI_LINE_PARA_START);
    assert_string_equal(doc.lines[2].text, "Allegations, by financial year");
    assert_int_equal(doc.lines[2].no, 3);
    assert_int_equal(doc.ntables, 1);
    const struct foi_table *t = &doc.tables[0];
    char *g = grid(t);
    assert_string_equal(g, "Allegation Type|Outcome|2019/20|Total\n"
                           "Sexual assault|Dismissed|1|1\n"
                           "Sexual assault|Total|1,234|1");
    foi_free(g);
    assert_int_equal(t->header_rows, 1);
    assert_int_equal(foi_table_cell(t, 0, 0)->flags, FOI_CELL_HEADER);
    assert_int_equal(foi_table_cell(t, 1, 0)->flags, 0);
    assert_int_equal(t->first_line, 5);
    assert_int_equal(t->last_line, 7);
    assert_int_equal(t->anchor_line, 3);
    assert_string_equal(t->heading, "Allegations, by financial year");
    assert_null(t->caption);
    assert_int_equal(foi_table_cell(t, 1, 2)->src_row, 6);
    assert_int_equal(foi_table_cell(t, 1, 2)->src_col, 3);
    assert_string_equal(foi_cell_locator(&doc, t, 1, 2), "csv row 6 col 3");
    /* doc->text is the decoded file */
    assert_non_null(strstr(doc.text, "Request reference: FOI 21/0456"));
    assert_int_equal(doc.text_len, strlen(doc.text));
    foi_doc_release(&doc);
}

/* The same records with every line ending give the same document. */
static void test_line_endings(void **state)
{
    (void)state;
    static const char *const eols[] = {"\n", "\r\n", "\r"};
    static const char *const rows[] = {"Title,,", "", "Type,Outcome,Total", "SA,Dismissed,2", ",,", "SA,Ongoing,3",
                                       "Note: x,,"};
    char *first = NULL;
    for (size_t e = 0; e < 3; e++) {
        struct foi_buf b;
        foi_buf_init(&b, 0);
        for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++)
            foi_buf_printf(&b, "%s%s", rows[r], eols[e]);
        struct foi_doc doc;
        struct foi_err err;
        assert_int_equal(read_csv(&doc, b.data, b.len, NULL, &err), 0);
        assert_int_equal(doc.nlines, 2);
        assert_int_equal(doc.lines[1].no, 7);
        assert_int_equal(doc.ntables, 1);
        assert_int_equal(doc.tables[0].nrows, 3);   /* the blank ",," record is skipped */
        assert_int_equal(doc.tables[0].first_line, 3);
        assert_int_equal(doc.tables[0].last_line, 6);
        assert_int_equal(foi_table_cell(&doc.tables[0], 2, 2)->src_row, 6);
        char *d = dump(&doc);
        if (!first)
            first = d;
        else {
            assert_string_equal(first, d);
            foi_free(d);
        }
        foi_doc_release(&doc);
        foi_buf_release(&b);
    }
    foi_free(first);
}

static void test_quoted_fields(void **state)
{
    (void)state;
    static const char csv[] =
        "Title,,\n"
        "Type,Outcome,Total\n"
        "\"Sexual assault, on duty\",\"Dismissed\nafter \"\"hearing\"\"\",2\n"
        "SA,Ongoing,3\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, S(csv), NULL, &err), 0);
    const struct foi_table *t = &doc.tables[0];
    assert_string_equal(foi_table_cell(t, 1, 0)->text, "Sexual assault, on duty");
    assert_string_equal(foi_table_cell(t, 1, 1)->text, "Dismissed after \"hearing\"");
    /* record numbers count records, not physical lines */
    assert_int_equal(foi_table_cell(t, 2, 0)->src_row, 4);
    assert_int_equal(t->last_line, 4);
    foi_doc_release(&doc);

    /* an error after a multi-line field names the physical line */
    static const char bad[] = "Type,Outcome,Total\n\"a\nb\",x,1\nSA,\"bad\"x,1\n";
    assert_int_equal(read_csv(&doc, S(bad), NULL, &err), FOI_EPARSE);
    assert_string_equal(err.locator, "line 4");
    assert_string_equal(err.message, "text after a closing quote '\"bad\"x,1'");
    foi_doc_release(&doc);
}

struct delim_case {
    const char *name;
    const char *csv;
    size_t n;
};

static const struct delim_case delim_cases[] = {
    {"semicolon", S("Type;Outcome;Total\nSA;Dismissed;2\nSA;Ongoing;\"1;5\"\n")},
    {"tab", S("Type\tOutcome\tTotal\nSA\tDismissed\t2\nSA\tOngoing\t1;5\n")},
    {"comma", S("Type,Outcome,Total\nSA,Dismissed,2\nSA,Ongoing,1;5\n")},
    {"Excel's sep= line", S("sep=;\r\nType;Outcome;Total\r\nSA;Dismissed;2\r\nSA;Ongoing;\"1;5\"\r\n")},
};

static void test_delimiters(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof delim_cases / sizeof delim_cases[0]; i++) {
        struct foi_doc doc;
        struct foi_err err;
        assert_int_equal(read_csv(&doc, delim_cases[i].csv, delim_cases[i].n, NULL, &err), 0);
        assert_int_equal(doc.ntables, 1);
        char *g = grid(&doc.tables[0]);
        if (strcmp(g, "Type|Outcome|Total\nSA|Dismissed|2\nSA|Ongoing|1;5") != 0)
            fail_msg("%s: %s", delim_cases[i].name, g);
        assert_int_equal(doc.nlines, 0);
        foi_free(g);
        foi_doc_release(&doc);
    }
}

static void test_blank_rows(void **state)
{
    (void)state;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    foi_buf_adds(&b, "Type,Outcome,Total,,,\nSA,Dismissed,2,,,\nSA,Ongoing,3,,,\n");
    for (int i = 0; i < 300; i++)
        foi_buf_adds(&b, ",,,,,\n");
    foi_buf_adds(&b, "SH,Dismissed,1,,,\n");
    for (int i = 0; i < 50; i++)
        foi_buf_adds(&b, ",,,,,\n");
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, b.data, b.len, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.nlines, 0);
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->nrows, 4);
    assert_int_equal(t->ncols, 3);   /* the trailing empty columns are dropped */
    assert_int_equal(t->last_line, 304);
    assert_string_equal(foi_table_cell(t, 3, 0)->text, "SH");
    assert_int_equal(foi_table_cell(t, 3, 0)->src_row, 304);
    foi_doc_release(&doc);
    foi_buf_release(&b);
}

static void test_empty_inner_column(void **state)
{
    (void)state;
    /* an empty column in the middle is dropped too; src_col keeps the file's number */
    static const char csv[] = "Type,,Total\nSA,,2\nSH,,3\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, S(csv), NULL, &err), 0);
    const struct foi_table *t = &doc.tables[0];
    assert_int_equal(t->ncols, 2);
    assert_string_equal(foi_table_cell(t, 1, 1)->text, "2");
    assert_int_equal(foi_table_cell(t, 1, 1)->src_col, 3);
    foi_doc_release(&doc);
}

static void test_two_tables(void **state)
{
    (void)state;
    static const char csv[] =
        "Table 1: officers,,\n"
        "Type,Outcome,Total\n"
        "SA,Dismissed,2\n"
        "SA,Ongoing,3\n"
        ",,\n"
        "Source: PSD,,\n"
        "Table 2: staff,,\n"
        "Type,Outcome,Total\n"
        "SA,Dismissed,1\n"
        "Note: fewer than five,,\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, S(csv), NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    assert_int_equal(doc.nlines, 4);
    static const int nos[] = {1, 6, 7, 10};
    for (int i = 0; i < 4; i++)
        assert_int_equal(doc.lines[i].no, nos[i]);
    assert_string_equal(doc.lines[3].text, "Note: fewer than five");
    assert_int_equal(doc.tables[0].index, 1);
    assert_int_equal(doc.tables[0].first_line, 2);
    assert_int_equal(doc.tables[0].last_line, 4);
    assert_int_equal(doc.tables[0].anchor_line, 1);
    assert_string_equal(doc.tables[0].heading, "Table 1: officers");
    assert_int_equal(doc.tables[1].index, 2);
    assert_int_equal(doc.tables[1].first_line, 8);
    assert_int_equal(doc.tables[1].last_line, 9);
    assert_int_equal(doc.tables[1].anchor_line, 3);
    assert_string_equal(doc.tables[1].heading, "Table 2: staff");
    assert_int_equal(doc.tables[1].nrows, 2);
    foi_doc_release(&doc);
}

/* A report's information block after its data ("Run date,02/12/2026",
 * "Calendar year 2025,Not held - ..."): lines "Name: value"; a trailing
 * table of two columns whose values are counts stays a table. */
static void test_information_block(void **state)
{
    (void)state;
    static const char csv[] =
        "Year,Type,Officers,Staff\n"
        "2024/25,SA,3,1\n"
        "2024/25,SH,5,0\n"
        ",,,\n"
        "--- About this extract ---,,,\n"
        "Extract,PSD-22 v1\n"
        "Run on,03/11/2026 08:30\n"
        "Rows,2\n"
        "Calendar year 2024,Not held - the system reports by financial year\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, S(csv), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.nlines, 5);
    assert_string_equal(doc.lines[0].text, "--- About this extract ---");
    assert_string_equal(doc.lines[1].text, "Extract: PSD-22 v1");
    assert_string_equal(doc.lines[4].text, "Calendar year 2024: Not held - the system reports by financial year");
    assert_int_equal(doc.lines[4].no, 9);
    foi_doc_release(&doc);

    static const char counts[] =
        "Year,Type,Officers,Staff\n"
        "2024/25,SA,3,1\n"
        ",,,\n"
        "Outcome,Number\n"
        "Dismissed,2\n"
        "Written warning,1\n"
        "No case to answer,1\n";
    assert_int_equal(read_csv(&doc, S(counts), NULL, &err), 0);
    assert_int_equal(doc.nlines, 0);   /* table rows (the first table's, a blank record being no end) */
    foi_doc_release(&doc);
}

static void test_group_rows_and_headers(void **state)
{
    (void)state;
    /* a one-field group label followed by data rows stays in the table */
    static const char groups[] = "Type,Outcome,Total\nSexual assault,,\n,Dismissed,2\n,Ongoing,3\nSexual harassment,,\n,Dismissed,1\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, S(groups), NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.nlines, 0);
    assert_int_equal(doc.tables[0].nrows, 6);
    assert_int_equal(doc.tables[0].header_rows, 1);
    foi_doc_release(&doc);

    /* a group header over sub-columns: two header rows */
    static const char two[] = "Type,Outcome,Police officers,,Police staff,\n,,Cases,Allegations,Cases,Allegations\n"
                              "SA,Dismissed,1,2,0,0\n";
    assert_int_equal(read_csv(&doc, S(two), NULL, &err), 0);
    assert_int_equal(doc.tables[0].header_rows, 2);
    assert_int_equal(foi_table_cell(&doc.tables[0], 1, 3)->flags, FOI_CELL_HEADER);
    /* the group's text, written in its first column only, spans its sub-columns */
    assert_string_equal(foi_table_cell(&doc.tables[0], 0, 3)->text, "Police officers");
    assert_int_equal(foi_table_cell(&doc.tables[0], 0, 3)->flags, FOI_CELL_HEADER | FOI_CELL_SPANNED);
    assert_string_equal(foi_table_cell(&doc.tables[0], 0, 5)->text, "Police staff");
    foi_doc_release(&doc);
    static const char grouped[] = ",,2024/25,,2025/26,\nType,Outcome,Officers,Staff,Officers,Staff\n"
                                  "SA,Dismissed,1,2,0,0\n";
    assert_int_equal(read_csv(&doc, S(grouped), NULL, &err), 0);
    assert_int_equal(doc.tables[0].header_rows, 2);
    assert_string_equal(foi_table_cell(&doc.tables[0], 0, 0)->text, "");
    assert_string_equal(foi_table_cell(&doc.tables[0], 0, 3)->text, "2024/25");
    assert_string_equal(foi_table_cell(&doc.tables[0], 0, 5)->text, "2025/26");
    foi_doc_release(&doc);
    /* a title split at its commas into an upper row is not spread over the columns */
    static const char titled[] = "Allegations of sexual misconduct against officers and staff, recorded by month,"
                                 " 2023\nYear,Type,Employee,Jan,Feb\n2023,SA,Officer,1,0\n";
    assert_int_equal(read_csv(&doc, S(titled), NULL, &err), 0);
    for (int k = 3; k < doc.tables[0].ncols && doc.tables[0].header_rows == 2; k++)
        assert_string_equal(foi_table_cell(&doc.tables[0], 0, k)->text, "");
    foi_doc_release(&doc);

    /* suppressed cells are not a second header row */
    static const char sup[] = "Type,Outcome,Total\nDomestic abuse,Dismissed,*\nDomestic abuse,Ongoing,3\n";
    assert_int_equal(read_csv(&doc, S(sup), NULL, &err), 0);
    assert_int_equal(doc.tables[0].header_rows, 1);
    foi_doc_release(&doc);

    /* a title with an unquoted comma is preamble, not the header */
    static const char title[] = "Kent Police, FOI 21/0456\nType,Outcome,2019,2020,Total\nSA,Dismissed,1,2,3\n";
    assert_int_equal(read_csv(&doc, S(title), NULL, &err), 0);
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Kent Police FOI 21/0456");
    assert_int_equal(doc.tables[0].first_line, 2);
    assert_int_equal(doc.tables[0].ncols, 5);
    foi_doc_release(&doc);

    /* but a two-column table is a table */
    static const char pair[] = "Outcome,Total\nDismissed,3\nOngoing,4\n";
    assert_int_equal(read_csv(&doc, S(pair), NULL, &err), 0);
    assert_int_equal(doc.nlines, 0);
    assert_int_equal(doc.tables[0].nrows, 3);
    foi_doc_release(&doc);

    /* calendar years in the header are labels, not counts */
    static const char years[] = "Intro,,\nOutcome,2021,2022\nDismissed,1,2\nNote,,\nOutcome,2021,2022\nDismissed,3,4\n";
    assert_int_equal(read_csv(&doc, S(years), NULL, &err), 0);
    assert_int_equal(doc.ntables, 2);
    foi_doc_release(&doc);
}

/* A sheet saved from B3: two blank records and an empty first field on every
 * record. The title with an unquoted comma and a pivot's filters are read as
 * they are without the shift: "the first field" is the first that is not
 * empty in every record. */
static void test_shifted_export(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    static const char title[] = ",,,,,\n,,,,,\n"
                                ",Note: * denotes fewer than five, withheld under section 40(2).\n"
                                ",Type,Outcome,2019,2020,Total\n,SA,Dismissed,1,*,3\n";
    assert_int_equal(read_csv(&doc, S(title), NULL, &err), 0);
    assert_int_equal(doc.nlines, 1);
    assert_string_equal(doc.lines[0].text, "Note: * denotes fewer than five withheld under section 40(2).");
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].first_line, 4);
    assert_int_equal(doc.tables[0].header_rows, 1);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type|Outcome|2019|2020|Total\nSA|Dismissed|1|*|3");
    foi_free(g);
    foi_doc_release(&doc);

    static const char pivot[] = ",,,\n,Year,2022/23\n,Employee Group,(All)\n,,,\n"
                                ",Category,Dismissed,Ongoing\n,Sexual assault,2,3\n";
    assert_int_equal(read_csv(&doc, S(pivot), NULL, &err), 0);
    assert_int_equal(doc.nlines, 2);
    assert_string_equal(doc.lines[0].text, "Year: 2022/23");
    assert_string_equal(doc.lines[1].text, "Employee Group: (All)");
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].nrows, 2);
    foi_doc_release(&doc);
}

static void test_encodings(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    /* UTF-16 with a BOM gives the same table as UTF-8 */
    static const char u16[] = "\xFF\xFE" "T\0,\0O\0\r\0\n\0" "a\0,\0" "1\0\r\0\n\0" "b\0,\0\xA3\0\r\0\n\0";
    assert_int_equal(read_csv(&doc, S(u16), NULL, &err), 0);
    assert_string_equal(doc.encoding, "utf-16le");
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "T|O\na|1\nb|\xC2\xA3");
    foi_free(g);
    foi_doc_release(&doc);

    /* Hampshire's Windows-1252 export */
    foi_err_clear(&err);
    foi_doc_init(&doc, "hampshire/HC-FOI-2022-00789.csv");
    assert_int_equal(foi_read_file(&doc, RESPONSES "/hampshire/HC-FOI-2022-00789.csv", NULL, &err), 0);
    assert_string_equal(doc.encoding, "windows-1252");
    assert_int_equal(doc.nlines, 3);
    assert_string_equal(doc.lines[0].text,
                        "Hampshire & Isle of Wight Constabulary \xE2\x80\x93 Freedom of Information Request HC/FOI/2022/00789");
    assert_non_null(strstr(doc.lines[2].text, "\xE2\x80\x9COngoing\xE2\x80\x9D"));
    assert_non_null(strstr(doc.lines[2].text, "\xC2\xA3" "450."));
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].ncols, 5);
    assert_int_equal(doc.tables[0].nrows, 12);
    assert_int_equal(doc.tables[0].first_line, 4);
    foi_doc_release(&doc);
}

/* libcsv fed 1, 2, 3 ... bytes at a time gives the same document as whole. */
static void test_chunk_sizes(void **state)
{
    (void)state;
    static const char *const files[] = {
        RESPONSES "/kent/disclosure_2022_1187.csv",
        RESPONSES "/hampshire/HC-FOI-2023-01145.csv",
        RESPONSES "/thames-valley/FOI-TVP-2024-0102.csv",
    };
    static const size_t chunks[] = {1, 2, 3, 5, 17, 64, 4096, 0};
    struct {
        const char *s;
        size_t n;
    } inputs[8];
    char *bufs[3] = {0};
    size_t ni = 0;
    inputs[ni].s = kent, inputs[ni++].n = sizeof kent - 1;
    static const char q[] = "Title,,\r\nType,Outcome,Total\r\n\"a\r\nb\",\"x,\"\"y\"\"\",1\r\n,,\r\nSA,Ongoing,3";
    inputs[ni].s = q, inputs[ni++].n = sizeof q - 1;
    for (size_t f = 0; f < 3; f++) {
        FILE *fp = fopen(files[f], "rb");
        assert_non_null(fp);
        bufs[f] = malloc(65536);
        size_t n = fread(bufs[f], 1, 65536, fp);
        fclose(fp);
        inputs[ni].s = bufs[f], inputs[ni++].n = n;
    }
    for (size_t i = 0; i < ni; i++) {
        char *whole = NULL;
        for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
            foi_csv_set_chunk_size(chunks[c]);
            struct foi_doc doc;
            struct foi_err err;
            assert_int_equal(read_csv(&doc, inputs[i].s, inputs[i].n, NULL, &err), 0);
            char *d = dump(&doc);
            foi_doc_release(&doc);
            if (!whole) {
                whole = d;
                continue;
            }
            if (strcmp(whole, d) != 0)
                fail_msg("input %zu differs with %zu-byte chunks:\n%s\nvs\n%s", i, chunks[c], d, whole);
            foi_free(d);
        }
        foi_free(whole);
        /* and the same errors */
        static const char bad[] = "a,b\nc,d\n\"e,f\n";
        char *msg = NULL;
        for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
            foi_csv_set_chunk_size(chunks[c]);
            struct foi_doc doc;
            struct foi_err err;
            assert_int_equal(read_csv(&doc, S(bad), NULL, &err), FOI_EPARSE);
            foi_doc_release(&doc);
            if (!msg)
                msg = foi_strdup(err.message);
            else
                assert_string_equal(msg, err.message);
        }
        foi_free(msg);
    }
    foi_csv_set_chunk_size(0);
    for (size_t f = 0; f < 3; f++)
        free(bufs[f]);
}

struct err_case {
    const char *name;
    const char *csv;
    size_t n;
    int rc;
    const char *locator;
    const char *message;
};

static const struct err_case err_cases[] = {
    {"unterminated quote", S("a,b\nc,d\n\"e,f\n"), FOI_EPARSE, "line 3", "unterminated quoted field '\"e,f'"},
    {"unterminated after a multi-line field", S("a,b\n\"x\ny\",z\nq,\"open,q\r\nmore"), FOI_EPARSE, "line 4",
     "unterminated quoted field '\"open,q'"},
    {"stray quote", S("a,b\nsay \"hi\",x\n"), FOI_EPARSE, "line 2", "stray quote in a field 'say \"hi\",x'"},
    {"text after closing quote", S("a,b\r\n\"x\"y,z\r\n"), FOI_EPARSE, "line 2", "text after a closing quote '\"x\"y,z'"},
    {"long snippet cut", S("a,b\n\"an unterminated field that goes on and on and on\n"), FOI_EPARSE, "line 2",
     "unterminated quoted field '\"an unterminated field that goes on and ...'"},
};

static void test_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof err_cases / sizeof err_cases[0]; i++) {
        const struct err_case *c = &err_cases[i];
        struct foi_doc doc;
        struct foi_err err;
        int rc = read_csv(&doc, c->csv, c->n, NULL, &err);
        if (rc != c->rc || strcmp(err.locator, c->locator) != 0 || strcmp(err.message, c->message) != 0)
            fail_msg("%s: %d '%s: %s'", c->name, rc, err.locator, err.message);
        foi_doc_release(&doc);
    }
}

static void test_limits(void **state)
{
    (void)state;
    struct foi_doc doc;
    struct foi_err err;
    struct foi_limits lim;
    foi_limits_default(&lim);
    lim.max_cols = 3;
    assert_int_equal(read_csv(&doc, S("a,b\n1,2,3,4,5\n"), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.locator, "line 2");
    assert_string_equal(err.message, "record has more than 3 fields, over the column limit");
    foi_doc_release(&doc);

    foi_limits_default(&lim);
    lim.max_line_bytes = 10;
    assert_int_equal(read_csv(&doc, S("a,b\n1,2345678901,3\n"), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.locator, "line 2");
    assert_string_equal(err.message, "line is longer than the 10 bytes line-length limit");
    foi_doc_release(&doc);

    /* a quoted field running over many short lines */
    assert_int_equal(read_csv(&doc, S("a,b\n\"1\n2\n3\n4\n5\n6\n7\n8\",x\n"), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "field is longer than the 10 bytes line-length limit");
    foi_doc_release(&doc);

    foi_limits_default(&lim);
    lim.max_cells = 5;
    assert_int_equal(read_csv(&doc, S("a,b\n1,2\n3,4\n"), &lim, &err), FOI_ELIMIT);
    assert_string_equal(err.message, "more than 5 cells, over the cell limit");
    foi_doc_release(&doc);
}

static void test_oom(void **state)
{
    (void)state;
    int ok = 0;
    for (long n = 1; n < 100000 && !ok; n++) {
        struct foi_doc doc;
        struct foi_err err;
        foi_err_clear(&err);
        foi_doc_init(&doc, "t.csv");
        foi_alloc_fail_after(n);
        int rc = foi_read_csv(&doc, kent, sizeof kent - 1, NULL, &err);
        foi_alloc_fail_after(0);
        if (!rc)
            ok = 1;
        else if (rc != FOI_ENOMEM)
            fail_msg("allocation %ld failing gave %d (%s)", n, rc, err.message);
        foi_doc_release(&doc);
    }
    assert_true(ok);
}

/* A data dictionary and the file whose codes it defines (parsers/codes.c):
 * the dictionary's table (a code and a description column, a field column
 * optional; rows a note cut into a second table still its own) written as
 * context lines; the data file's columns whose every value is a code of the
 * column's field take the meanings, header cells that are codes too; a
 * column holding anything else (a count, a code of another field), and a
 * file without that context, stay as they are. */
/* Round 33: a semicolon export whose closing note held a semicolon of its
 * own, unquoted ("Notes: ... (section 12); 2026/27 to date is not yet
 * available.;;;;"): the note is one line again, not a row of the table. A
 * last record that opens otherwise, or has a count, stays a row. */
static void test_note_split_by_the_delimiter(void **state)
{
    (void)state;
    static const char csv[] =
        "Year;Type;Employee type;Allegations\r\n2024/25;Sexual assault;Police officer;4\r\n"
        "2024/25;Sexual assault;Police staff;2\r\n"
        "Notes: figures for 2023/24 were not extracted (section 12); 2026/27 is not yet available.;;;\r\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, csv, sizeof csv - 1, NULL, &err), 0);
    assert_int_equal(doc.ntables, 1);
    assert_int_equal(doc.tables[0].nrows, 3);
    int found = 0;
    for (int i = 0; i < doc.nlines; i++)
        found |= !strcmp(doc.lines[i].text, "Notes: figures for 2023/24 were not extracted (section 12); 2026/27 is "
                                            "not yet available.");
    assert_true(found);
    foi_doc_release(&doc);
    static const char row[] = "Year;Type;Allegations\r\n2024/25;Sexual assault;4\r\nTotal;All types;4\r\n";
    assert_int_equal(read_csv(&doc, row, sizeof row - 1, NULL, &err), 0);
    assert_int_equal(doc.tables[0].nrows, 3);
    foi_doc_release(&doc);
}

static void test_code_dictionary(void **state)
{
    (void)state;
    static const char dict[] =
        "Variable,Code,Meaning\r\nYEAR,Y24,Year ending 31 March 2024\r\nYEAR,Y25,Year ending 31 March 2025\r\n"
        "TYPE,HAR,Sexual harassment\r\n,,Codes below describe people.\r\nSTAFF,OFF,Police officers\r\n"
        "STAFF,STF,Police staff\r\nN,,Number of allegations\r\n";
    struct foi_doc doc;
    struct foi_err err;
    assert_int_equal(read_csv(&doc, dict, sizeof dict - 1, NULL, &err), 0);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    assert_int_equal(foi_doc_code_dictionary(&doc, &b), 0);
    assert_string_equal(b.data, "codes: YEAR: Y24 = Year ending 31 March 2024\ncodes: YEAR: Y25 = Year ending 31 March 2025\n"
                                "codes: TYPE: HAR = Sexual harassment\ncodes: STAFF: OFF = Police officers\n"
                                "codes: STAFF: STF = Police staff\n");
    foi_doc_release(&doc);

    /* the data file with that context */
    static const char data[] = "YEAR,TYPE,STAFF,N,NOTE\nY24,HAR,OFF,3,HAR\nY25,HAR,STF,2,Y24\n";
    assert_int_equal(read_csv(&doc, data, sizeof data - 1, NULL, &err), 0);
    struct foi_doc_context ctx;
    assert_int_equal(foi_context_parse(&doc.arena, b.data, b.len, NULL, &ctx, &err), 0);
    doc.context = &ctx;
    assert_int_equal(foi_doc_apply_codes(&doc), 0);
    char *g = grid(&doc.tables[0]);
    assert_string_equal(g, "YEAR|TYPE|STAFF|N|NOTE\nYear ending 31 March 2024|Sexual harassment|Police officers|3|HAR\n"
                           "Year ending 31 March 2025|Sexual harassment|Police staff|2|Y24");
    free(g);
    foi_doc_release(&doc);

    /* a wide table: its heads are codes */
    static const char wide[] = "Type,Y24,Y25\nHarassment,4,5\n";
    assert_int_equal(read_csv(&doc, wide, sizeof wide - 1, NULL, &err), 0);
    assert_int_equal(foi_context_parse(&doc.arena, b.data, b.len, NULL, &ctx, &err), 0);
    doc.context = &ctx;
    assert_int_equal(foi_doc_apply_codes(&doc), 0);
    g = grid(&doc.tables[0]);
    assert_string_equal(g, "Type|Year ending 31 March 2024|Year ending 31 March 2025\nHarassment|4|5");
    free(g);
    foi_doc_release(&doc);

    /* no context: nothing changes */
    assert_int_equal(read_csv(&doc, data, sizeof data - 1, NULL, &err), 0);
    assert_int_equal(foi_doc_apply_codes(&doc), 0);
    assert_string_equal(foi_table_cell(&doc.tables[0], 1, 0)->text, "Y24");
    foi_doc_release(&doc);

    /* two codes are no dictionary; a table without a description column neither */
    static const char small[] = "Code,Description\nA1,Assault\nB2,Battery\n";
    static const char nodesc[] = "Code,Count\nA1,4\nB2,5\nC3,6\n";
    foi_buf_reset(&b);
    assert_int_equal(read_csv(&doc, small, sizeof small - 1, NULL, &err), 0);
    assert_int_equal(foi_doc_code_dictionary(&doc, &b), 0);
    foi_doc_release(&doc);
    assert_int_equal(read_csv(&doc, nodesc, sizeof nodesc - 1, NULL, &err), 0);
    assert_int_equal(foi_doc_code_dictionary(&doc, &b), 0);
    foi_doc_release(&doc);
    assert_int_equal(b.len, 0);
    foi_buf_release(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kent_shape),
        cmocka_unit_test(test_line_endings),
        cmocka_unit_test(test_quoted_fields),
        cmocka_unit_test(test_delimiters),
        cmocka_unit_test(test_blank_rows),
        cmocka_unit_test(test_empty_inner_column),
        cmocka_unit_test(test_two_tables),
        cmocka_unit_test(test_information_block),
        cmocka_unit_test(test_group_rows_and_headers),
        cmocka_unit_test(test_encodings),
        cmocka_unit_test(test_chunk_sizes),
        cmocka_unit_test(test_shifted_export),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_oom),
        cmocka_unit_test(test_code_dictionary),
        cmocka_unit_test(test_note_split_by_the_delimiter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
