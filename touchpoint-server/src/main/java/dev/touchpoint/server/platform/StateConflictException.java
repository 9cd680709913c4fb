package dev.touchpoint.server.platform;

import java.util.List;

/**
 * A one-shot transition found the record no longer in the state it needs — the lead was converted
 * by a parallel request, the warning is closed, the pool entry was claimed: 409 with rule
 * {@code state} on the named field. Forms show it inline like any other rule.
 */
public class StateConflictException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public StateConflictException(String field, String message) {
        super(List.of(new FieldViolation(field, "state", message)));
    }
}
