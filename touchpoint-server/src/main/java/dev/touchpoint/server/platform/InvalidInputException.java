package dev.touchpoint.server.platform;

import java.util.List;

/** Input broke one or more rules; rendered as a 400 problem detail naming each field and rule. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid"));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String rule, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, rule, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
