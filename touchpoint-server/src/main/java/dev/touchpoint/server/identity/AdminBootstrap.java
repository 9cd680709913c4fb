package dev.touchpoint.server.identity;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start with no users, creates {@code admin} with the password from
 * {@code TOUCHPOINT_ADMIN_PASSWORD}, or a generated one printed once to the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final IdentityApi identity;
    private final SecurityProperties properties;

    AdminBootstrap(IdentityApi identity, SecurityProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.countUsers() > 0) {
            return;
        }
        var password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            var bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        identity.createUserUnchecked(new NewUser("admin", "Administrator", null, password, Role.ADMIN, null));
        if (generated) {
            log.warn("""

                    ************************************************************
                      Created user 'admin' with generated password: {}
                      It is shown only this once. Set TOUCHPOINT_ADMIN_PASSWORD
                      to choose it yourself on a new installation.
                    ************************************************************""", password);
        } else {
            log.info("Created user 'admin' with the password from TOUCHPOINT_ADMIN_PASSWORD");
        }
    }
}
