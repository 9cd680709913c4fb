package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.ActivityKind;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.SalesStage;
import java.util.List;

/**
 * Advice from the course material, as message codes: the end-game by position (seed 003, 终场策略)
 * and the weapons that fit each stage (seed 003, 八种武器).
 */
final class Advice {

    private Advice() {}

    /** {@code sales.endgame.<position>}: move fast when ahead, control the pace and go to the top when behind. */
    static String endGame(Position position) {
        return "sales.endgame." + position.name();
    }

    static List<ActivityKind> activitiesFor(SalesStage stage) {
        return switch (stage) {
            case QUALIFY -> List.of(ActivityKind.PHONE, ActivityKind.VISIT, ActivityKind.SEMINAR);
            case RELATIONSHIP -> List.of(ActivityKind.VISIT, ActivityKind.GIFT, ActivityKind.BUSINESS_EVENT);
            case TECHNICAL -> List.of(ActivityKind.TECH_EXCHANGE, ActivityKind.SAMPLES, ActivityKind.SITE_TOUR);
            case TENDER -> List.of(ActivityKind.VISIT, ActivityKind.TECH_EXCHANGE, ActivityKind.SITE_TOUR);
            case NEGOTIATION -> List.of(ActivityKind.VISIT, ActivityKind.BUSINESS_EVENT, ActivityKind.PHONE);
            case DELIVERY -> List.of(ActivityKind.VISIT, ActivityKind.PHONE, ActivityKind.GIFT);
        };
    }
}
