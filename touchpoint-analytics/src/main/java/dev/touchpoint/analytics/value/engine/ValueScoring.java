package dev.touchpoint.analytics.value.engine;

import dev.touchpoint.analytics.value.clv.CustomerSummary;
import dev.touchpoint.analytics.value.clv.LifetimeValue;
import dev.touchpoint.analytics.value.lifecycle.Lifecycle;
import dev.touchpoint.analytics.value.lifecycle.LifecycleInput;
import dev.touchpoint.analytics.value.lifecycle.LifecycleThresholds;
import dev.touchpoint.analytics.value.loyalty.LoyaltyIndex;
import dev.touchpoint.analytics.value.loyalty.LoyaltyInput;
import dev.touchpoint.analytics.value.loyalty.LoyaltyWeights;
import dev.touchpoint.analytics.value.rfm.RfmCustomer;
import dev.touchpoint.analytics.value.warning.EarlyWarnings;
import dev.touchpoint.analytics.value.warning.Warning;
import dev.touchpoint.analytics.value.warning.WarningInput;
import dev.touchpoint.analytics.value.warning.WarningPolicy;
import java.util.List;

/**
 * The per-customer part of a value run, given the fitted {@link ValueModel}: the BG/NBD summary,
 * P(alive), expected purchases, CLV, lifecycle, loyalty, the tier prompt, and the early warnings. A
 * pure function of the customer's history and context, so engines may score customers in any order
 * and on any machine and get the same values. See docs/value-engine.md for every formula.
 */
public final class ValueScoring {

    /** Days of the run-rate plan window ("behind plan" without a sales plan). */
    public static final int PLAN_WINDOW_DAYS = 90;

    /** Days after a complaint without a purchase after which the customer counts as not having stayed. */
    public static final int COMPLAINT_DECIDED_DAYS = 90;

    private ValueScoring() {}

    /**
     * BG/NBD summary in weeks: x = distinct days − 1, t<sub>x</sub> and T from the first purchase, m̄
     * over the repeat days (never negative).
     *
     * @param h the history
     * @param end the last day counted (epoch day)
     * @return the summary
     */
    public static CustomerSummary summary(PurchaseHistory h, int end) {
        int n = 0;
        double total = 0;
        while (n < h.distinctDays() && h.day(n) <= end) {
            total += h.revenue(n);
            n++;
        }
        int x = n - 1;
        double repeat = total - h.revenue(0);
        return CustomerSummary.of(
                Long.toString(h.customerId()),
                x,
                (h.day(n - 1) - h.day(0)) / 7.0,
                (end - h.day(0)) / 7.0,
                x == 0 ? 0 : Math.max(0, repeat / x));
    }

    /**
     * Scores one customer.
     *
     * @param h the history
     * @param s its summary as of {@code end}
     * @param rfm its RFM scores (a population measure, computed over all customers)
     * @param context tier and what the other records hold
     * @param model the fitted models
     * @param end the run's as-of day (epoch day)
     * @param settings tier minimums and the threshold share
     * @return the customer's values
     */
    public static CustomerValue score(
            PurchaseHistory h,
            CustomerSummary s,
            RfmCustomer rfm,
            CustomerContext context,
            ValueModel model,
            int end,
            ValueSettings settings) {
        var bgnbd = model.bgnbd().model();
        double pAlive = bgnbd.probabilityAlive(s);
        double expected = bgnbd.expectedPurchases(52, s);
        double clv = LifetimeValue.of(bgnbd, model.spend().expected(s), s, model.discount());
        int window = LifecycleThresholds.DEFAULTS.windowDays();
        var lifecycle = Lifecycle.classify(
                new LifecycleInput(
                        end - h.first(),
                        h.distinctDays(),
                        h.daysBetween(end - window + 1, end),
                        Math.min(1, Math.max(0, pAlive))),
                LifecycleThresholds.DEFAULTS);
        var loyalty = LoyaltyIndex.of(loyaltyInput(h, context.voice(), end), LoyaltyWeights.EQUAL)
                .orElse(null);
        double revenue12m = h.revenueBetween(end - 364, end);
        return new CustomerValue(
                h.customerId(),
                context.tier(),
                rfm,
                pAlive,
                expected,
                clv,
                h.grossProfit(),
                revenue12m,
                lifecycle,
                loyalty == null ? null : loyalty.index(),
                loyalty == null
                        ? null
                        : LoyaltyIndex.type(loyalty.index(), lifecycle.trend()).name(),
                TierPrompts.of(context.tier(), revenue12m, settings.tierRevenue(), settings.thresholdShare()));
    }

    /**
     * The early warnings of a scored customer.
     *
     * @param h the history
     * @param v its values
     * @param context what the other records hold
     * @param end the as-of day (epoch day)
     * @param policy the rules' thresholds
     * @return the warnings, possibly none
     */
    public static List<Warning> warnings(
            PurchaseHistory h, CustomerValue v, CustomerContext context, int end, WarningPolicy policy) {
        // without a sales plan, the plan is the customer's own run rate before the window
        int tenure = end - h.first();
        Double planned = null;
        if (tenure > 2 * PLAN_WINDOW_DAYS) {
            int earlier = h.daysBetween(h.first(), end - PLAN_WINDOW_DAYS);
            double rate = earlier / (double) (tenure - PLAN_WINDOW_DAYS);
            planned = earlier >= 3 ? rate * PLAN_WINDOW_DAYS : null;
        }
        int actual = h.daysBetween(end - PLAN_WINDOW_DAYS + 1, end);
        var before = context.previous();
        var credit = context.credit();
        var valley = context.valley();
        var input = new WarningInput(
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
                credit == null ? null : credit.limit(),
                credit == null ? 0 : credit.open(),
                credit == null ? 0 : credit.overdue(),
                valley == null ? null : valley.touchpoint(),
                valley == null ? null : valley.emotion(),
                valley == null ? null : valley.daysAgo());
        var plan = context.plan();
        var budget = context.budget();
        input = input.withPlanAndBudget(
                plan == null ? null : plan.planned(),
                plan == null ? 0 : plan.actual(),
                budget == null ? null : budget.budget(),
                budget == null ? 0 : budget.spent());
        return EarlyWarnings.evaluate(input, policy);
    }

    /**
     * The warning thresholds of a run: the library's defaults with the run's days without a purchase
     * per tier.
     *
     * @param settings the run's settings
     * @return the policy
     */
    public static WarningPolicy policy(ValueSettings settings) {
        var d = WarningPolicy.DEFAULTS;
        return new WarningPolicy(
                d.churnMaxRecencyScore(),
                d.churnMinValueScore(),
                d.pAliveBelow(),
                d.pAliveDrop(),
                settings.noPurchaseDays(),
                settings.noPurchaseDays().getOrDefault("NORMAL", 365),
                d.behindPlanShare(),
                d.valleyMaxEmotion(),
                d.valleyWithinDays());
    }

    /**
     * The loyalty indicators the data holds: repeat purchases and price sensitivity from the orders;
     * NPS, attitude to competitors and share of wallet from the latest survey answers; incident tolerance
     * from complaints — a complaint counts once decided: stayed when a purchase day follows it (up to
     * as-of), not stayed when {@value #COMPLAINT_DECIDED_DAYS} days have passed without one; younger
     * complaints without a later purchase are left out.
     *
     * @param h the history
     * @param voice survey answers and complaints, or null
     * @param end the as-of day (epoch day)
     * @return the loyalty input
     */
    public static LoyaltyInput loyaltyInput(PurchaseHistory h, CustomerContext.Voice voice, int end) {
        var b = LoyaltyInput.builder().repeatPurchases(h.distinctDays() - 1).discountShare(h.discountShare());
        if (voice == null) {
            return b.build();
        }
        if (voice.nps() != null) {
            b.recommendation(voice.nps());
        }
        if (voice.competitorAttitude() != null) {
            b.competitorAttitude(voice.competitorAttitude());
        }
        if (voice.shareOfWallet() != null) {
            b.shareOfWallet(voice.shareOfWallet());
        }
        int complaints = 0;
        int stayed = 0;
        for (int day : voice.complaintDays()) {
            if (day > end) {
                continue;
            }
            boolean boughtAfter = false;
            for (int i = 0; i < h.distinctDays(); i++) {
                if (h.day(i) > day && h.day(i) <= end) {
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

    /**
     * A survey score on its question type's scale mapped to [0, 1]: NPS 0–10 → n ÷ 10, CSAT 1–5 → (n − 1)
     * ÷ 4, CES 1–7 → (7 − n) ÷ 6 (low effort is good), EMOTION 1–6 → (n − 1) ÷ 5; other types (and answers
     * off the scale) are not used.
     *
     * @param type the question type
     * @param n the answer
     * @return the unit score, or null
     */
    public static Double unitScore(String type, double n) {
        Double unit = switch (type == null ? "" : type) {
            case "NPS" -> n / 10;
            case "CSAT" -> (n - 1) / 4;
            case "CES" -> (7 - n) / 6;
            case "EMOTION" -> (n - 1) / 5;
            default -> null;
        };
        return unit == null || !(unit >= 0 && unit <= 1) ? null : unit;
    }
}
