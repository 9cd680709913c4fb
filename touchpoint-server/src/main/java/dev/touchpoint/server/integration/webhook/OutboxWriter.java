package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.OutboundEvent;
import dev.touchpoint.server.platform.OutboundEventType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;

/**
 * The outbox's writing side: a synchronous listener, so it runs inside the transaction of the change
 * that published the event. For every active subscription that wants the event type, whose owner may
 * see the record and whose tier filter it passes, it stores one delivery; the dispatcher is woken
 * after the commit. Nobody subscribed: nothing is written (a map lookup is all it costs).
 */
@Component
class OutboxWriter {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final CustomerApi customers;
    private final IdentityApi identity;
    private final ObjectMapper json;
    private final IntegrationProperties properties;
    private final Dispatcher dispatcher;
    private final AtomicReference<Cached> active = new AtomicReference<>();

    /**
     * The active subscriptions and their owners (as the record-scope check sees them) as read at
     * {@code at}; re-read after changes and every few seconds.
     */
    private record Cached(List<Subscription> subscriptions, Map<Long, Optional<CurrentUser>> owners, long at) {}

    private static final long CACHE_NANOS = 5_000_000_000L;

    OutboxWriter(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            CustomerApi customers,
            IdentityApi identity,
            ObjectMapper json,
            IntegrationProperties properties,
            Dispatcher dispatcher) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.customers = customers;
        this.identity = identity;
        this.json = json;
        this.properties = properties;
        this.dispatcher = dispatcher;
    }

    @EventListener
    void on(OutboundEvent event) {
        var cached = cached();
        var wanting = cached.subscriptions().stream()
                .filter(s -> s.wants(event.type()))
                .toList();
        if (wanting.isEmpty()) {
            return;
        }
        var owners = cached.owners();
        Optional<CustomerRef> customer = null; // read only when a scope or tier check needs it
        String payload = null;
        for (var s : wanting) {
            var owner = owners.getOrDefault(s.ownerId(), Optional.empty());
            if (owner.isEmpty()) {
                continue;
            }
            boolean needsCustomer = event.customerId() != null
                    && (!owner.get().seesAll() || !s.tiers().isEmpty());
            if (needsCustomer && customer == null) {
                customer = customers.findUnchecked(event.customerId());
            }
            if (needsCustomer && (!visible(event, customer, owner.get()) || !tierMatches(s, customer))) {
                continue;
            }
            if (event.customerId() == null && !visible(event, Optional.empty(), owner.get())) {
                continue;
            }
            if (payload == null) {
                payload = payload(event);
            }
            write(s, event.type().code(), orderKey(event), payload, event.occurredAt());
        }
    }

    /** Queues a {@code webhook.ping} for one subscription, due now (quiet hours aside). */
    void ping(Subscription s, String actor) {
        var data = new LinkedHashMap<String, Object>();
        data.put("subscriptionId", s.id());
        data.put("requestedBy", actor);
        var event = new OutboundEvent(
                OutboundEventType.PING, "subscription", String.valueOf(s.id()), null, null, null, Instant.now(), data);
        write(s, event.type().code(), "ping", payload(event), event.occurredAt());
    }

    /** Forgets the cached subscriptions after a change (in this transaction and after it). */
    void invalidate() {
        active.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    active.set(null);
                }
            });
        }
    }

    private void write(Subscription s, String type, String orderKey, String payload, Instant occurredAt) {
        deliveries.insert(
                s.id(),
                "msg_" + UUID.randomUUID().toString().replace("-", ""),
                type,
                orderKey,
                payload,
                occurredAt,
                notQuiet(s, Instant.now()));
        wakeAfterCommit();
    }

    /** Wakes the dispatcher once this transaction committed (at once without one). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake();
                }
            });
        } else {
            dispatcher.wake();
        }
    }

    /** {@code at}, or the end of the subscription's quiet hours when {@code at} falls inside them. */
    Instant notQuiet(Subscription s, Instant at) {
        if (s.quietFrom() == null) {
            return at;
        }
        var local = ZonedDateTime.ofInstant(at, properties.timeZone());
        if (!s.quietAt(local.toLocalTime())) {
            return at;
        }
        var end = LocalDateTime.of(local.toLocalDate(), s.quietUntil());
        if (!end.isAfter(local.toLocalDateTime())) {
            end = end.plusDays(1);
        }
        return end.atZone(properties.timeZone()).toInstant();
    }

    private Cached cached() {
        var cached = active.get();
        if (cached == null || System.nanoTime() - cached.at() > CACHE_NANOS) {
            // other servers sharing the database may have changed them
            var list =
                    subscriptions.list().stream().filter(Subscription::active).toList();
            var owners = new HashMap<Long, Optional<CurrentUser>>();
            list.forEach(s -> owners.computeIfAbsent(s.ownerId(), this::userOf));
            cached = new Cached(list, owners, System.nanoTime());
            active.set(cached);
        }
        return cached;
    }

    private Optional<CurrentUser> userOf(long id) {
        return identity.findUser(id)
                .filter(u -> u.enabled())
                .map(u -> new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.teamIds()));
    }

    private static boolean visible(OutboundEvent e, Optional<CustomerRef> customer, CurrentUser owner) {
        if (e.customerId() != null) {
            return customer.map(c -> owner.canSee(c.ownerId(), c.teamId())).orElse(owner.seesAll());
        }
        if (e.ownerId() != null || e.teamId() != null || "lead".equals(e.subject())) {
            return owner.canSee(e.ownerId(), e.teamId());
        }
        return true; // about the whole book (a value run): no personal data
    }

    private static boolean tierMatches(Subscription s, Optional<CustomerRef> customer) {
        return s.tiers().isEmpty()
                || customer.map(c -> c.tier() != null && s.tiers().contains(c.tier()))
                        .orElse(false);
    }

    private static String orderKey(OutboundEvent e) {
        return e.customerId() != null ? "customer:" + e.customerId() : e.subject() + ":" + e.subjectId();
    }

    private String payload(OutboundEvent e) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", e.type().code());
        body.put("timestamp", e.occurredAt().toString());
        var data = new LinkedHashMap<String, Object>();
        data.put(e.subject() + "Id", idValue(e.subjectId()));
        data.putAll(e.data());
        body.put("data", data);
        return json.writeValueAsString(body);
    }

    private static Object idValue(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notNumeric) {
            return id;
        }
    }
}
