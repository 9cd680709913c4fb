package dev.touchpoint.analytics.value.clv;

import static java.lang.Math.exp;
import static java.lang.Math.log;

import java.util.List;

/**
 * The BG/NBD ("beta-geometric / negative binomial distribution") model of repeat purchasing.
 *
 * <p>While alive, a customer buys as a Poisson process with rate λ; after every repeat purchase
 * the customer drops out with probability p. Across customers λ ~ Gamma(r, α) (shape r, rate α)
 * and p ~ Beta(a, b). With x repeat purchases, the last at t<sub>x</sub>, observed over (0, T]:
 *
 * <ul>
 *   <li>P(alive | x, t<sub>x</sub>, T) = 1 / (1 + δ<sub>x&gt;0</sub> · a/(b + x − 1) ·
 *       ((α + T)/(α + t<sub>x</sub>))<sup>r+x</sup>) — so a customer with x = 0 is alive with
 *       probability 1 (eq. 13 of the paper);
 *   <li>E[Y(t) | x, t<sub>x</sub>, T] = (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T +
 *       t))<sup>r+x</sup> · <sub>2</sub>F<sub>1</sub>(r + x, b + x; a + b + x − 1; t/(α + T + t))]
 *       · P(alive | x, t<sub>x</sub>, T) (eq. 10);
 *   <li>E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))<sup>r</sup> ·
 *       <sub>2</sub>F<sub>1</sub>(r, b; a + b − 1; t/(α + t))] (eq. 9).
 * </ul>
 *
 * <p>The expectations divide by a − 1, so a model with a = 1 exactly is rejected by them.
 *
 * <p>Source: Fader, Hardie &amp; Lee, "Counting Your Customers the Easy Way", Marketing Science
 * 24(2), 2005, eqs. 6, 9, 10, 13.
 *
 * @param r shape of the purchase-rate gamma, &gt; 0
 * @param alpha rate (inverse scale) of the purchase-rate gamma, &gt; 0
 * @param a first shape of the dropout beta, &gt; 0
 * @param b second shape of the dropout beta, &gt; 0
 */
public record BgNbdModel(double r, double alpha, double a, double b) {

    /** Validates that all parameters are finite and positive. */
    public BgNbdModel {
        requirePositive("r", r);
        requirePositive("alpha", alpha);
        requirePositive("a", a);
        requirePositive("b", b);
    }

    /**
     * Creates a model from its four parameters.
     *
     * @param r gamma shape
     * @param alpha gamma rate
     * @param a beta shape a
     * @param b beta shape b
     * @return the model
     */
    public static BgNbdModel of(double r, double alpha, double a, double b) {
        return new BgNbdModel(r, alpha, a, b);
    }

    /**
     * Returns the probability that the customer is still alive at T.
     *
     * @param c the customer's summary
     * @return P(alive | x, t<sub>x</sub>, T), in (0, 1]
     */
    public double probabilityAlive(CustomerSummary c) {
        return probabilityAlive(c.frequency(), c.recency(), c.age());
    }

    /**
     * Returns the probability that a customer is still alive at T (eq. 13).
     *
     * @param x repeat purchases
     * @param tx time of the last purchase
     * @param age T
     * @return P(alive | x, t<sub>x</sub>, T), in (0, 1]
     */
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1.0;
        }
        double logOdds = log(a) - log(b + x - 1) + (r + x) * (log(alpha + age) - log(alpha + tx));
        return 1.0 / (1.0 + exp(logOdds));
    }

    /**
     * Returns the expected number of purchases in the next t periods given the history (eq. 10).
     *
     * @param t the forecast horizon, ≥ 0, in the unit of the summary
     * @param c the customer's summary
     * @return E[Y(t) | x, t<sub>x</sub>, T]
     */
    public double expectedPurchases(double t, CustomerSummary c) {
        return expectedPurchases(t, c.frequency(), c.recency(), c.age());
    }

    /**
     * Returns the expected number of purchases in (T, T + t] given the history (eq. 10).
     *
     * @param t the forecast horizon, ≥ 0
     * @param x repeat purchases
     * @param tx time of the last purchase
     * @param age T
     * @return E[Y(t) | x, t<sub>x</sub>, T]
     */
    public double expectedPurchases(double t, int x, double tx, double age) {
        requireHorizon(t);
        double rx = r + x;
        double z = t / (alpha + age + t);
        double power = exp(rx * (log(alpha + age) - log(alpha + age + t)));
        double hyp = Hypergeometric.f21(rx, b + x, a + b + x - 1, z);
        double bracket = 1.0 - power * hyp;
        return (a + b + x - 1) / aMinusOne() * bracket * probabilityAlive(x, tx, age);
    }

    /**
     * Returns the expected number of repeat purchases of a new customer in (0, t] (eq. 9).
     *
     * @param t the time since the first purchase, ≥ 0
     * @return E[X(t)]
     */
    public double expectedPurchases(double t) {
        requireHorizon(t);
        double power = exp(r * (log(alpha) - log(alpha + t)));
        double hyp = Hypergeometric.f21(r, b, a + b - 1, t / (alpha + t));
        return (a + b - 1) / aMinusOne() * (1.0 - power * hyp);
    }

    /**
     * Returns the log-likelihood of one customer's summary (eq. 6, in log space).
     *
     * @param c the customer's summary
     * @return ln L(r, α, a, b | x, t<sub>x</sub>, T)
     */
    public double logLikelihood(CustomerSummary c) {
        return BgNbdLikelihood.of(List.of(c)).value(r, alpha, a, b);
    }

    private double aMinusOne() {
        if (a == 1.0) {
            throw new ArithmeticException("BG/NBD expectations are undefined for a = 1");
        }
        return a - 1;
    }

    private static void requireHorizon(double t) {
        if (!(t >= 0) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("horizon must be finite and >= 0, was " + t);
        }
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }
}
