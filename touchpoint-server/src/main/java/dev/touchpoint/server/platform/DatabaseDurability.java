package dev.touchpoint.server.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether an acknowledged commit survives an OS crash or power loss: PostgreSQL's {@code fsync},
 * {@code full_page_writes} and {@code synchronous_commit}, embedded or external. Checked at start-up —
 * an unsafe setting is logged loudly — and shown to administrators in {@code /actuator/health}
 * ({@code durability}).
 */
@Component("durability")
class DatabaseDurability implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDurability.class);

    private final JdbcClient jdbc;
    private final TouchpointProperties properties;

    DatabaseDurability(JdbcClient jdbc, TouchpointProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The three settings as the running database reports them. */
    Map<String, String> settings() {
        var settings = new LinkedHashMap<String, String>();
        for (var name : new String[] {"fsync", "full_page_writes", "synchronous_commit"}) {
            settings.put(
                    name,
                    jdbc.sql("SELECT current_setting(:name)")
                            .param("name", name)
                            .query(String.class)
                            .single());
        }
        return settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartUp() {
        var settings = settings();
        if (!"on".equals(settings.get("fsync")) || !"on".equals(settings.get("full_page_writes"))) {
            var cause = Boolean.FALSE.equals(properties.embeddedFsync())
                    ? " (touchpoint.embedded-fsync=false: meant for the test suite only)"
                    : "";
            log.warn(
                    "UNSAFE DATABASE SETTINGS {}{}: a commit the server has acknowledged can be lost, and the "
                            + "database corrupted, by an operating-system crash or a power loss. Use fsync=on and "
                            + "full_page_writes=on in production.",
                    settings,
                    cause);
        } else if (!"on".equals(settings.get("synchronous_commit"))
                && !"remote_apply".equals(settings.get("synchronous_commit"))
                && !"remote_write".equals(settings.get("synchronous_commit"))) {
            log.warn(
                    "Database setting synchronous_commit={}: the last commits acknowledged before a crash can be lost "
                            + "(the database stays consistent)",
                    settings.get("synchronous_commit"));
        }
    }

    @Override
    public Health health() {
        var settings = settings();
        boolean durable = "on".equals(settings.get("fsync")) && "on".equals(settings.get("full_page_writes"));
        return Health.up().withDetails(settings).withDetail("durable", durable).build();
    }
}
