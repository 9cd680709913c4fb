package dev.touchpoint.server.insight;

import dev.touchpoint.analytics.value.engine.CustomerContext;
import dev.touchpoint.analytics.value.engine.CustomerValue;
import dev.touchpoint.analytics.value.engine.PurchaseHistory;
import dev.touchpoint.analytics.value.engine.ValueComputation;
import dev.touchpoint.analytics.value.engine.ValueScoring;
import dev.touchpoint.analytics.value.engine.ValueWarning;
import dev.touchpoint.analytics.value.warning.WarningPolicy;
import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.CreditPosition;
import dev.touchpoint.server.commerce.ExpensesVsBudget;
import dev.touchpoint.server.commerce.PlanVsActual;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerFacts;
import dev.touchpoint.server.service.ServiceApi;
import dev.touchpoint.server.touchpoint.SurveyScore;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import dev.touchpoint.server.touchpoint.ValleyEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One value-engine run on the server: reads the purchases and what the other modules hold of each
 * customer (tier, credit, valleys, survey answers, complaints, sales plans, budgets, the previous run)
 * and hands them to the analytics library's {@link ValueComputation}, which fits, scores and warns. See
 * docs/value-engine.md for every formula.
 */
@Component
class ValueEngine {

    /** What the repository stores for one run. */
    record Result(List<CustomerValue> customers, List<ValueWarning> warnings, Map<String, Object> model, long orders) {}

    private final CommerceApi commerce;
    private final CustomerApi customers;
    private final TouchpointApi touchpoints;
    private final ServiceApi service;
    private final ValueEngineProperties properties;
    private final ZoneId zone = ZoneId.systemDefault();

    ValueEngine(
            CommerceApi commerce,
            CustomerApi customers,
            TouchpointApi touchpoints,
            ServiceApi service,
            ValueEngineProperties properties) {
        this.commerce = commerce;
        this.customers = customers;
        this.touchpoints = touchpoints;
        this.service = service;
        this.properties = properties;
    }

    Result compute(LocalDate asOf, Map<Long, CustomerContext.Previous> previous, ValueComputation.Progress progress) {
        progress.at("read", 5);
        var facts = new HashMap<Long, CustomerFacts>();
        customers.forEachActiveCustomer(c -> facts.put(c.id(), c));
        var histories = new HashMap<Long, PurchaseHistory>(facts.size() * 2);
        long[] orders = {0};
        commerce.forEachPurchase(asOf, p -> {
            orders[0]++;
            histories
                    .computeIfAbsent(p.customerId(), PurchaseHistory::new)
                    .add(
                            (int) p.orderDate().toEpochDay(),
                            Math.max(0, p.revenue()),
                            p.grossProfit(),
                            Math.max(0, p.discount()));
        });
        // purchases of customers merged or deleted since are left out
        histories.keySet().retainAll(facts.keySet());
        var list = new ArrayList<>(histories.values());
        list.sort((a, b) -> Long.compare(a.customerId(), b.customerId()));
        list.forEach(PurchaseHistory::finish);

        var valleys = new HashMap<Long, ValleyEvent>();
        touchpoints
                .valleysSince(
                        asOf.minusDays(WarningPolicy.DEFAULTS.valleyWithinDays())
                                .atStartOfDay(zone)
                                .toInstant(),
                        WarningPolicy.DEFAULTS.valleyMaxEmotion())
                .forEach(v -> valleys.put(v.customerId(), v));
        var voices = voices(asOf, histories);
        var credit = new HashMap<Long, CreditPosition>();
        commerce.creditPositions(asOf).forEach(c -> credit.put(c.customerId(), c));
        var plans = new HashMap<Long, PlanVsActual>();
        commerce.planVsActual(asOf).forEach(p -> plans.put(p.customerId(), p));
        var budgets = new HashMap<Long, ExpensesVsBudget>();
        commerce.expensesVsBudget(asOf).forEach(b -> budgets.put(b.customerId(), b));

        var result = ValueComputation.run(
                list,
                id -> {
                    var c = credit.get(id);
                    var v = valleys.get(id);
                    var p = plans.get(id);
                    var b = budgets.get(id);
                    return new CustomerContext(
                            facts.get(id).tier(),
                            previous.get(id),
                            c == null ? null : new CustomerContext.Credit(c.creditLimit(), c.open(), c.overdue()),
                            v == null
                                    ? null
                                    : new CustomerContext.Valley(
                                            v.touchpoint(),
                                            v.emotion(),
                                            ChronoUnit.DAYS.between(
                                                    v.occurredAt().atZone(zone).toLocalDate(), asOf)),
                            voices.get(id),
                            p == null ? null : new CustomerContext.Plan(p.planned(), p.actual()),
                            b == null ? null : new CustomerContext.Budget(b.budget(), b.spent()));
                },
                asOf,
                properties.settings(),
                progress);
        return new Result(result.customers(), result.warnings(), result.model(), orders[0]);
    }

    /** Reads the latest survey answers and the complaint days of the customers with purchases. */
    private Map<Long, CustomerContext.Voice> voices(LocalDate asOf, Map<Long, PurchaseHistory> histories) {
        var voices = new HashMap<Long, Voice>();
        var before = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        touchpoints.forEachLatestSurveyScore(before, a -> {
            if (!histories.containsKey(a.customerId())) {
                return;
            }
            Double unit = ValueScoring.unitScore(a.type(), a.score());
            if (unit == null) {
                return;
            }
            var v = voices.computeIfAbsent(a.customerId(), k -> new Voice());
            switch (a.key()) {
                case SurveyScore.NPS -> v.nps = 10 * unit;
                case SurveyScore.COMPETITOR_ATTITUDE -> v.competitorAttitude = 1 + 4 * unit;
                case SurveyScore.SHARE_OF_WALLET -> v.shareOfWallet = unit;
                default -> {}
            }
        });
        service.forEachComplaintDate(before, zone, c -> {
            if (!histories.containsKey(c.customerId())) {
                return;
            }
            var v = voices.computeIfAbsent(c.customerId(), k -> new Voice());
            v.complaintDays = Arrays.copyOf(v.complaintDays, v.complaintDays.length + 1);
            v.complaintDays[v.complaintDays.length - 1] = (int) c.date().toEpochDay();
        });
        var out = new HashMap<Long, CustomerContext.Voice>(voices.size() * 2);
        voices.forEach((id, v) ->
                out.put(id, new CustomerContext.Voice(v.nps, v.competitorAttitude, v.shareOfWallet, v.complaintDays)));
        return out;
    }

    /** A customer's voice while it is read. */
    private static final class Voice {
        Double nps;
        Double competitorAttitude;
        Double shareOfWallet;
        int[] complaintDays = new int[0];
    }
}
