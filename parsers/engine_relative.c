/* engine_relative.c: a period head named from the letter's own time ("Last
 * financial year", "This financial year to date", "Previous calendar
 * year"), dated where the document makes it certain: by the letter's own
 * date, and for a year "to date" by the extraction day the label's footnote
 * (or the document) states, else by that date (round 42b). */
#include "engine_ctx.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static int is_al(int ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

/* A footnote mark at the end of a label or the start of a footnote: "¹",
 * "²", "³", "*", "†", "‡". Its length, else 0. */
static size_t fn_mark_at(const char *s)
{
    if (!strncmp(s, "\xc2\xb9", 2) || !strncmp(s, "\xc2\xb2", 2) || !strncmp(s, "\xc2\xb3", 2))
        return 2;
    if (!strncmp(s, "\xe2\x80\xa0", 3) || !strncmp(s, "\xe2\x80\xa1", 3))
        return 3;
    return *s == '*' ? 1 : 0;
}

/* The one single day in text, or 0 when there is none or more than one. */
static int one_day(const char *text, struct foi_date *d, size_t *at, size_t *len)
{
    struct foi_period ps[ENG_MAX_PERIODS];
    size_t a[ENG_MAX_PERIODS], l[ENG_MAX_PERIODS];
    int np = foi_period_find_all(text, NULL, ps, a, l, ENG_MAX_PERIODS), got = 0;
    for (int k = 0; k < np; k++) {
        if (!ps[k].resolved || foi_date_cmp(&ps[k].start, &ps[k].end))
            return 0;   /* a stretch: not a line that only dates something */
        if (got && foi_date_cmp(&ps[k].start, d))
            return 0;
        if (!got) {
            *d = ps[k].start;
            *at = a[k];
            *len = l[k];
        }
        got = 1;
    }
    return got;
}

/* The day the data were extracted, as the footnote to mark (a line opening
 * with it) says, or with no mark as the one sentence of the document saying
 * so ("Data extracted on 30/11/2026"). 1 when exactly one such day is
 * stated. */
static int extracted_day(struct ectx *c, const char *mark, size_t mlen, struct foi_date *out)
{
    const struct foi_doc *doc = c->doc;
    int got = 0;
    for (int i = 0; i < doc->nlines; i++) {
        if (c->req_first >= 0 && i >= c->req_first && i <= c->req_last)
            continue;
        const char *t = doc->lines[i].text;
        while (*t == ' ')
            t++;
        if (mlen && strncmp(t, mark, mlen))
            continue;
        const char *x = foi_strcasestr(t, "extract");
        if (!x)
            continue;
        struct foi_date d;
        size_t at, len;
        if (!one_day(x, &d, &at, &len) || d.d == 0)
            continue;
        if (got && foi_date_cmp(&d, out))
            return 0;
        *out = d;
        got = 1;
    }
    return got;
}

static void fy_holding(struct foi_date d, struct foi_period *p)
{
    int y = d.m >= 4 ? d.y : d.y - 1;
    memset(p, 0, sizeof *p);
    p->resolved = 1;
    p->kind = FOI_PER_FY;
    p->start = (struct foi_date){ y, 4, 1 };
    p->end = (struct foi_date){ y + 1, 3, 31 };
}

static void cy_holding(struct foi_date d, struct foi_period *p)
{
    memset(p, 0, sizeof *p);
    p->resolved = 1;
    p->kind = FOI_PER_CALENDAR_YEAR;
    p->start = (struct foi_date){ d.y, 1, 1 };
    p->end = (struct foi_date){ d.y, 12, 31 };
}

int eng_relative_head(struct ectx *c, const char *label, struct foi_period *p)
{
    if (!c->pdef_ready || !label || !foi_strcasestr(label, "year"))
        return 0;
    size_t n = strlen(label);
    if (n > 60)
        return 0;
    /* the label without its footnote mark */
    char raw[64];
    memcpy(raw, label, n + 1);
    while (n && raw[n - 1] == ' ')
        raw[--n] = 0;
    const char *mark = NULL;
    size_t mlen = 0;
    for (size_t k = n > 3 ? n - 3 : 0; k < n; k++)
        if (fn_mark_at(raw + k) && k + fn_mark_at(raw + k) == n) {
            mlen = fn_mark_at(raw + k);
            mark = label + k;
            raw[k] = 0;
            break;
        }
    char f[64];
    if (foi_fold(raw, f, sizeof f) >= sizeof f)
        return 0;
    enum { LAST_FY = 1, PREV_CY, FY_TD, CY_TD } what = 0;
    static const struct {
        const char *form;
        int what;
    } forms[] = {
        { "last financial year", LAST_FY }, { "previous financial year", LAST_FY },
        { "last complete financial year", LAST_FY }, { "previous calendar year", PREV_CY },
        { "last calendar year", PREV_CY }, { "this financial year to date", FY_TD },
        { "current financial year to date", FY_TD }, { "this financial year so far", FY_TD },
        { "this calendar year to date", CY_TD }, { "current calendar year to date", CY_TD },
        { NULL, 0 },
    };
    for (int i = 0; forms[i].form && !what; i++)
        if (!strcmp(f, forms[i].form))
            what = forms[i].what;
    if (!what)
        return 0;
    struct foi_date d;
    if (!eng_response_day(c, &d))
        return 0;   /* named from a day the document does not give */
    struct foi_period y;
    if (what == LAST_FY) {
        fy_holding(d, &y);
        y.start.y--;
        y.end.y--;
    } else if (what == PREV_CY) {
        cy_holding((struct foi_date){ d.y - 1, 1, 1 }, &y);
    } else {
        if (what == FY_TD)
            fy_holding(d, &y);
        else
            cy_holding(d, &y);
        /* to the extraction day its footnote (or the document) states,
         * else to the letter's own date */
        struct foi_date e;
        if (!extracted_day(c, mark, mlen, &e) && !(mlen && extracted_day(c, NULL, 0, &e)))
            e = d;
        if (foi_date_cmp(&e, &y.start) < 0 || foi_date_cmp(&e, &y.end) >= 0 || foi_date_cmp(&e, &d) > 0)
            return 0;   /* not a day of that year so far */
        y.kind = FOI_PER_RANGE;
        y.end = e;
    }
    *p = y;
    return 1;
}

/* A stretch a refusal names from the letter's own time: "1 January 2026 to
 * the date of this response" (that day to the letter's date), "the current
 * financial year to date" (the year holding the letter's date, to the one
 * extraction day the document states, else to that date). Only with the
 * letter's own date. 1 with *p and *label (the words as written). */
int eng_relative_span(struct ectx *c, const char *text, struct foi_period *p, const char **label)
{
    if (!c->pdef_ready || !text || !foi_strcasestr(text, "date"))
        return 0;
    static const char *const ends[] = { " to the date of this response", " to the date of this letter",
                                        " to the date of this reply", " up to the date of this response", NULL };
    static const struct {
        const char *form;
        int fin;
    } ytd[] = { { "current financial year to date", 1 }, { "this financial year to date", 1 },
                { "current calendar year to date", 0 }, { "this calendar year to date", 0 }, { NULL, 0 } };
    struct foi_date d;
    for (int k = 0; ends[k]; k++) {
        const char *e = foi_strcasestr(text, ends[k]);
        if (!e)
            continue;
        /* the single day just before it */
        struct foi_period ps[ENG_MAX_PERIODS];
        size_t a[ENG_MAX_PERIODS], l[ENG_MAX_PERIODS];
        int np = foi_period_find_all(text, NULL, ps, a, l, ENG_MAX_PERIODS), hit = -1;
        for (int i = 0; i < np; i++)
            if (a[i] + l[i] == (size_t)(e - text))
                hit = i;
        if (hit < 0 || !ps[hit].resolved || foi_date_cmp(&ps[hit].start, &ps[hit].end) || !eng_response_day(c, &d) ||
            foi_date_cmp(&ps[hit].start, &d) > 0)
            return 0;
        memset(p, 0, sizeof *p);
        p->resolved = 1;
        p->kind = FOI_PER_RANGE;
        p->start = ps[hit].start;
        p->end = d;
        *label = foi_arena_strndup(&c->arena, text + a[hit], (size_t)(e - text) - a[hit] + strlen(ends[k]));
        return *label != NULL;
    }
    for (int k = 0; ytd[k].form; k++) {
        const char *w = foi_strcasestr(text, ytd[k].form);
        if (!w || (w > text && is_al((unsigned char)w[-1])))
            continue;
        if (!eng_response_day(c, &d))
            return 0;
        struct foi_period y;
        if (ytd[k].fin)
            fy_holding(d, &y);
        else
            cy_holding(d, &y);
        struct foi_date e;
        if (!extracted_day(c, NULL, 0, &e))
            e = d;
        if (foi_date_cmp(&e, &y.start) < 0 || foi_date_cmp(&e, &y.end) >= 0 || foi_date_cmp(&e, &d) > 0)
            return 0;
        y.kind = FOI_PER_RANGE;
        y.end = e;
        *p = y;
        *label = foi_arena_strndup(&c->arena, w, strlen(ytd[k].form));
        return *label != NULL;
    }
    return 0;
}
