package dev.touchpoint.server.platform;

/**
 * One rule broken by one field of a request or an imported row.
 *
 * @param field the field (JSON property or column) name
 * @param rule a stable machine-readable rule name, e.g. {@code required}, {@code format}, {@code unique}
 * @param message a human-readable explanation in the caller's language
 */
public record FieldViolation(String field, String rule, String message) {}
