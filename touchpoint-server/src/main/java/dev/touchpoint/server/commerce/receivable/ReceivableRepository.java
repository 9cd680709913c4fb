package dev.touchpoint.server.commerce.receivable;

import dev.touchpoint.server.commerce.order.OrderRepository;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * SQL of receivables, payments and credit limits. The status is computed in SQL for the day bound
 * to {@code :today}, so "overdue" follows the application clock (and tests can pick the day).
 */
@Repository
public class ReceivableRepository {

    static final String STATUS = """
            CASE WHEN r.cancelled THEN 'CANCELLED' WHEN r.paid >= r.amount THEN 'PAID'
                 WHEN r.due_date < :today THEN 'OVERDUE' WHEN r.paid > 0 THEN 'PARTIALLY_PAID' ELSE 'OPEN' END""";

    private static final String SELECT = "SELECT r.*, o.order_ref, " + STATUS + " AS status"
            + " FROM receivable r LEFT JOIN sales_order o ON o.id = r.order_id";

    private final JdbcClient jdbc;

    ReceivableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Long orderId, long customerId, BigDecimal amount, LocalDate issuedOn, LocalDate dueDate) {
        return jdbc.sql("""
                INSERT INTO receivable (order_id, customer_id, amount, issued_on, due_date)
                VALUES (:order, :customer, :amount, :issued, :due) RETURNING id""")
                .param("order", orderId)
                .param("customer", customerId)
                .param("amount", amount)
                .param("issued", issuedOn)
                .param("due", dueDate)
                .query(Long.class)
                .single();
    }

    public Optional<Receivable> findByOrder(long orderId, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE r.order_id = :order ORDER BY r.id LIMIT 1")
                .param("order", orderId)
                .param("today", today)
                .query(ReceivableRepository::map)
                .optional();
    }

    Optional<Receivable> find(long id, OrderRepository.Scope scope, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND " + scope.predicate())
                .params(scope.params())
                .param("id", id)
                .param("today", today)
                .query(ReceivableRepository::map)
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT count(*) FROM receivable WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Locks the row for a payment so two payments never both see the old paid amount. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM receivable WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    PageResult<Receivable> search(
            ReceivableFilter filter, OrderRepository.Scope scope, LocalDate today, PageRequest page) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("today", today);
        var clause = where(filter, scope, params);
        long total = jdbc.sql("SELECT count(*) FROM receivable r" + clause)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + clause + " ORDER BY r.due_date, r.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ReceivableRepository::map)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    public void forEach(
            ReceivableFilter filter, OrderRepository.Scope scope, LocalDate today, Consumer<Receivable> each) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("today", today);
        jdbc
                .sql(SELECT + where(filter, scope, params) + " ORDER BY r.due_date, r.id")
                .params(params)
                .query(ReceivableRepository::map)
                .stream()
                .forEach(each);
    }

    private static String where(ReceivableFilter filter, OrderRepository.Scope scope, Map<String, Object> params) {
        var where = new ArrayList<String>();
        where.add(scope.predicate());
        if (filter.customerId() != null) {
            where.add("r.customer_id = :customer");
            params.put("customer", filter.customerId());
        }
        if (filter.status() != null) {
            where.add("(" + STATUS + ") = :status");
            params.put("status", filter.status().name());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.add("(NOT r.cancelled AND r.paid < r.amount AND r.due_date < :today)");
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.add("NOT (NOT r.cancelled AND r.paid < r.amount AND r.due_date < :today)");
        }
        if (Boolean.TRUE.equals(filter.open())) {
            where.add("(NOT r.cancelled AND r.paid < r.amount)");
        }
        if (filter.dueFrom() != null) {
            where.add("r.due_date >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.add("r.due_date <= :dueTo");
            params.put("dueTo", filter.dueTo());
        }
        return " WHERE " + String.join(" AND ", where);
    }

    List<Receivable.Payment> payments(long receivableId) {
        return jdbc.sql("SELECT * FROM payment WHERE receivable_id = :id ORDER BY paid_on, id")
                .param("id", receivableId)
                .query((rs, n) -> new Receivable.Payment(
                        rs.getLong("id"),
                        rs.getLong("receivable_id"),
                        rs.getBigDecimal("amount"),
                        rs.getObject("paid_on", LocalDate.class),
                        rs.getString("method"),
                        rs.getString("reference"),
                        rs.getString("recorded_by")))
                .list();
    }

    public long addPayment(
            long receivableId, BigDecimal amount, LocalDate paidOn, String method, String reference, String actor) {
        jdbc.sql("UPDATE receivable SET paid = paid + :amount, version = version + 1 WHERE id = :id")
                .param("amount", amount)
                .param("id", receivableId)
                .update();
        return jdbc.sql("""
                INSERT INTO payment (receivable_id, amount, paid_on, method, reference, recorded_by)
                VALUES (:id, :amount, :paidOn, :method, :reference, :actor) RETURNING id""")
                .param("id", receivableId)
                .param("amount", amount)
                .param("paidOn", paidOn)
                .param("method", method)
                .param("reference", reference)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    /** A return lowers what the customer owes for the order (never below zero). */
    public void reduceForOrder(long orderId, BigDecimal by) {
        jdbc.sql("""
                UPDATE receivable SET amount = greatest(amount - :by, 0), version = version + 1
                WHERE order_id = :order AND NOT cancelled""").param("by", by).param("order", orderId).update();
    }

    public void cancelForOrder(long orderId) {
        jdbc.sql("UPDATE receivable SET cancelled = true, version = version + 1 WHERE order_id = :order")
                .param("order", orderId)
                .update();
    }

    /** What the customer still owes on receivables that are neither paid nor cancelled. */
    BigDecimal openAmount(long customerId) {
        return jdbc.sql("""
                SELECT coalesce(sum(amount - paid), 0) FROM receivable
                WHERE customer_id = :customer AND NOT cancelled AND paid < amount""")
                .param("customer", customerId)
                .query(BigDecimal.class)
                .single();
    }

    /** The credit limit row, locked, so concurrent orders of one customer are checked one after the other. */
    Optional<CreditLimit> lockLimit(long customerId) {
        return jdbc.sql("SELECT * FROM credit_limit WHERE customer_id = :customer FOR UPDATE")
                .param("customer", customerId)
                .query(ReceivableRepository::mapLimit)
                .optional();
    }

    Optional<CreditLimit> findLimit(long customerId) {
        return jdbc.sql("SELECT * FROM credit_limit WHERE customer_id = :customer")
                .param("customer", customerId)
                .query(ReceivableRepository::mapLimit)
                .optional();
    }

    public void insertLimit(long customerId, BigDecimal limit, String actor) {
        jdbc.sql("INSERT INTO credit_limit (customer_id, credit_limit, updated_by) VALUES (:customer, :limit, :actor)")
                .param("customer", customerId)
                .param("limit", limit)
                .param("actor", actor)
                .update();
    }

    int updateLimit(long customerId, int version, BigDecimal limit, String actor) {
        return jdbc.sql("""
                UPDATE credit_limit SET credit_limit = :limit, updated_by = :actor, updated_at = now(),
                       version = version + 1
                WHERE customer_id = :customer AND version = :version""")
                .param("limit", limit)
                .param("actor", actor)
                .param("customer", customerId)
                .param("version", version)
                .update();
    }

    static Receivable map(ResultSet rs, int row) throws SQLException {
        var amount = rs.getBigDecimal("amount");
        var paid = rs.getBigDecimal("paid");
        return new Receivable(
                rs.getLong("id"),
                (Long) rs.getObject("order_id"),
                rs.getString("order_ref"),
                rs.getLong("customer_id"),
                null,
                amount,
                paid,
                amount.subtract(paid).max(BigDecimal.ZERO),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                Receivable.Status.valueOf(rs.getString("status")),
                rs.getInt("version"));
    }

    static CreditLimit mapLimit(ResultSet rs, int row) throws SQLException {
        return new CreditLimit(
                rs.getLong("customer_id"),
                rs.getBigDecimal("credit_limit"),
                null,
                null,
                rs.getString("updated_by"),
                rs.getInt("version"));
    }
}
