package dev.touchpoint.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The value engine on a small hand-made book: a VIP last bought 300 days before the as-of date, which
 * is beyond the VIP limit of 120 days, so the run must raise NO_PURCHASE with that evidence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValueEngineIntegrationTest extends IntegrationTestSupport {

    private static final String PASSWORD = "value-it-password";
    private static final LocalDate AS_OF = LocalDate.of(2031, 6, 30);

    @Autowired
    ValueEngineApi engine;

    @Autowired
    IdentityApi identity;

    @Autowired
    TouchpointApi touchpoints;

    @Autowired
    ObjectMapper json;

    private long dormant;
    private long outsider;
    private long voiced;
    private long complainer;
    private String rep;
    private long repId;
    private long behindPlan;
    private long overBudget;
    private long withinBudget;

    @BeforeAll
    void book() {
        int n = (int) (System.nanoTime() % 1_000_000);
        var team = identity.createTeamUnchecked("value-it-team-" + n, Team.Kind.SALES_GROUP);
        rep = "valuerep" + n;
        repId = identity.createUserUnchecked(
                        new NewUser(rep, "Value rep", null, PASSWORD, Role.SALES, Set.of(team.id())))
                .id();
        touchpoints.applyTemplate("DEALERSHIP");
        dormant = customer("沉睡贵宾 " + n, "VIP", team.id());
        outsider = customer("别组贵宾 " + n, "VIP", null);
        order(dormant, AS_OF.minusDays(400), 200_000, 20_000);
        order(dormant, AS_OF.minusDays(300), 5_000, 2_000);
        order(outsider, AS_OF.minusDays(500), 180_000, 15_000);
        order(outsider, AS_OF.minusDays(350), 3_000, 1_000);
        // loyalty from survey answers and complaints (see loyaltyIndexUsesSurveyAnswersAndComplaints)
        voiced = customer("有声客户 " + n, "NORMAL", team.id());
        order(voiced, AS_OF.minusDays(400), 2_000, 500);
        order(voiced, AS_OF.minusDays(200), 2_000, 500);
        order(voiced, AS_OF.minusDays(50), 2_000, 500);
        surveyAnswer(voiced, AS_OF.minusDays(100), "NPS", "nps", 3);
        surveyAnswer(voiced, AS_OF.minusDays(10), "NPS", "nps", 8);
        surveyAnswer(voiced, AS_OF.plusDays(5), "NPS", "nps", 0);
        surveyAnswer(voiced, AS_OF.minusDays(10), "CSAT", "competitor_attitude", 4);
        surveyAnswer(voiced, AS_OF.minusDays(10), "CSAT", "overall", 1);
        complaint(voiced, AS_OF.minusDays(300));
        complaint(voiced, AS_OF.minusDays(30));
        complainer = customer("投诉客户 " + n, "NORMAL", team.id());
        order(complainer, AS_OF.minusDays(400), 2_000, 500);
        order(complainer, AS_OF.minusDays(300), 2_000, 500);
        complaint(complainer, AS_OF.minusDays(200));
        // a varied book around them so that the models have something to fit
        for (int i = 0; i < 40; i++) {
            long c = customer("value-it-filler-" + n + "-" + i, i % 2 == 0 ? "NORMAL" : "KEY", team.id());
            for (int k = 0; k <= i % 6; k++) {
                order(c, AS_OF.minusDays(20 + 97L * k + 11L * i), 1_000 + 150 * i, 300 + 20 * k);
            }
        }
        // sales plan for March–May 2031 (the 3 complete months before the as-of month): 3 × 10,000 planned,
        // 3,000 bought → 3,000 < 50 % × 30,000. A June order (as-of month) is outside the window.
        behindPlan = customer("落后计划 " + n, "KEY", team.id());
        order(behindPlan, AS_OF.minusDays(400), 5_000, 1_000);
        order(behindPlan, LocalDate.of(2031, 4, 10), 3_000, 600);
        order(behindPlan, LocalDate.of(2031, 6, 5), 20_000, 600);
        for (int month = 3; month <= 5; month++) {
            jdbc.sql("INSERT INTO sales_plan (customer_id, month, planned_revenue) VALUES (:c, :m, 10000)")
                    .param("c", behindPlan)
                    .param("m", LocalDate.of(2031, month, 1))
                    .update();
        }
        // budget 1,000 for 2031; 800 + 400 spent in 2031 up to as-of = 1,200; December 2030 and July 2031 don't count
        overBudget = customer("超预算 " + n, "NORMAL", team.id());
        withinBudget = customer("预算内 " + n, "NORMAL", team.id());
        for (long c : new long[] {overBudget, withinBudget}) {
            order(c, AS_OF.minusDays(100), 2_000, 500);
            order(c, AS_OF.minusDays(30), 2_000, 500);
            jdbc.sql("INSERT INTO expense_budget (customer_id, year, amount) VALUES (:c, 2031, 1000)")
                    .param("c", c)
                    .update();
            expense(c, LocalDate.of(2030, 12, 31), 900);
            expense(c, LocalDate.of(2031, 2, 1), 800);
            expense(c, LocalDate.of(2031, 7, 15), 5_000);
        }
        expense(overBudget, LocalDate.of(2031, 5, 1), 400);
        expense(withinBudget, LocalDate.of(2031, 5, 1), 200);
        var run = engine.runNow(AS_OF);
        assertThat(run.status()).as(run.error()).isEqualTo("DONE");
    }

    @Test
    void dormantCustomerRaisesNoPurchaseWarningWithEvidence() throws Exception {
        var warning = onlyWarning(dormant, admin());
        assertThat(warning.get("tier").asString()).isEqualTo("VIP");
        assertThat(warning.get("evidence").get("daysSinceLastPurchase").asInt()).isEqualTo(300);
        assertThat(warning.get("evidence").get("limitDays").asInt()).isEqualTo(120);
        assertThat(warning.get("effort").asString()).isEqualTo("KEY");

        var value =
                json.readTree(get("/api/v1/value/customers/" + dormant, admin()).body());
        assertThat(value.get("recency").asInt()).isEqualTo(300);
        assertThat(value.get("frequency").asInt()).isEqualTo(2);
    }

    @Test
    void loyaltyIndexUsesSurveyAnswersAndComplaints() throws Exception {
        // voiced: 3 purchase days → repeat 2/5 = 0.4; no discount → price 1.0; latest NPS before as-of 8 → 0.8
        // (the later 0 is after as-of); competitor attitude CSAT 4 → 0.75; complaint at −300 followed by a
        // purchase → stayed, the one at −30 is younger than 90 days without a purchase → left out → 1/1 = 1.0;
        // share of wallet not asked → missing. Index = 100 × (0.4 + 1 + 0.8 + 0.75 + 1) ÷ 5 = 79.
        var value =
                json.readTree(get("/api/v1/value/customers/" + voiced, admin()).body());
        assertThat(value.get("loyalty").asDouble()).isCloseTo(79.0, org.assertj.core.data.Offset.offset(1e-9));
        // complainer: 2 purchase days → 0.2; price 1.0; complaint at −200, no purchase in the 200 days since → 0/1.
        // Index = 100 × (0.2 + 1 + 0) ÷ 3 = 40.
        var other = json.readTree(
                get("/api/v1/value/customers/" + complainer, admin()).body());
        assertThat(other.get("loyalty").asDouble()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void salesUserSeesOnlyWarningsOfCustomersInScope() throws Exception {
        var auth = basic(rep, PASSWORD);
        var mine = json.readTree(
                get("/api/v1/value/warnings?rule=NO_PURCHASE&size=500", auth).body());
        var ids = new java.util.ArrayList<Long>();
        mine.get("items").forEach(w -> ids.add(w.get("customerId").asLong()));
        assertThat(ids).contains(dormant).doesNotContain(outsider);
        long outsiderWarning = onlyWarning(outsider, admin()).get("id").asLong();
        assertThat(get("/api/v1/value/warnings/" + outsiderWarning, auth).statusCode())
                .isEqualTo(403);
    }

    @Test
    void winBackRunsFromAssignmentToClosingWithCause() throws Exception {
        long id = onlyWarning(dormant, admin()).get("id").asLong();
        var auth = basic(rep, PASSWORD);
        var assigned =
                send("POST", "/api/v1/value/warnings/" + id + "/assign", admin(), "{\"assigneeId\":" + repId + "}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(json.readTree(assigned.body()).get("status").asString()).isEqualTo("IN_PROGRESS");

        var contact = send(
                "POST",
                "/api/v1/value/warnings/" + id + "/contacts",
                auth,
                "{\"touchpoint\":\"FOLLOW_UP_CALL\",\"note\":\"called, offered a service check\"}");
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM touchpoint_event WHERE customer_id = :c AND event_id LIKE :p")
                        .param("c", dormant)
                        .param("p", "winback-" + id + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var noCause = send("POST", "/api/v1/value/warnings/" + id + "/close", auth, "{\"outcome\":\"WON_BACK\"}");
        assertThat(noCause.statusCode()).isEqualTo(400);
        assertThat(noCause.body()).contains("churnCause");

        var closed = send(
                "POST",
                "/api/v1/value/warnings/" + id + "/close",
                auth,
                "{\"outcome\":\"WON_BACK\",\"churnCause\":\"SLOW\",\"causeParty\":\"COMPANY\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        var body = json.readTree(closed.body());
        assertThat(body.get("status").asString()).isEqualTo("CLOSED");
        assertThat(body.get("churnCause").asString()).isEqualTo("SLOW");
        var actions = json.readTree(
                get("/api/v1/value/warnings/" + id + "/actions", auth).body());
        assertThat(actions).extracting(a -> a.get("action").asString()).containsExactly("ASSIGN", "CONTACT", "CLOSE");
        assertThat(page("/value/warnings/" + id, login(rep, PASSWORD)).body()).contains("warning-outcome");
    }

    @Test
    void pagesRenderForAdmin() throws Exception {
        var cookie = login("admin", ADMIN_PASSWORD);
        for (var path :
                new String[] {"/value", "/value/runs", "/value/warnings", "/customers/" + dormant + "/value-panel"}) {
            var page = page(path, cookie);
            assertThat(page.statusCode())
                    .as(path + " " + page.statusCode() + " " + page.headers().map() + page.body())
                    .isEqualTo(200);
        }
        assertThat(page("/customers/" + dormant + "/value-panel", cookie).body())
                .contains("value-segment")
                .contains("300 天未购买")
                .contains("上限为 120 天")
                .doesNotContain("no purchase for");
    }

    @Test
    void salesPlanDrivesBehindPlanWithPlanEvidence() throws Exception {
        var warnings = warnings(behindPlan, "BEHIND_PLAN");
        assertThat(warnings).hasSize(1);
        var evidence = warnings.get(0).get("evidence");
        assertThat(evidence.get("basis").asString()).isEqualTo("SALES_PLAN");
        assertThat(evidence.get("plannedRevenue").asDouble()).isEqualTo(30_000.0);
        assertThat(evidence.get("actualRevenue").asDouble()).isEqualTo(3_000.0);
        // the reason in the reader's language, money as people read it
        var cookie = login("admin", ADMIN_PASSWORD);
        assertThat(page("/customers/" + behindPlan + "/value-panel", cookie).body())
                .contains("销售额 ¥3,000，销售计划为 ¥30,000")
                .doesNotContain("planned by the sales plan");
        assertThat(page("/customers/" + behindPlan + "/value-panel", cookie, "en")
                        .body())
                .contains("revenue ¥3,000 against ¥30,000 planned by the sales plan");
    }

    @Test
    void expensesOverBudgetRaiseTheirWarning() throws Exception {
        var warnings = warnings(overBudget, "EXPENSES_OVER_BUDGET");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).get("evidence").get("spent").asDouble()).isEqualTo(1_200.0);
        assertThat(warnings.get(0).get("evidence").get("budget").asDouble()).isEqualTo(1_000.0);
        assertThat(warnings(withinBudget, "EXPENSES_OVER_BUDGET")).isEmpty();
        var cookie = login("admin", ADMIN_PASSWORD);
        assertThat(page("/value/warnings?rule=EXPENSES_OVER_BUDGET", cookie).body())
                .contains("销售费用超出预算")
                .contains("销售费用 ¥1,200，超出预算 ¥1,000")
                .contains("<td>普通客户</td>")
                .doesNotContain("<td>NORMAL</td>")
                .doesNotContain("exceed the budget");
    }

    private java.util.List<JsonNode> warnings(long customer, String rule) throws Exception {
        var page = json.readTree(get("/api/v1/value/warnings?rule=" + rule + "&customerId=" + customer, admin())
                .body());
        var list = new java.util.ArrayList<JsonNode>();
        page.get("items").forEach(list::add);
        return list;
    }

    private void expense(long customer, LocalDate day, double amount) {
        jdbc.sql(
                        "INSERT INTO sales_expense (customer_id, spent_on, amount, category) VALUES (:c, :d, :a, 'ENTERTAINMENT')")
                .param("c", customer)
                .param("d", day)
                .param("a", amount)
                .update();
    }

    private JsonNode onlyWarning(long customer, String auth) throws Exception {
        var page = json.readTree(get("/api/v1/value/warnings?rule=NO_PURCHASE&customerId=" + customer, auth)
                .body());
        assertThat(page.get("items")).hasSize(1);
        return page.get("items").get(0);
    }

    private String login(String username, String password) throws Exception {
        var page = http.send(
                java.net.http.HttpRequest.newBuilder(uri("/login")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var cookie = page.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse("");
        var csrf = page.body().replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        var form = "username=" + username + "&password=" + password + "&_csrf="
                + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8);
        var response = http.send(
                java.net.http.HttpRequest.newBuilder(uri("/login"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse(cookie);
    }

    private java.net.http.HttpResponse<String> page(String path, String cookie) throws Exception {
        return page(path, cookie, "zh-CN");
    }

    private java.net.http.HttpResponse<String> page(String path, String cookie, String language) throws Exception {
        return http.send(
                java.net.http.HttpRequest.newBuilder(uri(path))
                        .GET()
                        .header("Cookie", cookie)
                        .header("Accept-Language", language)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private long customer(String name, String tier, Long team) {
        return jdbc.sql(
                        "INSERT INTO customer (kind, name, tier, team_id) VALUES ('PERSON', :name, :tier, :team) RETURNING id")
                .param("name", name)
                .param("tier", tier)
                .param("team", team)
                .query(Long.class)
                .single();
    }

    private void surveyAnswer(long customer, LocalDate day, String type, String question, int score) {
        jdbc.sql("""
                INSERT INTO touchpoint_event (event_id, customer_id, touchpoint_id, kind, occurred_at, channel, value, attributes)
                SELECT :id, :c, t.id, t.kind, :at, 'SURVEY', :v, CAST(:attrs AS jsonb) FROM touchpoint t
                WHERE t.code = 'SATISFACTION_SURVEY'""")
                .param("id", "value-it-survey-" + customer + "-" + question + "-" + day)
                .param("c", customer)
                .param("at", java.sql.Timestamp.valueOf(day.atTime(12, 0)))
                .param("v", score)
                .param(
                        "attrs",
                        "{\"survey\":\"it\",\"question\":\"" + question + "\",\"type\":\"" + type + "\",\"score\":"
                                + score + "}")
                .update();
    }

    private void complaint(long customer, LocalDate day) {
        jdbc.sql("""
                INSERT INTO ticket (customer_id, type, priority, status, channel, subject, created_at)
                VALUES (:c, 'COMPLAINT', 'NORMAL', 'CLOSED', 'PHONE', 'value-it complaint', :at)""")
                .param("c", customer)
                .param("at", java.sql.Timestamp.valueOf(day.atTime(12, 0)))
                .update();
    }

    @Test
    void journeyFunnelsBreakDownByTheSegmentsOfTheLatestRun() throws Exception {
        // this run (as of 2031-06-30) is the latest of the suite, so its segments break down any funnel (events
        // cannot lie in the future: February 2005, which no other test writes to)
        var events = """
                [{"eventId":"seg-%1$d-1","customerId":%1$d,"touchpoint":"SHOWROOM_ENTRY","occurredAt":"2005-02-02T10:00:00Z"},
                 {"eventId":"seg-%1$d-2","customerId":%1$d,"touchpoint":"TEST_DRIVE","occurredAt":"2005-02-02T11:00:00Z"},
                 {"eventId":"seg-%2$d-1","customerId":%2$d,"touchpoint":"SHOWROOM_ENTRY","occurredAt":"2005-02-03T10:00:00Z"}]""".formatted(dormant, voiced);
        assertThat(send("POST", "/api/v1/events", admin(), events).statusCode()).isBetween(200, 202);
        var dormantSegment = json.readTree(
                        get("/api/v1/value/customers/" + dormant, admin()).body())
                .get("segment")
                .asString();
        var voicedSegment = json.readTree(
                        get("/api/v1/value/customers/" + voiced, admin()).body())
                .get("segment")
                .asString();
        var response = send("POST", "/api/v1/analytics/funnel", admin(), """
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"touchpoint":"TEST_DRIVE"}],"order":"ORDERED","window":"P1D",
                 "breakdown":"segment","from":"2005-02-01","to":"2005-02-28"}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var funnel = json.readTree(response.body());
        var groups = funnel.get("breakdown");
        if (dormantSegment.equals(voicedSegment)) {
            assertThat(groups.get(dormantSegment).get(0).get("count").asLong()).isEqualTo(2);
            assertThat(groups.get(dormantSegment).get(1).get("count").asLong()).isEqualTo(1);
        } else {
            // the dormant VIP took the test drive, the other customer only came in
            assertThat(groups.get(dormantSegment).get(1).get("count").asLong()).isEqualTo(1);
            assertThat(groups.get(voicedSegment).get(0).get("count").asLong()).isEqualTo(1);
            assertThat(groups.get(voicedSegment).get(1).get("count").asLong()).isZero();
        }
        assertThat(funnel.get("breakdownNames").get(dormantSegment).asString())
                .as("segment names are shown, not codes")
                .isNotEqualTo(dormantSegment);
    }

    private void order(long customer, LocalDate date, double revenue, double grossProfit) {
        jdbc.sql("""
                INSERT INTO sales_order (customer_id, order_date, stage, stage_changed_at, revenue, cost)
                VALUES (:c, :d, 'DELIVERED', now(), :r, :cost)""")
                .param("c", customer)
                .param("d", date)
                .param("r", revenue)
                .param("cost", revenue - grossProfit)
                .update();
    }
}
