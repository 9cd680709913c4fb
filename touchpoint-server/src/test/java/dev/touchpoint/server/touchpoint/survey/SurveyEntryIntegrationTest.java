package dev.touchpoint.server.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.TouchpointTestSupport;
import dev.touchpoint.server.touchpoint.WebSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff enter a customer's survey answers in the UI; they become events exactly like public answers. */
class SurveyEntryIntegrationTest extends TouchpointTestSupport {

    @Autowired
    SurveyService surveys;

    @BeforeEach
    void demoSurveys() {
        surveys.ensureDemoSurveys();
    }

    private String salesUser(Team team) {
        var name = unique("sales.entry.");
        identity.createUserUnchecked(new NewUser(name, name, null, PASSWORD, Role.SALES, Set.of(team.id())));
        return name;
    }

    /** Every question type of the delivery survey answered. */
    private static Map<String, String> fullAnswers(long customer) {
        var form = new HashMap<String, String>();
        form.put("customer", Long.toString(customer));
        form.put("paperwork", "2"); // EMOTION at DELIVERY_PAPERWORK
        form.put("handover", "6"); // EMOTION at HANDOVER_CEREMONY
        form.put("overall_expectation", "4"); // EXPECTATION_PERCEPTION at CONTRACT
        form.put("overall_perception", "5");
        form.put("nps", "9"); // NPS at the survey's touchpoint, HANDOVER_CEREMONY
        form.put("csat", "4"); // CSAT at HANDOVER_CEREMONY
        form.put("effort", "3"); // CES at DELIVERY_PAPERWORK
        form.put("best", "HANDOVER"); // CHOICE
        form.put("comment", "交车等太久"); // TEXT
        return form;
    }

    @Test
    void answersEnteredOnThePageBecomeEventsOfTheCustomerWithTheirScores() throws Exception {
        var team = team();
        long customer = customer(team);
        var username = salesUser(team);
        var web = WebSession.login(this::uri, username, PASSWORD);

        var panel = web.get("/customers/" + customer + "/touchpoints/panel", "en");
        assertThat(panel.body()).contains("survey-entry-pick").contains("DELIVERY_EXPERIENCE");
        var page = web.get("/touchpoints/surveys/answers?survey=DELIVERY_EXPERIENCE&customer=" + customer, "zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("录入答卷").contains("entry-form").contains("overall_expectation-4");

        var saved = web.post("/touchpoints/surveys/DELIVERY_EXPERIENCE/answers", fullAnswers(customer));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(web.get(saved.headers().firstValue("Location").orElseThrow(), "en")
                        .body())
                .contains("entry-saved");
        var events = jdbc.sql("""
                SELECT t.code || ' ' || coalesce(CAST(e.emotion AS text), '-') || ' ' || CAST(e.value AS text)
                       || ' ' || (e.attributes ->> 'type')
                FROM touchpoint_event e JOIN touchpoint t ON t.id = e.touchpoint_id
                WHERE e.customer_id = ? AND e.channel = 'SURVEY' ORDER BY 1""").param(customer).query(String.class).list();
        assertThat(events)
                .containsExactly(
                        "CONTRACT 5 1.00 EXPECTATION_PERCEPTION",
                        "DELIVERY_PAPERWORK - 3.00 CES",
                        "DELIVERY_PAPERWORK 2 2.00 EMOTION",
                        "HANDOVER_CEREMONY - 4.00 CSAT",
                        "HANDOVER_CEREMONY - 9.00 NPS",
                        "HANDOVER_CEREMONY 6 6.00 EMOTION");
        assertThat(jdbc.sql("SELECT entered_by FROM survey_response WHERE customer_id = ?")
                        .param(customer)
                        .query(String.class)
                        .single())
                .isEqualTo(username);
        assertThat(jdbc.sql("SELECT answers ->> 'best' FROM survey_response WHERE customer_id = ?")
                        .param(customer)
                        .query(String.class)
                        .single())
                .isEqualTo("HANDOVER");
        assertThat(count(
                        "SELECT count(*) FROM touchpoint_event WHERE customer_id = ? AND recorded_by = ?",
                        customer,
                        username))
                .isEqualTo(6);
    }

    @Test
    void problemsAreShownNextToTheQuestionsAndNothingIsStored() throws Exception {
        var team = team();
        long customer = customer(team);
        var web = WebSession.login(this::uri, salesUser(team), PASSWORD);
        web.get("/touchpoints/surveys/answers?survey=DELIVERY_EXPERIENCE&customer=" + customer, "en");
        var form = fullAnswers(customer);
        form.put("nps", "11");
        form.remove("handover");
        form.remove("overall_perception");

        var page = web.post("/touchpoints/surveys/DELIVERY_EXPERIENCE/answers", form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("id=\"error-nps\"")
                .contains("Answer from 0 to 10.")
                .contains("id=\"error-handover\"")
                .contains("Please answer this question.")
                .contains("id=\"error-overall\"")
                .doesNotContain("id=\"error-paperwork\"");
        // typed answers come back checked
        assertThat(page.body()).containsPattern("id=\"paperwork-2\"[^>]*checked");
        assertThat(count("SELECT count(*) FROM survey_response WHERE customer_id = ?", customer))
                .isZero();
        assertThat(count("SELECT count(*) FROM touchpoint_event WHERE customer_id = ?", customer))
                .isZero();
    }

    @Test
    void salesCannotEnterAnswersForACustomerOutsideTheirScope() throws Exception {
        var ownTeam = team();
        long stranger = customer(team());
        var username = salesUser(ownTeam);
        var body = "{\"customerId\":" + stranger + ",\"answers\":{\"paperwork\":3,\"handover\":5,\"nps\":8}}";

        var api = send("POST", "/api/v1/surveys/DELIVERY_EXPERIENCE/responses", basic(username, PASSWORD), body);
        assertThat(api.statusCode()).isEqualTo(403);

        var web = WebSession.login(this::uri, username, PASSWORD);
        assertThat(web.get("/touchpoints/surveys/answers?survey=DELIVERY_EXPERIENCE&customer=" + stranger, "en")
                        .statusCode())
                .isEqualTo(403);
        web.get("/touchpoints/surveys/answers?survey=DELIVERY_EXPERIENCE", "en");
        assertThat(web.post("/touchpoints/surveys/DELIVERY_EXPERIENCE/answers", fullAnswers(stranger))
                        .statusCode())
                .isEqualTo(403);
        assertThat(count("SELECT count(*) FROM survey_response WHERE customer_id = ?", stranger))
                .isZero();
        assertThat(count("SELECT count(*) FROM touchpoint_event WHERE customer_id = ?", stranger))
                .isZero();
    }
}
