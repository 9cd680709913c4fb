package dev.touchpoint.server.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Maximum request body sizes under {@code touchpoint.limits.*}; a larger body gets a 413 problem
 * before or while it is read, never an out-of-memory error.
 *
 * @param events {@code POST /api/v1/events} (at most 100,000 events per request as well); default 50 MB
 * @param uploads file uploads ({@code multipart/form-data}: imports); default 50 MB, as
 *     {@code spring.servlet.multipart.max-request-size}
 * @param other every other request with a body (JSON API calls, forms); default 2 MB
 */
@ConfigurationProperties("touchpoint.limits")
public record BodyLimits(DataSize events, DataSize uploads, DataSize other) {

    public BodyLimits {
        events = events == null ? DataSize.ofMegabytes(50) : events;
        uploads = uploads == null ? DataSize.ofMegabytes(50) : uploads;
        other = other == null ? DataSize.ofMegabytes(2) : other;
    }

    /** The limit of a request by its path and content type. */
    long bytesFor(String path, String contentType) {
        if ("/api/v1/events".equals(path)) {
            return events.toBytes();
        }
        if (contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return uploads.toBytes();
        }
        return other.toBytes();
    }
}
