/* funnel.h: the statistics behind rates per 1,000 officers: the Poisson
 * distribution (through the regularized incomplete gamma function), exact
 * Poisson confidence intervals, and funnel-plot control limits (Spiegelhalter
 * 2005). Pure functions: no allocation, no I/O. Method in docs/rates.md. */
#ifndef FOI_FUNNEL_H
#define FOI_FUNNEL_H

#include <stdint.h>

/* Regularized lower and upper incomplete gamma functions P(a, x), Q(a, x)
 * for a > 0, x >= 0 (P + Q = 1). NaN for a <= 0 or x < 0. */
double foi_gamma_p(double a, double x);
double foi_gamma_q(double a, double x);
/* The x with P(a, x) = p, for a > 0 and 0 < p < 1 (0 for p <= 0). */
double foi_gamma_p_inv(double a, double p);

/* P(X <= k) for X ~ Poisson(mu), mu >= 0: 0 when k < 0. */
double foi_poisson_cdf(int64_t k, double mu);
/* The p-quantile of Poisson(mu): the smallest k >= 0 with P(X <= k) >= p
 * (0 < p < 1). */
int64_t foi_poisson_quantile(double p, double mu);

/* Exact (Garwood) two-sided confidence interval for the mean of a Poisson
 * count, via the chi-squared/gamma relation: lower = G^-1(k; (1-level)/2),
 * upper = G^-1(k+1; (1+level)/2), lower = 0 when k = 0. level in (0,1).
 * 0 ok, -1 for bad arguments. */
int foi_poisson_exact_ci(int64_t count, double level, double *lo, double *hi);

/* Spiegelhalter's interpolated p-limit of a count whose expectation is
 * `expected`: r_p - alpha, with r_p the Poisson p-quantile and
 * alpha = (F(r_p) - p) / (F(r_p) - F(r_p - 1)). Continuous in `expected`;
 * divide by the denominator for the rate limit. 0 when expected <= 0. */
double foi_funnel_limit(double expected, double p);

/* The four limits used in foi (as counts). */
#define FOI_FUNNEL_P_LO998 0.001
#define FOI_FUNNEL_P_LO95  0.025
#define FOI_FUNNEL_P_HI95  0.975
#define FOI_FUNNEL_P_HI998 0.999
struct foi_funnel_limits {
    double lo998, lo95, hi95, hi998;
};
void foi_funnel_limits(double expected, struct foi_funnel_limits *out);

/* Where an observed count lies against the limits around `expected`:
 * "high_99.8" (above the upper 99.8% limit), "high_95", "low_99.8",
 * "low_95" or "within". expected <= 0 (a target rate of zero): a zero count
 * is "within", any other count "high_99.8". Static strings. */
const char *foi_funnel_classify(int64_t observed, double expected);

#endif
