package dev.touchpoint.analytics.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Running conversion counts of one product, see {@link ProductConversion}. */
final class ProductTally {

    private final long[] bandSubjects;
    private final long[] bandConverted;
    private long dwelt;
    private long converted;

    ProductTally(int bands) {
        bandSubjects = new long[bands];
        bandConverted = new long[bands];
    }

    /** One subject's dwell and purchase state for one product. */
    static final class SubjectState {
        double seconds;
        boolean timed;
        Instant lastDwell;
        boolean converted;
    }

    /** Walks one subject's events and returns its state per product it dwelt at. */
    static Map<String, SubjectState> walk(List<JourneyEvent> events, Duration window) {
        Map<String, SubjectState> states = new HashMap<>();
        for (JourneyEvent e : events) {
            if (e.productId() == null) {
                continue;
            }
            if (e.kind() == TouchpointKind.DWELL) {
                SubjectState s = states.computeIfAbsent(e.productId(), p -> new SubjectState());
                if (!s.converted) {
                    s.lastDwell = e.occurredAt();
                    s.timed |= e.durationSeconds() != null;
                    s.seconds += e.durationSeconds() == null ? 0 : e.durationSeconds();
                }
            } else if (e.kind() == TouchpointKind.PURCHASE) {
                SubjectState s = states.get(e.productId());
                if (s != null && !s.converted && !e.occurredAt().isAfter(s.lastDwell.plus(window))) {
                    s.converted = true;
                }
            }
        }
        return states;
    }

    void add(SubjectState state, DwellBands bands) {
        dwelt++;
        converted += state.converted ? 1 : 0;
        if (state.timed) {
            int band = bands.bandOf(state.seconds);
            bandSubjects[band]++;
            bandConverted[band] += state.converted ? 1 : 0;
        }
    }

    ProductConversion result(String productId, DwellBands bands, int minimumSample) {
        List<BandConversion> list = new ArrayList<>();
        String optimal = null;
        double bestRate = -1;
        for (int b = 0; b < bands.size(); b++) {
            double rate = Stats.ratio(bandConverted[b], bandSubjects[b]);
            list.add(new BandConversion(bands.label(b), bandSubjects[b], bandConverted[b], rate));
            if (bandSubjects[b] >= minimumSample && rate > bestRate) {
                bestRate = rate;
                optimal = bands.label(b);
            }
        }
        return new ProductConversion(productId, dwelt, converted, Stats.ratio(converted, dwelt), list, optimal);
    }
}
