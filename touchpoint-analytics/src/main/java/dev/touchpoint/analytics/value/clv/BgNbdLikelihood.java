package dev.touchpoint.analytics.value.clv;

import static java.lang.Math.exp;
import static java.lang.Math.log;
import static java.lang.Math.log1p;
import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BG/NBD sample log-likelihood over customers aggregated by identical (x, t<sub>x</sub>, T).
 *
 * <p>Per customer, ln L = A<sub>1</sub> + A<sub>2</sub> + ln(e<sup>A<sub>3</sub></sup> +
 * δ<sub>x&gt;0</sub> e<sup>A<sub>4</sub></sup>) with A<sub>1</sub> = lnΓ(r + x) − lnΓ(r) + r ln α,
 * A<sub>2</sub> = lnΓ(a + b) + lnΓ(b + x) − lnΓ(b) − lnΓ(a + b + x), A<sub>3</sub> = −(r + x)
 * ln(α + T), A<sub>4</sub> = ln a − ln(b + x − 1) − (r + x) ln(α + t<sub>x</sub>) (Hardie 2005,
 * "Implementing the BG/NBD model in Excel"). The last term is a log-sum-exp, so nothing
 * overflows. Terms that depend on x only are computed once per distinct x.
 */
final class BgNbdLikelihood {

    private final int[] xIndex;
    private final int[] distinctX;
    private final double[] tx;
    private final double[] age;
    private final double[] weight;
    private final double[] perX;
    private final double[] perXDropout;
    private final int customers;

    private BgNbdLikelihood(Map<Key, Integer> counts, int customers) {
        this.customers = customers;
        distinctX =
                counts.keySet().stream().mapToInt(Key::x).distinct().sorted().toArray();
        int n = counts.size();
        xIndex = new int[n];
        tx = new double[n];
        age = new double[n];
        weight = new double[n];
        int i = 0;
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            xIndex[i] = Arrays.binarySearch(distinctX, e.getKey().x());
            tx[i] = e.getKey().tx();
            age[i] = e.getKey().age();
            weight[i] = e.getValue();
            i++;
        }
        perX = new double[distinctX.length];
        perXDropout = new double[distinctX.length];
    }

    static BgNbdLikelihood of(List<CustomerSummary> summaries) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (CustomerSummary c : summaries) {
            counts.merge(new Key(c.frequency(), c.recency(), c.age()), 1, Integer::sum);
        }
        return new BgNbdLikelihood(counts, summaries.size());
    }

    int customers() {
        return customers;
    }

    int distinctRows() {
        return weight.length;
    }

    /** Returns the summed log-likelihood; not thread-safe (reuses scratch arrays). */
    double value(double r, double alpha, double a, double b) {
        precomputePerX(r, alpha, a, b);
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            int k = xIndex[i];
            double rx = r + distinctX[k];
            double a3 = -rx * log(alpha + age[i]);
            double ll;
            if (distinctX[k] == 0) {
                ll = a3;
            } else {
                double a4 = perXDropout[k] - rx * log(alpha + tx[i]);
                ll = a3 > a4 ? a3 + log1p(exp(a4 - a3)) : a4 + log1p(exp(a3 - a4));
            }
            sum += weight[i] * (perX[k] + ll);
        }
        return sum;
    }

    private void precomputePerX(double r, double alpha, double a, double b) {
        double constant = r * log(alpha) - logGamma(r) + logGamma(a + b) - logGamma(b);
        double logA = log(a);
        for (int k = 0; k < distinctX.length; k++) {
            int x = distinctX[k];
            perX[k] = constant + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
            perXDropout[k] = x == 0 ? Double.NaN : logA - log(b + x - 1);
        }
    }

    private record Key(int x, double tx, double age) {}
}
