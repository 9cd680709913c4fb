package dev.touchpoint.analytics.cli;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code warnings} list of a command's JSON: what the input held that the user should know. */
final class Warnings {

    private Warnings() {}

    static void write(ObjectNode root, List<String> warnings) {
        ArrayNode list = root.putArray("warnings");
        warnings.forEach(list::add);
    }
}
