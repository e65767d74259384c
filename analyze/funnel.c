/* funnel.c: Poisson probabilities in log space (regularized incomplete gamma),
 * exact Poisson intervals and Spiegelhalter's funnel-plot control limits.
 * No external statistics library; see docs/rates.md for the method. */
#include "funnel.h"

#include <float.h>
#include <math.h>

#define EPS 1e-15
#define TINY 1e-300
/* Above this shape parameter the Wilson-Hilferty normal approximation is
 * used: the series and the continued fraction would need ~10*sqrt(a) steps. */
#define BIG_A 1e8

static long max_iter(double a, double x)
{
    double m = a > x ? a : x;
    double it = 20.0 * sqrt(m) + 200.0;
    return it > 2e6 ? 2000000L : (long)it;
}

/* log of the common prefactor x^a e^-x / Gamma(a) */
static double log_prefactor(double a, double x)
{
    return a * log(x) - x - lgamma(a);
}

/* P(a,x) by its power series; good for x < a + 1. */
static double p_series(double a, double x)
{
    double ap = a, term = 1.0 / a, sum = term;
    long n = max_iter(a, x);
    for (long i = 0; i < n; i++) {
        ap += 1.0;
        term *= x / ap;
        sum += term;
        if (fabs(term) < fabs(sum) * EPS)
            break;
    }
    double r = exp(log_prefactor(a, x)) * sum;
    return r > 1.0 ? 1.0 : r;
}

/* Q(a,x) by its continued fraction (modified Lentz); good for x >= a + 1. */
static double q_fraction(double a, double x)
{
    double b = x + 1.0 - a, c = 1.0 / TINY, d = 1.0 / b, h = d;
    long n = max_iter(a, x);
    for (long i = 1; i <= n; i++) {
        double an = -(double)i * ((double)i - a);
        b += 2.0;
        d = an * d + b;
        if (fabs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (fabs(c) < TINY)
            c = TINY;
        d = 1.0 / d;
        double del = d * c;
        h *= del;
        if (fabs(del - 1.0) < EPS)
            break;
    }
    double r = exp(log_prefactor(a, x)) * h;
    return r > 1.0 ? 1.0 : r;
}

/* Wilson-Hilferty: P(a,x) ~ Phi(((x/a)^(1/3) - 1 + 1/(9a)) * 3 sqrt(a)). */
static double p_wilson_hilferty(double a, double x)
{
    double z = (cbrt(x / a) - 1.0 + 1.0 / (9.0 * a)) * 3.0 * sqrt(a);
    return 0.5 * erfc(-z / sqrt(2.0));
}

double foi_gamma_p(double a, double x)
{
    if (!(a > 0.0) || !(x >= 0.0) || isnan(a) || isnan(x))
        return NAN;
    if (x == 0.0)
        return 0.0;
    if (isinf(x))
        return 1.0;
    if (a > BIG_A)
        return p_wilson_hilferty(a, x);
    if (x < a + 1.0)
        return p_series(a, x);
    return 1.0 - q_fraction(a, x);
}

double foi_gamma_q(double a, double x)
{
    if (!(a > 0.0) || !(x >= 0.0) || isnan(a) || isnan(x))
        return NAN;
    if (x == 0.0)
        return 1.0;
    if (isinf(x))
        return 0.0;
    if (a > BIG_A)
        return 1.0 - p_wilson_hilferty(a, x);
    if (x < a + 1.0)
        return 1.0 - p_series(a, x);
    return q_fraction(a, x);
}

double foi_gamma_p_inv(double a, double p)
{
    if (!(a > 0.0) || isnan(p))
        return NAN;
    if (p <= 0.0)
        return 0.0;
    if (p >= 1.0)
        return INFINITY;
    double lo = 0.0, hi = a + 10.0 * sqrt(a) + 10.0;
    for (int i = 0; i < 2000 && foi_gamma_p(a, hi) < p; i++) {
        lo = hi;
        hi *= 2.0;
    }
    /* bisection: monotone, no derivative to misbehave in the tails */
    for (int i = 0; i < 300; i++) {
        double mid = lo + (hi - lo) / 2.0;
        if (mid <= lo || mid >= hi)
            break;
        if (foi_gamma_p(a, mid) < p)
            lo = mid;
        else
            hi = mid;
        if (hi - lo <= 1e-14 * hi)
            break;
    }
    return lo + (hi - lo) / 2.0;
}

double foi_poisson_cdf(int64_t k, double mu)
{
    if (k < 0)
        return 0.0;
    if (!(mu > 0.0))
        return 1.0;    /* Poisson(0) is 0 with certainty */
    /* P(X <= k) = Q(k + 1, mu) */
    return foi_gamma_q((double)k + 1.0, mu);
}

int64_t foi_poisson_quantile(double p, double mu)
{
    if (!(mu > 0.0) || !(p > 0.0))
        return 0;
    if (p >= 1.0)
        p = 1.0 - DBL_EPSILON;
    /* F(lo) < p <= F(hi) */
    int64_t lo = -1;
    double h = mu + 10.0 * sqrt(mu) + 10.0;
    if (h > 9e15)
        h = 9e15;
    int64_t hi = (int64_t)h;
    for (int i = 0; i < 64 && foi_poisson_cdf(hi, mu) < p; i++) {
        lo = hi;
        if (hi > INT64_MAX / 4)
            return hi;
        hi *= 2;
    }
    while (hi - lo > 1) {
        int64_t mid = lo + (hi - lo) / 2;
        if (foi_poisson_cdf(mid, mu) >= p)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

int foi_poisson_exact_ci(int64_t count, double level, double *lo, double *hi)
{
    if (count < 0 || !(level > 0.0 && level < 1.0) || !lo || !hi)
        return -1;
    double tail = (1.0 - level) / 2.0;
    *lo = count == 0 ? 0.0 : foi_gamma_p_inv((double)count, tail);
    *hi = foi_gamma_p_inv((double)count + 1.0, 1.0 - tail);
    return 0;
}

double foi_funnel_limit(double expected, double p)
{
    if (!(expected > 0.0))
        return 0.0;
    int64_t r = foi_poisson_quantile(p, expected);
    double fr = foi_poisson_cdf(r, expected);
    double fr1 = foi_poisson_cdf(r - 1, expected);
    double den = fr - fr1;
    double alpha = den > 0.0 ? (fr - p) / den : 0.0;
    return (double)r - alpha;
}

void foi_funnel_limits(double expected, struct foi_funnel_limits *out)
{
    out->lo998 = foi_funnel_limit(expected, FOI_FUNNEL_P_LO998);
    out->lo95 = foi_funnel_limit(expected, FOI_FUNNEL_P_LO95);
    out->hi95 = foi_funnel_limit(expected, FOI_FUNNEL_P_HI95);
    out->hi998 = foi_funnel_limit(expected, FOI_FUNNEL_P_HI998);
}

const char *foi_funnel_classify(int64_t observed, double expected)
{
    if (!(expected > 0.0))
        return observed == 0 ? "within" : "high_99.8";
    /* An integer count o lies above the p-limit r_p - alpha exactly when
     * F(o) > p: o > r_p gives F(o) >= F(r_p) + P(X = o) > p; o = r_p lies
     * above it when alpha > 0, i.e. F(r_p) > p; o < r_p gives F(o) < p. It
     * lies below the limit exactly when o < r_p, i.e. F(o) < p (alpha < 1
     * because F(r_p - 1) < p). So one value of the distribution function
     * places it against all four limits, without their quantile searches
     * (the limits themselves are drawn in the report's funnel plots). */
    double f = foi_poisson_cdf(observed, expected);
    if (f > FOI_FUNNEL_P_HI998)
        return "high_99.8";
    if (f > FOI_FUNNEL_P_HI95)
        return "high_95";
    if (f < FOI_FUNNEL_P_LO998)
        return "low_99.8";
    if (f < FOI_FUNNEL_P_LO95)
        return "low_95";
    return "within";
}
