package dev.touchpoint.server.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What hangs under a customer: contacts, notes and the consent history. */
@Repository
class CustomerRecordsRepository {

    private final JdbcClient jdbc;

    CustomerRecordsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Contact> contacts(long customerId) {
        return jdbc.sql("SELECT * FROM contact WHERE customer_id = :c ORDER BY name, id")
                .param("c", customerId)
                .query((rs, n) -> new Contact(
                        rs.getLong("id"),
                        rs.getLong("customer_id"),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("notes"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("version")))
                .list();
    }

    Optional<Contact> contact(long customerId, long contactId) {
        return contacts(customerId).stream().filter(c -> c.id() == contactId).findFirst();
    }

    long insertContact(long customerId, ContactRequest r) {
        return jdbc.sql("""
                INSERT INTO contact (customer_id, name, title, phone, email, notes)
                VALUES (:c, :name, :title, :phone, :email, :notes) RETURNING id""")
                .param("c", customerId)
                .param("name", r.name().strip())
                .param("title", r.title())
                .param("phone", r.phone())
                .param("email", r.email())
                .param("notes", r.notes())
                .query(Long.class)
                .single();
    }

    int updateContact(long customerId, long contactId, int version, ContactRequest r) {
        return jdbc.sql("""
                UPDATE contact SET name = :name, title = :title, phone = :phone, email = :email, notes = :notes,
                       version = version + 1
                WHERE id = :id AND customer_id = :c AND version = :version""")
                .param("id", contactId)
                .param("c", customerId)
                .param("version", version)
                .param("name", r.name().strip())
                .param("title", r.title())
                .param("phone", r.phone())
                .param("email", r.email())
                .param("notes", r.notes())
                .update();
    }

    int deleteContact(long customerId, long contactId) {
        return jdbc.sql("DELETE FROM contact WHERE id = :id AND customer_id = :c")
                .param("id", contactId)
                .param("c", customerId)
                .update();
    }

    List<CustomerNote> notes(long customerId, Instant before, int limit) {
        return jdbc.sql("""
                SELECT * FROM customer_note
                WHERE customer_id = :c AND (CAST(:before AS timestamptz) IS NULL OR created_at < :before)
                ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("c", customerId)
                .param("before", before == null ? null : Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> new CustomerNote(
                        rs.getLong("id"),
                        rs.getLong("customer_id"),
                        rs.getString("author"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    long insertNote(long customerId, String author, String body) {
        return jdbc.sql("INSERT INTO customer_note (customer_id, author, body) VALUES (:c, :a, :b) RETURNING id")
                .param("c", customerId)
                .param("a", author)
                .param("b", body)
                .query(Long.class)
                .single();
    }

    /** Consent history, newest first. */
    List<Consent> consents(long customerId, Instant before, int limit) {
        return jdbc.sql("""
                SELECT * FROM customer_consent
                WHERE customer_id = :c AND (CAST(:before AS timestamptz) IS NULL OR at < :before)
                ORDER BY at DESC, id DESC LIMIT :limit""")
                .param("c", customerId)
                .param("before", before == null ? null : Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> new Consent(
                        rs.getLong("id"),
                        rs.getLong("customer_id"),
                        ConsentChannel.valueOf(rs.getString("channel")),
                        rs.getBoolean("granted"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("method"),
                        rs.getString("recorded_by")))
                .list();
    }

    long insertConsent(long customerId, ConsentRequest r, Instant at, String recordedBy) {
        return jdbc.sql("""
                INSERT INTO customer_consent (customer_id, channel, granted, at, method, recorded_by)
                VALUES (:c, :channel, :granted, :at, :method, :by) RETURNING id""")
                .param("c", customerId)
                .param("channel", r.channel().name())
                .param("granted", r.granted())
                .param("at", Timestamp.from(at))
                .param("method", r.method().strip())
                .param("by", recordedBy)
                .query(Long.class)
                .single();
    }

    boolean hasConsent(long customerId, ConsentChannel channel) {
        return jdbc.sql("""
                SELECT granted FROM customer_consent WHERE customer_id = :c AND channel = :ch
                ORDER BY at DESC, id DESC LIMIT 1""")
                .param("c", customerId)
                .param("ch", channel.name())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Moves contacts, notes and consent history of {@code fromId} to {@code toId} (merge). */
    void moveAll(long fromId, long toId) {
        for (var table : List.of("contact", "customer_note", "customer_consent")) {
            jdbc.sql("UPDATE " + table + " SET customer_id = :to WHERE customer_id = :from")
                    .param("to", toId)
                    .param("from", fromId)
                    .update();
        }
    }
}
