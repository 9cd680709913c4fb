package dev.touchpoint.server.touchpoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.touchpoint.TouchpointTestSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class AuditIntegrationTest extends TouchpointTestSupport {

    /** Every dealership item passes except the greeting, which took 45 s against a 30 s limit. */
    private String audit(long site) {
        var answers = new ArrayList<String>();
        for (var section : DealershipAuditTemplate.definition().sections()) {
            for (var item : section.items()) {
                String value = switch (item.type()) {
                    case YES_NO -> "1";
                    case SCALE -> "5";
                    case TIMED -> item.code().equals("R_TIMELY") ? "45" : "10";
                    case NUMERIC -> "95";
                };
                answers.add("{\"item\":\"" + item.code() + "\",\"answer\":" + value + "}");
            }
        }
        return "{\"templateCode\":\"DEALERSHIP_4S\",\"siteTeamId\":" + site
                + ",\"date\":\"2025-06-10\",\"auditor\":\"神秘顾客 A\",\"answers\":[" + String.join(",", answers) + "]}";
    }

    @Test
    void aFailedTimedItemLowersTheScoreByItsWeightAndOpensATaskForTheOwnerRole() throws Exception {
        var site = team();
        var response = send("POST", "/api/v1/audits", admin(), audit(site.id()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var report = body(response);
        // reception weights: warmth 2, timely 3, proactive 2, consistent 1, needs 2, no pressure 2 → 9 of 12
        var reception = java.util.stream.StreamSupport.stream(
                        report.get("sections").spliterator(), false)
                .filter(s -> s.get("code").asString().equals("RECEPTION"))
                .findFirst()
                .orElseThrow();
        assertThat(reception.get("score").decimalValue()).isEqualByComparingTo("75.00");
        // overall: section weights 12 + 12 + 15 + 6 = 45, the failed item weighs 3 → 42 / 45 = 93.33
        assertThat(report.get("score").decimalValue()).isEqualByComparingTo("93.33");
        var task = report.get("tasks").get(0);
        assertThat(report.get("tasks").size()).isEqualTo(1);
        assertThat(task.get("itemCode").asString()).isEqualTo("R_TIMELY");
        assertThat(task.get("ownerRole").asString()).isEqualTo("SALES");
        assertThat(task.get("dueDate").asString()).isEqualTo("2025-06-24");

        var otherSales = user(Role.SALES, team());
        assertThat(send(
                                "POST",
                                "/api/v1/corrective-tasks/" + task.get("id").asLong() + "/done",
                                otherSales,
                                "{\"resolution\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        var siteSales = user(Role.SALES, site);
        var done = send(
                "POST",
                "/api/v1/corrective-tasks/" + task.get("id").asLong() + "/done",
                siteSales,
                "{\"resolution\":\"迎宾岗排班调整\"}");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(body(done).get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void salesCannotAuditAndMissingAnswersAreNamed() throws Exception {
        var site = team();
        assertThat(send("POST", "/api/v1/audits", user(Role.SALES, site), audit(site.id()))
                        .statusCode())
                .isEqualTo(403);
        var incomplete = send(
                "POST",
                "/api/v1/audits",
                admin(),
                "{\"templateCode\":\"DEALERSHIP_4S\",\"siteTeamId\":" + site.id()
                        + ",\"date\":\"2025-06-10\",\"auditor\":\"A\",\"answers\":[{\"item\":\"F_ACCESS\",\"answer\":1}]}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("answers.R_TIMELY");
    }

    @Test
    void thePagesRenderForAManagerInChinese() throws Exception {
        var site = team();
        send("POST", "/api/v1/audits", admin(), audit(site.id()));
        var username = unique("manager.");
        identity.createUserUnchecked(new dev.touchpoint.server.identity.NewUser(
                username, username, null, PASSWORD, Role.MANAGER, java.util.Set.of(site.id())));
        var browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        var login =
                browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(login.body());
        assertThat(csrf.find()).isTrue();
        var form = "username=" + username + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1);
        var signedIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        var expected = java.util.Map.of(
                "/touchpoints/matrix",
                "触点矩阵",
                "/touchpoints",
                "触点清单",
                "/touchpoints/audits",
                "新建检查",
                "/touchpoints/tasks",
                "到期日",
                "/touchpoints/surveys",
                "问卷调查",
                "/touchpoints/new",
                "控制指标",
                "/touchpoints/audits/new?template=DEALERSHIP_4S&site=" + site.id(),
                "接待及时性");
        for (var e : expected.entrySet()) {
            var page = browser.send(
                    HttpRequest.newBuilder(uri(e.getKey()))
                            .header("Accept-Language", "zh-CN")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(e.getKey()).isEqualTo(200);
            assertThat(page.body()).as(e.getKey()).contains(e.getValue());
        }
    }
}
