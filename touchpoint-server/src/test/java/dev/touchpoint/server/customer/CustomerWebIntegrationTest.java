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
        var csv = "姓名,电话,生日\n好人" + m + "," + mobile() + ",2000-01-01\n坏人" + m + "," + mobile() + ",2000-02-31\n";
        var dryRun = uploadCustomers(browser, csv, null);
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

    @Test
    void everyImportOffersAnEmptyTemplateInTheReadersLanguageThatImportsBack() throws Exception {
        var browser = loginWithForm("admin", ADMIN_PASSWORD);
        for (var base : new String[] {
            "/customers/import",
            "/products/import",
            "/orders/import",
            "/sales/leads/import",
            "/service/tickets/import",
            "/touchpoints/import"
        }) {
            assertThat(browse(browser, base).body()).as(base).contains("id=\"import-template-csv\"");
            var xlsx = browser.send(
                    HttpRequest.newBuilder(uri(base + "/template?format=xlsx")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.statusCode()).as(base).isEqualTo(200);
            assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("an XLSX file is a zip")
                    .isEqualTo("PK");
            assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("attachment")
                    .contains("-template.xlsx");
        }
        assertThat(browse(browser, "/customers").body())
                .as("the Import menu lists every import")
                .contains("/sales/leads/import")
                .contains("/service/tickets/import")
                .contains("/touchpoints/import");
        var english = template(browser, "en");
        assertThat(english).contains("name", "phone");
        var chinese = template(browser, "zh-CN");
        assertThat(chinese).contains("姓名", "电话");
        assertThat(chinese).hasSameSizeAs(english);

        // filled in, the Chinese template imports as it is
        var m = unique("tmpl");
        var phone = mobile();
        var row = new java.util.ArrayList<String>();
        for (var header : chinese) {
            row.add(header.equals("姓名") ? "模板" + m : header.equals("电话") ? phone : "");
        }
        var csv = String.join(",", chinese) + "\n" + String.join(",", row) + "\n";
        var applied = uploadCustomers(browser, csv, "apply");
        assertThat(applied.body()).contains("id=\"import-applied\"");
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE name = :n")
                        .param("n", "模板" + m)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** Posts a CSV to the customer import screen as its form does, with {@code action} when not null. */
    private HttpResponse<String> uploadCustomers(java.net.http.HttpClient browser, String csv, String action)
            throws Exception {
        var boundary = "----tpweb";
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n";
        if (action != null) {
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\n" + action + "\r\n";
        }
        body += "--" + boundary + "--\r\n";
        return browser.send(
                HttpRequest.newBuilder(uri("/customers/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-CSRF-TOKEN", csrf(browser))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private java.util.List<String> template(java.net.http.HttpClient browser, String language) throws Exception {
        var csv = browser.send(
                HttpRequest.newBuilder(uri("/customers/import/template?format=csv"))
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        var text = csv.body().startsWith("\uFEFF") ? csv.body().substring(1) : csv.body();
        assertThat(text.lines().count()).as("only the header row").isEqualTo(1);
        return java.util.List.of(text.strip().split(","));
    }
}
