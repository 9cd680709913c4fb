package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.service.CompensationKind;
import dev.touchpoint.server.service.ComplaintStep;
import dev.touchpoint.server.service.RootCause;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A ticket row as stored. */
public record TicketRow(
        long id,
        long customerId,
        Long orderId,
        String touchpoint,
        TicketType type,
        TicketPriority priority,
        TicketStatus status,
        TicketChannel channel,
        String subject,
        String description,
        Long assigneeId,
        Long teamId,
        Long policyId,
        Instant createdAt,
        Instant firstResponseAt,
        Instant solvedAt,
        Instant closedAt,
        int escalationLevel,
        RootCause rootCause,
        ComplaintStep complaintStep,
        CompensationKind compensationKind,
        BigDecimal compensationAmount,
        String compensationNote,
        Integer satisfaction,
        Instant satisfactionAt,
        boolean proactive,
        String proactiveReason,
        int version) {

    static TicketRow map(ResultSet rs, int n) throws SQLException {
        return new TicketRow(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                (Long) rs.getObject("order_id"),
                rs.getString("touchpoint"),
                TicketType.valueOf(rs.getString("type")),
                TicketPriority.valueOf(rs.getString("priority")),
                TicketStatus.valueOf(rs.getString("status")),
                TicketChannel.valueOf(rs.getString("channel")),
                rs.getString("subject"),
                rs.getString("description"),
                (Long) rs.getObject("assignee_id"),
                (Long) rs.getObject("team_id"),
                (Long) rs.getObject("policy_id"),
                instant(rs, "created_at"),
                instant(rs, "first_response_at"),
                instant(rs, "solved_at"),
                instant(rs, "closed_at"),
                rs.getInt("escalation_level"),
                enumOf(RootCause.class, rs.getString("root_cause")),
                enumOf(ComplaintStep.class, rs.getString("complaint_step")),
                enumOf(CompensationKind.class, rs.getString("compensation_kind")),
                rs.getBigDecimal("compensation_amount"),
                rs.getString("compensation_note"),
                (Integer) rs.getObject("satisfaction", Integer.class),
                instant(rs, "satisfaction_at"),
                rs.getBoolean("proactive"),
                rs.getString("proactive_reason"),
                rs.getInt("version"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
