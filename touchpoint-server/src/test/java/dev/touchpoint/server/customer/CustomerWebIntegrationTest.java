package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The customer screens, driven like a browser: form login, session cookie, CSRF token. */
class CustomerWebIntegrationTest extends CustomerTestSupport {

    private String csrf(HttpClient client) throws Exception {
        var page = browse(client, "/customers/new");
        var m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf(client))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void searchByChineseNameAndOpenThe360Page() throws Exception {
        var m = unique("web");
        var id = createCustomer(
                        admin(),
                        "{\"kind\":\"ORGANISATION\",\"name\":\"远大汽车" + m + "\",\"tier\":\"KEY\","
                                + "\"tags\":[\"车队\"]}")
                .get("id")
                .asLong();
        send("POST", "/api/v1/customers/" + id + "/notes", admin(), "{\"body\":\"<script>alert(1)</script>\"}");
        var browser = loginWithForm("admin", ADMIN_PASSWORD);

        var list = browse(browser, "/customers?q=" + enc("远大汽车" + m));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("id=\"customer-search\"")
                .contains("class=\"customer-link\"")
                .contains("/customers/" + id + "\"");
        var partial = browser.send(
                HttpRequest.newBuilder(uri("/customers?q=" + enc("远大汽车" + m)))
                        .header("HX-Request", "true")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(partial.body()).contains("customer-link").doesNotContain("<nav class=\"navbar");

        var page = browse(browser, "/customers/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"customer-360\"")
                .contains("id=\"customer-name\">远大汽车" + m)
                .contains("车队")
                .contains("id=\"timeline\"")
                .contains("id=\"consents\"")
                .contains("id=\"contacts\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        var timeline = browse(browser, "/customers/" + id + "/timeline");
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.body()).contains("timeline-entry");

        var chinese = browse(browser, "/customers/" + id + "?lang=zh-CN");
        assertThat(chinese.body()).contains("联系授权").contains("时间线");
    }

    @Test
    void formShowsEveryInvalidFieldNextToIt() throws Exception {
        var browser = loginWithForm("admin", ADMIN_PASSWORD);
        var response = post(browser, "/customers", "kind=PERSON&name=&phone=abc&email=nope&birthday=1990-13-45");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"name-error\"")
                .contains("id=\"phone-error\"")
                .contains("id=\"email-error\"")
                .contains("id=\"birthday-error\"");

        var m = unique("form");
        var created = post(browser, "/customers", "kind=PERSON&name=" + enc("周杰" + m) + "&tags=" + enc("a, b"));
        assertThat(created.statusCode()).isEqualTo(302);
        var location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/customers/\\d+");
        assertThat(browse(browser, location.replaceFirst("^https?://[^/]+", "")).body())
                .contains("周杰" + m);
    }

    @Test
    void importPageChecksThenApplies() throws Exception {
        var browser = loginWithForm("admin", ADMIN_PASSWORD);
        assertThat(browse(browser, "/customers/import").statusCode()).isEqualTo(200);
        var m = unique("webimp");
        var csv = ("姓名,电话,生日\n好人" + m + "," + mobile() + ",2000-01-01\n坏人" + m + "," + mobile() + ",2000-02-31\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var boundary = "----tpweb";
        var body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + new String(csv, java.nio.charset.StandardCharsets.UTF_8)
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var dryRun = browser.send(
                HttpRequest.newBuilder(uri("/customers/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-CSRF-TOKEN", csrf(browser))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(dryRun.body())
                .contains("id=\"import-problems\"")
                .contains("生日")
                .contains("2000-02-31");
        var allOrNothing = post(browser, "/customers/import/apply", "mode=ALL_OR_NOTHING");
        assertThat(allOrNothing.body()).contains("id=\"import-not-applied\"");
        var validOnly = post(browser, "/customers/import/apply", "mode=VALID_ONLY");
        assertThat(validOnly.body()).contains("id=\"import-applied\"");
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE name LIKE :m")
                        .param("m", "%" + m)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(browse(browser, "/customers/tiers").statusCode()).isEqualTo(200);
        var sales = unique("tierweb");
        createUser(sales, "SALES");
        assertThat(browse(loginWithForm(sales, PASSWORD), "/customers/tiers").statusCode())
                .isEqualTo(403);
    }
}
