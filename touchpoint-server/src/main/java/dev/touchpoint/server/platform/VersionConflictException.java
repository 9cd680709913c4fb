package dev.touchpoint.server.platform;

/**
 * Someone else changed the record since the caller read it. Answered with 412 when the caller sent
 * {@code If-Match}, 409 when the stale version came in the body.
 */
public class VersionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean precondition;
    private final long currentVersion;

    public VersionConflictException(String what, Object id, long currentVersion, boolean precondition) {
        super(what + " " + id + " was changed by someone else (current version " + currentVersion + ")");
        this.precondition = precondition;
        this.currentVersion = currentVersion;
    }

    public boolean precondition() {
        return precondition;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
