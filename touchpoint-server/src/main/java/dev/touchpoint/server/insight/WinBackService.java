package dev.touchpoint.server.insight;

import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.StateConflictException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The warnings inbox and the win-back workflow: assign, record contacts as touchpoints, close with the
 * churn cause and outcome. Effort is guided by tier: VIP and KEY customers get the KEY effort
 * (personal visit by the owner within 3 days), NORMAL a call within 7 days, SMALL an automated message.
 */
@Service
public class WinBackService {

    static final Set<String> STATUSES = Set.of("OPEN", "IN_PROGRESS", "CLOSED", "ACTIVE");
    static final List<String> CAUSES =
            List.of("INCONVENIENT", "SLOW", "UNFRIENDLY", "UNPROFESSIONAL", "POOR_VALUE", "DISLIKE", "BROKEN_PROMISE");
    static final List<String> PARTIES = List.of("COMPANY", "COMPETITOR", "CUSTOMER", "SALESPERSON", "OTHER");
    static final List<String> OUTCOMES = List.of("WON_BACK", "LOST", "NOT_NEEDED");

    private final WarningRepository warnings;
    private final CustomerApi customers;
    private final TouchpointApi touchpoints;
    private final IdentityApi identity;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    WinBackService(
            WarningRepository warnings,
            CustomerApi customers,
            TouchpointApi touchpoints,
            IdentityApi identity,
            AuditLog audit,
            ObjectMapper json,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.warnings = warnings;
        this.customers = customers;
        this.touchpoints = touchpoints;
        this.identity = identity;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public PageResult<WarningView> inbox(WarningFilter filter, PageRequest page) {
        var violations = new ArrayList<FieldViolation>();
        if (filter.status() != null && !STATUSES.contains(filter.status())) {
            violations.add(new FieldViolation("status", "oneOf", "status must be one of " + STATUSES));
        }
        if (filter.rule() != null && !filter.rule().matches("[A-Z_]{1,40}")) {
            violations.add(new FieldViolation("rule", "pattern", "unknown rule"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var user = CurrentUsers.require();
        var rows = warnings.search(filter, customers.scopePredicate("w.customer_id"), user, page);
        var names = customers.names(
                rows.items().stream().map(WarningRepository.Row::customerId).toList());
        return new PageResult<>(
                rows.items().stream()
                        .map(r -> view(r, names.get(r.customerId())))
                        .toList(),
                rows.total(),
                rows.page(),
                rows.size());
    }

    public WarningView warning(long id) {
        var row = require(id);
        return view(row, customers.names(List.of(row.customerId())).get(row.customerId()));
    }

    public List<WarningAction> actions(long id) {
        require(id);
        return warnings.actions(id);
    }

    @Transactional
    public WarningView assign(long id, WinBackRequests.Assign request) {
        var row = require(id);
        var assignee = identity.findUser(request.assigneeId())
                .orElseThrow(() ->
                        InvalidInputException.of("assigneeId", "exists", "no user with id " + request.assigneeId()));
        int version = request.version() == null ? row.version() : request.version();
        if (warnings.assign(id, assignee.id(), version) == 0) {
            throw conflict(id, row);
        }
        warnings.addAction(id, "ASSIGN", assignee.username(), null, CurrentUsers.actorName());
        audit.record(
                AuditLog.Action.UPDATE,
                "value_warning",
                id,
                "assigned to " + assignee.username(),
                Map.of("assigneeId", assignee.id()));
        return warning(id);
    }

    /** Records a contact as a touchpoint event of the customer, within the caller's transaction. */
    @Transactional
    public WarningView contact(long id, WinBackRequests.Contact request) {
        var row = require(id);
        if ("CLOSED".equals(row.status())) {
            throw InvalidInputException.of("status", "open", "the warning is closed");
        }
        var entry = touchpoints
                .find(request.touchpoint())
                .orElseThrow(() -> InvalidInputException.of(
                        "touchpoint", "unknown", "no touchpoint with code " + request.touchpoint()));
        var eventId = "winback-" + id + "-" + java.util.UUID.randomUUID();
        var attributes = json.writeValueAsString(Map.of(
                "warningId",
                id,
                "rule",
                row.rule(),
                "note",
                request.note() == null ? "" : request.note().strip()));
        touchpoints.recordTrusted(new NewEvent(
                eventId,
                row.customerId(),
                null,
                entry.code(),
                entry.kind() == null ? TouchpointKind.EXPERIENCE : entry.kind(),
                clock.instant(),
                entry.channel(),
                null,
                entry.zone(),
                null,
                null,
                null,
                null,
                attributes));
        warnings.touch(id);
        warnings.addAction(id, "CONTACT", request.note(), eventId, CurrentUsers.actorName());
        audit.record(
                AuditLog.Action.UPDATE,
                "value_warning",
                id,
                "win-back contact at " + entry.code(),
                Map.of("eventId", eventId));
        return warning(id);
    }

    @Transactional
    public WarningView close(long id, WinBackRequests.Close request) {
        var row = require(id);
        var violations = new ArrayList<FieldViolation>();
        if (request.outcome() == null || !OUTCOMES.contains(request.outcome())) {
            violations.add(new FieldViolation("outcome", "oneOf", "outcome must be one of " + OUTCOMES));
        }
        boolean needsCause = !"NOT_NEEDED".equals(request.outcome());
        if (invalid(request.churnCause(), CAUSES, needsCause)) {
            violations.add(new FieldViolation("churnCause", "oneOf", "churn cause must be one of " + CAUSES));
        }
        if (invalid(request.causeParty(), PARTIES, needsCause)) {
            violations.add(new FieldViolation("causeParty", "oneOf", "cause party must be one of " + PARTIES));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int version = request.version() == null ? row.version() : request.version();
        if (warnings.close(
                        id,
                        request.churnCause(),
                        request.causeParty(),
                        request.outcome(),
                        CurrentUsers.actorName(),
                        version)
                == 0) {
            throw conflict(id, row);
        }
        warnings.addAction(
                id,
                "CLOSE",
                request.outcome() + (request.note() == null ? "" : ": " + request.note()),
                null,
                CurrentUsers.actorName());
        audit.record(
                AuditLog.Action.UPDATE,
                "value_warning",
                id,
                "closed " + request.outcome(),
                Map.of(
                        "outcome",
                        request.outcome(),
                        "churnCause",
                        String.valueOf(request.churnCause()),
                        "causeParty",
                        String.valueOf(request.causeParty())));
        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                dev.touchpoint.server.platform.OutboundEventType.WARNING_CLOSED,
                "warning",
                id,
                row.customerId(),
                "rule",
                row.rule(),
                "tier",
                row.tier(),
                "outcome",
                request.outcome(),
                "churnCause",
                request.churnCause(),
                "causeParty",
                request.causeParty()));
        return warning(id);
    }

    public List<Map<String, Object>> causes() {
        return warnings.causes(customers.scopePredicate("w.customer_id"), CurrentUsers.require());
    }

    /** List.of rejects contains(null), so absence is checked first. */
    private static boolean invalid(String value, List<String> allowed, boolean required) {
        return value == null ? required : !allowed.contains(value);
    }

    static String effort(String tier) {
        if ("VIP".equals(tier) || "KEY".equals(tier)) {
            return "KEY";
        }
        return "SMALL".equals(tier) ? "SMALL" : "NORMAL";
    }

    private WarningRepository.Row require(long id) {
        var row = warnings.find(id).orElseThrow(() -> new NotFoundException("value_warning", id));
        customers.requireVisible(row.customerId());
        return row;
    }

    private RuntimeException conflict(long id, WarningRepository.Row row) {
        if ("CLOSED".equals(row.status())) {
            return new StateConflictException("status", "the warning is already closed");
        }
        return new VersionConflictException("value_warning", id, row.version(), false);
    }

    @SuppressWarnings("unchecked")
    private WarningView view(WarningRepository.Row r, String name) {
        Map<String, Object> evidence = json.readValue(r.evidence(), Map.class);
        return new WarningView(
                r.id(),
                r.customerId(),
                name,
                r.tier(),
                r.rule(),
                r.reason(),
                evidence,
                r.raisedOn(),
                r.status(),
                r.assigneeId(),
                r.churnCause(),
                r.causeParty(),
                r.outcome(),
                r.closedAt(),
                r.version(),
                effort(r.tier()));
    }
}
