/* gen.c: a seeded generator of synthetic FOI response folders for the
 * benchmark: fixture responses in their forces' house styles with years
 * shifted, figures scaled, small cells suppressed, grown to 2-200 KB.
 *
 * Three in four files are re-badged as one of 32 forces that have no plugin
 * (names, domains and reference formats replaced, filed under that force's
 * folder), so a large folder looks like a whole country's answers read by
 * the generic parsers, not a few forces answering hundreds of times. The
 * figures' scale depends on (force, template, year shift), so two files that
 * describe the same force and period agree, as re-sent answers do. */

/* Each file copies one fixture; rows (long CSVs, up to 20 KB) or page/letter
 * boilerplate make it bigger. Deterministic: file i depends only on (seed, i),
 * so `gen ... 1 SEED 10000` adds one new file.
 * usage: gen FIXTURES_DIR OUT_DIR COUNT SEED [FIRST_INDEX] */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

struct tpl {
    char force[64], stem[128], ext[16];
    char *data;
    size_t len;
};

struct buf {
    char *p;
    size_t n, a;
};

static void die(const char *what)
{
    fprintf(stderr, "gen: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void add(struct buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->a) {
        size_t na = b->a ? b->a : 4096;
        while (na < b->n + n + 1)
            na *= 2;
        char *p = realloc(b->p, na);
        if (!p)
            die("out of memory");
        b->p = p;
        b->a = na;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void adds(struct buf *b, const char *s) { add(b, s, strlen(s)); }

static void addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void addf(struct buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* ------------------------------------------------------------------ rng */
static uint64_t rng_state;

static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static int rndn(int n) { return (int)(rnd() % (uint64_t)n); }

/* ------------------------------------------------------------ templates */
static struct tpl *tpls;
static int ntpl;

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir (no dot files). */
static char **list_dir(const char *dir, int *n)
{
    DIR *d = opendir(dir);
    if (!d)
        die(dir);
    char **v = NULL;
    int k = 0, a = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (k == a) {
            a = a ? a * 2 : 16;
            v = realloc(v, (size_t)a * sizeof *v);
            if (!v)
                die("out of memory");
        }
        v[k++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(v, (size_t)k, sizeof *v, name_cmp);
    *n = k;
    return v;
}

static void load_templates(const char *root)
{
    int nf;
    char **forces = list_dir(root, &nf);
    for (int i = 0; i < nf; i++) {
        char dir[1024];
        snprintf(dir, sizeof dir, "%s/%s", root, forces[i]);
        struct stat st;
        if (stat(dir, &st) || !S_ISDIR(st.st_mode))
            continue;
        int nn;
        char **names = list_dir(dir, &nn);
        for (int k = 0; k < nn; k++) {
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", dir, names[k]);
            FILE *fp = fopen(path, "rb");
            if (!fp)
                die(path);
            tpls = realloc(tpls, (size_t)(ntpl + 1) * sizeof *tpls);
            struct tpl *t = &tpls[ntpl++];
            memset(t, 0, sizeof *t);
            fseek(fp, 0, SEEK_END);
            long sz = ftell(fp);
            fseek(fp, 0, SEEK_SET);
            t->data = malloc((size_t)sz + 1);
            if (!t->data || fread(t->data, 1, (size_t)sz, fp) != (size_t)sz)
                die(path);
            t->data[sz] = '\0';
            t->len = (size_t)sz;
            fclose(fp);
            snprintf(t->force, sizeof t->force, "%s", forces[i]);
            const char *dot = strrchr(names[k], '.');
            size_t sl = dot ? (size_t)(dot - names[k]) : strlen(names[k]);
            snprintf(t->stem, sizeof t->stem, "%.*s", (int)(sl < 100 ? sl : 100), names[k]);
            snprintf(t->ext, sizeof t->ext, "%s", dot ? dot : "");
            free(names[k]);
        }
        free(names);
    }
    for (int i = 0; i < nf; i++)
        free(forces[i]);
    free(forces);
    if (!ntpl) {
        fprintf(stderr, "gen: no templates under %s\n", root);
        exit(1);
    }
}

/* ------------------------------------------------------------ re-badging */
/* How a template names its force: what to replace, with which form of the
 * new force's name. */
enum form { SHORT, LOWER, UPPER, LIT };
struct needle { const char *force, *text; enum form form; const char *lit; };
static const struct needle needles[] = {     /* longest first within a force */
    { "devon-and-cornwall", "Devon and Cornwall", SHORT, 0 },
    { "devon-and-cornwall", "Devon & Cornwall", SHORT, 0 },
    { "devon-and-cornwall", "devonandcornwall", LOWER, 0 },
    { "greater-manchester", "Greater Manchester", SHORT, 0 },
    { "greater-manchester", "GMP", SHORT, 0 },
    { "greater-manchester", "gmp", LOWER, 0 },
    { "hampshire", "Hampshire and Isle of Wight", SHORT, 0 },
    { "hampshire", "Hampshire & Isle of Wight", SHORT, 0 },
    { "hampshire", "Hampshire", SHORT, 0 },
    { "hampshire", "hampshire", LOWER, 0 },
    { "hampshire", "HC/FOI/", LIT, "FOI/" },
    { "hampshire", "HC-FOI-", LIT, "FOI-" },
    { "kent", "Kent", SHORT, 0 },
    { "kent", "kent", LOWER, 0 },
    { "lancashire", "Lancashire", SHORT, 0 },
    { "lancashire", "lancashire", LOWER, 0 },
    { "merseyside", "Merseyside", SHORT, 0 },
    { "merseyside", "merseyside", LOWER, 0 },
    { "metropolitan", "Metropolitan Police Service", SHORT, 0 },
    { "metropolitan", "Metropolitan", SHORT, 0 },
    { "metropolitan", "metropolitan", LOWER, 0 },
    { "metropolitan", "met.police.uk", LIT, 0 },      /* LIT with no text: the domain */
    { "metropolitan", "MPS", SHORT, 0 },
    { "metropolitan", "01.FOI.", LIT, "FOI-" },
    { "staffordshire", "STAFFORDSHIRE", UPPER, 0 },
    { "staffordshire", "Staffordshire", SHORT, 0 },
    { "staffordshire", "staffordshire", LOWER, 0 },
    { "thames-valley", "Thames Valley", SHORT, 0 },
    { "thames-valley", "thamesvalley", LOWER, 0 },
    { "thames-valley", "TVP", SHORT, 0 },
    { "west-midlands", "West Midlands", SHORT, 0 },
    { "west-midlands", "west-midlands", LOWER, 0 },
    { "west-midlands", "westmidlands", LOWER, 0 },
};
/* Forces without a plugin: folder id, short name, domain stem */
static const char *const others[][3] = {
    { "avon-and-somerset", "Avon and Somerset", "avonandsomerset" },
    { "bedfordshire", "Bedfordshire", "bedfordshire" },
    { "cambridgeshire", "Cambridgeshire", "cambs" },
    { "cheshire", "Cheshire", "cheshire" },
    { "cleveland", "Cleveland", "cleveland" },
    { "cumbria", "Cumbria", "cumbria" },
    { "derbyshire", "Derbyshire", "derbyshire" },
    { "dorset", "Dorset", "dorset" },
    { "durham", "Durham", "durham" },
    { "dyfed-powys", "Dyfed-Powys", "dyfed-powys" },
    { "essex", "Essex", "essex" },
    { "gloucestershire", "Gloucestershire", "gloucestershire" },
    { "gwent", "Gwent", "gwent" },
    { "hertfordshire", "Hertfordshire", "herts" },
    { "humberside", "Humberside", "humberside" },
    { "leicestershire", "Leicestershire", "leics" },
    { "lincolnshire", "Lincolnshire", "lincs" },
    { "norfolk", "Norfolk", "norfolk" },
    { "north-wales", "North Wales", "north-wales" },
    { "north-yorkshire", "North Yorkshire", "northyorkshire" },
    { "northamptonshire", "Northamptonshire", "northants" },
    { "northumbria", "Northumbria", "northumbria" },
    { "nottinghamshire", "Nottinghamshire", "nottinghamshire" },
    { "south-wales", "South Wales", "south-wales" },
    { "south-yorkshire", "South Yorkshire", "southyorks" },
    { "suffolk", "Suffolk", "suffolk" },
    { "surrey", "Surrey", "surrey" },
    { "sussex", "Sussex", "sussex" },
    { "warwickshire", "Warwickshire", "warwickshire" },
    { "west-mercia", "West Mercia", "westmercia" },
    { "west-yorkshire", "West Yorkshire", "westyorkshire" },
    { "wiltshire", "Wiltshire", "wiltshire" },
};
#define NOTHERS (sizeof others / sizeof *others)

static void rebadge(struct buf *out, const char *s, size_t n, const char *from, const char *const to[3])
{
    char up[64], dom[96];
    size_t k = 0;
    for (; to[1][k] && k < sizeof up - 1; k++)
        up[k] = (char)toupper((unsigned char)to[1][k]);
    up[k] = 0;
    snprintf(dom, sizeof dom, "%s.police.uk", to[2]);
    for (size_t i = 0; i < n;) {
        const struct needle *hit = NULL;
        for (size_t q = 0; q < sizeof needles / sizeof *needles && !hit; q++) {
            size_t l = strlen(needles[q].text);
            if (!strcmp(needles[q].force, from) && l <= n - i && !memcmp(s + i, needles[q].text, l))
                hit = &needles[q];
        }
        if (!hit) {
            add(out, s + i, 1);
            i++;
            continue;
        }
        switch (hit->form) {
        case SHORT: adds(out, to[1]); break;
        case LOWER: adds(out, to[2]); break;
        case UPPER: adds(out, up); break;
        case LIT: adds(out, hit->lit ? hit->lit : dom); break;
        }
        i += strlen(hit->text);
    }
}

/* ------------------------------------------------------------ transforms */
static int is_d(char c) { return c >= '0' && c <= '9'; }

static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* Shift every year by d: 20YY (2010-2029) standalone, the 2-digit end of
 * "2019/20" or "2019-20", "FY19/20", and "Apr-22". */
static void shift_years(struct buf *out, const char *s, size_t n, int d)
{
    size_t i = 0;
    while (i < n) {
        int prev_d = i > 0 && is_d(s[i - 1]);
        if (!prev_d && i + 4 <= n && s[i] == '2' && s[i + 1] == '0' && (s[i + 2] == '1' || s[i + 2] == '2') &&
            is_d(s[i + 3]) && (i + 4 == n || !is_d(s[i + 4]))) {
            int y = (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
            addf(out, "20%02d", y + d);
            i += 4;
            /* a financial year's second half */
            if (i + 3 <= n && (s[i] == '/' || s[i] == '-') && is_d(s[i + 1]) && is_d(s[i + 2]) &&
                (i + 3 == n || !is_d(s[i + 3])) && (s[i + 1] - '0') * 10 + (s[i + 2] - '0') == (y + 1) % 100) {
                addf(out, "%c%02d", s[i], (y + 1 + d) % 100);
                i += 3;
            }
            continue;
        }
        if (i + 7 <= n && s[i] == 'F' && s[i + 1] == 'Y' && is_d(s[i + 2]) && is_d(s[i + 3]) && s[i + 4] == '/' &&
            is_d(s[i + 5]) && is_d(s[i + 6])) {
            int a = (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
            addf(out, "FY%02d/%02d", (a + d) % 100, (a + 1 + d) % 100);
            i += 7;
            continue;
        }
        int mon = -1;
        for (int m = 0; m < 12 && i + 6 <= n; m++)
            if (!memcmp(s + i, months[m], 3) && s[i + 3] == '-' && is_d(s[i + 4]) && is_d(s[i + 5]) &&
                (i + 6 == n || !is_d(s[i + 6])) && (i == 0 || !isalpha((unsigned char)s[i - 1])))
                mon = m;
        if (mon >= 0) {
            int y = (s[i + 4] - '0') * 10 + (s[i + 5] - '0');
            addf(out, "%s-%02d", months[mon], (y + d + 100) % 100);
            i += 6;
            continue;
        }
        add(out, s + i, 1);
        i++;
    }
}

/* "1234" or "1,234" -> value; -1 when s[0..n) is not such a number. */
static long num_of(const char *s, size_t n, int *commas)
{
    long v = 0;
    int digits = 0, group = -1;
    *commas = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_d(s[i])) {
            v = v * 10 + (s[i] - '0');
            if (++digits > 9)
                return -1;
            if (group >= 0)
                group++;
        } else if (s[i] == ',' && digits && (group < 0 || group == 3)) {
            group = 0;
            *commas = 1;
        } else {
            return -1;
        }
    }
    return digits && (group < 0 || group == 3) ? v : -1;
}

static void put_num(struct buf *out, long v, int commas, int suppress)
{
    if (suppress && v >= 1 && v <= 4) {
        adds(out, "*");
    } else if (commas && v >= 1000) {
        addf(out, "%ld,%03ld", v / 1000, v % 1000);
    } else {
        addf(out, "%ld", v);
    }
}

/* HTML: scale the number in every <td>...</td> whose text is one number. */
static void scale_html(struct buf *out, const char *s, size_t n, int k, int suppress)
{
    size_t i = 0;
    while (i < n) {
        const char *td = strstr(s + i, "<td");
        if (!td || (size_t)(td - s) >= n) {
            add(out, s + i, n - i);
            return;
        }
        const char *gt = strchr(td, '>');
        const char *end = gt ? strstr(gt, "</td>") : NULL;
        if (!gt || !end) {
            add(out, s + i, n - i);
            return;
        }
        add(out, s + i, (size_t)(gt + 1 - (s + i)));
        /* the text between tags inside the cell */
        const char *p = gt + 1, *ns = NULL, *ne = NULL;
        int ok = 1;
        while (p < end && ok) {
            if (*p == '<') {
                const char *q = strchr(p, '>');
                if (!q || q > end) { ok = 0; break; }
                p = q + 1;
            } else if (isspace((unsigned char)*p)) {
                p++;
            } else {
                if (ns) { ok = 0; break; }
                ns = p;
                while (p < end && *p != '<' && !isspace((unsigned char)*p))
                    p++;
                ne = p;
            }
        }
        int commas;
        long v = ok && ns ? num_of(ns, (size_t)(ne - ns), &commas) : -1;
        if (v >= 0) {
            add(out, gt + 1, (size_t)(ns - (gt + 1)));
            put_num(out, v * k, commas, suppress);
            add(out, ne, (size_t)(end - ne));
        } else {
            add(out, gt + 1, (size_t)(end - (gt + 1)));
        }
        i = (size_t)(end - s);
    }
}

/* CSV: after the header row (the first line naming an Outcome), scale
 * every field that is one number. */
static void scale_csv(struct buf *out, const char *s, size_t n, int k)
{
    size_t i = 0;
    int header_seen = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && s[e] != '\n')
            e++;
        size_t le = e < n ? e + 1 : e;
        if (!header_seen) {
            int has = 0;
            for (size_t j = i; j + 7 <= e && !has; j++)
                has = !strncasecmp(s + j, "outcome", 7);
            header_seen = has;
            add(out, s + i, le - i);
            i = le;
            continue;
        }
        size_t j = i;
        while (j < e) {
            size_t fs = j, fe;
            int quoted = s[j] == '"';
            if (quoted) {
                fe = j + 1;
                while (fe < e && s[fe] != '"')
                    fe++;
                fe = fe < e ? fe + 1 : fe;
            } else {
                fe = j;
                while (fe < e && s[fe] != ',' && s[fe] != '\r')
                    fe++;
            }
            int commas;
            long v = quoted ? num_of(s + fs + 1, fe - fs >= 2 ? fe - fs - 2 : 0, &commas)
                            : num_of(s + fs, fe - fs, &commas);
            if (v >= 0 && fe > fs) {
                if (quoted) adds(out, "\"");
                put_num(out, v * k, quoted && commas, 0);
                if (quoted) adds(out, "\"");
            } else {
                add(out, s + fs, fe - fs);
            }
            j = fe;
            if (j < e && s[j] != ',') {   /* \r */
                add(out, s + j, e - j);
                j = e;
            } else if (j < e) {
                adds(out, ",");
                j++;
            }
        }
        add(out, s + e, le - e);
        i = le;
    }
}

/* ------------------------------------------------------------ boilerplate */
static const char *const words[] = {
    "service", "public", "community", "information", "request", "website", "policy", "guidance",
    "contact", "local", "support", "report", "online", "news", "appeal", "safety", "advice",
    "team", "county", "partners", "privacy", "cookies", "accessibility", "careers", "volunteer",
    "neighbourhood", "crime", "prevention", "roads", "victims", "witness", "feedback", "history",
    "museum", "events", "licensing", "firearms", "lost", "property", "recruitment", "training",
    "vetting", "standards", "transparency", "publication", "scheme", "disclosure", "log",
    "statistics", "equality", "diversity", "inclusion", "welfare", "wellbeing", "charity",
};
#define NWORDS (sizeof words / sizeof *words)

static void sentence(struct buf *b, int nwords)
{
    for (int w = 0; w < nwords; w++) {
        const char *x = words[rndn((int)NWORDS)];
        if (w == 0) {
            char cap[32];
            snprintf(cap, sizeof cap, "%s", x);
            cap[0] = (char)toupper((unsigned char)cap[0]);
            adds(b, cap);
        } else {
            adds(b, " ");
            adds(b, x);
        }
    }
    adds(b, ". ");
}

static void html_block(struct buf *b)
{
    switch (rndn(5)) {
    case 0:
        adds(b, "<nav class=\"site-nav\"><ul>\n");
        for (int i = 0, n = 10 + rndn(30); i < n; i++) {
            const char *w = words[rndn((int)NWORDS)];
            addf(b, "  <li><a href=\"/%s/%s\">%s %s</a></li>\n", w, words[rndn((int)NWORDS)], w,
                 words[rndn((int)NWORDS)]);
        }
        adds(b, "</ul></nav>\n");
        break;
    case 1:
        adds(b, "<div class=\"related-content\"><h2>Related</h2>\n");
        for (int i = 0, n = 2 + rndn(6); i < n; i++) {
            adds(b, "<p>");
            for (int k = 0, m = 2 + rndn(5); k < m; k++)
                sentence(b, 6 + rndn(10));
            adds(b, "</p>\n");
        }
        adds(b, "</div>\n");
        break;
    case 2:
        adds(b, "<script>\n(function () {\n  var cfg = { site: 'force', consent: true };\n");
        for (int i = 0, n = 10 + rndn(40); i < n; i++)
            addf(b, "  cfg['%s_%s'] = function (e) { return e && e.%s ? e.%s : null; };\n",
                 words[rndn((int)NWORDS)], words[rndn((int)NWORDS)], words[rndn((int)NWORDS)],
                 words[rndn((int)NWORDS)]);
        adds(b, "})();\n</script>\n");
        break;
    case 3:
        adds(b, "<style>\n");
        for (int i = 0, n = 10 + rndn(40); i < n; i++)
            addf(b, ".%s-%s { margin: 0 auto; padding: .5em; color: #333; font-weight: bold; }\n",
                 words[rndn((int)NWORDS)], words[rndn((int)NWORDS)]);
        adds(b, "</style>\n");
        break;
    default:
        adds(b, "<footer class=\"site-footer\"><div class=\"cookie-banner\"><p>");
        sentence(b, 12 + rndn(12));
        sentence(b, 12 + rndn(12));
        adds(b, "</p></div><ul class=\"footer-links\">");
        for (int i = 0, n = 5 + rndn(10); i < n; i++)
            addf(b, "<li><a href=\"/%s\">%s</a></li>", words[rndn((int)NWORDS)], words[rndn((int)NWORDS)]);
        adds(b, "</ul></footer>\n");
        break;
    }
}

static void text_block(struct buf *b)
{
    for (int k = 0, m = 3 + rndn(5); k < m; k++)
        sentence(b, 8 + rndn(12));
    adds(b, "\n\n");
}

/* Insert boilerplate made by fn at the first occurrence of marker (or the
 * end) until the whole reaches target bytes. */
static void grow(struct buf *doc, const char *marker, size_t target, void (*fn)(struct buf *))
{
    if (doc->n >= target)
        return;
    const char *at = strstr(doc->p, marker);
    size_t pos = at ? (size_t)(at - doc->p) : doc->n;
    struct buf extra = { 0 };
    while (doc->n + extra.n < target)
        fn(&extra);
    struct buf out = { 0 };
    add(&out, doc->p, pos);
    add(&out, extra.p, extra.n);
    add(&out, doc->p + pos, doc->n - pos);
    free(extra.p);
    free(doc->p);
    *doc = out;
}

/* Thames Valley's long monthly CSV: more months before the first one, each
 * with a random subset of the file's (category, subject, outcome) rows. */
static void grow_long_csv(struct buf *doc, size_t target, const char *force)
{
    char *nl = strchr(doc->p, '\n');
    if (!nl)
        return;
    /* collect the distinct "category,subject,outcome" tails of the data rows */
    char *tails[256];
    int nt = 0;
    for (char *line = nl + 1; *line && nt < 256;) {
        char *e = strchr(line, '\n');
        size_t ll = e ? (size_t)(e - line) : strlen(line);
        char *c1 = memchr(line, ',', ll);
        char *last = NULL;
        for (char *q = line + ll; q > line; q--)
            if (q[-1] == ',') { last = q - 1; break; }
        if (c1 && last && last > c1) {
            char *t = strndup(c1 + 1, (size_t)(last - c1 - 1));
            int dup = 0;
            for (int i = 0; i < nt && !dup; i++)
                dup = !strcmp(tails[i], t);
            if (dup) free(t); else tails[nt++] = t;
        }
        line = e ? e + 1 : line + ll;
    }
    if (!nt)
        return;
    /* months of 2000-2009, before any template month even shifted back nine
     * years; which rows appear and their counts depend on (force, month,
     * row) alone, so every file of a force agrees on them */
    struct buf rows = { 0 };
    int mon = 0, year = 2000;
    while (doc->n + rows.n < target && year < 2010) {
        for (int i = 0; i < nt; i++) {
            uint64_t h = 1469598103934665603ull;
            for (const char *c = force; *c; c++)
                h = (h ^ (unsigned char)*c) * 1099511628211ull;
            h = (h ^ (uint64_t)(year * 12 + mon)) * 1099511628211ull;
            h = (h ^ (uint64_t)i) * 1099511628211ull;
            h ^= h >> 29;
            if (h % 3 == 0)
                addf(&rows, "%s-%02d,%s,%d\n", months[mon], year % 100, tails[i], 1 + (int)(h / 3 % 6));
        }
        if (++mon == 12) {
            mon = 0;
            year++;
        }
    }
    struct buf out = { 0 };
    add(&out, doc->p, (size_t)(nl + 1 - doc->p));
    add(&out, rows.p ? rows.p : "", rows.n);
    add(&out, nl + 1, doc->n - (size_t)(nl + 1 - doc->p));
    free(rows.p);
    free(doc->p);
    *doc = out;
    for (int i = 0; i < nt; i++)
        free(tails[i]);
}

/* 70% up to 20 KB, 25% 20-80 KB, 5% 80-200 KB. */
static size_t target_size(void)
{
    int r = rndn(100);
    if (r < 70) return 2048 + (size_t)rndn(18 * 1024);
    if (r < 95) return 20 * 1024 + (size_t)rndn(60 * 1024);
    return 80 * 1024 + (size_t)rndn(120 * 1024);
}

static void mkdirs(const char *path)
{
    char tmp[2048];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, 0755) && errno != EEXIST)
                die(tmp);
            *p = '/';
        }
    }
    if (mkdir(tmp, 0755) && errno != EEXIST)
        die(tmp);
}

int main(int argc, char **argv)
{
    if (argc < 5 || argc > 6) {
        fprintf(stderr, "usage: gen FIXTURES_DIR OUT_DIR COUNT SEED [FIRST_INDEX]\n");
        return 2;
    }
    char *e;
    long count = strtol(argv[3], &e, 10);
    if (*e || count < 0 || count > 10000000) { fprintf(stderr, "gen: bad COUNT\n"); return 2; }
    unsigned long long seed = strtoull(argv[4], &e, 10);
    if (*e) { fprintf(stderr, "gen: bad SEED\n"); return 2; }
    long first = argc == 6 ? strtol(argv[5], &e, 10) : 0;
    if (argc == 6 && (*e || first < 0)) { fprintf(stderr, "gen: bad FIRST_INDEX\n"); return 2; }
    load_templates(argv[1]);
    mkdirs(argv[2]);
    static const int factors[] = { 1, 1, 1, 2, 2, 3, 5, 8 };
    unsigned long long bytes = 0;
    for (long i = first; i < first + count; i++) {
        rng_state = seed * 0x100000001B3ull ^ (uint64_t)i * 0x9E3779B97F4A7C15ull;
        rnd();
        const struct tpl *t = &tpls[rndn(ntpl)];
        int shift = 3 * (rndn(5) - 3);   /* -9..3 in steps of three: a force's templates span <= 3 years */
        int other = rndn(4) ? rndn((int)NOTHERS) : -1;
        if (!strcmp(t->force, "multiple"))
            other = -1;             /* a national table stays national */
        const char *force = other >= 0 ? others[other][0] : t->force;
        /* the same force, template and shift: the same figures */
        uint64_t saved = rng_state;
        rng_state = seed ^ (uint64_t)(t - tpls) * 0x9E3779B97F4A7C15ull ^ (uint64_t)(shift + 16) << 40 ^
                    (uint64_t)(other + 1) << 48;
        rnd();
        int k = factors[rndn((int)(sizeof factors / sizeof *factors))];
        rng_state = saved;
        size_t target = target_size();
        struct buf a = { 0 }, b = { 0 }, r = { 0 };
        if (other >= 0) {
            rebadge(&r, t->data, t->len, t->force, others[other]);
            shift_years(&a, r.p, r.n, shift);
            free(r.p);
        } else {
            shift_years(&a, t->data, t->len, shift);
        }
        int html = !strcmp(t->ext, ".html") || !strcmp(t->ext, ".htm");
        int csv = !strcmp(t->ext, ".csv");
        if (html)
            scale_html(&b, a.p, a.n, k, !strcmp(t->force, "metropolitan"));
        else if (csv)
            scale_csv(&b, a.p, a.n, k);
        else
            add(&b, a.p, a.n);
        free(a.p);
        if (html)
            grow(&b, "</body>", target, html_block);
        else if (csv && !strcmp(t->force, "thames-valley"))
            grow_long_csv(&b, target < 20 * 1024 ? target : 20 * 1024, force);   /* <= ~400 rows */
        else if (!csv)
            grow(&b, "Yours sincerely", target, text_block);
        char dir[2048], path[4096];
        snprintf(dir, sizeof dir, "%s/%s", argv[2], force);
        mkdirs(dir);
        snprintf(path, sizeof path, "%s/%s-g%06ld%s", dir, t->stem, i, t->ext);
        FILE *fp = fopen(path, "wb");
        if (!fp || fwrite(b.p, 1, b.n, fp) != b.n || fclose(fp))
            die(path);
        bytes += b.n;
        free(b.p);
    }
    printf("%ld files, %llu bytes\n", count, bytes);
    for (int i = 0; i < ntpl; i++)
        free(tpls[i].data);
    free(tpls);
    return 0;
}
