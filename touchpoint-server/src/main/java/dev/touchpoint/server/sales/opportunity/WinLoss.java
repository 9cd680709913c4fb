package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.SalesStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Win/loss of the closed opportunities in scope.
 *
 * @param winRate won ÷ (won + lost), 0 when nothing closed
 * @param winRateByPosition the same per position (advantage / disadvantage / unknown)
 * @param lostAtStage how many were lost in each stage
 */
public record WinLoss(
        int won,
        int lost,
        BigDecimal wonAmount,
        BigDecimal lostAmount,
        double winRate,
        Map<CloseReason, Integer> wonReasons,
        Map<CloseReason, Integer> lostReasons,
        Map<SalesStage, Integer> lostAtStage,
        Map<Position, Double> winRateByPosition,
        List<Opportunity> recent) {}
