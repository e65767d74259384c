/* context.c: the text form of a document's external context (what a context
 * file or a covering letter says that the document itself leaves unsaid):
 * "key: value" lines, read into a foi_doc_context and written back, so the
 * build can hand a context to a parse worker and key the rebuild cache on it. */
#include "context.h"

#include <stdio.h>
#include <string.h>

static const char *const keys[] = {
    "force", "period", "category", "measure", "subject", "date_basis", "request_ref",
    "read_prose", "origin", NULL
};

static const char **slot(struct foi_doc_context *c, int k)
{
    switch (k) {
    case 0: return &c->force;
    case 1: return &c->period;
    case 2: return &c->category;
    case 3: return &c->measure;
    case 4: return &c->subject;
    case 5: return &c->date_basis;
    case 6: return &c->request_ref;
    case 8: return &c->origin;
    default: return NULL;
    }
}

static int is_sp(char c) { return c == ' ' || c == '\t' || c == '\r'; }

int foi_context_parse(struct foi_arena *a, const char *text, size_t n, const char *origin,
                      struct foi_doc_context *out, struct foi_err *err)
{
    memset(out, 0, sizeof *out);
    const char *p = text, *end = text + n;
    int lineno = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        lineno++;
        const char *s = p, *e = le;
        p = nl ? nl + 1 : end;
        while (s < e && is_sp(*s))
            s++;
        while (e > s && is_sp(e[-1]))
            e--;
        if (s == e || *s == '#')
            continue;
        const char *colon = memchr(s, ':', (size_t)(e - s));
        char loc[32];
        snprintf(loc, sizeof loc, "line %d", lineno);
        if (!colon)
            return foi_errf(err, FOI_EPARSE, loc, "expected 'key: value', got '%.*s'",
                            (int)(e - s > 60 ? 60 : e - s), s);
        const char *ke = colon;
        while (ke > s && is_sp(ke[-1]))
            ke--;
        const char *v = colon + 1;
        while (v < e && is_sp(*v))
            v++;
        int k = -1;
        for (int i = 0; keys[i]; i++)
            if ((size_t)(ke - s) == strlen(keys[i]) && !strncmp(s, keys[i], (size_t)(ke - s)))
                k = i;
        if (k < 0)
            return foi_errf(err, FOI_EPARSE, loc, "unknown key '%.*s' (keys: force, period, category, "
                            "measure, subject, date_basis, request_ref, read_prose)", (int)(ke - s), s);
        if (k == 7) {
            out->read_prose = (e - v == 3 && !strncmp(v, "yes", 3)) || (e - v == 4 && !strncmp(v, "true", 4)) ||
                              (e - v == 1 && *v == '1');
            continue;
        }
        const char *val = foi_arena_strndup(a, v, (size_t)(e - v));
        if (!val)
            return foi_errf(err, FOI_ENOMEM, loc, "out of memory");
        *slot(out, k) = val;
    }
    if (origin && !out->origin && !(out->origin = foi_arena_strdup(a, origin)))
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    return 0;
}

int foi_context_format(const struct foi_doc_context *c, struct foi_buf *out)
{
    int rc = 0;
    struct foi_doc_context tmp = *c;
    for (int k = 0; keys[k] && !rc; k++) {
        if (k == 7) {
            if (c->read_prose)
                rc = foi_buf_adds(out, "read_prose: yes\n");
            continue;
        }
        const char *v = *slot(&tmp, k);
        if (!v || !*v)
            continue;
        /* one line per key: a value never carries a newline */
        size_t len = strcspn(v, "\r\n");
        rc = foi_buf_printf(out, "%s: %.*s\n", keys[k], (int)len, v);
    }
    return rc;
}

int foi_context_empty(const struct foi_doc_context *c)
{
    struct foi_doc_context tmp = *c;
    for (int k = 0; keys[k]; k++) {
        if (k == 8)
            continue;
        const char **v = slot(&tmp, k);
        if (v && *v && **v)
            return 0;
    }
    return !c->read_prose;
}
