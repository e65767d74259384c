/* engine_request.c: where things are in a letter or disclosure page: the
 * request (quoted, restated, numbered questions), the force's answer, and
 * the boilerplate around it (rights, the ICO, caveats, exemption reasoning,
 * signature); the reference and the notes defining suppressed cells. Only
 * the answer gives figures (docs/letters.md). */
#include "engine_letter.h"
#include "../normalize/figure.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- helpers */
static int starts_ci(const char *s, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i < n; i++)
        if (!s[i] || tolower((unsigned char)s[i]) != tolower((unsigned char)prefix[i]))
            return 0;
    return 1;
}

static const char *skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* Does the lower-cased text hold any of the phrases? *which gets the first
 * of the list it holds. */
static int any_of(const char *lower, const char *const *phrases, const char **which)
{
    struct foi_pairs ps;
    foi_pairs_of(&ps, lower);
    for (int i = 0; phrases[i]; i++)
        if (foi_pairs_may_hold(&ps, phrases[i]) && strstr(lower, phrases[i])) {
            if (which)
                *which = phrases[i];
            return 1;
        }
    return 0;
}

/* "Your request (FOI 2026-02231)": a heading's reference number in
 * brackets at its end, a digit in it, is no part of its words; the length
 * of the text before it (n when there is none). */
static size_t without_reference(const char *t, size_t n)
{
    if (n < 4 || t[n - 1] != ')')
        return n;
    size_t open = n - 1;
    while (open > 0 && t[open - 1] != '(' && t[open - 1] != ')')
        open--;
    if (open == 0 || t[open - 1] != '(')
        return n;
    int digit = 0;
    for (size_t i = open; i < n - 1; i++)
        digit |= isdigit((unsigned char)t[i]) != 0;
    size_t m = open - 1;
    while (m && t[m - 1] == ' ')
        m--;
    return digit && m ? m : n;
}

/* "Freedom of Information Request 004512/2026, received 24 November 2026":
 * a heading naming a request by its reference and the day it came in
 * introduces it, as "Request" does; a reference alone ("Freedom of
 * Information Request Reference No: 0412-24") is the letter's subject line,
 * not this. */
static int request_received(const char *t, size_t n)
{
    static const char *const names[] = { "freedom of information request", "foi request", "request for information",
                                         "information request", NULL };
    const char *end = t + n;
    const char *p = NULL;
    for (int i = 0; names[i] && !p; i++)
        if (starts_ci(t, names[i]))
            p = t + strlen(names[i]);
    if (!p || p >= end || *p != ' ')
        return 0;
    while (p < end && *p == ' ')
        p++;
    /* the reference: one token with a digit in it */
    const char *r = p;
    int digit = 0;
    while (p < end && *p != ' ' && *p != ',') {
        digit |= isdigit((unsigned char)*p) != 0;
        p++;
    }
    if (!digit || p == r)
        return 0;
    if (p < end && *p == ',')
        p++;
    while (p < end && *p == ' ')
        p++;
    return (size_t)(end - p) > 9 && starts_ci(p, "received ");
}

/* text without trailing punctuation and spaces equals one of the forms */
static int heading_part_is(const char *t, size_t n, const char *const *forms)
{
    while (n && (*t == ' '))
        t++, n--;
    while (n && (t[n - 1] == ':' || t[n - 1] == ' ' || t[n - 1] == '.'))
        n--;
    n = without_reference(t, n);
    for (int i = 0; forms[i]; i++)
        if (strlen(forms[i]) == n && starts_ci(t, forms[i]))
            return 1;
    return 0;
}

/* A heading of one of the forms; a bilingual one ("Cais / Request", "Ymateb
 * / Response") when one of its halves, parted by " / ", is. */
static int heading_is(const char *text, const char *const *forms)
{
    const char *t = skip_ws(text);
    size_t n = strlen(t);
    if (heading_part_is(t, n, forms))
        return 1;
    if (n > 80)
        return 0;
    const char *p = t;
    for (const char *q = strstr(p, " / "); q; p = q + 3, q = strstr(p, " / ")) {
        if (heading_part_is(p, (size_t)(q - p), forms))
            return 1;
        const char *r = strstr(q + 3, " / ");
        if (heading_part_is(q + 3, r ? (size_t)(r - q - 3) : strlen(q + 3), forms))
            return 1;
    }
    return 0;
}

/* Headings after which a letter no longer gives figures (rights, review,
 * signature). Structural words of the letter, not vocabulary. */
int eng_is_stop_heading(const char *text)
{
    const char *t = skip_ws(text);
    static const char *const stops[] = {
        "complaint rights", "your rights", "right of appeal", "rights of appeal",
        "internal review", "yours sincerely", "yours faithfully", "reasons for decision",
        "advice and assistance", "information commissioner", "right to complain",
        "right to request a review", "how to complain", "complaints procedure", "appeal",
        "public interest test", "copyright", "re-use", "reuse", "disclaimer", "related",
        "kind regards", "exemption", "harm test", "evidence of harm", "section 17",
        NULL
    };
    for (int i = 0; stops[i]; i++)
        if (starts_ci(t, stops[i]))
            return 1;
    /* "Your right to complain", "How to request a review" */
    if (strlen(t) < 60 && (foi_strcasestr(t, "complain") || foi_strcasestr(t, "your right") ||
                           foi_strcasestr(t, "internal review") || foi_strcasestr(t, "appeal")))
        return 1;
    /* "SECTION 40(2) - PERSONAL INFORMATION", "Section 12 - cost": the reasoning
     * behind an exemption */
    if (starts_ci(t, "section ") || starts_ci(t, "s.") || (t[0] == 's' && isdigit((unsigned char)t[1]))) {
        char ex[16];
        if (foi_value_find_exemption(t, ex, sizeof ex) == 0 && strlen(t) < 80)
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------ phrases */
static const char *const request_headings[] = {
    "request", "your request", "request for information", "the request", "information requested",
    "requested information", "your question", "your questions", "questions", "request details",
    "details of request", "details of your request", "what you asked", "what you asked for",
    "you asked", "your request for information", "the information requested", NULL
};
static const char *const response_headings[] = {
    "response", "our response", "the response", "response to your request", "answer", "answers",
    "our answer", "reply", "our reply", "decision", "our decision", "disclosure",
    "information disclosed", "information provided", "information released", "outcome",
    "response and disclosure", "force response", "responses", "in response", "our answers",
    "our response to your request", "revised response", "amended response", "corrected response",
    "updated response", "revised reply", NULL
};

/* The requester's words follow ("you asked:"). */
static const char *const leadins[] = {
    "you asked", "you have asked", "you requested", "you have requested", "your request was",
    "your request read", "your request is as follows", "your request stated", "you wrote",
    "asked for the following", "asking for the following", "requested the following",
    "request for the following", "in which you asked", "you made the following request",
    "your questions were", "your request asked", "you sought", "you asked for",
    "the following questions", "your request reads", "you seek access to", "you seek",
    "seeking the following", "you have stated", "you stated", NULL
};
/* The force answers. */
static const char *const response_cues[] = {
    "i can confirm", "we can confirm", "i am able to confirm", "we are able to confirm",
    "i am able to provide", "we are able to provide", "i am able to disclose", "we are able to disclose",
    "i can provide", "we can provide", "is able to confirm", "can confirm that", "please find below",
    "please see below", "please find attached", "please see attached", "please find enclosed",
    "find attached", "as follows", "in response to your request", "in response to your question",
    "in answer to your", "searches were conducted", "completed its search", "completed their search",
    "completed our search", "does hold", "do hold", "does not hold", "do not hold", "is not held",
    "are not held", "neither confirm", "would exceed", "exceed the appropriate limit",
    "exceeds the appropriate limit", "exceed the cost limit", "exceeds the cost limit",
    "the information is held", "information is provided", "is shown below", "are shown below",
    "is provided below", "are provided below", "set out below", "can be found below",
    "the answers to your", "our response", "i have set out", "we have set out", "the data you requested",
    "the information you requested is", "is attached", "are attached", "holds the information",
    "hold the information", "holds this information", "holds information", "holds the data",
    "can provide the following", "i can advise", "we can advise", "i am able to advise",
    "is held in part", "are held in part", NULL
};
/* Boilerplate: rights, the ICO, release and copyright, caveats on the
 * data, public-interest and harm reasoning, the law behind exemptions. */
static const char *const boiler_cues[] = {
    "internal review", "information commissioner", "wycliffe house", "wilmslow", "ico.org.uk",
    "right to complain", "complaint rights", "dissatisfied", "unhappy with", "not satisfied with",
    "section 50", "world at large", "copyright", "re-use", "open government licence",
    "every effort", "as accurate as possible", "time of extraction", "were extracted from",
    "was extracted from", "reflects the position", "reflect the position", "live system",
    "subject to change", "may differ from", "should not be compared", "data quality",
    "public interest", "factors favouring", "harm test", "prejudice test", "qualified exemption",
    "absolute exemption", "exemption is absolute", "section 1(1)", "refusal notice",
    "appropriate limit is set", "appropriate limit and fees", "per hour", "data protection principles",
    "personal data", "likely to identify", "could identify", "would identify", "section 16",
    "advice and assistance", "for further information", "if you have any queries", "if you have any questions",
    "thank you for your request", "thank you for your email", "thank you for your enquiry",
    "have been dealt with under", "has been dealt with under", "has been handled under",
    "have been handled under", "has been considered under", NULL
};
static const char *const signoffs[] = {
    "yours sincerely", "yours faithfully", "kind regards", "best regards", "with regards",
    "many thanks", "regards,", NULL
};

int eng_is_boiler_text(const char *text, const char **why)
{
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    const char *l = foi_ascii_lower(&lb, text);
    int r = l && any_of(l, boiler_cues, why);
    foi_buf_release(&lb);
    return r;
}

int eng_restates_request(const char *s)
{
    static const char *const cues[] = {
        "you asked", "you have asked", "you requested", "you have requested", "your request",
        "you wish to know", "you would like to know", "you want to know", "you quote", "you quoted",
        "you cite", "you refer", "you mention", "your email", "your letter", "your question", NULL
    };
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    const char *l = foi_ascii_lower(&lb, s);
    int r = l && any_of(l, cues, NULL);
    foi_buf_release(&lb);
    return r;
}

int eng_is_question(const char *text)
{
    const char *t = skip_ws(text);
    /* "Request received 1 December 2026. For the financial years ...,
     * please tell me ...": the day it came in, then the request */
    if (starts_ci(t, "request received ") || starts_ci(t, "request dated ") || starts_ci(t, "date received:") ||
        starts_ci(t, "request received:")) {
        const char *e = strstr(t, ". ");
        if (e && e - t <= 60)
            return eng_is_question(e + 2);
    }
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '"' || t[n - 1] == '\'' ||
                 (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
                  ((unsigned char)t[n - 1] == 0x9D || (unsigned char)t[n - 1] == 0x99))))
        n -= (t[n - 1] == ' ' || t[n - 1] == '"' || t[n - 1] == '\'') ? 1 : 3;
    if (n && t[n - 1] == '?')
        return 1;
    /* a quoted question's opening quote */
    if (*t == '"' || *t == '\'')
        t++;
    else if ((unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
             ((unsigned char)t[2] == 0x9C || (unsigned char)t[2] == 0x98))
        t += 3;
    static const char *const asks[] = {
        "how many", "please provide", "please tell", "please state", "please confirm", "please supply",
        "please give", "please send", "please can you", "please could you", "please list",
        "please break", "please include", "please advise", "can you", "could you", "would you",
        "i would like", "i request", "i am requesting", "i would be grateful", "provide the number",
        "how much", "how often", "provide details", NULL
    };
    for (int i = 0; asks[i]; i++)
        if (starts_ci(t, asks[i]))
            return 1;
    /* the ask after an opening phrase of time ("For the last five years,
     * please provide ...", "In 2023, how many ...") */
    static const char *const opens[] = { "for ", "in ", "between ", "during ", "over ", "since ", "from ", NULL };
    int time_phrase = 0;
    for (int i = 0; opens[i] && !time_phrase; i++)
        time_phrase = starts_ci(t, opens[i]);
    /* the phrase may list its years ("For each of the financial years
     * 2023/24, 2024/25 and 2025/26, and for 2026/27 to date (...), please
     * tell me ..."): the ask after any of its first commas */
    const char *comma = time_phrase ? strchr(t, ',') : NULL;
    for (int k = 0; comma && comma - t <= 240 && k < 6; k++, comma = strchr(comma + 1, ',')) {
        const char *r = skip_ws(comma + 1);
        for (int i = 0; asks[i]; i++)
            if (starts_ci(r, asks[i]))
                return 1;
    }
    return 0;
}

/* ------------------------------------------------------------ markers */
static int is_roman(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != 'i' && s[i] != 'v' && s[i] != 'x')
            return 0;
    return n > 0;
}

int eng_qmark(const char *s, char id[8], const char **rest)
{
    const char *p = skip_ws(s);
    /* markup printed as text ("<b>Q1a</b> How many ..."): the mark's
     * emphasis, not the mark */
    int tagged = 0;
    if (starts_ci(p, "<b>") || starts_ci(p, "<strong>")) {
        p = strchr(p, '>') + 1;
        tagged = 1;
    }
    /* a quoted list of questions: "1) ..." */
    if (*p == '"' || *p == '\'')
        p++;
    else if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
             ((unsigned char)p[2] == 0x9C || (unsigned char)p[2] == 0x98))
        p += 3;
    int kind = 0;
    const char *num = NULL;
    size_t k = 0;
    id[0] = 0;
    if ((starts_ci(p, "request ") || starts_ci(p, "request no")) &&
        (isdigit((unsigned char)p[8]) || starts_ci(p + 7, " no"))) {
        p += 7;
        if (starts_ci(p, " no.")) p += 4;
        else if (starts_ci(p, " no")) p += 3;
        kind = 'q';
    } else if (starts_ci(p, "question ") || starts_ci(p, "question no")) {
        p += 8;
        if (starts_ci(p, " no.")) p += 4;
        else if (starts_ci(p, " no")) p += 3;
        kind = 'q';
    } else if ((p[0] == 'Q' || p[0] == 'q') && (isdigit((unsigned char)p[1]) ||
               ((p[1] == '.' || p[1] == ' ') && isdigit((unsigned char)p[2])))) {
        p += 1;
        kind = 'q';
    } else if (starts_ci(p, "answer to question ") || starts_ci(p, "response to question ") ||
               starts_ci(p, "reply to question ")) {
        p = strchr(p, ' ');
        p = strstr(p, "uestion ") + 8;
        kind = 'a';
    } else if (starts_ci(p, "answer ") || starts_ci(p, "response ")) {
        const char *q = strchr(p, ' ') + 1;
        if (!isdigit((unsigned char)*q))
            return 0;
        p = q;
        kind = 'a';
    } else if ((p[0] == 'A' || p[0] == 'a') && (isdigit((unsigned char)p[1]) ||
               (p[1] == '.' && isdigit((unsigned char)p[2])))) {
        p += 1;
        kind = 'a';
    }
    if (kind) {
        while (*p == '.' || *p == ' ')
            p++;
        if (!isdigit((unsigned char)*p))
            return 0;
        num = p;
        while (isdigit((unsigned char)num[k]) && k < 3)
            k++;
        if (isdigit((unsigned char)num[k]))
            return 0;
        /* "Q1a", "Q1(a)" */
        size_t j = k;
        if (isalpha((unsigned char)num[j]) && !isalpha((unsigned char)num[j + 1]))
            j++;
        else if (num[j] == '(' && isalpha((unsigned char)num[j + 1]) && num[j + 2] == ')')
            j += 3;
        p = num + j;
        snprintf(id, 8, "%.*s", (int)k, num);
        if (j > k) {
            size_t l = strlen(id);
            id[l] = (char)tolower((unsigned char)(num[k] == '(' ? num[k + 1] : num[k]));
            id[l + 1] = 0;
        }
    } else {
        /* "1.", "1)", "(1)", "1:", "1 -", "(a)", "a)", "(iv)" */
        int paren = *p == '(';
        const char *q = p + paren;
        if (isdigit((unsigned char)*q)) {
            while (isdigit((unsigned char)q[k]) && k < 3)
                k++;
            if (isdigit((unsigned char)q[k]))
                return 0;
        } else if (isalpha((unsigned char)*q)) {
            while (islower((unsigned char)q[k]) && k < 4)
                k++;
            if (k > 1 && !is_roman(q, k))
                return 0;
            if (k == 0)
                return 0;
        } else {
            return 0;
        }
        const char *e = q + k;
        if (paren) {
            if (*e != ')')
                return 0;
            e++;
        } else if (*e == ')' || (*e == '.' && !isdigit((unsigned char)e[1])) ||
                   (*e == ':' && !isdigit((unsigned char)e[1]))) {
            e++;
        } else if (isdigit((unsigned char)*q) && *e == ' ' &&
                   (e[1] == '-' || (!strncmp(e + 1, "\xe2\x80\x93", 3)))) {
            /* "1 - ..." */
        } else {
            return 0;
        }
        if (*e != ' ' && *e != '\t' && *e && *e != '-')
            return 0;
        snprintf(id, 8, "%.*s", (int)k, q);
        for (char *x = id; *x; x++)
            *x = (char)tolower((unsigned char)*x);
        p = e;
        kind = 'n';
    }
    /* separators after the marker */
    if (tagged && (starts_ci(p, "</b>") || starts_ci(p, "</strong>")))
        p = strchr(p, '>') + 1;
    for (;;) {
        p = skip_ws(p);
        if (*p == '.' || *p == ':' || *p == ')' || *p == '-' || *p == ',')
            p++;
        else if (!strncmp(p, "\xe2\x80\x93", 3) || !strncmp(p, "\xe2\x80\x94", 3))
            p += 3;
        else
            break;
    }
    if (rest)
        *rest = p;
    return kind;
}

/* "Request:" / "Response:" / "Answer:" opening a block. */
static int inline_label(const char *text, const char **rest)
{
    static const char *const req[] = { "request:", "your request:", "question:", "request -",
                                       "the request:", NULL };
    static const char *const resp[] = { "response:", "answer:", "reply:", "our response:", "response -",
                                        "answer -", "a:", NULL };
    const char *t = skip_ws(text);
    for (int i = 0; req[i]; i++)
        if (starts_ci(t, req[i])) {
            *rest = skip_ws(t + strlen(req[i]));
            return 'q';
        }
    for (int i = 0; resp[i]; i++)
        if (starts_ci(t, resp[i])) {
            *rest = skip_ws(t + strlen(resp[i]));
            return 'a';
        }
    return 0;
}

/* A line that is only an answer label: "Answer", "Response:", "Our answer". */
static int line_label(const char *line)
{
    static const char *const forms[] = { "answer", "response", "reply", "our answer", "our response", NULL };
    return heading_is(line, forms);
}

/* Whether a quotation is still open after the text, given whether one was
 * open before it: a straight double quote opens or closes, a curly opening
 * mark opens, a curly closing mark closes. */
static int quote_after(int open, const char *t)
{
    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        if (*p == '"')
            open = !open;
        else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9C)
            open = 1;
        else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9D)
            open = 0;
    }
    return open;
}

/* "'BCH total' adds the three forces together", "“Reflective practice”
 * includes ...": a sentence about a term the document quotes, not a
 * quotation. The quote opening at t closes within a few words (no question
 * mark, no sentence end inside) and the sentence goes on after it in
 * lower case. */
static int quoted_term(const char *t)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t open = *t == '"' || *t == '\'' ? 1 : 3;
    const char *p = t + open;
    int words = 1;
    for (size_t n = 0; *p && n < 48; p++, n++) {
        const unsigned char *q = (const unsigned char *)p;
        int close = (*t == '"' && *p == '"') || (*t == '\'' && *p == '\'' && !isalpha((unsigned char)p[1])) ||
                    (u[0] == 0xE2 && q[0] == 0xE2 && q[1] == 0x80 && (q[2] == 0x9D || q[2] == 0x99));
        if (close) {
            if (p == t + open)
                return 0;
            const char *a = p + (*p == '"' || *p == '\'' ? 1 : 3);
            return *a == ' ' && islower((unsigned char)a[1]) && words <= 5;
        }
        if (*p == '?' || *p == '.' || *p == ':' || *p == ';')
            return 0;
        words += *p == ' ';
    }
    return 0;
}

static int starts_quoted(const char *t)
{
    t = skip_ws(t);
    const unsigned char *u = (const unsigned char *)t;
    int q = *t == '"' || (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x98)) ||
            (*t == '\'' && isalpha((unsigned char)t[1]));
    return q && !quoted_term(t);
}

/* ------------------------------------------------------------ the reference */
static pcre2_code *re_ref, *re_ref2, *re_ref3;

static pcre2_code *compile(const char *pat)
{
    int e;
    PCRE2_SIZE off;
    return pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, PCRE2_CASELESS | PCRE2_UTF, &e, &off, NULL);
}

/* First capture group of re in s, into the arena; NULL when none. */
static const char *capture(struct ectx *c, pcre2_code *re, const char *s)
{
    if (!re)
        return NULL;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    if (!md)
        return NULL;
    const char *res = NULL;
    int r = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL);
    if (r >= 2) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        res = foi_arena_strndup(&c->arena, s + ov[2], ov[3] - ov[2]);
    }
    pcre2_match_data_free(md);
    return res;
}

void eng_find_ref(struct ectx *c)
{
    if (!re_ref)
        re_ref = compile("\\b(?:our\\s+ref(?:erence)?|request\\s+reference(?:\\s+number)?|reference(?:\\s+(?:number|no\\.?))?|ref\\.?\\s*no\\.?)\\s*[:.\\x{2013}-]?\\s*((?:FOI\\s*)?[A-Z0-9][A-Z0-9./-]*[0-9])");
    if (!re_ref2)
        re_ref2 = compile("((?:\\bFOI\\s+[0-9][0-9/.-]*[0-9])|(?:\\b[A-Z]{2,}/FOI/[0-9]{4}/[0-9]+)|(?:\\b[0-9]{2}\\.FOI\\.[0-9]{2}\\.[0-9]+))");
    const struct foi_doc *doc = c->doc;
    for (int i = 0; i < doc->nlines && i < 80 && !c->request_ref; i++) {
        const char *t = doc->lines[i].text;
        c->request_ref = capture(c, re_ref, t);
        if (!c->request_ref && i + 1 < doc->nlines) {
            /* <dt>Reference number</dt><dd>FOI 2023/00567</dd> */
            const char *s = skip_ws(t);
            if ((starts_ci(s, "reference") || starts_ci(s, "our ref")) && strlen(s) < 24) {
                char buf[256];
                snprintf(buf, sizeof buf, "Reference: %s", doc->lines[i + 1].text);
                c->request_ref = capture(c, re_ref, buf);
            }
        }
    }
    for (int i = 0; i < doc->nlines && i < 80 && !c->request_ref; i++)
        c->request_ref = capture(c, re_ref2, doc->lines[i].text);
    if (!c->request_ref && doc->title)
        c->request_ref = capture(c, re_ref2, doc->title);
    /* "Freedom of Information request 0455/24, responded to on ...": the
     * number after the words for the request, when it has a separator and
     * is no period ("request 2023/24" would be a year) */
    if (!re_ref3)
        re_ref3 = compile("\\b(?:freedom\\s+of\\s+information|FOI|information)\\s+request\\s+"
                          "(?:(?:no\\.?|number|ref(?:erence)?)\\s*)?[:.\\x{2013}-]?\\s*"
                          "([A-Z]{0,4}[0-9]+[/.-][A-Z0-9./-]*[0-9])");
    for (int i = 0; i < doc->nlines && i < 80 && !c->request_ref; i++) {
        const char *r = capture(c, re_ref3, doc->lines[i].text);
        struct foi_period_ctx pc = {0};
        struct foi_period p;
        if (r && !(foi_period_parse(r, &pc, &p) == 1 && p.resolved))
            c->request_ref = r;
    }
}

/* ------------------------------------------------------------ notes */
/* "Figures are numbers of complaints", "the figures relate to cases": the
 * words right after, up to a clause break, say what the figures count. t
 * and l (t lowered) are one line or paragraph. */
static void statement_of_measure(struct ectx *c, const char *t, const char *l)
{
    /* every reading below is of "figures ..." or "table(s) ...": a line
     * with neither says nothing of the measure */
    if (c->statement_measure || (!strstr(l, "figures ") && !strstr(l, "table") && !strstr(l, "each ")))
        return;
    const char *fp = NULL;
    /* "Each line gives the total number of allegations of that type ...":
     * what each line (row, item) of a list of figures counts */
    static const char *const units[] = { "each line ", "each row ", "each item ", "each entry ", NULL };
    static const char *const gives[] = { "gives the total number of ", "gives the number of ",
                                         "shows the total number of ", "shows the number of ",
                                         "sets out the number of ", NULL };
    for (int u = 0; units[u] && !fp; u++) {
        const char *e = strstr(l, units[u]);
        if (!e)
            continue;
        e += strlen(units[u]);
        for (int g = 0; gives[g] && !fp; g++)
            if (!strncmp(e, gives[g], strlen(gives[g])))
                fp = e + strlen(gives[g]);
    }
    static const char *const says[] = { "figures are ", "figures show ", "figures relate to ",
                                        "figures count ", "figures given are ", "figures represent ",
                                        "table below shows the number of ", "table shows the number of ",
                                        "tables below show the number of ", "tables show the number of ",
                                        "table below sets out the number of ", NULL };
    for (int k = 0; says[k] && !fp; k++)
        if ((fp = strstr(l, says[k])) != NULL)
            fp += strlen(says[k]);
    /* "The tables below are for police officers; they count allegations.":
     * the table's sentence says what it counts with "count(s)" after the
     * table or a pronoun for it (round 46b, blind46 Dyfed-Powys) */
    for (const char *tb = strstr(l, "table"); tb && !fp; tb = strstr(tb + 5, "table")) {
        static const char *const verbs[] = { " they count ", " it counts ", " tables count ", " table counts ",
                                             " below count ", " below counts ", " which count ",
                                             " which counts ", NULL };
        const char *stop = strstr(tb, ". ");
        for (int k = 0; verbs[k] && !fp; k++) {
            const char *v = strstr(tb - (tb > l), verbs[k]);
            if (v && (!stop || v < stop))
                fp = v + strlen(verbs[k]);
        }
    }
    /* a word or two may come between: "the figures below are therefore
     * numbers of cases", "the figures in this table are" */
    for (const char *f = strstr(l, "figures "); f && !fp; f = strstr(f + 8, "figures ")) {
        const char *v = strstr(f + 8, " are ");
        const char *stop = strpbrk(f + 8, ".;:");
        /* "the figures in Table B1 are numbers of police officers": what
         * one numbered table counts (engine_table.c pointer_dims reads it
         * for that table), not every figure of the letter */
        int one_table = 0;
        for (const char *tb = strstr(f + 8, "table "); v && tb && tb < v && !one_table; tb = strstr(tb + 6, "table "))
            one_table = isdigit((unsigned char)tb[6]) || (isalpha((unsigned char)tb[6]) && isdigit((unsigned char)tb[7]));
        if (v && v - (f + 8) <= 20 && (!stop || v < stop) && !one_table) {
            fp = v + 5;
            if (!strncmp(fp, "therefore ", 10))
                fp += 10;
        }
    }
    if (!c->statement_measure && fp) {
        size_t off = (size_t)(fp - l), n = 0;
        while (fp[n] && n < 60 && !strchr(".,;:()", fp[n]) && strncmp(fp + n, " and ", 5) &&
               strncmp(fp + n, " may ", 5) && strncmp(fp + n, " which ", 7))
            n++;
        const char *span = foi_arena_strndup(&c->arena, t + off, n);
        struct textdims td;
        eng_textdims(c, span ? span : "", &td);
        if (td.measure) {
            c->statement_measure = td.measure;
        } else if (span) {
            /* "the number of officers (not allegations)": people counted */
            const char *subj;
            const char *q = foi_arena_printf(&c->arena, "number of %s", span);
            const char *m = q ? eng_counted_noun(c, q, &subj) : NULL;
            if (m)
                c->statement_measure = m;
        }
    }
}

/* A note explaining cells marked "NCND" ("NCND: Dorset Police neither
 * confirms nor denies ... section 40(5B) of the Act applies", or a sentence
 * of the answer that says so without the mark): the
 * confirm-or-deny subsections it cites, which such a cell's row then
 * carries. Two notes citing different ones leave it to no note. */
static void ncnd_note(struct ectx *c, const char *t, const char *l)
{
    /* the note may not name the mark: "South Wales Police neither confirms
     * nor denies whether it holds ... (section 40(5) of the Act)" beside a
     * table of "NCND" cells says the same (round 48a) */
    if (!strstr(l, "neither confirm") || !foi_value_is_ncnd(t))
        return;
    char all[64], ex[32] = "";
    if (foi_value_find_exemptions(t, all, sizeof all) != 0)
        return;
    eng_ncnd_sections(all, ex, sizeof ex);
    if (!ex[0])
        return;
    if (c->ncnd_notes++ && strcmp(c->ncnd_exemption, ex))
        c->ncnd_exemption[0] = 0;   /* notes that disagree: none is the cells' */
    else if (c->ncnd_notes == 1)
        snprintf(c->ncnd_exemption, sizeof c->ncnd_exemption, "%s", ex);
}

/* A line of a key opening with the mark it explains ("<3 = one or two
 * allegations, not shown ...", "Note: 5 or fewer means ..."): the mark, a
 * withheld figure's notation, then a verb that defines it. */
static int legend_line(const char *t)
{
    const char *s = skip_ws(t);
    static const char *const leads[] = { "note:", "notes:", "key:", "legend:", "nb:", "n.b.", NULL };
    for (int k = 0; leads[k]; k++)
        if (starts_ci(s, leads[k])) {
            s = skip_ws(s + strlen(leads[k]));
            break;
        }
    static const char *const verbs[] = { " = ", " means ", " denotes ", " indicates ", " represents ",
                                         " stands for ", " is used for ", ": ", NULL };
    /* the mark: a few characters up to the verb ("<3", "5 or fewer", "*") */
    for (int v = 0; verbs[v]; v++) {
        const char *at = strstr(s, verbs[v]);
        if (!at || at == s || at - s > 12)
            continue;
        char mark[16];
        size_t n = (size_t)(at - s);
        memcpy(mark, s, n);
        mark[n] = 0;
        struct foi_value mv;
        if (foi_value_parse(mark, &mv) == 0 && mv.status == FOI_VS_SUPPRESSED)
            return 1;
    }
    return 0;
}

/* A note saying the range a withheld figure lies in with its lower bound
 * ("<3 means one or two allegations", "cells showing '5 or fewer' contain a
 * number from one to five", "fewer than three but more than zero"):
 * narrower than the notation's own reading (0..2, 0..5), it is the cells'
 * range (decisions.md, round 19's ruling and round 31). Only where the
 * notation the note explains ends where the range ends ("<3" and "one or
 * two"); a note that says only the bound ("<3 = fewer than three") leaves
 * 0. */
static void defined_range_note(struct ectx *c, const char *t, const char *l, int footish)
{
    int64_t dlo, dhi, nlo, nhi;
    /* a note about small numbers kept back, or a key's line for the mark
     * (asked first: reading a range is dear, and this runs on every line) */
    if (!footish && !strstr(l, "not shown") && !strstr(l, "not disclosed") && !strstr(l, "40(2)") &&
        !legend_line(t))
        return;
    if (foi_value_defined_range(t, NULL, &dlo, &dhi) != 0 || dlo < 1)
        return;
    if (foi_value_suppressed_bounds(t, &nlo, &nhi) != 0 || nhi != dhi || nlo >= dlo)
        return;
    if (c->supp_has && (c->supp_max != dhi || c->supp_min >= dlo))
        return;   /* the first note stands, unless this one narrows it */
    c->supp_has = 1;
    c->supp_min = dlo;
    c->supp_max = dhi;
    if (!c->supp_exemption[0] && (strstr(l, "40(2)") || strstr(l, "section 40")))
        snprintf(c->supp_exemption, sizeof c->supp_exemption, "s40(2)");
}

/* A note saying which exemption the letter cites and what a suppressed cell
 * means ("* fewer than five, withheld under section 40(2)"). */
static void suppression_notes(struct ectx *c, const char *t, const char *l, int footnote)
{
    const char *s = skip_ws(t);
    ncnd_note(c, t, l);
    /* exemptions the letter cites */
    if (!c->doc_exemption[0] && (strstr(l, "40(2)") || strstr(l, "section 40")))
        snprintf(c->doc_exemption, sizeof c->doc_exemption, "s40(2)");
    /* footnotes defining suppressed cells */
    int footish = footnote || *s == '*' ||
                  starts_ci(s, "\xe2\x80\xa0") || strstr(l, "asterisk") ||
                  strstr(l, "suppress") || strstr(l, "withheld") || strstr(l, "replaced with") ||
                  strstr(l, "replaced by") || strstr(l, "redacted") ||
                  /* "Where a figure is fewer than five it has not been given ...;
                   * it is exempt under section 38(1)(b)" */
                  strstr(l, "not been given") || strstr(l, "not given") || strstr(l, "exempt under");
    /* the section a note on small numbers cites ("... replaced with '<5'.
     * Those figures are exempt under section 38(1)(b) of the Act"): the
     * exemption of suppressed cells, whichever Act (FOISA's personal
     * information is section 38(1)(b)) */
    if (footish && !c->supp_exemption[0] &&
        (strstr(l, "fewer than") || strstr(l, "less than") || strstr(l, "between") || strstr(l, "under 5") ||
         strstr(l, "under five") || strstr(l, "<5") || strstr(l, "small number") || strstr(l, "low number"))) {
        char ex[16];
        if (foi_value_find_exemption(t, ex, sizeof ex) == 0 && strcmp(ex, "s12") && strcmp(ex, "s14") &&
            strncmp(ex, "s21", 3))
            snprintf(c->supp_exemption, sizeof c->supp_exemption, "%s", ex);
    }
    /* "* One to four officers. Numbers this small are not given ...
     * (section 40(2))": a small range said with "to" in a note that says
     * such figures are kept back */
    int small_range = 0, worded = 0;
    if (footish && !c->supp_has) {   /* (read only where they can count) */
        small_range = *s == '*' && (strstr(l, " to ") || strstr(l, "-")) &&
                      (strstr(l, "not given") || strstr(l, "withheld") || strstr(l, "suppress") ||
                       strstr(l, "redact") || strstr(l, "not disclosed") || strstr(l, "40(2)"));
        worded = strstr(l, "fewer than") || strstr(l, "less than") || strstr(l, "between 1 and") ||
                 strstr(l, "between one and") || strstr(l, "under 5") || strstr(l, "under five");
    }
    if (footish && !c->supp_has && (worded || small_range)) {
        int64_t lo, hi;
        if (foi_value_suppressed_bounds(t, &lo, &hi) == 0 && (worded || (lo >= 0 && hi <= 10 && lo <= hi))) {
            c->supp_has = 1;
            c->supp_min = lo;
            c->supp_max = hi;
            if (strstr(l, "40(2)") || strstr(l, "section 40"))
                snprintf(c->supp_exemption, sizeof c->supp_exemption, "s40(2)");
        }
    }
    /* "† One or two allegations. Numbers this small are withheld under
     * section 40(2)": a symbol's note giving the small range in words, with
     * its lower bound, where such figures are kept back */
    if (footish && !c->supp_has) {
        size_t ml = *s == '*' || *s == '#' ? 1 : (starts_ci(s, "\xe2\x80\xa0") || starts_ci(s, "\xe2\x80\xa1")) ? 3 : 0;
        int kept = strstr(l, "not given") || strstr(l, "withheld") || strstr(l, "suppress") || strstr(l, "redact") ||
                   strstr(l, "not disclosed") || strstr(l, "not shown") || strstr(l, "40(2)");
        int64_t lo, hi;
        char mark[4];
        if (ml && kept && ml < sizeof mark) {
            memcpy(mark, s, ml);
            mark[ml] = 0;
            while (ml > 1 && s[ml] == *s && *s == '*')
                ml++;   /* "**" */
            if (foi_value_defined_range(skip_ws(s + ml), mark, &lo, &hi) == 0 && lo >= 1 && lo <= hi && hi <= 10) {
                c->supp_has = 1;
                c->supp_min = lo;
                c->supp_max = hi;
                if (strstr(l, "40(2)") || strstr(l, "section 40"))
                    snprintf(c->supp_exemption, sizeof c->supp_exemption, "s40(2)");
            }
        }
    }
    defined_range_note(c, t, l, footish);
}

void eng_find_notes(struct ectx *c)
{
    const struct foi_doc *doc = c->doc;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    for (int i = 0; i < doc->nlines; i++) {
        const char *t = doc->lines[i].text;
        /* the line lowered once, then searched for every phrase */
        const char *l = foi_ascii_lower(&lb, t);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        suppression_notes(c, t, l, (doc->lines[i].flags & FOI_LINE_FOOTNOTE) != 0);
        statement_of_measure(c, t, l);
        /* what the period counts by */
        if (!c->date_basis) {
            if (strstr(l, "finalised in") || strstr(l, "date of finalisation") ||
                strstr(l, "were finalised between") || strstr(l, "concluded in"))
                c->date_basis = "finalised";
            else if (strstr(l, "were recorded") || strstr(l, "was recorded") ||
                     strstr(l, "of recording") || strstr(l, "recorded by the") ||
                     strstr(l, "received between") || strstr(l, "allegations received") ||
                     strstr(l, "date they were recorded") || strstr(l, "recorded between"))
                c->date_basis = "received";
        }
    }
    /* notes written in a table's cells (a spreadsheet's cover sheet: "Notes
     * | <5 means fewer than five ... withheld under section 40(2)") */
    for (int k = 0; k < doc->ntables && !c->rc; k++) {
        const struct foi_table *tb = &doc->tables[k];
        for (int r = 0; r < tb->nrows; r++)
            for (int col = 0; col < tb->ncols; col++) {
                const char *t = foi_table_cell(tb, r, col)->text;
                if (strlen(t) < 40 || !strchr(t, ' '))
                    continue;
                const char *l = foi_ascii_lower(&lb, t);
                if (!l) {
                    c->rc = FOI_ENOMEM;
                    break;
                }
                suppression_notes(c, t, l, 0);
            }
    }
    /* a statement or a note wrapped over lines ("the figures in the
     * spreadsheet are numbers of" / "complaints, not allegations"): read in
     * its paragraph */
    for (int i = 0; c->lt && i < c->lt->nb && !c->rc; i++) {
        const struct eng_block *b = &c->lt->b[i];
        if (b->last == b->first || b->zone == ZN_REQUEST)
            continue;
        const char *l = foi_ascii_lower(&lb, b->text);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        statement_of_measure(c, b->text, l);
        if (!c->supp_exemption[0] || !c->supp_has)
            suppression_notes(c, b->text, l, (b->flags & FOI_LINE_FOOTNOTE) != 0);
        else
            defined_range_note(c, b->text, l, 0);   /* "~: fewer than four, ... could identify" /
                                                       "the officer concerned": the range read whole */
    }
    foi_buf_release(&lb);
    if (!c->date_basis)
        c->date_basis = "unknown";
}

/* ------------------------------------------------------------ blocks */
static int text_table_line(const struct ectx *c, int idx)
{
    if (c->doc->format != FOI_FMT_TEXT)
        return 0;
    int no = c->doc->lines[idx].no;
    for (int i = 0; i < c->doc->ntables; i++) {
        const struct foi_table *t = &c->doc->tables[i];
        if (t->first_line > 0 && no >= t->first_line && no <= t->last_line)
            return 1;
    }
    return 0;
}

/* A wrapped text line that starts a new item all the same: "Q2. ...",
 * "A1 - 20", or "2. ..." after a line that ends a sentence or a question. */
static int marker_line(const char *line, const char *prev)
{
    char id[8];
    const char *rest;
    int k = eng_qmark(line, id, &rest);
    size_t n = strlen(prev);
    char last = n ? prev[n - 1] : 0;
    int ends = last == '?' || last == '.' || last == ':' || last == ';';
    if (k == 'q' || k == 'a') {
        /* "no case to" / "answer 1, under investigation 1": a spelled-out
         * marker word in lower case after a line that ends no sentence is
         * the sentence going on, not "Answer 1" */
        const char *w = skip_ws(line);
        return !(islower((unsigned char)w[0]) && isalpha((unsigned char)w[1]) && !ends);
    }
    if (k != 'n')
        return 0;
    /* "... 2024:" / "2. Staff, ...": a list after a colon starts at 1; a
     * higher number right after it is the sentence's value going on */
    if (last == ':' && atoi(id) > 1)
        return 0;
    return ends;
}

/* PDF lines seldom come with blank lines between paragraphs: a paragraph
 * ends at a line that ends a sentence and falls short of the measure, or at
 * a line far shorter than it */
static int pdf_para_end(const char *prev, int measure)
{
    size_t n = strlen(prev);
    char last = n ? prev[n - 1] : 0;
    /* a short line (a letterhead, a salutation, a heading) ends one too, and
     * so does the end of a quotation (the request) */
    if (last == '"' || (n >= 3 && !strcmp(prev + n - 3, "\xe2\x80\x9d")))
        return 1;
    return ((last == '.' || last == ':' || last == '?' || last == '!' || last == ',') &&
            (int)n < measure * 4 / 5) || (int)n < measure * 3 / 5;
}

/* "Q1. Sexual harassment" or "Question 3 - Domestic abuse" on a line of its
 * own above the answer's paragraph, with no blank line between: a heading
 * (a few words and no digit after the marker, no sentence end, the next line
 * opening a sentence), not the first line of a wrapped paragraph. */
static int marker_heading(const char *line, const char *next)
{
    char id[8];
    const char *rest;
    int k = eng_qmark(line, id, &rest);
    if (!k || !*rest || eng_is_question(rest))
        return 0;
    int words = 1;
    for (const char *p = rest; *p; p++) {
        if (isdigit((unsigned char)*p))
            return 0;
        words += *p == ' ';
    }
    size_t n = strlen(rest);
    while (n && rest[n - 1] == ' ')
        n--;
    char last = n ? rest[n - 1] : 0;
    if (words > 8 || last == '.' || last == ',' || last == ';' || last == '?' || last == ':')
        return 0;
    const char *nx = skip_ws(next);
    return isupper((unsigned char)*nx) || (unsigned char)*nx >= 0xC0;
}

/* "... how many allegations of (1) sexual assault," / "(2) sexual harassment
 * and (3) ...": a line that goes on with the inline items of the line before
 * (which a PDF reader may take for a list item) is the same paragraph. */
static int continues_items(const char *prev, const char *line)
{
    size_t n = strlen(prev);
    while (n && prev[n - 1] == ' ')
        n--;
    if (!n || strchr(".?:;!", prev[n - 1]))
        return 0;
    const char *t = skip_ws(line);
    if (t[0] != '(' || !isalnum((unsigned char)t[1]) || t[2] != ')')
        return 0;
    /* the last "(x)" of the line before is the item before this one */
    char last = 0;
    for (const char *p = prev; (p = strchr(p, '(')) != NULL; p++)
        if (isalnum((unsigned char)p[1]) && p[2] == ')' && (p == prev || p[-1] == ' '))
            last = p[1];
    return last && t[1] == last + 1;
}

/* An e-mail's quoted line ("> Please tell me ...", ">> ..."): the text after
 * its quotation marks, *depth how many there are (0: not quoted). Only text
 * files quote so. */
static const char *unquote(const struct ectx *c, const char *t, int *depth)
{
    *depth = 0;
    if (c->doc->format != FOI_FMT_TEXT)
        return t;
    const char *p = skip_ws(t);
    if (*p != '>')
        return t;
    while (*p == '>') {
        (*depth)++;
        p = skip_ws(p + 1);
    }
    return p;
}

/* A PDF line the reader took for a paragraph's start that goes on with the
 * sentence of the line before: it opens with a small letter after a line that
 * ends no sentence ("... Three resulted in" / "dismissal, and in one further
 * case ..."), on the same page. A paragraph never opens in mid-sentence. */
static int pdf_continues(const struct foi_doc *doc, int j)
{
    if (doc->format != FOI_FMT_PDF || j <= 0 || doc->lines[j].page != doc->lines[j - 1].page ||
        (doc->lines[j].flags & (FOI_LINE_HEADING | FOI_LINE_BULLET | FOI_LINE_TITLE)) ||
        (doc->lines[j - 1].flags & (FOI_LINE_HEADING | FOI_LINE_TITLE)))
        return 0;
    const char *t = skip_ws(doc->lines[j].text);
    const char *p = doc->lines[j - 1].text;
    size_t n = strlen(p);
    while (n && p[n - 1] == ' ')
        n--;
    return *t >= 'a' && *t <= 'z' && n && !strchr(".?!:;", p[n - 1]);
}

/* "Dismissed: 3", "Written warning \u2013 2": a line that is one item of a
 * list, a label and its count after a separator. */
static int item_line(struct ectx *c, const char *t)
{
    t = skip_ws(t);
    if (strlen(t) >= 100 || !isalpha((unsigned char)*t))
        return 0;
    static const char *const seps[] = { ": ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", "\t", NULL };
    const char *best = NULL;
    size_t bl = 0;
    for (int i = 0; seps[i]; i++)
        for (const char *p = strstr(t, seps[i]); p; p = strstr(p + 1, seps[i]))
            if (!best || p > best)
                best = p, bl = strlen(seps[i]);
    if (!best)
        return 0;
    /* "CEN/2023/4410): sexual harassment: 9; sexual assault: 4;": a line
     * of a list wrapped mid-sentence, its label several clauses, is no item
     * of its own */
    for (const char *p = t; p < best; p++)
        if (*p == ';')
            return 0;
    const char *v = skip_ws(best + bl);
    char buf[24];
    size_t n = strlen(v);
    while (n && (v[n - 1] == '.' || v[n - 1] == ';' || v[n - 1] == ' '))
        n--;
    /* "Sexual misconduct: 14 (officers 11, staff 3)": the count before a
     * bracket that closes the line, its parts in the bracket */
    if (n && v[n - 1] == ')') {
        const char *o = memchr(v, '(', n);
        if (o && o > v && o[-1] == ' ' && !memchr(o + 1, '(', (size_t)(v + n - o - 1))) {
            n = (size_t)(o - v);
            while (n && v[n - 1] == ' ')
                n--;
        }
    }
    if (!n || n >= sizeof buf)
        return 0;
    memcpy(buf, v, n);
    buf[n] = 0;
    int digits = 0;   /* a year or a date is no count ("Date: 27 June 2023") */
    for (size_t i = 0; i < n; i++) {
        digits = isdigit((unsigned char)buf[i]) ? digits + 1 : 0;
        if (digits >= 4 || (!digits && isalpha((unsigned char)buf[i]) && i && buf[i - 1] == ' ' &&
                            isdigit((unsigned char)buf[0])))
            return 0;
    }
    struct foi_value val;
    return eng_value(c, buf, &val) == 0 && val.status != FOI_VS_NONE && val.status != FOI_VS_REFUSED &&
           val.status != FOI_VS_NCND && val.status != FOI_VS_NOT_HELD;
}

/* Does line j start an item of a list written line by line, with no marks
 * ("The outcomes were:" / "Dismissed: 3" / "Resigned: 2")? It is then no
 * continuation of the line above, or the list would be read as one sentence
 * and each count paired with the label after it. */
static int starts_item(struct ectx *c, int j)
{
    const struct foi_doc *doc = c->doc;
    if (j <= 0 || !item_line(c, doc->lines[j].text))
        return 0;
    const char *p = doc->lines[j - 1].text;
    size_t n = strlen(p);
    while (n && p[n - 1] == ' ')
        n--;
    return (n && p[n - 1] == ':') || item_line(c, p) ||
           (j + 1 < doc->nlines && item_line(c, doc->lines[j + 1].text));
}

/* Does line j follow an item of a list written line by line ("Officers,
 * sexual harassment: 2022: 15; 2023: 18; 2024: 21." over "Staff, sexual
 * assault: 2022: nil; ..." wrapped)? The item ended with its line. */
static int after_item(struct ectx *c, int j)
{
    return j > 0 && item_line(c, c->doc->lines[j - 1].text) &&
           (j < 2 || item_line(c, c->doc->lines[j - 2].text) || starts_item(c, j - 1));
}

/* A line of a web page's list item after a <br> in it: a bullet line that
 * starts no paragraph, after a line of the same item. It goes on with the
 * item's sentence. */
static int br_in_item(const struct foi_doc *doc, int j)
{
    return doc->format == FOI_FMT_HTML && j > 0 && (doc->lines[j].flags & FOI_LINE_BULLET) &&
           !(doc->lines[j].flags & (FOI_LINE_PARA_START | FOI_LINE_HEADING | FOI_LINE_TITLE)) &&
           (doc->lines[j - 1].flags & FOI_LINE_BULLET);
}

/* "Sexual assault - dismissed 1, would have been dismissed 0, ...": a line
 * opening with a category's name and a separator, figures after it: one
 * record of a list written a category a line. */
static int category_item_line(struct ectx *c, const char *t)
{
    t = skip_ws(t);
    if (!isalpha((unsigned char)*t))
        return 0;
    static const char *const seps[] = { ": ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };
    const char *best = NULL;
    for (int i = 0; seps[i]; i++) {
        const char *p = strstr(t, seps[i]);
        if (p && (!best || p < best))
            best = p;
    }
    if (!best || best - t > 80)
        return 0;
    int digit = 0;
    for (const char *p = best; *p && !digit; p++)
        digit = isdigit((unsigned char)*p);
    if (!digit)
        return 0;
    const char *lab = foi_arena_strndup(&c->arena, t, (size_t)(best - t));
    struct foi_match m;
    return lab && foi_taxonomy_match(c->tax, FOI_VOCAB_CATEGORY, lab, &m) > 0 && m.exact && strcmp(m.id, "other");
}

/* Does line j go on a list of such records, the line before one as well?
 * It is a record of its own, not the sentence of the line above: joined,
 * the last count of one line would read as a count of the category that
 * opens the next ("... under investigation 7 Sexual misconduct - dismissed
 * 0": 7 dismissed for sexual misconduct). */
static int next_category_item(struct ectx *c, int j)
{
    return j > 0 && category_item_line(c, c->doc->lines[j].text) && category_item_line(c, c->doc->lines[j - 1].text);
}

static int build_blocks(struct ectx *c, struct eng_letter *L)
{
    const struct foi_doc *doc = c->doc;
    /* a paragraph's lines are one block: wrapped text, a PDF's lines, and
     * the lines a <br> (a Word line break) splits a paragraph into: a
     * statement is read in its sentence, not its line */
    int join = doc->format == FOI_FMT_TEXT || doc->format == FOI_FMT_PDF || doc->format == FOI_FMT_HTML ||
               doc->format == FOI_FMT_DOCX || doc->format == FOI_FMT_ODT || doc->format == FOI_FMT_RTF;
    int measure = 0;   /* the longest line: a full line of a paragraph */
    for (int i = 0; doc->format == FOI_FMT_PDF && i < doc->nlines; i++)
        if ((int)strlen(doc->lines[i].text) > measure)
            measure = (int)strlen(doc->lines[i].text);
    L->b = foi_arena_alloc(&c->arena, sizeof *L->b * (size_t)(doc->nlines ? doc->nlines : 1));
    if (!L->b)
        return c->rc = FOI_ENOMEM;
    struct foi_buf b;
    foi_buf_init(&b, 1 << 22);
    for (int i = 0; i < doc->nlines && !c->rc;) {
        const struct foi_line *l = &doc->lines[i];
        int depth, jd;
        const char *lt = unquote(c, l->text, &depth);
        if (!lt[0] || text_table_line(c, i)) {
            i++;
            continue;
        }
        int j = i + 1;
        unsigned extra = 0;
        if (depth) {
            /* a quoted message: its lines join while they stay quoted as
             * deep and a line with only its marks ends the paragraph */
            while (j < doc->nlines && !text_table_line(c, j) && *unquote(c, doc->lines[j].text, &jd) &&
                   jd == depth &&
                   !marker_line(unquote(c, doc->lines[j].text, &jd), unquote(c, doc->lines[j - 1].text, &jd)))
                j++;
        } else if (join && !(l->flags & FOI_LINE_HEADING) && j < doc->nlines && doc->lines[j].text[0] &&
            !text_table_line(c, j) && marker_heading(l->text, doc->lines[j].text))
            extra = FOI_LINE_HEADING;
        else if (join && !(l->flags & FOI_LINE_HEADING)) {
            while (j < doc->nlines && doc->lines[j].text[0] && !text_table_line(c, j) &&
                   (unquote(c, doc->lines[j].text, &jd), jd == 0) &&
                   ((!(doc->lines[j].flags & FOI_LINE_HEADING) &&
                     continues_items(doc->lines[j - 1].text, doc->lines[j].text)) ||
                    pdf_continues(doc, j) ||
                    br_in_item(doc, j) ||
                    (!(doc->lines[j].flags & (FOI_LINE_HEADING | FOI_LINE_BULLET | FOI_LINE_PARA_START |
                                              FOI_LINE_TITLE)) &&
                     !marker_line(doc->lines[j].text, doc->lines[j - 1].text) && !starts_item(c, j) &&
                     !after_item(c, j) && !next_category_item(c, j) &&
                     !(doc->format == FOI_FMT_PDF && (pdf_para_end(doc->lines[j - 1].text, measure) ||
                                                      doc->lines[j].page != doc->lines[j - 1].page)))))
                j++;
        }
        foi_buf_reset(&b);
        for (int k = i; k < j; k++) {
            if (b.len)
                foi_buf_addc(&b, ' ');
            foi_buf_adds(&b, unquote(c, doc->lines[k].text, &jd));
        }
        struct eng_block *bl = &L->b[L->nb++];
        bl->first = i;
        bl->last = j - 1;
        bl->flags = l->flags | extra;
        bl->indent = depth ? 0 : (int)(skip_ws(l->text) - l->text);
        bl->text = b.data ? foi_collapse_ws(&c->arena, b.data, b.len) : NULL;
        bl->q = -1;
        if (!bl->text)
            c->rc = FOI_ENOMEM;
        i = j;
    }
    foi_buf_release(&b);
    return c->rc;
}

/* The length of the first sentence of t (all of t when it has one). */
static size_t first_sentence_len(const char *t)
{
    for (const char *e = t; *e; e++)
        if ((*e == '.' || *e == '?' || *e == '!') && e[1] == ' ' &&
            !(e > t && isdigit((unsigned char)e[-1]) && isdigit((unsigned char)e[1])))
            return (size_t)(e - t) + 1;
    return strlen(t);
}

/* Does t hold a number, in digits or words ("two", "a dozen", "no
 * allegations")? */
static int has_number(const char *t)
{
    for (size_t i = 0; t[i]; i++) {
        if (!isalnum((unsigned char)t[i]) || (i > 0 && isalnum((unsigned char)t[i - 1])))
            continue;
        /* not a section of an Act ("Section 12(1) of the FOIA provides ...") */
        size_t b = i;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        if ((b >= 7 && !strncasecmp(t + b - 7, "section", 7)) || (i > 0 && t[i - 1] == '('))
            continue;
        if (isdigit((unsigned char)t[i])) {
            size_t e = i;
            while (isdigit((unsigned char)t[e]))
                e++;
            if (t[e] != '(')
                return 1;
            continue;
        }
        struct foi_value v;
        size_t used;
        if (foi_value_scan(t + i, &v, &used) == 0 && v.status != FOI_VS_NONE && used)
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------ zones */
enum { H_OTHER, H_REQUEST, H_RESPONSE, H_BOILER };

static int heading_kind(const char *t)
{
    if (heading_is(t, request_headings) || request_received(skip_ws(t), strlen(skip_ws(t))))
        return H_REQUEST;
    if (heading_is(t, response_headings))
        return H_RESPONSE;
    if (eng_is_stop_heading(t))
        return H_BOILER;
    return H_OTHER;
}

/* Does the lead-in phrase open the requester's words ("you asked:", "you
 * asked \"...", a block ending in a colon) rather than sit in a sentence of
 * the answer ("holds the information you have requested")? */
static int leadin_opens(const char *lower, const char *cue)
{
    const char *p = strstr(lower, cue);
    size_t n = strlen(lower);
    if (n && lower[n - 1] == ':')
        return 1;
    if (!p)
        return 0;
    p += strlen(cue);
    while (*p == ' ' || *p == ',')
        p++;
    return *p == ':' || *p == '"' || !strncmp(p, "\xe2\x80\x9c", 3) || !strncmp(p, "for ", 4) ||
           !strncmp(p, "the following", 13) || !strncmp(p, "whether", 7) || !strncmp(p, "how many", 8);
}

/* "the information you have requested": the lead-in's words name what was
 * asked for (the object of a sentence of the answer), they do not introduce
 * the requester's words */
static int leadin_object(const char *lower, const char *cue)
{
    const char *p = strstr(lower, cue);
    static const char *const nouns[] = { "information ", "data ", "details ", "figures ", "material ",
                                         "records ", NULL };
    for (int i = 0; p && nouns[i]; i++) {
        size_t n = strlen(nouns[i]);
        if ((size_t)(p - lower) >= n && !strncmp(p - n, nouns[i], n))
            return 1;
    }
    return 0;
}

/* "Thank you for your request, received on 20 September 2026, for the
 * number of allegations of sexual harassment made against police officers
 * in 2025/26": the request told in the letter's own words, a paragraph of one
 * sentence that thanks for the request and says what it asked for (a
 * paragraph going on to answer it is not the request alone). */
static const char *const thanks_open[] = { "thank you for your request", "thank you for your email",
                                           "thank you for your e-mail", "thank you for your freedom of information",
                                           "thank you for your foi request", "thank you for your enquiry",
                                           "thank you for your information request", "thank you for your letter",
                                           NULL };

/* Does a lower-cased text open with thanks for the request? */
static int thanks_opening(const char *lower)
{
    for (int i = 0; thanks_open[i]; i++)
        if (!strncmp(lower, thanks_open[i], strlen(thanks_open[i])))
            return 1;
    return 0;
}

static int reported_request(const char *lower)
{
    static const char *const asks[] = { " for the number of ", " for the numbers of ", " for information on ",
                                        " for information about ", " for figures ", " asking for ", " asking how many ",
                                        " about the number of ", " for details of ", " for data on ", NULL };
    if (!thanks_opening(lower))
        return 0;
    /* one sentence: no full stop before its end */
    size_t n = strlen(lower);
    while (n && (lower[n - 1] == ' ' || lower[n - 1] == '.'))
        n--;
    for (size_t i = 0; i + 1 < n; i++)
        if ((lower[i] == '.' || lower[i] == '?' || lower[i] == '!') && lower[i + 1] == ' ')
            return 0;
    for (int i = 0; asks[i]; i++) {
        const char *p = strstr(lower, asks[i]);
        if (p && (size_t)(p - lower) < n)
            return 1;
    }
    return 0;
}

/* "Your request ... was as follows:", "In your email you asked the
 * following:": a sentence about the request that introduces its words (not
 * "The information you requested is as follows:"). */
static int request_follows(const char *lower)
{
    size_t n = strlen(lower);
    while (n && lower[n - 1] == ' ')
        n--;
    if (!n || lower[n - 1] != ':')
        return 0;
    static const char *const about[] = { "your request", "your email", "your e-mail", "your letter",
                                         "your question", "your application", NULL };
    static const char *const follows[] = { "as follows", "the following", "read:", "reads:", "stated:",
                                           "said:", "asked:", "asked for:", "sought:", " was:", " were:",
                                           NULL };
    static const char *const answers[] = { "i can confirm", "we can confirm", "holds", "provided below",
                                           "set out below", "information you requested", "information requested is",
                                           NULL };
    if (any_of(lower, about, NULL) && any_of(lower, follows, NULL) && !any_of(lower, answers, NULL))
        return 1;
    /* "I write in response to your request of 10 October 2024:": the block
     * ends on the request itself (its day at most after it), so the
     * request's words are what follows */
    for (int i = 0; about[i]; i++) {
        const char *p = strstr(lower, about[i]);
        if (!p)
            continue;
        p += strlen(about[i]);
        /* "... your request for information received on 24 November 2026:" */
        if (!strncmp(p, " for information", 16))
            p += 16;
        static const char *const day[] = { " of ", " dated ", " received on ", " received ", " sent on ", NULL };
        size_t rest = (size_t)(lower + n - 1 - p);
        if (rest == 0)
            return 1;
        for (int k = 0; day[k]; k++) {
            size_t dl = strlen(day[k]);
            if (strncmp(p, day[k], dl) || rest <= dl || rest - dl > 40)
                continue;
            char buf[48];
            snprintf(buf, sizeof buf, "%.*s", (int)(rest - dl), p + dl);
            struct foi_period d;
            if (foi_period_parse(buf, NULL, &d) == 1 && d.resolved && !foi_date_cmp(&d.start, &d.end))
                return 1;
        }
    }
    return 0;
}

/* Does the block hold a response cue ("I can confirm", "our response"),
 * other than the response an internal review is asked to review ("asked us
 * to review our response to your request for ...")? */
static int answers(const char *lower)
{
    const char *cue;
    if (!any_of(lower, response_cues, &cue))
        return 0;
    if (strcmp(cue, "our response"))
        return 1;
    for (const char *p = strstr(lower, cue); p; p = strstr(p + 1, cue)) {
        int reviewed = (p - lower >= 7 && !strncmp(p - 7, "review ", 7)) ||
                       (p - lower >= 10 && !strncmp(p - 10, "review of ", 10));
        if (!reviewed)
            return 1;
    }
    /* another cue may follow the one found */
    char *copy = foi_strdup(lower);
    if (!copy)
        return 1;
    for (char *p = strstr(copy, "our response"); p; p = strstr(p + 1, "our response"))
        memset(p, ' ', 12);
    int r = any_of(copy, response_cues, NULL);
    foi_free(copy);
    return r;
}

/* Words that ask for something, anywhere in a block. */
static int asks(const char *lower)
{
    static const char *const w[] = { "how many", "please", "number of", "i would like", "i request",
                                     "could you", "can you", "provide", "tell me", "?", NULL };
    return any_of(lower, w, NULL);
}

/* "For ease of reference, your request is replicated below together with the
 * response": a sentence about the request saying its words follow. */
static int request_below(const char *lower)
{
    static const char *const about[] = { "your request", "your question", "your email", "your e-mail",
                                         "your letter", "your original request", NULL };
    static const char *const below[] = { "replicated below", "reproduced below", "repeated below",
                                         "copied below", "quoted below", "restated below", "set out below",
                                         "shown below", "below", NULL };
    for (int i = 0; about[i]; i++) {
        const char *p = strstr(lower, about[i]);
        if (!p)
            continue;
        p += strlen(about[i]);
        /* "your request is replicated below", "your questions and our
         * answers are set out below": only a verb (and the answer) between,
         * not "your request and the information is set out below" */
        if (*p == 's')
            p++;
        if (!strncmp(p, " and our ", 9)) {
            p += 9;
            while (isalpha((unsigned char)*p))
                p++;
        }
        static const char *const verbs[] = { " is ", " are ", " has been ", " have been ", " was ", " were ", NULL };
        for (int v = 0; verbs[v]; v++) {
            size_t n = strlen(verbs[v]);
            if (strncmp(p, verbs[v], n))
                continue;
            for (int k = 0; below[k]; k++)
                if (!strncmp(p + n, below[k], strlen(below[k])))
                    return 1;
        }
    }
    return 0;
}

/* A quotation opened after a colon whose words ask for something, or after
 * a sentence about the request saying its words follow ("Your request
 * (received 8 April 2024) was as follows: “The Inquiry said ... Please tell
 * me ...”"): the requester's words inside a sentence of the letterhead. */
static int quoted_request(const char *t, const char *lower)
{
    for (const char *p = strchr(t, ':'); p; p = strchr(p + 1, ':')) {
        const char *q = skip_ws(p + 1);
        if (*q == '"')
            q++;
        else if (!strncmp(q, "\xe2\x80\x9c", 3))
            q += 3;
        else
            continue;
        if (eng_is_question(q) || foi_strcasestr(q, "how many"))
            return 1;
        size_t n = (size_t)(p - t) + 1;
        char *head = foi_strndup(lower, n);
        int follows = head && request_follows(head) && asks(lower + (q - t));
        foi_free(head);
        if (follows)
            return 1;
    }
    return 0;
}

/* A salutation: "Dear ...", or an e-mail's short greeting on its own line
 * ("Hello,", "Hi Sam,", "Good afternoon,"). */
static int salutation(const char *text)
{
    const char *t = skip_ws(text);
    if (starts_ci(t, "dear "))
        return 1;
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (n == 0 || n > 40 || (t[n - 1] != ',' && t[n - 1] != '!'))
        return 0;
    static const char *const greet[] = { "hello", "hi", "good morning", "good afternoon", "good evening",
                                         "greetings", NULL };
    for (int i = 0; greet[i]; i++) {
        size_t g = strlen(greet[i]);
        if (!strncasecmp(t, greet[i], g) && (t[g] == ',' || t[g] == '!' || t[g] == ' '))
            return 1;
    }
    return 0;
}

static void set_zone(struct eng_block *b, int zone, const char *why)
{
    b->zone = (unsigned char)zone;
    b->why = why;
}

/* A block that continues a request: quoted, indented under the lead-in,
 * a numbered question, a question, or inside an open quotation. */
/* Is id the item after prev in a numbered list ("" before the first)? */
static int id_next(const char *prev, const char *id)
{
    if (!*prev)
        return !strcmp(id, "1") || !strcmp(id, "a") || !strcmp(id, "i");
    if (isdigit((unsigned char)*prev) && isdigit((unsigned char)*id))
        return atoi(id) == atoi(prev) + 1 && strspn(id, "0123456789") == strlen(id);
    return strlen(prev) == 1 && strlen(id) == 1 && id[0] == prev[0] + 1;
}

/* The next item of the request's numbered list: whatever its wording
 * ("2. What was the outcome ... could be: withdrawn.", "4. Please specify
 * ...", "1. Number of police officers accused ..."). */
static int next_item(const struct eng_block *b, char *last_id)
{
    char id[8];
    const char *rest;
    int k = eng_qmark(b->text, id, &rest);
    if ((k == 'n' || k == 'q') && id_next(last_id, id)) {
        snprintf(last_id, 8, "%s", id);
        return 1;
    }
    return 0;
}

static int request_like(const struct eng_block *b, int lead_indent, int in_quote)
{
    char id[8];
    const char *rest;
    if (in_quote || starts_quoted(b->text))
        return 1;
    if (lead_indent >= 0 && b->indent >= lead_indent + 2)
        return 1;
    if (eng_qmark(b->text, id, &rest) && eng_is_question(rest))
        return 1;
    return eng_is_question(b->text);
}

/* An e-mail reply's quoted earlier message starts here: "-----Original
 * Message-----", a "From: ... Sent: ..." header, "On 3 May 2024, X wrote:". */
static int quoted_message_start(const char *lower, int after_text)
{
    const char *t = lower;
    while (*t == ' ' || *t == '>')
        t++;
    if (!strncmp(t, "---", 3) && (strstr(t, "original message") || strstr(t, "forwarded message")))
        return 1;
    if (!strncmp(t, "begin forwarded message", 23))
        return 1;
    /* a rule above a header ("________ From: ... Sent: ...") sets a message off */
    const char *r = t;
    while (*r == '_' || *r == '-' || *r == '=')
        r++;
    int ruled = r - t >= 5;
    while (*r == ' ')
        r++;
    /* a header at the top is the reply's own */
    if ((after_text || ruled) && !strncmp(r, "from:", 5) && (strstr(r, " sent:") || strstr(r, " date:")))
        return 1;
    if (!strncmp(t, "on ", 3)) {
        const char *w = strstr(t, " wrote:");
        if (w && w - t < 160)
            return 1;
    }
    return 0;
}

/* "Annex A", "Appendix 1", "Attachment: ...": a heading that opens an
 * attachment the letter sends with it. lower is the line lowered. */
static int annex_heading(const char *lower)
{
    static const char *const words[] = { "annex", "appendix", "attachment", "enclosure", "schedule", NULL };
    while (*lower == ' ')
        lower++;
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (!strncmp(lower, words[i], n) && (!lower[n] || lower[n] == ' ' || lower[n] == ':' || lower[n] == '.'))
            return strlen(lower) < 80;
    }
    return 0;
}

/* A header line of a quoted message ("From:", "Sent:", "To:", "Subject:"). */
static int message_header(const char *lower)
{
    static const char *const h[] = { "from:", "sent:", "to:", "cc:", "date:", "subject:", NULL };
    const char *t = lower;
    while (*t == ' ' || *t == '>')
        t++;
    for (int i = 0; h[i]; i++)
        if (!strncmp(t, h[i], strlen(h[i])))
            return 1;
    return 0;
}

/* A message forwarded whole: the note above the first quoted message passes
 * on someone else's message ("Subject: FW: RE: FOI 9042", "---------
 * Forwarded message ---------"), or that message comes from a police force
 * ("From: Cheshire Constabulary FOI <foi@cheshire.police.uk>"), and the note
 * is no letter (no "Dear ..."). The forwarded message is then the document:
 * the note gives nothing, and a message the forwarded one quotes is its
 * request. at is the block where the quoted message starts. */
static int police_sender(const char *lower)
{
    const char *f = strstr(lower, "from:");
    if (!f)
        return 0;
    const char *e = strstr(f + 5, " sent:");
    if (!e)
        e = strstr(f + 5, " date:");
    size_t n = e ? (size_t)(e - f) : strlen(f);
    for (const char *p = f; p + 6 <= f + n; p++)
        if (!strncmp(p, "police", 6) || (p + 12 <= f + n && !strncmp(p, "constabulary", 12)))
            return 1;
    return 0;
}

static int forwarded_message(struct ectx *c, const struct eng_letter *L, int at)
{
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    int fw = 0, police = 0, letter = 0;
    for (int i = 0; i <= at + 6 && i < L->nb; i++) {
        const char *l = foi_ascii_lower(&lb, L->b[i].text);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        if (i > at) {
            /* the quoted message's header, when its marker stands alone */
            if (!message_header(l) || strstr(L->b[at].text, "rom:"))
                break;
            police |= police_sender(l);
            continue;
        }
        if (i < at && starts_ci(skip_ws(l), "dear "))
            letter = 1;
        for (const char *p = strstr(l, "subject:"); p; p = strstr(p + 1, "subject:")) {
            const char *t = skip_ws(p + 8);
            fw |= !strncmp(t, "fw:", 3) || !strncmp(t, "fwd:", 4) || !strncmp(t, "fw ", 3);
        }
        if (i == at) {
            fw |= strstr(l, "forwarded message") != NULL;
            police |= police_sender(l);
        }
    }
    foi_buf_release(&lb);
    return !letter && (fw || police);
}

/* The writer a quoted message's header names, lowered into buf: the rest
 * of its "From:" line (to " Sent:"), or an "On <date>, <writer> wrote:"
 * line; NULL none in the lines from `first` to the next blank one. */
static const char *quoted_writer(struct ectx *c, int first, struct foi_buf *buf)
{
    for (int j = first; j >= 0 && j < c->doc->nlines && j < first + 8; j++) {
        const char *l = foi_ascii_lower(buf, c->doc->lines[j].text);
        if (!l)
            return NULL;
        while (*l == ' ' || *l == '>')
            l++;
        if (!*l)
            break;
        const char *r = l;
        while (*r == '_' || *r == '-' || *r == '=')
            r++;
        while (*r == ' ')
            r++;
        if (!strncmp(r, "from:", 5)) {
            char *w = (char *)r + 5;
            char *e = strstr(w, " sent:");
            if (!e)
                e = strstr(w, " date:");
            if (e)
                *e = 0;
            return w;
        }
        const char *wr = strstr(l, " wrote:");
        if (!strncmp(l, "on ", 3) && wr && wr - l < 160) {
            ((char *)wr)[0] = 0;
            return l;
        }
    }
    return NULL;
}

/* A message quoted below the reply that the reply's own sender wrote (its
 * "From:" or "On ..., <writer> wrote:" names the name or address of the
 * document's top "From:" header): the force's earlier answer, quoted, part
 * of what the force says, never the requester's words. */
static int own_quoted_message(struct ectx *c, int at_line, int forwarded_at)
{
    if (c->doc->nlines < 1)
        return 0;
    struct foi_buf lb, wb;
    foi_buf_init(&lb, 0);
    foi_buf_init(&wb, 0);
    int own = 0;
    const char *top = NULL;
    /* the reply's header: the document's first, or the forwarded message's */
    int from = forwarded_at >= 0 ? forwarded_at : 0;
    for (int j = from; j < c->doc->nlines && j < from + 12 && j < at_line && !top; j++) {
        const char *l = foi_ascii_lower(&lb, c->doc->lines[j].text);
        if (!l || (!*l && j > from))
            break;
        if (!strncmp(l, "from:", 5))
            top = l + 5;
    }
    const char *w = top ? quoted_writer(c, at_line, &wb) : NULL;
    if (w) {
        /* the top sender's address, then its name */
        const char *lt = strchr(top, '<'), *gt = lt ? strchr(lt, '>') : NULL;
        char addr[128] = "", name[128] = "";
        if (lt && gt && gt - lt - 1 > 3 && gt - lt - 1 < (long)sizeof addr)
            memcpy(addr, lt + 1, (size_t)(gt - lt - 1)), addr[gt - lt - 1] = 0;
        const char *n0 = top, *n1 = lt ? lt : top + strlen(top);
        while (n0 < n1 && (*n0 == ' ' || *n0 == '"'))
            n0++;
        while (n1 > n0 && (n1[-1] == ' ' || n1[-1] == '"'))
            n1--;
        if (n1 - n0 >= 6 && n1 - n0 < (long)sizeof name)
            memcpy(name, n0, (size_t)(n1 - n0)), name[n1 - n0] = 0;
        own = (*addr && strstr(w, addr)) || (*name && strstr(w, name));
    }
    foi_buf_release(&lb);
    foi_buf_release(&wb);
    return own;
}

/* The police force a message's writer is (the value of its "From:", or an
 * "On ..., X wrote:" line, lowered): an address at a force's domain
 * ("disclosure@durham.police.uk"), else the one force the words name when
 * they say "police" or "constabulary" ("Durham Constabulary Disclosure
 * Unit"; a person who shares a force's name is none). NULL when none. */
static const char *writer_force(struct ectx *c, const char *w)
{
    if (!w || !c->tax)
        return NULL;
    struct foi_match m;
    if (strchr(w, '@') && foi_taxonomy_force_clue(c->tax, w, &m) > 0 && m.id)
        return m.id;
    if (!strstr(w, "police") && !strstr(w, "constabulary"))
        return NULL;
    return eng_one_force(c, w);
}

/* A message quoted below the reply that another police force wrote, with a
 * table after its header: that force's own answer, passed on whole ("Durham's
 * response is below exactly as we received it"), never the requester's
 * words. Its writer's force (writer_force) must differ from the reply's: the
 * force of the reply's own "From:" (the forwarded message's, when the
 * document forwards one), else the document's. Returns the other force's id,
 * NULL when the quote is not such an answer. */
static const char *other_force_answer(struct ectx *c, int at_line, int forwarded_at)
{
    int table = 0;
    for (int k = 0; k < c->doc->ntables && !table; k++)
        table = c->doc->tables[k].anchor_line > at_line;
    if (!table)
        return NULL;
    struct foi_buf lb, wb;
    foi_buf_init(&lb, 0);
    foi_buf_init(&wb, 0);
    const char *own = NULL;
    int from = forwarded_at >= 0 ? forwarded_at : 0;
    for (int j = from; j < c->doc->nlines && j < from + 12 && j < at_line; j++) {
        const char *l = foi_ascii_lower(&lb, c->doc->lines[j].text);
        if (!l || (!*l && j > from))
            break;
        if (!strncmp(l, "from:", 5)) {
            own = writer_force(c, l + 5);
            break;
        }
    }
    if (!own)
        own = c->force ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_FORCE, c->force) : NULL;
    const char *w = quoted_writer(c, at_line, &wb);
    const char *theirs = w ? writer_force(c, w) : NULL;
    foi_buf_release(&lb);
    foi_buf_release(&wb);
    return own && theirs && strcmp(own, theirs) ? theirs : NULL;
}

/* The address a header line's value names ("<j.smith@example.net>",
 * "Requester <r@x.org>", "r@x.org"), lowered, into addr; 0, else -1. */
static int header_address(const char *v, char *addr, size_t cap)
{
    const char *at = strchr(v, '@');
    if (!at)
        return -1;
    const char *a = at, *b = at;
    while (a > v && !strchr(" <\t\"',;:", a[-1]))
        a--;
    while (*b && !strchr(" >\t\"',;", *b))
        b++;
    if (b - a < 3 || (size_t)(b - a) >= cap)
        return -1;
    for (size_t i = 0; i < (size_t)(b - a); i++)
        addr[i] = (char)tolower((unsigned char)a[i]);
    addr[b - a] = 0;
    return 0;
}

/* The address in the "To:" header of the header block starting at line
 * `first` (quote marks and a forward's rule line skipped; up to the first
 * empty line after it): 0 with addr set, else -1. */
static int header_to(struct ectx *c, int first, char *addr, size_t cap)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int rc = -1;
    for (int j = first; j >= 0 && j < c->doc->nlines && j < first + 12 && rc; j++) {
        const char *l = foi_ascii_lower(&b, c->doc->lines[j].text);
        if (!l)
            break;
        while (*l == ' ' || *l == '>')
            l++;
        if (!*l && j > first)
            break;
        if (!strncmp(l, "to:", 3))
            rc = header_address(l + 3, addr, cap);
    }
    foi_buf_release(&b);
    return rc;
}

/* The sender's own earlier message quoted below the reply is to someone
 * else: its "To:" names an address, the reply's "To:" (the document's top
 * header, or the forwarded message's) another. An answer to another
 * requester, quoted below this one, answers that request, not this. */
static int quoted_to_other(struct ectx *c, int at_line, int forwarded_at)
{
    char mine[128], theirs[128];
    int from = forwarded_at >= 0 ? forwarded_at : 0;
    if (header_to(c, from, mine, sizeof mine) || header_to(c, at_line, theirs, sizeof theirs))
        return 0;
    return strcmp(mine, theirs) != 0;
}

/* A sentence of the reply that sets the message quoted below it apart from
 * the answer ("Our colleague's e-mail is forwarded below for context only
 * ... its figures are not part of this response"): it speaks of what is
 * below (forwarded, quoted) and says it is no part of this response, or
 * there for context or information only, or that the figures given
 * supersede (replace) those it quotes. */
const char eng_why_quote_apart[] = "the sender's earlier answer to another request, quoted below the reply "
                                   "for context: no part of this answer";

static int quote_set_apart(const char *lower)
{
    static const char *const where[] = { "below", "forwarded", "quoted", "beneath", NULL };
    static const char *const apart[] = { "not part of this response", "not part of our response",
                                         "not part of this reply", "no part of this response",
                                         "for context only", "for background only", "for information only",
                                         "for reference only", "does not form part of this response",
                                         "do not form part of this response",
                                         /* "The figures above supersede those in the earlier
                                          * response" (quoted below): the quote's figures are
                                          * replaced, no part of the answer (round 44a, blind44
                                          * Durham) */
                                         "supersede", "replace those", "replaces those", NULL };
    int w = 0, a = 0;
    for (int i = 0; where[i] && !w; i++)
        w = strstr(lower, where[i]) != NULL;
    for (int i = 0; apart[i] && !a; i++)
        a = strstr(lower, apart[i]) != NULL;
    return w && a;
}

/* The subject line of a letter that is itself an internal review ("Internal
 * review - Freedom of Information request FOI 2024-1102", "Outcome of
 * internal review: 0871/24"), not a heading of the rights at a letter's end
 * ("Internal review", "Your right to an internal review"). */
static int review_subject(const char *lower)
{
    if (!strstr(lower, "internal review") || strstr(lower, "right") || strstr(lower, "how to") ||
        strstr(lower, "complain"))
        return 0;
    for (const char *p = lower; *p; p++)
        if (isdigit((unsigned char)*p))
            return 1;
    return strstr(lower, "freedom of information") || strstr(lower, "foi") || strstr(lower, "outcome") ||
           strstr(lower, "decision") || strstr(lower, "result");
}

/* A heading of a box of links beside the letter ("Related requests",
 * "Related links", "See also"): its items (titles, references, dates) are
 * boilerplate; a heading of the letter's own kinds (request, response,
 * rights) or a paragraph of sentences goes back to what was read before it
 * (a sidebar a PDF reader set inside the answer). */
static int box_heading(const char *t)
{
    t = skip_ws(t);
    return strlen(t) < 40 && (starts_ci(t, "related ") || starts_ci(t, "see also") ||
                              starts_ci(t, "useful links") || starts_ci(t, "other requests"));
}

/* A heading of earlier requests ("Previous requests on this topic",
 * "Earlier disclosures"): what follows, prose included, tells of other
 * requests and their answers, not of this one, up to the next heading of
 * the letter's own kinds. */
static int earlier_heading(const char *t)
{
    t = skip_ws(t);
    if (strlen(t) > 60)
        return 0;
    static const char *const when[] = { "previous ", "earlier ", "past ", "prior ", "previously ", NULL };
    static const char *const what[] = { "request", "disclosure", "response", "foi", NULL };
    int w = 0;
    for (int i = 0; when[i] && !w; i++)
        w = starts_ci(t, when[i]);
    for (int i = 0; w && what[i]; i++)
        if (foi_strcasestr(t, what[i]))
            return 1;
    return 0;
}

/* Sentences, not a title or a link: eight words or more ending a sentence. */
static int prose_paragraph(const char *t)
{
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (!n || !strchr(".?!", t[n - 1]))
        return 0;
    int words = 1;
    for (size_t i = 0; i < n; i++)
        words += t[i] == ' ';
    return words >= 8;
}

/* A heading of one entry of a log of requests: a reference near its start
 * (digits joined by '-' or '/', six characters or more, no period such as
 * "2023/24") and a title after a separator ("FOI 2026-05102: Speed camera
 * income", "Request 0418/25 - Police dogs"). */
static int entry_heading(const char *t)
{
    size_t n = strlen(t);
    if (n > 150)
        return 0;
    for (size_t i = 0; i < n && i < 40; i++) {
        if (!isdigit((unsigned char)t[i]) || (i && isalnum((unsigned char)t[i - 1])))
            continue;
        size_t j = i, digits = 0, joins = 0;
        while (j < n && (isdigit((unsigned char)t[j]) || t[j] == '-' || t[j] == '/')) {
            digits += isdigit((unsigned char)t[j]) != 0;
            joins += !isdigit((unsigned char)t[j]);
            j++;
        }
        /* "2023/24", "2023-24": a year, no reference */
        int year = 0;
        if (j - i == 7 && (t[i + 4] == '/' || t[i + 4] == '-') && isdigit((unsigned char)t[i + 5])) {
            int y = atoi(t + i), z = atoi(t + i + 5);
            year = y >= 1990 && y <= 2099 && z == (y + 1) % 100;
        }
        if (digits < 6 || !joins || j - i < 6 || year) {
            i = j;
            continue;
        }
        while (j < n && t[j] == ' ')
            j++;
        if (j < n && (t[j] == ':' || t[j] == '-' || !strncmp(t + j, "\xE2\x80\x93", 3))) {
            j += t[j] == ':' || t[j] == '-' ? 1 : 3;
            while (j < n && t[j] == ' ')
                j++;
            return j < n && isalpha((unsigned char)t[j]);
        }
        return 0;
    }
    return 0;
}

/* A page listing several requests (a disclosure log), each under a heading
 * of its own (entry_heading): the entries whose heading and text name none
 * of the categories are other requests, when one entry names some; their
 * blocks are marked in other[] (1). 0 when the page is no such log. */
static int log_entries(struct ectx *c, struct eng_letter *L, unsigned char *other)
{
    int nentries = 0, ours = 0, theirs = 0;
    for (int i = 0; i < L->nb; i++)
        other[i] = 0;
    for (int i = 0; i < L->nb; i++) {
        if (!(L->b[i].flags & FOI_LINE_HEADING) || !entry_heading(L->b[i].text))
            continue;
        int e = i + 1;
        while (e < L->nb && !((L->b[e].flags & FOI_LINE_HEADING) && entry_heading(L->b[e].text)))
            e++;
        int cats = 0;
        for (int k = i; k < e && !cats && !c->rc; k++) {
            struct textdims td;
            eng_textdims(c, L->b[k].text, &td);
            cats = td.ncats > 0;
        }
        nentries++;
        if (cats) {
            ours++;
        } else {
            theirs++;
            for (int k = i; k < e; k++)
                other[k] = 1;
        }
        i = e - 1;
    }
    return nentries >= 2 && ours >= 1 && theirs >= 1;
}

/* "Question 2" alone on a heading line, then "The same for police
 * staff.", then "Answer 2" alone on a heading line: the paragraph between a
 * heading that is only a question's mark and one that is only its answer's
 * is that question's text, whatever its form; id gets the mark. 1 when
 * block i is such a paragraph. */
static int under_question_heading(const struct eng_letter *L, int i, char id[8])
{
    if (i <= 0 || (L->b[i].flags & FOI_LINE_HEADING) || !(L->b[i - 1].flags & FOI_LINE_HEADING))
        return 0;
    const char *rest;
    if (eng_qmark(L->b[i - 1].text, id, &rest) != 'q')
        return 0;
    while (*rest == ' ' || *rest == ':' || *rest == '.')
        rest++;
    if (*rest || i + 1 >= L->nb || !(L->b[i + 1].flags & FOI_LINE_HEADING))
        return 0;
    /* and "Answer 2" straight after it: the questions and answers are laid
     * out under headings of their own */
    char aid[8];
    if (eng_qmark(L->b[i + 1].text, aid, &rest) != 'a' || strcmp(aid, id))
        return 0;
    while (*rest == ' ' || *rest == ':' || *rest == '.')
        rest++;
    return !*rest;
}

/* A block that is one of the document's own footnotes or endnotes (a Word
 * document's, located "footnote 3", "endnote 1"), not a line a page merely
 * prints small. */
int eng_document_note(const struct ectx *c, const struct eng_block *b)
{
    if (!(b->flags & FOI_LINE_FOOTNOTE) || b->first < 0 || b->first >= c->doc->nlines)
        return 0;
    const char *loc = c->doc->lines[b->first].loc;
    return loc && (!strncmp(loc, "footnote ", 9) || !strncmp(loc, "endnote ", 8));
}

/* A block before `at` read as the request or the answer: a note above a
 * forwarded message that did so is a letter of its own, not a cover. */
static int answered_before(const struct eng_letter *L, int at)
{
    for (int k = 0; k < at; k++)
        if (L->b[k].zone == ZN_REQUEST || L->b[k].zone == ZN_RESPONSE)
            return 1;
    return 0;
}

static void zones(struct ectx *c, struct eng_letter *L)
{
    enum { S_HEAD, S_REQ_HEADED, S_REQ_QUOTE, S_RESPONSE, S_BOILER, S_SIGNED, S_QUOTED_MSG, S_BOX, S_EARLIER } st = S_HEAD;
    int box_prev = S_HEAD;  /* the state a box of links interrupted */
    int lead_indent = -1, in_quote = 0, req_blocks = 0;
    int promised = 0;       /* the block before said the requester's words follow */
    int quoted_at = -1;     /* the block where a quoted earlier message starts */
    int quote_own = 0;      /* the quoted message is the reply's sender's own */
    int quote_apart = 0;    /* ... and an answer to someone else, or one the reply sets apart */
    int set_apart = 0;      /* the reply said what is quoted below is no part of it */
    int quote_marked = -1, quote_prev = S_HEAD;   /* its lines are marked '>' (-1 not seen yet);
                                                      the state before it */
    int forwarded = 0;      /* the document is a message forwarded whole */
    int forwarded_at = -1;  /* the line its header starts at */
    int in_other = 0;       /* inside another force's answer quoted below the reply (c->fwd_force) */
    int top_header = 0, note_seen = 0;   /* an e-mail header opens the document; text after it */
    char last_id[8] = "";   /* the request's numbered list so far */
    /* resp_ahead[i]: a response heading follows block i before any rights or
     * exemption heading: under a request heading, the request runs to it */
    unsigned char *resp_ahead = foi_arena_alloc(&c->arena, (size_t)L->nb + 1);
    if (!resp_ahead) {
        c->rc = FOI_ENOMEM;
        return;
    }
    for (int i = L->nb - 1, ahead = 0; i >= 0; i--) {
        resp_ahead[i] = (unsigned char)ahead;
        if (L->b[i].flags & FOI_LINE_HEADING) {
            int k = heading_kind(L->b[i].text);
            if (k == H_RESPONSE)
                ahead = 1;
            else if (k == H_BOILER || k == H_REQUEST)
                ahead = 0;
        }
    }
    unsigned char *other = foi_arena_alloc(&c->arena, (size_t)L->nb + 1);
    if (!other) {
        c->rc = FOI_ENOMEM;
        return;
    }
    int in_log = log_entries(c, L, other);
    int entry_req = 0;      /* the request of a log's entry: up to its answer */
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    for (int i = 0; i < L->nb; i++) {
        struct eng_block *b = &L->b[i];
        if (in_log && other[i]) {
            /* the log's other requests and their answers: not this one */
            set_zone(b, ZN_BOILER, "another request of the log");
            continue;
        }
        if ((st == S_RESPONSE || st == S_BOILER || st == S_SIGNED) && eng_document_note(c, b)) {
            /* a Word footnote or endnote: the document prints it at its
             * end, after the signature, but it belongs to the answer that
             * cites it ("Of the 9 allegations ... 2 were made against
             * police staff"); the state goes on as before */
            set_zone(b, ZN_RESPONSE, "a footnote or endnote of the answer");
            continue;
        }
        if (in_log && (b->flags & FOI_LINE_HEADING) && entry_heading(b->text)) {
            /* this request's entry: its request runs from here to its answer */
            set_zone(b, ZN_HEAD, "heading of the log's entry for this request");
            st = S_REQ_HEADED;
            req_blocks = 0;
            last_id[0] = 0;
            entry_req = 1;
            continue;
        }
        const char *l = foi_ascii_lower(&lb, b->text);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        if (st != S_QUOTED_MSG && quote_set_apart(l))
            set_apart = 1;   /* for the quote below: context, no part of the answer */
        const char *cue = NULL;
        int heading = (b->flags & FOI_LINE_HEADING) != 0;
        /* a header below a note that itself sat under a header: a message
         * the note passes on (an Outlook forward without a marker line) */
        int below_note = st == S_HEAD && top_header && note_seen;
        if (i == 0 && message_header(l))
            top_header = 1;
        else if (top_header && !message_header(l))
            note_seen = 1;
        /* an e-mail reply above the message it answers: the quoted message
         * is the requester's (its header is not) */
        if (quoted_message_start(l, st == S_SIGNED || st == S_RESPONSE || st == S_BOILER || below_note)) {
            /* the note may sign off ("Kind regards, Information Compliance
             * Unit") above the forward: signed, it still answered nothing */
            int note_only = st == S_HEAD || (st == S_SIGNED && !answered_before(L, i));
            if (note_only && quoted_at < 0 && !forwarded && forwarded_message(c, L, i)) {
                /* someone passing the force's reply on: their note is no
                 * part of it, the forwarded message is the document */
                for (int k = 0; k < i; k++)
                    set_zone(&L->b[k], ZN_HEAD, "a note forwarding the message below");
                set_zone(b, ZN_HEAD, "header of the forwarded message");
                forwarded = 1;
                forwarded_at = b->first;
                while (i + 1 < L->nb) {
                    const char *h = foi_ascii_lower(&lb, L->b[i + 1].text);
                    if (!h || !message_header(h))
                        break;
                    set_zone(&L->b[++i], ZN_HEAD, "header of the forwarded message");
                }
                st = S_HEAD;   /* the forwarded message opens as a letter */
                continue;
            }
            set_zone(b, ZN_HEAD, "header of the quoted earlier message");
            if (quoted_at < 0)
                quoted_at = i;
            if (st != S_QUOTED_MSG)
                quote_prev = st;
            st = S_QUOTED_MSG;
            quote_marked = -1;
            quote_own = own_quoted_message(c, b->first, forwarded_at);
            quote_apart = quote_own && (set_apart || quoted_to_other(c, b->first, forwarded_at));
            in_other = 0;
            if (!quote_own && !c->fwd_force) {
                const char *of = other_force_answer(c, b->first, forwarded_at);
                if (of) {
                    c->fwd_force = of;
                    c->fwd_first = b->first;
                    c->fwd_last = b->last;
                    in_other = 1;
                }
            }
            continue;
        }
        if (st == S_QUOTED_MSG && !message_header(l)) {
            /* a message quoted line by line ("> Please provide ..."): the
             * quote ends at the first block not marked so, and the reply
             * goes on below it ("ANSWER") */
            int depth = 0;
            if (b->first >= 0 && b->first < c->doc->nlines)
                unquote(c, c->doc->lines[b->first].text, &depth);
            if (quote_marked < 0)
                quote_marked = depth > 0;
            else if (quote_marked && !depth) {
                st = quote_prev == S_HEAD ? S_RESPONSE : quote_prev;
                in_other = 0;
            }
        }
        if (in_other)
            c->fwd_last = b->last;   /* another force's answer runs on */
        if (st == S_QUOTED_MSG) {
            if (message_header(l)) {
                set_zone(b, ZN_HEAD, "header of the quoted earlier message");
            } else if (any_of(l, signoffs, &cue) && strlen(l) < 60) {
                set_zone(b, ZN_BOILER, "signature of the quoted message");
                st = S_SIGNED;
            } else if (quote_apart) {
                set_zone(b, ZN_BOILER, eng_why_quote_apart);
            } else if (quote_own) {
                set_zone(b, ZN_RESPONSE, "the sender's own earlier answer, quoted below the reply");
            } else if (in_other) {
                set_zone(b, ZN_RESPONSE, "another force's answer, passed on below the reply");
            } else {
                set_zone(b, ZN_REQUEST, "the requester's message, quoted below the reply");
            }
            continue;
        }
        if (st == S_SIGNED && heading && annex_heading(l)) {
            /* "Annex A", "Appendix 1" after the signature: the attachment
             * the letter gives its figures in, part of the answer */
            set_zone(b, ZN_RESPONSE, "an annex after the signature");
            st = S_RESPONSE;
            continue;
        }
        if (st == S_SIGNED) {
            set_zone(b, ZN_BOILER, "after the signature");
            continue;
        }
        if (st == S_EARLIER) {
            if (!heading || heading_kind(b->text) == H_OTHER) {
                set_zone(b, ZN_BOILER, "under a heading of earlier requests");
                continue;
            }
            st = box_prev;
        }
        if (st == S_BOX) {
            if (heading ? heading_kind(b->text) == H_OTHER : !prose_paragraph(b->text)) {
                set_zone(b, ZN_BOILER, "under a heading of related links");
                continue;
            }
            st = box_prev;
        }
        if (any_of(l, signoffs, &cue) && strlen(l) < 60) {
            set_zone(b, ZN_BOILER, "signature");
            st = S_SIGNED;
            continue;
        }
        if (heading && earlier_heading(b->text) && (st == S_RESPONSE || st == S_HEAD)) {
            set_zone(b, ZN_BOILER, "heading of earlier requests");
            box_prev = st;
            st = S_EARLIER;
            continue;
        }
        if (heading && box_heading(b->text) && (st == S_RESPONSE || st == S_HEAD)) {
            set_zone(b, ZN_BOILER, "heading of related links");
            box_prev = st;
            st = S_BOX;
            continue;
        }
        if (heading) {
            switch (heading_kind(b->text)) {
            case H_REQUEST:
                set_zone(b, ZN_REQUEST, "request heading");
                st = S_REQ_HEADED;
                req_blocks = 0;
                last_id[0] = 0;
                continue;
            case H_RESPONSE:
                set_zone(b, ZN_RESPONSE, "response heading");
                st = S_RESPONSE;
                continue;
            case H_BOILER:
                if (st == S_HEAD && review_subject(l)) {
                    /* "Internal review - FOI 2024-1102": what the letter is,
                     * not the rights at its end */
                    set_zone(b, ZN_HEAD, "subject line of an internal review");
                    continue;
                }
                set_zone(b, ZN_BOILER, "rights, review or exemption heading");
                st = S_BOILER;
                continue;
            default:
                break;
            }
        }
        const char *rest;
        int lab = inline_label(b->text, &rest);
        if (!lab && b->last > b->first && line_label(c->doc->lines[b->first].text)) {
            /* "Answer" on a line of its own, the answer below it */
            lab = 'a';
            rest = b->text + strlen(skip_ws(c->doc->lines[b->first].text));
            while (*rest == ' ')
                rest++;
        }
        if (lab == 'q') {
            set_zone(b, ZN_REQUEST, "labelled request");
            st = S_REQ_QUOTE;
            lead_indent = -1;
            in_quote = quote_after(0, b->text);
            continue;
        }
        if (lab == 'a') {
            set_zone(b, ZN_RESPONSE, "labelled answer");
            b->marked = 1;
            b->body = rest;
            st = S_RESPONSE;
            continue;
        }
        switch (st) {
        case S_HEAD:
            if (quoted_request(b->text, l)) {
                /* "Thank you for your request ... for the following
                 * information: “In 2023, how many allegations ...?”" */
                set_zone(b, ZN_REQUEST, "quoted request");
                st = S_REQ_QUOTE;
                lead_indent = -1;
                last_id[0] = 0;
                in_quote = quote_after(0, b->text);
            } else if (reported_request(l)) {
                set_zone(b, ZN_REQUEST, "the request, told in the letter's words");
                st = S_REQ_QUOTE;
                lead_indent = -1;
                in_quote = 0;
                last_id[0] = 0;
            } else if (request_follows(l) || request_below(l)) {
                /* "Your request, received on 24 August 2023, was as follows:" */
                set_zone(b, ZN_REQUEST, "the requester's words follow");
                st = S_REQ_QUOTE;
                lead_indent = b->indent;
                last_id[0] = 0;
                in_quote = quote_after(0, b->text);
                promised = !in_quote;
                continue;
            } else if (any_of(l, leadins, &cue) && !leadin_object(l, cue) &&
                       (leadin_opens(l, cue) || !answers(l))) {
                set_zone(b, ZN_REQUEST, "the requester's words follow");
                st = S_REQ_QUOTE;
                lead_indent = b->indent;
                last_id[0] = 0;
                /* the quotation may open (and close) in this block */
                in_quote = quote_after(0, b->text);
                size_t ll = strlen(l);
                while (ll && l[ll - 1] == ' ')
                    ll--;
                promised = !in_quote && ll && l[ll - 1] == ':';
            } else if (any_of(l, response_cues, &cue)) {
                set_zone(b, ZN_RESPONSE, "the force answers");
                st = S_RESPONSE;
            } else if (starts_quoted(b->text)) {
                set_zone(b, ZN_REQUEST, "quoted request");
                st = S_REQ_QUOTE;
                lead_indent = -1;
                in_quote = quote_after(0, b->text);
            } else if (!heading && request_like(b, -1, 0) && strlen(b->text) > 12) {
                set_zone(b, ZN_REQUEST, "question");
                st = S_REQ_QUOTE;
                lead_indent = -1;
                in_quote = 0;
                last_id[0] = 0;
                next_item(b, last_id);
            } else {
                set_zone(b, ZN_HEAD, "letterhead");
            }
            break;
        case S_REQ_HEADED:
            if (req_blocks == 0 || next_item(b, last_id) || (!heading && request_like(b, -1, in_quote)) ||
                (resp_ahead[i] && !(heading && heading_kind(b->text) != H_OTHER)) ||
                (entry_req && heading_kind(b->text) == H_OTHER && !any_of(l, response_cues, &cue))) {
                if (req_blocks == 0)
                    next_item(b, last_id);
                set_zone(b, ZN_REQUEST, req_blocks ? "request continues" : "under the request heading");
                req_blocks++;
                in_quote = quote_after(in_quote, b->text);
                break;
            }
            if (!heading && any_of(l, leadins, &cue) && leadin_opens(l, cue)) {
                set_zone(b, ZN_REQUEST, "request continues");
                last_id[0] = 0;
                break;
            }
            st = S_RESPONSE;
            entry_req = 0;
            set_zone(b, ZN_RESPONSE, heading ? "heading after the request" : "after the request");
            break;
        case S_REQ_QUOTE: {
            int was_promised = promised;
            promised = 0;
            if (!heading && any_of(l, leadins, &cue) && leadin_opens(l, cue) && strlen(l) < 200) {
                /* "After we sought clarity you stated:" */
                set_zone(b, ZN_REQUEST, "the requester's words follow");
                last_id[0] = 0;
                break;
            }
            if (!heading && (next_item(b, last_id) || request_like(b, lead_indent, in_quote))) {
                set_zone(b, ZN_REQUEST, in_quote || starts_quoted(b->text) ? "quoted request" :
                                        lead_indent >= 0 && b->indent >= lead_indent + 2 ?
                                        "indented request" :
                                        was_promised && asks(l) ? "the requester's words, after the lead-in" :
                                        "question");
                in_quote = quote_after(in_quote, b->text);
                break;
            }
            if (was_promised && !heading && asks(l)) {
                /* the block the lead-in announced, whatever its form ("For
                 * each of the last two years, please tell me how many ...") */
                set_zone(b, ZN_REQUEST, "the requester's words, after the lead-in");
                in_quote = quote_after(in_quote, b->text);
                break;
            }
        }
            st = S_RESPONSE;
            set_zone(b, ZN_RESPONSE, "after the request");
            break;
        case S_BOILER:
            if (heading) {
                struct textdims td;
                eng_textdims(c, b->text, &td);
                char id[8];
                if (td.ncats || td.nperiods || eng_qmark(b->text, id, &rest)) {
                    set_zone(b, ZN_RESPONSE, "heading of the answer");
                    st = S_RESPONSE;
                    break;
                }
            }
            set_zone(b, ZN_BOILER, "under a rights, review or exemption heading");
            break;
        case S_RESPONSE:
        default:
            set_zone(b, ZN_RESPONSE, "answer");
            break;
        case S_SIGNED:
        case S_QUOTED_MSG:
        case S_BOX:
        case S_EARLIER:
            break;
        }
    }
    foi_buf_release(&lb);
    /* a reply written above the message it answers: after the salutation,
     * what is not letterhead, boilerplate or the signature is the answer */
    if (quoted_at >= 0) {
        int asked = 0, dear = -1;
        for (int i = 0; i < quoted_at; i++) {
            asked |= L->b[i].zone == ZN_REQUEST;
            if (dear < 0 && salutation(L->b[i].text))
                dear = i;
        }
        for (int i = dear + 1; !asked && dear >= 0 && i < quoted_at; i++)
            if (L->b[i].zone == ZN_HEAD)
                set_zone(&L->b[i], ZN_RESPONSE, "the reply above the quoted message");
    }
    /* no request, no answer marked: everything after the letterhead is the answer */
    int any = 0;
    for (int i = 0; i < L->nb; i++)
        any |= L->b[i].zone == ZN_RESPONSE || L->b[i].zone == ZN_REQUEST;
    if (!any)
        for (int i = 0; i < L->nb; i++)
            if (L->b[i].zone == ZN_HEAD)
                set_zone(&L->b[i], ZN_RESPONSE, "no request or answer marked");
    /* inside the answer: copied questions, restated requests, boilerplate */
    for (int i = 0; i < L->nb; i++) {
        struct eng_block *b = &L->b[i];
        if (b->zone != ZN_RESPONSE || b->marked)
            continue;
        char id[8];
        const char *rest;
        if (under_question_heading(L, i, id)) {
            set_zone(b, ZN_REQUEST, "question under its heading");
            continue;
        }
        int k = eng_qmark(b->text, id, &rest);
        if (k && eng_is_question(rest)) {
            set_zone(b, ZN_REQUEST, "copied question");
            continue;
        }
        if (!(b->flags & FOI_LINE_HEADING) && eng_is_question(b->text) && !k) {
            set_zone(b, ZN_REQUEST, "copied question");
            continue;
        }
        /* boilerplate when it opens so; a paragraph that gives its answer
         * first and explains it after ("Between two and four ... were
         * recorded. ... could identify the individuals. The precise figure is
         * withheld under section 40(2)") stays in the answer, its
         * boilerplate sentences left out one by one (engine_prose.c) */
        const char *why;
        if (eng_is_boiler_text(b->text, &why)) {
            size_t fl = first_sentence_len(b->text);
            char *first = foi_arena_strndup(&c->arena, b->text, fl);
            if (!first) {
                c->rc = FOI_ENOMEM;
                return;
            }
            /* "Thank you for your request for the number of ... in 2023.
             * There were four such allegations in 2023.": the thanks opens a
             * paragraph that goes on to answer (sentences of their own, no
             * boilerplate, a number): the answer, the thanks left out as a
             * boilerplate sentence and its words (what was asked) kept as
             * the paragraph's */
            const char *after = b->text + fl;
            struct foi_buf lb;
            foi_buf_init(&lb, 0);
            const char *lfirst = foi_ascii_lower(&lb, first);
            int thanked = lfirst && fl < strlen(b->text) && thanks_opening(lfirst) && has_number(after) &&
                          !eng_is_boiler_text(after, &why);
            foi_buf_release(&lb);
            if (thanked) {
                b->why = "a thanks for the request before it";
                b->told = first;
            }
            else if (fl == strlen(b->text) || eng_is_boiler_text(first, &why) || !has_number(first))
                set_zone(b, ZN_BOILER, "boilerplate");
            else
                b->why = "answer (boilerplate sentences after it)";
        }
    }
}

/* ------------------------------------------------------------ questions */
static int add_question(struct ectx *c, struct eng_letter *L, const char *id, int block, const char *text)
{
    struct eng_question *nq = foi_arena_alloc(&c->arena, sizeof *nq * (size_t)(L->nq + 1));
    if (!nq)
        return c->rc = FOI_ENOMEM;
    if (L->nq)
        memcpy(nq, L->q, sizeof *nq * (size_t)L->nq);
    L->q = nq;
    struct eng_question *q = &L->q[L->nq++];
    memset(q, 0, sizeof *q);
    snprintf(q->id, sizeof q->id, "%s", id);
    q->block = block;
    q->text = text;
    eng_textdims(c, text, &q->td);
    /* "How many officers are currently suspended?": a count at a moment, not
     * over a period, so nothing the dataset holds answers it */
    if (!q->td.nperiods) {
        static const char *const now[] = { "currently", "at present", "presently", "at the moment",
            "as at ", "as of ", "at this time", "right now", NULL };
        for (int i = 0; now[i] && !q->point; i++)
            if (foi_strcasestr(text, now[i]))
                q->point = now[i];
    }
    /* "How many of the subjects ...", "How many officers ...": what is counted */
    const char *subj = NULL;
    const char *m = eng_counted_noun(c, text, &subj);
    if (m) {
        q->td.measure = m;
        if (subj && !q->td.subject)
            q->td.subject = subj;
    }
    if (c->tax) {
        struct foi_match ms[8];
        int n = foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, text, ms, 8);
        int found = 0;
        for (int k = 0; k < n; k++) {
            if (!strcmp(ms[k].id, "total") || !strcmp(ms[k].id, "other"))
                continue;
            /* "would have been dismissed had they not resigned": a negated
             * outcome is not asked about */
            if (ms[k].at >= 4 && !strncasecmp(text + ms[k].at - 4, "not ", 4))
                continue;
            const char *o = foi_arena_strndup(&c->arena, text + ms[k].at, ms[k].len);
            if (found == 0)
                q->outcome = o;
            if (q->noutcomes < ENG_MAX_CATS)
                q->outcomes[q->noutcomes++] = o;
            found++;
        }
        if (found > 1)
            q->outcome = "?";   /* several outcomes: a bare answer cannot say which */
    }
    return 0;
}

/* "these", "those", "them", "the above", "that period": words that refer
 * to the question before */
static int refers_back(const char *t)
{
    static const char *const w[] = { "these", "those", "them", "above", "such", "that period",
                                     "same period", "same year", "concerned", "in question", "the same for",
                                     "same information for", "same figures for", NULL };
    for (int i = 0; w[i]; i++) {
        const char *p = foi_strcasestr(t, w[i]);
        if (p && (p == t || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[strlen(w[i])]))
            return 1;
    }
    return 0;
}

static void questions_found(struct ectx *c, struct eng_letter *L)
{
    for (int i = 0; i < L->nb && !c->rc; i++) {
        struct eng_block *b = &L->b[i];
        if (b->zone != ZN_REQUEST)
            continue;
        char id[8];
        const char *rest;
        int k = eng_qmark(b->text, id, &rest);
        if (!k && under_question_heading(L, i, id)) {
            k = 'q';
            rest = b->text;
        }
        if (!k || !*rest)
            continue;
        /* the same id again (the question copied above its answer) */
        int dup = -1;
        for (int q = 0; q < L->nq; q++)
            if (!strcmp(L->q[q].id, id))
                dup = q;
        b->marked = 1;
        b->body = rest;
        if (dup >= 0) {
            b->q = dup;
            continue;
        }
        b->q = L->nq;
        add_question(c, L, id, i, rest);
    }
    /* "Question: ..." / "Response: ..." pairs with no numbers: the questions
     * in their order, each answer to the question before it */
    if (!L->nq) {
        int k = 0;
        for (int i = 0; i < L->nb && !c->rc; i++) {
            struct eng_block *b = &L->b[i];
            const char *rest;
            if (b->zone != ZN_REQUEST || strcmp(b->why, "labelled request") || inline_label(b->text, &rest) != 'q')
                continue;
            char id[8];
            snprintf(id, sizeof id, "%d", ++k % 10000);
            b->q = L->nq;
            b->marked = 1;
            b->body = rest;
            add_question(c, L, id, i, rest);
        }
    }
    for (int i = 0, last = -1; i < L->nb; i++) {
        struct eng_block *b = &L->b[i];
        if (b->zone == ZN_REQUEST && b->q >= 0)
            last = b->q;
        else if (b->zone == ZN_RESPONSE && b->marked && b->q < 0 && last >= 0) {
            b->q = last;
            last = -1;
        }
    }
    if (L->nq || c->rc)
        return;
    /* questions as list items with no numbers of their own (an HTML <ol>):
     * numbered by their order, answered in the same order (engine_letter.c) */
    int nb = 0;
    for (int i = 0; i < L->nb; i++)
        nb += L->b[i].zone == ZN_REQUEST && (L->b[i].flags & FOI_LINE_BULLET) && eng_is_question(L->b[i].text);
    if (nb >= 2) {
        for (int i = 0, k = 0; i < L->nb && !c->rc; i++) {
            struct eng_block *b = &L->b[i];
            if (b->zone != ZN_REQUEST || !(b->flags & FOI_LINE_BULLET) || !eng_is_question(b->text))
                continue;
            char id[8];
            snprintf(id, sizeof id, "%d", ++k % 10000);
            b->q = L->nq;
            add_question(c, L, id, i, b->text);
        }
        L->implicit = 1;
        return;
    }
    /* inline items "(1) ... and (2) ..." of one request block */
    for (int i = 0; i < L->nb && !c->rc && !L->nq; i++) {
        struct eng_block *b = &L->b[i];
        if (b->zone != ZN_REQUEST)
            continue;
        const char *t = b->text;
        const char *at[12];
        char ids[12][8];
        int n = 0;
        for (const char *p = t; *p && n < 12; p++) {
            if (*p != '(' || (p > t && p[-1] != ' '))
                continue;
            char id[8];
            const char *rest;
            if (eng_qmark(p, id, &rest) != 'n')
                continue;
            /* ids run 1, 2, 3 or a, b, c */
            if (n == 0 ? strcmp(id, "1") && strcmp(id, "a") && strcmp(id, "i")
                       : !(strlen(id) == 1 && strlen(ids[n - 1]) == 1 && id[0] == ids[n - 1][0] + 1))
                continue;
            snprintf(ids[n], 8, "%s", id);
            at[n++] = p;
        }
        if (n < 2)
            continue;
        for (int k = 0; k < n; k++) {
            const char *e = k + 1 < n ? at[k + 1] : at[k] + strcspn(at[k], "?.");
            const char *rest;
            char id[8];
            eng_qmark(at[k], id, &rest);
            const char *qt = foi_arena_strndup(&c->arena, rest, (size_t)(e > rest ? e - rest : 0));
            if (!qt) {
                c->rc = FOI_ENOMEM;
                return;
            }
            add_question(c, L, ids[k], i, qt);
        }
    }
}

/* Questions that point back ("how many of these were referred", "over the
 * same period"), however the questions were found (numbered blocks, list
 * items, inline "(1) ... (2)" items): what the one before says. */
static void questions_refer_back(struct ectx *c, struct eng_letter *L)
{
    /* "Of those allegations, how many ...?": a question naming no category
     * asks about the previous question's */
    for (int k = 1; k < L->nq; k++) {
        struct eng_question *q = &L->q[k], *p = &L->q[k - 1];
        if (q->td.ncats)
            continue;
        /* "the allegations in question 2" names the question it refers to */
        const char *qn = foi_strcasestr(q->text, "question ");
        int named = -1;
        if (qn) {
            char id[8];
            snprintf(id, sizeof id, "%.*s", (int)strspn(qn + 9, "0123456789abcdefghij"), qn + 9);
            for (int j = 0; j < k && *id; j++)
                if (!strcmp(L->q[j].id, id))
                    named = j;
        }
        if (named >= 0)
            p = &L->q[named];
        else if (!refers_back(q->text))
            continue;
        q->td.ncats = p->td.ncats;
        q->cats_back = 1;
        memcpy(q->td.cats, p->td.cats, sizeof q->td.cats);
        q->td.category = p->td.category;
        if (!q->td.subject)
            q->td.subject = p->td.subject;
        if (!q->td.measure)
            q->td.measure = p->td.measure;
        if (!q->td.nperiods) {
            q->td.nperiods = p->td.nperiods;
            memcpy(q->td.periods, p->td.periods, sizeof q->td.periods);
            memcpy(q->td.period_texts, p->td.period_texts, sizeof q->td.period_texts);
        }
    }
    /* "... over the same three years?", "in the same period": a question
     * naming no period of its own takes the one before it's (the whole span
     * of them when it says so) */
    for (int k = 1; k < L->nq && !c->rc; k++) {
        struct eng_question *q = &L->q[k];
        if (q->td.nperiods)
            continue;
        int want = 0, span = eng_span_phrase(q->text, &want);
        if (!span && !foi_strcasestr(q->text, "same period") && !foi_strcasestr(q->text, "same year") &&
            !foi_strcasestr(q->text, "same time"))
            continue;
        const struct eng_question *p = NULL;
        for (int j = k - 1; j >= 0 && !p; j--)
            if (L->q[j].td.nperiods)
                p = &L->q[j];
        if (!p)
            continue;
        struct foi_period sp;
        const char *label;
        if (span && eng_span_of(c, &p->td, want, &sp, &label)) {
            q->td.nperiods = 1;
            q->td.periods[0] = sp;
            q->td.period_texts[0] = label;
        } else if (!span || !want) {
            q->td.nperiods = p->td.nperiods;
            memcpy(q->td.periods, p->td.periods, sizeof q->td.periods);
            memcpy(q->td.period_texts, p->td.period_texts, sizeof q->td.period_texts);
        }
    }
}

/* Questions of the request: numbered blocks, or the "(1) ... (2) ..." items
 * of a one-paragraph request. */
static void questions(struct ectx *c, struct eng_letter *L)
{
    questions_found(c, L);
    if (!c->rc)
        questions_refer_back(c, L);
}

/* Add the sentences of a request block to b, leaving out those that state
 * another body's figures: their periods and categories are not asked for. */
static void request_sentences(struct ectx *c, struct foi_buf *b, const struct eng_block *bl)
{
    const char *s = bl->text;
    while (*s && !c->rc) {
        const char *e = s;
        while (*e && !((*e == '.' || *e == '?' || *e == '!') && (e[1] == ' ' || e[1] == '\0') &&
                       !(e > s && isdigit((unsigned char)e[-1]) && isdigit((unsigned char)e[1]))))
            e++;
        size_t n = (size_t)(e - s) + (*e ? 1 : 0);
        const char *sent = foi_arena_strndup(&c->arena, s, n);
        if (!sent) {
            c->rc = FOI_ENOMEM;
            return;
        }
        const char *why = eng_quoted_figure(c, sent);
        if (why) {
            eng_trace(c, eng_block_loc(c, (int)(bl - c->lt->b)), "not what the request asks about: %s: '%.60s'",
                      why, skip_ws(sent));
        } else {
            if (b->len)
                foi_buf_addc(b, ' ');
            foi_buf_add(b, s, n);
        }
        s += n;
    }
}

/* "for each of the last two financial years", "over the past 3 years": a
 * span of whole years relative to the letter, which the request names by
 * their number only (the answer's figures say which: engine_letter.c). */
static void relative_years(struct ectx *c, const char *text)
{
    struct eng_letter *L = c->lt;
    const char *l = foi_arena_strdup(&c->arena, text);
    if (!l)
        return;
    for (char *p = (char *)l; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    static const char *const lead[] = { "last ", "past ", "previous ", "preceding ", NULL };
    static const char *const nums[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL };
    for (int i = 0; lead[i]; i++)
        for (const char *p = strstr(l, lead[i]); p; p = strstr(p + 1, lead[i])) {
            if (p > l && isalpha((unsigned char)p[-1]))
                continue;
            const char *q = p + strlen(lead[i]);
            int n = 0;
            if (isdigit((unsigned char)*q)) {
                n = atoi(q);
                while (isdigit((unsigned char)*q))
                    q++;
            } else {
                for (int k = 0; nums[k] && !n; k++)
                    if (!strncmp(q, nums[k], strlen(nums[k])) && q[strlen(nums[k])] == ' ') {
                        n = k + 2;
                        q += strlen(nums[k]);
                    }
            }
            if (n < 2 || n > 10)
                continue;
            while (*q == ' ')
                q++;
            if (!strncmp(q, "full ", 5) || !strncmp(q, "complete ", 9))
                q = strchr(q, ' ') + 1;
            int kind = 0;
            if (!strncmp(q, "financial ", 10) || !strncmp(q, "fiscal ", 7)) {
                kind = FOI_PER_FY;
                q = strchr(q, ' ') + 1;
            } else if (!strncmp(q, "calendar ", 9)) {
                kind = FOI_PER_CALENDAR_YEAR;
                q += 9;
            }
            if (strncmp(q, "years", 5) || isalpha((unsigned char)q[5]))
                continue;
            L->rel_years = n;
            L->rel_kind = kind;
            /* "for each of the last two complete years and for the current
             * year to date" */
            L->rel_to_date = strstr(l, "year to date") || strstr(l, "year so far") ||
                             strstr(l, "year-to-date") != NULL;
            L->rel_text = foi_arena_strndup(&c->arena, text + (p - l), (size_t)(q + 5 - p));
            return;
        }
}

/* The request's text (every request block, the questions copied above their
 * answers once), what it names, and its first and last line for the table
 * reader: the request proper, up to the first block of the answer. */
/* "for every allegation of sexual assault ...", "each complaint": what a
 * request for details of each one is about, when no plural names it. */
static const char *each_of(struct ectx *c, const char *req)
{
    if (!c->tax)
        return NULL;
    const char *m = NULL;
    static const char *const q[] = { "every ", "each ", NULL };
    for (int k = 0; q[k]; k++)
        for (const char *p = foi_strcasestr(req, q[k]); p; p = foi_strcasestr(p + 1, q[k])) {
            if (p > req && isalpha((unsigned char)p[-1]))
                continue;
            const char *w = p + strlen(q[k]);
            size_t n = 0;
            while (isalpha((unsigned char)w[n]))
                n++;
            char word[32];
            if (!n || n >= sizeof word)
                continue;
            snprintf(word, sizeof word, "%.*s", (int)n, w);
            struct foi_match mm;
            if (foi_taxonomy_match(c->tax, FOI_VOCAB_MEASURE, word, &mm) > 0 && mm.exact) {
                if (m && strcmp(m, mm.id))
                    return NULL;   /* "each complaint and every allegation": which? */
                m = mm.id;
            }
        }
    return m;
}

/* The day the request was made, as the letter gives it before its answer
 * ("your request ... received on 2 April 2024", "your request of 12 March
 * 2024", "your email dated 4 January"): 1 found. */
static int request_day(struct ectx *c, const struct eng_letter *L, struct foi_date *out)
{
    static const char *const cues[] = { "received on ", "received ", "request of ", "request dated ",
                                        "email of ", "e-mail of ", "letter of ", "email dated ",
                                        "e-mail dated ", "letter dated ", "dated ", NULL };
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    int found = 0;
    for (int i = 0; i < L->nb && !found && !c->rc; i++) {
        const struct eng_block *b = &L->b[i];
        if (b->zone == ZN_RESPONSE || b->zone == ZN_BOILER)
            break;
        const char *l = foi_ascii_lower(&lb, b->text);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        /* a sentence about the request, not the letter's own date */
        if (!strstr(l, "request") && !strstr(l, "email") && !strstr(l, "e-mail") && !strstr(l, "letter"))
            continue;
        for (int k = 0; cues[k] && !found; k++)
            for (const char *p = strstr(l, cues[k]); p && !found; p = strstr(p + 1, cues[k])) {
                const char *t = b->text + (p - l) + strlen(cues[k]);
                struct foi_period d;
                size_t at, len;
                if (foi_period_find(t, NULL, &d, &at, &len) == 1 && at == 0 && d.resolved &&
                    !foi_date_cmp(&d.start, &d.end)) {
                    *out = d.start;
                    found = 1;
                }
            }
    }
    foi_buf_release(&lb);
    return found;
}

/* "from 1 January 2010 to the date of this request": a span that ends the
 * day the request was made, when the letter says which day that was. */
static void request_until_made(struct ectx *c, struct eng_letter *L, const char *req)
{
    static const char *const ends[] = { "to the date of this request", "to the date of my request",
        "to the date of the request", "to the date of your request", "until the date of this request",
        "until the date of my request", "up to the date of this request", "up to the date of my request",
        "to the date of this letter", "to the date of this email", NULL };
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    const char *l = foi_ascii_lower(&lb, req);
    const char *hit = NULL;
    size_t hitlen = 0;
    for (int k = 0; l && ends[k] && !hit; k++)
        if ((hit = strstr(l, ends[k])) != NULL)
            hitlen = strlen(ends[k]);
    if (!l)
        c->rc = FOI_ENOMEM;
    /* the day it runs from, just before ("from 1 January 2010 to ...") */
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
    int np = hit ? foi_period_find_all(req, NULL, ps, at, len, ENG_MAX_PERIODS) : 0;
    int from = -1;
    for (int i = 0; i < np; i++) {
        size_t e = at[i] + len[i];
        while (req[e] == ' ' || req[e] == ',')
            e++;
        if (!strncmp(l + e, "up ", 3) || !strncmp(l + e, "right ", 6))
            e += l[e] == 'u' ? 3 : 6;
        if (e == (size_t)(hit - l) && ps[i].resolved && !foi_date_cmp(&ps[i].start, &ps[i].end))
            from = i;
    }
    struct foi_date made;
    if (from >= 0 && c->req.nperiods < ENG_MAX_PERIODS && request_day(c, L, &made) &&
        foi_date_cmp(&ps[from].start, &made) < 0) {
        /* the span replaces its first day among the request's periods */
        int slot = c->req.nperiods;
        for (int i = 0; i < c->req.nperiods; i++)
            if (!foi_date_cmp(&c->req.periods[i].start, &ps[from].start) &&
                !foi_date_cmp(&c->req.periods[i].end, &ps[from].start))
                slot = i;
        struct foi_period sp = ps[from];
        sp.end = made;
        sp.kind = FOI_PER_RANGE;
        c->req.periods[slot] = sp;
        size_t n = (size_t)(hit - l) + hitlen - at[from];
        if (at[from] + n > strlen(req))
            n = strlen(req) - at[from];
        c->req.period_texts[slot] = foi_arena_strndup(&c->arena, req + at[from], n);
        if (slot == c->req.nperiods)
            c->req.nperiods++;
    }
    foi_buf_release(&lb);
}

/* "each calendar year 2023-2025", "each of the years 2021 to 2023": a
 * run of whole years the request asks for one by one, not their span: the
 * years replace the range among the request's periods (a refusal of "the
 * calendar-year part" is a refusal of each of them). */
static void each_year_of_range(struct ectx *c, const char *text)
{
    struct textdims *td = &c->req;
    for (int i = 0; i < td->nperiods && !c->rc; i++) {
        const struct foi_period *p = &td->periods[i];
        const char *t = td->period_texts[i];
        if (!p->resolved || p->kind != FOI_PER_RANGE || !t || !text)
            continue;
        int cy = p->start.m == 1 && p->start.d == 1 && p->end.m == 12 && p->end.d == 31;
        int fy = p->start.m == 4 && p->start.d == 1 && p->end.m == 3 && p->end.d == 31;
        int n = p->end.y - p->start.y + (cy ? 1 : 0);
        if ((!cy && !fy) || n < 2 || n > 10 || td->nperiods - 1 + n > ENG_MAX_PERIODS)
            continue;
        /* "each" / "every" just before it, within the phrase */
        const char *at = strstr(text, t);
        if (!at)
            continue;
        int each = 0;
        for (const char *q = at; q > text && at - q < 40 && !each; q--)
            each = (!strncasecmp(q - 1, " each ", 6) || !strncasecmp(q - 1, " every ", 7)) ||
                   ((q - 1 == text) && (!strncasecmp(q - 1, "each ", 5) || !strncasecmp(q - 1, "every ", 6)));
        if (!each)
            continue;
        const char *span = foi_arena_strdup(&c->arena, t);
        struct foi_period base = *p;
        for (int k = i; k + 1 < td->nperiods; k++) {
            td->periods[k] = td->periods[k + 1];
            td->period_texts[k] = td->period_texts[k + 1];
        }
        td->nperiods--;
        for (int y = 0; y < n; y++) {
            struct foi_period q = base;
            q.start.y = base.start.y + y;
            q.end.y = q.start.y + (cy ? 0 : 1);
            q.kind = cy ? FOI_PER_CALENDAR_YEAR : FOI_PER_FY;
            td->periods[td->nperiods] = q;
            td->period_texts[td->nperiods++] = span;
        }
        i--;
    }
}

/* The year scheme a text names: 1 financial years, 2 calendar years, 3
 * both, 0 neither. */
static int text_schemes(const char *l)
{
    return (strstr(l, "financial year") || strstr(l, "financial-year") ? 1 : 0) |
           (strstr(l, "calendar year") || strstr(l, "calendar-year") ? 2 : 0);
}

/* Does label t stand alone at l+at (not "2025" inside "2025/26")? */
static int label_alone(const char *l, size_t at, size_t n)
{
    if (at > 0 && (isalnum((unsigned char)l[at - 1]) || l[at - 1] == '/'))
        return 0;
    char e = l[at + n];
    return !isalnum((unsigned char)e) && e != '/' && !(e == '-' && isdigit((unsigned char)l[at + n + 1]));
}

/* "Please tell me, for the financial years 2024/25 and 2025/26 and for the
 * current year to date (or for the calendar years 2024 and 2025 and 2026 to
 * date, if that is how you record the information): ...": an alternative
 * the request offers on a condition ("or ... if ..."), in one year scheme
 * where the words before it name the other. The request's periods written
 * only inside it are the alternative's (c->req_alt): they are the request's
 * only where the answer takes that scheme up. */
/* The clause l[a..b) of the lowered request is the conditional alternative
 * when it names one year scheme and the words before it the other: its
 * periods (those the request writes only inside it) into c->req_alt. */
static void alternative_clause(struct ectx *c, const char *req, const char *l, size_t a, size_t b, size_t *alt_a,
                               size_t *alt_b)
{
    char *cl = foi_arena_strndup(&c->arena, l + a, b - a);
    char *head = foi_arena_strndup(&c->arena, l, a);
    if (!cl || !head) {
        c->rc = FOI_ENOMEM;
        return;
    }
    int alt = text_schemes(cl), before = text_schemes(head);
    if ((alt != 1 && alt != 2) || before != 3 - alt)
        return;
    for (int i = 0; i < c->req.nperiods; i++) {
        const char *t = c->req.period_texts[i];
        size_t n = t ? strlen(t) : 0;
        if (!n || c->nreq_alt >= ENG_MAX_PERIODS)
            continue;
        int in = 0, out = 0;
        for (const char *p = foi_strcasestr(req, t); p; p = foi_strcasestr(p + 1, t)) {
            size_t at = (size_t)(p - req);
            if (!label_alone(l, at, n))
                continue;
            if (at >= a && at + n <= b)
                in = 1;
            else
                out = 1;
        }
        if (in && !out) {
            c->req_alt[c->nreq_alt] = c->req.periods[i];
            c->req_alt_text[c->nreq_alt++] = t;
        }
    }
    if (c->nreq_alt) {
        c->req_alt_scheme = alt;
        *alt_a = a;
        *alt_b = b;
    }
}

static void request_alternative(struct ectx *c, const char *req, const char *l, size_t *alt_a, size_t *alt_b)
{
    *alt_a = *alt_b = 0;
    for (const char *o = strstr(l, "or "); o && !c->nreq_alt && !c->rc; o = strstr(o + 1, "or ")) {
        if (o == l)
            continue;
        int paren = o[-1] == '(';
        int comma = o >= l + 2 && o[-1] == ' ' && o[-2] == ',';
        if (!paren && !comma)
            continue;
        const char *e = paren ? strchr(o, ')') : o + strcspn(o, ";:.)");
        if (!e || e == o)
            continue;
        /* on a condition: "if that is how you record", "if easier" */
        const char *f = strstr(o, " if ");
        if (!f || f >= e)
            continue;
        alternative_clause(c, req, l, (size_t)(o - l), (size_t)(e - l), alt_a, alt_b);
    }
    /* "... 2026/27 to date. If you record by calendar year, the calendar
     * years 2024 and 2025 and 2026 to date will do.": a sentence of its own
     * opening on the condition ("If ...", "Alternatively, if ..."), to its
     * end */
    for (const char *o = strstr(l, "if "); o && !c->nreq_alt && !c->rc; o = strstr(o + 1, "if ")) {
        const char *q = o;
        if (q >= l + 15 && !strncmp(q - 15, "alternatively, ", 15))
            q -= 15;
        const char *w = q;
        while (w > l && w[-1] == ' ')
            w--;
        int opens = w == l || (w < q && strchr(".;:?!", w[-1])) || w[-1] == '(';
        if (!opens)
            continue;
        const char *e = o;
        while (*e && *e != ';' && *e != ')' && !(*e == '.' && (e[1] == ' ' || !e[1])))
            e++;
        if (e == o)
            continue;
        alternative_clause(c, req, l, (size_t)(q - l), (size_t)(e - l), alt_a, alt_b);
    }
    /* "... for the financial years 2024/25 and 2025/26. Calendar years 2024
     * and 2025 are acceptable if that is how you record.": a sentence of its
     * own that offers the other scheme as acceptable (will do, is fine) on a
     * condition (round 47a, blind47) */
    for (const char *o = l; *o && !c->nreq_alt && !c->rc;) {
        const char *e = o;
        while (*e && !((*e == '.' || *e == '?' || *e == '!') && (e[1] == ' ' || !e[1])) && *e != ';')
            e++;
        if (o > l) {
            char *sent = foi_arena_strndup(&c->arena, o, (size_t)(e - o));
            if (!sent) {
                c->rc = FOI_ENOMEM;
                return;
            }
            if (strstr(sent, " if ") && (strstr(sent, " acceptable") || strstr(sent, " will do") ||
                                         strstr(sent, " would do") || strstr(sent, " is fine") ||
                                         strstr(sent, " are fine")))
                alternative_clause(c, req, l, (size_t)(o - l), (size_t)(e - l), alt_a, alt_b);
        }
        o = *e ? e + 1 : e;
        while (*o == ' ')
            o++;
    }
}

/* "for the financial years 2024/25 and 2025/26 and for the current year to
 * date": the year to date of the scheme the request's other years are in
 * (or that the phrase names, "the current financial year to date"), the
 * year the request was made in, when the letter says which day that was:
 * "2026/27 to date" among the request's periods (its end as the document
 * defines it, else none). Not inside the request's conditional alternative
 * ([alt_a, alt_b)), not where a period of that year is asked already. */
static void request_current_to_date(struct ectx *c, struct eng_letter *L, const char *l, size_t alt_a,
                                    size_t alt_b)
{
    static const char *const phrases[] = { "current financial year to date", "current year to date",
                                           "this financial year to date", "this year to date",
                                           "current financial year so far", "current year so far", NULL };
    const char *hit = NULL;
    int k = 0;
    for (; phrases[k] && !hit; k++)
        for (const char *p = strstr(l, phrases[k]); p && !hit; p = strstr(p + 1, phrases[k]))
            if (!(alt_b > alt_a && (size_t)(p - l) >= alt_a && (size_t)(p - l) < alt_b))
                hit = p;
    struct foi_date made;
    if (!hit || c->req.nperiods >= ENG_MAX_PERIODS || !request_day(c, L, &made))
        return;
    int scheme = strstr(phrases[k - 1], "financial") ? FOI_PER_FY : 0;
    if (!scheme) {
        /* the scheme of the request's whole years outside the alternative */
        int fy = 0, cy = 0;
        for (int i = 0; i < c->req.nperiods; i++) {
            const struct foi_period *p = &c->req.periods[i];
            if (!p->resolved || eng_req_alternative(c, p, c->req.period_texts[i]))
                continue;
            fy |= p->start.m == 4 && p->start.d == 1 && p->end.m == 3 && p->end.d == 31;
            cy |= p->start.m == 1 && p->start.d == 1 && p->end.m == 12 && p->end.d == 31;
        }
        scheme = fy && !cy ? FOI_PER_FY : cy && !fy ? FOI_PER_CALENDAR_YEAR : 0;
    }
    if (!scheme)
        return;
    int y = scheme == FOI_PER_FY && made.m < 4 ? made.y - 1 : made.y;
    for (int i = 0; i < c->req.nperiods; i++)
        if (c->req.periods[i].resolved && c->req.periods[i].start.y == y &&
            c->req.periods[i].start.m == (scheme == FOI_PER_FY ? 4 : 1) && c->req.periods[i].start.d == 1)
            return;   /* that year is asked already ("2026/27 to date") */
    const char *label = scheme == FOI_PER_FY ? foi_arena_printf(&c->arena, "%d/%02d to date", y, (y + 1) % 100)
                                             : foi_arena_printf(&c->arena, "%d to date", y);
    if (!label) {
        c->rc = FOI_ENOMEM;
        return;
    }
    struct textdims td;
    eng_textdims(c, label, &td);
    if (td.nperiods != 1)
        return;
    c->req.periods[c->req.nperiods] = td.periods[0];
    c->req.period_texts[c->req.nperiods++] = td.period_texts[0] ? td.period_texts[0] : label;
}

/* Is the request's period p (labelled t) one named only as its conditional
 * alternative? */
int eng_req_alternative(const struct ectx *c, const struct foi_period *p, const char *t)
{
    for (int i = 0; i < c->nreq_alt; i++)
        if (((t && c->req_alt_text[i] && !strcmp(t, c->req_alt_text[i])) || (!t && !c->req_alt_text[i])) &&
            p->resolved == c->req_alt[i].resolved && !foi_date_cmp(&p->start, &c->req_alt[i].start) &&
            !foi_date_cmp(&p->end, &c->req_alt[i].end))
            return 1;
    return 0;
}

static void request_text(struct ectx *c, struct eng_letter *L)
{
    c->req_first = c->req_last = -1;
    struct foi_buf b;
    foi_buf_init(&b, 1 << 20);
    int answered = 0;   /* a block of the answer came after the request began */
    for (int i = 0; i < L->nb && !c->rc; i++) {
        const struct eng_block *bl = &L->b[i];
        if (bl->zone == ZN_RESPONSE && c->req_first >= 0)
            answered = 1;
        /* the thanks opening an answer tells what was asked */
        if (bl->zone == ZN_RESPONSE && bl->told) {
            if (b.len)
                foi_buf_addc(&b, ' ');
            foi_buf_adds(&b, bl->told);
            continue;
        }
        /* a heading of the request ("Your request") says nothing it asks;
         * a short line of it that only looks like one ("For 2023:") does */
        if (bl->zone != ZN_REQUEST || ((bl->flags & FOI_LINE_HEADING) && !strcmp(bl->why, "request heading")))
            continue;
        if (!answered) {
            if (c->req_first < 0)
                c->req_first = bl->first;
            c->req_last = bl->last;
        }
        /* a question copied above its answer: already counted */
        if (bl->q >= 0 && bl->q < L->nq && L->q[bl->q].block != i && L->q[bl->q].block < i)
            continue;
        request_sentences(c, &b, bl);
    }
    if (b.data && b.len && !c->rc) {
        const char *req = foi_arena_strdup(&c->arena, b.data);
        if (req) {
            eng_textdims(c, req, &c->req);
            each_year_of_range(c, req);
            request_until_made(c, L, req);
            if (!c->req.measure)
                c->req.measure = each_of(c, req);
            /* no period but a day ("your request of 1 December 2026, in
             * which you asked: ... for each of the last two complete years") */
            int spans = 0;
            for (int i = 0; i < c->req.nperiods; i++)
                spans += foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end) != 0;
            if (!spans)
                relative_years(c, req);
            /* the request lowered once for its alternative and its year to date */
            struct foi_buf lb;
            foi_buf_init(&lb, 0);
            const char *lreq = foi_ascii_lower(&lb, req);
            if (!lreq) {
                c->rc = FOI_ENOMEM;
            } else {
                size_t alt_a, alt_b;
                request_alternative(c, req, lreq, &alt_a, &alt_b);
                request_current_to_date(c, L, lreq, alt_a, alt_b);
            }
            foi_buf_release(&lb);
        } else {
            c->rc = FOI_ENOMEM;
        }
    }
    foi_buf_release(&b);
    /* "How many police officers have been subject to ...": what the one
     * question of the request counts */
    if (!c->req.measure && !L->nq && c->req_first >= 0) {
        const char *subj = NULL;
        for (int i = 0; i < L->nb && !c->req.measure; i++)
            if (L->b[i].zone == ZN_REQUEST && !(L->b[i].flags & FOI_LINE_HEADING))
                c->req.measure = eng_counted_noun(c, L->b[i].text, &subj);
        if (c->req.measure && subj && !c->req.subject)
            c->req.subject = subj;
    }
    /* a request whose questions count different things ("How many allegations
     * ...?", "How many were referred to the IOPC?"): what its questions about
     * the categories count */
    if (!c->req.measure && L->nq) {
        const char *m = NULL;
        int agree = 1;
        for (int k = 0; k < L->nq; k++) {
            const struct eng_question *q = &L->q[k];
            if (!q->td.ncats || !q->td.measure)
                continue;
            if (m && strcmp(m, q->td.measure))
                agree = 0;
            m = q->td.measure;
        }
        if (m && agree)
            c->req.measure = m;
    }
}

/* ------------------------------------------------------------ a response? */
/* A line of program code: "def f(x):", "import os", "x = f(y)", "return x",
 * "} else {", "for (i = 0; ...", "#include", a line ending in ';' or '{'. */
static int code_line(const char *t)
{
    t = skip_ws(t);
    static const char *const starts[] = { "def ", "class ", "import ", "from ", "return", "elif ", "else:",
        "try:", "except", "finally:", "raise ", "#include", "#define", "#!", "function ", "var ", "const ",
        "let ", "if (", "for (", "while (", "} ", "}", "{", "@", "async ", "await ", "with ", "yield ",
        "print(", "assert ", ")", "]", NULL };
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (!n)
        return 0;
    for (int i = 0; starts[i]; i++) {
        size_t k = strlen(starts[i]);
        if (!strncmp(t, starts[i], k)) {
            /* "from the", "return to": prose; code has no capital after these */
            if ((!strcmp(starts[i], "from ") || !strcmp(starts[i], "with ")) && !strstr(t, " import ") &&
                t[n - 1] != ':')
                continue;
            return 1;
        }
    }
    char last = t[n - 1];
    if (last == ';' || last == '{' || last == '(' || last == '[' || (last == ':' && n >= 2 && t[n - 2] == ')'))
        return 1;
    /* a call: "name(" or "obj.method(" opening the line */
    size_t w = 0;
    while (isalnum((unsigned char)t[w]) || t[w] == '_' || t[w] == '.')
        w++;
    if (w && t[w] == '(' && (isalpha((unsigned char)t[0]) || t[0] == '_'))
        return 1;
    /* a string literal continued: "...", / "...") / "..." + */
    if (*t == '"' && n >= 2 &&
        ((t[n - 2] == '"' && (last == ',' || last == ')' || last == '+' || last == '\\')) ||
         (n >= 3 && t[n - 3] == '"' && t[n - 2] == ')' && (last == ',' || last == ')'))))
        return 1;
    /* "name = value", "obj.attr[0] = f(x)" */
    size_t i = 0;
    while (isalnum((unsigned char)t[i]) || t[i] == '_' || t[i] == '.' || t[i] == '[' || t[i] == ']' ||
           t[i] == ',' || t[i] == ' ')
        if (t[i++] == ' ' && t[i] == '=')
            break;
    return i > 0 && t[i] == '=' && t[i + 1] != '=' && (t[i + 1] == ' ' || t[i + 1] == '"') &&
           !isupper((unsigned char)t[0]);
}

/* Is the document program code (a script left in the folder), whatever its
 * strings say? A third of its lines or more read as code. */
static int is_code(const struct foi_doc *doc)
{
    int lines = 0, code = 0;
    for (int i = 0; i < doc->nlines; i++) {
        if (!doc->lines[i].text[0])
            continue;
        lines++;
        code += code_line(doc->lines[i].text);
    }
    return lines >= 10 && code * 3 >= lines;
}

/* Is the document Markdown (notes or a README left in the folder)? Forces
 * send letters, e-mails and pages, never Markdown source: two ATX headings
 * ("# Notes", "## Keying") and Markdown's own marks (a pipe table's rule row
 * "|---|", a code fence, or three `code` spans). */
static int is_markdown(const struct foi_doc *doc)
{
    int heads = 0, marks = 0, ticks = 0;
    for (int i = 0; i < doc->nlines; i++) {
        const char *t = doc->lines[i].text;
        while (*t == ' ')
            t++;
        size_t h = 0;
        while (t[h] == '#')
            h++;
        if (h >= 1 && h <= 6 && t[h] == ' ' && isalnum((unsigned char)t[h + 1]))
            heads++;
        if (!strncmp(t, "```", 3) || !strncmp(t, "~~~", 3))
            marks++;
        if (*t == '|' || (*t == ':' && t[1] == '-')) {
            const char *q = t;
            int dash = 0, other = 0;
            for (; *q; q++) {
                if (*q == '-')
                    dash++;
                else if (*q != '|' && *q != ':' && *q != ' ')
                    other++;
            }
            if (dash >= 3 && !other)
                marks++;
        }
        for (const char *q = t; (q = strchr(q, '`')) != NULL; q++) {
            const char *e = strchr(q + 1, '`');
            if (!e)
                break;
            if (e > q + 1)
                ticks++;
            q = e;
        }
    }
    return heads >= 2 && (marks || ticks >= 3);
}

static void judge_response(struct ectx *c, struct eng_letter *L)
{
    if (c->doc->format == FOI_FMT_TEXT && is_code(c->doc)) {
        L->is_response = 0;
        L->has_prose = 1;
        L->response_why = "it reads as program code, not a letter";
        return;
    }
    if (c->doc->format == FOI_FMT_TEXT && is_markdown(c->doc)) {
        L->is_response = 0;
        L->has_prose = 1;
        L->response_why = "it is Markdown (notes or a README), not a letter";
        return;
    }
    int req = 0, resp = 0, dear = 0, foi = 0, yours = 0, rights = 0, words = 0, marked = 0;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    for (int i = 0; i < L->nb; i++) {
        const struct eng_block *b = &L->b[i];
        const char *l = foi_ascii_lower(&lb, b->text);
        if (!l)
            break;
        if (b->zone == ZN_REQUEST && b->why && strcmp(b->why, "copied question"))
            req = 1;
        char aid[8];
        if (b->zone == ZN_RESPONSE && b->why && (!strcmp(b->why, "response heading") ||
                                                 !strcmp(b->why, "labelled answer") ||
                                                 eng_qmark(b->text, aid, NULL) == 'a'))
            marked = 1;
        if (!resp && any_of(l, response_cues, NULL))
            resp = 1;
        /* "The information below relates to police officers only, for the
         * financial year 2025/26": after a request, an answer that says
         * what its tables give (only in the answer: before the request the
         * words would make it an answer) */
        static const char *const below[] = { "the information below", "the table below", "the tables below",
                                             "the figures below", NULL };
        if (!resp && b->zone == ZN_RESPONSE && any_of(l, below, NULL))
            resp = 1;
        if (!strncmp(l, "dear ", 5))
            dear = 1;
        if (strstr(l, "freedom of information") || strstr(l, "foi "))
            foi = 1;
        if (strstr(l, "your request") || strstr(l, "you asked") || strstr(l, "your email") ||
            strstr(l, "you requested"))
            yours = 1;
        if (strstr(l, "internal review") || strstr(l, "information commissioner") ||
            strstr(l, "complaint rights"))
            rights = 1;
        /* running text: a block of eight words or more */
        int w = 0;
        for (const char *p = b->text; *p; p++)
            w += *p == ' ';
        if (w >= 7 && !(b->flags & FOI_LINE_HEADING))
            words++;
    }
    foi_buf_release(&lb);
    L->has_prose = words > 0;
    /* a request and a reply to it; or, with no request found, a letter
     * ("Dear ...") or a marked answer that speaks of the request */
    /* a request and the complaint rights every FOI response closes with
     * (round 42b: Norfolk's answer in prose after the request, no "you
     * asked", no "Dear") */
    L->is_response = (req && (resp || dear || yours || marked || rights)) ||
                     ((dear || marked) && (yours || foi || rights || c->request_ref != NULL) &&
                      (resp || yours || marked)) ||
                     /* no "Dear": "Our reference: FOI 26-3375 ... Your request
                      * dated ...; our response dated ...", under the Act, with
                      * the rights of review */
                     (yours && resp && foi && rights && c->request_ref != NULL);
    if (L->is_response)
        L->response_why = req ? "a request and an answer" : "the words of an FOI response";
    else
        L->response_why = "no request, no reply to a requester";
}

/* "Durham Constabulary does not record sexual assault, sexual harassment and
 * abuse of position for a sexual purpose separately: they are recorded
 * together as 'sexual misconduct'": the answer counts one combined category
 * where the request asked for several. The category the sentence names after
 * "together as" (or "combined as", "grouped under" ...), when it is one and
 * the request names several, is what the request's categories become, for
 * the request and each question naming several of them: every count of the
 * answer that names no category is of it. */
static void combined_category(struct ectx *c, struct eng_letter *L)
{
    if (c->req.ncats < 2)
        return;
    static const char *const joins[] = { "together as ", "together under ", "combined as ", "combined into ",
                                         "combined under ", "grouped as ", "grouped under ", "grouped together as ",
                                         "merged into ", "merged as ", NULL };
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    const char *cat = NULL;
    int at = -1;
    for (int i = 0; i < L->nb && !cat && !c->rc; i++) {
        if (L->b[i].zone != ZN_RESPONSE)
            continue;
        const char *l = foi_ascii_lower(&lb, L->b[i].text);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        if (!strstr(l, "separately") && !strstr(l, "single categor") && !strstr(l, "one categor") &&
            !strstr(l, "combined categor"))
            continue;
        for (int j = 0; joins[j] && !cat; j++) {
            const char *p = strstr(l, joins[j]);
            if (!p)
                continue;
            const char *from = L->b[i].text + (p - l) + strlen(joins[j]);
            size_t n = 0;
            while (from[n] && !((from[n] == '.' || from[n] == ';' || from[n] == ':') &&
                                (from[n + 1] == ' ' || !from[n + 1])))
                n++;
            const char *tail = foi_arena_strndup(&c->arena, from, n);
            if (!tail) {
                c->rc = FOI_ENOMEM;
                break;
            }
            struct textdims td;
            eng_textdims(c, tail, &td);
            if (td.ncats == 1)
                cat = td.category;
        }
        at = i;
    }
    foi_buf_release(&lb);
    if (!cat)
        return;
    const char *id = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, cat);
    for (int k = 0; k < c->req.ncats; k++) {
        const char *rid = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, c->req.cats[k]);
        if (id && rid && !strcmp(id, rid))
            return;   /* one of the categories asked for: not a combination of them */
    }
    eng_trace(c, eng_block_loc(c, at), "the answer counts the categories asked for together as '%s'", cat);
    c->req.ncats = 1;
    c->req.cats[0] = cat;
    c->req.category = cat;
    for (int k = 0; k < L->nq; k++)
        if (L->q[k].td.ncats >= 2) {
            L->q[k].td.ncats = 1;
            L->q[k].td.cats[0] = cat;
            L->q[k].td.category = cat;
        }
}

/* ------------------------------------------------------------ entry */
int eng_split(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    eng_find_ref(c);
    if (build_blocks(c, L))
        return c->rc;
    zones(c, L);
    if (!c->rc)
        questions(c, L);
    if (!c->rc)
        request_text(c, L);
    /* "Request: ..." / "Response: 20": the request is the one question */
    if (!c->rc && !L->nq) {
        int labelled = 0, first = -1;
        for (int i = 0; i < L->nb; i++) {
            labelled |= L->b[i].zone == ZN_RESPONSE && L->b[i].marked;
            if (first < 0 && L->b[i].zone == ZN_REQUEST && !(L->b[i].flags & FOI_LINE_HEADING))
                first = i;
        }
        if (labelled && first >= 0) {
            const char *rest = L->b[first].text;
            inline_label(rest, &rest);
            add_question(c, L, "", first, rest);
            for (int i = 0; i < L->nb; i++)
                if (L->b[i].zone == ZN_RESPONSE && L->b[i].marked)
                    L->b[i].q = 0;
        }
    }
    if (!c->rc)
        combined_category(c, L);
    if (!c->rc)
        judge_response(c, L);
    if (!c->rc)
        eng_find_notes(c);
    return c->rc;
}
