package dev.touchpoint.server.demo;

import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.VisitorLink;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's touchpoint events and visitor links as they are made up: events outside the demo's
 * year are dropped, each gets the next {@code demo-N} id, sites are named as people name them (the
 * store's team name) and products by their ids.
 */
final class DemoEventLog {

    private final Instant from;
    private final Instant now;
    private final List<NewEvent> events = new ArrayList<>();
    private final List<VisitorLink> links = new ArrayList<>();
    private final Map<String, String> siteNames = new java.util.HashMap<>();
    private Map<String, Long> productIds = Map.of();
    private long sequence;

    DemoEventLog(Instant from, Instant now) {
        this.from = from;
        this.now = now;
    }

    void site(String key, String name) {
        siteNames.put(key, name);
    }

    void products(Map<String, Long> idsBySku) {
        productIds = Map.copyOf(idsBySku);
    }

    void link(VisitorLink link) {
        links.add(link);
    }

    int size() {
        return events.size();
    }

    List<NewEvent> events() {
        return events;
    }

    List<VisitorLink> links() {
        return links;
    }

    void add(
            Long customer,
            String visitor,
            String touchpoint,
            Instant at,
            TouchpointChannel channel,
            String site,
            String zone,
            Integer duration,
            BigDecimal value,
            Integer emotion) {
        add(customer, visitor, touchpoint, at, channel, site, zone, duration, value, emotion, null);
    }

    /** An in-store event about one product (the model looked at, the model bought). */
    void addForProduct(
            Long customer,
            String visitor,
            String touchpoint,
            Instant at,
            String site,
            String zone,
            Integer duration,
            BigDecimal value,
            String sku,
            String attributes) {
        if (at.isBefore(from) || at.isAfter(now)) {
            return;
        }
        events.add(new NewEvent(
                "demo-" + (++sequence),
                customer,
                visitor,
                touchpoint,
                null,
                at,
                TouchpointChannel.STORE,
                site == null ? null : siteNames.getOrDefault(site, site),
                zone,
                productIds.get(sku),
                duration,
                value,
                null,
                attributes));
    }

    void add(
            Long customer,
            String visitor,
            String touchpoint,
            Instant at,
            TouchpointChannel channel,
            String site,
            String zone,
            Integer duration,
            BigDecimal value,
            Integer emotion,
            String attributes) {
        if (at.isBefore(from) || at.isAfter(now)) {
            return;
        }
        events.add(new NewEvent(
                "demo-" + (++sequence),
                customer,
                visitor,
                touchpoint,
                null,
                at,
                channel,
                site == null ? null : siteNames.getOrDefault(site, site),
                zone,
                null,
                duration,
                value,
                emotion,
                attributes));
    }
}
