package dev.touchpoint.server.identity;

/**
 * What a user may do. Record-level scope: {@link #ADMIN} and {@link #ANALYST} see every customer,
 * {@link #MANAGER} the customers of their teams, {@link #SALES} and {@link #SERVICE} the customers
 * they own or their team owns.
 */
public enum Role {
    ADMIN,
    MANAGER,
    SALES,
    SERVICE,
    ANALYST;

    /** Whether this role sees every record regardless of owner and team. */
    public boolean seesAll() {
        return this == ADMIN || this == ANALYST;
    }

    /** Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
