/* foi.c: error codes and records, the allocation wrapper with its failure hook,
 * the arena, the capped buffer and small string helpers. */
#include "foi.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* Under AddressSanitizer an arena block's bytes not yet handed out are
 * poisoned, and so is the padding after each allocation: a read past a
 * string's end inside a block is reported as it would be past a malloc'd
 * one (a blank line read past its terminator went unseen once, the arena
 * holding the bytes). */
#if defined(__SANITIZE_ADDRESS__)
#define FOI_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FOI_ARENA_ASAN 1
#endif
#endif
#ifdef FOI_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define ARENA_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define ARENA_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define ARENA_POISON(p, n) ((void)(p), (void)(n))
#define ARENA_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

static const char *const code_text[FOI_ECODE_COUNT] = {
    [FOI_OK] = "success",
    [FOI_ENOMEM] = "out of memory",
    [FOI_EIO] = "input/output error",
    [FOI_EPARSE] = "malformed input",
    [FOI_ELIMIT] = "limit reached",
    [FOI_EENCODING] = "undecodable text encoding",
    [FOI_ERANGE] = "number out of range",
    [FOI_ENOTFOUND] = "nothing recognised",
    [FOI_EUSAGE] = "invalid usage",
    [FOI_ECORRUPT] = "damaged or foreign file",
    [FOI_EREGEX] = "pattern matching error",
};

const char *foi_strerror(int code)
{
    if (code < 0)
        code = -code;
    if (code >= FOI_ECODE_COUNT || !code_text[code])
        return "unknown error";
    return code_text[code];
}

void foi_err_clear(struct foi_err *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

int foi_errf(struct foi_err *err, int code, const char *locator, const char *fmt, ...)
{
    if (!err || err->code)
        return code;
    err->code = code;
    snprintf(err->locator, sizeof err->locator, "%s", locator ? locator : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

/* ------------------------------------------------------------ allocation */
static long alloc_fail_at;   /* fail when alloc_calls reaches this (0 = never) */
static long alloc_calls;

void foi_alloc_fail_after(long n)
{
    alloc_calls = 0;
    alloc_fail_at = n;
}

long foi_alloc_count(void) { return alloc_calls; }

static int alloc_should_fail(void)
{
    alloc_calls++;
    return alloc_fail_at > 0 && alloc_calls >= alloc_fail_at;
}

void *foi_malloc(size_t n)
{
    if (alloc_should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *foi_calloc(size_t nmemb, size_t size)
{
    if (alloc_should_fail())
        return NULL;
    return calloc(nmemb ? nmemb : 1, size ? size : 1);
}

void *foi_realloc(void *p, size_t n)
{
    if (alloc_should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

void *foi_malloc_aligned(size_t align, size_t n)
{
    void *p = NULL;
    if (alloc_should_fail())
        return NULL;
    return posix_memalign(&p, align, n ? n : 1) == 0 ? p : NULL;
}

void foi_free(void *p) { free(p); }

char *foi_strndup(const char *s, size_t n)
{
    char *d = foi_malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *foi_strdup(const char *s) { return s ? foi_strndup(s, strlen(s)) : NULL; }

/* ----------------------------------------------------------------- arena */
struct foi_arena_block {
    struct foi_arena_block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

#define ARENA_BLOCK 65536

void foi_arena_init(struct foi_arena *a, size_t cap)
{
    a->head = NULL;
    a->used_total = 0;
    a->cap = cap;
}

void foi_arena_release(struct foi_arena *a)
{
    struct foi_arena_block *b = a->head;
    while (b) {
        struct foi_arena_block *n = b->next;
        ARENA_UNPOISON(b->data, b->size);
        foi_free(b);
        b = n;
    }
    a->head = NULL;
    a->used_total = 0;
}

void *foi_arena_alloc(struct foi_arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n)
        return NULL;
    if (a->cap && a->used_total + need > a->cap)
        return NULL;
    struct foi_arena_block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t size = need > ARENA_BLOCK / 2 ? need : ARENA_BLOCK;
        struct foi_arena_block *nb = foi_calloc(1, sizeof *nb + size);   /* zeroed: a read past a string is the same every run */
        if (!nb)
            return NULL;
        nb->size = size;
        nb->used = 0;
        ARENA_POISON(nb->data, size);
        if (b && need > ARENA_BLOCK / 2) {
            /* big allocation: keep the current block on top for small ones */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->used_total += need;
    ARENA_UNPOISON(p, n);   /* zeroed already: blocks are calloc'd and never reused */
    return p;
}

char *foi_arena_strndup(struct foi_arena *a, const char *s, size_t n)
{
    char *d = foi_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *foi_arena_strdup(struct foi_arena *a, const char *s)
{
    return s ? foi_arena_strndup(a, s, strlen(s)) : NULL;
}

char *foi_arena_printf(struct foi_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return NULL;
    }
    char *d = foi_arena_alloc(a, (size_t)n + 1);
    if (d)
        vsnprintf(d, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return d;
}

/* ------------------------------------------------------------------- buf */
void foi_buf_init(struct foi_buf *b, size_t cap)
{
    b->data = NULL;
    b->len = b->alloc = 0;
    b->cap = cap;
}

void foi_buf_release(struct foi_buf *b)
{
    foi_free(b->data);
    b->data = NULL;
    b->len = b->alloc = 0;
}

void foi_buf_reset(struct foi_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

int foi_buf_reserve(struct foi_buf *b, size_t n)
{
    if (b->len + n + 1 <= b->len)
        return FOI_ELIMIT;
    if (b->cap && b->len + n > b->cap)
        return FOI_ELIMIT;
    if (b->len + n + 1 > b->alloc) {
        size_t na = b->alloc ? b->alloc : 64;
        while (na < b->len + n + 1) {
            if (na > SIZE_MAX / 2)
                return FOI_ENOMEM;
            na *= 2;
        }
        char *d = foi_realloc(b->data, na);
        if (!d)
            return FOI_ENOMEM;
        b->data = d;
        b->alloc = na;
        b->data[b->len] = '\0';
    }
    return 0;
}

int foi_buf_add(struct foi_buf *b, const void *p, size_t n)
{
    if (b->cap || n >= b->alloc - b->len) {   /* alloc - len: the room left, with the NUL's */
        int rc = foi_buf_reserve(b, n);
        if (rc)
            return rc;
    }
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int foi_buf_add_varint(struct foi_buf *b, uint64_t v)
{
    unsigned char t[10];
    size_t n = 0;
    do {
        t[n] = (unsigned char)(v & 0x7f);
        v >>= 7;
        if (v)
            t[n] |= 0x80;
        n++;
    } while (v);
    return foi_buf_add(b, t, n);
}

int foi_get_varint(const unsigned char **pp, const unsigned char *end, uint64_t *v)
{
    const unsigned char *p = *pp;
    uint64_t x = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        if (p >= end)
            return -1;
        unsigned char c = *p++;
        x |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) {
            *v = x;
            *pp = p;
            return 0;
        }
    }
    return -1;
}

int foi_buf_adds(struct foi_buf *b, const char *s) { return foi_buf_add(b, s, strlen(s)); }
int foi_buf_addc(struct foi_buf *b, char c) { return foi_buf_add(b, &c, 1); }

int foi_buf_printf(struct foi_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return FOI_EPARSE;
    }
    int rc;
    if ((size_t)n < sizeof small) {
        rc = foi_buf_add(b, small, (size_t)n);
    } else {
        char *big = foi_malloc((size_t)n + 1);
        if (!big) {
            va_end(ap2);
            return FOI_ENOMEM;
        }
        vsnprintf(big, (size_t)n + 1, fmt, ap2);
        rc = foi_buf_add(b, big, (size_t)n);
        foi_free(big);
    }
    va_end(ap2);
    return rc;
}

char *foi_buf_detach(struct foi_buf *b)
{
    char *d = b->data;
    if (!d)
        d = foi_strdup("");
    b->data = NULL;
    b->len = b->alloc = 0;
    return d;
}

/* --------------------------------------------------------------- strings */
char *foi_collapse_ws(struct foi_arena *a, const char *s, size_t n)
{
    char *d = foi_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    size_t j = 0;
    int pending = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int ws = 0, skip = 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            ws = 1;
        else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
            ws = 1, skip = 1;   /* U+00A0 no-break space */
        else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] == 0xAF || ((unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x8A)))
            ws = 1, skip = 2;   /* U+2000..200A, U+202F */
        if (ws) {
            pending = j > 0;
            i += (size_t)skip;
            continue;
        }
        if (pending) {
            d[j++] = ' ';
            pending = 0;
        }
        d[j++] = (char)c;
    }
    d[j] = '\0';
    return d;
}

int foi_strcasecmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);
        if (ca != cb || !ca)
            return ca - cb;
    }
}

static unsigned char ascii_lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* ASCII case folding only (the C locale's, which foi runs in): bytes of
 * UTF-8 sequences compare as they are. Skips quickly to candidates for the
 * needle's first byte; this runs on every line of every document. */
const char *foi_strcasestr(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return hay;
    const unsigned char *h = (const unsigned char *)hay, *nd = (const unsigned char *)needle;
    unsigned char lo = ascii_lower(nd[0]);
    unsigned char up = (lo >= 'a' && lo <= 'z') ? (unsigned char)(lo - 32) : lo;
    for (; *h; h++) {
        if (*h != lo && *h != up)
            continue;
        size_t i = 1;
        while (i < n && h[i] && ascii_lower(h[i]) == ascii_lower(nd[i]))
            i++;
        if (i == n)
            return (const char *)h;
    }
    return NULL;
}

const char *foi_ascii_lower(struct foi_buf *b, const char *s)
{
    size_t n = strlen(s);
    if (!n)
        return "";
    foi_buf_reset(b);
    if (foi_buf_add(b, s, n))
        return NULL;
    /* eight bytes at a time (it runs over every line of every letter): in
     * each byte below 0x80, 'A'..'Z' gains 0x20; other bytes are kept */
    unsigned char *d = (unsigned char *)b->data;
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, d + i, 8);
        uint64_t low7 = x & ~high;
        uint64_t ge_a = low7 + ones * (0x80 - 'A');       /* high bit: byte >= 'A' */
        uint64_t gt_z = low7 + ones * (0x80 - 'Z' - 1);   /* high bit: byte > 'Z' */
        uint64_t upper = (ge_a ^ gt_z) & ~x & high;
        x |= upper >> 2;
        memcpy(d + i, &x, 8);
    }
    for (; i < n; i++)
        d[i] = ascii_lower(d[i]);
    return b->data;
}

int foi_grow(void **arr, size_t *alloc, size_t n, size_t elem)
{
    if (n < *alloc)
        return 0;
    size_t na = *alloc ? *alloc * 2 : 64;
    if (na > SIZE_MAX / elem)
        return FOI_ENOMEM;
    void *p = foi_realloc(*arr, na * elem);
    if (!p)
        return FOI_ENOMEM;
    *arr = p;
    *alloc = na;
    return 0;
}

uint64_t foi_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

uint32_t foi_memo_hash(const char *s, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    uint64_t w = 0;
    memcpy(&w, s + i, n - i);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    return (uint32_t)h;
}

/* ------------------------------------------------------------ string memo */
struct smemo_head {
    const char *key;    /* NULL: an empty slot */
    uint32_t hash;
};
#define SMEMO_HEAD ((sizeof(struct smemo_head) + 15) & ~(size_t)15)

void foi_smemo_init(struct foi_smemo *m, size_t vsize, size_t first, size_t max)
{
    memset(m, 0, sizeof *m);
    m->vsize = vsize;
    m->ssize = SMEMO_HEAD + ((vsize + 15) & ~(size_t)15);
    m->first = first < 2 ? 2 : first;
    m->max = max;
}

void foi_smemo_release(struct foi_smemo *m)
{
    foi_free(m->slots);
    m->slots = NULL;
    m->mask = m->n = 0;
}

static struct smemo_head *smemo_slot(const struct foi_smemo *m, size_t k)
{
    return (struct smemo_head *)(void *)(m->slots + k * m->ssize);
}

/* key's slot, or the empty one it would take */
static size_t smemo_find(const struct foi_smemo *m, const char *key, uint32_t h)
{
    size_t k = h & m->mask;
    for (struct smemo_head *e; (e = smemo_slot(m, k))->key; k = (k + 1) & m->mask)
        if (e->hash == h && !strcmp(e->key, key))
            break;
    return k;
}

void *foi_smemo_get(const struct foi_smemo *m, const char *key, uint32_t h)
{
    if (!m->slots)
        return NULL;
    struct smemo_head *e = smemo_slot(m, smemo_find(m, key, h));
    return e->key ? (unsigned char *)e + SMEMO_HEAD : NULL;
}

static int smemo_grow(struct foi_smemo *m)
{
    size_t ncap = m->slots ? (m->mask + 1) * 2 : m->first;
    if (ncap & (ncap - 1))
        return -1;   /* first must be a power of two */
    unsigned char *ns = foi_calloc(ncap, m->ssize);
    if (!ns)
        return -1;
    struct foi_smemo g = *m;
    g.slots = ns;
    g.mask = ncap - 1;
    for (size_t i = 0; m->slots && i <= m->mask; i++) {
        struct smemo_head *e = smemo_slot(m, i);
        if (!e->key)
            continue;
        size_t k = e->hash & g.mask;
        while (smemo_slot(&g, k)->key)
            k = (k + 1) & g.mask;
        memcpy(smemo_slot(&g, k), e, m->ssize);
    }
    foi_free(m->slots);
    m->slots = ns;
    m->mask = g.mask;
    return 0;
}

void *foi_smemo_put(struct foi_smemo *m, struct foi_arena *a, const char *key, uint32_t h)
{
    if (m->n >= m->max || ((!m->slots || (m->n + 1) * 2 > m->mask + 1) && smemo_grow(m)))
        return foi_smemo_get(m, key, h);   /* full: only a key there already */
    size_t k = smemo_find(m, key, h);
    struct smemo_head *e = smemo_slot(m, k);
    if (e->key)
        return (unsigned char *)e + SMEMO_HEAD;   /* there already */
    const char *copy = foi_arena_strdup(a, key);
    if (!copy)
        return NULL;
    e->key = copy;
    e->hash = h;
    m->n++;
    return (unsigned char *)e + SMEMO_HEAD;
}

void foi_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    const char *b = base;
    size_t i = 1;
    while (i < n && cmp(b + (i - 1) * size, b + i * size) <= 0)
        i++;
    if (i < n)
        qsort(base, n, size, cmp);
}

static unsigned pair_hash(unsigned char a, unsigned char b)
{
    return ((unsigned)a * 31u + b) & 1023u;
}

void foi_pairs_of(struct foi_pairs *ps, const char *text)
{
    memset(ps, 0, sizeof *ps);
    for (const unsigned char *p = (const unsigned char *)text; p[0] && p[1]; p++) {
        unsigned h = pair_hash(p[0], p[1]);
        ps->bit[h >> 6] |= UINT64_C(1) << (h & 63);
    }
}

int foi_pairs_may_hold(const struct foi_pairs *ps, const char *needle)
{
    for (const unsigned char *p = (const unsigned char *)needle; p[0] && p[1]; p++) {
        unsigned h = pair_hash(p[0], p[1]);
        if (!(ps->bit[h >> 6] & (UINT64_C(1) << (h & 63))))
            return 0;
    }
    return 1;
}

size_t foi_strlcpy(char *dst, size_t size, const char *s)
{
    size_t n = strlen(s);
    if (size) {
        size_t k = n < size ? n : size - 1;
        memcpy(dst, s, k);
        dst[k] = 0;
    }
    return n;
}

size_t foi_utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; c &= 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; c &= 0x07; }
    else return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    return len;
}

int foi_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    /* ASCII eight bytes at a time (most text) */
    while (end - p >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        if (w & 0x8080808080808080ull)
            break;
        p += 8;
    }
    while (p < end) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        size_t k = foi_utf8_seq(p, (size_t)(end - p));
        if (!k)
            return 0;
        p += k;
    }
    return 1;
}

int foi_parse_u64(const char *s, size_t n, uint64_t *out)
{
    if (!n)
        return FOI_EPARSE;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return FOI_EPARSE;
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return FOI_ERANGE;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

const char *foi_dot_leader_end(const char *p)
{
    int dots = 0;
    const char *q = p;
    while (*q == '.' || (*q == ' ' && q[1] == '.')) {
        dots += *q == '.';
        q++;
    }
    return dots >= 4 ? q : NULL;
}

int foi_utf8_put(char *o, uint32_t c)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

uint32_t foi_cp1252(unsigned char b)
{
    static const unsigned short hi[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    };
    return b >= 0x80 && b < 0xA0 ? hi[b - 0x80] : b;
}
