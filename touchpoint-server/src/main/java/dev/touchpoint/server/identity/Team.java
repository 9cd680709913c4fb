package dev.touchpoint.server.identity;

/** A store/site, a sales group or a service group; customers and users belong to teams. */
public record Team(long id, String name, Kind kind) {

    /** What the team is. */
    public enum Kind {
        SITE,
        SALES_GROUP,
        SERVICE_GROUP,
        OTHER
    }
}
