/* read_cfb.c: OLE2 compound files read from memory (cfb.h). */
#include "cfb.h"

#include <stdlib.h>
#include <string.h>

static uint16_t le16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }

int cfb_bad(struct cfb *f, const char *what)
{
    return foi_errf(f->err, FOI_EPARSE, NULL, "corrupt OLE2 compound file (%s)", what);
}

static const unsigned char *sector(const struct cfb *f, uint32_t s)
{
    size_t off = ((size_t)s + 1) << f->shift;
    if (s >= f->nsect || off + f->ssz > f->n)
        return NULL;
    return f->d + off;
}

/* Follow a chain through fat (entries of nfat) from start, copying sectors
 * of size ssz from get(); at most max bytes. */
int cfb_read_chain(struct cfb *f, uint32_t start, int mini, size_t max, int exact, unsigned char **out,
                      size_t *len)
{
    *out = NULL;
    *len = 0;
    const uint32_t *fat = mini ? f->mfat : f->fat;
    size_t nfat = mini ? f->nmfat : f->nfat;
    size_t ss = mini ? f->mssz : f->ssz;
    size_t cap = max < ((size_t)1 << 20) ? max : ((size_t)1 << 20);
    unsigned char *buf = NULL;
    size_t n = 0, steps = 0;
    uint32_t s = start;
    while (s != ENDOFCHAIN && n < max) {
        if (s >= nfat || ++steps > nfat)
            break;
        const unsigned char *src;
        if (mini) {
            size_t off = (size_t)s * ss;
            if (off + ss > f->nministream)
                break;
            src = f->ministream + off;
        } else {
            src = sector(f, s);
            if (!src)
                break;
        }
        if (!buf || n + ss > cap) {
            size_t nc = cap < n + ss ? n + ss : cap;
            if (buf)
                nc = nc * 2 > max + ss ? max + ss : nc * 2;
            unsigned char *nb = foi_realloc(buf, nc);
            if (!nb) {
                foi_free(buf);
                return foi_errf(f->err, FOI_ENOMEM, NULL, "out of memory reading an OLE2 compound file");
            }
            buf = nb;
            cap = nc;
        }
        memcpy(buf + n, src, ss);
        n += ss;
        s = fat[s];
    }
    if ((s != ENDOFCHAIN && n < max) || (exact && n < max)) {
        foi_free(buf);
        return cfb_bad(f, exact && s == ENDOFCHAIN ? "a stream shorter than its directory entry says"
                                                   : "a broken sector chain");
    }
    *out = buf;
    *len = n < max ? n : max;
    return 0;
}

void cfb_release(struct cfb *f)
{
    foi_free(f->fat);
    foi_free(f->mfat);
    foi_free(f->ministream);
    foi_free(f->dir);
}

int cfb_open(struct cfb *f, const char *bytes, size_t n, struct foi_err *err)
{
    memset(f, 0, sizeof *f);
    f->d = (const unsigned char *)bytes;
    f->n = n;
    f->err = err;
    if (n < 512)
        return cfb_bad(f, "shorter than its header");
    const unsigned char *h = f->d;
    f->shift = le16(h + 0x1E);
    f->mshift = le16(h + 0x20);
    if ((f->shift != 9 && f->shift != 12) || f->mshift != 6 || le16(h + 0x1C) != 0xFFFE)
        return cfb_bad(f, "bad header");
    f->ssz = (size_t)1 << f->shift;
    f->mssz = (size_t)1 << f->mshift;
    f->nsect = (uint32_t)(n / f->ssz ? n / f->ssz - 1 : 0);
    f->cutoff = foi_le32(h + 0x38);
    uint32_t nfatsect = foi_le32(h + 0x2C);
    if (nfatsect > f->nsect + 1)
        return cfb_bad(f, "more FAT sectors than the file holds");
    /* the FAT: sectors listed in the header's DIFAT, then in DIFAT sectors */
    size_t per = f->ssz / 4;
    f->fat = foi_malloc(((size_t)nfatsect ? nfatsect : 1) * per * sizeof *f->fat);
    if (!f->fat)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an OLE2 compound file");
    uint32_t got = 0;
    for (int i = 0; i < 109 && got < nfatsect; i++) {
        uint32_t s = foi_le32(h + 0x4C + 4 * i);
        const unsigned char *p = sector(f, s);
        if (!p)
            return cfb_bad(f, "a FAT sector outside the file");
        for (size_t k = 0; k < per; k++)
            f->fat[(size_t)got * per + k] = foi_le32(p + 4 * k);
        got++;
    }
    uint32_t ds = foi_le32(h + 0x44);
    size_t guard = 0;
    while (got < nfatsect && ds != ENDOFCHAIN && ds != FREESECT) {
        const unsigned char *p = sector(f, ds);
        if (!p || ++guard > f->nsect)
            return cfb_bad(f, "a broken DIFAT chain");
        for (size_t i = 0; i + 1 < per && got < nfatsect; i++) {
            const unsigned char *q = sector(f, foi_le32(p + 4 * i));
            if (!q)
                return cfb_bad(f, "a FAT sector outside the file");
            for (size_t k = 0; k < per; k++)
                f->fat[(size_t)got * per + k] = foi_le32(q + 4 * k);
            got++;
        }
        ds = foi_le32(p + 4 * (per - 1));
    }
    if (got < nfatsect)
        return cfb_bad(f, "a FAT shorter than its header says");
    f->nfat = (size_t)got * per;
    int rc = cfb_read_chain(f, foi_le32(h + 0x30), 0, n, 0, &f->dir, &f->ndir);
    if (rc)
        return rc;
    if (f->ndir < 128)
        return cfb_bad(f, "no directory");
    /* the mini stream (the root entry's data) and the mini FAT */
    uint32_t root_start = foi_le32(f->dir + 116);
    size_t root_size = foi_le32(f->dir + 120);
    if (root_size && root_start != ENDOFCHAIN) {
        if ((rc = cfb_read_chain(f, root_start, 0, root_size, 1, &f->ministream, &f->nministream)) != 0)
            return rc;
        unsigned char *m;
        size_t ml;
        if ((rc = cfb_read_chain(f, foi_le32(h + 0x3C), 0, (size_t)foi_le32(h + 0x40) * f->ssz, 1, &m, &ml)) != 0)
            return rc;
        f->nmfat = ml / 4;
        f->mfat = foi_malloc((f->nmfat ? f->nmfat : 1) * sizeof *f->mfat);
        if (!f->mfat) {
            foi_free(m);
            return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading an OLE2 compound file");
        }
        for (size_t i = 0; i < f->nmfat; i++)
            f->mfat[i] = foi_le32(m + 4 * i);
        foi_free(m);
    }
    return 0;
}

/* A directory entry's name (UTF-16LE, ASCII only kept) into buf. */
void cfb_entry_name(const unsigned char *e, char *buf, size_t bufsz)
{
    size_t len = le16(e + 64);
    size_t o = 0;
    for (size_t i = 0; i + 1 < len && i < 64 && o + 1 < bufsz; i += 2) {
        unsigned c = le16(e + i);
        if (!c)
            break;
        buf[o++] = c < 0x80 ? (char)c : '?';
    }
    buf[o] = '\0';
}

/* The stream named name (a stream entry, any case), or FOI_ENOTFOUND. */
int cfb_stream(struct cfb *f, const char *name, unsigned char **out, size_t *len)
{
    for (size_t off = 0; off + 128 <= f->ndir; off += 128) {
        const unsigned char *e = f->dir + off;
        if (e[66] != 2)
            continue;
        char nm[40];
        cfb_entry_name(e, nm, sizeof nm);
        if (foi_strcasecmp(nm, name))
            continue;
        size_t size = foi_le32(e + 120);
        uint32_t start = foi_le32(e + 116);
        if (size > f->n)
            return cfb_bad(f, "a stream larger than the file");
        return cfb_read_chain(f, start, size < f->cutoff, size, 1, out, len);
    }
    return FOI_ENOTFOUND;
}

int cfb_has(const struct cfb *f, const char *name)
{
    for (size_t off = 0; off + 128 <= f->ndir; off += 128) {
        const unsigned char *e = f->dir + off;
        if (e[66] != 1 && e[66] != 2)
            continue;
        char nm[40];
        cfb_entry_name(e, nm, sizeof nm);
        if (!foi_strcasecmp(nm, name))
            return 1;
    }
    return 0;
}


/* In-order walk of the sibling tree under node e (left, self, right), with an
 * explicit stack; every entry visited once at most. */
int cfb_children(const struct cfb *f, uint32_t idx, uint32_t *out, int max)
{
    uint32_t n = cfb_nentries(f);
    if (idx >= n)
        return -1;
    const unsigned char *d = f->dir + (size_t)idx * 128;
    if (d[66] != 1 && d[66] != 5)
        return -1;
    unsigned char *seen = foi_calloc(n ? n : 1, 1);
    uint32_t *stack = foi_malloc(sizeof *stack * (n ? n : 1));
    int k = 0;
    if (!seen || !stack) {
        foi_free(seen);
        foi_free(stack);
        return -2;
    }
    size_t top = 0;
    uint32_t cur = foi_le32(d + 76);
    for (;;) {
        while (cur < n && !seen[cur] && top < n) {
            seen[cur] = 1;
            stack[top++] = cur;
            cur = foi_le32(f->dir + (size_t)cur * 128 + 68);
        }
        if (!top || k >= max)
            break;
        uint32_t e = stack[--top];
        out[k++] = e;
        cur = foi_le32(f->dir + (size_t)e * 128 + 72);
    }
    foi_free(seen);
    foi_free(stack);
    return k;
}

long cfb_child(const struct cfb *f, uint32_t idx, const char *name)
{
    uint32_t kids[512];
    int k = cfb_children(f, idx, kids, 512);
    if (k == -2)
        return -2;
    for (int i = 0; i < k; i++) {
        char nm[40];
        cfb_entry_name(f->dir + (size_t)kids[i] * 128, nm, sizeof nm);
        if (!foi_strcasecmp(nm, name))
            return (long)kids[i];
    }
    return -1;
}

int cfb_entry_stream(struct cfb *f, uint32_t idx, unsigned char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    if (idx >= cfb_nentries(f))
        return FOI_ENOTFOUND;
    const unsigned char *e = f->dir + (size_t)idx * 128;
    if (e[66] != 2)
        return FOI_ENOTFOUND;
    size_t size = foi_le32(e + 120);
    if (size > f->n)
        return cfb_bad(f, "a stream larger than the file");
    unsigned char *b = NULL;
    size_t n = 0;
    int rc = size ? cfb_read_chain(f, foi_le32(e + 116), size < f->cutoff, size, 1, &b, &n) : 0;
    if (rc)
        return rc;
    unsigned char *z = foi_malloc(n + 1);
    if (!z) {
        foi_free(b);
        return foi_errf(f->err, FOI_ENOMEM, NULL, "out of memory reading an OLE2 compound file");
    }
    if (n)
        memcpy(z, b, n);
    z[n] = 0;
    foi_free(b);
    *out = z;
    *len = n;
    return 0;
}
