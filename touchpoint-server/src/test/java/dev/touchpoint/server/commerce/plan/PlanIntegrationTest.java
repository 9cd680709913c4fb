package dev.touchpoint.server.commerce.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.commerce.CommerceTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sales plans, sales expenses and expense budgets over REST: roles, scope, validation, locking. */
class PlanIntegrationTest extends CommerceTestSupport {

    @Test
    void managerSetsPlanAndSeesActualRevenue() throws Exception {
        long teamA = team("plan-a");
        var manager = user("MANAGER", teamA);
        var sales = user("SALES", teamA);
        long customer = customer(teamA);
        var month = YearMonth.now().minusMonths(1);
        jdbc.sql("""
                INSERT INTO sales_order (customer_id, order_date, stage, stage_changed_at, revenue, cost)
                VALUES (:c, :d, 'DELIVERED', now(), 1234.50, 1000)""").param("c", customer).param("d", month.atDay(3)).update();
        var body = "{\"months\":[{\"month\":\"" + month + "\",\"plannedRevenue\":5000}]}";
        assertThat(send("PUT", "/api/v1/customers/" + customer + "/plans", sales, body)
                        .statusCode())
                .isEqualTo(403);
        var set = send("PUT", "/api/v1/customers/" + customer + "/plans", manager, body);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        var plan = parse(get("/api/v1/customers/" + customer + "/plans?year=" + month.getYear(), sales));
        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).get("month").asString()).isEqualTo(month.toString());
        assertThat(plan.get(0).get("plannedRevenue").decimalValue()).isEqualByComparingTo("5000");
        assertThat(plan.get(0).get("actualRevenue").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'sales_plan' AND entity_id = :c")
                        .param("c", String.valueOf(customer))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void salesOfAnotherTeamIsRefused() throws Exception {
        long teamA = team("plan-scope-a");
        long teamB = team("plan-scope-b");
        var salesA = user("SALES", teamA);
        var salesB = user("SALES", teamB);
        var managerB = user("MANAGER", teamB);
        long customer = customer(teamA);
        var expense = "{\"amount\":120.50,\"category\":\"ENTERTAINMENT\",\"note\":\"dinner\"}";
        for (var path : new String[] {"/plans", "/expenses", "/expense-budget"}) {
            assertThat(get("/api/v1/customers/" + customer + path, salesB).statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(send("POST", "/api/v1/customers/" + customer + "/expenses", salesB, expense)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "PUT",
                                "/api/v1/customers/" + customer + "/plans",
                                managerB,
                                "{\"months\":[{\"month\":\"2030-01\",\"plannedRevenue\":1}]}")
                        .statusCode())
                .isEqualTo(403);
        var recorded = send("POST", "/api/v1/customers/" + customer + "/expenses", salesA, expense);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(parse(recorded).get("amount").decimalValue()).isEqualByComparingTo("120.50");
        var list = parse(get("/api/v1/customers/" + customer + "/expenses", salesA));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("category").asString()).isEqualTo("ENTERTAINMENT");
    }

    @Test
    void budgetShowsSpentAndRemainingWithOptimisticLocking() throws Exception {
        long teamA = team("plan-budget");
        var manager = user("MANAGER", teamA);
        var sales = user("SALES", teamA);
        long customer = customer(teamA);
        int year = LocalDate.now().getYear();
        assertThat(send(
                                "PUT",
                                "/api/v1/customers/" + customer + "/expense-budget",
                                sales,
                                "{\"year\":" + year + ",\"amount\":500}")
                        .statusCode())
                .isEqualTo(403);
        var set = send(
                "PUT",
                "/api/v1/customers/" + customer + "/expense-budget",
                manager,
                "{\"year\":" + year + ",\"amount\":500}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        send(
                "POST",
                "/api/v1/customers/" + customer + "/expenses",
                sales,
                "{\"amount\":200,\"category\":\"TRAVEL\",\"spentOn\":\""
                        + LocalDate.now().withDayOfYear(1) + "\"}");
        var budget = parse(get("/api/v1/customers/" + customer + "/expense-budget", sales));
        assertThat(budget.get("amount").decimalValue()).isEqualByComparingTo("500");
        assertThat(budget.get("spent").decimalValue()).isEqualByComparingTo("200");
        assertThat(budget.get("remaining").decimalValue()).isEqualByComparingTo("300");
        var stale = sendWithHeader(
                "PUT",
                "/api/v1/customers/" + customer + "/expense-budget",
                manager,
                "{\"year\":" + year + ",\"amount\":600}",
                "If-Match",
                "\"7\"");
        assertThat(stale.statusCode()).isEqualTo(412);
    }

    @Test
    void badInputGivesProblemDetails() throws Exception {
        long teamA = team("plan-bad");
        var manager = user("MANAGER", teamA);
        long customer = customer(teamA);
        var zero = send(
                "POST",
                "/api/v1/customers/" + customer + "/expenses",
                manager,
                "{\"amount\":0,\"category\":\"TRAVEL\"}");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(parse(zero).get("errors").get(0).get("field").asString()).isEqualTo("amount");
        var future = send(
                "POST",
                "/api/v1/customers/" + customer + "/expenses",
                manager,
                "{\"amount\":10,\"category\":\"TRAVEL\",\"spentOn\":\""
                        + LocalDate.now().plusDays(2) + "\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(parse(future).get("errors").get(0).get("field").asString()).isEqualTo("spentOn");
        var negative = send(
                "PUT",
                "/api/v1/customers/" + customer + "/plans",
                manager,
                "{\"months\":[{\"month\":\"2030-01\",\"plannedRevenue\":-1}]}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("plannedRevenue");
        var twice = send(
                "PUT",
                "/api/v1/customers/" + customer + "/plans",
                manager,
                "{\"months\":[{\"month\":\"2030-01\",\"plannedRevenue\":1},{\"month\":\"2030-01\",\"plannedRevenue\":2}]}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(parse(twice).get("errors").get(0).get("field").asString()).isEqualTo("months");
        assertThat(send("PUT", "/api/v1/customers/" + customer + "/expense-budget", manager, "{\"year\":2031}")
                        .statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> postForm(String path, String cookie, String form) throws Exception {
        var panel = page(path.substring(0, path.lastIndexOf('/')), cookie).body();
        var m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(panel);
        assertThat(m.find()).as("the panel's forms carry a CSRF token").isTrue();
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Cookie", cookie)
                        .header("HX-Request", "true")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void plansExpensesAndBudgetsAreEnteredOnThe360PageWithInlineErrors() throws Exception {
        long teamA = team("plan-web");
        var managerAuth = user("MANAGER", teamA);
        var salesAuth = user("SALES", teamA);
        long customer = customer(teamA);
        var manager = login(userName(managerAuth), PASSWORD);
        var panel = "/customers/" + customer + "/plans-panel";
        var month = YearMonth.now();

        var planned = postForm(panel + "/plan", manager, "month=" + month + "&plannedRevenue=8000");
        assertThat(planned.statusCode()).isEqualTo(200);
        assertThat(planned.body())
                .contains("id=\"plans-saved\"")
                .contains(month.toString())
                .contains("8,000");
        assertThat(parse(get("/api/v1/customers/" + customer + "/plans", salesAuth))
                        .get(0)
                        .get("plannedRevenue")
                        .decimalValue())
                .isEqualByComparingTo("8000");

        var budget = postForm(panel + "/budget", manager, "year=" + month.getYear() + "&amount=3000");
        assertThat(budget.body()).contains("id=\"plans-saved\"");
        var spent = postForm(
                panel + "/expense",
                manager,
                "amount=1200.50&spentOn=" + LocalDate.now() + "&category="
                        + URLEncoder.encode("礼品", StandardCharsets.UTF_8) + "&note=");
        assertThat(spent.body()).contains("礼品").contains("1,200.50");

        // bad input: every field named, nothing stored
        var bad = postForm(panel + "/expense", manager, "amount=abc&spentOn=2026-13-40&category=");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("id=\"violations\"")
                .contains("<strong>amount</strong>")
                .contains("<strong>spentOn</strong>")
                .contains("<strong>category</strong>");
        assertThat(parse(get("/api/v1/customers/" + customer + "/expenses", salesAuth)))
                .hasSize(1);

        // a form opened before someone else changed the budget loses (optimistic lock): the form carries the
        // version it showed; meanwhile the budget is changed through the API
        var shown = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page(panel, manager).body());
        assertThat(shown.find()).isTrue();
        var changed = send(
                "PUT",
                "/api/v1/customers/" + customer + "/expense-budget",
                managerAuth,
                "{\"year\":" + month.getYear() + ",\"amount\":4000,\"version\":" + shown.group(1) + "}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        var stale = postForm(
                panel + "/budget", manager, "year=" + month.getYear() + "&amount=5000&version=" + shown.group(1));
        assertThat(stale.body()).contains("<strong>version</strong>");
        assertThat(parse(get("/api/v1/customers/" + customer + "/expense-budget", salesAuth))
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("4000");

        // sales record expenses but set neither plans nor budgets
        var sales = login(userName(salesAuth), PASSWORD);
        var salesPanel = page(panel, sales).body();
        assertThat(salesPanel)
                .contains("id=\"expense-form\"")
                .doesNotContain("id=\"plan-form\"")
                .doesNotContain("id=\"budget-form\"");
    }

    private static String userName(String basicAuthorization) {
        var decoded = new String(
                java.util.Base64.getDecoder().decode(basicAuthorization.substring("Basic ".length())),
                StandardCharsets.UTF_8);
        return decoded.substring(0, decoded.indexOf(':'));
    }
}
