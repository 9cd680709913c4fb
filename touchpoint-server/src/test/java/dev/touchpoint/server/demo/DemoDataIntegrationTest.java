package dev.touchpoint.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

/** The demo business loads through the modules' APIs and respects their rules once loaded. */
class DemoDataIntegrationTest extends IntegrationTestSupport {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    ObjectMapper json;

    @Test
    void demoStaffSeeTheirStoresCustomersAndOrders() throws Exception {
        var now = Instant.parse("2026-11-20T02:00:00Z");
        var data = new DemoGenerator(11, now).generate(320);
        var ids = loader.loadAll(data, 11, now);

        var rep = basic("sales.pudong1", DemoDataLoader.DEMO_PASSWORD);
        var me = json.readTree(get("/api/v1/me", rep).body());
        assertThat(me.get("role").asText()).isEqualTo("SALES");

        long pudongCustomers = data.customers().stream()
                .filter(c -> "PUDONG".equals(c.teamKey()))
                .count();
        var visible = json.readTree(get("/api/v1/customers?size=1", rep).body());
        assertThat(visible.get("total").asLong())
                .as("a store rep sees exactly the store's customers")
                .isEqualTo(pudongCustomers);

        int fleetIndex = 0; // the generator puts fleet accounts first
        assertThat(data.customers().get(fleetIndex).teamKey()).isEqualTo("FLEET");
        long fleetId = ids.customers().get(fleetIndex);
        var contacts = json.readTree(
                get("/api/v1/customers/" + fleetId + "/contacts", admin()).body());
        assertThat(contacts).hasSize(4);
        assertThat(get("/api/v1/customers/" + fleetId, rep).statusCode())
                .as("fleet accounts are not the store's")
                .isEqualTo(403);

        long ordersOfFleet = data.orders().stream()
                .filter(o -> o.customerIndex() == fleetIndex)
                .count();
        var orders = json.readTree(
                get("/api/v1/orders?size=1&customerId=" + fleetId, admin()).body());
        assertThat(orders.get("total").asLong()).isEqualTo(ordersOfFleet);
        assertThat(ids.orders()).hasSize(data.orders().size());

        // sales: a dozen fleet opportunities across the stages, a pool with reclaimed accounts
        var fleetIds = ids.customers().subList(0, 12);
        assertThat(jdbc.sql("SELECT count(*) FROM sales_opportunity WHERE customer_id IN (:ids)")
                        .param("ids", fleetIds)
                        .query(Long.class)
                        .single())
                .isEqualTo(12);
        assertThat(jdbc.sql("SELECT count(DISTINCT stage) FROM sales_opportunity WHERE customer_id IN (:ids)")
                        .param("ids", fleetIds)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
        var fleetManager = basic("manager.fleet", DemoDataLoader.DEMO_PASSWORD);
        assertThat(get("/api/v1/sales/pipeline", fleetManager).body())
                .contains(data.customers().get(0).name());
        assertThat(get("/api/v1/sales/pool", basic("manager.pudong", DemoDataLoader.DEMO_PASSWORD))
                        .body())
                .contains("NO_FOLLOW_UP");
        assertThat(get("/api/v1/sales/my-day", rep).statusCode()).isEqualTo(200);

        // touchpoints and service: events on the timeline, tickets for the store
        assertThat(jdbc.sql("SELECT count(*) FROM touchpoint_event WHERE customer_id = ANY(:ids)")
                        .param("ids", ids.customers().toArray(Long[]::new))
                        .query(Long.class)
                        .single())
                .isPositive();
        var tickets =
                json.readTree(get("/api/v1/service/tickets?size=1", admin()).body());
        assertThat(tickets.get("total").asLong()).isPositive();
    }
}
