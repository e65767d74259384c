/* taxonomy.c: the vocabulary files (forces, categories, outcomes, measures,
 * subjects: normalize/taxonomy/ *.tsv, extended by --taxonomy DIR) and label
 * matching: fold, then exact > contained > longer > user > file order. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "normalize.h"

#include <ctype.h>
#include <errno.h>
#include <openssl/evp.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef FOI_SRCDIR
#define FOI_SRCDIR "."
#endif

enum { TAX_FILE_CAP = 8u << 20 };       /* a taxonomy file larger than this is refused */
enum { RE_MATCH_LIMIT = 200000, RE_DEPTH_LIMIT = 5000, RE_HEAP_LIMIT_KIB = 4096 };

enum kind { K_NAME, K_ALIAS, K_PART, K_RE, K_DOMAIN, K_REF };

static const char *const vocab_names[FOI_VOCAB_COUNT] = {
    "force", "category", "outcome", "measure", "subject"
};
static const char *const vocab_files[FOI_VOCAB_COUNT] = {
    "forces.tsv", "categories.tsv", "outcomes.tsv", "measures.tsv", "subjects.tsv"
};

const char *foi_vocab_name(enum foi_vocab v)
{
    return (unsigned)v < FOI_VOCAB_COUNT ? vocab_names[v] : "";
}

const char *foi_vocab_file(enum foi_vocab v)
{
    return (unsigned)v < FOI_VOCAB_COUNT ? vocab_files[v] : "";
}

/* One mapping line. Names are stored as aliases too (is_name set). */
struct entry {
    int id;               /* index into vocab.ids */
    enum kind kind;       /* K_ALIAS (names included), K_RE, K_DOMAIN or K_REF */
    int is_name;
    int part;             /* kind "part": a group that is part of the id ("Special constables" of officers) */
    const char *text;     /* as written */
    const char *folded;   /* K_ALIAS: folded text; K_DOMAIN: lower-case domain */
    size_t flen;
    pcre2_code *re;       /* K_RE, K_REF */
    int user;             /* from the user's directory */
    int dead;             /* re-pointed by a user line */
    const char *where;    /* "file:line" */
};

/* Aliases by their first folded word: an alias only matches where a word
 * starts, so a label is looked up word by word instead of searching it for
 * every alias. Built once all files are loaded (user lines may retire
 * shipped ones). */
struct wslot {
    const char *word;     /* NULL: empty slot */
    uint32_t len, hash;
    int *ents;            /* entry indices, in file order */
    int n;
};

struct vocab {
    struct wslot *slots;
    size_t mask;          /* slots - 1 (a power of two), 0 before the index exists */
    int *res;             /* K_RE entries, in file order */
    int nres;
    const char **ids;
    const char **names;
    const char **first_seen;   /* "file:line" where the id first appeared */
    int nids, aids;
    struct entry *e;
    int ne, ae;
};

struct foi_taxonomy {
    struct foi_arena arena;
    struct vocab v[FOI_VOCAB_COUNT];
    pcre2_general_context *gctx;
    pcre2_compile_context *cctx;
    pcre2_match_context *mctx;
    pcre2_match_data *md;      /* reused by every match (one thread per process) */
    char digest[65];
};

/* ------------------------------------------------------------- folding */

/* A folded string with, for every output byte, the input span it came from. */
struct folded {
    char *s;
    size_t len;
    uint32_t *beg, *end;
    char sbuf[512];
    uint32_t bbeg[512], bend[512];
    int heap;
};

static int is_alnum_ascii(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of a valid UTF-8 sequence at s (n bytes left) and its code point; 0 if invalid. */
static size_t utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t len;
    unsigned long c;
    if ((s[0] & 0xE0) == 0xC0) { len = 2; c = s[0] & 0x1F; }
    else if ((s[0] & 0xF0) == 0xE0) { len = 3; c = s[0] & 0x0F; }
    else if ((s[0] & 0xF8) == 0xF0) { len = 4; c = s[0] & 0x07; }
    else return 0;
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000))
        return 0;
    *cp = c;
    return len;
}

/* Is the code point punctuation, a symbol or a space (folded to a space)? */
static int cp_is_separator(unsigned long cp)
{
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x2BFF) ||
           (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF || (cp >= 0xFF01 && cp <= 0xFF0F);
}

/* Length of an HTML tag at s ("<br>", "</b>", "<br />"), 0 when s is not one. */
static size_t html_tag_len(const char *s, size_t n)
{
    size_t i = 1;
    if (i < n && s[i] == '/')
        i++;
    if (i >= n || !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
        return 0;
    for (; i < n && i < 128; i++) {
        if (s[i] == '>')
            return i + 1;
        if (s[i] == '<' || s[i] == '\n')
            return 0;
    }
    return 0;
}

/* Length of an HTML entity at s ("&amp;", "&nbsp;", "&#8211;"), 0 if none;
 * *is_amp says it stands for '&'. */
static size_t html_entity_len(const char *s, size_t n, int *is_amp)
{
    size_t i = 1;
    *is_amp = 0;
    if (i < n && s[i] == '#')
        i++;
    size_t start = i;
    while (i < n && i < 12 && is_alnum_ascii((unsigned char)s[i]))
        i++;
    if (i == start || i >= n || s[i] != ';')
        return 0;
    if (i - start == 3 && strncmp(s + start, "amp", 3) == 0)
        *is_amp = 1;
    if (s[1] == '#' && i - start == 2 && strncmp(s + start, "38", 2) == 0)
        *is_amp = 1;
    return i + 1;
}

static void fold_release(struct folded *f)
{
    if (f->heap) {
        foi_free(f->s);
        foi_free(f->beg);
        foi_free(f->end);
    }
    f->s = NULL;
    f->heap = 0;
}

/* Fold s[0..n) into f, with the input span of every output byte. 0 or FOI_ENOMEM. */
static int fold_into(const char *s, size_t n, struct folded *f)
{
    size_t need = n * 5 + 1;     /* '&' -> " and " is the largest expansion */
    f->heap = 0;
    if (need <= sizeof f->sbuf) {
        f->s = f->sbuf;
        f->beg = f->bbeg;
        f->end = f->bend;
    } else {
        if (n >= UINT32_MAX / 5 || n > SIZE_MAX / 5 / sizeof(uint32_t) - 1)
            return FOI_ENOMEM;
        f->heap = 1;
        f->s = foi_malloc(need);
        f->beg = foi_malloc(need * sizeof(uint32_t));
        f->end = foi_malloc(need * sizeof(uint32_t));
        if (!f->s || !f->beg || !f->end) {
            fold_release(f);
            return FOI_ENOMEM;
        }
    }
    size_t o = 0, i = 0;
    int pending = 0;
#define EMIT(ch, b, e) do { \
        if (pending && o > 0) { f->s[o] = ' '; f->beg[o] = (uint32_t)(b); f->end[o] = (uint32_t)(b); o++; } \
        pending = 0; f->s[o] = (ch); f->beg[o] = (uint32_t)(b); f->end[o] = (uint32_t)(e); o++; } while (0)
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0)
            break;
        if (is_alnum_ascii(c)) {
            /* a run of letters and digits at once (most of any text) */
            EMIT((char)(c >= 'A' && c <= 'Z' ? c + 32 : c), i, i + 1);
            i++;
            while (i < n && is_alnum_ascii(c = (unsigned char)s[i])) {
                f->s[o] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
                f->beg[o] = (uint32_t)i;
                f->end[o] = (uint32_t)(i + 1);
                o++;
                i++;
            }
            continue;
        }
        if (c == '&') {
            int amp = 1;
            size_t el = html_entity_len(s + i, n - i, &amp);
            if (el && !amp) {      /* &nbsp; &ndash; ...: a separator */
                pending = 1;
                i += el;
                continue;
            }
            size_t len = el ? el : 1;
            pending = 1;
            EMIT('a', i, i + len);
            EMIT('n', i, i + len);
            EMIT('d', i, i + len);
            pending = 1;
            i += len;
            continue;
        }
        if (c == '<') {
            size_t tl = html_tag_len(s + i, n - i);
            pending = 1;
            i += tl ? tl : 1;
            continue;
        }
        if (c >= 0x80) {
            unsigned long cp;
            size_t l = utf8_decode((const unsigned char *)s + i, n - i, &cp);
            if (!l || cp_is_separator(cp)) {
                pending = 1;
                i += l ? l : 1;
                continue;
            }
            /* Latin-1 capitals (U+00C0..U+00DE) to lower case; other letters as they are */
            if (l == 2 && cp >= 0xC0 && cp <= 0xDE) {
                unsigned long lc = cp + 0x20;
                EMIT((char)(0xC0 | (lc >> 6)), i, i + 2);
                f->s[o] = (char)(0x80 | (lc & 0x3F));
                f->beg[o] = (uint32_t)i;
                f->end[o] = (uint32_t)(i + 2);
                o++;
            } else {
                EMIT((char)s[i], i, i + l);
                for (size_t k = 1; k < l; k++) {
                    f->s[o] = s[i + k];
                    f->beg[o] = (uint32_t)i;
                    f->end[o] = (uint32_t)(i + l);
                    o++;
                }
            }
            i += l;
            continue;
        }
        pending = 1;
        i++;
    }
#undef EMIT
    f->s[o] = 0;
    f->len = o;
    return 0;
}

size_t foi_fold(const char *s, char *out, size_t outsz)
{
    struct folded f;
    if (!s)
        s = "";
    if (fold_into(s, strlen(s), &f)) {
        if (outsz)
            out[0] = 0;
        return 0;
    }
    if (outsz) {
        size_t k = f.len < outsz - 1 ? f.len : outsz - 1;
        memcpy(out, f.s, k);
        out[k] = 0;
    }
    size_t len = f.len;
    fold_release(&f);
    return len;
}

/* ------------------------------------------------------------- loading */

static void *gc_malloc(PCRE2_SIZE n, void *data) { (void)data; return foi_malloc(n); }
static void gc_free(void *p, void *data) { (void)data; foi_free(p); }

static int find_id(const struct vocab *v, const char *id, size_t n)
{
    /* the first byte before the length: this runs for every figure's labels */
    char c0 = n ? id[0] : '\0';
    for (int i = 0; i < v->nids; i++)
        if (v->ids[i][0] == c0 && strlen(v->ids[i]) == n && memcmp(v->ids[i], id, n) == 0)
            return i;
    return -1;
}

static int add_id(struct foi_taxonomy *t, struct vocab *v, const char *id, size_t n, const char *where)
{
    if (v->nids == v->aids) {
        int na = v->aids ? v->aids * 2 : 32;
        const char **a = foi_realloc(v->ids, (size_t)na * sizeof *a);
        if (!a)
            return -1;
        v->ids = a;
        a = foi_realloc(v->names, (size_t)na * sizeof *a);
        if (!a)
            return -1;
        v->names = a;
        a = foi_realloc(v->first_seen, (size_t)na * sizeof *a);
        if (!a)
            return -1;
        v->first_seen = a;
        v->aids = na;
    }
    const char *s = foi_arena_strndup(&t->arena, id, n);
    if (!s)
        return -1;
    v->ids[v->nids] = s;
    v->names[v->nids] = NULL;
    v->first_seen[v->nids] = where;
    return v->nids++;
}

static struct entry *add_entry(struct vocab *v)
{
    if (v->ne == v->ae) {
        int na = v->ae ? v->ae * 2 : 64;
        struct entry *e = foi_realloc(v->e, (size_t)na * sizeof *e);
        if (!e)
            return NULL;
        v->e = e;
        v->ae = na;
    }
    struct entry *e = &v->e[v->ne++];
    memset(e, 0, sizeof *e);
    return e;
}

static int valid_id(const char *s, size_t n)
{
    if (n == 0 || n > 64)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return 0;
    }
    return 1;
}

static int valid_domain(const char *s)
{
    if (!strchr(s, '.') || s[0] == '.' || s[0] == '-')
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '.' || *s == '-'))
            return 0;
    return 1;
}

struct loadctx {
    struct foi_taxonomy *t;
    struct foi_err *err;
    enum foi_vocab vi;
    int user;
    char loc[96];         /* "file:line" of the line being read */
};

static int lerr(struct loadctx *lc, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int lerr(struct loadctx *lc, int code, const char *fmt, ...)
{
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* callers often print only the message: it names file and line too */
    return foi_errf(lc->err, code, lc->loc, "%s: %s", lc->loc, msg);
}

static int compile_re(struct loadctx *lc, const char *pat, pcre2_code **out)
{
    int ec;
    PCRE2_SIZE eo;
    *out = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, PCRE2_CASELESS, &ec, &eo, lc->t->cctx);
    if (!*out) {
        if (ec == PCRE2_ERROR_NOMEMORY || ec == PCRE2_ERROR_HEAP_FAILED)
            return lerr(lc, FOI_ENOMEM, "out of memory compiling a pattern");
        PCRE2_UCHAR buf[160];
        if (pcre2_get_error_message(ec, buf, sizeof buf) < 0)
            snprintf((char *)buf, sizeof buf, "error %d", ec);
        return lerr(lc, FOI_EREGEX, "bad regular expression '%.80s': %s at offset %lu",
                    pat, (const char *)buf, (unsigned long)eo);
    }
    /* JIT when the machine allows it; the interpreter otherwise, and under
     * valgrind (FOI_NO_JIT=1: it cannot see into JIT-compiled code and
     * reports its reads as uninitialised) */
    const char *nojit = getenv("FOI_NO_JIT");
    if (!nojit || strcmp(nojit, "1"))
        (void)pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
    return 0;
}

static int add_alias(struct loadctx *lc, struct vocab *v, int id, const char *text, int is_name, int part)
{
    struct foi_taxonomy *t = lc->t;
    char fb[512];
    size_t fl = foi_fold(text, fb, sizeof fb);
    if (fl == 0)
        return lerr(lc, FOI_EPARSE, "alias '%.80s' has no letters or digits", text);
    if (fl >= sizeof fb)
        return lerr(lc, FOI_ELIMIT, "alias longer than %zu bytes", sizeof fb - 1);
    for (int i = 0; i < v->ne; i++) {
        struct entry *o = &v->e[i];
        if (o->kind != K_ALIAS || o->dead || o->flen != fl || memcmp(o->folded, fb, fl) != 0)
            continue;
        if (o->id == id) {
            if (is_name && !o->is_name && !o->user) {
                o->is_name = 1;    /* the name repeats an alias: keep one entry */
                return 0;
            }
            return 0;              /* the same mapping twice: harmless */
        }
        if (lc->user && !o->user) {
            o->dead = 1;           /* the user re-points a shipped alias */
            continue;
        }
        return lerr(lc, FOI_EPARSE, "'%.80s' already maps to '%s' (%s)", text, v->ids[o->id], o->where);
    }
    struct entry *e = add_entry(v);
    if (!e)
        return lerr(lc, FOI_ENOMEM, "out of memory");
    e->id = id;
    e->kind = K_ALIAS;
    e->is_name = is_name;
    e->part = part;
    e->user = lc->user;
    e->text = foi_arena_strdup(&t->arena, text);
    e->folded = foi_arena_strndup(&t->arena, fb, fl);
    e->flen = fl;
    e->where = foi_arena_strdup(&t->arena, lc->loc);
    if (!e->text || !e->folded || !e->where)
        return lerr(lc, FOI_ENOMEM, "out of memory");
    return 0;
}

static int add_domain(struct loadctx *lc, struct vocab *v, int id, const char *dom)
{
    struct entry *e = add_entry(v);
    if (!e)
        return lerr(lc, FOI_ENOMEM, "out of memory");
    e->id = id;
    e->kind = K_DOMAIN;
    e->user = lc->user;
    e->text = e->folded = foi_arena_strdup(&lc->t->arena, dom);
    e->flen = strlen(dom);
    e->where = foi_arena_strdup(&lc->t->arena, lc->loc);
    if (!e->text || !e->where)
        return lerr(lc, FOI_ENOMEM, "out of memory");
    return 0;
}

static void trim(const char **s, const char **e)
{
    while (*s < *e && (**s == ' ' || **s == '\t'))
        (*s)++;
    while (*e > *s && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r'))
        (*e)--;
}

static int parse_line(struct loadctx *lc, const char *s, const char *end)
{
    struct foi_taxonomy *t = lc->t;
    struct vocab *v = &t->v[lc->vi];
    const char *tab1 = memchr(s, '\t', (size_t)(end - s));
    if (!tab1)
        return lerr(lc, FOI_EPARSE, "missing tab: a line is id<TAB>kind<TAB>text");
    const char *tab2 = memchr(tab1 + 1, '\t', (size_t)(end - tab1 - 1));
    if (!tab2)
        return lerr(lc, FOI_EPARSE, "missing tab after the kind: a line is id<TAB>kind<TAB>text");
    const char *is = s, *ie = tab1, *ks = tab1 + 1, *ke = tab2, *ts = tab2 + 1, *te = end;
    trim(&is, &ie);
    trim(&ks, &ke);
    trim(&ts, &te);
    if (!valid_id(is, (size_t)(ie - is)))
        return lerr(lc, FOI_EPARSE, "bad id '%.*s': use lower-case letters, digits, '-' and '_'",
                    (int)((ie - is) > 64 ? 64 : (ie - is)), is);
    size_t kl = (size_t)(ke - ks);
    enum kind kind;
    if (kl == 4 && memcmp(ks, "name", 4) == 0) kind = K_NAME;
    else if (kl == 5 && memcmp(ks, "alias", 5) == 0) kind = K_ALIAS;
    else if (kl == 4 && memcmp(ks, "part", 4) == 0) kind = K_PART;
    else if (kl == 2 && memcmp(ks, "re", 2) == 0) kind = K_RE;
    else if (kl == 6 && memcmp(ks, "domain", 6) == 0) kind = K_DOMAIN;
    else if (kl == 3 && memcmp(ks, "ref", 3) == 0) kind = K_REF;
    else
        return lerr(lc, FOI_EPARSE, "unknown kind '%.*s' (expected name, alias, part, re, domain or ref)",
                    (int)(kl > 32 ? 32 : kl), ks);
    if ((kind == K_DOMAIN || kind == K_REF) && lc->vi != FOI_VOCAB_FORCE)
        return lerr(lc, FOI_EPARSE, "kind '%.*s' is only allowed in forces.tsv", (int)kl, ks);
    if (te == ts)
        return lerr(lc, FOI_EPARSE, "empty text");
    char text[1024];
    if ((size_t)(te - ts) >= sizeof text)
        return lerr(lc, FOI_ELIMIT, "text longer than %zu bytes", sizeof text - 1);
    memcpy(text, ts, (size_t)(te - ts));
    text[te - ts] = 0;

    int id = find_id(v, is, (size_t)(ie - is));
    if (id < 0) {
        if (lc->user && lc->vi != FOI_VOCAB_FORCE)
            return lerr(lc, FOI_EPARSE, "unknown %s '%.*s': a user file may add aliases to the "
                        "%s ids of the shipped taxonomy but not new ids",
                        vocab_names[lc->vi], (int)(ie - is), is, vocab_names[lc->vi]);
        const char *where = foi_arena_strdup(&t->arena, lc->loc);
        if (!where || (id = add_id(t, v, is, (size_t)(ie - is), where)) < 0)
            return lerr(lc, FOI_ENOMEM, "out of memory");
    }
    switch (kind) {
    case K_NAME:
        if (v->names[id]) {
            const struct entry *ne = NULL;
            for (int i = 0; i < v->ne; i++)
                if (v->e[i].id == id && v->e[i].is_name)
                    ne = &v->e[i];
            return lerr(lc, FOI_EPARSE, "name of '%s' defined twice (first at %s)", v->ids[id],
                        ne ? ne->where : "?");
        }
        if (!(v->names[id] = foi_arena_strdup(&t->arena, text)))
            return lerr(lc, FOI_ENOMEM, "out of memory");
        return add_alias(lc, v, id, text, 1, 0);
    case K_ALIAS:
        return add_alias(lc, v, id, text, 0, 0);
    case K_PART:
        return add_alias(lc, v, id, text, 0, 1);
    case K_RE:
    case K_REF: {
        pcre2_code *re;
        int rc = compile_re(lc, text, &re);
        if (rc)
            return rc;
        struct entry *e = add_entry(v);
        if (!e) {
            pcre2_code_free(re);
            return lerr(lc, FOI_ENOMEM, "out of memory");
        }
        e->id = id;
        e->kind = kind;
        e->re = re;
        e->user = lc->user;
        e->text = foi_arena_strdup(&t->arena, text);
        e->where = foi_arena_strdup(&t->arena, lc->loc);
        if (!e->text || !e->where)
            return lerr(lc, FOI_ENOMEM, "out of memory");
        return 0;
    }
    case K_DOMAIN: {
        char dom[256];
        size_t dl = strlen(text);
        if (dl >= sizeof dom - 16)
            return lerr(lc, FOI_EPARSE, "domain too long");
        for (size_t i = 0; i <= dl; i++)
            dom[i] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
        if (!valid_domain(dom))
            return lerr(lc, FOI_EPARSE, "bad domain '%.80s'", text);
        int rc = add_domain(lc, v, id, dom);
        if (rc)
            return rc;
        /* "x.police.uk" is also written "x.pnn.police.uk" (the old national network) */
        static const char sfx[] = ".police.uk";
        size_t sl = sizeof sfx - 1;
        if (dl > sl && strcmp(dom + dl - sl, sfx) == 0 &&
            !(dl >= sl + 4 && memcmp(dom + dl - sl - 4, ".pnn", 4) == 0)) {
            char alt[256];
            snprintf(alt, sizeof alt, "%.*s.pnn%s", (int)(dl - sl), dom, sfx);
            return add_domain(lc, v, id, alt);
        }
        return 0;
    }
    }
    return 0;
}

static int read_file(const char *path, struct foi_buf *b, int *missing, struct foi_err *err)
{
    *missing = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        if (errno == ENOENT) {
            *missing = 1;
            return FOI_EIO;
        }
        return foi_errf(err, FOI_EIO, path, "cannot open %s: %s", path, strerror(errno));
    }
    char chunk[8192];
    size_t n;
    int rc = 0;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        rc = foi_buf_add(b, chunk, n);
        if (rc) {
            if (rc == FOI_ELIMIT)
                rc = foi_errf(err, rc, path, "%s: file larger than %u bytes", path, (unsigned)TAX_FILE_CAP);
            else
                rc = foi_errf(err, rc, path, "out of memory reading %s", path);
            break;
        }
    }
    if (!rc && ferror(fp))
        rc = foi_errf(err, FOI_EIO, path, "cannot read %s", path);
    if (fclose(fp) != 0 && !rc)
        rc = foi_errf(err, FOI_EIO, path, "cannot read %s", path);
    if (!rc && !b->data)
        rc = foi_buf_add(b, "", 0);
    return rc;
}

static int load_file(struct foi_taxonomy *t, EVP_MD_CTX *md, const char *dir, enum foi_vocab vi,
                     int user, struct foi_err *err)
{
    char path[4096];
    int pl = snprintf(path, sizeof path, "%s/%s", dir, vocab_files[vi]);
    if (pl < 0 || (size_t)pl >= sizeof path)
        return foi_errf(err, FOI_EUSAGE, dir, "taxonomy directory path too long: %.200s", dir);
    struct foi_buf b;
    foi_buf_init(&b, TAX_FILE_CAP);
    int missing;
    int rc = read_file(path, &b, &missing, err);
    if (rc) {
        foi_buf_release(&b);
        if (missing && user)
            return 0;
        if (missing)
            return foi_errf(err, FOI_EIO, path, "taxonomy file missing: %s", path);
        return rc;
    }
    const char *role = user ? "user/" : "shipped/";
    if (EVP_DigestUpdate(md, role, strlen(role)) != 1 ||
        EVP_DigestUpdate(md, vocab_files[vi], strlen(vocab_files[vi]) + 1) != 1 ||
        EVP_DigestUpdate(md, b.data, b.len) != 1 || EVP_DigestUpdate(md, "", 1) != 1) {
        foi_buf_release(&b);
        return foi_errf(err, FOI_ENOMEM, path, "digest failed");
    }
    struct loadctx lc = { .t = t, .err = err, .vi = vi, .user = user };
    const char *p = b.data, *end = b.data + b.len;
    if (b.len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    long lineno = 0;
    while (p < end && !rc) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        lineno++;
        char where[sizeof path + 32];
        snprintf(where, sizeof where, "%s:%ld", user ? path : vocab_files[vi], lineno);
        if (strlen(where) >= sizeof lc.loc)    /* a very long user path: keep file:line */
            snprintf(where, sizeof where, "%s:%ld", vocab_files[vi], lineno);
        memcpy(lc.loc, where, strlen(where) + 1 <= sizeof lc.loc ? strlen(where) + 1 : sizeof lc.loc);
        lc.loc[sizeof lc.loc - 1] = 0;
        const char *q = p;
        while (q < le && (*q == ' ' || *q == '\t' || *q == '\r'))
            q++;
        if (q < le && *q != '#') {
            if (memchr(p, 0, (size_t)(le - p)) || !foi_utf8_valid(p, (size_t)(le - p)))
                rc = lerr(&lc, FOI_EENCODING, "line is not valid UTF-8 text");
            else
                rc = parse_line(&lc, p, le);
        }
        p = nl ? nl + 1 : end;
    }
    foi_buf_release(&b);
    return rc;
}

void foi_taxonomy_free(struct foi_taxonomy *t)
{
    if (!t)
        return;
    for (int i = 0; i < FOI_VOCAB_COUNT; i++) {
        struct vocab *v = &t->v[i];
        for (int k = 0; k < v->ne; k++)
            if (v->e[k].re)
                pcre2_code_free(v->e[k].re);
        foi_free(v->e);
        foi_free(v->ids);
        foi_free(v->names);
        foi_free(v->first_seen);
    }
    pcre2_match_data_free(t->md);
    pcre2_match_context_free(t->mctx);
    pcre2_compile_context_free(t->cctx);
    pcre2_general_context_free(t->gctx);
    foi_arena_release(&t->arena);
    foi_free(t);
}

static size_t first_word_len(const char *s, size_t n)
{
    const char *sp = memchr(s, ' ', n);
    return sp ? (size_t)(sp - s) : n;
}

static struct wslot *wslot_at(const struct vocab *v, const char *w, size_t n, uint32_t h)
{
    for (size_t i = h & v->mask;; i = (i + 1) & v->mask) {
        struct wslot *s = &v->slots[i];
        if (!s->word || (s->hash == h && s->len == n && memcmp(s->word, w, n) == 0))
            return s;
    }
}

static int build_index(struct foi_taxonomy *t, struct vocab *v)
{
    size_t nalias = 0;
    v->nres = 0;
    for (int i = 0; i < v->ne; i++) {
        if (v->e[i].dead)
            continue;
        if (v->e[i].kind == K_ALIAS)
            nalias++;
        else if (v->e[i].kind == K_RE)
            v->nres++;
    }
    size_t ns = 16;
    while (ns < 2 * nalias + 2)
        ns *= 2;
    v->slots = foi_arena_alloc(&t->arena, ns * sizeof *v->slots);
    v->res = foi_arena_alloc(&t->arena, ((size_t)v->nres + 1) * sizeof *v->res);
    if (!v->slots || !v->res)
        return -1;
    v->mask = ns - 1;
    /* count, then place, so each word's entries stay in file order */
    for (int pass = 0; pass < 2; pass++) {
        int nr = 0;
        for (int i = 0; i < v->ne; i++) {
            const struct entry *e = &v->e[i];
            if (e->dead)
                continue;
            if (e->kind == K_RE && pass) {
                v->res[nr++] = i;
                continue;
            }
            if (e->kind != K_ALIAS)
                continue;
            size_t wl = first_word_len(e->folded, e->flen);
            uint32_t h = (uint32_t)foi_hash(e->folded, wl);
            struct wslot *s = wslot_at(v, e->folded, wl, h);
            if (!s->word) {
                s->word = e->folded;
                s->len = (uint32_t)wl;
                s->hash = h;
            }
            if (pass)
                s->ents[s->n++] = i;
            else
                s->n++;
        }
        if (!pass) {
            for (size_t k = 0; k < ns; k++) {
                struct wslot *s = &v->slots[k];
                if (!s->word)
                    continue;
                s->ents = foi_arena_alloc(&t->arena, (size_t)s->n * sizeof *s->ents);
                if (!s->ents)
                    return -1;
                s->n = 0;
            }
        }
    }
    return 0;
}

int foi_taxonomy_load(struct foi_taxonomy **out, const char *shipped_dir,
                      const char *user_dir, struct foi_err *err)
{
    *out = NULL;
    if (!shipped_dir)
        shipped_dir = foi_taxonomy_default_dir();
    struct foi_taxonomy *t = foi_calloc(1, sizeof *t);
    if (!t)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory loading the taxonomy");
    foi_arena_init(&t->arena, 0);
    int rc = 0;
    EVP_MD_CTX *md = NULL;
    t->gctx = pcre2_general_context_create(gc_malloc, gc_free, NULL);
    if (t->gctx)
        t->cctx = pcre2_compile_context_create(t->gctx);
    if (t->cctx)
        t->mctx = pcre2_match_context_create(t->gctx);
    if (t->mctx)
        t->md = pcre2_match_data_create(1, t->gctx);
    if (!t->md) {
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory loading the taxonomy");
        goto fail;
    }
    pcre2_set_match_limit(t->mctx, RE_MATCH_LIMIT);
    pcre2_set_depth_limit(t->mctx, RE_DEPTH_LIMIT);
    pcre2_set_heap_limit(t->mctx, RE_HEAP_LIMIT_KIB);
    md = EVP_MD_CTX_new();
    if (!md || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1) {
        rc = foi_errf(err, FOI_ENOMEM, "", "cannot start the taxonomy digest");
        goto fail;
    }
    for (int vi = 0; vi < FOI_VOCAB_COUNT && !rc; vi++)
        rc = load_file(t, md, shipped_dir, (enum foi_vocab)vi, 0, err);
    if (!rc && user_dir) {
        struct stat st;
        if (stat(user_dir, &st) != 0 || !S_ISDIR(st.st_mode))
            rc = foi_errf(err, FOI_EIO, user_dir, "taxonomy directory not found: %s", user_dir);
        for (int vi = 0; vi < FOI_VOCAB_COUNT && !rc; vi++)
            rc = load_file(t, md, user_dir, (enum foi_vocab)vi, 1, err);
    }
    for (int vi = 0; vi < FOI_VOCAB_COUNT && !rc; vi++) {
        const struct vocab *v = &t->v[vi];
        if (v->nids == 0)
            rc = foi_errf(err, FOI_EPARSE, vocab_files[vi], "%s: no %s ids defined", vocab_files[vi],
                          vocab_names[vi]);
        for (int i = 0; i < v->nids && !rc; i++)
            if (!v->names[i])
                rc = foi_errf(err, FOI_EPARSE, v->first_seen[i], "%s: '%s' has no name line",
                              v->first_seen[i], v->ids[i]);
    }
    for (int vi = 0; vi < FOI_VOCAB_COUNT && !rc; vi++)
        if (build_index(t, &t->v[vi]))
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory indexing the taxonomy");
    if (!rc) {
        unsigned char h[EVP_MAX_MD_SIZE];
        unsigned hl = 0;
        if (EVP_DigestFinal_ex(md, h, &hl) != 1 || hl != 32) {
            rc = foi_errf(err, FOI_ENOMEM, "", "taxonomy digest failed");
        } else {
            for (unsigned i = 0; i < hl; i++)
                snprintf(t->digest + 2 * i, 3, "%02x", h[i]);
        }
    }
    if (rc)
        goto fail;
    EVP_MD_CTX_free(md);
    *out = t;
    return 0;
fail:
    EVP_MD_CTX_free(md);
    foi_taxonomy_free(t);
    return rc;
}

const char *foi_taxonomy_default_dir(void)
{
    const char *e = getenv("FOI_TAXONOMY_DIR");
    if (e && *e)
        return e;
    return FOI_SRCDIR "/normalize/taxonomy";
}

const char *foi_taxonomy_digest(const struct foi_taxonomy *t)
{
    return t ? t->digest : "";
}

/* ------------------------------------------------------------- queries */

static const struct vocab *vocab_of(const struct foi_taxonomy *t, enum foi_vocab v)
{
    if (!t || (unsigned)v >= FOI_VOCAB_COUNT)
        return NULL;
    return &t->v[v];
}

int foi_taxonomy_count(const struct foi_taxonomy *t, enum foi_vocab v)
{
    const struct vocab *vo = vocab_of(t, v);
    return vo ? vo->nids : 0;
}

int foi_taxonomy_has(const struct foi_taxonomy *t, enum foi_vocab v, const char *id)
{
    const struct vocab *vo = vocab_of(t, v);
    return vo && id && find_id(vo, id, strlen(id)) >= 0;
}

const char *foi_taxonomy_name(const struct foi_taxonomy *t, enum foi_vocab v, const char *id)
{
    const struct vocab *vo = vocab_of(t, v);
    int i = vo && id ? find_id(vo, id, strlen(id)) : -1;
    return i >= 0 ? vo->names[i] : NULL;
}

const char *foi_taxonomy_id_at(const struct foi_taxonomy *t, enum foi_vocab v, int i)
{
    const struct vocab *vo = vocab_of(t, v);
    return vo && i >= 0 && i < vo->nids ? vo->ids[i] : NULL;
}

const char *foi_taxonomy_alias_at(const struct foi_taxonomy *t, enum foi_vocab v, const char *id, int i)
{
    const struct vocab *vo = vocab_of(t, v);
    int k = vo && id ? find_id(vo, id, strlen(id)) : -1;
    if (k < 0 || i < 0)
        return NULL;
    for (int j = 0; j < vo->ne; j++) {
        const struct entry *e = &vo->e[j];
        if (e->id == k && e->kind == K_ALIAS && !e->is_name && !e->dead && i-- == 0)
            return e->text;
    }
    return NULL;
}

/* ------------------------------------------------------------- matching */

static int score_of(int exact, size_t len, int user)
{
    if (len > (1u << 26))
        len = 1u << 26;
    return (exact ? 1 << 29 : 0) | (int)(len << 2) | (user ? 2 : 0);
}

/* Run re on s[0..n) from start: 1 match (ovector filled), 0 none, -FOI_EREGEX / -FOI_ENOMEM. */
static int re_exec(const struct foi_taxonomy *t, const pcre2_code *re, const char *s, size_t n,
                   size_t start, size_t *mb, size_t *me)
{
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, start, 0, t->md, t->mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)   /* the interpreter has the heap limit instead */
        rc = pcre2_match(re, (PCRE2_SPTR)s, n, start, PCRE2_NO_JIT, t->md, t->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return rc == PCRE2_ERROR_NOMEMORY ? -FOI_ENOMEM : -FOI_EREGEX;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(t->md);
    *mb = ov[0];
    *me = ov[1] < ov[0] ? ov[0] : ov[1];
    return 1;
}

/* Every alias of v that occurs in the folded text on word boundaries, in
 * text order: calls hit(ctx, entry index, position) for each; stops when it
 * returns non-zero and passes that on. */
static int alias_hits(const struct vocab *v, const struct folded *f,
                      int (*hit)(void *ctx, int ei, size_t at), void *ctx)
{
    if (!v->mask)
        return 0;
    for (size_t p = 0; p < f->len;) {
        size_t wl = first_word_len(f->s + p, f->len - p);
        const struct wslot *s = wslot_at(v, f->s + p, wl, (uint32_t)foi_hash(f->s + p, wl));
        for (int k = 0; s->word && k < s->n; k++) {
            const struct entry *e = &v->e[s->ents[k]];
            if (e->flen > f->len - p || memcmp(f->s + p, e->folded, e->flen) != 0)
                continue;
            if (p + e->flen != f->len && f->s[p + e->flen] != ' ')
                continue;
            int r = hit(ctx, s->ents[k], p);
            if (r)
                return r;
        }
        p += wl + 1;
    }
    return 0;
}

static void fill_match(struct foi_match *m, const struct vocab *v, const struct entry *e,
                       const struct folded *f, size_t fa, size_t fl, int exact)
{
    m->id = v->ids[e->id];
    if (f->len == 0 || fl == 0) {
        m->at = fa < f->len ? f->beg[fa] : 0;
        m->len = 0;
    } else {
        m->at = f->beg[fa];
        m->len = f->end[fa + fl - 1] - f->beg[fa];
    }
    m->score = score_of(exact, fl, e->user);
    m->exact = exact;
    m->part = e->part;
}

/* The best single match: highest score, then the entry that comes first in
 * the files, at its first position. */
struct best {
    const struct vocab *v;
    size_t flen;          /* of the folded label */
    int score, ei;        /* ei -1: none yet */
    size_t fa, fl;
    int exact;
};

static void consider(struct best *b, int ei, size_t fa, size_t fl, int exact)
{
    int sc = score_of(exact, fl, b->v->e[ei].user);
    if (b->ei < 0 || sc > b->score || (sc == b->score && ei < b->ei)) {
        b->score = sc;
        b->ei = ei;
        b->fa = fa;
        b->fl = fl;
        b->exact = exact;
    }
}

static int best_hit(void *ctx, int ei, size_t at)
{
    struct best *b = ctx;
    size_t fl = b->v->e[ei].flen;
    consider(b, ei, at, fl, at == 0 && fl == b->flen);
    return 0;
}

static int match_folded(const struct foi_taxonomy *t, const struct vocab *v, const char *label, size_t n,
                        struct foi_match *m);

/* A word broken at a line's end with a hyphen, in a narrow header cell
 * ("Dis-missed", "With- drawn", "investi- gation"): the label with each
 * letter-hyphen-(spaces)-lowercase break joined into t (room for n + 1),
 * orig[k] the label's offset of t's byte k; tried only when the label as
 * written matches nothing. 0 when the label has no such break. */
static size_t unbreak(const char *label, size_t n, char *t, uint32_t *orig)
{
    size_t o = 0, joins = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)label[i];
        if (c == '-' && i > 0 && isalpha((unsigned char)label[i - 1])) {
            size_t j = i + 1;
            while (j < n && label[j] == ' ')
                j++;
            if (j < n && label[j] >= 'a' && label[j] <= 'z') {
                i = j - 1;   /* the hyphen and the spaces go */
                joins++;
                continue;
            }
        }
        t[o] = (char)c;
        orig[o] = (uint32_t)i;
        o++;
    }
    t[o] = 0;
    return joins ? o : 0;
}

/* A label cut short to fit a narrow column, its cut words ending in a point
 * ("Written warn.", "Reflective pr.", "Under invest."): the one entry with an
 * alias of as many words, each word of the label the alias's word (any case)
 * and each cut one (two letters or more, then '.') the start of it. At least
 * one word cut; no match when two entries fit. 1 and m filled, else 0. */
static int cut_words_match(const struct vocab *v, const char *label, size_t n, struct foi_match *m)
{
    if (n > 60 || !memchr(label, '.', n))
        return 0;
    const char *w[6];
    size_t wl[6];
    int cut[6], nw = 0, ncut = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && label[i] == ' ')
            i++;
        if (i >= n)
            break;
        size_t j = i;
        while (j < n && label[j] != ' ')
            j++;
        if (nw == 6)
            return 0;
        size_t l = j - i;
        int c = label[j - 1] == '.';
        if (c)
            l--;
        if (l < 1 || (c && l < 2))
            return 0;
        for (size_t k = 0; k < l; k++)
            if (!isalpha((unsigned char)label[i + k]))
                return 0;
        w[nw] = label + i, wl[nw] = l, cut[nw] = c, nw++;
        ncut += c;
        i = j;
    }
    if (!ncut || nw < 1)
        return 0;
    int found = -1, fe = -1;
    for (int j = 0; j < v->ne; j++) {
        const struct entry *e = &v->e[j];
        if (e->kind != K_ALIAS || e->dead || !e->text)
            continue;
        const char *a = e->text;
        int k = 0, ok = 1;
        while (ok && *a) {
            while (*a == ' ')
                a++;
            if (!*a)
                break;
            const char *b = a;
            while (*b && *b != ' ')
                b++;
            size_t al = (size_t)(b - a);
            if (k >= nw || (cut[k] ? wl[k] >= al : wl[k] != al) || strncasecmp(a, w[k], wl[k]))
                ok = 0;
            k++;
            a = b;
        }
        if (!ok || k != nw)
            continue;
        if (found >= 0 && found != e->id)
            return 0;   /* two entries fit: no telling */
        found = e->id, fe = j;
    }
    if (found < 0)
        return 0;
    if (m) {
        const struct entry *e = &v->e[fe];
        m->id = v->ids[e->id];
        m->at = 0;
        m->len = n;
        m->score = score_of(1, e->flen, e->user);
        m->exact = 1;
        m->part = e->part;
    }
    return 1;
}

/* "VAWG (other)", "Sexual assault (other)": a label ending in a bracket
 * that holds nothing but "other" (an exact alias of it) names the rest of
 * the category before the bracket, not the catch-all: when the words before
 * the bracket match an id other than "other", m becomes that match, exact
 * when those words are an alias, the bracket set aside as the alias
 * "Sexual misconduct (other)" sets it. 1 when m was replaced. */
static int other_qualifier(const struct foi_taxonomy *t, const struct vocab *v, const char *label, size_t n,
                           struct foi_match *m)
{
    size_t e = n;
    while (e > 0 && (label[e - 1] == ' ' || label[e - 1] == '\t'))
        e--;
    size_t ob, qs, qe;   /* the qualifier label[qs..qe), the words before it end at ob */
    if (e >= 3 && label[e - 1] == ')') {
        const char *open = memchr(label, '(', e);
        if (!open || memchr(open + 1, '(', (size_t)(label + e - 1 - (open + 1))))
            return 0;
        ob = (size_t)(open - label);
        qs = ob + 1;
        qe = e - 1;
    } else {
        /* "VAWG \u2013 other", "Sexual assault: other" (round 46a): the last
         * part after a spaced dash or a colon */
        static const char *const seps[] = { " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", ": ", NULL };
        ob = qs = 0;
        for (int i = 0; seps[i]; i++) {
            size_t sl = strlen(seps[i]);
            for (size_t k = 1; k + sl < e; k++)
                if (!memcmp(label + k, seps[i], sl) && k + sl > qs) {
                    ob = k;
                    qs = k + sl;
                }
        }
        if (!qs)
            return 0;
        qe = e;
    }
    struct foi_match cm, pm;
    if (match_folded(t, v, label + qs, qe - qs, &cm) <= 0 || !cm.exact || strcmp(cm.id, "other"))
        return 0;
    size_t pe = ob;
    while (pe > 0 && label[pe - 1] == ' ')
        pe--;
    if (pe == 0 || match_folded(t, v, label, pe, &pm) <= 0 || !strcmp(pm.id, "other"))
        return 0;
    if (!strcmp(m->id, pm.id) && m->exact == pm.exact)
        return 0;
    *m = pm;
    return 1;
}

int foi_taxonomy_match(const struct foi_taxonomy *t, enum foi_vocab vi,
                       const char *label, struct foi_match *m)
{
    const struct vocab *v = vocab_of(t, vi);
    if (!v || !label)
        return 0;
    size_t n = strlen(label);
    int found = match_folded(t, v, label, n, m);
    if (found > 0 && m && other_qualifier(t, v, label, n, m))
        return 1;
    if (!found && cut_words_match(v, label, n, m))
        return 1;
    if (found || !memchr(label, '-', n) || n > 4096)
        return found;
    /* no match: the label with its line-end breaks joined, located back in
     * the label as written */
    char tb[4097];
    uint32_t ob[4097];
    size_t tn = unbreak(label, n, tb, ob);
    if (!tn)
        return found;
    struct foi_match mm;
    found = match_folded(t, v, tb, tn, &mm);
    if (found > 0 && m) {
        size_t a = mm.at < tn ? mm.at : tn - 1, e = mm.len ? mm.at + mm.len - 1 : mm.at;
        if (e >= tn)
            e = tn - 1;
        *m = mm;
        m->at = ob[a];
        m->len = mm.len ? ob[e] + 1 - ob[a] : 0;
    }
    return found;
}

static int match_folded(const struct foi_taxonomy *t, const struct vocab *v, const char *label, size_t n,
                        struct foi_match *m)
{
    struct folded f;
    if (fold_into(label, n, &f))
        return -FOI_ENOMEM;
    struct best b = { v, f.len, 0, -1, 0, 0, 0 };
    alias_hits(v, &f, best_hit, &b);
    for (int k = 0; k < v->nres; k++) {
        size_t mb, me;
        int rc = re_exec(t, v->e[v->res[k]].re, f.s, f.len, 0, &mb, &me);
        if (rc < 0) {
            fold_release(&f);
            return rc;
        }
        if (rc)
            consider(&b, v->res[k], mb, me - mb, mb == 0 && me == f.len);
    }
    int found = b.ei >= 0;
    if (found && m)
        fill_match(m, v, &v->e[b.ei], &f, b.fa, b.fl, b.exact);
    fold_release(&f);
    return found;
}

struct cand {
    size_t fa, fl;      /* in the folded text */
    int score;
    int order;          /* entry index: file order breaks ties */
    const struct entry *e;
};

static int cand_by_score(const void *a, const void *b)
{
    const struct cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->fa != y->fa)
        return x->fa < y->fa ? -1 : 1;
    return x->order - y->order;
}

static int cand_by_pos(const void *a, const void *b)
{
    const struct cand *x = a, *y = b;
    if (x->fa != y->fa)
        return x->fa < y->fa ? -1 : 1;
    return 0;
}

static int push_cand(struct cand **c, size_t *n, size_t *alloc, struct cand x)
{
    if (foi_grow((void **)c, alloc, *n, sizeof **c))
        return -1;
    (*c)[(*n)++] = x;
    return 0;
}

struct cands {
    const struct vocab *v;
    const struct folded *f;
    struct cand *c;
    size_t n, alloc;
};

static int cand_hit(void *ctx, int ei, size_t at)
{
    struct cands *cs = ctx;
    const struct entry *e = &cs->v->e[ei];
    int exact = at == 0 && e->flen == cs->f->len;
    struct cand x = { at, e->flen, score_of(exact, e->flen, e->user), ei, e };
    return push_cand(&cs->c, &cs->n, &cs->alloc, x) ? -1 : 0;
}

/* foi_taxonomy_scan over a text folded already. */
static int scan_folded(const struct foi_taxonomy *t, const struct vocab *v, struct folded *f,
                       struct foi_match *ms, int max)
{
    int rc = 0;
    struct cands cs = { v, f, NULL, 0, 0 };
    if (alias_hits(v, f, cand_hit, &cs))
        rc = -FOI_ENOMEM;
    for (int k = 0; k < v->nres && !rc; k++) {
        int i = v->res[k];
        const struct entry *e = &v->e[i];
        size_t start = 0;
        while (start <= f->len) {
            size_t mb, me;
            int r = re_exec(t, e->re, f->s, f->len, start, &mb, &me);
            if (r < 0) {
                rc = r;
                break;
            }
            if (r == 0)
                break;
            if (me > mb) {
                int exact = mb == 0 && me == f->len;
                struct cand x = { mb, me - mb, score_of(exact, me - mb, e->user), i, e };
                if (push_cand(&cs.c, &cs.n, &cs.alloc, x)) {
                    rc = -FOI_ENOMEM;
                    break;
                }
            }
            start = me > mb ? me : mb + 1;
        }
    }
    struct cand *c = cs.c;
    size_t nc = cs.n;
    int count = 0;
    if (!rc && nc) {
        qsort(c, nc, sizeof *c, cand_by_score);
        size_t kept = 0;
        for (size_t i = 0; i < nc; i++) {
            int overlaps = 0;
            for (size_t k = 0; k < kept && !overlaps; k++)
                overlaps = c[i].fa < c[k].fa + c[k].fl && c[k].fa < c[i].fa + c[i].fl;
            if (!overlaps)
                c[kept++] = c[i];
        }
        qsort(c, kept, sizeof *c, cand_by_pos);
        for (size_t i = 0; i < kept && count < max; i++) {
            int exact = c[i].fa == 0 && c[i].fl == f->len;
            fill_match(&ms[count], v, c[i].e, f, c[i].fa, c[i].fl, exact);
            count++;
        }
    }
    foi_free(c);
    return rc ? rc : count;
}

int foi_taxonomy_scan(const struct foi_taxonomy *t, enum foi_vocab vi,
                      const char *text, struct foi_match *ms, int max)
{
    int n = 0;
    int rc = foi_taxonomy_scan_each(t, text, 1, &vi, &ms, max, &n);
    return rc ? rc : n;
}

int foi_taxonomy_scan_each(const struct foi_taxonomy *t, const char *text, int nv, const enum foi_vocab *vis,
                           struct foi_match *const *ms, int max, int *counts)
{
    for (int i = 0; i < nv; i++)
        counts[i] = 0;
    if (!text || max <= 0)
        return 0;
    struct folded f;
    if (fold_into(text, strlen(text), &f))
        return -FOI_ENOMEM;
    int rc = 0;
    for (int i = 0; i < nv && !rc; i++) {
        const struct vocab *v = vocab_of(t, vis[i]);
        if (!v)
            continue;
        int n = scan_folded(t, v, &f, ms[i], max);
        if (n < 0)
            rc = n;
        else
            counts[i] = n;
    }
    fold_release(&f);
    return rc;
}

/* ---------------------------------------------------- joined labels */
static int lc_ascii(int ch)
{
    return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
}

/* Does the word w (lower case) start at s[i] as a whole word? */
static int word_at(const char *s, size_t n, size_t i, const char *w)
{
    size_t wl = strlen(w);
    if (i + wl > n || (i > 0 && is_alnum_ascii((unsigned char)s[i - 1])))
        return 0;
    for (size_t k = 0; k < wl; k++)
        if (lc_ascii((unsigned char)s[i + k]) != w[k])
            return 0;
    return i + wl == n || !is_alnum_ascii((unsigned char)s[i + wl]);
}

/* Where the words that only qualify what comes before begin ("including",
 * "excluding", "of which", "e.g."), n when none. */
static size_t qualifier_at(const char *s, size_t n)
{
    static const char *const q[] = { "including", "includes", "incl", "inc", "excluding", "excludes", "excl",
                                     "except", "other than", "such as", "e.g", "eg", "for example", "of which",
                                     "not", "apart from", "within", NULL };
    for (size_t i = 0; i < n; i++)
        for (int k = 0; q[k]; k++)
            if (word_at(s, n, i, q[k]))
                return i;
    return n;
}

/* Is the text between two mentions a joiner: "and", "or", "and/or", "&",
 * "/", ",", "+", with only spaces, brackets, quotes, "of" and the
 * qualifier s[q..qend) besides? */
static int joiner_gap(const char *s, size_t a, size_t b, size_t q, size_t qend)
{
    int joined = 0;
    for (size_t i = a; i < b;) {
        unsigned char ch = (unsigned char)s[i];
        if (i >= q && i < qend) {
            i = qend;
        } else if (ch == ' ' || ch == '(' || ch == ')' || ch == '[' || ch == ']' || ch == '"' || ch == '\'') {
            i++;
        } else if (ch == ',' || ch == '/' || ch == '&' || ch == '+') {
            joined = 1;
            i++;
        } else if (word_at(s, b, i, "and") || word_at(s, b, i, "or")) {
            joined = 1;
            i += lc_ascii(ch) == 'a' ? 3 : 2;
        } else if (word_at(s, b, i, "of")) {
            i += 2;
        } else if (ch >= 0x80) {
            unsigned long cp;
            size_t l = utf8_decode((const unsigned char *)s + i, b - i, &cp);
            /* curly quotes only: a dash or any other sign sets a label apart */
            if (!l || !(cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D))
                return 0;
            i += l;
        } else {
            return 0;
        }
    }
    return joined;
}

int foi_taxonomy_joined(const struct foi_taxonomy *t, enum foi_vocab vi, const char *label, const char **ids,
                        int max)
{
    if (!label || !*label || max < 2)
        return 0;
    struct foi_match ms[16];
    int k = foi_taxonomy_scan(t, vi, label, ms, 16);
    if (k < 2)
        return k < 0 ? k : 0;
    size_t n = strlen(label);
    size_t q = qualifier_at(label, n), qend = n;
    if (q < n) {
        /* in brackets, the qualifier ends with them: "A (including B) and C" */
        int depth = 0;
        for (size_t i = 0; i < q; i++)
            depth += label[i] == '(' ? 1 : label[i] == ')' ? -1 : 0;
        if (depth > 0) {
            const char *close = strchr(label + q, ')');
            if (close)
                qend = (size_t)(close - label);
        }
    }
    struct foi_match kept[16];
    int nk = 0;
    for (int i = 0; i < k; i++) {
        if (!strcmp(ms[i].id, "other") || (ms[i].at >= q && ms[i].at < qend))
            continue;
        kept[nk++] = ms[i];
    }
    int joined = 0;
    for (int i = 0; i + 1 < nk && !joined; i++)
        joined = strcmp(kept[i].id, kept[i + 1].id) &&
                 joiner_gap(label, kept[i].at + kept[i].len, kept[i + 1].at, q, qend);
    if (!joined)
        return 0;
    int nid = 0;
    for (int i = 0; i < nk; i++) {
        int dup = 0;
        for (int j = 0; j < nid && !dup; j++)
            dup = !strcmp(ids[j], kept[i].id);
        if (!dup && nid < max)
            ids[nid++] = kept[i].id;
    }
    return nid >= 2 ? nid : 0;
}

/* A domain at hay[at..at+len) stands alone: not part of a longer host name. */
static int domain_bounded(const char *hay, size_t at, size_t len)
{
    if (at > 0) {
        unsigned char b = (unsigned char)hay[at - 1];
        if (is_alnum_ascii(b) || b == '-' || b == '_')
            return 0;
    }
    unsigned char a = (unsigned char)hay[at + len];
    if (is_alnum_ascii(a) || a == '-' || a == '_')
        return 0;
    if (a == '.' && is_alnum_ascii((unsigned char)hay[at + len + 1]))
        return 0;
    return 1;
}

int foi_taxonomy_force_clue(const struct foi_taxonomy *t, const char *text, struct foi_match *m)
{
    const struct vocab *v = vocab_of(t, FOI_VOCAB_FORCE);
    if (!v || !text)
        return 0;
    const struct entry *best = NULL;
    size_t bat = 0, blen = 0;
    for (int i = 0; i < v->ne; i++) {
        const struct entry *e = &v->e[i];
        if (e->kind != K_DOMAIN || e->dead)
            continue;
        for (const char *p = foi_strcasestr(text, e->folded); p; p = foi_strcasestr(p + 1, e->folded)) {
            size_t at = (size_t)(p - text);
            if (!domain_bounded(text, at, e->flen))
                continue;
            if (!best || at < bat || (at == bat && e->flen > blen)) {
                best = e;
                bat = at;
                blen = e->flen;
            }
            break;
        }
    }
    int isref = 0;
    if (!best) {
        size_t n = strlen(text);
        for (int i = 0; i < v->ne; i++) {
            const struct entry *e = &v->e[i];
            if (e->kind != K_REF || e->dead)
                continue;
            size_t mb, me;
            int rc = re_exec(t, e->re, text, n, 0, &mb, &me);
            if (rc < 0)
                return rc;
            if (rc && me > mb && (!best || mb < bat)) {
                best = e;
                bat = mb;
                blen = me - mb;
                isref = 1;
            }
        }
    }
    if (!best)
        return 0;
    if (m) {
        m->id = v->ids[best->id];
        m->at = bat;
        m->len = blen;
        m->score = (isref ? 0 : 1 << 20) + (int)(blen > 4096 ? 4096 : blen);
        m->exact = 0;
        m->part = 0;
    }
    return 1;
}
