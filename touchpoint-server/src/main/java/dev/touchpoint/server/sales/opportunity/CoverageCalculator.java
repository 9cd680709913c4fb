package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.BuyingRole;
import dev.touchpoint.server.sales.SalesStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Buying-centre coverage: for each of the five roles, half a point when identified and half a point
 * when one of its members was contacted within {@code engagedDays}; score = points ÷ 5 × 100, rounded.
 * The decision-maker warning fires from {@code warningStage} on when no decision maker was ever met.
 */
final class CoverageCalculator {

    private CoverageCalculator() {}

    static Coverage compute(
            List<Member> members, SalesStage stage, SalesStage warningStage, Instant now, int engagedDays) {
        var since = now.minus(Duration.ofDays(engagedDays));
        var roles = new ArrayList<Coverage.RoleCoverage>();
        double points = 0;
        for (var role : BuyingRole.values()) {
            var holders = members.stream().filter(m -> m.role() == role).toList();
            boolean engaged = holders.stream()
                    .anyMatch(
                            m -> m.lastContactAt() != null && !m.lastContactAt().isBefore(since));
            roles.add(new Coverage.RoleCoverage(role, holders.size(), engaged));
            points += (holders.isEmpty() ? 0 : 0.5) + (engaged ? 0.5 : 0);
        }
        int score = (int) Math.round(points / BuyingRole.values().length * 100);
        boolean champion = members.stream().anyMatch(Member::champion);
        boolean decisionMakerMet =
                members.stream().anyMatch(m -> m.role() == BuyingRole.DECISION_MAKER && m.lastContactAt() != null);
        boolean warning = stage.ordinal() >= warningStage.ordinal() && !decisionMakerMet;
        return new Coverage(score, roles, champion, warning);
    }
}
