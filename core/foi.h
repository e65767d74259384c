/* foi.h: the ground every module stands on: error codes, the caller-owned error
 * record, the allocation wrapper (so tests can fail the Nth call), an arena, a
 * capped growing buffer and a few string helpers.
 *
 * Ownership rule for the whole library: functions borrow their arguments; a
 * returned pointer belongs to the object it came from (usually an arena) unless
 * the function's name says _new or _dup, in which case the caller frees it. */
#ifndef FOI_H
#define FOI_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

#define FOI_VERSION "0.1.0"

/* Error codes: 0 is success, every failure is one of these. */
enum foi_code {
    FOI_OK = 0,
    FOI_ENOMEM,    /* an allocation failed */
    FOI_EIO,       /* reading or writing a file failed */
    FOI_EPARSE,    /* the input is malformed */
    FOI_ELIMIT,    /* a configured limit was reached */
    FOI_EENCODING, /* the bytes are not in an encoding we can decode */
    FOI_ERANGE,    /* a number is out of range (overflow, negative, fraction) */
    FOI_ENOTFOUND, /* nothing matched / nothing recognised */
    FOI_EUSAGE,    /* the caller passed something invalid */
    FOI_ECORRUPT,  /* a cache or output file is damaged or foreign */
    FOI_EREGEX,    /* a PCRE2 error (compile, match limit, bad UTF) */
    FOI_ECODE_COUNT
};

const char *foi_strerror(int code);

/* Details of the first error; the caller owns it (curl's error buffer). */
struct foi_err {
    int code;
    char locator[96];
    char message[384];
};

void foi_err_clear(struct foi_err *err);
/* Fill err (unless already set: the first error wins) and return code. */
int foi_errf(struct foi_err *err, int code, const char *locator, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* --- allocation: every allocation in the library goes through these ------ */
void *foi_malloc(size_t n);
void *foi_calloc(size_t nmemb, size_t size);
void *foi_realloc(void *p, size_t n);
/* n bytes at an address that is a multiple of align (a power of two, at
 * least sizeof(void *)); freed with foi_free. */
void *foi_malloc_aligned(size_t align, size_t n);
/* Make room for element n of *arr (n elements of elem bytes in use, *alloc
 * allocated): doubles the array when full. 0 or FOI_ENOMEM (*arr unchanged). */
int foi_grow(void **arr, size_t *alloc, size_t n, size_t elem);
/* FNV-1a over s[0..n): the hash tables' hash. */
uint64_t foi_hash(const char *s, size_t n);
/* A faster hash of n bytes for in-memory tables (memos), eight bytes at a
 * time; its values are never stored or ordered by, unlike foi_hash's. */
uint32_t foi_memo_hash(const char *s, size_t n);
/* A memo: strings (hashed with foi_memo_hash, copied into the caller's
 * arena) to values of one fixed size, open addressing, growing from `first`
 * slots up to `max` entries (past that nothing new is remembered). The
 * engine keeps several per document (a label's reading, a cell's kind, what
 * a text says). */
struct foi_arena;
struct foi_smemo {
    unsigned char *slots;
    size_t mask, n, max, first, vsize, ssize;
};
void foi_smemo_init(struct foi_smemo *m, size_t vsize, size_t first, size_t max);
void foi_smemo_release(struct foi_smemo *m);
/* key's value (h = foi_memo_hash of key), or NULL. */
void *foi_smemo_get(const struct foi_smemo *m, const char *key, uint32_t h);
/* key added with its value zeroed (a key there already: its value): the
 * value, or NULL when the memo is full or memory is short (the caller works
 * without it). */
void *foi_smemo_put(struct foi_smemo *m, struct foi_arena *a, const char *key, uint32_t h);
/* Little-endian integers in byte buffers (the cache file, the worker frames). */
static inline uint32_t foi_le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline void foi_put_le32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}
void foi_free(void *p);
char *foi_strdup(const char *s);             /* NULL on failure */
char *foi_strndup(const char *s, size_t n);
/* Test hook: make the Nth allocation from now fail (0 = never). */
void foi_alloc_fail_after(long n);
long foi_alloc_count(void);

/* --- arena: many small allocations freed at once (git's mem-pool) -------- */
struct foi_arena_block;
struct foi_arena {
    struct foi_arena_block *head;
    size_t used_total;   /* bytes handed out */
    size_t cap;          /* 0 = unlimited; reaching it makes alloc return NULL */
};
void foi_arena_init(struct foi_arena *a, size_t cap);
void foi_arena_release(struct foi_arena *a);
void *foi_arena_alloc(struct foi_arena *a, size_t n);        /* zeroed, aligned */
char *foi_arena_strdup(struct foi_arena *a, const char *s);
char *foi_arena_strndup(struct foi_arena *a, const char *s, size_t n);
char *foi_arena_printf(struct foi_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* --- buf: a growing byte buffer with a size cap (curl's dynbuf) ---------- */
struct foi_buf {
    char *data;   /* always NUL-terminated when non-NULL */
    size_t len;
    size_t alloc;
    size_t cap;   /* 0 = unlimited */
};
void foi_buf_init(struct foi_buf *b, size_t cap);
void foi_buf_release(struct foi_buf *b);
void foi_buf_reset(struct foi_buf *b);
int foi_buf_add(struct foi_buf *b, const void *p, size_t n);   /* FOI_ENOMEM / FOI_ELIMIT */
int foi_buf_adds(struct foi_buf *b, const char *s);
int foi_buf_addc(struct foi_buf *b, char c);
int foi_buf_printf(struct foi_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *foi_buf_detach(struct foi_buf *b);  /* caller frees with foi_free */
/* An unsigned integer in 1-10 bytes, seven bits a byte, low first (LEB128);
 * read back by foi_get_varint: 0, or -1 when it runs past end or over ten
 * bytes. Signed values go through foi_zigzag first (small magnitudes stay
 * short). Used by the binary formats of app/ (results, comparable rows). */
int foi_buf_add_varint(struct foi_buf *b, uint64_t v);
int foi_get_varint(const unsigned char **p, const unsigned char *end, uint64_t *v);
static inline uint64_t foi_zigzag(int64_t v) { return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63); }
static inline int64_t foi_unzigzag(uint64_t v) { return (int64_t)(v >> 1) ^ -(int64_t)(v & 1); }
/* Room for n more bytes after len (and the NUL): writers that fill
 * b->data + b->len themselves, then add to len. FOI_ENOMEM / FOI_ELIMIT. */
int foi_buf_reserve(struct foi_buf *b, size_t n);

/* --- strings ------------------------------------------------------------- */
/* Collapse runs of whitespace (ASCII and U+00A0) to one space and trim. */
char *foi_collapse_ws(struct foi_arena *a, const char *s, size_t n);
/* Copy s into dst[size] as snprintf(dst, size, "%s", s) does (cut to
 * size - 1 bytes, always terminated when size > 0) without its formatting
 * machinery, for fixed-size fields filled per record; returns strlen(s). */
size_t foi_strlcpy(char *dst, size_t size, const char *s);
/* The pairs of adjacent bytes a text holds, hashed into 1,024 bits: a
 * filter before strstr when one text is searched for many needles (a
 * needle one of whose pairs is missing does not occur in the text; a pair
 * found may be another's hash, never the reverse). */
struct foi_pairs {
    uint64_t bit[16];
};
void foi_pairs_of(struct foi_pairs *ps, const char *text);
/* 0 when needle cannot occur in the text; 1 when it may (strstr decides). */
int foi_pairs_may_hold(const struct foi_pairs *ps, const char *needle);
/* Case-insensitive ASCII helpers. */
int foi_strcasecmp(const char *a, const char *b);
const char *foi_strcasestr(const char *hay, const char *needle);
/* A dot leader starting at p ("....", ". . . .": four dots or more, a single
 * space at most between them): its end, or NULL. */
const char *foi_dot_leader_end(const char *p);
/* qsort that first checks, in one pass, whether base is already in order
 * (then it leaves it as it is, as glibc's stable merge sort would): a
 * dataset sorted once is walked in the same order by several checks. */
void foi_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
/* s with ASCII letters lowered (same length, so offsets carry over), in b
 * (reused between calls); NULL when out of memory. Lower a line once, then
 * search it with strstr for many lower-case needles. */
const char *foi_ascii_lower(struct foi_buf *b, const char *s);
/* Is s valid UTF-8 (n bytes)? */
int foi_utf8_valid(const char *s, size_t n);
/* Length of the valid UTF-8 sequence at s (n bytes left, n >= 1), 0 when invalid. */
size_t foi_utf8_seq(const unsigned char *s, size_t n);
/* Code point cp written as UTF-8 into o (room for 4): the bytes written. */
int foi_utf8_put(char *o, uint32_t cp);
/* What Windows-1252 byte b (0x80..0xFF) stands for; 0 for its five
 * undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
uint32_t foi_cp1252(unsigned char b);
/* Parse a non-negative decimal integer with overflow check (no signs, no
 * spaces): 0 ok, FOI_ERANGE overflow, FOI_EPARSE not a number. */
int foi_parse_u64(const char *s, size_t n, uint64_t *out);

#endif
