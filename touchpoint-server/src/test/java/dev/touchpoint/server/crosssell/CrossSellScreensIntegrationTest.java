package dev.touchpoint.server.crosssell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.sales.SalesTestSupport;
import dev.touchpoint.server.touchpoint.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cross-sell screens, driven like a browser: who sees them, both languages, inline rule errors. */
class CrossSellScreensIntegrationTest extends SalesTestSupport {

    @Test
    void managersSeeTheRulesScreensRepsOnlyTheirCallListsAndAWrongRuleIsExplainedInline() throws Exception {
        var crew = crew();
        var manager = WebSession.login(this::uri, crew.manager(), PASSWORD);
        for (var page : new String[] {"/crosssell", "/crosssell/sequences", "/crosssell/needs", "/crosssell/calls"}) {
            assertThat(manager.get(page, "en").statusCode()).as(page).isEqualTo(200);
        }
        assertThat(manager.get("/crosssell", "en").body())
                .contains("Association rules")
                .contains("id=\"rule-filter\"");
        assertThat(manager.get("/crosssell/needs", "zh-CN").body())
                .contains("需求规则")
                .contains("规则语言");

        var rep = WebSession.login(this::uri, crew.rep(), PASSWORD);
        assertThat(rep.get("/crosssell", "en").statusCode())
                .as("aggregate rules are not for sales reps")
                .isEqualTo(403);
        assertThat(rep.get("/crosssell/calls", "en").statusCode()).isEqualTo(200);
        assertThat(rep.get("/sales/my-day", "en").body()).contains("/crosssell/my-day-panel");

        manager.get("/crosssell/needs", "en");
        var posted = manager.post(
                "/crosssell/needs",
                Map.of("rule", "when product A then product B after 3 weeks", "nameEn", "Wax", "nameZh", "打蜡"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(manager.get("/crosssell/needs", "en").body())
                .contains("id=\"violations\"")
                .contains("word 9: expected days, months or km, found &#39;weeks&#39;");

        // proactive service: managers run it from the need rules screen and see what it did, in both languages
        var ran = manager.post("/crosssell/needs/proactive", Map.of());
        assertThat(ran.statusCode()).isEqualTo(302);
        assertThat(manager.get("/crosssell/needs", "en").body())
                .contains("Proactive service")
                .contains("id=\"proactive-done\"")
                .contains("id=\"proactive-last\"")
                .contains("service needs due");
        assertThat(manager.get("/crosssell/needs", "zh-CN").body())
                .contains("超前服务")
                .contains("近 30 天");
        assertThat(rep.get("/crosssell/needs", "en").body())
                .contains("Proactive service")
                .doesNotContain("id=\"run-proactive\"");
        assertThat(rep.post("/crosssell/needs/proactive", Map.of()).statusCode())
                .as("sales reps do not run proactive service")
                .isEqualTo(403);
    }
}
