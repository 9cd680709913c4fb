package dev.touchpoint.server.sales;

import jakarta.validation.constraints.Size;

/**
 * Pre-visit research (seed 003, 接近客户前的准备): company background, competitors, and the project —
 * plan, decision makers, timeline, budget, procurement process. Guarded like personal data.
 */
public record Research(
        @Size(max = 4000) String background,
        @Size(max = 4000) String competitors,
        @Size(max = 4000) String projectPlan,
        @Size(max = 4000) String decisionMakers,
        @Size(max = 2000) String timeline,
        @Size(max = 2000) String budget,
        @Size(max = 4000) String procurement,
        Integer version) {

    public static Research empty() {
        return new Research(null, null, null, null, null, null, null, 0);
    }
}
