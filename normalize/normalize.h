/* normalize.h: strings in, normalized values out. Taxonomies (forces,
 * categories, outcomes, measures, subjects) are data files read at run time;
 * periods and values are parsed by rule. No vocabulary is hard-coded in C.
 *
 * Ownership: a foi_taxonomy owns every string it returns; periods and values
 * are plain structs filled by the caller's storage. */
#ifndef FOI_NORMALIZE_H
#define FOI_NORMALIZE_H

#include "../core/foi.h"
#include "../core/types.h"

/* ---------------------------------------------------------------- taxonomy */
enum foi_vocab {
    FOI_VOCAB_FORCE = 0,
    FOI_VOCAB_CATEGORY,
    FOI_VOCAB_OUTCOME,
    FOI_VOCAB_MEASURE,
    FOI_VOCAB_SUBJECT,
    FOI_VOCAB_COUNT
};
const char *foi_vocab_name(enum foi_vocab v);   /* "force", "category", ... */
const char *foi_vocab_file(enum foi_vocab v);   /* "forces.tsv", "categories.tsv", ... */

struct foi_taxonomy;

/* Load the shipped files from shipped_dir (NULL: foi_taxonomy_default_dir()),
 * then user_dir (may be NULL; each file in it is optional) whose lines add
 * aliases, re-point shipped aliases and add forces. Unknown kinds, bad regexes,
 * a second name for an id and unknown canonical ids in user files are errors
 * naming file and line (in err->locator and at the start of err->message).
 * File format and rules: docs/taxonomy.md. */
int foi_taxonomy_load(struct foi_taxonomy **out, const char *shipped_dir,
                      const char *user_dir, struct foi_err *err);
void foi_taxonomy_free(struct foi_taxonomy *t);
/* The directory the shipped taxonomy is found in: $FOI_TAXONOMY_DIR when set
 * and not empty, else FOI_SRCDIR "/normalize/taxonomy" (the source tree the
 * binary was built from; there is no separate install path yet). */
const char *foi_taxonomy_default_dir(void);
/* SHA-256 (hex) of every loaded file's name and bytes, in load order (for
 * the rebuild cache). */
const char *foi_taxonomy_digest(const struct foi_taxonomy *t);

struct foi_match {
    const char *id;       /* canonical id, e.g. "final_written_warning", "merseyside" */
    size_t at, len;       /* where in the searched text the alias matched (bytes) */
    int score;            /* higher = more specific (longer alias, exact > contained, user > shipped) */
    int exact;            /* 1 when the whole label equals the alias after folding */
    int part;             /* the alias names a part of the id's people (kind "part": special
                             constables of officers, PCSOs of staff) */
};

/* Match a label: the whole label, or the most specific alias/pattern contained
 * in it as whole words. Folding is case-, punctuation- and whitespace-
 * insensitive (see foi_fold). Most specific: exact > contained, then the
 * longer alias, then user files over shipped ones, then file order. Returns 1
 * and fills m on a match, 0 for none, -FOI_EREGEX when a pattern fails (match
 * or depth limit: never taken as "no match"), -FOI_ENOMEM. Thread-safe. */
int foi_taxonomy_match(const struct foi_taxonomy *t, enum foi_vocab v,
                       const char *label, struct foi_match *m);
/* Find every non-overlapping mention in a longer text (prose), left to right,
 * preferring the most specific at each place. Returns the count (<= max),
 * or -FOI_EREGEX / -FOI_ENOMEM. */
int foi_taxonomy_scan(const struct foi_taxonomy *t, enum foi_vocab v,
                      const char *text, struct foi_match *ms, int max);
/* The same for nv vocabularies of one text, folded once: counts[i] mentions
 * of vis[i] in ms[i] (each room for max). 0, or -FOI_EREGEX / -FOI_ENOMEM
 * (the counts so far kept). */
int foi_taxonomy_scan_each(const struct foi_taxonomy *t, const char *text, int nv, const enum foi_vocab *vis,
                           struct foi_match *const *ms, int max, int *counts);
/* A label naming two or more ids of v joined as one figure ("Sexual assault
 * and sexual harassment", "Sexual offences (sexual assault / sexual
 * harassment)", "A, B or C"): the distinct ids it joins, in order, in ids
 * (room for max), and their count (2 or more); 0 when it names at most one
 * id, or names the others only to qualify the first ("Sexual assault
 * (including rape)", "Sexual misconduct excluding harassment", "of which
 * ..."), or puts them side by side without "and", "or", "&", "/", "," or "+"
 * ("Sexual misconduct: sexual harassment"). "other" is never counted. A
 * negative code (-FOI_EREGEX, -FOI_ENOMEM) passes on. */
int foi_taxonomy_joined(const struct foi_taxonomy *t, enum foi_vocab v, const char *label, const char **ids,
                        int max);
/* Canonical name for an id ("Merseyside Police"), or NULL. */
const char *foi_taxonomy_name(const struct foi_taxonomy *t, enum foi_vocab v, const char *id);
/* Is id a canonical id of the vocabulary? */
int foi_taxonomy_has(const struct foi_taxonomy *t, enum foi_vocab v, const char *id);
/* Iterate canonical ids in file order: returns NULL past the end. */
const char *foi_taxonomy_id_at(const struct foi_taxonomy *t, enum foi_vocab v, int i);
/* Aliases of an id (for `foi forces`), i-th alias or NULL. */
const char *foi_taxonomy_alias_at(const struct foi_taxonomy *t, enum foi_vocab v, const char *id, int i);
/* Forces only: find force by a domain / email / reference clue in text
 * (kind "domain" and "ref" lines of forces.tsv). A domain "x.police.uk" also
 * matches "x.pnn.police.uk". The earliest domain in the text wins; refs are
 * tried only when no domain is found. 1 found, 0 none, -FOI_EREGEX. */
int foi_taxonomy_force_clue(const struct foi_taxonomy *t, const char *text, struct foi_match *m);
/* Number of canonical ids in a vocabulary. */
int foi_taxonomy_count(const struct foi_taxonomy *t, enum foi_vocab v);
/* The folding every match uses: lower case ASCII, "&" -> " and ", HTML tags
 * and every run of non-alphanumerics (ASCII punctuation, U+00A0..U+00BF,
 * U+2000..U+206F dashes and quotes) -> one space, trimmed. Writes at most
 * outsz-1 bytes plus NUL; returns the full folded length (like snprintf). */
size_t foi_fold(const char *s, char *out, size_t outsz);

/* ----------------------------------------------------------------- periods */


struct foi_period_ctx {
    const struct foi_period *request;  /* period of the request quoted in the letter, or NULL */
    int bare_year_is_fy;               /* the document says years are financial years */
    struct foi_date letter_date;       /* date of the letter (y == 0 when unknown) */
    int allow_excel_serial;            /* the text is a whole CSV date cell: 20000..80000 is an
                                          Excel serial day number (foi_period_parse only) */
};

/* Whole text is a period expression ("2019/20", "Sep-22", "01/04/2019 - 31/03/2020",
 * "calendar year 2021", "between 2016 and 2020", Excel serial in a CSV cell when
 * ctx->allow_excel_serial). 1 resolved, 0 not a period / ambiguous (never guessed). */
int foi_period_parse(const char *text, const struct foi_period_ctx *ctx, struct foi_period *out);
/* Find the first period expression inside prose; fills at/len. 1 found, 0 none.
 * A period directly followed by a parenthesised explicit range, "2021/22 (1 April
 * 2021 to 31 March 2022)", is one match; when the two disagree the explicit
 * range wins. ctx may be NULL. */
int foi_period_find(const char *text, const struct foi_period_ctx *ctx,
                    struct foi_period *out, size_t *at, size_t *len);
/* Every period expression in prose, left to right, non-overlapping ("calendar
 * years 2021 and 2022" gives two). at/len may be NULL. Returns the count (<= max). */
int foi_period_find_all(const char *text, const struct foi_period_ctx *ctx,
                        struct foi_period *out, size_t *at, size_t *len, int max);
/* Does the text contain a period expression? (cheap classifier for headers) */
int foi_period_is(const char *text);
/* Excel serial day number (1900 system) to a date. 0 ok. */
int foi_date_from_excel(long serial, struct foi_date *out);
/* "YYYY-MM-DD" into buf (>= 11 bytes); "" when unset. */
void foi_date_iso(const struct foi_date *d, char *buf);
int foi_date_cmp(const struct foi_date *a, const struct foi_date *b);
int foi_days_in_month(int y, int m);   /* 0 for a month outside 1..12 */
/* Is (y, m, d) a real date (years 1900..2199)? */
int foi_date_valid(const struct foi_date *d);
/* "YYYY-MM-DD" (exactly) into a date. 0 ok, FOI_EPARSE. */
int foi_date_parse_iso(const char *s, struct foi_date *out);
/* Add n days (n may be negative). */
void foi_date_add_days(struct foi_date *d, long n);
/* Union span of two periods (min start, max end). */
void foi_period_span(const struct foi_period *a, const struct foi_period *b, struct foi_period *out);

/* ------------------------------------------------------------------ values */


/* A whole cell or phrase: "1,234", "nil", "*", "<5", "1-4", "s.40(2)",
 * "Section 12", "not held", "N/A", "-", "twelve", "almost a dozen".
 * Returns 0 with out filled, FOI_EPARSE when the text is not a value
 * (status NONE), FOI_ERANGE for overflow, negative or fractional counts. */
int foi_value_parse(const char *text, struct foi_value *out);
/* Read a number phrase at the start of s (prose): "seventeen allegations",
 * "a dozen", "a single", "fewer than five*", "more than 700", "None of", "no
 * allegations" (zero; but "No case to answer", "No further action", "No action
 * taken" are outcomes, not zeros). *used gets the bytes consumed (leading
 * spaces included). Returns 0, FOI_EPARSE (no number here) or FOI_ERANGE. */
int foi_value_scan(const char *s, struct foi_value *out, size_t *used);
/* Bounds a footnote gives suppressed cells: "fewer than five" -> 0..4,
 * "between 1 and 4" -> 1..4, "under 5", "less than 10", "5 or fewer", "<5".
 * 0 found (min, max set), FOI_ENOTFOUND none. */
int foi_value_suppressed_bounds(const char *footnote_text, int64_t *min, int64_t *max);
/* The range a note says a withheld figure lies in, its lower bound said as
 * well as its upper: "one or two" -> 1..2, "1, 2 or 3", "one to five",
 * "a number from 1 to 4", "between one and five", "fewer than three but
 * more than zero" -> 1..2, "at least one and fewer than five" -> 1..4 (at
 * most 20). A bound said alone ("fewer than three", "<3", "5 or fewer")
 * is no such range. Read in the sentence that explains a mark: one naming
 * a notation ("<3 means one or two") or a symbol ("*"), or, with mark (the
 * mark a definition is of, text its definition), the definition's first
 * sentence; never a sentence listing notations of other sizes ("shown as
 * <5, 1-4, 5 or fewer"). 0 found (min, max set), FOI_ENOTFOUND none. */
int foi_value_defined_range(const char *text, const char *mark, int64_t *min, int64_t *max);
/* The first FOI Act exemption named in text ("exempt under section 40(2)" ->
 * "s40(2)", "s.12" -> "s12"; only sections 12, 14 and 21..44 withhold, so
 * "section 1(1)(a)" and "section 17" are skipped) into buf. 0 found,
 * FOI_ENOTFOUND none. */
int foi_value_find_exemption(const char *text, char *buf, size_t bufsz);
/* Every exemption named in text, in order, each once, joined by ';'
 * ("neither confirm nor deny under sections 30(3) and 31(3)" ->
 * "s30(3);s31(3)"); an item that does not fit whole is left out. 0 found,
 * FOI_ENOTFOUND none. */
int foi_value_find_exemptions(const char *text, char *buf, size_t bufsz);
/* A ';'-list of exemptions in the dataset's one order, whatever order the
 * document cites them in: by section number, then subsection ("s40(5B);s30(3)"
 * -> "s30(3);s40(5B)"; "s40(2);s40(1)" -> "s40(1);s40(2)"), each once. In place. */
void foi_exemptions_canon(char *buf);
/* 1 when text says the force neither confirms nor denies that it holds the
 * information ("neither confirm nor deny", "neither confirmed nor denied",
 * "NCND"); foi_value_parse gives such a cell FOI_VS_NCND with its sections. */
int foi_value_is_ncnd(const char *text);

#endif
