package dev.touchpoint.server.service.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.service.ServiceWebSupport;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The customer's satisfaction after a complaint through the touchpoint module's survey: solved →
 * invitation (consent and frequency cap respected) → public answer → score on the ticket and in the
 * complaint metrics.
 */
class ComplaintSurveyIntegrationTest extends ServiceWebSupport {

    static final AtomicInteger SEQ = new AtomicInteger();
    final ObjectMapper mapper = new ObjectMapper();

    @Autowired
    CustomerApi customers;

    @Autowired
    IdentityApi identity;

    @Autowired
    TouchpointApi touchpoints;

    @BeforeEach
    void catalogueHasTheComplaintTouchpoint() {
        touchpoints.applyTemplate("DEALERSHIP");
    }

    String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000 + "-" + SEQ.incrementAndGet();
    }

    long customer(long teamId, boolean emailConsent) throws Exception {
        long id = customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        unique("投诉客户"),
                        null,
                        unique("c") + "@example.com",
                        null,
                        null,
                        null,
                        teamId,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .get(0);
        if (emailConsent) {
            var consent = send(
                    "POST",
                    "/api/v1/customers/" + id + "/consents",
                    admin(),
                    "{\"channel\":\"EMAIL\",\"granted\":true,\"method\":\"signed form\"}");
            assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
        }
        return id;
    }

    JsonNode json(HttpResponse<String> response) {
        return mapper.readTree(response.body());
    }

    /** Opens an e-mail complaint, replies and solves it with a root cause; returns the ticket id. */
    long solvedComplaint(long customerId, long teamId) throws Exception {
        var created = send("POST", "/api/v1/service/tickets", admin(), """
                {"customerId":%d,"type":"COMPLAINT","priority":"NORMAL","channel":"EMAIL","teamId":%d,
                 "subject":"Late delivery","description":"Two weeks late"}""".formatted(customerId, teamId));
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        long id = json(created).path("ticket").path("id").asLong();
        var replied = json(send(
                        "POST",
                        "/api/v1/service/tickets/" + id + "/messages",
                        admin(),
                        "{\"party\":\"AGENT\",\"body\":\"Sorry, it ships today.\"}"))
                .path("ticket");
        var solved = send(
                "PUT",
                "/api/v1/service/tickets/" + id,
                admin(),
                "{\"status\":\"SOLVED\",\"priority\":\"NORMAL\",\"teamId\":%d,\"rootCause\":\"DELIVERY\",\"version\":%d}"
                        .formatted(teamId, replied.path("version").asInt()));
        assertThat(solved.statusCode()).as(solved.body()).isEqualTo(200);
        return id;
    }

    JsonNode detail(long id) throws Exception {
        var response = get("/api/v1/service/tickets/" + id, admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** Answers the survey as the customer would: open the public link, submit the form with its CSRF token. */
    void answer(String link, int csat, String comment) throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var page = browser.send(HttpRequest.newBuilder(uri(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        var body = "_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&csat=" + csat + "&comment="
                + URLEncoder.encode(comment, StandardCharsets.UTF_8);
        var posted = browser.send(
                HttpRequest.newBuilder(uri(link))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    }

    @Test
    void solvedComplaintsInviteTheCustomerAndTheAnswerBecomesTheTicketsSatisfactionAndTheMetric() throws Exception {
        long team = identity.createTeamUnchecked(unique("svc-survey-"), Team.Kind.SERVICE_GROUP)
                .id();
        long happy = customer(team, true);
        long unhappy = customer(team, true);
        long silent = customer(team, false);

        long first = solvedComplaint(happy, team);
        var invited = detail(first).path("survey");
        assertThat(invited.path("state").asString()).isEqualTo("INVITED");
        assertThat(invited.path("channel").asString()).isEqualTo("EMAIL");
        var link = invited.path("link").asString();
        assertThat(link).startsWith("/public/surveys/");
        assertThat(detail(first)
                        .path("ticket")
                        .path("complaint")
                        .path("satisfaction")
                        .isNumber())
                .isFalse();

        answer(link, 5, "Fixed quickly, thank you");
        var answered = detail(first);
        assertThat(answered.path("survey").path("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.path("survey").path("comment").asString()).isEqualTo("Fixed quickly, thank you");
        assertThat(answered.path("ticket")
                        .path("complaint")
                        .path("satisfaction")
                        .asInt())
                .isEqualTo(5);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log WHERE entity_type = 'ticket' AND entity_id = :id
                AND summary = 'satisfaction from the after-complaint survey'""")
                        .param("id", Long.toString(first))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        long second = solvedComplaint(unhappy, team);
        answer(detail(second).path("survey").path("link").asString(), 2, "Still waiting for the refund");

        // no consent for any channel: the touchpoint module refuses, the ticket says why
        long third = solvedComplaint(silent, team);
        var refused = detail(third).path("survey");
        assertThat(refused.path("state").asString()).isEqualTo("BLOCKED");
        assertThat(refused.path("detail").asString()).isEqualTo("NO_CONSENT");
        assertThat(refused.path("link").isString()).isFalse();

        // the same customer again within the survey interval (14 days): frequency cap
        long fourth = solvedComplaint(happy, team);
        var capped = detail(fourth).path("survey");
        assertThat(capped.path("state").asString()).isEqualTo("BLOCKED");
        assertThat(capped.path("detail").asString()).isEqualTo("FREQUENCY_CAP");

        // the ticket page shows the score and the survey state
        var session = loginWithForm("admin", ADMIN_PASSWORD);
        var page = browse(session, "/service/tickets/" + first);
        assertThat(page.body()).contains("id=\"complaint-survey\"").contains("Fixed quickly, thank you");

        // four complaints in the team, two scored: 5 (satisfied) and 2 → 1 / 2 = 50 %, average 3.5
        var metrics = json(get("/api/v1/service/metrics?team=" + team, admin())).path("complaintSatisfaction");
        assertThat(metrics.path("complaints").asLong()).isEqualTo(4);
        assertThat(metrics.path("solved").asLong()).isEqualTo(4);
        assertThat(metrics.path("scored").asLong()).isEqualTo(2);
        assertThat(metrics.path("satisfied").asLong()).isEqualTo(1);
        assertThat(metrics.path("satisfiedShare").asDouble()).isEqualTo(0.5);
        assertThat(metrics.path("averageScore").asDouble()).isEqualTo(3.5);
        assertThat(metrics.path("mckinseyReturnWhenSolved").asDouble()).isEqualTo(0.54);
        assertThat(metrics.path("mckinseyReturnWhenSolvedFast").asDouble()).isEqualTo(0.82);
        var metricsPage = browse(session, "/service/metrics");
        assertThat(metricsPage.body()).contains("id=\"complaint-satisfaction\"").contains("82%");
    }
}
