package dev.touchpoint.server.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class JourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    TouchpointApi touchpoints;

    @Autowired
    CustomerApi customers;

    @Autowired
    IdentityApi identity;

    @Test
    void runsAFunnelAndFollowsTheDropOffToItsCallList() throws Exception {
        touchpoints.applyTemplate("DEALERSHIP");
        var team = identity.createTeamUnchecked("browser-journey-" + System.nanoTime(), Team.Kind.SITE);
        var stayed = "试驾客户" + System.nanoTime();
        var left = "流失客户" + System.nanoTime();
        var ids = customers.insertAll(List.of(
                new NewCustomer(
                        CustomerKind.PERSON,
                        stayed,
                        "13800000001",
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
                        null),
                new NewCustomer(
                        CustomerKind.PERSON,
                        left,
                        "13800000002",
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
                        null)));
        var events = """
                [{"eventId":"jb-%1$d-1","customerId":%1$d,"touchpoint":"SHOWROOM_ENTRY","occurredAt":"2001-09-03T10:00:00Z"},
                 {"eventId":"jb-%1$d-2","customerId":%1$d,"touchpoint":"TEST_DRIVE","occurredAt":"2001-09-03T11:00:00Z"},
                 {"eventId":"jb-%2$d-1","customerId":%2$d,"touchpoint":"SHOWROOM_ENTRY","occurredAt":"2001-09-04T10:00:00Z"}]""".formatted(ids.get(0), ids.get(1));
        assertThat(send("POST", "/api/v1/events", admin(), events).statusCode()).isBetween(200, 202);

        login("admin", ADMIN_PASSWORD);
        open("/analytics/funnels");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-4")));
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('from').value = '2001-09-01'; document.getElementById('to').value = '2001-09-30';");
        browser.findElement(By.id("funnel-run")).click();

        wait.until(ExpectedConditions.textToBe(By.id("count-1"), "2"));
        assertThat(browser.findElement(By.id("count-2")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("funnel-table")).getText()).contains("Showroom entry", "Test drive");
        screenshot("journey-funnel");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("dropped-link-1")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("call-list")));
        var list = browser.findElement(By.id("call-list")).getText();
        assertThat(list).contains(left, "13800000002", team.name()).doesNotContain(stayed);
        screenshot("journey-call-list");
    }

    @Test
    void everyDashboardComputesWithoutError() {
        touchpoints.applyTemplate("DEALERSHIP");
        login("admin", ADMIN_PASSWORD);
        for (var page : List.of(
                "/analytics/funnels",
                "/analytics/paths",
                "/analytics/zones",
                "/analytics/emotion",
                "/analytics/peak-end",
                "/analytics/key-touchpoints",
                "/analytics/voice")) {
            open(page);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Computed in"));
            assertThat(browser.findElement(By.id("status")).getText()).as(page).doesNotContain("Could not compute");
        }
    }

    @Test
    void keyTouchpointsForAChosenConversionAreLinkable() throws Exception {
        touchpoints.applyTemplate("DEALERSHIP");
        var team = identity.createTeamUnchecked("browser-key-" + System.nanoTime(), Team.Kind.SITE);
        var ids = customers.insertAll(List.of(
                new NewCustomer(
                        CustomerKind.PERSON,
                        "签约客户" + System.nanoTime(),
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
                        null),
                new NewCustomer(
                        CustomerKind.PERSON,
                        "观望客户" + System.nanoTime(),
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
                        null)));
        var events = """
                [{"eventId":"kb-%1$d-1","customerId":%1$d,"touchpoint":"TEST_DRIVE","occurredAt":"2001-10-03T10:00:00Z"},
                 {"eventId":"kb-%1$d-2","customerId":%1$d,"touchpoint":"CONTRACT","occurredAt":"2001-10-04T11:00:00Z"},
                 {"eventId":"kb-%2$d-1","customerId":%2$d,"touchpoint":"QUOTE","occurredAt":"2001-10-05T10:00:00Z"}]""".formatted(ids.get(0), ids.get(1));
        assertThat(send("POST", "/api/v1/events", admin(), events).statusCode()).isBetween(200, 202);

        login("admin", ADMIN_PASSWORD);
        // a link carries the period and the conversion
        open("/analytics/key-touchpoints?from=2001-10-01&to=2001-10-31&conversion=CONTRACT");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("key-summary"), "Contract signing 1"));
        assertThat(browser.findElement(By.id("key-summary")).getText()).startsWith("Customers 2");
        assertThat(browser.findElement(By.id("key-table")).getText()).contains("Test drive", "Quote");
        screenshot("journey-key-touchpoints");

        // reaching a quote as the conversion: one of the two got there
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("conversion"))).selectByValue("QUOTE");
        browser.findElement(By.id("key-run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("key-summary"), "Quote 1"));
        assertThat(browser.getCurrentUrl()).contains("conversion=QUOTE");
    }
}
