/* engine_prose.c: which numbers in a sentence of the answer are figures. A
 * number is a figure only when the sentence ties it to a count of what was
 * asked ("fourteen allegations of sexual assault") or to an outcome ("four
 * resulted in dismissal"); dates, periods, money, percentages, lengths of
 * time, ages, references, sections, pages, quotations, other bodies'
 * figures and the size of a group a sentence picks from are not. Every
 * candidate is traced with the reason it was taken or left out. */
#include "engine_letter.h"
#include "../normalize/figure.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MAXC 32

struct cand {
    size_t at, used;
    struct foi_value v;
    const char *why;        /* NULL: still a candidate */
};

/* ------------------------------------------------------------ helpers */
static int is_word(unsigned char ch) { return isalnum(ch) || ch >= 0x80; }

static int word_start(const char *s, size_t i)
{
    if (!isalnum((unsigned char)s[i]))
        return 0;
    /* "£48,000": a symbol before a number does not glue it to a word */
    return i == 0 || !isalnum((unsigned char)s[i - 1]);
}

/* lower-case copy in the arena (same length: offsets carry over) */
static char *lower(struct ectx *c, const char *s)
{
    char *l = foi_arena_strdup(&c->arena, s);
    if (!l) {
        c->rc = FOI_ENOMEM;
        return NULL;
    }
    for (char *p = l; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return l;
}

static int ends_with_word(const char *l, size_t at, const char *w)
{
    size_t n = strlen(w);
    size_t e = at;
    while (e > 0 && l[e - 1] == ' ')
        e--;
    if (e < n || strncmp(l + e - n, w, n))
        return 0;
    return e == n || !is_word((unsigned char)l[e - n - 1]);
}

static int starts_word(const char *l, const char *w)
{
    while (*l == ' ')
        l++;
    size_t n = strlen(w);
    return !strncmp(l, w, n) && !is_word((unsigned char)l[n]);
}

int eng_has_count_word(const char *s)
{
    for (; *s; s++)
        if (isdigit((unsigned char)*s))
            return 1;
    return 0;
}

/* ------------------------------------------------------------ masks */
/* Quotations: "..." and “...” and ‘...’ (an apostrophe inside a word is
 * not a quotation mark). mask[i] = 1 inside. */
static void mask_quotes(const char *s, unsigned char *mask)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        const unsigned char *u = (const unsigned char *)s + i;
        size_t open_len = 0;
        const char *close = NULL;
        if (*u == '"') {
            open_len = 1;
            close = "\"";
        } else if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x9C) {
            open_len = 3;
            close = "\xe2\x80\x9d";
        } else if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x98 && (i == 0 || !is_word((unsigned char)s[i - 1]))) {
            open_len = 3;
            close = "\xe2\x80\x99";
        } else if (*u == '\'' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') && is_word(u[1])) {
            open_len = 1;
            close = "'";
        }
        if (!open_len)
            continue;
        /* the closing mark: for ' and ’ one not followed by a letter */
        size_t j = i + open_len;
        const char *e = NULL;
        while ((e = strstr(s + j, close)) != NULL) {
            size_t k = (size_t)(e - s) + strlen(close);
            if ((close[0] == '\'' || !strcmp(close, "\xe2\x80\x99")) && is_word((unsigned char)s[k]))
                j = k;
            else
                break;
        }
        size_t end = e ? (size_t)(e - s) + strlen(close) : n;
        if (!e && strcmp(close, "\""))
            continue;   /* an unclosed single quote is an apostrophe */
        memset(mask + i, 1, end - i);
        i = end ? end - 1 : 0;
    }
}

/* ------------------------------------------------------------ periods */
struct speriod {
    struct foi_period p;
    size_t at, len;
    const char *text;
    const char *bad;        /* why it is not a figure's period, or NULL */
};

/* "Freedom of Information Act 2000": a year naming a law is no period */
static int legislation_year(const char *s, size_t at)
{
    static const char *const words[] = { "Act ", "Regulations ", "Order ", "Rules ", "Act, ", NULL };
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (at >= n && !strncmp(s + at - n, words[i], n))
            return 1;
    }
    return 0;
}

static const char SINGLE_DAY[] = "a single day (when something happened, not what a count covers)";

static int sentence_periods(struct ectx *c, const char *s, const char *l, const unsigned char *qmask,
                            struct speriod *out, int max)
{
    struct foi_period ps[ENG_MAX_PERIODS * 2];
    size_t at[ENG_MAX_PERIODS * 2], len[ENG_MAX_PERIODS * 2];
    struct foi_period_ctx pc = {0};
    int np = foi_period_find_all(s, &pc, ps, at, len, ENG_MAX_PERIODS * 2);
    int n = 0;
    for (int i = 0; i < np && n < max; i++) {
        struct speriod *sp = &out[n++];
        memset(sp, 0, sizeof *sp);
        sp->p = ps[i];
        sp->at = at[i];
        sp->len = len[i];
        /* "2026/27 reporting year to date": the words saying it is a part
         * stay with it (as eng_textdims keeps them), for what the document
         * defines the year to date to be */
        size_t ytd = ps[i].kind == FOI_PER_FY || ps[i].kind == FOI_PER_CALENDAR_YEAR
                     ? eng_period_ytd_len(s, at[i] + len[i]) : 0;
        sp->text = foi_arena_strndup(&c->arena, s + at[i], len[i] + ytd);
        if (!ps[i].resolved)
            sp->bad = "a period that cannot be resolved";
        else if (legislation_year(s, at[i]))
            sp->bad = "the year of a law";
        else if (qmask[at[i]])
            sp->bad = "inside a quotation";
        else if (!foi_date_cmp(&ps[i].start, &ps[i].end))
            sp->bad = SINGLE_DAY;
        else if (ends_with_word(l, at[i], "since") || ends_with_word(l, at[i], "before") ||
                 ends_with_word(l, at[i], "after") || ends_with_word(l, at[i], "until") ||
                 ends_with_word(l, at[i], "till") || ends_with_word(l, at[i], "to") ||
                 ends_with_word(l, at[i], "by") || ends_with_word(l, at[i], "as of") ||
                 ends_with_word(l, at[i], "end of") || ends_with_word(l, at[i], "as at") ||
                 ends_with_word(l, at[i], "at") || ends_with_word(l, at[i], "prior to"))
            sp->bad = "a point in time (since, before, after, by)";
        if (!sp->text) {
            c->rc = FOI_ENOMEM;
            return n;
        }
    }
    /* "the current year" the letter defines ("runs from 1 April 2024 to 30
     * September 2024"): a period of the sentence where the phrase stands */
    struct foi_period rp;
    const char *ph = n < max ? eng_period_relative(c, s, &rp) : NULL;
    const char *hit = ph ? foi_strcasestr(s, ph) : NULL;
    if (hit && !qmask[hit - s]) {
        size_t a = (size_t)(hit - s), e = a + strlen(ph);
        if (a >= 4 && !strncasecmp(s + a - 4, "the ", 4))
            a -= 4;
        int overlap = 0;
        for (int i = 0; i < n; i++)
            overlap |= out[i].at < e && a < out[i].at + out[i].len;
        if (!overlap) {
            int k = n++;
            while (k > 0 && out[k - 1].at > a) {
                out[k] = out[k - 1];
                k--;
            }
            memset(&out[k], 0, sizeof out[k]);
            out[k].p = rp;
            out[k].at = a;
            out[k].len = e - a;
            out[k].text = foi_arena_strndup(&c->arena, s + a, e - a);
            if (!out[k].text)
                c->rc = FOI_ENOMEM;
        }
    }
    return n;
}

int eng_text_period(struct ectx *c, const char *text, struct foi_period *p, const char **label)
{
    const char *l = lower(c, text);
    unsigned char *qmask = foi_arena_alloc(&c->arena, strlen(text) + 1);
    if (!l || !qmask)
        return 0;
    mask_quotes(text, qmask);
    struct speriod sp[ENG_MAX_PERIODS * 2];
    int nsp = sentence_periods(c, text, l, qmask, sp, ENG_MAX_PERIODS * 2);
    int good = -1;
    for (int k = 0; k < nsp; k++) {
        if (sp[k].bad)
            continue;
        if (good < 0) {
            good = k;
            continue;
        }
        /* a range and a year inside it are one period; two others are two */
        int inside = foi_date_cmp(&sp[k].p.start, &sp[good].p.start) >= 0 &&
                     foi_date_cmp(&sp[k].p.end, &sp[good].p.end) <= 0;
        int outside = foi_date_cmp(&sp[good].p.start, &sp[k].p.start) >= 0 &&
                      foi_date_cmp(&sp[good].p.end, &sp[k].p.end) <= 0;
        if (outside)
            good = k;
        else if (!inside)
            return 0;
    }
    if (good < 0)
        return 0;
    *p = sp[good].p;
    *label = sp[good].text;
    return 1;
}

/* ------------------------------------------------------------ spans */
static int small_number(const char *w, size_t n)
{
    static const char *const words[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                         "ten", NULL };
    if (n == 1 && isdigit((unsigned char)*w))
        return *w - '0';
    if (n == 2 && w[0] == '1' && w[1] == '0')
        return 10;
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n && !strncmp(w, words[i], n))
            return i + 2;
    return -1;
}

/* "[a small number] [financial|calendar] years" at p: what follows
 * "years", NULL when p does not say that; a number of two or more goes to
 * *count (left alone otherwise). */
static const char *years_word(const char *p, int *count)
{
    size_t w = 0;
    while (isalnum((unsigned char)p[w]))
        w++;
    char lw[8];
    if (w && w < sizeof lw) {
        for (size_t k = 0; k < w; k++)
            lw[k] = (char)tolower((unsigned char)p[k]);
        int v = small_number(lw, w);
        if (v > 1) {
            *count = v;
            p += w;
            while (*p == ' ')
                p++;
        }
    }
    if (!strncasecmp(p, "financial ", 10))
        p += 10;
    else if (!strncasecmp(p, "calendar ", 9))
        p += 9;
    if (strncasecmp(p, "years", 5) || isalpha((unsigned char)p[5]))
        return NULL;
    return p + 5;
}

int eng_span_phrase(const char *text, int *count)
{
    *count = 0;
    static const char *const leads[] = { "across ", "over ", "in ", "during ", "for ", "throughout ",
                                         "covering ", "cover ", "covers ", NULL };
    static const char *const dets[] = { "the ", "these ", "those ", "all ", "all the ", "all three ", "both ",
                                        "both the ", NULL };
    /* every reading below ends in the word "years": a sentence without it
     * (most of them) names no span */
    if (!foi_strcasestr(text, "years"))
        return 0;
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && isalpha((unsigned char)text[i - 1]))
            continue;
        const char *p = text + i;
        /* the first letters of leads: most places open none of them */
        int c0 = tolower((unsigned char)*p);
        if (c0 != 'a' && c0 != 'o' && c0 != 'i' && c0 != 'd' && c0 != 'f' && c0 != 't' && c0 != 'c')
            continue;
        int lead = -1;
        for (int k = 0; leads[k] && lead < 0; k++)
            if (!strncasecmp(p, leads[k], strlen(leads[k])))
                lead = k;
        if (lead < 0)
            continue;
        p += strlen(leads[lead]);
        int det = 0;
        for (int k = 0; dets[k]; k++)
            if (!strncasecmp(p, dets[k], strlen(dets[k]))) {
                if (!strncasecmp(dets[k], "all three ", 10))
                    *count = 3;
                else if (!strncasecmp(dets[k], "both ", 5))
                    *count = 2;
                p += strlen(dets[k]);
                det = 1;
                break;
            }
        if (!det)
            continue;
        if (!strncasecmp(p, "same ", 5))
            p += 5;
        if (years_word(p, count))
            return 1;
        *count = 0;
    }
    /* "all three years combined", "the two years together", "both years
     * combined": no preposition before, "combined" or "together" after */
    static const char *const dets2[] = { "all the ", "all ", "the ", "both ", "these ", "those ", NULL };
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && isalpha((unsigned char)text[i - 1]))
            continue;
        const char *p = text + i;
        int det = -1;
        for (int k = 0; dets2[k] && det < 0; k++)
            if (!strncasecmp(p, dets2[k], strlen(dets2[k])))
                det = k;
        if (det < 0)
            continue;
        p += strlen(dets2[det]);
        int want = !strncasecmp(dets2[det], "both ", 5) ? 2 : 0;
        if (!(p = years_word(p, &want)))
            continue;
        while (*p == ' ' || *p == ',')
            p++;
        if ((!strncasecmp(p, "combined", 8) && !isalpha((unsigned char)p[8])) ||
            (!strncasecmp(p, "together", 8) && !isalpha((unsigned char)p[8]))) {
            *count = want;
            return 1;
        }
    }
    return 0;
}

int eng_span_of(struct ectx *c, const struct textdims *td, int want, struct foi_period *out, const char **label)
{
    int idx[ENG_MAX_PERIODS], n = 0;
    for (int i = 0; i < td->nperiods; i++)
        if (foi_date_cmp(&td->periods[i].start, &td->periods[i].end))
            idx[n++] = i;
    if (want > 0 && want != n) {
        /* "across the three years" of a request asking in financial and in
         * calendar years, answered in one of them: that scheme's years */
        int k = eng_answer_schemes(c), m = 0;
        if (k == 1 || k == 2)
            for (int i = 0; i < n; i++)
                if (eng_period_scheme(&td->periods[idx[i]]) == k)
                    idx[m++] = idx[i];
        if (m == want)
            n = m;
    }
    if (n < 2 || (want > 0 && want != n))
        return 0;
    /* in order of their start, each starting the day after the one before ends */
    for (int a = 1; a < n; a++)
        for (int b = a; b > 0 && foi_date_cmp(&td->periods[idx[b]].start, &td->periods[idx[b - 1]].start) < 0; b--) {
            int t = idx[b];
            idx[b] = idx[b - 1];
            idx[b - 1] = t;
        }
    for (int a = 1; a < n; a++) {
        struct foi_date next = td->periods[idx[a - 1]].end;
        foi_date_add_days(&next, 1);
        if (foi_date_cmp(&next, &td->periods[idx[a]].start))
            return 0;
    }
    /* the last "2024/25 to date" ends where the document says it does; a
     * year to date nothing ends gives no span */
    struct foi_period last = td->periods[idx[n - 1]];
    const char *pnote;
    if (eng_period_defined(c, td->period_texts[idx[n - 1]], &last, &pnote, 1) &&
        (!last.resolved || pnote == eng_note_to_extracted || pnote == eng_note_to_response))
        return 0;   /* (nor one the response's own date ends: each period apart, as before) */
    memset(out, 0, sizeof *out);
    out->start = td->periods[idx[0]].start;
    out->end = last.end;
    out->resolved = 1;
    out->kind = FOI_PER_RANGE;
    /* "2021/22 to 2023/24" as the document wrote its ends, when that reads
     * back as the span ("2022 to 2023" would read as a financial year) */
    *label = foi_arena_printf(&c->arena, "%s to %s", td->period_texts[idx[0]], td->period_texts[idx[n - 1]]);
    struct foi_period_ctx pc = {0};
    struct foi_period back;
    if (!*label || foi_period_parse(*label, &pc, &back) != 1 || !back.resolved ||
        foi_date_cmp(&back.start, &out->start) || foi_date_cmp(&back.end, &out->end)) {
        char a[11], b[11];
        foi_date_iso(&out->start, a);
        foi_date_iso(&out->end, b);
        *label = foi_arena_printf(&c->arena, "%s to %s", a, b);
    }
    return *label != NULL;
}

/* ------------------------------------------------------------ candidates */
static const char *const ref_words[] = {
    "section", "sections", "s.", "sec", "regulation", "regulations", "paragraph", "para", "page",
    "pages", "question", "questions", "q", "part", "parts", "item", "items", "table", "tables",
    "annex", "appendix", "schedule", "chapter", "article", "ref", "reference", "no.", "number",
    "floor", "room", "unit", "tel", "tel.", "telephone", "phone", "foi", "version", "point", "step",
    "level", "grade", "band", "tier", "stage", "option", "line", "row", "column", "col", "figure",
    "box", "po", "house", "suite", "building", "flat", "extension", "ext", "case", "incident",
    "crime", "log", "rule", "rules", "clause", "standard", NULL
};

static const char CORRECTED[] = "the value a correction replaces ('not 7', 'rather than 7')";
static const char A_PERIOD[] = "a date or period";

static const char *unit_after(const char *l)
{
    while (*l == ' ')
        l++;
    static const struct { const char *w; const char *why; } units[] = {
        { "%", "a percentage" }, { "per cent", "a percentage" }, { "percent", "a percentage" },
        { "percentage", "a percentage" },
        { "hour", "a length of time" }, { "hrs", "a length of time" }, { "minute", "a length of time" },
        { "mins", "a length of time" }, { "second", "a length of time" }, { "day", "a length of time" },
        { "working day", "a length of time" }, { "week", "a length of time" },
        { "fortnight", "a length of time" }, { "month", "a length of time" },
        { "year", "a length of time or an age" }, { "yr", "a length of time or an age" },
        { "decade", "a length of time" }, { "-year", "an age or a length of time" },
        { "pound", "money" }, { "pence", "money" }, { "p ", "money" }, { "gbp", "money" },
        { "million", "a large amount, not a count of what was asked" },
        { "times", "a ratio" }, { "per ", "a rate" }, { "x ", "a ratio" }, { "in every", "a rate" },
        { "out of", "a share of a whole" }, { "in 10", "a share" }, { "in ten", "a share" },
        { "miles", "a distance" }, { "km", "a distance" }, { "metres", "a distance" },
        { "officers per", "a rate" },
    };
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t n = strlen(units[i].w);
        if (!strncmp(l, units[i].w, n) && (!isalpha((unsigned char)units[i].w[n - 1]) ||
                                            !isalpha((unsigned char)l[n]) || l[n] == 's'))
            return units[i].why;
    }
    return NULL;
}

/* The reason a number at s[at..at+used) is not a count, from what is
 * around it; NULL when it may be one. */
static const char *local_reject(const char *s, const char *l, size_t at, size_t used,
                                const unsigned char *qmask, const struct speriod *sp, int nsp)
{
    if (qmask[at])
        return "inside a quotation";
    for (int k = 0; k < nsp; k++)
        if (at >= sp[k].at && at < sp[k].at + sp[k].len)
            return "part of a date or period";
    const unsigned char *u = (const unsigned char *)s;
    if (at > 0 && (s[at - 1] == '$' || (at > 1 && u[at - 2] == 0xC2 && u[at - 1] == 0xA3) ||
                   (at > 2 && u[at - 3] == 0xE2 && u[at - 2] == 0x82 && u[at - 1] == 0xAC)))
        return "money";
    if (at > 0 && s[at - 1] == '(' && s[at + used] == ')')
        return "a subsection or list marker in brackets";
    if (at > 0 && (s[at - 1] == '/' || s[at - 1] == '#' || s[at - 1] == '.' || s[at - 1] == '_' ||
                   s[at + used] == '_' ||
                   (s[at - 1] == '-' && at > 1 && isalnum(u[at - 2]))))
        return "part of a reference, date or code";
    if (isdigit(u[at])) {
        size_t e = at;
        while (isdigit(u[e]) || (u[e] == ',' && isdigit(u[e + 1])))
            e++;
        if ((u[e] == '/' || u[e] == ':' || u[e] == '(' || u[e] == '-' || u[e] == '.') && isalnum(u[e + 1]))
            return u[e] == '(' ? "a section of an Act" : "part of a reference, date, time or code";
        if (isalpha(u[e]))
            return "a number inside a word (an ordinal or a code)";
        if (u[at] == '0' && e - at >= 2)
            return "a telephone number or code";
        /* a row of bare numbers: "4 7 2", "0303 123 1113" */
        size_t f = e;
        while (u[f] == ' ')
            f++;
        int next_num = isdigit(u[f]) && f > e;
        size_t b = at;
        while (b > 0 && u[b - 1] == ' ')
            b--;
        int prev_num = b < at && b > 0 && isdigit(u[b - 1]);
        if (next_num || prev_num)
            return "one of a row of numbers with no labels";
    }
    /* "section 40", "page 2", "question 3", "reference 1234" */
    for (int k = 0; ref_words[k]; k++)
        if (ends_with_word(l, at, ref_words[k]))
            return "a section, page, question or reference number";
    if (ends_with_word(l, at, "aged") || ends_with_word(l, at, "age") || ends_with_word(l, at, "ages") ||
        ends_with_word(l, at, "age of") || ends_with_word(l, at, "under the age of"))
        return "an age";
    /* "aged between 24 and 51" */
    for (size_t b = at > 30 ? at - 30 : 0; b < at; b++)
        if (!strncmp(l + b, "aged ", 5) || !strncmp(l + b, "ages ", 5) || !strncmp(l + b, "age of", 6))
            return "an age";
    if (ends_with_word(l, at, "between") || ends_with_word(l, at, "from"))
        return "one end of a range";
    const char *unit = unit_after(l + at + used);
    if (unit)
        return unit;
    if (ends_with_word(l, at, "more than") || ends_with_word(l, at, "at least") ||
        ends_with_word(l, at, "less than") || ends_with_word(l, at, "fewer than"))
        if (starts_word(l + at, "one") || starts_word(l + at, "1"))
            return "not a count ('more than one', 'at least one')";
    if (!strncmp(l + at, "more than one", 13) || !strncmp(l + at, "at least one", 12))
        return "not a count ('more than one', 'at least one')";
    if (starts_word(l + at, "one") && (starts_word(l + at + 3, "or more") || starts_word(l + at + 3, "or two") ||
                                        starts_word(l + at + 3, "off") || starts_word(l + at + 3, "another") ||
                                        !strncmp(l + at + 3, "-off", 4)))
        return "not a count ('one or more', 'one another')";
    if (ends_with_word(l, at, "any") || ends_with_word(l, at, "each") || ends_with_word(l, at, "every"))
        return "not a count ('any one', 'each one')";
    /* "8 (not 7, as previously stated)", "19 rather than 18": the value a
     * correction replaces */
    if (ends_with_word(l, at, "not") || ends_with_word(l, at, "rather than") ||
        ends_with_word(l, at, "instead of"))
        return CORRECTED;
    /* "the figure of 7 given above for ... should read 8": the value a later
     * "should read" in the same sentence replaces */
    if (ends_with_word(l, at, "figure of") || ends_with_word(l, at, "number of") ||
        ends_with_word(l, at, "total of") || ends_with_word(l, at, "count of")) {
        static const char *const repl[] = { "should read", "should have read", "should have been",
                                            "should be", "should instead read", NULL };
        for (int k = 0; repl[k]; k++) {
            const char *r = strstr(l + at + used, repl[k]);
            if (r && r - (l + at + used) < 160)
                return CORRECTED;
        }
    }
    return NULL;
}

static int find_candidates(const char *s, const char *l, const unsigned char *qmask,
                           const struct speriod *sp, int nsp, struct cand *cd, int max)
{
    int n = 0;
    size_t len = strlen(s);
    for (size_t i = 0; i < len && n < max; i++) {
        if (!word_start(s, i))
            continue;
        /* a date or period is one candidate, left out whole */
        int in_period = -1;
        for (int k = 0; k < nsp && in_period < 0; k++)
            if (i >= sp[k].at && i < sp[k].at + sp[k].len)
                in_period = k;
        if (in_period >= 0) {
            const struct speriod *p = &sp[in_period];
            if (eng_has_count_word(p->text)) {
                cd[n].at = p->at;
                cd[n].used = p->len;
                memset(&cd[n].v, 0, sizeof cd[n].v);
                cd[n].why = p->bad ? p->bad : A_PERIOD;
                n++;
            }
            i = p->at + p->len - 1;
            continue;
        }
        struct foi_value v;
        size_t used = 0;
        int digit = isdigit((unsigned char)s[i]);
        int r = foi_value_scan(s + i, &v, &used);
        if (r != 0 || v.status == FOI_VS_NONE || !used) {
            if (!digit)
                continue;
            /* a number foi_value_scan does not read as a count: say why */
            size_t e = i;
            while (isalnum((unsigned char)s[e]) || s[e] == ',' || s[e] == '.' || s[e] == '/' || s[e] == '%')
                e++;
            const char *why = e > i && s[e - 1] == '%' ? "a percentage" : local_reject(s, l, i, e - i, qmask, sp, nsp);
            cd[n].at = i;
            cd[n].used = e - i;
            memset(&cd[n].v, 0, sizeof cd[n].v);
            cd[n].why = why ? why : "not a count (a percentage, a date, a reference or a number glued to text)";
            n++;
            i = e;
            continue;
        }
        cd[n].at = i;
        cd[n].used = used;
        cd[n].v = v;
        cd[n].why = local_reject(s, l, i, used, qmask, sp, nsp);
        /* "0 (zero) allegations", "five (5) cases": the bracket restates the
         * number, and the count goes on after it */
        size_t b = i + used;
        while (s[b] == ' ')
            b++;
        struct foi_value w;
        size_t wused = 0;
        if (!cd[n].why && s[b] == '(' && v.has_value && foi_value_scan(s + b + 1, &w, &wused) == 0 &&
            wused && w.has_value && w.value == v.value && w.status == v.status && s[b + 1 + wused] == ')')
            cd[n].used = used = b + 1 + wused + 1 - i;
        n++;
        i += used - 1;
    }
    return n;
}

/* ------------------------------------------------------------ ties */
/* A measure noun (allegations, cases, complaints, referrals, or a person
 * word counted as individuals) in the words of t: the measure id,
 * *subject the subject a person word names, *len the bytes. */
static const char *noun_at(struct ectx *c, const char *t, const char **subject, size_t *len)
{
    *subject = NULL;
    *len = 0;
    if (!c->tax)
        return NULL;
    /* up to three words, longest first */
    size_t ends[4];
    int nw = 0;
    size_t p = 0;
    while (t[p] == ' ')
        p++;
    size_t start = p;
    while (nw < 3 && t[p]) {
        while (is_word((unsigned char)t[p]) || t[p] == '-')
            p++;
        if (p == start || (nw > 0 && p == ends[nw - 1]))
            break;
        ends[nw++] = p;
        while (t[p] == ' ')
            p++;
        if (!is_word((unsigned char)t[p]))
            break;
    }
    char buf[96];
    for (int w = nw; w >= 1; w--) {
        size_t n = ends[w - 1] - start;
        if (n + 2 >= sizeof buf)
            continue;
        for (int plural = 0; plural < 2; plural++) {
            memcpy(buf, t + start, n);
            size_t m = n;
            if (plural)
                buf[m++] = 's';
            buf[m] = 0;
            struct foi_match mm;
            if (foi_taxonomy_match(c->tax, FOI_VOCAB_MEASURE, buf, &mm) > 0 && mm.exact) {
                *len = ends[w - 1];
                return mm.id;
            }
            if (foi_taxonomy_match(c->tax, FOI_VOCAB_SUBJECT, buf, &mm) > 0 && mm.exact &&
                strcmp(mm.id, "unknown")) {
                *len = ends[w - 1];
                *subject = mm.id;
                return "individuals";
            }
        }
    }
    return NULL;
}

/* Words that may sit between a number and its noun ("three further
 * allegations", "two new cases"); anything else ends the search. */
static int adjective(const char *w, size_t n)
{
    static const char *const adj[] = { "further", "new", "separate", "other", "more", "additional",
        "recorded", "reported", "distinct", "individual", "such", "similar", "serving", "former",
        "male", "female", "police", "total", "criminal", "misconduct", "conduct", "public", NULL };
    for (int i = 0; adj[i]; i++)
        if (strlen(adj[i]) == n && !strncmp(w, adj[i], n))
            return 1;
    return 0;
}

/* T1: "N [adjectives] <noun>": the measure, the subject a person word
 * names, and where the noun ends. */
static const char *tie_noun(struct ectx *c, const char *l, size_t from, const char **subject, size_t *end)
{
    size_t p = from;
    for (int skip = 0; skip <= 2; skip++) {
        size_t len;
        const char *m = noun_at(c, l + p, subject, &len);
        if (m) {
            *end = p + len;
            return m;
        }
        while (l[p] == ' ')
            p++;
        size_t w = p;
        while (isalpha((unsigned char)l[p]))
            p++;
        if (p == w || !adjective(l + w, p - w))
            return NULL;
    }
    return NULL;
}

const char *eng_counted_noun(struct ectx *c, const char *text, const char **subject)
{
    *subject = NULL;
    const char *l = lower(c, text);
    if (!l)
        return NULL;
    const char *p = strstr(l, "how many ");
    if (!p)
        p = strstr(l, "number of ");
    if (!p)
        return NULL;
    p = strchr(p, ' ') + 1;
    if (!strncmp(p, "many ", 5))
        p += 5;
    static const char *const of[] = { "of the ", "of these ", "of those ", "of them ", NULL };
    for (int i = 0; of[i]; i++)
        if (!strncmp(p, of[i], strlen(of[i]))) {
            p += strlen(of[i]);
            break;
        }
    size_t end;
    return tie_noun(c, l, (size_t)(p - l), subject, &end);
}

/* Is p (just after an outcome's words) its own count: "dismissed 3,",
 * "dismissed: 0", a number of at most three digits that ends there (not a
 * year, a date or a reference)? */
static int label_of_next_count(const char *p)
{
    while (*p == ' ' || *p == ':')
        p++;
    size_t d = 0;
    while (isdigit((unsigned char)p[d]))
        d++;
    if (!d || d > 3)
        return 0;
    char e = p[d];
    return !e || e == ',' || e == ';' || e == ')' || (e == '.' && (!p[d + 1] || p[d + 1] == ' ')) ||
           (e == ' ' && !isdigit((unsigned char)p[d + 1]) && p[d + 1] != '/' && p[d + 1] != '-' &&
            strncmp(p + d + 1, "of ", 3) && strncmp(p + d + 1, "in ", 3));
}

/* T2: an outcome in the clause after the number, with no clause break
 * before it. Returns the outcome's raw text. */
static const char *tie_outcome(struct ectx *c, const char *s, const char *l, size_t from, size_t to,
                               const unsigned char *qmask)
{
    if (!c->tax || to <= from)
        return NULL;
    static const char *const breaks[] = { " which ", " who ", " whom ", " while ", " whilst ", " whereas ",
        " but ", " although ", " compared ", " where ", " because ", " as a result of ",
        "; ", ": ", " than ", NULL };
    size_t stop = to;
    for (int i = 0; breaks[i]; i++) {
        const char *b = strstr(l + from, breaks[i]);
        if (b && (size_t)(b - l) < stop)
            stop = (size_t)(b - l);
    }
    if (stop - from > 160)
        stop = from + 160;
    const char *clause = foi_arena_strndup(&c->arena, s + from, stop - from);
    if (!clause)
        return NULL;
    struct foi_match ms[8];
    int no = foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, clause, ms, 8);
    for (int m = 0; m < no; m++) {
        if (!strcmp(ms[m].id, "total") || !strcmp(ms[m].id, "other"))
            continue;
        if (qmask[from + ms[m].at])
            continue;
        /* "total 12, dismissed 3, ...", "under investigation 7 Sexual
         * misconduct - dismissed 0": an outcome with its own count right
         * after it labels that count, not one before it; nor does any
         * outcome further on */
        if (label_of_next_count(l + from + ms[m].at + ms[m].len))
            return NULL;
        /* "the officer resigned and a special case hearing found that he
         * would have been dismissed": the finding is the outcome, the
         * resignation what came before it */
        /* "2 were resolved through the reflective practice review
         * process": the means named after a bare "resolved" is the outcome */
        if (ms[m].len == 8 && !strncasecmp(clause + ms[m].at, "resolved", 8) && m + 1 < no &&
            !qmask[from + ms[m + 1].at] && strcmp(ms[m + 1].id, "total") && strcmp(ms[m + 1].id, "other")) {
            size_t gap = ms[m].at + 8, ge = ms[m + 1].at;
            const char *lg = l + from + gap;
            if (ge > gap && ge - gap <= 24 &&
                (!strncmp(lg, " through ", 9) || !strncmp(lg, " by ", 4) || !strncmp(lg, " via ", 5) ||
                 !strncmp(lg, " under ", 7) || !strncmp(lg, " with ", 6)))
                return foi_arena_strndup(&c->arena, clause + ms[m + 1].at, ms[m + 1].len);
        }
        if (!strcmp(ms[m].id, "resigned_or_retired")) {
            for (int w = m + 1; w < no; w++)
                if (!strcmp(ms[w].id, "would_have_been_dismissed") && !qmask[from + ms[w].at])
                    return foi_arena_strndup(&c->arena, clause + ms[w].at, ms[w].len);
            /* "had resigned but would have been dismissed": the clause the
             * "but" opens is the finding */
            if (stop < to && !strncmp(l + stop, " but ", 5)) {
                size_t e = stop + 5 + strcspn(l + stop + 5, ",;:.");
                if (e > to)
                    e = to;
                const char *after = foi_arena_strndup(&c->arena, s + stop + 5, e - stop - 5);
                struct foi_match mb[4];
                int nb = after ? foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, after, mb, 4) : 0;
                if (nb > 0 && !strcmp(mb[0].id, "would_have_been_dismissed") && !qmask[stop + 5 + mb[0].at])
                    return foi_arena_strndup(&c->arena, after + mb[0].at, mb[0].len);
            }
        }
        return foi_arena_strndup(&c->arena, clause + ms[m].at, ms[m].len);
    }
    return NULL;
}

/* ", which resulted in dismissal" / ", which led to a final written
 * warning" right after a count and its noun (only words naming what it
 * counts between): the count's outcome, said of all of it. */
static const char *which_outcome(struct ectx *c, const char *s, const char *l, size_t from, size_t to,
                                 const unsigned char *qmask)
{
    static const char *const rel[] = { ", which resulted in ", ", which led to ", ", which ended in ",
                                       ", which ended with ", " which resulted in ", NULL };
    size_t best = 0, bl = 0;
    for (int i = 0; rel[i]; i++) {
        const char *b = strstr(l + from, rel[i]);
        if (b && (size_t)(b - l) < to && (!bl || (size_t)(b - l) < best)) {
            best = (size_t)(b - l);
            bl = strlen(rel[i]);
        }
    }
    if (!bl)
        return NULL;
    for (size_t k = from; k < best; k++)
        if (l[k] == ';' || l[k] == ':' || l[k] == ',' || l[k] == '.' || isdigit((unsigned char)l[k]))
            return NULL;   /* the clause is not on this count */
    size_t e = best + bl;
    while (e < to && l[e] && l[e] != ',' && l[e] != ';' && l[e] != '.' && strncmp(l + e, " and ", 5))
        e++;
    return tie_outcome(c, s, l, best + bl, e, qmask);
}

/* T3: "the number of <noun> ... was N", "totalled N", "Label: N". The
 * measure named before the number. */
/* An item of a list after a colon, "...: sexual assault 17, sexual
 * misconduct 11 and abuse of position for a sexual purpose 2": the number at
 * l[at] (len used) right after the words since the colon, comma or "and"
 * before it, when those words are a category's name and nothing else, and
 * the number ends the item (a comma, "and", a full stop or the end). The
 * category as written, else NULL. */
static const char *colon_item(struct ectx *c, const char *s, const char *l, size_t at, size_t used)
{
    if (!c->tax || !memchr(l, ':', at))
        return NULL;
    size_t e = at + used;
    while (l[e] == ' ')
        e++;
    if (l[e] && l[e] != ',' && l[e] != '.' && l[e] != ';' && !starts_word(l + e, "and"))
        return NULL;
    size_t b = at;
    while (b > 0 && l[b - 1] == ' ')
        b--;
    size_t ie = b, i0 = b;
    while (i0 > 0 && l[i0 - 1] != ':' && l[i0 - 1] != ',' && l[i0 - 1] != ';')
        i0--;
    /* the item starts at the separator, or after an "and" in the words
     * since it ("... purpose 2 and violence against women and girls 5"):
     * the longest stretch without a digit that is a category's name */
    for (size_t i = i0; i < ie; i++) {
        if (i != i0 && !(i >= 5 && !strncmp(l + i - 5, " and ", 5)))
            continue;
        size_t a = i;
        while (a < ie && l[a] == ' ')
            a++;
        if (ie <= a || ie - a > 60)
            continue;
        int digit = 0;
        for (size_t q = a; q < ie && !digit; q++)
            digit = isdigit((unsigned char)l[q]) != 0;
        if (digit)
            continue;
        const char *lab = foi_arena_strndup(&c->arena, s + a, ie - a);
        if (!lab)
            return NULL;
        struct foi_match m;
        if (foi_taxonomy_match(c->tax, FOI_VOCAB_CATEGORY, lab, &m) > 0 && m.at == 0 && m.len == strlen(lab))
            return lab;
    }
    return NULL;
}

/* "Sexual assault: of the 6, ...": the clause at l[cs] follows a colon
 * whose label, from the sentence's start, is a category's name and nothing
 * else (a list item's "Type:"). 1 when so. */
static int category_label_before(struct ectx *c, const char *s, const char *l, size_t cs)
{
    size_t e = cs;
    while (e > 0 && l[e - 1] == ' ')
        e--;
    if (!c->tax || e == 0 || l[e - 1] != ':')
        return 0;
    e--;
    size_t a = 0;
    while (l[a] == ' ' || l[a] == '-' || l[a] == '*')
        a++;
    while (e > a && l[e - 1] == ' ')
        e--;
    if (e <= a || e - a > 60)
        return 0;
    for (size_t q = a; q < e; q++)
        if (isdigit((unsigned char)l[q]) || l[q] == '.' || l[q] == ';' || l[q] == ',')
            return 0;
    const char *lab = foi_arena_strndup(&c->arena, s + a, e - a);
    struct foi_match m;
    return lab && foi_taxonomy_match(c->tax, FOI_VOCAB_CATEGORY, lab, &m) > 0 && m.at == 0 && m.len == strlen(lab);
}

static const char *tie_stated(struct ectx *c, const char *l, size_t at, size_t clause_start,
                              const char **subject)
{
    static const char *const verbs[] = { "was", "is", "were", "are", "totalled", "totaled", "totals",
        "stood at", "stands at", "came to", "amounted to", "numbered", "should read", "should be",
        "should have read", "should have been", "now reads", "is corrected to", "has been corrected to", NULL };
    int verb = 0;
    for (int i = 0; verbs[i]; i++)
        if (ends_with_word(l, at, verbs[i]))
            verb = 1;
    if (!verb)
        return NULL;
    /* "number of X" or "total of X" earlier in the clause; "the figure for
     * X ... should read 12" */
    static const char *const heads[] = { "number of ", "total of ", "figure for ", "figure of ", "number for ",
                                         "total for ", NULL };
    const char *p = NULL;
    int h;
    for (h = 0; heads[h] && !p; h++)
        for (const char *q = l + clause_start; (q = strstr(q, heads[h])) != NULL && (size_t)(q - l) < at; q++)
            p = q + strlen(heads[h]);
    if (!p)
        return NULL;
    /* "the figure of 7 given above for sexual misconduct ... should read 8":
     * the value replaced, then what it was given for */
    if (isdigit((unsigned char)*p) && h - 1 == 3) {
        const char *q = p;
        while (isdigit((unsigned char)*q))
            q++;
        const char *f4 = strstr(q, " for ");
        if (!f4 || (size_t)(f4 - l) >= at || f4 - q > 40)
            return NULL;
        p = f4 + 5;
        h = 3;   /* as "figure for " */
    }
    size_t end;
    const char *noun = tie_noun(c, l, (size_t)(p - l), subject, &end);
    /* "the figure for sexual harassment ... should read 12": a category
     * named right after it is what the figure counts, in the measure the
     * request asks for */
    if (!noun && h - 1 >= 2 && c->tax && c->req.measure) {
        struct foi_match m;
        if (foi_taxonomy_scan(c->tax, FOI_VOCAB_CATEGORY, p, &m, 1) == 1 && m.at == 0)
            noun = c->req.measure;
    }
    return noun;
}

/* After a count at from: "in", "for" (or, with during, "during") and a
 * period of sp, and nothing after it but the end, one of stops or "and" ("4
 * in 2023/24, ..."). */
static int lone_period_after(const char *l, size_t from, const struct speriod *sp, int nsp, int during,
                             const char *stops)
{
    size_t e = from;
    while (l[e] == ' ')
        e++;
    size_t w = starts_word(l + e, "in")                ? 2
               : during && starts_word(l + e, "during") ? 6
               : starts_word(l + e, "for")             ? 3
                                                       : 0;
    if (!w)
        return 0;
    e += w;
    while (l[e] == ' ')
        e++;
    /* "4 in the financial year 2024/25", "in the period 1 April 2024 to
     * 31 March 2025", "in the year ending 31 March 2025": the period after
     * an article and a word that only names it as a period */
    size_t e2 = e, e1 = e;
    if (starts_word(l + e2, "the")) {
        e2 += 3;
        while (l[e2] == ' ')
            e2++;
        e1 = e2;
        static const char *const names[] = { "period from", "period", "financial year", "calendar year", NULL };
        for (int i = 0; names[i]; i++)
            if (starts_word(l + e2, names[i])) {
                e2 += strlen(names[i]);
                while (l[e2] == ' ')
                    e2++;
                break;
            }
    }
    for (int q = 0; q < nsp; q++) {
        if (sp[q].bad || (sp[q].at != e && sp[q].at != e1 && sp[q].at != e2))
            continue;
        size_t pe = sp[q].at + sp[q].len;
        while (l[pe] == ' ')
            pe++;
        if (!l[pe] || strchr(stops, l[pe]) || starts_word(l + pe, "and"))
            return 1;
    }
    return 0;
}

/* "The numbers flagged were", "the figures recorded were": right before
 * l[at], "the number(s)" or "the figure(s)", at most two words of its own
 * (not "of", "for": those name what is counted), then "was" / "were". */
static int numbers_were(const char *l, size_t at)
{
    if (!ends_with_word(l, at, "were") && !ends_with_word(l, at, "was"))
        return 0;
    size_t e = at;
    while (e > 0 && l[e - 1] == ' ')
        e--;
    while (e > 0 && isalpha((unsigned char)l[e - 1]))
        e--;   /* the verb */
    for (int words = 0; words <= 2; words++) {
        while (e > 0 && l[e - 1] == ' ')
            e--;
        if (ends_with_word(l, e, "the numbers") || ends_with_word(l, e, "the number") ||
            ends_with_word(l, e, "the figures") || ends_with_word(l, e, "the figure"))
            return 1;
        size_t b = e;
        while (b > 0 && isalpha((unsigned char)l[b - 1]))
            b--;
        if (b == e || (e - b == 2 && !strncmp(l + b, "of", 2)) || (e - b == 3 && !strncmp(l + b, "for", 3)))
            return 0;
        e = b;
    }
    return 0;
}

/* "One officer was dismissed at a hearing in 2025/26 for sexual misconduct
 * recorded in an earlier year": in the count's clause (from l[at] up to ';'
 * or the sentence's end), what it counts was recorded in a year the letter
 * does not name; the year the clause names is when something else happened. */
static int earlier_year(const char *l, size_t at, size_t to)
{
    static const char *const verbs[] = { "recorded", "made", "received", "reported", "logged", NULL };
    static const char *const whens[] = { " in an earlier year", " in a previous year", " in a prior year",
                                         " in earlier years", " in previous years", " in prior years",
                                         " in an earlier period", " in a previous period", NULL };
    size_t e = at;
    while (e < to && l[e] && l[e] != ';' && !(l[e] == '.' && !isdigit((unsigned char)l[e + 1])))
        e++;
    for (int v = 0; verbs[v]; v++) {
        size_t vn = strlen(verbs[v]);
        for (const char *p = strstr(l + at, verbs[v]); p && (size_t)(p - l) + vn <= e; p = strstr(p + 1, verbs[v])) {
            if (p > l && isalpha((unsigned char)p[-1]))
                continue;
            for (int w = 0; whens[w]; w++) {
                size_t wn = strlen(whens[w]);
                if ((size_t)(p - l) + vn + wn <= e && !strncmp(p + vn, whens[w], wn))
                    return 1;
            }
        }
    }
    return 0;
}

/* "... and in the other two cases", "the remaining three": the words after
 * a count go on to share out the rest of a count before it. */
static int shares_out(const char *l)
{
    static const char *const w[] = { " the other ", " the remaining ", " the rest ", NULL };
    for (int i = 0; w[i]; i++) {
        const char *p = strstr(l, w[i]);
        if (!p)
            continue;
        p += strlen(w[i]);
        if (isdigit((unsigned char)*p) || !strncmp(p, "two", 3) || !strncmp(p, "three", 5) ||
            !strncmp(p, "four", 4) || !strncmp(p, "five", 4) || !strncmp(p, "six", 3) ||
            !strncmp(p, "seven", 5) || !strncmp(p, "eight", 5) || !strncmp(p, "nine", 4) ||
            !strncmp(p, "ten", 3) || !strncmp(p, "of ", 3))
            return 1;
    }
    return 0;
}

/* "In 2023/24 there were three: one officer was dismissed, and two ...":
 * the count at l[at] opens the list a count before the colon shares out. */
static int after_count_colon(const char *l, size_t at)
{
    size_t k = at;
    while (k > 0 && l[k - 1] == ' ')
        k--;
    if (k == 0 || l[k - 1] != ':')
        return 0;
    k--;
    while (k > 0 && l[k - 1] == ' ')
        k--;
    size_t e = k;
    while (k > 0 && (isalnum((unsigned char)l[k - 1]) || l[k - 1] == '-'))
        k--;
    if (e == k || e - k >= 24)
        return 0;
    char w[24];
    memcpy(w, l + k, e - k);
    w[e - k] = 0;
    struct foi_value v;
    return foi_value_parse(w, &v) == 0 && v.status == FOI_VS_REPORTED && v.has_value && v.value > 1;
}

/* Words that make a number of people a count of what was asked: they were
 * investigated, accused, the subject of allegations. */
static int person_counted(const char *l, size_t n)
{
    static const char *const w[] = { "investigat", "subject of", "subjects of", "accused", "alleg",
        "complain", "referred", "suspended", "disciplin", "misconduct", "charged", "reported for",
        "under investigation", "faced", "facing", "named in", NULL };
    char buf[400];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, l, n);
    buf[n] = 0;
    for (int i = 0; w[i]; i++)
        if (strstr(buf, w[i]))
            return 1;
    return 0;
}

/* A count that leaves its noun to the count before it: "8 against police
 * staff", "nineteen were made against police officers" (1), "35 in total",
 * "35 altogether" (2); 0 none. l+from is just after the number. */
static int elliptic_count(const char *l, size_t from)
{
    const char *p = l + from;
    while (*p == ' ' || *p == '*')
        p++;
    /* "28 allegations, seven of them against police staff": a part of the
     * count before, named by its people */
    if (starts_word(p, "of them") || starts_word(p, "of whom") || starts_word(p, "of which")) {
        p += 7 + (p[3] == 'w' && p[4] == 'h' && p[5] == 'i');
        while (*p == ' ')
            p++;
        return starts_word(p, "against") || starts_word(p, "were against") || starts_word(p, "made against")
                   ? 1 : 0;
    }
    static const char *const tot[] = { "in total", "altogether", "overall", "in all", NULL };
    for (int i = 0; tot[i]; i++)
        if (starts_word(p, tot[i]))
            return 2;
    static const char *const verbs[] = { "were", "was", "had", "have", "been", "made", "recorded", "received",
                                         "reported", "raised", "brought", NULL };
    for (int w = 0; w < 3; w++) {
        int hit = 0;
        for (int i = 0; verbs[i] && !hit; i++)
            if (starts_word(p, verbs[i])) {
                p += strlen(verbs[i]);
                while (*p == ' ')
                    p++;
                hit = 1;
            }
        if (!hit)
            break;
    }
    return starts_word(p, "against") ? 1 : 0;
}

/* Only joining words, categories, subjects and punctuation between two
 * counts of a list ("of sexual assault, ", " of sexual harassment against
 * police officers and ")? */
static int only_list_glue(struct ectx *c, const char *s, size_t a, size_t b)
{
    if (b <= a || b - a > 120)
        return b == a;
    char *g = foi_arena_strndup(&c->arena, s + a, b - a);
    if (!g)
        return 0;
    if (c->tax) {
        struct foi_match ms[8];
        int k = foi_taxonomy_scan(c->tax, FOI_VOCAB_CATEGORY, g, ms, 8);
        for (int i = 0; i < k; i++)
            memset(g + ms[i].at, ' ', ms[i].len);
    }
    for (char *p = g; *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        if (!*p)
            break;
        char *w = p;
        while (*p && *p != ' ' && *p != ',')
            p++;
        size_t n = (size_t)(p - w);
        static const char *const glue[] = { "of", "and", "against", "the", "its", "our", "their", "police",
                                            "officers", "staff", "members", NULL };
        int ok = 0;
        for (int i = 0; glue[i] && !ok; i++)
            ok = strlen(glue[i]) == n && !strncasecmp(w, glue[i], n);
        if (!ok)
            return 0;
    }
    return 1;
}

static const char *tie_noun(struct ectx *c, const char *l, size_t from, const char **subject, size_t *end);
static const char *tie_outcome(struct ectx *c, const char *s, const char *l, size_t from, size_t to,
                               const unsigned char *qmask);

/* The outcomes a nil names after it, as a list and nothing else to the
 * sentence's end ("no allegations with the outcome dismissed, would have
 * been dismissed, reflective practice, no case to answer."): their labels
 * as written, in order, in out (room for max); their count when the list
 * names two or more distinct outcomes, else 0. */
static int nil_outcome_list(struct ectx *c, const char *s, size_t from, const char **out, int max)
{
    size_t end = from + strcspn(s + from, ".");
    if (end <= from || end - from > 400)
        return 0;
    const char *tail = foi_arena_strndup(&c->arena, s + from, end - from);
    if (!tail)
        return 0;
    struct foi_match ms[16];
    int no = foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, tail, ms, 16);
    if (no < 2)
        return 0;
    int n = 0;
    for (int m = 0; m < no; m++) {
        if (!strcmp(ms[m].id, "total") || !strcmp(ms[m].id, "other"))
            return 0;
        if (m > 0) {
            /* only list glue between one outcome and the next */
            size_t a = ms[m - 1].at + ms[m - 1].len, b = ms[m].at;
            if (b < a)
                return 0;
            for (size_t q = a; q < b;) {
                if (tail[q] == ' ' || tail[q] == ',' || tail[q] == ';') {
                    q++;
                } else if (!strncmp(tail + q, "and ", 4) || !strncmp(tail + q, "nor ", 4)) {
                    q += 4;
                } else if (!strncmp(tail + q, "or ", 3)) {
                    q += 3;
                } else {
                    return 0;
                }
            }
        }
        for (int j = 0; j < m; j++)
            if (!strcmp(ms[j].id, ms[m].id))
                return 0;   /* named twice: not a plain list */
        if (n < max)
            out[n++] = foi_arena_strndup(&c->arena, tail + ms[m].at, ms[m].len);
    }
    /* nothing but the list to the sentence's end */
    for (size_t q = ms[no - 1].at + ms[no - 1].len; tail[q]; q++)
        if (tail[q] != ' ' && tail[q] != ',' && tail[q] != ';')
            return 0;
    for (int i = 0; i < n; i++)
        if (!out[i])
            return 0;
    return n >= 2 ? n : 0;
}

/* The one outcome said of a count right after it: ", which is/was/are/were
 * <outcome>" or "(<clause naming an outcome>)", after the count's noun and a
 * period of its own; NULL when none or several. */
static const char *trailing_outcome(struct ectx *c, const char *s, const char *l, size_t at,
                                    const struct speriod *sp, int nsp, const unsigned char *qmask)
{
    size_t e = at;
    while (l[e] == ' ')
        e++;
    /* "in 2023/24" */
    size_t w = !strncmp(l + e, "in ", 3) ? 3 : !strncmp(l + e, "during ", 7) ? 7 : 0;
    for (int q = 0; w && q < nsp; q++) {
        size_t pa = e + w;
        while (l[pa] == ' ')
            pa++;
        if (!sp[q].bad && sp[q].at == pa) {
            e = pa + sp[q].len;
            while (l[e] == ' ')
                e++;
            break;
        }
    }
    size_t a, b;
    if (l[e] == '(') {
        a = e + 1;
        b = a + strcspn(l + a, ")");
        if (!l[b])
            return NULL;
    } else if (l[e] == ',') {
        static const char *const rel[] = { " which is ", " which was ", " which are ", " which were ",
                                           " which has been ", " which have been ", NULL };
        a = 0;
        for (int i = 0; rel[i] && !a; i++)
            if (!strncmp(l + e + 1, rel[i], strlen(rel[i])))
                a = e + 1 + strlen(rel[i]);
        if (!a)
            return NULL;
        b = a + strcspn(l + a, ",;.)");
    } else {
        return NULL;
    }
    if (b <= a || b - a > 120 || qmask[a])
        return NULL;
    const char *clause = foi_arena_strndup(&c->arena, s + a, b - a);
    if (!clause)
        return NULL;
    /* "(of which 3 were dismissed)": a count of its own, not what became
     * of all of them */
    for (const char *p = clause; *p; p++)
        if (isdigit((unsigned char)*p))
            return NULL;
    static const char *const part[] = { "of which", "of whom", "of these", "of them", "some ", "most ", "half",
                                        "one ", "two ", "three ", "four ", "five ", "six ", "seven ", "eight ",
                                        "nine ", "ten ", "all but", "none", NULL };
    for (int i = 0; part[i]; i++) {
        const char *h = strstr(l + a, part[i]);
        if (h && (size_t)(h - l) < b && (h == l + a || !isalpha((unsigned char)h[-1])))
            return NULL;
    }
    struct foi_match ms[4];
    int no = foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, clause, ms, 4);
    int one = -1;
    for (int m = 0; m < no; m++) {
        if (!strcmp(ms[m].id, "total") || !strcmp(ms[m].id, "other"))
            continue;
        if (one >= 0 && strcmp(ms[one].id, ms[m].id))
            return NULL;   /* two outcomes: not one said of the count */
        if (one < 0)
            one = m;
    }
    return one >= 0 ? foi_arena_strndup(&c->arena, clause + ms[one].at, ms[one].len) : NULL;
}

/* The outcome a list of counts ends with, for the count k of it whose noun
 * ends at nend: each later count has its noun, the words between are only
 * categories and joining words, and the last one names the outcome. */
static const char *coordinated_outcome(struct ectx *c, const char *s, const char *l, const unsigned char *qmask,
                                       const struct cand *cd, int n, int k, size_t nend)
{
    size_t p = nend;
    for (int j = k + 1; j < n; j++) {
        if (cd[j].why || !only_list_glue(c, s, p, cd[j].at))
            return NULL;
        const char *subj;
        size_t jend;
        if (!tie_noun(c, l, cd[j].at + cd[j].used, &subj, &jend) || subj)
            return NULL;
        size_t to = j + 1 < n ? cd[j + 1].at : strlen(s);
        const char *o = tie_outcome(c, s, l, jend, to, qmask);
        if (o)
            return o;
        p = jend;
    }
    return NULL;
}

/* The words before l[at] say when what is counted was recorded ("recorded
 * in", "received during"): the period belongs to the noun, not the count. */
/* "of sexual assault", "relating to violence against women and girls",
 * "classed as violence against women and girls" at l[from..to): a category
 * right after "of" (not "of the", "of these" ...), "relating to" / "related
 * to" or "classed / classified / categorised / recorded as", or the short
 * form of one the letter writes in full. */
/* 1 when no count of cd[0..n) (one not left out) stands before at */
static int before_counts(const struct cand *cd, int n, size_t at)
{
    for (int k = 0; k < n; k++)
        if (!cd[k].why && cd[k].at < at)
            return 0;
    return 1;
}

/* 1 when s[a..b) is, as a whole, the name of one category */
static int whole_category(struct ectx *c, const char *s, size_t a, size_t b)
{
    while (a < b && s[a] == ' ')
        a++;
    while (b > a && s[b - 1] == ' ')
        b--;
    if (b <= a || !c->tax)
        return 0;
    const char *t = foi_arena_strndup(&c->arena, s + a, b - a);
    if (!t) {
        c->rc = FOI_ENOMEM;
        return 0;
    }
    struct foi_match mm;
    return foi_taxonomy_match(c->tax, FOI_VOCAB_CATEGORY, t, &mm) > 0 && mm.exact;
}

/* "five (sexual assault)": a count followed by its category alone in
 * brackets. 1 when l[from..] opens so. */
static int bracket_category(struct ectx *c, const char *s, const char *l, size_t from)
{
    size_t w = from;
    while (l[w] == ' ')
        w++;
    if (l[w] != '(')
        return 0;
    const char *close = strchr(l + w, ')');
    return close && whole_category(c, s, w + 1, (size_t)(close - l));
}

/* "seven VAWG allegations", "two sexual harassment allegations": the name of
 * a category (up to six words) between a count and its noun. The measure,
 * *end where the noun ends; NULL when not so (or the noun is people). */
static const char *category_noun(struct ectx *c, const char *s, const char *l, size_t from, size_t *end)
{
    size_t p = from;
    while (l[p] == ' ')
        p++;
    size_t a = p;
    for (int w = 0; w < 6; w++) {
        size_t ws = p;
        while (is_word((unsigned char)l[p]) || l[p] == '-')
            p++;
        if (p == ws)
            return NULL;
        if (whole_category(c, s, a, p)) {
            const char *subj;
            size_t len;
            const char *m = noun_at(c, l + p, &subj, &len);
            if (m && !subj) {
                *end = p + len;
                return m;
            }
        }
        if (l[p] != ' ')
            return NULL;
        while (l[p] == ' ')
            p++;
    }
    return NULL;
}

static int of_category(struct ectx *c, const char *s, const char *l, size_t from, size_t to)
{
    size_t w = from;
    while (l[w] == ' ')
        w++;
    if (starts_word(l + w, "of") && !starts_word(l + w, "of the") && !starts_word(l + w, "of these") &&
        !starts_word(l + w, "of those") && !starts_word(l + w, "of them"))
        w += 2;
    else if (starts_word(l + w, "relating to") || starts_word(l + w, "related to"))
        w += starts_word(l + w, "relating to") ? 11 : 10;
    else if (starts_word(l + w, "classed as") || starts_word(l + w, "classified as") ||
             starts_word(l + w, "categorised as") || starts_word(l + w, "categorized as") ||
             starts_word(l + w, "recorded as") || starts_word(l + w, "flagged as") ||
             starts_word(l + w, "identified as") || starts_word(l + w, "marked as"))
        w += strcspn(l + w, " ") + 4;   /* "six classed as violence against women and girls" */
    else
        return 0;
    while (l[w] == ' ')
        w++;
    if (to <= from || w >= to)
        return 0;
    const char *rest = foi_arena_strndup(&c->arena, s + from, to - from);
    if (!rest)
        return 0;
    struct textdims ed;
    eng_textdims(c, rest, &ed);
    if (ed.ncats == 1 && ed.category && !strncasecmp(s + w, ed.category, strlen(ed.category)))
        return 1;
    /* "... and none of abuse of position": the short form of a category the
     * letter writes in full */
    return !ed.ncats && eng_lex_short_in(c, rest) != NULL;
}

/* "three of these allegations were also flagged as violence against women
 * and girls" at l[from..to): a count of the allegations just counted that
 * says they are (also) of a category: "of these / those / them", maybe
 * their noun, a verb, maybe "also", "flagged / classed / classified /
 * categorised / recorded / identified / marked as", then the category. 1
 * when so. */
static int classed_group(struct ectx *c, const char *s, const char *l, size_t from, size_t to)
{
    size_t w = from;
    while (l[w] == ' ')
        w++;
    if (!starts_word(l + w, "of these") && !starts_word(l + w, "of those") && !starts_word(l + w, "of them"))
        return 0;
    w += starts_word(l + w, "of them") ? 7 : 8;
    while (l[w] == ' ')
        w++;
    /* the noun of the group ("allegations", "cases"), one word at most */
    static const char *const verbs[] = { "were", "was", "had been", "have been", "are", NULL };
    int verb = 0;
    for (int pass = 0; pass < 2 && !verb; pass++) {
        for (int i = 0; verbs[i] && !verb; i++)
            if (starts_word(l + w, verbs[i])) {
                w += strlen(verbs[i]);
                verb = 1;
            }
        if (!verb && !pass) {
            while (isalpha((unsigned char)l[w]))
                w++;
            while (l[w] == ' ')
                w++;
        }
    }
    if (!verb)
        return 0;
    while (l[w] == ' ')
        w++;
    if (starts_word(l + w, "also"))
        w += 4;
    while (l[w] == ' ')
        w++;
    static const char *const as[] = { "flagged as", "classed as", "classified as", "categorised as",
                                      "categorized as", "recorded as", "identified as", "marked as", NULL };
    int hit = 0;
    for (int i = 0; as[i] && !hit; i++)
        if (starts_word(l + w, as[i])) {
            w += strlen(as[i]);
            hit = 1;
        }
    if (!hit)
        return 0;
    while (l[w] == ' ')
        w++;
    if (to <= w)
        return 0;
    const char *rest = foi_arena_strndup(&c->arena, s + w, to - w);
    if (!rest)
        return 0;
    struct textdims ed;
    eng_textdims(c, rest, &ed);
    return ed.ncats == 1 && ed.category && !strncasecmp(rest, ed.category, strlen(ed.category));
}

/* Where a clause about the rest of a group begins in l[from, to) (" and the
 * remainder", ", the rest", " while the others" ...), else to. */
static size_t before_remainder(const char *l, size_t from, size_t to)
{
    static const char *const joins[] = { " and the ", ", and the ", ", the ", " while the ", " whilst the ",
                                         " with the ", NULL };
    static const char *const rest[] = { "remainder", "rest", "others", "other", NULL };
    for (size_t i = from; i < to; i++) {
        if (l[i] != ' ' && l[i] != ',')
            continue;
        for (int j = 0; joins[j]; j++) {
            size_t n = strlen(joins[j]);
            if (i + n > to || strncmp(l + i, joins[j], n))
                continue;
            for (int r = 0; rest[r]; r++) {
                size_t m = strlen(rest[r]);
                if (i + n + m <= to && !strncmp(l + i + n, rest[r], m) && !isalpha((unsigned char)l[i + n + m]))
                    return i;
            }
        }
    }
    return to;
}

/* "20 of the 21 allegations of sexual assault were made against police
 * officers": the first "against" after a group's noun, in [from, to), comes
 * after a verb ("were made against", "were brought against"), so the people
 * it names are the predicate's, of the count that picks from the group, not
 * the group's ("2 of the 6 allegations against police officers resulted in
 * dismissal": the group's). Where that " against " starts, plus one; 0 if
 * not so. */
static size_t predicate_against(const char *l, size_t from, size_t to)
{
    static const char *const verbs[] = { "made", "were", "was", "brought", "recorded", "raised", "received",
                                         "reported", "lodged", "levelled", NULL };
    for (size_t i = from; i + 9 <= to; i++) {
        if (strncmp(l + i, " against ", 9))
            continue;
        size_t b = i;
        while (b > from && l[b - 1] != ' ')
            b--;
        for (int v = 0; verbs[v]; v++)
            if (strlen(verbs[v]) == i - b && !strncmp(l + b, verbs[v], i - b))
                return i + 1;
        return 0;
    }
    return 0;
}

/* "of the sexual harassment allegations", "of the abuse of position
 * allegations" at l[p..]: "of the / these / those", one category's name or
 * the short form of one the letter writes in full (up to eight words), then
 * a noun of what is counted (not people). The measure, *end after the noun,
 * *cat the category (its name); NULL when not so. */
static const char *category_group(struct ectx *c, const char *s, const char *l, size_t p, size_t *end,
                                   const char **cat)
{
    while (l[p] == ' ')
        p++;
    if (starts_word(l + p, "of the"))
        p += 6;
    else if (starts_word(l + p, "of these") || starts_word(l + p, "of those"))
        p += 8;
    else
        return NULL;
    while (l[p] == ' ')
        p++;
    size_t a = p;
    for (int w = 0; w < 8; w++) {
        size_t ws = p;
        while (is_word((unsigned char)l[p]) || l[p] == '-')
            p++;
        if (p == ws)
            return NULL;
        const char *subj;
        size_t len;
        const char *m = w ? noun_at(c, l + p, &subj, &len) : NULL;
        if (m && !subj) {
            const char *t = foi_arena_strndup(&c->arena, s + a, p - a);
            if (!t) {
                c->rc = FOI_ENOMEM;
                return NULL;
            }
            const char *id = NULL;
            struct foi_match mm;
            if (foi_taxonomy_match(c->tax, FOI_VOCAB_CATEGORY, t, &mm) > 0 && mm.exact)
                id = mm.id;
            else {
                const char *sh = eng_lex_short_in(c, t);
                /* the short form is all of the words */
                if (sh) {
                    const char *full = foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, sh);
                    size_t fl = full ? strlen(full) : 0;
                    if (fl > p - a && !strncasecmp(full, t, p - a) && full[p - a] == ' ')
                        id = sh;
                }
            }
            if (id) {
                *end = p + len;
                *cat = foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, id);
                return m;
            }
        }
        if (l[p] != ' ')
            return NULL;
        while (l[p] == ' ')
            p++;
    }
    return NULL;
}

/* "fewer than five of the sexual harassment allegations and fewer than five
 * of the abuse of position allegations counted above were made against
 * police staff": after a count's group of one category (ending at from),
 * the counts joined to it by "and", each with such a group of its own, then
 * a predicate naming people ("were made against police staff") before the
 * end of the sentence or a semicolon. The subject the predicate names,
 * else NULL. */
static const char *group_predicate(struct ectx *c, const char *s, const char *l, const struct cand *cd, int n,
                                   int k, size_t from)
{
    size_t p = from;
    for (int j = k + 1;; j++) {
        while (l[p] == ' ')
            p++;
        if (!starts_word(l + p, "and"))
            break;
        size_t q = p + 3;
        while (l[q] == ' ')
            q++;
        size_t ge;
        const char *gc;
        if (j >= n || cd[j].why || cd[j].at != q ||
            !category_group(c, s, l, cd[j].at + cd[j].used, &ge, &gc))
            return NULL;
        p = ge;
    }
    size_t stop = p + strcspn(l + p, ";.");
    for (int j = k + 1; j < n; j++)
        if (cd[j].at >= p && cd[j].at < stop && !cd[j].why)
            stop = cd[j].at;   /* another count before the predicate: not its */
    size_t ag = predicate_against(l, p, stop);
    if (!ag)
        return NULL;
    size_t a = ag - 1 + 9, b = a + strcspn(l + a, ",;.");
    const char *t = foi_arena_strndup(&c->arena, s + a, b - a);
    if (!t) {
        c->rc = FOI_ENOMEM;
        return NULL;
    }
    struct textdims td;
    eng_textdims(c, t, &td);
    return td.subject && !td.subject_left_out ? td.subject : NULL;
}

/* A bare group ("2 of the 6 led to ...") restating the value of the group a
 * partitive count of the sentence picked from before (round 32 part A). */
static int partitive_restates(int64_t pgroup_v, const struct cand *g)
{
    return pgroup_v >= 0 && !g->why && g->v.has_value && g->v.status == FOI_VS_REPORTED && g->v.value == pgroup_v;
}

/* Words after a group's noun that make it a part of what was recorded ("of
 * the 6 allegations that were finalised", "... referred to a hearing"), not
 * all of it (round 32 part A). */
static int narrowed_group(const char *l, size_t a, size_t b)
{
    static const char *const w[] = { "finalised", "finalized", "concluded", "closed", "completed", "resolved",
        "reviewed", "sampled", "examined", "checked", "upheld", "substantiated", "proven", "proved", "referred",
        "assessed", "hearing", "misconduct meeting", "appeal", "investigated by", "where", "which", "that were",
        "that have", "that had", "who", NULL };
    for (int i = 0; w[i]; i++) {
        size_t n = strlen(w[i]);
        for (size_t p = a; p + n <= b; p++)
            if (!strncmp(l + p, w[i], n) && (p == 0 || !isalpha((unsigned char)l[p - 1])) &&
                !isalpha((unsigned char)l[p + n]))
                return 1;
    }
    return 0;
}

static int recorded_in(const char *l, size_t at)
{
    static const char *const cues[] = { "recorded in", "received in", "made in", "reported in", "logged in",
                                        "recorded during", "received during", "made during", "reported during",
                                        NULL };
    for (int i = 0; cues[i]; i++)
        if (ends_with_word(l, at, cues[i]))
            return 1;
    return 0;
}

static int same_category(struct ectx *c, const char *a, const char *b)
{
    const char *x = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, a);
    const char *y = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, b);
    return x && y && !strcmp(x, y);
}

/* The clause around l[at]: between semicolons and the joins of clauses
 * (", and ", ", while ", ", whereas ", ", but "). */
static void clause_bounds(const char *l, size_t at, size_t *a, size_t *b)
{
    static const char *const joins[] = { ";", ", and ", ", while ", ", whilst ", ", whereas ", ", but ", NULL };
    size_t n = strlen(l);
    *a = 0;
    *b = n;
    for (int i = 0; joins[i]; i++) {
        size_t k = strlen(joins[i]);
        for (const char *p = strstr(l, joins[i]); p; p = strstr(p + 1, joins[i])) {
            size_t o = (size_t)(p - l);
            if (o + k <= at && o + k > *a)
                *a = o + k;
            if (o >= at && o < *b)
                *b = o;
        }
    }
}

/* ------------------------------------------------------------ the sentence */
static const char *eng_other_body(struct ectx *c, const char *s, const char *l);

/* "The outcomes of the allegations recorded in 2025/26 are below", "...
 * are set out below", "... are as follows": the sentence says what follows
 * it. l is lowered. */
static int points_below(const char *l)
{
    static const char *const cue[] = { " are below", " is below", " are set out below", " are shown below",
                                        " are given below", " are listed below", " are provided below",
                                        " are as follows", " were as follows", " is as follows",
                                        " are in the table below", " are in the tables below", NULL };
    for (int i = 0; cue[i]; i++) {
        const char *p = strstr(l, cue[i]);
        size_t n = strlen(cue[i]);
        if (p && (!p[n] || p[n] == '.' || p[n] == ':' || p[n] == ' ' || p[n] == ','))
            return 1;
    }
    return 0;
}

/* "Nil means that no allegation had that outcome", "A dash denotes a
 * figure of five or fewer": a legend explaining a notation of the tables,
 * whose words ("no allegation", "five") are no figure. l is lowered. */
static int notation_legend(const char *l)
{
    static const char *const verb[] = { " means ", " indicates ", " denotes ", " signifies ", " is used ",
                                        " represents ", " stands for ", NULL };
    static const char *const mark[] = { "nil", "none", "-", "\xe2\x80\x93", "\xe2\x80\x94", "n/a", "na", "nk", "*",
                                        "**", "***", "0", "zero", "blank", "a blank", "a blank cell",
                                        "blank cells", "an empty cell", "empty cells", "dash", "a dash",
                                        "asterisk", "an asterisk", "asterisks", "x", "an x", "nil return",
                                        "a nil return", "the word nil", "the word none", NULL };
    while (*l == ' ' || *l == '\'' || *l == '"')
        l++;
    for (int v = 0; verb[v]; v++) {
        const char *p = strstr(l, verb[v]);
        if (!p)
            continue;
        size_t n = (size_t)(p - l);
        /* the notation, its quotes aside ("'Nil' means", "\u201cNil\u201d means") */
        while (n && (l[n - 1] == '\'' || l[n - 1] == '"' || l[n - 1] == ' '))
            n--;
        if (n >= 3 && !memcmp(l + n - 3, "\xe2\x80\x9d", 3))
            n -= 3;
        if (n >= 3 && !memcmp(l + n - 3, "\xe2\x80\x99", 3))
            n -= 3;
        const char *a = l;
        if (n >= 3 && (!memcmp(a, "\xe2\x80\x9c", 3) || !memcmp(a, "\xe2\x80\x98", 3)))
            a += 3, n -= 3;
        for (int m = 0; mark[m]; m++)
            if (strlen(mark[m]) == n && !memcmp(a, mark[m], n))
                return 1;
        /* "A dash (-) means" */
        return 0;
    }
    return 0;
}

/* A sentence that says what the answer to a part of the request is, not the
 * request told again, though it names the request: "This part of your
 * request is a nil return: ..." (after a label, "Police staff: this part of
 * your request is ..."; any sentence calling itself a nil return), or a statement whose only mention of the request is
 * a relative clause after what it counts over ("... in any of the years you
 * asked about", "for the periods you requested"). l is lowered. */
static int answers_part(const char *l)
{
    /* a sentence that calls itself the answer: "... is a nil return" */
    if (strstr(l, "nil return"))
        return 1;
    const char *colon = strstr(l, ": ");
    const char *t = colon && colon - l <= 30 ? colon + 2 : l;
    static const char *const leads[] = { "this part of your request is ", "that part of your request is ",
                                         "this part of your request was ", "for this part of your request, ",
                                         "in answer to this part of your request, ", NULL };
    for (int i = 0; leads[i]; i++)
        if (!strncmp(t, leads[i], strlen(leads[i])) || !strncmp(l, leads[i], strlen(leads[i])))
            return 1;
    /* every cue of the request a relative clause after its noun */
    static const char *const other[] = { "your request", "you wish to know", "you would like to know",
                                         "you want to know", "you quote", "you cite", "you refer", "you mention",
                                         "your email", "your letter", "your question", NULL };
    for (int i = 0; other[i]; i++)
        if (strstr(l, other[i]))
            return 0;
    static const char *const nouns[] = { "years ", "year ", "periods ", "period ", "types ", "categories ",
                                         "months ", "dates ", NULL };
    int seen = 0;
    for (const char *p = strstr(l, "you "); p; p = strstr(p + 1, "you ")) {
        const char *v = p + 4;
        if (!strncmp(v, "have ", 5))
            v += 5;
        if (strncmp(v, "asked", 5) && strncmp(v, "requested", 9))
            continue;
        int rel = 0;
        for (int k = 0; nouns[k] && !rel; k++) {
            size_t n = strlen(nouns[k]);
            rel = (size_t)(p - l) >= n && !strncmp(p - n, nouns[k], n);
        }
        if (!rel)
            return 0;
        seen = 1;
    }
    return seen;
}

/* "Sexual offences recorded by the force in 2025 (all suspects): 3,127",
 * "VAWG crimes reported in the City": a count of recorded crime, whoever the
 * suspect, is no count of allegations against officers or staff; a sentence
 * that speaks of allegations, misconduct or complaints is not this (any
 * case). */
int eng_recorded_crime(const char *l)
{
    static const char *const crime[] = { "offences recorded", "offences reported", "crimes recorded",
                                         "crimes reported", "crime reports", "recorded crime", "recorded offences",
                                         "crime recording", "crime reported", "crime recorded", "crimes were recorded", "crimes were reported",
                                         "offences were recorded", "offences were reported", "all suspects", NULL };
    static const char *const conduct[] = { "allegation", "misconduct", "complaint", "conduct matter",
                                           "gross incompetence", NULL };
    int hit = 0;
    for (int i = 0; crime[i] && !hit; i++)
        hit = foi_strcasestr(l, crime[i]) != NULL;
    if (!hit)
        return 0;
    for (int i = 0; conduct[i]; i++)
        if (foi_strcasestr(l, conduct[i]))
            return 0;
    return 1;
}

static const char *sentence_reject(struct ectx *c, const char *s, const char *l)
{
    if (notation_legend(l))
        return "explains a notation of the figures (a legend), not a figure";
    /* "a case may contain more than one allegation": what may be, not what was */
    if (strstr(l, " might "))
        return "says what may be, not what was";
    /* the verb, not the month ("recorded on 4 May 2023", "in May 2023") */
    for (const char *p = strstr(l, " may "); p; p = strstr(p + 1, " may ")) {
        int month = (p > l && isdigit((unsigned char)p[-1])) || isdigit((unsigned char)p[5]) ||
                    (p >= l + 3 && (!strncmp(p - 3, " in", 3) || !strncmp(p - 3, " of", 3))) ||
                    (p >= l + 4 && (!strncmp(p - 4, " end", 4) || !strncmp(p - 4, "from", 4))) ||
                    (p >= l + 2 && !strncmp(p - 2, "to", 2) && (p == l + 2 || p[-3] == ' '));
        if (!month)
            return "says what may be, not what was";
    }
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    if (n && s[n - 1] == '?')
        return "in a question";
    /* "This part of your request is a nil return: no allegation ...": the
     * request named to say what its answer is */
    if (eng_restates_request(s) && !answers_part(l))
        return "restates the request";
    const char *why;
    if (eng_is_boiler_text(s, &why))
        return "boilerplate";
    /* "Outcomes with no allegations are not listed": how the figures are
     * shown, not a zero for the outcomes it does not name */
    /* "Where an outcome is not mentioned, no allegation had that outcome":
     * the same said of the sentences above (a zero for each unnamed outcome
     * a reader infers, never a zero of the type last named) */
    if (strstr(l, "not listed") || strstr(l, "not shown") || strstr(l, " omitted") ||
        strstr(l, "are left out") || strstr(l, "not included in the table") ||
        strstr(l, "not included in this table") || strstr(l, "not displayed"))
        return "says how the figures are shown, not a figure";
    if ((!strncmp(l, "where ", 6) || !strncmp(l, "if ", 3) || !strncmp(l, "when ", 5)) &&
        (strstr(l, "not mentioned") || strstr(l, "not named") || strstr(l, "not given") || strstr(l, "not stated")))
        return "says how the figures are shown, not a figure";
    /* "No allegations of X are included: these are recorded separately and
     * were not requested": what the figures leave out, not a nil */
    if ((!strncmp(l, "no ", 3) || !strncmp(l, "none ", 5)) &&
        (strstr(l, " are included") || strstr(l, " were included") || strstr(l, " is included") ||
         strstr(l, " have been included") || strstr(l, " are counted") || strstr(l, " are covered")) &&
        !strstr(l, " recorded,") && !strstr(l, " were made") && !strstr(l, " were received") &&
        !strstr(l, " were recorded"))
        return "says what the figures leave out, not a nil";
    if (strstr(l, "not requested") || strstr(l, "not asked for") || strstr(l, "not part of your request"))
        return "says what was not asked, not a figure";
    if (strstr(l, "of all kinds") || strstr(l, "of all types") || strstr(l, "all kinds of") ||
        strstr(l, "of every kind"))
        return "a count of all kinds, not of a category asked about";
    if (eng_recorded_crime(l))
        return "counts recorded crime (offences, crimes reported), not allegations against officers or staff";
    return eng_other_body(c, s, l);
}

/* "of these three types", "any of the three types", "all three categories",
 * "these categories together": the sentence counts across several
 * categories at once (structure words, not category names). l is lowered. */
static int together_kinds(const char *l)
{
    static const char *const lead[] = { "these ", "those ", "the ", "all ", "all of the ", "any of the ",
                                        "each of the ", "either of the ", "any of these ", "all of these ",
                                        "each of these ", "either of these ", "any of those ", NULL };
    static const char *const num[] = { "two ", "three ", "four ", "five ", "2 ", "3 ", "4 ", "5 ", "", NULL };
    static const char *const kind[] = { "types", "categories", "kinds", "allegation types", "allegation categories",
                                        "types of allegation", "kinds of allegation", NULL };
    /* "no allegation of either type", "of any type": one of the kinds,
     * whichever, is all of them */
    static const char *const one[] = { "either type", "any type", "either kind", "any kind", "either category",
                                        "any category", NULL };
    for (int i = 0; one[i]; i++) {
        const char *at = strstr(l, one[i]);
        if (at && (at == l || at[-1] == ' ') && !isalpha((unsigned char)at[strlen(one[i])]))
            return 1;
    }
    /* most sentences name none of the kinds: nothing to put together */
    if (!strstr(l, "types") && !strstr(l, "categories") && !strstr(l, "kinds"))
        return 0;
    for (int a = 0; lead[a]; a++)
        for (int b = 0; num[b]; b++)
            for (int k = 0; kind[k]; k++) {
                char w[48];
                snprintf(w, sizeof w, "%s%s%s", lead[a], num[b], kind[k]);
                const char *at = strstr(l, w);
                if (!at || (at > l && isalpha((unsigned char)at[-1])) || isalpha((unsigned char)at[strlen(w)]))
                    continue;
                /* "the three types" alone is a bare "the types" too: want a
                 * number or a word of togetherness with a bare article */
                if (!*num[b] && (!strcmp(lead[a], "the ") || !strcmp(lead[a], "these ") ||
                                 !strcmp(lead[a], "those ")))
                    continue;
                return 1;
            }
    return 0;
}

/* "in connection with these allegations", "those allegations": the
 * sentence speaks of the allegations given before it, all of them. */
static int back_to_all(const char *l)
{
    return strstr(l, "these allegations") || strstr(l, "those allegations") || strstr(l, "the above allegations") ||
           strstr(l, "the allegations above");
}

/* "in connection with allegations of these types", "of these kinds": the
 * kinds, plural, given before (the request's or the answer's), together. */
static int back_to_kinds(const char *l)
{
    return strstr(l, "of these types") || strstr(l, "of these kinds") || strstr(l, "of these categories") ||
           strstr(l, "of those types") || strstr(l, "of those kinds") || strstr(l, "of those categories");
}

/* How many categories the totals taken so far in this run are of. */
static int seen_categories(const struct lrun *run)
{
    int n = 0;
    for (int i = 0; i < run->nseen; i++) {
        if (!run->seen[i].category)
            continue;
        int dup = 0;
        for (int j = 0; j < i; j++)
            dup |= run->seen[j].category && !strcmp(run->seen[j].category, run->seen[i].category);
        n += !dup;
    }
    return n;
}

/* About another body or the country: a figure someone else published or
 * told the requester, a national figure, another force named. */
static const char *eng_other_body(struct ectx *c, const char *s, const char *l)
{
    static const char *const attributed[] = {
        "according to", "reported that", "reports that", "report by", "reported by", "published by",
        "revealed", "found that", "figures from the", "data from the", "statistics from",
        "statistics published", "figures published", "national figures", "nationally",
        "across england and wales", "in england and wales", "across the country", "across all forces",
        "all forces", "other forces", "another force", "police forces in", "forces across",
        "said that", " said ", " says ", "told the", "the bbc", "newspaper", "the guardian",
        "freedom of information request by", "research by", "a study", "a survey", "the iopc found",
        "home office figures", "npcc", "hmicfrs found", "the inspectorate", NULL
    };
    for (int i = 0; attributed[i]; i++) {
        const char *at = strstr(l, attributed[i]);
        if (!at)
            continue;
        /* "a misconduct hearing found that the officer would have been
         * dismissed": the force's own proceedings, not another body */
        if (!strcmp(attributed[i], "found that")) {
            static const char *const own[] = { "hearing ", "panel ", "meeting ", "investigation ", "tribunal ",
                                               "hearings ", "panels ", "meetings ", NULL };
            size_t from = (size_t)(at - l) > 40 ? (size_t)(at - l) - 40 : 0;
            char win[48];
            snprintf(win, sizeof win, "%.*s", (int)((size_t)(at - l) - from), l + from);
            int proceeding = 0;
            for (int k = 0; own[k] && !proceeding; k++)
                proceeding = strstr(win, own[k]) != NULL;
            if (proceeding && !strstr(at + 10, "found that"))
                continue;
        }
        return "about another body or the country (a quoted or national figure)";
    }
    /* a force other than this one named in the sentence (in another
     * force's answer passed on below the reply, other than that force) */
    if (c->tax) {
        struct foi_match ms[8];
        int k = foi_taxonomy_scan(c->tax, FOI_VOCAB_FORCE, s, ms, 8);
        const char *own = eng_block_force(c);
        for (int i = 0; i < k; i++) {
            if (own && !strcmp(ms[i].id, own))
                continue;
            if (!own)
                continue;
            /* a one-word alias ("Kent") inside a longer name is still that force */
            return "names another force";
        }
    }
    return NULL;
}

const char *eng_quoted_figure(struct ectx *c, const char *s)
{
    const char *l = lower(c, s);
    unsigned char *qmask = foi_arena_alloc(&c->arena, strlen(s) + 1);
    if (!l || !qmask) {
        c->rc = FOI_ENOMEM;
        return NULL;
    }
    /* the request is often quoted whole: quotation marks hide nothing here */
    memset(qmask, 0, strlen(s) + 1);
    struct speriod sp[ENG_MAX_PERIODS * 2];
    int nsp = sentence_periods(c, s, l, qmask, sp, ENG_MAX_PERIODS * 2);
    struct cand cd[MAXC];
    int n = find_candidates(s, l, qmask, sp, nsp, cd, MAXC), counts = 0;
    for (int k = 0; k < n; k++)
        counts += cd[k].why == NULL;
    return counts ? eng_other_body(c, s, l) : NULL;
}

/* A list of labels each with its count right after it: "In 2024 the
 * figures were sexual assault 14, sexual misconduct 8, ...", "Sexual
 * assault, 2025/26 (9 allegations): dismissed 1; would have been dismissed
 * 0; ...". For the count x: the vocabulary of the label its item ends with
 * (FOI_VOCAB_CATEGORY or FOI_VOCAB_OUTCOME; -1 none), the label as written,
 * where the item ends (just after the count), and *full when the label is
 * the whole item (else words lead in to it: the first item of a list). The
 * item starts after the separator before it, or the number before it
 * ("sexual assault 5 and abuse of position ... 2"), at floor. */
static int list_item(struct ectx *c, const char *s, const char *l, const struct cand *x, size_t floor,
                     const char **label, size_t *item_end, int *full, int *alone)
{
    *label = NULL;
    *item_end = 0;
    *full = 0;   /* read for every candidate, an item or not */
    *alone = 0;
    if (!c->tax || x->why || !x->used || !isdigit((unsigned char)l[x->at]))
        return -1;
    size_t e = x->at + x->used;
    *item_end = e;
    /* the count ends its item: ", ", "; ", ". ", " and ", the end */
    if (!(l[e] == 0 || l[e] == ',' || l[e] == ';' || (l[e] == '.' && (!l[e + 1] || l[e + 1] == ' ')) ||
          (l[e] == ' ' && starts_word(l + e + 1, "and"))))
        return -1;
    size_t a = x->at;
    while (a > floor && !strchr(",;:(", l[a - 1]))
        a--;
    size_t b = x->at;
    while (b > a && l[b - 1] == ' ')
        b--;
    /* "RPRP: 0." a sentence that is only a label, a colon and its count:
     * the label is the item (what stands before the colon, the whole of the
     * sentence) */
    int colon = 0;
    if (b == a && a > floor && l[a - 1] == ':' && (l[e] == 0 || l[e] == '.')) {
        b = a - 1;
        a = floor;
        colon = 1;
        for (size_t q = floor; q < b; q++)
            if (strchr(",;:()", l[q]) || isdigit((unsigned char)l[q]))
                return -1;
    }
    while (a < b && l[a] == ' ')
        a++;
    if (starts_word(l + a, "and")) {
        a += 3;
        while (a < b && l[a] == ' ')
            a++;
    }
    if (b <= a || b - a > 100)
        return -1;
    const char *item = foi_arena_strndup(&c->arena, s + a, b - a);
    if (!item)
        return -1;
    static const enum foi_vocab vs[] = { FOI_VOCAB_CATEGORY, FOI_VOCAB_OUTCOME };
    for (int i = 0; i < 2; i++) {
        struct foi_match ms[8];
        int k = foi_taxonomy_scan(c->tax, vs[i], item, ms, 8);
        if (k <= 0)
            continue;
        const struct foi_match *m = &ms[k - 1];
        if (m->at + m->len != b - a || !strcmp(m->id, "other") || !strcmp(m->id, "total"))
            continue;
        /* a lead-in names nothing of the vocabulary: "the figures were" */
        if (k > 1)
            continue;
        *full = m->at == 0;
        if (colon && !*full)
            continue;
        *alone = colon && a == floor && floor == 0;
        *label = foi_arena_strndup(&c->arena, item + m->at, m->len);
        return *label ? (int)vs[i] : -1;
    }
    return -1;
}

/* The part of sentence s (l its lower case) a count at `at` stands in, from
 * the semicolon or colon before it to the count: what it names into *pd; the
 * part (in the arena), or NULL when the count opens it. */
static const char *count_part(struct ectx *c, const char *s, const char *l, size_t at, struct textdims *pd)
{
    size_t ps = at;
    while (ps > 0 && l[ps - 1] != ';' && l[ps - 1] != ':')
        ps--;
    const char *part = ps < at ? foi_arena_strndup(&c->arena, s + ps, at - ps) : NULL;
    eng_textdims(c, part ? part : "", pd);
    return part;
}

void eng_prose_sentence(struct ectx *c, const char *s, int block, struct lrun *run)
{
    const char *l = lower(c, s);
    unsigned char *qmask = foi_arena_alloc(&c->arena, strlen(s) + 1);
    if (!l || !qmask) {
        c->rc = FOI_ENOMEM;
        return;
    }
    mask_quotes(s, qmask);
    struct speriod sp[ENG_MAX_PERIODS * 2];
    int nsp = sentence_periods(c, s, l, qmask, sp, ENG_MAX_PERIODS * 2);
    struct cand cd[MAXC];
    int n = find_candidates(s, l, qmask, sp, nsp, cd, MAXC);
    if (!n || c->rc)
        return;
    const char *loc = eng_block_loc(c, block);
    const char *sent_why = sentence_reject(c, s, l);
    if (sent_why) {
        for (int k = 0; k < n; k++)
            eng_trace(c, loc, "'%.*s' not a figure: %s", (int)cd[k].used, s + cd[k].at,
                      cd[k].why ? cd[k].why : sent_why);
        return;
    }
    /* the sentence's own period: one that can be a count's period */
    int good = -1, ngood = 0, open = 0;
    for (int k = 0; k < nsp; k++) {
        if (!sp[k].bad) {
            int dup = good >= 0 && !foi_date_cmp(&sp[good].p.start, &sp[k].p.start) &&
                      !foi_date_cmp(&sp[good].p.end, &sp[k].p.end);
            /* "2021/22 (1 April 2021 to 31 March 2022)": one period */
            int inside = good >= 0 && foi_date_cmp(&sp[k].p.start, &sp[good].p.start) >= 0 &&
                         foi_date_cmp(&sp[k].p.end, &sp[good].p.end) <= 0;
            int outside = good >= 0 && foi_date_cmp(&sp[good].p.start, &sp[k].p.start) >= 0 &&
                          foi_date_cmp(&sp[good].p.end, &sp[k].p.end) <= 0;
            if (outside && !dup)
                good = k;
            /* "So far in 2026/27, from 1 April to 31 October 2026, we have
             * recorded ...": a range after the year, from the year's first
             * day and ending before its last, before any count, is what the
             * year covers here (the year to date) */
            if (inside && !dup && sp[k].at > sp[good].at && !foi_date_cmp(&sp[k].p.start, &sp[good].p.start) &&
                before_counts(cd, n, sp[k].at))
                good = k;
            if (!dup && !inside && !outside)
                ngood++;
            if (good < 0) {
                good = k;
                ngood = 1;
            }
        } else if (!strncmp(sp[k].bad, "a point in time", 15)) {
            open = 1;
        }
    }
    /* the sentence's period: its own, or the span of the periods in context
     * that a phrase like "across the three years" means */
    struct foi_period own;
    memset(&own, 0, sizeof own);
    const char *own_label = NULL;
    int has_own = 0, span_phrase = 0;
    if (good >= 0) {
        own = sp[good].p;
        own_label = sp[good].text;
        has_own = 1;
    } else {
        int want;
        if (eng_span_phrase(s, &want)) {
            const struct eng_question *rq = run->q >= 0 && run->q < c->lt->nq ? &c->lt->q[run->q] : NULL;
            const struct textdims *pt = rq && rq->td.nperiods ? &rq->td : &c->req;
            if (eng_span_of(c, pt, want, &own, &own_label)) {
                has_own = 1;
                ngood = 1;
                span_phrase = 1;
            }
        }
    }
    /* "last year", "in recent years": a period relative to the letter, which
     * is not the request's or the section's */
    static const char *const rel[] = { "last year", "this year", "past year", "previous year", "last month",
        "this month", "recent years", "recent months", "last 12 months", "past 12 months",
        "last twelve months", "past twelve months", "year to date", "so far this", "current year",
        "current financial year", "this financial year", NULL };
    const char *relative = NULL;
    for (int i = 0; rel[i] && !relative; i++) {
        const char *p = strstr(l, rel[i]);
        if (p && !qmask[p - l])
            relative = rel[i];
    }
    /* "In the current year there has been one allegation" where the letter
     * says "the current year runs from 1 April 2024 to 30 September 2024":
     * a period of the sentence (sentence_periods), not one relative to the letter */
    struct foi_period rdef;
    if (relative && eng_period_relative(c, s, &rdef))
        relative = NULL;
    /* "The correct figure ... is therefore 19", "8 (not 7, as previously
     * stated)": the sentence corrects a figure the letter gave before */
    int corrects = 0;
    static const char *const corr[] = { "correct figure", "corrected figure", "correct number", "correct total",
        "revised figure", "amended figure", "should have been", "should have read", "should read",
        "previously stated", "previously reported", "previously given", "in error", "erroneously", NULL };
    for (int i = 0; corr[i] && !corrects; i++)
        corrects = strstr(l, corr[i]) != NULL;
    for (int k = 0; k < n && !corrects; k++)
        corrects = cd[k].why == CORRECTED;
    /* the sentence's categories */
    struct textdims sd;
    eng_textdims(c, s, &sd);
    /* every period of the sentence comes after its first count ("0 allegations
     * ... in 2022/23 and 0 in 2023/24"), not before ("In 2022/23 ... 17; in
     * 2023/24 ... 23") */
    int periods_follow = 0;
    for (int k = 0; k < n; k++)
        if (!cd[k].why) {
            periods_follow = 1;
            for (int q = 0; q < nsp; q++)
                if (!sp[q].bad && sp[q].at < cd[k].at)
                    periods_follow = 0;
            break;
        }
    int took = 0, several = 0, colon_total = 0;
    c->lt->emit_clash = 0;
    struct foi_period colon_per;
    const char *colon_label = NULL;
    memset(&colon_per, 0, sizeof colon_per);
    const char *took_measure = NULL, *group_subject = NULL;
    /* the last count taken in this sentence: where it ends and its category */
    size_t took_end = 0;
    const char *took_cat = NULL;
    /* "Of the 9 allegations of sexual assault recorded in 2025/26, 2 were
     * made against police staff; none are still under investigation": a
     * sentence opening with the group its counts are picked from; the
     * people a later clause names are that clause's count's, not the
     * group's nor the other clauses' (which are of the group) */
    int sentence_group = 0;
    const char *group_people = NULL;
    /* "2 of the 6 allegations of sexual assault recorded in 2024/25 resulted
     * in dismissal; 2 of the 6 led to ...": the group the first partitive
     * count picks from with its noun (its value, its candidate) */
    int64_t pgroup_v = -1;
    int pgroup_k = -1;
    /* "20 of the 21 allegations ... were made against police officers": the
     * group whose predicate names the people of the count picked from it
     * (candidate index; its own clause names no people of its own) */
    int pgroup_pred = -1;
    /* a list of labels with their counts: each item whose label is of the
     * vocabulary of an item next to it, the whole of its item (or a lead-in
     * before the first of the list) */
    int li_v[MAXC], li_full[MAXC], li_ok[MAXC], li_alone[MAXC];
    const char *li_lab[MAXC];
    size_t li_end[MAXC];
    for (int k = 0; k < n; k++)
        li_v[k] = list_item(c, s, l, &cd[k], k ? cd[k - 1].at + cd[k - 1].used : 0, &li_lab[k], &li_end[k],
                            &li_full[k], &li_alone[k]);
    for (int k = 0; k < n; k++) {
        int prev = k > 0 && li_v[k - 1] == li_v[k] && li_full[k];
        int next = k + 1 < n && li_v[k + 1] == li_v[k] && li_full[k + 1];
        /* "RPRP: 0." alone: an outcome's count, of the category the
         * paragraph is about (one count, the whole sentence) */
        int alone = n == 1 && li_alone[k] && li_v[k] == FOI_VOCAB_OUTCOME;
        li_ok[k] = li_v[k] >= 0 && (prev || next || alone);
    }
    for (int k = 0; k < n && !c->rc; k++) {
        struct cand *x = &cd[k];
        const char *num = foi_arena_strndup(&c->arena, s + x->at, x->used);
        if (!num) {
            c->rc = FOI_ENOMEM;
            return;
        }
        if (x->why) {
            eng_trace(c, loc, "'%s' not a figure: %s", num, x->why);
            continue;
        }
        /* "... should read 12, not 11: one allegation had been recorded
         * twice": after the value a correction replaces, a colon opens the
         * reason for it, whose numbers are no figures */
        if (corrects) {
            int reason = 0;
            for (int j = 0; j < k && !reason; j++)
                if (cd[j].why == CORRECTED && memchr(l + cd[j].at, ':', x->at - cd[j].at))
                    reason = 1;
            if (reason) {
                eng_trace(c, loc, "'%s' not a figure: in the reason given for a correction", num);
                continue;
            }
        }
        size_t from = x->at + x->used;
        /* the count's clause runs to the next candidate, past a value it
         * corrects ("of which 8 (not 7, as previously stated) were found to
         * have no case to answer") */
        int nx = k + 1;
        while (nx < n && cd[nx].why == CORRECTED)
            nx++;
        /* ... and past the period its noun was recorded in ("None of the
         * allegations of sexual harassment recorded in 2025 was withdrawn";
         * not "one in 2023/24 (the officer resigned ...)", the count's own) */
        while (nx < n && cd[nx].why == A_PERIOD && recorded_in(l, cd[nx].at))
            nx++;
        size_t to = nx < n ? cd[nx].at : strlen(s);
        /* ... and never past a semicolon: "two are still being investigated;
         * of the sexual harassment allegations, two ..." (the category after
         * it is the next part's) */
        {
            const char *semi = memchr(l + from, ';', to > from ? to - from : 0);
            if (semi)
                to = (size_t)(semi - l);
        }
        /* ... nor past the rest of its group said apart: "2 were made
         * against members of police staff and the remainder against police
         * officers" (the remainder is a count never stated; the people it
         * names are not this count's) */
        to = before_remainder(l, from, to);
        /* "one allegation of sexual harassment, recorded on 28 March 2023,
         * had been omitted": a count of what happened on one day, not over a
         * period */
        int on_day = 0;
        for (int q = 0; q < nsp && !on_day; q++)
            on_day = sp[q].bad == SINGLE_DAY && sp[q].at > x->at && sp[q].at <= to &&
                     ends_with_word(l, sp[q].at, "on");
        if (on_day) {
            eng_trace(c, loc, "'%s' not a figure: counts what happened on one day, not over a period", num);
            continue;
        }
        /* "Two of the 12 allegations resulted in ...": the count's clause
         * runs past the group it picks from */
        int partitive_count = 0;
        const char *part_noun = NULL;   /* the group's noun, for a count whose predicate names its people */
        if (k + 1 < n && (starts_word(l + from, "of the") || starts_word(l + from, "of these") ||
                          starts_word(l + from, "of those"))) {
            size_t gap = from;
            while (l[gap] == ' ')
                gap++;
            gap += 3;   /* "of " */
            while (isalpha((unsigned char)l[gap]))
                gap++;
            while (l[gap] == ' ')
                gap++;
            if (gap == cd[k + 1].at) {
                const char *gsub;
                size_t gend;
                const char *gm = tie_noun(c, l, cd[k + 1].at + cd[k + 1].used, &gsub, &gend);
                /* "2 of the 6 allegations of sexual assault ... resulted in
                 * dismissal; 2 of the 6 led to ...": a bare group restating
                 * the one a count of this sentence picked from before */
                int restated = !gm && partitive_restates(pgroup_v, &cd[k + 1]);
                if (restated)
                    gend = cd[k + 1].at + cd[k + 1].used;
                if (!restated && (!gm || (gsub && !(run->measure && !strcmp(run->measure, "individuals"))))) {
                    eng_trace(c, loc, "'%s' not a figure: counts within a group of %s, not %s asked for", num,
                              gm ? "people" : "something else", run->measure ? run->measure : "what was");
                    continue;
                }
                partitive_count = 1;
                from = gend;
                /* its clause runs past the period the group was recorded in,
                 * never past a semicolon (round 32 part A) */
                int px = k + 2;
                while (px < n && cd[px].why == A_PERIOD &&
                       (recorded_in(l, cd[px].at) || ends_with_word(l, cd[px].at, "in") ||
                        ends_with_word(l, cd[px].at, "during")))
                    px++;
                to = px < n ? cd[px].at : strlen(s);
                const char *semi = to > from ? memchr(l + from, ';', to - from) : NULL;
                if (semi)
                    to = (size_t)(semi - l);
                if (gm && !gsub && cd[k + 1].v.has_value && cd[k + 1].v.status == FOI_VS_REPORTED &&
                    pgroup_v < 0) {
                    pgroup_v = cd[k + 1].v.value;
                    pgroup_k = k + 1;
                }
                if (gm && !gsub && predicate_against(l, gend, to)) {
                    part_noun = gm;
                    pgroup_pred = k + 1;
                }
            }
        }
        /* "fewer than five of the sexual harassment allegations counted
         * above were made against police staff": a count picked from the
         * allegations of one category the letter counted (no number of the
         * group), whose predicate names its people */
        const char *group_cat = NULL, *pred_subject = NULL;
        if (!partitive_count) {
            size_t ge;
            const char *gc = NULL;
            const char *gm = category_group(c, s, l, from, &ge, &gc);
            const char *ps = gm ? group_predicate(c, s, l, cd, n, k, ge) : NULL;
            if (ps) {
                partitive_count = 1;
                part_noun = gm;
                group_cat = gc;
                pred_subject = ps;
                from = ge;
                if (to < from)
                    to = from;
            }
        }
        /* "of the five officers": the size of the group a sentence picks from */
        int group = ends_with_word(l, x->at, "of the") || ends_with_word(l, x->at, "of these") ||
                    ends_with_word(l, x->at, "of those") || ends_with_word(l, x->at, "out of") ||
                    ends_with_word(l, x->at, "among the") || ends_with_word(l, x->at, "amongst the") ||
                    ends_with_word(l, x->at, "of our") || ends_with_word(l, x->at, "of its") ||
                    ends_with_word(l, x->at, "of their") || ends_with_word(l, x->at, "of all");
        struct lfig f;
        memset(&f, 0, sizeof f);
        const char *subj = NULL;
        size_t nend = from;
        const char *noun = partitive_count ? NULL : tie_noun(c, l, from, &subj, &nend);
        if (!noun && !partitive_count && !group)
            noun = category_noun(c, s, l, from, &nend);
        /* "one of the 12 cases reviewed": a group a count picks from (or a
         * sample) is no figure; "Of the 11 allegations against police
         * officers, two ...", opening its clause, states a total */
        if (group) {
            size_t cs = x->at;
            while (cs > 0 && l[cs - 1] != ',' && l[cs - 1] != ';' && l[cs - 1] != ':')
                cs--;
            while (l[cs] == ' ')
                cs++;
            /* "the outcomes of the 4 allegations of sexual assault were:" also
             * states how many there were */
            int opens = !strncmp(l + cs, "of the ", 7) || !strncmp(l + cs, "of these ", 9) ||
                        !strncmp(l + cs, "of those ", 9) || !strncmp(l + cs, "and of the ", 11) ||
                        !strncmp(l + cs, "the outcomes of the ", 20) || !strncmp(l + cs, "the outcome of the ", 19) ||
                        !strncmp(l + cs, "outcomes of the ", 16);
            const char *after = l + (noun ? nend : from);
            int sample = starts_word(after, "reviewed") || starts_word(after, "sampled") ||
                         starts_word(after, "examined") || starts_word(after, "checked") ||
                         starts_word(after, "looked");
            /* "Of the 31, twelve ...": the group restates a total taken
             * before; the counts picked from it share its subject */
            if (opens && x->v.has_value && x->v.status == FOI_VS_REPORTED) {
                const char *gcat = sd.ncats == 1 ? sd.category : run->category;
                for (int i = run->nseen - 1; i >= 0 && !group_subject; i--)
                    if (run->seen[i].v == x->v.value && run->seen[i].subject && gcat && run->seen[i].category &&
                        same_category(c, gcat, run->seen[i].category))
                        group_subject = run->seen[i].subject;
            }
            /* "Sexual assault: of the 6, 16.7% were dismissed, ... and 1
             * remains under investigation": a list item whose label is a
             * category opens with the group, no noun, then a comma: the
             * category's count of what the answer counts, the rest of the
             * item sharing it out (its percentages stay no figures) */
            const char *glm = took_measure ? took_measure : run->measure ? run->measure : c->req.measure;
            if (!noun && !sample && glm && x->v.has_value && x->v.status == FOI_VS_REPORTED &&
                !strncmp(l + cs, "of the ", 7) && l[x->at + x->used] == ',' &&
                category_label_before(c, s, l, cs)) {
                noun = glm;
                nend = from;
            }
            /* "2 of the 6 allegations of sexual assault recorded in 2024/25
             * resulted in dismissal": the group of the sentence's first
             * partitive count, its noun with nothing that narrows it, says
             * how many there were (round 32 part A) */
            int pgroup = k == pgroup_k && noun && !subj && !sample &&
                         !narrowed_group(l, noun ? nend : from, to > from ? to : from);
            if ((!opens && !pgroup) || sample || !noun ||
                (subj && !(run->measure && !strcmp(run->measure, "individuals")))) {
                eng_trace(c, loc, "'%s' not a figure: the size of a group the sentence picks from", num);
                continue;
            }
            if (!took && cs == 0)
                sentence_group = 1;
        }
        /* "sexual assault 14, sexual misconduct 8": a category's count of
         * what the sentence or letter counts; "dismissed 3, written warning
         * 1": an outcome's, of the category the lead-in names (the label
         * before a count, never the next item's after it) */
        const char *list_cat = NULL, *outcome = NULL;
        const char *lm = took_measure ? took_measure : run->measure ? run->measure : c->req.measure;
        if (li_ok[k] && !group && !partitive_count && !noun && lm && li_v[k] == FOI_VOCAB_OUTCOME &&
            sd.ncats == 1 && has_own) {
            /* "Of the 7 allegations of sexual offences ..., the outcomes
             * were: dismissed 0; ...", where a table gives that 7 under
             * another category: what the list breaks down is in doubt */
            int doubt = 0;
            for (int j = 0; j < k && !doubt; j++)
                doubt = !cd[j].why && li_v[j] < 0 && cd[j].v.has_value && cd[j].v.status == FOI_VS_REPORTED &&
                        eng_letter_table_gives_other(c, sd.category, &own, cd[j].v.value);
            if (doubt) {
                eng_trace(c, loc, "'%s' not a figure: the count its list breaks down is given in a table under "
                          "another category", num);
                continue;
            }
        }
        if (li_ok[k] && !group && !partitive_count && !noun && lm) {
            noun = lm;
            if (li_v[k] == FOI_VOCAB_CATEGORY)
                list_cat = li_lab[k];
            else
                outcome = li_lab[k];
            to = li_end[k];
            nend = from;
        } else if (!group) {
            outcome = tie_outcome(c, s, l, noun ? nend : from, to, qmask);
        }
        /* "20 of the 21 allegations ... were made against police officers":
         * no outcome, the predicate names the count's people; it counts the
         * group's noun */
        if (partitive_count && !outcome && part_noun) {
            noun = part_noun;
            nend = from;
        }
        /* "four allegations of sexual assault, three of ... and two of ...
         * resulted in dismissal": the outcome of a list of counts */
        int coord = 0;
        if (noun && !outcome && !group && !partitive_count) {
            outcome = coordinated_outcome(c, s, l, qmask, cd, n, k, nend);
            coord = outcome != NULL;
        }
        int elliptic = 0;
        if (!noun && !outcome && !group) {
            /* "... 27 allegations against police officers and 8 against police
             * staff, 35 in total": the count before names what is counted */
            const char *m = took_measure ? took_measure : run->measure;
            int how = m ? elliptic_count(l, from) : 0;
            if (how == 2 && !took_measure)
                how = 0;   /* "35 in total" only after a count in the same sentence */
            /* "... recorded 17 conduct matters ...; in 2023/24 it recorded 23":
             * a count that ends its clause right after the verb the count
             * before used */
            if (!how && (took_measure || run->measure)) {
                static const char *const verbs[] = { "recorded", "received", "logged", "had", "there were",
                                                     "there was", NULL };
                int verb = 0;
                for (int i = 0; verbs[i] && !verb; i++)
                    verb = ends_with_word(l, x->at, verbs[i]);
                size_t e = from;
                while (l[e] == ' ' || l[e] == '*')
                    e++;
                /* "In 2023/24 there were three: one ..., and two ...": the
                 * count a list after the colon shares out */
                if (verb && (took_measure ? (!l[e] || l[e] == '.' || l[e] == ';' || l[e] == ',' || l[e] == ':')
                                          : l[e] == ':'))
                    how = 4;
            }
            /* "11 allegations of sexual harassment and 5 of sexual assault":
             * a category after "of", the noun of the count before */
            /* "There were none of abuse of position ... in either year": a
             * nil of one category, the noun the paragraph counts */
            int nil_of = !took_measure && run->measure && x->v.status == FOI_VS_REPORTED && x->v.has_value &&
                         x->v.value == 0 && starts_word(l + x->at, "none");
            /* "In 2024 we recorded 19 of sexual assault, 5 of sexual
             * misconduct, ... and 23 relating to violence against women and
             * girls": a list of counts each with its category right after
             * "of" ("relating to"), no noun at all, in an answer that says
             * what it counts: the first of them too, when the next count of
             * the sentence is such a count as well */
            const char *lm = run->measure ? run->measure : c->req.measure;
            int listed = !took_measure && !nil_of && lm && x->v.status == FOI_VS_REPORTED &&
                         k + 1 < n && !cd[k + 1].why && of_category(c, s, l, from, to) &&
                         of_category(c, s, l, cd[k + 1].at + cd[k + 1].used,
                                     k + 2 < n ? cd[k + 2].at : strlen(s));
            if (!how && (took_measure || nil_of || listed) && of_category(c, s, l, from, to)) {
                how = 3;
                if (!m)
                    m = lm;   /* the request's: "how many allegations of ..." */
            }
            /* "In 2025/26 the numbers were five (sexual assault), thirteen
             * (sexual misconduct), ...": counts each with its category alone
             * in brackets after it, in a list of such counts (or after a
             * count with its noun), of what the letter counts */
            if (!how && lm && x->v.status == FOI_VS_REPORTED && bracket_category(c, s, l, from)) {
                int list = took_measure != NULL;
                for (int j = 0; j < n && !list; j++)
                    list = j != k && !cd[j].why && bracket_category(c, s, l, cd[j].at + cd[j].used);
                if (list) {
                    how = 7;
                    if (!m)
                        m = lm;
                }
            }
            /* "...; three of these allegations were also flagged as violence
             * against women and girls": a count of that category, of what
             * the sentence counted before it */
            if (!how && took_measure && x->v.status == FOI_VS_REPORTED && classed_group(c, s, l, from, to)) {
                how = 3;
                m = took_measure;
            }
            /* "... 0 allegations of X in 2022/23 and 0 in 2023/24": a count
             * with only a period of its own after it, the noun of the count
             * before */
            if (!how && took_measure && lone_period_after(l, from, sp, nsp, 1, ".,;("))
                how = 5;
            /* "The numbers flagged were 4 in 2023/24, 2 in 2024/25 and 4 in
             * 2025/26": "the number(s)" of nothing named, its verb, then a
             * count with only a period after it, in an answer that says what
             * it counts (the question's "how many allegations of ...") */
            if (!how && !took_measure && lm && x->v.status == FOI_VS_REPORTED && numbers_were(l, x->at) &&
                lone_period_after(l, from, sp, nsp, 0, ".,;")) {
                how = 8;
                m = lm;
            }
            /* "Abuse of position ...: none in any of the three periods": a
             * nil of the paragraph's noun for each period asked about */
            if (!how && m && x->v.status == FOI_VS_REPORTED && x->v.has_value && x->v.value == 0) {
                size_t e = from;
                while (l[e] == ' ')
                    e++;
                if (!strncmp(l + e, "in any of the ", 14) || !strncmp(l + e, "during any of the ", 18))
                    how = 6;
            }
            if (how) {
                noun = m;
                elliptic = how;
            }
        }
        const char *stated = NULL;
        if (!noun && !outcome) {
            size_t cs = x->at;
            while (cs > 0 && l[cs - 1] != ',' && l[cs - 1] != ';')
                cs--;
            stated = tie_stated(c, l, x->at, cs, &subj);
            if (stated) {
                noun = stated;
                /* "the number of allegations resulting in dismissal was 3";
                 * "... checked again: the figure of 7 given above for ...
                 * resulting in dismissal should read 8" (the clause after
                 * the colon) */
                size_t os = cs;
                for (size_t q = cs; q < x->at; q++)
                    if (l[q] == ':' && l[q + 1] == ' ')
                        os = q + 2;
                outcome = tie_outcome(c, s, l, os, x->at, qmask);
            }
        }
        /* "In 2025/26 the figures were: sexual assault 17, sexual
         * misconduct 11 and violence against women and girls 5": after a
         * colon, items of a category's name then its count */
        const char *item_cat = NULL;
        if (!noun && !outcome)
            item_cat = colon_item(c, s, l, x->at, x->used);
        if (item_cat)
            noun = run->measure ? run->measure : c->req.measure;
        if (!noun && !outcome) {
            eng_trace(c, loc, "'%s' not a figure: not tied to a count or an outcome of what was asked", num);
            continue;
        }
        /* "employs around 2,000 police officers": a number of people is a
         * figure only with what happened to them (an outcome) or what they
         * were accused of */
        if (noun && (subj || !strcmp(noun, "individuals")) && !outcome &&
            !person_counted(l + x->at, to > x->at ? to - x->at : 0)) {
            eng_trace(c, loc, "'%s' not a figure: a number of people (a headcount), not a count of "
                      "allegations or their outcomes", num);
            continue;
        }
        if (x->v.status == FOI_VS_APPROXIMATE && !x->v.has_value && !x->v.has_min && !x->v.has_max) {
            eng_trace(c, loc, "'%s' not a figure: a vague quantity", num);
            continue;
        }
        if (earlier_year(l, x->at, strlen(l))) {
            eng_trace(c, loc, "'%s' not a figure: it counts what was recorded in an earlier year the letter "
                      "does not name", num);
            continue;
        }
        /* "three allegations ...; one officer was dismissed and in the other
         * two cases ...": the person stands for a case of the paragraph's
         * count, which "the other two" goes on to share out */
        /* ... and "the other two cases" is the rest of that count */
        int rest_of = ends_with_word(l, x->at, "the other") || ends_with_word(l, x->at, "the remaining");
        if (noun && outcome && (((subj || !strcmp(noun, "individuals")) &&
                                 (shares_out(l + x->at) || after_count_colon(l, x->at))) || rest_of)) {
            const char *shared = run->measure && strcmp(run->measure, "individuals") ? run->measure : NULL;
            if (!shared) {
                /* the count it shares out, earlier in the sentence */
                const char *pre = foi_arena_strndup(&c->arena, s, x->at);
                struct foi_match pm[8];
                int np = pre ? foi_taxonomy_scan(c->tax, FOI_VOCAB_MEASURE, pre, pm, 8) : 0;
                for (int k = np - 1; k >= 0 && !shared; k--)
                    if (strcmp(pm[k].id, "individuals"))
                        shared = pm[k].id;
            }
            /* "there were four: one officer ...": four of what was asked */
            if (!shared && after_count_colon(l, x->at) && c->req.measure) {
                const char *rm = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_MEASURE, c->req.measure);
                if (rm && strcmp(rm, "individuals"))
                    shared = c->req.measure;
            }
            if (shared) {
                noun = shared;
                subj = NULL;
            }
        }
        f.d.outcome = outcome ? outcome : "total";
        if (noun && (subj || !run->measure))
            f.d.measure = noun;   /* a count of people is individuals; else the paragraph's measure wins */
        if (subj)
            f.d.subject = subj;
        /* category: the clause, then the sentence */
        const char *clause = foi_arena_strndup(&c->arena, s + x->at, (to > x->at ? to : x->at) - x->at);
        struct textdims td;
        eng_textdims(c, clause ? clause : "", &td);
        /* "No allegations of sexual assault or of abuse of position ... were
         * recorded": a nil of each category the clause names */
        int nil_each = 0;
        const char *short_cat = NULL;
        if (list_cat)
            f.d.category = list_cat;
        else if (group_cat)
            f.d.category = group_cat;
        else if (item_cat)
            f.d.category = item_cat;
        else if (td.ncats == 1)
            f.d.category = td.category;
        else if (td.ncats > 1 && x->v.status == FOI_VS_REPORTED && x->v.has_value && x->v.value == 0 &&
                 !isdigit((unsigned char)*num)) {
            nil_each = td.ncats;
            f.d.category = td.cats[0];
        } else if (td.ncats > 1) {
            eng_trace(c, loc, "'%s' not a figure: its clause names several categories", num);
            continue;
        } else if (!sd.ncats && together_kinds(l)) {
            /* "no allegations of any of the three types": a nil of each
             * category asked; "5 officers ... in connection with allegations
             * of these three types": a count across them, no category's */
            if (x->v.status == FOI_VS_REPORTED && x->v.has_value && x->v.value == 0 && !isdigit((unsigned char)*num) &&
                c->req.ncats > 1) {
                nil_each = c->req.ncats;
                for (int ci = 0; ci < c->req.ncats && ci < ENG_MAX_CATS; ci++)
                    td.cats[ci] = c->req.cats[ci];
                f.d.category = td.cats[0];
            } else {
                eng_trace(c, loc, "'%s' not a figure: a count across several categories together", num);
                continue;
            }
        } else if (!sd.ncats && ((back_to_all(l) && seen_categories(run) > 1) ||
                                 (back_to_kinds(l) && (seen_categories(run) > 1 || c->req.ncats > 1)))) {
            eng_trace(c, loc, "'%s' not a figure: it is about the allegations of several categories given before", num);
            continue;
        } else if (sd.ncats != 1 && (short_cat = eng_lex_short_in(c, clause ? clause : ""))) {
            /* "one allegation of abuse of position is awaiting ...": the
             * short form of a category the letter writes in full */
            f.d.category = foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, short_cat);
        } else if (sd.ncats == 1)
            f.d.category = sd.category;
        else if (sd.ncats > 1) {
            /* "...: of the sexual assault allegations, one led to dismissal,
             * two ...; of the sexual harassment allegations, ...": the one
             * category named in the count's part of the sentence (from the
             * semicolon or colon before it) ahead of the count */
            struct textdims pd;
            const char *part = count_part(c, s, l, x->at, &pd);
            const char *pcat = pd.ncats == 1 ? pd.category : NULL;
            if (!pcat && !pd.ncats && part && (short_cat = eng_lex_short_in(c, part)))
                pcat = foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, short_cat);
            /* "..., 12 allegations of sexual harassment against police
             * officers and 5 against police staff, and 7 ...": a count that
             * leaves its noun to the count just taken before it, nothing
             * between them naming another category, counts that one's */
            if (!pcat && elliptic && took_cat && took_end && took_end <= x->at) {
                const char *gap = foi_arena_strndup(&c->arena, s + took_end, x->at - took_end);
                struct textdims gd;
                eng_textdims(c, gap ? gap : "", &gd);
                if (gap && (!gd.ncats || (gd.ncats == 1 && same_category(c, gd.category, took_cat))))
                    pcat = took_cat;
            }
            if (!pcat) {
                eng_trace(c, loc, "'%s' not a figure: the sentence names several categories and the number none",
                          num);
                continue;
            }
            f.d.category = pcat;
        }
        if (pred_subject)
            f.d.subject = pred_subject;
        /* a count's own subject: "27 allegations ... against police officers
         * and 8 against police staff" */
        if (!f.d.subject && noun && elliptic != 2 && k != pgroup_pred) {
            /* the words from the count to its outcome: "one allegation of
             * sexual harassment against police staff resulted in ..." */
            size_t oend = to > x->at ? to : x->at;
            const char *op = outcome && !coord ? strstr(s + nend, outcome) : NULL;
            if (op && (size_t)(op - s) < oend)
                oend = (size_t)(op - s);
            const char *np = oend == (to > x->at ? to : x->at) ? clause
                           : foi_arena_strndup(&c->arena, s + x->at, oend - x->at);
            struct textdims nd;
            eng_textdims(c, np ? np : "", &nd);
            if (nd.subject)
                f.d.subject = nd.subject;
        }
        if (!f.d.subject && group_subject)
            f.d.subject = group_subject;
        if (sentence_group || pgroup_k >= 0) {
            /* a count's own clause names its people; else it is of the group
             * (the people the group's clause names, or none: the context's) */
            if (group)
                group_people = f.d.subject;
            else if (!f.d.subject)
                f.d.subject = td.subject ? td.subject : group_people;
        } else if (!f.d.subject && sd.subject) {
            f.d.subject = sd.subject;
            /* "Police officers were the subject of two allegations of sexual
             * assault; 4 against police staff": a sentence naming officers
             * and staff apart, a count whose clause names neither, and the
             * people named in its part of the sentence ahead of it: theirs */
            if (!strcmp(sd.subject, "officers_and_staff")) {
                struct textdims pd;
                count_part(c, s, l, x->at, &pd);
                if (pd.subject && strcmp(pd.subject, "officers_and_staff") && !pd.subject_left_out)
                    f.d.subject = pd.subject;
            }
        }
        if (elliptic == 1 && !td.subject) {
            eng_trace(c, loc, "'%s' not a figure: 'against' names no subject", num);
            continue;
        }
        /* period: the sentence's own, else the context's; where the sentence
         * names several, the one of the count's clause ("In 2022/23 ...
         * recorded 17 ...; in 2023/24 it recorded 23") */
        int clause_period = 0;
        struct foi_period cper;
        const char *cper_label = NULL;
        if (ngood > 1) {
            size_t a, b;
            clause_bounds(l, x->at, &a, &b);
            /* one period in the clause, or a range and the periods inside it */
            int pick = -1, clash = 0;
            for (int q = 0; q < nsp && !clash; q++) {
                if (sp[q].bad || sp[q].at < a || sp[q].at >= b)
                    continue;
                if (pick < 0) {
                    pick = q;
                } else if (foi_date_cmp(&sp[pick].p.start, &sp[q].p.start) >= 0 &&
                           foi_date_cmp(&sp[pick].p.end, &sp[q].p.end) <= 0) {
                    pick = q;   /* q holds the one before */
                } else if (!(foi_date_cmp(&sp[q].p.start, &sp[pick].p.start) >= 0 &&
                             foi_date_cmp(&sp[q].p.end, &sp[pick].p.end) <= 0)) {
                    clash = 1;
                }
            }
            if (pick >= 0 && !clash) {
                clause_period = 1;
                cper = sp[pick].p;
                cper_label = sp[pick].text;
            }
        }
        /* "There were 0 allegations of X in 2022/23 and 0 in 2023/24": each
         * period after its count, so a count's period is the one between it
         * and the next count */
        if (ngood > 1 && !clause_period) {
            /* "... 0 in 2023/24": between the count and the next count; "In
             * 2022 there were 4 ... and in 2023 there were 6": between the
             * count before and this one */
            size_t ss = x->at, se = strlen(s);
            if (periods_follow) {
                for (int j = k + 1; j < n; j++)
                    if (!cd[j].why) {
                        se = cd[j].at;
                        break;
                    }
            } else {
                ss = 0;
                se = x->at;
                for (int j = k - 1; j >= 0; j--)
                    if (!cd[j].why) {
                        ss = cd[j].at + cd[j].used;
                        break;
                    }
            }
            int pick = -1, many = 0;
            for (int q = 0; q < nsp; q++) {
                if (sp[q].bad || sp[q].at < ss || sp[q].at >= se)
                    continue;
                if (pick >= 0)
                    many = 1;
                pick = q;
            }
            if (pick >= 0 && !many) {
                clause_period = 1;
                cper = sp[pick].p;
                cper_label = sp[pick].text;
            }
        }
        /* "...: four in 2021/22, three in 2022/23": a period right after a
         * count (or its noun) is that count's own */
        if (nsp > 1) {
            size_t e = nend > from ? nend : from;
            while (l[e] == ' ')
                e++;
            size_t w = starts_word(l + e, "in") ? 2 : starts_word(l + e, "during") ? 6 : 0;
            for (int q = 0; w && q < nsp; q++) {
                size_t pe = e + w;
                while (l[pe] == ' ')
                    pe++;
                if (!sp[q].bad && sp[q].at == pe && foi_date_cmp(&sp[q].p.start, &sp[q].p.end)) {
                    clause_period = 1;
                    cper = sp[q].p;
                    cper_label = sp[q].text;
                    break;
                }
            }
        }
        /* "Five allegations ... were recorded: two in 2021/22, none in
         * 2022/23 and three in 2023/24": a count before a colon that its
         * periods break down covers them all (or "the same period" as the
         * sentence before, or the one period stated before the colon) */
        if (ngood > 1 && !clause_period) {
            const char *colon = strchr(l + from, ':');
            size_t cp = colon ? (size_t)(colon - l) : 0;
            int clear = colon != NULL;
            for (int j = k + 1; j < n && clear; j++)
                if (!cd[j].why && cd[j].at < cp)
                    clear = 0;
            int before = 0, bq = -1;
            struct foi_period after[ENG_MAX_PERIODS];
            int nafter = 0;
            for (int q = 0; clear && q < nsp; q++) {
                if (sp[q].bad || !foi_date_cmp(&sp[q].p.start, &sp[q].p.end))
                    continue;
                if (sp[q].at < cp) {
                    before++;
                    bq = q;
                } else if (nafter < ENG_MAX_PERIODS) {
                    after[nafter++] = sp[q].p;
                }
            }
            if (clear && before == 1) {
                clause_period = 1;
                cper = sp[bq].p;
                cper_label = sp[bq].text;
            } else if (clear && !before && strstr(l, "same period") && run->has_period) {
                clause_period = 1;
                cper = run->period;
                cper_label = run->period_label;
            } else if (clear && !before && nafter >= 2 && eng_periods_span(after, nafter, &cper)) {
                clause_period = 1;
                char a[11], b[11];
                foi_date_iso(&cper.start, a);
                foi_date_iso(&cper.end, b);
                cper_label = foi_arena_printf(&c->arena, "%s to %s", a, b);
            }
            if (clause_period && x->v.has_value) {
                colon_total = 1;
                colon_per = cper;
                colon_label = cper_label;
            }
        }
        if (ngood > 1 && !clause_period) {
            eng_trace(c, loc, "'%s' not a figure: the sentence names several periods", num);
            several = 1;
            continue;
        }
        if (clause_period) {
            f.d.period = cper;
            f.d.has_period = 1;
            f.d.period_label = cper_label;
        } else if (has_own) {
            f.d.period = own;
            f.d.has_period = 1;
            f.d.period_label = own_label;
        } else if (open) {
            eng_trace(c, loc, "'%s' not a figure: its period is open-ended (since, before, by a date)", num);
            continue;
        } else if (relative) {
            eng_trace(c, loc, "'%s' not a figure: its period is given relative to the letter ('%s'), not stated",
                      num, relative);
            continue;
        }
        f.value_text = num;
        f.v = x->v;
        /* "fewer than five ... withheld under section 40(2)": the sentence's
         * exemption, else what the letter says of suppressed figures */
        if (f.v.status == FOI_VS_SUPPRESSED) {
            if (!f.v.exemption[0] && foi_value_find_exemption(s, f.v.exemption, sizeof f.v.exemption))
                snprintf(f.v.exemption, sizeof f.v.exemption, "%s",
                         c->supp_exemption[0] ? c->supp_exemption : c->doc_exemption);
            if (!f.v.has_min && !f.v.has_max && c->supp_has) {
                f.v.min = c->supp_min;
                f.v.max = c->supp_max;
                f.v.has_min = f.v.has_max = 1;
            }
        }
        f.locator = loc;
        f.raw = foi_collapse_ws(&c->arena, run->said_as ? run->said_as : s, strlen(run->said_as ? run->said_as : s));
        if (run->said_as)
            f.note = "its category is the one named in that place in the sentence before ('respectively')";
        f.conf = c->o->confidence - 0.15;
        f.corrects = corrects;
        /* the value the correction names as replaced: the nearest before it */
        for (int j = k - 1; j >= 0 && corrects; j--)
            if (cd[j].why == CORRECTED && cd[j].v.has_value && cd[j].v.status == FOI_VS_REPORTED) {
                f.corrects_from = (long long)cd[j].v.value + 1;
                break;
            }
        char what[160];
        snprintf(what, sizeof what, "'%s'", num);
        /* a figure given again still says what its sentence is about */
        int er = eng_letter_emit(c, &f, run, what);
        /* "one allegation of abuse of position ..., which resulted in
         * dismissal": the count's own outcome in a clause on it, the same
         * number again */
        const char *wo = (er == 1 || er == 2) && noun && !outcome && !group && !nil_each && x->v.has_value &&
                                 x->v.status == FOI_VS_REPORTED && x->v.value > 0
                             ? which_outcome(c, s, l, nend, to, qmask) : NULL;
        if (wo) {
            struct lfig g = f;
            g.d.outcome = wo;
            eng_letter_emit(c, &g, run, what);
        } else if ((er == 1 || er == 2) && f.d.outcome && !strcmp(f.d.outcome, "total") && f.v.has_value &&
                   f.v.value > 0 && !nil_each) {
            /* otherwise "one allegation, which is still under investigation",
             * "one in 2023/24 (the officer resigned before ...)": what became
             * of the counted allegations, said of them right after the count */
            const char *oc = trailing_outcome(c, s, l, noun && !elliptic ? nend : from, sp, nsp, qmask);
            if (oc) {
                struct lfig g = f;
                g.d.outcome = oc;
                eng_letter_emit(c, &g, run, what);
            }
        }
        /* "There were no allegations with the outcome dismissed, would
         * have been dismissed, reflective practice.": a nil word before a
         * list of outcomes is a nil of each outcome the list names */
        if ((er == 1 || er == 2) && outcome && x->v.status == FOI_VS_REPORTED && x->v.has_value &&
            x->v.value == 0 && !isdigit((unsigned char)*num)) {
            const char *nl[16];
            int nn = nil_outcome_list(c, s, x->at + x->used, nl, 16);
            for (int oi = 1; oi < nn && !c->rc; oi++) {
                struct lfig g = f;
                g.d.outcome = nl[oi];
                eng_letter_emit(c, &g, run, what);
            }
        }
        for (int ci = 1; ci < nil_each && !c->rc; ci++) {
            struct lfig g = f;
            g.d.category = td.cats[ci];
            int r2 = eng_letter_emit(c, &g, run, what);
            if (r2 == 1 || r2 == 2)
                er = r2;
        }
        if (er == 1 || er == 2) {
            took++;
            if (noun && !subj)
                took_measure = noun;
            if (!nil_each && f.d.category) {
                took_cat = f.d.category;
                took_end = x->at + x->used;
            }
            if (f.v.has_value && f.d.outcome && !strcmp(f.d.outcome, "total")) {
                int at = run->nseen < 8 ? run->nseen++ : 7;
                run->seen[at].v = f.v.value;
                run->seen[at].category = f.d.category;
                run->seen[at].subject = f.d.subject;
            }
        }
    }
    if (!took && several && sd.ncats == 1 && run->category && strcmp(run->category, sd.category)) {
        /* a count of another category this sentence gives over several
         * periods ("thirty allegations of sexual harassment ...: nine in
         * 2021/22, a dozen in 2022/23 ..."), none taken: the sentences after
         * it are about that category, never the one before; their period is
         * its own unless it points back at the one before ("Over the same
         * period") */
        run->category = sd.category;
        run->subject = run->section_subject;
        run->subject_cat = NULL;
        run->from = "an earlier sentence";
        if (!strstr(l, "same period") && !strstr(l, "same years") && !strstr(l, "same time"))
            run->has_period = 0;
        return;
    }
    if (!took && c->lt->emit_clash && sd.ncats == 1 && !has_own) {
        /* "Abuse of position ...: 11 allegations." clashing with the 7 taken
         * for that category and period: the sentence is about another
         * period than the one carried from before (a heading missed, a
         * column read out of order); what follows it ("Of these, 1 ...")
         * is of its category and of no period known */
        run->category = sd.category;
        run->subject = run->section_subject;
        run->subject_cat = NULL;
        run->from = "an earlier sentence";
        run->has_period = 0;
        run->period_unknown = 1;
        eng_trace(c, loc, "its count clashes with one taken for the same category and period: the period carried "
                  "from before is not this sentence's");
        return;
    }
    if (!took) {
        /* "Outcomes are given for the three years together": no figure, but
         * the span of the periods asked for is the period of what follows */
        if (span_phrase && !relative) {
            run->period = own;
            run->period_label = own_label;
            run->has_period = 1;
            eng_trace(c, loc, "the figures that follow cover %s", own_label);
        } else if (has_own && ngood == 1 && !relative && !open && points_below(l)) {
            /* "The outcomes of the allegations recorded in 2025/26 are
             * below.": no figure, one period, and what is below is of it */
            run->period = own;
            run->period_label = own_label;
            run->has_period = 1;
            eng_trace(c, loc, "the figures below cover %s", own_label);
        }
        return;
    }
    /* what this sentence said carries on to the next ones */
    if (sd.ncats == 1) {
        /* a subject said of another category ends; one said of the section
         * (a "Police officers" heading) goes on */
        if ((!run->category || strcmp(run->category, sd.category)) && run->subject_cat) {
            run->subject = run->section_subject;
            run->subject_cat = NULL;
        }
        run->category = sd.category;
        run->from = "an earlier sentence";
    }
    if (has_own && ngood == 1) {
        run->period = own;
        run->period_label = own_label;
        run->has_period = 1;
        run->period_unknown = 0;
    } else if (colon_total) {
        run->period = colon_per;   /* the outcomes after it are over the whole of it */
        run->period_label = colon_label;
        run->has_period = 1;
    }
    if (took_measure && !run->measure)
        run->measure = took_measure;
    if (sd.subject) {
        run->subject = sd.subject;
        run->subject_cat = sd.ncats == 1 ? sd.category : NULL;
    }
}
