/* read_html.c: HTML pages -> document, with libxml2's HTML parser and an
 * iterative walk of its tree: the visible text outside tables as numbered
 * lines, and every <table> (nested ones too) as a grid with spans filled. */
#include "read.h"
#include "../normalize/normalize.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_COLSPAN 1000

/* ------------------------------------------------------------ libxml2 set-up */

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static xmlParserInputPtr no_entities(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)url, (void)id, (void)ctxt;
    return NULL;
}

static void silent(void *ctx, const char *msg, ...)
{
    (void)ctx, (void)msg;
}

static void silent_structured(void *ctx, xmlErrorPtr e)
{
    (void)ctx, (void)e;
}

/* libxml2's allocations go through foi_malloc, so the fail-the-Nth-allocation
 * hook reaches the HTML reader. But libxml2 2.9 can loop forever when an
 * allocation fails in the middle of a parse, so a failure is not handed to it:
 * the wrappers note it (per thread), take the memory from the C library
 * instead, and the reader returns FOI_ENOMEM once the parse is over. */
static _Thread_local int xml_oom;

static void *xml_malloc(size_t n)
{
    void *p = foi_malloc(n);
    if (!p) {
        xml_oom = 1;
        p = malloc(n ? n : 1);
    }
    return p;
}

static void *xml_realloc(void *q, size_t n)
{
    void *p = foi_realloc(q, n);
    if (!p) {
        xml_oom = 1;
        p = realloc(q, n ? n : 1);
    }
    return p;
}

static char *xml_strdup(const char *s)
{
    if (!s)
        return NULL;
    char *p = foi_strdup(s);
    if (!p) {
        xml_oom = 1;
        p = strdup(s);
    }
    return p;
}

static void xml_setup(void)
{
    /* before any other libxml2 call: its allocations go through foi_malloc,
     * so the fail-the-Nth-allocation hook reaches inside the parser too */
    xmlMemSetup(foi_free, xml_malloc, xml_realloc, xml_strdup);
    xmlInitParser();
    xmlSetExternalEntityLoader(no_entities);
}

void foi_xml_init(void)
{
    pthread_once(&xml_once, xml_setup);
}

int foi_xml_oom_take(void)
{
    int o = xml_oom;
    xml_oom = 0;
    return o;
}

/* ------------------------------------------------------------ walk state */

enum {
    C_HEADING = 1u << 0,
    C_LI = 1u << 1,
    C_FOOTNOTE = 1u << 2,
    C_BOLD = 1u << 3,
    C_PRE = 1u << 4,
    C_SUP = 1u << 5,   /* inside <sup>: its digits are a footnote marker */
    /* bits 8-10: the rank of the heading the text is in (<h3>: 3), as a
     * line's FOI_LINE_LEVEL */
    C_HLEVEL = FOI_LINE_LEVEL_MASK,
};

enum group_kind { G_BODY, G_HEAD, G_FOOT };

/* One item of a packed cell's list ("Dismissed: 2"): its label and count. */
struct pitem {
    const char *label, *value;
};

struct hcell {
    const char *text;
    int colspan, rowspan;
    int th, bold;
    int r0, c0;          /* where layout placed it */
    const struct pitem *items;   /* a packed cell's list of labelled counts (packed_cell) */
    int nitems, packed;
};

struct hrow {
    int first, n;        /* cells[first .. first+n) */
    int group;
    enum group_kind kind;
    int marked;
};

struct tbuild {
    int index;
    int anchor;
    const char *heading;
    const char *caption;
    struct hcell *cells;
    int ncells, acells;
    struct hrow *rows;
    int nrows, arows;
    int ngroups;
    int open_group;      /* explicit group being read, or -1 */
    enum group_kind open_kind;
    int implicit_group;  /* current implicit group id, or -1 */
    int in_row;          /* a row is open */
    int cell_depth;      /* stack depth of the open cell's frame, or 0 */
    int caption_depth;   /* stack depth of the open caption, or 0 */
    int cur_th;
    int cur_colspan, cur_rowspan;
    int cell_bold, cell_plain;
    struct foi_buf buf;  /* the open cell's or caption's text */
    const char *outer_label;   /* a table in a cell: the outer row's label (nested_context) */
    const char *fig_caption;   /* the <figcaption> of the <figure> it stands in (figure_open), or NULL */
    char unit[24];       /* a figure list's noun, singular ("allegation"): cut off its counts, or "" */
    int split;           /* a split list's parts per description (split_list), else 0 */
    int splitting;       /* its description's pieces are being laid out as cells */
    int cur_packed;      /* the open cell is packed: a count and a list of labelled counts */
    const struct pitem *cur_items;
    int cur_nitems;
};

struct frame {
    xmlNode *node;
    xmlNode *next;       /* next child to visit */
    unsigned ctx;
    int action;          /* what to do on exit */
};

enum { A_NONE, A_BLOCK, A_TABLE, A_ROW, A_CELL, A_CAPTION, A_GROUP, A_CELLBLOCK, A_PRE, A_ABBR, A_FIGURE };

/* A rule of the page's <style> that hides what it selects ("display:
 * none", "visibility: hidden"), for a simple selector only: a tag, classes,
 * an id ("tr.row--draft", ".print-only", "#old-figures"). */
#define HIDE_CLS 4
struct hide_rule {
    char tag[16];
    char id[64];
    char cls[HIDE_CLS][64];
    int ncls;
    char text[80];               /* the selector as written */
};
#define HIDE_MAX 64

/* A rule of the page's <style> that lays out what it selects as a grid or a
 * flex row ("display: grid; grid-template-columns: 14rem repeat(5, 1fr)"):
 * display 1 grid, 2 flex; ncols the grid's column tracks (0 unknown). */
struct lay_rule {
    struct hide_rule sel;
    int display, ncols;
};
#define LAY_MAX 64

/* A table of blocks found by its structure (find_grids): the container, and
 * either its children are the cells, ncols to a row (flat), or its children
 * are the rows and theirs the cells. */
struct gridmark {
    const xmlNode *node;
    int ncols, flat;
};
#define GRID_MAX 256

/* A tab of an ARIA tab widget ("<button role=\"tab\" aria-controls=
 * \"panel-2\">2025/26</button>") and the panel it shows (named by the
 * tab's aria-controls, or naming the tab by its aria-labelledby), or NULL. */
struct tabmark {
    const xmlNode *tab, *panel;
};
#define TAB_MAX 64

struct hctx {
    struct foi_doc *doc;
    const struct foi_limits *lim;
    struct foi_err *err;
    int rc;
    /* lines */
    struct foi_buf line;
    unsigned line_flags;
    int line_fn, line_plain;
    int next_para;
    struct foi_line *lines;
    int nlines, alines;
    /* tables */
    struct tbuild **tb;       /* open tables, innermost last */
    int ntb, atb;
    struct foi_table *tables; /* by index - 1 */
    int ntables, atables;
    int last_anchor;
    /* a <pre> block outside tables: its text kept as written */
    struct foi_buf pre;
    int pre_depth;
    unsigned pre_ctx;
    /* walk */
    struct frame *st;
    int sp, ast;
    /* the ids the page's controls open (collect_controls) */
    struct foi_buf controls;
    /* what the page's own stylesheet never shows (collect_styles) */
    struct hide_rule *hide;
    int nhide;
    int hidden_n;                /* elements with digits left out for it */
    int struck_n;                /* struck-through elements with digits (<del>, <s>, <strike>), not read */
    char hidden_sel[80];         /* the first rule that did */
    /* the stylesheet's layout rules (display: grid / flex) and the grids of
     * blocks found by their structure (find_grids) */
    struct lay_rule *lay;
    int nlay;
    struct gridmark *grids;
    int ngrids;
    /* the page's tabs and their panels (collect_page, find_tabs) */
    struct tabmark *tabs;
    int ntabs;
    /* the page's scripts' text (collect_page), and what a script would fill
     * that the HTML leaves empty (script_target): then its <noscript>
     * fallback is read */
    struct foi_buf scripts;
    int has_noscript;
    /* the open <figure> that holds a table, its <figcaption>'s text (the
     * caption of the tables in it, figure_open) and how many took it */
    const xmlNode *fig;
    const char *fig_cap;
    int fig_used;
    char empty_target[80];
    int read_noscript, noscript_read;
};

static int nomem(struct hctx *h)
{
    if (!h->rc)
        h->rc = foi_errf(h->err, FOI_ENOMEM, NULL, "out of memory reading HTML");
    return h->rc;
}

/* ------------------------------------------------------------ small helpers */

static int name_is(const xmlNode *n, const char *name)
{
    /* the first letter before the whole name: an element is asked about
     * some thirty names on its way through enter() */
    return n->name && n->name[0] == (unsigned char)name[0] && strcmp((const char *)n->name, name) == 0;
}

static int name_in(const xmlNode *n, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (name_is(n, names[i]))
            return 1;
    return 0;
}

/* An attribute's value (first text child), "" when present but empty, NULL
 * when absent. No allocation. */
static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && !foi_strcasecmp((const char *)a->name, name)) {
            if (a->children && a->children->content)
                return (const char *)a->children->content;
            return "";
        }
    }
    return NULL;
}

static int parse_span(const char *v, int dflt)
{
    if (!v)
        return dflt;
    while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
        v++;
    size_t n = 0;
    while (v[n] >= '0' && v[n] <= '9')
        n++;
    uint64_t x;
    if (!n)
        return dflt;
    if (foi_parse_u64(v, n, &x) != 0 || x > 1000000)
        return 1000000;
    return (int)x;
}

/* The node after n in document order under root (n's children first when
 * descend is set), or NULL: the pre-walks below go without recursion (a
 * deep page is walked by its links). */
static xmlNode *tree_next(xmlNode *n, const xmlNode *root, int descend)
{
    if (descend && n->children)
        return n->children;
    while (n != root && !n->next)
        n = n->parent;
    return n == root ? NULL : n->next;
}

/* What the page says of itself before the walk, in one pass: the ids its
 * controls open ("<button aria-controls=\"acc-1\">" over "<div id=\"acc-1\"
 * hidden>"), as " id1 id2 ", and the rules of its own <style> elements that
 * hide what they select (parse_css). */
static void parse_css(struct hctx *h, const char *css);

/* The space-separated list v (an id list, "panel-1 panel-2"; a role's
 * tokens) holds the token w, its case folded when fold. */
static int list_has(const char *v, const char *w, int fold)
{
    size_t k = strlen(w);
    if (!v || !k)
        return 0;
    for (const char *p = v; (p = fold ? foi_strcasestr(p, w) : strstr(p, w)) != NULL; p += k)
        if ((p == v || isspace((unsigned char)p[-1])) && (!p[k] || isspace((unsigned char)p[k])))
            return 1;
    return 0;
}

/* The id-list attribute v holds id. */
static int token_in(const char *v, const char *id)
{
    return list_has(v, id, 0);
}

/* The element's role attribute holds the token word ("tab", "tabpanel"). */
static int role_token(const xmlNode *n, const char *word)
{
    return list_has(attr(n, "role"), word, 1);
}

/* Each tab's panel: the element its aria-controls names by id, or one whose
 * aria-labelledby names the tab's id; never the tab itself or an element
 * holding it (a tab list is no panel). */
static void find_tabs(struct hctx *h, xmlNode *root)
{
    if (!h->ntabs)
        return;
    for (xmlNode *n = root; n && !h->rc;) {
        int descend = n->type == XML_ELEMENT_NODE;
        if (descend && !name_is(n, "head")) {
            const char *id = attr(n, "id"), *by = attr(n, "aria-labelledby");
            for (int k = 0; k < h->ntabs && ((id && *id) || (by && *by)); k++) {
                struct tabmark *m = &h->tabs[k];
                if (m->panel || m->tab == n)
                    continue;
                const char *tid = attr(m->tab, "id");
                if (!((id && *id && token_in(attr(m->tab, "aria-controls"), id)) ||
                      (tid && *tid && token_in(by, tid))))
                    continue;
                const xmlNode *a = m->tab;
                while (a && a != n)
                    a = a->parent;
                if (!a)
                    m->panel = n;
            }
        }
        n = tree_next(n, root, descend);
    }
}

/* The tab that shows panel n, or NULL; the tab whose panel n is, when
 * n is a tab (as_tab). */
static const struct tabmark *tab_of(const struct hctx *h, const xmlNode *n, int as_tab)
{
    for (int k = 0; k < h->ntabs; k++)
        if (h->tabs[k].panel && (as_tab ? h->tabs[k].tab : h->tabs[k].panel) == n)
            return &h->tabs[k];
    return NULL;
}

static void collect_page(struct hctx *h, xmlNode *root)
{
    for (xmlNode *n = root; n && !h->rc;) {
        int descend = n->type == XML_ELEMENT_NODE;
        if (descend) {
            const char *v = attr(n, "aria-controls");
            if (v && *v && h->controls.len < 65536) {
                if (!h->controls.len)
                    foi_buf_addc(&h->controls, ' ');
                for (const char *p = v; *p; p++)
                    foi_buf_addc(&h->controls, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
                foi_buf_addc(&h->controls, ' ');
            }
            if (role_token(n, "tab") && h->ntabs < TAB_MAX) {
                if (!h->tabs && !(h->tabs = foi_calloc(TAB_MAX, sizeof *h->tabs)))
                    nomem(h);
                else
                    h->tabs[h->ntabs++].tab = n;
            }
            if (name_is(n, "script") && h->scripts.len < (1u << 20)) {
                for (xmlNode *c = n->children; c; c = c->next)
                    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content &&
                        (foi_buf_add(&h->scripts, (const char *)c->content, strlen((const char *)c->content)) ||
                         foi_buf_addc(&h->scripts, '\n')))
                        nomem(h);
                descend = 0;
            } else if (name_is(n, "noscript")) {
                h->has_noscript = 1;
            }
            if (name_is(n, "style")) {
                /* a print-only stylesheet says nothing of the page on screen */
                const char *media = attr(n, "media");
                if (!media || foi_strcasestr(media, "screen") || foi_strcasestr(media, "all"))
                    for (xmlNode *c = n->children; c; c = c->next)
                        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
                            parse_css(h, (const char *)c->content);
                descend = 0;
            }
        }
        n = tree_next(n, root, descend);
    }
}

/* Nothing shown in the element: no text but white space, no image. */
static int empty_element(const xmlNode *root, int cells_only)
{
    long seen = 0;
    for (xmlNode *n = root->children; n && seen++ < 100000; n = tree_next(n, root, 1)) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content && !cells_only)
            for (const unsigned char *p = n->content; *p; p++)
                if (!isspace(*p))
                    return 0;
        if (n->type == XML_ELEMENT_NODE && (name_is(n, "td") || name_is(n, "th") || name_is(n, "img")))
            return 0;
    }
    return 1;
}

static int has_digit_text(const xmlNode *root);

/* A table with no data: no cell, or one row only, of header cells or of
 * words (a head over the rows a script adds). */
static int empty_table(const xmlNode *root)
{
    long seen = 0;
    int rows = 0, data = 0;
    for (xmlNode *n = root->children; n && seen++ < 100000; n = tree_next(n, root, 1)) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(n, "table"))
            return 0;
        if (name_is(n, "tr"))
            rows++;
        else if (name_is(n, "td") && has_digit_text(n))
            data = 1;
        else if (name_is(n, "img"))
            return 0;
    }
    return rows == 0 ? empty_element(root, 1) : rows == 1 && !data;
}

/* Where the page's script fills what the HTML leaves empty: a <table> with
 * no data (its rows come from the script: no cell, or a head row alone), or
 * an empty element the scripts
 * name by its id ("getElementById('foi-table')", "'#results'"). Such a
 * page's <noscript> holds what a reader without scripts is shown instead:
 * the figures the empty element would hold, read in its place (a page that
 * fills nothing, its <noscript> a "turn on JavaScript" line or a tracking
 * pixel, keeps it out). Sets h->read_noscript and names the element. */
static void script_target(struct hctx *h, xmlNode *root)
{
    if (!h->has_noscript)
        return;
    const char *js = h->scripts.data ? h->scripts.data : "";
    for (xmlNode *n = root; n && !h->read_noscript;) {
        int descend = n->type == XML_ELEMENT_NODE;
        if (descend && (name_is(n, "head") || name_is(n, "noscript") || name_is(n, "script") ||
                        name_is(n, "template"))) {
            n = tree_next(n, root, 0);
            continue;
        }
        if (descend) {
            const char *id = attr(n, "id");
            int quoted = 0;
            if (id && *id && h->scripts.len && strlen(id) < 64 && !strpbrk(id, "'\" ")) {
                char q[72];
                for (int k = 0; k < 4 && !quoted; k++) {
                    snprintf(q, sizeof q, "%s%s%s", k & 1 ? "\"" : "'", k & 2 ? "#" : "", id);
                    for (const char *p = strstr(js, q); p && !quoted; p = strstr(p + 1, q)) {
                        char e = p[strlen(q)];
                        quoted = e == (k & 1 ? '"' : '\'');
                    }
                }
            }
            if ((name_is(n, "table") && empty_table(n)) || (quoted && !name_is(n, "body") && empty_element(n, 0))) {
                h->read_noscript = 1;
                snprintf(h->empty_target, sizeof h->empty_target, "%s%s%s", (const char *)n->name,
                         id && *id ? " #" : "", id && *id ? id : "");
            }
        }
        n = tree_next(n, root, descend);
    }
}

/* A panel a control on the page opens (an accordion's, a tab's): content a
 * reader sees by pressing the button, not hidden data. */
static int opened_by_control(const struct hctx *h, const xmlNode *n)
{
    const char *id = attr(n, "id");
    if (!id || !*id || !h->controls.len || strchr(id, ' '))
        return 0;
    size_t k = strlen(id);
    for (const char *p = strstr(h->controls.data, id); p; p = strstr(p + 1, id))
        if (p[-1] == ' ' && p[k] == ' ')
            return 1;
    return 0;
}

/* CSS: a declaration block that hides ("display:none", "visibility:
 * hidden"; comments already gone). */
static int css_hides(const char *d, size_t n)
{
    static const char *const pairs[][2] = { { "display", "none" }, { "visibility", "hidden" } };
    for (int k = 0; k < 2; k++) {
        size_t pl = strlen(pairs[k][0]), vl = strlen(pairs[k][1]);
        for (size_t i = 0; i + pl <= n; i++) {
            if (strncasecmp(d + i, pairs[k][0], pl) || (i && (isalnum((unsigned char)d[i - 1]) || d[i - 1] == '-')))
                continue;
            size_t j = i + pl;
            while (j < n && (d[j] == ' ' || d[j] == '\t' || d[j] == '\n' || d[j] == '\r'))
                j++;
            if (j >= n || d[j] != ':')
                continue;
            j++;
            while (j < n && (d[j] == ' ' || d[j] == '\t' || d[j] == '\n' || d[j] == '\r'))
                j++;
            if (j + vl <= n && !strncasecmp(d + j, pairs[k][1], vl) &&
                (j + vl == n || !isalnum((unsigned char)d[j + vl])))
                return 1;
        }
    }
    return 0;
}

static int css_name_char(int c)
{
    return isalnum(c) || c == '-' || c == '_' || c >= 0x80;
}

/* A declaration's value in a block ("display: grid; ..."): its start and
 * length (to the ';' or the end, spaces trimmed), or NULL. The last
 * declaration of the property counts, as in CSS. */
static const char *css_prop(const char *d, size_t n, const char *prop, size_t *vlen)
{
    size_t pl = strlen(prop);
    const char *found = NULL;
    for (size_t i = 0; i + pl <= n; i++) {
        if (strncasecmp(d + i, prop, pl) || (i && (css_name_char((unsigned char)d[i - 1]))))
            continue;
        size_t j = i + pl;
        while (j < n && isspace((unsigned char)d[j]))
            j++;
        if (j >= n || d[j] != ':')
            continue;
        j++;
        while (j < n && isspace((unsigned char)d[j]))
            j++;
        size_t e = j;
        while (e < n && d[e] != ';' && d[e] != '}')
            e++;
        size_t k = e;
        while (k > j && isspace((unsigned char)d[k - 1]))
            k--;
        found = d + j;
        *vlen = k - j;
        i = e;
    }
    return found;
}

/* What a declaration block makes its element: 1 a grid ("display: grid",
 * "inline-grid"), 2 a flex box, 0 anything else or nothing said; *ncols
 * the grid's column tracks when grid-template-columns counts them. */
static int css_layout(const char *d, size_t n, int *ncols);

/* The column tracks of a grid-template-columns value: "14rem repeat(5,
 * minmax(6rem, 1fr))" is 6; a function other than repeat (minmax, fit-content)
 * is one track; line names ("[label]") are none. 0 when the count depends on
 * the page's width (auto-fill, auto-fit), "none", "subgrid" or a template
 * of areas. */
static int css_tracks(const char *v, size_t n, int depth)
{
    int count = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (isspace((unsigned char)v[i]) || v[i] == ','))
            i++;
        if (i >= n)
            break;
        if (v[i] == '[') {
            while (i < n && v[i] != ']')
                i++;
            i++;
            continue;
        }
        size_t b = i;
        while (i < n && !isspace((unsigned char)v[i]) && v[i] != '(' && v[i] != ',')
            i++;
        if (i < n && v[i] == '(') {
            /* a function: its argument to the matching parenthesis */
            size_t a = i + 1;
            int d = 1;
            i++;
            while (i < n && d) {
                if (v[i] == '(')
                    d++;
                else if (v[i] == ')')
                    d--;
                i++;
            }
            if (d)
                return 0;
            size_t alen = i - 1 - a;
            if (a - 1 - b == 6 && !strncasecmp(v + b, "repeat", 6)) {
                if (depth > 2)
                    return 0;
                const char *cm = memchr(v + a, ',', alen);
                if (!cm)
                    return 0;
                size_t kl = (size_t)(cm - (v + a));
                uint64_t k;
                const char *kp = v + a;
                while (kl && isspace((unsigned char)*kp))
                    kp++, kl--;
                while (kl && isspace((unsigned char)kp[kl - 1]))
                    kl--;
                if (!kl || kl > 3 || foi_parse_u64(kp, kl, &k) != 0 || !k)
                    return 0;   /* auto-fill, auto-fit */
                int inner = css_tracks(cm + 1, (size_t)(v + a + alen - (cm + 1)), depth + 1);
                if (inner <= 0)
                    return 0;
                count += (int)k * inner;
            } else {
                count++;
            }
            continue;
        }
        size_t wl = i - b;
        if ((wl == 4 && !strncasecmp(v + b, "none", 4)) || (wl == 7 && !strncasecmp(v + b, "subgrid", 7)) ||
            v[b] == '"' || v[b] == '\'' || v[b] == '/')
            return 0;
        count++;
        if (count > MAX_COLSPAN)
            return 0;
    }
    return count;
}

static int css_layout(const char *d, size_t n, int *ncols)
{
    size_t vl;
    const char *v = css_prop(d, n, "display", &vl);
    *ncols = 0;
    if (!v)
        return 0;
    int kind = 0;
    if ((vl == 4 && !strncasecmp(v, "grid", 4)) || (vl == 11 && !strncasecmp(v, "inline-grid", 11)))
        kind = 1;
    else if ((vl == 4 && !strncasecmp(v, "flex", 4)) || (vl == 11 && !strncasecmp(v, "inline-flex", 11)))
        kind = 2;
    if (kind == 1) {
        const char *c = css_prop(d, n, "grid-template-columns", &vl);
        if (c)
            *ncols = css_tracks(c, vl, 0);
    }
    return kind;
}

/* One simple selector into *r: 1, or 0 for anything else (descendants,
 * pseudo-classes, attributes: not followed). */
static int css_simple(const char *s, size_t n, struct hide_rule *r)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (!n || n >= sizeof r->text)
        return 0;
    memset(r, 0, sizeof *r);
    memcpy(r->text, s, n);
    size_t i = 0;
    while (i < n && css_name_char((unsigned char)s[i]))
        i++;
    if (i >= sizeof r->tag)
        return 0;
    memcpy(r->tag, s, i);
    while (i < n) {
        char kind = s[i++];
        size_t b = i;
        while (i < n && css_name_char((unsigned char)s[i]))
            i++;
        if ((kind != '.' && kind != '#') || i == b || i - b >= 64)
            return 0;
        if (kind == '#') {
            if (r->id[0])
                return 0;
            memcpy(r->id, s + b, i - b);
        } else {
            if (r->ncls == HIDE_CLS)
                return 0;
            memcpy(r->cls[r->ncls++], s + b, i - b);
        }
    }
    /* the page as a whole hidden until a script shows it: not followed */
    if (!r->ncls && !r->id[0] && (!foi_strcasecmp(r->tag, "html") || !foi_strcasecmp(r->tag, "body") ||
                                  !foi_strcasecmp(r->tag, "main") || !r->tag[0]))
        return 0;
    return 1;
}

/* The hiding rules of one stylesheet's text: top-level rules only (what
 * an @media block says applies to a printer or a phone, not the page). */
static void parse_css(struct hctx *h, const char *css)
{
    size_t n = strlen(css);
    char *t = foi_malloc(n + 1);
    if (!t)
        return;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {   /* comments out */
        if (css[i] == '/' && i + 1 < n && css[i + 1] == '*') {
            const char *e = strstr(css + i + 2, "*/");
            if (!e)
                break;
            i = (size_t)(e - css) + 1;
            t[m++] = ' ';
            continue;
        }
        t[m++] = css[i];
    }
    t[m] = 0;
    size_t i = 0;
    while (i < m && h->nhide < HIDE_MAX) {
        while (i < m && isspace((unsigned char)t[i]))
            i++;
        if (i >= m)
            break;
        size_t open = i;
        while (open < m && t[open] != '{' && !(t[i] == '@' && t[open] == ';'))
            open++;
        if (open >= m)
            break;
        if (t[open] == ';') {   /* "@import ...;" */
            i = open + 1;
            continue;
        }
        /* the block, nested braces counted (an @media's rules) */
        size_t close = open + 1;
        int depth = 1;
        while (close < m && depth) {
            if (t[close] == '{')
                depth++;
            else if (t[close] == '}')
                depth--;
            close++;
        }
        int lay_cols = 0;
        int lay = t[i] != '@' ? css_layout(t + open + 1, close - open - 2 < close ? close - open - 2 : 0, &lay_cols) : 0;
        if (lay) {
            size_t a = i;
            for (size_t k = i; k <= open; k++) {
                if (k == open || t[k] == ',') {
                    if (!h->lay)
                        h->lay = foi_calloc(LAY_MAX, sizeof *h->lay);
                    if (h->lay && h->nlay < LAY_MAX && css_simple(t + a, k - a, &h->lay[h->nlay].sel)) {
                        h->lay[h->nlay].display = lay;
                        h->lay[h->nlay].ncols = lay_cols;
                        h->nlay++;
                    }
                    a = k + 1;
                }
            }
        }
        if (t[i] != '@' && css_hides(t + open + 1, close - open - 2 < close ? close - open - 2 : 0)) {
            size_t a = i;
            for (size_t k = i; k <= open; k++) {
                if (k == open || t[k] == ',') {
                    if (!h->hide)
                        h->hide = foi_calloc(HIDE_MAX, sizeof *h->hide);
                    if (h->hide && h->nhide < HIDE_MAX && css_simple(t + a, k - a, &h->hide[h->nhide]))
                        h->nhide++;
                    a = k + 1;
                }
            }
        }
        i = close;
    }
    foi_free(t);
}

static int rule_selects(const struct hide_rule *r, const xmlNode *n)
{
    if (r->tag[0] && (!n->name || foi_strcasecmp((const char *)n->name, r->tag)))
        return 0;
    if (r->id[0]) {
        const char *id = attr(n, "id");
        if (!id || strcmp(id, r->id))
            return 0;
    }
    if (r->ncls) {
        const char *cls = attr(n, "class");
        if (!cls)
            return 0;
        for (int k = 0; k < r->ncls; k++) {
            size_t l = strlen(r->cls[k]);
            int found = 0;
            for (const char *p = strstr(cls, r->cls[k]); p && !found; p = strstr(p + 1, r->cls[k]))
                found = (p == cls || isspace((unsigned char)p[-1])) && (!p[l] || isspace((unsigned char)p[l]));
            if (!found)
                return 0;
        }
    }
    return 1;
}

/* Any digit in the element's text (walked without recursion, a bounded
 * number of nodes). */
static int has_digit_text(const xmlNode *root)
{
    long seen = 0;
    for (xmlNode *n = root->children; n && seen++ < 100000; n = tree_next(n, root, 1))
        if (n->type == XML_TEXT_NODE && n->content && strpbrk((const char *)n->content, "0123456789"))
            return 1;
    return 0;
}

static int hidden(struct hctx *h, const xmlNode *n)
{
    /* a panel a control opens, a tab's panel ("hidden" until its tab is
     * clicked): what the reader sees by pressing the button */
    if (opened_by_control(h, n) || tab_of(h, n, 0))
        return 0;
    for (int k = 0; k < h->nhide; k++)
        if (rule_selects(&h->hide[k], n)) {
            /* figures the page keeps out of sight (a draft row, a print
             * copy): not read, and the journalist is told */
            if (has_digit_text(n) && h->hidden_n++ == 0)
                snprintf(h->hidden_sel, sizeof h->hidden_sel, "%s", h->hide[k].text);
            return 1;
        }
    if (attr(n, "hidden"))
        return 1;
    const char *style = attr(n, "style");
    if (style) {
        /* display:none, spaces allowed around the colon */
        const char *p = foi_strcasestr(style, "display");
        while (p) {
            const char *q = p + 7;
            while (*q == ' ')
                q++;
            if (*q == ':') {
                q++;
                while (*q == ' ')
                    q++;
                if ((q[0] | 32) == 'n' && (q[1] | 32) == 'o' && (q[2] | 32) == 'n' && (q[3] | 32) == 'e')
                    return 1;
            }
            p = foi_strcasestr(p + 7, "display");
        }
    }
    return 0;
}

/* What an ARIA role makes of an element ("<div role=\"table\">", "row",
 * "cell"): CSS grids and accessible widgets mark their tables with roles and
 * no table element. The first role token the reader knows counts; table
 * elements keep their own meaning whatever their role says. */
enum aria { R_NONE, R_TABLE, R_GROUP, R_ROW, R_TH, R_TD };

static int role_is(const char *p, size_t n, const char *word)
{
    return strlen(word) == n && !strncasecmp(p, word, n);
}

static enum aria aria_role(const xmlNode *n)
{
    const char *r = attr(n, "role");
    if (!r || name_is(n, "table") || name_is(n, "tr") || name_is(n, "td") || name_is(n, "th"))
        return R_NONE;
    while (*r) {
        while (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r')
            r++;
        size_t k = 0;
        while (r[k] && r[k] != ' ' && r[k] != '\t' && r[k] != '\n' && r[k] != '\r')
            k++;
        if (!k)
            break;
        if (role_is(r, k, "table") || role_is(r, k, "grid") || role_is(r, k, "treegrid"))
            return R_TABLE;
        if (role_is(r, k, "rowgroup"))
            return R_GROUP;
        if (role_is(r, k, "row"))
            return R_ROW;
        if (role_is(r, k, "columnheader") || role_is(r, k, "rowheader"))
            return R_TH;
        if (role_is(r, k, "cell") || role_is(r, k, "gridcell"))
            return R_TD;
        r += k;
    }
    return R_NONE;
}

/* Text a page hides from the eye and keeps for screen readers (the usual
 * class names of the "visually hidden" pattern: GOV.UK, Bootstrap,
 * WordPress, Drupal). In a data cell it restates the cell's own row and
 * column ("2024/25, Sexual assault, dismissed: ") before the figure the
 * reader sees; the row and column already say so, and those words and
 * numbers are no part of the cell. */
/* ------------------------------------------------------------ grids of blocks */

/* How the page lays an element out: 1 a grid, 2 a flex box, 0 neither; its
 * inline style first, then the last stylesheet rule that selects it; *ncols
 * the grid's column tracks where said (0 otherwise). */
static int node_layout(const struct hctx *h, const xmlNode *n, int *ncols)
{
    int kind = 0, cols = 0;
    for (int k = 0; k < h->nlay; k++)
        if (rule_selects(&h->lay[k].sel, n)) {
            kind = h->lay[k].display;
            if (h->lay[k].ncols)
                cols = h->lay[k].ncols;
        }
    const char *style = attr(n, "style");
    if (style && *style) {
        int c = 0;
        int k = css_layout(style, strlen(style), &c);
        if (k) {
            kind = k;
            if (c)
                cols = c;
        }
    }
    *ncols = kind == 1 ? cols : 0;
    return kind;
}

static int count_text(const char *s);
static int dash_text(const char *s);

/* A block that can be a grid's cell: no block, list or table inside it, its
 * text (spaces collapsed, at most cap - 1 bytes) into buf; 0, or -1. */
static int leaf_text(const xmlNode *c, char *buf, size_t cap)
{
    static const char *const inline_ok[] = {"span", "b", "strong", "em", "i", "abbr", "sup", "sub", "small",
                                            "a", "br", "u", "mark", "data", "time", "bdi", "s", NULL};
    size_t len = 0;
    int space = 0, seen = 0;
    for (const xmlNode *d = c->children; d; d = tree_next((xmlNode *)d, c, 1)) {
        if (++seen > 200)
            return -1;
        if (d->type == XML_ELEMENT_NODE && !name_in(d, inline_ok))
            return -1;
        if ((d->type == XML_TEXT_NODE || d->type == XML_CDATA_SECTION_NODE) && d->content) {
            for (const unsigned char *p = d->content; *p; p++) {
                if (isspace(*p)) {
                    space = len > 0;
                    continue;
                }
                if (len + 2 >= cap)
                    return -1;
                if (space)
                    buf[len++] = ' ';
                space = 0;
                buf[len++] = (char)*p;
            }
        }
        if (d->type == XML_ELEMENT_NODE && name_is(d, "br"))
            space = len > 0;
    }
    buf[len] = 0;
    return 0;
}

/* A count in a head row that is a year ("2024") names a column, not a
 * figure. */
static int year_text(const char *s)
{
    return strlen(s) == 4 && s[0] >= '1' && s[0] <= '2' && isdigit((unsigned char)s[1]) &&
           isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) && (s[0] == '2' || s[1] == '9');
}

/* The cells of a candidate grid (cells[0 .. rows*ncols), row by row) make a
 * table: a head row of names (empty cells and years allowed, no other
 * count), every other row led by a label (no count), at least one count and
 * at least half the other cells counts or dashes. */
static int grid_shape(const xmlNode *const *cells, int rows, int ncols)
{
    char buf[160];
    int counts = 0, data = 0, other = 0;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < ncols; c++) {
            if (leaf_text(cells[r * ncols + c], buf, sizeof buf))
                return 0;
            int cnt = *buf && count_text(buf);
            if (r == 0) {
                if (cnt && !year_text(buf))
                    return 0;
            } else if (c == 0) {
                if (cnt && !year_text(buf))
                    return 0;
            } else if (cnt) {
                counts++, data++;
            } else if (dash_text(buf)) {
                data++;
            } else {
                other++;
            }
        }
    return counts > 0 && data >= other;
}

/* Direct non-blank text under n (outside its children): a block of cells
 * holds none. */
static int loose_text(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            for (const unsigned char *p = c->content; *p; p++)
                if (!isspace(*p))
                    return 1;
    return 0;
}

static int hidden(struct hctx *h, const xmlNode *n);

/* A child the walk would skip or hide: a grid with one is not read as one
 * (its cells would fall out of line). hidden()'s count of hidden figures is
 * left as it was. */
static int child_skipped(struct hctx *h, const xmlNode *c)
{
    int n = h->hidden_n;
    char sel[sizeof h->hidden_sel];
    memcpy(sel, h->hidden_sel, sizeof sel);
    int r = hidden(h, c);
    h->hidden_n = n;
    memcpy(h->hidden_sel, sel, sizeof sel);
    return r;
}

#define GRID_CELLS 4096

/* The tables a page builds from blocks with no table element and no ARIA
 * roles, found by their structure, never by their class names:
 *  - flat: an element the page lays out as a grid with a counted number of
 *    column tracks (grid-template-columns), whose children are all cells
 *    (text and inline elements only), rows x ncols of them;
 *  - rows: an element whose children (two or more) are blocks each with the
 *    same number (two or more) of cell children, the element or every one of
 *    its children laid out as a grid or a flex box.
 * Either way the first row names the columns, every other row starts with a
 * label, and the rest are mostly counts (grid_shape). Anything else (a card
 * layout, a page header's flex box, a grid whose track count depends on the
 * width) stays text. */
static void find_grids(struct hctx *h, xmlNode *root)
{
    const xmlNode **cells = NULL;
    for (xmlNode *n = root; n && !h->rc;) {
        int descend = n->type == XML_ELEMENT_NODE;
        if (!descend || name_is(n, "head") || name_in(n, (const char *const[]){"script", "style", "template",
                                                                          "svg", "table", NULL}) ||
            attr(n, "role")) {
            n = tree_next(n, root, 0);
            continue;
        }
        int ncols = 0;
        int kind = node_layout(h, n, &ncols);
        int nkids = 0, found = 0;
        const xmlNode *first = NULL;
        for (const xmlNode *c = n->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && nkids++ == 0)
                first = c;
        if (nkids >= 2 && nkids <= GRID_CELLS && !loose_text(n) && h->ngrids < GRID_MAX) {
            if (!cells && !(cells = foi_malloc(GRID_CELLS * sizeof *cells))) {
                nomem(h);
                break;
            }
            /* flat: the children are the cells */
            if (kind == 1 && ncols >= 2 && nkids % ncols == 0 && nkids / ncols >= 2) {
                int k = 0, ok = 1;
                for (const xmlNode *c = first; c && ok; c = c->next)
                    if (c->type == XML_ELEMENT_NODE) {
                        ok = !attr(c, "role") && !child_skipped(h, c);
                        cells[k++] = c;
                    }
                if (ok && grid_shape(cells, nkids / ncols, ncols))
                    found = 1;
            }
            /* rows: the children are the rows */
            if (!found) {
                int width = -1, ok = 1, laid = 1, k = 0;
                for (const xmlNode *r = first; r && ok; r = r->next) {
                    if (r->type != XML_ELEMENT_NODE)
                        continue;
                    int w = 0, rc = 0;
                    for (const xmlNode *c = r->children; c; c = c->next)
                        if (c->type == XML_ELEMENT_NODE)
                            w++;
                    ok = w >= 2 && (width < 0 || w == width) && !loose_text(r) && !attr(r, "role") &&
                         !child_skipped(h, r) && k + w <= GRID_CELLS;
                    width = w;
                    laid &= node_layout(h, r, &rc) != 0 || kind != 0;
                    for (const xmlNode *c = r->children; c && ok; c = c->next)
                        if (c->type == XML_ELEMENT_NODE) {
                            ok = !attr(c, "role") && !child_skipped(h, c);
                            cells[k++] = c;
                        }
                }
                if (ok && laid && width >= 2 && grid_shape(cells, nkids, width)) {
                    found = 2;
                    ncols = width;
                }
            }
        }
        if (found) {
            if (!h->grids && !(h->grids = foi_calloc(GRID_MAX, sizeof *h->grids))) {
                nomem(h);
                break;
            }
            h->grids[h->ngrids].node = n;
            h->grids[h->ngrids].ncols = ncols;
            h->grids[h->ngrids].flat = found == 1;
            h->ngrids++;
        }
        n = tree_next(n, root, !found);
    }
    foi_free(cells);
}

static const struct gridmark *grid_of(const struct hctx *h, const xmlNode *n)
{
    for (int k = 0; n && k < h->ngrids; k++)
        if (h->grids[k].node == n)
            return &h->grids[k];
    return NULL;
}

/* What a grid found by find_grids makes of an element, as an ARIA role
 * would: the container a table, a row block a row, a cell a cell (the
 * first row's cells header cells, *head set); *flat the columns of a flat
 * grid whose cells the walk puts into rows itself. */
static enum aria grid_role(const struct hctx *h, const xmlNode *n, int *flat, int *head)
{
    *flat = 0;
    *head = 0;
    if (!h->ngrids)
        return R_NONE;
    if (grid_of(h, n))
        return R_TABLE;
    const struct gridmark *g = grid_of(h, n->parent);
    if (g && g->flat) {
        *flat = g->ncols;
        return R_TD;
    }
    if (g)
        return R_ROW;
    g = n->parent ? grid_of(h, n->parent->parent) : NULL;
    if (g && !g->flat) {
        const xmlNode *r = n->parent->parent->children;
        while (r && r->type != XML_ELEMENT_NODE)
            r = r->next;
        *head = r == n->parent;
        return R_TD;
    }
    return R_NONE;
}

static int class_token(const char *cls, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = cls; (p = foi_strcasestr(p, word)) != NULL; p += n) {
        int lead = p == cls || p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n';
        char e = p[n];
        if (lead && (e == 0 || e == ' ' || e == '\t' || e == '\n' || e == '\r'))
            return 1;
    }
    return 0;
}

static int screen_reader_only(const xmlNode *n)
{
    static const char *const names[] = {"visually-hidden", "visuallyhidden", "govuk-visually-hidden",
                                        "sr-only", "screen-reader-text", "screen-reader-only",
                                        "element-invisible", "u-visually-hidden", "hidden-visually",
                                        NULL};
    const char *cls = attr(n, "class");
    if (!cls)
        return 0;
    for (int i = 0; names[i]; i++)
        if (class_token(cls, names[i]))
            return 1;
    return 0;
}

/* Is the open cell where a table's labels are: a header cell (<th>, a
 * columnheader or rowheader), a cell of <thead>, of the first row, or the
 * first of its row? The same table written with <td> only keeps its labels
 * there. */
static int label_cell(const struct tbuild *t)
{
    if (t->cur_th || (t->open_group >= 0 && t->open_kind == G_HEAD))
        return 1;
    return t->nrows <= 1 || t->rows[t->nrows - 1].n == 0;
}

static int footnote_class(const xmlNode *n)
{
    const char *cls = attr(n, "class");
    return cls && (foi_strcasestr(cls, "footnote") || foi_strcasestr(cls, "note") ||
                   foi_strcasestr(cls, "muted"));
}

static int buf_add_text(struct foi_buf *b, const char *s, size_t n)
{
    size_t start = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned char x = (unsigned char)s[i], y = (unsigned char)s[i + 1];
        if (x == 0xC2 && y >= 0x80 && y <= 0x9F) {
            int rc = foi_buf_add(b, s + start, i - start);
            if (rc)
                return rc;
            /* U+0080..U+009F, which &#128;..&#159; denote in HTML (libxml2
             * keeps the C1 controls): their Windows-1252 meanings */
            uint32_t cp = foi_cp1252(y);
            char u[4];
            rc = foi_buf_add(b, u, (size_t)foi_utf8_put(u, cp ? cp : 0xFFFD));
            if (rc)
                return rc;
            i++;
            start = i + 1;
        }
    }
    return foi_buf_add(b, s + start, n - start);
}

/* The digits of a <sup> written as superscript digits (as the PDF and
 * DOCX readers write them): "2<sup>2</sup>" is the count 2 with marker ²,
 * never 22. */
static int buf_add_sup(struct foi_buf *b, const char *s, size_t n)
{
    static const char *const sup[10] = {"\xe2\x81\xb0", "\xc2\xb9", "\xc2\xb2", "\xc2\xb3",
                                        "\xe2\x81\xb4", "\xe2\x81\xb5", "\xe2\x81\xb6",
                                        "\xe2\x81\xb7", "\xe2\x81\xb8", "\xe2\x81\xb9"};
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            continue;
        int rc = buf_add_text(b, s + start, i - start);
        if (!rc)
            rc = foi_buf_adds(b, sup[s[i] - '0']);
        if (rc)
            return rc;
        start = i + 1;
    }
    return buf_add_text(b, s + start, n - start);
}

static int buf_add_ctx(struct foi_buf *b, const char *s, size_t n, unsigned ctx)
{
    return (ctx & C_SUP) ? buf_add_sup(b, s, n) : buf_add_text(b, s, n);
}

static int is_blank(const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == 0xC2 && (unsigned char)s[1] == 0xA0) {
            s++;
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return 0;
    }
    return 1;
}

static const char *collapse(struct hctx *h, const struct foi_buf *b)
{
    if (!b->len)
        return "";
    char *t = foi_collapse_ws(&h->doc->arena, b->data, b->len);
    if (!t)
        nomem(h);
    return t;
}

/* ------------------------------------------------------------ lines */

/* The rank of the heading a line's text is in (its <hN>), as the line's
 * FOI_LINE_LEVEL bits; 0 for a <summary>, or when text of two ranks met in
 * one line (their bits ORed: no rank). */
static unsigned heading_rank(unsigned line_flags)
{
    unsigned v = (line_flags & C_HLEVEL) >> FOI_LINE_LEVEL_SHIFT;
    return v >= 1 && v <= 6 ? v << FOI_LINE_LEVEL_SHIFT : 0;
}

/* The context inside a heading element: a heading, of the rank its name
 * gives (<h4>: 4; a <summary>: none), the innermost heading's. */
static unsigned heading_ctx(const xmlNode *n, unsigned ctx)
{
    ctx = (ctx | C_HEADING) & ~(unsigned)C_HLEVEL;
    const char *nm = (const char *)n->name;
    if ((nm[0] == 'h' || nm[0] == 'H') && nm[1] >= '1' && nm[1] <= '6' && !nm[2])
        ctx |= (unsigned)(nm[1] - '0') << FOI_LINE_LEVEL_SHIFT;
    return ctx;
}

static void flush_line(struct hctx *h, int next_para)
{
    if (h->rc)
        return;
    const char *t = collapse(h, &h->line);
    if (!t)
        return;
    if (*t) {
        if (strlen(t) > h->lim->max_line_bytes) {
            char a[32];
            foi_size_text(a, sizeof a, h->lim->max_line_bytes);
            h->rc = foi_errf(h->err, FOI_ELIMIT,
                             foi_arena_printf(&h->doc->arena, "line %d", h->nlines + 1),
                             "line is longer than the %s line-length limit", a);
            return;
        }
        if (h->nlines == h->alines) {
            int na = h->alines ? h->alines * 2 : 64;
            struct foi_line *v = foi_realloc(h->lines, (size_t)na * sizeof *v);
            if (!v) {
                nomem(h);
                return;
            }
            h->lines = v;
            h->alines = na;
        }
        unsigned f = 0;
        if (h->line_flags & C_HEADING)
            f |= FOI_LINE_HEADING | heading_rank(h->line_flags);
        if (h->line_flags & C_LI)
            f |= FOI_LINE_BULLET;
        if ((h->line_fn && !h->line_plain) || t[0] == '*' || !strncmp(t, "\xE2\x80\xA0", 3) ||
            !strncmp(t, "\xE2\x80\xA1", 3))
            f |= FOI_LINE_FOOTNOTE;
        if (h->next_para)
            f |= FOI_LINE_PARA_START;
        memset(&h->lines[h->nlines], 0, sizeof h->lines[h->nlines]);
        h->lines[h->nlines].text = t;
        h->lines[h->nlines].no = h->nlines + 1;
        h->lines[h->nlines].flags = f;
        h->nlines++;
        h->next_para = next_para;
    } else if (next_para) {
        h->next_para = 1;
    }
    foi_buf_reset(&h->line);
    h->line_flags = 0;
    h->line_fn = h->line_plain = 0;
}

/* ------------------------------------------------------------ tables */

static struct tbuild *cur_table(struct hctx *h) { return h->ntb ? h->tb[h->ntb - 1] : NULL; }

static void table_open(struct hctx *h)
{
    if (h->ntb == h->atb) {
        int na = h->atb ? h->atb * 2 : 4;
        struct tbuild **v = foi_realloc(h->tb, (size_t)na * sizeof *v);
        if (!v) {
            nomem(h);
            return;
        }
        h->tb = v;
        h->atb = na;
    }
    struct tbuild *t = foi_calloc(1, sizeof *t);
    if (!t) {
        nomem(h);
        return;
    }
    h->tb[h->ntb++] = t;
    t->index = ++h->ntables;
    if (h->fig && h->ntb == 1) {
        t->fig_caption = h->fig_cap;   /* a table in a figure: its caption (figure_open) */
        h->fig_used++;
    }
    t->anchor = h->nlines;
    t->open_group = -1;
    t->implicit_group = -1;
    foi_buf_init(&t->buf, 0);
    /* heading: the last heading line after the previous table */
    for (int i = h->nlines - 1; i >= h->last_anchor; i--) {
        if (h->lines[i].flags & FOI_LINE_HEADING) {
            t->heading = h->lines[i].text;
            break;
        }
    }
    /* a table straight after another, no line between (each with its own
     * caption), is under the same heading */
    if (!t->heading && h->ntb == 1 && t->index >= 2 && h->nlines == h->last_anchor &&
        t->index - 2 < h->atables && h->tables[t->index - 2].index == t->index - 1)
        t->heading = h->tables[t->index - 2].heading;
    h->last_anchor = h->nlines;
}

static void tbuild_free(struct tbuild *t)
{
    if (!t)
        return;
    foi_free(t->cells);
    foi_free(t->rows);
    foi_buf_release(&t->buf);
    foi_free(t);
}

static void row_open(struct hctx *h, struct tbuild *t)
{
    if (t->nrows == t->arows) {
        int na = t->arows ? t->arows * 2 : 16;
        struct hrow *v = foi_realloc(t->rows, (size_t)na * sizeof *v);
        if (!v) {
            nomem(h);
            return;
        }
        t->rows = v;
        t->arows = na;
    }
    struct hrow *r = &t->rows[t->nrows++];
    memset(r, 0, sizeof *r);
    r->first = t->ncells;
    if (t->open_group >= 0) {
        r->group = t->open_group;
        r->kind = t->open_kind;
    } else {
        if (t->implicit_group < 0)
            t->implicit_group = t->ngroups++;
        r->group = t->implicit_group;
        r->kind = G_BODY;
    }
    t->in_row = 1;
}

static void cell_open(struct hctx *h, struct tbuild *t, const xmlNode *n)
{
    if (!t->in_row)
        row_open(h, t);
    if (h->rc)
        return;
    if (t->ncells >= h->lim->max_cells) {
        h->rc = foi_errf(h->err, FOI_ELIMIT, foi_arena_printf(&h->doc->arena, "table %d", t->index),
                         "table has more than %ld cells, over the cell limit", h->lim->max_cells);
        return;
    }
    t->cur_th = name_is(n, "th") || aria_role(n) == R_TH;
    t->cur_colspan = parse_span(attr(n, name_is(n, "td") || name_is(n, "th") ? "colspan" : "aria-colspan"), 1);
    t->cur_rowspan = parse_span(attr(n, name_is(n, "td") || name_is(n, "th") ? "rowspan" : "aria-rowspan"), 1);
    t->cell_bold = t->cell_plain = 0;
    t->cur_packed = 0;
    t->cur_items = NULL;
    t->cur_nitems = 0;
    foi_buf_reset(&t->buf);
}

static int counted_noun(const char *s, char *noun, size_t cap);

static int split_cells(struct hctx *h, struct tbuild *t, const char *text);

static void cell_close(struct hctx *h, struct tbuild *t)
{
    t->cell_depth = 0;
    if (h->rc)
        return;
    const char *text = collapse(h, &t->buf);
    if (!text || split_cells(h, t, text))
        return;
    char noun[24];
    if (t->unit[0] && !counted_noun(text, noun, sizeof noun) && !strcmp(noun, t->unit))
        text = foi_arena_strndup(&h->doc->arena, text, (size_t)(strchr(text, ' ') - text));   /* "4 allegations": 4 */
    else if (t->cur_packed && strchr(text, ' '))
        text = foi_arena_strndup(&h->doc->arena, text, (size_t)(strchr(text, ' ') - text));   /* "7 allegations" + its list: 7 */
    if (!text)
        return;
    if (strlen(text) > h->lim->max_line_bytes) {
        char a[32];
        foi_size_text(a, sizeof a, h->lim->max_line_bytes);
        h->rc = foi_errf(h->err, FOI_ELIMIT,
                         foi_arena_printf(&h->doc->arena, "table %d row %d", t->index, t->nrows),
                         "cell text is longer than the %s line-length limit", a);
        return;
    }
    if (t->ncells == t->acells) {
        int na = t->acells ? t->acells * 2 : 64;
        struct hcell *v = foi_realloc(t->cells, (size_t)na * sizeof *v);
        if (!v) {
            nomem(h);
            return;
        }
        t->cells = v;
        t->acells = na;
    }
    struct hcell *c = &t->cells[t->ncells++];
    memset(c, 0, sizeof *c);
    c->text = text;
    c->th = t->cur_th;
    c->bold = t->cell_bold && !t->cell_plain;
    c->colspan = t->cur_colspan < 1 ? 1 : t->cur_colspan > MAX_COLSPAN ? MAX_COLSPAN : t->cur_colspan;
    c->rowspan = t->cur_rowspan;
    c->packed = t->cur_packed;
    c->items = t->cur_items;
    c->nitems = t->cur_nitems;
    t->rows[t->nrows - 1].n++;
}

/* Lay the rows out in a grid (thead groups first, tfoot groups last), filling
 * every slot a span covers, and store the table at its index. */
static void table_layout(struct hctx *h, struct tbuild *t)
{
    struct foi_doc *doc = h->doc;
    int nrows = t->nrows;
    int *order = foi_malloc((size_t)(nrows ? nrows : 1) * sizeof *order);
    int **slot = foi_calloc((size_t)(nrows ? nrows : 1), sizeof *slot);   /* cell index + 1, negative = copy */
    int *width = foi_calloc((size_t)(nrows ? nrows : 1), sizeof *width);
    int *pend_left = NULL, *pend_cell = NULL, npend = 0;
    int ncols = 0, group_end = 0;
    long total = 0;
    if (!order || !slot || !width) {
        nomem(h);
        goto out;
    }
    int k = 0;
    for (int pass = 0; pass < 3; pass++) {
        enum group_kind want = pass == 0 ? G_HEAD : pass == 1 ? G_BODY : G_FOOT;
        for (int r = 0; r < nrows; r++)
            if (t->rows[r].kind == want)
                order[k++] = r;
    }
    size_t npc = 16;   /* pending-span arrays, grown as spans reach further right */
    pend_left = foi_calloc(npc, sizeof *pend_left);
    pend_cell = foi_calloc(npc, sizeof *pend_cell);
    if (!pend_left || !pend_cell) {
        nomem(h);
        goto out;
    }
    for (int gr = 0; gr < nrows && !h->rc; gr++) {
        const struct hrow *row = &t->rows[order[gr]];
        if (gr == 0 || t->rows[order[gr - 1]].group != row->group) {
            memset(pend_left, 0, (size_t)npend * sizeof *pend_left);
            npend = 0;
            group_end = gr + 1;
            while (group_end < nrows && t->rows[order[group_end]].group == row->group)
                group_end++;
        }
        int left_in_group = group_end - gr;
        /* room for the pending spans plus every column the row's cells span */
        long sum = npend;
        for (int i = 0; i < row->n; i++)
            sum += t->cells[row->first + i].colspan;
        int cap = sum > h->lim->max_cols ? h->lim->max_cols + 1 : (int)sum;
        slot[gr] = foi_calloc((size_t)(cap ? cap : 1), sizeof **slot);
        if (!slot[gr]) {
            nomem(h);
            break;
        }
        int c, used = 0;
        for (c = 0; c < npend; c++) {
            if (pend_left[c] > 0) {
                slot[gr][c] = -pend_cell[c];
                pend_left[c]--;
                used = c + 1;
            }
        }
        c = 0;
        for (int i = 0; i < row->n; i++) {
            struct hcell *cell = &t->cells[row->first + i];
            while (c < cap && slot[gr][c])
                c++;
            int rs = cell->rowspan;
            if (rs <= 0 || rs > left_in_group)
                rs = left_in_group;   /* rowspan=0: to the end of the group */
            cell->r0 = gr;
            cell->c0 = c;
            for (int s = 0; s < cell->colspan && c + s < cap; s++) {
                if (slot[gr][c + s])
                    continue;   /* overlapping spans: the first one wins */
                slot[gr][c + s] = s == 0 ? row->first + i + 1 : -(row->first + i + 1);
                if (c + s + 1 > used)
                    used = c + s + 1;
                if (rs > 1) {
                    if ((size_t)(c + s) >= npc) {
                        size_t nn = npc * 2 > (size_t)(c + s) + 1 ? npc * 2 : (size_t)(c + s) + 1;
                        int *a = foi_realloc(pend_left, nn * sizeof *a);
                        if (a)
                            pend_left = a;
                        int *b = a ? foi_realloc(pend_cell, nn * sizeof *b) : NULL;
                        if (!a || !b) {
                            nomem(h);
                            goto out;
                        }
                        pend_cell = b;
                        memset(pend_left + npc, 0, (nn - npc) * sizeof *pend_left);
                        memset(pend_cell + npc, 0, (nn - npc) * sizeof *pend_cell);
                        npc = nn;
                    }
                    pend_left[c + s] = rs - 1;
                    pend_cell[c + s] = row->first + i + 1;
                    if (c + s + 1 > npend)
                        npend = c + s + 1;
                }
            }
            c += cell->colspan;
        }
        if (used > h->lim->max_cols) {
            h->rc = foi_errf(h->err, FOI_ELIMIT,
                             foi_arena_printf(&doc->arena, "table %d row %d", t->index, gr + 1),
                             "table has more than %d columns, over the column limit", h->lim->max_cols);
            break;
        }
        width[gr] = used;
        total += used;
        if (total > h->lim->max_cells) {
            h->rc = foi_errf(h->err, FOI_ELIMIT, foi_arena_printf(&doc->arena, "table %d", t->index),
                             "table has more than %ld cells, over the cell limit", h->lim->max_cells);
            break;
        }
        if (used > ncols)
            ncols = used;
    }
    if (h->rc)
        goto out;
    if ((long)nrows * ncols > h->lim->max_cells) {
        h->rc = foi_errf(h->err, FOI_ELIMIT, foi_arena_printf(&doc->arena, "table %d", t->index),
                         "table has %ld cells, over the %ld-cell limit", (long)nrows * ncols, h->lim->max_cells);
        goto out;
    }
    struct foi_cell *cells = foi_arena_alloc(&doc->arena, (size_t)(nrows && ncols ? nrows * ncols : 1) * sizeof *cells);
    if (!cells) {
        nomem(h);
        goto out;
    }
    /* header rows: thead rows and leading rows made only of <th> */
    int header_rows = 0;
    for (int gr = 0; gr < nrows; gr++) {
        const struct hrow *row = &t->rows[order[gr]];
        int occupied = 0, all_th = 1;
        for (int c = 0; c < width[gr]; c++) {
            int s = slot[gr][c];
            if (!s)
                continue;
            occupied = 1;
            all_th &= t->cells[(s < 0 ? -s : s) - 1].th;
        }
        if (row->kind == G_HEAD || (occupied && all_th))
            header_rows++;
        else
            break;
    }
    for (int gr = 0; gr < nrows; gr++) {
        const struct hrow *row = &t->rows[order[gr]];
        for (int c = 0; c < ncols; c++) {
            struct foi_cell *fc = &cells[(size_t)gr * (size_t)ncols + (size_t)c];
            int s = c < width[gr] ? slot[gr][c] : 0;
            fc->text = "";
            fc->src_row = gr + 1;
            fc->src_col = c + 1;
            fc->flags = 0;
            if (s) {
                const struct hcell *o = &t->cells[(s < 0 ? -s : s) - 1];
                fc->text = o->text;
                fc->src_row = o->r0 + 1;
                fc->src_col = o->c0 + 1;
                if (s < 0)
                    fc->flags |= FOI_CELL_SPANNED;
                if (o->bold)
                    fc->flags |= FOI_CELL_BOLD;
                if (o->th && gr >= header_rows)
                    fc->flags |= FOI_CELL_ROWHEAD;
            }
            if (gr < header_rows)
                fc->flags |= FOI_CELL_HEADER;
            if (row->marked)
                fc->flags |= FOI_CELL_MARKED;
        }
    }
    if (t->index > h->atables) {
        int na = h->atables ? h->atables * 2 : 4;
        while (na < t->index)
            na *= 2;
        struct foi_table *v = foi_realloc(h->tables, (size_t)na * sizeof *v);
        if (!v) {
            nomem(h);
            goto out;
        }
        memset(v + h->atables, 0, (size_t)(na - h->atables) * sizeof *v);
        h->tables = v;
        h->atables = na;
    }
    struct foi_table *ft = &h->tables[t->index - 1];
    ft->index = t->index;
    ft->nrows = nrows;
    ft->ncols = ncols;
    ft->cells = cells;
    ft->header_rows = header_rows;
    ft->caption = t->caption ? t->caption : t->fig_caption ? t->fig_caption : t->outer_label;
    /* a table with a caption of its own in a figure with another: both
     * describe it ("Summary table; Figure 1: ... 24/25") */
    if (t->caption && t->fig_caption && strcmp(t->caption, t->fig_caption)) {
        ft->caption = foi_arena_printf(&h->doc->arena, "%s; %s", t->caption, t->fig_caption);
        if (!ft->caption)
            nomem(h);
    }
    ft->heading = t->heading;
    ft->anchor_line = t->anchor;
out:
    if (slot)
        for (int r = 0; r < nrows; r++)
            foi_free(slot[r]);
    foi_free(slot);
    foi_free(width);
    foi_free(order);
    foi_free(pend_left);
    foi_free(pend_cell);
}


/* A packed cell's list, when its cell text leads with the count. */
static int dash_text(const char *s)
{
    return !*s || !strcmp(s, "-") || !strcmp(s, "\xe2\x80\x93") || !strcmp(s, "\xe2\x80\x94");
}

/* A count with or without its noun ("0 allegations", "0", "<5"). */
static int count_text(const char *s)
{
    char noun[24];
    struct foi_value v;
    return counted_noun(s, noun, sizeof noun) == 0 || (foi_value_parse(s, &v) == 0 && v.status != FOI_VS_NONE);
}

/* A table whose data cells are packed (each a count, "7 allegations", and a
 * list of what it breaks into, "Dismissed: 2", items with none left out) is
 * read as the long table it stands for: each row becomes a row for the count
 * ("Total" in a new column after the row labels) and one row per item label
 * any of its cells lists, that item's count under each column (a cell that
 * does not list it stays empty: not stated, never 0). Header and other rows
 * get an empty cell in the new column. Only a plain grid (no spans) whose
 * packed rows all start their counts at the same column is unpacked. */
static void unpack_cells(struct hctx *h, struct tbuild *t)
{
    int npacked = 0, k = -1;
    for (int i = 0; i < t->ncells; i++) {
        if (t->cells[i].colspan != 1 || t->cells[i].rowspan != 1)
            return;
        npacked += t->cells[i].packed;
    }
    if (npacked < 2)
        return;
    long need = 0;
    for (int r = 0; r < t->nrows; r++) {
        const struct hrow *row = &t->rows[r];
        int fp = -1, items = 0;
        for (int i = 0; i < row->n; i++) {
            const struct hcell *c = &t->cells[row->first + i];
            if (c->packed && fp < 0)
                fp = i;
            if (fp >= 0 && !c->packed && !dash_text(c->text) && !count_text(c->text))
                return;   /* a text among the counts: no packed table */
            items += c->nitems;
        }
        /* counts with no list before the first packed cell ("0 allegations") */
        while (fp > 0 && !dash_text(t->cells[row->first + fp - 1].text) &&
               count_text(t->cells[row->first + fp - 1].text))
            fp--;
        if (fp >= 0) {
            if (k >= 0 && fp != k)
                return;
            k = fp;
        }
        need += (long)(row->n + 1) * (1 + items);
    }
    if (k < 1 || need > h->lim->max_cells)
        return;
    struct hcell *cells = foi_calloc((size_t)need, sizeof *cells);
    struct hrow *rows = foi_calloc((size_t)need, sizeof *rows);
    const char **labs = foi_calloc((size_t)need, sizeof *labs);
    if (!cells || !rows || !labs) {
        foi_free(cells);
        foi_free(rows);
        foi_free(labs);
        nomem(h);
        return;
    }
    int nc = 0, nr = 0;
    for (int r = 0; r < t->nrows; r++) {
        const struct hrow *row = &t->rows[r];
        const struct hcell *rc = &t->cells[row->first];
        int packed = 0, nl = 0;
        for (int i = 0; i < row->n; i++) {
            packed |= rc[i].packed;
            for (int j = 0; j < rc[i].nitems; j++) {
                int seen = 0;
                for (int m = 0; m < nl && !seen; m++)
                    seen = !strcasecmp(labs[m], rc[i].items[j].label);
                if (!seen)
                    labs[nl++] = rc[i].items[j].label;
            }
        }
        for (int pass = -1; pass < (packed ? nl : 0); pass++) {
            struct hrow *nrw = &rows[nr++];
            *nrw = *row;
            nrw->first = nc;
            nrw->n = 0;
            if (pass >= 0)
                nrw->marked = 0;
            for (int i = 0; i <= row->n; i++) {
                if (i == k && row->n > k) {
                    struct hcell *x = &cells[nc++];
                    memset(x, 0, sizeof *x);
                    x->colspan = x->rowspan = 1;
                    x->th = rc[k - 1].th;
                    x->text = !packed ? "" : pass < 0 ? "Total" : labs[pass];
                    nrw->n++;
                }
                if (i == row->n)
                    break;
                struct hcell *x = &cells[nc++];
                *x = rc[i];
                x->items = NULL;
                x->nitems = x->packed = 0;
                nrw->n++;
                if (i < k || !packed)
                    continue;
                char noun[24];
                if (pass < 0) {
                    if (!rc[i].packed && !counted_noun(x->text, noun, sizeof noun))
                        x->text = foi_arena_strndup(&h->doc->arena, x->text,
                                                    (size_t)(strchr(x->text, ' ') - x->text));
                    continue;
                }
                x->text = "";
                x->bold = 0;
                for (int j = 0; j < rc[i].nitems; j++)
                    if (!strcasecmp(rc[i].items[j].label, labs[pass]))
                        x->text = rc[i].items[j].value;
                if (!x->text)
                    x->text = "";
            }
        }
    }
    foi_free(labs);
    foi_free(t->cells);
    foi_free(t->rows);
    t->cells = cells;
    t->rows = rows;
    t->ncells = t->acells = nc;
    t->nrows = nr;
    t->arows = (int)need;
}

static void table_close(struct hctx *h)
{
    struct tbuild *t = cur_table(h);
    if (!t)
        return;
    if (!h->rc)
        unpack_cells(h, t);
    if (!h->rc)
        table_layout(h, t);
    tbuild_free(t);
    h->ntb--;
}

/* ------------------------------------------------------------ text */

static void add_text(struct hctx *h, const xmlNode *n, unsigned ctx)
{
    const char *s = (const char *)n->content;
    if (!s || h->rc)
        return;
    size_t len = strlen(s);
    struct tbuild *t = cur_table(h);
    if (t) {
        if (!t->cell_depth && !t->caption_depth)
            return;   /* stray text between rows */
        if (buf_add_ctx(&t->buf, s, len, ctx))
            nomem(h);
        if (t->cell_depth && !is_blank(s)) {
            if (ctx & C_BOLD)
                t->cell_bold = 1;
            else
                t->cell_plain = 1;
        }
        return;
    }
    if ((ctx & C_PRE) && h->pre_depth) {
        if (buf_add_ctx(&h->pre, s, len, ctx))
            nomem(h);
        return;
    }
    if (ctx & C_PRE) {
        /* preformatted text: its newlines end lines */
        size_t start = 0;
        for (size_t i = 0; i <= len && !h->rc; i++) {
            if (i < len && s[i] != '\n')
                continue;
            if (buf_add_ctx(&h->line, s + start, i - start, ctx))
                nomem(h);
            h->line_flags |= ctx;
            if (i < len)
                flush_line(h, 0);
            start = i + 1;
        }
    } else if (buf_add_ctx(&h->line, s, len, ctx)) {
        nomem(h);
    }
    if (!is_blank(s)) {
        h->line_flags |= ctx;
        if (ctx & C_FOOTNOTE)
            h->line_fn = 1;
        else
            h->line_plain = 1;
    }
}

/* A block boundary: ends the line (outside tables) or adds a space (in a cell). */
static void boundary(struct hctx *h)
{
    struct tbuild *t = cur_table(h);
    if (t) {
        if ((t->cell_depth || t->caption_depth) && foi_buf_addc(&t->buf, ' '))
            nomem(h);
        return;
    }
    flush_line(h, 1);
}

/* ------------------------------------------------------------ the walk */

static const char *const skip_tags[] = {"script", "style", "noscript", "template", "head", "svg",
                                        "math", "iframe", "object", "canvas", NULL};
static const char *const struck_tags[] = {"del", "s", "strike", NULL};
static const char *const block_tags[] = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
    "menu", "nav", "ol", "p", "pre", "section", "summary", "ul", "tr", "td", "th", "tbody",
    "thead", "tfoot", "caption", "option", "select", "textarea", "table", NULL};

static void title_of(struct hctx *h, xmlNode *head)
{
    for (xmlNode *c = head->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !name_is(c, "title"))
            continue;
        struct foi_buf b;
        foi_buf_init(&b, 0);
        for (xmlNode *x = c->children; x; x = x->next)
            if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) && x->content &&
                buf_add_text(&b, (const char *)x->content, strlen((const char *)x->content)))
                nomem(h);
        const char *t = collapse(h, &b);
        foi_buf_release(&b);
        if (t && *t)
            h->doc->title = t;
        return;
    }
}

static int push(struct hctx *h, xmlNode *n, unsigned ctx, int action)
{
    if (h->sp >= h->lim->max_depth) {
        long line = xmlGetLineNo(n);
        return h->rc = foi_errf(h->err, FOI_ELIMIT,
                                line > 0 ? foi_arena_printf(&h->doc->arena, "line %ld", line) : NULL,
                                "elements nested more than %d deep, over the depth limit", h->lim->max_depth);
    }
    if (h->sp == h->ast) {
        int na = h->ast ? h->ast * 2 : 64;
        struct frame *v = foi_realloc(h->st, (size_t)na * sizeof *v);
        if (!v)
            return nomem(h);
        h->st = v;
        h->ast = na;
    }
    struct frame *f = &h->st[h->sp++];
    f->node = n;
    f->next = n->children;
    f->ctx = ctx;
    f->action = action;
    return 0;
}

/* The text of a small element (its text nodes and those of its inline
 * children, two levels), collapsed into buf (up to cap bytes); 0, or -1 when
 * longer. */
static int short_text(const xmlNode *n, char *buf, size_t cap)
{
    size_t k = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        const xmlNode *kids[2] = { c, NULL };
        if (c->type == XML_ELEMENT_NODE)
            kids[0] = c->children, kids[1] = NULL;
        for (const xmlNode *x = kids[0]; x; x = c->type == XML_ELEMENT_NODE ? x->next : NULL) {
            if ((x->type != XML_TEXT_NODE && x->type != XML_CDATA_SECTION_NODE) || !x->content)
                continue;
            for (const char *p = (const char *)x->content; *p; p++) {
                char ch = (*p == '\n' || *p == '\t' || *p == '\r') ? ' ' : *p;
                if (ch == ' ' && (!k || buf[k - 1] == ' '))
                    continue;
                if (k + 1 >= cap)
                    return -1;
                buf[k++] = ch;
            }
        }
    }
    while (k && buf[k - 1] == ' ')
        k--;
    buf[k] = '\0';
    return 0;
}

/* "4 allegations", "1 allegation": a count and one word of letters after it.
 * The word goes to noun (lowered, its plural "s" cut off); 0, else -1. */
static int counted_noun(const char *s, char *noun, size_t cap)
{
    const char *sp = strchr(s, ' ');
    if (!sp || sp == s || (size_t)(sp - s) >= 12)
        return -1;
    char num[12];
    memcpy(num, s, (size_t)(sp - s));
    num[sp - s] = 0;
    struct foi_value v;
    if (foi_value_parse(num, &v) || v.status != FOI_VS_REPORTED)
        return -1;
    size_t k = 0;
    for (const char *p = sp + 1; *p; p++) {
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) || k + 1 >= cap)
            return -1;
        noun[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    }
    if (k > 1 && noun[k - 1] == 's')
        k--;
    noun[k] = 0;
    return k >= 3 ? 0 : -1;
}

/* A definition list of labelled figures ("<dt>Sexual assault</dt><dd>13</dd>",
 * "<dd>Nil</dd>"): every term has one short description that reads as a
 * count or a mark. It is read as a table of two columns; any other list
 * stays text. Descriptions that are each a count and the same noun ("4
 * allegations", "1 allegation") are a figure list too: the noun (as the
 * first description writes it, in the plural) goes to unit, which heads the
 * count column, and the counts alone are its cells. */
static int figure_list(const xmlNode *n, char *unit, size_t ucap)
{
    int dt = 0, dd = 0, last_dt = 0, nouns = 0;
    char first[24] = "";
    unit[0] = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "dt")) {
            if (last_dt)
                return 0;
            dt++;
            last_dt = 1;
        } else if (name_is(c, "dd")) {
            if (!last_dt)
                return 0;
            dd++;
            last_dt = 0;
            char buf[24], noun[24];
            struct foi_value v;
            if (short_text(c, buf, sizeof buf) || !*buf)
                return 0;
            if (!foi_value_parse(buf, &v) && v.status != FOI_VS_NONE)
                continue;
            if (counted_noun(buf, noun, sizeof noun) || (nouns && strcmp(noun, first)))
                return 0;
            if (!nouns++) {
                snprintf(first, sizeof first, "%s", noun);
                snprintf(unit, ucap, "%s", strchr(buf, ' ') + 1);
            }
        } else {
            return 0;
        }
    }
    if (nouns && nouns != dd)
        return 0;   /* some counts with the noun, some without: not one list */
    if (nouns) {
        size_t l = strlen(unit);
        if (l + 1 < ucap && unit[l - 1] != 's' && unit[l - 1] != 'S')
            unit[l] = 's', unit[l + 1] = 0;   /* "allegation" under "1 allegation": the column's plural */
    }
    return dt >= 2 && dt == dd;
}

/* A figure list whose counts each carry the same noun ("4 allegations"): a
 * header row ("", the noun) over its two columns; its cells keep the counts
 * alone (cell_close cuts the noun off). */
static void unit_header(struct hctx *h, struct tbuild *t, const char *unit)
{
    t->open_group = t->ngroups++;
    t->open_kind = G_HEAD;
    row_open(h, t);
    for (int i = 0; i < 2 && !h->rc; i++) {
        t->cur_th = 1;
        t->cur_colspan = t->cur_rowspan = 1;
        t->cell_bold = t->cell_plain = 0;
        foi_buf_reset(&t->buf);
        if (i && buf_add_text(&t->buf, unit, strlen(unit))) {
            nomem(h);
            return;
        }
        cell_close(h, t);
    }
    t->open_group = -1;
    t->in_row = 0;
    char sing[24];
    if (!counted_noun(foi_arena_printf(&h->doc->arena, "1 %s", unit), sing, sizeof sing))
        snprintf(t->unit, sizeof t->unit, "%s", sing);
}

/* ------------------------------------------------------------ split lists */

#define SPLIT_MAX 4

/* One description of a split list: a count, then in brackets the same count
 * split into labelled parts ("12 (officers 10, staff 2)", "Nil (officers
 * nil, staff nil)"). The counts go to val (the whole first), the parts'
 * labels to lab; the number of parts, else -1. */
static int split_desc(const char *s, char val[][16], char lab[][24])
{
    const char *o = strstr(s, " (");
    size_t n = strlen(s);
    if (!o || o == s || (size_t)(o - s) >= 16 || n < 4 || s[n - 1] != ')')
        return -1;
    memcpy(val[0], s, (size_t)(o - s));
    val[0][o - s] = 0;
    int k = 0;
    const char *p = o + 2, *end = s + n - 1;
    while (p < end) {
        const char *q = p;
        while (q < end && !(*q == ';' || (*q == ',' && q[1] == ' ')))
            q++;   /* "1,200" keeps its comma: a part ends at ", " or ";" */
        const char *sp = q;
        while (sp > p && sp[-1] != ' ')
            sp--;   /* the part's count: its last word */
        if (k >= SPLIT_MAX || sp <= p + 1 || (size_t)(q - sp) >= 16 || (size_t)(sp - 1 - p) >= 24 || q == sp)
            return -1;
        memcpy(lab[k], p, (size_t)(sp - 1 - p));
        lab[k][sp - 1 - p] = 0;
        memcpy(val[k + 1], sp, (size_t)(q - sp));
        val[k + 1][q - sp] = 0;
        for (const char *c = lab[k]; *c; c++)
            if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == ' ' || *c == '-'))
                return -1;   /* a label is words ("officers", "police staff") */
        k++;
        p = q < end ? q + 1 : q;
        while (*p == ' ')
            p++;
    }
    return k >= 2 ? k : -1;
}

/* A definition list whose every description is a count and, in brackets,
 * that count split into parts that each description labels alike, in the
 * same order ("<dt>Sexual assault</dt><dd>12 (officers 10, staff 2)</dd>",
 * "<dd>Nil (officers nil, staff nil)</dd>"): the parts add up to the whole
 * in every description, so the first count is the total of the parts. It is
 * read as a table: the term, the total, then one column per part, under a
 * header row ("", "Total", the parts' labels as the first description
 * writes them). The number of parts, labels in lab; 0 when the list is no
 * such list (it is then read as any other). */
static int split_list(const xmlNode *n, char lab[][24])
{
    int dt = 0, dd = 0, last_dt = 0, parts = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "dt")) {
            if (last_dt)
                return 0;
            dt++;
            last_dt = 1;
            continue;
        }
        if (!name_is(c, "dd") || !last_dt)
            return 0;
        dd++;
        last_dt = 0;
        char buf[128], val[SPLIT_MAX + 1][16], l[SPLIT_MAX][24];
        if (short_text(c, buf, sizeof buf) || !*buf)
            return 0;
        int k = split_desc(buf, val, l);
        if (k < 0 || (parts && k != parts))
            return 0;
        int64_t sum = 0, whole = 0;
        for (int i = 0; i <= k; i++) {
            struct foi_value v;
            if (foi_value_parse(val[i], &v) || v.status != FOI_VS_REPORTED || !v.has_value || v.marker)
                return 0;   /* a mark, a range, a footnote: not a sum to check */
            if (i)
                sum += v.value;
            else
                whole = v.value;
        }
        if (sum != whole)
            return 0;   /* the bracket is no split of the count */
        for (int i = 0; i < k; i++) {
            if (parts && strcasecmp(l[i], lab[i]))
                return 0;
            if (!parts)
                memcpy(lab[i], l[i], sizeof l[i]);
        }
        parts = k;
    }
    return dt >= 2 && dt == dd ? parts : 0;
}

/* A split list's header row: "", "Total", then the parts' labels. */
static void split_header(struct hctx *h, struct tbuild *t, char lab[][24], int parts)
{
    t->open_group = t->ngroups++;
    t->open_kind = G_HEAD;
    row_open(h, t);
    for (int i = 0; i < parts + 2 && !h->rc; i++) {
        t->cur_th = 1;
        t->cur_colspan = t->cur_rowspan = 1;
        t->cell_bold = t->cell_plain = 0;
        foi_buf_reset(&t->buf);
        const char *w = i == 0 ? "" : i == 1 ? "Total" : lab[i - 2];
        if (buf_add_text(&t->buf, w, strlen(w))) {
            nomem(h);
            return;
        }
        cell_close(h, t);
    }
    t->open_group = -1;
    t->in_row = 0;
    t->split = parts;
}

/* A split list's description closing: its counts laid out as cells, the
 * total then each part. 1 when it laid them out; 0 for any other cell. */
static int split_cells(struct hctx *h, struct tbuild *t, const char *text)
{
    if (!t->split || t->splitting || !t->nrows || t->rows[t->nrows - 1].n != 1)
        return 0;
    char val[SPLIT_MAX + 1][16], lab[SPLIT_MAX][24];
    int k = split_desc(text, val, lab);
    if (k != t->split)
        return 0;
    t->splitting = 1;
    int th = t->cur_th;
    for (int i = 0; i <= k && !h->rc; i++) {
        t->cur_th = th;
        t->cur_colspan = t->cur_rowspan = 1;
        foi_buf_reset(&t->buf);
        if (buf_add_text(&t->buf, val[i], strlen(val[i]))) {
            nomem(h);
            break;
        }
        cell_close(h, t);
    }
    t->splitting = 0;
    return 1;
}

/* What a cell of a table holds, its nested tables not looked into: a table
 * (*tables), a heading or a paragraph of prose (*prose: an <h1>-<h6>, a
 * <p> of 80 characters or more, or two <p>s). */
static void cell_holds(const xmlNode *n, int *tables, int *prose, int *paras, int depth)
{
    if (depth > 24)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "table")) {
            (*tables)++;
            continue;
        }
        static const char *const heads[] = { "h1", "h2", "h3", "h4", "h5", "h6", NULL };
        if (name_in(c, heads))
            (*prose)++;
        else if (name_is(c, "p")) {
            xmlChar *tx = xmlNodeGetContent(c);
            if (tx && strlen((const char *)tx) >= 80)
                (*prose)++;
            xmlFree(tx);
            if (++*paras >= 2)
                (*prose)++;
        }
        cell_holds(c, tables, prose, paras, depth + 1);
    }
}

/* A legacy page's layout table: an outer <table> that places the page's
 * parts (a banner, the letter's text, the data tables side by side, the
 * rights paragraph) in its cells. One of its cells holds a table and
 * another (or the same) a heading or prose. It is no grid of figures: its
 * cells' text is the page's lines and the tables in it the page's tables,
 * each read as its own (with its caption), so what the text says of them
 * reaches them. */
static int layout_table(const xmlNode *n)
{
    int tables = 0, prose = 0;
    /* the table's own rows: children, or in its <thead>/<tbody>/<tfoot> */
    for (const xmlNode *g = n->children; g; g = g->next) {
        if (g->type != XML_ELEMENT_NODE)
            continue;
        const xmlNode *first = name_is(g, "tr") ? g : g->children;
        int group = !name_is(g, "tr");
        if (group && !(name_is(g, "tbody") || name_is(g, "thead") || name_is(g, "tfoot")))
            continue;
        for (const xmlNode *r = first; r; r = group ? r->next : NULL) {
            if (r->type != XML_ELEMENT_NODE || !name_is(r, "tr"))
                continue;
            for (const xmlNode *c = r->children; c; c = c->next) {
                if (c->type != XML_ELEMENT_NODE || !(name_is(c, "td") || name_is(c, "th")))
                    continue;
                int paras = 0;
                cell_holds(c, &tables, &prose, &paras, 0);
            }
        }
    }
    return tables && prose;
}

/* A table inside a cell of another ("Sexual assault | 8 | <table of outcomes
 * and their numbers>"): what the outer row is about is the inner table's
 * caption (the row's label: its row-header cell, else its first cell, when
 * that is text and not the cell holding the table), and the outer table's
 * heading is its heading. */
static void nested_context(struct hctx *h, const struct tbuild *outer, struct tbuild *inner)
{
    if (!outer->in_row || !outer->nrows)
        return;
    const struct hrow *row = &outer->rows[outer->nrows - 1];
    const char *lab = NULL;
    for (int i = row->first; i < outer->ncells && !lab; i++)
        if (outer->cells[i].th)
            lab = outer->cells[i].text;
    if (!lab && row->first < outer->ncells)
        lab = outer->cells[row->first].text;
    struct foi_value v;
    /* a long text beside a table is a layout table's content, no row label */
    if (lab && *lab && strlen(lab) <= 100 && !(foi_value_parse(lab, &v) == 0 && v.status != FOI_VS_NONE))
        inner->outer_label = lab;   /* its caption, unless it has one of its own */
    if (!inner->heading)
        inner->heading = outer->heading;
    (void)h;
}

/* A node's text, every level, a node left out. */
static int node_text(const xmlNode *n, const xmlNode *skip, struct foi_buf *b, int depth)
{
    if (depth > 8)
        return -1;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c == skip)
            continue;
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
            if (buf_add_text(b, (const char *)c->content, strlen((const char *)c->content)))
                return -1;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (name_is(c, "table") || name_is(c, "ul") || name_is(c, "ol") || name_is(c, "br"))
                return -1;
            if (node_text(c, skip, b, depth + 1) || foi_buf_addc(b, ' '))
                return -1;
        }
    }
    return 0;
}

/* A packed cell: a count ("7 allegations", "7") and, as a direct child, one
 * list whose every item is a label and a count ("Dismissed: 2"). Its items go
 * to the open cell (unpack_cells reads the table they make); the list is then
 * not read as the cell's text. */
static void packed_cell(struct hctx *h, struct tbuild *t, const xmlNode *n)
{
    const xmlNode *list = NULL;
    int nli = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !(name_is(c, "ul") || name_is(c, "ol")))
            continue;
        if (list)
            return;
        list = c;
    }
    if (!list)
        return;
    for (const xmlNode *c = list->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && !name_is(c, "li"))
            return;
        nli += c->type == XML_ELEMENT_NODE;
    }
    if (nli < 1 || nli > 64)
        return;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int bad = node_text(n, list, &b, 0);
    const char *total = bad ? NULL : collapse(h, &b);
    foi_buf_release(&b);
    char noun[24];
    struct foi_value v;
    if (!total || !(counted_noun(total, noun, sizeof noun) == 0 ||
                    (foi_value_parse(total, &v) == 0 && v.status == FOI_VS_REPORTED)))
        return;
    struct pitem *items = foi_arena_alloc(&h->doc->arena, (size_t)nli * sizeof *items);
    if (!items) {
        nomem(h);
        return;
    }
    int k = 0;
    for (const xmlNode *c = list->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        foi_buf_init(&b, 0);
        bad = node_text(c, NULL, &b, 0);
        const char *s = bad ? NULL : collapse(h, &b);
        foi_buf_release(&b);
        const char *colon = s ? strrchr(s, ':') : NULL;
        if (!colon || colon == s || strlen(s) > 120)
            return;
        const char *val = colon + 1;
        while (*val == ' ')
            val++;
        size_t ll = (size_t)(colon - s);
        while (ll && s[ll - 1] == ' ')
            ll--;
        int letters = 0;
        for (size_t i = 0; i < ll; i++)
            letters += isalpha((unsigned char)s[i]) != 0;
        if (letters < 2 || foi_value_parse(val, &v) || v.status == FOI_VS_NONE)
            return;
        items[k].label = foi_arena_strndup(&h->doc->arena, s, ll);
        items[k].value = val;
        if (!items[k].label) {
            nomem(h);
            return;
        }
        k++;
    }
    t->cur_packed = 1;
    t->cur_items = items;
    t->cur_nitems = k;
}

/* A tab's label as the heading line at the top of its panel: the panel
 * shows the figures of the tab the reader clicked ("2025/26"), as a heading
 * over them would. The tab's text, else its aria-label; of no rank (as a
 * <summary>). */
static void tab_heading(struct hctx *h, const xmlNode *tab)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    const char *label = NULL;
    if (!node_text(tab, NULL, &b, 0))
        label = collapse(h, &b);
    if (label && !*label && attr(tab, "aria-label")) {
        const char *a = attr(tab, "aria-label");
        foi_buf_reset(&b);
        if (!buf_add_text(&b, a, strlen(a)))
            label = collapse(h, &b);
    }
    foi_buf_release(&b);
    flush_line(h, 1);
    if (!label || !*label || h->rc)
        return;
    if (foi_buf_adds(&h->line, label)) {
        nomem(h);
        return;
    }
    h->line_flags = C_HEADING;
    h->line_plain = 1;
    flush_line(h, 1);
}

/* A <figure> that holds a table (a <table>, a role or grid table, a list or
 * <pre> block the reader may make one of) and a <figcaption> as its own
 * child, before or after the table: the figcaption is the caption of the
 * tables in it ("Figure 2: allegations against officers and staff, 25/26"),
 * after their own <caption> when they have one, and not a line of the
 * page (a line beside the next table would be read as that table's). 1 when
 * the figure is so taken (h->fig set), else 0. */
static int figure_open(struct hctx *h, xmlNode *n)
{
    const xmlNode *cap = NULL;
    for (const xmlNode *c = n->children; c && !cap; c = c->next)
        if (c->type == XML_ELEMENT_NODE && name_is(c, "figcaption") && !attr(c, "hidden"))
            cap = c;
    if (!cap)
        return 0;
    int holds = 0;
    for (xmlNode *c = tree_next(n, n, 1); c && !holds; c = tree_next(c, n, c != cap))
        if (c->type == XML_ELEMENT_NODE && c != cap &&
            (name_is(c, "table") || name_is(c, "dl") || name_is(c, "pre") || aria_role(c) == R_TABLE || grid_of(h, c)))
            holds = 1;
    if (!holds)
        return 0;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    const char *text = node_text(cap, NULL, &b, 0) ? NULL : collapse(h, &b);
    foi_buf_release(&b);
    if (!text || !*text || h->rc)
        return 0;
    h->fig = n;
    h->fig_cap = text;
    h->fig_used = 0;
    return 1;
}

/* Leaving the figure: a caption no table took (its list or <pre> block
 * made none) is a line after all, where the figure ends. */
static void figure_close(struct hctx *h)
{
    if (!h->fig_used && h->fig_cap && *h->fig_cap) {
        flush_line(h, 1);
        if (foi_buf_adds(&h->line, h->fig_cap)) {
            nomem(h);
        } else {
            h->line_plain = 1;
            flush_line(h, 1);
        }
    }
    h->fig = NULL;
    h->fig_cap = NULL;
    h->fig_used = 0;
}

/* Entering an element: decide what it is, return the action for its exit
 * (or -1 to skip it entirely). */
static int enter(struct hctx *h, xmlNode *n, unsigned *ctx)
{
    if (name_is(n, "head")) {
        if (!h->doc->title)
            title_of(h, n);
        return -1;
    }
    /* a page whose script fills an empty table: what it shows without
     * scripts is read instead (script_target) */
    if (name_is(n, "noscript") && h->read_noscript && !hidden(h, n)) {
        h->noscript_read += has_digit_text(n);
        boundary(h);
        return A_BLOCK;
    }
    if (name_in(n, skip_tags) || hidden(h, n))
        return -1;
    /* struck through: text the page shows withdrawn ("<del>16</del>", a
     * superseded column of a revised response beside the revised one), no
     * part of what it says now (round 42b) */
    if (name_in(n, struck_tags)) {
        h->struck_n += has_digit_text(n);
        return -1;
    }
    /* a figure's caption: its tables' caption (figure_open), not a line */
    if (h->fig && name_is(n, "figcaption") && n->parent == h->fig)
        return -1;
    if (!h->fig && !cur_table(h) && !h->pre_depth && name_is(n, "figure") && figure_open(h, n)) {
        boundary(h);
        return A_FIGURE;
    }
    /* a tab widget outside a table: each tab's label heads its panel
     * (tab_heading), never runs into its neighbours' in the tab list */
    if (!cur_table(h) && h->ntabs) {
        if (tab_of(h, n, 1))
            return -1;
        const struct tabmark *panel = tab_of(h, n, 0);
        if (panel) {
            tab_heading(h, panel->tab);
            return A_BLOCK;
        }
    }
    /* a <details> element's <summary> is its heading (the answer's title) */
    if (name_is(n, "h1") || name_is(n, "h2") || name_is(n, "h3") || name_is(n, "h4") ||
        name_is(n, "h5") || name_is(n, "h6") || name_is(n, "summary"))
        *ctx = heading_ctx(n, *ctx);
    else if (name_is(n, "li"))
        *ctx |= C_LI;
    else if (name_is(n, "small"))
        *ctx |= C_FOOTNOTE;
    else if (name_is(n, "b") || name_is(n, "strong"))
        *ctx |= C_BOLD;
    else if (name_is(n, "pre"))
        *ctx |= C_PRE;
    else if (name_is(n, "sup"))
        *ctx |= C_SUP;
    if (footnote_class(n))
        *ctx |= C_FOOTNOTE;

    if (name_is(n, "br")) {
        struct tbuild *t = cur_table(h);
        if (!t && h->pre_depth) {
            if (foi_buf_addc(&h->pre, '\n'))
                nomem(h);
            return A_NONE;
        }
        if (t) {
            if ((t->cell_depth || t->caption_depth) && foi_buf_addc(&t->buf, ' '))
                nomem(h);
        } else {
            flush_line(h, 0);
        }
        return A_NONE;
    }
    struct tbuild *t = cur_table(h);
    int in_cell = t && (t->cell_depth || t->caption_depth);
    /* a packed cell's list: read as its items (packed_cell), not its text */
    if (t && t->cell_depth && t->cur_packed && (name_is(n, "ul") || name_is(n, "ol")))
        return -1;
    /* a data cell's screen-reader label: not what the cell shows */
    if (t && t->cell_depth && !label_cell(t) && screen_reader_only(n))
        return -1;
    /* an abbreviation in a label cell: the reader sees the letters and,
     * pointing at them, the words (its title); both are the label's words */
    if (t && t->cell_depth && label_cell(t) && name_is(n, "abbr") && attr(n, "title") && *attr(n, "title"))
        return A_ABBR;
    char unit[24], parts[SPLIT_MAX][24];
    int split = 0;
    enum aria role = aria_role(n);
    int grid_flat = 0, grid_head = 0;
    if (role == R_NONE)
        role = grid_role(h, n, &grid_flat, &grid_head);
    /* a layout table: its cells are blocks of the page, the tables in them
     * the page's own */
    if (!t && name_is(n, "table") && layout_table(n)) {
        boundary(h);
        return A_BLOCK;
    }
    if (name_is(n, "table") || role == R_TABLE ||
        (!t && name_is(n, "dl") && figure_list(n, unit, sizeof unit)) ||
        (!t && name_is(n, "dl") && (split = split_list(n, parts)) > 0)) {
        if (!t)
            flush_line(h, 1);
        table_open(h);
        /* a role table's label names it as a caption would */
        const char *label = role == R_TABLE ? attr(n, "aria-label") : NULL;
        if (label && *label && !h->rc) {
            struct foi_buf lb;
            foi_buf_init(&lb, 0);
            if (buf_add_text(&lb, label, strlen(label)))
                nomem(h);
            const char *c = collapse(h, &lb);
            foi_buf_release(&lb);
            if (c && *c)
                cur_table(h)->caption = c;
        }
        if (t && in_cell && !h->rc)
            nested_context(h, t, cur_table(h));
        if (!t && name_is(n, "dl") && !split && unit[0] && !h->rc)
            unit_header(h, cur_table(h), unit);
        if (split > 0 && !h->rc)
            split_header(h, cur_table(h), parts, split);
        return A_TABLE;
    }
    if (t && !in_cell && (name_is(n, "dt") || name_is(n, "dd"))) {
        /* a definition list of figures: a term starts a row */
        if (name_is(n, "dt"))
            row_open(h, t);
        cell_open(h, t, n);
        t->cell_depth = h->sp + 1;
        return A_CELL;
    }
    if (t && !in_cell) {
        if (name_is(n, "caption")) {
            if (!t->caption) {
                foi_buf_reset(&t->buf);
                t->caption_depth = h->sp + 1;
            }
            return A_CAPTION;
        }
        if (name_is(n, "thead") || name_is(n, "tbody") || name_is(n, "tfoot") || role == R_GROUP) {
            t->in_row = 0;
            t->open_group = t->ngroups++;
            t->open_kind = name_is(n, "thead") ? G_HEAD : name_is(n, "tfoot") ? G_FOOT : G_BODY;
            return A_GROUP;
        }
        if (name_is(n, "tr") || role == R_ROW) {
            row_open(h, t);
            const char *cls = attr(n, "class");
            if (!h->rc && cls && foi_strcasestr(cls, "total"))
                t->rows[t->nrows - 1].marked = 1;
            return A_ROW;
        }
        if (name_is(n, "td") || name_is(n, "th") || role == R_TH || role == R_TD) {
            /* a flat grid's cells: a new row every ncols of them, the first
             * row its head */
            if (grid_flat && (!t->in_row || (t->nrows && t->rows[t->nrows - 1].n >= grid_flat)))
                row_open(h, t);
            if (h->rc)
                return -1;
            cell_open(h, t, n);
            if (grid_head || (grid_flat && t->nrows == 1))
                t->cur_th = 1;
            t->cell_depth = h->sp + 1;
            if (!h->rc)
                packed_cell(h, t, n);
            return A_CELL;
        }
        return A_NONE;
    }
    if (!t && !h->pre_depth && name_is(n, "pre")) {
        boundary(h);
        foi_buf_reset(&h->pre);
        h->pre_depth = h->sp + 1;
        h->pre_ctx = *ctx;
        return A_PRE;
    }
    if (name_in(n, block_tags)) {
        boundary(h);
        return in_cell ? A_CELLBLOCK : A_BLOCK;
    }
    return A_NONE;
}

/* The lines of preformatted text, as before: each newline ends a line. */
static void pre_lines(struct hctx *h, const char *s, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i <= len && !h->rc; i++) {
        if (i < len && s[i] != '\n')
            continue;
        if (foi_buf_add(&h->line, s + start, i - start))
            nomem(h);
        if (i > start)
            h->line_plain = 1;
        h->line_flags |= h->pre_ctx;
        if (i < len)
            flush_line(h, 0);
        start = i + 1;
    }
}

/* A <pre> block: fixed-width text, read as the text reader reads a letter
 * (read_text.c). The tables it finds there ("Type / Outcome  2023/24 ..."
 * over a rule, rows in columns) become the page's tables at that place,
 * their cells copied; its other lines, and the whole block when it holds no
 * table, are lines as before. */
static void pre_close(struct hctx *h)
{
    const char *s = h->pre.data ? h->pre.data : "";
    size_t len = h->pre.len;
    struct foi_doc td;
    struct foi_err e;
    foi_err_clear(&e);
    foi_doc_init(&td, h->doc->path);
    int rc = len ? foi_read_text(&td, s, len, h->lim, &e) : FOI_EPARSE;
    if (rc == FOI_ENOMEM) {
        foi_doc_release(&td);
        nomem(h);
        return;
    }
    if (rc || !td.ntables) {
        foi_doc_release(&td);
        pre_lines(h, s, len);
        return;
    }
    for (int ln = 1; ln <= td.nlines && !h->rc; ln++) {
        const struct foi_table *in = NULL;
        for (int k = 0; k < td.ntables && !in; k++)
            if (ln >= td.tables[k].first_line && ln <= td.tables[k].last_line)
                in = &td.tables[k];
        if (!in) {
            const char *t = td.lines[ln - 1].text;
            pre_lines(h, t, strlen(t));
            flush_line(h, 0);
            continue;
        }
        if (ln != in->first_line)
            continue;
        flush_line(h, 1);
        table_open(h);
        struct tbuild *tb = cur_table(h);
        if (h->rc || !tb)
            return;
        int index = tb->index, anchor = tb->anchor;
        const char *heading = tb->heading, *figcap = tb->fig_caption;
        tbuild_free(tb);
        h->ntb--;
        size_t n = (size_t)in->nrows * (size_t)in->ncols;
        struct foi_cell *cells = foi_arena_alloc(&h->doc->arena, (n ? n : 1) * sizeof *cells);
        if (!cells) {
            nomem(h);
            return;
        }
        for (size_t k = 0; k < n; k++) {
            cells[k] = in->cells[k];
            cells[k].text = foi_arena_strdup(&h->doc->arena, in->cells[k].text);
            cells[k].src_row = (int)(k / (size_t)in->ncols) + 1;
            cells[k].src_col = (int)(k % (size_t)in->ncols) + 1;
            if (!cells[k].text) {
                nomem(h);
                return;
            }
        }
        if (index > h->atables) {
            int na = h->atables ? h->atables * 2 : 4;
            while (na < index)
                na *= 2;
            struct foi_table *v = foi_realloc(h->tables, (size_t)na * sizeof *v);
            if (!v) {
                nomem(h);
                return;
            }
            memset(v + h->atables, 0, (size_t)(na - h->atables) * sizeof *v);
            h->tables = v;
            h->atables = na;
        }
        struct foi_table *ft = &h->tables[index - 1];
        memset(ft, 0, sizeof *ft);
        ft->index = index;
        ft->nrows = in->nrows;
        ft->ncols = in->ncols;
        ft->cells = cells;
        ft->header_rows = in->header_rows;
        ft->caption = figcap;
        ft->heading = in->heading ? foi_arena_strdup(&h->doc->arena, in->heading) : heading;
        ft->anchor_line = anchor;
        h->next_para = 1;
    }
    foi_doc_release(&td);
}

static void leave(struct hctx *h, struct frame *f)
{
    struct tbuild *t = cur_table(h);
    switch (f->action) {
    case A_BLOCK:
    case A_CELLBLOCK:
        boundary(h);
        break;
    case A_FIGURE:
        boundary(h);
        if (f->node == h->fig)
            figure_close(h);
        break;
    case A_TABLE:
        table_close(h);
        if (!cur_table(h))
            h->next_para = 1;
        break;
    case A_PRE:
        if (h->pre_depth == h->sp) {
            h->pre_depth = 0;
            pre_close(h);
            boundary(h);
        }
        break;
    case A_CAPTION:
        if (t && t->caption_depth == h->sp) {
            const char *c = collapse(h, &t->buf);
            if (c && *c)
                t->caption = c;
            t->caption_depth = 0;
            foi_buf_reset(&t->buf);
        }
        break;
    case A_GROUP:
        if (t) {
            t->open_group = -1;
            t->implicit_group = -1;
            t->in_row = 0;
        }
        break;
    case A_ROW:
        if (t)
            t->in_row = 0;
        break;
    case A_CELL:
        if (t && t->cell_depth == h->sp)
            cell_close(h, t);
        break;
    case A_ABBR:
        if (t && t->cell_depth) {
            const char *title = attr(f->node, "title");
            if (foi_buf_add(&t->buf, " (", 2) || buf_add_text(&t->buf, title, strlen(title)) ||
                foi_buf_addc(&t->buf, ')'))
                nomem(h);
        }
        break;
    default:
        break;
    }
}

static void walk(struct hctx *h, xmlNode *root)
{
    for (xmlNode *top = root; top && !h->rc; top = top->next) {
        if (top->type != XML_ELEMENT_NODE)
            continue;
        unsigned ctx = 0;
        int action = enter(h, top, &ctx);
        if (action < 0 || h->rc)
            continue;
        if (push(h, top, ctx, action))
            return;
        while (h->sp > 0 && !h->rc) {
            struct frame *f = &h->st[h->sp - 1];
            xmlNode *c = f->next;
            if (!c) {
                leave(h, f);
                h->sp--;
                continue;
            }
            f->next = c->next;
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                add_text(h, c, f->ctx);
                continue;
            }
            if (c->type != XML_ELEMENT_NODE)
                continue;
            unsigned cctx = f->ctx;
            int a = enter(h, c, &cctx);
            if (a < 0 || h->rc)
                continue;
            push(h, c, cctx, a);
        }
    }
}

/* ------------------------------------------------------------ the reader */

int foi_read_html(struct foi_doc *doc, const char *bytes, size_t n,
                  const struct foi_limits *lim, struct foi_err *err)
{
    const char *text;
    size_t len;
    int rc = foi_read_start(doc, FOI_FMT_HTML, bytes, n, &lim, &text, &len, err);
    if (rc)
        return rc;
    if (len > INT_MAX)
        return foi_errf(err, FOI_ELIMIT, NULL, "HTML too large for the parser");
    foi_xml_init();
    xmlSetGenericErrorFunc(NULL, silent);
    xmlSetStructuredErrorFunc(NULL, silent_structured);

    xml_oom = 0;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading HTML");
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD | XML_PARSE_HUGE;
    htmlDocPtr d = htmlCtxtReadMemory(ctxt, len ? text : "", (int)len, NULL, "UTF-8", opts);
    int oom = xml_oom || ctxt->errNo == XML_ERR_NO_MEMORY;
    htmlFreeParserCtxt(ctxt);
    if (oom) {
        xmlFreeDoc(d);
        return foi_errf(err, FOI_ENOMEM, NULL, "out of memory reading HTML");
    }
    xmlNode *root = d ? xmlDocGetRootElement(d) : NULL;
    if (!root) {
        xmlFreeDoc(d);
        return foi_errf(err, FOI_EPARSE, NULL, "not an HTML document");
    }

    struct hctx h = {.doc = doc, .lim = lim, .err = err, .next_para = 1};
    foi_buf_init(&h.line, 0);
    foi_buf_init(&h.pre, 0);
    foi_buf_init(&h.controls, 0);
    foi_buf_init(&h.scripts, 0);
    collect_page(&h, root);
    script_target(&h, root);
    find_tabs(&h, root);
    find_grids(&h, root);
    walk(&h, d->children);
    if (!h.rc && h.hidden_n &&
        foi_doc_note(doc, FOI_NOTE_WARNING, "hidden_content", "",
                     "%d element%s holding figures %s hidden by the page's own stylesheet ('%s' is display: none) "
                     "and not read", h.hidden_n, h.hidden_n == 1 ? "" : "s", h.hidden_n == 1 ? "is" : "are",
                     h.hidden_sel))
        h.rc = FOI_ENOMEM;
    if (!h.rc && h.struck_n &&
        foi_doc_note(doc, FOI_NOTE_INFO, "struck_content", "",
                     "%d struck-through element%s holding figures (<del>, <s>, <strike>) %s read as withdrawn and "
                     "left out", h.struck_n, h.struck_n == 1 ? "" : "s", h.struck_n == 1 ? "is" : "are"))
        h.rc = FOI_ENOMEM;
    if (!h.rc && h.noscript_read &&
        foi_doc_note(doc, FOI_NOTE_INFO, "hidden_content", "",
                     "the page's %s is empty in the HTML (a script fills it in the browser); its <noscript> "
                     "fallback, shown when scripts do not run, was read instead", h.empty_target))
        h.rc = FOI_ENOMEM;
    if (!h.rc) {
        flush_line(&h, 1);
        while (h.ntb && !h.rc)   /* tables left open by the parser */
            table_close(&h);
    }
    rc = h.rc;
    if (!rc) {
        doc->lines = foi_arena_alloc(&doc->arena, (size_t)(h.nlines ? h.nlines : 1) * sizeof *doc->lines);
        doc->tables = foi_arena_alloc(&doc->arena, (size_t)(h.ntables ? h.ntables : 1) * sizeof *doc->tables);
        size_t total = 0;
        for (int i = 0; i < h.nlines; i++)
            total += strlen(h.lines[i].text) + 1;
        char *joined = foi_arena_alloc(&doc->arena, total + 1);
        if (!doc->lines || !doc->tables || !joined) {
            rc = nomem(&h);
        } else {
            if (h.nlines)
                memcpy(doc->lines, h.lines, (size_t)h.nlines * sizeof *h.lines);
            if (h.ntables)
                memcpy(doc->tables, h.tables, (size_t)h.ntables * sizeof *h.tables);
            doc->nlines = h.nlines;
            doc->ntables = h.ntables;
            size_t off = 0;
            for (int i = 0; i < h.nlines; i++) {
                size_t l = strlen(h.lines[i].text);
                memcpy(joined + off, h.lines[i].text, l);
                off += l;
                if (i + 1 < h.nlines)
                    joined[off++] = '\n';
            }
            joined[off] = '\0';
            doc->text = joined;
            doc->text_len = off;
        }
    }
    while (h.ntb)
        tbuild_free(h.tb[--h.ntb]);
    foi_free(h.tb);
    foi_free(h.tables);
    foi_free(h.lines);
    foi_free(h.st);
    foi_buf_release(&h.line);
    foi_buf_release(&h.pre);
    foi_buf_release(&h.controls);
    foi_free(h.hide);
    foi_free(h.lay);
    foi_free(h.grids);
    foi_free(h.tabs);
    foi_buf_release(&h.scripts);
    xmlFreeDoc(d);
    return rc;
}
