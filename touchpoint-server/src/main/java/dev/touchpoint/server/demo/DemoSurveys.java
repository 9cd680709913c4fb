package dev.touchpoint.server.demo;

import dev.touchpoint.server.touchpoint.TouchpointChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The demo's survey answers: after a delivery (the paperwork wait a valley, the handover its peak,
 * with NPS, CSAT, effort and expectation against perception), after a showroom visit and after a
 * service visit. They share the journeys' random numbers, so the data stays the same for a seed.
 */
final class DemoSurveys {

    private final Random random;
    private final DemoEventLog log;

    DemoSurveys(Random random, DemoEventLog log) {
        this.random = random;
        this.log = log;
    }

    /** The survey after delivery: a valley at the paperwork wait (worse the longer it took), a peak at the handover. */
    void delivery(long customer, String store, Instant at, int paperworkSeconds) {
        int paperwork = DemoRandom.clamp(paperworkSeconds > 3600 ? 1 + random.nextInt(2) : 2 + random.nextInt(2), 1, 6);
        int handover =
                DemoRandom.clamp(5 + (random.nextDouble() < 0.6 ? 1 : 0) - (random.nextDouble() < 0.08 ? 2 : 0), 1, 6);
        int contract = DemoRandom.clamp(3 + random.nextInt(3), 1, 6);
        emotion(customer, store, at, "DELIVERY_PAPERWORK", "paperwork", paperwork);
        emotion(customer, store, at, "HANDOVER_CEREMONY", "handover", handover);
        emotion(customer, store, at, "CONTRACT", "overall", contract);
        // the same survey asks NPS, CSAT and effort, which follow the peak and the end more than the average
        int nps = DemoRandom.clamp(
                (int) Math.round(2.0 + 0.9 * handover + 0.45 * paperwork + random.nextGaussian()), 0, 10);
        int csat = DemoRandom.clamp((int) Math.round((handover + paperwork) / 2.6 + 0.5 * random.nextGaussian()), 1, 5);
        int effort = paperworkSeconds > 3600 ? 5 + random.nextInt(3) : 2 + random.nextInt(3);
        score(customer, store, at, "SATISFACTION_SURVEY", "nps", "NPS", nps);
        score(customer, store, at, "SATISFACTION_SURVEY", "csat", "CSAT", csat);
        score(customer, store, at, "DELIVERY_PAPERWORK", "ces", "CES", effort);
        // expectation against perception on the same 1–6 scale: paperwork disappoints, the ceremony delights
        gap(customer, store, at, "DELIVERY_PAPERWORK", DemoRandom.clamp(4 + random.nextInt(2), 1, 6), paperwork);
        gap(customer, store, at, "HANDOVER_CEREMONY", DemoRandom.clamp(4 + random.nextInt(2), 1, 6), handover);
        gap(customer, store, at, "CONTRACT", DemoRandom.clamp(4 + random.nextInt(2), 1, 6), contract);
    }

    /**
     * The visit survey: reception depends on the store (Pudong warm, Jiading often kept waiting), the test
     * drive is the high point before the purchase, a price objection the low one.
     */
    void visit(long customer, String store, Instant at, List<String> met, int mood) {
        int reception = switch (store) {
            case "PUDONG" -> 5;
            case "MINHANG" -> 4;
            default -> 3;
        };
        for (var code : met) {
            Integer emotion = switch (code) {
                case "RECEPTION" -> reception + random.nextInt(2) - (random.nextDouble() < 0.2 ? 1 : 0);
                case "SHOWROOM_DISPLAY" -> 4 + random.nextInt(2);
                case "NEEDS_ANALYSIS" -> 3 + random.nextInt(3);
                case "TEST_DRIVE" -> 5 + random.nextInt(2);
                case "PRICE_OBJECTION" -> 2 + random.nextInt(2);
                default -> null;
            };
            if (emotion != null) {
                emotion(
                        customer,
                        store,
                        at,
                        code,
                        "visit",
                        DemoRandom.clamp(emotion + (mood < 0 && random.nextBoolean() ? mood : 0), 1, 6));
            }
        }
    }

    void emotion(long customer, String store, Instant at, String touchpoint, String question, int emotion) {
        log.add(
                customer,
                null,
                touchpoint,
                at,
                TouchpointChannel.SURVEY,
                store,
                null,
                null,
                BigDecimal.valueOf(emotion),
                emotion,
                "{\"survey\":\"demo\",\"question\":\"" + question + "\"}");
    }

    private void score(
            long customer, String store, Instant at, String touchpoint, String question, String type, int score) {
        log.add(
                customer,
                null,
                touchpoint,
                at,
                TouchpointChannel.SURVEY,
                store,
                null,
                null,
                BigDecimal.valueOf(score),
                null,
                "{\"survey\":\"demo\",\"question\":\"" + question + "\",\"type\":\"" + type + "\",\"score\":" + score
                        + "}");
    }

    private void gap(long customer, String store, Instant at, String touchpoint, int expectation, int perception) {
        log.add(
                customer,
                null,
                touchpoint,
                at,
                TouchpointChannel.SURVEY,
                store,
                null,
                null,
                null,
                null,
                "{\"survey\":\"demo\",\"question\":\"expectation\",\"type\":\"EXPECTATION_PERCEPTION\","
                        + "\"expectation\":" + expectation + ",\"perception\":" + perception + "}");
    }
}
