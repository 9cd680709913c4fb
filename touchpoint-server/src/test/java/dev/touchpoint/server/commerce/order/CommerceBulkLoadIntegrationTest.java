package dev.touchpoint.server.commerce.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.CommerceTestSupport;
import dev.touchpoint.server.commerce.NewOrder;
import dev.touchpoint.server.commerce.NewProduct;
import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo-data path. The size is {@code -Dcommerce.bulkOrders=N} (default 2,000) so the load time can
 * be measured at demo scale once without slowing every build.
 */
class CommerceBulkLoadIntegrationTest extends CommerceTestSupport {

    private static final Logger log = LoggerFactory.getLogger(CommerceBulkLoadIntegrationTest.class);

    @Autowired
    CommerceApi commerce;

    @Test
    void bulkLoadStoresOrdersLinesHistoryReturnsAndReceivables() throws Exception {
        long team = team("bulk");
        var customers = new ArrayList<NewCustomer>();
        for (int i = 0; i < 50; i++) {
            customers.add(new NewCustomer(
                    CustomerKind.PERSON,
                    unique("客户"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    team,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        var customerIds = customerApi.insertAll(customers);
        var prefix = unique("BULK");
        var productIds = commerce.insertProducts(List.of(
                new NewProduct(
                        prefix + "-CAR",
                        "轿车 1.5T",
                        "VEHICLE",
                        ProductKind.VEHICLE,
                        new BigDecimal("150000.00"),
                        new BigDecimal("135000.00"),
                        true),
                new NewProduct(
                        prefix + "-SVC",
                        "常规保养",
                        "MAINTENANCE",
                        ProductKind.SERVICE_PACKAGE,
                        new BigDecimal("600.00"),
                        new BigDecimal("250.00"),
                        true)));
        assertThat(productIds).hasSize(2);

        int n = Integer.getInteger("commerce.bulkOrders", 2000);
        var random = new Random(42);
        var orders = new ArrayList<NewOrder>(n);
        for (int i = 0; i < n; i++) {
            var date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
            var placed = date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(36000);
            var lines = List.of(
                    new NewOrder.Line(productIds.get(1), 1, new BigDecimal("600.00"), BigDecimal.ZERO, null),
                    new NewOrder.Line(
                            productIds.get(1),
                            2,
                            new BigDecimal("600.00"),
                            new BigDecimal("10"),
                            new BigDecimal("250.00")));
            var stages = List.of(
                    new NewOrder.StageChange(OrderStage.ORDERED, placed),
                    new NewOrder.StageChange(OrderStage.DELIVERED, placed.plusSeconds(86400)));
            var returns = i == 0
                    ? List.of(new NewOrder.Return(1, 1, "changed mind", placed.plusSeconds(2 * 86400)))
                    : List.<NewOrder.Return>of();
            var receivable = new NewOrder.Receivable(
                    null,
                    date.plusDays(30),
                    List.of(new NewOrder.Payment(new BigDecimal("600.00"), date.plusDays(3), "WECHAT_PAY")));
            orders.add(new NewOrder(
                    customerIds.get(i % customerIds.size()),
                    i == 0 ? prefix + "-0" : null,
                    date,
                    team,
                    null,
                    "showroom",
                    lines,
                    stages,
                    returns,
                    receivable));
        }

        long start = System.nanoTime();
        commerce.insertOrdersBulk(orders);
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Bulk-loaded {} orders ({} lines) in {} ms", n, 2 * n, millis);

        var first = jdbc.sql("SELECT * FROM sales_order WHERE order_ref = :r")
                .param("r", prefix + "-0")
                .query()
                .singleRow();
        // lines: 600 + (1200 − 10 %) = 1680 revenue, 250 + 500 = 750 cost; return of 1 of the 2 units of line 2: −540 /
        // −250
        assertThat((BigDecimal) first.get("revenue")).isEqualByComparingTo("1140.00");
        assertThat((BigDecimal) first.get("cost")).isEqualByComparingTo("500.00");
        assertThat(first.get("stage")).isEqualTo("DELIVERED");
        long firstId = ((Number) first.get("id")).longValue();
        var receivable = jdbc.sql("SELECT amount, paid FROM receivable WHERE order_id = :id")
                .param("id", firstId)
                .query()
                .singleRow();
        assertThat((BigDecimal) receivable.get("amount")).isEqualByComparingTo("1140.00");
        assertThat((BigDecimal) receivable.get("paid")).isEqualByComparingTo("600.00");
        assertThat(jdbc.sql("SELECT count(*) FROM order_stage_history WHERE order_id = :id")
                        .param("id", firstId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM sales_order WHERE team_id = :t")
                        .param("t", team)
                        .query(Long.class)
                        .single())
                .isEqualTo(n);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.team_id = :t")
                        .param("t", team)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L * n);
        // the sequences moved past the loaded ids: a normal order still gets a fresh id
        long product = productIds.get(1);
        var created =
                placeOrder(admin(), customerIds.get(0), "[{\"productId\":%d,\"quantity\":1}]".formatted(product), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
