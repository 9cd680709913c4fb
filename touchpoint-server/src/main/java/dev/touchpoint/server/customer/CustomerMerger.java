package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into a surviving customer without losing anything: contacts, notes and consent
 * history move over, tags are united, the survivor's empty fields are filled from the duplicate, and
 * values that differ (a second phone, email…) are kept in a note. Other modules re-point their rows in
 * their listener of {@link CustomersMerged}, in the same transaction. The duplicate keeps
 * {@code merged_into} and leaves every list.
 */
@Service
class CustomerMerger {

    private final CustomerService customers;
    private final CustomerRepository repository;
    private final CustomerRecordsRepository records;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    CustomerMerger(
            CustomerService customers,
            CustomerRepository repository,
            CustomerRecordsRepository records,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.customers = customers;
        this.repository = repository;
        this.records = records;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    Customer merge(long survivorId, long duplicateId) {
        if (survivorId == duplicateId) {
            throw InvalidInputException.of("duplicateId", "different", "a customer cannot be merged into itself");
        }
        var survivor = customers.getForChange(survivorId);
        var duplicate = customers.getForChange(duplicateId);
        var combined = combine(survivor, duplicate);
        if (repository.update(survivorId, survivor.version(), combined) == 0) {
            throw new dev.touchpoint.server.platform.VersionConflictException(
                    "customer", survivorId, survivor.version(), false);
        }
        records.moveAll(duplicateId, survivorId);
        var kept = differingValues(survivor, duplicate);
        if (!kept.isEmpty()) {
            records.insertNote(
                    survivorId,
                    CurrentUsers.actorName(),
                    "Merged from #" + duplicateId + " " + duplicate.name() + ": " + String.join("; ", kept));
        }
        repository.markMerged(survivorId, duplicateId, CurrentUsers.actorName(), duplicate.name());
        events.publishEvent(new CustomersMerged(survivorId, duplicateId));
        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                dev.touchpoint.server.platform.OutboundEventType.CUSTOMER_MERGED,
                "customer",
                survivorId,
                survivorId,
                "mergedId",
                duplicateId));
        audit.record(
                AuditLog.Action.MERGE,
                "customer",
                survivorId,
                duplicate.name() + " → " + survivor.name(),
                Map.of("survivorId", survivorId, "mergedId", duplicateId));
        return repository.find(survivorId).orElseThrow();
    }

    static NewCustomer combine(Customer s, Customer d) {
        var tags = new LinkedHashSet<>(s.tags());
        tags.addAll(d.tags());
        return new NewCustomer(
                s.kind(),
                s.name(),
                fill(s.phone(), d.phone()),
                fill(s.email(), d.email()),
                s.tier(),
                fill(s.source(), d.source()),
                s.ownerId() != null ? s.ownerId() : d.ownerId(),
                s.teamId() != null ? s.teamId() : d.teamId(),
                List.copyOf(tags),
                fill(s.gender(), d.gender()),
                s.birthday() != null ? s.birthday() : d.birthday(),
                fill(s.city(), d.city()),
                fill(s.address(), d.address()),
                fill(s.industry(), d.industry()),
                fill(s.notes(), d.notes()),
                null);
    }

    /** Values of the duplicate that the survivor's own (non-empty, different) values would hide. */
    static List<String> differingValues(Customer s, Customer d) {
        var kept = new ArrayList<String>();
        differs(kept, "name", s.name(), d.name());
        differs(kept, "phone", s.phone(), d.phone());
        differs(kept, "email", s.email(), d.email());
        differs(kept, "source", s.source(), d.source());
        differs(kept, "city", s.city(), d.city());
        differs(kept, "address", s.address(), d.address());
        differs(kept, "industry", s.industry(), d.industry());
        differs(kept, "notes", s.notes(), d.notes());
        differs(kept, "birthday", s.birthday(), d.birthday());
        return kept;
    }

    private static void differs(List<String> kept, String field, Object survivor, Object duplicate) {
        if (survivor != null && duplicate != null && !Objects.equals(survivor, duplicate)) {
            kept.add(field + " " + duplicate);
        }
    }

    private static String fill(String survivor, String duplicate) {
        return survivor == null || survivor.isBlank() ? duplicate : survivor;
    }
}
