package dev.touchpoint.analytics.value.warning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One raised warning.
 *
 * @param rule the rule that fired
 * @param reason a one-line English explanation with the figures (user interfaces translate by rule)
 * @param evidence the figures that triggered it, by name, in a stable order
 */
public record Warning(WarningRule rule, String reason, Map<String, Object> evidence) {

    /** Validates and copies. */
    public Warning {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
