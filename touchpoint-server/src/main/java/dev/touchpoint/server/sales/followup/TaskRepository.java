package dev.touchpoint.server.sales.followup;

import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.lead.LeadRepository;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TaskRepository {

    /** A task to store. */
    public record NewTask(
            Long leadId,
            Long customerId,
            String subject,
            long ownerId,
            Long teamId,
            LocalDate dueOn,
            FollowUpChannel channel,
            FollowUpTopic topic,
            IntentClass intentClass,
            int sequence) {}

    private static final String SELECT = """
            SELECT t.*, (t.status = 'OPEN' AND t.due_on < :today) AS overdue
            FROM sales_task t
            LEFT JOIN sales_lead l ON l.id = t.lead_id
            """;

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewTask t, Instant at) {
        return jdbc.sql("""
                INSERT INTO sales_task (lead_id, customer_id, subject, owner_id, team_id, due_on, channel, topic, intent_class,
                                        sequence, created_at)
                VALUES (:lead, :customer, :subject, :owner, :team, :due, :channel, :topic, :intent, :sequence, :at)
                RETURNING id""")
                .param("lead", t.leadId())
                .param("customer", t.customerId())
                .param("subject", t.subject())
                .param("owner", t.ownerId())
                .param("team", t.teamId())
                .param("due", Date.valueOf(t.dueOn()))
                .param("channel", t.channel().name())
                .param("topic", t.topic().name())
                .param(
                        "intent",
                        t.intentClass() == null ? null : t.intentClass().name())
                .param("sequence", t.sequence())
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<Task> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE t.id = :id")
                .param("id", id)
                .param("today", Date.valueOf(today))
                .query(TaskRepository::map)
                .optional();
    }

    /** Open tasks of a user due up to {@code until}, oldest first. */
    List<Task> openFor(long ownerId, LocalDate until, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE t.owner_id = :owner AND t.status = 'OPEN' AND t.due_on <= :until"
                        + " ORDER BY t.due_on, t.id")
                .param("owner", ownerId)
                .param("until", Date.valueOf(until))
                .param("today", Date.valueOf(today))
                .query(TaskRepository::map)
                .list();
    }

    List<Task> forLead(long leadId, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE t.lead_id = :lead ORDER BY t.due_on DESC, t.id DESC")
                .param("lead", leadId)
                .param("today", Date.valueOf(today))
                .query(TaskRepository::map)
                .list();
    }

    /** Done follow-ups of a customer, directly or through its leads, for the timeline. */
    public List<Task> doneForCustomer(long customerId, Instant before, int limit, LocalDate today) {
        return jdbc.sql(SELECT + """
                 WHERE t.status = 'DONE' AND (t.customer_id = :c OR l.customer_id = :c)
                   AND (CAST(:before AS timestamptz) IS NULL OR t.done_at < :before)
                 ORDER BY t.done_at DESC LIMIT :limit""")
                .param("c", customerId)
                .param("before", LeadRepository.ts(before))
                .param("limit", limit)
                .param("today", Date.valueOf(today))
                .query(TaskRepository::map)
                .list();
    }

    public int complete(long id, String outcome, Instant at) {
        return jdbc.sql("""
                UPDATE sales_task SET status = 'DONE', outcome = :outcome, done_at = :at
                WHERE id = :id AND status = 'OPEN'""")
                .param("outcome", outcome)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public int cancelOpenForLead(long leadId) {
        return jdbc.sql("UPDATE sales_task SET status = 'CANCELLED' WHERE lead_id = :lead AND status = 'OPEN'")
                .param("lead", leadId)
                .update();
    }

    public int cancelOpenForCustomer(long customerId) {
        return jdbc.sql(
                        "UPDATE sales_task SET status = 'CANCELLED' WHERE customer_id = :c AND lead_id IS NULL AND status = 'OPEN'")
                .param("c", customerId)
                .update();
    }

    /** Open tasks overdue as of {@code today} whose owner was not yet reminded today. */
    List<Task> overdueToRemind(LocalDate today) {
        return jdbc.sql(SELECT + " WHERE t.status = 'OPEN' AND t.due_on < :today"
                        + " AND (t.reminded_on IS NULL OR t.reminded_on < :today) ORDER BY t.owner_id, t.due_on")
                .param("today", Date.valueOf(today))
                .query(TaskRepository::map)
                .list();
    }

    void markReminded(long id, LocalDate today) {
        jdbc.sql("UPDATE sales_task SET reminded_on = :today WHERE id = :id")
                .param("today", Date.valueOf(today))
                .param("id", id)
                .update();
    }

    void reassignOpenForLead(long leadId, long ownerId) {
        jdbc.sql("UPDATE sales_task SET owner_id = :owner WHERE lead_id = :lead AND status = 'OPEN'")
                .param("owner", ownerId)
                .param("lead", leadId)
                .update();
    }

    static Task map(ResultSet rs, int row) throws SQLException {
        var intent = rs.getString("intent_class");
        return new Task(
                rs.getLong("id"),
                (Long) rs.getObject("lead_id"),
                (Long) rs.getObject("customer_id"),
                rs.getString("subject"),
                rs.getLong("owner_id"),
                rs.getDate("due_on").toLocalDate(),
                FollowUpChannel.valueOf(rs.getString("channel")),
                FollowUpTopic.valueOf(rs.getString("topic")),
                intent == null ? null : IntentClass.valueOf(intent),
                rs.getInt("sequence"),
                rs.getString("status"),
                rs.getString("outcome"),
                LeadRepository.instant(rs, "done_at"),
                rs.getBoolean("overdue"));
    }
}
