package dev.touchpoint.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Warning reasons rendered from their evidence with the real message bundles, in both languages. */
class WarningReasonsTest {

    private final WarningReasons reasons = new WarningReasons(messages(), null, null);

    @Test
    void behindPlanCountsPurchasesInWordsPeopleUse() {
        var none = Map.<String, Object>of("actual", 0, "planned", 0.8, "share", 0.5);
        var one = Map.<String, Object>of("actual", 1, "planned", 3.56, "share", 0.5);
        var many = Map.<String, Object>of("actual", 3, "planned", 6.0, "share", 0.5);
        assertThat(text(none, Locale.ENGLISH)).isEqualTo("bought nothing against 0.8 expected by now");
        assertThat(text(one, Locale.ENGLISH)).isEqualTo("bought once against 3.6 expected by now");
        assertThat(text(many, Locale.ENGLISH)).isEqualTo("bought 3 times against 6 expected by now");
        assertThat(text(one, Locale.SIMPLIFIED_CHINESE)).isEqualTo("已购买 1 次，按计划此时应为 3.6 次");
    }

    @Test
    void moneyHasTheYuanSignAndSeparatorsAndUnknownShapesFallBackToTheStoredText() {
        var credit = Map.<String, Object>of("open", 1523132.0, "creditLimit", 1000000.0);
        assertThat(reasons.text("CREDIT_EXCEEDED", credit, "stored", Locale.ENGLISH))
                .isEqualTo("owes ¥1,523,132 against a credit limit of ¥1,000,000");
        assertThat(reasons.text("CREDIT_EXCEEDED", Map.of("open", "x"), "stored", Locale.ENGLISH))
                .isEqualTo("stored");
        assertThat(reasons.text("SOMETHING_NEW", credit, "stored", Locale.ENGLISH))
                .isEqualTo("stored");
    }

    private String text(Map<String, Object> evidence, Locale locale) {
        return reasons.text("BEHIND_PLAN", evidence, "stored", locale);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/insight");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
