package dev.touchpoint.server.crosssell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.sales.SalesTestSupport;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cross-sell screens, driven like a browser: who sees them, both languages, inline rule errors. */
class CrossSellScreensIntegrationTest extends SalesTestSupport {

    @Test
    void managersSeeTheRulesScreensRepsOnlyTheirCallListsAndAWrongRuleIsExplainedInline() throws Exception {
        var crew = crew();
        var manager = login(crew.manager());
        for (var page : new String[] {"/crosssell", "/crosssell/sequences", "/crosssell/needs", "/crosssell/calls"}) {
            var response = browse(manager, page + "?lang=en");
            assertThat(response.statusCode()).as(page).isEqualTo(200);
        }
        assertThat(browse(manager, "/crosssell?lang=en").body())
                .contains("Association rules")
                .contains("id=\"rule-filter\"");
        assertThat(browse(manager, "/crosssell/needs?lang=zh_CN").body())
                .contains("需求规则")
                .contains("规则语言");

        var rep = login(crew.rep());
        assertThat(browse(rep, "/crosssell").statusCode())
                .as("aggregate rules are not for sales reps")
                .isEqualTo(403);
        assertThat(browse(rep, "/crosssell/calls").statusCode()).isEqualTo(200);
        assertThat(browse(rep, "/sales/my-day").body()).contains("/crosssell/my-day-panel");

        var page = browse(manager, "/crosssell/needs?lang=en");
        var csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        var form = "rule=" + enc("when product A then product B after 3 weeks") + "&nameEn=Wax&nameZh=" + enc("打蜡")
                + "&_csrf=" + enc(csrf.group(1));
        var posted = manager.send(
                HttpRequest.newBuilder(uri("/crosssell/needs"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        var again = browse(manager, "/crosssell/needs");
        assertThat(again.body())
                .contains("id=\"violations\"")
                .contains("word 9: expected days, months or km, found &#39;weeks&#39;");
    }

    private HttpClient login(String username) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var page =
                client.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        var login = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password="
                                + enc(PASSWORD) + "&_csrf=" + enc(token.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return client;
    }

    private HttpResponse<String> browse(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
