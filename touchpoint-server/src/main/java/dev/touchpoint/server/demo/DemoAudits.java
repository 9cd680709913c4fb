package dev.touchpoint.server.demo;

import dev.touchpoint.server.touchpoint.AuditAnswer;
import dev.touchpoint.server.touchpoint.NewAudit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A mystery-shopper audit per store per month for the demo: Pudong strong, Minhang average, Jiading improving. */
final class DemoAudits {

    private final Random random;
    private final Instant now;

    /** {@code random} is the journeys' own generator, so the demo stays the same for a seed. */
    DemoAudits(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    List<NewAudit> audits(Map<String, Long> teamIds) {
        var audits = new ArrayList<NewAudit>();
        var today = LocalDate.ofInstant(now, DemoGenerator.ZONE);
        var sites = new String[] {"PUDONG", "MINHANG", "JIADING", "ACCESSORY"};
        for (int m = 11; m >= 0; m--) {
            var date = today.minusMonths(m).withDayOfMonth(1 + random.nextInt(25));
            if (date.isAfter(today)) {
                date = today;
            }
            for (var site : sites) {
                var id = teamIds.get(site);
                if (id == null) {
                    continue;
                }
                double quality = switch (site) {
                    case "PUDONG" -> 0.92;
                    case "MINHANG" -> 0.8;
                    case "JIADING" -> 0.62 + 0.025 * (11 - m);
                    default -> 0.85;
                };
                audits.add(new NewAudit(
                        "DEALERSHIP_4S",
                        null,
                        id,
                        date,
                        "神秘顾客 " + (char) ('A' + random.nextInt(4)),
                        answers(quality, site.equals("ACCESSORY")),
                        null));
            }
        }
        return audits;
    }

    private List<AuditAnswer> answers(double q, boolean accessoryShop) {
        var a = new ArrayList<AuditAnswer>();
        for (var code : List.of(
                "F_ACCESS",
                "F_HOURS",
                "F_PARKING",
                "F_SURROUNDINGS",
                "F_BROCHURES",
                "F_LIGHTING",
                "F_SAMPLE_CARS",
                "R_PROACTIVE",
                "R_NEEDS",
                "R_NO_PRESSURE",
                "T_TEST_DRIVE_CAPACITY",
                "T_TEST_DRIVE_OFFER",
                "T_CONTRACT",
                "T_DELIVERY_INTRO")) {
            boolean na = accessoryShop && (code.startsWith("T_") || code.equals("F_SAMPLE_CARS"));
            a.add(
                    na
                            ? na(code)
                            : new AuditAnswer(
                                    code, random.nextDouble() < q ? BigDecimal.ONE : BigDecimal.ZERO, false, null));
        }
        for (var code : List.of(
                "F_NEGOTIATION",
                "F_LOUNGE",
                "F_RESTROOM",
                "F_ATMOSPHERE",
                "R_WARMTH",
                "R_CONSISTENT",
                "T_PRODUCT",
                "T_COMPETITORS",
                "T_FIT",
                "T_DEMO",
                "T_HARD_QUESTIONS",
                "U_RELEVANT",
                "U_ATTITUDE",
                "U_EXPERTISE")) {
            boolean na = accessoryShop && (code.startsWith("T_") || code.startsWith("U_"));
            int score = DemoRandom.clamp((int) Math.round(1 + 4 * q + random.nextGaussian() * 0.8), 1, 5);
            a.add(na ? na(code) : new AuditAnswer(code, BigDecimal.valueOf(score), false, null));
        }
        a.add(new AuditAnswer(
                "R_TIMELY", BigDecimal.valueOf(Math.round(8 + (1 - q) * 80 * random.nextDouble() * 1.5)), false, null));
        a.add(
                accessoryShop
                        ? na("T_DELIVERY_TIME")
                        : new AuditAnswer(
                                "T_DELIVERY_TIME",
                                BigDecimal.valueOf(1500
                                        + Math.round((1 - q) * 6000 * random.nextDouble() + 600 * random.nextDouble())),
                                false,
                                null));
        a.add(
                accessoryShop
                        ? na("U_PROACTIVE")
                        : new AuditAnswer(
                                "U_PROACTIVE",
                                BigDecimal.valueOf(3600L * (12 + Math.round((1 - q) * 150 * random.nextDouble()))),
                                false,
                                null));
        a.add(
                accessoryShop
                        ? na("U_REACH_RATE")
                        : new AuditAnswer(
                                "U_REACH_RATE",
                                BigDecimal.valueOf(Math.round(70 + 28 * q + random.nextGaussian() * 3)),
                                false,
                                null));
        return a;
    }

    private static AuditAnswer na(String code) {
        return new AuditAnswer(code, null, true, null);
    }
}
