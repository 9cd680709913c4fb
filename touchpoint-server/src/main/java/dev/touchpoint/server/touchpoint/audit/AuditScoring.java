package dev.touchpoint.server.touchpoint.audit;

import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.AuditAnswer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an audit — the weighted share of points:
 *
 * <pre>
 *   item earns  f × w   where w is its weight and f ∈ [0, 1]:
 *     YES_NO   f = 1 for yes, 0 for no                     passes on yes
 *     SCALE    f = (answer − 1) / 4 for answer 1…5          passes at 3 or more
 *     TIMED    f = 1 if seconds ≤ limitSeconds, else 0      passes within the limit
 *     NUMERIC  f = 1 if the target is met, else 0           passes when met
 *   section score = 100 × Σ earned / Σ w   over the section's applicable items
 *   overall score = 100 × Σ earned / Σ w   over all applicable items
 * </pre>
 *
 * Items marked not applicable count neither way. Scores are rounded half-up to two decimals.
 */
final class AuditScoring {

    /** One scored item. */
    record ItemScore(
            String sectionCode,
            AuditItem item,
            BigDecimal answer,
            boolean notApplicable,
            boolean passed,
            BigDecimal points,
            BigDecimal maxPoints,
            String note) {}

    /** The scores: overall and per section (null for a section with nothing applicable). */
    record Result(BigDecimal overall, Map<String, BigDecimal> sections, List<ItemScore> items) {

        List<ItemScore> failed() {
            return items.stream().filter(i -> !i.notApplicable() && !i.passed()).toList();
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private AuditScoring() {}

    /** Scores the answers; every item must be answered or marked not applicable. */
    static Result score(List<AuditSection> sections, List<AuditAnswer> answers) {
        var byItem = new HashMap<String, AuditAnswer>();
        var violations = new ArrayList<FieldViolation>();
        for (int i = 0; i < answers.size(); i++) {
            if (byItem.put(answers.get(i).item(), answers.get(i)) != null) {
                violations.add(new FieldViolation("answers[" + i + "].item", "unique", "item answered twice"));
            }
        }
        var items = new ArrayList<ItemScore>();
        var sectionScores = new LinkedHashMap<String, BigDecimal>();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        var known = new java.util.HashSet<String>();
        for (var section : sections) {
            BigDecimal sEarned = BigDecimal.ZERO;
            BigDecimal sPossible = BigDecimal.ZERO;
            for (var item : section.items()) {
                known.add(item.code());
                var answer = byItem.get(item.code());
                var scored = scoreItem(section.code(), item, answer, violations);
                if (scored == null) {
                    continue;
                }
                items.add(scored);
                if (!scored.notApplicable()) {
                    sEarned = sEarned.add(scored.points());
                    sPossible = sPossible.add(scored.maxPoints());
                }
            }
            sectionScores.put(section.code(), percent(sEarned, sPossible));
            earned = earned.add(sEarned);
            possible = possible.add(sPossible);
        }
        for (var code : byItem.keySet()) {
            if (!known.contains(code)) {
                violations.add(
                        new FieldViolation("answers." + code, "unknown", "no item " + code + " in the template"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (possible.signum() == 0) {
            throw InvalidInputException.of("answers", "applicable", "at least one item must be applicable");
        }
        return new Result(percent(earned, possible), sectionScores, items);
    }

    private static ItemScore scoreItem(
            String section, AuditItem item, AuditAnswer answer, List<FieldViolation> violations) {
        var field = "answers." + item.code();
        if (answer == null || (!answer.notApplicable() && answer.answer() == null)) {
            violations.add(new FieldViolation(field, "required", "answer the item or mark it not applicable"));
            return null;
        }
        if (answer.notApplicable()) {
            return new ItemScore(section, item, null, true, true, BigDecimal.ZERO, BigDecimal.ZERO, answer.note());
        }
        var a = answer.answer();
        BigDecimal fraction;
        switch (item.type()) {
            case YES_NO -> {
                if (a.compareTo(BigDecimal.ONE) != 0 && a.signum() != 0) {
                    violations.add(new FieldViolation(field, "oneOf", "answer 1 (yes) or 0 (no)"));
                    return null;
                }
                fraction = a.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
            }
            case SCALE -> {
                if (a.compareTo(BigDecimal.ONE) < 0 || a.compareTo(BigDecimal.valueOf(5)) > 0) {
                    violations.add(new FieldViolation(field, "range", "answer 1 to 5"));
                    return null;
                }
                fraction = a.subtract(BigDecimal.ONE).divide(FOUR, 6, RoundingMode.HALF_UP);
            }
            case TIMED -> {
                if (a.signum() < 0) {
                    violations.add(new FieldViolation(field, "min", "seconds must be 0 or more"));
                    return null;
                }
                fraction = a.compareTo(BigDecimal.valueOf(item.limitSeconds())) <= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            default -> {
                boolean higher = item.higherIsBetter() == null || item.higherIsBetter();
                int cmp = a.compareTo(item.target());
                fraction = (higher ? cmp >= 0 : cmp <= 0) ? BigDecimal.ONE : BigDecimal.ZERO;
            }
        }
        boolean passed =
                item.type() == AuditItemType.SCALE ? a.compareTo(BigDecimal.valueOf(3)) >= 0 : fraction.signum() > 0;
        return new ItemScore(
                section, item, a, false, passed, item.weight().multiply(fraction), item.weight(), answer.note());
    }

    private static BigDecimal percent(BigDecimal earned, BigDecimal possible) {
        if (possible.signum() == 0) {
            return null;
        }
        return earned.multiply(HUNDRED).divide(possible, 2, RoundingMode.HALF_UP);
    }

    /** Checks a template's own rules: unique item codes, limits for timed items, targets for numeric ones. */
    static void validate(List<AuditSection> sections, java.util.Set<String> touchpointCodes) {
        var violations = new ArrayList<FieldViolation>();
        var codes = new java.util.HashSet<String>();
        var sectionCodes = new java.util.HashSet<String>();
        for (int s = 0; s < sections.size(); s++) {
            var section = sections.get(s);
            if (!sectionCodes.add(section.code())) {
                violations.add(new FieldViolation("sections[" + s + "].code", "unique", "section code used twice"));
            }
            for (int i = 0; i < section.items().size(); i++) {
                var item = section.items().get(i);
                var field = "sections[" + s + "].items[" + i + "]";
                if (!codes.add(item.code())) {
                    violations.add(new FieldViolation(field + ".code", "unique", "item code used twice"));
                }
                if (item.type() == AuditItemType.TIMED && (item.limitSeconds() == null || item.limitSeconds() <= 0)) {
                    violations.add(new FieldViolation(
                            field + ".limitSeconds", "required", "a timed item needs limitSeconds > 0"));
                }
                if (item.type() == AuditItemType.NUMERIC && item.target() == null) {
                    violations.add(new FieldViolation(field + ".target", "required", "a numeric item needs a target"));
                }
                if (item.touchpoint() != null && !touchpointCodes.contains(item.touchpoint())) {
                    violations.add(new FieldViolation(
                            field + ".touchpoint",
                            "unknown",
                            "no touchpoint " + item.touchpoint() + " in the catalogue"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
