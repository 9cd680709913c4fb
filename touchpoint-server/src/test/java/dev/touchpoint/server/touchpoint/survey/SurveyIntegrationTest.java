package dev.touchpoint.server.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.touchpoint.InvitationResult;
import dev.touchpoint.server.touchpoint.TouchpointTestSupport;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueRepository;
import dev.touchpoint.server.touchpoint.event.EventService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class SurveyIntegrationTest extends TouchpointTestSupport {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyRepository repository;

    @Autowired
    CatalogueRepository catalogue;

    @Autowired
    EventService events;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void demoSurveys() {
        surveys.ensureDemoSurveys();
    }

    private long consentingCustomer(String channel) throws Exception {
        long id = customer(team());
        var r = send(
                "POST",
                "/api/v1/customers/" + id + "/consents",
                admin(),
                "{\"channel\":\"" + channel + "\",\"granted\":true,\"method\":\"到店登记\"}");
        assertThat(r.statusCode()).isBetween(200, 201);
        return id;
    }

    private tools.jackson.databind.JsonNode invite(long customer, String channel) throws Exception {
        var r = send(
                "POST",
                "/api/v1/surveys/DELIVERY_EXPERIENCE/invitations",
                admin(),
                "{\"customerIds\":[" + customer + "],\"channel\":\"" + channel + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        return body(r);
    }

    /** The same service with its clock moved, as if the call happened at {@code at}. */
    private SurveyService at(Instant at) {
        return new SurveyService(
                repository,
                catalogue,
                events,
                customers,
                audit,
                json,
                Clock.fixed(at, ZoneOffset.UTC),
                Duration.ofDays(14));
    }

    @Test
    void invitationsNeedConsentForTheChannelAndRespectTheFrequencyCap() throws Exception {
        long smsOnly = consentingCustomer("SMS");

        var byEmail = invite(smsOnly, "EMAIL");
        assertThat(byEmail.get("sent").size()).isZero();
        assertThat(byEmail.get("blocked").get(0).get("reason").asString()).isEqualTo("NO_CONSENT");

        assertThat(invite(smsOnly, "SMS").get("sent").size()).isEqualTo(1);
        var again = invite(smsOnly, "SMS");
        assertThat(again.get("blocked").get(0).get("reason").asString()).isEqualTo("FREQUENCY_CAP");

        asAdmin();
        var fifteenDaysLater =
                at(Instant.now().plus(Duration.ofDays(15))).invite("DELIVERY_EXPERIENCE", List.of(smsOnly), "SMS");
        assertThat(fifteenDaysLater.sent()).hasSize(1);
        var thirteenDaysLater =
                at(Instant.now().plus(Duration.ofDays(13))).invite("DELIVERY_EXPERIENCE", List.of(smsOnly), "SMS");
        assertThat(thirteenDaysLater.blocked())
                .extracting(InvitationResult.Blocked::reason)
                .containsExactly("FREQUENCY_CAP");
    }

    @Test
    void aLinkAnswersOnceAndItsAnswersBecomeEventsOfTheCustomer() throws Exception {
        long customer = consentingCustomer("WECHAT");
        var link = invite(customer, "WECHAT").get("sent").get(0).get("link").asString();
        var path = link.substring(link.indexOf("/public/"));

        var answers = Map.of(
                "paperwork",
                "2",
                "handover",
                "6",
                "nps",
                "9",
                "overall_expectation",
                "4",
                "overall_perception",
                "5",
                "comment",
                "<b>great</b>");
        asAdmin();
        var token = path.substring("/public/surveys/".length());
        assertThat(surveys.answer(token, answers)).isEqualTo(SurveyService.LinkState.OPEN);
        assertThat(surveys.answer(token, answers)).isEqualTo(SurveyService.LinkState.ANSWERED);

        var emotions = jdbc.sql("""
                SELECT t.code || '=' || e.emotion FROM touchpoint_event e JOIN touchpoint t ON t.id = e.touchpoint_id
                WHERE e.customer_id = ? AND e.emotion IS NOT NULL ORDER BY t.code""").param(customer).query(String.class).list();
        assertThat(emotions).containsExactly("CONTRACT=5", "DELIVERY_PAPERWORK=2", "HANDOVER_CEREMONY=6");
        assertThat(count("SELECT count(*) FROM survey_response WHERE customer_id = ?", customer))
                .isEqualTo(1);

        var page = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("survey-answered");
    }

    @Test
    void anExpiredLinkIsClosed() throws Exception {
        long customer = consentingCustomer("SMS");
        asAdmin();
        var old = at(Instant.now().minus(Duration.ofDays(30))).invite("DELIVERY_EXPERIENCE", List.of(customer), "SMS");
        var path = old.sent().get(0).link();

        var page = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("survey-expired").doesNotContain("survey-form");
        var token = path.substring("/public/surveys/".length());
        assertThat(surveys.answer(token, Map.of("paperwork", "3", "handover", "3", "nps", "5")))
                .isEqualTo(SurveyService.LinkState.EXPIRED);
        assertThat(count("SELECT count(*) FROM survey_response WHERE customer_id = ?", customer))
                .isZero();
    }

    @Test
    void unknownTokensShowNothing() throws Exception {
        var page = http.send(
                HttpRequest.newBuilder(uri("/public/surveys/" + SurveyService.newToken()))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("survey-unknown");
        assertThat(page.body())
                .as("a public link opened without Accept-Language is in the business's language")
                .contains("lang=\"zh-CN\"");
        var english = http.send(
                HttpRequest.newBuilder(uri("/public/surveys/" + SurveyService.newToken()))
                        .header("Accept-Language", "en-GB,en;q=0.9")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("lang=\"en\"");
    }

    private void asAdmin() {
        SecurityContextHolder.getContext()
                .setAuthentication(identity.runAs(
                        "admin", () -> SecurityContextHolder.getContext().getAuthentication()));
    }

    @org.junit.jupiter.api.AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }
}
