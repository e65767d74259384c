/* engine_letter.c: figures from letters: bulleted lists ("Dismissed – 2"),
 * prose ("Of these, two resulted in dismissal and seven were not upheld"), and
 * refusals (section 12 cost, 14, 31) or "information not held" answers, which
 * give one row per requested category with no value. */
#include "engine_ctx.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------- running context */
struct running {
    const char *category, *subject, *measure;
    const char *period_label;
    struct foi_period period;
    int has_period;
};

static int in_table(const struct ectx *c, int idx)
{
    int no = c->doc->lines[idx].no;
    for (int i = 0; i < c->doc->ntables; i++) {
        const struct foi_table *t = &c->doc->tables[i];
        if (t->first_line > 0 && no >= t->first_line && no <= t->last_line)
            return 1;
    }
    return 0;
}

/* Paragraph [i, *end) of non-blank, non-bullet lines (text documents wrap
 * prose; HTML lines are already blocks). Returns the joined text. */
static const char *paragraph(struct ectx *c, int i, int *end)
{
    const struct foi_doc *doc = c->doc;
    int j = i + 1;
    if (doc->format == FOI_FMT_TEXT) {
        while (j < doc->nlines && doc->lines[j].text[0] &&
               !(doc->lines[j].flags & (FOI_LINE_BULLET | FOI_LINE_HEADING)) && !in_table(c, j))
            j++;
    }
    *end = j;
    if (j == i + 1)
        return doc->lines[i].text;
    struct foi_buf b;
    foi_buf_init(&b, 1 << 20);
    for (int k = i; k < j; k++) {
        const char *s = doc->lines[k].text;
        while (*s == ' ')
            s++;
        if (b.len)
            foi_buf_addc(&b, ' ');
        foi_buf_adds(&b, s);
    }
    const char *r = b.data ? foi_arena_strdup(&c->arena, b.data) : "";
    foi_buf_release(&b);
    return r ? r : "";
}

/* Update the running context from a paragraph or heading. Periods count only
 * when the text also names a category or a measure, or is a heading: a year in
 * boilerplate ("Freedom of Information Act 2000") is no period. */
static void update_running(struct ectx *c, struct running *rc, const char *text, int heading)
{
    struct textdims td;
    eng_textdims(c, text, &td);
    int relevant = heading || td.ncats || td.measure;
    int newsec = 0;
    if (td.category) {
        newsec = !rc->category || strcmp(rc->category, td.category);
        rc->category = td.category;
    }
    if (relevant && td.nperiods == 1) {
        if (!rc->has_period || foi_date_cmp(&rc->period.start, &td.periods[0].start) ||
            foi_date_cmp(&rc->period.end, &td.periods[0].end))
            newsec = 1;
        rc->period = td.periods[0];
        rc->period_label = td.period_texts[0];
        rc->has_period = 1;
    }
    if (td.measure && relevant)
        rc->measure = td.measure;
    if (td.subject)
        rc->subject = td.subject;
    else if (newsec)
        rc->subject = NULL;
    /* a heading that is exactly a subject ("Police staff") */
    if (heading || strlen(text) < 40) {
        struct label L;
        eng_classify(c, text, &L);
        if (L.primary == FOI_VOCAB_SUBJECT && L.exact[FOI_VOCAB_SUBJECT])
            rc->subject = L.text;
    }
}

static void fill_running(struct ectx *c, struct dims *d, const struct running *rc)
{
    if (!d->category) d->category = rc->category;
    if (!d->subject) d->subject = rc->subject;
    if (!d->measure) d->measure = rc->measure;
    if (!d->has_period && rc->has_period) {
        d->period = rc->period;
        d->period_label = rc->period_label;
        d->has_period = 1;
    }
    dims_fill_text(d, &c->req);
    if (!d->measure) d->measure = c->o->default_measure;
    if (!d->subject) d->subject = c->o->default_subject;
}

static int start_index(const struct ectx *c)
{
    return c->req_last >= 0 ? c->req_last + 1 : 0;
}

/* ----------------------------------------------------------- bullets */
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

/* Split "Label – value" / "Label: value" / "Label - value". */
static int split_bullet(struct ectx *c, const char *s, const char **label, const char **value)
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
    return *label && *value;
}

int eng_bullets(struct ectx *c)
{
    const struct foi_doc *doc = c->doc;
    struct running rc;
    memset(&rc, 0, sizeof rc);
    for (int i = start_index(c); i < doc->nlines && !c->rc; i++) {
        const struct foi_line *l = &doc->lines[i];
        if (!l->text[0] || in_table(c, i))
            continue;
        if (eng_is_stop_heading(l->text))
            break;
        if (!(l->flags & FOI_LINE_BULLET)) {
            int end;
            const char *p = paragraph(c, i, &end);
            update_running(c, &rc, p, (l->flags & FOI_LINE_HEADING) != 0);
            i = end - 1;
            continue;
        }
        const char *label, *value;
        if (!split_bullet(c, strip_bullet(l->text), &label, &value))
            continue;
        struct foi_value v;
        if (eng_value(c, value, &v) != 0 || v.status == FOI_VS_NONE)
            continue;
        struct label L;
        eng_classify(c, label, &L);
        struct dims d;
        memset(&d, 0, sizeof d);
        if (L.total) {
            d.outcome = label;
        } else if (L.primary == FOI_VOCAB_OUTCOME) {
            d.outcome = label;
        } else if (L.primary == FOI_VOCAB_SUBJECT) {
            d.subject = label;
        } else if (L.primary == FOI_VOCAB_CATEGORY) {
            d.category = label;
        } else if (L.primary == FOI_VOCAB_FORCE) {
            d.force = L.id[FOI_VOCAB_FORCE];
        } else if (L.primary == PRIMARY_PERIOD) {
            d.period = L.period;
            d.has_period = 1;
            d.period_label = label;
        } else {
            continue;
        }
        if (L.id[FOI_VOCAB_MEASURE] && (L.total || L.primary == FOI_VOCAB_MEASURE))
            d.measure = L.id[FOI_VOCAB_MEASURE];
        fill_running(c, &d, &rc);
        const char *loc = foi_arena_printf(&c->arena, "line %d", l->no);
        const char *raw = foi_collapse_ws(&c->arena, strip_bullet(l->text), strlen(strip_bullet(l->text)));
        eng_emit(c, &d, value, &v, loc, raw, c->o->confidence - 0.05);
    }
    return c->rc;
}

/* ------------------------------------------------------------- prose */
struct numocc { size_t at, used; struct foi_value v; };

static int unit_follows(const char *s)
{
    while (*s == ' ')
        s++;
    static const char *const units[] = { "hour", "minute", "day", "week", "month", "year", "per ",
                                         "%", "percent", "pound", "working", "pence", "times", NULL };
    for (int i = 0; units[i]; i++)
        if (!strncasecmp(s, units[i], strlen(units[i])))
            return 1;
    return 0;
}

static int word_start(const char *s, size_t i)
{
    if (!isalnum((unsigned char)s[i]))
        return 0;
    return i == 0 || !isalnum((unsigned char)s[i - 1]);
}

static int find_numbers(struct ectx *c, const char *s, struct numocc *occ, int max)
{
    /* mask periods and dates */
    size_t pat[16], plen[16];
    struct foi_period ps[16];
    struct foi_period_ctx pc = {0};
    int np = foi_period_find_all(s, &pc, ps, pat, plen, 16);
    int n = 0;
    size_t len = strlen(s);
    for (size_t i = 0; i < len && n < max; i++) {
        if (!word_start(s, i))
            continue;
        int masked = 0;
        for (int k = 0; k < np; k++)
            if (i >= pat[k] && i < pat[k] + plen[k])
                masked = 1;
        if (masked)
            continue;
        if (i > 0 && (s[i - 1] == '\xa3' || s[i - 1] == '$' || s[i - 1] == '(' || s[i - 1] == '/'))
            continue;
        if (i > 1 && (unsigned char)s[i - 2] == 0xC2 && (unsigned char)s[i - 1] == 0xA3)
            continue;   /* £ in UTF-8 */
        struct foi_value v;
        size_t used = 0;
        if (foi_value_scan(s + i, &v, &used) != 0 || v.status == FOI_VS_NONE || !used)
            continue;
        const char *after = s + i + used;
        if (*after == '(' || *after == '/' || (*after == '.' && isdigit((unsigned char)after[1])) ||
            (*after == ':' && isdigit((unsigned char)after[1])))
            continue;
        if (unit_follows(after))
            continue;
        occ[n].at = i;
        occ[n].used = used;
        occ[n].v = v;
        n++;
        i += used - 1;
        (void)c;
    }
    return n;
}

/* Figures in one sentence. */
static void prose_sentence(struct ectx *c, const char *s, const struct running *run, int line_no)
{
    /* a sentence naming its own period ("This compares with seventeen ... in
     * the financial year 2021/22") keys its figures to it */
    struct running local = *run;
    const struct running *rc = &local;
    struct textdims sd;
    eng_textdims(c, s, &sd);
    struct dims tmp;
    memset(&tmp, 0, sizeof tmp);
    dims_fill_text(&tmp, &sd);
    if (tmp.has_period) {
        local.period = tmp.period;
        local.period_label = tmp.period_label;
        local.has_period = 1;
    }
    struct numocc occ[32];
    int n = find_numbers(c, s, occ, 32);
    for (int k = 0; k < n && !c->rc; k++) {
        size_t from = occ[k].at + occ[k].used;
        size_t to = (k + 1 < n) ? occ[k + 1].at : strlen(s);
        const char *clause = foi_arena_strndup(&c->arena, s + from, to - from);
        if (!clause)
            return;
        struct dims d;
        memset(&d, 0, sizeof d);
        struct foi_match ms[8];
        int no = c->tax ? foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, clause, ms, 8) : 0;
        const char *outcome = NULL;
        for (int m = 0; m < no; m++)
            if (strcmp(ms[m].id, "total") && strcmp(ms[m].id, "other")) {
                outcome = foi_arena_strndup(&c->arena, clause + ms[m].at, ms[m].len);
                break;
            }
        /* category named in the clause itself */
        struct textdims td;
        eng_textdims(c, clause, &td);
        if (outcome) {
            d.outcome = outcome;
        } else {
            /* "eleven allegations of sexual assault": a measure right after the number */
            int nm = c->tax ? foi_taxonomy_scan(c->tax, FOI_VOCAB_MEASURE, clause, ms, 8) : 0;
            if (!nm || ms[0].at > 24)
                continue;
            d.outcome = "total";
            d.measure = ms[0].id;
        }
        if (td.category)
            d.category = td.category;
        fill_running(c, &d, rc);
        const char *num = foi_arena_strndup(&c->arena, s + occ[k].at, occ[k].used);
        const char *loc = foi_arena_printf(&c->arena, "line %d", line_no);
        eng_emit(c, &d, num, &occ[k].v, loc, s, c->o->confidence - 0.15);
    }
}

int eng_prose(struct ectx *c)
{
    const struct foi_doc *doc = c->doc;
    struct running rc;
    memset(&rc, 0, sizeof rc);
    for (int i = start_index(c); i < doc->nlines && !c->rc; i++) {
        const struct foi_line *l = &doc->lines[i];
        if (!l->text[0] || in_table(c, i) || (l->flags & FOI_LINE_BULLET))
            continue;
        if (eng_is_stop_heading(l->text))
            break;
        int end;
        const char *p = paragraph(c, i, &end);
        int heading = (l->flags & FOI_LINE_HEADING) != 0;
        /* "During the same financial year" keeps the period; a paragraph naming
         * its own category/period updates the context first */
        update_running(c, &rc, p, heading);
        if (!heading) {
            /* sentences */
            const char *s = p;
            while (*s && !c->rc) {
                const char *e = s;
                while (*e && !(*e == '.' && (e[1] == ' ' || e[1] == '\0') && !(e > s && isdigit((unsigned char)e[-1]) && isdigit((unsigned char)e[1]))))
                    e++;
                size_t sl = (size_t)(e - s) + (*e ? 1 : 0);
                const char *sent = foi_arena_strndup(&c->arena, s, sl);
                if (!sent)
                    break;
                const char *trim = sent;
                while (*trim == ' ')
                    trim++;
                if (*trim)
                    prose_sentence(c, trim, &rc, l->no);
                s += sl;
            }
        }
        i = end - 1;
    }
    return c->rc;
}

/* ----------------------------------------------------------- refusal */
int eng_refusal(struct ectx *c)
{
    const struct foi_doc *doc = c->doc;
    const char *ex = NULL;
    enum foi_vstatus st = FOI_VS_REFUSED;
    int at = -1;
    const char *at_text = NULL;
    for (int i = start_index(c); i < doc->nlines && !ex; i++) {
        if (!doc->lines[i].text[0] || in_table(c, i))
            continue;
        /* whole paragraphs: "does\nnot hold" is wrapped in text letters */
        int end, pstart = i;
        const char *t = paragraph(c, i, &end);
        at_text = t;
        i = end - 1;
        if ((foi_strcasestr(t, "section 12") || foi_strcasestr(t, "appropriate limit") ||
             foi_strcasestr(t, "cost limit") || foi_strcasestr(t, "s.12") || foi_strcasestr(t, "s12(")) &&
            (foi_strcasestr(t, "exceed") || foi_strcasestr(t, "refus") || foi_strcasestr(t, "unable") ||
             foi_strcasestr(t, "not obliged"))) {
            ex = "s12"; at = pstart;
        } else if (foi_strcasestr(t, "section 14") && foi_strcasestr(t, "vexatious")) {
            ex = "s14"; at = pstart;
        } else if (foi_strcasestr(t, "section 31") && (foi_strcasestr(t, "exempt") || foi_strcasestr(t, "refus"))) {
            ex = "s31"; at = pstart;
        } else if (foi_strcasestr(t, "not held") || foi_strcasestr(t, "does not hold") ||
                   foi_strcasestr(t, "do not hold") || foi_strcasestr(t, "no information held") ||
                   foi_strcasestr(t, "no recorded information")) {
            ex = ""; st = FOI_VS_NOT_HELD; at = pstart;
        }
    }
    if (!ex)
        return 0;
    struct foi_value v;
    memset(&v, 0, sizeof v);
    v.status = st;
    snprintf(v.exemption, sizeof v.exemption, "%s", ex);
    const char *loc = foi_arena_printf(&c->arena, "line %d", doc->lines[at].no);
    const char *raw = foi_collapse_ws(&c->arena, at_text, strlen(at_text));
    int ncats = c->req.ncats ? c->req.ncats : 1;
    int nper = c->req.nperiods ? c->req.nperiods : 1;
    for (int k = 0; k < ncats; k++)
        for (int p = 0; p < nper; p++) {
            struct dims d;
            memset(&d, 0, sizeof d);
            d.category = c->req.ncats ? c->req.cats[k] : NULL;
            d.outcome = "total";
            d.subject = c->req.subject;
            d.measure = c->req.measure;
            if (c->req.nperiods) {
                d.period = c->req.periods[p];
                d.period_label = c->req.period_texts[p];
                d.has_period = 1;
            }
            if (!d.measure) d.measure = c->o->default_measure;
            if (!d.subject) d.subject = c->o->default_subject;
            eng_emit(c, &d, st == FOI_VS_REFUSED ? ex : "not held", &v, loc, raw, c->o->confidence - 0.05);
        }
    return c->rc;
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
        if (strstr(l, "section 12") || strstr(l, "not held") || strstr(l, "does not hold"))
            refusal++;
    }
    foi_buf_release(&lb);
    if (!words && !bullets && !refusal)
        return 0;
    int s = 10 + (bullets ? 20 : 0) + (words > 3 ? 20 : words * 5) + (refusal ? 15 : 0);
    return s > 60 ? 60 : s;
}
