package dev.touchpoint.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class SalesBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "browser-pass-123";

    @Autowired
    IdentityApi identity;

    @Test
    void repGradesALeadCompletesAFollowUpAndDragsAnOpportunityAcrossTheBoard() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        var team = identity.createTeamUnchecked("browser-sales-" + n, Team.Kind.SALES_GROUP);
        var user = "brep" + n;
        identity.createUserUnchecked(
                new NewUser(user, "Browser Rep " + n, null, PASSWORD, Role.SALES, Set.of(team.id())));
        var auth = basic(user, PASSWORD);
        var lead = send("POST", "/api/v1/sales/leads", auth, "{\"name\":\"陈先生\",\"productInterest\":\"星途 SUV\"}");
        long leadId = Long.parseLong(lead.body().replaceAll(".*?\"id\":(\\d+).*", "$1"));
        var customer =
                send("POST", "/api/v1/customers", auth, "{\"kind\":\"ORGANISATION\",\"name\":\"嘉禾商贸 " + n + "\"}");
        long customerId = Long.parseLong(customer.body().replaceAll(".*?\"id\":(\\d+).*", "$1"));
        var opportunity = send(
                "POST",
                "/api/v1/sales/opportunities",
                auth,
                "{\"customerId\":" + customerId + ",\"name\":\"12 辆商务车 " + n + "\",\"amount\":1800000}");
        long opportunityId = Long.parseLong(opportunity.body().replaceAll(".*?\"id\":(\\d+).*", "$1"));

        login(user, PASSWORD);

        // grade the lead after the first contact
        open("/sales/leads/" + leadId);
        browser.findElement(By.id("intent-A")).click();
        browser.findElement(By.id("man-money")).click();
        browser.findElement(By.id("man-need")).click();
        browser.findElement(By.id("fbo-benefit")).sendKeys("下周送加速性能资料");
        browser.findElement(By.id("contact-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-class"), "A"));
        assertThat(browser.findElement(By.id("lead-man")).getText()).isEqualTo("MaN");

        // the plan put a visit in two days on "My day"; log its outcome in one click
        open("/sales/my-day");
        var row = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tasks-upcoming tr[id^=task-]")));
        var taskId = row.getAttribute("id").substring("task-".length());
        assertThat(row.getText()).contains("陈先生");
        browser.findElement(By.id("outcome-" + taskId)).sendKeys("到店试驾，约定周末签约");
        browser.findElement(By.id("complete-" + taskId)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-status-" + taskId)));
        screenshot("sales-my-day");

        // drag the opportunity to the next stage: the exit criteria stop it until a reason is given
        open("/sales/pipeline");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + opportunityId)));
        drag("card-" + opportunityId, "stage-RELATIONSHIP");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("override-reason")))
                .sendKeys("客户总经理亲自约见");
        browser.findElement(By.id("override-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#stage-RELATIONSHIP #card-" + opportunityId)));
        assertThat(browser.findElements(By.cssSelector("#stage-QUALIFY #card-" + opportunityId)))
                .isEmpty();
        screenshot("sales-pipeline");
    }

    /** Fires the HTML5 drag-and-drop events the board listens to (WebDriver cannot drag natively). */
    private void drag(String cardId, String columnId) {
        ((JavascriptExecutor) browser).executeScript("""
                const card = document.getElementById(arguments[0]);
                const column = document.getElementById(arguments[1]);
                const data = new DataTransfer();
                card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                """, cardId, columnId);
    }
}
