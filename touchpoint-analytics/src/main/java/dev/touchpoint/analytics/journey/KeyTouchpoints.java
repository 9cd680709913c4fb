package dev.touchpoint.analytics.journey;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the key touchpoints (关键触点, DOMAIN.md §1): those most associated with conversion.
 *
 * <p>A subject <em>converted</em> when any of its events matches {@link #conversion()}. A subject was
 * <em>exposed</em> to touchpoint T when it has an event at T before its first conversion event (any
 * event at T when it did not convert), so the conversion event itself never counts as exposure. Per
 * touchpoint, the 2×2 table exposed/not × converted/not gives an {@link OddsRatio}; its Woolf
 * interval is reported only when at least {@link #minimumPerSide()} subjects (25 by default) are
 * exposed and as many are not, otherwise the effect is flagged insufficient. The importance–
 * performance grid uses {@code ln OR} as importance and the touchpoint's mean emotion as
 * performance; use {@link IpaPoint#classify} to supply other measures (e.g. audit scores).
 *
 * @param conversion the conversion event
 * @param minimumPerSide the minimum exposed and unexposed subjects for an interval
 */
public record KeyTouchpoints(EventPattern conversion, int minimumPerSide) {

    /** Validates. */
    public KeyTouchpoints {
        Objects.requireNonNull(conversion, "conversion");
        if (minimumPerSide < 0) {
            throw new IllegalArgumentException("minimumPerSide must not be negative");
        }
    }

    /** Returns conversion = any {@link TouchpointKind#PURCHASE}, at least 25 subjects per side. */
    public static KeyTouchpoints defaults() {
        return new KeyTouchpoints(EventPattern.kind(TouchpointKind.PURCHASE), 25);
    }

    /** Returns a copy counting {@code newConversion} as the conversion. */
    public KeyTouchpoints withConversion(EventPattern newConversion) {
        return new KeyTouchpoints(newConversion, minimumPerSide);
    }

    /** Computes the effects in one pass over the journeys. */
    public KeyTouchpointReport analyze(Iterable<SubjectJourney> journeys) {
        Map<String, long[]> exposure = new HashMap<>(); // [exposed & converted, exposed & not]
        Map<String, double[]> emotion = new HashMap<>(); // [sum, n]
        long subjects = 0;
        long converted = 0;
        for (SubjectJourney journey : journeys) {
            subjects++;
            int conversionAt = firstConversion(journey.events());
            boolean didConvert = conversionAt < journey.events().size();
            converted += didConvert ? 1 : 0;
            for (String code : exposures(journey.events(), conversionAt)) {
                exposure.computeIfAbsent(code, c -> new long[2])[didConvert ? 0 : 1]++;
            }
            addEmotions(journey.events(), emotion);
        }
        return report(subjects, converted, exposure, emotion);
    }

    /** Whether the journey has a conversion event. */
    public boolean converted(SubjectJourney journey) {
        return firstConversion(journey.events()) < journey.events().size();
    }

    /**
     * Whether the journey was exposed to {@code touchpoint}: met it before its first conversion event, or
     * at all when it never converted — the definition {@link #analyze} counts, for listing the people in
     * one cell of a touchpoint's 2×2 table.
     */
    public boolean exposed(SubjectJourney journey, String touchpoint) {
        return exposures(journey.events(), firstConversion(journey.events())).contains(touchpoint);
    }

    private int firstConversion(List<JourneyEvent> events) {
        int i = 0;
        while (i < events.size() && !conversion.matches(events.get(i))) {
            i++;
        }
        return i;
    }

    private static Set<String> exposures(List<JourneyEvent> events, int before) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < before; i++) {
            codes.add(events.get(i).touchpoint());
        }
        return codes;
    }

    private static void addEmotions(List<JourneyEvent> events, Map<String, double[]> emotion) {
        for (JourneyEvent event : events) {
            if (event.emotion() != null) {
                double[] s = emotion.computeIfAbsent(event.touchpoint(), c -> new double[2]);
                s[0] += event.emotion();
                s[1]++;
            }
        }
    }

    private KeyTouchpointReport report(
            long subjects, long converted, Map<String, long[]> exposure, Map<String, double[]> emotion) {
        Map<String, Double> importance = new HashMap<>();
        Map<String, Double> performance = new HashMap<>();
        List<TouchpointEffect> effects = exposure.entrySet().stream()
                .map(e -> {
                    long a = e.getValue()[0];
                    long b = e.getValue()[1];
                    OddsRatio or = OddsRatio.of(a, b, converted - a, subjects - converted - b);
                    boolean sufficient = a + b >= minimumPerSide && subjects - a - b >= minimumPerSide;
                    double[] s = emotion.get(e.getKey());
                    double meanEmotion = s == null ? Double.NaN : s[0] / s[1];
                    importance.put(e.getKey(), or.logRatio());
                    if (s != null) {
                        performance.put(e.getKey(), meanEmotion);
                    }
                    return new TouchpointEffect(
                            e.getKey(), sufficient ? or : or.withoutInterval(), sufficient, meanEmotion);
                })
                .sorted(Comparator.comparingDouble(
                                (TouchpointEffect t) -> t.oddsRatio().ratio())
                        .reversed()
                        .thenComparing(TouchpointEffect::touchpoint))
                .toList();
        return new KeyTouchpointReport(subjects, converted, effects, IpaPoint.classify(importance, performance));
    }
}
