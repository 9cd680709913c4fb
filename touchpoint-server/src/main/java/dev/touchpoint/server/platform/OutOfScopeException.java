package dev.touchpoint.server.platform;

/** The record exists but lies outside the caller's owner/team scope (403). */
public class OutOfScopeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutOfScopeException(String what, Object id) {
        super(what + " " + id + " is outside your access scope");
    }
}
