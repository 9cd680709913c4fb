package dev.touchpoint.server.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The customer module's own timeline entries: created, notes, consent changes and merges. */
@Component
class CustomerTimelineSource implements TimelineSource {

    static final String SOURCE = "customer";

    private final CustomerRepository customers;
    private final CustomerRecordsRepository records;
    private final MessageSource messages;

    CustomerTimelineSource(CustomerRepository customers, CustomerRecordsRepository records, MessageSource messages) {
        this.customers = customers;
        this.records = records;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> entries(long customerId, Instant before, int limit, Locale locale) {
        var entries = new ArrayList<TimelineEntry>();
        customers
                .find(customerId)
                .filter(c -> before == null || c.createdAt().isBefore(before))
                .ifPresent(c -> entries.add(new TimelineEntry(
                        c.createdAt(),
                        SOURCE,
                        "CUSTOMER_CREATED",
                        "person-plus",
                        text("customer.timeline.created", locale),
                        c.source(),
                        null,
                        null)));
        for (var note : records.notes(customerId, before, limit)) {
            entries.add(new TimelineEntry(
                    note.createdAt(),
                    SOURCE,
                    "NOTE",
                    "sticky",
                    text("customer.timeline.note", locale),
                    note.body(),
                    note.author(),
                    null));
        }
        for (var consent : records.consents(customerId, before, limit)) {
            var key = consent.granted() ? "customer.timeline.consentGranted" : "customer.timeline.consentWithdrawn";
            entries.add(new TimelineEntry(
                    consent.at(),
                    SOURCE,
                    "CONSENT",
                    consent.granted() ? "check-circle" : "x-circle",
                    messages.getMessage(
                            key, new Object[] {text("customer.consent.channel." + consent.channel(), locale)}, locale),
                    consent.method(),
                    consent.recordedBy(),
                    null));
        }
        for (var merge : customers.mergesInto(customerId, before, limit)) {
            entries.add(new TimelineEntry(
                    merge.at(),
                    SOURCE,
                    "MERGE",
                    "union",
                    messages.getMessage(
                            "customer.timeline.merged",
                            new Object[] {merge.mergedName(), String.valueOf(merge.mergedId())},
                            locale),
                    null,
                    merge.actor(),
                    null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
