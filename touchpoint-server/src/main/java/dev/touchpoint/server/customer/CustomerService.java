package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.VersionConflictException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    CustomerService(CustomerRepository customers, TierRepository tiers, Assignments assignments, AuditLog audit) {
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
