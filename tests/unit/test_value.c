/* test_value.c: cells and prose phrases to values (SPEC "Vocabularies": reported,
 * suppressed with bounds, refused and exempt, not held, approximate), the
 * inputs that are not figures, footnote bounds and exemptions. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../../normalize/normalize.h"

#define U -1   /* unset bound / no value */

struct vcase {
    const char *text;
    int rc;
    enum foi_vstatus status;
    int64_t value, min, max;   /* U: has_* == 0 */
    const char *exemption;
    int marker;
};

static const struct vcase parse_cases[] = {
    /* plain numbers and nils */
    { "1,234", 0, FOI_VS_REPORTED, 1234, 1234, 1234, "", 0 },
    { " 12 ", 0, FOI_VS_REPORTED, 12, 12, 12, "", 0 },
    { "0", 0, FOI_VS_REPORTED, 0, 0, 0, "", 0 },
    { "007", 0, FOI_VS_REPORTED, 7, 7, 7, "", 0 },
    { "12,345,678", 0, FOI_VS_REPORTED, 12345678, 12345678, 12345678, "", 0 },
    { "\"1,107\"", 0, FOI_VS_REPORTED, 1107, 1107, 1107, "", 0 },
    { "\xc2\xa0" "440\xc2\xa0", 0, FOI_VS_REPORTED, 440, 440, 440, "", 0 },
    { "nil", 0, FOI_VS_REPORTED, 0, 0, 0, "", 0 },
    { "Nil", 0, FOI_VS_REPORTED, 0, 0, 0, "", 0 },
    { "none", 0, FOI_VS_REPORTED, 0, 0, 0, "", 0 },
    { "Nil return", 0, FOI_VS_REPORTED, 0, 0, 0, "", 0 },
    { "zero", 0, FOI_VS_REPORTED, 0, 0, 0, "", 0 },
    /* footnote markers glued on */
    { "12*", 0, FOI_VS_REPORTED, 12, 12, 12, "", 1 },
    { "12 *", 0, FOI_VS_REPORTED, 12, 12, 12, "", 1 },
    { "12\xe2\x80\xa0", 0, FOI_VS_REPORTED, 12, 12, 12, "", 1 },
    { "12 (1)", 0, FOI_VS_REPORTED, 12, 12, 12, "", 1 },
    { "12[a]", 0, FOI_VS_REPORTED, 12, 12, 12, "", 1 },
    { "12\xc2\xb9", 0, FOI_VS_REPORTED, 12, 12, 12, "", 1 },
    /* suppression */
    { "*", 0, FOI_VS_SUPPRESSED, U, U, U, "", 0 },
    { "**", 0, FOI_VS_SUPPRESSED, U, U, U, "", 0 },
    /* blacked out: a redaction box (read_pdf.c) or a tool's block characters */
    { "\xe2\x96\x88", 0, FOI_VS_SUPPRESSED, U, U, U, "", 0 },
    { "\xe2\x96\x88\xe2\x96\x88 \xe2\x96\x88", 0, FOI_VS_SUPPRESSED, U, U, U, "", 0 },
    { "\xe2\x96\xa0\xe2\x96\xa0", 0, FOI_VS_SUPPRESSED, U, U, U, "", 0 },
    { "\xe2\x80\xa0", 0, FOI_VS_SUPPRESSED, U, U, U, "", 0 },
    { "<5", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "< 5", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "<=4", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "\xe2\x89\xa4" "4", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "fewer than five", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "Fewer than 5", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "fewer than five*", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 1 },
    { "less than 5", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "under 5", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "1-4", 0, FOI_VS_SUPPRESSED, U, 1, 4, "", 0 },
    { "1 - 4", 0, FOI_VS_SUPPRESSED, U, 1, 4, "", 0 },
    { "1\xe2\x80\x93" "4", 0, FOI_VS_SUPPRESSED, U, 1, 4, "", 0 },
    { "1 to 4", 0, FOI_VS_SUPPRESSED, U, 1, 4, "", 0 },
    { "5 or fewer", 0, FOI_VS_SUPPRESSED, U, 0, 5, "", 0 },
    /* a bound on n */
    { "n<3", 0, FOI_VS_SUPPRESSED, U, 0, 2, "", 0 },
    { "N < 5", 0, FOI_VS_SUPPRESSED, U, 0, 4, "", 0 },
    { "n<=2", 0, FOI_VS_SUPPRESSED, U, 0, 2, "", 0 },
    { "n", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "no<3", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "4-1", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "<0", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "\xe2\x96\x88 12", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },   /* a box and a figure: no value */
    /* exemptions and refusals */
    { "s.40(2)", 0, FOI_VS_SUPPRESSED, U, U, U, "s40(2)", 0 },
    { "s40(2)", 0, FOI_VS_SUPPRESSED, U, U, U, "s40(2)", 0 },
    { "S40", 0, FOI_VS_SUPPRESSED, U, U, U, "s40", 0 },
    { "Section 40(2)", 0, FOI_VS_SUPPRESSED, U, U, U, "s40(2)", 0 },
    { "section 40 (2)", 0, FOI_VS_SUPPRESSED, U, U, U, "s40(2)", 0 },
    { "exempt under section 40", 0, FOI_VS_SUPPRESSED, U, U, U, "s40", 0 },
    { "Exempt \xe2\x80\x93 s40(2)", 0, FOI_VS_SUPPRESSED, U, U, U, "s40(2)", 0 },
    /* a note that cites the section is a sentence, not a cell's value */
    { "An asterisk marks a number fewer than five, withheld under section 40(2) of the Act", FOI_EPARSE,
      FOI_VS_NONE, U, U, U, "", 0 },
    { "Refused as it would exceed the appropriate limit, see the letter for the reasons given", FOI_EPARSE,
      FOI_VS_NONE, U, U, U, "", 0 },
    { "* (s40)", 0, FOI_VS_SUPPRESSED, U, U, U, "s40", 0 },
    { "Section 12", 0, FOI_VS_REFUSED, U, U, U, "s12", 0 },
    { "s.12", 0, FOI_VS_REFUSED, U, U, U, "s12", 0 },
    { "s12(1)", 0, FOI_VS_REFUSED, U, U, U, "s12", 0 },
    { "exceeds cost limit", 0, FOI_VS_REFUSED, U, U, U, "s12", 0 },
    { "Exceeds the appropriate limit", 0, FOI_VS_REFUSED, U, U, U, "s12", 0 },
    { "s14", 0, FOI_VS_REFUSED, U, U, U, "s14", 0 },
    { "s31", 0, FOI_VS_REFUSED, U, U, U, "s31", 0 },
    { "s31(1)(a)", 0, FOI_VS_REFUSED, U, U, U, "s31(1)(a)", 0 },
    { "Exempt", 0, FOI_VS_SUPPRESSED, U, U, U, "", 0 },
    { "Redacted", 0, FOI_VS_SUPPRESSED, U, U, U, "", 0 },
    { "s17", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },        /* a refusal notice, not an exemption */
    /* not held */
    { "not held", 0, FOI_VS_NOT_HELD, U, U, U, "", 0 },
    { "Information not held", 0, FOI_VS_NOT_HELD, U, U, U, "", 0 },
    { "Not recorded", 0, FOI_VS_NOT_HELD, U, U, U, "", 0 },
    /* number words */
    { "twelve", 0, FOI_VS_REPORTED, 12, 12, 12, "", 0 },
    { "Seventeen", 0, FOI_VS_REPORTED, 17, 17, 17, "", 0 },
    { "thirty-two", 0, FOI_VS_REPORTED, 32, 32, 32, "", 0 },
    { "twenty one", 0, FOI_VS_REPORTED, 21, 21, 21, "", 0 },
    { "ninety", 0, FOI_VS_REPORTED, 90, 90, 90, "", 0 },
    { "a hundred", 0, FOI_VS_REPORTED, 100, 100, 100, "", 0 },
    { "one hundred and five", 0, FOI_VS_REPORTED, 105, 105, 105, "", 0 },
    { "two hundred and thirty-four", 0, FOI_VS_REPORTED, 234, 234, 234, "", 0 },
    { "two thousand", 0, FOI_VS_REPORTED, 2000, 2000, 2000, "", 0 },
    { "a dozen", 0, FOI_VS_REPORTED, 12, 12, 12, "", 0 },
    { "half a dozen", 0, FOI_VS_REPORTED, 6, 6, 6, "", 0 },
    { "two dozen", 0, FOI_VS_REPORTED, 24, 24, 24, "", 0 },
    { "a single", 0, FOI_VS_REPORTED, 1, 1, 1, "", 0 },
    { "twenty twenty", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "one two", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    /* vague quantities are not numbers */
    { "a handful", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "several", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "a few", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "many", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "dozens", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    /* hedged numbers are approximate, never reported */
    { "almost a dozen", 0, FOI_VS_APPROXIMATE, U, U, 11, "", 0 },
    { "almost 12", 0, FOI_VS_APPROXIMATE, U, U, 11, "", 0 },
    { "nearly 50", 0, FOI_VS_APPROXIMATE, U, U, 49, "", 0 },
    { "more than 700", 0, FOI_VS_APPROXIMATE, U, 701, U, "", 0 },
    { "over 700", 0, FOI_VS_APPROXIMATE, U, 701, U, "", 0 },
    { "in excess of 1,000", 0, FOI_VS_APPROXIMATE, U, 1001, U, "", 0 },
    { ">700", 0, FOI_VS_APPROXIMATE, U, 701, U, "", 0 },
    { "around 40", 0, FOI_VS_APPROXIMATE, 40, U, U, "", 0 },
    { "about 40", 0, FOI_VS_APPROXIMATE, 40, U, U, "", 0 },
    { "approximately 40", 0, FOI_VS_APPROXIMATE, 40, U, U, "", 0 },
    { "approx. 40", 0, FOI_VS_APPROXIMATE, 40, U, U, "", 0 },
    { "c. 40", 0, FOI_VS_APPROXIMATE, 40, U, U, "", 0 },
    { "~40", 0, FOI_VS_APPROXIMATE, 40, U, U, "", 0 },
    { "at least 5", 0, FOI_VS_APPROXIMATE, U, 5, U, "", 0 },
    { "5 or more", 0, FOI_VS_APPROXIMATE, U, 5, U, "", 0 },
    { "5+", 0, FOI_VS_APPROXIMATE, U, 5, U, "", 0 },
    { "up to 10", 0, FOI_VS_APPROXIMATE, U, 0, 10, "", 0 },
    { "fewer than 100", 0, FOI_VS_APPROXIMATE, U, 0, 99, "", 0 },
    { "more than", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    /* out of range */
    { "99999999999999999999", FOI_ERANGE, FOI_VS_NONE, U, U, U, "", 0 },
    { "2000000000000", FOI_ERANGE, FOI_VS_NONE, U, U, U, "", 0 },
    { "1000000000000", 0, FOI_VS_REPORTED, 1000000000000, 1000000000000, 1000000000000, "", 0 },
    { "-3", FOI_ERANGE, FOI_VS_NONE, U, U, U, "", 0 },
    { "2.5", FOI_ERANGE, FOI_VS_NONE, U, U, U, "", 0 },
    { "2.0", FOI_ERANGE, FOI_VS_NONE, U, U, U, "", 0 },
    /* not figures */
    { "-", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "\xe2\x80\x93", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "N/A", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "n/a", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "   ", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "Total", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "abc", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "12%", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "1,23", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "1234,567", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "2022/23", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "12 allegations", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
    { "\xc2\xa3" "450", FOI_EPARSE, FOI_VS_NONE, U, U, U, "", 0 },
};

static void check_value(const char *what, const char *text, int rc, const struct foi_value *v,
                        const struct vcase *c)
{
    if (rc != c->rc)
        fail_msg("%s '%s': rc %d, want %d", what, text, rc, c->rc);
    if (v->status != c->status)
        fail_msg("%s '%s': status '%s', want '%s'", what, text, foi_vstatus_name(v->status),
                 foi_vstatus_name(c->status));
    if ((c->value == U) != !v->has_value || (v->has_value && v->value != c->value))
        fail_msg("%s '%s': value %s%" PRId64 ", want %" PRId64, what, text, v->has_value ? "" : "unset ",
                 v->value, c->value);
    if ((c->min == U) != !v->has_min || (v->has_min && v->min != c->min))
        fail_msg("%s '%s': min %s%" PRId64 ", want %" PRId64, what, text, v->has_min ? "" : "unset ",
                 v->min, c->min);
    if ((c->max == U) != !v->has_max || (v->has_max && v->max != c->max))
        fail_msg("%s '%s': max %s%" PRId64 ", want %" PRId64, what, text, v->has_max ? "" : "unset ",
                 v->max, c->max);
    if (strcmp(v->exemption, c->exemption) != 0)
        fail_msg("%s '%s': exemption '%s', want '%s'", what, text, v->exemption, c->exemption);
    if (v->marker != c->marker)
        fail_msg("%s '%s': marker %d, want %d", what, text, v->marker, c->marker);
}

static void test_parse(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
        struct foi_value v;
        memset(&v, 0x5a, sizeof v);   /* the parser must reset everything */
        int rc = foi_value_parse(parse_cases[i].text, &v);
        check_value("parse", parse_cases[i].text, rc, &v, &parse_cases[i]);
    }
    struct foi_value v;
    assert_int_equal(foi_value_parse(NULL, &v), FOI_EPARSE);
    char big[2048];
    memset(big, '1', sizeof big - 1);
    big[sizeof big - 1] = 0;
    assert_int_not_equal(foi_value_parse(big, &v), 0);
}

struct scase {
    const char *text;
    int rc;
    enum foi_vstatus status;
    int64_t value, min, max;
    const char *used;   /* the text consumed */
};

static const struct scase scan_cases[] = {
    { "seventeen allegations of sexual harassment", 0, FOI_VS_REPORTED, 17, 17, 17, "seventeen" },
    { "Five of these allegations resulted in dismissal", 0, FOI_VS_REPORTED, 5, 5, 5, "Five" },
    { "a dozen allegations of abuse", 0, FOI_VS_REPORTED, 12, 12, 12, "a dozen" },
    { "None of the allegations resulted in", 0, FOI_VS_REPORTED, 0, 0, 0, "None" },
    { "no allegations of abuse of position", 0, FOI_VS_REPORTED, 0, 0, 0, "no" },
    { "fewer than five* were dismissed", 0, FOI_VS_SUPPRESSED, U, 0, 4, "fewer than five*" },
    { "two were withdrawn", 0, FOI_VS_REPORTED, 2, 2, 2, "two" },
    { "1,234 allegations", 0, FOI_VS_REPORTED, 1234, 1234, 1234, "1,234" },
    { "  eleven allegations", 0, FOI_VS_REPORTED, 11, 11, 11, "  eleven" },
    { "One allegation was withdrawn", 0, FOI_VS_REPORTED, 1, 1, 1, "One" },
    { "twenty-one cases", 0, FOI_VS_REPORTED, 21, 21, 21, "twenty-one" },
    { "More than 700 allegations", 0, FOI_VS_APPROXIMATE, U, 701, U, "More than 700" },
    { "almost a dozen officers", 0, FOI_VS_APPROXIMATE, U, U, 11, "almost a dozen" },
    { "12. The next", 0, FOI_VS_REPORTED, 12, 12, 12, "12" },
    { "9 allegations", 0, FOI_VS_REPORTED, 9, 9, 9, "9" },
    { "No allegation of misogyny resulted in dismissal", 0, FOI_VS_REPORTED, 0, 0, 0, "No" },
    { "A single allegation resulted in dismissal", 0, FOI_VS_REPORTED, 1, 1, 1, "A single" },
    { "no more than 5 were", 0, FOI_VS_APPROXIMATE, U, 0, 5, "no more than 5" },
    /* a band in words: small ones are disclosure control, larger estimates;
     * years are a period, not a band */
    { "Between two and four allegations were", 0, FOI_VS_SUPPRESSED, U, 2, 4, "Between two and four" },
    { "between 1 and 3 were dismissed", 0, FOI_VS_SUPPRESSED, U, 1, 3, "between 1 and 3" },
    { "between 40 and 50 allegations", 0, FOI_VS_APPROXIMATE, U, 40, 50, "between 40 and 50" },
    { "between five and ten", 0, FOI_VS_APPROXIMATE, U, 5, 10, "between five and ten" },
    { "between one and four", 0, FOI_VS_SUPPRESSED, U, 1, 4, "between one and four" },
    { "between 2019 and 2021 the force", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "between four and two", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "between the two", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "No action taken", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "No one was dismissed", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "The remaining three are ongoing", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "No case to answer", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "no further action was taken", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "no less than", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "a written warning", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "several thousand allegations", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "one-off payment", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "2022/23 figures", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "5AF", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
    { "12.5 per cent", FOI_ERANGE, FOI_VS_NONE, U, U, U, "" },
    { "", FOI_EPARSE, FOI_VS_NONE, U, U, U, "" },
};

static void test_scan(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof scan_cases / sizeof scan_cases[0]; i++) {
        const struct scase *c = &scan_cases[i];
        struct foi_value v;
        size_t used = 99;
        int rc = foi_value_scan(c->text, &v, &used);
        struct vcase vc = { c->text, c->rc, c->status, c->value, c->min, c->max, "", 0 };
        vc.marker = strchr(c->used, '*') != NULL;
        check_value("scan", c->text, rc, &v, &vc);
        if (used != strlen(c->used) || strncmp(c->text, c->used, used) != 0)
            fail_msg("scan '%s': used %zu '%.*s', want '%s'", c->text, used, (int)used, c->text, c->used);
    }
}

/* Values opening with each kind of word foi_value_scan's first-word filter
 * (value.c's may_start_value) lets through, and words it stops: read the
 * same as without it (a value, or FOI_EPARSE). */
static void test_scan_first_word(void **state)
{
    (void)state;
    static const struct { const char *text; int rc; } t[] = {
        { "Approximately 40 allegations", 0 }, { "approx. 40", 0 }, { "c. 40 cases", 0 }, { "est. 12", 0 },
        { "Around 12 allegations", 0 }, { "Some 30 allegations", 0 }, { "at least 5 officers", 0 },
        { "up to 5", 0 }, { "just under 10", 0 }, { "upwards of 20", 0 }, { "In excess of 30", 0 },
        { "half a dozen allegations", 0 }, { "a dozen cases", 0 }, { "an estimated 40", 0 },
        { "twenty-two allegations", 0 }, { "Nineteen were", 0 }, { "Nil", 0 }, { "None.", 0 },
        { "Fewer than five", 0 }, { "Under5", 0 }, { "no fewer than 3", 0 }, { "a hundred allegations", 0 },
        { "Police officers", FOI_EPARSE }, { "Allegations 5", FOI_EPARSE }, { "overall 5", FOI_EPARSE },
        { "Nilsson", FOI_EPARSE }, { "approximatelyness 4", FOI_EPARSE }, { "the 5 cases", FOI_EPARSE },
        { "Noël 5", FOI_EPARSE }, { "  twelve", 0 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        struct foi_value v;
        size_t used = 0;
        int rc = foi_value_scan(t[i].text, &v, &used);
        if (rc != t[i].rc || (rc == 0) != (used > 0))
            fail_msg("scan '%s': rc %d used %zu, want rc %d", t[i].text, rc, used, t[i].rc);
    }
}

static void test_footnote_bounds(void **state)
{
    (void)state;
    static const struct { const char *text; int rc; int64_t min, max; } t[] = {
        { "* To reduce the risk of identifying individuals, figures of fewer than five have been replaced "
          "with an asterisk. This information is exempt under section 40(2) of the Act.", 0, 0, 4 },
        { "* Figures of fewer than five have been withheld under section 40(2) of the Act", 0, 0, 4 },
        { "* denotes a number between 1 and 4", 0, 1, 4 },
        { "values under 5 are suppressed", 0, 0, 4 },
        { "Less than 10 shown as *", 0, 0, 9 },
        { "* 5 or fewer", 0, 0, 5 },
        { "* shows 1-4 cases", 0, 1, 4 },
        { "* denotes a figure from 1 to 4. Small numbers are withheld under section 40(2)", 0, 1, 4 },
        { "* shows 1-4.", 0, 1, 4 },
        { "a rate of 1 to 4.5 per cent", FOI_ENOTFOUND, 0, 0 },
        { "<5", 0, 0, 4 },
        { "between 1 January 2020 and 31 March 2021", FOI_ENOTFOUND, 0, 0 },
        { "figures are exempt under section 40(2)", FOI_ENOTFOUND, 0, 0 },
        { "", FOI_ENOTFOUND, 0, 0 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        int64_t lo = -7, hi = -7;
        int rc = foi_value_suppressed_bounds(t[i].text, &lo, &hi);
        if (rc != t[i].rc || (rc == 0 && (lo != t[i].min || hi != t[i].max)))
            fail_msg("bounds '%s': rc %d %" PRId64 "..%" PRId64, t[i].text, rc, lo, hi);
        if (rc)
            assert_true(lo == -7 && hi == -7);
    }
    int64_t lo, hi;
    assert_int_equal(foi_value_suppressed_bounds(NULL, &lo, &hi), FOI_ENOTFOUND);
}

/* The range a note says a withheld figure lies in, its lower bound said too
 * (round 31): however the note words it; a bound said alone is none. */
static void test_defined_range(void **state)
{
    (void)state;
    static const struct { const char *text; int rc; int64_t min, max; } t[] = {
        { "<3 means one or two allegations. The exact number is withheld under section 40(2).", 0, 1, 2 },
        { "Note: <3 = 1 or 2 allegations, not shown (s40(2)).", 0, 1, 2 },
        { "Where the number is one or two it is shown as \xe2\x80\x9c<3\xe2\x80\x9d", 0, 1, 2 },
        { "'<4' stands for 1, 2 or 3 officers", 0, 1, 3 },
        { "Cells showing \xe2\x80\x9c" "5 or fewer\xe2\x80\x9d contain a number from one to five.", 0, 1, 5 },
        { "a figure between one and five is shown as *", 0, 1, 5 },
        { "~ is a number from 1 to 4 (section 40(2))", 0, 1, 4 },
        { "* shows 1-4 cases", 0, 1, 4 },
        { "<3: fewer than three but more than zero", 0, 1, 2 },
        { "x marks at least one and fewer than five allegations", 0, 1, 4 },
        { "a count greater than 0 and less than 5 is shown as <5", 0, 1, 4 },
        { "figures of one or more but under five are withheld", 0, 1, 4 },
        /* a bound said alone leaves the lower bound unsaid */
        { "<3 = fewer than three", FOI_ENOTFOUND, 0, 0 },
        { "* 5 or fewer", FOI_ENOTFOUND, 0, 0 },
        { "Figures of fewer than five have been withheld under section 40(2)", FOI_ENOTFOUND, 0, 0 },
        { "no more than four allegations", FOI_ENOTFOUND, 0, 0 },
        /* no count's range */
        { "a rate of 1 to 4.5 per cent", FOI_ENOTFOUND, 0, 0 },
        { "between 1 January 2020 and 31 March 2021", FOI_ENOTFOUND, 0, 0 },
        { "Periods are written 1/4/23-31/3/24", FOI_ENOTFOUND, 0, 0 },
        { "one or two-year terms", FOI_ENOTFOUND, 0, 0 },
        { "1 or 3 officers", FOI_ENOTFOUND, 0, 0 },
        { "fewer than five. More than zero of them", FOI_ENOTFOUND, 0, 0 },
        { "between 10 and 250 allegations", FOI_ENOTFOUND, 0, 0 },
        /* a list of notations: the range is one of them, not the others' */
        { "a withheld figure is shown as <5, 1-4, fewer than five, 5 or fewer, or n<3.", FOI_ENOTFOUND, 0, 0 },
        /* a range in a sentence that names no mark */
        { "* Fewer than five. Figures for police staff between one and four are withheld under section 40(2).",
          FOI_ENOTFOUND, 0, 0 },
        { "Between 1 and 4 officers were suspended.", FOI_ENOTFOUND, 0, 0 },
        { "<5 (i.e. one to four) withheld under section 40(2)", 0, 1, 4 },
        /* a figure that would identify "the individual" counts that one
         * (round 43a); "individuals" in general is said of every small cell */
        { "* Fewer than three: withheld under section 40(2) to avoid identifying the individual.", 0, 1, 2 },
        { "# = fewer than five, shown this way as it could identify the officer concerned", 0, 1, 4 },
        { "* Fewer than five, withheld to reduce the risk of identifying individuals.", FOI_ENOTFOUND, 0, 0 },
        { "* Fewer than five, withheld as it could identify the individuals concerned.", FOI_ENOTFOUND, 0, 0 },
        { "Where a figure is fewer than five it has not been given, because so small a number could identify "
          "the member of staff concerned.", FOI_ENOTFOUND, 0, 0 },
        { "Where a figure is fewer than five it is shown as *, as it could identify the officer concerned.",
          FOI_ENOTFOUND, 0, 0 },
        { "", FOI_ENOTFOUND, 0, 0 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        int64_t lo = -7, hi = -7;
        int rc = foi_value_defined_range(t[i].text, NULL, &lo, &hi);
        if (rc != t[i].rc || (rc == 0 && (lo != t[i].min || hi != t[i].max)))
            fail_msg("defined range '%s': rc %d %" PRId64 "..%" PRId64, t[i].text, rc, lo, hi);
        if (rc)
            assert_true(lo == -7 && hi == -7);
    }
    int64_t lo, hi;
    assert_int_equal(foi_value_defined_range(NULL, NULL, &lo, &hi), FOI_ENOTFOUND);
    /* a mark's definition apart from the mark: its first sentence */
    assert_int_equal(foi_value_defined_range("one or two allegations", "<3", &lo, &hi), 0);
    assert_true(lo == 1 && hi == 2);
    assert_int_equal(foi_value_defined_range("one or two allegations", NULL, &lo, &hi), FOI_ENOTFOUND);
    assert_int_equal(foi_value_defined_range("Fewer than five. Staff figures between one and four are withheld.",
                                             "*", &lo, &hi), FOI_ENOTFOUND);
}

static void test_find_exemption(void **state)
{
    (void)state;
    static const struct { const char *text, *want; } t[] = {
        { "This information is exempt under section 40(2) of the Act (personal information).", "s40(2)" },
        { "Section 1(1)(a) of the Act requires ... Section 12(1) of the Act provides that", "s12" },
        { "Please accept this letter as a Refusal Notice under section 17(5) of the Act.", NULL },
        { "under s.31(1)(a) (law enforcement)", "s31(1)(a)" },
        { "ADVICE AND ASSISTANCE (SECTION 16)", NULL },
        { "you have the right under section 50 of the Act", NULL },
        { "S40(2) \xe2\x80\x93 PERSONAL INFORMATION", "s40(2)" },
        { "sections 30 and 31", "s30" },
        { "", NULL },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char buf[16];
        int rc = foi_value_find_exemption(t[i].text, buf, sizeof buf);
        if (t[i].want ? (rc != 0 || strcmp(buf, t[i].want) != 0) : (rc != FOI_ENOTFOUND || buf[0]))
            fail_msg("exemption '%s': rc %d '%s', want %s", t[i].text, rc, buf, t[i].want ? t[i].want : "none");
    }
    /* found far into a long letter */
    char letter[4096];
    size_t n = 0;
    while (n < 3000) {
        memcpy(letter + n, "Dear Requester, thank you. ", 27);
        n += 27;
    }
    strcpy(letter + n, "exempt under section 40(2)");
    char buf[16];
    assert_int_equal(foi_value_find_exemption(letter, buf, sizeof buf), 0);
    assert_string_equal(buf, "s40(2)");
    assert_int_equal(foi_value_find_exemption("section 40(2)", buf, 0), FOI_ENOTFOUND);
}

/* The dataset cites exemptions in one order, whatever the document's:
 * by section number, then subsection, each once. */
static void test_exemptions_canon(void **state)
{
    (void)state;
    static const struct { const char *in, *want; } t[] = {
        { "s40(5B);s30(3)", "s30(3);s40(5B)" }, { "s31(3);s30(3);s40(5)", "s30(3);s31(3);s40(5)" },
        { "s40(2);s40(1)", "s40(1);s40(2)" },   { "s12", "s12" }, { "s40(2);s12;s40(2)", "s12;s40(2)" },
        { "s43(2);s31(1)(a)", "s31(1)(a);s43(2)" }, { "", "" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "%s", t[i].in);
        foi_exemptions_canon(buf);
        assert_string_equal(buf, t[i].want);
    }
}

static void test_find_exemptions(void **state)
{
    (void)state;
    static const struct { const char *text, *want; } t[] = {
        { "neither confirm nor deny under sections 30(3) and 31(3) of the Act", "s30(3);s31(3)" },
        { "Section 23(5) - Security bodies. Section 30(3) - Investigations. Section 31(3) - Law "
          "enforcement. Section 40(5) - Personal information.", "s23(5);s30(3);s31(3);s40(5)" },
        { "s.38(2), 40(5) and 31(3)", "s38(2);s40(5);s31(3)" },
        { "under section 40(2), and again section 40(2)", "s40(2)" },
        { "Section 1(1)(a) and section 17 of the Act", NULL },
        { "section 12 (cost)", "s12" },
        { "by virtue of Section 31(3) - Law enforcement and Section 40(5B) - Personal information",
          "s31(3);s40(5B)" },
        { "section 40(5a)(b) and s38(1)(a)", "s40(5A)(b);s38(1)(a)" },
        { "", NULL },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char buf[32];
        int rc = foi_value_find_exemptions(t[i].text, buf, sizeof buf);
        if (t[i].want ? (rc != 0 || strcmp(buf, t[i].want) != 0) : (rc != FOI_ENOTFOUND || buf[0]))
            fail_msg("exemptions '%s': rc %d '%s', want %s", t[i].text, rc, buf, t[i].want ? t[i].want : "none");
    }
    /* a list longer than the buffer keeps whole items only */
    char small[14];
    assert_int_equal(foi_value_find_exemptions("sections 30(3), 31(3) and 40(5)", small, sizeof small), 0);
    assert_string_equal(small, "s30(3);s31(3)");
}

static void test_ncnd(void **state)
{
    (void)state;
    static const struct { const char *text; int ncnd; } t[] = {
        { "We can neither confirm nor deny that we hold the information", 1 },
        { "The force neither confirms nor denies holding it", 1 },
        { "neither confirmed nor denied", 1 },
        { "NCND", 1 },
        { "ncnd s30(3)", 1 },
        { "neither confirm or deny", 1 },
        { "we can confirm that we hold the information", 0 },
        { "neither of the officers", 0 },
        { "", 0 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (foi_value_is_ncnd(t[i].text) != t[i].ncnd)
            fail_msg("ncnd '%s': want %d", t[i].text, t[i].ncnd);
    struct foi_value v;
    assert_int_equal(foi_value_parse("Neither confirm nor deny (s30(3), s31(3))", &v), 0);
    assert_int_equal(v.status, FOI_VS_NCND);
    assert_string_equal(v.exemption, "s30(3);s31(3)");
    assert_false(v.has_value || v.has_min || v.has_max);
    assert_int_equal(foi_value_parse("NCND", &v), 0);
    assert_int_equal(v.status, FOI_VS_NCND);
    assert_string_equal(v.exemption, "");
    assert_string_equal(foi_vstatus_name(FOI_VS_NCND), "ncnd");
}

static void test_status_names(void **state)
{
    (void)state;
    assert_string_equal(foi_vstatus_name(FOI_VS_NONE), "");
    assert_string_equal(foi_vstatus_name(FOI_VS_REPORTED), "reported");
    assert_string_equal(foi_vstatus_name(FOI_VS_SUPPRESSED), "suppressed");
    assert_string_equal(foi_vstatus_name(FOI_VS_REFUSED), "refused");
    assert_string_equal(foi_vstatus_name(FOI_VS_NOT_HELD), "not_held");
    assert_string_equal(foi_vstatus_name(FOI_VS_APPROXIMATE), "approximate");
}

/* "5 (28%)": a count with its share printed beside it is the count; a
 * share alone, a share first, or a share beside a band is no count. */
static void test_count_with_share(void **state)
{
    (void)state;
    struct foi_value v;
    assert_int_equal(foi_value_parse("5 (28%)", &v), 0);
    assert_int_equal(v.status, FOI_VS_REPORTED);
    assert_int_equal(v.value, 5);
    assert_int_equal(v.marker, 0);
    assert_int_equal(foi_value_parse("0 (0%)", &v), 0);
    assert_int_equal(v.value, 0);
    assert_int_equal(foi_value_parse("14 ( 12.5 % )", &v), 0);
    assert_int_equal(v.value, 14);
    assert_int_equal(foi_value_parse("1,204 (100%)", &v), 0);
    assert_int_equal(v.value, 1204);
    assert_int_not_equal(foi_value_parse("28%", &v), 0);
    assert_int_not_equal(foi_value_parse("28% (5)", &v), 0);
    assert_int_not_equal(foi_value_parse("5 (28%) of them", &v), 0);
    assert_int_not_equal(foi_value_parse("5 (28)%", &v), 0);
    assert_int_not_equal(foi_value_parse("<5 (20%)", &v), 0);
    assert_int_not_equal(foi_value_parse("5 (1234%)", &v), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_count_with_share),
        cmocka_unit_test(test_scan),
        cmocka_unit_test(test_scan_first_word),
        cmocka_unit_test(test_footnote_bounds),
        cmocka_unit_test(test_defined_range),
        cmocka_unit_test(test_find_exemption),
        cmocka_unit_test(test_find_exemptions),
        cmocka_unit_test(test_exemptions_canon),
        cmocka_unit_test(test_ncnd),
        cmocka_unit_test(test_status_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
