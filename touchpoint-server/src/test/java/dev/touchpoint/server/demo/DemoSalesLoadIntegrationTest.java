package dev.touchpoint.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.sales.SalesApi;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoSalesLoadIntegrationTest extends IntegrationTestSupport {

    @Autowired
    IdentityApi identity;
    @Autowired
    CustomerApi customers;
    @Autowired
    SalesApi sales;

    @Test
    void demoSalesLoadThroughTheSalesApi() throws Exception {
        var now = Instant.now();
        var dataset = new DemoGenerator(11, now).generate(320);
        var teams = new HashMap<String, Long>();
        for (var t : dataset.teams()) {
            var existing = identity.listTeams().stream().filter(x -> x.name().equals(t.name())).findFirst();
            teams.put(t.key(), existing.map(Team::id).orElseGet(() -> identity.createTeamUnchecked(t.name(), t.kind()).id()));
        }
        for (var u : dataset.users()) {
            if (identity.findUser(u.username()).isEmpty()) {
                var ids = new HashSet<Long>();
                u.teamKeys().forEach(k -> ids.add(teams.get(k)));
                identity.createUserUnchecked(new NewUser(u.username(), u.displayName(), null, "demo-pass-123", u.role(), ids));
            }
        }
        List<NewCustomer> batch = dataset.customers().stream().map(c -> new NewCustomer(
                c.organisation() ? CustomerKind.ORGANISATION : CustomerKind.PERSON, c.name(), null, null, c.tier(),
                c.source(), identity.findUser(c.ownerUsername()).orElseThrow().id(), teams.get(c.teamKey()), c.tags(),
                null, null, null, null, null, null, c.acquiredAt())).toList();
        var ids = customers.insertAll(batch);

        sales.loadDemo(new DemoSales(11, now).build(dataset, ids));

        var fleetIds = ids.subList(0, 12);
        assertThat(jdbc.sql("SELECT count(*) FROM sales_opportunity WHERE customer_id IN (:ids)").param("ids", fleetIds)
                .query(Long.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("SELECT count(DISTINCT stage) FROM sales_opportunity WHERE customer_id IN (:ids)")
                .param("ids", fleetIds).query(Long.class).single()).isGreaterThanOrEqualTo(5);
        assertThat(get("/api/v1/sales/pipeline", basic("manager.fleet", "demo-pass-123")).body()).contains(dataset.customers().get(0).name());
        assertThat(get("/api/v1/sales/pool", basic("manager.pudong", "demo-pass-123")).body()).contains("NO_FOLLOW_UP");
        assertThat(get("/api/v1/sales/my-day", basic("sales.pudong1", "demo-pass-123")).statusCode()).isEqualTo(200);
    }
}
