package dev.touchpoint.server.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code touchpoint.security.*}.
 *
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param adminPassword password of the first {@code admin} user (env {@code TOUCHPOINT_ADMIN_PASSWORD});
 *        generated and logged once when empty
 */
@ConfigurationProperties("touchpoint.security")
record SecurityProperties(int maxFailedLogins, Duration lockoutDuration, String adminPassword) {

    SecurityProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockoutDuration == null) {
            lockoutDuration = Duration.ofMinutes(15);
        }
    }
}
