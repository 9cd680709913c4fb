package dev.touchpoint.server.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueTemplates;
import dev.touchpoint.server.touchpoint.survey.SurveyService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

class TouchpointBrowserTest extends BrowserTestSupport {

    @Autowired
    TouchpointApi touchpoints;

    @Autowired
    CustomerApi customers;

    @Autowired
    IdentityApi identity;

    @Autowired
    SurveyService surveys;

    @Autowired
    ObjectMapper json;

    @Test
    void logsATouchpointFromThe360PageAndAnswersASurveyThroughItsPublicLink() throws Exception {
        touchpoints.applyTemplate(CatalogueTemplates.DEALERSHIP);
        surveys.ensureDemoSurveys();
        var team = identity.createTeamUnchecked("browser-" + System.nanoTime(), Team.Kind.SITE);
        long customer = customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        "王小明" + System.nanoTime(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        team.id(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .get(0);

        login("admin", ADMIN_PASSWORD);
        open("/customers/" + customer);
        var select = wait.until(ExpectedConditions.elementToBeClickable(By.id("log-touchpoint")));
        new Select(select).selectByValue("TEST_DRIVE");
        click(By.cssSelector("label[for='log-emotion-6']"));
        browser.findElement(By.id("log-note")).sendKeys("试驾很满意 <script>");
        click(By.id("log-submit"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("touchpoint-logged")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"), "试驾很满意 <script>"));
        assertThat(browser.findElement(By.id("timeline-entries")).getText()).contains("Test drive");
        screenshot("touchpoint-logged");

        var consent = send(
                "POST",
                "/api/v1/customers/" + customer + "/consents",
                admin(),
                "{\"channel\":\"SMS\",\"granted\":true,\"method\":\"到店登记\"}");
        assertThat(consent.statusCode()).isBetween(200, 201);
        var invite = send(
                "POST",
                "/api/v1/surveys/DELIVERY_EXPERIENCE/invitations",
                admin(),
                "{\"customerIds\":[" + customer + "],\"channel\":\"SMS\"}");
        var link = json.readTree(invite.body()).get("sent").get(0).get("link").asString();

        browser.manage().deleteAllCookies();
        browser.get(link);
        choose("paperwork-2");
        choose("handover-6");
        choose("nps-9");
        browser.findElement(By.id("comment")).sendKeys("交车仪式很棒");
        screenshot("public-survey");
        click(browser.findElement(By.id("survey-submit")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-thanks")));

        var emotions = jdbc.sql("""
                SELECT t.code || '=' || e.emotion FROM touchpoint_event e JOIN touchpoint t ON t.id = e.touchpoint_id
                WHERE e.customer_id = ? AND e.emotion IS NOT NULL ORDER BY t.code""").param(customer).query(String.class).list();
        assertThat(emotions).containsExactly("DELIVERY_PAPERWORK=2", "HANDOVER_CEREMONY=6", "TEST_DRIVE=6");

        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-answered")));
    }

    private void choose(String inputId) {
        click(browser.findElement(By.cssSelector("label[for='" + inputId + "']")));
    }

    /** Scrolls the element into the middle of the window first: the form is taller than the window. */
    private void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
