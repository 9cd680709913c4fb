package dev.touchpoint.analytics.crosssell.action;

import dev.touchpoint.analytics.crosssell.need.HistoryEntry;
import dev.touchpoint.analytics.crosssell.need.OdometerReading;
import java.util.List;

/**
 * What the next best actions of one customer are computed from.
 *
 * @param purchases the products bought, any order
 * @param history purchases, stages and services as need-rule history
 * @param readings odometer readings
 * @param pAlive probability alive from the value engine (1 when unknown)
 * @param clv the customer's lifetime value from the value engine (0 when unknown)
 * @param openWarnings the codes of the customer's open early warnings
 * @param tierPrompt the value engine's tier prompt (e.g. {@code UPGRADE}), or null
 */
public record CustomerState(
        List<Purchase> purchases,
        List<HistoryEntry> history,
        List<OdometerReading> readings,
        double pAlive,
        double clv,
        List<String> openWarnings,
        String tierPrompt) {

    public CustomerState {
        purchases = List.copyOf(purchases);
        history = List.copyOf(history);
        readings = List.copyOf(readings);
        openWarnings = List.copyOf(openWarnings);
    }
}
