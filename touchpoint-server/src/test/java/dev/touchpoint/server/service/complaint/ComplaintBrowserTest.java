package dev.touchpoint.server.service.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class ComplaintBrowserTest extends BrowserTestSupport {

    @Autowired
    CustomerApi customers;

    @Autowired
    IdentityApi identity;

    @Test
    void openAComplaintFromTheCustomerPageReplyAndSeeTheSlaChange() {
        long admin = identity.findUser("admin").orElseThrow().id();
        long team = identity.createTeamUnchecked("complaint-team-" + System.nanoTime(), Team.Kind.SITE)
                .id();
        long id = customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        "投诉测试客户 " + System.nanoTime(),
                        null,
                        null,
                        null,
                        null,
                        admin,
                        team,
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
        open("/customers/" + id);
        click(By.id("open-complaint"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-guide")));
        browser.findElement(By.id("subject")).sendKeys("Paint scratched at delivery");
        browser.findElement(By.id("description")).sendKeys("The left door has a long scratch.");
        browser.findElement(By.id("ticket-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sla-card")));
        assertThat(browser.findElement(By.id("ticket-status")).getText()).isEqualTo("New");
        var before = browser.findElement(By.cssSelector("#sla-firstResponse .sla-state"))
                .getText();
        assertThat(before).isIn("Running", "Due soon");
        screenshot("complaint-new");

        browser.findElement(By.id("reply-body")).sendKeys("We are very sorry. A technician will repair it tomorrow.");
        browser.findElement(By.id("reply-submit")).click();

        wait.until(ExpectedConditions.textToBe(By.id("ticket-status"), "Open"));
        assertThat(browser.findElement(By.cssSelector("#sla-firstResponse .sla-state"))
                        .getText())
                .isEqualTo("Met");
        assertThat(browser.findElements(By.cssSelector("#conversation .message")))
                .hasSize(2);
        screenshot("complaint-replied");

        // the service manager's pages render with the new ticket in them
        open("/service/metrics");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("metric-cards")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fast-reply metrics");
        screenshot("service-metrics");
        open("/service/tickets?type=COMPLAINT");
        assertThat(browser.findElement(By.id("tickets")).getText()).contains("Paint scratched at delivery");
        for (var page : List.of("/service/care", "/service/blocked", "/service/sla")) {
            open(page);
            // the page may still be replacing the previous one when get() returns: wait for its heading
            wait.until(ExpectedConditions.urlContains(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat(browser.findElements(By.tagName("h1"))).as(page).hasSize(1);
        }
    }
}
