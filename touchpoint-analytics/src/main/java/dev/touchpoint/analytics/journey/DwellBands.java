package dev.touchpoint.analytics.journey;

import java.util.List;

/**
 * Dwell-time bands given by ascending upper bounds in seconds: bounds {@code [30, 60]} make the
 * bands {@code [0, 30)}, {@code [30, 60)} and {@code [60, ∞)}.
 *
 * @param upperBounds the strictly ascending, positive upper bounds
 */
public record DwellBands(List<Long> upperBounds) {

    /** Validates and copies. */
    public DwellBands {
        upperBounds = List.copyOf(upperBounds);
        for (int i = 0; i < upperBounds.size(); i++) {
            if (upperBounds.get(i) <= (i == 0 ? 0 : upperBounds.get(i - 1))) {
                throw new IllegalArgumentException("band bounds must be positive and strictly ascending");
            }
        }
    }

    /** Returns the bands 0–30 s, 30–60 s, 1–2 min, 2–5 min, 5–10 min, 10 min and more. */
    public static DwellBands defaults() {
        return new DwellBands(List.of(30L, 60L, 120L, 300L, 600L));
    }

    /** Returns the number of bands (bounds + 1). */
    public int size() {
        return upperBounds.size() + 1;
    }

    /** Returns the index of the band containing {@code seconds}. */
    public int bandOf(double seconds) {
        int i = 0;
        while (i < upperBounds.size() && seconds >= upperBounds.get(i)) {
            i++;
        }
        return i;
    }

    /** Returns a label such as {@code 30–60s} or {@code 600s+}. */
    public String label(int band) {
        long lower = band == 0 ? 0 : upperBounds.get(band - 1);
        return band == upperBounds.size() ? lower + "s+" : lower + "–" + upperBounds.get(band) + "s";
    }
}
