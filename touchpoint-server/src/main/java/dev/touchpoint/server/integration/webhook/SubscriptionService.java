package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutboundEventType;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.StateConflictException;
import dev.touchpoint.server.platform.VersionConflictException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, pausing and deleting subscriptions, reading their delivery logs, resending and
 * pinging — for administrators. Every change is audited (never with the URL's key or a secret).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SubscriptionService {

    private static final int MAX_SECRET = 200;

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final TargetPolicy policy;
    private final SecretBox secrets;
    private final OutboxWriter outbox;
    private final IdentityApi identity;
    private final AuditLog audit;

    SubscriptionService(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            TargetPolicy policy,
            SecretBox secrets,
            OutboxWriter outbox,
            IdentityApi identity,
            AuditLog audit) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.policy = policy;
        this.secrets = secrets;
        this.outbox = outbox;
        this.identity = identity;
        this.audit = audit;
    }

    public List<SubscriptionView> list() {
        var counts = deliveries.counts();
        return subscriptions.list().stream()
                .map(s -> view(s, counts.getOrDefault(s.id(), Map.of())))
                .toList();
    }

    public SubscriptionView get(long id) {
        return view(require(id), deliveries.counts().getOrDefault(id, Map.of()));
    }

    @Transactional
    public CreatedSubscription create(SubscriptionRequest request) {
        var kind = kind(request.kind());
        var values = validate(request, kind, null);
        String secret = kind == Kind.WEBHOOK ? StandardWebhooks.newSecret() : blank(request.signingSecret());
        long id = subscriptions.insert(values, secret == null ? null : secrets.seal(secret), CurrentUsers.actorName());
        outbox.invalidate();
        audit.record(AuditLog.Action.CREATE, "webhook_subscription", id, values.name(), details(values));
        return new CreatedSubscription(get(id), kind == Kind.WEBHOOK ? secret : null);
    }

    @Transactional
    public SubscriptionView update(long id, SubscriptionRequest request) {
        var current = require(id);
        if (request.version() == null) {
            throw InvalidInputException.of("version", "required", "send the version you read");
        }
        var kind = request.kind() == null ? current.kind() : kind(request.kind());
        if (kind != current.kind()) {
            throw InvalidInputException.of("kind", "unchanged", "the kind of a subscription cannot change");
        }
        var values = validate(request, kind, current);
        if (subscriptions.update(id, request.version(), values) == 0) {
            throw new VersionConflictException("webhook subscription", id, current.version(), false);
        }
        var secret = blank(request.signingSecret());
        if (secret != null && kind != Kind.WEBHOOK) {
            subscriptions.setSecret(id, secrets.seal(secret));
        }
        outbox.invalidate();
        var details = details(values);
        details.put("urlChanged", blank(request.url()) != null);
        audit.record(AuditLog.Action.UPDATE, "webhook_subscription", id, values.name(), details);
        return get(id);
    }

    /** Pauses (nothing new is queued, queued deliveries wait) or resumes a subscription. */
    @Transactional
    public SubscriptionView setActive(long id, boolean active) {
        var s = require(id);
        var values = valuesOf(s, active);
        subscriptions.update(id, s.version(), values);
        outbox.invalidate();
        audit.record(AuditLog.Action.UPDATE, "webhook_subscription", id, s.name() + (active ? " resumed" : " paused"));
        return get(id);
    }

    /** A new webhook signing secret; the old one stops working at once. */
    @Transactional
    public CreatedSubscription rotateSecret(long id) {
        var s = require(id);
        if (s.kind() != Kind.WEBHOOK) {
            throw InvalidInputException.of(
                    "kind", "webhook", "only webhooks have a generated secret; change a robot's secret in its form");
        }
        var secret = StandardWebhooks.newSecret();
        subscriptions.setSecret(id, secrets.seal(secret));
        audit.record(AuditLog.Action.UPDATE, "webhook_subscription", id, s.name() + " secret rotated");
        return new CreatedSubscription(get(id), secret);
    }

    @Transactional
    public void delete(long id) {
        var s = require(id);
        subscriptions.delete(id);
        outbox.invalidate();
        audit.record(AuditLog.Action.DELETE, "webhook_subscription", id, s.name());
    }

    /** Queues a {@code webhook.ping} to check the receiver. */
    @Transactional
    public void ping(long id) {
        var s = require(id);
        if (!s.active()) {
            throw new StateConflictException("status", "the subscription is paused; resume it first");
        }
        outbox.ping(s, CurrentUsers.actorName());
        audit.record(AuditLog.Action.UPDATE, "webhook_subscription", id, s.name() + " test message");
    }

    /** For the demo loader only: two paused example subscriptions, stored without resolving their hosts. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void loadDemoUnchecked(long adminId, Long pudongTeamId, Long pudongManagerId) {
        var dms = java.net.URI.create("https://dms.xingtu-auto.example/touchpoint/webhooks");
        subscriptions.insert(
                new SubscriptionRepository.Values(
                        "星途 DMS 订单接口 / DMS order feed",
                        Kind.WEBHOOK,
                        secrets.seal(dms.toString()),
                        TargetPolicy.display(dms),
                        List.of(
                                OutboundEventType.CUSTOMER_CREATED,
                                OutboundEventType.CUSTOMER_CHANGED,
                                OutboundEventType.ORDER_CREATED,
                                OutboundEventType.ORDER_STAGE_CHANGED,
                                OutboundEventType.PAYMENT_RECEIVED),
                        List.of(),
                        "zh-CN",
                        null,
                        null,
                        null,
                        adminId,
                        false),
                secrets.seal(StandardWebhooks.newSecret()),
                "demo");
        var robot =
                java.net.URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=replace-with-your-robot-key");
        subscriptions.insert(
                new SubscriptionRepository.Values(
                        "浦东4S店企业微信群 / Pudong store WeCom group",
                        Kind.WECOM,
                        secrets.seal(robot.toString()),
                        TargetPolicy.display(robot),
                        List.of(
                                OutboundEventType.WARNING_RAISED,
                                OutboundEventType.SLA_BREACH_IMMINENT,
                                OutboundEventType.SLA_BREACHED,
                                OutboundEventType.LEAD_ASSIGNED),
                        List.of("VIP", "KEY"),
                        "zh-CN",
                        pudongTeamId,
                        LocalTime.of(21, 0),
                        LocalTime.of(8, 0),
                        pudongManagerId == null ? adminId : pudongManagerId,
                        false),
                null,
                "demo");
        outbox.invalidate();
    }

    public PageResult<DeliveryView> deliveries(long id, String status, PageRequest page) {
        require(id);
        var wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !List.of("PENDING", "DELIVERED", "DEAD").contains(wanted)) {
            throw InvalidInputException.of("status", "oneOf", "status must be PENDING, DELIVERED or DEAD");
        }
        return deliveries.list(id, wanted, page).map(d -> view(d, null));
    }

    public DeliveryView delivery(long id, long deliveryId) {
        require(id);
        var d = deliveries.find(id, deliveryId).orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        return view(d, deliveries.attempts(deliveryId));
    }

    /** Sends a delivered or dead-lettered message again, with the same {@code webhook-id}. */
    @Transactional
    public DeliveryView resend(long id, long deliveryId) {
        var s = require(id);
        var d = deliveries.find(id, deliveryId).orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        if (deliveries.resend(id, deliveryId) == 0) {
            throw new StateConflictException("status", "the delivery is still pending; it will be retried by itself");
        }
        audit.record(
                AuditLog.Action.UPDATE, "webhook_delivery", deliveryId, "resend " + d.messageId() + " to " + s.name());
        outbox.wakeAfterCommit();
        return delivery(id, deliveryId);
    }

    private Subscription require(long id) {
        return subscriptions.find(id).orElseThrow(() -> new NotFoundException("webhook subscription", id));
    }

    private SubscriptionRepository.Values validate(SubscriptionRequest r, Kind kind, Subscription current) {
        var violations = new ArrayList<FieldViolation>();
        var name = blank(r.name());
        if (name == null) {
            violations.add(new FieldViolation("name", "required", "give the subscription a name"));
        } else if (name.length() > 200) {
            violations.add(new FieldViolation("name", "maxLength", "at most 200 characters"));
        }
        String urlSealed = current == null ? null : current.urlSealed();
        String urlDisplay = current == null ? null : current.urlDisplay();
        var url = blank(r.url());
        if (url == null && current == null) {
            violations.add(new FieldViolation("url", "required", "the URL to call is required"));
        } else if (url != null) {
            try {
                var uri = policy.check(kind, url);
                urlSealed = secrets.seal(uri.toString());
                urlDisplay = TargetPolicy.display(uri);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        var types = new ArrayList<OutboundEventType>();
        if (r.eventTypes() == null || r.eventTypes().isEmpty()) {
            violations.add(new FieldViolation("eventTypes", "required", "choose at least one event type"));
        } else {
            for (var code : r.eventTypes()) {
                var type = OutboundEventType.parse(code).filter(t -> t != OutboundEventType.PING);
                if (type.isEmpty()) {
                    violations.add(new FieldViolation("eventTypes", "oneOf", "unknown event type " + code));
                } else if (!types.contains(type.get())) {
                    types.add(type.get());
                }
            }
        }
        var tiers = r.tiers() == null
                ? List.<String>of()
                : r.tiers().stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
        var locale = blank(r.locale()) == null ? "zh-CN" : r.locale().strip();
        if (!locale.equals("zh-CN") && !locale.equals("en")) {
            violations.add(new FieldViolation("locale", "oneOf", "locale must be zh-CN or en"));
        }
        var from = time("quietFrom", r.quietFrom(), violations);
        var until = time("quietUntil", r.quietUntil(), violations);
        if ((from == null) != (until == null)) {
            violations.add(new FieldViolation(
                    from == null ? "quietFrom" : "quietUntil",
                    "pair",
                    "give both the start and the end of quiet hours"));
        } else if (from != null && from.equals(until)) {
            violations.add(
                    new FieldViolation("quietUntil", "different", "quiet hours must not start and end together"));
        }
        if (from != null && kind == Kind.WEBHOOK) {
            violations.add(new FieldViolation("quietFrom", "robotsOnly", "quiet hours apply to work-chat robots only"));
        }
        if (r.teamId() != null && identity.listTeams().stream().noneMatch(t -> t.id() == r.teamId())) {
            violations.add(new FieldViolation("teamId", "exists", "team " + r.teamId() + " does not exist"));
        }
        long ownerId = r.ownerId() != null
                ? r.ownerId()
                : current != null ? current.ownerId() : CurrentUsers.require().id();
        if (identity.findUser(ownerId).filter(u -> u.enabled()).isEmpty()) {
            violations.add(
                    new FieldViolation("ownerId", "exists", "user " + ownerId + " does not exist or is disabled"));
        }
        var secret = blank(r.signingSecret());
        if (secret != null && (kind == Kind.WEBHOOK || kind == Kind.WECOM)) {
            violations.add(new FieldViolation(
                    "signingSecret", "notApplicable", "only DingTalk and Feishu robots take a signing secret"));
        } else if (secret != null && secret.length() > MAX_SECRET) {
            violations.add(new FieldViolation("signingSecret", "maxLength", "at most " + MAX_SECRET + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean active = r.active() == null ? current == null || current.active() : r.active();
        return new SubscriptionRepository.Values(
                name, kind, urlSealed, urlDisplay, types, tiers, locale, r.teamId(), from, until, ownerId, active);
    }

    private static SubscriptionRepository.Values valuesOf(Subscription s, boolean active) {
        return new SubscriptionRepository.Values(
                s.name(),
                s.kind(),
                s.urlSealed(),
                s.urlDisplay(),
                new ArrayList<>(s.eventTypes()),
                s.tiers(),
                s.locale(),
                s.teamId(),
                s.quietFrom(),
                s.quietUntil(),
                s.ownerId(),
                active);
    }

    private static Kind kind(String text) {
        if (text == null || text.isBlank()) {
            return Kind.WEBHOOK;
        }
        try {
            return Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "oneOf", "kind must be WEBHOOK, WECOM, DINGTALK or FEISHU");
        }
    }

    private static LocalTime time(String field, String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "format", "a time as HH:mm, e.g. 21:00"));
            return null;
        }
    }

    private SubscriptionView view(Subscription s, Map<String, Long> counts) {
        return new SubscriptionView(
                s.id(),
                s.name(),
                s.kind().name(),
                s.urlDisplay(),
                s.eventTypes().stream().map(OutboundEventType::code).toList(),
                s.tiers(),
                s.locale(),
                s.teamId(),
                s.quietFrom() == null ? null : s.quietFrom().toString(),
                s.quietUntil() == null ? null : s.quietUntil().toString(),
                s.ownerId(),
                identity.findUser(s.ownerId()).map(u -> u.displayName()).orElse("#" + s.ownerId()),
                s.active() ? "ACTIVE" : "PAUSED",
                s.secretSealed() != null,
                counts.getOrDefault("PENDING", 0L),
                counts.getOrDefault("DELIVERED", 0L),
                counts.getOrDefault("DEAD", 0L),
                s.createdAt(),
                s.createdBy(),
                s.updatedAt(),
                s.version());
    }

    private static DeliveryView view(Delivery d, List<Attempt> attempts) {
        return new DeliveryView(
                d.id(),
                d.messageId(),
                d.eventType(),
                d.status(),
                d.attempts(),
                d.status().equals("PENDING") ? d.nextAttemptAt() : null,
                d.lastAttemptAt(),
                d.lastStatus(),
                d.lastError(),
                d.lastMillis(),
                d.deliveredAt(),
                d.createdAt(),
                attempts == null ? null : d.payload(),
                attempts);
    }

    private static Map<String, Object> details(SubscriptionRepository.Values v) {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", v.kind().name());
        m.put("url", v.urlDisplay());
        m.put("eventTypes", v.eventTypes().stream().map(OutboundEventType::code).toList());
        m.put("tiers", v.tiers());
        m.put("ownerId", v.ownerId());
        m.put("active", v.active());
        return m;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
