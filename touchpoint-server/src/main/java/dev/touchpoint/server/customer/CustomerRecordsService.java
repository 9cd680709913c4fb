package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts, notes and consent of a customer, with the customer's access rules. */
@Service
class CustomerRecordsService {

    /** Consent in force per channel (absent: never recorded, i.e. no consent) and the full history. */
    record ConsentState(Map<ConsentChannel, Consent> current, List<Consent> history) {}

    private final CustomerService customers;
    private final CustomerRecordsRepository records;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CustomerRecordsService(
            CustomerService customers,
            CustomerRecordsRepository records,
            AuditLog audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.customers = customers;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    List<Contact> contacts(long customerId) {
        customers.get(customerId);
        return records.contacts(customerId);
    }

    @Transactional
    Contact addContact(long customerId, ContactRequest request) {
        var customer = customers.getForChange(customerId);
        if (customer.kind() != CustomerKind.ORGANISATION) {
            throw InvalidInputException.of("customerId", "kind", "only organisations have contacts");
        }
        long id = records.insertContact(customerId, request);
        audit.record(AuditLog.Action.CREATE, "contact", id, request.name(), Map.of("customerId", customerId));
        return records.contact(customerId, id).orElseThrow();
    }

    @Transactional
    Contact updateContact(long customerId, long contactId, ContactRequest request, Integer ifMatch) {
        customers.getForChange(customerId);
        var current =
                records.contact(customerId, contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        Integer version = ifMatch != null ? ifMatch : request.version();
        if (version == null) {
            throw InvalidInputException.of(
                    "version", "required", "send the version you read, in the body or as If-Match");
        }
        if (version != current.version() || records.updateContact(customerId, contactId, version, request) == 0) {
            throw new VersionConflictException("contact", contactId, current.version(), ifMatch != null);
        }
        audit.record(AuditLog.Action.UPDATE, "contact", contactId, request.name(), Map.of("customerId", customerId));
        return records.contact(customerId, contactId).orElseThrow();
    }

    @Transactional
    void deleteContact(long customerId, long contactId) {
        customers.getForChange(customerId);
        if (records.deleteContact(customerId, contactId) == 0) {
            throw new NotFoundException("contact", contactId);
        }
        audit.record(AuditLog.Action.DELETE, "contact", contactId, null, Map.of("customerId", customerId));
    }

    List<CustomerNote> notes(long customerId) {
        customers.get(customerId);
        return records.notes(customerId, null, 500);
    }

    @Transactional
    CustomerNote addNote(long customerId, NoteRequest request) {
        customers.getForChange(customerId);
        long id = records.insertNote(
                customerId, CurrentUsers.actorName(), request.body().strip());
        audit.record(AuditLog.Action.CREATE, "customer_note", id, null, Map.of("customerId", customerId));
        return records.notes(customerId, null, 500).stream()
                .filter(n -> n.id() == id)
                .findFirst()
                .orElseThrow();
    }

    ConsentState consents(long customerId) {
        customers.get(customerId);
        var history = records.consents(customerId, null, 1000);
        var current = new EnumMap<ConsentChannel, Consent>(ConsentChannel.class);
        for (var c : history) {
            current.putIfAbsent(c.channel(), c);
        }
        return new ConsentState(current, history);
    }

    @Transactional
    Consent recordConsent(long customerId, ConsentRequest request) {
        customers.getForChange(customerId);
        var now = clock.instant();
        var at = request.at() == null ? now : request.at();
        if (at.isAfter(now.plusSeconds(60))) {
            throw InvalidInputException.of("at", "past", "consent cannot be recorded for the future");
        }
        long id = records.insertConsent(customerId, request, at, CurrentUsers.actorName());
        audit.record(
                AuditLog.Action.UPDATE,
                "customer",
                customerId,
                "consent " + request.channel(),
                Map.of("channel", request.channel().name(), "granted", request.granted(), "method", request.method()));
        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                dev.touchpoint.server.platform.OutboundEventType.CONSENT_CHANGED,
                "consent",
                id,
                customerId,
                "channel",
                request.channel().name(),
                "granted",
                request.granted(),
                "at",
                at.toString()));
        return records.consents(customerId, null, 1000).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
