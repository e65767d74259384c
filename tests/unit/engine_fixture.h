/* engine_fixture.h: hand-built documents for the engine's tests (no reader
 * involved): text lines ("# " starts a heading, "• " a bullet) and
 * pipe-separated tables, run through the engine into a dataset whose records
 * and issues the test reads. Include once, after cmocka. */
#ifndef FOI_ENGINE_FIXTURE_H
#define FOI_ENGINE_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "../../parsers/engine.h"
#include "../../normalize/figure.h"

static struct foi_taxonomy *tax;

static int setup(void **state)
{
    (void)state;
    struct foi_err err;
    foi_err_clear(&err);
    return foi_taxonomy_load(&tax, FOI_SRCDIR "/normalize/taxonomy", NULL, &err);
}

static int teardown(void **state)
{
    (void)state;
    foi_taxonomy_free(tax);
    return 0;
}

static void doc_lines(struct foi_doc *d, const char *text, unsigned fmt)
{
    d->format = fmt;
    d->tax = tax;
    int n = 1;
    for (const char *p = text; *p; p++)
        n += *p == '\n';
    d->lines = foi_arena_alloc(&d->arena, sizeof *d->lines * (size_t)n);
    const char *s = text;
    for (int i = 0; i < n; i++) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        d->lines[i].text = foi_arena_strndup(&d->arena, s, len);
        d->lines[i].no = i + 1;
        if (!strncmp(d->lines[i].text, "# ", 2)) {
            d->lines[i].text += 2;
            d->lines[i].flags |= FOI_LINE_HEADING;
        }
        if (!strncmp(d->lines[i].text, "\xe2\x80\xa2 ", 4))
            d->lines[i].flags |= FOI_LINE_BULLET;
        s = e ? e + 1 : s + len;
    }
    d->nlines = *text ? n : 0;
}

/* A table after the document's lines; rows are "a|b|c" (NULL-terminated). */
static struct foi_table *doc_table(struct foi_doc *d, int header_rows, const char *caption,
                                   const char *const *rows)
{
    int nr = 0, nc = 1;
    while (rows[nr])
        nr++;
    for (const char *p = rows[0]; *p; p++)
        nc += *p == '|';
    struct foi_table *nt = foi_arena_alloc(&d->arena, sizeof *nt * (size_t)(d->ntables + 1));
    if (d->ntables)
        memcpy(nt, d->tables, sizeof *nt * (size_t)d->ntables);
    d->tables = nt;
    struct foi_table *t = &d->tables[d->ntables++];
    memset(t, 0, sizeof *t);
    t->index = d->ntables;
    t->nrows = nr;
    t->ncols = nc;
    t->header_rows = header_rows;
    t->caption = caption;
    t->anchor_line = d->nlines;
    t->cells = foi_arena_alloc(&d->arena, sizeof *t->cells * (size_t)(nr * nc));
    for (int r = 0; r < nr; r++) {
        const char *s = rows[r];
        for (int c = 0; c < nc; c++) {
            const char *e = strchr(s, '|');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            struct foi_cell *cell = &t->cells[r * nc + c];
            cell->text = foi_arena_strndup(&d->arena, s, len);
            cell->flags = r < header_rows ? FOI_CELL_HEADER : 0;
            cell->src_row = r + 1;
            cell->src_col = c + 1;
            s = e ? e + 1 : s + len;
        }
    }
    return t;
}

struct got {
    struct foi_norm_ctx nc;
    struct foi_dataset ds;
};

static int emit(struct foi_sink *s, const struct foi_figure *f)
{
    struct got *g = s->ctx;
    return foi_normalize_figure(&g->nc, f);
}

static void on_issue(struct foi_sink *s, enum foi_severity sev, const char *code, const char *locator,
                     const char *message)
{
    struct got *g = s->ctx;
    assert_int_equal(foi_dataset_add_issue(&g->ds, sev, code, "t", locator, "%s", message), 0);
}

/* Run the engine as a force plugin (force set: confidence 0.95) or a generic
 * parser (force NULL: 0.80). */
static void run(struct foi_doc *d, struct got *g, const char *force)
{
    foi_dataset_init(&g->ds);
    foi_norm_init(&g->nc, tax, &g->ds, "t", "", "test");
    struct foi_sink sink = { .emit = emit, .issue = on_issue, .ctx = g };
    struct foi_engine_opts o = { "test", force, force ? 0.95 : 0.80, FOI_ENG_ALL, NULL, NULL };
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_engine_run(d, &o, &sink, &err), 0);
    assert_int_equal(foi_norm_finish(&g->nc), 0);
}

static void done(struct foi_doc *d, struct got *g)
{
    foi_norm_release(&g->nc);
    foi_dataset_release(&g->ds);
    foi_doc_release(d);
}

static void show(const struct got *g)
{
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        fprintf(stderr, "  %s|%s|%s|%s|%s|%s|%s|%lld|%s %.2f %s\n", r->force_id, r->category, r->outcome,
                r->subject, r->measure, r->period_start, r->period_end, (long long)r->v.value,
                foi_vstatus_name(r->v.status), r->confidence, r->locator);
    }
    for (size_t i = 0; i < g->ds.nissues; i++)
        fprintf(stderr, "  issue %s %s: %s\n", g->ds.issues[i].code, g->ds.issues[i].locator,
                g->ds.issues[i].message);
}

/* "category|outcome|subject|measure|start|end|value|status" of some record */
static int has(struct got *g, const char *want)
{
    char buf[512];
    for (size_t i = 0; i < g->ds.nrecords; i++) {
        const struct foi_record *r = &g->ds.records[i];
        char v[32] = "";
        if (r->v.has_value)
            snprintf(v, sizeof v, "%lld", (long long)r->v.value);
        snprintf(buf, sizeof buf, "%s|%s|%s|%s|%s|%s|%s|%s", r->category, r->outcome, r->subject,
                 r->measure, r->period_start, r->period_end, v, foi_vstatus_name(r->v.status));
        if (!strcmp(buf, want))
            return 1;
    }
    fprintf(stderr, "missing: %s\nhave:\n", want);
    show(g);
    return 0;
}

static int issues_of(const struct got *g, const char *code)
{
    int n = 0;
    for (size_t i = 0; i < g->ds.nissues; i++)
        n += !strcmp(g->ds.issues[i].code, code);
    return n;
}

#endif
