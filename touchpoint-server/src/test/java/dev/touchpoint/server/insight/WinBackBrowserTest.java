package dev.touchpoint.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The win-back workflow in the browser: inbox → warning → assign → contact → close with a cause. */
class WinBackBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "winback-browser-password";

    @Autowired
    IdentityApi identity;

    @Autowired
    TouchpointApi touchpoints;

    @Test
    void salesRepWinsBackACustomerFromTheInbox() {
        long n = System.nanoTime() % 1_000_000;
        touchpoints.applyTemplate("DEALERSHIP");
        var team = identity.createTeamUnchecked("winback-browser-team-" + n, Team.Kind.SALES_GROUP);
        var rep = "winbackrep" + n;
        identity.createUserUnchecked(
                new NewUser(rep, "Win-back rep " + n, null, PASSWORD, Role.SALES, Set.of(team.id())));
        long customer = jdbc.sql("""
                INSERT INTO customer (kind, name, tier, team_id) VALUES ('PERSON', :name, 'VIP', :team) RETURNING id""")
                .param("name", "挽回客户 " + n)
                .param("team", team.id())
                .query(Long.class)
                .single();
        long warning = jdbc.sql("""
                INSERT INTO value_warning (customer_id, rule, reason, evidence, raised_on, tier)
                VALUES (:c, 'NO_PURCHASE', 'No purchase for 200 days (limit 120)',
                        '{"daysSinceLastPurchase":200,"limitDays":120}', :day, 'VIP') RETURNING id""")
                .param("c", customer)
                .param("day", LocalDate.now())
                .query(Long.class)
                .single();

        login(rep, PASSWORD);
        open("/value/warnings");
        var row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning-row-" + warning)));
        assertThat(row.getText()).contains("挽回客户 " + n).contains("Open");
        row.findElement(By.className("warning-link")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-form")));
        assertThat(browser.findElement(By.id("warning-status")).getText()).isEqualTo("Open");
        new Select(browser.findElement(By.id("assigneeId"))).selectByVisibleText("Win-back rep " + n);
        browser.findElement(By.id("assign-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("warning-status"), "In progress"));

        browser.findElement(By.cssSelector("#contact-form textarea[name=note]"))
                .sendKeys("Called, offered a service check");
        browser.findElement(By.cssSelector("#contact-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("warning-actions"), "Called, offered a service check"));
        assertThat(jdbc.sql("SELECT count(*) FROM touchpoint_event WHERE customer_id = :c AND event_id LIKE :p")
                        .param("c", customer)
                        .param("p", "winback-" + warning + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        new Select(browser.findElement(By.id("outcome"))).selectByValue("LOST");
        new Select(browser.findElement(By.id("churnCause"))).selectByValue("POOR_VALUE");
        new Select(browser.findElement(By.id("causeParty"))).selectByValue("COMPETITOR");
        browser.findElement(By.id("close-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("warning-status"), "Closed"));
        assertThat(browser.findElement(By.id("warning-outcome")).getText()).isEqualTo("Lost · Poor value · Competitor");
        assertThat(browser.findElements(By.id("close-form"))).isEmpty();
        screenshot("winback-closed");

        open("/value/warnings");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warnings-table")));
        assertThat(browser.findElements(By.id("warning-row-" + warning))).isEmpty();
        open("/value/warnings?status=CLOSED");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning-row-" + warning)))
                        .getText())
                .contains("Closed");
    }
}
