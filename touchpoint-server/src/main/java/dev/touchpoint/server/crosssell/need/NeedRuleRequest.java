package dev.touchpoint.server.crosssell.need;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A need rule to create or change.
 *
 * @param rule the rule in the rule language (see docs/cross-sell.md)
 * @param nameEn its English name
 * @param nameZh its Chinese name
 * @param active whether next best actions use it (default true)
 * @param version the version read, for changes
 */
public record NeedRuleRequest(
        @NotBlank @Size(max = 500) String rule,
        @NotBlank @Size(max = 120) String nameEn,
        @NotBlank @Size(max = 120) String nameZh,
        Boolean active,
        Integer version) {}
