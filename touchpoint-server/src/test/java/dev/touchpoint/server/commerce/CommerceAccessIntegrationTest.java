package dev.touchpoint.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommerceAccessIntegrationTest extends CommerceTestSupport {

    @Test
    void salesOfAnotherTeamNeitherSeesNorTouchesTheOrder() throws Exception {
        long teamA = team("store-a");
        long teamB = team("store-b");
        var salesA = user("SALES", teamA);
        var salesB = user("SALES", teamB);
        long customerA = customer(teamA);
        long product = product(unique("SKU"), "10.00", "5.00");
        var created =
                parse(placeOrder(salesA, customerA, "[{\"productId\":%d,\"quantity\":1}]".formatted(product), null));
        long order = created.get("order").get("id").asLong();
        long receivable = created.get("receivable").get("id").asLong();

        assertThat(get("/api/v1/orders/" + order, salesB).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/orders/999999999", salesB).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/orders/" + order + "/stage", salesB, "{\"stage\":\"IN_PROGRESS\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/api/v1/orders/" + order, salesB, "{\"orderDate\":\"2025-01-01\",\"version\":0}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/receivables/" + receivable, salesB).statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/receivables/" + receivable + "/payments", salesB, "{\"amount\":1}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(placeOrder(salesB, customerA, "[{\"productId\":%d,\"quantity\":1}]".formatted(product), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/customers/" + customerA + "/credit-limit", salesB)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/customers/" + customerA + "/commerce-stats", salesB)
                        .statusCode())
                .isEqualTo(403);

        assertThat(parse(get("/api/v1/orders?customerId=" + customerA, salesB))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(parse(get("/api/v1/orders?customerId=" + customerA, salesA))
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(parse(get("/api/v1/receivables?customerId=" + customerA, salesB))
                        .get("total")
                        .asLong())
                .isZero();
        var export = get("/api/v1/orders/export?format=csv&customerId=" + customerA, salesB);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).doesNotContain("ORDER-" + order);
        assertThat(get("/api/v1/orders/export?format=csv&customerId=" + customerA, salesA)
                        .body())
                .contains("ORDER-" + order);
    }

    @Test
    void aggregatesCountOnlyTheCallersCustomers() throws Exception {
        long team = team("store");
        var sales = user("SALES", team);
        long customer = customer(team);
        long product = product(unique("SKU"), "100.00", "70.00");
        orderId(placeOrder(
                sales,
                customer,
                "[{\"productId\":%d,\"quantity\":2}]".formatted(product),
                "\"orderDate\":\"2029-05-03\""));
        orderId(placeOrder(
                sales,
                customer,
                "[{\"productId\":%d,\"quantity\":1,\"discountPercent\":50}]".formatted(product),
                "\"orderDate\":\"2029-05-20\""));
        long cancelled = orderId(placeOrder(
                sales,
                customer,
                "[{\"productId\":%d,\"quantity\":5}]".formatted(product),
                "\"orderDate\":\"2029-06-01\""));
        send("POST", "/api/v1/orders/" + cancelled + "/stage", sales, "{\"stage\":\"CANCELLED\"}");

        var months = parse(get("/api/v1/commerce/revenue-by-month?from=2029-04-01&to=2029-06-30", sales));
        assertThat(months).hasSize(3);
        assertThat(months.get(0).get("revenue").decimalValue()).isEqualByComparingTo("0");
        // May: 200 + 50 revenue, 140 + 70 cost, margin 40; June's only order was cancelled
        assertThat(months.get(1).get("revenue").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(months.get(1).get("cost").decimalValue()).isEqualByComparingTo("210.00");
        assertThat(months.get(1).get("grossMargin").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(months.get(2).get("revenue").decimalValue()).isEqualByComparingTo("0");

        var stages = parse(get("/api/v1/commerce/orders-by-stage", sales));
        assertThat(stages.get(0).get("stage").asText()).isEqualTo("ORDERED");
        assertThat(stages.get(0).get("orders").asLong()).isEqualTo(2);
        assertThat(stages.get(4).get("orders").asLong()).isEqualTo(1);

        var stats = parse(get("/api/v1/customers/" + customer + "/commerce-stats", sales));
        assertThat(stats.get("orders").asLong()).isEqualTo(2);
        assertThat(stats.get("revenue").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(stats.get("lastOrderDate").asText()).isEqualTo("2029-05-20");
        assertThat(stats.get("openReceivables").decimalValue()).isEqualByComparingTo("250.00");
    }
}
