/* review.h: the figures a reader should check before publishing, those
 * whose confidence is below FOI_CONF_REVIEW (core/record.h), gathered from a
 * stream of records in any order: how many there are, and the
 * FOI_REVIEW_ROWS least sure of them (less sure first, then SPEC order),
 * each copied, so that a streaming build can list them in report.html. */
#ifndef FOI_REVIEW_H
#define FOI_REVIEW_H

#include "../core/record.h"

enum { FOI_REVIEW_ROWS = 300 };

struct foi_review {
    struct foi_record **h;   /* kept copies: a max-heap (its top the surest kept) until foi_review_done */
    size_t n;                /* kept */
    size_t total;            /* below the threshold in all */
};

void foi_review_init(struct foi_review *rv);
void foi_review_release(struct foi_review *rv);
/* Count r; keep a copy of it while it is among the least sure. 0 or FOI_ENOMEM. */
int foi_review_add(struct foi_review *rv, const struct foi_record *r);
/* Sort the kept figures into the order they are listed in. */
void foi_review_done(struct foi_review *rv);

#endif
