package dev.touchpoint.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base for browser tests: Debian's Chromium and chromedriver ({@code apt-get install chromium
 * chromium-driver}), headless, against the real server and database.
 */
public abstract class BrowserTestSupport extends IntegrationTestSupport {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        var options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("chromium-"));
        // the console, to catch what the Content-Security-Policy blocks
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        // the machine's chromedriver, never a downloaded one
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Clicks an element once the page has settled: htmx panels load after the page and move what is
     * below them, so wait for htmx to finish, bring the element to the middle of the window, then click.
     */
    protected void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator));
        wait.until(
                d -> Boolean.TRUE.equals(
                        ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript(
                                        "return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0")));
        var element = browser.findElement(locator);
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException layoutMoved) {
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected void login(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** Console messages of the page so far that report a Content-Security-Policy violation. */
    protected java.util.List<String> policyViolations() {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    protected void screenshot(String name) {
        try {
            var file = ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.FILE);
            var target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.copy(file.toPath(), target.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
