package dev.touchpoint.server.sales.pool;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the public pool (公海): contents, claims, releases, rules and a manual run. */
@RestController
@RequestMapping("/api/v1/sales/pool")
class PoolRestController {

    private final PoolService pool;

    PoolRestController(PoolService pool) {
        this.pool = pool;
    }

    @Operation(summary = "The public pool (公海): leads and customers without an owner")
    @GetMapping
    List<PoolItem> pool() {
        return pool.items();
    }

    /** {@code type} is {@code LEAD} or {@code CUSTOMER}. */
    @Operation(summary = "Claim a lead or customer from the pool (once)")
    @PostMapping("/{type}/{id}/claim")
    PoolItem claim(@PathVariable String type, @PathVariable long id) {
        return pool.claim(type, id);
    }

    @Operation(summary = "Release a lead or customer to the pool")
    @PostMapping("/{type}/{id}/release")
    ResponseEntity<Void> release(
            @PathVariable String type, @PathVariable long id, @RequestParam(required = false) String reason) {
        pool.release(type, id, reason);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Read a team's pool rules")
    @GetMapping("/policies/{team}")
    PoolPolicy policy(@PathVariable long team) {
        return pool.policy(team);
    }

    @Operation(summary = "Set a team's pool rules")
    @PutMapping("/policies/{team}")
    PoolPolicy savePolicy(@PathVariable long team, @Valid @RequestBody PoolPolicy policy) {
        return pool.savePolicy(
                new PoolPolicy(team, policy.enabled(), policy.dailyClaimLimit(), policy.warnDays(), policy.rules()));
    }

    /** Runs the rules now (or as of {@code at}); for administrators. */
    @Operation(summary = "Apply the pool rules now")
    @PostMapping("/run")
    @PreAuthorize("hasRole('ADMIN')")
    PoolRun run(@RequestParam(required = false) Instant at) {
        return at == null ? pool.run() : pool.run(at);
    }
}
