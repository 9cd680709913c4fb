package dev.touchpoint.server.commerce.shared;

import dev.touchpoint.server.platform.InvalidInputException;

/** Reads the optimistic-locking version from {@code If-Match} or from a request body. */
public record Versions(Integer expected, boolean precondition) {

    public static Versions of(String ifMatch, Integer bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            var text = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return new Versions(Integer.parseInt(text), true);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "format", "If-Match must be a version like \"3\"");
            }
        }
        return new Versions(bodyVersion, false);
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
