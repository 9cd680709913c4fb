package dev.touchpoint.server.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code touchpoint.security.*}.
 *
 * @param maxFailedLogins failed sign-ins in a row of one user from one address that lock that user
 *     for that address (other addresses, and API tokens, keep working)
 * @param lockoutDuration how long such a lock lasts
 * @param maxFailedLoginsPerAddress failed sign-ins from one address, whatever the usernames, after
 *     which that address gets 429 for every sign-in until {@code failedLoginWindow} has passed
 * @param failedLoginWindow the window in which failures per address are counted
 * @param adminPassword password of the first {@code admin} user (env {@code TOUCHPOINT_ADMIN_PASSWORD});
 *     generated and logged once when empty
 */
@ConfigurationProperties("touchpoint.security")
record SecurityProperties(
        int maxFailedLogins,
        Duration lockoutDuration,
        int maxFailedLoginsPerAddress,
        Duration failedLoginWindow,
        String adminPassword) {

    SecurityProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockoutDuration == null) {
            lockoutDuration = Duration.ofMinutes(15);
        }
        if (maxFailedLoginsPerAddress <= 0) {
            maxFailedLoginsPerAddress = 20;
        }
        if (failedLoginWindow == null) {
            failedLoginWindow = Duration.ofMinutes(10);
        }
    }
}
