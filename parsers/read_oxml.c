/* read_oxml.c: the office readers' XML: libxml2's streaming xmlTextReader fed
 * from a zip entry as it inflates, with no network, no DTD and no entity
 * expansion (a DOCTYPE is refused), errors kept instead of printed. */
#include "office.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

/* In the prolog (before the first element), look for "<!DOCTYPE": the
 * document is refused before libxml2 parses a DTD or an entity in it. */
static int prolog_check(struct foi_xml *x, const char *buf, size_t n)
{
    char win[16 + 4096];
    size_t done = 0;
    while (x->prolog && done < n) {
        size_t take = n - done < 4096 ? n - done : 4096;
        memcpy(win, x->tail, x->ntail);
        memcpy(win + x->ntail, buf + done, take);
        size_t wn = x->ntail + take;
        for (size_t i = 0; i + 1 < wn; i++) {
            if (win[i] != '<')
                continue;
            if (wn - i >= 9 && !memcmp(win + i, "<!DOCTYPE", 9)) {
                foi_errf(x->err, FOI_EPARSE, NULL,
                         "'%.80s' has a document type declaration (DTD); office files have none, "
                         "and its entities are not expanded: not read", x->part);
                return -1;
            }
            char c = win[i + 1];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':') {
                x->prolog = 0;
                break;
            }
        }
        size_t keep = wn < 9 ? wn : 9;
        memcpy(x->tail, win + wn - keep, keep);
        x->ntail = keep;
        done += take;
    }
    return 0;
}

static int io_read(void *ctx, char *buf, int len)
{
    struct foi_xml *x = ctx;
    if (len <= 0)
        return 0;
    long r = foi_zip_stream_read(x->zs, buf, (size_t)len);
    if (r > 0 && x->prolog && prolog_check(x, buf, (size_t)r))
        return -1;
    return r < 0 ? -1 : (int)r;
}

static int io_close(void *ctx)
{
    (void)ctx;
    return 0;
}

static void on_error(void *arg, xmlErrorPtr e)
{
    struct foi_xml *x = arg;
    if (!e || x->emsg[0])
        return;
    x->eline = e->line;
    snprintf(x->emsg, sizeof x->emsg, "%s", e->message ? e->message : "malformed XML");
    size_t n = strlen(x->emsg);
    while (n && (x->emsg[n - 1] == '\n' || x->emsg[n - 1] == ' '))
        x->emsg[--n] = '\0';
    /* libxml2 capitalises nothing, but keep the house style anyway */
    if (x->emsg[0] >= 'A' && x->emsg[0] <= 'Z' && !(x->emsg[1] >= 'A' && x->emsg[1] <= 'Z'))
        x->emsg[0] = (char)(x->emsg[0] + 32);
}

int foi_xml_open(struct foi_xml *x, struct foi_zip *z, const char *part, struct foi_err *err)
{
    memset(x, 0, sizeof *x);
    x->part = part;
    x->err = err;
    x->prolog = 1;
    long idx = foi_zip_find(z, part);
    if (idx < 0)
        return FOI_ENOTFOUND;
    int rc = foi_zip_stream_open(z, idx, &x->zs, err);
    if (rc)
        return rc;
    foi_xml_init();
    (void)foi_xml_oom_take();
    int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT;
    xmlTextReaderPtr r = xmlReaderForIO(io_read, io_close, x, NULL, NULL, opts);
    if (!r) {
        foi_zip_stream_close(x->zs);
        x->zs = NULL;
        (void)foi_xml_oom_take();
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading XML");
    }
    xmlTextReaderSetStructuredErrorHandler(r, on_error, x);
    x->reader = r;
    return 0;
}

static int fail(struct foi_xml *x, int code)
{
    x->rc = code;
    return -1;
}

int foi_xml_next(struct foi_xml *x)
{
    if (x->rc)
        return -1;
    xmlTextReaderPtr r = x->reader;
    int k = xmlTextReaderRead(r);
    if (foi_xml_oom_take())
        return fail(x, foi_errf(x->err, FOI_ENOMEM, NULL, "out of memory reading XML"));
    if (k == 1) {
        if (xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE)
            return fail(x, foi_errf(x->err, FOI_EPARSE, NULL,
                                    "'%.80s' has a document type declaration (DTD); office files have none, "
                                    "and its entities are not expanded: not read", x->part));
        return 1;
    }
    if (k == 0)
        return 0;
    if (x->err->code)   /* the zip layer stopped it (a cap, a damaged entry) */
        return fail(x, x->err->code);
    if (x->emsg[0])
        return fail(x, foi_errf(x->err, FOI_EPARSE, NULL, "malformed XML in '%.80s' (line %d: %s)", x->part,
                                x->eline, x->emsg));
    return fail(x, foi_errf(x->err, FOI_EPARSE, NULL, "malformed XML in '%.80s'", x->part));
}

int foi_xml_type(const struct foi_xml *x) { return xmlTextReaderNodeType(x->reader); }
int foi_xml_depth(const struct foi_xml *x) { return xmlTextReaderDepth(x->reader); }
int foi_xml_empty(const struct foi_xml *x) { return xmlTextReaderIsEmptyElement(x->reader) == 1; }

const char *foi_xml_name(const struct foi_xml *x)
{
    const xmlChar *n = xmlTextReaderConstLocalName(x->reader);
    return n ? (const char *)n : "";
}

int foi_xml_is(const struct foi_xml *x, const char *local)
{
    return foi_xml_type(x) == FOI_XML_START && !strcmp(foi_xml_name(x), local);
}

int foi_xml_is_end(const struct foi_xml *x, const char *local)
{
    return foi_xml_type(x) == FOI_XML_END && !strcmp(foi_xml_name(x), local);
}

const char *foi_xml_value(const struct foi_xml *x)
{
    const xmlChar *v = xmlTextReaderConstValue(x->reader);
    return v ? (const char *)v : "";
}

int foi_xml_attr(const struct foi_xml *x, const char *local, char *buf, size_t bufsz)
{
    xmlTextReaderPtr r = x->reader;
    int found = 0;
    if (xmlTextReaderMoveToFirstAttribute(r) != 1)
        return 0;
    do {
        const xmlChar *n = xmlTextReaderConstLocalName(r);
        if (n && !strcmp((const char *)n, local)) {
            const xmlChar *v = xmlTextReaderConstValue(r);
            snprintf(buf, bufsz, "%s", v ? (const char *)v : "");
            found = 1;
            break;
        }
    } while (xmlTextReaderMoveToNextAttribute(r) == 1);
    xmlTextReaderMoveToElement(r);
    return found;
}

static int is_text(int t)
{
    return t == FOI_XML_TEXT || t == FOI_XML_CDATA || t == FOI_XML_WS || t == XML_READER_TYPE_WHITESPACE;
}

int foi_xml_text(struct foi_xml *x, struct foi_buf *b)
{
    if (foi_xml_type(x) != FOI_XML_START || foi_xml_empty(x))
        return 0;
    int d = foi_xml_depth(x);
    int k;
    while ((k = foi_xml_next(x)) == 1) {
        int t = foi_xml_type(x);
        if (t == FOI_XML_END && foi_xml_depth(x) == d)
            return 0;
        if (is_text(t)) {
            const char *v = foi_xml_value(x);
            int br = foi_buf_add(b, v, strlen(v));
            if (br == FOI_ELIMIT)
                return x->rc = foi_errf(x->err, FOI_ELIMIT, NULL,
                                        "text in '%.80s' is longer than the line-length limit", x->part);
            if (br)
                return x->rc = foi_errf(x->err, FOI_ENOMEM, NULL, "out of memory reading XML");
        }
    }
    return k < 0 ? x->rc : (x->rc = foi_errf(x->err, FOI_EPARSE, NULL, "'%.80s' ends inside an element", x->part));
}

int foi_xml_skip(struct foi_xml *x)
{
    if (foi_xml_type(x) != FOI_XML_START || foi_xml_empty(x))
        return 0;
    int d = foi_xml_depth(x);
    int k;
    while ((k = foi_xml_next(x)) == 1)
        if (foi_xml_type(x) == FOI_XML_END && foi_xml_depth(x) == d)
            return 0;
    return k < 0 ? x->rc : (x->rc = foi_errf(x->err, FOI_EPARSE, NULL, "'%.80s' ends inside an element", x->part));
}

void foi_xml_close(struct foi_xml *x)
{
    if (x->reader)
        xmlFreeTextReader(x->reader);
    x->reader = NULL;
    foi_zip_stream_close(x->zs);
    x->zs = NULL;
    (void)foi_xml_oom_take();
}
