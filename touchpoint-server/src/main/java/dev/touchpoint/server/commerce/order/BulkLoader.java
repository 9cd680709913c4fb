package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.NewOrder;
import dev.touchpoint.server.commerce.NewProduct;
import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.product.CatalogRepository;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads many historical orders at once with PostgreSQL {@code COPY}: ids are reserved from the
 * sequences first, then each table is streamed as CSV inside the caller's transaction.
 */
@Component
public class BulkLoader {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CatalogRepository catalog;

    BulkLoader(DataSource dataSource, JdbcClient jdbc, CatalogRepository catalog) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    public List<Long> insertProducts(List<NewProduct> products) {
        var categories = catalog.categoryIdsByCode();
        var ids = reserve("product_id_seq", products.size());
        var csv = new Csv();
        for (int i = 0; i < products.size(); i++) {
            var p = products.get(i);
            var category = p.categoryCode() == null
                    ? null
                    : categories.get(p.categoryCode().toLowerCase());
            if (p.categoryCode() != null && category == null) {
                throw new IllegalArgumentException("unknown category " + p.categoryCode());
            }
            csv.row(ids.get(i), p.sku(), p.name(), category, p.kind().name(), p.listPrice(), p.unitCost(), p.active());
        }
        copy("product (id, sku, name, category_id, kind, list_price, unit_cost, active)", csv);
        return ids;
    }

    public List<Long> insertOrders(List<NewOrder> orders) {
        int lineCount = orders.stream().mapToInt(o -> o.lines().size()).sum();
        int receivableCount =
                (int) orders.stream().filter(o -> o.receivable() != null).count();
        var reservedOrderIds = reserve("sales_order_id_seq", orders.size());
        var orderIds = reservedOrderIds.iterator();
        var lineIds = reserve("order_line_id_seq", lineCount).iterator();
        var receivableIds = reserve("receivable_id_seq", receivableCount).iterator();
        var costs = unitCosts(orders);

        var orderCsv = new Csv();
        var lineCsv = new Csv();
        var stageCsv = new Csv();
        var returnCsv = new Csv();
        var receivableCsv = new Csv();
        var paymentCsv = new Csv();
        for (var order : orders) {
            long orderId = orderIds.next();
            var revenue = BigDecimal.ZERO;
            var cost = BigDecimal.ZERO;
            var lineIdsOfOrder = new ArrayList<Long>();
            var lineRevenue = new ArrayList<BigDecimal>();
            var lineCost = new ArrayList<BigDecimal>();
            var returned = new int[order.lines().size()];
            order.returns().forEach(r -> returned[r.lineIndex()] += r.quantity());
            for (int i = 0; i < order.lines().size(); i++) {
                var line = order.lines().get(i);
                var unitCost = line.unitCost() != null ? line.unitCost() : costs.get(line.productId());
                if (unitCost == null) {
                    throw new IllegalArgumentException("unknown product " + line.productId());
                }
                var r = Money.lineRevenue(line.quantity(), line.unitPrice(), line.discountPercent());
                var c = Money.lineCost(line.quantity(), unitCost);
                long lineId = lineIds.next();
                lineIdsOfOrder.add(lineId);
                lineRevenue.add(r);
                lineCost.add(c);
                revenue = revenue.add(r);
                cost = cost.add(c);
                lineCsv.row(
                        lineId,
                        orderId,
                        i + 1,
                        line.productId(),
                        line.quantity(),
                        line.unitPrice(),
                        line.discountPercent(),
                        unitCost,
                        r,
                        c,
                        returned[i]);
            }
            for (var ret : order.returns()) {
                var line = order.lines().get(ret.lineIndex());
                var r = Money.share(lineRevenue.get(ret.lineIndex()), ret.quantity(), line.quantity());
                var c = Money.share(lineCost.get(ret.lineIndex()), ret.quantity(), line.quantity());
                revenue = revenue.subtract(r);
                cost = cost.subtract(c);
                returnCsv.row(
                        orderId,
                        lineIdsOfOrder.get(ret.lineIndex()),
                        ret.quantity(),
                        ret.reason(),
                        r,
                        c,
                        ret.at(),
                        "system");
            }
            var stages = order.stages().isEmpty()
                    ? List.of(new NewOrder.StageChange(OrderStage.ORDERED, startOf(order)))
                    : order.stages();
            for (var s : stages) {
                stageCsv.row(orderId, s.stage().name(), s.at(), "system");
            }
            var last = stages.get(stages.size() - 1);
            var created = stages.get(0).at();
            orderCsv.row(
                    orderId,
                    order.orderRef(),
                    order.customerId(),
                    order.orderDate(),
                    order.teamId(),
                    order.salesRepId(),
                    order.channel(),
                    last.stage().name(),
                    last.at(),
                    revenue,
                    cost,
                    "system",
                    created,
                    last.at());
            if (order.receivable() != null) {
                long receivableId = receivableIds.next();
                var spec = order.receivable();
                var paid =
                        spec.payments().stream().map(NewOrder.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                receivableCsv.row(
                        receivableId,
                        orderId,
                        order.customerId(),
                        spec.amount() != null ? spec.amount() : revenue.max(BigDecimal.ZERO),
                        paid,
                        order.orderDate(),
                        spec.dueDate(),
                        last.stage() == OrderStage.CANCELLED,
                        created);
                for (var p : spec.payments()) {
                    paymentCsv.row(receivableId, p.amount(), p.paidOn(), p.method(), "system");
                }
            }
        }
        copy(
                "sales_order (id, order_ref, customer_id, order_date, team_id, sales_rep_id, channel, stage, "
                        + "stage_changed_at, revenue, cost, created_by, created_at, updated_at)",
                orderCsv);
        copy(
                "order_line (id, order_id, line_no, product_id, quantity, unit_price, discount_percent, unit_cost, "
                        + "revenue, cost, returned_quantity)",
                lineCsv);
        copy("order_stage_history (order_id, stage, at, actor)", stageCsv);
        copy("order_return (order_id, line_id, quantity, reason, revenue, cost, returned_at, actor)", returnCsv);
        copy(
                "receivable (id, order_id, customer_id, amount, paid, issued_on, due_date, cancelled, created_at)",
                receivableCsv);
        copy("payment (receivable_id, amount, paid_on, method, recorded_by)", paymentCsv);
        return reservedOrderIds;
    }

    private static Instant startOf(NewOrder order) {
        return order.orderDate().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant();
    }

    private Map<Long, BigDecimal> unitCosts(List<NewOrder> orders) {
        var missing = new HashSet<Long>();
        orders.forEach(
                o -> o.lines().stream().filter(l -> l.unitCost() == null).forEach(l -> missing.add(l.productId())));
        var costs = new java.util.HashMap<Long, BigDecimal>();
        if (!missing.isEmpty()) {
            catalog.findByIds(missing).values().forEach(p -> costs.put(p.id(), p.unitCost()));
        }
        return costs;
    }

    private List<Long> reserve(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        // sequence names are constants of this class, never user input
        return jdbc.sql("SELECT nextval('" + sequence + "') FROM generate_series(1, :n)")
                .param("n", count)
                .query(Long.class)
                .list();
    }

    private void copy(String target, Csv csv) {
        if (csv.rows == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)", new StringReader(csv.text.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load into " + target + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** CSV in PostgreSQL's COPY dialect: an unquoted empty field is NULL, text is always quoted. */
    private static final class Csv {
        private final StringBuilder text = new StringBuilder(1 << 16);
        private int rows;

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                var v = values[i];
                if (v == null) {
                    continue;
                }
                if (v instanceof String s) {
                    text.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (v instanceof BigDecimal d) {
                    text.append(d.toPlainString());
                } else {
                    text.append(v);
                }
            }
            text.append('\n');
            rows++;
        }
    }
}
