package dev.touchpoint.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.commerce.customer.CommerceTimeline;
import dev.touchpoint.server.customer.TimelineSource;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CommerceWebIntegrationTest extends CommerceTestSupport {

    @Autowired
    List<TimelineSource> timelineSources;

    @Test
    void pagesAndCustomerPanelsRenderInChineseForAUserInScope() throws Exception {
        long team = team("store");
        var username = unique("web");
        send("POST", "/api/v1/users", admin(), """
                {"username":"%s","displayName":"Web","password":"%s","role":"SALES","teamIds":[%d]}""".formatted(username, PASSWORD, team));
        var sales = basic(username, PASSWORD);
        long customer = customer(team);
        var sku = unique("SKU");
        long product = product(sku, "100.00", "60.00");
        long order =
                orderId(placeOrder(sales, customer, "[{\"productId\":%d,\"quantity\":1}]".formatted(product), null));
        var cookie = login(username, PASSWORD);

        assertThat(page("/products?q=" + sku, cookie).body()).contains(sku).contains("产品");
        assertThat(page("/orders?customerId=" + customer, cookie).body())
                .contains("/orders/" + order)
                .contains("已下单");
        var detail = page("/orders/" + order, cookie);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("stage-stepper").contains("已检验").contains("推进到“进行中”");
        assertThat(page("/orders/new?customerId=" + customer, cookie).body()).contains("order-form");
        assertThat(page("/orders/new/line", cookie).body()).contains(sku);
        assertThat(page("/receivables?customerId=" + customer, cookie).body()).contains("receivable-table");
        assertThat(page("/orders/import", cookie).body()).contains("import-form");
        var panel = page("/customers/" + customer + "/orders-panel", cookie);
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body())
                .contains("commerce-orders-panel")
                .doesNotContain("<html")
                .as("money as people read it")
                .contains("收入 ¥100，")
                .contains(">¥100</td>")
                .doesNotContain("100.00");
        assertThat(page("/customers/" + customer + "/receivables-panel", cookie).body())
                .contains("欠款 ¥100。")
                .contains(">¥100</td>");

        long otherTeam = team("other");
        long outsider = customer(otherTeam);
        assertThat(page("/customers/" + outsider + "/orders-panel", cookie).statusCode())
                .isEqualTo(403);
        long outsiderOrder =
                orderId(placeOrder(admin(), outsider, "[{\"productId\":%d,\"quantity\":1}]".formatted(product), null));
        assertThat(page("/orders/" + outsiderOrder, cookie).statusCode()).isEqualTo(403);
        assertThat(page("/orders?customerId=" + outsider, cookie).body())
                .doesNotContain("/orders/" + outsiderOrder + "\"");
        assertThat(page("/orders/999999999", cookie).statusCode()).isEqualTo(404);
    }

    @Test
    void timelineShowsPlacedDeliveredPaidAndReturned() throws Exception {
        long team = team("store");
        long customer = customer(team);
        long product = product(unique("SKU"), "100.00", "60.00");
        var created =
                parse(placeOrder(admin(), customer, "[{\"productId\":%d,\"quantity\":2}]".formatted(product), null));
        long order = created.get("order").get("id").asLong();
        send("POST", "/api/v1/orders/" + order + "/stage", admin(), "{\"stage\":\"DELIVERED\"}");
        send(
                "POST",
                "/api/v1/orders/" + order + "/returns",
                admin(),
                "{\"lineId\":%d,\"quantity\":1,\"reason\":\"wrong colour\"}"
                        .formatted(created.get("lines").get(0).get("id").asLong()));
        send(
                "POST",
                "/api/v1/receivables/" + created.get("receivable").get("id").asLong() + "/payments",
                admin(),
                "{\"amount\":100.00}");

        var source = timelineSources.stream()
                .filter(CommerceTimeline.class::isInstance)
                .findFirst()
                .orElseThrow();
        var kinds = source.entries(customer, null, 10, Locale.ENGLISH).stream()
                .map(e -> e.kind())
                .toList();

        assertThat(kinds).contains("ORDER_PLACED", "ORDER_DELIVERED", "ORDER_RETURNED", "PAYMENT_RECEIVED");
        var titles = source.entries(customer, null, 10, Locale.SIMPLIFIED_CHINESE).stream()
                .map(e -> e.title())
                .toList();
        assertThat(titles).anyMatch(t -> t.contains("已交付"));
    }
}
