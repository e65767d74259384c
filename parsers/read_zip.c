/* read_zip.c: zip archives (XLSX, DOCX, ODS, ODT) through libzip, hostile until
 * proven otherwise: entry count, inflated bytes per entry and in all, and the
 * compression ratio are checked while inflating, never trusted from headers.
 * Tells the office formats apart by [Content_Types].xml or the mimetype entry. */
#include "office.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#define RATIO_FLOOR ((zip_uint64_t)1 << 20)   /* the ratio cap applies past 1 MiB */
#define CT_MAX ((size_t)1 << 20)               /* [Content_Types].xml, mimetype */

struct foi_zip {
    zip_t *za;
    const struct foi_limits *lim;
    struct foi_err *err;
    zip_int64_t nentries;
    zip_uint64_t inflated;     /* every entry read so far */
};

struct foi_zip_stream {
    struct foi_zip *z;
    zip_file_t *zf;
    zip_int64_t idx;
    const char *name;
    zip_uint64_t size, comp_size, got;
    int have_size, have_comp;
    int failed;
};

static const char *zerr_text(int ze)
{
    switch (ze) {
    case ZIP_ER_CRC: return "CRC error: the data is damaged";
    case ZIP_ER_NOZIP: return "not a zip archive";
    case ZIP_ER_INCONS: return "the archive is inconsistent (damaged or cut short)";
    case ZIP_ER_COMPNOTSUPP: return "compression method not supported";
    case ZIP_ER_ENCRNOTSUPP: case ZIP_ER_NOPASSWD: case ZIP_ER_WRONGPASSWD:
        return "the entry is encrypted with a password";
    case ZIP_ER_EOF: case ZIP_ER_READ: return "unexpected end of data (the file is cut short)";
    case ZIP_ER_ZLIB: return "the compressed data is damaged";
    case ZIP_ER_MEMORY: return "out of memory";
    default: return "the archive is damaged";
    }
}

int foi_zip_open(struct foi_zip **out, const char *bytes, size_t n, const struct foi_limits *lim,
                 struct foi_err *err)
{
    *out = NULL;
    struct foi_zip *z = foi_calloc(1, sizeof *z);
    if (!z)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
    z->lim = lim;
    z->err = err;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(bytes, n, 0, &ze);
    if (!src) {
        zip_error_fini(&ze);
        foi_free(z);
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
    }
    z->za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!z->za) {
        int code = zip_error_code_zip(&ze);
        zip_source_free(src);
        zip_error_fini(&ze);
        foi_free(z);
        if (code == ZIP_ER_MEMORY)
            return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
        if (code == ZIP_ER_NOZIP)   /* it starts like a zip (the sniffer said so): its end is missing */
            return foi_errf(err, FOI_EPARSE, NULL,
                            "corrupt zip archive: no central directory (the file is cut short or damaged)");
        return foi_errf(err, FOI_EPARSE, NULL, "corrupt zip archive: %s", zerr_text(code));
    }
    zip_error_fini(&ze);
    z->nentries = zip_get_num_entries(z->za, 0);
    if (z->nentries < 0 || z->nentries > lim->max_zip_entries) {
        long long ne = (long long)z->nentries;
        foi_zip_free(z);
        return foi_errf(err, FOI_ELIMIT, NULL, "zip archive has %lld entries, over the %ld-entry limit",
                        ne, lim->max_zip_entries);
    }
    *out = z;
    return 0;
}

void foi_zip_free(struct foi_zip *z)
{
    if (!z)
        return;
    if (z->za)
        zip_discard(z->za);
    foi_free(z);
}

long foi_zip_find(struct foi_zip *z, const char *name)
{
    if (!name || !*name)
        return -1;
    zip_int64_t i = zip_name_locate(z->za, name, ZIP_FL_NOCASE);
    return i < 0 ? -1 : (long)i;
}

int foi_zip_stream_open(struct foi_zip *z, long idx, struct foi_zip_stream **out, struct foi_err *err)
{
    *out = NULL;
    const char *name = zip_get_name(z->za, (zip_uint64_t)idx, ZIP_FL_ENC_GUESS);
    if (!name)
        name = "?";
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) != 0)
        return foi_errf(err, FOI_EPARSE, NULL, "corrupt zip archive: entry '%.80s' cannot be read", name);
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return foi_errf(err, FOI_EPARSE, NULL,
                        "entry '%.80s' is encrypted with a password; save the document without a password",
                        name);
    if ((st.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(st.comp_method, 0))
        return foi_errf(err, FOI_EPARSE, NULL,
                        "entry '%.80s' uses a compression method this build cannot read (%d)", name,
                        (int)st.comp_method);
    /* what the headers declare is refused before anything is inflated; what
     * they do not declare truthfully is caught while inflating */
    if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > RATIO_FLOOR &&
        z->lim->max_zip_ratio > 0 && st.size / (st.comp_size ? st.comp_size : 1) > (zip_uint64_t)z->lim->max_zip_ratio) {
        char a[32], b[32];
        foi_size_text(a, sizeof a, st.size);
        foi_size_text(b, sizeof b, st.comp_size);
        return foi_errf(err, FOI_ELIMIT, NULL,
                        "zip entry '%.80s' inflates more than %d times its compressed size (%s from %s): a zip bomb?",
                        name, z->lim->max_zip_ratio, a, b);
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > z->lim->max_entry_bytes) {
        char a[32];
        foi_size_text(a, sizeof a, z->lim->max_entry_bytes);
        return foi_errf(err, FOI_ELIMIT, NULL, "zip entry '%.80s' inflates to more than %s, over the entry-size limit",
                        name, a);
    }
    struct foi_zip_stream *s = foi_calloc(1, sizeof *s);
    if (!s)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
    s->z = z;
    s->idx = idx;
    s->name = name;
    s->have_size = (st.valid & ZIP_STAT_SIZE) != 0;
    s->size = st.size;
    s->have_comp = (st.valid & ZIP_STAT_COMP_SIZE) != 0;
    s->comp_size = st.comp_size;
    s->zf = zip_fopen_index(z->za, (zip_uint64_t)idx, 0);
    if (!s->zf) {
        zip_error_t *ze = zip_get_error(z->za);
        int code = ze ? zip_error_code_zip(ze) : ZIP_ER_INTERNAL;
        foi_free(s);
        if (code == ZIP_ER_MEMORY)
            return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
        return foi_errf(err, FOI_EPARSE, NULL, "corrupt zip archive: entry '%.80s': %s", name,
                        zerr_text(code));
    }
    *out = s;
    return 0;
}

long foi_zip_stream_read(struct foi_zip_stream *s, char *buf, size_t n)
{
    struct foi_zip *z = s->z;
    const struct foi_limits *lim = z->lim;
    if (s->failed)
        return -1;
    if (n > ((size_t)1 << 30))
        n = (size_t)1 << 30;
    zip_int64_t r = zip_fread(s->zf, buf, n);
    if (r < 0) {
        zip_error_t *ze = zip_file_get_error(s->zf);
        int code = ze ? zip_error_code_zip(ze) : ZIP_ER_INTERNAL;
        s->failed = 1;
        if (code == ZIP_ER_MEMORY)
            foi_errf(z->err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
        else
            foi_errf(z->err, FOI_EPARSE, NULL, "corrupt zip archive: entry '%.80s': %s", s->name,
                     zerr_text(code));
        return -1;
    }
    s->got += (zip_uint64_t)r;
    z->inflated += (zip_uint64_t)r;
    char a[32], b[32];
    if (s->have_size && s->got > s->size) {
        s->failed = 1;
        foi_errf(z->err, FOI_EPARSE, NULL,
                 "corrupt zip archive: entry '%.80s' inflates past the %llu bytes its header declares",
                 s->name, (unsigned long long)s->size);
        return -1;
    }
    if (s->got > lim->max_entry_bytes) {
        s->failed = 1;
        foi_size_text(a, sizeof a, lim->max_entry_bytes);
        foi_errf(z->err, FOI_ELIMIT, NULL, "zip entry '%.80s' inflates to more than %s, over the entry-size limit",
                 s->name, a);
        return -1;
    }
    if (z->inflated > lim->max_inflated_bytes) {
        s->failed = 1;
        foi_size_text(a, sizeof a, lim->max_inflated_bytes);
        foi_errf(z->err, FOI_ELIMIT, NULL,
                 "zip archive inflates to more than %s (at entry '%.80s'), over the inflated-size limit", a,
                 s->name);
        return -1;
    }
    if (s->got > RATIO_FLOOR && lim->max_zip_ratio > 0 &&
        s->got / (s->have_comp && s->comp_size ? s->comp_size : 1) > (zip_uint64_t)lim->max_zip_ratio) {
        s->failed = 1;
        foi_size_text(a, sizeof a, s->got);
        foi_size_text(b, sizeof b, s->comp_size);
        foi_errf(z->err, FOI_ELIMIT, NULL,
                 "zip entry '%.80s' inflates more than %d times its compressed size (%s from %s): a zip bomb?",
                 s->name, lim->max_zip_ratio, a, b);
        return -1;
    }
    return (long)r;
}

void foi_zip_stream_close(struct foi_zip_stream *s)
{
    if (!s)
        return;
    if (s->zf)
        zip_fclose(s->zf);
    foi_free(s);
}

/* Entry idx whole (foi_zip_read); the stream's errors go to z->err, which
 * the caller makes err. */
static int read_index(struct foi_zip *z, long idx, size_t max, char **out, size_t *len, struct foi_err *err)
{
    *out = NULL;
    *len = 0;
    if (!max || max > z->lim->max_entry_bytes)
        max = z->lim->max_entry_bytes;
    struct foi_zip_stream *s;
    int rc = foi_zip_stream_open(z, idx, &s, err);
    if (rc)
        return rc;
    struct foi_buf b;
    foi_buf_init(&b, max + 1);
    char chunk[16384];
    for (;;) {
        long r = foi_zip_stream_read(s, chunk, sizeof chunk);
        if (r < 0) {
            rc = err->code ? err->code : FOI_EPARSE;
            break;
        }
        if (r == 0)
            break;
        int br = foi_buf_add(&b, chunk, (size_t)r);
        if (br == FOI_ELIMIT) {
            char a[32];
            foi_size_text(a, sizeof a, max);
            rc = foi_errf(err, FOI_ELIMIT, NULL, "zip entry '%.80s' is larger than %s, over the limit for it",
                          s->name, a);
            break;
        }
        if (br) {
            rc = foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
            break;
        }
    }
    foi_zip_stream_close(s);
    if (rc) {
        foi_buf_release(&b);
        return rc;
    }
    if (!b.data && foi_buf_add(&b, "", 0)) {
        foi_buf_release(&b);
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
    }
    *len = b.len;
    *out = foi_buf_detach(&b);
    return 0;
}

int foi_zip_read(struct foi_zip *z, const char *name, size_t max, char **out, size_t *len,
                 struct foi_err *err)
{
    *out = NULL;
    *len = 0;
    long idx = foi_zip_find(z, name);
    if (idx < 0)
        return FOI_ENOTFOUND;
    return read_index(z, idx, max, out, len, err);
}

void foi_zip_rels_part(const char *part, char *buf, size_t bufsz)
{
    const char *slash = strrchr(part, '/');
    if (slash)
        snprintf(buf, bufsz, "%.*s/_rels/%s.rels", (int)(slash - part), part, slash + 1);
    else
        snprintf(buf, bufsz, "_rels/%s.rels", part);
}

int foi_zip_resolve(const char *base, const char *target, char *buf, size_t bufsz)
{
    char tmp[1024];
    size_t n = 0;
    if (target[0] == '/') {
        target++;
    } else {
        const char *slash = strrchr(base, '/');
        if (slash) {
            n = (size_t)(slash - base) + 1;
            if (n >= sizeof tmp)
                return FOI_ELIMIT;
            memcpy(tmp, base, n);
        }
    }
    size_t tl = strlen(target);
    if (n + tl >= sizeof tmp)
        return FOI_ELIMIT;
    memcpy(tmp + n, target, tl + 1);
    /* normalise: drop "./" segments, let "../" climb (never above the root) */
    size_t o = 0;
    const char *p = tmp;
    while (*p) {
        const char *e = strchr(p, '/');
        size_t sl = e ? (size_t)(e - p) : strlen(p);
        if (sl == 0 || (sl == 1 && p[0] == '.')) {
            /* nothing */
        } else if (sl == 2 && p[0] == '.' && p[1] == '.') {
            while (o > 0 && buf[o - 1] == '/')
                o--;
            while (o > 0 && buf[o - 1] != '/')
                o--;
        } else {
            if (o + sl + 2 > bufsz)
                return FOI_ELIMIT;
            memcpy(buf + o, p, sl);
            o += sl;
            if (e)
                buf[o++] = '/';
        }
        p = e ? e + 1 : p + sl;
    }
    while (o > 0 && buf[o - 1] == '/')
        o--;
    if (o >= bufsz)
        return FOI_ELIMIT;
    buf[o] = '\0';
    return 0;
}

/* ------------------------------------------------------------ sniffing */

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !strcmp(s + a - b, suffix);
}

/* The main part and format from [Content_Types].xml: 0 and *fmt set, 0 and
 * *fmt 0 when it names no format we read, or an error. */
static int content_types(struct foi_zip *z, unsigned *fmt, char *part, size_t partsz,
                         const char **other, struct foi_err *err)
{
    *fmt = 0;
    *other = NULL;
    struct foi_xml x;
    int rc = foi_xml_open(&x, z, "[Content_Types].xml", err);
    if (rc)
        return rc;
    char ct[256], pn[512];
    int k;
    rc = 0;
    while ((k = foi_xml_next(&x)) == 1) {
        if (foi_xml_type(&x) != FOI_XML_START || !foi_xml_is(&x, "Override"))
            continue;
        if (!foi_xml_attr(&x, "ContentType", ct, sizeof ct) || !foi_xml_attr(&x, "PartName", pn, sizeof pn))
            continue;
        unsigned f = 0;
        if (ends_with(ct, ".spreadsheetml.sheet.main+xml") || ends_with(ct, ".spreadsheetml.template.main+xml") ||
            ends_with(ct, "ms-excel.sheet.macroEnabled.main+xml") ||
            ends_with(ct, "ms-excel.template.macroEnabled.main+xml"))
            f = FOI_FMT_XLSX;
        else if (ends_with(ct, ".wordprocessingml.document.main+xml") ||
                 ends_with(ct, ".wordprocessingml.template.main+xml") ||
                 ends_with(ct, "ms-word.document.macroEnabled.main+xml") ||
                 ends_with(ct, "ms-word.template.macroEnabledTemplate.main+xml"))
            f = FOI_FMT_DOCX;
        else if (ends_with(ct, ".presentationml.presentation.main+xml") ||
                 ends_with(ct, "ms-powerpoint.presentation.macroEnabled.main+xml"))
            *other = "a PowerPoint presentation";
        else if (ends_with(ct, "ms-excel.sheet.binary.macroEnabled.main"))
            *other = "an Excel binary workbook (.xlsb)";
        if (f && !*fmt) {
            *fmt = f;
            if (foi_zip_resolve("", pn, part, partsz))
                part[0] = '\0';
        }
    }
    if (!rc && k < 0)
        rc = x.rc;
    foi_xml_close(&x);
    return rc;
}

int foi_read_zip(struct foi_doc *doc, const char *bytes, size_t n,
                 const struct foi_limits *lim, struct foi_err *err)
{
    struct foi_limits def;
    if (!lim) {
        foi_limits_default(&def);
        lim = &def;
    }
    doc->format = FOI_FMT_XLSX;   /* until the content says otherwise */
    doc->encoding = "zip";
    struct foi_zip *z;
    int rc = foi_zip_open(&z, bytes, n, lim, err);
    if (rc)
        return rc;
    unsigned fmt = 0;
    char part[512] = "";
    const char *other = NULL;
    rc = content_types(z, &fmt, part, sizeof part, &other, err);
    if (rc == FOI_ENOTFOUND)
        rc = 0;
    if (!rc && !fmt && !other) {
        char *mt;
        size_t ml;
        int r = foi_zip_read(z, "mimetype", 256, &mt, &ml, err);
        if (r == 0) {
            while (ml && (mt[ml - 1] == '\n' || mt[ml - 1] == '\r' || mt[ml - 1] == ' '))
                mt[--ml] = '\0';
            if (!strcmp(mt, "application/vnd.oasis.opendocument.spreadsheet") ||
                !strcmp(mt, "application/vnd.oasis.opendocument.spreadsheet-template"))
                fmt = FOI_FMT_ODS;
            else if (!strcmp(mt, "application/vnd.oasis.opendocument.text") ||
                     !strcmp(mt, "application/vnd.oasis.opendocument.text-template"))
                fmt = FOI_FMT_ODT;
            else if (!strncmp(mt, "application/vnd.oasis.opendocument.", 35))
                other = "an OpenDocument file that is neither a spreadsheet nor a text";
            foi_free(mt);
        } else if (r != FOI_ENOTFOUND) {
            rc = r;
        }
    }
    if (!rc) {
        if (fmt)
            doc->format = fmt;
        switch (fmt) {
        case FOI_FMT_XLSX:
            rc = foi_read_xlsx_zip(doc, z, part[0] ? part : "xl/workbook.xml", lim, err);
            break;
        case FOI_FMT_DOCX:
            rc = foi_read_docx_zip(doc, z, part[0] ? part : "word/document.xml", lim, err);
            break;
        case FOI_FMT_ODS:
        case FOI_FMT_ODT:
            rc = foi_read_odf_zip(doc, z, fmt, lim, err);
            break;
        default:
            if (other)
                rc = foi_errf(err, FOI_EPARSE, NULL, "%s is not read; save it as XLSX, DOCX, ODS or PDF", other);
            else
                doc->format = FOI_FMT_ZIP;   /* an archive of files (foi_zip_files): no text of its own */
            break;
        }
    }
    foi_zip_free(z);
    return rc;
}

/* ------------------------------------------------------------ archives */

/* Files an archive carries that are no one's response: the Mac's resource
 * forks and folder records, Windows' thumbnail caches. */
static int junk_entry(const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    return !strncmp(name, "__MACOSX/", 9) || strstr(name, "/__MACOSX/") || !strncmp(base, "._", 2) ||
           !strcmp(base, ".DS_Store") || !strcasecmp(base, "Thumbs.db") || !strcasecmp(base, "desktop.ini");
}

/* The content type a file's name implies, for the kinds the caller treats
 * apart: pictures (named, not read); anything else is read by its content. */
static const char *entry_type(const char *name)
{
    static const char *const pics[][2] = {
        { ".png", "image/png" }, { ".jpg", "image/jpeg" }, { ".jpeg", "image/jpeg" }, { ".gif", "image/gif" },
        { ".bmp", "image/bmp" }, { ".tif", "image/tiff" }, { ".tiff", "image/tiff" }, { ".webp", "image/webp" },
    };
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof pics / sizeof *pics; i++) {
        size_t k = strlen(pics[i][0]);
        if (n > k && !strcasecmp(name + n - k, pics[i][0]))
            return pics[i][1];
    }
    return "application/octet-stream";
}

int foi_zip_files(struct foi_arena *a, const char *bytes, size_t n, const struct foi_limits *lim,
                  struct foi_mime_part *out, int max, struct foi_err *err)
{
    struct foi_limits def;
    if (!lim) {
        foi_limits_default(&def);
        lim = &def;
    }
    /* a file in a pack is held whole, as a file of the folder is: no larger
     * than a file of the folder may be */
    struct foi_limits flim = *lim;
    if (flim.max_entry_bytes > flim.max_file_bytes)
        flim.max_entry_bytes = flim.max_file_bytes;
    lim = &flim;
    struct foi_zip *z;
    int rc = foi_zip_open(&z, bytes, n, lim, err);
    if (rc)
        return -1;
    int k = 0;
    for (zip_int64_t i = 0; i < z->nentries && k < max; i++) {
        const char *raw = zip_get_name(z->za, (zip_uint64_t)i, ZIP_FL_ENC_GUESS);
        if (!raw || !*raw)
            continue;
        /* the path inside the archive, '/'-separated, without a leading "./" or "/" */
        char name[512];
        size_t o = 0;
        for (const char *c = raw; *c && o + 1 < sizeof name; c++)
            name[o++] = *c == '\\' ? '/' : (unsigned char)*c < 0x20 ? ' ' : *c;
        name[o] = '\0';
        const char *nm = name;
        while (*nm == '/' || (nm[0] == '.' && nm[1] == '/'))
            nm += nm[0] == '/' ? 1 : 2;
        if (!*nm || nm[strlen(nm) - 1] == '/' || junk_entry(nm))
            continue;   /* a folder, or no one's file */
        struct foi_mime_part *p = &out[k];
        memset(p, 0, sizeof *p);
        if (!(p->name = foi_arena_strdup(a, nm))) {
            rc = FOI_ENOMEM;
            break;
        }
        p->type = entry_type(nm);
        p->marked = 1;
        p->bytes = "";
        k++;
        if (!strncmp(p->type, "image/", 6))
            continue;   /* named, not read */
        char *whole = NULL, *data = NULL;
        size_t len = 0;
        struct foi_err e;
        foi_err_clear(&e);
        z->err = &e;
        int r = read_index(z, (long)i, 0, &whole, &len, &e);
        z->err = err;
        if (!r) {
            if (!(data = foi_arena_alloc(a, len + 1)))
                r = FOI_ENOMEM;
            else
                memcpy(data, whole, len + 1);   /* a NUL after the bytes */
            foi_free(whole);
        }
        if (r == FOI_ENOMEM) {
            rc = FOI_ENOMEM;
            break;
        }
        if (r) {
            /* this file is lost, the archive's others are read; all of it
             * is lost when the archive as a whole passes a limit */
            if (r == FOI_ELIMIT && z->inflated > lim->max_inflated_bytes) {
                rc = foi_errf(err, FOI_ELIMIT, NULL, "%s", e.message);
                break;
            }
            if (!(p->problem = foi_arena_strdup(a, e.message[0] ? e.message : foi_strerror(r)))) {
                rc = FOI_ENOMEM;
                break;
            }
            continue;
        }
        p->bytes = data;
        p->n = len;
    }
    foi_zip_free(z);
    if (rc == FOI_ENOMEM)
        foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading a zip archive");
    else if (!rc && !k)
        rc = foi_errf(err, FOI_EPARSE, NULL, "the zip archive holds no files (only folders, or nothing)");
    return rc ? -1 : k;
}
