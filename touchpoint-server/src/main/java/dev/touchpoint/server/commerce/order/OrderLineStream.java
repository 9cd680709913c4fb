package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderLineFact;
import dev.touchpoint.server.commerce.ProductFact;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Order lines for product-association mining, streamed with {@code COPY … TO STDOUT} like purchases. */
@Repository
public class OrderLineStream {

    private static final String SELECT = """
            SELECT o.customer_id, o.id, o.order_date, p.sku, c.code, p.kind,
                   (SELECT min(h.at)::date FROM order_stage_history h WHERE h.order_id = o.id AND h.stage = 'DELIVERED'),
                   l.returned_quantity >= l.quantity
            FROM sales_order o
            JOIN order_line l ON l.order_id = o.id
            JOIN product p ON p.id = l.product_id
            LEFT JOIN product_category c ON c.id = p.category_id
            WHERE o.stage <> 'CANCELLED' AND o.order_date <= '%s'::date""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    OrderLineStream(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * All orders at once: the delivery days joined from the partial index of DELIVERED stages (one pass)
     * instead of looked up per line.
     */
    private static final String SELECT_ALL = """
            SELECT o.customer_id, o.id, o.order_date, p.sku, c.code, p.kind, d.day,
                   l.returned_quantity >= l.quantity
            FROM sales_order o
            JOIN order_line l ON l.order_id = o.id
            JOIN product p ON p.id = l.product_id
            LEFT JOIN product_category c ON c.id = p.category_id
            LEFT JOIN (SELECT h.order_id, min(h.at)::date AS day FROM order_stage_history h
                       WHERE h.stage = 'DELIVERED' GROUP BY h.order_id) d ON d.order_id = o.id
            WHERE o.stage <> 'CANCELLED' AND o.order_date <= '%s'::date""";

    /** Every line of every order up to {@code asOf}, ordered by customer, date and order. */
    public void forEach(LocalDate asOf, Consumer<OrderLineFact> consumer) {
        // asOf is a LocalDate, never user text: printing it is safe, and COPY takes no bind parameters
        copy(
                "COPY (" + SELECT_ALL.formatted(asOf)
                        + " ORDER BY o.customer_id, o.order_date, o.id, l.line_no) TO STDOUT",
                consumer);
    }

    /** The lines of one customer's orders up to {@code asOf}, by date. */
    public List<OrderLineFact> ofCustomer(long customerId, LocalDate asOf) {
        var lines = new java.util.ArrayList<OrderLineFact>();
        // both values are numbers and dates, never user text
        copy(
                "COPY (" + SELECT.formatted(asOf) + " AND o.customer_id = " + customerId
                        + " ORDER BY o.order_date, o.id, l.line_no) TO STDOUT",
                lines::add);
        return lines;
    }

    /** Product names by product id. */
    public java.util.Map<Long, String> productNames() {
        var names = new java.util.HashMap<Long, String>();
        jdbc.sql("SELECT id, name FROM product").query((java.sql.ResultSet rs) -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    /** Every product with its category and margin. */
    public List<ProductFact> products() {
        return jdbc.sql("""
                SELECT p.sku, p.name, c.code, c.name_en, c.name_zh, p.kind, p.list_price, p.unit_cost, p.active
                FROM product p LEFT JOIN product_category c ON c.id = p.category_id ORDER BY p.sku""")
                .query((rs, n) -> new ProductFact(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getBoolean(9)))
                .list();
    }

    private void copy(String sql, Consumer<OrderLineFact> consumer) {
        CopyRows.stream(dataSource, sql, "order lines", row -> consumer.accept(parse(row)));
    }

    private static OrderLineFact parse(byte[] row) {
        var text = new String(row, StandardCharsets.UTF_8);
        var f = text.endsWith("\n") ? text.substring(0, text.length() - 1).split("\t", -1) : text.split("\t", -1);
        return new OrderLineFact(
                Long.parseLong(f[0]),
                Long.parseLong(f[1]),
                date(f[2]),
                unescape(f[3]),
                f[4].equals("\\N") ? null : unescape(f[4]),
                f[5],
                f[6].equals("\\N") ? null : date(f[6]),
                f[7].equals("t"));
    }

    /** A date as PostgreSQL writes it ({@code YYYY-MM-DD}), read without a formatter (a million per run). */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new java.time.format.DateTimeParseException("not a date", text, i);
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    /** COPY's text format escapes backslash, tab, newline and carriage return. */
    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
