package dev.touchpoint.server.demo;

import java.util.Random;

/** The demo's random helpers. */
final class DemoRandom {

    private DemoRandom() {}

    static int poisson(Random random, double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
