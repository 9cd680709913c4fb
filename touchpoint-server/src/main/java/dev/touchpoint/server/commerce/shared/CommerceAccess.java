package dev.touchpoint.server.commerce.shared;

import dev.touchpoint.server.commerce.order.OrderRepository;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.Role;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change commerce records: exactly the users who may see the customer. Builds the
 * SQL scope from {@link CustomerApi} and looks up customer names for display.
 */
@Component
public class CommerceAccess {

    private final CustomerApi customers;

    CommerceAccess(CustomerApi customers) {
        this.customers = customers;
    }

    /** The caller's scope over a customer-id column, e.g. {@code o.customer_id}. */
    public OrderRepository.Scope scope(String customerIdColumn) {
        return scope(customerIdColumn, CurrentUsers.require());
    }

    public OrderRepository.Scope scope(String customerIdColumn, CurrentUser user) {
        return new OrderRepository.Scope(customers.scopePredicate(customerIdColumn), customers.scopeParams(user));
    }

    /** The customer, when the caller may see it (404 / 403 otherwise). */
    public CustomerRef requireCustomer(long customerId) {
        return customers.requireVisible(customerId);
    }

    /** Analysts read everything but change nothing. */
    public CurrentUser requireWriter() {
        var user = CurrentUsers.require();
        if (user.role() == Role.ANALYST) {
            throw new AccessDeniedException("analysts cannot change orders or receivables");
        }
        return user;
    }

    public String customerName(long customerId) {
        return customers.findUnchecked(customerId).map(CustomerRef::name).orElse(null);
    }

    public Map<Long, String> customerNames(Collection<Long> ids) {
        return customers.names(new java.util.HashSet<>(ids));
    }
}
