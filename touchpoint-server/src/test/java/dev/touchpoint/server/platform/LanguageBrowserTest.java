package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LanguageBrowserTest extends BrowserTestSupport {

    @Test
    void switchingLanguageChangesEveryLabelAndSticks() {
        login("admin", ADMIN_PASSWORD);
        assertThat(browser.findElement(By.id("nav-customers")).getText()).isEqualTo("Customers");

        browser.findElement(By.id("lang-menu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-zh"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("nav-customers"), "客户"));

        open("/admin/users");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("用户");
        screenshot("users-zh");

        browser.findElement(By.id("lang-menu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-en"))).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Users"));
    }

    @Test
    void wrongPasswordShowsAnInlineErrorInTheChosenLanguage() {
        open("/login?lang=zh-CN");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("login-submit")).click();
        var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).isEqualTo("登录失败：用户名或密码错误，或账号已锁定或停用。");
    }
}
