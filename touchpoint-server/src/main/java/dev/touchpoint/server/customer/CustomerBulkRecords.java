package dev.touchpoint.server.customer;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Batch inserts of contacts and consent history for imports and demo data. */
@Component
class CustomerBulkRecords {

    private final NamedParameterJdbcTemplate jdbc;

    CustomerBulkRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void insertContacts(List<NewContact> contacts) {
        jdbc.batchUpdate(
                """
                INSERT INTO contact (customer_id, name, title, phone, email)
                VALUES (:customerId, :name, :title, :phone, :email)""",
                contacts.stream()
                        .map(c -> new MapSqlParameterSource()
                                .addValue("customerId", c.customerId())
                                .addValue("name", c.name())
                                .addValue("title", c.title())
                                .addValue("phone", c.phone())
                                .addValue("email", c.email()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    @Transactional
    void insertConsents(List<NewConsent> consents) {
        jdbc.batchUpdate(
                """
                INSERT INTO customer_consent (customer_id, channel, granted, at, method, recorded_by)
                VALUES (:customerId, :channel, :granted, :at, :method, :by)""",
                consents.stream()
                        .map(c -> new MapSqlParameterSource()
                                .addValue("customerId", c.customerId())
                                .addValue("channel", c.channel().name())
                                .addValue("granted", c.granted())
                                .addValue("at", Timestamp.from(c.at()))
                                .addValue("method", c.method())
                                .addValue("by", c.recordedBy()))
                        .toArray(MapSqlParameterSource[]::new));
    }
}
