package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.OutboundEvent;
import dev.touchpoint.server.platform.OutboundEventType;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.VersionConflictException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing, deleting and finding customers within the caller's scope.
 *
 * <p>Delete is a soft delete: the row keeps its id (other modules' orders and events still point at
 * it) but leaves every list and answers 404. Reading a merged customer raises
 * {@link CustomerMergedException} naming the survivor.
 */
@Service
class CustomerService {

    /** A created customer and the visible customers sharing its phone or email. */
    record Created(Customer customer, List<Customer> possibleDuplicates) {}

    private final CustomerRepository customers;
    private final TierRepository tiers;
    private final Assignments assignments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CustomerService(
            CustomerRepository customers,
            TierRepository tiers,
            Assignments assignments,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.customers = customers;
        this.tiers = tiers;
        this.assignments = assignments;
        this.audit = audit;
    }

    @Transactional
    Created create(NewCustomer input) {
        var me = CurrentUsers.require();
        checkTier(input.tier());
        var assignment = assignments.forNew(me, input.ownerId(), input.teamId());
        var toStore = new NewCustomer(
                input.kind(),
                input.name().strip(),
                blank(input.phone()),
                blank(input.email()),
                input.tier(),
                blank(input.source()),
                assignment.ownerId(),
                assignment.teamId(),
                cleanTags(input.tags()),
                blank(input.gender()),
                input.birthday(),
                blank(input.city()),
                blank(input.address()),
                blank(input.industry()),
                blank(input.notes()),
                null);
        long id = customers.insertAll(List.of(toStore)).get(0);
        var created = customers.find(id).orElseThrow();
        audit.record(AuditLog.Action.CREATE, "customer", id, created.name(), summary(created));
        events.publishEvent(createdEvent(
                id, created.kind(), created.tier(), created.source(), created.ownerId(), created.teamId(), false));
        return new Created(created, customers.findMatching(created.phone(), created.email(), id, me));
    }

    /** The active customer, if visible; 404 when missing or deleted, 403 outside scope. */
    Customer get(long id) {
        var c = customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        if (!CurrentUsers.require().canSee(c.ownerId(), c.teamId())) {
            throw new OutOfScopeException("customer", id);
        }
        if (c.deletedAt() != null) {
            throw new NotFoundException("customer", id);
        }
        if (c.mergedInto() != null) {
            throw new CustomerMergedException(id, c.mergedInto());
        }
        return c;
    }

    /** The customer, if the caller may change it (visible, active, and not an analyst). */
    Customer getForChange(long id) {
        var c = get(id);
        Assignments.requireWriter(CurrentUsers.require(), id);
        return c;
    }

    /**
     * Replaces the customer's fields. {@code ifMatch} (from the header) mismatching answers 412; a
     * stale {@code version} in the body 409.
     */
    @Transactional
    Customer update(long id, CustomerChange change, Integer ifMatch) {
        var me = CurrentUsers.require();
        var current = getForChange(id);
        if (ifMatch != null && ifMatch != current.version()) {
            throw new VersionConflictException("customer", id, current.version(), true);
        }
        if (ifMatch == null && change.version() == null) {
            // never let an edit silently overwrite another one
            throw InvalidInputException.of(
                    "version", "required", "send the version you read, in the body or as If-Match");
        }
        int version = ifMatch != null ? ifMatch : change.version();
        if (version != current.version()) {
            throw new VersionConflictException("customer", id, current.version(), false);
        }
        checkTier(change.tier());
        var assignment = assignments.forChange(me, current, change.ownerId(), change.teamId());
        var values = new NewCustomer(
                change.kind(),
                change.name().strip(),
                blank(change.phone()),
                blank(change.email()),
                change.tier(),
                blank(change.source()),
                assignment.ownerId(),
                assignment.teamId(),
                cleanTags(change.tags()),
                blank(change.gender()),
                change.birthday(),
                blank(change.city()),
                blank(change.address()),
                blank(change.industry()),
                blank(change.notes()),
                null);
        if (customers.update(id, version, values) == 0) {
            // someone else saved between our read and our write
            throw new VersionConflictException(
                    "customer", id, customers.find(id).orElseThrow().version(), ifMatch != null);
        }
        var updated = customers.find(id).orElseThrow();
        audit.record(AuditLog.Action.UPDATE, "customer", id, updated.name(), summary(updated));
        var changed = changedFields(current, updated);
        if (!changed.isEmpty()) {
            events.publishEvent(OutboundEvent.ofCustomer(
                    OutboundEventType.CUSTOMER_CHANGED,
                    "customer",
                    id,
                    id,
                    "changed",
                    changed,
                    "tier",
                    updated.tier(),
                    "ownerId",
                    updated.ownerId(),
                    "teamId",
                    updated.teamId(),
                    "version",
                    updated.version()));
        }
        return updated;
    }

    @Transactional
    void delete(long id, Integer ifMatch) {
        var current = getForChange(id);
        if (ifMatch != null && ifMatch != current.version()) {
            throw new VersionConflictException("customer", id, current.version(), true);
        }
        if (customers.softDelete(id, current.version()) == 0) {
            throw new VersionConflictException(
                    "customer", id, customers.find(id).orElseThrow().version(), ifMatch != null);
        }
        audit.record(AuditLog.Action.DELETE, "customer", id, current.name(), summary(current));
    }

    PageResult<Customer> search(CustomerQuery query, PageRequest page) {
        return customers.search(query, CurrentUsers.require(), page);
    }

    /** Visible active customers sharing the phone (normalised) or the email (any case). */
    List<Customer> duplicatesOf(long id) {
        var c = get(id);
        return customers.findMatching(c.phone(), c.email(), id, CurrentUsers.require());
    }

    List<Customer> matching(String phone, String email) {
        return customers.findMatching(phone, email, null, CurrentUsers.require());
    }

    CurrentUser me() {
        return CurrentUsers.require();
    }

    private void checkTier(String tier) {
        if (tier != null && tiers.find(tier).isEmpty()) {
            throw InvalidInputException.of("tier", "exists", "unknown tier " + tier);
        }
    }

    static List<String> cleanTags(List<String> tags) {
        return tags.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** {@code customer.created} for a new customer (from the form, the API or an import). */
    static OutboundEvent createdEvent(
            long id, CustomerKind kind, String tier, String source, Long ownerId, Long teamId, boolean imported) {
        return OutboundEvent.ofCustomer(
                OutboundEventType.CUSTOMER_CREATED,
                "customer",
                id,
                id,
                "kind",
                kind.name(),
                "tier",
                tier,
                "source",
                source,
                "ownerId",
                ownerId,
                "teamId",
                teamId,
                "imported",
                imported ? Boolean.TRUE : null);
    }

    /** The names of the fields an update changed (values stay out of the event: subscribers fetch them). */
    static List<String> changedFields(Customer a, Customer b) {
        var changed = new java.util.ArrayList<String>();
        java.util.function.BiConsumer<String, Boolean> add = (name, same) -> {
            if (!same) {
                changed.add(name);
            }
        };
        add.accept("kind", a.kind() == b.kind());
        add.accept("name", java.util.Objects.equals(a.name(), b.name()));
        add.accept("phone", java.util.Objects.equals(a.phone(), b.phone()));
        add.accept("email", java.util.Objects.equals(a.email(), b.email()));
        add.accept("tier", java.util.Objects.equals(a.tier(), b.tier()));
        add.accept("source", java.util.Objects.equals(a.source(), b.source()));
        add.accept("ownerId", java.util.Objects.equals(a.ownerId(), b.ownerId()));
        add.accept("teamId", java.util.Objects.equals(a.teamId(), b.teamId()));
        add.accept("tags", java.util.Objects.equals(a.tags(), b.tags()));
        add.accept("gender", java.util.Objects.equals(a.gender(), b.gender()));
        add.accept("birthday", java.util.Objects.equals(a.birthday(), b.birthday()));
        add.accept("city", java.util.Objects.equals(a.city(), b.city()));
        add.accept("address", java.util.Objects.equals(a.address(), b.address()));
        add.accept("industry", java.util.Objects.equals(a.industry(), b.industry()));
        add.accept("notes", java.util.Objects.equals(a.notes(), b.notes()));
        return changed;
    }

    private static Map<String, Object> summary(Customer c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", c.kind().name());
        m.put("tier", c.tier());
        m.put("ownerId", c.ownerId() == null ? "" : c.ownerId());
        m.put("teamId", c.teamId() == null ? "" : c.teamId());
        m.put("version", c.version());
        return m;
    }
}
