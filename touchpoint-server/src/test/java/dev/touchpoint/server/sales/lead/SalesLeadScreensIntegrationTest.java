package dev.touchpoint.server.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.sales.SalesTestSupport;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The import page, the list's export buttons and the web-form settings, driven like a browser. */
class SalesLeadScreensIntegrationTest extends SalesTestSupport {

    private HttpClient login(String username) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var page =
                client.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf(page.body()));
        var login = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private static String csrf(String page) {
        var m = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"")
                .matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> page(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theImportPageChecksAnUploadAndAppliesOnlyTheValidRows() throws Exception {
        var crew = crew();
        var browser = login(crew.rep());
        var list = page(browser, "/sales/leads?intentClass=A");
        assertThat(list.statusCode()).isEqualTo(200);
        // the export buttons carry the list's filters
        assertThat(list.body())
                .contains("id=\"lead-import\"")
                .containsPattern("href=\"/sales/leads/export\\?format=csv[^\"]*intentClass=A")
                .containsPattern("href=\"/sales/leads/export\\?format=xlsx[^\"]*intentClass=A");

        var importPage = page(browser, "/sales/leads/import");
        assertThat(importPage.statusCode()).isEqualTo(200);
        assertThat(importPage.body()).contains("intentClass").contains("意向等级");

        var good = mobile();
        var content = ("姓名,电话,意向等级\n好线索," + good + ",B\n坏线索," + mobile() + ",Z\n").getBytes(StandardCharsets.UTF_8);
        var boundary = "----tp" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + csrf(importPage.body()) + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var checked = browser.send(
                HttpRequest.newBuilder(uri("/sales/leads/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body())
                .contains("id=\"import-problems\"")
                .contains("意向等级")
                .contains("id=\"import-apply\"");
        assertThat(leadsWithPhone(good)).isEmpty();

        var applied = browser.send(
                HttpRequest.newBuilder(uri("/sales/leads/import/apply"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("mode=VALID_ONLY&_csrf=" + enc(csrf(checked.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("id=\"import-applied\"");
        assertThat(leadsWithPhone(good))
                .singleElement()
                .satisfies(l -> assertThat(l.get("intent_class")).isEqualTo("B"));

        var export = browser.send(
                HttpRequest.newBuilder(uri("/sales/leads/export?format=csv&q=" + good))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("好线索");
    }

    @Test
    void managersCreateAndRotateTheWebFormInSettingsRepsDoNotSeeIt() throws Exception {
        var crew = crew();
        var rep = login(crew.rep());
        assertThat(page(rep, "/sales/settings?team=" + crew.team()).body()).doesNotContain("id=\"web-form-settings\"");

        var manager = login(crew.manager());
        var settings = page(manager, "/sales/settings?team=" + crew.team() + "&lang=zh-CN");
        assertThat(settings.body()).contains("id=\"web-form-settings\"").contains("创建表单");
        var created = manager.send(
                HttpRequest.newBuilder(uri("/sales/settings/web-form"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("team=" + crew.team() + "&defaultOwnerId="
                                + crew.repId() + "&_csrf=" + enc(csrf(settings.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(302);
        var withForm = page(manager, "/sales/settings?team=" + crew.team());
        var link = Pattern.compile("id=\"web-form-url\"[^>]*value=\"[^\"]*(/public/leads/[A-Za-z0-9_-]+)\"")
                .matcher(withForm.body());
        assertThat(link.find()).as(withForm.body()).isTrue();
        assertThat(page(HttpClient.newHttpClient(), link.group(1)).statusCode()).isEqualTo(200);

        manager.send(
                HttpRequest.newBuilder(uri("/sales/settings/web-form/rotate"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "team=" + crew.team() + "&_csrf=" + enc(csrf(withForm.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page(HttpClient.newHttpClient(), link.group(1)).statusCode()).isEqualTo(404);
        var audit = jdbc.sql(
                        "SELECT summary FROM audit_log WHERE entity_type = 'sales_web_form' AND entity_id = :t ORDER BY id")
                .param("t", Long.toString(crew.team()))
                .query(String.class)
                .list();
        assertThat(audit).containsExactly("web form created", "web form link rotated");
    }
}
