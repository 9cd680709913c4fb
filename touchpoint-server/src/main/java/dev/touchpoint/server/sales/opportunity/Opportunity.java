package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.Assessment;
import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.SalesStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A key-account opportunity.
 *
 * @param probability the win probability in force: the one set, else the stage's default
 * @param probabilitySet the probability set by hand, or null
 * @param needScore assessment 1–5 (5 best), null when not assessed; same for the other four scores
 */
public record Opportunity(
        long id,
        long customerId,
        String customerName,
        Long leadId,
        String name,
        BigDecimal amount,
        LocalDate expectedClose,
        int probability,
        Integer probabilitySet,
        SalesStage stage,
        Position position,
        String competitors,
        OpportunityStatus status,
        CloseReason closeReason,
        String closeNote,
        Instant closedAt,
        Integer needScore,
        Integer volumeScore,
        Integer powerScore,
        Integer decisionScore,
        Integer creditScore,
        Long ownerId,
        Long teamId,
        Instant stageChangedAt,
        Instant createdAt,
        int version) {

    /** Amount × probability: this opportunity's contribution to the weighted forecast. */
    public BigDecimal weightedAmount() {
        return amount.multiply(BigDecimal.valueOf(probability))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }

    public Assessment assessment() {
        return new Assessment(needScore, volumeScore, powerScore, decisionScore, creditScore);
    }
}
