/* types.h: the value types a figure is made of: dates, periods and values
 * (with their status and bounds). Plain structs, filled in caller storage;
 * normalize/ parses text into them, every other layer reads them. */
#ifndef FOI_TYPES_H
#define FOI_TYPES_H

#include <stdint.h>

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

enum foi_vstatus {
    FOI_VS_NONE = 0,       /* not a value at all ("Total", "abc") */
    FOI_VS_REPORTED,
    FOI_VS_SUPPRESSED,
    FOI_VS_REFUSED,
    FOI_VS_NOT_HELD,
    FOI_VS_APPROXIMATE,
    FOI_VS_NCND,           /* the force will neither confirm nor deny that it holds it */
};
const char *foi_vstatus_name(enum foi_vstatus s);  /* "reported", ... ; "" for NONE */

struct foi_value {          /* laid out small: every record holds one */
    int64_t value, min, max;
    enum foi_vstatus status;
    unsigned char has_value, has_min, has_max;
    unsigned char marker;  /* a footnote marker was glued on: "12*", "12†", "12 (1)", "12¹" */
    char exemption[32];    /* "s40(2)", "s12", "s30(3);s31(3)" (NCND cites several), or "" */
};

#endif
