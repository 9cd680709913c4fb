package dev.touchpoint.server.service.shared;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.identity.UserAccount;
import dev.touchpoint.server.service.ticket.TicketRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which tickets: everyone who may see the ticket's customer (SERVICE/SALES: customers they or
 * their team own; MANAGER: their teams' customers; ADMIN/ANALYST: all), plus tickets assigned to the
 * user or to one of their teams — a service agent must see the tickets routed to the service centre.
 */
@Component
public class ServiceAccess {

    private final CustomerApi customers;
    private final IdentityApi identity;

    ServiceAccess(CustomerApi customers, IdentityApi identity) {
        this.customers = customers;
        this.identity = identity;
    }

    public TicketRepository.Scope tickets() {
        var user = CurrentUsers.require();
        var params = new HashMap<String, Object>(customers.scopeParams(user));
        var predicate = "(" + customers.scopePredicate("t.customer_id")
                + " OR t.assignee_id = :scopeUser OR t.team_id = ANY(:scopeTeams))";
        return new TicketRepository.Scope(predicate, params);
    }

    /** The scope over another table's customer column, e.g. {@code o.customer_id}. */
    public TicketRepository.Scope customers(String column) {
        var user = CurrentUsers.require();
        return new TicketRepository.Scope(customers.scopePredicate(column), customers.scopeParams(user));
    }

    public CustomerRef requireCustomer(long id) {
        return customers.requireVisible(id);
    }

    /** Analysts read everything but change nothing. */
    public CurrentUser requireWriter() {
        var user = CurrentUsers.require();
        if (user.role() == Role.ANALYST) {
            throw new AccessDeniedException("analysts cannot change tickets");
        }
        return user;
    }

    /** Whether the caller may change tickets. */
    public boolean writable() {
        return CurrentUsers.require().role() != Role.ANALYST;
    }

    /** Settings (policies, calendars, care rules, guard) are for managers and administrators. */
    /** Only administrators change SLA policies and calendars. */
    public CurrentUser requireAdmin() {
        var user = CurrentUsers.require();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("only administrators change SLA policies and calendars");
        }
        return user;
    }

    public CurrentUser requireManager() {
        var user = CurrentUsers.require();
        if (!user.manages()) {
            throw new AccessDeniedException("only managers and administrators change service settings");
        }
        return user;
    }

    public String customerName(long id) {
        return customers.findUnchecked(id).map(CustomerRef::name).orElse(null);
    }

    public String userName(Long id) {
        return id == null
                ? null
                : identity.findUser(id).map(UserAccount::displayName).orElse(null);
    }

    public Map<Long, String> teamNames() {
        return identity.listTeams().stream().collect(Collectors.toMap(Team::id, Team::name, (a, b) -> a));
    }
}
