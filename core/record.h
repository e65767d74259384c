/* record.h: what flows out of the parsers (raw figures), what the dataset is
 * made of (records, sources, issues), and the dataset every exporter reads.
 *
 * Ownership: a foi_dataset owns all its strings (in ds->arena); records, sources
 * and issues are plain structs in growing arrays. Raw figures are borrowed by
 * the sink only until emit() returns. */
#ifndef FOI_RECORD_H
#define FOI_RECORD_H

#include "foi.h"
#include "types.h"

/* A figure as a parser found it, before normalization. Any field may be NULL
 * when the document does not say; period_start/end (if set) override
 * period_label when the parser resolved the period from context. */
struct foi_figure {
    const char *force;          /* canonical force id if the parser knows it, else a raw name */
    const char *period_label;   /* as written, e.g. "2019/20", "Apr-22" */
    struct foi_period period;   /* resolved by the parser (period.resolved), else parsed from label */
    const char *category;       /* raw label */
    const char *measure;        /* raw label or canonical id */
    const char *subject;        /* raw label or canonical id */
    const char *outcome;        /* raw label; "Total" etc. map to total */
    const char *value;          /* raw value text ("12", "*", "fewer than five") */
    const struct foi_value *parsed; /* set when the parser already parsed the value (prose) */
    const char *exemption;      /* exemption implied by a footnote/letter for suppressed cells */
    const char *locator;
    const char *raw_text;
    const char *request_ref;
    const char *date_basis;     /* "received", "finalised", "unknown" or NULL */
    const char *note;           /* what a reader should know about this figure ("period from the
                                   context file x", "ocr"); NULL or "" for none */
    double confidence;          /* 0..1 */
    /* canonical ids of a category or outcome label no taxonomy knows, read
     * through the document's own words (a line defining the label, a full
     * name it shortens); NULL otherwise. The raw labels stay in *_raw. */
    const char *category_id, *outcome_id;
};

/* Figures with a confidence below this are listed for review in report.html:
 * a dimension inferred (the request's period, a context file) or unknown
 * (docs/confidence.md). */
#define FOI_CONF_REVIEW 0.60

enum foi_severity { FOI_SEV_ERROR, FOI_SEV_WARNING, FOI_SEV_INFO };
const char *foi_severity_name(enum foi_severity s);

struct foi_record {
    const char *force_id, *force_name;
    const char *period_label;
    const char *category, *category_raw;
    const char *measure, *subject;
    const char *outcome, *outcome_raw;
    const char *source_file, *source_sha256;
    const char *locator, *raw_text, *parser;
    const char *request_ref, *date_basis;
    const char *note;          /* "; "-separated remarks (context used, OCR, goodwill figure); "" none */
    double confidence;
    struct foi_value v;
    char period_start[11], period_end[11];  /* "" when unresolved */
};

struct foi_issue {
    enum foi_severity severity;
    const char *code;          /* parse_error, no_figures, unknown_force, ... */
    const char *source_file;   /* "" for build-wide issues */
    const char *locator;
    const char *message;
};

struct foi_source {
    const char *source_file, *source_sha256;
    uint64_t bytes;
    const char *format, *parser, *force_id;
    const char *status;        /* parsed, partial, failed, refused, skipped */
    long records;
    const char *attached_to;   /* the covering letter or page this file is the attachment of, or "" */
};

/* A fact about a source that is not a figure, for the build to act on after
 * parsing: a covering letter's attachment ("attachment" = "2041A_23.pdf"),
 * what the letter says the attachment counts ("context.period" = "2022/23"),
 * whether the document is a response at all ("not_a_response" = "1"). */
struct foi_meta {
    const char *source_file, *key, *value;
};

struct foi_dataset {
    struct foi_arena arena;
    struct foi_record *records; size_t nrecords, arecords;
    struct foi_source *sources; size_t nsources, asources;
    struct foi_issue *issues;   size_t nissues, aissues;
    struct foi_meta *metas;     size_t nmetas, ametas;
    const struct foi_taxonomy *tax;
    const struct foi_workforce *workforce;  /* may be NULL */
    const char **expect; size_t nexpect;    /* --expect forces */
    /* every string the dataset holds, once: a force id, a file name or a
     * locator repeats across thousands of records (open addressing) */
    struct { const char **slot; uint32_t *hash; size_t mask, n; } strings;
    /* foi_dataset_add_record: each interned field's last string (a record's
     * labels mostly repeat the one before's: compared before looked up) */
    const char *recent[16];
};

/* Where the checks put the issues they find: the checks read records and
 * never change the dataset they were given; the caller decides where the
 * issues go (a dataset's issues, a file, the next stage). add returns 0 or
 * an error code (FOI_ENOMEM) that stops the check. */
struct foi_issue_sink {
    int (*add)(void *ctx, const struct foi_issue *is);
    void *ctx;
};
/* A sink that appends to ds's issues (strings copied). */
struct foi_issue_sink foi_dataset_issue_sink(struct foi_dataset *ds);
/* Format an issue and hand it to sink. */
int foi_issue_emit(const struct foi_issue_sink *sink, enum foi_severity sev, const char *code,
                   const char *source_file, const char *locator, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* SPEC order of issues: source_file, severity, code, locator, message. */
int foi_issue_cmp(const struct foi_issue *a, const struct foi_issue *b);

void foi_dataset_init(struct foi_dataset *ds);
void foi_dataset_release(struct foi_dataset *ds);
/* Append copies (strings duplicated into ds->arena). */
int foi_dataset_add_record(struct foi_dataset *ds, const struct foi_record *r);
/* The dataset's copy of s (one per distinct string, in its arena; never to
 * be written through), or NULL when out of memory. The add functions store
 * every string this way. */
const char *foi_dataset_str(struct foi_dataset *ds, const char *s);
int foi_dataset_add_source(struct foi_dataset *ds, const struct foi_source *s);
int foi_dataset_add_issue(struct foi_dataset *ds, enum foi_severity sev, const char *code,
                          const char *source_file, const char *locator, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
int foi_dataset_add_meta(struct foi_dataset *ds, const char *source_file, const char *key,
                         const char *value);
/* Sort records, sources and issues into SPEC order (deterministic output);
 * metas by source, key and value. */
void foi_dataset_sort(struct foi_dataset *ds);
int foi_record_cmp(const struct foi_record *a, const struct foi_record *b);

/* The records.csv columns in SPEC order, and a record's field as text
 * (value/min/max as decimal or "", confidence "%.2f"). buf >= 32 bytes is used
 * for numbers; the result points into buf or into the record. */
extern const char *const foi_record_columns[];
enum { FOI_RECORD_NCOLS = 25 };
const char *foi_record_field(const struct foi_record *r, int col, char *buf, size_t bufsz);
/* An integer column (value, value_min, value_max): 1 with *v set, or 0 when
 * the record has none (or col is not one of them). */
int foi_record_int(const struct foi_record *r, int col, int64_t *v);

#endif
