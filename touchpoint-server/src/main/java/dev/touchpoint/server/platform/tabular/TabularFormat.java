package dev.touchpoint.server.platform.tabular;

/** File formats for import and export. */
public enum TabularFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    TabularFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code csv} or {@code xlsx} (any case); anything else is an error naming the parameter. */
    public static TabularFormat of(String name) {
        for (var f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw dev.touchpoint.server.platform.InvalidInputException.of("format", "oneOf", "format must be csv or xlsx");
    }
}
