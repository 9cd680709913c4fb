package dev.touchpoint.server.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per user and client address (locking that pair after
 * {@code touchpoint.security.max-failed-logins}) and per address ({@link SignInThrottle}); a success
 * forgets the address's failures.
 */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final SignInThrottle throttle;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserRepository users, SignInThrottle throttle, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var address = address(event.getAuthentication().getDetails());
        throttle.failed(address);
        if (event.getAuthentication().getPrincipal() instanceof String username) {
            users.recordFailure(
                    username,
                    address,
                    properties.maxFailedLogins(),
                    clock.instant().plus(properties.lockoutDuration()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof TouchpointPrincipal principal
                && principal.scope() == null) {
            users.recordSuccess(
                    principal.user().id(), address(event.getAuthentication().getDetails()));
        }
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
