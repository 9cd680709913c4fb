package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.SalesStage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure computations over opportunities: the board, the weighted forecast by month of expected close
 * (Σ amount × probability ÷ 100), and win/loss (win rate = won ÷ (won + lost)).
 */
public final class PipelineAnalysis {

    private PipelineAnalysis() {}

    static List<PipelineColumn> board(List<Opportunity> open) {
        var columns = new ArrayList<PipelineColumn>();
        for (var stage : SalesStage.values()) {
            if (stage.isLast()) {
                continue;
            }
            var cards = open.stream().filter(o -> o.stage() == stage).toList();
            columns.add(new PipelineColumn(stage, cards, sum(cards, false), sum(cards, true)));
        }
        return columns;
    }

    public static List<ForecastMonth> forecast(List<Opportunity> open) {
        var byMonth = new TreeMap<String, List<Opportunity>>();
        for (var o : open) {
            if (o.status() == OpportunityStatus.OPEN && o.expectedClose() != null) {
                byMonth.computeIfAbsent(YearMonth.from(o.expectedClose()).toString(), k -> new ArrayList<>())
                        .add(o);
            }
        }
        return byMonth.entrySet().stream()
                .map(e -> new ForecastMonth(
                        e.getKey(), e.getValue().size(), sum(e.getValue(), false), sum(e.getValue(), true)))
                .toList();
    }

    public static WinLoss winLoss(List<Opportunity> closed) {
        var won =
                closed.stream().filter(o -> o.status() == OpportunityStatus.WON).toList();
        var lost = closed.stream()
                .filter(o -> o.status() == OpportunityStatus.LOST)
                .toList();
        var wonReasons = new EnumMap<CloseReason, Integer>(CloseReason.class);
        won.forEach(
                o -> wonReasons.merge(o.closeReason() == null ? CloseReason.OTHER : o.closeReason(), 1, Integer::sum));
        var lostReasons = new EnumMap<CloseReason, Integer>(CloseReason.class);
        lost.forEach(
                o -> lostReasons.merge(o.closeReason() == null ? CloseReason.OTHER : o.closeReason(), 1, Integer::sum));
        var lostAt = new EnumMap<SalesStage, Integer>(SalesStage.class);
        lost.forEach(o -> lostAt.merge(o.stage(), 1, Integer::sum));
        Map<Position, Double> byPosition = new EnumMap<>(Position.class);
        for (var p : Position.values()) {
            long w = won.stream().filter(o -> o.position() == p).count();
            long l = lost.stream().filter(o -> o.position() == p).count();
            if (w + l > 0) {
                byPosition.put(p, (double) w / (w + l));
            }
        }
        double rate = closed.isEmpty() ? 0 : (double) won.size() / (won.size() + lost.size());
        return new WinLoss(
                won.size(),
                lost.size(),
                sum(won, false),
                sumAmount(lost),
                rate,
                wonReasons,
                lostReasons,
                lostAt,
                byPosition,
                closed.stream().limit(20).toList());
    }

    private static BigDecimal sum(List<Opportunity> list, boolean weighted) {
        return list.stream()
                .map(o -> weighted ? o.weightedAmount() : o.amount())
                .reduce(OpportunityRepository.zero(), BigDecimal::add);
    }

    private static BigDecimal sumAmount(List<Opportunity> list) {
        return list.stream().map(Opportunity::amount).reduce(OpportunityRepository.zero(), BigDecimal::add);
    }
}
