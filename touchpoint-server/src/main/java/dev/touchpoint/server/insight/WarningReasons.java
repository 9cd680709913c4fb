package dev.touchpoint.server.insight;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reason of an early warning in the reader's language, rendered from its rule and the evidence the
 * value engine stored with it (money as ¥ with separators, probabilities with two decimals, tiers and
 * touchpoints by their names). The stored English reason stays the API's {@code reason} and is the
 * fallback for evidence of an older shape. Templates call it as {@code @warningReasons}.
 */
@Component("warningReasons")
public class WarningReasons {

    private final MessageSource messages;
    private final CustomerApi customers;
    private final TouchpointApi touchpoints;

    WarningReasons(MessageSource messages, CustomerApi customers, TouchpointApi touchpoints) {
        this.messages = messages;
        this.customers = customers;
        this.touchpoints = touchpoints;
    }

    /** The warning's reason for {@code locale}. */
    public String text(WarningView warning, Locale locale) {
        return text(warning.rule(), warning.evidence(), warning.reason(), locale);
    }

    /** The reason of a warning of {@code rule} with {@code evidence}; {@code fallback} when it cannot be rendered. */
    public String text(String rule, Map<String, Object> evidence, String fallback, Locale locale) {
        if (rule == null || evidence == null) {
            return fallback;
        }
        try {
            Object[] args;
            String key = "insight.reason." + rule;
            switch (rule) {
                case "P_ALIVE_LOW" -> args = new Object[] {decimal(evidence, "pAlive"), decimal(evidence, "threshold")};
                case "P_ALIVE_DROP" -> args = new Object[] {decimal(evidence, "previous"), decimal(evidence, "pAlive")};
                case "NO_PURCHASE" ->
                    args = new Object[] {
                        integer(evidence, "daysSinceLastPurchase"),
                        integer(evidence, "limitDays"),
                        tier(String.valueOf(evidence.get("tier")), locale)
                    };
                case "BEHIND_PLAN" -> {
                    if ("SALES_PLAN".equals(evidence.get("basis"))) {
                        key = key + ".SALES_PLAN";
                        args = new Object[] {
                            money(evidence, "actualRevenue", locale), money(evidence, "plannedRevenue", locale)
                        };
                    } else {
                        var actual = number(evidence, "actual");
                        args = new Object[] {
                            actual == null ? null : Math.round(actual.doubleValue()),
                            oneDecimal(evidence, "planned", locale)
                        };
                    }
                }
                case "EXPENSES_OVER_BUDGET" ->
                    args = new Object[] {money(evidence, "spent", locale), money(evidence, "budget", locale)};
                case "RFM_CHURN" ->
                    args = new Object[] {
                        evidence.get("recencyScore"), evidence.get("frequencyScore"), evidence.get("monetaryScore")
                    };
                case "CREDIT_EXCEEDED" ->
                    args = new Object[] {money(evidence, "open", locale), money(evidence, "creditLimit", locale)};
                case "RECEIVABLE_OVERDUE" -> args = new Object[] {money(evidence, "overdue", locale)};
                case "VALLEY_TOUCHPOINT" ->
                    args = new Object[] {
                        touchpoint(String.valueOf(evidence.get("touchpoint")), locale),
                        evidence.get("emotion"),
                        integer(evidence, "daysAgo")
                    };
                default -> {
                    return fallback;
                }
            }
            for (Object arg : args) {
                if (arg == null) {
                    return fallback;
                }
            }
            return messages.getMessage(key, args, fallback, locale);
        } catch (RuntimeException e) {
            return fallback; // evidence of another shape: the stored text
        }
    }

    private static String decimal(Map<String, Object> evidence, String name) {
        var value = number(evidence, name);
        return value == null ? null : String.format(Locale.ROOT, "%.2f", value.doubleValue());
    }

    private static String oneDecimal(Map<String, Object> evidence, String name, Locale locale) {
        var value = number(evidence, name);
        if (value == null) {
            return null;
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value.doubleValue());
    }

    private static String integer(Map<String, Object> evidence, String name) {
        var value = number(evidence, name);
        return value == null ? null : Long.toString(Math.round(value.doubleValue()));
    }

    /** ¥ and thousands separators, no cents (reasons are read at a glance). */
    static String money(Map<String, Object> evidence, String name, Locale locale) {
        var value = number(evidence, name);
        if (value == null) {
            return null;
        }
        return new DecimalFormat("¥#,##0", DecimalFormatSymbols.getInstance(locale)).format(value.doubleValue());
    }

    private static Number number(Map<String, Object> evidence, String name) {
        var value = evidence.get(name);
        if (value instanceof Number n) {
            return n;
        }
        if (value instanceof String s && !s.isBlank()) {
            return Double.parseDouble(s);
        }
        return null;
    }

    private String tier(String code, Locale locale) {
        return customers.tierNames(locale).getOrDefault(code, code);
    }

    private String touchpoint(String code, Locale locale) {
        return touchpoints
                .find(code)
                .map(t -> "zh".equals(locale.getLanguage()) ? t.nameZh() : t.nameEn())
                .orElse(code);
    }
}
