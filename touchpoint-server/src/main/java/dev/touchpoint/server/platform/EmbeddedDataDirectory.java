package dev.touchpoint.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's data directory and what a start must settle before the postmaster runs:
 * that no other server holds it, that a postmaster left behind by a crashed run is stopped, and that
 * the database is the server's alone (a generated password, scram-sha-256, no {@code trust}).
 */
final class EmbeddedDataDirectory {

    /** The password of the {@code postgres} superuser, readable by the directory's owner only. */
    static final String PASSWORD_FILE = "touchpoint-password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDataDirectory.class);
    private static final String ZONKY_LOCK = "epg-lock";
    private static final String HBA_MARKER = "# touchpoint: password authentication only";
    private static final String HBA = HBA_MARKER + """

            # Written by Touchpoint at start-up. Every connection, local socket or TCP, must give the
            # password of its role (kept in touchpoint-password in this directory); there is no trust.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private final Path dir;

    EmbeddedDataDirectory(Path dir) {
        this.dir = dir;
    }

    Path path() {
        return dir;
    }

    /**
     * Fails with a message an operator can act on when another running server holds the directory
     * (zonky's lock file is locked by another process).
     */
    void checkNotHeldByAnotherServer() {
        var lock = dir.resolve(ZONKY_LOCK);
        if (!Files.exists(lock)) {
            return;
        }
        try (var channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            var held = channel.tryLock();
            if (held == null) {
                throw new IllegalStateException("The data directory " + dir + " is in use by another running "
                        + "Touchpoint server (it holds " + lock + postmasterDescription() + "). Stop that server, "
                        + "or start this one with another --touchpoint.data-dir.");
            }
            held.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the lock of " + dir, e);
        }
    }

    /**
     * Stops a postmaster that a previous run left running on this directory (the JVM was killed and
     * its database outlived it): fast shutdown, then wait. A {@code postmaster.pid} naming a process
     * that is not PostgreSQL is stale and removed.
     */
    void stopLeftoverPostmaster(PostgresBinaries binaries) {
        var pid = postmasterPid();
        if (pid.isEmpty()) {
            return;
        }
        var process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL itself replaces a lock file whose process is gone
        }
        if (!isPostgres(process.get())) {
            log.warn(
                    "Removing the stale {} of data directory {}: its process {} is not PostgreSQL",
                    "postmaster.pid",
                    dir,
                    pid.get());
            delete(dir.resolve("postmaster.pid"));
            return;
        }
        log.warn(
                "Found PostgreSQL (process {}) still running on data directory {}, left by a previous run that "
                        + "did not stop it; stopping it (fast shutdown) before starting",
                pid.get(),
                dir);
        var result =
                binaries.run("pg_ctl", List.of("-D", dir.toString(), "stop", "-m", "fast", "-w", "-t", "60"), null);
        if (result.exitCode() != 0
                && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("The data directory " + dir + " is held by PostgreSQL process " + pid.get()
                    + " (" + process.get().info().user().orElse("another user") + "), which could not be stopped: "
                    + result.output().strip() + ". Stop it, or start with another --touchpoint.data-dir.");
        }
        log.info("Stopped the leftover PostgreSQL (process {}) of data directory {}", pid.get(), dir);
    }

    /** The password kept in this directory by an earlier start, or a new random one. */
    String passwordOrNew() {
        var file = dir.resolve(PASSWORD_FILE);
        return Files.exists(file) ? read(file).strip() : newPassword();
    }

    /**
     * Makes password authentication (scram-sha-256) the only way in. On the first start — or for a
     * data directory created before this rule, or whose password file is gone — sets {@code password}
     * in single-user mode (no server running, so there is no moment without a password), keeps it
     * in {@link #PASSWORD_FILE} (owner only) and replaces {@code pg_hba.conf}.
     */
    void lockDown(PostgresBinaries binaries, String password) {
        var passwordFile = dir.resolve(PASSWORD_FILE);
        var hba = dir.resolve("pg_hba.conf");
        if (read(hba).startsWith(HBA_MARKER) && read(passwordFile).strip().equals(password)) {
            return;
        }
        var result = binaries.run(
                "postgres",
                List.of("--single", "-D", dir.toString(), "postgres"),
                "ALTER ROLE postgres PASSWORD '" + password + "';\n");
        if (result.exitCode() != 0 || result.output().contains("ERROR")) {
            throw new IllegalStateException(
                    "could not set the password of the embedded PostgreSQL: " + result.output());
        }
        writeOwnerOnly(passwordFile, password + "\n");
        write(hba, HBA);
        log.info(
                "Embedded PostgreSQL in {}: password authentication (scram-sha-256) for every connection; the "
                        + "password is in {}",
                dir,
                passwordFile);
    }

    /** The postmaster's process id from {@code postmaster.pid}, while that file exists. */
    Optional<Long> postmasterPid() {
        var file = dir.resolve("postmaster.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        var first = read(file).lines().findFirst().orElse("").strip();
        return first.matches("[0-9]+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
    }

    private String postmasterDescription() {
        return postmasterPid().map(pid -> "; its PostgreSQL is process " + pid).orElse("");
    }

    private boolean isPostgres(ProcessHandle process) {
        var cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            // a postmaster started under another spelling of this directory's path counts too
            return read(cmdline).contains("postgres");
        }
        return process.info()
                .command()
                .map(c -> c.endsWith("postgres") || c.endsWith("postgres.exe"))
                .orElse(true);
    }

    private static String newPassword() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String text) {
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException raced) {
                // written below either way
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
