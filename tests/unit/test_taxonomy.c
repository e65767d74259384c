/* test_taxonomy.c: the shipped vocabulary files, label folding and matching
 * (exact > contained > longer > user > file order), prose scans, force clues,
 * user directories (--taxonomy), load errors, regex limits and allocation faults. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../normalize/normalize.h"
#include "../../normalize/figure.h"

#define SHIPPED FOI_SRCDIR "/normalize/taxonomy"

static struct foi_taxonomy *load_shipped(void)
{
    struct foi_taxonomy *t = NULL;
    struct foi_err err = { 0 };
    int rc = foi_taxonomy_load(&t, SHIPPED, NULL, &err);
    if (rc)
        fail_msg("loading %s: %s: %s", SHIPPED, err.locator, err.message);
    return t;
}

static int setup(void **state)
{
    *state = load_shipped();
    return *state ? 0 : -1;
}

static int teardown(void **state)
{
    foi_taxonomy_free(*state);
    return 0;
}

/* ---------------------------------------------------------------- vocabularies */

/* SPEC "Vocabularies" and "Forces", in canonical order. */
static const char *const spec_categories[] = { "sexual_assault", "sexual_harassment",
    "abuse_of_position_sexual", "sexual_misconduct", "domestic_abuse", "discriminatory_behaviour",
    "vawg", "other", NULL };
static const char *const spec_outcomes[] = { "total", "dismissed", "would_have_been_dismissed",
    "resigned_or_retired", "reduction_in_rank", "final_written_warning", "written_warning",
    "management_action", "no_case_to_answer", "not_upheld", "upheld", "no_further_action",
    "withdrawn", "local_resolution", "ongoing", "criminal_conviction", "other", NULL };
static const char *const spec_measures[] = { "allegations", "cases", "complaints", "individuals",
    "referrals", NULL };
static const char *const spec_subjects[] = { "officers", "staff", "officers_and_staff", "unknown", NULL };
static const char *const spec_forces[] = { "avon-and-somerset", "bedfordshire", "cambridgeshire",
    "cheshire", "city-of-london", "cleveland", "cumbria", "derbyshire", "devon-and-cornwall", "dorset",
    "durham", "dyfed-powys", "essex", "gloucestershire", "greater-manchester", "gwent", "hampshire",
    "hertfordshire", "humberside", "kent", "lancashire", "leicestershire", "lincolnshire", "merseyside",
    "metropolitan", "norfolk", "north-wales", "north-yorkshire", "northamptonshire", "northumbria",
    "nottinghamshire", "south-wales", "south-yorkshire", "staffordshire", "suffolk", "surrey", "sussex",
    "thames-valley", "warwickshire", "west-mercia", "west-midlands", "west-yorkshire", "wiltshire",
    "british-transport", "ministry-of-defence", "civil-nuclear", "police-scotland", "psni",
    "england-and-wales", NULL };

static void test_vocabularies_match_spec(void **state)
{
    const struct foi_taxonomy *t = *state;
    static const struct { enum foi_vocab v; const char *const *ids; const char *name, *file; } vs[] = {
        { FOI_VOCAB_FORCE, spec_forces, "force", "forces.tsv" },
        { FOI_VOCAB_CATEGORY, spec_categories, "category", "categories.tsv" },
        { FOI_VOCAB_OUTCOME, spec_outcomes, "outcome", "outcomes.tsv" },
        { FOI_VOCAB_MEASURE, spec_measures, "measure", "measures.tsv" },
        { FOI_VOCAB_SUBJECT, spec_subjects, "subject", "subjects.tsv" },
    };
    for (size_t k = 0; k < sizeof vs / sizeof vs[0]; k++) {
        assert_string_equal(foi_vocab_name(vs[k].v), vs[k].name);
        assert_string_equal(foi_vocab_file(vs[k].v), vs[k].file);
        int n = 0;
        while (vs[k].ids[n]) {
            const char *id = foi_taxonomy_id_at(t, vs[k].v, n);
            if (!id || strcmp(id, vs[k].ids[n]) != 0)
                fail_msg("%s #%d: got %s, want %s", vs[k].name, n, id ? id : "(none)", vs[k].ids[n]);
            assert_true(foi_taxonomy_has(t, vs[k].v, id));
            assert_non_null(foi_taxonomy_name(t, vs[k].v, id));
            n++;
        }
        assert_null(foi_taxonomy_id_at(t, vs[k].v, n));
        assert_int_equal(foi_taxonomy_count(t, vs[k].v), n);
    }
    assert_int_equal(foi_taxonomy_count(t, FOI_VOCAB_FORCE), 49);
    assert_false(foi_taxonomy_has(t, FOI_VOCAB_FORCE, "multiple"));
    assert_false(foi_taxonomy_has(t, FOI_VOCAB_CATEGORY, "sexual_offences"));
    assert_null(foi_taxonomy_id_at(t, FOI_VOCAB_OUTCOME, -1));
    assert_string_equal(foi_vocab_name(FOI_VOCAB_COUNT), "");
}

static void test_names_and_aliases(void **state)
{
    const struct foi_taxonomy *t = *state;
    static const struct { const char *id, *name; } names[] = {
        { "merseyside", "Merseyside Police" },
        { "greater-manchester", "Greater Manchester Police" },
        { "metropolitan", "Metropolitan Police Service" },
        { "kent", "Kent Police" },
        { "hampshire", "Hampshire and Isle of Wight Constabulary" },
        { "lancashire", "Lancashire Constabulary" },
        { "devon-and-cornwall", "Devon and Cornwall Police" },
        { "thames-valley", "Thames Valley Police" },
        { "west-midlands", "West Midlands Police" },
        { "staffordshire", "Staffordshire Police" },
        { "psni", "Police Service of Northern Ireland" },
        { "england-and-wales", "England and Wales" },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        assert_string_equal(foi_taxonomy_name(t, FOI_VOCAB_FORCE, names[i].id), names[i].name);
    assert_null(foi_taxonomy_name(t, FOI_VOCAB_FORCE, "atlantis"));
    assert_string_equal(foi_taxonomy_name(t, FOI_VOCAB_OUTCOME, "total"), "Total");
    /* aliases listed for `foi forces`: the name itself is not repeated */
    int found_mps = 0, n = 0;
    const char *a;
    while ((a = foi_taxonomy_alias_at(t, FOI_VOCAB_FORCE, "metropolitan", n)) != NULL) {
        assert_string_not_equal(a, "Metropolitan Police Service");
        found_mps |= strcmp(a, "MPS") == 0;
        n++;
    }
    assert_true(found_mps);
    assert_true(n >= 4);
    assert_null(foi_taxonomy_alias_at(t, FOI_VOCAB_FORCE, "atlantis", 0));
    const char *d = foi_taxonomy_digest(t);
    assert_int_equal(strlen(d), 64);
    assert_int_equal(strspn(d, "0123456789abcdef"), 64);
}

/* Welsh (Cymraeg) labels of Welsh-only and bilingual responses read as their
 * English equivalents: categories, outcomes (the longer wording wins:
 * "Rhybudd ysgrifenedig terfynol" is a final written warning, "Byddai wedi
 * cael ei ddiswyddo" would have been dismissed), whom they count and what. */
static void test_welsh_labels(void **state)
{
    const struct foi_taxonomy *t = *state;
    static const struct { enum foi_vocab v; const char *label, *id; } cases[] = {
        { FOI_VOCAB_CATEGORY, "Ymosodiad rhywiol", "sexual_assault" },
        { FOI_VOCAB_CATEGORY, "Camymddwyn rhywiol", "sexual_misconduct" },
        { FOI_VOCAB_CATEGORY, "Aflonyddu rhywiol", "sexual_harassment" },
        { FOI_VOCAB_CATEGORY, "Camddefnyddio swydd at ddiben rhywiol", "abuse_of_position_sexual" },
        { FOI_VOCAB_CATEGORY, "Trais yn erbyn menywod a merched", "vawg" },
        { FOI_VOCAB_OUTCOME, "Diswyddo", "dismissed" },
        { FOI_VOCAB_OUTCOME, "Byddai wedi cael ei ddiswyddo", "would_have_been_dismissed" },
        { FOI_VOCAB_OUTCOME, "Rhybudd ysgrifenedig terfynol", "final_written_warning" },
        { FOI_VOCAB_OUTCOME, "Rhybudd ysgrifenedig", "written_warning" },
        { FOI_VOCAB_OUTCOME, "Ymarfer myfyriol", "management_action" },
        { FOI_VOCAB_OUTCOME, "Dim achos i\xe2\x80\x99w ateb", "no_case_to_answer" },
        { FOI_VOCAB_OUTCOME, "Ymchwiliad yn parhau", "ongoing" },
        { FOI_VOCAB_OUTCOME, "Cyfanswm", "total" },
        { FOI_VOCAB_SUBJECT, "Swyddogion heddlu", "officers" },
        { FOI_VOCAB_SUBJECT, "Staff yr heddlu", "staff" },
        { FOI_VOCAB_SUBJECT, "Swyddogion a staff", "officers_and_staff" },
        { FOI_VOCAB_MEASURE, "Honiadau", "allegations" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *id = foi_norm_label(t, cases[i].v, cases[i].label);
        if (!id || strcmp(id, cases[i].id))
            fail_msg("'%s' read as %s, not %s", cases[i].label, id ? id : "nothing", cases[i].id);
    }
}

/* ---------------------------------------------------------------- folding */

static void test_fold(void **state)
{
    (void)state;
    static const struct { const char *in, *out; } t[] = {
        { "Final Written Warning", "final written warning" },
        { "  Avon & Somerset  ", "avon and somerset" },
        { "Ongoing \xe2\x80\x93 subject on restricted duties", "ongoing subject on restricted duties" },
        { "\xe2\x80\x98Ongoing\xe2\x80\x99", "ongoing" },
        { "Abuse of position<br>for a sexual purpose", "abuse of position for a sexual purpose" },
        { "Reflective practice (RPRP)", "reflective practice rprp" },
        { "Sub-total", "sub total" },
        { "Police\xc2\xa0officers", "police officers" },
        { "Dyfed-Powys", "dyfed powys" },
        { "Officers&amp;staff", "officers and staff" },
        { "&nbsp;Total&nbsp;", "total" },
        { "D\xc3\x89TAIL", "d\xc3\xa9tail" },
        { "***", "" },
        { "", "" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char buf[128];
        size_t n = foi_fold(t[i].in, buf, sizeof buf);
        if (strcmp(buf, t[i].out) != 0 || n != strlen(t[i].out))
            fail_msg("fold('%s') = '%s' (%zu), want '%s'", t[i].in, buf, n, t[i].out);
    }
    char small[6];
    assert_int_equal(foi_fold("Final written warning", small, sizeof small), 21);
    assert_string_equal(small, "final");
}

/* ---------------------------------------------------------------- matching */

struct match_case {
    enum foi_vocab v;
    const char *label;
    const char *id;      /* NULL: no match */
    int exact;
};

static const struct match_case match_cases[] = {
    /* outcomes: the most specific alias wins */
    { FOI_VOCAB_OUTCOME, "Final Written Warning", "final_written_warning", 1 },
    { FOI_VOCAB_OUTCOME, "Written warning", "written_warning", 1 },
    { FOI_VOCAB_OUTCOME, "No Case to Answer", "no_case_to_answer", 1 },
    /* a step towards a meeting or hearing, no finding: nothing maps it */
    { FOI_VOCAB_OUTCOME, "Case to answer", NULL, 0 },
    { FOI_VOCAB_OUTCOME, "Improvement action", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Management discipline", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Management discipline / advice", "management_action", 0 },
    { FOI_VOCAB_OUTCOME, "Management Discussion", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Management discussion held", "management_action", 0 },
    /* a finding and its sanction: the sanction */
    { FOI_VOCAB_OUTCOME, "Misconduct proven \xe2\x80\x93 written warning given", "written_warning", 0 },
    { FOI_VOCAB_OUTCOME, "Misconduct proven \xe2\x80\x93 final written warning given", "final_written_warning", 0 },
    { FOI_VOCAB_OUTCOME, "Not upheld", "not_upheld", 1 },
    { FOI_VOCAB_OUTCOME, "Upheld", "upheld", 1 },
    { FOI_VOCAB_OUTCOME, "Dismissed (gross misconduct)", "dismissed", 0 },
    { FOI_VOCAB_OUTCOME, "Dismissal without notice", "dismissed", 1 },
    { FOI_VOCAB_OUTCOME, "Dismissed with notice", "dismissed", 1 },
    { FOI_VOCAB_OUTCOME, "Ongoing \xe2\x80\x93 subject on restricted duties", "ongoing", 0 },
    { FOI_VOCAB_OUTCOME, "Reflective practice (RPRP)", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "RPRP", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Reflective practice review process", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Management advice", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Words of advice", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Advice", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Advice and assistance", NULL, 0 },
    { FOI_VOCAB_OUTCOME, "Would have been dismissed", "would_have_been_dismissed", 1 },
    { FOI_VOCAB_OUTCOME, "Resigned \xe2\x80\x93 would have been dismissed", "would_have_been_dismissed", 0 },
    /* "none would have resulted in dismissal had the officer not resigned":
     * the finding, not a dismissal */
    { FOI_VOCAB_OUTCOME, "none would have resulted in dismissal had the officer not resigned",
      "would_have_been_dismissed", 0 },
    { FOI_VOCAB_OUTCOME, "Would have led to dismissal", "would_have_been_dismissed", 1 },
    /* the barred list follows dismissals too: neither outcome */
    { FOI_VOCAB_OUTCOME, "Barred", "other", 1 },
    { FOI_VOCAB_OUTCOME, "Entered on barred list", "other", 0 },
    { FOI_VOCAB_OUTCOME, "Officer resigned before proceedings concluded", "resigned_or_retired", 0 },
    { FOI_VOCAB_OUTCOME, "Retired", "resigned_or_retired", 1 },
    { FOI_VOCAB_OUTCOME, "Reduction in rank", "reduction_in_rank", 1 },
    { FOI_VOCAB_OUTCOME, "Misconduct not proven", "not_upheld", 1 },
    { FOI_VOCAB_OUTCOME, "Not proven", "not_upheld", 1 },
    { FOI_VOCAB_OUTCOME, "NFA", "no_further_action", 1 },
    { FOI_VOCAB_OUTCOME, "No further action", "no_further_action", 1 },
    { FOI_VOCAB_OUTCOME, "Withdrawn / discontinued", "withdrawn", 0 },
    { FOI_VOCAB_OUTCOME, "Unsatisfactory Performance Procedures", "other", 1 },
    { FOI_VOCAB_OUTCOME, "UPP", "other", 1 },   /* "Discontinued" alone maps to nothing */
    { FOI_VOCAB_OUTCOME, "Withdrawn by the complainant", "withdrawn", 0 },
    { FOI_VOCAB_OUTCOME, "Local resolution", "local_resolution", 1 },
    { FOI_VOCAB_OUTCOME, "Under Investigation", "ongoing", 1 },
    { FOI_VOCAB_OUTCOME, "Sub judice", "ongoing", 1 },
    { FOI_VOCAB_OUTCOME, "Awaiting hearing", "ongoing", 1 },
    { FOI_VOCAB_OUTCOME, "Not yet concluded", "ongoing", 1 },
    { FOI_VOCAB_OUTCOME, "Live", "ongoing", 1 },
    { FOI_VOCAB_OUTCOME, "Criminal conviction", "criminal_conviction", 1 },
    { FOI_VOCAB_OUTCOME, "Charged", NULL, 0 },
    { FOI_VOCAB_OUTCOME, "Total", "total", 1 },
    { FOI_VOCAB_OUTCOME, "TOTAL", "total", 1 },
    { FOI_VOCAB_OUTCOME, "Total allegations", "total", 1 },
    { FOI_VOCAB_OUTCOME, "Grand total", "total", 1 },
    { FOI_VOCAB_OUTCOME, "All outcomes", "total", 1 },
    { FOI_VOCAB_OUTCOME, "All allegations", "total", 1 },
    { FOI_VOCAB_OUTCOME, "Proven outcomes", NULL, 0 },
    { FOI_VOCAB_OUTCOME, "Suspended pending enquiries xyz", "ongoing", 0 },
    { FOI_VOCAB_OUTCOME, "Banana", NULL, 0 },
    { FOI_VOCAB_OUTCOME, "", NULL, 0 },
    /* categories */
    { FOI_VOCAB_CATEGORY, "Abuse of position<br>for a sexual purpose", "abuse_of_position_sexual", 1 },
    { FOI_VOCAB_CATEGORY, "Abuse of Position for Sexual Purpose", "abuse_of_position_sexual", 1 },
    { FOI_VOCAB_CATEGORY, "Abuse of position for the purpose of pursuing a sexual or improper "
                          "emotional relationship", "abuse_of_position_sexual", 1 },
    { FOI_VOCAB_CATEGORY, "APSP", "abuse_of_position_sexual", 1 },
    { FOI_VOCAB_CATEGORY, "Abuse of authority by an officer for sexual gain", "abuse_of_position_sexual", 0 },
    { FOI_VOCAB_CATEGORY, "Sexual conduct", "sexual_misconduct", 1 },
    { FOI_VOCAB_CATEGORY, "Other sexual misconduct", "sexual_misconduct", 1 },
    /* round 46a: the rest of VAWG is VAWG, not other */
    { FOI_VOCAB_CATEGORY, "VAWG \xe2\x80\x93 other", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "VAWG-related (not otherwise categorised)", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "VAWG - other", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "Sexual assault: other", "sexual_assault", 1 },
    { FOI_VOCAB_CATEGORY, "Other \xe2\x80\x93 VAWG", "other", 0 },
    { FOI_VOCAB_CATEGORY, "Inappropriate relationship", "sexual_misconduct", 1 },
    { FOI_VOCAB_CATEGORY, "Discriminatory behaviour (misogyny)", "discriminatory_behaviour", 0 },
    { FOI_VOCAB_CATEGORY, "Misogyny", "discriminatory_behaviour", 1 },
    { FOI_VOCAB_CATEGORY, "sexism", "discriminatory_behaviour", 1 },
    { FOI_VOCAB_CATEGORY, "Violence against women and girls (VAWG)", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "VAWG", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "Domestic abuse", "domestic_abuse", 1 },
    { FOI_VOCAB_CATEGORY, "Sexual assaults", "sexual_assault", 1 },
    { FOI_VOCAB_CATEGORY, "Other", "other", 1 },
    /* round 45b: "(other)" after a category names the rest of that
     * category, not the catch-all */
    { FOI_VOCAB_CATEGORY, "VAWG (other)", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "VAWG ( Other )", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "Sexual assault (other)", "sexual_assault", 1 },
    { FOI_VOCAB_CATEGORY, "Violence against women and girls (other)", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "VAWG-related matters (other)", "vawg", 0 },
    { FOI_VOCAB_CATEGORY, "Other (VAWG)", "other", 0 },
    { FOI_VOCAB_CATEGORY, "Theft (other)", "other", 0 },
    { FOI_VOCAB_CATEGORY, "(other)", "other", 1 },
    { FOI_VOCAB_CATEGORY, "Theft", NULL, 0 },
    /* measures and subjects */
    { FOI_VOCAB_MEASURE, "Number of cases", "cases", 1 },
    { FOI_VOCAB_MEASURE, "Number of Allegations", "allegations", 1 },
    { FOI_VOCAB_MEASURE, "Case", "cases", 1 },
    { FOI_VOCAB_MEASURE, "No case to answer", NULL, 0 },
    { FOI_VOCAB_MEASURE, "officers and staff investigated", "individuals", 1 },
    { FOI_VOCAB_MEASURE, "Public complaints recorded", "complaints", 0 },
    /* round 44b: the people an allegation was made against, beside the allegations */
    { FOI_VOCAB_MEASURE, "Officers and staff subject to an allegation", "individuals", 1 },
    { FOI_VOCAB_MEASURE, "Number of police officers subject to allegations", "individuals", 1 },
    { FOI_VOCAB_MEASURE, "Staff who were the subject of an allegation", "individuals", 1 },
    { FOI_VOCAB_SUBJECT, "Police Officer", "officers", 1 },
    /* round 41a: the short head "Off." over officers' figures beside "Staff" */
    { FOI_VOCAB_SUBJECT, "Off.", "officers", 1 },
    { FOI_VOCAB_SUBJECT, "Police officers", "officers", 1 },
    { FOI_VOCAB_SUBJECT, "Police staff", "staff", 1 },
    { FOI_VOCAB_SUBJECT, "PCSOs", "staff", 1 },
    { FOI_VOCAB_SUBJECT, "Police community support officers", "staff", 1 },
    { FOI_VOCAB_SUBJECT, "Special constables", "officers", 1 },
    { FOI_VOCAB_SUBJECT, "Special Constable", "officers", 1 },
    { FOI_VOCAB_SUBJECT, "All employees", "officers_and_staff", 1 },
    { FOI_VOCAB_SUBJECT, "Police officers and police staff", "officers_and_staff", 1 },
    { FOI_VOCAB_SUBJECT, "All staff and officers", "officers_and_staff", 1 },
    { FOI_VOCAB_SUBJECT, "Whole workforce", "officers_and_staff", 1 },
    { FOI_VOCAB_SUBJECT, "Outcomes (all workforce)", "officers_and_staff", 0 },
    { FOI_VOCAB_SUBJECT, "Employee type", NULL, 0 },
    /* forces */
    { FOI_VOCAB_FORCE, "Met", "metropolitan", 1 },
    { FOI_VOCAB_FORCE, "the Met", "metropolitan", 1 },
    { FOI_VOCAB_FORCE, "MPS", "metropolitan", 1 },
    { FOI_VOCAB_FORCE, "Metropolitan Police", "metropolitan", 1 },
    { FOI_VOCAB_FORCE, "GMP", "greater-manchester", 1 },
    { FOI_VOCAB_FORCE, "Lancs", "lancashire", 1 },
    { FOI_VOCAB_FORCE, "Lancashire Police", "lancashire", 1 },
    { FOI_VOCAB_FORCE, "Avon & Somerset Constabulary", "avon-and-somerset", 1 },
    { FOI_VOCAB_FORCE, "Avon and Somerset", "avon-and-somerset", 1 },
    { FOI_VOCAB_FORCE, "Devon & Cornwall", "devon-and-cornwall", 1 },
    { FOI_VOCAB_FORCE, "Hampshire Constabulary", "hampshire", 1 },
    { FOI_VOCAB_FORCE, "Hampshire & Isle of Wight Constabulary", "hampshire", 1 },
    { FOI_VOCAB_FORCE, "Dyfed-Powys", "dyfed-powys", 1 },
    { FOI_VOCAB_FORCE, "Heddlu Dyfed-Powys", "dyfed-powys", 1 },
    { FOI_VOCAB_FORCE, "Heddlu Gogledd Cymru", "north-wales", 1 },
    { FOI_VOCAB_FORCE, "Heddlu De Cymru", "south-wales", 1 },
    { FOI_VOCAB_FORCE, "Heddlu Gwent", "gwent", 1 },
    { FOI_VOCAB_FORCE, "BTP", "british-transport", 1 },
    { FOI_VOCAB_FORCE, "MoD Police", "ministry-of-defence", 1 },
    { FOI_VOCAB_FORCE, "CNC", "civil-nuclear", 1 },
    { FOI_VOCAB_FORCE, "PSNI", "psni", 1 },
    { FOI_VOCAB_FORCE, "City of London Police", "city-of-london", 1 },
    { FOI_VOCAB_FORCE, "TVP", "thames-valley", 1 },
    { FOI_VOCAB_FORCE, "WMP", "west-midlands", 1 },
    { FOI_VOCAB_FORCE, "West Mercia", "west-mercia", 1 },
    { FOI_VOCAB_FORCE, "West Midlands", "west-midlands", 1 },
    { FOI_VOCAB_FORCE, "England & Wales", "england-and-wales", 1 },
    { FOI_VOCAB_FORCE, "National", "england-and-wales", 1 },
    { FOI_VOCAB_FORCE, "Police Scotland", "police-scotland", 1 },
    /* regions are not forces */
    { FOI_VOCAB_FORCE, "North West", NULL, 0 },
    { FOI_VOCAB_FORCE, "Yorkshire and the Humber", NULL, 0 },
    { FOI_VOCAB_FORCE, "London", NULL, 0 },
    { FOI_VOCAB_FORCE, "Wales", NULL, 0 },
    { FOI_VOCAB_FORCE, "Eastern", NULL, 0 },
    { FOI_VOCAB_FORCE, "South East", NULL, 0 },
    { FOI_VOCAB_FORCE, "Central Service Secondments", NULL, 0 },
    { FOI_VOCAB_FORCE, "the officer met the victim", NULL, 0 },
};

static void test_match_table(void **state)
{
    const struct foi_taxonomy *t = *state;
    for (size_t i = 0; i < sizeof match_cases / sizeof match_cases[0]; i++) {
        const struct match_case *c = &match_cases[i];
        struct foi_match m;
        memset(&m, 0, sizeof m);
        int r = foi_taxonomy_match(t, c->v, c->label, &m);
        if (!c->id) {
            if (r != 0)
                fail_msg("%s '%s' matched %s, want no match", foi_vocab_name(c->v), c->label, m.id);
            continue;
        }
        if (r != 1 || strcmp(m.id, c->id) != 0 || m.exact != c->exact)
            fail_msg("%s '%s': r=%d id=%s exact=%d, want %s exact=%d", foi_vocab_name(c->v), c->label, r,
                     r > 0 ? m.id : "-", m.exact, c->id, c->exact);
        if (m.at + m.len > strlen(c->label))
            fail_msg("'%s': span %zu+%zu outside the label", c->label, m.at, m.len);
    }
}

static void test_match_span(void **state)
{
    const struct foi_taxonomy *t = *state;
    struct foi_match m;
    const char *label = "Ongoing \xe2\x80\x93 subject on restricted duties";
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, label, &m), 1);
    assert_int_equal(m.len, strlen("restricted duties"));
    assert_memory_equal(label + m.at, "restricted duties", m.len);
    label = "  Avon & Somerset  ";
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_FORCE, label, &m), 1);
    assert_int_equal(m.at, 2);
    assert_int_equal(m.len, strlen("Avon & Somerset"));
    /* exact beats contained, contained scores by length */
    struct foi_match a, b;
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Written warning", &a), 1);
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "A final written warning was given", &b), 1);
    assert_true(a.score > b.score);
    assert_string_equal(b.id, "final_written_warning");
    assert_int_equal(foi_taxonomy_match(NULL, FOI_VOCAB_OUTCOME, "Total", &a), 0);
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, NULL, &a), 0);
    /* a word broken with a hyphen at a narrow header cell's line end, when
     * the label as written matches nothing: located in the label as written */
    label = "Dis-missed";
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, label, &m), 1);
    assert_string_equal(m.id, "dismissed");
    assert_int_equal(m.at, 0);
    assert_int_equal(m.len, strlen(label));
    assert_int_equal(m.exact, 1);
    label = "Still under investi- gation";
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, label, &m), 1);
    assert_string_equal(m.id, "ongoing");
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "With-drawn", &m), 1);
    assert_string_equal(m.id, "withdrawn");
    /* a discontinued investigation is no withdrawal: "Discontinued" alone
     * matches no outcome (kept as written, under other, and reported) */
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Discontinued", &m), 0);
    /* a hyphen before a capital or a digit, or a label that matches as it is, is left alone */
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Dis-Missed", &m), 0);
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Final written warning - reissued", &m), 1);
    assert_string_equal(m.id, "final_written_warning");
    /* words cut short to fit a narrow column, each cut ending in a point:
     * the one alias of as many words they start; whole label located */
    label = "Written warn.";
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, label, &m), 1);
    assert_string_equal(m.id, "written_warning");
    assert_int_equal(m.at, 0);
    assert_int_equal(m.len, strlen(label));
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Reflective pr.", &m), 1);
    assert_string_equal(m.id, "management_action");
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Under invest.", &m), 1);
    assert_string_equal(m.id, "ongoing");
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "No case to ans.", &m), 1);
    assert_string_equal(m.id, "no_case_to_answer");
    /* no point, one letter, or words that start no alias: no match */
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Written warn", &m), 0);
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Written w.", &m), 0);
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Wrist band.", &m), 0);
}

/* Every label in fixtures/responses, with what fixtures/expected.csv implies. */
static const struct match_case fixture_labels[] = {
    /* categories (table rows, CSV cells, headings, prose) */
    { FOI_VOCAB_CATEGORY, "Violence against women and girls (VAWG)", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "Violence against women and girls", "vawg", 1 },
    { FOI_VOCAB_CATEGORY, "Sexual assault", "sexual_assault", 1 },
    { FOI_VOCAB_CATEGORY, "Sexual harassment", "sexual_harassment", 1 },
    { FOI_VOCAB_CATEGORY, "Abuse of position for a sexual purpose", "abuse_of_position_sexual", 1 },
    { FOI_VOCAB_CATEGORY, "Abuse of Position for Sexual Purpose", "abuse_of_position_sexual", 1 },
    { FOI_VOCAB_CATEGORY, "Other sexual misconduct", "sexual_misconduct", 1 },
    { FOI_VOCAB_CATEGORY, "Sexual Misconduct", "sexual_misconduct", 1 },
    { FOI_VOCAB_CATEGORY, "Sexual conduct", "sexual_misconduct", 1 },
    { FOI_VOCAB_CATEGORY, "Domestic abuse", "domestic_abuse", 1 },
    { FOI_VOCAB_CATEGORY, "Discriminatory behaviour", "discriminatory_behaviour", 1 },
    { FOI_VOCAB_CATEGORY, "Discriminatory behaviour (misogyny)", "discriminatory_behaviour", 0 },
    { FOI_VOCAB_CATEGORY, "Allegations of discriminatory behaviour (misogyny or sexism) received between",
      "discriminatory_behaviour", 0 },
    { FOI_VOCAB_CATEGORY, "Sexual assault \xe2\x80\x93 allegations received 1 April 2021 to 31 March 2022",
      "sexual_assault", 0 },
    { FOI_VOCAB_CATEGORY, "Abuse of position for a sexual purpose \xe2\x80\x93 calendar year 2021",
      "abuse_of_position_sexual", 0 },
    { FOI_VOCAB_CATEGORY, "(a) Domestic abuse", "domestic_abuse", 0 },
    /* outcomes: column and row headers */
    { FOI_VOCAB_OUTCOME, "Dismissed (gross misconduct)", "dismissed", 0 },
    { FOI_VOCAB_OUTCOME, "Officer resigned before proceedings concluded", "resigned_or_retired", 0 },
    { FOI_VOCAB_OUTCOME, "Management advice", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "No further action", "no_further_action", 1 },
    { FOI_VOCAB_OUTCOME, "Ongoing\xc2\xa0\xe2\x80\x93 subject on restricted duties", "ongoing", 0 },
    { FOI_VOCAB_OUTCOME, "Total", "total", 1 },
    { FOI_VOCAB_OUTCOME, "Dismissed", "dismissed", 1 },
    { FOI_VOCAB_OUTCOME, "Written warning", "written_warning", 1 },
    { FOI_VOCAB_OUTCOME, "No case to answer", "no_case_to_answer", 1 },
    { FOI_VOCAB_OUTCOME, "Ongoing", "ongoing", 1 },
    { FOI_VOCAB_OUTCOME, "Final written warning", "final_written_warning", 1 },
    { FOI_VOCAB_OUTCOME, "Not upheld", "not_upheld", 1 },
    { FOI_VOCAB_OUTCOME, "Withdrawn", "withdrawn", 1 },
    { FOI_VOCAB_OUTCOME, "Would have been dismissed", "would_have_been_dismissed", 1 },
    { FOI_VOCAB_OUTCOME, "Management action", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Resigned or retired", "resigned_or_retired", 1 },
    { FOI_VOCAB_OUTCOME, "Reflective practice (RPRP)", "management_action", 1 },
    { FOI_VOCAB_OUTCOME, "Upheld", "upheld", 1 },
    { FOI_VOCAB_OUTCOME, "Local resolution", "local_resolution", 1 },
    { FOI_VOCAB_OUTCOME, "Reduction in rank", "reduction_in_rank", 1 },
    { FOI_VOCAB_OUTCOME, "Under Investigation", "ongoing", 1 },
    { FOI_VOCAB_OUTCOME, "No Case to Answer", "no_case_to_answer", 1 },
    { FOI_VOCAB_OUTCOME, "Not Upheld", "not_upheld", 1 },
    { FOI_VOCAB_OUTCOME, "Final Written Warning", "final_written_warning", 1 },
    { FOI_VOCAB_OUTCOME, "Total allegations", "total", 1 },
    /* outcomes in prose clauses (Staffordshire) */
    { FOI_VOCAB_OUTCOME, "one resulted in the dismissal of the officer concerned", "dismissed", 0 },
    { FOI_VOCAB_OUTCOME, "one was dealt with by way of management action", "management_action", 0 },
    { FOI_VOCAB_OUTCOME, "three were found to have no case to answer", "no_case_to_answer", 0 },
    { FOI_VOCAB_OUTCOME, "One allegation was withdrawn by the complainant", "withdrawn", 0 },
    { FOI_VOCAB_OUTCOME, "six were dealt with through the reflective practice review process",
      "management_action", 0 },
    { FOI_VOCAB_OUTCOME, "The remaining three are still under investigation", "ongoing", 0 },
    { FOI_VOCAB_OUTCOME, "closed when the officer retired before misconduct proceedings had concluded",
      "resigned_or_retired", 0 },
    { FOI_VOCAB_OUTCOME, "None of the allegations resulted in a reduction in rank", "reduction_in_rank", 0 },
    { FOI_VOCAB_OUTCOME, "the remaining two are ongoing", "ongoing", 0 },
    /* subjects */
    { FOI_VOCAB_SUBJECT, "Officers", "officers", 1 },
    { FOI_VOCAB_SUBJECT, "Staff", "staff", 1 },
    { FOI_VOCAB_SUBJECT, "Police officers", "officers", 1 },
    { FOI_VOCAB_SUBJECT, "Police staff", "staff", 1 },
    { FOI_VOCAB_SUBJECT, "All employees", "officers_and_staff", 1 },
    { FOI_VOCAB_SUBJECT, "Police Officer", "officers", 1 },
    { FOI_VOCAB_SUBJECT, "Police Staff", "staff", 1 },
    { FOI_VOCAB_SUBJECT, "Table 1 \xe2\x80\x93 Police officers", "officers", 0 },
    { FOI_VOCAB_SUBJECT, "police officers and police staff", "officers_and_staff", 1 },
    { FOI_VOCAB_SUBJECT, "officers and staff", "officers_and_staff", 1 },
    /* measures */
    { FOI_VOCAB_MEASURE, "Number of cases", "cases", 1 },
    { FOI_VOCAB_MEASURE, "Number of Allegations", "allegations", 1 },
    { FOI_VOCAB_MEASURE, "Cases", "cases", 1 },
    { FOI_VOCAB_MEASURE, "Allegations", "allegations", 1 },
    { FOI_VOCAB_MEASURE, "Figures are numbers of complaints", "complaints", 0 },
    { FOI_VOCAB_MEASURE, "Officers and staff subject to", "individuals", 1 },
    { FOI_VOCAB_MEASURE, "Officers subject to misconduct proceedings", "individuals", 1 },
    { FOI_VOCAB_MEASURE, "Individuals investigated for abuse of position", "individuals", 0 },
    /* forces as the documents name themselves */
    { FOI_VOCAB_FORCE, "Lancashire Constabulary", "lancashire", 1 },
    { FOI_VOCAB_FORCE, "Merseyside Police", "merseyside", 1 },
    { FOI_VOCAB_FORCE, "Greater Manchester Police (GMP)", "greater-manchester", 0 },
    { FOI_VOCAB_FORCE, "Metropolitan Police Service (MPS)", "metropolitan", 0 },
    { FOI_VOCAB_FORCE, "Kent Police - Freedom of Information Act 2000", "kent", 0 },
    { FOI_VOCAB_FORCE, "Hampshire & Isle of Wight Constabulary", "hampshire", 1 },
    { FOI_VOCAB_FORCE, "Thames Valley Police", "thames-valley", 1 },
    { FOI_VOCAB_FORCE, "STAFFORDSHIRE POLICE", "staffordshire", 1 },
    { FOI_VOCAB_FORCE, "West Midlands Police", "west-midlands", 1 },
    { FOI_VOCAB_FORCE, "Devon & Cornwall Police", "devon-and-cornwall", 1 },
    /* fixtures/national: a newsroom's pivot table with the press offices' spellings */
    { FOI_VOCAB_FORCE, "South Yorks", "south-yorkshire", 1 },
    { FOI_VOCAB_FORCE, "Hampshire & IOW", "hampshire", 1 },
    { FOI_VOCAB_FORCE, "the Met", "metropolitan", 1 },
    { FOI_VOCAB_FORCE, "GMP", "greater-manchester", 1 },
    { FOI_VOCAB_FORCE, "North Wales Police", "north-wales", 1 },
    { FOI_VOCAB_FORCE, "Cheshire Constabulary", "cheshire", 1 },
    { FOI_VOCAB_FORCE, "England and Wales", "england-and-wales", 1 },
    { FOI_VOCAB_FORCE, "Grand Total", NULL, 0 },
    { FOI_VOCAB_FORCE, "(blank)", NULL, 0 },
};

static void test_fixture_labels(void **state)
{
    const struct foi_taxonomy *t = *state;
    for (size_t i = 0; i < sizeof fixture_labels / sizeof fixture_labels[0]; i++) {
        const struct match_case *c = &fixture_labels[i];
        struct foi_match m;
        int r = foi_taxonomy_match(t, c->v, c->label, &m);
        if (!c->id) {
            if (r != 0)
                fail_msg("fixture %s '%s' matched %s, want none", foi_vocab_name(c->v), c->label, m.id);
            continue;
        }
        if (r != 1 || strcmp(m.id, c->id) != 0 || m.exact != c->exact)
            fail_msg("fixture %s '%s': r=%d id=%s exact=%d, want %s exact=%d", foi_vocab_name(c->v),
                     c->label, r, r > 0 ? m.id : "-", r > 0 ? m.exact : -1, c->id, c->exact);
    }
}

/* The workforce file's force column maps, its region rows do not. */
static void test_workforce_names(void **state)
{
    const struct foi_taxonomy *t = *state;
    static const struct { const char *label, *id; } w[] = {
        { "Cleveland", "cleveland" }, { "Durham", "durham" }, { "Northumbria", "northumbria" },
        { "Greater Manchester", "greater-manchester" }, { "Metropolitan", "metropolitan" },
        { "City of London", "city-of-london" }, { "Avon & Somerset", "avon-and-somerset" },
        { "Devon & Cornwall", "devon-and-cornwall" }, { "Dyfed-Powys", "dyfed-powys" },
        { "North Wales", "north-wales" }, { "South Wales", "south-wales" }, { "Thames Valley", "thames-valley" },
        { "British Transport Police", "british-transport" }, { "Humberside", "humberside" },
        { "North East", NULL }, { "East Midlands", NULL }, { "South West", NULL },
    };
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
        struct foi_match m;
        int r = foi_taxonomy_match(t, FOI_VOCAB_FORCE, w[i].label, &m);
        if (w[i].id ? (r != 1 || strcmp(m.id, w[i].id) != 0 || !m.exact) : r != 0)
            fail_msg("workforce '%s': r=%d %s", w[i].label, r, r > 0 ? m.id : "-");
    }
}

/* ---------------------------------------------------------------- scanning */

static void test_scan(void **state)
{
    const struct foi_taxonomy *t = *state;
    static const struct {
        enum foi_vocab v;
        const char *text;
        const char *ids[6];
    } t_[] = {
        { FOI_VOCAB_OUTCOME, "Of these, one resulted in the dismissal of the officer concerned, one resulted "
          "in a written warning and one was dealt with by way of management action. Four allegations were "
          "not upheld and three were found to have no case to answer. One allegation was withdrawn.",
          { "dismissed", "written_warning", "management_action", "not_upheld", "no_case_to_answer", "withdrawn" } },
        { FOI_VOCAB_OUTCOME, "Two resulted in dismissal and one in a final written warning.",
          { "dismissed", "final_written_warning" } },
        { FOI_VOCAB_CATEGORY, "how many allegations of (a) domestic abuse and (b) abuse of position for a "
          "sexual purpose were made", { "domestic_abuse", "abuse_of_position_sexual" } },
        { FOI_VOCAB_CATEGORY, "allegations of discriminatory behaviour relating to misogyny or sexism",
          { "discriminatory_behaviour", "discriminatory_behaviour", "discriminatory_behaviour" } },
        { FOI_VOCAB_SUBJECT, "broken down by police officers and police staff, with",
          { "officers_and_staff" } },
        { FOI_VOCAB_SUBJECT, "Police officers, then Police staff", { "officers", "staff" } },
        { FOI_VOCAB_FORCE, "foi@staffordshire.police.uk", { "staffordshire" } },
        { FOI_VOCAB_FORCE, "the Information Commissioner, Wycliffe House, Water Lane", { NULL } },
        { FOI_VOCAB_OUTCOME, "", { NULL } },
    };
    for (size_t i = 0; i < sizeof t_ / sizeof t_[0]; i++) {
        struct foi_match ms[8];
        int n = foi_taxonomy_scan(t, t_[i].v, t_[i].text, ms, 8);
        int want = 0;
        while (want < 6 && t_[i].ids[want])
            want++;
        if (n != want)
            fail_msg("scan #%zu: %d matches, want %d", i, n, want);
        for (int k = 0; k < n; k++) {
            if (strcmp(ms[k].id, t_[i].ids[k]) != 0)
                fail_msg("scan #%zu match %d: %s, want %s", i, k, ms[k].id, t_[i].ids[k]);
            if (k > 0 && ms[k].at < ms[k - 1].at + ms[k - 1].len)
                fail_msg("scan #%zu: matches overlap or are out of order", i);
        }
    }
    /* spans point into the original text, also past the on-stack fold buffer */
    {
        const char *txt = "Of these, one resulted in the dismissal of the officer concerned, and after a long "
                          "account of the proceedings that followed over several months, one \xe2\x80\x98" "final "
                          "written warning\xe2\x80\x99" " &amp; one reflective practice review process.";
        struct foi_match mm[4];
        int k = foi_taxonomy_scan(t, FOI_VOCAB_OUTCOME, txt, mm, 4);
        assert_int_equal(k, 3);
        assert_memory_equal(txt + mm[0].at, "dismissal", mm[0].len);
        assert_int_equal(mm[1].len, strlen("final written warning"));
        assert_memory_equal(txt + mm[1].at, "final written warning", mm[1].len);
        assert_memory_equal(txt + mm[2].at, "reflective practice review process", mm[2].len);
        assert_string_equal(mm[2].id, "management_action");
    }
    /* several vocabularies of one text folded once: what each scan alone gives */
    for (size_t i = 0; i < sizeof t_ / sizeof t_[0]; i++) {
        static const enum foi_vocab vis[4] = { FOI_VOCAB_CATEGORY, FOI_VOCAB_SUBJECT, FOI_VOCAB_OUTCOME,
                                               FOI_VOCAB_FORCE };
        struct foi_match m0[8], m1[8], m2[8], m3[8], one[8];
        struct foi_match *const mv[4] = { m0, m1, m2, m3 };
        int counts[4] = { -1, -1, -1, -1 };
        assert_int_equal(foi_taxonomy_scan_each(t, t_[i].text, 4, vis, mv, 8, counts), 0);
        for (int v = 0; v < 4; v++) {
            int n1 = foi_taxonomy_scan(t, vis[v], t_[i].text, one, 8);
            if (counts[v] != n1)
                fail_msg("scan_each #%zu vocabulary %d: %d matches, alone %d", i, v, counts[v], n1);
            for (int k = 0; k < n1; k++)
                if (strcmp(mv[v][k].id, one[k].id) || mv[v][k].at != one[k].at || mv[v][k].len != one[k].len ||
                    mv[v][k].exact != one[k].exact || mv[v][k].score != one[k].score)
                    fail_msg("scan_each #%zu vocabulary %d match %d differs from the scan alone", i, v, k);
        }
    }
    /* max caps the count; the earliest mentions are kept */
    struct foi_match ms[2];
    int n = foi_taxonomy_scan(t, FOI_VOCAB_OUTCOME, "Dismissed, written warning, not upheld, withdrawn", ms, 2);
    assert_int_equal(n, 2);
    assert_string_equal(ms[0].id, "dismissed");
    assert_string_equal(ms[1].id, "written_warning");
    assert_int_equal(foi_taxonomy_scan(t, FOI_VOCAB_OUTCOME, "Dismissed", ms, 0), 0);
}

/* A label naming several categories joined as one figure: the ids it joins;
 * one category qualified by others, or labels set side by side, join none;
 * foi_norm_label reads a joined label as "other". */
static void test_joined(void **state)
{
    const struct foi_taxonomy *t = *state;
    static const struct {
        const char *label;
        const char *ids[4];
    } t_[] = {
        { "Sexual offences (sexual assault and sexual harassment)", { "sexual_assault", "sexual_harassment" } },
        { "Sexual assault / sexual harassment", { "sexual_assault", "sexual_harassment" } },
        { "Sexual violence (sexual assault or sexual harassment)", { "sexual_assault", "sexual_harassment" } },
        { "Sexual misconduct, sexual harassment & abuse of position for a sexual purpose",
          { "sexual_misconduct", "sexual_harassment", "abuse_of_position_sexual" } },
        { "Sexual assault (including rape) and sexual harassment", { "sexual_assault", "sexual_harassment" } },
        { "Sexual assault and of sexual harassment", { "sexual_assault", "sexual_harassment" } },
        /* one category: the others only qualify it, or it is one id twice */
        { "Sexual harassment (including sexual assault)", { NULL } },
        { "Sexual misconduct excluding sexual harassment", { NULL } },
        { "Sexual misconduct (other than sexual assault or sexual harassment)", { NULL } },
        { "Rape and sexual assault", { NULL } },
        { "Misogyny / sexism", { NULL } },
        { "Violence against women and girls (VAWG)", { NULL } },
        /* side by side, not joined */
        { "Sexual misconduct: sexual harassment", { NULL } },
        { "Sexual misconduct \xe2\x80\x93 sexual harassment", { NULL } },
        { "Other and sexual harassment", { NULL } },
        { "", { NULL } },
    };
    for (size_t i = 0; i < sizeof t_ / sizeof t_[0]; i++) {
        const char *ids[4];
        int n = foi_taxonomy_joined(t, FOI_VOCAB_CATEGORY, t_[i].label, ids, 4);
        int want = 0;
        while (want < 4 && t_[i].ids[want])
            want++;
        if (n != want)
            fail_msg("joined #%zu '%s': %d ids, want %d", i, t_[i].label, n, want);
        for (int k = 0; k < n; k++)
            if (strcmp(ids[k], t_[i].ids[k]))
                fail_msg("joined #%zu id %d: %s, want %s", i, k, ids[k], t_[i].ids[k]);
    }
    assert_string_equal(foi_norm_label(t, FOI_VOCAB_CATEGORY, "Sexual offences (sexual assault and sexual harassment)"),
                        "other");
    assert_string_equal(foi_norm_label(t, FOI_VOCAB_CATEGORY, "Sexual assault (including rape)"), "sexual_assault");
    assert_string_equal(foi_norm_label(t, FOI_VOCAB_CATEGORY, "Sexual offences"), "sexual_assault");
    const char *ids[4];
    assert_int_equal(foi_taxonomy_joined(t, FOI_VOCAB_CATEGORY, NULL, ids, 4), 0);
}

static void test_force_clue(void **state)
{
    const struct foi_taxonomy *t = *state;
    static const struct { const char *text, *id; } c[] = {
        { "Email: foi@staffordshire.police.uk", "staffordshire" },
        { "Email: foi@devonandcornwall.pnn.police.uk", "devon-and-cornwall" },
        { "foi@west-midlands.police.uk", "west-midlands" },
        { "see https://www.met.police.uk/foi-ai/", "metropolitan" },
        { "FOI@KENT.POLICE.UK", "kent" },
        { "Reference: 01.FOI.22.024648", "metropolitan" },
        { "Request HC/FOI/2022/00789", "hampshire" },
        { "first foi@gmp.police.uk then foi@kent.police.uk", "greater-manchester" },
        { "www.ico.org.uk", NULL },
        { "foi@notmet.police.uk", NULL },
        { "foi@met.police.uk.example.com", NULL },
        { "", NULL },
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        struct foi_match m;
        int r = foi_taxonomy_force_clue(t, c[i].text, &m);
        if (c[i].id ? (r != 1 || strcmp(m.id, c[i].id) != 0) : r != 0)
            fail_msg("clue '%s': r=%d %s, want %s", c[i].text, r, r > 0 ? m.id : "-", c[i].id ? c[i].id : "none");
    }
}

/* ---------------------------------------------------------------- user directories */

static char tmpdir[256];

static void write_file(const char *dir, const char *name, const char *content)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(content, 1, strlen(content), f), strlen(content));
    assert_int_equal(fclose(f), 0);
}

static void clear_dir(const char *dir)
{
    for (int v = 0; v < FOI_VOCAB_COUNT; v++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, foi_vocab_file((enum foi_vocab)v));
        unlink(path);
    }
}

static int user_setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/foi-tax-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int user_teardown(void **state)
{
    (void)state;
    clear_dir(tmpdir);
    rmdir(tmpdir);
    return 0;
}

static void test_user_dir(void **state)
{
    (void)state;
    clear_dir(tmpdir);
    write_file(tmpdir, "outcomes.tsv",
               "# teach foi two labels\n"
               "\n"
               "management_action\talias\tLearning from reflection\r\n"
               "upheld\talias\tProven\n"                /* as shipped (a pattern): harmless */
               "other\talias\tNo further action\n");    /* re-point a shipped alias */
    write_file(tmpdir, "forces.tsv",
               "isle-of-man\tname\tIsle of Man Constabulary\n"
               "isle-of-man\talias\tIoM Police\n"
               "isle-of-man\tdomain\tiompolice.im\n");
    struct foi_taxonomy *t = NULL;
    struct foi_err err = { 0 };
    int rc = foi_taxonomy_load(&t, SHIPPED, tmpdir, &err);
    if (rc)
        fail_msg("user dir: %s: %s", err.locator, err.message);
    struct foi_match m;
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "Learning from reflection", &m), 1);
    assert_string_equal(m.id, "management_action");
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "No further action", &m), 1);
    assert_string_equal(m.id, "other");
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "NFA", &m), 1);
    assert_string_equal(m.id, "no_further_action");
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_FORCE, "IoM Police", &m), 1);
    assert_string_equal(m.id, "isle-of-man");
    assert_string_equal(foi_taxonomy_id_at(t, FOI_VOCAB_FORCE, 49), "isle-of-man");
    assert_int_equal(foi_taxonomy_force_clue(t, "foi@iompolice.im", &m), 1);
    assert_string_equal(m.id, "isle-of-man");
    /* the user's files change the digest */
    struct foi_taxonomy *s = load_shipped();
    assert_string_not_equal(foi_taxonomy_digest(s), foi_taxonomy_digest(t));
    foi_taxonomy_free(s);
    foi_taxonomy_free(t);

    /* an empty user directory changes nothing */
    clear_dir(tmpdir);
    assert_int_equal(foi_taxonomy_load(&t, SHIPPED, tmpdir, &err), 0);
    s = load_shipped();
    assert_string_equal(foi_taxonomy_digest(s), foi_taxonomy_digest(t));
    foi_taxonomy_free(s);
    foi_taxonomy_free(t);
}

/* A user alias of the same length as a shipped one wins the tie. */
static void test_user_wins_ties(void **state)
{
    (void)state;
    clear_dir(tmpdir);
    write_file(tmpdir, "categories.tsv", "other\tre\t^sexual assault$\n");
    struct foi_taxonomy *t = NULL;
    struct foi_err err = { 0 };
    assert_int_equal(foi_taxonomy_load(&t, SHIPPED, tmpdir, &err), 0);
    struct foi_match m;
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_CATEGORY, "Sexual Assault", &m), 1);
    assert_string_equal(m.id, "other");
    foi_taxonomy_free(t);
}

static void test_user_errors(void **state)
{
    (void)state;
    static const struct { const char *file, *content; int code; const char *loc_suffix, *msg; } e[] = {
        { "outcomes.tsv", "# ok\ntotal\talias\tAll figures\ntotal\tnickname\tSum\n", FOI_EPARSE,
          "outcomes.tsv:3", "unknown kind 'nickname'" },
        { "outcomes.tsv", "total alias Sum\n", FOI_EPARSE, "outcomes.tsv:1", "missing tab" },
        { "outcomes.tsv", "total\talias Sum\n", FOI_EPARSE, "outcomes.tsv:1", "missing tab after the kind" },
        { "categories.tsv", "\n\nother\tre\t(unclosed\n", FOI_EREGEX, "categories.tsv:3", "bad regular expression" },
        { "outcomes.tsv", "total\tname\tEverything\n", FOI_EPARSE, "outcomes.tsv:1", "defined twice" },
        { "categories.tsv", "stalking\talias\tStalking\n", FOI_EPARSE, "categories.tsv:1", "unknown category 'stalking'" },
        { "subjects.tsv", "volunteers\talias\tVolunteers\n", FOI_EPARSE, "subjects.tsv:1", "unknown subject" },
        { "categories.tsv", "other\tdomain\texample.com\n", FOI_EPARSE, "categories.tsv:1", "only allowed in forces.tsv" },
        { "forces.tsv", "isle-of-man\talias\tIoM\n", FOI_EPARSE, "forces.tsv:1", "has no name line" },
        { "forces.tsv", "Isle Of Man\tname\tIoM\n", FOI_EPARSE, "forces.tsv:1", "bad id" },
        { "forces.tsv", "kent\tdomain\tnot a domain\n", FOI_EPARSE, "forces.tsv:1", "bad domain" },
        { "forces.tsv", "kent\talias\t---\n", FOI_EPARSE, "forces.tsv:1", "no letters or digits" },
        { "forces.tsv", "kent\talias\t\n", FOI_EPARSE, "forces.tsv:1", "empty text" },
        { "outcomes.tsv", "total\talias\tSum\xff\n", FOI_EENCODING, "outcomes.tsv:1", "UTF-8" },
        { "outcomes.tsv", "total\talias\tAll of it\nother\talias\tAll of it\n", FOI_EPARSE, "outcomes.tsv:2",
          "already maps to 'total'" },
    };
    for (size_t i = 0; i < sizeof e / sizeof e[0]; i++) {
        clear_dir(tmpdir);
        write_file(tmpdir, e[i].file, e[i].content);
        struct foi_taxonomy *t = (struct foi_taxonomy *)&e;   /* must be reset to NULL */
        struct foi_err err = { 0 };
        int rc = foi_taxonomy_load(&t, SHIPPED, tmpdir, &err);
        assert_null(t);
        if (rc != e[i].code || err.code != e[i].code)
            fail_msg("case %zu: rc=%d, want %d (%s: %s)", i, rc, e[i].code, err.locator, err.message);
        size_t ll = strlen(err.locator), sl = strlen(e[i].loc_suffix);
        if (ll < sl || strcmp(err.locator + ll - sl, e[i].loc_suffix) != 0)
            fail_msg("case %zu: locator '%s', want ...'%s'", i, err.locator, e[i].loc_suffix);
        if (!strstr(err.message, e[i].msg) || !strstr(err.message, e[i].loc_suffix))
            fail_msg("case %zu: message '%s' lacks '%s' or '%s'", i, err.message, e[i].msg, e[i].loc_suffix);
    }
    /* a user directory that does not exist, a shipped directory without its files */
    struct foi_taxonomy *t = NULL;
    struct foi_err err = { 0 };
    assert_int_equal(foi_taxonomy_load(&t, SHIPPED, "/nonexistent/foi-taxonomy", &err), FOI_EIO);
    assert_null(t);
    foi_err_clear(&err);
    clear_dir(tmpdir);
    assert_int_equal(foi_taxonomy_load(&t, tmpdir, NULL, &err), FOI_EIO);
    assert_non_null(strstr(err.message, "missing"));
    assert_null(t);
}

/* A pathological pattern hits the match limit: an error, never "no match". */
static void test_regex_limit(void **state)
{
    (void)state;
    clear_dir(tmpdir);
    write_file(tmpdir, "outcomes.tsv", "other\tre\t^(a|aa)+$\n");
    struct foi_taxonomy *t = NULL;
    struct foi_err err = { 0 };
    assert_int_equal(foi_taxonomy_load(&t, SHIPPED, tmpdir, &err), 0);
    char label[160];
    memset(label, 'a', 120);
    strcpy(label + 120, "b");
    struct foi_match m;
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, label, &m), -FOI_EREGEX);
    struct foi_match ms[4];
    assert_int_equal(foi_taxonomy_scan(t, FOI_VOCAB_OUTCOME, label, ms, 4), -FOI_EREGEX);
    /* a short label still matches */
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, "aaaa", &m), 1);
    assert_string_equal(m.id, "other");
    foi_taxonomy_free(t);
}

static void test_default_dir(void **state)
{
    (void)state;
    const char *old = getenv("FOI_TAXONOMY_DIR");
    char saved[512] = "";
    if (old)
        snprintf(saved, sizeof saved, "%s", old);
    unsetenv("FOI_TAXONOMY_DIR");
    assert_string_equal(foi_taxonomy_default_dir(), SHIPPED);
    setenv("FOI_TAXONOMY_DIR", "/somewhere/else", 1);
    assert_string_equal(foi_taxonomy_default_dir(), "/somewhere/else");
    setenv("FOI_TAXONOMY_DIR", "", 1);
    assert_string_equal(foi_taxonomy_default_dir(), SHIPPED);
    if (old)
        setenv("FOI_TAXONOMY_DIR", saved, 1);
    else
        unsetenv("FOI_TAXONOMY_DIR");
}

/* Fail every allocation in turn: a clean FOI_ENOMEM, nothing leaked. */
static void test_alloc_faults(void **state)
{
    (void)state;
    foi_alloc_fail_after(0);
    struct foi_taxonomy *t = NULL;
    struct foi_err err = { 0 };
    long before = foi_alloc_count();
    assert_int_equal(foi_taxonomy_load(&t, SHIPPED, NULL, &err), 0);
    long need = foi_alloc_count() - before;
    foi_taxonomy_free(t);
    assert_true(need > 10);
    /* every early failure, then a sample of the later ones */
    for (long n = 1; n <= need; n += n < 200 ? 1 : 37) {
        foi_err_clear(&err);
        t = NULL;
        foi_alloc_fail_after(n);
        int rc = foi_taxonomy_load(&t, SHIPPED, NULL, &err);
        foi_alloc_fail_after(0);
        if (rc == 0) {
            foi_taxonomy_free(t);
            continue;
        }
        if (rc != FOI_ENOMEM || t)
            fail_msg("failing allocation %ld: rc=%d (%s)", n, rc, err.message);
    }
    /* matching and scanning under failure */
    t = load_shipped();
    char long_label[3000];
    memset(long_label, 'x', sizeof long_label - 1);
    long_label[sizeof long_label - 1] = 0;
    struct foi_match m, ms[4];
    foi_alloc_fail_after(1);
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, long_label, &m), -FOI_ENOMEM);
    assert_int_equal(foi_taxonomy_scan(t, FOI_VOCAB_OUTCOME, "Dismissed", ms, 4), -FOI_ENOMEM);
    foi_alloc_fail_after(0);
    assert_int_equal(foi_taxonomy_match(t, FOI_VOCAB_OUTCOME, long_label, &m), 0);
    foi_taxonomy_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_vocabularies_match_spec, setup, teardown),
        cmocka_unit_test_setup_teardown(test_names_and_aliases, setup, teardown),
        cmocka_unit_test(test_fold),
        cmocka_unit_test_setup_teardown(test_welsh_labels, setup, teardown),
        cmocka_unit_test_setup_teardown(test_match_table, setup, teardown),
        cmocka_unit_test_setup_teardown(test_match_span, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fixture_labels, setup, teardown),
        cmocka_unit_test_setup_teardown(test_workforce_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scan, setup, teardown),
        cmocka_unit_test_setup_teardown(test_joined, setup, teardown),
        cmocka_unit_test_setup_teardown(test_force_clue, setup, teardown),
        cmocka_unit_test_setup_teardown(test_user_dir, user_setup, user_teardown),
        cmocka_unit_test_setup_teardown(test_user_wins_ties, user_setup, user_teardown),
        cmocka_unit_test_setup_teardown(test_user_errors, user_setup, user_teardown),
        cmocka_unit_test_setup_teardown(test_regex_limit, user_setup, user_teardown),
        cmocka_unit_test(test_default_dir),
        cmocka_unit_test(test_alloc_faults),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
