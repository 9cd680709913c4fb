package dev.touchpoint.server.customer;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many customers with PostgreSQL {@code COPY}: ids are taken from the sequence first, so the
 * caller gets them back in input order, then the rows stream in as CSV. Runs inside the caller's
 * transaction (the connection comes from {@link DataSourceUtils}).
 */
@Component
class CustomerBulkInsert {

    private static final String COLUMNS = "id, kind, name, phone, email, tier, source, owner_id, team_id, tags, "
            + "gender, birthday, city, address, industry, notes, created_at, updated_at";
    private static final int CHUNK = 20_000;

    private final DataSource dataSource;

    CustomerBulkInsert(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    List<Long> insert(List<NewCustomer> batch) {
        var ids = new ArrayList<Long>(batch.size());
        if (batch.isEmpty()) {
            return ids;
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            try (var st = connection.prepareStatement(
                    "SELECT nextval('customer_id_seq') FROM generate_series(1, ?) ORDER BY 1")) {
                st.setInt(1, batch.size());
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var now = Instant.now();
            for (int from = 0; from < batch.size(); from += CHUNK) {
                var csv = new StringBuilder();
                for (int i = from; i < Math.min(batch.size(), from + CHUNK); i++) {
                    appendRow(csv, ids.get(i), batch.get(i), now);
                }
                copy.copyIn(
                        "COPY customer (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csv.toString()));
            }
            return ids;
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("bulk insert of customers failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void appendRow(StringBuilder csv, long id, NewCustomer c, Instant now) {
        var created = OffsetDateTime.ofInstant(c.createdAt() == null ? now : c.createdAt(), ZoneOffset.UTC)
                .toString();
        Object[] values = {
            id,
            c.kind().name(),
            c.name(),
            c.phone(),
            c.email(),
            c.tier() == null ? "NORMAL" : c.tier(),
            c.source(),
            c.ownerId(),
            c.teamId(),
            arrayLiteral(c.tags()),
            c.gender(),
            c.birthday(),
            c.city(),
            c.address(),
            c.industry(),
            c.notes(),
            created,
            created
        };
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            if (values[i] != null) {
                // quoted: an empty quoted value is an empty string, an unquoted empty one is NULL
                csv.append('"')
                        .append(values[i].toString().replace("\"", "\"\""))
                        .append('"');
            }
        }
        csv.append('\n');
    }

    private static String arrayLiteral(List<String> tags) {
        var sb = new StringBuilder("{");
        for (int i = 0; i < tags.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"')
                    .append(tags.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append('}').toString();
    }
}
