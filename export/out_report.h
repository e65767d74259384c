/* out_report.h: report.html, the one self-contained page of a build (no
 * script, nothing fetched): coverage of forces, the comparable table with
 * rates, a funnel plot per figure group, the issues. */
#ifndef FOI_OUT_REPORT_H
#define FOI_OUT_REPORT_H

#include "export.h"

struct foi_coverage;
struct foi_issue_summary;

/* A page is for reading at any scale: the largest parts are capped, with a
 * pointer to the CSV that has everything. */
#define FOI_REPORT_MAX_ROWS 500          /* comparable table rows shown */
#define FOI_REPORT_MAX_PLOTS 40          /* funnel plots (the figures most forces gave) */
#define FOI_REPORT_MIN_POINTS 3          /* a funnel plot needs this many forces */
#define FOI_REPORT_ISSUES_PER_CODE 200   /* issues of one code listed */
#define FOI_REPORT_MAX_CODES 64          /* issue codes listed */
#define FOI_REPORT_LINKS_PER_FORCE 10    /* responses listed per force */

/* What the page shows, worked out beforehand (analyze/coverage.h,
 * analyze/comparable.h): the writer only writes. */
struct foi_report_in {
    const struct foi_source *sources;   /* every source, in source_file order */
    size_t nsources;
    /* per source: 1 when it is a covering letter whose attachment is not in
     * the folder (an attachment_missing issue); NULL for none */
    const unsigned char *missing_attachment;
    const char *const *expect;          /* --expect force ids */
    size_t nexpect;
    const struct foi_taxonomy *tax;     /* force names; may be NULL */
    const struct foi_coverage *cov;     /* per force, from every record */
    const struct foi_comparable *cmp;   /* the table, or its start and the plotted groups' rows */
    const struct foi_issue_summary *issues;
    /* the figures to review (analyze/review.h), in the order listed, and how
     * many are below the threshold in all */
    struct foi_record *const *review;
    size_t nreview, review_total;
    /* Links to source files are prefix + source_file (percent-encoded): the
     * relative path from OUT_DIR to IN_DIR (e.g. "../responses/"); NULL or
     * "" links the source path as given (relative to IN_DIR). An absolute
     * prefix ("/...", "C:\...", "scheme://...") is refused and no link is
     * written, since outputs hold no absolute paths. */
    const char *link_prefix;
};

/* Render the page into out (appended), or write it to path (in pieces as
 * it is rendered, never held whole). */
int foi_report_render_in(const struct foi_report_in *in, struct foi_buf *out, struct foi_err *err);
int foi_report_write(const struct foi_report_in *in, const char *path, struct foi_err *err);

/* The funnel groups that get a plot: every one shared by
 * FOI_REPORT_MIN_POINTS forces or more, but at most FOI_REPORT_MAX_PLOTS
 * (then those most forces share; ties by group order), in group order:
 * their indexes in pick (room for ngroups), and the count. */
struct foi_cmp_group;
size_t foi_report_plot_groups(const struct foi_cmp_group *groups, size_t ngroups, size_t *pick);

/* The page of a dataset (x->ds sorted, x->cmp built, x->link_prefix): the
 * report's model worked out from the dataset, then rendered. The exporter
 * foi_out_report_html writes exactly these bytes. */
int foi_report_render(const struct foi_export_ctx *x, struct foi_buf *out, struct foi_err *err);

#endif
