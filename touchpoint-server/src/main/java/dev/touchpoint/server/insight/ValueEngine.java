package dev.touchpoint.server.insight;

import dev.touchpoint.analytics.value.Transaction;
import dev.touchpoint.analytics.value.clv.BgNbdFitter;
import dev.touchpoint.analytics.value.clv.BgNbdModel;
import dev.touchpoint.analytics.value.clv.CalibrationHoldout;
import dev.touchpoint.analytics.value.clv.CustomerSummary;
import dev.touchpoint.analytics.value.clv.DiscountOptions;
import dev.touchpoint.analytics.value.clv.GammaGammaFitter;
import dev.touchpoint.analytics.value.clv.HoldoutReport;
import dev.touchpoint.analytics.value.clv.LifetimeValue;
import dev.touchpoint.analytics.value.clv.SpendForecast;
import dev.touchpoint.analytics.value.lifecycle.Lifecycle;
import dev.touchpoint.analytics.value.lifecycle.LifecycleInput;
import dev.touchpoint.analytics.value.lifecycle.LifecycleStage;
import dev.touchpoint.analytics.value.lifecycle.LifecycleThresholds;
import dev.touchpoint.analytics.value.loyalty.LoyaltyIndex;
import dev.touchpoint.analytics.value.loyalty.LoyaltyInput;
import dev.touchpoint.analytics.value.loyalty.LoyaltyWeights;
import dev.touchpoint.analytics.value.pareto.ParetoCurve;
import dev.touchpoint.analytics.value.rfm.RfmAnalysis;
import dev.touchpoint.analytics.value.rfm.RfmCustomer;
import dev.touchpoint.analytics.value.rfm.RfmOptions;
import dev.touchpoint.analytics.value.warning.EarlyWarnings;
import dev.touchpoint.analytics.value.warning.WarningInput;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Computes one value-engine run: streams purchases, fits BG/NBD and Gamma-Gamma (on a deterministic
 * sample when there are many customers), scores every customer (RFM, P(alive), CLV, lifecycle,
 * loyalty, tier prompt), evaluates the early-warning rules and the model validation. See
 * docs/value-engine.md for every formula.
 */
@Component
class ValueEngine {

    /** What the repository stores for one run. */
    record Result(List<CustomerValue> customers, List<NewWarning> warnings, Map<String, Object> model, long orders) {}

    record CustomerValue(
            long customerId,
            String tier,
            RfmCustomer rfm,
            double pAlive,
            double expectedPurchases,
            double clv,
            double grossProfit,
            double revenue12m,
            LifecycleStage lifecycle,
            Double loyalty,
            String loyaltyType,
            String tierPrompt) {}

    record NewWarning(long customerId, String tier, dev.touchpoint.analytics.value.warning.Warning warning) {}

    /** The previous run's values of a customer, to compare with. */
    record Previous(double pAlive, int recencyScore, String stage) {}

    interface Progress {
        void at(String phase, int percent);
    }

    private static final double WEEKS_PER_MONTH = 52.0 / 12;
    private static final int PLAN_WINDOW_DAYS = 90;
    /** Days after a complaint without a purchase after which the customer counts as not having stayed. */
    static final int COMPLAINT_DECIDED_DAYS = 90;

    /** Survey answers and complaints of one customer, as far as the data holds them. */
    static final class Voice {
        Double nps;
        Double competitorAttitude;
        Double shareOfWallet;
        int[] complaintDays = new int[0];
    }

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

    Result compute(LocalDate asOf, Map<Long, Previous> previous, Progress progress) {
        progress.at("read", 5);
        var facts = new HashMap<Long, CustomerFacts>();
        customers.forEachActiveCustomer(c -> facts.put(c.id(), c));
        var histories = new HashMap<Long, CustomerHistory>(facts.size() * 2);
        long[] orders = {0};
        commerce.forEachPurchase(asOf, p -> {
            orders[0]++;
            histories
                    .computeIfAbsent(p.customerId(), CustomerHistory::new)
                    .add(
                            (int) p.orderDate().toEpochDay(),
                            Math.max(0, p.revenue()),
                            p.grossProfit(),
                            Math.max(0, p.discount()));
        });
        // purchases of customers merged or deleted since are left out
        histories.keySet().retainAll(facts.keySet());
        var list = new ArrayList<>(histories.values());
        list.sort((a, b) -> Long.compare(a.customerId, b.customerId));
        list.forEach(CustomerHistory::finish);
        if (list.isEmpty()) {
            return new Result(List.of(), List.of(), Map.of("empty", true), orders[0]);
        }
        int end = (int) asOf.toEpochDay();

        progress.at("fit", 30);
        var summaries = list.stream().map(h -> summary(h, end)).toList();
        var sample = sample(summaries);
        var bgnbd = BgNbdFitter.fit(sample);
        var gammaGamma = GammaGammaFitter.fit(sample);
        var spend = SpendForecast.of(gammaGamma.model(), summaries);
        progress.at("validate", 50);
        var holdout = holdout(list, end);

        progress.at("score", 65);
        var rfm = RfmAnalysis.of(transactions(list, end), asOf, RfmOptions.DEFAULTS)
                .customers();
        double margin = margin(list);
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
        var salesPlans = new HashMap<Long, PlanVsActual>();
        commerce.planVsActual(asOf).forEach(p -> salesPlans.put(p.customerId(), p));
        var budgets = new HashMap<Long, ExpensesVsBudget>();
        commerce.expensesVsBudget(asOf).forEach(b -> budgets.put(b.customerId(), b));
        var policy = policy();
        var values = new ArrayList<CustomerValue>(list.size());
        var warnings = new ArrayList<NewWarning>();
        // quarterly discounting keeps the cost at a few model evaluations per customer
        var discount = DiscountOptions.of(
                Math.max(1, properties.clvMonths() / 3),
                3 * WEEKS_PER_MONTH,
                Math.pow(1 + properties.monthlyDiscount(), 3) - 1,
                margin);
        for (int i = 0; i < list.size(); i++) {
            var h = list.get(i);
            var s = summaries.get(i);
            var fact = facts.get(h.customerId);
            var value = score(h, s, rfm.get(i), fact, bgnbd.model(), spend, discount, end, voices.get(h.customerId));
            values.add(value);
            var input = warningInput(
                    h,
                    value,
                    previous.get(h.customerId),
                    credit.get(h.customerId),
                    valleys.get(h.customerId),
                    asOf,
                    end);
            var plan = salesPlans.get(h.customerId);
            var budget = budgets.get(h.customerId);
            input = input.withPlanAndBudget(
                    plan == null ? null : plan.planned(),
                    plan == null ? 0 : plan.actual(),
                    budget == null ? null : budget.budget(),
                    budget == null ? 0 : budget.spent());
            EarlyWarnings.evaluate(input, policy)
                    .forEach(w -> warnings.add(new NewWarning(h.customerId, fact.tier(), w)));
        }
        progress.at("pareto", 85);
        var model = new LinkedHashMap<String, Object>();
        model.put(
                "bgnbd",
                Map.of(
                        "r",
                        bgnbd.model().r(),
                        "alpha",
                        bgnbd.model().alpha(),
                        "a",
                        bgnbd.model().a(),
                        "b",
                        bgnbd.model().b(),
                        "logLikelihood",
                        bgnbd.logLikelihood(),
                        "customers",
                        bgnbd.customers()));
        model.put(
                "gammaGamma",
                Map.of(
                        "p",
                        gammaGamma.model().p(),
                        "q",
                        gammaGamma.model().q(),
                        "gamma",
                        gammaGamma.model().gamma(),
                        "customers",
                        gammaGamma.customers()));
        model.put(
                "spendModel",
                spend.usesModel()
                        ? "GAMMA_GAMMA"
                        : "OBSERVED_MEAN (Gamma-Gamma q ≤ 1: expected spend would be infinite)");
        model.put("margin", margin);
        model.put("holdout", holdout);
        model.put("pareto", pareto(values));
        return new Result(values, warnings, model, orders[0]);
    }

    private CustomerValue score(
            CustomerHistory h,
            CustomerSummary s,
            RfmCustomer rfm,
            CustomerFacts fact,
            BgNbdModel bgnbd,
            SpendForecast spend,
            DiscountOptions discount,
            int end,
            Voice voice) {
        double pAlive = bgnbd.probabilityAlive(s);
        double expected = bgnbd.expectedPurchases(52, s);
        double clv = LifetimeValue.of(bgnbd, spend.expected(s), s, discount);
        int window = LifecycleThresholds.DEFAULTS.windowDays();
        var lifecycle = Lifecycle.classify(
                new LifecycleInput(
                        end - h.first(),
                        h.distinctDays,
                        h.daysBetween(end - window + 1, end),
                        Math.min(1, Math.max(0, pAlive))),
                LifecycleThresholds.DEFAULTS);
        var loyaltyInput = loyaltyInput(h, voice, end);
        var loyalty = LoyaltyIndex.of(loyaltyInput, LoyaltyWeights.EQUAL).orElse(null);
        double revenue12m = h.revenueBetween(end - 364, end);
        return new CustomerValue(
                h.customerId,
                fact.tier(),
                rfm,
                pAlive,
                expected,
                clv,
                h.grossProfit,
                revenue12m,
                lifecycle,
                loyalty == null ? null : loyalty.index(),
                loyalty == null
                        ? null
                        : LoyaltyIndex.type(loyalty.index(), lifecycle.trend()).name(),
                TierPrompts.of(fact.tier(), revenue12m, properties.tierRevenue(), properties.thresholdShare()));
    }

    /**
     * The loyalty indicators the data holds: repeat purchases and price sensitivity from the orders; NPS,
     * attitude to competitors and share of wallet from the latest survey answers; incident tolerance from
     * complaints — a complaint counts once decided: stayed when a purchase day follows it (up to as-of),
     * not stayed when {@value #COMPLAINT_DECIDED_DAYS} days have passed without one; younger complaints
     * without a later purchase are left out.
     */
    static LoyaltyInput loyaltyInput(CustomerHistory h, Voice voice, int end) {
        var b = LoyaltyInput.builder().repeatPurchases(h.distinctDays - 1).discountShare(h.discountShare());
        if (voice == null) {
            return b.build();
        }
        if (voice.nps != null) {
            b.recommendation(voice.nps);
        }
        if (voice.competitorAttitude != null) {
            b.competitorAttitude(voice.competitorAttitude);
        }
        if (voice.shareOfWallet != null) {
            b.shareOfWallet(voice.shareOfWallet);
        }
        int complaints = 0;
        int stayed = 0;
        for (int day : voice.complaintDays) {
            if (day > end) {
                continue;
            }
            boolean boughtAfter = false;
            for (int i = 0; i < h.distinctDays; i++) {
                if (h.days[i] > day && h.days[i] <= end) {
                    boughtAfter = true;
                    break;
                }
            }
            if (boughtAfter) {
                complaints++;
                stayed++;
            } else if (end - day >= COMPLAINT_DECIDED_DAYS) {
                complaints++;
            }
        }
        return b.incidents(complaints, stayed).build();
    }

    /** Reads the latest survey answers and the complaint days of the customers with purchases. */
    private Map<Long, Voice> voices(LocalDate asOf, Map<Long, CustomerHistory> histories) {
        var voices = new HashMap<Long, Voice>();
        var before = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        touchpoints.forEachLatestSurveyScore(before, a -> {
            if (!histories.containsKey(a.customerId())) {
                return;
            }
            Double unit = unitScore(a.type(), a.score());
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
            v.complaintDays = java.util.Arrays.copyOf(v.complaintDays, v.complaintDays.length + 1);
            v.complaintDays[v.complaintDays.length - 1] = (int) c.date().toEpochDay();
        });
        return voices;
    }

    /**
     * A survey score on its question type's scale mapped to [0, 1]: NPS 0–10 → n ÷ 10, CSAT 1–5 → (n − 1) ÷ 4,
     * CES 1–7 → (7 − n) ÷ 6 (low effort is good), EMOTION 1–6 → (n − 1) ÷ 5; other types (and answers off
     * the scale) are not used.
     */
    static Double unitScore(String type, double n) {
        Double unit = switch (type == null ? "" : type) {
            case "NPS" -> n / 10;
            case "CSAT" -> (n - 1) / 4;
            case "CES" -> (7 - n) / 6;
            case "EMOTION" -> (n - 1) / 5;
            default -> null;
        };
        return unit == null || !(unit >= 0 && unit <= 1) ? null : unit;
    }

    private WarningInput warningInput(
            CustomerHistory h,
            CustomerValue v,
            Previous before,
            CreditPosition credit,
            ValleyEvent valley,
            LocalDate asOf,
            int end) {
        // without a sales plan (see compute), the plan is the customer's own run rate before the window
        int tenure = end - h.first();
        Double planned = null;
        if (tenure > 2 * PLAN_WINDOW_DAYS) {
            int earlier = h.daysBetween(h.first(), end - PLAN_WINDOW_DAYS);
            double rate = earlier / (double) (tenure - PLAN_WINDOW_DAYS);
            planned = earlier >= 3 ? rate * PLAN_WINDOW_DAYS : null;
        }
        int actual = h.daysBetween(end - PLAN_WINDOW_DAYS + 1, end);
        return new WarningInput(
                v.tier(),
                end - h.last(),
                v.rfm().recencyScore(),
                v.rfm().frequencyScore(),
                v.rfm().monetaryScore(),
                before == null ? null : before.recencyScore(),
                Math.min(1, Math.max(0, v.pAlive())),
                before == null ? null : before.pAlive(),
                planned,
                actual,
                credit == null ? null : credit.creditLimit(),
                credit == null ? 0 : credit.open(),
                credit == null ? 0 : credit.overdue(),
                valley == null ? null : valley.touchpoint(),
                valley == null ? null : valley.emotion(),
                valley == null
                        ? null
                        : ChronoUnit.DAYS.between(
                                valley.occurredAt().atZone(zone).toLocalDate(), asOf));
    }

    private WarningPolicy policy() {
        var d = WarningPolicy.DEFAULTS;
        return new WarningPolicy(
                d.churnMaxRecencyScore(),
                d.churnMinValueScore(),
                d.pAliveBelow(),
                d.pAliveDrop(),
                properties.noPurchaseDays(),
                properties.noPurchaseDays().getOrDefault("NORMAL", 365),
                d.behindPlanShare(),
                d.valleyMaxEmotion(),
                d.valleyWithinDays());
    }

    /** BG/NBD summary in weeks: x = distinct days − 1, t_x and T from the first purchase, m̄ over repeat days. */
    static CustomerSummary summary(CustomerHistory h, int end) {
        int n = 0;
        double total = 0;
        while (n < h.distinctDays && h.days[n] <= end) {
            total += h.revenue[n];
            n++;
        }
        int x = n - 1;
        double repeat = total - h.revenue[0];
        return CustomerSummary.of(
                Long.toString(h.customerId),
                x,
                (h.days[n - 1] - h.days[0]) / 7.0,
                (end - h.days[0]) / 7.0,
                x == 0 ? 0 : Math.max(0, repeat / x));
    }

    private List<CustomerSummary> sample(List<CustomerSummary> all) {
        if (all.size() <= properties.fitSample()) {
            return all;
        }
        double step = all.size() / (double) properties.fitSample();
        var sample = new ArrayList<CustomerSummary>(properties.fitSample());
        for (int i = 0; i < properties.fitSample(); i++) {
            sample.add(all.get((int) (i * step)));
        }
        return sample;
    }

    /** Fits on purchases up to asOf − holdout and compares predicted with actual holdout purchases. */
    private Map<String, Object> holdout(List<CustomerHistory> list, int end) {
        int calibrationEnd = end - 7 * properties.holdoutWeeks();
        var rows = new ArrayList<CalibrationHoldout.Row>();
        for (var h : list) {
            if (h.first() <= calibrationEnd) {
                rows.add(
                        new CalibrationHoldout.Row(summary(h, calibrationEnd), h.daysBetween(calibrationEnd + 1, end)));
            }
        }
        if (rows.size() < 10) {
            return Map.of("available", false);
        }
        var split = new CalibrationHoldout(rows, properties.holdoutWeeks());
        var model = BgNbdFitter.fit(sample(split.calibration())).model();
        HoldoutReport report = split.compare(model);
        var buckets = report.buckets().stream()
                .map(b -> Map.<String, Object>of(
                        "label",
                        b.label(),
                        "customers",
                        b.customers(),
                        "actual",
                        Double.isNaN(b.meanActual()) ? 0 : b.meanActual(),
                        "predicted",
                        Double.isNaN(b.meanPredicted()) ? 0 : b.meanPredicted()))
                .toList();
        double actual = report.customers().stream()
                .mapToDouble(HoldoutReport.Customer::actual)
                .sum();
        double predicted = report.customers().stream()
                .mapToDouble(HoldoutReport.Customer::predicted)
                .sum();
        return Map.of(
                "available",
                true,
                "calibrationEnd",
                LocalDate.ofEpochDay(calibrationEnd).toString(),
                "weeks",
                properties.holdoutWeeks(),
                "buckets",
                buckets,
                "totalActual",
                actual,
                "totalPredicted",
                predicted);
    }

    private static Map<String, Object> pareto(List<CustomerValue> values) {
        double[] profits =
                values.stream().mapToDouble(CustomerValue::grossProfit).toArray();
        double total = 0;
        for (double p : profits) {
            total += p;
        }
        if (!(total > 0)) {
            return Map.of("available", false);
        }
        var curve = ParetoCurve.of(profits);
        var points = curve.sample(50).stream()
                .map(p -> List.of(p.customerShare(), p.profitShare()))
                .toList();
        return Map.of(
                "available",
                true,
                "topShare",
                curve.topShare(),
                "customerShareFor80",
                curve.customerShareFor(0.8),
                "points",
                points,
                "customers",
                curve.customers());
    }

    private static double margin(List<CustomerHistory> list) {
        double revenue = 0;
        double profit = 0;
        for (var h : list) {
            for (int i = 0; i < h.distinctDays; i++) {
                revenue += h.revenue[i];
            }
            profit += h.grossProfit;
        }
        return revenue > 0 ? Math.min(1, Math.max(0, profit / revenue)) : 0;
    }

    /** The histories as transactions (one per purchase day), created lazily for RFM. */
    private static Iterable<Transaction> transactions(List<CustomerHistory> list, int end) {
        return () -> new Iterator<>() {
            int c;
            int d;

            @Override
            public boolean hasNext() {
                while (c < list.size() && (d >= list.get(c).distinctDays || list.get(c).days[d] > end)) {
                    c++;
                    d = 0;
                }
                return c < list.size();
            }

            @Override
            public Transaction next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                var h = list.get(c);
                var t = Transaction.of(Long.toString(h.customerId), LocalDate.ofEpochDay(h.days[d]), h.revenue[d]);
                d++;
                return t;
            }
        };
    }
}
