package dev.touchpoint.server.platform;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small shell process beside the embedded PostgreSQL that stops it (fast shutdown, {@code SIGINT})
 * once the server's JVM is gone — killed with {@code kill -9}, by the OOM killer or a crashed
 * container — so the database never outlives the server by more than a second or two. It stops only
 * the postmaster it was started for (the one named in {@code postmaster.pid}), and ends by itself when
 * the server stops its database normally.
 */
final class PostgresWatchdog {

    private static final Logger log = LoggerFactory.getLogger(PostgresWatchdog.class);
    private static final String SCRIPT = """
            jvm=$1; postmaster=$2; pidfile=$3
            owns() { [ "$(head -n 1 "$pidfile" 2>/dev/null)" = "$postmaster" ]; }
            while kill -0 "$jvm" 2>/dev/null; do
              owns || exit 0
              sleep 1
            done
            owns && kill -INT "$postmaster"
            """;

    private PostgresWatchdog() {}

    /** Starts the watchdog for the postmaster {@code postmasterPid} of {@code dataDirectory}. */
    static void start(EmbeddedDataDirectory dataDirectory, long postmasterPid) {
        var sh = java.nio.file.Path.of("/bin/sh");
        if (!java.nio.file.Files.isExecutable(sh)) {
            log.warn("No /bin/sh: the embedded PostgreSQL has no watchdog and may outlive a killed server");
            return;
        }
        var command = List.of(
                sh.toString(),
                "-c",
                SCRIPT,
                "touchpoint-db-watchdog",
                Long.toString(ProcessHandle.current().pid()),
                Long.toString(postmasterPid),
                dataDirectory.path().resolve("postmaster.pid").toString());
        try {
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException e) {
            log.warn("Could not start the embedded PostgreSQL's watchdog: {}", e.getMessage());
        }
    }
}
