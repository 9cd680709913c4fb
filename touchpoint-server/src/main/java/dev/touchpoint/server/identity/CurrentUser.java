package dev.touchpoint.server.identity;

import java.util.Set;

/**
 * The authenticated caller and the records they may see.
 *
 * @param id user id
 * @param username login name
 * @param displayName name shown in the UI
 * @param role the user's role
 * @param teamIds teams the user belongs to
 */
public record CurrentUser(long id, String username, String displayName, Role role, Set<Long> teamIds) {

    public CurrentUser {
        teamIds = Set.copyOf(teamIds);
    }

    /** True for roles that see all records (ADMIN, ANALYST). */
    public boolean seesAll() {
        return role.seesAll();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether a record owned by {@code ownerId} in team {@code teamId} is within this user's scope. */
    public boolean canSee(Long ownerId, Long teamId) {
        if (seesAll()) {
            return true;
        }
        if (ownerId != null && ownerId == id) {
            return true;
        }
        return teamId != null && teamIds.contains(teamId);
    }

    /** Whether this user may change records of others in scope (managers and admins). */
    public boolean manages() {
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    /** Team ids as an array suitable for a bound SQL {@code = ANY(:teams)} parameter. */
    public Long[] teamIdArray() {
        return teamIds.toArray(Long[]::new);
    }

    /**
     * The record-level access rule as a SQL predicate over the given owner and team columns, with
     * bound parameters {@code scopeAll}, {@code scopeUser} and {@code scopeTeams} (see
     * {@link #scopeParams()}). Access is enforced in the query itself, never by filtering afterwards.
     */
    public static String scopePredicate(String ownerColumn, String teamColumn) {
        return "(:scopeAll OR " + ownerColumn + " = :scopeUser OR " + teamColumn + " = ANY(:scopeTeams))";
    }

    /** Parameters for {@link #scopePredicate(String, String)}. */
    public java.util.Map<String, Object> scopeParams() {
        return java.util.Map.of("scopeAll", seesAll(), "scopeUser", id, "scopeTeams", teamIdArray());
    }
}
