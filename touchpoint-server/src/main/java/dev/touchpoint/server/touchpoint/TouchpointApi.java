package dev.touchpoint.server.touchpoint;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.audit.AuditService;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueService;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueTemplates;
import dev.touchpoint.server.touchpoint.event.AnalyticsReads;
import dev.touchpoint.server.touchpoint.event.DeferredEvents;
import dev.touchpoint.server.touchpoint.event.EventService;
import dev.touchpoint.server.touchpoint.survey.SurveyRepository;
import dev.touchpoint.server.touchpoint.survey.SurveyService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * What other modules may ask of touchpoints: read the catalogue, record a customer's touchpoint
 * (a sale, a service visit, a call…), store trusted events in bulk, and load the demo history.
 */
@Service
public class TouchpointApi {

    private static final Logger log = LoggerFactory.getLogger(TouchpointApi.class);

    private final CatalogueService catalogue;
    private final EventService events;
    private final AuditService audits;
    private final SurveyService surveys;
    private final CustomerApi customers;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final DeferredEvents deferred;
    private final AnalyticsReads analytics;
    private final SurveyRepository surveyRepository;

    TouchpointApi(
            CatalogueService catalogue,
            EventService events,
            AuditService audits,
            SurveyService surveys,
            CustomerApi customers,
            JdbcClient jdbc,
            ObjectMapper json,
            Clock clock,
            DeferredEvents deferred,
            AnalyticsReads analytics,
            SurveyRepository surveyRepository) {
        this.analytics = analytics;
        this.surveyRepository = surveyRepository;
        this.deferred = deferred;
        this.catalogue = catalogue;
        this.events = events;
        this.audits = audits;
        this.surveys = surveys;
        this.customers = customers;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The whole catalogue in journey order. */
    public List<Touchpoint> catalogue() {
        return catalogue.list();
    }

    /**
     * Audit score (0–100, points ÷ maximum points of the items covering the touchpoint) per touchpoint code:
     * each site's latest audit dated within {@code [from, to]}, summed over sites — the "performance" of an
     * importance–performance grid, next to the customers' emotion.
     */
    public java.util.Map<String, Double> auditScores(java.time.LocalDate from, java.time.LocalDate to) {
        var codes = new java.util.HashMap<Long, String>();
        catalogue.list().forEach(t -> codes.put(t.id(), t.code()));
        var result = new java.util.HashMap<String, Double>();
        audits.latestScoreByTouchpoint(null, from, to).forEach((id, score) -> {
            if (codes.containsKey(id) && score != null) {
                result.put(codes.get(id), score.doubleValue());
            }
        });
        return result;
    }

    public Optional<Touchpoint> find(String code) {
        return catalogue.list().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /**
     * Sets or clears the key flag (关键触点) of a catalogue entry, e.g. from the key-touchpoint ranking of
     * journey analytics. Administrators and managers only (403 otherwise); 404 for an unknown code; audited.
     */
    public Touchpoint setKey(String code, boolean key) {
        return catalogue.setKey(code, key);
    }

    /**
     * Records a touchpoint of a customer the current user may see (403/404 otherwise) and returns its
     * event id. With a {@code sourceKey} the call is idempotent: recording the same key again stores
     * nothing new.
     */
    @Transactional
    public String record(RecordedTouchpoint touchpoint) {
        customers.requireVisible(touchpoint.customerId());
        var entry = catalogue.list().stream()
                .filter(t -> t.code().equals(touchpoint.touchpoint()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        "touchpoint", "unknown", "no touchpoint with code " + touchpoint.touchpoint()));
        var eventId = touchpoint.sourceKey() != null ? "rec-" + touchpoint.sourceKey() : "rec-" + UUID.randomUUID();
        var attributes = touchpoint.note() == null || touchpoint.note().isBlank()
                ? null
                : json.writeValueAsString(Map.of("note", touchpoint.note().strip()));
        var at = touchpoint.occurredAt() != null ? touchpoint.occurredAt() : clock.instant();
        var channel = touchpoint.channel() != null ? touchpoint.channel() : entry.channel();
        events.ingestTrusted(
                List.of(new NewEvent(
                        eventId,
                        touchpoint.customerId(),
                        null,
                        entry.code(),
                        entry.kind(),
                        at,
                        channel,
                        null,
                        entry.zone(),
                        null,
                        null,
                        null,
                        touchpoint.emotion(),
                        attributes)),
                CurrentUsers.actorName());
        return eventId;
    }

    /**
     * Stores a trusted event (no scope check) together with the caller's transaction: events recorded
     * during one transaction are written in one batch just before it commits, and not at all if it rolls
     * back. The event id makes it idempotent. For modules that record contacts as they happen (sales
     * follow-ups, service replies, care messages).
     */
    public void recordTrusted(NewEvent event) {
        deferred.add(event);
    }

    /**
     * Stores trusted events (from another module or an integration already validated) exactly once;
     * unknown touchpoint codes are refused. No scope check.
     */
    @Transactional
    public IngestResult ingest(List<NewEvent> batch) {
        return events.ingestTrusted(batch, CurrentUsers.actorName());
    }

    /** Adds a shipped template's touchpoints (and for the dealership its audit checklist); no permission check. */
    public int applyTemplate(String template) {
        return catalogue.applyTemplateUnchecked(template);
    }

    /**
     * Loads the demo history into an empty event table: applies the dealership template, stores the
     * events with {@code COPY}, links the identified visitors, scores the audits (opening corrective
     * tasks, those older than a month closed) and creates the demo survey.
     */
    @Transactional
    public void loadDemo(TouchpointDemoData data) {
        long start = System.nanoTime();
        applyTemplate(CatalogueTemplates.DEALERSHIP);
        var result = events.ingestTrusted(data.events(), "demo");
        // fresh statistics for the queries that follow the bulk load
        jdbc.sql("ANALYZE touchpoint_event").update();
        events.linkAll(data.identities());
        for (var audit : data.audits()) {
            audits.submitUnchecked(audit);
        }
        audits.closeTasksBefore(clock.instant().minus(java.time.Duration.ofDays(30)), "demo");
        surveys.ensureDemoSurveys();
        log.info(
                "Touchpoint demo: {} events ({} new), {} identified visitors, {} audits in {} ms",
                data.events().size(),
                result.accepted(),
                data.identities().size(),
                data.audits().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Streams the distinct (site, visitor, day) entries (events of kind ENTRY) in {@code [from, to)}, days
     * in {@code zone}. No access check: for analytics runs (the performance formula's visitors).
     */
    public void forEachEntryVisit(
            Instant from, Instant to, java.time.ZoneId zone, java.util.function.Consumer<EntryVisit> consumer) {
        analytics.forEachEntryVisit(from, to, zone, consumer);
    }

    /**
     * Per customer, the lowest-emotion event at or below {@code maxEmotion} since {@code since} (latest
     * among equals). No access check: for analytics runs (valley-touchpoint warnings).
     */
    public List<ValleyEvent> valleysSince(Instant since, int maxEmotion) {
        return analytics.valleys(since, maxEmotion);
    }

    /**
     * Streams, per customer, the latest survey answer before {@code before} to NPS questions and to the
     * loyalty questions coded {@link SurveyScore#COMPETITOR_ATTITUDE} and {@link SurveyScore#SHARE_OF_WALLET}
     * (survey answers are events of channel SURVEY carrying the score). No access check: for analytics
     * runs (the loyalty index).
     */
    public void forEachLatestSurveyScore(Instant before, java.util.function.Consumer<SurveyScore> consumer) {
        analytics.forEachLatestSurveyScore(before, consumer);
    }

    /**
     * Creates a survey unless one with its code exists, and returns it; no permission check (for modules
     * that ship their own survey, like the after-complaint survey of service).
     */
    @Transactional
    public Survey ensureSurvey(Survey.Request request) {
        return surveys.list().stream()
                .filter(s -> s.code().equals(request.code()))
                .findFirst()
                .orElseGet(() -> surveys.createUnchecked(request));
    }

    /**
     * Invites customers the current user may see to a survey through {@code channel}, under the same rules
     * as the survey API: consent for the channel and at most one invitation per customer within
     * {@code touchpoint.surveys.min-interval}; each customer is either sent (a link) or blocked with the reason.
     */
    public InvitationResult inviteToSurvey(String surveyCode, List<Long> customerIds, String channel) {
        return surveys.invite(surveyCode, customerIds, channel);
    }

    /**
     * The answers given through these invitations (those not answered yet are absent). No access check:
     * for the module that created the invitations.
     */
    public List<SurveyReply> surveyReplies(java.util.Collection<Long> invitationIds) {
        return surveyRepository.responsesByInvitation(invitationIds).stream()
                .map(r -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> answers = json.readValue((String) r.get("answers"), Map.class);
                    var at = ((java.sql.Timestamp) r.get("submitted_at")).toInstant();
                    return new SurveyReply(
                            ((Number) r.get("invitation_id")).longValue(),
                            ((Number) r.get("customer_id")).longValue(),
                            at,
                            answers);
                })
                .toList();
    }
}
