package dev.touchpoint.server.commerce.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.commerce.CommerceTestSupport;
import org.junit.jupiter.api.Test;

class OrderIntegrationTest extends CommerceTestSupport {

    @Test
    void lineWithPercentDiscountGivesHandComputedRevenueCostAndMargin() throws Exception {
        long team = team("store");
        var sales = user("SALES", team);
        long customer = customer(team);
        long product = product(unique("SKU"), "100.00", "60.00");

        var created = placeOrder(sales, customer, """
                [{"productId":%d,"quantity":2,"unitPrice":100.00,"discountPercent":10}]""".formatted(product), null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = orderId(created);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/orders/" + id);
        var order = parse(get("/api/v1/orders/" + id, sales));
        // 2 × 100.00 = 200.00, less 10 % = 180.00; cost 2 × 60.00 = 120.00; margin 60.00 = 33.33 % of 180.00
        assertThat(order.get("order").get("revenue").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(order.get("order").get("cost").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(order.get("order").get("grossMargin").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(order.get("order").get("marginPercent").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(order.get("lines").get(0).get("unitCost").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(order.get("receivable").get("amount").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(order.get("order").get("stage").asText()).isEqualTo("ORDERED");
    }

    @Test
    void unitCostIsASnapshotTakenWhenTheOrderIsPlaced() throws Exception {
        long team = team("store");
        long customer = customer(team);
        var sku = unique("SKU");
        long product = product(sku, "50.00", "20.00");
        long id =
                orderId(placeOrder(admin(), customer, "[{\"productId\":%d,\"quantity\":1}]".formatted(product), null));

        var changed = send("PUT", "/api/v1/products/" + product, admin(), """
                {"sku":"%s","name":"Dearer","kind":"ACCESSORY","listPrice":50.00,"unitCost":45.00,"version":0}""".formatted(sku));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        var order = parse(get("/api/v1/orders/" + id, admin()));
        assertThat(order.get("order").get("cost").decimalValue()).isEqualByComparingTo("20.00");
    }

    @Test
    void stagesOnlyMoveForwardAndEachMoveIsTimestamped() throws Exception {
        long team = team("store");
        var sales = user("SALES", team);
        long customer = customer(team);
        long product = product(unique("SKU"), "10.00", "5.00");
        long id = orderId(placeOrder(sales, customer, "[{\"productId\":%d,\"quantity\":1}]".formatted(product), null));

        assertThat(send("POST", "/api/v1/orders/" + id + "/stage", sales, "{\"stage\":\"IN_PROGRESS\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/orders/" + id + "/stage", sales, "{\"stage\":\"INSPECTED\"}")
                        .statusCode())
                .isEqualTo(200);
        var backwards = send("POST", "/api/v1/orders/" + id + "/stage", sales, "{\"stage\":\"ORDERED\"}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"stage\"");
        var unknown = send("POST", "/api/v1/orders/" + id + "/stage", sales, "{\"stage\":\"SHIPPED\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"stage\"");
        assertThat(send("POST", "/api/v1/orders/" + id + "/stage", sales, "{\"stage\":\"DELIVERED\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/orders/" + id + "/stage", sales, "{\"stage\":\"CANCELLED\"}")
                        .statusCode())
                .as("a delivered order cannot be cancelled")
                .isEqualTo(400);

        var history = parse(get("/api/v1/orders/" + id, sales)).get("history");
        assertThat(history).hasSize(4);
        assertThat(history.get(0).get("stage").asText()).isEqualTo("ORDERED");
        assertThat(history.get(3).get("stage").asText()).isEqualTo("DELIVERED");
        assertThat(history.get(3).get("at").asText()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM order_stage_history WHERE order_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void returnReducesRevenueCostMarginAndTheReceivable() throws Exception {
        long team = team("store");
        var sales = user("SALES", team);
        long customer = customer(team);
        long product = product(unique("SKU"), "100.00", "60.00");
        var created =
                parse(placeOrder(sales, customer, "[{\"productId\":%d,\"quantity\":3}]".formatted(product), null));
        long id = created.get("order").get("id").asLong();
        long line = created.get("lines").get(0).get("id").asLong();

        var returned = send(
                "POST",
                "/api/v1/orders/" + id + "/returns",
                sales,
                "{\"lineId\":%d,\"quantity\":1,\"reason\":\"scratched\"}".formatted(line));

        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(201);
        var order = parse(get("/api/v1/orders/" + id, sales));
        // 3 × 100 − 1 × 100 = 200 revenue; 3 × 60 − 60 = 120 cost; margin 80
        assertThat(order.get("order").get("revenue").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(order.get("order").get("cost").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(order.get("order").get("grossMargin").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(order.get("receivable").get("amount").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(order.get("returns").get(0).get("reason").asText()).isEqualTo("scratched");
        assertThat(order.get("lines").get(0).get("returnedQuantity").asInt()).isEqualTo(1);

        var tooMany = send(
                "POST",
                "/api/v1/orders/" + id + "/returns",
                sales,
                "{\"lineId\":%d,\"quantity\":3,\"reason\":\"all\"}".formatted(line));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"quantity\"");
    }

    @Test
    void invalidOrderNamesEveryBadField() throws Exception {
        long team = team("store");
        long customer = customer(team);
        var response = placeOrder(admin(), customer, "[{\"productId\":999999999,\"quantity\":0}]", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("lines[0].quantity");
        var unknownProduct = placeOrder(admin(), customer, "[{\"productId\":999999999,\"quantity\":1}]", null);
        assertThat(unknownProduct.statusCode()).isEqualTo(400);
        assertThat(unknownProduct.body()).contains("lines[0].productId");
        var noLines = placeOrder(admin(), customer, "[]", null);
        assertThat(noLines.statusCode()).isEqualTo(400);
        assertThat(noLines.body()).contains("\"field\":\"lines\"");
    }

    @Test
    void concurrentHeaderUpdatesConflictInsteadOfOverwriting() throws Exception {
        long team = team("store");
        long customer = customer(team);
        long product = product(unique("SKU"), "10.00", "5.00");
        long id =
                orderId(placeOrder(admin(), customer, "[{\"productId\":%d,\"quantity\":1}]".formatted(product), null));
        var read = get("/api/v1/orders/" + id, admin());
        assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");

        var first = sendWithHeader(
                "PUT",
                "/api/v1/orders/" + id,
                admin(),
                "{\"orderDate\":\"2025-03-01\",\"channel\":\"showroom\"}",
                "If-Match",
                "\"0\"");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        var second = sendWithHeader(
                "PUT",
                "/api/v1/orders/" + id,
                admin(),
                "{\"orderDate\":\"2025-03-02\",\"channel\":\"phone\"}",
                "If-Match",
                "\"0\"");
        assertThat(second.statusCode()).isEqualTo(412);
        var stale = send(
                "PUT",
                "/api/v1/orders/" + id,
                admin(),
                "{\"orderDate\":\"2025-03-02\",\"channel\":\"phone\",\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(parse(get("/api/v1/orders/" + id, admin()))
                        .get("order")
                        .get("channel")
                        .asText())
                .isEqualTo("showroom");
    }

    @Test
    void listFiltersByCustomerStageAndDateAndReportsTheTotal() throws Exception {
        long team = team("store");
        long customer = customer(team);
        long product = product(unique("SKU"), "10.00", "5.00");
        for (var date : new String[] {"2024-01-10", "2024-02-10", "2024-03-10"}) {
            orderId(placeOrder(
                    admin(),
                    customer,
                    "[{\"productId\":%d,\"quantity\":1}]".formatted(product),
                    "\"orderDate\":\"" + date + "\""));
        }
        var page =
                parse(get("/api/v1/orders?customerId=" + customer + "&from=2024-02-01&to=2024-03-31&size=1", admin()));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("orderDate").asText()).isEqualTo("2024-03-10");
        assertThat(parse(get("/api/v1/orders?customerId=" + customer + "&stage=DELIVERED", admin()))
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void salesUserCannotCreateProductsButManagerCan() throws Exception {
        long team = team("store");
        var sales = user("SALES", team);
        var manager = user("MANAGER", team);
        var body = "{\"sku\":\"%s\",\"name\":\"Mat\",\"kind\":\"ACCESSORY\",\"listPrice\":1,\"unitCost\":1}";
        assertThat(send("POST", "/api/v1/products", sales, body.formatted(unique("S")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/products", manager, body.formatted(unique("M")))
                        .statusCode())
                .isEqualTo(201);
        var sku = unique("D");
        send("POST", "/api/v1/products", manager, body.formatted(sku));
        var duplicate = send("POST", "/api/v1/products", manager, body.formatted(sku.toLowerCase()));
        assertThat(duplicate.statusCode()).as("an existing SKU is a conflict").isEqualTo(409);
        assertThat(duplicate.body()).contains("\"field\":\"sku\"").contains("\"rule\":\"unique\"");
        assertThat(get("/api/v1/products?q=" + sku, sales).body()).contains(sku);
    }
}
