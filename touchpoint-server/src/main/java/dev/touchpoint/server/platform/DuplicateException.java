package dev.touchpoint.server.platform;

import java.util.List;

/**
 * The value must be unique and another record already has it (a taken username, an existing code):
 * a 409 problem naming the field with rule {@code unique}. Being an {@link InvalidInputException},
 * forms show it inline like any other rule.
 */
public class DuplicateException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public DuplicateException(String field, String message) {
        super(List.of(new FieldViolation(field, "unique", message)));
    }
}
