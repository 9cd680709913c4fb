package dev.touchpoint.server.platform;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change other systems may hear of, published with Spring's {@code ApplicationEventPublisher}
 * <em>inside the transaction of the change</em>. The integration module records it in its outbox in
 * that same transaction (so it commits or rolls back with the change) and delivers it after commit.
 *
 * <p>{@code data} carries ids and the changed fields, never a whole record: subscribers get exactly
 * these fields, and only when the subscription's owner may see the record — the customer's owner and
 * team when {@code customerId} is set, else {@code ownerId}/{@code teamId} (a lead).
 *
 * @param type what happened
 * @param subject the kind of record ({@code order}, {@code lead} …)
 * @param subjectId its id
 * @param customerId the customer concerned, if any (scope, ordering, tier filters)
 * @param ownerId the record's owner when it has no customer
 * @param teamId the record's team when it has no customer
 * @param occurredAt when it happened
 * @param data the documented payload fields
 */
public record OutboundEvent(
        OutboundEventType type,
        String subject,
        String subjectId,
        Long customerId,
        Long ownerId,
        Long teamId,
        Instant occurredAt,
        Map<String, Object> data) {

    public OutboundEvent {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** An event about a customer's record (order, ticket, warning …); {@code keyValues} are name, value pairs. */
    public static OutboundEvent ofCustomer(
            OutboundEventType type, String subject, Object subjectId, long customerId, Object... keyValues) {
        var data = pairs(keyValues);
        data.putIfAbsent("customerId", customerId);
        return new OutboundEvent(
                type,
                subject,
                String.valueOf(subjectId),
                customerId,
                null,
                null,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                data);
    }

    /** An event about a record without a customer (a lead), scoped by its owner and team. */
    public static OutboundEvent ofOwned(
            OutboundEventType type, String subject, Object subjectId, Long ownerId, Long teamId, Object... keyValues) {
        return new OutboundEvent(
                type,
                subject,
                String.valueOf(subjectId),
                null,
                ownerId,
                teamId,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                pairs(keyValues));
    }

    /** An event about the whole book (a value run), visible to every subscriber. */
    public static OutboundEvent ofBook(OutboundEventType type, String subject, Object subjectId, Object... keyValues) {
        return new OutboundEvent(
                type,
                subject,
                String.valueOf(subjectId),
                null,
                null,
                null,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                pairs(keyValues));
    }

    private static Map<String, Object> pairs(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("name, value pairs expected");
        }
        var data = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                data.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return data;
    }
}
