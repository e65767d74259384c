/* coverage.h: what the report says about forces and issues, gathered as the
 * records and issues go past (in any order for records, in SPEC order for
 * issues), so that nothing has to hold them all: per force, how many figures,
 * refusals and not-held answers, the periods covered and the exemptions
 * cited; per issue code, how many, and the first few of each to show. */
#ifndef FOI_COVERAGE_H
#define FOI_COVERAGE_H

#include "../core/record.h"

struct foi_force_cov {
    const char *id, *name;        /* name: the first non-empty force_name seen, or NULL */
    size_t nrecords, nfig, nref, nnh;
    char first[11], last[11];     /* earliest period start, latest period end ("" none) */
    char exemptions[96];          /* "s12, s40(2)": each once, sorted */
};

struct foi_coverage {
    struct foi_arena a;
    struct foi_force_cov *f;      /* in order of first appearance */
    size_t n, alloc;
    uint32_t *slot;               /* index + 1, by id */
    size_t mask;
    size_t nrecords;              /* every record counted, whatever its force */
};

void foi_coverage_init(struct foi_coverage *c);
void foi_coverage_release(struct foi_coverage *c);
/* Count r (records without a real force, "" or "multiple", count only in
 * nrecords). 0 or FOI_ENOMEM. */
int foi_coverage_add(struct foi_coverage *c, const struct foi_record *r);
const struct foi_force_cov *foi_coverage_find(const struct foi_coverage *c, const char *id);
/* Add what part counted (one file's figures for a force) to c's force. */
int foi_coverage_merge(struct foi_coverage *c, const struct foi_force_cov *part);

/* Issues, in SPEC order: counts by severity and code, and the first
 * per_code issues of each of the first max_codes codes (the rest counted). */
struct foi_issue_code {
    const char *code;
    size_t count;                 /* all of this code */
    size_t shown, left;           /* kept to show, and not kept */
};

struct foi_issue_summary {
    struct foi_arena a;
    size_t total, sev[3];
    size_t per_code, max_codes;
    struct foi_issue_code *codes; /* in order of first appearance */
    size_t ncodes, acodes;
    size_t other_left;            /* issues of codes past max_codes */
    struct foi_issue *shown;      /* kept issues, in SPEC order (strings in a) */
    size_t nshown, ashown;
};

void foi_issue_summary_init(struct foi_issue_summary *s, size_t per_code, size_t max_codes);
void foi_issue_summary_release(struct foi_issue_summary *s);
int foi_issue_summary_add(struct foi_issue_summary *s, const struct foi_issue *is);
/* As an issue sink (for writers that pass issues on). */
struct foi_issue_sink foi_issue_summary_sink(struct foi_issue_summary *s);

#endif
