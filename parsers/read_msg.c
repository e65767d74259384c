/* read_msg.c: Outlook messages (.msg). A message saved from Outlook is an
 * OLE2 compound file (cfb.h) of MAPI properties: each variable-length
 * property a stream "__substg1.0_IIIITTTT" (IIII the property id, TTTT its
 * type: 001F UTF-16LE text, 001E 8-bit text, 0102 bytes), the fixed-length
 * ones (dates, numbers, flags) 16-byte entries of "__properties_version1.0";
 * each attachment a storage "__attach_version1.0_#NNNNNNNN" of its own
 * properties. What a reader of the message sees is given as foi_mime_text
 * gives it for a MIME e-mail: From, To, Date and Subject lines over the
 * plain-text body (else the HTML body), and the files it carries as
 * foi_mime_parts, so that fileproc.c reads both kinds of e-mail one way. */
#include "cfb.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* MAPI property ids */
enum {
    P_SUBJECT = 0x0037,
    P_SUBMIT_TIME = 0x0039,
    P_SENDER_NAME = 0x0C1A,
    P_SENDER_EMAIL = 0x0C1F,
    P_DISPLAY_TO = 0x0E04,
    P_DISPLAY_CC = 0x0E03,
    P_DELIVERY_TIME = 0x0E06,
    P_BODY = 0x1000,
    P_HTML = 0x1013,
    P_RTF_COMPRESSED = 0x1009,
    P_ATTACH_DATA = 0x3701,
    P_ATTACH_FILENAME = 0x3704,
    P_ATTACH_METHOD = 0x3705,
    P_ATTACH_LONG_FILENAME = 0x3707,
    P_ATTACH_MIME_TAG = 0x370E,
    P_ATTACH_CONTENT_ID = 0x3712,
    P_DISPLAY_NAME = 0x3001,
    P_HIDDEN = 0x7FFE,
    P_SMTP_ADDRESS = 0x39FE,
};
enum { T_UNICODE = 0x001F, T_STRING8 = 0x001E, T_BINARY = 0x0102, T_OBJECT = 0x000D };
enum { ATTACH_EMBEDDED_MSG = 5 };

#define MSG_MAX_ATTACH 64

/* The storage "__attach..." / root's property stream named for (id, type). */
static long prop_entry(const struct cfb *f, uint32_t sto, unsigned id, unsigned type)
{
    char nm[40];
    snprintf(nm, sizeof nm, "__substg1.0_%04X%04X", id, type);
    return cfb_child(f, sto, nm);
}

/* Stream entry e's bytes (cfb_entry_stream), an entry of another type
 * (a damaged directory) read as no property: *out NULL, 0. */
static int prop_bytes(struct cfb *f, long e, unsigned char **out, size_t *len)
{
    int rc = cfb_entry_stream(f, (uint32_t)e, out, len);
    if (rc == FOI_ENOTFOUND) {
        *out = NULL;
        *len = 0;
        return 0;
    }
    return rc;
}

/* UTF-16LE into UTF-8 (unpaired surrogates as U+FFFD), NUL-terminated, in
 * the arena; a trailing NUL character ends it. */
static char *utf16_to_utf8(struct foi_arena *a, const unsigned char *s, size_t n)
{
    char *o = foi_arena_alloc(a, n / 2 * 3 + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        uint32_t c = (uint32_t)(s[i] | s[i + 1] << 8);
        if (!c)
            break;
        if (c >= 0xD800 && c <= 0xDBFF && i + 3 < n) {
            uint32_t d = (uint32_t)(s[i + 2] | s[i + 3] << 8);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                i += 2;
            } else {
                c = 0xFFFD;
            }
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        /* the room (n / 2 * 3) holds it: four bytes come from a pair of units */
        k += (size_t)foi_utf8_put(o + k, c);
    }
    o[k] = 0;
    return o;
}

/* A text property of storage sto as UTF-8 in the arena: the Unicode form,
 * else the 8-bit one (read as UTF-8 when valid, else Windows-1252); NULL
 * when absent (or *rc set on a damaged file or out of memory). */
static const char *text_prop(struct cfb *f, struct foi_arena *a, uint32_t sto, unsigned id, int *rc)
{
    unsigned char *b;
    size_t n;
    long e = prop_entry(f, sto, id, T_UNICODE);
    if (e == -2) {
        *rc = FOI_ENOMEM;
        return NULL;
    }
    if (e >= 0) {
        if ((*rc = prop_bytes(f, e, &b, &n)) != 0 || !b)
            return NULL;
        char *t = utf16_to_utf8(a, b, n);
        foi_free(b);
        if (!t)
            *rc = FOI_ENOMEM;
        return t;
    }
    e = prop_entry(f, sto, id, T_STRING8);
    if (e == -2) {
        *rc = FOI_ENOMEM;
        return NULL;
    }
    if (e < 0)
        return NULL;
    if ((*rc = prop_bytes(f, e, &b, &n)) != 0 || !b)
        return NULL;
    while (n && !b[n - 1])
        n--;
    const char *t = NULL, *enc;
    size_t tl;
    struct foi_err err;
    foi_err_clear(&err);
    int r = foi_decode_utf8(a, (const char *)b, n, &t, &tl, &enc, &err);
    foi_free(b);
    if (r)
        *rc = r;
    return r ? NULL : t;
}

/* The fixed-length properties of storage sto: its "__properties_version1.0"
 * (a header of hdr bytes, then 16-byte entries: tag, flags, value), read
 * once for every property asked of it. */
struct fixed {
    unsigned char *b;   /* NULL: the storage has none */
    size_t n, hdr;
};

static int fixed_open(struct cfb *f, uint32_t sto, size_t hdr, struct fixed *x)
{
    x->b = NULL;
    x->n = 0;
    x->hdr = hdr;
    long e = cfb_child(f, sto, "__properties_version1.0");
    if (e == -2)
        return FOI_ENOMEM;
    return e < 0 ? 0 : prop_bytes(f, e, &x->b, &x->n);
}

/* Property (id, type)'s 8 value bytes into v: 1 found, 0 not. */
static int fixed_get(const struct fixed *x, unsigned id, unsigned type, unsigned char v[8])
{
    for (size_t o = x->hdr; x->b && o + 16 <= x->n; o += 16) {
        uint32_t tag = foi_le32(x->b + o);
        if ((tag >> 16) == id && (tag & 0xFFFF) == type) {
            memcpy(v, x->b + o + 8, 8);
            return 1;
        }
    }
    return 0;
}

/* A FILETIME (100 ns since 1601) as RFC 5322's date ("Tue, 18 Nov 2026
 * 10:02:00 +0000") into buf; 0 when out of range. */
static int filetime_text(const unsigned char v[8], char *buf, size_t bufsz)
{
    uint64_t ft = 0;
    for (int i = 7; i >= 0; i--)
        ft = ft << 8 | v[i];
    uint64_t secs = ft / 10000000u;
    const uint64_t epoch = 11644473600u;   /* 1601-01-01 to 1970-01-01 */
    if (secs < epoch || secs - epoch > (uint64_t)4102444800u)   /* 1970 .. 2100 */
        return 0;
    time_t t = (time_t)(secs - epoch);
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return 0;
    static const char *const wd[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char *const mo[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    snprintf(buf, bufsz, "%s, %d %s %d %02d:%02d:%02d +0000", wd[tm.tm_wday], tm.tm_mday, mo[tm.tm_mon],
             tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return 1;
}

/* Whether the root holds a message's property streams. */
/* ------------------------------------------------- compressed rich text */

/* [MS-OXRTFCP]: the dictionary's first 207 bytes, before any is written */
static const char lzfu_prebuf[] =
    "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
#define LZFU_PREBUF 207
_Static_assert(sizeof lzfu_prebuf - 1 == LZFU_PREBUF, "the [MS-OXRTFCP] dictionary is 207 bytes");

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int foi_rtf_decompress(struct foi_arena *a, const unsigned char *in, size_t n, size_t cap, const char **out,
                       size_t *out_len, struct foi_err *err)
{
    if (n < 16)
        return foi_errf(err, FOI_EPARSE, NULL, "the message's rich text is cut short");
    uint32_t comp = le32(in), raw = le32(in + 4), type = le32(in + 8);
    size_t end = (size_t)comp + 4 < n ? (size_t)comp + 4 : n;
    if (raw > cap)
        return foi_errf(err, FOI_ELIMIT, NULL, "the message's rich text is %lu bytes, over the limit",
                        (unsigned long)raw);
    char *o = foi_arena_alloc(a, (size_t)raw + 1);
    if (!o)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an Outlook message");
    size_t k = 0;
    if (type == 0x414C454Du) {          /* "MELA": stored as it is */
        k = end > 16 ? end - 16 : 0;
        if (k > raw)
            k = raw;
        memcpy(o, in + 16, k);
    } else if (type == 0x75465A4Cu) {   /* "LZFu": compressed */
        unsigned char dict[4096];
        memcpy(dict, lzfu_prebuf, LZFU_PREBUF);
        memset(dict + LZFU_PREBUF, 0, sizeof dict - LZFU_PREBUF);
        unsigned w = LZFU_PREBUF;
        size_t p = 16;
        int done = 0;
        while (!done && p < end && k < raw) {
            unsigned ctl = in[p++];
            for (int bit = 0; bit < 8 && !done && k < raw; bit++) {
                if (!(ctl & (1u << bit))) {
                    if (p >= end) {
                        done = 1;
                        break;
                    }
                    unsigned char c = in[p++];
                    o[k++] = (char)c;
                    dict[w] = c;
                    w = (w + 1) & 0xFFF;
                    continue;
                }
                if (p + 2 > end) {
                    done = 1;
                    break;
                }
                unsigned tok = (unsigned)in[p] << 8 | in[p + 1];
                p += 2;
                unsigned off = tok >> 4, len = (tok & 0xF) + 2;
                if (off == w) {          /* the end of the stream */
                    done = 1;
                    break;
                }
                for (unsigned i = 0; i < len && k < raw; i++) {
                    unsigned char c = dict[(off + i) & 0xFFF];
                    o[k++] = (char)c;
                    dict[w] = c;
                    w = (w + 1) & 0xFFF;
                }
            }
        }
    } else {
        return foi_errf(err, FOI_EPARSE, NULL, "the message's rich text is in an unknown compression");
    }
    o[k] = 0;
    if (k < 5 || memcmp(o, "{\\rtf", 5))
        return foi_errf(err, FOI_EPARSE, NULL, "the message's rich text is damaged (it is no RTF)");
    *out = o;
    *out_len = k;
    return 0;
}

/* The message's rich-text body (PR_RTF_COMPRESSED), decompressed: 0 with
 * *out set, or with *out NULL when it has none; FOI_EPARSE / FOI_ELIMIT /
 * FOI_ENOMEM in err. */
static int rtf_body(struct cfb *f, struct foi_arena *a, const char **out, size_t *out_len, struct foi_err *err)
{
    *out = NULL;
    *out_len = 0;
    long e = prop_entry(f, 0, P_RTF_COMPRESSED, T_BINARY);
    if (e == -2)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an Outlook message");
    if (e < 0)
        return 0;
    unsigned char *b;
    size_t n;
    int rc = prop_bytes(f, e, &b, &n);
    if (rc)
        return rc;
    if (!b)
        return 0;
    rc = foi_rtf_decompress(a, b, n, (size_t)64 << 20, out, out_len, err);
    foi_free(b);
    return rc;
}

static int is_message(const struct cfb *f)
{
    return cfb_child(f, 0, "__properties_version1.0") >= 0 || cfb_child(f, 0, "__nameid_version1.0") >= 0;
}

int foi_msg_is(const char *bytes, size_t n)
{
    if (n < 512 || memcmp(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return 0;
    struct cfb f;
    struct foi_err err;
    foi_err_clear(&err);
    int is = !cfb_open(&f, bytes, n, &err) && is_message(&f);
    cfb_release(&f);
    return is;
}

int foi_msg_text(struct foi_arena *a, const char *bytes, size_t n, const char **out, size_t *out_len, int *html,
                 struct foi_err *err)
{
    struct cfb f;
    struct foi_err oerr;
    foi_err_clear(&oerr);
    int rc = cfb_open(&f, bytes, n, &oerr);
    if (rc || !is_message(&f)) {
        /* no message (or no compound file to tell): the caller's other
         * readers say what it is */
        cfb_release(&f);
        return rc == FOI_ENOMEM ? foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an Outlook message")
                                : FOI_ENOTFOUND;
    }
    f.err = err;
    const char *body = text_prop(&f, a, 0, P_BODY, &rc);
    const char *htm = NULL;
    size_t hn = 0;
    if (!rc && (!body || !*body)) {
        /* no plain text: the HTML body (bytes in the message's code page,
         * decoded as any HTML file is) */
        long e = prop_entry(&f, 0, P_HTML, T_BINARY);
        if (e == -2)
            rc = FOI_ENOMEM;
        if (e >= 0) {
            unsigned char *b;
            if ((rc = prop_bytes(&f, e, &b, &hn)) == 0 && b) {
                char *h = foi_arena_alloc(a, hn + 1);
                if (h) {
                    memcpy(h, b, hn);
                    h[hn] = 0;
                    htm = h;
                } else {
                    rc = FOI_ENOMEM;
                }
                foi_free(b);
            }
        }
        if (!rc && !htm)
            htm = text_prop(&f, a, 0, P_HTML, &rc);   /* some writers store it as text */
        if (htm && !hn)
            hn = strlen(htm);
    }
    if (!rc && (!body || !*body) && !htm) {
        /* no plain text, no HTML: the rich text, for the RTF reader */
        const char *rtf;
        size_t rn;
        foi_err_clear(err);
        rc = rtf_body(&f, a, &rtf, &rn, err);
        cfb_release(&f);
        if (rc)
            return rc;
        if (rtf) {
            *out = rtf;
            *out_len = rn;
            *html = 2;
            return 0;
        }
        return foi_errf(err, FOI_EPARSE, NULL,
                        "an Outlook message with no plain-text or HTML body (only rich text?); "
                        "save it as .eml");
    }
    if (rc) {
        cfb_release(&f);
        return rc == FOI_ENOMEM ? foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an Outlook message") : rc;
    }
    if (htm && (!body || !*body)) {
        cfb_release(&f);
        *out = htm;
        *out_len = hn;
        *html = 1;
        return 0;
    }
    /* the header lines a reader sees above the text */
    const char *from = text_prop(&f, a, 0, P_SENDER_NAME, &rc);
    const char *addr = rc ? NULL : text_prop(&f, a, 0, P_SENDER_EMAIL, &rc);
    const char *to = rc ? NULL : text_prop(&f, a, 0, P_DISPLAY_TO, &rc);
    const char *cc = rc ? NULL : text_prop(&f, a, 0, P_DISPLAY_CC, &rc);
    const char *subject = rc ? NULL : text_prop(&f, a, 0, P_SUBJECT, &rc);
    char date[64] = "";
    unsigned char v[8];
    struct fixed fx = { NULL, 0, 0 };
    if (!rc)
        rc = fixed_open(&f, 0, 32, &fx);
    if (!rc && (fixed_get(&fx, P_SUBMIT_TIME, 0x0040, v) || fixed_get(&fx, P_DELIVERY_TIME, 0x0040, v)) &&
        !filetime_text(v, date, sizeof date))
        date[0] = 0;
    foi_free(fx.b);
    cfb_release(&f);
    if (rc)
        return rc == FOI_ENOMEM ? foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an Outlook message") : rc;
    struct foi_buf b;
    foi_buf_init(&b, (size_t)1 << 30);
    int e = 0;
    if (from && *from) {
        e |= foi_buf_adds(&b, "From: ") || foi_buf_adds(&b, from);
        if (addr && *addr && strchr(addr, '@'))
            e |= foi_buf_adds(&b, " <") || foi_buf_adds(&b, addr) || foi_buf_adds(&b, ">");
        e |= foi_buf_addc(&b, '\n');
    }
    if (to && *to)
        e |= foi_buf_adds(&b, "To: ") || foi_buf_adds(&b, to) || foi_buf_addc(&b, '\n');
    if (cc && *cc)
        e |= foi_buf_adds(&b, "Cc: ") || foi_buf_adds(&b, cc) || foi_buf_addc(&b, '\n');
    if (*date)
        e |= foi_buf_adds(&b, "Date: ") || foi_buf_adds(&b, date) || foi_buf_addc(&b, '\n');
    if (subject && *subject)
        e |= foi_buf_adds(&b, "Subject: ") || foi_buf_adds(&b, subject) || foi_buf_addc(&b, '\n');
    e |= foi_buf_addc(&b, '\n') || foi_buf_adds(&b, body);
    char *o = e ? NULL : foi_arena_alloc(a, b.len + 1);
    if (o) {
        memcpy(o, b.data, b.len);
        o[b.len] = 0;
    }
    size_t ol = b.len;
    foi_buf_release(&b);
    if (!o)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an Outlook message");
    *out = o;
    *out_len = ol;
    *html = 0;
    return 0;
}

/* The last path component of a file name ("C:\\Temp\\Annex A.xlsx" ->
 * "Annex A.xlsx"). */
static const char *base_name(const char *s)
{
    const char *b = s;
    for (const char *p = s; *p; p++)
        if (*p == '/' || *p == '\\')
            b = p + 1;
    return b;
}

int foi_msg_attachments(struct foi_arena *a, const char *bytes, size_t n, struct foi_mime_part *out, int max)
{
    struct cfb f;
    struct foi_err err;
    foi_err_clear(&err);
    if (cfb_open(&f, bytes, n, &err) || !is_message(&f)) {
        cfb_release(&f);
        return err.code == FOI_ENOMEM ? -1 : 0;
    }
    uint32_t kids[512];
    int nk = cfb_children(&f, 0, kids, 512), k = 0, rc = 0;
    if (nk < 0) {
        cfb_release(&f);
        return nk == -2 ? -1 : 0;
    }
    /* the attachment storages in the order of their numbers */
    uint32_t att[MSG_MAX_ATTACH];
    unsigned num[MSG_MAX_ATTACH];
    int na = 0;
    for (int i = 0; i < nk && na < MSG_MAX_ATTACH; i++) {
        const unsigned char *e = f.dir + (size_t)kids[i] * 128;
        char nm[40];
        cfb_entry_name(e, nm, sizeof nm);
        unsigned no;
        if (e[66] != 1 || sscanf(nm, "__attach_version1.0_#%8X", &no) != 1)
            continue;
        int j = na++;
        while (j > 0 && num[j - 1] > no) {
            att[j] = att[j - 1];
            num[j] = num[j - 1];
            j--;
        }
        att[j] = kids[i];
        num[j] = no;
    }
    for (int i = 0; i < na && k < max && !rc; i++) {
        uint32_t s = att[i];
        const char *name = text_prop(&f, a, s, P_ATTACH_LONG_FILENAME, &rc);
        if (!rc && (!name || !*name))
            name = text_prop(&f, a, s, P_ATTACH_FILENAME, &rc);
        if (name)
            name = base_name(name);
        if (!rc && (!name || !*name))   /* what Outlook shows (an attached message's subject) */
            name = text_prop(&f, a, s, P_DISPLAY_NAME, &rc);
        const char *type = rc ? NULL : text_prop(&f, a, s, P_ATTACH_MIME_TAG, &rc);
        const char *cid = rc ? NULL : text_prop(&f, a, s, P_ATTACH_CONTENT_ID, &rc);
        unsigned char v[8];
        int method = 0, hidden = 0;
        struct fixed fx = { NULL, 0, 0 };
        if (!rc)
            rc = fixed_open(&f, s, 8, &fx);
        if (fixed_get(&fx, P_ATTACH_METHOD, 0x0003, v))
            method = (int)foi_le32(v);
        if (fixed_get(&fx, P_HIDDEN, 0x000B, v))
            hidden = v[0] != 0;
        foi_free(fx.b);
        if (rc)
            break;
        struct foi_mime_part *p = &out[k];
        memset(p, 0, sizeof *p);
        p->name = name ? name : "";
        if (type && *type) {
            char *t = foi_arena_strdup(a, type);
            if (!t) {
                rc = FOI_ENOMEM;
                break;
            }
            for (char *q = t; *q; q++)
                if (*q >= 'A' && *q <= 'Z')
                    *q = (char)(*q + 32);
            p->type = t;
        } else {
            p->type = "application/octet-stream";
        }
        /* a picture shown in the message's body (a Content-ID) or hidden is
         * part of the message, not a file it carries */
        p->marked = !hidden && !(cid && *cid);
        long d = prop_entry(&f, s, P_ATTACH_DATA, T_BINARY);
        if (d == -2) {
            rc = FOI_ENOMEM;
            break;
        }
        if (method == ATTACH_EMBEDDED_MSG || prop_entry(&f, s, P_ATTACH_DATA, T_OBJECT) >= 0) {
            /* a message attached whole: listed, not opened */
            p->type = "message/rfc822";
            p->bytes = "";
            p->n = 0;
            k++;
            continue;
        }
        if (d < 0)
            continue;   /* a link or an OLE object: no file */
        unsigned char *b;
        size_t bn;
        if ((rc = prop_bytes(&f, d, &b, &bn)) != 0 || !b) {
            if (!rc)
                continue;   /* no bytes: a damaged entry, as no file */
            if (rc != FOI_EPARSE)
                break;
            /* a damaged file: kept empty, so that its reading fails and names it */
            rc = 0;
            p->bytes = "";
            p->n = 0;
            k++;
            continue;
        }
        char *c = foi_arena_alloc(a, bn + 1);
        if (!c) {
            foi_free(b);
            rc = FOI_ENOMEM;
            break;
        }
        memcpy(c, b, bn);
        c[bn] = 0;
        foi_free(b);
        p->bytes = c;
        p->n = bn;
        k++;
    }
    cfb_release(&f);
    if (rc == FOI_ENOMEM)
        return -1;
    return k;
}
