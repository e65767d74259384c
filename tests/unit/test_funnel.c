/* test_funnel.c: Poisson probabilities, exact intervals and funnel limits
 * against published values and limits worked by hand (analyze/funnel.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>

#include "../../analyze/funnel.h"

#define NEAR(a, b, tol) do { double a_ = (a), b_ = (b); \
    if (!(fabs(a_ - b_) <= (tol))) fail_msg("%s = %.9f, expected %.9f (tol %g)", #a, a_, b_, (double)(tol)); } while (0)

/* P(X <= k) for Poisson(mu). The mu = 1 values are the textbook table
 * (e^-1 (1 + 1 + 1/2 + 1/6 ...)); the larger ones are the classic values
 * (also checked against an independent arbitrary-precision gammainc). */
static void test_poisson_cdf(void **state)
{
    (void)state;
    static const struct { int64_t k; double mu, want, tol; } t[] = {
        { 0, 1.0, 0.367879, 1e-6 },
        { 1, 1.0, 0.735759, 1e-6 },
        { 3, 1.0, 0.981012, 1e-6 },
        { 4, 1.0, 0.996340, 1e-6 },
        { 0, 10.0, 0.0000454, 1e-7 },
        { 3, 10.0, 0.010336, 1e-6 },
        { 4, 10.0, 0.029253, 1e-6 },
        { 10, 10.0, 0.583040, 1e-6 },
        { 1000, 1000.0, 0.508409, 1e-6 },
        { 950, 1000.0, 0.057836, 1e-6 },
        { 1100, 1000.0, 0.999132, 1e-6 },
        { 20000, 20000.0, 0.501881, 1e-6 },
        { 19700, 20000.0, 0.016922, 1e-6 },
        { -1, 5.0, 0.0, 0.0 },        /* below the support */
        { 0, 0.0, 1.0, 0.0 },         /* Poisson(0) is 0 with certainty */
        { 7, 0.0, 1.0, 0.0 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        NEAR(foi_poisson_cdf(t[i].k, t[i].mu), t[i].want, t[i].tol);
}

static void test_gamma_edges(void **state)
{
    (void)state;
    assert_true(isnan(foi_gamma_p(0.0, 1.0)));
    assert_true(isnan(foi_gamma_p(1.0, -1.0)));
    NEAR(foi_gamma_p(1.0, 0.0), 0.0, 0.0);
    NEAR(foi_gamma_q(1.0, 0.0), 1.0, 0.0);
    /* P(1, x) = 1 - e^-x */
    NEAR(foi_gamma_p(1.0, 2.0), 1.0 - exp(-2.0), 1e-12);
    NEAR(foi_gamma_p(3.5, 2.0) + foi_gamma_q(3.5, 2.0), 1.0, 1e-12);
    NEAR(foi_gamma_p(3.5, 9.0) + foi_gamma_q(3.5, 9.0), 1.0, 1e-12);
    /* past the series/fraction switch: Wilson-Hilferty is near 0.5 at the mean */
    NEAR(foi_gamma_p(2e8, 2e8), 0.5, 1e-3);
    NEAR(foi_gamma_p_inv(1.0, 0.5), log(2.0), 1e-10);
    NEAR(foi_gamma_p_inv(4.0, 0.0), 0.0, 0.0);
}

/* smallest k with P(X <= k) >= p */
static void test_poisson_quantile(void **state)
{
    (void)state;
    static const struct { double p, mu; int64_t want; } t[] = {
        { 0.025, 1.0, 0 },     /* P0 = 0.368 >= 0.025 */
        { 0.5, 1.0, 1 },       /* P0 = 0.368 < 0.5 <= P1 = 0.736 */
        { 0.735, 1.0, 1 },
        { 0.736, 1.0, 2 },     /* P1 = 0.735759 < 0.736 */
        { 0.975, 1.0, 3 },     /* P2 = 0.920 < 0.975 <= P3 = 0.981 */
        { 0.999, 1.0, 5 },     /* P4 = 0.99634 < 0.999 */
        { 0.025, 10.0, 4 },    /* P3 = 0.0103 < 0.025 <= P4 = 0.0293 */
        { 0.001, 10.0, 2 },
        { 0.5, 1000.0, 1000 }, /* P999 = 0.4958 < 0.5 <= P1000 = 0.5084 */
        { 0.975, 5000.0, 5139 },
        { 0.5, 0.0, 0 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        int64_t got = foi_poisson_quantile(t[i].p, t[i].mu);
        if (got != t[i].want)
            fail_msg("quantile(%g, %g) = %lld, want %lld", t[i].p, t[i].mu,
                     (long long)got, (long long)t[i].want);
    }
}

/* Garwood exact 95% intervals for an observed count (published tables). */
static void test_exact_ci(void **state)
{
    (void)state;
    static const struct { int64_t k; double lo, hi; } t[] = {
        { 0, 0.0, 3.689 },
        { 1, 0.0253, 5.572 },
        { 10, 4.795, 18.390 },
        { 100, 81.364, 121.627 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        double lo, hi;
        assert_int_equal(foi_poisson_exact_ci(t[i].k, 0.95, &lo, &hi), 0);
        NEAR(lo, t[i].lo, 5e-4);
        NEAR(hi, t[i].hi, 5e-4);
    }
    double lo, hi;
    assert_int_equal(foi_poisson_exact_ci(-1, 0.95, &lo, &hi), -1);
    assert_int_equal(foi_poisson_exact_ci(3, 1.5, &lo, &hi), -1);
}

/*
 * Worked by hand. Ten forces share a target of 2 allegations per 1,000
 * officers (theta = 0.002 per officer). A force of 500 officers expects
 * E = 1. Poisson(1): F(0)=0.367879 F(1)=0.735759 F(2)=0.919699 F(3)=0.981012
 * F(4)=0.996340 F(5)=0.999406.
 *   upper 95%  : r = 3 (F(3) >= 0.975), alpha = (0.981012-0.975)/(0.981012-0.919699)
 *                = 0.098051, limit = 2.901949 allegations (5.80 per 1,000)
 *   upper 99.8%: r = 5, alpha = (0.999406-0.999)/(0.999406-0.996340) = 0.132374,
 *                limit = 4.867626
 *   lower 95%  : r = 0, alpha = (0.367879-0.025)/0.367879 = 0.932043, limit = -0.932043
 * So 0..2 allegations are within, 3 and 4 are high_95, 5 or more high_99.8,
 * and no count can be low.
 * A force of 5,000 officers expects E = 10. Poisson(10): F(1)=0.000499
 * F(2)=0.002769 F(3)=0.010336 F(4)=0.029253.
 *   lower 95%  : r = 4, alpha = (0.029253-0.025)/(0.029253-0.010336) = 0.224812,
 *                limit = 3.775188
 *   lower 99.8%: r = 2, alpha = (0.002769-0.001)/(0.002769-0.000499) = 0.779471,
 *                limit = 1.220529
 * So 0 and 1 are low_99.8, 2 and 3 low_95, 4 within.
 */
static void test_funnel_limits_by_hand(void **state)
{
    (void)state;
    struct foi_funnel_limits l;
    foi_funnel_limits(0.002 * 500, &l);
    NEAR(l.hi95, 2.901949, 1e-5);
    NEAR(l.hi998, 4.867626, 1e-5);
    NEAR(l.lo95, -0.932043, 1e-5);
    NEAR(l.lo998, -0.997282, 1e-5);
    NEAR(l.hi95 / 500 * 1000, 5.80, 0.005);

    foi_funnel_limits(0.002 * 5000, &l);
    NEAR(l.lo95, 3.775188, 1e-5);
    NEAR(l.lo998, 1.220529, 1e-5);
    NEAR(l.hi95, 16.159951, 1e-5);
    NEAR(l.hi998, 20.662001, 1e-5);

    /* the Met's size: E = 5000 (independent high-precision values) */
    foi_funnel_limits(5000.0, &l);
    NEAR(l.lo998, 4782.414208, 1e-4);
    NEAR(l.lo95, 4861.382156, 1e-4);
    NEAR(l.hi95, 5138.565110, 1e-4);
    NEAR(l.hi998, 5219.435708, 1e-4);
}

static void test_classify(void **state)
{
    (void)state;
    static const struct { int64_t obs; double e; const char *want; } t[] = {
        { 0, 1.0, "within" }, { 1, 1.0, "within" }, { 2, 1.0, "within" },
        { 3, 1.0, "high_95" }, { 4, 1.0, "high_95" }, { 5, 1.0, "high_99.8" },
        { 40, 1.0, "high_99.8" },
        { 0, 10.0, "low_99.8" }, { 1, 10.0, "low_99.8" }, { 2, 10.0, "low_95" },
        { 3, 10.0, "low_95" }, { 4, 10.0, "within" }, { 16, 10.0, "within" },
        { 17, 10.0, "high_95" }, { 20, 10.0, "high_95" }, { 21, 10.0, "high_99.8" },
        { 0, 0.0, "within" },          /* target zero: every zero count is within */
        { 1, 0.0, "high_99.8" },
        { 5000, 5000.0, "within" }, { 5139, 5000.0, "high_95" }, { 5220, 5000.0, "high_99.8" },
        { 4861, 5000.0, "low_95" }, { 4782, 5000.0, "low_99.8" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        const char *got = foi_funnel_classify(t[i].obs, t[i].e);
        if (strcmp(got, t[i].want) != 0)
            fail_msg("classify(%lld, %g) = %s, want %s", (long long)t[i].obs, t[i].e, got, t[i].want);
    }
}

/* The interpolation makes every limit continuous and non-decreasing in E:
 * no jumps where the integer quantile steps. */
static void test_limits_continuous(void **state)
{
    (void)state;
    static const double ps[] = { 0.001, 0.025, 0.975, 0.999 };
    for (size_t j = 0; j < 4; j++) {
        /* without interpolation the limit would jump by a whole count where
         * r_p steps; with it, a 0.001 step in E moves it by well under 0.05 */
        double prev = foi_funnel_limit(0.2, ps[j]);
        for (double e = 0.201; e < 25.0; e += 0.001) {
            double cur = foi_funnel_limit(e, ps[j]);
            if (cur < prev - 1e-9 || cur - prev > 0.05)
                fail_msg("limit p=%g jumps at E=%g: %g -> %g", ps[j], e, prev, cur);
            prev = cur;
        }
    }
    assert_true(foi_funnel_limit(0.0, 0.975) == 0.0);
}

/* foi_funnel_classify places a count by one value of the distribution
 * function; it must agree with the four interpolated limits it stands for,
 * over small and large expectations and every count around them. */
static void test_classify_matches_limits(void **state)
{
    (void)state;
    long checked = 0;
    for (double e = 0.05; e < 3000.0; e *= 1.07) {
        struct foi_funnel_limits l;
        foi_funnel_limits(e, &l);
        int64_t span = (int64_t)(8.0 * sqrt(e)) + 8;
        for (int64_t o = (int64_t)e - span; o <= (int64_t)e + span; o++) {
            if (o < 0)
                continue;
            double x = (double)o;
            const char *want = x > l.hi998 ? "high_99.8" : x > l.hi95 ? "high_95" : x < l.lo998 ? "low_99.8"
                             : x < l.lo95 ? "low_95" : "within";
            const char *got = foi_funnel_classify(o, e);
            if (strcmp(got, want))
                fail_msg("classify(%lld, %g) = %s, the limits say %s", (long long)o, e, got, want);
            checked++;
        }
    }
    assert_true(checked > 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_poisson_cdf),
        cmocka_unit_test(test_gamma_edges),
        cmocka_unit_test(test_poisson_quantile),
        cmocka_unit_test(test_exact_ci),
        cmocka_unit_test(test_funnel_limits_by_hand),
        cmocka_unit_test(test_classify),
        cmocka_unit_test(test_classify_matches_limits),
        cmocka_unit_test(test_limits_continuous),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
