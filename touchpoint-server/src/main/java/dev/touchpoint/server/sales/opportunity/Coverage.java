package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.BuyingRole;
import java.util.List;

/**
 * How well the buying centre is covered, 0–100: each of the five roles earns half a point when
 * someone in it is identified and the other half when that person was contacted recently.
 *
 * @param decisionMakerWarning past the configured stage and the decision maker was never met
 */
public record Coverage(int score, List<RoleCoverage> roles, boolean championFound, boolean decisionMakerWarning) {

    public Coverage {
        roles = List.copyOf(roles);
    }

    /** One role: how many members hold it, and whether one of them was contacted recently. */
    public record RoleCoverage(BuyingRole role, int members, boolean engaged) {

        public boolean identified() {
            return members > 0;
        }
    }
}
