package dev.touchpoint.server.service;

import java.util.List;

/**
 * Demo data for {@link ServiceApi#loadDemo}: tickets with their history (assignees by username) and the
 * order stages care plans react to.
 */
public record ServiceDemoBatch(List<DemoTicket> tickets, List<OrderStageReached> orderStages) {

    public ServiceDemoBatch {
        tickets = List.copyOf(tickets);
        orderStages = List.copyOf(orderStages);
    }

    /** A ticket and the username of its assignee (null: unassigned). */
    public record DemoTicket(ImportedTicket ticket, String assigneeUsername) {}
}
