package dev.touchpoint.server.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code touchpoint.*}.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data; survives restarts
 * @param demo load the demo business into an empty database at start-up
 * @param demoCustomers how many demo customers to generate
 * @param demoSeed seed of the demo generator (same seed, same data)
 * @param embeddedPort port of the embedded PostgreSQL, 0 for any free port
 * @param embeddedFsync whether the embedded PostgreSQL flushes every commit to disk ({@code fsync},
 *     {@code full_page_writes}); on unless set to {@code false}, which only the test suite does, for
 *     speed: without it an acknowledged commit can be lost, and the cluster corrupted, by an OS crash
 */
@ConfigurationProperties("touchpoint")
public record TouchpointProperties(
        Path dataDir, boolean demo, int demoCustomers, long demoSeed, int embeddedPort, Boolean embeddedFsync) {

    public TouchpointProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".touchpoint", "data");
        }
        if (demoCustomers <= 0) {
            demoCustomers = 5000;
        }
        if (demoSeed == 0) {
            demoSeed = 20261125L;
        }
        if (embeddedFsync == null) {
            embeddedFsync = Boolean.TRUE;
        }
    }
}
