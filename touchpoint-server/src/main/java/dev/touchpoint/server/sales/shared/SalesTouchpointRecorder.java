package dev.touchpoint.server.sales.shared;

import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Records sales contacts at the catalogue touchpoint that fits them: for each sales event the first
 * code of its preference list that the catalogue holds (dealership codes, then B2B manufacturer
 * codes). A lead not yet converted is recorded as visitor {@code lead-<id>}. When no code fits (no
 * template applied), the contact is not recorded and the sales action goes on regardless.
 */
@Component
class SalesTouchpointRecorder implements TouchpointRecorder {

    private static final Logger log = LoggerFactory.getLogger(SalesTouchpointRecorder.class);
    private static final Map<String, List<String>> CODES = Map.ofEntries(
            Map.entry("sales.follow-up", List.of("FOLLOW_UP_CALL", "B2B_VISIT")),
            Map.entry("sales.first-contact", List.of("NEEDS_ANALYSIS", "B2B_FIRST_CALL")),
            Map.entry("sales.objection", List.of("PRICE_OBJECTION", "B2B_QUOTE")),
            Map.entry("sales.activity.seminar", List.of("B2B_TRADE_FAIR", "AUTO_SHOW")),
            Map.entry("sales.activity.tech_exchange", List.of("B2B_VISIT", "PRODUCT_PRESENTATION")),
            Map.entry("sales.activity.samples", List.of("B2B_SAMPLES", "TEST_DRIVE")),
            Map.entry("sales.activity.visit", List.of("B2B_VISIT", "FOLLOW_UP_CALL")),
            Map.entry("sales.activity.gift", List.of("B2B_CELEBRATION", "CLUB_EVENT")),
            Map.entry("sales.activity.business_event", List.of("B2B_CELEBRATION", "CLUB_EVENT")),
            Map.entry("sales.activity.site_tour", List.of("B2B_VISIT", "SHOWROOM_DISPLAY")),
            Map.entry("sales.activity.phone", List.of("B2B_FIRST_CALL", "FOLLOW_UP_CALL")));

    private final TouchpointApi touchpoints;
    private final ObjectMapper json;

    SalesTouchpointRecorder(TouchpointApi touchpoints, ObjectMapper json) {
        this.touchpoints = touchpoints;
        this.json = json;
    }

    @Override
    public void record(Event event) {
        var touchpoint = CODES.getOrDefault(event.touchpoint(), List.of()).stream()
                .map(touchpoints::find)
                .flatMap(Optional::stream)
                .findFirst();
        if (touchpoint.isEmpty()) {
            log.debug("no catalogue touchpoint for {}; event {} not recorded", event.touchpoint(), event.eventId());
            return;
        }
        var visitor = event.customerId() == null && event.attributes().containsKey("leadId")
                ? "lead-" + event.attributes().get("leadId")
                : null;
        if (event.customerId() == null && visitor == null) {
            return;
        }
        var attributes = new java.util.HashMap<String, String>(event.attributes());
        attributes.put("sales", event.touchpoint());
        touchpoints.recordTrusted(new NewEvent(
                event.eventId(),
                event.customerId(),
                visitor,
                touchpoint.get().code(),
                touchpoint.get().kind(),
                event.occurredAt(),
                event.channel() == null ? touchpoint.get().channel() : channel(event.channel()),
                null,
                null,
                null,
                null,
                null,
                null,
                json.writeValueAsString(attributes)));
    }

    private static TouchpointChannel channel(String name) {
        var upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("CALL")) {
            return TouchpointChannel.PHONE;
        }
        for (var c : TouchpointChannel.values()) {
            if (c.name().equals(upper)) {
                return c;
            }
        }
        return TouchpointChannel.OTHER;
    }
}
