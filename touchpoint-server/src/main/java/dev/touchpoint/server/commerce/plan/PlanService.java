package dev.touchpoint.server.commerce.plan;

import dev.touchpoint.server.commerce.shared.CommerceAccess;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.VersionConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales plans, sales expenses and expense budgets of one customer, within the caller's scope. Plans and
 * budgets are set by managers and administrators; anyone who may change the customer's orders (not
 * analysts) records expenses. Every change is audited.
 */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final CommerceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    PlanService(PlanRepository plans, CommerceAccess access, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The months of a year with their plan and actual revenue (months with neither are left out). */
    public List<SalesPlanMonth> plan(long customerId, Integer year) {
        access.requireCustomer(customerId);
        int y = year == null ? today().getYear() : year;
        return plans.months(customerId, LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
    }

    @Transactional
    public List<SalesPlanMonth> setPlan(long customerId, List<PlanRequests.PlanMonth> months) {
        access.requireCustomer(customerId);
        var user = CurrentUsers.require();
        if (!user.manages()) {
            throw new AccessDeniedException("only managers and administrators set sales plans");
        }
        var seen = new java.util.HashSet<java.time.YearMonth>();
        for (var m : months) {
            if (!seen.add(m.month())) {
                throw InvalidInputException.of("months", "unique", "month " + m.month() + " is given twice");
            }
        }
        var first = months.stream()
                .map(PlanRequests.PlanMonth::month)
                .min(java.util.Comparator.naturalOrder())
                .orElseThrow();
        var last = months.stream()
                .map(PlanRequests.PlanMonth::month)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        for (var m : months) {
            var month = m.month().atDay(1);
            var previous = plans.lockPlan(customerId, month);
            plans.upsertPlan(customerId, month, m.plannedRevenue(), user.username());
            var details = new LinkedHashMap<String, Object>();
            details.put("month", m.month().toString());
            details.put("plannedRevenue", m.plannedRevenue());
            details.put("previous", previous.orElse(null));
            audit.record(
                    previous.isEmpty() ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                    "sales_plan",
                    customerId,
                    "sales plan " + m.month() + ": " + m.plannedRevenue(),
                    details);
        }
        return plans.months(customerId, first.atDay(1), last.plusMonths(1).atDay(1));
    }

    /** Expenses of a year (default this year), newest first. */
    public List<SalesExpense> expenses(long customerId, Integer year) {
        access.requireCustomer(customerId);
        int y = year == null ? today().getYear() : year;
        return plans.expenses(customerId, LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
    }

    @Transactional
    public SalesExpense recordExpense(long customerId, PlanRequests.ExpenseRequest request) {
        access.requireCustomer(customerId);
        access.requireWriter();
        var spentOn = request.spentOn() == null ? today() : request.spentOn();
        if (spentOn.isAfter(today())) {
            throw InvalidInputException.of("spentOn", "past", "an expense cannot be in the future");
        }
        var note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        long id = plans.insertExpense(
                customerId, spentOn, request.amount(), request.category().strip(), note, CurrentUsers.actorName());
        audit.record(
                AuditLog.Action.CREATE,
                "sales_expense",
                id,
                "sales expense of " + request.amount(),
                Map.of(
                        "customer",
                        customerId,
                        "amount",
                        request.amount(),
                        "spentOn",
                        spentOn.toString(),
                        "category",
                        request.category().strip()));
        return plans.expense(id).orElseThrow();
    }

    /** The budget of a year (default this year) with what was spent in it; amount null when none is set. */
    public ExpenseBudget budget(long customerId, Integer year) {
        access.requireCustomer(customerId);
        int y = year == null ? today().getYear() : year;
        var spent = plans.spent(customerId, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        var budget =
                plans.findBudget(customerId, y).orElse(new ExpenseBudget(customerId, y, null, null, null, null, 0));
        return new ExpenseBudget(
                customerId,
                y,
                budget.amount(),
                spent,
                budget.amount() == null ? null : budget.amount().subtract(spent),
                budget.updatedBy(),
                budget.version());
    }

    @Transactional
    public ExpenseBudget setBudget(
            long customerId, int year, BigDecimal amount, Integer expectedVersion, boolean precondition) {
        access.requireCustomer(customerId);
        var user = CurrentUsers.require();
        if (!user.manages()) {
            throw new AccessDeniedException("only managers and administrators set expense budgets");
        }
        var current = plans.lockBudget(customerId, year);
        if (current.isEmpty()) {
            plans.insertBudget(customerId, year, amount, user.username());
        } else {
            int version = expectedVersion == null ? current.get().version() : expectedVersion;
            if (plans.updateBudget(customerId, year, version, amount, user.username()) == 0) {
                throw new VersionConflictException(
                        "expense budget", customerId, current.get().version(), precondition);
            }
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("year", year);
        details.put("amount", amount);
        details.put("previous", current.map(ExpenseBudget::amount).orElse(null));
        audit.record(
                current.isEmpty() ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                "expense_budget",
                customerId,
                "expense budget " + year + ": " + amount,
                details);
        return budget(customerId, year);
    }
}
