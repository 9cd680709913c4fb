package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of customers. Access rules (owner/team scope) are applied here and in
 * the SQL predicate handed out by {@link #scopePredicate(String)}, so modules that store rows per
 * customer (orders, events, tickets…) filter by the same rule inside their own queries.
 */
@Service
public class CustomerApi {

    private final CustomerRepository customers;

    CustomerApi(CustomerRepository customers) {
        this.customers = customers;
    }

    /** The customer if it exists, without an access check (for background jobs). */
    public Optional<CustomerRef> findUnchecked(long id) {
        return customers.findRef(id);
    }

    /** The customer, if the current user may see it; 404 when missing, 403 when outside scope. */
    public CustomerRef requireVisible(long id) {
        var ref = customers.findRef(id).orElseThrow(() -> new NotFoundException("customer", id));
        if (!CurrentUsers.require().canSee(ref.ownerId(), ref.teamId())) {
            throw new OutOfScopeException("customer", id);
        }
        return ref;
    }

    /**
     * A SQL predicate restricting {@code customerIdColumn} to customers the user may see; bind the
     * parameters of {@link #scopeParams(CurrentUser)}. Example:
     * {@code "SELECT … FROM orders o WHERE " + customers.scopePredicate("o.customer_id")}.
     */
    public String scopePredicate(String customerIdColumn) {
        return "(:scopeAll OR " + customerIdColumn + " IN (SELECT sc.id FROM customer sc WHERE "
                + CurrentUser.scopePredicate("sc.owner_id", "sc.team_id") + "))";
    }

    /** Parameters of {@link #scopePredicate(String)}. */
    public Map<String, Object> scopeParams(CurrentUser user) {
        return user.scopeParams();
    }

    /** Inserts many customers at once (imports, demo data) in one transaction; returns their ids in order. */
    public List<Long> insertAll(List<NewCustomer> batch) {
        return customers.insertAll(batch);
    }
}
