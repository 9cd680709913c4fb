package dev.touchpoint.server.crosssell;

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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The next-best-actions panel of the customer 360 page: a customer with an open early warning gets a
 * win-back action with its reason; "Not now" records the outcome and a touchpoint, and the action
 * leaves the panel.
 */
class NextActionsBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "next-actions-browser-password";

    @Autowired
    IdentityApi identity;

    @Autowired
    TouchpointApi touchpoints;

    @Test
    void aRepSeesWhyAndDismissesAnAction() {
        long n = System.nanoTime() % 1_000_000;
        touchpoints.applyTemplate("DEALERSHIP");
        var team = identity.createTeamUnchecked("nba-browser-team-" + n, Team.Kind.SALES_GROUP);
        var rep = "nbarep" + n;
        identity.createUserUnchecked(new NewUser(rep, "NBA rep " + n, null, PASSWORD, Role.SALES, Set.of(team.id())));
        long customer = jdbc.sql(
                        "INSERT INTO customer (kind, name, tier, team_id) VALUES ('PERSON', :name, 'VIP', :team) RETURNING id")
                .param("name", "推荐客户 " + n)
                .param("team", team.id())
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO value_warning (customer_id, rule, reason, evidence, raised_on, tier)
                VALUES (:c, 'NO_PURCHASE', 'No purchase for 200 days (limit 120)', '{}', :day, 'VIP')""").param("c", customer).param("day", LocalDate.now()).update();

        login(rep, PASSWORD);
        open("/customers/" + customer);
        var action = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#next-actions .next-action[data-offer='WIN_BACK']")));
        assertThat(browser.findElement(By.cssSelector("#panel-next-actions .card-header"))
                        .getText())
                .isEqualTo("Next best actions");
        assertThat(action.findElement(By.className("next-action-offer")).getText())
                .isEqualTo("Win back");
        assertThat(action.findElement(By.className("next-action-reason")).getText())
                .isEqualTo("Open early warnings: No purchase.");
        screenshot("next-actions-panel");

        click(By.cssSelector("#next-actions .next-action[data-offer='WIN_BACK'] button[value='DISMISSED']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-actions"), "Recorded: not now"));
        assertThat(browser.findElements(By.cssSelector("#next-actions .next-action[data-offer='WIN_BACK']")))
                .isEmpty();
        assertThat(jdbc.sql("SELECT outcome FROM crosssell_action WHERE customer_id = :c")
                        .param("c", customer)
                        .query(String.class)
                        .single())
                .isEqualTo("DISMISSED");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM touchpoint_event e JOIN touchpoint t ON t.id = e.touchpoint_id WHERE e.customer_id = :c AND t.code = 'FOLLOW_UP_CALL'")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .as("the outcome is on the customer's timeline")
                .isEqualTo(1);
        assertThat(policyViolations()).isEmpty();
    }
}
