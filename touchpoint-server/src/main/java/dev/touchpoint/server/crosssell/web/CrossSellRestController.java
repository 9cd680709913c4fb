package dev.touchpoint.server.crosssell.web;

import dev.touchpoint.server.crosssell.action.ActionRecord;
import dev.touchpoint.server.crosssell.action.ActionRepository;
import dev.touchpoint.server.crosssell.action.ActionRequest;
import dev.touchpoint.server.crosssell.action.CallListExporter;
import dev.touchpoint.server.crosssell.action.NextActionService;
import dev.touchpoint.server.crosssell.action.NextActionView;
import dev.touchpoint.server.crosssell.action.ProactiveService;
import dev.touchpoint.server.crosssell.mining.MiningRepository;
import dev.touchpoint.server.crosssell.mining.MiningRun;
import dev.touchpoint.server.crosssell.mining.MiningService;
import dev.touchpoint.server.crosssell.mining.MiningSettings;
import dev.touchpoint.server.crosssell.mining.RuleView;
import dev.touchpoint.server.crosssell.mining.SequenceView;
import dev.touchpoint.server.crosssell.mining.SettingsRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleRequest;
import dev.touchpoint.server.crosssell.need.NeedRuleView;
import dev.touchpoint.server.crosssell.odometer.NewReading;
import dev.touchpoint.server.crosssell.odometer.OdometerReadingView;
import dev.touchpoint.server.crosssell.odometer.OdometerRepository;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Cross-sell and next best actions under {@code /api/v1}. */
@RestController
@RequestMapping("/api/v1")
class CrossSellRestController {

    private final NextActionService actions;
    private final ActionRepository actionRecords;
    private final MiningService mining;
    private final MiningRepository runs;
    private final SettingsRepository settings;
    private final NeedRuleRepository needs;
    private final OdometerRepository odometer;
    private final CustomerApi customers;
    private final CallListExporter exporter;
    private final ProactiveService proactive;
    private final Clock clock;

    CrossSellRestController(
            NextActionService actions,
            ActionRepository actionRecords,
            MiningService mining,
            MiningRepository runs,
            SettingsRepository settings,
            NeedRuleRepository needs,
            OdometerRepository odometer,
            CustomerApi customers,
            CallListExporter exporter,
            ProactiveService proactive,
            Clock clock) {
        this.actions = actions;
        this.actionRecords = actionRecords;
        this.mining = mining;
        this.runs = runs;
        this.settings = settings;
        this.needs = needs;
        this.odometer = odometer;
        this.customers = customers;
        this.exporter = exporter;
        this.proactive = proactive;
        this.clock = clock;
    }

    @Operation(summary = "A customer's next best actions, ranked by expected value, with reasons and evidence")
    @GetMapping("/customers/{id}/next-actions")
    List<NextActionView> nextActions(
            @PathVariable long id, @RequestParam(defaultValue = "5") int limit, Locale locale) {
        return actions.forCustomer(id, Math.max(1, Math.min(limit, 5)), locale);
    }

    @Operation(summary = "Record that one of a customer's next best actions was accepted, dismissed or completed")
    @PostMapping("/customers/{id}/next-actions")
    @ResponseStatus(HttpStatus.CREATED)
    ActionRecord recordAction(@PathVariable long id, @Valid @RequestBody ActionRequest request, Locale locale) {
        return actions.record(id, request, locale);
    }

    @Operation(summary = "What was done with a customer's suggestions, newest first")
    @GetMapping("/customers/{id}/next-actions/history")
    List<ActionRecord> actionHistory(@PathVariable long id) {
        customers.requireVisible(id);
        return actionRecords.ofCustomer(id, 100);
    }

    @Operation(summary = "Call list: the customers (within your scope) whose next best actions include an offer")
    @GetMapping("/next-actions")
    List<NextActionView> callList(
            @RequestParam String offer, @RequestParam(defaultValue = "100") int limit, Locale locale) {
        return actions.callList(offer, Math.max(1, Math.min(limit, 1000)), locale);
    }

    @Operation(summary = "Export a call list as CSV or XLSX (audited)")
    @GetMapping("/next-actions/export")
    ResponseEntity<StreamingResponseBody> exportCallList(
            @RequestParam String offer, @RequestParam(defaultValue = "csv") String format, Locale locale) {
        var f = TabularFormat.of(format);
        var out = new java.io.ByteArrayOutputStream();
        exporter.export(offer, f, out, locale);
        var filename = "call-list-" + LocalDate.now(clock) + "." + f.extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .body(stream -> out.writeTo(stream));
    }

    @Operation(summary = "The offers of current next best actions and how many customers get each")
    @GetMapping("/next-actions/offers")
    List<Map<String, Object>> offers(Locale locale) {
        return actions.offers(locale);
    }

    @Operation(summary = "List mining runs")
    @GetMapping("/crosssell/runs")
    List<MiningRun> runs(@RequestParam(defaultValue = "20") int limit) {
        CrossSellAccess.requireRules();
        return mining.runs(Math.max(1, Math.min(limit, 100)));
    }

    @Operation(summary = "Read a mining run, its progress and offline evaluation")
    @GetMapping("/crosssell/runs/{id}")
    MiningRun run(@PathVariable long id) {
        CrossSellAccess.requireRules();
        return mining.run(id).orElseThrow(() -> new NotFoundException("mining run", id));
    }

    @Operation(summary = "Start a mining run (association rules, sequences, evaluation)")
    @PostMapping("/crosssell/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MiningRun start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        CrossSellAccess.requireRules();
        return mining.start(asOf == null ? LocalDate.now(clock) : asOf);
    }

    @Operation(summary = "Association rules of a run (latest by default), strongest lift first")
    @GetMapping("/crosssell/rules")
    List<RuleView> rules(
            @RequestParam(required = false) Long run,
            @RequestParam(defaultValue = "PRODUCT") String level,
            @RequestParam(required = false) String item,
            @RequestParam(defaultValue = "0") double minLift,
            @RequestParam(defaultValue = "100") int limit) {
        CrossSellAccess.requireRules();
        return runs.rules(runOrLatest(run), level(level), blank(item), minLift, Math.max(1, Math.min(limit, 2000)));
    }

    @Operation(summary = "Sequential rules of a run (latest by default), highest confidence first")
    @GetMapping("/crosssell/sequences")
    List<SequenceView> sequences(
            @RequestParam(required = false) Long run,
            @RequestParam(defaultValue = "PRODUCT") String level,
            @RequestParam(required = false) String item,
            @RequestParam(defaultValue = "100") int limit) {
        CrossSellAccess.requireRules();
        return runs.sequences(runOrLatest(run), level(level), blank(item), Math.max(1, Math.min(limit, 2000)));
    }

    @Operation(summary = "Measured acceptance and conversion of each rule's suggestions")
    @GetMapping("/crosssell/outcomes")
    List<Map<String, Object>> outcomes() {
        CrossSellAccess.requireRules();
        return actionRecords.outcomeRows();
    }

    @Operation(summary = "The mining thresholds")
    @GetMapping("/crosssell/settings")
    MiningSettings settings() {
        CrossSellAccess.requireRules();
        return settings.get();
    }

    @Operation(summary = "Change the mining thresholds (administrators; audited)")
    @PutMapping("/crosssell/settings")
    MiningSettings updateSettings(@Valid @RequestBody MiningSettings request) {
        CrossSellAccess.requireAdmin();
        return settings.update(request);
    }

    @Operation(summary = "List need rules")
    @GetMapping("/crosssell/need-rules")
    List<NeedRuleView> needRules() {
        return needs.list();
    }

    @Operation(summary = "Create a need rule (managers and administrators; audited)")
    @PostMapping("/crosssell/need-rules")
    @ResponseStatus(HttpStatus.CREATED)
    NeedRuleView createNeedRule(@Valid @RequestBody NeedRuleRequest request) {
        CrossSellAccess.requireNeedEditor();
        return needs.create(request);
    }

    @Operation(summary = "Change a need rule (managers and administrators; audited)")
    @PutMapping("/crosssell/need-rules/{id}")
    NeedRuleView updateNeedRule(@PathVariable long id, @Valid @RequestBody NeedRuleRequest request) {
        CrossSellAccess.requireNeedEditor();
        return needs.update(id, request);
    }

    @Operation(summary = "Delete a need rule (managers and administrators; audited)")
    @DeleteMapping("/crosssell/need-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteNeedRule(@PathVariable long id) {
        CrossSellAccess.requireNeedEditor();
        needs.delete(id);
    }

    @Operation(
            summary = "Run proactive service now (managers and administrators)",
            description = "Hands today's due service needs (need rules whose need is a service) to the care plans:"
                    + " the care rule SERVICE_DUE reminds each customer once per rule and trigger through the"
                    + " over-service guard (consent, frequency cap, quiet hours) or opens a task for the team.")
    @PostMapping("/crosssell/proactive-runs")
    ProactiveService.Run runProactive() {
        CrossSellAccess.requireNeedEditor();
        return proactive.run(clock.instant());
    }

    @Operation(summary = "Proactive service: the last run and the care outcomes of the last 30 days")
    @GetMapping("/crosssell/proactive-runs")
    ProactiveService.Status proactiveStatus() {
        CrossSellAccess.requireRules();
        return proactive.status();
    }

    @Operation(summary = "A customer's odometer readings")
    @GetMapping("/customers/{id}/odometer-readings")
    List<OdometerReadingView> readings(@PathVariable long id) {
        customers.requireVisible(id);
        return odometer.of(id);
    }

    @Operation(summary = "Record an odometer reading (e.g. at service reception)")
    @PostMapping("/customers/{id}/odometer-readings")
    @ResponseStatus(HttpStatus.CREATED)
    OdometerReadingView addReading(@PathVariable long id, @Valid @RequestBody NewReading reading) {
        customers.requireVisible(id);
        if (CurrentUsers.require().role() == Role.ANALYST) {
            throw new OutOfScopeException("odometer", id);
        }
        var today = LocalDate.now(clock);
        var on = reading.readOn() == null ? today : reading.readOn();
        if (on.isAfter(today)) {
            throw InvalidInputException.of("readOn", "past", "the reading cannot be in the future");
        }
        long readingId = odometer.insert(id, on, reading.km(), reading.orderId(), "MANUAL", CurrentUsers.actorName());
        return odometer.of(id).stream()
                .filter(r -> r.id() == readingId)
                .findFirst()
                .orElseThrow();
    }

    private long runOrLatest(Long run) {
        if (run != null) {
            return mining.run(run)
                    .orElseThrow(() -> new NotFoundException("mining run", run))
                    .id();
        }
        return runs.latestDone().map(MiningRun::id).orElse(0L);
    }

    private static String level(String level) {
        var upper = level.toUpperCase(Locale.ROOT);
        if (!upper.equals("PRODUCT") && !upper.equals("CATEGORY")) {
            throw InvalidInputException.of("level", "oneOf", "level must be PRODUCT or CATEGORY");
        }
        return upper;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
