/* engine.c: the extraction engine's document context (force, reference, the
 * request quoted in the letter, footnotes defining suppressed cells, statements
 * of what the figures count), label classification and figure emission. Tables,
 * lists and prose are read in engine_table.c and engine_letter.c. */
#include "engine_ctx.h"
#include "engine_table.h"

#include "../normalize/figure.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------- helpers */
const char *eng_strdup(struct ectx *c, const char *s)
{
    const char *d = s ? foi_arena_strdup(&c->arena, s) : NULL;
    if (s && !d && !c->rc)
        c->rc = FOI_ENOMEM;
    return d;
}

/* The one force text names ("Table 2: Suffolk Constabulary", "Durham
 * Constabulary Disclosure Unit"); NULL when it names none, or several
 * different ones ("Norfolk and Suffolk combined"). */
const char *eng_one_force(struct ectx *c, const char *text)
{
    if (!text || !c->tax)
        return NULL;
    struct foi_match ms[8];
    int k = foi_taxonomy_scan(c->tax, FOI_VOCAB_FORCE, text, ms, 8);
    const char *one = NULL;
    for (int i = 0; i < k; i++) {
        if (one && strcmp(one, ms[i].id))
            return NULL;
        one = ms[i].id;
    }
    return one;
}

static int starts_ci(const char *s, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i < n; i++)
        if (!s[i] || tolower((unsigned char)s[i]) != tolower((unsigned char)prefix[i]))
            return 0;
    return 1;
}

/* ------------------------------------------------------ classification */
static int match(struct ectx *c, enum foi_vocab v, const char *text, struct foi_match *m)
{
    if (!c->tax)
        return 0;
    int r = foi_taxonomy_match(c->tax, v, text, m);
    if (r < 0) {
        if (c->out && c->out->issue)
            c->out->issue(c->out, FOI_SEV_WARNING, "parse_error", "",
                          "pattern matching failed on a label (PCRE2 error)");
        return 0;
    }
    return r > 0;
}

static void classify(struct ectx *c, const char *text, struct label *L);

/* eng_classify's memo: at most MEMO_MAX labels a document (past that,
 * labels are classified afresh). */
enum { MEMO_MAX = 8192 };

/* "Dismiss ed", "Would have been dis missed", "Under in vestigati on": a
 * label no vocabulary knows, whose words rejoined at one to three of its
 * spaces make a label the taxonomy knows whole (an exact match, or a total
 * word): the fewest spaces taken out, the first such. 1 read into *L. */
static int rejoin_broken(struct ectx *c, const char *text, struct label *L)
{
    size_t n = strlen(text);
    if (n < 4 || n > 80)
        return 0;
    size_t sp[8];
    int ns = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (text[i] != ' ')
            continue;
        if (!isalpha((unsigned char)text[i - 1]) || !isalpha((unsigned char)text[i + 1]))
            continue;
        if (ns == 8)
            return 0;
        sp[ns++] = i;
    }
    if (!ns)
        return 0;
    char buf[96];
    for (int r = 1; r <= 3 && r <= ns; r++) {
        for (unsigned mask = 1; mask < (1u << ns); mask++) {
            if (__builtin_popcount(mask) != r)
                continue;
            size_t o = 0;
            int k = 0;
            for (size_t i = 0; i < n; i++) {
                if (k < ns && sp[k] == i) {
                    int drop = (mask >> k) & 1;
                    k++;
                    if (drop)
                        continue;
                }
                buf[o++] = text[i];
            }
            buf[o] = 0;
            struct label M;
            classify(c, buf, &M);
            int whole = M.total || (M.primary >= 0 && M.primary < FOI_VOCAB_COUNT && M.exact[M.primary] &&
                                    (M.primary == FOI_VOCAB_OUTCOME || M.primary == FOI_VOCAB_CATEGORY));
            if (!whole)
                continue;
            *L = M;
            L->text = text;
            L->rejoined = foi_arena_strdup(&c->arena, buf);
            return L->rejoined != NULL;
        }
    }
    return 0;
}

/* "2025-26 (revised 18 December 2026)", "2024/25 (updated 3 May 2025)": a
 * period with a parenthesis saying when its figures were revised, which is
 * no part of the period: the period before it, read whole. 1 when read. */
static int revised_period(const char *text, struct foi_period *p)
{
    static const char *const words[] = { "revised", "updated", "amended", "corrected", "reissued", NULL };
    size_t n = strlen(text);
    if (n < 8 || n > 80 || text[n - 1] != ')')
        return 0;
    const char *o = strrchr(text, '(');
    if (!o || o == text)
        return 0;
    const char *w = o + 1;
    while (*w == ' ')
        w++;
    int k = 0;
    while (words[k] && !(strncasecmp(w, words[k], strlen(words[k])) == 0 && w[strlen(words[k])] == ' '))
        k++;
    if (!words[k])
        return 0;
    /* the rest of the parenthesis is one single day */
    char day[48];
    const char *ds = w + strlen(words[k]);
    size_t dl = (size_t)(text + n - 1 - ds);
    if (dl >= sizeof day)
        return 0;
    memcpy(day, ds, dl);
    day[dl] = 0;
    struct foi_period d;
    if (foi_period_parse(day, NULL, &d) != 1 || !d.resolved || foi_date_cmp(&d.start, &d.end))
        return 0;
    char head[64];
    size_t hl = (size_t)(o - text);
    while (hl && text[hl - 1] == ' ')
        hl--;
    if (!hl || hl >= sizeof head)
        return 0;
    memcpy(head, text, hl);
    head[hl] = 0;
    struct foi_period_ctx pc = {0};
    return foi_period_parse(head, &pc, p) == 1 && p->resolved && foi_date_cmp(&p->start, &p->end);
}

/* classify, then the document's own words for a label no taxonomy knows
 * (engine_lex.c) */
static void classify_doc(struct ectx *c, const char *text, struct label *L)
{
    classify(c, text, L);
    /* a key table of the document defines it: its meaning first */
    if (!L->period_ok && !L->period_in && !L->total && text && *text && eng_lex_keyed(c, text, L))
        return;
    /* "April 2026 onwards", which the document says is 1 April to 30
     * November 2026 */
    struct foi_period dp;
    if (!L->period_ok && L->primary < 0 && text && *text &&
        (eng_label_period(c, text, &dp) || eng_relative_head(c, text, &dp) || revised_period(text, &dp))) {
        L->period_ok = 1;
        L->period = dp;
        L->primary = PRIMARY_PERIOD;
        return;
    }
    if (L->primary < 0 && !L->period_ok && !L->period_in && !L->total && text && *text)
        eng_lex_classify(c, text, L);
    if (!L->id[FOI_VOCAB_CATEGORY] && !L->period_ok && !L->period_in && !L->total && text && *text) {
        /* "S.A. Off.": its words the document's key writes out */
        const char *ex = eng_lex_expand(c, text);
        struct label M;
        if (ex && (classify(c, ex, &M), M.id[FOI_VOCAB_CATEGORY])) {
            *L = M;
            L->text = text;
            L->defined = ex;
        }
    }
    if (L->primary < 0 && !L->period_ok && !L->period_in && !L->total && text && *text) {
        struct label J;
        if (rejoin_broken(c, text, &J))
            *L = J;
    }
}

void eng_classify(struct ectx *c, const char *text, struct label *L)
{
    if (!text || !*text) {
        classify_doc(c, text, L);
        return;
    }
    uint32_t h = foi_memo_hash(text, strlen(text));
    const struct label *got = foi_smemo_get(&c->memo, text, h);
    if (got) {
        *L = *got;
        L->text = text;
        return;
    }
    classify_doc(c, text, L);
    struct label *keep = foi_smemo_put(&c->memo, &c->arena, text, h);
    if (keep)
        *keep = *L;
}

/* The strongest vocabulary left after one was dropped. */
static void repick_primary(struct label *L)
{
    int best = -1;
    L->primary = -1;
    for (int v = 0; v < FOI_VOCAB_COUNT; v++) {
        if (!L->id[v])
            continue;
        int score = L->exact[v] * 100000 + L->len[v] * 10 + (v == FOI_VOCAB_OUTCOME || v == FOI_VOCAB_CATEGORY);
        if (score > best) {
            best = score;
            L->primary = v;
        }
    }
}

/* A force alias of len bytes matched inside text stands for the whole label:
 * it covers most of it and no other force is named. */
static int single_force(struct ectx *c, const char *text, int len)
{
    /* what the label says, less its brackets ("England and Wales (all forces,
     * all types)") and a lead-in that only says why it is shown ("For
     * comparison only: ...") */
    size_t n = 0, depth = 0;
    const char *t = text;
    static const char *const leads[] = { "for comparison only:", "for comparison:", "for comparison only",
                                         "for comparison", "comparison:", NULL };
    for (int i = 0; leads[i]; i++)
        if (!strncasecmp(t, leads[i], strlen(leads[i]))) {
            t += strlen(leads[i]);
            break;
        }
    while (*t == ' ')
        t++;
    size_t tail = 0;   /* spaces and marks at the end of what is counted */
    char flat[160];    /* what is counted, its brackets left out */
    size_t fn = 0;
    for (const char *p = t; *p; p++) {
        if (*p == '(')
            depth++;
        else if (*p == ')' && depth)
            depth--;
        else if (!depth) {
            n++;
            tail = *p == ' ' || *p == '*' ? tail + 1 : 0;
            if (fn < sizeof flat - 1)
                flat[fn++] = *p;
        }
    }
    n -= tail;
    /* "Glos Constabulary", "Norfolk Constab.": a short name of the force and
     * the word for a force after it; the word adds nothing to whom the
     * label names (round 47a, blind47's newsroom tracker) */
    if (n < sizeof flat) {
        static const char *const force_words[] = { " constabulary", " constab.", " constab", " police service",
                                                   " police force", " police", NULL };
        for (int i = 0; force_words[i]; i++) {
            size_t wl = strlen(force_words[i]);
            if (n > wl && !strncasecmp(flat + n - wl, force_words[i], wl)) {
                if ((size_t)len <= n - wl)
                    n -= wl;
                break;
            }
        }
    }
    if (!n || (size_t)len * 10 < n * 6)
        return 0;
    struct foi_match ms[4];
    int k = foi_taxonomy_scan(c->tax, FOI_VOCAB_FORCE, text, ms, 4);
    for (int i = 1; i < k; i++)
        if (strcmp(ms[i].id, ms[0].id))
            return 0;
    return 1;
}

static int legislation_year(const char *text, size_t at);
static const char *report_of(struct ectx *c, const char *text);

/* "Ionawr \xe2\x80\x93 Mehefin 2025 / January \xe2\x80\x93 June 2025": a label in two languages,
 * the halves split by " / " (spaces both sides; "2022/23" is one period),
 * is the period of the half that reads as one whole period when the other
 * reads as none or as the same; never the span of a year in one half and
 * a part of it in the other. 1 read into *out. */
static int bilingual_period(const char *text, const struct foi_period_ctx *pc, struct foi_period *out)
{
    const char *sep = strstr(text, " / ");
    if (!sep || strstr(sep + 3, " / ") || sep - text >= 120)
        return 0;
    char a[128];
    memcpy(a, text, (size_t)(sep - text));
    a[sep - text] = 0;
    struct foi_period pa, pb;
    int oka = foi_period_parse(a, pc, &pa) == 1 && pa.resolved;
    int okb = foi_period_parse(sep + 3, pc, &pb) == 1 && pb.resolved;
    if (oka && okb && (foi_date_cmp(&pa.start, &pb.start) || foi_date_cmp(&pa.end, &pb.end)))
        return 0;
    if (!oka && !okb)
        return 0;
    *out = okb ? pb : pa;
    return 1;
}

/* The label stops where its period goes on ("2026/27 (to", "2025 up to",
 * "2024/25 -"): a cell whose text was cut (the rest wrapped into another
 * cell), so the year it names is not the period. */
static int cut_after(const char *text, size_t end)
{
    const char *r = text + end;
    while (*r == ' ')
        r++;
    if (!*r)
        return 0;
    char f[16];
    size_t n = 0;
    for (; *r && n + 1 < sizeof f; r++)
        if (*r != ' ')
            f[n++] = (char)tolower((unsigned char)*r);
    if (*r)
        return 0;
    f[n] = 0;
    static const char *const cuts[] = { "(", "(to", "to", "(upto", "upto", "until", "(until", "-", "(from",
                                        "from", "\xe2\x80\x93", "(\xe2\x80\x93", NULL };
    for (int i = 0; cuts[i]; i++)
        if (!strcmp(f, cuts[i]))
            return 1;
    return 0;
}

/* "Financial year 2024/25 (officer headcount 3,075 at 31 March 2025)": a
 * single day inside a bracketed aside after a range is when something
 * beside the counts was measured (a headcount, an extraction), not a period
 * of the label. Such days are dropped from the n periods found (in order,
 * at[] / len[] their places) when a range is left outside the brackets;
 * returns how many remain. */
static int drop_aside_days(const char *text, struct foi_period *ps, size_t *at, size_t *len, int n)
{
    int range = 0;
    for (int i = 0; i < n; i++) {
        if (!ps[i].resolved || !foi_date_cmp(&ps[i].start, &ps[i].end))
            continue;
        int depth = 0;
        for (size_t k = 0; k < at[i]; k++)
            depth += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
        range |= depth <= 0;
    }
    if (!range)
        return n;
    int m = 0;
    for (int i = 0; i < n; i++) {
        int depth = 0;
        for (size_t k = 0; k < at[i]; k++)
            depth += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
        int day = ps[i].resolved && !foi_date_cmp(&ps[i].start, &ps[i].end);
        if (day && depth > 0)
            continue;
        ps[m] = ps[i];
        at[m] = at[i];
        len[m] = len[i];
        m++;
    }
    return m;
}

/* A label that is only "the year to date" in one of its spellings. */
static int to_date_label(const char *text)
{
    char f[48];
    size_t n = 0;
    for (const char *p = text; *p && n + 1 < sizeof f; p++) {
        unsigned char ch = (unsigned char)*p;
        if (isalnum(ch))
            f[n++] = (char)tolower(ch);
        else if (n && f[n - 1] != ' ')
            f[n++] = ' ';
        if (strlen(text) >= sizeof f)
            return 0;
    }
    while (n && f[n - 1] == ' ')
        n--;
    f[n] = 0;
    static const char *const forms[] = { "ytd", "fytd", "fy ytd", "fy to date", "financial ytd",
                                         "year to date", "financial year to date", "the year to date",
                                         "current year to date", "current financial year to date", NULL };
    for (int i = 0; forms[i]; i++)
        if (!strcmp(f, forms[i]))
            return 1;
    return 0;
}

/* "YTD to 30/09/2026", "Year to date (to 30 September 2026)": a label that
 * is the year to date with the day it runs to, where the document defines
 * its year to date ("The year to date runs from 1 April 2026 to 30
 * September 2026", a covering letter's `defines:` line) and that year to
 * date ends on that day: the defined year to date. A day the definition
 * does not end on, or no definition, gives nothing (the column stays a
 * running total whose start the table does not give). 1 when read. */
static int to_date_to_day(struct ectx *c, const char *text, struct foi_period *out)
{
    size_t n = strlen(text);
    if (n < 6 || n > 96)
        return 0;
    for (size_t i = 1; i + 3 < n; i++) {
        if ((text[i - 1] != ' ' && text[i - 1] != '(') || strncasecmp(text + i, "to ", 3))
            continue;
        char pre[48];
        size_t k = i;
        while (k && (text[k - 1] == ' ' || text[k - 1] == '('))
            k--;
        if (!k || k >= sizeof pre)
            continue;
        memcpy(pre, text, k);
        pre[k] = 0;
        if (!to_date_label(pre))
            continue;
        char day[64];
        size_t a = i + 3, b = n;
        while (a < b && text[a] == ' ')
            a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '.'))
            b--;
        if (text[i - 1] == '(' || (k < i && memchr(text + k, '(', i - k))) {
            if (b <= a || text[b - 1] != ')')
                return 0;
            b--;
        }
        if (b <= a || b - a >= sizeof day)
            return 0;
        memcpy(day, text + a, b - a);
        day[b - a] = 0;
        struct foi_period_ctx pc = {0};
        struct foi_period d, def;
        if (foi_period_parse(day, &pc, &d) != 1 || !d.resolved || d.kind != FOI_PER_DAY)
            return 0;
        if (!eng_period_relative(c, "year to date", &def) || !def.resolved || foi_date_cmp(&def.end, &d.end))
            return 0;
        *out = def;
        return 1;
    }
    return 0;
}
/* "Table 4: allegations recorded 2026-27 to date (1 Apr - 31 Oct 2026)": a
 * year, "to date" (or "so far", "YTD") and in brackets a stretch of days
 * from that year's first day to a day inside it: the label's period is
 * that stretch, as the whole label reads (foi_period_parse's year so far),
 * not two periods. ps[0], ps[1] found at at[], len[] in text. */
int eng_year_so_far(const char *text, const size_t *at, const size_t *len, const struct foi_period *ps)
{
    if (foi_date_cmp(&ps[0].start, &ps[1].start) || foi_date_cmp(&ps[1].end, &ps[0].end) >= 0 ||
        (ps[0].kind != FOI_PER_FY && ps[0].kind != FOI_PER_CALENDAR_YEAR))
        return 0;
    const char *p = text + at[0] + len[0], *e = text + at[1];
    while (p < e && *p == ' ')
        p++;
    static const char *const marks[] = { "to date", "so far", "ytd", "year to date", NULL };
    int k = 0;
    for (; marks[k]; k++)
        if (!strncasecmp(p, marks[k], strlen(marks[k])))
            break;
    if (!marks[k])
        return 0;
    p += strlen(marks[k]);
    while (p < e && (*p == ' ' || *p == ','))
        p++;
    if (p >= e || *p != '(')
        return 0;
    for (p++; p < e; p++)
        if (*p != ' ')
            return 0;
    return 1;
}


static void classify(struct ectx *c, const char *text, struct label *L)
{
    memset(L, 0, sizeof *L);
    L->text = text;
    L->primary = -1;
    if (!text || !*text)
        return;
    struct foi_period_ctx pc = {0};
    const char *pnote;
    if (foi_period_parse(text, &pc, &L->period) == 1 && L->period.resolved) {
        L->period_ok = 1;
        L->primary = PRIMARY_PERIOD;
        if (!eng_period_defined(c, text, &L->period, &pnote, 0))   /* "2024/25*", defined as a part */
            eng_range_end_defined(c, text, &L->period);   /* "2023/24 to 2026/27 YTD" */
        return;
    }
    if (bilingual_period(text, &pc, &L->period)) {
        L->period_ok = 1;
        L->primary = PRIMARY_PERIOD;
        return;
    }
    /* "FYTD", "YTD", "Year to date": the year so far, where the document
     * says which days that is ("FYTD means the financial year to date, 1
     * April to 31 October 2026") */
    if ((to_date_label(text) && eng_period_relative(c, "year to date", &L->period)) ||
        to_date_to_day(c, text, &L->period)) {
        L->period_ok = 1;
        L->primary = PRIMARY_PERIOD;
        return;
    }
    int best = -1;
    for (int v = 0; v < FOI_VOCAB_COUNT; v++) {
        struct foi_match m;
        if (!match(c, (enum foi_vocab)v, text, &m))
            continue;
        L->id[v] = m.id;
        L->exact[v] = m.exact;
        L->len[v] = (int)m.len;
        L->part[v] = m.part;
        int score = m.exact * 100000 + (int)m.len * 10 + (v == FOI_VOCAB_OUTCOME || v == FOI_VOCAB_CATEGORY);
        if (score > best) {
            best = score;
            L->primary = v;
        }
    }
    if (L->id[FOI_VOCAB_OUTCOME] && !strcmp(L->id[FOI_VOCAB_OUTCOME], "total") &&
        L->primary == FOI_VOCAB_OUTCOME)
        L->total = 1;
    /* a report named after what it counts ("PSD allegation summary") */
    if (L->primary < 0 && strlen(text) < 120) {
        const char *m = report_of(c, text);
        if (m) {
            L->id[FOI_VOCAB_MEASURE] = m;
            L->len[FOI_VOCAB_MEASURE] = (int)strlen(text);
            L->primary = FOI_VOCAB_MEASURE;
        }
    }
    /* a force is the whole label, give or take a word ("Kent Police (note 2)"),
     * never a list of forces or a phrase that mentions one ("Kent Police
     * Federation", "lancashire, merseyside") */
    if (L->id[FOI_VOCAB_FORCE] && !L->exact[FOI_VOCAB_FORCE] && !single_force(c, text, L->len[FOI_VOCAB_FORCE])) {
        L->id[FOI_VOCAB_FORCE] = NULL;
        if (L->primary == FOI_VOCAB_FORCE)
            repick_primary(L);
    }
    /* a period inside a longer label: "Allegations 2021/22", "2021/22 (provisional)";
     * several periods one after another ("Abuse of position (2022/23 and
     * 2023/24)") are the span they cover, never the last of them */
    if (L->primary != PRIMARY_PERIOD && strlen(text) < 200) {
        struct foi_period ps[ENG_MAX_PERIODS];
        size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
        int np = foi_period_find_all(text, &pc, ps, at, len, ENG_MAX_PERIODS);
        np = drop_aside_days(text, ps, at, len, np);
        int ok = np >= 1 && !cut_after(text, at[np - 1] + len[np - 1]);
        for (int i = 0; i < np && ok; i++)
            ok = ps[i].resolved && !legislation_year(text, at[i]) && foi_date_cmp(&ps[i].start, &ps[i].end);
        for (int i = 0; i < np && ok; i++)
            if (!eng_period_defined(c, text, &ps[i], &pnote, 0))   /* "2024/25 YTD", defined as a part */
                eng_range_end_defined(c, text, &ps[i]);   /* "2023/24 to 2026/27 YTD" */
        if (ok && np == 1) {
            L->period_in = 1;
            L->inner = ps[0];
        } else if (ok && eng_periods_joined(text, at, len, np) && eng_periods_span(ps, np, &L->inner)) {
            L->period_in = 1;
        }
    }
}

int eng_periods_joined(const char *text, const size_t *at, const size_t *len, int n)
{
    static const char *const glue[] = { "and", "to", "through", "until", "till", "&", NULL };
    for (int i = 1; i < n; i++) {
        const char *p = text + at[i - 1] + len[i - 1], *e = text + at[i];
        while (p < e) {
            if (strchr(" ,-/", *p) || !strncmp(p, "\xe2\x80\x93", 3) || !strncmp(p, "\xe2\x80\x94", 3)) {
                p += (unsigned char)*p >= 0x80 ? 3 : 1;
                continue;
            }
            int w = 0;
            for (int k = 0; glue[k] && !w; k++) {
                size_t gl = strlen(glue[k]);
                if ((size_t)(e - p) >= gl && !strncasecmp(p, glue[k], gl) &&
                    (p + gl == e || !isalpha((unsigned char)p[gl])))
                    w = (int)gl;
            }
            if (!w)
                return 0;
            p += w;
        }
    }
    return 1;
}

int eng_periods_span(const struct foi_period *ps, int n, struct foi_period *out)
{
    if (n < 2 || n > ENG_MAX_PERIODS)
        return 0;
    int idx[ENG_MAX_PERIODS];
    for (int i = 0; i < n; i++)
        idx[i] = i;
    /* in order of their start, each starting the day after the one before ends */
    for (int a = 1; a < n; a++)
        for (int b = a; b > 0 && foi_date_cmp(&ps[idx[b]].start, &ps[idx[b - 1]].start) < 0; b--) {
            int t = idx[b];
            idx[b] = idx[b - 1];
            idx[b - 1] = t;
        }
    for (int a = 1; a < n; a++) {
        struct foi_date next = ps[idx[a - 1]].end;
        foi_date_add_days(&next, 1);
        if (foi_date_cmp(&next, &ps[idx[a]].start))
            return 0;
    }
    memset(out, 0, sizeof *out);
    out->start = ps[idx[0]].start;
    out->end = ps[idx[n - 1]].end;
    out->resolved = 1;
    out->kind = FOI_PER_RANGE;
    return 1;
}

/* Subjects read from free text count only in the plural or as a compound:
 * "the officer concerned" does not narrow a paragraph's subject. */
static int plural_subject(const char *text, const struct foi_match *m)
{
    if (!strcmp(m->id, "officers_and_staff"))
        return 1;
    const char *end = text + m->at + m->len;
    const char *p = end;
    while (p > text + m->at && !isalpha((unsigned char)p[-1]))
        p--;
    /* "police officers only" (an alias ending in "only") */
    if (p - (text + m->at) > 5 && starts_ci(p - 5, " only"))
        for (p -= 5; p > text + m->at && !isalpha((unsigned char)p[-1]);)
            p--;
    if (p > text + m->at && (p[-1] == 's' || p[-1] == 'S'))
        return 1;
    /* "staff", "personnel", "workforce" are collective */
    if (p - (text + m->at) >= 5 && (starts_ci(p - 5, "staff") || starts_ci(p - 5, "ployee")))
        return 1;
    /* Welsh puts the noun first, its plural in -ion ("Swyddogion heddlu",
     * police officers; "Staff yr heddlu", police staff) */
    {
        const char *w = text + m->at;
        size_t wl = 0;
        while (w + wl < end && isalpha((unsigned char)w[wl]))
            wl++;
        if (w + wl <= end && ((wl > 4 && !strncasecmp(w + wl - 3, "ion", 3)) || (wl == 5 && starts_ci(w, "staff"))))
            return 1;
    }
    /* "police officer figures", "officer allegations": the singular before
     * what is counted names the people counted, not one person */
    static const char *const counted[] = { " figure", " data", " number", " allegation", " case", " complaint",
                                           " record", " count", " statistic", NULL };
    for (int i = 0; counted[i]; i++) {
        size_t n = strlen(counted[i]);
        if (starts_ci(end, counted[i]) && (end[n] == 's' || !isalpha((unsigned char)end[n])))
            return 1;
    }
    return 0;
}

/* "Freedom of Information Act 2000", "Regulations 2004": a year naming a law
 * is no period. */
static int legislation_year(const char *text, size_t at)
{
    static const char *const words[] = { "Act ", "Regulations ", "Order ", "Rules ", NULL };
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (at >= n && !strncmp(text + at - n, words[i], n))
            return 1;
    }
    return 0;
}

/* "per 1,000 officers", "per officer": the base of a rate, not whom the
 * figures are about. */
static int rate_base(const char *text, size_t at)
{
    size_t k = at;
    while (k > 0 && text[k - 1] == ' ')
        k--;
    while (k > 0 && (isdigit((unsigned char)text[k - 1]) || text[k - 1] == ','))
        k--;
    while (k > 0 && text[k - 1] == ' ')
        k--;
    return k >= 3 && !strncasecmp(text + k - 3, "per", 3) && (k == 3 || !isalpha((unsigned char)text[k - 4]));
}

/* One of words ends just before text[at] (a word of its own), past the
 * characters of skip and one of dets ("not the number of", "in respect of
 * those allegations"). */
int eng_words_before(const char *text, size_t at, const char *skip, const char *const *dets,
                     const char *const *words)
{
    size_t k = at;
    while (k > 0 && text[k - 1] && strchr(skip, text[k - 1]))
        k--;
    for (int i = 0; dets && dets[i]; i++) {
        size_t n = strlen(dets[i]);
        if (k > n && !strncasecmp(text + k - n, dets[i], n) && text[k - n - 1] == ' ') {
            k -= n;
            while (k > 0 && text[k - 1] == ' ')
                k--;
            break;
        }
    }
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (k >= n && !strncasecmp(text + k - n, words[i], n) &&
            (k == n || !isalpha((unsigned char)text[k - n - 1])))
            return 1;
    }
    return 0;
}

/* The line after the paragraph that starts at line i (of the first nl): a
 * paragraph runs on over lines with text up to a blank line or a line that
 * starts one. */
int eng_para_end(const struct foi_doc *doc, int i, int nl)
{
    int j = i + 1;
    while (j < nl && doc->lines[j].text[0] && !(doc->lines[j].flags & FOI_LINE_PARA_START) &&
           doc->lines[j - 1].text[0])
        j++;
    return j;
}

static const char *const articles[] = { "the", "a", "an", NULL };

/* The words just before text[at] deny it: "not", "(not", "rather than",
 * "instead of", also past an article ("not the number of allegations"). */
static int negated(const char *text, size_t at)
{
    static const char *const words[] = { "not", "rather than", "instead of", "as opposed to", "not count", NULL };
    return eng_words_before(text, at, " (,", articles, words);
}

/* The words just before text[at] make it what another count is about, not
 * what is counted: "misconduct hearings held in respect of those
 * allegations", "meetings arising from the allegations". */
static int referred_to(const char *text, size_t at)
{
    static const char *const words[] = { "in respect of", "relating to", "related to", "arising from",
                                         "arising out of", "linked to", "in connection with",
                                         "connected with", "resulting from", NULL };
    static const char *const dets[] = { "these", "those", "the", "such", "each", "any", "all", NULL };
    return eng_words_before(text, at, " ", dets, words);
}

/* The words just before text[at] make it whom a disclosure could identify,
 * not what is counted: "to reduce the risk of identifying individuals",
 * "could lead to the identification of individuals", "the personal data of
 * living individuals" (a suppression note's boilerplate). */
static int identified(const char *text, size_t at)
{
    static const char *const words[] = { "identifying", "identify", "identification of", "identifiable",
                                         "re-identifying", "re-identify", "re-identification of", "living",
                                         "identity of", "identities of", NULL };
    static const char *const dets[] = { "these", "those", "the", "such", "any", "specific", "particular",
                                        "individual", NULL };
    return eng_words_before(text, at, " ", dets, words);
}

/* The words just before text[at] make the allegation what people were
 * subject to, so the people are what is counted: "Officers subject to an
 * allegation", "the number of police officers who were the subject of one or
 * more allegations", "An officer subject to more than one allegation". A
 * person word must come right before "subject to"/"subject of" (round 46a). */
static int people_subject_to(const char *text, size_t at)
{
    static const char *const dets[] = { "an", "a", "one or more", "more than one", "any", "at least one", NULL };
    static const char *const rel[] = { "subject to", "subject of", "subjects of", NULL };
    if (!eng_words_before(text, at, " ", dets, rel))
        return 0;
    /* back over the determiner and the relation to the word before them */
    size_t k = at;
    while (k > 0 && text[k - 1] == ' ')
        k--;
    for (int i = 0; dets[i]; i++) {
        size_t n = strlen(dets[i]);
        if (k > n && !strncasecmp(text + k - n, dets[i], n) && text[k - n - 1] == ' ') {
            k -= n;
            break;
        }
    }
    while (k > 0 && text[k - 1] == ' ')
        k--;
    for (int i = 0; rel[i]; i++) {
        size_t n = strlen(rel[i]);
        if (k >= n && !strncasecmp(text + k - n, rel[i], n)) {
            k -= n;
            break;
        }
    }
    static const char *const people[] = { "officers", "officer", "staff", "employees", "employee", "individuals",
                                          "people", "persons", "person", "members", NULL };
    static const char *const link[] = { "who were the", "who were", "who are the", "who are", "were the", "were",
                                        "the", NULL };
    return eng_words_before(text, k, " ", link, people);
}

/* The clause before text[at] leaves out what follows: "The figures do not
 * include Norfolk Constabulary ... or police staff", "excluding PCSOs",
 * "other than police staff". The clause runs back to a full stop or a
 * semicolon. */
static int excluded(const char *text, size_t at)
{
    static const char *const words[] = { "not include", "not includ", "not cover", "not count", "exclud",
                                         "except", "other than", "apart from", "nor ", NULL };
    size_t k = at;
    while (k > 0 && text[k - 1] != ';' && !(text[k - 1] == ' ' && k >= 2 && text[k - 2] == '.'))
        k--;
    size_t n = at - k;
    if (!n || n > 400)
        return 0;
    char buf[404];
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)text[k + i]);
    buf[n] = '\0';
    for (int i = 0; words[i]; i++)
        for (const char *p = strstr(buf, words[i]); p; p = strstr(p + 1, words[i]))
            if (strcmp(words[i], "nor ") || strncmp(p + 4, "den", 3))
                return 1;   /* "neither confirms nor denies" leaves nothing out */
    return 0;
}

/* Is the mention at text+at inside a part of a count said after it ("28
 * allegations, seven of them against police staff", "(3 of whom were
 * staff)")? The clause runs back to a comma, semicolon, bracket or full stop
 * and holds a count (a number or a number word, "none", "all but") right
 * before "of them" / "of whom" / "of which" / "of these" / "of those": the
 * people named there are the part's, not the count's. */
static int partitive(const char *text, size_t at)
{
    size_t k = at;
    while (k > 0 && text[k - 1] != ',' && text[k - 1] != ';' && text[k - 1] != '(' &&
           !(text[k - 1] == ' ' && k >= 2 && text[k - 2] == '.'))
        k--;
    size_t n = at - k;
    if (!n || n > 120)
        return 0;
    char buf[124];
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)text[k + i]);
    buf[n] = '\0';
    static const char *const ofs[] = { " of them", " of whom", " of which", " of these", " of those", NULL };
    static const char *const counts[] = { "none", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                          "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                          "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                                          "forty", "fifty", "all but one", "all but two", NULL };
    for (int i = 0; ofs[i]; i++) {
        const char *p = strstr(buf, ofs[i]);
        if (!p || p == buf)
            continue;
        size_t e = (size_t)(p - buf), b = e;
        while (b > 0 && buf[b - 1] != ' ')
            b--;
        /* the text opens with the part ("seven of them against police
         * staff", the part's own clause): the people are its own */
        size_t lead = 0;
        while (lead < k && text[lead] == ' ')
            lead++;
        if (k == lead && b == 0)
            return 0;
        if (isdigit((unsigned char)buf[b]))
            return 1;
        for (int w = 0; counts[w]; w++) {
            size_t wl = strlen(counts[w]);
            if (e - b == wl && !strncmp(buf + b, counts[w], wl))
                return 1;
            /* "twenty-eight" */
            if (e - b > wl && !strncmp(buf + b, counts[w], wl) && buf[b + wl] == '-')
                return 1;
        }
    }
    return 0;
}

/* The text says some information is not held ("so no information is held
 * for police staff"): a not-held statement, whose people are those it names
 * as not held, not those it says are the only ones employed. */
static int says_not_held(const char *text)
{
    static const char *const w[] = { "not held", "no information is held", "no data is held", "nothing is held",
                                     "does not hold", "do not hold", NULL };
    for (int i = 0; w[i]; i++)
        if (foi_strcasestr(text, w[i]))
            return 1;
    return 0;
}

/* The mention text[at, end) is said to be the only people: "police
 * officers only", "only police officers", "for officers only" (not "not
 * only", "only some", "only one of the"). */
static int only_these(const char *text, size_t at, size_t end)
{
    if (end - at > 5 && !strncasecmp(text + end - 5, " only", 5))
        return 1;   /* the alias says it: "police officers only" */
    const char *p = text + end;
    while (*p == ' ')
        p++;
    if (!strncasecmp(p, "only", 4) && !isalpha((unsigned char)p[4]))
        return 1;
    size_t k = at;
    while (k > 0 && text[k - 1] == ' ')
        k--;
    /* "only police officers", "only for police officers", "only to officers" */
    static const char *const before[] = { "only", "only for", "only to", "only about", "solely", "solely for", NULL };
    for (int i = 0; before[i]; i++) {
        size_t n = strlen(before[i]);
        if (k >= n && !strncasecmp(text + k - n, before[i], n) && (k == n || !isalpha((unsigned char)text[k - n - 1]))) {
            size_t b = k - n;
            while (b > 0 && text[b - 1] == ' ')
                b--;
            if (b >= 3 && !strncasecmp(text + b - 3, "not", 3) && (b == 3 || !isalpha((unsigned char)text[b - 4])))
                return 0;
            return 1;
        }
    }
    return 0;
}

/* Is the mention that ends at text+end left out by what follows it in its
 * clause: "police staff are not included", "staff are excluded", "(staff
 * not counted)"? The clause ends at ';', '.', ',' or a closing bracket. */
static int excluded_after(const char *text, size_t end)
{
    static const char *const words[] = { "are not included", "is not included", "are not counted",
                                         "is not counted", "are excluded", "is excluded", "are not covered",
                                         "is not covered", "not included", "not counted", "excluded", NULL };
    size_t n = 0;
    while (text[end + n] && n < 80 && !strchr(";.,)", text[end + n]))
        n++;
    char buf[84];
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)text[end + i]);
    buf[n] = '\0';
    const char *p = buf;
    while (*p == ' ')
        p++;
    for (int i = 0; words[i]; i++)
        if (!strncmp(p, words[i], strlen(words[i])))
            return 1;
    /* "Police staff matters are recorded by HR and fall outside this
     * response": anywhere in the clause, the people it opens with are left
     * out of what the response counts (round 43a, blind43 Essex) */
    static const char *const outside[] = { "outside this response", "outside the scope", "outside of this response",
                                           "outside the remit", "beyond the scope", "not part of this response",
                                           "not covered by this response", "not within the scope", NULL };
    for (int i = 0; outside[i]; i++)
        if (strstr(p, outside[i]))
            return 1;
    return 0;
}

/* A report's filter that keeps every subject: "Subject Type: (All)",
 * "Employee group: All" (a pivot's report filter, a report's parameters). */
static int all_subjects(const char *text)
{
    for (const char *p = strchr(text, ':'); p; p = strchr(p + 1, ':')) {
        const char *v = p + 1;
        while (*v == ' ')
            v++;
        size_t n = !strncasecmp(v, "(all)", 5) ? 5 : !strncasecmp(v, "all", 3) ? 3 : 0;
        if (!n || isalnum((unsigned char)v[n]) || (v[n] == ' ' && isalpha((unsigned char)v[n + 1])))
            continue;
        const char *a = p;
        while (a > text && !strchr(";,.|", a[-1]))
            a--;
        if (p - a > 40)
            continue;
        char field[48];
        snprintf(field, sizeof field, "%.*s", (int)(p - a), a);
        /* who the figures are about: not "Rank: All" (every rank of officer) */
        if (eng_header_role(field) == FOI_VOCAB_SUBJECT &&
            (foi_strcasestr(field, "subject") || foi_strcasestr(field, "employee") || foi_strcasestr(field, "staff")))
            return 1;
    }
    return 0;
}

/* A report's filter set to one kind of employee: "Employee Type: Police
 * Officer" (a pivot's report filter). The value is the whole of what
 * follows the field, up to a separator; it names the subject exactly, in
 * the singular too (a filter's value is one item, not a sentence's "the
 * officer"). The subject's id, else NULL. */
static const char *filter_subject(struct ectx *c, const char *text)
{
    const char *p = strchr(text, ':');
    if (!p || strchr(p + 1, ':'))
        return NULL;
    const char *a = text;
    while (*a == ' ')
        a++;
    if (p - a > 40 || p == a)
        return NULL;
    char field[48];
    snprintf(field, sizeof field, "%.*s", (int)(p - a), a);
    if (eng_header_role(field) != FOI_VOCAB_SUBJECT ||
        !(foi_strcasestr(field, "subject") || foi_strcasestr(field, "employee") || foi_strcasestr(field, "staff")))
        return NULL;
    const char *v = p + 1;
    while (*v == ' ')
        v++;
    size_t n = strcspn(v, ";|");
    while (n && (v[n - 1] == ' ' || v[n - 1] == '.'))
        n--;
    if (!n || n > 40)
        return NULL;
    char val[48];
    snprintf(val, sizeof val, "%.*s", (int)n, v);
    struct foi_match m;
    if (!match(c, FOI_VOCAB_SUBJECT, val, &m) || !m.exact)
        return NULL;
    return m.id;
}

/* A report named after what it counts, its noun in the singular before a
 * report word: "Allegation Summary by Finalised Result", "Complaint
 * statistics". The noun is the measure the taxonomy reads in it alone. */
static const char *report_of(struct ectx *c, const char *text)
{
    static const char *const words[] = { "summary", "report", "statistics", "extract", "breakdown", "return",
                                         "data", "counts", NULL };
    for (const char *p = text; *p;) {
        while (*p && !isalpha((unsigned char)*p))
            p++;
        const char *w = p;
        while (isalpha((unsigned char)*p))
            p++;
        size_t n = (size_t)(p - w);
        if (!n || n > 20)
            continue;
        const char *q = p;
        while (*q == ' ')
            q++;
        int rep = 0;
        for (int i = 0; words[i] && !rep; i++) {
            size_t k = strlen(words[i]);
            rep = q > p && !strncasecmp(q, words[i], k) && !isalpha((unsigned char)q[k]);
        }
        if (!rep)
            continue;
        char noun[24];
        snprintf(noun, sizeof noun, "%.*s", (int)n, w);
        struct foi_match m;
        if (match(c, FOI_VOCAB_MEASURE, noun, &m) && m.exact)
            return m.id;
    }
    return NULL;
}

/* Is the category found at text+to a part of the one that ended at
 * text+from: "sexual misconduct (including sexual assault and harassment)"?
 * *inside carries the open bracket from one call to the next. */
static int parts_of_before(const char *text, size_t from, size_t to, int *inside)
{
    if (to < from)
        return 0;
    size_t n = to - from;
    const char *gap = text + from;
    if (memchr(gap, ')', n)) {
        *inside = 0;
        return 0;
    }
    if (*inside)
        return 1;
    static const char *const opens[] = { "(including ", "(incl. ", "(incl ", "(such as ", "(e.g. ", "(eg ",
                                         "(for example ", "(which includes ", "(which include ", NULL };
    const char *b = memchr(gap, '(', n);
    if (!b)
        return 0;
    for (int i = 0; opens[i]; i++) {
        size_t k = strlen(opens[i]);
        if ((size_t)(text + to - b) >= k && !strncasecmp(b, opens[i], k)) {
            *inside = 1;
            return 1;
        }
    }
    return 0;
}

static void textdims_of(struct ectx *c, const char *text, struct textdims *td);

/* eng_textdims's memo: what a text says depends on the text and the
 * taxonomy alone, and its strings live in the document's arena. At most
 * TDMEMO_MAX texts a document. */
enum { TDMEMO_MAX = 4096 };

void eng_textdims(struct ectx *c, const char *text, struct textdims *td)
{
    if (!text || !*text || !c->tax) {
        memset(td, 0, sizeof *td);
        return;
    }
    uint32_t h = foi_memo_hash(text, strlen(text));
    const struct textdims *got = foi_smemo_get(&c->tdmemo, text, h);
    if (got) {
        *td = *got;
    } else {
        textdims_of(c, text, td);
        struct textdims *keep = foi_smemo_put(&c->tdmemo, &c->arena, text, h);
        if (keep)
            *keep = *td;
    }
    /* a heading "April 2026 onwards", which the document says is 1 April to
     * 30 November 2026 (asked after the memo: the definitions are read once
     * the request is known) */
    struct foi_period dp;
    if (!td->nperiods && (eng_label_period(c, text, &dp) || eng_relative_head(c, text, &dp))) {
        td->periods[0] = dp;
        td->period_texts[0] = text;
        td->nperiods = 1;
    }
    /* "Information for 1 April 2026 to date is withheld": from that day to
     * the day the data were extracted, else to the response's own date */
    for (int i = 0; i < td->nperiods; i++)
        if (td->periods[i].kind == FOI_PER_DAY && td->period_texts[i])
            eng_day_to_date(c, td->period_texts[i], &td->periods[i]);
}

static void textdims_of(struct ectx *c, const char *text, struct textdims *td)
{
    memset(td, 0, sizeof *td);
    /* the text folded once for the three vocabularies */
    struct foi_match mcat[32], msub[32], mmea[32];
    static const enum foi_vocab vis[3] = { FOI_VOCAB_CATEGORY, FOI_VOCAB_SUBJECT, FOI_VOCAB_MEASURE };
    struct foi_match *const mv[3] = { mcat, msub, mmea };
    int counts[3];
    foi_taxonomy_scan_each(c->tax, text, 3, vis, mv, 32, counts);
    struct foi_match *ms = mcat;
    /* categories */
    int n = counts[0];
    const char *ids[ENG_MAX_CATS];
    int part = 0;   /* inside "(including ...)" after a category */
    for (int i = 0; i < n; i++) {
        int dup = 0;
        if (!strcmp(ms[i].id, "other") && !ms[i].exact)
            continue;   /* "the other two" is no category */
        if (i > 0 && parts_of_before(text, ms[i - 1].at + ms[i - 1].len, ms[i].at, &part))
            continue;   /* "sexual misconduct (including sexual assault)": one category, its parts named */
        for (int j = 0; j < td->ncats; j++)
            if (!strcmp(ids[j], ms[i].id))
                dup = 1;
        if (dup || td->ncats >= ENG_MAX_CATS)
            continue;
        ids[td->ncats] = ms[i].id;
        td->cats[td->ncats++] = foi_arena_strndup(&c->arena, text + ms[i].at, ms[i].len);
    }
    if (td->ncats == 1)
        td->category = td->cats[0];
    /* subjects */
    ms = msub;
    n = counts[1];
    /* people said to be left out after their mention ("police officers;
     * police staff are not included") are not counted with those the text
     * keeps; when no other people are named the text is about them ("Police
     * staff are not included: allegations against staff are not held") */
    int off = 0, st = 0, both = 0, xoff = 0, xst = 0, xboth = 0;
    const char *only = NULL;   /* the people said to be the only ones ("for police officers only") */
    int nonly = 0;
    for (int i = 0; i < n; i++) {
        if (!plural_subject(text, &ms[i]) || rate_base(text, ms[i].at) || negated(text, ms[i].at) ||
            excluded(text, ms[i].at) || partitive(text, ms[i].at))
            continue;
        int left_out = excluded_after(text, ms[i].at + ms[i].len);
        if (!left_out && only_these(text, ms[i].at, ms[i].at + ms[i].len) && (!only || strcmp(only, ms[i].id))) {
            only = ms[i].id;
            nonly++;
        }
        if (!strcmp(ms[i].id, "officers")) *(left_out ? &xoff : &off) = 1;
        else if (!strcmp(ms[i].id, "staff")) *(left_out ? &xst : &st) = 1;
        else if (!strcmp(ms[i].id, "officers_and_staff")) *(left_out ? &xboth : &both) = 1;
    }
    if (!off && !st && !both) {
        off = xoff;
        st = xst;
        both = xboth;
        td->subject_left_out = off || st || both;
    }
    if (nonly == 1 && !says_not_held(text))
        td->subject = only;   /* "holds this for police officers only; staff complaints are handled by HR" */
    else if (both || (off && st))
        td->subject = "officers_and_staff";
    else if (off)
        td->subject = "officers";
    else if (st)
        td->subject = "staff";
    else if (all_subjects(text))
        td->subject = "officers_and_staff";
    else if (strlen(text) < 100)
        td->subject = filter_subject(c, text);   /* "Employee Type: Police Officer" */
    /* measures: one only, every mention agreeing; a negated one ("officers
     * (not allegations)", "cases rather than allegations") says what the
     * figures are not */
    ms = mmea;
    n = counts[2];
    const char *mid = NULL;
    int agree = 1;
    for (int i = 0; i < n; i++) {
        if (negated(text, ms[i].at) || referred_to(text, ms[i].at) || identified(text, ms[i].at))
            continue;
        const char *id = people_subject_to(text, ms[i].at) ? "individuals" : ms[i].id;
        if (mid && strcmp(mid, id))
            agree = 0;
        mid = id;
    }
    /* "Officers subject to an allegation": the singular the taxonomy does
     * not read alone in a text still says people are counted */
    for (const char *p = foi_strcasestr(text, "allegation"); p; p = foi_strcasestr(p + 10, "allegation")) {
        size_t at = (size_t)(p - text);
        if ((at && isalpha((unsigned char)text[at - 1])) || !people_subject_to(text, at))
            continue;
        if (mid && strcmp(mid, "individuals"))
            agree = 0;
        mid = "individuals";
    }
    if (mid && agree)
        td->measure = mid;
    else if (!mid)
        td->measure = report_of(c, text);
    /* periods */
    struct foi_period_ctx pc = {0};
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
    int np = foi_period_find_all(text, &pc, ps, at, len, ENG_MAX_PERIODS);
    for (int i = 0; i < np; i++) {
        if (!ps[i].resolved || legislation_year(text, at[i]))
            continue;
        int dup = 0;
        for (int j = 0; j < td->nperiods; j++)
            if (!foi_date_cmp(&td->periods[j].start, &ps[i].start) &&
                !foi_date_cmp(&td->periods[j].end, &ps[i].end))
                dup = 1;
        if (!dup && td->nperiods < ENG_MAX_PERIODS) {
            /* "2024/25 to date": the words saying it is a part stay with it;
             * "1 April 2026 to date" too (a day, the start of a stretch the
             * document's date ends: eng_textdims) */
            size_t ytd = ps[i].kind == FOI_PER_FY || ps[i].kind == FOI_PER_CALENDAR_YEAR ||
                         ps[i].kind == FOI_PER_DAY
                         ? eng_period_ytd_len(text, at[i] + len[i]) : 0;
            td->period_texts[td->nperiods] = foi_arena_strndup(&c->arena, text + at[i], len[i] + ytd);
            td->periods[td->nperiods++] = ps[i];
        }
    }
    /* a range and a year inside it ("financial year 2021/22 (1 April 2021 to
     * 31 March 2022)") are one period; a range containing others stays single
     * only when they are all equal, so keep as is. */
}

static void period_label_of(struct ectx *c, const struct foi_period *p, const char **label)
{
    char a[11], b[11];
    foi_date_iso(&p->start, a);
    foi_date_iso(&p->end, b);
    *label = foi_arena_printf(&c->arena, "%s to %s", a, b);
}

void dims_fill_text(struct dims *d, const struct textdims *td)
{
    if (!d->category && td->category)
        d->category = td->category;
    if (!d->subject && td->subject)
        d->subject = td->subject;
    if (!d->measure && td->measure)
        d->measure = td->measure;
    /* a single day ("extracted 16/11/2023", "Date: 21 April 2023") is when a
     * letter was written, not what a count covers */
    int pick = -1, n = 0;
    for (int i = 0; i < td->nperiods; i++)
        if (foi_date_cmp(&td->periods[i].start, &td->periods[i].end)) {
            pick = i;
            n++;
        }
    if (!d->has_period && n == 1) {
        d->period = td->periods[pick];
        d->has_period = 1;
        d->period_label = td->period_texts[pick];   /* as the document wrote it */
    }
}

int eng_value(struct ectx *c, const char *text, struct foi_value *v)
{
    int r = foi_value_parse(text, v);
    if (r == 0 && v->status == FOI_VS_SUPPRESSED) {
        if (!v->has_min && !v->has_max && c->supp_has) {
            v->min = c->supp_min;
            v->max = c->supp_max;
            v->has_min = v->has_max = 1;
        } else if (c->supp_has && v->has_min && v->has_max && v->max == c->supp_max && c->supp_min > v->min &&
                   c->supp_min <= c->supp_max) {
            /* "<5" where the document says what it hides ("Where a figure is
             * between 1 and 4 it is shown as <5"): the definition's range,
             * narrower than the notation's own 0..4 (decisions.md, "Marks
             * the document explains") */
            v->min = c->supp_min;
        }
        if (!v->exemption[0]) {
            const char *ex = c->supp_exemption[0] ? c->supp_exemption : c->doc_exemption;
            foi_strlcpy(v->exemption, sizeof v->exemption, ex);
        }
    }
    return r;
}

/* ------------------------------------------------ external context */
/* What a context file (or covering letter) says the document leaves unsaid
 * (doc->context), resolved once per document: canonical ids to compare with
 * what the document states, the text as written to fill with. */
struct ctxvals {
    const char *origin;
    const char *force;                      /* canonical id */
    const char *category, *measure, *subject;            /* as written */
    const char *category_id, *measure_id, *subject_id;   /* canonical */
    const char *period_text;
    struct foi_period period;
    int has_period;
    const char *date_basis, *request_ref;
};

enum {   /* context keys, for notes and conflicts (bits) */
    CX_FORCE = 1u << 0, CX_PERIOD = 1u << 1, CX_CATEGORY = 1u << 2, CX_MEASURE = 1u << 3,
    CX_SUBJECT = 1u << 4, CX_DATE_BASIS = 1u << 5, CX_REQUEST_REF = 1u << 6,
};
static const char *const cx_names[] = {
    "force", "period", "category", "measure", "subject", "date basis", "request reference"
};

static const char *norm_id(struct ectx *c, enum foi_vocab v, const char *label)
{
    if (!label || !*label || !c->tax)
        return NULL;
    if (foi_taxonomy_has(c->tax, v, label)) {
        for (int i = 0;; i++) {
            const char *id = foi_taxonomy_id_at(c->tax, v, i);
            if (!id || !strcmp(id, label))
                return id;
        }
    }
    struct label L;
    eng_classify(c, label, &L);
    return L.id[v];
}

static const struct ctxvals *ctx_values(struct ectx *c)
{
    const struct foi_doc_context *x = c->doc->context;
    if (!x)
        return NULL;
    if (c->cx)
        return c->cx;
    struct ctxvals *v = foi_arena_alloc(&c->arena, sizeof *v);
    if (!v) {
        c->rc = FOI_ENOMEM;
        return NULL;
    }
    memset(v, 0, sizeof *v);
    v->origin = x->origin && *x->origin ? x->origin : "context file";
    v->force = norm_id(c, FOI_VOCAB_FORCE, x->force);
    v->category = x->category && *x->category ? x->category : NULL;
    v->measure = x->measure && *x->measure ? x->measure : NULL;
    v->subject = x->subject && *x->subject ? x->subject : NULL;
    v->category_id = norm_id(c, FOI_VOCAB_CATEGORY, v->category);
    v->measure_id = norm_id(c, FOI_VOCAB_MEASURE, v->measure);
    v->subject_id = norm_id(c, FOI_VOCAB_SUBJECT, v->subject);
    if (x->period && *x->period) {
        struct foi_period_ctx pc = {0};
        v->period_text = x->period;
        v->has_period = foi_period_parse(x->period, &pc, &v->period) == 1 && v->period.resolved;
    }
    if (x->date_basis && (!strcmp(x->date_basis, "received") || !strcmp(x->date_basis, "finalised")))
        v->date_basis = x->date_basis;
    v->request_ref = x->request_ref && *x->request_ref ? x->request_ref : NULL;
    c->cx = v;
    return v;
}

/* The context file says one thing, the document another: the document wins,
 * and the journalist hears of it once per key. */
/* Two request references are one when their numbered words agree, in
 * order ("FOI 7931/24" on an annex, "7931/24" on its page). */
static int same_ref(const char *a, const char *b)
{
    const char *a0 = a, *b0 = b;
    for (int words = 0;; words++) {
        /* the next word holding a digit in each */
        const char *w[2] = { a, b };
        size_t wl[2] = { 0, 0 };
        for (int k = 0; k < 2; k++) {
            const char *p = w[k];
            for (;;) {
                while (*p && !isalnum((unsigned char)*p))
                    p++;
                const char *q = p;
                int digit = 0;
                while (isalnum((unsigned char)*q))
                    digit |= isdigit((unsigned char)*q++) != 0;
                if (!*p || digit) {
                    w[k] = p;
                    wl[k] = (size_t)(q - p);
                    break;
                }
                p = q;
            }
        }
        if (!wl[0] || !wl[1])
            return words || wl[0] || wl[1] ? wl[0] == wl[1] : !strcasecmp(a0, b0);
        if (wl[0] != wl[1] || strncasecmp(w[0], w[1], wl[0]))
            return 0;
        a = w[0] + wl[0];
        b = w[1] + wl[1];
    }
}

static void ctx_conflict(struct ectx *c, unsigned key, const char *said, const char *stated,
                         const char *locator)
{
    if ((c->cx_conflicts & key) || !c->out->issue)
        return;
    c->cx_conflicts |= key;
    int k = 0;
    while (!(key & (1u << k)))
        k++;
    char msg[512];
    snprintf(msg, sizeof msg, "the %s says %s '%.80s' but the document states '%.80s'; the document's value is used",
             c->cx->origin, cx_names[k], said, stated);
    c->out->issue(c->out, FOI_SEV_WARNING, "context_conflict", locator ? locator : "", msg);
}

/* Fill from the context what the figure leaves unsaid (bits of *used), and
 * check what it states against the context. */
static void ctx_apply(struct ectx *c, struct foi_figure *f, const struct dims *d, unsigned *used,
                      const char *locator)
{
    const struct ctxvals *x = ctx_values(c);
    if (!x)
        return;
    /* force: a row of a national table or the document's own letterhead wins;
     * the folder a file was filed in does not */
    const char *docf = d->force ? d->force : foi_doc_force(c->doc);
    if (x->force) {
        const char *stated = docf ? norm_id(c, FOI_VOCAB_FORCE, docf) : NULL;
        if (docf && (!stated || strcmp(stated, x->force)))
            ctx_conflict(c, CX_FORCE, c->doc->context->force, docf, locator);
        else if (!docf) {
            f->force = x->force;
            *used |= CX_FORCE;
        }
    }
    if (x->period_text) {
        if (f->period.resolved) {
            /* a finer period inside the context's (a month of its year) agrees */
            if (x->has_period && (foi_date_cmp(&f->period.start, &x->period.start) < 0 ||
                                  foi_date_cmp(&f->period.end, &x->period.end) > 0)) {
                char a[11], b[11], buf[32];
                foi_date_iso(&f->period.start, a);
                foi_date_iso(&f->period.end, b);
                snprintf(buf, sizeof buf, "%s..%s", a, b);
                ctx_conflict(c, CX_PERIOD, x->period_text, buf, locator);
            }
        } else if (!f->period_label || !*f->period_label) {
            /* a period the document writes but foi cannot read is still the
             * document's: it is reported, not replaced */
            f->period_label = x->period_text;
            if (x->has_period)
                f->period = x->period;
            *used |= CX_PERIOD;
        }
    }
    if (x->category) {
        if (f->category) {
            const char *id = norm_id(c, FOI_VOCAB_CATEGORY, f->category);
            if (!id || !x->category_id || strcmp(id, x->category_id))
                ctx_conflict(c, CX_CATEGORY, x->category, f->category, locator);
        } else {
            f->category = x->category;
            *used |= CX_CATEGORY;
        }
    }
    if (x->measure) {
        if (f->measure) {
            const char *id = norm_id(c, FOI_VOCAB_MEASURE, f->measure);
            if (!id || !x->measure_id || strcmp(id, x->measure_id))
                ctx_conflict(c, CX_MEASURE, x->measure, f->measure, locator);
        } else {
            f->measure = x->measure;
            *used |= CX_MEASURE;
        }
    }
    if (x->subject) {
        if (f->subject) {
            const char *id = norm_id(c, FOI_VOCAB_SUBJECT, f->subject);
            /* "for police officers and police staff" over a table with a
             * column for each: each column is a part of what the letter
             * covers, no conflict */
            int part = id && x->subject_id && !strcmp(x->subject_id, "officers_and_staff") &&
                       (!strcmp(id, "officers") || !strcmp(id, "staff"));
            if (!part && (!id || !x->subject_id || strcmp(id, x->subject_id)))
                ctx_conflict(c, CX_SUBJECT, x->subject, f->subject, locator);
        } else {
            f->subject = x->subject;
            *used |= CX_SUBJECT;
        }
    }
    if (x->date_basis) {
        if (f->date_basis && strcmp(f->date_basis, "unknown")) {
            if (strcmp(f->date_basis, x->date_basis))
                ctx_conflict(c, CX_DATE_BASIS, x->date_basis, f->date_basis, locator);
        } else {
            f->date_basis = x->date_basis;
            *used |= CX_DATE_BASIS;
        }
    }
    if (x->request_ref) {
        if (f->request_ref) {
            if (!same_ref(f->request_ref, x->request_ref))
                ctx_conflict(c, CX_REQUEST_REF, x->request_ref, f->request_ref, locator);
        } else {
            f->request_ref = x->request_ref;
            *used |= CX_REQUEST_REF;
        }
    }
}

/* "period and measure from context file kent/foi-context.txt" */
static const char *ctx_note(struct ectx *c, unsigned used)
{
    char buf[256];
    size_t n = 0;
    int k = 0, total = 0;
    for (int i = 0; i < 7; i++)
        total += (used >> i) & 1;
    buf[0] = '\0';
    for (int i = 0; i < 7; i++) {
        if (!(used & (1u << i)))
            continue;
        k++;
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", k == 1 ? "" : k == total ? " and " : ", ",
                              cx_names[i]);
        if (n >= sizeof buf)
            n = sizeof buf - 1;
    }
    return foi_arena_printf(&c->arena, "%s from %s", buf, c->cx->origin);
}

/* The figure's period is the one the quoted request gives (dims_fill_text
 * hands over the request's own text). */
static int period_from_request(const struct ectx *c, const struct dims *d)
{
    if (!d->has_period || !d->period_label)
        return 0;
    for (int i = 0; i < c->req.nperiods; i++)
        if (d->period_label == c->req.period_texts[i])
            return 1;
    return 0;
}

/* Whether a label the document gives maps to its vocabulary. */
static int known(struct ectx *c, enum foi_vocab v, const char *label)
{
    return norm_id(c, v, label) != NULL;
}

/* Confidence: the band says where the figure's dimensions came from
 * (docs/confidence.md); within the band, conf's shortfall from the parser's
 * base confidence (a figure read from prose, say) moves it down. */
static double banded(struct ectx *c, double conf, int inferred, int unknown)
{
    double top, low;
    if (unknown) {
        top = ENG_CONF_UNKNOWN_TOP;
        low = ENG_CONF_UNKNOWN_LOW;
    } else if (inferred) {
        top = ENG_CONF_INFERRED_TOP;
        low = ENG_CONF_INFERRED_LOW;
    } else if (c->o->force_id) {
        top = ENG_CONF_PLUGIN_TOP;
        low = ENG_CONF_PLUGIN_LOW;
    } else {
        top = ENG_CONF_GENERIC_TOP;
        low = ENG_CONF_GENERIC_LOW;
    }
    double shortfall = c->o->confidence - conf;
    if (shortfall < 0)
        shortfall = 0;
    double v = top - shortfall;
    return v < low ? low : v > top ? top : v;
}

/* A label of vocabulary v that no taxonomy maps but the document's own words
 * do (engine_lex.c): *id gets the id; the note says how it was read. */
static const char *doc_label(struct ectx *c, enum foi_vocab v, const char *label, const char **id)
{
    if (!label || !*label || *id)
        return NULL;
    struct label K;
    if (eng_lex_keyed(c, label, &K) && K.id[v]) {
        /* the document's key table defines it: before the taxonomy */
        *id = K.id[v];
        return foi_arena_printf(&c->arena, "'%.60s' read as %s: the document's key defines it as '%.80s'", label,
                                K.id[v], K.defined);
    }
    if (foi_norm_label_in(&c->nmemo, c->tax, v, label))
        return NULL;
    struct label L;
    eng_classify(c, label, &L);
    if (!L.id[v] || (!L.defined && !L.short_of && !L.rejoined))
        return NULL;
    *id = L.id[v];
    if (L.rejoined)
        return foi_arena_printf(&c->arena, "'%.60s' read as %s: its words broken across lines make '%.80s'", label,
                                L.id[v], L.rejoined);
    if (L.defined)
        return foi_arena_printf(&c->arena, "'%.60s' read as %s: the document defines it as '%.80s'", label, L.id[v],
                                L.defined);
    return foi_arena_printf(&c->arena, "'%.60s' read as %s: the document names '%.80s' in full", label, L.id[v],
                            L.short_of);
}

/* "'Sexual offences (sexual assault and sexual harassment)' counts
 * sexual_assault and sexual_harassment together: other" for a label joining
 * several categories into one figure, else NULL. */
static const char *joined_note(struct ectx *c, const char *label)
{
    const char *ids[8];
    int n = label ? foi_taxonomy_joined(c->tax, FOI_VOCAB_CATEGORY, label, ids, 8) : 0;
    if (n < 2)
        return NULL;
    const char *list = ids[0];
    for (int i = 1; i < n; i++)
        list = foi_arena_printf(&c->arena, "%s%s%s", list, i == n - 1 ? " and " : ", ", ids[i]);
    return foi_arena_printf(&c->arena, "'%.60s' counts %s together: other", label, list);
}

/* The page a PDF locator names ("page 3 table 1 row 2 col 4", "page 3
 * line 14"), 0 none. */
static int locator_page(const char *loc)
{
    if (!loc || strncmp(loc, "page ", 5))
        return 0;
    int n = 0;
    for (const char *p = loc + 5; *p >= '0' && *p <= '9' && n < 1000000; p++)
        n = n * 10 + (*p - '0');
    return n;
}

void eng_figure_finish(struct ectx *c, struct foi_figure *f, const struct dims *d, double conf,
                       const char *locator)
{
    /* what the document leaves unsaid: the context file, then the house style */
    int inferred = d->inferred || period_from_request(c, d);
    const char *notes[12];
    int nnotes = 0;
    /* read from the sender's OCR layer over a scan: it can misread digits */
    int pg = c->doc->ocr_pages ? locator_page(locator ? locator : f->locator) : 0;
    int ocr = pg >= 1 && pg <= c->doc->npages && c->doc->ocr_pages[pg - 1];
    if (ocr)
        notes[nnotes++] = "ocr";
    if (f->note && *f->note)
        notes[nnotes++] = f->note;
    if (d->note)
        notes[nnotes++] = d->note;
    /* "2024/25" that the document says is only April to September */
    const char *pnote;
    int unfinished = 0;
    if (f->period.resolved && eng_period_defined(c, f->period_label, &f->period, &pnote, 1)) {
        notes[nnotes++] = pnote;
        struct foi_period_ctx pc0 = {0};
        struct foi_period back;
        if (!f->period.resolved && foi_period_parse(f->period_label, &pc0, &back) == 1)
            /* "2024/25" asked "to date": the label must not read back as the year */
            f->period_label = foi_arena_printf(&c->arena, "%s (to date)", f->period_label);
    }
    /* a period not over on the date of the response: never that whole
     * period above 0.5 */
    if (f->period.resolved && (unfinished = eng_period_unfinished(c, &f->period, &pnote)) != 0)
        notes[nnotes++] = pnote;
    unfinished = unfinished == 2;
    if (!d->inferred && period_from_request(c, d))
        notes[nnotes++] = "period from the request";
    unsigned used = 0;
    ctx_apply(c, f, d, &used, locator);
    if (used) {
        inferred = 1;
        notes[nnotes++] = ctx_note(c, used);
    }
    /* several categories counted as one: "sexual offences" where a table of
     * the document labels it "Sexual offences (sexual assault and sexual
     * harassment)" is that label; the note says what it counts */
    const char *full = eng_lex_combined(c, f->category);
    if (full && strcmp(full, f->category)) {
        notes[nnotes++] = foi_arena_printf(&c->arena, "'%.60s' is the document's '%.80s'", f->category, full);
        f->category = full;
    }
    const char *joined = joined_note(c, f->category);
    if (joined)
        notes[nnotes++] = joined;
    /* a label no taxonomy knows that the document's own words explain */
    const char *lex_note = doc_label(c, FOI_VOCAB_CATEGORY, f->category, &f->category_id);
    if (lex_note)
        notes[nnotes++] = lex_note;
    lex_note = doc_label(c, FOI_VOCAB_OUTCOME, f->outcome, &f->outcome_id);
    if (lex_note)
        notes[nnotes++] = lex_note;
    if (!f->measure && c->o->default_measure) {
        f->measure = c->o->default_measure;
        inferred = 1;
    }
    if (!f->subject && c->o->default_subject) {
        f->subject = c->o->default_subject;
        inferred = 1;
    }
    f->note = NULL;
    for (int i = 0; i < nnotes; i++)
        f->note = i ? foi_arena_printf(&c->arena, "%s; %s", f->note, notes[i]) : notes[i];

    /* a dimension the document never says, or says in words foi does not know */
    int resolved = f->period.resolved;
    if (!resolved && f->period_label && *f->period_label) {
        struct foi_period_ctx pc = {0};
        struct foi_period p;
        resolved = foi_period_parse(f->period_label, &pc, &p) == 1 && p.resolved;
    }
    int unknown = !f->force || !known(c, FOI_VOCAB_FORCE, f->force) || !f->measure ||
                  !known(c, FOI_VOCAB_MEASURE, f->measure) || !resolved || !f->category ||
                  !known(c, FOI_VOCAB_CATEGORY, f->category) || !f->subject ||
                  !known(c, FOI_VOCAB_SUBJECT, f->subject) ||
                  (d->outcome && !known(c, FOI_VOCAB_OUTCOME, d->outcome));
    f->confidence = banded(c, conf, inferred, unknown);
    if (ocr && f->confidence > 0.5)
        f->confidence = 0.5;   /* SPEC: an OCR figure has confidence at most 0.5 */
    /* a table not divided by period read over the whole span of the
     * request's periods: the document never says the figure covers that
     * span (it may be one of the years, or the latest), so the guess is
     * kept below 0.5, never taken for a stated period */
    if (d->span_guess && f->confidence > ENG_CONF_SPAN_MAX)
        f->confidence = ENG_CONF_SPAN_MAX;
    if ((d->doubted || unfinished) && f->confidence > ENG_CONF_DOUBT_MAX)
        f->confidence = ENG_CONF_DOUBT_MAX;
}

/* The identity and value of a finished figure, canonical where the taxonomy
 * knows the labels. */
/* Decimal digits of x at p; past them. */
static char *put_ll(char *p, long long x)
{
    char d[24];
    int n = 0;
    unsigned long long u = x < 0 ? 0ull - (unsigned long long)x : (unsigned long long)x;
    do
        d[n++] = (char)('0' + (int)(u % 10));
    while (u /= 10);
    if (x < 0)
        *p++ = '-';
    while (n)
        *p++ = d[--n];
    return p;
}

/* snprintf(out, size, "%d|%lld|%d:%lld|%d:%lld|%s", status, value, has_min,
 * min, has_max, max, exemption) without printf: this runs on every figure */
static void said_value(char *out, size_t size, const struct foi_value *v)
{
    char b[160], *p = b;
    p = put_ll(p, (int)v->status);
    *p++ = '|';
    p = put_ll(p, (long long)v->value);
    *p++ = '|';
    p = put_ll(p, v->has_min);
    *p++ = ':';
    p = put_ll(p, (long long)v->min);
    *p++ = '|';
    p = put_ll(p, v->has_max);
    *p++ = ':';
    p = put_ll(p, (long long)v->max);
    *p++ = '|';
    size_t e = strnlen(v->exemption, sizeof v->exemption);
    memcpy(p, v->exemption, e);
    p += e;
    size_t n = (size_t)(p - b);
    if (n >= size)
        n = size - 1;
    memcpy(out, b, n);
    out[n] = 0;
}

static uint64_t said_hash(struct ectx *c, const struct foi_figure *f, const struct foi_value *v)
{
    uint64_t h = 1469598103934665603ull;
    const char *parts[8];
    const char *force = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_FORCE, f->force);
    /* read through the document's own words (engine_lex.c): before the taxonomy */
    const char *cat = f->category_id ? f->category_id : foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, f->category);
    const char *meas = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_MEASURE, f->measure);
    const char *subj = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, f->subject);
    const char *out = f->outcome_id ? f->outcome_id : foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_OUTCOME, f->outcome);
    char a[11] = "", b[11] = "", val[96];
    if (f->period.resolved) {
        foi_date_iso(&f->period.start, a);
        foi_date_iso(&f->period.end, b);
    }
    said_value(val, sizeof val, v);
    parts[0] = force ? force : f->force;
    parts[1] = f->period.resolved ? a : f->period_label;
    parts[2] = f->period.resolved ? b : "";
    parts[3] = cat ? cat : f->category;
    parts[4] = meas ? meas : f->measure;
    parts[5] = subj ? subj : "unknown";
    parts[6] = out ? out : f->outcome;
    parts[7] = val;
    for (int i = 0; i < 8; i++) {
        const char *s = parts[i] ? parts[i] : "";
        h = (h ^ foi_hash(s, strlen(s))) * 1099511628211ull;
        h = (h ^ 0xff) * 1099511628211ull;
    }
    return h ? h : 1;
}

/* 1 when the document has already given this very figure (same identity,
 * same value): a second table restating the first, a Total row repeating
 * another table's row. The first statement is kept (corpus README: a
 * figure stated more than once is one figure). */
static int said_before(struct ectx *c, uint64_t h)
{
    if (!c->said || (c->said_n + 1) * 2 > c->said_mask + 1) {
        size_t ncap = c->said ? (c->said_mask + 1) * 2 : 256;
        uint64_t *m = foi_calloc(ncap, sizeof *m);
        if (!m)
            return 0;   /* no memory to remember: emit (a duplicate beats a lost figure) */
        for (size_t i = 0; c->said && i <= c->said_mask; i++) {
            if (!c->said[i])
                continue;
            size_t k = c->said[i] & (ncap - 1);
            while (m[k])
                k = (k + 1) & (ncap - 1);
            m[k] = c->said[i];
        }
        foi_free(c->said);
        c->said = m;
        c->said_mask = ncap - 1;
    }
    size_t k = h & c->said_mask;
    for (; c->said[k]; k = (k + 1) & c->said_mask)
        if (c->said[k] == h)
            return 1;
    c->said[k] = h;
    c->said_n++;
    return 0;
}

int eng_emit(struct ectx *c, const struct dims *d, const char *value_text,
             const struct foi_value *v, const char *locator, const char *raw_text, double conf)
{
    if (c->rc)
        return c->rc;
    /* a number with no category, no period and no measure is no figure of
     * ours (a file count in a README, a page number): leave it out, unless
     * a table's structure says what it is */
    if (!d->structured && !d->category && !d->has_period && !d->measure && !d->period_label)
        return 0;
    struct foi_figure f;
    memset(&f, 0, sizeof f);
    f.force = d->force ? d->force : c->force;
    if (d->has_period) {
        f.period = d->period;
        f.period_label = d->period_label;
        if (!f.period_label)
            period_label_of(c, &d->period, &f.period_label);
    } else {
        f.period_label = d->period_label;
    }
    f.category = d->category;
    f.measure = d->measure;
    f.subject = d->subject;
    f.outcome = d->outcome ? d->outcome : "total";
    f.value = value_text;
    f.parsed = v;
    f.exemption = v ? v->exemption : NULL;
    f.locator = locator;
    f.raw_text = raw_text;
    f.request_ref = c->request_ref;
    f.date_basis = c->date_basis;
    eng_figure_finish(c, &f, d, conf, locator);
    struct foi_value pv;
    if (!v) {
        if (foi_value_parse(value_text ? value_text : "", &pv))
            memset(&pv, 0, sizeof pv);
        v = &pv;
    }
    if (said_before(c, said_hash(c, &f, v)))
        return 0;
    int r = c->out->emit(c->out, &f);
    if (r && !c->rc)
        c->rc = r;
    c->emitted++;
    return r;
}

/* ------------------------------------------------------ force clues */
struct fscore { const char *id; int score; };

static void add_score(struct fscore *fs, int *n, const char *id, int s)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp(fs[i].id, id)) {
            fs[i].score += s;
            return;
        }
    if (*n < 64) {
        fs[*n].id = id;
        fs[*n].score = s;
        (*n)++;
    }
}

static void score_text(const struct foi_taxonomy *tax, const char *t, int weight,
                       struct fscore *fs, int *n, struct foi_buf *lb)
{
    if (!t || !*t)
        return;
    const char *l = foi_ascii_lower(lb, t);
    if (!l)
        return;     /* out of memory: this line gives no clue */
    /* the ICO's address (Wilmslow, Cheshire) is in every UK FOI letter */
    if (strstr(l, "wilmslow") || strstr(l, "information commissioner"))
        return;
    struct foi_match ms[16];
    int k = foi_taxonomy_scan(tax, FOI_VOCAB_FORCE, t, ms, 16);
    for (int i = 0; i < k; i++) {
        int words = 1;
        for (size_t j = ms[i].at; j < ms[i].at + ms[i].len; j++)
            if (t[j] == ' ')
                words++;
        add_score(fs, n, ms[i].id, weight * (words > 1 ? 2 : 1));
    }
    if (strchr(t, '@') || strstr(l, "police.uk") || strstr(l, "www.")) {
        struct foi_match m;
        if (foi_taxonomy_force_clue(tax, t, &m) > 0)
            add_score(fs, n, m.id, 10);
    }
}

static const char *doc_force(const struct foi_doc *doc)
{
    struct fscore fs[64];
    int n = 0;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    score_text(doc->tax, doc->title, 3, fs, &n, &lb);
    for (int i = 0; i < doc->nlines; i++) {
        int edge = i < 25 || i >= doc->nlines - 25;
        score_text(doc->tax, doc->lines[i].text, edge ? 2 : 1, fs, &n, &lb);
    }
    foi_buf_release(&lb);
    int best = -1, second = 0;
    for (int i = 0; i < n; i++) {
        if (best < 0 || fs[i].score > fs[best].score) {
            if (best >= 0)
                second = fs[best].score;
            best = i;
        } else if (fs[i].score > second) {
            second = fs[i].score;
        }
    }
    if (best < 0 || fs[best].score < 2 || fs[best].score < 2 * second)
        return NULL;
    return fs[best].id;
}

const char *foi_doc_force(const struct foi_doc *doc)
{
    if (!doc->tax)
        return NULL;
    if (doc->force_memo.set && doc->force_memo.tax == doc->tax && doc->force_memo.nlines == doc->nlines)
        return doc->force_memo.force;
    /* the memo is not part of the document's meaning: parsers see it const */
    struct foi_doc *d = (struct foi_doc *)doc;
    d->force_memo.force = doc_force(doc);
    d->force_memo.tax = doc->tax;
    d->force_memo.nlines = doc->nlines;
    d->force_memo.set = 1;
    return d->force_memo.force;
}

static const char *folder_force(const struct foi_doc *doc)
{
    if (!doc->folder_hint || !doc->tax)
        return NULL;
    if (foi_taxonomy_has(doc->tax, FOI_VOCAB_FORCE, doc->folder_hint))
        return foi_taxonomy_id_at(doc->tax, FOI_VOCAB_FORCE, 0) ? doc->folder_hint : NULL;
    struct foi_match m;
    if (foi_taxonomy_match(doc->tax, FOI_VOCAB_FORCE, doc->folder_hint, &m) > 0 && m.exact)
        return m.id;
    return NULL;
}

int foi_doc_is_force(const struct foi_doc *doc, const char *force_id)
{
    const char *f = foi_doc_force(doc);
    if (f)
        return !strcmp(f, force_id);
    f = folder_force(doc);
    return f && !strcmp(f, force_id);
}

static void find_force(struct ectx *c)
{
    const char *docf = foi_doc_force(c->doc);
    const char *dirf = folder_force(c->doc);
    if (c->o->force_id)
        c->force = c->o->force_id;
    else
        c->force = docf ? docf : dirf;
    if (docf && dirf && strcmp(docf, dirf) && c->out->issue) {
        char msg[256];
        snprintf(msg, sizeof msg, "the folder says '%s' but the document names '%s'; using '%s'",
                 dirf, docf, c->force);
        c->out->issue(c->out, FOI_SEV_WARNING, "force_mismatch", "", msg);
    }
}

/* ------------------------------------------------------------- run */
int foi_engine_run(const struct foi_doc *doc, const struct foi_engine_opts *o,
                   struct foi_sink *out, struct foi_err *err)
{
    struct ectx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.tax = doc->tax;
    c.o = o;
    c.out = out;
    c.err = err;
    foi_arena_init(&c.arena, 0);
    foi_smemo_init(&c.memo, sizeof(struct label), 256, MEMO_MAX);
    eng_kmemo_init(&c);
    foi_smemo_init(&c.tdmemo, sizeof(struct textdims), 256, TDMEMO_MAX);
    find_force(&c);
    eng_letter_prepare(&c);     /* reference, request, answer, notes: engine_request.c */
    c.pdef_ready = 1;           /* the request known: the document's own definitions of a year */
    if (!c.rc && (o->what & FOI_ENG_TABLES))
        eng_tables(&c);
    if (!c.rc)
        eng_letter_read(&c);    /* lists, answers, prose, refusals: engine_letter.c */
    eng_letter_release(&c);
    int rc = c.rc;
    foi_smemo_release(&c.memo);
    foi_smemo_release(&c.kmemo);
    foi_smemo_release(&c.tdmemo);
    foi_norm_memo_free(c.nmemo);
    foi_free(c.said);
    foi_arena_release(&c.arena);
    if (rc)
        return foi_errf(err, rc, "", "%s", foi_strerror(rc));
    return 0;
}
