package dev.touchpoint.server.service.ticket;

import dev.touchpoint.analytics.service.SlaState;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import dev.touchpoint.server.service.complaint.ComplaintSurvey;
import dev.touchpoint.server.service.complaint.ComplaintSurveyRepository;
import dev.touchpoint.server.service.shared.ServiceAccess;
import dev.touchpoint.server.service.shared.TouchpointRecorder;
import dev.touchpoint.server.service.sla.SlaCatalog;
import dev.touchpoint.server.service.sla.SlaEvaluator;
import dev.touchpoint.server.service.sla.SlaPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tickets: reading them in scope with their SLA, opening, conversation, status and complaint handling. */
@Service
public class TicketService {

    /** Lists filtered by SLA state are evaluated in memory over at most this many tickets. */
    static final int SLA_FILTER_LIMIT = 5000;

    private final TicketRepository tickets;
    private final ComplaintSurveyRepository surveys;
    private final TicketTimeline timeline;
    private final SlaCatalog catalog;
    private final SlaEvaluator evaluator;
    private final ServiceAccess access;
    private final CustomerApi customers;
    private final AuditLog audit;
    private final TouchpointRecorder touchpoints;
    private final Clock clock;
    private final ComplaintSurvey survey;

    private final org.springframework.context.ApplicationEventPublisher events;

    TicketService(
            TicketRepository tickets,
            ComplaintSurveyRepository surveys,
            TicketTimeline timeline,
            SlaCatalog catalog,
            SlaEvaluator evaluator,
            ServiceAccess access,
            CustomerApi customers,
            AuditLog audit,
            TouchpointRecorder touchpoints,
            Clock clock,
            ComplaintSurvey survey,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.survey = survey;
        this.tickets = tickets;
        this.surveys = surveys;
        this.timeline = timeline;
        this.catalog = catalog;
        this.evaluator = evaluator;
        this.access = access;
        this.customers = customers;
        this.audit = audit;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    public PageResult<TicketView> search(TicketFilter filter, PageRequest page) {
        var scope = access.tickets();
        var now = Instant.now(clock);
        if (filter.sla() == null) {
            var rows = tickets.search(filter, scope, page.size(), page.offset());
            return new PageResult<>(views(rows, now), tickets.count(filter, scope), page.page(), page.size());
        }
        var all = views(tickets.search(filter, scope, SLA_FILTER_LIMIT, 0), now).stream()
                .filter(v -> v.sla() != null && v.sla().state() == filter.sla())
                .toList();
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new PageResult<>(all.subList(from, to), all.size(), page.page(), page.size());
    }

    /** Views of rows, loading their messages and histories in two queries. */
    List<TicketView> views(List<TicketRow> rows, Instant now) {
        var ids = rows.stream().map(TicketRow::id).toList();
        var messages = timeline.publicMessages(ids);
        var histories = timeline.histories(ids);
        var names = new Names();
        return rows.stream()
                .map(r -> view(
                        r,
                        messages.getOrDefault(r.id(), List.of()),
                        histories.getOrDefault(r.id(), List.of()),
                        now,
                        names))
                .toList();
    }

    TicketRow require(long id) {
        return tickets.find(id, access.tickets())
                .orElseThrow(() -> tickets.exists(id)
                        ? new OutOfScopeException("ticket", id)
                        : new NotFoundException("ticket", id));
    }

    public TicketDetail detail(long id) {
        var row = require(id);
        if (row.type() == TicketType.COMPLAINT && survey.collect(id) > 0) {
            row = require(id);
        }
        var messages = timeline.messages(id);
        var history = timeline.history(id);
        var view = view(row, messages, history, Instant.now(clock), new Names());
        return new TicketDetail(
                view,
                messages,
                history,
                timeline.escalations(id),
                surveys.survey(id).orElse(null));
    }

    @Transactional
    public TicketDetail create(NewTicket n) {
        var user = access.requireWriter();
        var customer = access.requireCustomer(n.customerId());
        var now = Instant.now(clock);
        long id = open(customer, n, now, false, null, null, user.displayName());
        if (n.description() != null && !n.description().isBlank()) {
            timeline.insertMessage(
                    id,
                    Party.CUSTOMER,
                    false,
                    customer.name(),
                    null,
                    n.description().strip(),
                    now);
        }
        return detail(id);
    }

    /** Inserts a new ticket (status NEW) with its policy; audits and records the touchpoint. */
    public long open(
            CustomerRef customer,
            NewTicket n,
            Instant at,
            boolean proactive,
            String reason,
            String evidence,
            String actor) {
        var priority = n.priority() == null ? TicketPriority.NORMAL : n.priority();
        var channel = n.channel() == null ? TicketChannel.API : n.channel();
        var teamId = n.teamId() != null ? n.teamId() : customer.teamId();
        var policy = catalog.match(priority, n.type(), teamId, customer.tier())
                .map(SlaPolicy::id)
                .orElse(null);
        long id = tickets.insert(new TicketRepository.Insert(
                customer.id(),
                n.orderId(),
                blank(n.touchpoint()),
                n.type(),
                priority,
                TicketStatus.NEW,
                channel,
                n.subject().strip(),
                blank(n.description()),
                n.assigneeId(),
                teamId,
                policy,
                at,
                proactive,
                reason,
                evidence,
                null,
                actor));
        timeline.insertStatus(id, TicketStatus.NEW, at, CurrentUsers.actorName());
        var details = new LinkedHashMap<String, Object>();
        details.put("customerId", customer.id());
        details.put("type", n.type().name());
        details.put("priority", priority.name());
        details.put("proactive", proactive);
        audit.record(AuditLog.Action.CREATE, "ticket", id, n.subject(), details);
        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                dev.touchpoint.server.platform.OutboundEventType.TICKET_CREATED,
                "ticket",
                id,
                customer.id(),
                "type",
                n.type().name(),
                "priority",
                priority.name(),
                "channel",
                channel.name(),
                "subject",
                n.subject(),
                "proactive",
                proactive,
                "teamId",
                teamId,
                "assigneeId",
                n.assigneeId()));
        touchpoints.record(
                "service:ticket:" + id + ":opened",
                customer.id(),
                n.type() == TicketType.COMPLAINT ? "SERVICE_COMPLAINT_OPENED" : "SERVICE_TICKET_OPENED",
                channel.name(),
                at,
                n.subject());
        return id;
    }

    @Transactional
    public TicketDetail addMessage(long id, NewMessage m) {
        var user = access.requireWriter();
        var row = require(id);
        var now = Instant.now(clock);
        var at = m.at() == null ? now : m.at();
        var violations = new ArrayList<FieldViolation>();
        if (at.isAfter(now)) {
            violations.add(new FieldViolation("at", "notFuture", "a message cannot be written in the future"));
        }
        if (at.isBefore(row.createdAt())) {
            violations.add(new FieldViolation("at", "afterOpening", "a message cannot be older than its ticket"));
        }
        if (m.internal() && m.party() == Party.CUSTOMER) {
            violations.add(new FieldViolation("internal", "agentOnly", "only agents write internal notes"));
        }
        if (row.status() == TicketStatus.CLOSED) {
            violations.add(
                    new FieldViolation("status", "closed", "a closed ticket takes no more messages; open a new one"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var author = m.party() == Party.AGENT ? user.displayName() : access.customerName(row.customerId());
        timeline.insertMessage(
                id,
                m.party(),
                m.internal(),
                author,
                m.party() == Party.AGENT ? user.id() : null,
                m.body().strip(),
                at);
        var next = m.thenStatus() != null ? m.thenStatus() : automaticStatus(row.status(), m);
        applyStatus(row, next, at);
        audit.record(
                AuditLog.Action.UPDATE,
                "ticket",
                id,
                m.internal() ? "internal note" : m.party() + " message",
                Map.of("status", next.name()));
        if (!m.internal()) {
            touchpoints.record(
                    "service:ticket:" + id + ":message:" + at.toEpochMilli(),
                    row.customerId(),
                    m.party() == Party.AGENT ? "SERVICE_REPLY" : "SERVICE_CUSTOMER_MESSAGE",
                    row.channel().name(),
                    at,
                    row.subject());
        }
        return detail(id);
    }

    /** A public reply opens a new ticket; a customer message reopens a pending or solved one. */
    static TicketStatus automaticStatus(TicketStatus current, NewMessage m) {
        if (m.internal()) {
            return current;
        }
        if (m.party() == Party.AGENT) {
            return current == TicketStatus.NEW ? TicketStatus.OPEN : current;
        }
        return current == TicketStatus.PENDING_CUSTOMER || current == TicketStatus.SOLVED ? TicketStatus.OPEN : current;
    }

    /** Moves the ticket to {@code status} at {@code at} (history when it changes) and refreshes its times. */
    void applyStatus(TicketRow row, TicketStatus status, Instant at) {
        if (status != row.status()) {
            timeline.insertStatus(row.id(), status, at, CurrentUsers.actorName());
            if (status == TicketStatus.SOLVED) {
                touchpoints.record(
                        "service:ticket:" + row.id() + ":solved:" + at.toEpochMilli(),
                        row.customerId(),
                        "SERVICE_TICKET_SOLVED",
                        row.channel().name(),
                        at,
                        row.subject());
                events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                        dev.touchpoint.server.platform.OutboundEventType.TICKET_SOLVED,
                        "ticket",
                        row.id(),
                        row.customerId(),
                        "type",
                        row.type().name(),
                        "priority",
                        row.priority().name(),
                        "subject",
                        row.subject(),
                        "solvedAt",
                        at.toString()));
            }
        }
        Instant solved = switch (status) {
            case SOLVED -> status == row.status() ? row.solvedAt() : at;
            case CLOSED -> row.solvedAt() != null ? row.solvedAt() : at;
            default -> null;
        };
        Instant closed = status == TicketStatus.CLOSED ? (row.closedAt() != null ? row.closedAt() : at) : null;
        var firstReply = SlaEvaluator.firstReply(timeline.messages(row.id()));
        tickets.updateState(row.id(), status, firstReply, solved, closed);
        if (status.done() && !row.status().done()) {
            survey.invite(row, at);
        }
    }

    @Transactional
    TicketView update(long id, TicketChange c, Integer expectedVersion, boolean precondition) {
        access.requireWriter();
        var row = require(id);
        if (expectedVersion == null) {
            throw InvalidInputException.of("version", "required", "send If-Match or the version you read");
        }
        var violations = new ArrayList<FieldViolation>();
        boolean complaintFields = c.rootCause() != null
                || c.complaintStep() != null
                || c.compensationKind() != null
                || c.compensationAmount() != null
                || c.satisfaction() != null;
        if (complaintFields && row.type() != TicketType.COMPLAINT) {
            violations.add(new FieldViolation(
                    "rootCause",
                    "complaintOnly",
                    "root cause, steps, compensation and satisfaction belong to complaints"));
        }
        if (row.complaintStep() != null
                && c.complaintStep() != null
                && !row.complaintStep().allows(c.complaintStep())) {
            violations.add(new FieldViolation(
                    "complaintStep",
                    "forwardOnly",
                    "complaint steps only move forward (now " + row.complaintStep() + ")"));
        }
        if (c.status().done() && row.type() == TicketType.COMPLAINT && c.rootCause() == null) {
            violations.add(new FieldViolation(
                    "rootCause", "requiredToSolve", "name the root cause before solving a complaint"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var tier =
                customers.findUnchecked(row.customerId()).map(CustomerRef::tier).orElse(null);
        var policy = catalog.match(c.priority(), row.type(), c.teamId(), tier)
                .map(SlaPolicy::id)
                .orElse(null);
        var satisfactionAt = Objects.equals(c.satisfaction(), row.satisfaction())
                ? row.satisfactionAt()
                : c.satisfaction() == null ? null : Instant.now(clock);
        if (tickets.update(id, expectedVersion, c, policy, satisfactionAt) == 0) {
            throw new VersionConflictException("ticket", id, row.version(), precondition);
        }
        if (c.status() != row.status()) {
            applyStatus(tickets.find(id, TicketRepository.Scope.ALL).orElseThrow(), c.status(), Instant.now(clock));
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("status", c.status().name());
        details.put("priority", c.priority().name());
        if (c.rootCause() != null) {
            details.put("rootCause", c.rootCause().name());
        }
        if (c.satisfaction() != null) {
            details.put("satisfaction", c.satisfaction());
        }
        audit.record(AuditLog.Action.UPDATE, "ticket", id, "ticket changed", details);
        return detail(id).ticket();
    }

    TicketView view(
            TicketRow r,
            List<TicketMessage> messages,
            List<TicketDetail.StatusEntry> history,
            Instant now,
            Names names) {
        var evaluation = evaluator.evaluate(r, messages, history, now);
        var complaint = r.type() == TicketType.COMPLAINT || r.rootCause() != null
                ? new TicketView.Complaint(
                        r.rootCause(),
                        r.complaintStep(),
                        r.compensationKind(),
                        r.compensationAmount(),
                        r.compensationNote(),
                        r.satisfaction(),
                        r.satisfactionAt())
                : null;
        return new TicketView(
                r.id(),
                r.customerId(),
                names.customer(r.customerId()),
                r.orderId(),
                r.touchpoint(),
                r.type(),
                r.priority(),
                r.status(),
                r.channel(),
                r.subject(),
                r.description(),
                r.assigneeId(),
                names.user(r.assigneeId()),
                r.teamId(),
                names.team(r.teamId()),
                r.createdAt(),
                r.firstResponseAt(),
                r.solvedAt(),
                r.closedAt(),
                r.escalationLevel(),
                complaint,
                r.proactive(),
                r.proactiveReason(),
                evaluation.sla(),
                r.version());
    }

    /** Whether the ticket's SLA is breached or due soon, for list badges. */
    static boolean atRisk(TicketView v) {
        return v.sla() != null
                && v.sla().state() != null
                && (v.sla().state().breached() || v.sla().state() == SlaState.DUE_SOON);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Caches names looked up while building views. */
    final class Names {
        private final Map<Long, String> customerNames = new HashMap<>();
        private final Map<Long, String> userNames = new HashMap<>();
        private Map<Long, String> teamNames;

        String customer(long id) {
            return customerNames.computeIfAbsent(id, access::customerName);
        }

        String user(Long id) {
            return id == null ? null : userNames.computeIfAbsent(id, access::userName);
        }

        String team(Long id) {
            if (id == null) {
                return null;
            }
            if (teamNames == null) {
                teamNames = access.teamNames();
            }
            return teamNames.get(id);
        }
    }
}
