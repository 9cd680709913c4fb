package dev.touchpoint.server.commerce.customer;

import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.customer.TimelineEntry;
import dev.touchpoint.server.customer.TimelineSource;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Order placed, stage changes, delivery, cancellation, returns, payments and overdue receivables on
 * the customer timeline. An overdue receivable appears on the day after its due date.
 */
@Component
public class CommerceTimeline implements TimelineSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    CommerceTimeline(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> entries(long customerId, Instant before, int limit, Locale locale) {
        return jdbc.sql("""
                SELECT * FROM (
                    SELECT h.at, 'STAGE' AS type, h.stage AS code, o.id AS order_id, o.order_ref, o.revenue AS amount,
                           h.actor, NULL AS reason
                    FROM order_stage_history h JOIN sales_order o ON o.id = h.order_id WHERE o.customer_id = :customer
                    UNION ALL
                    SELECT r.returned_at, 'RETURN', NULL, r.order_id, o.order_ref, r.revenue, r.actor, r.reason
                    FROM order_return r JOIN sales_order o ON o.id = r.order_id WHERE o.customer_id = :customer
                    UNION ALL
                    SELECT CAST(p.paid_on AS timestamptz) + interval '12 hours', 'PAYMENT', p.method, rc.order_id,
                           o.order_ref, p.amount, p.recorded_by, NULL
                    FROM payment p JOIN receivable rc ON rc.id = p.receivable_id
                    LEFT JOIN sales_order o ON o.id = rc.order_id WHERE rc.customer_id = :customer
                    UNION ALL
                    SELECT CAST(rc.due_date + 1 AS timestamptz), 'OVERDUE', NULL, rc.order_id, o.order_ref,
                           rc.amount - rc.paid, NULL, NULL
                    FROM receivable rc LEFT JOIN sales_order o ON o.id = rc.order_id
                    WHERE rc.customer_id = :customer AND NOT rc.cancelled AND rc.paid < rc.amount AND rc.due_date < :today
                ) t
                WHERE CAST(:before AS timestamptz) IS NULL OR t.at < CAST(:before AS timestamptz)
                ORDER BY t.at DESC LIMIT :limit""")
                .param("customer", customerId)
                .param("today", LocalDate.now(clock))
                .param("before", before == null ? null : Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> entry(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("type"),
                        rs.getString("code"),
                        rs.getLong("order_id"),
                        rs.getString("order_ref"),
                        rs.getBigDecimal("amount"),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        locale))
                .list();
    }

    private TimelineEntry entry(
            Instant at,
            String type,
            String code,
            long orderId,
            String orderRef,
            BigDecimal amount,
            String actor,
            String reason,
            Locale locale) {
        var ref = orderRef != null ? orderRef : "#" + orderId;
        var link = orderId == 0 ? null : "/orders/" + orderId;
        var money = amount == null ? "" : amount.toPlainString();
        return switch (type) {
            case "STAGE" ->
                switch (OrderStage.valueOf(code)) {
                    case ORDERED ->
                        new TimelineEntry(
                                at,
                                "commerce",
                                "ORDER_PLACED",
                                "bag",
                                text("commerce.timeline.placed", locale, ref, money),
                                null,
                                actor,
                                link);
                    case DELIVERED ->
                        new TimelineEntry(
                                at,
                                "commerce",
                                "ORDER_DELIVERED",
                                "truck",
                                text("commerce.timeline.delivered", locale, ref),
                                null,
                                actor,
                                link);
                    case CANCELLED ->
                        new TimelineEntry(
                                at,
                                "commerce",
                                "ORDER_CANCELLED",
                                "x-circle",
                                text("commerce.timeline.cancelled", locale, ref),
                                null,
                                actor,
                                link);
                    default ->
                        new TimelineEntry(
                                at,
                                "commerce",
                                "ORDER_STAGE",
                                "arrow-right-circle",
                                text("commerce.timeline.stage", locale, ref, text("commerce.stage." + code, locale)),
                                null,
                                actor,
                                link);
                };
            case "RETURN" ->
                new TimelineEntry(
                        at,
                        "commerce",
                        "ORDER_RETURNED",
                        "arrow-return-left",
                        text("commerce.timeline.returned", locale, ref, money),
                        reason,
                        actor,
                        link);
            case "PAYMENT" ->
                new TimelineEntry(
                        at,
                        "commerce",
                        "PAYMENT_RECEIVED",
                        "cash-coin",
                        text("commerce.timeline.payment", locale, ref, money),
                        code == null ? null : messages.getMessage("commerce.paymentMethod." + code, null, code, locale),
                        actor,
                        link);
            default ->
                new TimelineEntry(
                        at,
                        "commerce",
                        "RECEIVABLE_OVERDUE",
                        "exclamation-triangle",
                        text("commerce.timeline.overdue", locale, ref, money),
                        null,
                        null,
                        link);
        };
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
