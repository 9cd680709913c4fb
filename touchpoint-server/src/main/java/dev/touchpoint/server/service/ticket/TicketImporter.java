package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.service.ImportedTicket;
import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import dev.touchpoint.server.service.shared.ServiceAccess;
import dev.touchpoint.server.service.sla.SlaCatalog;
import dev.touchpoint.server.service.sla.SlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports tickets with their history (API import, demo data): all-or-nothing by default, or only the
 * valid ones; the report names each problem by ticket (row = position in the list, 1-based) and field.
 */
@Component
public class TicketImporter {

    private final TicketRepository tickets;
    private final TicketTimeline timeline;
    private final SlaCatalog catalog;
    private final CustomerApi customers;
    private final ServiceAccess access;
    private final AuditLog audit;

    TicketImporter(
            TicketRepository tickets,
            TicketTimeline timeline,
            SlaCatalog catalog,
            CustomerApi customers,
            ServiceAccess access,
            AuditLog audit) {
        this.tickets = tickets;
        this.timeline = timeline;
        this.catalog = catalog;
        this.customers = customers;
        this.access = access;
        this.audit = audit;
    }

    /**
     * @param checkAccess whether the caller must see every customer (false for demo data)
     */
    @Transactional
    public ImportReport run(List<ImportedTicket> batch, boolean dryRun, boolean validOnly, boolean checkAccess) {
        var rows = new java.util.ArrayList<Integer>();
        for (int i = 0; i < batch.size(); i++) {
            rows.add(i + 1);
        }
        return run(batch, rows, "JSON", dryRun, validOnly, checkAccess);
    }

    /**
     * Imports tickets with their history: {@code rowOf.get(i)} is the row the report names for ticket
     * {@code i}. The report counts tickets.
     */
    private ImportReport run(
            List<ImportedTicket> batch,
            List<Integer> rowOf,
            String source,
            boolean dryRun,
            boolean validOnly,
            boolean checkAccess) {
        if (checkAccess) {
            access.requireWriter();
        }
        var problems = new ArrayList<RowProblem>();
        var refs = new HashSet<String>();
        var valid = new ArrayList<ImportedTicket>();
        var refsOf = new java.util.HashMap<Long, CustomerRef>();
        for (int i = 0; i < batch.size(); i++) {
            var t = batch.get(i);
            int row = rowOf.get(i);
            int before = problems.size();
            validate(t, refs, checkAccess, refsOf, (field, reason) -> problems.add(new RowProblem(row, field, reason)));
            if (problems.size() == before) {
                valid.add(t);
            }
        }
        boolean apply = !dryRun && (validOnly || problems.isEmpty());
        int imported = 0;
        if (apply) {
            for (var t : valid) {
                store(t, refsOf.get(t.customerId()));
                imported++;
            }
            audit.record(
                    AuditLog.Action.IMPORT,
                    "ticket",
                    null,
                    imported + " tickets imported",
                    Map.of(
                            "tickets",
                            batch.size(),
                            "imported",
                            imported,
                            "problems",
                            problems.size(),
                            "source",
                            source));
        }
        return new ImportReport(batch.size(), valid.size(), problems, apply, imported, null);
    }

    /**
     * Checks a ticket against the stored data: its customer exists (and is visible), its reference is
     * new, its messages and status changes are in time order, complaint fields belong to complaints.
     * Problems are reported by field of {@link ImportedTicket}.
     */
    void validate(
            ImportedTicket t,
            java.util.Set<String> refs,
            boolean checkAccess,
            Map<Long, CustomerRef> refsOf,
            java.util.function.BiConsumer<String, String> problem) {
        var customer = customer(t.customerId(), checkAccess);
        if (customer.isEmpty()) {
            problem.accept("customerId", "customer " + t.customerId() + " does not exist or is not yours");
        } else {
            refsOf.put(t.customerId(), customer.get());
        }
        if (t.externalRef() != null && (!refs.add(t.externalRef()) || tickets.externalRefTaken(t.externalRef()))) {
            problem.accept("externalRef", "ticket " + t.externalRef() + " was already imported");
        }
        for (var m : t.messages()) {
            if (m.at().isBefore(t.createdAt())) {
                problem.accept("messages.at", "a message at " + m.at() + " is older than the ticket");
                break;
            }
            if (m.internal() && m.party() == Party.CUSTOMER) {
                problem.accept("messages.internal", "only agents write internal notes");
                break;
            }
        }
        Instant last = t.createdAt();
        for (var s : t.statusChanges()) {
            if (s.at().isBefore(last)) {
                problem.accept("statusChanges.at", "status changes must be in time order after the opening");
                break;
            }
            last = s.at();
        }
        boolean complaintFields = t.rootCause() != null
                || t.complaintStep() != null
                || t.compensationKind() != null
                || t.satisfaction() != null;
        if (complaintFields && t.type() != TicketType.COMPLAINT) {
            problem.accept("rootCause", "complaint fields belong to complaints");
        }
    }

    private Optional<CustomerRef> customer(long id, boolean checkAccess) {
        if (!checkAccess) {
            return customers.findUnchecked(id);
        }
        try {
            return Optional.of(customers.requireVisible(id));
        } catch (NotFoundException | OutOfScopeException e) {
            return Optional.empty();
        }
    }

    /** Stores one ticket as it happened. */
    public long store(ImportedTicket t, CustomerRef customer) {
        var priority = t.priority() == null ? TicketPriority.NORMAL : t.priority();
        var channel = t.channel() == null ? TicketChannel.API : t.channel();
        var teamId = t.teamId() != null ? t.teamId() : customer.teamId();
        var messages = new ArrayList<>(t.messages());
        messages.sort(Comparator.comparing(ImportedTicket.Message::at));
        var firstReply = messages.stream()
                .filter(m -> m.party() == Party.AGENT && !m.internal())
                .map(ImportedTicket.Message::at)
                .findFirst()
                .orElse(null);
        var status = t.statusChanges().isEmpty()
                ? (firstReply == null ? TicketStatus.NEW : TicketStatus.OPEN)
                : t.statusChanges().get(t.statusChanges().size() - 1).status();
        Instant solved = null;
        Instant closed = null;
        for (var s : t.statusChanges()) {
            if (s.status() == TicketStatus.SOLVED) {
                solved = s.at();
            }
            if (s.status() == TicketStatus.CLOSED) {
                closed = s.at();
            }
        }
        if (!status.done()) {
            solved = null;
            closed = null;
        } else if (solved == null) {
            solved = closed;
        }
        var policy = catalog.match(priority, t.type(), teamId, customer.tier())
                .map(SlaPolicy::id)
                .orElse(null);
        long id = tickets.insert(new TicketRepository.Insert(
                customer.id(),
                t.orderId(),
                t.touchpoint(),
                t.type(),
                priority,
                status,
                channel,
                t.subject(),
                null,
                t.assigneeId(),
                teamId,
                policy,
                t.createdAt(),
                false,
                null,
                null,
                t.externalRef(),
                "import"));
        timeline.insertStatus(id, TicketStatus.NEW, t.createdAt(), "import");
        for (var s : t.statusChanges()) {
            timeline.insertStatus(id, s.status(), s.at(), "import");
        }
        for (var m : messages) {
            timeline.insertMessage(
                    id,
                    m.party(),
                    m.internal(),
                    m.author() != null ? m.author() : m.party() == Party.CUSTOMER ? customer.name() : null,
                    null,
                    m.body(),
                    m.at());
        }
        tickets.updateState(id, status, firstReply, solved, closed);
        if (t.type() == TicketType.COMPLAINT) {
            tickets.setComplaint(
                    id,
                    t.rootCause(),
                    t.complaintStep(),
                    t.compensationKind(),
                    t.compensationAmount(),
                    t.compensationNote(),
                    t.satisfaction(),
                    t.satisfactionAt());
        }
        return id;
    }
}
