package dev.touchpoint.analytics.value.clv;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Simulates the BG/NBD story: λ ~ Gamma(r, α), p ~ Beta(a, b); purchases arrive as a Poisson
 * process with rate λ after the first purchase at time 0, and after each repeat purchase the
 * customer drops out with probability p. Amounts follow Gamma-Gamma: ν ~ Gamma(q, γ), each
 * purchase value ~ Gamma(p<sub>GG</sub>, ν).
 */
final class BgNbdSimulator {

    private final RandomDataGenerator random;

    BgNbdSimulator(long seed) {
        random = new RandomDataGenerator(new Well19937c(seed));
    }

    List<CustomerSummary> simulate(BgNbdModel model, GammaGammaModel spend, int customers, double maxAge) {
        List<CustomerSummary> out = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            double age = maxAge * (0.5 + 0.5 * random.nextUniform(0, 1));
            out.add(customer("c" + i, model, spend, age));
        }
        return out;
    }

    /** Expected repeat purchases in (0, t] by simulation: the mean of many simulated customers. */
    double meanRepeatPurchases(BgNbdModel model, double t, int customers) {
        long total = 0;
        for (int i = 0; i < customers; i++) {
            total += purchaseTimes(model, t).size();
        }
        return (double) total / customers;
    }

    private CustomerSummary customer(String id, BgNbdModel model, GammaGammaModel spend, double age) {
        List<Double> times = purchaseTimes(model, age);
        double nu = random.nextGamma(spend.q(), 1 / spend.gamma());
        double sum = 0;
        for (int k = 0; k < times.size(); k++) {
            sum += random.nextGamma(spend.p(), 1 / nu);
        }
        int x = times.size();
        double recency = x == 0 ? 0 : times.get(x - 1);
        return CustomerSummary.of(id, x, recency, age, x == 0 ? 0 : sum / x);
    }

    private List<Double> purchaseTimes(BgNbdModel model, double horizon) {
        double lambda = random.nextGamma(model.r(), 1 / model.alpha());
        double p = random.nextBeta(model.a(), model.b());
        List<Double> times = new ArrayList<>();
        double t = 0;
        while (true) {
            t += random.nextExponential(1 / lambda);
            if (t > horizon) {
                return times;
            }
            times.add(t);
            if (random.nextUniform(0, 1) < p) {
                return times;
            }
        }
    }
}
