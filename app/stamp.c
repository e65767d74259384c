/* stamp.c: OUT_DIR/.foi-stamp (see stamp.h). Text, one line each:
 *   foi-stamp 2 FINGERPRINT
 *   counts ISSUES ERRORS WARNINGS
 *   NAME SIZE MTIME_SEC MTIME_NSEC CTIME_SEC CTIME_NSEC INODE   (per output)
 * Anything unexpected reads as "not current". */
#include "stamp.h"
#include "../export/export.h"

#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define STAMP_NAME ".foi-stamp"
#define STAMP_MAGIC "foi-stamp 2 "

/* Each field with its length first, so no two inputs hash alike. */
static int put(EVP_MD_CTX *md, const char *s)
{
    if (!s)
        s = "";
    char len[32];
    int n = snprintf(len, sizeof len, "%zu:", strlen(s));
    return EVP_DigestUpdate(md, len, (size_t)n) == 1 && EVP_DigestUpdate(md, s, strlen(s)) == 1 ? 0 : -1;
}

static int putn(EVP_MD_CTX *md, unsigned long long v)
{
    char b[32];
    snprintf(b, sizeof b, "%llu", v);
    return put(md, b);
}

/* The workforce file's bytes into md (a file that cannot be read counts as
 * "unreadable": the build reports that, and the outputs say so). */
static int put_file(EVP_MD_CTX *md, const char *path)
{
    FILE *fp = path ? fopen(path, "rb") : NULL;
    if (!fp)
        return put(md, "unreadable");
    int rc = put(md, "file");
    char buf[65536];
    size_t n;
    while (!rc && (n = fread(buf, 1, sizeof buf, fp)) > 0)
        rc = EVP_DigestUpdate(md, buf, n) == 1 ? 0 : -1;
    if (ferror(fp))
        rc = rc ? rc : put(md, "read error");
    fclose(fp);
    return rc;
}

/* A SHA-256 digest begun, or NULL. */
static EVP_MD_CTX *md_start(void)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    if (md && EVP_DigestInit_ex(md, EVP_sha256(), NULL) == 1)
        return md;
    EVP_MD_CTX_free(md);
    return NULL;
}

/* The digest ended into out as hex (unless rc says feeding it failed); md
 * freed. 0 or FOI_ENOMEM. */
static int md_hex(EVP_MD_CTX *md, int rc, char out[65])
{
    unsigned char h[EVP_MAX_MD_SIZE];
    unsigned hl = 0;
    if (!rc && (EVP_DigestFinal_ex(md, h, &hl) != 1 || hl != 32))
        rc = -1;
    EVP_MD_CTX_free(md);
    if (rc)
        return FOI_ENOMEM;
    for (unsigned i = 0; i < hl; i++)
        snprintf(out + 2 * i, 3, "%02x", h[i]);
    return 0;
}

int foi_stamp_fingerprint_of(const struct foi_source *src, size_t nsrc, size_t nrecords, size_t nissues,
                             const char *const *expect, size_t nexpect, const struct foi_stamp_in *in,
                             char out[65])
{
    out[0] = 0;
    EVP_MD_CTX *md = md_start();
    if (!md)
        return FOI_ENOMEM;
    int rc = put(md, "foi-stamp 2") || put(md, in->cache_key) || put(md, in->link_prefix) ||
             put_file(md, in->workforce_path) || putn(md, nexpect);
    for (size_t i = 0; !rc && i < nexpect; i++)
        rc = put(md, expect[i]);
    rc = rc || putn(md, nsrc) || putn(md, nrecords) || putn(md, nissues);
    /* a source's records and issues follow from its path and bytes (sha)
     * under the cache key; the rest of the row is there for good measure */
    for (size_t i = 0; !rc && i < nsrc; i++) {
        const struct foi_source *s = &src[i];
        rc = put(md, s->source_file) || put(md, s->source_sha256) || putn(md, s->bytes) ||
             put(md, s->format) || put(md, s->parser) || put(md, s->force_id) || put(md, s->status) ||
             putn(md, (unsigned long long)s->records) || put(md, s->attached_to);
    }
    return md_hex(md, rc, out);
}

int foi_stamp_options(const char *const *expect, size_t nexpect, const struct foi_stamp_in *in, char out[65])
{
    out[0] = 0;
    EVP_MD_CTX *md = md_start();
    if (!md)
        return FOI_ENOMEM;
    int rc = put(md, "foi-options 1") || put(md, in->cache_key) || put(md, in->link_prefix) ||
             put_file(md, in->workforce_path) || putn(md, nexpect);
    for (size_t i = 0; !rc && i < nexpect; i++)
        rc = put(md, expect[i]);
    return md_hex(md, rc, out);
}

int foi_stamp_fingerprint(const struct foi_dataset *ds, const struct foi_stamp_in *in, char out[65])
{
    return foi_stamp_fingerprint_of(ds->sources, ds->nsources, ds->nrecords, ds->nissues, ds->expect,
                                    ds->nexpect, in, out);
}

static int stat_line(char *buf, size_t n, const char *dir, const char *name)
{
    char path[4096];
    struct stat st;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path || stat(path, &st) != 0 ||
        !S_ISREG(st.st_mode))
        return -1;
    snprintf(buf, n, "%s %lld %lld %ld %lld %ld %llu\n", name, (long long)st.st_size,
             (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec, (long long)st.st_ctim.tv_sec,
             (long)st.st_ctim.tv_nsec, (unsigned long long)st.st_ino);
    return 0;
}

/* Read the stamp: its fingerprint and counts, and whether every output
 * still has the stat recorded. 1 when it reads and they all do. */
static int read_stamp(const char *out_dir, char fp[65], struct foi_stamp_counts *counts)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", out_dir, STAMP_NAME) >= sizeof path)
        return 0;
    FILE *fh = fopen(path, "r");
    if (!fh)
        return 0;
    char line[8192], want[8192];
    size_t ml = strlen(STAMP_MAGIC);
    int ok = fgets(line, sizeof line, fh) != NULL && !strncmp(line, STAMP_MAGIC, ml) &&
             strlen(line) == ml + 65 && line[ml + 64] == '\n';
    if (ok) {
        memcpy(fp, line + ml, 64);
        fp[64] = 0;
    }
    struct foi_stamp_counts c = { 0, 0, 0 };
    if (ok)
        ok = fgets(line, sizeof line, fh) && sscanf(line, "counts %zu %zu %zu", &c.issues, &c.errors, &c.warnings) == 3;
    /* then exactly one line per output, in the exporters' order */
    for (int i = 0; ok && i < foi_nexporters; i++)
        ok = fgets(line, sizeof line, fh) && !stat_line(want, sizeof want, out_dir, foi_exporters[i].file) &&
             !strcmp(line, want);
    if (ok)
        ok = fgets(line, sizeof line, fh) == NULL && !ferror(fh);
    fclose(fh);
    if (ok && counts)
        *counts = c;
    return ok;
}

int foi_stamp_current(const char *out_dir, const char *fingerprint, struct foi_stamp_counts *counts)
{
    char fp[65];
    return read_stamp(out_dir, fp, counts) && !strcmp(fp, fingerprint);
}

int foi_stamp_intact(const char *out_dir, char fingerprint[65])
{
    return read_stamp(out_dir, fingerprint, NULL);
}

int foi_stamp_save(const char *out_dir, const char *fingerprint, const struct foi_stamp_counts *counts,
                   struct foi_err *err)
{
    char path[4096], tmp[4200];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", out_dir, STAMP_NAME) >= sizeof path)
        return foi_errf(err, FOI_EUSAGE, STAMP_NAME, "output folder path too long");
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    FILE *fp = fopen(tmp, "w");
    if (!fp)
        return foi_errf(err, FOI_EIO, STAMP_NAME, "cannot create %s: %s", tmp, strerror(errno));
    int bad = fprintf(fp, "%s%s\n", STAMP_MAGIC, fingerprint) < 0 ||
              fprintf(fp, "counts %zu %zu %zu\n", counts ? counts->issues : 0, counts ? counts->errors : 0,
                      counts ? counts->warnings : 0) < 0;
    for (int i = 0; !bad && i < foi_nexporters; i++) {
        char line[8192];
        bad = stat_line(line, sizeof line, out_dir, foi_exporters[i].file) || fputs(line, fp) < 0;
    }
    if (fflush(fp) != 0 || fsync(fileno(fp)) != 0)
        bad = 1;
    if (fclose(fp) != 0)
        bad = 1;
    if (bad || rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        return foi_errf(err, FOI_EIO, STAMP_NAME, "cannot save %s: %s", path, strerror(e));
    }
    return 0;
}
