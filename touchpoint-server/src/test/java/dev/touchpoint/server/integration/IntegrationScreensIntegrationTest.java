package dev.touchpoint.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.customer.CustomerTestSupport;
import dev.touchpoint.server.integration.Receiver.Answer;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Administration → Webhooks and robots as an administrator uses it, in both languages: subscribe a URL
 * from the form (the secret shown once), inline errors naming the field, the delivery log, resend,
 * pause; other roles are refused.
 */
class IntegrationScreensIntegrationTest extends CustomerTestSupport {

    @Test
    void anAdministratorSubscribesFromTheFormSeesTheDeliveryAndResendsIt() throws Exception {
        var browser = loginWithForm("admin", ADMIN_PASSWORD);
        try (var receiver = new Receiver().then(Answer.status(400)).otherwise(Answer.status(200))) {
            var zh = browse(browser, "/admin/integrations?lang=zh-CN");
            assertThat(zh.statusCode()).isEqualTo(200);
            assertThat(zh.body()).contains("Webhook 与机器人", "新建订阅", "企业微信群机器人", "订单阶段变更", "免打扰时段");

            // a broken form comes back with each mistake next to the field's name, in the reader's language
            var broken = postForm(browser, "/admin/integrations", "name=&kind=WEBHOOK&url=ftp%3A%2F%2Fx");
            assertThat(broken.statusCode()).isEqualTo(200);
            assertThat(broken.body()).contains("地址必须以 https:// 开头", "请至少选择一个事件", "请填写订阅名称");

            var en = browse(browser, "/admin/integrations?lang=en");
            assertThat(en.body()).contains("Webhooks and robots", "New subscription", "Order stage changed");
            var created = postForm(
                    browser,
                    "/admin/integrations",
                    "name=DMS+feed&kind=WEBHOOK&url=" + enc(receiver.url("/dms")) + "&eventTypes=customer.created"
                            + "&eventTypes=order.stage_changed&locale=en");
            assertThat(created.statusCode()).isEqualTo(302);
            var location = created.headers().firstValue("Location").orElseThrow();
            var page = browse(browser, location.replace("http://localhost:" + port, ""));
            var secret = Pattern.compile("id=\"secret\">(whsec_[^<]+)<").matcher(page.body());
            assertThat(secret.find()).as("the secret is shown once").isTrue();
            assertThat(browse(browser, location.replace("http://localhost:" + port, ""))
                            .body())
                    .doesNotContain(secret.group(1));

            long customer = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"林晓\"}")
                    .get("id")
                    .asLong();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String log;
            do {
                Thread.sleep(100);
                log = browse(browser, location.replace("http://localhost:" + port, ""))
                        .body();
            } while (!log.contains("Gave up") && System.nanoTime() < deadline);
            assertThat(log).contains("Customer created", "Gave up", "HTTP 400", "Resend");
            var resend = Pattern.compile("action=\"(/admin/integrations/\\d+/deliveries/\\d+/resend)\"")
                    .matcher(log);
            assertThat(resend.find()).isTrue();
            assertThat(postForm(browser, resend.group(1), "").statusCode()).isEqualTo(302);
            receiver.awaitAcknowledged(r -> r.body().contains("\"customerId\":" + customer), 1, Duration.ofSeconds(20));

            var id = location.replaceAll(".*/", "");
            assertThat(postForm(browser, "/admin/integrations/" + id + "/pause", "")
                            .statusCode())
                    .isEqualTo(302);
            assertThat(browse(browser, "/admin/integrations/" + id).body()).contains("Paused", "Resume");
        }
        var rep = unique("screens-rep");
        createUser(rep, "SALES");
        assertThat(browse(loginWithForm(rep, PASSWORD), "/admin/integrations").statusCode())
                .isEqualTo(403);
    }

    @AfterEach
    void unsubscribeAll() throws Exception {
        for (var s : read(get("/api/v1/webhooks", admin()).body())) {
            send("DELETE", "/api/v1/webhooks/" + s.get("id").asLong(), admin(), null);
        }
    }

    private HttpResponse<String> postForm(HttpClient browser, String path, String form) throws Exception {
        var page = browse(browser, "/admin/integrations");
        var token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form + (form.isEmpty() ? "" : "&") + "_csrf=" + enc(token.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
