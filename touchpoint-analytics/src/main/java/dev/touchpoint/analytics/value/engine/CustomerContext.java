package dev.touchpoint.analytics.value.engine;

import java.util.Objects;

/**
 * What the value engine knows of a customer besides the purchases: the tier, the previous run's
 * values, and whatever the other records hold (each may be null when there is none).
 *
 * @param tier the customer's tier code
 * @param previous the previous run's values
 * @param credit receivables against the credit limit
 * @param valley the lowest-emotion touchpoint in the recent window
 * @param voice survey answers and complaints
 * @param plan a sales plan's revenue against the actual in the plan window
 * @param budget this year's sales-expense budget against what was spent
 */
public record CustomerContext(
        String tier, Previous previous, Credit credit, Valley valley, Voice voice, Plan plan, Budget budget) {

    /** Validates the context. */
    public CustomerContext {
        Objects.requireNonNull(tier, "tier");
    }

    /**
     * A context with the tier only.
     *
     * @param tier the tier code
     * @return the context
     */
    public static CustomerContext of(String tier) {
        return new CustomerContext(tier, null, null, null, null, null, null);
    }

    /** The previous run's values of a customer, to compare with. */
    public record Previous(double pAlive, int recencyScore, String stage) {}

    /** Receivables against the credit limit ({@code limit} null: no limit). */
    public record Credit(Double limit, double open, double overdue) {}

    /** The valley: touchpoint, emotion (1–6) and days since. */
    public record Valley(String touchpoint, int emotion, long daysAgo) {}

    /**
     * Survey answers and complaints of a customer.
     *
     * @param nps latest 0–10 recommendation, or null
     * @param competitorAttitude latest 1–5 attitude to competitors, or null
     * @param shareOfWallet latest share of wallet in [0, 1], or null
     * @param complaintDays the days (epoch days) on which the customer complained
     */
    public record Voice(Double nps, Double competitorAttitude, Double shareOfWallet, int[] complaintDays) {
        /** Copies the days. */
        public Voice {
            complaintDays = complaintDays == null ? new int[0] : complaintDays.clone();
        }
    }

    /** A sales plan's revenue (null: none) and the actual revenue of its months. */
    public record Plan(Double planned, double actual) {}

    /** The year's sales-expense budget (null: none) and what was spent. */
    public record Budget(Double budget, double spent) {}
}
