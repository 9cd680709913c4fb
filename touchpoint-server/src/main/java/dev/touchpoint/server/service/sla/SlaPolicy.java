package dev.touchpoint.server.service.sla;

import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An SLA policy: when its conditions match a ticket (every set condition must hold; the first active
 * policy by rank wins), the targets in business minutes of its calendar apply. Escalation levels 1–3
 * are reached when a running target has used the given percentage (e.g. 80, 100, 150); a null level
 * is not used. {@code pauseStatuses} stop its clocks (null: the module default, {@code PENDING_CUSTOMER}).
 */
public record SlaPolicy(
        Long id,
        @NotBlank @Size(max = 200) String name,
        int rank,
        TicketPriority condPriority,
        TicketType condType,
        Long condTeamId,
        @Size(max = 20) String condTier,
        @NotBlank String calendarCode,
        @Min(1) int firstResponseMinutes,
        @Min(1) int nextResponseMinutes,
        @Min(1) int resolutionMinutes,
        @Min(1) @Max(100) int dueSoonPercent,
        @Min(1) Integer escalation1Percent,
        @Min(1) Integer escalation2Percent,
        @Min(1) Integer escalation3Percent,
        boolean active,
        @NotNull Integer version,
        java.util.List<TicketStatus> pauseStatuses) {

    public SlaPolicy {
        pauseStatuses = pauseStatuses == null ? null : java.util.List.copyOf(pauseStatuses);
    }

    /** Whether the ticket's attributes satisfy every condition that is set. */
    boolean matches(TicketPriority priority, TicketType type, Long teamId, String tier) {
        return (condPriority == null || condPriority == priority)
                && (condType == null || condType == type)
                && (condTeamId == null || condTeamId.equals(teamId))
                && (condTier == null || condTier.equalsIgnoreCase(tier == null ? "" : tier));
    }

    /** The percentage thresholds of escalation levels 1..3 (null when unused). */
    Integer escalationPercent(int level) {
        return switch (level) {
            case 1 -> escalation1Percent;
            case 2 -> escalation2Percent;
            case 3 -> escalation3Percent;
            default -> null;
        };
    }
}
