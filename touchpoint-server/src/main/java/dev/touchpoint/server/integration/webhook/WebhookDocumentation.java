package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.platform.OutboundEventType;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's {@code webhooks}: one entry per event type with its signed headers and the
 * payload's {@code data} fields — what a receiver implements against.
 */
@Configuration(proxyBeanMethods = false)
class WebhookDocumentation {

    private static final String CUSTOMER = "customerId:integer:the customer concerned";

    /** Each event's data fields as name:type:description (besides {@code <subject>Id}). */
    static final Map<OutboundEventType, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put(
                OutboundEventType.CUSTOMER_CREATED,
                List.of(
                        CUSTOMER,
                        "kind:string:PERSON or ORGANISATION",
                        "tier:string:tier code",
                        "source:string:where the customer came from",
                        "ownerId:integer:owning user",
                        "teamId:integer:owning team"));
        FIELDS.put(
                OutboundEventType.CUSTOMER_CHANGED,
                List.of(
                        CUSTOMER,
                        "changed:array:names of the changed fields (fetch the record for values)",
                        "tier:string:tier code now",
                        "ownerId:integer:owning user now",
                        "teamId:integer:owning team now",
                        "version:integer:the record's version"));
        FIELDS.put(
                OutboundEventType.CUSTOMER_MERGED,
                List.of(
                        "customerId:integer:the surviving customer",
                        "mergedId:integer:the duplicate merged into it (now gone)"));
        FIELDS.put(
                OutboundEventType.CONSENT_CHANGED,
                List.of(
                        CUSTOMER,
                        "channel:string:PHONE, SMS, WECHAT or EMAIL",
                        "granted:boolean:granted (true) or withdrawn",
                        "at:string:when (ISO 8601)"));
        FIELDS.put(
                OutboundEventType.ORDER_CREATED,
                List.of(
                        CUSTOMER,
                        "orderRef:string:the order's reference",
                        "orderDate:string:order date",
                        "stage:string:its stage",
                        "revenue:number:revenue in CNY",
                        "lines:integer:number of lines",
                        "teamId:integer:selling team",
                        "salesRepId:integer:sales rep"));
        FIELDS.put(
                OutboundEventType.ORDER_STAGE_CHANGED,
                List.of(
                        CUSTOMER,
                        "orderRef:string:the order's reference",
                        "from:string:previous stage",
                        "to:string:new stage",
                        "at:string:when"));
        FIELDS.put(
                OutboundEventType.PAYMENT_RECEIVED,
                List.of(
                        CUSTOMER,
                        "receivableId:integer:the receivable paid into",
                        "orderId:integer:its order",
                        "amount:number:amount in CNY",
                        "paidOn:string:payment date",
                        "method:string:payment method, if given"));
        FIELDS.put(
                OutboundEventType.LEAD_CREATED,
                List.of(
                        "name:string:the lead's name",
                        "ownerId:integer:owner, if assigned",
                        "teamId:integer:team",
                        "source:string:lead source",
                        "productInterest:string:product of interest"));
        FIELDS.put(
                OutboundEventType.LEAD_ASSIGNED,
                List.of(
                        "name:string:the lead's name",
                        "ownerId:integer:the user it is assigned to",
                        "teamId:integer:team",
                        "fromPool:boolean:claimed from the public pool"));
        FIELDS.put(
                OutboundEventType.LEAD_CONVERTED,
                List.of(
                        "name:string:the lead's name",
                        "ownerId:integer:owner",
                        "teamId:integer:team",
                        "customerId:integer:the new customer",
                        "opportunityId:integer:the opportunity opened"));
        FIELDS.put(
                OutboundEventType.LEAD_LOST,
                List.of("name:string:the lead's name", "ownerId:integer:owner", "teamId:integer:team"));
        FIELDS.put(
                OutboundEventType.OPPORTUNITY_STAGE_MOVED,
                List.of(
                        CUSTOMER,
                        "name:string:the opportunity",
                        "from:string:previous stage",
                        "to:string:new stage",
                        "status:string:OPEN or WON",
                        "overridden:array:exit criteria overridden with a reason"));
        FIELDS.put(
                OutboundEventType.TICKET_CREATED,
                List.of(
                        CUSTOMER,
                        "type:string:ticket type",
                        "priority:string:LOW, NORMAL, HIGH or URGENT",
                        "channel:string:channel",
                        "subject:string:subject",
                        "proactive:boolean:opened by the business (超前服务)",
                        "teamId:integer:team",
                        "assigneeId:integer:assignee"));
        FIELDS.put(
                OutboundEventType.TICKET_SOLVED,
                List.of(
                        CUSTOMER,
                        "type:string:ticket type",
                        "priority:string:priority",
                        "subject:string:subject",
                        "solvedAt:string:when"));
        FIELDS.put(
                OutboundEventType.SLA_BREACH_IMMINENT,
                List.of(
                        CUSTOMER,
                        "subject:string:ticket subject",
                        "priority:string:priority",
                        "target:string:FIRST_RESPONSE, NEXT_RESPONSE or RESOLUTION",
                        "percentUsed:integer:share of the target used",
                        "dueAt:string:when the target breaks",
                        "minutesLeft:integer:business minutes left",
                        "assigneeId:integer:assignee",
                        "teamId:integer:team"));
        FIELDS.put(
                OutboundEventType.SLA_BREACHED,
                List.of(
                        CUSTOMER,
                        "subject:string:ticket subject",
                        "priority:string:priority",
                        "target:string:the target breached",
                        "percentUsed:integer:share of the target used",
                        "dueAt:string:when it was due",
                        "assigneeId:integer:assignee",
                        "teamId:integer:team"));
        FIELDS.put(
                OutboundEventType.WARNING_RAISED,
                List.of(
                        CUSTOMER,
                        "rule:string:NO_PURCHASE, DECLINE, BEHIND_PLAN, OVER_BUDGET, LOW_P_ALIVE …",
                        "tier:string:the customer's tier",
                        "raisedOn:string:day raised",
                        "runId:integer:the value run that raised it"));
        FIELDS.put(
                OutboundEventType.WARNING_CLOSED,
                List.of(
                        CUSTOMER,
                        "rule:string:rule",
                        "tier:string:tier",
                        "outcome:string:how it ended",
                        "churnCause:string:cause found",
                        "causeParty:string:whose side"));
        FIELDS.put(
                OutboundEventType.NEXT_ACTION_ACCEPTED,
                List.of(
                        CUSTOMER,
                        "action:string:the action's key",
                        "kind:string:NEED, ASSOCIATION, SEQUENCE, WIN_BACK or TIER_UPGRADE",
                        "offerKind:string:PRODUCT, CATEGORY or SERVICE",
                        "offer:string:what was offered",
                        "rule:string:the rule behind it",
                        "expectedValue:number:expected value in CNY",
                        "byUserId:integer:who accepted it"));
        FIELDS.put(
                OutboundEventType.VALUE_RUN_DONE,
                List.of(
                        "asOf:string:the run's as-of date",
                        "engine:string:which engine ran it",
                        "customers:integer:customers scored",
                        "orders:integer:orders read",
                        "newWarnings:integer:warnings raised"));
        FIELDS.put(
                OutboundEventType.PING,
                List.of("subscriptionId:integer:the subscription tested", "requestedBy:string:who sent it"));
    }

    @Bean
    OpenApiCustomizer webhookPayloads() {
        return openApi -> {
            for (var entry : FIELDS.entrySet()) {
                var type = entry.getKey();
                var data = new ObjectSchema();
                var subject = subjectOf(type) + "Id";
                data.addProperty(subject, new Schema<>().type("integer").description("the record's id"));
                for (var field : entry.getValue()) {
                    var parts = field.split(":", 3);
                    Schema<?> schema = parts[1].equals("array")
                            ? new Schema<>().type("array").items(new StringSchema())
                            : new Schema<>().type(parts[1]);
                    data.addProperty(parts[0], schema.description(parts[2]));
                }
                var body = new ObjectSchema()
                        .addProperty("type", new StringSchema()._const(type.code()))
                        .addProperty(
                                "timestamp",
                                new StringSchema().format("date-time").description("when it happened"))
                        .addProperty("data", data);
                body.setRequired(List.of("type", "timestamp", "data"));
                var operation = new Operation()
                        .summary(type.code())
                        .description("Sent to subscriptions of " + type.code() + ", signed per Standard Webhooks; "
                                + "answer 2xx within 10 s. Timeouts, connection errors, 429 and 5xx are retried "
                                + "for about 27 hours; the webhook-id stays the same, so drop repeats by it.")
                        .addParametersItem(header("webhook-id", "message id (msg_…), the same on every retry"))
                        .addParametersItem(header("webhook-timestamp", "Unix seconds when this attempt was signed"))
                        .addParametersItem(header(
                                "webhook-signature",
                                "v1,<base64 HMAC-SHA256 of \"{id}.{timestamp}.{body}\" keyed with the secret's bytes>"))
                        .requestBody(new RequestBody()
                                .required(true)
                                .content(new Content().addMediaType("application/json", new MediaType().schema(body))))
                        .responses(new ApiResponses().addApiResponse("2XX", new ApiResponse().description("received")));
                operation.setTags(List.of("Integrations"));
                openApi.addWebhooks(type.code(), new PathItem().post(operation));
            }
        };
    }

    static String subjectOf(OutboundEventType type) {
        return switch (type) {
            case CUSTOMER_CREATED, CUSTOMER_CHANGED, CUSTOMER_MERGED -> "customer";
            case CONSENT_CHANGED -> "consent";
            case ORDER_CREATED, ORDER_STAGE_CHANGED -> "order";
            case PAYMENT_RECEIVED -> "payment";
            case LEAD_CREATED, LEAD_ASSIGNED, LEAD_CONVERTED, LEAD_LOST -> "lead";
            case OPPORTUNITY_STAGE_MOVED -> "opportunity";
            case TICKET_CREATED, TICKET_SOLVED, SLA_BREACH_IMMINENT, SLA_BREACHED -> "ticket";
            case WARNING_RAISED, WARNING_CLOSED -> "warning";
            case NEXT_ACTION_ACCEPTED -> "action";
            case VALUE_RUN_DONE -> "valueRun";
            case PING -> "subscription";
        };
    }

    private static HeaderParameter header(String name, String description) {
        var p = new HeaderParameter();
        p.setName(name);
        p.setRequired(true);
        p.setDescription(description);
        p.setSchema(new StringSchema());
        return p;
    }
}
