package dev.touchpoint.analytics.cli;

/** A problem with the command line or the input file that the user can fix; exit status 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }

    static UsageException at(String file, long line, String column, String problem) {
        return new UsageException(file + ": line " + line + ", column '" + column + "': " + problem);
    }
}
