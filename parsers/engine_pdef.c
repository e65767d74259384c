/* engine_pdef.c: a part of a year the document defines away from its label
 * ("2024/25 YTD = 1 April 2024 to 30 September 2024", "* 2024/25 figures are
 * for ...", "(2024/25 is part-year, April to September)"), applied to the label. */
#include "engine_ctx.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define PDEF_MAX 16
#define PDEF_MAX_LINES 4000
#define PDEF_GAP_WORDS 6

/* One definition: the year the label names, the part the document says it
 * covers, and the qualifier that ties it to the label (none: every label of
 * that year; "ytd": a label saying "YTD" / "to date"; a mark: a label carrying
 * that footnote mark). */
struct pdef {
    struct foi_period whole, part;
    char qual[8];
    int conflict;   /* two definitions of the same label disagree: neither is used */
    int loose;      /* a stretch of the year stated on its own, not said of the label
                       (scan_parts): any definition said of the label wins over it */
};

/* A period said of the letter's own time ("the current year runs from 1
 * April 2024 to 30 September 2024"): what the phrase means in this document. */
struct rdef {
    const char *phrase;
    struct foi_period p;
    int conflict;
};

/* A label the document says what period it is ("April 2026 onwards =
 * 01/04/2026 to 30/11/2026", "\"April 2026 onwards\" therefore means 1 April
 * to 30 November 2026"): a label no period parse reads on its own. */
struct ldef {
    char label[64];
    struct foi_period p;
    int conflict;
};

struct pdefs {
    struct pdef d[PDEF_MAX];
    int n;
    struct ldef ld[PDEF_MAX];
    int nld;
    struct rdef r[PDEF_MAX];
    int nr;
    int req_ytd;    /* the request asks for a year "to date" */
    struct foi_date answered;   /* the response is dated this day or later (y 0: unknown) */
    struct foi_date own;        /* the day the response itself is dated (y 0: unknown) */
    struct foi_date extracted;  /* the day its data were extracted (y 0: unknown, or two differ) */
    int extracted_conflict;
};

/* Phrases naming a period by the letter's own time: structure words. */
static const char *const relative_phrases[] = { "current financial year", "current year", "this financial year",
                                                "current reporting year", "year to date", NULL };

/* s's first case-insensitive occurrence of w at a word start, or NULL */
static const char *strcasestr_ascii(const char *s, const char *w)
{
    for (const char *p = foi_strcasestr(s, w); p; p = foi_strcasestr(p + 1, w))
        if (p == s || !((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z')))
            return p;
    return NULL;
}

static int is_sp(int ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }
static int is_al(int ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

static int year_long(const struct foi_period *p)
{
    return p->resolved && (p->kind == FOI_PER_FY || p->kind == FOI_PER_CALENDAR_YEAR);
}

/* Is part the first stretch of whole, ending before it does? */
static int first_part(const struct foi_period *whole, const struct foi_period *part)
{
    return part->resolved && !foi_date_cmp(&part->start, &whole->start) &&
           foi_date_cmp(&part->end, &whole->end) < 0 && foi_date_cmp(&part->end, &part->start) >= 0;
}

/* A footnote mark at s ("*", "†", "‡", "#", a superscript digit "¹" "²"
 * "³" "⁴".."⁹"): its length, else 0. */
static size_t mark_at(const char *s)
{
    if (*s == '*' || *s == '#')
        return 1;
    if (!strncmp(s, "\xe2\x80\xa0", 3) || !strncmp(s, "\xe2\x80\xa1", 3))
        return 3;
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0xC2 && (u[1] == 0xB9 || u[1] == 0xB2 || u[1] == 0xB3))
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x81 && (u[2] == 0xB0 || (u[2] >= 0xB4 && u[2] <= 0xB9)))
        return 3;
    return 0;
}

/* A word (case-insensitive, whole) at s: its length, else 0. */
static size_t word_at(const char *s, const char *w)
{
    size_t n = strlen(w);
    return !strncasecmp(s, w, n) && !is_al((unsigned char)s[n]) ? n : 0;
}

/* What follows a year label at s says it is only part of it: "YTD", "year to
 * date", "to date", "so far". Its length, else 0. */
static size_t ytd_at(const char *s)
{
    static const char *const w[] = { "ytd", "year to date", "year-to-date", "to date", "so far", NULL };
    for (int k = 0; w[k]; k++) {
        size_t n = word_at(s, w[k]);
        if (n)
            return n;
    }
    return 0;
}

/* ytd_at, also after a word of the kind of year: "reporting year to date"
 * ("2026/27 reporting year to date"). */
static size_t ytd_kind_at(const char *s)
{
    static const char *const kinds[] = { "reporting ", "financial ", "performance ", "recording ", NULL };
    size_t y = ytd_at(s);
    for (int k = 0; kinds[k] && !y; k++) {
        size_t kl = strlen(kinds[k]);
        if (!strncasecmp(s, kinds[k], kl) && ytd_at(s + kl))
            y = kl + ytd_at(s + kl);
    }
    return y;
}

/* Do the words right before text[a] (a year label from a to e), or the
 * label's own first word, say the year is only so far: "YTD 2026/27", "Year
 * to date: 2026/27", "FYTD 26-27"? */
static int ytd_before(const char *text, size_t a, size_t e)
{
    static const char *const w[] = { "ytd", "fytd", "year to date", "year-to-date", "financial year to date", NULL };
    for (int k = 0; w[k]; k++) {
        size_t n = strlen(w[k]);
        /* the label opens with the words ("FYTD 26-27" read as one period) */
        if (e - a > n && !strncasecmp(text + a, w[k], n) && !is_al((unsigned char)text[a + n]))
            return 1;
        /* the words end just before it */
        size_t j = a;
        while (j > 0 && (is_sp((unsigned char)text[j - 1]) || text[j - 1] == ':' || text[j - 1] == '-'))
            j--;
        if (j >= n && !strncasecmp(text + j - n, w[k], n) && (j == n || !is_al((unsigned char)text[j - n - 1])) &&
            j < a)
            return 1;
    }
    return 0;
}

/* The qualifier of the year label ending at text[e] (and starting at text[a]):
 * a mark right after it (or alone before it at the start of the text), "ytd"
 * when the words after it say so, "" otherwise. Returns the end of what it read. */
static size_t qualifier(const char *text, size_t a, size_t e, char *qual, size_t qsize)
{
    qual[0] = 0;
    size_t m = mark_at(text + e);
    if (m && m < qsize) {
        memcpy(qual, text + e, m);
        qual[m] = 0;
        return e + m;
    }
    /* "2026/27 †": the mark a space after the year, ending the label (or
     * its word), as a column header sets it; not "2024/25 *see note*" */
    size_t s = e;
    while (s < e + 3 && (text[s] == ' ' || text[s] == '\t'))
        s++;
    m = s > e ? mark_at(text + s) : 0;
    if (m && m < qsize && (!text[s + m] || is_sp((unsigned char)text[s + m]) || text[s + m] == ')' ||
                           text[s + m] == ':' || text[s + m] == ',' || text[s + m] == ';')) {
        memcpy(qual, text + s, m);
        qual[m] = 0;
        return s + m;
    }
    size_t i = e;
    while (is_sp((unsigned char)text[i]))
        i++;
    size_t y = ytd_kind_at(text + i);
    if (y) {
        snprintf(qual, qsize, "ytd");
        return i + y;
    }
    /* "2026/27 (to date)", "2026/27 (YTD)": the same words in brackets */
    if (text[i] == '(' && (y = ytd_kind_at(text + i + 1)) != 0 && text[i + 1 + y] == ')') {
        snprintf(qual, qsize, "ytd");
        return i + y + 2;
    }
    /* "YTD 2026/27", "Year to date: 2026/27", "FYTD 26-27": the words before
     * the year (or opening its label) say it too */
    if (ytd_before(text, a, e)) {
        snprintf(qual, qsize, "ytd");
        return e;
    }
    /* "* 2024/25 figures are for ...": the mark opens the line */
    size_t b = 0;
    while (b < a && is_sp((unsigned char)text[b]))
        b++;
    m = mark_at(text + b);
    if (m && m < qsize) {
        size_t k = b + m;
        while (k < a && is_sp((unsigned char)text[k]))
            k++;
        if (k == a) {
            memcpy(qual, text + b, m);
            qual[m] = 0;
        }
    }
    return e;
}

static void add_def_as(struct pdefs *x, const struct foi_period *whole, const struct foi_period *part,
                       const char *qual, int loose)
{
    for (int i = 0; i < x->n; i++) {
        struct pdef *d = &x->d[i];
        if (foi_date_cmp(&d->whole.start, &whole->start) || foi_date_cmp(&d->whole.end, &whole->end) ||
            strcmp(d->qual, qual))
            continue;
        if (loose && !d->loose)
            return;   /* said of the label already */
        if (!loose && d->loose) {
            d->part = *part;   /* said of the label: it wins over loose stretches */
            d->loose = 0;
            d->conflict = 0;
            return;
        }
        if (foi_date_cmp(&d->part.end, &part->end))
            d->conflict = 1;
        return;
    }
    if (x->n >= PDEF_MAX)
        return;
    struct pdef *d = &x->d[x->n++];
    d->whole = *whole;
    d->part = *part;
    d->loose = loose;
    snprintf(d->qual, sizeof d->qual, "%s", qual);
}

static void add_def(struct pdefs *x, const struct foi_period *whole, const struct foi_period *part,
                    const char *qual)
{
    add_def_as(x, whole, part, qual, 0);
}

/* The sentence's gap between a year label and what defines it: no figures,
 * no sentence break, a few words ("covers", "figures are for", "=", "is
 * part-year,"). */
static int definition_gap(const char *s, size_t n)
{
    /* "2023 is not held, because allegations recorded between January and
     * March 2023 ...": a reason, or a statement about the year, between
     * them: the stretch is why, not what the year label means */
    /* "The sheet 2025-26 replaces last year's part-year table (1 April to
     * 30 September 2025) with the whole year": days said of what the label
     * replaces, or of an earlier answer, are not the label's */
    static const char *const not_def[] = { "because", "since", "due to", "owing to", "not held", "replaces",
                                           "replaced", "supersedes", "superseded", "instead of", "in place of",
                                           "last year's", "previous response", "previous answer",
                                           "earlier response", "earlier answer", "was then", "were then",
                                           "at the time", NULL };
    for (int k = 0; not_def[k]; k++) {
        size_t wl = strlen(not_def[k]);
        for (size_t i = 0; i + wl <= n; i++)
            if (!strncasecmp(s + i, not_def[k], wl) && (i == 0 || !is_al((unsigned char)s[i - 1])) &&
                !is_al((unsigned char)s[i + wl]))
                return 0;
    }
    int words = 0, in = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= '0' && ch <= '9')
            return 0;
        if (ch == ';' || (ch == '.' && (i + 1 == n || is_sp((unsigned char)s[i + 1]))))
            return 0;
        int al = is_al(ch) || ch == '-' || ch >= 0x80;
        if (al && !in)
            words++;
        in = al;
    }
    return words <= PDEF_GAP_WORDS;
}

/* "is part-year, April to September": months without their year, a few
 * words after the year label, read as the part of that year they name (the
 * label with them in brackets, "2024/25 (April to September)"). 1 found. */
static int months_of(struct ectx *c, const char *label, size_t llen, const char *tail, struct foi_period *out)
{
    int words = 0;
    for (size_t k = 0; tail[k] && words <= PDEF_GAP_WORDS; k++) {
        unsigned char ch = (unsigned char)tail[k];
        /* a word or a day's number opens the part ("* 2025: 1 January to 31
         * October") */
        int digit = ch >= '0' && ch <= '9';
        if ((!is_al(ch) && !digit) || (k && (is_al((unsigned char)tail[k - 1]) ||
                                             (tail[k - 1] >= '0' && tail[k - 1] <= '9'))))
            continue;
        words++;
        if (!definition_gap(tail, k))
            return 0;
        size_t e = k + strcspn(tail + k, ");.,\n");
        while (e > k && is_sp((unsigned char)tail[e - 1]))
            e--;
        if (e == k || e - k > 60 || memchr(tail + k, '(', e - k))
            continue;
        char *probe = foi_arena_printf(&c->arena, "%.*s (%.*s)", (int)llen, label, (int)(e - k), tail + k);
        struct foi_period_ctx pc = {0};
        if (!probe) {
            c->rc = FOI_ENOMEM;
            return 0;
        }
        if (foi_period_parse(probe, &pc, out) == 1 && out->resolved)
            return 1;
    }
    return 0;
}

static void add_rdef(struct pdefs *x, const char *phrase, const struct foi_period *p)
{
    for (int i = 0; i < x->nr; i++)
        if (!strcmp(x->r[i].phrase, phrase)) {
            if (foi_date_cmp(&x->r[i].p.start, &p->start) || foi_date_cmp(&x->r[i].p.end, &p->end))
                x->r[i].conflict = 1;
            return;
        }
    if (x->nr < PDEF_MAX) {
        x->r[x->nr].phrase = phrase;
        x->r[x->nr].p = *p;
        x->r[x->nr++].conflict = 0;
    }
}

/* Is the day at tail+at after "to", "until", "up to" or "ending" (where a
 * stretch stops, not "as at" or "on")? */
static int day_after_to(const char *tail, size_t at)
{
    size_t k = at;
    while (k > 0 && is_sp((unsigned char)tail[k - 1]))
        k--;
    size_t wend = k;
    while (k > 0 && is_al((unsigned char)tail[k - 1]))
        k--;
    return (wend - k == 2 && !strncasecmp(tail + k, "to", 2)) || (wend - k == 5 && !strncasecmp(tail + k, "until", 5)) ||
           (wend - k == 6 && !strncasecmp(tail + k, "ending", 6));
}

/* The year to day e of each scheme holding it (the calendar year's, then
 * the financial year's; the financial one only with fy_only), defined for
 * qualifier qual: the year from its first day to e. 1 when the financial
 * year's was, its part into *fyp. */
static int defs_to_day(struct pdefs *x, struct foi_date e, const char *qual, int fy_only, struct foi_period *fyp)
{
    struct foi_period y, part;
    memset(&y, 0, sizeof y);
    y.resolved = 1;
    int fy = e.m >= 4 ? e.y : e.y - 1, got = 0;
    for (int scheme = fy_only ? 1 : 0; scheme < 2; scheme++) {
        y.kind = scheme ? FOI_PER_FY : FOI_PER_CALENDAR_YEAR;
        y.start = scheme ? (struct foi_date){ fy, 4, 1 } : (struct foi_date){ e.y, 1, 1 };
        y.end = scheme ? (struct foi_date){ fy + 1, 3, 31 } : (struct foi_date){ e.y, 12, 31 };
        part = y;
        part.kind = FOI_PER_RANGE;
        part.end = e;
        if (!first_part(&y, &part))
            continue;
        add_def(x, &y, &part, qual);
        if (scheme) {
            *fyp = part;
            got = 1;
        }
    }
    return got;
}

/* "the current year runs from 1 April 2024 to 30 September 2024": a
 * relative phrase, a few words, then the stretch of days it names. */
static void scan_relative(struct pdefs *x, const char *t)
{
    if (!foi_strcasestr(t, "year"))
        return;   /* every phrase names a year */
    for (int k = 0; relative_phrases[k]; k++) {
        const char *ph = relative_phrases[k];
        size_t pl = strlen(ph);
        for (const char *a = t; (a = strcasestr_ascii(a, ph)) != NULL; a += pl) {
            const char *tail = a + pl;
            struct foi_period p;
            size_t pa, plen;
            if (foi_period_find(tail, NULL, &p, &pa, &plen) != 1 || !p.resolved || !definition_gap(tail, pa))
                continue;
            if (!foi_date_cmp(&p.start, &p.end)) {
                /* "the current year is given to 30 November 2026": the
                 * year of either scheme holding that day, from its first
                 * day to it (the scheme is the label's that asks: "2026/27
                 * to date", "2026 YTD"; "the current financial year" names
                 * its own); the phrase itself only where it names its
                 * scheme */
                struct foi_period fyp;
                int fin = strstr(ph, "financial") != NULL;
                if (day_after_to(tail, pa) && defs_to_day(x, p.end, "ytd", fin, &fyp) && fin)
                    add_rdef(x, ph, &fyp);
                continue;
            }
            if (foi_date_cmp(&p.start, &p.end) < 0) {
                add_rdef(x, ph, &p);
                /* the current year so far is that year "to date" ("2024/25
                 * to date" in the request, "2024/25 YTD" in a table) */
                struct foi_period y;
                memset(&y, 0, sizeof y);
                y.resolved = 1;
                if (p.start.m == 4 && p.start.d == 1) {
                    y.kind = FOI_PER_FY;
                    y.start = p.start;
                    y.end = (struct foi_date){ p.start.y + 1, 3, 31 };
                } else if (p.start.m == 1 && p.start.d == 1) {
                    y.kind = FOI_PER_CALENDAR_YEAR;
                    y.start = p.start;
                    y.end = (struct foi_date){ p.start.y, 12, 31 };
                }
                if (y.kind && first_part(&y, &p))
                    add_def(x, &y, &p, "ytd");
            }
        }
    }
}

/* Every definition in one paragraph of text. */
/* Does t name a month (its first three letters at a word's start)? Every
 * part of a year a definition gives does ("1 April 2024", "Apr", "April to
 * September"). */
static int names_month(const char *t)
{
    static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    for (const char *p = t; *p; p++) {
        if (!is_al((unsigned char)*p) || (p > t && is_al((unsigned char)p[-1])) || !is_al((unsigned char)p[1]) ||
            !is_al((unsigned char)p[2]))
            continue;
        char w[3] = { (char)(p[0] | 0x20), (char)(p[1] | 0x20), (char)(p[2] | 0x20) };
        for (int m = 0; m < 12; m++)
            if (!memcmp(w, months + 3 * m, 3))
                return 1;
    }
    return 0;
}

/* Does t write a day in figures ("01/04/2026", "1.4.2026", "2026-04-01")?
 * A definition may give its part that way ("2026/27 YTD = 01/04/2026 to
 * 30/11/2026") and name no month. */
static int names_day(const char *t)
{
    for (const char *p = t; *p; p++) {
        if (!isdigit((unsigned char)*p) || (p > t && isdigit((unsigned char)p[-1])))
            continue;
        size_t n[3] = { 0, 0, 0 };
        const char *q = p;
        char sep = 0;
        int k;
        for (k = 0; k < 3; k++) {
            while (isdigit((unsigned char)q[n[k]]))
                n[k]++;
            q += n[k];
            if (k == 2)
                break;
            if (!sep && (*q == '/' || *q == '.' || *q == '-'))
                sep = *q;
            if (!n[k] || !sep || *q != sep)
                break;
            q++;
        }
        if (k < 2)
            continue;
        if ((n[0] >= 1 && n[0] <= 2 && n[1] >= 1 && n[1] <= 2 && (n[2] == 4 || n[2] == 2)) ||
            (n[0] == 4 && n[1] == 2 && n[2] == 2))
            return 1;
    }
    return 0;
}

/* The rest of t's sentence from s (a definition never crosses one): a
 * copy, at most 240 bytes. */
static const char *sentence_rest(struct ectx *c, const char *s)
{
    size_t n = 0;
    while (s[n] && n < 240 && s[n] != ';' && !(s[n] == '.' && (is_sp((unsigned char)s[n + 1]) || !s[n + 1])))
        n++;
    return foi_arena_strndup(&c->arena, s, n);
}

/* The sentence of t around [a, b): no count in it, only periods ("In
 * 2023/24, from 1 April to 30 June 2023, there were 5 allegations" gives a
 * count for a part of the year, it defines nothing). 1 if so. */
static int countless_sentence(struct ectx *c, const char *t, size_t a, size_t b)
{
    static const char *const words[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                         "ten", "eleven", "twelve", "dozen", "none", "no allegation", NULL };
    size_t s = a, e = b;
    while (s > 0 && t[s - 1] != ';' && !(t[s - 1] == ' ' && s >= 2 && t[s - 2] == '.'))
        s--;
    while (t[e] && t[e] != ';' && !(t[e] == '.' && (is_sp((unsigned char)t[e + 1]) || !t[e + 1])))
        e++;
    const char *sent = foi_arena_strndup(&c->arena, t + s, e - s);
    if (!sent)
        return 0;
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
    int np = foi_period_find_all(sent, NULL, ps, at, len, ENG_MAX_PERIODS);
    for (size_t i = 0; sent[i]; i++) {
        if (sent[i] < '0' || sent[i] > '9')
            continue;
        int inside = 0;
        for (int k = 0; k < np && !inside; k++)
            inside = i >= at[k] && i < at[k] + len[k];
        /* a number standing alone is a count; one glued to a slash, dash or
         * letters is a reference ("FOI 1624/24", "0873/2024") */
        size_t a0 = i, b0 = i;
        while (a0 > 0 && (is_al((unsigned char)sent[a0 - 1]) || strchr("0123456789/-", sent[a0 - 1])))
            a0--;
        while (sent[b0] && (is_al((unsigned char)sent[b0]) || strchr("0123456789/-", sent[b0])))
            b0++;
        int glued = 0;
        for (size_t k = a0; k < b0 && !glued; k++)
            glued = sent[k] == '/' || sent[k] == '-' || is_al((unsigned char)sent[k]);
        /* a day of a month without its year ("1 January to 31 October") */
        int dayof = 0;
        if (!inside && !glued && b0 - a0 <= 2 && sent[b0] == ' ') {
            char w[4] = { 0 };
            memcpy(w, sent + b0 + 1, strnlen(sent + b0 + 1, 3));
            dayof = names_month(w);
        }
        if (!inside && !glued && !dayof)
            return 0;
        i = b0 ? b0 - 1 : i;
    }
    for (int k = 0; words[k]; k++)
        if (strcasestr_ascii(sent, words[k])) {
            const char *w = strcasestr_ascii(sent, words[k]);
            if (!is_al((unsigned char)w[strlen(words[k])]))
                return 0;
        }
    return 1;
}

/* The n bytes at s between a year label and the period it is said to be:
 * only a verb of meaning ("means", "=", "refers to", "is the financial
 * year", "covers the period"); a phrase that goes on to something else ("and,
 * for the financial year") is not. */
static int defining_words(const char *s, size_t n)
{
    static const char *const verbs[] = { "means", "=", "is", "refers to", "covers", "represents", "denotes",
                                         "stands for", "relates to", "is used for", "is shorthand for", NULL };
    static const char *const objs[] = { "", "the financial year", "the period", "the year", "financial year",
                                        "the financial year of", "the year from", "the period from", "from", NULL };
    size_t a = 0, b = n;
    while (a < b && (is_sp((unsigned char)s[a]) || s[a] == ':' || s[a] == '-' || s[a] == '"' || s[a] == '\''))
        a++;
    while (b > a && (is_sp((unsigned char)s[b - 1]) || s[b - 1] == ':' || s[b - 1] == ',' || s[b - 1] == '('))
        b--;
    for (int v = 0; verbs[v]; v++) {
        size_t vl = strlen(verbs[v]);
        if (b - a < vl || strncasecmp(s + a, verbs[v], vl))
            continue;
        size_t o = a + vl;
        while (o < b && is_sp((unsigned char)s[o]))
            o++;
        for (int k = 0; objs[k]; k++)
            if (strlen(objs[k]) == b - o && !strncasecmp(s + o, objs[k], b - o))
                return 1;
    }
    return 0;
}

/* Is p the financial year (1 April to 31 March) starting or ending in the
 * calendar year cy, which its label (len bytes) writes as a bare four-digit
 * year? */
static int fy_of_bare_year(size_t len, const struct foi_period *cy, const struct foi_period *p)
{
    if (len != 4 || cy->kind != FOI_PER_CALENDAR_YEAR || !p->resolved)
        return 0;
    if (p->start.m != 4 || p->start.d != 1 || p->end.m != 3 || p->end.d != 31 || p->end.y != p->start.y + 1)
        return 0;
    return p->start.y == cy->start.y || p->end.y == cy->start.y;
}

/* "financial year to 30 November 2026", "year until 31 October 2025": a
 * year running to a day (the match of n bytes at m) */
static int year_to_day(const char *m, size_t n)
{
    static const char *const w[] = { "year to ", "year up to ", "year until ", NULL };
    for (int k = 0; w[k]; k++) {
        size_t wl = strlen(w[k]);
        for (size_t i = 0; i + wl <= n; i++)
            if (!strncasecmp(m + i, w[k], wl))
                return 1;
    }
    return 0;
}

/* "2026/27 is the year to 30 November 2026", "2025/26 runs to 31 October
 * 2025": a year label said, right after it, to stop at a day inside that
 * year: the label's part from the year's first day to that day (the day
 * lies inside the year the label names, so "the year to" can be no twelve
 * months ending there). 1 and out filled, else 0. */
static int label_runs_to_day(const char *tail, const struct foi_period *y, struct foi_period *out)
{
    static const char *const leads[] = { "is the year to ", "is the year up to ", "is the year until ",
                                         "is the financial year to ", "is the financial year up to ",
                                         "is the part year to ", "is the part-year to ", "is the period to ",
                                         "covers the year to ", "covers the period to ", "runs to ",
                                         "runs up to ", "runs until ", "is to ", "is up to ", NULL };
    const char *s = tail;
    while (is_sp((unsigned char)*s) || *s == ',')
        s++;
    for (int k = 0; leads[k]; k++) {
        size_t ll = strlen(leads[k]);
        if (strncasecmp(s, leads[k], ll))
            continue;
        const char *r = s + ll;
        struct foi_period_ctx pc = {0};
        struct foi_period d;
        size_t pa, pl;
        if (foi_period_find(r, &pc, &d, &pa, &pl) != 1 || pa != 0 || d.kind != FOI_PER_DAY || !d.resolved)
            return 0;
        if (foi_date_cmp(&d.end, &y->start) <= 0 || foi_date_cmp(&d.end, &y->end) >= 0)
            return 0;
        memset(out, 0, sizeof *out);
        out->kind = FOI_PER_RANGE;
        out->resolved = 1;
        out->start = y->start;
        out->end = d.end;
        return 1;
    }
    return 0;
}

/* Does the sentence before t[at] speak of an earlier answer ("Our reply
 * last year gave", "our previous response covered", "the table we gave you
 * before")? An answer's word (reply, response, answer, letter, table) and
 * a word of the past (last year, previous(ly), earlier, before) both in it. */
static int earlier_answer_before(const char *t, size_t at)
{
    size_t s0 = at;
    while (s0 > 0 && !(t[s0 - 1] == ';' || ((t[s0 - 1] == '.' || t[s0 - 1] == '?' || t[s0 - 1] == '!') &&
                                           is_sp((unsigned char)t[s0]))))
        s0--;
    static const char *const answer[] = { "reply", "response", "answer", "letter", "table", NULL };
    static const char *const past[] = { "last year", "previous", "previously", "earlier", "before", NULL };
    int a = 0, b = 0;
    for (size_t i = s0; i < at && !(a && b); i++) {
        if (i > s0 && is_al((unsigned char)t[i - 1]))
            continue;
        for (int k = 0; answer[k] && !a; k++)
            a = !strncasecmp(t + i, answer[k], strlen(answer[k]));
        for (int k = 0; past[k] && !b; k++)
            b = !strncasecmp(t + i, past[k], strlen(past[k])) && !is_al((unsigned char)t[i + strlen(past[k])]);
    }
    return a && b;
}

static void scan_text(struct ectx *c, struct pdefs *x, const char *t)
{
    if (!names_month(t) && !names_day(t))
        return;
    scan_relative(x, t);
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
    int np = foi_period_find_all(t, NULL, ps, at, len, ENG_MAX_PERIODS);
    for (int i = 0; i < np; i++) {
        char qual[8];
        /* "2024/25 (1 Apr - 30 Sep 2024)": read as one period, the part */
        const char *open = memchr(t + at[i], '(', len[i]);
        if (open && ps[i].resolved && !year_long(&ps[i])) {
            char *pre = foi_arena_strndup(&c->arena, t + at[i], (size_t)(open - (t + at[i])));
            struct foi_period w;
            struct foi_period_ctx pc = {0};
            if (pre && foi_period_parse(pre, &pc, &w) == 1 && year_long(&w) && first_part(&w, &ps[i]) &&
                countless_sentence(c, t, at[i], at[i] + len[i])) {
                qualifier(t, at[i], at[i] + strlen(pre), qual, sizeof qual);
                if (!qual[0] || !strcmp(qual, "ytd"))
                    add_def(x, &w, &ps[i], qual);
            }
            continue;
        }
        if (!year_long(&ps[i]))
            continue;
        /* "Our reply last year gave 2025 only to 30 September; ... add the
         * whole of 2025": days an earlier answer gave the year, not what the
         * label means here */
        if (earlier_answer_before(t, at[i]))
            continue;
        size_t e = at[i] + len[i];
        size_t from = qualifier(t, at[i], e, qual, sizeof qual);
        /* what the rest of its sentence says it covers, read inside the year
         * ("April to September" is the part of 2024/25 those months make) */
        const char *tail = sentence_rest(c, t + from);
        if (!tail) {
            c->rc = FOI_ENOMEM;
            return;
        }
        struct foi_period_ctx pc = {0};
        pc.request = &ps[i];
        struct foi_period p;
        size_t pa, pl;
        if (foi_period_find(tail, &pc, &p, &pa, &pl) == 1 && definition_gap(tail, pa) &&
            first_part(&ps[i], &p)) {
            if (countless_sentence(c, t, at[i], from))
                add_def(x, &ps[i], &p, qual);
            continue;
        }
        /* "* 2026/27 is the current financial year to 30 November 2026":
         * "year to" a day inside the label's year, said of that year, is
         * the year from its first day to that day (the twelve months to it
         * would not be the year the label names) (round 45a, blind45 West
         * Midlands) */
        if (foi_period_find(tail, &pc, &p, &pa, &pl) == 1 && definition_gap(tail, pa) && p.resolved &&
            year_to_day(tail + pa, pl)) {
            struct foi_period part = ps[i];
            part.kind = FOI_PER_RANGE;
            part.end = p.end;
            if (first_part(&ps[i], &part) && countless_sentence(c, t, at[i], from))
                add_def(x, &ps[i], &part, qual);
            continue;
        }
        /* "2023 means 1 April 2023 to 31 March 2024": a bare year the
         * document says is the financial year it starts or ends (its
         * tables' "2023" columns) */
        if (foi_period_find(tail, &pc, &p, &pa, &pl) == 1 && defining_words(tail, pa) &&
            fy_of_bare_year(len[i], &ps[i], &p) && countless_sentence(c, t, at[i], from)) {
            add_def(x, &ps[i], &p, qual);
            continue;
        }
        if (label_runs_to_day(tail, &ps[i], &p) && first_part(&ps[i], &p) && countless_sentence(c, t, at[i], from)) {
            add_def(x, &ps[i], &p, qual);
            continue;
        }
        if (months_of(c, t + at[i], len[i], tail, &p) && first_part(&ps[i], &p) &&
            countless_sentence(c, t, at[i], from))
            add_def(x, &ps[i], &p, qual);
    }
}

/* "Allegations against officers and staff, 1 January to 31 October 2025":
 * a stretch of days from a year's first day to a day inside it, stated on
 * its own, is what that year "to date" means in this document (a label
 * "2025 YTD" says no more than that its year stops early). Kept as a
 * definition of the year's "ytd" labels; two different ones conflict. */
static void scan_parts(struct pdefs *x, const char *t)
{
    if (!names_month(t))
        return;
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
    int np = foi_period_find_all(t, NULL, ps, at, len, ENG_MAX_PERIODS);
    for (int i = 0; i < np; i++) {
        if (!ps[i].resolved || ps[i].kind != FOI_PER_RANGE)
            continue;
        struct foi_period y;
        memset(&y, 0, sizeof y);
        y.resolved = 1;
        if (ps[i].start.m == 1 && ps[i].start.d == 1) {
            y.kind = FOI_PER_CALENDAR_YEAR;
            y.start = ps[i].start;
            y.end = (struct foi_date){ ps[i].start.y, 12, 31 };
        } else if (ps[i].start.m == 4 && ps[i].start.d == 1) {
            y.kind = FOI_PER_FY;
            y.start = ps[i].start;
            y.end = (struct foi_date){ ps[i].start.y + 1, 3, 31 };
        }
        if (y.kind && first_part(&y, &ps[i]))
            add_def_as(x, &y, &ps[i], "ytd", 1);
    }
}

/* A table's caption (or its heading, or the line right above it) that is only
 * its label and one stretch of days ("Table 4: 1/4/2026 to 31/10/2026", "1
 * April - 31 October 2026"): that stretch, as a column head naming it would
 * be. */
static int caption_span(const char *s, struct foi_period *out)
{
    if (!s || strlen(s) > 80)
        return 0;
    while (is_sp((unsigned char)*s))
        s++;
    if (!strncasecmp(s, "table ", 6)) {
        const char *p = s + 6;
        while (*p && (isalnum((unsigned char)*p) || *p == '.'))
            p++;
        while (is_sp((unsigned char)*p) || *p == ':' || *p == '-' || *p == ',')
            p++;
        s = p;
    }
    struct foi_period ps[2];
    size_t at[2], len[2];
    if (foi_period_find_all(s, NULL, ps, at, len, 2) != 1 || !ps[0].resolved || ps[0].kind != FOI_PER_RANGE ||
        len[0] + 4 < strlen(s))
        return 0;
    *out = ps[0];
    return 1;
}

/* A table's column heads written as stretches of days ("1 April 2025 to
 * 31 March 2026", "1 April 2026 to 31 October 2026"): a head running from a
 * year's first day to a day inside it is what that year "to date" means in
 * this document, as the same words in a sentence are (scan_parts): the
 * request's "2026/27 to date", answered by that column, ends where the
 * column does. Not where the heads cut the year into parts ("1 April to 30
 * June 2025", "1 July to 30 September 2025": quarters, no year to date):
 * only a head whose year no other head starts inside. The table's caption or
 * heading naming one stretch of days (caption_span) is such a head too. */
static void scan_table_heads(struct pdefs *x, const struct foi_table *t, const char *above)
{
    int hr = t->header_rows > 0 ? t->header_rows : 1;
    if (hr > t->nrows)
        hr = t->nrows;
    if (hr > 4)
        hr = 4;
    struct foi_period heads[32];
    int nh = 0;
    if (caption_span(t->caption, &heads[0]) || caption_span(t->heading, &heads[0]) ||
        caption_span(above, &heads[0]))
        nh = 1;
    for (int r = 0; r < hr; r++)
        for (int k = 0; k < t->ncols && nh < 32; k++) {
            const char *s = t->cells[(size_t)r * (size_t)t->ncols + (size_t)k].text;
            if (!s || !*s || strlen(s) > 80 || !names_month(s))
                continue;
            struct foi_period ps[2];
            size_t at[2], len[2];
            /* the head is one stretch of days and little else */
            if (foi_period_find_all(s, NULL, ps, at, len, 2) != 1 || !ps[0].resolved ||
                ps[0].kind != FOI_PER_RANGE || len[0] + 4 < strlen(s))
                continue;
            int dup = 0;
            for (int i = 0; i < nh && !dup; i++)
                dup = !foi_date_cmp(&heads[i].start, &ps[0].start) && !foi_date_cmp(&heads[i].end, &ps[0].end);
            if (!dup)
                heads[nh++] = ps[0];
        }
    for (int i = 0; i < nh; i++) {
        const struct foi_period *h = &heads[i];
        struct foi_period y;
        memset(&y, 0, sizeof y);
        y.resolved = 1;
        if (h->start.m == 1 && h->start.d == 1) {
            y.kind = FOI_PER_CALENDAR_YEAR;
            y.start = h->start;
            y.end = (struct foi_date){ h->start.y, 12, 31 };
        } else if (h->start.m == 4 && h->start.d == 1) {
            y.kind = FOI_PER_FY;
            y.start = h->start;
            y.end = (struct foi_date){ h->start.y + 1, 3, 31 };
        }
        if (!y.kind || !first_part(&y, h))
            continue;
        int cut = 0;
        for (int j = 0; j < nh && !cut; j++)
            cut = j != i && foi_date_cmp(&heads[j].start, &y.start) > 0 && foi_date_cmp(&heads[j].start, &y.end) <= 0;
        if (!cut)
            add_def_as(x, &y, h, "ytd", 1);
    }
}

/* "YTD = year to 31 October 2025", "YTD figures are to 31/10/2025": a
 * sentence naming the year to date and one day it runs to, no count: the
 * "YTD" labels of the calendar year and of the financial year holding that
 * day end there (each label takes the one of its own kind). */
static void scan_ytd(struct ectx *c, struct pdefs *x, const char *t)
{
    char qual[8] = "ytd";
    const char *w = strcasestr_ascii(t, "ytd");
    if (!w || is_al((unsigned char)w[3]))
        w = strcasestr_ascii(t, "year to date");
    if (!w)
        w = strcasestr_ascii(t, "year-to-date");
    /* 'In this letter "to date" means from 1 April 2026 up to and including
     * 30 November 2026': the words in quotes, defined (round 43a, blind43
     * Leicestershire) */
    int quoted = 0;
    if (!w) {
        static const char *const q[] = { "\xe2\x80\x9cto date\xe2\x80\x9d", "\"to date\"", "'to date'",
                                         "\xe2\x80\x98to date\xe2\x80\x99", NULL };
        for (int i = 0; q[i] && !w; i++)
            w = strcasestr_ascii(t, q[i]);
        quoted = w != NULL;
    }
    /* "* to 31 October 2025": a footnote to a marked label, the day its
     * year runs to */
    const char *lead = t;
    while (is_sp((unsigned char)*lead))
        lead++;
    size_t m = mark_at(lead);
    int marked = 0;
    if (!w && m && m < sizeof qual) {
        memcpy(qual, lead, m);
        qual[m] = 0;
        w = lead;
        marked = 1;
    }
    if (!w)
        return;
    /* the sentence around it */
    size_t a = (size_t)(w - t), b = a;
    while (a > 0 && t[a - 1] != ';' && !(t[a - 1] == ' ' && a >= 2 && t[a - 2] == '.'))
        a--;
    while (t[b] && t[b] != ';' && !(t[b] == '.' && (is_sp((unsigned char)t[b + 1]) || !t[b + 1])))
        b++;
    const char *sent = foi_arena_strndup(&c->arena, t + a, b - a);
    if (!sent) {
        c->rc = FOI_ENOMEM;
        return;
    }
    struct foi_period ps[2];
    size_t at[2], len[2];
    int nps = foi_period_find_all(sent, NULL, ps, at, len, 2);
    if (quoted) {
        /* "to date" defined as from a year's first day (1 April, 1
         * January) to a day after it: the year to that day */
        const struct foi_date *s0 = &ps[0].start, *e0 = nps == 2 ? &ps[1].end : &ps[0].end;
        int from_first = (s0->m == 4 && s0->d == 1) || (s0->m == 1 && s0->d == 1);
        int shape = (nps == 2 && ps[0].kind == FOI_PER_DAY && ps[1].kind == FOI_PER_DAY) ||
                    (nps == 1 && ps[0].kind == FOI_PER_RANGE);
        if (shape && ps[0].resolved && (nps == 1 || ps[1].resolved) && from_first &&
            foi_date_cmp(s0, e0) < 0 && e0->y - s0->y <= 1 &&
            countless_sentence(c, sent, at[0], at[nps - 1] + len[nps - 1])) {
            struct foi_period fyp;
            defs_to_day(x, *e0, qual, s0->m == 4, &fyp);
        }
        return;
    }
    if (nps != 1 || !ps[0].resolved || !countless_sentence(c, sent, at[0], at[0] + len[0]))
        return;
    int day = ps[0].kind == FOI_PER_DAY || !strncasecmp(sent + at[0], "year to ", 8) ||
              !strncasecmp(sent + at[0], "year ending ", 12);
    if (!day && marked && ps[0].kind == FOI_PER_RANGE) {
        /* "* 1 April 2026 to 30 November 2026": a footnote that is only a
         * stretch of days from a year's first day: the marked label of that
         * year (the financial year from 1 April, the calendar year from 1
         * January) covers that stretch */
        size_t k = m;
        while (is_sp((unsigned char)lead[k]))
            k++;
        size_t e = at[0] + len[0];
        while (sent[e] == '.' || is_sp((unsigned char)sent[e]))
            e++;
        /* "², 1 April 2026 to 6 December 2026, the date the data were
         * extracted": a clause after it that gives no figure */
        if (sent[e] == ',' || sent[e] == ';' || sent[e] == '(') {
            size_t k2 = e;
            while (sent[k2] && !isdigit((unsigned char)sent[k2]))
                k2++;
            if (!sent[k2])
                e = k2;
        }
        if ((size_t)(lead - t) + k != a + at[0] || sent[e])
            return;
        const struct foi_date *b = &ps[0].start;
        struct foi_period y;
        memset(&y, 0, sizeof y);
        y.resolved = 1;
        if (b->m == 4 && b->d == 1) {
            y.kind = FOI_PER_FY;
            y.start = *b;
            y.end = (struct foi_date){ b->y + 1, 3, 31 };
        } else if (b->m == 1 && b->d == 1) {
            y.kind = FOI_PER_CALENDAR_YEAR;
            y.start = *b;
            y.end = (struct foi_date){ b->y, 12, 31 };
        }
        if (y.kind && first_part(&y, &ps[0]))
            add_def(x, &y, &ps[0], qual);
        return;
    }
    if (!day)
        return;
    /* marked: only "to", "until" or "ending" before the day: "as at 31
     * October" is when outcomes were read, not where a year stops */
    if (marked && !day_after_to(sent, at[0]))
        return;
    struct foi_period fyp;
    defs_to_day(x, ps[0].end, qual, 0, &fyp);
}
static void answered_on(struct ectx *c, struct pdefs *x);
static void scan_label_defs(struct pdefs *x, const char *t);

static struct pdefs *defs(struct ectx *c)
{
    if (c->pdef_done)
        return c->pdef;
    c->pdef_done = 1;
    struct pdefs *x = foi_arena_alloc(&c->arena, sizeof *x);
    if (!x) {
        c->rc = FOI_ENOMEM;
        return NULL;
    }
    c->pdef = x;
    const struct foi_doc *doc = c->doc;
    struct foi_buf pb;
    foi_buf_init(&pb, 1 << 16);
    int nl = doc->nlines < PDEF_MAX_LINES ? doc->nlines : PDEF_MAX_LINES;
    /* paragraphs (a definition may wrap), never the request the letter quotes */
    for (int i = 0; i < nl && !c->rc;) {
        foi_buf_reset(&pb);
        int j = eng_para_end(doc, i, nl);
        /* a list item opens a unit of its own: the heading over the list
         * ("The 2026/27 reporting year to date (to 30 November)") is read
         * apart from the counts its items give */
        for (int k = i + 1; k < j; k++)
            if (doc->lines[k].flags & FOI_LINE_BULLET) {
                j = k;
                break;
            }
        for (int k = i; k < j; k++) {
            const char *t = doc->lines[k].text;
            int quoted = c->req_first >= 0 && k >= c->req_first && k <= c->req_last;
            if (*t && !quoted) {
                if (pb.len)
                    foi_buf_addc(&pb, ' ');
                foi_buf_adds(&pb, t);
            }
        }
        i = j;
        if (pb.data && pb.len) {
            scan_text(c, x, pb.data);
            scan_parts(x, pb.data);
            scan_ytd(c, x, pb.data);
            scan_label_defs(x, pb.data);
        }
    }
    /* a footnote to a marked label on a line of its own, even where the
     * line runs on from the one before ("* to 31 October 2025") */
    for (int i = 0; i < nl && !c->rc; i++) {
        const char *t = doc->lines[i].text;
        while (is_sp((unsigned char)*t))
            t++;
        if (mark_at(t) && !(c->req_first >= 0 && i >= c->req_first && i <= c->req_last))
            scan_ytd(c, x, t);
    }
    for (int i = 0; i < c->req.nperiods; i++) {
        const char *t = c->req.period_texts[i];
        x->req_ytd |= t && (foi_strcasestr(t, "date") || foi_strcasestr(t, "ytd") || foi_strcasestr(t, "so far"));
    }
    /* a table's caption and heading; its column heads */
    for (int k = 0; k < doc->ntables && !c->rc; k++) {
        if (doc->tables[k].caption) {
            scan_text(c, x, doc->tables[k].caption);
            scan_parts(x, doc->tables[k].caption);
            scan_ytd(c, x, doc->tables[k].caption);
        }
        const struct foi_table *t = &doc->tables[k];
        int al = t->anchor_line;
        scan_table_heads(x, t, al > 0 && al <= doc->nlines ? doc->lines[al - 1].text : NULL);
    }
    /* an attachment that defines nothing itself: what its covering letter
     * says of the periods (doc->context->defines, a paragraph a line) */
    const char *cd = doc->context ? doc->context->defines : NULL;
    if (!x->n && !x->nr && cd && *cd) {
        for (const char *t = cd; *t && !c->rc;) {
            size_t l = strcspn(t, "\n");
            char *para = foi_arena_strndup(&c->arena, t, l);
            if (!para) {
                c->rc = FOI_ENOMEM;
                break;
            }
            scan_text(c, x, para);
            scan_parts(x, para);
            scan_ytd(c, x, para);
            t += l;
            t += *t == '\n';
        }
    }
    foi_buf_release(&pb);
    answered_on(c, x);
    return x;
}

/* Record label (folded key) as period p; two definitions of one label that
 * disagree cancel each other. */
static void add_ldef(struct pdefs *x, const char *key, const struct foi_period *p)
{
    for (int i = 0; i < x->nld; i++)
        if (!strcmp(x->ld[i].label, key)) {
            if (foi_date_cmp(&x->ld[i].p.start, &p->start) || foi_date_cmp(&x->ld[i].p.end, &p->end))
                x->ld[i].conflict = 1;
            return;
        }
    if (x->nld >= PDEF_MAX)
        return;
    snprintf(x->ld[x->nld].label, sizeof x->ld[x->nld].label, "%s", key);
    x->ld[x->nld].p = *p;
    x->nld++;
}

/* The folded key of raw when it is a label no period parse reads and it
 * holds a digit ("FY25", "FY27 YTD"), else 0. */
static int unread_label(const char *raw, char *key, size_t ksize)
{
    if (foi_fold(raw, key, ksize) >= ksize || !*key)
        return 0;
    int digit = 0;
    for (const char *k = key; *k; k++)
        digit |= *k >= '0' && *k <= '9';
    struct foi_period whole;
    return digit && foi_period_parse(key, NULL, &whole) != 1;
}

/* A period key's entry: a unit (a list item, a paragraph) that is only a
 * label, a dash and a stretch of days ("• FY25 – the year to 31 March 2025",
 * "FY27 YTD - 1 April 2026 to 30 November 2026"), the label one no period
 * parse reads. The stretch runs to the unit's end, so a sentence that only
 * has a dash in it ("2025 - the year the force ...") defines nothing. */
static void scan_key_entry(struct pdefs *x, const char *t)
{
    static const char *const dashes[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };
    const char *s = t;
    while (is_sp((unsigned char)*s))
        s++;
    /* a bullet the reader kept */
    if (!strncmp(s, "\xe2\x80\xa2", 3) || !strncmp(s, "\xc2\xb7", 2) || !strncmp(s, "\xe2\x96\xaa", 3))
        s += s[0] == '\xc2' ? 2 : 3;
    else if ((*s == '-' || *s == '*') && is_sp((unsigned char)s[1]))
        s++;
    while (is_sp((unsigned char)*s))
        s++;
    for (int v = 0; dashes[v]; v++) {
        const char *at = strstr(s, dashes[v]);
        if (!at || at - s >= 48 || at == s)
            continue;
        char raw[64], key[64];
        snprintf(raw, sizeof raw, "%.*s", (int)(at - s), s);
        if (!unread_label(raw, key, sizeof key))
            return;
        const char *rest = at + strlen(dashes[v]);
        struct foi_period p;
        size_t pa, pl;
        if (foi_period_find(rest, NULL, &p, &pa, &pl) != 1 || !p.resolved || pa > 0 || !foi_date_cmp(&p.start, &p.end))
            return;
        const char *e = rest + pl;
        while (*e == '.' || *e == ';' || *e == ',' || is_sp((unsigned char)*e))
            e++;
        if (*e)
            return;   /* more is said than the period */
        add_ldef(x, key, &p);
        return;
    }
}

/* "April 2026 onwards = 01/04/2026 to 30/11/2026", "\"April 2026 onwards\"
 * therefore means 1 April to 30 November 2026": a label at a sentence's start
 * (or in quotes) that no period parse reads, said to be a stretch of days. */
static void scan_label_defs(struct pdefs *x, const char *t)
{
    scan_key_entry(x, t);
    static const char *const verbs[] = { " = ", " therefore means ", " means ", " refers to ", " covers ", NULL };
    for (int v = 0; verbs[v]; v++)
        for (const char *at = strstr(t, verbs[v]); at; at = strstr(at + 1, verbs[v])) {
            /* the label: back to the sentence's start, at most 40 bytes */
            size_t e = (size_t)(at - t), b0 = e;
            while (b0 > 0 && !(t[b0 - 1] == '.' && (b0 == 1 || is_sp((unsigned char)t[b0]))) && t[b0 - 1] != ';' &&
                   e - b0 < 48)
                b0--;
            if (e - b0 >= 48)
                continue;
            /* the label as every match folds it: lower case, quotes and
             * punctuation a space, trimmed */
            char raw[64], key[64];
            snprintf(raw, sizeof raw, "%.*s", (int)(e - b0), t + b0);
            if (!unread_label(raw, key, sizeof key))
                continue;   /* a label foi reads already, or no date in it */
            const char *rest = at + strlen(verbs[v]);
            struct foi_period p;
            size_t pa, pl;
            if (foi_period_find(rest, NULL, &p, &pa, &pl) != 1 || !p.resolved || pa > 0 ||
                !foi_date_cmp(&p.start, &p.end))
                continue;
            add_ldef(x, key, &p);
        }
}

int eng_label_period(struct ectx *c, const char *label, struct foi_period *p)
{
    if (!c->pdef_ready || !label || !*label)
        return 0;
    struct pdefs *x = defs(c);
    if (!x || !x->nld)
        return 0;   /* the common case: nothing defined, nothing read */
    char key[64];
    if (strlen(label) > 60 || foi_fold(label, key, sizeof key) >= sizeof key)
        return 0;
    for (int i = 0; i < x->nld; i++)
        if (!x->ld[i].conflict && !strcmp(x->ld[i].label, key)) {
            *p = x->ld[i].p;
            return 1;
        }
    return 0;
}

int eng_pdef_defines(struct ectx *c, const char *text)
{
    if (!text || !*text)
        return 0;
    struct pdefs *x = foi_arena_alloc(&c->arena, sizeof *x);
    if (!x) {
        c->rc = FOI_ENOMEM;
        return 0;
    }
    memset(x, 0, sizeof *x);
    scan_text(c, x, text);
    scan_parts(x, text);
    scan_ytd(c, x, text);
    return x->n + x->nr > 0;
}

/* The first single day in from (a bare line: the whole of it), within its
 * first 60 bytes: 1 with *d. */
static int first_day(const char *from, int bare, struct foi_date *d)
{
    while (*from == ' ')
        from++;
    /* the first single day after the label (a bilingual line gives it twice) */
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
    int np = foi_period_find_all(from, NULL, ps, at, len, ENG_MAX_PERIODS);
    int k = 0;
    while (k < np && (!ps[k].resolved || foi_date_cmp(&ps[k].start, &ps[k].end)))
        k++;
    if (k == np || (bare && (at[k] != 0 || (from[len[k]] && from[len[k]] != '.'))))
        return 0;   /* a bare day must be the whole line */
    if (!bare && at[k] > 60)
        return 0;
    *d = ps[k].start;
    return 1;
}

static void latest(struct foi_date *into, const struct foi_date *d)
{
    if (!into->y || foi_date_cmp(d, into) > 0)
        *into = *d;
}

/* The day the response was written, at least: its own date ("Date: 4
 * December 2026", "Dated 9 December 2026", "our response dated ...", or a
 * line that is only a day, above the request), or the day of the request it
 * answers ("your request dated 20 November 2026"; a response is never dated
 * before its request): the latest such day (x->answered); the response's own
 * date alone (x->own); and the day its data were extracted ("Data extracted
 * on 30/11/2026", "figures as at 30 November 2026": x->extracted, unknown
 * when two such days differ). A year "to date" in a response dated after
 * that year's last day is the whole year. */
static void answered_on(struct ectx *c, struct pdefs *x)
{
    /* labels before "date received" name the response's own day */
    static const char *const labels[] = { "date of response", "response date", "date of reply", "date sent",
                                          "date of letter", "date of disclosure", "disclosure date",
                                          "date received", "date of request", "request date", "received",
                                          "dated", "date", NULL };
    enum { OWN_LABELS = 7 };
    static const char *const cues[] = { "request dated ", "request of ", "request received on ",
                                        "request was received on ", "email dated ", "e-mail dated ",
                                        "letter dated ", NULL };
    /* the response's own day, anywhere on a line of the letterhead or its lead-in */
    static const char *const own_cues[] = { "response dated ", "reply dated ", "response is dated ",
                                            "responded on ", "date of this response: ", NULL };
    /* a line opening with the word: "Dated 9 December 2026", "Published 17/12/2026" */
    static const char *const own_leads[] = { "dated ", "published ", "date of issue ", "issued ", NULL };
    static const char *const extract_cues[] = { "extracted on ", "extracted: ", "extraction date: ",
                                                "extraction date of ", "date of extraction: ", "extracted as at ",
                                                "extracted as of ", "data as at ", "data as of ", "figures as at ",
                                                "figures as of ", "data correct as at ", "correct as at ",
                                                "correct as of ", "data extracted ", NULL };
    const struct foi_doc *doc = c->doc;
    int top = c->req_first >= 0 ? c->req_first : 12;   /* the letterhead: above the request */
    int nl = doc->nlines < 60 ? doc->nlines : 60;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    for (int i = 0; i < nl && !c->rc; i++) {
        /* the request's own days are the periods it asks for: only its
         * lead-in's "your request dated ..." is read there */
        int quoted = c->req_first >= 0 && i >= c->req_first && i <= c->req_last;
        const char *t = doc->lines[i].text;
        while (*t == ' ')
            t++;
        const char *l = foi_ascii_lower(&lb, t);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        struct foi_date d;
        const char *from = NULL;
        int bare = 0, own = 0;
        for (int k = 0; labels[k] && !from && !quoted; k++) {
            size_t n = strlen(labels[k]);
            if (!strncmp(l, labels[k], n) && (l[n] == ':' || (l[n] == ' ' && l[n + 1] == ':'))) {
                from = t + n + (l[n] == ':' ? 1 : 2);
                own = k < OWN_LABELS || !strcmp(labels[k], "dated") || !strcmp(labels[k], "date");
            }
        }
        /* "Reference: 26-6619 Date: 9 December 2026", "Dyddiad / Date: ..." */
        for (const char *h = quoted ? NULL : strstr(l, "date:"); h && !from; h = strstr(h + 1, "date:"))
            if (h > l && !is_al((unsigned char)h[-1])) {
                from = t + (h - l) + 5;
                own = 1;
            }
        for (int k = 0; cues[k] && !from; k++) {
            const char *h = strstr(l, cues[k]);
            if (h)
                from = t + (h - l) + strlen(cues[k]);
        }
        for (int k = 0; own_leads[k] && !from && !quoted; k++) {
            size_t n = strlen(own_leads[k]);
            if (!strncmp(l, own_leads[k], n) && first_day(t + n, 1, &d)) {
                from = t + n;
                own = bare = 1;
            }
        }
        if (!from && i < top && !quoted) {
            from = t;   /* a line that is only a day */
            bare = own = 1;
            /* "FOI 2026/612 \u2013 15 December 2026": a letterhead line whose
             * last part, after a dash or a comma, is only a day */
            const char *cut = NULL;
            for (const char *h = t; *h; h++)
                if ((h[0] == ' ' && (h[1] == '-' || !strncmp(h + 1, "\xe2\x80\x93", 3)) ) || h[0] == ',' || h[0] == '|')
                    cut = h;
            if (cut && !first_day(t, 1, &d)) {
                cut += *cut == ',' || *cut == '|' ? 1 : (cut[1] == '-' ? 2 : 4);
                if (first_day(cut, 1, &d))
                    from = cut;
            }
        }
        if (from && first_day(from, bare, &d)) {
            latest(&x->answered, &d);
            if (own)
                latest(&x->own, &d);
        }
        /* "Your request dated 2 December 2026; our response dated 21
         * December 2026": the response's own day after the request's */
        for (int k = 0; own_cues[k] && !quoted; k++) {
            const char *h = strstr(l, own_cues[k]);
            if (h && first_day(t + (h - l) + strlen(own_cues[k]), 0, &d)) {
                latest(&x->answered, &d);
                latest(&x->own, &d);
            }
        }
    }
    /* the day the data were extracted: anywhere outside the request */
    int nx = doc->nlines < PDEF_MAX_LINES ? doc->nlines : PDEF_MAX_LINES;
    for (int i = 0; i < nx && !c->rc; i++) {
        if (c->req_first >= 0 && i >= c->req_first && i <= c->req_last)
            continue;
        const char *t = doc->lines[i].text;
        if (!foi_strcasestr(t, "extract") && !foi_strcasestr(t, " as at ") && !foi_strcasestr(t, " as of "))
            continue;
        const char *l = foi_ascii_lower(&lb, t);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        for (int k = 0; extract_cues[k]; k++) {
            const char *h = strstr(l, extract_cues[k]);
            struct foi_date d;
            if (!h || (h > l && is_al((unsigned char)h[-1])))
                continue;
            const char *f = t + (h - l) + strlen(extract_cues[k]);
            if (!strncasecmp(f, "on ", 3))
                f += 3;
            /* a single day, opening what follows the words */
            struct foi_period q;
            size_t qa = 0, ql = 0;
            if (foi_period_find(f, NULL, &q, &qa, &ql) != 1 || qa > 4 || !q.resolved ||
                foi_date_cmp(&q.start, &q.end))
                continue;
            d = q.start;
            if (x->extracted.y && foi_date_cmp(&x->extracted, &d))
                x->extracted_conflict = 1;
            x->extracted = d;
            break;
        }
    }
    if (x->extracted_conflict)
        memset(&x->extracted, 0, sizeof x->extracted);
    foi_buf_release(&lb);
}

/* Does the request quoted in the letter ask for the year p "to date"? */
static int requested_to_date(const struct ectx *c, const struct foi_period *p)
{
    for (int i = 0; i < c->req.nperiods; i++) {
        const struct foi_period *q = &c->req.periods[i];
        const char *t = c->req.period_texts[i];
        if (!t || foi_date_cmp(&q->start, &p->start) || foi_date_cmp(&q->end, &p->end))
            continue;
        struct foi_period ps[ENG_MAX_PERIODS];
        size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
        int np = foi_period_find_all(t, NULL, ps, at, len, ENG_MAX_PERIODS);
        for (int k = 0; k < np; k++)
            if (!foi_date_cmp(&ps[k].start, &p->start) && !foi_date_cmp(&ps[k].end, &p->end) &&
                eng_period_ytd_len(t, at[k] + len[k]))
                return 1;
    }
    return 0;
}

/* The request's own stretch of days for the year p "to date" ("2025 to
 * date (1 January - 31 October 2025)"): its one period that is a first
 * part of p, else NULL (none, or two that disagree). */
static const struct foi_period *requested_part(const struct ectx *c, const struct foi_period *p)
{
    const struct foi_period *hit = NULL;
    for (int i = 0; i < c->req.nperiods; i++) {
        const struct foi_period *q = &c->req.periods[i];
        if (!first_part(p, q))
            continue;
        if (hit && foi_date_cmp(&hit->end, &q->end))
            return NULL;
        hit = q;
    }
    return hit;
}

/* Where label names period p (its last mention): 1 with the mention's offset
 * and length. */
static int named_at(const char *label, const struct foi_period *p, size_t *at, size_t *len)
{
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t a[ENG_MAX_PERIODS], l[ENG_MAX_PERIODS];
    int np = foi_period_find_all(label, NULL, ps, a, l, ENG_MAX_PERIODS);
    for (int i = np - 1; i >= 0; i--)
        if (ps[i].resolved && !foi_date_cmp(&ps[i].start, &p->start) && !foi_date_cmp(&ps[i].end, &p->end)) {
            *at = a[i];
            *len = l[i];
            return 1;
        }
    return 0;
}

const char eng_note_to_extracted[] = "part of the year to date: to the day the data were extracted";
const char eng_note_to_response[] = "part of the year to date: to the date of the response";

/* Where a year "to date" that names no end of its own stops: the day the
 * data were extracted when the document gives one, else the day the
 * response is dated (corpus NOTES: the letter's date is a stated end), when
 * that day falls inside the year before its last day. 1 with *end. */
static int to_date_end(const struct pdefs *x, const struct foi_period *p, struct foi_date *end, const char **note)
{
    const struct foi_date *d = x->extracted.y ? &x->extracted : x->own.y ? &x->own : NULL;
    if (!d || foi_date_cmp(d, &p->start) < 0 || foi_date_cmp(d, &p->end) >= 0)
        return 0;
    *end = *d;
    *note = x->extracted.y ? eng_note_to_extracted : eng_note_to_response;
    return 1;
}

int eng_period_defined(struct ectx *c, const char *label, struct foi_period *p, const char **note, int flag)
{
    *note = NULL;
    if (!c->pdef_ready || !label || !*label || !year_long(p) || strlen(label) > 200)
        return 0;
    struct pdefs *x = defs(c);
    if (!x)
        return 0;
    /* the year had not ended on the day the response is dated */
    int unfinished = flag && x->own.y && foi_date_cmp(&x->own, &p->end) < 0;
    /* nothing defined, no "to date" in the label or (with flag) in the
     * request: nothing to do (the common case, without reading the label) */
    if (!x->n && (!flag || !x->req_ytd) && !foi_strcasestr(label, "date") && !foi_strcasestr(label, "ytd") &&
        !foi_strcasestr(label, "so far"))
        return 0;
    /* where the label names that year */
    size_t at, len;
    if (!named_at(label, p, &at, &len))
        return 0;
    char qual[8];
    qualifier(label, at, at + len, qual, sizeof qual);
    const struct pdef *use = NULL;
    int conflict = 0;
    for (int i = 0; i < x->n; i++) {
        const struct pdef *d = &x->d[i];
        if (foi_date_cmp(&d->whole.start, &p->start) || foi_date_cmp(&d->whole.end, &p->end))
            continue;
        if (d->qual[0] && strcmp(d->qual, qual) && strcmp(qual, "ytd"))
            continue;   /* a definition of the marked label, or of "YTD", is that label's
                           (a label saying "to date" takes the part the document defines) */
        if (d->conflict || (use && foi_date_cmp(&use->part.end, &d->part.end)))
            conflict = 1;
        if (!use || (d->qual[0] && !use->qual[0]))
            use = d;
    }
    if (use && !conflict) {
        if (!first_part(&use->whole, &use->part)) {
            /* a bare year the document defines as a financial year */
            p->start = use->part.start;
            p->end = use->part.end;
            p->kind = FOI_PER_FY;
            *note = "a financial year, as the document defines the year label";
            return 1;
        }
        p->end = use->part.end;
        p->kind = FOI_PER_RANGE;
        *note = "part of the year, as the document defines it";
        return 1;
    }
    const struct foi_period *asked = NULL;
    if (flag && !conflict && (!strcmp(qual, "ytd") || requested_to_date(c, p)))
        asked = requested_part(c, p);
    if (asked) {
        /* "2025 YTD", or "2025" answering "2025 to date (1 January - 31
         * October 2025)": the document says nothing of where it ends, the
         * request it answers does */
        p->end = asked->end;
        p->kind = FOI_PER_RANGE;
        *note = "part of the year: the year to date the request defines";
        return 1;
    }
    if (flag && !conflict && x->answered.y && foi_date_cmp(&x->answered, &p->end) > 0 &&
        (!strcmp(qual, "ytd") || requested_to_date(c, p))) {
        /* "2025/26 to date" in a response dated after 2025/26 ended: to
         * date is the whole year */
        *note = "the year to date is the whole year: the response is dated after it ended";
        return 1;
    }
    struct foi_date tde;
    /* the label says an end of its own ("2026-27 FY (to 30 Nov)") that foi
     * did not read: never the response's date instead */
    const char *rest = label + at + len;
    int own_end = names_month(rest);
    for (const char *k = rest; *k && !own_end; k++)
        own_end = isdigit((unsigned char)*k);
    if (flag && !conflict && !own_end && !strcmp(qual, "ytd") && to_date_end(x, p, &tde, note)) {
        /* "2026/27 (to date)" with no end of its own: to the day the data
         * were extracted, else to the response's own date */
        p->end = tde;
        p->kind = FOI_PER_RANGE;
        return 1;
    }
    if (flag && (!strcmp(qual, "ytd") || conflict)) {
        /* "2024/25 YTD" and nothing says (or two things say differently)
         * where it ends: not the whole year, and no end foi can give */
        p->resolved = 0;
        *note = conflict ? "part of the year; the document gives two different ends for it"
                         : "part of the year to date; the document does not say where it ends";
        return 1;
    }
    if (flag && !conflict && !qual[0] && requested_to_date(c, p)) {
        /* the request asks for "2026/27 to date", the answer's label is only
         * the year ("Total 2026/27"), and the document says once where its
         * year to date runs ("For 2026/27 only Q1 and Q2 (1 April to 30
         * September 2026) have been validated", "YTD figures run to 30
         * September 2026"): the label is that stretch */
        const struct pdef *ytd = NULL;
        int differ = 0;
        for (int i = 0; i < x->n; i++) {
            const struct pdef *d = &x->d[i];
            if (strcmp(d->qual, "ytd") || foi_date_cmp(&d->whole.start, &p->start) ||
                foi_date_cmp(&d->whole.end, &p->end))
                continue;
            if (d->conflict || (ytd && foi_date_cmp(&ytd->part.end, &d->part.end)))
                differ = 1;
            ytd = d;
        }
        if (ytd && !differ && first_part(p, &ytd->part)) {
            p->end = ytd->part.end;
            p->kind = FOI_PER_RANGE;
            *note = "part of the year: the year to date asked for, where the document says it ends";
            return 1;
        }
    }
    if (flag && requested_to_date(c, p)) {
        if (unfinished && !own_end && to_date_end(x, p, &tde, note)) {
            /* asked "to date", answered as the year in a response dated
             * inside it: to the extraction day, else the response's date */
            p->end = tde;
            p->kind = FOI_PER_RANGE;
            return 1;
        }
        /* the request asks for "2024/25 to date" and the answer's "2024/25"
         * (or "2024/25*") says nowhere where it stops: not the whole year */
        p->resolved = 0;
        *note = "the request asks for this year to date; the response does not say where it ends";
        return 1;
    }
    return 0;
}

const char eng_note_unfinished[] =
    "the period was not over on the date of the response, and the document does not say where its figures end";

int eng_response_day(struct ectx *c, struct foi_date *out)
{
    if (!c->pdef_ready)
        return 0;
    struct pdefs *x = defs(c);
    if (!x || !x->own.y)
        return 0;
    *out = x->own;
    return 1;
}

int eng_period_unfinished(struct ectx *c, struct foi_period *p, const char **note)
{
    *note = NULL;
    if (!c->pdef_ready || !p->resolved)
        return 0;
    struct pdefs *x = defs(c);
    if (!x || !x->own.y || foi_date_cmp(&x->own, &p->end) >= 0)
        return 0;
    struct foi_date e;
    if (year_long(p) && x->extracted.y && to_date_end(x, p, &e, note)) {
        /* "2026/27" in a response whose data were extracted on 30 November 2026 */
        p->end = e;
        p->kind = FOI_PER_RANGE;
        *note = "the year was not over when the response was written: to the day the data were extracted";
        return 1;
    }
    *note = eng_note_unfinished;
    return 2;
}

int eng_day_to_date(struct ectx *c, const char *label, struct foi_period *p)
{
    if (!c->pdef_ready || !label || !p->resolved || p->kind != FOI_PER_DAY)
        return 0;
    /* the label ends with the words: "1 April 2026 to date" */
    size_t n = strlen(label);
    static const char *const w[] = { "to date", "so far", NULL };
    int hit = 0;
    for (int i = 0; w[i] && !hit; i++) {
        size_t l = strlen(w[i]);
        hit = n > l && !strcasecmp(label + n - l, w[i]) && is_sp((unsigned char)label[n - l - 1]);
    }
    if (!hit)
        return 0;
    struct pdefs *x = defs(c);
    if (!x)
        return 0;
    const struct foi_date *d = x->extracted.y ? &x->extracted : x->own.y ? &x->own : NULL;
    if (!d || foi_date_cmp(d, &p->start) <= 0)
        return 0;
    p->end = *d;
    p->kind = FOI_PER_RANGE;
    return 1;
}

int eng_range_end_defined(struct ectx *c, const char *label, struct foi_period *p)
{
    if (!c->pdef_ready || !label || !p->resolved || year_long(p) || strlen(label) > 200)
        return 0;
    size_t at, len;
    if (!named_at(label, p, &at, &len))
        return 0;
    /* the last word of the range ("2023/24 to [2026/27]"), a year of its own
     * ending where the range ends, read with the words after the range */
    size_t e = at + len, b = e;
    while (b > at && !is_sp((unsigned char)label[b - 1]))
        b--;
    if (b == at || e - b > 12)
        return 0;
    char last[16];
    memcpy(last, label + b, e - b);
    last[e - b] = '\0';
    struct foi_period_ctx pc = {0};
    struct foi_period y;
    if (foi_period_parse(last, &pc, &y) != 1 || !year_long(&y) || foi_date_cmp(&y.end, &p->end) ||
        foi_date_cmp(&y.start, &p->start) <= 0)
        return 0;
    const char *tail = foi_arena_printf(&c->arena, "%s%s", last, label + e);
    const char *note;
    if (!tail || !eng_period_defined(c, tail, &y, &note, 0) || !y.resolved)
        return 0;
    p->end = y.end;
    p->kind = FOI_PER_RANGE;
    return 1;
}

size_t eng_period_ytd_len(const char *text, size_t end)
{
    size_t i = end;
    while (text[i] == ' ')
        i++;
    size_t y = ytd_kind_at(text + i);
    return y ? i + y - end : 0;
}

const char *eng_period_relative(struct ectx *c, const char *sentence, struct foi_period *out)
{
    if (!c->pdef_ready || !sentence)
        return NULL;
    struct pdefs *x = defs(c);
    for (int i = 0; x && i < x->nr; i++)
        if (!x->r[i].conflict && strcasestr_ascii(sentence, x->r[i].phrase)) {
            *out = x->r[i].p;
            return x->r[i].phrase;
        }
    return NULL;
}
