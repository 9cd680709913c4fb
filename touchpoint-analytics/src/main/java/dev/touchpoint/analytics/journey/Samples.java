package dev.touchpoint.analytics.journey;

import java.util.Arrays;

/** A growable list of doubles, cheaper than boxed lists for large samples. */
final class Samples {

    private double[] values = new double[16];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
