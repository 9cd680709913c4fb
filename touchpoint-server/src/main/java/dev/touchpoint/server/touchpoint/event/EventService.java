package dev.touchpoint.server.touchpoint.event;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.IngestResult;
import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.VisitorLink;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueRepository;
import dev.touchpoint.server.touchpoint.event.EventReader.RawEvent;
import dev.touchpoint.server.touchpoint.event.EventValidator.Checked;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Event ingestion: a batch is validated as a whole (every problem of every event reported, nothing
 * stored when any event is invalid), customers are checked against the caller's scope, then the batch
 * is stored exactly once through {@link EventIngestor}.
 */
@Service
public class EventService {

    static final int MAX_BATCH = 100_000;

    private final CatalogueRepository catalogue;
    private final EventIngestor ingestor;
    private final KnownCustomers known;
    private final CustomerApi customers;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    EventService(
            CatalogueRepository catalogue,
            EventIngestor ingestor,
            KnownCustomers known,
            CustomerApi customers,
            JdbcClient jdbc,
            ObjectMapper json,
            AuditLog audit,
            Clock clock) {
        this.catalogue = catalogue;
        this.ingestor = ingestor;
        this.known = known;
        this.customers = customers;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Validates and stores a batch read from a request; throws {@link EventBatchRejectedException}. */
    @Transactional
    IngestResult ingest(List<RawEvent> raw, List<EventProblem> readProblems) {
        var problems = new ArrayList<>(readProblems);
        if (raw.size() + readProblems.size() > MAX_BATCH) {
            throw InvalidInputException.of("body", "size", "at most " + MAX_BATCH + " events per request");
        }
        var validator = new EventValidator(catalogue.codes(), clock.instant(), json);
        var checked = new ArrayList<Checked>(raw.size());
        for (var event : raw) {
            var ok = validator.check(event, problems);
            if (ok != null) {
                checked.add(ok);
            }
        }
        var survivors = known.resolve(customerIds(checked));
        for (var c : checked) {
            var id = c.event().customerId();
            if (id != null && !survivors.containsKey(id)) {
                problems.add(new EventProblem(c.index(), c.line(), "customerId", "exists", "no customer " + id));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(EventProblem::index));
            throw new EventBatchRejectedException(problems, false);
        }
        checkScope(checked, survivors);
        var actor = CurrentUsers.actorName();
        var rows = new ArrayList<EventIngestor.Row>(checked.size());
        for (var c : checked) {
            rows.add(row(c.event(), c.touchpointId(), survivors, actor));
        }
        return IngestResult.of(rows.size(), ingestor.ingest(rows));
    }

    /** Stores trusted events (demo data, other modules): codes must exist; no scope check. */
    @Transactional
    public IngestResult ingestTrusted(List<NewEvent> events, String actor) {
        var codes = catalogue.codes();
        var survivors = known.resolve(events.stream()
                .map(NewEvent::customerId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        var rows = new ArrayList<EventIngestor.Row>(events.size());
        for (var e : events) {
            var info = codes.get(e.touchpoint());
            if (info == null) {
                throw InvalidInputException.of("touchpoint", "unknown", "no touchpoint with code " + e.touchpoint());
            }
            var withKind = e.kind() != null
                    ? e
                    : new NewEvent(
                            e.eventId(),
                            e.customerId(),
                            e.visitorId(),
                            e.touchpoint(),
                            info.kind(),
                            e.occurredAt(),
                            e.channel(),
                            e.site(),
                            e.zone(),
                            e.productId(),
                            e.durationSeconds(),
                            e.value(),
                            e.emotion(),
                            e.attributes());
            rows.add(row(withKind, info.id(), survivors, actor));
        }
        return IngestResult.of(rows.size(), ingestor.ingest(rows));
    }

    private void checkScope(List<Checked> checked, Map<Long, Long> survivors) {
        CurrentUser user = CurrentUsers.find().orElse(null);
        if (user == null || user.seesAll()) {
            return;
        }
        var ids = customerIds(checked).stream().map(survivors::get).distinct().toArray(Long[]::new);
        if (ids.length == 0) {
            return;
        }
        var outside = new java.util.HashSet<>(jdbc.sql("SELECT x.id FROM unnest(CAST(:ids AS bigint[])) AS x(id) "
                        + "WHERE NOT " + customers.scopePredicate("x.id"))
                .params(customers.scopeParams(user))
                .param("ids", ids)
                .query(Long.class)
                .list());
        if (outside.isEmpty()) {
            return;
        }
        var problems = new ArrayList<EventProblem>();
        for (var c : checked) {
            var id = c.event().customerId();
            if (id != null && outside.contains(survivors.get(id))) {
                problems.add(new EventProblem(
                        c.index(), c.line(), "customerId", "scope", "customer " + id + " is outside your scope"));
            }
        }
        throw new EventBatchRejectedException(problems, true);
    }

    private static LinkedHashSet<Long> customerIds(List<Checked> checked) {
        var ids = new LinkedHashSet<Long>();
        for (var c : checked) {
            if (c.event().customerId() != null) {
                ids.add(c.event().customerId());
            }
        }
        return ids;
    }

    private static EventIngestor.Row row(NewEvent e, long touchpointId, Map<Long, Long> survivors, String actor) {
        var customerId = e.customerId() == null ? null : survivors.getOrDefault(e.customerId(), e.customerId());
        return new EventIngestor.Row(
                e.eventId(),
                customerId,
                e.visitorId(),
                touchpointId,
                e.kind().name(),
                e.occurredAt().toString(),
                e.channel() == null ? null : e.channel().name(),
                e.site(),
                e.zone(),
                e.productId(),
                e.durationSeconds(),
                e.value() == null ? null : e.value().toPlainString(),
                e.emotion(),
                e.attributes(),
                actor);
    }

    /**
     * Links a visitor to a customer: the visitor's stored events move to the customer now, and later
     * events of the visitor resolve to the customer as they arrive. Linking again to the same customer
     * changes nothing; a visitor already linked to another customer is refused.
     */
    @Transactional
    int linkVisitor(String visitorId, long customerId) {
        var existing = jdbc.sql("SELECT customer_id FROM visitor_identity WHERE visitor_id = :v")
                .param("v", visitorId)
                .query(Long.class)
                .optional();
        if (existing.isPresent() && existing.get() != customerId) {
            throw InvalidInputException.of(
                    "visitorId", "linked", "visitor " + visitorId + " is already linked to customer " + existing.get());
        }
        if (existing.isEmpty()) {
            jdbc.sql("INSERT INTO visitor_identity (visitor_id, customer_id, linked_by) VALUES (:v, :c, :by)")
                    .param("v", visitorId)
                    .param("c", customerId)
                    .param("by", CurrentUsers.actorName())
                    .update();
        }
        int moved = jdbc.sql(
                        "UPDATE touchpoint_event SET customer_id = :c WHERE visitor_id = :v AND customer_id IS NULL")
                .param("c", customerId)
                .param("v", visitorId)
                .update();
        audit.record(
                AuditLog.Action.UPDATE,
                "visitor_identity",
                visitorId,
                "linked to customer " + customerId,
                Map.of("customerId", customerId, "eventsLinked", moved));
        return moved;
    }

    /** Links many visitors at once (demo data, imports); visitors already linked keep their customer. */
    @Transactional
    public int linkAll(List<VisitorLink> links) {
        if (links.isEmpty()) {
            return 0;
        }
        var visitors = links.stream().map(VisitorLink::visitorId).toArray(String[]::new);
        var ids = links.stream().map(VisitorLink::customerId).toArray(Long[]::new);
        jdbc.sql("""
                INSERT INTO visitor_identity (visitor_id, customer_id, linked_by)
                SELECT v, c, :by FROM unnest(CAST(:visitors AS text[]), CAST(:ids AS bigint[])) AS x(v, c)
                ON CONFLICT (visitor_id) DO NOTHING""")
                .param("visitors", visitors)
                .param("ids", ids)
                .param("by", CurrentUsers.actorName())
                .update();
        // driven by the list of visitors, so each one is an index look-up whatever the table statistics say
        // (a bulk load in the same transaction leaves them stale)
        int moved = jdbc.sql("""
                UPDATE touchpoint_event e SET customer_id = vi.customer_id
                FROM unnest(CAST(:visitors AS text[])) AS x(v) JOIN visitor_identity vi ON vi.visitor_id = x.v
                WHERE e.visitor_id = x.v AND e.customer_id IS NULL""").param("visitors", visitors).update();
        audit.record(
                AuditLog.Action.UPDATE,
                "visitor_identity",
                null,
                links.size() + " visitors linked",
                Map.of("eventsLinked", moved));
        return moved;
    }
}
