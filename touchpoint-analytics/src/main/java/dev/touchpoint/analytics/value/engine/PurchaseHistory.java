package dev.touchpoint.analytics.value.engine;

import java.util.Arrays;

/**
 * One customer's purchases: days (epoch days) and amounts, merged per day by {@link #finish()}. Arrays,
 * not objects, so a million orders fit in a few tens of megabytes. Fill it with {@link #add}, then call
 * {@link #finish()} once before reading it.
 */
public final class PurchaseHistory {

    private final long customerId;
    private int[] days = new int[4];
    private double[] revenue = new double[4];
    private int orders;
    private double grossProfit;
    private double discount;
    private double listValue;
    private int distinctDays;

    /**
     * Starts an empty history.
     *
     * @param customerId the customer
     */
    public PurchaseHistory(long customerId) {
        this.customerId = customerId;
    }

    /**
     * Adds one order.
     *
     * @param day the order's day (epoch day)
     * @param orderRevenue its revenue, net of returns, not negative
     * @param orderGrossProfit its gross profit (may be negative)
     * @param orderDiscount the discount given on it, not negative
     */
    public void add(int day, double orderRevenue, double orderGrossProfit, double orderDiscount) {
        if (orders == days.length) {
            days = Arrays.copyOf(days, orders * 2);
            revenue = Arrays.copyOf(revenue, orders * 2);
        }
        days[orders] = day;
        revenue[orders] = orderRevenue;
        orders++;
        grossProfit += orderGrossProfit;
        discount += orderDiscount;
        listValue += orderRevenue + orderDiscount;
    }

    /**
     * Sorts by day and merges same-day purchases (amounts summed), as BG/NBD expects.
     *
     * @return this history
     */
    public PurchaseHistory finish() {
        int n = orders;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) days[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] d = new int[n];
        double[] r = new double[n];
        int k = -1;
        for (long p : packed) {
            int day = (int) (p >> 32);
            int i = (int) p;
            if (k >= 0 && d[k] == day) {
                r[k] += revenue[i];
            } else {
                d[++k] = day;
                r[k] = revenue[i];
            }
        }
        distinctDays = k + 1;
        days = d;
        revenue = r;
        return this;
    }

    /** @return the customer */
    public long customerId() {
        return customerId;
    }

    /** @return the number of distinct purchase days */
    public int distinctDays() {
        return distinctDays;
    }

    /**
     * @param i 0-based index of a purchase day, in day order
     * @return that day (epoch day)
     */
    public int day(int i) {
        return days[i];
    }

    /**
     * @param i 0-based index of a purchase day, in day order
     * @return the revenue of that day
     */
    public double revenue(int i) {
        return revenue[i];
    }

    /** @return the gross profit of all orders */
    public double grossProfit() {
        return grossProfit;
    }

    /** @return the first purchase day */
    public int first() {
        return days[0];
    }

    /** @return the last purchase day */
    public int last() {
        return days[distinctDays - 1];
    }

    /**
     * @param from first day (inclusive)
     * @param to last day (inclusive)
     * @return distinct purchase days in {@code [from, to]}
     */
    public int daysBetween(int from, int to) {
        int count = 0;
        for (int i = 0; i < distinctDays; i++) {
            if (days[i] >= from && days[i] <= to) {
                count++;
            }
        }
        return count;
    }

    /**
     * @param from first day (inclusive)
     * @param to last day (inclusive)
     * @return the revenue of the purchase days in {@code [from, to]}
     */
    public double revenueBetween(int from, int to) {
        double sum = 0;
        for (int i = 0; i < distinctDays; i++) {
            if (days[i] >= from && days[i] <= to) {
                sum += revenue[i];
            }
        }
        return sum;
    }

    /** @return discount ÷ list value (revenue + discount), in [0, 1] */
    public double discountShare() {
        return listValue <= 0 ? 0 : Math.min(1, Math.max(0, discount / listValue));
    }
}
