package dev.touchpoint.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change of role, team or enabled flag applies to the very next request of a browser session that
 * is already open: no old rights survive in the session.
 */
class RightsBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "rights-test-pass-1";

    @Test
    void anAdministratorDemotedToSalesLosesTheAdminPagesInTheOpenSession() throws Exception {
        var name = user("ADMIN", null);
        login(name, PASSWORD);
        open("/admin/users");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                        .getText())
                .isEqualTo("Users");

        change(name, "SALES", true, null);
        // the create-user form loaded while still an administrator, sent after the demotion
        browser.findElement(By.name("username")).sendKeys("made-by-demoted");
        browser.findElement(By.name("displayName")).sendKeys("Should not exist");
        browser.findElement(By.name("password")).sendKeys("password-1234567");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("role"))).selectByValue("ADMIN");
        browser.findElement(By.cssSelector("form[action$='/admin/users'] button"))
                .click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                        .getText())
                .isEqualTo("Something went wrong");
        assertThat(browser.getPageSource()).contains("You are not allowed");
        assertThat(send("GET", "/api/v1/users", admin(), null).body()).doesNotContain("made-by-demoted");
        open("/admin/users");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                        .getText())
                .isEqualTo("Something went wrong");
    }

    @Test
    void aManagerDemotedToSalesAndMovedOutOfATeamNoLongerSeesItsCustomers() throws Exception {
        long storeA = team();
        long storeB = team();
        var name = user("MANAGER", storeA + "," + storeB);
        long customer = customerOf(storeB);
        login(name, PASSWORD);
        open("/customers/" + customer);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-name")));

        change(name, "SALES", true, storeA + "");
        open("/customers/" + customer);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                        .getText())
                .isEqualTo("Something went wrong");
        assertThat(browser.getPageSource()).contains("You are not allowed");
    }

    @Test
    void aDisabledUsersSessionEndsAtTheirNextRequest() throws Exception {
        var name = user("SALES", null);
        login(name, PASSWORD);
        open("/customers");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        change(name, "SALES", false, null);
        open("/customers");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-ended")));
        assertThat(browser.getCurrentUrl()).contains("/login");
        open("/customers");
        assertThat(browser.getCurrentUrl())
                .as("the session is gone, not only refused once")
                .contains("/login");
    }

    private String user(String role, String teams) throws Exception {
        var name = "rights." + UUID.randomUUID().toString().substring(0, 8);
        var response = send("POST", "/api/v1/users", admin(), """
                {"username":"%s","displayName":"%s","password":"%s","role":"%s","teamIds":[%s]}""".formatted(
                        name, name, PASSWORD, role, teams == null ? "" : teams));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return name;
    }

    private void change(String name, String role, boolean enabled, String teams) throws Exception {
        var json = JsonMapper.builder().build();
        var users = json.readTree(send("GET", "/api/v1/users", admin(), null).body());
        for (var u : users) {
            if (u.get("username").asString().equals(name)) {
                var response = send("PUT", "/api/v1/users/" + u.get("id").asLong(), admin(), """
                        {"displayName":"%s","role":"%s","enabled":%s,"teamIds":[%s],"version":%d}""".formatted(
                                name,
                                role,
                                enabled,
                                teams == null ? "" : teams,
                                u.get("version").asInt()));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                return;
            }
        }
        throw new AssertionError("no user " + name);
    }

    private long team() throws Exception {
        var response = send(
                "POST",
                "/api/v1/teams",
                admin(),
                "{\"name\":\"rights-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"kind\":\"SITE\"}");
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return JsonMapper.builder().build().readTree(response.body()).get("id").asLong();
    }

    private long customerOf(long team) throws Exception {
        var response = send(
                "POST",
                "/api/v1/customers",
                admin(),
                "{\"kind\":\"PERSON\",\"name\":\"客户"
                        + UUID.randomUUID().toString().substring(0, 6) + "\",\"teamId\":" + team + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).get("id").asLong();
    }
}
