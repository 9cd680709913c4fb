package dev.touchpoint.server.touchpoint;

/**
 * Outcome of an ingestion: how many events were new and how many had been received before (same
 * event id) and so stored nothing.
 */
public record IngestResult(int received, int accepted, int duplicates) {

    public static IngestResult of(int received, int accepted) {
        return new IngestResult(received, accepted, received - accepted);
    }
}
