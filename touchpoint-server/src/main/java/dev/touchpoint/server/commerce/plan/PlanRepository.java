package dev.touchpoint.server.commerce.plan;

import dev.touchpoint.server.commerce.ExpensesVsBudget;
import dev.touchpoint.server.commerce.PlanVsActual;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of sales plans, sales expenses and expense budgets. */
@Repository
public class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plan and actual revenue of each month of {@code [from, to)} that has a plan or revenue. */
    List<SalesPlanMonth> months(long customerId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT coalesce(p.month, a.month) AS month, p.planned_revenue, coalesce(a.revenue, 0) AS actual,
                       p.version
                FROM (SELECT month, planned_revenue, version FROM sales_plan
                      WHERE customer_id = :customer AND month >= :from AND month < :to) p
                FULL JOIN (SELECT date_trunc('month', order_date)::date AS month, sum(revenue) AS revenue
                           FROM sales_order
                           WHERE customer_id = :customer AND stage <> 'CANCELLED'
                             AND order_date >= :from AND order_date < :to
                           GROUP BY 1) a ON a.month = p.month
                ORDER BY 1""")
                .param("customer", customerId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new SalesPlanMonth(
                        customerId,
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getBigDecimal("planned_revenue"),
                        rs.getBigDecimal("actual"),
                        (Integer) rs.getObject("version")))
                .list();
    }

    Optional<BigDecimal> lockPlan(long customerId, LocalDate month) {
        return jdbc.sql(
                        "SELECT planned_revenue FROM sales_plan WHERE customer_id = :customer AND month = :month FOR UPDATE")
                .param("customer", customerId)
                .param("month", month)
                .query(BigDecimal.class)
                .optional();
    }

    public void upsertPlan(long customerId, LocalDate month, BigDecimal planned, String actor) {
        jdbc.sql("""
                INSERT INTO sales_plan (customer_id, month, planned_revenue, updated_by)
                VALUES (:customer, :month, :planned, :actor)
                ON CONFLICT (customer_id, month) DO UPDATE
                SET planned_revenue = EXCLUDED.planned_revenue, updated_at = now(), updated_by = EXCLUDED.updated_by,
                    version = sales_plan.version + 1""")
                .param("customer", customerId)
                .param("month", month)
                .param("planned", planned)
                .param("actor", actor)
                .update();
    }

    /** Per customer with a plan in {@code [from, to)}: planned and actual revenue of the planned months. */
    public List<PlanVsActual> planVsActual(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT p.customer_id, count(*) AS months, sum(p.planned_revenue) AS planned,
                       sum(coalesce(a.revenue, 0)) AS actual
                FROM sales_plan p
                LEFT JOIN (SELECT customer_id, date_trunc('month', order_date)::date AS month, sum(revenue) AS revenue
                           FROM sales_order
                           WHERE stage <> 'CANCELLED' AND order_date >= :from AND order_date < :to
                           GROUP BY 1, 2) a ON a.customer_id = p.customer_id AND a.month = p.month
                WHERE p.month >= :from AND p.month < :to
                GROUP BY p.customer_id""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new PlanVsActual(
                        rs.getLong("customer_id"),
                        from,
                        to,
                        rs.getInt("months"),
                        rs.getDouble("planned"),
                        rs.getDouble("actual")))
                .list();
    }

    public long insertExpense(
            long customerId, LocalDate spentOn, BigDecimal amount, String category, String note, String actor) {
        return jdbc.sql("""
                INSERT INTO sales_expense (customer_id, spent_on, amount, category, note, recorded_by)
                VALUES (:customer, :spentOn, :amount, :category, :note, :actor) RETURNING id""")
                .param("customer", customerId)
                .param("spentOn", spentOn)
                .param("amount", amount)
                .param("category", category)
                .param("note", note)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    List<SalesExpense> expenses(long customerId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT id, customer_id, spent_on, amount, category, note, recorded_by, created_at FROM sales_expense
                WHERE customer_id = :customer AND spent_on >= :from AND spent_on < :to
                ORDER BY spent_on DESC, id DESC""")
                .param("customer", customerId)
                .param("from", from)
                .param("to", to)
                .query(PlanRepository::mapExpense)
                .list();
    }

    Optional<SalesExpense> expense(long id) {
        return jdbc.sql("""
                SELECT id, customer_id, spent_on, amount, category, note, recorded_by, created_at FROM sales_expense
                WHERE id = :id""").param("id", id).query(PlanRepository::mapExpense).optional();
    }

    BigDecimal spent(long customerId, LocalDate from, LocalDate toInclusive) {
        return jdbc.sql("""
                SELECT coalesce(sum(amount), 0) FROM sales_expense
                WHERE customer_id = :customer AND spent_on >= :from AND spent_on <= :to""")
                .param("customer", customerId)
                .param("from", from)
                .param("to", toInclusive)
                .query(BigDecimal.class)
                .single();
    }

    Optional<ExpenseBudget> lockBudget(long customerId, int year) {
        return jdbc.sql("SELECT customer_id, year, amount, updated_by, version FROM expense_budget "
                        + "WHERE customer_id = :customer AND year = :year FOR UPDATE")
                .param("customer", customerId)
                .param("year", year)
                .query(PlanRepository::mapBudget)
                .optional();
    }

    Optional<ExpenseBudget> findBudget(long customerId, int year) {
        return jdbc.sql("SELECT customer_id, year, amount, updated_by, version FROM expense_budget "
                        + "WHERE customer_id = :customer AND year = :year")
                .param("customer", customerId)
                .param("year", year)
                .query(PlanRepository::mapBudget)
                .optional();
    }

    public void insertBudget(long customerId, int year, BigDecimal amount, String actor) {
        jdbc.sql(
                        "INSERT INTO expense_budget (customer_id, year, amount, updated_by) VALUES (:customer, :year, :amount, :actor)")
                .param("customer", customerId)
                .param("year", year)
                .param("amount", amount)
                .param("actor", actor)
                .update();
    }

    int updateBudget(long customerId, int year, int version, BigDecimal amount, String actor) {
        return jdbc.sql("""
                UPDATE expense_budget SET amount = :amount, updated_by = :actor, updated_at = now(),
                       version = version + 1
                WHERE customer_id = :customer AND year = :year AND version = :version""")
                .param("customer", customerId)
                .param("year", year)
                .param("version", version)
                .param("amount", amount)
                .param("actor", actor)
                .update();
    }

    /** Per customer with a budget for the year or expenses in it: expenses up to asOf against the budget. */
    public List<ExpensesVsBudget> expensesVsBudget(LocalDate asOf) {
        int year = asOf.getYear();
        return jdbc.sql("""
                SELECT coalesce(b.customer_id, e.customer_id) AS customer_id, b.amount AS budget,
                       coalesce(e.spent, 0) AS spent
                FROM (SELECT customer_id, amount FROM expense_budget WHERE year = :year) b
                FULL JOIN (SELECT customer_id, sum(amount) AS spent FROM sales_expense
                           WHERE spent_on >= :from AND spent_on <= :asOf GROUP BY customer_id) e
                  ON e.customer_id = b.customer_id""")
                .param("year", year)
                .param("from", LocalDate.of(year, 1, 1))
                .param("asOf", asOf)
                .query((rs, n) -> new ExpensesVsBudget(
                        rs.getLong("customer_id"),
                        year,
                        rs.getObject("budget") == null ? null : rs.getDouble("budget"),
                        rs.getDouble("spent")))
                .list();
    }

    private static SalesExpense mapExpense(ResultSet rs, int row) throws SQLException {
        return new SalesExpense(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getObject("spent_on", LocalDate.class),
                rs.getBigDecimal("amount"),
                rs.getString("category"),
                rs.getString("note"),
                rs.getString("recorded_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ExpenseBudget mapBudget(ResultSet rs, int row) throws SQLException {
        return new ExpenseBudget(
                rs.getLong("customer_id"),
                rs.getInt("year"),
                rs.getBigDecimal("amount"),
                null,
                null,
                rs.getString("updated_by"),
                rs.getInt("version"));
    }
}
