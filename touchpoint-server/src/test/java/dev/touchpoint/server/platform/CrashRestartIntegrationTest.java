package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server killed with SIGKILL while events stream in, then started again at once on the
 * same data directory, as an operator (or a container runtime) would.
 */
class CrashRestartIntegrationTest {

    private static final int BATCH = 400;
    private static final int STRIDE = 300; // consecutive batches share 100 events, so replays overlap

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void aKilledServerComesBackAtOnceAndEveryEventIsStoredExactlyOnce() throws Exception {
        var data = home.resolve("data");
        try (var first = ServerJar.start(data, "crash-1-first")) {
            first.awaitHealthy(Duration.ofSeconds(120));
            assertThat(post(first, "/api/v1/touchpoints/templates/DEALERSHIP", "application/json", "")
                            .statusCode())
                    .isEqualTo(200);
        }
        var usual = ServerJar.start(data, "crash-2-usual");
        double usualStart = usual.awaitHealthy(Duration.ofSeconds(120));
        var sent = new CopyOnWriteArrayList<String>();
        var acknowledged = new CopyOnWriteArrayList<String>();

        // 1. killed mid-stream: the watchdog stops the database it leaves behind
        long postmaster = postmasterPid(data);
        try (var feeder = new Feeder(usual, 0, sent, acknowledged)) {
            feeder.awaitAcknowledged(5);
            usual.kill();
        }
        assertThat(ProcessHandle.of(postmaster)
                        .map(p -> p.onExit()
                                .orTimeout(15, java.util.concurrent.TimeUnit.SECONDS)
                                .handle((done, timeout) -> timeout == null)
                                .join())
                        .orElse(true))
                .as("the database of a killed server stops within 15 s")
                .isTrue();

        // 2. killed together with its watchdog (a whole container, say): the next start stops the leftover
        var second = ServerJar.start(data, "crash-3-second");
        second.awaitHealthy(Duration.ofSeconds(120));
        try (var feeder = new Feeder(second, sent.size(), sent, acknowledged)) {
            feeder.awaitAcknowledged(5);
            second.watchdog().orElseThrow().destroyForcibly();
            second.kill();
        }
        long leftover = postmasterPid(data);
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
                .as("the database outlived its server")
                .contains(true);

        try (var restarted = ServerJar.start(data, "crash-4-restarted")) {
            double restart = restarted.awaitHealthy(Duration.ofSeconds(120));
            assertThat(restart)
                    .as("restart after a crash (s) against a usual start of %.1f s", usualStart)
                    .isLessThan(2 * usualStart + 5);
            assertThat(restarted.log()).contains("Found PostgreSQL (process " + leftover + ") still running");

            var stored = storedEventIds(data);
            assertThat(stored).as("every acknowledged event survived the crash").containsAll(acknowledged);
            for (var batch : batches(sent)) {
                assertThat(post(restarted, "/api/v1/events", "application/x-ndjson", batch)
                                .statusCode())
                        .isEqualTo(200);
            }
            var unique = sent.stream().distinct().count();
            assertThat(storedEventIds(data))
                    .as("each unique event exactly once")
                    .hasSize((int) unique)
                    .doesNotHaveDuplicates();
            assertDurableAndPasswordProtected(data);
        }
    }

    /** The product's embedded database flushes commits and lets nobody in without its password. */
    private static void assertDurableAndPasswordProtected(Path data) throws Exception {
        var url = "jdbc:postgresql://localhost:" + postmasterPort(data) + "/postgres";
        try (var c = DriverManager.getConnection(url, "postgres", password(data));
                var rs = c.createStatement()
                        .executeQuery("SELECT current_setting('fsync'), current_setting('full_page_writes'), "
                                + "current_setting('synchronous_commit')")) {
            rs.next();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .containsExactly("on", "on", "on");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThat(Files.getPosixFilePermissions(data.resolve("touchpoint-password")))
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    private static List<String> storedEventIds(Path data) throws Exception {
        var url = "jdbc:postgresql://localhost:" + postmasterPort(data) + "/postgres";
        try (var c = DriverManager.getConnection(url, "postgres", password(data));
                var rs = c.createStatement()
                        .executeQuery("SELECT event_id FROM touchpoint_event WHERE event_id LIKE 'crash-%'")) {
            var ids = new ArrayList<String>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }

    private static List<String> batches(List<String> ids) {
        var out = new ArrayList<String>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            out.add(ndjson(ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        return out;
    }

    private static String ndjson(List<String> ids) {
        var body = new StringBuilder();
        for (var id : ids) {
            body.append("{\"eventId\":\"")
                    .append(id)
                    .append("\",\"visitorId\":\"v-")
                    .append(id.hashCode() % 50)
                    .append("\",\"touchpoint\":\"SHOWROOM_ENTRY\",\"occurredAt\":\"2026-03-01T10:15:00+08:00\"}\n");
        }
        return body.toString();
    }

    private HttpResponse<String> post(ServerJar server, String path, String type, String body) throws Exception {
        return server.post(path, type, body);
    }

    private static long postmasterPid(Path data) throws Exception {
        return Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }

    private static int postmasterPort(Path data) throws Exception {
        return Integer.parseInt(
                Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip());
    }

    private static String password(Path data) throws Exception {
        return Files.readString(data.resolve("touchpoint-password")).strip();
    }

    /**
     * Sends overlapping batches of new event ids one after another until closed, remembering every id
     * sent (the batch in flight when the server dies included) and the ids of acknowledged batches.
     */
    private final class Feeder implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<String> acknowledged;
        private final Thread thread;
        private volatile int batches;

        Feeder(ServerJar server, int start, List<String> sent, List<String> acknowledged) {
            this.acknowledged = acknowledged;
            this.thread = new Thread(
                    () -> {
                        for (int from = start; running.get(); from += STRIDE) {
                            var ids = new ArrayList<String>();
                            for (int i = from; i < from + BATCH; i++) {
                                ids.add("crash-" + i);
                            }
                            ids.stream().filter(id -> !sent.contains(id)).forEach(sent::add);
                            try {
                                if (post(server, "/api/v1/events", "application/x-ndjson", ndjson(ids))
                                                .statusCode()
                                        == 200) {
                                    acknowledged.addAll(ids);
                                    batches++;
                                }
                            } catch (Exception serverGone) {
                                return;
                            }
                        }
                    },
                    "feeder");
            thread.start();
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (batches < count && System.nanoTime() < deadline && thread.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(batches).as("batches acknowledged").isGreaterThanOrEqualTo(count);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }
    }
}
