package dev.touchpoint.server.customer;

/**
 * The requested customer was merged into another one. The API answers {@code 301} with the
 * survivor's URL in {@code Location}; the web UI redirects to the survivor's 360 page.
 */
class CustomerMergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long survivorId;

    CustomerMergedException(long id, long survivorId) {
        super("customer " + id + " was merged into customer " + survivorId);
        this.survivorId = survivorId;
    }

    long survivorId() {
        return survivorId;
    }
}
