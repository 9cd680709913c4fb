package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.TabularReader;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ready-made catalogues: the car dealership (4S店) of seed 004 with its showroom zones, a B2B
 * manufacturer (seed 004's pre/in/after-sale lists) and a retail store with zones (seed 000). Each is a
 * catalogue file in the export format ({@code src/main/resources/catalogue-templates/<name>.csv}), so a
 * user can download one, edit it and import it like any catalogue. Applying one adds the entries whose
 * code is not in the catalogue yet; existing entries are left as edited.
 */
public final class CatalogueTemplates {

    public static final String DEALERSHIP = "DEALERSHIP";
    static final String B2B = "B2B_MANUFACTURER";
    static final String RETAIL = "RETAIL_STORE";

    static final List<String> ALL = List.of(DEALERSHIP, B2B, RETAIL);

    private CatalogueTemplates() {}

    /** The template's file as shipped (UTF-8 CSV with a byte-order mark). */
    static byte[] file(String template) {
        if (!ALL.contains(template)) {
            throw InvalidInputException.of("template", "oneOf", "template must be one of " + ALL);
        }
        var name = "/catalogue-templates/" + template.toLowerCase(Locale.ROOT) + ".csv";
        try (var in = CatalogueTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's entries, in file order (their position in the catalogue). */
    static List<TouchpointRequest> of(String template) {
        var data = TabularReader.read(file(template), template + ".csv");
        var result = new ArrayList<TouchpointRequest>();
        var problems = new ArrayList<RowProblem>();
        for (var row : data.rows()) {
            result.add(new TouchpointRequest(
                    row.get("code"),
                    row.get("name_zh"),
                    row.get("name_en"),
                    TouchpointLine.valueOf(row.get("line")),
                    JourneyStage.valueOf(row.get("stage")),
                    TouchpointKind.valueOf(row.get("kind")),
                    TouchpointChannel.valueOf(row.get("channel")),
                    Role.valueOf(row.get("owner_role")),
                    row.get("information"),
                    row.get("conveyed_how"),
                    CatalogueTransfer.bool(row.get("key")),
                    CatalogueTransfer.parseMetrics(row.row(), row.get("control_metrics"), problems),
                    null,
                    row.get("zone"),
                    result.size(),
                    null));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("template " + template + ": " + problems);
        }
        return result;
    }
}
