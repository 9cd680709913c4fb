package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import java.util.List;
import java.util.Map;

/** One line of the touchpoint matrix and its cells by stage. (Public so templates can read it.) */
public record MatrixRow(TouchpointLine line, Map<JourneyStage, List<MatrixCell>> cells) {

    /** Whether the cell holds a touchpoint nothing measures. */
    public boolean unmeasured(JourneyStage stage) {
        return cells.get(stage).stream().anyMatch(c -> !c.measured());
    }
}
