package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.ActivityKind;
import dev.touchpoint.server.sales.Assessment;
import dev.touchpoint.server.sales.BuyingRole;
import dev.touchpoint.server.sales.ExitCriterion;
import dev.touchpoint.server.sales.SalesStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the exit checklist of an opportunity: automatic criteria from its records, the others
 * from the ticks stored for it.
 */
final class ExitCriteria {

    /** What the automatic criteria look at. */
    record Facts(
            Assessment assessment,
            List<Member> members,
            Set<ActivityKind> activityKinds,
            int openObjections,
            Map<ExitCriterion, Tick> ticks) {}

    /** A hand-ticked criterion. */
    record Tick(java.time.Instant at, String by) {}

    private static final Set<ActivityKind> TECHNICAL_ACTIVITIES =
            EnumSet.of(ActivityKind.TECH_EXCHANGE, ActivityKind.SEMINAR, ActivityKind.SAMPLES, ActivityKind.SITE_TOUR);

    private ExitCriteria() {}

    static boolean met(ExitCriterion c, Facts f) {
        return switch (c) {
            case ASSESSMENT_COMPLETE -> f.assessment().complete();
            case ROLES_MAPPED ->
                Arrays.stream(BuyingRole.values())
                        .allMatch(r -> f.members().stream().anyMatch(m -> m.role() == r));
            case CHAMPION_FOUND -> f.members().stream().anyMatch(Member::champion);
            case KEY_PERSON_IDENTIFIED -> f.members().stream().anyMatch(Member::keyPerson);
            case TECH_EXCHANGE_HELD -> f.activityKinds().stream().anyMatch(TECHNICAL_ACTIVITIES::contains);
            case DECISION_MAKER_MET ->
                f.members().stream().anyMatch(m -> m.role() == BuyingRole.DECISION_MAKER && m.lastContactAt() != null);
            case OBJECTIONS_RESOLVED -> f.openObjections() == 0;
            default -> f.ticks().containsKey(c);
        };
    }

    static List<ExitCheck> checklist(Facts f) {
        var checks = new ArrayList<ExitCheck>();
        for (var c : ExitCriterion.values()) {
            var tick = c.automatic() ? null : f.ticks().get(c);
            checks.add(new ExitCheck(
                    c,
                    c.stage(),
                    c.automatic(),
                    met(c, f),
                    tick == null ? null : tick.at(),
                    tick == null ? null : tick.by()));
        }
        return checks;
    }

    /** The criteria not met of every stage from {@code from} (inclusive) up to {@code to} (exclusive). */
    static List<ExitCriterion> unmetBetween(SalesStage from, SalesStage to, Facts f) {
        return Arrays.stream(ExitCriterion.values())
                .filter(c -> c.stage().ordinal() >= from.ordinal() && c.stage().ordinal() < to.ordinal())
                .filter(c -> !met(c, f))
                .toList();
    }
}
