package dev.touchpoint.server.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for a while after {@code touchpoint.security.max-failed-logins} failures in a row. */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserRepository users, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof String username) {
            users.recordFailure(username, properties.maxFailedLogins(),
                    clock.instant().plus(properties.lockoutDuration()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof TouchpointPrincipal principal) {
            users.recordSuccess(principal.getUsername());
        }
    }
}
