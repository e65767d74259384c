/* engine_letter.c: the answer of a letter or disclosure page: bulleted lists
 * ("Dismissed – 2"), answers by question ("Q3 – 4" under the copied
 * questions), figures in prose (engine_prose.c), and what the force says
 * instead of a figure: a refusal under section 12 (whole or partial, with
 * figures given as a gesture of goodwill kept with a note), section 21
 * (published elsewhere), "not held", and "neither confirm nor deny" (NCND)
 * with its sections, each for the question, category or period it covers;
 * the attachment a covering letter names; and, for a document that is not
 * an FOI response at all, no figures from its prose. */
#include "engine_letter.h"
#include "../normalize/context.h"
#include "../normalize/figure.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ trace */
void eng_trace(struct ectx *c, const char *loc, const char *fmt, ...)
{
    struct foi_sink *s = c->lt && c->lt->real ? c->lt->real : c->out;
    if (!s || !s->trace)
        return;
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    s->trace(s, loc ? loc : "", msg);
}

static int tracing(const struct ectx *c)
{
    const struct foi_sink *s = c->lt && c->lt->real ? c->lt->real : c->out;
    return s && s->trace;
}

/* t with ASCII letters lowered, kept while the same text is asked about:
 * the phrase tests below run on one block after another */
static const char *low(struct ectx *c, const char *t)
{
    struct eng_letter *L = c->lt;
    if (L->low_src == t && L->low.data)
        return L->low.data;
    const char *l = foi_ascii_lower(&L->low, t);
    if (!l) {
        if (!c->rc)
            c->rc = FOI_ENOMEM;
        return "";
    }
    L->low_src = t;
    return l;
}

const char *eng_block_loc(struct ectx *c, int block)
{
    const struct eng_block *b = &c->lt->b[block];
    return foi_line_locator_in(&c->arena, c->doc, b->first);
}

/* ------------------------------------------------------------ what was emitted */
struct emitted {
    const char *cat, *out, *subj, *meas;
    const char *force;      /* whose figure: a table of several forces', another force's answer passed on */
    char start[11], end[11];
    const char *label;
    const char *plabel;     /* its period as the document wrote it */
    struct foi_value v;     /* the value, when the figure gave one parsed */
    int has_v;
    long pend;              /* its place among the letter's pending figures, -1 a table's */
    int dead;               /* replaced by a correction: no longer a figure the letter gives */
    uint64_t hash;          /* key_hash */
    long prev;              /* the entry before it in its hash chain, -1 none */
};

/* A figure of the letter, held until the reading ends. */
struct pending {
    struct foi_figure f;
    struct foi_value v;
    int dropped;            /* replaced by a correction later in the letter */
};

static void key_of(struct ectx *c, const struct foi_figure *f, struct emitted *e)
{
    memset(e, 0, sizeof *e);
    /* "SA", read through the document's own key (engine_lex.c): before the taxonomy */
    e->cat = f->category_id ? f->category_id : foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, f->category);
    e->out = f->outcome && f->outcome_id ? f->outcome_id
           : f->outcome ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_OUTCOME, f->outcome) : "total";
    e->subj = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, f->subject);
    e->meas = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_MEASURE, f->measure);
    e->force = f->force ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_FORCE, f->force) : NULL;
    if (!e->force)
        e->force = f->force;
    struct foi_period p = f->period;
    if (!p.resolved && f->period_label) {
        struct foi_period_ctx pc = {0};
        if (foi_period_parse(f->period_label, &pc, &p) != 1)
            p.resolved = 0;
    }
    e->plabel = f->period_label;
    if (p.resolved) {
        foi_date_iso(&p.start, e->start);
        foi_date_iso(&p.end, e->end);
    } else {
        e->label = f->period_label;
    }
    e->pend = -1;
    if (f->parsed) {
        e->v = *f->parsed;
        e->has_v = 1;
    }
}

static int same_cat(struct ectx *c, const char *a, const char *b)
{
    const char *x = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, a);
    const char *y = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, b);
    return x && y ? !strcmp(x, y) : !strcasecmp(a, b);
}

static int same_value(const struct emitted *a, const struct emitted *b)
{
    if (!a->has_v || !b->has_v)
        return 1;   /* a table's cell: the same identity is the same figure */
    const struct foi_value *x = &a->v, *y = &b->v;
    return x->status == y->status && x->has_value == y->has_value && (!x->has_value || x->value == y->value) &&
           x->has_min == y->has_min && (!x->has_min || x->min == y->min) && x->has_max == y->has_max &&
           (!x->has_max || x->max == y->max);
}

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && !strcmp(a, b));
}

static int key_eq(const struct emitted *a, const struct emitted *b)
{
    return same_str(a->cat, b->cat) && same_str(a->out, b->out) && same_str(a->subj, b->subj) &&
           same_str(a->meas, b->meas) && !strcmp(a->start, b->start) && !strcmp(a->end, b->end) &&
           same_str(a->label, b->label) && same_str(a->force, b->force);
}

/* A hash of what key_eq compares (a missing string apart from an empty one). */
static uint64_t key_field(uint64_t h, const char *s)
{
    if (!s)
        return (h ^ 0x1ff) * 1099511628211ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (h ^ 0xff) * 1099511628211ull;
}

static uint64_t key_hash(const struct emitted *e)
{
    uint64_t h = 1469598103934665603ull;
    h = key_field(h, e->cat);
    h = key_field(h, e->out);
    h = key_field(h, e->subj);
    h = key_field(h, e->meas);
    h = key_field(h, e->start);
    h = key_field(h, e->end);
    h = key_field(h, e->force);
    return key_field(h, e->label);
}

/* Entry i into the hash chains, the table doubled when half full; without
 * room the chains are dropped and already() looks through every entry. */
static void index_emitted(struct eng_letter *L, size_t i)
{
    if (!L->em_bucket && L->em_nbucket)
        return;   /* no room before: no index */
    if ((i + 1) * 2 > L->em_nbucket) {
        size_t nb = L->em_nbucket ? L->em_nbucket * 2 : 256;
        long *b = foi_malloc(nb * sizeof *b);
        foi_free(L->em_bucket);
        L->em_bucket = b;
        L->em_nbucket = nb;
        if (!b)
            return;
        for (size_t k = 0; k < nb; k++)
            b[k] = -1;
        for (size_t k = 0; k < i; k++) {   /* in order: each chain runs from its last entry back */
            size_t at = L->em[k].hash & (nb - 1);
            L->em[k].prev = b[at];
            b[at] = (long)k;
        }
    }
    size_t at = L->em[i].hash & (L->em_nbucket - 1);
    L->em[i].prev = L->em_bucket[at];
    L->em_bucket[at] = (long)i;
}

/* The figure e counts someone other than officers and staff together. */
static int apart(const struct emitted *e)
{
    return !e->subj || strcmp(e->subj, "officers_and_staff");
}

static int remember(struct ectx *c, const struct foi_figure *f)
{
    struct eng_letter *L = c->lt;
    if (L->nem == L->aem) {
        size_t na = L->aem ? L->aem * 2 : 64;
        struct emitted *e = foi_realloc(L->em, na * sizeof *e);
        if (!e)
            return FOI_ENOMEM;
        L->em = e;
        L->aem = na;
    }
    struct emitted *e = &L->em[L->nem];
    key_of(c, f, e);
    e->hash = key_hash(e);
    L->em_live++;
    L->em_apart += apart(e);
    index_emitted(L, L->nem++);
    return 0;
}

/* The figure already emitted with f's identity (its index: the first of
 * those not dead), or -1. */
static long already(struct ectx *c, const struct foi_figure *f)
{
    struct emitted k;
    key_of(c, f, &k);
    const struct eng_letter *L = c->lt;
    if (!L->em_bucket) {
        for (size_t i = 0; i < L->nem; i++)
            if (!L->em[i].dead && key_eq(&L->em[i], &k))
                return (long)i;
        return -1;
    }
    uint64_t h = key_hash(&k);
    long first = -1;   /* the chain runs from the last entry back: the first match is its last */
    for (long i = L->em_bucket[h & (L->em_nbucket - 1)]; i >= 0; i = L->em[i].prev)
        if (L->em[i].hash == h && !L->em[i].dead && key_eq(&L->em[i], &k))
            first = i;
    return first;
}

/* A refusal (or not held, or NCND) of a total for officers and staff
 * together where the document states that total for officers or for staff
 * (a table by employee group, the outcomes refused as a part of the
 * request): the refused row would contradict the stated figures. 1 if so. */
static int refusal_contradicts(struct ectx *c, const struct foi_figure *f)
{
    if (!f->parsed || (f->parsed->status != FOI_VS_REFUSED && f->parsed->status != FOI_VS_NOT_HELD &&
                       f->parsed->status != FOI_VS_NCND))
        return 0;
    struct emitted k;
    key_of(c, f, &k);
    if (!k.out || strcmp(k.out, "total") || !k.subj || strcmp(k.subj, "officers_and_staff") || !k.start[0])
        return 0;
    for (size_t i = 0; i < c->lt->nem; i++) {
        const struct emitted *e = &c->lt->em[i];
        if (e->dead || !e->subj || (strcmp(e->subj, "officers") && strcmp(e->subj, "staff")))
            continue;
        if (e->has_v && (e->v.status == FOI_VS_REFUSED || e->v.status == FOI_VS_NOT_HELD ||
                         e->v.status == FOI_VS_NCND))
            continue;
        if (same_str(e->cat, k.cat) && same_str(e->out, k.out) && same_str(e->meas, k.meas) &&
            !strcmp(e->start, k.start) && !strcmp(e->end, k.end))
            return 1;
    }
    return 0;
}

/* Does a table of the document give the count v as the total of period p
 * under a category other than cat ("Sexual offences (sexual assault and
 * sexual harassment)" 7 beside "Of the 7 allegations of sexual offences
 * ..., the outcomes were: ...") and never under cat? Then the two readings
 * of that count disagree on what it counts. */
int eng_letter_table_gives_other(struct ectx *c, const char *cat, const struct foi_period *p, long long v)
{
    if (!c->lt || !cat || !p->resolved)
        return 0;
    const char *k = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, cat);
    char a[11], b[11];
    foi_date_iso(&p->start, a);
    foi_date_iso(&p->end, b);
    int other = 0;
    for (size_t i = 0; i < c->lt->nem; i++) {
        const struct emitted *e = &c->lt->em[i];
        if (e->dead || e->pend != -1 || !e->has_v || !e->v.has_value || e->v.value != v ||
            e->v.status != FOI_VS_REPORTED || !e->out || strcmp(e->out, "total") || strcmp(e->start, a) ||
            strcmp(e->end, b) || !e->cat)
            continue;
        if (k ? strcmp(e->cat, k) : strcasecmp(e->cat, cat))
            other = 1;
        else
            return 0;   /* the table gives it under cat too ("Sexual assault 9", "Sexual harassment 9") */
    }
    return other;
}

/* Hold a letter figure until the reading ends (copied: its value lives in
 * the caller's frame). */
static int pend_add(struct ectx *c, const struct foi_figure *f)
{
    struct eng_letter *L = c->lt;
    if (L->npend == L->apend) {
        size_t na = L->apend ? L->apend * 2 : 32;
        struct pending *p = foi_realloc(L->pend, na * sizeof *p);
        if (!p)
            return FOI_ENOMEM;
        L->pend = p;
        L->apend = na;
    }
    struct pending *p = &L->pend[L->npend];
    memset(p, 0, sizeof *p);
    p->f = *f;
    if (f->parsed) {
        p->v = *f->parsed;
        p->f.parsed = NULL;   /* set again when sent: the array may move */
    }
    p->f.exemption = NULL;
    int rc = remember(c, f);
    if (rc)
        return rc;
    L->em[L->nem - 1].pend = (long)L->npend;
    L->npend++;
    return 0;
}

/* Send the letter's figures that no correction replaced. */
static void pend_flush(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    for (size_t i = 0; i < L->npend && !c->rc; i++) {
        struct pending *p = &L->pend[i];
        if (p->dropped)
            continue;
        p->f.parsed = &p->v;
        p->f.exemption = p->v.exemption;
        int r = L->real->emit(L->real, &p->f);
        if (r)
            c->rc = r;
    }
    L->npend = 0;
}

static void add_note(struct ectx *c, const char **note, const char *fmt, const char *a, const char *b);

/* The engine's sink: every figure (the tables' too, which eng_emit has
 * already given the document's context) is remembered, so prose restating a
 * figure adds nothing. */
static int wrap_emit(struct foi_sink *s, const struct foi_figure *f)
{
    struct ectx *c = s->ctx;
    int rc = remember(c, f);
    if (rc)
        return rc;
    return c->lt->real->emit(c->lt->real, f);
}

static void wrap_issue(struct foi_sink *s, enum foi_severity sev, const char *code, const char *loc,
                       const char *msg)
{
    struct ectx *c = s->ctx;
    if (c->lt->real->issue)
        c->lt->real->issue(c->lt->real, sev, code, loc, msg);
}

static void wrap_meta(struct foi_sink *s, const char *key, const char *value)
{
    struct ectx *c = s->ctx;
    if (c->lt->real->meta)
        c->lt->real->meta(c->lt->real, key, value);
}

static void wrap_trace(struct foi_sink *s, const char *loc, const char *msg)
{
    struct ectx *c = s->ctx;
    if (c->lt->real->trace)
        c->lt->real->trace(c->lt->real, loc, msg);
}

/* ------------------------------------------------------------ emit */
static const struct foi_doc_context *dctx(const struct ectx *c)
{
    return c->doc->context;
}

static void add_note(struct ectx *c, const char **note, const char *fmt, const char *a, const char *b)
{
    char one[300];
    snprintf(one, sizeof one, fmt, a ? a : "", b ? b : "");
    *note = *note && **note ? foi_arena_printf(&c->arena, "%s; %s", *note, one)
                            : foi_arena_strdup(&c->arena, one);
}

static int scope_sentence(struct ectx *c, const char *t, const char **subject);
static int label_only(struct ectx *c, const char *rest);
static void apply_scope(struct ectx *c, struct lrun *run, const char *text, const char *scope_subject);
static void other_requests(struct ectx *c);
static const char *first_sentence(struct ectx *c, const char *t);

/* "in each of those years", "in both years": a count said of each of the
 * periods named before it */
static int each_of_those(const char *raw)
{
    static const char *const cues[] = { "each of those years", "each of these years", "each of the two years",
                                        "each of those periods", "each of these periods", "in both years",
                                        "in both of those years", "in each year", NULL };
    for (int i = 0; cues[i]; i++)
        if (foi_strcasestr(raw, cues[i]))
            return 1;
    return 0;
}

/* "none in any of the three periods", "no allegations in any of the years
 * asked about": a nil said of every period the request names (as many as it
 * says). The count of periods the phrase gives (0: not said), or -1. */
static int any_of_the_periods(const char *raw, int *near)
{
    /* "in any of these periods": the periods the answer named just before
     * (*near set), not the request's */
    static const char *const cues[] = { "in any of the ", "during any of the ", "for any of the ",
                                        "in any of these ", "during any of these ", "for any of these ",
                                        "in any of those ", "during any of those ", "for any of those ", NULL };
    *near = 0;
    for (int i = 0; cues[i]; i++) {
        const char *p = foi_strcasestr(raw, cues[i]);
        if (!p)
            continue;
        p += strlen(cues[i]);
        static const char *const nums[] = { "two ", "three ", "four ", "five ", NULL };
        int n = 0;
        for (int k = 0; nums[k] && !n; k++)
            if (!strncasecmp(p, nums[k], strlen(nums[k]))) {
                n = k + 2;
                p += strlen(nums[k]);
            }
        if (!strncasecmp(p, "periods", 7) || !strncasecmp(p, "years", 5) || !strncasecmp(p, "financial years", 15)) {
            *near = i >= 3;
            return n;
        }
    }
    return -1;
}

/* The periods "these periods" points back to: those of the nearest
 * paragraph of the answer before the current one that names two or more
 * (ranges, not days: "Dorset Police has searched its records for the
 * financial years 2024/25 and 2025/26 and for 2026/27 up to 30 November
 * 2026."), up to the request; NULL when none does. */
static const struct textdims *periods_named_before(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    if (!L || L->cur_block < 0 || L->cur_block >= L->nb)
        return NULL;
    for (int i = L->cur_block - 1; i >= 0; i--) {
        const struct eng_block *b = &L->b[i];
        if (b->zone == ZN_REQUEST || b->zone == ZN_HEAD)
            return NULL;
        if (b->zone != ZN_RESPONSE || !b->text)
            continue;
        struct textdims *td = foi_arena_alloc(&c->arena, sizeof *td);
        if (!td) {
            c->rc = FOI_ENOMEM;
            return NULL;
        }
        eng_textdims(c, b->text, td);
        int n = 0;
        for (int k = 0; k < td->nperiods; k++)
            n += foi_date_cmp(&td->periods[k].start, &td->periods[k].end) != 0;
        if (n >= 2)
            return td;
        if (n)
            return NULL;   /* one period: not "these periods" */
    }
    return NULL;
}

/* "in any of the periods in Table 1", "in any of the years shown in Table
 * A1": the periods of that table's figures, when the document has a table
 * of that name that gave two or more; else NULL. */
static const struct textdims *any_periods_of_table(struct ectx *c, const char *raw)
{
    const char *p = raw ? foi_strcasestr(raw, "any of the ") : NULL;
    const char *tb = p ? foi_strcasestr(p, " table ") : NULL;
    if (!tb || !c->tab_periods || tb - p > 60)
        return NULL;
    tb += 7;
    size_t n = strspn(tb, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    const char *id = n && n <= 4 ? foi_arena_strndup(&c->arena, tb, n) : NULL;
    if (!id || !strpbrk(id, "0123456789"))
        return NULL;
    const struct textdims *found = NULL;
    for (int i = 0; i < c->doc->ntables; i++)
        if (eng_table_named(c->doc, &c->doc->tables[i], id) && c->tab_periods[i].nperiods >= 2) {
            if (found)
                return NULL;   /* two tables of that name: which is not said */
            found = &c->tab_periods[i];
        }
    return found;
}

/* "in any of the three periods" where the request names another number of
 * periods (its alternative scheme too) but the document's tables give
 * exactly that many, every table the same ones: those periods; else NULL
 * (a table of other periods, or none). */
static const struct textdims *any_periods_of_tables(struct ectx *c, int anyn)
{
    if (!c->tab_periods || anyn < 2)
        return NULL;
    const struct textdims *found = NULL;
    for (int i = 0; i < c->doc->ntables; i++) {
        const struct textdims *td = &c->tab_periods[i];
        if (!td->nperiods)
            continue;
        int distinct = 0;
        for (int a = 0; a < td->nperiods; a++) {
            if (!foi_date_cmp(&td->periods[a].start, &td->periods[a].end))
                return NULL;   /* a day: no period of counts */
            int dup = 0;
            for (int b = 0; b < a && !dup; b++)
                dup = !foi_date_cmp(&td->periods[a].start, &td->periods[b].start) &&
                      !foi_date_cmp(&td->periods[a].end, &td->periods[b].end);
            distinct += !dup;
        }
        if (distinct != anyn || distinct != td->nperiods)
            return NULL;
        if (found) {
            for (int a = 0; a < td->nperiods; a++) {
                int in = 0;
                for (int b = 0; b < found->nperiods && !in; b++)
                    in = !foi_date_cmp(&td->periods[a].start, &found->periods[b].start) &&
                         !foi_date_cmp(&td->periods[a].end, &found->periods[b].end);
                if (!in)
                    return NULL;
            }
        }
        found = td;
    }
    return found;
}

/* A count in prose that says nothing of whose allegations it counts, where
 * a table of the document has already given the same total (category,
 * period, measure and value) for one group of people: the sentence restates
 * that figure ("Of the ten allegations of sexual assault recorded in 2025,
 * ..." beside the table), so it counts the same people, and so do the
 * outcomes the same sentence gives of it. The people, else NULL. */
static const char *restated_subject(struct ectx *c, const struct lfig *f, const struct dims *d)
{
    struct eng_letter *L = c->lt;
    if (!f->raw || !d->category)
        return NULL;
    if (L->rs_raw && !strcmp(L->rs_raw, f->raw) && same_cat(c, L->rs_cat, d->category))
        return L->rs_subj;
    const char *out = d->outcome ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_OUTCOME, d->outcome) : "total";
    if (!out || strcmp(out, "total") || f->v.status != FOI_VS_REPORTED || !f->v.has_value ||
        (!d->has_period && !d->period_label))
        return NULL;
    struct foi_figure tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.category = d->category;
    tmp.measure = d->measure;
    tmp.outcome = "total";
    if (d->has_period)
        tmp.period = d->period;
    tmp.period_label = d->period_label;
    struct emitted k;
    key_of(c, &tmp, &k);
    const char *subj = NULL;
    for (size_t i = 0; i < L->nem; i++) {
        const struct emitted *e = &L->em[i];
        if (e->dead || e->pend >= 0 || !e->has_v || !e->subj || !same_str(e->cat, k.cat) ||
            !same_str(e->out, "total") || !same_str(e->meas, k.meas) || strcmp(e->start, k.start) ||
            strcmp(e->end, k.end) || !same_str(e->label, k.label))
            continue;
        if (e->v.status != FOI_VS_REPORTED || !e->v.has_value || e->v.value != f->v.value)
            continue;
        if (subj && strcmp(subj, e->subj))
            return NULL;   /* the same total for two groups: which one is not said */
        subj = e->subj;
    }
    if (subj) {
        L->rs_raw = f->raw;
        L->rs_cat = d->category;
        L->rs_subj = subj;
    }
    return subj;
}

/* Does every figure the answer has given (three or more) count officers and
 * staff together? */
static int answer_together(struct ectx *c)
{
    return c->lt && !c->lt->em_apart && c->lt->em_live >= 3;
}

/* A dot leader (four or more dots in a run, spaced or not: longer than an
 * ellipsis) after a word in s: "8 Dismissed ............ 0" names the label
 * of the value after the leader. */
static int leads_on(const char *s)
{
    int word = 0;
    for (const char *p = s; *p; p++) {
        if (isalpha((unsigned char)*p))
            word = 1;
        if (*p != '.' || !word)
            continue;
        if (foi_dot_leader_end(p))
            return 1;
        while (p[1] == '.' || (p[1] == ' ' && p[2] == '.'))
            p++;
    }
    return 0;
}

static int emitted_period(const struct emitted *e, struct foi_period *p);

/* Does the answer give figures of its own for each period of td (stated at
 * those figures: a table's columns, a sentence's own period; not the
 * request's periods handed on)? */
static int answer_gives_periods(struct ectx *c, const struct textdims *td)
{
    struct eng_letter *L = c->lt;
    int n = 0;
    for (int i = 0; i < td->nperiods; i++) {
        const struct foi_period *w = &td->periods[i];
        if (!foi_date_cmp(&w->start, &w->end))
            continue;
        int found = 0;
        for (size_t k = 0; k < L->nem && !found; k++) {
            struct foi_period q;
            if (emitted_period(&L->em[k], &q) || foi_date_cmp(&q.start, &w->start) ||
                foi_date_cmp(&q.end, &w->end))
                continue;
            int handed = 0;
            for (int r = 0; r < c->req.nperiods && !handed; r++)
                handed = L->em[k].plabel == c->req.period_texts[r];
            found = !handed;
        }
        if (!found)
            return 0;
        n++;
    }
    return n > 0;
}

/* "in each category and each period", "in every category and year": a
 * sentence saying its count of each category and each period alike */
static int each_category_and_period(const char *t)
{
    static const char *const cats[] = { "each category", "every category", "each of the categories",
                                        "all categories", NULL };
    static const char *const pers[] = { "each period", "every period", "each year", "every year",
                                        "each of the periods", "each of the years", "both periods", "both years",
                                        "and period", "and year", NULL };
    int a = 0, b = 0;
    for (int i = 0; cats[i] && !a; i++)
        a = foi_strcasestr(t, cats[i]) != NULL;
    for (int i = 0; pers[i] && !b; i++)
        b = foi_strcasestr(t, pers[i]) != NULL;
    return a && b;
}

static int emitted_periods(const struct eng_letter *L, struct foi_period *per, const char **lab);

/* f said of each category and each period of the tables' figures: one
 * figure of each, when f names its people, the tables count none of them
 * and count one measure (f's, when it names one). The figures emitted, or
 * -1 when the tables do not fit (f is then read as before). */
static int each_table_cell(struct ectx *c, struct lfig *f, const struct lrun *run, const char *what)
{
    struct eng_letter *L = c->lt;
    const char *loc = f->locator;
    const char *who = f->d.subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, f->d.subject) : NULL;
    const char *mine = f->d.measure ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_MEASURE, f->d.measure) : NULL;
    if (!who || !strcmp(who, "other"))
        return -1;
    const char *cats[ENG_MAX_CATS];
    int ncats = 0;
    const char *meas = NULL;
    for (size_t i = 0; i < L->nem; i++) {
        const struct emitted *e = &L->em[i];
        if (e->dead || e->pend != -1 || !e->cat)
            continue;
        if (e->subj && (!strcmp(e->subj, who) || !strcmp(e->subj, "officers_and_staff") ||
                        !strcmp(who, "officers_and_staff"))) {
            eng_trace(c, loc, "%s: said of each category and period, but the tables count those people", what);
            return -1;
        }
        if (!e->meas || (meas && strcmp(meas, e->meas)))
            return -1;
        meas = e->meas;
        if (!strcmp(e->cat, "other"))
            return -1;   /* a category the tables leave raw: not one to name again */
        int dup = 0;
        for (int k = 0; k < ncats && !dup; k++)
            dup = !strcmp(cats[k], e->cat);
        if (!dup) {
            if (ncats >= ENG_MAX_CATS)
                return -1;
            cats[ncats++] = e->cat;
        }
    }
    if (!ncats || !meas || (mine && strcmp(mine, meas)))
        return -1;
    struct foi_period per[ENG_MAX_PERIODS];
    const char *lab[ENG_MAX_PERIODS];
    int np = emitted_periods(L, per, lab);
    if (np <= 0)
        return -1;
    int n = 0;
    for (int p = 0; p < np && !c->rc; p++)
        for (int k = 0; k < ncats && !c->rc; k++) {
            struct lfig g = *f;
            g.d.category = foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, cats[k]);
            if (!g.d.measure)
                g.d.measure = foi_taxonomy_name(c->tax, FOI_VOCAB_MEASURE, meas);
            g.d.period = per[p];
            g.d.period_label = lab[p];
            g.d.has_period = 1;
            const char *why = "said of each category and each period of the tables";
            g.note = g.note ? foi_arena_printf(&c->arena, "%s; %s", g.note, why) : why;
            n += eng_letter_emit(c, &g, run, what) > 0;
        }
    return n;
}

/* The force whose words the block being read are: another force's answer
 * passed on below the reply is that force's (c->fwd_force), every other
 * block the document's. */
const char *eng_block_force(const struct ectx *c)
{
    const struct eng_letter *L = c->lt;
    if (c->fwd_force && L && L->cur_block >= 0 && L->cur_block < L->nb &&
        L->b[L->cur_block].first >= c->fwd_first && L->b[L->cur_block].first <= c->fwd_last)
        return c->fwd_force;
    return c->force;
}

int eng_letter_emit(struct ectx *c, struct lfig *f, const struct lrun *run, const char *what)
{
    struct eng_letter *L = c->lt;
    struct dims *d = &f->d;
    const char *loc = f->locator;
    /* "Allegations recorded ........ 8 Dismissed ........ 0" (a list of
     * 'label ..... value' lines run together): the words after the number
     * lead to their own value, so they are not this number's */
    if (f->raw && isdigit((unsigned char)*f->raw) && leads_on(f->raw)) {
        eng_trace(c, loc, "%s not a figure: the words after it lead on to a value of their own (a dot "
                          "leader: 'Dismissed ..... 4')", what);
        return 0;
    }
    /* "none in any of the three periods": a nil for each period asked about */
    int near = 0;
    int anyn = !d->has_period && !d->period_label && f->raw && f->v.status == FOI_VS_REPORTED &&
               f->v.has_value && f->v.value == 0 ? any_of_the_periods(f->raw, &near) : -1;
    /* "in any of the periods in Table 1": the periods of that table's
     * figures; "in any of these periods": those the answer named just
     * before; else those the request names (a day, such as the date of the
     * request, is no period of counts) */
    const struct textdims *anyp = anyn >= 0 ? any_periods_of_table(c, f->raw) : NULL;
    int own = 0;
    if (!anyp && anyn >= 0 && near && (anyp = periods_named_before(c)) != NULL)
        own = 1;
    if (!anyp && anyn >= 2) {
        /* "in any of the three periods", the request naming six (its
         * alternative's too), the tables giving three: the tables' */
        int reqn = 0;
        for (int i = 0; i < c->req.nperiods; i++)
            reqn += foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end) != 0;
        if (reqn != anyn && (anyp = any_periods_of_tables(c, anyn)) != NULL)
            own = 1;
    }
    if (!anyp)
        anyp = &c->req;
    int anyc = 0;
    for (int i = 0; anyn >= 0 && i < anyp->nperiods; i++)
        anyc += foi_date_cmp(&anyp->periods[i].start, &anyp->periods[i].end) != 0;
    if (anyn >= 0 && anyc >= 2 && (anyn == 0 || anyn == anyc)) {
        /* the sentence states its nil of each period, as a count stated
         * there would be, where it says how many periods it means and the
         * request names that many ("in any of the four periods"), or where
         * the answer's own figures give each of them ("in any of the
         * periods" beside tables of those periods): those periods are the
         * sentence's, not the request's handed on (engine.c) */
        int stated = own || (anyp == &c->req && (anyn == anyc || answer_gives_periods(c, anyp)));
        int n = 0;
        for (int i = 0; i < anyp->nperiods && !c->rc; i++) {
            if (!foi_date_cmp(&anyp->periods[i].start, &anyp->periods[i].end))
                continue;
            struct lfig g = *f;
            g.d.period = anyp->periods[i];
            g.d.period_label = anyp->period_texts[i];
            if (stated && !(g.d.period_label = foi_arena_strdup(&c->arena, anyp->period_texts[i]))) {
                c->rc = FOI_ENOMEM;
                return n;
            }
            g.d.has_period = 1;
            n += eng_letter_emit(c, &g, run, what) > 0;
        }
        return n;
    }
    if (anyn >= 0) {
        eng_trace(c, loc, "%s not a figure: 'any of the' periods, and the request names %d", what, c->req.nperiods);
        return 0;
    }
    /* "In the calendar year 2024 ... In 2025 ... none of abuse of position
     * in either year": a nil of each of the two periods its paragraph named
     * before it */
    if (!d->has_period && !d->period_label && f->raw && f->v.status == FOI_VS_REPORTED && f->v.has_value &&
        f->v.value == 0 && L->cur_block >= 0 && L->cur_block < L->nb &&
        (foi_strcasestr(f->raw, "in either year") || foi_strcasestr(f->raw, "in both years") ||
         foi_strcasestr(f->raw, "in either of those years") || foi_strcasestr(f->raw, "in each of those years"))) {
        const char *bt = L->b[L->cur_block].text;
        size_t rl = strlen(f->raw) < 24 ? strlen(f->raw) : 24;
        const char *at = NULL;
        for (const char *p = bt; (p = strchr(p, f->raw[0])) != NULL; p++)
            if (!strncmp(p, f->raw, rl))
                at = p;
        struct textdims bd;
        const char *before = at ? foi_arena_strndup(&c->arena, bt, (size_t)(at - bt)) : NULL;
        if (before)
            eng_textdims(c, before, &bd);
        int two[2], nt = 0;
        for (int i = 0; before && i < bd.nperiods; i++) {
            if (!foi_date_cmp(&bd.periods[i].start, &bd.periods[i].end))
                continue;
            int dup = 0;
            for (int k = 0; k < nt; k++)
                dup |= !foi_date_cmp(&bd.periods[two[k]].start, &bd.periods[i].start) &&
                       !foi_date_cmp(&bd.periods[two[k]].end, &bd.periods[i].end);
            if (!dup && nt < 2)
                two[nt++] = i;
            else if (!dup)
                nt = 3;
        }
        if (nt != 2) {
            eng_trace(c, loc, "%s not a figure: 'either year', and its paragraph names %d periods before it", what,
                      nt);
            return 0;
        }
        int n = 0;
        for (int k = 0; k < 2 && !c->rc; k++) {
            struct lfig g = *f;
            g.d.period = bd.periods[two[k]];
            g.d.period_label = bd.period_texts[two[k]];
            g.d.has_period = 1;
            n += eng_letter_emit(c, &g, run, what) > 0;
        }
        return n;
    }
    /* "Police staff: in each category and each period the number of
     * allegations against police staff is fewer than five": a count said
     * of every category and every period of the tables, for people no
     * figure of the tables counts; one figure of each (round 46b, blind46
     * Dyfed-Powys) */
    if (!d->category && !d->has_period && !d->period_label && L->cur_block >= 0 && L->cur_block < L->nb &&
        each_category_and_period(L->b[L->cur_block].text)) {
        int n = each_table_cell(c, f, run, what);
        if (n >= 0)
            return n;
    }
    const struct eng_question *q = run && run->q >= 0 && run->q < L->nq ? &L->q[run->q] : NULL;
    /* the running context: a heading, an earlier sentence */
    if (run && run->period_unknown && !d->has_period && !d->period_label) {
        eng_trace(c, loc, "%s not a figure: the period carried from before is not its sentence's (a count "
                  "there clashed with one taken for it)", what);
        return 0;
    }
    if (run) {
        if (!d->category) d->category = run->category;
        /* a subject said of one category is not another's */
        if (!d->subject && !(run->subject_cat && d->category && !same_cat(c, run->subject_cat, d->category)))
            d->subject = run->subject;
        else if (!d->subject)
            d->subject = run->section_subject;   /* the people of the whole section, said before */
        if (!d->measure) d->measure = run->measure;
        if (!d->has_period && !d->period_label && run->has_period) {
            d->period = run->period;
            d->period_label = run->period_label;
            d->has_period = 1;
        }
    }
    /* the question answered */
    if (q && q->point && !d->has_period && !d->period_label) {
        eng_trace(c, loc, "%s not a figure: question %s asks about a moment ('%s'), not a period", what, q->id,
                  q->point);
        return 0;
    }
    if (q) {
        if (!d->category && q->td.ncats > 1) {
            eng_trace(c, loc, "%s not a figure: question %s asks about several categories", what, q->id);
            return 0;
        }
        dims_fill_text(d, &q->td);
    }
    /* "Request 1: How many officers were dismissed in 2024?" answered
     * before the request for these figures: no category of its own is the
     * later request's */
    if (!d->category && L->other_req && L->cur_block >= 0 && L->cur_block < L->nb && L->other_req[L->cur_block]) {
        eng_trace(c, loc, "%s not a figure: it answers an earlier request that names none of the categories", what);
        return 0;
    }
    /* the request */
    if (!d->category && c->req.ncats > 1) {
        eng_trace(c, loc, "%s not a figure: no category, and the request names several", what);
        return 0;
    }
    dims_fill_text(d, &c->req);
    const char *note = f->note;
    /* what the document leaves unsaid, from a context file or covering letter */
    const struct foi_doc_context *x = dctx(c);
    /* the document's external context fills the rest where the figure is
     * emitted (eng_figure_finish); its category counts for the check here */
    if (!d->category && !(x && x->category)) {
        eng_trace(c, loc, "%s not a figure: nothing says which category it counts", what);
        return 0;
    }
    if (!d->has_period && !d->period_label && run && run->nlead > 1 && f->raw && each_of_those(f->raw)) {
        /* "For 2021/22 and 2022/23 ...:" / "sexual harassment: more than 20
         * allegations in each of those years": the count for each of them */
        int n = 0;
        for (int i = 0; i < run->nlead && !c->rc; i++) {
            struct lfig g = *f;
            g.d.period = run->lead[i];
            g.d.period_label = run->lead_label[i];
            g.d.has_period = 1;
            n += eng_letter_emit(c, &g, run, what) > 0;
        }
        return n;
    }
    if (!d->has_period && !d->period_label) {
        int nper = 0;
        for (int i = 0; i < c->req.nperiods; i++)
            nper += foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end) != 0;
        if (nper > 1) {
            eng_trace(c, loc, "%s not a figure: the request names several periods and nothing says which", what);
            return 0;
        }
    }
    /* "The table below shows the number of allegations" says what that
     * table counts, not what another question's answer counts: a figure
     * read as counting what its own question asks ("misconduct hearings")
     * keeps that measure */
    int own_question = q && q->td.measure && d->measure &&
                       same_str(foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_MEASURE, q->td.measure),
                                foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_MEASURE, d->measure));
    if (c->statement_measure && !own_question && !(d->measure && !strcmp(d->measure, "individuals") && d->subject))
        d->measure = c->statement_measure;
    if (!d->measure && !(x && x->measure)) d->measure = c->o->default_measure;
    if (!d->subject && !(x && x->subject) && !c->o->default_subject && answer_together(c)) {
        /* every figure the answer gave so far counts officers and staff
         * together ("The table gives allegations made against police
         * officers and police staff together"), none one group: a list
         * saying no people of its own counts them together too */
        d->subject = "officers_and_staff";
        f->d.inferred = 1;
        add_note(c, &note, "officers and staff together, as every other figure of the answer%s%s", NULL, NULL);
    }
    if (!d->subject && !(x && x->subject)) d->subject = c->o->default_subject;
    if (!d->subject && !(x && x->subject) && (d->subject = restated_subject(c, f, d)) != NULL)
        add_note(c, &note, "the people of the table's figure it restates%s%s", NULL, NULL);
    if (run && run->goodwill && f->v.status != FOI_VS_REFUSED && f->v.status != FOI_VS_NCND &&
        f->v.status != FOI_VS_NOT_HELD)
        add_note(c, &note, "supplied as a gesture of goodwill beyond the section 12 cost limit; "
                           "may be incomplete%s%s", NULL, NULL);

    struct foi_figure fig;
    memset(&fig, 0, sizeof fig);
    fig.force = d->force ? d->force : eng_block_force(c);   /* another force's answer passed on: its own */
    if (d->has_period) {
        fig.period = d->period;
        fig.period_label = d->period_label;
        if (!fig.period_label) {
            char a[11], b[11];
            foi_date_iso(&d->period.start, a);
            foi_date_iso(&d->period.end, b);
            fig.period_label = foi_arena_printf(&c->arena, "%s to %s", a, b);
        }
    } else {
        fig.period_label = d->period_label;
    }
    fig.category = d->category;
    fig.measure = d->measure;
    fig.subject = d->subject;
    fig.outcome = d->outcome ? d->outcome : "total";
    fig.value = f->value_text;
    fig.parsed = &f->v;
    fig.exemption = f->v.exemption;
    fig.locator = loc;
    fig.raw_text = f->raw;
    fig.request_ref = c->request_ref;
    fig.date_basis = c->date_basis;
    fig.note = note;
    eng_figure_finish(c, &fig, d, f->conf < 0.05 ? 0.05 : f->conf, loc);
    /* nothing says when: not a row anyone can compare */
    if (!fig.period.resolved && !(fig.period_label && *fig.period_label)) {
        eng_trace(c, loc, "%s not a figure: nothing says which period it covers", what);
        return 0;
    }
    if (refusal_contradicts(c, &fig)) {
        eng_trace(c, loc, "%s not taken: the document states that total for officers or staff", what);
        return 0;
    }
    long prev = already(c, &fig);
    if (prev >= 0) {
        struct emitted k;
        key_of(c, &fig, &k);
        struct emitted *e = &L->em[prev];
        /* "The correct figure for sexual harassment is therefore 19": a
         * correction replaces the letter's own earlier figure */
        /* "the figure of 7 given above ... should read 8" where the figure
         * taken is not 7: which figure it corrects is in doubt; the one
         * taken is kept below 0.5, with an issue */
        if (f->corrects && f->corrects_from && e->has_v && e->v.has_value &&
            (long long)e->v.value != f->corrects_from - 1 && e->pend >= 0 && !L->pend[e->pend].dropped) {
            struct pending *pp = &L->pend[e->pend];
            if (pp->f.confidence > 0.4)
                pp->f.confidence = 0.4;
            add_note(c, &pp->f.note, "a correction (%s) names another value than this figure's (%s)", loc,
                     f->value_text);
            if (L->real->issue)
                L->real->issue(L->real, FOI_SEV_WARNING, "correction_unmatched", loc,
                               "a correction names a value the letter did not give for that figure");
            eng_trace(c, loc, "%s not taken: the correction names another value than the figure taken at %s", what,
                      pp->f.locator ? pp->f.locator : "?");
            return 0;
        }
        if (f->corrects && !same_value(e, &k) && e->pend >= 0 && !L->pend[e->pend].dropped) {
            L->pend[e->pend].dropped = 1;
            e->dead = 1;
            L->em_live--;
            L->em_apart -= apart(e);
            eng_trace(c, loc, "%s corrects the figure taken at %s, which is left out", what,
                      L->pend[e->pend].f.locator ? L->pend[e->pend].f.locator : "?");
        } else {
            int same = same_value(e, &k);
            eng_trace(c, loc, same ? "%s not taken again: the same figure was already taken"
                                   : "%s not taken: a figure for the same thing was already taken",
                      what);
            if (!same)
                L->emit_clash = 1;
            return same ? 2 : 0;
        }
    }
    if (tracing(c)) {
        const char *cat = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, fig.category);
        const char *out = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_OUTCOME, fig.outcome);
        eng_trace(c, loc, "%s taken: %s, %s, %s%s%s", what, cat ? cat : fig.category, out ? out : fig.outcome,
                  foi_vstatus_name(f->v.status), fig.period_label ? ", " : "",
                  fig.period_label ? fig.period_label : "");
    }
    int r = pend_add(c, &fig);
    if (r && !c->rc)
        c->rc = r;
    c->emitted++;
    L->figures++;
    return r ? -1 : 1;
}

/* ------------------------------------------------------------ running context */
/* heading: 0 a sentence, 1 a line read like a heading (a lead-in, a scope
 * sentence), 2 a heading line of the document (only that heads a section) */
static void run_from_text(struct ectx *c, struct lrun *run, const char *text, int heading)
{
    struct textdims td;
    eng_textdims(c, text, &td);
    int newsec = 0;
    if (td.category) {
        /* another category: a subject said of the category before ends, one
         * said of the section ("Police officers" over its categories) goes on */
        newsec = (!run->category || strcmp(run->category, td.category)) && run->subject_cat;
        run->category = td.category;
        run->from = heading ? "a heading" : "a paragraph";
    }
    struct foi_period p;
    const char *plabel;
    if (heading && td.nperiods) {
        /* the several periods it names, for a count "in each of those years"
         * (a label naming none, "sexual harassment:", keeps them) */
        int n = 0;
        for (int i = 0; i < td.nperiods && n < ENG_MAX_PERIODS; i++)
            if (foi_date_cmp(&td.periods[i].start, &td.periods[i].end)) {
                run->lead[n] = td.periods[i];
                run->lead_label[n++] = td.period_texts[i];
            }
        run->nlead = n > 1 ? n : 0;
        if (n > 1 && run->has_period) {
            /* the period before it no longer applies */
            run->has_period = 0;
            newsec = 1;
        }
    }
    if (heading && eng_text_period(c, text, &p, &plabel)) {
        if (!run->has_period || foi_date_cmp(&run->period.start, &p.start) ||
            foi_date_cmp(&run->period.end, &p.end))
            newsec = 1;
        run->period = p;
        run->period_label = plabel;
        run->period_unknown = 0;
        run->has_period = 1;
    }
    if (td.measure && (heading || td.ncats))
        run->measure = td.measure;
    /* "Police staff are not included.": whom the figures leave out, not
     * whom they count */
    if (td.subject && !td.subject_left_out) {
        run->subject = td.subject;
        run->subject_cat = heading ? NULL : td.category;
    } else if (newsec) {
        /* a subject said with the period or category before ends; a heading
         * that is a subject of its own ("Police officers") goes on over the
         * lead-ins under it ("Of the allegations recorded in 2024:") */
        run->subject = run->section_subject;
        run->subject_cat = NULL;
    }
    /* a heading that is exactly a subject ("Police staff") */
    if (heading || strlen(text) < 40) {
        struct label Lb;
        eng_classify(c, text, &Lb);
        if (Lb.primary == FOI_VOCAB_SUBJECT && Lb.exact[FOI_VOCAB_SUBJECT]) {
            run->subject = Lb.text;
            run->subject_cat = NULL;
            if (heading == 2)
                run->section_subject = Lb.text;
        }
    }
}

/* Answering question k: what the question names is the context. */
static void run_question(struct ectx *c, struct lrun *run, int k)
{
    struct eng_letter *L = c->lt;
    memset(run, 0, sizeof *run);
    run->q = k;
    if (k < 0 || k >= L->nq)
        return;
    const struct eng_question *q = &L->q[k];
    if (q->td.category) {
        run->category = q->td.category;
        run->from = "the question";
    }
    run->subject = q->td.subject;
    run->measure = q->td.measure;
}

static int find_question(const struct eng_letter *L, const char *id)
{
    for (int i = 0; i < L->nq; i++)
        if (!strcmp(L->q[i].id, id))
            return i;
    return -1;
}

/* "1. Sexual assault: 11 allegations" ... "10. Violence against women and
 * girls: 20 allegations": the answer's numbered items run 1, 2, 3 ... on
 * past the questions the request numbers (Word's automatic numbering
 * running on across the years' headings, or starting again at 1 under
 * each, every run past the questions), each item naming the one category
 * it counts. Their numbers are the list's, not
 * question marks: item 1 is no answer to question 1, and the heading above
 * it goes on over it as over item 3. At least two items past the last
 * question, so that a list of answers with one item more ("3. Please
 * note ...") stays one. */
static int list_past_questions(struct ectx *c)
{
    const struct eng_letter *L = c->lt;
    int last = 0, runs = 0, marks = 0;
    for (int i = 0; i < L->nb; i++) {
        const struct eng_block *b = &L->b[i];
        if (b->zone != ZN_RESPONSE || b->marked || (b->flags & FOI_LINE_HEADING) ||
            !(b->flags & FOI_LINE_BULLET))
            continue;
        char id[8];
        const char *rest = NULL;
        if (eng_qmark(b->text, id, &rest) != 'n' || !isdigit((unsigned char)id[0]) || !rest || !*rest)
            continue;
        /* each item says what it counts, as item 3 does: a bare "1. 18"
         * is an answer */
        struct textdims td;
        eng_textdims(c, rest, &td);
        if (td.ncats != 1)
            return 0;
        int n = atoi(id);
        if (n == 1) {
            if (runs && last < L->nq + 2)
                return 0;
            runs++;
        } else if (!runs || n != last + 1) {
            return 0;
        }
        last = n;
        marks += find_question(L, id) >= 0;
    }
    return runs && marks && last >= L->nq + 2;
}

/* ------------------------------------------------------------ statements */
enum skind { SK_NONE, SK_S12, SK_S14, SK_S21, SK_EXEMPT, SK_NOT_HELD, SK_NCND, SK_WITHHELD };

struct statement {
    enum skind kind;
    char ex[32];
    int block;
    int q;                         /* question it answers, -1 */
    struct foi_period period;      /* a period it covers, when not the request's */
    const char *period_label;
    int has_period;
    const char *category;          /* a category it covers, when not all the request's */
    const char *subject;           /* the people it covers, when fewer than the request's ("police
                                      staff: not held") */
    const char *note;              /* s21: where the information is published */
    const char *raw;
    const char *clause;            /* the clause of raw that states it (statement_clause), or NULL */
    int inferred;                  /* its category or people are not stated by it (notes_not_held) */
    const char *measure;           /* what it covers, when its clause names another measure than the
                                      request's ("information about referrals to the CPS") */
    int whole;                     /* covers the whole request */
    int referred;                  /* its period is one its paragraph names and its clause points
                                      back to ("For those two years the information is not held") */
    int by_heading;                /* its period is the heading's above it */
};

struct stlist {
    struct statement *s;
    int n, a;
};

/* Sections that let a force neither confirm nor deny (the Act's "duty to
 * confirm or deny" subsections). */
static int ncnd_section(const char *ex)
{
    static const char *const subs[] = { "s23(5)", "s24(2)", "s26(3)", "s27(4)", "s28(3)", "s29(2)",
        "s30(3)", "s31(3)", "s32(3)", "s33(3)", "s35(3)", "s36(3)", "s37(2)", "s38(2)", "s39(2)",
        "s40(5)", "s40(5A)", "s40(5B)", "s41(2)", "s42(2)", "s43(3)", "s44(2)", NULL };
    for (int i = 0; subs[i]; i++)
        if (!strncmp(ex, subs[i], strlen(subs[i])))
            return 1;
    return 0;
}

void eng_ncnd_sections(const char *all, char *ex, size_t size)
{
    char tmp[64], *save = NULL;
    snprintf(tmp, sizeof tmp, "%s", all);
    for (char *it = strtok_r(tmp, ";", &save); it; it = strtok_r(NULL, ";", &save))
        if (ncnd_section(it)) {
            size_t u = strlen(ex);
            if (u + strlen(it) + 2 > size)
                break;
            snprintf(ex + u, size - u, "%s%s", u ? ";" : "", it);
        }
}

static const char *first_link(const char *t)
{
    const char *p = strstr(t, "http");
    if (!p)
        p = strstr(t, "www.");
    return p;
}

/* Is what a not-held clause says is not held the outcomes alone: the words
 * before "held" ("Outcome data for the sexual assault allegations is not
 * held", "Outcomes for the other categories are not held"), or after "hold"
 * ("we do not hold outcomes for ..."), name outcomes before any allegations,
 * complaints, cases, totals or numbers (not "the number of allegations and
 * their outcomes is not held")? */
static int outcomes_subject(struct ectx *c, const char *clause)
{
    if (!clause)
        return 0;
    const char *l = low(c, clause);
    if (!l)
        return 0;
    const char *held = strstr(l, "held"), *hold = strstr(l, "hold");
    const char *from, *to;
    if (held && (!hold || held < hold)) {
        from = l, to = held;
        /* the clause of its own that "held" ends: "Allegations against
         * police staff are recorded by the People Directorate and no outcome
         * breakdown is held", "records ... were migrated without the outcome
         * field, so 2023/24 is not held": what is not held is said after
         * the last such joint (round 44a, blind44 Sussex) */
        static const char *const joint[] = { " and no ", ", and ", "; ", ", so ", " so that ", ", but ",
                                             NULL };
        for (int i = 0; joint[i]; i++)
            for (const char *j = strstr(l, joint[i]); j && j < held; j = strstr(j + 1, joint[i]))
                if (j + strlen(joint[i]) > from)
                    from = j + (strncmp(joint[i], " and no ", 8) ? strlen(joint[i]) : 5);
    } else if (hold) {
        /* the object, up to the reason after it ("hold this information,
         * as outcomes are recorded against cases": not about outcomes) */
        from = hold + 4, to = l + strlen(l);
        static const char *const why[] = { ",", ";", ":", " as ", " because ", " since ", " for ", NULL };
        for (int i = 0; why[i]; i++) {
            const char *w = strstr(from, why[i]);
            if (w && w < to)
                to = w;
        }
    } else {
        return 0;
    }
    const char *o = strstr(from, "outcome");
    if (!o || o >= to)
        return 0;
    static const char *const other[] = { "allegation", "complaint", "case", "total", "number", "figure", NULL };
    for (int i = 0; other[i]; i++) {
        const char *p = strstr(from, other[i]);
        if (p && p < o)
            return 0;
    }
    return 1;
}

/* "will be published in the force's annual report in January 2027", "was
 * published on 3 May 2024": when the figures are (or were) published is no
 * period a statement covers; such dates are dropped from td. The date comes
 * right after "in", "on", "by" or "from", after a word of publishing with no
 * "for" or word of the figures between ("published figures for 2021/22"
 * names what was published). */
static void drop_publication_dates(struct ectx *c, const char *cl, struct textdims *td)
{
    const char *l = low(c, cl);
    if (!l || (!strstr(l, "publish") && !strstr(l, "publication")))
        return;
    for (int i = 0; i < td->nperiods;) {
        const char *lab = td->period_texts[i];
        const char *at = lab && *lab ? foi_strcasestr(cl, lab) : NULL;
        int pub = 0;
        if (at) {
            size_t off = (size_t)(at - cl);
            const char *w = NULL;
            for (const char *p = strstr(l, "publish"); p && (size_t)(p - l) < off; p = strstr(p + 1, "publish"))
                w = p;
            for (const char *p = strstr(l, "publication"); p && (size_t)(p - l) < off; p = strstr(p + 1, "publication"))
                if (!w || p > w)
                    w = p;
            /* "in summer 2027", "in the spring of 2027", "by early 2027":
             * a season or a rough time of the year before the date */
            static const char *const rough[] = { "summer ", "spring ", "autumn ", "winter ", "early ", "late ",
                                                 "mid-", "mid ", "the ", "of ", NULL };
            size_t poff = off;
            for (int again = 1; again;) {
                again = 0;
                for (int k = 0; rough[k]; k++) {
                    size_t n = strlen(rough[k]);
                    if (poff >= n + 1 && !strncmp(l + poff - n, rough[k], n) && l[poff - n - 1] == ' ') {
                        poff -= n;
                        again = 1;
                        break;
                    }
                }
            }
            static const char *const preps[] = { "in ", "on ", "by ", "from ", NULL };
            int prep = 0;
            for (int k = 0; preps[k] && !prep; k++) {
                size_t n = strlen(preps[k]);
                prep = poff >= n + 1 && !strncmp(l + poff - n, preps[k], n) && l[poff - n - 1] == ' ';
            }
            if (w && prep && off - (size_t)(w - l) <= 80) {
                char between[96];
                size_t n = off - (size_t)(w - l);
                memcpy(between, w, n);
                between[n] = 0;
                pub = !strstr(between, " for ") && !strstr(between, "figure") && !strstr(between, "data") &&
                      !strstr(between, "information") && !strstr(between, "allegation") &&
                      !strchr(between, '.') && !strchr(between, ';');
            }
        }
        if (!pub) {
            i++;
            continue;
        }
        for (int k = i + 1; k < td->nperiods; k++) {
            td->periods[k - 1] = td->periods[k];
            td->period_texts[k - 1] = td->period_texts[k];
        }
        td->nperiods--;
    }
}

/* "figures for 2026/27 to date (1 April to 31 October 2026) ... are withheld":
 * a period restated in brackets right after it, within it, is that one
 * period said exactly: the bracket's dates stand, the first goes. */
static void drop_restated_periods(const char *cl, struct textdims *td)
{
    for (int i = 0; i + 1 < td->nperiods; i++) {
        const char *a = td->period_texts[i], *b = td->period_texts[i + 1];
        const char *pa = a ? strstr(cl, a) : NULL;
        if (!pa || !b)
            continue;
        const char *q = pa + strlen(a);
        while (*q == ' ')
            q++;
        if (*q != '(' || strncmp(q + 1, b, strlen(b)) || q[1 + strlen(b)] != ')')
            continue;
        const struct foi_period *x = &td->periods[i], *y = &td->periods[i + 1];
        if (!foi_date_cmp(&y->start, &y->end) || foi_date_cmp(&y->start, &x->start) < 0 ||
            foi_date_cmp(&y->end, &x->end) > 0)
            continue;
        for (int k = i + 1; k < td->nperiods; k++) {
            td->periods[k - 1] = td->periods[k];
            td->period_texts[k - 1] = td->period_texts[k];
        }
        td->nperiods--;
    }
}

/* A sentence saying the figures could only be found by reading the records
 * one by one ("so each record would have to be read", "would require a
 * manual search of every file"): the work a cost refusal counts. l is
 * lower-cased. */
static int manual_search(const char *l)
{
    static const char *const cues[] = { "would have to be read", "would need to be read",
        "would have to be manually", "would need to be manually", "would have to be individually",
        "would need to be individually", "would have to be examined", "would need to be examined",
        "would have to be checked", "would need to be checked", "would have to be reviewed",
        "would need to be reviewed", "manual search", "manually search", "manually review",
        "manually read", "manual review", "manual trawl", "each record would", "every record would",
        "each file would", "every file would", "each case would", "every case would", NULL };
    for (int i = 0; cues[i]; i++)
        if (strstr(l, cues[i]))
            return 1;
    return 0;
}

/* "no VAWG figures are held for 2023/24", "no data is held", "no records
 * of this kind are held": "no" and, a few words on in the same clause, "is
 * held" or "are held" (no relative clause between: "no cases where the
 * officer is held ..." says nothing of the information). l is lower-cased. */
static int none_held(const char *l)
{
    for (const char *p = strstr(l, "no "); p; p = strstr(p + 1, "no ")) {
        if (p > l && isalpha((unsigned char)p[-1]))
            continue;
        const char *q = p + 3;
        int words = 0;
        while (*q && words <= 6 && !strchr(".;:,()", *q)) {
            if (!strncmp(q, "is held", 7) || !strncmp(q, "are held", 8))
                return words >= 1 && (!isalpha((unsigned char)q[q[1] == 's' ? 7 : 8]));
            if (!strncmp(q, "where ", 6) || !strncmp(q, "which ", 6) || !strncmp(q, "that ", 5) ||
                !strncmp(q, "who ", 4) || !strncmp(q, "whose ", 6))
                break;
            const char *sp = strchr(q, ' ');
            if (!sp)
                break;
            q = sp + 1;
            words++;
        }
    }
    return 0;
}

/* "Figures for 2023/24 and for 2026/27 to date are not held in a form that
 * can be retrieved without a manual review of each file, and we estimate
 * that this would exceed the appropriate limit of 18 hours": the figures are
 * held, only not retrievable within the cost limit, so the statement is the
 * section 12 refusal (its "that part ... is refused" may follow in the next
 * sentence), not a not-held answer. It takes, in the same sentence, an
 * is-held-but-not-retrievable cue (not held in a form / way / format, or a
 * manual search) and the cost limit exceeded (round 32 part A). l is
 * lower-cased. */
static int s12_not_retrievable(const char *l)
{
    if (!(strstr(l, "appropriate limit") || strstr(l, "cost limit") || strstr(l, "18 hours") ||
          strstr(l, "18 hour") || strstr(l, "section 12")))
        return 0;
    if (!strstr(l, "exceed"))
        return 0;
    return strstr(l, "not held in a form") || strstr(l, "not held in a way") ||
           strstr(l, "not held in a format") || strstr(l, "not held in a retrievable") ||
           strstr(l, "not held in a manner") ||
           (strstr(l, "not held") && manual_search(l));
}

static enum skind statement_kind(struct ectx *c, const char *t, char ex[32])
{
    const char *l = low(c, t);
    ex[0] = 0;
    if ((strstr(l, "neither") || strstr(l, "ncnd")) && foi_value_is_ncnd(t)) {
        char all[32];
        if (foi_value_find_exemptions(t, all, sizeof all) == 0)
            eng_ncnd_sections(all, ex, 32);   /* keep the confirm-or-deny subsections */
        return SK_NCND;
    }
    if ((strstr(l, "section 12") || strstr(l, "appropriate limit") ||
         strstr(l, "cost limit") || strstr(l, "s.12") || strstr(l, "s12(") ||
         strstr(l, "s12 ")) &&
        (strstr(l, "exceed") || strstr(l, "refus") || strstr(l, "unable") ||
         strstr(l, "not obliged") || strstr(l, "cannot")) &&
        /* it refuses something asked: "would exceed the 18 hour limit" in a
         * note on why allegations cannot be counted is no refusal */
        (strstr(l, "refus") || strstr(l, "not obliged") || strstr(l, "request") || strstr(l, "comply") ||
         strstr(l, "this part") || strstr(l, "that part") ||
         strstr(l, "complying") || strstr(l, "question") || strstr(l, "unable to provide") ||
         strstr(l, "cannot provide") || strstr(l, "will not be provid") ||
         /* "... would exceed the 18 hours (section 12), so we are not
          * providing figures for calendar year 2025" */
         strstr(l, "not provid") || strstr(l, "not be provid"))) {
        snprintf(ex, 32, "s12");
        return SK_S12;
    }
    if (s12_not_retrievable(l)) {
        snprintf(ex, 32, "s12");
        return SK_S12;
    }
    /* "figures for 2023/24 ... were not extracted (section 12, cost 450 at
     * 18 hours)": left unextracted, section 12 cited for it */
    if ((strstr(l, "section 12") || strstr(l, "s.12") || strstr(l, "s12(") || strstr(l, "s12 ") ||
         strstr(l, "s12)") || strstr(l, "s12,")) &&
        (strstr(l, "not extracted") || strstr(l, "not been extracted") || strstr(l, "not be extracted"))) {
        snprintf(ex, 32, "s12");
        return SK_S12;
    }
    if (strstr(l, "section 14") && strstr(l, "vexatious")) {
        snprintf(ex, 32, "s14");
        return SK_S14;
    }
    /* "not obliged to comply with a repeated request ... section 14(2)" */
    if ((strstr(l, "section 14(2)") || strstr(l, "s14(2)") || strstr(l, "s.14(2)")) &&
        (strstr(l, "repeat") || strstr(l, "identical") || strstr(l, "substantially similar"))) {
        snprintf(ex, 32, "s14(2)");
        return SK_S14;
    }
    if (strstr(l, "reasonably accessible") || strstr(l, "section 21") ||
        strstr(l, "accessible by other means") || strstr(l, "s.21") ||
        strstr(l, "s21 ")) {
        snprintf(ex, 32, "s21");
        return SK_S21;
    }
    /* FOISA's section 21, Scotland's: "exempt under section 25 (information
     * otherwise accessible)" */
    if ((strstr(l, "section 25") || strstr(l, "s25 ") || strstr(l, "s.25")) &&
        (strstr(l, "otherwise accessible") || strstr(l, "reasonably obtainable") ||
         (c->force && !strcmp(c->force, "police-scotland")))) {
        snprintf(ex, 32, "s25");
        return SK_S21;
    }
    if (strstr(l, "not held") || strstr(l, "does not hold") ||
        strstr(l, "do not hold") || strstr(l, "no information held") ||
        strstr(l, "no recorded information") || strstr(l, "no information is held") ||
        strstr(l, "not recorded in a way") || strstr(l, "does not record") || none_held(l)) {
        /* "does not record X and Y separately: they are recorded together
         * as Z" says how the figures are counted, it withholds nothing; so
         * does "does not record X as a separate type of allegation; such
         * allegations are included in the four types below", which says
         * where they are counted (round 47a, blind47 Gloucestershire; "X is
         * not recorded as a separate category" beside "does not hold this
         * information", or with nowhere it is counted, stays not held) */
        if (strstr(l, "separately") && !strstr(l, "not held") &&
            (strstr(l, "not record") || strstr(l, "together as") || strstr(l, "combined as") ||
             strstr(l, "grouped") || strstr(l, "single categor")))
            return SK_NONE;
        if ((strstr(l, "as a separate") || strstr(l, "as a distinct")) && strstr(l, "not record") &&
            !strstr(l, "not held") && !strstr(l, "not hold") &&
            (strstr(l, "included in") || strstr(l, "included within") || strstr(l, "counted under") ||
             strstr(l, "counted within") || strstr(l, "counted in the") || strstr(l, "recorded under")))
            return SK_NONE;
        /* "Our conduct records do not hold a searchable field for the type
         * of allegation, so each record would have to be read": what the
         * records lack is a way to find the figures, not the figures; the
         * work it costs is the reason for a refusal (section 12) said
         * elsewhere, so no statement of its own, unless it says outright
         * that the information is not held */
        if (!strstr(l, "not held") && !strstr(l, "no information held") &&
            !strstr(l, "no recorded information") && !strstr(l, "no information is held") &&
            manual_search(l))
            return SK_NONE;
        return SK_NOT_HELD;
    }
    /* (section 27: FOISA's future publication, Scotland's section 22) */
    if ((strstr(l, "section 31") || strstr(l, "section 30") || strstr(l, "section 38") ||
         strstr(l, "section 22") || strstr(l, "section 27")) &&
        (strstr(l, "exempt") || strstr(l, "refus") || strstr(l, "withh") || strstr(l, "not provided") ||
         strstr(l, "not being provided") || strstr(l, "not been provided"))) {
        foi_value_find_exemption(t, ex, 32);
        return SK_EXEMPT;
    }
    if ((strstr(l, "withheld") || strstr(l, "exempt")) &&
        (strstr(l, "40(2)") || strstr(l, "section 40"))) {
        snprintf(ex, 32, "s40(2)");
        return SK_WITHHELD;
    }
    return SK_NONE;
}

/* Does a section 21 statement refuse what it points to? "... are exempt
 * under section 21", "withheld here under section 21", "reasonably
 * accessible to you by other means", "we have not repeated it here" do; a
 * note that only says where other figures are ("Figures for 2024-25 are
 * available in our response to request 2026/0877, published in our
 * disclosure log (section 21)") refuses nothing of what the tables leave out. */
static int s21_refuses(struct ectx *c, const char *t)
{
    const char *l = low(c, t);
    if (!l)
        return 1;
    static const char *const says[] = { "exempt", "refus", "withh", "not repeat", "not reproduc", "not provid",
        "not be provid", "not been provid", "not includ", "reasonably accessible", "accessible by other means",
        "accessible to you", "otherwise accessible", "21 applies", "21(1) applies", "not obliged",
        "refusal notice", NULL };
    for (int i = 0; says[i]; i++)
        if (strstr(l, says[i]))
            return 1;
    return 0;
}

/* Does the text point at an earlier FOI response for what it cites section
 * 21 over ("that year was answered in our response to FOI 25-1180,
 * published in our disclosure log (section 21)", "available in our response
 * to request 2026/0877")? A bare citation so (no exempt / refused /
 * accessible: s21_refuses) is a reference to an answer given before, not a
 * refusal in this one (round 28 part B). */
static int earlier_response(struct ectx *c, const char *t)
{
    const char *l = low(c, t);
    if (!l)
        return 0;
    static const char *const refs[] = { "response to foi", "response to request", "response to our request",
        "response to an earlier request", "response to your earlier request", "response to your previous request",
        "reply to foi", "reply to request", "reply to an earlier request", "answered under foi",
        "answered under request", "published under foi", "under foi reference", NULL };
    for (int i = 0; refs[i]; i++)
        if (strstr(l, refs[i]))
            return 1;
    return 0;
}

/* Is the text a note by its label ("Note: ...", "Notes - ...", "NB: ...",
 * "Nodyn / Note: ..."): a short lead before a colon or dash holding the word
 * note(s) or NB? */
static int note_led(const char *t)
{
    while (*t == ' ' || *t == '*')
        t++;
    size_t n = strcspn(t, ":-");
    if (!t[n] || n > 24)
        return 0;
    char lead[32];
    for (size_t i = 0; i < n; i++)
        lead[i] = (char)tolower((unsigned char)t[i]);
    lead[n] = 0;
    static const char *const words[] = { "note", "notes", "nb", "n.b.", "n.b", NULL };
    for (char *w = lead; *w;) {
        while (*w && !isalnum((unsigned char)*w) && *w != '.')
            w++;
        size_t k = 0;
        while (w[k] && (isalnum((unsigned char)w[k]) || w[k] == '.'))
            k++;
        for (int i = 0; words[i]; i++)
            if (k == strlen(words[i]) && !strncmp(w, words[i], k))
                return 1;
        w += k;
    }
    return 0;
}

/* NCND about individuals or "any other information": no figure is refused
 * (2 when only "further information" says so: about the figures of a period
 * the statement names, it is still a refusal of them). */
static int about_individuals(struct ectx *c, const char *t)
{
    t = low(c, t);
    static const char *const further[] = { "any other information", "any further information",
        "any additional information", NULL };
    static const char *const cues[] = { "specific individual", "named individual", "named officer",
        "particular individual", "particular officer", "particular case", "specific case",
        "any individual", "identity of", "individuals concerned", "a specific officer",
        "whether any information is held about", "held about any", "about any named", NULL };
    for (int i = 0; cues[i]; i++) {
        const char *m = strstr(t, cues[i]);
        /* "... would be likely to identify the individuals concerned": why
         * the figures are not confirmed, not whom the NCND is about */
        if (m && !(!strcmp(cues[i], "individuals concerned") &&
                   ((m - t >= 13 && !strncmp(m - 13, "identify the ", 13)) ||
                    (m - t >= 22 && !strncmp(m - 22, "identification of the ", 22)))))
            return 1;
    }
    for (int i = 0; further[i]; i++)
        if (strstr(t, further[i]))
            return 2;
    return 0;
}

static const char *goodwill_cue(struct ectx *c, const char *t)
{
    t = low(c, t);
    static const char *const cues[] = { "gesture of goodwill", "goodwill", "outside of the act",
        "outside the act", "discretionary basis", "on a discretionary", "although not obliged",
        "while not obliged", "whilst not obliged", "not obliged to, we have", NULL };
    for (int i = 0; cues[i]; i++)
        if (strstr(t, cues[i]))
            return cues[i];
    return NULL;
}

/* The questions a statement names: "question 3", "questions 2 and 3",
 * "Q3", "parts 2 and 3". Sets ids found, returns the count. */
static int named_questions(const struct eng_letter *L, const char *t, int *out, int max)
{
    int n = 0;
    for (const char *p = t; *p && n < max; p++) {
        const char *w = NULL;
        if (!strncasecmp(p, "question", 8) && (p == t || !isalpha((unsigned char)p[-1])))
            w = p + 8;
        else if (!strncasecmp(p, "part", 4) && (p == t || !isalpha((unsigned char)p[-1])))
            w = p + 4;
        else if ((*p == 'Q' || *p == 'q') && isdigit((unsigned char)p[1]) &&
                 (p == t || !isalpha((unsigned char)p[-1])))
            w = p + 1;
        if (!w)
            continue;
        if (*w == 's')
            w++;
        /* a list: "2, 3 and 4", "(b) and (c)" */
        for (;;) {
            while (*w == ' ' || *w == '(')
                w++;
            char id[8];
            size_t k = 0;
            while ((isdigit((unsigned char)w[k]) || (k == 0 && islower((unsigned char)w[k]))) && k < 3)
                k++;
            if (!k || (isalpha((unsigned char)w[0]) && isalpha((unsigned char)w[1])))
                break;
            snprintf(id, sizeof id, "%.*s", (int)k, w);
            int qi = find_question(L, id);
            if (qi >= 0 && n < max) {
                int dup = 0;
                for (int j = 0; j < n; j++)
                    dup |= out[j] == qi;
                if (!dup)
                    out[n++] = qi;
            }
            w += k;
            if (*w == ')')
                w++;
            if (!strncmp(w, ", ", 2))
                w += 2;
            else if (!strncasecmp(w, " and ", 5))
                w += 5;
            else if (!strncasecmp(w, " & ", 3))
                w += 3;
            else if (*w == '-' || *w == '/')
                w++;
            else
                break;
        }
    }
    return n;
}

static int st_add(struct ectx *c, struct stlist *sl, const struct statement *s)
{
    if (sl->n == sl->a) {
        int na = sl->a ? sl->a * 2 : 8;
        struct statement *v = foi_arena_alloc(&c->arena, sizeof *v * (size_t)na);
        if (!v)
            return c->rc = FOI_ENOMEM;
        if (sl->n)
            memcpy(v, sl->s, sizeof *v * (size_t)sl->n);
        sl->s = v;
        sl->a = na;
    }
    sl->s[sl->n++] = *s;
    return 0;
}

/* The clause of t that carries the statement (a sentence with the cue), so
 * "held for 2018-2020 (attached); for 2021-2022 neither confirm nor deny"
 * gives the NCND the period 2021-2022 only. */
/* A paragraph of running text (several sentences) that refuses something,
 * says it is not held or neither confirms nor denies it: it speaks of what a
 * table does not hold, so the people, category or period it names are not
 * the table's (a "Police staff. ... section 12(1) applies to it." paragraph
 * set between "The table below gives allegations against police officers"
 * and the table). */
/* One sentence, on its own above a table, that says a part is not held or
 * refused and says nothing of a table ("Police staff: ... the information
 * about police staff is not held by the CNC."): it too speaks of what the
 * table does not hold. A sentence pointing at the table ("the table below
 * gives officers; staff are not held") says what the table holds. */
static int refusal_sentence_apart(const char *t)
{
    static const char *const points[] = { "table", "below", "above", "following", "as follows", "attached",
                                          "figures", "shown", NULL };
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (!n || t[n - 1] != '.')
        return 0;
    for (int i = 0; points[i]; i++)
        if (foi_strcasestr(t, points[i]))
            return 0;
    return 1;
}

int eng_refusal_paragraph(struct ectx *c, const char *t)
{
    if (!t || strlen(t) < 100)
        return 0;
    int one = !strstr(t, ". ");
    if (one && !refusal_sentence_apart(t))
        return 0;
    char ex[32];
    enum skind k = statement_kind(c, t, ex);
    return k == SK_S12 || k == SK_S14 || k == SK_EXEMPT || k == SK_NOT_HELD || k == SK_NCND;
}

/* "Figures for 2023/24 were supplied in answer to FOI 3107/24 and are
 * published in our disclosure log; they are exempt under section 21": the
 * clause before a section 21 refusal naming nothing says the information
 * is already out (published, supplied, provided or disclosed before), so
 * it is what the refusal covers. The lower-cased clause. */
static int given_elsewhere(const char *l)
{
    static const char *const said[] = { "published", "were supplied", "was supplied", "were provided",
                                        "was provided", "were disclosed", "was disclosed", "previously supplied",
                                        "previously provided", "previously disclosed", "already supplied",
                                        "already provided", "already disclosed", "were released", "was released",
                                        NULL };
    for (int i = 0; said[i]; i++)
        if (strstr(l, said[i]))
            return 1;
    return 0;
}

static const char *clause_of_kind(struct ectx *c, const char *t, enum skind k, size_t from, size_t *after)
{
    size_t n = strlen(t), start = from;
    *after = n + 1;
    for (size_t i = from; i <= n; i++) {
        int end = i == n || t[i] == ';' || (t[i] == '.' && (t[i + 1] == ' ' || !t[i + 1]) &&
                                              !(i > 0 && isdigit((unsigned char)t[i - 1]) &&
                                                isdigit((unsigned char)t[i + 1])));
        if (!end)
            continue;
        char ex[32];
        const char *cl = foi_arena_strndup(&c->arena, t + start, i - start);
        if (!cl)
            return t;
        if (statement_kind(c, cl, ex) == k) {
            *after = i + 1;
            /* "... before 1 April 2023 is not held: staff cases were kept on
             * a system decommissioned in 2023": what follows the colon is
             * why, and its years are not what is not held */
            const char *colon = strstr(cl, ": ");
            if (colon) {
                const char *head = foi_arena_strndup(&c->arena, cl, (size_t)(colon - cl));
                if (head && statement_kind(c, head, ex) == k)
                    return head;
                /* "Our case system went live on 1 April 2024: figures for
                 * 2023/24 are not held": the statement follows the colon,
                 * what comes before it is why, and its date is no period
                 * of what is not held; a tail naming nothing ("2021/22:
                 * information not held") leaves the head its subject */
                if (head && statement_kind(c, colon + 2, ex) == k) {
                    /* "Financial year 2023/24: Not held - records before
                     * April 2024 were not migrated": after the dash is why,
                     * and its date is no period of what is not held; a day
                     * in the tail ("before our move to the new system on 1
                     * April 2024") is no period of its own */
                    const char *tail = colon + 2;
                    const char *dash = strstr(tail, " - ");
                    const char *en = strstr(tail, " \xe2\x80\x93 ");
                    if (!dash || (en && en < dash))
                        dash = en;
                    if (dash && statement_kind(c, foi_arena_strndup(&c->arena, tail, (size_t)(dash - tail)), ex) == k)
                        tail = foi_arena_strndup(&c->arena, tail, (size_t)(dash - tail));
                    struct textdims td;
                    eng_textdims(c, tail, &td);
                    int spans = 0;
                    for (int q = 0; q < td.nperiods; q++)
                        spans += foi_date_cmp(&td.periods[q].start, &td.periods[q].end) != 0;
                    if (spans || td.ncats)
                        return tail;
                }
            }
            /* "Calendar year 2024 is not available because our system was
             * introduced in April 2024; the information is not held": a
             * clause naming nothing after a semicolon states what the clause
             * before it names, up to its reason ("because", "as", "since") */
            if (start > 0 && t[start - 1] == ';') {
                struct textdims td;
                eng_textdims(c, cl, &td);
                if (!td.nperiods && !td.ncats) {
                    size_t p0 = start - 1;
                    while (p0 > 0 && t[p0 - 1] != ';' &&
                           !(t[p0 - 1] == '.' && (t[p0] == ' ') &&
                             !(p0 > 1 && isdigit((unsigned char)t[p0 - 2]))))
                        p0--;
                    const char *prev = foi_arena_strndup(&c->arena, t + p0, start - 1 - p0);
                    const char *lp = prev ? low(c, prev) : NULL;
                    size_t cut = prev ? strlen(prev) : 0;
                    static const char *const why[] = { " because ", " as ", " since ", ", as ", " owing to ",
                                                       " due to ", NULL };
                    for (int w = 0; lp && why[w]; w++) {
                        const char *h = strstr(lp, why[w]);
                        if (h && (size_t)(h - lp) < cut)
                            cut = (size_t)(h - lp);
                    }
                    const char *head = prev ? foi_arena_strndup(&c->arena, prev, cut) : NULL;
                    /* only a clause saying that itself is missing ("is not
                     * available", "cannot be provided"): "records rape and
                     * sexual assault together; they are not held separately"
                     * names what is joined, not what is not held */
                    static const char *const gone[] = { "not available", "unavailable", "cannot be provided",
                                                        "can not be provided", "cannot be supplied", NULL };
                    int says = 0;
                    const char *lh = head ? low(c, head) : NULL;
                    for (int w = 0; lh && gone[w] && !says; w++)
                        says = strstr(lh, gone[w]) != NULL;
                    if (!says && lh && k == SK_S21)
                        says = given_elsewhere(lh);
                    struct textdims hd;
                    if (head && says) {
                        eng_textdims(c, head, &hd);
                        if (hd.nperiods || hd.ncats) {
                            const char *both = foi_arena_printf(&c->arena, "%s;%s", head, cl);
                            if (both)
                                return both;
                        }
                    }
                }
            }
            /* "We do not hold 2024/25 in a comparable form as the categories
             * were introduced in 2025": what follows the reason word is why,
             * and its years are no period of what is not held, when the
             * words before it say the statement and name a period */
            if (k == SK_NOT_HELD) {
                static const char *const why[] = { " because ", " as the ", " as our ", " as we ", " as they ",
                                                   " as these ", " as this ", " due to ", " owing to ", NULL };
                const char *lc = low(c, cl);
                size_t cut = strlen(cl);
                for (int w = 0; lc && why[w]; w++) {
                    const char *h = strstr(lc, why[w]);
                    if (h && (size_t)(h - lc) < cut)
                        cut = (size_t)(h - lc);
                }
                if (lc && cut < strlen(cl)) {
                    const char *head = foi_arena_strndup(&c->arena, cl, cut);
                    struct textdims hd;
                    int spans = 0;
                    if (head && statement_kind(c, head, ex) == k) {
                        eng_textdims(c, head, &hd);
                        for (int q = 0; q < hd.nperiods; q++)
                            spans += foi_date_cmp(&hd.periods[q].start, &hd.periods[q].end) != 0;
                    }
                    if (spans)
                        return head;
                }
            }
            return cl;
        }
        start = i + 1;
    }
    return t;
}

/* Does a clause name nothing a figure is keyed by: no category, no period
 * of its own, no people ("Information not held", "so this part of your
 * request is not held")? */
static int names_nothing(struct ectx *c, const char *cl)
{
    struct textdims td;
    eng_textdims(c, cl, &td);
    if (td.ncats || td.subject)
        return 0;
    for (int i = 0; i < td.nperiods; i++)
        if (foi_date_cmp(&td.periods[i].start, &td.periods[i].end))
            return 0;
    return 1;
}

/* The clause of t that states what a statement of kind k says: the first
 * clause of that kind; where it names nothing ("Information not held. We do
 * not record allegations under a category of violence against women and
 * girls; ... so this part of your request is not held"), a later clause of
 * the same kind naming a category or period says what it covers. t when no
 * clause is of that kind. */
static const char *statement_clause(struct ectx *c, const char *t, enum skind k)
{
    size_t after;
    const char *cl = clause_of_kind(c, t, k, 0, &after);
    if (cl == t || !names_nothing(c, cl))
        return cl;
    size_t n = strlen(t);
    while (after <= n) {
        const char *next = clause_of_kind(c, t, k, after, &after);
        if (next == t)
            break;
        if (!names_nothing(c, next))
            return next;
    }
    return cl;
}

/* "whether we hold information about vetting reviews of the officers
 * concerned": a refusal that says what it is about, in words naming no
 * category, measure, period or outcome of what was asked, covers something
 * else (another question of the requester's): no figure refused. The topic
 * as written, or NULL. */
static const char *about_unasked(struct ectx *c, const char *cl)
{
    static const char *const marks[] = { " about ", " regarding ", " concerning ", " relating to ",
                                         " in relation to ", " in respect of ", NULL };
    /* words pointing back at what was asked, or naming it in general */
    static const char *const asked[] = { "this", "that", "these", "those", "it", "any", "your", "the request",
                                         "such", "whether", "the above", "the information", "information requested",
                                         "the matter", "the subject", "the individual", "the officer", NULL };
    static const char *const kinds[] = { "outcome", "misconduct", "allegation", "complaint", "dismiss",
                                         "investigat", "sanction", "disciplin", "case", "conduct", NULL };
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    const char *l = foi_ascii_lower(&lb, cl);
    const char *topic = NULL;
    for (int k = 0; l && marks[k] && !topic; k++) {
        const char *a = strstr(l, marks[k]);
        if (!a)
            continue;
        const char *p = a + strlen(marks[k]);
        if (!strncmp(p, "information ", 12))
            p += 12;
        size_t n = strcspn(p, ",.;:()");
        const char *u = strstr(p, " under ");
        if (u && (size_t)(u - p) < n)
            n = (size_t)(u - p);
        if (n < 3)
            continue;
        int known = 0;
        for (int i = 0; asked[i] && !known; i++)
            known = !strncmp(p, asked[i], strlen(asked[i])) &&
                    (!p[strlen(asked[i])] || !isalpha((unsigned char)p[strlen(asked[i])]));
        const char *ph = foi_arena_strndup(&c->arena, cl + (p - l), n);
        if (!ph) {
            c->rc = FOI_ENOMEM;
            break;
        }
        for (int i = 0; kinds[i] && !known; i++)
            known = strstr(p, kinds[i]) && (size_t)(strstr(p, kinds[i]) - p) < n;
        if (!known) {
            struct textdims td;
            eng_textdims(c, ph, &td);
            known = td.ncats || td.measure || td.nperiods;
        }
        if (!known) {
            /* its first word (its stem) in the request: asked after all
             * ("how many of these led to a criminal charge") */
            size_t w = strspn(p, "abcdefghijklmnopqrstuvwxyz");
            char stem[8];
            snprintf(stem, sizeof stem, "%.*s", (int)(w < 5 ? w : 5), p);
            for (int b = 0; b < c->lt->nb && !known && w >= 3; b++)
                known = c->lt->b[b].zone == ZN_REQUEST && foi_strcasestr(c->lt->b[b].text, stem);
            if (!known && w < 3)
                known = 1;   /* no word to tell by */
        }
        if (!known)
            topic = ph;
    }
    foi_buf_release(&lb);
    return topic;
}

/* Is the period inside (or equal to) the request's whole period? */
static int period_is_request(const struct ectx *c, const struct foi_period *p)
{
    for (int i = 0; i < c->req.nperiods; i++)
        if (!foi_date_cmp(&c->req.periods[i].start, &p->start) && !foi_date_cmp(&c->req.periods[i].end, &p->end))
            return 1;
    return 0;
}

/* How many calendar or financial years a period is a run of (from 1 January
 * or 1 April to the end of a later year: "the calendar years 2021 to 2025"
 * is five), else 1. */
static int years_in_run(const struct foi_period *p)
{
    const struct foi_date *a = &p->start, *b = &p->end;
    if (a->d == 1 && a->m == 1 && b->m == 12 && b->d == 31 && b->y > a->y)
        return b->y - a->y + 1;
    if (a->d == 1 && a->m == 4 && b->m == 3 && b->d == 31 && b->y > a->y + 1)
        return b->y - a->y;
    return 1;
}

/* Is p one year of a run of years the request asks for ("the calendar years
 * 2021 to 2025", read as one period): a twelve-month period inside a longer
 * request period that starts and ends where p's years start and end? */
static int year_of_request_run(const struct ectx *c, const struct foi_period *p)
{
    const struct foi_date *a = &p->start, *b = &p->end;
    int year = b->y == a->y + (a->m == 1 && a->d == 1 ? 0 : 1) &&
               ((a->m == 1 && a->d == 1 && b->m == 12 && b->d == 31) || (a->d == 1 && b->m == (a->m + 10) % 12 + 1));
    if (!year)
        return 0;
    for (int i = 0; i < c->req.nperiods; i++) {
        const struct foi_date *s = &c->req.periods[i].start, *e = &c->req.periods[i].end;
        if (s->m == a->m && s->d == a->d && e->m == b->m && e->d == b->d && foi_date_cmp(s, a) <= 0 &&
            foi_date_cmp(b, e) <= 0 && e->y > s->y + (a->m == 1 ? 0 : 1))
            return 1;
    }
    return 0;
}

/* Did the document give a figure over a period that overlaps p (nested 0),
 * or over p, a part of it or a longer period holding it (nested 1: a
 * financial year that only overlaps a calendar year gives no figure of it)? */
/* Is the period of emitted figure e the span of others given ("Grand
 * Total" across 2023/24 to 2025/26): it starts where one of them starts and
 * ends where another ends, two or more of them inside it? */
static int span_of_given(const struct ectx *c, const struct emitted *e)
{
    int inside = 0, first = 0, last = 0;
    const char *seen = NULL, *seen_end = NULL;
    for (size_t i = 0; i < c->lt->nem; i++) {
        const struct emitted *o = &c->lt->em[i];
        if (o->dead || !o->start[0] || (!strcmp(o->start, e->start) && !strcmp(o->end, e->end)))
            continue;
        if (strcmp(o->start, e->start) < 0 || strcmp(o->end, e->end) > 0)
            continue;
        if (!seen || strcmp(seen, o->start) || strcmp(seen_end, o->end))
            inside++;
        seen = o->start;
        seen_end = o->end;
        first |= !strcmp(o->start, e->start);
        last |= !strcmp(o->end, e->end);
    }
    return inside >= 2 && first && last;
}

static int period_given_as(struct ectx *c, const struct foi_period *p, int nested)
{
    char a[11], b[11];
    foi_date_iso(&p->start, a);
    foi_date_iso(&p->end, b);
    const struct emitted *spanned = NULL;   /* the last period found a span, checked once */
    for (size_t i = 0; i < c->lt->nem; i++) {
        const struct emitted *e = &c->lt->em[i];
        if (e->dead || !e->start[0])
            continue;
        if (!nested) {
            if (strcmp(e->start, b) <= 0 && strcmp(e->end, a) >= 0)
                return 1;
            continue;
        }
        /* nested 2: a figure of a part of p (a month of the year) says
         * nothing of p's own figure ("calendar year 2025 figures are not
         * held" beside monthly figures) */
        if (strcmp(e->start, a) >= 0 && strcmp(e->end, b) <= 0 &&
            (nested == 1 || (!strcmp(e->start, a) && !strcmp(e->end, b))))
            return 1;
        if (strcmp(e->start, a) <= 0 && strcmp(e->end, b) >= 0) {
            if (spanned && !strcmp(spanned->start, e->start) && !strcmp(spanned->end, e->end))
                continue;
            if (!span_of_given(c, e))
                return 1;
            spanned = e;
        }
    }
    return 0;
}

static int period_given(struct ectx *c, const struct foi_period *p)
{
    return period_given_as(c, p, 0);
}

/* "Allegations recorded between 1 January and 31 March 2022 fall in 2021/22,
 * ... That part of your request is refused under section 12(1)": a refusal
 * clause naming no period that points back ("that part", "those months") at
 * what the sentences before it in its paragraph describe covers the one period
 * they name inside the request's span (not one of the request's own periods, not one
 * the document gives figures over). 1 and *p set when there is exactly one. */
static int back_period(struct ectx *c, const char *text, const char *cl, struct foi_period *p, const char **label)
{
    static const char *const back[] = { "that part", "this part", "those months", "these months", "that period",
                                         "this period", "those years", "these years", "that information",
                                         "this information", "those figures", "these figures", NULL };
    if (!cl || cl == text || !strcmp(cl, text) || !c->req.nperiods)
        return 0;
    const char *l = low(c, cl);
    int points = 0;
    for (int i = 0; back[i] && !points; i++)
        points = strstr(l, back[i]) != NULL;
    if (!points)
        return 0;
    /* the request's span */
    struct foi_date rs = c->req.periods[0].start, re = c->req.periods[0].end;
    for (int i = 1; i < c->req.nperiods; i++) {
        if (foi_date_cmp(&c->req.periods[i].start, &rs) < 0) rs = c->req.periods[i].start;
        if (foi_date_cmp(&c->req.periods[i].end, &re) > 0) re = c->req.periods[i].end;
    }
    if (!foi_date_cmp(&rs, &re))
        return 0;
    /* what it points back at: the sentences before it */
    const char *at = strstr(text, cl);
    if (!at || at == text)
        return 0;
    const char *before = foi_arena_strndup(&c->arena, text, (size_t)(at - text));
    if (!before)
        return 0;
    struct textdims td;
    eng_textdims(c, before, &td);
    int n = 0;
    for (int i = 0; i < td.nperiods; i++) {
        const struct foi_period *q = &td.periods[i];
        if (!foi_date_cmp(&q->start, &q->end) || foi_date_cmp(&q->start, &rs) < 0 || foi_date_cmp(&q->end, &re) > 0 ||
            period_is_request(c, q) || period_given(c, q))
            continue;
        if (n && !foi_date_cmp(&p->start, &q->start) && !foi_date_cmp(&p->end, &q->end))
            continue;
        *p = *q;
        *label = td.period_texts[i];
        n++;
    }
    return n == 1;
}

/* "Figures for 2023/24 and for 2026/27 to date are not held in a form that
 * can be retrieved ... would exceed the appropriate limit of 18 hours." /
 * (page break) "That part of your request is therefore refused under section
 * 12 of the Act.": a clause naming no period that points back ("that part",
 * "this part") at the block right before it, itself a statement of the same
 * kind, closes that statement: the part refused is the one that statement
 * names (its periods), not the period of a heading further up whose figures
 * the letter gives (round 32 part A). */
static int restates_statement(struct ectx *c, int block, const char *cl, enum skind k)
{
    static const char *const back[] = { "that part", "this part", "those parts", "these parts", NULL };
    const struct eng_letter *L = c->lt;
    if (!cl || block < 1 || k == SK_NONE)
        return 0;
    const char *l = low(c, cl);
    int points = 0;
    for (int i = 0; l && back[i] && !points; i++)
        points = strstr(l, back[i]) != NULL;
    if (!points)
        return 0;
    const struct eng_block *pb = &L->b[block - 1];
    if (pb->zone == ZN_REQUEST || (pb->flags & FOI_LINE_HEADING))
        return 0;
    char pex[32];
    return statement_kind(c, pb->text, pex) == k;
}

/* A statement naming no period under a heading that names one of the
 * request's periods ("1 April 2025 to 31 May 2025" / "... so this
 * information is not held"): that period, when the request names several.
 * The nearest heading above the block decides; 1 and *p set. */
static int heading_period(struct ectx *c, int block, struct foi_period *p, const char **label)
{
    struct eng_letter *L = c->lt;
    int req_nper = 0;
    for (int i = 0; i < c->req.nperiods; i++)
        req_nper += foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end) != 0;
    if (req_nper < 2)
        return 0;
    for (int j = block - 1; j >= 0 && j >= block - 8; j--) {
        if (L->b[j].zone == ZN_REQUEST)
            return 0;
        if (!(L->b[j].flags & FOI_LINE_HEADING))
            continue;
        struct textdims td;
        eng_textdims(c, L->b[j].text, &td);
        int n = 0, pick = -1;
        for (int i = 0; i < td.nperiods; i++)
            if (foi_date_cmp(&td.periods[i].start, &td.periods[i].end)) {
                n++;
                pick = i;
            }
        if (n != 1 || !period_is_request(c, &td.periods[pick]))
            return 0;
        *p = td.periods[pick];
        *label = td.period_texts[pick];
        return 1;
    }
    return 0;
}

/* A statement's clause names no period, and p is the one it covers: the
 * clause's dims hold p alone, its own; the index of p (0) returned. */
static int only_period(struct textdims *td, const struct foi_period *p, const char *label, int *nper, int *own)
{
    td->periods[0] = *p;
    td->period_texts[0] = label;
    td->nperiods = 1;
    *nper = 1;
    *own = 1;
    return 0;
}

/* "I am not obliged to supply the information for the years 2017-2020" /
 * "The information requested will not be disclosed": a refusal whose
 * section is given in the blocks that follow. */
static int refusal_lead(struct ectx *c, const char *t)
{
    t = low(c, t);
    static const char *const cues[] = { "not obliged to supply", "not obliged to provide",
        "not obliged to disclose", "will not be disclosed", "will not be provided", "is being withheld",
        "are being withheld", "we are withholding", "has been withheld", "have been withheld",
        "unable to provide", "unable to disclose", "cannot be disclosed", "is not being disclosed", NULL };
    for (int i = 0; cues[i]; i++)
        if (strstr(t, cues[i]))
            return 1;
    return 0;
}

/* The people a statement covers when they are fewer than the request asks
 * about: officers or staff named in its clause ("In terms of police staff,
 * ... is not held") or in the heading of the section it sits in ("Police
 * staff"), of a request about both. NULL: the request's. */
/* "Abuse of position for a sexual purpose by police staff: the force
 * employs very few police staff in such roles. We neither confirm nor deny
 * ...": the paragraph opens with a lead (no number, before a colon) naming
 * one category and, maybe, the people; 1 with *cat (and *subj, officers or
 * staff, else NULL) set. */
static int lead_label(struct ectx *c, int block, const char **cat, const char **subj)
{
    if (block < 0 || block >= c->lt->nb)
        return 0;
    const char *pt = c->lt->b[block].text;
    size_t n = strcspn(pt, ":.;");
    if (pt[n] != ':' || n < 6 || n > 100)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)pt[i]))
            return 0;
    const char *lab = foi_arena_strndup(&c->arena, pt, n);
    if (!lab)
        return 0;
    struct textdims td;
    eng_textdims(c, lab, &td);
    if (td.ncats != 1 || td.nperiods)
        return 0;
    *cat = td.category;
    const char *sid = td.subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, td.subject) : NULL;
    *subj = sid && (!strcmp(sid, "officers") || !strcmp(sid, "staff")) ? td.subject : NULL;
    return 1;
}

static const char *statement_subject(struct ectx *c, const char *clause, int block)
{
    const char *rs = c->req.subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, c->req.subject) : NULL;
    if (!rs || strcmp(rs, "officers_and_staff"))
        return NULL;
    struct textdims td;
    eng_textdims(c, clause, &td);
    const char *subj = td.subject;
    const char *sid0 = subj ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, subj) : NULL;
    if (sid0 && strcmp(sid0, "officers") && strcmp(sid0, "staff")) {
        /* "The MDP employs police officers only: the civilian staff ... are
         * not recorded ..., so no information is held for police staff":
         * the clause names both; the part that says what is not held names
         * whom (the shortest tail after a comma or colon that is itself the
         * statement) */
        char ex[32];
        enum skind k = statement_kind(c, clause, ex);
        for (size_t i = strlen(clause); k != SK_NONE && i-- > 1;) {
            if (!((clause[i - 1] == ',' || clause[i - 1] == ':') && clause[i] == ' '))
                continue;
            const char *tail = clause + i + 1;
            if (statement_kind(c, tail, ex) != k)
                continue;
            struct textdims tt;
            eng_textdims(c, tail, &tt);
            const char *tid = tt.subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, tt.subject) : NULL;
            if (tid && (!strcmp(tid, "officers") || !strcmp(tid, "staff")) && !tt.subject_left_out)
                subj = tt.subject;
            break;
        }
    }
    if (!subj && block >= 0 && block < c->lt->nb && c->lt->b[block].text != clause) {
        /* the paragraph it closes, opened by a label ("Police staff.
         * Allegations against police staff are held on a separate system
         * ... To answer this part would exceed the cost limit"); not the
         * people a paragraph merely names ("the figures for the two earlier
         * years and for police staff ... That part is refused") */
        const char *pt = c->lt->b[block].text;
        size_t n = strcspn(pt, ".:");
        if (pt[n] && n < 40) {
            const char *lab = foi_arena_strndup(&c->arena, pt, n);
            struct label Lb;
            if (lab) {
                eng_classify(c, lab, &Lb);
                if (Lb.primary == FOI_VOCAB_SUBJECT && Lb.exact[FOI_VOCAB_SUBJECT])
                    subj = Lb.text;
            }
        }
    }
    /* the heading of the section it sits in ("Police staff" over the
     * paragraphs that explain and refuse that part of the request) */
    for (int j = block - 1; !subj && j >= 0 && c->lt->b[j].zone != ZN_REQUEST; j--) {
        if (!(c->lt->b[j].flags & FOI_LINE_HEADING))
            continue;
        struct label Lb;
        eng_classify(c, c->lt->b[j].text, &Lb);
        if (Lb.primary == FOI_VOCAB_SUBJECT && Lb.exact[FOI_VOCAB_SUBJECT])
            subj = Lb.text;
        break;
    }
    const char *id = subj ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, subj) : NULL;
    return id && (!strcmp(id, "officers") || !strcmp(id, "staff")) ? subj : NULL;
}

/* "neither confirms nor denies that it holds information about referrals to
 * the Crown Prosecution Service": the statement covers what its clause says
 * the information is about (referrals), when that is another measure than
 * the request's (the allegations the rest of the answer counts). NULL: the
 * request's. */
static const char *statement_measure(struct ectx *c, const char *cl)
{
    static const char *const about[] = { "information about ", "information regarding ", "information relating to ",
                                         "information concerning ", "information on ", "information in relation to ",
                                         NULL };
    const char *l = low(c, cl);
    for (int i = 0; l && about[i]; i++) {
        const char *p = strstr(l, about[i]);
        if (!p)
            continue;
        const char *from = cl + (p - l) + strlen(about[i]);
        size_t n = strcspn(from, ",.;:(");
        const char *obj = foi_arena_strndup(&c->arena, from, n);
        if (!obj)
            return NULL;
        struct textdims md;
        eng_textdims(c, obj, &md);
        if (md.measure && c->req.measure && strcmp(md.measure, c->req.measure))
            return md.measure;
        return NULL;
    }
    return NULL;
}

/* The request's periods (more than one, fewer than all) that the paragraph
 * para names, when the clause cl points back to them with no period of its
 * own ("For those two years", "for these years", "both periods"); up to
 * ENG_MAX_PERIODS into ps/labels, their number returned (0: none). */
static int points_back(struct ectx *c, const char *cl, const char *para, struct foi_period *ps, const char **labels)
{
    const char *l = low(c, cl);
    if (!l || !para || cl == para)
        return 0;
    static const char *const dems[] = { "those ", "these ", "both ", NULL };
    int back = 0;
    for (int i = 0; dems[i] && !back; i++) {
        const char *d = strstr(l, dems[i]);
        if (!d || (d > l && isalpha((unsigned char)d[-1])))
            continue;
        const char *y = strstr(d, "year"), *pd = strstr(d, "period");
        back = (y && y - d < 24) || (pd && pd - d < 24);
    }
    /* "Figures for the financial years 2022/23 to 2025/26 were published
     * ... That part of your request is exempt": "that part" points back too */
    /* "... are published on our website at ... . As this information is
     * reasonably accessible to you, it is exempt": "this information" (the
     * figures the sentence before names) points back too */
    static const char *const parts[] = { "that part", "this part", "this information", "these figures",
                                         "this data", NULL };
    for (int i = 0; parts[i] && !back; i++)
        back = strstr(l, parts[i]) != NULL;
    if (!back)
        return 0;
    int req_n = 0;
    for (int i = 0; i < c->req.nperiods; i++)
        req_n += foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end) != 0;
    struct textdims td;
    eng_textdims(c, para, &td);
    int n = 0;
    for (int i = 0; i < td.nperiods && n < ENG_MAX_PERIODS; i++) {
        const struct foi_period *q = &td.periods[i];
        if (!foi_date_cmp(&q->start, &q->end))
            continue;
        if (!period_is_request(c, q)) {
            /* "2022/23 to 2025/26": a run of the request's periods, from one
             * to another of the same kind (each starts on the day of the
             * year the run starts, ends on the day it ends): each of them */
            int first = -1, last = -1;
            for (int k = 0; k < c->req.nperiods; k++) {
                const struct foi_period *r = &c->req.periods[k];
                if (!foi_date_cmp(&r->start, &q->start)) first = k;
                if (!foi_date_cmp(&r->end, &q->end)) last = k;
            }
            if (first < 0 || last < 0 || first == last)
                continue;   /* "in April 2021", "before 1 April 2021": not a period asked for */
            for (int k = 0; k < c->req.nperiods && n < ENG_MAX_PERIODS; k++) {
                const struct foi_period *r = &c->req.periods[k];
                if (foi_date_cmp(&r->start, &q->start) < 0 || foi_date_cmp(&r->end, &q->end) > 0 ||
                    r->start.m != q->start.m || r->start.d != q->start.d || r->end.m != q->end.m ||
                    r->end.d != q->end.d || !foi_date_cmp(&r->start, &r->end))
                    continue;
                ps[n] = *r;
                labels[n] = c->req.period_texts[k];
                n++;
            }
            continue;
        }
        ps[n] = *q;
        labels[n] = td.period_texts[i];
        n++;
    }
    return n >= 1 && n < req_n ? n : 0;
}

/* The paragraph a statement closes, headed by one of the request's periods
 * alone ("2019/20" right over "The figures for 2019/20 were published ...
 * exempt under section 21"): that period (1, into ps[0]), else 0. */
static int section_period(struct ectx *c, int block, struct foi_period *ps, const char **labels)
{
    struct eng_letter *L = c->lt;
    for (int j = block - 1; j >= 0 && j == block - 1 && L->b[j].zone != ZN_REQUEST; j--) {
        if (!(L->b[j].flags & FOI_LINE_HEADING))
            return 0;
        const char *h = L->b[j].text;
        struct foi_period p;
        size_t at, len;
        if (foi_period_find(h, NULL, &p, &at, &len) != 1 || at != 0 || !p.resolved)
            return 0;
        for (const char *r = h + len; *r; r++)
            if (!isspace((unsigned char)*r) && *r != ':' && *r != '.')
                return 0;   /* a heading saying more than the period */
        int req_n = 0;
        for (int i = 0; i < c->req.nperiods; i++)
            req_n += foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end) != 0;
        if (!period_is_request(c, &p) || req_n < 2)
            return 0;
        ps[0] = p;
        labels[0] = foi_arena_strndup(&c->arena, h, len);
        return 1;
    }
    return 0;
}

static int year_schemes(const char *text);
static int outcome_breakdown(const char *text);
static const char *status_word(enum skind k);

/* "Outcome information for these allegations is held on individual case
 * files ...; to retrieve it would exceed the 18 hour cost limit and this
 * part of the request is therefore refused under section 12": the sentence
 * of the statement opens on the outcomes ("Outcome information", "The
 * outcomes of these allegations", "Information about the outcomes"), so
 * what it refuses is the outcomes, and the request asks for them only as a
 * breakdown of the counts ("the outcome of each allegation"), no count of
 * an outcome of its own ("how many were dismissed"). The refusal then
 * refuses no total: 1. */
static int outcomes_refused_only(struct ectx *c, const char *text, enum skind k)
{
    struct eng_letter *L = c->lt;
    if (k == SK_NONE || k == SK_NCND || k == SK_NOT_HELD || k == SK_WITHHELD)
        return 0;
    for (int i = 0; i < L->nq; i++)
        if (L->q[i].outcome && !outcome_breakdown(L->q[i].text))
            return 0;
    /* the sentence of the statement */
    const char *sent = NULL;
    char ex[32];
    for (const char *t = text; t && *t && !sent;) {
        const char *e = t;
        while (*e && !((*e == '.' || *e == '?' || *e == '!') && (e[1] == ' ' || !e[1]) &&
                       !(e > t && isdigit((unsigned char)e[-1]) && isdigit((unsigned char)e[1]))))
            e++;
        const char *one = foi_arena_strndup(&c->arena, t, (size_t)(e - t));
        if (!one)
            return 0;
        if (statement_kind(c, one, ex) == k)
            sent = one;
        t = *e ? e + 1 : e;
        while (*t == ' ')
            t++;
    }
    const char *l = sent ? low(c, sent) : NULL;
    if (!l)
        return 0;
    /* "Information about the outcomes ... would have to be gathered from
     * each case file. We estimate this would take well over the 18 hours
     * allowed, and this element of your request is refused": a statement
     * naming nothing of its own (no period, category or count) is of what
     * its paragraph opens on */
    if (sent != text && strncmp(l, "outcome", 7)) {
        struct textdims td;
        eng_textdims(c, sent, &td);
        if (!td.nperiods && !td.ncats && !strstr(l, "figure") && !strstr(l, "number") && !strstr(l, "total") &&
            !strstr(l, "count"))
            l = low(c, first_sentence(c, text));
        if (!l)
            return 0;
    }
    static const char *const lead[] = { "the ", "information on ", "information about ", "information regarding ",
                                        "information relating to ", "details of ", "data on ", "data about ",
                                        "data for ", "any ", NULL };
    for (int again = 1; again;) {
        again = 0;
        for (int i = 0; lead[i]; i++)
            if (!strncmp(l, lead[i], strlen(lead[i]))) {
                l += strlen(lead[i]);
                again = 1;
            }
    }
    if (strncmp(l, "outcome", 7))
        return 0;
    /* the subject up to its verb names the outcomes alone, not "the
     * outcomes of the allegations recorded in 2024 and all the figures for
     * 2022 and 2023" */
    static const char *const verb[] = { " is ", " are ", " was ", " were ", " cannot ", " could ", " would ",
                                        " will ", " has ", " have ", " can ", NULL };
    const char *to = l + strlen(l);
    for (int i = 0; verb[i]; i++) {
        const char *v = strstr(l, verb[i]);
        if (v && v < to)
            to = v;
    }
    static const char *const other[] = { "figure", "number", "total", "count", "how many", NULL };
    for (int i = 0; other[i]; i++) {
        const char *p = strstr(l, other[i]);
        if (p && p < to)
            return 0;
    }
    return 1;
}

/* "* denotes a figure of fewer than five, withheld under section 40(2) of
 * the Freedom of Information Act 2000": the document's own definition of a
 * mark its cells show (a paragraph eng_lex_mark_paras gives), naming no
 * category and no period. It says why the marked cells are kept back; the
 * cells are the withheld figures, and no total of any category or period
 * is withheld by it (a request's subject read into it would make a row for
 * people the tables do not count). 1 when text is, or lies within, such a
 * paragraph and names neither. */
static int mark_definition_unnamed(struct ectx *c, const char *text)
{
    const char *paras[16];
    int n = eng_lex_mark_paras(c, paras, 16);
    if (n <= 0 || !text || !*text)
        return 0;
    int in = 0;
    for (int i = 0; i < n && !in; i++)
        in = paras[i] && (strstr(paras[i], text) || strstr(text, paras[i]));
    if (!in)
        return 0;
    struct textdims td;
    eng_textdims(c, text, &td);
    return !td.ncats && !td.nperiods;
}

/* "... the Data status column says why: Withheld - a figure between one
 * and three ...; Not held - the force did not record that type of
 * allegation separately at the time": a key of the words a table's cells
 * show, whose "Not held" item says what the word means where a cell shows
 * it. An item that names no category refuses no part of the request (the
 * cells that show the word are the not-held figures); one that names its
 * category ("Not held - we do not record violence against women and girls
 * as an allegation type") is read as a statement. 1 when the text holds a
 * "Not held" item (the words at the text's start or after a colon or
 * semicolon, then a dash or colon) and no such item names a category. */
static int key_item_unnamed(struct ectx *c, const char *text)
{
    const char *l = low(c, text);
    if (!l)
        return 0;
    int items = 0;
    for (const char *p = strstr(l, "not held"); p; p = strstr(p + 1, "not held")) {
        const char *b = p;
        while (b > l && b[-1] == ' ')
            b--;
        if (!(b == l || b[-1] == ':' || b[-1] == ';'))
            continue;
        const char *d = p + 8;
        while (*d == ' ')
            d++;
        if (!strncmp(d, "\xe2\x80\x93", 3) || !strncmp(d, "\xe2\x80\x94", 3))
            d += 3;
        else if (*d == '-' || *d == ':')
            d++;
        else
            continue;
        if (*d != ' ')
            continue;
        size_t n = strcspn(d, ";");
        const char *item = foi_arena_strndup(&c->arena, text + (d - l), n);
        if (!item)
            return 0;
        struct textdims td;
        eng_textdims(c, item, &td);
        if (td.ncats)
            return 0;
        items++;
    }
    return items > 0;
}

static void statement_at(struct ectx *c, struct stlist *sl, int block, const char *text, const struct lrun *run)
{
    struct eng_letter *L = c->lt;
    char ex[32];
    if (block <= L->stmt_consumed)
        return;   /* its section was read with the refusal that led to it */
    enum skind k = statement_kind(c, text, ex);
    const char *loc = eng_block_loc(c, block);
    if (k == SK_NONE && refusal_lead(c, text)) {
        for (int j = block + 1; j < L->nb && j <= block + 4 && k == SK_NONE; j++) {
            if (L->b[j].zone == ZN_REQUEST)
                break;
            char sec[32];
            if (foi_value_find_exemption(L->b[j].text, sec, sizeof sec))
                continue;
            k = !strcmp(sec, "s12") ? SK_S12 : !strcmp(sec, "s14") ? SK_S14 : !strncmp(sec, "s21", 3) ? SK_S21
              : !strncmp(sec, "s40", 3) ? SK_WITHHELD : SK_EXEMPT;
            snprintf(ex, sizeof ex, "%s", k == SK_S21 ? "s21" : sec);
            L->stmt_consumed = j;
        }
    }
    if (k == SK_NONE)
        return;
    if ((k == SK_WITHHELD || k == SK_EXEMPT) && mark_definition_unnamed(c, text)) {
        eng_trace(c, loc, "the definition of a mark the cells show (%s), naming no category or period: the "
                  "marked cells are the withheld figures, no total is withheld", ex);
        return;
    }
    if (k == SK_NOT_HELD && key_item_unnamed(c, text)) {
        eng_trace(c, loc, "a key of the words an attached table's cells show ('Not held - ...'), naming no "
                  "category: it says what the word means, it withholds nothing itself: no figure");
        return;
    }
    if (k == SK_S21 && note_led(text) && !s21_refuses(c, text)) {
        eng_trace(c, loc, "a note saying where other figures are published (section 21), refusing nothing: no figure");
        return;
    }
    if (k == SK_S21 && earlier_response(c, text) && !s21_refuses(c, text)) {
        eng_trace(c, loc, "a pointer to an earlier response (section 21) that says nothing is exempt or refused: "
                  "no figure");
        return;
    }
    /* "... so 2023/24 is not held, and we do not report by calendar year, so
     * that part is not held either": two statements joined in one clause,
     * each of its own part of the request; each read on its own */
    {
        const char *cl0 = statement_clause(c, text, k);
        const char *l0 = cl0 ? low(c, cl0) : NULL;
        for (const char *a = l0 ? strstr(l0, ", and ") : NULL; a; a = strstr(a + 1, ", and ")) {
            size_t at = (size_t)(a - l0);
            const char *head = foi_arena_strndup(&c->arena, cl0, at);
            const char *tail = cl0 + at + 6;
            char hx[32], tx[32];
            if (!head)
                break;
            enum skind hk = statement_kind(c, head, hx), tk = statement_kind(c, tail, tx);
            if (hk == SK_NONE || tk == SK_NONE || strlen(tail) < 20)
                continue;
            statement_at(c, sl, block, tail, run);
            text = head;
            k = hk;
            memcpy(ex, hx, sizeof ex);
            break;
        }
    }
    int indiv = k == SK_NCND ? about_individuals(c, text) : 0;
    if (indiv) {
        /* "In respect of the period 1 April 2023 to 5 February 2024, ... can
         * neither confirm nor deny that it holds any further information":
         * the further information is that period's figures (the reasons
         * after it may speak of a named officer) */
        const char *ncl = statement_clause(c, text, k);
        struct textdims pd;
        eng_textdims(c, ncl, &pd);
        int nper = 0, pick = -1;
        for (int i = 0; i < pd.nperiods; i++)
            if (foi_date_cmp(&pd.periods[i].start, &pd.periods[i].end)) {
                nper++;
                pick = i;
            }
        if (nper == 1 && about_individuals(c, ncl) != 1 && !period_is_request(c, &pd.periods[pick]) &&
            !period_given(c, &pd.periods[pick]))
            indiv = 0;
    }
    if (indiv) {
        eng_trace(c, loc, "neither confirm nor deny about individuals or further information: no figure refused");
        return;
    }
    const char *other = about_unasked(c, statement_clause(c, text, k));
    if (k == SK_NOT_HELD && outcomes_subject(c, statement_clause(c, text, k))) {
        /* "Outcomes for the other categories are not held in a reportable
         * form": the outcomes are not held, not the counts; an outcome is
         * never a not-held row (only a total is), so no figure */
        eng_trace(c, loc, "not held: the outcomes, not the totals: no figure");
        return;
    }
    /* "Where an outcome count is fewer than five it is shown as *. That
     * information is personal data ... exempt under section 38(1)(b)": the
     * reason the document's suppressed cells are kept back (the exemption
     * its suppression note gives), naming no period or category, withholds
     * those cells, no total (section 40(2), read as withheld, never was a
     * refusal of totals; FOISA's 38(1)(b) reads as an exemption) */
    if (k == SK_EXEMPT && c->supp_has && c->supp_exemption[0] &&
        !strcmp(ex, c->supp_exemption)) {
        const char *lt = low(c, text);
        struct textdims sd;
        eng_textdims(c, text, &sd);
        if (lt && !sd.nperiods && !sd.ncats &&
            (strstr(lt, "fewer than") || strstr(lt, "less than") || strstr(lt, "shown as") ||
             strstr(lt, "replaced") || strstr(lt, "under five") || strstr(lt, "<5") || strstr(lt, "small number"))) {
            eng_trace(c, loc, "the reason for the suppressed cells (%s): no total refused", ex);
            return;
        }
    }
    if (outcomes_refused_only(c, text, k)) {
        eng_trace(c, loc, "%s: the outcomes, a breakdown the request asks of the counts, not the totals: no figure",
                  status_word(k));
        return;
    }
    if (other) {
        eng_trace(c, loc, "%s about '%.60s', which was not asked: no figure refused",
                  k == SK_NCND ? "neither confirm nor deny" : "refusal", other);
        return;
    }
    struct statement s;
    memset(&s, 0, sizeof s);
    s.kind = k;
    s.block = block;
    s.q = -1;
    snprintf(s.ex, sizeof s.ex, "%s", ex);
    s.raw = foi_collapse_ws(&c->arena, text, strlen(text));
    if (k == SK_NCND && !ex[0]) {
        /* the sections are often in the paragraphs that explain them, or
         * listed under the statement ("by virtue of the following
         * exemptions:" / "• Section 30(3) ..." / "• Section 31(3) ...") */
        size_t tl = strlen(text);
        int list = tl && text[tl - 1] == ':';
        for (int j = block + 1; j < L->nb && j <= block + 12 &&
                                (!s.ex[0] || (list && (L->b[j].flags & FOI_LINE_BULLET))); j++) {
            if (s.ex[0] && !(L->b[j].flags & FOI_LINE_BULLET))
                break;
            char all[32];
            if (L->b[j].zone == ZN_REQUEST || foi_value_find_exemptions(L->b[j].text, all, sizeof all))
                continue;
            eng_ncnd_sections(all, s.ex, sizeof s.ex);
        }
    }
    if (k == SK_S21) {
        const char *link = first_link(text);
        for (int j = block + 1; !link && j < L->nb && j <= block + 3; j++)
            link = first_link(L->b[j].text);
        if (link) {
            size_t n = strcspn(link, " )]>,");
            while (n && (link[n - 1] == '.' || link[n - 1] == ';'))
                n--;
            s.note = foi_arena_printf(&c->arena, "published at %.*s", (int)n, link);
        } else {
            s.note = "reasonably accessible by other means (section 21)";
        }
    }
    /* scope: the questions it names, the question being answered, a period
     * or category of its own, else the whole request */
    const char *cl = statement_clause(c, text, k);
    s.clause = cl;
    s.measure = statement_measure(c, cl);
    int qs[16];
    int nq = named_questions(L, cl, qs, 16);
    if (nq) {
        for (int i = 0; i < nq && !c->rc; i++) {
            s.q = qs[i];
            st_add(c, sl, &s);
        }
        eng_trace(c, loc, "%s for question%s %s%s", k == SK_NCND ? "neither confirm nor deny" : "refusal",
                  nq > 1 ? "s" : "", L->q[qs[0]].id, nq > 1 ? " and others" : "");
        return;
    }
    /* the question answered: in the answer, or right under the question's
     * heading even where its wording reads as boilerplate ("This letter
     * serves as notice under section 1(1)(a) that the information is not held") */
    struct textdims td;
    eng_textdims(c, cl, &td);
    drop_publication_dates(c, cl, &td);
    drop_restated_periods(cl, &td);
    int pick = -1, nper = 0;
    for (int i = 0; i < td.nperiods; i++)
        if (foi_date_cmp(&td.periods[i].start, &td.periods[i].end)) {
            nper++;
            pick = i;
        }
    /* one period of several the request names ("Figures for 2021/22 are
     * not held") is the statement's own; the request's only period is not */
    int req_nper = 0;
    for (int i = 0; i < c->req.nperiods; i++)
        req_nper += foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end) != 0;
    int own = nper == 1 && (!period_is_request(c, &td.periods[pick]) || req_nper > 1);
    struct foi_period bp;
    const char *blabel = NULL;
    struct foi_period pb[ENG_MAX_PERIODS];
    const char *pbl[ENG_MAX_PERIODS];
    /* "for those years" naming several of the request's periods is
     * points_back's (below); back_period is for the one part named */
    /* "Our reports are not produced by financial year and that part of your
     * request is therefore not held": a clause naming one scheme of years
     * says which part "that part" is (statement_schemes), not the years its
     * paragraph names before it ("the tables below answer for 2024 and 2025") */
    int cl_schemes = year_schemes(cl), one_scheme = cl_schemes == 1 || cl_schemes == 2;
    if (!nper && !td.ncats && restates_statement(c, block, cl, k)) {
        eng_trace(c, loc, "the refusal closes the statement before it (\"that part\"): that statement's scope, no figure of its own");
        return;
    }
    if (!nper && !one_scheme && !points_back(c, cl, L->b[block].text, pb, pbl) &&
        back_period(c, text, cl, &bp, &blabel)) {
        eng_trace(c, loc, "the refusal points back at the part its paragraph names: %s", blabel ? blabel : "");
        pick = only_period(&td, &bp, blabel, &nper, &own);
    }
    if (!nper && run->q < 0 && k != SK_WITHHELD && heading_period(c, block, &bp, &blabel)) {
        eng_trace(c, loc, "the statement covers the period of the heading above it: %s", blabel ? blabel : "");
        pick = only_period(&td, &bp, blabel, &nper, &own);
        s.by_heading = 1;
    }
    /* "In respect of police staff for the period ..., ... can neither
     * confirm nor deny": the people it names, also under a question */
    s.subject = statement_subject(c, cl, block);
    if (!td.ncats) {
        /* the category (and people) the paragraph's lead names, its clause none */
        const char *lcat = NULL, *lsub = NULL;
        if (lead_label(c, block, &lcat, &lsub)) {
            td.ncats = 1;
            td.cats[0] = td.category = lcat;
            if (!s.subject && !td.subject)
                s.subject = lsub;
            eng_trace(c, loc, "the statement is about what its paragraph's lead names: %s%s%s", lcat,
                      s.subject ? ", " : "", s.subject ? s.subject : "");
        } else if (c->req.ncats > 1 && cl != text && strlen(cl) < strlen(text) &&
                   (strstr(low(c, cl), "this part") || strstr(low(c, cl), "that part"))) {
            /* "Violence against women and girls is not a category on our
             * database. To identify these allegations we would have to read
             * ... This part of your request is therefore refused under
             * section 12(1)": "this part" is the one category the sentences
             * before it in its paragraph name (round 43a, blind43
             * Leicestershire), not every category asked for */
            const char *at = strstr(text, cl);
            const char *before = at && at > text ? foi_arena_strndup(&c->arena, text, (size_t)(at - text)) : NULL;
            struct textdims bd;
            if (before) {
                eng_textdims(c, before, &bd);
                if (bd.ncats == 1) {
                    td.ncats = 1;
                    td.cats[0] = td.category = bd.category;
                    eng_trace(c, loc, "\"this part\" is the one category its paragraph names before it: %s",
                              bd.category);
                }
            }
        }
    }
    if (run->q >= 0 && (L->b[block].zone == ZN_RESPONSE || run->qhead == block)) {
        /* a period of its own, not the question's, is what it covers */
        const struct textdims *qt = &L->q[run->q].td;
        int qper = 0;
        for (int i = 0; own && i < qt->nperiods; i++)
            qper |= !foi_date_cmp(&qt->periods[i].start, &td.periods[pick].start) &&
                    !foi_date_cmp(&qt->periods[i].end, &td.periods[pick].end);
        if (own && !qper) {
            s.period = td.periods[pick];
            s.period_label = td.period_texts[pick];
            s.has_period = 1;
        }
        s.q = run->q;
        st_add(c, sl, &s);
        return;
    }
    if (own) {
        s.period = td.periods[pick];
        s.period_label = td.period_texts[pick];
        s.has_period = 1;
    } else if (!nper && run->has_scope && !period_is_request(c, &run->scope)) {
        /* "the figures below are for 1 January to 31 December 2023" and then
         * "Police staff: we neither confirm nor deny ...": the period the
         * answer says it covers, not the request's it replaced */
        s.period = run->scope;
        s.period_label = run->scope_label;
        s.has_period = 1;
        eng_trace(c, loc, "the period the answer says it covers: %s", run->scope_label ? run->scope_label : "");
    }
    /* "... recorded in the financial years 2019/20 and 2020/21. For those
     * two years the information is not held.": a clause with no period of
     * its own that points back covers the request's periods its paragraph
     * names (each of them, as the paragraph names them) */
    struct foi_period back[ENG_MAX_PERIODS];
    const char *back_label[ENG_MAX_PERIODS];
    int nback = nper || s.has_period || one_scheme ? 0 : points_back(c, cl, L->b[block].text, back, back_label);
    if (!nback && !nper && !s.has_period)
        nback = section_period(c, block, back, back_label);
    if (!nback && nper >= 2 && !s.has_period) {
        /* "Figures for the calendar years 2024 and 2025 are not held": the
         * clause names several of the request's periods (not all): each */
        int n = 0, all = 1;
        for (int i = 0; i < td.nperiods && n < ENG_MAX_PERIODS; i++) {
            if (!foi_date_cmp(&td.periods[i].start, &td.periods[i].end))
                continue;
            if (!period_is_request(c, &td.periods[i]) && !year_of_request_run(c, &td.periods[i])) {
                all = 0;
                break;
            }
            back[n] = td.periods[i];
            back_label[n] = td.period_texts[i];
            n++;
        }
        /* a run of years the request asks for counts each of its years */
        int req_years = 0;
        for (int i = 0; i < c->req.nperiods; i++)
            if (foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end))
                req_years += years_in_run(&c->req.periods[i]);
        if (all && n >= 2 && n < req_years)
            nback = n;
    }
    for (int p = 0; p < (nback ? nback : 1) && !c->rc; p++) {
        if (nback) {
            s.period = back[p];
            s.period_label = back_label[p];
            s.has_period = 1;
            s.referred = 1;
        }
        if (td.ncats >= 1 && td.ncats < (c->req.ncats ? c->req.ncats : 1) + (c->req.ncats ? 0 : 1)) {
            for (int i = 0; i < td.ncats && !c->rc; i++) {
                s.category = td.cats[i];
                st_add(c, sl, &s);
            }
            continue;
        }
        s.whole = !s.has_period && !s.subject && !s.measure;
        st_add(c, sl, &s);
    }
}

static const char *status_word(enum skind k)
{
    switch (k) {
    case SK_NCND: return "neither confirm nor deny";
    case SK_NOT_HELD: return "not held";
    case SK_WITHHELD: return "withheld";
    default: return "refused";
    }
}

static int period_answered(struct ectx *c, const char *category, const char *subject, const char *measure,
                           const struct textdims *pt);

/* Does a question ask for the outcome of each thing it counts ("the outcome
 * of each allegation", "the outcomes of these allegations", "what the
 * outcome was in each case") rather than count one outcome of its own ("how
 * many were dismissed or would have been dismissed")? */
static int outcome_breakdown(const char *text)
{
    static const char *const w[] = { "outcome of each", "outcomes of each", "outcome of these", "outcomes of these",
                                     "outcome of those", "outcomes of those", "outcome of the allegation",
                                     "outcomes of the allegation", "outcome in each", "outcome for each",
                                     "outcomes for each", "outcome of every", "broken down by outcome",
                                     "breakdown by outcome", "by outcome", "the outcome of them", NULL };
    for (int i = 0; text && w[i]; i++)
        if (foi_strcasestr(text, w[i]))
            return 1;
    return 0;
}

static void statement_emit(struct ectx *c, const struct statement *s, const char *category,
                           const struct foi_period *p, const char *plabel)
{
    struct eng_letter *L = c->lt;
    struct lfig f;
    memset(&f, 0, sizeof f);
    f.v.status = s->kind == SK_NCND ? FOI_VS_NCND : s->kind == SK_NOT_HELD ? FOI_VS_NOT_HELD
               : s->kind == SK_WITHHELD ? FOI_VS_SUPPRESSED : FOI_VS_REFUSED;
    snprintf(f.v.exemption, sizeof f.v.exemption, "%s", s->kind == SK_NOT_HELD ? "" : s->ex);
    f.d.category = category;
    f.d.subject = s->subject;
    /* a refusal of a question is of what that question counts ("misconduct
     * hearings"), before any measure of the letter's other answers */
    f.d.measure = s->measure ? s->measure : s->q >= 0 ? L->q[s->q].td.measure : NULL;
    f.d.outcome = "total";
    if (p) {
        f.d.period = *p;
        f.d.has_period = 1;
        f.d.period_label = plabel;
    }
    struct lrun run;
    memset(&run, 0, sizeof run);
    run.q = s->q;
    f.value_text = status_word(s->kind);
    f.locator = eng_block_loc(c, s->block);
    f.raw = s->raw;
    f.note = s->note;
    f.d.inferred = s->inferred;
    f.conf = c->o->confidence - 0.05;
    /* the outcome the question asks about; a question about several ("how
     * many were dismissed or would have been dismissed") is refused for each */
    const struct eng_question *q = s->q >= 0 ? &L->q[s->q] : NULL;
    int nout = q && q->outcome && !strcmp(q->outcome, "?") ? q->noutcomes : 1;
    /* "4. The outcome of each allegation." answered "The outcomes are
     * withheld under section 40(2)": a question asking only for the outcomes
     * of the allegations the others count, naming none of them and no count
     * of its own, is a breakdown of those totals; a statement about those
     * outcomes is no status row of any total */
    if (q && !q->noutcomes && outcome_breakdown(q->text) && !foi_strcasestr(q->text, "number of") &&
        !foi_strcasestr(q->text, "how many") && s->raw && foi_strcasestr(s->raw, "outcome")) {
        eng_trace(c, f.locator, "%s not taken: the outcomes of the allegations, a breakdown question %s asks "
                  "of the totals", status_word(s->kind), q->id);
        return;
    }
    for (int k = 0; k < nout && !c->rc; k++) {
        struct lfig g = f;
        if (q && q->outcome)
            g.d.outcome = nout > 1 ? q->outcomes[k] : q->outcome;
        if (q && q->outcome && strcmp(g.d.outcome, "total") && category && s->kind != SK_NCND &&
            q->text && foi_strcasestr(q->text, "outcome")) {
            /* "(b) the outcome of each allegation (dismissed, ...)" answered
             * "Part (b), outcomes: ... not recorded ... (section 12)" where
             * the document gives the category's totals for the period: the
             * breakdown alone is refused or not held, which is no row (an
             * outcome is never a status row beside an answered total). A
             * question that counts one outcome ("how many were dismissed")
             * is a figure of its own, and a live investigation's NCND is
             * about the outcome itself. */
            struct textdims one;
            memset(&one, 0, sizeof one);
            if (p) {
                one.periods[0] = *p;
                one.nperiods = 1;
            }
            if (period_answered(c, category, s->subject, f.d.measure, p ? &one : &c->req)) {
                eng_trace(c, f.locator, "%s not taken: only the outcome %s of %s, whose total is answered",
                          status_word(s->kind), g.d.outcome, category);
                continue;
            }
            /* "(b) the outcome of each allegation (dismissed, would have
             * been dismissed, ...)": a breakdown of the totals by outcome.
             * Refused or not held, it is never a status row per outcome:
             * the total of the category and period is what a status covers,
             * answered or given a status of its own ("part (a) for 2026/27
             * to date ... also refused"; NCND for the category). */
            if (nout > 1 && outcome_breakdown(q->text)) {
                eng_trace(c, f.locator, "%s not taken: the outcome %s of %s, a breakdown the question asks of the totals",
                          status_word(s->kind), g.d.outcome, category);
                continue;
            }
        }
        eng_letter_emit(c, &g, &run, status_word(s->kind));
    }
}

/* Did the document give a figure for the category (and the people, when
 * subject is set) in one of the periods? */
static int period_answered(struct ectx *c, const char *category, const char *subject, const char *measure,
                           const struct textdims *pt)
{
    const char *cat = category ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, category) : NULL;
    const char *sub = subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, subject) : NULL;
    const char *mea = measure ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_MEASURE, measure) : NULL;
    for (int p = 0; p < pt->nperiods; p++) {
        char a[11], b[11];
        foi_date_iso(&pt->periods[p].start, a);
        foi_date_iso(&pt->periods[p].end, b);
        for (size_t i = 0; i < c->lt->nem; i++) {
            const struct emitted *e = &c->lt->em[i];
            if (!e->dead && !strcmp(e->start, a) && !strcmp(e->end, b) && (!cat || same_str(e->cat, cat)) &&
                (!sub || same_str(e->subj, sub)) && (!mea || same_str(e->meas, mea)))
                return 1;
        }
    }
    return 0;
}

/* The period an emitted figure was given for (resolved): 0; 1 when it has
 * none (left out since, or its period unresolved); -1 when its dates do not
 * read. */
static int emitted_period(const struct emitted *e, struct foi_period *p)
{
    memset(p, 0, sizeof *p);
    if (e->dead || !e->start[0])
        return 1;
    if (foi_date_parse_iso(e->start, &p->start) || foi_date_parse_iso(e->end, &p->end))
        return -1;
    p->resolved = 1;
    return 0;
}

/* "The last two financial years" of a request that names no period: the
 * years the answer's figures cover, when they are exactly that many whole
 * years of that kind, one after another; they become the request's periods
 * for the refusals and "not held" rows that cover the request. */
static int req_spans(const struct ectx *c)
{
    int n = 0;
    for (int i = 0; i < c->req.nperiods; i++)
        n += foi_date_cmp(&c->req.periods[i].start, &c->req.periods[i].end) != 0;
    return n;
}

static void relative_request_periods(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    /* (a day the request names, "your request of 1 December 2026", is no
     * period it asks about) */
    if (!L->rel_years || req_spans(c))
        return;
    struct foi_period ps[ENG_MAX_PERIODS];
    int n = 0, kind = 0;
    for (size_t i = 0; i < L->nem; i++) {
        struct foi_period p;
        int r = emitted_period(&L->em[i], &p);
        if (r > 0)
            continue;
        if (r < 0)
            return;
        int fy = p.start.m == 4 && p.start.d == 1 && p.end.m == 3 && p.end.d == 31 && p.end.y == p.start.y + 1;
        int cy = p.start.m == 1 && p.start.d == 1 && p.end.m == 12 && p.end.d == 31 && p.end.y == p.start.y;
        int k = fy ? FOI_PER_FY : cy ? FOI_PER_CALENDAR_YEAR : 0;
        if (!k || (kind && k != kind) || (L->rel_kind && k != L->rel_kind))
            return;   /* a figure over some other span: the answer does not say which years */
        kind = k;
        int dup = 0;
        for (int j = 0; j < n; j++)
            dup |= !foi_date_cmp(&ps[j].start, &p.start);
        if (dup)
            continue;
        if (n == ENG_MAX_PERIODS)
            return;
        p.resolved = 1;
        p.kind = k;
        ps[n++] = p;
    }
    if (n != L->rel_years)
        return;
    struct textdims td;
    memset(&td, 0, sizeof td);
    for (int j = 0; j < n; j++) {
        td.periods[j] = ps[j];
        td.period_texts[j] = kind == FOI_PER_FY ? foi_arena_printf(&c->arena, "%d/%02d", ps[j].start.y,
                                                                    (ps[j].start.y + 1) % 100)
                                                : foi_arena_printf(&c->arena, "%d", ps[j].start.y);
        if (!td.period_texts[j])
            return;
    }
    td.nperiods = n;
    struct foi_period span;
    const char *label;
    if (!eng_span_of(c, &td, n, &span, &label))
        return;   /* gaps between them: not "the last N years" */
    memcpy(c->req.periods, td.periods, sizeof td.periods);
    memcpy(c->req.period_texts, td.period_texts, sizeof td.period_texts);
    c->req.nperiods = n;
    eng_trace(c, NULL, "the request's '%s' are the years the answer gives: %s", L->rel_text, label);
}

/* "for each of the last two complete years and for the current year to
 * date", answered in an attachment the letter describes ("Please find
 * attached ..., which gives ... for the calendar years 2024 and 2025 and for
 * 2026 up to 30 November"), the letter giving no figure of its own to read
 * the years from (relative_request_periods): the periods that paragraph
 * names are the request's, when they are exactly that many whole years of
 * one kind, one after another, and (only where the request asks for it) one
 * stretch from the next year's first day, the year to date. */
static void attachment_request_periods(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    if (!L->rel_years || req_spans(c) || !L->att_text)
        return;
    struct textdims td;
    eng_textdims(c, L->att_text, &td);
    struct textdims out;
    memset(&out, 0, sizeof out);
    int kind = 0, years = 0, ytd = 0;
    struct foi_period last = { 0 };
    for (int i = 0; i < td.nperiods; i++) {
        const struct foi_period *p = &td.periods[i];
        if (!foi_date_cmp(&p->start, &p->end))
            continue;
        if (!p->resolved || ytd || out.nperiods == ENG_MAX_PERIODS)
            return;
        int fy = p->start.m == 4 && p->start.d == 1 && p->end.m == 3 && p->end.d == 31 && p->end.y == p->start.y + 1;
        int cy = p->start.m == 1 && p->start.d == 1 && p->end.m == 12 && p->end.d == 31 && p->end.y == p->start.y;
        int k = fy ? FOI_PER_FY : cy ? FOI_PER_CALENDAR_YEAR : 0;
        if (k) {
            if ((kind && k != kind) || (L->rel_kind && k != L->rel_kind))
                return;
            if (years && p->start.y != last.start.y + 1)
                return;   /* not one after another */
            kind = k;
            years++;
            last = *p;
        } else {
            /* the year to date: from the first day of the year after the
             * last whole year, ending inside that year */
            if (!L->rel_to_date || !years || p->start.y != last.start.y + 1 || p->start.m != last.start.m ||
                p->start.d != 1 || foi_date_cmp(&p->end, &last.end) <= 0 || p->end.y > last.end.y + 1 ||
                (p->end.y == last.end.y + 1 && (p->end.m > last.end.m ||
                                                (p->end.m == last.end.m && p->end.d >= last.end.d))))
                return;
            ytd = 1;
        }
        out.periods[out.nperiods] = *p;
        out.period_texts[out.nperiods++] = td.period_texts[i];
    }
    if (years != L->rel_years)
        return;
    memcpy(c->req.periods, out.periods, sizeof out.periods);
    memcpy(c->req.period_texts, out.period_texts, sizeof out.period_texts);
    c->req.nperiods = out.nperiods;
    L->rel_from_att = 1;
    eng_trace(c, NULL, "the request's '%s' are the periods the letter says the attachment gives (%d)",
              L->rel_text ? L->rel_text : "", out.nperiods);
}

/* "(a) for the financial year 2024/25 and (b) for the period 1 April 2025
 * to 31 May 2025": each of the request's periods is the one period of a part
 * of its own, so a refusal of the request is a refusal of each part, one row
 * per part's period, not one over their span. */
static int periods_in_parts(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    int nper = 0;
    for (int p = 0; p < c->req.nperiods; p++) {
        if (!foi_date_cmp(&c->req.periods[p].start, &c->req.periods[p].end))
            continue;
        nper++;
        int found = 0;
        for (int k = 0; k < L->nq && !found; k++) {
            const struct textdims *qt = &L->q[k].td;
            int n = 0, same = 0;
            for (int i = 0; i < qt->nperiods; i++)
                if (foi_date_cmp(&qt->periods[i].start, &qt->periods[i].end)) {
                    n++;
                    same |= !foi_date_cmp(&qt->periods[i].start, &c->req.periods[p].start) &&
                            !foi_date_cmp(&qt->periods[i].end, &c->req.periods[p].end);
                }
            found = n == 1 && same;
        }
        if (!found)
            return 0;
    }
    return nper > 1;
}

/* Does one of the periods pt asks for run only to date ("2026/27 to date",
 * "2025 YTD")? */
static int asks_to_date(const struct textdims *pt)
{
    for (int p = 0; p < pt->nperiods; p++) {
        const char *t = pt->period_texts[p];
        if (t && (foi_strcasestr(t, "to date") || foi_strcasestr(t, "ytd") || foi_strcasestr(t, "so far") ||
                  foi_strcasestr(t, "year-to-date")))
            return 1;
    }
    return 0;
}

/* A request for whole years and a year "to date" answered by a table that
 * gives each of those periods as a column of its own ("1 April 2025 to 31
 * March 2026", "1 April 2026 to 31 October 2026"): a statement over the
 * request's periods beside it (police staff not held) is one row per period,
 * the table's periods, not one row over whole years and a part year
 * together. Where nothing is answered per period, or the answer is prose,
 * the span rule stands (a refusal of the whole request, an NCND beside
 * figures in sentences). */
static int table_gives_each(struct ectx *c, const struct textdims *pt)
{
    /* "the last two complete years and the current year to date", the
     * years read from the answer's figures (relative_request_periods), the
     * year to date not given: asked as the rule asks it */
    int rel = pt == &c->req && c->lt->rel_years && c->lt->rel_to_date && c->req.nperiods == c->lt->rel_years;
    if (!asks_to_date(pt) && !rel && !(pt == &c->req && c->lt->rel_from_att && c->lt->rel_to_date))
        return 0;
    /* the letter says its attachment gives each of them ("for the calendar
     * years 2024 and 2025 and for 2026 up to 30 November"): its periods
     * set out one by one, as a table's columns would */
    if (pt == &c->req && c->lt->rel_from_att && c->lt->rel_to_date)
        return c->req.nperiods > 1;
    int n = 0;
    for (int p = 0; p < pt->nperiods; p++) {
        if (!foi_date_cmp(&pt->periods[p].start, &pt->periods[p].end))
            continue;
        struct foi_period q = pt->periods[p];
        const char *pn;
        eng_period_defined(c, pt->period_texts[p], &q, &pn, 1);
        if (!q.resolved)
            return 0;
        char a[11], b[11];
        foi_date_iso(&q.start, a);
        foi_date_iso(&q.end, b);
        int found = 0;
        for (size_t i = 0; i < c->lt->nem && !found; i++) {
            const struct emitted *e = &c->lt->em[i];
            found = !e->dead && e->pend < 0 && !strcmp(e->start, a) && !strcmp(e->end, b);
        }
        if (!found)
            return 0;
        n++;
    }
    return n > 1;
}

/* The year schemes a text names: 1 financial years, 2 calendar years. */
static int year_schemes(const char *text)
{
    int k = 0;
    if (text && (foi_strcasestr(text, "financial year") || foi_strcasestr(text, "financial-year")))
        k |= 1;
    if (text && (foi_strcasestr(text, "calendar year") || foi_strcasestr(text, "calendar-year")))
        k |= 2;
    return k;
}

static int period_scheme(const struct foi_period *p)
{
    if (p->kind == FOI_PER_FY || (p->start.m == 4 && p->start.d == 1 && p->end.m == 3 && p->end.d == 31 &&
                                  p->end.y == p->start.y + 1))
        return 1;
    if (p->kind == FOI_PER_CALENDAR_YEAR || (p->start.m == 1 && p->start.d == 1 && p->end.m == 12 &&
                                             p->end.d == 31 && p->end.y == p->start.y))
        return 2;
    return 0;
}

/* period_scheme, and a run of whole years of one scheme ("the calendar
 * years 2021 to 2025": 1 January 2021 to 31 December 2025) that scheme's. */
static int span_scheme(const struct foi_period *p)
{
    int k = period_scheme(p);
    if (k || p->end.y <= p->start.y)
        return k;
    if (p->start.m == 4 && p->start.d == 1 && p->end.m == 3 && p->end.d == 31)
        return 1;
    if (p->start.m == 1 && p->start.d == 1 && p->end.m == 12 && p->end.d == 31)
        return 2;
    return 0;
}

/* A request asking in both schemes (financial and calendar years), answered
 * in one: a statement over the request's periods covers the scheme its
 * paragraph names ("for the three financial years above", "the
 * calendar-year part of your request"), else the scheme every figure of the
 * answer is given in ("I have answered for the financial years only"), and
 * the request's periods of the other scheme are no part of it. 3 (both)
 * when nothing tells. */
static int statement_schemes(struct ectx *c, const struct statement *s, const struct textdims *pt)
{
    int asked = 0;
    for (int p = 0; p < pt->nperiods; p++)
        asked |= span_scheme(&pt->periods[p]);
    if (asked != 3)
        return 3;
    /* the statement's own sentence names one ("Calendar-year figures are
     * not held"), whatever the rest of its paragraph says; or its first
     * clause does, the reason after it naming the other ("...: our reports
     * run by financial year only") */
    /* its own clause first: "the figures below answer for 2022 and 2023 by
     * calendar year. Our reports are not produced by financial year and
     * that part ... is not held": the clause's scheme */
    int cown = s->clause ? year_schemes(s->clause) : 0;
    if (cown == 1 || cown == 2)
        return cown;
    int own = s->raw ? year_schemes(s->raw) : 0;
    if (own == 3) {
        size_t n = strcspn(s->raw, ":;");
        const char *l = low(c, s->raw);
        static const char *const why[] = { " because ", " as our ", " since ", " as the ", " as we ", NULL };
        for (int k = 0; l && why[k]; k++) {
            const char *w = strstr(l, why[k]);
            if (w && (size_t)(w - l) < n)
                n = (size_t)(w - l);
        }
        char head[256];
        snprintf(head, sizeof head, "%.*s", (int)(n < sizeof head - 1 ? n : sizeof head - 1), s->raw);
        own = year_schemes(head);
    }
    if (own == 1 || own == 2)
        return own;
    int named = s->block >= 0 && s->block < c->lt->nb ? year_schemes(c->lt->b[s->block].text) : 0;
    if (named == 3) {
        /* both named ("records are dated by financial year ... the
         * calendar-year part of your request"): the part it refuses, else
         * the heading it sits under ("Calendar years: section 12") */
        const char *t = c->lt->b[s->block].text;
        int part = 0;
        static const char *const parts[] = { "financial-year part", "financial year part", "financial years part",
                                              "calendar-year part", "calendar year part", "calendar years part", NULL };
        for (int k = 0; parts[k]; k++)
            if (foi_strcasestr(t, parts[k]))
                part |= k < 3 ? 1 : 2;
        for (int j = s->block - 1; !part && j >= 0 && j >= s->block - 2; j--) {
            if (c->lt->b[j].zone == ZN_REQUEST)
                break;
            if (c->lt->b[j].flags & FOI_LINE_HEADING)
                part = year_schemes(c->lt->b[j].text);
        }
        named = part;
    }
    if (named == 1 || named == 2)
        return named;
    /* "withheld ... for all the periods requested", "neither confirms nor
     * denies ... for any of the periods in your request": every period,
     * whatever scheme the figures given are in */
    static const char *const every[] = { "all the periods", "all periods", "all of the periods", "every period",
                                         "each of the periods", "each period", "any of the periods", "any period",
                                         NULL };
    for (int k = 0; every[k] && s->block >= 0 && s->block < c->lt->nb; k++)
        if (foi_strcasestr(c->lt->b[s->block].text, every[k]))
            return 3;
    int given = eng_answer_schemes(c);
    return given == 1 || given == 2 ? given : 3;
}

/* A statement over the whole request (no period, people or measure of its
 * own) that names one year scheme after its verb ("do not hold the figures
 * by calendar year"), in a request asking in both schemes whose every
 * figure is given in the other: that scheme (1 financial, 2 calendar),
 * else 0. */
/* Does p run over a year boundary of scheme sch (1 April for financial
 * years, 1 January for calendar years)? */
static int crosses_scheme(const struct foi_period *p, int sch)
{
    int m = sch == 1 ? 4 : 1;
    for (int y = p->start.y; y <= p->end.y + 1; y++) {
        struct foi_date b = { .y = y, .m = m, .d = 1 };
        if (foi_date_cmp(&p->start, &b) < 0 && foi_date_cmp(&b, &p->end) <= 0)
            return 1;
    }
    return 0;
}

/* The figures given (not status rows) are in another division of time than
 * scheme sch: none is a year of it, and some run over its year boundary
 * ("H1 2025", January to June, against financial years): they cannot be
 * added up into its years. */
static int figures_other_scheme(struct ectx *c, int sch)
{
    int n = 0, cross = 0;
    for (size_t i = 0; i < c->lt->nem; i++) {
        const struct emitted *e = &c->lt->em[i];
        struct foi_period q;
        if (e->has_v && e->v.status != FOI_VS_REPORTED && e->v.status != FOI_VS_SUPPRESSED)
            continue;
        if (emitted_period(e, &q))
            continue;
        if (span_scheme(&q) == sch)
            return 0;
        n++;
        cross |= crosses_scheme(&q, sch);
    }
    return n && cross;
}

static int scheme_withheld(struct ectx *c, const struct statement *s)
{
    int asked = 0;
    for (int p = 0; p < c->req.nperiods; p++)
        asked |= period_scheme(&c->req.periods[p]);
    if (asked == 1 || asked == 2) {
        /* "We cannot give figures for financial years ..., so the
         * financial-year information you asked for is not held in that
         * form. We have given the half-year figures instead": a request in
         * one scheme, a statement naming it before or after its verb, and
         * every figure given in another division of time: the request's
         * years of that scheme */
        const char *cl = statement_clause(c, s->raw, s->kind);
        const char *l = cl ? low(c, cl) : NULL;
        if (!l || s->kind != SK_NOT_HELD || !figures_other_scheme(c, asked))
            return 0;
        int named = year_schemes(l);
        if (named == 3) {
            /* "Our database is organised by financial year, so figures for
             * calendar years are not held": the part from the comma before
             * the verb names what is not held */
            const char *v = strstr(l, "not held");
            if (!v)
                v = strstr(l, "not hold");
            const char *a = l;
            for (const char *q = l; v && (q = strstr(q, ", ")) && q < v; q++)
                a = q + 2;
            char head[256];
            size_t n = v ? (size_t)(v - a) : 0;
            snprintf(head, sizeof head, "%.*s", (int)(n < sizeof head - 1 ? n : sizeof head - 1), a);
            named = year_schemes(head);
        }
        return named == asked ? asked : 0;
    }
    if (asked != 3)
        return 0;
    const char *cl = statement_clause(c, s->raw, s->kind);
    const char *l = cl ? low(c, cl) : NULL;
    if (!l)
        return 0;
    static const char *const verbs[] = { "not hold", "not held", "not record", "not recorded", "refus",
                                         "exempt", "not obliged", "neither confirm", NULL };
    const char *at = NULL;
    for (int i = 0; verbs[i]; i++) {
        const char *v = strstr(l, verbs[i]);
        if (v && (!at || v < at))
            at = v;
    }
    int sch = at ? year_schemes(at) : 0;
    int given = eng_answer_schemes(c);
    if ((sch == 1 || sch == 2) && given == 3 - sch)
        return sch;
    /* "our reports run by financial year only, so the calendar-year part of
     * your request is not held": the part it names */
    static const char *const parts[] = { "financial-year part", "financial year part", "financial years part",
                                         "calendar-year part", "calendar year part", "calendar years part", NULL };
    int part = 0;
    for (int k = 0; parts[k]; k++)
        if (strstr(l, parts[k]))
            part |= k < 3 ? 1 : 2;
    if ((part == 1 || part == 2) && given == 3 - part)
        return part;
    /* "Calendar-year figures are not held: our reports run by financial
     * year only": the scheme before the verb is withheld, the one after it
     * the reason (the one the figures are in) */
    if (at && at > l) {
        char head[256];
        size_t n = (size_t)(at - l);
        snprintf(head, sizeof head, "%.*s", (int)(n < sizeof head - 1 ? n : sizeof head - 1), l);
        int before = year_schemes(head);
        if ((before == 1 || before == 2) && given == 3 - before)
            return before;
    }
    /* "You asked for the same calendar-year figures in an earlier request
     * ... so we are refusing this part of your request (section 14(2))":
     * a clause naming no scheme, in a paragraph naming only the one the
     * answer does not give, refuses that one */
    if (!year_schemes(l)) {
        int para = year_schemes(s->raw), figs = 0;
        /* the schemes of the figures given (not of status rows) */
        for (size_t i = 0; i < c->lt->nem; i++) {
            const struct emitted *e = &c->lt->em[i];
            struct foi_period q;
            if (e->has_v && e->v.status != FOI_VS_REPORTED && e->v.status != FOI_VS_SUPPRESSED)
                continue;
            if (!emitted_period(e, &q))
                figs |= period_scheme(&q);
        }
        if ((para == 1 || para == 2) && figs == 3 - para)
            return para;
    }
    return 0;
}

int eng_period_scheme(const struct foi_period *p)
{
    return period_scheme(p);
}

int eng_answer_schemes(struct ectx *c)
{
    int given = 0;
    for (size_t i = 0; c->lt && i < c->lt->nem; i++) {
        struct foi_period q;
        if (!emitted_period(&c->lt->em[i], &q))
            given |= period_scheme(&q);
    }
    return given;
}

/* One row per category (and period) a statement covers. */
/* "To answer your request for the period 1 April 2019 to 31 March 2021 ...
 * That part of your request is therefore refused": the request's periods the
 * document leaves unanswered for the category, when they run on from each
 * other and the statement's paragraph (or the one it closes) names them as
 * one span, are that span as the letter states it. 1 and *out, else 0. */
static int stated_span(struct ectx *c, const struct statement *s, const char *cat, const struct textdims *pt,
                       struct foi_period *out, const char **label)
{
    struct eng_letter *L = c->lt;
    struct foi_period open[ENG_MAX_PERIODS];
    int n = 0;
    for (int p = 0; p < pt->nperiods && n < ENG_MAX_PERIODS; p++) {
        if (!foi_date_cmp(&pt->periods[p].start, &pt->periods[p].end))
            continue;
        struct textdims one;
        memset(&one, 0, sizeof one);
        one.periods[0] = pt->periods[p];
        one.nperiods = 1;
        if (!period_answered(c, cat, s->subject, s->measure, &one))
            open[n++] = pt->periods[p];
    }
    struct foi_period span;
    if (n < 2 || n == pt->nperiods || !eng_periods_span(open, n, &span))
        return 0;
    for (int j = s->block; j >= 0 && j >= s->block - 1 && j < L->nb; j--) {
        if (L->b[j].zone == ZN_REQUEST)
            break;
        struct textdims td;
        eng_textdims(c, L->b[j].text, &td);
        for (int i = 0; i < td.nperiods; i++)
            if (!foi_date_cmp(&td.periods[i].start, &span.start) && !foi_date_cmp(&td.periods[i].end, &span.end)) {
                *out = td.periods[i];
                *label = td.period_texts[i];
                return 1;
            }
    }
    return 0;
}

/* Does the text give a count: a number that is no year ("14 misconduct
 * hearings", not "in 2022")? Section numbers aside. */
static int gives_count(const char *t)
{
    for (const char *p = t; *p;) {
        if (!isdigit((unsigned char)*p)) {
            p++;
            continue;
        }
        size_t n = 0;
        while (isdigit((unsigned char)p[n]))
            n++;
        int sect = p - t >= 8 && !strncasecmp(p - 8, "section ", 8);
        if (n != 4 && !sect && (p == t || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[n]) &&
            p[n] != '(' && p[n] != '/')
            return 1;
        p += n;
    }
    return 0;
}

/* "the split", "a split between officers and staff": the word as a noun
 * (not "we have split your request"). */
static int split_noun(const char *t)
{
    for (const char *p = foi_strcasestr(t, "split"); p; p = foi_strcasestr(p + 5, "split")) {
        if (p > t && isalpha((unsigned char)p[-1]))
            continue;
        if (isalpha((unsigned char)p[5]) && strncasecmp(p + 5, "s ", 2))
            continue;
        const char *b = p;
        while (b > t && b[-1] == ' ')
            b--;
        static const char *const dets[] = { "the", "a", "any", "this", "that", "such" };
        for (size_t i = 0; i < sizeof dets / sizeof *dets; i++) {
            size_t n = strlen(dets[i]);
            if ((size_t)(b - t) >= n && !strncasecmp(b - n, dets[i], n) &&
                (b - n == t || !isalpha((unsigned char)b[-n - 1])))
                return 1;
        }
    }
    return 0;
}

/* "See Q2.", "Our answers to Q1 and Q2 give ...", "refer to the table in
 * our answer to question 2": the statement sends the reader to another
 * answer of the letter, where the figures it speaks of are given. */
static int points_to_answer(const char *t)
{
    static const char *const refs[] = { "see q", "answer to q", "answers to q", "see question ", "answer to question ",
                                        "answers to questions ", "answers to question ", "refer to q",
                                        "refer to question ", NULL };
    for (int i = 0; refs[i]; i++)
        for (const char *p = foi_strcasestr(t, refs[i]); p; p = foi_strcasestr(p + 1, refs[i])) {
            const char *e = p + strlen(refs[i]);
            if ((p == t || !isalpha((unsigned char)p[-1])) && isdigit((unsigned char)*e))
                return 1;
        }
    return 0;
}

/* "Outcomes for 2024 are not held separately", "The outcomes of these
 * allegations are not recorded": a clause whose subject is the outcomes
 * (the breakdown of a count), not the count itself. */
static int outcomes_clause(const char *cl)
{
    static const char *const lead[] = { "the ", "details of ", "information on ", "information about ",
                                        "a breakdown of ", "any ", NULL };
    while (*cl == ' ')
        cl++;
    for (int again = 1; again;) {
        again = 0;
        for (int i = 0; lead[i]; i++)
            if (!strncasecmp(cl, lead[i], strlen(lead[i]))) {
                cl += strlen(lead[i]);
                again = 1;
            }
    }
    return !strncasecmp(cl, "outcome", 7);
}

/* A refusal of the outcomes: its clause's subject is them ("The outcomes
 * of ... are withheld"), or it refers back ("That part of your request is
 * refused") to a sentence whose subject they are ("The outcomes for 2025/26
 * could only be found by reading each case file ..."). */
static int outcomes_refused(struct ectx *c, const char *raw, enum skind k)
{
    const char *cl = statement_clause(c, raw, k);
    if (!cl)
        return 0;
    if (outcomes_clause(cl))
        return 1;
    while (*cl == ' ')
        cl++;
    static const char *const back[] = { "that part", "this part", "that information", "this information",
                                        "that element", "this element", NULL };
    int refers = 0;
    for (int i = 0; back[i] && !refers; i++)
        refers = !strncasecmp(cl, back[i], strlen(back[i]));
    const char *at = refers ? strstr(raw, cl) : NULL;
    if (!at || at == raw)
        return 0;
    /* the sentence before: back over ". " to the one before it */
    const char *e = at;
    while (e > raw && (e[-1] == ' ' || e[-1] == '.'))
        e--;
    const char *b = e;
    while (b > raw && !(b[-1] == ' ' && b - 2 >= raw && b[-2] == '.'))
        b--;
    const char *prev = foi_arena_strndup(&c->arena, b, (size_t)(e - b));
    return prev && outcomes_clause(prev);
}

/* "Outcomes of allegations recorded in 2024/25 and all figures for 2023/24
 * and 2026/27 to date would take more than 18 hours ... refused": a refusal
 * of outcomes joined to one of every figure of some periods; the statement's
 * own period written (first after the outcomes) only after that second part
 * ("and all figures for", "and all the figures for", "and the figures for",
 * "and all information for", "and any figures for"), in the same sentence,
 * is one whose counts are refused too. */
static int counts_part(struct ectx *c, const char *cl, const struct statement *s)
{
    static const char *const cue[] = { " and all figures for ", " and all the figures for ", " and the figures for ",
                                       " and all information for ", " and all the information for ",
                                       " and any figures for ", " and all data for ", " and all figures relating to ",
                                       NULL };
    if (!cl || !s->has_period || !s->period_label || !*s->period_label)
        return 0;
    /* the clause, or (a clause pointing back, "that part ... is refused")
     * the text from the outcomes it refers to */
    const char *l = low(c, cl), *o = l ? strstr(l, "outcome") : NULL;
    if (!o && s->raw) {
        cl = s->raw;
        l = low(c, cl);
        o = l ? strstr(l, "outcome") : NULL;
    }
    if (!o)
        return 0;
    const char *at = NULL;
    for (int i = 0; cue[i]; i++) {
        const char *p = strstr(o, cue[i]);
        if (p && (!at || p < at))
            at = p;
    }
    if (!at || memchr(o, '.', (size_t)(at - o)))
        return 0;   /* the cue in another sentence than the outcomes' */
    const char *pl = foi_strcasestr(cl + (o - l), s->period_label);
    return pl && pl - cl > at - l;
}

/* Does a question ask for its figure type by type ("in each of those
 * types", "broken down by allegation type")? */
static int per_type(const char *q)
{
    static const char *const w[] = { "each of th", "each type", "each kind", "each categor", "each allegation type",
                                     "every type", "every categor", "by type", "by allegation type", "by category",
                                     "broken down by", "breakdown by", "per type", "for both types", NULL };
    for (int i = 0; w[i]; i++) {
        const char *p = foi_strcasestr(q, w[i]);
        if (p && (p == q || !isalpha((unsigned char)p[-1])))
            return 1;   /* "in each year" asks year by year, not type by type */
    }
    return 0;
}

/* "Section 31(1)(a) \xe2\x80\x93 law enforcement" over "The number of
 * allegations of abuse of position ... is withheld for every period
 * requested.": a paragraph that withholds something without naming the
 * section, right under a heading that names one, is read with the heading
 * before it. The paragraph's text otherwise. */
static const char *under_exemption_heading(struct ectx *c, int block)
{
    struct eng_letter *L = c->lt;
    const char *t = L->b[block].text;
    char ex[32], sec[32];
    if (block < 1 || !(L->b[block - 1].flags & FOI_LINE_HEADING) || statement_kind(c, t, ex) != SK_NONE)
        return t;
    if (!foi_strcasestr(t, "withh") && !foi_strcasestr(t, "exempt") && !foi_strcasestr(t, "refus"))
        return t;
    const char *h = L->b[block - 1].text;
    if (strlen(h) > 80 || foi_value_find_exemption(h, sec, sizeof sec))
        return t;
    const char *both = foi_arena_printf(&c->arena, "%s. %s", h, t);
    return both ? both : t;
}

/* An emitted figure the document gives (not a refusal, not held or NCND). */
static int gives(const struct emitted *e)
{
    return !e->dead && e->start[0] &&
           !(e->has_v && (e->v.status == FOI_VS_REFUSED || e->v.status == FOI_VS_NOT_HELD ||
                          e->v.status == FOI_VS_NCND));
}

/* The periods the document gives figures of category in (up to
 * ENG_MAX_PERIODS, into td's periods), when there are some and none of them
 * is a period of the request: it answers in periods of its own ("1 Oct 2023 -
 * 30 Sep 2024" where the request asked for financial and calendar years).
 * 1 then, else 0. */
static int own_periods_of(struct ectx *c, const char *category, struct textdims *td)
{
    const char *cat = category ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, category) : NULL;
    memset(td, 0, sizeof *td);
    if (!cat)
        return 0;
    char ra[ENG_MAX_PERIODS][11], rb[ENG_MAX_PERIODS][11];
    for (int p = 0; p < c->req.nperiods && p < ENG_MAX_PERIODS; p++) {
        foi_date_iso(&c->req.periods[p].start, ra[p]);
        foi_date_iso(&c->req.periods[p].end, rb[p]);
    }
    for (size_t i = 0; i < c->lt->nem; i++) {
        const struct emitted *e = &c->lt->em[i];
        if (!gives(e) || !same_str(e->cat, cat))
            continue;
        for (int p = 0; p < c->req.nperiods && p < ENG_MAX_PERIODS; p++)
            if (!strcmp(e->start, ra[p]) && !strcmp(e->end, rb[p]))
                return 0;
        struct foi_period_ctx pc = {0};
        struct foi_period per;
        char lab[32];
        snprintf(lab, sizeof lab, "%s to %s", e->start, e->end);
        if (foi_period_parse(lab, &pc, &per) != 1 || !per.resolved)
            return 0;
        int dup = 0;
        for (int k = 0; k < td->nperiods && !dup; k++)
            dup = !foi_date_cmp(&td->periods[k].start, &per.start) && !foi_date_cmp(&td->periods[k].end, &per.end);
        if (dup)
            continue;
        if (td->nperiods == ENG_MAX_PERIODS)
            return 0;
        td->periods[td->nperiods] = per;
        td->period_texts[td->nperiods] = e->plabel;
        td->nperiods++;
    }
    return td->nperiods > 0;
}

/* Does the document give a figure over some of p (within: for p itself or
 * a part of it; the calendar years beside a financial year are neither)? */
static int period_figures(struct ectx *c, const struct foi_period *p, int within)
{
    char a[11], b[11];
    foi_date_iso(&p->start, a);
    foi_date_iso(&p->end, b);
    for (size_t i = 0; i < c->lt->nem; i++) {
        const struct emitted *e = &c->lt->em[i];
        if (gives(e) && (within ? strcmp(e->start, a) >= 0 && strcmp(e->end, b) <= 0
                                : strcmp(e->start, b) <= 0 && strcmp(e->end, a) >= 0))
            return 1;
    }
    return 0;
}

/* The request's categories cats[0..n) as the document gives them: a
 * category no figure of the document counts is set to NULL; the people a
 * category is given for, when always the same and not those of every other
 * category ("abuse of position (police officers)" beside the others' officers
 * and staff together), into subj[k] (else NULL). The number of categories
 * kept when figures were given for some but not all of them, or for some
 * of other people than the rest; 0 (nothing changed) otherwise. */
static int given_categories(struct ectx *c, const char **cats, int n, const char **subj)
{
    const char *ids[ENG_MAX_CATS], *one[ENG_MAX_CATS];
    int kept = 0, dropped = 0, own = 0;
    for (int k = 0; k < n; k++) {
        subj[k] = NULL;
        ids[k] = cats[k] ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, cats[k]) : NULL;
        one[k] = NULL;
        int seen = 0, mixed = 0;
        for (size_t i = 0; ids[k] && i < c->lt->nem; i++) {
            const struct emitted *e = &c->lt->em[i];
            if (!gives(e) || !same_str(e->cat, ids[k]))
                continue;
            if (!seen)
                one[k] = e->subj;
            else if (!same_str(one[k], e->subj))
                mixed = 1;
            seen = 1;
        }
        if (mixed)
            one[k] = NULL;
        if (seen)
            kept++;
        else if (ids[k])
            dropped++;
    }
    if (!kept)
        return 0;
    for (int k = 0; k < n; k++) {
        if (!ids[k])
            continue;
        int seen = 0;
        for (size_t i = 0; i < c->lt->nem && !seen; i++)
            seen = gives(&c->lt->em[i]) && same_str(c->lt->em[i].cat, ids[k]);
        if (!seen) {
            cats[k] = NULL;
            continue;
        }
        /* people of its own: every other kept category is given for others */
        int differs = one[k] != NULL, others = 0;
        for (int j = 0; j < n && differs; j++)
            if (j != k && ids[j] && one[j] != NULL) {
                others++;
                differs = strcmp(one[j], one[k]) != 0;
            }
        if (differs && others) {
            subj[k] = one[k];
            own++;
        }
    }
    return dropped || own ? kept : 0;
}

/* Does the statement's clause name one period the document gives no
 * figures for ("The figures for 2025/26 are withheld ..., up 40% on
 * 2024/25")? A refusal of several such ("the financial years 2023/24,
 * 2024/25 and 2025/26 ... refused") is a part of the request refused whole,
 * whatever the document gives for other years. */
static int one_period(struct ectx *c, const char *raw)
{
    if (!raw)
        return 0;
    struct textdims td;
    eng_textdims(c, raw, &td);
    drop_publication_dates(c, raw, &td);
    int n = 0;
    for (int i = 0; i < td.nperiods; i++)
        n += foi_date_cmp(&td.periods[i].start, &td.periods[i].end) != 0 && !period_figures(c, &td.periods[i], 1);
    return n == 1;
}

/* "Earlier years were answered in ... and are exempt under section 21",
 * "Figures for previous years are not held": a statement whose clause names
 * no period but the years before the ones answered. The request's periods
 * (each one year or part of one, resolved) that end before the first day
 * the document gives any figure for, none of them given: their number, into
 * ps and labels; 0 when the clause says no such thing, the request names no
 * such period, or one of the request's periods runs over several years or
 * is given in part (which years it means is then not plain). */
static int earlier_periods(struct ectx *c, const char *clause, struct foi_period *ps, const char **labels)
{
    static const char *const cue[] = { "earlier year", "previous year", "prior year", "preceding year",
                                       "earlier financial year", "previous financial year",
                                       "earlier calendar year", "previous calendar year", NULL };
    const char *l = low(c, clause);
    int said = 0;
    for (int i = 0; l && cue[i] && !said; i++)
        said = strstr(l, cue[i]) != NULL;
    if (!said)
        return 0;
    /* the first day the document gives a figure for */
    const char *first = NULL;
    for (size_t i = 0; i < c->lt->nem; i++) {
        const struct emitted *e = &c->lt->em[i];
        if (gives(e) && (!first || strcmp(e->start, first) < 0))
            first = e->start;
    }
    if (!first)
        return 0;
    int n = 0;
    for (int i = 0; i < c->req.nperiods; i++) {
        const struct foi_period *p = &c->req.periods[i];
        if (!foi_date_cmp(&p->start, &p->end) || !p->resolved)
            continue;
        if (years_in_run(p) > 1)
            return 0;
        char b[11];
        foi_date_iso(&p->end, b);
        if (strcmp(b, first) >= 0)
            continue;
        if (period_given(c, p))
            return 0;
        if (n == ENG_MAX_PERIODS)
            return 0;
        ps[n] = *p;
        labels[n] = c->req.period_texts[i];
        n++;
    }
    return n;
}

/* "in any of the years requested", "for each year", "in either year": a
 * statement that speaks of each of the years one by one. */
static int each_year_words(const char *t)
{
    static const char *const w[] = { "any of the years", "each of the years", "any of those years",
                                     "any of the periods", "each of the periods",
                                     "each of those years", "any of these years", "each of these years",
                                     "either of the years", "either year", "each year", "any year",
                                     "both years", "in each of the", "for each of the", "year by year", NULL };
    for (int i = 0; t && w[i]; i++)
        if (foi_strcasestr(t, w[i]))
            return 1;
    return 0;
}

/* The request asks year by year ("for each of the last five financial
 * years"). */
static int request_each_year(struct ectx *c)
{
    if (c->req_first < 0)
        return 0;
    const char *t = "";
    for (int i = c->req_first; i <= c->req_last && i < c->doc->nlines; i++)
        t = foi_arena_printf(&c->arena, "%s %s", t, c->doc->lines[i].text);
    return each_year_words(t);
}

/* Every period of td a whole financial or calendar year (no year to date). */
static int whole_years(const struct textdims *td)
{
    int n = 0;
    for (int p = 0; p < td->nperiods; p++) {
        const struct foi_period *q = &td->periods[p];
        const char *t = td->period_texts[p];
        if (!foi_date_cmp(&q->start, &q->end))
            continue;   /* a day (the request's date) is no period of it */
        if (!span_scheme(q) || (t && (foi_strcasestr(t, "to date") || foi_strcasestr(t, "so far") ||
                                      foi_strcasestr(t, "ytd") || foi_strcasestr(t, "year to "))))
            return 0;
        n++;
    }
    return n > 1;
}

/* A statement over the request's categories for some people ("the
 * information about police staff is not held") and another of the same
 * kind naming one of those categories for everyone ("the CNC does not
 * record a VAWG marker ..., so this information is not held for officers or
 * staff", or naming no people): the one naming the category covers its
 * staff too, and stands
 * alone for it; the first gives that category no row of its own (it would
 * say the same of a part of what the other says of the whole). */
static int category_covered(struct ectx *c, const struct stlist *sl, const struct statement *s, const char *cat)
{
    if (s->category || !s->subject || !cat)
        return 0;
    const char *subj = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, s->subject);
    if (!subj || !strcmp(subj, "officers_and_staff"))
        return 0;
    const char *id = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, cat);
    for (int i = 0; id && i < sl->n; i++) {
        const struct statement *t = &sl->s[i];
        if (t == s || t->kind != s->kind || !t->category || t->has_period != s->has_period || t->q != s->q ||
            !same_str(foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, t->category), id))
            continue;
        const char *ts = t->subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, t->subject) : NULL;
        if (!ts || !strcmp(ts, "officers_and_staff"))
            return 1;   /* no people named: the request's, all of them */
    }
    return 0;
}

static void statements_emit(struct ectx *c, struct stlist *sl, long figures_before)
{
    struct eng_letter *L = c->lt;
    /* a statement naming its categories first ("Information about
     * allegations of sexual assault is withheld under section 30(1)(a)"):
     * where one over every category ("The figures for the financial years
     * ... are exempt under section 21") covers the same figure, the one
     * about the category is the more particular, and stands */
    for (int i = 0, pass = 0; pass < 2 && !c->rc; i = (i + 1 < sl->n) ? i + 1 : (pass++, 0)) {
        if (!sl->n)
            break;
        const struct statement *s = &sl->s[i];
        if ((s->category != NULL) != (pass == 0))
            continue;
        if (s->kind == SK_WITHHELD && s->q < 0)
            continue;   /* the reasoning behind suppressed cells, not a figure */
        if (s->kind == SK_NOT_HELD && s->raw &&
            (foi_strcasestr(s->raw, "breakdown") || foi_strcasestr(s->raw, "broken down") ||
             split_noun(s->raw) || outcomes_clause(statement_clause(c, s->raw, s->kind))) &&
            (gives_count(s->raw) || points_to_answer(s->raw))) {
            /* "14 misconduct hearings ... were held. We do not hold a
             * breakdown of hearings by allegation type": the count is given
             * whole beside it, its parts are not held; no figure (as a
             * refusal of outcome detail where totals are given). Without
             * such a count ("2022 cannot be broken down by type") the
             * figures asked for are not held. */
            eng_trace(c, eng_block_loc(c, s->block), "not held: a breakdown of a count, not the count itself");
            continue;
        }
        if ((s->kind == SK_S12 || s->kind == SK_S14 || s->kind == SK_S21 || s->kind == SK_EXEMPT) && s->raw &&
            !(s->q >= 0 && L->q[s->q].outcome) && outcomes_refused(c, s->raw, s->kind) &&
            !counts_part(c, statement_clause(c, s->raw, s->kind), s)) {
            /* "The outcomes of allegations recorded in 2026-27 ... are
             * withheld under section 30(1)", "Outcomes for the other types
             * ... refused under section 12": the breakdown of the counts is
             * refused, not the counts; a refused row is a count's (the
             * corpus README), so no figure, whether or not the counts are
             * given elsewhere. Not so where it answers a question asking
             * for an outcome's count ("How many ... resulted in
             * dismissal?"): that count is what is refused */
            eng_trace(c, eng_block_loc(c, s->block), "refusal of the outcomes, a breakdown of the counts: no figure");
            continue;
        }
        if (s->q >= 0 && L->q[s->q].cats_back && L->q[s->q].td.ncats > 1 && L->q[s->q].td.measure &&
            !strcmp(L->q[s->q].td.measure, "individuals") && !s->category && !per_type(L->q[s->q].text)) {
            /* "(2) how many of the officers concerned were suspended": one
             * count of people across the allegations of the several types
             * before it (an officer may be in several), asked of no type;
             * refused or not held, it is no category's total (of one type
             * before it, it is that type's) */
            eng_trace(c, eng_block_loc(c, s->block), "%s: question %s counts people across the types of "
                      "the question before it, no type's figure", status_word(s->kind), L->q[s->q].id);
            continue;
        }
        const char *cats[ENG_MAX_CATS];
        int ncats = 0;
        if (s->q >= 0) {
            const struct textdims *qt = &L->q[s->q].td;
            for (int k = 0; k < qt->ncats; k++)
                cats[ncats++] = qt->cats[k];
        } else if (s->category) {
            cats[ncats++] = s->category;
        }
        if (!ncats)
            for (int k = 0; k < c->req.ncats; k++) {
                if (category_covered(c, sl, s, c->req.cats[k])) {
                    eng_trace(c, eng_block_loc(c, s->block), "%s not taken for %s: a statement naming it covers "
                              "officers and staff", status_word(s->kind), c->req.cats[k]);
                    continue;
                }
                cats[ncats++] = c->req.cats[k];
            }
        if (!ncats && !c->req.ncats)
            cats[ncats++] = NULL;   /* the context may say; else left out with a trace */
        if (s->whole && figures_before + L->figures > 0 && !(s->kind == SK_S12)) {
            int sch = s->raw ? scheme_withheld(c, s) : 0;
            if (sch) {
                /* "We record by financial year and do not hold the figures
                 * by calendar year", every figure given in the other
                 * scheme: the request's periods of the one it names */
                eng_trace(c, eng_block_loc(c, s->block), "%s: the %s years asked for", status_word(s->kind),
                          sch == 1 ? "financial" : "calendar");
                for (int k = 0; k < ncats && !c->rc; k++)
                    for (int p = 0; p < c->req.nperiods; p++) {
                        if (period_scheme(&c->req.periods[p]) != sch)
                            continue;
                        /* "the current financial year 2026/27 to date" that
                         * nothing ends: no period, no row */
                        struct foi_period yp = c->req.periods[p];
                        const char *pn;
                        eng_period_defined(c, c->req.period_texts[p], &yp, &pn, 1);
                        if (!yp.resolved) {
                            if (k == 0)
                                eng_trace(c, eng_block_loc(c, s->block), "%s: '%s' asked to date, which nothing "
                                          "ends: no row", status_word(s->kind), c->req.period_texts[p]);
                            continue;
                        }
                        statement_emit(c, s, cats[k], &c->req.periods[p], c->req.period_texts[p]);
                    }
                continue;
            }
            struct foi_period ep[ENG_MAX_PERIODS];
            const char *epl[ENG_MAX_PERIODS];
            int nep = s->clause ? earlier_periods(c, s->clause, ep, epl) : 0;
            if (nep > 0) {
                /* "Earlier years were answered in FOI 2025-002210 and are
                 * exempt under section 21": the request's years before the
                 * first the document gives figures for */
                eng_trace(c, eng_block_loc(c, s->block), "%s: the earlier years asked for, before those given (%d)",
                          status_word(s->kind), nep);
                for (int k = 0; k < ncats && !c->rc; k++)
                    for (int p = 0; p < nep && !c->rc; p++)
                        statement_emit(c, s, cats[k], &ep[p], epl[p]);
                continue;
            }
            struct foi_period rp;
            const char *rl = NULL;
            if (s->raw && s->kind != SK_NOT_HELD && eng_relative_span(c, s->raw, &rp, &rl) &&
                !period_given(c, &rp)) {
                /* "Information for 1 January 2026 to the date of this
                 * response is exempt under section 22", "Figures for the
                 * current financial year to date are withheld": a stretch
                 * the letter's own date ends, no period figures were given
                 * for (round 42b) */
                eng_trace(c, eng_block_loc(c, s->block), "%s: '%s', ended by the letter's own date",
                          status_word(s->kind), rl);
                for (int k = 0; k < ncats && !c->rc; k++)
                    statement_emit(c, s, cats[k], &rp, rl);
                continue;
            }
            eng_trace(c, eng_block_loc(c, s->block), "%s: figures were given, so it is taken as about "
                      "other information", status_word(s->kind));
            continue;
        }
        struct statement own;
        if (s->has_period && s->by_heading && period_given(c, &s->period)) {
            /* figures were given for the heading's period (a table's heading
             * above it): the heading is not what it covers */
            own = *s;
            own.has_period = 0;
            own.by_heading = 0;
            own.whole = !own.subject && !own.measure;
            s = &own;
        }
        if (s->has_period && !s->category && !s->subject && s->q < 0 && !period_figures(c, &s->period, 0) &&
            one_period(c, s->raw)) {
            /* "The figures for 2025/26 are withheld under section 22" where
             * the document gives other years' figures: what it withholds is
             * what it gives for those years, category by category, of the
             * people it gives each for; not a category it gives nowhere
             * ("not recorded as a separate type") */
            const char *gs[ENG_MAX_CATS];
            int kept = given_categories(c, cats, ncats, gs);
            if (kept > 0) {
                for (int k = 0; k < ncats && !c->rc; k++) {
                    if (!cats[k])
                        continue;
                    struct statement one = *s;
                    one.subject = gs[k];
                    statement_emit(c, &one, cats[k], &s->period, s->period_label);
                }
                continue;
            }
        }
        if (s->has_period) {
            for (int k = 0; k < ncats; k++) {
                struct textdims one;
                memset(&one, 0, sizeof one);
                one.periods[0] = s->period;
                one.nperiods = 1;
                if (s->referred && period_answered(c, cats[k], s->subject, s->measure, &one)) {
                    eng_trace(c, eng_block_loc(c, s->block), "%s: %s is answered, so not that period",
                              status_word(s->kind), s->period_label ? s->period_label : "the period");
                    continue;
                }
                statement_emit(c, s, cats[k], &s->period, s->period_label);
            }
            continue;
        }
        /* "Abuse of position ... by police staff: ... neither confirm nor
         * deny": a statement about one group of people of a category whose
         * figures the answer gives only in periods of its own (reporting
         * years, not the request's) covers those periods */
        if (s->subject && s->q < 0 && ncats == 1 && cats[0]) {
            struct textdims op;
            if (own_periods_of(c, cats[0], &op)) {
                eng_trace(c, eng_block_loc(c, s->block), "%s: the periods the answer gives %s in", status_word(s->kind),
                          cats[0]);
                for (int p = 0; p < op.nperiods && !c->rc; p++)
                    statement_emit(c, s, cats[0], &op.periods[p], op.period_texts[p]);
                continue;
            }
        }
        /* the request's periods (a question's own first): one row over
         * them all when they run on from each other, else one each */
        const struct textdims *pt = s->q >= 0 && L->q[s->q].td.nperiods ? &L->q[s->q].td : &c->req;
        /* what the refused question counts ("misconduct hearings"): the
         * answers to another question (allegations) do not answer it */
        const char *smeas = s->measure ? s->measure : s->q >= 0 ? L->q[s->q].td.measure : NULL;
        int nper = 0;
        for (int p = 0; p < pt->nperiods; p++)
            if (foi_date_cmp(&pt->periods[p].start, &pt->periods[p].end))
                nper++;
        struct foi_period span;
        const char *span_label = NULL;
        /* (whether they run on is asked of all the request's periods, its
         * conditional alternative's too: a request in both schemes never
         * spans, as before round 36a) */
        int spans = nper > 1 && !(pt == &c->req && periods_in_parts(c)) && !table_gives_each(c, pt) &&
                    eng_span_of(c, pt, 0, &span, &span_label);
        /* "(or for the calendar years 2024 and 2025 and 2026 to date, if
         * that is how you record the information)": an alternative the
         * request offers on a condition that nothing of the answer takes up
         * (no figure in its scheme, no statement naming it) is no part of
         * what a statement over the request covers, one row per period */
        struct textdims fr;
        if (pt == &c->req && c->req_alt_scheme && !spans) {
            int schemes = statement_schemes(c, s, pt);
            if (schemes == 3 ? !(eng_answer_schemes(c) & c->req_alt_scheme) : !(schemes & c->req_alt_scheme)) {
                fr = c->req;
                fr.nperiods = 0;
                for (int p = 0; p < c->req.nperiods; p++) {
                    if (eng_req_alternative(c, &c->req.periods[p], c->req.period_texts[p])) {
                        eng_trace(c, eng_block_loc(c, s->block), "%s not taken for %s: the request's alternative "
                                  "on a condition, which the answer does not take up", status_word(s->kind),
                                  c->req.period_texts[p] ? c->req.period_texts[p] : "a period");
                        continue;
                    }
                    fr.periods[fr.nperiods] = c->req.periods[p];
                    fr.period_texts[fr.nperiods++] = c->req.period_texts[p];
                }
                pt = &fr;
            }
        }
        /* the request's own years, its alternative on a condition left out
         * (nothing of the answer takes it up), running on from each other:
         * a statement naming no year ("information about police staff is not
         * held by the MDP") covers their span, one row each (corpus README:
         * the request's period), as it would were the alternative not
         * offered (whole years only: a year to date among them keeps one
         * row per period, as round 30 has it); one that speaks of each year
         * ("in any of the years requested"), or a request asking year by
         * year ("for each of the last five financial years"), stays one row
         * per year, as blind19's and unseen-letters' keys have it (round
         * 47a, blind47 MDP) */
        if (!spans && pt == &fr && whole_years(&fr) && !each_year_words(s->clause ? s->clause : s->raw) &&
            !request_each_year(c) && !periods_in_parts(c) && !table_gives_each(c, pt) &&
            eng_span_of(c, pt, 0, &span, &span_label))
            spans = 1;
        for (int k = 0; k < ncats; k++) {
            if (nper <= 1) {
                statement_emit(c, s, cats[k], NULL, NULL);
                continue;
            }
            /* ... unless the document answers the category for one of them:
             * then each period's row is checked against what was given */
            if (spans && !period_answered(c, cats[k], s->subject, smeas, pt)) {
                statement_emit(c, s, cats[k], &span, span_label);
                continue;
            }
            struct foi_period said;
            const char *said_label = NULL;
            if (stated_span(c, s, cats[k], pt, &said, &said_label)) {
                statement_emit(c, s, cats[k], &said, said_label);
                continue;
            }
            int schemes = statement_schemes(c, s, pt);
            for (int p = 0; p < pt->nperiods; p++)
                if (foi_date_cmp(&pt->periods[p].start, &pt->periods[p].end) &&
                    (schemes == 3 || !span_scheme(&pt->periods[p]) || (span_scheme(&pt->periods[p]) & schemes)))
                    statement_emit(c, s, cats[k], &pt->periods[p], pt->period_texts[p]);
        }
    }
}

/* ------------------------------------------------------------ lists and pairs */
static const char *strip_bullet(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    static const char *const marks[] = { "\xe2\x80\xa2", "\xc2\xb7", "\xe2\x96\xaa", "\xe2\x80\x93",
                                         "\xe2\x97\x8f", "-", "*", "o ", NULL };
    for (int i = 0; marks[i]; i++) {
        size_t n = strlen(marks[i]);
        if (!strncmp(s, marks[i], n) && (s[n] == ' ' || s[n] == '\t')) {
            s += n;
            break;
        }
    }
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* Split "Label – value" / "Label: value" / "Label - value" at the last separator. */
static int split_pair(struct ectx *c, const char *s, const char **label, const char **value)
{
    static const char *const seps[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", ": ", "\t", NULL };
    const char *best = NULL;
    size_t bl = 0;
    for (int i = 0; seps[i]; i++) {
        const char *p = s, *last = NULL;
        while ((p = strstr(p, seps[i])) != NULL) {
            last = p;
            p += strlen(seps[i]);
        }
        if (last && (!best || last > best)) {
            best = last;
            bl = strlen(seps[i]);
        }
    }
    if (!best)
        return 0;
    *label = foi_arena_strndup(&c->arena, s, (size_t)(best - s));
    const char *v = best + bl;
    while (*v == ' ')
        v++;
    size_t n = strlen(v);
    while (n && (v[n - 1] == '.' || v[n - 1] == ';' || v[n - 1] == ' '))
        n--;
    *value = foi_arena_strndup(&c->arena, v, n);
    return *label && *value && **label && **value;
}

/* The parenthesis closing a pair's value, "4 allegations (police officers 3,
 * police staff 1)": a breakdown of the value by subject or by outcome, each
 * part "label n" or "n label". The parts (up to 8) go to lab[] and val[];
 * their vocabulary (FOI_VOCAB_SUBJECT or FOI_VOCAB_OUTCOME) is returned, -1
 * when the parenthesis is no such breakdown. *head gets the value before it. */
#define BRK_MAX 8
static int count_parts(struct ectx *c, char *in, const char **lab, const char **val, int *n);
static int breakdown(struct ectx *c, const char *value, const char **head, const char **lab, const char **val,
                     int *n)
{
    size_t vn = strlen(value);
    if (vn < 4 || value[vn - 1] != ')')
        return -1;
    int depth = 0;
    const char *o = NULL;
    for (const char *p = value + vn - 1; p >= value; p--) {
        if (*p == ')')
            depth++;
        else if (*p == '(' && --depth == 0) {
            o = p;
            break;
        }
    }
    if (!o || o == value)
        return -1;
    size_t hn = (size_t)(o - value);
    while (hn && value[hn - 1] == ' ')
        hn--;
    char *in = foi_arena_strndup(&c->arena, o + 1, (size_t)(value + vn - 1 - (o + 1)));
    *head = foi_arena_strndup(&c->arena, value, hn);
    if (!in || !*head || !**head)
        return -1;
    return count_parts(c, in, lab, val, n);
}

/* "police officers 3, police staff 1", "dismissed 1, under investigation 1",
 * "3 dismissed and 1 written warning": two or more parts, each a subject or
 * an outcome (all of one vocabulary) and its count. in is cut up. The
 * vocabulary, or -1 when in is no such list. */
static int count_parts(struct ectx *c, char *in, const char **lab, const char **val, int *n)
{
    int kind = -1;
    *n = 0;
    char *save = NULL;
    for (char *p = in; (p = strstr(p, " and ")) != NULL; p += 5)
        if (p > in && isdigit((unsigned char)p[-1]))
            *p = ',';   /* "dismissed 1 and written warning 2" */
    for (char *it = strtok_r(in, ",;", &save); it; it = strtok_r(NULL, ",;", &save)) {
        while (*it == ' ')
            it++;
        if (!strncmp(it, "and ", 4))
            it += 4;
        size_t L = strlen(it);
        while (L && (it[L - 1] == ' ' || it[L - 1] == '.'))
            it[--L] = 0;
        if (!L || *n >= BRK_MAX)
            return -1;
        /* "police officers 3" or "3 police officers" */
        const char *num, *label;
        char *sp = strrchr(it, ' ');
        if (sp && isdigit((unsigned char)sp[1])) {
            num = sp + 1;
            label = foi_arena_strndup(&c->arena, it, (size_t)(sp - it));
        } else if (isdigit((unsigned char)*it) && (sp = strchr(it, ' ')) != NULL) {
            num = foi_arena_strndup(&c->arena, it, (size_t)(sp - it));
            label = sp + 1;
        } else {
            return -1;
        }
        for (const char *d = num; *d; d++)
            if (!isdigit((unsigned char)*d) && *d != ',')
                return -1;
        /* "8 allegations (2 would have been dismissed": a label holding a
         * bracket or a number of its own is no one part; the count goes
         * only to what its own words name */
        if (!label || strpbrk(label, "()0123456789"))
            return -1;
        struct label Lb;
        eng_classify(c, label, &Lb);
        int k = Lb.primary == FOI_VOCAB_SUBJECT || Lb.primary == FOI_VOCAB_OUTCOME ? Lb.primary : -1;
        if (Lb.total || k < 0 || (kind >= 0 && k != kind))
            return -1;
        kind = k;
        lab[*n] = label;
        val[*n] = num;
        (*n)++;
    }
    return *n >= 2 ? kind : -1;
}

/* "total 3; dismissed 0, would have been dismissed 0, ... still under
 * investigation 0" (one line per type: "- Sexual assault: total 3; ..."):
 * a value that opens with the total ("total 3", "3 in total", "3
 * allegations in total"), then, after a semicolon, a list of outcomes and
 * their counts (count_parts). *head gets the total's number; the parts go
 * to lab[] and val[]. FOI_VOCAB_OUTCOME, or -1 when the value is no such
 * list. */
static int total_then_parts(struct ectx *c, const char *value, const char **head, const char **lab,
                            const char **val, int *n)
{
    const char *semi = strchr(value, ';');
    if (!semi || strchr(value, '(') || semi - value > 40)
        return -1;
    char *h = foi_arena_strndup(&c->arena, value, (size_t)(semi - value));
    char *in = foi_arena_strdup(&c->arena, semi + 1);
    if (!h || !in)
        return -1;
    /* the head: "total" and a number, in either order, with "in" or a
     * measure's word between at most */
    const char *num = NULL;
    int total = 0, words = 0;
    char *save = NULL;
    for (char *w = strtok_r(h, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        words++;
        if (!strcasecmp(w, "total") || !strcasecmp(w, "total:"))
            total = 1;
        else if (isdigit((unsigned char)*w) && !num) {
            for (const char *d = w; *d; d++)
                if (!isdigit((unsigned char)*d) && *d != ',')
                    return -1;
            num = w;
        } else if (strcasecmp(w, "in") && strcasecmp(w, "of")) {
            struct label Lm;
            eng_classify(c, w, &Lm);
            if (Lm.primary != FOI_VOCAB_MEASURE)
                return -1;
        }
    }
    if (!total || !num || words > 5)
        return -1;
    int k = count_parts(c, in, lab, val, n);
    if (k != FOI_VOCAB_OUTCOME)
        return -1;
    *head = num;
    return k;
}

/* A "Label – value" item: 1 read (taken or traced), 0 not such an item. */
static int value_parts(struct ectx *c, const char *value, const char **head, const char **parts);

static int pair_item_ex(struct ectx *c, const char *text, struct lrun *run, const char *loc, int measure_total);

static int pair_item(struct ectx *c, const char *text, struct lrun *run, const char *loc)
{
    return pair_item_ex(c, text, run, loc, 0);
}

/* measure_total: a label naming only what is counted ("Allegations
 * recorded") is the total (a card of 'label ..... value' lines under the
 * heading that names the category and period). */
static int pair_item_ex(struct ectx *c, const char *text, struct lrun *run, const char *loc, int measure_total)
{
    const char *label, *value, *parts = NULL;
    if (!split_pair(c, text, &label, &value))
        return 0;
    /* "Sexual offences recorded by the force in 2025 (all suspects): 3,127" */
    if (eng_recorded_crime(label)) {
        eng_trace(c, loc, "'%s' not a figure: counts recorded crime (offences, crimes reported), not allegations "
                  "against officers or staff", value);
        return 1;
    }
    /* "Dismissed: 1.  RPRP: 3.  Under investigation: 1.": a line of several
     * "label: count" items is no one pair (its last label would take the
     * last count and the others' counts be lost); the sentences read it */
    for (const char *q = strstr(label, ": "); q; q = strstr(q + 2, ": ")) {
        const char *dg = q + 2;
        while (isdigit((unsigned char)*dg))
            dg++;
        if (dg > q + 2 && (*dg == '.' || *dg == ';' || *dg == ',') && (dg[1] == ' ' || !dg[1]))
            return 0;
    }
    /* "4 allegations (police officers 3, police staff 1)" */
    const char *blab[BRK_MAX], *bval[BRK_MAX], *bhead = NULL;
    int nb = 0, bkind = breakdown(c, value, &bhead, blab, bval, &nb);
    const char *vmeasure = NULL;
    if (bkind < 0 && (bkind = total_then_parts(c, value, &bhead, blab, bval, &nb)) >= 0)
        value = bhead;   /* "total 3; dismissed 0, ... still under investigation 0" */
    if (bkind >= 0) {
        value = bhead;
        /* "4 allegations": the count and what it counts */
        const char *sp = strchr(value, ' ');
        struct label Lm;
        if (sp && isdigit((unsigned char)*value)) {
            eng_classify(c, sp + 1, &Lm);
            if (Lm.primary != FOI_VOCAB_MEASURE || !Lm.id[FOI_VOCAB_MEASURE])
                return 0;
            vmeasure = Lm.id[FOI_VOCAB_MEASURE];
            value = foi_arena_strndup(&c->arena, value, (size_t)(sp - value));
        }
    }
    struct foi_value v;
    if (!value || ((eng_value(c, value, &v) != 0 || v.status == FOI_VS_NONE) &&
                   (!value_parts(c, value, &value, &parts) || eng_value(c, value, &v) != 0 ||
                    v.status == FOI_VS_NONE)))
        return 0;
    struct label Lb;
    eng_classify(c, label, &Lb);
    struct lfig f;
    memset(&f, 0, sizeof f);
    struct dims *d = &f.d;
    if (Lb.total) {
        d->outcome = label;
    } else if (Lb.primary == FOI_VOCAB_OUTCOME) {
        d->outcome = label;
    } else if (Lb.primary == FOI_VOCAB_SUBJECT) {
        d->subject = label;
    } else if (Lb.primary == FOI_VOCAB_CATEGORY) {
        d->category = label;
    } else if (Lb.primary == FOI_VOCAB_FORCE) {
        d->force = Lb.id[FOI_VOCAB_FORCE];
        if (c->force && d->force && strcmp(d->force, c->force)) {
            eng_trace(c, loc, "'%s' not a figure: about another force", value);
            return 1;
        }
    } else if (Lb.primary == PRIMARY_PERIOD) {
        d->period = Lb.period;
        d->has_period = 1;
        d->period_label = label;
    } else if (measure_total && Lb.primary == FOI_VOCAB_MEASURE && Lb.id[FOI_VOCAB_MEASURE]) {
        d->measure = Lb.id[FOI_VOCAB_MEASURE];
        d->outcome = "total";
    } else if (Lb.primary < 0 && Lb.period_in && Lb.inner.resolved &&
               (foi_strcasestr(label, "to date") || foi_strcasestr(label, "ytd")) &&
               (Lb.inner.end.y * 12 + Lb.inner.end.m) - (Lb.inner.start.y * 12 + Lb.inner.start.m) < 11) {
        /* "2026/27 to date" where the letter says which days "to date"
         * is (round 43a, blind43 Leicestershire): that part of the year;
         * with no such definition the year so far has no end, no period */
        d->period = Lb.inner;
        d->has_period = 1;
        d->period_label = label;
    } else {
        eng_trace(c, loc, "'%s' not a figure: its label '%s' names no outcome, category, subject or period",
                  value, label);
        return 1;
    }
    if (Lb.id[FOI_VOCAB_MEASURE] && (Lb.total || Lb.primary == FOI_VOCAB_MEASURE))
        d->measure = Lb.id[FOI_VOCAB_MEASURE];
    if (vmeasure && !d->measure)
        d->measure = vmeasure;
    /* an answer to a question about one outcome: the label is a period or
     * category, the outcome is the question's */
    if (!d->outcome && run->q >= 0) {
        const struct eng_question *q = &c->lt->q[run->q];
        if (q->outcome && strcmp(q->outcome, "?"))
            d->outcome = q->outcome;
        else if (q->outcome) {
            eng_trace(c, loc, "'%s' not a figure: question %s asks about several outcomes", value, q->id);
            return 1;
        }
    }
    f.value_text = value;
    f.v = v;
    f.locator = loc;
    f.raw = foi_collapse_ws(&c->arena, text, strlen(text));
    f.conf = c->o->confidence - 0.05;
    char what[200];
    if (bkind == FOI_VOCAB_SUBJECT && d->subject) {
        eng_trace(c, loc, "'%s' parts not taken: its label names a subject and the parenthesis divides it by subject",
                  value);
        bkind = -1;
    }
    if (bkind == FOI_VOCAB_SUBJECT) {
        /* the parts are the subjects the value counts together */
        int off = 0, st = 0;
        for (int i = 0; i < nb; i++) {
            const char *id = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, blab[i]);
            off |= id && !strcmp(id, "officers");
            st |= id && !strcmp(id, "staff");
        }
        if (off && st)
            d->subject = "officers and staff";
    }
    snprintf(what, sizeof what, "'%s' (%s)", value, label);
    eng_letter_emit(c, &f, run, what);
    /* "Sexual assault: 4 allegations (...)" heads the outcome items under it,
     * as the sentence it reads like would */
    if (bkind >= 0 && d->category && !c->rc)
        run_from_text(c, run, label, 0);
    for (int i = 0; bkind >= 0 && i < nb && !c->rc; i++) {
        struct lfig g = f;
        struct foi_value bv;
        if (eng_value(c, bval[i], &bv) != 0 || bv.status == FOI_VS_NONE)
            continue;
        if (bkind == FOI_VOCAB_SUBJECT)
            g.d.subject = blab[i];
        else
            g.d.outcome = blab[i];
        g.value_text = bval[i];
        g.v = bv;
        snprintf(what, sizeof what, "'%s' (%s, %s)", bval[i], label, blab[i]);
        eng_letter_emit(c, &g, run, what);
    }
    /* its parts in brackets: the same figure for the people, outcome or
     * category each names */
    char *t = parts ? foi_arena_strdup(&c->arena, parts) : NULL;
    char *save = NULL;
    for (char *it = t ? strtok_r(t, ",;", &save) : NULL; it && !c->rc; it = strtok_r(NULL, ",;", &save)) {
        while (*it == ' ')
            it++;
        if (!strncmp(it, "and ", 4))
            it += 4;
        char *sp = strrchr(it, ' ');
        struct lfig g = f;
        struct label Lp;
        if (!sp || eng_value(c, sp + 1, &g.v) != 0)
            continue;
        g.value_text = sp + 1;
        *sp = 0;
        eng_classify(c, it, &Lp);
        if (Lp.primary == FOI_VOCAB_SUBJECT)
            g.d.subject = it;
        else if (Lp.primary == FOI_VOCAB_OUTCOME)
            g.d.outcome = it;
        else
            g.d.category = it;
        snprintf(what, sizeof what, "'%s' (%s, %s)", g.value_text, label, it);
        eng_letter_emit(c, &g, run, what);
    }
    return 1;
}

/* "\xe2\x80\xa2 Sexual harassment (6)" over its outcome items ("\xe2\x80\x93 dismissed: 3"): a
 * list item that is a category and its count in brackets, nothing else, is
 * the category's total and heads the items under it. When the outcome items
 * under it add up to another number, the bracket may be no count of the
 * category's allegations: the figure is given low. 1 read, 0 no such item. */
static int paren_count_item(struct ectx *c, int block, const char *text, struct lrun *run, const char *loc)
{
    size_t n = strlen(text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '.' || text[n - 1] == ':'))
        n--;
    if (n < 5 || text[n - 1] != ')')
        return 0;
    size_t o = n - 1, dg = 0;
    while (o && isdigit((unsigned char)text[o - 1])) {
        o--;
        dg++;
    }
    /* one to three digits: "(2023)" is a year, no count */
    if (!dg || dg > 3 || !o || text[o - 1] != '(' || o < 3 || text[o - 2] != ' ')
        return 0;
    const char *label = foi_arena_strndup(&c->arena, text, o - 2);
    const char *value = foi_arena_strndup(&c->arena, text + o, dg);
    if (!label || !value || !label_only(c, label))
        return 0;
    struct label Lb;
    eng_classify(c, label, &Lb);
    if (Lb.primary != FOI_VOCAB_CATEGORY || Lb.total)
        return 0;
    struct foi_value v;
    if (eng_value(c, value, &v) != 0 || v.status != FOI_VS_REPORTED)
        return 0;
    /* the outcome items under it */
    struct eng_letter *L = c->lt;
    long sum = 0;
    int nout = 0;
    for (int j = block + 1; j < L->nb && L->b[j].zone == ZN_RESPONSE && (L->b[j].flags & FOI_LINE_BULLET); j++) {
        const char *ol, *ov;
        struct label Lo;
        struct foi_value w;
        if (!split_pair(c, strip_bullet(L->b[j].text), &ol, &ov))
            break;
        eng_classify(c, ol, &Lo);
        if (Lo.primary != FOI_VOCAB_OUTCOME || Lo.total || eng_value(c, ov, &w) != 0 ||
            w.status != FOI_VS_REPORTED)
            break;
        sum += (long)w.value;
        nout++;
    }
    struct lfig f;
    memset(&f, 0, sizeof f);
    f.d.category = label;
    f.d.outcome = "total";
    f.value_text = value;
    f.v = v;
    f.locator = loc;
    f.raw = foi_collapse_ws(&c->arena, text, strlen(text));
    f.conf = c->o->confidence - 0.05;
    if (nout && sum != (long)v.value) {
        f.d.doubted = 1;
        add_note(c, &f.note, "the outcomes under '%s' add up to another number than its bracket (%s)", label, value);
    }
    char what[200];
    snprintf(what, sizeof what, "'%s' (%s, in brackets)", value, label);
    run_from_text(c, run, label, 1);
    eng_letter_emit(c, &f, run, what);
    return 1;
}

/* "1. Sexual assault" over the list that answers question 1: a marker and
 * a short label naming one category (or the people), no sentence, heads
 * the answer as a heading would. */
static int label_only(struct ectx *c, const char *rest)
{
    size_t n = strlen(rest), words = 1;
    if (!n || n > 80 || strpbrk(rest, ".?!:;,"))
        return 0;
    for (const char *p = rest; *p; p++) {
        if (isdigit((unsigned char)*p))
            return 0;
        words += *p == ' ';
    }
    if (words > 10)
        return 0;
    struct label Lb;
    eng_classify(c, rest, &Lb);
    return Lb.primary == FOI_VOCAB_CATEGORY || Lb.primary == FOI_VOCAB_SUBJECT;
}

/* "6 (police officers 5, police staff 1)": a value, then its parts in
 * brackets, each a label and a value. *head gets the value before the
 * brackets, *parts what is inside them; 1 when every part is one. */
static int value_parts(struct ectx *c, const char *value, const char **head, const char **parts)
{
    const char *open = strstr(value, " (");
    size_t n = strlen(value);
    while (n && value[n - 1] == ' ')
        n--;
    if (!open || n < 2 || value[n - 1] != ')' || open - value > 24)
        return 0;
    const char *in = foi_arena_strndup(&c->arena, open + 2, (size_t)(value + n - 1 - (open + 2)));
    const char *h = foi_arena_strndup(&c->arena, value, (size_t)(open - value));
    if (!in || !h || strchr(in, '(') || strchr(in, ')'))
        return 0;
    char *t = foi_arena_strdup(&c->arena, in);
    if (!t)
        return 0;
    int k = 0;
    char *save = NULL;
    for (char *it = strtok_r(t, ",;", &save); it; it = strtok_r(NULL, ",;", &save), k++) {
        while (*it == ' ')
            it++;
        if (!strncmp(it, "and ", 4))
            it += 4;
        char *sp = strrchr(it, ' ');
        struct foi_value v;
        struct label Lb;
        if (!sp || eng_value(c, sp + 1, &v) != 0 || v.status == FOI_VS_NONE)
            return 0;
        *sp = 0;
        eng_classify(c, it, &Lb);
        if (Lb.primary != FOI_VOCAB_SUBJECT && Lb.primary != FOI_VOCAB_OUTCOME && Lb.primary != FOI_VOCAB_CATEGORY)
            return 0;
    }
    if (k < 1)
        return 0;
    *head = h;
    *parts = in;
    return 1;
}

/* "In the financial year 2023/24 the force recorded the following
 * allegations (report PSD/2023/874): sexual assault: 5; sexual misconduct:
 * 8": a lead-in of words before the colon that opens the list (its first
 * item has a colon of its own after it). The length of the lead (to its
 * colon), 0 when there is none. */
static size_t pair_lead(const char *text)
{
    const char *first = strstr(text, ": ");
    if (!first || first == text)
        return 0;
    size_t sep = strcspn(first + 2, ",;");
    const char *second = strstr(first + 2, ": ");
    if (!second || (size_t)(second - (first + 2)) >= sep)
        return 0;
    return (size_t)(first - text);
}

/* "2019: 4, 2020: 7, 2021: 2" */
static int pair_list(struct ectx *c, const char *text, struct lrun *run, const char *loc)
{
    if (!strchr(text, ',') && !strchr(text, ';'))
        return 0;
    /* a lead-in naming one period of its own: the period of every item */
    size_t lead = pair_lead(text);
    struct foi_period lp;
    const char *lplabel = NULL;
    int lead_period = 0;
    if (lead) {
        const char *ls = foi_arena_strndup(&c->arena, text, lead);
        struct textdims td;
        if (!ls)
            return 0;
        eng_textdims(c, ls, &td);
        int np = 0;
        for (int i = 0; i < td.nperiods; i++)
            if (foi_date_cmp(&td.periods[i].start, &td.periods[i].end)) {
                np++;
                lp = td.periods[i];
                lplabel = td.period_texts[i];
            }
        if (np > 1)
            return 0;
        lead_period = np == 1;
        text += lead + 2;
    }
    /* "Police officers – 2024/25: 1; 2025/26: 4; 2026/27 to date: 9": a
     * lead naming the people (or the category) before a dash, then items
     * of their own: the lead's for every item (round 43a, blind43
     * Leicestershire) */
    const char *dash_subject = NULL, *dash_category = NULL;
    if (!lead) {
        static const char *const dashes[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };
        const char *colon = strstr(text, ": ");
        for (int i = 0; dashes[i] && colon; i++) {
            const char *dp = strstr(text, dashes[i]);
            if (!dp || dp == text || dp > colon || dp - text > 60)
                continue;
            const char *ls = foi_arena_strndup(&c->arena, text, (size_t)(dp - text));
            if (!ls || strpbrk(ls, "0123456789"))
                break;
            struct label Ll;
            eng_classify(c, ls, &Ll);
            if (Ll.total || (Ll.primary != FOI_VOCAB_SUBJECT && Ll.primary != FOI_VOCAB_CATEGORY))
                break;
            if (Ll.primary == FOI_VOCAB_SUBJECT)
                dash_subject = ls;
            else
                dash_category = ls;
            text = dp + strlen(dashes[i]);
            break;
        }
    }
    char *t = foi_arena_strdup(&c->arena, text);
    if (!t)
        return 0;
    int n = 0, ok = 0;
    char *save = NULL;
    for (char *it = strtok_r(t, ",;", &save); it; it = strtok_r(NULL, ",;", &save)) {
        n++;
        const char *label, *value;
        struct foi_value v;
        if (split_pair(c, it, &label, &value) && eng_value(c, value, &v) == 0 && v.status != FOI_VS_NONE)
            ok++;
    }
    if (n < 2 || ok != n)
        return 0;
    t = foi_arena_strdup(&c->arena, text);
    for (char *it = strtok_r(t, ",;", &save); it; it = strtok_r(NULL, ",;", &save)) {
        while (*it == ' ')
            it++;
        if (!strncmp(it, "and ", 4))
            it += 4;
        if (dash_subject || dash_category) {
            /* the lead's people or category for this list, the run's back
             * after it */
            const char *ssub = run->subject, *scat = run->category;
            if (dash_subject)
                run->subject = dash_subject;
            if (dash_category)
                run->category = dash_category;
            pair_item(c, it, run, loc);
            run->subject = ssub;
            run->category = scat;
        } else if (lead_period) {
            /* the lead's period for this list, the run's back after it */
            struct foi_period sp = run->period;
            const char *sl = run->period_label;
            int sh = run->has_period;
            run->period = lp;
            run->period_label = lplabel;
            run->has_period = 1;
            pair_item(c, it, run, loc);
            run->period = sp;
            run->period_label = sl;
            run->has_period = sh;
        } else {
            pair_item(c, it, run, loc);
        }
    }
    return 1;
}

/* The end of a dot leader starting at p (four or more dots, spaced or
 * not), or NULL. */
static const char *leader_end(const char *p)
{
    int dots = 0;
    const char *q = p;
    while (*q == '.' || (*q == ' ' && q[1] == '.') || (*q == ' ' && q[1] == ' ' && q[2] == '.')) {
        dots += *q == '.';
        q++;
    }
    return dots >= 4 ? q : NULL;
}

/* A block of "label ..... value" lines (a dot leader between each label and
 * its value; a PDF can run two of them together: "Allegations recorded
 * ........ 8 Dismissed ........ 0"): each read as the pair "label: value".
 * 1 when the whole block is such lines (at least one), else 0 and nothing
 * read. */
static int leader_pairs(struct ectx *c, const char *text, struct lrun *run, const char *loc)
{
    const char *lab[32], *val[32];
    size_t llen[32], vlen[32];
    int n = 0;
    const char *p = text;
    for (;;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        if (n == 32)
            return 0;
        const char *l0 = p, *dot = NULL;
        for (const char *q = p; *q && !dot; q++)
            if (*q == '.' && leader_end(q))
                dot = q;
        if (!dot)
            return 0;
        const char *l1 = dot;
        while (l1 > l0 && l1[-1] == ' ')
            l1--;
        if (l1 == l0)
            return 0;
        const char *v0 = leader_end(dot);
        while (*v0 == ' ')
            v0++;
        const char *v1 = v0;
        while (*v1 && *v1 != ' ')
            v1++;
        if (v1 == v0)
            return 0;
        lab[n] = l0, llen[n] = (size_t)(l1 - l0);
        val[n] = v0, vlen[n] = (size_t)(v1 - v0);
        /* a label holds a letter; a value holds no leader of its own */
        int letter = 0;
        for (const char *q = l0; q < l1; q++)
            letter |= isalpha((unsigned char)*q) != 0;
        if (!letter)
            return 0;
        n++;
        p = v1;
    }
    if (!n)
        return 0;
    for (int i = 0; i < n && !c->rc; i++) {
        size_t vl = vlen[i];
        while (vl && (val[i][vl - 1] == '.' || val[i][vl - 1] == ';' || val[i][vl - 1] == ','))
            vl--;
        const char *item = foi_arena_printf(&c->arena, "%.*s: %.*s", (int)llen[i], lab[i], (int)vl, val[i]);
        if (!item) {
            c->rc = FOI_ENOMEM;
            return 1;
        }
        pair_item_ex(c, item, run, loc, 1);
    }
    return 1;
}

/* What parts a series item's period from its value: ": " ("2024: 27") or a
 * spaced dash ("2024 \xe2\x80\x93 27", "2024 - 27"); its length, or 0. */
static size_t item_sep(const char *p)
{
    static const char *const seps[] = { ": ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };
    for (int i = 0; seps[i]; i++)
        if (!strncmp(p, seps[i], strlen(seps[i])))
            return strlen(seps[i]);
    return 0;
}

/* An item of a list split at its separators: past its spaces and a
 * leading "and " ("..., 3; and sexual harassment, 2"). */
static char *item_start(char *x)
{
    while (*x == ' ')
        x++;
    if (!strncmp(x, "and ", 4))
        x += 4;
    return x;
}

/* One sentence "HEAD: P: v, P: v, ..." (or "HEAD: P \xe2\x80\x93 v; P \xe2\x80\x93 v") whose items are each a period and a
 * value; *head gets HEAD. 1 when it is one (at least two items), else 0. */
static int series_sentence(struct ectx *c, char *sent, const char **head, char ***items, int *nitems)
{
    char *colon = strstr(sent, ": ");
    if (!colon || colon == sent || colon - sent > 80)
        return 0;
    *colon = 0;
    *head = sent;
    char *rest = colon + 2;
    int n = 0;
    char **it = foi_arena_alloc(&c->arena, sizeof *it * 24);
    if (!it)
        return 0;
    char *save = NULL;
    for (char *x = strtok_r(rest, ",;", &save); x; x = strtok_r(NULL, ",;", &save)) {
        x = item_start(x);
        if (n >= 24)
            return 0;
        struct foi_period p;
        size_t at, len, sl;
        struct foi_value v;
        if (foi_period_find(x, NULL, &p, &at, &len) != 1 || at != 0 || !(sl = item_sep(x + len)) || !p.resolved ||
            !foi_date_cmp(&p.start, &p.end) || eng_value(c, x + len + sl, &v) != 0 || v.status == FOI_VS_NONE)
            return 0;
        it[n++] = x;
    }
    *items = it;
    *nitems = n;
    return n >= 2;
}

/* A copy of text (in the arena) without the spaces and full stops it ends
 * with, or NULL. */
static char *trimmed_dup(struct ectx *c, const char *text)
{
    char *t = foi_arena_strdup(&c->arena, text);
    if (!t)
        return NULL;
    size_t tl = strlen(t);
    while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '.'))
        t[--tl] = 0;
    return t;
}

/* "Police officers \xe2\x80\x93 sexual assault: 2019/20: 14, 2020/21: 11, ...,
 * 2023/24: 16." and more such sentences: each names what it counts (people,
 * category, outcome) before its first colon, then a value per period. 1 when
 * the whole paragraph is read so (its figures emitted), else 0. */
static int labelled_series(struct ectx *c, const char *text, struct lrun *run, const char *loc)
{
    if (!strstr(text, ": ") || strlen(text) > 4000)
        return 0;
    /* sentences: up to ". " or the end */
    char *t = trimmed_dup(c, text);
    if (!t)
        return 0;
    char *sents[16];
    int ns = 0;
    for (char *x = t; x && *x;) {
        if (ns >= 16)
            return 0;
        char *e = strstr(x, ". ");
        if (e)
            *e = 0;
        sents[ns++] = x;
        x = e ? e + 2 : NULL;
    }
    const char *heads[16];
    char **items[16];
    int nitems[16];
    for (int i = 0; i < ns; i++) {
        if (!series_sentence(c, sents[i], &heads[i], &items[i], &nitems[i]))
            return 0;
        struct textdims td;
        eng_textdims(c, heads[i], &td);
        struct label Lh;
        eng_classify(c, heads[i], &Lh);
        if (!td.subject && td.ncats != 1 && !Lh.id[FOI_VOCAB_OUTCOME])
            return 0;   /* a head naming nothing the dataset keys by */
    }
    for (int i = 0; i < ns && !c->rc; i++) {
        struct textdims td;
        eng_textdims(c, heads[i], &td);
        struct label Lh;
        eng_classify(c, heads[i], &Lh);
        for (int k = 0; k < nitems[i] && !c->rc; k++) {
            char *x = items[i][k];
            struct lfig f;
            memset(&f, 0, sizeof f);
            struct foi_period p;
            size_t at, len;
            if (foi_period_find(x, NULL, &p, &at, &len) != 1 || at != 0)
                continue;
            const char *val = x + len + item_sep(x + len);
            x[len] = 0;
            if (eng_value(c, val, &f.v) != 0)
                continue;
            f.d.period = p;
            f.d.has_period = 1;
            f.d.period_label = x;
            f.d.subject = td.subject;
            f.d.category = td.ncats == 1 ? td.category : NULL;
            f.d.measure = td.measure;
            f.d.outcome = Lh.id[FOI_VOCAB_OUTCOME] && !Lh.total ? heads[i] : NULL;
            f.value_text = val;
            f.locator = loc;
            f.raw = foi_collapse_ws(&c->arena, text, strlen(text));
            f.conf = c->o->confidence - 0.05;
            char what[200];
            snprintf(what, sizeof what, "'%s' (%.80s, %.40s)", val, heads[i], x);
            eng_letter_emit(c, &f, run, what);
        }
    }
    return 1;
}

/* "The number of allegations recorded against police officers and police
 * staff (together) in each calendar year was: sexual assault: 16 in 2024 and
 * 4 in 2025; sexual misconduct: 7 in 2024 and 10 in 2025; ...": one sentence
 * whose lead (no digit in it, naming what is counted and no category) ends
 * at a colon, then items parted by ';', each a category alone, ": ", and its
 * counts, each "N in PERIOD" (a whole period), parted by " and " or ", ".
 * Every item must read so, or nothing is taken. 1 when the paragraph is read
 * so (its figures emitted), else 0. */
static int category_period_list(struct ectx *c, const char *text, struct lrun *run, const char *loc)
{
    if (strlen(text) > 3000 || !strchr(text, ';') || !strstr(text, ": "))
        return 0;
    char *t = trimmed_dup(c, text);
    if (!t)
        return 0;
    /* the sentence holding the list ("Calendar years. The number ... was: ...") */
    char *first = strstr(t, ": ");
    char *sent = t;
    for (char *e = strstr(t, ". "); e && e < first; e = strstr(e + 2, ". "))
        sent = e + 2;
    *first = 0;
    const char *lead = sent;
    for (const char *q = lead; *q; q++)
        if (isdigit((unsigned char)*q))
            return 0;
    struct textdims td;
    eng_textdims(c, lead, &td);
    if (!td.measure || td.ncats)
        return 0;
    enum { MAXI = 16, MAXV = 8 };
    const char *cat[MAXI];
    struct foi_period per[MAXI][MAXV];
    const char *plab[MAXI][MAXV];
    char *vtext[MAXI][MAXV];
    int nv[MAXI], n = 0;
    char *save = NULL;
    for (char *x = strtok_r(first + 2, ";", &save); x; x = strtok_r(NULL, ";", &save)) {
        x = item_start(x);
        char *c2 = strstr(x, ": ");
        if (!c2) {
            /* "sexual assault, 2 in 2024/25 and 2 in 2025/26": a comma
             * before the counts in place of the colon */
            c2 = strstr(x, ", ");
            if (c2 && !isdigit((unsigned char)c2[2]))
                c2 = NULL;
        }
        if (n >= MAXI || !c2 || c2 == x)
            return 0;
        *c2 = 0;
        for (const char *q = x; *q; q++)
            if (isdigit((unsigned char)*q))
                return 0;
        struct textdims ti;
        eng_textdims(c, x, &ti);
        struct label Li;
        eng_classify(c, x, &Li);
        if (ti.ncats != 1 || ti.nperiods || Li.id[FOI_VOCAB_OUTCOME] || Li.total)
            return 0;
        cat[n] = ti.category;
        nv[n] = 0;
        char *v = c2 + 2;   /* "16 in 2024 and 4 in 2025" */
        while (*v) {
            char *in = strstr(v, " in ");
            if (!in || nv[n] >= MAXV)
                return 0;
            *in = 0;
            struct foi_value val;
            if (eng_value(c, v, &val) != 0 || val.status != FOI_VS_REPORTED)
                return 0;
            char *pt = in + 4;
            struct foi_period p;
            size_t at, len;
            if (foi_period_find(pt, NULL, &p, &at, &len) != 1 || at != 0 || !p.resolved ||
                !foi_date_cmp(&p.start, &p.end))
                return 0;
            char *next = pt + len;
            if (!strncmp(next, " and ", 5))
                *next = 0, next += 5;
            else if (!strncmp(next, ", ", 2))
                *next = 0, next += 2;
            else if (*next)
                return 0;
            per[n][nv[n]] = p;
            plab[n][nv[n]] = pt;
            vtext[n][nv[n]] = v;
            nv[n]++;
            v = next;
        }
        if (!nv[n])
            return 0;
        n++;
    }
    if (n < 2)
        return 0;
    const char *raw = foi_collapse_ws(&c->arena, text, strlen(text));
    for (int i = 0; i < n && !c->rc; i++)
        for (int k = 0; k < nv[i] && !c->rc; k++) {
            struct lfig f;
            memset(&f, 0, sizeof f);
            if (eng_value(c, vtext[i][k], &f.v) != 0)
                continue;
            f.d.period = per[i][k];
            f.d.has_period = 1;
            f.d.period_label = plab[i][k];
            f.d.subject = td.subject;
            f.d.category = cat[i];
            f.d.measure = td.measure;
            f.value_text = vtext[i][k];
            f.locator = loc;
            f.raw = raw;
            f.conf = c->o->confidence - 0.05;
            char what[200];
            snprintf(what, sizeof what, "'%s' (%.60s, %.40s)", vtext[i][k], cat[i], plab[i][k]);
            eng_letter_emit(c, &f, run, what);
        }
    return 1;
}

/* "Sexual assault. April to June 2025, none; July to September 2025, four;
 * October to December 2025, four; January to March 2026, four, a total of 12
 * for the year.": a paragraph whose first sentence names one category and
 * nothing else (no digit), and whose second is a list, parted by ';', of
 * periods each followed by ", " and its count (digits or words, "none"). A
 * closing ", a total of N for the year" (or "in all") is the count of the
 * items' periods together, when they follow on from one another. 1 when the
 * paragraph is read so (its figures emitted), else 0. */
static int period_list_series(struct ectx *c, const char *text, struct lrun *run, const char *loc)
{
    if (strlen(text) > 2000 || !strchr(text, ';'))
        return 0;
    const char *dot = strstr(text, ". ");
    if (!dot || dot == text || dot - text > 80)
        return 0;
    for (const char *p = text; p < dot; p++)
        if (isdigit((unsigned char)*p))
            return 0;
    char *head = foi_arena_strndup(&c->arena, text, (size_t)(dot - text));
    char *rest = foi_arena_strdup(&c->arena, dot + 2);
    if (!head || !rest)
        return 0;
    size_t rl = strlen(rest);
    while (rl && (rest[rl - 1] == ' ' || rest[rl - 1] == '.'))
        rest[--rl] = 0;
    if (strstr(rest, ". "))
        return 0;   /* one sentence of items only */
    struct textdims td;
    eng_textdims(c, head, &td);
    if (td.ncats != 1)
        return 0;
    enum { MAXI = 24 };
    char *item[MAXI];
    struct foi_period per[MAXI];
    struct foi_value val[MAXI];
    const char *vtext[MAXI];
    int n = 0;
    struct foi_value total;
    const char *total_text = NULL;
    char *save = NULL;
    for (char *x = strtok_r(rest, ";", &save); x; x = strtok_r(NULL, ";", &save)) {
        x = item_start(x);
        if (n >= MAXI)
            return 0;
        size_t at, len;
        if (foi_period_find(x, NULL, &per[n], &at, &len) != 1 || at != 0 || !per[n].resolved ||
            !foi_date_cmp(&per[n].start, &per[n].end) || strncmp(x + len, ", ", 2))
            return 0;
        char *v = x + len + 2;
        char *comma = strstr(v, ", ");
        char *after = NULL;
        if (comma) {
            *comma = 0;
            after = comma + 2;
        }
        if (eng_value(c, v, &val[n]) != 0 || val[n].status == FOI_VS_NONE)
            return 0;
        if (after) {
            /* only the last item may say more: the total of them all */
            const char *tt = after;
            if (!strncmp(tt, "a total of ", 11))
                tt += 11;
            else if (!strncmp(tt, "in total ", 9))
                tt += 9;
            else
                return 0;
            char num[32];
            size_t k = 0;
            while (tt[k] && tt[k] != ' ' && k + 1 < sizeof num) {
                num[k] = tt[k];
                k++;
            }
            num[k] = 0;
            const char *tail = tt + k;
            while (*tail == ' ')
                tail++;
            if ((*tail && strcmp(tail, "for the year") && strcmp(tail, "in all") && strcmp(tail, "for the period")) ||
                eng_value(c, num, &total) != 0 || total.status == FOI_VS_NONE)
                return 0;
            total_text = foi_arena_strdup(&c->arena, num);
        }
        x[len] = 0;
        item[n] = x;
        vtext[n] = v;
        n++;
        if (total_text && strtok_r(NULL, ";", &save))
            return 0;   /* a total before the last item */
        if (total_text)
            break;
    }
    if (n < 2)
        return 0;
    for (int k = 0; k + 1 < n; k++) {
        struct foi_date next = per[k].end;
        foi_date_add_days(&next, 1);
        if (total_text && foi_date_cmp(&next, &per[k + 1].start))
            return 0;   /* a total of periods that do not follow on: whose? */
    }
    const char *raw = foi_collapse_ws(&c->arena, text, strlen(text));
    for (int k = 0; k <= n && !c->rc; k++) {
        if (k == n && !total_text)
            break;
        struct lfig f;
        memset(&f, 0, sizeof f);
        if (k < n) {
            f.v = val[k];
            f.d.period = per[k];
            f.d.period_label = item[k];
            f.value_text = vtext[k];
        } else {
            f.v = total;
            f.d.period = per[0];
            f.d.period.end = per[n - 1].end;
            f.d.period_label = foi_arena_printf(&c->arena, "%s \xe2\x80\x93 %s", item[0], item[n - 1]);
            f.value_text = total_text;
        }
        f.d.has_period = 1;
        f.d.subject = td.subject;
        f.d.category = td.category;
        f.d.measure = td.measure;
        f.locator = loc;
        f.raw = raw;
        f.conf = c->o->confidence - 0.05;
        char what[200];
        snprintf(what, sizeof what, "'%s' (%.60s, %.60s)", f.value_text, head, f.d.period_label);
        eng_letter_emit(c, &f, run, what);
    }
    return 1;
}

/* "In 2024/25: sexual assault, none; sexual misconduct, three; sexual
 * harassment, more than ten; abuse of position for a sexual purpose, nil"
 * (or "In 2024, sexual assault: six; sexual misconduct: none; ..."):
 * a lead naming one period and nothing else (no category, no other number)
 * before ": ", then one sentence of items parted by ';', each a category,
 * ", " and its count in digits or words ("none", "nil", "fewer than five",
 * "between five and ten"). The mirror of period_list_series (a category,
 * then periods). 1 when read so (its figures emitted), else 0 (round 44a,
 * blind44 Sussex). */
static int category_list_series(struct ectx *c, const char *text, struct lrun *run, const char *loc)
{
    if (strlen(text) > 2000 || !strchr(text, ';'))
        return 0;
    /* the lead ends at the first ": " or ", " ("In 2024, sexual assault:
     * six; ..."); an item's label and value are parted by ", " or, after a
     * lead ending in a comma, by ": " (blind44 Staffordshire) */
    const char *colon = strstr(text, ": "), *comma0 = strstr(text, ", ");
    const char *lead_end = colon && (!comma0 || colon < comma0) ? colon : comma0;
    if (!lead_end || lead_end == text || lead_end - text > 120)
        return 0;
    const char *isep = *lead_end == ':' ? ", " : ": ";
    char *head = foi_arena_strndup(&c->arena, text, (size_t)(lead_end - text));
    char *rest = foi_arena_strdup(&c->arena, lead_end + 2);
    if (!head || !rest)
        return 0;
    /* "In 2024/25 the allegations recorded against police staff were:
     * sexual assault \xe2\x80\x93 one; sexual misconduct \xe2\x80\x93 none; ...": a lead that goes on
     * past its period to say what is counted and whom, ending in "were" /
     * "are" / "was", its items a category, a dash and the count (round 47a,
     * blind47 City of London) */
    int said = 0;
    {
        size_t hl = strlen(head);
        static const char *const verbs[] = { " were", " are", " was", " is", NULL };
        for (int k = 0; verbs[k] && *lead_end == ':'; k++) {
            size_t vl = strlen(verbs[k]);
            if (hl > vl && !strcmp(head + hl - vl, verbs[k]))
                said = 1;
        }
        if (said && !strstr(rest, ", ")) {
            static const char *const dashes[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };
            for (int k = 0; dashes[k]; k++)
                if (strstr(rest, dashes[k])) {
                    isep = dashes[k];
                    break;
                }
        }
    }
    if (!said && lead_end - text > 60)
        return 0;
    size_t isl = strlen(isep);
    size_t rl = strlen(rest);
    while (rl && (rest[rl - 1] == ' ' || rest[rl - 1] == '.'))
        rest[--rl] = 0;
    if (strstr(rest, ". ") || (*isep == ',' && strchr(rest, ':')))
        return 0;   /* one sentence of items only */
    struct textdims td;
    eng_textdims(c, head, &td);
    if (td.ncats || td.nperiods != 1 || !td.periods[0].resolved ||
        !foi_date_cmp(&td.periods[0].start, &td.periods[0].end))
        return 0;
    {
        /* the lead is the period and a few words before it ("In", "For the
         * period", "During the financial year"), none a number */
        size_t at, len;
        struct foi_period pp;
        if (foi_period_find(head, NULL, &pp, &at, &len) != 1 || at > 24)
            return 0;
        for (size_t k = 0; k < at; k++)
            if (isdigit((unsigned char)head[k]))
                return 0;
        for (const char *q = head + at + len; *q; q++)
            if (said ? isdigit((unsigned char)*q) : (*q != ' ' && *q != ','))
                return 0;
    }
    enum { MAXI = 24 };
    const char *cat[MAXI], *vtext[MAXI];
    struct foi_value val[MAXI];
    int n = 0;
    char *save = NULL;
    for (char *x = strtok_r(rest, ";", &save); x; x = strtok_r(NULL, ";", &save)) {
        x = item_start(x);
        if (n >= MAXI)
            return 0;
        char *comma = strstr(x, isep);
        if (!comma || strstr(comma + isl, isep) || (*isep == ':' && strstr(x, ", ")))
            return 0;   /* one label and one value */
        *comma = 0;
        char *v = comma + isl;
        size_t vl = strlen(v);
        while (vl && v[vl - 1] == ' ')
            v[--vl] = 0;
        if (strpbrk(x, "0123456789"))
            return 0;
        struct textdims ct;
        eng_textdims(c, x, &ct);
        if (ct.ncats != 1 || ct.nperiods)
            return 0;
        if (eng_value(c, v, &val[n]) != 0 || val[n].status == FOI_VS_NONE)
            return 0;
        cat[n] = x;
        vtext[n] = v;
        n++;
    }
    if (n < 2)
        return 0;
    const char *raw = foi_collapse_ws(&c->arena, text, strlen(text));
    for (int k = 0; k < n && !c->rc; k++) {
        struct lfig f;
        memset(&f, 0, sizeof f);
        f.v = val[k];
        f.d.period = td.periods[0];
        f.d.has_period = 1;
        f.d.period_label = td.period_texts[0];
        f.d.subject = td.subject;
        f.d.category = cat[k];
        f.d.measure = td.measure;
        f.value_text = vtext[k];
        f.locator = loc;
        f.raw = raw;
        f.conf = c->o->confidence - 0.05;
        char what[200];
        snprintf(what, sizeof what, "'%s' (%.60s, %.60s)", vtext[k], cat[k], td.period_texts[0]);
        eng_letter_emit(c, &f, run, what);
    }
    return 1;
}

/* "2022/23 (to 31 December)" after a question's marker in a heading: the
 * period the answer covers, not a value (nor "2021/22: 7, 2022/23: 5"). */
static int opens_with_period(const char *t)
{
    struct foi_period p;
    size_t at, len;
    if (foi_period_find(t, NULL, &p, &at, &len) != 1 || at != 0 || !p.resolved)
        return 0;
    for (const char *r = t + len; *r; r++)
        if (isdigit((unsigned char)*r))
            return 0;
    return 1;
}

/* ------------------------------------------------------------ prose */
/* The last sentence of t (t itself when it has one sentence). */
static const char *last_sentence(struct ectx *c, const char *t)
{
    const char *last = t;
    for (const char *e = t; *e; e++)
        if ((*e == '.' || *e == '?' || *e == '!') && e[1] == ' ' && e[2] &&
            !(e > t && isdigit((unsigned char)e[-1]) && isdigit((unsigned char)e[1])))
            last = e + 2;
    if (last == t)
        return t;
    const char *r = foi_arena_strdup(&c->arena, last);
    return r ? r : t;
}

/* "Outcomes: final written warning 1, reflective practice 1.": a lead of a
 * few words without a number, a colon, then outcomes each with its count,
 * of the category the letter is on. 1 read, 0 not such a sentence. */
/* "Of the 7 allegations of sexual offences recorded in 2024/25, the
 * outcomes were": a lead that counts what the outcomes after its colon are
 * of; the length of its count's clause (to the comma before "the
 * outcomes"), 0 when it is not such a lead. */
static size_t counted_lead(const char *sent, const char *colon)
{
    static const char *const ends[] = { "the outcomes were", "the outcomes are", "the outcome was",
                                        "the outcomes of these were", "the outcomes of those were",
                                        "the results were", "their outcomes were", "outcomes were as follows",
                                        "the outcomes were as follows", NULL };
    size_t n = (size_t)(colon - sent);
    while (n && sent[n - 1] == ' ')
        n--;
    for (int k = 0; ends[k]; k++) {
        size_t el = strlen(ends[k]);
        if (n < el + 2 || strncasecmp(sent + n - el, ends[k], el))
            continue;
        size_t at = n - el;
        while (at && sent[at - 1] == ' ')
            at--;
        if (!at || sent[at - 1] != ',')
            return 0;
        return at - 1;
    }
    return 0;
}

static int outcome_list(struct ectx *c, int block, const char *sent, struct lrun *run)
{
    const char *colon = strchr(sent, ':');
    if (!colon || colon == sent)
        return 0;
    int digits = 0;
    for (const char *p = sent; p < colon; p++)
        digits |= isdigit((unsigned char)*p);
    size_t lead = digits && colon - sent <= 240 ? counted_lead(sent, colon) : 0;
    if ((digits && !lead) || (!lead && colon - sent > 40))
        return 0;
    char *in = foi_arena_strdup(&c->arena, colon + 1);
    const char *lab[BRK_MAX], *val[BRK_MAX];
    int n = 0;
    if (!in || count_parts(c, in, lab, val, &n) != FOI_VOCAB_OUTCOME)
        return 0;
    const char *loc = eng_block_loc(c, block);
    struct textdims td;
    memset(&td, 0, sizeof td);
    if (lead) {
        /* the count is the lead's own sentence; the outcomes are of what
         * it counts: its category, period and people */
        const char *ls = foi_arena_printf(&c->arena, "%.*s.", (int)lead, sent);
        if (!ls)
            return c->rc = FOI_ENOMEM, 1;
        eng_textdims(c, ls, &td);
        if (td.ncats != 1) {
            eng_trace(c, loc, "outcomes after a count of %d categories: not read", td.ncats);
            return 0;
        }
        eng_prose_sentence(c, ls, block, run);
    } else {
        /* "Sexual harassment: 2 ended in dismissal; 3 ...": a lead naming
         * one category is what the outcomes are of */
        const char *hs = foi_arena_strndup(&c->arena, sent, (size_t)(colon - sent));
        if (!hs)
            return c->rc = FOI_ENOMEM, 1;
        eng_textdims(c, hs, &td);
        if (td.ncats > 1) {
            eng_trace(c, loc, "outcomes after a lead naming %d categories: not read", td.ncats);
            return 0;
        }
        td.nperiods = 0;   /* a period in so short a lead is no count's */
    }
    int np = 0, pick = -1;
    for (int i = 0; i < td.nperiods; i++)
        if (foi_date_cmp(&td.periods[i].start, &td.periods[i].end)) {
            np++;
            pick = i;
        }
    for (int i = 0; i < n && !c->rc; i++) {
        struct lfig f;
        memset(&f, 0, sizeof f);
        if (eng_value(c, val[i], &f.v) != 0 || f.v.status == FOI_VS_NONE)
            continue;
        f.d.outcome = lab[i];
        if (!lead && td.ncats == 1) {
            f.d.category = td.category;
            f.d.subject = td.subject;
        }
        if (lead) {
            f.d.category = td.category;
            f.d.subject = td.subject;
            if (np == 1) {
                f.d.period = td.periods[pick];
                f.d.period_label = td.period_texts[pick];
                f.d.has_period = 1;
            }
        }
        f.value_text = val[i];
        f.locator = loc;
        f.raw = foi_collapse_ws(&c->arena, sent, strlen(sent));
        f.conf = c->o->confidence - 0.05;
        char what[200];
        snprintf(what, sizeof what, "'%s' (%s)", val[i], lab[i]);
        eng_letter_emit(c, &f, run, what);
    }
    return 1;
}

/* The length of the sentences of t before its first statement (refusal, not
 * held, NCND) when they are no statement, name a period of their own, and
 * the statement speaks of other years ("earlier years", "previous years",
 * "other years"), or when they name officers and the statement staff (or
 * the other way round); else 0. */
static size_t answer_before_statement(struct ectx *c, const char *t)
{
    static const char *const other[] = { "earlier year", "previous year", "other year", "prior year",
                                         "earlier period", "previous period", "other period", NULL };
    size_t at = 0;
    for (const char *e = t; *e; e++) {
        if (!((*e == '.' || *e == '?' || *e == '!') && e[1] == ' ' && e[2]))
            continue;
        if (e > t && isdigit((unsigned char)e[-1]) && isdigit((unsigned char)e[1]))
            continue;
        size_t n = (size_t)(e - t) + 1;
        const char *head = foi_arena_strndup(&c->arena, t, n);
        char ex[32];
        if (!head || statement_kind(c, head, ex) != SK_NONE)
            break;
        at = n;
    }
    if (!at)
        return 0;
    const char *rest = t + at;
    int others = 0;
    for (int k = 0; other[k] && !others; k++)
        others = foi_strcasestr(rest, other[k]) != NULL;
    struct textdims td;
    const char *head = foi_arena_strndup(&c->arena, t, at);
    if (!head)
        return 0;
    eng_textdims(c, head, &td);
    char rex[32];
    if (statement_kind(c, rest, rex) == SK_NOT_HELD && outcomes_subject(c, statement_clause(c, rest, SK_NOT_HELD)))
        return at;   /* "... Outcomes for the other categories are not held": not the counts before it */
    if (!others) {
        /* "None of the allegations ... against officers resulted in a
         * written warning. Outcomes for police staff are ... not held": the
         * statement is about other people than the sentences before it */
        struct textdims tr;
        eng_textdims(c, rest, &tr);
        const char *hs = td.subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, td.subject) : NULL;
        const char *rs = tr.subject ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, tr.subject) : NULL;
        int people = hs && rs && strcmp(hs, rs) && (!strcmp(hs, "officers") || !strcmp(hs, "staff")) &&
                     (!strcmp(rs, "officers") || !strcmp(rs, "staff"));
        if (people)
            return at;
        /* "... in 2022 there were 6 allegations, and in 2023 there were 7.
         * Our reports are not produced by financial year and that part of
         * your request is therefore not held": the statement names the other
         * scheme of years than every period before it */
        int rsch = year_schemes(rest), hsch = 0, hall = td.nperiods > 0;
        for (int k = 0; k < td.nperiods; k++) {
            int ps = period_scheme(&td.periods[k]);
            if (foi_date_cmp(&td.periods[k].start, &td.periods[k].end))
                hsch |= ps;
            hall &= ps != 0;
        }
        if ((rsch == 1 || rsch == 2) && hall && hsch && !(hsch & rsch))
            return at;
        /* "... there were 8 allegations of abuse of position ... against
         * police staff. VAWG allegations are counted only by financial year,
         * so we do not hold a count of VAWG allegations for 2025": the
         * statement names only categories the sentences before it do not
         * count */
        if (tr.ncats && td.ncats) {
            int shared = 0;
            for (int a = 0; a < tr.ncats && !shared; a++)
                for (int b = 0; b < td.ncats && !shared; b++)
                    shared = same_cat(c, tr.cats[a], td.cats[b]);
            if (!shared)
                return at;
        }
        /* "... recorded 10 allegations of sexual assault, 9 of ... Outcomes
         * for 2024 are not held separately": the statement is about the
         * outcomes of the counts before it (of their own period), not the
         * counts */
        if (!outcomes_clause(rest))
            return 0;
    }
    int own = 0;
    for (int k = 0; k < td.nperiods; k++)
        own += foi_date_cmp(&td.periods[k].start, &td.periods[k].end) != 0;
    return own ? at : 0;
}

/* The counts of a sentence, in digits, that are no year or part of a
 * period ("2025", "2024/25"): up to max, their offsets in *at. */
static int bare_counts(const char *t, long *v, size_t *at, int max)
{
    int n = 0;
    /* the days of a period ("1 April 2023 to 31 March 2024") are no counts */
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t pat[ENG_MAX_PERIODS], plen[ENG_MAX_PERIODS];
    int np = foi_period_find_all(t, NULL, ps, pat, plen, ENG_MAX_PERIODS);
    for (size_t i = 0; t[i]; i++) {
        int in_period = 0;
        for (int q = 0; q < np && !in_period; q++)
            in_period = i >= pat[q] && i < pat[q] + plen[q];
        if (in_period)
            continue;
        if (!isdigit((unsigned char)t[i]) || (i && (isalnum((unsigned char)t[i - 1]) || t[i - 1] == '/' ||
                                                    t[i - 1] == '.' || (i > 1 && t[i - 1] == ',' && isdigit((unsigned char)t[i - 2])))))
            continue;
        size_t e = i;
        while (isdigit((unsigned char)t[e]))
            e++;
        long x = strtol(t + i, NULL, 10);
        if (!(t[e] == '/' || isalpha((unsigned char)t[e]) || (e - i == 4 && x >= 1990 && x <= 2039))) {
            if (n == max)
                return -1;
            v[n] = x;
            at[n++] = i;
        }
        i = e - 1;
    }
    return n;
}

/* "In the calendar year 2024 the constabulary recorded 5 allegations of
 * sexual assault, 3 of sexual misconduct, 9 of sexual harassment and 11 of
 * violence against women and girls. In 2025 the figures were 8, 10, 13 and
 * 18 respectively.": a sentence saying "respectively" whose counts, no
 * category named, are as many as the categories of the sentence before
 * (each named once, with one count each) is that sentence's list again:
 * rewritten "In 2025 the figures were 8 allegations of sexual assault, 10
 * of sexual misconduct, ...". NULL when it is not such a sentence. */
static const char *respectively(struct ectx *c, const char *prev, const char *sent)
{
    const char *r = foi_strcasestr(sent, "respectively");
    if (!r)
        return NULL;
    struct textdims ts, tp;
    eng_textdims(c, sent, &ts);
    if (ts.ncats)
        return NULL;
    eng_textdims(c, prev, &tp);
    long v[ENG_MAX_CATS + 1], pv[ENG_MAX_CATS + 1];
    size_t at[ENG_MAX_CATS + 1], pat[ENG_MAX_CATS + 1];
    int n = bare_counts(sent, v, at, ENG_MAX_CATS + 1), pn = bare_counts(prev, pv, pat, ENG_MAX_CATS + 1);
    if (n < 2 || n != tp.ncats || pn != n)
        return NULL;
    /* each category of the sentence before after its own count, in order */
    const char *last = prev;
    for (int k = 0; k < n; k++) {
        const char *m = foi_strcasestr(prev + pat[k], tp.cats[k]);
        if (!m || m < last || (k + 1 < n && m > prev + pat[k + 1]))
            return NULL;
        last = m;
    }
    /* its noun ("5 allegations of"), kept for the first count */
    const char *np = prev + pat[0];
    while (isdigit((unsigned char)*np))
        np++;
    const char *of = strstr(np, " of ");
    size_t nl = of && of - np <= 24 && of > np ? (size_t)(of - np) : 0;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    foi_buf_add(&b, sent, at[0]);
    for (int k = 0; k < n; k++) {
        foi_buf_printf(&b, "%s%ld", k == 0 ? "" : k + 1 == n ? " and " : ", ", v[k]);
        if (k == 0 && nl)
            foi_buf_add(&b, np, nl);
        foi_buf_printf(&b, " of %s", tp.cats[k]);
    }
    foi_buf_adds(&b, ".");
    const char *out = b.data ? foi_arena_strdup(&c->arena, b.data) : NULL;
    foi_buf_release(&b);
    return out;
}

/* "... the total numbers of allegations ... were: sexual assault: 20;
 * sexual misconduct: 59; ...; violence against women and girls: 41.": a
 * sentence ending in a list, after a colon, of two or more items "category:
 * number" parted by semicolons, each label the whole of one category the
 * taxonomy knows. Read as the same sentence written "were: sexual assault
 * 20, sexual misconduct 59, ... and violence against women and girls 41."
 * (the form the prose reader knows). The sentence itself otherwise. */
static const char *colon_list(struct ectx *c, const char *sent)
{
    const char *colon = strstr(sent, ": ");
    if (!colon || !c->tax)
        return sent;
    size_t n = strlen(sent);
    while (n && (sent[n - 1] == ' ' || sent[n - 1] == '.'))
        n--;
    const char *items = colon + 2, *end = sent + n;
    if (items >= end || !memchr(items, ';', (size_t)(end - items)))
        return sent;
    char *out = foi_arena_alloc(&c->arena, (size_t)(end - sent) + 64);
    if (!out)
        return sent;
    size_t off = (size_t)(items - sent);
    memcpy(out, sent, off);
    int nitems = 0;
    for (const char *p = items; p < end;) {
        const char *q = p;
        while (q < end && *q != ';')
            q++;
        /* "sexual assault: 20" */
        const char *ic = NULL;
        for (const char *k = p; k + 1 < q; k++)
            if (k[0] == ':' && k[1] == ' ')
                ic = k;
        if (!ic)
            return sent;
        const char *num = ic + 2, *ne = q;
        while (ne > num && ne[-1] == ' ')
            ne--;
        if (ne == num || ne - num > 6)
            return sent;
        for (const char *k = num; k < ne; k++)
            if (!isdigit((unsigned char)*k))
                return sent;
        const char *lab = foi_arena_strndup(&c->arena, p, (size_t)(ic - p));
        struct foi_match m;
        if (!lab || foi_taxonomy_match(c->tax, FOI_VOCAB_CATEGORY, lab, &m) <= 0 || !m.exact ||
            !strcmp(m.id, "other"))
            return sent;
        int last = q >= end;
        int w = snprintf(out + off, (size_t)(end - sent) + 64 - off, "%s%.*s %.*s", !nitems ? "" : last ? " and " : ", ",
                         (int)(ic - p), p, (int)(ne - num), num);
        if (w < 0)
            return sent;
        off += (size_t)w;
        nitems++;
        p = q < end ? q + 1 : q;
        while (p < end && *p == ' ')
            p++;
    }
    if (nitems < 2)
        return sent;
    out[off++] = '.';
    out[off] = '\0';
    return out;
}

/* Does p open a record of a category, the category's exact name and a
 * separator ("Sexual assault - dismissed 1, ...", "Sexual assault: ...")? */
static int record_opens(struct ectx *c, const char *p)
{
    if (!isalpha((unsigned char)*p))
        return 0;
    static const char *const seps[] = { ": ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };
    const char *best = NULL;
    for (int i = 0; seps[i]; i++) {
        const char *q = strstr(p, seps[i]);
        if (q && (!best || q < best))
            best = q;
    }
    if (!best || best - p > 80)
        return 0;
    for (const char *q = p; q < best; q++)
        if (isdigit((unsigned char)*q) || *q == ',' || *q == ';' || *q == '.')
            return 0;
    const char *lab = foi_arena_strndup(&c->arena, p, (size_t)(best - p));
    struct foi_match m;
    return lab && foi_taxonomy_match(c->tax, FOI_VOCAB_CATEGORY, lab, &m) > 0 && m.exact && strcmp(m.id, "other");
}

static void prose_block(struct ectx *c, int block, const char *text, struct lrun *run)
{
    const char *s = text, *prev = NULL;
    while (*s && !c->rc) {
        const char *e = s;
        /* "Sexual assault - dismissed 1, ..., under investigation 7 Sexual
         * misconduct - dismissed 0, ...": records of categories run
         * together (lines joined) end where the next opens after a count */
        while (*s == ' ')
            s++;
        int records = record_opens(c, s);
        int cut = 0;
        while (*e && !((*e == '.' || *e == '?' || *e == '!') && (e[1] == ' ' || e[1] == '\0') &&
                       !(e > s && isdigit((unsigned char)e[-1]) && isdigit((unsigned char)e[1])))) {
            if (records && e > s + 2 && e[-1] == ' ' && isdigit((unsigned char)e[-2]) && record_opens(c, e)) {
                cut = 1;
                break;
            }
            e++;
        }
        /* "No." and "approx." do not end a sentence */
        size_t sl = cut ? (size_t)(e - s) : (size_t)(e - s) + (*e ? 1 : 0);
        const char *sent = foi_arena_strndup(&c->arena, s, sl);
        if (!sent) {
            c->rc = FOI_ENOMEM;
            return;
        }
        while (*sent == ' ')
            sent++;
        if (cut) {
            /* the record's last count ends it, no space after */
            size_t tl = strlen(sent);
            while (tl && sent[tl - 1] == ' ')
                ((char *)sent)[--tl] = '\0';
        }
        sent = colon_list(c, sent);
        const char *resp = prev ? respectively(c, prev, sent) : NULL;
        if (resp)
            eng_trace(c, eng_block_loc(c, block), "'respectively': the counts are of the categories of the sentence "
                      "before, in its order: %s", resp);
        if (*sent && !outcome_list(c, block, resp ? resp : sent, run)) {
            run->said_as = resp ? sent : NULL;
            eng_prose_sentence(c, resp ? resp : sent, block, run);
            run->said_as = NULL;
        }
        prev = sent;
        s += sl;
    }
}

/* An answer to question q: a value, a refusal, pairs, or prose. */
static void answer(struct ectx *c, int block, const char *body, struct lrun *run, struct stlist *sl)
{
    struct eng_letter *L = c->lt;
    const char *loc = eng_block_loc(c, block);
    const struct eng_question *q = run->q >= 0 ? &L->q[run->q] : NULL;
    while (*body == ' ')
        body++;
    if (!*body)
        return;
    /* "20", "Nil", "20 allegations", "Not held", "NCND (s30(3), s31(3))" */
    struct foi_value v;
    char stripped[64];
    snprintf(stripped, sizeof stripped, "%s", body);
    size_t n = strlen(stripped);
    while (n && (stripped[n - 1] == '.' || stripped[n - 1] == ' '))
        stripped[--n] = 0;
    if (strlen(body) < sizeof stripped - 1 && eng_value(c, stripped, &v) == 0 && v.status != FOI_VS_NONE) {
        if (v.status == FOI_VS_REFUSED || v.status == FOI_VS_NCND || v.status == FOI_VS_NOT_HELD) {
            statement_at(c, sl, block, body, run);
            if (sl->n == 0 || sl->s[sl->n - 1].block != block) {
                /* a bare status word: the answer's own refusal */
                struct statement s;
                memset(&s, 0, sizeof s);
                s.kind = v.status == FOI_VS_NCND ? SK_NCND : v.status == FOI_VS_NOT_HELD ? SK_NOT_HELD : SK_EXEMPT;
                snprintf(s.ex, sizeof s.ex, "%s", v.exemption);
                s.block = block;
                s.q = run->q;
                s.whole = run->q < 0;
                s.raw = foi_collapse_ws(&c->arena, body, strlen(body));
                st_add(c, sl, &s);
            }
            return;
        }
        if (!q) {
            eng_trace(c, loc, "'%s' not a figure: an answer to no question found", stripped);
            return;
        }
        if (q->outcome && !strcmp(q->outcome, "?")) {
            eng_trace(c, loc, "'%s' not a figure: question %s asks about several outcomes", stripped, q->id);
            return;
        }
        struct lfig f;
        memset(&f, 0, sizeof f);
        f.d.outcome = q->outcome ? q->outcome : "total";
        f.value_text = foi_arena_strdup(&c->arena, stripped);
        f.v = v;
        f.locator = loc;
        f.raw = foi_collapse_ws(&c->arena, L->b[block].text, strlen(L->b[block].text));
        f.conf = c->o->confidence - 0.1;
        char what[120];
        snprintf(what, sizeof what, "'%s' (answer to question %s)", stripped, q->id);
        eng_letter_emit(c, &f, run, what);
        return;
    }
    /* "Fewer than five. The exact figure is withheld under section 40(2)": the
     * first sentence is the answer, the rest explains it */
    const char *stop = strstr(body, ". ");
    if (stop && (size_t)(stop - body) < sizeof stripped - 1 && q && !(q->outcome && !strcmp(q->outcome, "?"))) {
        snprintf(stripped, sizeof stripped, "%.*s", (int)(stop - body), body);
        if (eng_value(c, stripped, &v) == 0 && v.status != FOI_VS_NONE && v.status != FOI_VS_REFUSED &&
            v.status != FOI_VS_NCND && v.status != FOI_VS_NOT_HELD) {
            if (v.status == FOI_VS_SUPPRESSED && !v.exemption[0])
                foi_value_find_exemption(body, v.exemption, sizeof v.exemption);
            struct lfig f;
            memset(&f, 0, sizeof f);
            f.d.outcome = q->outcome ? q->outcome : "total";
            f.value_text = foi_arena_strdup(&c->arena, stripped);
            f.v = v;
            f.locator = loc;
            f.raw = foi_collapse_ws(&c->arena, L->b[block].text, strlen(L->b[block].text));
            f.conf = c->o->confidence - 0.1;
            char what[120];
            snprintf(what, sizeof what, "'%s' (answer to question %s)", stripped, q->id);
            eng_letter_emit(c, &f, run, what);
            return;
        }
    }
    if (pair_list(c, body, run, loc))
        return;
    if (strlen(body) < 80 && pair_item(c, body, run, loc))
        return;
    statement_at(c, sl, block, body, run);
    /* "20 allegations were recorded": prose, with the question's outcome for
     * a count that names none */
    prose_block(c, block, body, run);
}

/* ------------------------------------------------------------ attachments */
static const char *const attach_cues[] = {
    "please find attached", "please see attached", "please find enclosed", "please see enclosed",
    "find attached", "is attached", "are attached", "attached is", "attached are", "the attached",
    "the enclosed", "is enclosed", "are enclosed", "(attached)", "in the attachment", "see attachment",
    "as an attachment", "attached document", "attached spreadsheet", "attached file", "attached table",
    "attached pdf", "attachment:", "attachments:", "see the attached", "provided in the attached",
    "attached to this", "enclosed with this", "accompany this", "accompanies this", "accompanying this",
    "the accompanying",
    /* a file carried inside the PDF itself (its attachments panel) */
    "attachments panel", "embedded in this", "inside this pdf", NULL
};

static const char *const file_exts[] = { ".pdf", ".xlsx", ".xlsm", ".xls", ".csv", ".docx", ".doc",
    ".ods", ".odt", ".txt", ".html", ".htm", ".rtf", ".zip", NULL };

/* File names in t (with their extension, or in brackets naming an
 * attachment: "(619A_Attachment)"); out gets up to max names. */
static int file_names(struct ectx *c, const char *t, const char **out, int max)
{
    int n = 0;
    for (const char *p = strchr(t, '('); p && n < max; p = strchr(p + 1, '(')) {
        const char *e = strchr(p, ')');
        if (!e || e - p > 80)
            continue;
        int ext = 0, word = 0, space = 0;
        for (const char *q = p + 1; q < e; q++) {
            space |= *q == ' ';
            if (*q == '.')
                ext = 1;
        }
        const char *l = low(c, t);
        size_t a = (size_t)(p - t) + 1, len = (size_t)(e - p) - 1;
        char *inner = foi_arena_strndup(&c->arena, l + a, len);
        if (inner)
            word = strstr(inner, "attachment") || strstr(inner, "appendix") || strstr(inner, "annex") ||
                   strstr(inner, "enclosure");
        if (!ext && word && !space && len >= 4) {
            const char *name = foi_arena_strndup(&c->arena, t + a, len);
            if (name)
                out[n++] = name;
        }
    }
    for (const char *p = t; *p && n < max; p++) {
        if (*p != '.')
            continue;
        const char *ext = NULL;
        for (int i = 0; file_exts[i]; i++) {
            size_t k = strlen(file_exts[i]);
            if (!strncasecmp(p, file_exts[i], k) && !isalnum((unsigned char)p[k])) {
                ext = file_exts[i];
                break;
            }
        }
        if (!ext || p == t || !isalnum((unsigned char)p[-1]))
            continue;
        const char *e = p + strlen(ext);
        /* back to the start: inside brackets or quotes names may hold spaces */
        const char *b = p;
        const char *open = NULL;
        for (const char *q = p; q > t; q--) {
            if (q[-1] == '(' || q[-1] == '"' || q[-1] == '[' ||
                (q - t >= 3 && (unsigned char)q[-3] == 0xE2 && (unsigned char)q[-2] == 0x80 &&
                 ((unsigned char)q[-1] == 0x9C || (unsigned char)q[-1] == 0x98))) {
                open = q;
                break;
            }
            if (q[-1] == ')' || q[-1] == ':' || (q - p < -80))
                break;
        }
        if (open) {
            b = open;
        } else {
            while (b > t && (isalnum((unsigned char)b[-1]) || b[-1] == '_' || b[-1] == '-' || b[-1] == '.'))
                b--;
        }
        while (*b == ' ')
            b++;
        if (e > b) {
            const char *name = foi_arena_strndup(&c->arena, b, (size_t)(e - b));
            if (name)
                out[n++] = name;
        }
        p = e - 1;
    }
    return n;
}

/* What an e-mail's own "Subject:" header line names as counted ("RE: FOI
 * 2026/1163 allegations against officers": the request's title, echoed by
 * the reply): its measure, or NULL. Only the message's header block at the
 * top (the lines before the first blank one), never a quoted message's. */
static const char *subject_header_measure(struct ectx *c)
{
    const struct foi_doc *doc = c->doc;
    for (int i = 0; i < doc->nlines && i < 12; i++) {
        const char *t = doc->lines[i].text;
        if (!t || !*t)
            break;
        while (*t == ' ')
            t++;
        if (strncasecmp(t, "subject:", 8))
            continue;
        struct textdims td;
        eng_textdims(c, t + 8, &td);
        return td.measure;
    }
    return NULL;
}

/* A covering letter: the attachments it names and what it says they count. */
static void attachments(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    struct foi_sink *real = L->real;
    int any = 0;
    const char *period_text = NULL, *subject_text = NULL, *stated_subject = NULL, *measure_text = NULL;
    for (int i = 0; i < L->nb && !c->rc; i++) {
        const struct eng_block *b = &L->b[i];
        if (b->zone == ZN_REQUEST || b->zone == ZN_BOILER)
            continue;
        const char *cue = NULL;
        const char *bl = low(c, b->text);
        for (int k = 0; attach_cues[k] && !cue; k++)
            if (strstr(bl, attach_cues[k]))
                cue = attach_cues[k];
        if (!cue)
            continue;
        const char *names[8];
        int n = file_names(c, b->text, names, 8);
        const char *loc = eng_block_loc(c, i);
        for (int k = 0; k < n; k++) {
            if (real->meta)
                real->meta(real, "attachment", names[k]);
            eng_trace(c, loc, "names an attachment: %s", names[k]);
        }
        if (!n) {
            if (real->meta)
                real->meta(real, "attachment", "");
            eng_trace(c, loc, "says the answer is attached, naming no file");
        }
        any = 1;
        struct textdims td;
        eng_textdims(c, b->text, &td);
        /* "the workbook gives the allegations against police officers and
         * police staff": whom the attachment counts, where the request did
         * not say */
        if (!subject_text && td.subject)
            subject_text = td.subject;
        /* "They count allegations made against police staff": what the
         * attachment counts, where no request says */
        if (!measure_text && td.measure)
            measure_text = td.measure;
        /* "The figures in the attachment are numbers of allegations made
         * against police officers only": the letter's own words on whom the
         * attachment counts, from the cue to the end of its clause, beat
         * the request's (which asked for officers and staff) */
        for (int k = 0; attach_cues[k] && !stated_subject; k++) {
            const char *at = strstr(bl, attach_cues[k]);
            if (!at)
                continue;
            size_t from = (size_t)(at - bl), to = from;
            while (bl[to] && bl[to] != ';' && !(bl[to] == '.' && (bl[to + 1] == ' ' || !bl[to + 1])))
                to++;
            const char *clause = foi_arena_strndup(&c->arena, b->text + from, to - from);
            const char *lc = foi_arena_strndup(&c->arena, bl + from, to - from);
            if (!clause || !lc) {
                c->rc = FOI_ENOMEM;
                return;
            }
            /* "the attached does not include police staff": no one's figures */
            if (strstr(lc, " not ") || strstr(lc, "n't ") || strstr(lc, "exclud") || strstr(lc, "except"))
                continue;
            struct textdims tc;
            eng_textdims(c, clause, &tc);
            if (!tc.subject && bl[to] == '.') {
                /* "... are in the attached spreadsheet, Annex A. They are
                 * numbers of allegations against police officers only.": the
                 * next sentence, where it speaks of the attachment again */
                static const char *const back[] = { "they ", "these ", "it ", "this ", "the figures ",
                                                    "the numbers ", "the data ", "the spreadsheet ",
                                                    "the annex ", "the attachment ", "the table ",
                                                    "the workbook ", "all of them ", NULL };
                size_t s2 = to + 1;
                while (bl[s2] == ' ')
                    s2++;
                int refers = 0;
                for (int q = 0; back[q] && !refers; q++)
                    refers = !strncmp(bl + s2, back[q], strlen(back[q]));
                size_t e2 = s2;
                while (bl[e2] && bl[e2] != ';' && !(bl[e2] == '.' && (bl[e2 + 1] == ' ' || !bl[e2 + 1])))
                    e2++;
                const char *l2 = refers ? foi_arena_strndup(&c->arena, bl + s2, e2 - s2) : NULL;
                if (l2 && !strstr(l2, " not ") && !strstr(l2, "n't ") && !strstr(l2, "exclud") &&
                    !strstr(l2, "except")) {
                    const char *c2 = foi_arena_strndup(&c->arena, b->text + s2, e2 - s2);
                    if (c2)
                        eng_textdims(c, c2, &tc);
                }
            }
            if (tc.subject) {
                stated_subject = tc.subject;
                eng_trace(c, loc, "says whom the attachment counts: %s", tc.subject);
            }
        }
        /* "information held for 2018-2020 (attached)": the attachment's
         * period; not a period the paragraph only defines ("The year to
         * date runs from 1 April 2026 to 30 September 2026": handed on as
         * a definition below) */
        int nper = 0, pick = -1;
        for (int p = 0; p < td.nperiods; p++)
            if (foi_date_cmp(&td.periods[p].start, &td.periods[p].end)) {
                nper++;
                pick = p;
            }
        if (!period_text && !eng_pdef_defines(c, b->text) && nper == 1)
            period_text = td.period_texts[pick];
        /* "... which gives ... for the calendar years 2024 and 2025 and for
         * 2026 up to 30 November": the periods the attachment answers, for
         * the request's relative years (attachment_request_periods) */
        if (nper >= 2 && !L->att_text)
            L->att_text = b->text;
    }
    if (!any || !real->meta)
        return;
    /* what the letter says the attachment counts */
    struct foi_doc_context x;
    memset(&x, 0, sizeof x);
    x.force = c->force;
    x.request_ref = c->request_ref;
    if (period_text) {
        x.period = period_text;
    } else {
        int nper = 0, pick = -1;
        for (int p = 0; p < c->req.nperiods; p++)
            if (foi_date_cmp(&c->req.periods[p].start, &c->req.periods[p].end)) {
                nper++;
                pick = p;
            }
        if (nper == 1)
            x.period = c->req.period_texts[pick];
    }
    x.category = c->req.category;
    x.measure = c->statement_measure ? c->statement_measure : c->req.measure ? c->req.measure : measure_text;
    if (!x.measure && (c->doc->format == FOI_FMT_TEXT || c->doc->format == FOI_FMT_HTML) &&
        (x.measure = subject_header_measure(c)))
        eng_trace(c, NULL, "the e-mail's subject line says what the attachment counts: %s", x.measure);
    x.subject = stated_subject ? stated_subject : c->req.subject ? c->req.subject : subject_text;
    if (c->date_basis && strcmp(c->date_basis, "unknown"))
        x.date_basis = c->date_basis;
    x.read_prose = 1;
    /* the marks it explains ("'<5' means a number between 1 and 4"): what
     * the attachment's cells show */
    const char *paras[8];
    int np = eng_lex_mark_paras(c, paras, 8);
    struct foi_buf mb;
    foi_buf_init(&mb, 0);
    for (int k = 0; k < np; k++)
        if (foi_buf_adds(&mb, paras[k]) || foi_buf_addc(&mb, '\n'))
            c->rc = FOI_ENOMEM;
    if (mb.data && mb.len && !(x.marks = foi_arena_strdup(&c->arena, mb.data)))
        c->rc = FOI_ENOMEM;
    /* the paragraphs saying which days a period covers ("The year to date
     * runs from 1 April 2026 to 30 September 2026"): what the attachment's
     * "2026/27 year to date" means */
    foi_buf_reset(&mb);
    int nd = 0;
    for (int i = 0; i < L->nb && nd < 8 && !c->rc; i++) {
        const struct eng_block *b = &L->b[i];
        if (b->zone == ZN_REQUEST || b->zone == ZN_BOILER || !eng_pdef_defines(c, b->text))
            continue;
        if (foi_buf_adds(&mb, b->text) || foi_buf_addc(&mb, '\n'))
            c->rc = FOI_ENOMEM;
        nd++;
    }
    if (mb.data && mb.len && !(x.defines = foi_arena_strdup(&c->arena, mb.data)))
        c->rc = FOI_ENOMEM;
    foi_buf_release(&mb);
    struct foi_buf b;
    foi_buf_init(&b, 1 << 16);
    if (foi_context_format(&x, &b) == 0 && b.data)
        real->meta(real, "context", b.data);
    foi_buf_release(&b);
}

/* ------------------------------------------------------------ the walk */
static int is_pair_line(const char *t)
{
    return strlen(t) < 100 && (strstr(t, ": ") || strstr(t, " \xe2\x80\x93 ") || strstr(t, " - "));
}

static void trace_split(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    static const char *const names[] = { "letterhead", "request", "answer", "boilerplate", "table" };
    for (int i = 0; i < L->nb;) {
        int j = i;
        while (j + 1 < L->nb && L->b[j + 1].zone == L->b[i].zone && !strcmp(L->b[j + 1].why, L->b[i].why))
            j++;
        const char *a = foi_line_locator_in(&c->arena, c->doc, L->b[i].first);
        const char *z = foi_line_locator_in(&c->arena, c->doc, L->b[j].last);
        if (strcmp(a, z))
            eng_trace(c, NULL, "%s to %s: %s (%s)", a, z, names[L->b[i].zone], L->b[i].why);
        else
            eng_trace(c, NULL, "%s: %s (%s)", a, names[L->b[i].zone], L->b[i].why);
        i = j + 1;
    }
    for (int k = 0; k < L->nq; k++)
        eng_trace(c, eng_block_loc(c, L->q[k].block), "question %s: %s", L->q[k].id, L->q[k].text);
    eng_trace(c, NULL, "%s: %s", L->is_response ? "a response" : "not a response", L->response_why);
}

/* foi inspect: every number of a block that gives no figures, and why. */
static void trace_numbers(struct ectx *c, int block, const char *why)
{
    if (!tracing(c))
        return;
    const char *t = c->lt->b[block].text;
    const char *loc = eng_block_loc(c, block);
    for (const char *p = t; *p; p++) {
        if (!isdigit((unsigned char)*p) || (p > t && isalnum((unsigned char)p[-1])))
            continue;
        const char *e = p;
        while (isalnum((unsigned char)*e) || ((*e == ',' || *e == '.' || *e == '/' || *e == ':' || *e == '-') &&
                                               isdigit((unsigned char)e[1])))
            e++;
        eng_trace(c, loc, "'%.*s' not a figure: %s", (int)(e - p), p, why);
        p = e - 1;
    }
}

int eng_letter_prepare(struct ectx *c)
{
    struct eng_letter *L = foi_arena_alloc(&c->arena, sizeof *L);
    if (!L)
        return c->rc = FOI_ENOMEM;
    c->lt = L;
    L->real = c->out;
    L->sink.emit = wrap_emit;
    L->sink.issue = wrap_issue;
    L->sink.meta = wrap_meta;
    L->sink.trace = c->out->trace ? wrap_trace : NULL;
    L->sink.ctx = c;
    L->stmt_consumed = -1;
    c->out = &L->sink;
    eng_split(c);
    if (!c->rc && tracing(c))
        trace_split(c);
    return c->rc;
}

void eng_letter_release(struct ectx *c)
{
    if (!c->lt)
        return;
    c->out = c->lt->real;
    foi_buf_release(&c->lt->low);
    foi_free(c->lt->em);
    c->lt->em = NULL;
    foi_free(c->lt->em_bucket);
    c->lt->em_bucket = NULL;
    foi_free(c->lt->pend);
    c->lt->pend = NULL;
}

/* Does line index ln (0-based) lie in one of the document's text tables? */
static int line_in_table(const struct ectx *c, int ln)
{
    for (int t = 0; t < c->doc->ntables; t++)
        if (c->doc->tables[t].first_line && ln + 1 >= c->doc->tables[t].first_line &&
            ln + 1 <= c->doc->tables[t].last_line)
            return 1;
    return 0;
}

/* The sentence before the one block bi opens in ("VIOLENCE AGAINST WOMEN AND
 * GIRLS IS NOT A RECORDING CATEGORY ON THE PSD SYSTEM." before "INFORMATION
 * FOR THAT PART OF THE REQUEST IS NOT HELD."), read across the blocks just
 * before it (lines that follow on, none of a table or the request, at most
 * four), wherever the lines were wrapped; NULL when there is none. */
static const char *sentence_before(struct ectx *c, int bi)
{
    struct eng_letter *L = c->lt;
    int k = bi;
    const char *joined = L->b[bi].text;
    size_t off = 0;   /* where block bi's text starts in joined */
    for (;;) {
        /* the start of the sentence holding off, and of the one before it */
        size_t cur = off;
        while (cur > 0 && !(cur >= 2 && joined[cur - 1] == ' ' && joined[cur - 2] == '.' &&
                            !(cur >= 3 && joined[cur - 3] >= '0' && joined[cur - 3] <= '9')))
            cur--;
        if (cur > 0) {
            size_t prev = cur - 2;
            while (prev > 0 && !(prev >= 2 && joined[prev - 1] == ' ' && joined[prev - 2] == '.' &&
                                 !(prev >= 3 && joined[prev - 3] >= '0' && joined[prev - 3] <= '9')))
                prev--;
            if (prev > 0 || k == 0 || bi - k >= 4 || L->b[k - 1].last + 1 != L->b[k].first ||
                L->b[k - 1].zone == ZN_REQUEST || line_in_table(c, L->b[k - 1].last))
                return prev < cur - 1 ? foi_arena_strndup(&c->arena, joined + prev, cur - 1 - prev) : NULL;
        }
        if (k == 0 || bi - k >= 4 || L->b[k - 1].last + 1 != L->b[k].first || L->b[k - 1].zone == ZN_REQUEST ||
            line_in_table(c, L->b[k - 1].last))
            return NULL;
        k--;
        size_t pl = strlen(L->b[k].text);
        const char *j = foi_arena_printf(&c->arena, "%s %s", L->b[k].text, joined);
        if (!j)
            return NULL;
        joined = j;
        off += pl + 1;
    }
}

/* The statement a note beside the tables makes (notes_not_held): not held,
 * or refused ("Calendar year 2024 and 2025 figures were refused under
 * section 12"), kind and exemption as the note gives them. */
struct note_kind {
    enum skind kind;
    char ex[32];
};

/* A not-held (or refused) statement a note beside the tables implies
 * (notes_not_held, note_cats_not_held): of block bi's text, for the tables'
 * people and measure, inferred; note says why, after the status. */
/* Does text give the day the figures were taken ("extracted 30/11/2026",
 * "as at 30 November 2026") inside period p, before its last day (inside
 * the year a note says is not held)? Any other day ("the system was
 * replaced on 1 April 2024") says nothing of it. */
static int day_inside(const char *text, const struct foi_period *p)
{
    static const char *const cues[] = { "extracted ", "extracted on ", "as at ", "as of ", "correct at ",
                                        "run on ", "produced on ", "data at ", NULL };
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t at[ENG_MAX_PERIODS], len[ENG_MAX_PERIODS];
    int np = foi_period_find_all(text, NULL, ps, at, len, ENG_MAX_PERIODS);
    for (int k = 0; k < np; k++) {
        if (!ps[k].resolved || foi_date_cmp(&ps[k].start, &ps[k].end) || foi_date_cmp(&ps[k].start, &p->start) < 0 ||
            foi_date_cmp(&ps[k].start, &p->end) >= 0)
            continue;
        for (int i = 0; cues[i]; i++) {
            size_t n = strlen(cues[i]);
            if (at[k] >= n && !strncasecmp(text + at[k] - n, cues[i], n))
                return 1;
        }
    }
    return 0;
}

static void note_not_held(struct ectx *c, const struct note_kind *nk, struct statement *sm, int bi,
                          const char *text, const char *subj, const char *meas, const char *note)
{
    memset(sm, 0, sizeof *sm);
    sm->kind = nk->kind;
    snprintf(sm->ex, sizeof sm->ex, "%s", nk->ex);
    sm->block = bi;
    sm->q = -1;
    sm->subject = foi_taxonomy_name(c->tax, FOI_VOCAB_SUBJECT, subj);
    sm->measure = foi_taxonomy_name(c->tax, FOI_VOCAB_MEASURE, meas);
    sm->raw = foi_collapse_ws(&c->arena, text, strlen(text));
    char buf[200];
    snprintf(buf, sizeof buf, "%s %s", status_word(nk->kind), note);
    sm->note = foi_arena_strdup(&c->arena, buf);
    if (!sm->note)
        sm->note = note;
    sm->inferred = 1;
}

/* The distinct periods of the figures emitted so far (emitted_period leaves
 * out those taken back), each with its label, in the order first emitted,
 * but for spans holding another of them: how many, or -1 when there are
 * more than ENG_MAX_PERIODS distinct ones. */
static int emitted_periods(const struct eng_letter *L, struct foi_period *per, const char **lab)
{
    int np = 0;
    for (size_t i = 0; i < L->nem; i++) {
        struct foi_period p;
        if (emitted_period(&L->em[i], &p))
            continue;
        int dup = 0;
        for (int k = 0; k < np && !dup; k++)
            dup = !foi_date_cmp(&per[k].start, &p.start) && !foi_date_cmp(&per[k].end, &p.end);
        if (dup)
            continue;
        if (np == ENG_MAX_PERIODS)
            return -1;
        per[np] = p;
        lab[np++] = L->em[i].plabel;
    }
    /* a span holding another of them ("Total 2021 to 2025") is no period of
     * its own */
    int span[ENG_MAX_PERIODS], m = 0;
    for (int a = 0; a < np; a++) {
        span[a] = 0;
        for (int q = 0; q < np && !span[a]; q++)
            span[a] = q != a && foi_date_cmp(&per[a].start, &per[q].start) <= 0 &&
                      foi_date_cmp(&per[q].end, &per[a].end) <= 0;
    }
    for (int a = 0; a < np; a++)
        if (!span[a]) {
            per[m] = per[a];
            lab[m++] = lab[a];
        }
    return m;
}

/* A note beside the tables of a document that is no letter, naming
 * categories and no period ("Violence against women and girls is not a
 * recording category on the system. Information for that part of the request
 * is not held"): each category it names that the tables give nothing of is
 * not held for each period the tables give (a span holding another of them,
 * "Total 2021 to 2025", is no period of its own), for their people and
 * measure, inferred. */
static void note_cats_not_held(struct ectx *c, const struct note_kind *nk, int bi, const struct textdims *td,
                               const char *const *cats, int ncats, const char *subj, const char *meas)
{
    struct eng_letter *L = c->lt;
    struct foi_period per[ENG_MAX_PERIODS];
    const char *lab[ENG_MAX_PERIODS];
    int np = emitted_periods(L, per, lab);
    if (np < 0)
        return;   /* more periods than a note can be read against */
    const char *loc = eng_block_loc(c, bi);
    const struct eng_block *b = &L->b[bi];
    for (int k = 0; k < td->ncats && !c->rc; k++) {
        const char *cat = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, td->cats[k]);
        if (!cat || !strcmp(cat, "other"))
            continue;
        int given = 0;
        for (int j = 0; j < ncats && !given; j++)
            given = !strcmp(cats[j], cat);
        if (given) {
            eng_trace(c, loc, "not held not taken: the tables give figures of %s", td->cats[k]);
            continue;
        }
        for (int p = 0; p < np && !c->rc; p++) {
            struct statement sm;
            note_not_held(c, nk, &sm, bi, b->text, subj, meas, "for each period of the tables beside the note");
            statement_emit(c, &sm, foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, cat), &per[p], lab[p]);
        }
    }
}

/* A note beside the tables naming a category and a period: "n/a – violence
 * against women and girls was not recorded as an allegation type before 1
 * April 2024, so figures for 2023/24 are not held" (a day, "before 1 April
 * 2024", is no period of its own): that category is not held in that period,
 * where the tables give nothing of it then and give that period for other
 * categories, for their people and measure, inferred. 1 when the note names
 * both (read here), else 0. */
static int note_cat_period_not_held(struct ectx *c, const struct note_kind *nk, int bi,
                                    const struct textdims *clause, const char *subj, const char *meas)
{
    struct eng_letter *L = c->lt;
    const struct eng_block *b = &L->b[bi];
    struct textdims all;
    const struct textdims *cd = clause;
    if (!clause->ncats) {
        eng_textdims(c, b->text, &all);
        cd = &all;
    }
    int nreal = 0;
    for (int p = 0; p < clause->nperiods; p++)
        nreal += foi_date_cmp(&clause->periods[p].start, &clause->periods[p].end) != 0;
    if (!cd->ncats || !nreal)
        return 0;
    const char *loc = eng_block_loc(c, bi);
    for (int k = 0; k < cd->ncats && !c->rc; k++) {
        const char *cat = foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_CATEGORY, cd->cats[k]);
        if (!cat || !strcmp(cat, "other"))
            continue;
        for (int p = 0; p < clause->nperiods && !c->rc; p++) {
            const struct foi_period *want = &clause->periods[p];
            if (!foi_date_cmp(&want->start, &want->end))
                continue;
            int given = 0, others = 0;
            for (size_t i = 0; i < L->nem && !given; i++) {
                struct foi_period q;
                if (!L->em[i].cat || emitted_period(&L->em[i], &q) || foi_date_cmp(&q.start, &want->start) ||
                    foi_date_cmp(&q.end, &want->end))
                    continue;
                if (!strcmp(L->em[i].cat, cat))
                    given = 1;
                else
                    others = 1;
            }
            if (given || !others) {
                eng_trace(c, loc, "not held not taken: the tables give %s for %s", given ? "figures of it" :
                          "nothing", clause->period_texts[p]);
                continue;
            }
            struct statement sm;
            note_not_held(c, nk, &sm, bi, b->text, subj, meas,
                          "for the category and period the note names, which the tables do not give");
            statement_emit(c, &sm, foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, cat), want,
                           clause->period_texts[p]);
        }
    }
    return 1;
}

/* A note beside the tables of a document that is no letter, neither
 * confirming nor denying for people the tables do not count ("Police staff:
 * Northumbria Police neither confirms nor denies that it holds information
 * about allegations against police staff, by virtue of section 40(5)" under
 * a sheet of officers' figures): that group is NCND for each category and
 * period the tables give (a span holding another of them is no period of its
 * own), in their measure, inferred. Only when the note names one group, one
 * group alone (police officers or police staff) that no figure of the
 * tables counts, and names no category or period of its own (those are not
 * read here). */
static void note_subject_ncnd(struct ectx *c, const struct note_kind *nk, int bi, const char *const *cats,
                              int ncats, const char *meas)
{
    struct eng_letter *L = c->lt;
    const struct eng_block *b = &L->b[bi];
    const char *loc = eng_block_loc(c, bi);
    const char *cl = statement_clause(c, b->text, nk->kind);
    struct textdims td, all;
    eng_textdims(c, cl, &td);
    eng_textdims(c, b->text, &all);
    const char *raw = td.subject ? td.subject : all.subject;
    const char *who = raw ? foi_norm_label_in(&c->nmemo, c->tax, FOI_VOCAB_SUBJECT, raw) : NULL;
    if (!who || (strcmp(who, "officers") && strcmp(who, "staff"))) {
        eng_trace(c, loc, "neither confirm nor deny not taken: the note names no one group of people");
        return;
    }
    if (td.ncats || td.nperiods || all.ncats || all.nperiods) {
        eng_trace(c, loc, "neither confirm nor deny not taken: the note names a category or period of its own");
        return;
    }
    for (size_t i = 0; i < L->nem; i++) {
        const char *es = L->em[i].subj;
        if (!L->em[i].dead && es && (!strcmp(es, who) || !strcmp(es, "officers_and_staff"))) {
            eng_trace(c, loc, "neither confirm nor deny not taken: the tables give figures counting %s", raw);
            return;
        }
    }
    struct foi_period per[ENG_MAX_PERIODS];
    const char *lab[ENG_MAX_PERIODS];
    int np = emitted_periods(L, per, lab);
    if (np < 0)
        return;   /* more periods than a note can be read against */
    for (int p = 0; p < np && !c->rc; p++) {
        for (int k = 0; k < ncats && !c->rc; k++) {
            struct statement sm;
            note_not_held(c, nk, &sm, bi, b->text, who, meas,
                          "for the people the note names, whom the tables beside it do not count, for each "
                          "category and period of the tables");
            statement_emit(c, &sm, foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, cats[k]), &per[p], lab[p]);
        }
    }
}

/* A workbook or table document that is no letter ("Appendix A") with a
 * note "2021/22: information not held. ... records before 1 April 2022 were
 * on a system that was not migrated": the note's own period, for which the
 * tables give nothing (nor of a part of it, nor of a longer period holding
 * it), is not held for what the tables count (each category they give, their
 * people and measure when those are one), inferred. */
static void notes_not_held(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    if (!c->doc->ntables || !L->nem)
        return;
    const char *cats[ENG_MAX_CATS];
    int ncats = 0;
    const char *subj = NULL, *meas = NULL;
    int off = 0, st = 0, mixed_meas = 0;
    for (size_t i = 0; i < L->nem; i++) {
        const struct emitted *e = &L->em[i];
        if (e->dead || !e->cat || !strcmp(e->cat, "other"))
            continue;
        int dup = 0;
        for (int k = 0; k < ncats; k++)
            dup |= !strcmp(cats[k], e->cat);
        if (!dup && ncats < ENG_MAX_CATS)
            cats[ncats++] = e->cat;
        if (e->subj) {
            off |= !strcmp(e->subj, "officers") || !strcmp(e->subj, "officers_and_staff");
            st |= !strcmp(e->subj, "staff") || !strcmp(e->subj, "officers_and_staff");
            if (!subj)
                subj = e->subj;
            else if (strcmp(subj, e->subj))
                subj = "";
        }
        if (e->meas) {
            if (meas && strcmp(meas, e->meas))
                mixed_meas = 1;
            meas = e->meas;
        }
    }
    if (subj && !*subj)
        subj = off && st ? "officers_and_staff" : NULL;
    if (!ncats || !subj || !meas || mixed_meas)
        return;
    for (int i = 0; i < L->nb && !c->rc; i++) {
        const struct eng_block *b = &L->b[i];
        /* not held, or refused for cost, as vexatious or as published
         * elsewhere: the statements that take a period or a category out of
         * the tables whole */
        struct note_kind nk;
        if (b->zone == ZN_REQUEST)
            continue;
        nk.kind = statement_kind(c, b->text, nk.ex);
        if (nk.kind == SK_NCND && nk.ex[0]) {
            note_subject_ncnd(c, &nk, i, cats, ncats, meas);
            continue;
        }
        /* section 22 (to be published later) takes a period out whole, as
         * s12 or s21 do; other exemptions withhold cells */
        int s22 = nk.kind == SK_EXEMPT && !strncmp(nk.ex, "s22", 3);
        if (nk.kind != SK_NOT_HELD && nk.kind != SK_S12 && nk.kind != SK_S14 && nk.kind != SK_S21 && !s22)
            continue;
        /* "3. Financial year 2024/25: published in our disclosure log under
         * FOI 25-2291 (section 21)": a note saying where other figures are
         * refuses nothing unless it says so */
        if (nk.kind == SK_S21 && !s21_refuses(c, b->text)) {
            eng_trace(c, eng_block_loc(c, i), "a note saying where other figures are published (section 21), "
                      "refusing nothing: no figure");
            continue;
        }
        const char *cl = statement_clause(c, b->text, nk.kind);
        /* "Notes: ... 2026-27 is April to November 2026. ... Outcomes are
         * refused under section 12.": the breakdown of the counts is
         * refused, not the counts (the letter's rule); the note's other
         * sentences and their years are not what it refuses */
        if (nk.kind != SK_NOT_HELD && outcomes_refused(c, cl, nk.kind)) {
            eng_trace(c, eng_block_loc(c, i), "refusal of the outcomes, a breakdown of the counts: no figure");
            continue;
        }
        struct textdims td;
        eng_textdims(c, cl, &td);
        /* "Figures for 2026/27 (1 April to 30 November 2026) will be
         * published in the force's annual Professional Standards report in
         * 2027 and are withheld under section 22": when they will be
         * published is no period the note refuses (as in a letter) */
        drop_publication_dates(c, cl, &td);
        /* "... is not a recording category. Information for that part of the
         * request is not held.": what the clause refers to is in its block, or
         * in the line just before it */
        if (!td.nperiods && !td.ncats)
            eng_textdims(c, b->text, &td);
        if (!td.nperiods && !td.ncats) {
            const char *before = sentence_before(c, i);
            if (before)
                eng_textdims(c, before, &td);
        }
        if (td.nperiods && note_cat_period_not_held(c, &nk, i, &td, subj, meas))
            continue;
        if (!td.nperiods && td.ncats) {
            note_cats_not_held(c, &nk, i, &td, cats, ncats, subj, meas);
            continue;
        }
        /* one period, or several ("Calendar-year figures (2024 and 2025)
         * are not held"): each */
        int real = td.nperiods >= 1 && !td.ncats;
        for (int p = 0; p < td.nperiods && real; p++)
            real = foi_date_cmp(&td.periods[p].start, &td.periods[p].end) != 0;
        if (!real)
            continue;
        const char *loc = eng_block_loc(c, i);
        for (int p = 0; p < td.nperiods && !c->rc; p++) {
        if (period_given_as(c, &td.periods[p], 2)) {
            eng_trace(c, loc, "not held not taken: the tables give figures for %s", td.period_texts[p]);
            continue;
        }
        struct statement sm;
        note_not_held(c, &nk, &sm, i, b->text, subj, meas, "for the categories and people of the tables beside the note");
        struct foi_period pp = td.periods[p];
        const char *plabel = td.period_texts[p];
        if (day_inside(b->text, &pp)) {
            /* "extracted 30/11/2026. 2026/27 figures not included (not
             * held)": the year had not ended on the note's day, so what is
             * not held is the year to a day the note does not give */
            pp.resolved = 0;
            plabel = foi_arena_printf(&c->arena, "%s (to date)", td.period_texts[p]);
            sm.note = foi_arena_printf(&c->arena, "%s; %s had not ended on the day the note gives: where the part "
                                       "not held ends is not said", sm.note, td.period_texts[p]);
        }
        for (int k = 0; k < ncats && !c->rc; k++)
            statement_emit(c, &sm, foi_taxonomy_name(c->tax, FOI_VOCAB_CATEGORY, cats[k]), &pp,
                           plabel ? plabel : td.period_texts[p]);
        }
    }
}

int eng_letter_read(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    const struct foi_engine_opts *o = c->o;
    long figures_before = c->emitted;
    const struct foi_doc_context *x = dctx(c);
    if (!L->is_response && !(x && x->read_prose)) {
        if (L->has_prose && c->doc->format != FOI_FMT_CSV && !(c->doc->format & FOI_FMT_SHEETS)) {
            char msg[200];
            snprintf(msg, sizeof msg, "this does not read as an FOI response (%s): no figures are taken from its "
                     "text%s", L->response_why, c->doc->ntables ? ", its tables are read" : "");
            if (L->real->issue)
                L->real->issue(L->real, FOI_SEV_INFO, "not_a_response", "", msg);
            if (L->real->meta)
                L->real->meta(L->real, "not_a_response", "1");
        }
        for (int i = 0; i < L->nb; i++)
            trace_numbers(c, i, "the document is not an FOI response");
        if (o->what & FOI_ENG_REFUSAL)
            notes_not_held(c);
        pend_flush(c);
        return c->rc;
    }
    attachments(c);
    other_requests(c);
    struct lrun run;
    memset(&run, 0, sizeof run);
    run.q = -1;
    struct stlist sl = { 0 };
    /* questions answered one by one (Q1, its answer, Q2, its answer): the
     * block after a question answers it */
    int interleaved = 0;
    for (int i = 0; i + 1 < L->nb; i++)
        interleaved += L->b[i].zone == ZN_REQUEST && L->b[i].q >= 0 && L->b[i + 1].zone == ZN_RESPONSE &&
                       !(L->b[i + 1].flags & FOI_LINE_HEADING);
    interleaved = interleaved >= 2;
    int list_items = list_past_questions(c);
    if (list_items)
        eng_trace(c, NULL, "the answer's numbered items run on past the questions: their numbers are the list's");
    for (int i = 0; i < L->nb && !c->rc; i++) {
        struct eng_block *b = &L->b[i];
        const char *loc = eng_block_loc(c, i);
        int heading = (b->flags & FOI_LINE_HEADING) != 0;
        L->cur_block = i;
        if (b->zone == ZN_REQUEST) {
            /* a copied question: what follows answers it */
            if (b->q >= 0 && (interleaved || b->first > c->req_last)) {
                run_question(c, &run, b->q);
                run.qhead = i + 1;
            }
            trace_numbers(c, i, "in the request");
            continue;
        }
        if (b->zone == ZN_BOILER) {
            trace_numbers(c, i, "in boilerplate");
            if (o->what & FOI_ENG_REFUSAL) {
                char ex[32];
                const char *st = heading ? b->text : under_exemption_heading(c, i);
                enum skind k = statement_kind(c, st, ex);
                /* the reasoning of a refusal stated in the answer, or the only one */
                if (k != SK_NONE && k != SK_WITHHELD && !heading)
                    statement_at(c, &sl, i, st, &run);
            }
            if (goodwill_cue(c, b->text))
                run.goodwill = 1;
            continue;
        }
        if (b->zone != ZN_RESPONSE) {
            trace_numbers(c, i, "in the letterhead");
            continue;
        }
        /* an answer marked with its question: "Q3 - 4", "A1: 20", "1. 20" */
        char id[8];
        const char *rest = NULL;
        int mk = b->marked ? 'a' : eng_qmark(b->text, id, &rest);
        if (b->marked && !b->body)
            mk = 0;
        /* "1. Sexual assault – 5" under "Answer to question 2": an item of
         * that answer's list, not an answer to question 1 */
        const char *item = NULL;
        if (mk == 'n' && !b->marked && ((run.qtitled && run.q >= 0) || list_items) && !heading &&
            (b->flags & FOI_LINE_BULLET) && *rest) {
            item = rest;
            mk = 0;
        }
        if (mk && !b->marked) {
            int qi = find_question(L, id);
            if (qi >= 0 && (mk != 'q' || !eng_is_question(rest))) {
                /* in a list of answers ("1. 18", "2. 4") an answer is one
                 * block: what follows it is about the whole request again */
                struct lrun before = run;
                run_question(c, &run, qi);
                /* "(1) Sexual harassment" heads the answer; "A1: 31" is it */
                struct foi_value hv;
                char hex[32];
                if ((heading || label_only(c, rest)) && !(eng_value(c, rest, &hv) == 0 && hv.status != FOI_VS_NONE) &&
                    statement_kind(c, rest, hex) == SK_NONE &&
                    (!isdigit((unsigned char)*rest) || opens_with_period(rest))) {
                    run_from_text(c, &run, rest, 1);
                    run.qhead = i + 1;
                    run.qtitled = 1;
                    continue;
                }
                answer(c, i, rest, &run, &sl);
                int goodwill = run.goodwill || goodwill_cue(c, b->text) != NULL;
                if (!interleaved) {
                    run = before;
                    run.q = -1;
                }
                run.goodwill = goodwill;
                continue;
            }
        } else if (b->marked) {
            /* "Answer: 21" under its question, or the request's one question */
            if (b->q >= 0)
                run_question(c, &run, b->q);
            answer(c, i, b->body, &run, &sl);
            continue;
        }
        const char *btext = item ? item : b->text;
        if (heading) {
            /* "2.1 Sexual assault (13)": a section heading that is a
             * category and its count in brackets (past its section number),
             * as a list item so written is: the category's total, heading
             * what is under it */
            const char *ht = btext;
            while (isdigit((unsigned char)*ht) || (*ht == '.' && isdigit((unsigned char)ht[1])))
                ht++;
            if (ht != btext && *ht == ' ' && (o->what & FOI_ENG_BULLETS)) {
                while (*ht == ' ')
                    ht++;
                struct lrun before = run;
                run_from_text(c, &run, btext, 2);
                /* the people of the lines before it are not the section's */
                if (!run.section_subject) {
                    run.subject = NULL;
                    run.subject_cat = NULL;
                }
                if (paren_count_item(c, i, ht, &run, loc))
                    continue;
                run = before;
            }
            run_from_text(c, &run, btext, 2);   /* a heading line: it can head a section */
            continue;
        }
        /* unnumbered answers in the order of unnumbered questions: a run of
         * list items, as many as the questions, each a value or a refusal */
        if (L->implicit && (b->flags & FOI_LINE_BULLET)) {
            int n = 0;
            while (i + n < L->nb && n <= L->nq && L->b[i + n].zone == ZN_RESPONSE &&
                   (L->b[i + n].flags & FOI_LINE_BULLET)) {
                struct foi_value av;
                char aex[32];
                const char *t = strip_bullet(L->b[i + n].text);
                if (!(eng_value(c, t, &av) == 0 && av.status != FOI_VS_NONE) &&
                    statement_kind(c, t, aex) == SK_NONE)
                    break;
                n++;
            }
            int end = i + n;
            if (n == L->nq && (end >= L->nb || !(L->b[end].flags & FOI_LINE_BULLET) ||
                               L->b[end].zone != ZN_RESPONSE)) {
                struct lrun before = run;
                for (int k = 0; k < n && !c->rc; k++) {
                    run_question(c, &run, k);
                    eng_trace(c, eng_block_loc(c, i + k), "answers question %s by its place in the list", L->q[k].id);
                    answer(c, i + k, strip_bullet(L->b[i + k].text), &run, &sl);
                }
                run = before;
                i = end - 1;
                continue;
            }
        }
        if (goodwill_cue(c, btext))
            run.goodwill = 1;
        /* "Police officers \xe2\x80\x93 sexual assault: 2019/20: 14, 2020/21: 11, ..." */
        if ((o->what & FOI_ENG_BULLETS) && labelled_series(c, btext, &run, loc))
            continue;
        /* "Sexual assault. April to June 2025, none; July to September 2025, four; ..." */
        if ((o->what & FOI_ENG_PROSE) && period_list_series(c, btext, &run, loc))
            continue;
        /* "In 2024/25: sexual assault, none; sexual misconduct, three; ..." */
        if ((o->what & FOI_ENG_PROSE) && category_list_series(c, (b->flags & FOI_LINE_BULLET) ? strip_bullet(btext) : btext, &run, loc))
            continue;
        /* "The number of allegations ... was: sexual assault: 16 in 2024 and 4 in 2025; ..." */
        if ((o->what & FOI_ENG_PROSE) && category_period_list(c, btext, &run, loc))
            continue;
        /* "Dismissed ............ 4": lines of a label, a dot leader and a value */
        if ((o->what & FOI_ENG_BULLETS) && leader_pairs(c, btext, &run, loc))
            continue;
        /* a list item or a "Label: value" line */
        if ((b->flags & FOI_LINE_BULLET) || is_pair_line(btext)) {
            const char *t = (b->flags & FOI_LINE_BULLET) && !item ? strip_bullet(btext) : btext;
            /* "2020/21: 12, 2021/22: 15" is a list of pairs before it is one */
            if ((o->what & FOI_ENG_BULLETS) && (pair_list(c, t, &run, loc) || pair_item(c, t, &run, loc)))
                continue;
            if ((o->what & FOI_ENG_BULLETS) && (b->flags & FOI_LINE_BULLET) && paren_count_item(c, i, t, &run, loc))
                continue;
        }
        if (o->what & FOI_ENG_REFUSAL)
            statement_at(c, &sl, i, btext, &run);
        char ex[32];
        enum skind k = statement_kind(c, btext, ex);
        if (k != SK_NONE && k != SK_WITHHELD && !goodwill_cue(c, btext)) {
            /* "Of the allegations recorded ... between 1 April and 30
             * September 2024, one ... resulted in dismissal ... Outcomes for
             * earlier years are not held ...": the sentences before the
             * statement give figures of their own period; the statement is
             * about other years */
            size_t pre = answer_before_statement(c, btext);
            if (pre && (o->what & FOI_ENG_PROSE)) {
                const char *head = foi_arena_strndup(&c->arena, btext, pre);
                if (head)
                    prose_block(c, i, head, &run);
            }
            trace_numbers(c, i, "in a refusal's reasoning");
            /* "Our figures are for police officers only; allegations against
             * police staff are not held ...": the statement's first sentence
             * names the people of all that follows */
            const char *ssub = NULL, *first = first_sentence(c, btext);
            if (first != btext && scope_sentence(c, first, &ssub) && ssub) {
                run.subject = run.section_subject = ssub;
                run.subject_cat = NULL;
            }
            /* "Outcomes for 2021/22 and 2022/23 are not held ... For
             * allegations recorded in 2023/24 (officers and staff together)
             * the outcomes are:": the paragraph's last sentence, no refusal
             * itself, leads into the list below like a heading */
            size_t bl = strlen(btext);
            while (bl && btext[bl - 1] == ' ')
                bl--;
            int lead_list = (bl && btext[bl - 1] == ':') ||
                            (i + 1 < L->nb && (L->b[i + 1].flags & FOI_LINE_BULLET) && L->b[i + 1].zone == ZN_RESPONSE);
            const char *last = lead_list ? last_sentence(c, btext) : NULL;
            char lex[32];
            if (last && last != btext && statement_kind(c, last, lex) == SK_NONE)
                run_from_text(c, &run, last, 1);
            /* "... so information about police staff is not held by this
             * force. The figures below are for MDP police officers.": the
             * statement's paragraph ends saying whom what follows is about */
            const char *ls = last ? NULL : last_sentence(c, btext), *lsub;
            if (ls && ls != btext && statement_kind(c, ls, lex) == SK_NONE && scope_sentence(c, ls, &lsub))
                apply_scope(c, &run, ls, lsub);
            continue;
        }
        /* a note under a table qualifies its cells: no figure of its own;
         * a Word footnote or endnote is the answer's own text, moved down
         * ("Of the 9 allegations ... 2 were made against police staff"),
         * read as prose (a mark's definition names no count of anything) */
        if ((b->flags & FOI_LINE_FOOTNOTE) && !eng_document_note(c, b)) {
            trace_numbers(c, i, "in a note under a table");
            continue;
        }
        /* a line leading into a list ("Sexual harassment - allegations
         * received in 2023", "... between 1 April 2022 and 31 March 2023:")
         * sets the context like a heading; other paragraphs only through the
         * figures they give (engine_prose.c) */
        size_t tl = strlen(btext);
        int next_bullet = i + 1 < L->nb && (L->b[i + 1].flags & FOI_LINE_BULLET) &&
                          L->b[i + 1].zone == ZN_RESPONSE;
        int leads = (tl && btext[tl - 1] == ':') || next_bullet;
        /* the lead-in is the paragraph's last sentence ("27 allegations ...
         * against police officers and 8 against police staff. The outcomes
         * for police officers were:"), read after the figures before it */
        const char *lead = leads ? last_sentence(c, btext) : NULL;
        const char *scope_subject;
        const char *scope_text = btext;
        int scoped = !lead && scope_sentence(c, btext, &scope_subject);
        if (lead && lead != btext) {
            /* "The outcomes below are for the allegations recorded in
             * 2025/26 ... . Outcomes for 2024/25 ... can be provided if you
             * make a new request ...", over a list: the first sentence says
             * what the list covers; the last, no lead-in (no colon), speaks
             * of other periods */
            const char *fs = first_sentence(c, btext);
            if (fs != btext && strcmp(fs, lead) && !(tl && btext[tl - 1] == ':') &&
                scope_sentence(c, fs, &scope_subject)) {
                scoped = 1;
                scope_text = fs;
                lead = NULL;   /* the last sentence, no colon, is about something else */
            }
        }
        if (!lead && !scoped) {
            /* "... so information about police staff is not held by this
             * force. The figures below are for MDP police officers.": a
             * paragraph's last sentence saying what follows covers */
            const char *ls = last_sentence(c, btext);
            if (ls != btext && scope_sentence(c, ls, &scope_subject)) {
                scoped = 1;
                scope_text = ls;
            }
        }
        if (scoped)
            apply_scope(c, &run, scope_text, scope_subject);
        if (lead && lead == btext)
            run_from_text(c, &run, lead, 1);
        if (o->what & FOI_ENG_PROSE)
            prose_block(c, i, btext, &run);
        if (lead && lead != btext)
            run_from_text(c, &run, lead, 1);
    }
    L->cur_block = -1;
    if (!c->rc && (o->what & FOI_ENG_REFUSAL)) {
        relative_request_periods(c);
        attachment_request_periods(c);
        statements_emit(c, &sl, figures_before);
    }
    pend_flush(c);
    return c->rc;
}

/* A letter answering two requests ("Request 1 (FOI-...)" / its question /
 * its answer / "Request 2 ..." / the request for these figures): the
 * blocks answering a request that names no category, before a request
 * that names some, are marked in L->other_req. */
static void other_requests(struct ectx *c)
{
    struct eng_letter *L = c->lt;
    L->other_req = NULL;
    L->cur_block = -1;
    if (L->nb < 3)
        return;
    /* per block: 1 a request block naming a category, 2 one naming none */
    unsigned char *kind = foi_arena_alloc(&c->arena, (size_t)L->nb);
    unsigned char *mark = foi_arena_alloc(&c->arena, (size_t)L->nb);
    if (!kind || !mark)
        return;
    for (int i = 0; i < L->nb; i++) {
        kind[i] = mark[i] = 0;
        if (L->b[i].zone != ZN_REQUEST)
            continue;
        struct textdims td;
        eng_textdims(c, L->b[i].text, &td);
        kind[i] = td.ncats ? 1 : 2;
    }
    /* after a run of request blocks naming no category, up to the next
     * run, when a run naming a category comes later */
    int in_other = 0, any = 0;
    for (int i = 0; i < L->nb; i++) {
        if (kind[i]) {
            int a = i, cat = 0, after = 0;
            while (a < L->nb && kind[a])
                cat |= kind[a++] == 1;
            for (int j = a; j < L->nb && !after; j++)
                after = kind[j] == 1;
            in_other = !cat && after;
            i = a - 1;
            continue;
        }
        mark[i] = (unsigned char)(in_other && L->b[i].zone == ZN_RESPONSE);
        any |= mark[i];
    }
    if (any)
        L->other_req = mark;
}

/* A scope sentence read: its period and people, not a measure ("can
 * provide figures for 2023/24 for police officers only"; "records conduct
 * matters by calendar year" is no measure). */
static void apply_scope(struct ectx *c, struct lrun *run, const char *text, const char *scope_subject)
{
    const char *m = run->measure, *sub = run->subject;
    run_from_text(c, run, text, 1);
    run->measure = m;
    if (scope_subject) {
        run->subject = scope_subject;
        run->subject_cat = NULL;
    }
    /* "the figures below are for officers": the people of all that
     * follows, as a heading naming them would be, not only until the
     * next category */
    if (run->subject && run->subject != sub && !run->subject_cat)
        run->section_subject = run->subject;
    if (run->has_period) {
        run->scope = run->period;
        run->scope_label = run->period_label;
        run->has_scope = 1;
    }
}

/* The first sentence of t (to a full stop before a capital), or t. */
static const char *first_sentence(struct ectx *c, const char *t)
{
    const char *e = t;
    while ((e = strstr(e, ". ")) != NULL && !isupper((unsigned char)e[2]))
        e += 2;
    if (!e)
        return t;
    const char *f = foi_arena_strndup(&c->arena, t, (size_t)(e - t) + 1);
    return f ? f : t;
}

/* "Cumbria Constabulary can provide figures for the financial year 2023/24
 * for police officers only", "our figures are given for the calendar year
 * 2023": a sentence saying what the answer covers, with one period and no
 * count of its own, sets what follows like a heading. */
static int scope_sentence(struct ectx *c, const char *t, const char **subject)
{
    *subject = NULL;
    if (strlen(t) >= 300) {
        /* a long paragraph: its first sentence may say what the answer
         * covers ("Our figures are for police officers only; ... For
         * 2021/22 no information is held ...") */
        const char *first = first_sentence(c, t);
        return first && first != t && strlen(first) < 300 ? scope_sentence(c, first, subject) : 0;
    }
    {
        /* "The outcomes below are for the allegations recorded in 2025/26,
         * as at 30 November 2026": the day the outcomes were taken is no
         * period of what the figures cover */
        const char *as = foi_strcasestr(t, " as at ");
        if (!as)
            as = foi_strcasestr(t, " as of ");
        if (as && as > t) {
            size_t cut = (size_t)(as - t);
            while (cut && (t[cut - 1] == ',' || t[cut - 1] == ' '))
                cut--;
            const char *rest = as + 7;
            size_t rl = strcspn(rest, ",;");
            const char *day = foi_arena_strndup(&c->arena, rest, rl);
            struct textdims dd;
            eng_textdims(c, day ? day : "", &dd);
            if (cut && dd.nperiods == 1 && !foi_date_cmp(&dd.periods[0].start, &dd.periods[0].end)) {
                const char *head = foi_arena_printf(&c->arena, "%.*s%s", (int)cut, t, rest + rl);
                if (head)
                    return scope_sentence(c, head, subject);
            }
        }
    }
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    const char *l = foi_ascii_lower(&lb, t);
    int ok = 0, people_only = 0, denied = 0;
    const char *cue = NULL;
    if (l && strlen(l) < 300) {
        static const char *const verbs[] = { "provide", "give", "given", "supply", "supplied", "answer", NULL };
        static const char *const nouns[] = { "figures", "information", "data", "numbers", NULL };
        int v = 0, n = 0;
        for (int i = 0; verbs[i] && !denied; i++) {
            const char *at = strstr(l, verbs[i]);
            if (!at)
                continue;
            /* "Figures for 2026-27 have not been provided because the year
             * is not complete": figures said not to be given are no period
             * the answer covers, and nothing it says after covers it */
            size_t back = (size_t)(at - l) < 24 ? (size_t)(at - l) : 24;
            char before[32];
            memcpy(before, at - back, back);
            before[back] = 0;
            denied = strstr(before, "not ") || strstr(before, "cannot ") || strstr(before, "unable to ") ||
                     strstr(before, "n't ") || strstr(before, "never ");
            v = 1;
        }
        for (int i = 0; nouns[i]; i++)
            n |= strstr(l, nouns[i]) != NULL;
        ok = v && n && strstr(l, " for ") != NULL;
        /* "so the figures below are for 1 January to 31 December 2023":
         * the figures themselves said to be for a period, no verb of giving */
        static const char *const are_for[] = { "figures below are for ", "figures are for ", "figures given are for ",
                                               "figures above are for ", "figures shown are for ",
                                               "figures below relate to ", "figures below cover ", "figures cover ",
                                               "figures relate to ", "data below are for ", "data below is for ",
                                               "data is for ", "data are for ", "numbers below are for ",
                                               /* "so the table below covers the five years from 1
                                                * October 2021 to 30 September 2026" */
                                               "table below covers ", "table below is for ", "table below relates to ",
                                               "tables below cover ", "tables below are for ",
                                               /* "The outcomes below are for the allegations recorded
                                                * in the financial year 2025/26" */
                                               "outcomes below are for ", "outcomes below relate to ",
                                               "outcomes below cover ", "outcomes shown are for ", NULL };
        for (int i = 0; !ok && are_for[i]; i++)
            if ((cue = strstr(l, are_for[i])) != NULL)
                ok = 1;
        /* "The outcomes listed below relate to allegations recorded in
         * 2024/25", "the numbers set out below are for ...": what is below,
         * a word on how it is set out, then what it covers */
        for (const char *b = strstr(l, " below "); !ok && b; b = strstr(b + 1, " below ")) {
            static const char *const what[] = { "figures", "outcomes", "numbers", "data", "table", "tables",
                                                "counts", NULL };
            static const char *const how[] = { "", "listed ", "shown ", "given ", "set out ", "provided ", NULL };
            static const char *const covers[] = { "are for ", "is for ", "relate to ", "relates to ", "cover ",
                                                  "covers ", NULL };
            const char *after = b + 7;
            int cov = 0;
            for (int i = 0; covers[i] && !cov; i++)
                cov = !strncmp(after, covers[i], strlen(covers[i]));
            for (int i = 0; cov && what[i] && !ok; i++)
                for (int j = 0; how[j] && !ok; j++) {
                    size_t wl = strlen(what[i]), hl = strlen(how[j]), bo = (size_t)(b - l) + 1;
                    if (bo < hl + 1 + wl)
                        continue;
                    const char *w = l + (bo - hl - 1 - wl);   /* "<what> <how>below" */
                    if ((w == l || w[-1] == ' ') && !strncmp(w, what[i], wl) && w[wl] == ' ' &&
                        !strncmp(w + wl + 1, how[j], hl)) {
                        ok = 1;
                        cue = w;
                    }
                }
        }
        /* "The figures below are allegations against police officers, by
         * the financial year ...": what the figures below count, said
         * without "for"; taken only for the people it names (below) */
        /* "... the figures below are for 2024 and 2025. They cover CNC
         * police officers and police staff together.": the figures named
         * by a pronoun at the start of the sentence, for the people alone */
        static const char *const are_what[] = { "figures below are ", "numbers below are ", "figures below count ",
                                                "figures that follow are ", "they cover ", "these cover ",
                                                "they count ", "these count ", NULL };
        for (int i = 0; !ok && are_what[i]; i++)
            if ((cue = strstr(l, are_what[i])) != NULL) {
                if (are_what[i][0] == 't' && are_what[i][1] == 'h' && cue != l) {
                    cue = NULL;   /* a pronoun only opening the sentence ("They cover ...") */
                    continue;
                }
                ok = 1;
                people_only = 1;
            }
    }
    size_t cue_at = cue ? (size_t)(cue - l) : 0;
    foi_buf_release(&lb);
    if (!ok || denied)
        return 0;
    struct textdims td;
    eng_textdims(c, t, &td);
    if (cue && !td.nperiods) {
        /* "Our police staff are not within the scope ... and the figures
         * below relate to police officers only": the people the figures are
         * for, not every people the sentence names */
        struct textdims tc;
        /* to the end of its clause: "... police officers only; allegations
         * against police staff are not held" names the staff apart */
        size_t cl = strcspn(t + cue_at, ";");
        const char *clause = foi_arena_strndup(&c->arena, t + cue_at, cl);
        eng_textdims(c, clause ? clause : t + cue_at, &tc);
        if (tc.subject)
            td.subject = *subject = tc.subject;
    }
    if (people_only && (!*subject || td.nperiods))
        return 0;
    int nper = 0, digits = 0, pdigits = 0;
    const char *ptext = NULL;
    for (int i = 0; i < td.nperiods; i++)
        if (foi_date_cmp(&td.periods[i].start, &td.periods[i].end)) {
            nper++;
            ptext = td.period_texts[i];
        }
    if (nper == 0 && td.nperiods == 0 && td.subject && !ptext) {
        /* "the figures below relate to police officers only": the people,
         * no period; no number but a year (an Act's, "Regulations 2020") */
        for (const char *p = t; *p;) {
            size_t k = 0;
            while (isdigit((unsigned char)p[k]))
                k++;
            if (k && k != 4)
                return 0;
            p += k ? k : 1;
        }
        return 1;
    }
    if (nper != 1 || td.nperiods != 1)
        return 0;
    /* no number but the period's own */
    for (const char *p = t; *p; p++)
        digits += isdigit((unsigned char)*p) != 0;
    for (const char *p = ptext; p && *p; p++)
        pdigits += isdigit((unsigned char)*p) != 0;
    return digits == pdigits;
}

/* ------------------------------------------------------------- probe */
int foi_engine_probe_letter(const struct foi_doc *doc)
{
    int bullets = 0, words = 0, refusal = 0;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    for (int i = 0; i < doc->nlines; i++) {
        if (doc->lines[i].flags & FOI_LINE_BULLET)
            bullets++;
        const char *l = foi_ascii_lower(&lb, doc->lines[i].text);
        if (!l)
            break;      /* out of memory: judge on the lines seen */
        if (strstr(l, "allegation") || strstr(l, "complaint") || strstr(l, "cases"))
            words++;
        if (strstr(l, "section 12") || strstr(l, "not held") || strstr(l, "does not hold") ||
            strstr(l, "neither confirm") || strstr(l, "attached"))
            refusal++;
    }
    foi_buf_release(&lb);
    if (!words && !bullets && !refusal)
        return 0;
    int s = 10 + (bullets ? 20 : 0) + (words > 3 ? 20 : words * 5) + (refusal ? 15 : 0);
    return s > 60 ? 60 : s;
}
