package dev.touchpoint.server.commerce.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.commerce.CommerceTestSupport;
import org.junit.jupiter.api.Test;

class ReceivableIntegrationTest extends CommerceTestSupport {

    private long receivableOf(long orderId) throws Exception {
        return parse(get("/api/v1/orders/" + orderId, admin()))
                .get("receivable")
                .get("id")
                .asLong();
    }

    private String statusOn(long customer, String day) throws Exception {
        var page = parse(get("/api/v1/receivables?customerId=" + customer + "&asOf=" + day, admin()));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        return page.get("items").get(0).get("status").asText();
    }

    @Test
    void receivableBecomesOverdueTheDayAfterItsDueDate() throws Exception {
        long team = team("store");
        long customer = customer(team);
        long product = product(unique("SKU"), "1000.00", "800.00");
        long order = orderId(placeOrder(
                admin(),
                customer,
                "[{\"productId\":%d,\"quantity\":1}]".formatted(product),
                "\"orderDate\":\"2030-01-01\",\"dueDate\":\"2030-01-31\""));

        assertThat(statusOn(customer, "2030-01-31")).isEqualTo("OPEN");
        assertThat(statusOn(customer, "2030-02-01")).isEqualTo("OVERDUE");
        var overdue =
                parse(get("/api/v1/receivables?overdue=true&customerId=" + customer + "&asOf=2030-02-01", admin()));
        assertThat(overdue.get("total").asLong()).isEqualTo(1);
        assertThat(parse(get("/api/v1/receivables?overdue=true&customerId=" + customer + "&asOf=2030-01-15", admin()))
                        .get("total")
                        .asLong())
                .isZero();

        long receivable = receivableOf(order);
        var partial = send(
                "POST",
                "/api/v1/receivables/" + receivable + "/payments",
                admin(),
                "{\"amount\":400.00,\"method\":\"BANK_TRANSFER\"}");
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(201);
        assertThat(statusOn(customer, "2030-01-15")).isEqualTo("PARTIALLY_PAID");
        assertThat(statusOn(customer, "2030-02-01")).isEqualTo("OVERDUE");

        var tooMuch = send("POST", "/api/v1/receivables/" + receivable + "/payments", admin(), "{\"amount\":600.01}");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("\"field\":\"amount\"");
        assertThat(send("POST", "/api/v1/receivables/" + receivable + "/payments", admin(), "{\"amount\":600.00}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(statusOn(customer, "2030-02-01")).isEqualTo("PAID");
    }

    @Test
    void withoutAsOfTheApplicationClockDecides() throws Exception {
        long team = team("store");
        long customer = customer(team);
        long product = product(unique("SKU"), "10.00", "5.00");
        orderId(placeOrder(
                admin(),
                customer,
                "[{\"productId\":%d,\"quantity\":1}]".formatted(product),
                "\"orderDate\":\"2020-01-01\",\"dueDate\":\"2020-01-31\""));
        var page = parse(get("/api/v1/receivables?customerId=" + customer, admin()));
        assertThat(page.get("items").get(0).get("status").asText()).isEqualTo("OVERDUE");
    }

    @Test
    void orderBeyondCreditLimitIsRefusedUnlessAManagerOverridesWithAReason() throws Exception {
        long team = team("store");
        var sales = user("SALES", team);
        var manager = user("MANAGER", team);
        long customer = customer(team);
        long product = product(unique("SKU"), "100.00", "50.00");

        assertThat(send("PUT", "/api/v1/customers/" + customer + "/credit-limit", sales, "{\"creditLimit\":1000}")
                        .statusCode())
                .as("sales may not set limits")
                .isEqualTo(403);
        var set = send("PUT", "/api/v1/customers/" + customer + "/credit-limit", manager, "{\"creditLimit\":1000}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        orderId(placeOrder(sales, customer, "[{\"productId\":%d,\"quantity\":8}]".formatted(product), null));
        var refused = placeOrder(sales, customer, "[{\"productId\":%d,\"quantity\":3}]".formatted(product), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"creditLimit\"");
        var salesOverride = placeOrder(
                sales,
                customer,
                "[{\"productId\":%d,\"quantity\":3}]".formatted(product),
                "\"creditOverrideReason\":\"good customer\"");
        assertThat(salesOverride.statusCode()).isEqualTo(403);

        var overridden = placeOrder(
                manager,
                customer,
                "[{\"productId\":%d,\"quantity\":3}]".formatted(product),
                "\"creditOverrideReason\":\"fleet deal approved by GM\"");
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(201);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log WHERE entity_type = 'credit_limit' AND entity_id = :id
                AND summary LIKE '%fleet deal approved by GM%'""")
                        .param("id", Long.toString(customer))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var limit = parse(get("/api/v1/customers/" + customer + "/credit-limit", sales));
        assertThat(limit.get("openReceivables").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(limit.get("available").decimalValue()).isEqualByComparingTo("-100.00");
    }
}
