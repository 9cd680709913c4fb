package dev.touchpoint.server.crosssell.odometer;

import dev.touchpoint.analytics.crosssell.need.OdometerReading;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Odometer readings per customer (one vehicle per customer in this version). */
@Repository
public class OdometerRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    OdometerRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insert(long customerId, LocalDate readOn, int km, Long orderId, String source, String actor) {
        return jdbc.sql("""
                INSERT INTO crosssell_odometer (customer_id, read_on, km, order_id, source, recorded_by)
                VALUES (:customer, :on, :km, :order, :source, :actor)
                ON CONFLICT (customer_id, read_on, km) DO UPDATE SET order_id = coalesce(EXCLUDED.order_id, crosssell_odometer.order_id)
                RETURNING id""")
                .param("customer", customerId)
                .param("on", readOn)
                .param("km", km)
                .param("order", orderId)
                .param("source", source)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    /** Bulk insert (demo data); existing readings are kept. */
    public void insertAll(List<OdometerReadingView> readings) {
        batch.batchUpdate(
                """
                INSERT INTO crosssell_odometer (customer_id, read_on, km, order_id, source, recorded_by)
                VALUES (:customer, :on, :km, :order, :source, :actor) ON CONFLICT DO NOTHING""",
                readings.stream()
                        .map(r -> new MapSqlParameterSource()
                                .addValue("customer", r.customerId())
                                .addValue("on", Date.valueOf(r.readOn()))
                                .addValue("km", r.km())
                                .addValue("order", r.orderId())
                                .addValue("source", r.source())
                                .addValue("actor", r.recordedBy()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    public List<OdometerReadingView> of(long customerId) {
        return jdbc.sql("SELECT id, customer_id, read_on, km, order_id, source, recorded_by FROM crosssell_odometer "
                        + "WHERE customer_id = :customer ORDER BY read_on, km")
                .param("customer", customerId)
                .query((rs, n) -> new OdometerReadingView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        (Long) rs.getObject(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** Every customer's readings as the library reads them. */
    public Map<Long, List<OdometerReading>> all() {
        var all = new HashMap<Long, List<OdometerReading>>();
        jdbc.sql("SELECT customer_id, read_on, km FROM crosssell_odometer ORDER BY customer_id, read_on")
                .query((java.sql.ResultSet rs) -> {
                    all.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new OdometerReading(rs.getObject(2, LocalDate.class), rs.getInt(3)));
                });
        return all;
    }

    /** Moves a merged customer's readings to the survivor. */
    public void merge(long survivorId, long duplicateId) {
        jdbc.sql("""
                INSERT INTO crosssell_odometer (customer_id, read_on, km, order_id, source, recorded_by, created_at)
                SELECT :survivor, read_on, km, order_id, source, recorded_by, created_at FROM crosssell_odometer
                WHERE customer_id = :duplicate ON CONFLICT DO NOTHING""")
                .param("survivor", survivorId)
                .param("duplicate", duplicateId)
                .update();
        jdbc.sql("DELETE FROM crosssell_odometer WHERE customer_id = :duplicate")
                .param("duplicate", duplicateId)
                .update();
    }
}
