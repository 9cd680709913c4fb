package dev.touchpoint.analytics.value.clv;

import static java.lang.Math.log;
import static org.apache.commons.math3.special.Gamma.logGamma;

/**
 * The Gamma-Gamma model of the average value of a customer's purchases.
 *
 * <p>Each purchase value z ~ Gamma(p, ν) (shape p, rate ν) around a customer's mean p/ν, and ν ~
 * Gamma(q, γ) across customers; spend is assumed independent of the purchase process. For a
 * customer whose x repeat purchases average m̄:
 *
 * <ul>
 *   <li>likelihood: ln f(m̄ | x) = lnΓ(px + q) − lnΓ(px) − lnΓ(q) + q ln γ + px ln x + (px − 1) ln
 *       m̄ − (px + q) ln(γ + x m̄);
 *   <li>E[Z | m̄, x] = p(γ + x m̄)/(px + q − 1) = (q − 1)/(px + q − 1) · pγ/(q − 1) + px/(px + q −
 *       1) · m̄, a weighted mean of the population mean pγ/(q − 1) and the customer's own m̄.
 * </ul>
 *
 * <p>Source: Fader, Hardie &amp; Lee, "RFM and CLV: Using Iso-Value Curves for Customer Base
 * Analysis", Journal of Marketing Research 42(4), 2005, and Fader &amp; Hardie, "The Gamma-Gamma
 * Model of Monetary Value" (2013), eq. 5. On the 946 CDNOW sample repeat customers: p = 6.25, q =
 * 3.74, γ = 15.44.
 *
 * @param p shape of a single purchase's value, &gt; 0
 * @param q shape of the rate ν across customers, &gt; 0
 * @param gamma rate of ν across customers, &gt; 0
 */
public record GammaGammaModel(double p, double q, double gamma) {

    /** Validates that all parameters are finite and positive. */
    public GammaGammaModel {
        BgNbdModel.requirePositive("p", p);
        BgNbdModel.requirePositive("q", q);
        BgNbdModel.requirePositive("gamma", gamma);
    }

    /**
     * Creates a model from its three parameters.
     *
     * @param p purchase-value shape
     * @param q shape of ν
     * @param gamma rate of ν
     * @return the model
     */
    public static GammaGammaModel of(double p, double q, double gamma) {
        return new GammaGammaModel(p, q, gamma);
    }

    /**
     * Returns the expected value of a purchase of a customer about whom nothing is known, pγ/(q −
     * 1).
     *
     * @return the population mean spend; needs q &gt; 1
     */
    public double expectedAverageValue() {
        if (q <= 1) {
            throw new ArithmeticException("population mean spend is infinite for q <= 1");
        }
        return p * gamma / (q - 1);
    }

    /**
     * Returns E[Z | m̄, x], the expected value of this customer's future purchases.
     *
     * @param frequency x, the number of repeat purchases
     * @param monetary m̄, their mean value (ignored when x = 0)
     * @return p(γ + x m̄)/(px + q − 1); the population mean when x = 0
     */
    public double expectedAverageValue(int frequency, double monetary) {
        double denominator = p * frequency + q - 1;
        if (denominator <= 0) {
            throw new ArithmeticException("expected spend is infinite for px + q <= 1");
        }
        return p * (gamma + frequency * monetary) / denominator;
    }

    /**
     * Returns E[Z | m̄, x] for a summary.
     *
     * @param c the customer's summary
     * @return the expected average value
     */
    public double expectedAverageValue(CustomerSummary c) {
        return expectedAverageValue(c.frequency(), c.monetary());
    }

    /**
     * Returns the log-likelihood of one repeat customer's average spend.
     *
     * @param frequency x &gt; 0
     * @param monetary m̄ &gt; 0
     * @return ln f(m̄ | x, p, q, γ)
     */
    public double logLikelihood(int frequency, double monetary) {
        double px = p * frequency;
        return logGamma(px + q)
                - logGamma(px)
                - logGamma(q)
                + q * log(gamma)
                + px * log(frequency)
                + (px - 1) * log(monetary)
                - (px + q) * log(gamma + frequency * monetary);
    }
}
