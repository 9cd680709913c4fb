package dev.touchpoint.server.demo;

import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.NewExpense;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Sales plans, expense budgets and sales expenses of the fleet key accounts: each plan is the account's
 * average monthly revenue over the last 12 months (so accounts whose recent orders fell behind raise
 * "behind plan"), for the last 6 and next 6 months; the year's budget is 2 % of the yearly revenue, and
 * every third account has spent more than its budget.
 */
final class DemoPlans {

    private DemoPlans() {}

    static void load(CommerceApi commerce, DemoDataset data, List<Long> customerIds, LocalDate today) {
        var yearly = new HashMap<Integer, BigDecimal>();
        var since = today.minusYears(1);
        for (var o : data.orders()) {
            var spec = data.customers().get(o.customerIndex());
            var day = LocalDate.ofInstant(o.stages().ordered(), DemoGenerator.ZONE);
            if (!"FLEET".equals(spec.teamKey()) || day.isBefore(since) || day.isAfter(today)) {
                continue;
            }
            var revenue = BigDecimal.ZERO;
            for (var l : o.lines()) {
                var discount = l.discountPercent() == null ? BigDecimal.ZERO : l.discountPercent();
                revenue = revenue.add(l.unitPrice()
                        .multiply(BigDecimal.valueOf(l.quantity()))
                        .multiply(BigDecimal.ONE.subtract(discount.movePointLeft(2))));
            }
            yearly.merge(o.customerIndex(), revenue, BigDecimal::add);
        }
        var plans = new HashMap<Long, BigDecimal>();
        var budgets = new HashMap<Long, BigDecimal>();
        var expenses = new ArrayList<NewExpense>();
        var month = YearMonth.from(today);
        int n = 0;
        for (var e : yearly.entrySet()) {
            long id = customerIds.get(e.getKey());
            plans.put(id, e.getValue().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP));
            var budget = e.getValue().multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP);
            budgets.put(id, budget);
            // expenses: 40 % of the budget, or 120 % for every third account, in three parts this year
            var share = n % 3 == 0 ? new BigDecimal("1.2") : new BigDecimal("0.4");
            var part = budget.multiply(share).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
            if (part.signum() > 0) {
                String[] categories = {"ENTERTAINMENT", "TRAVEL", "GIFTS"};
                for (int k = 0; k < 3; k++) {
                    var day = today.withDayOfYear(1).plusDays((long) (today.getDayOfYear() - 1) * k / 3);
                    expenses.add(new NewExpense(id, day, part, categories[k], "演示数据"));
                }
            }
            n++;
        }
        commerce.insertPlansAndBudgets(
                plans, month.minusMonths(6), month.plusMonths(6), budgets, today.getYear(), expenses);
    }
}
