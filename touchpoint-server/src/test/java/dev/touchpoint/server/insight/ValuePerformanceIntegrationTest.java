package dev.touchpoint.server.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The performance waterfall per site on a hand-made pair of stores: a manager of store A sees store A
 * only (and "ALL" = store A), with the factors and LMDI parts computed by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValuePerformanceIntegrationTest extends IntegrationTestSupport {

    private static final String PASSWORD = "value-perf-password";
    private static final LocalDate Q1 = LocalDate.of(2032, 1, 1);
    private static final LocalDate Q2 = LocalDate.of(2032, 4, 1);

    @Autowired
    IdentityApi identity;

    @Autowired
    TouchpointApi touchpoints;

    @Autowired
    ObjectMapper json;

    private Team storeA;
    private Team storeB;
    private String manager;
    private int n;

    @BeforeAll
    void stores() {
        n = (int) (System.nanoTime() % 1_000_000);
        touchpoints.applyTemplate("DEALERSHIP");
        storeA = identity.createTeamUnchecked("性能门店A " + n, Team.Kind.SITE);
        storeB = identity.createTeamUnchecked("性能门店B " + n, Team.Kind.SITE);
        manager = "perfmgr" + n;
        identity.createUserUnchecked(
                new NewUser(manager, "Perf manager", null, PASSWORD, Role.MANAGER, Set.of(storeA.id())));
        long a1 = customer("A1", null, storeA.id());
        long a2 = customer("A2", "REFERRAL", storeA.id());
        long a3 = customer("A3", null, storeA.id());
        // Q1 at store A: visits a1, a2 (referred), a3 and anonymous v1 → 4 visitors, 3 non-referred;
        // a1 buys twice (1,000 + 500, profit 200 + 100), a2 once (1,500, profit 300): 2 buyers, 3 orders,
        // revenue 3,000, gross profit 600
        entry(a1, null, Q1.plusDays(3), storeA);
        entry(a1, null, Q1.plusDays(3), storeA); // same visitor, same day: one visit
        entry(a2, null, Q1.plusDays(10), storeA);
        entry(a3, null, Q1.plusDays(20), storeA);
        entry(null, "perf-v1-" + n, Q1.plusDays(20), storeA);
        order(a1, Q1.plusDays(3), 1_000, 200, storeA);
        order(a1, Q1.plusDays(40), 500, 100, storeA);
        order(a2, Q1.plusDays(10), 1_500, 300, storeA);
        // Q2 at store A: a1 on two days, a2 (referred), v1, v2 → 5 visitors, 4 non-referred; a1 and a3 buy
        // 4 orders of 1,000 with profit 250 each: 2 buyers, revenue 4,000, gross profit 1,000
        entry(a1, null, Q2.plusDays(1), storeA);
        entry(a1, null, Q2.plusDays(2), storeA);
        entry(a2, null, Q2.plusDays(5), storeA);
        entry(null, "perf-v1-" + n, Q2.plusDays(7), storeA);
        entry(null, "perf-v2-" + n, Q2.plusDays(8), storeA);
        for (int i = 0; i < 3; i++) {
            order(a1, Q2.plusDays(1 + i), 1_000, 250, storeA);
        }
        order(a3, Q2.plusDays(30), 1_000, 250, storeA);
        // store B, which the manager must not see
        long b1 = customer("B1", null, storeB.id());
        entry(b1, null, Q1.plusDays(5), storeB);
        entry(b1, null, Q2.plusDays(5), storeB);
        order(b1, Q1.plusDays(5), 9_000, 900, storeB);
        order(b1, Q2.plusDays(5), 7_000, 700, storeB);
    }

    @Test
    void managerSeesOnlyTheirStoreWithAHandComputedWaterfall() throws Exception {
        var sites = waterfall(basic(manager, PASSWORD));
        var ids = new ArrayList<String>();
        sites.forEach(s -> ids.add(s.get("site").asString()));
        assertThat(ids).containsExactlyInAnyOrder("ALL", Long.toString(storeA.id()));
        for (var site : sites) {
            assertThat(site.get("grossProfitBefore").asDouble()).isEqualTo(600.0);
            assertThat(site.get("grossProfitAfter").asDouble()).isEqualTo(1_000.0);
            var before = site.get("before");
            assertThat(before.get("TRAFFIC").asDouble()).isEqualTo(3.0);
            assertThat(before.get("REFERRAL").asDouble()).isCloseTo(4.0 / 3, offset(1e-12));
            assertThat(before.get("CONVERSION").asDouble()).isCloseTo(2.0 / 4, offset(1e-12));
            assertThat(before.get("REPEAT").asDouble()).isCloseTo(3.0 / 2, offset(1e-12));
            assertThat(before.get("ORDER_VALUE").asDouble()).isCloseTo(1_000.0, offset(1e-9));
            assertThat(before.get("MARGIN").asDouble()).isCloseTo(0.2, offset(1e-12));
            assertThat(site.get("after").get("TRAFFIC").asDouble()).isEqualTo(4.0);
            // LMDI-I: part_k = L(1000, 600) × ln(x_k,after ÷ x_k,before), L(a, b) = (a − b) ÷ (ln a − ln b)
            double l = 400 / Math.log(1_000.0 / 600);
            var parts = site.get("contributions");
            assertThat(parts.get("TRAFFIC").asDouble()).isCloseTo(l * Math.log(4.0 / 3), offset(1e-6));
            assertThat(parts.get("REFERRAL").asDouble()).isCloseTo(l * Math.log((5.0 / 4) / (4.0 / 3)), offset(1e-6));
            assertThat(parts.get("CONVERSION").asDouble()).isCloseTo(l * Math.log((2.0 / 5) / (2.0 / 4)), offset(1e-6));
            assertThat(parts.get("REPEAT").asDouble()).isCloseTo(l * Math.log(2.0 / 1.5), offset(1e-6));
            assertThat(parts.get("ORDER_VALUE").asDouble()).isCloseTo(0.0, offset(1e-6));
            assertThat(parts.get("MARGIN").asDouble()).isCloseTo(l * Math.log(0.25 / 0.2), offset(1e-6));
            double sum = 0;
            for (var k : new String[] {"TRAFFIC", "REFERRAL", "CONVERSION", "REPEAT", "ORDER_VALUE", "MARGIN"}) {
                sum += parts.get(k).asDouble();
            }
            assertThat(sum).isCloseTo(400.0, offset(1e-6));
        }
    }

    @Test
    void adminSeesEveryStore() throws Exception {
        var ids = new ArrayList<String>();
        waterfall(admin()).forEach(s -> ids.add(s.get("site").asString()));
        assertThat(ids).contains("ALL", Long.toString(storeA.id()), Long.toString(storeB.id()));
    }

    @Test
    void salesUserMayNotSeeThePerformanceWaterfall() throws Exception {
        String rep = "perfrep" + n;
        identity.createUserUnchecked(new NewUser(rep, "Perf rep", null, PASSWORD, Role.SALES, Set.of(storeA.id())));
        assertThat(get(path(), basic(rep, PASSWORD)).statusCode()).isEqualTo(403);
    }

    private JsonNode waterfall(String auth) throws Exception {
        var response = get(path(), auth);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String path() {
        return "/api/v1/value/performance?from0=" + Q1 + "&to0="
                + Q1.plusMonths(3).minusDays(1) + "&from1=" + Q2 + "&to1="
                + Q2.plusMonths(3).minusDays(1);
    }

    private long customer(String name, String source, long team) {
        return jdbc.sql("""
                INSERT INTO customer (kind, name, tier, team_id, source) VALUES ('PERSON', :name, 'NORMAL', :team, :source)
                RETURNING id""")
                .param("name", "perf-" + name + "-" + n)
                .param("team", team)
                .param("source", source)
                .query(Long.class)
                .single();
    }

    private int events;

    private void entry(Long customer, String visitor, LocalDate day, Team site) {
        jdbc.sql("""
                INSERT INTO touchpoint_event (event_id, customer_id, visitor_id, touchpoint_id, kind, occurred_at, channel, site)
                SELECT :id, :c, :v, t.id, t.kind, :at, 'STORE', :site FROM touchpoint t WHERE t.code = 'SHOWROOM_ENTRY'""")
                .param("id", "perf-" + n + "-" + (++events))
                .param("c", customer)
                .param("v", visitor)
                .param("at", java.sql.Timestamp.valueOf(day.atTime(10, events % 50)))
                .param("site", site.name())
                .update();
    }

    private void order(long customer, LocalDate date, double revenue, double grossProfit, Team team) {
        jdbc.sql("""
                INSERT INTO sales_order (customer_id, order_date, stage, stage_changed_at, revenue, cost, team_id)
                VALUES (:c, :d, 'DELIVERED', now(), :r, :cost, :team)""")
                .param("c", customer)
                .param("d", date)
                .param("r", revenue)
                .param("cost", revenue - grossProfit)
                .param("team", team.id())
                .update();
    }
}
