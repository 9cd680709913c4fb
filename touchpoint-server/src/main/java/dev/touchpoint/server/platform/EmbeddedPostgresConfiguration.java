package dev.touchpoint.server.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts PostgreSQL 17 in-process (zonky binaries from Maven Central) when no external database is
 * configured, keeping its files under {@code touchpoint.data-dir} so data survives restarts.
 *
 * <p>Safe by default: every commit is flushed to disk ({@code fsync}, {@code full_page_writes} —
 * zonky's test default is {@code fsync=off}); the database is the server's alone (see
 * {@link EmbeddedDataDirectory#lockDown}); a postmaster left running by a killed server is stopped
 * before the new one starts, and a watchdog stops the database when the server's JVM dies. The
 * binaries are unpacked beside the data directory ({@code <data-dir>/../pgsql}, owner only), not in
 * the shared temporary directory.
 *
 * <p>Setting {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) switches this off and
 * Spring Boot's own data source is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** The running embedded database and the password of its {@code postgres} role. */
    record EmbeddedDatabase(EmbeddedPostgres postgres, String password) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedPostgres(TouchpointProperties properties) throws IOException {
        var dir = properties.dataDir().toAbsolutePath();
        // zonky makes the directory it unpacks into writable for all; inside a directory of the
        // owner's only, nobody else can reach it
        var privateDir = Files.createDirectories(dir.getParent().resolve("pgsql"));
        ownerOnly(privateDir);
        var binaries = Files.createDirectories(privateDir.resolve("dist"));
        var data = new EmbeddedDataDirectory(dir);
        data.checkNotHeldByAnotherServer();
        var password = data.passwordOrNew();
        log.info("Starting embedded PostgreSQL with data directory {}", dir);
        var durable = properties.embeddedFsync() ? "on" : "off";
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(d -> {
                    var programs = PostgresBinaries.in(binaries);
                    data.stopLeftoverPostmaster(programs);
                    data.lockDown(programs, password);
                })
                .setServerConfig("fsync", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (properties.embeddedPort() > 0) {
            builder.setPort(properties.embeddedPort());
        }
        var postgres = builder.start();
        data.postmasterPid().ifPresent(pid -> PostgresWatchdog.start(data, pid));
        return new EmbeddedDatabase(postgres, password);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + database.postgres().getPort() + "/postgres");
        config.setUsername("postgres");
        config.setPassword(database.password());
        config.setPoolName("touchpoint-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** Only the server's own user may enter. */
    private static void ownerOnly(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("cannot restrict permissions of {}: {}", dir, e.getMessage());
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
