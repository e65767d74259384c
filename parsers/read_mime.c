/* read_mime.c: a MIME e-mail as a mail program saves it (.eml) -> the text a
 * reader of the message sees. The message's header block (RFC 5322 "Name:
 * value" lines, folded lines indented) names a Content-Type; when the body is
 * encoded (quoted-printable, base64) or in parts (multipart/...), the body is
 * decoded and one part chosen:
 *  - multipart/alternative says the same thing in each part: its text/plain
 *    part is read (the letter as text, under the message's own headers), else
 *    its text/html part (read as HTML); never both, so a figure is read once;
 *  - multipart/mixed, /related and the rest: the first readable part in
 *    order, looking inside nested multiparts and a message/rfc822 part (a
 *    message forwarded as an attachment); parts marked as attachments
 *    (Content-Disposition: attachment) are not the body;
 *  - the plain text keeps the message's From, Sent, To, Cc, Date and Subject
 *    lines above it (the engine tells a reply from a forwarded message by
 *    them), each unfolded onto one line.
 * A message whose body is plain text as it stands (no encoding, one part) is
 * left alone: the text reader reads it with its headers as before. */
#include "read.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MIME_MAX_DEPTH 8
#define MIME_MAX_PARTS 256

/* Do the n bytes at s start with p (lower case), in any case? */
static int ci_prefix(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && !strncasecmp(s, p, k);
}

/* End of the line at i (the offset of its '\n', or n), and the next line's start. */
static size_t line_end(const char *s, size_t n, size_t i, size_t *next)
{
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n;
    *next = nl ? e + 1 : n;
    return e;
}

/* A header block: lines "Name: value" (Name of letters, digits and '-'), a
 * folded line indented under one, up to a blank line. *hlen gets its length
 * and *body the body's offset; 0 when the bytes do not start with one. A part
 * of a multipart starting with a blank line has an empty block (1). */
static int header_block(const char *s, size_t n, size_t *hlen, size_t *body)
{
    size_t i = 0, lines = 0;
    while (i < n) {
        size_t next, e = line_end(s, n, i, &next);
        size_t len = e - i;
        if (len && s[e - 1] == '\r')
            len--;
        if (!len) {
            *hlen = i;
            *body = next;
            return 1;
        }
        if (s[i] == ' ' || s[i] == '\t') {
            if (!lines)
                return 0;
        } else {
            size_t k = 0;
            while (k < len && ((s[i + k] >= 'A' && s[i + k] <= 'Z') || (s[i + k] >= 'a' && s[i + k] <= 'z') ||
                               (s[i + k] >= '0' && s[i + k] <= '9') || s[i + k] == '-'))
                k++;
            if (!k || k >= len || s[i + k] != ':')
                return 0;
        }
        lines++;
        i = next;
    }
    return 0;
}

/* The value of header name (lower case, without the colon) in a block,
 * unfolded into buf (folds become one space); 0 when absent. */
static int header_get(const char *h, size_t hlen, const char *name, char *buf, size_t bufsz)
{
    size_t nl = strlen(name), i = 0;
    while (i < hlen) {
        size_t next, e = line_end(h, hlen, i, &next);
        if (ci_prefix(h + i, e - i, name) && e - i > nl && h[i + nl] == ':') {
            size_t o = 0;
            size_t p = i + nl + 1;
            for (;;) {
                for (; p < e; p++) {
                    char ch = h[p];
                    if (ch == '\r' || ch == '\t')
                        ch = ' ';
                    if (ch == ' ' && (!o || buf[o - 1] == ' '))
                        continue;
                    if (o + 1 < bufsz)
                        buf[o++] = ch;
                }
                if (next >= hlen || (h[next] != ' ' && h[next] != '\t'))
                    break;
                p = next;
                e = line_end(h, hlen, next, &next);
            }
            while (o && buf[o - 1] == ' ')
                o--;
            buf[o] = 0;
            return 1;
        }
        i = next;
    }
    return 0;
}

/* A parameter of a header value ("boundary", "charset"), quoted or not. */
static int header_param(const char *v, const char *name, char *buf, size_t bufsz)
{
    size_t nl = strlen(name);
    for (const char *p = strchr(v, ';'); p; p = strchr(p + 1, ';')) {
        const char *q = p + 1;
        while (*q == ' ')
            q++;
        if (!ci_prefix(q, strlen(q), name) || q[nl] != '=')
            continue;
        q += nl + 1;
        size_t o = 0;
        if (*q == '"') {
            for (q++; *q && *q != '"'; q++)
                if (o + 1 < bufsz)
                    buf[o++] = *q;
        } else {
            for (; *q && *q != ';' && *q != ' '; q++)
                if (o + 1 < bufsz)
                    buf[o++] = *q;
        }
        buf[o] = 0;
        return o > 0;
    }
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Quoted-printable: "=XX" a byte, "=" at a line's end a soft break. */
size_t foi_mime_qp_decode(const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '=') {
            out[o++] = s[i];
            continue;
        }
        size_t j = i + 1;
        while (j < n && (s[j] == ' ' || s[j] == '\t'))
            j++;
        if (j < n && (s[j] == '\n' || (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n'))) {
            i = s[j] == '\r' ? j + 1 : j;
            continue;
        }
        if (j == n) {
            i = n;
            continue;
        }
        int hi = i + 2 < n ? hexval((unsigned char)s[i + 1]) : -1;
        int lo = i + 2 < n ? hexval((unsigned char)s[i + 2]) : -1;
        if (hi >= 0 && lo >= 0) {
            out[o++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            out[o++] = '=';
        }
    }
    return o;
}

/* Base64, skipping line breaks and anything outside the alphabet; '=' ends it. */
size_t foi_mime_b64_decode(const char *s, size_t n, char *out)
{
    size_t o = 0;
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i], v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+')
            v = 62;
        else if (c == '/')
            v = 63;
        else if (c == '=')
            break;
        else
            continue;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (char)((acc >> bits) & 0xFF);
        }
    }
    return o;
}

static void decode_words(const char *s, char *out, size_t outsz);

struct leaf {
    const char *h, *b;   /* header block and body */
    size_t hlen, blen;
    int html;            /* a text/html part; for an attachment: marked as one */
};

#define MIME_MAX_ATTACH 32

struct pick {
    struct leaf plain, html;
    int have_plain, have_html, parts;
    struct leaf att[MIME_MAX_ATTACH];   /* the files the message carries, in order */
    int natt;
};

/* A file the message carries: a leaf marked as an attachment, or one that
 * is not text and names a file (a PDF sent without a disposition). */
static void attach_leaf(struct pick *pk, const char *h, size_t hlen, const char *b, size_t blen, int marked)
{
    if (pk->natt < MIME_MAX_ATTACH)
        pk->att[pk->natt++] = (struct leaf){ h, b, hlen, blen, marked };
}

/* The readable parts of an entity (headers h, body b), depth first. */
static void walk(struct pick *pk, const char *h, size_t hlen, const char *b, size_t blen, int depth)
{
    char ct[512], v[256];
    if (depth > MIME_MAX_DEPTH || ++pk->parts > MIME_MAX_PARTS)
        return;
    if (!header_get(h, hlen, "content-type", ct, sizeof ct))
        strcpy(ct, "text/plain");
    size_t ctl = strlen(ct);
    if (header_get(h, hlen, "content-disposition", v, sizeof v) && ci_prefix(v, strlen(v), "attachment")) {
        /* a file, not the body (a message attached whole is listed, never opened) */
        if (!ci_prefix(ct, ctl, "multipart/"))
            attach_leaf(pk, h, hlen, b, blen, 1);
        return;
    }
    if (ci_prefix(ct, ctl, "multipart/")) {
        char bd[200], delim[204];
        if (!header_param(ct, "boundary", bd, sizeof bd))
            return;
        size_t dl = (size_t)snprintf(delim, sizeof delim, "--%s", bd);
        const char *part = NULL;
        size_t i = 0;
        while (i < blen) {
            size_t next, e = line_end(b, blen, i, &next);
            if (e - i >= dl && !memcmp(b + i, delim, dl)) {
                size_t k = i + dl;
                int close = k + 1 < e && b[k] == '-' && b[k + 1] == '-';
                if (close)
                    k += 2;
                while (k < e && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r'))
                    k++;
                if (k == e) {
                    if (part) {
                        /* the line break before the delimiter belongs to it */
                        size_t pe = i;
                        if (pe > (size_t)(part - b) && b[pe - 1] == '\n')
                            pe--;
                        if (pe > (size_t)(part - b) && b[pe - 1] == '\r')
                            pe--;
                        size_t pn = pe - (size_t)(part - b), ph, pb;
                        if (header_block(part, pn, &ph, &pb))
                            walk(pk, part, ph, part + pb, pn - pb, depth + 1);
                    }
                    part = close ? NULL : b + next;
                    if (close)
                        break;
                }
            }
            i = next;
        }
        /* a message cut short: its last part runs to the end */
        if (part && (size_t)(part - b) < blen) {
            size_t pn = blen - (size_t)(part - b), ph, pb;
            if (header_block(part, pn, &ph, &pb))
                walk(pk, part, ph, part + pb, pn - pb, depth + 1);
        }
        return;
    }
    if (ci_prefix(ct, ctl, "message/rfc822")) {
        size_t ph, pb;
        if (header_block(b, blen, &ph, &pb))
            walk(pk, b, ph, b + pb, blen - pb, depth + 1);
        return;
    }
    struct leaf l = { h, b, hlen, blen, 0 };
    if (ci_prefix(ct, ctl, "text/plain")) {
        if (!pk->have_plain)
            pk->plain = l, pk->have_plain = 1;
    } else if (ci_prefix(ct, ctl, "text/html")) {
        l.html = 1;
        if (!pk->have_html)
            pk->html = l, pk->have_html = 1;
    } else if (header_param(ct, "name", v, sizeof v) ||
               (header_get(h, hlen, "content-disposition", v, sizeof v) && strstr(v, "filename"))) {
        attach_leaf(pk, h, hlen, b, blen, 0);
    }
}

/* The part's body decoded by its Content-Transfer-Encoding into out (which
 * has room for blen bytes); its length. */
static size_t decode_body(const struct leaf *l, char *out)
{
    char cte[64];
    if (header_get(l->h, l->hlen, "content-transfer-encoding", cte, sizeof cte)) {
        if (ci_prefix(cte, strlen(cte), "quoted-printable"))
            return foi_mime_qp_decode(l->b, l->blen, out);
        if (ci_prefix(cte, strlen(cte), "base64"))
            return foi_mime_b64_decode(l->b, l->blen, out);
    }
    memcpy(out, l->b, l->blen);
    return l->blen;
}

int foi_mime_text(struct foi_arena *a, const char *bytes, size_t n, const char **out, size_t *out_len,
                  int *html)
{
    size_t hlen, body;
    char v[512];
    if (!header_block(bytes, n, &hlen, &body) || !hlen)
        return 0;
    if (!header_get(bytes, hlen, "content-type", v, sizeof v))
        return 0;
    int multi = ci_prefix(v, strlen(v), "multipart/");
    if (!multi && !header_get(bytes, hlen, "mime-version", v, sizeof v) &&
        !header_get(bytes, hlen, "from", v, sizeof v))
        return 0;
    if (!multi) {
        /* one part: only an encoded body needs this reading */
        if (!header_get(bytes, hlen, "content-transfer-encoding", v, sizeof v) ||
            !(ci_prefix(v, strlen(v), "quoted-printable") || ci_prefix(v, strlen(v), "base64")))
            return 0;
    }
    struct pick pk;
    memset(&pk, 0, sizeof pk);
    walk(&pk, bytes, hlen, bytes + body, n - body, 0);
    if (!pk.have_plain && !pk.have_html)
        return 0;
    const struct leaf *l = pk.have_plain ? &pk.plain : &pk.html;
    static const char *const keep[] = { "from", "sent", "to", "cc", "date", "subject", NULL };
    size_t room = l->blen + 1;
    if (!l->html)
        room += 6 * (sizeof v + 16) + 1;
    char *o = foi_arena_alloc(a, room);
    if (!o)
        return -1;
    size_t k = 0;
    if (!l->html) {
        for (int i = 0; keep[i]; i++) {
            char raw[512];
            if (!header_get(bytes, hlen, keep[i], raw, sizeof raw))
                continue;
            decode_words(raw, v, sizeof v);   /* "=?utf-8?q?...?=": the words a reader sees */
            size_t nl = strlen(keep[i]), vl = strlen(v);
            o[k] = (char)(keep[i][0] - 32);
            memcpy(o + k + 1, keep[i] + 1, nl - 1);
            k += nl;
            o[k++] = ':';
            o[k++] = ' ';
            memcpy(o + k, v, vl);
            k += vl;
            o[k++] = '\n';
        }
        o[k++] = '\n';
    }
    k += decode_body(l, o + k);
    o[k] = 0;
    *out = o;
    *out_len = k;
    *html = l->html;
    return 1;
}

/* An RFC 2047 encoded word run ("=?UTF-8?B?QW5uZXggQS54bHN4?=", "=?utf-8?Q?Annex_A?=")
 * decoded into out; other text copied. Charsets other than UTF-8 and ASCII
 * are copied as they are (the name is a label, never a path). */
static void decode_words(const char *s, char *out, size_t outsz)
{
    size_t o = 0;
    while (*s && o + 1 < outsz) {
        const char *q1, *q2, *end;
        if (s[0] == '=' && s[1] == '?' && (q1 = strchr(s + 2, '?')) && (q1[1] == 'B' || q1[1] == 'b' ||
                                                                         q1[1] == 'Q' || q1[1] == 'q') &&
            q1[2] == '?' && (end = strstr(q1 + 3, "?=")) != NULL) {
            size_t cl = (size_t)(q1 - (s + 2));
            int plain = (cl == 5 && !strncasecmp(s + 2, "utf-8", 5)) || (cl == 8 && !strncasecmp(s + 2, "us-ascii", 8));
            q2 = q1 + 3;
            size_t wl = (size_t)(end - q2);
            char tmp[512];
            if (plain && wl < sizeof tmp) {
                size_t k;
                if (q1[1] == 'B' || q1[1] == 'b') {
                    k = foi_mime_b64_decode(q2, wl, tmp);
                } else {
                    char u[512];
                    for (size_t i = 0; i < wl; i++)
                        u[i] = q2[i] == '_' ? ' ' : q2[i];
                    k = foi_mime_qp_decode(u, wl, tmp);
                }
                for (size_t i = 0; i < k && o + 1 < outsz; i++)
                    out[o++] = tmp[i];
                s = end + 2;
                /* white space between two encoded words is not part of the text */
                const char *t = s;
                while (*t == ' ' || *t == '\t')
                    t++;
                if (t[0] == '=' && t[1] == '?')
                    s = t;
                continue;
            }
        }
        out[o++] = *s++;
    }
    out[o] = 0;
}

/* RFC 2231 "filename*=UTF-8''Annex%20A.xlsx" (one piece) into out. */
static int ext_param(const char *v, const char *name, char *out, size_t outsz)
{
    char key[40];
    snprintf(key, sizeof key, "%s*=", name);
    size_t kl = strlen(key);
    for (const char *p = strchr(v, ';'); p; p = strchr(p + 1, ';')) {
        const char *q = p + 1;
        while (*q == ' ')
            q++;
        if (strncasecmp(q, key, kl))
            continue;
        q += kl;
        const char *tick = strstr(q, "''");
        if (tick)
            q = tick + 2;
        size_t o = 0;
        for (; *q && *q != ';' && *q != ' ' && o + 1 < outsz; q++) {
            int hi, lo;
            if (*q == '%' && (hi = hexval((unsigned char)q[1])) >= 0 && (lo = hexval((unsigned char)q[2])) >= 0) {
                out[o++] = (char)(hi * 16 + lo);
                q += 2;
            } else {
                out[o++] = *q;
            }
        }
        out[o] = 0;
        return o > 0;
    }
    return 0;
}

int foi_mime_attachments(struct foi_arena *a, const char *bytes, size_t n, struct foi_mime_part *out, int max)
{
    size_t hlen, body;
    char v[512];
    if (!header_block(bytes, n, &hlen, &body) || !hlen)
        return 0;
    if (!header_get(bytes, hlen, "content-type", v, sizeof v) || !ci_prefix(v, strlen(v), "multipart/"))
        return 0;
    struct pick *pk = foi_calloc(1, sizeof *pk);
    if (!pk)
        return -1;
    walk(pk, bytes, hlen, bytes + body, n - body, 0);
    int k = 0;
    for (int i = 0; i < pk->natt && k < max; i++) {
        const struct leaf *l = &pk->att[i];
        char ct[512], cd[512], raw[512] = "", name[512];
        if (!header_get(l->h, l->hlen, "content-type", ct, sizeof ct))
            strcpy(ct, "application/octet-stream");
        int have_cd = header_get(l->h, l->hlen, "content-disposition", cd, sizeof cd);
        if (!(have_cd && (ext_param(cd, "filename", raw, sizeof raw) || header_param(cd, "filename", raw, sizeof raw))))
            if (!ext_param(ct, "name", raw, sizeof raw))
                header_param(ct, "name", raw, sizeof raw);
        decode_words(raw, name, sizeof name);
        /* a label: the last path component, control characters dropped */
        const char *base = name;
        for (const char *p = name; *p; p++)
            if (*p == '/' || *p == '\\')
                base = p + 1;
        char clean[256];
        size_t o = 0;
        for (const char *p = base; *p && o + 1 < sizeof clean; p++)
            if ((unsigned char)*p >= 0x20 && *p != 0x7F)
                clean[o++] = *p;
        clean[o] = 0;
        char *data = foi_arena_alloc(a, l->blen + 1);
        size_t ctl = strcspn(ct, "; ");
        const char *type = foi_arena_strndup(a, ct, ctl);
        const char *nm = foi_arena_strndup(a, clean, o);
        if (!data || !type || !nm) {
            foi_free(pk);
            return -1;
        }
        size_t dn = decode_body(l, data);
        data[dn] = 0;
        for (size_t c = 0; c < ctl; c++)
            ((char *)type)[c] = (char)tolower((unsigned char)type[c]);
        out[k++] = (struct foi_mime_part){ nm, type, data, dn, l->html, NULL };
    }
    foi_free(pk);
    return k;
}
