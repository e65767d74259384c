/* test_engine.c: the extraction engine on hand-built documents (no reader
 * involved): header stacks, Total rows and columns, long tables, group rows,
 * context from caption/heading/request, suppressed cells, bullets, prose,
 * refusals, regions in national tables. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "../../parsers/engine.h"
#include "../../parsers/read.h"
#include "../../normalize/figure.h"

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

/* A document from text lines and pipe-separated tables. */
static void doc_lines(struct foi_doc *d, const char *text, unsigned fmt)
{
    d->format = fmt;
    d->tax = tax;
    int n = 1;
    for (const char *p = text; *p; p++)
        n += *p == '\n';
    d->lines = foi_arena_alloc(&d->arena, sizeof *d->lines * (size_t)n);
    const char *s = text;
    for (int i = 0; i < n; i++) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        d->lines[i].text = foi_arena_strndup(&d->arena, s, len);
        d->lines[i].no = i + 1;
        if (!strncmp(d->lines[i].text, "# ", 2)) {
            d->lines[i].text += 2;
            d->lines[i].flags |= FOI_LINE_HEADING;
        }
        if (!strncmp(d->lines[i].text, "\xe2\x80\xa2 ", 4))
            d->lines[i].flags |= FOI_LINE_BULLET;
        s = e ? e + 1 : s + len;
    }
    d->nlines = n;
}

static void doc_table(struct foi_doc *d, int header_rows, const char *caption, const char *const *rows)
{
    int nr = 0, nc = 1;
    while (rows[nr])
        nr++;
    for (const char *p = rows[0]; *p; p++)
        nc += *p == '|';
    struct foi_table *nt = foi_arena_alloc(&d->arena, sizeof *nt * (size_t)(d->ntables + 1));
    if (d->ntables)
        memcpy(nt, d->tables, sizeof *nt * (size_t)d->ntables);
    d->tables = nt;
    struct foi_table *t = &d->tables[d->ntables++];
    t->index = d->ntables;
    t->nrows = nr;
    t->ncols = nc;
    t->header_rows = header_rows;
    t->caption = caption;
    t->anchor_line = d->nlines;
    t->cells = foi_arena_alloc(&d->arena, sizeof *t->cells * (size_t)(nr * nc));
    for (int r = 0; r < nr; r++) {
        const char *s = rows[r];
        for (int c = 0; c < nc; c++) {
            const char *e = strchr(s, '|');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            struct foi_cell *cell = &t->cells[r * nc + c];
            cell->text = foi_arena_strndup(&d->arena, s, len);
            cell->src_row = r + 1;
            cell->src_col = c + 1;
            s = e ? e + 1 : s + len;
        }
    }
}

struct got {
    struct foi_norm_ctx nc;
    struct foi_dataset ds;
};

static int emit(struct foi_sink *s, const struct foi_figure *f)
{
    struct got *g = s->ctx;
    return foi_normalize_figure(&g->nc, f);
}

static void run(struct foi_doc *d, struct got *g, const char *force)
{
    foi_dataset_init(&g->ds);
    foi_norm_init(&g->nc, tax, &g->ds, "t", "", "test");
    struct foi_sink sink = { .emit = emit, .ctx = g };
    struct foi_engine_opts o = { "test", force, 0.9, FOI_ENG_ALL, NULL, NULL };
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_engine_run(d, &o, &sink, &err), 0);
    assert_int_equal(foi_norm_finish(&g->nc), 0);
}

static void done(struct foi_doc *d, struct got *g)
{
    foi_norm_release(&g->nc);
    foi_dataset_release(&g->ds);
    foi_doc_release(d);
}

/* "category|outcome|subject|measure|start|end|value|status" of every record */
static int has(struct got *g, const char *want)
{
    char buf[512];
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        char v[32] = "";
        if (r->v.has_value)
            snprintf(v, sizeof v, "%lld", (long long)r->v.value);
        snprintf(buf, sizeof buf, "%s|%s|%s|%s|%s|%s|%s|%s", r->category, r->outcome, r->subject,
                 r->measure, r->period_start, r->period_end, v, foi_vstatus_name(r->v.status));
        if (!strcmp(buf, want))
            return 1;
    }
    fprintf(stderr, "missing: %s\nhave:\n", want);
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        fprintf(stderr, "  [%s] %s|%s|%s|%s|%s|%s|%lld|%s\n", r->locator, r->category, r->outcome, r->subject, r->measure,
                r->period_start, r->period_end, (long long)r->v.value, foi_vstatus_name(r->v.status));
    }
    return 0;
}

static void test_periods_as_columns_with_total(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers and police staff", FOI_FMT_CSV);
    const char *rows[] = { "Allegation Type|Outcome|2016/17|2017/18|Total",
                           "Sexual assault|Dismissed|1|0|1",
                           "Sexual assault|No case to answer|2|2|4",
                           "Sexual assault|Total|3|2|5", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, "kent");
    assert_int_equal(g.ds.nrecords, 9);
    assert_true(has(&g, "sexual_assault|dismissed|officers_and_staff|allegations|2016-04-01|2017-03-31|1|reported"));
    assert_true(has(&g, "sexual_assault|dismissed|officers_and_staff|allegations|2016-04-01|2018-03-31|1|reported"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2017-04-01|2018-03-31|2|reported"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2016-04-01|2018-03-31|5|reported"));
    done(&d, &g);
}

/* "2025/26 is the year to 31 October 2025" (round 45b, blind45
 * Merseyside): a year label said to run to a day inside that year is its
 * part to that day, the table's "2025/26" column with it; a day outside
 * the year defines nothing (the column stays the whole year). */
static void test_year_label_runs_to_a_day(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "Allegations against police officers. 2025/26 is the year to 31 October 2025.",
        "Allegations against police officers. 2025/26 runs to 30 September 2025.",
        "Allegations against police officers. 2025/26 is the year to 30 June 2026." };
    static const char *const ends[] = { "2025-10-31", "2025-09-30", "2026-03-31" };
    for (int k = 0; k < 3; k++) {
        struct foi_doc d;
        foi_doc_init(&d, "x.csv");
        doc_lines(&d, lines[k], FOI_FMT_CSV);
        const char *rows[] = { "Allegation Type|2024/25|2025/26", "Sexual harassment|4|5", NULL };
        doc_table(&d, 1, NULL, rows);
        struct got g;
        run(&d, &g, "kent");
        char want[160];
        snprintf(want, sizeof want, "sexual_harassment|total|officers|allegations|2025-04-01|%s|5|reported", ends[k]);
        assert_true(has(&g, want));
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|4|reported"));
        done(&d, &g);
    }
}

/* "2024/25" that the document defines as only part of the year, somewhere
 * other than the label: a title line ("2024/25 YTD = ..."), a footnote to a
 * marked label, months without their year after the label. The label takes
 * the part, and so does the span of a Total column. */
static void test_part_year_defined_away_from_label(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers and police staff\n"
                  "Financial year 2023/24; 2024/25 YTD = 1 April 2024 to 30 September 2024", FOI_FMT_CSV);
    const char *rows[] = { "Allegation Type|Outcome|2023/24|2024/25 YTD|Total",
                           "Sexual assault|Dismissed|1|2|3", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_assault|dismissed|officers_and_staff|allegations|2023-04-01|2024-03-31|1|reported"));
    assert_true(has(&g, "sexual_assault|dismissed|officers_and_staff|allegations|2024-04-01|2024-09-30|2|reported"));
    assert_true(has(&g, "sexual_assault|dismissed|officers_and_staff|allegations|2023-04-01|2024-09-30|3|reported"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_string_not_equal(g.ds.records[i].period_end, "2025-03-31");
    done(&d, &g);

    /* a footnote to the marked label: that label only */
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers\n"
                  "\xe2\x80\xa0 2024/25 figures are for 1 April 2024 to 31 August 2024.", FOI_FMT_CSV);
    const char *rows2[] = { "Allegation Type|2023/24|2024/25\xe2\x80\xa0", "Sexual harassment|4|5", NULL };
    doc_table(&d, 1, NULL, rows2);
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2024-08-31|5|reported"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|4|reported"));
    done(&d, &g);

    /* the mark a space after the year ("2024/25 ‡", as a column header sets it),
     * defined by a footnote under the table that opens with the mark and the
     * year: that column only, never the whole year */
    static const char csv[] = "Allegations against police officers\n"
                              "Allegation Type,2023/24,2024/25 \xe2\x80\xa1\n"
                              "Sexual harassment,4,5\n"
                              "\xe2\x80\xa1 2024/25: 1 April to 31 December 2024 only.\n";
    foi_doc_init(&d, "x.csv");
    d.tax = tax;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_read_csv(&d, csv, sizeof csv - 1, NULL, &err), 0);
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2024-12-31|5|reported"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|4|reported"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_string_not_equal(g.ds.records[i].period_end, "2025-03-31");
    done(&d, &g);

    /* the months of the year, without their year, a few words after it */
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police staff (2024/25 is part-year, April to December)", FOI_FMT_CSV);
    const char *rows3[] = { "Year|Allegation Type|Total allegations", "2023/24|Sexual assault|3",
                            "2024/25|Sexual assault|6", NULL };
    doc_table(&d, 1, NULL, rows3);
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-04-01|2024-12-31|6|reported"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-04-01|2024-03-31|3|reported"));
    done(&d, &g);

    /* a title naming the part in brackets ("recorded in 2024/25 (1 Apr -
     * 30 Sep 2024)") defines the year's "YTD" label elsewhere */
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Outcomes of allegations against police officers recorded in 2024/25 (1 Apr - 30 Sep 2024)",
              FOI_FMT_CSV);
    const char *rows4[] = { "Year|Allegation Type|Total allegations", "2024-25 YTD|Sexual harassment|4", NULL };
    doc_table(&d, 1, NULL, rows4);
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2024-09-30|4|reported"));
    done(&d, &g);

    /* a footer line after the table giving the part in figures, no month
     * named ("2025/26 YTD = 01/04/2025 to 31/10/2025"), with a reference date
     * before it; the label is inside heads that join the period and the
     * subject ("2025/26 YTD Staff") */
    static const char csv5[] = "Allegation Type,Outcome,2024/25 Officers,2025/26 YTD Officers,2025/26 YTD Staff\r\n"
                               "Sexual harassment,Dismissed,7,3,2\r\n"
                               "\r\n"
                               "\"Extracted 12/11/2025. 2025/26 YTD = 01/04/2025 to 31/10/2025. Staff includes PCSOs.\"\r\n";
    foi_doc_init(&d, "x.csv");
    d.tax = tax;
    foi_err_clear(&err);
    assert_int_equal(foi_read_csv(&d, csv5, sizeof csv5 - 1, NULL, &err), 0);
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2024-04-01|2025-03-31|7|reported"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2025-04-01|2025-10-31|3|reported"));
    assert_true(has(&g, "sexual_harassment|dismissed|staff|allegations|2025-04-01|2025-10-31|2|reported"));
    done(&d, &g);

    /* a reference or a date in figures alone defines nothing: "2025/26 YTD"
     * with only "Extracted 12/11/2025" stays without its end */
    static const char csv6[] = "Allegation Type,Outcome,2025/26 YTD Officers\r\n"
                               "Sexual harassment,Dismissed,3\r\n"
                               "\r\n"
                               "\"Ref 2025/26-0412, extracted 12/11/2025.\"\r\n";
    foi_doc_init(&d, "x.csv");
    d.tax = tax;
    foi_err_clear(&err);
    assert_int_equal(foi_read_csv(&d, csv6, sizeof csv6 - 1, NULL, &err), 0);
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|||3|reported"));
    done(&d, &g);
}

/* "2024/25 YTD" that nothing defines: never the whole year; kept with empty
 * dates (period_unresolved) below the review line. A mark no footnote
 * defines, or a definition of another mark, leaves the year as it is. */
static void test_part_year_undefined(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers and police staff\n"
                  "* 2022/23 figures are for 1 April 2022 to 30 June 2022.", FOI_FMT_CSV);
    const char *rows[] = { "Allegation Type|2023/24|2024/25 YTD", "Sexual assault|1|2", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-04-01|2024-03-31|1|reported"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|||2|reported"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (!g.ds.records[i].period_start[0])
            assert_true(g.ds.records[i].confidence < 0.5);
    int flagged = 0;
    for (size_t i = 0; i < g.ds.nissues; i++)
        flagged += !strcmp(g.ds.issues[i].code, "period_unresolved");
    assert_int_equal(flagged, 1);
    done(&d, &g);

    /* a count for a part of the year defines nothing: "In 2023/24, from 1
     * April 2023 to 30 June 2023, there were 5 allegations" */
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers and police staff\n"
                  "In 2023/24, from 1 April 2023 to 30 June 2023, there were 5 allegations under review.",
              FOI_FMT_CSV);
    const char *rows2[] = { "Allegation type|2023/24", "Sexual assault|9", NULL };
    doc_table(&d, 1, NULL, rows2);
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-04-01|2024-03-31|9|reported"));
    done(&d, &g);
}

/* "The figures below count allegations against police officers and police
 * staff together": a statement of whom the table counts. */
static void test_statement_figures_count(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Essex Police\n# Request\nHow many allegations of sexual harassment were recorded in 2021 and 2022?\n"
                  "# Response\nThe figures below count allegations against police officers and police staff together.\n"
                  "# Allegations recorded, 2021 and 2022",
              FOI_FMT_HTML);
    const char *rows[] = { "Allegation type|2021|2022", "Sexual harassment|5|8", NULL };
    doc_table(&d, 1, NULL, rows);
    d.tables[0].heading = d.lines[5].text;
    struct got g;
    run(&d, &g, "essex");
    assert_int_equal(g.ds.nrecords, 2);
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2021-01-01|2021-12-31|5|reported"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31|8|reported"));
    done(&d, &g);

    /* the statement wrapped over two lines: its whole sentence, not the
     * first line's "police officers and" */
    foi_doc_init(&d, "x.html");
    doc_lines(&d, "Essex Police\n# Request\nHow many allegations of sexual harassment were recorded in 2021 and 2022?\n"
                  "# Response\nThe figures below count allegations against police officers and\n"
                  "police staff together.\n# Allegations recorded, 2021 and 2022", FOI_FMT_HTML);
    d.lines[4].flags |= FOI_LINE_PARA_START;
    d.lines[6].flags |= FOI_LINE_PARA_START;
    const char *rows2[] = { "Allegation type|2021|2022", "Sexual harassment|5|8", NULL };
    doc_table(&d, 1, NULL, rows2);
    d.tables[0].heading = d.lines[6].text;
    run(&d, &g, "essex");
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2021-01-01|2021-12-31|5|reported"));
    done(&d, &g);
}

/* "See note 2" in a cell: what note 2 says of it (refused under section
 * 12, not held); a note that only explains ("provisional") makes it no
 * figure. */
static void test_see_note_cells(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers and police staff\n"
                  "Note 1: figures are provisional.\n"
                  "Note 2: staff allegations for 2021 are on paper files; to search them would exceed the cost "
                  "limit of 18 hours, so that part of your request is refused under section 12(1).\n"
                  "Note 3: officer allegations for 2021 are not held.", FOI_FMT_CSV);
    const char *rows[] = { "Allegation type|Employee|2021|2022",
                           "Sexual assault|Police officers|See note 3|4",
                           "Sexual assault|Police staff|See note 2|See note 1", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, "gwent");
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2021-01-01|2021-12-31||refused"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-01-01|2021-12-31||not_held"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-01-01|2022-12-31|4|reported"));
    assert_int_equal(g.ds.nrecords, 3);   /* "See note 1" (provisional) is no figure */
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (g.ds.records[i].v.status == FOI_VS_REFUSED)
            assert_string_equal(g.ds.records[i].v.exemption, "s12");
    done(&d, &g);
}

/* A note under a table of financial years: "Calendar-year figures (2022 and
 * 2023) are not held": not held for each year it names, for the tables'
 * categories and people (a financial year that only overlaps a calendar
 * year gives no figure of it); a note naming a year the tables give (or a
 * part of) is no refusal. */
static void test_note_not_held_years(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers by financial year\n"
                  "Note: calendar-year figures (2022 and 2023) are not held, as the system reports by financial "
                  "year only.", FOI_FMT_CSV);
    const char *rows[] = { "Allegation type|2022/23|2023/24", "Sexual assault|3|4", "Sexual harassment|5|6", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, "gwent");
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-01-01|2022-12-31||not_held"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||not_held"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31||not_held"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||not_held"));
    assert_int_equal(g.ds.nrecords, 8);
    done(&d, &g);
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers by financial year\n"
                  "Note: figures for 2022/23 and 2023/24 are not held.", FOI_FMT_CSV);
    doc_table(&d, 1, NULL, rows);
    run(&d, &g, "gwent");
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_NOT_HELD);
    done(&d, &g);
}

/* "2025 YTD" with no definition beside it: a stretch from the year's first
 * day stated on its own elsewhere ("Figures for 1 January to 31 October 2025
 * are provisional") is where that year to date ends; two different ones say
 * nothing; and a label answering a request for "2025 to date (1 January - 31
 * October 2025)" takes the request's end when the document gives none. */
static void test_part_year_from_stretch_or_request(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    for (int two = 0; two < 2; two++) {
        foi_doc_init(&d, "x.csv");
        doc_lines(&d, two ? "Allegations against police officers and police staff\n"
                            "Figures for 1 January to 31 October 2025 are provisional.\n"
                            "Figures for 1 January to 30 September 2025 were checked twice."
                          : "Allegations against police officers and police staff\n"
                            "Figures for 1 January to 31 October 2025 are provisional.", FOI_FMT_CSV);
        const char *rows[] = { "Allegation Type|2024|2025 YTD", "Sexual harassment|4|5", NULL };
        doc_table(&d, 1, NULL, rows);
        run(&d, &g, "kent");
        assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31|4|reported"));
        assert_true(has(&g, two ? "sexual_harassment|total|officers_and_staff|allegations|||5|reported"
                                : "sexual_harassment|total|officers_and_staff|allegations|2025-01-01|2025-10-31|5|reported"));
        done(&d, &g);
    }
    /* a definition of the year to date, or of the label's mark, wins over a
     * stretch stated on its own; a footnote "* 2025: 1 January to 31
     * October" (days without the year) defines the marked label */
    static const struct { const char *note, *label, *want; } defs[] = {
        { "Figures for 1 January to 31 March 2025 are provisional. YTD figures run to 30 September 2025.", "2025 YTD",
          "2025-01-01|2025-09-30" },
        { "YTD = year to 31 October 2025.", "2025 YTD", "2025-01-01|2025-10-31" },
        { "* to 31 October 2025", "2025 YTD*", "2025-01-01|2025-10-31" },
        { "* to 31 October 2025", "2025/26*", "2025-04-01|2025-10-31" },
        { "* 2025: 1 January to 31 October", "2025*", "2025-01-01|2025-10-31" },
        { "* outcomes as at 31 October 2025", "2025*", "2025-01-01|2025-12-31" },
    };
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++) {
        char lines[512], head[64], want[160];
        snprintf(lines, sizeof lines, "Allegations against police officers and police staff\n%s", defs[i].note);
        snprintf(head, sizeof head, "Allegation Type|%s", defs[i].label);
        snprintf(want, sizeof want, "sexual_harassment|total|officers_and_staff|allegations|%s|5|reported", defs[i].want);
        foi_doc_init(&d, "x.csv");
        doc_lines(&d, lines, FOI_FMT_CSV);
        const char *rows[] = { head, "Sexual harassment|5", NULL };
        doc_table(&d, 1, NULL, rows);
        run(&d, &g, "kent");
        if (!has(&g, want))
            fail_msg("'%s' under '%s': want %s", defs[i].label, defs[i].note, want);
        done(&d, &g);
    }
    foi_doc_init(&d, "x.html");
    doc_lines(&d, "Essex Police\n# Request\nHow many allegations of sexual harassment against officers and staff were "
                  "recorded in each calendar year 2024 and 2025 to date (1 January - 31 October 2025)?\n# Response\n"
                  "The table gives the figures.\n# Allegations", FOI_FMT_HTML);
    const char *rows[] = { "Allegation type|2024|2025", "Sexual harassment|5|3", NULL };
    doc_table(&d, 1, NULL, rows);
    d.tables[0].heading = d.lines[5].text;
    run(&d, &g, "essex");
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31|5|reported"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-01-01|2025-10-31|3|reported"));
    done(&d, &g);
}

/* A footnote saying the marked year is "the current ... year to" a day
 * inside it ("\xe2\x80\xa0 2025 is the current calendar year to 31 August
 * 2025") defines that column as the year to that day, not the twelve months
 * to it; a Total across the columns ends there too. A day outside the year
 * defines nothing (round 45a). */
/* Days an earlier answer gave a year are not what the year means in this
 * one: "The 2025 column replaces last year's part-year table (1 January to
 * 30 September 2025) with the whole year"; "Our reply last year gave 2025
 * only to 30 September". The 2025 column is the whole calendar year. */
static void test_earlier_answer_days_define_nothing(void **state)
{
    (void)state;
    static const char *const notes[] = {
        "Note: the 2025 column replaces last year's part-year table (1 January to 30 September 2025) with the whole year.\n",
        "Note: our reply last year gave 2025 only to 30 September; this table adds the whole of 2025.\n",
    };
    for (int k = 0; k < 2; k++) {
        struct foi_doc d;
        struct got g;
        char csv[512];
        snprintf(csv, sizeof csv, "Allegations against police officers\n"
                                  "Allegation Type,2024,2025\n"
                                  "Sexual harassment,4,5\n"
                                  "Sexual assault,2,1\n%s", notes[k]);
        foi_doc_init(&d, "x.csv");
        d.tax = tax;
        struct foi_err err;
        foi_err_clear(&err);
        assert_int_equal(foi_read_csv(&d, csv, strlen(csv), NULL, &err), 0);
        run(&d, &g, "kent");
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31|5|reported"));
        for (size_t i = 0; i < g.ds.nrecords; i++)
            assert_string_not_equal(g.ds.records[i].period_end, "2025-09-30");
        done(&d, &g);
    }
}

static void test_part_year_year_to_day(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char csv[] = "Allegations against police officers\n"
                              "Allegation Type,2024,2025 \xe2\x80\xa0,Total\n"
                              "Sexual harassment,4,5,9\n"
                              "Sexual assault,2,1,3\n"
                              "\xe2\x80\xa0 2025 is the current calendar year to 31 August 2025. Figures are by the date "
                              "the allegation was recorded.\n";
    foi_doc_init(&d, "x.csv");
    d.tax = tax;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_read_csv(&d, csv, sizeof csv - 1, NULL, &err), 0);
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-08-31|5|reported"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|4|reported"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2025-08-31|9|reported"));
    for (size_t i = 0; i < g.ds.nrecords; i++) {
        assert_string_not_equal(g.ds.records[i].period_start, "2024-09-01");
        assert_string_not_equal(g.ds.records[i].period_end, "2025-12-31");
    }
    done(&d, &g);

    static const char csv2[] = "Allegations against police officers\n"
                               "Allegation Type,2024,2025 \xe2\x80\xa0\n"
                               "Sexual harassment,4,5\n"
                               "\xe2\x80\xa0 2025 is the current calendar year to 31 August 2026.\n";
    foi_doc_init(&d, "x.csv");
    d.tax = tax;
    foi_err_clear(&err);
    assert_int_equal(foi_read_csv(&d, csv2, sizeof csv2 - 1, NULL, &err), 0);
    run(&d, &g, "kent");
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_string_not_equal(g.ds.records[i].period_end, "2025-08-31");
    done(&d, &g);
}

/* Round 42a: the response's own date. A year "to date" with no end of its
 * own ends on the day the data were extracted when the document gives it,
 * else on the date of the letter ("Dated 9 December 2026"); a footnote
 * marked with a superscript digit defines its label; a whole year not over
 * on the letter's date is kept below 0.5, never emitted as that year with
 * confidence. */
static void test_part_year_to_letter_date(void **state)
{
    (void)state;
    static const struct { const char *lines, *label, *want; } t[] = {
        { "Kent Police\nDated 9 December 2026\nAllegations against police officers and police staff",
          "2026/27 (to date)", "2026-04-01|2026-12-09" },
        { "Kent Police\nDate: 9 December 2026\nAllegations against police officers and police staff\n"
          "Data extracted on 30/11/2026.", "2026/27 (to date)", "2026-04-01|2026-11-30" },
        { "Kent Police\nDate: 17 December 2026\nAllegations against police officers and police staff\n"
          "\xc2\xb2 1 April 2026 to 6 December 2026, the date the data were extracted",
          "2026/27\xc2\xb2", "2026-04-01|2026-12-06" },
        /* no letter's date: "to date" stays unresolved */
        { "Kent Police\nAllegations against police officers and police staff", "2026/27 (to date)", "|" },
    };
    struct foi_doc d;
    struct got g;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char head[64], want[160];
        snprintf(head, sizeof head, "Allegation Type|2025/26|%s", t[i].label);
        snprintf(want, sizeof want, "sexual_harassment|total|officers_and_staff|allegations|%s|5|reported", t[i].want);
        foi_doc_init(&d, "x.csv");
        doc_lines(&d, t[i].lines, FOI_FMT_CSV);
        const char *rows[] = { head, "Sexual harassment|4|5", NULL };
        doc_table(&d, 1, NULL, rows);
        run(&d, &g, "kent");
        if (!has(&g, want))
            fail_msg("'%s': want %s", t[i].label, want);
        assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-04-01|2026-03-31|4|reported"));
        done(&d, &g);
    }
    /* "2026/27" whole in a letter of 9 December 2026: below 0.5, with why */
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Kent Police\nDate: 9 December 2026\nAllegations against police officers and police staff",
              FOI_FMT_CSV);
    const char *rows[] = { "Allegation Type|2025/26|2026/27", "Sexual harassment|4|5", NULL };
    doc_table(&d, 1, NULL, rows);
    run(&d, &g, "kent");
    int seen = 0;
    for (size_t i = 0; i < g.ds.nrecords; i++) {
        const struct foi_record *r = &g.ds.records[i];
        if (!strcmp(r->period_start, "2026-04-01")) {
            seen++;
            assert_true(r->confidence < 0.5);
        } else {
            assert_true(r->confidence >= 0.5);
        }
    }
    assert_int_equal(seen, 1);
    done(&d, &g);
}

/* The request asks for "2024/25 to date" and the table's "2024/25" says
 * nowhere where it stops: never the whole year (empty dates); where a line
 * says ("The 2024/25 column covers ..."), that end. */
static void test_part_year_requested_to_date(void **state)
{
    (void)state;
    for (int defined = 0; defined < 2; defined++) {
        struct foi_doc d;
        foi_doc_init(&d, "x.html");
        doc_lines(&d, defined ? "Essex Police\n# Request\nHow many allegations of sexual harassment against officers "
                                "and staff were recorded in 2023/24 and in 2024/25 to date?\n# Response\n"
                                "The 2024/25 column covers 1 April 2024 to 31 July 2024.\n# Allegations"
                              : "Essex Police\n# Request\nHow many allegations of sexual harassment against officers "
                                "and staff were recorded in 2023/24 and in 2024/25 to date?\n# Response\n"
                                "The table gives the figures.\n# Allegations", FOI_FMT_HTML);
        const char *rows[] = { "Allegation type|2023/24|2024/25", "Sexual harassment|5|3", NULL };
        doc_table(&d, 1, NULL, rows);
        d.tables[0].heading = d.lines[5].text;
        struct got g;
        run(&d, &g, "essex");
        assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-03-31|5|reported"));
        assert_true(has(&g, defined ? "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2024-07-31|3|reported"
                                    : "sexual_harassment|total|officers_and_staff|allegations|||3|reported"));
        for (size_t i = 0; i < g.ds.nrecords; i++)
            assert_string_not_equal(g.ds.records[i].period_end, "2025-03-31");
        done(&d, &g);
    }
}

static void test_subject_columns_total_is_both(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations of sexual misconduct - calendar year 2021 (1 January 2021 to 31 December 2021)", FOI_FMT_CSV);
    const char *rows[] = { "Allegation type|Outcome|Police officers|Police staff|Total",
                           "Sexual harassment|Withdrawn|1|0|1", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, "hampshire");
    assert_int_equal(g.ds.nrecords, 3);
    assert_true(has(&g, "sexual_harassment|withdrawn|officers|allegations|2021-01-01|2021-12-31|1|reported"));
    assert_true(has(&g, "sexual_harassment|withdrawn|staff|allegations|2021-01-01|2021-12-31|0|reported"));
    assert_true(has(&g, "sexual_harassment|withdrawn|officers_and_staff|allegations|2021-01-01|2021-12-31|1|reported"));
    done(&d, &g);
}

static void test_two_header_rows_and_caption(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.html");
    doc_lines(&d, "# Request\nHow many allegations of abuse of position for a sexual purpose were made against officers and staff?\n"
                  "# Allegations of abuse of position for a sexual purpose, by financial year", FOI_FMT_HTML);
    const char *rows[] = { "Outcome|2019/20|2019/20|2020/21|2020/21",
                           "Outcome|Officers|Staff|Officers|Staff",
                           "Dismissed|2|0|3|1",
                           "Total|6|2|6|1", NULL };
    doc_table(&d, 2, NULL, rows);
    d.tables[0].heading = d.lines[2].text;
    struct got g;
    run(&d, &g, "merseyside");
    assert_int_equal(g.ds.nrecords, 8);
    assert_true(has(&g, "abuse_of_position_sexual|dismissed|staff|allegations|2020-04-01|2021-03-31|1|reported"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2019-04-01|2020-03-31|6|reported"));
    done(&d, &g);
}

static void test_categories_by_outcomes_suppressed(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.html");
    doc_lines(&d, "# Request\nPlease provide the number of allegations made against officers and staff between 1 April 2019 and 31 March 2022.\n"
                  "* Figures of fewer than five have been replaced with an asterisk under section 40(2).", FOI_FMT_HTML);
    d.lines[2].flags |= FOI_LINE_FOOTNOTE;
    const char *rows[] = { "|Dismissed|Reflective practice (RPRP)|Total",
                           "Sexual assault|38|*|440",
                           "Domestic abuse|*|29|1,107", NULL };
    doc_table(&d, 1, "Allegations against MPS officers and staff recorded 01/04/2019 - 31/03/2022", rows);
    d.tables[0].anchor_line = 2;
    struct got g;
    run(&d, &g, "metropolitan");
    assert_int_equal(g.ds.nrecords, 6);
    assert_true(has(&g, "sexual_assault|management_action|officers_and_staff|allegations|2019-04-01|2022-03-31||suppressed"));
    assert_true(has(&g, "domestic_abuse|total|officers_and_staff|allegations|2019-04-01|2022-03-31|1107|reported"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (g.ds.records[i].v.status == FOI_VS_SUPPRESSED) {
            assert_int_equal(g.ds.records[i].v.min, 0);
            assert_int_equal(g.ds.records[i].v.max, 4);
            assert_string_equal(g.ds.records[i].v.exemption, "s40(2)");
        }
    done(&d, &g);
}

static void test_long_monthly_table(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "", FOI_FMT_CSV);
    d.nlines = 0;
    const char *rows[] = { "Month|Allegation Category|Subject Type|Outcome|Number of Allegations",
                           "Apr-23|Sexual Harassment|Police Officer|No Case to Answer|1",
                           "Feb-24|Abuse of Position for Sexual Purpose|Police Staff|Under Investigation|3", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, "thames-valley");
    assert_int_equal(g.ds.nrecords, 2);
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2023-04-01|2023-04-30|1|reported"));
    assert_true(has(&g, "abuse_of_position_sexual|ongoing|staff|allegations|2024-02-01|2024-02-29|3|reported"));
    done(&d, &g);
}

static void test_national_table_skips_regions_and_denominators(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations of sexual misconduct against police officers, financial year 2022/23", FOI_FMT_CSV);
    const char *rows[] = { "Force|Allegations|Officer headcount",
                           "North West|40|20000",
                           "Cheshire|12|2100",
                           "Avon & Somerset|15|3000",
                           "England and Wales|900|140000", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, NULL);
    assert_int_equal(g.ds.nrecords, 3);
    int cheshire = 0, e_w = 0;
    for (size_t i = 0; i < g.ds.nrecords; i++) {
        if (!strcmp(g.ds.records[i].force_id, "cheshire") && g.ds.records[i].v.value == 12) cheshire = 1;
        if (!strcmp(g.ds.records[i].force_id, "england-and-wales") && g.ds.records[i].v.value == 900) e_w = 1;
    }
    assert_true(cheshire);
    assert_true(e_w);
    done(&d, &g);
}

static void test_bullets_under_headings(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.txt");
    doc_lines(&d, "in which you asked:\n"
                  "\"How many allegations of abuse of position for a sexual purpose were made against officers and staff in 2021 and 2022?\"\n"
                  "\n"
                  "Abuse of position for a sexual purpose \xe2\x80\x93 calendar year 2021\n"
                  "\n"
                  "\xe2\x80\xa2 Total allegations \xe2\x80\x93 11\n"
                  "\xe2\x80\xa2 Dismissed \xe2\x80\x93 fewer than five*\n"
                  "\n"
                  "* Figures of fewer than five have been withheld under section 40(2) of the Act.", FOI_FMT_TEXT);
    struct got g;
    run(&d, &g, "devon-and-cornwall");
    assert_int_equal(g.ds.nrecords, 2);
    assert_true(has(&g, "abuse_of_position_sexual|total|officers_and_staff|allegations|2021-01-01|2021-12-31|11|reported"));
    assert_true(has(&g, "abuse_of_position_sexual|dismissed|officers_and_staff|allegations|2021-01-01|2021-12-31||suppressed"));
    done(&d, &g);
}

static void test_prose(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.txt");
    doc_lines(&d, "in which you asked:\n"
                  "\"In the calendar year 2022, how many allegations of domestic abuse were made against officers and staff?\"\n"
                  "\n"
                  "In 2022 the force recorded nine allegations of domestic abuse against its officers and staff. Two resulted in\n"
                  "dismissal and one in a final written warning. The remaining six are ongoing. None of the allegations\n"
                  "resulted in a reduction in rank.\n"
                  "\n"
                  "You may ask for a review within 40 working days.", FOI_FMT_TEXT);
    struct got g;
    run(&d, &g, "staffordshire");
    assert_true(has(&g, "domestic_abuse|total|officers_and_staff|allegations|2022-01-01|2022-12-31|9|reported"));
    assert_true(has(&g, "domestic_abuse|dismissed|officers_and_staff|allegations|2022-01-01|2022-12-31|2|reported"));
    assert_true(has(&g, "domestic_abuse|final_written_warning|officers_and_staff|allegations|2022-01-01|2022-12-31|1|reported"));
    assert_true(has(&g, "domestic_abuse|ongoing|officers_and_staff|allegations|2022-01-01|2022-12-31|6|reported"));
    assert_true(has(&g, "domestic_abuse|reduction_in_rank|officers_and_staff|allegations|2022-01-01|2022-12-31|0|reported"));
    assert_int_equal(g.ds.nrecords, 5);
    done(&d, &g);
}

static void test_refusal(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.txt");
    doc_lines(&d, "# REQUEST\n"
                  "\"Between 1 January 2016 and 31 December 2020, how many allegations of (a) sexual assault and (b) sexual harassment were made against officers and staff?\"\n"
                  "# RESPONSE\n"
                  "The cost of complying would exceed the appropriate limit under section 12 of the Act (18 hours at \xc2\xa3" "25).", FOI_FMT_TEXT);
    struct got g;
    run(&d, &g, "west-midlands");
    assert_int_equal(g.ds.nrecords, 2);
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2016-01-01|2020-12-31||refused"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2016-01-01|2020-12-31||refused"));
    assert_string_equal(g.ds.records[0].v.exemption, "s12");
    done(&d, &g);
}

static void test_probes_on_empty_document(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "empty");
    d.tax = tax;
    for (int i = 0; i < foi_nparsers; i++) {
        int s = foi_parsers[i]->probe(&d);
        assert_true(s >= 0 && s <= 100);
    }
    assert_int_equal(foi_engine_probe_tables(&d), 0);
    assert_int_equal(foi_engine_probe_letter(&d), 0);
    /* parse of an empty document emits nothing */
    struct got g;
    run(&d, &g, NULL);
    assert_int_equal(g.ds.nrecords, 0);
    done(&d, &g);
}

static void test_registry_names_unique(void **state)
{
    (void)state;
    for (int i = 0; i < foi_nparsers; i++) {
        assert_non_null(foi_parsers[i]->name);
        assert_ptr_equal(foi_parser_find(foi_parsers[i]->name), foi_parsers[i]);
        for (int j = i + 1; j < foi_nparsers; j++)
            assert_string_not_equal(foi_parsers[i]->name, foi_parsers[j]->name);
        if (foi_parsers[i]->force_id)
            assert_true(foi_taxonomy_has(tax, FOI_VOCAB_FORCE, foi_parsers[i]->force_id));
    }
}

/* A year "to date" in a response dated after that year's last day is the
 * whole year (its own "Date:", a line that is only a day, or the day of the
 * request it answers); dated inside the year, or undated, it keeps no end. */
static void test_to_date_after_year_end(void **state)
{
    (void)state;
    static const char *const heads[] = { "Date: 14 May 2025\n", "12 May 2025\n",
                                         "Thank you for your request dated 2 May 2025.\n",
                                         "Date: 14 March 2025\n", "" };
    for (int k = 0; k < 5; k++) {
        int after = k < 3;
        for (int ytd = 0; ytd < 2; ytd++) {
            char text[600];
            snprintf(text, sizeof text, "Essex Police\n%s# Request\nHow many allegations of sexual harassment "
                     "against officers and staff were recorded in 2023/24 and in 2024/25 to date?\n# Response\n"
                     "The table gives the figures.\n# Allegations", heads[k]);
            struct foi_doc d;
            foi_doc_init(&d, "x.html");
            doc_lines(&d, text, FOI_FMT_HTML);
            const char *rows[] = { "Allegation type|2023/24|2024/25", "Sexual harassment|5|3", NULL };
            const char *rows_ytd[] = { "Allegation type|2023/24|2024/25 YTD", "Sexual harassment|5|3", NULL };
            doc_table(&d, 1, NULL, ytd ? rows_ytd : rows);
            d.tables[0].heading = d.lines[d.nlines - 1].text;
            struct got g;
            run(&d, &g, "essex");
            /* round 42a: a letter dated inside the year ("Date: 14 March
             * 2025") ends its "to date" on that day; with no date of its
             * own, nothing ends it */
            int dated = k == 3;
            assert_true(has(&g, after ? "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31|3|reported"
                                : dated ? "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-14|3|reported"
                                        : "sexual_harassment|total|officers_and_staff|allegations|||3|reported"));
            int flagged = 0;
            for (size_t i = 0; i < g.ds.nissues; i++)
                flagged += !strcmp(g.ds.issues[i].code, "period_unresolved");
            assert_int_equal(flagged, after || dated ? 0 : 1);
            done(&d, &g);
        }
    }
}

/* "the calendar year 2023 is not held, because allegations recorded between
 * January and March 2023 remain on the old system": the stretch is why, not
 * what "2023" means; the year's cells keep the whole year. */
static void test_reason_is_no_part_year(void **state)
{
    (void)state;
    struct foi_doc d;
    foi_doc_init(&d, "x.csv");
    doc_lines(&d, "Allegations against police officers and police staff\n"
                  "The calendar year 2023 is not held, because allegations recorded between January and March 2023 "
                  "remain on the old system.", FOI_FMT_CSV);
    const char *rows[] = { "Allegation Type|2023|2024", "Sexual assault|Not held|4", NULL };
    doc_table(&d, 1, NULL, rows);
    struct got g;
    run(&d, &g, "kent");
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-01-01|2024-12-31|4|reported"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_string_not_equal(g.ds.records[i].period_end, "2023-03-31");
    done(&d, &g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_to_date_after_year_end),
        cmocka_unit_test(test_reason_is_no_part_year),
        cmocka_unit_test(test_periods_as_columns_with_total),
        cmocka_unit_test(test_subject_columns_total_is_both),
        cmocka_unit_test(test_two_header_rows_and_caption),
        cmocka_unit_test(test_categories_by_outcomes_suppressed),
        cmocka_unit_test(test_long_monthly_table),
        cmocka_unit_test(test_national_table_skips_regions_and_denominators),
        cmocka_unit_test(test_bullets_under_headings),
        cmocka_unit_test(test_prose),
        cmocka_unit_test(test_refusal),
        cmocka_unit_test(test_part_year_defined_away_from_label),
        cmocka_unit_test(test_year_label_runs_to_a_day),
        cmocka_unit_test(test_part_year_undefined),
        cmocka_unit_test(test_statement_figures_count),
        cmocka_unit_test(test_see_note_cells),
        cmocka_unit_test(test_note_not_held_years),
        cmocka_unit_test(test_part_year_requested_to_date),
        cmocka_unit_test(test_part_year_from_stretch_or_request),
        cmocka_unit_test(test_part_year_to_letter_date),
        cmocka_unit_test(test_part_year_year_to_day),
        cmocka_unit_test(test_earlier_answer_days_define_nothing),
        cmocka_unit_test(test_probes_on_empty_document),
        cmocka_unit_test(test_registry_names_unique),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
