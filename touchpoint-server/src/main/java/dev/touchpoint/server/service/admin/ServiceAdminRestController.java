package dev.touchpoint.server.service.admin;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.service.ServiceApi;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.care.CareAction;
import dev.touchpoint.server.service.care.CareRepository;
import dev.touchpoint.server.service.care.CareRule;
import dev.touchpoint.server.service.care.CareRunResult;
import dev.touchpoint.server.service.care.CareService;
import dev.touchpoint.server.service.care.GuardSettings;
import dev.touchpoint.server.service.care.OutboundMessage;
import dev.touchpoint.server.service.care.OutboundRepository;
import dev.touchpoint.server.service.care.ServiceTask;
import dev.touchpoint.server.service.metrics.MetricsReport;
import dev.touchpoint.server.service.shared.ServiceAccess;
import dev.touchpoint.server.service.sla.ServiceCalendar;
import dev.touchpoint.server.service.sla.ServiceSettings;
import dev.touchpoint.server.service.sla.SlaCatalog;
import dev.touchpoint.server.service.sla.SlaPolicy;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the fast-reply metrics, SLA settings, care plans, tasks, the guard and blocked messages. */
@RestController
@RequestMapping("/api/v1/service")
@Validated
class ServiceAdminRestController {

    record ProactiveRequest(long customerId, String reason, Map<String, Object> evidence) {}

    private final ServiceApi api;
    private final SlaCatalog catalog;
    private final ServiceSettings settings;
    private final CareService care;
    private final CareRepository careRepository;
    private final OutboundRepository outbound;
    private final ServiceAccess access;

    ServiceAdminRestController(
            ServiceApi api,
            SlaCatalog catalog,
            ServiceSettings settings,
            CareService care,
            CareRepository careRepository,
            OutboundRepository outbound,
            ServiceAccess access) {
        this.api = api;
        this.catalog = catalog;
        this.settings = settings;
        this.care = care;
        this.careRepository = careRepository;
        this.outbound = outbound;
        this.access = access;
    }

    /** The four fast-reply metrics with median, p90 and a monthly trend; groupBy NONE, TEAM, AGENT, CHANNEL, TYPE. */
    @Operation(summary = "Fast-reply metrics: first response, resolution, first-contact resolution")
    @GetMapping("/metrics")
    MetricsReport metrics(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) TicketChannel channel) {
        return api.metrics(from, to, groupBy, team, assignee, channel);
    }

    @Operation(summary = "List SLA policies")
    @GetMapping("/sla/policies")
    List<SlaPolicy> policies() {
        return catalog.policies();
    }

    @Operation(summary = "Create an SLA policy")
    @PostMapping("/sla/policies")
    SlaPolicy createPolicy(@Valid @RequestBody SlaPolicy policy) {
        return settings.savePolicy(null, policy);
    }

    /** {@code If-Match: "<version>"} (412 when stale) or the {@code version} in the body (409). */
    @Operation(summary = "Change an SLA policy")
    @PutMapping("/sla/policies/{id}")
    ResponseEntity<SlaPolicy> updatePolicy(
            @PathVariable long id,
            @Valid @RequestBody SlaPolicy policy,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var version = ifMatch == null ? null : parseVersion(ifMatch);
        var body = version == null ? policy : withVersion(policy, version);
        var saved = settings.savePolicy(id, body, version != null);
        return ResponseEntity.ok().eTag("\"" + saved.version() + "\"").body(saved);
    }

    record HoursRequest(
            @jakarta.validation.constraints.NotNull Integer version,
            @jakarta.validation.constraints.NotNull List<ServiceCalendar.Hours> hours) {}

    /** Replaces a calendar's working windows per weekday ({@code If-Match} → 412, body version → 409). */
    @Operation(summary = "Set a calendar's working hours")
    @PutMapping("/calendars/{code}/hours")
    ResponseEntity<ServiceCalendar> replaceHours(
            @PathVariable String code,
            @Valid @RequestBody HoursRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var version = ifMatch == null ? null : parseVersion(ifMatch);
        var saved = settings.replaceHours(
                code, version != null ? version : request.version(), request.hours(), version != null);
        return ResponseEntity.ok().eTag("\"" + saved.version() + "\"").body(saved);
    }

    static Integer parseVersion(String ifMatch) {
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw dev.touchpoint.server.platform.InvalidInputException.of(
                    "If-Match", "version", "If-Match must carry the version you read");
        }
    }

    static SlaPolicy withVersion(SlaPolicy p, int version) {
        return new SlaPolicy(
                p.id(),
                p.name(),
                p.rank(),
                p.condPriority(),
                p.condType(),
                p.condTeamId(),
                p.condTier(),
                p.calendarCode(),
                p.firstResponseMinutes(),
                p.nextResponseMinutes(),
                p.resolutionMinutes(),
                p.dueSoonPercent(),
                p.escalation1Percent(),
                p.escalation2Percent(),
                p.escalation3Percent(),
                p.active(),
                version,
                p.pauseStatuses());
    }

    @Operation(summary = "List business calendars")
    @GetMapping("/calendars")
    List<ServiceCalendar> calendars() {
        return catalog.calendars();
    }

    /** Replaces one year's public holidays and make-up working days of a calendar ({@code If-Match} optional → 412). */
    @Operation(summary = "Set a calendar's holidays and make-up days for a year")
    @PutMapping("/calendars/{code}/years/{year}")
    ServiceCalendar replaceYear(
            @PathVariable String code,
            @PathVariable int year,
            @RequestBody List<ServiceCalendar.@Valid SpecialDay> days,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var version = ifMatch == null ? null : parseVersion(ifMatch);
        return settings.replaceYear(code, year, days, version, version != null);
    }

    @Operation(summary = "List care-plan rules")
    @GetMapping("/care/rules")
    List<CareRule> rules() {
        return careRepository.rules();
    }

    @Operation(summary = "Change a care-plan rule")
    @PutMapping("/care/rules/{code}")
    CareRule updateRule(@PathVariable String code, @Valid @RequestBody CareRule rule) {
        access.requireManager();
        return care.updateRule(code, rule, rule.version());
    }

    @Operation(summary = "List care actions (sent, planned, blocked)")
    @GetMapping("/care/actions")
    List<CareAction> actions(
            @RequestParam(required = false) Long customer, @RequestParam(defaultValue = "100") int limit) {
        return careRepository.actions(customer, access.customers("a.customer_id"), Math.min(Math.max(limit, 1), 500));
    }

    /** Runs the care plans now (administrators and managers; the job runs them on its schedule). */
    @Operation(summary = "Run the care plans now")
    @PostMapping("/care/run")
    CareRunResult runCare() {
        access.requireManager();
        return api.runCarePlans(Instant.now());
    }

    @Operation(summary = "List service tasks")
    @GetMapping("/tasks")
    List<ServiceTask> tasks() {
        return careRepository.openTasks(access.customers("t.customer_id"), 200);
    }

    @Operation(summary = "Read the over-service guard (consent, caps, quiet hours)")
    @GetMapping("/guard")
    GuardSettings guard() {
        return outbound.settings();
    }

    @Operation(summary = "Set the over-service guard")
    @PutMapping("/guard")
    GuardSettings saveGuard(@Valid @RequestBody GuardSettings guard) {
        return settings.saveGuard(guard);
    }

    /** Messages to customers: {@code status=BLOCKED} lists everything the over-service guard stopped. */
    @Operation(summary = "List outbound messages to customers")
    @GetMapping("/messages")
    PageResult<OutboundMessage> messages(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long customer,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var p = PageRequest.of(page, size);
        var scope = access.customers("o.customer_id");
        return new PageResult<>(
                outbound.list(status, customer, scope, p), outbound.count(status, customer, scope), p.page(), p.size());
    }

    /** Opens proactive service for an early warning (managers; the value engine calls {@link ServiceApi#openProactive}). */
    @Operation(summary = "Open proactive tickets from early warnings")
    @PostMapping("/proactive")
    ResponseEntity<Map<String, Object>> proactive(@RequestBody ProactiveRequest request) {
        access.requireManager();
        access.requireCustomer(request.customerId());
        var id = api.openProactive(request.customerId(), request.reason(), request.evidence());
        return id.<ResponseEntity<Map<String, Object>>>map(i -> ResponseEntity.ok(Map.of("id", i)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
