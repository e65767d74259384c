/* test_period.c: period expressions (SPEC "Periods"): whole cells and headers,
 * periods found in prose, things that only look like periods (references,
 * phone numbers, Acts), and the date helpers. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../../normalize/normalize.h"

enum { CTX_NONE = 0, CTX_FY = 1, CTX_SERIAL = 2, CTX_REQ_FY2223 = 4 };

static void make_ctx(int flags, struct foi_period_ctx *ctx, struct foi_period *req)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->bare_year_is_fy = (flags & CTX_FY) != 0;
    ctx->allow_excel_serial = (flags & CTX_SERIAL) != 0;
    if (flags & CTX_REQ_FY2223) {
        memset(req, 0, sizeof *req);
        req->start = (struct foi_date){ 2022, 4, 1 };
        req->end = (struct foi_date){ 2023, 3, 31 };
        req->resolved = 1;
        req->kind = FOI_PER_FY;
        ctx->request = req;
    }
}

static void iso_span(const struct foi_period *p, char *buf)
{
    char a[11], b[11];
    foi_date_iso(&p->start, a);
    foi_date_iso(&p->end, b);
    sprintf(buf, "%s..%s", a, b);
}

struct parse_case {
    const char *text;
    int flags;
    const char *span;   /* "YYYY-MM-DD..YYYY-MM-DD", NULL when unresolved */
    int kind;
};

static const struct parse_case parse_cases[] = {
    /* financial years */
    { "2019/20", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "2019-20", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "2019\xe2\x80\x93" "20", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "2019/2020", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "FY19/20", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "FY 2019/20", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    /* round 41a: "FYE 2025", financial year ending (in March) 2025 */
    { "FYE 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "FYE: 2026", 0, "2025-04-01..2026-03-31", FOI_PER_FY },
    { "FYE 24", 0, "2023-04-01..2024-03-31", FOI_PER_FY },
    { "FYE 2024/25", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "Year ending 31 March 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    /* round 42a: GOV.UK's "financial year 2024 to 2025" is one financial
     * year; "financial years 2024 to 2025" alone may be two (unread) */
    { "Financial year 2024 to 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "the financial year 2026 to 2027", 0, "2026-04-01..2027-03-31", FOI_PER_FY },
    { "FY 2024 to 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "financial years 2024 to 2025", 0, NULL, 0 },
    { "financial year 2024 to 2026", 0, NULL, 0 },
    /* round 42a: "YE"/"Y/E"/"year end" + a month: the twelve months to its end */
    { "YE Mar 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "Y/E Sep 2025", 0, "2024-10-01..2025-09-30", FOI_PER_RANGE },
    { "YE 31/03/2026", 0, "2025-04-01..2026-03-31", FOI_PER_FY },
    { "Year end December 2024", 0, "2024-01-01..2024-12-31", FOI_PER_CALENDAR_YEAR },
    { "YE: June 2025", 0, "2024-07-01..2025-06-30", FOI_PER_RANGE },
    { "YE 2025", 0, NULL, 0 },
    /* a financial year's end spelled with a month or a bare year ("FYE Mar
     * 2025", "FY ending 2025"); "FY 2025" alone says neither end: none, never
     * the calendar year, unless the document says its years are financial */
    { "FYE Mar 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "FY ending March 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "FY ending 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "Financial year ending 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "Financial year ended 2025", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "FY 2025", 0, NULL, 0 },
    { "Financial year 2025", 0, NULL, 0 },
    { "FY 2025", CTX_FY, "2025-04-01..2026-03-31", FOI_PER_FY },
    { "Year ending 2025", 0, NULL, 0 },
    { "year end 2025", 0, NULL, 0 },
    { "FY2019-2020", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "financial year 2019/20", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "Financial Year 2022-23", 0, "2022-04-01..2023-03-31", FOI_PER_FY },
    { "1999/00", 0, "1999-04-01..2000-03-31", FOI_PER_FY },
    { "April 2019 to March 2020", 0, "2019-04-01..2020-03-31", FOI_PER_RANGE },
    /* a spreadsheet's short month format (mmm yy) at each end: months of
     * two-digit years in whole quarters or years, never days of no year */
    { "Apr 23 - Mar 24", 0, "2023-04-01..2024-03-31", FOI_PER_RANGE },
    { "Jan 25 - Dec 25", 0, "2025-01-01..2025-12-31", FOI_PER_RANGE },
    { "Jul 24 to Sep 24", 0, "2024-07-01..2024-09-30", FOI_PER_RANGE },
    { "Jun 10 - Jun 14", 0, NULL, 0 },
    { "Mar 24 - Jan 24", 0, NULL, 0 },
    /* a quarter's months and the two-digit year its last month falls in */
    { "Apr-Jun 25", 0, "2025-04-01..2025-06-30", FOI_PER_RANGE },
    { "Jan-Mar 26", 0, "2026-01-01..2026-03-31", FOI_PER_RANGE },
    { "Nov-Jan 26", 0, "2025-11-01..2026-01-31", FOI_PER_RANGE },
    { "Apr - Mar 26", 0, "2025-04-01..2026-03-31", FOI_PER_RANGE },
    { "Apr-May 25", 0, NULL, 0 },
    /* halves of a calendar or financial year */
    { "H1 2025", 0, "2025-01-01..2025-06-30", FOI_PER_RANGE },
    { "H2 2025", 0, "2025-07-01..2025-12-31", FOI_PER_RANGE },
    { "H1 2025/26", 0, "2025-04-01..2025-09-30", FOI_PER_RANGE },
    { "H2 2025/26", 0, "2025-10-01..2026-03-31", FOI_PER_RANGE },
    { "H3 2025", 0, NULL, 0 },
    /* two years joined by a dash, settled by the months in brackets */
    { "2024-2025 (Apr-Mar)", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "2023 - 2024 (April to March)", 0, "2023-04-01..2024-03-31", FOI_PER_FY },
    { "2024-2025 (Jan-Dec)", 0, NULL, 0 },
    { "2024-2025", 0, NULL, 0 },
    /* a year so far: from its start to a day inside it */
    { "2025/26 to 31 May 2025", 0, "2025-04-01..2025-05-31", FOI_PER_RANGE },
    /* ... to a day or month without its year, the one place it falls in the year */
    { "2025 to 31 Oct", 0, "2025-01-01..2025-10-31", FOI_PER_RANGE },
    { "2025 to October", 0, "2025-01-01..2025-10-31", FOI_PER_RANGE },
    { "2024/25 up to 31/12", 0, "2024-04-01..2024-12-31", FOI_PER_RANGE },
    { "2025 (to 31/10)", 0, "2025-01-01..2025-10-31", FOI_PER_RANGE },
    { "2025 (1 Jan - 31 Oct)", 0, "2025-01-01..2025-10-31", FOI_PER_RANGE },
    { "2025 to 31 December", 0, "2025-01-01..2025-12-31", FOI_PER_CALENDAR_YEAR },
    { "2025 (1 Feb - 31 Oct)", 0, NULL, 0 },
    { "2025-31", 0, NULL, 0 },
    { "2025 to 31/13", 0, NULL, 0 },
    /* Welsh month names and "i" (to) between days */
    { "1 Ebrill 2022 i 31 Hydref 2025", 0, "2022-04-01..2025-10-31", FOI_PER_RANGE },
    { "Mehefin 2024", 0, "2024-06-01..2024-06-30", FOI_PER_MONTH },
    { "2022 i 2023", 0, NULL, 0 },
    { "Financial year 2023/24 to 30 September 2023", 0, "2023-04-01..2023-09-30", FOI_PER_RANGE },
    { "2024 to 30 June 2024", 0, "2024-01-01..2024-06-30", FOI_PER_RANGE },
    { "year ending 31 March 2020", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "(2019/20)", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "2019/20*", 0, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "Financial year 2021/22 (1 April 2021 \xe2\x80\x93 31 March 2022)", 0, "2021-04-01..2022-03-31", FOI_PER_FY },
    { "2019/21", 0, NULL, 0 },             /* not consecutive */
    { "2019/19", 0, NULL, 0 },
    { "19/20", 0, "2019-04-01..2020-03-31", FOI_PER_FY },   /* round 38a: alone too (short_fy_alone) */
    { "FY19", 0, NULL, 0 },                /* 2018/19 or 2019/20? */
    { "2019-2020", 0, NULL, 0 },           /* a financial year or two calendar years? */
    /* round 42b: "FY" after the years says what they are */
    { "2024-25 FY", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "2024-2025 FY", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "2026-27 FY (to 30 Nov)", 0, "2026-04-01..2026-11-30", FOI_PER_RANGE },
    { "2024 FY", 0, NULL, 0 },
    { "2019 - 2020", 0, NULL, 0 },
    /* the months in brackets settle it: April to March is the financial year */
    { "2023-2024 (Apr-Mar)", 0, "2023-04-01..2024-03-31", FOI_PER_FY },
    { "2023-2024 (April to March)", 0, "2023-04-01..2024-03-31", FOI_PER_FY },
    { "2023-2024 (Jan-Dec)", 0, NULL, 0 },
    { "2024 (Jan-Dec)", 0, "2024-01-01..2024-12-31", FOI_PER_CALENDAR_YEAR },
    /* calendar years */
    { "2019", 0, "2019-01-01..2019-12-31", FOI_PER_CALENDAR_YEAR },
    { "2019", CTX_FY, "2019-04-01..2020-03-31", FOI_PER_FY },
    { "calendar year 2021", 0, "2021-01-01..2021-12-31", FOI_PER_CALENDAR_YEAR },
    { "calendar year 2021", CTX_FY, "2021-01-01..2021-12-31", FOI_PER_CALENDAR_YEAR },
    { "CY2021", 0, "2021-01-01..2021-12-31", FOI_PER_CALENDAR_YEAR },
    { "CY 2021", 0, "2021-01-01..2021-12-31", FOI_PER_CALENDAR_YEAR },
    { "In 2022", 0, "2022-01-01..2022-12-31", FOI_PER_CALENDAR_YEAR },
    { "2016-2020", 0, "2016-01-01..2020-12-31", FOI_PER_RANGE },
    { "between 2016 and 2020", 0, "2016-01-01..2020-12-31", FOI_PER_RANGE },
    { "Between 2016 and 2020", CTX_FY, "2016-04-01..2021-03-31", FOI_PER_RANGE },
    { "2018 to 2022", 0, "2018-01-01..2022-12-31", FOI_PER_RANGE },
    { "1850", 0, NULL, 0 },
    /* quarters */
    { "Q1 2020/21", 0, "2020-04-01..2020-06-30", FOI_PER_QUARTER },
    { "Q4 2020/21", 0, "2021-01-01..2021-03-31", FOI_PER_QUARTER },
    { "Q1 2021", 0, "2021-01-01..2021-03-31", FOI_PER_QUARTER },
    { "2021 Q3", 0, "2021-07-01..2021-09-30", FOI_PER_QUARTER },
    { "2021-Q4", 0, "2021-10-01..2021-12-31", FOI_PER_QUARTER },
    { "Quarter 2 2022", 0, "2022-04-01..2022-06-30", FOI_PER_QUARTER },
    { "Q1 FY2020/21", 0, "2020-04-01..2020-06-30", FOI_PER_QUARTER },
    /* round 36b: two-digit years a quarter names ("Q1 24/25"): its financial year */
    { "Q1 24/25", 0, "2024-04-01..2024-06-30", FOI_PER_QUARTER },
    { "Q4 25/26", 0, "2026-01-01..2026-03-31", FOI_PER_QUARTER },
    { "Quarter 3 24-25", 0, "2024-10-01..2024-12-31", FOI_PER_QUARTER },
    { "24/25 Q2", 0, "2024-07-01..2024-09-30", FOI_PER_QUARTER },
    { "Q1-Q2 26/27", 0, "2026-04-01..2026-09-30", FOI_PER_RANGE },
    { "Q1 24/26", 0, NULL, 0 },           /* not consecutive years */
    /* round 38a: "24/25" alone is the financial year when it can be nothing
     * else (a figure's caption, a column head: "24/25", "26/27 (to 30
     * November)"); a day and month ("11/12"), years that do not run on, a
     * reference glued on, days of a month and the hyphen stay unread */
    { "24/25", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "26/27 (to 30 November)", 0, "2026-04-01..2026-11-30", FOI_PER_RANGE },
    { "99/00", 0, "1999-04-01..2000-03-31", FOI_PER_FY },
    { "11/12", 0, NULL, 0 },
    { "24/26", 0, NULL, 0 },
    { "24/25/26", 0, NULL, 0 },
    { "24/25 December", 0, NULL, 0 },
    { "24-25", 0, NULL, 0 },
    { "Q5 2021", 0, NULL, 0 },
    /* a run of quarters of one year (round 32 part A) */
    { "2026-27 Q1-Q2", 0, "2026-04-01..2026-09-30", FOI_PER_RANGE },
    { "Q1-Q3 2025/26", 0, "2025-04-01..2025-12-31", FOI_PER_RANGE },
    { "2025 Q2 to Q4", 0, "2025-04-01..2025-12-31", FOI_PER_RANGE },
    { "2026-27 Q2-Q1", 0, NULL, 0 },
    { "January to March 2021", 0, "2021-01-01..2021-03-31", FOI_PER_RANGE },
    /* months */
    { "Sep-22", 0, "2022-09-01..2022-09-30", FOI_PER_MONTH },
    { "Apr-22", 0, "2022-04-01..2022-04-30", FOI_PER_MONTH },
    { "Sept 2022", 0, "2022-09-01..2022-09-30", FOI_PER_MONTH },
    { "Sept. 2022", 0, "2022-09-01..2022-09-30", FOI_PER_MONTH },
    { "September 2022", 0, "2022-09-01..2022-09-30", FOI_PER_MONTH },
    { "2022-09", 0, "2022-09-01..2022-09-30", FOI_PER_MONTH },
    { "09/2022", 0, "2022-09-01..2022-09-30", FOI_PER_MONTH },
    { "Feb 2024", 0, "2024-02-01..2024-02-29", FOI_PER_MONTH },
    { "Feb 2023", 0, "2023-02-01..2023-02-28", FOI_PER_MONTH },
    { "Feb 1900", 0, "1900-02-01..1900-02-28", FOI_PER_MONTH },
    { "Feb 2000", 0, "2000-02-01..2000-02-29", FOI_PER_MONTH },
    { "2022-13", 0, NULL, 0 },
    { "April", CTX_REQ_FY2223, "2022-04-01..2022-04-30", FOI_PER_MONTH },
    { "Jan", CTX_REQ_FY2223, "2023-01-01..2023-01-31", FOI_PER_MONTH },
    { "April", 0, NULL, 0 },               /* which April? */
    /* quarters and runs of months without their year, inside a context period */
    { "Q1", CTX_REQ_FY2223, "2022-04-01..2022-06-30", FOI_PER_QUARTER },
    { "Q4 (Jan\xe2\x80\x93Mar)", CTX_REQ_FY2223, "2023-01-01..2023-03-31", FOI_PER_QUARTER },
    { "Q2 (Jul-Sep)", CTX_REQ_FY2223, "2022-07-01..2022-09-30", FOI_PER_QUARTER },
    { "Apr\xe2\x80\x93Jun", CTX_REQ_FY2223, "2022-04-01..2022-06-30", FOI_PER_RANGE },
    { "October to March", CTX_REQ_FY2223, "2022-10-01..2023-03-31", FOI_PER_RANGE },
    { "Q3 (October to December)", CTX_REQ_FY2223, "2022-10-01..2022-12-31", FOI_PER_QUARTER },
    { "Q1", 0, NULL, 0 },                  /* of which year? */
    { "Q1 (Apr-Jun 2022)", 0, "2022-04-01..2022-06-30", FOI_PER_RANGE },   /* the parenthesis says */
    { "Apr-Jun", 0, NULL, 0 },
    { "Q1 (Jul-Sep)", CTX_REQ_FY2223, "2022-07-01..2022-09-30", FOI_PER_RANGE },   /* the months say */
    /* days */
    { "01/04/2019", 0, "2019-04-01..2019-04-01", FOI_PER_DAY },
    { "1/4/19", 0, "2019-04-01..2019-04-01", FOI_PER_DAY },
    { "01.04.2019", 0, "2019-04-01..2019-04-01", FOI_PER_DAY },
    { "1st April 2019", 0, "2019-04-01..2019-04-01", FOI_PER_DAY },
    { "1st of April 2019", 0, "2019-04-01..2019-04-01", FOI_PER_DAY },
    { "1 April 2019", 0, "2019-04-01..2019-04-01", FOI_PER_DAY },
    { "2019-04-01", 0, "2019-04-01..2019-04-01", FOI_PER_DAY },
    { "29/02/2024", 0, "2024-02-29..2024-02-29", FOI_PER_DAY },
    { "29/02/2023", 0, NULL, 0 },
    { "31/02/2020", 0, NULL, 0 },
    { "31 April 2020", 0, NULL, 0 },
    { "04/13/2019", 0, NULL, 0 },          /* American month-first */
    { "12/25/2020", 0, NULL, 0 },
    { "00/01/2020", 0, NULL, 0 },
    /* ranges */
    { "01/04/2019 - 31/03/2020", 0, "2019-04-01..2020-03-31", FOI_PER_RANGE },
    { "01/04/2019-31/03/2020", 0, "2019-04-01..2020-03-31", FOI_PER_RANGE },
    { "01/04/2019 \xe2\x80\x93 31/03/2022", 0, "2019-04-01..2022-03-31", FOI_PER_RANGE },
    { "from October 2021 to March 2022", 0, "2021-10-01..2022-03-31", FOI_PER_RANGE },
    { "1 September 2022 and 28 February 2023", 0, "2022-09-01..2023-02-28", FOI_PER_RANGE },
    { "between 1 April 2019 and 31 March 2022", 0, "2019-04-01..2022-03-31", FOI_PER_RANGE },
    { "January and February 2024", 0, "2024-01-01..2024-02-29", FOI_PER_RANGE },   /* months running on */
    /* a heading of the year so far: the stretch its parenthesis gives inside the year */
    { "2026/27 to date (1 Apr \xe2\x80\x93 31 Oct 2026)", 0, "2026-04-01..2026-10-31", FOI_PER_RANGE },
    { "2025 to date (1 January - 30 June 2025)", 0, "2025-01-01..2025-06-30", FOI_PER_RANGE },
    { "2024/25 to date (1 Jan - 30 June 2026)", 0, NULL, 0 },
    /* a mark of the year to date before a year with its own end day: that year to the day;
     * without the day, the year to date is what the document defines (engine), nothing here */
    { "FYTD 26/27 (to 31 Oct)", 0, "2026-04-01..2026-10-31", FOI_PER_RANGE },
    { "YTD 2025 (to 30 September)", 0, "2025-01-01..2025-09-30", FOI_PER_RANGE },
    { "Year to date 2025/26 (1 April to 31 December 2025)", 0, "2025-04-01..2025-12-31", FOI_PER_RANGE },
    { "Financial year to date 2024/25 (up to 28/02)", 0, "2024-04-01..2025-02-28", FOI_PER_RANGE },
    { "FYTD 26/27", 0, NULL, 0 },
    /* a period label and the days it covers beside it (a two-line table cell) */
    { "FY2026-27 YTD (to 30/11/2026)", 0, "2026-04-01..2026-11-30", FOI_PER_RANGE },
    { "2026/27 reporting year to date (to 30 November)", 0, "2026-04-01..2026-11-30", FOI_PER_RANGE },
    { "2026 so far (to 30 June 2026)", 0, "2026-01-01..2026-06-30", FOI_PER_RANGE },
    { "2026/27 YTD (to 30 June 2027)", 0, NULL, 0 },    /* past the year's end */
    { "Q1 2026/27 April to June 2026", 0, "2026-04-01..2026-06-30", FOI_PER_RANGE },
    { "Q3 2026/27 to date 1 October to 30 November 2026", 0, "2026-10-01..2026-11-30", FOI_PER_RANGE },
    { "2025 2026", 0, NULL, 0 },                        /* two years, neither inside the other */
    { "Q1 2026/27 April to June 2025", 0, NULL, 0 },    /* the days are not the quarter's */
    { "YTD 2025/26", 0, NULL, 0 },
    { "FYTD 26/27 (to 31 Oct 2027)", 0, NULL, 0 },       /* outside the year */
    { "YTD 2025 (1 March - 30 June)", 0, NULL, 0 },      /* not from the year's start */
    { "FYTD 26/27 (to 31 Oct) and more", 0, NULL, 0 },
    { "in November and December 2023", 0, "2023-11-01..2023-12-31", FOI_PER_RANGE },
    { "January and March 2024", 0, NULL, 0 },   /* a gap: two periods, not one span */
    { "2022/23 (to 31 December)", 0, "2022-04-01..2022-12-31", FOI_PER_RANGE },   /* a part year */
    { "2023/24 (up to the end of September)", 0, "2023-04-01..2023-09-30", FOI_PER_RANGE },
    { "2023 (to 30 June 2023)", 0, "2023-01-01..2023-06-30", FOI_PER_RANGE },
    { "2022/23 (to 31 March)", 0, "2022-04-01..2023-03-31", FOI_PER_FY },          /* the whole year */
    { "2022/23 (to 31 December 2023)", 0, NULL, 0 },                             /* outside it */
    { "2022/23 (April to December)", 0, "2022-04-01..2022-12-31", FOI_PER_RANGE },
    { "2023 (January-June)", 0, "2023-01-01..2023-06-30", FOI_PER_RANGE },
    { "2022/23 (April to March)", 0, "2022-04-01..2023-03-31", FOI_PER_FY },
    { "2017/18 to 2021/22", 0, "2017-04-01..2022-03-31", FOI_PER_RANGE },
    { "1 January to 31 December 2022", 0, "2022-01-01..2022-12-31", FOI_PER_RANGE },
    { "1 April 2021 until 30 June 2021", 0, "2021-04-01..2021-06-30", FOI_PER_RANGE },
    { "Apr-22 - Mar-23", 0, "2022-04-01..2023-03-31", FOI_PER_RANGE },
    { "31/03/2020 - 01/04/2019", 0, NULL, 0 },     /* start after end */
    { "2020-03-01 to 2019-01-01", 0, NULL, 0 },
    { "October to March 2022", 0, NULL, 0 },       /* borrowing would put the start after the end */
    { "1 April to 31 March", 0, NULL, 0 },         /* no year at all */
    { "2019 and 2020", 0, NULL, 0 },               /* two periods, not a range */
    /* relative */
    { "the last three years to the end of March 2019", 0, "2016-04-01..2019-03-31", FOI_PER_RANGE },
    { "the past 12 months to 30 September 2022", 0, "2021-10-01..2022-09-30", FOI_PER_RANGE },
    /* a count glued to its unit ("12m", "12mths", "3yrs"), not "Mar-25" alone (a month) */
    { "12m to Mar-25", 0, "2024-04-01..2025-03-31", FOI_PER_FY },
    { "12mths to 30/09/2025", 0, "2024-10-01..2025-09-30", FOI_PER_RANGE },
    { "12M to Sep-25", 0, "2024-10-01..2025-09-30", FOI_PER_RANGE },
    { "the last two years to February 2024", 0, "2022-03-01..2024-02-29", FOI_PER_RANGE },
    { "the last three years", 0, NULL, 0 },        /* to when? */
    /* Excel serial day numbers only in CSV date cells */
    { "44000", CTX_SERIAL, "2020-06-18..2020-06-18", FOI_PER_DAY },
    { "43556", CTX_SERIAL, "2019-04-01..2019-04-01", FOI_PER_DAY },
    { "44000", 0, NULL, 0 },
    { "19999", CTX_SERIAL, NULL, 0 },
    { "80001", CTX_SERIAL, NULL, 0 },
    { "44000 allegations", CTX_SERIAL, NULL, 0 },
    /* not periods */
    { "Total", 0, NULL, 0 },
    { "", 0, NULL, 0 },
    { "Section 1(1)(a)", 0, NULL, 0 },
    { "FOI 0344/23", 0, NULL, 0 },
    { "2512/22", 0, NULL, 0 },
    { "0344/23", 0, NULL, 0 },
    { "12", 0, NULL, 0 },
    { "Dismissed", 0, NULL, 0 },
    { "2019/20 Total", 0, NULL, 0 },
};

static void test_parse(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
        const struct parse_case *c = &parse_cases[i];
        struct foi_period_ctx ctx;
        struct foi_period req, p;
        make_ctx(c->flags, &ctx, &req);
        int r = foi_period_parse(c->text, &ctx, &p);
        char got[32] = "";
        if (r)
            iso_span(&p, got);
        if (!c->span) {
            if (r != 0 || p.resolved)
                fail_msg("parse '%s' = %s, want unresolved", c->text, got);
            continue;
        }
        if (r != 1 || !p.resolved || strcmp(got, c->span) != 0 || p.kind != c->kind)
            fail_msg("parse '%s' = %d %s kind %d, want %s kind %d", c->text, r, got, p.kind, c->span, c->kind);
    }
    struct foi_period p;
    assert_int_equal(foi_period_parse(NULL, NULL, &p), 0);
    assert_int_equal(foi_period_parse("2019/20", NULL, &p), 1);
}

struct find_case {
    const char *text;
    const char *span;    /* first period, NULL when none */
    const char *match;   /* the text it was found in */
};

static const struct find_case find_cases[] = {
    { "Outcomes of allegations received in FYE 2025:", "2024-04-01..2025-03-31", "FYE 2025" },
    { "In FY 2025 there were 4 allegations", NULL, NULL },
    { "Allegations in the FY ending March 2025: 4", "2024-04-01..2025-03-31", "FY ending March 2025" },
    { "In the financial year 2021/22 (1 April 2021 to 31 March 2022), a dozen allegations of abuse",
      "2021-04-01..2022-03-31", "financial year 2021/22 (1 April 2021 to 31 March 2022)" },
    { "received between 1 April 2022 and 31 March 2023:", "2022-04-01..2023-03-31",
      "between 1 April 2022 and 31 March 2023" },
    { "Between 2016 and 2020, Staffordshire Police received eleven allegations", "2016-01-01..2020-12-31",
      "Between 2016 and 2020" },
    { "during the calendar year 2022 (1 January to\n31 December 2022), and what", "2022-01-01..2022-12-31",
      "calendar year 2022 (1 January to\n31 December 2022)" },
    { "the figures for 2022 (1 April 2022 to 31 March 2023) are", "2022-04-01..2023-03-31",
      "2022 (1 April 2022 to 31 March 2023)" },
    { "in each calendar year from 2018 to 2022, by outcome", "2018-01-01..2022-12-31", "from 2018 to 2022" },
    /* a running total as stated: from the day "since" names to the day the
     * parenthesis names; in running text "2026/27 to date (...)" is the year
     * (the engine ties the stretch to it); a heading parsed whole is the
     * stretch (test_parse) */
    { "Total since 1 April 2020 (to 31 Oct 2026)", "2020-04-01..2026-10-31", "since 1 April 2020 (to 31 Oct 2026)" },
    { "cases since 1 April 2021 to 31 March 2024 were", "2021-04-01..2024-03-31",
      "since 1 April 2021 to 31 March 2024" },
    { "Total since 1 April 2020", "2020-04-01..2020-04-01", "1 April 2020" },
    { "2026/27 to date (1 Apr \xe2\x80\x93 31 Oct 2026)", "2026-04-01..2027-03-31", "2026/27" },
    /* a half or a quarter of the year named, never the whole year */
    { "twelve cases involving police officers in the first half of 2025, reflects", "2025-01-01..2025-06-30",
      "first half of 2025" },
    { "the first 2 cases in 2024", "2024-01-01..2024-12-31", "2024" },
    { "in each of the last four financial years (2019/20 to 2022/23), and", "2019-04-01..2023-03-31",
      "2019/20 to 2022/23" },
    { "Cases and allegations recorded 1 September 2022 to 28 February 2023", "2022-09-01..2023-02-28",
      "1 September 2022 to 28 February 2023" },
    { "Allegations against MPS officers and staff recorded 01/04/2019 \xe2\x80\x93 31/03/2022",
      "2019-04-01..2022-03-31", "01/04/2019 \xe2\x80\x93 31/03/2022" },
    { "In 2022 Staffordshire Police recorded nine allegations", "2022-01-01..2022-12-31", "2022" },
    { "Apr-22,Sexual Misconduct,Police Officer,Management Action,1", "2022-04-01..2022-04-30", "Apr-22" },
    { "over the last three years to the end of March 2019 there were", "2016-04-01..2019-03-31",
      "the last three years to the end of March 2019" },
    { "Sexual misconduct cases against officers and staff 2022/23 | Lancashire", "2022-04-01..2023-03-31",
      "2022/23" },
    /* things that are not periods */
    { "in accordance with Section 1(1)(a) and (b) of the Freedom of Information Act 2000, it is", NULL, NULL },
    { "within 40 working days of the date of our response", NULL, NULL },
    { "Wilmslow, Cheshire, SK9 5AF. Tel: 0303 123 1113", NULL, NULL },
    { "the appropriate limit of \xc2\xa3" "450, which equates to 18 hours at \xc2\xa3" "25 per hour", NULL, NULL },
    { "Our Ref: FOI 0344/23", NULL, NULL },
    { "FREEDOM OF INFORMATION REQUEST REFERENCE NUMBER: 2512/22", NULL, NULL },
    { "Reference: 01.FOI.22.024648", NULL, NULL },
    { "Request HC/FOI/2022/00789", NULL, NULL },
    { "Reference No: 2022-001456", NULL, NULL },
    { "FOI_001234-23_disclosure.html and FOI-2022-01234-response.html", NULL, NULL },
    { "the Police (Conduct) Regulations 2020 replaced the 2012 outcomes", "2012-01-01..2012-12-31", "2012" },
    { "Data Protection Act 2018", NULL, NULL },
    { "Notes: (1 April to 31 March)", NULL, NULL },
    { "2019-2020 figures are provisional", NULL, NULL },
    { "allegations made in 2025-2026 (Apr-Mar) are", "2025-04-01..2026-03-31", "2025-2026 (Apr-Mar)" },
    { "2019 \xe2\x80\x93 2020 figures", NULL, NULL },
    /* round 38a: a two-digit financial year in running text, not in a reference */
    { "Figure 2: allegations against officers and staff, 25/26", "2025-04-01..2026-03-31", "25/26" },
    { "24/25: 12 allegations of sexual assault", "2024-04-01..2025-03-31", "24/25" },
    { "Our Ref: FOI 23/24", NULL, NULL },
    { "exempt under sections 30/31 of the Act", NULL, NULL },
    { "held over 24/25 March", NULL, NULL },
    { "request ref 24/25-0117", NULL, NULL },
    { "2019/21 figures", NULL, NULL },
    { "about 2,019 of them", NULL, NULL },
    { "a rise of 2019% on", NULL, NULL },
    { "", NULL, NULL },
};

static void test_find(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof find_cases / sizeof find_cases[0]; i++) {
        const struct find_case *c = &find_cases[i];
        struct foi_period p;
        size_t at = 99, len = 99;
        int r = foi_period_find(c->text, NULL, &p, &at, &len);
        char got[32] = "";
        if (r)
            iso_span(&p, got);
        if (!c->span) {
            if (r)
                fail_msg("find '%s' = %s in '%.*s', want none", c->text, got, (int)len, c->text + at);
            continue;
        }
        if (r != 1 || strcmp(got, c->span) != 0)
            fail_msg("find '%s' = %d %s, want %s", c->text, r, got, c->span);
        if (len != strlen(c->match) || memcmp(c->text + at, c->match, len) != 0)
            fail_msg("find '%s' matched '%.*s', want '%s'", c->text, (int)len, c->text + at, c->match);
        assert_int_equal(foi_period_is(c->text), 1);
    }
    assert_int_equal(foi_period_is("Outcome"), 0);
    assert_int_equal(foi_period_is("2021/22"), 1);
}

static void test_find_all(void **state)
{
    (void)state;
    static const struct { const char *text; const char *spans[4]; } t[] = {
        { "For the calendar years 2021 and 2022, how many", { "2021-01-01..2021-12-31", "2022-01-01..2022-12-31" } },
        { "financial years 2021/22 and 2022/23", { "2021-04-01..2022-03-31", "2022-04-01..2023-03-31" } },
        { "in each of the financial years 2019/20, 2020/21 and 2021/22, showing",
          { "2019-04-01..2020-03-31", "2020-04-01..2021-03-31", "2021-04-01..2022-03-31" } },
        { "Outcome 2018 2019 2020 2021 2022 Total",
          { "2018-01-01..2018-12-31", "2019-01-01..2019-12-31", "2020-01-01..2020-12-31", "2021-01-01..2021-12-31" } },
        { "Between 1 April 2020 and 31 March 2022 ... 2020/21 2021/22",
          { "2020-04-01..2022-03-31", "2020-04-01..2021-03-31", "2021-04-01..2022-03-31" } },
        /* round 42a: GOV.UK's financial years in a list */
        { "for the financial years 2023 to 2024 and 2024 to 2025, by outcome",
          { "2023-04-01..2024-03-31", "2024-04-01..2025-03-31" } },
        { "Financial year: 2022 to 2023, 2023 to 2024 and 2024 to 2025",
          { "2022-04-01..2023-03-31", "2023-04-01..2024-03-31", "2024-04-01..2025-03-31" } },
        { "Sheet: Financial year 2025 to 2026", { "2025-04-01..2026-03-31" } },
        { "the calendar years 2023 and 2024 to 2025", { "2023-01-01..2023-12-31", "2024-01-01..2025-12-31" } },
        { "nothing here", { NULL } },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        struct foi_period ps[4];
        size_t at[4], len[4];
        int n = foi_period_find_all(t[i].text, NULL, ps, at, len, 4);
        int want = 0;
        while (want < 4 && t[i].spans[want])
            want++;
        if (n != want)
            fail_msg("find_all '%s': %d periods, want %d", t[i].text, n, want);
        for (int k = 0; k < n; k++) {
            char got[32];
            iso_span(&ps[k], got);
            if (strcmp(got, t[i].spans[k]) != 0)
                fail_msg("find_all '%s' #%d = %s, want %s", t[i].text, k, got, t[i].spans[k]);
            if (k > 0 && at[k] < at[k - 1] + len[k - 1])
                fail_msg("find_all '%s': overlapping matches", t[i].text);
        }
    }
    struct foi_period ps[2];
    assert_int_equal(foi_period_find_all("2019 2020 2021", NULL, ps, NULL, NULL, 2), 2);
    assert_int_equal(foi_period_find_all("2019", NULL, ps, NULL, NULL, 0), 0);
    struct foi_period_ctx ctx = { .bare_year_is_fy = 1 };
    assert_int_equal(foi_period_find_all("Outcome 2019 2020", &ctx, ps, NULL, NULL, 2), 2);
    char got[32];
    iso_span(&ps[1], got);
    assert_string_equal(got, "2020-04-01..2021-03-31");
}

/* foi_period_parse keeps its answers for short texts read without context
 * (period.c's memo): the same text asked again, or asked with a context,
 * gets the answer that text and context give, never another's. */
static void test_parse_memo(void **state)
{
    (void)state;
    struct foi_period_ctx plain, fy;
    struct foi_period req, p;
    make_ctx(CTX_NONE, &plain, &req);
    make_ctx(CTX_FY, &fy, &req);
    char got[32];
    for (int round = 0; round < 3; round++) {
        assert_int_equal(foi_period_parse("2024", &plain, &p), 1);
        iso_span(&p, got);
        assert_string_equal(got, "2024-01-01..2024-12-31");
        assert_int_equal(foi_period_parse("2024", &fy, &p), 1);
        iso_span(&p, got);
        assert_string_equal(got, "2024-04-01..2025-03-31");
        assert_int_equal(foi_period_parse("Outcome", &plain, &p), 0);
        assert_int_equal(p.resolved, 0);
        assert_int_equal(foi_period_parse("2019/20", NULL, &p), 1);
        iso_span(&p, got);
        assert_string_equal(got, "2019-04-01..2020-03-31");
    }
    /* many texts through the memo's slots, each read again the same way */
    char text[32], again[32];
    for (int y = 1990; y < 2090; y++)
        for (int m = 1; m <= 12; m++) {
            snprintf(text, sizeof text, "%02d/%d", m, y);
            struct foi_period a, b;
            int ra = foi_period_parse(text, &plain, &a);
            snprintf(again, sizeof again, "%s", text);   /* another buffer, the same text */
            int rb = foi_period_parse(again, &plain, &b);
            assert_int_equal(ra, rb);
            assert_memory_equal(&a, &b, sizeof a);
            assert_int_equal(ra, 1);
            assert_int_equal(a.start.y, y);
            assert_int_equal(a.start.m, m);
        }
}

/* A period found in running text whatever word opens it (period.c's
 * may_open skips the tokens no rule can start at: each opener it lets
 * through is tried here, after a word that opens nothing). */
static void test_find_openers(void **state)
{
    (void)state;
    static const struct { const char *phrase; const char *span; } t[] = {
        { "the last three years to the end of March 2019", "2016-04-01..2019-03-31" },
        { "last year to 31 March 2020", "2019-04-01..2020-03-31" },
        { "past 12 months ending 30 September 2022", "2021-10-01..2022-09-30" },
        { "previous two years to March 2021", "2019-04-01..2021-03-31" },
        { "twelve months ending 30 September 2022", "2021-10-01..2022-09-30" },
        { "six months to June 2021", "2021-01-01..2021-06-30" },
        { "financial year 2019/20", "2019-04-01..2020-03-31" },
        { "fiscal year 2019/20", "2019-04-01..2020-03-31" },
        { "year ending 31 March 2020", "2019-04-01..2020-03-31" },
        { "YE Mar 2025", "2024-04-01..2025-03-31" },
        { "Y/E Dec 2024", "2024-01-01..2024-12-31" },
        { "month ending 30 June 2021", "2021-06-01..2021-06-30" },
        { "between 1 April 2019 and 31 March 2020", "2019-04-01..2020-03-31" },
        { "from April 2019 to March 2020", "2019-04-01..2020-03-31" },
        { "since 1 April 2019 (to 31 March 2020)", "2019-04-01..2020-03-31" },
        { "FY2019/20", "2019-04-01..2020-03-31" },
        { "YTD 26-27", "2026-04-01..2027-03-31" },
        { "FYTD 26/27", "2026-04-01..2027-03-31" },
        { "Q1 2021", "2021-01-01..2021-03-31" },
        { "quarter 2 2021", "2021-04-01..2021-06-30" },
        { "calendar year 2021", "2021-01-01..2021-12-31" },
        { "first half of 2025", "2025-01-01..2025-06-30" },
        { "second half of 2024/25", "2024-10-01..2025-03-31" },
        { "third quarter of 2023", "2023-07-01..2023-09-30" },
        { "fourth quarter of 2023/24", "2024-01-01..2024-03-31" },
        { "CY2021", "2021-01-01..2021-12-31" },
        { "Sept 2021", "2021-09-01..2021-09-30" },
        { "1st April 2019 to 31 March 2020", "2019-04-01..2020-03-31" },
        { "01/04/2019", "2019-04-01..2019-04-01" },
        { "9/2021", "2021-09-01..2021-09-30" },
        { "2021-09", "2021-09-01..2021-09-30" },
    };
    /* open-ended: no period, and not the month or year it starts from */
    {
        struct foi_period ps[2];
        assert_int_equal(foi_period_find_all("Recorded April 2026 onwards", NULL, ps, NULL, NULL, 2), 0);
        assert_int_equal(foi_period_find_all("Cases from 2025 and later", NULL, ps, NULL, NULL, 2), 0);
    }
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char text[128];
        snprintf(text, sizeof text, "Figures: %s.", t[i].phrase);
        struct foi_period ps[2];
        size_t at[2], len[2];
        int n = foi_period_find_all(text, NULL, ps, at, len, 2);
        if (n < 1)
            fail_msg("find_all '%s': no period", text);
        char got[32];
        iso_span(&ps[0], got);
        if (strcmp(got, t[i].span) != 0 || at[0] != 9 || len[0] != strlen(t[i].phrase))
            fail_msg("find_all '%s' = %s at %zu+%zu, want %s at 9+%zu", text, got, at[0], len[0], t[i].span,
                     strlen(t[i].phrase));
    }
    /* no opener at all: nothing, and a long run of such words costs nothing */
    struct foi_period ps[1];
    assert_int_equal(foi_period_find_all("Figures: none, 120 cases (see 3.14) & more", NULL, ps, NULL, NULL, 1), 0);
}

static void test_dates(void **state)
{
    (void)state;
    static const struct { int y, m, days; } dim[] = {
        { 2024, 2, 29 }, { 2023, 2, 28 }, { 2000, 2, 29 }, { 1900, 2, 28 }, { 2100, 2, 28 },
        { 2023, 1, 31 }, { 2023, 4, 30 }, { 2023, 12, 31 }, { 2023, 0, 0 }, { 2023, 13, 0 },
    };
    for (size_t i = 0; i < sizeof dim / sizeof dim[0]; i++)
        assert_int_equal(foi_days_in_month(dim[i].y, dim[i].m), dim[i].days);

    static const struct { long serial; const char *iso; } xl[] = {
        { 1, "1900-01-01" }, { 59, "1900-02-28" }, { 61, "1900-03-01" }, { 25569, "1970-01-01" },
        { 43556, "2019-04-01" }, { 44000, "2020-06-18" }, { 45351, "2024-02-29" }, { 2958465, "9999-12-31" },
    };
    for (size_t i = 0; i < sizeof xl / sizeof xl[0]; i++) {
        struct foi_date d;
        char buf[11];
        assert_int_equal(foi_date_from_excel(xl[i].serial, &d), 0);
        foi_date_iso(&d, buf);
        if (strcmp(buf, xl[i].iso) != 0)
            fail_msg("excel %ld = %s, want %s", xl[i].serial, buf, xl[i].iso);
    }
    struct foi_date d;
    assert_int_equal(foi_date_from_excel(60, &d), FOI_ERANGE);   /* Lotus's 29 February 1900 */
    assert_int_equal(foi_date_from_excel(0, &d), FOI_ERANGE);
    assert_int_equal(foi_date_from_excel(-5, &d), FOI_ERANGE);
    assert_int_equal(foi_date_from_excel(2958466, &d), FOI_ERANGE);

    char buf[11];
    struct foi_date unset = { 0, 0, 0 };
    foi_date_iso(&unset, buf);
    assert_string_equal(buf, "");
    assert_int_equal(foi_date_parse_iso("2024-02-29", &d), 0);
    foi_date_add_days(&d, 1);
    foi_date_iso(&d, buf);
    assert_string_equal(buf, "2024-03-01");
    foi_date_add_days(&d, -366);
    foi_date_iso(&d, buf);
    assert_string_equal(buf, "2023-03-01");
    struct foi_date ye = { 2022, 12, 31 };
    foi_date_add_days(&ye, 1);
    assert_int_equal(ye.y, 2023);
    assert_int_equal(ye.m, 1);
    assert_int_equal(ye.d, 1);
    static const char *const bad_iso[] = { "2023-02-29", "2023-2-28", "20230228", "2023-02-28x", "", "abcd-ef-gh" };
    for (size_t i = 0; i < sizeof bad_iso / sizeof bad_iso[0]; i++)
        assert_int_equal(foi_date_parse_iso(bad_iso[i], &d), FOI_EPARSE);

    struct foi_date a = { 2020, 3, 31 }, b = { 2020, 4, 1 }, c = { 2019, 12, 31 };
    assert_true(foi_date_cmp(&a, &b) < 0);
    assert_true(foi_date_cmp(&b, &a) > 0);
    assert_true(foi_date_cmp(&c, &a) < 0);
    assert_int_equal(foi_date_cmp(&a, &a), 0);
    assert_true(foi_date_valid(&a));
    struct foi_date inv = { 2020, 2, 30 };
    assert_false(foi_date_valid(&inv));
}

static void test_span(void **state)
{
    (void)state;
    struct foi_period a, b, s, none;
    memset(&none, 0, sizeof none);
    assert_int_equal(foi_period_parse("2019/20", NULL, &a), 1);
    assert_int_equal(foi_period_parse("2021/22", NULL, &b), 1);
    foi_period_span(&a, &b, &s);
    char got[32];
    iso_span(&s, got);
    assert_string_equal(got, "2019-04-01..2022-03-31");
    assert_int_equal(s.kind, FOI_PER_RANGE);
    assert_int_equal(s.resolved, 1);
    foi_period_span(&b, &a, &s);
    iso_span(&s, got);
    assert_string_equal(got, "2019-04-01..2022-03-31");
    foi_period_span(&none, &a, &s);
    iso_span(&s, got);
    assert_string_equal(got, "2019-04-01..2020-03-31");
    assert_int_equal(s.kind, FOI_PER_FY);
    foi_period_span(&a, &none, &s);
    assert_int_equal(s.kind, FOI_PER_FY);
    foi_period_span(&a, &a, &s);
    assert_int_equal(s.kind, FOI_PER_FY);
}

/* Long prose is searched whole, not just its first window of tokens. */
static void test_long_text(void **state)
{
    (void)state;
    char text[8192];
    size_t n = 0;
    while (n < 6000) {
        memcpy(text + n, "word 12 of the Act 2000; ", 25);
        n += 25;
    }
    strcpy(text + n, "figures for 2021/22 only");
    struct foi_period p;
    size_t at, len;
    assert_int_equal(foi_period_find(text, NULL, &p, &at, &len), 1);
    assert_int_equal(at, n + strlen("figures for "));
    assert_int_equal(len, 7);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_find),
        cmocka_unit_test(test_find_all),
        cmocka_unit_test(test_find_openers),
        cmocka_unit_test(test_parse_memo),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_span),
        cmocka_unit_test(test_long_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
