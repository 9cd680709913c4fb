package dev.touchpoint.server.platform;

import org.springframework.util.unit.DataSize;

/** The request body is larger than its endpoint's limit (413). */
public class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super("the request body is larger than the limit of "
                + DataSize.ofBytes(limitBytes).toMegabytes() + " MB");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** The limit as people read it: 2 MB, 50 MB, 512 KB. */
    public String readableLimit() {
        return limitBytes >= 1024 * 1024 && limitBytes % (1024 * 1024) == 0
                ? limitBytes / (1024 * 1024) + " MB"
                : limitBytes >= 1024 ? limitBytes / 1024 + " KB" : limitBytes + " bytes";
    }
}
