package dev.touchpoint.server.platform;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL programs that zonky unpacked ({@code <dir>/PG-<digest>/bin}), run the way zonky runs
 * them: PostgreSQL refuses to run as root, so as root they run in a new user namespace
 * ({@code unshare -U}).
 */
final class PostgresBinaries {

    private final Path bin;

    private PostgresBinaries(Path bin) {
        this.bin = bin;
    }

    /** The newest complete unpacked distribution under {@code workingDirectory}. */
    static PostgresBinaries in(Path workingDirectory) {
        try (Stream<Path> dirs = Files.list(workingDirectory)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("PG-"))
                    .filter(d -> Files.exists(d.resolve(".exists")) && Files.isExecutable(d.resolve("bin/pg_ctl")))
                    .max(Comparator.comparing(PostgresBinaries::modified))
                    .map(d -> new PostgresBinaries(d.resolve("bin")))
                    .orElseThrow(() -> new IllegalStateException("no unpacked PostgreSQL under " + workingDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Output and exit status of a finished program. */
    record Result(int exitCode, String output) {}

    /** Runs {@code program} with {@code args}, feeding {@code input} (may be null) on its standard input. */
    Result run(String program, List<String> args, String input) {
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(args);
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within 120 s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program, e);
        }
    }

    private static long modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir.resolve(".exists")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
