package dev.touchpoint.server.insight;

import java.util.Arrays;

/**
 * One customer's purchases gathered from the stream: days (epoch days) and amounts, merged per day on
 * {@link #finish()}. Arrays, not objects, so a million orders fit in a few tens of megabytes.
 */
final class CustomerHistory {

    final long customerId;
    int[] days = new int[4];
    double[] revenue = new double[4];
    int orders;
    double grossProfit;
    double discount;
    double listValue;
    int distinctDays;

    CustomerHistory(long customerId) {
        this.customerId = customerId;
    }

    void add(int day, double orderRevenue, double orderGrossProfit, double orderDiscount) {
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

    /** Sorts by day and merges same-day purchases (amounts summed), as BG/NBD expects. */
    void finish() {
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
    }

    int first() {
        return days[0];
    }

    int last() {
        return days[distinctDays - 1];
    }

    /** Distinct purchase days in {@code [from, to]}. */
    int daysBetween(int from, int to) {
        int count = 0;
        for (int i = 0; i < distinctDays; i++) {
            if (days[i] >= from && days[i] <= to) {
                count++;
            }
        }
        return count;
    }

    double revenueBetween(int from, int to) {
        double sum = 0;
        for (int i = 0; i < distinctDays; i++) {
            if (days[i] >= from && days[i] <= to) {
                sum += revenue[i];
            }
        }
        return sum;
    }

    double discountShare() {
        return listValue <= 0 ? 0 : Math.min(1, Math.max(0, discount / listValue));
    }
}
