package dev.touchpoint.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.commerce.CommerceTestSupport;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DashboardIntegrationTest extends CommerceTestSupport {

    @Test
    void salesRepSeesTheFiguresOfTheirTeamOnly() throws Exception {
        long team = team("Dash");
        String sales = user("SALES", team);
        String otherTeamSales = user("SALES", team("DashOther"));
        long customer = customer(team);
        long product = product(unique("DASH"), "100.00", "60.00");
        // 3 × 100.00 at 10% off: revenue 270.00, cost 180.00, margin 90.00; and 1 × 100.00: 100.00 / 60.00 / 40.00
        orderId(placeOrder(sales, customer, """
                [{"productId":%d,"quantity":3,"unitPrice":100.00,"discountPercent":10}]""".formatted(product), null));
        orderId(placeOrder(sales, customer, """
                [{"productId":%d,"quantity":1,"unitPrice":100.00}]""".formatted(product), null));

        var months = parse(get("/api/v1/dashboard/revenue-by-month?months=2", sales));
        assertThat(months).hasSize(2);
        var current = months.get(1);
        assertThat(current.get("month").asText())
                .isEqualTo(YearMonth.from(LocalDate.now()).toString());
        assertThat(current.get("revenue").decimalValue()).isEqualByComparingTo("370.00");
        assertThat(current.get("grossMargin").decimalValue()).isEqualByComparingTo("130.00");

        var tiers = parse(get("/api/v1/dashboard/customers-by-tier", sales));
        assertThat(tiers.findValues("customers").stream()
                        .mapToLong(n -> n.asLong())
                        .sum())
                .isEqualTo(1);

        var stages = parse(get("/api/v1/dashboard/orders-by-stage", sales));
        assertThat(stages.get(0).get("stage").asText()).isEqualTo("ORDERED");
        assertThat(stages.get(0).get("orders").asLong()).isEqualTo(2);

        var outsider = parse(get("/api/v1/dashboard/revenue-by-month?months=1", otherTeamSales));
        assertThat(outsider.get(0).get("revenue").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void dashboardPageShowsTheFiguresInTheChosenLanguage() throws Exception {
        long team = team("DashPage");
        user("MANAGER", team);
        var cookie = login("admin", ADMIN_PASSWORD);
        var page = page("/", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("仪表盘").contains("id=\"kpi-customers\"").contains("chart-revenue");
    }

    @Test
    void invalidMonthCountIsAProblemNamingTheParameter() throws Exception {
        var response = get("/api/v1/dashboard/revenue-by-month?months=0", admin());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"months\"");
    }
}
