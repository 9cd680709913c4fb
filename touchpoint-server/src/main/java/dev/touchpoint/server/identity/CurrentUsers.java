package dev.touchpoint.server.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the authenticated {@link CurrentUser} of the running request. */
public final class CurrentUsers {

    private CurrentUsers() {}

    /** The caller, or empty when the request is anonymous (or runs in a background job). */
    public static Optional<CurrentUser> find() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TouchpointPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The caller; fails when nobody is authenticated. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not authenticated"));
    }

    /** Name to record in the audit log: the username, or {@code system} for background work. */
    public static String actorName() {
        return find().map(CurrentUser::username).orElse("system");
    }
}
