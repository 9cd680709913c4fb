package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox ({@code integration_delivery}) and its attempt log. */
@Repository
class DeliveryRepository {

    private static final String COLUMNS = "d.id, d.subscription_id, d.message_id, d.event_type, d.order_key, "
            + "d.payload, d.occurred_at, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, "
            + "d.last_status, d.last_error, d.last_millis, d.delivered_at, d.created_at";

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a delivery. A subscription deleted or paused meanwhile (by another server sharing the
     * database) gets nothing: the insert selects it, so a stale cache never fails the change.
     */
    void insert(
            long subscriptionId,
            String messageId,
            String eventType,
            String orderKey,
            String payload,
            Instant occurredAt,
            Instant due) {
        jdbc.sql("""
                INSERT INTO integration_delivery (subscription_id, message_id, event_type, order_key, payload,
                    occurred_at, next_attempt_at)
                SELECT id, :message, :type, :key, :payload, :occurred, :due
                FROM integration_subscription WHERE id = :subscription AND status = 'ACTIVE'""")
                .param("subscription", subscriptionId)
                .param("message", messageId)
                .param("type", eventType)
                .param("key", orderKey)
                .param("payload", payload)
                .param("occurred", Timestamp.from(occurredAt))
                .param("due", Timestamp.from(due))
                .update();
    }

    /**
     * Takes up to {@code limit} due deliveries of active subscriptions for one attempt each: counts the
     * attempt and leases the row until {@code lease} from now, so another sender (or this one after a
     * crash) retries it only when the lease ran out. A delivery waits while an older one with the same
     * order key is still pending, which keeps each customer's messages in order.
     */
    List<Delivery> claim(int limit, Duration lease) {
        return jdbc.sql("""
                WITH due AS (
                    SELECT d.id FROM integration_delivery d
                    JOIN integration_subscription s ON s.id = d.subscription_id AND s.status = 'ACTIVE'
                    WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
                      AND NOT EXISTS (SELECT 1 FROM integration_delivery e
                                      WHERE e.subscription_id = d.subscription_id AND e.order_key = d.order_key
                                        AND e.status = 'PENDING' AND e.id < d.id)
                    ORDER BY d.next_attempt_at, d.id
                    LIMIT :limit
                    FOR UPDATE OF d SKIP LOCKED)
                UPDATE integration_delivery d
                SET attempts = d.attempts + 1, last_attempt_at = now(),
                    next_attempt_at = now() + make_interval(secs => :lease)
                FROM due WHERE d.id = due.id
                RETURNING""" + " " + COLUMNS)
                .param("limit", limit)
                .param("lease", lease.toMillis() / 1000.0)
                .query(DeliveryRepository::row)
                .list();
    }

    /** The earliest time a pending delivery of an active subscription falls due, if any. */
    Optional<Instant> nextDue() {
        return jdbc.sql("""
                SELECT min(d.next_attempt_at) FROM integration_delivery d
                JOIN integration_subscription s ON s.id = d.subscription_id AND s.status = 'ACTIVE'
                WHERE d.status = 'PENDING'""")
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant);
    }

    void recordAttempt(long id, Instant at, Integer status, String error, int millis, String response) {
        jdbc.sql("""
                INSERT INTO integration_attempt (delivery_id, attempted_at, status_code, error, millis, response)
                VALUES (:id, :at, :status, :error, :millis, :response)""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("status", status)
                .param("error", error)
                .param("millis", millis)
                .param("response", response)
                .update();
    }

    void delivered(long id, int status, int millis) {
        jdbc.sql("""
                UPDATE integration_delivery SET status = 'DELIVERED', delivered_at = now(), last_status = :status,
                    last_error = NULL, last_millis = :millis
                WHERE id = :id""")
                .param("id", id)
                .param("status", status)
                .param("millis", millis)
                .update();
    }

    void retryAt(long id, Instant next, Integer status, String error, int millis) {
        jdbc.sql("""
                UPDATE integration_delivery SET next_attempt_at = :next, last_status = :status, last_error = :error,
                    last_millis = :millis
                WHERE id = :id""")
                .param("id", id)
                .param("next", Timestamp.from(next))
                .param("status", status)
                .param("error", error)
                .param("millis", millis)
                .update();
    }

    void dead(long id, Integer status, String error, int millis) {
        jdbc.sql("""
                UPDATE integration_delivery SET status = 'DEAD', last_status = :status, last_error = :error,
                    last_millis = :millis
                WHERE id = :id""")
                .param("id", id)
                .param("status", status)
                .param("error", error)
                .param("millis", millis)
                .update();
    }

    /** Puts a delivered or dead-lettered delivery back in the queue, due now, with the same message id. */
    int resend(long subscriptionId, long id) {
        return jdbc.sql("""
                UPDATE integration_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now(),
                    delivered_at = NULL
                WHERE id = :id AND subscription_id = :subscription AND status IN ('DELIVERED', 'DEAD')""")
                .param("id", id)
                .param("subscription", subscriptionId)
                .update();
    }

    Optional<Delivery> find(long subscriptionId, long id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM integration_delivery d WHERE d.id = :id AND d.subscription_id = :subscription")
                .param("id", id)
                .param("subscription", subscriptionId)
                .query(DeliveryRepository::row)
                .optional();
    }

    PageResult<Delivery> list(long subscriptionId, String status, PageRequest page) {
        var where = " WHERE d.subscription_id = :subscription" + (status == null ? "" : " AND d.status = :status");
        var params = new HashMap<String, Object>();
        params.put("subscription", subscriptionId);
        if (status != null) {
            params.put("status", status);
        }
        long total = jdbc.sql("SELECT count(*) FROM integration_delivery d" + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM integration_delivery d" + where
                        + " ORDER BY d.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(DeliveryRepository::row)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    List<Attempt> attempts(long deliveryId) {
        return jdbc.sql("SELECT id, attempted_at, status_code, error, millis, response FROM integration_attempt "
                        + "WHERE delivery_id = :id ORDER BY id")
                .param("id", deliveryId)
                .query((rs, n) -> new Attempt(
                        rs.getLong("id"),
                        rs.getTimestamp("attempted_at").toInstant(),
                        (Integer) rs.getObject("status_code"),
                        rs.getString("error"),
                        rs.getInt("millis"),
                        rs.getString("response")))
                .list();
    }

    /** Deliveries per subscription and status. */
    Map<Long, Map<String, Long>> counts() {
        var out = new HashMap<Long, Map<String, Long>>();
        jdbc.sql("SELECT subscription_id, status, count(*) FROM integration_delivery GROUP BY 1, 2")
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return out;
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(
                rs.getLong("id"),
                rs.getLong("subscription_id"),
                rs.getString("message_id"),
                rs.getString("event_type"),
                rs.getString("order_key"),
                rs.getString("payload"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                instant(rs.getTimestamp("last_attempt_at")),
                (Integer) rs.getObject("last_status"),
                rs.getString("last_error"),
                (Integer) rs.getObject("last_millis"),
                instant(rs.getTimestamp("delivered_at")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
