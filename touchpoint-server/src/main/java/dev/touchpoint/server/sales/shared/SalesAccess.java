package dev.touchpoint.server.sales.shared;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.OutOfScopeException;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Who may see and change sales records. SALES see what they own or their team owns, MANAGER their
 * teams' records, ADMIN/ANALYST everything; ANALYST never changes anything. Only managers and admins
 * assign records to someone else. Personal data (research, personal profiles) is for the owner, the
 * managers of the team and admins.
 */
@Component
public class SalesAccess {

    /** An owner and a team. */
    public record Assignment(Long ownerId, Long teamId) {}

    private final IdentityApi identity;

    SalesAccess(IdentityApi identity) {
        this.identity = identity;
    }

    public CurrentUser me() {
        return CurrentUsers.require();
    }

    public void requireVisible(CurrentUser me, String what, long id, Long ownerId, Long teamId) {
        if (!me.canSee(ownerId, teamId)) {
            throw new OutOfScopeException(what, id);
        }
    }

    public void requireWritable(CurrentUser me, String what, long id, Long ownerId, Long teamId) {
        requireVisible(me, what, id, ownerId, teamId);
        if (me.role() == Role.ANALYST) {
            throw new OutOfScopeException(what, id);
        }
    }

    public boolean seesPersonalData(CurrentUser me, Long ownerId, Long teamId) {
        if (me.isAdmin() || (ownerId != null && ownerId == me.id())) {
            return true;
        }
        return me.role() == Role.MANAGER && teamId != null && me.teamIds().contains(teamId);
    }

    /** The assignment of a new record; defaults to the caller and their first team. */
    public Assignment forNew(CurrentUser me, Long ownerId, Long teamId) {
        if (me.role() == Role.ANALYST) {
            throw new OutOfScopeException("sales record", "(new)");
        }
        var owner = ownerId == null ? Long.valueOf(me.id()) : ownerId;
        var team = teamId != null
                ? teamId
                : owner == me.id()
                        ? me.teamIds().stream().min(Comparator.naturalOrder()).orElse(null)
                        : identity.findUser(owner)
                                .flatMap(u -> u.teamIds().stream().min(Comparator.naturalOrder()))
                                .orElse(null);
        if (owner != me.id()) {
            var user = identity.findUser(owner)
                    .orElseThrow(
                            () -> InvalidInputException.of("ownerId", "exists", "user " + owner + " does not exist"));
            if (!me.isAdmin()
                    && !(me.role() == Role.MANAGER
                            && team != null
                            && me.teamIds().contains(team)
                            && user.teamIds().contains(team))) {
                throw InvalidInputException.of(
                        "ownerId", "assignable", "you may only assign records to members of the teams you manage");
            }
        } else if (team != null && !me.isAdmin() && !me.teamIds().contains(team)) {
            throw InvalidInputException.of("teamId", "member", "you are not a member of team " + team);
        }
        return new Assignment(owner, team);
    }
}
