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
    eng_letter_prepare(&c);     /* reference, request, answer, notes: engine_request.c */
    if (!c.rc && (o->what & FOI_ENG_TABLES))
        eng_tables(&c);
    if (!c.rc)
        eng_letter_read(&c);    /* lists, answers, prose, refusals: engine_letter.c */
    eng_letter_release(&c);
    int rc = c.rc;
    foi_free(c.memo);
    foi_arena_release(&c.arena);
    if (rc)
        return foi_errf(err, rc, "", "%s", foi_strerror(rc));
    return 0;
}
