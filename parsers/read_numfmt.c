/* read_numfmt.c: spreadsheet number formats: a cell's number rendered the way
 * the sheet shows it (General without float noise, fixed decimals, thousands,
 * percent, dates and times from the 1900 and 1904 date systems, the 1900
 * leap-year bug), from a built-in format id or a custom format code. */
#include "office.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *foi_numfmt_builtin(int id)
{
    switch (id) {
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 5: return "#,##0;-#,##0";
    case 6: return "#,##0;[Red]-#,##0";
    case 7: return "#,##0.00;-#,##0.00";
    case 8: return "#,##0.00;[Red]-#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 11: return "0.00E+00";
    case 12: return "# ?/?";
    case 13: return "# ?\?/?\?";
    case 14: return "dd/mm/yyyy";          /* the locale's short date: UK day first */
    case 15: return "d-mmm-yy";
    case 16: return "d-mmm";
    case 17: return "mmm-yy";
    case 18: return "h:mm AM/PM";
    case 19: return "h:mm:ss AM/PM";
    case 20: return "h:mm";
    case 21: return "h:mm:ss";
    case 22: return "dd/mm/yyyy hh:mm";    /* locale date and time, day first */
    case 37: return "#,##0 ;(#,##0)";
    case 38: return "#,##0 ;[Red](#,##0)";
    case 39: return "#,##0.00;(#,##0.00)";
    case 40: return "#,##0.00;[Red](#,##0.00)";
    case 45: return "mm:ss";
    case 46: return "[h]:mm:ss";
    case 47: return "mm:ss.0";
    case 48: return "##0.0E+0";
    case 49: return "@";
    default: return NULL;
    }
}

/* ------------------------------------------------------------ sections */

/* Bounds of section k of code (sections split by ';' outside quotes,
 * brackets and escapes); returns how many sections there are. */
static int sections(const char *code, const char **start, size_t *len, int max)
{
    int n = 0;
    const char *s = code, *p = code;
    while (*p) {
        if (*p == '"') {
            p++;
            while (*p && *p != '"')
                p++;
            if (*p)
                p++;
            continue;
        }
        if (*p == '\\' || *p == '_' || *p == '*') {
            p++;
            if (*p)
                p++;
            continue;
        }
        if (*p == '[') {
            while (*p && *p != ']')
                p++;
            if (*p)
                p++;
            continue;
        }
        if (*p == ';') {
            if (n < max) {
                start[n] = s;
                len[n] = (size_t)(p - s);
            }
            n++;
            s = p + 1;
        }
        p++;
    }
    if (n < max) {
        start[n] = s;
        len[n] = (size_t)(p - s);
    }
    return n + 1;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Does s[i..n) start with lit (ASCII, any case)? */
static int at_ci(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    if (i > n || n - i < k)
        return 0;
    for (size_t j = 0; j < k; j++)
        if (lower((unsigned char)s[i + j]) != lower((unsigned char)lit[j]))
            return 0;
    return 1;
}

/* Is there a date/time letter in the section, outside literals? */
static int section_is_date(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            i++;
            while (i < n && s[i] != '"')
                i++;
            continue;
        }
        if (c == '\\' || c == '_' || c == '*') {
            i++;
            continue;
        }
        if (c == '[') {
            /* [h] [mm] [ss]: elapsed time; [Red], [$-809]: not */
            size_t j = i + 1;
            int t = j < n && (lower(s[j]) == 'h' || lower(s[j]) == 'm' || lower(s[j]) == 's');
            while (j < n && s[j] != ']')
                j++;
            if (t)
                return 1;
            i = j;
            continue;
        }
        int l = lower(c);
        if (l == 'd' || l == 'm' || l == 'y' || l == 'h' || l == 's')
            return 1;
        if (l == 'e' && i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-'))
            i++;   /* E+ of scientific notation */
    }
    return 0;
}

int foi_numfmt_is_date(const char *code)
{
    if (!code || !*code || !foi_strcasecmp(code, "General"))
        return 0;
    const char *st[4];
    size_t ln[4];
    sections(code, st, ln, 4);
    return section_is_date(st[0], ln[0]);
}

/* ------------------------------------------------------------ numbers */

/* |v| as decimal digits rounded half away from zero at `decimals` places,
 * from its 15 significant digits (as a spreadsheet stores and shows it):
 * integer part into ip, fraction into fp (exactly `decimals` digits). */
static void decimal_digits(double v, int decimals, char *ip, size_t ipsz, char *fp, size_t fpsz)
{
    char e[40];
    snprintf(e, sizeof e, "%.14e", fabs(v));   /* d.dddddddddddddde[+-]XX */
    char dig[20];
    int nd = 0;
    for (const char *p = e; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            dig[nd++] = *p;
    const char *ep = strchr(e, 'e');
    int exp10 = ep ? (int)strtol(ep + 1, NULL, 10) : 0;
    /* digits as a number: 0.dig * 10^(exp10+1); point after (exp10+1) digits */
    int point = exp10 + 1;
    if (decimals > 30)
        decimals = 30;
    /* build a digit array covering [integer digits][decimals] */
    char buf[400];
    int ilen = point > 0 ? point : 0;
    if (ilen > 320)
        ilen = 320;
    int total = ilen + decimals;
    for (int i = 0; i < total; i++) {
        int k = i - ilen + point;   /* index into dig of this position */
        buf[i] = k >= 0 && k < nd ? dig[k] : '0';
    }
    /* rounding digit: the first one dropped */
    int rk = total - ilen + point;
    int round_up = rk >= 0 && rk < nd && dig[rk] >= '5';
    int carry = round_up;
    for (int i = total - 1; i >= 0 && carry; i--) {
        if (buf[i] == '9') {
            buf[i] = '0';
        } else {
            buf[i]++;
            carry = 0;
        }
    }
    size_t o = 0;
    if (carry && o + 1 < ipsz)
        ip[o++] = '1';
    int i0 = 0;
    while (i0 < ilen - 1 && buf[i0] == '0' && !(carry))
        i0++;
    for (int i = i0; i < ilen && o + 1 < ipsz; i++)
        ip[o++] = buf[i];
    if (o == 0 && ipsz > 1)
        ip[o++] = '0';
    ip[o] = '\0';
    size_t f = 0;
    for (int i = ilen; i < total && f + 1 < fpsz; i++)
        fp[f++] = buf[i];
    fp[f] = '\0';
}

static int add_grouped(struct foi_buf *out, const char *ip, int group)
{
    size_t n = strlen(ip);
    for (size_t i = 0; i < n; i++) {
        if (group && i > 0 && (n - i) % 3 == 0 && foi_buf_addc(out, ','))
            return FOI_ENOMEM;
        if (foi_buf_addc(out, ip[i]))
            return FOI_ENOMEM;
    }
    return 0;
}

static int general(struct foi_buf *out, double v)
{
    char b[48];
    if (v == 0)
        return foi_buf_adds(out, "0");
    if (fabs(v) < 1e15 && v == floor(v)) {
        snprintf(b, sizeof b, "%.0f", v);
    } else {
        snprintf(b, sizeof b, "%.10g", v);
        char *e = strchr(b, 'e');
        if (e)
            *e = 'E';
    }
    return foi_buf_adds(out, b) ? FOI_ENOMEM : 0;
}

/* Literal text of a section piece, appended. */
static int literal(struct foi_buf *out, const char *s, size_t n, size_t *i)
{
    char c = s[*i];
    if (c == '"') {
        size_t j = *i + 1;
        while (j < n && s[j] != '"')
            j++;
        int rc = foi_buf_add(out, s + *i + 1, j - *i - 1);
        *i = j;
        return rc;
    }
    if (c == '\\') {
        (*i)++;
        if (*i < n)
            return foi_buf_addc(out, s[*i]);
        return 0;
    }
    if (c == '_') {   /* the width of the next character: a space */
        (*i)++;
        return foi_buf_addc(out, ' ');
    }
    if (c == '*') {   /* fill with the next character: nothing */
        (*i)++;
        return 0;
    }
    if (c == '[') {
        size_t j = *i + 1;
        while (j < n && s[j] != ']')
            j++;
        /* [$£-809]: a currency symbol */
        if (*i + 1 < n && s[*i + 1] == '$') {
            size_t k = *i + 2;
            while (k < j && s[k] != '-')
                k++;
            int rc = foi_buf_add(out, s + *i + 2, k - *i - 2);
            *i = j;
            return rc;
        }
        *i = j;
        return 0;
    }
    return foi_buf_addc(out, c);
}

static int is_placeholder(char c) { return c == '0' || c == '#' || c == '?'; }

static int number_section(struct foi_buf *out, double v, const char *s, size_t n, int neg_sign)
{
    /* the numeric part: from the first placeholder to the last one */
    size_t first = n, last = 0;
    int has_e = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            i++;
            while (i < n && s[i] != '"')
                i++;
            continue;
        }
        if (c == '\\' || c == '_' || c == '*') {
            i++;
            continue;
        }
        if (c == '[') {
            while (i < n && s[i] != ']')
                i++;
            continue;
        }
        if (is_placeholder(c)) {
            if (first == n)
                first = i;
            last = i;
        }
        if ((c == 'E' || c == 'e') && i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-'))
            has_e = 1;
    }
    int rc = 0;
    if (neg_sign)
        rc = foi_buf_addc(out, '-');
    if (first == n) {   /* no digits: the section is all literal ("-" for zero) */
        for (size_t i = 0; i < n && !rc; i++)
            rc = literal(out, s, n, &i);
        return rc ? FOI_ENOMEM : 0;
    }
    /* scan the numeric part */
    int pct = 0, group = 0, dec = 0, zero_dec = 0, int_zeros = 0, after_point = 0, trailing_commas = 0;
    int frac = 0, in_exp = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            i++;
            while (i < n && s[i] != '"')
                i++;
            continue;
        }
        if (c == '\\' || c == '_' || c == '*') {
            i++;
            continue;
        }
        if ((c == 'E' || c == 'e') && i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-'))
            in_exp = 1;   /* the exponent's digits are not decimals */
        if (in_exp)
            continue;
        if (c == '%')
            pct++;
        if (i < first || i > last) {
            if (c == ',' && i > last)
                trailing_commas++;
            continue;
        }
        if (c == '/')
            frac = 1;
        if (c == '.')
            after_point = 1;
        else if (c == ',' && !after_point)
            group = 1;
        else if (is_placeholder(c)) {
            if (after_point) {
                dec++;
                if (c == '0')
                    zero_dec = dec;
            } else if (c == '0') {
                int_zeros++;
            }
        }
    }
    double x = fabs(v);
    for (int k = 0; k < pct; k++)
        x *= 100;
    for (int k = 0; k < trailing_commas; k++)
        x /= 1000;
    /* prefix literals */
    for (size_t i = 0; i < first && !rc; i++)
        rc = literal(out, s, n, &i);
    if (rc)
        return FOI_ENOMEM;
    if (has_e || frac) {
        char b[64];
        if (has_e)
            snprintf(b, sizeof b, "%.*E", dec, x);
        else
            snprintf(b, sizeof b, "%.10g", x);
        rc = foi_buf_adds(out, b);
    } else {
        char ip[340], fp[40];
        decimal_digits(x, dec, ip, sizeof ip, fp, sizeof fp);
        if (int_zeros == 0 && !strcmp(ip, "0"))
            ip[0] = '\0';   /* "#.00" shows .50 */
        rc = add_grouped(out, ip, group);
        /* '#' decimals drop trailing zeros beyond the '0' ones */
        size_t fl = strlen(fp);
        while ((int)fl > zero_dec && fl > 0 && fp[fl - 1] == '0')
            fl--;
        if (!rc && (dec > 0) && (fl > 0 || zero_dec > 0 || after_point))
            rc = foi_buf_addc(out, '.');
        if (!rc)
            rc = foi_buf_add(out, fp, fl);
    }
    /* suffix literals (and the % sign) */
    for (size_t i = last + 1; i < n && !rc; i++) {
        char c = s[i];
        if (c == ',' || c == '.')
            continue;
        if ((c == 'E' || c == 'e') && i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-')) {
            i++;
            while (i + 1 < n && is_placeholder(s[i + 1]))
                i++;
            continue;
        }
        rc = literal(out, s, n, &i);
    }
    return rc ? FOI_ENOMEM : 0;
}

/* ------------------------------------------------------------ dates */

static const char *const month_names[12] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
};
static const char *const day_names[7] = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};

/* Days since 1970-01-01 to civil date (Howard Hinnant's algorithm). */
static void civil_from_days(long long z, long long *y, int *m, int *d)
{
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long yy = yoe + era * 400;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yy + (*m <= 2);
}

struct dt {
    long long y;
    int mo, d, wd;
    long long days;      /* whole days of the serial (elapsed formats) */
    int h, mi, s;
    double subsec;       /* fraction of a second, 0..1 */
};

static int to_datetime(double v, int date1904, struct dt *t)
{
    if (!(v >= 0) || v > 2958465.99999)   /* before the epoch or after 9999-12-31 */
        return -1;
    long long days = (long long)floor(v);
    double frac = v - (double)days;
    double secs = frac * 86400.0;
    long long whole = (long long)floor(secs + 1e-6);
    double sub = secs - (double)whole;
    if (sub < 0)
        sub = 0;
    if (whole >= 86400) {
        whole -= 86400;
        days++;
    }
    t->days = days;
    t->h = (int)(whole / 3600);
    t->mi = (int)(whole / 60 % 60);
    t->s = (int)(whole % 60);
    t->subsec = sub;
    /* days since 1970-01-01 */
    long long z;
    if (date1904) {
        z = days - 24107;              /* 1904-01-01 is day 0 */
    } else if (days == 60) {
        t->y = 1900, t->mo = 2, t->d = 29, t->wd = 3;   /* the 1900 leap-year bug */
        return 0;
    } else if (days == 0) {
        t->y = 1900, t->mo = 1, t->d = 0, t->wd = 6;    /* "1900-01-00" */
        return 0;
    } else {
        z = days - 25569 + (days < 60 ? 1 : 0);         /* 1899-12-30 + days */
    }
    civil_from_days(z, &t->y, &t->mo, &t->d);
    t->wd = (int)(((z % 7) + 7 + 4) % 7);   /* 1970-01-01 was a Thursday */
    return 0;
}

static int run_len(const char *s, size_t n, size_t i, int c)
{
    int k = 0;
    while (i + (size_t)k < n && lower(s[i + (size_t)k]) == c)
        k++;
    return k;
}

static int date_section(struct foi_buf *out, double v, const char *s, size_t n, int date1904)
{
    struct dt t;
    if (to_datetime(v, date1904, &t))
        return general(out, v);
    int ampm = 0;
    for (size_t i = 0; i + 1 < n; i++)
        if ((lower(s[i]) == 'a' && s[i + 1] == '/') || at_ci(s, n, i, "AM/PM"))
            ampm = 1;
    char b[64];
    int rc = 0;
    int last_was_hour = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        char c = s[i];
        int l = lower(c);
        b[0] = '\0';
        if (c == '"' || c == '\\' || c == '_' || c == '*') {
            rc = literal(out, s, n, &i);
            continue;
        }
        if (c == '[') {
            size_t j = i + 1;
            while (j < n && s[j] != ']')
                j++;
            int e = j > i + 1 ? lower(s[i + 1]) : 0;
            if (e == 'h')
                snprintf(b, sizeof b, "%lld", t.days * 24 + t.h), last_was_hour = 1;
            else if (e == 'm')
                snprintf(b, sizeof b, "%lld", (t.days * 24 + t.h) * 60 + t.mi);
            else if (e == 's')
                snprintf(b, sizeof b, "%lld", ((t.days * 24 + t.h) * 60 + t.mi) * 60 + t.s);
            else if (j > i + 1 && s[i + 1] == '$')
                rc = literal(out, s, n, &i), j = i;
            i = j;
            if (b[0])
                rc = foi_buf_adds(out, b);
            continue;
        }
        if (l == 'y' || l == 'e') {
            int k = run_len(s, n, i, l);
            if (k <= 2 && l == 'y')
                snprintf(b, sizeof b, "%02lld", t.y % 100);
            else
                snprintf(b, sizeof b, "%lld", t.y);
            i += (size_t)k - 1;
        } else if (l == 'm') {
            int k = run_len(s, n, i, 'm');
            /* minutes right after an hour or right before seconds */
            int minute = 0;
            if (k <= 2) {
                if (last_was_hour)
                    minute = 1;
                for (size_t j = i + (size_t)k; j < n && !minute; j++) {
                    int lj = lower(s[j]);
                    if (lj == 's') {
                        minute = 1;
                        break;
                    }
                    if (lj == 'd' || lj == 'y' || lj == 'h' || lj == 'm')
                        break;
                }
            }
            if (minute)
                snprintf(b, sizeof b, k == 2 ? "%02d" : "%d", t.mi);
            else if (k == 1)
                snprintf(b, sizeof b, "%d", t.mo);
            else if (k == 2)
                snprintf(b, sizeof b, "%02d", t.mo);
            else if (k == 3)
                snprintf(b, sizeof b, "%.3s", month_names[t.mo - 1]);
            else if (k == 5)
                snprintf(b, sizeof b, "%.1s", month_names[t.mo - 1]);
            else
                snprintf(b, sizeof b, "%s", month_names[t.mo - 1]);
            i += (size_t)k - 1;
            last_was_hour = 0;
        } else if (l == 'd') {
            int k = run_len(s, n, i, 'd');
            if (k == 1)
                snprintf(b, sizeof b, "%d", t.d);
            else if (k == 2)
                snprintf(b, sizeof b, "%02d", t.d);
            else if (k == 3)
                snprintf(b, sizeof b, "%.3s", day_names[t.wd]);
            else
                snprintf(b, sizeof b, "%s", day_names[t.wd]);
            i += (size_t)k - 1;
        } else if (l == 'h') {
            int k = run_len(s, n, i, 'h');
            int h = t.h;
            if (ampm) {
                h %= 12;
                if (!h)
                    h = 12;
            }
            snprintf(b, sizeof b, k >= 2 ? "%02d" : "%d", h);
            i += (size_t)k - 1;
            last_was_hour = 1;
            rc = foi_buf_adds(out, b);
            continue;
        } else if (l == 's') {
            int k = run_len(s, n, i, 's');
            snprintf(b, sizeof b, k >= 2 ? "%02d" : "%d", t.s);
            i += (size_t)k - 1;
            /* fractions of a second: "ss.0" */
            if (i + 2 < n && s[i + 1] == '.' && s[i + 2] == '0') {
                int z = 0;
                size_t j = i + 2;
                while (j < n && s[j] == '0')
                    z++, j++;
                char f[16];
                snprintf(f, sizeof f, "%.*f", z > 6 ? 6 : z, t.subsec);
                size_t bl = strlen(b);
                snprintf(b + bl, sizeof b - bl, "%s", f + 1);
                i = j - 1;
            }
        } else if (l == 'a' && at_ci(s, n, i, "AM/PM")) {
            snprintf(b, sizeof b, "%s", t.h < 12 ? "AM" : "PM");
            i += 4;
        } else if (l == 'a' && i + 2 < n && s[i + 1] == '/') {
            snprintf(b, sizeof b, "%c", t.h < 12 ? (c == 'a' ? 'a' : 'A') : (c == 'a' ? 'p' : 'P'));
            i += 2;
        } else {
            rc = literal(out, s, n, &i);
            continue;
        }
        if (b[0])
            rc = foi_buf_adds(out, b);
    }
    return rc ? FOI_ENOMEM : 0;
}

/* ------------------------------------------------------------ conditions */

/* A section's condition ("[=0]", "[<5]", "[>=1000]", after any colour
 * "[Red]"): 1 with *op ('=', '<', '>', 'l' for <=, 'g' for >=, 'n' for <>)
 * and *val set, 0 when the section has none. */
static int section_cond(const char *s, size_t n, char *op, double *val)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '[')) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && s[j] != ']')
            j++;
        if (j >= n)
            return 0;
        const char *b = s + i + 1;
        size_t bl = j - i - 1;
        char o = 0;
        size_t k = 0;
        if (bl >= 2 && b[0] == '<' && b[1] == '=')
            o = 'l', k = 2;
        else if (bl >= 2 && b[0] == '>' && b[1] == '=')
            o = 'g', k = 2;
        else if (bl >= 2 && b[0] == '<' && b[1] == '>')
            o = 'n', k = 2;
        else if (bl >= 1 && (b[0] == '=' || b[0] == '<' || b[0] == '>'))
            o = b[0], k = 1;
        if (o) {
            char num[40];
            size_t m = bl - k < sizeof num - 1 ? bl - k : sizeof num - 1;
            memcpy(num, b + k, m);
            num[m] = 0;
            char *end;
            double d = strtod(num, &end);
            if (end == num)
                return 0;
            *op = o;
            *val = d;
            return 1;
        }
        i = j + 1;   /* a colour or locale: look on */
    }
    return 0;
}

static int cond_holds(char op, double val, double v)
{
    switch (op) {
    case '=': return v == val;
    case '<': return v < val;
    case '>': return v > val;
    case 'l': return v <= val;
    case 'g': return v >= val;
    case 'n': return v != val;
    default: return 0;
    }
}

/* ------------------------------------------------------------ entry */

int foi_numfmt_render(struct foi_buf *out, double v, const char *code, int date1904)
{
    if (!isfinite(v))
        return foi_buf_adds(out, "#NUM!") ? FOI_ENOMEM : 0;
    if (!code || !*code || !foi_strcasecmp(code, "General") || !strcmp(code, "@"))
        return general(out, v);
    const char *st[4];
    size_t ln[4];
    int ns = sections(code, st, ln, 4);
    if (ns > 4)
        ns = 4;
    int k = 0, neg_sign = 0;
    double x = v;
    char ops[4];
    double vals[4];
    int conds = 0;
    for (int i = 0; i < ns; i++) {
        ops[i] = 0;
        conds += section_cond(st[i], ln[i], &ops[i], &vals[i]);
    }
    if (conds) {
        /* '[=0]"-";[<5]"*";0': the first section whose condition holds,
         * else the first with none (Excel's rule); the value's own sign is
         * written unless the section's condition is about negatives */
        k = -1;
        for (int i = 0; i < ns && k < 0; i++)
            if (ops[i] && cond_holds(ops[i], vals[i], v))
                k = i;
        for (int i = 0; i < ns && k < 0; i++)
            if (!ops[i])
                k = i;
        if (k < 0)
            return general(out, v);   /* no section fits: Excel shows hashes; the value it holds */
        int about_negatives = ops[k] && (ops[k] == '<' || ops[k] == 'l') && vals[k] <= 0;
        x = v < 0 ? -v : v;
        neg_sign = v < 0 && !about_negatives;
    } else if (v < 0) {
        if (ns >= 2) {
            k = 1;
            x = -v;   /* the negative section writes its own sign */
        } else {
            neg_sign = 1;
            x = -v;
        }
    } else if (v == 0 && ns >= 3) {
        k = 2;
    }
    const char *s = st[k];
    size_t n = ln[k];
    /* a section that is just "General" */
    size_t a = 0;
    while (a < n && s[a] == ' ')
        a++;
    if (at_ci(s, n, a, "General")) {
        if (neg_sign && foi_buf_addc(out, '-'))
            return FOI_ENOMEM;
        return general(out, x);
    }
    if (section_is_date(s, n)) {
        if (v < 0)
            return general(out, v);
        return date_section(out, x, s, n, date1904);
    }
    return number_section(out, x, s, n, neg_sign && x != 0);
}
