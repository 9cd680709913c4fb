package dev.touchpoint.server.sales.shared;

import dev.touchpoint.server.platform.InvalidInputException;

/** {@code If-Match: "<version>"} parsing and {@code ETag} formatting for the REST controllers. */
public final class ETags {

    private ETags() {}

    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var v = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "format", "If-Match must be a quoted version number");
        }
    }

    public static String of(int version) {
        return "\"" + version + "\"";
    }
}
