package dev.touchpoint.server.crosssell.web;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.OutOfScopeException;

/**
 * Who may do what: rules and runs are aggregate statistics for analysts, managers and administrators;
 * need rules are edited by managers and administrators; settings by administrators. Next best actions
 * follow the customer's record scope.
 */
final class CrossSellAccess {

    private CrossSellAccess() {}

    static boolean canSeeRules() {
        var user = CurrentUsers.require();
        return user.seesAll() || user.manages();
    }

    static void requireRules() {
        if (!canSeeRules()) {
            throw new OutOfScopeException("crosssell_rules", "read");
        }
    }

    static boolean canEditNeeds() {
        var role = CurrentUsers.require().role();
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    static void requireNeedEditor() {
        if (!canEditNeeds()) {
            throw new OutOfScopeException("crosssell_need_rule", "write");
        }
    }

    static void requireAdmin() {
        if (CurrentUsers.require().role() != Role.ADMIN) {
            throw new OutOfScopeException("crosssell_settings", "write");
        }
    }
}
