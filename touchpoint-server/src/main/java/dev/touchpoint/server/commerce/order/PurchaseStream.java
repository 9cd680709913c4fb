package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.CreditPosition;
import dev.touchpoint.server.commerce.Purchase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Streams every purchase with {@code COPY … TO STDOUT}: analytics reads a million orders at close to
 * the speed PostgreSQL can write them, without materialising a result set.
 */
@Repository
public class PurchaseStream {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    PurchaseStream(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public void forEach(LocalDate asOf, Consumer<Purchase> consumer) {
        // asOf is a LocalDate, never user text: printing it is safe, and COPY takes no bind parameters
        var sql = """
                COPY (SELECT o.customer_id, o.order_date, coalesce(o.team_id, 0), o.revenue, o.revenue - o.cost,
                             coalesce(d.discount, 0)
                      FROM sales_order o
                      LEFT JOIN (SELECT l.order_id, sum(l.quantity * l.unit_price * l.discount_percent / 100) AS discount
                                 FROM order_line l WHERE l.discount_percent > 0 GROUP BY l.order_id) d
                        ON d.order_id = o.id
                      WHERE o.stage <> 'CANCELLED' AND o.order_date <= '%s'::date) TO STDOUT
                """.formatted(asOf);
        CopyRows.stream(dataSource, sql, "purchases", row -> consumer.accept(parse(row)));
    }

    /** Open and overdue receivables per customer with an open balance or a credit limit. */
    public List<CreditPosition> creditPositions(LocalDate asOf) {
        var rows = new ArrayList<CreditPosition>();
        jdbc.sql("""
                SELECT coalesce(r.customer_id, c.customer_id) AS customer_id, c.credit_limit,
                       coalesce(r.open, 0) AS open, coalesce(r.overdue, 0) AS overdue
                FROM (SELECT customer_id, sum(amount - paid) AS open,
                             sum(amount - paid) FILTER (WHERE due_date < :asOf) AS overdue
                      FROM receivable WHERE NOT cancelled AND paid < amount GROUP BY customer_id) r
                FULL JOIN credit_limit c ON c.customer_id = r.customer_id
                """)
                .param("asOf", asOf)
                .query((rs, n) -> rows.add(new CreditPosition(
                        rs.getLong("customer_id"),
                        rs.getObject("credit_limit") == null ? null : rs.getDouble("credit_limit"),
                        rs.getDouble("open"),
                        rs.getDouble("overdue"))))
                .list();
        return rows;
    }

    private static Purchase parse(byte[] row) {
        var text = new String(row, StandardCharsets.US_ASCII);
        int a = text.indexOf('\t');
        int b = text.indexOf('\t', a + 1);
        int c = text.indexOf('\t', b + 1);
        int d = text.indexOf('\t', c + 1);
        int e = text.indexOf('\t', d + 1);
        int end = text.endsWith("\n") ? text.length() - 1 : text.length();
        return new Purchase(
                Long.parseLong(text, 0, a, 10),
                LocalDate.parse(text.substring(a + 1, b)),
                Long.parseLong(text, b + 1, c, 10),
                Double.parseDouble(text.substring(c + 1, d)),
                Double.parseDouble(text.substring(d + 1, e)),
                Double.parseDouble(text.substring(e + 1, end)));
    }
}
