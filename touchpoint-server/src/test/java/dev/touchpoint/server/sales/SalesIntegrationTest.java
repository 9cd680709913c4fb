package dev.touchpoint.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.sales.pool.PoolService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class SalesIntegrationTest extends IntegrationTestSupport {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PASSWORD = "sales-test-pass-1";

    @Autowired
    IdentityApi identity;

    @Autowired
    PoolService pool;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    record Crew(long team, String rep, String rep2, String manager, long repId) {}

    private Crew crew() {
        int n = SEQ.incrementAndGet() + (int) (System.nanoTime() % 100000);
        var team = identity.createTeamUnchecked("sales-it-team-" + n, Team.Kind.SALES_GROUP);
        var rep = identity.createUserUnchecked(
                new NewUser("rep" + n, "Rep " + n, null, PASSWORD, Role.SALES, Set.of(team.id())));
        identity.createUserUnchecked(
                new NewUser("reptwo" + n, "Rep two " + n, null, PASSWORD, Role.SALES, Set.of(team.id())));
        identity.createUserUnchecked(
                new NewUser("mgr" + n, "Manager " + n, null, PASSWORD, Role.MANAGER, Set.of(team.id())));
        return new Crew(team.id(), "rep" + n, "reptwo" + n, "mgr" + n, rep.id());
    }

    private String as(String user) {
        return basic(user, PASSWORD);
    }

    private JsonNode ok(java.net.http.HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    private long lead(String user, String name) throws Exception {
        return ok(
                        send(
                                "POST",
                                "/api/v1/sales/leads",
                                as(user),
                                "{\"name\":\"" + name + "\",\"company\":\"" + name
                                        + " 物流有限公司\",\"phone\":\"13800000000\",\"productInterest\":\"星途 L 电动车 ×10\"}"),
                        201)
                .get("id")
                .asLong();
    }

    private JsonNode grade(String user, long leadId, String intent) throws Exception {
        return ok(
                send(
                        "POST",
                        "/api/v1/sales/leads/" + leadId + "/contact",
                        as(user),
                        "{\"intentClass\":\"" + intent + "\",\"money\":true,\"authority\":false,\"need\":true,"
                                + "\"feedback\":\"liked the range\",\"benefit\":\"send TCO sheet\",\"opportunity\":\"test drive\"}"),
                200);
    }

    private JsonNode openTasks(String user, long leadId) throws Exception {
        var all = ok(get("/api/v1/sales/leads/" + leadId + "/tasks", as(user)), 200);
        var open = json.createArrayNode();
        all.forEach(t -> {
            if ("OPEN".equals(t.get("status").asString())) {
                open.add(t);
            }
        });
        return open;
    }

    @Test
    void gradingPlansFollowUpsByClassAndRegradingReplacesThePlan() throws Exception {
        var crew = crew();
        long id = lead(crew.rep(), "甲");
        var today = LocalDate.now(clock);

        var graded = grade(crew.rep(), id, "A");
        assertThat(graded.get("man").asString()).isEqualTo("MaN");
        var tasks = openTasks(crew.rep(), id);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("dueOn").asString())
                .isEqualTo(today.plusDays(2).toString());
        assertThat(tasks.get(0).get("channel").asString()).isEqualTo("VISIT");
        assertThat(tasks.get(0).get("topic").asString()).isEqualTo("OPEN_QUESTION");

        // completing it plans the second follow-up: next channel and topic of class A, two days on
        long first = tasks.get(0).get("id").asLong();
        var done = ok(
                send(
                        "POST",
                        "/api/v1/sales/tasks/" + first + "/complete",
                        as(crew.rep()),
                        "{\"outcome\":\"visited, sent the TCO sheet\"}"),
                200);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        tasks = openTasks(crew.rep(), id);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("channel").asString()).isEqualTo("CALL");
        assertThat(tasks.get(0).get("topic").asString()).isEqualTo("HELP");
        assertThat(tasks.get(0).get("sequence").asInt()).isEqualTo(2);

        // re-grading to C replaces the plan: one open task, by message, two weeks out
        grade(crew.rep(), id, "C");
        tasks = openTasks(crew.rep(), id);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("channel").asString()).isEqualTo("SMS");
        assertThat(tasks.get(0).get("dueOn").asString())
                .isEqualTo(today.plusDays(14).toString());
        assertThat(ok(
                                send(
                                        "POST",
                                        "/api/v1/sales/tasks/" + first + "/complete",
                                        as(crew.rep()),
                                        "{\"outcome\":\"again\"}"),
                                400)
                        .toString())
                .contains("status");

        // my day lists it as upcoming only once it is within the window; the done one never
        var day = ok(get("/api/v1/sales/my-day", as(crew.rep())), 200);
        assertThat(day.toString()).doesNotContain("\"id\":" + first + ",");
    }

    @Test
    void overdueFollowUpsShowInMyDayAndRaiseOneReminderPerDay() throws Exception {
        var crew = crew();
        long id = lead(crew.rep(), "乙");
        grade(crew.rep(), id, "B");
        jdbc.sql("UPDATE sales_task SET due_on = due_on - 10 WHERE lead_id = :id")
                .param("id", id)
                .update();
        var day = ok(get("/api/v1/sales/my-day", as(crew.rep())), 200);
        assertThat(day.get("overdue")).hasSize(1);
        // the script on My day speaks to this lead of the model they asked about, signed by their salesperson
        var web = dev.touchpoint.server.touchpoint.WebSession.login(this::uri, crew.rep(), PASSWORD);
        var salesperson = identity.findUser(crew.repId()).orElseThrow().displayName();
        var zh = web.get("/sales/my-day", "zh-CN").body();
        assertThat(zh)
                .contains("乙您好，我是" + salesperson + "。")
                .contains("星途 L 电动车 ×10")
                .doesNotContain("李先生")
                .doesNotContain("样板房");
        assertThat(web.get("/sales/my-day", "en").body()).contains("Hello 乙, this is " + salesperson + ".");
        assertThat(zh)
                .contains("今天没有到期任务", "未来几天没有计划")
                .doesNotContain("没有逾期的跟进")
                .doesNotContain("id=\"my-day-hint\"");
        // a manager owns no leads: My day says where the team's work is instead of staying empty
        var manager = dev.touchpoint.server.touchpoint.WebSession.login(this::uri, crew.manager(), PASSWORD);
        assertThat(manager.get("/sales/my-day", "en").body())
                .contains("id=\"my-day-hint\"")
                .contains("You own none");
        // the win rate says how many closed opportunities it rests on, the pipeline is not called a funnel
        assertThat(manager.get("/sales/analysis", "en").body())
                .containsPattern("id=\"win-rate-sample\">of \\d+ closed");
        assertThat(manager.get("/sales/analysis", "zh-CN").body())
                .containsPattern("共 \\d+ 个已结束商机")
                .contains("商机管道")
                .doesNotContain("销售漏斗");
        // one name per key-account stage: the board says "Qualify" like the 360 page, with what is done in it below
        assertThat(manager.get("/sales/pipeline", "en").body())
                .contains("stage-name\">Qualify<")
                .contains("stage-work\">Collect information / assess customer<");
        // pipeline stage headers say what their three figures are
        assertThat(manager.get("/sales/pipeline", "en").body())
                .containsPattern(
                        "stage-figures\"[^>]*>(no opportunity|1 opportunity|\\d+ opportunities) · ¥[\\d,]+ · weighted ¥[\\d,]+<");
        assertThat(manager.get("/sales/pipeline", "zh-CN").body())
                .containsPattern("stage-figures\"[^>]*>\\d+ 个商机 · ¥[\\d,]+ · 加权 ¥[\\d,]+<");

        pool.run(Instant.now(clock));
        pool.run(Instant.now(clock));
        day = ok(get("/api/v1/sales/my-day", as(crew.rep())), 200);
        long overdueReminders = java.util.stream.StreamSupport.stream(
                        day.get("reminders").spliterator(), false)
                .filter(r -> r.get("kind").asString().equals("OVERDUE"))
                .count();
        assertThat(overdueReminders).isEqualTo(1);
    }

    @Test
    void neglectedLeadsAreWarnedThenReclaimedAndClaimsAreLimitedPerDay() throws Exception {
        var crew = crew();
        // team rules: class B after 10 days without follow-up, warn 3 days before, 1 claim a day
        ok(
                send(
                        "PUT",
                        "/api/v1/sales/pool/policies/" + crew.team(),
                        as(crew.manager()),
                        "{\"enabled\":true,\"dailyClaimLimit\":1,\"warnDays\":3,\"rules\":[{\"tier\":\"B\",\"noFollowUpDays\":10}]}"),
                200);
        long first = lead(crew.rep(), "丙");
        long second = lead(crew.rep(), "丁");
        grade(crew.rep(), first, "B");
        grade(crew.rep(), second, "B");
        var start = Instant.now(clock);

        var warnRun = pool.run(start.plus(Duration.ofDays(8)));
        assertThat(warnRun.warned()).isGreaterThanOrEqualTo(2);
        assertThat(ok(get("/api/v1/sales/leads/" + first, as(crew.rep())), 200)
                        .get("inPool")
                        .asBoolean())
                .isFalse();
        var reminders = ok(get("/api/v1/sales/my-day", as(crew.rep())), 200)
                .get("reminders")
                .toString();
        assertThat(reminders).contains("POOL_WARNING").contains("丙");

        pool.run(start.plus(Duration.ofDays(11)));
        assertThat(ok(get("/api/v1/sales/leads/" + first, as(crew.rep())), 200)
                        .get("inPool")
                        .asBoolean())
                .isTrue();
        assertThat(openTasks(crew.manager(), first))
                .as("reclaiming cancels the plan")
                .isEmpty();
        var pool = ok(get("/api/v1/sales/pool", as(crew.rep2())), 200).toString();
        assertThat(pool).contains("丙").contains("NO_FOLLOW_UP");
        // on the pool screen the lead is a link, graded in words, not as a code
        var poolPage = dev.touchpoint.server.touchpoint.WebSession.login(this::uri, crew.rep2(), PASSWORD)
                .get("/sales/pool", "en")
                .body();
        assertThat(poolPage).contains("href=\"/sales/leads/" + first + "\"").contains("B · Promising");
        assertThat(jdbc.sql("SELECT count(*) FROM sales_pool_move WHERE subject_id = :id AND action = 'RECLAIMED'")
                        .param("id", first)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // another team's rep neither sees nor claims this pool
        var outsider = crew();
        assertThat(ok(get("/api/v1/sales/pool", as(outsider.rep())), 200).toString())
                .doesNotContain("丙");
        ok(send("POST", "/api/v1/sales/pool/LEAD/" + first + "/claim", as(outsider.rep()), null), 403);

        ok(send("POST", "/api/v1/sales/pool/LEAD/" + first + "/claim", as(crew.rep2()), null), 200);
        var limit = ok(send("POST", "/api/v1/sales/pool/LEAD/" + second + "/claim", as(crew.rep2()), null), 400);
        assertThat(limit.toString()).contains("dailyLimit");
        var claimed = ok(get("/api/v1/sales/leads/" + first, as(crew.rep2())), 200);
        assertThat(claimed.get("ownerId").asLong()).isNotEqualTo(crew.repId());
        assertThat(openTasks(crew.rep2(), first))
                .as("the claimer gets a fresh plan")
                .hasSize(1);
    }

    private long customer(String user, String name) throws Exception {
        return ok(
                        send(
                                "POST",
                                "/api/v1/customers",
                                as(user),
                                "{\"kind\":\"ORGANISATION\",\"name\":\"" + name + "\"}"),
                        201)
                .get("id")
                .asLong();
    }

    private long opportunity(String user, long customerId) throws Exception {
        return ok(
                        send(
                                "POST",
                                "/api/v1/sales/opportunities",
                                as(user),
                                "{\"customerId\":" + customerId
                                        + ",\"name\":\"30 辆物流车\",\"amount\":3000000,\"expectedClose\":\"2026-09-30\"}"),
                        201)
                .get("id")
                .asLong();
    }

    @Test
    void forwardMovesNeedTheExitCriteriaOrAnOverrideReason() throws Exception {
        var crew = crew();
        long o = opportunity(crew.rep(), customer(crew.rep(), "宏达物流 " + crew.team()));

        var blocked = ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/stage",
                        as(crew.rep()),
                        "{\"stage\":\"RELATIONSHIP\"}"),
                400);
        assertThat(blocked.get("errors")).hasSize(3);
        assertThat(blocked.toString()).contains("exitCriteria").contains("unmet");

        ok(
                send(
                        "PUT",
                        "/api/v1/sales/opportunities/" + o + "/assessment",
                        as(crew.rep()),
                        "{\"need\":5,\"volume\":4,\"purchasingPower\":4,\"decisionPower\":3,\"credit\":4}"),
                200);
        ok(
                send(
                        "PUT",
                        "/api/v1/sales/opportunities/" + o + "/checklist/NEED_CONFIRMED",
                        as(crew.rep()),
                        "{\"done\":true}"),
                200);
        ok(
                send(
                        "PUT",
                        "/api/v1/sales/opportunities/" + o + "/checklist/BUDGET_KNOWN",
                        as(crew.rep()),
                        "{\"done\":true}"),
                200);
        ok(
                send(
                        "PUT",
                        "/api/v1/sales/opportunities/" + o + "/checklist/ROLES_MAPPED",
                        as(crew.rep()),
                        "{\"done\":true}"),
                400);
        var moved = ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/stage",
                        as(crew.rep()),
                        "{\"stage\":\"RELATIONSHIP\"}"),
                200);
        assertThat(moved.get("stage").asString()).isEqualTo("RELATIONSHIP");
        assertThat(moved.get("probability").asInt()).isEqualTo(25);
        // the opportunity page names the stage as the board and the 360 page do
        var page = dev.touchpoint.server.touchpoint.WebSession.login(this::uri, crew.rep(), PASSWORD)
                .get("/sales/opportunities/" + o, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"opportunity-stage\" title=\"Clarify roles / build relationships\">Relationships<");

        // jumping two stages checks both stages' criteria; a reason overrides and is recorded
        var jump = ok(
                send("POST", "/api/v1/sales/opportunities/" + o + "/stage", as(crew.rep()), "{\"stage\":\"TENDER\"}"),
                400);
        assertThat(jump.get("errors")).hasSize(6);
        ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/stage",
                        as(crew.rep()),
                        "{\"stage\":\"TENDER\",\"overrideReason\":\"总经理直接指定参与投标\"}"),
                200);
        var history = ok(get("/api/v1/sales/opportunities/" + o + "/stage-moves", as(crew.rep())), 200);
        assertThat(history.get(0).get("overrideReason").asString()).isEqualTo("总经理直接指定参与投标");
        assertThat(history.get(0).get("unmet")).hasSize(6);

        // backwards is free; stale If-Match is refused
        ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/stage",
                        as(crew.rep()),
                        "{\"stage\":\"TECHNICAL\"}"),
                200);
        var stale = http.send(
                java.net.http.HttpRequest.newBuilder(uri("/api/v1/sales/opportunities/" + o + "/stage"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"stage\":\"QUALIFY\"}"))
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"0\"")
                        .header("Authorization", as(crew.rep()))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(412);
    }

    @Test
    void insightScoresCoverageAndRiskAndWarnsAboutTheDecisionMaker() throws Exception {
        var crew = crew();
        long o = opportunity(crew.rep(), customer(crew.rep(), "顺通租赁 " + crew.team()));
        var recently = Instant.now(clock).minus(Duration.ofDays(3)).toString();
        ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/members",
                        as(crew.rep()),
                        "{\"name\":\"王车队\",\"role\":\"USER\",\"champion\":true,\"lastContactAt\":\"" + recently
                                + "\"}"),
                201);
        ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/members",
                        as(crew.rep()),
                        "{\"name\":\"李工\",\"role\":\"TECHNICAL\"}"),
                201);
        ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/members",
                        as(crew.rep()),
                        "{\"name\":\"赵总\",\"role\":\"DECISION_MAKER\",\"keyPerson\":true}"),
                201);
        ok(
                send(
                        "PUT",
                        "/api/v1/sales/opportunities/" + o + "/assessment",
                        as(crew.rep()),
                        "{\"need\":4,\"volume\":2,\"purchasingPower\":3,\"decisionPower\":1}"),
                200);
        ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/stage",
                        as(crew.rep()),
                        "{\"stage\":\"TECHNICAL\",\"overrideReason\":\"demo\"}"),
                200);

        var insight = ok(get("/api/v1/sales/opportunities/" + o + "/insight", as(crew.rep())), 200);
        // user identified+engaged 1, technical 0.5, decision maker 0.5 → 2 of 5 = 40
        assertThat(insight.get("coverage").get("score").asInt()).isEqualTo(40);
        assertThat(insight.get("coverage").get("decisionMakerWarning").asBoolean())
                .isTrue();
        // shortfalls 1,3,2,4,4(unknown credit) × .25,.15,.2,.2,.2 = .25+.45+.4+.8+.8 = 2.7 / 4 = 67.5% → 68
        assertThat(insight.get("risk").get("score").asInt()).isEqualTo(68);
        assertThat(insight.get("risk").get("level").asString()).isEqualTo("HIGH");
        assertThat(insight.get("risk").get("reasons").toString())
                .contains("VOLUME_LOW", "DECISION_LOW", "CREDIT_UNKNOWN");

        // an activity with the decision maker meets them: the warning goes, the criterion is met
        long dm =
                ok(get("/api/v1/sales/opportunities/" + o + "/members", as(crew.rep())), 200).findValues("id").stream()
                        .map(JsonNode::asLong)
                        .max(Long::compare)
                        .orElseThrow();
        ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/activities",
                        as(crew.rep()),
                        "{\"kind\":\"SITE_TOUR\",\"memberId\":" + dm + ",\"summary\":\"参观工厂\"}"),
                201);
        ok(
                send(
                        "POST",
                        "/api/v1/sales/opportunities/" + o + "/objections",
                        as(crew.rep()),
                        "{\"type\":\"PRICE\",\"statement\":\"比竞品贵 5%\",\"method\":\"COMPENSATE\"}"),
                201);
        insight = ok(get("/api/v1/sales/opportunities/" + o + "/insight", as(crew.rep())), 200);
        assertThat(insight.get("coverage").get("decisionMakerWarning").asBoolean())
                .isFalse();
        assertThat(insight.get("openObjectionTypes").toString()).contains("PRICE");
        assertThat(insight.get("checklist").toString())
                .contains("{\"criterion\":\"DECISION_MAKER_MET\",\"stage\":\"TENDER\",\"automatic\":true,\"met\":true");
    }

    @Test
    void aRepSeesOnlyTheirTeamsPipelineAndPersonalDataStaysWithOwnerAndManager() throws Exception {
        var crew = crew();
        var other = crew();
        long o = opportunity(crew.rep(), customer(crew.rep(), "华信建设 " + crew.team()));
        ok(
                send(
                        "PUT",
                        "/api/v1/sales/opportunities/" + o + "/research",
                        as(crew.rep()),
                        "{\"background\":\"集团下属\",\"budget\":\"300 万\"}"),
                200);

        assertThat(get("/api/v1/sales/opportunities/" + o, as(other.rep())).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/sales/pipeline", as(other.rep())).body()).doesNotContain("华信建设 " + crew.team());
        assertThat(get("/api/v1/sales/pipeline", as(other.manager())).body()).doesNotContain("华信建设 " + crew.team());
        assertThat(get("/api/v1/sales/pipeline", as(crew.manager())).body()).contains("华信建设 " + crew.team());
        assertThat(get("/api/v1/sales/pipeline", admin()).body()).contains("华信建设 " + crew.team());

        // a team mate sees the opportunity but not the research; the team's manager does
        assertThat(get("/api/v1/sales/opportunities/" + o, as(crew.rep2())).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/sales/opportunities/" + o + "/research", as(crew.rep2()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(ok(get("/api/v1/sales/opportunities/" + o + "/research", as(crew.manager())), 200)
                        .get("budget")
                        .asString())
                .isEqualTo("300 万");
        assertThat(get("/api/v1/sales/opportunities/9999999", as(crew.rep())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void convertingALeadCreatesCustomerAndOpportunityFromItsOwnFields() throws Exception {
        var crew = crew();
        long id = lead(crew.rep(), "戊");
        grade(crew.rep(), id, "A");
        var converted =
                ok(send("POST", "/api/v1/sales/leads/" + id + "/convert", as(crew.rep()), "{\"amount\":880000}"), 200);
        long customerId = converted.get("customerId").asLong();
        var customer = ok(get("/api/v1/customers/" + customerId, as(crew.rep())), 200);
        assertThat(customer.get("name").asString()).isEqualTo("戊 物流有限公司");
        assertThat(customer.get("phone").asString()).isEqualTo("13800000000");
        var opportunity = ok(
                get(
                        "/api/v1/sales/opportunities/"
                                + converted.get("opportunityId").asLong(),
                        as(crew.rep())),
                200);
        assertThat(opportunity.get("name").asString()).isEqualTo("星途 L 电动车 ×10");
        assertThat(opportunity.get("customerId").asLong()).isEqualTo(customerId);
        assertThat(ok(
                                get(
                                        "/api/v1/sales/opportunities/"
                                                + opportunity.get("id").asLong() + "/members",
                                        as(crew.rep())),
                                200)
                        .toString())
                .contains("戊");
        assertThat(ok(get("/api/v1/sales/leads/" + id, as(crew.rep())), 200)
                        .get("status")
                        .asString())
                .isEqualTo("CONVERTED");
    }

    @Test
    void analystReadsButCannotChange() throws Exception {
        var crew = crew();
        long id = lead(crew.rep(), "己");
        identity.createUserUnchecked(new NewUser("analyst" + id, "A", null, PASSWORD, Role.ANALYST, Set.of()));
        assertThat(get("/api/v1/sales/leads/" + id, as("analyst" + id)).statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/sales/leads/" + id + "/contact", as("analyst" + id), "{\"intentClass\":\"A\"}")
                        .statusCode())
                .isEqualTo(403);
    }
}
