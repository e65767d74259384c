/* cfb.h: OLE2 compound files (Microsoft's Compound File Binary format, the
 * container of .xls workbooks, Word 97 documents and Outlook .msg messages),
 * read from memory and checked as they are read (read_cfb.c). Internal to
 * parsers/: read_xls.c reads a workbook's streams by name, read_msg.c walks a
 * message's storages.
 *
 * A directory entry is 128 bytes at dir + 128 * index: its name (UTF-16LE),
 * its type (byte 66: 1 storage, 2 stream, 5 root), its left and right
 * siblings and its first child (bytes 68, 72, 76), its start and size (116,
 * 120). */
#ifndef FOI_CFB_H
#define FOI_CFB_H

#include "read.h"

#include <stddef.h>
#include <stdint.h>

#define ENDOFCHAIN 0xFFFFFFFEu
#define FREESECT 0xFFFFFFFFu

struct cfb {
    const unsigned char *d;
    size_t n;
    unsigned shift, mshift;
    size_t ssz, mssz;
    uint32_t nsect;          /* sectors the file can hold */
    uint32_t *fat;
    size_t nfat;
    uint32_t *mfat;
    size_t nmfat;
    unsigned char *ministream;
    size_t nministream;
    unsigned char *dir;
    size_t ndir;             /* bytes */
    uint32_t cutoff;
    struct foi_err *err;
};


/* Open bytes (kept alive by the caller): header, FAT, directory, mini FAT and
 * mini stream, each chain checked. 0, or FOI_EPARSE / FOI_ENOMEM in err. */
int cfb_open(struct cfb *f, const char *bytes, size_t n, struct foi_err *err);
void cfb_release(struct cfb *f);
/* FOI_EPARSE in f's err: "corrupt OLE2 compound file (what)". */
int cfb_bad(struct cfb *f, const char *what);
/* Follow a sector chain (the mini FAT's when mini) from start: at most max
 * bytes into *out (foi_free), exactly max when exact. */
int cfb_read_chain(struct cfb *f, uint32_t start, int mini, size_t max, int exact, unsigned char **out,
                   size_t *len);
/* An entry's name (UTF-16LE; ASCII kept, others '?') into buf. */
void cfb_entry_name(const unsigned char *e, char *buf, size_t bufsz);
/* The first stream named name anywhere in the directory (any case): *out
 * (foi_free) and *len, or FOI_ENOTFOUND. */
int cfb_stream(struct cfb *f, const char *name, unsigned char **out, size_t *len);
/* Whether a stream or storage named name is anywhere in the directory. */
int cfb_has(const struct cfb *f, const char *name);
/* The number of directory entries. */
static inline uint32_t cfb_nentries(const struct cfb *f) { return (uint32_t)(f->ndir / 128); }
/* The children of storage (or root) entry idx, in the directory's tree order,
 * at most max into out: the count (each entry once: a looped tree ends), -1
 * for no such storage, -2 out of memory. */
int cfb_children(const struct cfb *f, uint32_t idx, uint32_t *out, int max);
/* The child of storage idx named name (any case), -1 for none, -2 out of
 * memory. */
long cfb_child(const struct cfb *f, uint32_t idx, const char *name);
/* Stream entry idx's bytes: *out (foi_free, a NUL after them) and *len. */
int cfb_entry_stream(struct cfb *f, uint32_t idx, unsigned char **out, size_t *len);

#endif
