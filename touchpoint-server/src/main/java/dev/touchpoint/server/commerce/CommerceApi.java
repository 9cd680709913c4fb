package dev.touchpoint.server.commerce;

import dev.touchpoint.server.commerce.figures.FiguresRepository;
import dev.touchpoint.server.commerce.order.BulkLoader;
import dev.touchpoint.server.commerce.order.PurchaseStream;
import dev.touchpoint.server.commerce.plan.PlanRepository;
import dev.touchpoint.server.commerce.plan.PlanRequests;
import dev.touchpoint.server.commerce.plan.PlanService;
import dev.touchpoint.server.commerce.receivable.ReceivableRepository;
import dev.touchpoint.server.commerce.shared.CommerceAccess;
import dev.touchpoint.server.identity.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of commerce.
 *
 * <p>Aggregates ({@link #revenueAndMarginByMonth}, {@link #ordersByStage}, {@link #customerStats}) are
 * scoped to the current user: they count exactly the orders of customers the user may see. Revenue is
 * net of returns and excludes cancelled orders; gross margin = revenue − cost, where cost is the unit
 * cost snapshot taken when the order was placed.
 *
 * <p>Bulk methods ({@link #insertProducts}, {@link #insertOrdersBulk}) are for demo data and loaders:
 * no access check, PostgreSQL {@code COPY}, one transaction per call.
 */
@Service
public class CommerceApi {

    private final FiguresRepository figures;
    private final CommerceAccess access;
    private final BulkLoader bulk;
    private final AuditLog audit;
    private final Clock clock;
    private final ReceivableRepository receivables;
    private final PurchaseStream purchases;
    private final PlanRepository plans;
    private final PlanService planService;
    private final dev.touchpoint.server.commerce.order.OrderLineStream lines;

    CommerceApi(
            FiguresRepository figures,
            CommerceAccess access,
            BulkLoader bulk,
            AuditLog audit,
            Clock clock,
            ReceivableRepository receivables,
            PurchaseStream purchases,
            PlanRepository plans,
            PlanService planService,
            dev.touchpoint.server.commerce.order.OrderLineStream lines) {
        this.lines = lines;
        this.plans = plans;
        this.planService = planService;
        this.purchases = purchases;
        this.receivables = receivables;
        this.figures = figures;
        this.access = access;
        this.bulk = bulk;
        this.audit = audit;
        this.clock = clock;
    }

    /** Revenue, cost and gross margin per month (by order date) from {@code from} to {@code to} inclusive. */
    public List<MonthlyRevenue> revenueAndMarginByMonth(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("from must be on or before to");
        }
        return figures.revenueByMonth(from, to, access.scope("o.customer_id"));
    }

    /** Number of orders in each stage (every stage listed, in flow order, then CANCELLED). */
    public List<StageCount> ordersByStage() {
        return figures.ordersByStage(access.scope("o.customer_id"));
    }

    /** Open and overdue receivables of the customers in the caller's scope, as of today (the clock). */
    public ReceivablesSummary receivablesSummary() {
        return figures.receivables(access.scope("o.customer_id"), LocalDate.now(clock));
    }

    /**
     * Stage changes recorded in {@code (afterExclusive, upToInclusive]}, oldest first: what background
     * jobs such as care plans react to. No access check (it serves jobs, not users).
     */
    public List<OrderStageChange> stageChanges(java.time.Instant afterExclusive, java.time.Instant upToInclusive) {
        return figures.stageChanges(afterExclusive, upToInclusive);
    }

    /** A customer's order count, revenue, last order date and receivables; 404/403 like the customer. */
    public CustomerStats customerStats(long customerId) {
        access.requireCustomer(customerId);
        return figures.customerStats(customerId, LocalDate.now(clock));
    }

    /** Sets credit limits in bulk (demo data, loaders); no access check. */
    @Transactional
    public void insertCreditLimits(Map<Long, java.math.BigDecimal> limits) {
        limits.forEach((customer, limit) -> receivables.insertLimit(customer, limit, "system"));
        audit.record(
                AuditLog.Action.IMPORT,
                "credit_limit",
                null,
                "bulk load of " + limits.size() + " credit limits",
                Map.of("count", limits.size()));
    }

    /** Inserts products in one transaction; returns their ids in the order given. */
    @Transactional
    public List<Long> insertProducts(List<NewProduct> products) {
        var ids = bulk.insertProducts(products);
        audit.record(
                AuditLog.Action.IMPORT,
                "product",
                null,
                "bulk load of " + ids.size() + " products",
                Map.of("count", ids.size()));
        return ids;
    }

    /**
     * Inserts historical orders with their lines, stage history, returns, receivables and payments in one
     * transaction, using {@code COPY}. Nothing is checked beyond the database constraints. Returns the
     * new orders' ids in the order given.
     */
    @Transactional
    public List<Long> insertOrdersBulk(List<NewOrder> orders) {
        var ids = bulk.insertOrders(orders);
        audit.record(
                AuditLog.Action.IMPORT,
                "order",
                null,
                "bulk load of " + orders.size() + " orders",
                Map.of("count", orders.size()));
        return ids;
    }

    /**
     * Streams every order dated on or before {@code asOf} that is not cancelled, in no particular order,
     * to {@code consumer}. No access check: for analytics runs, which store results per customer and
     * apply the customer scope when those are read.
     */
    public void forEachPurchase(LocalDate asOf, java.util.function.Consumer<Purchase> consumer) {
        purchases.forEach(asOf, consumer);
    }

    /**
     * Streams every line of every order dated on or before {@code asOf} that is not cancelled, ordered by
     * customer, date and order. No access check: for analytics runs (product-association mining).
     */
    public void forEachOrderLine(LocalDate asOf, java.util.function.Consumer<OrderLineFact> consumer) {
        lines.forEach(asOf, consumer);
    }

    /**
     * The order lines of one customer up to {@code asOf}, by date. No access check: the caller checks the
     * customer's visibility (next best actions on the 360 page).
     */
    public List<OrderLineFact> orderLinesOf(long customerId, LocalDate asOf) {
        return lines.ofCustomer(customerId, asOf);
    }

    /** Every product's name by its id (analytics screens that show products of touchpoint events). */
    public Map<Long, String> productNames() {
        return lines.productNames();
    }

    /** Every product with its category and margin (offers for next best actions). */
    public List<ProductFact> productFacts() {
        return lines.products();
    }

    /**
     * Open and overdue (due before {@code asOf}) receivables of every customer with an open balance or a
     * credit limit. No access check (analytics runs).
     */
    public List<CreditPosition> creditPositions(LocalDate asOf) {
        return purchases.creditPositions(asOf);
    }

    /** Months of the default plan window: the last 3 complete months before the as-of month. */
    public static final int PLAN_WINDOW_MONTHS = 3;

    /** {@link #planVsActual(LocalDate, int)} over the last {@value #PLAN_WINDOW_MONTHS} complete months. */
    public List<PlanVsActual> planVsActual(LocalDate asOf) {
        return planVsActual(asOf, PLAN_WINDOW_MONTHS);
    }

    /**
     * Per customer with a sales plan in the {@code months} complete months before {@code asOf}'s month:
     * planned revenue and actual revenue (orders not cancelled, net of returns) of the planned months. No
     * access check (analytics runs).
     */
    public List<PlanVsActual> planVsActual(LocalDate asOf, int months) {
        if (asOf == null || months < 1) {
            throw new IllegalArgumentException("need asOf and months >= 1");
        }
        var to = asOf.withDayOfMonth(1);
        return plans.planVsActual(to.minusMonths(months), to);
    }

    /**
     * Per customer with an expense budget for {@code asOf}'s year or expenses in it: expenses from 1 January
     * to {@code asOf} against the year's budget. No access check (analytics runs).
     */
    public List<ExpensesVsBudget> expensesVsBudget(LocalDate asOf) {
        return plans.expensesVsBudget(asOf);
    }

    /** Sets a month's planned revenue; managers and administrators, customer in scope; audited. */
    public void setPlan(long customerId, java.time.YearMonth month, java.math.BigDecimal plannedRevenue) {
        planService.setPlan(customerId, List.of(new PlanRequests.PlanMonth(month, plannedRevenue)));
    }

    /** Records a sales expense (not analysts; customer in scope); audited. Returns its id. */
    public long recordExpense(
            long customerId, LocalDate spentOn, java.math.BigDecimal amount, String category, String note) {
        return planService
                .recordExpense(customerId, new PlanRequests.ExpenseRequest(amount, spentOn, category, note))
                .id();
    }

    /** Sets a year's expense budget; managers and administrators, customer in scope; audited. */
    public void setBudget(long customerId, int year, java.math.BigDecimal amount) {
        planService.setBudget(customerId, year, amount, null, false);
    }

    /**
     * Bulk load (demo data, loaders; no access check): the same planned revenue for every month from
     * {@code from} to {@code to} inclusive per customer, expense budgets of {@code year} and expenses.
     */
    @Transactional
    public void insertPlansAndBudgets(
            Map<Long, java.math.BigDecimal> monthlyPlan,
            java.time.YearMonth from,
            java.time.YearMonth to,
            Map<Long, java.math.BigDecimal> budgets,
            int year,
            List<NewExpense> expenses) {
        monthlyPlan.forEach((customer, planned) -> {
            for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                plans.upsertPlan(customer, m.atDay(1), planned, "system");
            }
        });
        budgets.forEach((customer, amount) -> plans.insertBudget(customer, year, amount, "system"));
        expenses.forEach(
                e -> plans.insertExpense(e.customerId(), e.spentOn(), e.amount(), e.category(), e.note(), "system"));
        audit.record(
                AuditLog.Action.IMPORT,
                "sales_plan",
                null,
                "bulk load of " + monthlyPlan.size() + " plans, " + budgets.size() + " budgets, " + expenses.size()
                        + " expenses",
                Map.of("plans", monthlyPlan.size(), "budgets", budgets.size(), "expenses", expenses.size()));
    }
}
