/* attach.c: pairs covering letters with their attachments after the first
 * pass of a build, decides which attachments are read again with their
 * letter's context, and records the pairing (attached_to, attachment_missing).
 * See attach.h and docs/letters.md. */
#include "attach.h"
#include "../normalize/context.h"
#include "../normalize/figure.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ names */
static const char *base_of(const char *rel)
{
    const char *s = strrchr(rel, '/');
    return s ? s + 1 : rel;
}

static size_t dir_len(const char *rel)
{
    const char *s = strrchr(rel, '/');
    return s ? (size_t)(s - rel) : 0;
}

static int same_dir(const char *a, const char *b)
{
    size_t n = dir_len(a);
    return n == dir_len(b) && !strncmp(a, b, n);
}

/* A file name folded for comparison: lower case letters and digits, every
 * run of anything else one space ("FOI 2041A_23 attachment.PDF" ->
 * "foi 2041a 23 attachment pdf"). */
void foi_attach_fold_name(const char *s, char *out, size_t n)
{
    size_t k = 0;
    int sp = 0;
    for (; *s && k + 2 < n; s++) {
        unsigned char ch = (unsigned char)*s;
        if (isalnum(ch)) {
            if (sp && k)
                out[k++] = ' ';
            out[k++] = (char)tolower(ch);
            sp = 0;
        } else {
            sp = 1;
        }
    }
    out[k] = 0;
}

/* The folded name without its extension. */
static void fold_stem(const char *s, char *out, size_t n)
{
    char tmp[512];
    snprintf(tmp, sizeof tmp, "%s", s);
    char *dot = strrchr(tmp, '.');
    if (dot && strlen(dot) <= 5)
        *dot = 0;
    foi_attach_fold_name(tmp, out, n);
}

/* Does the folded haystack hold, as a whole word, the longest numbered
 * part of the reference ("2041A/23" -> "2041a"; "FOI 0455-24" -> "0455")?
 * The year part a file name often leaves out does not count. */
static int has_ref_words(const char *hay, const char *ref)
{
    char r[256];
    foi_attach_fold_name(ref, r, sizeof r);
    const char *best = NULL;
    size_t bl = 0;
    char *save = NULL;
    for (char *w = strtok_r(r, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        int digits = 0;
        for (char *p = w; *p; p++)
            digits += isdigit((unsigned char)*p) != 0;
        if (digits >= 3 && strlen(w) > bl) {
            best = w;
            bl = strlen(w);
        }
    }
    if (!best)
        return 0;
    for (const char *p = hay; (p = strstr(p, best)) != NULL; p++)
        if ((p == hay || p[-1] == ' ') && (p[bl] == ' ' || p[bl] == 0))
            return 1;
    return 0;
}

/* ------------------------------------------------------------ plan */
static const char *meta_of(const struct foi_dataset *ds, const char *src, const char *key)
{
    for (size_t i = 0; i < ds->nmetas; i++)
        if (!strcmp(ds->metas[i].source_file, src) && !strcmp(ds->metas[i].key, key))
            return ds->metas[i].value;
    return NULL;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int add_pair(struct foi_attach_plan *plan, const char *letter, const char *att, const char *named,
                    const char *how, const char *context)
{
    if (foi_grow((void **)&plan->p, &plan->a, plan->n, sizeof *plan->p))
        return FOI_ENOMEM;
    struct foi_attach_pair *p = &plan->p[plan->n++];
    p->letter = letter;
    p->attachment = att;
    p->named = named;
    p->how = how;
    p->context = context;
    return 0;
}

/* The context an attachment gets: the letter's, with where it came from. */
static const char *context_for(struct foi_attach_plan *plan, const char *letter, const char *ctx)
{
    if (!ctx || !*ctx)
        return NULL;
    return foi_arena_printf(&plan->arena, "%sorigin: covering letter %s\n", ctx, letter);
}

static int is_letter(const char **letters, size_t nl, const char *src)
{
    return bsearch(&src, letters, nl, sizeof *letters, cmp_str) != NULL;
}

/* A reference folded to its numbered words ("FOI 7931/24" and "Ref:
 * 7931-24" both give "7931 24"): the words around them ("FOI", "Our ref")
 * are how a page or a letter writes the same reference. */
static void ref_numbers(const char *ref, char *out, size_t n)
{
    char f[256];
    foi_attach_fold_name(ref, f, sizeof f);
    size_t k = 0;
    out[0] = 0;
    char *save = NULL;
    for (char *w = strtok_r(f, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        int digit = 0;
        for (char *p = w; *p; p++)
            digit |= isdigit((unsigned char)*p) != 0;
        size_t wl = strlen(w);
        if (!digit || k + wl + 2 > n)
            continue;
        if (k)
            out[k++] = ' ';
        memcpy(out + k, w, wl);
        k += wl;
        out[k] = 0;
    }
}

/* A file that states a request reference of its own, other than the
 * letter's, answers another request: it is nobody's attachment here. */
static int other_request(const struct foi_dataset *ds, const char *src, const char *ref)
{
    char a[256], b[256];
    ref_numbers(ref ? ref : "", a, sizeof a);
    for (size_t i = 0; i < ds->nrecords; i++) {
        const struct foi_record *r = &ds->records[i];
        if (strcmp(r->source_file, src) || !r->request_ref || !*r->request_ref)
            continue;
        ref_numbers(r->request_ref, b, sizeof b);
        return !*a || strcmp(a, b) != 0;
    }
    return 0;
}

static int claimed(const struct foi_attach_plan *plan, const char *src)
{
    for (size_t i = 0; i < plan->n; i++)
        if (plan->p[i].attachment && !strcmp(plan->p[i].attachment, src))
            return 1;
    return 0;
}

int foi_attach_plan(const struct foi_dataset *ds, struct foi_attach_plan *plan)
{
    memset(plan, 0, sizeof *plan);
    foi_arena_init(&plan->arena, 0);
    size_t ns = ds->nsources;
    const char **src = foi_malloc((ns ? ns : 1) * sizeof *src);
    const char **letters = foi_malloc((ds->nmetas ? ds->nmetas : 1) * sizeof *letters);
    if (!src || !letters) {
        foi_free(src);
        foi_free(letters);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; i < ns; i++)
        src[i] = ds->sources[i].source_file;
    qsort(src, ns, sizeof *src, cmp_str);
    size_t nl = 0;
    for (size_t i = 0; i < ds->nmetas; i++)
        if (!strcmp(ds->metas[i].key, "attachment"))
            letters[nl++] = ds->metas[i].source_file;
    qsort(letters, nl, sizeof *letters, cmp_str);
    size_t u = 0;
    for (size_t i = 0; i < nl; i++)
        if (!u || strcmp(letters[u - 1], letters[i]))
            letters[u++] = letters[i];
    nl = u;
    int rc = 0;
    for (size_t li = 0; li < nl && !rc; li++) {
        const char *letter = letters[li];
        const char *ctx = meta_of(ds, letter, "context");
        const char *context = context_for(plan, letter, ctx);
        /* the letter's reference, from its context */
        const char *ref = NULL;
        if (ctx) {
            const char *r = strstr(ctx, "request_ref: ");
            if (r) {
                r += 13;
                ref = foi_arena_strndup(&plan->arena, r, strcspn(r, "\n"));
            }
        }
        /* the names it gives, sorted, each once */
        const char *names[32];
        int nn = 0;
        for (size_t i = 0; i < ds->nmetas && nn < 32; i++)
            if (!strcmp(ds->metas[i].source_file, letter) && !strcmp(ds->metas[i].key, "attachment"))
                names[nn++] = ds->metas[i].value;
        qsort(names, (size_t)nn, sizeof *names, cmp_str);
        int k = 0;
        for (int i = 0; i < nn; i++)
            if (!k || strcmp(names[k - 1], names[i]))
                names[k++] = names[i];
        nn = k;
        int named_any = nn > 1 || (nn == 1 && names[0][0]);
        for (int i = 0; i < nn && !rc; i++) {
            const char *name = names[i];
            if (!*name && named_any)
                continue;   /* "the attached spreadsheet (x.xlsx)": the name says which */
            const char *found = NULL, *how = NULL;
            if (*name) {
                char want[512], stem[512];
                foi_attach_fold_name(base_of(name), want, sizeof want);
                fold_stem(base_of(name), stem, sizeof stem);
                /* by name: the same folder first, then anywhere (one only) */
                for (int pass = 0; pass < 2 && !found; pass++) {
                    const char *hit = NULL;
                    int hits = 0;
                    for (size_t s = 0; s < ns; s++) {
                        if (!strcmp(src[s], letter) || (pass == 0 && !same_dir(src[s], letter)))
                            continue;
                        char have[512];
                        foi_attach_fold_name(base_of(src[s]), have, sizeof have);
                        if (!strcmp(have, want)) {
                            hit = src[s];
                            hits++;
                        }
                    }
                    if (hits == 1)
                        found = hit, how = "by name";
                }
                /* a saved name that holds the one given ("FOI 2041 Appendix A.xlsx") */
                if (!found && strlen(stem) >= 4) {
                    const char *hit = NULL;
                    int hits = 0;
                    for (size_t s = 0; s < ns; s++) {
                        if (!strcmp(src[s], letter) || !same_dir(src[s], letter))
                            continue;
                        char have[512];
                        foi_attach_fold_name(base_of(src[s]), have, sizeof have);
                        if (strstr(have, stem)) {
                            hit = src[s];
                            hits++;
                        }
                    }
                    if (hits == 1)
                        found = hit, how = "by name";
                }
            } else {
                /* by reference: one file beside the letter holding its reference */
                if (ref) {
                    const char *hit = NULL;
                    int hits = 0;
                    for (size_t s = 0; s < ns; s++) {
                        if (!strcmp(src[s], letter) || !same_dir(src[s], letter) ||
                            is_letter(letters, nl, src[s]) || other_request(ds, src[s], ref))
                            continue;
                        char have[512];
                        fold_stem(base_of(src[s]), have, sizeof have);
                        if (has_ref_words(have, ref)) {
                            hit = src[s];
                            hits++;
                        }
                    }
                    if (hits == 1)
                        found = hit, how = "by reference";
                }
                /* the only other file beside it */
                if (!found) {
                    const char *hit = NULL;
                    int hits = 0;
                    for (size_t s = 0; s < ns; s++) {
                        if (!strcmp(src[s], letter) || !same_dir(src[s], letter))
                            continue;
                        hit = src[s];
                        hits++;
                    }
                    if (hits == 1 && !is_letter(letters, nl, hit) && !other_request(ds, hit, ref))
                        found = hit, how = "the only other file beside it";
                }
            }
            if (found && claimed(plan, found))
                found = NULL;   /* already the attachment of an earlier letter */
            rc = add_pair(plan, letter, found, name, how, found ? context : NULL);
        }
    }
    foi_free(src);
    foi_free(letters);
    return rc;
}

int foi_attach_pack(const struct foi_dataset *ds, struct foi_attach_plan *plan)
{
    const char *letter = NULL;
    for (size_t i = 0; i < ds->nmetas; i++) {
        if (strcmp(ds->metas[i].key, "attachment"))
            continue;
        if (letter && strcmp(letter, ds->metas[i].source_file))
            return 0;   /* two letters: each has what the plan gave it */
        letter = ds->metas[i].source_file;
    }
    const char *context = letter ? context_for(plan, letter, meta_of(ds, letter, "context")) : NULL;
    if (!context)
        return 0;
    /* the files nobody claimed, in the dataset's order */
    size_t n0 = plan->n;
    for (size_t s = 0; s < ds->nsources; s++) {
        const char *f = ds->sources[s].source_file;
        if (strcmp(f, letter) && !claimed(plan, f) && add_pair(plan, letter, f, "", "in the same archive", context))
            return FOI_ENOMEM;
    }
    if (plan->n == n0)
        return 0;
    /* its "the answer is attached" without a name is answered */
    size_t k = 0;
    for (size_t i = 0; i < plan->n; i++)
        if (plan->p[i].attachment || *plan->p[i].named || strcmp(plan->p[i].letter, letter))
            plan->p[k++] = plan->p[i];
    plan->n = k;
    return 0;
}

/* Two file names sharing a reference number: a run of three or more
 * digits, no year (1990-2100), in both ("SWP_FOI_2026_2841_data.csv" and
 * "SWP_FOI_2026_2841_outcome_codes.csv"). */
static int same_reference(const char *a, const char *b)
{
    const char *ba = base_of(a), *bb = base_of(b);
    for (const char *p = ba; *p;) {
        if (!isdigit((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *q = p;
        while (isdigit((unsigned char)*q))
            q++;
        size_t n = (size_t)(q - p);
        long v = n <= 6 ? strtol(p, NULL, 10) : 0;
        if (n >= 3 && !(n == 4 && v >= 1990 && v <= 2100)) {
            for (const char *r = bb; *r; r++) {
                if ((r == bb || !isdigit((unsigned char)r[-1])) && !strncmp(r, p, n) &&
                    !isdigit((unsigned char)r[n]))
                    return 1;
            }
        }
        p = q;
    }
    return 0;
}

int foi_attach_codes(const struct foi_dataset *ds, struct foi_attach_plan *plan)
{
    for (size_t i = 0; i < ds->nmetas; i++) {
        if (strcmp(ds->metas[i].key, "codes") || !*ds->metas[i].value)
            continue;
        const char *dict = ds->metas[i].source_file;
        const char *context = NULL;
        for (size_t s = 0; s < ds->nsources; s++) {
            const struct foi_source *f = &ds->sources[s];
            /* a file that read as figures already: only one under the
             * dictionary's reference (whether its records use the codes is
             * foi_attach_needs_context's to say) */
            if (!strcmp(f->source_file, dict) || !same_dir(f->source_file, dict) ||
                (f->records && !same_reference(f->source_file, dict)) || claimed(plan, f->source_file) ||
                meta_of(ds, f->source_file, "codes"))
                continue;
            if (!context && !(context = foi_arena_printf(&plan->arena, "%sorigin: data dictionary %s\n",
                                                         ds->metas[i].value, dict)))
                return FOI_ENOMEM;
            if (add_pair(plan, dict, f->source_file, "", "the data dictionary beside it", context))
                return FOI_ENOMEM;
        }
    }
    return 0;
}

void foi_attach_release(struct foi_attach_plan *plan)
{
    foi_free(plan->p);
    plan->p = NULL;
    plan->n = plan->a = 0;
    foi_arena_release(&plan->arena);
}

/* ------------------------------------------------------------ reading again */
/* Whether the dictionary (context lines "codes: [FIELD: ]CODE = MEANING")
 * defines code. */
static int defines_code(const char *context, const char *code)
{
    size_t n = strlen(code);
    if (!n)
        return 0;
    for (const char *l = context; l && *l;) {
        const char *e = strchr(l, '\n');
        size_t ln = e ? (size_t)(e - l) : strlen(l);
        if (ln > 7 && !strncmp(l, "codes: ", 7)) {
            const char *eq = NULL;
            for (const char *q = l; q + 3 <= l + ln; q++)
                if (!strncmp(q, " = ", 3)) {
                    eq = q;
                    break;
                }
            if (eq) {
                const char *c0 = eq;
                while (c0 > l + 7 && c0[-1] != ' ')
                    c0--;
                if ((size_t)(eq - c0) == n && !strncmp(c0, code, n))
                    return 1;
            }
        }
        l = e ? e + 1 : NULL;
    }
    return 0;
}

/* How many different labels of source_file's figures that foi read as
 * "other" (an outcome or category it does not know) are codes the
 * dictionary defines. */
static int coded_labels(const struct foi_dataset *ds, const char *source_file, const char *context)
{
    const char *seen[16];
    int ns = 0;
    for (size_t i = 0; i < ds->nrecords && ns < 16; i++) {
        const struct foi_record *r = &ds->records[i];
        if (strcmp(r->source_file, source_file))
            continue;
        const char *labs[2] = { r->outcome && !strcmp(r->outcome, "other") ? r->outcome_raw : NULL,
                                r->category && !strcmp(r->category, "other") ? r->category_raw : NULL };
        for (int k = 0; k < 2 && ns < 16; k++) {
            if (!labs[k] || !*labs[k] || !defines_code(context, labs[k]))
                continue;
            int dup = 0;
            for (int j = 0; j < ns && !dup; j++)
                dup = !strcmp(seen[j], labs[k]);
            if (!dup)
                seen[ns++] = labs[k];
        }
    }
    return ns;
}

int foi_attach_needs_context(const struct foi_dataset *ds, const char *source_file, const char *context)
{
    if (!context || !*context)
        return 0;
    /* a data dictionary's codes: for a file that read as nothing without
     * them, or whose figures' labels are codes it defines that foi read as
     * no outcome or category ("D", "WHBD" under OutcomeCode: other) */
    int codes_only = !strncmp(context, "codes: ", 7);
    if (codes_only && coded_labels(ds, source_file, context) >= 2)
        return 1;
    long n = 0;
    for (size_t i = 0; i < ds->nrecords; i++) {
        const struct foi_record *r = &ds->records[i];
        if (strcmp(r->source_file, source_file))
            continue;
        n++;
        if (codes_only)
            return 0;
        if (!r->force_id[0] || !r->period_start[0] || !r->measure[0] || !r->request_ref[0] ||
            !strcmp(r->subject, "unknown") || !r->category_raw[0] ||
            (r->date_basis && !strcmp(r->date_basis, "unknown") && strstr(context, "date_basis: ")))
            return 1;
    }
    return n == 0;
}

void foi_attach_drop_source(struct foi_dataset *ds, const char *source_file)
{
    size_t k = 0;
    for (size_t i = 0; i < ds->nrecords; i++)
        if (strcmp(ds->records[i].source_file, source_file))
            ds->records[k++] = ds->records[i];
    ds->nrecords = k;
    k = 0;
    for (size_t i = 0; i < ds->nissues; i++)
        if (strcmp(ds->issues[i].source_file, source_file))
            ds->issues[k++] = ds->issues[i];
    ds->nissues = k;
    k = 0;
    for (size_t i = 0; i < ds->nmetas; i++)
        if (strcmp(ds->metas[i].source_file, source_file))
            ds->metas[k++] = ds->metas[i];
    ds->nmetas = k;
    k = 0;
    for (size_t i = 0; i < ds->nsources; i++)
        if (strcmp(ds->sources[i].source_file, source_file))
            ds->sources[k++] = ds->sources[i];
    ds->nsources = k;
}

/* ------------------------------------------------------------ recording */
static struct foi_source *source(struct foi_dataset *ds, const char *file)
{
    for (size_t i = 0; i < ds->nsources; i++)
        if (!strcmp(ds->sources[i].source_file, file))
            return &ds->sources[i];
    return NULL;
}

static void drop_issue(struct foi_dataset *ds, const char *file, const char *code)
{
    size_t k = 0;
    for (size_t i = 0; i < ds->nissues; i++)
        if (strcmp(ds->issues[i].source_file, file) || strcmp(ds->issues[i].code, code))
            ds->issues[k++] = ds->issues[i];
    ds->nissues = k;
}

int foi_attach_apply(struct foi_dataset *ds, const struct foi_attach_plan *plan)
{
    for (size_t i = 0; i < plan->n; i++) {
        const struct foi_attach_pair *p = &plan->p[i];
        struct foi_source *letter = source(ds, p->letter);
        if (!letter)
            continue;
        /* a letter without figures of its own is the force's all the same */
        if ((!letter->force_id || !*letter->force_id) && ds->tax) {
            const char *ctx = meta_of(ds, p->letter, "context");
            const char *f = ctx ? strstr(ctx, "force: ") : NULL;
            if (f) {
                char id[128];
                snprintf(id, sizeof id, "%.*s", (int)strcspn(f + 7, "\n"), f + 7);
                const char *fid = foi_norm_label(ds->tax, FOI_VOCAB_FORCE, id);
                if (fid && !(letter->force_id = foi_dataset_str(ds, fid)))
                    return FOI_ENOMEM;
            }
        }
        if (p->attachment) {
            struct foi_source *att = source(ds, p->attachment);
            if (att && !(att->attached_to = foi_dataset_str(ds, p->letter)))
                return FOI_ENOMEM;
            /* the answer was found: a letter with no figures of its own is read */
            if (letter->records == 0 && !strcmp(letter->status, "failed") && letter->format &&
                strcmp(letter->format, "unknown")) {
                letter->status = "parsed";
                drop_issue(ds, p->letter, "no_figures");
            }
            continue;
        }
        int rc = *p->named
            ? foi_dataset_add_issue(ds, FOI_SEV_WARNING, "attachment_missing", p->letter, "",
                                    "the answer is in '%s', which is not in the folder", p->named)
            : foi_dataset_add_issue(ds, FOI_SEV_WARNING, "attachment_missing", p->letter, "",
                                    "the letter says the answer is attached, but no file beside it "
                                    "could be paired with it");
        if (rc)
            return rc;
        if (letter->records == 0)
            drop_issue(ds, p->letter, "no_figures");
    }
    return 0;
}
