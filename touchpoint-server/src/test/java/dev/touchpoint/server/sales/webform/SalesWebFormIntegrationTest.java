package dev.touchpoint.server.sales.webform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.sales.SalesTestSupport;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public lead form of a team: no login, CSRF, inline validation, honeypot, daily limit, tokens. */
class SalesWebFormIntegrationTest extends SalesTestSupport {

    @Autowired
    CustomerApi customers;

    /** A visitor's browser: no login, but a session cookie (which carries the CSRF token). */
    private static HttpClient visitor() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> open(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        var m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> fields) throws Exception {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the form and submits it with the page's CSRF token. */
    private HttpResponse<String> submit(String path, Map<String, String> fields) throws Exception {
        var browser = visitor();
        var page = open(browser, path);
        assertThat(page.statusCode()).isEqualTo(200);
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(page.body()));
        return post(browser, path, all);
    }

    private String createForm(Crew crew, Long defaultOwner) throws Exception {
        var form = ok(
                send(
                        "PUT",
                        "/api/v1/sales/web-forms/" + crew.team(),
                        as(crew.manager()),
                        "{\"defaultOwnerId\":" + defaultOwner + "}"),
                200);
        assertThat(form.get("token").asString()).hasSizeGreaterThanOrEqualTo(32);
        return form.get("path").asString();
    }

    @Test
    void aVisitorWithoutLoginCreatesAnUngradedWebFormLeadOfTheTeamWithConsent() throws Exception {
        var crew = crew();
        var path = createForm(crew, null);
        var phone = mobile();
        var response = submit(
                path,
                Map.of(
                        "name",
                        "陈静",
                        "phone",
                        phone,
                        "email",
                        "chen@example.com",
                        "productInterest",
                        "星途 L",
                        "message",
                        "想了解车队方案",
                        "phoneConsent",
                        "true"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"web-thanks\"");

        var lead = leadsWithPhone(phone);
        assertThat(lead).singleElement().satisfies(l -> {
            assertThat(l.get("name")).isEqualTo("陈静");
            assertThat(l.get("source")).isEqualTo("WEB_FORM");
            assertThat(l.get("intent_class")).isNull();
            assertThat(l.get("owner_id")).as("unassigned: the team's lead").isNull();
            assertThat(((Number) l.get("team_id")).longValue()).isEqualTo(crew.team());
            assertThat(l.get("notes")).isEqualTo("想了解车队方案");
            assertThat(l.get("phone_consent")).isEqualTo(true);
            assertThat(l.get("phone_consent_at")).isNotNull();
        });
        long id = ((Number) lead.get(0).get("id")).longValue();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE entity_type = 'sales_lead' AND entity_id = :id AND action = 'CREATE'")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the team sees it; the rep who makes the first contact takes it and gets the plan
        assertThat(ok(get("/api/v1/sales/leads/" + id, as(crew.rep())), 200)
                        .get("phoneConsent")
                        .asBoolean())
                .isTrue();
        var graded = ok(
                send(
                        "POST",
                        "/api/v1/sales/leads/" + id + "/contact",
                        as(crew.rep()),
                        "{\"intentClass\":\"B\",\"need\":true}"),
                200);
        assertThat(graded.get("ownerId").asLong()).isEqualTo(crew.repId());
        assertThat(ok(get("/api/v1/sales/leads/" + id + "/tasks", as(crew.rep())), 200))
                .hasSize(1);

        // converting carries the phone consent to the customer
        var converted = ok(send("POST", "/api/v1/sales/leads/" + id + "/convert", as(crew.rep()), "{}"), 200);
        assertThat(customers.hasConsent(converted.get("customerId").asLong(), "PHONE"))
                .isTrue();
    }

    @Test
    void theDefaultRepOwnsTheLeadsAndWithoutConsentNoneIsRecorded() throws Exception {
        var crew = crew();
        var path = createForm(crew, crew.repId());
        var phone = mobile();
        assertThat(submit(path, Map.of("name", "Ma Li", "phone", phone)).statusCode())
                .isEqualTo(200);
        assertThat(leadsWithPhone(phone)).singleElement().satisfies(l -> {
            assertThat(((Number) l.get("owner_id")).longValue()).isEqualTo(crew.repId());
            assertThat(l.get("phone_consent")).isEqualTo(false);
        });
    }

    @Test
    void aMissingPhoneIsShownNextToTheFieldAndNothingIsStored() throws Exception {
        var crew = crew();
        var path = createForm(crew, null);
        var name = "NoPhone-" + mobile();
        var response = submit(path, Map.of("name", name, "email", "not-an-email"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("id=\"phone-error\"")
                .contains("Please enter a phone number")
                .contains("id=\"email-error\"")
                .contains("value=\"" + name + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM sales_lead WHERE name = :n")
                        .param("n", name)
                        .query(Long.class)
                        .single())
                .isZero();

        // the same page in Chinese
        var zh = visitor();
        var page = open(zh, path + "?lang=zh-CN");
        assertThat(page.body()).contains("手机号码");
        var again = post(zh, path, Map.of("name", name, "_csrf", csrf(page.body())));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("请填写电话号码");
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        var crew = crew();
        var path = createForm(crew, null);
        var phone = mobile();
        var browser = visitor();
        open(browser, path);
        var response = post(browser, path, Map.of("name", "No Token", "phone", phone));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(leadsWithPhone(phone)).isEmpty();
    }

    @Test
    void theHoneypotIsThankedButNotStored() throws Exception {
        var crew = crew();
        var path = createForm(crew, null);
        var phone = mobile();
        var response = submit(path, Map.of("name", "Bot", "phone", phone, "website", "http://spam.example"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"web-thanks\"");
        assertThat(leadsWithPhone(phone)).isEmpty();
    }

    @Test
    void aPhoneIsAcceptedAtMostThreeTimesADay() throws Exception {
        var crew = crew();
        var path = createForm(crew, null);
        var phone = mobile();
        for (int i = 1; i <= 3; i++) {
            assertThat(submit(path, Map.of("name", "Try " + i, "phone", phone)).statusCode())
                    .isEqualTo(200);
        }
        // the same number written differently still counts
        var fourth = submit(path, Map.of("name", "Try 4", "phone", "+86 " + phone));
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("id=\"web-limited\"");
        assertThat(jdbc.sql("SELECT count(*) FROM sales_lead WHERE phone_norm = :p")
                        .param("p", phone)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void unknownAndRotatedTokensAnswer404AndOnlyManagersManageTheForm() throws Exception {
        var crew = crew();
        assertThat(open(visitor(), "/public/leads/no-such-token-at-all").statusCode())
                .isEqualTo(404);

        var oldPath = createForm(crew, null);
        assertThat(send("POST", "/api/v1/sales/web-forms/" + crew.team() + "/rotate", as(crew.rep()), null)
                        .statusCode())
                .isEqualTo(403);
        var rotated =
                ok(send("POST", "/api/v1/sales/web-forms/" + crew.team() + "/rotate", as(crew.manager()), null), 200);
        var newPath = rotated.get("path").asString();
        assertThat(newPath).isNotEqualTo(oldPath);
        var stale = open(visitor(), oldPath);
        assertThat(stale.statusCode()).isEqualTo(404);
        assertThat(stale.body()).contains("id=\"web-unknown\"");
        assertThat(open(visitor(), newPath).statusCode()).isEqualTo(200);

        // a POST to the retired link with a valid session token is refused too
        var browser = visitor();
        var page = open(browser, newPath);
        var phone = mobile();
        assertThat(post(browser, oldPath, Map.of("name", "Late", "phone", phone, "_csrf", csrf(page.body())))
                        .statusCode())
                .isEqualTo(404);
        assertThat(leadsWithPhone(phone)).isEmpty();

        var other = crew();
        assertThat(send("PUT", "/api/v1/sales/web-forms/" + crew.team(), as(other.manager()), "{}")
                        .statusCode())
                .as("a manager of another team")
                .isEqualTo(403);
        assertThat(send(
                                "PUT",
                                "/api/v1/sales/web-forms/" + crew.team(),
                                as(crew.manager()),
                                "{\"defaultOwnerId\":" + other.repId() + "}")
                        .statusCode())
                .as("not a member")
                .isEqualTo(400);
    }
}
