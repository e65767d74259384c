/* engine.c: the extraction engine's document context (force, reference, the
 * request quoted in the letter, footnotes defining suppressed cells, statements
 * of what the figures count), label classification and figure emission. Tables,
 * lists and prose are read in engine_table.c and engine_letter.c. */
#include "engine_ctx.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------- helpers */
const char *eng_strdup(struct ectx *c, const char *s)
{
    const char *d = s ? foi_arena_strdup(&c->arena, s) : NULL;
    if (s && !d && !c->rc)
        c->rc = FOI_ENOMEM;
    return d;
}

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

/* Headings after which a letter no longer gives figures (rights, review,
 * signature). Structural words of the letter, not vocabulary. */
int eng_is_stop_heading(const char *text)
{
    const char *t = skip_ws(text);
    static const char *const stops[] = {
        "complaint rights", "your rights", "right of appeal", "rights of appeal",
        "internal review", "yours sincerely", "yours faithfully", "reasons for decision",
        "advice and assistance", "information commissioner", NULL
    };
    for (int i = 0; stops[i]; i++)
        if (starts_ci(t, stops[i]))
            return 1;
    return 0;
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

/* The memo of eng_classify, open addressing; at most MEMO_MAX labels per
 * document (past that, labels are classified afresh). */
struct lmemo {
    const char *key;    /* NULL: empty */
    uint32_t hash;
    struct label L;
};
enum { MEMO_MAX = 8192 };

static int memo_grow(struct ectx *c)
{
    size_t ncap = c->memo ? (c->memo_mask + 1) * 2 : 256;
    struct lmemo *m = foi_calloc(ncap, sizeof *m);
    if (!m)
        return -1;
    for (size_t i = 0; c->memo && i <= c->memo_mask; i++) {
        if (!c->memo[i].key)
            continue;
        size_t k = c->memo[i].hash & (ncap - 1);
        while (m[k].key)
            k = (k + 1) & (ncap - 1);
        m[k] = c->memo[i];
    }
    foi_free(c->memo);
    c->memo = m;
    c->memo_mask = ncap - 1;
    return 0;
}

void eng_classify(struct ectx *c, const char *text, struct label *L)
{
    if (!text || !*text) {
        classify(c, text, L);
        return;
    }
    if ((!c->memo || (c->memo_n + 1) * 2 > c->memo_mask + 1) && c->memo_n < MEMO_MAX && memo_grow(c)) {
        classify(c, text, L);   /* no room for the memo: classify afresh */
        return;
    }
    uint32_t h = (uint32_t)foi_hash(text, strlen(text));
    size_t k = h & c->memo_mask;
    for (; c->memo[k].key; k = (k + 1) & c->memo_mask)
        if (c->memo[k].hash == h && !strcmp(c->memo[k].key, text)) {
            *L = c->memo[k].L;
            L->text = text;
            return;
        }
    classify(c, text, L);
    if (c->memo_n >= MEMO_MAX || (c->memo_n + 1) * 2 > c->memo_mask + 1)
        return;
    const char *key = foi_arena_strdup(&c->arena, text);
    if (!key)
        return;
    c->memo[k].key = key;
    c->memo[k].hash = h;
    c->memo[k].L = *L;
    c->memo_n++;
}

static void classify(struct ectx *c, const char *text, struct label *L)
{
    memset(L, 0, sizeof *L);
    L->text = text;
    L->primary = -1;
    if (!text || !*text)
        return;
    struct foi_period_ctx pc = {0};
    if (foi_period_parse(text, &pc, &L->period) == 1 && L->period.resolved) {
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
        int score = m.exact * 100000 + (int)m.len * 10 + (v == FOI_VOCAB_OUTCOME || v == FOI_VOCAB_CATEGORY);
        if (score > best) {
            best = score;
            L->primary = v;
        }
    }
    if (L->id[FOI_VOCAB_OUTCOME] && !strcmp(L->id[FOI_VOCAB_OUTCOME], "total") &&
        L->primary == FOI_VOCAB_OUTCOME)
        L->total = 1;
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
    if (p > text + m->at && (p[-1] == 's' || p[-1] == 'S'))
        return 1;
    /* "staff", "personnel", "workforce" are collective */
    if (p - (text + m->at) >= 5 && (starts_ci(p - 5, "staff") || starts_ci(p - 5, "ployee")))
        return 1;
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

void eng_textdims(struct ectx *c, const char *text, struct textdims *td)
{
    memset(td, 0, sizeof *td);
    if (!text || !*text || !c->tax)
        return;
    struct foi_match ms[32];
    /* categories */
    int n = foi_taxonomy_scan(c->tax, FOI_VOCAB_CATEGORY, text, ms, 32);
    const char *ids[ENG_MAX_CATS];
    for (int i = 0; i < n; i++) {
        int dup = 0;
        if (!strcmp(ms[i].id, "other") && !ms[i].exact)
            continue;   /* "the other two" is no category */
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
    n = foi_taxonomy_scan(c->tax, FOI_VOCAB_SUBJECT, text, ms, 32);
    int off = 0, st = 0, both = 0;
    for (int i = 0; i < n; i++) {
        if (!plural_subject(text, &ms[i]))
            continue;
        if (!strcmp(ms[i].id, "officers")) off = 1;
        else if (!strcmp(ms[i].id, "staff")) st = 1;
        else if (!strcmp(ms[i].id, "officers_and_staff")) both = 1;
    }
    if (both || (off && st))
        td->subject = "officers_and_staff";
    else if (off)
        td->subject = "officers";
    else if (st)
        td->subject = "staff";
    /* measures */
    n = foi_taxonomy_scan(c->tax, FOI_VOCAB_MEASURE, text, ms, 32);
    /* one measure only: every mention agrees */
    if (n > 0) {
        int agree = 1;
        for (int i = 1; i < n; i++)
            if (strcmp(ms[i].id, ms[0].id))
                agree = 0;
        if (agree)
            td->measure = ms[0].id;
    }
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
            td->period_texts[td->nperiods] = foi_arena_strndup(&c->arena, text + at[i], len[i]);
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
        }
        if (!v->exemption[0]) {
            const char *ex = c->supp_exemption[0] ? c->supp_exemption : c->doc_exemption;
            snprintf(v->exemption, sizeof v->exemption, "%s", ex);
        }
    }
    return r;
}

int eng_emit(struct ectx *c, const struct dims *d, const char *value_text,
             const struct foi_value *v, const char *locator, const char *raw_text, double conf)
{
    if (c->rc)
        return c->rc;
    /* a number with no category, no period and no measure is no figure of
     * ours (a file count in a README, a page number): leave it out */
    if (!d->category && !d->has_period && !d->measure && !d->period_label)
        return 0;
    /* prose beside tables: only what the tables do not already cover (a
     * nil stated for a category with no table); restatements are skipped */
    struct label cl;
    eng_classify(c, d->category, &cl);
    const char *cat = cl.id[FOI_VOCAB_CATEGORY];
    int seen = 0;
    for (int i = 0; cat && i < c->ntable_cats; i++)
        seen |= !strcmp(c->table_cats[i], cat);
    if (c->complement && (!cat || seen))
        return 0;
    if (!c->complement && cat && !seen && c->ntable_cats < (int)(sizeof c->table_cats / sizeof *c->table_cats))
        c->table_cats[c->ntable_cats++] = cat;
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
    f.confidence = conf;
    int r = c->out->emit(c->out, &f);
    if (r && !c->rc)
        c->rc = r;
    c->emitted++;
    return r;
}

/* ------------------------------------------------------------ context */
static pcre2_code *re_ref, *re_ref2;

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

static void find_ref(struct ectx *c)
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
}

static int is_request_heading(const struct foi_line *l)
{
    const char *t = skip_ws(l->text);
    if (starts_ci(t, "your request"))
        t += 12;
    else if (starts_ci(t, "request"))
        t += 7;
    else
        return 0;
    if (starts_ci(t, " for information"))
        t += 16;
    while (*t == ':' || *t == ' ')
        t++;
    return *t == '\0';
}

static int is_response_heading(const char *text)
{
    const char *t = skip_ws(text);
    return starts_ci(t, "response") || starts_ci(t, "our response");
}

static void find_request(struct ectx *c)
{
    const struct foi_doc *doc = c->doc;
    c->req_first = c->req_last = -1;
    int first = -1, last = -1;
    for (int i = 0; i < doc->nlines && first < 0; i++) {
        if (!is_request_heading(&doc->lines[i]))
            continue;
        int j = i + 1;
        while (j < doc->nlines && !doc->lines[j].text[0])
            j++;
        first = j;
        last = j - 1;
        for (; j < doc->nlines && j < first + 15; j++) {
            const struct foi_line *l = &doc->lines[j];
            if ((l->flags & FOI_LINE_HEADING) || is_response_heading(l->text))
                break;
            if (!l->text[0] && doc->format == FOI_FMT_TEXT && j + 1 < doc->nlines &&
                (doc->lines[j + 1].flags & FOI_LINE_HEADING))
                break;
            last = j;
        }
        while (last >= first && !doc->lines[last].text[0])
            last--;
    }
    if (first < 0 || last < first) {
        first = last = -1;
        for (int i = 0; i < doc->nlines && first < 0; i++) {
            /* "You\nasked:" may be wrapped over two lines */
            char two[512];
            snprintf(two, sizeof two, "%s %s", doc->lines[i].text,
                     i + 1 < doc->nlines ? skip_ws(doc->lines[i + 1].text) : "");
            if (!foi_strcasestr(two, "you asked") && !foi_strcasestr(two, "your request was"))
                continue;
            if (!foi_strcasestr(doc->lines[i].text, "you asked") &&
                !foi_strcasestr(doc->lines[i].text, "your request was"))
                i++;
            /* the quoted request starts here or on the next lines */
            for (int j = i; j < doc->nlines && j < i + 4; j++) {
                const char *q = strchr(doc->lines[j].text, '"');
                if (!q) q = strstr(doc->lines[j].text, "\xe2\x80\x9c");   /* “ */
                if (q) { first = j; break; }
            }
            if (first < 0)
                break;
            last = first;
            for (int j = first; j < doc->nlines && j < first + 15; j++) {
                const char *t = doc->lines[j].text;
                last = j;
                size_t n = strlen(t);
                int closes = (n && t[n - 1] == '"' && !(j == first && strchr(t, '"') == t + n - 1 && n > 1 && 0)) ||
                             (n >= 3 && !strcmp(t + n - 3, "\xe2\x80\x9d"));
                if (j == first) {
                    /* the opening quote's line closes the quote when it holds two */
                    const char *q1 = strchr(t, '"');
                    if (q1 && strchr(q1 + 1, '"'))
                        break;
                    if (strstr(t, "\xe2\x80\x9d"))
                        break;
                } else if (closes || !t[0]) {
                    if (!t[0]) last = j - 1;
                    break;
                }
            }
        }
    }
    if (first < 0)
        return;
    struct foi_buf b;
    foi_buf_init(&b, 1 << 16);
    for (int j = first; j <= last; j++) {
        if (b.len)
            foi_buf_addc(&b, ' ');
        foi_buf_adds(&b, skip_ws(c->doc->lines[j].text));
    }
    const char *req = b.data ? foi_arena_strdup(&c->arena, b.data) : NULL;
    foi_buf_release(&b);
    if (!req)
        return;
    c->req_first = first;
    c->req_last = last;
    eng_textdims(c, req, &c->req);
}

/* A statement of what the figures count, in line t (l: t lowered): from
 * "figures" and its verb (a few words may come between: "below", "in this
 * table") to the end of the sentence or a negation ("cases, not
 * allegations"). NULL when the line makes none. */
static const char *figures_statement(struct ectx *c, const char *t, const char *l)
{
    static const char *const verbs[] = { " are ", " show ", " relate ", NULL };
    for (const char *f = strstr(l, "figures"); f; f = strstr(f + 7, "figures")) {
        const char *stop = strchr(f, '.');
        const char *verb = NULL;
        for (int i = 0; verbs[i] && !verb; i++) {
            const char *v = strstr(f + 7, verbs[i]);
            if (v && v - (f + 7) <= 24 && (!stop || v < stop))
                verb = v;
        }
        if (!verb && (!strncmp(f + 7, " are", 4) || !strncmp(f + 7, " show", 5) || !strncmp(f + 7, " relate", 7)))
            verb = f + 7;
        if (!verb)
            continue;
        const char *end = stop ? stop : f + strlen(f);
        static const char *const neg[] = { ", not ", " not ", " rather than ", NULL };
        for (int i = 0; neg[i]; i++) {
            const char *n = strstr(verb, neg[i]);
            if (n && n < end)
                end = n;
        }
        return foi_arena_strndup(&c->arena, t + (f - l), (size_t)(end - f));
    }
    return NULL;
}

static void find_notes(struct ectx *c)
{
    const struct foi_doc *doc = c->doc;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    for (int i = 0; i < doc->nlines; i++) {
        const char *t = doc->lines[i].text;
        const char *s = skip_ws(t);
        /* the line lowered once, then searched for every phrase */
        const char *l = foi_ascii_lower(&lb, t);
        if (!l) {
            c->rc = FOI_ENOMEM;
            break;
        }
        /* exemptions the letter cites */
        if (!c->doc_exemption[0] && (strstr(l, "40(2)") || strstr(l, "section 40")))
            snprintf(c->doc_exemption, sizeof c->doc_exemption, "s40(2)");
        /* footnotes defining suppressed cells */
        int footish = (doc->lines[i].flags & FOI_LINE_FOOTNOTE) || *s == '*' ||
                      starts_ci(s, "\xe2\x80\xa0") || strstr(l, "asterisk") ||
                      strstr(l, "suppress") || strstr(l, "withheld");
        if (footish && !c->supp_has &&
            (strstr(l, "fewer than") || strstr(l, "less than") ||
             strstr(l, "between 1 and") || strstr(l, "under 5") ||
             strstr(l, "under five"))) {
            int64_t lo, hi;
            if (foi_value_suppressed_bounds(t, &lo, &hi) == 0) {
                c->supp_has = 1;
                c->supp_min = lo;
                c->supp_max = hi;
                if (strstr(l, "40(2)") || strstr(l, "section 40"))
                    snprintf(c->supp_exemption, sizeof c->supp_exemption, "s40(2)");
            }
        }
        /* "Figures are numbers of complaints", "The figures below are
         * therefore numbers of cases, not allegations" */
        if (!c->statement_measure) {
            const char *st = figures_statement(c, t, l);
            if (st) {
                struct textdims td;
                eng_textdims(c, st, &td);
                if (td.measure)
                    c->statement_measure = td.measure;
            }
        }
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
    foi_buf_release(&lb);
    if (!c->date_basis)
        c->date_basis = "unknown";
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
    find_force(&c);
    find_ref(&c);
    find_request(&c);
    find_notes(&c);
    long before = c.emitted;
    if (o->what & FOI_ENG_TABLES)
        eng_tables(&c);
    if (!c.rc && (o->what & FOI_ENG_BULLETS))
        eng_bullets(&c);
    if (!c.rc && (o->what & FOI_ENG_PROSE) && c.emitted == before) {
        eng_prose(&c);
    } else if (!c.rc && (o->what & FOI_ENG_PROSE) && doc->ntables) {
        /* figures came from tables: prose may still state what they do not
         * ("No allegations of sexual assault were recorded") */
        c.complement = 1;
        eng_prose(&c);
        c.complement = 0;
    }
    if (!c.rc && (o->what & FOI_ENG_REFUSAL) && c.emitted == before)
        eng_refusal(&c);
    int rc = c.rc;
    foi_free(c.memo);
    foi_arena_release(&c.arena);
    if (rc)
        return foi_errf(err, rc, "", "%s", foi_strerror(rc));
    return 0;
}
