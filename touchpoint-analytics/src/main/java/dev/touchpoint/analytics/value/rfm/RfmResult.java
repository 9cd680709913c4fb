package dev.touchpoint.analytics.value.rfm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of an RFM analysis.
 *
 * @param asOf the date recency is measured to
 * @param options the options used
 * @param recencyThreshold the R threshold in days (high R is below it)
 * @param frequencyThreshold the F threshold (high F is above it)
 * @param monetaryThreshold the M threshold (high M is above it)
 * @param customers one entry per customer, in order of first appearance in the input
 */
public record RfmResult(
        LocalDate asOf,
        RfmOptions options,
        double recencyThreshold,
        double frequencyThreshold,
        double monetaryThreshold,
        List<RfmCustomer> customers) {

    /** Validates and copies. */
    public RfmResult {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        customers = List.copyOf(customers);
    }
}
