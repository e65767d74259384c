/* read_bytes.c: from raw bytes to a document: decoding to UTF-8 (BOMs, UTF-16,
 * Windows-1252 for invalid UTF-8), sniffing the format from content, reading a
 * regular file with its size checked first, and dispatch to read_{html,csv,text}.c. */
#include "read.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------- decoding */

/* Offset of the first byte that is not part of valid UTF-8, or n. */
static size_t utf8_invalid_at(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t len;
        unsigned min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, min = 0x80, c &= 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, min = 0x800, c &= 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, min = 0x10000, c &= 0x07;
        } else {
            return i;
        }
        if (n - i < len)
            return i;
        for (size_t k = 1; k < len; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return i;
        i += len;
    }
    return n;
}

/* UTF-16 without a BOM, when the NUL pattern leaves no doubt: in the first
 * 4 KiB, at least 90% of the code units have a NUL high byte and at most 5%
 * a NUL low byte (English text). Returns 1 for LE, 2 for BE, 0 otherwise. */
static int utf16_nobom(const unsigned char *p, size_t n)
{
    if (n < 4 || n % 2)
        return 0;
    size_t m = n < 4096 ? n : 4096;
    size_t pairs = m / 2, z_even = 0, z_odd = 0;
    for (size_t i = 0; i + 1 < m; i += 2) {
        z_even += p[i] == 0;
        z_odd += p[i + 1] == 0;
    }
    if (z_odd * 10 >= pairs * 9 && z_even * 20 <= pairs)
        return 1;
    if (z_even * 10 >= pairs * 9 && z_odd * 20 <= pairs)
        return 2;
    return 0;
}

/* Control bytes that do not belong in text (C0 except TAB LF VT FF CR, and
 * DEL). A few stray ones are kept; more than 1% (and at least 4) is binary. */
static int check_controls(const unsigned char *p, size_t n, size_t base, struct foi_err *err)
{
    /* the control bytes text does not hold: C0 but tab, LF, VT, FF, CR; DEL */
    static const unsigned char ctl[256] = {
        [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1,
        [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1, [19] = 1, [20] = 1, [21] = 1, [22] = 1, [23] = 1,
        [24] = 1, [25] = 1, [26] = 1, [27] = 1, [28] = 1, [29] = 1, [30] = 1, [31] = 1, [0x7F] = 1,
    };
    size_t count = 0;
    for (size_t i = 0; i < n; i++)   /* counted in one pass; the first found again only for the message */
        count += ctl[p[i]];
    if (count >= 4 && count * 100 > n) {
        size_t first = 0;
        while (!ctl[p[first]])
            first++;
        return foi_errf(err, FOI_EENCODING, NULL,
                        "binary content (control byte 0x%02x at offset %zu)", p[first], first + base);
    }
    return 0;
}

/* Convert with iconv into the arena. With replace, bytes the source charset
 * leaves undefined become U+FFFD instead of an error. out_max bounds the output. */
static int iconv_utf8(struct foi_arena *a, const char *from, const char *in, size_t n,
                      size_t out_max, int replace, size_t base,
                      char **out, size_t *out_len, struct foi_err *err)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return foi_errf(err, FOI_EENCODING, NULL, "cannot decode %s text (iconv: %s)", from,
                        strerror(errno));
    char *buf = foi_arena_alloc(a, out_max + 1);
    if (!buf) {
        iconv_close(cd);
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory decoding %s text", from);
    }
    char *ip = (char *)in, *op = buf;
    size_t il = n, ol = out_max;
    int rc = 0;
    while (il > 0) {
        if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
            break;
        size_t at = (size_t)(ip - in) + base;
        if (errno == EILSEQ && replace && ol >= 3) {
            memcpy(op, "\xEF\xBF\xBD", 3);
            op += 3, ol -= 3, ip++, il--;
            continue;
        }
        if (errno == EILSEQ)
            rc = foi_errf(err, FOI_EENCODING, NULL, "invalid %s text at offset %zu", from, at);
        else if (errno == EINVAL)
            rc = foi_errf(err, FOI_EENCODING, NULL, "truncated %s text (incomplete character at offset %zu)",
                          from, at);
        else
            rc = foi_errf(err, FOI_EENCODING, NULL, "cannot decode %s text at offset %zu (iconv: %s)",
                          from, at, strerror(errno));
        break;
    }
    if (!rc)
        iconv(cd, NULL, NULL, &op, &ol);
    iconv_close(cd);
    if (rc)
        return rc;
    *op = '\0';
    *out = buf;
    *out_len = (size_t)(op - buf);
    return 0;
}

static int decode(struct foi_arena *a, const char *bytes, size_t n, int view,
                  const char **out, size_t *out_len, const char **enc_out, struct foi_err *err)
{
    const unsigned char *u = (const unsigned char *)bytes;
    const char *utf16 = NULL, *enc = NULL;
    size_t skip = 0;
    int rc;

    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        utf16 = "UTF-16LE", enc = "utf-16le", skip = 2;
    else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        utf16 = "UTF-16BE", enc = "utf-16be", skip = 2;
    else if ((rc = utf16_nobom(u, n)) != 0)
        utf16 = rc == 1 ? "UTF-16LE" : "UTF-16BE", enc = rc == 1 ? "utf-16le" : "utf-16be";

    if (utf16) {
        char *buf;
        size_t len;
        size_t body = n - skip;
        if (body % 2)
            return foi_errf(err, FOI_EENCODING, NULL,
                            "truncated %s text (odd number of bytes)", utf16);
        rc = iconv_utf8(a, utf16, bytes + skip, body, body / 2 * 3 + 4, 0, skip, &buf, &len, err);
        if (rc)
            return rc;
        const char *nul = memchr(buf, '\0', len);
        if (nul)
            return foi_errf(err, FOI_EENCODING, NULL,
                            "binary content (NUL character in %s text near offset %zu)", utf16,
                            skip + (size_t)(nul - buf) * 2 / 3 * 2);
        if ((rc = check_controls((const unsigned char *)buf, len, 0, err)) != 0)
            return rc;
        *out = buf, *out_len = len, *enc_out = enc;
        return 0;
    }

    enc = "utf-8";
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        skip = 3, enc = "utf-8-bom";
    const unsigned char *body = u + skip;
    size_t blen = n - skip;
    const unsigned char *nul = memchr(body, 0, blen);
    if (nul)
        return foi_errf(err, FOI_EENCODING, NULL, "binary content (NUL byte at offset %zu)",
                        (size_t)(nul - u));
    if ((rc = check_controls(body, blen, skip, err)) != 0)
        return rc;
    size_t bad = utf8_invalid_at(body, blen);
    if (bad == blen) {
        if (view) {
            *out = (const char *)body;
        } else {
            char *d = foi_arena_strndup(a, (const char *)body, blen);
            if (!d)
                return foi_errf(err, FOI_ENOMEM, NULL, "out of memory decoding text");
            *out = d;
        }
        *out_len = blen, *enc_out = enc;
        return 0;
    }
    if (skip)
        return foi_errf(err, FOI_EENCODING, NULL,
                        "invalid UTF-8 at offset %zu after a UTF-8 byte-order mark", bad + skip);
    /* Not UTF-8: Windows-1252, whose five undefined bytes (0x81 0x8D 0x8F
     * 0x90 0x9D) become U+FFFD rather than failing the whole file. */
    char *buf;
    size_t len;
    if (blen > (((size_t)-1) - 4) / 3)
        return foi_errf(err, FOI_ELIMIT, NULL, "input too large to decode");
    rc = iconv_utf8(a, "WINDOWS-1252", (const char *)body, blen, blen * 3 + 4, 1, 0, &buf, &len, err);
    if (rc)
        return rc;
    *out = buf, *out_len = len, *enc_out = "windows-1252";
    return 0;
}

int foi_decode_utf8(struct foi_arena *a, const char *bytes, size_t n,
                    const char **out, size_t *out_len, const char **enc_out,
                    struct foi_err *err)
{
    return decode(a, bytes, n, 0, out, out_len, enc_out, err);
}

int foi_decode_utf8_view(struct foi_arena *a, const char *bytes, size_t n,
                         const char **out, size_t *out_len, const char **enc_out,
                         struct foi_err *err)
{
    return decode(a, bytes, n, 1, out, out_len, enc_out, err);
}

int foi_read_start(struct foi_doc *doc, unsigned format, const char *bytes, size_t n,
                   const struct foi_limits **lim, const char **text, size_t *len,
                   struct foi_err *err)
{
    static struct foi_limits def;
    static int have_def;
    if (!*lim) {
        if (!have_def) {
            foi_limits_default(&def);
            have_def = 1;
        }
        *lim = &def;
    }
    const char *enc;
    int rc = foi_decode_utf8_view(&doc->arena, bytes, n, text, len, &enc, err);
    if (rc)
        return rc;
    doc->format = format;
    if (!doc->encoding || !*doc->encoding)
        doc->encoding = enc;
    return 0;
}

/* ------------------------------------------------------------- cells */

int foi_count_cell(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if (*s == '<' || *s == '>')
        s++;
    while (*s == ' ' || *s == '\t')
        s++;
    const char *p = s;
    int digits = 0;
    while ((*p >= '0' && *p <= '9') || (*p == ',' && digits)) {
        digits += *p != ',';
        p++;
    }
    if (!digits)
        return 0;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    if (*p == '%')
        p++;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p)
        return 0;
    /* a four-digit year is a label, not a count */
    if (p - s == 4 && digits == 4 && (s[0] == '1' || s[0] == '2') && (s[1] == '9' || s[1] == '0'))
        return 0;
    return 1;
}

/* ------------------------------------------------------------- sniffing */

#define SNIFF_BYTES 65536
#define SNIFF_RECORDS 64

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int starts_ci(const char *p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)p[i]) != lit[i])
            return 0;
    return 1;
}

static int is_space_byte(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* Is p (just after '<') an HTML tag name we would expect at the top of a page? */
static int html_tag_at(const char *p, const char *end)
{
    static const char *const tags[] = {
        "html", "head", "body", "table", "p", "div", "meta", "title", "h1", "h2", "h3",
        "h4", "h5", "h6", "ul", "ol", "li", "br", "span", "link", "style", "script",
        "section", "article", "main", "header", "footer", "nav", "form", "a", "b", "i",
        "strong", "em", "tr", "td", "th", "thead", "tbody", "caption", "blockquote",
        "pre", "hr", "img", "center", "font", "dl", "dt", "dd", "small", "base", NULL,
    };
    size_t len = 0;
    while (p + len < end && ((p[len] >= 'a' && p[len] <= 'z') || (p[len] >= 'A' && p[len] <= 'Z') ||
                             (p[len] >= '0' && p[len] <= '9')))
        len++;
    if (!len || p + len >= end)
        return 0;
    char c = p[len];
    if (c != '>' && c != '/' && !is_space_byte((unsigned char)c))
        return 0;
    for (int i = 0; tags[i]; i++)
        if (strlen(tags[i]) == len && starts_ci(p, p + len, tags[i]))
            return 1;
    return 0;
}

/* Markup near the start: the first thing after BOM/whitespace is an HTML tag
 * (or a doctype, comment or XML declaration followed by html/body/table), or a
 * line in the first KiB starts with <!doctype html, <html, <body or <table. */
static int looks_like_html(const char *s, size_t n)
{
    const char *end = s + (n < 4096 ? n : 4096);
    const char *p = s;
    if (end - p >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
        (unsigned char)p[2] == 0xBF)
        p += 3;
    while (p < end && is_space_byte((unsigned char)*p))
        p++;
    if (p < end && *p == '<') {
        if (starts_ci(p, end, "<!doctype html"))
            return 1;
        if (html_tag_at(p + 1, end))
            return 1;
        if (starts_ci(p, end, "<!--") || starts_ci(p, end, "<?xml") || starts_ci(p, end, "<!doctype")) {
            for (const char *q = p + 1; q < end; q++)
                if (*q == '<' && (starts_ci(q, end, "<html") || starts_ci(q, end, "<body") ||
                                  starts_ci(q, end, "<table") || starts_ci(q, end, "<head")))
                    return 1;
        }
    }
    const char *lim = s + (n < 1024 ? n : 1024);
    for (const char *q = s; q < lim; q++) {
        if (q != s && q[-1] != '\n' && q[-1] != '\r')
            continue;
        const char *r = q;
        while (r < lim && (*r == ' ' || *r == '\t'))
            r++;
        if (starts_ci(r, end, "<!doctype html") || starts_ci(r, end, "<html") ||
            starts_ci(r, end, "<body") || starts_ci(r, end, "<table"))
            return 1;
    }
    return 0;
}

/* Delimiter statistics over the first records (quote-aware). Returns how many
 * records agree on the most common non-zero delimiter count, or 0. */
static int delim_agree(const char *s, size_t n, char d)
{
    int counts[SNIFF_RECORDS];
    int nrec = 0, cnt = 0, nonblank = 0, inq = 0, field_start = 1;
    long delims = 0, spaced = 0;
    long closes = 0, stray = 0;   /* quoted fields closed; those followed by something else than d */
    size_t limit = n < SNIFF_BYTES ? n : SNIFF_BYTES, i = 0;
    while (i < limit && nrec < SNIFF_RECORDS) {
        char c = s[i];
        if (inq) {
            if (c == '"') {
                if (i + 1 < n && s[i + 1] == '"') {
                    i += 2;
                    continue;
                }
                inq = 0;
                /* a field quoted whole ends at a delimiter or the line's end:
                 * '"a";"b"' has no comma after its quotes */
                size_t j = i + 1;
                while (j < limit && (s[j] == ' ' || s[j] == '\t') && s[j] != d)
                    j++;
                closes++;
                if (j < limit && s[j] != d && s[j] != '\r' && s[j] != '\n')
                    stray++;
            }
            i++;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (nonblank)
                counts[nrec++] = cnt;
            cnt = nonblank = 0;
            field_start = 1;
            if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
                i++;
            i++;
            continue;
        }
        if (c == d) {
            if (d == '\t' && !nonblank) {   /* leading tabs are indentation */
                i++;
                continue;
            }
            cnt++, delims++;
            if (i + 1 < n && s[i + 1] == ' ')
                spaced++;
            nonblank = 1;
            field_start = 1;
        } else if (c == '"' && field_start) {
            inq = 1;
            nonblank = 1;
            field_start = 0;
        } else if (c != ' ' && c != '\t') {
            nonblank = 1;
            field_start = 0;
        }
        i++;
    }
    if (i >= n && nonblank && nrec < SNIFF_RECORDS)
        counts[nrec++] = cnt;
    int mode = 0, agree = 0;
    for (int a = 0; a < nrec; a++) {
        if (counts[a] == 0)
            continue;
        int f = 0;
        for (int b = 0; b < nrec; b++)
            f += counts[b] == counts[a];
        if (f > agree || (f == agree && counts[a] > mode))
            agree = f, mode = counts[a];
    }
    if (mode < 1 || agree < 2 || agree * 2 < nrec)
        return 0;
    /* most quoted fields running on past their closing quote: the quotes
     * are another delimiter's ('"Bedfordshire Police";"FOI 2026"' read for
     * commas) */
    if (closes >= 2 && stray * 2 > closes)
        return 0;
    /* prose puts a space after its commas and semicolons; a CSV rarely does,
     * unless its records agree almost perfectly on several fields (and never
     * when they would have two fields: that is a letter's "Dear Sir," lines) */
    if ((d == ',' || d == ';') &&
        ((spaced * 2 >= delims && !(agree * 10 >= nrec * 9 && nrec >= 3 && mode >= 2)) ||
         (mode == 1 && spaced > 0)))
        return 0;
    return agree;
}

int foi_csv_sniff_delim(const char *text, size_t n, int *agree)
{
    static const char delims[] = {',', ';', '\t'};
    int best = ',', best_agree = 0;
    /* Excel's "sep=;" first line names the delimiter */
    if (n >= 5 && !strncmp(text, "sep=", 4) && strchr(",;\t|", text[4]) &&
        (n == 5 || text[5] == '\r' || text[5] == '\n')) {
        if (agree)
            *agree = 1;
        return (unsigned char)text[4];
    }
    for (size_t i = 0; i < sizeof delims; i++) {
        int a = delim_agree(text, n, delims[i]);
        if (a > best_agree)
            best_agree = a, best = delims[i];
    }
    if (agree)
        *agree = best_agree;
    return best;
}

static const char *extension(const char *path)
{
    if (!path)
        return "";
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    return dot && dot != base ? dot + 1 : "";
}

/* Lines of running prose in the first SNIFF_BYTES: no tab, 40 bytes or
 * more, six words or more. */
static int prose_lines(const char *s, size_t n)
{
    size_t limit = n < SNIFF_BYTES ? n : SNIFF_BYTES;
    int count = 0;
    for (size_t i = 0; i < limit;) {
        size_t e = i;
        int tabs = 0, spaces = 0;
        while (e < limit && s[e] != '\n' && s[e] != '\r') {
            tabs += s[e] == '\t';
            spaces += s[e] == ' ' && e > i && s[e - 1] != ' ';
            e++;
        }
        if (!tabs && e - i >= 40 && spaces >= 5)
            count++;
        i = e + 1;
    }
    return count;
}

static unsigned sniff_text(const char *s, size_t n, const char *path)
{
    if (looks_like_html(s, n))
        return FOI_FMT_HTML;
    int agree = 0;
    int dl = foi_csv_sniff_delim(s, n, &agree);
    /* a .txt letter with a table pasted from a spreadsheet (its cells
     * parted by tabs, more of its lines than the letter's) is a text whose
     * reader finds the table, not a TSV export: its paragraphs are prose */
    if (agree > 0 && !(dl == '\t' && !foi_strcasecmp(extension(path), "txt") && prose_lines(s, n) >= 8))
        return FOI_FMT_CSV;
    /* no clear answer from the content: the extension breaks the tie */
    const char *ext = extension(path);
    if (!foi_strcasecmp(ext, "csv") || !foi_strcasecmp(ext, "tsv"))
        return FOI_FMT_CSV;
    if ((!foi_strcasecmp(ext, "html") || !foi_strcasecmp(ext, "htm") || !foi_strcasecmp(ext, "xhtml")) &&
        memchr(s, '<', n))
        return FOI_FMT_HTML;
    return FOI_FMT_TEXT;
}

unsigned foi_sniff_binary(const char *bytes, size_t n)
{
    const unsigned char *u = (const unsigned char *)bytes;
    if (n >= 4 && u[0] == 'P' && u[1] == 'K' &&
        ((u[2] == 3 && u[3] == 4) || (u[2] == 5 && u[3] == 6) || (u[2] == 7 && u[3] == 8)))
        return FOI_FMT_XLSX;
    static const unsigned char ole2[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
    if (n >= 8 && !memcmp(u, ole2, 8))
        return FOI_FMT_XLS;
    /* "%PDF-" must be in the first 1024 bytes (PDF 1.7, annex H: some
     * writers put junk before it) */
    size_t lim = n < 1024 ? n : 1024;
    for (size_t i = 0; i + 5 <= lim; i++)
        if (u[i] == '%' && !memcmp(u + i, "%PDF-", 5))
            return FOI_FMT_PDF;
    /* Rich Text Format: "{\rtf" (after a UTF-8 byte order mark at most) */
    size_t b = n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF ? 3 : 0;
    if (n >= b + 5 && !memcmp(u + b, "{\\rtf", 5))
        return FOI_FMT_RTF;
    return 0;
}

unsigned foi_sniff_format(const char *bytes, size_t n, const char *path)
{
    unsigned bin = foi_sniff_binary(bytes, n);
    if (bin)
        return bin;
    const unsigned char *u = (const unsigned char *)bytes;
    int le = -1;
    size_t skip = 0;
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        le = 1, skip = 2;
    else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        le = 0, skip = 2;
    else {
        int k = utf16_nobom(u, n);
        if (k)
            le = k == 1;
    }
    if (le < 0)
        return sniff_text(bytes, n, path);
    /* UTF-16: look at an ASCII rendering of the first code units */
    char sample[4096];
    size_t m = 0;
    for (size_t i = skip; i + 1 < n && m < sizeof sample; i += 2) {
        unsigned lo = le ? u[i] : u[i + 1], hi = le ? u[i + 1] : u[i];
        sample[m++] = hi == 0 && lo < 0x80 ? (char)lo : '?';
    }
    return sniff_text(sample, m, path);
}

/* ------------------------------------------------------------- reading */

/* A picture file by its signature ("image/png"), else NULL. */
const char *foi_picture_type(const char *bytes, size_t n)
{
    const unsigned char *b = (const unsigned char *)bytes;
    if (n >= 8 && !memcmp(b, "\x89PNG\r\n\x1a\n", 8))
        return "image/png";
    if (n >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        return "image/jpeg";
    if (n >= 6 && (!memcmp(b, "GIF87a", 6) || !memcmp(b, "GIF89a", 6)))
        return "image/gif";
    if (n >= 4 && (!memcmp(b, "II*\0", 4) || !memcmp(b, "MM\0*", 4)))
        return "image/tiff";
    if (n >= 12 && !memcmp(b, "RIFF", 4) && !memcmp(b + 8, "WEBP", 4))
        return "image/webp";
    if (n >= 14 && b[0] == 'B' && b[1] == 'M' && !b[6] && !b[7] && !b[8] && !b[9])
        return "image/bmp";
    return NULL;
}

int foi_read_bytes(struct foi_doc *doc, const char *bytes, size_t n,
                   const struct foi_limits *lim, struct foi_err *err)
{
    if (!n)
        return foi_errf(err, FOI_EPARSE, NULL, "empty file");
    const char *pic = foi_picture_type(bytes, n);
    if (pic) {
        /* a scanned letter or a screenshot of a table saved as a picture:
         * nothing to read, and the journalist must be told so (not
         * "binary content") */
        doc->format = FOI_FMT_UNKNOWN;
        return foi_doc_note(doc, FOI_NOTE_ERROR, "no_text_layer", "",
                            "a picture (%s), not a document: foi reads no text from pictures (OCR is not "
                            "enabled), so any figures in it are not read", pic);
    }
    int outlook = 0;
    switch (foi_sniff_binary(bytes, n)) {
    case FOI_FMT_XLSX:
        return foi_read_zip(doc, bytes, n, lim, err);
    case FOI_FMT_XLS:
        /* an OLE2 compound file: an Outlook message, or a workbook */
        outlook = 1;
        break;
    case FOI_FMT_PDF:
        return foi_read_pdf(doc, bytes, n, lim, err);
    case FOI_FMT_RTF: {
        size_t b = (unsigned char)bytes[0] == 0xEF ? 3 : 0;
        return foi_read_rtf(doc, bytes + b, n - b, lim, err);
    }
    default:
        break;
    }
    /* a MIME e-mail or an Outlook message: the part a reader sees, decoded */
    const char *mbytes;
    size_t mn;
    int mhtml = 0, mime;
    if (outlook) {
        int rc = foi_msg_text(&doc->arena, bytes, n, &mbytes, &mn, &mhtml, err);
        if (rc == FOI_ENOTFOUND)
            return foi_read_ole2(doc, bytes, n, lim, err);
        if (rc)
            return rc;
        if (mhtml == 2)     /* its only body is rich text */
            return foi_read_rtf(doc, mbytes, mn, lim, err);
        mime = 1;
    } else {
        mime = foi_mime_text(&doc->arena, bytes, n, &mbytes, &mn, &mhtml);
    }
    if (mime < 0)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an e-mail");
    if (mime > 0)
        bytes = mbytes, n = mn;
    const char *text, *enc;
    size_t len;
    int rc = foi_decode_utf8_view(&doc->arena, bytes, n, &text, &len, &enc, err);
    if (rc)
        return rc;
    if (!len)
        return foi_errf(err, FOI_EPARSE, NULL, "empty file");
    size_t k = 0;
    while (k < len && is_space_byte((unsigned char)text[k]))
        k++;
    if (k == len)
        return foi_errf(err, FOI_EPARSE, NULL, "empty file (only whitespace)");
    doc->encoding = enc;
    unsigned fmt = mime > 0 ? (mhtml ? FOI_FMT_HTML : FOI_FMT_TEXT) : sniff_text(text, len, doc->path);
    switch (fmt) {
    case FOI_FMT_HTML:
        return foi_read_html(doc, text, len, lim, err);
    case FOI_FMT_CSV:
        return foi_read_csv(doc, text, len, lim, err);
    default:
        return foi_read_text(doc, text, len, lim, err);
    }
}

void foi_size_text(char *buf, size_t bufsz, unsigned long long v)
{
    static const struct {
        unsigned long long unit;
        const char *name;
    } units[] = {{1ull << 20, "MB"}, {1ull << 10, "KB"}};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        unsigned long long u = units[i].unit;
        if (v < u)
            continue;
        if (v >= 10 * u || v % u == 0) {
            snprintf(buf, bufsz, "%llu %s", v / u + (v % u != 0), units[i].name);
        } else {
            /* tenths, rounded up so that a size is never shown below itself */
            unsigned long long t = (v / u) * 10 + ((v % u) * 10 + u - 1) / u;
            if (t % 10)
                snprintf(buf, bufsz, "%llu.%llu %s", t / 10, t % 10, units[i].name);
            else
                snprintf(buf, bufsz, "%llu %s", t / 10, units[i].name);
        }
        return;
    }
    snprintf(buf, bufsz, "%llu bytes", v);
}

static const char *file_kind(mode_t m)
{
    if (S_ISDIR(m))
        return "a directory";
    if (S_ISFIFO(m))
        return "a FIFO";
    if (S_ISSOCK(m))
        return "a socket";
    if (S_ISCHR(m) || S_ISBLK(m))
        return "a device";
    return "not a file";
}

/* strerror text with a lower-case first letter (git's message style). */
static const char *errtext(int e, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, "%s", strerror(e));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z'))
        buf[0] = (char)(buf[0] + 32);
    return buf;
}

int foi_read_file(struct foi_doc *doc, const char *fs_path,
                  const struct foi_limits *lim, struct foi_err *err)
{
    struct foi_limits def;
    if (!lim) {
        foi_limits_default(&def);
        lim = &def;
    }
    char eb[128];
    struct stat st, fst;
    /* stat first so that FIFOs and devices are never opened */
    if (stat(fs_path, &st) != 0)
        return foi_errf(err, FOI_EIO, NULL, "cannot open file: %s", errtext(errno, eb, sizeof eb));
    if (!S_ISREG(st.st_mode))
        return foi_errf(err, FOI_EIO, NULL, "not a regular file (%s)", file_kind(st.st_mode));
    int fd = open(fs_path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return foi_errf(err, FOI_EIO, NULL, "cannot open file: %s", errtext(errno, eb, sizeof eb));
    if (fstat(fd, &fst) != 0 || !S_ISREG(fst.st_mode) || fst.st_ino != st.st_ino ||
        fst.st_dev != st.st_dev) {
        close(fd);
        return foi_errf(err, FOI_EIO, NULL, "not a regular file (it changed while being opened)");
    }
    unsigned long long size = (unsigned long long)fst.st_size;
    if (size > (unsigned long long)lim->max_file_bytes) {
        char a[32], b[32];
        foi_size_text(a, sizeof a, size);
        foi_size_text(b, sizeof b, lim->max_file_bytes);
        if (!strcmp(a, b)) {
            snprintf(a, sizeof a, "%llu bytes", size);
            snprintf(b, sizeof b, "%llu bytes", (unsigned long long)lim->max_file_bytes);
        }
        close(fd);
        return foi_errf(err, FOI_ELIMIT, NULL, "file is %s, over the %s file-size limit (--max-file-size)",
                        a, b);
    }
    if (size == 0) {
        close(fd);
        return foi_errf(err, FOI_EPARSE, NULL, "empty file");
    }
    char *buf = foi_malloc((size_t)size + 1);
    if (!buf) {
        close(fd);
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a %llu-byte file", size);
    }
    size_t got = 0;
    while (got < (size_t)size) {
        ssize_t r = read(fd, buf + got, (size_t)size - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            foi_free(buf);
            return foi_errf(err, FOI_EIO, NULL, "cannot read file: %s", errtext(e, eb, sizeof eb));
        }
        if (r == 0)
            break;   /* the file shrank: read what is there */
        got += (size_t)r;
    }
    close(fd);
    int rc = foi_read_bytes(doc, buf, got, lim, err);
    foi_free(buf);
    return rc;
}
