package dev.touchpoint.server.insight;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Value-engine results, runs, warnings and the win-back workflow under {@code /api/v1/value}. */
@RestController
@RequestMapping("/api/v1/value")
class ValueRestController {

    private final ValueEngineApi engine;
    private final ValueQueries queries;
    private final WinBackService winBack;
    private final PerformanceService performance;
    private final Clock clock;

    ValueRestController(
            ValueEngineApi engine,
            ValueQueries queries,
            WinBackService winBack,
            PerformanceService performance,
            Clock clock) {
        this.engine = engine;
        this.queries = queries;
        this.winBack = winBack;
        this.performance = performance;
        this.clock = clock;
    }

    @Operation(summary = "List value-engine runs")
    @GetMapping("/runs")
    List<ValueRun> runs() {
        return engine.runs(50);
    }

    @Operation(summary = "Read a value-engine run and its progress")
    @GetMapping("/runs/{id}")
    ValueRun run(@PathVariable long id) {
        return engine.run(id).orElseThrow(() -> new NotFoundException("value_run", id));
    }

    /** Starts a run (ADMIN, ANALYST, MANAGER); returns it RUNNING — poll {@code /runs/{id}}. */
    @Operation(summary = "Start a value-engine run")
    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ValueRun start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        requireRunner();
        return engine.start(asOf == null ? LocalDate.now(clock) : asOf);
    }

    @Operation(summary = "Customers per RFM segment")
    @GetMapping("/segments")
    List<Map<String, Object>> segments(@RequestParam(required = false) Long run) {
        return queries.segments(queries.runOrLatest(run));
    }

    @Operation(summary = "Distribution of customer lifetime value")
    @GetMapping("/clv-distribution")
    List<Map<String, Object>> clv(@RequestParam(required = false) Long run) {
        return queries.clvDistribution(queries.runOrLatest(run));
    }

    @Operation(summary = "Movements between lifecycle stages since the previous run")
    @GetMapping("/lifecycle-flow")
    List<Map<String, Object>> flow(@RequestParam(required = false) Long run) {
        return queries.lifecycleFlow(queries.runOrLatest(run));
    }

    @Operation(summary = "Customers of the latest value run (RFM, CLV, P(alive), lifecycle)")
    @GetMapping("/customers")
    List<Map<String, Object>> customers(
            @RequestParam(required = false) Long run,
            @RequestParam(required = false) String segment,
            @RequestParam(required = false) String stage,
            @RequestParam(defaultValue = "100") int limit) {
        return queries.customers(queries.runOrLatest(run), segment, stage, Math.max(1, Math.min(limit, 500)));
    }

    @Operation(summary = "A customer's value figures")
    @GetMapping("/customers/{id}")
    ValueQueries.CustomerValueView customer(@PathVariable long id) {
        return queries.customer(id).orElseThrow(() -> new NotFoundException("customer value", id));
    }

    @Operation(summary = "Customers near a tier boundary (upgrade prompts)")
    @GetMapping("/tier-prompts")
    List<Map<String, Object>> tierPrompts(
            @RequestParam(required = false) Long run, @RequestParam(defaultValue = "100") int limit) {
        return queries.tierPrompts(queries.runOrLatest(run), Math.max(1, Math.min(limit, 500)));
    }

    /** BG/NBD and Gamma-Gamma parameters, the holdout validation and the Pareto curve of a run. */
    @Operation(summary = "Fitted model parameters and validation of the latest run")
    @GetMapping("/model")
    Map<String, Object> model(@RequestParam(required = false) Long run) {
        return queries.model(queries.runOrLatest(run));
    }

    @Operation(summary = "Performance formula and its LMDI decomposition per site")
    @GetMapping("/performance")
    List<PerformanceService.SiteWaterfall> performance(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from0,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to0,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from1,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to1) {
        return performance.waterfall(from0, to0, from1, to1);
    }

    @Operation(summary = "The warnings inbox")
    @GetMapping("/warnings")
    PageResult<WarningView> warnings(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long assigneeId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return winBack.inbox(new WarningFilter(status, rule, tier, customerId, assigneeId), PageRequest.of(page, size));
    }

    @Operation(summary = "Read a warning with its evidence")
    @GetMapping("/warnings/{id}")
    WarningView warning(@PathVariable long id) {
        return winBack.warning(id);
    }

    @Operation(summary = "The win-back actions of a warning")
    @GetMapping("/warnings/{id}/actions")
    List<WarningAction> actions(@PathVariable long id) {
        return winBack.actions(id);
    }

    @Operation(summary = "Assign a warning")
    @PostMapping("/warnings/{id}/assign")
    WarningView assign(@PathVariable long id, @Valid @RequestBody WinBackRequests.Assign request) {
        return winBack.assign(id, request);
    }

    @Operation(summary = "Record a win-back contact as a touchpoint")
    @PostMapping("/warnings/{id}/contacts")
    WarningView contact(@PathVariable long id, @Valid @RequestBody WinBackRequests.Contact request) {
        return winBack.contact(id, request);
    }

    @Operation(summary = "Close a warning with its outcome and churn cause (once)")
    @PostMapping("/warnings/{id}/close")
    WarningView close(@PathVariable long id, @Valid @RequestBody WinBackRequests.Close request) {
        return winBack.close(id, request);
    }

    /** Closed warnings by churn cause, party and outcome. */
    @Operation(summary = "Churn causes recorded on closed warnings")
    @GetMapping("/churn-causes")
    List<Map<String, Object>> causes() {
        return winBack.causes();
    }

    static void requireRunner() {
        var user = CurrentUsers.require();
        if (!user.seesAll() && !user.manages()) {
            throw new OutOfScopeException("value_run", "start");
        }
    }
}
