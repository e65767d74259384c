/* engine_lex.c: the document's own vocabulary. Labels a line of the document
 * defines ("WW = written warning", "'Advice and Guidance' includes ...
 * reflective practice"), marks it explains ("c = fewer than five", "[z] = not
 * applicable", "replaced with '<5' ... section 38(1)(b)"), and short forms of
 * category names it spells out in full elsewhere ("Abuse of position" beside
 * "abuse of position for a sexual purpose"). Read once per document. */
#include "engine_ctx.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define LEX_MAX_DEFS 256
#define LEX_MAX_NAMES 512
#define LEX_MAX_LINES 4000
#define LEX_MAX_CELLS 20000
#define LEX_LABEL_MAX 64

struct lexdef {
    const char *label;     /* folded */
    const char *raw;       /* the label as written (quotes and markers trimmed) */
    const char *def;       /* what the document says it is, as written */
    const char *para;      /* the paragraph it is in (for the exemption it cites) */
    int from_context;      /* a covering letter's paragraph (doc->context->marks) */
    int keyed;             /* a row of a key table ("Term | Meaning", a "Glossary") */
};

struct lexname {
    const char *folded;    /* a category name as the document writes it, folded */
    const char *id;
};

/* "Sexual offences (sexual assault and sexual harassment)": a row label
 * naming what its head counts, several categories together */
struct lexcomb {
    const char *head;      /* "sexual offences", folded */
    const char *full;      /* the label as written */
};

struct doclex {
    struct lexdef *d;
    int nd;
    struct lexname *n;
    int nn;
    struct lexcomb *cb;
    int ncb;
    struct eng_mark *m;
    int nm;
};

/* ------------------------------------------------------------ helpers */
static int is_space(int ch)
{
    return ch == ' ' || ch == '\t';
}

/* Length of a quote character at p (ASCII or a curly quote), 0 none. */
static size_t quote_at(const char *p)
{
    if (*p == '\'' || *p == '"')
        return 1;
    if (!strncmp(p, "\xe2\x80\x98", 3) || !strncmp(p, "\xe2\x80\x99", 3) || !strncmp(p, "\xe2\x80\x9c", 3) ||
        !strncmp(p, "\xe2\x80\x9d", 3))
        return 3;
    return 0;
}

/* A quote character ending just before e (s the start), 0 none. */
static size_t quote_before(const char *s, const char *e)
{
    if (e > s && (e[-1] == '\'' || e[-1] == '"'))
        return 1;
    if (e - s >= 3 && (!strncmp(e - 3, "\xe2\x80\x99", 3) || !strncmp(e - 3, "\xe2\x80\x9d", 3)))
        return 3;
    return 0;
}

/* The label text[a..b) trimmed of spaces, quotes and superscript markers. */
static const char *trim_label(struct foi_arena *ar, const char *a, const char *b)
{
    for (;;) {
        while (a < b && is_space(*a))
            a++;
        while (b > a && is_space(b[-1]))
            b--;
        size_t q;
        if (a < b && (q = quote_at(a)) && (size_t)(b - a) > q) {
            a += q;
            continue;
        }
        if (b > a && (q = quote_before(a, b)) && (size_t)(b - a) > q) {
            b -= q;
            continue;
        }
        /* superscript digits (U+00B9, U+00B2, U+00B3, U+2070..U+2079) */
        if (b - a >= 2 && (unsigned char)b[-2] == 0xc2 &&
            ((unsigned char)b[-1] == 0xb9 || (unsigned char)b[-1] == 0xb2 || (unsigned char)b[-1] == 0xb3)) {
            b -= 2;
            continue;
        }
        if (b - a >= 3 && (unsigned char)b[-3] == 0xe2 && (unsigned char)b[-2] == 0x81 &&
            ((unsigned char)b[-1] >= 0xb0 && (unsigned char)b[-1] <= 0xb9)) {
            b -= 3;
            continue;
        }
        break;
    }
    if (b <= a || b - a > LEX_LABEL_MAX)
        return NULL;
    return foi_arena_strndup(ar, a, (size_t)(b - a));
}

static const char *fold_dup(struct foi_arena *ar, const char *s)
{
    char f[LEX_LABEL_MAX * 2 + 8];
    size_t n = foi_fold(s, f, sizeof f);
    if (n >= sizeof f)
        return NULL;
    return foi_arena_strdup(ar, f);
}

/* The end of the sentence or clause that starts at p: ". ", ";", or the end. */
static const char *clause_end(const char *p)
{
    for (const char *q = p; *q; q++) {
        if (*q == ';')
            return q;
        if (*q == '.' && (!q[1] || is_space(q[1])) && !(q > p && isdigit((unsigned char)q[-1]) && isdigit((unsigned char)q[1])))
            return q;
    }
    return p + strlen(p);
}

/* The start of the clause that ends at e: after ". ", "; ", ": ", "? ", "! "
 * or the paragraph's start. */
static const char *clause_start(const char *s, const char *e)
{
    const char *p = e;
    while (p > s) {
        if (is_space(p[-1]) && p - 1 > s && strchr(".;:?!", p[-2]))
            return p;
        p--;
    }
    return s;
}

/* ---------------------------------------------------------- definitions */
struct builder {
    struct ectx *c;
    struct doclex *x;
    int from_context;      /* scanning the covering letter's paragraphs */
    int keyed;             /* reading a key table's rows */
};

static void add_def(struct builder *b, const char *raw, const char *def, const char *para)
{
    struct doclex *x = b->x;
    if (!raw || !*raw || x->nd >= LEX_MAX_DEFS)
        return;
    int words = 1;
    for (const char *p = raw; *p; p++)
        words += *p == ' ';
    if (words > 7)
        return;
    const char *f = fold_dup(&b->c->arena, raw);
    if (!f)
        return;
    if (!*f)
        f = raw;   /* a mark of punctuation alone ("~", "*") folds to nothing */
    x->d[x->nd].label = f;
    x->d[x->nd].raw = raw;
    x->d[x->nd].def = def;
    x->d[x->nd].para = para;
    x->d[x->nd].from_context = b->from_context;
    x->d[x->nd].keyed = b->keyed;
    x->nd++;
}

/* A key line's term (its first n bytes) and its definition d (without the
 * stops after it) defined, the line itself the paragraph it came from.
 * -1 (c->rc set) when out of memory. */
static int add_line_def(struct ectx *c, struct builder *b, const char *t, size_t n, const char *d)
{
    size_t dl = strlen(d);
    while (dl && (is_space(d[dl - 1]) || d[dl - 1] == '.' || d[dl - 1] == ';'))
        dl--;
    const char *raw = foi_arena_strndup(&c->arena, t, n);
    const char *def = foi_arena_strndup(&c->arena, d, dl);
    const char *para = foi_arena_strdup(&c->arena, t);
    if (!raw || !def || !para) {
        c->rc = FOI_ENOMEM;
        return -1;
    }
    add_def(b, raw, def, para);
    return 0;
}


/* Verbs that define the label before them. */
static const char *const def_verbs[] = {
    " = ", " means ", " denotes ", " indicates ", " represents ", " stands for ", " refers to ", " marks ",
    " shows ", " signifies ",
    " includes ", " include ", " is used for ", " is used to show ", " is ", " are ", NULL
};

/* Phrases that say which mark stands for the clause around them. */
static const char *const mark_cues[] = {
    "replaced with ", "replaced by ", "shown as ", "marked with ", "marked as ", "marked ", "the symbol ",
    "represented by ", "appears as ", NULL
};

static int mark_like(const char *raw);

/* "[c]: a figure below five, withheld ...", "*: fewer than five": a line of a
 * key of symbols, the mark then its meaning (a workbook's notes sheet) */
static void scan_key_line(struct builder *b, const char *line)
{
    struct ectx *c = b->c;
    while (is_space(*line))
        line++;
    /* "Symbols:  -   nil", "          ..  not available (...)": a key laid
     * out in columns, the mark then two spaces or more (or a tab) then its
     * meaning, after a "Symbols:" / "Key:" / "Legend:" lead-in or under it */
    static const char *const leads[] = { "symbols:", "symbol:", "key:", "legend:", "notation:", NULL };
    const char *l0 = line;
    for (int k = 0; leads[k]; k++)
        if (!strncasecmp(line, leads[k], strlen(leads[k]))) {
            l0 = line + strlen(leads[k]);
            while (is_space(*l0))
                l0++;
            break;
        }
    {
        const char *e = l0;
        while (*e && !is_space(*e))
            e++;
        const char *d = e;
        while (is_space(*d))
            d++;
        if (e > l0 && e - l0 <= 4 && (d - e >= 2 || *e == '\t') && *d && isalpha((unsigned char)*d)) {
            const char *raw = foi_arena_strndup(&c->arena, l0, (size_t)(e - l0));
            if (raw && mark_like(raw) && !isalnum((unsigned char)raw[0])) {
                const char *def = foi_arena_strdup(&c->arena, d);
                const char *para = foi_arena_strdup(&c->arena, line);
                if (def && para)
                    add_def(b, raw, def, para);
                return;
            }
        }
    }
    const char *colon = strstr(line, ": ");
    size_t seplen = 2;
    int dash = 0;
    if (!colon || colon == line || colon - line > 16) {
        /* "Suppressed - a count of between one and four, withheld under
         * section 40(2)": a word of the key, a dash, its meaning (only a
         * word: "1 - 4" is a range, no mark) */
        const char *hy = strstr(line, " - "), *en = strstr(line, " \xe2\x80\x93 ");
        colon = hy && (!en || hy < en) ? hy : en;
        seplen = colon == hy ? 3 : 5;
        if (!colon || colon == line || colon - line > 24)
            return;
        dash = 1;
    }
    const char *raw = trim_label(&c->arena, line, colon);
    /* "Withheld: withheld under section 31(1) because ...": a word the cells
     * show for a figure kept back, defined with the section it cites */
    struct foi_value wv;
    char wex[32];
    int word = raw && strlen(raw) <= 12 && foi_value_parse(raw, &wv) == 0 &&
               (wv.status == FOI_VS_SUPPRESSED || wv.status == FOI_VS_REFUSED) && !wv.has_value &&
               foi_value_find_exemption(colon + seplen, wex, sizeof wex) == 0;
    if (!raw || (!word && (dash || !mark_like(raw) || colon - line > 8 + 8 * (raw[0] == '['))))
        return;
    const char *d = colon + seplen;
    while (is_space(*d))
        d++;
    const char *def = foi_arena_strndup(&c->arena, d, strlen(d));
    const char *para = foi_arena_strdup(&c->arena, line);
    if (def && para)
        add_def(b, raw, def, para);
}

/* A table that is a key of the document's words: two columns, a term and
 * what it means, under a heading that says so ("Glossary", "Key",
 * "Abbreviations", "Definitions", "Lookup") or with a first row that does
 * ("Term | Meaning", "Code | Description", "Abbreviation | Definition"),
 * wherever it sits in the document (round 46a, blind46 Lincolnshire: a
 * glossary after the tables settles their short system words). Each row
 * below is a definition of its term. */
static int key_word(const char *t, const char *const *words)
{
    char f[64];
    size_t n = foi_fold(t, f, sizeof f);
    if (!n || n >= sizeof f)
        return 0;
    for (int i = 0; words[i]; i++)
        if (!strcmp(f, words[i]))
            return 1;
    return 0;
}

static void scan_key_tables(struct builder *b, const struct foi_doc *doc)
{
    static const char *const heads[] = { "glossary", "key", "legend", "abbreviations", "definitions",
                                         "glossary of terms", "key to terms", "key to abbreviations",
                                         "terms used", "lookup", "look up", "codes", "outcome codes",
                                         "abbreviations used", "definitions of terms", NULL };
    static const char *const left[] = { "term", "terms", "code", "abbreviation", "abbreviations", "word",
                                        "label", "key", "short form", "system term", "outcome code",
                                        "category code", "term used", NULL };
    static const char *const right[] = { "meaning", "means", "description", "definition", "explanation",
                                         "what it means", "full name", "full description", "meaning of term",
                                         NULL };
    struct ectx *c = b->c;
    for (int t = 0; t < doc->ntables && !c->rc; t++) {
        const struct foi_table *tb = &doc->tables[t];
        if (tb->ncols != 2 || tb->nrows < 2)
            continue;
        int r0 = 0;
        const char *a = foi_table_cell(tb, 0, 0)->text, *d = foi_table_cell(tb, 0, 1)->text;
        if (key_word(a, left) && key_word(d, right))
            r0 = 1;
        else if (!((tb->heading && key_word(tb->heading, heads)) || (tb->caption && key_word(tb->caption, heads)) ||
                   (tb->sheet && key_word(tb->sheet, heads))))
            continue;
        b->keyed = 1;
        for (int r = r0; r < tb->nrows; r++) {
            const struct foi_cell *k = foi_table_cell(tb, r, 0), *m = foi_table_cell(tb, r, 1);
            if (!*k->text || !*m->text || (k->flags & FOI_CELL_SPANNED) || !isalpha((unsigned char)m->text[0]))
                continue;
            const char *raw = trim_label(&c->arena, k->text, k->text + strlen(k->text));
            if (raw)
                add_def(b, raw, m->text, m->text);
        }
        b->keyed = 0;
    }
}

/* The abbreviation an item of a key opens with ("SA", "APSP", "FWW"): two
 * to six capitals or digits, two capitals at least, then a space, " - ",
 * an en dash or ": " before the words it stands for; or a word clipped
 * short, a capital and one to four small letters that the first word of
 * its meaning begins with ("Dis dismissed", "Mgt" is no such clip) (round
 * 47a, blind47 City of London); the length of the abbreviation and *def
 * where its words start, 0 when none. */
static size_t key_abbrev(const char *p, const char **def)
{
    size_t n = 0;
    int caps = 0, clip = 0;
    while ((p[n] >= 'A' && p[n] <= 'Z') || (p[n] >= '0' && p[n] <= '9')) {
        caps += p[n] >= 'A' && p[n] <= 'Z';
        n++;
    }
    if (n == 1 && caps == 1) {
        while (p[n] >= 'a' && p[n] <= 'z' && n < 6)
            n++;
        if (n < 3 || n > 5 || (p[n] >= 'a' && p[n] <= 'z'))
            return 0;
        clip = 1;
    } else if (n < 2 || n > 6 || caps < 2)
        return 0;
    const char *d = p + n;
    if (!strncmp(d, " - ", 3))
        d += 3;
    else if (!strncmp(d, " \xe2\x80\x93 ", 5))
        d += 5;
    else if (!strncmp(d, ": ", 2))
        d += 2;
    else if (*d == ' ')
        d++;
    else
        return 0;
    if (!(*d >= 'a' && *d <= 'z') && !(*d >= 'A' && *d <= 'Z'))
        return 0;
    if (clip) {
        /* the clip is the start of a longer word of its meaning */
        if (strncasecmp(p, d, n) || !((d[n] >= 'a' && d[n] <= 'z') || (d[n] >= 'A' && d[n] <= 'Z')))
            return 0;
    }
    *def = d;
    return n;
}

/* "SA sexual assault; SM sexual misconduct; APSP abuse of position for a
 * sexual purpose.": a key of abbreviations, each item an abbreviation then
 * the words it stands for, the items parted by semicolons (two items at
 * least, every item of the paragraph such an item but the words of one the
 * line before began, and an abbreviation alone at its end whose words go
 * on below) */
static void scan_key_list(struct builder *b, const char *para)
{
    struct ectx *c = b->c;
    const char *raw[16], *def[16];
    int n = 0, skipped = 0;
    /* "4. WHBD: would have been dismissed; ...": the number of a numbered
     * paragraph before the key ("4. ", "4) ", "(4) ", "4.1 ") */
    {
        const char *q = para;
        if (*q == '(')
            q++;
        const char *d0 = q;
        while ((*q >= '0' && *q <= '9') || (*q == '.' && q > d0 && q[1] >= '0' && q[1] <= '9'))
            q++;
        if (q > d0 && q - d0 <= 5 && (*q == '.' || *q == ')') && q[1] == ' ')
            para = q + 2;
        else if (q > d0 && q - d0 <= 5 && *d0 != '(' && *q == ' ' && strchr(d0, '.') && strchr(d0, '.') < q)
            para = q + 1;
        while (is_space(*para))
            para++;
    }
    /* "Key: ", "Abbreviations: ": a lead word before the key */
    const char *colon = strstr(para, ": ");
    if (colon && colon - para <= 20) {
        int words = 1;
        for (const char *p = para; p < colon; p++)
            words += *p == ' ';
        const char *d;
        if (words <= 2 && !key_abbrev(para, &d))
            para = colon + 2;
    }
    /* "WHBD: would have been dismissed. FWW: final written warning. ...":
     * with no semicolon, items parted by full stops, each an abbreviation
     * and ": " (a mark's item, "â: not applicable", passed over) (round
     * 44a, blind44 Dyfed-Powys) */
    int stops = !strchr(para, ';') && strstr(para, ": ");
    for (const char *p = para; *p && n < 16;) {
        while (is_space(*p))
            p++;
        const char *e = NULL;
        if (stops) {
            for (const char *q = p; *q && !e; q++)
                if (*q == '.' && (!q[1] || is_space(q[1])))
                    e = q;
        } else {
            e = strchr(p, ';');
        }
        if (!e)
            e = p + strlen(p);
        const char *d = NULL;
        size_t al = key_abbrev(p, &d);
        if (stops && al && strncmp(p + al, ": ", 2))
            return;   /* "WW written warning." without its colon: prose */
        if (stops && !al && p[0] && !isalnum((unsigned char)p[0])) {
            const char *mc = strstr(p, ": ");
            if (mc && mc < e && mc - p <= 4) {
                p = *e ? e + 1 : e;
                continue;
            }
        }
        if (!al && p == para && *e) {
            p = e + 1;   /* the words of an item the line before began */
            continue;
        }
        if (!al) {
            /* "...; APSP" at the paragraph's end: the item goes on below */
            size_t k = 0;
            while ((p[k] >= 'A' && p[k] <= 'Z') || (p[k] >= '0' && p[k] <= '9'))
                k++;
            if (!*e && k >= 2 && k <= 6 && !p[k])
                break;
            /* "...; Ongoing under investigation.", "; Live still under
             * investigation or awaiting a hearing.": a head that is a word of
             * its own glossed among the abbreviations, a few words (up to
             * twelve) with no digit; passed over (once), the key read
             * without it */
            if (skipped || !(*p >= 'A' && *p <= 'Z'))
                return;
            int words = 1;
            for (const char *q = p; q < e; q++) {
                if (*q >= '0' && *q <= '9')
                    return;
                words += *q == ' ';
            }
            if (words < 2 || words > 12)
                return;
            skipped = 1;
            p = *e ? e + 1 : e;
            continue;
        }
        if (d >= e)
            return;
        const char *de = e;
        while (de > d && (is_space(de[-1]) || de[-1] == '.'))
            de--;
        raw[n] = foi_arena_strndup(&c->arena, p, al);
        def[n] = foi_arena_strndup(&c->arena, d, (size_t)(de - d));
        if (!raw[n] || !def[n] || de - d < 3)
            return;
        n++;
        p = *e ? e + 1 : e;
    }
    if (n < 2 + skipped)
        return;
    for (int i = 0; i < n; i++)
        add_def(b, raw[i], def[i], para);
}

/* "SX01: Sexual assault (including rape)", "GMD: Gross misconduct -
 * dismissed without notice", one a line, three lines or more in a row: a
 * lookup of codes (a workbook's Lookup sheet, its two columns read as
 * "code: description" lines; a key under a table), each code a label the
 * document defines. An item: an abbreviation (key_abbrev: two to six
 * capitals or digits) then ": ", " - ", an en dash or " = " (never a space
 * alone: "PC Smith said" is prose) and words; or a short word laid out in
 * columns before its meaning ("GM-D  gross misconduct - dismissed"). The
 * run is what makes it a lookup, not a line that happens to open with
 * capitals (round 46b, blind46 Cleveland and Dyfed-Powys). */
static size_t lookup_item(const char *t, const char **def)
{
    while (is_space(*t))
        t++;
    const char *d = NULL;
    size_t n = key_abbrev(t, &d);
    size_t k = strspn(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    if (!n && k >= 2 && k <= 6 && !strncmp(t + k, " = ", 3) && isalpha((unsigned char)t[k + 3]))
        n = k, d = t + k + 3;
    if (n && (size_t)(d - t) > n + 1) {
        *def = d;
        return n;
    }
    /* "GM-D  gross misconduct found - dismissed", "Live  still under
     * investigation": a key laid out in columns, a short word (a capital
     * first; letters, digits, '-' or '/') then two spaces or more (or a tab)
     * and its meaning, words with no wide gap in them (a row of a table
     * laid out in spaces has its columns apart) */
    k = 0;
    while (isalnum((unsigned char)t[k]) || ((t[k] == '-' || t[k] == '/') && k && isalnum((unsigned char)t[k + 1])))
        k++;
    if (k < 2 || k > 8 || !isupper((unsigned char)t[0]))
        return 0;
    d = t + k;
    size_t gap = strspn(d, " \t");
    if (!(gap >= 2 || (gap == 1 && *d == '\t')))
        return 0;
    d += gap;
    if (!isalpha((unsigned char)*d) || strstr(d, "  ") || strchr(d, '\t'))
        return 0;
    *def = d;
    return k;
}

/* Capitals in the first n characters of t: an abbreviation has two. */
static int caps_in(const char *t, size_t n)
{
    int caps = 0;
    for (size_t i = 0; i < n; i++)
        caps += isupper((unsigned char)t[i]) != 0;
    return caps;
}

/* "Term: Meaning", "Allegation code: Description", "Word | Definition": the
 * head of a glossary or lookup table (a sheet's two columns read as one
 * line), the words on its left naming the labels, on its right what they
 * mean. */
static int glossary_head(const char *t)
{
    static const char *const left[] = { "term", "terms", "word", "words", "phrase", "label", "code", "codes",
                                        "abbreviation", "abbreviations", "heading", "category", "outcome",
                                        "key", NULL };
    static const char *const right[] = { "meaning", "meanings", "definition", "definitions", "description",
                                         "descriptions", "explanation", "what it means", "defined as", NULL };
    while (is_space(*t))
        t++;
    const char *colon = strstr(t, ": ");
    if (!colon || colon == t || colon - t > 40)
        return 0;
    /* the last word on the left ("Allegation code", "Term") */
    const char *w = colon;
    while (w > t && w[-1] != ' ')
        w--;
    int l = 0;
    for (int i = 0; left[i] && !l; i++)
        l = (size_t)(colon - w) == strlen(left[i]) && !strncasecmp(w, left[i], strlen(left[i]));
    if (!l)
        return 0;
    const char *r = colon + 2;
    size_t rn = strlen(r);
    while (rn && (is_space(r[rn - 1]) || r[rn - 1] == '.'))
        rn--;
    for (int i = 0; right[i]; i++)
        if (rn == strlen(right[i]) && !strncasecmp(r, right[i], rn))
            return 1;
    return 0;
}

/* An item of a glossary under such a head: "Sexual comments: Unwanted
 * comments of a sexual nature, recorded as sexual harassment", the term (a
 * few words, a capital or letter first) then ": " and its meaning. The
 * term's length, *def its meaning; 0 when the line is none. */
static size_t glossary_item(const char *t, const char **def)
{
    while (is_space(*t))
        t++;
    const char *colon = strstr(t, ": ");
    if (!colon || colon == t || colon - t > 60 || !isalpha((unsigned char)*t))
        return 0;
    int words = 1;
    for (const char *p = t; p < colon; p++)
        words += *p == ' ';
    const char *d = colon + 2;
    while (is_space(*d))
        d++;
    if (words > 7 || !isalpha((unsigned char)*d))
        return 0;
    *def = d;
    return (size_t)(colon - t);
}

static void scan_lookup_lines(struct builder *b, const struct foi_doc *doc, int nl)
{
    struct ectx *c = b->c;
    /* a glossary under its head: every item down to the first line that is
     * none (round 46b, blind46 Gwent's "Definitions" sheet) */
    for (int i = 0; i < nl && !c->rc; i++) {
        if (!glossary_head(doc->lines[i].text))
            continue;
        const char *d;
        int j = i + 1;
        while (j < nl && glossary_item(doc->lines[j].text, &d))
            j++;
        if (j - (i + 1) < 2)
            continue;
        for (int k = i + 1; k < j; k++) {
            const char *t = doc->lines[k].text;
            while (is_space(*t))
                t++;
            size_t n = glossary_item(t, &d);
            if (add_line_def(c, b, t, n, d))
                return;
        }
        i = j - 1;
    }
    for (int i = 0; i < nl && !c->rc;) {
        const char *d;
        int j = i, abbr = 0;
        size_t n;
        while (j < nl && (n = lookup_item(doc->lines[j].text, &d)) != 0) {
            const char *t = doc->lines[j].text;
            while (is_space(*t))
                t++;
            abbr += caps_in(t, n) >= 2;
            j++;
        }
        /* three items or more, most of them abbreviations (a key may gloss
         * a word or two among them: "Live", "Tot") */
        if (j - i >= 3 && 2 * abbr > j - i) {
            for (int k = i; k < j; k++) {
                const char *t = doc->lines[k].text;
                while (is_space(*t))
                    t++;
                n = lookup_item(t, &d);
                if (add_line_def(c, b, t, n, d))
                    return;
            }
        }
        i = j > i ? j : i + 1;
    }
}

static void scan_para(struct builder *b, const char *para)
{
    scan_key_list(b, para);
    struct ectx *c = b->c;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    const char *l = foi_ascii_lower(&lb, para);
    if (!l) {
        foi_buf_release(&lb);
        return;
    }
    for (int v = 0; def_verbs[v]; v++) {
        size_t vn = strlen(def_verbs[v]);
        for (const char *at = strstr(l, def_verbs[v]); at; at = strstr(at + 1, def_verbs[v])) {
            const char *e = para + (at - l);
            /* the label: a quoted phrase just before the verb, else the clause
             * from its start */
            const char *a;
            size_t q = quote_before(para, e);
            if (q) {
                const char *o = e - q - 1;
                while (o > para && !quote_at(o))
                    o--;
                a = quote_at(o) ? o : clause_start(para, e);
            } else {
                a = clause_start(para, e);
            }
            /* "Notes: [x] = ...": a lead-in word before a colon is no part of it */
            const char *raw = trim_label(&c->arena, a, e);
            if (!raw)
                continue;
            const char *d = e + vn;
            const char *de = clause_end(d);
            /* the mark's clause runs to the sentence's end ("c = fewer than five
             * allegations; figure suppressed under section 40(2)") */
            if (de - d < 2)
                continue;
            const char *def = foi_arena_strndup(&c->arena, d, (size_t)(de - d));
            if (def)
                add_def(b, raw, def, para);
        }
    }
    /* "it has been replaced with '<5'", "where a figure is shown as 1-4": the
     * mark after the cue, the sentence around it its meaning */
    for (int k = 0; mark_cues[k]; k++) {
        size_t kn = strlen(mark_cues[k]);
        for (const char *at = strstr(l, mark_cues[k]); at; at = strstr(at + 1, mark_cues[k])) {
            const char *p = para + (at - l) + kn;
            size_t q = quote_at(p);
            const char *a = p + q, *e = a;
            if (q) {
                while (*e && !quote_at(e))
                    e++;
                if (!*e)
                    continue;
            } else {
                while (*e && !is_space(*e) && *e != ',' && *e != ';' && !(*e == '.' && (!e[1] || is_space(e[1]))))
                    e++;
            }
            if (e == a || e - a > 8)
                continue;
            const char *raw = foi_arena_strndup(&c->arena, a, (size_t)(e - a));
            /* "shown as '<5': this means a number between 1 and 4": the
             * sentence says again, more exactly, what the mark stands for;
             * that is its meaning */
            const char *r = e + (q ? quote_at(e) : 0);
            while (is_space(*r))
                r++;
            if (*r == ':' || *r == ',' || *r == '(' || *r == '-')
                r++;
            while (is_space(*r))
                r++;
            static const char *const again[] = { "this means ", "which means ", "meaning ", "i.e. ", "ie ",
                                                 "that is ", NULL };
            size_t an = 0;
            for (int g = 0; again[g] && !an; g++)
                if (!strncasecmp(r, again[g], strlen(again[g])))
                    an = strlen(again[g]);
            if (an) {
                const char *d0 = r + an, *d1 = clause_end(d0);
                if (d1 - d0 >= 2) {
                    const char *def = foi_arena_strndup(&c->arena, d0, (size_t)(d1 - d0));
                    add_def(b, raw, def ? def : para, para);
                    continue;
                }
            }
            /* its meaning: the sentence around the cue */
            const char *cue = para + (at - l), *s0 = cue;
            while (s0 > para && !(s0 - para >= 2 && s0[-1] == ' ' && strchr(".;", s0[-2])))
                s0--;
            const char *s1 = clause_end(p + q);
            const char *sent = foi_arena_strndup(&c->arena, s0, (size_t)(s1 - s0));
            add_def(b, raw, sent ? sent : para, para);
        }
    }
    foi_buf_release(&lb);
}

/* --------------------------------------------------------- category names */
static void add_names(struct builder *b, const char *text)
{
    struct ectx *c = b->c;
    struct doclex *x = b->x;
    struct foi_match ms[16];
    int k = foi_taxonomy_scan(c->tax, FOI_VOCAB_CATEGORY, text, ms, 16);
    for (int i = 0; i < k && x->nn < LEX_MAX_NAMES; i++) {
        if (!strcmp(ms[i].id, "other"))
            continue;
        char f[256];
        const char *span = foi_arena_strndup(&c->arena, text + ms[i].at, ms[i].len);
        if (!span || foi_fold(span, f, sizeof f) >= sizeof f)
            continue;
        int dup = 0;
        for (int j = 0; j < x->nn && !dup; j++)
            dup = !strcmp(x->n[j].folded, f) && !strcmp(x->n[j].id, ms[i].id);
        if (dup)
            continue;
        const char *fd = foi_arena_strdup(&c->arena, f);
        if (!fd)
            return;
        x->n[x->nn].folded = fd;
        x->n[x->nn].id = ms[i].id;
        x->nn++;
    }
}

/* A table's label "Head (A and B)" whose head alone reads as one category
 * and whose brackets join several: the head, wherever the document writes
 * it alone, counts them together too. */
#define LEX_MAX_COMBS 16
static void add_comb(struct builder *b, const char *text)
{
    struct ectx *c = b->c;
    struct doclex *x = b->x;
    const char *ids[8];
    const char *open = strchr(text, '(');
    if (x->ncb >= LEX_MAX_COMBS || !open || open == text ||
        foi_taxonomy_joined(c->tax, FOI_VOCAB_CATEGORY, text, ids, 8) < 2)
        return;
    const char *head = trim_label(&c->arena, text, open);
    if (!head || foi_taxonomy_joined(c->tax, FOI_VOCAB_CATEGORY, head, ids, 8) != 0)
        return;
    struct foi_match m;
    if (foi_taxonomy_match(c->tax, FOI_VOCAB_CATEGORY, head, &m) != 1 || !m.exact || !strcmp(m.id, "other"))
        return;
    const char *f = fold_dup(&c->arena, head);
    if (!f)
        return;
    for (int i = 0; i < x->ncb; i++)
        if (!strcmp(x->cb[i].head, f))
            return;
    x->cb[x->ncb].head = f;
    x->cb[x->ncb].full = text;
    x->ncb++;
}

/* ------------------------------------------------------------------ marks */
static int has(const char *l, const char *w)
{
    return strstr(l, w) != NULL;
}

/* A label that can be a mark in a count cell: short, no word of two letters
 * or more outside brackets ("c", "~", "[x]", "<5", "1-4", "*"). */
/* "S.A.", "A.P.": initials, each letter followed by a full stop (two or
 * more), an abbreviation of words, never a mark. */
static int dotted_initials(const char *raw)
{
    int n = 0;
    const char *p = raw;
    while (isalpha((unsigned char)p[0]) && p[1] == '.')
        p += 2, n++;
    return n >= 2 && !*p;
}

static int mark_like(const char *raw)
{
    size_t n = strlen(raw);
    /* "[REDACTED]", "[s40(2)]": a word or a section in brackets, as a cell
     * shows it in place of a figure */
    if (n > 2 && n <= 16 && raw[0] == '[' && raw[n - 1] == ']' && !strchr(raw + 1, '['))
        return 1;
    if (!n || n > 8)
        return 0;
    int run = 0, maxrun = 0, inb = 0;
    for (const char *p = raw; *p; p++) {
        if (*p == '[')
            inb = 1;
        else if (*p == ']')
            inb = 0;
        if (isalpha((unsigned char)*p) && !inb)
            run++;
        else
            run = 0;
        if (run > maxrun)
            maxrun = run;
    }
    return maxrun <= 1;
}

/* The exemptions a mark's paragraph cites for withholding it: a section 12
 * or 14 refusal (cost, vexatious) or section 21 cited in the same paragraph
 * refuses another part of the request ("Question 2 ... is refused under
 * section 12"), it never withholds a small number, so it is dropped. */
static void withheld_exemptions(const char *para, char *buf, size_t bufsz)
{
    char all[64];
    if (bufsz)
        buf[0] = 0;
    if (foi_value_find_exemptions(para, all, sizeof all) != 0)
        return;
    char *save = NULL;
    for (char *one = strtok_r(all, ";", &save); one; one = strtok_r(NULL, ";", &save)) {
        if (!strcmp(one, "s12") || !strncmp(one, "s12(", 4) || !strcmp(one, "s14") ||
            !strncmp(one, "s14(", 4) || !strncmp(one, "s21", 3))
            continue;
        size_t n = strlen(buf);
        if (n + strlen(one) + 2 > bufsz)
            break;
        if (n)
            strcat(buf, ";");
        strcat(buf, one);
    }
}

/* "'**' means a count of 5 or more that we have withheld because ... it
 * would reveal a figure of fewer than 5": a definition whose first bound is
 * open above ("5 or more", "more than 10", "at least 5", "5 and over") stands
 * for a figure of that many or more; the smaller number after it is the
 * reason, not the mark. 1 with *lo, else 0 (the first bound is another kind,
 * or there is none). l is the definition in lower case. */
static int open_bound(const char *l, int64_t *lo)
{
    for (size_t i = 0; l[i]; i++) {
        if (i && (isalnum((unsigned char)l[i - 1])))
            continue;
        static const char *const closed[] = { "fewer than", "less than", "smaller than", "between", "under ",
                                              "up to", NULL };
        for (int k = 0; closed[k]; k++)
            if (!strncmp(l + i, closed[k], strlen(closed[k])))
                return 0;
        /* the words before the number, and what they add to it ("more
         * than 10": 11 and over) */
        static const struct { const char *w; int add; } before[] = {
            { "more than ", 1 }, { "over ", 1 }, { "at least ", 0 }, { "greater than ", 1 },
        };
        for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) {
            size_t bl = strlen(before[k].w);
            if (!strncmp(l + i, before[k].w, bl) && isdigit((unsigned char)l[i + bl])) {
                long v = strtol(l + i + bl, NULL, 10);
                if (v < 0 || v > 100000)
                    return 0;
                *lo = v + before[k].add;
                return 1;
            }
        }
        if (isdigit((unsigned char)l[i])) {
            char *e;
            long v = strtol(l + i, &e, 10);
            if (*e == '+' && !isalnum((unsigned char)e[1])) {
                *lo = v;
                return 1;
            }
            while (*e == ' ')
                e++;
            static const char *const after[] = { "or more", "or over", "and over", "and above", "or above",
                                                  "or greater", NULL };
            for (int k = 0; after[k]; k++)
                if (!strncmp(e, after[k], strlen(after[k]))) {
                    *lo = v;
                    return 1;
                }
            /* another number first ("1-4", "5 to 9"): not open */
            if (*e == '-' || !strncmp(e, "to ", 3))
                return 0;
            i = (size_t)(e - l);
            if (!l[i])
                break;
        }
    }
    return 0;
}

/* The range a mark's definition says with its lower bound ("<3" defined as
 * "one or two allegations", "where the number is one or two it is shown as
 * '<3'", "'5 or fewer': a number from one to five"): the mark's bounds when
 * they end where the notation's own end (or the definition read none), the
 * lower bound narrowed (decisions.md, round 31). 1 when the mark has
 * bounds after it. */
static int defined_bounds(struct eng_mark *m, const char *raw, const char *def)
{
    int64_t lo, hi;
    if (m->open_max || foi_value_defined_range(def, raw, &lo, &hi) != 0 || lo < 1)
        return m->has_bounds;
    struct foi_value nv;
    int parsed = foi_value_parse(raw, &nv) == 0;
    if (parsed && nv.status == FOI_VS_REPORTED)
        return m->has_bounds;   /* "0", "0*": a figure, not a mark for one */
    int notation = parsed && nv.status == FOI_VS_SUPPRESSED && nv.has_max;
    int64_t end = m->has_bounds ? m->max : notation ? nv.max : -1;
    int64_t start = m->has_bounds ? m->min : notation ? nv.min : 0;
    if (end < 0 && hi <= 10)
        end = hi;   /* a symbol ("*") the definition alone explains */
    if (hi != end || lo <= start)
        return m->has_bounds;
    m->has_bounds = 1;
    m->min = lo;
    m->max = hi;
    return 1;
}

static void read_marks(struct builder *b)
{
    struct doclex *x = b->x;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    for (int i = 0; i < x->nd; i++) {
        const struct lexdef *d = &x->d[i];
        /* a symbol ("*", "[c]"), or a notation of words that is itself a
         * withheld figure ("'fewer than 5' means between 1 and 4") */
        struct foi_value nv;
        if (!mark_like(d->raw) &&
            !(strlen(d->raw) <= 24 && foi_value_parse(d->raw, &nv) == 0 && nv.status == FOI_VS_SUPPRESSED))
            continue;
        const char *l = foi_ascii_lower(&lb, d->def);
        if (!l)
            break;
        struct eng_mark m;
        memset(&m, 0, sizeof m);
        m.text = d->raw;
        m.para = d->from_context ? NULL : d->para;
        /* "not available (the VAWG flag was introduced on 1 April 2024)":
         * the force never recorded it, as "not held" says */
        int never = has(l, "not available") &&
                    (has(l, "introduced") || has(l, "not recorded") || has(l, "not collected") ||
                     has(l, "not captured") || has(l, "did not exist") || has(l, "before") || has(l, "since") ||
                     has(l, "added") || has(l, "began") || has(l, "started"));
        if (!strncmp(l, "not held", 8) || !strncmp(l, "information not held", 20) ||
            !strncmp(l, "data not held", 13) || (never && !strncmp(l, "not available", 13))) {
            /* "n/h: not held": the cell says the force does not hold that
             * figure (a not_held row), not that there is nothing to count */
            m.kind = ENG_MARK_NOT_HELD;
        } else if (has(l, "not applicable") || has(l, "not available") || has(l, "no data") || !strcmp(l, "n/a") ||
            has(l, "not recorded") || has(l, "not held") || has(l, "not collected")) {
            m.kind = ENG_MARK_NA;
        } else if (has(l, "fewer than") || has(l, "less than") || has(l, "smaller than") || has(l, "between") ||
                   has(l, "count of") ||
                   has(l, "suppress") || has(l, "withheld") || has(l, "redact") || has(l, "small number") ||
                   has(l, "under five") || has(l, "under 5") || has(l, "or fewer") || has(l, "or less")) {
            m.kind = ENG_MARK_SUPPRESSED;
            int64_t lo, hi;
            if (open_bound(l, &lo)) {
                m.has_bounds = 1;
                m.open_max = 1;
                m.min = lo;
                m.max = 0;
            } else if (foi_value_suppressed_bounds(d->def, &lo, &hi) == 0) {
                m.has_bounds = 1;
                m.min = lo;
                m.max = hi;
            }
            defined_bounds(&m, d->raw, d->def);
            withheld_exemptions(d->para, m.exemption, sizeof m.exemption);
            int small = has(l, "fewer than") || has(l, "less than") || has(l, "smaller than") || has(l, "between") ||
                        has(l, "under five") || has(l, "under 5") || has(l, "small") || has(l, "or fewer") ||
                        has(l, "or less") || has(l, "low number");
            /* "[s40(2)]: withheld under section 40(2)": the document's own
             * word for this notation gives no range, so none is read into
             * it from another notation's note ("[REDACTED]: a figure of
             * fewer than five ...") */
            m.no_range = !m.has_bounds && !small;
            /* "Withheld: withheld under section 31(1) because the matter is
             * the subject of a live criminal investigation": kept back under
             * an exemption that protects no person's data, no small number:
             * the figure is refused */
            if (!m.has_bounds && !small && m.exemption[0] && !strstr(m.exemption, "s40") &&
                !strstr(m.exemption, "s38"))
                m.kind = ENG_MARK_REFUSED;
        } else {
            /* "* denotes a figure from 1 to 4": a mark defined as a small
             * range stands for a withheld figure within it */
            int64_t lo, hi;
            if (foi_value_suppressed_bounds(d->def, &lo, &hi) == 0 && hi <= 20 && lo <= hi) {
                m.has_bounds = 1;
                m.min = lo;
                m.max = hi;
                defined_bounds(&m, d->raw, d->def);
            } else if (!defined_bounds(&m, d->raw, d->def)) {
                /* "<3 means one or two allegations": the range alone */
                continue;
            }
            m.kind = ENG_MARK_SUPPRESSED;
            withheld_exemptions(d->para, m.exemption, sizeof m.exemption);
        }
        int dup = -1;
        for (int j = 0; j < x->nm; j++)
            if (!strcmp(x->m[j].text, m.text))
                dup = j;
        if (dup >= 0)
            continue;   /* the first definition stands */
        if (x->nm < LEX_MAX_DEFS)
            x->m[x->nm++] = m;
    }
    /* a notation defined with no range keeps none only where the small
     * numbers' range belongs to another notation the document defines
     * ("[REDACTED]: fewer than five" beside "[s40(2)]: withheld under
     * section 40(2)"); alone, the note on small numbers is its own */
    for (int k = 0; k < x->nm; k++) {
        if (!x->m[k].no_range)
            continue;
        int other = 0;
        for (int j2 = 0; j2 < x->nm && !other; j2++)
            other = j2 != k && x->m[j2].kind == ENG_MARK_SUPPRESSED && x->m[j2].has_bounds;
        x->m[k].no_range = other;
    }
    foi_buf_release(&lb);
}

/* ------------------------------------------------------------------ build */
/* Texts seen (not copied: the document's), open addressing at most half
 * full. */
struct seen {
    const char **key;
    uint32_t *hash;
    size_t cap, n;
};

/* 1 when text is new (now added, or no room to remember it), 0 when seen */
static int seen_add(struct seen *sn, const char *text)
{
    if ((sn->n + 1) * 2 > sn->cap) {
        size_t ncap = sn->cap ? sn->cap * 2 : 256;
        const char **nk = foi_calloc(ncap, sizeof *nk);
        uint32_t *nh = foi_calloc(ncap, sizeof *nh);
        if (!nk || !nh) {
            foi_free((void *)nk);
            foi_free(nh);
            if (!sn->cap)
                return 1;
        } else {
            for (size_t i = 0; i < sn->cap; i++) {
                if (!sn->key[i])
                    continue;
                size_t k = sn->hash[i] & (ncap - 1);
                while (nk[k])
                    k = (k + 1) & (ncap - 1);
                nk[k] = sn->key[i];
                nh[k] = sn->hash[i];
            }
            foi_free((void *)sn->key);
            foi_free(sn->hash);
            sn->key = nk;
            sn->hash = nh;
            sn->cap = ncap;
        }
    }
    uint32_t h = foi_memo_hash(text, strlen(text));
    size_t k = h & (sn->cap - 1);
    for (; sn->key[k]; k = (k + 1) & (sn->cap - 1))
        if (sn->hash[k] == h && !strcmp(sn->key[k], text))
            return 0;
    if ((sn->n + 1) * 2 > sn->cap)
        return 1;   /* full: read it again */
    sn->key[k] = text;
    sn->hash[k] = h;
    sn->n++;
    return 1;
}

/* A line opening with a mark and a verb defining it ("* denotes ...",
 * "[c] = ..."). */
static int opens_with_mark(const char *t)
{
    size_t sp = strcspn(t, " ");
    if (!sp || sp > 8 || !t[sp])
        return 0;
    char tok[9];
    memcpy(tok, t, sp);
    tok[sp] = 0;
    if (!mark_like(tok))
        return 0;
    for (int v = 0; def_verbs[v]; v++)
        if (!strncasecmp(t + sp, def_verbs[v], strlen(def_verbs[v])))
            return 1;
    return 0;
}

/* A line opening with a status word, a dash and more ("Suppressed - a
 * count of ...", "Withheld \xe2\x80\x93 ..."): an item of a key of words. */
static int dash_item(const char *t)
{
    const char *hy = strstr(t, " - "), *en = strstr(t, " \xe2\x80\x93 ");
    const char *e = hy && (!en || hy < en) ? hy : en;
    if (!e || e == t || e - t > 24)
        return 0;
    char w[32];
    size_t n = (size_t)(e - t);
    while (n && is_space(t[n - 1]))
        n--;
    memcpy(w, t, n);
    w[n] = 0;
    struct foi_value v;
    return n && n <= 12 && foi_value_parse(w, &v) == 0 && !v.has_value &&
           (v.status == FOI_VS_SUPPRESSED || v.status == FOI_VS_REFUSED);
}

static struct doclex *lexicon(struct ectx *c)
{
    if (c->lex_done)
        return c->lex;
    c->lex_done = 1;
    if (!c->tax)
        return NULL;
    struct doclex *x = foi_arena_alloc(&c->arena, sizeof *x);
    if (x) {
        x->d = foi_arena_alloc(&c->arena, sizeof *x->d * LEX_MAX_DEFS);
        x->n = foi_arena_alloc(&c->arena, sizeof *x->n * LEX_MAX_NAMES);
        x->m = foi_arena_alloc(&c->arena, sizeof *x->m * LEX_MAX_DEFS);
        x->cb = foi_arena_alloc(&c->arena, sizeof *x->cb * LEX_MAX_COMBS);
    }
    if (!x || !x->d || !x->n || !x->m || !x->cb) {
        c->rc = FOI_ENOMEM;
        return NULL;
    }
    struct builder b = { c, x, 0, 0 };
    const struct foi_doc *doc = c->doc;
    /* paragraphs: a wrapped text paragraph is one (a definition may wrap) */
    struct foi_buf pb;
    foi_buf_init(&pb, 1 << 16);
    int nl = doc->nlines < LEX_MAX_LINES ? doc->nlines : LEX_MAX_LINES;
    scan_lookup_lines(&b, doc, nl);
    for (int i = 0; i < nl && !c->rc;) {
        foi_buf_reset(&pb);
        int j = eng_para_end(doc, i, nl);
        for (int k = i; k < j; k++) {
            const char *t = doc->lines[k].text;
            while (is_space(*t))
                t++;
            scan_key_line(&b, t);
            /* "Suppressed - a count of between one and four, withheld
             * under" over "               section 40(2) ...": an item of a
             * key laid out in plain text, its meaning wrapped onto lines
             * indented further than the item; the item with them */
            size_t ind = (size_t)(t - doc->lines[k].text);
            if (dash_item(t) && k + 1 < j) {
                struct foi_buf kb;
                foi_buf_init(&kb, 1 << 12);
                foi_buf_adds(&kb, t);
                int more = 0;
                for (int m = k + 1; m < j; m++) {
                    const char *u = doc->lines[m].text;
                    size_t ui = 0;
                    while (is_space(u[ui]))
                        ui++;
                    if (!u[ui] || ui <= ind)
                        break;
                    foi_buf_addc(&kb, ' ');
                    foi_buf_adds(&kb, u + ui);
                    more = 1;
                }
                const char *joined = more && kb.data ? foi_arena_strdup(&c->arena, kb.data) : NULL;
                foi_buf_release(&kb);
                if (joined)
                    scan_key_line(&b, joined);
            }
            if (*t) {
                if (pb.len)
                    foi_buf_addc(&pb, ' ');
                foi_buf_adds(&pb, t);
            }
        }
        if (pb.data && pb.len) {
            const char *para = foi_arena_strdup(&c->arena, pb.data);
            if (!para) {
                c->rc = FOI_ENOMEM;
                break;
            }
            scan_para(&b, para);
            add_names(&b, para);
        }
        /* a line inside the paragraph that opens with a mark and its verb
         * ("* denotes a figure of 1 to 4" in the cell under a sheet's
         * title, joined to it): a definition of its own, from that line */
        for (int k = i + 1; k < j && !c->rc; k++) {
            const char *t = doc->lines[k].text;
            while (is_space(*t))
                t++;
            if (!opens_with_mark(t))
                continue;
            foi_buf_reset(&pb);
            for (int m = k; m < j; m++) {
                const char *u = doc->lines[m].text;
                while (is_space(*u))
                    u++;
                if (*u) {
                    if (pb.len)
                        foi_buf_addc(&pb, ' ');
                    foi_buf_adds(&pb, u);
                }
            }
            const char *own = pb.data ? foi_arena_strdup(&c->arena, pb.data) : NULL;
            if (!own) {
                c->rc = FOI_ENOMEM;
                break;
            }
            scan_para(&b, own);
            break;
        }
        i = j;
    }
    foi_buf_release(&pb);
    /* category names in tables: their labels and headers (a text already
     * read adds nothing: its names are in, or the list is full) */
    long cells = 0;
    struct seen sn = { 0 };
    for (int t = 0; t < doc->ntables && cells < LEX_MAX_CELLS; t++) {
        const struct foi_table *tb = &doc->tables[t];
        for (int r = 0; r < tb->nrows && cells < LEX_MAX_CELLS; r++)
            for (int k = 0; k < tb->ncols && cells < LEX_MAX_CELLS; k++) {
                const struct foi_cell *cl = foi_table_cell(tb, r, k);
                if (!*cl->text || (cl->flags & FOI_CELL_SPANNED) || strlen(cl->text) > 120 ||
                    !isalpha((unsigned char)cl->text[0]))
                    continue;
                cells++;
                if (seen_add(&sn, cl->text)) {
                    add_names(&b, cl->text);
                    add_comb(&b, cl->text);
                }
            }
    }
    foi_free((void *)sn.key);
    foi_free(sn.hash);
    scan_key_tables(&b, doc);
    if (doc->context && doc->context->category)
        add_names(&b, doc->context->category);
    /* the marks its covering letter explains, after the document's own
     * (the first definition of a mark stands) */
    if (doc->context && doc->context->marks && !c->rc) {
        b.from_context = 1;
        for (const char *p = doc->context->marks; *p;) {
            size_t len = strcspn(p, "\n");
            const char *para = foi_arena_strndup(&c->arena, p, len);
            if (!para) {
                c->rc = FOI_ENOMEM;
                break;
            }
            scan_key_line(&b, para);   /* "Suppressed - ...", a line of its key */
            scan_para(&b, para);
            p += len;
            p += *p == '\n';
        }
        b.from_context = 0;
    }
    read_marks(&b);
    c->lex = x;
    return x;
}

/* --------------------------------------------------------------- lookups */
/* Words before at deny what follows ("action short of a warning", "not
 * proven"). */
static int denied(const char *text, size_t at)
{
    /* "... where not recorded as domestic abuse": what the label is not
     * (round 46b, blind46 Gwent's "Stalking") */
    static const char *const words[] = { "not", "no", "short of", "other than", "rather than", "instead of",
                                         "without", "except", "excluding", "not recorded as", "not counted as",
                                         "not classed as", "not classified as", "not treated as", NULL };
    static const char *const articles[] = { "the", "a", "an", NULL };
    return eng_words_before(text, at, " (", articles, words);
}

/* Is position at of s inside brackets ("... dismissed (left the force
 * before the hearing)")? */
static int in_brackets(const char *s, size_t at)
{
    int d = 0;
    for (size_t i = 0; i < at && s[i]; i++)
        d += s[i] == '(' ? 1 : s[i] == ')' && d ? -1 : 0;
    return d > 0;
}

/* The one id of vocabulary v a definition names (every mention agreeing), or
 * NULL. Mentions in brackets explain the words before them ("WHBD = would
 * have been dismissed (left the force before the hearing)": why dismissal
 * was not possible, not a second outcome): where the mentions disagree,
 * those outside brackets decide when they agree. */
static const char *def_names(struct ectx *c, const char *def, enum foi_vocab v)
{
    struct foi_match ms[16];
    int k = foi_taxonomy_scan(c->tax, v, def, ms, 16);
    for (int pass = 0; pass < 2; pass++) {
        const char *id = NULL;
        int clash = 0;
        for (int i = 0; i < k && !clash; i++) {
            if (denied(def, ms[i].at) || (pass && in_brackets(def, ms[i].at)))
                continue;
            if ((!strcmp(ms[i].id, "other") && !ms[i].exact) || !strcmp(ms[i].id, "total"))
                continue;
            clash = id && strcmp(id, ms[i].id);
            id = ms[i].id;
        }
        if (!clash)
            return id;
    }
    return NULL;
}

/* L reads text as id of vocabulary v (not exactly: by the document's own
 * words), the short form of full when not NULL. 1. */
static int read_as(struct label *L, enum foi_vocab v, const char *id, const char *text, const char *full)
{
    L->id[v] = id;
    L->exact[v] = 0;
    L->len[v] = (int)strlen(text);
    L->primary = v;
    if (full)
        L->short_of = full;
    return 1;
}

/* A column head cut to one word of a category name the document writes
 * in full ("Assault", "Misconduct", "Harass." over columns the document
 * calls "Sexual assault", "Sexual misconduct", "Sexual harassment"): a word
 * of five letters or more (or four and more before a full stop, an
 * abbreviation of the word it starts) that is a whole word of one
 * category's names alone, not their first (the word that tells them apart). */
static int one_word_short(const struct doclex *x, const char *text, const char *f, size_t fn, struct label *L)
{
    int abbr = text[strlen(text) - 1] == '.';
    size_t wl = fn;
    while (wl > 0 && !isalpha((unsigned char)f[wl - 1]))
        wl--;
    for (size_t k = 0; k < wl; k++)
        if (!isalpha((unsigned char)f[k]))
            return 0;
    if (wl < (abbr ? 4u : 5u))
        return 0;
    const char *id = NULL, *full = NULL;
    for (int i = 0; i < x->nn; i++) {
        const char *n = x->n[i].folded;
        const char *sp = strchr(n, ' ');
        for (const char *w = sp; w; w = strchr(w + 1, ' ')) {
            const char *ws = w + 1;
            size_t len = strcspn(ws, " ");
            if (abbr ? (len > wl && !strncmp(ws, f, wl)) : (len == wl && !strncmp(ws, f, wl))) {
                if (id && strcmp(id, x->n[i].id))
                    return 0;
                id = x->n[i].id;
                full = n;
            }
        }
    }
    return id ? read_as(L, FOI_VOCAB_CATEGORY, id, text, full) : 0;
}

/* The initials of a folded name ("sexual assault": "sa"), every word's
 * (all) or only those of the words that carry meaning ("abuse of position
 * for a sexual purpose": "apsp", not "of", "for", "a", "and", "the"). 0
 * when they do not fit. */
static int initials_of(const char *n, int all, char *out, size_t outsz)
{
    static const char *const small[] = { "of", "for", "a", "an", "and", "the", "or", "to", "in", "on", NULL };
    size_t k = 0;
    for (const char *w = n; *w;) {
        while (*w == ' ')
            w++;
        if (!*w)
            break;
        size_t len = strcspn(w, " ");
        int skip = 0;
        for (int i = 0; !all && small[i] && !skip; i++)
            skip = strlen(small[i]) == len && !strncmp(w, small[i], len);
        if (!isalpha((unsigned char)*w))
            return 0;
        if (!skip) {
            if (k + 1 >= outsz)
                return 0;
            out[k++] = *w;
        }
        w += len;
    }
    out[k] = '\0';
    return k >= 2;
}

/* A column head in capitals that is the initials of one category name the
 * document writes in full ("SA", "SM", "SH" over columns of a table under
 * bullets naming "Sexual assault", "Sexual misconduct", "Sexual
 * harassment"): that category, when the initials are one category's
 * alone. Two to five capitals, nothing else. */
static int initialism(const struct doclex *x, const char *text, struct label *L)
{
    size_t n = strlen(text);
    if (n < 2 || n > 5)
        return 0;
    char want[8];
    for (size_t i = 0; i < n; i++) {
        if (!isupper((unsigned char)text[i]))
            return 0;
        want[i] = (char)tolower((unsigned char)text[i]);
    }
    want[n] = '\0';
    const char *id = NULL, *full = NULL;
    for (int i = 0; i < x->nn; i++) {
        const char *nm = x->n[i].folded;
        if (!strchr(nm, ' '))
            continue;
        char a[16], b[16];
        int hit = (initials_of(nm, 1, a, sizeof a) && !strcmp(a, want)) ||
                  (initials_of(nm, 0, b, sizeof b) && !strcmp(b, want));
        if (!hit)
            continue;
        if (id && strcmp(id, x->n[i].id))
            return 0;
        id = x->n[i].id;
        full = nm;
    }
    return id ? read_as(L, FOI_VOCAB_CATEGORY, id, text, full) : 0;
}

/* The document's lexicon and text folded into f (fsz bytes; its length in
 * *fn), for a label short enough to be one; NULL when there is no lexicon or
 * no such label. */
static struct doclex *lex_label(struct ectx *c, const char *text, char *f, size_t fsz, size_t *fn)
{
    if (!text || !*text || strlen(text) > LEX_LABEL_MAX)
        return NULL;
    struct doclex *x = lexicon(c);
    if (!x)
        return NULL;
    *fn = foi_fold(text, f, fsz);
    return *fn >= fsz || !*fn ? NULL : x;
}

int eng_lex_classify(struct ectx *c, const char *text, struct label *L)
{
    char f[LEX_LABEL_MAX * 2 + 8];
    size_t fn;
    struct doclex *x = lex_label(c, text, f, sizeof f, &fn);
    if (!x)
        return 0;
    /* 1. a label the document defines */
    for (int i = 0; i < x->nd; i++) {
        if (strcmp(x->d[i].label, f) || (mark_like(x->d[i].raw) && !dotted_initials(x->d[i].raw)))
            continue;
        static const enum foi_vocab order[] = { FOI_VOCAB_OUTCOME, FOI_VOCAB_CATEGORY };
        for (int k = 0; k < 2; k++) {
            const char *id = def_names(c, x->d[i].def, order[k]);
            if (!id)
                continue;
            L->defined = x->d[i].def;
            return read_as(L, order[k], id, text, NULL);
        }
        /* "Tot  total allegations": a label defined as the total, the
         * whole definition the taxonomy's name of it (def_names passes a
         * "total" inside a longer definition over) */
        struct foi_match tm;
        if (foi_taxonomy_match(c->tax, FOI_VOCAB_OUTCOME, x->d[i].def, &tm) == 1 && tm.exact &&
            !strcmp(tm.id, "total")) {
            L->defined = x->d[i].def;
            return read_as(L, FOI_VOCAB_OUTCOME, "total", text, NULL);
        }
    }
    /* a bilingual head ("Ymosodiad / Assault"): its last half is read */
    const char *half = NULL;
    for (const char *h = strstr(text, " / "); h; h = strstr(h + 1, " / "))
        half = h + 3;
    if (half && *half)
        return eng_lex_classify(c, half, L) ? (L->len[L->primary] = (int)strlen(text), 1) : 0;
    /* 2. the short form of a category name the document writes in full: its
     * first words, two or more, and no other category's */
    int words = 1;
    for (const char *p = f; *p; p++)
        words += *p == ' ';
    if (words == 1)
        return one_word_short(x, text, f, fn, L) || initialism(x, text, L);
    if (words < 2 || fn < 8)
        return 0;
    const char *id = NULL, *full = NULL;
    for (int i = 0; i < x->nn; i++) {
        const char *n = x->n[i].folded;
        if (strncmp(n, f, fn) || n[fn] != ' ')
            continue;
        if (id && strcmp(id, x->n[i].id))
            return 0;
        id = x->n[i].id;
        full = n;
    }
    return id ? read_as(L, FOI_VOCAB_CATEGORY, id, text, full) : 0;
}

/* Every outcome a definition names outside brackets, two or more different
 * ones: "a written warning or a final written warning given (the system
 * does not record which)". 1 when so. */
static int def_names_several(struct ectx *c, const char *def, enum foi_vocab v)
{
    /* read piece by piece, parted at a comma, a semicolon, " or ",
     * " and/or ": a pattern reading across "or" would take the two for one */
    const char *id = NULL;
    char piece[256];
    for (const char *p = def; *p;) {
        size_t n = 0, skip = 0;
        for (; p[n]; n++) {
            if (p[n] == ',' || p[n] == ';') { skip = 1; break; }
            if (!strncmp(p + n, " or ", 4)) { skip = 4; break; }
            if (!strncmp(p + n, " and/or ", 8)) { skip = 8; break; }
        }
        if (n && n < sizeof piece) {
            memcpy(piece, p, n);
            piece[n] = '\0';
            struct foi_match ms[16];
            int k = foi_taxonomy_scan(c->tax, v, piece, ms, 16);
            for (int i = 0; i < k; i++) {
                if (denied(piece, ms[i].at) || in_brackets(def, (size_t)(p - def) + ms[i].at))
                    continue;
                if ((!strcmp(ms[i].id, "other") && !ms[i].exact) || !strcmp(ms[i].id, "total"))
                    continue;
                if (id && strcmp(id, ms[i].id))
                    return 1;
                id = ms[i].id;
            }
        }
        p += n + skip;
    }
    return 0;
}

/* A label a key table of the document defines ("Action taken | Management
 * action, or learning from reflection ...", "Proven - warning | ... a
 * written warning or a final written warning given (the system does not
 * record which)"): the document's own meaning is the strongest evidence, so
 * it is read before the taxonomy's reading of the words. The one outcome (or
 * else category) the definition names; a definition naming several
 * outcomes is none of them: `other`, kept as written. 0 when no key table
 * defines the label, or its definition names nothing. */
int eng_lex_keyed(struct ectx *c, const char *text, struct label *L)
{
    char f[LEX_LABEL_MAX * 2 + 8];
    size_t fn;
    struct doclex *x = lex_label(c, text, f, sizeof f, &fn);
    if (!x)
        return 0;
    for (int i = 0; i < x->nd; i++) {
        if (!x->d[i].keyed || strcmp(x->d[i].label, f))
            continue;
        const char *def = x->d[i].def;
        if (def_names_several(c, def, FOI_VOCAB_OUTCOME)) {
            memset(L, 0, sizeof *L);
            L->text = text;
            L->defined = def;
            read_as(L, FOI_VOCAB_OUTCOME, "other", text, NULL);
            L->exact[FOI_VOCAB_OUTCOME] = 1;
            return 1;
        }
        static const enum foi_vocab order[] = { FOI_VOCAB_OUTCOME, FOI_VOCAB_CATEGORY };
        for (int k = 0; k < 2; k++) {
            const char *id = def_names(c, def, order[k]);
            if (!id)
                continue;
            memset(L, 0, sizeof *L);
            L->text = text;
            L->defined = def;
            return read_as(L, order[k], id, text, NULL);
        }
        return 0;
    }
    return 0;
}

/* "S.A. Off." over a column, in a document whose key says "S.A. = sexual
 * assault; ... Off. = police officers": the head with each of its words the
 * document defines as a category or as people written out ("sexual assault
 * police officers"), in the arena; NULL when the head is one word
 * (eng_lex_classify reads that), or no word of it is a category the
 * document defines so. A word is a defined abbreviation: at most eight
 * characters, no space, not a mark ("*", "[c]"). */
const char *eng_lex_expand(struct ectx *c, const char *text)
{
    if (!text || !*text || !strchr(text, ' ') || strlen(text) > LEX_LABEL_MAX)
        return NULL;
    struct doclex *x = lexicon(c);
    if (!x || !x->nd)
        return NULL;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int cats = 0, bad = 0;
    for (const char *p = text; *p && !bad;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t n = strcspn(p, " ");
        char f[64];
        const char *put = NULL;
        if (n <= 8) {
            char w[16];
            memcpy(w, p, n);
            w[n] = 0;
            size_t fn = foi_fold(w, f, sizeof f);
            for (int i = 0; fn && fn < sizeof f && i < x->nd && !put; i++) {
                const struct lexdef *d = &x->d[i];
                if (strcmp(d->label, f) || strchr(d->raw, ' ') || strlen(d->raw) > 8 ||
                    (mark_like(d->raw) && !dotted_initials(d->raw)))
                    continue;
                if (def_names(c, d->def, FOI_VOCAB_CATEGORY)) {
                    put = d->def;
                    cats++;
                } else if (def_names(c, d->def, FOI_VOCAB_SUBJECT)) {
                    put = d->def;
                }
            }
        }
        bad = (b.len && foi_buf_addc(&b, ' ')) || (put ? foi_buf_adds(&b, put) : foi_buf_add(&b, p, n));
        p += n;
    }
    const char *out = !bad && cats == 1 && b.data ? foi_arena_strdup(&c->arena, b.data) : NULL;
    foi_buf_release(&b);
    return out;
}

/* "none of abuse of position", "one allegation of abuse of position is
 * awaiting a hearing", in a letter that writes "abuse of position for a
 * sexual purpose" in full: the category whose short form (the first words of
 * a name the document writes in full, two or more, eight letters or more)
 * the text holds as whole words, when it is one category's alone. NULL none
 * or several. */
const char *eng_lex_short_in(struct ectx *c, const char *text)
{
    if (!text || !*text)
        return NULL;
    struct doclex *x = lexicon(c);
    if (!x || !x->nn)
        return NULL;
    size_t tl = strlen(text);
    char *f = foi_arena_alloc(&c->arena, tl * 2 + 8);
    if (!f)
        return NULL;
    size_t fn = foi_fold(text, f, tl * 2 + 8);
    if (!fn || fn >= tl * 2 + 8)
        return NULL;
    const char *id = NULL;
    for (int i = 0; i < x->nn; i++) {
        const char *n = x->n[i].folded;
        int spaces = 0;
        for (size_t e = 0; n[e]; e++) {
            if (n[e] != ' ')
                continue;
            /* the prefix n[0, e): two words or more, eight letters or more,
             * ending in a word of its own ("abuse of position", not "abuse of") */
            if (++spaces < 2 || e < 8)
                continue;
            static const char *const glue[] = { "of", "for", "a", "an", "the", "and", "or", "to", "in", "by",
                                                "with", "against", "on", NULL };
            size_t w0 = e;
            while (w0 > 0 && n[w0 - 1] != ' ')
                w0--;
            int weak = 0;
            for (int g = 0; glue[g] && !weak; g++)
                weak = strlen(glue[g]) == e - w0 && !strncmp(n + w0, glue[g], e - w0);
            if (weak)
                continue;
            for (const char *p = f; *p; p++) {
                if (strncmp(p, n, e) || (p > f && p[-1] != ' ') || (p[e] && p[e] != ' '))
                    continue;
                if (id && strcmp(id, x->n[i].id))
                    return NULL;
                id = x->n[i].id;
                break;
            }
        }
    }
    return id;
}

/* "sexual offences" in a document whose table writes "Sexual offences
 * (sexual assault and sexual harassment)": that label, NULL none. */
const char *eng_lex_combined(struct ectx *c, const char *label)
{
    if (!label || !*label || strlen(label) > LEX_LABEL_MAX)
        return NULL;
    struct doclex *x = lexicon(c);
    if (!x || !x->ncb)
        return NULL;
    char f[LEX_LABEL_MAX * 2 + 8];
    size_t n = foi_fold(label, f, sizeof f);
    if (!n || n >= sizeof f)
        return NULL;
    for (int i = 0; i < x->ncb; i++)
        if (!strcmp(x->cb[i].head, f))
            return x->cb[i].full;
    return NULL;
}

/* "See note", "see note 2", "Refer to footnote 1": the note's id ("" for
 * an unnumbered one) into id; 1 if the cell is such a pointer. */
static int note_pointer(const char *cell, char *id, size_t idsz)
{
    const char *p = cell;
    if (!strncasecmp(p, "see ", 4))
        p += 4;
    else if (!strncasecmp(p, "refer to ", 9))
        p += 9;
    else
        return 0;
    if (!strncasecmp(p, "the ", 4))
        p += 4;
    if (!strncasecmp(p, "foot", 4))
        p += 4;
    if (strncasecmp(p, "note", 4))
        return 0;
    p += 4;
    if (*p == 's')
        p++;
    while (*p == ' ')
        p++;
    size_t n = 0;
    while (isalnum((unsigned char)p[n]) && n < 3)
        n++;
    if (n >= idsz)
        return 0;
    memcpy(id, p, n);
    id[n] = 0;
    p += n;
    while (*p == '.' || *p == ')' || *p == ' ')
        p++;
    return *p == 0;
}

/* The paragraph of the note with that id ("Note: ...", "Note 2: ..."), the
 * only note when id is "" and there is one; NULL otherwise. */
static const char *note_text(struct ectx *c, const char *id)
{
    const struct foi_doc *doc = c->doc;
    const char *found = NULL;
    int n = 0;
    int nl = doc->nlines < LEX_MAX_LINES ? doc->nlines : LEX_MAX_LINES;
    for (int i = 0; i < nl; i++) {
        const char *t = doc->lines[i].text;
        while (is_space(*t))
            t++;
        if (strncasecmp(t, "note", 4))
            continue;
        const char *p = t + 4;
        if (*p == 's')
            p++;
        while (*p == ' ')
            p++;
        size_t k = 0;
        while (isalnum((unsigned char)p[k]) && k < 3)
            k++;
        const char *q = p + k;
        while (*q == ' ' || *q == ')')
            q++;
        if (*q != ':' && *q != '.' && !(k == 0 && *q == '-'))
            continue;
        if (k && !isdigit((unsigned char)p[0]) && k > 1)
            continue;   /* "Notes about ...": not a numbered note */
        if (*id && (k != strlen(id) || strncasecmp(p, id, k)))
            continue;
        /* the note's paragraph: its wrapped lines too */
        struct foi_buf pb;
        foi_buf_init(&pb, 1 << 14);
        foi_buf_adds(&pb, t);
        for (int j = i + 1; j < nl && doc->lines[j].text[0] && !(doc->lines[j].flags & FOI_LINE_PARA_START) &&
                            strncasecmp(doc->lines[j].text, "note", 4); j++) {
            foi_buf_addc(&pb, ' ');
            foi_buf_adds(&pb, doc->lines[j].text);
        }
        found = pb.data ? foi_arena_strdup(&c->arena, pb.data) : NULL;
        foi_buf_release(&pb);
        n++;
    }
    return n == 1 ? found : NULL;
}

/* "See note" pointing at a note that refuses ("... would exceed the 18
 * hours (£450) limit. That part of your request is therefore refused under
 * section 12(1)") or says the figures are not held. */
static const struct eng_mark *note_mark(struct ectx *c, struct doclex *x, const char *cell)
{
    char id[4];
    if (!note_pointer(cell, id, sizeof id) || x->nm >= LEX_MAX_DEFS)
        return NULL;
    const char *nt = note_text(c, id);
    if (!nt)
        return NULL;
    struct foi_buf lb;
    foi_buf_init(&lb, 0);
    const char *l = foi_ascii_lower(&lb, nt);
    struct eng_mark m;
    memset(&m, 0, sizeof m);
    m.text = foi_arena_strdup(&c->arena, cell);
    if (l && (has(l, "refused") || has(l, "refuse ")) &&
        foi_value_find_exemptions(nt, m.exemption, sizeof m.exemption) == 0 && m.exemption[0])
        m.kind = ENG_MARK_REFUSED;
    else if (l && (has(l, "is not held") || has(l, "are not held") || has(l, "not held by")))
        m.kind = ENG_MARK_NOT_HELD;
    foi_buf_release(&lb);
    if (!m.kind || !m.text)
        return NULL;
    x->m[x->nm] = m;
    return &x->m[x->nm++];
}

int eng_lex_mark_paras(struct ectx *c, const char **out, int max)
{
    struct doclex *x = lexicon(c);
    int n = 0;
    for (int i = 0; x && i < x->nm && n < max; i++) {
        const char *p = x->m[i].para;
        int dup = !p || x->m[i].kind == ENG_MARK_REFUSED;
        for (int k = 0; k < n && !dup; k++)
            dup = !strcmp(out[k], p);
        if (!dup)
            out[n++] = p;
    }
    return n;
}

const struct eng_mark *eng_lex_mark(struct ectx *c, const char *cell)
{
    if (!cell || !*cell || strlen(cell) > 24)
        return NULL;
    struct doclex *x = lexicon(c);
    if (!x)
        return NULL;
    for (int i = 0; i < x->nm; i++)
        if (!strcasecmp(x->m[i].text, cell))
            return &x->m[i];
    return note_mark(c, x, cell);
}
