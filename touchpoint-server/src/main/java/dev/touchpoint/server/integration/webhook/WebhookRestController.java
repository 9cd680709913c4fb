package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.platform.OutboundEventType;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook and work-chat robot subscriptions under {@code /api/v1/webhooks} (administrators). */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookRestController {

    private final SubscriptionService service;

    WebhookRestController(SubscriptionService service) {
        this.service = service;
    }

    @Operation(summary = "List subscriptions with their delivery counts")
    @GetMapping
    List<SubscriptionView> list() {
        return service.list();
    }

    @Operation(summary = "The event types one can subscribe to (see the document's webhooks for their payloads)")
    @GetMapping("/event-types")
    List<String> eventTypes() {
        return Arrays.stream(OutboundEventType.values())
                .filter(t -> t != OutboundEventType.PING)
                .map(OutboundEventType::code)
                .toList();
    }

    @Operation(
            summary = "Subscribe a URL or a work-chat robot",
            description = "Answers 201 with the webhook's signing secret (whsec_…), shown this once only.")
    @PostMapping
    ResponseEntity<CreatedSubscription> create(@RequestBody SubscriptionRequest request) {
        var created = service.create(request);
        return ResponseEntity.created(
                        URI.create("/api/v1/webhooks/" + created.subscription().id()))
                .body(created);
    }

    @Operation(summary = "One subscription")
    @GetMapping("/{id}")
    SubscriptionView get(@PathVariable long id) {
        return service.get(id);
    }

    @Operation(
            summary = "Change a subscription",
            description = "Send the version you read; an empty url or signingSecret keeps the stored one.")
    @PutMapping("/{id}")
    SubscriptionView update(@PathVariable long id, @RequestBody SubscriptionRequest request) {
        return service.update(id, request);
    }

    @Operation(summary = "Pause a subscription: nothing new is queued, queued deliveries wait")
    @PostMapping("/{id}/pause")
    SubscriptionView pause(@PathVariable long id) {
        return service.setActive(id, false);
    }

    @Operation(summary = "Resume a paused subscription")
    @PostMapping("/{id}/resume")
    SubscriptionView resume(@PathVariable long id) {
        return service.setActive(id, true);
    }

    @Operation(summary = "Replace a webhook's signing secret (shown once)")
    @PostMapping("/{id}/secret")
    CreatedSubscription rotate(@PathVariable long id) {
        return service.rotateSecret(id);
    }

    @Operation(summary = "Send a webhook.ping to check the receiver")
    @PostMapping("/{id}/ping")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void ping(@PathVariable long id) {
        service.ping(id);
    }

    @Operation(summary = "Delete a subscription and its delivery log")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    @Operation(summary = "The delivery log, newest first (status PENDING, DELIVERED or DEAD)")
    @GetMapping("/{id}/deliveries")
    PageResult<DeliveryView> deliveries(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return service.deliveries(id, status, PageRequest.of(page, size));
    }

    @Operation(summary = "One delivery with its payload and every attempt")
    @GetMapping("/{id}/deliveries/{deliveryId}")
    DeliveryView delivery(@PathVariable long id, @PathVariable long deliveryId) {
        return service.delivery(id, deliveryId);
    }

    @Operation(summary = "Send a delivered or dead-lettered message again, with the same webhook-id")
    @PostMapping("/{id}/deliveries/{deliveryId}/resend")
    DeliveryView resend(@PathVariable long id, @PathVariable long deliveryId) {
        return service.resend(id, deliveryId);
    }
}
