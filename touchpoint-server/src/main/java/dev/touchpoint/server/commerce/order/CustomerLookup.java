package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the customer an imported order row names, by id or by phone, within the caller's scope. */
@Component
class CustomerLookup {

    private final CustomerApi customers;

    CustomerLookup(CustomerApi customers) {
        this.customers = customers;
    }

    /** The visible customer with this id, or the one visible, unmerged customer with this phone. */
    Optional<CustomerRef> find(String idOrPhone, CurrentUser user) {
        var text = idOrPhone.strip();
        if (text.matches("\\d{1,12}") && text.length() < 11) {
            return customers.findUnchecked(Long.parseLong(text)).filter(c -> user.canSee(c.ownerId(), c.teamId()));
        }
        return customers.findByPhone(text);
    }
}
