package dev.touchpoint.server.sales.followup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReminderRepository {

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long userId, String kind, String subject, String link, LocalDate dueOn, Instant at) {
        jdbc.sql("""
                INSERT INTO sales_reminder (user_id, kind, subject, link, due_on, created_at)
                VALUES (:user, :kind, :subject, :link, :due, :at)""")
                .param("user", userId)
                .param("kind", kind)
                .param("subject", subject)
                .param("link", link)
                .param("due", dueOn == null ? null : Date.valueOf(dueOn))
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Reminder> unread(long userId) {
        return jdbc.sql(
                        "SELECT * FROM sales_reminder WHERE user_id = :user AND read_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 50")
                .param("user", userId)
                .query((rs, n) -> new Reminder(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("subject"),
                        rs.getString("link"),
                        rs.getDate("due_on") == null
                                ? null
                                : rs.getDate("due_on").toLocalDate(),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    int markRead(long userId, long id, Instant at) {
        return jdbc.sql(
                        "UPDATE sales_reminder SET read_at = :at WHERE id = :id AND user_id = :user AND read_at IS NULL")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("user", userId)
                .update();
    }
}
