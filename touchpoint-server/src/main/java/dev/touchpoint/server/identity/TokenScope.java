package dev.touchpoint.server.identity;

import java.util.Set;

/**
 * What a personal API token may do, within its owner's rights: everything ({@link #FULL}), only read
 * ({@link #READ_ONLY}: GET and HEAD), or only send events ({@link #EVENTS}: {@code POST /api/v1/events}
 * and {@code POST /api/v1/identities}, for an ingestion client). Every scope may ask
 * {@code GET /api/v1/me} who it is. Checked before the request reaches a controller, so a refused
 * body is never read.
 */
public enum TokenScope {
    FULL,
    READ_ONLY,
    EVENTS;

    private static final Set<String> EVENT_PATHS = Set.of("/api/v1/events", "/api/v1/identities");

    /** Whether a request with this method to this path (without the context path) is allowed. */
    public boolean allows(String method, String path) {
        if ("GET".equals(method) && "/api/v1/me".equals(path)) {
            return true;
        }
        return switch (this) {
            case FULL -> true;
            case READ_ONLY -> "GET".equals(method) || "HEAD".equals(method);
            case EVENTS -> "POST".equals(method) && EVENT_PATHS.contains(path);
        };
    }
}
