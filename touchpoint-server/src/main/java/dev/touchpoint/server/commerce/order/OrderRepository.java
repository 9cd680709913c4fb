package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of orders, lines, stage history and returns. Every read for a user takes the customer scope
 * predicate (from {@code CustomerApi}) and its parameters, so access is decided in the query.
 */
@Repository
public class OrderRepository {

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer-scope predicate over a column and its bound parameters. */
    public record Scope(String predicate, Map<String, Object> params) {}

    long insertOrder(
            String orderRef,
            long customerId,
            LocalDate orderDate,
            Long teamId,
            Long salesRepId,
            String channel,
            String notes,
            BigDecimal revenue,
            BigDecimal cost,
            Instant at,
            String actor) {
        return jdbc.sql("""
                INSERT INTO sales_order (order_ref, customer_id, order_date, team_id, sales_rep_id, channel, stage,
                                         stage_changed_at, revenue, cost, notes, created_by, created_at, updated_at)
                VALUES (:ref, :customer, :date, :team, :rep, :channel, 'ORDERED', :at, :revenue, :cost, :notes, :actor,
                        :at, :at)
                RETURNING id""")
                .param("ref", orderRef)
                .param("customer", customerId)
                .param("date", orderDate)
                .param("team", teamId)
                .param("rep", salesRepId)
                .param("channel", channel)
                .param("at", Timestamp.from(at))
                .param("revenue", revenue)
                .param("cost", cost)
                .param("notes", notes)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    void insertLine(
            long orderId,
            int lineNo,
            long productId,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal unitCost,
            BigDecimal revenue,
            BigDecimal cost) {
        jdbc.sql("""
                INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_price, discount_percent, unit_cost,
                                        revenue, cost)
                VALUES (:order, :no, :product, :qty, :price, :discount, :unitCost, :revenue, :cost)""")
                .param("order", orderId)
                .param("no", lineNo)
                .param("product", productId)
                .param("qty", quantity)
                .param("price", unitPrice)
                .param("discount", discountPercent)
                .param("unitCost", unitCost)
                .param("revenue", revenue)
                .param("cost", cost)
                .update();
    }

    void insertStage(long orderId, OrderStage stage, Instant at, String actor) {
        jdbc.sql("INSERT INTO order_stage_history (order_id, stage, at, actor) VALUES (:order, :stage, :at, :actor)")
                .param("order", orderId)
                .param("stage", stage.name())
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT count(*) FROM sales_order WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean refTaken(String orderRef) {
        return jdbc.sql("SELECT count(*) FROM sales_order WHERE order_ref = :ref")
                        .param("ref", orderRef)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Order> find(long id, Scope scope) {
        return jdbc.sql("SELECT o.* FROM sales_order o WHERE o.id = :id AND " + scope.predicate())
                .params(scope.params())
                .param("id", id)
                .query(OrderRepository::map)
                .optional();
    }

    /** Locks the order row for a change (stage move, return), so concurrent changes queue up. */
    Optional<Order> lock(long id) {
        return jdbc.sql("SELECT o.* FROM sales_order o WHERE o.id = :id FOR UPDATE")
                .param("id", id)
                .query(OrderRepository::map)
                .optional();
    }

    PageResult<Order> search(OrderFilter filter, Scope scope, PageRequest page) {
        Map<String, Object> params = new HashMap<>(scope.params());
        var clause = where(filter, scope, params);
        long total = jdbc.sql("SELECT count(*) FROM sales_order o" + clause)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT o.* FROM sales_order o" + clause
                        + " ORDER BY o.order_date DESC, o.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(OrderRepository::map)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    /** Streams every line of the matching orders (for exports), order by order. */
    public void forEachLine(OrderFilter filter, Scope scope, Consumer<Map<String, Object>> row) {
        Map<String, Object> params = new HashMap<>(scope.params());
        var clause = where(filter, scope, params);
        jdbc.sql("""
                SELECT o.id AS order_id, o.order_ref, o.customer_id, o.order_date, o.team_id, o.sales_rep_id, o.channel,
                       o.stage, l.line_no, p.sku, p.name AS product_name, l.quantity, l.unit_price, l.discount_percent,
                       l.unit_cost, l.revenue, l.cost, l.returned_quantity
                FROM sales_order o JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id
                """ + clause + " ORDER BY o.order_date DESC, o.id DESC, l.line_no")
                .params(params)
                .query(rs -> {
                    var map = new java.util.LinkedHashMap<String, Object>();
                    var meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        map.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    row.accept(map);
                });
    }

    private static String where(OrderFilter filter, Scope scope, Map<String, Object> params) {
        var where = new ArrayList<String>();
        where.add(scope.predicate());
        if (filter.customerId() != null) {
            where.add("o.customer_id = :customer");
            params.put("customer", filter.customerId());
        }
        if (filter.stage() != null) {
            where.add("o.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.teamId() != null) {
            where.add("o.team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.from() != null) {
            where.add("o.order_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("o.order_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(o.order_ref ILIKE :q OR CAST(o.id AS text) = :qExact)");
            params.put(
                    "q",
                    "%"
                            + filter.q()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
            params.put("qExact", filter.q().strip());
        }
        return " WHERE " + String.join(" AND ", where);
    }

    List<Order.Line> lines(long orderId) {
        return jdbc.sql("""
                SELECT l.*, p.sku, p.name AS product_name,
                       l.revenue - coalesce((SELECT sum(r.revenue) FROM order_return r WHERE r.line_id = l.id), 0) AS net_revenue,
                       l.cost - coalesce((SELECT sum(r.cost) FROM order_return r WHERE r.line_id = l.id), 0) AS net_cost
                FROM order_line l JOIN product p ON p.id = l.product_id
                WHERE l.order_id = :order ORDER BY l.line_no""")
                .param("order", orderId)
                .query((rs, n) -> new Order.Line(
                        rs.getLong("id"),
                        rs.getInt("line_no"),
                        rs.getLong("product_id"),
                        rs.getString("sku"),
                        rs.getString("product_name"),
                        rs.getInt("quantity"),
                        rs.getBigDecimal("unit_price"),
                        rs.getBigDecimal("discount_percent"),
                        rs.getBigDecimal("unit_cost"),
                        rs.getBigDecimal("revenue"),
                        rs.getBigDecimal("cost"),
                        rs.getInt("returned_quantity"),
                        rs.getBigDecimal("net_revenue"),
                        rs.getBigDecimal("net_cost")))
                .list();
    }

    List<Order.StageEntry> history(long orderId) {
        return jdbc.sql("SELECT stage, at, actor FROM order_stage_history WHERE order_id = :order ORDER BY at, id")
                .param("order", orderId)
                .query((rs, n) -> new Order.StageEntry(
                        OrderStage.valueOf(rs.getString("stage")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor")))
                .list();
    }

    List<Order.Return> returns(long orderId) {
        return jdbc.sql("""
                SELECT r.*, p.sku FROM order_return r JOIN order_line l ON l.id = r.line_id
                JOIN product p ON p.id = l.product_id WHERE r.order_id = :order ORDER BY r.returned_at, r.id""")
                .param("order", orderId)
                .query((rs, n) -> new Order.Return(
                        rs.getLong("id"),
                        rs.getLong("line_id"),
                        rs.getString("sku"),
                        rs.getInt("quantity"),
                        rs.getString("reason"),
                        rs.getBigDecimal("revenue"),
                        rs.getBigDecimal("cost"),
                        rs.getTimestamp("returned_at").toInstant(),
                        rs.getString("actor")))
                .list();
    }

    int updateHeader(long id, int version, OrderChange change) {
        return jdbc.sql("""
                UPDATE sales_order SET order_date = :date, team_id = :team, sales_rep_id = :rep, channel = :channel,
                       notes = :notes, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version""")
                .param("date", change.orderDate())
                .param("team", change.teamId())
                .param("rep", change.salesRepId())
                .param("channel", change.channel())
                .param("notes", change.notes())
                .param("id", id)
                .param("version", version)
                .update();
    }

    void updateStage(long id, OrderStage stage, Instant at) {
        jdbc.sql("""
                UPDATE sales_order SET stage = :stage, stage_changed_at = :at, updated_at = now(), version = version + 1
                WHERE id = :id""")
                .param("stage", stage.name())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Sum of revenue and cost already reversed by returns of a line. */
    BigDecimal[] returnedTotals(long lineId) {
        return jdbc.sql(
                        "SELECT coalesce(sum(revenue), 0) AS r, coalesce(sum(cost), 0) AS c FROM order_return WHERE line_id = :line")
                .param("line", lineId)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal("r"), rs.getBigDecimal("c")})
                .single();
    }

    long insertReturn(
            long orderId,
            long lineId,
            int quantity,
            String reason,
            BigDecimal revenue,
            BigDecimal cost,
            Instant at,
            String actor) {
        jdbc.sql("UPDATE order_line SET returned_quantity = returned_quantity + :qty WHERE id = :line")
                .param("qty", quantity)
                .param("line", lineId)
                .update();
        jdbc.sql("""
                UPDATE sales_order SET revenue = revenue - :revenue, cost = cost - :cost, updated_at = now(),
                       version = version + 1 WHERE id = :order""")
                .param("revenue", revenue)
                .param("cost", cost)
                .param("order", orderId)
                .update();
        return jdbc.sql("""
                INSERT INTO order_return (order_id, line_id, quantity, reason, revenue, cost, returned_at, actor)
                VALUES (:order, :line, :qty, :reason, :revenue, :cost, :at, :actor) RETURNING id""")
                .param("order", orderId)
                .param("line", lineId)
                .param("qty", quantity)
                .param("reason", reason)
                .param("revenue", revenue)
                .param("cost", cost)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    static Order map(ResultSet rs, int row) throws SQLException {
        var revenue = rs.getBigDecimal("revenue");
        var cost = rs.getBigDecimal("cost");
        return new Order(
                rs.getLong("id"),
                rs.getString("order_ref"),
                rs.getLong("customer_id"),
                null,
                rs.getObject("order_date", LocalDate.class),
                (Long) rs.getObject("team_id"),
                (Long) rs.getObject("sales_rep_id"),
                rs.getString("channel"),
                OrderStage.valueOf(rs.getString("stage")),
                rs.getTimestamp("stage_changed_at").toInstant(),
                revenue,
                cost,
                revenue.subtract(cost),
                Money.marginPercent(revenue, cost),
                rs.getString("notes"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }
}
