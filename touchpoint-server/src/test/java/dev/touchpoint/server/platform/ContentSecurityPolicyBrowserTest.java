package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.BrowserTestSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages allow no inline script but their own, nonce-carrying ones, and nothing evaluated from text;
 * the charts, htmx panels and forms still work under that policy.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTestSupport {

    @Test
    void thePolicyHasANoncePerResponseAndNoUnsafeScripts() throws Exception {
        var first = policy();
        var second = policy();
        assertThat(first)
                .contains("script-src 'self' 'nonce-")
                .doesNotContain("unsafe-inline' 'nonce")
                .doesNotContain("'unsafe-eval'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(first.substring(first.indexOf("script-src"))).doesNotContain("'unsafe-inline'");
        assertThat(first).as("a new nonce on every response").isNotEqualTo(second);
    }

    @Test
    void chartsPanelsAndFormsRunWithoutAnyViolation() {
        login("admin", ADMIN_PASSWORD);
        for (var page : new String[] {"/", "/customers", "/analytics/funnels", "/value", "/orders", "/sales/my-day"}) {
            open(page);
            wait.until(
                    d -> Boolean.TRUE.equals(
                            ((org.openqa.selenium.JavascriptExecutor) d)
                                    .executeScript(
                                            "return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0")));
        }
        open("/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas, svg")));
        assertThat(policyViolations()).isEmpty();
    }

    private String policy() throws Exception {
        var response =
                http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Content-Security-Policy").orElseThrow();
    }
}
