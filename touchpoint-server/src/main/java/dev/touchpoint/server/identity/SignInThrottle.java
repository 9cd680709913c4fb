package dev.touchpoint.server.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address in a fixed window: past
 * {@code touchpoint.security.max-failed-logins-per-address}, every sign-in from that address is
 * refused (429) until the window ends, before any password is checked. Kept in memory: it protects
 * the running server from guessing, and a restart forgives.
 */
@Component
class SignInThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private record Window(Instant start, int failures) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    SignInThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long {@code address} must wait before it may try again; zero when it may try now. */
    Duration retryAfter(String address) {
        var window = windows.get(address);
        if (window == null || window.failures() < properties.maxFailedLoginsPerAddress()) {
            return Duration.ZERO;
        }
        var left = Duration.between(clock.instant(), window.start().plus(properties.failedLoginWindow()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(String address) {
        var now = clock.instant();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values()
                    .removeIf(
                            w -> w.start().plus(properties.failedLoginWindow()).isBefore(now));
        }
        windows.merge(
                address,
                new Window(now, 1),
                (old, one) -> old.start().plus(properties.failedLoginWindow()).isBefore(now)
                        ? one
                        : new Window(old.start(), old.failures() + 1));
    }
}
