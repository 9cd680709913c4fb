package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.OutboundEventType;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The short markdown message a work-chat robot posts for an event, in the subscription's language:
 * a bold title, one line saying what happened with names instead of ids (stages, rules, tiers and
 * channels in words, money in ¥ with separators, times in the business's time zone) and a link to the
 * record when {@code touchpoint.integration.public-url} is set.
 */
@Component
class ChatMessages {

    /** A rendered message. */
    record Message(String title, String markdown) {}

    private final MessageSource messages;
    private final CustomerApi customers;
    private final IdentityApi identity;
    private final IntegrationProperties properties;
    private final ObjectMapper json;

    ChatMessages(
            MessageSource messages,
            CustomerApi customers,
            IdentityApi identity,
            IntegrationProperties properties,
            ObjectMapper json) {
        this.messages = messages;
        this.customers = customers;
        this.identity = identity;
        this.properties = properties;
        this.json = json;
    }

    Message render(Subscription s, Delivery d) {
        var locale = Locale.forLanguageTag(s.locale());
        var type = OutboundEventType.parse(d.eventType()).orElse(OutboundEventType.PING);
        @SuppressWarnings("unchecked")
        var body = (Map<String, Object>) json.readValue(d.payload(), Map.class);
        @SuppressWarnings("unchecked")
        var data = (Map<String, Object>) body.getOrDefault("data", Map.of());
        var title = text(locale, "integration.event." + type.key());
        var line = messages.getMessage("integration.chat." + type.key(), args(type, data, locale), locale);
        var markdown =
                new StringBuilder("**").append(escape(title)).append("**\n\n").append(line);
        markdown.append("\n\n")
                .append(text(locale, "integration.chat.at"))
                .append(' ')
                .append(time(d.occurredAt()));
        var link = link(type, data);
        if (link != null) {
            markdown.append(" · [")
                    .append(text(locale, "integration.chat.open"))
                    .append("](")
                    .append(link)
                    .append(')');
        }
        return new Message(title, markdown.toString());
    }

    private Object[] args(OutboundEventType type, Map<String, Object> d, Locale locale) {
        var customer = customerName(d);
        return switch (type) {
            case CUSTOMER_CREATED -> new Object[] {customer};
            case CUSTOMER_CHANGED -> new Object[] {customer, String.join(", ", strings(d.get("changed")))};
            case CUSTOMER_MERGED -> new Object[] {customer, d.get("mergedId")};
            case CONSENT_CHANGED ->
                new Object[] {
                    customer,
                    text(locale, "customer.consent.channel." + d.get("channel")),
                    text(
                            locale,
                            Boolean.TRUE.equals(d.get("granted"))
                                    ? "integration.chat.granted"
                                    : "integration.chat.withdrawn")
                };
            case ORDER_CREATED ->
                new Object[] {customer, str(d.get("orderRef"), d.get("orderId")), money(d.get("revenue"))};
            case ORDER_STAGE_CHANGED ->
                new Object[] {
                    customer,
                    str(d.get("orderRef"), d.get("orderId")),
                    text(locale, "commerce.stage." + d.get("from")),
                    text(locale, "commerce.stage." + d.get("to"))
                };
            case PAYMENT_RECEIVED -> new Object[] {customer, money(d.get("amount")), str(d.get("orderId"), "")};
            case LEAD_CREATED ->
                new Object[] {escape(str(d.get("name"), "")), text(locale, "sales.source." + d.get("source"))};
            case LEAD_ASSIGNED -> new Object[] {escape(str(d.get("name"), "")), userName(d.get("ownerId"))};
            case LEAD_CONVERTED -> new Object[] {escape(str(d.get("name"), "")), customer};
            case LEAD_LOST -> new Object[] {escape(str(d.get("name"), ""))};
            case OPPORTUNITY_STAGE_MOVED ->
                new Object[] {
                    escape(str(d.get("name"), "")),
                    customer,
                    text(locale, "sales.stage.short." + d.get("from")),
                    text(locale, "sales.stage.short." + d.get("to"))
                };
            case TICKET_CREATED ->
                new Object[] {
                    customer, escape(str(d.get("subject"), "")), text(locale, "service.priority." + d.get("priority"))
                };
            case TICKET_SOLVED -> new Object[] {customer, escape(str(d.get("subject"), ""))};
            case SLA_BREACH_IMMINENT ->
                new Object[] {
                    customer,
                    escape(str(d.get("subject"), "")),
                    text(locale, "integration.target." + d.get("target")),
                    d.get("dueAt") == null ? "?" : time(Instant.parse(String.valueOf(d.get("dueAt")))),
                    d.get("minutesLeft") == null ? "?" : d.get("minutesLeft")
                };
            case SLA_BREACHED ->
                new Object[] {
                    customer, escape(str(d.get("subject"), "")), text(locale, "integration.target." + d.get("target"))
                };
            case WARNING_RAISED ->
                new Object[] {customer, tierName(d.get("tier"), locale), text(locale, "insight.rule." + d.get("rule"))};
            case WARNING_CLOSED -> new Object[] {customer, text(locale, "insight.rule." + d.get("rule"))};
            case NEXT_ACTION_ACCEPTED ->
                new Object[] {
                    customer,
                    text(locale, "crosssell.kind." + d.get("kind")),
                    escape(str(d.get("offer"), "")),
                    userName(d.get("byUserId"))
                };
            case VALUE_RUN_DONE ->
                new Object[] {d.get("asOf"), number(d.get("customers"), locale), number(d.get("newWarnings"), locale)};
            case PING -> new Object[] {escape(str(d.get("requestedBy"), ""))};
        };
    }

    private String link(OutboundEventType type, Map<String, Object> d) {
        if (properties.publicUrl().isEmpty()) {
            return null;
        }
        var base = properties.publicUrl();
        return switch (type) {
            case LEAD_CREATED, LEAD_ASSIGNED, LEAD_LOST -> base + "/sales/leads/" + d.get("leadId");
            case OPPORTUNITY_STAGE_MOVED -> base + "/sales/opportunities/" + d.get("opportunityId");
            case TICKET_CREATED, TICKET_SOLVED, SLA_BREACH_IMMINENT, SLA_BREACHED ->
                base + "/service/tickets/" + d.get("ticketId");
            case WARNING_RAISED, WARNING_CLOSED -> base + "/value/warnings/" + d.get("warningId");
            case VALUE_RUN_DONE -> base + "/value";
            case PING -> null;
            default -> d.get("customerId") == null ? null : base + "/customers/" + d.get("customerId");
        };
    }

    private String customerName(Map<String, Object> d) {
        if (!(d.get("customerId") instanceof Number id)) {
            return "";
        }
        var name = customers.names(List.of(id.longValue())).get(id.longValue());
        return escape(name == null ? "#" + id : name);
    }

    private String userName(Object id) {
        if (!(id instanceof Number n)) {
            return "";
        }
        return escape(identity.findUser(n.longValue()).map(u -> u.displayName()).orElse("#" + n));
    }

    private String tierName(Object tier, Locale locale) {
        if (tier == null) {
            return "";
        }
        return customers.tierNames(locale).getOrDefault(String.valueOf(tier), String.valueOf(tier));
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(ZonedDateTime.ofInstant(at, properties.timeZone()));
    }

    private static String money(Object amount) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return "¥" + format.format(new BigDecimal(String.valueOf(amount)));
    }

    private static String number(Object n, Locale locale) {
        return n instanceof Number v ? NumberFormat.getIntegerInstance(locale).format(v) : String.valueOf(n);
    }

    private static String str(Object value, Object fallback) {
        return value == null ? String.valueOf(fallback) : String.valueOf(value);
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** Markdown that a name cannot break: no links, emphasis or headings injected. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]()#<>|~])", "\\\\$1").replace("\n", " ");
    }
}
