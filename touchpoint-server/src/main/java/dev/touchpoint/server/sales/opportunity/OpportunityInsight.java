package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.ActivityKind;
import dev.touchpoint.server.sales.ObjectionType;
import java.util.List;

/**
 * What the system concludes about an opportunity: its checklist, buying-centre coverage, risk, and
 * the advice codes the screens turn into text (end-game by position, activities for the stage,
 * objection handling by type).
 */
public record OpportunityInsight(
        List<ExitCheck> checklist,
        Coverage coverage,
        Risk risk,
        String endGameAdvice,
        List<ActivityKind> suggestedActivities,
        List<ObjectionType> openObjectionTypes) {

    public OpportunityInsight {
        checklist = List.copyOf(checklist);
        suggestedActivities = List.copyOf(suggestedActivities);
        openObjectionTypes = List.copyOf(openObjectionTypes);
    }
}
