package dev.touchpoint.server.commerce;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the customer an imported order row names, by id or by phone, within the caller's scope.
 *
 * <p>{@link CustomerApi} has no lookup by phone yet, so this reads the {@code customer} table's
 * {@code phone} column directly; replace it with a {@code CustomerApi} method once one exists.
 */
@Component
class CustomerLookup {

    private final CustomerApi customers;
    private final JdbcClient jdbc;

    CustomerLookup(CustomerApi customers, JdbcClient jdbc) {
        this.customers = customers;
        this.jdbc = jdbc;
    }

    /** The visible customer with this id, or the one visible, unmerged customer with this phone. */
    Optional<CustomerRef> find(String idOrPhone, CurrentUser user) {
        var text = idOrPhone.strip();
        if (text.matches("\\d{1,12}") && text.length() < 11) {
            return customers.findUnchecked(Long.parseLong(text)).filter(c -> user.canSee(c.ownerId(), c.teamId()));
        }
        List<Long> ids = jdbc.sql("SELECT c.id FROM customer c WHERE c.phone = :phone AND c.merged_into IS NULL AND "
                        + customers.scopePredicate("c.id") + " LIMIT 2")
                .params(customers.scopeParams(user)).param("phone", text).query(Long.class).list();
        return ids.size() == 1 ? customers.findUnchecked(ids.get(0)) : Optional.empty();
    }
}
