package dev.touchpoint.server.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Funnels through the real API on a small hand-computed dataset (March 2003, one team):
 *
 * <pre>
 *   A  entry 03-01 10:00, test drive 11:00, contract 03-03           → 3 in every mode
 *   B  entry 03-01 10:00, reception 10:30, test drive 11:00          → ordered 2, strict 1, any 2
 *   C  test drive 03-01 09:00, entry 10:00, contract 03-02           → ordered 1, strict 1, any 3
 *   D  entry 03-01, test drive 03-20 (past the 14-day window)        → 1 in every mode
 *   E  test drive, contract, no entry                                → not in the funnel
 *   F  entry 03-01 10:00, test drive exactly 14 days later (window end is inclusive) → 2 in every mode
 * </pre>
 */
class FunnelIntegrationTest extends JourneyTestSupport {

    Team team;
    String sales;
    long a, b, c, d, e, f;

    @BeforeEach
    void dataset() throws Exception {
        team = team();
        sales = user(Role.SALES, team);
        a = customer(team, unique("甲"));
        b = customer(team, unique("乙"));
        c = customer(team, unique("丙"));
        d = customer(team, unique("丁"));
        e = customer(team, unique("戊"));
        f = customer(team, unique("己"));
        new Events()
                .add(a, "SHOWROOM_ENTRY", "2003-03-01T10:00:00Z")
                .add(a, "TEST_DRIVE", "2003-03-01T11:00:00Z")
                .add(a, "CONTRACT", "2003-03-03T10:00:00Z")
                .add(b, "SHOWROOM_ENTRY", "2003-03-01T10:00:00Z")
                .add(b, "RECEPTION", "2003-03-01T10:30:00Z")
                .add(b, "TEST_DRIVE", "2003-03-01T11:00:00Z")
                // C's events arrive out of order
                .add(c, "CONTRACT", "2003-03-02T10:00:00Z")
                .add(c, "SHOWROOM_ENTRY", "2003-03-01T10:00:00Z")
                .add(c, "TEST_DRIVE", "2003-03-01T09:00:00Z")
                .add(d, "SHOWROOM_ENTRY", "2003-03-01T10:00:00Z")
                .add(d, "TEST_DRIVE", "2003-03-20T10:00:00Z")
                .add(e, "TEST_DRIVE", "2003-03-05T10:00:00Z")
                .add(e, "CONTRACT", "2003-03-06T10:00:00Z")
                .add(f, "SHOWROOM_ENTRY", "2003-03-01T10:00:00Z")
                .add(f, "TEST_DRIVE", "2003-03-15T10:00:00Z")
                .post();
    }

    private String funnel(String order) {
        return """
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"touchpoint":"TEST_DRIVE"},{"touchpoint":"CONTRACT"}],
                 "order":"%s","window":"P14D","from":"2003-03-01","to":"2003-03-31"}""".formatted(order);
    }

    private JsonNode run(String body, String user) throws Exception {
        var response = send("POST", "/api/v1/analytics/funnel", auth(user), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private static List<Long> counts(JsonNode result) {
        var counts = new ArrayList<Long>();
        result.get("steps").forEach(s -> counts.add(s.get("count").asLong()));
        return counts;
    }

    @Test
    void countsEachOrderModeAsComputedByHand() throws Exception {
        var ordered = run(funnel("ORDERED"), sales);
        assertThat(counts(ordered)).containsExactly(5L, 3L, 1L);
        var step2 = ordered.get("steps").get(1);
        assertThat(step2.get("conversionFromPrevious").asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(step2.get("conversionFromFirst").asDouble()).isCloseTo(0.6, within(1e-9));
        var step3 = ordered.get("steps").get(2);
        assertThat(step3.get("conversionFromPrevious").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(step3.get("conversionFromFirst").asDouble()).isCloseTo(0.2, within(1e-9));
        // dropped after step 1: C and D; after step 2: B and F
        assertThat(ordered.get("steps")
                        .get(0)
                        .get("droppedCustomerIds")
                        .valueStream()
                        .map(JsonNode::asLong))
                .containsExactlyInAnyOrder(c, d);
        assertThat(step2.get("droppedCustomerIds").valueStream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(b, f);
        // median time to the test drive: A 1 h, B 1 h, F 14 days → 1 h
        assertThat(step2.get("medianSecondsToConvert").asLong()).isEqualTo(3600);

        assertThat(counts(run(funnel("STRICT"), sales))).containsExactly(5L, 2L, 1L);
        assertThat(counts(run(funnel("ANY"), sales))).containsExactly(5L, 4L, 2L);
    }

    @Test
    void kindStepsFiltersAndExclusions() throws Exception {
        // PURCHASE kind = the contract: A and C (whose contract follows the entry)
        var byKind = run("""
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"kind":"PURCHASE"}],"window":"P14D",
                 "from":"2003-03-01","to":"2003-03-31"}""", sales);
        assertThat(counts(byKind)).containsExactly(5L, 2L);
        // a reception between entry and test drive cuts B short
        var excluded = run("""
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"touchpoint":"TEST_DRIVE"}],"window":"P14D",
                 "from":"2003-03-01","to":"2003-03-31","exclusions":[{"touchpoint":"RECEPTION"}]}""", sales);
        assertThat(counts(excluded)).containsExactly(5L, 2L);
        assertThat(excluded.get("excludedSubjects").asLong()).isEqualTo(1);
        // the events carry no channel: a channel filter on step 1 leaves nobody
        var filtered = run("""
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY","where":{"channel":"WEB"}},{"touchpoint":"TEST_DRIVE"}],
                 "from":"2003-03-01","to":"2003-03-31"}""", sales);
        assertThat(counts(filtered)).containsExactly(0L, 0L);
    }

    @Test
    void dropOffLinksToACallListOfTheDroppedCustomersAndItsExportIsAudited() throws Exception {
        var ordered = run(funnel("ORDERED"), sales);
        var link = ordered.get("steps").get(0).get("droppedLink").asString();
        assertThat(link).startsWith("/analytics/customers?cohort=");
        var cohort = link.substring(link.indexOf('=') + 1);

        var list = get("/api/v1/analytics/customers?cohort=" + cohort, auth(sales));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        var items = body(list).get("items");
        assertThat(items.valueStream().map(i -> i.get("id").asLong())).containsExactlyInAnyOrder(c, d);
        assertThat(items.get(0).get("phone").asString()).startsWith("138");
        assertThat(items.get(0).get("team").asString()).isEqualTo(team.name());

        var export = get("/api/v1/analytics/customers/export?format=csv&cohort=" + cohort, auth(sales));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().lines().count()).isEqualTo(3);
        long audited = jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = :actor AND action = 'EXPORT'"
                        + " AND entity_type = 'journey_call_list' AND summary LIKE '2 %'")
                .param("actor", sales)
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aSalesUserOfAnotherTeamSeesNoneOfTheTeamsEvents() throws Exception {
        var other = user(Role.SALES, team());
        assertThat(counts(run(funnel("ORDERED"), other))).containsExactly(0L, 0L, 0L);
        var ordered = run(funnel("ORDERED"), sales);
        var cohort = ordered.get("steps").get(0).get("droppedLink").asString().split("=")[1];
        var list = get("/api/v1/analytics/customers?cohort=" + cohort, auth(other));
        assertThat(body(list).get("total").asLong()).isZero();
    }

    @Test
    void anonymousVisitorsCountForManagersButNotForSales() throws Exception {
        var manager = user(Role.MANAGER, team);
        var visitor = unique("v-journey-");
        new Events()
                .add(null, visitor, "SHOWROOM_ENTRY", "2002-07-01T10:00:00Z", null)
                .add(null, visitor, "TEST_DRIVE", "2002-07-01T11:00:00Z", null)
                .post();
        var body = """
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"touchpoint":"TEST_DRIVE"}],
                 "from":"2002-07-01","to":"2002-07-01"}""";
        assertThat(counts(run(body, manager))).containsExactly(1L, 1L);
        assertThat(counts(run(body, sales))).containsExactly(0L, 0L);
        // strict funnels and paths read only the subjects with the anchor: visitors through their own query
        assertThat(counts(run(body.replace("\"steps\"", "\"order\":\"STRICT\",\"steps\""), manager)))
                .containsExactly(1L, 1L);
        var paths = get(
                "/api/v1/analytics/paths?touchpoint=SHOWROOM_ENTRY&steps=2&from=2002-07-01&to=2002-07-01",
                auth(manager));
        assertThat(paths.statusCode()).as(paths.body()).isEqualTo(200);
        assertThat(body(paths).get("result").get("subjects").asLong()).isEqualTo(1);
    }

    @Test
    void pathsFromTheEntryEndWithLeftNodes() throws Exception {
        var response = get(
                "/api/v1/analytics/paths?touchpoint=SHOWROOM_ENTRY&steps=3&from=2003-03-01&to=2003-03-31", auth(sales));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var result = body(response).get("result");
        // A, B, C, D, F start at the entry; E never enters
        assertThat(result.get("subjects").asLong()).isEqualTo(5);
        var links = new java.util.HashMap<String, Long>();
        result.get("links")
                .forEach(l -> links.put(
                        l.get("source").asString() + ">" + l.get("target").asString(),
                        l.get("subjects").asLong()));
        // A, D, F go on to the test drive; B to the reception; C (out of order) to the contract
        assertThat(links)
                .containsEntry("1:SHOWROOM_ENTRY>2:TEST_DRIVE", 3L)
                .containsEntry("1:SHOWROOM_ENTRY>2:RECEPTION", 1L)
                .containsEntry("1:SHOWROOM_ENTRY>2:CONTRACT", 1L)
                // D and F stop after the test drive, C after the contract
                .containsEntry("2:TEST_DRIVE>3:left", 2L)
                .containsEntry("2:CONTRACT>3:left", 1L);
    }

    @Test
    void refusesUnknownTouchpointsAndBadWindows() throws Exception {
        var response = send("POST", "/api/v1/analytics/funnel", auth(sales), """
                {"steps":[{"touchpoint":"NO_SUCH_THING"},{"kind":"PURCHASE"}],"window":"two weeks","order":"SIDEWAYS"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        var fields = body(response)
                .get("errors")
                .valueStream()
                .map(x -> x.get("field").asString())
                .toList();
        assertThat(fields).contains("steps[0].touchpoint", "window", "order");
    }

    @Test
    void breaksDownByTheCustomersTierWithTheTiersNames() throws Exception {
        var key = customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        unique("庚"),
                        null,
                        null,
                        "KEY",
                        null,
                        null,
                        team.id(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .get(0);
        new Events()
                .add(key, "SHOWROOM_ENTRY", "2003-03-02T10:00:00Z")
                .add(key, "TEST_DRIVE", "2003-03-02T11:00:00Z")
                .post();
        var body = """
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"touchpoint":"TEST_DRIVE"}],"order":"ORDERED","window":"P14D",
                 "breakdown":"tier","from":"2003-03-01","to":"2003-03-31"}""";
        var result = body(send("POST", "/api/v1/analytics/funnel", auth(sales), body));
        // the KEY customer entered and test-drove (the six others have the default tier)
        var keyGroup = result.get("breakdown").get("KEY");
        assertThat(keyGroup.get(0).get("count").asLong()).isEqualTo(1);
        assertThat(keyGroup.get(1).get("count").asLong()).isEqualTo(1);
        assertThat(result.get("breakdownNames").get("KEY").asString()).isEqualTo("Key");
        var zh = send("POST", "/api/v1/analytics/funnel?lang=zh-CN", auth(sales), body);
        assertThat(body(zh).get("breakdownNames").get("KEY").asString()).isEqualTo("重点客户");
    }
}
