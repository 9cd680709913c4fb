package dev.touchpoint.server.platform;

/** The requested record does not exist (404). */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
