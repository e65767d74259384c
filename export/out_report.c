/* out_report.c: report.html, one self-contained page (inline CSS and SVG, no
 * script, nothing fetched): summary, coverage of forces, comparable table with
 * rates, funnel plots, issues. Every text is escaped; bytes are deterministic. */
#include "out_report.h"
#include "../analyze/comparable.h"
#include "../analyze/coverage.h"
#include "../analyze/funnel.h"
#include "../analyze/review.h"

#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define REPORT_CAP ((size_t)1 << 30)   /* bytes of HTML */
#define MIN_POINTS FOI_REPORT_MIN_POINTS

/* SVG geometry (user units) */
#define SVG_W 640.0
#define SVG_H 400.0
#define PAD_L 62.0
#define PAD_R 24.0
#define PAD_T 16.0
#define PAD_B 52.0
#define CURVE_SAMPLES 96

static int is_absolute(const char *p)
{
    if (p[0] == '/' || p[0] == '\\')
        return 1;
    if (((p[0] >= 'A' && p[0] <= 'Z') || (p[0] >= 'a' && p[0] <= 'z')) && p[1] == ':')
        return 1;
    return strstr(p, "://") != NULL;
}

/* ------------------------------------------------------------ output */
struct out {
    struct foi_buf *b;
    int rc;   /* first error; later writes are skipped */
    struct foi_wfile *f;   /* when set, the page goes out in pieces as it grows */
    size_t sent;           /* bytes already written to f */
    char prefix[512];      /* links: prefix + source_file */
    int links;             /* 0: no links (an absolute or over-long prefix) */
};

static void set_prefix(struct out *o, const char *prefix)
{
    o->prefix[0] = 0;
    o->links = 1;
    if (!prefix || !*prefix)
        return;
    if (is_absolute(prefix) || strlen(prefix) + 2 > sizeof o->prefix) {
        o->links = 0;
        return;
    }
    size_t n = strlen(prefix);
    memcpy(o->prefix, prefix, n + 1);
    if (prefix[n - 1] != '/') {
        o->prefix[n] = '/';
        o->prefix[n + 1] = 0;
    }
}

enum { SPILL_AT = 1 << 18 };

/* Pass what the buffer holds on to the file once it is large enough: the
 * page (tens of MB for thousands of sources) is never held whole. */
static void spill(struct out *o)
{
    if (o->rc || !o->f || o->b->len < SPILL_AT)
        return;
    if (o->sent + o->b->len > REPORT_CAP) {
        o->rc = FOI_ELIMIT;
        return;
    }
    o->rc = foi_wfile_write(o->f, o->b->data, o->b->len);
    o->sent += o->b->len;
    foi_buf_reset(o->b);
}

static void put(struct out *o, const char *s)
{
    if (!o->rc)
        o->rc = foi_buf_adds(o->b, s);
    spill(o);
}

static void putf(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(struct out *o, const char *fmt, ...)
{
    if (o->rc)
        return;
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        o->rc = FOI_EUSAGE;
        return;
    }
    if ((size_t)n < sizeof small) {
        o->rc = foi_buf_add(o->b, small, (size_t)n);
        spill(o);
        return;
    }
    char *big = foi_malloc((size_t)n + 1);
    if (!big) {
        o->rc = FOI_ENOMEM;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    o->rc = foi_buf_add(o->b, big, (size_t)n);
    foi_free(big);
    spill(o);
}

/* Text and attribute values: & < > " ' escaped, control bytes dropped. */
static void esc(struct out *o, const char *s)
{
    if (!s || o->rc)
        return;
    const char *run = s;
    for (const char *p = s;; p++) {
        const char *rep = NULL;
        unsigned char c = (unsigned char)*p;
        switch (c) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default:
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
                rep = "";
        }
        if (!rep)
            continue;
        if (p > run && !o->rc)
            o->rc = foi_buf_add(o->b, run, (size_t)(p - run));
        if (c == 0)
            return;
        put(o, rep);
        run = p + 1;
    }
}

/* A URL path: unreserved bytes and '/' kept, everything else %XX. */
static void url_path(struct out *o, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p && !o->rc; p++) {
        unsigned char c = *p;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            o->rc = foi_buf_addc(o->b, (char)c);
        } else {
            char e[3] = { '%', hex[c >> 4], hex[c & 15] };
            o->rc = foi_buf_add(o->b, e, 3);
        }
    }
}

static void source_link(struct out *o, const char *file)
{
    if (!file || !*file) {
        put(o, "&#8212;");
        return;
    }
    if (!o->links || is_absolute(file)) {
        put(o, "<code>");
        esc(o, file);
        put(o, "</code>");
        return;
    }
    put(o, "<a href=\"");
    url_path(o, o->prefix);
    url_path(o, file);
    put(o, "\"><code>");
    esc(o, file);
    put(o, "</code></a>");
}

static const char *nz(const char *s) { return s ? s : ""; }

/* ------------------------------------------------------------ forces */
struct force_info {
    const char *id, *name;
    int asked;
    size_t nsources, nfig, nref, nnh, nrecords;
    int src_partial, src_failed, src_refused;
    char first[11], last[11];
    const char *status;   /* answered, partial, refused, not held, no figures, missing,
                             answer in a missing attachment */
    char exemptions[96];
    int missing_attachment;   /* a letter of this force names an attachment not in the folder */
};

static int str_qcmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int real_force(const char *id)
{
    return id && *id && strcmp(id, "multiple") != 0;
}

/* Every force asked (--expect) or seen in sources and records, by id. */
static int collect_forces(const struct foi_report_in *in, struct force_info **out, size_t *nout)
{
    const struct foi_coverage *cov = in->cov;
    size_t ncov = cov ? cov->n : 0;
    size_t cap = in->nexpect + in->nsources + ncov + 1, n = 0;
    const char **ids = foi_malloc(cap * sizeof *ids);
    if (!ids)
        return FOI_ENOMEM;
    for (size_t i = 0; i < in->nexpect; i++)
        if (real_force(in->expect[i]))
            ids[n++] = in->expect[i];
    for (size_t i = 0; i < in->nsources; i++)
        if (real_force(in->sources[i].force_id))
            ids[n++] = in->sources[i].force_id;
    for (size_t i = 0; i < ncov; i++)
        ids[n++] = cov->f[i].id;
    if (n)
        qsort(ids, n, sizeof *ids, str_qcmp);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || strcmp(ids[u - 1], ids[i]))
            ids[u++] = ids[i];
    struct force_info *f = foi_calloc(u ? u : 1, sizeof *f);
    if (!f) {
        foi_free(ids);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; i < u; i++) {
        f[i].id = ids[i];
        const char *name = in->tax ? foi_taxonomy_name(in->tax, FOI_VOCAB_FORCE, ids[i]) : NULL;
        f[i].name = name;
    }
    foi_free(ids);
    /* f is sorted by id: binary search */
#define FIND(idv, res) do { size_t lo_ = 0, hi_ = u; res = NULL; \
        while (lo_ < hi_) { size_t m_ = lo_ + (hi_ - lo_) / 2; int c_ = strcmp(f[m_].id, idv); \
            if (!c_) { res = &f[m_]; break; } if (c_ < 0) lo_ = m_ + 1; else hi_ = m_; } } while (0)
    struct force_info *fi;
    for (size_t i = 0; i < in->nexpect; i++) {
        if (!real_force(in->expect[i]))
            continue;
        FIND(in->expect[i], fi);
        if (fi)
            fi->asked = 1;
    }
    for (size_t i = 0; i < in->nsources; i++) {
        const struct foi_source *s = &in->sources[i];
        if (!real_force(s->force_id))
            continue;
        FIND(s->force_id, fi);
        if (!fi)
            continue;
        fi->nsources++;
        const char *st = nz(s->status);
        fi->src_partial |= !strcmp(st, "partial");
        fi->src_failed |= !strcmp(st, "failed");
        fi->src_refused |= !strcmp(st, "refused");
    }
    /* covering letters whose attachment is not in the folder (app/attach.c) */
    for (size_t i = 0; i < in->nsources && in->missing_attachment; i++) {
        const struct foi_source *s = &in->sources[i];
        if (!in->missing_attachment[i] || !real_force(s->force_id))
            continue;
        FIND(s->force_id, fi);
        if (fi)
            fi->missing_attachment = 1;
    }
    for (size_t i = 0; i < ncov; i++) {
        const struct foi_force_cov *c = &cov->f[i];
        FIND(c->id, fi);
        if (!fi)
            continue;
        fi->nrecords = c->nrecords;
        if (!fi->name && c->name)
            fi->name = c->name;
        fi->nref = c->nref;
        fi->nnh = c->nnh;
        fi->nfig = c->nfig;
        memcpy(fi->first, c->first, sizeof fi->first);
        memcpy(fi->last, c->last, sizeof fi->last);
        memcpy(fi->exemptions, c->exemptions, sizeof fi->exemptions);
    }
#undef FIND
    for (size_t i = 0; i < u; i++) {
        struct force_info *x = &f[i];
        if (!x->name)
            x->name = x->id;
        if (!x->nsources && !x->nrecords)
            x->status = "missing";
        else if (x->nfig)
            x->status = x->nref || x->nnh || x->src_partial || x->src_failed || x->src_refused
                        ? "partial" : "answered";
        else if (x->nref || x->src_refused)
            x->status = "refused";
        else if (x->nnh)
            x->status = "not held";
        else if (x->missing_attachment)
            x->status = "answer in a missing attachment";
        else
            x->status = "no figures";
    }
    *out = f;
    *nout = u;
    return 0;
}

static const char *status_class(const char *st)
{
    if (!strcmp(st, "answered")) return "b-ok";
    if (!strcmp(st, "partial")) return "b-part";
    if (!strcmp(st, "refused")) return "b-ref";
    if (!strcmp(st, "not held")) return "b-nh";
    if (!strcmp(st, "missing")) return "b-miss";
    return "b-none";
}

/* ------------------------------------------------------------ page parts */
static const char css[] =
    "*{box-sizing:border-box}"
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif;"
    "margin:0 auto;max-width:76rem;padding:0 1rem 2rem;line-height:1.45;color:#1b1b1b;background:#fff}"
    "h1{font-size:1.6rem;margin:1.2rem 0 .4rem}"
    "h2{font-size:1.25rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid #ccc}"
    "h3{font-size:1.05rem;margin:1.4rem 0 .4rem}"
    "nav.toc a,.toc a{margin-right:1rem}"
    ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0 1rem;max-width:100%}"
    "table{border-collapse:collapse;font-size:.88rem}"
    "caption{text-align:left;font-weight:600;padding:.3rem 0;caption-side:top}"
    "th,td{border:1px solid #cfcfcf;padding:.25rem .45rem;text-align:left;vertical-align:top}"
    "thead th{background:#f1f1f1}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "td.nw{white-space:nowrap}"
    "code{font-size:.85em;word-break:break-all}"
    "dl.sum{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem;margin:.5rem 0}"
    "dl.sum dt{font-weight:600}dl.sum dd{margin:0}"
    ".badge{display:inline-block;padding:0 .45rem;border-radius:.7rem;font-size:.8rem;white-space:nowrap}"
    ".b-ok{background:#d7efd7}.b-part{background:#fff0bf}.b-ref{background:#f7d0cc}"
    ".b-nh{background:#e2e2f5}.b-miss{background:#e3e3e3}.b-none{background:#f0e0f0}"
    ".f-high_99\\.8,.f-high_95{color:#a3231a;font-weight:600}"
    ".f-low_99\\.8,.f-low_95{color:#1d6b2a;font-weight:600}"
    ".sev-error{color:#a3231a;font-weight:600}.sev-warning{color:#8a5600}"
    ".figure{margin:1rem 0 2rem;max-width:680px}"
    ".figure svg{display:block;width:100%;height:auto;border:1px solid #ddd;background:#fff}"
    ".caption{font-size:.88rem;margin:.3rem 0}"
    ".note{font-size:.88rem;color:#444}"
    "svg .ax{stroke:#333;stroke-width:1}svg .gr{stroke:#e6e6e6;stroke-width:1}"
    "svg .tk{font-size:11px;fill:#333}svg .al{font-size:12px;fill:#111}"
    "svg .tg{stroke:#222;stroke-width:1.5}"
    "svg .l95{fill:none;stroke:#777;stroke-width:1.2;stroke-dasharray:5 4}"
    "svg .l998{fill:none;stroke:#444;stroke-width:1.2}"
    "svg .pt{fill:#2b5d9b;stroke:#fff;stroke-width:1}"
    "svg .pt.hi{fill:#b3261e}svg .pt.lo{fill:#1d6b2a}"
    "svg .lb{font-size:10px;fill:#333}"
    "@media (max-width:600px){body{padding:0 .5rem 1rem}h1{font-size:1.3rem}"
    "th,td{padding:.2rem .3rem}table{font-size:.8rem}}"
    "@media print{body{max-width:none;padding:0;font-size:10pt}.toc{display:none}"
    ".scroll{overflow:visible}a{color:inherit;text-decoration:none}"
    "h2,h3{break-after:avoid;page-break-after:avoid}"
    "tr,.figure{break-inside:avoid;page-break-inside:avoid}"
    ".figure svg{border:0}}";

static void head(struct out *o)
{
    put(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>FOI responses: dataset report</title>\n<style>");
    put(o, css);
    put(o, "</style>\n</head>\n<body>\n<h1>FOI responses: dataset report</h1>\n"
           "<p class=\"toc\"><a href=\"#summary\">Summary</a> <a href=\"#coverage\">Coverage</a> "
           "<a href=\"#comparable\">Comparable figures</a> <a href=\"#funnels\">Funnel plots</a> "
           "<a href=\"#review\">Figures to review</a> <a href=\"#issues\">Issues</a></p>\n");
}

static size_t count_status(const struct force_info *f, size_t n, const char *st)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += !strcmp(f[i].status, st);
    return k;
}

static int code_qcmp(const void *a, const void *b)
{
    return strcmp(((const struct foi_issue_code *)a)->code, ((const struct foi_issue_code *)b)->code);
}

static void summary(struct out *o, const struct foi_report_in *in, const struct force_info *f, size_t nf)
{
    static const char *const src_status[] = { "parsed", "partial", "failed", "refused", "skipped" };
    static const char *const force_status[] = { "answered", "partial", "refused", "not held",
                                                "no figures", "missing" };
    put(o, "<h2 id=\"summary\">Summary</h2>\n<dl class=\"sum\">\n");
    putf(o, "<dt>Files read</dt><dd>%zu", in->nsources);
    int first = 1;
    for (size_t s = 0; s < sizeof src_status / sizeof src_status[0]; s++) {
        size_t k = 0;
        for (size_t i = 0; i < in->nsources; i++)
            k += !strcmp(nz(in->sources[i].status), src_status[s]);
        if (k) {
            putf(o, "%s%zu %s", first ? " (" : ", ", k, src_status[s]);
            first = 0;
        }
    }
    put(o, first ? "</dd>\n" : ")</dd>\n");
    putf(o, "<dt>Figures</dt><dd>%zu records</dd>\n", in->cov ? in->cov->nrecords : (size_t)0);
    size_t asked = 0;
    for (size_t i = 0; i < nf; i++)
        asked += (size_t)f[i].asked;
    putf(o, "<dt>Forces</dt><dd>%zu listed", nf);
    if (in->nexpect)
        putf(o, " (%zu asked)", asked);
    put(o, ":");
    first = 1;
    for (size_t s = 0; s < sizeof force_status / sizeof force_status[0]; s++) {
        size_t k = count_status(f, nf, force_status[s]);
        if (!k && strcmp(force_status[s], "no figures") == 0)
            continue;
        putf(o, "%s %zu %s", first ? "" : ",", k, force_status[s]);
        first = 0;
    }
    put(o, "</dd>\n");
    const struct foi_issue_summary *is = in->issues;
    size_t sev[3] = { 0, 0, 0 };
    if (is)
        memcpy(sev, is->sev, sizeof sev);
    putf(o, "<dt>Issues</dt><dd>%zu errors, %zu warnings, %zu notes", sev[FOI_SEV_ERROR],
         sev[FOI_SEV_WARNING], sev[FOI_SEV_INFO]);
    /* by code, alphabetical */
    size_t nc = is ? is->ncodes : 0;
    struct foi_issue_code *codes = nc ? foi_malloc(nc * sizeof *codes) : NULL;
    if (nc && !codes) {
        o->rc = FOI_ENOMEM;
        return;
    }
    if (nc) {
        memcpy(codes, is->codes, nc * sizeof *codes);
        qsort(codes, nc, sizeof *codes, code_qcmp);
    }
    for (size_t i = 0; i < nc; i++) {
        put(o, i == 0 ? " (" : ", ");
        esc(o, codes[i].code);
        putf(o, " %zu", codes[i].count);
    }
    if (nc)
        put(o, ")");
    foi_free(codes);
    put(o, "</dd>\n</dl>\n");
}

static void coverage(struct out *o, const struct foi_report_in *in, const struct force_info *f, size_t nf)
{
    put(o, "<h2 id=\"coverage\">Coverage</h2>\n"
           "<p class=\"note\">Every force asked (<code>--expect</code>) or found in the responses. "
           "<em>answered</em>: figures given; <em>partial</em>: figures with some refused or not held, or a "
           "response only partly read; <em>refused</em>: the request was refused (FOI Act section shown); "
           "<em>not held</em>: the force says it holds no such information; <em>answer in a missing "
           "attachment</em>: a covering letter names a file that is not in the folder; <em>missing</em>: "
           "no response.</p>\n"
           "<div class=\"scroll\"><table id=\"coverage-table\">\n<caption>Responses by force</caption>\n"
           "<thead><tr><th scope=\"col\">Force</th><th scope=\"col\">Force id</th><th scope=\"col\">Status</th>"
           "<th scope=\"col\" class=\"n\">Figures</th><th scope=\"col\">Periods</th>"
           "<th scope=\"col\">Responses</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < nf; i++) {
        const struct force_info *x = &f[i];
        put(o, "<tr data-force=\"");
        esc(o, x->id);
        put(o, "\" data-status=\"");
        esc(o, x->status);
        put(o, "\"><th scope=\"row\">");
        esc(o, x->name);
        put(o, "</th><td><code>");
        esc(o, x->id);
        putf(o, "</code></td><td><span class=\"badge %s\">", status_class(x->status));
        esc(o, x->status);
        if (x->exemptions[0] && (!strcmp(x->status, "refused") || !strcmp(x->status, "partial"))) {
            put(o, " (");
            esc(o, x->exemptions);
            put(o, ")");
        }
        put(o, "</span>");
        if (x->missing_attachment && strcmp(x->status, "answer in a missing attachment"))
            put(o, " <span class=\"note\">answer in a missing attachment</span>");
        if (!x->asked && in->nexpect)
            put(o, " <span class=\"note\">not in the list asked</span>");
        putf(o, "</td><td class=\"n\">%zu</td><td class=\"nw\">", x->nrecords);
        if (x->first[0] && x->last[0]) {
            esc(o, x->first);
            put(o, " to ");
            esc(o, x->last);
        }
        put(o, "</td><td>");
        size_t any = 0;
        for (size_t s = 0; s < in->nsources; s++) {
            if (!in->sources[s].force_id || strcmp(in->sources[s].force_id, x->id))
                continue;
            if (any < FOI_REPORT_LINKS_PER_FORCE) {
                if (any)
                    put(o, "<br>");
                source_link(o, in->sources[s].source_file);
            }
            any++;
        }
        if (!any)
            put(o, "&#8212;");
        else if (any > FOI_REPORT_LINKS_PER_FORCE)
            putf(o, "<br>and %zu more (<code>sources.csv</code>)", any - FOI_REPORT_LINKS_PER_FORCE);
        put(o, "</td></tr>\n");
    }
    put(o, "</tbody></table></div>\n");
}

static const char *funnel_label(const char *f)
{
    if (!f || !*f) return "";
    if (!strcmp(f, "high_99.8")) return "above 99.8% limit";
    if (!strcmp(f, "high_95")) return "above 95% limit";
    if (!strcmp(f, "low_99.8")) return "below 99.8% limit";
    if (!strcmp(f, "low_95")) return "below 95% limit";
    if (!strcmp(f, "within")) return "within limits";
    return f;
}

static void comparable(struct out *o, const struct foi_comparable *cmp)
{
    put(o, "<h2 id=\"comparable\">Comparable figures</h2>\n");
    size_t nshow = cmp ? cmp->table_rows : 0;
    if (nshow > FOI_REPORT_MAX_ROWS)
        nshow = FOI_REPORT_MAX_ROWS;
    size_t total = cmp && cmp->total_rows > nshow ? cmp->total_rows : nshow;
    if (!cmp || !nshow) {
        put(o, "<p>No figure with a known force and period.</p>\n");
        return;
    }
    /* outcome columns that hold something; total always */
    int *show = foi_calloc((size_t)cmp->noutcomes, sizeof *show);
    if (!show) {
        o->rc = FOI_ENOMEM;
        return;
    }
    show[0] = 1;
    int summed = 0;
    for (size_t i = 0; i < nshow; i++) {
        summed |= cmp->rows[i].summed;
        for (int c = 1; c < cmp->noutcomes; c++)
            show[c] |= cmp->rows[i].cells[c].present;
    }
    put(o, "<p class=\"note\">One row per force, period, category, measure and subject; the same as "
           "<code>comparable.csv</code>. Suppressed, refused and not-held figures are marked, never zero; "
           "<em>conflict</em>: sources disagree. Rates are the total per 1,000 police officers (headcount "
           "closest to the period end, within 12 months); for figures about staff no rate is given, and "
           "for officers and staff together the officer headcount makes the rate indicative only.");
    if (summed)
        put(o, " Rows marked &#931; are sums of a complete year of monthly figures from one response.");
    if (total > nshow)
        putf(o, " The table has %zu rows: the first %zu are shown here; all of them are in "
                "<code>comparable.csv</code>.", total, nshow);
    put(o, "</p>\n<div class=\"scroll\"><table id=\"comparable-table\">\n<caption>Comparable table</caption>\n"
           "<thead><tr><th scope=\"col\">Force</th><th scope=\"col\">Period</th><th scope=\"col\">Category</th>"
           "<th scope=\"col\">Measure</th><th scope=\"col\">Subject</th>");
    for (int c = 0; c < cmp->noutcomes; c++) {
        if (!show[c])
            continue;
        put(o, "<th scope=\"col\" class=\"n\">");
        esc(o, cmp->outcomes[c]);
        put(o, "</th>");
    }
    put(o, "<th scope=\"col\" class=\"n\">Officers</th><th scope=\"col\" class=\"n\">Rate per 1,000</th>"
           "<th scope=\"col\">Funnel</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < nshow; i++) {
        const struct foi_cmp_row *r = &cmp->rows[i];
        put(o, "<tr><th scope=\"row\">");
        esc(o, r->force_name);
        put(o, "</th><td class=\"nw\">");
        esc(o, r->period_start);
        put(o, " to ");
        esc(o, r->period_end);
        if (r->summed)
            put(o, " <span title=\"summed from monthly figures\">&#931;</span>");
        put(o, "</td><td>");
        esc(o, r->category);
        put(o, "</td><td>");
        esc(o, r->measure);
        put(o, "</td><td>");
        esc(o, r->subject);
        put(o, "</td>");
        for (int c = 0; c < cmp->noutcomes; c++) {
            if (!show[c])
                continue;
            put(o, "<td class=\"n\">");
            esc(o, r->cells[c].text);
            put(o, "</td>");
        }
        if (r->has_rate) {
            putf(o, "<td class=\"n\" title=\"headcount at %s\">%" PRId64 "</td><td class=\"n\">%.2f</td>",
                 r->officers_date, r->officers, r->rate_per_1000);
        } else {
            put(o, "<td class=\"n\"></td><td class=\"n\"></td>");
        }
        put(o, "<td class=\"f-");
        esc(o, r->funnel);
        put(o, "\">");
        esc(o, funnel_label(r->funnel));
        put(o, "</td></tr>\n");
    }
    put(o, "</tbody></table></div>\n");
    foi_free(show);
}

/* ------------------------------------------------------------ funnel plots */
/* A round step (1, 2 or 5 x 10^k) giving about `want` intervals up to max. */
static double nice_step(double max, int want)
{
    if (!(max > 0.0))
        return 1.0;
    double raw = max / want;
    double p = pow(10.0, floor(log10(raw)));
    double m = raw / p;
    double s = m <= 1.0 ? 1.0 : m <= 2.0 ? 2.0 : m <= 5.0 ? 5.0 : 10.0;
    return s * p;
}

static void fmt_num(char *buf, size_t n, double v, double step)
{
    int dec = step >= 1.0 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
    if (step >= 1.0 && v >= 1000.0)
        snprintf(buf, n, "%.0f", v);
    else
        snprintf(buf, n, "%.*f", dec, v);
}

struct frame {
    double xmax, ymax, xstep, ystep;
};

static double px(const struct frame *F, double x)
{
    return PAD_L + x / F->xmax * (SVG_W - PAD_L - PAD_R);
}

static double py(const struct frame *F, double y)
{
    return SVG_H - PAD_B - y / F->ymax * (SVG_H - PAD_T - PAD_B);
}

static void limit_curve(struct out *o, const struct frame *F, double theta, double p, const char *cls)
{
    put(o, "<polyline class=\"");
    put(o, cls);
    put(o, "\" points=\"");
    for (int i = 1; i <= CURVE_SAMPLES; i++) {
        double t = (double)i / CURVE_SAMPLES;
        double n = F->xmax * t * t;   /* denser where the funnel is wide */
        double rate = foi_funnel_limit(theta * n, p) / n * 1000.0;
        if (rate < 0.0)
            rate = 0.0;
        if (rate > F->ymax * 1.5)
            rate = F->ymax * 1.5;   /* off the plot: the clip path hides it */
        putf(o, "%s%.1f,%.1f", i > 1 ? " " : "", px(F, n), py(F, rate));
    }
    put(o, "\"/>\n");
}

struct box {
    double x0, y0, x1, y1;
};

/* Width of a label in the 10px font, roughly (UTF-8 continuation bytes skipped). */
static double label_width(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        n += (*p & 0xC0) != 0x80;
    return 5.6 * (double)n;
}

/* Try right-above, right-below, left-above, left-below of the point; 1 with
 * the box when one stays inside the drawing and clear of placed labels. */
/* 0 outside the 99.8% limits, 1 outside the 95% limits, 2 within or unclassed */
static int label_rank(const struct foi_cmp_row *r)
{
    if (!strcmp(r->funnel, "high_99.8") || !strcmp(r->funnel, "low_99.8"))
        return 0;
    if (!strcmp(r->funnel, "high_95") || !strcmp(r->funnel, "low_95"))
        return 1;
    return 2;
}

/* Is a's label placed before b's? Rank, then more officers; ties keep
 * force order (the caller's insertion sort is stable). */
static int label_before(const struct foi_cmp_row *a, const struct foi_cmp_row *b)
{
    int ra = label_rank(a), rb = label_rank(b);
    if (ra != rb)
        return ra < rb;
    return a->officers > b->officers;
}

static int place_label(const struct box *placed, size_t n, double x, double y, double w,
                       struct box *out, int *end)
{
    static const struct { double dx, dy; int end; } cand[] = {
        { 7, -5, 0 }, { 7, 13, 0 }, { -7, -5, 1 }, { -7, 13, 1 },
    };
    for (size_t c = 0; c < sizeof cand / sizeof cand[0]; c++) {
        struct box b;
        double tx = x + cand[c].dx, base = y + cand[c].dy;
        b.x0 = cand[c].end ? tx - w : tx;
        b.x1 = cand[c].end ? tx : tx + w;
        b.y0 = base - 9;
        b.y1 = base + 2;
        if (b.x0 < PAD_L || b.x1 > SVG_W - 2 || b.y0 < 2 || b.y1 > SVG_H - PAD_B)
            continue;
        int clash = 0;
        for (size_t i = 0; i < n && !clash; i++)
            clash = b.x0 < placed[i].x1 && placed[i].x0 < b.x1 && b.y0 < placed[i].y1 && placed[i].y0 < b.y1;
        if (clash)
            continue;
        *out = b;
        *end = cand[c].end;
        return 1;
    }
    return 0;
}

static void describe_group(struct out *o, const struct foi_cmp_group *g)
{
    esc(o, g->category);
    put(o, ", ");
    esc(o, g->measure);
    put(o, ", ");
    esc(o, g->subject);
    put(o, ", ");
    esc(o, g->period_start);
    put(o, " to ");
    esc(o, g->period_end);
}

static void funnel_plot(struct out *o, const struct foi_comparable *cmp, const struct foi_cmp_group *g, size_t k)
{
    double theta = (double)g->sum_total / (double)g->sum_officers;   /* per officer */
    double maxo = 0.0, maxr = 0.0, mino = -1.0;
    for (size_t i = 0; i < g->nrows; i++) {
        const struct foi_cmp_row *r = &cmp->rows[g->rows[i]];
        if ((double)r->officers > maxo)
            maxo = (double)r->officers;
        if (mino < 0.0 || (double)r->officers < mino)
            mino = (double)r->officers;
        if (r->rate_per_1000 > maxr)
            maxr = r->rate_per_1000;
    }
    struct frame F;
    double top = maxr > g->target_per_1000 ? maxr : g->target_per_1000;
    if (g->has_limits && theta > 0.0 && mino > 0.0) {
        double hi = foi_funnel_limit(theta * mino, FOI_FUNNEL_P_HI998) / mino * 1000.0;
        if (hi > top)
            top = hi;
    }
    if (!(top > 0.0))
        top = 1.0;
    F.ystep = nice_step(top * 1.08, 5);
    F.ymax = ceil(top * 1.08 / F.ystep) * F.ystep;
    F.xstep = nice_step(maxo * 1.05, 5);
    F.xmax = ceil(maxo * 1.05 / F.xstep) * F.xstep;
    if (!(F.xmax > 0.0))
        F.xmax = 1.0;

    putf(o, "<h3 id=\"funnel-%zu\">", k);
    describe_group(o, g);
    put(o, "</h3>\n");
    putf(o, "<div class=\"figure\" role=\"figure\" aria-labelledby=\"fcap-%zu\">\n", k);
    putf(o, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-labelledby=\"ft-%zu fd-%zu\" class=\"funnel\">\n",
         SVG_W, SVG_H, k, k);
    putf(o, "<title id=\"ft-%zu\">Funnel plot: ", k);
    describe_group(o, g);
    put(o, "</title>\n");
    putf(o, "<desc id=\"fd-%zu\">Rate per 1,000 officers against officer headcount for %zu forces; "
            "target %.2f per 1,000", k, g->nrows, g->target_per_1000);
    put(o, g->has_limits ? "; 95% and 99.8% control limits.</desc>\n"
                         : "; fewer than ten forces, so no control limits.</desc>\n");
    putf(o, "<defs><clipPath id=\"clip-%zu\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>"
            "</clipPath></defs>\n", k, PAD_L, PAD_T, SVG_W - PAD_L - PAD_R, SVG_H - PAD_T - PAD_B);
    /* grid and ticks */
    char lab[32];
    for (int i = 0; i <= 200; i++) {
        double v = i * F.ystep;
        if (v > F.ymax + F.ystep * 1e-6)
            break;
        double y = py(&F, v);
        putf(o, "<line class=\"gr\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", PAD_L, y, SVG_W - PAD_R, y);
        fmt_num(lab, sizeof lab, v, F.ystep);
        putf(o, "<text class=\"tk\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", PAD_L - 6, y + 4, lab);
    }
    for (int i = 0; i <= 200; i++) {
        double v = i * F.xstep;
        if (v > F.xmax + F.xstep * 1e-6)
            break;
        double x = px(&F, v);
        putf(o, "<line class=\"ax\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x, SVG_H - PAD_B, x,
             SVG_H - PAD_B + 5);
        fmt_num(lab, sizeof lab, v, F.xstep);
        putf(o, "<text class=\"tk\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", x,
             SVG_H - PAD_B + 18, lab);
    }
    putf(o, "<line class=\"ax\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", PAD_L, SVG_H - PAD_B,
         SVG_W - PAD_R, SVG_H - PAD_B);
    putf(o, "<line class=\"ax\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", PAD_L, PAD_T, PAD_L,
         SVG_H - PAD_B);
    putf(o, "<text class=\"al\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">Police officers (headcount)</text>\n",
         PAD_L + (SVG_W - PAD_L - PAD_R) / 2, SVG_H - 12);
    putf(o, "<text class=\"al\" x=\"14\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.1f)\">"
            "Rate per 1,000 officers</text>\n", PAD_T + (SVG_H - PAD_T - PAD_B) / 2, PAD_T + (SVG_H - PAD_T - PAD_B) / 2);
    /* target and limits */
    putf(o, "<g clip-path=\"url(#clip-%zu)\">\n", k);
    putf(o, "<line class=\"tg\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", PAD_L,
         py(&F, g->target_per_1000), SVG_W - PAD_R, py(&F, g->target_per_1000));
    if (g->has_limits && theta > 0.0) {
        limit_curve(o, &F, theta, FOI_FUNNEL_P_LO998, "l998");
        limit_curve(o, &F, theta, FOI_FUNNEL_P_LO95, "l95");
        limit_curve(o, &F, theta, FOI_FUNNEL_P_HI95, "l95");
        limit_curve(o, &F, theta, FOI_FUNNEL_P_HI998, "l998");
    }
    put(o, "</g>\n");
    /* points, then labels placed where they do not overlap earlier ones */
    struct box *placed = foi_malloc((g->nrows ? g->nrows : 1) * sizeof *placed);
    if (!placed) {
        o->rc = FOI_ENOMEM;
        return;
    }
    size_t nplaced = 0;
    for (size_t i = 0; i < g->nrows; i++) {
        const struct foi_cmp_row *r = &cmp->rows[g->rows[i]];
        const char *cls = !strncmp(r->funnel, "high", 4) ? "pt hi" : !strncmp(r->funnel, "low", 3) ? "pt lo" : "pt";
        double x = px(&F, (double)r->officers), y = py(&F, r->rate_per_1000);
        putf(o, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" data-force=\"", cls, x, y);
        esc(o, r->force_id);
        put(o, "\"><title>");
        esc(o, r->force_name);
        putf(o, ": %.2f per 1,000 (%s of %" PRId64 " officers)", r->rate_per_1000, r->cells[0].text, r->officers);
        if (*r->funnel) {
            put(o, ", ");
            esc(o, funnel_label(r->funnel));
        }
        put(o, "</title></circle>\n");
    }
    /* labels by importance, so a crowded plot names the forces that matter:
     * outside 99.8%, outside 95%, then the largest forces */
    size_t *ord = foi_malloc((g->nrows ? g->nrows : 1) * sizeof *ord);
    if (!ord) {
        foi_free(placed);
        o->rc = FOI_ENOMEM;
        return;
    }
    for (size_t i = 0; i < g->nrows; i++) {
        size_t k = i;
        while (k > 0 && label_before(&cmp->rows[g->rows[i]], &cmp->rows[g->rows[ord[k - 1]]])) {
            ord[k] = ord[k - 1];
            k--;
        }
        ord[k] = i;
    }
    for (size_t q = 0; q < g->nrows; q++) {
        const struct foi_cmp_row *r = &cmp->rows[g->rows[ord[q]]];
        double x = px(&F, (double)r->officers), y = py(&F, r->rate_per_1000);
        struct box b;
        int end;
        if (!place_label(placed, nplaced, x, y, label_width(r->force_name), &b, &end))
            continue;   /* no room: the point's tooltip and the table still name it */
        placed[nplaced++] = b;
        putf(o, "<text class=\"lb\" x=\"%.1f\" y=\"%.1f\"%s>", end ? b.x1 : b.x0, b.y1 - 2,
             end ? " text-anchor=\"end\"" : "");
        esc(o, r->force_name);
        put(o, "</text>\n");
    }
    foi_free(ord);
    foi_free(placed);
    put(o, "</svg>\n");
    putf(o, "<p class=\"caption\" id=\"fcap-%zu\">", k);
    describe_group(o, g);
    putf(o, ". %zu forces; target %.2f per 1,000 officers (%" PRId64 " in total over %" PRId64
            " officers). ", g->nrows, g->target_per_1000, g->sum_total, g->sum_officers);
    if (g->has_limits)
        put(o, "Dashed lines: 95% limits; solid lines: 99.8% limits (exact Poisson, Spiegelhalter 2005).");
    else
        put(o, "Fewer than ten forces share this figure, so no control limits are drawn and no force is classed.");
    put(o, "</p>\n");
    if (g->has_limits) {
        int any = 0;
        for (size_t i = 0; i < g->nrows; i++) {
            const struct foi_cmp_row *r = &cmp->rows[g->rows[i]];
            if (!*r->funnel || !strcmp(r->funnel, "within"))
                continue;
            put(o, any ? "" : "<ul class=\"outliers\">\n");
            any = 1;
            put(o, "<li>");
            esc(o, r->force_name);
            putf(o, ": %.2f per 1,000, ", r->rate_per_1000);
            esc(o, funnel_label(r->funnel));
            put(o, "</li>\n");
        }
        put(o, any ? "</ul>\n" : "<p class=\"caption\">No force lies outside the 95% limits.</p>\n");
    }
    put(o, "</div>\n");
}

size_t foi_report_plot_groups(const struct foi_cmp_group *groups, size_t ngroups, size_t *pick)
{
    size_t n = 0;
    for (size_t i = 0; i < ngroups; i++)
        if (groups[i].nrows >= MIN_POINTS)
            pick[n++] = i;
    while (n > FOI_REPORT_MAX_PLOTS) {
        /* drop the last of the smallest */
        size_t worst = 0;
        for (size_t k = 1; k < n; k++)
            if (groups[pick[k]].nrows <= groups[pick[worst]].nrows)
                worst = k;
        memmove(pick + worst, pick + worst + 1, (n - worst - 1) * sizeof *pick);
        n--;
    }
    return n;
}

static size_t plot_groups(const struct foi_comparable *cmp, size_t *pick)
{
    return cmp ? foi_report_plot_groups(cmp->groups, cmp->ngroups, pick) : 0;
}

static void funnels(struct out *o, const struct foi_comparable *cmp)
{
    put(o, "<h2 id=\"funnels\">Funnel plots</h2>\n"
           "<p class=\"note\">One plot per figure (period, category, measure and subject) that at least "
           "three forces gave with a rate. Each point is a force: its rate per 1,000 officers against its "
           "officer headcount. The horizontal line is the rate of all these forces together; the curves "
           "are the limits within which a force of that size would fall by chance alone 95% and 99.8% of "
           "the time if its true rate were the target. Limits are drawn only when ten or more forces share "
           "the figure.</p>\n");
    size_t *pick = foi_malloc(((cmp ? cmp->ngroups : 0) + 1) * sizeof *pick);
    if (!pick) {
        o->rc = FOI_ENOMEM;
        return;
    }
    size_t k = plot_groups(cmp, pick);
    size_t eligible = 0;
    for (size_t i = 0; cmp && i < cmp->ngroups; i++)
        eligible += cmp->groups[i].nrows >= MIN_POINTS;
    if (cmp && cmp->total_plots > eligible)
        eligible = cmp->total_plots;
    if (eligible > k)
        putf(o, "<p class=\"note\">%zu figures have a plot; the %zu that most forces gave are drawn here. "
                "Every rate and funnel position is in <code>comparable.csv</code>.</p>\n", eligible, k);
    for (size_t i = 0; i < k; i++)
        funnel_plot(o, cmp, &cmp->groups[pick[i]], i + 1);
    foi_free(pick);
    if (!k)
        put(o, "<p>No figure was given with a rate by three or more forces.</p>\n");
}

/* What the record lacks and its note, for the Why column. */
static void review_why(struct out *o, const struct foi_record *x)
{
    const char *sep = "";
    if (!*nz(x->force_id)) { put(o, "no force"); sep = "; "; }
    if (!x->period_start[0]) { put(o, sep); put(o, "no period"); sep = "; "; }
    if (!*nz(x->measure)) { put(o, sep); put(o, "measure unknown"); sep = "; "; }
    if (!strcmp(nz(x->category), "other") && *nz(x->category_raw) && strcasecmp(x->category_raw, "other")) {
        put(o, sep);
        put(o, "category &#8216;");
        esc(o, x->category_raw);
        put(o, "&#8217; not in the taxonomy");
        sep = "; ";
    } else if (!strcmp(nz(x->category), "other") && !*nz(x->category_raw)) {
        put(o, sep);
        put(o, "no category");
        sep = "; ";
    }
    if (!strcmp(nz(x->outcome), "other") && *nz(x->outcome_raw) && strcasecmp(x->outcome_raw, "other")) {
        put(o, sep);
        put(o, "outcome &#8216;");
        esc(o, x->outcome_raw);
        put(o, "&#8217; not in the taxonomy");
        sep = "; ";
    }
    if (*nz(x->note)) {
        put(o, sep);
        esc(o, x->note);
    }
}

/* Figures below the review threshold, least sure first (records.csv has
 * them all; the page lists a reading's worth, analyze/review.h).
 * The section: r[0..n) the figures listed, total how many are below the
 * threshold in all. */
static void review(struct out *o, const struct foi_record *const *r, size_t n, size_t total)
{
    put(o, "<h2 id=\"review\">Figures to review</h2>\n");
    if (!total) {
        putf(o, "<p>Every figure has a confidence of %.2f or more: each one&#8217;s force, period, category "
                "and measure are stated by its own document.</p>\n", FOI_CONF_REVIEW);
        return;
    }
    putf(o, "<p class=\"note\">%zu figure%s ha%s a confidence below %.2f: the document does not state "
            "%s force, period, category or measure, so it was inferred (from the request, a context file) or is "
            "unknown. Check %s against the source before publishing. Confidence bands: "
            "<code>docs/confidence.md</code>.</p>\n",
         total, total == 1 ? "" : "s", total == 1 ? "s" : "ve", FOI_CONF_REVIEW,
         total == 1 ? "its" : "each one&#8217;s", total == 1 ? "it" : "them");
    put(o, "<div class=\"scroll\"><table id=\"review-table\">\n<thead><tr><th scope=\"col\">Confidence</th>"
           "<th scope=\"col\">Force</th><th scope=\"col\">Period</th><th scope=\"col\">Category</th>"
           "<th scope=\"col\">Measure</th><th scope=\"col\">Subject</th><th scope=\"col\">Outcome</th>"
           "<th scope=\"col\">Value</th><th scope=\"col\">File</th><th scope=\"col\">Where</th>"
           "<th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        const struct foi_record *x = r[i];
        putf(o, "<tr><td class=\"n\">%.2f</td><td>", x->confidence);
        esc(o, *nz(x->force_id) ? x->force_id : "?");
        put(o, "</td><td class=\"nw\">");
        if (x->period_start[0]) {
            esc(o, x->period_start);
            put(o, "..");
            esc(o, x->period_end);
        } else {
            put(o, "?");
        }
        put(o, "</td><td>");
        esc(o, x->category);
        put(o, "</td><td>");
        esc(o, *nz(x->measure) ? x->measure : "?");
        put(o, "</td><td>");
        esc(o, x->subject);
        put(o, "</td><td>");
        esc(o, x->outcome);
        put(o, "</td><td class=\"n\">");
        if (x->v.has_value)
            putf(o, "%lld", (long long)x->v.value);
        else
            esc(o, foi_vstatus_name(x->v.status));
        put(o, "</td><td>");
        source_link(o, x->source_file);
        put(o, "</td><td>");
        esc(o, x->locator);
        put(o, "</td><td>");
        review_why(o, x);
        put(o, "</td></tr>\n");
    }
    put(o, "</tbody></table></div>\n");
    if (total > n)
        putf(o, "<p id=\"review-more\">%zu more in <code>records.csv</code> (the rows whose "
                "<code>confidence</code> is below %.2f).</p>\n", total - n, FOI_CONF_REVIEW);
}

static void issues(struct out *o, const struct foi_issue_summary *sum)
{
    put(o, "<h2 id=\"issues\">Issues</h2>\n");
    if (!sum || !sum->total) {
        put(o, "<p>No issues.</p>\n");
        return;
    }
    put(o, "<div class=\"scroll\"><table id=\"issues-table\">\n<caption>Problems found by the build "
           "(every one is in <code>issues.csv</code>; here at most ");
    putf(o, "%zu", sum->per_code);
    put(o, " of each code)</caption>\n<thead><tr><th scope=\"col\">Severity</th>"
           "<th scope=\"col\">Code</th><th scope=\"col\">File</th><th scope=\"col\">Where</th>"
           "<th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < sum->nshown; i++) {
        const struct foi_issue *is = &sum->shown[i];
        const char *sev = foi_severity_name(is->severity);
        putf(o, "<tr><td class=\"sev-%s\">%s</td><td><code>", sev, sev);
        esc(o, is->code);
        put(o, "</code></td><td>");
        source_link(o, is->source_file);
        put(o, "</td><td>");
        esc(o, is->locator);
        put(o, "</td><td>");
        esc(o, is->message);
        put(o, "</td></tr>\n");
    }
    put(o, "</tbody></table></div>\n");
    int any = sum->other_left > 0;
    for (size_t k = 0; k < sum->ncodes; k++)
        any |= sum->codes[k].left > 0;
    if (!any)
        return;
    put(o, "<p id=\"issues-more\">Not listed above, in <code>issues.csv</code> only:");
    const char *sep = " ";
    for (size_t k = 0; k < sum->ncodes; k++) {
        if (!sum->codes[k].left)
            continue;
        putf(o, "%s%zu more <code>", sep, sum->codes[k].left);
        esc(o, sum->codes[k].code);
        put(o, "</code>");
        sep = ", ";
    }
    if (sum->other_left)
        putf(o, "%s%zu more of other codes", sep, sum->other_left);
    put(o, ".</p>\n");
}

/* The page into out, or (f set) through out into f. */
static int render_in(const struct foi_report_in *in, struct foi_buf *out, struct foi_wfile *file,
                     struct foi_err *err)
{
    struct out o;
    memset(&o, 0, sizeof o);
    o.b = out;
    o.f = file;
    set_prefix(&o, in->link_prefix);
    struct force_info *f = NULL;
    size_t nf = 0;
    o.rc = collect_forces(in, &f, &nf);
    head(&o);
    if (!o.rc) {
        summary(&o, in, f, nf);
        coverage(&o, in, f, nf);
    }
    comparable(&o, in->cmp);
    funnels(&o, in->cmp);
    review(&o, (const struct foi_record *const *)in->review, in->nreview, in->review_total);
    issues(&o, in->issues);
    put(&o, "<p class=\"note\">Made by foi " FOI_VERSION ". Officer headcounts: the workforce file given to "
            "the build (by default the Home Office&#8217;s <em>Police workforce, England and Wales</em> "
            "statistics, Open Government Licence v3.0). Method: <code>docs/rates.md</code>.</p>\n"
            "</body>\n</html>\n");
    foi_free(f);
    if (!o.rc && file)
        o.rc = foi_wfile_write(file, out->data ? out->data : "", out->len);
    if (o.rc == FOI_ELIMIT)
        return foi_errf(err, o.rc, "report.html", "the report would be larger than %zu bytes", REPORT_CAP);
    if (o.rc)
        return foi_errf(err, o.rc, "report.html", "cannot build the report: %s", foi_strerror(o.rc));
    return 0;
}

int foi_report_render_in(const struct foi_report_in *in, struct foi_buf *out, struct foi_err *err)
{
    return render_in(in, out, NULL, err);
}

int foi_report_write(const struct foi_report_in *in, const char *path, struct foi_err *err)
{
    struct foi_wfile *f = foi_wfile_open(path, err);
    if (!f)
        return err && err->code ? err->code : FOI_EIO;
    struct foi_buf b;
    foi_buf_init(&b, REPORT_CAP);
    int rc = render_in(in, &b, f, err);
    foi_buf_release(&b);
    if (rc) {
        foi_wfile_abort(f);
        return rc;
    }
    rc = foi_wfile_close(f, err);
    if (rc)
        unlink(path);
    return rc;
}

/* The report's model of a dataset: coverage from its records, the summary
 * of its issues, the figures to review, the letters whose attachment is
 * missing (ds sorted). */
struct dmodel {
    struct foi_coverage cov;
    struct foi_issue_summary sum;
    struct foi_review rv;
    unsigned char *missing;
};

static int dataset_model(const struct foi_export_ctx *x, struct foi_report_in *in, struct dmodel *m)
{
    const struct foi_dataset *ds = x->ds;
    foi_coverage_init(&m->cov);
    foi_issue_summary_init(&m->sum, FOI_REPORT_ISSUES_PER_CODE, FOI_REPORT_MAX_CODES);
    foi_review_init(&m->rv);
    m->missing = foi_calloc(ds->nsources + 1, 1);
    int rc = m->missing ? 0 : FOI_ENOMEM;
    for (size_t i = 0; i < ds->nrecords && !rc; i++)
        if (!(rc = foi_coverage_add(&m->cov, &ds->records[i])))
            rc = foi_review_add(&m->rv, &ds->records[i]);
    foi_review_done(&m->rv);
    for (size_t i = 0; i < ds->nissues && !rc; i++) {
        const struct foi_issue *is = &ds->issues[i];
        rc = foi_issue_summary_add(&m->sum, is);
        if (!rc && !strcmp(nz(is->code), "attachment_missing"))
            for (size_t k = 0; k < ds->nsources; k++)
                if (!strcmp(nz(ds->sources[k].source_file), nz(is->source_file)))
                    m->missing[k] = 1;
    }
    memset(in, 0, sizeof *in);
    in->sources = ds->sources;
    in->nsources = ds->nsources;
    in->missing_attachment = m->missing;
    in->expect = ds->expect;
    in->nexpect = ds->nexpect;
    in->tax = ds->tax;
    in->cov = &m->cov;
    in->cmp = x->cmp;
    in->issues = &m->sum;
    in->review = m->rv.h;
    in->nreview = m->rv.n;
    in->review_total = m->rv.total;
    in->link_prefix = x->link_prefix;
    return rc;
}

static int render(const struct foi_export_ctx *x, struct foi_buf *out, const char *path, struct foi_err *err)
{
    if (!x || !x->ds)
        return foi_errf(err, FOI_EUSAGE, "report.html", "no dataset to report");
    struct foi_report_in in;
    struct dmodel m;
    int rc = dataset_model(x, &in, &m);
    if (rc)
        rc = foi_errf(err, rc, "report.html", "cannot build the report: %s", foi_strerror(rc));
    else
        rc = path ? foi_report_write(&in, path, err) : render_in(&in, out, NULL, err);
    foi_coverage_release(&m.cov);
    foi_issue_summary_release(&m.sum);
    foi_review_release(&m.rv);
    foi_free(m.missing);
    return rc;
}

int foi_report_render(const struct foi_export_ctx *x, struct foi_buf *out, struct foi_err *err)
{
    return render(x, out, NULL, err);
}

int foi_out_report_html(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    return render(x, NULL, path, err);
}
