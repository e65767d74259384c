/* normalize.h: strings in, normalized values out. Taxonomies (forces,
 * categories, outcomes, measures, subjects) are data files read at run time;
 * periods and values are parsed by rule. No vocabulary is hard-coded in C.
 *
 * Ownership: a foi_taxonomy owns every string it returns; periods and values
 * are plain structs filled by the caller's storage. */
#ifndef FOI_NORMALIZE_H
#define FOI_NORMALIZE_H

#include "../core/foi.h"

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

/* Load the shipped files from shipped_dir, then user_dir (may be NULL) whose
 * lines add to or override the shipped ones. Unknown kinds, bad regexes and
 * unknown canonical ids in user files are errors naming file and line. */
int foi_taxonomy_load(struct foi_taxonomy **out, const char *shipped_dir,
                      const char *user_dir, struct foi_err *err);
void foi_taxonomy_free(struct foi_taxonomy *t);
/* The directory the shipped taxonomy is found in: $FOI_TAXONOMY_DIR, else the
 * install/share path, else normalize/taxonomy next to the binary's source. */
const char *foi_taxonomy_default_dir(void);
/* Hex digest of every loaded line (for the rebuild cache). */
const char *foi_taxonomy_digest(const struct foi_taxonomy *t);

struct foi_match {
    const char *id;       /* canonical id, e.g. "final_written_warning", "merseyside" */
    size_t at, len;       /* where in the searched text the alias matched (bytes) */
    int score;            /* higher = more specific (longer alias, exact > contained, user > shipped) */
    int exact;            /* 1 when the whole label equals the alias after folding */
};

/* Match a label: the whole label, or the most specific alias/pattern contained
 * in it as whole words. Folding is case-, punctuation- and whitespace-
 * insensitive. Returns 1 and fills m on a match, 0 for none, or -FOI_EREGEX. */
int foi_taxonomy_match(const struct foi_taxonomy *t, enum foi_vocab v,
                       const char *label, struct foi_match *m);
/* Find every non-overlapping mention in a longer text (prose), left to right,
 * preferring the most specific at each place. Returns the count (<= max). */
int foi_taxonomy_scan(const struct foi_taxonomy *t, enum foi_vocab v,
                      const char *text, struct foi_match *ms, int max);
/* Canonical name for an id ("Merseyside Police"), or NULL. */
const char *foi_taxonomy_name(const struct foi_taxonomy *t, enum foi_vocab v, const char *id);
/* Is id a canonical id of the vocabulary? */
int foi_taxonomy_has(const struct foi_taxonomy *t, enum foi_vocab v, const char *id);
/* Iterate canonical ids in file order: returns NULL past the end. */
const char *foi_taxonomy_id_at(const struct foi_taxonomy *t, enum foi_vocab v, int i);
/* Aliases of an id (for `foi forces`), i-th alias or NULL. */
const char *foi_taxonomy_alias_at(const struct foi_taxonomy *t, enum foi_vocab v, const char *id, int i);
/* Forces only: find force by a domain / email / reference clue in text
 * (kind "domain" and "ref" lines of forces.tsv). */
int foi_taxonomy_force_clue(const struct foi_taxonomy *t, const char *text, struct foi_match *m);

/* ----------------------------------------------------------------- periods */
struct foi_date { int y, m, d; };   /* y == 0: unset */

struct foi_period {
    struct foi_date start, end;     /* inclusive */
    int resolved;                    /* 1 when start and end are set */
    int kind;                        /* FOI_PER_* describing what was written */
};
enum {
    FOI_PER_NONE = 0, FOI_PER_FY, FOI_PER_CALENDAR_YEAR, FOI_PER_MONTH,
    FOI_PER_QUARTER, FOI_PER_RANGE, FOI_PER_DAY
};

struct foi_period_ctx {
    const struct foi_period *request;  /* period of the request quoted in the letter, or NULL */
    int bare_year_is_fy;               /* the document says years are financial years */
    struct foi_date letter_date;       /* date of the letter (y == 0 when unknown) */
};

/* Whole text is a period expression ("2019/20", "Sep-22", "01/04/2019 - 31/03/2020",
 * "calendar year 2021", "between 2016 and 2020", Excel serial in a CSV cell when
 * allow_serial). 1 resolved, 0 not a period / ambiguous (never guessed). */
int foi_period_parse(const char *text, const struct foi_period_ctx *ctx, struct foi_period *out);
/* Find the first period expression inside prose; fills at/len. 1 found, 0 none. */
int foi_period_find(const char *text, const struct foi_period_ctx *ctx,
                    struct foi_period *out, size_t *at, size_t *len);
/* Does the text contain a period expression? (cheap classifier for headers) */
int foi_period_is(const char *text);
/* Excel serial day number (1900 system) to a date. 0 ok. */
int foi_date_from_excel(long serial, struct foi_date *out);
/* "YYYY-MM-DD" into buf (>= 11 bytes); "" when unset. */
void foi_date_iso(const struct foi_date *d, char *buf);
int foi_date_cmp(const struct foi_date *a, const struct foi_date *b);
int foi_days_in_month(int y, int m);
/* Union span of two periods (min start, max end). */
void foi_period_span(const struct foi_period *a, const struct foi_period *b, struct foi_period *out);

/* ------------------------------------------------------------------ values */
enum foi_vstatus {
    FOI_VS_NONE = 0,       /* not a value at all ("Total", "abc") */
    FOI_VS_REPORTED,
    FOI_VS_SUPPRESSED,
    FOI_VS_REFUSED,
    FOI_VS_NOT_HELD,
    FOI_VS_APPROXIMATE,
};
const char *foi_vstatus_name(enum foi_vstatus s);  /* "reported", ... ; "" for NONE */

struct foi_value {
    enum foi_vstatus status;
    int64_t value, min, max;
    int has_value, has_min, has_max;
    char exemption[16];    /* "s40(2)", "s12", or "" */
};

/* A whole cell or phrase: "1,234", "nil", "*", "<5", "1-4", "s.40(2)",
 * "Section 12", "not held", "N/A", "-", "twelve", "almost a dozen".
 * Returns 0 with out filled, FOI_EPARSE when the text is not a value
 * (status NONE), FOI_ERANGE for overflow, negative or fractional counts. */
int foi_value_parse(const char *text, struct foi_value *out);
/* Read a number phrase at the start of s (prose): "seventeen allegations",
 * "a dozen", "fewer than five*", "more than 700", "None of". *used gets the bytes
 * consumed. Returns 0, FOI_EPARSE (no number here) or FOI_ERANGE. */
int foi_value_scan(const char *s, struct foi_value *out, size_t *used);

#endif
