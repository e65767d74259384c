/* engine_tshape.c: a table's structure read from its labels and values: which
 * rows are headers, which columns hold counts, denominators, labels or notes,
 * what each label column and header level stands for (period, two-column
 * period, category, outcome, subject, measure, force), and how much of it foi
 * recognises. engine_table.c extracts figures from the result. */
#include "engine_table.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SAMPLE_ROWS 2000   /* body rows looked at to tell a column's kind and role */

static const char *cell_text(const struct foi_table *t, int r, int col)
{
    return foi_table_cell(t, r, col)->text;
}

/* A case-insensitive whole word (or phrase) of h. */
static int has_word(const char *h, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = h; (p = foi_strcasestr(p, w)) != NULL; p++) {
        int before = p == h || !isalnum((unsigned char)p[-1]);
        int after = !isalnum((unsigned char)p[n]);
        if (before && after)
            return 1;
    }
    return 0;
}

/* "-", "–", "n/a": nothing stated in this cell (corpus README: a dash is a
 * nil only where the document defines it so). */
static int is_dashlike(const char *s)
{
    return !strcmp(s, "-") || !strcmp(s, "\xe2\x80\x93") || !strcmp(s, "\xe2\x80\x94") ||
           !strcmp(s, "--") || !strcmp(s, "..") || !strcmp(s, "n/a") || !strcmp(s, "N/A") ||
           !strcmp(s, "N/a");
}

static int bare_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return 0;
    return 1;
}

/* Digits with a decimal point, a percent or currency sign, a minus: a number
 * that is no count. */
static int numberish(const char *s)
{
    int digits = 0, other = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (isdigit(*p))
            digits++;
        else if (*p == '.' || *p == ',' || *p == '%' || *p == '-' || *p == '+' || *p == ' ' ||
                 *p == '$')
            ;
        else if (*p == 0xc2 && p[1] == 0xa3)   /* £ */
            p++;
        else
            other++;
    }
    return digits > 0 && other == 0;
}

int eng_cell_kind(const char *s, int *year)
{
    *year = 0;
    if (!*s || is_dashlike(s))
        return CK_EMPTY;
    struct foi_value v;
    int r = foi_value_parse(s, &v);
    int isval = r == 0 && v.status != FOI_VS_NONE;
    if (isval && bare_digits(s)) {
        *year = v.value >= 1990 && v.value <= 2100 && strlen(s) == 4;
        return CK_COUNT;
    }
    struct foi_period_ctx pc = {0};
    struct foi_period p;
    if (foi_period_parse(s, &pc, &p) == 1 && p.resolved)
        return foi_date_cmp(&p.start, &p.end) ? CK_PERIOD : CK_DATE;
    /* "2021-2022": a span of years foi will not guess at, not a suppressed range */
    if (isval && v.status == FOI_VS_SUPPRESSED && v.has_min && v.has_max && v.min >= 1990 && v.max <= 2100)
        return CK_TEXT;
    if (isval)
        return CK_COUNT;
    if (r == FOI_ERANGE || numberish(s))
        return CK_NUMBER;
    return CK_TEXT;
}

/* The memo of eng_cell_kind by cell text: a table's shape asks about the
 * same cells several times (column kinds, label roles, the recognised share,
 * the extraction pass) and its counts and labels repeat down the rows. Each
 * entry also keeps the last answer of eng_tclassify_in's period reading
 * inside a context period. At most KMEMO_MAX texts a document; past that,
 * cells are read afresh. */
struct kmemo {
    signed char kind, year;   /* kind -1: not asked yet */
    signed char in_ok;        /* -1: not asked yet; else in_key's answer */
    struct foi_period in_key, in_p;
};
enum { KMEMO_MAX = 1 << 16 };

void eng_kmemo_init(struct ectx *c)
{
    foi_smemo_init(&c->kmemo, sizeof(struct kmemo), 1024, KMEMO_MAX);
}

/* text's memo entry, made when new; NULL when there is no room */
static struct kmemo *kmemo_at(struct ectx *c, const char *text)
{
    if (!c || !*text)
        return NULL;
    uint32_t h = foi_memo_hash(text, strlen(text));
    struct kmemo *e = foi_smemo_get(&c->kmemo, text, h);
    if (e)
        return e;
    e = foi_smemo_put(&c->kmemo, &c->arena, text, h);
    if (e) {
        e->kind = -1;
        e->in_ok = -1;
    }
    return e;
}

/* eng_cell_kind, remembered in the document's context */
static int cell_kind(struct ectx *c, const char *text, int *year)
{
    struct kmemo *e = kmemo_at(c, text);
    if (!e)
        return eng_cell_kind(text, year);
    if (e->kind < 0) {
        e->kind = (signed char)eng_cell_kind(text, year);
        e->year = (signed char)*year;
    }
    *year = e->year;
    return e->kind;
}

static int same_period(const struct foi_period *a, const struct foi_period *b)
{
    return a->resolved == b->resolved && a->kind == b->kind && !foi_date_cmp(&a->start, &b->start) &&
           !foi_date_cmp(&a->end, &b->end);
}

/* cell_kind of the shape's table's cell (r, col), kept per cell (s->ck:
 * kind + 1, and 16 for a year) for the shape's passes */
static int cell_kind_at(const struct tshape *s, const struct foi_table *t, int r, int col, int *year)
{
    const char *text = foi_table_cell(t, r, col)->text;
    if (!s->ck || t != s->t || r < 0 || r >= s->nr || col < 0 || col >= s->nc)
        return cell_kind(s->c, text, year);
    signed char *e = &s->ck[(size_t)r * (size_t)s->nc + (size_t)col];
    if (!*e) {
        int k = cell_kind(s->c, text, year);
        *e = (signed char)((k + 1) | (*year ? 16 : 0));
        return k;
    }
    *year = (*e & 16) != 0;
    return (*e & 15) - 1;
}

/* eng_tcell_kind's marks on a cell of kind k (no nil dash) */
static int tcell_kind_of(const struct tshape *s, const char *text, int k)
{
    if (k == CK_TEXT && s->c && s->c->ntparts && eng_cell_parts(s->c, text, NULL))
        return CK_COUNT;   /* several figures in the notation the document defines */
    if (k == CK_TEXT && s->c) {
        /* a mark the document explains: "c = fewer than five", "[z] = not applicable" */
        const struct eng_mark *m = eng_lex_mark(s->c, text);
        if (m)
            return m->kind == ENG_MARK_SUPPRESSED || m->kind == ENG_MARK_NOT_HELD || m->kind == ENG_MARK_REFUSED
                   ? CK_COUNT : CK_EMPTY;
    }
    return k;
}

/* A cell of a page read from the sender's OCR layer that holds digits but
 * for the letters OCR takes for them ("ll" for 11, "O" for 0, "S" for 5,
 * "b" for 6, "B" for 8; at most four characters, one of them such a
 * letter, not capital I's alone): the digits in buf, 1; else 0. What the
 * picture shows is not known: the caller keeps the figure below 0.5 with
 * a note saying so. */
int eng_ocr_letter_digits(const struct foi_doc *doc, const struct foi_table *t, int r, const char *s, char *buf)
{
    int page = t->row_page ? t->row_page[r] : t->page;
    if (!doc->ocr_pages || page < 1 || page > doc->npages || !doc->ocr_pages[page - 1])
        return 0;
    while (*s == ' ')
        s++;
    int n = 0, letters = 0, capital_i = 0;
    for (; *s && *s != ' '; s++) {
        char d;
        switch (*s) {
        case 'O': case 'o': d = '0'; break;
        case 'I': d = '1'; capital_i++; break;
        case 'l': case '|': d = '1'; break;
        case 'S': d = '5'; break;
        case 'b': d = '6'; break;
        case 'B': d = '8'; break;
        default:
            if (*s < '0' || *s > '9')
                return 0;
            d = *s;
            letters--;
        }
        letters++;
        if (n == 4)
            return 0;
        buf[n++] = d;
    }
    while (*s == ' ')
        s++;
    buf[n] = '\0';
    /* "I", "II", "III" alone are Roman numerals (parts, questions), not 1s */
    return !*s && n > 0 && letters > 0 && capital_i < n;
}

int eng_tcell_kind_at(const struct tshape *s, const struct foi_table *t, int r, int col, int *year)
{
    const char *text = foi_table_cell(t, r, col)->text;
    if ((s->nil & NIL_DASH) && eng_dash_cell(text)) {
        *year = 0;
        return CK_COUNT;
    }
    int k = tcell_kind_of(s, text, cell_kind_at(s, t, r, col, year));
    char buf[8];
    if (k == CK_TEXT && s->c && eng_ocr_letter_digits(s->c->doc, t, r, text, buf))
        k = CK_COUNT;   /* "ll" in an OCR layer's count cell (table_pass reads it below 0.5) */
    return k;
}

int eng_tcell_kind(const struct tshape *s, const char *text, int *year)
{
    if ((s->nil & NIL_DASH) && eng_dash_cell(text)) {
        *year = 0;
        return CK_COUNT;
    }
    int k = cell_kind(s->c, text, year);
    return tcell_kind_of(s, text, k);
}

/* "Q1".."Q4", "Quarter 2": a quarter of the table's financial or calendar year. */
static int quarter_in(const char *text, const struct foi_period *tp, struct foi_period *out)
{
    char f[32];
    if (foi_fold(text, f, sizeof f) >= sizeof f)
        return 0;
    int q = 0;
    if (f[0] == 'q' && f[1] >= '1' && f[1] <= '4' && !f[2])
        q = f[1] - '0';
    else if (!strncmp(f, "quarter ", 8) && f[8] >= '1' && f[8] <= '4' && !f[9])
        q = f[8] - '0';
    if (!q)
        return 0;
    /* the year as its days ("April 2022 - March 2023", "Jan-Dec 2023") is
     * the same year as "2022/23" or "2023" */
    int whole_fy = tp->resolved && tp->start.m == 4 && tp->start.d == 1 && tp->end.m == 3 && tp->end.d == 31 &&
                   tp->end.y == tp->start.y + 1;
    int whole_cy = tp->resolved && tp->start.m == 1 && tp->start.d == 1 && tp->end.m == 12 && tp->end.d == 31 &&
                   tp->end.y == tp->start.y;
    int fy = tp->kind == FOI_PER_FY || whole_fy, cy = tp->kind == FOI_PER_CALENDAR_YEAR || whole_cy;
    if (!fy && !cy)
        return 0;
    int m = (fy ? 4 : 1) + 3 * (q - 1), y = tp->start.y;
    if (m > 12)
        m -= 12, y++;
    int m2 = m + 2;
    memset(out, 0, sizeof *out);
    out->start = (struct foi_date){ y, m, 1 };
    out->end = (struct foi_date){ y, m2, foi_days_in_month(y, m2) };
    out->resolved = 1;
    out->kind = FOI_PER_QUARTER;
    return 1;
}

void eng_tclassify(struct ectx *c, const struct tshape *s, const char *text, struct label *L)
{
    eng_tclassify_in(c, s, text, NULL, L);
}

void eng_tclassify_in(struct ectx *c, const struct tshape *s, const char *text, const struct foi_period *in,
                      struct label *L)
{
    eng_classify(c, text, L);
    if (!in && s && s->has_tperiod)
        in = &s->tperiod;
    if (!in || L->period_ok || L->primary >= 0 || L->total || !text || !*text)
        return;
    struct kmemo *e = kmemo_at(c, text);
    struct foi_period p;
    int ok;
    if (e && e->in_ok >= 0 && same_period(&e->in_key, in)) {
        ok = e->in_ok;
        p = e->in_p;
    } else {
        struct foi_period_ctx pc = {0};
        pc.request = in;
        ok = (foi_period_parse(text, &pc, &p) == 1 && p.resolved) || quarter_in(text, in, &p);
        if (e) {
            e->in_ok = (signed char)ok;
            e->in_key = *in;
            e->in_p = p;
        }
    }
    if (ok) {
        L->period = p;
        L->period_ok = 1;
        L->primary = PRIMARY_PERIOD;
    }
}

/* Role words in a label column's header (structure, not vocabulary). */
int eng_header_role(const char *h)
{
    if (!h || !*h)
        return ROLE_NONE;
    if (foi_strcasestr(h, "period") || foi_strcasestr(h, "month") || foi_strcasestr(h, "year") ||
        foi_strcasestr(h, "quarter") || foi_strcasestr(h, "date"))
        return PRIMARY_PERIOD;
    if (foi_strcasestr(h, "outcome") || foi_strcasestr(h, "result") || foi_strcasestr(h, "finding") ||
        foi_strcasestr(h, "disposal") || foi_strcasestr(h, "sanction"))
        return FOI_VOCAB_OUTCOME;
    if (foi_strcasestr(h, "subject") || foi_strcasestr(h, "employee") || has_word(h, "role") ||
        has_word(h, "rank") || foi_strcasestr(h, "staff type") || foi_strcasestr(h, "officer/staff"))
        return FOI_VOCAB_SUBJECT;
    if (has_word(h, "force") || foi_strcasestr(h, "constabulary"))
        return FOI_VOCAB_FORCE;
    if (has_word(h, "type") || foi_strcasestr(h, "categor") || foi_strcasestr(h, "allegation") ||
        has_word(h, "nature") || foi_strcasestr(h, "complaint"))
        return FOI_VOCAB_CATEGORY;
    return ROLE_NONE;
}

/* " 100 officers", " 1,000", " 10000": after "per", a hundred or a higher
 * power of ten (a rate's base; round 47a added 100 and 10,000 to 1,000 and
 * 100,000). */
static int per_power_of_ten(const char *p)
{
    if (*p++ != ' ' || *p != '1')
        return 0;
    int zeros = 0;
    for (p++; *p == '0' || (*p == ',' && p[1] == '0'); p++)
        zeros += *p == '0';
    return zeros >= 2 && !isalnum((unsigned char)*p) && !(*p == '.' && isdigit((unsigned char)p[1]));
}

/* "Officers in post", "Police staff in post (31 March)": a head of how many
 * people there are, which opens with them (never an outcome such as
 * "Remained in post") (round 47a). */
static int in_post(const char *h)
{
    static const char *const who[] = { "police officers in post", "police staff in post", "officers in post",
                                       "staff in post", "employees in post", "constables in post", NULL };
    while (*h == ' ')
        h++;
    for (int i = 0; who[i]; i++) {
        size_t n = strlen(who[i]);
        if (!strncasecmp(h, who[i], n) && !isalnum((unsigned char)h[n]))
            return 1;
    }
    return 0;
}

/* A header or definition saying its numbers are a denominator or a rate,
 * or a measure of them that is no count: a share, an average, a length of
 * time ("% of type 2025/26", "Average days to finalise (2025/26)"). */
int eng_denominator_words(const char *h)
{
    /* one pass over the words (every row label of every table asks) */
    static const char *const words[] = { "average", "mean", "median", "ratio", "share", "duration", "headcount",
                                         "strength", "fte", "workforce", "rate", "rates", "establishment",
                                         "denominator", "population", "proportion", NULL };
    if (strchr(h, '%') || in_post(h))
        return 1;
    for (const char *p = h; *p;) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        const char *w = p;
        while (isalnum((unsigned char)*p))
            p++;
        size_t n = (size_t)(p - w);
        if (!n)
            break;
        char lw[16];
        if (n >= sizeof lw) {
            if (!strncasecmp(w, "percentage", 10))
                return 1;
            continue;
        }
        for (size_t i = 0; i < n; i++)
            lw[i] = (char)tolower((unsigned char)w[i]);
        lw[n] = '\0';
        if (!strchr("adefhmprstw", lw[0]))
            continue;   /* no word or phrase below starts so */
        for (int k = 0; words[k]; k++)
            if (words[k][0] == lw[0] && !strcmp(lw, words[k]))
                return 1;
        /* "percentages", "days to ", "time taken", "per 1,000", "per cent",
         * "sample size" */
        if (!strncmp(lw, "percentage", 10) || (!strcmp(lw, "days") && !strncasecmp(p, " to ", 4)) ||
            (!strcmp(lw, "time") && !strncasecmp(p, " taken", 6)) ||
            (!strcmp(lw, "sample") && !strncasecmp(p, " size", 5) && !isalnum((unsigned char)p[5])) ||
            (!strcmp(lw, "per") && (per_power_of_ten(p) || !strncasecmp(p, " cent", 5))))
            return 1;
    }
    return 0;
}

static int note_words(const char *h)
{
    return has_word(h, "note") || has_word(h, "notes") || has_word(h, "comment") ||
           has_word(h, "comments") || has_word(h, "remarks") || has_word(h, "explanation") ||
           has_word(h, "description") || has_word(h, "details") || has_word(h, "narrative");
}

int eng_generic_count(const char *h)
{
    static const char *const words[] = {
        "number", "no.", "no", "count", "total number", "value", "values", "figure", "figures",
        "indicator number", "indicator value", "n", "frequency", "volume", "quantity", "amount",
        "number of", "sum", NULL
    };
    char f[64];
    if (foi_fold(h, f, sizeof f) >= sizeof f)
        return 0;
    for (int i = 0; words[i]; i++) {
        char w[32];
        foi_fold(words[i], w, sizeof w);
        if (!strcmp(f, w))
            return 1;
    }
    /* "Outcome count", "Month number": the count of the row's outcome (or
     * subject, period, force), as a report's field names have it */
    size_t n = strlen(f);
    static const char *const tails[] = { " count", " number", " no", NULL };
    for (int i = 0; tails[i]; i++) {
        size_t k = strlen(tails[i]);
        if (n <= k || strcmp(f + n - k, tails[i]))
            continue;
        char head[64];
        snprintf(head, sizeof head, "%.*s", (int)(n - k), f);
        int role = eng_header_role(head);
        if (role == FOI_VOCAB_OUTCOME || role == FOI_VOCAB_SUBJECT || role == FOI_VOCAB_FORCE)
            return 1;
    }
    return 0;
}

int eng_totalish(const char *text)
{
    char f[128];
    if (!text || foi_fold(text, f, sizeof f) >= sizeof f)
        return 0;
    return !strncmp(f, "all ", 4) || !strncmp(f, "overall", 7) || has_word(f, "total") ||
           has_word(f, "totals") || !strcmp(f, "sum") || !strncmp(f, "sum of", 6) || !strcmp(f, "combined");
}

const char *eng_subset_label(const char *text)
{
    static const char *const leads[] = { "of which", "of whom", "of these", "of those", "within which", NULL };
    if (!text)
        return NULL;
    while (*text == ' ' || *text == '-' || *text == '(')
        text++;
    for (int i = 0; leads[i]; i++) {
        size_t n = strlen(leads[i]);
        if (strncasecmp(text, leads[i], n) || isalnum((unsigned char)text[n]))
            continue;
        const char *p = text + n;
        while (*p == ' ' || *p == ':' || *p == ',' || *p == '-')
            p++;
        return p;
    }
    return NULL;
}

/* "Regular officers", "Female police staff": the subject's own name ending
 * the label, after one or two words of the label's own that pick some of
 * those people: a part of them, as "Special constables" is. "All officers",
 * "Total staff", "Number of officers" name the people themselves. */
int eng_subject_qualified(struct ectx *c, const char *text)
{
    static const char *const whole[] = { "all", "total", "totals", "number", "numbers", "no", "of", "the",
                                         "count", "sum", "any", "every", "overall", "combined", NULL };
    if (!text || !c->tax)
        return 0;
    size_t n = strlen(text);
    if (n < 4 || n > 80)
        return 0;
    struct foi_match ms[4];
    int k = foi_taxonomy_scan(c->tax, FOI_VOCAB_SUBJECT, text, ms, 4);
    if (k != 1 || ms[0].part || ms[0].at == 0)
        return 0;
    size_t e = ms[0].at + ms[0].len;
    while (e < n && (isspace((unsigned char)text[e]) || text[e] == ':' || text[e] == '*'))
        e++;
    if (e != n)
        return 0;
    int words = 0;
    for (size_t i = 0; i < ms[0].at;) {
        unsigned char ch = (unsigned char)text[i];
        if (isspace(ch)) {
            i++;
            continue;
        }
        size_t w = i;
        while (w < ms[0].at && (isalpha((unsigned char)text[w]) || text[w] == '-'))
            w++;
        if (w == i || (w < ms[0].at && !isspace((unsigned char)text[w])))
            return 0;   /* a digit, a bracket or a sign: not a plain word */
        for (int j = 0; whole[j]; j++)
            if (w - i == strlen(whole[j]) && !strncasecmp(text + i, whole[j], w - i))
                return 0;
        words++;
        i = w;
    }
    return words >= 1 && words <= 2;
}

/* A header written as a field name ("AllegationTypeTotal", "DateFrom",
 * "outcome_count"): its words ("Allegation Type Total"), so role words,
 * Total and From / To read in it as in any header. Other text is returned
 * as it is. */
static const char *field_words(struct ectx *c, const char *x)
{
    size_t n = strlen(x);
    if (n < 4 || n > 64)
        return x;
    int humps = 0, under = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)x[i];
        if (!isalnum(ch) && ch != '_')
            return x;
        if (ch == '_' && i > 0 && i + 1 < n)
            under++;
        if (i > 0 && isupper(ch) && islower((unsigned char)x[i - 1]))
            humps++;
    }
    if (!humps && !under)
        return x;
    /* "NCtA", "RoR": an abbreviation with a small letter in it, more
     * capitals than small letters, is no run of words */
    int caps = 0, smalls = 0;
    for (size_t i = 0; i < n; i++) {
        caps += isupper((unsigned char)x[i]) != 0;
        smalls += islower((unsigned char)x[i]) != 0;
    }
    if (!under && caps > smalls)
        return x;
    char buf[160];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 2 < sizeof buf; i++) {
        unsigned char ch = (unsigned char)x[i];
        if (ch == '_') {
            buf[k++] = ' ';
            continue;
        }
        if (i > 0 && isupper(ch) && (islower((unsigned char)x[i - 1]) ||
                                     (isupper((unsigned char)x[i - 1]) && i + 1 < n && islower((unsigned char)x[i + 1]))))
            buf[k++] = ' ';
        buf[k++] = (char)ch;
    }
    buf[k] = '\0';
    const char *d = foi_arena_strdup(&c->arena, buf);
    return d ? d : x;
}

/* A header cell as the engine reads it (field_words). */
static const char *head_text(const struct tshape *s, const struct foi_table *t, int lvl, int col)
{
    const char *x = cell_text(t, lvl, col);
    return s->c ? field_words(s->c, x) : x;
}

/* A heading wrapped in its column ("Sexual" over "assault"): the cell at
 * lvl and the one above it together, when the one above is this column's
 * alone (not a group spanning others) and the two name what the lower alone
 * does not; else NULL. */
static const char *wrap_join(const struct tshape *s, const struct foi_table *t, int lvl, int col)
{
    if (lvl <= 0 || !s->c || !*cell_text(t, lvl, col) || !*cell_text(t, lvl - 1, col))
        return NULL;
    const struct foi_cell *up = foi_table_cell(t, lvl - 1, col);
    const struct foi_cell *right = col + 1 < t->ncols ? foi_table_cell(t, lvl - 1, col + 1) : NULL;
    if ((up->flags & FOI_CELL_SPANNED) || (right && (right->flags & FOI_CELL_SPANNED)))
        return NULL;
    const char *low = head_text(s, t, lvl, col);
    struct label a, b;
    eng_classify(s->c, low, &a);
    if (a.primary >= 0 || a.total || a.period_ok)
        return NULL;
    const char *joined = foi_arena_printf(&s->c->arena, "%s %s", head_text(s, t, lvl - 1, col), low);
    if (!joined)
        return NULL;
    eng_classify(s->c, joined, &b);
    return b.primary >= 0 && b.primary < FOI_VOCAB_COUNT && b.id[b.primary] && strcmp(b.id[b.primary], "other")
           ? joined : NULL;
}

/* The column's own header: its lowest non-empty header cell (with the line
 * above it where the heading wraps). */
static const char *col_head(const struct tshape *s, const struct foi_table *t, int h, int col)
{
    for (int lvl = h - 1; lvl >= 0; lvl--) {
        if (!*cell_text(t, lvl, col))
            continue;
        const char *j = wrap_join(s, t, lvl, col);
        return j ? j : head_text(s, t, lvl, col);
    }
    return "";
}

static int sample_step(int h, int nr)
{
    int n = nr - h;
    return n > SAMPLE_ROWS ? (n + SAMPLE_ROWS - 1) / SAMPLE_ROWS : 1;
}

static int index_column(const struct foi_table *t, const struct tshape *s, int col);

/* 1. what each column holds, from its body cells and header words */
static void col_kinds(const struct foi_table *t, struct tshape *s)
{
    int h = s->h, step = sample_step(h, s->nr);
    s->ncount = 0;
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        int n[CK_TEXT + 1] = {0}, years = 0;
        long textlen = 0;
        for (int r = h; r < s->nr; r += step) {
            const struct foi_cell *cell = foi_table_cell(t, r, col);
            int y;
            int kind = eng_tcell_kind_at(s, t, r, col, &y);
            n[kind]++;
            years += y;
            if (kind == CK_TEXT)
                textlen += (long)strlen(cell->text);
        }
        k->head = col_head(s, t, h, col);
        int nonempty = n[CK_COUNT] + n[CK_NUMBER] + n[CK_PERIOD] + n[CK_DATE] + n[CK_TEXT];
        int hrole = eng_header_role(k->head);
        int denom = 0;
        for (int lvl = 0; lvl < h; lvl++)
            denom |= eng_denominator_words(head_text(s, t, lvl, col));
        int periods = n[CK_PERIOD] + n[CK_DATE] + years;
        k->kind = COL_EMPTY;
        k->role = ROLE_NONE;
        if (!nonempty)
            continue;
        if (hrole == PRIMARY_PERIOD && periods * 2 >= nonempty && (n[CK_PERIOD] + n[CK_DATE] || years)) {
            k->kind = COL_LABEL;
        } else if (n[CK_COUNT] > 0 && n[CK_COUNT] * 2 >= nonempty) {
            /* a column of years is a period column, not counts */
            if (years == n[CK_COUNT] && years >= 2 && (!*k->head || col == 0))
                k->kind = COL_LABEL;
            else
                k->kind = denom ? COL_DENOM : COL_COUNT;
        } else if (n[CK_NUMBER] > 0 && (n[CK_NUMBER] + n[CK_COUNT]) * 5 >= nonempty * 4) {
            k->kind = COL_DENOM;   /* rates, percentages, decimals */
        } else {
            k->kind = COL_LABEL;
            /* "Comments", "Notes"; not "Allegation Type Description", whose
             * role words say it holds the labels */
            if ((note_words(k->head) && hrole == ROLE_NONE) || (n[CK_TEXT] && textlen / n[CK_TEXT] > 60))
                k->kind = COL_NOTE;
        }
        if (k->kind == COL_COUNT && (eng_generic_count(k->head) || !*k->head || col == 0) &&
            index_column(t, s, col))
            k->kind = COL_NOTE;   /* "No." 1, 2, 3: row numbers */
        if (k->kind == COL_COUNT)
            s->ncount++;
    }
}

/* A row below the header that is a header too: no counts, and labels over
 * the count columns that differ from each other (a group row says one
 * thing across the row). */
static int header_like_row(const struct foi_table *t, const struct tshape *s, int r)
{
    int over_counts = 0, counts = 0;
    const char *first = NULL;
    int distinct = 0;
    for (int col = 0; col < s->nc; col++) {
        const char *x = cell_text(t, r, col);
        int y;
        int kind = eng_tcell_kind_at(s, t, r, col, &y);
        if (kind == CK_EMPTY || s->col[col].kind == COL_NOTE)
            continue;   /* a remark in a notes column labels no column */
        if (kind == CK_COUNT && !y)
            counts++;
        else if (s->col[col].kind == COL_COUNT)
            over_counts++;
        if (!first)
            first = x, distinct = 1;
        else if (strcmp(first, x))
            distinct = 2;
    }
    return !counts && over_counts >= 1 && distinct >= 2;
}

/* Tally one label for the recognised share. */
static void tally(struct tshape *s, struct tcol *k, const char *text, int known)
{
    k->nlabels++;
    s->nlabels++;
    if (known) {
        k->nknown++;
        s->nknown++;
        return;
    }
    if (s->nunknown_ex >= 3)
        return;
    for (int i = 0; i < s->nunknown_ex; i++)
        if (!strcmp(s->unknown_ex[i], text))
            return;
    s->unknown_ex[s->nunknown_ex++] = text;
}

static int from_words(const char *h)
{
    return has_word(h, "from") || has_word(h, "start") || has_word(h, "starting") ||
           has_word(h, "begin") || has_word(h, "beginning") || has_word(h, "earliest");
}

static int to_words(const char *h)
{
    return has_word(h, "to") || has_word(h, "end") || has_word(h, "ending") || has_word(h, "until") ||
           has_word(h, "latest");
}

/* 2. what each label column stands for: the vocabulary most of its labels
 * share, with the header's role words as the tie-breaker; dates in two
 * columns are one period */
/* Is text x, read inside the period of row label y, a period strictly within
 * it (January inside 2024)? 1 or 0; -1 when y gives no period. */
static int strictly_inside(struct ectx *c, const struct tshape *s, const char *y, const char *x)
{
    struct label Y, X;
    eng_tclassify(c, s, y, &Y);
    if (!Y.period_ok)
        return -1;
    eng_tclassify_in(c, s, x, &Y.period, &X);
    return X.period_ok && foi_date_cmp(&X.period.start, &Y.period.start) >= 0 &&
           foi_date_cmp(&X.period.end, &Y.period.end) <= 0 &&
           (foi_date_cmp(&X.period.start, &Y.period.start) || foi_date_cmp(&X.period.end, &Y.period.end));
}

/* "Q7", "q12": the number of a question ("Q" and one or two digits, the
 * cell's whole text); else 0. */
static int question_code(const char *text)
{
    while (*text == ' ')
        text++;
    if ((text[0] != 'Q' && text[0] != 'q') || !isdigit((unsigned char)text[1]))
        return 0;
    int n = text[1] - '0', i = 2;
    if (isdigit((unsigned char)text[2]))
        n = n * 10 + (text[2] - '0'), i = 3;
    while (text[i] == ' ')
        i++;
    return text[i] ? 0 : n;
}

static void label_roles(struct ectx *c, const struct foi_table *t, struct tshape *s)
{
    int h = s->h, step = sample_step(h, s->nr);
    int dates[2], ndates = 0, last_count = -1;
    unsigned char *voted = foi_arena_alloc(&c->arena, (size_t)s->nc);
    if (!voted) {
        c->rc = FOI_ENOMEM;
        return;
    }
    memset(voted, 0, (size_t)s->nc);
    unsigned char *isday = foi_arena_alloc(&c->arena, (size_t)s->nc);
    if (!isday) {
        c->rc = FOI_ENOMEM;
        return;
    }
    memset(isday, 0, (size_t)s->nc);
    for (int col = 0; col < s->nc; col++)
        if (s->col[col].kind == COL_COUNT)
            last_count = col;
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL)
            continue;
        int votes[NROLES] = {0}, nonempty = 0, ndate = 0;
        int qcodes = 0, qquarters = 0;   /* "Q1".."Q4" and "Q5".."Q99" */
        const char *first = NULL;
        for (int r = h; r < s->nr; r += step) {
            const struct foi_cell *cell = foi_table_cell(t, r, col);
            int y;
            int kind = cell_kind_at(s, t, r, col, &y);
            if (kind == CK_EMPTY)
                continue;
            int qn = question_code(cell->text);
            qcodes += qn > 4;
            qquarters += qn >= 1 && qn <= 4;
            if (!first)
                first = cell->text;
            else if (strcmp(first, cell->text))
                k->varies = 1;
            if (cell->flags & FOI_CELL_SPANNED)
                continue;
            nonempty++;
            if (kind == CK_DATE) {
                ndate++;
                continue;
            }
            if (kind == CK_PERIOD || y) {
                votes[PRIMARY_PERIOD]++;
                continue;
            }
            struct label L;
            eng_tclassify(c, s, cell->text, &L);
            if (L.total)
                continue;
            /* "Sexual assault - police officers": a category with its subject
             * riding along votes for the category */
            if (L.primary == FOI_VOCAB_SUBJECT && L.id[FOI_VOCAB_CATEGORY] &&
                strcmp(L.id[FOI_VOCAB_CATEGORY], "other"))
                votes[FOI_VOCAB_CATEGORY]++;
            else if (L.primary >= 0)
                votes[L.primary]++;
            else if (L.period_in)
                votes[PRIMARY_PERIOD]++;
        }
        /* "Q4" in a column running on to "Q9": question numbers, no
         * quarters (a form numbering its questions) */
        if (qcodes && qquarters) {
            votes[PRIMARY_PERIOD] -= qquarters;
            if (votes[PRIMARY_PERIOD] < 0)
                votes[PRIMARY_PERIOD] = 0;
        }
        int hrole = eng_header_role(k->head);
        if (ndate * 2 > nonempty && ndate) {
            if (ndates < 2)
                dates[ndates] = col;
            ndates++;
            k->role = PRIMARY_PERIOD;   /* a day each, unless paired below */
            isday[col] = 1;
            k->month_grain = has_word(k->head, "month") || has_word(k->head, "months");
            continue;
        }
        int best = ROLE_NONE, bv = 0;
        for (int v = 0; v <= PRIMARY_PERIOD; v++)
            if (votes[v] > bv) {
                bv = votes[v];
                best = v;
            }
        /* a bare "type" ("Geography type") names no role by itself */
        int weak = hrole == FOI_VOCAB_CATEGORY && !foi_strcasestr(k->head, "categor") &&
                   !foi_strcasestr(k->head, "allegation") && !has_word(k->head, "nature") &&
                   !foi_strcasestr(k->head, "complaint");
        if (hrole >= 0 && ((best < 0 && !weak) || (best >= 0 && votes[hrole] * 3 >= bv)))
            best = hrole;
        k->role = best;
        voted[col] = best >= 0 && best <= PRIMARY_PERIOD && votes[best] > 0;
        /* labels no vocabulary knows, beside or after the figures: notes */
        if (best == ROLE_NONE && last_count >= 0 && col > last_count)
            k->kind = COL_NOTE;
    }
    /* "Oldest live allegation received" (a day each) beside "Financial
     * year" (a period each, voted by its cells): the days say when something
     * happened, the period column what each row covers; a day is no finer
     * period of the row's year. The days are notes (round 44a, blind44
     * Dyfed-Powys) */
    for (int o = 0; o < s->nc; o++) {
        if (isday[o] || s->col[o].kind != COL_LABEL || s->col[o].role != PRIMARY_PERIOD || !voted[o])
            continue;
        for (int col = 0; col < s->nc; col++)
            if (isday[col] && s->col[col].role == PRIMARY_PERIOD) {
                s->col[col].kind = COL_NOTE;
                s->col[col].role = ROLE_NONE;
                isday[col] = 0;
                ndates--;
            }
        break;
    }
    /* periods without their year ("Q1", "April") headed as periods, beside a
     * column of periods each of them falls in ("2023/24"): read inside the
     * row's period, a finer period of it. So are periods with their year
     * ("Apr-25") beside a coarser column ("Financial Year" 2025/26 before
     * "Month"): the row's finest period is its period, the coarser one only
     * context (round 45a, blind45 Thames Valley) */
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL || k->role != PRIMARY_PERIOD || isday[col])
            continue;
        for (int o = 0; o < s->nc && !k->within; o++) {
            if (o == col || s->col[o].kind != COL_LABEL || s->col[o].role != PRIMARY_PERIOD || !voted[o])
                continue;
            int tried = 0, inside = 0;
            for (int r = h; r < s->nr && tried < 200; r += step) {
                const char *x = cell_text(t, r, col), *y = cell_text(t, r, o);
                if (!*x || !*y)
                    continue;
                tried++;
                if (strictly_inside(c, s, y, x) > 0)
                    inside++;
            }
            if (tried && inside * 5 >= tried * 4) {
                k->within = o + 1;
                voted[col] = 1;
            }
        }
    }
    /* a role only the header gives ("Category code" over SM01, SM02) is not
     * the column's when another column's labels are of that role */
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL || k->role < 0 || k->role > PRIMARY_PERIOD || voted[col])
            continue;
        for (int o = 0; o < s->nc; o++)
            if (o != col && s->col[o].kind == COL_LABEL && s->col[o].role == k->role && voted[o]) {
                k->role = ROLE_NONE;
                break;
            }
    }
    /* Date from / Date to: two columns of days are one period */
    if (ndates == 2) {
        int a = dates[0], b = dates[1];
        const char *ha = s->col[a].head, *hb = s->col[b].head;
        if (to_words(ha) && from_words(hb) && !from_words(ha)) {
            int x = a;
            a = b;
            b = x;
        } else if (!(from_words(ha) || to_words(hb)) && (*ha || *hb)) {
            a = b = -1;   /* two dates the headers do not pair (recorded, finalised) */
        }
        if (a >= 0) {
            s->col[a].role = ROLE_FROM;
            s->col[b].role = ROLE_TO;
            s->from_col = a;
            s->to_col = b;
        }
    }
}

/* A column of row numbers (1, 2, 3, ... down the body) counts nothing. */
static int index_column(const struct foi_table *t, const struct tshape *s, int col)
{
    int want = 1, n = 0;
    for (int r = s->h; r < s->nr; r++) {
        const char *x = cell_text(t, r, col);
        if (!*x)
            continue;
        char buf[16];
        snprintf(buf, sizeof buf, "%d", want);
        size_t bl = strlen(buf);
        if (strncmp(x, buf, bl) || (x[bl] && x[bl] != '.' && x[bl] != ')'))
            return 0;
        want++;
        n++;
    }
    return n >= 3;
}

/* A label column foi does not know is harmless when the label columns it
 * does know fix its value on every row: it tells no row from another. */
struct keyval {
    uint64_t key, val;
};

static int keyval_cmp(const void *a, const void *b)
{
    const struct keyval *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->val < y->val ? -1 : x->val > y->val;
}

static int dependent_column(struct ectx *c, const struct foi_table *t, const struct tshape *s, int col)
{
    int known = 0;
    for (int k = 0; k < s->nc; k++)
        known += s->col[k].kind == COL_LABEL && s->col[k].role != ROLE_NONE;
    if (!known)
        return 0;
    int n = s->nr - s->h;
    struct keyval *kv = foi_malloc(sizeof *kv * (size_t)(n ? n : 1));
    if (!kv) {
        c->rc = FOI_ENOMEM;
        return 0;
    }
    int m = 0;
    for (int r = s->h; r < s->nr; r++) {
        const char *u = cell_text(t, r, col);
        if (!*u)
            continue;
        uint64_t h = 1469598103934665603ull;
        for (int k = 0; k < s->nc; k++) {
            if (s->col[k].kind != COL_LABEL || s->col[k].role == ROLE_NONE)
                continue;
            h = foi_hash(cell_text(t, r, k), strlen(cell_text(t, r, k))) ^ (h * 1099511628211ull);
        }
        kv[m].key = h;
        kv[m].val = foi_hash(u, strlen(u));
        m++;
    }
    qsort(kv, (size_t)m, sizeof *kv, keyval_cmp);
    int dep = 1;
    for (int i = 1; i < m && dep; i++)
        if (kv[i].key == kv[i - 1].key && kv[i].val != kv[i - 1].val)
            dep = 0;
    foi_free(kv);
    return dep;
}

/* Does column b's value fix column a's on every row (a function of it)?
 * *na, *nb: how many distinct values each holds. Rows with either empty
 * are passed over. */
static int column_fixes(struct ectx *c, const struct foi_table *t, const struct tshape *s, int b, int a, int *na,
                        int *nb)
{
    int n = s->nr - s->h;
    struct keyval *kv = foi_malloc(sizeof *kv * (size_t)(n ? n : 1));
    uint64_t *av = foi_malloc(sizeof *av * (size_t)(n ? n : 1));
    if (!kv || !av) {
        foi_free(kv);
        foi_free(av);
        c->rc = FOI_ENOMEM;
        return 0;
    }
    int m = 0;
    for (int r = s->h; r < s->nr; r++) {
        const char *x = cell_text(t, r, b), *y = cell_text(t, r, a);
        if (!*x || !*y)
            continue;
        kv[m].key = foi_hash(x, strlen(x));
        kv[m].val = foi_hash(y, strlen(y));
        av[m] = kv[m].val;
        m++;
    }
    qsort(kv, (size_t)m, sizeof *kv, keyval_cmp);
    int fixes = m > 0, keys = m > 0;
    for (int i = 1; i < m; i++) {
        if (kv[i].key != kv[i - 1].key)
            keys++;
        else if (kv[i].val != kv[i - 1].val)
            fixes = 0;
    }
    struct keyval *ak = kv;   /* the values of a alone, counted the same way */
    for (int i = 0; i < m; i++)
        ak[i].key = av[i], ak[i].val = 0;
    qsort(ak, (size_t)m, sizeof *ak, keyval_cmp);
    int avals = m > 0;
    for (int i = 1; i < m; i++)
        avals += ak[i].key != ak[i - 1].key;
    foi_free(kv);
    foi_free(av);
    *na = avals;
    *nb = keys;
    return fixes;
}

/* The labels of outcome column b that read as the same outcome as another
 * of its labels ("No action" under "No case to answer" and "No further
 * action" under "Case to answer", both no further action by the taxonomy):
 * alone they do not tell their rows apart, so each is read with its group
 * (engine_table.c). Hashed into the arena; at most 256 labels looked at. */
#define GROUP_LABELS 256
static void group_clashes(struct ectx *c, const struct foi_table *t, struct tshape *s, int b)
{
    uint64_t hv[GROUP_LABELS];
    const char *id[GROUP_LABELS];
    int n = 0;
    for (int r = s->h; r < s->nr && n < GROUP_LABELS; r++) {
        const char *x = cell_text(t, r, b);
        if (!*x)
            continue;
        uint64_t h = foi_hash(x, strlen(x));
        int seen = 0;
        for (int i = 0; i < n && !seen; i++)
            seen = hv[i] == h;
        if (seen)
            continue;
        struct label L;
        eng_tclassify(c, s, x, &L);
        hv[n] = h;
        id[n] = L.total ? NULL : L.id[FOI_VOCAB_OUTCOME];
        n++;
    }
    uint64_t *out = foi_arena_alloc(&c->arena, sizeof *out * (size_t)(n ? n : 1));
    if (!out) {
        c->rc = FOI_ENOMEM;
        return;
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
        int clash = 0;
        for (int j = 0; j < n && !clash; j++)
            clash = j != i && id[i] && id[j] && strcmp(id[i], "other") && !strcmp(id[i], id[j]);
        if (clash)
            out[m++] = hv[i];
    }
    s->col[b].group_clash = out;
    s->col[b].ngroup_clash = m;
}

/* "Finding | Outcome" (Gross misconduct | Dismissed without notice, Gross
 * misconduct | Would have been dismissed, Misconduct | Final written
 * warning ...): two columns of outcomes, one grouping the other, its value
 * fixed by the finer one's on every row and holding fewer values. The finer
 * column is each row's outcome; a label of it that reads as the same outcome
 * as another of its labels is read with its group before it ("No case to
 * answer - No action": the group says which "no action" it is; group_clashes,
 * engine_table.c);
 * the group column gives no outcome of its own and is read as a label the
 * known columns fix (round 46b, blind46 Durham). */
static void outcome_groups(struct ectx *c, const struct foi_table *t, struct tshape *s)
{
    for (int a = 0; a < s->nc && !c->rc; a++) {
        struct tcol *ka = &s->col[a];
        if (ka->kind != COL_LABEL || ka->role != FOI_VOCAB_OUTCOME || ka->within)
            continue;
        for (int b = 0; b < s->nc && !c->rc; b++) {
            const struct tcol *kb = &s->col[b];
            if (b == a || kb->kind != COL_LABEL || kb->role != FOI_VOCAB_OUTCOME || kb->within)
                continue;
            int na = 0, nb = 0;
            if (column_fixes(c, t, s, b, a, &na, &nb) && na >= 2 && nb > na) {
                ka->role = ROLE_NONE;
                s->col[b].outcome_group = a + 1;
                group_clashes(c, t, s, b);
                break;
            }
        }
    }
}

/* 3. the recognised share of the labels, column by column */
static void label_share(struct ectx *c, const struct foi_table *t, struct tshape *s)
{
    int h = s->h, step = sample_step(h, s->nr);
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind == COL_LABEL && k->role == FOI_VOCAB_FORCE && s->force_col < 0)
            s->force_col = col;
    }
    /* a column foi does not know beside a column of forces (a region, a
     * geography type, a code): each row's force already tells it apart, and
     * two rows of one force that differ in it collide (engine_table.c) */
    int checked = 0;
    for (int col = 0; col < s->nc && !c->rc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind == COL_LABEL && k->role == ROLE_NONE && k->varies)
            k->dependent = (s->force_col >= 0 && s->col[s->force_col].varies) ||
                           (checked++ < 64 && dependent_column(c, t, s, col));
    }
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL)
            continue;
        if (k->role == FOI_VOCAB_OUTCOME)
            s->has_outcome_col = 1;
        if (k->role == FOI_VOCAB_FORCE && s->force_col < 0)
            s->force_col = col;
        if (k->role == FOI_VOCAB_CATEGORY && s->cat_col < 0)
            s->cat_col = col;
        if (k->role == ROLE_NONE && (!k->varies || k->dependent))
            continue;   /* the same words on every row, or words the known labels fix */
        for (int r = h; r < s->nr; r += step) {
            const struct foi_cell *cell = foi_table_cell(t, r, col);
            int y;
            int kind = cell_kind_at(s, t, r, col, &y);
            if (kind == CK_EMPTY || (cell->flags & FOI_CELL_SPANNED))
                continue;
            /* a row with no counts (a group heading) is judged with the rows */
            int known;
            if (k->role == ROLE_FROM || k->role == ROLE_TO) {
                known = kind == CK_DATE || kind == CK_PERIOD;
            } else if (k->role == PRIMARY_PERIOD && (kind == CK_PERIOD || kind == CK_DATE || y)) {
                known = 1;
            } else if (k->within) {
                struct label Y, X;
                eng_tclassify(c, s, cell_text(t, r, k->within - 1), &Y);
                known = 0;
                if (Y.period_ok) {
                    eng_tclassify_in(c, s, cell->text, &Y.period, &X);
                    known = X.period_ok;
                }
            } else {
                struct label L;
                eng_tclassify(c, s, cell->text, &L);
                if (L.total)
                    known = 1;
                else if (k->role == PRIMARY_PERIOD)
                    known = L.period_ok || L.period_in;
                else if (k->role >= 0)
                    known = L.id[k->role] != NULL || L.primary >= 0;
                else
                    known = L.primary >= 0;
            }
            tally(s, k, cell->text, known);
        }
    }
    /* the subjects a subject column names as such */
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL || k->role != FOI_VOCAB_SUBJECT)
            continue;
        for (int r = h; r < s->nr; r += step) {
            const char *x = cell_text(t, r, col);
            if (!*x)
                continue;
            struct label L;
            eng_classify(c, x, &L);
            const char *id = L.id[FOI_VOCAB_SUBJECT];
            if (!id || L.part[FOI_VOCAB_SUBJECT] || eng_subject_qualified(c, x))
                continue;
            int dup = 0;
            for (int i = 0; i < s->nwhole; i++)
                dup |= !strcmp(s->whole_subj[i], id);
            if (!dup && s->nwhole < 4)
                s->whole_subj[s->nwhole++] = id;
        }
    }
}

/* A pivot table's captions ("Column Labels" over its first value column,
 * "Row Labels" over its row fields, "Values"): Excel's furniture, which heads
 * every column of its kind, not the one it sits over; read as blank. */
static const char *pivot_caption(const char *x)
{
    static const char *const caps[] = { "Column Labels", "Row Labels", "Values", NULL };
    for (int i = 0; caps[i]; i++)
        if (!strcasecmp(x, caps[i]))
            return "";
    return x;
}

/* A pivot table's column field named over its items ("Financial Year" over
 * "2024/25", "2025/26", ... and "Grand Total"): in a table whose header
 * names the value field ("Sum of Allegations", "Count of Case ID") in a
 * column before the counts, a header cell over the first count column with
 * every other count column of its row blank. Excel writes the field's name
 * where its default caption "Column Labels" would be: it heads every item of
 * the field and the field's Grand Total, not the one column it sits over. */
static int pivot_field_caption(const struct tshape *s, const struct foi_table *t, int r, int col)
{
    int first = -1;
    for (int o = 0; o < s->nc && first < 0; o++)
        if (s->col[o].kind == COL_COUNT)
            first = o;
    if (col != first || !*cell_text(t, r, col))
        return 0;
    for (int o = first + 1; o < s->nc; o++)
        if (s->col[o].kind == COL_COUNT && *cell_text(t, r, o))
            return 0;
    for (int hr = 0; hr < s->h; hr++)
        for (int o = 0; o < first; o++) {
            const char *x = cell_text(t, hr, o);
            if (!strncasecmp(x, "sum of ", 7) || !strncasecmp(x, "count of ", 9))
                return 1;
        }
    return 0;
}

/* The header above a count column as its siblings compare it: a pivot
 * table's captions read as blank. */
static const char *head_above(const struct tshape *s, const struct foi_table *t, int r, int col)
{
    return pivot_field_caption(s, t, r, col) ? "" : pivot_caption(cell_text(t, r, col));
}

/* An outcome mention at ms that is no outcome of the label: negated ("not
 * dismissed"), or what the label takes in or leaves out ("(including those
 * who resigned)", "excluding withdrawn allegations"). */
static int outcome_aside(struct ectx *c, const char *text, const struct foi_match *m)
{
    if (m->at >= 4 && !strncasecmp(text + m->at - 4, "not ", 4))
        return 1;
    static const char *const scope[] = { "includ", "exclud", "except", "other than", "without",
                                         "whether", "where ", "regardless", "as well as", NULL };
    char *before = foi_arena_strndup(&c->arena, text, m->at);
    for (int k = 0; before && scope[k]; k++)
        if (foi_strcasestr(before, scope[k]))
            return 1;
    return 0;
}

const char *eng_label_outcome(struct ectx *c, const char *text)
{
    struct foi_match ms[16];
    int n = c->tax && text ? foi_taxonomy_scan(c->tax, FOI_VOCAB_OUTCOME, text, ms, 16) : 0;
    int at = -1;
    for (int i = 0; i < n; i++) {
        if (!strcmp(ms[i].id, "total"))
            continue;
        if ((at >= 0 && strcmp(ms[at].id, ms[i].id)) || outcome_aside(c, text, &ms[i]))
            return NULL;
        if (at < 0)
            at = i;
    }
    if (at < 0 || !strcmp(ms[at].id, "other"))
        return NULL;
    return foi_arena_strndup(&c->arena, text + ms[at].at, ms[at].len);
}

/* The label opens with the people its outcome befell ("Officers dismissed
 * ...", "Number of police staff dismissed ..."): it counts them, not
 * allegations. o points into the label's copy made by one_outcome, so it is
 * found again by its words. */
int eng_people_before(struct ectx *c, const char *text, const char *o)
{
    const char *at = c->tax ? foi_strcasestr(text, o) : NULL;
    if (!at || at == text)
        return 0;
    size_t n = (size_t)(at - text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '-'))
        n--;
    const char *p = text;
    if (n > 10 && !strncasecmp(p, "number of ", 10)) {
        p += 10;
        n -= 10;
    }
    if (!n || n > 40)
        return 0;
    char buf[48];
    snprintf(buf, sizeof buf, "%.*s", (int)n, p);
    struct foi_match m;
    return foi_taxonomy_match(c->tax, FOI_VOCAB_SUBJECT, buf, &m) > 0 && m.exact && strcmp(m.id, "unknown");
}

/* A header saying its figures are the ones first given and since corrected
 * ("As published", "Originally reported", "Previous figure"). */
static int superseded_head(const char *h)
{
    static const char *const w[] = { "as published", "as originally", "originally published", "originally reported",
                                     "previously published", "previously reported", "previous figure",
                                     "original figure", "as first published", "as previously", NULL };
    for (int i = 0; w[i]; i++)
        if (foi_strcasestr(h, w[i]))
            return 1;
    return 0;
}

/* A header saying its figures correct those beside them ("Revised",
 * "Corrected", "Amended figure", "Updated"). */
static int revised_head(const char *h)
{
    static const char *const w[] = { "revised", "corrected", "amended", "updated", "restated", NULL };
    for (int i = 0; w[i]; i++)
        if (foi_strcasestr(h, w[i]))
            return 1;
    return 0;
}

/* Words saying a count is of several forces together: "both forces", "the
 * two forces", "all three forces", "both constabularies", "forces combined",
 * "combined forces". */
static int several_forces(const char *h)
{
    static const char *const w[] = { "both forces", "two forces", "three forces", "four forces", "all forces",
                                     "both constabularies", "two constabularies", "three constabularies",
                                     "forces combined", "combined forces", "constabularies combined",
                                     "forces together", NULL };
    for (int i = 0; w[i]; i++)
        if (foi_strcasestr(h, w[i]))
            return 1;
    return 0;
}

/* Sets d's dimension of vocabulary v from a label (first writer wins). */
static void set_vocab(struct dims *d, int v, const struct label *L, const char *raw)
{
    switch (v) {
    case PRIMARY_PERIOD:
        if (!d->has_period) {
            if (L->period_ok) {
                d->period = L->period;
                d->has_period = 1;
                d->period_label = raw;
            } else if (L->period_in) {
                d->period = L->inner;
                d->has_period = 1;
                d->period_label = raw;
            }
        }
        break;
    case FOI_VOCAB_CATEGORY: if (!d->category) d->category = raw; break;
    case FOI_VOCAB_OUTCOME:  if (!d->outcome) d->outcome = raw; break;
    case FOI_VOCAB_SUBJECT:  if (!d->subject) d->subject = L->id[v] ? L->id[v] : raw; break;
    case FOI_VOCAB_MEASURE:  if (!d->measure) d->measure = L->id[v] ? L->id[v] : raw; break;
    case FOI_VOCAB_FORCE:    if (!d->force) d->force = L->id[v]; break;
    default: break;
    }
}

/* What a "Total" header stands for, given the vocabulary its siblings share. */
static void header_total(struct dims *d, int sibling, const struct label *L,
                         const struct foi_period *span, const char *span_label)
{
    switch (sibling) {
    case PRIMARY_PERIOD:
        if (!d->has_period && span) {
            d->period = *span;
            d->has_period = 1;
            d->period_label = span_label;
        }
        break;
    case FOI_VOCAB_SUBJECT:
        if (!d->subject) d->subject = "officers_and_staff";
        break;
    case FOI_VOCAB_CATEGORY:
    case FOI_VOCAB_FORCE:
        d->skip = 1;   /* a total across categories or forces is no keyable figure */
        break;
    case FOI_VOCAB_MEASURE:
        break;
    default:
        /* the label as written where the taxonomy reads it as a total */
        if (!d->outcome)
            d->outcome = L->id[FOI_VOCAB_OUTCOME] && !strcmp(L->id[FOI_VOCAB_OUTCOME], "total") ? L->text : "total";
        break;
    }
    /* "Total allegations": a measure rides along */
    if (L->id[FOI_VOCAB_MEASURE] && !d->measure)
        d->measure = L->id[FOI_VOCAB_MEASURE];
}

/* "Year" ("Full year", "Whole year", "Year total") heading a count column
 * beside columns of quarters ("Q1" .. "Q4", "Quarter 1"): the year those
 * quarters make up, a total across them (its period is the table's year,
 * from its caption or heading, as the quarters' is). */
static int year_of_quarters(const struct tshape *s, const struct foi_table *t, int lvl, int col)
{
    static const char *const names[] = { "year", "full year", "whole year", "year total", "total for the year",
                                         "total for year", NULL };
    char f[64];
    if (foi_fold(head_text(s, t, lvl, col), f, sizeof f) >= sizeof f)
        return 0;
    int named = 0;
    for (int i = 0; names[i] && !named; i++)
        named = !strcmp(f, names[i]);
    if (!named)
        return 0;
    int q = 0;
    for (int o = 0; o < s->nc; o++) {
        if (o == col || s->col[o].kind != COL_COUNT || foi_fold(head_text(s, t, lvl, o), f, sizeof f) >= sizeof f)
            continue;
        q += (f[0] == 'q' && f[1] >= '1' && f[1] <= '4' && !f[2]) ||
             (!strncmp(f, "quarter ", 8) && f[8] >= '1' && f[8] <= '4' && !f[9]);
    }
    return q >= 2;
}

/* A header of running totals: "Cumulative total", "Running total", "Year
 * to date". */
static int running_total(const char *h)
{
    return has_word(h, "cumulative") || foi_strcasestr(h, "running total") || foi_strcasestr(h, "year to date") ||
           has_word(h, "ytd");
}

/* 4. what the header stack says of each count column; each header level's
 * role is the vocabulary most of its labels share, so an unknown label at
 * an outcome level is an outcome foi does not know (reported, `other`) */
/* A label's id in one vocabulary, or the label itself. */
static const char *vocab_id(struct ectx *c, enum foi_vocab v, const char *label)
{
    if (foi_taxonomy_has(c->tax, v, label))
        return label;
    struct label L;
    eng_classify(c, label, &L);
    return L.id[v] ? L.id[v] : label;
}

/* A number a cell shows (reported, a value), else -1. */
static int64_t shown_count(const char *x)
{
    struct foi_value v;
    if (!x || !*x || foi_value_parse(x, &v) || v.status != FOI_VS_REPORTED || !v.has_value || v.marker)
        return -1;
    return v.value;
}

/* A Total column whose period is the span of the period columns beside it
 * (sibs), in a table whose hidden columns (a workbook's collapsed, grouped
 * years: foi_table.hidden) lie left of it: whether the total takes them in,
 * the figures say. Every row whose cells are all counts is checked: where
 * each row's total is its shown periods' sum plus the hidden columns' (and
 * they hold something), the hidden columns are in the total and, when each
 * is headed by a period, the span reaches over their periods too; where it
 * is the shown periods' sum alone, the span stands. Otherwise (neither, a
 * hidden column's head no period, too many columns to check) the span is a
 * guess: span_guess (below 0.5) and a note saying why. */
static void hidden_in_total(struct ectx *c, const struct tshape *s, const struct foi_table *t, int h, int col,
                            const int *sibs, int nsib, const char *first_lab, const char *last_lab, struct dims *d)
{
    enum { MAXH = 16 };
    int hcols[MAXH], nh = 0, over = nsib < 0;
    for (int i = 0; i < t->nhidden; i++) {
        const struct foi_hidden_cell *x = &t->hidden[i];
        if (x->col > col || x->row < h || shown_count(x->text) < 0)
            continue;   /* right of the total, a head, no count */
        int seen = 0;
        for (int k = 0; k < nh; k++)
            seen |= hcols[k] == x->src_col;
        if (!seen && nh < MAXH)
            hcols[nh++] = x->src_col;
        else if (!seen)
            over = 1;
    }
    if (!nh || !d->has_period)
        return;
    const char *why = NULL;
    /* each hidden column's head: the text of its lowest header row */
    struct foi_period hp[MAXH];
    const char *hlab[MAXH];
    for (int k = 0; k < nh && !why; k++) {
        const char *head = NULL;
        for (int i = 0; i < t->nhidden; i++)
            if (t->hidden[i].src_col == hcols[k] && t->hidden[i].row >= s->htop && t->hidden[i].row < h)
                head = t->hidden[i].text;
        struct textdims td;
        eng_textdims(c, head, &td);
        if (!head || td.nperiods != 1 || !td.periods[0].resolved)
            why = "a hidden column beside it is headed by no period";
        else
            hp[k] = td.periods[0], hlab[k] = td.period_texts[0];
    }
    int rows = 0, with = 0, without = 0, held = 0;
    for (int r = h; r < s->nr && !why && !over; r++) {
        int64_t tot = shown_count(cell_text(t, r, col)), sum = 0, hsum = 0;
        int ok = tot >= 0;
        for (int i = 0; i < nsib && ok; i++) {
            int64_t v = shown_count(cell_text(t, r, sibs[i]));
            ok = v >= 0;
            sum += v;
        }
        for (int i = 0; i < t->nhidden && ok; i++) {
            const struct foi_hidden_cell *x = &t->hidden[i];
            int mine = 0;
            for (int k = 0; k < nh; k++)
                mine |= x->src_col == hcols[k];
            if (x->row != r || !mine)
                continue;
            int64_t v = shown_count(x->text);
            ok = v >= 0;
            hsum += v;
        }
        if (!ok)
            continue;
        rows++;
        with += tot == sum + hsum;
        without += tot == sum;
        held += hsum != 0 && tot == sum + hsum;
    }
    if (!why && !over && rows && without == rows)
        return;   /* the shown periods' total: the span stands */
    if (!why && !over && rows && with == rows && held) {
        struct foi_period span = d->period;
        const char *lo = first_lab, *hi = last_lab;
        for (int k = 0; k < nh; k++) {
            if (foi_date_cmp(&hp[k].start, &span.start) < 0)
                lo = hlab[k];
            if (foi_date_cmp(&hp[k].end, &span.end) > 0)
                hi = hlab[k];
            foi_period_span(&span, &hp[k], &span);
        }
        d->period = span;
        d->period_label = lo && hi && lo != hi ? foi_arena_printf(&c->arena, "%s to %s", lo, hi) : lo ? lo : hi;
        const char *n = "the total takes in the hidden columns beside it (each row's total is the shown "
                        "and hidden periods' sum): its period spans theirs too";
        d->note = d->note ? foi_arena_printf(&c->arena, "%s; %s", d->note, n) : n;
        return;
    }
    if (!why)
        why = over ? "too many hidden columns beside it to check"
                   : "its figures are neither the shown periods' sum nor that and the hidden columns'";
    d->span_guess = 1;
    const char *n = foi_arena_printf(&c->arena, "the total's period may take in hidden columns (%s)", why);
    d->note = d->note ? foi_arena_printf(&c->arena, "%s; %s", d->note, n) : n;
}

/* A header row that is a key and its value, the key the date of the
 * correspondence ("Date of response | 7 December 2026", "Date: | 02/12/2026"
 * in a summary table of key/value rows above the figures): the value, one
 * day, is no period of the figures below it. A label column's cell at that level,
 * short, holding the word "date" and nothing of a period's ("period",
 * "year", "month", "from", "between", "as at", a digit). */
static int date_key_row(const struct tshape *s, const struct foi_table *t, int lvl)
{
    static const char *const not[] = { "period", "year", "month", "quarter", "from", "between", "as at", "covered",
                                       "range", NULL };
    for (int col = 0; col < s->nc; col++) {
        if (s->col[col].kind != COL_LABEL)
            continue;
        const char *x = cell_text(t, lvl, col);
        size_t n = strlen(x);
        if (!n || n > 32)
            continue;
        const char *d = foi_strcasestr(x, "date");
        if (!d || (d > x && isalpha((unsigned char)d[-1])) || isalpha((unsigned char)d[4]))
            continue;
        int ok = 1;
        for (const char *p = x; *p && ok; p++)
            ok = !isdigit((unsigned char)*p);
        for (int i = 0; not[i] && ok; i++)
            ok = !foi_strcasestr(x, not[i]);
        if (ok)
            return 1;
    }
    return 0;
}

static int header_stacks(struct ectx *c, const struct foi_table *t, struct tshape *s)
{
    int h = s->h, nc = s->nc;
    if (!h) {
        for (int col = 0; col < nc; col++)
            if (s->col[col].kind == COL_COUNT)
                s->col[col].understood = s->ncount == 1;
        return 0;
    }
    struct label *hl = foi_arena_alloc(&c->arena, sizeof *hl * (size_t)nc * (size_t)h);
    int *lrole = foi_arena_alloc(&c->arena, sizeof *lrole * (size_t)h);
    if (!hl || !lrole)
        return c->rc = FOI_ENOMEM;
    for (int lvl = 0; lvl < h; lvl++) {
        int votes[NROLES] = {0};
        if (lvl < s->htop) {
            lrole[lvl] = ROLE_NONE;
            for (int col = 0; col < nc; col++) {
                memset(&hl[(size_t)lvl * nc + col], 0, sizeof *hl);
                hl[(size_t)lvl * nc + col].primary = -1;
            }
            continue;   /* a title row: caption-like text, not a header level */
        }
        for (int col = 0; col < nc; col++) {
            struct label *L = &hl[(size_t)lvl * nc + col];
            memset(L, 0, sizeof *L);
            L->primary = -1;
            if (s->col[col].kind != COL_COUNT && s->col[col].kind != COL_DENOM)
                continue;
            const char *x = head_text(s, t, lvl, col);
            const char *wj = wrap_join(s, t, lvl, col);
            if (wj)
                x = wj;   /* a wrapped heading, read whole at its lower line */
            else if (lvl + 1 < h && wrap_join(s, t, lvl + 1, col))
                x = "";   /* and its upper line is nothing of its own */
            /* a joined heading ("All employees" over a units row's
             * "count") names its column; only a cell of its own is a
             * generic count ("Number", "Outcome count") */
            if (!*x || (!wj && eng_generic_count(x))) {
                L->text = "";
                continue;
            }
            /* "Q1 (Apr-Jun)" under "2022/23": read inside the period above it */
            const struct foi_period *in = NULL;
            for (int up = lvl - 1; up >= s->htop && !in; up--) {
                const struct label *U = &hl[(size_t)up * nc + col];
                if (U->text && U->period_ok && foi_date_cmp(&U->period.start, &U->period.end))
                    in = &U->period;
            }
            eng_tclassify_in(c, s, x, in, L);
            if (L->period_ok && !foi_date_cmp(&L->period.start, &L->period.end) && date_key_row(s, t, lvl)) {
                /* "Date of response | 7 December 2026": the letter's date */
                memset(L, 0, sizeof *L);
                L->primary = -1;
                L->text = "";
                continue;
            }
            if (L->primary < 0 && !L->period_in && (eng_totalish(x) || year_of_quarters(s, t, lvl, col)))
                L->total = 1;   /* "All categories", "Overall": a total foi has no alias for */
            if (L->total || s->col[col].kind != COL_COUNT)
                continue;
            if (L->primary >= 0)
                votes[L->primary]++;
            else if (L->period_in)
                votes[PRIMARY_PERIOD]++;
        }
        int best = ROLE_NONE, bv = 0;
        for (int v = 0; v <= PRIMARY_PERIOD; v++)
            if (votes[v] > bv) {
                bv = votes[v];
                best = v;
            }
        lrole[lvl] = best;
    }
    for (int col = 0; col < nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_COUNT)
            continue;
        struct dims *d = &k->dims;
        int known_any = 0, lowest = 1;
        k->cumulative = running_total(k->head);
        for (int lvl = h - 1; lvl >= s->htop; lvl--) {
            const struct label *L = &hl[(size_t)lvl * nc + col];
            if (!d->subject && L->id[FOI_VOCAB_SUBJECT] &&
                (L->part[FOI_VOCAB_SUBJECT] ||
                 (L->primary == FOI_VOCAB_SUBJECT && eng_subject_qualified(c, L->text))))
                k->subject_part = 1;   /* set below if this level gives the subject */
            else if (!d->subject)
                k->subject_part = 0;
            if (!L->text || !*L->text) {
                /* "Number" where the columns beside it name outcomes: which
                 * outcome it counts is not said */
                if (lowest && L->text && lrole[lvl] == FOI_VOCAB_OUTCOME)
                    k->head_outcome = 1;
                continue;
            }
            int own = lowest;
            lowest = 0;
            if (!L->total) {
                struct label Q;
                if (lrole[lvl] == FOI_VOCAB_OUTCOME && L->primary == FOI_VOCAB_MEASURE &&
                    !L->exact[FOI_VOCAB_MEASURE] && !L->id[FOI_VOCAB_OUTCOME]) {
                    /* "Referred to CPS" among outcomes: an outcome, not a measure */
                    Q = *L;
                    memset(Q.id, 0, sizeof Q.id);
                    Q.primary = -1;
                    L = &Q;
                }
                if (L->primary < 0 && !L->period_in) {
                    /* an unknown label where its siblings are outcomes or
                     * categories is one foi does not know; elsewhere it
                     * only groups the columns beneath it */
                    if (own && (lrole[lvl] == FOI_VOCAB_OUTCOME || lrole[lvl] == FOI_VOCAB_CATEGORY)) {
                        struct label U = *L;
                        set_vocab(d, lrole[lvl], &U, L->text);
                        known_any = 1;
                    } else if (own && lrole[lvl] == FOI_VOCAB_MEASURE && eng_subset_label(L->text)) {
                        /* "Of which: criminal investigation" beside
                         * "Allegations": a part of the count beside it, an
                         * outcome foi does not know (as among outcomes) */
                        struct label U = *L;
                        set_vocab(d, FOI_VOCAB_OUTCOME, &U, L->text);
                        known_any = 1;
                    }
                    continue;
                }
                known_any = 1;
                if (L->primary >= 0)
                    set_vocab(d, L->primary, L, L->text);
                if (L->period_in)
                    set_vocab(d, PRIMARY_PERIOD, L, L->text);
                /* a category head naming an outcome: only the one outcome it
                 * names is its column's ("Sexual harassment - final written
                 * warning"; not "(including ... who resigned)"), and a head
                 * opening with the people it befell counts them ("Officers
                 * dismissed following an allegation of ..."), as the same
                 * labels in a category column are read (row_labels) */
                const char *cat_out = NULL;
                if (L->primary == FOI_VOCAB_CATEGORY && L->id[FOI_VOCAB_OUTCOME] &&
                    strcmp(L->id[FOI_VOCAB_OUTCOME], "total")) {
                    cat_out = eng_label_outcome(c, L->text);
                    if (cat_out && !d->measure && eng_people_before(c, L->text, cat_out))
                        d->measure = "individuals";
                }
                /* a header describes its column: every vocabulary it names
                 * ("Allegations resulting in dismissal": measure and outcome),
                 * but not an outcome it only takes in or leaves out */
                for (int v = 0; v < FOI_VOCAB_COUNT; v++) {
                    if (v == L->primary || !L->id[v] || v == FOI_VOCAB_FORCE)
                        continue;
                    if (v == FOI_VOCAB_OUTCOME && L->primary == FOI_VOCAB_CATEGORY &&
                        strcmp(L->id[FOI_VOCAB_OUTCOME], "total")) {
                        if (cat_out && !d->outcome)
                            d->outcome = cat_out;
                        continue;
                    }
                    if (!strcmp(L->id[v], "other") && !L->exact[v])
                        continue;
                    /* "Total (officers and staff)" beside "Police officers"
                     * and "Police staff": a total across the people, its
                     * subject, not the rows' Total outcome */
                    if (v == FOI_VOCAB_OUTCOME && !strcmp(L->id[v], "total") &&
                        L->primary == FOI_VOCAB_SUBJECT && lrole[lvl] == FOI_VOCAB_SUBJECT)
                        continue;
                    set_vocab(d, v, L, L->text);
                }
                continue;
            }
            known_any = 1;
            /* "Total 2024/25" after the quarters of 2024/25 and 2025/26: a
             * total whose header names its own period is that period's
             * total, never the span of the periods beside it */
            if (L->period_ok || L->period_in)
                set_vocab(d, PRIMARY_PERIOD, L, L->text);
            /* siblings: count columns at this level under the same parents */
            int votes[NROLES] = {0}, any = 0;
            struct foi_period span;
            int have_span = 0, sibs[64], nsib = 0;
            const char *first_lab = NULL, *last_lab = NULL;
            /* a Total merged down the header rows ("Total" beside "Financial
             * year" over the years): its siblings are on the lower rows it
             * spans, when its own row has none */
            for (int sl = lvl; sl < h && !any; sl++)
            for (int pass = 0; pass < 2 && !any; pass++) {
                if (sl > lvl && !(foi_table_cell(t, sl, col)->flags & FOI_CELL_SPANNED))
                    break;
                for (int o = 0; o < nc; o++) {
                    if (o == col || s->col[o].kind != COL_COUNT)
                        continue;
                    const struct label *S = &hl[(size_t)sl * nc + o];
                    if (!S->text || !*S->text || S->total)
                        continue;
                    int sp = S->primary >= 0 ? S->primary : S->period_in ? PRIMARY_PERIOD : -1;
                    if (sp < 0)
                        continue;
                    if (pass == 0) {
                        int same = 1;
                        for (int up = s->htop; up < lvl; up++)
                            if (strcmp(head_above(s, t, up, o), head_above(s, t, up, col)))
                                same = 0;
                        if (!same)
                            continue;
                    }
                    votes[sp]++;
                    any = 1;
                    if (sp == PRIMARY_PERIOD) {
                        if (nsib >= 0 && nsib < 64)
                            sibs[nsib++] = o;
                        else
                            nsib = -1;   /* too many to check against hidden columns */
                        const struct foi_period *p = S->period_ok ? &S->period : &S->inner;
                        if (!have_span) {
                            span = *p;
                            have_span = 1;
                            first_lab = S->text;
                        } else {
                            foi_period_span(&span, p, &span);
                        }
                        last_lab = S->text;
                    }
                }
            }
            int sv = -1, bv = 0;
            for (int v = 0; v <= PRIMARY_PERIOD; v++)
                if (votes[v] > bv) {
                    bv = votes[v];
                    sv = v;
                }
            const char *span_label = NULL;
            if (have_span)
                span_label = (first_lab == last_lab) ? first_lab
                    : foi_arena_printf(&c->arena, "%s to %s", first_lab, last_lab);
            header_total(d, sv, L, have_span ? &span : NULL, span_label);
            if (sv == PRIMARY_PERIOD)
                k->from_span = 1;
            if (sv == PRIMARY_PERIOD && have_span && t->nhidden)
                hidden_in_total(c, s, t, h, col, sibs, nsib, first_lab, last_lab, d);
        }
        k->understood = known_any || s->ncount == 1 || k->cumulative;
    }
    /* "Of which: criminal investigation" ("of whom", "including ...")
     * beside "Police officers" and "Police staff": a part of the counts
     * beside it that names no outcome or category of its own is no figure
     * of a subject, an outcome or a category (round 43a, blind43 North
     * Yorkshire); beside a measure ("Allegations") it is read above as an
     * outcome foi does not know */
    for (int col = 0; col < nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_COUNT || k->dims.outcome || k->dims.category || s->ncount < 2 ||
            !(eng_subset_label(k->head) || !strncasecmp(k->head, "including ", 10) ||
              !strncasecmp(k->head, "including:", 10) || !strncasecmp(k->head, "incl. ", 6)))
            continue;
        k->kind = COL_NOTE;
        k->understood = 0;
        s->ncount--;
    }
    /* "Jan", "Feb" ... (or "Q1" ...) over the counts, beside a column of
     * years ("2024", "2025"): each count is that month of its row's year.
     * Every sampled row's period must hold the heading's period (and be
     * longer than it), else the column stays not understood. */
    for (int o = 0; o < nc; o++) {
        const struct tcol *pk = &s->col[o];
        if (pk->kind != COL_LABEL || pk->role != PRIMARY_PERIOD || pk->within)
            continue;
        for (int col = 0; col < nc; col++) {
            struct tcol *k = &s->col[col];
            if (k->kind != COL_COUNT || k->understood || k->in_row || !*k->head)
                continue;
            int tried = 0, inside = 0;
            for (int r = h; r < s->nr && tried < 50; r++) {
                const char *y = cell_text(t, r, o);
                if (!*y)
                    continue;
                tried++;
                if (strictly_inside(c, s, y, k->head) > 0)
                    inside++;
            }
            if (tried && inside == tried) {
                k->in_row = o + 1;
                k->understood = 1;
            }
        }
    }
    /* "2024 (both forces)", "Both constabularies", "All three forces": a
     * column whose head counts several forces together, naming none of them
     * alone, holds no figure of one force (a joint unit's combined totals
     * beside or below each force's own) */
    for (int col = 0; col < nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind == COL_COUNT && !k->dims.force && k->head && several_forces(k->head))
            k->forces_together = 1;
    }
    /* a part of the officers or staff ("Special constables", "PCSOs") in a
     * column beside one naming the officers or staff themselves, the rest
     * of the header alike: a subgroup the dataset has no subject for */
    for (int col = 0; col < nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_COUNT || !k->subject_part || !k->dims.subject)
            k->subject_part = 0;
    }
    for (int col = 0; col < nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_COUNT || !k->subject_part)
            continue;
        for (int o = 0; o < nc && !k->part_beside; o++) {
            const struct tcol *w = &s->col[o];
            if (o == col || w->kind != COL_COUNT || w->subject_part || !w->dims.subject ||
                strcmp(w->dims.subject, k->dims.subject))
                continue;
            int same = !w->dims.category == !k->dims.category && !w->dims.outcome == !k->dims.outcome &&
                       (!w->dims.category || !strcmp(w->dims.category, k->dims.category)) &&
                       (!w->dims.outcome || !strcmp(w->dims.outcome, k->dims.outcome)) &&
                       w->dims.has_period == k->dims.has_period &&
                       (!w->dims.has_period || (!foi_date_cmp(&w->dims.period.start, &k->dims.period.start) &&
                                                !foi_date_cmp(&w->dims.period.end, &k->dims.period.end)));
            k->part_beside = same;
        }
    }
    /* "Misconduct hearings | Misconduct meetings | Total": several count
     * columns naming the same measure and nothing else that tells them
     * apart, beside a Total column: parts of that total the dataset has no
     * dimension for (each would claim the Total's identity); the Total is
     * the figure */
    for (int col = 0; col < nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_COUNT || !k->dims.measure || k->dims.outcome || k->dims.category ||
            k->dims.subject || k->dims.has_period || k->cumulative)
            continue;
        int twin = 0, total = 0;
        for (int o = 0; o < nc; o++) {
            const struct tcol *w = &s->col[o];
            if (o == col || w->kind != COL_COUNT)
                continue;
            if (w->dims.measure && !w->dims.outcome && !w->dims.category && !w->dims.subject &&
                !w->dims.has_period && !strcmp(vocab_id(c, FOI_VOCAB_MEASURE, w->dims.measure),
                                               vocab_id(c, FOI_VOCAB_MEASURE, k->dims.measure)))
                twin = 1;
            const char *wo = w->dims.outcome ? w->dims.outcome : w->head;
            if (wo && *wo && !strcmp(vocab_id(c, FOI_VOCAB_OUTCOME, wo), "total") &&
                !w->dims.category && !w->dims.subject && !w->dims.has_period)
                total = 1;
        }
        k->measure_part = twin && total;
    }
    /* "As published (FOI 1187-25)" beside "Revised" under one heading: the
     * figures the force has since corrected are superseded by the revised
     * ones; the revised column is the figure (its own header names nothing
     * else, so it is understood by the heading above it) */
    for (int col = 0; col < nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_COUNT || !superseded_head(cell_text(t, h - 1, col)))
            continue;
        for (int o = 0; o < nc && !k->superseded; o++) {
            const struct tcol *w = &s->col[o];
            if (o == col || w->kind != COL_COUNT || !revised_head(cell_text(t, h - 1, o)))
                continue;
            /* the same heading above both (or none) */
            int same = 1;
            for (int lvl = s->htop; lvl < h - 1 && same; lvl++)
                same = !strcmp(cell_text(t, lvl, col), cell_text(t, lvl, o));
            k->superseded = same;
        }
    }
    /* one count column whose header says nothing ("Number") beside columns
     * whose headers do (a total column) is the table's count */
    int anon = 0, last = -1;
    for (int col = 0; col < nc; col++)
        if (s->col[col].kind == COL_COUNT && !s->col[col].understood) {
            anon++;
            last = col;
        }
    if (anon == 1 && eng_generic_count(s->col[last].head))
        s->col[last].understood = 1;

    /* two count columns with the same heading ("2019/20" twice): which is
     * which cannot be told, so neither is read, nor a Total spanning them */
    for (int a = 0; a < nc; a++) {
        if (s->col[a].kind != COL_COUNT)
            continue;
        for (int b = a + 1; b < nc; b++) {
            if (s->col[b].kind != COL_COUNT)
                continue;
            int same = 1, blank = 1;
            for (int lvl = s->htop; lvl < h && same; lvl++) {
                const char *x = cell_text(t, lvl, a), *y = cell_text(t, lvl, b);
                same = !strcmp(x, y);
                if (*x)
                    blank = 0;
            }
            if (same && !blank) {
                if (!s->col[a].dup && c->out->issue) {
                    char msg[200];
                    snprintf(msg, sizeof msg, "columns %d and %d have the same heading '%.60s'; their figures are left out",
                             a + 1, b + 1, cell_text(t, h - 1, a));
                    c->out->issue(c->out, FOI_SEV_WARNING, "table_not_understood",
                                  foi_cell_locator_in(&c->arena, c->doc, t, h - 1, a), msg);
                }
                s->col[a].dup = s->col[b].dup = 1;
                s->any_dup = 1;
            }
        }
    }
    return c->rc;
}

/* 5. a header the document defines in a line of its own ("indicator number
 * = number of allegations of ... between 1 April 2022 and 31 March 2023",
 * "sample size = police officer headcount"): the definition says what the
 * column counts, or that it is a denominator */
static void definitions(struct ectx *c, const struct foi_table *t, struct tshape *s)
{
    const struct foi_doc *doc = c->doc;
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if ((k->kind != COL_COUNT && k->kind != COL_DENOM) || !*k->head)
            continue;
        size_t hn = strlen(k->head);
        if (hn < 2 || hn > 80)
            continue;
        int h0 = tolower((unsigned char)k->head[0]);
        for (int i = 0; i < doc->nlines; i++) {
            /* "Abuse of position for a sexual purpose \xe2\x80\x93 police staff" as a
             * heading names a section of the letter, not what a column counts */
            if (doc->lines[i].flags & (FOI_LINE_HEADING | FOI_LINE_TITLE))
                continue;
            const char *x = doc->lines[i].text;
            while (*x == ' ' || *x == '"' || *x == '\'')
                x++;
            if (tolower((unsigned char)*x) != h0 || strncasecmp(x, k->head, hn))
                continue;
            const char *rest = x + hn;
            while (*rest == ' ' || *rest == '"' || *rest == '\'')
                rest++;
            int dash = 0;
            if (*rest == '=' || *rest == ':')
                rest++;
            else if (!strncmp(rest, "\xe2\x80\x93", 3))
                rest += 3, dash = 1;
            else if (!strncasecmp(rest, "means ", 6))
                rest += 6;
            else
                continue;
            if (eng_denominator_words(rest)) {
                if (k->kind == COL_COUNT)
                    s->ncount--;
                k->kind = COL_DENOM;
                break;
            }
            if (k->kind != COL_COUNT)
                break;
            /* the definition ends with its sentence: "APSP = abuse of position
             * for a sexual purpose. Outcomes for police staff are held by
             * ..." does not make the column's people staff */
            const char *end = rest;
            while (*end && !(end[0] == ';' || ((end[0] == '.' || end[0] == '!' || end[0] == '?') &&
                                               (end[1] == ' ' || !end[1]))))
                end++;
            if (*end) {
                const char *cut = foi_arena_strndup(&c->arena, rest, (size_t)(end - rest));
                if (cut)
                    rest = cut;
            }
            struct textdims td;
            eng_textdims(c, rest, &td);
            /* a dash defines a column when what follows says what is
             * counted ("\xe2\x80\x93 number of allegations of ..."); one naming only
             * people is a title over a part of the letter */
            if (dash && !td.measure)
                continue;
            struct dims before = k->dims;
            dims_fill_text(&k->dims, &td);
            if (memcmp(&before, &k->dims, sizeof before)) {
                k->defined = 1;
                k->understood = 1;
            }
            break;
        }
        (void)t;
    }
}

/* 6. a measure or subject a Total label names ("Total allegations",
 * "Officers investigated") is the whole table's (corpus README) */
static void table_measure(struct ectx *c, const struct foi_table *t, struct tshape *s)
{
    const char *m = NULL, *sub = NULL;
    int clash = 0, sclash = 0;
    int step = sample_step(s->h, s->nr);
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        int from_rows = k->kind == COL_LABEL && (k->role == FOI_VOCAB_OUTCOME || k->role == ROLE_NONE ||
                                                 k->role == FOI_VOCAB_CATEGORY);
        if (k->kind != COL_COUNT && !from_rows)
            continue;
        int r0 = k->kind == COL_COUNT ? 0 : s->h, r1 = k->kind == COL_COUNT ? s->h : s->nr;
        for (int r = r0; r < r1; r += k->kind == COL_COUNT ? 1 : step) {
            const char *x = cell_text(t, r, col);
            if (!*x)
                continue;
            struct label L;
            eng_classify(c, x, &L);
            /* "Officers investigated" among the outcomes is a total naming
             * the measure (as row_labels reads it: the whole label);
             * "Referred for investigation" is an outcome */
            int totalish = L.total || (from_rows && k->role == FOI_VOCAB_OUTCOME &&
                                       L.primary == FOI_VOCAB_MEASURE && L.exact[FOI_VOCAB_MEASURE] &&
                                       !L.id[FOI_VOCAB_OUTCOME]);
            if (!totalish)
                continue;
            const char *mm = L.id[FOI_VOCAB_MEASURE];
            if (mm) {
                if (m && strcmp(m, mm))
                    clash = 1;
                m = mm;
            }
            const char *ss = L.id[FOI_VOCAB_SUBJECT];
            if (ss) {
                if (sub && strcmp(sub, ss))
                    sclash = 1;
                sub = ss;
            }
        }
    }
    /* a pivot table's value field, "Sum of Allegations" or "Count of Case
     * ID" in a header cell (its corner above the row labels): what every
     * value counts */
    if (!m && !clash) {
        for (int r = 0; r < s->h; r++)
            for (int col = 0; col < s->nc; col++) {
                const char *x = cell_text(t, r, col), *rest = NULL;
                if (!strncasecmp(x, "sum of ", 7))
                    rest = x + 7;
                else if (!strncasecmp(x, "count of ", 9))
                    rest = x + 9;
                if (!rest)
                    continue;
                struct textdims td;
                eng_textdims(c, rest, &td);
                if (!td.measure) {
                    /* "Count of Allegation Ref", "Count of Case ID": the
                     * records of that noun, one per reference */
                    static const char *const ids[] = { " ref", " reference", " ref no", " id", " number",
                                                       " no", " no.", NULL };
                    size_t rl = strlen(rest);
                    for (int k = 0; ids[k] && !td.measure; k++) {
                        size_t il = strlen(ids[k]);
                        if (rl <= il || rl - il > 60 || strcasecmp(rest + rl - il, ids[k]))
                            continue;
                        const char *noun = foi_arena_strndup(&c->arena, rest, rl - il);
                        struct label L;
                        if (noun && (eng_classify(c, noun, &L), L.id[FOI_VOCAB_MEASURE]) &&
                            L.exact[FOI_VOCAB_MEASURE])
                            td.measure = L.id[FOI_VOCAB_MEASURE];
                    }
                }
                if (td.measure) {
                    if (m && strcmp(m, td.measure))
                        clash = 1;
                    m = td.measure;
                }
            }
    }
    s->tmeasure = clash ? NULL : m;
    s->tsubject = sclash ? NULL : sub;
}

/* 6b. what the category column's header says the rows are ("Allegation
 * type", "Type of complaint", "allegation_type"): each row a kind of
 * allegation, the counts are allegations. The header's role words go; the
 * noun left must be a measure on its own. */
static void label_measure(struct ectx *c, struct tshape *s)
{
    if (s->cat_col < 0)
        return;
    const char *m = eng_role_measure(c, s->col[s->cat_col].head);
    if (m)
        s->lmeasure = m;
}

/* The measure a header of kinds names ("Allegation type": allegations),
 * its role words gone, or NULL (label_measure; a group heading's "Allegation
 * type: Sexual assault", round 32 part A). */
const char *eng_role_measure(struct ectx *c, const char *head)
{
    static const char *const role_words[] = { "type", "types", "category", "categories", "nature", "kind", "class",
                                              "classification", NULL };
    char f[96];
    if (!head || foi_fold(head, f, sizeof f) >= sizeof f || !*f)
        return NULL;
    char *w[8];
    int n = 0;
    for (char *p = strtok(f, " "); p && n < 8; p = strtok(NULL, " "))
        w[n++] = p;
    int a = 0, b = n;
    for (int changed = 1; changed && b > a;) {
        changed = 0;
        for (int i = 0; role_words[i]; i++) {
            if (b > a && !strcmp(w[b - 1], role_words[i])) {
                b--;
                changed = 1;
            } else if (b - a > 2 && !strcmp(w[a], role_words[i]) && !strcmp(w[a + 1], "of")) {
                a += 2;
                changed = 1;
            }
        }
    }
    if (b - a != 1 || (b == n && a == 0))
        return NULL;   /* one noun, and a role word was there to go */
    struct label L;
    eng_classify(c, w[a], &L);
    if (L.id[FOI_VOCAB_MEASURE] && L.primary == FOI_VOCAB_MEASURE)
        return L.id[FOI_VOCAB_MEASURE];
    return NULL;
}

/* 6c. "Number of cases" over the first label column (the table's corner):
 * the unit of every count in the table, said once. Only a "number of" /
 * "no. of" / "count of" head whose noun is a measure on its own. */
static void corner_measure(struct ectx *c, struct tshape *s)
{
    static const char *const leads[] = { "number of ", "no. of ", "no of ", "count of ", "total number of ", NULL };
    for (int col = 0; col < s->nc; col++) {
        const struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL)
            continue;
        const char *h = k->head;
        if (!h || !*h)
            return;
        for (int i = 0; leads[i]; i++) {
            size_t n = strlen(leads[i]);
            if (strncasecmp(h, leads[i], n) || !h[n])
                continue;
            struct label L;
            eng_classify(c, h + n, &L);
            if (L.id[FOI_VOCAB_MEASURE] && L.primary == FOI_VOCAB_MEASURE && L.exact[FOI_VOCAB_MEASURE] &&
                !L.id[FOI_VOCAB_CATEGORY] && !L.id[FOI_VOCAB_OUTCOME])
                s->hmeasure = L.id[FOI_VOCAB_MEASURE];
            return;
        }
        return;   /* the first label column only */
    }
}

/* 7. the span of a period column's periods, for its Total row */
static void period_spans(struct ectx *c, const struct foi_table *t, struct tshape *s)
{
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_LABEL || k->role != PRIMARY_PERIOD)
            continue;
        const char *fl = NULL, *ll = NULL;
        int nfy = 0, nother = 0;
        for (int r = s->h; r < s->nr; r++) {
            const char *x = cell_text(t, r, col);
            if (!*x)
                continue;
            struct label P;
            eng_tclassify(c, s, x, &P);
            if (!P.period_ok)
                continue;
            const struct foi_period *q = &P.period;
            if (q->kind == FOI_PER_FY || (q->start.m == 4 && q->start.d == 1 && q->end.y == q->start.y + 1 &&
                                          q->end.m == 3 && q->end.d == 31))
                nfy++;   /* "2021/22", "April 2021 - March 2022" */
            else
                nother++;
            if (!k->has_span) {
                k->span = P.period;
                k->has_span = 1;
                fl = x;
            } else {
                foi_period_span(&k->span, &P.period, &k->span);
            }
            ll = x;
        }
        if (k->has_span)
            k->span_label = fl == ll ? fl : foi_arena_printf(&c->arena, "%s to %s", fl, ll);
        k->fy_col = !nother && (nfy >= 2 || (k->head && (foi_strcasestr(k->head, "financial") ||
                                                        foi_strcasestr(k->head, "fiscal"))));
    }
}

/* A header row that is a sentence: its first cell, in the first column, a
 * run of words (not a label of one to three words), at most three cells
 * filled. */
static int title_row(const struct foi_table *t, const struct tshape *s, int r)
{
    int filled = 0;
    const char *first = NULL;
    for (int col = 0; col < s->nc; col++) {
        const char *x = cell_text(t, r, col);
        if (!*x)
            continue;
        if (!first)
            first = x;
        filled++;
    }
    if (!first || first != cell_text(t, r, 0) || filled > 3)
        return 0;   /* a title starts at the left */
    int words = 1;
    for (const char *p = first; *p; p++)
        words += *p == ' ';
    return strlen(first) >= 25 && words >= 4;
}

/* Every non-empty cell of row r has the same text (a group heading). */
static int one_text_row(const struct foi_table *t, int r)
{
    const char *first = NULL;
    for (int col = 0; col < t->ncols; col++) {
        const char *x = cell_text(t, r, col);
        if (!*x)
            continue;
        if (!first)
            first = x;
        else if (strcmp(first, x))
            return 0;
    }
    return first != NULL;
}

int eng_tshape(struct ectx *c, const struct foi_table *t, const struct foi_period *tperiod,
               struct tshape *s)
{
    memset(s, 0, sizeof *s);
    s->c = c;
    if (tperiod && tperiod->resolved) {
        s->tperiod = *tperiod;
        s->has_tperiod = 1;
    }
    s->nr = t->nrows;
    s->nc = t->ncols;
    s->nil = eng_nil_marks(c);
    s->force_col = s->cat_col = s->from_col = s->to_col = -1;
    if (s->nr < 1 || s->nc < 1)
        return 0;
    s->col = foi_arena_alloc(&c->arena, sizeof *s->col * (size_t)s->nc);
    if (!s->col)
        return c->rc = FOI_ENOMEM;
    memset(s->col, 0, sizeof *s->col * (size_t)s->nc);
    s->t = t;
    s->ck = foi_arena_alloc(&c->arena, (size_t)s->nr * (size_t)s->nc);   /* NULL: no per-cell kinds */
    if (s->ck)
        memset(s->ck, 0, (size_t)s->nr * (size_t)s->nc);

    /* header rows: the reader's, or a first row with no counts */
    int h = t->header_rows;
    if (h == 0 && s->nr > 1) {
        int counts = 0, labels = 0;
        for (int col = 0; col < s->nc; col++) {
            int y;
            int kind = cell_kind(c, cell_text(t, 0, col), &y);
            if (kind == CK_COUNT && !y)
                counts++;
            else if (kind != CK_EMPTY)
                labels++;
        }
        if (!counts && labels)
            h = 1;
    }
    if (h >= s->nr)
        h = s->nr;
    /* a last header row that says one thing across the whole table ("Police
     * officers" over every column) is the first group row of the body */
    while (h > 1 && one_text_row(t, h - 1))
        h--;
    s->h = h;
    col_kinds(t, s);
    /* more header rows below the reader's (a second header line in a CSV) */
    for (int more = 0; more < 3 && s->h < s->nr - 1 && s->h > 0; more++) {
        if (!header_like_row(t, s, s->h))
            break;
        s->h++;
        col_kinds(t, s);
    }
    if (s->h >= s->nr)
        return 0;
    /* leading header rows that are a title split into cells ("Allegations
     * against police officers, 2022/23" read as two CSV fields): their text
     * is the table's title, like a caption, not a header level */
    while (s->htop < s->h - 1 && title_row(t, s, s->htop))
        s->htop++;
    if (s->htop) {
        struct foi_buf b;
        foi_buf_init(&b, 1 << 16);
        for (int r = 0; r < s->htop; r++)
            for (int col = 0; col < s->nc; col++) {
                const char *x = cell_text(t, r, col);
                if (!*x || (col > 0 && !strcmp(x, cell_text(t, r, col - 1))))
                    continue;
                if (b.len)
                    foi_buf_adds(&b, ", ");
                foi_buf_adds(&b, x);
            }
        s->title = b.data ? foi_arena_strdup(&c->arena, b.data) : NULL;
        foi_buf_release(&b);
    }
    label_roles(c, t, s);
    outcome_groups(c, t, s);
    header_stacks(c, t, s);
    if (c->rc)
        return c->rc;
    definitions(c, t, s);
    for (int col = 0; col < s->nc; col++)
        if (s->col[col].kind == COL_COUNT && s->ncount == 1 && !s->col[col].understood)
            s->col[col].understood = 1;
    label_share(c, t, s);
    /* the count columns' own headers count towards the share too */
    for (int col = 0; col < s->nc; col++) {
        struct tcol *k = &s->col[col];
        if (k->kind != COL_COUNT || !*k->head || eng_generic_count(k->head))
            continue;
        struct label L;
        eng_classify(c, k->head, &L);
        int known = L.total || L.primary >= 0 || L.period_in || L.period_ok || k->defined ||
                    (k->understood && s->ncount > 1);
        tally(s, k, k->head, known);
    }
    table_measure(c, t, s);
    label_measure(c, s);
    corner_measure(c, s);
    period_spans(c, t, s);
    return c->rc;
}
