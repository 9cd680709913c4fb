package dev.touchpoint.server.insight;

import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.customer.CustomerApi;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The home dashboard's figures, each within the caller's record scope. */
@Service
public class DashboardService {

    /** Revenue, cost and margin of one month, labelled {@code yyyy-MM}. */
    public record MonthRow(String month, BigDecimal revenue, BigDecimal cost, BigDecimal grossMargin) {}

    /** Customers in one tier, with the tier's name in the caller's language. */
    public record TierRow(String tier, String label, long customers) {}

    /** Orders in one stage, with the stage's name in the caller's language. */
    public record StageRow(String stage, String label, long orders) {}

    private final CustomerApi customers;
    private final CommerceApi commerce;
    private final MessageSource messages;
    private final Clock clock;

    DashboardService(CustomerApi customers, CommerceApi commerce, MessageSource messages, Clock clock) {
        this.customers = customers;
        this.commerce = commerce;
        this.messages = messages;
        this.clock = clock;
    }

    /** The last {@code months} months including the current one. */
    public List<MonthRow> revenueByMonth(int months) {
        var today = LocalDate.now(clock);
        var from = today.withDayOfMonth(1).minusMonths(months - 1L);
        return commerce.revenueAndMarginByMonth(from, today).stream()
                .map(m -> new MonthRow(m.month().toString(), m.revenue(), m.cost(), m.grossMargin()))
                .toList();
    }

    public List<TierRow> customersByTier(Locale locale) {
        return customers.countByTier().stream()
                .map(t -> new TierRow(t.tier(), t.label(locale), t.customers()))
                .toList();
    }

    public List<StageRow> ordersByStage(Locale locale) {
        return commerce.ordersByStage().stream()
                .map(s -> new StageRow(
                        s.stage().name(),
                        messages.getMessage(
                                "commerce.stage." + s.stage().name(),
                                null,
                                s.stage().name(),
                                locale),
                        s.orders()))
                .toList();
    }

    public List<Kpi> kpis(Locale locale) {
        var money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        money.setMaximumFractionDigits(0);
        var number = NumberFormat.getIntegerInstance(locale);
        var year = revenueByMonth(12);
        var revenue = year.stream().map(MonthRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        var margin = year.stream().map(MonthRow::grossMargin).reduce(BigDecimal.ZERO, BigDecimal::add);
        long open = commerce.ordersByStage().stream()
                .filter(s -> s.stage() != OrderStage.DELIVERED && s.stage() != OrderStage.CANCELLED)
                .mapToLong(s -> s.orders())
                .sum();
        var receivables = commerce.receivablesSummary();
        return List.of(
                new Kpi("customers", "insight.kpi.customers", number.format(customers.countVisible()), "/customers"),
                new Kpi("revenue", "insight.kpi.revenueYear", money.format(revenue), "/orders"),
                new Kpi(
                        "margin",
                        "insight.kpi.marginYear",
                        money.format(margin)
                                + (revenue.signum() > 0
                                        ? String.format(" (%.1f%%)", 100 * margin.doubleValue() / revenue.doubleValue())
                                        : ""),
                        "/orders"),
                new Kpi(
                        "overdue",
                        "insight.kpi.overdue",
                        money.format(receivables.overdue()) + " · " + number.format(receivables.overdueCount()),
                        "/receivables?overdue=true"),
                new Kpi("open-orders", "insight.kpi.openOrders", number.format(open), "/orders"));
    }
}
