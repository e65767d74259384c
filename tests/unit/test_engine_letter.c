/* test_engine_letter.c: the letter side of the engine on letters read by the
 * text reader: only the answer gives figures (numbers in the request, quoted
 * figures, boilerplate, dates, money, ages, headcounts are never figures),
 * answers mapped to their questions, refusals / NCND / not held per
 * question, category or period, goodwill figures with a note, section 21
 * with its link, attachments named, documents that are not responses, the
 * external context, and the trace foi inspect prints. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "../../parsers/engine.h"
#include "../../parsers/engine_letter.h"
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

struct got {
    struct foi_norm_ctx nc;
    struct foi_dataset ds;
    struct foi_buf trace;
};

static int emit(struct foi_sink *s, const struct foi_figure *f)
{
    struct got *g = s->ctx;
    return foi_normalize_figure(&g->nc, f);
}

static void issue(struct foi_sink *s, enum foi_severity sev, const char *code, const char *loc, const char *msg)
{
    struct got *g = s->ctx;
    foi_dataset_add_issue(&g->ds, sev, code, "t", loc, "%s", msg);
}

static void meta(struct foi_sink *s, const char *key, const char *value)
{
    struct got *g = s->ctx;
    foi_dataset_add_meta(&g->ds, "t", key, value);
}

static void trace(struct foi_sink *s, const char *loc, const char *msg)
{
    struct got *g = s->ctx;
    foi_buf_printf(&g->trace, "%s: %s\n", loc, msg);
}

/* Read text as a letter filed under force's folder and run the engine. */
static void run_ctx(struct foi_doc *d, struct got *g, const char *force, const char *text,
                    const struct foi_doc_context *ctx)
{
    foi_doc_init(d, "t.txt");
    d->tax = tax;
    d->folder_hint = force;
    d->context = ctx;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_read_text(d, text, strlen(text), NULL, &err), 0);
    foi_dataset_init(&g->ds);
    g->ds.tax = tax;
    foi_buf_init(&g->trace, 0);
    foi_norm_init(&g->nc, tax, &g->ds, "t", "", "test");
    struct foi_sink sink = { .emit = emit, .issue = issue, .ctx = g, .meta = meta, .trace = trace };
    struct foi_engine_opts o = { "test", NULL, 0.9, FOI_ENG_ALL, NULL, NULL };
    assert_int_equal(foi_engine_run(d, &o, &sink, &err), 0);
}

static void run(struct foi_doc *d, struct got *g, const char *force, const char *text)
{
    run_ctx(d, g, force, text, NULL);
}

/* run() for a web page */
static void run_html(struct foi_doc *d, struct got *g, const char *force, const char *html)
{
    foi_doc_init(d, "t.html");
    d->tax = tax;
    d->folder_hint = force;
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_read_html(d, html, strlen(html), NULL, &err), 0);
    foi_dataset_init(&g->ds);
    g->ds.tax = tax;
    foi_buf_init(&g->trace, 0);
    foi_norm_init(&g->nc, tax, &g->ds, "t", "", "test");
    struct foi_sink sink = { .emit = emit, .issue = issue, .ctx = g, .meta = meta, .trace = trace };
    struct foi_engine_opts o = { "test", NULL, 0.9, FOI_ENG_ALL, NULL, NULL };
    assert_int_equal(foi_engine_run(d, &o, &sink, &err), 0);
}

static void done(struct foi_doc *d, struct got *g)
{
    foi_norm_release(&g->nc);
    foi_dataset_release(&g->ds);
    foi_buf_release(&g->trace);
    foi_doc_release(d);
}

/* "category|outcome|subject|measure|start|end|value|status|exemption" */
static int has(struct got *g, const char *want)
{
    char buf[512];
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        char v[32] = "";
        if (r->v.has_value)
            snprintf(v, sizeof v, "%lld", (long long)r->v.value);
        snprintf(buf, sizeof buf, "%s|%s|%s|%s|%s|%s|%s|%s|%s", r->category, r->outcome, r->subject,
                 r->measure, r->period_start, r->period_end, v, foi_vstatus_name(r->v.status), r->v.exemption);
        if (!strcmp(buf, want))
            return 1;
    }
    fprintf(stderr, "missing: %s\nhave:\n", want);
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        fprintf(stderr, "  %s|%s|%s|%s|%s|%s|%lld|%s|%s\n", r->category, r->outcome, r->subject, r->measure,
                r->period_start, r->period_end, (long long)r->v.value, foi_vstatus_name(r->v.status),
                r->v.exemption);
    }
    fprintf(stderr, "trace:\n%s", g->trace.data ? g->trace.data : "");
    return 0;
}

/* has() without the listing when it is missing */
static int has_quiet(struct got *g, const char *want)
{
    char buf[512];
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        char v[32] = "";
        if (r->v.has_value)
            snprintf(v, sizeof v, "%lld", (long long)r->v.value);
        snprintf(buf, sizeof buf, "%s|%s|%s|%s|%s|%s|%s|%s|%s", r->category, r->outcome, r->subject,
                 r->measure, r->period_start, r->period_end, v, foi_vstatus_name(r->v.status), r->v.exemption);
        if (!strcmp(buf, want))
            return 1;
    }
    return 0;
}

static int count(struct got *g)
{
    return (int)g->ds.nrecords;
}

static int traced(struct got *g, const char *needle)
{
    return g->trace.data && strstr(g->trace.data, needle);
}

static const char *meta_value(struct got *g, const char *key)
{
    for (size_t i = 0; i < g->ds.nmetas; i++)
        if (!strcmp(g->ds.metas[i].key, key))
            return g->ds.metas[i].value;
    return NULL;
}

static const char *head =
    "Derbyshire Constabulary\nFreedom of Information Team\nButterley Hall\nRipley\nDE5 3RS\n\n"
    "Our reference: 1452/23\nDate: 22 May 2023\n\nDear Requester,\n\n";
static const char *rights =
    "\nComplaint rights\n\nIf you are dissatisfied with this response you may request an internal review\n"
    "within 40 working days. You may then complain to the Information Commissioner's Office,\n"
    "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, telephone 0303 123 1113.\n\n"
    "Yours sincerely,\n\nFreedom of Information Officer\n";

static char letter_buf[8192];
static const char *letter(const char *body)
{
    snprintf(letter_buf, sizeof letter_buf, "%s%s%s", head, body, rights);
    return letter_buf;
}

/* ------------------------------------------------------------ prose */
static void test_only_the_answer(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked:\n\n"
        "    \"Please provide the number of allegations of sexual misconduct made against\n"
        "    Derbyshire Constabulary police officers in the financial year 2022/23. The BBC\n"
        "    reported that 14 officers had been investigated and 3 dismissed.\"\n\n"
        "Derbyshire Constabulary holds the information you have requested.\n\n"
        "During the financial year 2022/23, Derbyshire Constabulary recorded 16 allegations of\n"
        "sexual misconduct against its police officers. Of these, three resulted in dismissal,\n"
        "and one allegation was closed when the officer resigned. The remaining twelve are\n"
        "still under investigation.\n\n"
        "Of the 16 allegations, 9 were made by members of the public. The officers concerned were\n"
        "aged between 24 and 51. This is a 23% increase. One of the five officers dismissed since\n"
        "April 2020 has appealed. Derbyshire Constabulary employs around 2,000 police officers.\n"
        "The hearings cost \xc2\xa3" "48,000 and took 12 days; see page 12 of our annual report.\n"
        "Nationally, 1,539 allegations were recorded in 2021/22. Kent Police recorded 54.\n"
        "A case may contain more than one allegation.\n\n"
        "Please note that every effort has been made to ensure the 4 figures are accurate.\n"));
    assert_int_equal(count(&g), 4);
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2022-04-01|2023-03-31|16|reported|"));
    assert_true(has(&g, "sexual_misconduct|dismissed|officers|allegations|2022-04-01|2023-03-31|3|reported|"));
    assert_true(has(&g, "sexual_misconduct|resigned_or_retired|officers|allegations|2022-04-01|2023-03-31|1|reported|"));
    assert_true(has(&g, "sexual_misconduct|ongoing|officers|allegations|2022-04-01|2023-03-31|12|reported|"));
    /* the restated total ("Of the 16 allegations") is the same figure, once */
    assert_true(traced(&g, "'16' not taken again"));
    /* every number left out says why */
    assert_true(traced(&g, "'9' not a figure: not tied"));
    assert_true(traced(&g, "'between 24 and 51' not a figure: an age"));
    assert_true(traced(&g, "'23%' not a figure: a percentage"));
    assert_true(traced(&g, "'five' not a figure"));
    assert_true(traced(&g, "'around 2,000' not a figure: a number of people"));
    assert_true(traced(&g, "'48,000' not a figure: money"));
    assert_true(traced(&g, "'12' not a figure: a length of time"));
    assert_true(traced(&g, "'1,539' not a figure: about another body"));
    assert_true(traced(&g, "'54' not a figure: names another force"));
    assert_true(traced(&g, "'more than one' not a figure"));
    assert_true(traced(&g, "'14' not a figure: in the request"));
    assert_true(traced(&g, "request (under the request heading)"));
    assert_false(traced(&g, "'4' taken"));
    done(&d, &g);
}

/* "RPRP: 0.  NCtA: 4.  Under investigation: 2." after a category's count:
 * sentences that are only an outcome's label, a colon and its count are that
 * outcome's counts of the category; a label that names no outcome ("Page: 3.",
 * "Total: 5.") gives nothing of its own. */
static void test_label_colon_count_sentences(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent", letter(
        "You asked for the number of allegations of sexual harassment against police officers and staff\n"
        "in the calendar year 2025, and their outcomes.\n\n"
        "Sexual harassment: 9 allegations.\n"
        "  Dismissed: 1.  RPRP: 3.  NCtA: 4.  Under investigation: 1.\n"
        "  Page: 3.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-01-01|2025-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|management_action|officers_and_staff|allegations|2025-01-01|2025-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers_and_staff|allegations|2025-01-01|2025-12-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|ongoing|officers_and_staff|allegations|2025-01-01|2025-12-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers_and_staff|allegations|2025-01-01|2025-12-31|1|reported|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);
}

static void test_years_in_passing(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "staffordshire", letter(
        "You asked: \"How many allegations of misogyny were made against officers and staff in 2023?\"\n\n"
        "I can confirm that the information is held.\n\n"
        "Misogyny\n\n"
        "The force began recording misogyny as a category in 2021.\n"
        "Nine allegations of misogyny were recorded against officers and staff. Two led to a written warning.\n"
        "Since 2021, 20 allegations of misogyny have been recorded.\n"));
    assert_int_equal(count(&g), 2);
    assert_true(has(&g, "discriminatory_behaviour|total|officers_and_staff|allegations|2023-01-01|2023-12-31|9|reported|"));
    assert_true(has(&g, "discriminatory_behaviour|written_warning|officers_and_staff|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(traced(&g, "'20' not a figure: its period is open-ended"));
    done(&d, &g);
}

/* ------------------------------------------------------------ answers by question */
static void test_numbered_answers(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "north-yorkshire", letter(
        "Your request:\n\n"
        "1. How many allegations of sexual misconduct were recorded against officers in the\n"
        "   financial year 2022/23?\n"
        "2. Of those allegations, how many resulted in dismissal?\n"
        "3. How many allegations of sexual harassment and of sexual assault were recorded against\n"
        "   police staff in 2022/23?\n"
        "4. How many of the subjects of allegations of sexual assault in 2022/23 were police staff?\n\n"
        "Our response:\n\n"
        "1. 18\n"
        "2. 4\n"
        "3. 6\n"
        "4. Fewer than five. The figure is withheld under section 40(2) of the Act.\n\n"
        "The Professional Standards Department dealt with 214 public complaints of all kinds.\n"));
    assert_int_equal(count(&g), 3);
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2022-04-01|2023-03-31|18|reported|"));
    assert_true(has(&g, "sexual_misconduct|dismissed|officers|allegations|2022-04-01|2023-03-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|individuals|2022-04-01|2023-03-31||suppressed|s40(2)"));
    /* a bare answer to a question about two categories cannot say which */
    assert_true(traced(&g, "asks about several categories"));
    assert_true(traced(&g, "of all kinds"));
    done(&d, &g);
}

static void test_q_dash_answers(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "city-of-london", letter(
        "Your request was:\n\n"
        "Q1. How many allegations of sexual harassment were recorded against officers in 2022?\n"
        "Q2. Of these, how many resulted in dismissal?\n"
        "Q3. How many allegations of sexual assault were recorded against police staff in 2022?\n\n"
        "I can confirm that the information is held, except for question 3.\n\n"
        "Q1 - 6\nQ2 - Nil\nQ3 - Information not held.\n"));
    assert_int_equal(count(&g), 3);
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2022-01-01|2022-12-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2022-01-01|2022-12-31||not_held|"));
    done(&d, &g);
}

/* "no VAWG figures are held for 2023/24": "no", a few words, then "are
 * held" is a not-held statement, as "is not held" is; "no cases where the
 * officer is held in custody" (a relative clause between) is none. */
static void test_none_held(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the financial years 2023/24 and 2024/25, how many allegations of violence against\n"
        "women and girls and of sexual harassment were recorded against police officers?\"\n\n"
        "In 2023/24 there were 4 allegations of sexual harassment against police officers, and in 2024/25 there were 6.\n\n"
        "The VAWG flag was introduced on 1 April 2024, so no VAWG figures are held for 2023/24.\n\n"
        "In 2024/25 there were 9 allegations of violence against women and girls against police officers.\n\n"
        "There were no cases where the officer is held to have resigned.\n"));
    assert_true(has(&g, "vawg|total|officers|allegations|2023-04-01|2024-03-31||not_held|"));
    assert_true(has(&g, "vawg|total|officers|allegations|2024-04-01|2025-03-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|4|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (g.ds.records[i].v.status == FOI_VS_NOT_HELD)
            assert_string_equal(g.ds.records[i].category, "vawg");
    done(&d, &g);
}

static void test_interleaved_and_pairs(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "west-mercia", letter(
        "Your questions and our answers:\n\n"
        "Q1: How many allegations of abuse of position for a sexual purpose were made against officers\n"
        "and staff in each of the financial years 2021/22 and 2022/23?\n\n"
        "A1: 2021/22: 7, 2022/23: 5\n\n"
        "Q2: How many of those allegations resulted in dismissal?\n\n"
        "A2: 2021/22 - 3; 2022/23 - 2\n\n"
        "Q3: How many allegations of sexual harassment were made in 2022/23?\n\n"
        "A3: There were 9 allegations of sexual harassment in 2022/23, of which 2 resulted in a final\n"
        "written warning.\n"));
    assert_int_equal(count(&g), 6);
    assert_true(has(&g, "abuse_of_position_sexual|total|officers_and_staff|allegations|2021-04-01|2022-03-31|7|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|dismissed|officers_and_staff|allegations|2022-04-01|2023-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|final_written_warning|officers_and_staff|allegations|2022-04-01|2023-03-31|2|reported|"));
    done(&d, &g);
}

/* Lines each "Label: n" under a lead-in, with no list marks, are items of a
 * list, not one sentence whose counts go with the label after them (a
 * pasted e-mail, an HTML paragraph broken with <br>). */
static void test_unmarked_item_lines(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "west-mercia", letter(
        "Your request:\n"
        "How many allegations of sexual harassment were made against police officers in 2023, and what were\n"
        "the outcomes?\n\n"
        "Our response:\n"
        "In 2023 there were 9 allegations of sexual harassment against police officers. The outcomes were:\n"
        "Dismissed: 3\n"
        "Resigned: 2\n"
        "No case to answer: 4\n"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|resigned_or_retired|officers|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* The line after a list's last unmarked item starts a paragraph of its own
 * (the item ended with its line); a "2." right after a line ending in a
 * colon is the sentence's value going on, not a list's second item (a list
 * after a colon starts at 1). */
static void test_item_lines_end(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "west-mercia", letter(
        "Your request:\n"
        "How many allegations of sexual harassment were made against police officers in 2023, and what were\n"
        "the outcomes?\n\n"
        "Our response:\n"
        "The outcomes of the allegations of sexual harassment against police officers in 2023 were:\n"
        "Dismissed: 3\n"
        "Resigned: 2\n"
        "The other 4 allegations are still under investigation.\n"
        "Police staff, sexual harassment, allegations recorded in 2023:\n"
        "2. They are not included above.\n"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|resigned_or_retired|officers|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_false(traced(&g, "line 22: '"));   /* "2." goes on with line 21 */
    assert_false(has(&g, "sexual_harassment|resigned_or_retired|officers|allegations|2023-01-01|2023-12-31|4|reported|"));
    done(&d, &g);
}

/* A scope sentence wrapped inside "from that / date": the period is read in
 * the sentence, not the line. */
static void test_scope_wrapped(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "essex", letter(
        "Your request:\n"
        "Please tell me, for each calendar year from 2020 to 2023, how many complaints of sexual harassment\n"
        "were made against Essex Police officers, and how each was resolved.\n\n"
        "Essex Police moved its complaints to a new system on 1 July 2022, and is able to search it from that\n"
        "date up to 31 December 2023. Earlier figures could not be extracted in the time available.\n\n"
        "Result                       Officers\n"
        "-------------------------------------\n"
        "Dismissed                           3\n"
        "No case to answer                   6\n"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|complaints|2022-07-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|complaints|2022-07-01|2023-12-31|6|reported|"));
    done(&d, &g);
}

/* "no case to" / "answer 1, ...": a re-wrapped line opening with the word
 * "answer" goes on with the sentence; it is no "Answer 1" marker. */
static void test_answer_word_wrapped(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "civil-nuclear", letter(
        "Your request:\n"
        "How many allegations of sexual harassment were made against police officers in 2023/24, and what\n"
        "was the outcome of each?\n\n"
        "Our response:\n"
        "4 allegations of sexual harassment were recorded against police officers in 2023/24.\n"
        "Outcomes: reflective practice 2, no case to\n"
        "answer 1, under investigation 1.\n"));
    assert_true(has(&g, "sexual_harassment|management_action|officers|allegations|2023-04-01|2024-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|ongoing|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    done(&d, &g);
}

static void test_unnumbered_lists(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    /* questions and answers as list items without numbers (an HTML <ol>):
     * the answers in the questions' order, as many as they are */
    run(&d, &g, "essex", letter(
        "REQUEST\n\n"
        "\xe2\x80\xa2 How many allegations of sexual assault were recorded against officers in 2022?\n"
        "\xe2\x80\xa2 How many allegations of sexual harassment were recorded against officers in 2022?\n\n"
        "RESPONSE\n\n"
        "\xe2\x80\xa2 14\n"
        "\xe2\x80\xa2 Not held\n"));
    assert_int_equal(count(&g), 2);
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-01-01|2022-12-31|14|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31||not_held|"));
    done(&d, &g);
    /* a list of another length is not matched up */
    run(&d, &g, "essex", letter(
        "REQUEST\n\n"
        "\xe2\x80\xa2 How many allegations of sexual assault were recorded against officers in 2022?\n"
        "\xe2\x80\xa2 How many allegations of sexual harassment were recorded against officers in 2022?\n\n"
        "RESPONSE\n\n"
        "\xe2\x80\xa2 14\n"));
    assert_int_equal(count(&g), 0);
    done(&d, &g);
}

/* ------------------------------------------------------------ refusals */
static void test_ncnd(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    /* the whole request: one row over its three years, which run on */
    run(&d, &g, "norfolk", letter(
        "You asked:\n\n    \"How many allegations of sexual misconduct have been made against chief\n"
        "    officers in each of the calendar years 2021, 2022 and 2023?\"\n\n"
        "Decision\n\n"
        "Norfolk Constabulary can neither confirm nor deny that it holds the information you have\n"
        "requested, by virtue of sections 30(3), 31(3) and 40(5) of the Act.\n"));
    assert_int_equal(count(&g), 1);
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2021-01-01|2023-12-31||ncnd|s30(3);s31(3);s40(5)"));
    done(&d, &g);
    /* one period answered, one neither confirmed nor denied; the sections
     * in the paragraph that explains them */
    run(&d, &g, "suffolk", letter(
        "You asked:\n\n    \"For each calendar year from 2018 to 2022, how many allegations of sexual\n"
        "    misconduct were recorded against police officers?\"\n\n"
        "Information held for 2018 to 2020: 5, 8 and 6 allegations respectively (attached). For\n"
        "the period 1 January 2021 to 31 December 2022 we neither confirm nor deny that we hold the\n"
        "information.\n\n"
        "Section 30(3) and section 31(3) apply, as an investigation is ongoing.\n"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2021-01-01|2022-12-31||ncnd|s30(3);s31(3)"));
    assert_int_equal(count(&g), 1);
    assert_string_equal(meta_value(&g, "attachment"), "");
    done(&d, &g);
    /* about individuals: no figure refused */
    run(&d, &g, "norfolk", letter(
        "You asked: \"How many allegations of sexual assault were made against officers in 2022?\"\n\n"
        "I can confirm that the information is held. In 2022, 7 allegations of sexual assault were\n"
        "recorded against officers.\n\n"
        "We neither confirm nor deny whether any other information is held about named officers\n"
        "(section 40(5)).\n"));
    assert_int_equal(count(&g), 1);
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-01-01|2022-12-31|7|reported|"));
    done(&d, &g);
    /* "neither confirms nor denies ... against police staff": the NCND's
     * "nor" leaves nobody out; it covers staff only, and one row over the
     * request's years, as only the officers' figures were given */
    run(&d, &g, "suffolk", letter(
        "You asked:\n\n    \"For each of the calendar years 2022 and 2023, how many allegations of sexual\n"
        "    harassment were made against police officers and police staff?\"\n\n"
        "Response\n\n"
        "In 2022, 6 allegations of sexual harassment were recorded against police officers. In 2023,\n"
        "9 allegations of sexual harassment were recorded against police officers.\n\n"
        "Suffolk Constabulary neither confirms nor denies that it holds information about allegations\n"
        "of sexual harassment against police staff, by virtue of section 40(5B) of the Act.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-01-01|2023-12-31||ncnd|s40(5B)"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* A count of another category given only over several periods ends the
 * category of the paragraph before: the outcomes after it are not the first
 * category's (and their period is that paragraph's only when the count says
 * "over the same period"). */
static void test_count_over_several_periods_changes_category(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    /* "Twenty" is over 2021 and 2023, which do not run on: no period, no
     * figure (nor its parts, which lean on it); the sentence after it is
     * about sexual harassment, and has no period either */
    run(&d, &g, "suffolk", letter(
        "You asked:\n\n    \"For each of the calendar years 2021, 2022 and 2023, how many allegations of sexual\n"
        "    assault and sexual harassment were made against officers and staff, and with what outcome?\"\n\n"
        "Response\n\n"
        "Between 1 January 2021 and 31 December 2023, nine allegations of sexual assault were recorded.\n"
        "Of the nine, four resulted in dismissal.\n\n"
        "Twenty allegations of sexual harassment were recorded: eight in 2021 and twelve in 2023.\n"
        "Six resulted in a written warning.\n"));
    assert_true(has(&g, "sexual_assault|dismissed|officers_and_staff|allegations|2021-01-01|2023-12-31|4|reported|"));
    assert_false(has(&g, "sexual_assault|written_warning|officers_and_staff|allegations|2021-01-01|2023-12-31|6|reported|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* A total broken down by period after a colon: each part takes the period
 * right after it; the total its range, "the same period" as the sentence
 * before, or the span of its parts; the outcomes after it that span. */
static void test_total_broken_down_by_period(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "suffolk", letter(
        "You asked: \"For each of the calendar years 2022 and 2023, how many allegations of sexual assault,\n"
        "sexual harassment and abuse of position for a sexual purpose were made against officers and staff,\n"
        "and with what outcome?\"\n\n"
        "Response\n\n"
        "Between 1 January 2022 and 31 December 2023, seven allegations of sexual assault were recorded\n"
        "against officers and staff: three in 2022 and four in 2023.\n\n"
        "Over the same period ten allegations of sexual harassment were recorded against officers and\n"
        "staff: six in 2022 and four in 2023.\n\n"
        "Three allegations of abuse of position for a sexual purpose were recorded against officers and\n"
        "staff: one in 2022 and two in 2023. Two resulted in dismissal.\n"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2022-01-01|2023-12-31|7|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2022-01-01|2022-12-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2023-12-31|10|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31|6|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers_and_staff|allegations|2022-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers_and_staff|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|dismissed|officers_and_staff|allegations|2022-01-01|2023-12-31|2|reported|"));
    assert_int_equal(count(&g), 10);
    done(&d, &g);
}

/* "a misconduct hearing found that ..." is the force's own proceedings, not
 * another body's finding; in a clause naming a resignation and a finding
 * that the officer would have been dismissed, the finding is the outcome.
 * "The BBC found that ..." is still another body. */
static void test_hearing_found_that(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "suffolk", letter(
        "You asked: \"How many allegations of sexual harassment were made against police officers in 2023,\n"
        "and what were their outcomes?\"\n\n"
        "Response\n\n"
        "Three allegations of sexual harassment were recorded against police officers in 2023. In one the\n"
        "officer was dismissed, and in one the officer resigned and a special case hearing found that he\n"
        "would have been dismissed. The BBC found that 40 allegations were recorded nationally.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|would_have_been_dismissed|officers|allegations|2023-01-01|2023-12-31|1|reported|"));
    assert_false(has(&g, "sexual_harassment|resigned_or_retired|officers|allegations|2023-01-01|2023-12-31|1|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* Numbered answers headed by a label ("1. Sexual assault") over lists of
 * "year: value (police officers n, police staff n)": the question's
 * category, the year's total and its parts by the people in brackets; a
 * bracket that is no list of parts gives nothing. */
static void test_numbered_labels_and_parts(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "suffolk", letter(
        "You asked:\n\n"
        "1. For each of the calendar years 2022 and 2023, how many allegations of sexual assault were made\n"
        "   against police officers and police staff?\n"
        "2. For each of those years, how many allegations of sexual harassment were made?\n\n"
        "Response\n\n"
        "1. Sexual assault\n"
        "\xe2\x80\xa2 2022: 6 (police officers 5, police staff 1)\n"
        "\xe2\x80\xa2 2023: 4 (police officers 4, police staff 0)\n\n"
        "2. Sexual harassment\n"
        "\xe2\x80\xa2 2022: 9 (see note 2)\n"
        "\xe2\x80\xa2 2023: 7\n"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2022-01-01|2022-12-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-01-01|2022-12-31|5|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2022-01-01|2022-12-31|1|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31|7|reported|"));
    assert_int_equal(count(&g), 7);
    done(&d, &g);
}

/* A refusal in a section headed "Police staff", a few paragraphs under the
 * heading, covers staff only: one row per category over the request's years
 * (the officers' figures were given for each year). */
static void test_refusal_under_subject_heading(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "suffolk", letter(
        "You asked:\n\n    \"For each of the calendar years 2022 and 2023, how many allegations of sexual\n"
        "    harassment were made against police officers and police staff?\"\n\n"
        "Police officers\n\n"
        "In 2022, 6 allegations of sexual harassment were recorded against police officers. In 2023,\n"
        "9 allegations of sexual harassment were recorded against police officers.\n\n"
        "Police staff\n\n"
        "Misconduct matters involving police staff are managed on the HR system, which records the\n"
        "sanction applied but not the nature of the allegation.\n\n"
        "Section 12(1) of the Act allows a public authority to refuse a request where the cost of\n"
        "compliance would exceed the appropriate limit. This part of your request is therefore refused\n"
        "under section 12(1).\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-01-01|2023-12-31||refused|s12"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* A refusal that points back ("This part of your request is therefore
 * refused under section 12(1)") at a paragraph naming one category of the
 * several asked for refuses that category only, not every category (round
 * 43a, blind43 Leicestershire); the counts listed per people under each
 * category's heading ("Police officers - 2024/25: 3; 2025/26 to date: 2")
 * are those people's, and "to date" is the stretch the letter defines in
 * quotes. */
static void test_refusal_of_one_category_and_people_lists(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "warwickshire", letter(
        "You asked: \"Please provide, for 2024/25 and for 2025/26 to date, the number of allegations of\n"
        "sexual harassment, sexual assault and domestic abuse made against police officers and police staff.\"\n\n"
        "Response\n\n"
        "In this reply \"to date\" means from 1 April 2025 up to and including 31 October 2025.\n\n"
        "Sexual harassment\n\n"
        "\xe2\x80\xa2 Police officers \xe2\x80\x93 2024/25: 3; 2025/26 to date: 2\n"
        "\xe2\x80\xa2 Police staff \xe2\x80\x93 2024/25: 1; 2025/26 to date: 0\n\n"
        "Sexual assault\n\n"
        "\xe2\x80\xa2 Police officers \xe2\x80\x93 2024/25: 5; 2025/26 to date: 4\n"
        "\xe2\x80\xa2 Police staff \xe2\x80\x93 2024/25: 2; 2025/26 to date: 1\n\n"
        "Domestic abuse\n\n"
        "Domestic abuse is not recorded as a type on our conduct database. Finding these allegations would\n"
        "mean reading every one of some 900 files, well over the appropriate limit of 18 hours. This part\n"
        "of your request is therefore refused under section 12(1) of the Act.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-04-01|2025-10-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2025-04-01|2025-10-31|1|reported|"));
    assert_true(has(&g, "domestic_abuse|total|officers_and_staff|allegations|2024-04-01|2025-10-31||refused|s12"));
    for (size_t i = 0; i < g.ds.nrecords; i++) {
        const struct foi_record *r = &g.ds.records[i];
        if (r->v.status == FOI_VS_REFUSED)
            assert_string_equal(r->category, "domestic_abuse");
        else
            assert_true(strcmp(r->subject, "officers_and_staff") != 0);
    }
    done(&d, &g);
}

/* A request for "2024/25 to date": a refusal over the request's span ends
 * where the answer says the year to date does; where nothing says, each
 * period is refused on its own and the year to date has no end (empty
 * dates), never the whole year. */
static void test_refusal_of_year_to_date(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *ask =
        "You asked: \"Please provide, for 2023/24 and for 2024/25 to date, the number of allegations of\n"
        "sexual harassment made against officers and staff.\"\n\n"
        "Response\n\n";
    const char *refuse =
        "Leicestershire Police is not obliged to comply with your request, because the cost would exceed\n"
        "the appropriate limit under section 12(1) of the Act.\n";
    char body[2048];
    snprintf(body, sizeof body, "%s%s", ask, refuse);
    run(&d, &g, "leicestershire", letter(body));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-03-31||refused|s12"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations||||refused|s12"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_string_not_equal(g.ds.records[i].period_end, "2025-03-31");
    done(&d, &g);
    snprintf(body, sizeof body, "%sIn this letter 2024/25 means 1 April 2024 to 31 August 2024.\n\n%s", ask, refuse);
    run(&d, &g, "leicestershire", letter(body));
    /* the whole request refused: one row over its span, to the end defined */
    assert_int_equal(count(&g), 1);
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-08-31||refused|s12"));
    done(&d, &g);
}

/* A refusal whose subject is the outcomes ("The outcomes of allegations
 * recorded in 2025/26 are withheld under section 30(1)") refuses the
 * breakdown, not the counts: no refused row, whether the counts are given
 * or not; the counts given stand. */
static void test_refusal_of_the_outcomes(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    for (int counts = 0; counts < 2; counts++) {
        char body[2048];
        snprintf(body, sizeof body,
                 "You asked: \"Please provide, for 2025/26, the number of allegations of sexual harassment made\n"
                 "against officers and staff, and the outcome of each.\"\n\nResponse\n\n%s"
                 "The outcomes of allegations recorded in 2025/26 are not yet final and are withheld under section\n"
                 "30(1) while investigations are live.\n",
                 counts ? "In 2025/26 there were 14 allegations of sexual harassment against officers and staff.\n\n"
                        : "");
        run(&d, &g, "gwent", letter(body));
        for (size_t i = 0; i < g.ds.nrecords; i++)
            assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_REFUSED);
        assert_int_equal(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-04-01|2026-03-31|14|reported|"),
                         counts);
        done(&d, &g);
    }
    /* "That part of your request is refused" after a sentence whose
     * subject is the outcomes: the same */
    run(&d, &g, "gwent", letter(
        "You asked: \"Please provide, for 2025/26, the number of allegations of sexual harassment made\n"
        "against officers and staff, and the outcome of each.\"\n\nResponse\n\n"
        "The outcomes for 2025/26 could only be found by reading each case file, which would exceed the\n"
        "appropriate limit. That part of your request is refused under section 12.\n"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_REFUSED);
    done(&d, &g);
}

/* Round 32 (part A): "Figures for 2023 are not held in a way that can be
 * extracted without a manual review of every case, and this would exceed the
 * appropriate limit" is the section 12 refusal of 2023 (the figures are held,
 * only not retrievable within the limit), not a not-held answer; "That part of
 * the request is therefore refused under section 12" right after it (a page
 * break between) closes that statement: no refusal of 2025, the year under
 * the heading above whose figure the letter gives. */
static void test_not_retrievable_then_that_part_refused(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "lincolnshire", letter(
        "You asked: \"Please provide, for the calendar years 2023, 2024 and 2025, the number of allegations\n"
        "of sexual harassment made against police officers and staff.\"\n\nResponse\n\n"
        "Calendar year 2025\n\n"
        "In 2025 there were 9 allegations of sexual harassment against officers and staff.\n\n"
        "Figures for 2023 and 2024 are not held in a way that can be extracted without a manual review of\n"
        "every case, and we estimate that this would exceed the appropriate limit.\n\n"
        "That part of the request is therefore refused under section 12 of the Act.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-01-01|2025-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31||refused|s12"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31||refused|s12"));
    assert_false(has_quiet(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-01-01|2025-12-31||refused|s12"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_NOT_HELD);
    done(&d, &g);
    /* plainly not held (no cost limit): still not held */
    run(&d, &g, "lincolnshire", letter(
        "You asked: \"Please provide, for the calendar years 2023, 2024 and 2025, the number of allegations\n"
        "of sexual harassment made against police officers and staff.\"\n\nResponse\n\n"
        "In 2025 there were 9 allegations of sexual harassment against officers and staff.\n\n"
        "Figures for 2023 and 2024 are not held.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31||not_held|"));
    done(&d, &g);
}

/* Round 32 (part A): "3 of the 9 allegations of sexual misconduct received
 * in 2024 led to dismissal; 4 of the 9 resulted in a written warning and 2 of
 * the 9 remain under investigation": each "x of the y" is an outcome's count x
 * (its clause runs past the period the group was received in; a bare "of the
 * 9" restates the group named before) and the first group, its noun with
 * nothing narrowing it, states the category's total once. A group narrowed
 * ("of the 9 allegations that were finalised") is no total; a bare group that
 * restates nothing is still no count. */
static void test_x_of_the_y_outcomes(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *head =
        "You asked: \"For the calendar years 2024 and 2025, how many allegations of sexual misconduct were made\n"
        "against police officers and staff, and what was the outcome of each?\"\n\nResponse\n\n";
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s", head,
             "3 of the 9 allegations of sexual misconduct received in 2024 led to dismissal; 4 of the 9\n"
             "resulted in a written warning and 2 of the 9 remain under investigation.\n");
    run(&d, &g, "cleveland", letter(buf));
    assert_true(has(&g, "sexual_misconduct|dismissed|officers_and_staff|allegations|2024-01-01|2024-12-31|3|reported|"));
    assert_true(has(&g, "sexual_misconduct|written_warning|officers_and_staff|allegations|2024-01-01|2024-12-31|4|reported|"));
    assert_true(has(&g, "sexual_misconduct|ongoing|officers_and_staff|allegations|2024-01-01|2024-12-31|2|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers_and_staff|allegations|2024-01-01|2024-12-31|9|reported|"));
    assert_int_equal(g.ds.nrecords, 4);
    done(&d, &g);
    snprintf(buf, sizeof buf, "%s%s", head,
             "In 2024, 3 of the 9 allegations of sexual misconduct that were finalised led to dismissal.\n");
    run(&d, &g, "cleveland", letter(buf));
    assert_true(has(&g, "sexual_misconduct|dismissed|officers_and_staff|allegations|2024-01-01|2024-12-31|3|reported|"));
    assert_false(has_quiet(&g, "sexual_misconduct|total|officers_and_staff|allegations|2024-01-01|2024-12-31|9|reported|"));
    done(&d, &g);
    snprintf(buf, sizeof buf, "%s%s", head,
             "In 2024 there were 9 allegations of sexual misconduct. 3 of the 5 led to dismissal.\n");
    run(&d, &g, "cleveland", letter(buf));
    assert_true(has(&g, "sexual_misconduct|total|officers_and_staff|allegations|2024-01-01|2024-12-31|9|reported|"));
    assert_false(has_quiet(&g, "sexual_misconduct|dismissed|officers_and_staff|allegations|2024-01-01|2024-12-31|3|reported|"));
    done(&d, &g);
    /* the people a later clause names are that clause's count's, not the
     * group's nor the other counts' */
    snprintf(buf, sizeof buf, "%s%s", head,
             "3 of the 9 allegations of sexual misconduct received in 2024 led to dismissal; 4 of the 9 were\n"
             "made against police staff.\n");
    run(&d, &g, "cleveland", letter(buf));
    assert_true(has(&g, "sexual_misconduct|dismissed|officers_and_staff|allegations|2024-01-01|2024-12-31|3|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers_and_staff|allegations|2024-01-01|2024-12-31|9|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|staff|allegations|2024-01-01|2024-12-31|4|reported|"));
    assert_false(has_quiet(&g, "sexual_misconduct|dismissed|staff|allegations|2024-01-01|2024-12-31|3|reported|"));
    done(&d, &g);
}

/* "28 allegations, seven of them against police staff": the people named
 * in the part are the part's; the count is the paragraph's (officers and
 * staff together), and the part is a figure of its own. "all of them
 * against police staff" names the whole count's people. */
static void test_part_of_a_count_by_people(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked for the number of allegations of sexual assault and sexual harassment made against police\n"
        "officers and police staff in 2024.\n\nThe figures count allegations against police officers and police\n"
        "staff together.\n\nIn 2024 we recorded:\n"
        "- sexual assault: twenty-eight allegations, seven of them against police staff;\n"
        "- sexual harassment: nine allegations, all of them against police staff.\n"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-01-01|2024-12-31|28|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-01-01|2024-12-31|7|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-01-01|2024-12-31|9|reported|"));
    assert_false(has(&g, "sexual_assault|total|staff|allegations|2024-01-01|2024-12-31|28|reported|"));
    done(&d, &g);
}

/* "2.1 Sexual assault (13)": a numbered section heading that is a category
 * and its count in brackets is the category's total, heading the lines
 * under it; a contents line ("2.1 Sexual assault (13) 2") is no figure. */
static void test_heading_with_count_in_brackets(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "surrey", letter(
        "You asked for the number of allegations of sexual assault and sexual harassment made against police\n"
        "officers and police staff in 2024.\n\n"
        "Contents\n\n2.1 Sexual assault (13) 2\n\n2.2 Sexual harassment (20) 2\n\n"
        "The number of allegations of each type is given in brackets in each heading, police officers and\n"
        "police staff together.\n\n"
        "Calendar year 2024\n\n"
        "2.1 Sexual assault (13)\n\n- Police officers: 10\n- Police staff: 3\n\n"
        "2.2 Sexual harassment (20)\n\n- Police officers: 17\n- Police staff: 3\n"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-01-01|2024-12-31|13|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31|20|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|10|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-01-01|2024-12-31|3|reported|"));
    int n13 = 0;
    for (size_t i = 0; i < g.ds.nrecords; i++)
        n13 += g.ds.records[i].v.has_value && g.ds.records[i].v.value == 13;
    assert_int_equal(n13, 1);
    done(&d, &g);
}

/* A request for "each of the financial years 2022/23 and 2023/24 and each
 * calendar year 2022-2023" asks for the calendar years one by one: a
 * refusal of the calendar-year part is one row per category and calendar
 * year, none over their span. A statement naming no scheme, in an answer
 * given in financial years only, covers the financial years asked, not the
 * calendar years. */
static void test_refusal_by_year_scheme(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *ask =
        "You asked: \"For each of the financial years 2022/23 and 2023/24 and each calendar year 2022-2023, please\n"
        "give the number of allegations of sexual harassment and sexual assault made against officers and staff.\"\n\n"
        "Response\n\n"
        "We hold these records by financial year and have answered for the financial years only. In 2022/23\n"
        "there were 6 allegations of sexual harassment, and in 2023/24 there were 7.\n\n";
    char body[2048];
    snprintf(body, sizeof body, "%s%s", ask,
             "To give calendar-year figures we would need to read each record, which would exceed the cost\n"
             "limit; section 12(1) of the Act applies to the calendar-year part of your request.\n");
    run(&d, &g, "dorset", letter(body));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31||refused|s12"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31||refused|s12"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_false(!strcmp(g.ds.records[i].period_start, "2022-01-01") &&
                     !strcmp(g.ds.records[i].period_end, "2023-12-31"));
    done(&d, &g);

    /* "... the figures below answer for 2022 and 2023. Our reports are not
     * produced by financial year and that part of your request is therefore
     * not held": the financial years, not the calendar years its paragraph
     * names before it (which it answers) */
    snprintf(body, sizeof body, "%s",
             "You asked: \"For each of the financial years 2022/23 and 2023/24 and each calendar year 2022-2023, please\n"
             "give the number of allegations of sexual harassment made against officers and staff.\"\n\n"
             "Response\n\n"
             "We hold these records by calendar year only, so the figures below answer for 2022 and 2023: in 2022\n"
             "there were 6 allegations of sexual harassment, and in 2023 there were 7. Our reports are not produced\n"
             "by financial year and that part of your request is therefore not held.\n");
    run(&d, &g, "dorset", letter(body));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-04-01|2023-03-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-03-31||not_held|"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31||not_held|"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31||not_held|"));
    done(&d, &g);

    /* two statements joined in one clause, each of its own part: "2022/23
     * is not held, and we do not report by calendar year, so that part is
     * not held either" */
    snprintf(body, sizeof body, "%s",
             "You asked: \"For each of the financial years 2022/23 and 2023/24 and each calendar year 2022-2023, please\n"
             "give the number of allegations of sexual harassment made against officers and staff.\"\n\n"
             "Response\n\n"
             "In 2023/24 there were 9 allegations of sexual harassment. Our case system changed on 1 April 2023;\n"
             "earlier records do not carry the allegation type, so 2022/23 is not held, and we do not report by\n"
             "calendar year, so that part is not held either.\n");
    run(&d, &g, "dorset", letter(body));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-04-01|2023-03-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31||not_held|"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-03-31||not_held|"));
    done(&d, &g);

    /* "our reports are run by financial year only, so the calendar-year part
     * of your request is not held": the part it names, both schemes named */
    snprintf(body, sizeof body, "%s",
             "You asked: \"For each of the financial years 2022/23 and 2023/24 and each calendar year 2022-2023, please\n"
             "give the number of allegations of sexual harassment made against officers and staff.\"\n\n"
             "Response\n\n"
             "In 2022/23 there were 4 allegations of sexual harassment, and in 2023/24 there were 9.\n\n"
             "Our reports are run by financial year only, so the calendar-year part of your request is not held.\n");
    run(&d, &g, "dorset", letter(body));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31||not_held|"));
    done(&d, &g);

    /* "..., so we are not providing police officer figures for calendar
     * year 2022": a refusal of that period, for the people it names */
    snprintf(body, sizeof body, "%s%s", ask,
             "Calendar year 2022: our system records allegations by financial year. Sorting them by date would\n"
             "exceed the appropriate limit of 18 hours (section 12 of the Act), so we are not providing police\n"
             "officer figures for calendar year 2022.\n");
    run(&d, &g, "dorset", letter(body));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31||refused|s12"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31||refused|s12"));
    done(&d, &g);

    snprintf(body, sizeof body, "%s%s", ask,
             "Information about allegations of sexual assault is not held: it is not a category we record.\n");
    run(&d, &g, "dorset", letter(body));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2022-04-01|2023-03-31||not_held|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-04-01|2024-03-31||not_held|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_false(!strcmp(g.ds.records[i].category, "sexual_assault") &&
                     !strcmp(g.ds.records[i].period_start + 4, "-01-01"));
    done(&d, &g);
}

/* "Across the three years" in a letter answering a request for three
 * financial and three calendar years in financial years only: the span of
 * the three financial years. */
static void test_span_of_the_scheme_answered(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: \"For each of the financial years 2021/22, 2022/23 and 2023/24 and each calendar year 2021-2023,\n"
        "how many allegations of sexual assault were made against police officers?\"\n\n"
        "Response\n\n"
        "We hold this by financial year. In 2021/22 we recorded 4 allegations of sexual assault against police\n"
        "officers, in 2022/23 we recorded 6 and in 2023/24 we recorded 5.\n\n"
        "Across the three years, 15 allegations of sexual assault were made against police officers.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-04-01|2024-03-31|15|reported|"));
    done(&d, &g);
}

/* "... before 1 January 2022 is not held: the files were kept on a system
 * withdrawn in 2022": the year after the colon is why, not what is not held;
 * the year that is not held is the one before the date (the stated year
 * stays as stated). */
static void test_not_held_reason_after_colon(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent", letter(
        "You asked: \"Please provide, for the calendar years 2021 and 2022, the number of allegations of\n"
        "sexual harassment made against police officers and police staff.\"\n\n"
        "Response\n\n"
        "In 2021 there were 6 allegations of sexual harassment against police officers, and in 2022 there\n"
        "were 7.\n\n"
        "In 2022 there were 4 allegations of sexual harassment against police staff.\n\n"
        "Information about allegations against police staff recorded before 1 January 2022 is not held: the\n"
        "files were kept on a paper system that was withdrawn in 2022 and not transferred.\n"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-01-01|2022-12-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2021-01-01|2021-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-01-01|2021-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|7|reported|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* A request for "the calendar years 2020 to 2024" (one period, a run of
 * years) and "The information for 2020 and 2021 is not held": each year
 * named is one of the run's, not held for each category asked; figures for
 * the other years are kept. The same with financial years. A year outside
 * the run stays what it was (a statement about other information). */
static void test_not_held_years_of_a_run(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent", letter(
        "You asked: \"Please provide, for the calendar years 2020 to 2024, the number of allegations of\n"
        "sexual harassment and of sexual assault made against police officers.\"\n\n"
        "Response\n\n"
        "In 2022 there were 6 allegations of sexual harassment and 3 of sexual assault, in 2023 there were 7\n"
        "and 2, and in 2024 there were 5 and 4.\n\n"
        "Records before 2022 were kept on a system that has been decommissioned. The information for 2020\n"
        "and 2021 is not held.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2020-01-01|2020-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-01-01|2021-12-31||not_held|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2020-01-01|2020-12-31||not_held|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-01-01|2021-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|6|reported|"));
    done(&d, &g);
    run(&d, &g, "gwent", letter(
        "You asked: \"Please provide, for the financial years 2020/21 to 2023/24, the number of allegations\n"
        "of sexual harassment made against police officers.\"\n\n"
        "Response\n\n"
        "In 2022/23 there were 6 allegations of sexual harassment, and in 2023/24 there were 7.\n\n"
        "The information for 2020/21 and 2021/22 is not held.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2020-04-01|2021-03-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-04-01|2022-03-31||not_held|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* "Calendar year 2023 is not available because our case system was
 * introduced in June 2023; the information is not held": the clause after
 * the semicolon names nothing, so it states what the clause before it says
 * is missing (up to its reason): 2023 alone is not held, not the request's
 * other year (given). "... records rape and sexual assault together; they
 * are not held separately" says nothing is missing: no figure. */
static void test_not_held_after_semicolon_points_back(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent", letter(
        "You asked: \"Please provide, for the calendar years 2023 and 2024, the number of allegations of\n"
        "sexual harassment made against police officers.\"\n\n"
        "Response\n\n"
        "Calendar year 2023 is not available because our case system was introduced in June 2023, part way\n"
        "through that year; the information is not held.\n\n"
        "In 2024 there were 6 allegations of sexual harassment.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|6|reported|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
    run(&d, &g, "gwent", letter(
        "You asked: \"Please provide, for the calendar years 2023 and 2024, the number of allegations of\n"
        "sexual harassment and sexual assault made against police officers.\"\n\n"
        "Response\n\n"
        "We record sexual assault and sexual harassment together as sexual violence; they are not held\n"
        "separately.\n\n"
        "In 2023 there were 4 allegations of sexual violence, and in 2024 there were 6.\n"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_NOT_HELD);
    done(&d, &g);
}

/* "We do not hold 2022/23 in a comparable form as the recording categories
 * changed in 2023": what follows the reason word is why, its year no period
 * of what is not held: 2022/23 alone is not held, not calendar 2023. */
static void test_not_held_reason_year_not_held(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent", letter(
        "You asked: \"Please provide, for the financial years 2022/23 and 2023/24, the number of allegations\n"
        "of sexual harassment made against police officers.\"\n\n"
        "Response\n\n"
        "In 2023/24 there were 6 allegations of sexual harassment.\n\n"
        "We do not hold 2022/23 in a comparable form as the recording categories changed in 2023.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|6|reported|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* "I write in response to your request of 3 March 2024:" ends on the
 * request: the lines after it are the request's (its people and
 * categories), not the answer; "The figures below count ... together" says
 * whom the figures count. */
static void test_request_after_response_to_your_request(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria",
        "Cumbria Constabulary\nFreedom of Information\n\nDate: 28 March 2024\n\nDear Requester,\n\n"
        "I write in response to your request of 3 March 2024:\n\n"
        "(a) the number of allegations of sexual harassment and sexual assault made against police officers\n"
        "and police staff in 2023; and (b) the outcome of each.\n\n"
        "Response\n\n"
        "The figures below count allegations against police officers and police staff together.\n\n"
        "Nine allegations of sexual harassment were recorded in 2023. Of these, two resulted in dismissal.\n"
        "Four allegations of sexual assault were recorded in 2023.\n\n"
        "Yours sincerely,\n\nDisclosure Officer\n");
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers_and_staff|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* An e-mail reply: "the figures below relate to police officers only" in a
 * sentence that also names staff (the figures' people, not the sentence's);
 * "the current year" that the letter defines ("runs from 1 April 2024 to 31
 * August 2024") and, undefined, no period at all; "there were four: one
 * officer was dismissed" (the officer stands for one of the four
 * allegations, not a count of people). */
static void test_scope_people_and_current_year(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *body =
        "You asked: \"Please provide, for 2023/24 and for 2024/25 to date, the number of allegations of\n"
        "sexual harassment made against police officers and police staff, and their outcomes.\"\n\n"
        "Response\n\n"
        "%s"
        "Special constables and police staff are dealt with under other procedures, so the figures below\n"
        "relate to police officers only.\n\n"
        "Sexual harassment: in 2023/24 there were four: one officer was dismissed, and three were found to\n"
        "have no case to answer. In the current year there have been two allegations.\n";
    char buf[2048];
    snprintf(buf, sizeof buf, body, "Thank you for your request. The current year runs from 1 April 2024 to 31 August 2024.\n\n");
    run(&d, &g, "bedfordshire", letter(buf));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2023-04-01|2024-03-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2024-08-31|2|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++) {
        assert_string_equal(g.ds.records[i].subject, "officers");
        assert_string_equal(g.ds.records[i].measure, "allegations");
    }
    done(&d, &g);
    /* the current year undefined: the two are no figure (never 2023/24's) */
    snprintf(buf, sizeof buf, body, "");
    run(&d, &g, "bedfordshire", letter(buf));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_false(g.ds.records[i].v.has_value && g.ds.records[i].v.value == 2);
    done(&d, &g);
}

/* A statement whose first sentence says whose figures follow ("The figures
 * we hold relate to police officers only; police staff cases sit with ...
 * and are not held by this force. ... not held"): the counts after it are
 * the officers', not officers and staff together. */
static void test_statement_opens_with_scope(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cheshire", letter(
        "You asked: \"Please provide, for 2022/23 and 2023/24, the number of allegations of sexual\n"
        "harassment made against police officers and police staff.\"\n\n"
        "Response\n\n"
        "The figures below relate to police officers only; misconduct cases involving police staff are managed\n"
        "by the regional human resources collaboration and that information is not held by this force. Before\n"
        "April 2023 the type of allegation was not captured on the case management system, so nothing is held\n"
        "for 2022/23 either.\n\n"
        "In 2023/24 we recorded three allegations of sexual harassment.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|3|reported|"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-03-31|3|reported|"));
    done(&d, &g);
}

/* Question 1 (allegations) answered year by year, question 2 (misconduct
 * hearings) refused under section 12: the refusal is one row over the years
 * asked for, as cases; the allegations given do not answer it. */
static void test_refused_question_of_another_measure(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cheshire", letter(
        "You asked: \"For each of the financial years 2022/23 and 2023/24: (1) the number of allegations of\n"
        "sexual harassment made against police officers and police staff; and (2) the number of misconduct\n"
        "hearings held in respect of those allegations.\"\n\n"
        "Response\n\n"
        "Question 1: in 2022/23 we recorded four allegations of sexual harassment. In 2023/24 we recorded\n"
        "six allegations of sexual harassment.\n\n"
        "Question 2: hearing records do not note the type of allegation. Locating them would take about\n"
        "60 hours, which exceeds the appropriate limit of 18 hours, so section 12(1) of the Act applies to\n"
        "this part of your request and this letter is a refusal notice for question 2.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-03-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|cases|2022-04-01|2024-03-31||refused|s12"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|cases|2023-04-01|2024-03-31||refused|s12"));
    done(&d, &g);
}

/* Question 2 asks how many of "the officers concerned" were suspended: one
 * count of people across the types of question 1 (an officer may be in
 * several), asked of no type. Refused under section 12, it gives no row (a
 * refused row is a category's total); question 2 asking for each type
 * still gives one refused row per type. */
static void test_refused_people_across_types(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const q2[] = { "how many of the officers concerned were suspended",
                                      "how many officers were suspended in each of those two types",
                                      "how many of the officers concerned were suspended in each year" };
    for (int k = 0; k < 3; k++) {
        char buf[2048];
        snprintf(buf, sizeof buf,
                 "You asked: \"For 2023: (1) the number of allegations of sexual harassment and of sexual assault\n"
                 "made against police officers and police staff; and (2) %s.\"\n\n"
                 "Response\n\n"
                 "Question 1: in 2023 we recorded six allegations of sexual harassment and four of sexual assault.\n\n"
                 "Question 2: suspensions are recorded on personnel files, not against the allegation. Reading\n"
                 "them would take about 40 hours, above the appropriate limit of 18 hours, so question 2 is refused\n"
                 "under section 12(1) of the Act.\n", q2[k]);
        run(&d, &g, "cheshire", letter(buf));
        assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31|6|reported|"));
        int refused = 0;
        for (size_t i = 0; i < g.ds.nrecords; i++)
            refused += g.ds.records[i].v.status == FOI_VS_REFUSED;
        if (k == 1)
            assert_int_equal(refused, 2);
        else
            assert_int_equal(refused, 0);
        done(&d, &g);
    }
}

/* Officers suspended "in connection with allegations of these types" or
 * "across all three allegation types": a count of people across the kinds
 * asked about, no category's figure, even where the sentence before named
 * one category. */
static void test_people_across_kinds(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const part2[] = {
        "Over the whole period, 8 officers were suspended in connection with allegations of these types.",
        "Across all three allegation types, 8 police officers were placed on restricted duties." };
    for (int k = 0; k < 2; k++) {
        char buf[2048];
        snprintf(buf, sizeof buf,
                 "You asked: \"For 2023: (1) the number of allegations of sexual harassment, sexual assault and\n"
                 "abuse of position for a sexual purpose made against police officers; and (2) how many officers\n"
                 "were suspended.\"\n\n"
                 "Response\n\n"
                 "In 2023 we recorded 12 allegations of sexual harassment against police officers.\n\n"
                 "%s\n", part2[k]);
        run(&d, &g, "cheshire", letter(buf));
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|12|reported|"));
        for (size_t i = 0; i < g.ds.nrecords; i++)
            assert_string_not_equal(g.ds.records[i].measure, "individuals");
        done(&d, &g);
    }
}

/* "The table below shows the number of allegations" is what that table
 * counts: question 2's "not held" is of hearings (cases); a breakdown not
 * held beside a count given whole is no figure. */
static void test_question_measure_over_table_statement(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *body =
        "You asked: \"For each of the financial years 2022/23 and 2023/24: (1) the number of allegations of\n"
        "sexual harassment made against police officers and police staff; and (2) the number of misconduct\n"
        "hearings held in respect of those allegations.\"\n\n"
        "Response\n\n"
        "Question 1: the table below shows the number of allegations recorded. In 2022/23 we recorded four\n"
        "allegations of sexual harassment. In 2023/24 we recorded six allegations of sexual harassment.\n\n"
        "Question 2: %s\n";
    char buf[2048];
    snprintf(buf, sizeof buf, body, "hearings are filed against the officer, not the allegation, so this "
             "information is not held.");
    run(&d, &g, "cheshire", letter(buf));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|cases|2022-04-01|2024-03-31||not_held|"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-04-01|2024-03-31||not_held|"));
    done(&d, &g);
    snprintf(buf, sizeof buf, body, "over the two years 11 misconduct hearings were held. We do not hold a "
             "breakdown of hearings by type of allegation.");
    run(&d, &g, "cheshire", letter(buf));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_NOT_HELD);
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-03-31|6|reported|"));
    done(&d, &g);
}

/* "The numbers flagged were 4 in 2023/24 and 2 in 2024/25": "the numbers"
 * of nothing it names, each count with only its period after it, in the
 * answer to "How many allegations of VAWG ...": counts of what the question
 * asks. "The numbers of officers were ..." names what it counts (of): not so. */
static void test_the_numbers_were_n_in_each_year(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *body =
        "Q1. How many allegations of sexual assault were made against officers and staff in each of the\n"
        "financial years 2023/24 and 2024/25?\n"
        "A1. There were 5 allegations of sexual assault in 2023/24 and 18 in 2024/25.\n\n"
        "Q2. How many allegations of violence against women and girls (VAWG) were made in each year?\n"
        "A2. Allegations are flagged as VAWG in addition to their type. %s\n";
    char buf[2048];
    snprintf(buf, sizeof buf, body, "The numbers flagged were 4 in 2023/24 and 2 in 2024/25.");
    run(&d, &g, "kent", letter(buf));
    assert_true(has(&g, "vawg|total|officers_and_staff|allegations|2023-04-01|2024-03-31|4|reported|"));
    assert_true(has(&g, "vawg|total|officers_and_staff|allegations|2024-04-01|2025-03-31|2|reported|"));
    done(&d, &g);
    snprintf(buf, sizeof buf, body, "The numbers of officers concerned were 4 in 2023/24 and 2 in 2024/25.");
    run(&d, &g, "kent", letter(buf));
    assert_false(has(&g, "vawg|total|officers_and_staff|allegations|2023-04-01|2024-03-31|4|reported|"));
    done(&d, &g);
}

/* "One officer was dismissed at a hearing in 2024/25 for sexual harassment
 * recorded in a previous year": what it counts was recorded in a year the
 * letter does not name (2024/25 is when the hearing was), no figure of
 * 2024/25; the counts beside it stand. */
static void test_count_recorded_in_an_earlier_year(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "essex", letter(
        "You asked: \"How many allegations of sexual harassment were made against police officers in 2024/25,\n"
        "and what were the outcomes?\"\n\n"
        "Response\n\n"
        "In 2024/25 there were 8 allegations of sexual harassment against police officers. None of them has\n"
        "yet led to a dismissal.\n\n"
        "One officer was dismissed at a hearing in 2024/25 for sexual harassment recorded in a previous year;\n"
        "that dismissal is counted in the year the allegation was recorded.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|8|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (g.ds.records[i].v.has_value)
            assert_int_not_equal(g.ds.records[i].v.value, 1);
    done(&d, &g);
}

/* "2026/27 to date" in the request, answered by a table captioned only
 * with its label and days ("Table 2: 1/4/2026 to 31/10/2026"): the year to
 * date is those days, so a refusal of one type for it is dated, and the
 * table's figures for the year to date are not refused again. Without such
 * a caption nothing says where the year to date ends. */
static void test_year_to_date_from_a_table_caption(void **state)
{
    (void)state;
    for (int cap = 0; cap < 2; cap++) {
        struct foi_doc d;
        struct got g;
        char html[4096];
        snprintf(html, sizeof html,
                 "<html><body><p>Freedom of Information request 2026/5120</p><h2>Request</h2>"
                 "<p>Please provide, for 2025/26 and for 2026/27 to date, the number of allegations of sexual "
                 "harassment and of abuse of position for a sexual purpose made against police officers.</p>"
                 "<h2>Response</h2><p>The force holds some of the information.</p>"
                 "<table><caption>%s</caption><tr><th>Allegation type</th><th>Allegations</th></tr>"
                 "<tr><td>Sexual harassment</td><td>6</td></tr></table>"
                 "<p>Information about allegations of abuse of position for a sexual purpose in 2026/27 to date "
                 "is withheld under section 31(1) of the Act.</p>"
                 "<h2>Your rights</h2><p>You may ask for an internal review within 40 working days, or "
                 "complain to the ICO at www.ico.org.uk.</p></body></html>",
                 cap ? "Table 2: 1/4/2026 to 31/10/2026" : "Table 2: 2026/27 to date");
        run_html(&d, &g, "gwent", html);
        if (cap) {
            assert_true(has(&g, "sexual_harassment|total|officers|allegations|2026-04-01|2026-10-31|6|reported|"));
            assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2026-04-01|2026-10-31||refused|s31(1)"));
        } else {
            assert_false(has(&g, "abuse_of_position_sexual|total|officers|allegations|2026-04-01|2026-10-31||refused|s31(1)"));
        }
        done(&d, &g);
    }
}

/* Numbered questions and answers: "A3. See Q1. Our answer to Q1 gives
 * officers and staff together; we do not hold the split for these years."
 * sends the reader to the answer that gives the counts and says only their
 * split between officers and staff is not held: no not_held row (as "we do
 * not hold a breakdown" beside a count). Not held with no such pointer, the
 * counts asked for are not held. */
static void test_split_not_held_pointing_to_another_answer(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *body =
        "Dear Requester\n\n"
        "Q1. How many allegations of sexual harassment were made against officers and staff in each of the\n"
        "financial years 2023/24 and 2024/25?\n"
        "A1. There were 6 allegations of sexual harassment in 2023/24 and 9 allegations of sexual harassment\n"
        "in 2024/25.\n\n"
        "Q2. How many of these were made against police staff?\n"
        "A2. %s\n\n"
        "Yours sincerely\n";
    char buf[2048];
    snprintf(buf, sizeof buf, body, "See Q1. Our answer to Q1 gives officers and staff together; we do not "
             "hold the split in a retrievable form for these years.");
    run(&d, &g, "norfolk", letter(buf));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_NOT_HELD);
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31|9|reported|"));
    done(&d, &g);
    snprintf(buf, sizeof buf, body, "This information is not held in a retrievable form.");
    run(&d, &g, "norfolk", letter(buf));
    int nh = 0;
    for (size_t i = 0; i < g.ds.nrecords; i++)
        nh += g.ds.records[i].v.status == FOI_VS_NOT_HELD;
    assert_true(nh > 0);
    done(&d, &g);
}

/* Counts whose noun the paragraph gave before: "In 2023/24 there were
 * five: ..." (a count a list after the colon shares out), "one in 2023/24
 * (the officer resigned ...)" (a period and a parenthesis after it). */
static void test_elliptic_counts_colon_and_parenthesis(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "suffolk", letter(
        "You asked: \"Please provide, for 2022/23 and 2023/24, the number of allegations of sexual\n"
        "harassment and sexual assault against police officers, and their outcomes.\"\n\n"
        "Response\n\n"
        "Sexual harassment: in 2022/23 there were four allegations.\n"
        "In 2023/24 there were five: two were dealt with by management action, and three were dismissed.\n\n"
        "Sexual assault: there were two allegations in 2022/23, one in 2023/24 (still under investigation).\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|management_action|officers|allegations|2023-04-01|2024-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2023-04-01|2024-03-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-04-01|2023-03-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    done(&d, &g);
}

/* A paragraph that gives figures for a period of its own and then says the
 * earlier years are not held: the figures are taken (the statement is about
 * other years); a paragraph whose figures are the refusal's reasoning is not. */
static void test_answer_before_statement_of_other_years(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "norfolk", letter(
        "You asked: \"Please provide, for 2022 and 2023, the number of allegations of sexual harassment\n"
        "made against police officers, and their outcomes.\"\n\n"
        "Response\n\n"
        "Of the allegations of sexual harassment recorded against police officers between 1 January and\n"
        "31 December 2023, three resulted in dismissal and the other four are still under investigation.\n"
        "Outcomes for earlier years are not held in a form that can be extracted within the cost limit.\n"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|ongoing|officers|allegations|2023-01-01|2023-12-31|4|reported|"));
    done(&d, &g);
    run(&d, &g, "norfolk", letter(
        "You asked: \"Please provide, for 2022 and 2023, the number of allegations of sexual harassment\n"
        "made against police officers, and their outcomes.\"\n\n"
        "Response\n\n"
        "Over 2022 and 2023 the department recorded about 3,100 allegations of all kinds. Reviewing each\n"
        "would exceed the appropriate limit, so section 12(1) applies to your request.\n"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_APPROXIMATE);
    done(&d, &g);
}

/* A paragraph that gives a year's counts and then says that year's outcomes
 * are not held: the counts are taken, and the statement (about the
 * outcomes, a breakdown of the counts) gives no "not held" total. */
static void test_counts_before_outcomes_not_held(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"Please provide, for the calendar years 2022 and 2023, the number of allegations of\n"
        "sexual harassment and sexual assault made against police officers, and their outcomes.\"\n\n"
        "Response\n\n"
        "During 2022 the force recorded 6 allegations of sexual harassment and 3 of sexual assault against\n"
        "police officers. The outcomes of the 2022 allegations are not held in a retrievable form.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-01-01|2022-12-31|3|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.status, FOI_VS_NOT_HELD);
    done(&d, &g);
}

/* A note on a response page saying where the periods its table leaves out
 * are published ("Note: Figures for 2023/24 and for the calendar year 2024
 * are available in our response to request 2025/0412, published in our
 * disclosure log (section 21).") refuses nothing: no refused rows. The same
 * note saying they are exempt is a refusal of them; so is a statement that
 * answers a period by where it is published ("2023/24: the figures are
 * published at ... (section 21)"), a note by no label of its own. */
static void test_s21_note_only_points(void **state)
{
    (void)state;
    static const char *const notes[] = {
        "<p>Note: Figures for 2023/24 and for the calendar year 2024 are available in our response to request "
        "2025/0412, published in our disclosure log (section 21).</p>",
        "<p>Note: Figures for 2023/24 and for the calendar year 2024 are available in our response to request "
        "2025/0412, published in our disclosure log, and are exempt under section 21.</p>",
        "<p>2023/24 and calendar year 2024: we publish these figures each quarter and they are published at "
        "www.example.police.uk/psd-2024 (section 21).</p>",
    };
    for (int k = 0; k < 3; k++) {
        struct foi_doc d;
        struct got g;
        char html[4096];
        snprintf(html, sizeof html,
                 "<html><body><p>Freedom of Information request 2025/0977</p><h2>Request</h2>"
                 "<p>Please provide, for the financial years 2023/24 and 2024/25 and the calendar year 2024, the "
                 "number of allegations of sexual harassment and sexual assault made against police officers.</p>"
                 "<h2>Response</h2><p>The force holds the information.</p>"
                 "<p>Table 1: Allegations against police officers, 2024/25</p>"
                 "<table><tr><th>Allegation type</th><th>2024/25</th></tr>"
                 "<tr><td>Sexual harassment</td><td>7</td></tr><tr><td>Sexual assault</td><td>3</td></tr></table>"
                 "%s<h2>Your rights</h2><p>You may ask for an internal review within 40 working days, or "
                 "complain to the ICO at www.ico.org.uk.</p></body></html>", notes[k]);
        run_html(&d, &g, "gwent", html);
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|7|reported|"));
        assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|3|reported|"));
        int refused = 0;
        for (size_t i = 0; i < g.ds.nrecords; i++)
            refused += g.ds.records[i].v.status == FOI_VS_REFUSED;
        if (k == 0) {
            assert_int_equal(refused, 0);
        } else {
            assert_true(refused >= 2);
            assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31||refused|s21"));
        }
        done(&d, &g);
    }
}

/* A section 21 refusal whose clause names no year of its own ("As this
 * information is reasonably accessible to you by other means, it is exempt
 * under section 21") refers back to the sentence before it in its paragraph
 * ("The figures for the financial years 2022/23 and 2023/24 are published on
 * our website at ..."): the financial years asked for are refused, the
 * calendar years the letter answers are not. */
static void test_s21_clause_refers_back(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the financial years 2022/23 and 2023/24 and the calendar year 2023, how many\n"
        "allegations of sexual harassment were made against police officers?\"\n\n"
        "Response\n\n"
        "The figures for the financial years 2022/23 and 2023/24 are published on our website at\n"
        "https://www.example.police.uk/psd-figures . As this information is reasonably accessible to you by\n"
        "other means, it is exempt under section 21 and is not repeated here.\n\n"
        "In the calendar year 2023 there were 5 allegations of sexual harassment against police officers.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31||refused|s21"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31||refused|s21"));
    assert_false(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    done(&d, &g);
}

/* A letter answering one year scheme with figures and refusing the other
 * whole: a neither-confirm-nor-deny of one category "for any of the periods
 * in your request" covers the calendar years too, not only the scheme the
 * figures are given in (the cost refusal of the calendar years is not that
 * category's); a not-held paragraph headed by its year ("2022/23: cases
 * recorded before our move to the new system on 1 April 2023 are not held
 * by type; ...") is that year's, the day of the move no period of its own. */
static void test_ncnd_any_period_and_year_lead(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the financial years 2022/23 and 2023/24 and the calendar year 2023, how many\n"
        "allegations of sexual harassment and of abuse of position for a sexual purpose were made against\n"
        "police officers?\"\n\n"
        "Response\n\n"
        "In 2023/24 there were 7 allegations of sexual harassment against police officers.\n\n"
        "2022/23: cases recorded before our move to the new system on 1 April 2023 are not held by type;\n"
        "the information for 2022/23 is not held.\n\n"
        "Abuse of position for a sexual purpose: we neither confirm nor deny that we hold information about\n"
        "allegations of this type for any of the periods in your request, by virtue of section 40(5B).\n\n"
        "Calendar year 2023: to answer we would have to read every case file, which would exceed the\n"
        "cost limit, so this part of your request is refused under section 12.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|7|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31||not_held|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2022-04-01|2023-03-31||ncnd|s40(5B)"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2023-01-01|2023-12-31||ncnd|s40(5B)"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||refused|s12"));
    assert_false(has(&g, "abuse_of_position_sexual|total|officers|allegations|2023-01-01|2023-12-31||refused|s12"));
    done(&d, &g);
}

/* One sentence listing each category's counts by period after a lead that
 * says what is counted ("The number of allegations recorded against police
 * officers and police staff (together) in each calendar year was: sexual
 * assault: 16 in 2024 and 4 in 2025; sexual misconduct: 7 in 2024 and 10 in
 * 2025"): each count its category's and period's. A list one item of which
 * does not read so gives nothing. */
static void test_category_period_list(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the calendar years 2023 and 2024, how many allegations of sexual assault and\n"
        "sexual harassment were made against police officers and police staff?\"\n\n"
        "Response\n\n"
        "Calendar years. The number of allegations recorded against police officers and police staff\n"
        "(together) in each calendar year was: sexual assault: 11 in 2023 and 6 in 2024; sexual\n"
        "harassment: 9 in 2023 and 14 in 2024.\n"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-01-01|2023-12-31|11|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-01-01|2024-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31|14|reported|"));
    assert_int_equal((int)g.ds.nrecords, 4);
    done(&d, &g);
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the calendar years 2023 and 2024, how many allegations of sexual assault and\n"
        "sexual harassment were made against police officers and police staff?\"\n\n"
        "Response\n\n"
        "The number of allegations recorded against police officers and police staff in each calendar year\n"
        "was: sexual assault: 11 in 2023 and 6 in 2024; sexual harassment: 9 in 2023, most of them\n"
        "resolved.\n"));
    assert_false(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-01-01|2024-12-31|6|reported|"));
    done(&d, &g);
    /* Round 43b: a comma in place of the colon after each category ("sexual
     * assault, 11 in 2023 and 6 in 2024; ..."), under a heading naming the
     * people; a comma not before a count is no such item */
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the calendar years 2023 and 2024, how many allegations of sexual assault and\n"
        "sexual harassment were made against police officers and police staff?\"\n\n"
        "Police staff\n\n"
        "Allegations against police staff are handled under the staff disciplinary policy. The numbers of\n"
        "allegations were: sexual assault, 11 in 2023 and 6 in 2024; sexual harassment, 9 in 2023 and 14 in\n"
        "2024.\n"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-01-01|2023-12-31|11|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-01-01|2024-12-31|14|reported|"));
    assert_int_equal((int)g.ds.nrecords, 4);
    done(&d, &g);
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the calendar years 2023 and 2024, how many allegations of sexual assault and\n"
        "sexual harassment were made against police officers and police staff?\"\n\n"
        "Response\n\n"
        "The numbers of allegations were: sexual assault, as before, 11 in 2023 and 6 in 2024; sexual\n"
        "harassment, 9 in 2023 and 14 in 2024.\n"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31|14|reported|"));
    done(&d, &g);
}

/* A refusal of one category "for all the periods requested" covers every
 * period, even where every figure given is of one year scheme; where a
 * refusal of a whole year scheme (section 21) covers the same figures, the
 * one naming the category stands. */
static void test_category_refusal_over_scheme_refusal(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the financial year 2023/24 and the calendar years 2023 and 2024, how many allegations\n"
        "of sexual harassment and sexual assault were made against police officers?\"\n\n"
        "Response\n\n"
        "Figures for the financial year 2023/24 are published on our website and are exempt under section 21.\n\n"
        "Information about allegations of sexual assault is exempt under section 31(1)(a) for all the periods\n"
        "requested.\n\n"
        "In 2023 there were 6 allegations of sexual harassment against police officers, and in 2024 there were 4.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31||refused|s21"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31||refused|s31(1)(a)"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||refused|s31(1)(a)"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31||refused|s31(1)(a)"));
    assert_false(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31||refused|s21"));
    done(&d, &g);
}

/* "neither confirms nor denies ... for any of the periods in your request"
 * covers every period asked for, in both year schemes, though the figures
 * given are financial years only; a refusal of the calendar years for the
 * other categories does not take that category's calendar years. */
static void test_ncnd_for_any_period(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the financial years 2023/24 and 2024/25 and the calendar years 2023 and 2024, how\n"
        "many allegations of sexual harassment and sexual assault were made against police officers?\"\n\n"
        "Response\n\n"
        "In 2023/24 there were 6 allegations of sexual harassment against police officers, and in 2024/25\n"
        "there were 4.\n\n"
        "Sexual assault: Cumbria Constabulary neither confirms nor denies that it holds information about\n"
        "allegations of this type for any of the periods in your request, by virtue of section 40(5B).\n\n"
        "Calendar years 2023 and 2024: to provide these we would have to read every file, which would take\n"
        "far longer than the 18-hour limit, so this part of your request is refused under section 12(1).\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31||ncnd|s40(5B)"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||ncnd|s40(5B)"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31||ncnd|s40(5B)"));
    assert_false(has_quiet(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31||refused|s12"));
    done(&d, &g);
}

/* An e-mail reply whose sender quotes its own earlier answer below the
 * requester's message ("On 1 May 2025, <the sender> wrote:" over lines
 * marked '>'): the quoted answer is the force's, read as the answer; the
 * same lines quoted from the requester are the request, never figures. */
static void test_own_answer_quoted_below(void **state)
{
    (void)state;
    static const char *const writers[] = { "Cumbria Constabulary FOI Team", "A Requester" };
    for (int k = 0; k < 2; k++) {
        char text[4096];
        snprintf(text, sizeof text,
                 "From: Cumbria Constabulary FOI Team <foi@cumbria.police.uk>\n"
                 "To: requester@example.org\n"
                 "Subject: RE: FOI 2025-0310\n\n"
                 "Dear Requester,\n\n"
                 "Thank you for your e-mail. Our answer of 1 May is repeated below.\n\n"
                 "Kind regards,\n\nFOI Team\n\n"
                 "-----Original Message-----\n"
                 "From: requester@example.org\n"
                 "Sent: 02 May 2025 10:00\n"
                 "Subject: RE: FOI 2025-0310\n\n"
                 "Could you confirm the figure for 2024/25?\n\n"
                 "On 1 May 2025, at 12:00, %s wrote:\n\n"
                 "> Dear Requester,\n"
                 ">\n"
                 "> In 2024/25 we recorded 9 allegations of sexual harassment against police officers.\n"
                 ">\n"
                 "> FOI Team\n",
                 writers[k]);
        struct foi_doc d;
        struct got g;
        run(&d, &g, "cumbria", text);
        if (k == 0)
            assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|9|reported|"));
        else
            assert_int_equal(count(&g), 0);
        done(&d, &g);
    }
}

/* The sender's own earlier answer quoted below the reply is no part of
 * this answer when it went to someone else (its "To:" names another
 * address than the reply's) or when the reply sets it apart ("forwarded
 * below for context only ... not part of this response"): its figures are
 * not read, the reply's are. The same requester's earlier answer, not set
 * apart, is read as before. */
static void test_own_answer_to_another_quoted(void **state)
{
    (void)state;
    static const char *const tos[] = { "<a.jones@example.net>", "requester@example.org", "requester@example.org" };
    static const char *const notes[] = { "Our answer to a similar request is forwarded below.",
                                         "Our earlier e-mail is quoted below for context only and is not part of this response.",
                                         "Our earlier e-mail is quoted below." };
    for (int k = 0; k < 3; k++) {
        char text[4096];
        snprintf(text, sizeof text,
                 "From: Freedom of Information <foi@example.police.uk>\n"
                 "To: requester@example.org\n"
                 "Subject: RE: FOI 2026-0412\n\n"
                 "Dear Requester,\n\n"
                 "You asked: \"How many allegations of sexual harassment were made against police officers in 2025?\"\n\n"
                 "In 2025 we recorded 5 allegations of sexual harassment against police officers.\n\n"
                 "%s\n\n"
                 "Kind regards,\n\nFOI Team\n\n"
                 "> ---------- Forwarded message ---------\n"
                 "> From: Freedom of Information <foi@example.police.uk>\n"
                 "> Date: Tue, 11 Mar 2025 at 14:02\n"
                 "> Subject: FOI 2025-0077\n"
                 "> To: %s\n"
                 ">\n"
                 "> Dear Sir,\n"
                 ">\n"
                 "> In 2025 we recorded 12 allegations of sexual assault against police officers.\n"
                 ">\n"
                 "> FOI Team\n",
                 notes[k], tos[k]);
        struct foi_doc d;
        struct got g;
        run(&d, &g, "cumbria", text);
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31|5|reported|"));
        int quoted = has_quiet(&g, "sexual_assault|total|officers|allegations|2025-01-01|2025-12-31|12|reported|");
        if (k < 2 ? quoted : !quoted) {
            has(&g, "(the listing)");
            fail_msg("case %d", k);
        }
        done(&d, &g);
    }
}

/* A paragraph that withholds a category without naming the section, right
 * under a heading that names it ("Section 30(1)(a) - investigations"):
 * refused under that section; a paragraph under it that withholds nothing
 * refuses nothing. */
static void test_withheld_under_exemption_heading(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the calendar years 2023 and 2024, how many allegations of sexual harassment and\n"
        "sexual misconduct were made against police officers?\"\n\n"
        "Response\n\n"
        "In 2023 there were 6 allegations of sexual harassment against police officers, and in 2024 there were 4.\n\n"
        "Section 30(1)(a) - investigations\n\n"
        "Figures for allegations of sexual misconduct are withheld for all the periods requested, as each one\n"
        "is the subject of a criminal investigation.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|6|reported|"));
    /* the request's years run on: one row over them (as for any refusal) */
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2023-01-01|2024-12-31||refused|s30(1)(a)"));
    done(&d, &g);
}

/* "In 2023 the figures were 4 and 7 respectively": counts without their
 * categories, as many as the categories of the sentence before (each after
 * its own count), are of those categories in that order; a count too many
 * or too few gives nothing. */
static void test_respectively_after_a_list(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the calendar years 2022 and 2023, how many allegations of sexual harassment and\n"
        "sexual misconduct were made against police officers?\"\n\n"
        "Response\n\n"
        "In 2022 we recorded 6 allegations of sexual harassment and 2 of sexual misconduct against police\n"
        "officers. In 2023 the figures were 4 and 7 respectively.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|6|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2022-01-01|2022-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2023-01-01|2023-12-31|7|reported|"));
    done(&d, &g);
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the calendar years 2022 and 2023, how many allegations of sexual harassment and\n"
        "sexual misconduct were made against police officers?\"\n\n"
        "Response\n\n"
        "In 2022 we recorded 6 allegations of sexual harassment and 2 of sexual misconduct against police\n"
        "officers. In 2023 the figures were 4, 1 and 7 respectively.\n"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_int_not_equal(g.ds.records[i].v.value, 7);
    done(&d, &g);
}

/* Years spelled as their days in prose: "4 in the financial year 2024/25"
 * and "in the period 1 April 2024 to 31 March 2025" give the count after
 * them that period, as "4 in 2024/25" does; the days of a period are no
 * counts of a "respectively" sentence ("During the period 1 April 2023 to
 * 31 March 2024 there were 12 ..., 5 ... and 9 ...; for April 2024 to
 * March 2025 the numbers are 10, 3 and 11 respectively"). */
static void test_years_spelled_as_days_in_prose(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the financial years 2023/24 and 2024/25, how many allegations of sexual harassment\n"
        "were made against police officers?\"\n\n"
        "Response\n\n"
        "There were 6 allegations of sexual harassment against police officers in the year ending 31 March\n"
        "2024 and 4 in the financial year 2024/25.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|4|reported|"));
    done(&d, &g);
    run(&d, &g, "cumbria", letter(
        "You asked: \"For the financial years 2023/24 and 2024/25, how many allegations of sexual misconduct,\n"
        "sexual assault and sexual harassment were made against police staff?\"\n\n"
        "Response\n\n"
        "During the period 1 April 2023 to 31 March 2024 there were 12 allegations of sexual misconduct, 5 of\n"
        "sexual assault and 9 of sexual harassment against police staff. For April 2024 to March 2025 the\n"
        "numbers are 10, 3 and 11 respectively.\n"));
    assert_true(has(&g, "sexual_misconduct|total|staff|allegations|2023-04-01|2024-03-31|12|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|staff|allegations|2024-04-01|2025-03-31|10|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-04-01|2025-03-31|11|reported|"));
    done(&d, &g);
}

/* "the current financial year runs from 1 April 2024 to 31 August 2024":
 * "none in the current financial year" beside other years is a nil of that
 * period, and the request's "2024/25 to date" (an NCND over it) ends there. */
static void test_current_year_in_a_list_and_the_request(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "suffolk", letter(
        "You asked: \"Please provide, for 2023/24 and for 2024/25 to date, the number of allegations of\n"
        "sexual assault and of sexual harassment against police officers.\"\n\n"
        "Response\n\n"
        "The current financial year runs from 1 April 2024 to 31 August 2024.\n\n"
        "Sexual assault: there were two allegations in 2023/24 and none in the current financial year.\n\n"
        "Suffolk Constabulary neither confirms nor denies that it holds information about allegations of\n"
        "sexual harassment, under sections 30(3) and 40(5).\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2024-08-31|0|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-08-31||ncnd|s30(3);s40(5)"));
    done(&d, &g);
}

/* What became of a count said right after it: "one allegation, which is
 * still under investigation" (the total and its outcome), "one in 2023/24
 * (the officer was dismissed)"; a clause after "which" that names no outcome
 * ("which is fewer than last year") or two gives none. */
static void test_outcome_said_after_the_count(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "suffolk", letter(
        "You asked: \"Please provide, for 2022/23 and 2023/24, the number of allegations of sexual assault\n"
        "and of sexual harassment against police officers, and their outcomes.\"\n\n"
        "Response\n\n"
        "Sexual harassment: in 2023/24 there was one allegation, which is still under investigation.\n\n"
        "Sexual assault: there were three allegations in 2022/23, which is fewer than before, and one in\n"
        "2023/24 (the officer was dismissed).\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|ongoing|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-04-01|2023-03-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);
    /* "(of which 3 were dismissed)", "(two were dismissed)": a count of
     * their own, never the outcome of all of them */
    run(&d, &g, "suffolk", letter(
        "You asked: \"Please provide, for 2023/24, the number of allegations of sexual assault and of\n"
        "sexual harassment against police officers, and their outcomes.\"\n\n"
        "Response\n\n"
        "Sexual harassment: in 2023/24 there were 12 allegations (of which 3 were dismissed). Sexual assault: 5\n"
        "allegations in 2023/24 (two were dismissed).\n"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_false(!strcmp(g.ds.records[i].outcome, "dismissed") && g.ds.records[i].v.value >= 5);
    done(&d, &g);
}

/* "none in any of the three periods": a nil for each period the request
 * names, when it names that many; a number that does not match gives none. */
static void test_none_in_any_of_the_periods(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *body =
        "You asked: \"Please provide, for 2020/21, 2021/22 and 2022/23, the number of allegations of sexual\n"
        "harassment and of sexual assault against police officers.\"\n\n"
        "Response\n\n"
        "Sexual harassment: in 2020/21 there were three allegations.\n\n"
        "Sexual assault: none in any of the %s periods.\n";
    /* (years over by the letter's date, 22 May 2023: round 42a keeps a year
     * not yet over below 0.5) */
    char buf[1024];
    snprintf(buf, sizeof buf, body, "three");
    run(&d, &g, "suffolk", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2020-04-01|2021-03-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-04-01|2022-03-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-04-01|2023-03-31|0|reported|"));
    assert_int_equal(count(&g), 4);
    /* it says how many periods it means, as many as the request names: its
     * nils are stated, as sure as a count the sentence gives */
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (!strcmp(g.ds.records[i].category, "sexual_assault")) {
            assert_true(g.ds.records[i].confidence >= 0.5);
            assert_null(strstr(g.ds.records[i].note ? g.ds.records[i].note : "", "period from the request"));
        }
    done(&d, &g);
    snprintf(buf, sizeof buf, body, "two");
    run(&d, &g, "suffolk", letter(buf));
    assert_int_equal(count(&g), 1);
    done(&d, &g);
    /* "in any of the periods", no number: the request's periods, stated
     * where the answer's own figures give each of them, else handed on from
     * the request (below 0.5) */
    static const char *const body2 =
        "You asked: \"Please provide, for 2020/21, 2021/22 and 2022/23, the number of allegations of sexual\n"
        "harassment and of sexual assault against police officers.\"\n\n"
        "Response\n\n"
        "%s\n\n"
        "No allegations of sexual assault were recorded against police officers in any of the periods.\n";
    for (int k = 0; k < 2; k++) {
        snprintf(buf, sizeof buf, body2,
                 k ? "Sexual harassment: in 2020/21 there were three allegations."
                   : "Sexual harassment: in 2020/21 there were three allegations; in 2021/22 there were five; in "
                     "2022/23 there were two.");
        run(&d, &g, "suffolk", letter(buf));
        assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-04-01|2022-03-31|0|reported|"));
        int nils = 0;
        for (size_t i = 0; i < g.ds.nrecords; i++)
            if (!strcmp(g.ds.records[i].category, "sexual_assault")) {
                nils++;
                if (k)
                    assert_true(g.ds.records[i].confidence < 0.5);
                else
                    assert_true(g.ds.records[i].confidence >= 0.5);
            }
        assert_int_equal(nils, 3);
        done(&d, &g);
    }
}

static void test_cost_goodwill_s21(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "lincolnshire", letter(
        "You asked: \"Please provide, for each year from 2015 to 2023, the number of allegations of sexual\n"
        "assault and sexual harassment made against officers and staff.\"\n\n"
        "Response\n\n"
        "Lincolnshire Police is not obliged to comply with your request, because the cost would exceed\n"
        "the appropriate limit under section 12(1) of the Act. Over the period the department recorded\n"
        "approximately 3,100 allegations; reviewing each would take 258 hours.\n\n"
        "However, as a gesture of goodwill, we have searched the records for 2023. In 2023, 7\n"
        "allegations of sexual harassment were recorded against officers and staff.\n"));
    assert_int_equal(count(&g), 3);
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2015-01-01|2023-12-31||refused|s12"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2015-01-01|2023-12-31||refused|s12"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31|7|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (g.ds.records[i].v.status == FOI_VS_REPORTED)
            assert_non_null(strstr(g.ds.records[i].note, "gesture of goodwill"));
    assert_true(traced(&g, "'258' not a figure: in a refusal's reasoning"));
    done(&d, &g);
    /* section 21 for one question, its link as the note */
    run(&d, &g, "warwickshire", letter(
        "REQUEST\n\n"
        "1. How many allegations of sexual misconduct in 2022 against officers resulted in dismissal?\n"
        "2. How many allegations of sexual harassment were recorded against officers in 2022?\n\n"
        "RESPONSE\n\n"
        "1. The outcomes of misconduct hearings are published, so this is exempt under section 21 as it is\n"
        "reasonably accessible to you: https://www.example.police.uk/hearings.\n"
        "2. 11\n"));
    assert_int_equal(count(&g), 2);
    assert_true(has(&g, "sexual_misconduct|dismissed|officers|allegations|2022-01-01|2022-12-31||refused|s21"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|11|reported|"));
    int link = 0;
    for (size_t i = 0; i < g.ds.nrecords; i++)
        link |= !strcmp(g.ds.records[i].note, "published at https://www.example.police.uk/hearings");
    assert_true(link);
    done(&d, &g);
}

/* A letter headed "REVISED RESPONSE" (no "Dear", its request restated
 * under "Your request now reads:") is a response: its heading marks the
 * answer, so its statements are read (the calendar years exempt under
 * section 21); the figure it corrects ("given as 14; it should have been
 * 16") is no figure of its own. */
static void test_revised_response_heading(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "wiltshire",
        "Wiltshire Police\nInformation Access Unit\nOur reference: FOI 2026/0415 (revised) Date: 3 May 2026\n\n"
        "REVISED RESPONSE\n\n"
        "This letter replaces our response of 2 February 2026 to your earlier request (reference FOI\n"
        "2026/0415). In that response the number of allegations of sexual harassment against police officers\n"
        "in 2024/25 was given as 14; it should have been 16. We apologise for the error.\n\n"
        "Because you have since widened your request, this revised response answers it in full. Your request\n"
        "now reads:\n\n"
        "    Please provide, for the financial year 2024/25 and the calendar year 2025: (a) the number of\n"
        "    allegations of sexual harassment made against your police officers; and (b) the outcome of\n"
        "    each allegation.\n\n"
        "In 2024/25 there were 16 allegations of sexual harassment against police officers.\n\n"
        "Figures for the calendar year 2025 are published in our annual bulletin and are exempt under section\n"
        "21 of the Act.\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31||refused|s21"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_false(g.ds.records[i].v.has_value && g.ds.records[i].v.value == 14);
    done(&d, &g);
}

/* ------------------------------------------------------------ not a response */
static void test_not_a_response(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "northumbria",
        "NORTHUMBRIA POLICE NEWS\n\nOfficer dismissed after gross misconduct hearing\n\n"
        "A Northumbria Police officer has been dismissed after a hearing found he abused his position.\n"
        "PC Mark Ellison, 34, one of the five officers investigated, was dismissed. Two of the other\n"
        "officers received final written warnings. Since 2020 the force has dismissed 12 officers for\n"
        "sexual misconduct, and 27 allegations of sexual misconduct were recorded in 2022/23.\n");
    assert_int_equal(count(&g), 0);
    assert_int_equal(g.ds.nissues, 1);
    assert_string_equal(g.ds.issues[0].code, "not_a_response");
    assert_int_equal(g.ds.issues[0].severity, FOI_SEV_INFO);
    assert_string_equal(meta_value(&g, "not_a_response"), "1");
    done(&d, &g);
    /* unless a context file says to read its prose */
    struct foi_doc_context ctx = { .origin = "context file x", .read_prose = 1 };
    run_ctx(&d, &g, "northumbria",
            "NORTHUMBRIA POLICE NEWS\n\nIn 2022/23, 27 allegations of sexual misconduct were recorded\n"
            "against officers and staff.\n", &ctx);
    assert_int_equal(count(&g), 1);
    done(&d, &g);
}

/* ------------------------------------------------------------ the request's forms */
static void test_request_forms(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    /* "Your request ... was as follows:" introduces the request; its one
     * question counts people; a sentence quoting another body's figures
     * gives the request no period */
    run(&d, &g, "derbyshire", letter(
        "Your request, received on 3 April 2023, was as follows:\n\n"
        "\"The BBC reported that forces recorded 1,100 allegations of sexual harassment in 2021.\n"
        "How many police officers were subject to misconduct proceedings for sexual harassment\n"
        "in 2022, and what was the outcome for each of them?\"\n\n"
        "Derbyshire Constabulary holds this information. Four officers were dismissed and\n"
        "seven were given a final written warning. Around 3% of our 1,900 officers were\n"
        "subject to a complaint last year.\n"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|individuals|2022-01-01|2022-12-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|final_written_warning|officers|individuals|2022-01-01|2022-12-31|7|reported|"));
    assert_int_equal(count(&g), 2);
    assert_true(traced(&g, "not what the request asks about"));
    assert_true(traced(&g, "'1,900' not a figure: the size of a group"));
    done(&d, &g);
    /* a count given relative to the letter ("last year") takes no period */
    run(&d, &g, "derbyshire", letter(
        "You asked: \"How many allegations of sexual harassment were made against your officers\n"
        "in 2022?\"\n\nIn 2022 we recorded 14 allegations of sexual harassment. A further 6\n"
        "allegations of sexual harassment were recorded last year.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|14|reported|"));
    assert_int_equal(count(&g), 1);
    assert_true(traced(&g, "relative to the letter"));
    done(&d, &g);
}

/* "Your request (received ...) was as follows: “...”" with the quotation
 * opening in the same sentence and its first words not a question: the
 * quotation is the request (its quoted figure and years are not the answer),
 * and the answer's count takes the request's period */
static void test_request_quoted_after_follows(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "Your request (received 2 March 2023) was as follows: \xe2\x80\x9c" "A review in 2021 found that 30 officers\n"
        "had been accused of sexual harassment. Please tell me, for 2022, the number of allegations\n"
        "of sexual harassment made against officers.\xe2\x80\x9d" "\n\n"
        "We recorded 9 allegations of sexual harassment against police officers.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|9|reported|"));
    assert_int_equal(count(&g), 1);
    assert_true(traced(&g, "request (quoted request)"));
    done(&d, &g);
}

/* A note opening with a term it quotes ("'Force total' adds the two forces
 * together", "“Live” means ...") is a sentence about that term, not the
 * requester's words: it starts no request (a workbook's "Read me" sheet
 * with no request at all keeps its lines as what the figures are). A
 * quotation that opens a block and runs on is still a quoted request. */
static void test_quoted_term_no_request(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked for the number of allegations of sexual harassment made against police officers in 2024.\n\n"
        "'Force total' adds the two forces together and is given for convenience only.\n\n"
        "\xe2\x80\x9cLive\xe2\x80\x9d means the allegation is still being investigated.\n\n"
        "In 2024 we recorded 7 allegations of sexual harassment against police officers.\n"));
    assert_false(traced(&g, "quoted request"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|7|reported|"));
    done(&d, &g);
    run(&d, &g, "derbyshire", letter(
        "'Please tell me how many allegations of sexual harassment were made against officers in 2024.'\n\n"
        "We recorded 7 allegations of sexual harassment against police officers.\n"));
    assert_true(traced(&g, "quoted request"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|7|reported|"));
    done(&d, &g);
}

/* The figures of a record as "force|category|outcome|period_start|value", or 0. */
static int has_force(struct got *g, const char *want)
{
    char buf[256];
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        snprintf(buf, sizeof buf, "%s|%s|%s|%s|%lld", r->force_id, r->category, r->outcome, r->period_start,
                 (long long)r->v.value);
        if (!strcmp(buf, want))
            return 1;
    }
    return 0;
}

/* A reply that passes on, below its own answer, another force's answer to
 * the same request ("---------- Forwarded message ----------" / "From:
 * North Yorkshire Police <foi@northyorkshire.police.uk>"): that quote is no
 * requester's message but the other force's answer, and its table and its
 * sentences are that force's figures; the reply's own are its own. A quoted
 * message from a person who shares a force's name ("From: Sam Durham") is
 * the requester's, as before. */
static void test_other_force_answer_passed_on(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *mail =
        "From: Cumbria Constabulary Information Access <foi@cumbria.police.uk>\n"
        "To: requester@example.org\n"
        "Subject: RE: FOI 2026/881\n\n"
        "Dear Requester,\n\n"
        "Thank you for your request. Cumbria Constabulary recorded 6 allegations of sexual harassment against\n"
        "police officers in 2025.\n\n"
        "North Yorkshire Police asked us to pass on its answer to the same request; it is below as we\n"
        "received it, and the figures in it are North Yorkshire Police's.\n\n"
        "Kind regards,\n\nInformation Access Team\n\n"
        "---------- Forwarded message ----------\n"
        "From: North Yorkshire Police Civil Disclosure <foi@northyorkshire.police.uk>\n"
        "Date: Mon, 14 Dec 2026 at 11:20\n"
        "Subject: North Yorkshire Police FOI 0932-26\n\n"
        "Allegations of sexual harassment against police officers in 2025:\n\n"
        "  Outcome                     2025\n"
        "  Dismissed                      2\n"
        "  Written warning                3\n"
        "  No case to answer              4\n"
        "  Total                          9\n\n"
        "In 2025 North Yorkshire Police also recorded 5 allegations of sexual assault against police officers.\n";
    run(&d, &g, "cumbria", mail);
    assert_true(traced(&g, "another force's answer, passed on below the reply"));
    assert_true(has_force(&g, "cumbria|sexual_harassment|total|2025-01-01|6"));
    assert_true(has_force(&g, "north-yorkshire|sexual_harassment|dismissed|2025-01-01|2"));
    assert_true(has_force(&g, "north-yorkshire|sexual_harassment|total|2025-01-01|9"));
    assert_true(has_force(&g, "north-yorkshire|sexual_assault|total|2025-01-01|5"));
    assert_false(has_force(&g, "cumbria|sexual_harassment|total|2025-01-01|9"));
    assert_false(has_force(&g, "cumbria|sexual_assault|total|2025-01-01|5"));
    done(&d, &g);
    /* the requester's own message quoted below the reply, its writer sharing
     * a force's name: the request, its table never Durham's */
    run(&d, &g, "cumbria",
        "From: Cumbria Constabulary Information Access <foi@cumbria.police.uk>\n"
        "To: sam.durham@example.org\n"
        "Subject: RE: FOI 2026/882\n\n"
        "Dear Requester,\n\n"
        "Cumbria Constabulary recorded 6 allegations of sexual harassment against police officers in 2025.\n\n"
        "Kind regards,\n\nInformation Access Team\n\n"
        "-----Original Message-----\n"
        "From: Sam Durham <sam.durham@example.org>\n"
        "Sent: 01 December 2026 09:12\n"
        "Subject: FOI request\n\n"
        "Please tell me how many allegations of sexual harassment were made against your officers in 2025,\n"
        "and their outcomes, as another force gave them:\n\n"
        "  Outcome                     2025\n"
        "  Dismissed                      2\n"
        "  Total                          9\n");
    assert_false(traced(&g, "another force's answer"));
    assert_true(traced(&g, "the requester's message, quoted below the reply"));
    assert_false(has_force(&g, "durham|sexual_harassment|total|2025-01-01|9"));
    done(&d, &g);
}

/* A line per type and year, the total first and then each outcome's count
 * after a semicolon ("- Sexual assault: total 3; dismissed 0, ..., still
 * under investigation 1"), under a heading naming the year; "Each line gives
 * the total number of allegations ..." says what the lines count, and a
 * long paragraph's last sentence "They cover police officers only." whom
 * (round 47b, blind47 Civil Nuclear Constabulary). */
static void test_total_then_outcomes_lines(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked for figures on sexual assault and sexual harassment by police officers and police staff\n"
        "in 2025, with their outcomes.\n\n"
        "Derbyshire Constabulary holds the information and records allegations by calendar year, so the\n"
        "figures are for the year 2025 as you asked, taken from the professional standards system on the\n"
        "day of this reply, each allegation once under its most serious type, whatever the year in which\n"
        "it was finalised. They cover police officers only.\n\n"
        "Each line gives the total number of allegations of that type, then the outcome of each.\n\n"
        "Calendar year 2025\n"
        "- Sexual assault: total 4; dismissed 1, final written warning 0, no case to answer 2, still under investigation 1\n"
        "- Sexual harassment: total 6; dismissed 2, final written warning 1, no case to answer 3, still under investigation 0\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2025-01-01|2025-12-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|ongoing|officers|allegations|2025-01-01|2025-12-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2025-01-01|2025-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|final_written_warning|officers|allegations|2025-01-01|2025-12-31|1|reported|"));
    assert_int_equal(count(&g), 10);
    done(&d, &g);
}

/* ------------------------------------------------------------ counts in prose */
static void test_prose_forms(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    /* a count leaving its noun to the one before, each with its own subject;
     * a hedged count keeps only its bound; a list of counts ending in one
     * outcome; "across the three years" is the request's span */
    run(&d, &g, "derbyshire", letter(
        "You asked: \"For each of the financial years 2019/20, 2020/21 and 2021/22, how many allegations\n"
        "of sexual harassment and of sexual assault were made against officers and staff?\"\n\n"
        "Across the three years there were 40 allegations of sexual harassment against police\n"
        "officers and 9 against police staff, 49 in total. Three allegations of sexual harassment\n"
        "against police officers and one allegation of sexual harassment against police staff\n"
        "resulted in dismissal, and more than twenty resulted in no case to answer.\n"));
    const char *span = "2019-04-01|2022-03-31";
    char want[256];
    snprintf(want, sizeof want, "sexual_harassment|total|officers|allegations|%s|40|reported|", span);
    assert_true(has(&g, want));
    snprintf(want, sizeof want, "sexual_harassment|total|staff|allegations|%s|9|reported|", span);
    assert_true(has(&g, want));
    snprintf(want, sizeof want, "sexual_harassment|total|officers_and_staff|allegations|%s|49|reported|", span);
    assert_true(has(&g, want));
    snprintf(want, sizeof want, "sexual_harassment|dismissed|officers|allegations|%s|3|reported|", span);
    assert_true(has(&g, want));
    snprintf(want, sizeof want, "sexual_harassment|dismissed|staff|allegations|%s|1|reported|", span);
    assert_true(has(&g, want));
    snprintf(want, sizeof want, "sexual_harassment|no_case_to_answer|officers_and_staff|allegations|%s||approximate|",
             span);
    assert_true(has(&g, want));
    assert_int_equal(count(&g), 6);
    done(&d, &g);
}

/* A paragraph that gives its answer first and explains it after: the answer
 * is read, the explanation is not; a band in words withheld is suppressed */
static void test_answer_then_reasons(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: \"In 2023, how many allegations of sexual assault were made against officers?\"\n\n"
        "I can confirm that we hold this information.\n\n"
        "Between two and four allegations of sexual assault were recorded in 2023. We cannot be more\n"
        "precise because, in a force of 1,800 officers, a small number could identify the 3 people\n"
        "involved. The exact figure is withheld under section 40(2).\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||suppressed|s40(2)"));
    assert_int_equal(count(&g), 1);
    done(&d, &g);
    /* a paragraph that opens with the law behind an exemption stays boilerplate */
    run(&d, &g, "derbyshire", letter(
        "You asked: \"In 2023, how many allegations of sexual assault were made against officers?\"\n\n"
        "Section 12(1) of the Act provides that we need not comply where the cost would exceed the\n"
        "appropriate limit. 14 allegations would each need 2 hours of work to review.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||refused|s12"));
    assert_int_equal(count(&g), 1);
    done(&d, &g);
}

/* A letter giving hundreds of figures: a later sentence restating one of
 * the first, or giving it another value, is found among them (the letter's
 * figures by identity, engine_letter.c's hash chains, grown as they fill). */
static void test_many_figures_then_restated(void **state)
{
    (void)state;
    static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                           "August", "September", "October", "November", "December" };
    struct foi_buf b;
    foi_buf_init(&b, 0);
    foi_buf_printf(&b, "Derbyshire Constabulary\nOur reference: 1452/23\n\nDear Requester\n\n"
                       "You asked: \"How many allegations of sexual assault were made against officers in each "
                       "month from January 2002 to December 2023?\"\n\n");
    for (int y = 2002; y <= 2023; y++)
        for (int m = 0; m < 12; m++)
            foi_buf_printf(&b, "In %s %d, %d allegations of sexual assault were recorded.\n\n", months[m], y,
                           3 + (y * 12 + m) % 7);
    foi_buf_printf(&b, "In March 2002, 5 allegations of sexual assault were recorded.\n\n"
                       "In April 2002, 9 allegations of sexual assault were recorded.\n\nYours sincerely\n");
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", b.data);
    assert_int_equal(count(&g), 22 * 12);
    /* March 2002: 3 + (2002 * 12 + 2) % 7 = 5, April: 6 */
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2002-03-01|2002-03-31|5|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2002-04-01|2002-04-30|6|reported|"));
    assert_true(traced(&g, "'5' not taken again: the same figure was already taken"));
    assert_true(traced(&g, "'9' not taken: a figure for the same thing was already taken"));
    done(&d, &g);
    foi_buf_release(&b);
}

/* An internal review: its subject line is not the rights at a letter's end;
 * a corrected figure replaces the one the letter restated, the value it
 * corrects is no figure, nor a count of what happened on one day */
static void test_review_corrections(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire",
        "Derbyshire Constabulary\nOur reference: 1452/23 IR\n\nDear Requester\n\n"
        "Internal review - FOI 1452/23\n\n"
        "You asked us to review our response to your request for the number of allegations of sexual\n"
        "assault against police officers in 2023.\n\n"
        "I have reviewed the response.\n\n"
        "We told you that 10 allegations of sexual assault were recorded in 2023 and that 2 of them\n"
        "resulted in dismissal. One further allegation, recorded on 4 May 2023, was missed.\n\n"
        "The correct figure for 2023 is therefore 11 allegations of sexual assault, of which 3 (not 2)\n"
        "resulted in dismissal.\n\nYours sincerely\n");
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|11|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_int_equal(count(&g), 2);
    assert_true(traced(&g, "subject line of an internal review"));
    assert_true(traced(&g, "'One' not a figure: counts what happened on one day"));
    assert_true(traced(&g, "'2' not a figure: the value a correction replaces"));
    done(&d, &g);
    /* without a correction, a second value for the same figure is not taken */
    run(&d, &g, "derbyshire", letter(
        "You asked: \"In 2023, how many allegations of sexual assault were made against officers?\"\n\n"
        "In 2023 there were 10 allegations of sexual assault. In 2023, 12 allegations of sexual assault\n"
        "were recorded.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|10|reported|"));
    assert_int_equal(count(&g), 1);
    assert_true(traced(&g, "'12' not taken: a figure for the same thing was already taken"));
    done(&d, &g);
}

/* NCND of "any further information" for a period of its own, under the
 * answer to a question: that period's rows for the question's categories,
 * though the reasons after it speak of a named officer; "and 5 of sexual
 * assault" leaves its noun to the count before */
static void test_ncnd_own_period(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "psni",
        "PSNI\nOur reference: F-2024-1\n\nRequest 1\nPlease provide the number of allegations of sexual "
        "assault and sexual harassment recorded against police officers in each financial year from 2020/21 "
        "to the date of this request.\n\nAnswer\nIn 2020/21 there were 4 allegations of sexual harassment "
        "and 2 of sexual assault against police officers.\n\nIn respect of the period 1 April 2021 to 5 "
        "February 2022, PSNI can neither confirm nor deny that it holds any further information relevant to "
        "your request, under sections 30(3) and 40(5). To do so could reveal whether a named officer is under "
        "investigation.\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2020-04-01|2021-03-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2020-04-01|2021-03-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-04-01|2022-02-05||ncnd|s30(3);s40(5)"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-04-01|2022-02-05||ncnd|s30(3);s40(5)"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* "Your request is reproduced below" announces the request; "your request
 * and the information is set out below" does not */
static void test_request_below(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "Your request is reproduced below.\n\n"
        "For the calendar year 2023 tell me how many allegations of sexual assault were made against\n"
        "officers, and the number of those dismissed. Hampshire had 12.\n\n"
        "In 2023, 9 allegations of sexual assault were made against officers.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|9|reported|"));
    assert_int_equal(count(&g), 1);
    assert_true(traced(&g, "'12' not a figure: in the request"));
    done(&d, &g);
    run(&d, &g, "derbyshire", letter(
        "We have considered your request and the information is set out below.\n\n"
        "The number of allegations of sexual assault made against officers in 2023 was 14.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|14|reported|"));
    assert_int_equal(count(&g), 1);
    done(&d, &g);
}

/* Totals given for officers and for staff, the outcomes refused under
 * section 12: a refused total for officers and staff together would
 * contradict them, so the refusal gives no row; with no totals at all it
 * gives one refused row. */
static void test_refused_part_under_stated_totals(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: In 2023, how many allegations of sexual assault were made against your police officers "
        "and police staff, and what was the outcome of each?\n\n"
        "In 2023, 12 allegations of sexual assault were recorded against police officers.\n\n"
        "In 2023, 3 allegations of sexual assault were recorded against police staff.\n\n"
        "Outcomes\n\nI estimate that it would cost more than the appropriate limit of \xc2\xa3" "450 to provide the "
        "outcome of each allegation, and I am therefore refusing this part of your request under section 12(1).\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|12|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_int_equal(count(&g), 2);
    assert_true(traced(&g, "states that total for officers or staff"));
    done(&d, &g);
    run(&d, &g, "derbyshire", letter(
        "You asked: In 2023, how many allegations of sexual assault were made against your police officers "
        "and police staff, and what was the outcome of each?\n\n"
        "I estimate that it would cost more than the appropriate limit of \xc2\xa3" "450 to provide this "
        "information, and I am therefore refusing your request under section 12(1).\n"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-01-01|2023-12-31||refused|s12"));
    assert_int_equal(count(&g), 1);
    done(&d, &g);
}

/* "Sexual assault: 5 allegations (police officers 4, police staff 1)": the
 * value is officers and staff together, the parenthesis its parts, and the
 * outcome items under it are that category's. */
static void test_pair_with_breakdown(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: for 2022/23, how many allegations of sexual assault and domestic abuse were made against "
        "your police officers and police staff, and what were the outcomes?\n\n"
        "Financial year 2022/23\n\n"
        "\xe2\x80\xa2 Sexual assault: 5 allegations (police officers 4, police staff 1)\n"
        "\xe2\x80\xa2 Dismissed: 2\n\xe2\x80\xa2 No case to answer: 3\n"
        "\xe2\x80\xa2 Domestic abuse: 3 allegations (2 police officers, 1 police staff)\n"
        "\xe2\x80\xa2 Written warning: 3\n"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2022-04-01|2023-03-31|5|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-04-01|2023-03-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2022-04-01|2023-03-31|1|reported|"));
    assert_true(has(&g, "sexual_assault|no_case_to_answer|officers_and_staff|allegations|2022-04-01|2023-03-31|3|reported|"));
    assert_true(has(&g, "domestic_abuse|total|officers_and_staff|allegations|2022-04-01|2023-03-31|3|reported|"));
    assert_true(has(&g, "domestic_abuse|total|officers|allegations|2022-04-01|2023-03-31|2|reported|"));
    assert_true(has(&g, "domestic_abuse|written_warning|officers_and_staff|allegations|2022-04-01|2023-03-31|3|reported|"));
    assert_int_equal(count(&g), 9);
    done(&d, &g);
}

/* "No allegations of sexual assault or of domestic abuse were recorded": a
 * nil of each category the clause names; a count of several categories
 * together is still no figure of either. */
static void test_nil_of_several_categories(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: in 2023, how many allegations of sexual assault, sexual harassment and domestic abuse "
        "were made against your police officers?\n\n"
        "Four allegations of sexual harassment were recorded against police officers in 2023. "
        "No allegations of sexual assault or of domestic abuse were recorded against police officers in 2023.\n\n"
        "In 2022, 9 allegations of sexual assault or domestic abuse were recorded against police officers.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_true(has(&g, "domestic_abuse|total|officers|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* An e-mail answer by year: a period alone over each paragraph, and the
 * outcomes as "Outcomes: label n, label n" after the count they divide. */
static void test_outcome_list_by_year(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: for 2021/22 and 2022/23, how many allegations of sexual harassment were made against "
        "your police officers, and with what outcomes?\n\n"
        "2021/22\n3 allegations of sexual harassment were recorded against police officers.\n"
        "Outcomes: final written warning 1, reflective practice 1, no case to answer 1.\n\n"
        "2022/23\n2 allegations of sexual harassment were recorded against police officers. Outcomes:\n"
        "dismissed 1 and under investigation 1.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-04-01|2022-03-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|final_written_warning|officers|allegations|2021-04-01|2022-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|management_action|officers|allegations|2021-04-01|2022-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2021-04-01|2022-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2022-04-01|2023-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|ongoing|officers|allegations|2022-04-01|2023-03-31|1|reported|"));
    assert_int_equal(count(&g), 7);
    done(&d, &g);
}

/* A "Police officers" heading over lead-ins of several categories: the
 * subject goes on across them; "the outcomes of the 4 allegations of X
 * were:" states the total; "over the two years together" is the span the
 * request asks for. */
static void test_section_subject_and_span(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: for each of the financial years 2021/22 and 2022/23, how many allegations of sexual "
        "assault and domestic abuse were made against your police officers and police staff, and with what "
        "outcomes?\n\n"
        "POLICE OFFICERS\n\n"
        "Over the two financial years together, the outcomes of the 4 allegations of sexual assault were:\n"
        "\xe2\x80\xa2 dismissed: 1\n\xe2\x80\xa2 no case to answer: 3\n\n"
        "The outcomes of the 2 allegations of domestic abuse were:\n"
        "\xe2\x80\xa2 written warning: 2\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-04-01|2023-03-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2021-04-01|2023-03-31|1|reported|"));
    assert_true(has(&g, "domestic_abuse|total|officers|allegations|2021-04-01|2023-03-31|2|reported|"));
    assert_true(has(&g, "domestic_abuse|written_warning|officers|allegations|2021-04-01|2023-03-31|2|reported|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);
}

/* A "Police staff" heading over a lead-in that opens a year ("Of the
 * allegations recorded in 2023:") and its dash-led lines: the heading names
 * the people of everything under it, the lead-in only the year; the
 * "Police officers" heading after it takes over. */
static void test_subject_heading_over_year_lead_in(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: for each of the calendar years 2022 and 2023, how many allegations of sexual assault "
        "and sexual harassment were made against police officers and police staff, and with what outcomes?\n\n"
        "POLICE STAFF\n\n"
        "Of the allegations recorded in 2023:\n"
        "\xe2\x80\x93 sexual assault: two resulted in a written warning and one is still being investigated.\n"
        "\xe2\x80\x93 sexual harassment: four were found to have no case to answer.\n\n"
        "POLICE OFFICERS\n\n"
        "Of the allegations recorded in 2022:\n"
        "\xe2\x80\x93 sexual assault: three resulted in dismissal.\n"));
    assert_true(has(&g, "sexual_assault|written_warning|staff|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|ongoing|staff|allegations|2023-01-01|2023-12-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|staff|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2022-01-01|2022-12-31|3|reported|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* "Outcomes are given for the two years together": a sentence with no
 * figure sets the span the paragraphs after it cover. */
static void test_span_statement(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: for each of the financial years 2021/22 and 2022/23, how many allegations of sexual "
        "assault and domestic abuse were made against your police officers, and with what outcomes?\n\n"
        "Outcomes are given for the two years together, as at 1 May 2023.\n\n"
        "Sexual assault: of the 9 allegations, 2 resulted in dismissal and 7 were found to have no case "
        "to answer.\n\n"
        "Domestic abuse: of the 5 allegations, 1 resulted in a written warning and 4 remain under "
        "investigation.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-04-01|2023-03-31|9|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2021-04-01|2023-03-31|2|reported|"));
    assert_true(has(&g, "domestic_abuse|ongoing|officers|allegations|2021-04-01|2023-03-31|4|reported|"));
    assert_int_equal(count(&g), 6);
    assert_true(traced(&g, "the figures that follow cover"));
    done(&d, &g);
}

/* ------------------------------------------------------------ e-mail replies, scripts */
static void test_reply_and_script(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    /* the reply above the quoted message answers it; the answer's heading
     * line gives the question; a statement under it refuses that question */
    run(&d, &g, "gwent",
        "From: FOI Unit <foi@gwent.police.uk>\nSent: 2 May 2024 10:00\nSubject: RE: request\n\n"
        "Dear Ms Jones,\n\n"
        "Q1 - Sexual harassment\nIn 2023 we recorded 12 allegations of sexual harassment.\n\n"
        "Q2 - Sexual assault\nThis letter serves as notice under section 1(1)(a) of the Act that the\n"
        "information is not held.\n\nKind regards,\n\nFOI Unit\n\n"
        "-----Original Message-----\nFrom: Jo Jones\nSent: 1 April 2024 09:00\n\n"
        "Dear Gwent Police,\n\nThe Guardian said Kent recorded 30 allegations in 2022. For 2023:\n\n"
        "1. How many allegations of sexual harassment were made against your officers?\n"
        "2. How many allegations of sexual assault were made against your officers?\n\n"
        "Many thanks,\nJo\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|12|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||not_held|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
    /* a script whose strings read like a letter is not a response */
    run(&d, &g, "gwent",
        "import sys\n\nTEMPLATE = \"\"\"\nDear Requester,\n\nYou asked: \"How many allegations were made?\"\n"
        "Your request is refused under section 12 as it would exceed the appropriate limit.\n\"\"\"\n\n"
        "def main(argv):\n    counts = {}\n    for path in argv:\n        counts[path] = 1\n"
        "    print(counts)\n    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main(sys.argv[1:]))\n");
    assert_int_equal(count(&g), 0);
    assert_true(traced(&g, "program code"));
    done(&d, &g);
    /* notes in Markdown that quote a refusal and list files are not a response */
    run(&d, &g, "gwent",
        "# Batch notes\n\nEvery force answered the same request. Dear Requester letters are\n"
        "keyed by hand; your request for 2023 was refused under section 12 by one force.\n\n"
        "## Files\n\n| file | rows |\n|---|---|\n| `gwent/a.pdf` | 12 |\n| `kent/b.csv` | 30 |\n\n"
        "## Calls\n\n1. Totals given, outcomes refused under section 12: 14 allegations are keyed.\n");
    assert_int_equal(count(&g), 0);
    assert_true(traced(&g, "Markdown"));
    done(&d, &g);
}

/* A journalist forwards the force's reply (an Outlook forward: a header
 * under her note, no marker line): her note's numbers are nothing, the
 * forwarded reply is the answer and the request it quotes with '>' (a
 * category broken over two quoted lines) is the request. */
static void test_forwarded_reply(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria",
        "From: Alex Moore <alex@news.example>\nSent: 3 June 2024 09:00\nTo: Desk <desk@news.example>\n"
        "Subject: FW: FOI 0551-24\n\n"
        "Their answer below. Last time it was 19 - put the 7 in column 4.\n\n"
        "From: Cumbria Constabulary Disclosure Unit <disclosure@cumbria.police.example>\n"
        "Sent: 31 May 2024 16:10\nTo: Alex Moore <alex@news.example>\nSubject: RE: FOI 0551-24\n\n"
        "Dear Alex,\n\n"
        "Cumbria Constabulary holds the information you requested. In 2023 it recorded 7 allegations "
        "of sexual harassment against police officers.\n\n"
        "Kind regards\n\nDisclosure Unit\n\n"
        "> From: Alex Moore\n> Sent: 2 May 2024 11:00\n>\n"
        "> How many allegations of sexual\n> harassment were made against Cumbria officers in 2023?\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|7|reported|"));
    assert_int_equal(count(&g), 1);
    assert_true(traced(&g, "a note forwarding the message below"));
    done(&d, &g);
}

/* A force forwards its own reply again: a covering note that signs off
 * ("Kind regards") and answers nothing, a "Forwarded message" marker and
 * header, then the reply: its request, and per period heading a list item a
 * type, "Type: N (outcome n, ...)". The forwarded reply is the answer (its
 * header is no content); a heading "The 2025/26 reporting year to date (to
 * 31 October)" over the list is that part of the year, its counts in the
 * list items below it not making the heading a count. A note that answers
 * itself before signing off is a letter of its own: what it forwards stays
 * what it was. */
static void test_forward_after_signed_note(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *fwd =
        "---------- Forwarded message ---------\n"
        "From: Disclosure Unit <disclosure@wiltshire.police.example>\n"
        "Date: Tue, 4 Nov 2025 at 10:02\nSubject: FOI 2025-0917\nTo: <someone@example.net>\n\n"
        "Dear Requester,\n\nYou asked:\nHow many allegations of sexual harassment were made against police "
        "officers in 2024/25 and in 2025/26 to date, and with what outcomes?\n\n"
        "Financial year 2024/25\n"
        "  - Sexual harassment: 6 (dismissed 1, final written warning 2, no case to answer 3)\n\n"
        "The 2025/26 reporting year to date (to 31 October)\n"
        "  - Sexual harassment: 4 (dismissed 0, final written warning 1, no case to answer 3)\n\n"
        "Yours sincerely,\nDisclosure Unit\n";
    char text[4096];
    snprintf(text, sizeof text,
             "From: Disclosure Unit <disclosure@wiltshire.police.example>\nTo: someone@example.org\n"
             "Date: Mon, 10 Nov 2025 09:00:00 +0000\nSubject: Fwd: FOI 2025-0917\n\n"
             "Hello,\n\nOur reply below went to the wrong address. Here it is again.\n\n"
             "Kind regards,\nDisclosure Unit\n\n%s", fwd);
    run(&d, &g, "wiltshire", text);
    assert_true(traced(&g, "a note forwarding the message below"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-04-01|2025-10-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2025-04-01|2025-10-31|3|reported|"));
    assert_int_equal(count(&g), 8);
    done(&d, &g);
    /* the note answers before signing off: no cover, its own figure stands */
    snprintf(text, sizeof text,
             "From: Disclosure Unit <disclosure@wiltshire.police.example>\nTo: someone@example.org\n"
             "Date: Mon, 10 Nov 2025 09:00:00 +0000\nSubject: Fwd: FOI 2025-0917\n\n"
             "Hello,\n\nWiltshire Police holds this information and recorded 9 allegations of sexual assault "
             "against police officers in 2024/25.\n\n"
             "Kind regards,\nDisclosure Unit\n\n%s", fwd);
    run(&d, &g, "wiltshire", text);
    assert_false(traced(&g, "a note forwarding the message below"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|9|reported|"));
    done(&d, &g);
}

/* "Sexual assault: of the 6, 16.7% were dismissed, ... and 1 remain under
 * investigation": a list item whose label is a category opens with the
 * group it shares out, no noun, then a comma: the category's total; the
 * count with an outcome is that outcome's; the percentages are no figures
 * and nothing is worked out from them (16.7% of 6 is not 1). "of the 6
 * cases reviewed" is a sample, no total; a label that is no category gives
 * nothing (blind35 Kent). */
static void test_item_of_the_group(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent", letter(
        "Gwent Police holds this information. Each outcome is given as a percentage of all allegations of "
        "that type against police officers in "
        "2024/25, with the number still under investigation:\n\n"
        "  Sexual assault: of the 6, 16.7% were dismissed, 33.3% received a final written warning, and 1 "
        "remain under investigation.\n"
        "  Sexual harassment: of the 12, 25.0% were dismissed, and 3 remain under investigation.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|ongoing|officers|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|12|reported|"));
    assert_true(has(&g, "sexual_harassment|ongoing|officers|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
    run(&d, &g, "gwent", letter(
        "Gwent Police holds this information. In 2024/25, against police officers:\n\n"
        "  Sexual assault: of the 6 cases reviewed, 2 were dismissed.\n"
        "  Our review: of the 9, 4 were closed.\n"));
    assert_false(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_false(traced(&g, "'9' taken"));
    done(&d, &g);
}

/* "Thank you for your request ... for the number of ...": the request told
 * in the letter's words, a paragraph of one sentence, is the request: its
 * period and people are the answer's; a thanking paragraph that goes on to
 * answer is not the request alone */
static void test_reported_request(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent", letter(
        "Thank you for your request, received on 3 May 2024, for the number of allegations of sexual\n"
        "assault made against police staff in the financial year 2023/24.\n\n"
        "Gwent Police holds this information. There were four such allegations.\n"));
    assert_true(traced(&g, "the request, told in the letter's words"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-04-01|2024-03-31|4|reported|"));
    done(&d, &g);
    /* a thanks that goes on to answer: the answer, what the thanks says was
     * asked its context ("such allegations": sexual assault, staff) */
    run(&d, &g, "gwent", letter(
        "Thank you for your request for the number of allegations of sexual assault made against police\n"
        "staff in 2023. There were four such allegations in 2023.\n"));
    assert_false(traced(&g, "the request, told in the letter's words"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_int_equal(count(&g), 1);
    done(&d, &g);
    /* a thanks followed by boilerplate, or by a date only, is no answer */
    run(&d, &g, "gwent", letter(
        "Thank you for your request for the number of allegations of sexual assault made against police\n"
        "staff in 2023. If you have any queries about it, please contact us on 01234 567890.\n"));
    assert_int_equal(count(&g), 0);
    done(&d, &g);
    run(&d, &g, "gwent", letter(
        "Thank you for your request for the number of allegations of sexual assault made against police\n"
        "staff in 2023. It was received on 4 March 2024.\n"));
    assert_int_equal(count(&g), 0);
    done(&d, &g);
}

/* ------------------------------------------------------------ attachments, context */
/* "for each of the last two complete years and for the current year to
 * date", answered in an attachment the letter describes ("which gives ...
 * for the financial years 2023/24 and 2024/25 and for 2025/26 up to 31
 * October"), the request dated by a day only: a not-held category beside it
 * is one row per period the letter says the attachment gives; periods that
 * are not the last N years one after another give the request none. */
static void test_not_held_over_the_attachment_periods(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const head =
        "Dear Applicant,\n\nThank you for your request of 12 November 2025, in which you asked:\n\n"
        "  For each of the last two complete years and for the current year to date, how many allegations of "
        "sexual harassment and domestic abuse were made against police officers?\n\n";
    static const char *const tail =
        "\n\nThe force does not record allegations as domestic abuse; each allegation is recorded by its type. That part "
        "of your request is therefore not held.\n\nYours sincerely,\nDisclosure Team\n";
    char text[2048];
    snprintf(text, sizeof text, "%sPlease find attached the workbook \"FOI 4410 figures.xlsx\", which gives the "
             "allegations for the financial years 2023/24 and 2024/25 and for 2025/26 up to 31 October.%s", head, tail);
    run(&d, &g, "essex", text);
    assert_true(has(&g, "domestic_abuse|total|officers|allegations|2023-04-01|2024-03-31||not_held|"));
    assert_true(has(&g, "domestic_abuse|total|officers|allegations|2024-04-01|2025-03-31||not_held|"));
    assert_true(has(&g, "domestic_abuse|total|officers|allegations|2025-04-01|2025-10-31||not_held|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
    /* years with a gap between them are not "the last two": nothing said */
    snprintf(text, sizeof text, "%sPlease find attached the workbook \"FOI 4410 figures.xlsx\", which gives the "
             "allegations for the financial years 2021/22 and 2024/25.%s", head, tail);
    run(&d, &g, "essex", text);
    assert_int_equal(count(&g), 0);
    done(&d, &g);
}

static void test_attachment_and_context(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "dorset", letter(
        "You asked:\n\n\"For the financial year 2022/23, how many allegations of sexual harassment were made\n"
        "against officers and staff, and what were the outcomes?\"\n\n"
        "I can confirm that Dorset Police holds the information. Please find attached\n"
        "(2041A_23_attachment.pdf) a table of the allegations.\n"));
    assert_int_equal(count(&g), 0);
    assert_string_equal(meta_value(&g, "attachment"), "2041A_23_attachment.pdf");
    const char *ctx = meta_value(&g, "context");
    assert_non_null(ctx);
    assert_non_null(strstr(ctx, "force: dorset\n"));
    assert_non_null(strstr(ctx, "period: financial year 2022/23\n"));
    assert_non_null(strstr(ctx, "category: sexual harassment\n"));
    assert_non_null(strstr(ctx, "subject: officers_and_staff\n"));
    assert_non_null(strstr(ctx, "request_ref: 1452/23\n"));
    done(&d, &g);
    /* the letter says whom the attachment counts: its words beat the
     * request's (officers and staff); a clause saying whom it leaves out
     * says nothing of whom it counts */
    run(&d, &g, "dorset", letter(
        "You asked:\n\n\"For the financial year 2022/23, how many allegations of sexual harassment were made\n"
        "against officers and staff, and what were the outcomes?\"\n\n"
        "Please find attached (2041A_23_attachment.csv) the figures we hold. The attached table counts\n"
        "allegations against police staff only; officers' cases are held by another department and are not\n"
        "held here.\n"));
    ctx = meta_value(&g, "context");
    assert_non_null(ctx);
    assert_non_null(strstr(ctx, "subject: staff\n"));
    done(&d, &g);
    run(&d, &g, "dorset", letter(
        "You asked:\n\n\"For the financial year 2022/23, how many allegations of sexual harassment were made\n"
        "against officers and staff, and what were the outcomes?\"\n\n"
        "Please find attached (2041A_23_attachment.csv) the figures we hold. The attached table does not\n"
        "include police staff.\n"));
    ctx = meta_value(&g, "context");
    assert_non_null(ctx);
    assert_non_null(strstr(ctx, "subject: officers_and_staff\n"));
    done(&d, &g);
    /* the sentence after the one naming the attachment speaks of it again
     * ("They are numbers of allegations against police officers only"):
     * its words on whom it counts beat the request's; a next sentence that
     * speaks of something else says nothing of it */
    run(&d, &g, "dorset", letter(
        "You asked:\n\n\"For the financial year 2022/23, how many allegations of sexual harassment were made\n"
        "against officers and staff, and what were the outcomes?\"\n\n"
        "The figures for 2022/23 are in the attached spreadsheet, Annex A. They are numbers of allegations\n"
        "against police officers only.\n"));
    ctx = meta_value(&g, "context");
    assert_non_null(ctx);
    assert_non_null(strstr(ctx, "subject: officers\n"));
    done(&d, &g);
    run(&d, &g, "dorset", letter(
        "You asked:\n\n\"For the financial year 2022/23, how many allegations of sexual harassment were made\n"
        "against officers and staff, and what were the outcomes?\"\n\n"
        "The figures for 2022/23 are in the attached spreadsheet, Annex A. Complaints against police staff\n"
        "are handled by HR.\n"));
    ctx = meta_value(&g, "context");
    assert_non_null(ctx);
    assert_non_null(strstr(ctx, "subject: officers_and_staff\n"));
    done(&d, &g);
    /* a paragraph saying which days the year to date covers is handed on
     * as a definition, never as the attachment's period */
    run(&d, &g, "cleveland", "Dear Requester,\n\nThank you for your request of 24 November 2026, reference FOI "
                             "2026/1420.\n\n"
                             "Please find the figures in the attached Word document. The year to date runs from\n"
                             "1 April 2026 to 30 September 2026.\n\nRegards,\n\nInformation Compliance Unit\n");
    ctx = meta_value(&g, "context");
    assert_non_null(ctx);
    assert_non_null(strstr(ctx, "defines: Please find the figures in the attached Word document. The year to date "
                                "runs from 1 April 2026 to 30 September 2026.\n"));
    assert_null(strstr(ctx, "period:"));
    done(&d, &g);
    /* no request quoted: what the attachment counts, from the letter's words */
    run(&d, &g, "dorset", "Dear Mr Reed,\n\nFreedom of Information request 2026-0788\n\n"
                          "Please find attached the tables you asked for. They count allegations made against\n"
                          "police staff in the calendar year 2025.\n\nYours sincerely,\n\nDisclosure Team\n");
    ctx = meta_value(&g, "context");
    assert_non_null(ctx);
    assert_non_null(strstr(ctx, "measure: allegations\n"));
    assert_non_null(strstr(ctx, "subject: staff\n"));
    done(&d, &g);
    /* Round 43b: a reply e-mail quoting no request, its letter naming no
     * measure: the e-mail's own "Subject:" line (the request's title the
     * reply echoes) says what the attachment counts; a quoted message's
     * subject lower down, or none, says nothing */
    for (int k = 0; k < 2; k++) {
        char mail[1024];
        snprintf(mail, sizeof mail,
                 "From: Information Rights <foi@example.police.uk>\nTo: someone@example.org\n"
                 "%s\n\nDear Requester,\n\nThank you for your request of 3 November 2026.\n\nDurham "
                 "Constabulary holds the information for police officers, and it is in the attached "
                 "workbook.\n\nKind regards,\n\nInformation Rights\n%s",
                 k ? "Subject: RE: FOI 26-4410" : "Subject: RE: FOI 26-4410 - misconduct allegations",
                 k ? "\n> Subject: misconduct allegations\n" : "");
        run(&d, &g, "durham", mail);
        ctx = meta_value(&g, "context");
        assert_non_null(ctx);
        if (k)
            assert_null(strstr(ctx, "measure:"));
        else
            assert_non_null(strstr(ctx, "measure: allegations\n"));
        assert_non_null(strstr(ctx, "subject: officers\n"));
        done(&d, &g);
    }
    /* an attachment named in brackets without an extension */
    run(&d, &g, "west-midlands", letter(
        "REQUEST\n\nHow many allegations of sexual misconduct were made against officers in 2022?\n\n"
        "RESPONSE\n\nPlease find attached our response (1584A_Attachment).\n"));
    assert_string_equal(meta_value(&g, "attachment"), "1584A_Attachment");
    done(&d, &g);
    /* an attachment read with its letter's context: only what it leaves unsaid */
    struct foi_doc_context x = { .origin = "covering letter dorset/letter.txt", .period = "2022/23",
                                 .measure = "allegations", .subject = "officers_and_staff",
                                 .request_ref = "FOI 2041A/23", .read_prose = 1 };
    run_ctx(&d, &g, "dorset", "Sexual harassment\n\n\xe2\x80\xa2 Dismissed \xe2\x80\x93 3\n"
            "\xe2\x80\xa2 Total \xe2\x80\x93 10\n\nIn 2021/22, 4 allegations of sexual harassment were recorded.\n", &x);
    assert_int_equal(count(&g), 3);
    assert_true(has(&g, "sexual_harassment|dismissed|officers_and_staff|allegations|2022-04-01|2023-03-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2021-04-01|2022-03-31|4|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++) {
        assert_string_equal(g.ds.records[i].request_ref, "FOI 2041A/23");
        assert_non_null(strstr(g.ds.records[i].note, "from covering letter dorset/letter.txt"));
    }
    done(&d, &g);
}

/* PDF lines: no blank lines, no paragraph flags; paragraphs end at a short
 * line that ends a sentence */
static void test_pdf_lines(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "Nottinghamshire Police", "Dear Requester,",
        "You asked: \"How many allegations of sexual assault were made against officers in",
        "the calendar year 2023, and what were the outcomes? The BBC said 40 were made.\"",
        "I can confirm that the information is held. In 2023, 9 allegations of sexual assault were",
        "made against officers. Of these, 2 resulted in dismissal and 7 were found to have no",
        "case to answer.",
        "If you are dissatisfied with this response you may ask for an internal review within 40",
        "working days, and then complain to the Information Commissioner (0303 123 1113).",
        NULL
    };
    struct foi_doc d;
    foi_doc_init(&d, "t.pdf");
    d.format = FOI_FMT_PDF;
    d.tax = tax;
    d.folder_hint = "nottinghamshire";
    int n = 0;
    while (lines[n])
        n++;
    d.lines = foi_arena_alloc(&d.arena, sizeof *d.lines * (size_t)n);
    for (int i = 0; i < n; i++) {
        d.lines[i].text = lines[i];
        d.lines[i].no = i + 1;
        d.lines[i].page = 1;
        d.lines[i].loc = foi_arena_printf(&d.arena, "page 1 line %d", i + 1);
    }
    d.nlines = n;
    struct got g;
    foi_dataset_init(&g.ds);
    g.ds.tax = tax;
    foi_buf_init(&g.trace, 0);
    foi_norm_init(&g.nc, tax, &g.ds, "t", "", "test");
    struct foi_sink sink = { .emit = emit, .issue = issue, .ctx = &g, .meta = meta, .trace = trace };
    struct foi_engine_opts o = { "test", NULL, 0.9, FOI_ENG_ALL, NULL, NULL };
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_engine_run(&d, &o, &sink, &err), 0);
    if (count(&g) != 3)
        fprintf(stderr, "trace:\n%s", g.trace.data ? g.trace.data : "");
    assert_int_equal(count(&g), 3);
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|9|reported|"));
    assert_true(has(&g, "sexual_assault|no_case_to_answer|officers|allegations|2023-01-01|2023-12-31|7|reported|"));
    assert_string_equal(g.ds.records[0].locator, "page 1 line 5");
    assert_true(traced(&g, "'40' not a figure: in the request"));
    done(&d, &g);
}

/* A PDF letter whose reader made a paragraph of each line (flags given): a
 * lead-in saying the request is "replicated below", a request whose inline
 * items go on to a line the reader took for a list item, "I can advise",
 * and "not held" for police staff only. */
static void test_pdf_request_forms(void **state)
{
    (void)state;
    static const struct { const char *text; unsigned flags; } lines[] = {
        { "POLICE SCOTLAND", FOI_LINE_HEADING | FOI_LINE_PARA_START },
        { "Our Ref: IM-FOI-2024-0001", FOI_LINE_PARA_START },
        { "I refer to your recent request for information. For ease of reference, your request is "
          "replicated below together with the response.", FOI_LINE_PARA_START },
        { "For the financial years 2022/23 and 2023/24, please tell me how many allegations of (1) sexual assault,",
          FOI_LINE_PARA_START },
        { "(2) sexual harassment and (3) other sexual misconduct were made against officers and police staff.",
          FOI_LINE_PARA_START | FOI_LINE_BULLET },
        { "In response, I can advise you that 12 allegations of sexual assault were made against police "
          "officers in 2022/23.", FOI_LINE_PARA_START },
        { "Police staff", FOI_LINE_HEADING | FOI_LINE_PARA_START },
        { "The information you requested is not held for police staff.", FOI_LINE_PARA_START },
        { NULL, 0 }
    };
    struct foi_doc d;
    foi_doc_init(&d, "t.pdf");
    d.format = FOI_FMT_PDF;
    d.tax = tax;
    d.folder_hint = "police-scotland";
    int n = 0;
    while (lines[n].text)
        n++;
    d.lines = foi_arena_alloc(&d.arena, sizeof *d.lines * (size_t)n);
    for (int i = 0; i < n; i++) {
        d.lines[i].text = lines[i].text;
        d.lines[i].flags = lines[i].flags;
        d.lines[i].no = i + 1;
        d.lines[i].page = 1;
        d.lines[i].loc = foi_arena_printf(&d.arena, "page 1 line %d", i + 1);
    }
    d.nlines = n;
    struct got g;
    foi_dataset_init(&g.ds);
    g.ds.tax = tax;
    foi_buf_init(&g.trace, 0);
    foi_norm_init(&g.nc, tax, &g.ds, "t", "", "test");
    struct foi_sink sink = { .emit = emit, .issue = issue, .ctx = &g, .meta = meta, .trace = trace };
    struct foi_engine_opts o = { "test", NULL, 0.9, FOI_ENG_ALL, NULL, NULL };
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_engine_run(&d, &o, &sink, &err), 0);
    if (!traced(&g, "page 1 line 4 to page 1 line 5: request (the requester's words, after the lead-in)"))
        fprintf(stderr, "trace:\n%s", g.trace.data ? g.trace.data : "");
    assert_true(traced(&g, "page 1 line 4 to page 1 line 5: request (the requester's words, after the lead-in)"));
    assert_true(traced(&g, "question 3: other sexual misconduct"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-04-01|2023-03-31|12|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2022-04-01|2024-03-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-04-01|2024-03-31||not_held|"));
    assert_true(has(&g, "sexual_misconduct|total|staff|allegations|2022-04-01|2024-03-31||not_held|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* A PDF reader that made a paragraph of every line beside a sidebar: a line
 * opening in mid-sentence goes on with the one before; a sentence restating
 * a figure taken from the sidebar still says which category the next one is
 * about; "one in the officer resigning before the hearing". */
static void test_pdf_sentence_over_lines(void **state)
{
    (void)state;
    static const struct { const char *text; unsigned flags; } lines[] = {
        { "Leicestershire Police", FOI_LINE_HEADING | FOI_LINE_PARA_START },
        { "Dear Requester,", FOI_LINE_PARA_START },
        { "You asked: \"How many allegations of sexual assault and of sexual harassment were recorded "
          "against officers and staff in 2023, and what were the outcomes?\"", FOI_LINE_PARA_START },
        { "Leicestershire Police holds this information.", FOI_LINE_PARA_START },
        { "8 allegations of sexual assault", FOI_LINE_PARA_START },
        { "5 allegations of sexual harassment", FOI_LINE_PARA_START },
        { "Sexual assault", FOI_LINE_HEADING | FOI_LINE_PARA_START },
        { "Eight allegations of sexual assault were recorded. Three resulted in", FOI_LINE_PARA_START },
        { "dismissal, and one in the officer resigning before the misconduct", FOI_LINE_PARA_START },
        { "hearing; four are still under investigation.", FOI_LINE_PARA_START },
        { NULL, 0 }
    };
    struct foi_doc d;
    foi_doc_init(&d, "t.pdf");
    d.format = FOI_FMT_PDF;
    d.tax = tax;
    d.folder_hint = "leicestershire";
    int n = 0;
    while (lines[n].text)
        n++;
    d.lines = foi_arena_alloc(&d.arena, sizeof *d.lines * (size_t)n);
    for (int i = 0; i < n; i++) {
        d.lines[i].text = lines[i].text;
        d.lines[i].flags = lines[i].flags;
        d.lines[i].no = i + 1;
        d.lines[i].page = 1;
        d.lines[i].loc = foi_arena_printf(&d.arena, "page 1 line %d", i + 1);
    }
    d.nlines = n;
    struct got g;
    foi_dataset_init(&g.ds);
    g.ds.tax = tax;
    foi_buf_init(&g.trace, 0);
    foi_norm_init(&g.nc, tax, &g.ds, "t", "", "test");
    struct foi_sink sink = { .emit = emit, .issue = issue, .ctx = &g, .meta = meta, .trace = trace };
    struct foi_engine_opts o = { "test", NULL, 0.9, FOI_ENG_ALL, NULL, NULL };
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_engine_run(&d, &o, &sink, &err), 0);
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-01-01|2023-12-31|8|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31|5|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers_and_staff|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|resigned_or_retired|officers_and_staff|allegations|2023-01-01|2023-12-31|1|reported|"));
    assert_true(has(&g, "sexual_assault|ongoing|officers_and_staff|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);
}

/* Under a heading of earlier requests ("Earlier disclosures"), prose tells of
 * other requests' answers: none of its numbers is a figure of this one, up to
 * the next heading of the letter's own kinds. */
static void test_earlier_requests_section(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "Request\n\n"
        "How many allegations of sexual harassment were made against police officers in 2023?\n\n"
        "Response\n\n"
        "In 2023, 12 allegations of sexual harassment were made against police officers, of which 2 resulted in dismissal.\n\n"
        "Earlier disclosures\n\n"
        "Ref 2022/441 (March 2022)\n\n"
        "We told a requester that 17 allegations of sexual harassment were made against police officers in 2021, "
        "and 4 officers were dismissed.\n\n"
        "Your rights\n\n"
        "You may ask for an internal review within 40 working days.\n"));
    assert_int_equal(count(&g), 2);
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|12|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(traced(&g, "'17' not a figure: in boilerplate"));
    assert_true(traced(&g, "under a heading of earlier requests"));
    done(&d, &g);
}

/* A refusal about a topic nobody asked for ("information about the vetting
 * history of the officers concerned") refuses no figure; one about what was
 * asked ("about allegations against police staff") still does. */
static void test_refusal_about_unasked_topic(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual harassment were made against police officers in\n"
        "    the financial year 2022/23?\"\n\n"
        "Response\n\n"
        "In 2022/23, 8 allegations of sexual harassment were recorded against police officers.\n\n"
        "You also mentioned pensions. Durham Constabulary can neither confirm nor deny that it holds\n"
        "information regarding pension forfeiture of the officers concerned, under section 40(5).\n"));
    assert_int_equal(count(&g), 1);
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31|8|reported|"));
    assert_true(traced(&g, "about 'pension forfeiture of the officers concerned', which was not asked"));
    done(&d, &g);
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual harassment were made against police officers and\n"
        "    police staff in the financial year 2022/23?\"\n\n"
        "Response\n\n"
        "In 2022/23, 8 allegations of sexual harassment were recorded against police officers.\n\n"
        "Durham Constabulary can neither confirm nor deny that it holds information about allegations\n"
        "against police staff, under section 40(5).\n"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-04-01|2023-03-31||ncnd|s40(5)"));
    done(&d, &g);
}

/* "Sexual misconduct (including sexual assault and harassment)" is one
 * category; an inline question "(2) how many of these ..." asks about the
 * one before it, so a refusal of it covers that category only. */
static void test_inline_question_refers_back(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You wrote: \"For 2022 please tell me (1) how many allegations of sexual misconduct (including sexual\n"
        "assault and voyeurism) were made against police officers; (2) how many of these were referred to the\n"
        "IOPC; (3) how many allegations of domestic abuse were made against officers.\"\n\n"
        "Question 1\n\n"
        "In 2022, 11 allegations of sexual misconduct were recorded against police officers.\n\n"
        "Question 2\n\n"
        "Durham Constabulary can neither confirm nor deny whether it holds information about referrals\n"
        "to the IOPC, by virtue of section 30(3) of the Act.\n\n"
        "Question 3\n\n"
        "In 2022, 4 allegations of domestic abuse were recorded against police officers.\n"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2022-01-01|2022-12-31|11|reported|"));
    assert_true(has(&g, "domestic_abuse|total|officers|allegations|2022-01-01|2022-12-31|4|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|referrals|2022-01-01|2022-12-31||ncnd|s30(3)"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* Prose a careful reader reads whole: "one officer was dismissed and in the
 * other four cases ..." shares out the paragraph's allegations (not a count
 * of people); "had retired but would have been dismissed" is the finding;
 * "No allegations of X are included" says what the figures leave out, not a
 * nil. */
static void test_prose_shares_and_exclusions(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual harassment and of sexual assault were made against\n"
        "    police officers and police staff in 2022, and what were their outcomes?\"\n\n"
        "Response\n\n"
        "In 2022 there were five allegations of sexual harassment against officers and staff; one officer was\n"
        "dismissed and in the other four cases the officer had retired but would have been dismissed.\n\n"
        "No allegations of sexual assault are included: these are held by another department.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers_and_staff|allegations|2022-01-01|2022-12-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|would_have_been_dismissed|officers_and_staff|allegations|2022-01-01|2022-12-31|4|reported|"));
    assert_int_equal(count(&g), 3);
    assert_true(traced(&g, "says what the figures leave out"));
    done(&d, &g);
}

/* "Nil means that no allegation had that outcome": a legend explaining a
 * notation of the figures, whose "no allegation" is no nil for the category
 * the letter spoke of before it; quoted notations and other verbs too. */
static void test_notation_legend(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual harassment were made against police officers\n"
        "    in 2023, and what were their outcomes?\"\n\n"
        "Response\n\n"
        "Sexual harassment\n\n"
        "In 2023 there were 4 allegations against police officers.\n\n"
        "Nil means that no allegation had that outcome.\n\n"
        "'None' indicates that no allegations were recorded.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_int_equal(count(&g), 1);
    assert_true(traced(&g, "explains a notation"));
    done(&d, &g);
}

/* "- For 2023/24 the department logged these allegations (extract
 * CEN/2023/4410): sexual harassment: 9; sexual assault: 4": a lead-in before
 * the colon opening a list of pairs names the period of every item (the
 * extract's number is no period); "Sexual assault: 2 ended in dismissal; 1
 * ...": a lead naming one category is what its outcomes are of. */
static void test_pair_list_lead(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual harassment and sexual assault were recorded against\n"
        "    police officers in each of 2023/24 and 2024/25, and what were the outcomes?\"\n\n"
        "Response\n\n"
        "  - For 2023/24 the department logged these allegations (extract CEN/2023/4410): sexual\n"
        "    harassment: 9; sexual assault: 4.\n"
        "  - For 2024/25 the department logged these allegations (extract CEN/2024/5127): sexual\n"
        "    harassment: 12; sexual assault: 6.\n\n"
        "For 2024/25:\n\n"
        "Sexual assault: 2 ended in dismissal; 1 ended in a written warning; 3 remain under investigation.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|9|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|12|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|written_warning|officers|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_true(has(&g, "sexual_assault|ongoing|officers|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_int_equal(count(&g), 7);
    done(&d, &g);
}

/* "The outcomes of the 2024/25 allegations are set out below. Hearings are
 * held under Regulation 7 ...": a sentence giving no figure, naming one
 * period and pointing below, gives the period of the figures after it;
 * "1 was resolved through the reflective practice review process": the
 * means named after a bare "resolved" is the outcome. */
static void test_points_below(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual assault were recorded against police officers in\n"
        "    each of 2023/24 and 2024/25, and what were the outcomes?\"\n\n"
        "Response\n\n"
        "The outcomes of the 2024/25 allegations of sexual assault are set out below. Gross misconduct\n"
        "hearings are held under Regulation 7 of the Police (Conduct) Regulations 2020.\n\n"
        "None ended in dismissal, 1 was resolved through the reflective practice review process and 2\n"
        "were found to have no case to answer.\n"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2024-04-01|2025-03-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|management_action|officers|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_true(has(&g, "sexual_assault|no_case_to_answer|officers|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_int_equal(count(&g), 3);
    assert_true(traced(&g, "the figures below cover 2024/25"));
    done(&d, &g);
}

/* A web page's list item broken with <br> ("...: sexual<br>harassment: 3;
 * ...:<br>0."): its lines are one paragraph, as without the breaks, and a
 * line "0." is no list marker of its own. */
static void test_br_in_list_item(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run_html(&d, &g, "durham",
        "<html><body><p>Dear Requester,</p><p><strong>Your request</strong></p>"
        "<blockquote>How many allegations of sexual harassment and sexual assault were made against police "
        "officers in each of 2023/24 and 2024/25?</blockquote><p><strong>Our response</strong></p><ol>"
        "<li><p>In 2023/24 we recorded these allegations (file PSD/2023/88): sexual<br>harassment: 3; "
        "sexual assault:<br>0.</p>"
        "<p>In 2024/25 we recorded these allegations (file PSD/2024/19):<br>sexual harassment: 5; sexual "
        "assault: 2.</p></li></ol><p>Yours sincerely,</p></body></html>");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|0|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|5|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* A paragraph leading into a list that ends "Police staff are not
 * included.": whom the figures leave out is not whom they count; the
 * officers it names before are. */
static void test_lead_leaves_out_people(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual harassment and sexual assault were made against\n"
        "    your officers in 2024/25?\"\n\n"
        "Response\n\n"
        "The figures count allegations against police officers only. Police staff are not included.\n\n"
        "  - Sexual harassment: 6\n"
        "  - Sexual assault: 2\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* A list item wrapped so that a line reads "CEN/2023/4410): sexual
 * harassment: 9; sexual assault: 4;": no "label: value" item line of its
 * own (its label is several clauses), it goes on with the item above. */
static void test_wrapped_item_line(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual harassment and sexual assault were recorded against\n"
        "    police officers in each of 2023/24 and 2024/25?\"\n\n"
        "Response\n\n"
        "  - For 2023/24 the department logged these allegations (extract\n"
        "    CEN/2023/4410): sexual harassment: 9; sexual assault: 4;\n"
        "    abuse of position for a sexual purpose: 1.\n"
        "  - For 2024/25 the department logged these allegations (extract\n"
        "    CEN/2024/5127): sexual harassment: 12; sexual assault: 6.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|9|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|12|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);
}

/* Questions and answers under headings of their own ("Question 2" /
 * "The same for police staff." / "Answer 2"): the paragraph between the two
 * headings is question 2, whatever its form, pointing back at question 1
 * for all but its people; each answer takes its own question's context,
 * never the answer before's (its period headings, its people); "Officers
 * and staff are counted together here" is the answer's own word on its
 * people. */
static void test_question_answer_headings(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run_html(&d, &g, "durham",
        "<html><body><p>Dear Requester,</p><p>Your request is answered question by question below.</p>"
        "<h3>Question 1</h3><p>How many allegations of sexual harassment were made against police officers in "
        "each of 2023/24 and 2024/25?</p><h3>Answer 1</h3>"
        "<h4>Financial year 2023/24</h4><ul><li>Sexual harassment: 4 allegations</li></ul>"
        "<h4>Financial year 2024/25</h4><ul><li>Sexual harassment: 6 allegations</li></ul>"
        "<h3>Question 2</h3><p>The same for police staff.</p><h3>Answer 2</h3>"
        "<h4>Financial year 2023/24</h4><ul><li>Sexual harassment: 1 allegation</li></ul>"
        "<h4>Financial year 2024/25</h4><ul><li>Sexual harassment: 2 allegations</li></ul>"
        "<h3>Question 3</h3><p>What were the outcomes of the sexual harassment allegations made in 2023/24?</p>"
        "<h3>Answer 3</h3><p>Officers and staff are counted together here.</p>"
        "<p>Dismissed: 2</p><p>Written warning: 3</p>"
        "<p>Yours sincerely,</p></body></html>");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers_and_staff|allegations|2023-04-01|2024-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|written_warning|officers_and_staff|allegations|2023-04-01|2024-03-31|3|reported|"));
    assert_int_equal(count(&g), 6);
    done(&d, &g);
}

/* "Police officers were named in six allegations of sexual harassment; 2
 * against police staff": the sentence names officers and staff apart; a
 * count whose own clause names neither is of the people named in its part
 * of the sentence ahead of it, not of both together. */
static void test_people_before_count(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"How many allegations of sexual harassment were made against police officers and\n"
        "    police staff in 2024/25?\"\n\n"
        "Response\n\n"
        "Police officers were the subject of six allegations of sexual harassment; 2 against police staff.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* "We are able to provide figures for the calendar year 2022 for police
 * staff only": what the answer covers (its period, its people), said once
 * before lists that say neither; "police staff only" is staff. */
static void test_scope_sentence(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For each of the calendar years 2020, 2021 and 2022, how many allegations of sexual\n"
        "    harassment were made against police officers and police staff, with outcomes?\"\n\n"
        "We are able to provide figures for the calendar year 2022 for police staff only.\n\n"
        "Sexual harassment: 5 allegations\n"
        "    - Gross misconduct proven: 2\n"
        "    - No case to answer: 3\n"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-01-01|2022-12-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|staff|allegations|2022-01-01|2022-12-31|3|reported|"));
    done(&d, &g);
}

/* "The figures below are for 1 January to 31 December 2023, police officers
 * only": a scope sentence with no verb of giving sets the period and people
 * of what follows; a later NCND for the other people, naming no period,
 * covers the period the answer says it covers, not the request's */
static void test_scope_are_for_and_ncnd(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For each of the financial years 2021/22 and 2022/23, how many allegations of sexual\n"
        "    harassment were made against police officers and police staff?\"\n\n"
        "Our professional standards figures are kept by calendar year, so the figures below are for\n"
        "the calendar year 2022, police officers only.\n\n"
        "Sexual harassment: there were seven allegations.\n\n"
        "Police staff: we can neither confirm nor deny whether we hold this information (section 40(5)).\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|7|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-01-01|2022-12-31||ncnd|s40(5)"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* "does not record X and Y separately: they are recorded together as Z": no
 * "not held" for X and Y, and Z is the category of every count naming none;
 * a refusal paragraph whose last sentence leads into a list gives the list
 * its period; an NCND about "information about referrals to the IOPC" is of
 * referrals, over the request's span although allegations were given */
static void test_combined_category(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For the financial years 2021/22 and 2022/23, how many allegations of sexual\n"
        "    assault and of sexual harassment were made against officers and staff, with outcomes?\"\n\n"
        "We do not record sexual assault and sexual harassment separately: both are recorded together as\n"
        "sexual misconduct. The answers below use that category.\n\n"
        "In 2021/22 there were 9 allegations and in 2022/23 there were 7 allegations.\n\n"
        "Outcomes for 2021/22 are not held. For allegations recorded in 2022/23 the outcomes are:\n\n"
        "\xe2\x80\xa2 Dismissed: 2\n"
        "\xe2\x80\xa2 No case to answer: 5\n\n"
        "We neither confirm nor deny that we hold information about referrals to the IOPC (section 30(3)).\n"));
    const char *fy2 = "2022-04-01|2023-03-31";
    char want[256];
    assert_true(has(&g, "sexual_misconduct|total|officers_and_staff|allegations|2021-04-01|2022-03-31|9|reported|"));
    snprintf(want, sizeof want, "sexual_misconduct|total|officers_and_staff|allegations|%s|7|reported|", fy2);
    assert_true(has(&g, want));
    snprintf(want, sizeof want, "sexual_misconduct|dismissed|officers_and_staff|allegations|%s|2|reported|", fy2);
    assert_true(has(&g, want));
    snprintf(want, sizeof want, "sexual_misconduct|no_case_to_answer|officers_and_staff|allegations|%s|5|reported|", fy2);
    assert_true(has(&g, want));
    assert_true(has(&g, "sexual_misconduct|total|officers_and_staff|referrals|2021-04-01|2023-03-31||ncnd|s30(3)"));
    assert_false(has(&g, "sexual_assault|total|officers_and_staff|allegations|2021-04-01|2023-03-31||not_held|"));
    assert_int_equal(count(&g), 5);
    assert_true(traced(&g, "together as 'sexual misconduct'"));
    done(&d, &g);
}

/* A paragraph opened by a subject label ("Police staff.") whose refusal
 * names no one ("To answer this part would exceed the cost limit"): the
 * refusal is of that subject, over the request's span, beside the officers'
 * figures given */
static void test_refusal_in_labelled_paragraph(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For the calendar years 2022 and 2023, how many allegations of sexual harassment\n"
        "    were made against police officers and police staff?\"\n\n"
        "Police officers. In 2022 there were 6 allegations of sexual harassment against officers and in\n"
        "2023 there were 9.\n\n"
        "Police staff. Staff misconduct is recorded on a personnel system that cannot be searched by type.\n"
        "To answer this part would exceed the cost limit of \xc2\xa3" "450, and section 12(1) applies to it.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-01-01|2023-12-31||refused|s12"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* A lead-in naming two periods over a list whose item says "in each of
 * those years": the count for each of them; an item naming one period of its
 * own keeps it */
static void test_each_of_those_years(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For each of the calendar years 2021, 2022 and 2023, how many allegations of sexual\n"
        "    harassment and of sexual assault were made against officers and staff?\"\n\n"
        "In 2023 there were 14 allegations of sexual harassment and 5 of sexual assault.\n\n"
        "For 2021 and 2022 we can give only estimates from our old system:\n\n"
        "\xe2\x80\xa2 sexual harassment: more than 20 allegations in each of those years;\n"
        "\xe2\x80\xa2 sexual assault: about 4 allegations in 2022.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2021-01-01|2021-12-31||approximate|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-01-01|2022-12-31||approximate|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2022-01-01|2022-12-31|4|approximate|"));
    assert_false(has(&g, "sexual_assault|total|officers_and_staff|allegations|2021-01-01|2021-12-31|4|approximate|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);
}

/* "Figures for 2020 are not held": one of the several periods the request
 * names is the statement's own, not the whole request, even with figures
 * given for the others. */
/* One sentence giving the outcomes of several categories, a part for each
 * after a colon and between semicolons ("for sexual assault, ...; for
 * sexual harassment, ..."): each count takes the category its part names
 * ahead of it, never the one the next part opens with; and the short form
 * ("abuse of position") of a category the letter writes in full is that
 * category, in a list of totals ("none of abuse of position") and in a
 * count's own clause. */
static void test_outcome_parts_and_short_category(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: for the calendar year 2023, how many allegations of sexual assault, sexual harassment "
        "and abuse of position for a sexual purpose were made against police officers, and with what "
        "outcomes?\n\n"
        "In 2023 we recorded six allegations of sexual assault, four of sexual harassment and none of abuse "
        "of position.\n\n"
        "Their outcomes: for sexual assault, three were found to have no case to answer and three remain under "
        "investigation; for sexual harassment, one resulted in a written warning and three in management "
        "action.\n\n"
        "In addition, one earlier allegation of abuse of position resulted in dismissal in 2023.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|no_case_to_answer|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|ongoing|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|written_warning|officers|allegations|2023-01-01|2023-12-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|management_action|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|dismissed|officers|allegations|2023-01-01|2023-12-31|1|reported|"));
    assert_int_equal(count(&g), 8);
    done(&d, &g);
}

/* A refusal clause naming no period that points back at its paragraph ("that
 * part of your request"): it covers the one period the paragraph names inside
 * the request's span (the months before the force's own years begin), not the
 * whole request and not the force's year around them. */
static void test_refusal_points_back_at_paragraph_period(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For the calendar years 2021 and 2022, how many allegations of sexual harassment\n"
        "    were made against police officers?\"\n\n"
        "Response\n\n"
        "Between 1 April 2021 and 31 March 2022, 9 allegations of sexual harassment were recorded against "
        "police officers.\n\n"
        "Matters recorded from 1 January to 31 March 2021 belong to the 2020/21 year, held in archived paper "
        "files. Retrieving them would take more than 18 hours, so that part of the request is refused "
        "under section 12.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-04-01|2022-03-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-01-01|2021-03-31||refused|s12"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

static void test_not_held_for_one_requested_period(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For the calendar years 2020 and 2021, how many allegations of sexual harassment\n"
        "    were made against police officers?\"\n\n"
        "Response\n\n"
        "In 2021, 6 allegations of sexual harassment were recorded against police officers.\n\n"
        "Figures for 2020 are not held, as that year's records were lost when the old system was retired.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-01-01|2021-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2020-01-01|2020-12-31||not_held|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* A "not held" paragraph naming no period under a heading that names one of
 * the request's periods covers that period only (figures were given for the
 * other); under a heading whose period has figures it says nothing of them. */
static void test_not_held_under_period_heading(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For the calendar year 2023 and for 1 January to 31 March 2024, how many allegations\n"
        "    of sexual harassment were made against police officers?\"\n\n"
        "# Calendar year 2023\n\n"
        "In 2023, 7 allegations of sexual harassment were recorded against police officers.\n\n"
        "# 1 January 2024 to 31 March 2024\n\n"
        "Our data is checked at the end of each quarter. The current quarter's data had not been checked "
        "when you wrote, so this information is not held.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|7|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-03-31||not_held|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* A scope sentence naming the people ("the figures below are for police
 * staff") covers every category after it, also after a sentence that says
 * its own people of one category; a nil "of any of the three types" is a
 * nil of each category asked; a count across the types together, or about
 * "these allegations" of several categories, is no category's figure. */
static void test_counts_across_categories(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For the calendar year 2023 and for 1 January to 31 March 2024, how many allegations\n"
        "    of sexual assault, sexual harassment and abuse of position for a sexual purpose were made against\n"
        "    police officers and police staff, and how many were suspended?\"\n\n"
        "Response\n\n"
        "Matters of this kind have concerned our police staff only; the figures below are for staff.\n\n"
        "In 2023 we recorded four allegations of sexual harassment against police staff. There were no "
        "allegations of sexual assault and two allegations of abuse of position for a sexual purpose.\n\n"
        "Between 1 January and 31 March 2024 no allegations of any of the three types were recorded.\n\n"
        "In 2023, 3 members of staff were suspended in connection with allegations of these three types.\n\n"
        "No member of staff was moved to other duties in connection with these allegations.\n"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-01-01|2023-12-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|staff|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-01-01|2024-03-31|0|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-01-01|2024-03-31|0|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|staff|allegations|2024-01-01|2024-03-31|0|reported|"));
    assert_int_equal(count(&g), 6);
    done(&d, &g);
}

/* ", which resulted in dismissal" on a count: its outcome too, the same
 * number; not when another count stands between. */
static void test_which_resulted_in(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For the calendar year 2023, how many allegations of sexual assault and sexual\n"
        "    harassment were made against police officers, and what were their outcomes?\"\n\n"
        "Response\n\n"
        "In 2023 there were two allegations of sexual harassment against police officers, which led to a final "
        "written warning, and one allegation of sexual assault against police officers.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|final_written_warning|officers|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|1|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* A request whose periods are parts of their own ("(a) for 2023 and (b)
 * for 1 January to 31 March 2024") refused for some people: one row per
 * part's period, not one over the span of both. */
static void test_refusal_of_request_parts(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"Please provide (a) for the calendar year 2023 and (b) for the period 1 January 2024 to\n"
        "    31 March 2024: the number of allegations of sexual harassment made against police officers and\n"
        "    police staff.\"\n\n"
        "Response\n\n"
        "In 2023, 5 allegations of sexual harassment were recorded against police officers. Between 1 January "
        "and 31 March 2024, 2 allegations of sexual harassment were recorded against police officers.\n\n"
        "Police staff: finding the staff cases would take more than 18 hours, so that part of your request "
        "is refused under section 12.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-01-01|2023-12-31||refused|s12"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-01-01|2024-03-31||refused|s12"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* An annex after the signature ("Annex A") is part of the answer: its
 * sentences give figures; without the heading what follows the signature
 * is boilerplate. */
static void test_annex_after_signature(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked:\n\n    \"For the calendar year 2023, how many allegations of sexual harassment were made\n"
        "    against police officers and police staff?\"\n\n"
        "Response\n\n"
        "The figures are given in Annex A.\n\n"
        "Yours sincerely,\n\nDisclosure Officer\n\n"
        "Annex A\n\n"
        "In 2023, 6 allegations of sexual harassment were recorded against police officers. No allegation of "
        "sexual harassment was recorded against police staff in 2023.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* eng_span_phrase: the phrases that say "over the whole span", with the
 * number of years they name (0 when they name none). */
static void test_span_phrase(void **state)
{
    (void)state;
    static const struct { const char *text; int span, count; } cases[] = {
        { "Outcomes over the three financial years", 1, 3 },
        { "Allegations across all three years", 1, 3 },
        { "Total for the period covered by the request", 0, 0 },
        { "Outcomes of those allegations, all three years combined", 1, 3 },
        { "both years together", 1, 2 },
        { "the 2 calendar years combined", 1, 2 },
        { "during these years", 1, 0 },
        { "three years of data", 0, 0 },
        { "all years to come", 0, 0 },
        { "in the years before", 1, 0 },
        { "in the same ten years", 1, 10 },
        { "in all three yearsago", 0, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int count = -1;
        int span = eng_span_phrase(cases[i].text, &count);
        if (span != cases[i].span || count != cases[i].count)
            fail_msg("'%s': span %d count %d, want %d %d", cases[i].text, span, count, cases[i].span,
                     cases[i].count);
    }
}

/* The years the answer leaves out, refused in a paragraph that names them as
 * one span ("for the period 1 January 2019 to 31 December 2020 ... That part
 * of your request is refused"): one row over that span, as the letter states
 * it; without the span named, one row per year left out. */
static void test_refused_span_as_stated(void **state)
{
    (void)state;
    for (int named = 0; named < 2; named++) {
        struct foi_doc d;
        struct got g;
        char text[1500];
        snprintf(text, sizeof text,
            "You asked: \"For each of the calendar years 2019, 2020, 2021, 2022 and 2023, how many allegations of\n"
            "sexual harassment were made against police officers?\"\n\n"
            "Response\n\n"
            "Allegations recorded before 2021 are held on an older database that cannot be searched by type.\n"
            "To answer %s an officer would have to read every file.\n\n"
            "That would take more than 90 hours. That part of your request is therefore refused under\n"
            "section 12(1) of the Act.\n\n"
            "In 2021, 4 allegations of sexual harassment were recorded against police officers. In 2022, 6\n"
            "allegations of sexual harassment were recorded against police officers. In 2023, 5 allegations\n"
            "of sexual harassment were recorded against police officers.\n",
            named ? "for the period 1 January 2019 to 31 December 2020" : "for those earlier years");
        run(&d, &g, "cumbria", letter(text));
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|6|reported|"));
        if (named) {
            assert_true(has(&g, "sexual_harassment|total|officers|allegations|2019-01-01|2020-12-31||refused|s12"));
            assert_int_equal(count(&g), 4);
        } else {
            assert_true(has(&g, "sexual_harassment|total|officers|allegations|2019-01-01|2019-12-31||refused|s12"));
            assert_true(has(&g, "sexual_harassment|total|officers|allegations|2020-01-01|2020-12-31||refused|s12"));
            assert_int_equal(count(&g), 5);
        }
        done(&d, &g);
    }
}

/* Sentences that name the people and category, then give a value per year
 * ("Police staff - sexual harassment: 2021: 3, 2022: fewer than five, 2023:
 * none."): a figure for each year, the small ones withheld under the section
 * the note after them cites; a sentence whose head names nothing keyed, or
 * an item that is no "period: value", leaves the paragraph to the prose. */
static void test_labelled_series(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For each of the calendar years 2021, 2022 and 2023, how many allegations of sexual\n"
        "assault and of sexual harassment were made against police officers and police staff?\"\n\n"
        "Response\n\n"
        "Police officers \xe2\x80\x94 sexual assault: 2021: 7, 2022: 9, 2023: 12.\n"
        "Police staff - sexual harassment: 2021: 3, 2022: fewer than five, 2023: none.\n\n"
        "A figure of fewer than five has not been given, as it could identify the person concerned; it is\n"
        "exempt under section 40(2) of the Act.\n\n"
        "Our ranking: 2021: first, 2022: second.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2021-01-01|2021-12-31|7|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31|12|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2021-01-01|2021-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-01-01|2022-12-31||suppressed|s40(2)"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_int_equal(count(&g), 6);
    done(&d, &g);
}

/* "... recorded in 2019 and 2020. For those two years the information is not
 * held.": not-held rows for the years the paragraph names (each, as named),
 * not a statement about other information; a year the answer gives figures
 * for is not among them. */
static void test_not_held_points_back(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For each of the calendar years 2019, 2020, 2021, 2022 and 2023, how many allegations of\n"
        "sexual harassment were made against police officers?\"\n\n"
        "Response\n\n"
        "Our old case system was switched off in March 2021, so we cannot say how many allegations were\n"
        "recorded in 2019, 2020 or 2021. For those years the information is not held.\n\n"
        "In 2021, 4 allegations of sexual harassment were recorded against police officers. In 2022, 6\n"
        "allegations of sexual harassment were recorded against police officers. In 2023, 5 allegations\n"
        "of sexual harassment were recorded against police officers.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2019-01-01|2019-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2020-01-01|2020-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-01-01|2021-12-31|4|reported|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);
}

/* A refusal in a section headed by one of the request's years alone ("2021"
 * over "... That information is exempt under section 21"): refused rows for
 * that year; the years answered below it keep their figures. */
static void test_refusal_under_period_heading(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"For each of the calendar years 2021, 2022 and 2023, how many allegations of sexual\n"
        "harassment were made against police officers?\"\n\n"
        "2021\n"
        "Those figures were published in our reply to an earlier request, which is on our disclosure log.\n"
        "That information is reasonably accessible to you by other means and is exempt under section 21.\n\n"
        "2022 and 2023\n\n"
        "In 2022, 6 allegations of sexual harassment were recorded against police officers. In 2023, 5\n"
        "allegations of sexual harassment were recorded against police officers.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2021-01-01|2021-12-31||refused|s21"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|6|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* A not-held paragraph about staff that ends "The figures below are for
 * our police officers.": the figures that follow are officers' (not
 * officers and staff from the request), the not-held rows staff's. */
static void test_scope_after_not_held(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"Please provide, for each of the calendar years 2022 and 2023, the number of allegations of\n"
        "sexual harassment made against (a) police officers and (b) police staff.\"\n\n"
        "Response\n\n"
        "Conduct cases of our civilian employees are kept by the county council's HR service, so information\n"
        "about police staff is not held by this force. The figures below are for our police officers.\n\n"
        "In 2022 the force recorded four allegations of sexual harassment.\n\n"
        "In 2023 the force recorded seven allegations of sexual harassment.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|7|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (g.ds.records[i].v.status == FOI_VS_NOT_HELD)
            assert_string_equal(g.ds.records[i].subject, "staff");
        else
            assert_string_equal(g.ds.records[i].subject, "officers");
    done(&d, &g);
}

/* One letter answering two requests under "Request 1" / "Request 2"
 * headings: "In respect of police staff for 2024, ... can neither confirm
 * nor deny" under the second is staff's, for 2024 (not officers and staff,
 * which the officers' figures given would contradict). */
static void test_ncnd_names_people_under_request_heading(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "Dear Requester,\n\nThank you for your two requests, which I have answered together.\n\n"
        "Request 1 (FOI-0101-25)\n\n\"How many officers were dismissed in 2024?\"\n\n"
        "In 2024, 9 officers were dismissed.\n\n"
        "Request 2 (FOI-0102-25)\n\n"
        "Please provide, for each of the calendar years 2023 and 2024: (1) the number of allegations of sexual\n"
        "harassment and sexual assault made against (a) police officers and (b) police staff; and (2) the outcome\n"
        "of each allegation.\n\n"
        "In 2023 there were 6 allegations of sexual harassment against police officers, and in 2024 there were 4.\n\n"
        "In respect of police staff for 2024, Cumbria Constabulary can neither confirm nor deny that it holds the\n"
        "information you have requested. Section 40(5B) of the Act applies.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|4|reported|"));
    int ncnd = 0;
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (g.ds.records[i].v.status == FOI_VS_NCND) {
            ncnd++;
            assert_string_equal(g.ds.records[i].subject, "staff");
            assert_string_equal(g.ds.records[i].period_start, "2024-01-01");
        }
    assert_int_equal(ncnd, 2);
    done(&d, &g);
}

/* A sentence giving a figure for officers before a not-held statement about
 * staff in the same paragraph: "None of the allegations of abuse of
 * position against officers resulted in a written warning. Outcomes for
 * police staff are ... not held": the nil is read, the staff not held. */
static void test_figure_before_statement_about_other_people(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked: \"Please provide, for the calendar year 2024, the number of allegations of abuse of position for\n"
        "a sexual purpose made against police officers and police staff, and the outcome of each.\"\n\n"
        "Response\n\n"
        "None of the allegations of abuse of position against officers resulted in a written warning. Outcomes\n"
        "for police staff are decided under the staff disciplinary procedure and are not held centrally.\n"));
    assert_true(has(&g, "abuse_of_position_sexual|written_warning|officers|allegations|2024-01-01|2024-12-31|0|reported|"));
    done(&d, &g);
}

/* A letter answering two requests: "In 2024, 9 officers were dismissed."
 * answers Request 1, which names no category; the later request's only
 * category (sexual harassment) is not its category: no figure. */
static void test_answer_to_another_request(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "Dear Requester,\n\nThank you for your two requests, which I have answered together.\n\n"
        "Request 1 (FOI-0101-25)\n\n\"How many officers were dismissed in 2024?\"\n\n"
        "In 2024, 9 officers were dismissed.\n\n"
        "Request 2 (FOI-0102-25)\n\n"
        "Please provide, for each of the calendar years 2023 and 2024: (1) the number of allegations of sexual\n"
        "harassment made against (a) police officers and (b) police staff; and (2) the outcome of each allegation.\n\n"
        "In 2023 there were 6 allegations of sexual harassment against police officers, and in 2024 there were 4.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|4|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_false(g.ds.records[i].v.has_value && g.ds.records[i].v.value == 9);
    assert_int_equal(g.ds.nrecords, 2);
    done(&d, &g);
}

/* "Your request of 3 May 2024 asked:" opens the request; "the table below
 * covers the two years from 1 May 2022 to 30 April 2024" is the period the
 * answer covers, so a neither-confirm-nor-deny "for this period" is over it,
 * for the request's people and measure. */
static void test_request_asked_and_table_covers(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "Your request of 3 May 2024 asked:\n\n"
        "  \"How many allegations of sexual harassment and domestic abuse were made against your police\n"
        "  officers and police staff, and what were their outcomes?\"\n\n"
        "Response\n\n"
        "Our system reports only for a rolling period, so the table below covers the two years from\n"
        "1 May 2022 to 30 April 2024 as a single period.\n\n"
        "Allegation type        Dismissed    Total\n"
        "Sexual harassment              2        6\n\n"
        "Domestic abuse\n\n"
        "The force can neither confirm nor deny whether it holds information about allegations of\n"
        "domestic abuse for this period. Section 40(5B) of the Act applies.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2022-05-01|2024-04-30|6|reported|"));
    assert_true(has(&g, "domestic_abuse|total|officers_and_staff|allegations|2022-05-01|2024-04-30||ncnd|s40(5B)"));
    done(&d, &g);
}

/* "None of the allegations of sexual harassment recorded in 2025 was
 * withdrawn": the outcome after the period the allegations were recorded in
 * is the nil's; "one in 2024 (the officer resigned ...)" keeps its own. */
static void test_nil_outcome_after_recorded_in(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "I write about your request of 15 October 2026:\n\n"
        "  \"Please provide the number of allegations of sexual harassment made against your police officers\n"
        "  and police staff in 2024 and 2025, and the outcome of each.\"\n\n"
        "Derbyshire Constabulary holds the information.\n\n"
        "In 2025 we recorded 9 allegations of sexual harassment.\n\n"
        "None of the allegations of sexual harassment recorded in 2025 was withdrawn.\n\n"
        "Sexual harassment: there were no allegations in 2024 and one in 2025 (the officer resigned before a\n"
        "hearing).\n"));
    assert_true(has(&g, "sexual_harassment|withdrawn|officers_and_staff|allegations|2025-01-01|2025-12-31|0|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31|0|reported|"));
    assert_false(has_quiet(&g, "sexual_harassment|resigned_or_retired|officers_and_staff|allegations|2024-01-01|"
                               "2024-12-31|0|reported|"));
    done(&d, &g);
}

/* A request quoted with no lead-in that opens with a phrase of time ("For
 * the last two years, please provide ...") is the request, not the
 * letterhead: its people are the figures'. */
static void test_request_after_time_phrase(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "    For the last two years, please provide the number of allegations of sexual assault made\n"
        "    against your police officers and police staff, and the outcome of each.\n\n"
        "Our response\n\n"
        "In 2025 we recorded ten allegations of sexual assault, of which two resulted in dismissal.\n"));
    assert_true(traced(&g, "request (question)"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2025-01-01|2025-12-31|10|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers_and_staff|allegations|2025-01-01|2025-12-31|2|reported|"));
    done(&d, &g);
}

/* A sentence that restates a table's total and says nothing of whose
 * allegations they are ("Of the six allegations of sexual harassment
 * recorded in 2024, ...") counts the people of the table's figure, and so
 * do the outcomes it gives of it; the same total stated for two groups
 * leaves the people unsaid. */
static void test_prose_restating_table_total(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "Our response\n\n"
        "The table shows the allegations recorded in each calendar year.\n\n"
        "Allegation type      Employee        2023    2024\n"
        "Sexual assault       Officers and staff   3       5\n"
        "Sexual harassment    Officers and staff   4       6\n\n"
        "Of the six allegations of sexual harassment recorded in 2024, two resulted in dismissal and four\n"
        "in a written warning.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31|6|reported|"));
    /* (the outcomes' measure is the parser's default, none in this harness) */
    assert_true(has(&g, "sexual_harassment|dismissed|officers_and_staff||2024-01-01|2024-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|written_warning|officers_and_staff||2024-01-01|2024-12-31|4|reported|"));
    assert_int_equal(count(&g), 6);
    done(&d, &g);
    run(&d, &g, "derbyshire", letter(
        "Our response\n\n"
        "The table shows the allegations recorded in each calendar year.\n\n"
        "Allegation type      Employee        2023    2024\n"
        "Sexual harassment    Police officers      4       6\n"
        "Sexual harassment    Police staff         1       6\n\n"
        "Of the six allegations of sexual harassment recorded in 2024, two resulted in dismissal.\n"));
    assert_false(has_quiet(&g, "sexual_harassment|dismissed|officers||2024-01-01|2024-12-31|2|reported|"));
    assert_false(has_quiet(&g, "sexual_harassment|dismissed|staff||2024-01-01|2024-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|unknown||2024-01-01|2024-12-31|2|reported|"));
    done(&d, &g);
}

/* "Sexual assault: 2024 \u2013 27; 2025 \u2013 13": a labelled series whose
 * items part the year from its count with a spaced dash, as with a colon. */
static void test_series_with_dashes(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "lincolnshire", letter(
        "You asked for the number of allegations of sexual assault and of sexual harassment made against police "
        "officers and police staff in the calendar years 2023 and 2024.\n\n"
        "Allegations against police officers and police staff together, by calendar year of recording:\n\n"
        "\xe2\x80\xa2 Sexual assault: 2023 \xe2\x80\x93 11; 2024 \xe2\x80\x93 8\n"
        "\xe2\x80\xa2 Sexual harassment: 2023 - 6; 2024 - 9\n"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-01-01|2023-12-31|11|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-01-01|2024-12-31|8|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-01-01|2024-12-31|9|reported|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* A refusal pointing back ("that part of your request") at a run of the
 * request's periods its paragraph names ("the financial years 2021/22 to
 * 2023/24", "the calendar year 2023"): each of those periods, not the whole
 * request; a repeated request is refused under section 14(2). */
static void test_refusal_of_a_run_of_periods(void **state)
{
    (void)state;
    static const char *const refusals[] = {
        "Figures for the financial years 2021/22 to 2023/24 and the calendar year 2023 were published in our "
        "response to request 2025-0312. That part of your request is exempt under section 21.\n\n",
        "Figures for the financial years 2021/22 to 2023/24 and the calendar year 2023 were sent to you on 3 May "
        "2025. We are not obliged to comply with a repeated request and rely on section 14(2) for that part of "
        "your request.\n\n",
    };
    for (int k = 0; k < 2; k++) {
        char body[2048];
        snprintf(body, sizeof body,
                 "You asked for the number of allegations of sexual harassment made against police officers "
                 "for each of the financial years 2021/22, 2022/23, 2023/24 and 2024/25, and for the calendar "
                 "years 2023 and 2024.\n\n%s"
                 "In 2024/25 we recorded 7 allegations of sexual harassment against police officers, and in the "
                 "calendar year 2024 we recorded 6.\n", refusals[k]);
        struct foi_doc d;
        struct got g;
        run(&d, &g, "lincolnshire", letter(body));
        const char *ex = k ? "s14(2)" : "s21";
        char want[256];
        static const char *const per[] = { "2021-04-01|2022-03-31", "2022-04-01|2023-03-31",
                                           "2023-04-01|2024-03-31", "2023-01-01|2023-12-31" };
        for (int i = 0; i < 4; i++) {
            snprintf(want, sizeof want, "sexual_harassment|total|officers|allegations|%s||refused|%s", per[i], ex);
            assert_true(has(&g, want));
        }
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|7|reported|"));
        assert_int_equal(count(&g), 6);
        done(&d, &g);
    }
}

/* "Outcomes for the other categories are not held in a reportable form for
 * 2024/25": the outcomes are not held, not the counts given above it (an
 * outcome is never a not-held row); "the number of allegations and their
 * outcomes is not held" for a year still covers its totals. */
static void test_outcomes_not_held_no_total(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "lincolnshire", letter(
        "You asked for the number of allegations of sexual harassment and of sexual assault made against "
        "police officers in each of the financial years 2023/24 and 2024/25, and their outcomes.\n\n"
        "In 2024/25 we recorded 6 allegations of sexual harassment and 4 allegations of sexual assault against "
        "police officers. Of the allegations of sexual harassment, two resulted in dismissal. Outcomes for the "
        "other categories are not held in a reportable form for 2024/25.\n\n"
        "The number of allegations and their outcomes is not held for 2023/24.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|4|reported|"));
    assert_false(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31||not_held|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31||not_held|"));
    done(&d, &g);
}

/* "(b) the outcome of each allegation (dismissed, written warning, ...)"
 * answered "Part (b), outcomes: not recorded against the types ... (section
 * 12)" where the letter gives every type's totals for the years: the
 * outcomes alone are refused, which is no row, not one per outcome. */
static void test_outcomes_refused_totals_answered(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cumbria", letter(
        "You asked:\n\n"
        "    \"For each of the financial years 2022/23 and 2023/24, please provide (a) the number\n"
        "    of allegations of sexual harassment and of sexual assault made against police officers,\n"
        "    and (b) the outcome of each allegation (dismissed, final written warning, written\n"
        "    warning or no case to answer).\"\n\n"
        "Cumbria Constabulary holds the information you asked for in part (a).\n\n"
        "In 2022/23 we recorded 7 allegations of sexual harassment and 3 allegations of sexual\n"
        "assault against police officers. In 2023/24 we recorded 9 allegations of sexual\n"
        "harassment and 5 allegations of sexual assault against police officers.\n\n"
        "Part (b), outcomes: the Constabulary does not record outcomes against the allegation\n"
        "types in a way that can be reported. Extracting them would exceed the cost limit; we\n"
        "have not provided them (section 12).\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31|7|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|5|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_true(g.ds.records[i].v.status == FOI_VS_REPORTED);
    done(&d, &g);
}

/* "(b) the outcome of each allegation (...)" refused under section 12 in a
 * sentence that also names a period whose totals the letter does not give
 * ("2024/25 to date" refused too, or a category under NCND): the outcome
 * breakdown is never a status row per outcome, whatever became of the
 * totals. */
static void test_outcome_breakdown_refused_no_rows(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "dyfed-powys", letter(
        "You asked:\n\n"
        "    \"For the financial year 2023/24 and for 2024/25 to date, please provide (a) the number\n"
        "    of allegations of sexual harassment and of sexual assault made against police officers,\n"
        "    and (b) the outcome of each allegation (dismissed, final written warning, written\n"
        "    warning or no case to answer).\"\n\n"
        "In 2023/24 we recorded 6 allegations of sexual harassment and 4 allegations of sexual\n"
        "assault against police officers.\n\n"
        "Outcomes are held only in case notes. Reviewing some 900 files for part (b) would exceed\n"
        "the cost limit, so part (b) is refused under section 12, as are the outcomes for 2024/25\n"
        "to date (1 April to 30 September 2024).\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|4|reported|"));
    /* no status row per outcome (the 2024/25 totals are not refused here) */
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_true(g.ds.records[i].v.status == FOI_VS_REPORTED);
    done(&d, &g);
}

/* "Sexual misconduct. January to March 2024, two; April to June 2024, one;
 * ...; October to December 2024, three, a total of 6 for the year.": a
 * category's sentence, then its periods each with a count (number words,
 * "none"), the closing total for the periods together when they follow on;
 * quarters that do not follow on leave such a total unread (whose is it?). */
static void test_period_list_series(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "warwickshire", letter(
        "You asked how many allegations of sexual misconduct were made against police officers in the "
        "calendar year 2024, by quarter.\n\n"
        "The figures below are allegations against police officers.\n\n"
        "Sexual misconduct. January to March 2024, two; April to June 2024, one; July to September 2024, "
        "none; October to December 2024, three, a total of 6 for the year.\n"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2024-01-01|2024-03-31|2|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2024-04-01|2024-06-30|1|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2024-07-01|2024-09-30|0|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2024-10-01|2024-12-31|3|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2024-01-01|2024-12-31|6|reported|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);

    run(&d, &g, "warwickshire", letter(
        "You asked how many allegations of sexual misconduct were made against police officers in the "
        "calendar year 2024, by quarter.\n\n"
        "The figures below are allegations against police officers.\n\n"
        "Sexual misconduct. January to March 2024, two; October to December 2024, three, a total of 9 for "
        "the year.\n"));
    assert_false(has(&g, "sexual_misconduct|total|officers|allegations|2024-01-01|2024-12-31|9|reported|"));
    done(&d, &g);
}

/* "Figures for the calendar years 2023 and 2024 are not held": a statement
 * naming several of the request's periods (not all) covers each of them. */
static void test_not_held_names_periods(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "lincolnshire", letter(
        "You asked for the number of allegations of sexual harassment made against police officers for each "
        "of the financial years 2022/23 and 2023/24, and for the calendar years 2023 and 2024.\n\n"
        "In 2022/23 we recorded 5 allegations of sexual harassment against police officers, and in 2023/24 we "
        "recorded 8.\n\n"
        "We record allegations by financial year. Figures for the calendar years 2023 and 2024 are not held.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31||not_held|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* An e-mail reply that quotes the request line by line ("> ...") before its
 * answer: the quote ends where the lines stop being marked, and the answer
 * under it is read. "We do not hold the figures by calendar year", every
 * figure given by financial year: the calendar years asked for are not held. */
static void test_reply_under_quoted_request(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "lincolnshire",
        "From: FOI Unit <foi@example.police.uk>\n"
        "To: Requester\n"
        "Subject: RE: FOI 2025-0456\n\n"
        "Dear Requester,\n\n"
        "Thank you for your request. Our answer follows your message.\n\n"
        "On 2 March 2025, you wrote:\n"
        "> Please provide, for each of the financial years 2022/23 and 2023/24 and for the\n"
        "> calendar year 2023, the number of allegations of sexual harassment made\n"
        "> against police officers.\n\n"
        "RESPONSE\n\n"
        "In 2022/23 we recorded 4 allegations of sexual harassment against police officers; in\n"
        "2023/24 we recorded 9.\n\n"
        "We keep these records by financial year and do not hold the figures by calendar year.\n\n"
        "Regards,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||not_held|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* A refusal of a stretch the letter's own date ends ("Information for 1
 * January 2026 to the date of this letter is exempt under section 22", "the
 * current financial year to date ... withheld under section 22"), beside
 * figures for other years: that stretch, to the letter's date; with no date
 * of the letter's own, no row (round 42b, blind42 City of London, Avon and
 * Somerset). */
static void test_refused_to_the_letters_date(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const bodies[] = {
        "Information Rights Unit\n\nDate: 3 December 2026\n\n",
        "Information Rights Unit\n\n",
    };
    for (int v = 0; v < 2; v++) {
        char text[2048];
        snprintf(text, sizeof text, "%s"
            "You asked: \"Please provide the number of allegations of sexual assault made against police officers "
            "and police staff in 2024 and 2025, and this year so far.\"\n\n"
            "Response\n\n"
            "Allegations against officers and staff together, by calendar year.\n\n"
            "Allegation type        2024    2025\n"
            "Sexual assault            7       9\n\n"
            "Information for 1 January 2026 to the date of this letter is exempt under section 22 of the Act, as it "
            "will be published in our annual report.\n\n"
            "Yours sincerely,\n\nFOI Unit\n", bodies[v]);
        run(&d, &g, "gwent", text);
        assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2025-01-01|2025-12-31|9|reported|"));
        if (v == 0)
            assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2026-01-01|2026-12-03||refused|s22"));
        else
            assert_false(has(&g, "sexual_assault|total|officers_and_staff|allegations|2026-01-01|2026-12-03||refused|s22"));
        done(&d, &g);
    }
    run(&d, &g, "gwent",
        "Information Rights Unit\n\nDate: 3 December 2026\n\n"
        "You asked: \"Please provide the number of allegations of sexual assault made against police officers "
        "and police staff in 2024/25 and in the current financial year to date.\"\n\n"
        "Response\n\n"
        "Allegations against officers and staff together.\n\n"
        "Allegation type        2024/25\n"
        "Sexual assault               7\n\n"
        "Figures for the current financial year to date are withheld under section 22 of the Act.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2026-04-01|2026-12-03||refused|s22"));
    done(&d, &g);
}


/* Round 48a: "Your request of 3 March 2026 was:" introduces the request's
 * words (the answer after them is read, not taken for the letterhead); "There
 * were no allegations with the outcome dismissed, written warning or no case
 * to answer." is a nil of each outcome the list names; a count of recorded
 * crime ("Offences recorded by the force in 2025 (all suspects): 2,310",
 * "crimes reported") is no count of allegations. */
static void test_nil_outcome_list_and_recorded_crime(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "staffordshire",
        "Staffordshire Police\nWeston Road, Stafford\nReference 0771/26 | 20 March 2026\n\nDear Requester,\n\n"
        "Your request of 3 March 2026 was:\n\n"
        "    How many allegations of sexual harassment were made against your officers and staff in 2025,\n"
        "    and what was the outcome of each?\n\n"
        "We hold the figures by calendar year. All figures are allegations against police officers and police "
        "staff together.\n\n"
        "Sexual harassment: 6 allegations. Outcomes: 2 final written warning; 4 under investigation. There were "
        "no allegations with the outcome dismissed, written warning or no case to answer.\n\n"
        "For context only:\n\n"
        "Offences of sexual harassment recorded by Staffordshire Police in 2025 (all suspects): 2,310.\n\n"
        "In 2025, 412 sexual harassment crimes were reported to the force.\n\n"
        "If you are unhappy with this response you may ask for an internal review within 40 working days.\n\n"
        "Yours sincerely,\nInformation Compliance\n");
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-01-01|2025-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|ongoing|officers_and_staff|allegations|2025-01-01|2025-12-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers_and_staff|allegations|2025-01-01|2025-12-31|0|reported|"));
    assert_true(has(&g, "sexual_harassment|written_warning|officers_and_staff|allegations|2025-01-01|2025-12-31|0|"
                        "reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers_and_staff|allegations|2025-01-01|2025-12-31|0|"
                        "reported|"));
    assert_false(has_quiet(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-01-01|2025-12-31|2310|"
                               "reported|"));
    assert_false(has_quiet(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-01-01|2025-12-31|412|"
                               "reported|"));
    assert_int_equal(count(&g), 6);
    done(&d, &g);
}

/* A quoted request, an answer in prose with none of the usual words of a
 * reply ("you asked", "Dear", "please find"), and the complaint rights every
 * response closes with: a response, its prose read (round 42b, blind42
 * Norfolk). Without the rights paragraph it stays no response. */
static void test_request_and_rights_make_a_response(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const ends[] = {
        "If you are dissatisfied with this response you may ask for an internal review, and then complain to "
        "the Information Commissioner.\n",
        "",
    };
    for (int v = 0; v < 2; v++) {
        char text[2048];
        snprintf(text, sizeof text,
                 "Reference 55/26\n\n12 November 2026\n\n"
                 "Please state how many allegations of sexual harassment were made against police staff in "
                 "2025.\n\n"
                 "Staff conduct cases are kept by the People Directorate, which records them by calendar year. In "
                 "2025 there were 3 allegations of sexual harassment against members of police staff.\n\n%s",
                 ends[v]);
        run(&d, &g, "cumbria", text);
        if (v == 0)
            assert_true(has(&g, "sexual_harassment|total|staff|allegations|2025-01-01|2025-12-31|3|reported|"));
        else
            assert_int_equal(count(&g), 0);
        done(&d, &g);
    }
}

/* "The figures for 2024/25 will be published in our annual report in March
 * 2026 and are withheld under section 22": refused (s22) for 2024/25 only
 * (March 2026 is when they are published), for what the document gives for
 * the other years: each category it gives, of the people it gives it for
 * ("(police officers)"), not a requested category it gives nowhere. A
 * request asking in both year schemes, answered in financial years: "any of
 * the years requested" is the financial years, not the calendar years. */
static void test_withheld_for_future_publication(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "lincolnshire",
        "Dear Requester,\n\n"
        "You asked: \"Please provide, for each of the financial years 2022/23 to 2024/25, or for the calendar "
        "years 2022 to 2024 if that is how your records are kept, the number of allegations of sexual assault, "
        "sexual harassment and domestic abuse made against police officers and police staff.\"\n\n"
        "Response\n\n"
        "The figures below are allegations against police officers and police staff together, by the financial "
        "year in which they were recorded.\n\n"
        "Allegation type                        2022/23   2023/24\n"
        "Sexual assault                               6         8\n"
        "Sexual harassment (police officers)          4         3\n\n"
        "Allegations of domestic abuse are counted under the types above.\n\n"
        "The figures for 2024/25 will be published in our annual report in March 2026 and are withheld under "
        "section 22 of the Act.\n\n"
        "We neither confirm nor deny whether we hold information about allegations of sexual harassment "
        "against police staff in any of the years requested, by virtue of section 40(5B) of the Act.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2022-04-01|2023-03-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-04-01|2025-03-31||refused|s22"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31||refused|s22"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-04-01|2024-03-31||ncnd|s40(5B)"));
    for (size_t i = 0; i < g.ds.nrecords; i++) {
        const struct foi_record *r = &g.ds.records[i];
        assert_string_not_equal(r->category, "domestic_abuse");
        assert_string_not_equal(r->period_start, "2022-01-01");
        assert_string_not_equal(r->period_start, "2026-03-01");
    }
    assert_int_equal(count(&g), 9);
    done(&d, &g);
}

/* "... the figures for the whole year will be published on our website in
 * spring 2026, so this part is withheld under section 22": a season (or
 * "early", "late", "the spring of") between "in" and the year is still when
 * they are published, never the period withheld; the year to date the
 * sentence opens with is. */
static void test_withheld_published_in_season(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "hampshire",
        "Dear Requester,\n\n"
        "You asked: \"Please provide, for the financial year 2024/25 and for 2025/26 to date, the number of "
        "allegations of sexual harassment and sexual assault made against police officers.\"\n\n"
        "Response\n\n"
        "In 2024/25 there were 12 allegations of sexual harassment and 5 allegations of sexual assault "
        "against police officers.\n\n"
        "2025/26 to date (1 April to 30 September 2025): the year is not yet over, and the figures for the "
        "whole year will be published on our website in spring 2026, so this part is withheld under "
        "section 22.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|12|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-04-01|2025-09-30||refused|s22"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2025-04-01|2025-09-30||refused|s22"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_string_not_equal(g.ds.records[i].period_start, "2026-01-01");
    done(&d, &g);
}

/* "Abuse of position ...: the force neither confirms nor denies that it
 * holds any information for this category ... to confirm or deny would be
 * likely to identify the individuals concerned": the individuals are why,
 * not what the NCND is about; the category is NCND in each period asked. */
static void test_ncnd_category_identify_individuals(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cheshire",
        "Dear Requester,\n\n"
        "You asked: \"For the financial year 2024/25 and the calendar year 2025, how many allegations of sexual "
        "harassment and of abuse of position for a sexual purpose were made against police officers?\"\n\n"
        "Response\n\n"
        "In 2024/25 there were 14 allegations of sexual harassment against police officers, and in 2025 "
        "there were 9.\n\n"
        "Abuse of position for a sexual purpose: the Constabulary neither confirms nor denies that it holds "
        "any information for this category, for either of the years you asked about. The numbers are small, and to confirm or deny would be likely to "
        "identify the individuals concerned. Section 40(5B) applies.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|14|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2025-01-01|2025-12-31||ncnd|s40(5B)"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2024-04-01|2025-03-31||ncnd|s40(5B)"));
    done(&d, &g);
}

/* "You asked for the same calendar-year figures in an earlier request ...
 * so we are refusing this part of your request as a repeated request under
 * section 14(2)": the clause names no years, its paragraph names only the
 * scheme the answer does not give (figures by financial year): the calendar
 * years asked for are refused s14(2), each category. */
static void test_repeated_request_other_scheme(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cheshire",
        "Dear Requester,\n\n"
        "You asked: \"For the financial year 2024/25 and for the calendar year 2024, how many allegations of "
        "sexual harassment and of sexual assault were made against police officers?\"\n\n"
        "Response\n\n"
        "In the financial year 2024/25 there were 11 allegations of sexual harassment and 4 allegations of "
        "sexual assault against police officers.\n\n"
        "You asked for the same calendar-year figures in an earlier request, which we answered in June. No "
        "reasonable interval has passed since, so we are refusing this part of your request as a repeated "
        "request under section 14(2).\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|11|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31||refused|s14(2)"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31||refused|s14(2)"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        if (!strcmp(g.ds.records[i].period_start, "2024-04-01"))
            assert_true(g.ds.records[i].v.status == FOI_VS_REPORTED);
    done(&d, &g);
}

/* Round 20: prose lists of labels each with its count after it: "In
 * 2023/24 the totals were sexual misconduct 11, sexual harassment 4 and
 * abuse of position for a sexual purpose 1" (categories, the sentence's
 * period), "Sexual harassment, 2024/25 (6 allegations): dismissed 2;
 * written warning 1; ..." (outcomes of the category the lead-in names);
 * the count is the label's before it, never the next item's after it
 * ("dismissed 3, written warning 1, not upheld 2" had read 3 as a written
 * warning). A count before its label ("4 sexual assault, 2 sexual
 * harassment") is no such list (test_engine_table test_list_of_a_count_in_doubt:
 * a list breaking down a count a table gives under another category). */
static void test_label_count_lists(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent",
        "Dear Requester,\n\n"
        "You asked: \"How many allegations of sexual misconduct, sexual harassment and abuse of position for a "
        "sexual purpose were made against police officers in 2023/24 and 2024/25, and with what outcome?\"\n\n"
        "Response\n\n"
        "All figures are allegations against police officers. In 2023/24 the totals were sexual misconduct 11, "
        "sexual harassment 4 and abuse of position for a sexual purpose 1.\n\n"
        "Sexual harassment, 2024/25 (6 allegations): dismissed 2; written warning 1; no case to answer 3.\n\n"
        "Sexual misconduct, 2024/25 (8 allegations): dismissed 3, written warning 1, not upheld 2, withdrawn 2.\n\n"
        "In 2022/23 there were 4 sexual misconduct, 2 sexual harassment.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2023-04-01|2024-03-31|11|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|4|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2023-04-01|2024-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|written_warning|officers|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_true(has(&g, "sexual_misconduct|dismissed|officers|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_true(has(&g, "sexual_misconduct|written_warning|officers|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_true(has(&g, "sexual_misconduct|not_upheld|officers|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_true(has(&g, "sexual_misconduct|withdrawn|officers|allegations|2024-04-01|2025-03-31|2|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_string_not_equal(g.ds.records[i].period_start, "2022-04-01");
    done(&d, &g);

}

/* A sentence opening with the group its counts are picked from: the
 * people a later clause names are that clause's count's ("2 were made
 * against police staff"), not the group's nor another clause's ("none are
 * still under investigation" is of the 9); before, the sentence's "police
 * staff" made the 9 a staff total (a wrong figure at 0.65). */
static void test_group_sentence_people(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham",
        "Dear Requester,\n\n"
        "You asked how many allegations of sexual assault were made against police officers and police staff "
        "in 2025/26.\n\n"
        "Response\n\n"
        "Durham Constabulary holds this information. Of the 9 allegations of sexual assault recorded in "
        "2025/26, 2 were made against police staff; none are still under investigation.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2025-04-01|2026-03-31|9|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2025-04-01|2026-03-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|ongoing|officers_and_staff|allegations|2025-04-01|2026-03-31|0|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* The request's reference written after the words for the request
 * ("Freedom of Information request 0455/24, responded to on ..."), as a
 * covering page gives it: the figures carry it (and a letter that names no
 * attachment is paired by it); a period in its place ("request 2023/24")
 * is no reference. */
static void test_ref_after_request_words(void **state)
{
    (void)state;
    static const char *const heads[] = { "Freedom of Information request 0455/24, responded to on 14 March 2024",
                                         "Your Freedom of Information request 2023/24 figures" };
    for (int k = 0; k < 2; k++) {
        struct foi_doc d;
        struct got g;
        char text[600];
        snprintf(text, sizeof text,
                 "%s\n\nYou asked how many allegations of sexual misconduct were made against officers and staff "
                 "in the calendar year 2023.\n\nAnswer: there were 21 allegations of sexual misconduct.\n",
                 heads[k]);
        run(&d, &g, "cambridgeshire", text);
        assert_int_equal(count(&g), 1);
        if (k == 0)
            assert_string_equal(g.ds.records[0].request_ref, "0455/24");
        else
            assert_true(!g.ds.records[0].request_ref || !*g.ds.records[0].request_ref);
        done(&d, &g);
    }
}

/* A not-held sentence whose first clause names one year scheme and whose
 * reason names the other ("Calendar-year figures are not held: our reports
 * run by financial year only") covers the scheme of its first clause, in a
 * letter whose request asks for both and whose figures are by financial
 * year (the sentence as a whole names both, so it used to follow the
 * figures given and find them taken). */
static void test_not_held_scheme_before_reason(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham",
        "Dear Requester,\n\n"
        "You asked: \"For each of the financial years 2024/25 and 2025/26 and for the calendar years 2024 and "
        "2025, how many allegations of sexual assault were made against police officers and police staff?\"\n\n"
        "Response\n\n"
        "In 2024/25 there were 6 allegations of sexual assault and in 2025/26 there were 4.\n\n"
        "Calendar-year figures are not held: our reports run by financial year only.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-01-01|2024-12-31||not_held|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2025-01-01|2025-12-31||not_held|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* A row label joining two categories into one figure ("Sexual violence
 * (sexual assault or sexual harassment)") is category other, never one of
 * them; its head alone in a sentence ("allegations of sexual violence") is
 * the same figure; "Of the 9 allegations of ..., the outcomes were:
 * dismissed 1; ..." gives the outcomes of what its lead counts. */
static void test_combined_category_label(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham",
        "Dear Requester,\n\n"
        "You asked how many allegations of sexual assault, sexual harassment and sexual misconduct were made "
        "against police officers and police staff in 2023/24 and 2024/25, and their outcomes.\n\n"
        "Response\n\n"
        "Sexual assault and sexual harassment are recorded under one heading and cannot be separated.\n\n"
        "Allegation type | 2023/24 | 2024/25\n"
        "Sexual violence (sexual assault or sexual harassment) | 12 | 9\n"
        "Sexual misconduct (including inappropriate relationships) | 4 | 6\n\n"
        "Of the 9 allegations of sexual violence recorded in 2024/25, the outcomes were: dismissed 1; written "
        "warning 2; no case to answer 4; under investigation 2.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "other|total|officers_and_staff|allegations|2023-04-01|2024-03-31|12|reported|"));
    assert_true(has(&g, "other|total|officers_and_staff|allegations|2024-04-01|2025-03-31|9|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers_and_staff|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "other|dismissed|officers_and_staff|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_true(has(&g, "other|written_warning|officers_and_staff|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_true(has(&g, "other|no_case_to_answer|officers_and_staff|allegations|2024-04-01|2025-03-31|4|reported|"));
    assert_true(has(&g, "other|ongoing|officers_and_staff|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_int_equal(count(&g), 8);
    int noted = 0;
    for (size_t i = 0; i < g.ds.nrecords; i++)
        noted += g.ds.records[i].note && strstr(g.ds.records[i].note, "counts sexual_assault and sexual_harassment "
                                                                     "together: other") != NULL;
    assert_int_equal(noted, 6);
    done(&d, &g);
}

/* "Sexual harassment by police staff: ... We neither confirm nor deny
 * ...": the paragraph's lead names the category and people its statement
 * is about; the answer gives that category only in years of its own (July
 * to June, not the request's financial years), so the statement covers
 * those. */
static void test_ncnd_lead_and_own_periods(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent",
        "Dear Requester,\n\n"
        "You asked how many allegations of sexual assault and sexual harassment were made against police officers "
        "and police staff in the financial years 2023/24 and 2024/25.\n\n"
        "Response\n\n"
        "Our professional standards year runs from 1 July to 30 June, so the figures below are for the two most "
        "recent such years.\n\n"
        "Allegation type | 1 July 2023 to 30 June 2024 | 1 July 2024 to 30 June 2025\n"
        "Sexual assault | 3 | 2\n"
        "Sexual harassment (police officers) | 4 | 6\n\n"
        "Sexual harassment by police staff: very few staff work in roles where this could arise. We neither "
        "confirm nor deny whether we hold this information, as confirming it would disclose personal data; "
        "section 40(5B) applies.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-07-01|2024-06-30|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-07-01|2024-06-30||ncnd|s40(5B)"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-07-01|2025-06-30||ncnd|s40(5B)"));
    assert_int_equal(count(&g), 6);
    done(&d, &g);
}

/* Lines of "label ..... value" (a dot leader between each label and its
 * value) under a heading that names the category and year, two of them run
 * together on one line as a PDF can join them: each value is its own
 * label's, never the label's after it ("Allegations recorded ..... 9
 * Dismissed ..... 2" is 9 allegations and 2 dismissed, not 9 dismissed);
 * the label naming only what is counted is the total. */
static void test_dot_leader_lines(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "warwickshire",
        "Warwickshire Police\n\nFreedom of Information request 2025/0781\n\n"
        "You asked for the number of allegations of sexual harassment made against police officers and "
        "police staff in 2024/25 and their outcomes.\n\n"
        "We hold this information. The figures below cover officers and staff together.\n\n"
        "SEXUAL HARASSMENT - 2024/25\n\n"
        "Allegations recorded ................. 9 Dismissed ................. 2\n"
        "Final written warning ............. 1\n"
        "No case to answer . . . . . . . . . 5\n"
        "Withdrawn ......................... 1\n\n"
        "Yours sincerely,\n\nInformation Compliance\n");
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers_and_staff|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|final_written_warning|officers_and_staff|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers_and_staff|allegations|2024-04-01|2025-03-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|withdrawn|officers_and_staff|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_int_equal(count(&g), 5);
    done(&d, &g);
}

/* A colon list of a category's name then its count ("the totals were:
 * sexual misconduct 14, sexual harassment 9 and violence against women and
 * girls 6"), the last item's name holding an "and" of its own; and a later
 * correction of one of them, "the figure for sexual harassment ... should
 * read 8, not 9: two allegations were ...", whose new value is 8 and whose
 * reason after the colon gives no figure. */
static void test_colon_list_and_correction(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "bedfordshire",
        "Bedfordshire Police\n\nFreedom of Information request 2025/1932\n\n"
        "You asked for the number of allegations of sexual misconduct, sexual harassment and violence against "
        "women and girls made against police officers and police staff in 2024/25.\n\n"
        "We hold this information. For 2024/25 the totals were: sexual misconduct 14, sexual harassment 9 and "
        "violence against women and girls 6.\n\n"
        "Correction: the figure for sexual harassment in 2024/25 given above should read 8, not 9: two "
        "allegations had been entered twice.\n\n"
        "Yours sincerely,\n\nInformation Unit\n");
    assert_true(has(&g, "sexual_misconduct|total|officers_and_staff|allegations|2024-04-01|2025-03-31|14|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31|8|reported|"));
    assert_true(has(&g, "vawg|total|officers_and_staff|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* A count in a list named by what it is classed as ("... 11 of sexual
 * harassment and six classed as violence against women and girls"), as
 * "of" and "relating to" name one. */
static void test_count_classed_as(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "wiltshire",
        "Dear Requester,\n\n"
        "You asked how many allegations of sexual misconduct, sexual harassment and violence against women and "
        "girls were made against officers and staff in 2024/25.\n\n"
        "Response\n\n"
        "In 2024/25 there were 9 allegations of sexual misconduct, 11 of sexual harassment and six classed as "
        "violence against women and girls.\n\n"
        "Yours sincerely,\n\nFOI Unit\n");
    assert_true(has(&g, "vawg|total|officers_and_staff|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31|11|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}


/* Round 41b: a paragraph per type, "Sexual harassment: 9 allegations (3
 * final written warning, 2 no case to answer, 4 under investigation).":
 * the count before the bracket is the type's total, never the first
 * outcome's (whose label holds the bracket and the outcome's own number);
 * and a later "the figure of 3 given above for sexual harassment
 * allegations resulting in a final written warning should read 4" replaces
 * the outcome it names (after the colon of its sentence), not the total.
 * A correction naming a value the letter never gave for that figure
 * replaces nothing: the figure taken stays below 0.5 with an issue. */
static double conf_of(struct got *g, const char *cat, const char *outcome, const char *start);

static void test_count_then_outcomes_bracket_and_named_correction(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *letter =
        "Lincolnshire Police\n\nFreedom of Information request 2026/0417\n\n"
        "You asked for the number of allegations of sexual harassment and sexual assault made against police "
        "officers and staff in 2024/25, and their outcomes.\n\n"
        "We record allegations against officers and staff together. For the financial year 2024/25 (1 April "
        "2024 to 31 March 2025) the position is as follows.\n\n"
        "Sexual harassment: 9 allegations (3 final written warning, 2 no case to answer, 4 under "
        "investigation).\n\n"
        "Sexual assault: 5 allegations (1 would have been dismissed, 4 no case to answer).\n\n"
        "Amendment. Our Professional Standards Department has since checked the figures: the figure of %s "
        "given above for sexual harassment allegations resulting in a final written warning should read 4.\n\n"
        "Yours sincerely,\n\nInformation Unit\n";
    char buf[2048];
    snprintf(buf, sizeof buf, letter, "3");
    run(&d, &g, "lincolnshire", buf);
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|final_written_warning|officers_and_staff|allegations|2024-04-01|2025-03-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers_and_staff|allegations|2024-04-01|2025-03-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-04-01|2025-03-31|5|reported|"));
    assert_true(has(&g, "sexual_assault|would_have_been_dismissed|officers_and_staff|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_false(has_quiet(&g, "sexual_harassment|final_written_warning|officers_and_staff|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_false(has_quiet(&g, "sexual_harassment|final_written_warning|officers_and_staff|allegations|2024-04-01|2025-03-31|9|reported|"));
    assert_int_equal(count(&g), 7);
    done(&d, &g);

    /* the correction names 6, which the letter never gave for it */
    snprintf(buf, sizeof buf, letter, "6");
    run(&d, &g, "lincolnshire", buf);
    assert_false(has_quiet(&g, "sexual_harassment|final_written_warning|officers_and_staff|allegations|2024-04-01|2025-03-31|4|reported|"));
    assert_true(conf_of(&g, "sexual_harassment", "final_written_warning", "2024-04-01") < 0.5);
    assert_true(conf_of(&g, "sexual_harassment", "final_written_warning", "2024-04-01") >= 0);
    int nissue = 0;
    for (size_t i = 0; i < g.ds.nissues; i++)
        nissue += !strcmp(g.ds.issues[i].code, "correction_unmatched");
    assert_int_equal(nissue, 1);
    done(&d, &g);
}

/* Round 26: outcomes as nested list items under an item naming a category
 * and its count in brackets ("- Sexual assault (3)" / "- dismissed: 2"): the
 * bracket is the category's total and the items under it are its outcomes;
 * "The figures below are allegations against police officers" says whom all
 * of it counts, and "..., so no information is held for police staff" in a
 * clause that also names the officers is the staff's (over the request's
 * years, which run on from each other). A bracket the items under it do not
 * add up to is given low. */
static double conf_of(struct got *g, const char *cat, const char *outcome, const char *start)
{
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        if (!strcmp(r->category, cat) && !strcmp(r->outcome, outcome) && !strcmp(r->period_start, start))
            return r->confidence;
    }
    return -1;
}

static void test_bracket_count_over_outcome_items(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "north-wales", letter(
        "You asked: \"Please provide, for the financial years 2022/23 and 2023/24, the number of allegations of\n"
        "sexual assault and sexual harassment made against police officers and police staff, and the outcome of\n"
        "each allegation.\"\n\n"
        "Response\n\n"
        "Our civilian employees are managed by the county council: their conduct cases are kept by the council,\n"
        "so no information is held for police staff.\n\n"
        "The figures below are allegations against police officers, by the year the allegation was made.\n\n"
        "Financial year 2022/23\n\n"
        "\xe2\x80\xa2 Sexual assault (3)\n"
        "\xe2\x80\x93 dismissed: 2\n"
        "\xe2\x80\x93 no case to answer: 1\n"
        "\xe2\x80\xa2 Sexual harassment (7)\n"
        "\xe2\x80\x93 written warning: 2\n"
        "\xe2\x80\x93 under investigation: 4\n\n"
        "Financial year 2023/24\n\n"
        "\xe2\x80\xa2 Sexual harassment (5)\n"
        "\xe2\x80\x93 final written warning: 5\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-04-01|2023-03-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2022-04-01|2023-03-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|no_case_to_answer|officers|allegations|2022-04-01|2023-03-31|1|reported|"));
    assert_true(has(&g, "sexual_harassment|written_warning|officers|allegations|2022-04-01|2023-03-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|final_written_warning|officers|allegations|2023-04-01|2024-03-31|5|reported|"));
    /* 2 + 4 is not 7: the bracket is given low */
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-04-01|2023-03-31|7|reported|"));
    assert_true(conf_of(&g, "sexual_harassment", "total", "2022-04-01") < 0.5);
    assert_true(conf_of(&g, "sexual_assault", "total", "2022-04-01") >= 0.5);
    for (size_t i = 0; i < g.ds.nrecords; i++) {
        const struct foi_record *r = &g.ds.records[i];
        if (r->v.status == FOI_VS_NOT_HELD)
            assert_string_equal(r->subject, "staff");
        else
            assert_string_equal(r->subject, "officers");
    }
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2022-04-01|2024-03-31||not_held|"));
    done(&d, &g);
}

/* Round 26: "We cannot give figures for 2025/26 to date (1 April to 30
 * September 2025): ... withheld under section 22" restates the period in
 * brackets, with its reason after a colon: one refusal of that period (the
 * bracket's dates), not a statement about other information. */
static void test_refusal_period_restated_in_brackets(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "cleveland", letter(
        "You asked: \"Please provide, for the financial year 2024/25 and for 2025/26 to date, the number of\n"
        "allegations of sexual harassment made against police officers and police staff.\"\n\n"
        "Response\n\n"
        "In 2024/25 there were 12 allegations of sexual harassment.\n\n"
        "We cannot give figures for 2025/26 to date (1 April to 30 September 2025): the year is not finished and\n"
        "the figures will be published in our annual report, so they are withheld under section 22.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31|12|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2025-04-01|2025-09-30||refused|s22"));
    done(&d, &g);
}

/* A paragraph saying the records hold no searchable field for what was
 * asked, "so each record would have to be read", is why the request costs
 * too much, not an answer that the figures are not held: the section 12
 * refusal after it is the letter's answer (round 27 part B). */
static void test_unsearchable_records_then_s12(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent", letter(
        "You asked: \"Please provide, for the financial year 2024/25, the number of allegations of sexual\n"
        "harassment made against police officers and police staff.\"\n\n"
        "Response\n\n"
        "Gwent Police cannot answer your request. Our complaints system does not hold a field that marks\n"
        "sexual harassment, so every file would have to be read by hand.\n\n"
        "Reading about 900 files at 5 minutes each would take 75 hours, more than the appropriate limit of\n"
        "18 hours, so we are not obliged to comply with your request under section 12(1) of the Act.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31||refused|s12"));
    assert_false(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2024-04-01|2025-03-31||not_held|"));
    done(&d, &g);
}

/* A paragraph counting some categories that ends on a not-held sentence
 * about another category ("Domestic abuse allegations are flagged only by
 * financial year, so we do not hold a count of them for 2024") answers the
 * categories it counts: the statement covers its own category only (round
 * 27 part B). */
static void test_counts_before_statement_of_other_category(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "norfolk", letter(
        "You asked: \"Please provide, for the calendar year 2024, the number of allegations of sexual\n"
        "assault, sexual harassment and domestic abuse made against police officers.\"\n\n"
        "Response\n\n"
        "In the calendar year 2024 there were 9 allegations of sexual assault against\n"
        "police officers and 6 allegations of sexual harassment against police\n"
        "officers. Domestic abuse allegations are flagged only in a return made by\n"
        "financial year, so we do not hold a count of domestic abuse allegations for\n"
        "the calendar year 2024.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|6|reported|"));
    assert_true(has(&g, "domestic_abuse|total|officers|allegations|2024-01-01|2024-12-31||not_held|"));
    done(&d, &g);
}

/* "..., 6 allegations of sexual harassment against police officers and 3
 * against police staff": a count that leaves its noun to the count just
 * before it, in a sentence listing several categories with commas (no
 * semicolons), is of that count's category (round 27 part B). */
static void test_elliptic_count_in_comma_list(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "norfolk", letter(
        "You asked: \"Please provide, for the calendar year 2024, the number of allegations of sexual\n"
        "assault and sexual harassment made against police officers and police staff.\"\n\n"
        "Response\n\n"
        "In the calendar year 2024 we recorded 14 allegations of sexual assault against police\n"
        "officers and 2 against police staff, 6 allegations of sexual harassment against police\n"
        "officers and 3 against police staff.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|14|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-01-01|2024-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-01-01|2024-12-31|3|reported|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* "...; four of these allegations were also flagged as violence against
 * women and girls": a count of that category, of what the sentence counted;
 * "(2) the outcome of each allegation" answered "The outcomes are withheld
 * under section 40(2)" is no status row of any total, not even of the
 * category the answer leaves out (round 27 part B). */
static void test_flagged_group_and_withheld_outcomes(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "bedfordshire", letter(
        "Request: 1. The number of allegations of sexual misconduct, sexual assault, sexual harassment and\n"
        "violence against women and girls made against police officers in 2024.\n\n"
        "Response: In 2024 we recorded five allegations of sexual misconduct and two of sexual assault; four\n"
        "of these allegations were also flagged as violence against women and girls.\n\n"
        "Request: 2. The outcome of each allegation.\n\n"
        "Response: The outcomes are withheld under section 40(2) of the Act, as the numbers are small enough\n"
        "to identify the officers concerned.\n"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2024-01-01|2024-12-31|5|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|2|reported|"));
    assert_true(has(&g, "vawg|total|officers|allegations|2024-01-01|2024-12-31|4|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
}

/* A paragraph over a list whose first sentence says what the list covers
 * ("The outcomes below are for the allegations recorded in 2024, as at 31
 * March 2025.") and whose last sentence, no lead-in, is about another year:
 * the items are of the first sentence's period, not of the other year nor
 * left without one (round 27 part B). */
static void test_outcomes_below_are_for_then_other_year(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "derbyshire", letter(
        "You asked: \"For the calendar years 2023 and 2024: (1) the number of allegations of sexual harassment\n"
        "made against police officers; (2) the outcome of each allegation.\"\n\n"
        "Part 1\n\n"
        "In 2023 there were 7 allegations of sexual harassment against police officers and in 2024 there\n"
        "were 9.\n\n"
        "Part 2\n\n"
        "The outcomes below are for the allegations recorded in 2024, as at 31 March 2025. Outcomes for 2023\n"
        "are held on an older system and can be given if you ask again; they are not included here.\n\n"
        "- dismissed: 2\n"
        "- written warning: 3\n"
        "- no case to answer: 4\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2024-01-01|2024-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|written_warning|officers|allegations|2024-01-01|2024-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2024-01-01|2024-12-31|4|reported|"));
    assert_false(has(&g, "sexual_harassment|dismissed|officers|allegations|2023-01-01|2023-12-31|2|reported|"));
    done(&d, &g);
}

/* Counts written as number words with the category after them in three
 * ways: alone in brackets ("four (sexual assault), nine (sexual
 * harassment)"), between the count and its noun ("six sexual assault
 * allegations") and after "identified as"; a year to date the sentence
 * bounds with a range from the year's first day ("Up to now in 2024/25,
 * from 1 April to 30 September 2024, ...") is that range. A lone number
 * with a bracketed category and no list of such counts is no figure
 * (round 28 part B). */
static void test_number_words_with_categories_after(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "lincolnshire", letter(
        "You asked: \"How many allegations of sexual assault, sexual harassment and violence against women\n"
        "and girls were made against police staff in 2023/24 and in 2024/25 to date?\"\n\n"
        "In 2023/24 the totals were four (sexual assault), nine (sexual harassment) and two (violence\n"
        "against women and girls).\n\n"
        "Up to now in 2024/25, from 1 April to 30 September 2024, there have been six sexual assault\n"
        "allegations, three of sexual harassment and one identified as violence against women and girls.\n\n"
        "Case 4 (sexual assault) was closed in 2023/24 after the officer resigned.\n"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-04-01|2024-03-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-04-01|2024-03-31|9|reported|"));
    assert_true(has(&g, "vawg|total|staff|allegations|2023-04-01|2024-03-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-04-01|2024-09-30|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-04-01|2024-09-30|3|reported|"));
    assert_true(has(&g, "vawg|total|staff|allegations|2024-04-01|2024-09-30|1|reported|"));
    assert_int_equal(count(&g), 6);
    done(&d, &g);
}

/* A request in one year scheme (calendar years) answered in another
 * (financial years, which run over 1 January): a "not held" naming the
 * scheme asked for ("figures for calendar years are not held") is about
 * the request's years, not other information: a not-held row for each of
 * them; a year asked "to date" that nothing ends gives no row. Where the
 * figures given are parts of the scheme's years (quarters), nothing is
 * added (round 28 part B). */
static void test_not_held_in_the_scheme_asked(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "essex", letter(
        "You asked: \"How many allegations of sexual harassment were made against police officers in the\n"
        "calendar years 2023 and 2024, and in 2025 to date?\"\n\n"
        "Our complaints database is organised by financial year, so figures for calendar years are not\n"
        "held (section 1(1)(a)). The financial-year figures are given below instead.\n\n"
        "In 2023/24 there were 14 allegations of sexual harassment against police officers and in 2024/25\n"
        "there were 9.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31|14|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||not_held|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31||not_held|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);

    run(&d, &g, "essex", letter(
        "You asked: \"How many allegations of sexual harassment were made against police officers in the\n"
        "financial years 2023/24 and 2024/25?\"\n\n"
        "Our reports run by quarter, so financial-year figures are not held (section 1(1)(a)). The quarterly\n"
        "figures are: April to June 2023: 3; July to September 2023: 4.\n"));
    assert_false(has_quiet(&g, "sexual_harassment|total|officers|allegations|2023-04-01|2024-03-31||not_held|"));
    done(&d, &g);
}

/* A bare section 21 citation in the letter's own text: pointing at an
 * earlier FOI response ("2023 was answered in our reply to FOI 24-0712,
 * which is on our disclosure log (section 21)") it refers to an answer
 * given before and refuses nothing in this one: no rows; giving where the
 * period is published instead of an answer ("... are published at
 * www... (section 21)") it is this response's refusal of that period; and
 * "exempt under section 21" refuses, whatever it points at (round 28
 * part B). */
static void test_s21_pointer_to_earlier_response(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const req =
        "You asked: \"How many allegations of sexual assault were made against police officers in the\n"
        "calendar years 2023 and 2024?\"\n\n"
        "In 2024 there were 6 allegations of sexual assault against police officers.\n\n";
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s", req,
             "Nothing further is given for 2023 in this letter: that year was answered in our reply to FOI\n"
             "24-0712, which is on our disclosure log (section 21).\n");
    run(&d, &g, "avon-and-somerset", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|6|reported|"));
    assert_int_equal(count(&g), 1);
    assert_true(traced(&g, "a pointer to an earlier response"));
    done(&d, &g);

    snprintf(buf, sizeof buf, "%s%s", req,
             "2023: the figures for that year are published at www.example.police.uk/psd-2023 (section 21).\n");
    run(&d, &g, "avon-and-somerset", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    done(&d, &g);

    snprintf(buf, sizeof buf, "%s%s", req,
             "The figures for 2023 were given in our reply to FOI 24-0712 and are exempt under section 21.\n");
    run(&d, &g, "avon-and-somerset", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    done(&d, &g);
}

/* Three ways a letter's request and its s21 answer went unread (lead, 5
 * December, blind32 Essex, Nottinghamshire, Northumbria): "I write in
 * connection with your request for information received on <day>:" opens the
 * request; a request that opens with its years listed ("For each of the
 * calendar years 2022, 2023 and 2024, please tell me ...") is a question; a
 * clause "they are exempt under section 21" after a semicolon is about the
 * year the clause before it names. */
static void test_request_leads_and_s21_they(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "south-yorkshire", letter(
        "I write in connection with your request for information received on 4 November 2026:\n\n"
        "The number of allegations of sexual misconduct made against police staff in each of the financial\n"
        "years 2023/24, 2024/25 and 2025/26.\n\n"
        "In 2024/25 there were 3 allegations of sexual misconduct against police staff and in 2025/26 there\n"
        "were 5.\n\n"
        "Figures for 2023/24 were supplied in answer to FOI 2025/1930 and are published in our disclosure\n"
        "log; they are exempt under section 21 (information reasonably accessible by other means).\n"));
    assert_true(has(&g, "sexual_misconduct|total|staff|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|staff|allegations|2023-04-01|2024-03-31||refused|s21"));
    assert_int_equal(count(&g), 3);
    assert_true(traced(&g, "the requester's words follow"));
    done(&d, &g);

    run(&d, &g, "north-yorkshire", letter(
        "Freedom of Information Request NYP-2026-1140, received 9 November 2026\n\n"
        "For each of the calendar years 2022, 2023, 2024 and 2025, please tell me how many allegations of\n"
        "sexual harassment were made against police officers.\n\n"
        "In 2024 there were 6 allegations of sexual harassment against police officers, and in 2025 there\n"
        "were 9.\n\n"
        "Information for 2022 and 2023 was provided in response to request NYP-2025-0877 and is exempt\n"
        "under section 21 of the Act.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31||refused|s21"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* A nil return for one group of people, in sentences that name the request:
 * "Police staff: this part of your request is a nil return. No allegation of
 * either type was recorded against a member of police staff in any of the
 * years you asked about." gives a 0 for each category and year asked, staff;
 * "You asked about 2024 and 2025." is still the request told again (lead, 5
 * December, blind32 Warwickshire). */
static void test_nil_return_naming_the_request(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const head =
        "You asked: \"For each of the calendar years 2024 and 2025, how many allegations of sexual assault\n"
        "and of sexual harassment were made against police officers and police staff?\"\n\n"
        "Police officers: in 2024 there were 4 allegations of sexual assault and 2 of sexual harassment\n"
        "against police officers; in 2025 there were 3 allegations of sexual assault and 1 of sexual\n"
        "harassment.\n\n";
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s", head,
             "Police staff: this part of your request is a nil return. No allegation of either type was\n"
             "recorded against a member of police staff in any of the years you asked about.\n");
    run(&d, &g, "lincolnshire", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-01-01|2024-12-31|0|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2025-01-01|2025-12-31|0|reported|"));
    assert_int_equal(count(&g), 8);
    done(&d, &g);

    snprintf(buf, sizeof buf, "%s%s", head,
             "You asked about 2024 and 2025, and for police staff no allegation of either type was recorded.\n");
    run(&d, &g, "lincolnshire", letter(buf));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* FOISA's section 25 is Scotland's section 21: "exempt under section 25
 * (information otherwise accessible)" refuses the year it names, exemption
 * s25 (lead, 5 December, blind33 Police Scotland). */
static void test_foisa_s25_otherwise_accessible(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "police-scotland", letter(
        "You asked: \"How many allegations of sexual assault were made against police officers in the\n"
        "financial years 2023/24 and 2024/25?\"\n\n"
        "In 2024/25 there were 6 allegations of sexual assault against police officers.\n\n"
        "Figures for 2023/24 were provided in our response to request 25-0914 and are exempt under section 25\n"
        "of the Act (information otherwise accessible).\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31||refused|s25"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* Round 33: "Figures for 2023/24 were not extracted (section 12, cost 450
 * at 18 hours)": left unextracted with section 12 cited, a refusal under it.
 * "Not extracted" alone, or section 12 cited with no such words, as before. */
static void test_not_extracted_section_12(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "north-wales", letter(
        "You asked: \"How many allegations of sexual assault were made against police officers in the\n"
        "financial years 2023/24 and 2024/25?\"\n\n"
        "In 2024/25 there were 6 allegations of sexual assault against police officers.\n\n"
        "Figures for 2023/24 are held on our previous case system and were not extracted (section 12, cost\n"
        "450 pounds at 18 hours).\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31||refused|s12"));
    done(&d, &g);
    run(&d, &g, "north-wales", letter(
        "You asked: \"How many allegations of sexual assault were made against police officers in the\n"
        "financial years 2023/24 and 2024/25?\"\n\n"
        "In 2024/25 there were 6 allegations of sexual assault against police officers.\n\n"
        "Figures for 2023/24 were not extracted from the new system.\n"));
    assert_false(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31||refused|s12"));
    done(&d, &g);
}

/* "the current year is given to 31 October 2026": the year to date a
 * request's "2026/27 to date" asks for runs to that day (the phrase, a few
 * words, "to" and a day); "as at 31 October" would be when, not to when.
 * (A letter's "the current year runs from 1 April 2026 to ..." was read
 * already; this is the day alone.) */
static void test_current_year_given_to_a_day(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const says[] = { "the current year is given to 31 October 2026", "the current year is shown "
                                        "as at 31 October 2026" };
    for (int k = 0; k < 2; k++) {
        char buf[1024];
        snprintf(buf, sizeof buf,
                 "Your request was:\n\n"
                 "\"For 2025/26 and for 2026/27 to date, how many allegations of sexual harassment were made\n"
                 "against police officers?\"\n\n"
                 "Financial years are used throughout; %s.\n\n"
                 "Gwent Police does not hold information on allegations of sexual harassment.\n", says[k]);
        run(&d, &g, "gwent", letter(buf));
        /* the two years run on: one row over both, to the day given */
        if (k == 0)
            assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-04-01|2026-10-31||not_held|"));
        else
            assert_false(has_quiet(&g, "sexual_harassment|total|officers|allegations|2025-04-01|2026-10-31||not_held|"));
        done(&d, &g);
    }
}

/* The alternative as a sentence of its own after the request ("... to
 * date, please tell me: ... If you record by calendar year, the calendar
 * years 2024 and 2025 will do."), its sentence end after two spaces: a
 * statement over the request neither confirming nor denying, in a letter
 * answering in financial years, takes the financial years only. */
static void test_request_alternative_sentence(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "gwent",
        letter("Your request of 3 November 2026 was:\n\n"
               "\"For the financial years 2024/25 and 2025/26, please tell me how many allegations of sexual\n"
               "assault and of sexual harassment were made against police officers.  If you record by calendar\n"
               "year, the calendar years 2024 and 2025 will do.\"\n\n"
               "Sexual assault: 2024/25: 7; 2025/26: 9.\n\n"
               "Gwent Police neither confirms nor denies that it holds information on allegations of sexual\n"
               "harassment for any of the periods requested, by virtue of section 30(3) of the Act.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31||ncnd|s30(3)"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-04-01|2026-03-31||ncnd|s30(3)"));
    assert_false(has_quiet(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31||ncnd|s30(3)"));
    assert_false(has_quiet(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31||ncnd|s30(3)"));
    done(&d, &g);
}

/* Round 47a: "In 2025 the allegations recorded against police officers
 * were: sexual harassment \xe2\x80\x93 four; sexual misconduct \xe2\x80\x93 none; ...": a
 * lead naming the period and then what is counted and whom, ending in
 * "were", its items a category, a dash and the count in words (blind47 City
 * of London's staff totals were missed). */
static void test_sentence_list_after_were(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const bodies[] = {
        "In 2025 the allegations recorded against police officers were: sexual harassment \xe2\x80\x93 four;\n"
        "sexual misconduct \xe2\x80\x93 none; abuse of position for a sexual purpose \xe2\x80\x93 two.\n",
        "In 2025 the allegations recorded against police officers were: sexual harassment - four; sexual\n"
        "misconduct - none; abuse of position for a sexual purpose - two.\n",
    };
    for (int k = 0; k < 2; k++) {
        char buf[4096];
        snprintf(buf, sizeof buf, "Your request of 2 December 2025 was:\n\n"
                 "\"How many allegations of sexual harassment, sexual misconduct and abuse of position for a\n"
                 "sexual purpose were made against police officers in 2025?\"\n\n%s", bodies[k]);
        run(&d, &g, "lincolnshire", letter(buf));
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31|4|reported|"));
        assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2025-01-01|2025-12-31|0|reported|"));
        assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2025-01-01|2025-12-31|2|reported|"));
        assert_int_equal(count(&g), 3);
        done(&d, &g);
    }
}

/* Round 47a: "... does not record violence against women and girls as a
 * separate type of allegation; such allegations are included in the types
 * below": how the figures are counted, no "not held" of VAWG (blind47
 * Gloucestershire gave two). "Misogyny is not recorded as a separate
 * category" beside "does not hold this information", with nowhere it is
 * counted, stays not held. */
static void test_separate_type_included_elsewhere(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *ask =
        "Your request of 2 December 2025 was:\n\n"
        "\"For 2024/25, how many allegations of sexual harassment and of violence against women and girls\n"
        "were made against police officers?\"\n\n";
    char buf[4096];
    snprintf(buf, sizeof buf, "%s%s", ask,
             "The force does not record violence against women and girls as a separate type of allegation;\n"
             "such allegations are included in the figure below.\n\n"
             "Sexual harassment (police officers), 2024/25: 12.\n");
    run(&d, &g, "cheshire", letter(buf));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|12|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_true(g.ds.records[i].v.status != FOI_VS_NOT_HELD);
    done(&d, &g);
    snprintf(buf, sizeof buf, "%s%s", ask,
             "Sexual harassment (police officers), 2024/25: 12.\n\n"
             "The force does not hold this information for violence against women and girls. It is not\n"
             "recorded as a separate type of allegation.\n");
    run(&d, &g, "cheshire", letter(buf));
    assert_true(has(&g, "vawg|total|officers|allegations|2024-04-01|2025-03-31||not_held|"));
    done(&d, &g);
}

/* Round 47a: "for the financial years 2024/25 and 2025/26 ... Calendar
 * years 2024 and 2025 are acceptable if that is how you record.": a
 * sentence of its own offering the other scheme on a condition is the
 * request's alternative; a statement naming no year ("information about
 * police staff is not held") over the request's whole years, the
 * alternative not taken up, is one row over their span (blind47 MDP gave a
 * row per year). Said "in any of the years requested", or asked "for each
 * of the financial years", it stays one row per year. */
static void test_alternative_sentence_and_span(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const asks[] = {
        "\"Please provide, for the financial years 2023/24 and 2024/25, the number of allegations of\n"
        "sexual harassment made against police officers and police staff. Calendar years 2023 and 2024\n"
        "are acceptable if that is how you record.\"\n\n",
        "\"Please provide, for the financial years 2023/24 and 2024/25, the number of allegations of\n"
        "sexual harassment made against police officers and police staff. Calendar years 2023 and 2024\n"
        "are acceptable if that is how you record.\"\n\n",
        "\"Please provide, for each of the financial years 2023/24 and 2024/25, the number of allegations\n"
        "of sexual harassment made against police officers and police staff. Calendar years 2023 and 2024\n"
        "are acceptable if that is how you record.\"\n\n",
        "\"How many allegations of sexual harassment were made against police officers and police staff\n"
        "in the financial years 2023/24 and 2024/25? The calendar years 2023 and 2024 will do if that is\n"
        "easier.\"\n\n",
    };
    static const char *const staff[] = {
        "Information about police staff is not held by the force.\n",
        "Information about police staff is not held for any of the years requested.\n",
        "Information about police staff is not held by the force.\n",
        "Information about police staff is not held by the force.\n",
    };
    for (int k = 0; k < 4; k++) {
        char buf[4096];
        snprintf(buf, sizeof buf, "Your request of 2 December 2025 was:\n\n%s"
                 "Sexual harassment (police officers): 2023/24: 6; 2024/25: 9.\n\n%s", asks[k], staff[k]);
        run(&d, &g, "surrey", letter(buf));
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-04-01|2025-03-31|9|reported|"));
        if (k == 0 || k == 3) {
            assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-04-01|2025-03-31||not_held|"));
            assert_false(has_quiet(&g, "sexual_harassment|total|staff|allegations|2023-04-01|2024-03-31||not_held|"));
        } else {
            assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-04-01|2024-03-31||not_held|"));
            assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-04-01|2025-03-31||not_held|"));
        }
        assert_false(has_quiet(&g, "sexual_harassment|total|staff|allegations|2023-01-01|2023-12-31||not_held|"));
        done(&d, &g);
    }
}

/* Round 36a: "for the financial years 2024/25 and 2025/26 and the current
 * year to date (or for the calendar years 2024 and 2025 if you record by
 * calendar year)": the calendar years are an alternative on a condition. A
 * whole refusal that takes up neither scheme refuses the financial years
 * and the current year to date (the financial year the request was made
 * in, to a day the letter defines, else unresolved), never the
 * alternative's years; an answer in calendar years takes the alternative
 * up. A suppression note's reason ("fewer than five ... exempt under
 * section 38(1)(b)") refuses no total. */
static void test_request_alternative_and_current_year(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *ask =
        "Your request of 3 November 2026 was:\n\n"
        "\"For the financial years 2024/25 and 2025/26 and the current year to date (or for the calendar\n"
        "years 2024 and 2025 if you record by calendar year), how many allegations of sexual assault were\n"
        "made against police officers?\"\n\n";
    char buf[4096];
    snprintf(buf, sizeof buf, "%s%s", ask,
             "Gwent Police cannot comply with your request, as the cost of doing so would exceed the\n"
             "appropriate limit under section 12 of the Act.\n");
    run(&d, &g, "gwent", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31||refused|s12"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2025-04-01|2026-03-31||refused|s12"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations||||refused|s12"));
    assert_false(has_quiet(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31||refused|s12"));
    assert_false(has_quiet(&g, "sexual_assault|total|officers|allegations|2025-01-01|2025-12-31||refused|s12"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
    /* the year to date defined: to its day */
    snprintf(buf, sizeof buf, "%s%s", ask,
             "The current financial year runs from 1 April 2026 to 31 October 2026.\n\n"
             "Gwent Police cannot comply with your request, as the cost of doing so would exceed the\n"
             "appropriate limit under section 12 of the Act.\n");
    run(&d, &g, "gwent", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2026-04-01|2026-10-31||refused|s12"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
    /* answered in calendar years: the alternative taken up */
    snprintf(buf, sizeof buf, "%s%s", ask,
             "Sexual assault: in 2024 there were 4 allegations against police officers and in 2025 there were 6.\n\n"
             "Information about police staff is not held.\n");
    run(&d, &g, "gwent", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|4|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2025-01-01|2025-12-31|6|reported|"));
    done(&d, &g);
    /* the reason for the suppressed cells refuses no total */
    snprintf(buf, sizeof buf, "%s%s", ask,
             "Sexual assault: 2024/25: 7; 2025/26: *.\n\n"
             "Where a count is fewer than five it is shown as *. That information is personal data and is exempt\n"
             "under section 38(1)(b) of the Act.\n");
    run(&d, &g, "gwent", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|7|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_true(g.ds.records[i].v.status != FOI_VS_REFUSED);
    done(&d, &g);
}

/* Round 36a: "In 2024/25, 20 of the 21 allegations of sexual assault were
 * made against police officers and 1 against police staff": the people of
 * the predicate ("were made against police officers") are the partitive
 * count's, 20; the group, 21, is the whole (officers and staff, as the
 * request counts them); 1 is police staff's. People attached to the group's
 * noun ("of the 6 allegations against police officers") stay the group's. */
static void test_x_of_the_y_made_against(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *head =
        "You asked: \"For the financial years 2023/24 and 2024/25, how many allegations of sexual assault were\n"
        "made against police officers and police staff, and what was the outcome of each?\"\n\n";
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s", head,
             "In 2023/24, 14 of the 17 allegations of sexual assault were made against police officers and 3\n"
             "against police staff.\n");
    run(&d, &g, "dorset", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|14|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-04-01|2024-03-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2023-04-01|2024-03-31|17|reported|"));
    assert_false(has_quiet(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|17|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
    snprintf(buf, sizeof buf, "%s%s", head,
             "In 2023/24, 2 of the 6 allegations of sexual assault against police officers resulted in dismissal.\n");
    run(&d, &g, "dorset", letter(buf));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2023-04-01|2024-03-31|2|reported|"));
    assert_false(has_quiet(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31|2|reported|"));
    done(&d, &g);
}

/* Round 38a: "Of the 9 allegations of sexual assault recorded in 2025, 2
 * were made against members of police staff and the remainder against police
 * officers": the count's clause ends where the rest of the group is said
 * apart ("and the remainder", ", the rest", "while the others"): 2 is police
 * staff's; "the remainder" is no stated number (nothing derived, officers
 * get nothing). Without the remainder clause it read the same already. */
static void test_count_before_the_remainder(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *head =
        "You asked: \"For the calendar year 2025, how many allegations of sexual assault were made against\n"
        "police officers and police staff?\"\n\n"
        "The figures count police officers and police staff together. In 2025 there were 11 allegations of sexual\n"
        "assault.\n";
    static const char *const tails[] = {
        "Of the 11 allegations of sexual assault recorded in 2025, 3 were made against members of police staff\n"
        "and the remainder against police officers.\n",
        "Of the 11 allegations of sexual assault recorded in 2025, 3 were made against police staff, the rest\n"
        "against police officers.\n",
        "Of the 11 allegations of sexual assault recorded in 2025, 3 were made against police staff while the\n"
        "others were made against police officers.\n",
    };
    char buf[2048];
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        snprintf(buf, sizeof buf, "%s%s", head, tails[i]);
        run(&d, &g, "dorset", letter(buf));
        assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2025-01-01|2025-12-31|11|reported|"));
        assert_true(has(&g, "sexual_assault|total|staff|allegations|2025-01-01|2025-12-31|3|reported|"));
        assert_int_equal(count(&g), 2);
        done(&d, &g);
    }
}

/* Round 37b: "fewer than five of the sexual assault allegations and fewer
 * than five of the abuse of position allegations counted above were made
 * against police staff": counts picked from the allegations of one category
 * the letter counted (no number of the group, a short form of a category it
 * writes in full), joined by "and", then a predicate naming their people:
 * each is that category's count of those people (here withheld, s40(2));
 * the combined counts stay as they are. A count of such a group with no
 * predicate naming people is not read so. */
static void test_x_of_the_category_made_against(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *head =
        "You asked: \"For the financial year 2024/25, how many allegations of sexual assault and of abuse of\n"
        "position for a sexual purpose were made against police officers and police staff?\"\n\n"
        "In 2024/25 there were 12 allegations of sexual assault and 9 allegations of abuse of position for a\n"
        "sexual purpose against officers and staff together.\n";
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s", head,
             "In 2024/25, fewer than five of the sexual assault allegations and fewer than five of the abuse of\n"
             "position allegations counted above were made against police staff; the exact numbers are withheld\n"
             "under section 40(2) of the Act.\n");
    run(&d, &g, "dorset", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-04-01|2025-03-31|12|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers_and_staff|allegations|2024-04-01|2025-03-31|9|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-04-01|2025-03-31||suppressed|s40(2)"));
    assert_true(has(&g, "abuse_of_position_sexual|total|staff|allegations|2024-04-01|2025-03-31||suppressed|s40(2)"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
    snprintf(buf, sizeof buf, "%s%s", head, "In 2024/25, 3 of the sexual assault allegations were made against police officers.\n");
    run(&d, &g, "dorset", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
    snprintf(buf, sizeof buf, "%s%s", head,
             "In 2024/25, 3 of the sexual assault allegations were referred to another force.\n");
    run(&d, &g, "dorset", letter(buf));
    assert_false(has_quiet(&g, "sexual_assault|total|officers_and_staff|allegations|2024-04-01|2025-03-31|3|reported|"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);
}

/* Round 36a: lines "Sexual harassment: 5 (officers 3, staff 2)" under a
 * period heading, one a line, indented and unmarked: each line an item of
 * its own (the count before a bracket that closes the line), its parts the
 * subjects' counts. "The outcomes of these allegations ... this part of the
 * request is refused under section 12": the sentence opens on the outcomes,
 * which the request asks only as a breakdown, so no total is refused, on the
 * periods given or on the request's others. A statement whose subject also
 * names figures, or a request counting an outcome of its own, still
 * refuses. */
static void test_subject_brackets_and_outcomes_refused(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    const char *ask =
        "You asked: \"For the financial years 2023/24 and 2024/25 (or the calendar years 2023 and 2024), how\n"
        "many allegations of sexual harassment and sexual assault were made against police officers and\n"
        "police staff, and what was the outcome of each allegation?\"\n\n";
    char buf[4096];
    snprintf(buf, sizeof buf, "%s%s", ask,
             "We record these allegations by calendar year.\n\n"
             "Calendar year 2023:\n"
             "   Sexual harassment: 5 (officers 3, staff 2)\n"
             "   Sexual assault: 2 (officers 2, staff 0)\n\n"
             "Calendar year 2024:\n"
             "   Sexual harassment: 8 (officers 6, staff 2)\n"
             "   Sexual assault: 3 (officers 1, staff 2)\n\n"
             "The outcomes of these allegations are recorded only in individual case files; finding them would\n"
             "exceed the cost limit, so this part of the request is refused under section 12.\n");
    run(&d, &g, "gwent", letter(buf));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-01-01|2023-12-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|3|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-01-01|2023-12-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers_and_staff|allegations|2024-01-01|2024-12-31|3|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|1|reported|"));
    for (size_t i = 0; i < g.ds.nrecords; i++)
        assert_true(g.ds.records[i].v.status == FOI_VS_REPORTED);
    assert_int_equal(count(&g), 12);
    done(&d, &g);
    /* no figures at all: the outcomes refused still refuse no total */
    snprintf(buf, sizeof buf, "%s%s", ask,
             "Outcome information for these allegations is held only on individual case files; retrieving it\n"
             "would exceed the cost limit and this part of your request is refused under section 12.\n");
    run(&d, &g, "gwent", letter(buf));
    assert_int_equal(count(&g), 0);
    done(&d, &g);
    /* the subject names the figures too: refused */
    snprintf(buf, sizeof buf, "%s%s", ask,
             "The outcomes and the numbers of these allegations are held only on individual case files;\n"
             "retrieving them would exceed the cost limit and your request is refused under section 12.\n");
    run(&d, &g, "gwent", letter(buf));
    assert_true(has(&g, "sexual_harassment|total|officers_and_staff|allegations|2023-04-01|2024-03-31||refused|s12"));
    done(&d, &g);
}

/* Round 33: "In the calendar year 2025 the numbers of allegations recorded
 * against police officers were: sexual harassment: 12; sexual misconduct: 7;
 * abuse of position for a sexual purpose: 3.": a colon list of categories
 * and counts parted by semicolons, read as the sentence "were: sexual
 * harassment 12, ...". A list whose label is no category (or whose value is
 * no count) is left as it was. */
static void test_colon_list_of_counts(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "north-wales", letter(
        "You asked: \"How many allegations of sexual harassment, sexual misconduct and abuse of position for a\n"
        "sexual purpose were made against police officers in 2025?\"\n\n"
        "In the calendar year 2025 the numbers of allegations recorded against police officers were: sexual\n"
        "harassment: 12; sexual misconduct: 7; abuse of position for a sexual purpose: 3.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31|12|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2025-01-01|2025-12-31|7|reported|"));
    assert_true(has(&g, "abuse_of_position_sexual|total|officers|allegations|2025-01-01|2025-12-31|3|reported|"));
    assert_int_equal(count(&g), 3);
    done(&d, &g);
    run(&d, &g, "north-wales", letter(
        "You asked: \"How many allegations of sexual harassment were made against police officers in 2025?\"\n\n"
        "In the calendar year 2025 the numbers were: sexual harassment: 12; training sessions: 7.\n"));
    assert_false(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31|7|reported|"));
    done(&d, &g);
}

/* Round 33: "Outcomes of allegations recorded in 2024/25 and all figures for
 * 2023/24 would take more than 18 hours to extract ..., so that part of your
 * request is refused under section 12": the outcomes of 2024/25 are a
 * breakdown (no row), but every figure of 2023/24 is refused: its totals. */
static void test_outcomes_and_all_figures_refused(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "north-wales", letter(
        "You asked: \"How many allegations of sexual assault were made against police officers in each of the\n"
        "financial years 2023/24, 2024/25 and 2025/26, and what was the outcome of each allegation?\"\n\n"
        "In 2024/25 there were 6 allegations of sexual assault against police officers, and in 2025/26 there were 4.\n"
        "Of the 4 allegations recorded in 2025/26, 1 resulted in dismissal and 3 are under investigation.\n\n"
        "The outcomes of allegations recorded in 2024/25 and all figures for 2023/24 could only be found by\n"
        "reading each case file, which would exceed the appropriate limit, so that part of your request is\n"
        "refused under section 12.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-04-01|2024-03-31||refused|s12"));
    assert_false(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31||refused|s12"));
    done(&d, &g);
}

/* Round 33: "Earlier years were answered in FOI 2025-0211 and are exempt
 * under section 21", the clause naming no period: the request's years
 * before the first one the letter gives figures for are refused, each
 * category; not the years given, nor a later one. Where a year before the
 * first given is itself given in part, or the clause says nothing of
 * earlier years, no row. */
static void test_earlier_years_refused(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "north-wales", letter(
        "You asked: \"How many allegations of sexual assault and sexual harassment were made against police\n"
        "officers in each of the calendar years 2022, 2023, 2024 and 2025?\"\n\n"
        "In 2024 there were 6 allegations of sexual assault and 4 of sexual harassment against police officers.\n"
        "In 2025 there were 3 allegations of sexual assault and 5 of sexual harassment.\n\n"
        "Earlier years were answered in FOI 2025-0211 and are exempt under section 21.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|6|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31|5|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2022-01-01|2022-12-31||refused|s21"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2022-01-01|2022-12-31||refused|s21"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    assert_int_equal(count(&g), 8);
    done(&d, &g);
    /* no earlier years named: a bare s21 sentence with figures given refuses nothing */
    run(&d, &g, "north-wales", letter(
        "You asked: \"How many allegations of sexual assault were made against police officers in each of the\n"
        "calendar years 2023, 2024 and 2025?\"\n\n"
        "In 2024 there were 6 allegations of sexual assault against police officers, and in 2025 there were 3.\n\n"
        "Some of this information is exempt under section 21.\n"));
    assert_false(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    done(&d, &g);
}

/* Round 32 (part B): "Figures for 2023 were supplied in answer to FOI
 * 25-0311 and are published in our disclosure log; they are exempt under
 * section 21": the refusal after the semicolon names nothing; the clause
 * before it says the information is already out, so the refusal covers
 * what that clause names (2023). A clause before it that says no such
 * thing ("we changed systems in 2023; they are exempt ...") is no part of
 * the refusal. */
static void test_s21_after_a_clause_saying_it_is_out(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    static const char *const req =
        "You asked: \"How many allegations of sexual assault were made against police officers in the\n"
        "calendar years 2023 and 2024?\"\n\n"
        "In 2024 there were 6 allegations of sexual assault against police officers.\n\n";
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s", req,
             "Figures for 2023 were supplied in answer to FOI 25-0311 and are published in our disclosure log;\n"
             "they are exempt under section 21 (information reasonably accessible by other means).\n");
    run(&d, &g, "lincolnshire", letter(buf));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|6|reported|"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    assert_int_equal(count(&g), 2);
    done(&d, &g);

    snprintf(buf, sizeof buf, "%s%s", req,
             "Our case system was replaced in 2023 and older figures were moved to an archive;\n"
             "they are exempt under section 21 (information reasonably accessible by other means).\n");
    run(&d, &g, "lincolnshire", letter(buf));
    assert_false(has(&g, "sexual_assault|total|officers|allegations|2023-01-01|2023-12-31||refused|s21"));
    done(&d, &g);
}

/* Round 32 (part B): a request heading with its reference in brackets
 * ("Your request (FOI 26-0931)") heads the request as the bare heading
 * does; "This part of your request is a nil return: no allegation of
 * either type was recorded against police staff in any of the years you
 * asked about" names the request to give its answer, a nil of each type
 * and year asked for, not a restatement of the request. */
static void test_nil_return_under_a_referenced_request_heading(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run_html(&d, &g, "leicestershire",
             "<html><body><p>Leicestershire Police</p><p>Information Access, St Johns, Enderby</p>"
             "<h2>Your request (FOI 26-0931)</h2>"
             "<p>For the calendar years 2024 and 2025, please tell me how many allegations of sexual harassment "
             "and how many of sexual assault were made against police officers and police staff.</p>"
             "<h2>Our response</h2>"
             "<p>Police officers. The allegations recorded against police officers are below.</p>"
             "<table><tr><th>Allegation type</th><th>2024</th><th>2025</th></tr>"
             "<tr><td>Sexual harassment</td><td>7</td><td>5</td></tr>"
             "<tr><td>Sexual assault</td><td>3</td><td>4</td></tr></table>"
             "<p>Police staff. This part of your request is a nil return: no allegation of any of the two types "
             "was recorded against a member of police staff in any of the years you asked about.</p>"
             "<h2>Your rights</h2><p>You may ask for an internal review within 40 working days.</p>"
             "</body></html>");
    assert_true(traced(&g, "request heading"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|7|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-01-01|2024-12-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2025-01-01|2025-12-31|0|reported|"));
    assert_int_equal(count(&g), 8);
    done(&d, &g);
}

/* Round 32 (part B): "Freedom of Information Request 2291/26, received 3
 * March 2026" heads the request (the day it came in says the request is
 * what follows), so the request's words below it ("For each of the
 * calendar years 2024 and 2025, please tell me ...") are the request, and
 * a section 21 refusal naming one of its years refuses that year. A
 * heading naming the request by its reference alone is the letter's
 * subject line, no request heading. */
static void test_request_heading_with_the_day_received(void **state)
{
    (void)state;
    for (int rec = 0; rec < 2; rec++) {
        struct foi_doc d;
        struct got g;
        char html[4096];
        snprintf(html, sizeof html,
                 "<html><body><p>Lancashire Constabulary</p><p>Information Access, Hutton, Preston</p>"
                 "<h2>Freedom of Information Request %s</h2>"
                 "<p>For each of the calendar years 2024 and 2025, please tell me how many allegations of sexual "
                 "harassment and of sexual assault were made against police officers.</p>"
                 "<p>The table gives the allegations recorded against police officers in 2025.</p>"
                 "<table><tr><th>Allegation type</th><th>2025</th></tr>"
                 "<tr><td>Sexual harassment</td><td>6</td></tr><tr><td>Sexual assault</td><td>2</td></tr></table>"
                 "<p>Information for 2024 was provided in response to request 1022/2025 and is exempt under "
                 "section 21 of the Act.</p>"
                 "<h2>Your rights</h2><p>You may ask for an internal review within 40 working days.</p>"
                 "</body></html>",
                 rec ? "2291/26, received 3 March 2026" : "Reference No: 2291/26");
        run_html(&d, &g, "lancashire", html);
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2025-01-01|2025-12-31|6|reported|"));
        if (rec) {
            assert_true(traced(&g, "request heading"));
            assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31||refused|s21"));
            assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31||refused|s21"));
            assert_int_equal(count(&g), 4);
        } else {
            assert_false(traced(&g, "request heading"));
        }
        done(&d, &g);
    }
}

/* A count that clashes with one already taken for its category and period
 * ("Sexual assault: 11 allegations" after "Sexual assault: 8 allegations",
 * the heading between them missed) is of another period than the one
 * carried on: the outcomes "of these" after it take no period from before
 * (they were taken as the first year's: wrong figures; lead, 5 December,
 * blind34 West Yorkshire's two columns). */
static void test_clashing_count_stops_the_period(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "west-yorkshire", letter(
        "You asked: \"How many allegations of sexual assault were made against police officers in 2024/25?\"\n\n"
        "In 2024/25:\n\n"
        "Sexual assault: 8 allegations. Of these, 2 dismissed; 6 given a written warning.\n\n"
        "This year so far\n\n"
        "Sexual assault: 11 allegations. Of these, 1 given a final written warning; 3 dealt with by\n"
        "reflective practice.\n"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31|8|reported|"));
    assert_true(has(&g, "sexual_assault|written_warning|officers|allegations|2024-04-01|2025-03-31|6|reported|"));
    assert_false(has_quiet(&g, "sexual_assault|final_written_warning|officers|allegations|2024-04-01|2025-03-31|1|reported|"));
    assert_false(has_quiet(&g, "sexual_assault|management_action|officers|allegations|2024-04-01|2025-03-31|3|reported|"));
    done(&d, &g);
}

/* "Where an outcome is not mentioned, no allegation had that outcome" under
 * the list of types says how the list is written: no figure (it gave the
 * last type named a total of 0 beside its stated 1; lead, 5 December,
 * blind34 Civil Nuclear); a sentence of figures that happens to say "not
 * named" keeps them. */
static void test_where_not_mentioned_is_no_nil(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run_html(&d, &g, "civil-nuclear",
             "<html><body><h1>Freedom of Information request 2026-301</h1><p>Dear Requester,</p>"
             "<p>You asked: For 2025/26, please tell me how many allegations of sexual assault and of sexual misconduct "
             "were made against officers and staff, and the outcomes.</p>"
             "<p>Allegations against officers and staff, counted together:</p>"
             "<ul><li>2025/26<ul><li>Sexual assault: none</li>"
             "<li>Sexual misconduct: one (one under investigation)</li></ul></li></ul>"
             "<p>Where an outcome is not mentioned, no allegation had that outcome.</p>"
             "<p>If you are dissatisfied you may ask for an internal review.</p><p>Yours sincerely,</p>"
             "</body></html>");
    assert_true(has(&g, "sexual_misconduct|ongoing|officers_and_staff|allegations|2025-04-01|2026-03-31|1|reported|"));
    assert_false(has_quiet(&g, "sexual_misconduct|total|officers_and_staff|allegations|2025-04-01|2026-03-31|0|reported|"));
    done(&d, &g);
}

/* A disclosure pack's README: "Request received 1 December 2026." and the
 * request in the same paragraph, then what the attached file gives: the
 * paragraph is the request (it read as no response at all, and the pack's
 * CSV was left without its periods; lead, 5 December, blind34 North
 * Yorkshire). */
static void test_request_after_the_day_received(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "north-yorkshire",
        "NORTH YORKSHIRE POLICE - FOI 2026-1422 - DISCLOSURE PACK\n\n"
        "Request received 1 December 2026.\n"
        "For the calendar years 2024 and 2025, please tell me how many allegations of sexual assault were made\n"
        "against police officers.\n\n"
        "In 2024 there were 12 allegations of sexual assault against police officers, and in 2025 there were 9.\n\n"
        "If you are dissatisfied with the handling of your request you may ask for an internal review within 40\n"
        "working days of the date of this response.\n");
    assert_true(traced(&g, "request (question)"));
    assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31|12|reported|"));
    done(&d, &g);
}

/* Round 35b: the answer's numbered items ("1. Sexual harassment: 5
 * allegations", each naming its category, its outcomes beneath) run on
 * 1, 2, 3, 4 past the request's two numbered questions, across the years'
 * headings: their numbers are the list's, so items 1 and 2 are read under
 * their heading as items 3 and 4 are, not as answers to questions 1 and 2
 * (which lost the heading's year). Bare answers "1. 5", "2. 3" followed by
 * numbered notes stay answers to their questions. */
static void test_numbered_items_past_the_questions(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked: \"For the calendar years 2024 and 2025, (1) how many allegations of sexual harassment and\n"
        "sexual misconduct were made against police officers, and (2) what were their outcomes?\"\n\n"
        "Calendar year 2024\n\n"
        "1. Sexual harassment: 5 allegations\n"
        "- dismissed: 2\n"
        "- no case to answer: 3\n"
        "2. Sexual misconduct: 4 allegations\n"
        "- dismissed: 1\n"
        "- no case to answer: 3\n\n"
        "Calendar year 2025\n\n"
        "3. Sexual harassment: 7 allegations\n"
        "- dismissed: 4\n"
        "- no case to answer: 3\n"
        "4. Sexual misconduct: 2 allegations\n"
        "- dismissed: 0\n"
        "- no case to answer: 2\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|5|reported|"));
    assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2024-01-01|2024-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|no_case_to_answer|officers|allegations|2024-01-01|2024-12-31|3|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2024-01-01|2024-12-31|4|reported|"));
    assert_true(has(&g, "sexual_misconduct|dismissed|officers|allegations|2024-01-01|2024-12-31|1|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2025-01-01|2025-12-31|2|reported|"));
    assert_int_equal(count(&g), 12);
    assert_true(traced(&g, "numbers are the list's"));
    done(&d, &g);
    run(&d, &g, "north-yorkshire", letter(
        "Your request:\n\n"
        "1. How many allegations of sexual misconduct were recorded against officers in the\n"
        "   financial year 2022/23?\n"
        "2. Of those allegations, how many resulted in dismissal?\n\n"
        "Our response:\n\n"
        "1. 18\n"
        "2. 4\n"
        "3. Please note that the figures were extracted on 1 May 2023.\n"
        "4. Some cases are still open.\n"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2022-04-01|2023-03-31|18|reported|"));
    assert_true(has(&g, "sexual_misconduct|dismissed|officers|allegations|2022-04-01|2023-03-31|4|reported|"));
    assert_false(traced(&g, "numbers are the list's"));
    done(&d, &g);
}

/* Round 39b: a covering letter's key of the words its attached table's
 * "Status" column shows, laid out in plain text ("  Withheld  - a figure
 * between one and three ..., withheld under" over "              section
 * 40(2) ..."; "  Not held  - ..."). The Withheld item, wrapped, is one
 * definition the attachment is handed (its marks); a Not held item naming
 * no category says what the word means where a cell shows it, no part of
 * the request is refused by it (it gave three not_held rows at 0.75); one
 * naming its category (blind39 Avon and Somerset) is still a statement. */
static void test_key_of_status_words(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    for (int named = 0; named < 2; named++) {
        char body[2048];
        snprintf(body, sizeof body,
                 "You asked: \"For the calendar years 2024 and 2025, how many allegations of sexual harassment and\n"
                 "sexual misconduct were made against police officers and police staff?\"\n\n"
                 "The figures are in the attached file \"FOI 26-0412 data.csv\", a line for each year, type and\n"
                 "role, with the number of allegations in the Number column.\n\n"
                 "Where the Number column is empty, the Status column says why:\n"
                 "  Withheld  - a figure between one and three, withheld under\n"
                 "              section 40(2) as it could identify the person;\n"
                 "  Not held  - %s\n\n",
                 named ? "the force does not record sexual misconduct as a type of allegation, so that part\n"
                         "              of the request is not held."
                       : "the force did not record that type of allegation separately\n"
                         "              at the time, so the information is not held.");
        run(&d, &g, "gwent", letter(body));
        const char *ctx = meta_value(&g, "context");
        assert_non_null(ctx);
        assert_non_null(strstr(ctx, "section 40(2) as it could identify"));
        int nh = 0;
        for (size_t i = 0; i < g.ds.nrecords; i++)
            if (g.ds.records[i].v.status == FOI_VS_NOT_HELD) {
                nh++;
                assert_string_equal(g.ds.records[i].category, "sexual_misconduct");
            }
        assert_true(named ? nh > 0 : nh == 0);
        if (!named)
            assert_true(traced(&g, "a key of the words"));
        done(&d, &g);
    }
}

/* Round 39b: a nil return, one sentence per category ending "in any of
 * these periods" / "in any of these years", after a paragraph of the answer
 * naming the periods searched: each sentence is a 0 for each period that
 * paragraph names, not the request's (it gave nothing: "the request names
 * several periods and nothing says which"; blind39 Dorset). */
static void test_nil_in_any_of_these_periods(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "suffolk", letter(
        "You asked: \"For the financial years 2023/24 and 2024/25, how many allegations of sexual harassment\n"
        "and of sexual misconduct were made against police officers?\"\n\n"
        "Suffolk Constabulary records these allegations by calendar year. We searched our records for the\n"
        "calendar years 2023 and 2024.\n\n"
        "No allegations of sexual harassment were recorded against police officers in any of these years.\n\n"
        "There were no allegations of sexual misconduct against police officers in any of these periods.\n"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|0|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_true(has(&g, "sexual_misconduct|total|officers|allegations|2024-01-01|2024-12-31|0|reported|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* Round 39b: the request's alternative in a sentence of its own that
 * opens on its condition ("If you record by calendar year, the calendar
 * years 2024 and 2025 and 2026 to date will do."), and the answer's "the
 * current year is given to 31 October 2026": a whole refusal refuses the
 * financial years and 2026/27 to 31 October 2026, never the calendar years
 * (it refused both schemes, the year to date unresolved; blind39 Avon and
 * Somerset). "as at 31 October 2026" ends no year. */
static void test_alternative_sentence_and_current_year_to_a_day(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    for (int as_at = 0; as_at < 2; as_at++) {
        char buf[4096];
        snprintf(buf, sizeof buf,
                 "Your request of 3 November 2026 was:\n\n"
                 "\"For the financial years 2024/25 and 2025/26, and for 2026/27 to date, how many allegations of\n"
                 "sexual assault were made against police officers? If you record by calendar year, the calendar\n"
                 "years 2024 and 2025 and 2026 to date will do.\"\n\n"
                 "Financial years are used throughout; the current year is given %s 31 October 2026.\n\n"
                 "Gwent Police cannot comply with your request, as the cost of doing so would exceed the\n"
                 "appropriate limit under section 12 of the Act.\n",
                 as_at ? "as at" : "to");
        run(&d, &g, "gwent", letter(buf));
        assert_true(has(&g, "sexual_assault|total|officers|allegations|2024-04-01|2025-03-31||refused|s12"));
        assert_true(has(&g, "sexual_assault|total|officers|allegations|2025-04-01|2026-03-31||refused|s12"));
        if (as_at)
            assert_true(has(&g, "sexual_assault|total|officers|allegations||||refused|s12"));
        else
            assert_true(has(&g, "sexual_assault|total|officers|allegations|2026-04-01|2026-10-31||refused|s12"));
        assert_false(has_quiet(&g, "sexual_assault|total|officers|allegations|2024-01-01|2024-12-31||refused|s12"));
        assert_int_equal(count(&g), 3);
        done(&d, &g);
    }
}

/* Round 40a: outcomes given a category a line, the category's name, a
 * dash and its outcomes with their counts ("Sexual assault - dismissed 1,
 * ..., under investigation 7" over "Sexual misconduct - dismissed 0, ...").
 * Each line is a record of its own: joined into one sentence, a line's last
 * count would read as the next line's first category's outcome (7 dismissed
 * for sexual misconduct; blind40 Thames Valley). */
static void test_outcomes_a_category_a_line(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    /* the records a line each, with a dash or a colon; then run together on
     * one line (a letter re-wrapped): a record opens after the last count
     * of the one before */
    for (int dash = 0; dash < 3; dash++) {
        char buf[4096];
        snprintf(buf, sizeof buf,
                 "You asked for the outcomes of allegations of sexual assault and sexual harassment made against\n"
                 "police officers in 2025.\n\n"
                 "The outcomes of the allegations recorded in 2025 are:\n\n"
                 "Sexual assault%sdismissed 2, written warning 0, no case to answer 1, under investigation 5%s"
                 "Sexual harassment%sdismissed 0, written warning 3, no case to answer 4, under investigation 8\n",
                 dash ? " - " : ": ", dash == 2 ? " " : "\n", dash ? " - " : ": ");
        run(&d, &g, "durham", letter(buf));
        assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2025-01-01|2025-12-31|2|reported|"));
        assert_true(has(&g, "sexual_assault|ongoing|officers|allegations|2025-01-01|2025-12-31|5|reported|"));
        assert_true(has(&g, "sexual_harassment|dismissed|officers|allegations|2025-01-01|2025-12-31|0|reported|"));
        assert_true(has(&g, "sexual_harassment|ongoing|officers|allegations|2025-01-01|2025-12-31|8|reported|"));
        assert_false(has_quiet(&g, "sexual_harassment|dismissed|officers|allegations|2025-01-01|2025-12-31|5|reported|"));
        assert_int_equal(count(&g), 8);
        done(&d, &g);
    }
}

/* Round 40a: an outcome with its own count right after it ("dismissed 2")
 * labels that count, never a count before it: "total 5, dismissed 2" does
 * not make 5 dismissals. */
static void test_outcome_labels_the_count_after_it(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "durham", letter(
        "You asked for the outcomes of allegations of sexual assault made against police officers in 2025.\n\n"
        "The outcomes of the allegations of sexual assault recorded in 2025 were: total 5, dismissed 2, no case to "
        "answer 3.\n"));
    assert_true(has(&g, "sexual_assault|dismissed|officers|allegations|2025-01-01|2025-12-31|2|reported|"));
    assert_true(has(&g, "sexual_assault|no_case_to_answer|officers|allegations|2025-01-01|2025-12-31|3|reported|"));
    assert_false(has_quiet(&g, "sexual_assault|dismissed|officers|allegations|2025-01-01|2025-12-31|5|reported|"));
    done(&d, &g);
}

/* Round 40a: "No allegation of any of these types was made against a
 * member of police staff in any of the three periods", after a table of the
 * officers' allegations by three financial years, where the request names
 * six periods (three financial years, and the calendar years as its
 * alternative): a nil of each category asked for each of the table's three
 * periods (blind40 Civil Nuclear). */
static void test_nil_of_these_types_in_the_tables_periods(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "ministry-of-defence", letter(
        "You asked, for the financial years 2023/24, 2024/25 and 2025/26, how many allegations of sexual\n"
        "assault and sexual harassment were made against (a) police officers and (b) police staff. Calendar\n"
        "years 2023, 2024 and 2025 would also be acceptable.\n\n"
        "Allegations made against our police officers were:\n\n"
        "Allegation type          2023/24   2024/25   2025/26\n"
        "----------------------------------------------------\n"
        "Sexual assault                 2         4         1\n"
        "Sexual harassment              3         0         5\n\n"
        "No allegation of any of these types was made against a member of police staff in any of the three\n"
        "periods.\n"));
    const char *per[3][2] = { { "2023-04-01", "2024-03-31" }, { "2024-04-01", "2025-03-31" },
                              { "2025-04-01", "2026-03-31" } };
    char want[200];
    for (int i = 0; i < 3; i++) {
        snprintf(want, sizeof want, "sexual_assault|total|staff|allegations|%s|%s|0|reported|", per[i][0], per[i][1]);
        assert_true(has(&g, want));
        snprintf(want, sizeof want, "sexual_harassment|total|staff|allegations|%s|%s|0|reported|", per[i][0],
                 per[i][1]);
        assert_true(has(&g, want));
    }
    assert_false(has_quiet(&g, "sexual_assault|total|staff|allegations|2023-01-01|2023-12-31|0|reported|"));
    assert_int_equal(count(&g), 12);
    done(&d, &g);
}

/* "In 2024/25: sexual harassment, nil; sexual assault, between six and
 * nine; ...": a period's lead, then its categories each with a count in
 * words. Before "no outcome breakdown is held" (the outcomes, not the
 * counts) was read as not held for every period, over the figures the
 * letter gives; a not-held statement covers only what it names ("so
 * 2022/23 is not held") (round 44a, blind44 Sussex). */
static void test_category_list_series_in_words(void **state)
{
    (void)state;
    struct foi_doc d;
    struct got g;
    run(&d, &g, "northumbria", letter(
        "You asked, for the financial years 2022/23, 2023/24 and 2024/25, how many allegations of sexual "
        "harassment, sexual assault and violence against women and girls were made against police staff, "
        "and the outcome of each allegation.\n\n"
        "Records from before 1 April 2023 were archived without the outcome field, so 2022/23 is not held.\n\n"
        "Complaints about police staff are handled by Human Resources and no outcome breakdown is held "
        "centrally. The allegations recorded against police staff were:\n\n"
        "- In 2023/24: sexual harassment, nil; sexual assault, between six and nine; violence against women "
        "and girls, four.\n"
        "- For 2024/25: sexual harassment, fewer than five; sexual assault, none; violence against women and "
        "girls, eleven.\n"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2023-04-01|2024-03-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2023-04-01|2024-03-31||approximate|"));
    assert_true(has(&g, "vawg|total|staff|allegations|2023-04-01|2024-03-31|4|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-04-01|2025-03-31||suppressed|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-04-01|2025-03-31|0|reported|"));
    assert_true(has(&g, "vawg|total|staff|allegations|2024-04-01|2025-03-31|11|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2022-04-01|2023-03-31||not_held|"));
    assert_false(has_quiet(&g, "sexual_assault|total|staff|allegations|2024-04-01|2025-03-31||not_held|"));
    assert_int_equal(count(&g), 9);
    done(&d, &g);

    /* "In 2025, sexual assault: two; ...": the lead parted by a comma, each
     * item by a colon (blind44 Staffordshire) */
    run(&d, &g, "lincolnshire", letter(
        "You asked how many allegations of sexual assault and sexual harassment were made against police "
        "staff in each of the calendar years 2024 and 2025.\n\n"
        "In 2024, sexual assault: two; sexual harassment: none.\n\n"
        "In 2025, sexual assault: nine; sexual harassment: between five and eight.\n"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2024-01-01|2024-12-31|2|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2024-01-01|2024-12-31|0|reported|"));
    assert_true(has(&g, "sexual_assault|total|staff|allegations|2025-01-01|2025-12-31|9|reported|"));
    assert_true(has(&g, "sexual_harassment|total|staff|allegations|2025-01-01|2025-12-31||approximate|"));
    assert_int_equal(count(&g), 4);
    done(&d, &g);
}

/* The reply gives revised figures and quotes its earlier answer below
 * with "> ", table and all: "The figures above supersede those in our
 * earlier response (quoted below)". The quoted table gives no figures
 * (neither its year the reply does not give nor its superseded totals); a
 * reply that does not set the quote apart still reads it (round 44a,
 * blind44 Durham). */
static void test_superseded_quoted_table(void **state)
{
    (void)state;
    static const char *const notes[] = {
        "The figures above supersede those in our earlier response, quoted below.",
        "Our earlier response is quoted below." };
    for (int k = 0; k < 2; k++) {
        char text[4096];
        snprintf(text, sizeof text,
                 "From: Information Rights <foi@example.police.uk>\n"
                 "To: requester@example.org\n"
                 "Subject: RE: FOI 2026-0880\n\n"
                 "Dear Requester,\n\n"
                 "You asked: \"How many allegations of sexual harassment and sexual assault were made against "
                 "police officers in 2024?\"\n\n"
                 "Allegation type        2024\n"
                 "Sexual harassment         7\n"
                 "Sexual assault            3\n\n"
                 "%s\n\n"
                 "Kind regards,\n\nInformation Rights\n\n"
                 "-----Original Message-----\n"
                 "From: Information Rights <foi@example.police.uk>\n"
                 "Sent: 3 February 2025 10:00\n"
                 "To: requester@example.org\n"
                 "Subject: FOI 2025-0102\n\n"
                 "> The totals against police officers were:\n"
                 ">\n"
                 "> Allegation type        2023     2024\n"
                 "> Sexual harassment         4        6\n"
                 "> Sexual assault            2        3\n",
                 notes[k]);
        struct foi_doc d;
        struct got g;
        run(&d, &g, "cumbria", text);
        assert_true(has(&g, "sexual_harassment|total|officers|allegations|2024-01-01|2024-12-31|7|reported|"));
        int quoted = has_quiet(&g, "sexual_harassment|total|officers|allegations|2023-01-01|2023-12-31|4|reported|");
        if (k == 0 ? quoted : !quoted) {
            has(&g, "(the listing)");
            fail_msg("case %d", k);
        }
        done(&d, &g);
    }
}

/* "* denotes a figure of fewer than five, withheld under section 40(2)":
 * the definition of the mark the table's cells show, naming no category
 * or period, withholds no total; a request for officers and staff answered
 * with a table of officers alone gets no officers-and-staff "suppressed"
 * total per category and year from it. A sentence of the letter that
 * withholds figures, defining no mark, still does (round 45b, blind45
 * Metropolitan). */
static void test_mark_definition_withholds_no_total(void **state)
{
    (void)state;
    static const char *const tail[] = { "", "Further figures are withheld under section 40(2) of the Act.\n\n" };
    for (int k = 0; k < 2; k++) {
        char text[4096];
        snprintf(text, sizeof text,
                 "Our ref: FOI 2026-0931\n\n"
                 "Request:\n"
                 "Please provide, for 2025, the number of allegations of sexual assault and sexual harassment made "
                 "against police officers and police staff.\n\n"
                 "Response:\n"
                 "The figures below are allegations against police officers; police staff are not included.\n\n"
                 "Allegations against police officers, 2025\n\n"
                 "Outcome              Sexual assault   Sexual harassment\n"
                 "Total                      14                 9\n"
                 "Dismissed                   *                 6\n"
                 "No case to answer          11                 *\n\n"
                 "* denotes a figure of fewer than five, withheld under section 40(2) of the Freedom of "
                 "Information Act 2000.\n\n"
                 "%s"
                 "Yours sincerely,\n\nInformation Management\n",
                 tail[k]);
        struct foi_doc d;
        struct got g;
        run(&d, &g, "cleveland", text);
        assert_true(has(&g, "sexual_assault|total|officers|allegations|2025-01-01|2025-12-31|14|reported|"));
        for (int i = 0; i < 2; i++) {
            const char *cat = i ? "sexual_harassment" : "sexual_assault";
            char want[256];
            snprintf(want, sizeof want, "%s|total|officers_and_staff|allegations|2025-01-01|2025-12-31||suppressed|s40(2)",
                     cat);
            int got = has_quiet(&g, want);
            if (got != (k == 1)) {
                has(&g, "(the listing)");
                fail_msg("case %d: %s %s", k, cat, got ? "taken" : "missing");
            }
        }
        done(&d, &g);
    }
}

/* Round 46b: a plain-text reply whose table's heads are abbreviations a
 * key laid out in columns explains ("DWN   dismissed", "All   total
 * allegations"), whose opening says what the table counts ("the table below
 * ... counts allegations") and whose note says a count of every category and
 * year for people the table does not count ("in each category and each year
 * ... fewer than five"): each head read through the key, the measure from
 * the opening, the note one suppressed figure of each category and period.
 * Said of people the table counts, the note gives nothing. */
static void test_spaced_key_and_each_category_note(void **state)
{
    (void)state;
    static const char *const who[] = { "police officers only", "police officers and staff together" };
    for (int k = 0; k < 2; k++) {
        char text[4096];
        snprintf(text, sizeof text,
                 "From: Information Rights <foi@example.police.uk>\n"
                 "Subject: RE: FOI 2026-4410\n\n"
                 "Dear Applicant,\n\n"
                 "Thank you for your email of 3 November 2026. The table below covers %s and it counts "
                 "allegations.\n\n"
                 "Calendar year 2025\n\n"
                 "Type                  DWN   FW   WR   NC   Und   All\n"
                 "----------------------------------------------------\n"
                 "Sexual assault          2    1    3    4     1    11\n"
                 "Sexual harassment       0    2    5    1     2    10\n\n"
                 "Key:\n"
                 "  DWN   dismissed\n"
                 "  FW    final written warning\n"
                 "  WR    written warning\n"
                 "  NC    no case to answer\n"
                 "  Und   under investigation\n"
                 "  All   total allegations\n\n"
                 "Police staff: the number of allegations against police staff in each category and each year "
                 "is fewer than five, and is withheld under section 40(2) of the Act.\n\n"
                 "Yours sincerely,\n\nInformation Rights Unit\n",
                 who[k]);
        struct foi_doc d;
        struct got g;
        run(&d, &g, "cleveland", text);
        const char *subj = k ? "officers_and_staff" : "officers";
        char want[256];
        snprintf(want, sizeof want, "sexual_assault|dismissed|%s|allegations|2025-01-01|2025-12-31|2|reported|", subj);
        assert_true(has(&g, want));
        snprintf(want, sizeof want, "sexual_harassment|written_warning|%s|allegations|2025-01-01|2025-12-31|5|reported|",
                 subj);
        assert_true(has(&g, want));
        snprintf(want, sizeof want, "sexual_assault|ongoing|%s|allegations|2025-01-01|2025-12-31|1|reported|", subj);
        assert_true(has(&g, want));
        snprintf(want, sizeof want, "sexual_harassment|total|%s|allegations|2025-01-01|2025-12-31|10|reported|", subj);
        assert_true(has(&g, want));
        for (int i = 0; i < 2; i++) {
            snprintf(want, sizeof want, "%s|total|staff|allegations|2025-01-01|2025-12-31||suppressed|s40(2)",
                     i ? "sexual_harassment" : "sexual_assault");
            if (has_quiet(&g, want) != (k == 0)) {
                has(&g, "(the listing)");
                fail_msg("case %d: %s", k, want);
            }
        }
        done(&d, &g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_series_with_dashes),
        cmocka_unit_test(test_spaced_key_and_each_category_note),
        cmocka_unit_test(test_refusal_of_a_run_of_periods),
        cmocka_unit_test(test_not_held_names_periods),
        cmocka_unit_test(test_reply_under_quoted_request),
        cmocka_unit_test(test_withheld_for_future_publication),
        cmocka_unit_test(test_withheld_published_in_season),
        cmocka_unit_test(test_ncnd_category_identify_individuals),
        cmocka_unit_test(test_repeated_request_other_scheme),
        cmocka_unit_test(test_label_count_lists),
        cmocka_unit_test(test_group_sentence_people),
        cmocka_unit_test(test_ref_after_request_words),
        cmocka_unit_test(test_not_held_scheme_before_reason),
        cmocka_unit_test(test_count_classed_as),
        cmocka_unit_test(test_combined_category_label),
        cmocka_unit_test(test_ncnd_lead_and_own_periods),
        cmocka_unit_test(test_dot_leader_lines),
        cmocka_unit_test(test_colon_list_and_correction),
        cmocka_unit_test(test_prose_restating_table_total),
        cmocka_unit_test(test_request_after_time_phrase),
        cmocka_unit_test(test_nil_outcome_after_recorded_in),
        cmocka_unit_test(test_request_asked_and_table_covers),
        cmocka_unit_test(test_only_the_answer),
        cmocka_unit_test(test_label_colon_count_sentences),
        cmocka_unit_test(test_statement_opens_with_scope),
        cmocka_unit_test(test_refused_question_of_another_measure),
        cmocka_unit_test(test_refused_people_across_types),
        cmocka_unit_test(test_people_across_kinds),
        cmocka_unit_test(test_question_measure_over_table_statement),
        cmocka_unit_test(test_years_in_passing),
        cmocka_unit_test(test_numbered_answers),
        cmocka_unit_test(test_q_dash_answers),
        cmocka_unit_test(test_none_held),
        cmocka_unit_test(test_interleaved_and_pairs),
        cmocka_unit_test(test_unnumbered_lists),
        cmocka_unit_test(test_ncnd),
        cmocka_unit_test(test_cost_goodwill_s21),
        cmocka_unit_test(test_not_a_response),
        cmocka_unit_test(test_revised_response_heading),
        cmocka_unit_test(test_request_forms),
        cmocka_unit_test(test_prose_forms),
        cmocka_unit_test(test_answer_then_reasons),
        cmocka_unit_test(test_many_figures_then_restated),
        cmocka_unit_test(test_review_corrections),
        cmocka_unit_test(test_ncnd_own_period),
        cmocka_unit_test(test_request_below),
        cmocka_unit_test(test_reply_and_script),
        cmocka_unit_test(test_forwarded_reply),
        cmocka_unit_test(test_forward_after_signed_note),
        cmocka_unit_test(test_item_of_the_group),
        cmocka_unit_test(test_reported_request),
        cmocka_unit_test(test_attachment_and_context),
        cmocka_unit_test(test_not_held_over_the_attachment_periods),
        cmocka_unit_test(test_pdf_lines),
        cmocka_unit_test(test_pdf_request_forms),
        cmocka_unit_test(test_pdf_sentence_over_lines),
        cmocka_unit_test(test_refused_part_under_stated_totals),
        cmocka_unit_test(test_pair_with_breakdown),
        cmocka_unit_test(test_nil_of_several_categories),
        cmocka_unit_test(test_outcome_list_by_year),
        cmocka_unit_test(test_section_subject_and_span),
        cmocka_unit_test(test_span_statement),
        cmocka_unit_test(test_refusal_under_subject_heading),
        cmocka_unit_test(test_subject_heading_over_year_lead_in),
        cmocka_unit_test(test_refusal_points_back_at_paragraph_period),
        cmocka_unit_test(test_outcome_parts_and_short_category),
        cmocka_unit_test(test_refusal_of_year_to_date),
        cmocka_unit_test(test_refusal_of_one_category_and_people_lists),
        cmocka_unit_test(test_refusal_of_the_outcomes),
        cmocka_unit_test(test_part_of_a_count_by_people),
        cmocka_unit_test(test_heading_with_count_in_brackets),
        cmocka_unit_test(test_refusal_by_year_scheme),
        cmocka_unit_test(test_span_of_the_scheme_answered),
        cmocka_unit_test(test_not_held_reason_after_colon),
        cmocka_unit_test(test_not_held_years_of_a_run),
        cmocka_unit_test(test_request_after_response_to_your_request),
        cmocka_unit_test(test_scope_people_and_current_year),
        cmocka_unit_test(test_elliptic_counts_colon_and_parenthesis),
        cmocka_unit_test(test_answer_before_statement_of_other_years),
        cmocka_unit_test(test_counts_before_outcomes_not_held),
        cmocka_unit_test(test_category_refusal_over_scheme_refusal),
        cmocka_unit_test(test_ncnd_for_any_period),
        cmocka_unit_test(test_own_answer_quoted_below),
        cmocka_unit_test(test_own_answer_to_another_quoted),
        cmocka_unit_test(test_s21_clause_refers_back),
        cmocka_unit_test(test_s21_note_only_points),
        cmocka_unit_test(test_ncnd_any_period_and_year_lead),
        cmocka_unit_test(test_category_period_list),
        cmocka_unit_test(test_withheld_under_exemption_heading),
        cmocka_unit_test(test_respectively_after_a_list),
        cmocka_unit_test(test_years_spelled_as_days_in_prose),
        cmocka_unit_test(test_current_year_in_a_list_and_the_request),
        cmocka_unit_test(test_outcome_said_after_the_count),
        cmocka_unit_test(test_none_in_any_of_the_periods),
        cmocka_unit_test(test_count_over_several_periods_changes_category),
        cmocka_unit_test(test_numbered_labels_and_parts),
        cmocka_unit_test(test_total_broken_down_by_period),
        cmocka_unit_test(test_hearing_found_that),
        cmocka_unit_test(test_earlier_requests_section),
        cmocka_unit_test(test_refusal_about_unasked_topic),
        cmocka_unit_test(test_inline_question_refers_back),
        cmocka_unit_test(test_prose_shares_and_exclusions),
        cmocka_unit_test(test_notation_legend),
        cmocka_unit_test(test_pair_list_lead),
        cmocka_unit_test(test_points_below),
        cmocka_unit_test(test_br_in_list_item),
        cmocka_unit_test(test_lead_leaves_out_people),
        cmocka_unit_test(test_wrapped_item_line),
        cmocka_unit_test(test_question_answer_headings),
        cmocka_unit_test(test_people_before_count),
        cmocka_unit_test(test_scope_sentence),
        cmocka_unit_test(test_not_held_for_one_requested_period),
        cmocka_unit_test(test_not_held_under_period_heading),
        cmocka_unit_test(test_counts_across_categories),
        cmocka_unit_test(test_which_resulted_in),
        cmocka_unit_test(test_refusal_of_request_parts),
        cmocka_unit_test(test_annex_after_signature),
        cmocka_unit_test(test_request_quoted_after_follows),
        cmocka_unit_test(test_quoted_term_no_request),
        cmocka_unit_test(test_other_force_answer_passed_on),
        cmocka_unit_test(test_total_then_outcomes_lines),
        cmocka_unit_test(test_scope_are_for_and_ncnd),
        cmocka_unit_test(test_combined_category),
        cmocka_unit_test(test_refusal_in_labelled_paragraph),
        cmocka_unit_test(test_each_of_those_years),
        cmocka_unit_test(test_span_phrase),
        cmocka_unit_test(test_refused_span_as_stated),
        cmocka_unit_test(test_labelled_series),
        cmocka_unit_test(test_not_held_points_back),
        cmocka_unit_test(test_refusal_under_period_heading),
        cmocka_unit_test(test_unmarked_item_lines),
        cmocka_unit_test(test_scope_wrapped),
        cmocka_unit_test(test_answer_word_wrapped),
        cmocka_unit_test(test_item_lines_end),
        cmocka_unit_test(test_scope_after_not_held),
        cmocka_unit_test(test_ncnd_names_people_under_request_heading),
        cmocka_unit_test(test_figure_before_statement_about_other_people),
        cmocka_unit_test(test_answer_to_another_request),
        cmocka_unit_test(test_outcomes_not_held_no_total),
        cmocka_unit_test(test_outcomes_refused_totals_answered),
        cmocka_unit_test(test_outcome_breakdown_refused_no_rows),
        cmocka_unit_test(test_period_list_series),
        cmocka_unit_test(test_not_held_after_semicolon_points_back),
        cmocka_unit_test(test_not_held_reason_year_not_held),
        cmocka_unit_test(test_bracket_count_over_outcome_items),
        cmocka_unit_test(test_refusal_period_restated_in_brackets),
        cmocka_unit_test(test_unsearchable_records_then_s12),
        cmocka_unit_test(test_counts_before_statement_of_other_category),
        cmocka_unit_test(test_elliptic_count_in_comma_list),
        cmocka_unit_test(test_flagged_group_and_withheld_outcomes),
        cmocka_unit_test(test_outcomes_below_are_for_then_other_year),
        cmocka_unit_test(test_number_words_with_categories_after),
        cmocka_unit_test(test_not_held_in_the_scheme_asked),
        cmocka_unit_test(test_s21_pointer_to_earlier_response),
        cmocka_unit_test(test_request_leads_and_s21_they),
        cmocka_unit_test(test_nil_return_naming_the_request),
        cmocka_unit_test(test_foisa_s25_otherwise_accessible),
        cmocka_unit_test(test_clashing_count_stops_the_period),
        cmocka_unit_test(test_where_not_mentioned_is_no_nil),
        cmocka_unit_test(test_request_after_the_day_received),
        cmocka_unit_test(test_split_not_held_pointing_to_another_answer),
        cmocka_unit_test(test_year_to_date_from_a_table_caption),
        cmocka_unit_test(test_count_recorded_in_an_earlier_year),
        cmocka_unit_test(test_the_numbers_were_n_in_each_year),
        cmocka_unit_test(test_not_retrievable_then_that_part_refused),
        cmocka_unit_test(test_x_of_the_y_outcomes),
        cmocka_unit_test(test_request_heading_with_the_day_received),
        cmocka_unit_test(test_nil_return_under_a_referenced_request_heading),
        cmocka_unit_test(test_s21_after_a_clause_saying_it_is_out),
        cmocka_unit_test(test_earlier_years_refused),
        cmocka_unit_test(test_outcomes_and_all_figures_refused),
        cmocka_unit_test(test_not_extracted_section_12),
        cmocka_unit_test(test_colon_list_of_counts),
        cmocka_unit_test(test_subject_brackets_and_outcomes_refused),
        cmocka_unit_test(test_x_of_the_y_made_against),
        cmocka_unit_test(test_count_before_the_remainder),
        cmocka_unit_test(test_x_of_the_category_made_against),
        cmocka_unit_test(test_request_alternative_and_current_year),
        cmocka_unit_test(test_alternative_sentence_and_span),
        cmocka_unit_test(test_separate_type_included_elsewhere),
        cmocka_unit_test(test_sentence_list_after_were),
        cmocka_unit_test(test_request_alternative_sentence),
        cmocka_unit_test(test_current_year_given_to_a_day),
        cmocka_unit_test(test_numbered_items_past_the_questions),
        cmocka_unit_test(test_key_of_status_words),
        cmocka_unit_test(test_nil_in_any_of_these_periods),
        cmocka_unit_test(test_alternative_sentence_and_current_year_to_a_day),
        cmocka_unit_test(test_outcomes_a_category_a_line),
        cmocka_unit_test(test_outcome_labels_the_count_after_it),
        cmocka_unit_test(test_nil_of_these_types_in_the_tables_periods),
        cmocka_unit_test(test_category_list_series_in_words),
        cmocka_unit_test(test_superseded_quoted_table),
        cmocka_unit_test(test_mark_definition_withholds_no_total),
        cmocka_unit_test(test_count_then_outcomes_bracket_and_named_correction),
        cmocka_unit_test(test_refused_to_the_letters_date),
        cmocka_unit_test(test_request_and_rights_make_a_response),
        cmocka_unit_test(test_nil_outcome_list_and_recorded_crime),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
