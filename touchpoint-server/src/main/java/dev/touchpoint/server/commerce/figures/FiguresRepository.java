package dev.touchpoint.server.commerce.figures;

import dev.touchpoint.server.commerce.CustomerStats;
import dev.touchpoint.server.commerce.MonthlyRevenue;
import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.OrderStageChange;
import dev.touchpoint.server.commerce.ReceivablesSummary;
import dev.touchpoint.server.commerce.StageCount;
import dev.touchpoint.server.commerce.order.OrderRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over orders and receivables for dashboards and analytics, always within a customer scope. */
@Repository
public class FiguresRepository {

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every month from {@code from} to {@code to}, zero where nothing was sold. */
    public List<MonthlyRevenue> revenueByMonth(LocalDate from, LocalDate to, OrderRepository.Scope scope) {
        var sums = new HashMap<YearMonth, BigDecimal[]>();
        jdbc.sql("""
                SELECT date_trunc('month', o.order_date)::date AS month, sum(o.revenue) AS revenue, sum(o.cost) AS cost
                FROM sales_order o
                WHERE o.stage <> 'CANCELLED' AND o.order_date >= :from AND o.order_date <= :to AND """ + scope.predicate() + " GROUP BY 1")
                .params(scope.params())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> sums.put(
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        new BigDecimal[] {rs.getBigDecimal("revenue"), rs.getBigDecimal("cost")}))
                .list();
        var result = new java.util.ArrayList<MonthlyRevenue>();
        for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            var s = sums.getOrDefault(
                    month, new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            result.add(new MonthlyRevenue(month, s[0], s[1], s[0].subtract(s[1])));
        }
        return result;
    }

    public List<StageCount> ordersByStage(OrderRepository.Scope scope) {
        var counts = new EnumMap<OrderStage, Long>(OrderStage.class);
        for (var stage : OrderStage.values()) {
            counts.put(stage, 0L);
        }
        jdbc.sql("SELECT o.stage, count(*) AS n FROM sales_order o WHERE " + scope.predicate() + " GROUP BY o.stage")
                .params(scope.params())
                .query((rs, n) -> counts.put(OrderStage.valueOf(rs.getString("stage")), rs.getLong("n")))
                .list();
        return counts.entrySet().stream()
                .map(e -> new StageCount(e.getKey(), e.getValue()))
                .toList();
    }

    public ReceivablesSummary receivables(OrderRepository.Scope scope, LocalDate today) {
        return jdbc.sql("""
                SELECT coalesce(sum(o.amount - o.paid), 0) AS open,
                       coalesce(sum(o.amount - o.paid) FILTER (WHERE o.due_date < :today), 0) AS overdue,
                       count(*) FILTER (WHERE o.due_date < :today) AS overdue_count
                FROM receivable o WHERE NOT o.cancelled AND o.paid < o.amount AND """ + scope.predicate())
                .params(scope.params())
                .param("today", today)
                .query((rs, n) -> new ReceivablesSummary(
                        rs.getBigDecimal("open"), rs.getBigDecimal("overdue"), rs.getLong("overdue_count")))
                .single();
    }

    public List<OrderStageChange> stageChanges(java.time.Instant after, java.time.Instant upTo) {
        return jdbc.sql("""
                SELECT h.order_id, o.customer_id, h.stage, h.at
                FROM order_stage_history h JOIN sales_order o ON o.id = h.order_id
                WHERE h.at > :after AND h.at <= :upTo ORDER BY h.at, h.id""")
                .param("after", java.sql.Timestamp.from(after))
                .param("upTo", java.sql.Timestamp.from(upTo))
                .query((rs, n) -> new OrderStageChange(
                        rs.getLong("order_id"),
                        rs.getLong("customer_id"),
                        OrderStage.valueOf(rs.getString("stage")),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    public CustomerStats customerStats(long customerId, LocalDate today) {
        Map<String, Object> orders =
                jdbc.sql("""
                SELECT count(*) AS n, coalesce(sum(revenue), 0) AS revenue, coalesce(sum(revenue - cost), 0) AS margin,
                       max(order_date) AS last
                FROM sales_order WHERE customer_id = :customer AND stage <> 'CANCELLED'""").param("customer", customerId).query().singleRow();
        Map<String, Object> owed = jdbc.sql("""
                SELECT coalesce(sum(amount - paid), 0) AS open,
                       coalesce(sum(amount - paid) FILTER (WHERE due_date < :today), 0) AS overdue
                FROM receivable WHERE customer_id = :customer AND NOT cancelled AND paid < amount""")
                .param("customer", customerId)
                .param("today", today)
                .query()
                .singleRow();
        var last = orders.get("last");
        return new CustomerStats(
                customerId,
                ((Number) orders.get("n")).longValue(),
                (BigDecimal) orders.get("revenue"),
                (BigDecimal) orders.get("margin"),
                last == null ? null : ((java.sql.Date) last).toLocalDate(),
                (BigDecimal) owed.get("open"),
                (BigDecimal) owed.get("overdue"));
    }
}
