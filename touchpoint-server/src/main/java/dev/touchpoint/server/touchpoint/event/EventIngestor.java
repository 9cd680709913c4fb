package dev.touchpoint.server.touchpoint.event;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores validated events exactly once. The rows stream with {@code COPY} into a session-local
 * staging table, then one {@code INSERT … SELECT … ON CONFLICT (event_id) DO NOTHING} moves them into
 * {@code touchpoint_event}, resolving identified visitors to their customer on the way; the number of
 * rows it inserted is the number accepted, the rest were duplicates. All in the caller's transaction,
 * so a failure stores nothing.
 */
@Component
class EventIngestor {

    /** One row to store; {@code customerId} may be null for a visitor. */
    record Row(
            String eventId,
            Long customerId,
            String visitorId,
            long touchpointId,
            String kind,
            String occurredAt,
            String channel,
            String site,
            String zone,
            Long productId,
            Integer durationSeconds,
            String value,
            Integer emotion,
            String attributes,
            String recordedBy) {}

    static final String COLUMNS = "event_id, customer_id, visitor_id, touchpoint_id, kind, occurred_at, channel, "
            + "site, zone, product_id, duration_seconds, value, emotion, attributes, recorded_by";
    private static final int CHUNK = 50_000;

    private final DataSource dataSource;

    EventIngestor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the rows; returns how many were new. */
    @Transactional
    int ingest(List<Row> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            // rows of the staging table live for the transaction only (ON COMMIT DELETE ROWS, and a
            // rollback removes them too), so it is empty whenever a transaction starts
            try (var st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS touchpoint_event_stage (" + """
                        event_id text, customer_id bigint, visitor_id text, touchpoint_id bigint, kind text,
                        occurred_at timestamptz, channel text, site text, zone text, product_id bigint,
                        duration_seconds integer, value numeric, emotion smallint, attributes jsonb, recorded_by text)
                        ON COMMIT DELETE ROWS""");
                // a caller's transaction may ingest many times (one event per service contact, say):
                // start from an empty stage so each call moves only its own rows
                st.execute("TRUNCATE touchpoint_event_stage");
            }
            copy(connection, "touchpoint_event_stage", rows);
            try (var st = connection.createStatement()) {
                return st.executeUpdate("INSERT INTO touchpoint_event (" + COLUMNS + ") SELECT " + """
                        s.event_id, COALESCE(s.customer_id, vi.customer_id), s.visitor_id, s.touchpoint_id, s.kind,
                        s.occurred_at, s.channel, s.site, s.zone, s.product_id, s.duration_seconds, s.value, s.emotion,
                        s.attributes, s.recorded_by
                        FROM touchpoint_event_stage s
                        LEFT JOIN visitor_identity vi ON s.customer_id IS NULL AND vi.visitor_id = s.visitor_id
                        ON CONFLICT (event_id) DO NOTHING""");
            }
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("storing touchpoint events failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * A plain {@code COPY} of the rows straight into {@code touchpoint_event}: no idempotency, no visitor
     * resolution. Only the throughput measurement uses it, as the baseline.
     */
    @Transactional
    void copyDirect(List<Row> rows) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            copy(connection, "touchpoint_event", rows);
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("copy failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(Connection connection, String table, List<Row> rows) throws SQLException, IOException {
        var api = connection.unwrap(PGConnection.class).getCopyAPI();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var csv = new StringBuilder(160 * Math.min(CHUNK, rows.size() - from));
            for (int i = from; i < Math.min(rows.size(), from + CHUNK); i++) {
                append(csv, rows.get(i));
            }
            api.copyIn(
                    "COPY " + table + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        }
    }

    private static void append(StringBuilder csv, Row r) {
        quoted(csv, r.eventId()).append(',');
        plain(csv, r.customerId()).append(',');
        quoted(csv, r.visitorId()).append(',');
        csv.append(r.touchpointId()).append(',');
        csv.append(r.kind()).append(',');
        csv.append(r.occurredAt()).append(',');
        quoted(csv, r.channel()).append(',');
        quoted(csv, r.site()).append(',');
        quoted(csv, r.zone()).append(',');
        plain(csv, r.productId()).append(',');
        plain(csv, r.durationSeconds()).append(',');
        plain(csv, r.value()).append(',');
        plain(csv, r.emotion()).append(',');
        quoted(csv, r.attributes()).append(',');
        quoted(csv, r.recordedBy()).append('\n');
    }

    private static StringBuilder plain(StringBuilder csv, Object value) {
        return value == null ? csv : csv.append(value);
    }

    /** CSV-quotes text so commas, quotes and line breaks survive; null stays an empty (NULL) field. */
    private static StringBuilder quoted(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }
}
