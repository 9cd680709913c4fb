package dev.touchpoint.server.customer;

import java.time.Instant;

/**
 * A historical consent record, for bulk loading.
 *
 * @param channel PHONE, SMS, WECHAT or EMAIL
 * @param method how it was given or withdrawn, e.g. "signed at the store"
 */
public record NewConsent(
        long customerId, ConsentChannel channel, boolean granted, Instant at, String method, String recordedBy) {}
