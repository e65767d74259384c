/* value.c: what a cell or a phrase says about a count: a number (digits or
 * words), an explicit nil, a suppressed small number, a refusal or exemption,
 * "not held", or a hedged number ("more than 700"), never a guess. */
#include "normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NORM_CAP = 1024 };
#define VALUE_MAX INT64_C(1000000000000)   /* larger counts are not counts of allegations */
enum { SUPPRESS_MAX = 10 };   /* "fewer than N" with N <= this is disclosure control */

/* ------------------------------------------------------------ normalizing */

/* Lower-case ASCII copy with whitespace runs as one space, dashes as '-',
 * "≤" as "<=", "≥" as ">=", daggers as '*', superscript digits as '^', curly
 * quotes as '\'', "£" as '$' and other non-ASCII as '?'; map[i] is the input
 * offset of s[i] (map[len] the end). */
struct norm {
    char s[NORM_CAP];
    size_t map[NORM_CAP];
    size_t len;
};

static int norm_text(const char *in, size_t n, struct norm *o)
{
    const unsigned char *u = (const unsigned char *)in;
    size_t i = 0, k = 0;
    int space = 0;
    while (i < n && u[i]) {
        if (k + 3 >= NORM_CAP)
            return FOI_ELIMIT;
        unsigned char c = u[i];
        if (c < 0x80 && c != ' ' && (c < '\t' || c > '\r')) {
            /* plain ASCII (most of it): lower case, as below */
            o->s[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            o->map[k] = i;
            k++;
            space = 0;
            i++;
            continue;
        }
        const char *rep = NULL;
        char one[2] = { 0, 0 };
        size_t w = 1;
        int is_space = 0;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
            is_space = 1;
        } else if (c < 0x80) {
            one[0] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            rep = one;
        } else if (n - i >= 2 && c == 0xC2 && u[i + 1] == 0xA0) {
            is_space = 1, w = 2;
        } else if (n - i >= 2 && c == 0xC2 && (u[i + 1] == 0xB9 || u[i + 1] == 0xB2 || u[i + 1] == 0xB3)) {
            rep = "^", w = 2;
        } else if (n - i >= 2 && c == 0xC2 && u[i + 1] == 0xA3) {
            rep = "$", w = 2;
        } else if (n - i >= 3 && c == 0xE2 && u[i + 1] == 0x80 &&
                   ((u[i + 2] >= 0x80 && u[i + 2] <= 0x8A) || u[i + 2] == 0xAF)) {
            is_space = 1, w = 3;
        } else if (n - i >= 3 && c == 0xE2 && u[i + 1] == 0x80 && u[i + 2] >= 0x90 && u[i + 2] <= 0x95) {
            rep = "-", w = 3;
        } else if (n - i >= 3 && c == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA0 || u[i + 2] == 0xA1)) {
            rep = "*", w = 3;
        } else if (n - i >= 3 && c == 0xE2 && u[i + 1] == 0x80 && u[i + 2] >= 0x98 && u[i + 2] <= 0x9F) {
            rep = "'", w = 3;
        } else if (n - i >= 3 && c == 0xE2 && u[i + 1] == 0x88 && u[i + 2] == 0x92) {
            rep = "-", w = 3;
        } else if (n - i >= 3 && c == 0xE2 && u[i + 1] == 0x89 && u[i + 2] == 0xA4) {
            rep = "<=", w = 3;
        } else if (n - i >= 3 && c == 0xE2 && u[i + 1] == 0x89 && u[i + 2] == 0xA5) {
            rep = ">=", w = 3;
        } else if (n - i >= 3 && c == 0xE2 && u[i + 1] == 0x81 &&
                   (u[i + 2] == 0xB0 || (u[i + 2] >= 0xB4 && u[i + 2] <= 0xB9))) {
            rep = "^", w = 3;
        } else {
            /* any other character: one '?' for the whole UTF-8 sequence */
            w = 1;
            while (i + w < n && (u[i + w] & 0xC0) == 0x80 && w < 4)
                w++;
            rep = "?";
        }
        if (is_space) {
            if (!space && k > 0) {
                o->s[k] = ' ';
                o->map[k] = i;
                k++;
            }
            space = 1;
            i += w;
            continue;
        }
        space = 0;
        for (const char *r = rep; *r; r++) {
            o->s[k] = *r;
            o->map[k] = i;
            k++;
        }
        i += w;
    }
    while (k > 0 && o->s[k - 1] == ' ')
        k--;
    o->s[k] = 0;
    o->map[k] = i;
    o->len = k;
    /* the end of the trimmed text maps to just after its last character */
    if (k > 0) {
        size_t last = o->map[k - 1], e = last + 1;
        while (e < n && (u[e] & 0xC0) == 0x80)
            e++;
        o->map[k] = e;
    }
    return 0;
}

static int isalpha_(int c) { return c >= 'a' && c <= 'z'; }
static int isdigit_(int c) { return c >= '0' && c <= '9'; }

/* Does the word sequence w start at s+i and end at a word boundary? */
static int kw(const char *s, size_t i, const char *w, size_t *end)
{
    if (s[i] != w[0])       /* the usual answer, without strlen and strncmp */
        return 0;
    size_t l = strlen(w);
    if (strncmp(s + i, w, l) != 0)
        return 0;
    if (isalpha_((unsigned char)w[l - 1]) && (isalpha_((unsigned char)s[i + l]) || isdigit_((unsigned char)s[i + l])))
        return 0;
    if (end)
        *end = i + l;
    return 1;
}

static size_t skip_sp(const char *s, size_t i)
{
    while (s[i] == ' ')
        i++;
    return i;
}

/* ------------------------------------------------------------ numbers */

static const char *const units[] = { "zero", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen" };
static const char *const tens[] = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety" };

static int word_at(const char *s, size_t i, const char *const *list, int n, size_t *end)
{
    for (int k = n - 1; k >= 0; k--)     /* longest first: "seventeen" before "seven" */
        if (kw(s, i, list[k], end))
            return k;
    return -1;
}

/* Digits with optional thousands commas ("1,234"). 0 ok, FOI_EPARSE, FOI_ERANGE. */
static int read_digits(const char *s, size_t i, int64_t *v, size_t *end)
{
    if (!isdigit_((unsigned char)s[i]))
        return FOI_EPARSE;
    uint64_t x = 0;
    size_t j = i;
    int group = 0, commas = 0;
    for (;;) {
        if (isdigit_((unsigned char)s[j])) {
            if (x > (UINT64_MAX - 9) / 10)
                return FOI_ERANGE;
            x = x * 10 + (uint64_t)(s[j] - '0');
            group++;
            j++;
            continue;
        }
        if (s[j] == ',' && isdigit_((unsigned char)s[j + 1]) && isdigit_((unsigned char)s[j + 2]) &&
            isdigit_((unsigned char)s[j + 3]) && !isdigit_((unsigned char)s[j + 4]) &&
            (commas ? group == 3 : group <= 3)) {
            commas++;
            group = 0;
            j++;
            continue;
        }
        break;
    }
    if (commas && group != 3)
        return FOI_EPARSE;
    /* fractions are not counts: "2.5", "2.0" */
    if (s[j] == '.' && isdigit_((unsigned char)s[j + 1]))
        return FOI_ERANGE;
    if (x > (uint64_t)VALUE_MAX)
        return FOI_ERANGE;
    *v = (int64_t)x;
    *end = j;
    return 0;
}

/* Number words: "seventeen", "thirty-two", "twenty one", "a hundred", "one
 * hundred and five", "two thousand", "a dozen", "half a dozen". */
static int read_words(const char *s, size_t i, int64_t *v, size_t *end)
{
    size_t j, e;
    if (kw(s, i, "half a dozen", &e)) {
        *v = 6;
        *end = e;
        return 0;
    }
    if (kw(s, i, "a single", &e)) {
        *v = 1;
        *end = e;
        return 0;
    }
    int64_t total = 0, cur = 0;
    int any = 0, a_article = 0, have_units = 0, have_tens = 0, have_hundred = 0;
    j = i;
    if (kw(s, j, "a", &e) || kw(s, j, "an", &e)) {
        size_t k = skip_sp(s, e);
        if (kw(s, k, "dozen", &e)) {
            *v = 12;
            *end = e;
            return 0;
        }
        if (kw(s, k, "hundred", NULL) || kw(s, k, "thousand", NULL)) {
            a_article = 1;
            cur = 1;
            j = k;
        } else {
            return FOI_EPARSE;
        }
    }
    size_t last_end = j;
    for (;;) {
        size_t k = j;
        int u, t;
        if (!a_article && (t = word_at(s, k, tens, 8, &e)) >= 0 && !have_tens && !have_units) {
            cur += 20 + 10 * t;
            have_tens = 1;
            any = 1;
            last_end = e;
            j = e;
            if (s[j] == '-' && (u = word_at(s, j + 1, units, 10, &e)) >= 1) {
                cur += u;
                have_units = 1;
                last_end = e;
                j = e;
            }
        } else if (!a_article && (u = word_at(s, k, units, 20, &e)) >= 0 && !have_units &&
                   !(have_tens && (u == 0 || u >= 10))) {
            cur += u;
            have_units = 1;
            any = 1;
            last_end = e;
            j = e;
        } else if (kw(s, k, "hundred", &e) && (a_article || (any && cur >= 1 && cur <= 9)) && !have_hundred) {
            cur *= 100;
            have_hundred = 1;
            have_units = have_tens = 0;
            a_article = 0;
            any = 1;
            last_end = e;
            j = e;
        } else if (kw(s, k, "thousand", &e) && (a_article || (any && cur >= 1 && cur <= 999))) {
            total += cur * 1000;
            cur = 0;
            have_hundred = have_units = have_tens = 0;
            a_article = 0;
            any = 1;
            last_end = e;
            j = e;
        } else if (any && kw(s, k, "dozen", &e) && cur >= 1 && cur <= 12 && !have_hundred && total == 0) {
            *v = cur * 12;
            *end = e;
            return 0;
        } else {
            break;
        }
        /* joiners: a space, "-", or " and " after hundred/thousand */
        size_t n2 = skip_sp(s, j);
        if (s[j] == '-' && isalpha_((unsigned char)s[j + 1]))
            n2 = j + 1;
        if (kw(s, n2, "and", &e) && (have_hundred || total > 0) && !have_units && !have_tens)
            n2 = skip_sp(s, e);
        if (n2 == j)
            break;
        j = n2;
    }
    if (!any || a_article)
        return FOI_EPARSE;
    /* "one-off", "five-year": a number word glued to another word is not a count */
    if (s[last_end] == '-' && isalpha_((unsigned char)s[last_end + 1]))
        return FOI_EPARSE;
    *v = total + cur;
    *end = last_end;
    return 0;
}

static int read_number(const char *s, size_t i, int64_t *v, size_t *end)
{
    if (isdigit_((unsigned char)s[i]))
        return read_digits(s, i, v, end);
    if (isalpha_((unsigned char)s[i]))
        return read_words(s, i, v, end);
    return FOI_EPARSE;
}

/* ------------------------------------------------------------ exemptions */

/* Sections of the FOI Act that withhold information: 12 (cost), 14
 * (vexatious) and the Part II exemptions 21..44. */
static int exempting_section(long n)
{
    return n == 12 || n == 14 || (n >= 21 && n <= 44);
}

static int section_num_at(const char *s, size_t j, char *buf, size_t bufsz, size_t *end);

/* A section reference at s+i: "section 40(2)", "s.40(2)", "s 12", "sec 31(1)(a)". */
static int section_at(const char *s, size_t i, char *buf, size_t bufsz, size_t *end)
{
    size_t j;
    if (i > 0 && (isalpha_((unsigned char)s[i - 1]) || isdigit_((unsigned char)s[i - 1])))
        return 0;
    if (!kw(s, i, "sections", &j) && !kw(s, i, "section", &j) && !kw(s, i, "sec", &j)) {
        if (s[i] != 's')
            return 0;
        j = i + 1;
    }
    if (s[j] == '.')
        j++;
    j = skip_sp(s, j);
    return section_num_at(s, j, buf, bufsz, end);
}

/* The section number and subsections at s+j ("40(2)"), without the word
 * "section" (the second item of "sections 30(3) and 31(3)"). */
static int section_num_at(const char *s, size_t j, char *buf, size_t bufsz, size_t *end)
{
    if (!isdigit_((unsigned char)s[j]))
        return 0;
    long n = 0;
    size_t d = j;
    while (isdigit_((unsigned char)s[j]) && j - d < 3)
        n = n * 10 + (s[j++] - '0');
    if (isdigit_((unsigned char)s[j]) || !exempting_section(n))
        return 0;
    char sub[2][8];
    int nsub = 0;
    size_t k = skip_sp(s, j);
    while (nsub < 2 && s[k] == '(') {
        size_t q = k + 1, l = 0;
        while ((isdigit_((unsigned char)s[q]) || isalpha_((unsigned char)s[q])) && l < 4)
            sub[nsub][l++] = s[q++];
        if (l == 0 || s[q] != ')')
            break;
        sub[nsub][l] = 0;
        /* "40(5B)": a subsection inserted after 5 keeps its capital (the
         * text is lowered); "38(1)(a)": a paragraph's letter stays small */
        if (isdigit_((unsigned char)sub[nsub][0]))
            for (size_t u = 1; u < l; u++)
                if (sub[nsub][u] >= 'a' && sub[nsub][u] <= 'z')
                    sub[nsub][u] = (char)(sub[nsub][u] - 32);
        nsub++;
        j = q + 1;
        k = j;
    }
    if (n == 12 || n == 14)   /* the cost limit and vexatious requests: one section each */
        nsub = 0;
    char tmp[32];
    int w = snprintf(tmp, sizeof tmp, "s%ld", n);
    for (int q = 0; q < nsub && w > 0 && (size_t)w < sizeof tmp; q++)
        w += snprintf(tmp + w, sizeof tmp - (size_t)w, "(%s)", sub[q]);
    if (strlen(tmp) >= bufsz) {
        /* keep only the section and first subsection when buf is small */
        w = snprintf(tmp, sizeof tmp, "s%ld", n);
    }
    snprintf(buf, bufsz, "%s", tmp);
    *end = j;
    return 1;
}

static int find_exemption(const char *s, char *buf, size_t bufsz, size_t *at, size_t *end)
{
    for (size_t i = 0; s[i]; i++) {
        if (s[i] != 's')
            continue;
        if (section_at(s, i, buf, bufsz, end)) {
            if (at)
                *at = i;
            return 1;
        }
    }
    return 0;
}

/* Append item to the ';'-list in buf unless it is there already or would
 * not fit whole. */
static void list_add(char *buf, size_t bufsz, const char *item)
{
    size_t n = strlen(item), used = strlen(buf);
    for (const char *p = buf; (p = strstr(p, item)) != NULL; p += n)
        if ((p == buf || p[-1] == ';') && (p[n] == ';' || p[n] == 0))
            return;
    if (used + (used ? 1 : 0) + n + 1 > bufsz)
        return;
    snprintf(buf + used, bufsz - used, "%s%s", used ? ";" : "", item);
}

int foi_value_find_exemptions(const char *text, char *buf, size_t bufsz)
{
    if (bufsz)
        buf[0] = 0;
    if (!text || bufsz == 0)
        return FOI_ENOTFOUND;
    size_t n = strlen(text), off = 0;
    while (off < n) {
        size_t chunk = n - off < NORM_CAP / 4 ? n - off : NORM_CAP / 4;
        struct norm no;
        if (norm_text(text + off, chunk, &no))
            break;
        const char *s = no.s;
        size_t stop = off + chunk >= n ? no.len : (no.len > 32 ? no.len - 32 : 0);
        for (size_t i = 0; s[i] && i < stop; i++) {
            char one[24];
            size_t e;
            if (s[i] != 's' || !section_at(s, i, one, sizeof one, &e))
                continue;
            list_add(buf, bufsz, one);
            /* "sections 30(3), 31(3) and 40(5)", "s30(3)/31(3)": the numbers
             * that follow a section without the word again */
            for (;;) {
                size_t k = skip_sp(s, e), k2;
                /* "30(3) (investigations and proceedings) and 40(5)": a
                 * bracketed name of the exemption does not end the list */
                if (s[k] == '(' && isalpha_((unsigned char)s[k + 1])) {
                    const char *close = strchr(s + k, ')');
                    if (close && close - (s + k) < 60)
                        k = skip_sp(s, (size_t)(close - s) + 1);
                }
                if (s[k] == ',' || s[k] == '/' || s[k] == '&')
                    k = skip_sp(s, k + 1);
                else if (kw(s, k, "and", &k2) || kw(s, k, "or", &k2))
                    k = skip_sp(s, k2);
                else
                    break;
                if (kw(s, k, "and", &k2))
                    k = skip_sp(s, k2);
                size_t e2;
                if (!section_num_at(s, k, one, sizeof one, &e2))
                    break;
                list_add(buf, bufsz, one);
                e = e2;
            }
            i = e > i ? e - 1 : i;
        }
        if (off + chunk >= n)
            break;
        off += chunk - 32;   /* overlap so a reference split by the cut is still seen */
    }
    return buf[0] ? 0 : FOI_ENOTFOUND;
}

/* One exemption's place in the order: its section number, then the rest as
 * text ("s40(5B)" -> 40, "(5B)"). */
static int exemption_cmp(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    long nx = strtol(x + (*x == 's'), NULL, 10), ny = strtol(y + (*y == 's'), NULL, 10);
    if (nx != ny)
        return nx < ny ? -1 : 1;
    return strcmp(x, y);
}

void foi_exemptions_canon(char *buf)
{
    if (!buf || !strchr(buf, ';'))
        return;
    char tmp[256], *item[32];
    int n = 0;
    size_t room = strlen(buf) + 1;   /* the list only shrinks */
    if (room > sizeof tmp)
        return;
    foi_strlcpy(tmp, sizeof tmp, buf);
    char *save = NULL;
    for (char *t = strtok_r(tmp, ";", &save); t && n < 32; t = strtok_r(NULL, ";", &save))
        if (*t)
            item[n++] = t;
    qsort(item, (size_t)n, sizeof *item, exemption_cmp);
    size_t used = 0;
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        if (i && !strcmp(item[i], item[i - 1]))
            continue;
        used += (size_t)snprintf(buf + used, room - used, "%s%s", used ? ";" : "", item[i]);
    }
}

int foi_value_is_ncnd(const char *text)
{
    if (!text)
        return 0;
    size_t n = strlen(text), off = 0;
    while (off < n) {
        size_t chunk = n - off < NORM_CAP / 4 ? n - off : NORM_CAP / 4;
        struct norm no;
        if (norm_text(text + off, chunk, &no))
            return 0;
        const char *s = no.s;
        for (size_t i = 0; s[i]; i++) {
            if (i > 0 && (isalpha_((unsigned char)s[i - 1]) || isdigit_((unsigned char)s[i - 1])))
                continue;
            size_t e;
            if (kw(s, i, "ncnd", NULL))
                return 1;
            /* "neither confirm nor deny", "neither confirms or denies",
             * "neither confirmed nor denied" */
            if (kw(s, i, "neither", &e)) {
                size_t j = skip_sp(s, e);
                if (strncmp(s + j, "confirm", 7))
                    continue;
                j += 7;
                while (isalpha_((unsigned char)s[j]))
                    j++;
                j = skip_sp(s, j);
                if (kw(s, j, "nor", &e) || kw(s, j, "or", &e)) {
                    j = skip_sp(s, e);
                    if (!strncmp(s + j, "den", 3))
                        return 1;
                }
            }
        }
        if (off + chunk >= n)
            break;
        off += chunk - 32;
    }
    return 0;
}

int foi_value_find_exemption(const char *text, char *buf, size_t bufsz)
{
    if (bufsz)
        buf[0] = 0;
    if (!text || bufsz == 0)
        return FOI_ENOTFOUND;
    /* a long text: look at it piece by piece */
    size_t n = strlen(text), off = 0;
    while (off < n) {
        size_t chunk = n - off < NORM_CAP / 4 ? n - off : NORM_CAP / 4;
        struct norm no;
        if (norm_text(text + off, chunk, &no))
            return 0;
        size_t e;
        if (find_exemption(no.s, buf, bufsz, NULL, &e))
            return 0;
        if (off + chunk >= n)
            break;
        off += chunk - 32;   /* overlap so a reference split by the cut is still seen */
    }
    return FOI_ENOTFOUND;
}

/* ------------------------------------------------------------ phrases */

enum hedge { H_NONE, H_LT, H_LE_SYM, H_LE, H_GT, H_GE, H_ALMOST, H_ABOUT };

struct hedge_word { const char *w; enum hedge h; };

static const struct hedge_word hedges[] = {
    { "fewer than", H_LT }, { "less than", H_LT }, { "smaller than", H_LT }, { "under", H_LT }, { "below", H_LT },
    { "<=", H_LE_SYM }, { "=<", H_LE_SYM }, { "<", H_LT },
    { "no more than", H_LE }, { "not more than", H_LE }, { "at most", H_LE }, { "up to", H_LE },
    { "a maximum of", H_LE },
    { "just under", H_ALMOST }, { "almost", H_ALMOST }, { "nearly", H_ALMOST }, { "not quite", H_ALMOST },
    { "just over", H_GT }, { "more than", H_GT }, { "over", H_GT }, { "in excess of", H_GT },
    { "greater than", H_GT }, { "above", H_GT }, { "upwards of", H_GT }, { ">=", H_GE }, { ">", H_GT },
    { "at least", H_GE }, { "no fewer than", H_GE }, { "no less than", H_GE }, { "not less than", H_GE },
    { "a minimum of", H_GE },
    { "approximately", H_ABOUT }, { "approx.", H_ABOUT }, { "approx", H_ABOUT }, { "around", H_ABOUT },
    { "about", H_ABOUT }, { "roughly", H_ABOUT }, { "circa", H_ABOUT }, { "c.", H_ABOUT },
    { "an estimated", H_ABOUT }, { "estimated", H_ABOUT }, { "est.", H_ABOUT }, { "some", H_ABOUT },
    { "~", H_ABOUT },
};

static enum hedge read_hedge(const char *s, size_t i, size_t *end)
{
    /* most values start with a digit: no hedge starts with one */
    if (s[i] >= '0' && s[i] <= '9')
        return H_NONE;
    /* longest first among those that match */
    enum hedge best = H_NONE;
    size_t bl = 0;
    for (size_t k = 0; k < sizeof hedges / sizeof hedges[0]; k++) {
        if (s[i] != hedges[k].w[0])
            continue;
        size_t e;
        const char *w = hedges[k].w;
        size_t l = strlen(w);
        if (strncmp(s + i, w, l) != 0)
            continue;
        if (isalpha_((unsigned char)w[l - 1]) && isalpha_((unsigned char)s[i + l]))
            continue;
        e = i + l;
        if (l > bl) {
            bl = l;
            best = hedges[k].h;
            *end = e;
        }
    }
    return best;
}

/* Footnote markers after a number: "*", "**", "†", "¹", and with allow_paren
 * "(1)", "[a]". Returns the end, or i when none. */
static size_t read_marker(const char *s, size_t i, int allow_paren)
{
    size_t j = allow_paren ? skip_sp(s, i) : i, st = j;
    while (s[j] == '*' || s[j] == '^')
        j++;
    if (j > st)
        return j;
    if (allow_paren) {
        size_t k = skip_sp(s, i);
        char close = s[k] == '(' ? ')' : s[k] == '[' ? ']' : 0;
        if (close) {
            size_t q = k + 1, l = 0;
            while ((isdigit_((unsigned char)s[q]) || isalpha_((unsigned char)s[q])) && l < 3)
                q++, l++;
            if (l > 0 && (l <= 2 || isdigit_((unsigned char)s[k + 1])) && s[q] == close &&
                !(l > 1 && isalpha_((unsigned char)s[k + 1])))
                return q + 1;
        }
    }
    return i;
}

static void set_reported(struct foi_value *o, int64_t v)
{
    o->status = FOI_VS_REPORTED;
    o->value = o->min = o->max = v;
    o->has_value = o->has_min = o->has_max = 1;
}

/* A number phrase at s+i: [hedge] number [marker] [range | "or more" | "+"].
 * whole: the phrase must be all of s. Fills o, *end. */
static int read_phrase(const char *s, size_t i, struct foi_value *o, size_t *end, int whole)
{
    size_t j = i, e;
    /* "between two and four": a band given in words; small ones are
     * disclosure control like "fewer than five", larger ones estimates */
    if (kw(s, j, "between", &e)) {
        int64_t lo, hi;
        size_t k = skip_sp(s, e), ke;
        if (read_number(s, k, &lo, &ke) || !kw(s, skip_sp(s, ke), "and", &ke) ||
            read_number(s, skip_sp(s, ke), &hi, &ke) || hi <= lo || (lo >= 1900 && hi <= 2100))
            return FOI_EPARSE;   /* "between 2019 and 2021" is a period */
        /* a band of small numbers (from under five) is disclosure control;
         * "between five and ten" is a count not known closer (round 44a,
         * blind44 Sussex: staff figures still being reconciled) */
        o->status = hi <= SUPPRESS_MAX && lo < 5 ? FOI_VS_SUPPRESSED : FOI_VS_APPROXIMATE;
        o->min = lo;
        o->max = hi;
        o->has_min = o->has_max = 1;
        *end = ke;
        return 0;
    }
    /* "n<3", "n <= 2", "N<5": the count written as a bound on n; only a
     * comparison sign may follow the n */
    if (s[j] == 'n' && !isalpha_((unsigned char)s[j + 1])) {
        size_t q = skip_sp(s, j + 1);
        if (s[q] == '<' || (s[q] == '>' && s[q + 1] != '>'))
            j = q;
    }
    enum hedge h = read_hedge(s, j, &e);
    if (h != H_NONE)
        j = skip_sp(s, e);
    if (s[j] == '-' && isdigit_((unsigned char)s[j + 1]) && h == H_NONE)
        return FOI_ERANGE;                       /* negative counts */
    int64_t v;
    int rc = read_number(s, j, &v, &e);
    if (rc)
        return rc;
    j = e;
    size_t m = read_marker(s, j, whole);
    if (m > j) {
        o->marker = 1;
        j = m;
    }
    /* a percentage or a money amount is not a count */
    size_t k = skip_sp(s, j);
    if (s[j] == '%' || kw(s, k, "per cent", NULL) || kw(s, k, "percent", NULL))
        return FOI_EPARSE;
    /* a date, a reference, a time: "2022/23", "12:30", "1.2.3" */
    if ((s[j] == '/' || s[j] == ':' || s[j] == '.') && isdigit_((unsigned char)s[j + 1]))
        return FOI_EPARSE;
    /* banded: "1-4", "1 to 4", "1 – 4" */
    if (h == H_NONE) {
        size_t r = k;
        int band = 0;
        if (s[r] == '-')
            band = 1, r = skip_sp(s, r + 1);
        else if (kw(s, r, "to", &e))
            band = 1, r = skip_sp(s, e);
        int64_t hi;
        size_t he;
        if (band && read_number(s, r, &hi, &he) == 0 && (isdigit_((unsigned char)s[r]) == isdigit_((unsigned char)s[i]))) {
            if (hi < v)
                return FOI_EPARSE;
            o->status = FOI_VS_SUPPRESSED;
            o->min = v;
            o->max = hi;
            o->has_min = o->has_max = 1;
            size_t m2 = read_marker(s, he, whole);
            if (m2 > he)
                o->marker = 1;
            *end = m2;
            return 0;
        }
        if (band && s[k] == '-' && isdigit_((unsigned char)s[r]))
            return FOI_EPARSE;                   /* "5-3" and other odd bands */
    }
    /* "5 or more", "5+", "5 or fewer" */
    if (kw(s, k, "or more", &e) || kw(s, k, "or over", &e) || (s[j] == '+' && (e = j + 1))) {
        if (h != H_NONE)
            return FOI_EPARSE;
        h = H_GE;
        j = e;
    } else if (kw(s, k, "or fewer", &e) || kw(s, k, "or less", &e) || kw(s, k, "or under", &e)) {
        if (h != H_NONE)
            return FOI_EPARSE;
        h = H_LE_SYM;
        j = e;
    }
    /* a hedge that gives bounds ("more than 20", "fewer than 100", "almost a
     * dozen") leaves the value empty: 20 is not the figure, and would lie
     * outside its own bounds; only "about 40" keeps its number */
    switch (h) {
    case H_NONE:
        set_reported(o, v);
        break;
    case H_LT:
        if (v <= 0)
            return FOI_EPARSE;
        o->status = v <= SUPPRESS_MAX ? FOI_VS_SUPPRESSED : FOI_VS_APPROXIMATE;
        o->min = 0;
        o->max = v - 1;
        o->has_min = o->has_max = 1;
        break;
    case H_LE_SYM:
        o->status = v <= SUPPRESS_MAX ? FOI_VS_SUPPRESSED : FOI_VS_APPROXIMATE;
        o->min = 0;
        o->max = v;
        o->has_min = o->has_max = 1;
        break;
    case H_LE:
        o->status = FOI_VS_APPROXIMATE;
        o->min = 0;
        o->max = v;
        o->has_min = o->has_max = 1;
        break;
    case H_GT:
        o->status = FOI_VS_APPROXIMATE;
        o->min = v + 1;
        o->has_min = 1;
        break;
    case H_GE:
        o->status = FOI_VS_APPROXIMATE;
        o->min = v;
        o->has_min = 1;
        break;
    case H_ALMOST:
        if (v <= 0)
            return FOI_EPARSE;
        o->status = FOI_VS_APPROXIMATE;
        o->max = v - 1;
        o->has_max = 1;
        break;
    case H_ABOUT:
        o->status = FOI_VS_APPROXIMATE;
        o->value = v;
        o->has_value = 1;
        break;
    }
    size_t m2 = read_marker(s, j, whole);
    if (m2 > j) {
        o->marker = 1;
        j = m2;
    }
    *end = j;
    return 0;
}

/* "(28%)", "(12.5 %)" at s+i, and nothing after it: the share a count is of
 * its row or year, printed beside the count. Returns the end of the text
 * when it is such a share, else i. */
static size_t share_after(const char *s, size_t i)
{
    size_t j = skip_sp(s, i + 1), d = 0;
    while (isdigit_((unsigned char)s[j]))
        j++, d++;
    if (s[j] == '.' && isdigit_((unsigned char)s[j + 1]))
        for (j++; isdigit_((unsigned char)s[j]); j++)
            ;
    j = skip_sp(s, j);
    if (!d || d > 3 || s[j] != '%')
        return i;
    j = skip_sp(s, j + 1);
    if (s[j] != ')')
        return i;
    j = skip_sp(s, j + 1);
    return s[j] ? i : j;
}

/* Only full or near-full blocks and black squares (and spaces): what a
 * redaction box leaves, or a redaction tool writes in the text's place. */
static int blacked_out(const char *t)
{
    int blocks = 0;
    while (*t) {
        const unsigned char *u = (const unsigned char *)t;
        if (*t == ' ') {
            t++;
        } else if (u[0] == 0xE2 && u[1] == 0x96 && (u[2] == 0x88 || u[2] == 0x89 || u[2] == 0x87 ||
                                                    u[2] == 0xA0 || u[2] == 0xAC || u[2] == 0xAA)) {
            blocks++;   /* U+2588 full block, U+2589, U+2587, U+25A0 black square, U+25AC, U+25AA */
            t += 3;
        } else {
            return 0;
        }
    }
    return blocks > 0;
}

static int is_phrase(const char *s, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (s[0] == list[k][0] && strcmp(s, list[k]) == 0)
            return 1;
    return 0;
}

int foi_value_parse(const char *text, struct foi_value *out)
{
    memset(out, 0, sizeof *out);
    if (!text)
        return FOI_EPARSE;
    /* most cells are a plain count: 0, or 1 to 9 digits without a leading zero */
    if (text[0] >= '1' && text[0] <= '9') {
        int64_t v = text[0] - '0';
        size_t i = 1;
        while (i < 9 && text[i] >= '0' && text[i] <= '9')
            v = v * 10 + (text[i++] - '0');
        if (!text[i]) {
            set_reported(out, v);
            return 0;
        }
    } else if (text[0] == '0' && !text[1]) {
        set_reported(out, 0);
        return 0;
    }
    /* blacked out ("\xE2\x96\x88\xE2\x96\x88", "\xE2\x96\xA0"): a redaction, as a
     * withheld cell */
    if (blacked_out(text)) {
        out->status = FOI_VS_SUPPRESSED;
        return 0;
    }
    struct norm no;
    if (norm_text(text, strlen(text), &no))
        return FOI_EPARSE;
    char *s = no.s;
    /* strip enclosing quotes */
    if (no.len >= 2 && (s[0] == '"' || s[0] == '\'') && s[no.len - 1] == s[0]) {
        s[no.len - 1] = 0;
        s++;
        while (*s == ' ')
            s++;
        size_t l = strlen(s);
        while (l > 0 && s[l - 1] == ' ')
            s[--l] = 0;
    }
    if (!*s)
        return FOI_EPARSE;
    /* a run of asterisks (or daggers): suppressed, bounds from the footnote */
    if (strspn(s, "*") == strlen(s)) {
        out->status = FOI_VS_SUPPRESSED;
        return 0;
    }
    /* a lone dash is ambiguous (zero? not available? not applicable?): not a
     * figure, because a wrong figure is worse than a missing one */
    static const char *const not_figure[] = { "-", "--", "---", "n/a", "na", "n.a.", "n a",
        "not applicable", "tbc", "unknown", "?", "x", ".." };
    if (is_phrase(s, not_figure, sizeof not_figure / sizeof not_figure[0]))
        return FOI_EPARSE;
    static const char *const nil[] = { "nil", "none", "nil return", "zero", "nil.", "none.", "nought" };
    if (is_phrase(s, nil, sizeof nil / sizeof nil[0])) {
        set_reported(out, 0);
        return 0;
    }
    static const char *const not_held[] = { "not held", "information not held", "data not held",
        "info not held", "not recorded", "information is not held", "the information is not held",
        "no information held", "no data held", "nh" };
    if (is_phrase(s, not_held, sizeof not_held / sizeof not_held[0])) {
        out->status = FOI_VS_NOT_HELD;
        return 0;
    }
    static const char *const withheld[] = { "exempt", "withheld", "redacted", "suppressed" };
    if (is_phrase(s, withheld, sizeof withheld / sizeof withheld[0])) {
        out->status = FOI_VS_SUPPRESSED;
        return 0;
    }
    /* "NCND", "neither confirm nor deny (s30(3), s31(3))": the force will not
     * say whether it holds the figure */
    if (foi_value_is_ncnd(text)) {
        out->status = FOI_VS_NCND;
        foi_value_find_exemptions(text, out->exemption, sizeof out->exemption);
        return 0;
    }
    /* a section of the Act, alone or with a few words and asterisks around
     * it ("Withheld - s40(2)*"); a sentence that cites one (a note defining
     * the asterisk) is no value */
    size_t xa, xe;
    char ex[16];
    int words = 1;
    for (const char *p = s; *p; p++)
        words += *p == ' ';
    if (words > 10)
        return FOI_EPARSE;
    if (find_exemption(s, ex, sizeof ex, &xa, &xe)) {
        int digits = 0;
        for (size_t i = 0; s[i]; i++)
            if (isdigit_((unsigned char)s[i]) && (i < xa || i >= xe))
                digits = 1;
        if (!digits) {
            out->status = strncmp(ex, "s40", 3) == 0 && !isdigit_((unsigned char)ex[3])
                              ? FOI_VS_SUPPRESSED : FOI_VS_REFUSED;
            foi_strlcpy(out->exemption, sizeof out->exemption, ex);
            return 0;
        }
    }
    if (strstr(s, "cost limit") || strstr(s, "appropriate limit") || strstr(s, "exceeds cost") ||
        strstr(s, "exceed cost")) {
        out->status = FOI_VS_REFUSED;
        snprintf(out->exemption, sizeof out->exemption, "s12");
        return 0;
    }
    size_t end;
    struct foi_value v;
    memset(&v, 0, sizeof v);
    int rc = read_phrase(s, 0, &v, &end, 1);
    if (rc)
        return rc;
    end = skip_sp(s, end);
    if (s[end] == '(' && v.status == FOI_VS_REPORTED && !v.marker)
        end = share_after(s, end);   /* "5 (28%)": the count, its share beside it */
    if (s[end])
        return FOI_EPARSE;
    *out = v;
    return 0;
}

/* Can a value read by foi_value_scan start with the word of ASCII letters
 * that opens text? Its first word, lowered, is the word norm_text gives
 * (whatever follows a run of letters becomes no letter), and every reading
 * opens with a digit, a sign or one of these words: "none", "nil", "no"
 * (foi_value_scan), "between" (read_phrase), the first word of a hedge,
 * "half", "a", "an", a unit, a tens word, "hundred", "thousand", "dozen"
 * (read_words). A filter only, for the scan at every word of a sentence:
 * a word none of these is answered as read_phrase would (FOI_EPARSE)
 * without normalizing the text. Keep it in step with those readers. */
static int may_start_value(const char *text)
{
    char w[16];
    size_t n = 0;
    while (((text[n] >= 'a' && text[n] <= 'z') || (text[n] >= 'A' && text[n] <= 'Z')) && n < sizeof w - 1) {
        w[n] = (char)(text[n] >= 'A' && text[n] <= 'Z' ? text[n] + 32 : text[n]);
        n++;
    }
    if (!n || (text[n] >= 'a' && text[n] <= 'z') || (text[n] >= 'A' && text[n] <= 'Z'))
        return n == 0;   /* no letter first: not this filter's to say; a longer word: none of the words */
    w[n] = 0;
    static const char *const words[] = { "none", "nil", "no", "between", "half", "a", "an", "hundred",
                                         "thousand", "dozen" };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (w[0] == words[k][0] && !strcmp(w, words[k]))
            return 1;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (w[0] == units[k][0] && !strcmp(w, units[k]))
            return 1;
    for (size_t k = 0; k < sizeof tens / sizeof tens[0]; k++)
        if (w[0] == tens[k][0] && !strcmp(w, tens[k]))
            return 1;
    for (size_t k = 0; k < sizeof hedges / sizeof hedges[0]; k++) {
        const char *h = hedges[k].w;
        if (h[0] != w[0] || strncmp(h, w, n))
            continue;
        if (!isalpha_((unsigned char)h[n]))   /* the hedge's first word is w ("c." of "c.", "at" of "at least") */
            return 1;
    }
    return 0;
}

int foi_value_scan(const char *text, struct foi_value *out, size_t *used)
{
    memset(out, 0, sizeof *out);
    if (used)
        *used = 0;
    if (!text)
        return FOI_EPARSE;
    /* running text: most words open no value */
    if (!may_start_value(text))
        return FOI_EPARSE;
    /* only the start of the text matters (not strlen: this runs at every
     * word of a sentence, and the rest of a long one is not looked at) */
    size_t n = strnlen(text, NORM_CAP / 4);
    struct norm no;
    if (norm_text(text, n, &no))
        return FOI_EPARSE;
    const char *s = no.s;
    size_t i = 0, e;
    /* leading whitespace was not copied; map[0] says where the text starts */
    if (kw(s, i, "none", &e) || kw(s, i, "nil", &e)) {
        set_reported(out, 0);
        if (used)
            *used = no.map[e];
        return 0;
    }
    struct foi_value v;
    memset(&v, 0, sizeof v);
    int rc = read_phrase(s, i, &v, &e, 0);
    if (rc == FOI_EPARSE && kw(s, i, "no", &e) && s[e] == ' ') {
        /* "no allegations", "No allegation of misogyny": zero. Not the outcome
         * labels that start with "no" ("No case to answer", "No further
         * action", "No action taken") nor "no longer", "no one". */
        static const char *const not_zero[] = { "case", "further", "action", "longer", "one", "more",
            "less", "fewer", "misconduct", "fault", "need", "doubt", "way", "information", "data",
            "record", "records", "details" };
        size_t w = e + 1, we = w;
        while (isalpha_((unsigned char)s[we]))
            we++;
        if (we - w < 3 || (s[we] != ' ' && s[we] != 0 && s[we] != ',' && s[we] != '.'))
            return FOI_EPARSE;
        for (size_t k = 0; k < sizeof not_zero / sizeof not_zero[0]; k++)
            if (kw(s, w, not_zero[k], NULL))
                return FOI_EPARSE;
        set_reported(out, 0);
        if (used)
            *used = no.map[e];
        return 0;
    }
    if (rc)
        return rc;
    /* a number glued to letters ("2nd", "5AF") is not a count */
    if (isalpha_((unsigned char)s[e]))
        return FOI_EPARSE;
    *out = v;
    if (used)
        *used = no.map[e];
    return 0;
}

/* ---------------------------------------------- a mark's defined range */

enum { DEFINED_MAX = 20 };   /* a range a suppression note states is a small one */

/* "... or A, B or C": whole numbers, each one more than the one before,
 * from s+i; the last and *end, 0 none. "one or two", "1 or 2", "1, 2 or 3". */
static int consecutive_list(const char *s, size_t i, int64_t first, int64_t *last, size_t *end)
{
    int64_t prev = first, b;
    size_t j = i, e;
    for (;;) {
        size_t k = j;
        int or_word = 0;
        if (s[k] == ',')
            k = skip_sp(s, k + 1);
        else if (s[k] == ' ' && kw(s, k + 1, "or", &e)) {
            k = skip_sp(s, e);
            or_word = 1;
        } else {
            return 0;
        }
        if (read_number(s, k, &b, &e) != 0 || b != prev + 1 || b > DEFINED_MAX)
            return 0;
        /* "1 or 2%", "1 or 2/3", "one or two-year": no count of the note's */
        if (s[e] == '%' || s[e] == '/' || (s[e] == '.' && isdigit_((unsigned char)s[e + 1])) ||
            (s[e] == '-' && isalpha_((unsigned char)s[e + 1])))
            return 0;
        prev = b;
        j = e;
        if (or_word) {
            *last = b;
            *end = e;
            return 1;
        }
    }
}

/* A lower bound said in words at s+i: "more than zero" (1), "greater than
 * 0", "above nil", "at least one", "one or more", "1 or above"; 0 none. */
static int lower_said(const char *s, size_t i, int64_t *lo, size_t *end)
{
    size_t e, j;
    int64_t a;
    enum hedge h = read_hedge(s, i, &e);
    if (h == H_GT || h == H_GE) {
        j = skip_sp(s, e);
        if (kw(s, j, "nil", &e) || kw(s, j, "nought", &e))
            a = 0;
        else if (read_number(s, j, &a, &e) != 0)
            return 0;
        if (a > DEFINED_MAX)
            return 0;
        *lo = h == H_GT ? a + 1 : a;
        *end = e;
        return 1;
    }
    if (read_number(s, i, &a, &e) == 0 && a >= 1 && a <= DEFINED_MAX) {
        j = skip_sp(s, e);
        if (kw(s, j, "or more", &e) || kw(s, j, "or above", &e) || kw(s, j, "or over", &e) ||
            kw(s, j, "or greater", &e)) {
            *lo = a;
            *end = e;
            return 1;
        }
    }
    return 0;
}

/* "identifying the individual", "could identify the officer concerned" at
 * s+i: a withheld figure that would name the one person it counts is at
 * least one (round 43a). Only the singular with "the": "to avoid
 * identifying individuals" is a policy said of every small cell, 0 among
 * them. 1 with *end past the phrase, else 0. */
static int names_one(const char *s, size_t i, size_t *end)
{
    static const char *const verbs[] = { "identifying", "identify", "identification of", "identifies", NULL };
    static const char *const whom[] = { "the individual", "the person", "the officer", "the member of staff",
                                        "the staff member", "the employee", NULL };
    size_t e;
    for (int k = 0; verbs[k]; k++) {
        if (!kw(s, i, verbs[k], &e))
            continue;
        size_t j = skip_sp(s, e);
        for (int w = 0; whom[w]; w++)
            if (kw(s, j, whom[w], end))
                return 1;
        return 0;
    }
    return 0;
}

/* An upper bound said at s+i: "fewer than three" (2), "less than 5", "<5",
 * "no more than four", "up to 4", "5 or fewer"; 0 none. */
static int upper_said(const char *s, size_t i, int64_t *hi, size_t *end)
{
    size_t e, j;
    int64_t a;
    enum hedge h = read_hedge(s, i, &e);
    if (h == H_LT || h == H_LE || h == H_LE_SYM) {
        j = skip_sp(s, e);
        if (read_number(s, j, &a, &e) != 0 || a < 1 || a > DEFINED_MAX + 1)
            return 0;
        *hi = h == H_LT ? a - 1 : a;
        *end = e;
        return 1;
    }
    if (read_number(s, i, &a, &e) == 0 && a <= DEFINED_MAX) {
        j = skip_sp(s, e);
        if (kw(s, j, "or fewer", &e) || kw(s, j, "or less", &e) || kw(s, j, "or under", &e) ||
            kw(s, j, "or below", &e)) {
            *hi = a;
            *end = e;
            return 1;
        }
    }
    return 0;
}

/* The end of a sentence at s+i: ';', or '.' before a space or the end but
 * not an abbreviation's ("i.e.", "e.g."). */
static int sentence_end(const char *s, size_t i)
{
    if (s[i] == ';')
        return 1;
    if (s[i] != '.' || (s[i + 1] && s[i + 1] != ' '))
        return 0;
    size_t w = i;
    while (w > 0 && (isalpha_((unsigned char)s[w - 1]) || s[w - 1] == '.'))
        w--;
    return !(i - w <= 3 && memchr(s + w, '.', i - w));
}

/* One sentence (s, NUL-ended): its first range and whether it is the
 * range of the mark the sentence explains. first: the sentence opens a
 * mark's definition (the mark given apart). */
static int sentence_range(const char *s, int first, int64_t *min, int64_t *max)
{
    int64_t rlo = -1, rhi = -1, umin = INT64_MAX, umax = -1, up = -1, low = -1;
    size_t up_at = 0, lo_at = 0;
    int symbol = 0, one = 0;
    for (size_t i = 0; s[i]; i++) {
        if (strchr("*#~^[", s[i]))
            symbol = 1;   /* a symbol a cell shows ("*", "[c]") */
        if (i > 0 && (isalpha_((unsigned char)s[i - 1]) || isdigit_((unsigned char)s[i - 1])))
            continue;
        size_t e;
        int64_t a, b;
        if (rlo < 0 && kw(s, i, "between", &e)) {
            /* "between one and five" */
            size_t j = skip_sp(s, e);
            if (read_number(s, j, &a, &e) == 0) {
                j = skip_sp(s, e);
                if (kw(s, j, "and", &e) && read_number(s, skip_sp(s, e), &b, &e) == 0 && a <= b &&
                    b <= DEFINED_MAX && s[e] != '/' && !(s[e] == '.' && isdigit_((unsigned char)s[e + 1]))) {
                    rlo = a;
                    rhi = b;
                    i = e - 1;
                    continue;
                }
            }
        }
        if (rlo < 0 && read_number(s, i, &a, &e) == 0 && a <= DEFINED_MAX &&
            !(s[e] == '/' || s[e] == '%' || (s[e] == '.' && isdigit_((unsigned char)s[e + 1])))) {
            size_t j = skip_sp(s, e), k;
            /* "one to five", "from 1 to 4", "1-4" (digits only with a dash) */
            if ((s[e] == '-' && isdigit_((unsigned char)s[i]) && isdigit_((unsigned char)s[e + 1])) ||
                kw(s, j, "to", &k)) {
                k = s[e] == '-' ? e + 1 : k;
                size_t e2;
                if (read_number(s, skip_sp(s, k), &b, &e2) == 0 && a <= b && b <= DEFINED_MAX &&
                    !(s[e2] == '/' || s[e2] == '%' || (s[e2] == '.' && isdigit_((unsigned char)s[e2 + 1])))) {
                    rlo = a;
                    rhi = b;
                    i = e2 - 1;
                    continue;
                }
            }
            /* "one or two", "1, 2 or 3" */
            if (a >= 1 && consecutive_list(s, e, a, &b, &k)) {
                rlo = a;
                rhi = b;
                i = k - 1;
                continue;
            }
        }
        int64_t v;
        size_t pe = 0;
        if (names_one(s, i, &pe)) {
            one = 1;   /* "to avoid identifying the individual": one is there */
        } else if (lower_said(s, i, &v, &pe)) {
            low = v;
            lo_at = i;
        } else if (upper_said(s, i, &v, &pe)) {
            up = v;
            up_at = i;
            umin = v < umin ? v : umin;
            umax = v > umax ? v : umax;
        }
        /* an upper and a lower bound said apart ("fewer than three but more
         * than zero", "at least one and fewer than five"): at most 60
         * characters apart */
        if (rlo < 0 && low >= 1 && up >= 0 && low <= up &&
            (up_at > lo_at ? up_at - lo_at : lo_at - up_at) <= 60) {
            rlo = low;
            rhi = up;
        }
        if (pe > i + 1)
            i = pe - 1;   /* past the phrase: "no more than" is not "more than" */
    }
    /* "* Fewer than three: withheld ... to avoid identifying the
     * individual": a mark's definition with the bound said, and the one
     * person the figure would name anywhere in the sentence. Not a rule
     * said of every small figure ("Where a figure is fewer than five it
     * has not been given, because so small a number could identify the
     * member of staff concerned": 0..4 in the older keys, blind10 Police
     * Scotland, unseen-letters Wiltshire) */
    if (rlo < 0 && one && up >= 1 && (symbol || first) && strncmp(s, "where ", 6) && strncmp(s, "if ", 3) &&
        strncmp(s, "when ", 5)) {
        rlo = 1;
        rhi = up;
    }
    if (rlo < 0)
        return FOI_ENOTFOUND;
    /* notations of other sizes in the sentence ("shown as <5, 1-4, 5 or
     * fewer, or n<3"): a list of marks, the range one of them */
    if (umax >= 0 && (umin != rhi || umax != rhi))
        return FOI_ENOTFOUND;
    /* the sentence must be about a mark: it names one, or opens the
     * definition of the mark given ("Figures for police staff between one
     * and four are withheld" after "* Fewer than five." defines nothing) */
    if (!first && umax < 0 && !symbol)
        return FOI_ENOTFOUND;
    *min = rlo;
    *max = rhi;
    return 0;
}

int foi_value_defined_range(const char *text, const char *mark, int64_t *min, int64_t *max)
{
    if (!text)
        return FOI_ENOTFOUND;
    struct norm no;
    if (norm_text(text, strnlen(text, NORM_CAP / 2), &no))
        return FOI_ENOTFOUND;
    const char *s = no.s;
    char sent[NORM_CAP];
    for (size_t a = 0, k = 0; s[a]; k++) {
        size_t b = a;
        while (s[b] && !sentence_end(s, b))
            b++;
        memcpy(sent, s + a, b - a);
        sent[b - a] = 0;
        if (sentence_range(sent, k == 0 && mark != NULL, min, max) == 0)
            return 0;
        a = s[b] ? b + 1 : b;
    }
    return FOI_ENOTFOUND;
}

int foi_value_suppressed_bounds(const char *footnote_text, int64_t *min, int64_t *max)
{
    if (!footnote_text)
        return FOI_ENOTFOUND;
    size_t n = strlen(footnote_text), off = 0;
    while (off < n) {
        size_t chunk = n - off < NORM_CAP / 4 ? n - off : NORM_CAP / 4;
        struct norm no;
        if (norm_text(footnote_text + off, chunk, &no))
            return FOI_ENOTFOUND;
        const char *s = no.s;
        for (size_t i = 0; s[i]; i++) {
            if (i > 0 && (isalpha_((unsigned char)s[i - 1]) || isdigit_((unsigned char)s[i - 1])))
                continue;
            size_t e, j;
            int64_t a, b;
            enum hedge h = read_hedge(s, i, &e);
            if (h == H_LT || h == H_LE_SYM || h == H_LE) {
                j = skip_sp(s, e);
                if (read_number(s, j, &a, &e) == 0 && a >= 1 && a <= 1000) {
                    *min = 0;
                    *max = h == H_LT ? a - 1 : a;
                    return 0;
                }
            }
            if (kw(s, i, "between", &e)) {
                j = skip_sp(s, e);
                if (read_number(s, j, &a, &e) == 0) {
                    j = skip_sp(s, e);
                    if (kw(s, j, "and", &e) && read_number(s, skip_sp(s, e), &b, &e) == 0 &&
                        a <= b && b <= 1000) {
                        *min = a;
                        *max = b;
                        return 0;
                    }
                }
            }
            if (isdigit_((unsigned char)s[i]) || isalpha_((unsigned char)s[i])) {
                /* "1-4", "1 to 4", "5 or fewer" */
                if (read_number(s, i, &a, &e) == 0) {
                    j = skip_sp(s, e);
                    size_t k;
                    /* "1-4", "1 to 4", "one to four" (words only with "to") */
                    if ((s[j] == '-' && isdigit_((unsigned char)s[i])) || kw(s, j, "to", &k)) {
                        k = s[j] == '-' ? j + 1 : k;
                        /* "from 1 to 4." ends a sentence; "1 to 4.5", "1/4" are no range */
                        if (read_number(s, skip_sp(s, k), &b, &e) == 0 && a <= b && b <= 1000 &&
                            !(s[e] == '/' || (s[e] == '.' && isdigit_((unsigned char)s[e + 1])))) {
                            *min = a;
                            *max = b;
                            return 0;
                        }
                    }
                    if ((kw(s, j, "or fewer", &e) || kw(s, j, "or less", &e)) && a <= 1000) {
                        *min = 0;
                        *max = a;
                        return 0;
                    }
                }
            }
        }
        if (off + chunk >= n)
            break;
        off += chunk - 32;
    }
    return FOI_ENOTFOUND;
}
