package dev.touchpoint.server.sales.customer;

import dev.touchpoint.server.customer.TimelineEntry;
import dev.touchpoint.server.customer.TimelineSource;
import dev.touchpoint.server.sales.followup.TaskRepository;
import dev.touchpoint.server.sales.opportunity.BuyingCentreRepository;
import dev.touchpoint.server.sales.opportunity.OpportunityRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Sales entries on the customer timeline: follow-ups done, activities, objections and stage moves. */
@Component
class SalesTimelineSource implements TimelineSource {

    static final String SOURCE = "sales";

    private final TaskRepository tasks;
    private final BuyingCentreRepository centre;
    private final OpportunityRepository opportunities;
    private final MessageSource messages;
    private final Clock clock;

    SalesTimelineSource(
            TaskRepository tasks,
            BuyingCentreRepository centre,
            OpportunityRepository opportunities,
            MessageSource messages,
            Clock clock) {
        this.tasks = tasks;
        this.centre = centre;
        this.opportunities = opportunities;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> entries(long customerId, Instant before, int limit, Locale locale) {
        var entries = new ArrayList<TimelineEntry>();
        for (var t : tasks.doneForCustomer(customerId, before, limit, LocalDate.now(clock))) {
            entries.add(new TimelineEntry(
                    t.doneAt(),
                    SOURCE,
                    "FOLLOW_UP",
                    "telephone-outbound",
                    text(
                            "sales.timeline.followUp",
                            locale,
                            text("sales.channel." + t.channel(), locale),
                            text("sales.topic." + t.topic(), locale)),
                    t.outcome(),
                    null,
                    t.leadId() == null ? null : "/sales/leads/" + t.leadId()));
        }
        for (var a : centre.activitiesForCustomer(customerId, before, limit)) {
            entries.add(new TimelineEntry(
                    a.at(),
                    SOURCE,
                    "SALES_ACTIVITY",
                    "briefcase",
                    text("sales.activity." + a.kind(), locale),
                    a.summary(),
                    a.actor(),
                    "/sales/opportunities/" + a.opportunityId()));
        }
        for (var o : centre.objectionsForCustomer(customerId, before, limit)) {
            entries.add(new TimelineEntry(
                    o.at(),
                    SOURCE,
                    "OBJECTION",
                    o.resolved() ? "shield-check" : "shield-exclamation",
                    text("sales.timeline.objection", locale, text("sales.objection." + o.type(), locale)),
                    o.statement() + (o.handling() == null ? "" : " → " + o.handling()),
                    o.actor(),
                    "/sales/opportunities/" + o.opportunityId()));
        }
        for (var m : opportunities.stageMovesForCustomer(customerId, before, limit)) {
            entries.add(new TimelineEntry(
                    m.at(),
                    SOURCE,
                    "STAGE_MOVE",
                    "signpost-split",
                    text("sales.timeline.stage", locale, text("sales.stage." + m.to(), locale)),
                    m.overrideReason(),
                    m.actor(),
                    "/sales/opportunities/" + m.opportunityId()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
