/* office_fixture.h: what the office reader tests share: zip archives built in
 * memory with libzip, reading a fixture file or such an archive into a
 * document, and a table or the lines as compact text to compare. */
#ifndef FOI_OFFICE_FIXTURE_H
#define FOI_OFFICE_FIXTURE_H

#include "../../parsers/read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

/* A zip of n (name, body) parts; deflated unless store. Caller frees. */
static inline unsigned char *make_zip(const char *const *names, const char *const *bodies, int n, int store,
                               size_t *outlen)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    assert_non_null(src);
    zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    assert_non_null(za);
    zip_source_keep(src);
    for (int i = 0; i < n; i++) {
        zip_source_t *s = zip_source_buffer(za, bodies[i], strlen(bodies[i]), 0);
        assert_non_null(s);
        zip_int64_t idx = zip_file_add(za, names[i], s, ZIP_FL_ENC_UTF_8);
        assert_true(idx >= 0);
        zip_set_file_compression(za, (zip_uint64_t)idx, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    }
    assert_int_equal(zip_close(za), 0);
    assert_int_equal(zip_source_open(src), 0);
    zip_source_seek(src, 0, SEEK_END);
    zip_int64_t len = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)len + 1);
    assert_non_null(buf);
    assert_int_equal(zip_source_read(src, buf, (zip_uint64_t)len), len);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&ze);
    *outlen = (size_t)len;
    return buf;
}

/* Read the archive of parts (through foi_read_bytes, so sniffing too). */
static inline int read_parts(struct foi_doc *doc, const char *const *names, const char *const *bodies, int n,
                      const struct foi_limits *lim, struct foi_err *err)
{
    size_t len;
    unsigned char *z = make_zip(names, bodies, n, 0, &len);
    foi_err_clear(err);
    foi_doc_init(doc, "t.bin");
    int rc = foi_read_bytes(doc, (const char *)z, len, lim, err);
    free(z);
    return rc;
}

/* A file of the source tree (fixtures/...). */
static inline int read_src(struct foi_doc *doc, const char *rel, const struct foi_limits *lim, struct foi_err *err)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FOI_SRCDIR, rel);
    foi_err_clear(err);
    foi_doc_init(doc, rel);
    return foi_read_file(doc, path, lim, err);
}

/* A table as "a|b^|c\nd|e|f" ('^' after a spanned copy). Caller frees. */
static inline char *grid(const struct foi_table *t)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    for (int r = 0; r < t->nrows; r++) {
        for (int c = 0; c < t->ncols; c++) {
            const struct foi_cell *cell = foi_table_cell(t, r, c);
            foi_buf_printf(&b, "%s%s%s", c ? "|" : "", cell->text, (cell->flags & FOI_CELL_SPANNED) ? "^" : "");
        }
        if (r + 1 < t->nrows)
            foi_buf_addc(&b, '\n');
    }
    if (!b.data)
        foi_buf_add(&b, "", 0);
    return foi_buf_detach(&b);
}

static inline void assert_grid(const struct foi_table *t, const char *want)
{
    char *g = grid(t);
    if (strcmp(g, want))
        fail_msg("table %d is\n%s\nwanted\n%s", t->index, g, want);
    free(g);
}

/* The line whose text is exactly text, or NULL. */
static inline const struct foi_line *line_of(const struct foi_doc *d, const char *text)
{
    for (int i = 0; i < d->nlines; i++)
        if (!strcmp(d->lines[i].text, text))
            return &d->lines[i];
    return NULL;
}

/* Does any line, cell or note of the document contain s? */
static inline int doc_has(const struct foi_doc *d, const char *s)
{
    for (int i = 0; i < d->nlines; i++)
        if (strstr(d->lines[i].text, s))
            return 1;
    for (int i = 0; i < d->ntables; i++) {
        const struct foi_table *t = &d->tables[i];
        for (int k = 0; k < t->nrows * t->ncols; k++)
            if (strstr(t->cells[k].text, s))
                return 1;
    }
    return 0;
}

/* The first note of code, or NULL. */
static inline const struct foi_doc_note *note_of(const struct foi_doc *d, const char *code)
{
    for (int i = 0; i < d->nnotes; i++)
        if (!strcmp(d->notes[i].code, code))
            return &d->notes[i];
    return NULL;
}

#endif
