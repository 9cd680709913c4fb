package dev.touchpoint.server.commerce.order;

import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams the rows of a {@code COPY … TO STDOUT} (text format, one row per call) on the current
 * transaction's connection: how the analytics runs read a million rows without holding them.
 */
final class CopyRows {

    private CopyRows() {}

    /**
     * @param what what is streamed, for the error message (e.g. {@code purchases})
     * @param row called with each row's bytes, its line end included
     */
    static void stream(DataSource dataSource, String copySql, String what, Consumer<byte[]> row) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var out = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copySql);
            byte[] bytes;
            while ((bytes = out.readFromCopy()) != null) {
                row.accept(bytes);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("streaming " + what + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
