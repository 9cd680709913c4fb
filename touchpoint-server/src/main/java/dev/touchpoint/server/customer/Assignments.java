package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.OutOfScopeException;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may own a customer. SALES and SERVICE create customers for themselves in one of their teams
 * (by default their first team); MANAGER may assign to users of their teams; ADMIN to anyone.
 * ANALYST reads but never changes customers.
 */
@Component
class Assignments {

    /** An owner and team a customer is assigned to. */
    record Assignment(Long ownerId, Long teamId) {}

    private final IdentityApi identity;

    Assignments(IdentityApi identity) {
        this.identity = identity;
    }

    static void requireWriter(CurrentUser me, Object customerId) {
        if (me.role() == Role.ANALYST) {
            throw new OutOfScopeException("customer", customerId == null ? "(new)" : customerId);
        }
    }

    /** The assignment of a new customer, defaults filled in; fails when the caller may not assign it. */
    Assignment forNew(CurrentUser me, Long ownerId, Long teamId) {
        requireWriter(me, null);
        var owner = ownerId == null ? Long.valueOf(me.id()) : ownerId;
        var team = teamId == null ? firstTeam(me) : teamId;
        check(me, owner, team);
        return new Assignment(owner, team);
    }

    /** The assignment after a change; unchanged owner and team need no permission beyond edit access. */
    Assignment forChange(CurrentUser me, Customer current, Long ownerId, Long teamId) {
        var owner = ownerId == null ? current.ownerId() : ownerId;
        var team = teamId == null ? current.teamId() : teamId;
        if (java.util.Objects.equals(owner, current.ownerId()) && java.util.Objects.equals(team, current.teamId())) {
            return new Assignment(owner, team);
        }
        check(me, owner, team);
        return new Assignment(owner, team);
    }

    private void check(CurrentUser me, Long owner, Long team) {
        if (owner != null && owner != me.id()) {
            var user = identity.findUser(owner)
                    .orElseThrow(() -> new InvalidInputException(
                            List.of(new FieldViolation("ownerId", "exists", "user " + owner + " does not exist"))));
            boolean allowed =
                    me.isAdmin() || (me.role() == Role.MANAGER && !Collections.disjoint(user.teamIds(), me.teamIds()));
            if (!allowed) {
                throw new OutOfScopeException("owner", owner);
            }
        }
        if (team != null) {
            if (identity.listTeams().stream().map(Team::id).noneMatch(team::equals)) {
                throw InvalidInputException.of("teamId", "exists", "team " + team + " does not exist");
            }
            if (!me.isAdmin() && !me.teamIds().contains(team)) {
                throw new OutOfScopeException("team", team);
            }
        }
    }

    private static Long firstTeam(CurrentUser me) {
        return me.teamIds().stream().min(Long::compare).orElse(null);
    }
}
