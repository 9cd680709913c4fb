package dev.touchpoint.server.touchpoint.shared;

import dev.touchpoint.server.platform.InvalidInputException;

/** Reads the version out of an {@code If-Match} header such as {@code "3"} or {@code W/"3"}. */
public final class Versions {

    private Versions() {}

    public static Integer parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "format", "If-Match must be a quoted version, e.g. \"3\"");
        }
    }
}
