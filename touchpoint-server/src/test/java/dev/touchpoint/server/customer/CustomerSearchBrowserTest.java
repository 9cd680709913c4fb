package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 2's walk-through: sign in, switch to Chinese, find a customer by a Chinese name, open the 360 page. */
class CustomerSearchBrowserTest extends BrowserTestSupport {

    @Autowired
    CustomerApi customers;

    @Test
    void findsACustomerByChineseNameAndOpensThe360Page() {
        var name = "欧阳" + randomHan() + randomHan();
        customers.insertAll(List.of(new NewCustomer(
                CustomerKind.PERSON,
                name,
                "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)),
                null,
                "VIP",
                "WALK_IN",
                null,
                null,
                List.of("车友会"),
                null,
                null,
                "上海",
                null,
                null,
                null,
                null)));

        login("admin", ADMIN_PASSWORD);
        browser.findElement(By.id("lang-menu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-zh"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("nav-customers"), "客户"));

        browser.findElement(By.id("nav-customers")).click();
        var search = wait.until(ExpectedConditions.elementToBeClickable(By.id("customer-search")));
        search.sendKeys(name);
        // the list refreshes (htmx) to this one customer
        wait.until(d -> d.findElements(By.className("customer-link")).size() == 1);
        browser.findElement(By.linkText(name)).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customer-360")));
        assertThat(browser.findElement(By.id("customer-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("customer-360")).getText()).contains("联系授权");
        screenshot("customer-360-zh");
    }

    private static char randomHan() {
        return (char) (0x4E00 + ThreadLocalRandom.current().nextInt(0x2000));
    }
}
