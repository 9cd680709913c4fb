package dev.touchpoint.server.touchpoint;

/** Where a touchpoint happens. */
public enum TouchpointChannel {
    STORE,
    PHONE,
    WEB,
    APP,
    WECHAT,
    SMS,
    EMAIL,
    VISIT,
    EVENT,
    ADVERTISING,
    SURVEY,
    OTHER;

    /** Parses a channel name in any case; null or blank gives null. */
    public static TouchpointChannel parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
