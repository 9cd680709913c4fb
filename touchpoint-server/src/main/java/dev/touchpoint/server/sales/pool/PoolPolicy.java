package dev.touchpoint.server.sales.pool;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A team's pool rules (team 0 holds the defaults every team inherits tier by tier).
 *
 * @param dailyClaimLimit how many subjects one rep may claim from the pool per day
 * @param warnDays how many days before the reclaim the owner is reminded
 */
public record PoolPolicy(
        Long teamId,
        Boolean enabled,
        @NotNull @Min(0) @Max(1000) Integer dailyClaimLimit,
        @NotNull @Min(0) @Max(60) Integer warnDays,
        List<@Valid PoolRule> rules) {

    public PoolPolicy {
        teamId = teamId == null ? 0L : teamId;
        enabled = !Boolean.FALSE.equals(enabled);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    PoolRule rule(String tier) {
        return rules.stream().filter(r -> r.tier().equals(tier)).findFirst().orElse(null);
    }
}
