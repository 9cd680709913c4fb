package dev.touchpoint.server.commerce.receivable;

import dev.touchpoint.server.commerce.shared.CommerceAccess;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.VersionConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receivables, payments and credit limits, within the caller's customer scope. */
@Service
public class ReceivableService {

    private final ReceivableRepository receivables;
    private final CommerceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    ReceivableService(
            ReceivableRepository receivables,
            CommerceAccess access,
            AuditLog audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.receivables = receivables;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PageResult<Receivable> search(ReceivableFilter filter, LocalDate asOf, PageRequest page) {
        var day = asOf == null ? today() : asOf;
        var result = receivables.search(filter, access.scope("r.customer_id"), day, page);
        var names = access.customerNames(
                result.items().stream().map(Receivable::customerId).toList());
        return result.map(r -> r.withCustomerName(names.get(r.customerId())));
    }

    Receivable require(long id) {
        return receivables
                .find(id, access.scope("r.customer_id"), today())
                .map(r -> r.withCustomerName(access.customerName(r.customerId())))
                .orElseThrow(() -> receivables.exists(id)
                        ? new OutOfScopeException("receivable", id)
                        : new NotFoundException("receivable", id));
    }

    List<Receivable.Payment> payments(long id) {
        require(id);
        return receivables.payments(id);
    }

    @Transactional
    Receivable addPayment(long id, PaymentRequest request) {
        access.requireWriter();
        var receivable = require(id);
        receivables.lock(id);
        receivable = require(id);
        if (receivable.status() == Receivable.Status.CANCELLED) {
            throw InvalidInputException.of("receivable", "cancelled", "the order of this receivable was cancelled");
        }
        if (request.amount().compareTo(receivable.outstanding()) > 0) {
            throw InvalidInputException.of("amount", "max", "at most " + receivable.outstanding() + " is outstanding");
        }
        var paidOn = request.paidOn() == null ? today() : request.paidOn();
        if (paidOn.isAfter(today())) {
            throw InvalidInputException.of("paidOn", "past", "a payment cannot be in the future");
        }
        long paymentId = receivables.addPayment(
                id,
                request.amount(),
                paidOn,
                blankToNull(request.method()),
                blankToNull(request.reference()),
                CurrentUsers.actorName());
        audit.record(
                AuditLog.Action.CREATE,
                "payment",
                paymentId,
                "payment of " + request.amount() + " on receivable " + id,
                Map.of("receivable", id, "amount", request.amount(), "paidOn", paidOn.toString()));
        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                dev.touchpoint.server.platform.OutboundEventType.PAYMENT_RECEIVED,
                "payment",
                paymentId,
                receivable.customerId(),
                "receivableId",
                id,
                "orderId",
                receivable.orderId(),
                "amount",
                request.amount(),
                "paidOn",
                paidOn.toString(),
                "method",
                blankToNull(request.method())));
        return require(id);
    }

    /** The customer's limit, open receivables and what is still available (the limit may be absent). */
    public CreditLimit creditLimit(long customerId) {
        access.requireCustomer(customerId);
        var open = receivables.openAmount(customerId);
        return receivables
                .findLimit(customerId)
                .orElse(new CreditLimit(customerId, null, null, null, null, 0))
                .withOpen(open);
    }

    @Transactional
    CreditLimit setCreditLimit(long customerId, BigDecimal limit, Integer expectedVersion, boolean precondition) {
        var user = CurrentUsers.require();
        access.requireCustomer(customerId);
        if (!user.manages()) {
            throw new AccessDeniedException("only managers and administrators set credit limits");
        }
        if (limit == null || limit.signum() < 0 || limit.scale() > 2) {
            throw InvalidInputException.of(
                    "creditLimit", "min", "credit limit must be 0 or more, with at most 2 decimals");
        }
        var current = receivables.lockLimit(customerId);
        if (current.isEmpty()) {
            receivables.insertLimit(customerId, limit, user.username());
        } else {
            int version = expectedVersion == null ? current.get().version() : expectedVersion;
            if (receivables.updateLimit(customerId, version, limit, user.username()) == 0) {
                throw new VersionConflictException(
                        "credit limit", customerId, current.get().version(), precondition);
            }
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("creditLimit", limit);
        details.put("previous", current.map(CreditLimit::creditLimit).orElse(null));
        audit.record(
                current.isEmpty() ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                "credit_limit",
                customerId,
                "credit limit " + limit,
                details);
        return creditLimit(customerId);
    }

    /**
     * Refuses an order that would take the customer's open receivables beyond the credit limit, unless
     * a manager or administrator gives a reason (then audited). Locks the limit row so concurrent orders
     * are checked one after another.
     */
    public void checkCredit(long customerId, BigDecimal orderAmount, String overrideReason) {
        var limit = receivables.lockLimit(customerId);
        if (limit.isEmpty()) {
            return;
        }
        var open = receivables.openAmount(customerId);
        var exposure = open.add(orderAmount);
        if (exposure.compareTo(limit.get().creditLimit()) <= 0) {
            return;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw InvalidInputException.of(
                    "creditLimit",
                    "exceeded",
                    "open receivables " + open + " + this order "
                            + orderAmount + " exceed the credit limit "
                            + limit.get().creditLimit()
                            + "; a manager may override with a reason");
        }
        if (!CurrentUsers.require().manages()) {
            throw new AccessDeniedException("only managers and administrators may exceed a credit limit");
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("creditLimit", limit.get().creditLimit());
        details.put("openReceivables", open);
        details.put("orderAmount", orderAmount);
        details.put("reason", overrideReason.strip());
        audit.record(
                AuditLog.Action.UPDATE,
                "credit_limit",
                customerId,
                "credit limit overridden: " + overrideReason.strip(),
                details);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
