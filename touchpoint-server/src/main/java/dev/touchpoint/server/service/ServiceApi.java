package dev.touchpoint.server.service;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.UserAccount;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.service.care.CareRepository;
import dev.touchpoint.server.service.care.CareRunResult;
import dev.touchpoint.server.service.care.CareService;
import dev.touchpoint.server.service.metrics.MetricsReport;
import dev.touchpoint.server.service.metrics.MetricsService;
import dev.touchpoint.server.service.shared.ServiceProperties;
import dev.touchpoint.server.service.sla.SlaCheckResult;
import dev.touchpoint.server.service.sla.SlaMonitor;
import dev.touchpoint.server.service.ticket.NewMessage;
import dev.touchpoint.server.service.ticket.NewTicket;
import dev.touchpoint.server.service.ticket.TicketDetail;
import dev.touchpoint.server.service.ticket.TicketFilter;
import dev.touchpoint.server.service.ticket.TicketImporter;
import dev.touchpoint.server.service.ticket.TicketRepository;
import dev.touchpoint.server.service.ticket.TicketService;
import dev.touchpoint.server.service.ticket.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * What other modules (and the demo loader) may ask of the service module: tickets with their SLA,
 * proactive tickets from early warnings, order stages for care plans, the scheduled jobs as methods
 * taking the time, and bulk demo loading. Methods that read or change tickets for a user apply the
 * ticket access rules; {@link #openProactive}, {@link #recordOrderStages}, the {@code run…} methods and
 * {@link #loadDemo} are for background work and check nothing.
 */
@Service
public class ServiceApi {

    private final TicketService tickets;
    private final TicketImporter importer;
    private final TicketRepository repository;
    private final CareService care;
    private final CareRepository careRepository;
    private final SlaMonitor monitor;
    private final MetricsService metrics;
    private final CustomerApi customers;
    private final IdentityApi identity;
    private final ServiceProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    ServiceApi(
            TicketService tickets,
            TicketImporter importer,
            TicketRepository repository,
            CareService care,
            CareRepository careRepository,
            SlaMonitor monitor,
            MetricsService metrics,
            CustomerApi customers,
            IdentityApi identity,
            ServiceProperties properties,
            ObjectMapper json,
            Clock clock) {
        this.tickets = tickets;
        this.importer = importer;
        this.repository = repository;
        this.care = care;
        this.careRepository = careRepository;
        this.monitor = monitor;
        this.metrics = metrics;
        this.customers = customers;
        this.identity = identity;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Opens a ticket now for a customer the caller may see. */
    public TicketDetail openTicket(NewTicket ticket) {
        return tickets.create(ticket);
    }

    /** A ticket with its conversation, if the caller may see it (404 / 403 otherwise). */
    public TicketDetail ticket(long id) {
        return tickets.detail(id);
    }

    /** Tickets the caller may see, newest first. */
    public PageResult<TicketView> tickets(TicketFilter filter, PageRequest page) {
        return tickets.search(filter, page);
    }

    /** Adds a customer message, public reply or internal note. */
    public TicketDetail addMessage(long ticketId, NewMessage message) {
        return tickets.addMessage(ticketId, message);
    }

    /** Imports tickets with their history (all-or-nothing unless {@code validOnly}). */
    public ImportReport importTickets(List<ImportedTicket> batch, boolean dryRun, boolean validOnly) {
        return importer.run(batch, dryRun, validOnly, true);
    }

    /**
     * Opens proactive service (超前服务) for an early warning of the value engine: a ticket (or a task,
     * per {@code touchpoint.service.proactive}) for the customer's team, with the evidence stored as
     * JSON. While a proactive ticket with the same reason is still open, its id is returned instead of
     * a new one. Empty when proactive service is off or the customer does not exist. No access check.
     *
     * @param reason short text, e.g. {@code "No purchase for 180 days"}
     * @param evidence the figures behind the warning (serialised to JSON)
     */
    @Transactional
    public Optional<Long> openProactive(long customerId, String reason, Map<String, ?> evidence) {
        if (properties.proactive() == ServiceProperties.ProactiveMode.OFF) {
            return Optional.empty();
        }
        var customer = customers.findUnchecked(customerId);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        var text = reason == null || reason.isBlank() ? "Early warning" : reason.strip();
        if (text.length() > 250) {
            text = text.substring(0, 250);
        }
        var now = Instant.now(clock);
        if (properties.proactive() == ServiceProperties.ProactiveMode.TASK) {
            return Optional.of(careRepository.insertTask(
                    customerId,
                    null,
                    null,
                    "Proactive: " + text,
                    now.plus(Duration.ofDays(1)),
                    customer.get().teamId(),
                    now));
        }
        var existing = repository.openProactive(customerId, text);
        if (existing.isPresent()) {
            return existing;
        }
        var ticket = new NewTicket(
                customerId,
                null,
                null,
                TicketType.REQUEST,
                TicketPriority.NORMAL,
                TicketChannel.PROACTIVE,
                "Proactive / 超前服务: " + text,
                null,
                null,
                null);
        return Optional.of(tickets.open(
                customer.get(),
                ticket,
                now,
                true,
                text,
                evidence == null ? null : json.writeValueAsString(evidence),
                "system"));
    }

    /** Order stages reached, for the care plans (idempotent per order and stage). */
    @Transactional
    public void recordOrderStages(List<OrderStageReached> stages) {
        stages.forEach(careRepository::upsertStage);
    }

    /**
     * Proactive service for due service needs: the care rules of trigger NEED run once per customer and
     * occasion, through the over-service guard — a message only with the customer's consent for the
     * rule's channel, within the frequency cap and outside quiet hours (held-back ones are listed with
     * their reason), or a task for the customer's team. No access check: for the daily background run.
     */
    public CareOutcome careForNeeds(List<ServiceNeed> needs, Instant now) {
        var r = care.runNeeds(needs, now);
        return new CareOutcome(r.sent(), r.tasks(), r.blocked(), r.deferred(), r.failed());
    }

    /** How often each outcome (SENT, TASK, BLOCKED, FAILED) of a care rule was stored since {@code since}. */
    public Map<String, Integer> careOutcomes(String ruleCode, Instant since) {
        return careRepository.outcomeCounts(ruleCode, since);
    }

    /** The SLA escalation check at {@code now} (what the scheduled job runs). */
    public SlaCheckResult runSlaCheck(Instant now) {
        return monitor.runSlaCheck(now);
    }

    /** The care plans at {@code now} (what the scheduled job runs). */
    public CareRunResult runCarePlans(Instant now) {
        return care.runCarePlans(now);
    }

    /**
     * The fast-reply metrics of the caller's tickets opened in {@code [from, to)} (default: the last
     * year), grouped by {@code groupBy} (NONE, TEAM, AGENT, CHANNEL, TYPE).
     */
    public MetricsReport metrics(
            Instant from, Instant to, String groupBy, Long teamId, Long assigneeId, TicketChannel channel) {
        return metrics.compute(from, to, parseGroup(groupBy), teamId, assigneeId, channel);
    }

    /**
     * Loads demo data without access checks, keeping every historical timestamp: tickets, order stages,
     * then care plans replayed day by day over the last {@code careDays} days before {@code now}.
     *
     * @return the number of tickets stored
     */
    @Transactional
    public int loadDemo(ServiceDemoBatch batch, Instant now, int careDays) {
        Map<String, Long> userIds = new HashMap<>();
        var stored = new ArrayList<Long>();
        for (var demo : batch.tickets()) {
            var t = demo.ticket();
            Long assignee = demo.assigneeUsername() == null
                    ? null
                    : userIds.computeIfAbsent(
                            demo.assigneeUsername(),
                            u -> identity.findUser(u).map(UserAccount::id).orElse(null));
            var customer = customers
                    .findUnchecked(t.customerId())
                    .orElseThrow(() -> new NotFoundException("customer", t.customerId()));
            var withAssignee = new ImportedTicket(
                    t.externalRef(),
                    t.customerId(),
                    t.orderId(),
                    t.touchpoint(),
                    t.type(),
                    t.priority(),
                    t.channel(),
                    t.subject(),
                    assignee,
                    t.teamId(),
                    t.createdAt(),
                    t.messages(),
                    t.statusChanges(),
                    t.rootCause(),
                    t.complaintStep(),
                    t.compensationKind(),
                    t.compensationAmount(),
                    t.compensationNote(),
                    t.satisfaction(),
                    t.satisfactionAt());
            stored.add(importer.store(withAssignee, customer));
        }
        recordOrderStages(batch.orderStages());
        var zone = CareService.ZONE;
        var today = LocalDate.ofInstant(now, zone);
        for (var day = today.minusDays(careDays); day.isBefore(today); day = day.plusDays(1)) {
            care.runCarePlans(day.atTime(LocalTime.of(10, 30)).atZone(zone).toInstant());
        }
        return stored.size();
    }

    static MetricsService.GroupBy parseGroup(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return MetricsService.GroupBy.TEAM;
        }
        try {
            return MetricsService.GroupBy.valueOf(groupBy.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw dev.touchpoint.server.platform.InvalidInputException.of(
                    "groupBy", "oneOf", "groupBy must be one of NONE, TEAM, AGENT, CHANNEL, TYPE");
        }
    }

    /**
     * Streams the day of every complaint (ticket of type COMPLAINT) opened before {@code before}, ordered by
     * customer and time, days in {@code zone}. No access check: for analytics runs (incident tolerance in
     * the loyalty index).
     */
    public void forEachComplaintDate(
            Instant before, java.time.ZoneId zone, java.util.function.Consumer<ComplaintDate> consumer) {
        repository.forEachComplaintDate(before, zone, consumer);
    }
}
